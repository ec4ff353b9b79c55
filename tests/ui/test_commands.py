"""Commands that do the work: a verb pushes a command whose redo() makes the edit, once, through the services (the
views follow what the write announces); a refused edit drops the command and says why; undo and redo are one
write each; Edit > Undo acts in the workspace shown."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import WindowFactory
from tests.ui.test_plan_editor import draft_window
from tthc_desktop.domain.enums import OutlineKind
from tthc_desktop.services.changes import Changes, Part
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.plan_editor.editor import PlanEditorWorkspace
from tthc_desktop.ui.plan_editor.outline_model import FIELDS


@pytest.fixture
def editor(qtbot, tmp_path):  # noqa: ANN001, ANN201
    database = Database.open(tmp_path / "tthc.sqlite")
    services = Services.for_database(database)
    services.demo.create_seed()
    draft = services.plans.copy_plan(1, 2026)
    editor = PlanEditorWorkspace(services)
    qtbot.addWidget(editor)
    editor.preview_action.setChecked(False)
    editor.set_plan(next(p for p in services.plans.list_plans() if p.id == draft.id))
    yield editor
    database.close()


def outline_writes(heard: list[Changes]) -> list[Changes]:
    return [c for c in heard if Part.OUTLINE in c.parts]


def test_each_verb_undo_and_redo_is_one_write_and_the_model_follows_it(editor: PlanEditorWorkspace,
                                                                      monkeypatch) -> None:  # noqa: ANN001
    heard: list[Changes] = []
    editor.services.announcer.listen(heard.append)
    read_whole = []  # the model follows each write's delta: the plan is never read again for an edit
    tree = editor.services.outline.tree
    monkeypatch.setattr(editor.services.outline, "tree", lambda plan_id: read_whole.append(plan_id) or tree(plan_id))
    editor.select(editor.model.sibling_id(None, 0))
    added = editor.add_row(OutlineKind.TASK, "Một lần ghi")
    assert len(outline_writes(heard)) == 1 and editor.model.value(added, "text") == "Một lần ghi"
    editor.undo_stack.undo()
    assert len(outline_writes(heard)) == 2 and editor.model.index_of(added).isValid() is False
    editor.undo_stack.redo()
    assert len(outline_writes(heard)) == 3 and editor.model.value(added, "text") == "Một lần ghi"
    rows = [["Dán một", "Quý I"], ["Dán hai", "Quý II"], ["Dán ba", ""]]
    assert editor.add_pasted(rows, ["text", "schedule_text"]) == 3
    assert len(outline_writes(heard)) == 4  # three rows pasted: one write, one undo step
    assert editor.undo_stack.count() == 2 and "3" in editor.undo_stack.undoText()
    editor.undo_stack.undo()
    assert read_whole == []


def test_a_refused_edit_drops_its_command_and_says_why(editor: PlanEditorWorkspace, monkeypatch) -> None:  # noqa: ANN001
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    plan = editor._plan
    editor.services.documents.issue(plan.decision.id, date(2026, 1, 15), 7)  # issued elsewhere meanwhile
    rows_before = editor.model.rowCount()
    editor.select(editor.model.sibling_id(None, 0))
    assert editor.add_row(OutlineKind.TASK, "Không được thêm") is None
    assert said and "ban hành" in said[-1]
    assert editor.undo_stack.count() == 0 and editor.model.rowCount() == rows_before
    index = editor.model.index(0, FIELDS.index("text"), editor.model.index(0, 0))
    assert not editor.model.setData(index, "Không được sửa") and editor.undo_stack.count() == 0


def test_edit_undo_acts_in_the_workspace_shown(open_window: WindowFactory) -> None:
    window, _plan_id = draft_window(open_window)
    window.tabs.setCurrentWidget(window.editor)
    window.editor.select(window.editor.model.sibling_id(None, 0))
    window.editor.add_row(OutlineKind.TASK, "Nhiệm vụ của trình soạn")
    assert window.undo_action.isEnabled()
    window.tabs.setCurrentWidget(window.tracker)  # the tracker has nothing of its own to undo
    assert not window.undo_action.isEnabled() and window.undo_group.activeStack() is window.tracker.undo_stack
    window.undo_action.trigger()
    assert window.editor.undo_stack.index() == 1  # the editor's step is untouched
    window.tabs.setCurrentWidget(window.editor)
    assert window.undo_action.isEnabled() and "Thêm nhiệm vụ" in window.undo_action.text()
