"""The Plan editor driven as the clerk drives it: edit, add, indent, undo, redo, and find it all on disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import WindowFactory
from tthc_desktop.domain.enums import OutlineKind
from tthc_desktop.services.database import Database
from tthc_desktop.services.outline import OutlineService
from tthc_desktop.ui.plan_editor.outline_model import FIELDS, ItemIdRole, OutlineModel


def draft_window(open_window: WindowFactory):  # noqa: ANN201
    window = open_window()
    copy = window.services.plans.copy_plan(1, 2026)
    window.reload_plans()
    window.select_plan(copy.id)
    return window, copy.id


def flat_labels(service: OutlineService, plan_id: int) -> list[tuple[str | None, str]]:
    out: list[tuple[str | None, str]] = []

    def walk(nodes) -> None:  # noqa: ANN001
        for node in nodes:
            out.append((node.label, node.text))
            walk(node.children)

    walk(service.tree(plan_id))
    return out


def test_the_outline_model_passes_the_model_tester(qtmodeltester, open_window: WindowFactory) -> None:  # noqa: ANN001
    window, plan_id = draft_window(open_window)
    service = window.services.outline
    model = OutlineModel()  # a model of its own: the tester watches every change made to it below
    model.load(service.tree(plan_id), 2026, editable=True)
    qtmodeltester.check(model, force_py=True)
    group_id = service.insert(plan_id, None, 4, OutlineKind.GROUP, "Nhóm thử")
    model.insert_node(None, 4, service.tree(plan_id)[4])
    task_id = model.index(0, 0, model.index(0, 0)).data(ItemIdRole)
    service.move(task_id, group_id, 0)
    model.move_node(task_id, group_id, 0)
    model.set_labels(service.labels(plan_id))
    model.remove_node(group_id)
    qtmodeltester.check(model, force_py=True)


def test_an_issued_plan_shows_why_it_cannot_be_edited(open_window: WindowFactory) -> None:
    window = open_window()
    editor = window.editor
    assert not editor.banner.isHidden() and "đã ban hành" in editor.banner.text()
    assert not any(a.isEnabled() for a in editor.row_actions)
    index = editor.model.index(0, 1)
    assert not editor.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert editor.model.rowCount() == 4 and editor.model.index(0, 0).data() == "A"


def test_edit_add_indent_undo_redo_and_it_is_all_on_disk(qtbot, open_window: WindowFactory, tmp_path: Path) -> None:  # noqa: ANN001
    window, plan_id = draft_window(open_window)
    editor, model = window.editor, window.editor.model
    assert editor.banner.isHidden() and all(a.isEnabled() for a in editor.row_actions)

    # Edit task 1's content in the view's model, as the delegate would.
    group_a = model.index(0, 0)
    task_1 = model.index(0, FIELDS.index("text"), group_a)
    assert model.setData(task_1, "Xây dựng, ban hành các văn bản về kiểm soát TTHC năm 2026 (sửa).")
    assert task_1.data() == "Xây dựng, ban hành các văn bản về kiểm soát TTHC năm 2026 (sửa)."
    schedule = model.index(0, FIELDS.index("schedule_text"), group_a)
    assert model.setData(schedule, "Quý II/2026")
    assert "30/6/2026" in model.index(0, FIELDS.index("schedule"), group_a).data()

    # A new group after D, and three tasks in it.
    editor.view.setCurrentIndex(model.index(3, 0))
    group_id = editor.add_row(OutlineKind.GROUP, "Nhóm nhiệm vụ bổ sung")
    assert group_id is not None and model.index(4, 0).data() == "Đ"  # the Vietnamese alphabet: A B C D Đ E
    ids = [editor.add_row(OutlineKind.TASK, f"Nhiệm vụ bổ sung {n}") for n in (1, 2, 3)]
    assert [model.value(i, "label") for i in ids] == ["23", "24", "25"]

    # Indent the third under the second: it becomes point "a" and the numbering closes up.
    editor.select(ids[2])
    editor.indent_row()
    assert model.parent_id(ids[2]) == ids[1] and model.value(ids[2], "label") == "a"

    steps = editor.undo_stack.count()
    assert steps == 7
    editor.undo_stack.undo()  # indent
    assert model.parent_id(ids[2]) == group_id and model.value(ids[2], "label") == "25"
    editor.undo_stack.undo()  # third task
    editor.undo_stack.undo()  # second task
    assert model.rowCount(model.index_of(group_id)) == 1
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    editor.undo_stack.redo()
    assert model.parent_id(ids[2]) == ids[1] and model.value(ids[2], "label") == "a"
    assert window.undo_action.text().startswith("&Hoàn tác")

    # Everything is in the file: a fresh connection reads the same outline the editor shows.
    expected = flat_labels(window.services.outline, plan_id)
    database = Database.open(window.services.database.path)
    try:
        fresh = OutlineService(database.session_factory)
        assert flat_labels(fresh, plan_id) == expected
        tree = fresh.tree(plan_id)
        assert tree[0].children[0].schedule_text == "Quý II/2026"
        assert tree[4].text == "Nhóm nhiệm vụ bổ sung"
        assert [c.label for c in tree[4].children] == ["23", "24"]
        assert tree[4].children[1].children[0].text == "Nhiệm vụ bổ sung 3"
    finally:
        database.close()


def test_delete_and_move_are_undoable(open_window: WindowFactory) -> None:
    window, plan_id = draft_window(open_window)
    editor, model = window.editor, window.editor.model
    group_b = model.index(1, 0)
    task_ids = [model.index(r, 0, group_b).data(ItemIdRole) for r in range(model.rowCount(group_b))]
    before = flat_labels(window.services.outline, plan_id)
    editor.select(model.index(1, 0).data(ItemIdRole))
    editor.delete_row()
    assert model.rowCount() == 3 and model.index(1, 0).data() == "B"  # C became B
    editor.undo_stack.undo()
    assert flat_labels(window.services.outline, plan_id) == before and model.rowCount() == 4
    editor.select(model.index(0, 0).data(ItemIdRole))
    editor.move_row(1)  # A below B
    assert model.index(0, 0).data() == "A" and "Thực hiện" in model.index(0, 1).data()
    editor.undo_stack.undo()
    assert flat_labels(window.services.outline, plan_id) == before
    assert task_ids  # the rows under B came back with their ids
    assert [model.index(r, 0, model.index(1, 0)).data(ItemIdRole) for r in range(len(task_ids))] == task_ids


def test_a_cell_with_bullet_lines_is_edited_as_several_lines(qtbot, open_window: WindowFactory) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QPlainTextEdit

    window, plan_id = draft_window(open_window)
    editor, model = window.editor, window.editor.model
    index = model.index(0, FIELDS.index("expected_result"), model.index(0, 0, model.index(1, 0)))  # task 3
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    field = editor.view.findChild(QPlainTextEdit)
    assert field is not None and field.toPlainText().startswith("- Văn phòng UBND xã")
    field.setPlainText("- Dòng một.\n- Dòng hai.")
    editor.view.setCurrentIndex(model.index(0, 0))  # leaving the cell keeps the text
    qtbot.waitUntil(lambda: index.data() == "- Dòng một.\n- Dòng hai.", timeout=2000)
    task = window.services.outline.tree(plan_id)[1].children[0].children[0]
    assert task.expected_result == "- Dòng một.\n- Dòng hai."
    assert editor.undo_stack.undoText().startswith("Sửa")


def test_issuing_a_draft_numbers_it_and_freezes_the_editor(open_window: WindowFactory) -> None:
    from datetime import date

    from tthc_desktop.ui.plan_editor.issue_dialog import IssueDialog

    window, plan_id = draft_window(open_window)
    dialog = IssueDialog(window.services, window.current_plan(), window, today=date(2026, 1, 5))
    assert dialog.number.text() == "01/QĐ-UBND"
    dialog.accepted.connect(lambda: window.editor.plan_issued.emit(plan_id))
    dialog.issue()
    assert dialog.issued is not None and dialog.issued.number_text == "01/QĐ-UBND"
    plan = window.current_plan()
    assert plan is not None and plan.id == plan_id and plan.number_text == "01/QĐ-UBND"
    assert not window.editor.banner.isHidden() and not window.editor.issue_action.isEnabled()
    assert not any(a.isEnabled() for a in window.editor.row_actions)


def test_next_years_plan_from_this_years_opens_in_the_editor(open_window: WindowFactory) -> None:
    window = open_window()
    dialog = window.open_new_plan()
    assert dialog.year.value() == 2026 and dialog.source.currentData() == 1  # proposed: a copy of 2025's
    dialog.create()
    plan = window.current_plan()
    assert plan is not None and plan.year == 2026 and plan.id == dialog.created.id
    assert plan.subject == "Hoạt động kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã Hành Dũng"
    assert window.tabs.currentIndex() == 0 and window.editor.model.rowCount() == 4
    assert window.editor.banner.isHidden()  # a draft: editable
    empty = window.open_new_plan()
    empty.source.setCurrentIndex(0)
    empty.year.setValue(2027)
    empty.create()
    assert window.current_plan().year == 2027 and window.editor.model.rowCount() == 0
