"""The Plan editor workspace: the outline tree, its toolbar, and one undo stack for every edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain.enums import DocumentStatus, OutlineKind
from tthc_desktop.errors import TthcError
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.messages import report_error
from tthc_desktop.ui.plan_editor.commands import (
    DeleteRowCommand,
    EditFieldCommand,
    InsertRowCommand,
    MoveRowCommand,
    _find,
)
from tthc_desktop.ui.plan_editor.delegates import OutlineDelegate
from tthc_desktop.ui.plan_editor.issue_dialog import IssueDialog
from tthc_desktop.ui.plan_editor.outline_model import COLUMNS, FIELDS, ItemIdRole, OutlineModel
from tthc_desktop.ui.workspaces import Workspace

# The first column carries the tree's indentation too: three levels of 14 px plus the widest label.
INDENTATION = 14
COLUMN_WIDTHS = {"label": 110, "text": 360, "objective": 160, "expected_result": 260, "lead_units": 200,
                 "cooperating_units": 180, "schedule_text": 140, "schedule": 170}


class PlanEditorWorkspace(Workspace):
    plan_issued = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self.services = services
        self.undo_stack = QUndoStack()
        self.model = OutlineModel()
        self.model.edit_requested = self.edit_field
        super().__init__(parent)
        self.undo_stack.setParent(self)
        self.model.setParent(self)

    def title(self) -> str:
        return self.tr("Plan editor")

    def purpose(self) -> str:
        return self.tr("Write the year's plan and the decision that issues it, check it, number and issue it.")

    # ---------------------------------------------------------------- widgets

    def content(self) -> QWidget:
        box = QWidget(self)
        self.banner = QLabel(box)
        self.banner.setObjectName("frozenBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#frozenBanner { background: #fff4ce; padding: 6px; }")
        self.toolbar = QToolBar(box)
        self.add_group_action = self._action("Ctrl+Shift+G", lambda: self.add_row(OutlineKind.GROUP))
        self.add_task_action = self._action("Ctrl+Return", lambda: self.add_row(OutlineKind.TASK))
        self.delete_action = self._action("Ctrl+Delete", self.delete_row)
        self.up_action = self._action("Alt+Up", lambda: self.move_row(-1))
        self.down_action = self._action("Alt+Down", lambda: self.move_row(1))
        self.indent_action = self._action("Alt+Right", self.indent_row)
        self.outdent_action = self._action("Alt+Left", self.outdent_row)
        self.issue_action = self._action("Ctrl+Shift+I", self.open_issue_dialog)
        self.row_actions = [self.add_group_action, self.add_task_action, self.delete_action, self.up_action,
                            self.down_action, self.indent_action, self.outdent_action]
        for action in self.row_actions:
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.issue_action)
        self.view = QTreeView(box)
        self.view.setObjectName("outlineView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(OutlineDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setIndentation(INDENTATION)
        self.view.setWordWrap(True)
        self.view.setUniformRowHeights(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        for column, (name, _title) in enumerate(COLUMNS):
            self.view.setColumnWidth(column, COLUMN_WIDTHS.get(name, 120))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.banner.hide()
        return box

    def _action(self, shortcut: str, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "toolbar"):
            return
        texts = [self.tr("Add &group"), self.tr("Add &task"), self.tr("&Delete row"), self.tr("Move &up"),
                 self.tr("Move do&wn"), self.tr("&Indent"), self.tr("&Outdent")]
        self.issue_action.setText(self.tr("I&ssue…"))
        self.issue_action.setToolTip(self.tr("Number, date and freeze the decision and the plan (Ctrl+Shift+I)"))
        for action, text in zip(self.row_actions, texts, strict=True):
            action.setText(text)
            action.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString()})")
        self.banner.setText(self.tr("This plan is issued and can no longer be changed. To change it, copy it "
                                    "into a new draft (amendment)."))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # ---------------------------------------------------------------- plan

    def set_plan(self, plan: PlanSummary | None) -> None:
        super().set_plan(plan)
        self.undo_stack.clear()
        if plan is None:
            self.model.load([], 0, False)
        else:
            editable = plan.status is DocumentStatus.DRAFT
            self.model.load(self.services.outline.tree(plan.id), plan.year, editable)
            self.view.expandAll()
            self.banner.setVisible(not editable)
        for action in [*self.row_actions, self.issue_action]:
            action.setEnabled(plan is not None and plan.status is DocumentStatus.DRAFT)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(ItemIdRole) if index.isValid() else None

    def select(self, item_id: int, column: int = 1) -> None:
        index = self.model.index_of(item_id, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    # ---------------------------------------------------------------- verbs: do once, then push

    def _run(self, action: Any) -> Any:
        try:
            return action()
        except TthcError as error:
            report_error(self, error)
            return None

    def edit_field(self, item_id: int, name: str, value: Any) -> bool:
        plan = self._plan
        if plan is None:
            return False
        old = self.model.value(item_id, name)
        done = self._run(lambda: self.services.outline.update(
            item_id, **{name: list(value) if isinstance(value, tuple) else value}) or True)
        if not done:
            return False
        self.model.set_value(item_id, name, value)
        self.model.set_labels(self.services.outline.labels(plan.id))
        column_title = COLUMNS[FIELDS.index(name)][1]
        self.undo_stack.push(EditFieldCommand(self.services.outline, self.model, plan.id, item_id, name, old, value,
                                              self.tr("Edit {column}").format(
                                                  column=QCoreApplication.translate("OutlineModel", column_title))))
        return True

    def add_row(self, kind: OutlineKind, text: str = "", **fields: Any) -> int | None:
        plan = self._plan
        if plan is None:
            return None
        parent_id, position = self._place_for_new(kind)
        item_id = self._run(lambda: self.services.outline.insert(plan.id, parent_id, position, kind, text, **fields))
        if item_id is None:
            return None
        node = _find(self.services.outline.tree(plan.id), item_id)
        assert node is not None
        self.model.insert_node(parent_id, position, node)
        self.model.set_labels(self.services.outline.labels(plan.id))
        name = self.tr("Add group") if kind is OutlineKind.GROUP else self.tr("Add task")
        self.undo_stack.push(InsertRowCommand(self.services.outline, self.model, plan.id, item_id, name))
        self.select(item_id)
        return item_id

    def _place_for_new(self, kind: OutlineKind) -> tuple[int | None, int]:
        """After the current row among its siblings; a task added on a group goes at the end of the group."""
        current = self.current_id()
        if current is None:
            return None, self.model.sibling_count(None)
        if kind is OutlineKind.TASK and self.model.kind(current) is OutlineKind.GROUP:
            return current, self.model.sibling_count(current)
        parent = self.model.parent_id(current)
        if kind is OutlineKind.GROUP:
            while parent is not None and self.model.kind(current) is OutlineKind.TASK:
                current, parent = parent, self.model.parent_id(parent)
        return parent, self.model.position(current) + 1

    def delete_row(self) -> None:
        plan, item_id = self._plan, self.current_id()
        if plan is None or item_id is None:
            return
        snapshot = self._run(lambda: self.services.outline.delete(item_id))
        if snapshot is None:
            return
        self.model.remove_node(item_id)
        self.model.set_labels(self.services.outline.labels(plan.id))
        self.undo_stack.push(DeleteRowCommand(self.services.outline, self.model, plan.id, snapshot,
                                              self.tr("Delete row")))

    def _move(self, item_id: int, parent_id: int | None, position: int, text: str) -> bool:
        plan = self._plan
        assert plan is not None
        old = (self.model.parent_id(item_id), self.model.position(item_id))
        if self._run(lambda: self.services.outline.move(item_id, parent_id, position) or True) is None:
            return False
        self.model.move_node(item_id, parent_id, position)
        self.model.set_labels(self.services.outline.labels(plan.id))
        self.undo_stack.push(MoveRowCommand(self.services.outline, self.model, plan.id, item_id, old,
                                            (parent_id, position), text))
        self.select(item_id)
        return True

    def move_row(self, step: int) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        parent, position = self.model.parent_id(item_id), self.model.position(item_id) + step
        if 0 <= position < self.model.sibling_count(parent):
            self._move(item_id, parent, position, self.tr("Move up") if step < 0 else self.tr("Move down"))

    def indent_row(self) -> None:
        """Under the row above, as its last child."""
        item_id = self.current_id()
        if item_id is None or self.model.position(item_id) == 0:
            return
        parent = self.model.parent_id(item_id)
        above = self.model.sibling_id(parent, self.model.position(item_id) - 1)
        self._move(item_id, above, self.model.sibling_count(above), self.tr("Indent"))

    def outdent_row(self) -> None:
        """Out of its parent, right after it."""
        item_id = self.current_id()
        parent = self.model.parent_id(item_id) if item_id is not None else None
        if item_id is None or parent is None:
            return
        grandparent = self.model.parent_id(parent)
        self._move(item_id, grandparent, self.model.position(parent) + 1, self.tr("Outdent"))

    def open_issue_dialog(self) -> IssueDialog | None:
        plan = self._plan
        if plan is None or plan.status is not DocumentStatus.DRAFT:
            return None
        dialog = IssueDialog(self.services, plan, self)
        dialog.accepted.connect(lambda: self.plan_issued.emit(plan.id))
        dialog.open()
        return dialog

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
