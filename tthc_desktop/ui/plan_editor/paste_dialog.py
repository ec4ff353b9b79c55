"""Rows pasted from a Word or Excel table: which column becomes which field, with the rows shown as they came."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.services.pasted_rows import TARGETS, PastedTable
from tthc_desktop.ui import window_size

Index = QModelIndex | QPersistentModelIndex
TARGET_NAMES = {
    "ignore": QT_TRANSLATE_NOOP("PasteDialog", "(leave out)"),
    "label": QT_TRANSLATE_NOOP("PasteDialog", "No. (renumbered)"),
    "text": QT_TRANSLATE_NOOP("PasteDialog", "Task"),
    "objective": QT_TRANSLATE_NOOP("PasteDialog", "Objective"),
    "expected_result": QT_TRANSLATE_NOOP("PasteDialog", "Expected result"),
    "units": QT_TRANSLATE_NOOP("PasteDialog", "Units (lead and cooperating)"),
    "lead_units": QT_TRANSLATE_NOOP("PasteDialog", "Lead units"),
    "cooperating_units": QT_TRANSLATE_NOOP("PasteDialog", "Cooperating units"),
    "schedule_text": QT_TRANSLATE_NOOP("PasteDialog", "Schedule"),
    "note": QT_TRANSLATE_NOOP("PasteDialog", "Note"),
}
PREVIEW_ROWS = 50
LARGE_PASTE = 20  # rows: Cancel asks before they are dropped


class PastedRowsModel(QAbstractTableModel):
    """The first pasted rows, read-only, under the titles they had (or column numbers)."""

    def __init__(self, table: PastedTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.width = max(len(row) for row in table.rows) if table.rows else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else min(len(self.table.rows), PREVIEW_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.width

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            header = self.table.header
            if header and section < len(header) and header[section]:
                return header[section]
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.table.rows[index.row()]
        return row[index.column()] if index.column() < len(row) else ""


class PasteDialog(QDialog):
    """One drop-down a column; OK adds the rows as tasks (one undo step)."""

    def __init__(self, table: PastedTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setWindowTitle(self.tr("Paste rows as tasks"))
        self.model = PastedRowsModel(table, self)
        intro = QLabel(self.tr("%n row(s) copied. Choose what each column becomes; the rows are added as tasks "
                               "after the selected row, in one step you can undo.", "", len(table.rows)), self)
        intro.setWordWrap(True)
        self.combos: list[QComboBox] = []
        combos = QHBoxLayout()
        for column in range(self.model.width):
            combo = QComboBox(self)
            for target in TARGETS:
                combo.addItem(QCoreApplication.translate("PasteDialog", TARGET_NAMES[target]), target)
            chosen = table.mapping[column] if column < len(table.mapping) else "ignore"
            combo.setCurrentIndex(combo.findData(chosen))
            combo.setAccessibleName(self.tr("Column {n}").format(n=column + 1))
            self.combos.append(combo)
            combos.addWidget(combo)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        # Each column under its drop-down: as wide as the others, the rows as tall as their words.
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(self.tr("&Add as tasks"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(combos)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        window_size.fit(self, 900, 420, "pasteRows")

    def reject(self) -> None:
        """Cancel (or Escape) on a large paste asks first: the rows are not in the plan, and copying them again from
        Word means finding them again."""
        if len(self.table.rows) >= LARGE_PASTE and not self.confirm_drop():
            return
        super().reject()

    def confirm_drop(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr(
            "Leave out the %n row(s) you copied? None of them is added to the plan.", "", len(self.table.rows)),
            parent=self)
        box.setObjectName("dropPasteQuestion")
        drop = box.addButton(self.tr("&Leave them out"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Go back to the rows"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is drop

    def mapping(self) -> list[str]:
        return [combo.currentData() for combo in self.combos]
