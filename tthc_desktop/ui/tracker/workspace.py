"""The Task tracker workspace: filters over the plan's tasks, and progress recorded with evidence.

Progress, Biểu 06 and indicator figures are edited as commands on the workspace's own undo stack; the tasks, the
overview and the figures follow what writes change (`apply_changes`), wherever they were made."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain import filenames, vnformat
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.status import DUE_SOON_DAYS
from tthc_desktop.services.changes import Changes, Part
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.services.registry import Services
from tthc_desktop.services.tracking_dto import TrackedTask
from tthc_desktop.services.tracking_export import export_tracker
from tthc_desktop.ui import saving
from tthc_desktop.ui.background import BackgroundTask
from tthc_desktop.ui.changes_hub import ChangesHub
from tthc_desktop.ui.messages import report_error
from tthc_desktop.ui.tracker.chasing_actions import ChasingActions
from tthc_desktop.ui.tracker.dashboard import DashboardView
from tthc_desktop.ui.tracker.evidence_dialog import EvidenceDialog
from tthc_desktop.ui.tracker.figures import FiguresView
from tthc_desktop.ui.tracker.print_view import TrackerPrinting
from tthc_desktop.ui.tracker.progress_dialog import ProgressDialog
from tthc_desktop.ui.tracker.timeline_page import TimelinePage
from tthc_desktop.ui.tracker.tracker_model import (
    ALL_UNITS,
    FIELDS,
    UNMATCHED,
    TaskIdRole,
    TrackerFilter,
    TrackerModel,
    status_text,
)
from tthc_desktop.ui.tracker.unit_match_dialog import UnitMatchDialog
from tthc_desktop.ui.tracker.units_page import UnitsPage
from tthc_desktop.ui.workspaces import Workspace

ALL = ""
OVERDUE_ONLY = "overdue"


class TaskTrackerWorkspace(Workspace):
    def __init__(self, services: Services, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today, settings: QSettings | None = None) -> None:
        self.services = services
        self.today = today
        self.hub = ChangesHub.of(services)
        self.settings = settings if settings is not None else QSettings()
        self.model = TrackerModel()
        self.filtered = TrackerFilter()
        self.filtered.setSourceModel(self.model)
        super().__init__(parent)
        self.model.setParent(self)
        self.filtered.setParent(self)
        self.watch(self.hub)

    def title(self) -> str:
        return self.tr("Task tracker")

    def purpose(self) -> str:
        return self.tr("Follow every task of the plan: what is due, late and done, with evidence and figures.")

    def content(self) -> QWidget:
        box = QWidget(self)
        self.search = QLineEdit(box)
        self.search.setClearButtonEnabled(True)
        self.status_box = QComboBox(box)
        self.unit_box = QComboBox(box)
        self.within_check = QCheckBox(box)
        self.within_days = QSpinBox(box)
        self.within_days.setRange(1, 365)
        self.within_days.setValue(DUE_SOON_DAYS)
        # Long unit names must not decide how narrow the window can be.
        for combo in (self.status_box, self.unit_box):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.search.setMinimumWidth(120)
        self.whole_year = QCheckBox(box)
        self.summary = QLabel(box)
        for signal in (self.search.textChanged, self.status_box.currentIndexChanged, self.unit_box.currentIndexChanged,
                       self.within_check.toggled, self.within_days.valueChanged):
            signal.connect(self.apply_filter)
        self.whole_year.toggled.connect(self.reload)
        # Two rows, so the window stays usable on a small screen.
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status_box)
        bar.addWidget(self.unit_box, 1)
        second = QHBoxLayout()
        second.addWidget(self.within_check)
        second.addWidget(self.within_days)
        second.addWidget(self.whole_year)
        second.addWidget(self.summary, 1)
        self.summary.setWordWrap(True)
        self.view = QTableView(box)
        self.view.setObjectName("trackerView")
        self.view.setModel(self.filtered)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(FIELDS.index("days"), Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(FIELDS.index("content"), QHeaderView.ResizeMode.Stretch)
        # Narrow enough that the task's own words keep the most room at 1200 px (the Content column stretches).
        for name, width in (("label", 44), ("lead", 170), ("schedule", 120), ("status", 135), ("next", 100),
                            ("days", 100)):
            self.view.setColumnWidth(FIELDS.index(name), width)
        self.view.doubleClicked.connect(lambda _index: self.record_progress())
        self.record_action = QAction(self)
        self.record_action.setShortcut(QKeySequence("Ctrl+R"))
        self.record_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.record_action.triggered.connect(lambda: self.record_progress())
        self.addAction(self.record_action)
        self.evidence_action = QAction(self)
        self.evidence_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.evidence_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.evidence_action.triggered.connect(lambda: self.show_evidence())
        self.addAction(self.evidence_action)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(lambda: self.export())
        self.addAction(self.export_action)
        self.match_units_action = QAction(self)
        self.match_units_action.triggered.connect(lambda: self.match_units())
        self.addAction(self.match_units_action)
        listing = QWidget(box)
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addLayout(bar)
        listing_layout.addLayout(second)
        listing_layout.addWidget(self.view, 1)
        self.dashboard = DashboardView(box)
        self.dashboard.setMinimumHeight(600)
        overview = QScrollArea(box)  # the overview scrolls rather than set the window's smallest size
        overview.setWidgetResizable(True)
        overview.setWidget(self.dashboard)
        self.pages = QTabWidget(box)
        self.pages.addTab(listing, "")
        # The year at a glance (issue 18): a view over the same filter proxy, so it shows what the list shows.
        self.timeline = TimelinePage(self.filtered, self.today, self.settings, box)
        self.timeline.task_chosen.connect(self._record_task)
        self.pages.addTab(self.timeline, "")
        self.pages.addTab(overview, "")
        self.figures = FiguresView(self.services.tracking, box, self.undo_stack, self.hub)
        self.figures.setMinimumSize(760, 520)
        self.figures_page = QScrollArea(box)  # like the overview: scrolls rather than widen the window
        self.figures_page.setWidgetResizable(True)
        self.figures_page.setWidget(self.figures)
        self.pages.addTab(self.figures_page, "")
        self.units_page = UnitsPage(self.services, self.today, box)  # what each unit owes (issue 18)
        self.units_page.slips_requested.connect(lambda units: self.chasing.open_slips(units))
        self.units_page.task_activated.connect(self._record_for)
        self.pages.addTab(self.units_page, "")
        self.chasing = ChasingActions(self, self.settings)
        self.printing = TrackerPrinting(self, self.settings)  # the list and the timeline to PDF
        self.timeline.set_print_action(self.printing.timeline_action)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        return box

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "view"):
            return
        self.search.setPlaceholderText(self.tr("Search (with or without diacritics)…"))
        self.within_check.setText(self.tr("Due within"))
        self.within_days.setSuffix(self.tr(" days"))
        self.whole_year.setText(self.tr("All plans of the year"))
        self.record_action.setText(self.tr("&Record progress…"))
        self.export_action.setText(self.tr("&Export to Excel…"))
        self.evidence_action.setText(self.tr("E&vidence and files…"))
        self.match_units_action.setText(self.tr("&Match unit names…"))
        for number, words in enumerate((self.tr("Tasks"), self.tr("Timeline"), self.tr("Overview"),
                                        self.tr("Figures"), self.tr("By unit"))):
            self.pages.setTabText(number, words)
        self.timeline.retranslate()
        self.printing.retranslate()
        self.units_page.retranslate()
        self.chasing.retranslate()
        self.figures.retranslate()
        self.dashboard.retranslate()
        current = self.status_box.currentData()
        self.status_box.blockSignals(True)
        self.status_box.clear()
        self.status_box.addItem(self.tr("All statuses"), ALL)
        for status in (TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED, TaskStatus.DONE,
                       TaskStatus.DONE_LATE):
            self.status_box.addItem(status_text(status), status.value)
        self.status_box.setCurrentIndex(max(self.status_box.findData(current), 0))
        self.status_box.blockSignals(False)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(FIELDS) - 1)
        self._fill_units([self.model.task(row) for row in range(self.model.rowCount())])  # "All units" too
        self._show_summary()

    # ---------------------------------------------------------------- data

    def set_plan(self, plan: PlanSummary | None) -> None:
        super().set_plan(plan)
        self.undo_stack.clear()
        self.reload()
        if plan is not None:
            self.figures.set_plan(plan.id, plan.year, self.services.tracking.judged_period(plan.id))
        else:
            self.figures.set_plan(None, 0)

    def apply_changes(self, changes: Changes) -> None:
        """Tasks, units and overview again when tasks, their progress or the units changed; the overview and
        the figures page alone when only figures or indicators did."""
        plan = self._plan
        if plan is None:
            return
        scope = None if self.whole_year.isChecked() else plan.id
        if changes.touches((Part.OUTLINE, Part.TRACKING, Part.ORGANIZATION, Part.SETTINGS, Part.PLANS), scope):
            self.reload()
            self.figures.load()
        elif changes.touches((Part.INDICATORS, Part.FIGURES), plan.id):
            self.dashboard.set_dashboard(self.services.tracking.dashboard(plan.id, tasks=self.model.tasks))
            self.figures.load()

    def reload(self) -> None:
        """The tasks judged again, with the overview and the units; the selected task stays selected."""
        plan = self._plan
        selected = self.current_task() if hasattr(self, "view") else None
        if plan is None:
            tasks: list[TrackedTask] = []
        elif self.whole_year.isChecked():
            tasks = self.services.tracking.tasks(year=plan.year, at=self.today())
        else:
            tasks = self.services.tracking.tasks(plan_id=plan.id, at=self.today())
        self.model.set_tasks(tasks)
        self.dashboard.set_dashboard(self.services.tracking.dashboard(plan.id, tasks=tasks) if plan is not None
                                     else None)
        self._fill_units(tasks)
        self.apply_filter()
        self.units_page.set_plan(plan)
        names = {p.id: p.subject for p in self.services.plans.list_plans()} if self.whole_year.isChecked() else {}
        self.timeline.set_plan(plan, names)
        if selected is not None:
            self.select_task(selected.task_id)

    def select_task(self, task_id: int) -> bool:
        for row in range(self.filtered.rowCount()):
            if self.filtered.index(row, 0).data(TaskIdRole) == task_id:
                self.view.selectRow(row)
                return True
        return False

    def _fill_units(self, tasks: list[TrackedTask]) -> None:
        """The commune's units that lead a task, by their names (not the plans' spellings), and the unmatched."""
        led = {unit for task in tasks for unit in task.lead_unit_ids if unit is not None}
        names = {u.id: u.name for u in self.services.organization.units()} if tasks else {}
        current = self.unit_box.currentData()
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("All units"), ALL_UNITS)
        for unit_id in sorted(led, key=lambda u: vnformat.sort_key(names.get(u, ""))):
            self.unit_box.addItem(names.get(unit_id, ""), unit_id)
        if any(not any(t.lead_unit_ids) for t in tasks):
            self.unit_box.addItem(self.tr("(not matched to a unit)"), UNMATCHED)
        self.unit_box.setCurrentIndex(max(self.unit_box.findData(current), 0))
        self.unit_box.blockSignals(False)

    def apply_filter(self) -> None:
        status = self.status_box.currentData()
        self.filtered.set_filter(
            unit=self.unit_box.currentData() or ALL_UNITS,
            statuses={TaskStatus(status)} if status else set(),
            within_days=self.within_days.value() if self.within_check.isChecked() else None,
            search=self.search.text())
        self._show_summary()

    def show_falling_due(self, days: int, whole_year: bool = False) -> None:
        """The list of what fell due or falls due within `days` (a reminder clicked), the other filters cleared."""
        self.pages.setCurrentIndex(0)
        for widget in (self.status_box, self.unit_box, self.search, self.within_check, self.within_days):
            widget.blockSignals(True)
        self.status_box.setCurrentIndex(0)
        self.unit_box.setCurrentIndex(0)
        self.search.clear()
        self.within_days.setValue(days)
        self.within_check.setChecked(True)
        for widget in (self.status_box, self.unit_box, self.search, self.within_check, self.within_days):
            widget.blockSignals(False)
        if self.whole_year.isChecked() != whole_year:
            self.whole_year.setChecked(whole_year)  # reads the tasks again
        self.apply_filter()

    def _show_summary(self) -> None:
        if not hasattr(self, "summary"):
            return
        tasks = [self.model.task(row) for row in range(self.model.rowCount())]
        counts = {status: sum(t.status is status for t in tasks) for status in TaskStatus}
        self.summary.setText(self.tr("{shown} of %n task(s) · {overdue} overdue · {done} done", "", len(tasks)).format(
            shown=self.filtered.rowCount(), overdue=counts[TaskStatus.OVERDUE],
            done=counts[TaskStatus.DONE] + counts[TaskStatus.DONE_LATE]))

    def show_figure(self, indicator_id: int, period: str, field: str) -> QLineEdit | None:
        """The Figures page at an indicator's figure of a period (the plan editor's checks lead here)."""
        self.pages.setCurrentWidget(self.figures_page)  # by what it holds: the Timeline tab comes before it
        return self.figures.show_figure(indicator_id, period, field)

    def period_key(self) -> str:
        """The period the indicators sheet shows: the one the dashboard judges on."""
        assert self._plan is not None
        return self.services.tracking.judged_period(self._plan.id)

    def export(self, path: Path | None = None) -> BackgroundTask | None:
        plan = self._plan
        if plan is None:
            return None
        if path is None:
            path = saving.ask_save_path(self, self.tr("Export to Excel"),
                                        filenames.document_name("tracker", None, plan.year, "xlsx"),
                                        self.tr("Excel workbooks (*.xlsx)"), "xlsx")
            if path is None:
                return None
        tracking, key, today = self.services.tracking, self.period_key(), self.today
        task = BackgroundTask(self, self.tr("Writing {name}…").format(name=path.name),
                              lambda: export_tracker(tracking, plan.id, key, path, today=today))
        task.done.connect(lambda written: saving.announce_saved(self, written))
        task.failed.connect(lambda error: report_error(self, error))
        return task

    def match_units(self) -> UnitMatchDialog:
        """The unit names of the plans that match none of the commune's units, to match once."""
        dialog = UnitMatchDialog(self.services, self)  # what it matches comes back through the hub
        dialog.open()
        return dialog

    def current_task(self) -> TrackedTask | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        source = self.filtered.mapToSource(index)
        return self.model.task(source.row())

    def record_progress(self) -> ProgressDialog | None:
        task = self.current_task()
        if task is None:
            return None
        dialog = ProgressDialog(self.services.tracking, task, self.today(), self, self.undo_stack, self.hub)
        dialog.open()
        return dialog

    def current_plan(self) -> PlanSummary | None:
        return self._plan

    def _record_for(self, task: TrackedTask) -> ProgressDialog:
        """A task chosen on the By unit page or the timeline: its progress as on the list, a command on this
        workspace's undo stack (Ctrl+Z takes it back); every page follows through the hub."""
        dialog = ProgressDialog(self.services.tracking, task, self.today(), self, self.undo_stack, self.hub)
        dialog.open()
        return dialog

    def _record_task(self, task_id: int) -> ProgressDialog | None:
        """A task chosen on the timeline: its progress, as on the list."""
        task = next((t for t in (self.model.task(r) for r in range(self.model.rowCount())) if t.task_id == task_id),
                    None)
        return self._record_for(task) if task is not None else None

    def show_evidence(self) -> EvidenceDialog | None:
        task = self.current_task()
        if task is None:
            return None
        dialog = EvidenceDialog(self.services.tracking, task, self)
        dialog.open()
        return dialog


__all__ = ["TaskTrackerWorkspace"]
