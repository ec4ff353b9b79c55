"""Opening the app's database (migrated, backed up first) and checking its health."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from tthc_desktop.db.engine import make_engine, make_session_factory
from tthc_desktop.db.migrate import SCHEMA_HEAD, MigrationResult, current_revision, upgrade
from tthc_desktop.errors import DatabaseError
from tthc_desktop.i18n import _


@dataclass(frozen=True)
class CheckReport:
    path: Path
    revision: str | None
    expected_revision: str
    integrity: list[str]  # "ok" alone when healthy
    foreign_key_problems: int
    counts: dict[str, int]

    @property
    def healthy(self) -> bool:
        return self.integrity == ["ok"] and self.foreign_key_problems == 0 and self.revision == self.expected_revision


class Database:
    """One open database file: its engine and the session factory the services are built with."""

    def __init__(self, path: Path, engine: Engine, migration: MigrationResult) -> None:
        self.path = path
        self.engine = engine
        self.migration = migration
        self.session_factory: sessionmaker[Session] = make_session_factory(engine)

    @classmethod
    def open(cls, path: Path) -> Database:
        path = Path(path).expanduser().resolve()
        if path.is_dir():
            raise DatabaseError(_("{path} is a folder, not a database file.").format(path=path))
        try:
            migration = upgrade(path)
        except sqlite3.Error as exc:
            raise DatabaseError(
                _("The database {path} could not be opened ({reason}). Restore a backup or open another file.").format(
                    path=path, reason=exc
                )
            ) from exc
        except OSError as exc:
            raise DatabaseError(
                _("The database {path} could not be created or written ({reason}).").format(path=path, reason=exc)
            ) from exc
        return cls(path, make_engine(path), migration)

    @staticmethod
    def is_new(path: Path) -> bool:
        """True for a file that does not exist yet or holds no schema; False for an unusable one too."""
        try:
            return current_revision(Path(path)) is None
        except DatabaseError:
            return False  # reported by open(), never silently replaced

    def close(self) -> None:
        self.engine.dispose()

    def check(self) -> CheckReport:
        """Integrity, foreign keys and schema revision, read with plain sqlite3 so nothing is cached."""
        connection = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        try:
            integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            foreign_keys = len(connection.execute("PRAGMA foreign_key_check").fetchall())
            counts = {
                table: connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                for table in ("organization", "document", "plan", "outline_item", "indicator")
            }
        finally:
            connection.close()
        return CheckReport(
            path=self.path,
            revision=current_revision(self.path),
            expected_revision=SCHEMA_HEAD,
            integrity=integrity,
            foreign_key_problems=foreign_keys,
            counts=counts,
        )
