"""Other databases, offscreen, on real files: File > Open database… and Recent databases open another file through
start-up's own path (one window per database, migrations with a backup, the recovery dialog for damage, read-only
mode, the crash notice), close the current one cleanly and show the new file's plans and path."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.ui.test_recovery import answer_when_shown, demo_database
from tests.unit.corruption import damage
from tests.unprivileged import run_python
from tthc_desktop import session_marker
from tthc_desktop.app import Session, open_or_recover
from tthc_desktop.db.migrate import SCHEMA_HEAD, current_revision
from tthc_desktop.services.backup import BackupService
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services
from tthc_desktop.ui import single_instance
from tthc_desktop.ui.recent_databases import MAX_RECENT, RecentDatabases
from tthc_desktop.ui.recovery_dialog import CrashNotice, RecoveryDialog
from tthc_desktop.ui.single_instance import SingleInstance


def other_commune(path: Path) -> Path:
    """A copy kept for another commune: the seed plan and a 2026 draft."""
    database = Database.open(path)
    services = Services.for_database(database)
    services.demo.create_seed()
    services.plans.copy_plan(1, 2026)
    database.close()
    return path


@pytest.fixture
def session(qtbot, tmp_path: Path, settings_path: Path) -> Iterator[Session]:  # noqa: ANN001
    first = tmp_path / "ours" / "tthc.sqlite"
    first.parent.mkdir()
    demo_database(first)
    opened = open_or_recover(first, demo=False)
    assert opened is not None
    instance = SingleInstance(first)
    assert instance.acquire()
    session = Session(opened[0], QSettings(str(settings_path), QSettings.Format.IniFormat), instance)
    yield session
    session.close()  # the window the session ended on (each switch deleted the one before)
    session.window.close()
    shiboken6.delete(session.window)


def switched(qtbot, session: Session, before: QWidget) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: session.window is not before, timeout=20000)


def test_open_database_shows_the_other_files_plans_and_path(qtbot, session: Session, tmp_path: Path) -> None:  # noqa: ANN001
    first, ours = session.window, session.path
    other = other_commune(tmp_path / "xa-khac" / "tthc.sqlite")
    assert first.plans.rowCount() == 1
    first.recent.choose(other)  # File > Open database…, the file chosen
    switched(qtbot, session, first)
    window = session.window
    assert not shiboken6.isValid(first)  # the old window is gone, its database closed
    assert session.path == other.resolve() and window.services.database.path == other.resolve()
    assert window.plans.rowCount() == 2 and str(other.resolve()) in window.db_label.text()
    assert window.recent.paths() == [other.resolve(), ours]
    assert session_marker.running_session(ours) is None and session_marker.running_session(other) is not None
    check = SingleInstance(ours)  # ours is free for another window now
    assert check.acquire()
    check.release()
    assert window.reminders.timer.isActive()  # the new window reminds too
    # Each database comes back on its own plan.
    window.select_plan(next(p.id for p in window.services.plans.list_plans() if p.year == 2026))
    window.recent.open(ours)
    switched(qtbot, session, window)
    assert session.window.current_plan().year == 2025
    back = session.window
    back.recent.open(other)
    switched(qtbot, session, back)
    assert session.window.current_plan().year == 2026


def test_the_file_menu_has_open_with_ctrl_o_and_the_recent_list(session: Session, tmp_path: Path) -> None:
    window = session.window
    actions = window.file_menu.actions()
    assert window.recent.open_action in actions and window.recent.open_action.shortcut() == QKeySequence("Ctrl+O")
    assert window.recent.menu.menuAction() in actions
    assert window.recent.open_action.text() == "&Mở cơ sở dữ liệu…"
    gone = tmp_path / "usb" / "tthc.sqlite"
    window.settings.setValue("files/recent_databases", [str(session.path), str(gone)])
    window.recent.menu.aboutToShow.emit()
    listed = [a for a in window.recent.menu.actions() if not a.isSeparator()]
    assert listed[0].isEnabled() and listed[0].isChecked()  # the one open
    assert not listed[1].isEnabled() and "(không tìm thấy)" in listed[1].text()  # greyed while the stick is out
    assert listed[-1] is window.recent.clear_action


def test_a_recent_database_that_is_gone_is_said_and_taken_off(qtbot, session: Session, tmp_path: Path) -> None:  # noqa: ANN001
    window = session.window
    gone = tmp_path / "moved.sqlite"
    window.recent.remember(gone)
    assert window.recent.open(gone) is None
    box = window.findChild(QMessageBox, "databaseNotFound")
    assert box is not None and str(gone) in box.text() and "danh sách" in box.text()
    box.done(0)
    assert gone.resolve() not in window.recent.paths() and session.window is window


def test_at_most_eight_the_newest_first(session: Session, tmp_path: Path) -> None:
    recent = RecentDatabases(session.window, session.settings)
    for number in range(10):
        recent.remember(tmp_path / f"{number}.sqlite")
    assert recent.paths() == [(tmp_path / f"{n}.sqlite").resolve() for n in range(9, 1, -1)]
    assert len(recent.paths()) == MAX_RECENT
    recent.remember(tmp_path / "5.sqlite")
    assert recent.paths()[0] == (tmp_path / "5.sqlite").resolve() and len(recent.paths()) == MAX_RECENT
    recent.clear()
    assert recent.paths() == []


def test_a_damaged_database_offers_its_backup_and_leaving_keeps_the_current_one(qtbot, session: Session,  # noqa: ANN001
                                                                                tmp_path: Path) -> None:
    damaged = tmp_path / "hong" / "tthc.sqlite"
    demo_database(damaged)
    BackupService(damaged, lambda: datetime(2026, 3, 13, 8, 0)).automatic_backup()
    damage(damaged)
    before = hashlib.sha256(damaged.read_bytes()).hexdigest()
    shown: dict[str, object] = {}

    def leave(dialog: QWidget) -> None:
        shown.update(leave=dialog.quit_button.text(), restore=dialog.restore_button.isEnabled())  # type: ignore[attr-defined]
        dialog.quit_button.click()  # type: ignore[attr-defined]

    window = session.window
    answer_when_shown(RecoveryDialog, leave)
    assert session.open_database(damaged) is False
    assert shown == {"leave": "&Giữ cơ sở dữ liệu đang mở", "restore": True}
    assert session.window is window and window.services.database.path == session.path
    assert window.plans.rowCount() == 1  # still ours, and working
    assert hashlib.sha256(damaged.read_bytes()).hexdigest() == before  # untouched
    assert SingleInstance(damaged).acquire()  # its lock was let go

    answer_when_shown(RecoveryDialog, lambda dialog: dialog.restore_button.click())  # type: ignore[attr-defined]
    assert session.open_database(damaged) is True
    assert session.window.services.database.check().healthy and session.window.plans.rowCount() == 1
    notice = session.window.findChild(QMessageBox, "restoredNotice")
    assert notice is not None
    notice.done(0)


def no_database(kind: str, path: Path) -> Path:
    """A file that holds no TTHC Desktop database, as a clerk might pick one by mistake."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "empty":  # 0 bytes: a copy that never finished, a file made by hand
        path.write_bytes(b"")
    elif kind == "no tables":  # an SQLite file another program made and left empty
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA user_version = 1")
        connection.commit()
        connection.close()
    elif kind == "word":  # a document picked in place of the database
        path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    else:  # SQLite, but another program's database
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.commit()
        connection.close()
    return path


