"""The database file: built by the migrations, pragmas, backups, and files the app must refuse."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from tthc_desktop.db.base import Base
from tthc_desktop.db.migrate import KNOWN_REVISIONS, SCHEMA_HEAD, alembic_config, backup_copy, current_revision
from tthc_desktop.errors import DatabaseError, DatabaseTooNewError
from tthc_desktop.services.database import Database


def test_known_revisions_are_alembics_history() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    history = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(history) == KNOWN_REVISIONS
    assert script.get_current_head() == SCHEMA_HEAD


def test_the_migrations_build_exactly_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_a_new_file_is_created_at_the_head_revision(db_path: Path) -> None:
    database = Database.open(db_path)
    database.close()
    assert database.migration.created
    assert current_revision(db_path) == SCHEMA_HEAD


def test_reopening_a_current_database_migrates_nothing_and_backs_up_nothing(db_path: Path) -> None:
    Database.open(db_path).close()
    again = Database.open(db_path)
    again.close()
    assert not again.migration.created and again.migration.backup is None
    assert not (db_path.parent / "backups").exists()


def test_connections_enforce_foreign_keys_in_wal_mode(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_database_from_a_newer_app_is_refused_untouched(db_path: Path) -> None:
    Database.open(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as error:
        Database.open(db_path)
    assert "9999" in str(error.value) and "mới hơn" in str(error.value)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(DatabaseError) as error:
        Database.open(path)
    assert "ke-hoach.docx" in str(error.value) and "không phải tệp SQLite" in str(error.value)
    assert path.read_bytes() == b"PK\x03\x04 not a database"


def test_an_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(DatabaseError, match="không phải cơ sở dữ liệu của TTHC Desktop"):
        Database.open(path)


def test_a_damaged_file_is_refused_not_opened(db_path: Path) -> None:
    Database.open(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page behind a valid header
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        Database.open(db_path)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="thư mục"):
        Database.open(tmp_path)


def test_a_backup_copy_is_a_complete_database(services, demo_plan_id: int, db_path: Path) -> None:  # noqa: ANN001
    copy = backup_copy(db_path, "manual")
    assert copy.parent == db_path.parent / "backups" and copy.name.endswith("-manual.sqlite")
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT COUNT(*) FROM outline_item WHERE kind = 'task'").fetchone()[0] == 22
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_0001_database_is_backed_up_then_upgraded_keeping_its_data(db_path: Path) -> None:
    from tthc_desktop.db.migrate import _run_alembic

    _run_alembic(db_path, "0001")  # a file as the first release left it
    with sqlite3.connect(db_path) as connection:
        connection.execute("INSERT INTO organization (name, level, place_name, issuer_abbreviation, numbering_policy, "
                           "report_cutoff_day) VALUES ('Hành Dũng', 'commune', 'Hành Dũng', 'UBND', 'per_type', 14)")
    database = Database.open(db_path)
    database.close()
    result = database.migration
    assert (result.from_revision, result.to_revision, result.created) == ("0001", SCHEMA_HEAD, False)
    assert result.backup is not None and result.backup.parent == db_path.parent / "backups"
    assert current_revision(result.backup) == "0001" and current_revision(db_path) == SCHEMA_HEAD
    with sqlite3.connect(result.backup) as backup, sqlite3.connect(db_path) as upgraded:
        tables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'mail_settings'"
        assert backup.execute(tables).fetchall() == []
        assert upgraded.execute(tables).fetchall() == [("mail_settings",)]
        assert upgraded.execute("SELECT name FROM organization").fetchall() == [("Hành Dũng",)]
        assert backup.execute("SELECT name FROM organization").fetchall() == [("Hành Dũng",)]


def test_check_reports_a_healthy_database(services, demo_plan_id: int) -> None:  # noqa: ANN001
    report = services.database.check()
    assert report.healthy
    assert report.counts["plan"] == 1 and report.counts["indicator"] == 10
