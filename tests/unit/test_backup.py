"""Backups on real database files: taken online, named by time, pruned to 30 days and 12 months, checked before a
restore, and the replaced file kept aside."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tthc_desktop import i18n, session_marker
from tthc_desktop.errors import DatabaseError, DataError
from tthc_desktop.services.backup import AUTOMATIC, BackupService, problem_with
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services


class Clock:
    """Wall-clock time the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("vi")


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 14, 9, 30, 0))


def plan_count(path: Path) -> int:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT COUNT(*) FROM plan").fetchone()[0]
    finally:
        connection.close()


def test_a_backup_is_a_checked_single_file_named_by_its_time(services: Services, demo_plan_id: int,
                                                             clock: Clock) -> None:
    backups = BackupService(services.database, clock)
    path = backups.backup_now()
    assert path == services.database.path.parent / "backups" / "tthc-20260314-093000-manual.sqlite"
    assert problem_with(path) is None
    assert plan_count(path) == 1
    connection = sqlite3.connect(path)
    try:  # one self-contained file: no -wal to carry along when it is copied to a USB stick
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temporary file left
    again = backups.backup_now()  # same second: a second file, not one over the other
    assert again.name == "tthc-20260314-093000_2-manual.sqlite"


def test_a_backup_taken_during_an_open_write_holds_only_committed_data(services: Services, demo_plan_id: int,
                                                                      clock: Clock) -> None:
    writer = sqlite3.connect(services.database.path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("DELETE FROM outline_item")  # not committed while the backup runs
        path = BackupService(services.database, clock).backup_now()
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    assert problem_with(path) is None
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT COUNT(*) FROM outline_item").fetchone()[0] > 20
    finally:
        connection.close()


def test_a_backup_to_a_chosen_file_or_folder(services: Services, demo_plan_id: int, clock: Clock,
                                             tmp_path: Path) -> None:
    backups = BackupService(services.database, clock)
    stick = tmp_path / "usb"
    stick.mkdir()
    assert backups.backup_now(to=stick / "copy.sqlite") == (stick / "copy.sqlite").resolve()
    assert backups.backup_now(to=stick).name == "tthc-20260314-093000-manual.sqlite"
    assert plan_count(stick / "copy.sqlite") == 1
    with pytest.raises(DataError):
        backups.backup_now(to=services.database.path)


def test_pruning_over_400_days_keeps_the_last_30_days_and_the_last_12_months(db_path: Path) -> None:
    Database.open(db_path).close()  # the schema alone: 400 real backups stay quick
    clock = Clock(datetime(2025, 1, 1, 8, 0))
    backups = BackupService(db_path, clock)
    manual = backups.backup_now()
    start = clock.now
    for day in range(400):
        clock.now = start + timedelta(days=day)
        backups.automatic_backup()
        if day % 7 == 0:  # a second start that day: only the newest of a day is kept
            clock.now += timedelta(hours=6)
            backups.automatic_backup()
    today = clock.now.date()
    assert today.isoformat() == "2026-02-04"

    kept = [b for b in backups.list_backups(check=False) if b.reason == AUTOMATIC]
    days = sorted(b.taken_at.date().isoformat() for b in kept)
    daily = [(today - timedelta(days=n)).isoformat() for n in range(29, -1, -1)]  # 2026-01-06 … 2026-02-04
    month_ends = [f"2025-{m:02d}-{d}" for m, d in ((3, 31), (4, 30), (5, 31), (6, 30), (7, 31), (8, 31),
                                                    (9, 30), (10, 31), (11, 30), (12, 31))]
    assert days == month_ends + daily
    assert len(kept) == 40
    # Where a day had two starts, the later one stayed.
    assert all(b.taken_at.hour == 14 for b in kept if b.taken_at.date() == datetime(2026, 1, 14).date())
    assert manual.exists()  # a backup the clerk asked for is never pruned


def test_the_newest_backup_survives_a_year_without_use(db_path: Path) -> None:
    Database.open(db_path).close()
    clock = Clock(datetime(2024, 5, 2, 8, 0))
    backups = BackupService(db_path, clock)
    only = backups.automatic_backup()
    clock.now = datetime(2026, 1, 1, 8, 0)
    assert backups.prune() == []
    assert only.exists()


def test_the_daily_backup_is_due_once_a_day(db_path: Path) -> None:
    Database.open(db_path).close()
    clock = Clock(datetime(2026, 3, 14, 23, 50))
    backups = BackupService(db_path, clock)
    assert backups.backup_due()
    backups.backup_now()  # by hand: does not count as the day's automatic backup
    assert backups.backup_due()
    backups.automatic_backup()
    assert not backups.backup_due()
    clock.now += timedelta(minutes=15)  # past midnight
    assert backups.backup_due()


def test_restore_puts_the_backup_back_and_keeps_the_replaced_file(services: Services, demo_plan_id: int,
                                                                   clock: Clock) -> None:
    database = services.database
    backups = BackupService(database, clock)
    backup = backups.backup_now()
    services.plans.copy_plan(demo_plan_id, 2026)
    clock.now += timedelta(hours=2)

    result = backups.restore(backup)

    assert result.database == database.path and result.restored_from == backup
    assert result.replaced == database.path.parent / "backups" / "tthc-20260314-113000-replaced.sqlite"
    assert plan_count(result.replaced) == 2  # the edits after the backup are not thrown away
    assert plan_count(database.path) == 1
    reopened = Database.open(database.path)
    try:
        assert reopened.check().healthy
    finally:
        reopened.close()
    listed = {b.path: b for b in backups.list_backups()}
    assert listed[result.replaced].reason == "replaced" and listed[result.replaced].good
    assert backups.newest_good_backup().path == backup  # type: ignore[union-attr]


def test_restore_moves_a_leftover_wal_aside_with_its_database(db_path: Path, tmp_path: Path, clock: Clock) -> None:
    database = Database.open(db_path)
    Services.for_database(database).demo.create_seed()
    database.close()
    backups = BackupService(db_path, clock)
    backup = backups.backup_now()
    # A process that committed an edit and died without closing: the edit lives only in the -wal.
    code = ("import os, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA wal_autocheckpoint=0')\n"
            "c.execute('UPDATE plan SET year = 2031'); c.commit(); os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(db_path)], check=True)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0

    result = backups.restore(backup)

    assert not wal.exists()  # applied to the restored file, it would have damaged it
    assert result.replaced is not None
    assert result.replaced.with_name(result.replaced.name + "-wal").exists()
    connection = sqlite3.connect(result.replaced)
    try:  # the file set aside still holds the edit that was only in its -wal
        assert connection.execute("SELECT year FROM plan").fetchone()[0] == 2031
    finally:
        connection.close()
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("SELECT year FROM plan").fetchone()[0] == 2025
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()


# ---------------------------------------------------------------- refusing bad backups


@pytest.fixture
def good_backup(services: Services, demo_plan_id: int, clock: Clock) -> Path:
    return BackupService(services.database, clock).backup_now()


def test_verify_refuses_a_text_file(good_backup: Path, tmp_path: Path, english: None) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_text("Kế hoạch năm 2026\n", encoding="utf-8")
    with pytest.raises(DatabaseError, match=r"The file notes\.sqlite is not a database\."):
        BackupService.verify(text)


def test_verify_refuses_a_truncated_copy(good_backup: Path, tmp_path: Path, english: None) -> None:
    cut = tmp_path / "cut.sqlite"
    data = good_backup.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseError, match=r"cut\.sqlite is incomplete"):
        BackupService.verify(cut)
    odd = tmp_path / "odd.sqlite"
    odd.write_bytes(data[: len(data) // 2 + 100])  # not even a whole number of pages
    assert "incomplete" in (problem_with(odd) or "")


def test_verify_refuses_a_database_from_a_newer_version(good_backup: Path, tmp_path: Path, english: None) -> None:
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(good_backup.read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseError, match=r"newer\.sqlite was made by a newer version .*schema 9999"):
        BackupService.verify(newer)


def test_verify_refuses_other_databases_empty_and_missing_files(tmp_path: Path, english: None) -> None:
    other = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert problem_with(other) == "The file other.sqlite is a database but not one of TTHC Desktop."
    assert problem_with(empty) == "The file empty.sqlite is empty."
    assert problem_with(tmp_path / "gone.sqlite") == "The file gone.sqlite does not exist."


def test_checking_a_backup_leaves_nothing_beside_it(good_backup: Path) -> None:
    before = sorted(good_backup.parent.iterdir())
    assert problem_with(good_backup) is None
    assert sorted(good_backup.parent.iterdir()) == before


def test_restore_refuses_a_bad_file_and_changes_nothing(services: Services, demo_plan_id: int, tmp_path: Path,
                                                        clock: Clock) -> None:
    database = services.database
    database.close()
    before = database.path.read_bytes()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    with pytest.raises(DatabaseError):
        BackupService(database, clock).restore(bad)
    assert database.path.read_bytes() == before
    assert not (database.path.parent / "backups").exists()


def test_restore_is_refused_while_a_window_has_the_database_open(good_backup: Path, db_path: Path) -> None:
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        marker = session_marker.marker_path(db_path)
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(f'{{"pid": {window.pid}}}', encoding="utf-8")
        with pytest.raises(DatabaseError, match=str(window.pid)):
            BackupService(db_path).restore(good_backup)
    finally:
        window.kill()
        window.wait()
    BackupService(db_path).restore(good_backup)  # its process is gone: a marker left by a crash does not block


# ---------------------------------------------------------------- the session marker


def test_the_session_marker_tells_a_crash_from_a_clean_exit(db_path: Path) -> None:
    assert session_marker.begin_session(db_path) is False
    assert session_marker.running_session(db_path) == os.getpid()
    session_marker.end_session(db_path)
    assert not session_marker.marker_path(db_path).exists()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    session_marker.marker_path(db_path).write_text(f'{{"pid": {int(gone.stdout)}}}', encoding="utf-8")
    assert session_marker.running_session(db_path) is None
    assert session_marker.begin_session(db_path) is True  # the last session never removed its marker
    session_marker.end_session(db_path)
