"""Matching, once, the unit texts of the plans that the rule (domain.units) could not match to the commune's units.

Each row is one text (every spelling of it: dashes, case, spacing); the clerk picks the unit it names, or says it
names none ("Các ban, ngành liên quan"); the choice is remembered for every plan, present and future.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.errors import TthcError
from tthc_desktop.services.dto import UnitInfo, UnmatchedUnit
from tthc_desktop.services.registry import Services
from tthc_desktop.ui import window_size
from tthc_desktop.ui.messages import report_error

Index = QModelIndex | QPersistentModelIndex
UNCHOSEN = 0  # no choice yet: asked again next time
NOT_A_UNIT = -1  # the text names none of the commune's units


class UnmatchedUnitModel(QAbstractTableModel):
    """Unmatched texts with the unit the clerk chose for each (UNCHOSEN, NOT_A_UNIT or a unit id)."""

    def __init__(self, rows: list[UnmatchedUnit], units: list[UnitInfo], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = list(rows)
        self.units = units
        self.names = {u.id: u.name for u in units}
        self.chosen = [row.suggestion or UNCHOSEN for row in self.rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("As written in the plans"), self.tr("Rows"), self.tr("Unit of the commune"))[section]
        return None

    def choice_text(self, choice: int) -> str:
        if choice == NOT_A_UNIT:
            return self.tr("(none of the commune's units)")
        if choice == UNCHOSEN:
            return self.tr("(choose…)")
        return self.names.get(choice, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return row.text
            if column == 1:
                return str(row.uses)
            return self.choice_text(self.chosen[index.row()])
        if role == Qt.ItemDataRole.EditRole and column == 2:
            return self.chosen[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == 2 else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        if value not in (UNCHOSEN, NOT_A_UNIT) and value not in self.names:
            return False
        self.chosen[index.row()] = int(value)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def choices(self) -> list[tuple[str, int | None]]:
        """(text, unit id or None for "none") of every row the clerk has decided."""
        return [(row.text, None if choice == NOT_A_UNIT else choice)
                for row, choice in zip(self.rows, self.chosen, strict=True) if choice != UNCHOSEN]


class _UnitDelegate(QStyledItemDelegate):
    def __init__(self, model: UnmatchedUnitModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        for choice in (UNCHOSEN, *[u.id for u in self.model.units if u.active_to is None], NOT_A_UNIT):
            box.addItem(self.model.choice_text(choice), choice)
        return box

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class UnitMatchDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitMatchDialog")
        self.services = services
        self.setWindowTitle(self.tr("Match unit names"))
        self.model = UnmatchedUnitModel(services.organization.unmatched_units(), services.organization.units(), self)
        note = QLabel(self.tr("These unit names in the plans match none of the commune's units (Settings > Units) "
                              "by their words, dashes, case or known abbreviations. Choose the unit each one "
                              "means, or “none”: the choice is remembered for every plan."), self)
        note.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(2, _UnitDelegate(self.model, self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setColumnWidth(2, 230)
        empty = QLabel(self.tr("Every unit name in the plans matches one of the commune's units."), self)
        empty.setVisible(not self.model.rows)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save the matches"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        window_size.fit(self, 760, 420, "unitMatch")

    def save(self) -> None:
        """Each decided row in its own transaction; a refusal says why and keeps the dialog open."""
        try:
            for text, unit_id in self.model.choices():
                self.services.organization.match_unit(text, unit_id)
        except TthcError as error:
            report_error(self, error)
            return
        self.accept()


__all__ = ["UnitMatchDialog", "UnmatchedUnitModel"]
