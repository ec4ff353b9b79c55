"""The import preview's models: the source as read (line by line, marked where a doubtful decision was made and
where the selected row came from), the tables found and what each was read as (the clerk may choose another
kind), and the indicators understood."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tthc_desktop.domain.numbers import edit_text
from tthc_desktop.importers import ImportResult
from tthc_desktop.services.importing import describe, place

Index = QModelIndex | QPersistentModelIndex
FLAG = QColor("#fff3cd")  # as the outline marks its doubtful rows
SOURCE_OF_SELECTION = QColor("#d7e8fb")
KINDS: tuple[tuple[str, str], ...] = (
    ("tasks", QT_TRANSLATE_NOOP("TableKindsModel", "Tasks")),
    ("indicators", QT_TRANSLATE_NOOP("TableKindsModel", "Indicators with targets")),
    ("events", QT_TRANSLATE_NOOP("TableKindsModel", "Inspections or events")),
    ("other", QT_TRANSLATE_NOOP("TableKindsModel", "Leave out")),
)


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("TableKindsModel", dict(KINDS).get(kind, kind))


class SourceModel(QAbstractTableModel):
    """The document as the importer read it: where each line is, and its text (a table row's cells by " │ ")."""

    COLUMNS = (QT_TRANSLATE_NOOP("SourceModel", "Where"), QT_TRANSLATE_NOOP("SourceModel", "As written"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[tuple[str, str]] = []
        self.notes: dict[str, list[str]] = {}  # where -> what to check there
        self.selected: set[str] = set()
        self.rows_of: dict[str, int] = {}

    def load(self, result: ImportResult) -> None:
        self.beginResetModel()
        self.lines = [(line.where, line.text) for line in result.source]
        self.rows_of = {where: row for row, (where, _text) in reversed(list(enumerate(self.lines)))}
        self.notes = {}
        for notice in result.notices:
            self.notes.setdefault(notice.where, []).append(describe(notice))
        self.selected = set()
        self.endResetModel()

    def show_sources(self, places: tuple[str, ...]) -> int | None:
        """Tints the lines a row came from; returns the first one's row (to scroll to), if any."""
        before = self.selected
        self.selected = set(places)
        for where in before | self.selected:
            row = self.rows_of.get(where)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, 1))
        rows = [self.rows_of[w] for w in places if w in self.rows_of]
        return min(rows) if rows else None

    def where(self, row: int) -> str:
        return self.lines[row][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SourceModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        where, text = self.lines[index.row()]
        notes = self.notes.get(where)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"⚠ {place(where)}" if notes else place(where)
            return text.replace("\t", "  │  ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(notes) if notes else text or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if where in self.selected:
                return QBrush(SOURCE_OF_SELECTION)
            if notes:
                return QBrush(FLAG)
        return None


class TableKindsModel(QAbstractTableModel):
    """The tables found, what each was read as (editable: the clerk's choice), and how many rows it had."""

    COLUMNS = (QT_TRANSLATE_NOOP("TableKindsModel", "Table"), QT_TRANSLATE_NOOP("TableKindsModel", "Read as"),
               QT_TRANSLATE_NOOP("TableKindsModel", "Rows"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tables: list[Any] = []
        self.chosen: dict[int, str] = {}
        self.on_choice: Any = None  # called with {number: kind} when the clerk changes a kind

    def load(self, result: ImportResult, chosen: dict[int, str]) -> None:
        self.beginResetModel()
        self.tables = list(result.tables)
        self.chosen = dict(chosen)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.tables)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TableKindsModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        table = self.tables[index.row()]
        doubtful = table.doubtful and not table.by_clerk
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                heading = table.title or " | ".join(t for t in table.header if t)
                mark = "⚠ " if doubtful else ""
                return f"{mark}{table.number}. {place(table.where)}: {heading}"
            if index.column() == 1:
                return kind_label(table.kind)
            return table.rows
        if role == Qt.ItemDataRole.EditRole and index.column() == 1:
            return table.kind
        if role == Qt.ItemDataRole.ToolTipRole:
            header = " | ".join(t for t in table.header if t)
            if doubtful:
                return QCoreApplication.translate(
                    "TableKindsModel", "Its heading does not settle what this table is: check it, and choose its "
                    "kind if it is wrong.") + "\n" + header
            return header
        if role == Qt.ItemDataRole.BackgroundRole and doubtful:
            return QBrush(FLAG)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != 1 or value not in dict(KINDS):
            return False
        table = self.tables[index.row()]
        if value == table.kind and not table.doubtful:
            return False
        self.chosen[table.number] = value
        if self.on_choice is not None:
            self.on_choice(dict(self.chosen))
        return True


class KindDelegate(QStyledItemDelegate):
    """The kind of a table chosen from a list."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        for kind, _text in KINDS:
            box.addItem(kind_label(kind), kind)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class IndicatorPreviewModel(QAbstractTableModel):
    """The indicators understood: what each row of an indicator table became."""

    COLUMNS = (QT_TRANSLATE_NOOP("IndicatorPreviewModel", "No."),
               QT_TRANSLATE_NOOP("IndicatorPreviewModel", "Indicator"),
               QT_TRANSLATE_NOOP("IndicatorPreviewModel", "Unit"),
               QT_TRANSLATE_NOOP("IndicatorPreviewModel", "Target"),
               QT_TRANSLATE_NOOP("IndicatorPreviewModel", "Legal basis"),
               QT_TRANSLATE_NOOP("IndicatorPreviewModel", "Units responsible"))
    COMPARATORS = {">=": "≥", "<=": "≤", "=": ""}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def load(self, indicators: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(indicators)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("IndicatorPreviewModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return row.get("label") or ""
        if column == 1:
            return row.get("name") or ""
        if column == 2:
            return row.get("unit") or ""
        if column == 3:
            if row.get("target") is None:
                return "⚠"
            sign = self.COMPARATORS.get(row.get("comparator") or "=", "")
            return f"{sign} {edit_text(row['target'])}".strip()
        if column == 4:
            return row.get("basis") or ""
        return "\n".join([*(row.get("lead_units") or []), *(row.get("cooperating_units") or [])])
