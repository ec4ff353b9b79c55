"""The Settings dialog's parts: units and officials as staged rows, their table models, and the small dialogs
that add, rename, edit and retire them (nothing here writes: `SettingsDialog` saves on OK/Apply)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from tthc_desktop.errors import DataError
from tthc_desktop.services.dto import OfficialInfo, UnitInfo
from tthc_desktop.services.organization import checked_email
from tthc_desktop.ui.dates import date_edit

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _date_text(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _greyed() -> Any:
    return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


# ---------------------------------------------------------------- staged rows


@dataclass(eq=False)  # rows are found by identity: two new rows may hold equal values
class UnitRow:
    """A unit as the dialog shows it: saved values in `saved`, staged ones in the fields (`id` None = new)."""

    name: str
    abbreviation: str | None
    active_from: date | None = None
    active_to: date | None = None
    replaced_by: UnitRow | None = None
    id: int | None = None
    saved: UnitInfo | None = None
    email: str | None = None  # where its reminder slips are mailed

    @classmethod
    def of(cls, info: UnitInfo) -> UnitRow:
        return cls(info.name, info.abbreviation, info.active_from, info.active_to, None, info.id, info, info.email)

    @property
    def retired(self) -> bool:
        return self.active_to is not None

    @property
    def pending(self) -> bool:
        s = self.saved
        return s is None or (self.name, self.abbreviation, self.active_to, self.email) != (
            s.name, s.abbreviation, s.active_to, s.email)


@dataclass(eq=False)
class OfficialRow:
    name: str
    position: str
    may_sign: bool
    active_from: date | None = None
    active_to: date | None = None
    id: int | None = None
    saved: OfficialInfo | None = None

    @classmethod
    def of(cls, info: OfficialInfo) -> OfficialRow:
        return cls(info.name, info.position, info.may_sign, info.active_from, info.active_to, info.id, info)

    @property
    def retired(self) -> bool:
        return self.active_to is not None

    @property
    def pending(self) -> bool:
        s = self.saved
        return s is None or (self.name, self.position, self.may_sign, self.active_to) != (
            s.name, s.position, s.may_sign, s.active_to)


# ---------------------------------------------------------------- models


class RowsModel(QAbstractTableModel):
    """Rows of staged values; retired rows greyed, unsaved ones in italics."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def append(self, row: Any) -> None:
        self.beginInsertRows(_ROOT, len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()

    def row_changed(self, row: Any) -> None:
        number = self.rows.index(row)
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def headers(self) -> list[str]:
        raise NotImplementedError

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and row.retired:
            return _greyed()
        if role == Qt.ItemDataRole.FontRole and row.pending:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.pending:
            return QCoreApplication.translate("SettingsDialog", "Not saved yet: press Apply or OK.")
        return None


class UnitModel(RowsModel):
    """The commune's units, retired ones included with their dates (the history plans refer to)."""

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Abbreviation"), self.tr("Active from"), self.tr("Retired on"),
                self.tr("Replaced by"), self.tr("E-mail (reminder slips)")]

    def text(self, row: UnitRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return row.abbreviation or ""
        if column == 2:
            return _date_text(row.active_from)
        if column == 3:
            return _date_text(row.active_to)
        if column == 5:
            return row.email or ""
        return row.replaced_by.name if row.replaced_by else ""

    def load(self, units: list[UnitInfo]) -> None:
        rows = [UnitRow.of(u) for u in units]
        by_id = {row.id: row for row in rows}
        for row in rows:
            if row.saved and row.saved.replaced_by_id is not None:
                row.replaced_by = by_id.get(row.saved.replaced_by_id)
        self.set_rows(rows)


class OfficialModel(RowsModel):
    """The committee's officials; the may-sign column is a check box on active rows."""

    SIGN_COLUMN = 2

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Position"), self.tr("May sign"), self.tr("Active from"),
                self.tr("Retired on")]

    def text(self, row: OfficialRow, column: int) -> str:
        return [row.name, row.position, "", _date_text(row.active_from), _date_text(row.active_to)][column]

    def load(self, officials: list[OfficialInfo]) -> None:
        self.set_rows([OfficialRow.of(o) for o in officials])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.SIGN_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self.rows[index.row()].may_sign else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.SIGN_COLUMN and not self.rows[index.row()].retired:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not (index.isValid() and index.column() == self.SIGN_COLUMN and role == Qt.ItemDataRole.CheckStateRole):
            return False
        row = self.rows[index.row()]
        if row.retired:
            return False
        row.may_sign = Qt.CheckState(value) == Qt.CheckState.Checked
        self.row_changed(row)
        return True


# ---------------------------------------------------------------- small dialogs


class UnitEditDialog(QDialog):
    def __init__(self, row: UnitRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a unit") if row is None else self.tr("Rename the unit"))
        self.name = QLineEdit(row.name if row else "", self)
        self.abbreviation = QLineEdit((row.abbreviation or "") if row else "", self)
        self.email = QLineEdit((row.email or "") if row else "", self)
        self.email.setPlaceholderText("vanphong@hanhdung.gov.vn")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Abbreviation:"), self.abbreviation)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.problem)
        if row is not None and row.saved is not None:
            note = QLabel(self.tr("Plans already written keep the name they printed. For a reorganisation, retire "
                                  "the old unit and add the new one instead."), self)
            note.setWordWrap(True)
            form.addRow(note)
        form.addRow(_ok_cancel(self))

    def accept(self) -> None:
        """Refuse an address that is not one here, in words, rather than when Settings are saved."""
        try:
            checked_email(self.email.text())
        except DataError as error:
            self.problem.setText(str(error))
            self.problem.show()
            self.email.setFocus()
            return
        super().accept()

    def chosen_email(self) -> str | None:
        return checked_email(self.email.text())


class OfficialEditDialog(QDialog):
    def __init__(self, row: OfficialRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an official") if row is None else self.tr("Edit the official"))
        self.name = QLineEdit(row.name if row else "", self)
        self.position = QComboBox(self)
        self.position.setEditable(True)
        self.position.addItems(["CHỦ TỊCH", "PHÓ CHỦ TỊCH"])  # document text, as printed over the signature
        self.position.setCurrentText(row.position if row else "")
        self.may_sign = QCheckBox(self.tr("May &sign documents"), self)
        self.may_sign.setChecked(row.may_sign if row else False)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Position:"), self.position)
        form.addRow(self.may_sign)
        form.addRow(_ok_cancel(self))


class RetireDialog(QDialog):
    """The last day of a unit or an official, and for a unit the one that takes over its work."""

    def __init__(self, name: str, successors: list[UnitRow] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retire {name}").format(name=name))
        self.date = date_edit(date.today(), self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Last day:"), self.date)
        self.successor = QComboBox(self)
        if successors is not None:
            self.successor.addItem(self.tr("(none)"), None)
            for row in successors:
                self.successor.addItem(row.name, row)
            form.addRow(self.tr("&Replaced by:"), self.successor)
        note = QLabel(self.tr("Nothing is deleted: plans already written keep this name; it is no longer "
                              "offered for new work."), self)
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(_ok_cancel(self))

    def day(self) -> date:
        return self.date.date().toPython()


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