def refused(session: Session, path: Path) -> dict[str, object]:
    """Opens `path` from the menu, leaves the recovery dialog, and says what the clerk saw."""
    shown: dict[str, object] = {}

    def leave(dialog: QWidget) -> None:
        shown.update(problem=dialog.problem_label.text(), new=not dialog.new_button.isHidden())  # type: ignore[attr-defined]
        dialog.quit_button.click()  # type: ignore[attr-defined]

    answer_when_shown(RecoveryDialog, leave)
    shown["opened"] = session.open_database(path)
    return shown


@pytest.mark.parametrize("kind", ["empty", "no tables", "word", "another program's"])
def test_a_file_that_holds_no_database_is_refused_in_words_and_left_as_it_was(qtbot, session: Session,  # noqa: ANN001
                                                                              tmp_path: Path, kind: str) -> None:
    picked = no_database(kind, tmp_path / "nhan-qua-email" / "tthc.sqlite")
    before = picked.read_bytes()
    window = session.window
    shown = refused(session, picked)
    assert shown["opened"] is False and session.window is window and window.services.database.path == session.path
    assert str(picked.resolve()) in str(shown["problem"]) and "Traceback" not in str(shown["problem"])
    assert shown["new"] is False  # no "start a new database" in its place
    assert picked.read_bytes() == before  # never made into a new database
    assert sorted(p.name for p in picked.parent.iterdir()) == ["tthc.sqlite"]  # no backup, no log beside it
    assert window.plans.rowCount() == 1  # the open database still works
    assert SingleInstance(picked).acquire()  # its lock was let go


