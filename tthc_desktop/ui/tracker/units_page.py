"""The tracker's "By unit" page: for one of the commune's units or all of them, what is late, due within N days and
done this period, with the unit's own figures (services.chasing: the one judgement, the commune's unit names)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain import vnformat
from tthc_desktop.domain.status import DUE_SOON_DAYS
from tthc_desktop.errors import TthcError
from tthc_desktop.services.chasing_dto import ALL_UNITS, UNMATCHED, Dues, Owed, UnitDues
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.services.registry import Services
from tthc_desktop.services.tracking_dto import TrackedTask
from tthc_desktop.ui.messages import report_error

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SECTIONS = ("late", "due", "done", "silent")
COLUMNS = 3  # what (unit, section, task), deadline, state
TaskRole = Qt.ItemDataRole.UserRole + 1  # a task row's TrackedTask
UnitIdRole = Qt.ItemDataRole.UserRole + 2  # a unit row's id (None: the unmatched)
LATE_COLOUR = QColor("#b3261e")


@dataclass
class _Node:
    parent: int  # the parent node's number, -1 for top-level rows
    row: int
    unit: UnitDues
    section: str | None = None
    owed: Owed | None = None
    children: list[int] | None = None


class UnitDuesModel(QAbstractItemModel):
    """Units, then their lists (late, due, done this period, ongoing without progress), then the tasks."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.dues: Dues | None = None
        self._nodes: list[_Node] = []
        self._top: list[int] = []

    def set_dues(self, dues: Dues | None) -> None:
        self.beginResetModel()
        self.dues = dues
        self._nodes, self._top = [], []
        for row, unit in enumerate(dues.units if dues else ()):
            number = self._add(_Node(-1, row, unit, children=[]))
            self._top.append(number)
            for section in (s for s in SECTIONS if getattr(unit, s)):
                owner = self._nodes[number].children
                assert owner is not None
                child = self._add(_Node(number, len(owner), unit, section, children=[]))
                owner.append(child)
                tasks = self._nodes[child].children
                assert tasks is not None
                for owed in getattr(unit, section):
                    tasks.append(self._add(_Node(child, len(tasks), unit, section, owed)))
        self.endResetModel()

    def _add(self, node: _Node) -> int:
        self._nodes.append(node)
        return len(self._nodes) - 1

    def _node(self, index: Index) -> _Node | None:
        return self._nodes[index.internalId()] if index.isValid() else None

    # ---------------------------------------------------------------- structure

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        owner = self._node(parent)
        children = self._top if owner is None else owner.children or []
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[node.parent].row, 0, node.parent)

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        owner = self._node(parent)
        return len(self._top) if owner is None else len(owner.children or [])

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Unit, list, task"), self.tr("Deadline"), self.tr("State")][section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # ---------------------------------------------------------------- data

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, column)
        if role == Qt.ItemDataRole.ToolTipRole and node.owed is not None and column == 0:
            return node.owed.task.content
        if role == Qt.ItemDataRole.ToolTipRole and node.section is None:
            return node.unit.email or self.tr("No e-mail address: add one in Settings > Units.")
        if role == Qt.ItemDataRole.FontRole and node.owed is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and node.section == "late" and column == 2:
            return QBrush(LATE_COLOUR)
        if role == TaskRole and node.owed is not None:
            return node.owed.task
        if role == UnitIdRole and node.section is None:
            return node.unit.unit_id
        return None

    def _text(self, node: _Node, column: int) -> str:
        if node.owed is not None:
            return [self._task_text(node.owed), self._deadlines(node), self._state(node)][column]
        if node.section is not None:
            count = len(getattr(node.unit, node.section))
            return self._section_title(node.section) + f" ({count})" if column == 0 else ""
        unit = node.unit
        if column != 0:
            return ""
        name = unit.name or self.tr("(not matched to a unit)")
        name = f"{name} ({unit.abbreviation})" if unit.abbreviation else name
        return name + " — " + self.tr("leads %n task(s) · {late} late · {due} due · {done} done this period", "",
                                     unit.total).format(late=len(unit.late), due=len(unit.due), done=len(unit.done))

    def _section_title(self, section: str) -> str:
        within = self.dues.within if self.dues else DUE_SOON_DAYS
        return {"late": self.tr("Late"), "due": self.tr("Due within %n day(s)", "", within),
                "done": self.tr("Done this period"), "silent": self.tr("Ongoing, no progress reported")}[section]

    @staticmethod
    def _task_text(owed: Owed) -> str:
        task = owed.task
        place = ".".join(p for p in (*task.group_labels, task.label or "") if p)
        return f"{place}  {' '.join(task.content.split())}"

    @staticmethod
    def _deadlines(node: _Node) -> str:
        owed = node.owed
        assert owed is not None
        if node.section == "silent":
            return owed.task.schedule_text or ""
        return ", ".join(vnformat.short_date(d) for d in owed.deadlines)

    def _state(self, node: _Node) -> str:
        owed = node.owed
        assert owed is not None
        if node.section == "late":
            return self.tr("%n day(s) late", "", owed.days) if owed.days is not None else self.tr("Late")
        if node.section == "due":
            return self.tr("due today") if owed.days == 0 else self.tr("%n day(s) left", "", owed.days)
        if node.section == "done":
            when = vnformat.short_date(owed.done_on) if owed.done_on else ""
            return self.tr("done late on {date}").format(date=when) if owed.late else self.tr(
                "done on {date}").format(date=when)
        return self.tr("no progress in %n month(s)", "", len(owed.deadlines))

    def task(self, index: Index) -> TrackedTask | None:
        node = self._node(index)
        return node.owed.task if node is not None and node.owed is not None else None


