"""Help > Keyboard shortcuts: every menu action that has keys, read from the menus themselves so the list
can never drift from what the keys do."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenuBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.ui import window_size

# Keys that work inside a pane rather than from a menu: (pane, what, keys), shown after the menu actions. The keys
# as printed on the keyboard: "Enter", which Qt calls Return.
PANE_KEYS = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tasks, lists, indicators"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Add a row after the current one"), "Ctrl+Enter"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tasks, lists, indicators"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete the current row"), "Ctrl+Delete"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tasks, lists, indicators"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Move the row up / down"), "Alt+Up / Alt+Down"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tasks, sections"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Indent / outdent"), "Alt+Right / Alt+Left"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Cells"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the cell; Enter starts a new line in long cells, Tab keeps it"),
     "F2"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Cells"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Keep the text and close the cell"), "Ctrl+Enter"),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Cells"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Drop what was typed in the cell"), "Esc"),
)


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action with keys, in menu order."""
    rows = []
    for menu_action in bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        title = menu_action.text().replace("&", "")
        for action in menu.actions():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
            if action.isSeparator() or not keys:
                continue
            rows.append((title, action.text().replace("&", "").rstrip("…"), " / ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Where"), self.tr("What"), self.tr("Keys")])
        rows = menu_shortcuts(bar) + [(QCoreApplication.translate("ShortcutsDialog", where),
                                       QCoreApplication.translate("ShortcutsDialog", what), keys)
                                      for where, what, keys in PANE_KEYS]
        for row in rows:
            items = [QStandardItem(text) for text in row]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.resizeColumnToContents(0)
        self.view.resizeColumnToContents(2)
        note = QLabel(self.tr("Vietnamese typing (Unikey, Telex or VNI) works everywhere text is typed."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        window_size.fit(self, 720, 520, "shortcuts")
