"""The Decision page of a plan issued by itself: most communes issue their plan alone, signed by the chair, so
the app makes up no decision for it; the clerk may add one from the commune's template."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class LonePlanNotice(QWidget):
    def __init__(self, add_decision: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lonePlanNotice")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addDecisionButton")
        self.add_button.clicked.connect(add_decision)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.add_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("This plan is issued by itself, without a decision: its number, signer and "
                                   "recipients are on the Plan page. If the commune issues it with a decision, "
                                   "add one."))
        self.add_button.setText(self.tr("&Add a decision issuing the plan"))

    def set_editable(self, editable: bool) -> None:
        self.add_button.setEnabled(editable)
