"""Printing what the Task tracker shows, to PDF: the list as filtered and sorted (Tracking > Print the task list…,
Ctrl+Shift+P) and the timeline (Tracking > Print the timeline…, Ctrl+Shift+T). What is printed is read from the
views on the GUI thread (a few milliseconds); the PDF is made and written off it (ui/background.py), with the
heading naming the plan, the filters, the sort and the date, and "Trang n/N" on every page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QBrush, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

from tthc_desktop.documents.sheets import Heading
from tthc_desktop.documents.table_pdf import SheetTable, render_table
from tthc_desktop.documents.timeline_pdf import TimelineWords, render_timeline
from tthc_desktop.domain import filenames, vnformat
from tthc_desktop.domain.timeline import SHADES
from tthc_desktop.files import write_atomic
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.ui import saving
from tthc_desktop.ui.background import BackgroundTask
from tthc_desktop.ui.messages import report_error
from tthc_desktop.ui.tracker.timeline_model import SHADE_COLOURS
from tthc_desktop.ui.tracker.timeline_page import TimelinePage
from tthc_desktop.ui.tracker.tracker_model import TrackerFilter, TrackerModel


class Tracker(Protocol):
    """What printing reads of the Task tracker workspace (a QWidget): its views and its filters as set."""

    view: QTableView
    filtered: TrackerFilter
    model: TrackerModel
    timeline: TimelinePage
    whole_year: QCheckBox
    status_box: QComboBox
    unit_box: QComboBox
    within_check: QCheckBox
    within_days: QSpinBox
    search: QLineEdit
    today: Callable[[], date]

    def current_plan(self) -> PlanSummary | None: ...


def list_table(workspace: Tracker) -> SheetTable:
    """The list's columns in the order and widths they are shown, its rows in the order they are shown."""
    view, proxy = workspace.view, workspace.filtered
    header = view.horizontalHeader()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    columns = [c for c in columns if not header.isSectionHidden(c)]
    rows, fills = [], []
    for row in range(proxy.rowCount()):
        rows.append(tuple(str(proxy.index(row, c).data() or "") for c in columns))
        brush = proxy.index(row, columns[0]).data(Qt.ItemDataRole.BackgroundRole)
        fills.append(brush.color().name() if isinstance(brush, QBrush) else None)
    widths = [float(max(header.sectionSize(c), 30)) for c in columns]
    fixed = sum(w for c, w in zip(columns, widths, strict=True)
                if header.sectionResizeMode(c) != QHeaderView.ResizeMode.Stretch)
    for n, c in enumerate(columns):  # the column that takes the room left on screen takes it on paper too
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch:
            widths[n] = max(widths[n], fixed)
    return SheetTable(tuple(str(proxy.headerData(c, Qt.Orientation.Horizontal)) for c in columns), tuple(rows),
                      tuple(widths), tuple(fills))


