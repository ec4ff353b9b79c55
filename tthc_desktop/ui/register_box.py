"""Settings: the next free number of the commune's register of outgoing documents (sổ đăng ký văn bản đi).

The register numbers every document the commune sends in a year, most of them made outside this app, so the app
cannot know its next free number unless the clerk says it. Set here per year (and per register when each
document type keeps its own); issuing then proposes the larger of it and the app's own last number plus one.
Staged like the rest of Settings: saved on OK or Apply.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from tthc_desktop.services.documents import MAX_NUMBER
from tthc_desktop.services.dto import RegisterInfo
from tthc_desktop.services.registry import Services


class RegisterBox(QGroupBox):
    def __init__(self, services: Services, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerBox")
        self.services = services
        self.setTitle(self.tr("Register of outgoing documents (sổ đăng ký văn bản đi)"))
        self.year = QSpinBox(self)
        self.year.setObjectName("registerYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Year:"), self.year)
        note = QLabel(self.tr("Write the next free number of the register as you read it there: documents made "
                              "outside this app take numbers too. Issuing proposes the larger of this and the "
                              "last number this app issued plus one."), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        self.boxes: dict[str, QSpinBox] = {}
        self.infos: dict[str, RegisterInfo] = {}
        self.staged: dict[tuple[int, str], int | None] = {}
        self.year.valueChanged.connect(self._year_changed)
        self._shown_year = today.year

    def load(self) -> None:
        """The registers of the chosen year, with the values staged for it if any."""
        while self.form.rowCount() > 2:
            self.form.removeRow(2)
        self.boxes.clear()
        year = self.year.value()
        self._shown_year = year
        self.infos = {r.symbol: r for r in self.services.organization.register(year)}
        for symbol, info in self.infos.items():
            box = QSpinBox(self)
            box.setObjectName(f"registerNext_{symbol or 'all'}")
            box.setRange(0, MAX_NUMBER)
            box.setSpecialValueText(self.tr("(not set)"))
            value = self.staged.get((year, symbol), info.next_free)
            box.setValue(value or 0)
            box.valueChanged.connect(lambda v, s=symbol: self.staged.__setitem__((self._shown_year, s), v or None))
            last = f"{info.last_used:02d}" if info.last_used else self.tr("none")
            known = QLabel(self.tr("Last number this app issued in {year}: {last}. Proposed now: {proposed}.").format(
                year=year, last=last, proposed=f"{info.proposed:02d}"), self)
            known.setWordWrap(True)
            row = QHBoxLayout()
            row.addWidget(box)
            row.addWidget(known, 1)
            label = self.tr("Next free number:") if not symbol else \
                self.tr("Next free number ({symbol}):").format(symbol=symbol)
            self.form.addRow(label, row)
            self.boxes[symbol] = box

    def _year_changed(self) -> None:
        self.load()

    def changes(self) -> dict[tuple[int, str], int | None]:
        """(year, register) -> next free number (None: cleared), where it differs from what is saved."""
        result = {}
        for (year, symbol), value in self.staged.items():
            saved = next((r.next_free for r in self.services.organization.register(year) if r.symbol == symbol),
                         None)
            if value != saved:
                result[(year, symbol)] = value
        return result

    def save(self) -> None:
        for (year, symbol), value in self.changes().items():
            self.services.organization.set_register_start(year, value, symbol)
        self.staged.clear()
        self.load()


__all__ = ["RegisterBox"]
