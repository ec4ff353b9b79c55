"""One sender at a time: an operating-system file lock beside the database. The system drops it when the process
dies, so a message found in state SENDING while we hold the lock was left by a dead sender."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tthc_desktop.files import cannot_write


def lock_path(folder: Path, database: Path | None) -> Path:
    return folder / f"{database.name if database else 'tthc'}.sending.lock"


@contextmanager
def one_sender(path: Path) -> Iterator[bool]:
    """Holds the lock at `path` for the block and gives True; gives False at once when another sender holds it.
    A lock file that cannot be made is refused in words (files.cannot_write)."""
    from filelock import FileLock, Timeout

    lock = FileLock(path, timeout=0, mode=0o600)
    try:
        lock.acquire()
    except Timeout:
        yield False
        return
    except OSError as error:
        raise cannot_write(path, error) from error
    try:
        yield True
    finally:
        lock.release()
