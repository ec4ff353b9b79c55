"""The plan's outline as a tree model over OutlineService: one row a group or task, one column a field.

Loaded whole when a plan opens; after that it follows the deltas the outline writes announce (`follow`): rows
inserted, removed and moved with begin/end…Rows, fields and renumbered labels with dataChanged, never a reset
and never a re-read of the plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import OutlineKind
from tthc_desktop.domain.schedule import parse_schedule
from tthc_desktop.services.changes import Changes
from tthc_desktop.services.dto import OutlineNode
from tthc_desktop.services.outline import OutlineDelta

Index = QModelIndex | QPersistentModelIndex
ItemIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2

# (field, header) in display order; "schedule" is derived from "schedule_text" and read-only.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("label", QT_TRANSLATE_NOOP("OutlineModel", "No.")),
    ("text", QT_TRANSLATE_NOOP("OutlineModel", "Content")),
    ("objective", QT_TRANSLATE_NOOP("OutlineModel", "Objective")),
    ("expected_result", QT_TRANSLATE_NOOP("OutlineModel", "Expected result")),
    ("lead_units", QT_TRANSLATE_NOOP("OutlineModel", "Lead units")),
    ("cooperating_units", QT_TRANSLATE_NOOP("OutlineModel", "Cooperating units")),
    ("schedule_text", QT_TRANSLATE_NOOP("OutlineModel", "Schedule (as written)")),
    ("schedule", QT_TRANSLATE_NOOP("OutlineModel", "Schedule (understood)")),
)
FIELDS = tuple(name for name, _title in COLUMNS)
UNIT_FIELDS = ("lead_units", "cooperating_units")
UNIT_SEPARATOR = "; "
FLAG_COLOUR = QColor("#fff3cd")


# Plain ints and flags worked out once: the view asks for thousands of cells after every layout of a big plan.
_DISPLAY, _EDIT, _TOOLTIP = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole),
                             int(Qt.ItemDataRole.ToolTipRole))
_FONT, _BACKGROUND = int(Qt.ItemDataRole.FontRole), int(Qt.ItemDataRole.BackgroundRole)
_ITEM_ID, _KIND = int(ItemIdRole), int(KindRole)
_TEXT_ROLES = frozenset({_DISPLAY, _EDIT, _TOOLTIP})
_ANSWERED = _TEXT_ROLES | {_FONT, _BACKGROUND, _ITEM_ID, _KIND}
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_COLUMNS = len(COLUMNS)
_SCHEDULE = FIELDS.index("schedule")
_GROUP_FIELDS = frozenset({FIELDS.index("label"), FIELDS.index("text")})


@dataclass(eq=False)  # compared by identity, never field by field
class _Node:
    id: int
    kind: OutlineKind
    values: dict[str, Any]
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    at: int = 0  # its row among its parent's children, kept by `_number` whenever they change

    def row(self) -> int:
        return self.at


def _number(parent: _Node, start: int = 0) -> None:
    """The rows of `parent`'s children from `start` on, after they changed (parent() is asked thousands of times
    per layout of the view: a row is looked up, not searched for)."""
    children = parent.children
    for row in range(max(0, start), len(children)):
        children[row].at = row


def describe_schedule(schedule: dict[str, Any]) -> str:
    """What the app understood from a schedule as written, in the UI's language."""
    kind = schedule.get("kind")

    def day(text: str | None) -> str:
        return vnformat.short_date(date.fromisoformat(text)) if text else "…"

    if kind == "due":
        return QCoreApplication.translate("OutlineModel", "due {date}").format(date=day(schedule["due"]))
    if kind == "window":
        return QCoreApplication.translate("OutlineModel", "from {start} to {end}").format(
            start=day(schedule["start"]), end=day(schedule.get("end")))
    if kind == "ongoing":
        return QCoreApplication.translate("OutlineModel", "all year, checked every month")
    if kind == "recurring":
        periods = {
            "month": QCoreApplication.translate("OutlineModel", "every month"),
            "quarter": QCoreApplication.translate("OutlineModel", "every quarter"),
            "half_year": QCoreApplication.translate("OutlineModel", "every six months"),
            "year": QCoreApplication.translate("OutlineModel", "every year"),
        }
        words = [periods[schedule["every"]]] + [periods[p] for p in schedule.get("also") or []]
        return ", ".join(words)
    if kind == "on_demand":
        return QCoreApplication.translate("OutlineModel", "when called for")
    if kind == "parts":
        return "; ".join(describe_schedule(part) for part in schedule["parts"])
    return QCoreApplication.translate("OutlineModel", "not understood: check the wording")


