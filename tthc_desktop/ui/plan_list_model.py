"""The plans of the database as a list model: one row a plan, filtered by year through a proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

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
            counts = self.tr("{tasks} tasks, {indicators} indicators, {state}").format(
                tasks=plan.task_count, indicators=plan.indicator_count, state=state)
            return f"{plan.subject}\n{counts}"
        if role == PlanIdRole:
            return plan.id
        if role == YearRole:
            return str(plan.year)
        return None
