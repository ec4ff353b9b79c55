"""Issuing a plan: the date, the number the clerk types from the register, and a plain warning that it freezes."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from tthc_desktop.errors import TthcError
from tthc_desktop.services.dto import DocumentInfo, PlanSummary
from tthc_desktop.services.registry import Services
from tthc_desktop.ui import window_size
from tthc_desktop.ui.issue_fields import IssueFields
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
        form = QFormLayout(self)
        self.fields = IssueFields(services, self.document, today or date.today(), form, self)
        self.date, self.number = self.fields.date, self.fields.number
        warning = QLabel(self.tr("Once issued, the decision and the plan can no longer be changed; changes then "
                                 "go into a new draft (amendment)."), self)
        warning.setWordWrap(True)
        form.addRow(warning)
        buttons = QDialogButtonBox(self)
        self.issue_button = buttons.addButton(self.tr("&Issue"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        self.fields.validity_changed.connect(self.issue_button.setEnabled)
        self.issue_button.setEnabled(self.fields.check())
        form.addRow(buttons)
        window_size.fit(self, 520, self.sizeHint().height())

    def chosen_date(self) -> date:
        return self.fields.chosen_date()

    def issue(self) -> None:
        try:
            self.issued = self.services.checks.issue(self.plan.id, self.chosen_date(), self.fields.chosen_number())
        except TthcError as error:
            report_error(self, error)
            return
        self.accept()


__all__ = ["IssueDialog"]
