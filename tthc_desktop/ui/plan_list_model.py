"""The plans of the database as a list model: one row a plan, filtered by year, status and words through a proxy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import DocumentStatus
from tthc_desktop.services.dto import PlanSummary

PlanIdRole = Qt.ItemDataRole.UserRole + 1
YearRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class PlanListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._plans: list[PlanSummary] = []

    def set_plans(self, plans: list[PlanSummary]) -> None:
        self.beginResetModel()
        self._plans = list(plans)
        self.endResetModel()

    def update_plan(self, plan: PlanSummary) -> None:
        """The same plan read again (its subject, number, state or counts changed): its row shows it."""
        row = self.row_of(plan.id)
        if row is not None and self._plans[row] != plan:
            self._plans[row] = plan
            self.dataChanged.emit(self.index(row), self.index(row))

    def plan(self, row: int) -> PlanSummary:
        return self._plans[row]

    def row_of(self, plan_id: int) -> int | None:
        return next((row for row, plan in enumerate(self._plans) if plan.id == plan_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._plans)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._plans):
            return None
        plan = self._plans[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            number = plan.number_text or self.tr("draft")
            return f"{plan.year} · {number}\n{plan.subject}"
        if role == Qt.ItemDataRole.ToolTipRole:
            state = self.tr("issued") if plan.status is DocumentStatus.ISSUED else self.tr("draft")
            counts = self.tr("%n task(s), {indicators}, {state}", "", plan.task_count).format(
                indicators=self.tr("%n indicator(s)", "", plan.indicator_count), state=state)
            return f"{plan.subject}\n{counts}"
        if role == PlanIdRole:
            return plan.id
        if role == YearRole:
            return str(plan.year)
        return None


class PlanFilterProxy(QSortFilterProxyModel):
    """The plans of one year (or all), of one status (or all), matching every word typed (accents optional)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year = ""
        self.status: str | None = None  # a DocumentStatus value ("draft", "issued"), None for both
        self.words: list[str] = []

    def set_year(self, year: str) -> None:
        self._refilter(lambda: setattr(self, "year", year))

    def set_status(self, status: str | None) -> None:
        self._refilter(lambda: setattr(self, "status", DocumentStatus(status).value if status else None))

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "words", vnformat.fold(text).split()))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Qt 6.10 replaced invalidateFilter() with begin/endFilterChange(); use whichever this Qt has."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, PlanListModel):
            return True
        plan = model.plan(source_row)
        if self.year and str(plan.year) != self.year:
            return False
        if self.status is not None and plan.status.value != self.status:
            return False
        if self.words:
            haystack = vnformat.fold(f"{plan.year} {plan.number_text or ''} {plan.subject}")
            return all(word in haystack for word in self.words)
        return True
