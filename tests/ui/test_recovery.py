"""Damage control in the window: the recovery dialog at start, backups from the File menu, the crash notice and
the dialog for unexpected errors; offscreen, on real database files."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.unit.corruption import damage
from tthc_desktop.app import Session, open_or_recover
from tthc_desktop.errors import DataError
from tthc_desktop.services.backup import BackupService, problem_with
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.backup_actions import BackupActions
from tthc_desktop.ui.error_dialog import ErrorReporter
from tthc_desktop.ui.recovery_dialog import CrashNotice, RecoveryDialog, show_crash_notice
from tthc_desktop.ui.single_instance import SingleInstance


def demo_database(path: Path) -> None:
    database = Database.open(path)
    Services.for_database(database).demo.create_seed()
    database.close()


def answer_when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> dict[str, object]:
    """Act on the modal dialog of `kind` once it is up; what it showed is kept for the test to assert on after.
    No assert in here: a failure inside the dialog's own event loop would leave it open for ever."""
    seen: dict[str, object] = {}
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            timer.stop()
            seen["dialog"] = dialog
            act(dialog)

    timer.timeout.connect(poll)
    timer.start()
    seen["timer"] = timer
    return seen


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "tthc.sqlite"
    demo_database(path)
    BackupService(path, lambda: datetime(2026, 3, 13, 8, 0)).automatic_backup()
    damage(path)
    return path


def test_a_damaged_database_opens_the_recovery_dialog_and_restore_ends_healthy(qtbot, damaged: Path) -> None:  # noqa: ANN001
    shown: dict[str, object] = {}

    def restore(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryDialog)
        shown.update(problem=dialog.problem_label.text(), button=dialog.restore_button.text(),
                     enabled=dialog.restore_button.isEnabled())
        dialog.restore_button.click()

    answer_when_shown(RecoveryDialog, restore)
    opened = open_or_recover(damaged, demo=False)

    assert opened is not None
    services, restored = opened
    try:
        assert services.database.check().healthy
        assert [p.number_text for p in services.plans.list_plans()] == ["48/QĐ-UBND"]
    finally:
        services.database.close()
    assert restored is not None and restored.replaced is not None and problem_with(restored.replaced)
    assert shown["enabled"] is True
    assert "13/03/2026 08:00" in str(shown["button"])
    assert "Traceback" not in str(shown["problem"]) and str(shown["problem"])


