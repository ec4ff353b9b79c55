"""Tracked tasks as a table model, and the proxy that filters and sorts them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.status import DUE_SOON_DAYS, due_or_overdue, is_due_soon
from tthc_desktop.services.tracking_dto import TrackedTask

Index = QModelIndex | QPersistentModelIndex
TaskIdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

COLUMNS = (
    ("label", QT_TRANSLATE_NOOP("TrackerModel", "No.")),
    ("content", QT_TRANSLATE_NOOP("TrackerModel", "Task")),
    ("lead", QT_TRANSLATE_NOOP("TrackerModel", "Lead unit")),
    ("schedule", QT_TRANSLATE_NOOP("TrackerModel", "Schedule")),
    ("status", QT_TRANSLATE_NOOP("TrackerModel", "Status")),
    ("next", QT_TRANSLATE_NOOP("TrackerModel", "Next check-point")),
    ("days", QT_TRANSLATE_NOOP("TrackerModel", "Days left")),
)
FIELDS = tuple(name for name, _title in COLUMNS)
ALL_UNITS = 0  # the unit filter: every task
UNMATCHED = -1  # the unit filter: tasks whose lead unit texts name none of the commune's units

# Status words with a mark, so the column reads the same in black and white and for the colour-blind.
STATUS_TEXT = {
    TaskStatus.NOT_STARTED: QT_TRANSLATE_NOOP("TrackerModel", "○ Not started"),
    TaskStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("TrackerModel", "◐ In progress"),
    TaskStatus.DONE: QT_TRANSLATE_NOOP("TrackerModel", "✔ Done"),
    TaskStatus.DONE_LATE: QT_TRANSLATE_NOOP("TrackerModel", "✔ Done late"),
    TaskStatus.OVERDUE: QT_TRANSLATE_NOOP("TrackerModel", "⚠ Overdue"),
}
STATUS_ORDER = {TaskStatus.OVERDUE: 0, TaskStatus.IN_PROGRESS: 1, TaskStatus.NOT_STARTED: 2,
                TaskStatus.DONE_LATE: 3, TaskStatus.DONE: 4}
OVERDUE_COLOUR = QColor("#f8d7da")
DUE_SOON_COLOUR = QColor("#fff3cd")
DONE_COLOUR = QColor("#d1e7dd")


def status_text(status: TaskStatus) -> str:
    return QCoreApplication.translate("TrackerModel", STATUS_TEXT[status])


def days_text(task: TrackedTask) -> str:
    if task.days_left is None:
        if task.missing and task.status not in (TaskStatus.DONE, TaskStatus.DONE_LATE):
            return TrackerModel.tr("no progress in %n month(s)", "", len(task.missing))
        return ""
    if task.days_left < 0:
        return TrackerModel.tr("%n day(s) late", "", -task.days_left)
    if task.days_left == 0:
        return TrackerModel.tr("due today")
    return TrackerModel.tr("%n day(s)", "", task.days_left)


def due_soon(task: TrackedTask, within: int = DUE_SOON_DAYS) -> bool:
    return is_due_soon(task.status, task.days_left, within)


class TrackerModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks: list[TrackedTask] = []
        # Worked out once per load, not per keystroke or per comparison (10,000 tasks: see bench/tracker.py).
        self._haystacks: list[str] = []
        self._sort_keys: list[tuple[Any, ...]] = []

    @property
    def tasks(self) -> list[TrackedTask]:
        return list(self._tasks)

    def set_tasks(self, tasks: list[TrackedTask]) -> None:
        self.beginResetModel()
        self._tasks = list(tasks)
        self._haystacks = [vnformat.fold(" ".join([t.label or "", t.content, *t.lead_units, t.schedule_text or "",
                                                   t.expected_result or ""])) for t in self._tasks]
        self._sort_keys = [tuple(self._sort_value(t, name) for name in FIELDS) for t in self._tasks]
        self.endResetModel()

    def task(self, row: int) -> TrackedTask:
        return self._tasks[row]

    def haystack(self, row: int) -> str:
        """The task's searchable words, folded (no case, no diacritics)."""
        return self._haystacks[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TrackerModel", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tasks):
            return None
        task = self._tasks[index.row()]
        name = FIELDS[index.column()]
        if role == TaskIdRole:
            return task.task_id
        if role == Qt.ItemDataRole.BackgroundRole:
            if task.status is TaskStatus.OVERDUE:
                return QBrush(OVERDUE_COLOUR)
            if due_soon(task):
                return QBrush(DUE_SOON_COLOUR)
            if task.status in (TaskStatus.DONE, TaskStatus.DONE_LATE) and name == "status":
                return QBrush(DONE_COLOUR)
            return None
        if role == SortRole:
            return self._sort_keys[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(task, name, role)
        return None

    def _text(self, task: TrackedTask, name: str, role: int) -> str:
        if name == "label":
            return ".".join([*task.group_labels, task.label or ""]) if role == Qt.ItemDataRole.ToolTipRole \
                else (task.label or "")
        if name == "content":
            return task.content
        if name == "lead":
            return "\n".join(task.lead_units)
        if name == "schedule":
            return task.schedule_text or ""
        if name == "status":
            text = status_text(task.status)
            if due_soon(task):
                text += " · " + QCoreApplication.translate("TrackerModel", "due soon")
            return text
        if name == "next":
            return vnformat.short_date(task.next_checkpoint) if task.next_checkpoint else ""
        return days_text(task)

    @staticmethod
    def _sort_value(task: TrackedTask, name: str) -> Any:
        if name == "label":
            return int(task.label) if (task.label or "").isdigit() else 0
        if name == "status":
            return STATUS_ORDER[task.status]
        if name == "next":
            return (task.next_checkpoint or date.max).toordinal()
        if name == "days":
            return task.days_left if task.days_left is not None else 10**6
        if name == "lead":
            return vnformat.fold(" ".join(task.lead_units))
        return vnformat.fold(str(getattr(task, name if name != "schedule" else "schedule_text") or ""))


class TrackerFilter(QSortFilterProxyModel):
    """Unit (the commune's, by id), status, "due within N days", and a search that ignores case and diacritics."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.unit = ALL_UNITS
        self.statuses: set[TaskStatus] = set()
        self.within_days: int | None = None
        self.words: list[str] = []

    def set_filter(self, *, unit: int = ALL_UNITS, statuses: set[TaskStatus] | None = None,
                   within_days: int | None = None, search: str = "") -> None:
        self.beginFilterChange()
        self.unit, self.statuses, self.within_days = unit, set(statuses or ()), within_days
        self.words = vnformat.fold(search).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, TrackerModel)
        task = model.task(source_row)
        if self.unit == UNMATCHED and any(task.lead_unit_ids):
            return False
        if self.unit not in (ALL_UNITS, UNMATCHED) and self.unit not in task.lead_unit_ids:
            return False
        if self.statuses and task.status not in self.statuses:
            return False
        if self.within_days is not None and not due_or_overdue(task.status, task.days_left, self.within_days):
            return False
        if self.words:
            haystack = model.haystack(source_row)
            return all(word in haystack for word in self.words)
        return True