class OutlineModel(QAbstractItemModel):
    """Rows mirror the service's tree; edits reach the service through undo commands, never from here."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(0, OutlineKind.GROUP, {})
        self._by_id: dict[int, _Node] = {}
        self.year = date.today().year
        self.plan_id: int | None = None
        self.editable = False
        self.edit_requested = None  # set by the editor: callable(item_id, field, value) -> bool
        # Rows to check (an import's preview), with what to check. Not "flags": that is Qt's flags(index).
        self.checks: dict[int, str] = {}
        # A row being removed (say, an Add undone while its cell was open for typing): the view commits the open
        # editor as the current row goes; that text is dropped with the row, not written to a deleted task.
        self._removing = False
        self._described: dict[str | None, str] = {}  # schedule as written -> as understood (per load, language)

    # ---------------------------------------------------------------- loading

    def load(self, tree: list[OutlineNode], year: int, editable: bool, plan_id: int | None = None) -> None:
        self.beginResetModel()
        self.year, self.editable, self.plan_id = year, editable, plan_id
        self._described = {}
        self._root = _Node(0, OutlineKind.GROUP, {})
        self._by_id = {}
        for node in tree:
            self._attach(self._root, node, len(self._root.children))
        self.endResetModel()

    def _attach(self, parent: _Node, node: OutlineNode, position: int) -> _Node:
        values = {name: getattr(node, name) for name in FIELDS if name != "schedule" and hasattr(node, name)}
        values["label_manual"] = node.label_manual
        item = _Node(node.id, node.kind, values, parent)
        parent.children.insert(position, item)
        _number(parent, position)
        self._by_id[node.id] = item
        for child in node.children:
            self._attach(item, child, len(item.children))
        return item

    def set_flags(self, flags: dict[int, str]) -> None:
        """Mark rows to check: a mark before the number, a tint, and the reason as the tooltip."""
        self.checks = dict(flags)
        if self._root.children:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._root.children) - 1, len(COLUMNS) - 1))

    # ---------------------------------------------------------------- changes applied by commands

    def index_of(self, item_id: int | None, column: int = 0) -> QModelIndex:
        if item_id is None or item_id not in self._by_id:
            return QModelIndex()
        node = self._by_id[item_id]
        return self.createIndex(node.row(), column, node)

    def value(self, item_id: int, name: str) -> Any:
        return self._by_id[item_id].values.get(name)

    def kind(self, item_id: int) -> OutlineKind:
        return self._by_id[item_id].kind

    def parent_id(self, item_id: int) -> int | None:
        parent = self._by_id[item_id].parent
        return None if parent is None or parent is self._root else parent.id

    def position(self, item_id: int) -> int:
        return self._by_id[item_id].row()

    def sibling_count(self, parent_id: int | None) -> int:
        return len((self._by_id[parent_id] if parent_id is not None else self._root).children)

    def sibling_id(self, parent_id: int | None, position: int) -> int:
        return (self._by_id[parent_id] if parent_id is not None else self._root).children[position].id

    def set_value(self, item_id: int, name: str, value: Any) -> None:
        node = self._by_id[item_id]
        node.values[name] = value
        if name not in FIELDS:
            return  # kept, not shown (label_manual)
        column = FIELDS.index(name)
        last = FIELDS.index("schedule") if name == "schedule_text" else column
        self.dataChanged.emit(self.index_of(item_id, column), self.index_of(item_id, last))

    def insert_node(self, parent_id: int | None, position: int, node: OutlineNode) -> None:
        self.insert_nodes(parent_id, position, [node])

    def insert_nodes(self, parent_id: int | None, position: int, nodes: list[OutlineNode]) -> None:
        """Rows one after the other from `position`: one insertion for the view."""
        parent = self._by_id[parent_id] if parent_id is not None else self._root
        self.beginInsertRows(self.index_of(parent_id), position, position + len(nodes) - 1)
        for offset, node in enumerate(nodes):
            self._attach(parent, node, position + offset)
        self.endInsertRows()

    def remove_node(self, item_id: int) -> None:
        node = self._by_id[item_id]
        parent_index = self.index_of(self.parent_id(item_id))
        row = node.row()
        self._removing = True
        try:
            self.beginRemoveRows(parent_index, row, row)
            node.parent.children.pop(row)  # type: ignore[union-attr]
            _number(node.parent, row)  # type: ignore[arg-type]
            self._forget(node)
            self.endRemoveRows()
        finally:
            self._removing = False

    def remove_nodes(self, item_ids: tuple[int, ...] | list[int]) -> None:
        """Rows taken out together (an undone paste): one removal for the view per run of neighbours, since each
        removal makes the view lay out the whole tree again."""
        gone = {i for i in item_ids if i in self._by_id}
        runs: dict[int, tuple[_Node, list[int]]] = {}
        for item_id in gone:
            node = self._by_id[item_id]
            ancestor = node.parent
            while ancestor is not None and ancestor.id not in gone:
                ancestor = ancestor.parent
            if ancestor is not None:
                continue  # goes with the row above it
            parent = node.parent or self._root
            runs.setdefault(id(parent), (parent, []))[1].append(node.row())
        for parent, rows in runs.values():
            rows.sort()
            spans: list[list[int]] = []
            for row in rows:
                if spans and row == spans[-1][1] + 1:
                    spans[-1][1] = row
                else:
                    spans.append([row, row])
            parent_index = QModelIndex() if parent is self._root else self.createIndex(parent.row(), 0, parent)
            self._removing = True  # as in remove_node: an open editor's text goes with its row
            try:
                for first, last in reversed(spans):
                    self.beginRemoveRows(parent_index, first, last)
                    for node in parent.children[first:last + 1]:
                        self._forget(node)
                    del parent.children[first:last + 1]
                    _number(parent, first)
                    self.endRemoveRows()
            finally:
                self._removing = False

    def _forget(self, node: _Node) -> None:
        self._by_id.pop(node.id, None)
        for child in node.children:
            self._forget(child)

    def move_node(self, item_id: int, parent_id: int | None, position: int) -> None:
        node = self._by_id[item_id]
        source_parent = node.parent
        assert source_parent is not None
        target_parent = self._by_id[parent_id] if parent_id is not None else self._root
        row = node.row()
        # Qt counts the destination before the row is taken out.
        destination = position + 1 if source_parent is target_parent and position > row else position
        if not self.beginMoveRows(self.index_of(self.parent_id(item_id)), row, row, self.index_of(parent_id),
                                  destination):
            return
        source_parent.children.pop(row)
        target_parent.children.insert(position, node)
        _number(source_parent, min(row, position) if source_parent is target_parent else row)
        if target_parent is not source_parent:
            _number(target_parent, position)
        node.parent = target_parent
        self.endMoveRows()

    def set_labels(self, labels: dict[int, str | None]) -> None:
        """New labels (a renumbering): one dataChanged for each parent's span of rows, not one per row."""
        spans: dict[int, tuple[_Node, int, int]] = {}
        rows: dict[int, dict[int, int]] = {}  # parent -> child id -> row, counted once per parent
        for item_id, label in labels.items():
            node = self._by_id.get(item_id)
            if node is None or node.values.get("label") == label:
                continue
            node.values["label"] = label
            parent = node.parent or self._root
            if id(parent) not in rows:
                rows[id(parent)] = {child.id: row for row, child in enumerate(parent.children)}
            row = rows[id(parent)][item_id]
            low, high = spans.get(id(parent), (parent, row, row))[1:]
            spans[id(parent)] = (parent, min(low, row), max(high, row))
        for parent, low, high in spans.values():
            parent_index = QModelIndex() if parent is self._root else self.createIndex(parent.row(), 0, parent)
            self.dataChanged.emit(self.index(low, 0, parent_index), self.index(high, 0, parent_index))

    # ---------------------------------------------------------------- following the writes

    def follow(self, changes: Changes) -> None:
        """Apply what outline writes of this model's plan did (services/outline.py: OutlineDelta)."""
        for delta in changes.deltas:
            if isinstance(delta, OutlineDelta) and delta.plan_id == self.plan_id and self.plan_id is not None:
                self.apply(delta)

    def apply(self, delta: OutlineDelta) -> None:
        if delta.removed:
            self.remove_nodes(delta.removed)
        for item_id, parent_id, position in delta.moved:
            self.move_node(item_id, parent_id, position)
        run: list[OutlineNode] = []
        run_parent: int | None = None
        run_start = 0
        for parent_id, position, node in delta.inserted:
            if run and (parent_id != run_parent or position != run_start + len(run)):
                self.insert_nodes(run_parent, run_start, run)
                run = []
            if not run:
                run_parent, run_start = parent_id, position
            run.append(node)
        if run:
            self.insert_nodes(run_parent, run_start, run)
        for item_id, name, value in delta.fields:
            self.set_value(item_id, name, value)
        self.set_labels(dict(delta.labels))

    # ---------------------------------------------------------------- Qt model

    def forget_words(self) -> None:
        """The language changed: the schedules are described again in it."""
        self._described = {}

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid():
            if parent.column():
                return QModelIndex()  # only the first column has rows under it
            children = parent.internalPointer().children
        else:
            children = self._root.children
        if 0 <= row < len(children) and 0 <= column < _COLUMNS:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        parent = node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() and parent.column() != 0:
            return 0
        node = parent.internalPointer() if parent.isValid() else self._root
        return len(node.children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OutlineModel", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _ANSWERED or not index.isValid():
            return None
        return self._value(index.internalPointer(), index.column(), role)

    def _value(self, node: _Node, column: int, role: int) -> Any:
        if role == _ITEM_ID:
            return node.id
        if role == _KIND:
            return node.kind.value
        name = FIELDS[column]
        flag = self.checks.get(node.id) if self.checks else None
        if flag is not None:
            if role == _BACKGROUND:
                return QBrush(FLAG_COLOUR)
            if role == _TOOLTIP:
                return flag
            if role == _DISPLAY and name == "label":
                return f"⚠ {node.values.get('label') or ''}"
        if role == _FONT:
            if node.kind is OutlineKind.GROUP:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role not in _TEXT_ROLES:
            return None
        if column == _SCHEDULE:
            if node.kind is OutlineKind.GROUP:
                return None
            written = node.values.get("schedule_text")
            if written not in self._described:
                self._described[written] = describe_schedule(parse_schedule(written, self.year))
            return self._described[written]
        value = node.values.get(name)
        if name in UNIT_FIELDS:
            units = list(value or ())
            return UNIT_SEPARATOR.join(units) if role == _EDIT else "\n".join(units)
        return value or ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = index.column()
        if self.editable and column != _SCHEDULE and (
                index.internalPointer().kind is OutlineKind.TASK or column in _GROUP_FIELDS):
            return _EDITABLE
        return _READ_ONLY

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """An edit in the view becomes an undoable command (through the editor); the model changes only when
        the command has run."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_requested is None or self._removing:
            return False
        node: _Node = index.internalPointer()
        name = FIELDS[index.column()]
        if name in UNIT_FIELDS:
            value = tuple(part.strip() for part in str(value).replace("\n", ";").split(";") if part.strip())
        elif name == "label":
            value = str(value).strip() or None
        else:
            value = str(value)
        if value == node.values.get(name) or (name in UNIT_FIELDS and tuple(node.values.get(name) or ()) == value):
            return False
        return bool(self.edit_requested(node.id, name, value))
