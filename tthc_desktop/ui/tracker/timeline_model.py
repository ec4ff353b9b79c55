"""The timeline's rows: the tasks the tracker's list shows (its filter proxy), in the plan's order under their groups,
each with its bar (domain.timeline). It follows the list by itself: any change of the tracker's model or of its
filters reaches it through the proxy's signals, gathered into one rebuild per turn of the event loop. While nobody
looks at it (`set_live(False)`: its page hidden) it only notes that it is behind, and catches up when shown, so the
list's keystrokes never pay for it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.timeline import GROUP, TASK, Row, grouped, task_bar
from tthc_desktop.services.tracking_dto import TrackedTask
from tthc_desktop.ui.tracker.tracker_model import (
    DONE_COLOUR,
    DUE_SOON_COLOUR,
    OVERDUE_COLOUR,
    TaskIdRole,
    TrackerModel,
    days_text,
    due_soon,
    status_text,
)

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 10  # the row's domain.timeline.Row
# The tracker's colours; the two statuses its list leaves white take a blue and a grey of the same lightness.
SHADE_COLOURS = {"overdue": OVERDUE_COLOUR, "due_soon": DUE_SOON_COLOUR, "done": DONE_COLOUR,
                 "in_progress": QColor("#cfe2ff"), "not_started": QColor("#e9ecef")}


def row_text(row: Row) -> str:
    return f"{row.label}. {row.text}" if row.label else row.text


class TimelineModel(QAbstractListModel):
    """One column: a group row or a task row per line; `RowRole` gives the row with its bar."""

    def __init__(self, source: QSortFilterProxyModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self.year: int | None = None  # the plan's: the year drawn
        self.plan_names: dict[int, str] = {}  # shown as the outermost group when the list holds several plans
        self._rows: list[Row] = []
        self._tasks: dict[int, TrackedTask] = {}
        # A task's row with its bar, kept while the tracker holds the same judged task (a filter only regroups).
        self._made: dict[int, tuple[TrackedTask, tuple[tuple[str, str], ...], Row]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.live = True
        self.stale = False
        for signal in (source.modelReset, source.layoutChanged, source.rowsInserted, source.rowsRemoved,
                       source.rowsMoved, source.dataChanged):
            signal.connect(self._changed)
        self.refresh()

    @property
    def pending(self) -> bool:
        """A change of the list is waiting for the next turn of the event loop."""
        return self._timer.isActive()

    def _changed(self, *_args: object) -> None:
        if self.live:
            self._timer.start()
        else:
            self.stale = True

    def set_live(self, live: bool) -> None:
        """Follow the list now (shown), or only note changes until shown again (hidden)."""
        self.live = live
        if live and self.stale:
            self.refresh()

    def set_year(self, year: int | None, plan_names: dict[int, str] | None = None) -> None:
        self.year = year
        self.plan_names = dict(plan_names or {})
        self.refresh()

    def refresh(self) -> None:
        """The rows again from what the list shows: the same rows keep their place (only their data changes)."""
        self._timer.stop()
        self.stale = False
        rows, tasks = self._build()
        same = [(r.kind, r.task_id, r.label, r.text) for r in rows] == [
            (r.kind, r.task_id, r.label, r.text) for r in self._rows]
        if same:
            self._rows, self._tasks = rows, tasks
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows, self._tasks = rows, tasks
        self.endResetModel()

    def _build(self) -> tuple[list[Row], dict[int, TrackedTask]]:
        model = self.source.sourceModel()
        if not isinstance(model, TrackerModel):
            return [], {}
        count = self.source.rowCount()
        shown: list[int] = []
        if count:  # one call for the whole list rather than one per row
            whole = QItemSelection(self.source.index(0, 0), self.source.index(count - 1, 0))
            for part in self.source.mapSelectionToSource(whole):
                shown.extend(range(part.top(), part.bottom() + 1))
        tasks = [model.task(row) for row in sorted(shown)]  # the tracker's rows are in the plans' order
        several = len({t.plan_id for t in tasks}) > 1
        made: dict[int, tuple[TrackedTask, tuple[tuple[str, str], ...], Row]] = {}
        for task in tasks:
            kept = self._made.get(task.task_id)
            if kept is not None and kept[0] is task and (len(kept[1]) > len(task.group_labels)) == several:
                made[task.task_id] = kept
                continue
            path = tuple(zip(task.group_labels, task.group_titles or ("",) * len(task.group_labels), strict=True))
            if several:
                path = (("", self.plan_names.get(task.plan_id, "")), *path)
            bar = task_bar(task.plan_year, task.schedule_text, task.starts, task.status, task.days_left,
                           task.checkpoints)
            made[task.task_id] = (task, path, Row(TASK, len(path), task.label or "", task.content, task.task_id, bar,
                                                  task.status, " ".join((task.schedule_text or "").split())))
        self._made = made
        return grouped((path, row) for _task, path, row in made.values()), {t.task_id: t for t in tasks}

    # ---------------------------------------------------------------- reading

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def task(self, number: int) -> TrackedTask | None:
        row = self._rows[number]
        return self._tasks.get(row.task_id) if row.task_id is not None else None

    def row_of(self, task_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.task_id == task_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].kind == GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row_text(row)
        if role == RowRole:
            return row
        if role == TaskIdRole:
            return row.task_id
        if role == Qt.ItemDataRole.FontRole and row.kind == GROUP:
            font = QFont()
            font.setBold(True)
            return font
        task = self.task(index.row())
        if task is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:  # as the list colours its rows
            if task.status is TaskStatus.OVERDUE:
                return QBrush(OVERDUE_COLOUR)
            return QBrush(DUE_SOON_COLOUR) if due_soon(task) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(task)
        return None

    @staticmethod
    def _tip(task: TrackedTask) -> str:
        lines = [f"{task.label or ''}. {task.content}".strip(". "),
                 QCoreApplication.translate("TimelineModel", "Schedule: {text}").format(
                     text=task.schedule_text or "—"),
                 status_text(task.status) + (f" · {days_text(task)}" if days_text(task) else "")]
        if task.next_checkpoint is not None:
            lines.append(QCoreApplication.translate("TimelineModel", "Next check-point: {date}").format(
                date=vnformat.short_date(task.next_checkpoint)))
        if task.lead_units:
            lines.append(QCoreApplication.translate("TimelineModel", "Lead: {units}").format(
                units="; ".join(task.lead_units)))
        lines.append(QCoreApplication.translate("TimelineModel", "Click to record progress."))
        return "\n".join(lines)
