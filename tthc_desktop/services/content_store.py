"""Files kept once under their SHA-256: <root>/<sha[:2]>/<sha>, written to a temporary name and then renamed."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from tthc_desktop.errors import DataError, NotFoundError, TthcError
from tthc_desktop.i18n import _

CHUNK = 1 << 20


class ContentStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, source: Path) -> tuple[str, int]:
        """(sha256, size) of `source`, copied into the store unless the same bytes are already there."""
        source = Path(source)
        if not source.is_file():
            raise DataError(_("{path} is not a file that can be attached. Choose a file.").format(path=source))
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".incoming.", suffix=".tmp", dir=self.root)
        except OSError as error:
            raise TthcError(_("Cannot write into {path} ({reason}). Nothing was changed.").format(
                path=self.root, reason=error.strerror or error)) from error
        try:
            digest, size = hashlib.sha256(), 0
            try:
                with os.fdopen(handle, "wb") as writer, source.open("rb") as reader:
                    while chunk := reader.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        writer.write(chunk)
                    writer.flush()
                    os.fsync(writer.fileno())
            except OSError as error:
                raise DataError(_("Cannot read {path} ({reason}). Nothing was attached.").format(
                    path=source, reason=error.strerror or error)) from error
            sha = digest.hexdigest()
            target = self.path(sha)
            if target.is_file() and target.stat().st_size == size:
                return sha, size  # stored already: the temporary copy goes
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temporary, target)
            except OSError as error:
                raise TthcError(_("Cannot write into {path} ({reason}). Nothing was changed.").format(
                    path=self.root, reason=error.strerror or error)) from error
            return sha, size
        finally:
            Path(temporary).unlink(missing_ok=True)

    def existing(self, sha256: str) -> Path:
        """The stored file, or NotFoundError when the folder lost it."""
        path = self.path(sha256)
        if not path.is_file():
            raise NotFoundError(_("The attached file {sha} is missing from {path}. Restore the folder from a backup.")
                                .format(sha=sha256[:12], path=self.root))
        return path
