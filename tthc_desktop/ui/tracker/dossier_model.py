"""Biểu 06 as an editable table: the clerk types the form as written; empty totals are worked out."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from tthc_desktop.domain.numbers import edit_text
from tthc_desktop.domain.tracking import DossierRow
from tthc_desktop.errors import DataError
from tthc_desktop.services import values as door
from tthc_desktop.services.tracking_dto import DossierRowInfo

Index = QModelIndex | QPersistentModelIndex
# Column order of the form: 2 field, then (3)..(13).
COUNTS = ("received", "received_online", "received_in_person", "carried_over", "settled", "settled_early",
          "settled_on_time", "settled_late", "pending", "pending_within", "pending_late")
TOTALS = ("received", "settled", "pending")
PARTS = {"received": ("received_online", "received_in_person", "carried_over"),
         "settled": ("settled_early", "settled_on_time", "settled_late"),
         "pending": ("pending_within", "pending_late")}
TOTAL_SHADE = QColor("#eeeeee")


class DossierModel(QAbstractTableModel):
    """Cells are edited as text and read as Vietnamese writes numbers ("1.250"); what is no count of dossiers
    ("abc", "1,5", "-1", "95.5") is refused in place: the cell keeps its value and `refused` says why."""

    refused = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DossierRow] = []

    def set_rows(self, rows: list[DossierRowInfo] | list[DossierRow]) -> None:
        self.beginResetModel()
        names = {f.name for f in fields(DossierRow)}
        self.rows = [DossierRow(**{k: getattr(r, k) for k in names}) for r in rows]
        self.endResetModel()

    def add_row(self, field: str = "") -> None:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(DossierRow(field=field))
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            self.rows.pop(row)
            self.endRemoveRows()

    def value(self, row: DossierRow, name: str) -> int:
        given = getattr(row, name)
        if given is None:
            return sum(getattr(row, part) for part in PARTS[name])
        return given

    def total(self, name: str) -> int:
        return sum(self.value(row, name) for row in self.rows)

    # ---------------------------------------------------------------- Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows) + 1  # the last row is the total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 1 + len(COUNTS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if section < len(self.rows) else ""
        return QCoreApplication.translate("DossierModel", "Field (2)") if section == 0 else f"({section + 2})"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        total_row = index.row() == len(self.rows)
        column = index.column()
        name = COUNTS[column - 1] if column else None
        if role == Qt.ItemDataRole.FontRole and (total_row or name in TOTALS):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and (total_row or name in TOTALS):
            return QBrush(TOTAL_SHADE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if total_row:
            if column == 0:
                return QCoreApplication.translate("DossierModel", "Total")
            return edit_text(self.total(name))
        row = self.rows[index.row()]
        if column == 0:
            return row.field
        if role == Qt.ItemDataRole.EditRole:  # text, so the editor takes what is typed and the model reads it
            return edit_text(getattr(row, name))  # a total left empty stays empty: the sum of its parts
        return edit_text(self.value(row, name))  # exact: an older file's 2,5 dossiers is not shown as 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() < len(self.rows):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.row() >= len(self.rows):
            return False
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            self.rows[index.row()] = replace(row, field=str(value).strip())
        else:
            name = COUNTS[column - 1]
            field = row.field or QCoreApplication.translate("DossierModel", "(no field yet)")
            try:
                number = door.count(door.dossier_field(field, name), value)
                if number is None and name not in TOTALS:
                    raise DataError(QCoreApplication.translate(
                        "DossierModel", "Column ({column}) of row “{row}” is empty: type 0 when there were none.")
                        .format(column=door.DOSSIER_COLUMN[name], row=field))
            except DataError as error:
                self.refused.emit(str(error))  # the cell keeps its value: nothing typed becomes 0
                return False
            self.rows[index.row()] = replace(row, **{name: number})  # an empty total: the sum of its parts
        last = self.index(len(self.rows), self.columnCount() - 1)
        self.dataChanged.emit(self.index(index.row(), 0), last)
        return True
