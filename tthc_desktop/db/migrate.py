"""Bring a database file to the app's schema at start-up: back it up first, refuse one from a newer app.

Alembic (and SQLAlchemy) are imported only when the schema is behind (Alembic alone costs about 0.4 s); the
usual start reads the revision with plain sqlite3 (db/sqlite_file.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tthc_desktop.db.sqlite_file import KNOWN_REVISIONS, SCHEMA_HEAD, connect_to_look
from tthc_desktop.errors import DatabaseError, DatabaseTooNewError
from tthc_desktop.i18n import _
from tthc_desktop.paths import backup_name, backups_dir, private_file, private_folder

if TYPE_CHECKING:
    from alembic.config import Config  # imported when the schema is behind (see above)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class MigrationResult:
    created: bool
    from_revision: str | None
    to_revision: str
    backup: Path | None


def current_revision(path: Path) -> str | None:
    """The schema revision of the file, None for a new or empty file. Raises DatabaseError if unusable."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with open(path, "rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise os_problem(path, exc) from exc
    if header != b"SQLite format 3\x00":
        raise DatabaseError(
            _("{path} is not a TTHC Desktop database (it is not an SQLite file). Open another file.").format(path=path),
            path=path)
    try:
        connection = connect_to_look(path)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise DatabaseError(
                    _("{path} is an SQLite file but not a TTHC Desktop database. Open another file.").format(path=path),
                    path=path)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise sqlite_problem(path, exc) from exc
    return row[0] if row else None


def os_problem(path: Path, error: OSError) -> DatabaseError:
    """The system's refusal to read `path`, in words: on Windows a file open in another program is locked."""
    if getattr(error, "winerror", None) in (32, 33):  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
        return _locked(path, error)
    return DatabaseError(_("Cannot read the database file {path}: {reason}").format(path=path, reason=error),
                         path=path)


def _locked(path: Path, error: Exception) -> DatabaseError:
    return DatabaseError(_("The database {path} is locked by another program ({reason}). Close that program "
                           "(or wait for it to finish) and try again; nothing was changed.").format(
        path=path, reason=error), path=path)


def sqlite_problem(path: Path, error: sqlite3.Error) -> DatabaseError:
    """What SQLite's refusal to read `path` means for the clerk: locked by another program, unreadable, or damaged."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return _locked(path, error)
    if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH, sqlite3.SQLITE_IOERR,
                sqlite3.SQLITE_READONLY):
        return DatabaseError(_("The database {path} cannot be read ({reason}). Check that the drive is connected "
                               "and that you may open the file.").format(path=path, reason=error), path=path)
    return DatabaseError(_("The database {path} is damaged ({reason}). Restore a backup or open another file.").format(
        path=path, reason=error), path=path)


def too_new(path: Path, revision: str) -> DatabaseTooNewError:
    return DatabaseTooNewError(
        _(
            "The database {path} was written by a newer version of TTHC Desktop (schema {revision}). "
            "Install the newer version to open it; nothing was changed."
        ).format(path=path, revision=revision), path=path)


def backup_copy(path: Path, reason: str) -> Path:
    """A consistent copy of the database (SQLite's online backup) beside it, named by time and reason."""
    folder = private_folder(backups_dir(path))
    target = private_file(folder / backup_name(path, datetime.now(), reason), create=True)
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def upgrade(path: Path) -> MigrationResult:
    """Create or upgrade the schema of `path` to the head revision."""
    revision = current_revision(path)
    if revision == SCHEMA_HEAD:
        return MigrationResult(created=False, from_revision=revision, to_revision=SCHEMA_HEAD, backup=None)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise too_new(path, revision)
    path.parent.mkdir(parents=True, exist_ok=True)
    backup = backup_copy(path, f"before-{SCHEMA_HEAD}") if revision is not None else None
    _run_alembic(path)
    return MigrationResult(created=revision is None, from_revision=revision, to_revision=SCHEMA_HEAD, backup=backup)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _run_alembic(path: Path, target: str = "head") -> None:
    """Alembic's upgrade on the app's engine; `target` is another revision only in tests (an old file)."""
    from alembic import command

    from tthc_desktop.db.engine import make_engine

    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    finally:
        engine.dispose()