def test_without_a_backup_the_dialog_offers_another_file_or_quit(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    broken = tmp_path / "broken.sqlite"
    broken.write_text("not a database", encoding="utf-8")
    shown: dict[str, object] = {}

    def quit_(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryDialog)
        shown["restore_enabled"] = dialog.restore_button.isEnabled()
        dialog.quit_button.click()

    answer_when_shown(RecoveryDialog, quit_)
    assert open_or_recover(broken, demo=False) is None
    assert shown["restore_enabled"] is False
    assert broken.read_text(encoding="utf-8") == "not a database"  # never replaced behind the clerk's back


def test_open_another_file_from_the_recovery_dialog(qtbot, damaged: Path, tmp_path: Path) -> None:  # noqa: ANN001
    other = tmp_path / "other" / "copy.sqlite"
    other.parent.mkdir()
    demo_database(other)
    answer_when_shown(RecoveryDialog, lambda dialog: dialog.choose_file(other))  # type: ignore[attr-defined]
    opened = open_or_recover(damaged, demo=False)
    assert opened is not None
    try:
        assert opened[0].database.path == other.resolve() and opened[1] is None
    finally:
        opened[0].database.close()


def test_the_crash_notice_says_saved_work_is_kept(qtbot) -> None:  # noqa: ANN001
    notice = show_crash_notice(None)
    qtbot.addWidget(notice)
    qtbot.waitUntil(notice.isVisible)
    assert isinstance(notice, CrashNotice)
    assert "không đóng bình thường" in notice.text() or "did not close normally" in notice.text()
    notice.accept()


# ---------------------------------------------------------------- File menu backups


@pytest.fixture
def window_on_demo(open_window):  # noqa: ANN001, ANN201
    return open_window()


def test_back_up_now_writes_a_checked_backup(qtbot, window_on_demo, tmp_path: Path) -> None:  # noqa: ANN001
    actions = BackupActions(window_on_demo.services.database, window_on_demo)
    menu = window_on_demo.file_menu
    actions.add_to_menu(menu)
    assert actions.backup_action in menu.actions() and actions.restore_action in menu.actions()
    target = tmp_path / "stick" / "copy.sqlite"
    with qtbot.waitSignal(actions.backup_written, timeout=20000) as written:
        actions.back_up_now(target)
    assert written.args[0] == target.resolve() and problem_with(target) is None
    notice = window_on_demo.findChild(QMessageBox, "backupDoneNotice")
    assert notice is not None and str(target.resolve()) in notice.text()
    notice.accept()


def test_the_daily_backup_runs_once_a_day(qtbot, window_on_demo) -> None:  # noqa: ANN001
    now = [datetime(2026, 3, 14, 9, 0)]
    actions = BackupActions(window_on_demo.services.database, window_on_demo, clock=lambda: now[0])
    with qtbot.waitSignal(actions.backup_written, timeout=20000):
        assert actions.run_daily_backup()
    assert not actions.run_daily_backup()
    now[0] += timedelta(days=1)
    with qtbot.waitSignal(actions.backup_written, timeout=20000) as written:
        assert actions.run_daily_backup()
    assert written.args[0].name == "tthc-20260315-090000-auto.sqlite"


def test_restoring_from_the_menu_reopens_the_window_on_the_restored_file(qtbot, tmp_path: Path,  # noqa: ANN001
                                                                         settings_path: Path) -> None:
    path = tmp_path / "tthc.sqlite"
    demo_database(path)
    backup = BackupService(path).backup_now()
    opened = open_or_recover(path, demo=False)
    assert opened is not None
    opened[0].plans.copy_plan(1, 2026)  # an edit after the backup
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    session = Session(opened[0], settings, SingleInstance(path))
    first = session.window
    try:
        assert first.plans.rowCount() == 2
        session.backups.restore_from_backup(backup, confirm=False)
        qtbot.waitUntil(lambda: session.window is not first, timeout=20000)
        qtbot.addWidget(session.window)
        assert session.window.plans.rowCount() == 1
        assert session.window.services.database.check().healthy
        notice = session.window.findChild(QMessageBox, "restoredNotice")
        assert notice is not None and backup.name in notice.text()
        kept = [b for b in BackupService(path).list_backups() if b.reason == "replaced"]
        assert len(kept) == 1 and kept[0].good  # the file in use before, with its 2026 plan, is kept
        notice.accept()
    finally:
        session.close()


def test_a_backup_that_fails_its_check_is_not_restored(qtbot, window_on_demo, tmp_path: Path) -> None:  # noqa: ANN001
    actions = BackupActions(window_on_demo.services.database, window_on_demo)
    fake = tmp_path / "fake.sqlite"
    fake.write_text("not a backup", encoding="utf-8")
    requested: list[object] = []
    actions.restore_requested.connect(requested.append)
    texts: list[str] = []

    def close(box: QWidget) -> None:
        texts.append(box.text())  # type: ignore[attr-defined]
        box.done(0)  # type: ignore[attr-defined]

    answer_when_shown(QMessageBox, close)  # report_error's warning is modal
    task = actions.restore_from_backup(fake, confirm=False)
    assert task is not None
    qtbot.waitUntil(lambda: bool(texts), timeout=20000)
    assert "fake.sqlite" in texts[0]
    assert requested == []


# ---------------------------------------------------------------- unexpected errors


@pytest.fixture
def reporter() -> Iterator[ErrorReporter]:
    reporter = ErrorReporter()
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.done(0)


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_shows_details_to_copy_and_the_app_goes_on(qtbot, reporter: ErrorReporter) -> None:  # noqa: ANN001
    def broken_slot() -> None:
        raise ZeroDivisionError("division by zero in the figures page")

    later: list[str] = []
    QTimer.singleShot(0, broken_slot)
    QTimer.singleShot(50, lambda: later.append("still running"))
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5000)
    dialog = reporter.dialog
    assert dialog is not None
    assert "ZeroDivisionError" in dialog.text()
    assert "broken_slot" in dialog.detailedText() and "Traceback" in dialog.detailedText()
    qtbot.waitUntil(lambda: later == ["still running"], timeout=5000)

    thread = threading.Thread(target=lambda: (_ for _ in ()).throw(RuntimeError("in a worker thread")))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: "in a worker thread" in dialog.detailedText(), timeout=5000)  # one window, more details


@pytest.mark.qt_no_exception_capture
def test_an_error_the_clerk_can_act_on_is_said_without_a_traceback(qtbot, reporter: ErrorReporter) -> None:  # noqa: ANN001
    def refused() -> None:
        raise DataError("Ngày báo cáo không hợp lệ.")

    QTimer.singleShot(0, refused)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5000)
    assert reporter.dialog is not None
    assert reporter.dialog.text() == "Ngày báo cáo không hợp lệ."
    assert reporter.dialog.detailedText() == ""


# ---------------------------------------------------------------- an emptied database is damage, not a first run


