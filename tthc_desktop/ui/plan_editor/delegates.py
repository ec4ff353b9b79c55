"""Cell editors of the outline: several lines where plans write bullet lists in a cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from tthc_desktop.ui.plan_editor.outline_model import FIELDS, UNIT_FIELDS, UNIT_SEPARATOR

MULTILINE_FIELDS = frozenset({"text", "objective", "expected_result"})
Index = QModelIndex | QPersistentModelIndex


class UnitCompleter(QCompleter):
    """Completes the unit being typed after the last separator, from the commune's units; free text stays."""

    def __init__(self, names: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setModel(QStringListModel(names, self))  # owned by the completer, or Python would free it
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [path.split(UNIT_SEPARATOR.strip())[-1].strip()]

    def pathFromIndex(self, index: Index) -> str:  # noqa: N802
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        done = text.rsplit(UNIT_SEPARATOR.strip(), 1)[0] + UNIT_SEPARATOR if UNIT_SEPARATOR.strip() in text else ""
        return done + str(index.data())


class OutlineDelegate(QStyledItemDelegate):
    """Enter starts a new line (bullets "- ..." in a cell), Tab or a click elsewhere keeps the text,
    Escape drops it; Ctrl+Enter keeps it too. Input methods such as Unikey compose in the editor untouched."""

    unit_names: list[str] = []  # the commune's units, set by the editor when a plan opens

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        if FIELDS[index.column()] in UNIT_FIELDS:
            line = QLineEdit(parent)
            line.setCompleter(UnitCompleter(self.unit_names, line))
            return line
        if FIELDS[index.column()] not in MULTILINE_FIELDS:
            return super().createEditor(parent, option, index)
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect.setHeight(max(rect.height(), 90))
        editor.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if isinstance(watched, QPlainTextEdit) and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            enter = key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and key_event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.commitData.emit(watched)
                self.closeEditor.emit(watched)
                return True
        return super().eventFilter(watched, event)


class OutlineView(QTreeView):
    """The task tree, where Tab and Shift+Tab go from cell to cell along the row (then on to the next row), as in a
    spreadsheet; a tree's own Tab goes down the column."""

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = self.currentIndex()
        if action not in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious) \
                or not current.isValid():
            return super().moveCursor(action, modifiers)
        columns = self.model().columnCount(current.parent())
        step = 1 if action is QAbstractItemView.CursorAction.MoveNext else -1
        column = current.column() + step
        while 0 <= column < columns and self.isColumnHidden(column):
            column += step
        if 0 <= column < columns:
            return current.siblingAtColumn(column)
        row = super().moveCursor(QAbstractItemView.CursorAction.MoveDown if step > 0 else
                                 QAbstractItemView.CursorAction.MoveUp, modifiers)
        if not row.isValid() or row.row() == current.row() and row.parent() == current.parent():
            return current
        return row.siblingAtColumn(0 if step > 0 else columns - 1)
