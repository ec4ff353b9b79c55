"""Writing files so that a crash or a full disk never leaves half a file: temporary name, then rename."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from tthc_desktop.errors import TthcError
from tthc_desktop.i18n import _

# A quota or a size limit stops a write the same way a full disk does; the clerk's remedy is the same.
DISK_FULL = frozenset({errno.ENOSPC, errno.EFBIG} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set()))


def cannot_write(path: Path, error: OSError) -> TthcError:
    """What went wrong writing `path`, in words the clerk can act on (the system's text alone says too little)."""
    if error.errno in DISK_FULL:
        return TthcError(_("Cannot write {path}: the disk is full. Free some space or choose another drive, "
                           "then try again. Nothing was changed.").format(path=path))
    if error.errno == errno.EROFS:
        return TthcError(_("Cannot write {path}: the drive is read-only (for example a locked USB stick). "
                           "Choose another folder. Nothing was changed.").format(path=path))
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        return TthcError(
            _("Cannot write {path}: the file is open in another program or the folder is read-only. "
              "Close the file (or choose another folder) and try again.").format(path=path))
    return TthcError(_("Cannot write {path} ({reason}). Nothing was changed.").format(
        path=path, reason=error.strerror or error))


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (POSIX; Windows commits renames with the file)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


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
            sync_folder(path.parent)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise cannot_write(path, error) from error
    return path
