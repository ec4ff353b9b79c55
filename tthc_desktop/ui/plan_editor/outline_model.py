"""The plan's outline as a tree model over OutlineService: one row a group or task, one column a field."""

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
from tthc_desktop.services.outline import OutlineNode

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


@dataclass
class _Node:
    id: int
    kind: OutlineKind
    values: dict[str, Any]
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        siblings = self.parent.children if self.parent else []
        return siblings.index(self)


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
        self.editable = False
        self.edit_requested = None  # set by the editor: callable(item_id, field, value) -> bool
        # Rows to check (an import's preview), with what to check. Not "flags": that is Qt's flags(index).
        self.checks: dict[int, str] = {}
        # A row being removed (say, an Add undone while its cell was open for typing): the view commits the open
        # editor as the current row goes; that text is dropped with the row, not written to a deleted task.
        self._removing = False

    # ---------------------------------------------------------------- loading

    def load(self, tree: list[OutlineNode], year: int, editable: bool) -> None:
        self.beginResetModel()
        self.year, self.editable = year, editable
        self._root = _Node(0, OutlineKind.GROUP, {})
        self._by_id = {}
        for node in tree:
            self._attach(self._root, node, len(self._root.children))
        self.endResetModel()

    def _attach(self, parent: _Node, node: OutlineNode, position: int) -> _Node:
        values = {name: getattr(node, name) for name in FIELDS if name != "schedule" and hasattr(node, name)}
        item = _Node(node.id, node.kind, values, parent)
        parent.children.insert(position, item)
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
        column = FIELDS.index(name)
        last = FIELDS.index("schedule") if name == "schedule_text" else column
        self.dataChanged.emit(self.index_of(item_id, column), self.index_of(item_id, last))

    def insert_node(self, parent_id: int | None, position: int, node: OutlineNode) -> None:
        parent = self._by_id[parent_id] if parent_id is not None else self._root
        self.beginInsertRows(self.index_of(parent_id), position, position)
        self._attach(parent, node, position)
        self.endInsertRows()

    def remove_node(self, item_id: int) -> None:
        node = self._by_id[item_id]
        parent_index = self.index_of(self.parent_id(item_id))
        row = node.row()
        self._removing = True
        try:
            self.beginRemoveRows(parent_index, row, row)
            node.parent.children.pop(row)  # type: ignore[union-attr]
            self._forget(node)
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
        node.parent = target_parent
        self.endMoveRows()

    def set_labels(self, labels: dict[int, str | None]) -> None:
        for item_id, label in labels.items():
            node = self._by_id.get(item_id)
            if node is not None and node.values.get("label") != label:
                node.values["label"] = label
                index = self.index_of(item_id, 0)
                self.dataChanged.emit(index, index)

    # ---------------------------------------------------------------- Qt model

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        node = parent.internalPointer() if parent.isValid() else self._root
        return self.createIndex(row, column, node.children[row])

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
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        name = FIELDS[index.column()]
        if role == ItemIdRole:
            return node.id
        if role == KindRole:
            return node.kind.value
        flag = self.checks.get(node.id)
        if flag is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(FLAG_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole:
                return flag
            if role == Qt.ItemDataRole.DisplayRole and name == "label":
                return f"⚠ {node.values.get('label') or ''}"
        if role == Qt.ItemDataRole.FontRole and node.kind is OutlineKind.GROUP:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if name == "schedule":
            if node.kind is OutlineKind.GROUP:
                return None
            return describe_schedule(parse_schedule(node.values.get("schedule_text"), self.year))
        value = node.values.get(name)
        if name in UNIT_FIELDS:
            units = list(value or ())
            return UNIT_SEPARATOR.join(units) if role == Qt.ItemDataRole.EditRole else "\n".join(units)
        return value or ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node: _Node = index.internalPointer()
        name = FIELDS[index.column()]
        group_field = name in ("label", "text")
        if self.editable and name != "schedule" and (node.kind is OutlineKind.TASK or group_field):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

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
