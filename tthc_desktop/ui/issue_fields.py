"""The date and the number of a document being issued, as the clerk types them from the register.

Issuing a plan's decision and issuing a report ask the same two things: the date, and the number the commune's
register of outgoing documents (sổ đăng ký văn bản đi) gives it. The number proposed is the service's
(DocumentService.next_number: the last this app knows plus one, or the register's next free number set in
Settings); the clerk may type another. A number another document of the app already has that year is said at once,
under the field, and the issue button waits until it is free.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox, QWidget

from tthc_desktop.errors import TthcError
from tthc_desktop.services.documents import MAX_NUMBER
from tthc_desktop.services.dto import DocumentInfo
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.dates import date_edit


class NumberBox(QSpinBox):
    """A document number as the register writes it: two digits at least ("05/QĐ-UBND")."""

    def textFromValue(self, value: int) -> str:  # noqa: N802
        return f"{value:02d}"

    def valueFromText(self, text: str) -> int:  # noqa: N802
        digits = "".join(c for c in text.split("/", 1)[0] if c.isdigit())
        return int(digits) if digits else self.minimum()


class IssueFields(QObject):
    """Rows of a form: date of issue, number (with its symbol), and what is wrong with the number, if anything."""

    validity_changed = Signal(bool)

    def __init__(self, services: Services, document: DocumentInfo, today: date, form: QFormLayout,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.services, self.document = services, document
        self.symbol = document.number_text.split("/", 1)[-1]
        self.date = date_edit(today, parent)
        self.date.setObjectName("issueDate")
        self.number = NumberBox(parent)
        self.number.setObjectName("issueNumber")
        self.number.setRange(1, MAX_NUMBER)
        self.number.setSuffix(f"/{self.symbol}")
        self.number.setAccelerated(True)
        self.proposed = QPushButton(parent)
        self.proposed.setObjectName("proposedNumber")
        self.proposed.setFlat(True)
        self.proposed.setStyleSheet("QPushButton { text-align: left; padding-left: 2px; }")
        self.proposed.setToolTip(self.tr("Use the proposed number"))
        self.proposed.clicked.connect(self.propose)
        self.problem = QLabel(parent)
        self.problem.setObjectName("numberProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("QLabel { color: #a4161a; }")
        hint = QLabel(self.tr("The number from the register of outgoing documents (sổ đăng ký văn bản đi). "
                              "Proposed: the next after the last this app issued that year, or the register's "
                              "next free number set in Settings."), parent)
        hint.setWordWrap(True)
        form.addRow(self.tr("&Date of issue:"), self.date)
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow("", self.proposed)
        form.addRow("", self.problem)
        form.addRow(hint)
        self._typed = False
        self._proposal = 1
        self.date.dateChanged.connect(self._year_changed)
        self.number.valueChanged.connect(self._number_changed)
        self._year = self.chosen_date().year
        self.propose()

    def chosen_date(self) -> date:
        value = self.date.date()
        return date(value.year(), value.month(), value.day())

    def chosen_number(self) -> int:
        return self.number.value()

    def propose(self) -> None:
        """The service's proposal for the chosen year, typed into the field."""
        try:
            self._proposal = self.services.documents.next_number(self.chosen_date().year, self.document.type)
        except TthcError as error:
            self.problem.setText(str(error))
            return
        self.proposed.setText(self.tr("Proposed: {number}/{symbol}").format(number=f"{self._proposal:02d}",
                                                                            symbol=self.symbol))
        self.number.blockSignals(True)
        self.number.setValue(self._proposal)
        self.number.blockSignals(False)
        self._typed = False
        self.check()

    def _year_changed(self) -> None:
        year = self.chosen_date().year
        if year != self._year:  # numbers restart every year: a typed number belonged to the other year
            self._year = year
            self.propose()
        else:
            self.check()

    def _number_changed(self) -> None:
        self._typed = True
        self.check()

    def check(self) -> bool:
        """Say at once when the number is another document's in that year; True when it is free."""
        try:
            holder = self.services.documents.holder(self.document.id, self.chosen_date().year, self.chosen_number())
        except TthcError as error:
            self.problem.setText(str(error))
            self.validity_changed.emit(False)
            return False
        if holder is None:
            self.problem.setText("")
            self.validity_changed.emit(True)
            return True
        when = holder.issued_on.strftime("%d/%m/%Y") if holder.issued_on else ""
        self.problem.setText(self.tr("{number} is already used in {year} by “{subject}” ({date}). Type another "
                                     "number.").format(number=holder.number_text, year=self.chosen_date().year,
                                                       subject=holder.subject, date=when))
        self.validity_changed.emit(False)
        return False


__all__ = ["IssueFields"]