@pytest.fixture
def emptied(tmp_path: Path) -> tuple[Path, Path]:
    """The demo commune with the automatic backup of the morning, then the file truncated to 0 bytes."""
    path = tmp_path / "tthc.sqlite"
    demo_database(path)
    backup = BackupService(path, lambda: datetime(2026, 3, 13, 8, 0)).automatic_backup()
    path.write_bytes(b"")
    return path, backup


def test_an_emptied_database_opens_the_recovery_dialog_not_the_demo(qtbot, emptied: tuple[Path, Path]) -> None:  # noqa: ANN001
    path, backup = emptied
    shown: dict[str, object] = {}

    def restore(dialog: QWidget) -> None:
        shown.update(problem=dialog.problem_label.text(), button=dialog.restore_button.text(),  # type: ignore[attr-defined]
                     enabled=dialog.restore_button.isEnabled(), new=dialog.new_button.isVisibleTo(dialog))  # type: ignore[attr-defined]
        dialog.restore_button.click()  # type: ignore[attr-defined]

    answer_when_shown(RecoveryDialog, restore)
    opened = open_or_recover(path, demo=True)  # demo on: a first run would make the demo commune
    assert opened is not None
    services, restored = opened
    try:
        assert [p.number_text for p in services.plans.list_plans()] == ["48/QĐ-UBND"]  # the backup's, not a demo
        assert services.database.check().healthy
    finally:
        services.database.close()
    assert shown["enabled"] is True and shown["new"] is True
    assert "13/03/2026 08:00" in str(shown["button"])
    assert "0 bytes" in str(shown["problem"]) or "0 byte" in str(shown["problem"])
    assert restored is not None and restored.restored_from == backup
    assert restored.replaced is not None and restored.replaced.stat().st_size == 0  # the empty file, kept aside


def test_a_new_database_in_place_of_an_emptied_one_keeps_the_backups(qtbot, emptied: tuple[Path, Path]) -> None:  # noqa: ANN001
    path, backup = emptied
    answer_when_shown(RecoveryDialog, lambda dialog: dialog.start_new(confirm=False))  # type: ignore[attr-defined]
    opened = open_or_recover(path, demo=True)
    assert opened is not None
    services, restored = opened
    try:
        assert restored is None
        assert services.plans.list_plans() == []  # new and empty: no demo commune over a clerk's history
    finally:
        services.database.close()
    kept = {b.reason: b for b in BackupService(path).list_backups()}
    assert kept["auto"].path == backup and kept["auto"].good
    assert kept["replaced"].size == 0  # the emptied file, set aside rather than overwritten


def test_the_settings_of_a_clerk_who_had_a_plan_open_are_a_trace(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """The data folder is gone (a profile cleaned, a folder moved) but the window's settings remember a plan: the
    default database is not silently made again with the demo commune."""
    from tthc_desktop.paths import default_database

    path = default_database()
    assert not path.exists()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/plan", 3)
    shown: dict[str, object] = {}

    def quit_(dialog: QWidget) -> None:
        shown.update(problem=dialog.problem_label.text(), restore=dialog.restore_button.isEnabled())  # type: ignore[attr-defined]
        dialog.quit_button.click()  # type: ignore[attr-defined]

    answer_when_shown(RecoveryDialog, quit_)
    assert open_or_recover(path, demo=True, settings=settings) is None
    assert not path.exists()
    assert shown["restore"] is False and str(path) in str(shown["problem"])


def test_the_settings_count_the_plan_of_the_default_database_only(tmp_path: Path) -> None:
    """With a plan kept per database (File > Open database…), a plan open in another file is no sign that the
    default database held data; one kept for the default database is."""
    from tthc_desktop.app import settings_traces
    from tthc_desktop.paths import default_database
    from tthc_desktop.ui.remembered_plans import keep_plan

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    keep_plan(settings, tmp_path / "xa-khac.sqlite", 3)
    assert settings_traces(default_database(), settings) == ()
    keep_plan(settings, default_database(), 2)
    assert len(settings_traces(default_database(), settings)) == 1
    assert settings_traces(tmp_path / "xa-khac.sqlite", settings) == ()


def test_no_restore_is_offered_onto_a_read_only_file(qtbot, damaged: Path) -> None:  # noqa: ANN001
    backup = BackupService(damaged).newest_good_backup()
    assert backup is not None
    dialog = RecoveryDialog(damaged, "hỏng", backup, read_only=f"tệp {damaged} chỉ đọc")
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled() and str(damaged) in dialog.advice_label.text()
    assert dialog.new_button.isHidden()  # damage, not an emptied file: no new database offered
