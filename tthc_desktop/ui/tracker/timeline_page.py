"""The Task tracker's "Timeline" page: the zoom (month, quarter, year; Ctrl+wheel on the bars), a button back to
today, the paper to print on, the timeline itself over the list's filter proxy, and what its colours mean."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.timeline import SHADES, ZOOMS
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.ui.tracker.timeline_model import SHADE_COLOURS, TimelineModel
from tthc_desktop.ui.tracker.timeline_view import TODAY_COLOUR, TimelineView, tick_colour

PAPERS = ("A4", "A3")


def swatch(colour: QColor, width: int = 16, height: int = 10, border: QColor | None = None) -> QPixmap:
    pixmap = QPixmap(width, height)
    pixmap.fill(border or colour.darker(170))
    if border is None:
        inner = QPixmap(width - 2, height - 2)
        inner.fill(colour)
        painter = QPainter(pixmap)
        painter.drawPixmap(1, 1, inner)
        painter.end()
    return pixmap


class TimelinePage(QWidget):
    task_chosen = Signal(int)  # a task's id, to record its progress

    def __init__(self, proxy: QSortFilterProxyModel, today: Callable[[], date], settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePage")
        self.today, self.settings = today, settings
        self.model = TimelineModel(proxy, self)
        self.view = TimelineView(today(), self)
        self.view.setModel(self.model)
        self.view.task_chosen.connect(self.task_chosen)
        self.zoom_label = QLabel(self)
        self.zoom_buttons = QButtonGroup(self)
        bar = QHBoxLayout()
        bar.addWidget(self.zoom_label)
        self.zoom_button: dict[str, QToolButton] = {}
        for zoom in ZOOMS:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(False)
            self.zoom_buttons.addButton(button)
            self.zoom_button[zoom] = button
            button.clicked.connect(lambda _checked=False, z=zoom: self.view.set_zoom(z))
            bar.addWidget(button)
        self.today_button = QToolButton(self)
        self.today_button.clicked.connect(lambda: self.view.show_day(self.today()))
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        self.paper_label = QLabel(self)
        self.paper_box = QComboBox(self)
        for paper in PAPERS:
            self.paper_box.addItem("", paper)
        self.paper_label.setBuddy(self.paper_box)
        self.paper_box.setCurrentIndex(max(self.paper_box.findData(self.settings.value("tracker/timeline_paper",
                                                                                       "A4")), 0))
        self.paper_box.currentIndexChanged.connect(
            lambda: self.settings.setValue("tracker/timeline_paper", self.paper()))
        self.print_button = QToolButton(self)
        bar.addWidget(self.paper_label)
        bar.addWidget(self.paper_box)
        bar.addWidget(self.print_button)
        self.legend = QHBoxLayout()
        self.legend_labels: dict[str, QLabel] = {}
        for key in (*SHADES, "check_point", "today"):
            icon, words = QLabel(self), QLabel(self)
            if key == "check_point":
                icon.setPixmap(swatch(tick_colour(TaskStatus.DONE), 3, 12, tick_colour(TaskStatus.DONE)))
            elif key == "today":
                icon.setPixmap(swatch(TODAY_COLOUR, 2, 12, TODAY_COLOUR))
            else:
                icon.setPixmap(swatch(SHADE_COLOURS[key]))
            self.legend.addWidget(icon)
            self.legend.addWidget(words)
            self.legend.addSpacing(10)
            self.legend_labels[key] = words
        self.legend.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.legend)
        self.view.zoom_changed.connect(self._zoom_changed)
        zoom = str(self.settings.value("tracker/timeline_zoom", "year"))
        self.view.set_zoom(zoom if zoom in ZOOMS else "year")
        self.zoom_button[self.view.zoom].setChecked(True)
        self.retranslate()

    def set_print_action(self, action: QAction) -> None:
        self.print_button.setDefaultAction(action)

    def paper(self) -> str:
        return str(self.paper_box.currentData())

    def set_plan(self, plan: PlanSummary | None, plan_names: dict[int, str] | None = None) -> None:
        """The plan's year drawn, today's line where today is; the rows follow the list by themselves."""
        year = plan.year if plan is not None else self.today().year
        self.view.today = self.today()
        self.model.set_year(year, plan_names)
        self.view.set_year(year)
        if self.view.zoom != "year":
            self.view.show_day(self.view.today if self.view.today.year == year else date(year, 1, 1))

    def refresh(self) -> None:
        """What the list shows, now (it follows by itself on the next turn of the event loop)."""
        self.view.today = self.today()
        self.model.refresh()

    def _zoom_changed(self, zoom: str) -> None:
        self.zoom_button[zoom].setChecked(True)
        self.settings.setValue("tracker/timeline_zoom", zoom)

    def retranslate(self) -> None:
        self.zoom_label.setText(self.tr("Show:"))
        for zoom, words in zip(ZOOMS, (self.tr("&Month"), self.tr("&Quarter"), self.tr("&Year")), strict=True):
            self.zoom_button[zoom].setText(words)
        self.zoom_buttons.buttons()[0].setToolTip(self.tr("Ctrl+wheel on the bars zooms in and out"))
        self.today_button.setText(self.tr("T&oday"))
        self.paper_label.setText(self.tr("&Paper:"))
        for index, words in enumerate((self.tr("A4 landscape"), self.tr("A3 landscape"))):
            self.paper_box.setItemText(index, words)
        for key, words in (("overdue", self.tr("Overdue")), ("due_soon", self.tr("Due soon")),
                           ("done", self.tr("Done")), ("in_progress", self.tr("In progress")),
                           ("not_started", self.tr("Not started")),
                           ("check_point", self.tr("Check-point (thin: a reporting month)")),
                           ("today", self.tr("Today"))):
            self.legend_labels[key].setText(words)
        self.view.viewport().update()