def test_an_emptied_database_offers_its_backup_never_a_new_one(qtbot, session: Session, tmp_path: Path) -> None:  # noqa: ANN001
    emptied = tmp_path / "xa-khac" / "tthc.sqlite"
    demo_database(emptied)
    BackupService(emptied, lambda: datetime(2026, 3, 13, 8, 0)).automatic_backup()
    emptied.write_bytes(b"")  # a sync program emptied it
    shown: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        shown.update(problem=dialog.problem_label.text(), new=not dialog.new_button.isHidden(),  # type: ignore[attr-defined]
                     restore=dialog.restore_button.isEnabled())  # type: ignore[attr-defined]
        dialog.quit_button.click()  # type: ignore[attr-defined]

    answer_when_shown(RecoveryDialog, look)
    assert session.open_database(emptied) is False
    assert shown["restore"] is True and shown["new"] is False
    assert "0 byte" in str(shown["problem"]) and "sao lưu" in str(shown["problem"])
    assert emptied.read_bytes() == b""


def test_open_another_file_from_the_recovery_dialog_must_hold_a_database(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """At start-up too: a file picked with "Open another file…" is opened as it is or refused, never made anew."""
    damaged = tmp_path / "hong" / "tthc.sqlite"
    demo_database(damaged)
    damage(damaged)
    picked = no_database("empty", tmp_path / "usb" / "tthc.sqlite")
    problems: list[str] = []
    kept: list[object] = []

    def second(dialog: QWidget) -> None:
        problems.append(dialog.problem_label.text())  # type: ignore[attr-defined]
        dialog.quit_button.click()  # type: ignore[attr-defined]

    def first(dialog: QWidget) -> None:
        dialog.choose_file(picked)  # type: ignore[attr-defined]
        kept.append(answer_when_shown(RecoveryDialog, second))

    answer_when_shown(RecoveryDialog, first)
    assert open_or_recover(damaged, demo=False) is None
    assert problems and str(picked.resolve()) in problems[0]
    assert picked.read_bytes() == b""


def test_an_older_database_is_backed_up_then_migrated(qtbot, session: Session, tmp_path: Path) -> None:  # noqa: ANN001
    from tthc_desktop.db.migrate import _run_alembic

    older = tmp_path / "cu" / "tthc.sqlite"
    older.parent.mkdir()
    _run_alembic(older, "0001")  # a file as the first release left it
    assert session.open_database(older) is True
    assert current_revision(older) == SCHEMA_HEAD
    backups = list((older.parent / "backups").glob("*.sqlite"))
    assert backups and current_revision(backups[0]) == "0001"


def test_a_database_another_window_has_open_is_not_opened_twice(qtbot, session: Session, tmp_path: Path,  # noqa: ANN001
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(single_instance, "WAIT_FOR_FIRST_S", 0.3)
    other = other_commune(tmp_path / "khac.sqlite")
    elsewhere = SingleInstance(other)  # another TTHC Desktop window has it
    assert elsewhere.acquire()
    window = session.window
    try:
        assert session.open_database(other) is False
    finally:
        elsewhere.release()
    assert session.window is window and "cửa sổ" in window.statusBar().currentMessage()
    assert session.open_database(session.path) is False  # the one already open


def test_a_session_that_ended_unexpectedly_is_said_after_opening(qtbot, session: Session, tmp_path: Path) -> None:  # noqa: ANN001
    other = other_commune(tmp_path / "sap" / "tthc.sqlite")
    session_marker.begin_session(other.resolve())  # a window on it that never closed (a power cut):
    marker = session_marker.marker_path(other.resolve())  # its process is gone
    data = json.loads(marker.read_text(encoding="utf-8"))
    data["pid"] = 999_999_999  # a process that is gone
    marker.write_text(json.dumps(data), encoding="utf-8")
    assert session.open_database(other) is True
    assert session.window.findChild(CrashNotice) is not None


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    path = other_commune(tmp_path / "ro" / "tthc.sqlite")
    mode = stat.S_IMODE(path.stat().st_mode)
    path.chmod(mode & ~0o222)
    yield path
    path.chmod(mode)


def test_a_read_only_database_opens_for_reading(read_only: Path, tmp_path: Path) -> None:
    first = tmp_path / "ours" / "tthc.sqlite"
    first.parent.mkdir()
    demo_database(first)
    before = hashlib.sha256(read_only.read_bytes()).hexdigest()
    png = tmp_path / "read-only-opened.png"
    result = run_python("-m", "tests.ui.open_database_window", str(first), str(read_only),
                        str(tmp_path / "settings.ini"), str(png))
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["switched"] and seen["new_window"] and seen["read_only"]
    assert seen["notice"] and seen["title"].endswith("]") and str(read_only) in seen["path_shown"]
    assert seen["plans"] == [2026, 2025] and seen["restore_enabled"] is False
    assert seen["recent"][:2] == [str(read_only), str(first)] and seen["said"] == []
    assert hashlib.sha256(read_only.read_bytes()).hexdigest() == before
    assert not (read_only.parent / "backups").exists()  # no automatic backup of a file that cannot change
    assert png.stat().st_size > 0
