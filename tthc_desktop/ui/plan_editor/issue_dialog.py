"""Issuing a plan: the number it will take, the date, and a plain warning that it freezes the documents."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from tthc_desktop.domain.numbering import format_number
from tthc_desktop.errors import TthcError
from tthc_desktop.services.dto import DocumentInfo, PlanSummary
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.dates import date_edit
from tthc_desktop.ui.messages import report_error


class IssueDialog(QDialog):
    """Numbers and dates the decision (or the plan, when it stands alone) and freezes what it issues."""

    def __init__(self, services: Services, plan: PlanSummary, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.services, self.plan = services, plan
        self.document = plan.decision or plan.document
        self.issued: DocumentInfo | None = None
        self.setWindowTitle(self.tr("Issue the plan"))
        self.date = date_edit(today or date.today(), self)
        self.date.dateChanged.connect(self._show_number)
        self.number = QLabel(self)
        warning = QLabel(self.tr("Once issued, the decision and the plan can no longer be changed; changes then "
                                 "go into a new draft (amendment)."), self)
        warning.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Date of issue:"), self.date)
        form.addRow(self.tr("Number:"), self.number)
        form.addRow(warning)
        buttons = QDialogButtonBox(self)
        self.issue_button = buttons.addButton(self.tr("&Issue"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._show_number()

    def chosen_date(self) -> date:
        value = self.date.date()
        return date(value.year(), value.month(), value.day())

    def _show_number(self) -> None:
        number = self.services.documents.next_number(self.chosen_date().year, self.document.type)
        symbol = self.document.number_text.split("/", 1)[-1]
        self.number.setText(format_number(number, symbol))

    def issue(self) -> None:
        try:
            self.issued = self.services.checks.issue(self.plan.id, self.chosen_date())
        except TthcError as error:
            report_error(self, error)
            return
        self.accept()


__all__ = ["IssueDialog"]
