"""Item models of the Report builder: the reports of a plan, one report's sections, and one of its tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from tthc_desktop.reports.tables import ReportTable
from tthc_desktop.services.reports_dto import ReportStatus, ReportSummary, SectionView
from tthc_desktop.ui.period_text import period_text

__all__ = ["ReportListModel", "ReportSectionsModel", "ReportTableModel", "period_text"]

Index = QModelIndex | QPersistentModelIndex
STATUS_WORDS = {ReportStatus.DRAFT: QT_TRANSLATE_NOOP("ReportListModel", "draft"),
                ReportStatus.ISSUED: QT_TRANSLATE_NOOP("ReportListModel", "issued"),
                ReportStatus.SENT: QT_TRANSLATE_NOOP("ReportListModel", "sent")}


class ReportListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.reports: list[ReportSummary] = []

    def set_reports(self, reports: Sequence[ReportSummary]) -> None:
        self.beginResetModel()
        self.reports = list(reports)
        self.endResetModel()

    def row_of(self, report_id: int) -> int | None:
        return next((i for i, r in enumerate(self.reports) if r.report_id == report_id), None)

    def row_of_period(self, period_key: str | None) -> int | None:
        return next((i for i, r in enumerate(self.reports) if r.period_key == period_key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.reports)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.reports):
            return None
        report = self.reports[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = QCoreApplication.translate("ReportListModel", STATUS_WORDS[report.status])
            if report.number_text.startswith("/"):  # a draft has no number yet: "/BC-UBND" would be a code
                return f"{period_text(report.period_key)} · {status}"
            return f"{period_text(report.period_key)} · {report.number_text} · {status}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return report.subject
        return None


class ReportSectionsModel(QAbstractTableModel):
    """The report's sections: heading and text; the text of a draft is edited in place."""

    HEADERS = (QT_TRANSLATE_NOOP("ReportSectionsModel", "Section"), QT_TRANSLATE_NOOP("ReportSectionsModel", "Text"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sections: list[SectionView] = []
        self.editable = False
        self.edit_requested: Callable[[str, str], bool] | None = None

    def set_sections(self, sections: Sequence[SectionView], editable: bool) -> None:
        self.editable = editable
        if len(sections) == len(self.sections):
            changed = [i for i, (a, b) in enumerate(zip(self.sections, sections, strict=True)) if a != b]
            self.sections = list(sections)
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), 1))
            return
        self.beginResetModel()
        self.sections = list(sections)
        self.endResetModel()

    def keep(self, key: str, text: str) -> None:
        """A section's text as just typed and kept, held without a signal: the editor open on it shows it, and
        a dataChanged would set the editor's text again under the clerk's cursor."""
        self.sections = [replace(s, text=text, edited=True) if s.key == key else s for s in self.sections]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.sections)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ReportSectionsModel", self.HEADERS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.sections):
            return None
        section = self.sections[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return "    " * max(0, section.level - 1) + " ".join(
                    p for p in (f"{section.label}." if section.label else "", section.heading or "") if p)
            return section.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            font = QFont()
            font.setBold(section.level <= 1)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1 and section.prefilled:
            if section.edited:
                return self.tr("Written by the clerk: refreshing the figures keeps it.")
            return self.tr("Written from the tracker's figures; edit it freely.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        section = self.sections[index.row()]
        if index.column() == 1 and self.editable and section.key is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_requested is None:
            return False
        section = self.sections[index.row()]
        if section.key is None or str(value) == section.text:
            return False
        return self.edit_requested(section.key, str(value))


class ReportTableModel(QAbstractTableModel):
    """One of the report's tables as it prints (read-only: its figures come from the tracker)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: ReportTable | None = None

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if self.table is not None and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            column = self.table.columns[section]
            return f"{column.group}\n{column.title}" if column.group else column.title
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or not index.isValid() or not 0 <= index.row() < len(self.table.rows):
            return None
        row = self.table.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()].text() if index.column() < len(row.cells) else ""
        if role == Qt.ItemDataRole.FontRole and (row.total or row.group):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() < len(row.cells):
            if row.cells[index.column()].kind != "text":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
