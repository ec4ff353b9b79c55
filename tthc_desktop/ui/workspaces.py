"""The base of the main window's three workspaces: a heading, what it is for, and the plan it works on."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tthc_desktop.domain.enums import DocumentStatus
from tthc_desktop.services.dto import PlanSummary


class Workspace(QWidget):
    """A workspace page: a heading, what it is for, and the plan it is working on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: PlanSummary | None = None
        self._heading = QLabel(self)
        self._heading.setObjectName("workspaceHeading")
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._heading.setFont(font)
        self._purpose = QLabel(self)
        self._purpose.setWordWrap(True)
        self._plan_label = QLabel(self)
        self._plan_label.setWordWrap(True)
        self._plan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._purpose)
        layout.addSpacing(12)
        layout.addWidget(self._plan_label)
        self.layout_ = layout
        content = self.content()
        if content is None:
            layout.addStretch(1)
        else:
            layout.addWidget(content, 1)
        self.retranslate()

    def content(self) -> QWidget | None:
        """The workspace's own widgets under the plan line; None leaves the page empty."""
        return None

    def title(self) -> str:
        raise NotImplementedError

    def purpose(self) -> str:
        raise NotImplementedError

    def set_plan(self, plan: PlanSummary | None) -> None:
        self._plan = plan
        self._show_plan()

    def _show_plan(self) -> None:
        plan = self._plan
        if plan is None:
            self._plan_label.setText(self.tr("No plan selected. Pick a year and a plan on the left."))
            return
        state = self.tr("issued") if plan.status is DocumentStatus.ISSUED else self.tr("draft")
        number = plan.number_text or self.tr("no number yet")
        self._plan_label.setText(
            self.tr("<b>{subject}</b><br>Year {year} · {number} · {state}<br>{tasks} tasks, {indicators} indicators")
            .format(subject=plan.subject, year=plan.year, number=number, state=state,
                    tasks=plan.task_count, indicators=plan.indicator_count)
        )

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self._purpose.setText(self.purpose())
        self._show_plan()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
