"""The Plan editor workspace: the outline tree, its toolbar, and one undo stack for every edit.

Each verb builds a command and pushes it; the command's redo() makes the edit through the services (the first
time too) and the views follow what the write announces: the OutlineModel its delta, the panes, checks and
preview their parts (`apply_changes`)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain.enums import DocumentStatus, OutlineKind
from tthc_desktop.errors import TthcError
from tthc_desktop.services import pasted_rows as clipboard
from tthc_desktop.services.changes import Changes, Part
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.services.outline import OutlineDelta
from tthc_desktop.services.plan_checks import Pane, Problem
from tthc_desktop.services.plan_content import TEXT_LISTS, PlanContent
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.changes_hub import ChangesHub
from tthc_desktop.ui.commands import CallsCommand
from tthc_desktop.ui.messages import report_error
from tthc_desktop.ui.plan_editor.commands import (
    AddRowsCommand,
    DeleteRowCommand,
    EditFieldCommand,
    MoveRowCommand,
)
from tthc_desktop.ui.plan_editor.content_models import ChecksModel
from tthc_desktop.ui.plan_editor.content_panes import HeaderForm, IndicatorsEditor, SectionsEditor, TextListEditor
from tthc_desktop.ui.plan_editor.delegates import OutlineDelegate, OutlineView
from tthc_desktop.ui.plan_editor.issue_dialog import IssueDialog
from tthc_desktop.ui.plan_editor.live_preview import PREVIEW_AUTO_TASKS, LivePreview
from tthc_desktop.ui.plan_editor.lone_plan import LonePlanNotice
from tthc_desktop.ui.plan_editor.outline_model import COLUMNS, FIELDS, ItemIdRole, OutlineModel
from tthc_desktop.ui.plan_editor.paste_dialog import PasteDialog
from tthc_desktop.ui.workspaces import Workspace

# The first column carries the tree's indentation too: three levels of 14 px plus the widest label.
INDENTATION = 14
PLAN_LISTS = ("legal_bases", "recipients")  # the plan's own preamble and, when it stands alone, its recipients
COLUMN_WIDTHS = {"label": 110, "text": 360, "objective": 160, "expected_result": 260, "lead_units": 200,
                 "cooperating_units": 180, "schedule_text": 140, "schedule": 170}


def _scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class PlanEditorWorkspace(Workspace):
    plan_issued = Signal(int)
    plan_created = Signal(object)  # PlanSummary of a new draft (an amendment)
    figures_requested = Signal(int, str, str)  # indicator id, period key, field: a figure entered in the tracker

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self.services = services
        self.undo_stack = QUndoStack()
        self.model = OutlineModel()
        self.model.edit_requested = self.edit_field
        self.hub = ChangesHub.of(services)
        self.hub.changed.connect(self.model.follow)  # the rows follow every outline write, seen or not
        super().__init__(parent)
        self.undo_stack.setParent(self)
        self.model.setParent(self)
        self.watch(self.hub)

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
        self.content_data: PlanContent | None = None
        self.pages = QTabWidget(box)
        self.pages.setObjectName("editorPages")
        self.pages.setDocumentMode(True)

        # The decision: header, then its legal bases, articles and recipients. A plan issued by itself has none:
        # the page says so and offers to add one.
        self.decision_page = QWidget(self.pages)
        self.lone_plan = LonePlanNotice(self.add_decision, self.decision_page)
        self.decision_form = HeaderForm(self, decision=True, parent=self.decision_page)
        self.decision_lists = QTabWidget(self.decision_page)
        self.lists = {kind: TextListEditor(self, kind, self.decision_lists) for kind in TEXT_LISTS}
        for editor in self.lists.values():
            self.decision_lists.addTab(editor, "")
        decision_layout = QVBoxLayout(self.decision_page)
        decision_layout.addWidget(self.lone_plan, 0, Qt.AlignmentFlag.AlignTop)  # alone on the page: at its top
        decision_layout.addWidget(self.decision_form)
        decision_layout.addWidget(self.decision_lists, 1)

        # The plan: header, its own preamble (legal bases) and recipients, and its free-text sections.
        self.plan_page = QWidget(self.pages)
        self.plan_form = HeaderForm(self, decision=False, parent=self.plan_page)
        self.plan_parts = QTabWidget(self.plan_page)
        self.plan_parts.setObjectName("planParts")
        self.sections = SectionsEditor(self, self.plan_parts)
        self.plan_lists = {kind: TextListEditor(self, kind, self.plan_parts) for kind in PLAN_LISTS}
        for kind, editor in self.plan_lists.items():
            editor.view.setObjectName(f"plan_{kind}View")
        for part in (self.sections, *self.plan_lists.values()):
            self.plan_parts.addTab(part, "")
        plan_layout = QVBoxLayout(self.plan_page)
        plan_layout.addWidget(self.plan_form)
        plan_layout.addWidget(self.plan_parts, 1)

        # The task tree with its own toolbar; its keys work while the focus is on this page.
        self.tasks_page = QWidget(self.pages)
        self.toolbar = QToolBar(self.tasks_page)
        self.add_group_action = self._action("Ctrl+Shift+G", lambda: self.add_row(OutlineKind.GROUP))
        self.add_task_action = self._action("Ctrl+Return", lambda: self.add_row(OutlineKind.TASK))
        self.delete_action = self._action("Ctrl+Delete", self.delete_row)
        self.up_action = self._action("Alt+Up", lambda: self.move_row(-1))
        self.down_action = self._action("Alt+Down", lambda: self.move_row(1))
        self.indent_action = self._action("Alt+Right", self.indent_row)
        self.outdent_action = self._action("Alt+Left", self.outdent_row)
        # Not paste_rows itself: triggered(checked) would arrive as its `text`, and the clipboard go unread.
        self.paste_action = self._action("Ctrl+V", lambda: self.paste_rows())
        self.row_actions = [self.add_group_action, self.add_task_action, self.delete_action, self.up_action,
                            self.down_action, self.indent_action, self.outdent_action]
        for action in [*self.row_actions, self.paste_action]:
            self.toolbar.addAction(action)
        self.view = OutlineView(self.tasks_page)
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
        self.view.setTabKeyNavigation(True)  # Tab and Shift+Tab go from cell to cell, as in Excel
        for column, (name, _title) in enumerate(COLUMNS):
            self.view.setColumnWidth(column, COLUMN_WIDTHS.get(name, 120))
        tasks_layout = QVBoxLayout(self.tasks_page)
        tasks_layout.setContentsMargins(0, 0, 0, 0)
        tasks_layout.addWidget(self.toolbar)
        tasks_layout.addWidget(self.view, 1)

        self.indicators = IndicatorsEditor(self, self.pages)
        for page in (self.decision_page, self.plan_page):
            page.setMinimumHeight(420)  # forms and lists scroll rather than push the window taller
        for page in (_scrolling(self.decision_page), _scrolling(self.plan_page), self.tasks_page, self.indicators):
            self.pages.addTab(page, "")

        # Checks under the pages, the printed pages on the right.
        self.checks_box = QWidget(box)
        self.checks_label = QLabel(self.checks_box)
        self.checks_model = ChecksModel(self)
        self.checks_view = QListView(self.checks_box)
        self.checks_view.setObjectName("checksView")
        self.checks_view.setModel(self.checks_model)
        self.checks_view.setWordWrap(True)
        self.checks_view.setMinimumHeight(36)
        self.checks_view.activated.connect(lambda index: self.go_to(self.checks_model.problem(index.row())))
        self.checks_view.doubleClicked.connect(lambda index: self.go_to(self.checks_model.problem(index.row())))
        checks_layout = QVBoxLayout(self.checks_box)
        checks_layout.setContentsMargins(0, 0, 0, 0)
        checks_layout.addWidget(self.checks_label)
        checks_layout.addWidget(self.checks_view, 1)
        self.preview = LivePreview(self.services, box)
        self.left_split = QSplitter(Qt.Orientation.Vertical, box)
        self.left_split.setObjectName("editorLeftSplit")
        self.left_split.addWidget(self.pages)
        self.left_split.addWidget(self.checks_box)
        self.left_split.setStretchFactor(0, 4)
        self.left_split.setStretchFactor(1, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, box)
        self.split.setObjectName("editorSplit")
        self.split.addWidget(self.left_split)
        self.split.addWidget(self.preview)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.checks_timer = QTimer(self)
        self.checks_timer.setSingleShot(True)
        self.checks_timer.setInterval(300)
        self.checks_timer.timeout.connect(self.refresh_checks)

        self.issue_action = QAction(self)
        self.issue_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.issue_action.triggered.connect(self.open_issue_dialog)
        self.addAction(self.issue_action)
        self.preview_action = QAction(self)
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(True)
        self.preview_action.setShortcut(QKeySequence("F6"))
        self.preview_action.toggled.connect(self._show_preview)
        self.checks_action = QAction(self)
        self.checks_action.setShortcut(QKeySequence("F8"))
        self.checks_action.triggered.connect(self.next_problem)
        self.amend_action = QAction(self)
        self.amend_action.triggered.connect(self.amend)
        self.top_bar = QToolBar(box)
        for action in (self.issue_action, self.amend_action, self.checks_action, self.preview_action):
            self.top_bar.addAction(action)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.split, 1)
        self.banner.hide()
        return box

    def _action(self, shortcut: str, slot: Any) -> QAction:
        action = QAction(self.tasks_page)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.tasks_page.addAction(action)
        return action

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "toolbar"):
            return
        texts = [self.tr("Add &group"), self.tr("Add &task"), self.tr("&Delete row"), self.tr("Move &up"),
                 self.tr("Move do&wn"), self.tr("&Indent"), self.tr("&Outdent")]
        self.issue_action.setText(self.tr("I&ssue…"))
        self.issue_action.setToolTip(self.tr("Number, date and freeze the decision and the plan (Ctrl+Shift+I)"))
        self.amend_action.setText(self.tr("&Amend (copy into a new draft)"))
        self.amend_action.setToolTip(self.tr("An issued plan is not changed: its copy in the same year becomes the "
                                             "draft of the amending plan"))
        self.paste_action.setText(self.tr("&Paste rows from Word or Excel…"))
        self.paste_action.setToolTip(self.tr("Rows copied from a table become tasks (Ctrl+V on the task tree)"))
        self.preview_action.setText(self.tr("&Preview beside the editor"))
        self.preview_action.setToolTip(self.tr("Show or hide the printed pages beside the editor (F6)"))
        self.checks_action.setText(self.tr("&Next problem"))
        self.checks_action.setToolTip(self.tr("Go to the next problem in the checks list (F8)"))
        for action, text in zip(self.row_actions, texts, strict=True):
            action.setText(text)
            action.setToolTip(f"{text.replace('&', '')} ({action.shortcut().toString()})")
        self.banner.setText(self.tr("This plan is issued and can no longer be changed. To change it, copy it "
                                    "into a new draft (amendment)."))
        for index, title in enumerate((self.tr("&Decision"), self.tr("P&lan"), self.tr("&Tasks"),
                                       self.tr("I&ndicators"))):
            self.pages.setTabText(index, title)
        titles = {"legal_bases": self.tr("Legal bases"), "articles": self.tr("Articles"),
                  "recipients": self.tr("Recipients")}
        for index, kind in enumerate(self.lists):
            self.decision_lists.setTabText(index, titles[kind])
        self.plan_parts.setTabText(0, self.tr("Sections"))
        for index, kind in enumerate(self.plan_lists, start=1):
            self.plan_parts.setTabText(index, titles[kind])
        for part in (self.decision_form, self.plan_form, self.sections, self.indicators, self.lone_plan,
                     *self.lists.values(), *self.plan_lists.values()):
            part.retranslate()
        self._show_checks_summary()
        self.model.forget_words()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # ---------------------------------------------------------------- plan

    @property
    def plan_id(self) -> int | None:
        return self._plan.id if self._plan is not None else None

    def set_plan(self, plan: PlanSummary | None) -> None:
        super().set_plan(plan)
        self.undo_stack.clear()
        editable = plan is not None and plan.status is DocumentStatus.DRAFT
        if plan is None:
            self.model.load([], 0, False)
        else:  # a plan without a decision is issued by itself: none is made up for it
            self._load_outline()
            self._read_unit_names()
        self.banner.setVisible(plan is not None and not editable)
        for action in [*self.row_actions, self.issue_action, self.paste_action]:
            action.setEnabled(editable)
        self.amend_action.setEnabled(plan is not None and not editable)
        self.amend_action.setVisible(plan is not None and not editable)
        self.refresh_content()
        self.preview.show_plan(plan.id if plan is not None else None,
                               auto=plan is None or plan.task_count <= PREVIEW_AUTO_TASKS)

    def _load_outline(self) -> None:
        plan = self._plan
        assert plan is not None
        editable = plan.status is DocumentStatus.DRAFT
        self.model.load(self.services.outline.tree(plan.id), plan.year, editable, plan.id)
        self.view.expandAll()

    def _read_unit_names(self) -> None:
        delegate = self.view.itemDelegate()
        if isinstance(delegate, OutlineDelegate):
            delegate.unit_names = [u.name for u in self.services.organization.units() if u.active_to is None]

    def apply_changes(self, changes: Changes) -> None:
        """The rows follow their deltas by themselves (OutlineModel.follow); here the rest: an outline changed
        without one is read again, the documents and indicators, the units offered, then checks and preview."""
        plan = self._plan
        if plan is None:
            return
        if changes.touches(Part.OUTLINE, plan.id) and not any(
                isinstance(d, OutlineDelta) and d.plan_id == plan.id for d in changes.deltas):
            self._load_outline()
        if changes.touches(Part.ORGANIZATION):
            self._read_unit_names()
        if changes.touches((Part.DOCUMENTS, Part.INDICATORS, Part.ORGANIZATION), plan.id):
            self.refresh_content()  # the signers offered are the commune's officials
        elif changes.touches((Part.OUTLINE, Part.SETTINGS, Part.PLANS), plan.id):
            self.content_changed()

    def refresh_content(self) -> None:
        """Show the documents and indicators as the database has them now; checks and preview follow."""
        plan = self._plan
        content = self._run(lambda: self.services.content.content(plan.id)) if plan is not None else None
        self.content_data = content
        editable = bool(content and content.editable)
        decision = content.decision if content else None
        self.lone_plan.setVisible(content is not None and decision is None)
        self.lone_plan.set_editable(editable)
        self.decision_form.setVisible(decision is not None or content is None)
        self.decision_lists.setVisible(decision is not None or content is None)
        self.decision_form.show_document(decision, editable)
        self.plan_form.show_document(content.plan if content else None, editable, attached=decision is not None)
        for editor in self.lists.values():
            editor.show_document(decision, editable)
        for editor in self.plan_lists.values():
            editor.show_document(content.plan if content else None, editable)
        self.sections.show_document(content.plan if content else None, editable)
        self.indicators.show_rows(plan.id if plan else None, content.indicators if content else (), editable)
        self.content_changed()

    def content_changed(self) -> None:
        """Something of the plan changed: the checks and the preview catch up once the clerk pauses."""
        if shiboken6.isValid(self.checks_timer):  # not while the window is being taken down
            self.checks_timer.start()
            self.preview.schedule()

    def refresh_checks(self) -> None:
        plan = self._plan
        problems = [] if plan is None or plan.status is not DocumentStatus.DRAFT else (
            self._run(lambda: self.services.checks.problems(plan.id)) or [])
        self.checks_model.set_problems(problems)
        self._show_checks_summary()

    def _show_checks_summary(self) -> None:
        plan = self._plan
        blocking = self.checks_model.blocking_count()
        others = self.checks_model.rowCount() - blocking
        if plan is None or plan.status is not DocumentStatus.DRAFT:
            text = self.tr("Checks: only a draft is checked.")
        elif not blocking and not others:
            text = self.tr("Checks: nothing to fix. The plan can be issued.")
        else:
            text = self.tr("Checks: {blocking} to fix before issuing, {others} worth a look "
                           "(double-click one, or F8, to go there).").format(blocking=blocking, others=others)
        self.checks_label.setText(text)

    def next_problem(self) -> None:
        count = self.checks_model.rowCount()
        if not count:
            return
        row = (self.checks_view.currentIndex().row() + 1) % count
        self.checks_view.setCurrentIndex(self.checks_model.index(row))
        self.go_to(self.checks_model.problem(row))

    def go_to(self, problem: Problem) -> None:
        """Show the field a problem is about, with the focus in it."""
        if problem.pane is Pane.OUTLINE:
            self.pages.setCurrentWidget(self.tasks_page)
            if problem.key:
                column = FIELDS.index(problem.field) if problem.field in FIELDS else 1
                self.select(problem.key, column)
            self.view.setFocus()
        elif problem.pane is Pane.INDICATORS:
            self.pages.setCurrentWidget(self.indicators)
            self.indicators.select(problem.key, problem.field)
            self.indicators.view.setFocus()
        elif problem.pane is Pane.FIGURES:  # entered in the tracker: its Figures page, that period and field
            self.figures_requested.emit(problem.key, problem.period or "", problem.field or "value")
        elif problem.pane is Pane.DOCUMENT and problem.field == "year":
            dialog = self.open_issue_dialog()  # the issue date sets the documents' year
            if dialog is not None:
                dialog.date.setFocus()
        elif problem.pane is Pane.DOCUMENT:
            is_decision = self._is_decision(problem.key)
            self.pages.setCurrentIndex(0 if is_decision else 1)
            (self.decision_form if is_decision else self.plan_form).focus_field(problem.field)
        else:
            is_decision = self._is_decision(problem.key) or problem.pane.value not in self.plan_lists
            self.pages.setCurrentIndex(0 if is_decision else 1)
            editor = (self.lists if is_decision else self.plan_lists)[problem.pane.value]
            (self.decision_lists if is_decision else self.plan_parts).setCurrentWidget(editor)
            if problem.index is not None:
                editor.select(problem.index)
            editor.view.setFocus()

    def _is_decision(self, document_id: int) -> bool:
        decision = self.content_data.decision if self.content_data else None
        return decision is not None and decision.id == document_id

    def add_decision(self) -> None:
        """A plan standing alone gets a decision issuing it, from the commune's template (the clerk asked)."""
        plan = self._plan
        if plan is None or self._run(lambda: self.services.content.ensure_decision(plan.id)) is None:
            return
        self.refresh_content()
        self.pages.setCurrentIndex(0)
        self.decision_form.focus_field("subject")

    def _show_preview(self, shown: bool) -> None:
        self.preview.setVisible(shown)
        if shown:
            self.preview.schedule(immediately=True)

    def content_edit(self, text: str, do: Any, undo: Any) -> bool:
        """An edit of the documents or indicators as a command: pushed, it does the edit (the panes follow the
        write's change); refused, it says why and the panes show what is stored again."""
        command = CallsCommand(text, self.hub, self, self._report, do, undo)
        self.undo_stack.push(command)
        if not command.done:
            self.refresh_content()  # a field left showing the refused text goes back to what is stored
        return command.done

    def _report(self, error: Exception) -> None:
        report_error(self, error)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.siblingAtColumn(0).data(ItemIdRole) if index.isValid() else None

    def select(self, item_id: int, column: int = 1) -> None:
        index = self.model.index_of(item_id, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    # ---------------------------------------------------------------- verbs: build a command, push it

    def _run(self, action: Any) -> Any:
        try:
            return action()
        except TthcError as error:
            report_error(self, error)
            return None

    def _push(self, command: Any) -> bool:
        self.undo_stack.push(command)
        return bool(command.done)

    def edit_field(self, item_id: int, name: str, value: Any) -> bool:
        plan = self._plan
        if plan is None:
            return False
        old = self._value_before(item_id, name)
        if name == "label" and old == value:
            return False  # an automatic label left automatic, a typed one typed again: nothing to undo
        column_title = COLUMNS[FIELDS.index(name)][1]
        text = self.tr("Edit {column}").format(column=QCoreApplication.translate("OutlineModel", column_title))
        return self._push(EditFieldCommand(self.services.outline, self.hub, self, self._report, plan.id, item_id,
                                           name, old, value, text))

    def _value_before(self, item_id: int, name: str) -> Any:
        """What undo gives back. For a label: the label typed by hand, or None for an automatic one (undo makes it
        automatic again: writing back the number it showed would pin it by hand)."""
        value = self.model.value(item_id, name)
        if name != "label":
            return value
        return value if self.model.value(item_id, "label_manual") else None

    def add_row(self, kind: OutlineKind, text: str = "", **fields: Any) -> int | None:
        plan = self._plan
        if plan is None:
            return None
        parent_id, position = self._place_for_new(kind)
        name = self.tr("Add group") if kind is OutlineKind.GROUP else self.tr("Add task")
        command = AddRowsCommand(self.services.outline, self.hub, self, self._report, plan.id, parent_id, position,
                                 [{"kind": kind, "text": text, **fields}], name)
        if not self._push(command):
            return None
        item_id = command.ids[0]
        if parent_id is not None:
            self.view.expand(self.model.index_of(parent_id, 0))  # a task added to a folded group is seen
        self.select(item_id)
        if not text:  # the clerk's Add: the new row is open for typing, in view
            self.view.setFocus()
            self.view.edit(self.view.currentIndex())
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
        self._push(DeleteRowCommand(self.services.outline, self.hub, self, self._report, plan.id, item_id,
                                    self.tr("Delete row")))

    def _move(self, item_id: int, parent_id: int | None, position: int, text: str) -> bool:
        plan = self._plan
        assert plan is not None
        old = (self.model.parent_id(item_id), self.model.position(item_id))
        if not self._push(MoveRowCommand(self.services.outline, self.hub, self, self._report, plan.id, item_id, old,
                                         (parent_id, position), text)):
            return False
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

    def paste_rows(self, text: str | None = None, html: str | None = None) -> int:
        """Rows copied from a Word or Excel table become tasks after the current row: one undo step."""
        plan = self._plan
        if plan is None or plan.status is not DocumentStatus.DRAFT:
            return 0
        if text is None and html is None:
            mime = QGuiApplication.clipboard().mimeData()
            text, html = mime.text(), (mime.html() if mime.hasHtml() else None)
        try:
            table = clipboard.read(text, html)
        except TthcError as error:
            report_error(self, error)
            return 0
        dialog = PasteDialog(table, self)
        if dialog.exec() != PasteDialog.DialogCode.Accepted:
            return 0
        return self.add_pasted(table.rows, dialog.mapping())

    def add_pasted(self, rows: list[list[str]], mapping: list[str]) -> int:
        """Pasted rows as tasks after the current row: one service call, one transaction, one undo step."""
        plan = self._plan
        assert plan is not None
        parent_id, position = self._place_for_new(OutlineKind.TASK)
        fields = [{"text": text, **extra}
                  for text, extra in map(clipboard.insert_fields, clipboard.task_nodes(rows, mapping))]
        command = AddRowsCommand(self.services.outline, self.hub, self, self._report, plan.id, parent_id, position,
                                 fields, self.tr("Paste %n task(s)", "", len(rows)))
        if not rows or not self._push(command):
            return 0
        self.select(command.ids[0])
        return len(command.ids)

    def amend(self) -> PlanSummary | None:
        """An issued plan is amended by a new draft of the same year, copied from it (sửa đổi, bổ sung)."""
        plan = self._plan
        if plan is None or plan.status is DocumentStatus.DRAFT:
            return None
        copy = self._run(lambda: self.services.plans.copy_plan(plan.id, plan.year))
        if copy is not None:
            self.plan_created.emit(copy)
        return copy

    def open_issue_dialog(self) -> IssueDialog | None:
        plan = self._plan
        if plan is None or plan.status is not DocumentStatus.DRAFT:
            return None
        self.refresh_checks()
        if self.checks_model.blocking_count():
            # No dialog to dismiss: the checks say why, and the first problem is open to fix.
            self.checks_label.setText("<b>{}</b>".format(self.tr(
                "Not ready to issue: %n problem(s) must be fixed first; they are listed here. The first one "
                "is shown now.", "", self.checks_model.blocking_count())))
            self.checks_view.setCurrentIndex(self.checks_model.index(0))
            self.go_to(self.checks_model.problem(0))
            return None
        dialog = IssueDialog(self.services, plan, self)
        dialog.accepted.connect(lambda: self.plan_issued.emit(plan.id))
        dialog.open()
        return dialog

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