class UnitsPage(QWidget):
    """Choose a unit (or all), how many days ahead and the period; double-click a task to record its progress."""

    slips_requested = Signal(object)  # the unit ids chosen (None: every unit that owes something)
    task_activated = Signal(object)  # a TrackedTask

    def __init__(self, services: Services, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.today = services, today
        self.plan: PlanSummary | None = None
        self._stale = False
        self.model = UnitDuesModel(self)
        self.unit_box = QComboBox(self)
        self.unit_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_box.setMinimumContentsLength(10)
        self.within = QSpinBox(self)
        self.within.setRange(0, 366)
        self.within.setValue(DUE_SOON_DAYS)
        self.period_box = QComboBox(self)
        self.within_label, self.period_label = QLabel(self), QLabel(self)
        self.within_label.setBuddy(self.within)
        self.period_label.setBuddy(self.period_box)
        self.slips_button = QPushButton(self)
        self.slips_button.clicked.connect(lambda: self.slips_requested.emit(self.chosen_units()))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.view = QTreeView(self)
        self.view.setObjectName("unitsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(1, 130)
        self.view.setColumnWidth(2, 300)
        self.view.doubleClicked.connect(self._activated)
        for signal in (self.unit_box.currentIndexChanged, self.within.valueChanged,
                       self.period_box.currentIndexChanged):
            signal.connect(self.reload)
        bar = QHBoxLayout()  # two rows, so the window stays usable on a small screen
        bar.addWidget(self.unit_box, 1)
        bar.addWidget(self.slips_button)
        second = QHBoxLayout()
        second.addWidget(self.within_label)
        second.addWidget(self.within)
        second.addWidget(self.period_label)
        second.addWidget(self.period_box)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.within_label.setText(self.tr("Due &within"))
        self.within.setSuffix(self.tr(" days"))
        self.period_label.setText(self.tr("Done in this &period:"))
        self.slips_button.setText(self.tr("Reminder &slips…"))
        current = self.period_box.currentData()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for text, kind in ((self.tr("month"), "month"), (self.tr("quarter"), "quarter"), (self.tr("year"), "year")):
            self.period_box.addItem(text, kind)
        self.period_box.setCurrentIndex(max(self.period_box.findData(current), 0))
        self.period_box.blockSignals(False)
        self._fill_units()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self.plan is not None:  # the summary and the lists are said again in the new language
            self._stale = True
            if self.isVisible():
                self.reload()

    def set_plan(self, plan: PlanSummary | None) -> None:
        """Read when shown: the tracker reloads on every change, and most of the time this page is not open."""
        self.plan = plan
        self._stale = True
        self._fill_units()
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _fill_units(self) -> None:
        current = self.unit_box.currentData()
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("All units"), ALL_UNITS)
        if self.plan is not None:
            try:
                units = self.services.organization.units()
            except TthcError:
                units = []
            for unit in sorted((u for u in units if u.active_to is None), key=lambda u: vnformat.sort_key(u.name)):
                self.unit_box.addItem(unit.name, unit.id)
            self.unit_box.addItem(self.tr("(not matched to a unit)"), UNMATCHED)
        self.unit_box.setCurrentIndex(max(self.unit_box.findData(current), 0))
        self.unit_box.blockSignals(False)

    def chosen_units(self) -> list[int] | None:
        chosen = self.unit_box.currentData()
        return [chosen] if isinstance(chosen, int) else None

    def reload(self) -> None:
        self._stale = False
        if self.plan is None:
            self.model.set_dues(None)
            self.summary.setText("")
            return
        try:
            dues = self.services.chasing.dues(plan_id=self.plan.id, unit=self.unit_box.currentData() or ALL_UNITS,
                                              within=self.within.value(), at=self.today(),
                                              period_kind=self.period_box.currentData() or "month")
        except TthcError as error:
            report_error(self, error)
            return
        self.model.set_dues(dues)
        self._span(QModelIndex())
        self.view.expandAll()
        # A task led by two units is listed under each, and counted once here.
        late = len({o.task.task_id for u in dues.units for o in u.late})
        due = len({o.task.task_id for u in dues.units for o in u.due})
        text = self.tr("On {date}: {late} late and {due} due within %n day(s); this period runs from {start} to "
                       "{end}.", "", dues.within).format(date=vnformat.short_date(dues.at), late=late, due=due,
                                                          start=vnformat.short_date(dues.period.start),
                                        end=vnformat.short_date(dues.period.end))
        if dues.closed:
            text += " " + self.tr("The plan's year is over: as it stood on 31/12/{year}.").format(year=dues.year)
        self.summary.setText(text)

    def _span(self, parent: QModelIndex) -> None:
        """Unit and list rows read across the whole width: their words are in the first column."""
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if self.model.task(index) is None:
                self.view.setFirstColumnSpanned(row, parent, True)
                self._span(index)

    def _activated(self, index: QModelIndex) -> None:
        task = self.model.task(index)
        if task is not None:
            self.task_activated.emit(task)
