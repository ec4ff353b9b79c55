"""The base of the main window's three workspaces: a heading, what it is for, and the plan it works on.

A workspace follows what writes change (ui/changes_hub.py) through `apply_changes`, which each workspace defines
for what it shows. A workspace the clerk cannot see (the other tabs of a shown window) keeps the changes and
catches up when it is shown, once: the tracker does not judge 1,000 tasks again for every letter typed in the
editor. The heading's plan line (number, state, counts) is the main window's to refresh (`show_summary`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tthc_desktop.domain.enums import DocumentStatus
from tthc_desktop.services.changes import Changes
from tthc_desktop.services.dto import PlanSummary

if TYPE_CHECKING:
    from tthc_desktop.ui.changes_hub import ChangesHub


class Workspace(QWidget):
    """A workspace page: a heading, what it is for, and the plan it is working on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: PlanSummary | None = None
        self._unseen: Changes | None = None  # changes that came while the workspace could not be seen
        if not hasattr(self, "undo_stack"):
            self.undo_stack = QUndoStack(self)  # Edit > Undo acts on the current workspace's own edits
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
        self._unseen = None  # a workspace given a plan reads it whole
        self._show_plan()

    def show_summary(self, plan: PlanSummary) -> None:
        """The same plan as read again (subject, number, counts): the plan line follows, nothing else."""
        if self._plan is not None and plan.id == self._plan.id:
            self._plan = plan
            self._show_plan()

    # ---------------------------------------------------------------- what writes changed

    def watch(self, hub: ChangesHub) -> None:
        self.hub = hub
        hub.changed.connect(self._changes_arrived)

    def _changes_arrived(self, changes: Changes) -> None:
        if not self.isVisible() and self.window().isVisible():
            self._unseen = changes if self._unseen is None else self._unseen.merged(changes)
            return
        self.apply_changes(changes)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        unseen, self._unseen = self._unseen, None
        if unseen is not None:
            self.apply_changes(unseen)
        super().showEvent(event)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh what this workspace shows of `changes`, and nothing else."""

    def _show_plan(self) -> None:
        plan = self._plan
        if plan is None:
            self._plan_label.setText(self.tr("No plan selected. Pick a year and a plan on the left."))
            return
        state = self.tr("issued") if plan.status is DocumentStatus.ISSUED else self.tr("draft")
        number = plan.number_text or self.tr("no number yet")
        # Workspace.tr, not self.tr: a subclass's self.tr looks in the subclass's context first, and a counted
        # ("%n") text comes back from there with %n filled in, which PySide takes for a translation.
        self._plan_label.setText(
            Workspace.tr("<b>{subject}</b><br>Year {year} · {number} · {state}<br>%n task(s), {indicators}", "",
                         plan.task_count)
            .format(subject=plan.subject, year=plan.year, number=number, state=state,
                    indicators=Workspace.tr("%n indicator(s)", "", plan.indicator_count))
        )

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self._purpose.setText(self.purpose())
        self._show_plan()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
