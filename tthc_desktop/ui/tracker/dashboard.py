"""The tracker's overview: counts by status, what falls due soon, what is overdue, indicators as a chart."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QListView, QVBoxLayout, QWidget

from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.status import DUE_SOON_DAYS
from tthc_desktop.domain.tracking import Attainment
from tthc_desktop.services.tracking_dto import Dashboard, TrackedTask
from tthc_desktop.ui.tracker.tracker_model import days_text, status_text

STATUSES = (TaskStatus.OVERDUE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED, TaskStatus.DONE, TaskStatus.DONE_LATE)


def task_line(task: TrackedTask) -> str:
    when = vnformat.short_date(task.next_checkpoint) if task.next_checkpoint else ""
    return f"{task.label or ''} · {task.content[:90]} · {when} ({days_text(task)})"


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
        layout = QVBoxLayout(self)
        layout.addLayout(counts)
        layout.addLayout(lists, 1)
        layout.addWidget(self.attainment_label)
        layout.addWidget(self.chart_view, 2)
        self.dashboard: Dashboard | None = None

    def set_dashboard(self, dashboard: Dashboard | None) -> None:
        self.dashboard = dashboard
        self.retranslate()

    def retranslate(self) -> None:
        d = self.dashboard
        self.due_box.setTitle(self.tr("Due within {days} days").format(days=DUE_SOON_DAYS))
        self.overdue_box.setTitle(self.tr("Overdue"))
        for status, label in self.count_labels.items():
            label.setText(f"{status_text(status)}\n{d.counts.get(status, 0) if d else 0}")
        self.due_soon.setStringList([task_line(t) for t in d.due_soon] if d else [])
        self.overdue.setStringList([task_line(t) for t in d.overdue] if d else [])
        if d is None:
            self.attainment_label.setText("")
            self.chart.removeAllSeries()
            return
        self.attainment_label.setText(self.tr(
            "Indicators at {period} (year to date, else the period's figure): {met} met, {not_met} not met, "
            "{none} without figures").format(
            period=d.period_key, met=d.attainment_counts.get(Attainment.MET, 0),
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
        categories.append([self.tr("Indicator {label}").format(label=r.label or "") for r in percent])
        values = QValueAxis()
        values.setRange(0, 100)
        values.setLabelFormat("%d%%")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(self.tr("Indicators (%): target and figure reached"))
