"""A damaged database file: found at start by the integrity check, and brought back from the newest good backup."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.unit.corruption import PAGE, damage
from tthc_desktop import i18n
from tthc_desktop.errors import DatabaseError
from tthc_desktop.services.backup import BackupService, DamagedDatabaseError, open_checked, problem_with
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services


@pytest.fixture
def damaged_with_backups(db_path: Path) -> tuple[Path, Path]:
    """A demo database with two automatic backups (a day apart), then damaged; the newer backup."""
    database = Database.open(db_path)
    services = Services.for_database(database)
    plan = services.demo.create_seed().plan_id
    clock_now = datetime(2026, 3, 13, 8, 0)
    BackupService(database, lambda: clock_now).automatic_backup()
    services.plans.copy_plan(plan, 2026)
    newer = BackupService(database, lambda: clock_now + timedelta(days=1)).automatic_backup()
    database.close()
    damage(db_path)
    return db_path, newer


def test_the_start_up_check_finds_the_damage(damaged_with_backups: tuple[Path, Path]) -> None:
    path, _newer = damaged_with_backups
    i18n.set_language("en")
    with pytest.raises(DatabaseError) as caught:
        open_checked(path)
    message = str(caught.value)
    assert "damaged" in message and "Restore a backup" in message and "Traceback" not in message
    # The plain health report says the same, where it can be read at all.
    try:
        database = Database.open(path)
    except DatabaseError:
        return
    try:
        assert not database.check().healthy
    except Exception as error:  # noqa: BLE001 - sqlite may refuse to read the damaged pages at all
        assert "malformed" in str(error)
    finally:
        database.close()


def test_the_newest_good_backup_is_found_and_restored(damaged_with_backups: tuple[Path, Path]) -> None:
    path, newer = damaged_with_backups
    backups = BackupService(path, lambda: datetime(2026, 3, 15, 9, 0))
    found = backups.newest_good_backup()
    assert found is not None and found.path == newer and found.good

    result = backups.restore(found.path)

    database = open_checked(path)
    try:
        report = database.check()
        assert report.healthy
        assert Services.for_database(database).plans.years() == [2026, 2025]  # the newer backup's content
    finally:
        database.close()
    assert result.replaced is not None and problem_with(result.replaced) is not None  # kept, still damaged
    assert backups.newest_good_backup().path == newer  # type: ignore[union-attr]  # the damaged one is not offered


def test_a_damaged_backup_is_passed_over_for_an_older_good_one(damaged_with_backups: tuple[Path, Path]) -> None:
    path, newer = damaged_with_backups
    damage(newer, seed=11)
    backups = BackupService(path)
    listed = backups.list_backups()
    assert [b.good for b in listed] == [False, True]
    assert "damaged" in (listed[0].problem or "") or "hỏng" in (listed[0].problem or "")
    found = backups.newest_good_backup()
    assert found is not None and found.path == listed[1].path


def table_pages(path: Path, table: str) -> list[int]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table to find a table's pages")
    finally:
        connection.close()


def test_a_damaged_table_behind_a_sound_schema_is_caught_by_the_integrity_check(db_path: Path) -> None:
    database = Database.open(db_path)
    Services.for_database(database).demo.create_seed()
    database.close()
    pages = table_pages(db_path, "outline_item")
    data = bytearray(db_path.read_bytes())
    for page in pages[1:]:  # the leaves: the schema and the revision still read fine
        start = (page - 1) * PAGE
        data[start + 8:start + PAGE] = random.Random(page).randbytes(PAGE - 8)
    db_path.write_bytes(bytes(data))

    i18n.set_language("en")
    with pytest.raises(DamagedDatabaseError, match=r"The database tthc\.sqlite is damaged \(.+\)\. Restore a backup"):
        open_checked(db_path)
    Database.open(db_path).close()  # opening alone would not have noticed: the check is what finds it


def test_an_index_that_disagrees_with_its_table_passes_the_start_and_is_caught_by_the_automatic_backup(
        db_path: Path) -> None:
    """The start-up check is SQLite's quick_check (it skips comparing indexes with their tables); the automatic
    backup, taken off the GUI thread at start and daily, runs the full integrity_check on its copy."""
    database = Database.open(db_path)
    Services.for_database(database).demo.create_seed()
    database.close()
    connection = sqlite3.connect(db_path)
    try:
        connection.execute("CREATE INDEX ix_check ON plan(year)")
        connection.execute("PRAGMA writable_schema = ON")  # the index now claims to be on another column
        connection.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_check ON plan(id)' WHERE name = 'ix_check'")
        connection.commit()
    finally:
        connection.close()

    i18n.set_language("en")
    database = open_checked(db_path)
    try:
        with pytest.raises(DamagedDatabaseError, match="no backup was made"):
            BackupService(database).automatic_backup()
        assert BackupService(database).backup_now().exists()  # a backup by hand is checked quickly, as before
    finally:
        database.close()
