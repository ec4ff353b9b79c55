"""A new plan for a year: empty (the commune's template), or a copy of an existing plan moved on to that year."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from tthc_desktop.domain import bounds
from tthc_desktop.errors import TthcError
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.services.registry import Services
from tthc_desktop.ui import window_size
from tthc_desktop.ui.messages import report_error

EMPTY = 0


class NewPlanDialog(QDialog):
    def __init__(self, services: Services, selected: PlanSummary | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.created: PlanSummary | None = None
        self.setWindowTitle(self.tr("New plan"))
        self.year = QSpinBox(self)
        self.year.setRange(bounds.FIRST_YEAR, bounds.LAST_YEAR)
        plans = services.plans.list_plans()
        latest = max((p.year for p in plans), default=None)
        self.year.setValue((selected.year if selected else latest or 2025) + 1)
        self.source = QComboBox(self)
        self.source.addItem(self.tr("Empty (the commune's template)"), EMPTY)
        for plan in plans:
            number = plan.number_text or self.tr("draft")
            self.source.addItem(self.tr("Copy of {year} · {number} · {subject}").format(
                year=plan.year, number=number, subject=plan.subject[:60]), plan.id)
        # The usual January work: next year's plan from this year's, so that is proposed.
        if selected is not None:
            self.source.setCurrentIndex(self.source.findData(selected.id))
        form = QFormLayout(self)
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.tr("&Start from:"), self.source)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        window_size.fit(self, 560, self.sizeHint().height(), "newPlan")

    def create(self) -> None:
        source, year = self.source.currentData(), self.year.value()
        try:
            if source == EMPTY:
                self.created = self.services.plans.create_plan(year)
            else:
                self.created = self.services.plans.copy_plan(int(source), year)
        except TthcError as error:
            report_error(self, error)
            return
        self.accept()
