"""A database emptied or removed where the clerk's data lived (a sync tool, a power cut, an antivirus) is damage, not a
first run: nothing is made in its place, the command line names the newest good backup, and the automatic backup
never copies the loss over the backups that hold the plans. Real files, the CLI as real processes."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tthc_desktop import i18n, session_marker
from tthc_desktop.services.backup import BackupService, DamagedDatabaseError, open_checked
from tthc_desktop.services.database import Database, EmptiedDatabaseError
from tthc_desktop.services.registry import Services

MORNING = datetime(2026, 3, 13, 8, 0)
DEMO_PLANS = 2  # the living demo (create_demo, what a first run makes): last year's plan and this year's


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TTHC_LANG="en")
    return subprocess.run([sys.executable, "-m", "tthc_desktop", "--lang", "en", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=120)


def plans_in(path: Path) -> int:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return connection.execute("SELECT COUNT(*) FROM plan").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def with_backup(db_path: Path) -> tuple[Path, Path]:
    """The demo commune, and the automatic backup the window takes at start."""
    database = Database.open(db_path)
    Services.for_database(database).demo.create_demo()
    backup = BackupService(database, lambda: MORNING).automatic_backup()
    database.close()
    assert plans_in(db_path) == plans_in(backup) == DEMO_PLANS
    return db_path, backup


def test_a_file_truncated_to_nothing_is_refused_and_left_as_it_is(with_backup: tuple[Path, Path]) -> None:
    path, backup = with_backup
    path.write_bytes(b"")  # a sync program, a power cut, an antivirus
    i18n.set_language("en")
    with pytest.raises(EmptiedDatabaseError) as refused:
        Database.open(path)
    message = str(refused.value)
    assert "empty (0 bytes)" in message and "backup" in message and str(backup.parent) in message
    assert path.stat().st_size == 0  # nothing was made in its place
    with pytest.raises(EmptiedDatabaseError):
        open_checked(path)  # the window's way in: the recovery dialog follows (tests/ui/test_recovery.py)


def test_a_deleted_file_with_backups_is_refused(with_backup: tuple[Path, Path]) -> None:
    path, _backup = with_backup
    path.unlink()
    with pytest.raises(EmptiedDatabaseError):
        Database.open(path)
    assert not path.exists()


def test_an_empty_sqlite_file_where_data_lived_is_refused(with_backup: tuple[Path, Path]) -> None:
    path, _backup = with_backup
    path.unlink()
    sqlite3.connect(path).execute("PRAGMA user_version = 0").connection.close()  # an SQLite file without tables
    with pytest.raises(EmptiedDatabaseError, match="không có bảng|no tables"):
        Database.open(path)


def test_the_apps_record_of_data_is_a_trace_even_without_backups(db_path: Path) -> None:
    """The backups folder went with the file (a folder copied without it, a wiped USB stick): the record the app
    keeps in the user's state folder still says data lived here."""
    database = Database.open(db_path)
    Services.for_database(database).demo.create_demo()
    database.close()  # the first plans were made in this session: recorded
    assert session_marker.remembered_data(db_path) is not None
    db_path.unlink()
    with pytest.raises(EmptiedDatabaseError) as refused:
        Database.open(db_path)
    assert "TTHC Desktop" in str(refused.value)


def test_sqlites_log_beside_an_empty_file_is_a_trace(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    path.write_bytes(b"")
    path.with_name("other.sqlite-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(28))
    with pytest.raises(EmptiedDatabaseError, match="other.sqlite-wal"):
        Database.open(path)


def test_a_new_file_with_no_trace_is_a_first_run(tmp_path: Path) -> None:
    path = tmp_path / "new" / "tthc.sqlite"
    database = Database.open(path)
    database.close()
    assert database.migration.created


def test_the_command_line_exits_1_and_names_the_newest_good_backup(with_backup: tuple[Path, Path]) -> None:
    path, backup = with_backup
    path.write_bytes(b"")
    for command in (["plans"], ["export-json", "1"], ["outbox", "list"]):
        result = run("--db", str(path), *command)
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        assert "No plans yet" not in result.stderr and "Unexpected" not in result.stderr
        assert "empty (0 bytes)" in result.stderr and f'tthc-desktop restore "{backup}"' in result.stderr
    assert path.stat().st_size == 0


def test_check_reports_the_emptied_file_and_its_backup(with_backup: tuple[Path, Path]) -> None:
    path, backup = with_backup
    path.write_bytes(b"")
    result = run("--db", str(path), "check")
    assert result.returncode == 1, result.stdout
    assert "healthy" not in result.stdout
    assert "empty (0 bytes)" in result.stdout and str(backup) in result.stdout
    assert path.stat().st_size == 0


def test_check_never_creates_a_database(tmp_path: Path) -> None:
    path = tmp_path / "none.sqlite"
    result = run("--db", str(path), "check")
    assert result.returncode == 1 and "There is no database file" in result.stdout
    assert not path.exists()


def test_restore_from_the_command_line_brings_the_plans_back(with_backup: tuple[Path, Path]) -> None:
    path, backup = with_backup
    path.write_bytes(b"")
    assert run("--db", str(path), "restore", str(backup)).returncode == 0
    assert plans_in(path) == DEMO_PLANS
    assert run("--db", str(path), "check").returncode == 0


# ---------------------------------------------------------------- the backups keep what the database lost


def blank_in_place_of(path: Path) -> None:
    """What the earlier version did with an emptied file: a new database, with no commune and no plan, in its place."""
    shutil.move(path, path.with_name("lost.sqlite"))
    Database.open(path, new=True).close()


def test_the_automatic_backup_does_not_copy_a_database_that_lost_its_plans(with_backup: tuple[Path, Path]) -> None:
    path, backup = with_backup
    blank_in_place_of(path)
    database = Database.open(path)
    try:
        later = BackupService(database, lambda: MORNING + timedelta(hours=1))
        i18n.set_language("en")
        with pytest.raises(DamagedDatabaseError, match="neither a commune nor a plan") as refused:
            later.automatic_backup()
        assert backup.name in str(refused.value)
    finally:
        database.close()
    assert [b.path for b in later.list_backups(check=False)] == [backup]  # the day's good backup is still there
    assert plans_in(backup) == DEMO_PLANS


def test_pruning_never_deletes_the_newest_backup_that_holds_plans(with_backup: tuple[Path, Path],
                                                                  tmp_path: Path) -> None:
    """Older than every day and month the prune keeps, behind newer backups of a database with no plans."""
    path, with_plans = with_backup
    old = with_plans.with_name(with_plans.name.replace("20260313-080000", "20230105-080000"))
    with_plans.rename(old)
    blank = tmp_path / "blank.sqlite"
    Database.open(blank).close()
    now = datetime(2026, 3, 13, 8, 0)
    for days in range(0, 400, 7):  # weekly automatic backups of the database without plans, for more than a year
        stamp = (now - timedelta(days=days)).strftime("%Y%m%d-%H%M%S")
        shutil.copyfile(blank, old.with_name(f"tthc-{stamp}-auto.sqlite"))
    deleted = BackupService(path, lambda: now).prune()
    assert deleted, "the test means nothing if the prune deletes nothing"
    assert old.exists() and old not in deleted


def test_a_file_cut_short_is_not_backed_up(with_backup: tuple[Path, Path]) -> None:
    path, backup = with_backup
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    i18n.set_language("en")
    with pytest.raises(DamagedDatabaseError, match="cut short"):
        BackupService(path, lambda: MORNING + timedelta(hours=1)).automatic_backup()
    assert [b.path for b in BackupService(path).list_backups(check=False)] == [backup]
