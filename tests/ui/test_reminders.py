"""Reminders in the window, offscreen (no system tray here: the status bar says it), on the seed plan with the clock
moved by the test: once a day, the counts and the first tasks, and a click opens the tracker's list of exactly those
tasks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.clock import Clock
from tests.ui.conftest import WindowFactory
from tthc_desktop.ui.main_window import MainWindow
from tthc_desktop.ui.reminders import DAY_KEY, DAYS_KEY, ON_KEY, Reminders, tray_available
from tthc_desktop.ui.tracker.tracker_model import TaskIdRole

D = date


@pytest.fixture
def window(open_window: WindowFactory) -> MainWindow:
    window = open_window()
    window.tracker.today = Clock(D(2025, 6, 20))  # the list judged on the reminder's day
    return window


def reminded(qtbot, reminders: Reminders, force: bool = False) -> bool:  # noqa: ANN001
    task = reminders.check(force)
    if task is None:
        return False
    qtbot.waitUntil(lambda: reminders.task is None, timeout=20000)
    return True


def test_the_status_bar_says_what_falls_due_once_a_day(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    clock = Clock(D(2025, 6, 20))
    reminders = Reminders(window, window.settings, today=clock, tray=lambda: False)
    assert reminded(qtbot, reminders)
    notice = reminders.notice
    assert notice is not None and notice.isVisible() and notice.parent() is not None
    found = reminders.shown
    assert found is not None and found.overdue
    assert f"{len(found.overdue)} việc quá hạn, {len(found.due)} việc đến hạn trong 14 ngày" in notice.text()
    first = found.tasks[0]
    assert f"{first.label}." in notice.toolTip() and "trễ" in notice.toolTip()
    assert window.settings.value(reminders.day_key()) == "2025-06-20" and reminders.day_key().startswith(DAY_KEY)
    assert not reminded(qtbot, reminders)  # the same day: nothing again
    again = Reminders(window, window.settings, today=clock, tray=lambda: False)  # a second start that day
    assert not reminded(qtbot, again)
    clock.day = D(2025, 6, 21)
    assert reminded(qtbot, reminders) and window.settings.value(reminders.day_key()) == "2025-06-21"


def test_another_database_opened_the_same_day_is_reminded_of_its_own(qtbot, window: MainWindow,  # noqa: ANN001
                                                                    open_window: WindowFactory, tmp_path: Path) -> None:
    """Once a day is once a day per database: the clerk who opens another commune's file after the reminder on
    their own is told what falls due in that file too."""
    clock = Clock(D(2025, 6, 20))
    assert reminded(qtbot, Reminders(window, window.settings, today=clock, tray=lambda: False))
    assert not reminded(qtbot, Reminders(window, window.settings, today=clock, tray=lambda: False))
    other = open_window(tmp_path / "xa-khac.sqlite")  # another commune's file, the same settings
    assert other.services.database.path != window.services.database.path
    reminders = Reminders(other, other.settings, today=clock, tray=lambda: False)
    assert reminded(qtbot, reminders) and reminders.shown is not None and reminders.shown.overdue


def test_clicking_the_reminder_opens_the_list_of_those_tasks(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    reminders = Reminders(window, window.settings, today=Clock(D(2025, 6, 20)), tray=lambda: False)
    window.tabs.setCurrentIndex(0)
    window.tracker.search.setText("xay dung")  # a filter the clerk left: cleared
    assert reminded(qtbot, reminders)
    assert reminders.notice is not None
    reminders.notice.click()
    tracker = window.tracker
    assert window.tabs.currentWidget() is tracker and tracker.pages.currentIndex() == 0
    assert tracker.within_check.isChecked() and tracker.within_days.value() == 14 and not tracker.search.text()
    shown = {tracker.filtered.index(r, 0).data(TaskIdRole) for r in range(tracker.filtered.rowCount())}
    assert reminders.shown is not None and shown == {t.task_id for t in reminders.shown.tasks}
    assert not reminders.notice.isVisible()


def test_the_tray_is_used_where_the_system_has_one(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    reminders = Reminders(window, window.settings, today=Clock(D(2025, 6, 20)))
    assert reminded(qtbot, reminders)
    if tray_available():
        assert reminders.tray is not None and reminders.tray.isVisible() and reminders.notice is None
    else:  # offscreen: no tray, the status bar instead
        assert reminders.tray is None and reminders.notice is not None and reminders.notice.isVisible()


def test_turned_off_or_a_wider_window_in_its_dialog(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    reminders = Reminders(window, window.settings, today=Clock(D(2025, 3, 10)), tray=lambda: False)
    dialog = reminders.edit_settings()
    assert dialog.days.value() == 14 and dialog.enabled.isChecked()
    dialog.days.setValue(30)
    dialog.accept()
    assert window.settings.value(DAYS_KEY) in (30, "30") and reminders.days == 30
    assert reminded(qtbot, reminders)  # 10/3: Q1's deadlines are 21 days off, within 30
    assert reminders.shown is not None and reminders.shown.within == 30 and not reminders.shown.overdue
    dialog = reminders.edit_settings()
    dialog.enabled.setChecked(False)
    dialog.accept()
    assert window.settings.value(ON_KEY) == "false"
    window.settings.remove(reminders.day_key())
    assert not reminded(qtbot, reminders)  # off: nothing, not even on a new day
    assert reminded(qtbot, reminders, force=True)


def test_the_menu_has_the_reminders_entry(window: MainWindow) -> None:
    assert window.reminders.settings_action in window.tracking_menu.actions()
    assert window.reminders.settings_action.text() == "&Nhắc việc…"
    assert not window.reminders.timer.isActive()  # a window in a test: only app.Session starts them
