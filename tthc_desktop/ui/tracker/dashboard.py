"""The tracker's overview: counts by status, what falls due soon, what is overdue, indicators as a chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.status import DUE_SOON_DAYS
from tthc_desktop.domain.tracking import Attainment
from tthc_desktop.services.tracking_dto import Dashboard, TrackedTask, UnitTally
from tthc_desktop.ui.period_text import period_text
from tthc_desktop.ui.tracker.tracker_model import days_text, status_text

STATUSES = (TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED, TaskStatus.DONE, TaskStatus.DONE_LATE)


CHART_CHROME = 150  # title, value axis and legend
BAR_ROW = 30  # pixels for one indicator's two bars and its label
BAR_LABEL = 34  # characters of an indicator's name beside its bars


def bar_label(label: str | None, name: str) -> str:
    """ "3. Tỷ lệ cung cấp dịch vụ công trực…": the indicator by its number and the start of its name."""
    words = name if len(name) <= BAR_LABEL else name[:BAR_LABEL - 1].rstrip(" ,;") + "\u2026"
    return f"{label}. {words}" if label else words


def task_line(task: TrackedTask) -> str:
    """ "8 · Thực hiện đánh giá … · 30/9/2026 (trễ 66 ngày)": a long task ends in "…" (its whole text: tooltip)."""
    when = vnformat.short_date(task.next_checkpoint) if task.next_checkpoint else ""
    content = task.content if len(task.content) <= 90 else task.content[:89].rstrip() + "\u2026"
    return f"{task.label or ''} · {content} · {when} ({days_text(task)})"


class UnitTallyModel(QAbstractTableModel):
    """The plan's tasks by lead unit (the commune's units, not the plans' spellings): total and by status."""

    STATUSES = (TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tallies: list[UnitTally] = []

    def set_tallies(self, tallies: tuple[UnitTally, ...]) -> None:
        self.beginResetModel()
        self.tallies = list(tallies)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.tallies)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Lead unit")
        if section == 1:
            return self.tr("Tasks")
        if section == 5:
            return self.tr("Done")
        return status_text(self.STATUSES[section - 2])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.tallies):
            return None
        tally, column = self.tallies[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return tally.name if tally.unit_id is not None else self.tr("(not matched to a unit)")
        if column == 1:
            return str(tally.total)
        if column == 5:
            return str(tally.counts[TaskStatus.DONE] + tally.counts[TaskStatus.DONE_LATE])
        return str(tally.counts[self.STATUSES[column - 2]])


class DashboardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_labels = {status: QLabel(self) for status in STATUSES}
        self.attainment_label = QLabel(self)
        counts = QGridLayout()
        for column, status in enumerate(STATUSES):
            label = self.count_labels[status]
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)  # five counts side by side must not widen the window
            label.setStyleSheet("QLabel { font-size: 13pt; padding: 6px; border: 1px solid #bbb; }")
            counts.addWidget(label, 0, column)
        self.due_soon = QStringListModel(self)
        self.overdue = QStringListModel(self)
        self.due_box, self.overdue_box = QGroupBox(self), QGroupBox(self)
        for box, model in ((self.due_box, self.due_soon), (self.overdue_box, self.overdue)):
            view = QListView(box)
            view.setModel(model)
            view.setWordWrap(True)
            QVBoxLayout(box).addWidget(view)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(140)
        lists = QGridLayout()
        lists.addWidget(self.due_box, 0, 0)
        lists.addWidget(self.overdue_box, 0, 1)
        self.units = UnitTallyModel(self)
        self.unit_box = QGroupBox(self)
        self.unit_view = QTableView(self.unit_box)
        self.unit_view.setObjectName("unitTallyView")
        self.unit_view.setModel(self.units)
        self.unit_view.verticalHeader().hide()
        self.unit_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.unit_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.unit_view.setMinimumHeight(120)
        QVBoxLayout(self.unit_box).addWidget(self.unit_view)
        layout = QVBoxLayout(self)
        layout.addLayout(counts)
        layout.addLayout(lists, 1)
        layout.addWidget(self.unit_box)
        layout.addWidget(self.attainment_label)
        layout.addWidget(self.chart_view, 2)
        self.dashboard: Dashboard | None = None

    def set_dashboard(self, dashboard: Dashboard | None) -> None:
        self.dashboard = dashboard
        self.retranslate()

    def retranslate(self) -> None:
        d = self.dashboard
        self.due_box.setTitle(self.tr("Due within %n day(s)", "", DUE_SOON_DAYS))
        self.overdue_box.setTitle(self.tr("Overdue"))
        for status, label in self.count_labels.items():
            label.setText(f"{status_text(status)}\n{d.counts.get(status, 0) if d else 0}")
        self.due_soon.setStringList([task_line(t) for t in d.due_soon] if d else [])
        self.overdue.setStringList([task_line(t) for t in d.overdue] if d else [])
        self.unit_box.setTitle(self.tr("By lead unit"))
        self.units.set_tallies(d.by_unit if d else ())
        self.units.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if d is None:
            self.attainment_label.setText("")
            self.chart.removeAllSeries()
            return
        self.attainment_label.setText(self.tr(
            "Indicators at {period} (year to date, else the period's figure): {met} met, {not_met} not met, "
            "{none} without figures").format(
            period=period_text(d.period_key), met=d.attainment_counts.get(Attainment.MET, 0),
            not_met=d.attainment_counts.get(Attainment.NOT_MET, 0),
            none=d.attainment_counts.get(Attainment.NO_FIGURE, 0)))
        self._draw_chart(d)

    def _draw_chart(self, d: Dashboard) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        percent = [r for r in d.indicators if (r.unit or "").strip() == "%"]
        targets, reached = QBarSet(self.tr("Target")), QBarSet(self.tr("Reached"))
        for result in percent:
            targets.append(result.target or 0)
            reached.append(result.standing.value or 0)
        series = QHorizontalBarSeries()
        series.append(targets)
        series.append(reached)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([bar_label(r.label, r.name) for r in percent])
        # A bar pair a line of text high: the chart grows with the indicators (the overview scrolls) rather than
        # squeeze ten of them into the height of three, where every label is "…".
        self.chart_view.setMinimumHeight(CHART_CHROME + BAR_ROW * max(1, len(percent)))
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d%%")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(self.tr("Indicators (%): target and figure reached"))