class TrackerPrinting(QObject):
    """The tracker's two print actions, what their pages say at the top, and the saving."""

    def __init__(self, workspace: QWidget, settings: QSettings) -> None:
        super().__init__(workspace)
        self.widget = workspace
        self.workspace: Tracker = workspace  # type: ignore[assignment]
        self.settings = settings
        self.list_action = QAction(workspace)
        self.list_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.list_action.triggered.connect(lambda: self.print_list())
        self.timeline_action = QAction(workspace)
        self.timeline_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.timeline_action.triggered.connect(lambda: self.print_timeline())
        for action in (self.list_action, self.timeline_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            workspace.addAction(action)
        self.task: BackgroundTask | None = None
        self.saved: Path | None = None

    def retranslate(self) -> None:
        self.list_action.setText(self.tr("&Print the task list as shown (PDF)…"))
        self.timeline_action.setText(self.tr("Print the &timeline (PDF)…"))

    # ---------------------------------------------------------------- what the pages say

    def filters(self) -> str:
        w = self.workspace
        said = []
        if w.whole_year.isChecked():
            said.append(self.tr("all plans of the year"))
        if w.status_box.currentData():
            said.append(self.tr("status: {status}").format(status=w.status_box.currentText()))
        if w.unit_box.currentIndex() > 0:
            said.append(self.tr("lead unit: {unit}").format(unit=w.unit_box.currentText()))
        if w.within_check.isChecked():
            said.append(self.tr("overdue or due within %n day(s)", "", w.within_days.value()))
        if w.search.text().strip():
            said.append(self.tr("search: “{words}”").format(words=w.search.text().strip()))
        shown = self.tr("{shown} of %n task(s)", "", w.model.rowCount()).format(shown=w.filtered.rowCount())
        if not said:
            return self.tr("Filters: none ({shown})").format(shown=shown)
        return self.tr("Filters: {filters} ({shown})").format(filters="; ".join(said), shown=shown)

    def sort(self) -> str:
        header = self.workspace.view.horizontalHeader()
        column = header.sortIndicatorSection()
        if not self.workspace.view.isSortingEnabled() or column < 0:
            return self.tr("Order: as in the plan")
        name = str(self.workspace.filtered.headerData(column, Qt.Orientation.Horizontal))
        if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
            return self.tr("Sorted by “{column}”, ascending").format(column=name)
        return self.tr("Sorted by “{column}”, descending").format(column=name)

    def printed_on(self) -> str:
        return self.tr("Printed on {date}").format(date=vnformat.short_date(self.workspace.today()))

    def plan_words(self) -> str:
        plan = self.workspace.current_plan()
        if plan is None:
            return ""
        return f"{plan.subject} ({plan.number_text})" if plan.number_text else plan.subject

    def list_heading(self) -> Heading:
        return Heading(self.tr("Task tracking — {plan}").format(plan=self.plan_words()),
                       (self.filters(), self.sort(), self.printed_on()), self.tr("Page {page}/{pages}"))

    def timeline_heading(self) -> Heading:
        plan = self.workspace.current_plan()
        year = plan.year if plan is not None else self.workspace.today().year
        return Heading(self.tr("The year {year} at a glance — {plan}").format(year=year, plan=self.plan_words()),
                       (self.filters() + " · " + self.printed_on(),), self.tr("Page {page}/{pages}"))

    def timeline_words(self) -> TimelineWords:
        legend = {"overdue": self.tr("Overdue"), "due_soon": self.tr("Due soon"), "done": self.tr("Done"),
                  "in_progress": self.tr("In progress"), "not_started": self.tr("Not started")}
        return TimelineWords(
            names=self.tr("Tasks"), months=tuple(self.tr("Month {number}").format(number=m) for m in range(1, 13)),
            quarter=self.tr("Quarter {number} / {year}"), no_dates=self.tr("no dates: {schedule}"),
            today=self.tr("Today"), check_point=self.tr("check-point (thin: a reporting month)"), legend=legend,
            part={"quarter": self.tr("{first} to {last}"), "month": self.tr("{first} to {last}")})

    # ---------------------------------------------------------------- saving

    def suggested_name(self, what: str) -> str:
        """The file name the Save dialog proposes, in words (domain.filenames): "Theo doi nhiem vu nam 2025.pdf",
        "Tien do nhiem vu nam 2025 kho A3.pdf"."""
        plan = self.workspace.current_plan()
        year = plan.year if plan is not None else self.workspace.today().year
        if what == "timeline":
            return filenames.timeline_name(year, self.workspace.timeline.paper())
        return filenames.document_name("tracker", None, year, "pdf")

    def ask_path(self, what: str) -> Path | None:
        """The Save dialog, as every Save of the app (ui/saving.py: the last folder or Documents)."""
        return saving.ask_save_path(self.widget, self.tr("Save as PDF"), self.suggested_name(what),
                                    self.tr("PDF files (*.pdf)"), "pdf", self.settings)

    def print_list(self, path: Path | None = None) -> BackgroundTask | None:
        plan = self.workspace.current_plan()
        if plan is None:
            return None
        path = path or self.ask_path("list")
        if path is None:
            return None
        heading, table = self.list_heading(), list_table(self.workspace)
        return self._save(path, lambda: render_table(heading, table, "A4"))

    def print_timeline(self, path: Path | None = None) -> BackgroundTask | None:
        plan = self.workspace.current_plan()
        page = self.workspace.timeline
        if plan is None:
            return None
        page.model.refresh()  # a filter changed this very turn: print what the list shows now
        path = path or self.ask_path("timeline")
        if path is None:
            return None
        heading, rows, words = self.timeline_heading(), page.model.rows(), self.timeline_words()
        year, today, zoom, paper = plan.year, self.workspace.today(), page.view.zoom, page.paper()
        shades = {shade: SHADE_COLOURS[shade].name() for shade in SHADES}
        return self._save(path, lambda: render_timeline(heading, rows, year, today, zoom, paper, shades, words))

    def _save(self, path: Path, render: Callable[[], bytes]) -> BackgroundTask:
        self.task = BackgroundTask(self.widget, self.tr("Writing {name}…").format(name=path.name),
                                   lambda: write_atomic(path, render()))
        self.task.done.connect(self._saved)
        self.task.failed.connect(lambda error: report_error(self.widget, error))
        return self.task

    def _saved(self, path: Path) -> None:
        self.saved = path
        saving.announce_saved(self.widget, path)  # the file and its folder named, with "Open the folder"
