"""Reminders at the right time: at start-up and once a day while the app runs, what fell due or falls due within
the reminder window (services/reminders.py decides, off the GUI thread), said in a system-tray notification, or in
the status bar where the system has no tray; clicking it opens the tracker's list filtered to those tasks.

Tracking > Reminders… sets the window (default: the tracker's due-soon days) and turns them off; the day of the last
reminder is kept in the settings for each database, so a second start the same day says nothing again, while another
database opened that day (File > Open database…) is reminded of its own tasks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QSystemTrayIcon,
    QWidget,
)

from tthc_desktop.domain.status import DUE_SOON_DAYS
from tthc_desktop.paths import database_key, resources_dir
from tthc_desktop.services.reminders import Reminder, due_to_remind, remembered_day, reminder, window_days
from tthc_desktop.ui.background import QuietTask
from tthc_desktop.ui.tracker.tracker_model import days_text

EVERY_MS = 30 * 60 * 1000  # how often a running app looks whether the day has changed
LISTED = 5  # tasks named in the notification; the rest are counted
SHOWN_MS = 20000
DAY_KEY, DAYS_KEY, ON_KEY = "reminders/last_day", "reminders/days", "reminders/enabled"  # DAY_KEY/<database key>


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()


class Reminders(QObject):
    """The main window's reminders: `start()` once the window is on screen (app.Session does)."""

    def __init__(self, window: QMainWindow, settings: QSettings, today: Callable[[], date] = date.today,
                 tray: Callable[[], bool] = tray_available) -> None:
        super().__init__(window)
        self.window, self.settings, self.today, self.has_tray = window, settings, today, tray
        self.settings_action = QAction(window)
        self.settings_action.triggered.connect(lambda: self.edit_settings())
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(lambda: self.check())
        self.tray: QSystemTrayIcon | None = None
        self.notice: QPushButton | None = None
        self.shown: Reminder | None = None
        self.task: QuietTask | None = None
        self.dialog: ReminderSettings | None = None

    def retranslate(self) -> None:
        self.settings_action.setText(self.tr("&Reminders…"))

    def start(self) -> None:
        QTimer.singleShot(0, lambda: self.check())
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    @property
    def enabled(self) -> bool:
        return str(self.settings.value(ON_KEY, "true")).lower() != "false"

    @property
    def days(self) -> int:
        return max(window_days(self.settings.value(DAYS_KEY, DUE_SOON_DAYS)), 1)

    # ---------------------------------------------------------------- deciding

    def day_key(self) -> str:
        """Where the day of the last reminder on this window's database is kept."""
        services = getattr(self.window, "services", None)
        return f"{DAY_KEY}/{database_key(services.database.path)}" if services is not None else DAY_KEY

    def check(self, force: bool = False) -> QuietTask | None:
        """Read what falls due off the GUI thread and say it, unless already said today on this database (or
        turned off)."""
        today = self.today()
        if not force and (not self.enabled or not due_to_remind(remembered_day(self.settings.value(self.day_key())),
                                                                today)):
            return None
        if self.task is not None or getattr(self.window, "services", None) is None:
            return None
        tracking, days = self.window.services.tracking, self.days  # type: ignore[attr-defined]
        self.task = QuietTask(self, lambda: reminder(tracking.tasks(year=today.year, at=today), today, days))
        self.task.done.connect(lambda found: self._decided(today, found))
        self.task.failed.connect(lambda _error: setattr(self, "task", None))  # the next check tries again
        return self.task

    def _decided(self, today: date, found: Reminder | None) -> None:
        self.task = None
        self.settings.setValue(self.day_key(), today.isoformat())
        if found is not None:
            self.show(found)

    # ---------------------------------------------------------------- saying

    def message(self, found: Reminder) -> tuple[str, str]:
        """The notification's title and lines: the counts, then the first tasks with their days."""
        title = self.tr("TTHC Desktop: %n task(s) need attention", "", len(found.tasks))
        lines = [self.tr("{overdue} overdue, {due} due within %n day(s).", "", found.within).format(
            overdue=len(found.overdue), due=len(found.due))]
        for task in found.tasks[:LISTED]:
            label = ".".join([*task.group_labels, task.label or ""]).strip(".")
            words = " ".join(task.content.split())
            words = words if len(words) <= 60 else words[:59].rstrip() + "…"
            lines.append(f"• {label}. {words} ({days_text(task)})" if label else f"• {words} ({days_text(task)})")
        if len(found.tasks) > LISTED:
            lines.append(self.tr("… and {count} more.").format(count=len(found.tasks) - LISTED))
        lines.append(self.tr("Click to see them in the Task tracker."))
        return title, "\n".join(lines)

    def show(self, found: Reminder) -> str:
        """In the tray where there is one ("tray"), else in the status bar ("status")."""
        self.shown = found
        title, body = self.message(found)
        if self.has_tray():
            if self.tray is None:
                self.tray = QSystemTrayIcon(QIcon(str(resources_dir() / "icons" / "tthc.png")), self)
                self.tray.messageClicked.connect(lambda: self.open_list())
                self.tray.activated.connect(lambda _reason: self.open_list())
            self.tray.setToolTip(title)
            self.tray.show()
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)
            return "tray"
        if self.notice is None:
            self.notice = QPushButton(self.window)
            self.notice.setObjectName("reminderNotice")
            self.notice.setFlat(True)
            self.notice.setStyleSheet(
                "QPushButton#reminderNotice { background: #fff3cd; border: none; padding: 2px 8px; }")
            self.notice.clicked.connect(lambda: self.open_list())
            self.window.statusBar().addPermanentWidget(self.notice)
        self.notice.setText(self.tr("{overdue} overdue, {due} due within %n day(s): click to see them", "",
                                    found.within).format(overdue=len(found.overdue), due=len(found.due)))
        self.notice.setToolTip(f"{title}\n{body}")
        self.notice.setMinimumWidth(self.notice.sizeHint().width())  # the path beside it gives way, not this
        self.window.statusBar().clearMessage()  # the start-up notice said less of the same
        self.notice.show()
        return "status"

    def open_list(self) -> None:
        """The Task tracker's list of what fell due or falls due within the window, on the reminder's plan (all
        plans of the year when it spans several), the other filters cleared."""
        found = self.shown
        window: Any = self.window
        if found is None or not found.plan_ids:
            return
        if self.notice is not None:
            self.notice.hide()
        window.select_plan(found.plan_ids[0])
        window.tabs.setCurrentWidget(window.tracker)
        window.tracker.show_falling_due(found.within, whole_year=len(found.plan_ids) > 1)
        window.show()
        window.raise_()
        window.activateWindow()

    # ---------------------------------------------------------------- the setting

    def edit_settings(self) -> ReminderSettings:
        self.dialog = ReminderSettings(self.enabled, self.days, self.window)
        self.dialog.accepted.connect(self._save_settings)
        self.dialog.open()
        return self.dialog

    def _save_settings(self) -> None:
        assert self.dialog is not None
        self.settings.setValue(ON_KEY, "true" if self.dialog.enabled.isChecked() else "false")
        self.settings.setValue(DAYS_KEY, self.dialog.days.value())


class ReminderSettings(QDialog):
    def __init__(self, enabled: bool, days: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderSettings")
        self.setWindowTitle(self.tr("Reminders"))
        self.enabled = QCheckBox(self.tr("&Remind me at start-up and once a day"), self)
        self.enabled.setChecked(enabled)
        self.days = QSpinBox(self)
        self.days.setRange(1, 365)
        self.days.setValue(days)
        self.days.setSuffix(self.tr(" days"))
        self.days.setEnabled(enabled)
        self.enabled.toggled.connect(self.days.setEnabled)
        explain = QLabel(self.tr("Overdue tasks are always listed, with those due within this many days (the "
                                 "tracker calls {days} days \"due soon\").").format(days=DUE_SOON_DAYS), self)
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.enabled)
        form.addRow(self.tr("&Due within:"), self.days)
        form.addRow(explain)
        form.addRow(buttons)
