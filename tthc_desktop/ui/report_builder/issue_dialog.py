"""Issuing a report: the date and the number the clerk types from the register of outgoing documents."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from tthc_desktop.services.dto import DocumentInfo
from tthc_desktop.services.registry import Services
from tthc_desktop.ui import window_size
from tthc_desktop.ui.issue_fields import IssueFields


class ReportIssueDialog(QDialog):
    """Asks the date and the number; the workspace issues with them once the clerk accepts."""

    def __init__(self, services: Services, document: DocumentInfo, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue the report"))
        form = QFormLayout(self)
        self.fields = IssueFields(services, document, today, form, self)
        note = QLabel(self.tr("Issuing numbers the report and freezes its figures; it can no longer be edited."),
                      self)
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(self)
        self.issue_button = buttons.addButton(self.tr("&Issue"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.fields.validity_changed.connect(self.issue_button.setEnabled)
        self.issue_button.setEnabled(self.fields.check())
        form.addRow(buttons)
        window_size.fit(self, 520, self.sizeHint().height())

    def chosen(self) -> tuple[date, int]:
        return self.fields.chosen_date(), self.fields.chosen_number()


__all__ = ["ReportIssueDialog"]
