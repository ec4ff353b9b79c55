"""The Task tracker's "Timeline" page: the zoom (month, quarter, year; Ctrl+wheel on the bars), a button back to
today, the paper to print on, the timeline itself over the list's filter proxy, and what its colours mean."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
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


class TimelinePage(QWidget):
    task_chosen = Signal(int)  # a task's id, to record its progress

    def __init__(self, proxy: QSortFilterProxyModel, today: Callable[[], date], settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePage")
        self.today, self.settings = today, settings
        self.model = TimelineModel(proxy, self)
        self.model.set_live(False)  # until the page is shown
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
        self.paper_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.paper_box.setMinimumContentsLength(6)
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
        self.legend = QLabel(self)  # one wrapped line: the page never sets how narrow the window may be
        self.legend.setObjectName("timelineLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)
        self.view.zoom_changed.connect(self._zoom_changed)
        zoom = str(self.settings.value("tracker/timeline_zoom", "year"))
        self.view.set_zoom(zoom if zoom in ZOOMS else "year")
        self.zoom_button[self.view.zoom].setChecked(True)
        self.retranslate()

    def set_print_action(self, action: QAction) -> None:
        self.print_button.clicked.connect(action.trigger)
        self.print_action = action
        action.changed.connect(self._print_tip)  # its words in the new language, whichever is retranslated first
        self._print_tip()

    def _print_tip(self) -> None:
        action = getattr(self, "print_action", None)
        if action is not None:
            self.print_button.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")

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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.model.set_live(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.model.set_live(False)
        super().hideEvent(event)

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
        self.print_button.setText(self.tr("&Print…"))
        self._print_tip()
        words = {"overdue": self.tr("Overdue"), "due_soon": self.tr("Due soon"), "done": self.tr("Done"),
                 "in_progress": self.tr("In progress"), "not_started": self.tr("Not started")}
        items = [f'<span style="background-color:{SHADE_COLOURS[shade].name()}">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;'
                 f"{html.escape(words[shade])}" for shade in SHADES]
        items.append(f'<b style="color:{tick_colour(TaskStatus.DONE).name()}">|</b>&nbsp;'
                     + html.escape(self.tr("Check-point (thin: a reporting month)")))
        items.append(f'<b style="color:{TODAY_COLOUR.name()}">|</b>&nbsp;' + html.escape(self.tr("Today")))
        self.legend.setText(" &nbsp; ".join(items))
        self.view.viewport().update()
