"""Engine and sessions over one SQLite file: foreign keys on, WAL, full sync, real transactions.

A file the app may not write (read-only file, folder or drive) is opened for reading only: SQLite's `mode=ro`, and
`immutable` when no write-ahead log lies beside it and none could be made (SQLite would need to create its -shm).
The session factory then carries the reason in `Session.info[READ_ONLY]`, and `Service._write` refuses in words.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

# The plain-sqlite3 helpers live where the first view can import them without SQLAlchemy; kept importable here.
from tthc_desktop.db.sqlite_file import (  # noqa: F401
    BUSY_TIMEOUT_MS,
    connect_read_only,
    connect_to_look,
    read_only_uri,
    writable,
)

READ_ONLY = "tthc_read_only"  # Session.info key: why the database cannot be written, in words


def make_engine(path: Path, read_only: bool = False) -> Engine:
    # The URL names the file itself (the services find attachments/ beside it); a read-only engine's connections
    # are made from SQLite's read-only URI.
    url = sa.engine.URL.create("sqlite", database=str(path))
    if read_only:
        engine = sa.create_engine(url, creator=lambda: sqlite3.connect(read_only_uri(path), uri=True,
                                                                       check_same_thread=False))
    else:
        engine = sa.create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (reads included).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        if read_only:
            cursor.execute("PRAGMA query_only = ON")
        else:
            cursor.execute("PRAGMA journal_mode = WAL")
            # A committed edit survives a power cut, not only a crash.
            cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN")

    return engine


def make_session_factory(engine: Engine, read_only: str | None = None) -> sessionmaker[Session]:
    """Sessions over `engine`; `read_only`: why nothing may be written (kept in every session's info)."""
    return sessionmaker(engine, expire_on_commit=False, info={READ_ONLY: read_only} if read_only else None)
