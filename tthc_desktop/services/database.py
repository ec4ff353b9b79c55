"""Opening the app's database (migrated, backed up first) and checking its health.

A missing or empty file is a new database only when nothing says data lived there (`health.earlier_use`: its
backups, SQLite's log beside it, the app's record of having seen data in it, a session on it that did not end, or
what the caller knows, such as the window's settings): otherwise it is damage, refused in words, and nothing is
made in its place. A file the clerk chose to open (File > Open database…, "Open another file…") must already hold a
database: missing, empty or without tables, it is refused in words, never made into a new one. A file this process
cannot write is opened for reading only.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from tthc_desktop import session_marker
from tthc_desktop.db.engine import make_engine, make_session_factory
from tthc_desktop.db.migrate import MigrationResult, current_revision, too_new, upgrade
from tthc_desktop.db.sqlite_file import KNOWN_REVISIONS, SCHEMA_HEAD
from tthc_desktop.errors import DatabaseError
from tthc_desktop.i18n import _
from tthc_desktop.paths import data_dir, private_file, private_folder
from tthc_desktop.services.health import (
    CheckReport,
    diagnose,
    earlier_use,
    emptied_message,
    emptiness,
    holds_data,
    read_only_reason,
)

__all__ = ["CheckReport", "Database", "EmptiedDatabaseError"]

log = logging.getLogger(__name__)


class EmptiedDatabaseError(DatabaseError):
    """The file is missing or empty where the clerk's data lived: restore a backup, never start afresh silently."""


class Database:
    """One open database file: its engine and the session factory the services are built with."""

    def __init__(self, path: Path, engine: Engine, migration: MigrationResult, read_only: str | None = None) -> None:
        self.path = path
        self.engine = engine
        self.migration = migration
        self.read_only = read_only  # why it cannot be written, in words; None when it can
        self.session_factory: sessionmaker[Session] = make_session_factory(engine, read_only)

    @classmethod
    def open(cls, path: Path, *, read_only: bool | None = None, traces: Sequence[str] = (),
             new: bool = False, chosen: bool = False) -> Database:
        """Open `path`, creating or upgrading its schema.

        `read_only`: None decides from the file's and folder's permissions; True opens for reading whatever they
        allow. `traces`: signs the caller knows of that the file held data (added to `health.earlier_use`).
        `new`: the clerk chose to start a new database where an empty one lies (the recovery dialog). `chosen`: the
        clerk chose `path` as a database to open, so one that holds none is refused (DatabaseError), never made."""
        path = Path(path).expanduser().resolve()
        if path.is_dir():
            raise DatabaseError(_("{path} is a folder, not a database file.").format(path=path), path=path)
        empty = emptiness(path)
        revision = current_revision(path)  # DatabaseError for a file that cannot be used
        if revision is None and empty is None:
            empty = _("The database file {path} holds no tables (an empty SQLite file).").format(path=path)
        if empty is not None and not new:
            found = [*earlier_use(path), *traces]
            if found:
                raise EmptiedDatabaseError(emptied_message(empty, found), path=path)
            if chosen:
                raise DatabaseError(_("{what} Nothing was opened and nothing was written to it: choose the file that "
                                      "holds the commune's database (usually tthc.sqlite).").format(what=empty),
                                    path=path)
        reason = read_only_reason(path) if read_only is None else (
            _("it was opened for reading only") if read_only else None)
        if reason is not None:
            return cls._open_read_only(path, revision, reason)
        made = not path.exists()
        try:
            cls._make_private(path)
            migration = upgrade(path)
        except sqlite3.Error as exc:
            cls._forget_made(path, made)
            raise DatabaseError(
                _("The database {path} could not be opened ({reason}). Restore a backup or open another file.").format(
                    path=path, reason=exc), path=path) from exc
        except OSError as exc:
            cls._forget_made(path, made)
            raise DatabaseError(
                _("The database {path} could not be created or written ({reason}).").format(path=path, reason=exc),
                path=path) from exc
        except BaseException:
            cls._forget_made(path, made)
            raise
        database = cls(path, make_engine(path), migration)
        if session_marker.remembered_data(path) is None and holds_data(path):
            session_marker.remember_data(path)
        return database

    @classmethod
    def _open_read_only(cls, path: Path, revision: str | None, reason: str) -> Database:
        if revision is None:
            raise DatabaseError(_("The database {path} cannot be created: {reason}. Choose a folder you may write "
                                  "to.").format(path=path, reason=reason), path=path)
        if revision not in KNOWN_REVISIONS:
            raise too_new(path, revision)
        if revision != SCHEMA_HEAD:
            raise DatabaseError(_("The database {path} was written by an older version of TTHC Desktop and must be "
                                  "upgraded before it can be opened, but {reason}. Copy it to a folder you may write "
                                  "to and open the copy.").format(path=path, reason=reason), path=path)
        log.info("Database %s opened for reading only: %s", path, reason)
        migration = MigrationResult(created=False, from_revision=revision, to_revision=revision, backup=None)
        return cls(path, make_engine(path, read_only=True), migration, read_only=reason)

    @staticmethod
    def _forget_made(path: Path, made: bool) -> None:
        """The empty file made here for its mode goes again when the schema could not be built in it: the next
        start is a first run, not an empty file."""
        if made and path.is_file() and path.stat().st_size == 0:
            path.unlink()

    @staticmethod
    def _make_private(path: Path) -> None:
        """A folder made here, and the app's own data folder, are 0700; the file and SQLite's files beside it 0600
        (SQLite gives its -wal and -shm the mode of the database)."""
        folder = path.parent
        if not folder.exists() or folder == data_dir().resolve():
            private_folder(folder)
        private_file(path, create=True)
        for ending in ("-wal", "-shm", "-journal"):
            private_file(path.with_name(path.name + ending))

    def close(self) -> None:
        self.engine.dispose()
        if self.read_only is None and session_marker.remembered_data(self.path) is None and holds_data(self.path):
            session_marker.remember_data(self.path)  # the first commune or plan was made in this session

    def check(self) -> CheckReport:
        """Integrity, foreign keys and schema revision, read with plain sqlite3 so nothing is cached."""
        return diagnose(self.path)
