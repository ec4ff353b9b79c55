"""Biểu 06 as an editable table: the clerk types the form as written; the totals are worked out.

Each cell typed is kept at once (no Save button): the model reads it (a count of dossiers, or the field's name)
and hands the rows as they would then be to `edit_requested`, which the figures page makes an undoable command
of; the rows shown are then those stored. What is no count is refused in place (`refused`), never turned into 0.
A total (3), (7) or (11) is the sum of its parts: typed, it is a check, accepted when it is that sum and refused
with the sum otherwise. A new row is kept once it has its field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
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
# What each column of the form counts, said on its header: the header itself shows the form's "(3)".."(13)".
MEANINGS = (QT_TRANSLATE_NOOP("DossierModel", "Received: total (4) + (5) + (6)"),
            QT_TRANSLATE_NOOP("DossierModel", "Received online"),
            QT_TRANSLATE_NOOP("DossierModel", "Received in person or by post"),
            QT_TRANSLATE_NOOP("DossierModel", "Carried over from the previous period"),
            QT_TRANSLATE_NOOP("DossierModel", "Settled: total (8) + (9) + (10)"),
            QT_TRANSLATE_NOOP("DossierModel", "Settled before the deadline"),
            QT_TRANSLATE_NOOP("DossierModel", "Settled on time"),
            QT_TRANSLATE_NOOP("DossierModel", "Settled late"),
            QT_TRANSLATE_NOOP("DossierModel", "Being settled: total (12) + (13)"),
            QT_TRANSLATE_NOOP("DossierModel", "Being settled, within the deadline"),
            QT_TRANSLATE_NOOP("DossierModel", "Being settled, past the deadline"))


class DossierModel(QAbstractTableModel):
    """Cells are edited as text and read as Vietnamese writes numbers ("1.250"); what is no count of dossiers
    ("abc", "1,5", "-1", "95.5") is refused in place: the cell keeps its value and `refused` says why."""

    refused = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DossierRow] = []
        # Set by the figures page: keep these rows (a command); False when refused. None: edits stay here.
        self.edit_requested: Callable[[list[DossierRow]], bool] | None = None

    def set_rows(self, rows: list[DossierRowInfo] | list[DossierRow]) -> None:
        """The rows as stored, the totals as sums of their parts; new rows without their field yet stay."""
        names = [f.name for f in fields(DossierRow) if f.name not in TOTALS]
        stored = [DossierRow(**{k: getattr(r, k) for k in names}) for r in rows]
        self._show(stored, sum(1 for r in self.rows if not r.field))

    def _show(self, stored: list[DossierRow], pending: int) -> None:
        fresh = stored + [DossierRow(field="") for _ in range(pending)]
        if len(fresh) == len(self.rows):
            self.rows = fresh  # in place: the cell being looked at stays current
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows), self.columnCount() - 1))
            return
        self.beginResetModel()
        self.rows = fresh
        self.endResetModel()

    def add_row(self, field: str = "") -> bool:
        """A new row: kept at once when it has its field, else shown to be filled in (kept once it has one)."""
        if field:
            return self._keep([*self.rows, DossierRow(field=field)])
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(DossierRow(field=field))
        self.endInsertRows()
        return True

    def remove_row(self, row: int) -> bool:
        if not 0 <= row < len(self.rows):
            return False
        if not self.rows[row].field:
            self.beginRemoveRows(QModelIndex(), row, row)
            self.rows.pop(row)
            self.endRemoveRows()
            return True
        return self._keep(self.rows[:row] + self.rows[row + 1:])

    def kept_rows(self) -> list[DossierRow]:
        """The rows that are (or would be) stored: those with their field."""
        return [r for r in self.rows if r.field]

    def _keep(self, rows: list[DossierRow]) -> bool:
        """Ask for `rows` to be kept (those with their field); done, show what is stored and the new rows left."""
        kept = [r for r in rows if r.field]
        if self.edit_requested is not None and not self.edit_requested(kept):
            return False
        stored = [r for r in self.rows if r.field] if self.edit_requested is not None else kept
        self._show(stored, sum(1 for r in rows if not r.field))
        return True

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
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal and section:
            return f"({section + 2}) " + QCoreApplication.translate("DossierModel", MEANINGS[section - 1])
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
        # Text, so the editor takes what is typed and the model reads it; exact: an older file's 2,5 dossiers is
        # not shown as 3. A total shows its sum, which is what committing it unchanged checks.
        return edit_text(self.value(row, name))

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
        try:
            if column == 0:
                changed = replace(row, field=str(value).strip())
                if changed.field == row.field:
                    self.dataChanged.emit(index, index)
                    return True
                if not changed.field:
                    raise DataError(QCoreApplication.translate(
                        "DossierModel", "Every row of Biểu 06 needs its field (lĩnh vực); to take a row away, "
                        "use Remove field."))
            else:
                name = COUNTS[column - 1]
                if not row.field:
                    raise DataError(QCoreApplication.translate(
                        "DossierModel", "Type the row's field (lĩnh vực) first, in the first column."))
                number = door.count(door.dossier_field(row.field, name), value)
                if name in TOTALS:
                    self._check_total(row, name, number)
                    self.dataChanged.emit(index, index)  # accepted: the sum of its parts, nothing to keep
                    return True
                if number is None:
                    raise DataError(QCoreApplication.translate(
                        "DossierModel", "Column ({column}) of row “{row}” is empty: type 0 when there were none.")
                        .format(column=door.DOSSIER_COLUMN[name], row=row.field))
                changed = replace(row, **{name: number})
                if changed == row:
                    self.dataChanged.emit(index, index)
                    return True
        except DataError as error:
            self.refused.emit(str(error))  # the cell keeps its value: nothing typed becomes 0
            return False
        rows = list(self.rows)
        rows[index.row()] = changed
        return self._keep(rows)

    def _check_total(self, row: DossierRow, name: str, typed: int | None) -> None:
        """A total typed is checked against its parts: the form's check, made as it is typed."""
        parts = self.value(row, name)
        if typed is None or typed == parts:
            return
        columns = ", ".join(f"({door.DOSSIER_COLUMN[p]})" for p in PARTS[name])
        raise DataError(QCoreApplication.translate(
            "DossierModel", "Row “{row}”: ({column}) is the sum of {parts}, which is {sum} now, not {typed}. Type "
            "or correct the parts; the total follows them.").format(
            row=row.field, column=door.DOSSIER_COLUMN[name], parts=columns, sum=edit_text(parts),
            typed=edit_text(typed)))
