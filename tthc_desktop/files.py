"""Writing files so that a crash or a full disk never leaves half a file: temporary name, then rename."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from tthc_desktop.errors import TthcError
from tthc_desktop.i18n import _


def write_atomic(path: Path, data: bytes) -> Path:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except PermissionError as error:
        raise TthcError(
            _("Cannot write {path}: the file is open in another program or the folder is read-only. "
              "Close the file (or choose another folder) and try again.").format(path=path)
        ) from error
    except OSError as error:
        raise TthcError(_("Cannot write {path} ({reason}). Nothing was changed.").format(
            path=path, reason=error.strerror or error)) from error
    return path
