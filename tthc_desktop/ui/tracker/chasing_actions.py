"""The tracker's chasing verbs: Tracking > Reminder slips… and Tracking > Export calendar (.ics)…, with their keys."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from tthc_desktop.domain import filenames
from tthc_desktop.services.chasing_dto import CalendarExport
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.services.registry import Services
from tthc_desktop.ui import saving
from tthc_desktop.ui.background import BackgroundTask
from tthc_desktop.ui.messages import report_error
from tthc_desktop.ui.tracker.slips_dialog import SlipsDialog


class Tracker(Protocol):
    """What the actions need of the Task tracker workspace (a QWidget)."""

    services: Services
    today: Callable[[], date]

    def current_plan(self) -> PlanSummary | None: ...
    def reload(self) -> None: ...


class ChasingActions(QObject):
    def __init__(self, workspace: QWidget, settings: QSettings) -> None:
        super().__init__(workspace)
        self.widget = workspace
        self.workspace: Tracker = workspace  # type: ignore[assignment]
        self.settings = settings
        self.slips_action = QAction(workspace)
        self.slips_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.slips_action.triggered.connect(lambda: self.open_slips())
        self.calendar_action = QAction(workspace)
        self.calendar_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.calendar_action.triggered.connect(lambda: self.export_calendar())
        for action in (self.slips_action, self.calendar_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            workspace.addAction(action)
        self.task: BackgroundTask | None = None
        self.message: QMessageBox | None = None

    def retranslate(self) -> None:
        self.slips_action.setText(self.tr("Reminder &slips…"))
        self.calendar_action.setText(self.tr("Export &calendar (.ics)…"))

    def open_slips(self, units: list[int] | None = None) -> SlipsDialog | None:
        plan = self.workspace.current_plan()
        if plan is None:
            return None
        dialog = SlipsDialog(self.workspace.services, plan, self.workspace.today, self.settings, units,
                             self.widget)
        dialog.finished.connect(lambda _result: self.workspace.reload())
        dialog.open()
        dialog.refresh()
        return dialog

    def export_calendar(self, path: Path | None = None) -> BackgroundTask | None:
        plan = self.workspace.current_plan()
        if plan is None:
            return None
        if path is None:
            path = saving.ask_save_path(self.widget, self.tr("Export the deadlines to a calendar"),
                                        filenames.calendar_name(plan.year), self.tr("Calendar files (*.ics)"), "ics",
                                        self.settings)
            if path is None:
                return None
        calendar, today = self.workspace.services.calendar, self.workspace.today
        self.task = BackgroundTask(self.widget, self.tr("Writing {name}…").format(name=path.name),
                                   lambda: calendar.export(path, plan_id=plan.id, at=today()))
        self.task.done.connect(self._exported)
        self.task.failed.connect(lambda error: report_error(self.widget, error))
        return self.task

    def _exported(self, result: CalendarExport) -> None:
        saving.announce_saved(self.widget, Path(result.path))
        self.message = QMessageBox(QMessageBox.Icon.Information, self.tr("Calendar exported"), self.tr(
            "%n deadline(s) written to {path} ({new} new, {changed} changed, {cancelled} cancelled). Open the "
            "file with Outlook or a phone's calendar; importing it again updates the same events.", "",
            result.events).format(path=result.path, new=result.new, changed=result.changed,
            cancelled=result.cancelled), QMessageBox.StandardButton.Ok, self.widget)
        self.message.open()
