"""The database file opened with plain sqlite3, no SQLAlchemy: to look at it (its revision, its health) and to read
the window's first view (services/first_view.py) before the ORM is imported.

A file the app may not write (read-only file, folder or drive) is read through SQLite's `mode=ro`, and `immutable`
when no write-ahead log lies beside it and none could be made (SQLite would need to create its -shm).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

BUSY_TIMEOUT_MS = 5000

# Every schema revision this app knows, oldest first; the last is the head. A test keeps it equal to Alembic's.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005")
SCHEMA_HEAD = KNOWN_REVISIONS[-1]


def writable(path: Path) -> bool:
    """Whether this process may change `path` (an existing file) and make files beside it (-wal, -shm, journal)."""
    folder = Path(path).parent
    file_ok = not Path(path).exists() or os.access(path, os.W_OK)
    return file_ok and os.access(folder, os.W_OK | os.X_OK)


def read_only_uri(path: Path, immutable: bool | None = None) -> str:
    """The SQLite URI that reads `path` without writing it. `immutable` (None: decided here) when no write-ahead log
    lies beside the file and this process could not make one: SQLite then reads the file as it is, with no -shm."""
    path = Path(path).resolve()
    if immutable is None:
        immutable = not Path(f"{path}-wal").exists() and not writable(path)
    return f"{path.as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def connect_read_only(path: Path, immutable: bool | None = None,
                      timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    connection = sqlite3.connect(read_only_uri(path, immutable), uri=True)
    connection.execute(f"PRAGMA busy_timeout = {int(timeout_ms)}")
    return connection


def connect_to_look(path: Path, timeout_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    """A connection that only reads a live database (`query_only`) and never creates the file (`mode=rw`: a
    missing file is an error, not a new empty one). Where this process may write the file it is an ordinary one, so
    that SQLite removes its -wal and -shm when the last connection closes (a `mode=ro` connection cannot, and would
    leave them behind); elsewhere SQLite's read-only URI."""
    if not writable(path):
        return connect_read_only(path, timeout_ms=timeout_ms)
    connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=rw", uri=True)
    connection.execute(f"PRAGMA busy_timeout = {int(timeout_ms)}")
    connection.execute("PRAGMA query_only = ON")
    return connection
