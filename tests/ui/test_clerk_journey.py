"""The Plan editor's "done when", walked through once as a clerk does it in January, in the main window:
next year's plan from last year's, a cell edited, a group with three tasks, an indent, undo and redo, rows pasted
from Excel, the checks read and every blocking problem fixed, the plan issued; then a fresh session on the same
file finds every change."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget

from tests.ui.conftest import WindowFactory
from tthc_desktop.domain.enums import DocumentStatus
from tthc_desktop.errors import DataError
from tthc_desktop.services.database import Database
from tthc_desktop.services.dto import OutlineNode
from tthc_desktop.services.plan_checks import Pane, Problem, Severity
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.new_plan_dialog import NewPlanDialog
from tthc_desktop.ui.plan_editor.editor import PlanEditorWorkspace
from tthc_desktop.ui.plan_editor.issue_dialog import IssueDialog
from tthc_desktop.ui.plan_editor.outline_model import FIELDS, ItemIdRole, OutlineModel
from tthc_desktop.ui.plan_editor.paste_dialog import PasteDialog

EDITED_TEXT = "Xây dựng, ban hành các văn bản về kiểm soát TTHC năm 2026 (đã sửa)."
GROUP_TEXT = "Nhóm nhiệm vụ chuyển đổi số"
TASK_TEXTS = ("Số hóa hồ sơ TTHC còn tồn", "Cập nhật cơ sở dữ liệu hộ tịch", "Đối chiếu dữ liệu với sổ gốc")
EXCEL = ("STT\tNội dung công việc\tCơ quan chủ trì\tThời gian thực hiện\r\n"
         "1\tRà soát quy định TTHC thuộc lĩnh vực tư pháp\tCông chức Tư pháp - Hộ tịch\tQuý II/2026\r\n"
         "2\tNiêm yết bổ sung TTHC tại Bộ phận một cửa\t\tThường xuyên\r\n"  # no lead unit: a blocking problem
         "3\t\"Tổng hợp phản ánh, kiến nghị\n- gửi Văn phòng - Thống kê\"\tVăn phòng - Thống kê\tQuý III/2026\r\n")
PASTED_TEXTS = ("Rà soát quy định TTHC thuộc lĩnh vực tư pháp", "Niêm yết bổ sung TTHC tại Bộ phận một cửa",
                "Tổng hợp phản ánh, kiến nghị\n- gửi Văn phòng - Thống kê")
FIX_UNIT = "Công chức Văn hóa - Xã hội"
SIGNER = ("CHỦ TỊCH", "Trần Văn Thiện")  # the demo commune's one signer
ISSUED_ON = date(2026, 1, 5)

Row = tuple[str | None, str, tuple[str, ...]]


# ------------------------------------------------------------------------------------------------ helpers


def service_rows(tree: list[OutlineNode] | tuple[OutlineNode, ...], depth: int = 0) -> list[tuple[int, Row]]:
    """Every row of the outline as the database has it: (depth, (label, text, lead units)), in order."""
    rows: list[tuple[int, Row]] = []
    for node in tree:
        rows.append((depth, (node.label, node.text, tuple(node.lead_units))))
        rows.extend(service_rows(node.children, depth + 1))
    return rows


def model_rows(model: OutlineModel, parent: QModelIndex | None = None, depth: int = 0) -> list[tuple[int, Row]]:
    """The same, read from the editor's tree model as the view shows it."""
    parent = parent or QModelIndex()
    rows: list[tuple[int, Row]] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        item_id = index.data(ItemIdRole)
        rows.append((depth, (model.value(item_id, "label"), model.value(item_id, "text"),
                             tuple(model.value(item_id, "lead_units") or ()))))
        rows.extend(model_rows(model, index, depth + 1))
    return rows


def labels_under(model: OutlineModel, parent_id: int) -> list[tuple[str | None, list[str | None]]]:
    """The labels of a row's children, each with its own children's labels."""
    out = []
    for position in range(model.sibling_count(parent_id)):
        child = model.sibling_id(parent_id, position)
        grandchildren = [model.value(model.sibling_id(child, p), "label") for p in range(model.sibling_count(child))]
        out.append((model.value(child, "label"), grandchildren))
    return out


def stored_labels_under(services: Services, plan_id: int, parent_id: int) -> list[tuple[str | None, list[str | None]]]:
    node = find(services.outline.tree(plan_id), parent_id)
    return [(child.label, [g.label for g in child.children]) for child in node.children]


def find(tree: list[OutlineNode] | tuple[OutlineNode, ...], item_id: int) -> OutlineNode:
    for node in tree:
        if node.id == item_id:
            return node
        try:
            return find(node.children, item_id)
        except LookupError:
            continue
    raise LookupError(item_id)


def settled_checks(qtbot: Any, editor: PlanEditorWorkspace) -> list[Problem]:
    """The checks panel once it has caught up with the last edit (it follows when the clerk pauses)."""
    assert editor.checks_timer.isActive(), "the edit did not ask the checks panel to catch up"
    qtbot.waitUntil(lambda: not editor.checks_timer.isActive(), timeout=10_000)
    shown = [editor.checks_model.index(row).data() for row in range(editor.checks_model.rowCount())]
    problems = list(editor.checks_model.problems)
    assert shown == [p.message for p in problems]
    return problems


def blocking_shown(editor: PlanEditorWorkspace) -> list[Problem]:
    return [p for p in editor.checks_model.problems if p.severity is Severity.BLOCKING]


def double_click_problem(qtbot: Any, editor: PlanEditorWorkspace, row: int) -> None:
    """As the clerk does: a double-click on the problem in the checks panel opens the field to fix."""
    view = editor.checks_view
    where = view.visualRect(editor.checks_model.index(row)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def answer_modal(kind: type[QWidget], answer: Callable[[Any], None]) -> Callable[[], list[str]]:
    """Answer the next modal dialog of `kind` once its own event loop runs (exec() does not return before).

    A message box met instead (an error the editor reports) is closed and kept so the test fails saying it
    rather than waiting forever. The returned function stops watching and gives what was met."""
    met: list[str] = []
    watching = [True]

    def look() -> None:
        if not watching[0]:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            met.append(type(dialog).__name__)
            answer(dialog)
            return
        if isinstance(dialog, QMessageBox):
            met.append(f"message: {dialog.text()}")
            dialog.reject()
        QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)

    def stop() -> list[str]:
        watching[0] = False
        return met

    return stop


# ------------------------------------------------------------------------------------------------ the journey


def test_a_clerk_writes_checks_and_issues_next_years_plan_and_a_fresh_session_finds_it_all(
        qtbot: Any, open_window: WindowFactory) -> None:
    window = open_window()
    editor, model = window.editor, window.editor.model
    db_file = window.services.database.path

    # 1. File > New plan: the dialog proposes next year from the selected (last year's, issued) plan; Create.
    window.select_plan(1)
    window.new_plan_action.trigger()
    dialog = window.findChild(NewPlanDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.year.value() == 2026 and dialog.source.currentData() == 1
    buttons = dialog.findChild(QDialogButtonBox)
    create = next(b for b in buttons.buttons() if buttons.buttonRole(b) is QDialogButtonBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert dialog.created is not None and dialog.created.year == 2026
    plan = window.current_plan()
    assert plan is not None and plan.id == dialog.created.id and plan.id != 1
    plan_id = plan.id
    assert plan.status is DocumentStatus.DRAFT and window.tabs.currentIndex() == 0
    assert editor.plan_id == plan_id and editor.banner.isHidden() and model.rowCount() == 4
    decision_id = window.services.content.content(plan_id).decision.id
    assert window.services.content.content(plan_id).decision.signer_name == SIGNER[1]  # copied from 2025

    # 2. Task 1's content, edited in its cell (what the delegate does when the clerk leaves the cell).
    group_a = model.index(0, 0)
    task_1_id = model.index(0, 0, group_a).data(ItemIdRole)
    assert model.index(0, 0, group_a).data() == "1"
    assert model.setData(model.index(0, FIELDS.index("text"), group_a), EDITED_TEXT)
    assert model.index(0, FIELDS.index("text"), group_a).data() == EDITED_TEXT
    assert window.undo_action.text() == "&Hoàn tác: Sửa Nội dung"

    # 3. A new group after D, three tasks in it (added with the toolbar, typed into their cells), one indented.
    editor.pages.setCurrentWidget(editor.tasks_page)
    editor.view.setCurrentIndex(model.index(3, 0))
    editor.add_group_action.trigger()
    group_id = editor.current_id()
    assert group_id is not None and group_id != model.index(3, 0).data(ItemIdRole)
    assert model.parent_id(group_id) is None and model.value(group_id, "label") == "Đ"  # A B C D Đ
    assert model.setData(editor.view.currentIndex().siblingAtColumn(FIELDS.index("text")), GROUP_TEXT)
    task_ids: list[int] = []
    for text in TASK_TEXTS:
        editor.add_task_action.trigger()  # on the group: at its end; on a task: right after it
        task_ids.append(editor.current_id())
        assert model.setData(editor.view.currentIndex().siblingAtColumn(FIELDS.index("text")), text)
    assert [model.parent_id(i) for i in task_ids] == [group_id] * 3
    assert labels_under(model, group_id) == [("23", []), ("24", []), ("25", [])]
    editor.select(task_ids[2])
    editor.indent_action.trigger()
    assert model.parent_id(task_ids[2]) == task_ids[1]
    assert labels_under(model, group_id) == [("23", []), ("24", ["a"])]
    assert stored_labels_under(window.services, plan_id, group_id) == [("23", []), ("24", ["a"])]

    # 4. Undo three steps (the indent, the third task's text, the third task), checking labels each way; redo.
    assert window.undo_action.text() == "&Hoàn tác: Lùi vào"
    window.undo_action.trigger()
    assert labels_under(model, group_id) == [("23", []), ("24", []), ("25", [])]
    assert stored_labels_under(window.services, plan_id, group_id) == [("23", []), ("24", []), ("25", [])]
    assert window.redo_action.text() == "&Làm lại: Lùi vào"
    assert window.undo_action.text() == "&Hoàn tác: Sửa Nội dung"
    window.undo_action.trigger()
    assert model.value(task_ids[2], "text") == ""
    assert find(window.services.outline.tree(plan_id), task_ids[2]).text == ""
    assert window.undo_action.text() == "&Hoàn tác: Thêm nhiệm vụ"
    window.undo_action.trigger()
    assert labels_under(model, group_id) == [("23", []), ("24", [])]
    assert stored_labels_under(window.services, plan_id, group_id) == [("23", []), ("24", [])]
    assert window.redo_action.text() == "&Làm lại: Thêm nhiệm vụ"
    window.redo_action.trigger()
    assert labels_under(model, group_id) == [("23", []), ("24", []), ("25", [])]
    assert model.value(task_ids[2], "text") == ""  # the same row (same id) is back, its text still to redo
    window.redo_action.trigger()
    assert model.value(task_ids[2], "text") == TASK_TEXTS[2]
    window.redo_action.trigger()
    assert labels_under(model, group_id) == [("23", []), ("24", ["a"])]
    assert stored_labels_under(window.services, plan_id, group_id) == [("23", []), ("24", ["a"])]
    assert not window.redo_action.isEnabled() and window.undo_action.text() == "&Hoàn tác: Lùi vào"

    # 5. Three rows copied from Excel, pasted on the group with Ctrl+V's action: they go at the group's end, as one
    #    undo step.
    QApplication.clipboard().setText(EXCEL)
    editor.select(group_id)
    seen_mapping: list[list[str]] = []

    def add_as_tasks(paste: PasteDialog) -> None:
        seen_mapping.append(paste.mapping())
        assert paste.model.rowCount() == 3
        qtbot.mouseClick(paste.ok, Qt.MouseButton.LeftButton)

    stop = answer_modal(PasteDialog, add_as_tasks)
    editor.paste_action.trigger()
    assert stop() == ["PasteDialog"]
    assert seen_mapping == [["label", "text", "lead_units", "schedule_text"]]
    assert labels_under(model, group_id) == [("23", []), ("24", ["a"]), ("25", []), ("26", []), ("27", [])]
    pasted_ids = [model.sibling_id(group_id, p) for p in (2, 3, 4)]
    assert [model.value(i, "text") for i in pasted_ids] == list(PASTED_TEXTS)
    assert window.undo_action.text() == "&Hoàn tác: Dán 3 nhiệm vụ"
    window.undo_action.trigger()  # one step takes all three out
    assert labels_under(model, group_id) == [("23", []), ("24", ["a"])]
    assert stored_labels_under(window.services, plan_id, group_id) == [("23", []), ("24", ["a"])]
    window.redo_action.trigger()  # and one puts them back, with their ids
    assert [model.sibling_id(group_id, p) for p in (2, 3, 4)] == pasted_ids
    assert stored_labels_under(window.services, plan_id, group_id) == [
        ("23", []), ("24", ["a"]), ("25", []), ("26", []), ("27", [])]
    assert model.value(pasted_ids[1], "lead_units") in ((), None)

    # 6. The signer cleared by mistake: picked as "(nobody chosen)" in the decision's signer list.
    editor.pages.setCurrentIndex(0)
    signer = editor.decision_form.signer
    assert signer.currentText() == f"{SIGNER[0]} \u2013 {SIGNER[1]}"
    qtbot.keyClick(signer, Qt.Key.Key_Up)
    assert signer.currentIndex() == 0 and window.undo_action.text() == "&Hoàn tác: Chọn người ký"
    assert window.services.content.content(plan_id).decision.signer_name is None

    # 7. The checks panel: what the check service finds, shown in order; four problems block issuing.
    problems = settled_checks(qtbot, editor)
    assert problems == window.services.checks.problems(plan_id)
    blocking = [(p.pane, p.key, p.field) for p in blocking_shown(editor)]
    assert blocking == [(Pane.DOCUMENT, decision_id, "signer"), (Pane.OUTLINE, task_ids[0], "lead_units"),
                        (Pane.OUTLINE, task_ids[2], "lead_units"), (Pane.OUTLINE, pasted_ids[1], "lead_units")]
    assert [p.message for p in blocking_shown(editor)][1:] == [
        "Nhiệm vụ 23 chưa có đơn vị chủ trì.", "Nhiệm vụ a chưa có đơn vị chủ trì.",
        "Nhiệm vụ 26 chưa có đơn vị chủ trì."]
    assert editor.checks_label.text().startswith("Kiểm tra: 4 lỗi cần sửa trước khi ban hành")

    # 8. Issuing is refused while they remain: no dialog, the panel says why and opens the first problem.
    editor.pages.setCurrentWidget(editor.tasks_page)
    editor.issue_action.trigger()
    assert editor.findChild(IssueDialog) is None
    assert "Chưa thể ban hành: cần sửa 4 lỗi trước" in editor.checks_label.text()
    assert editor.pages.currentIndex() == 0 and editor.checks_view.currentIndex().row() == 0
    with pytest.raises(DataError, match="chưa có người ký"):
        window.services.checks.issue(plan_id, ISSUED_ON)  # what the dialog would call: refused too
    decision = window.services.content.content(plan_id).decision
    assert decision.status is DocumentStatus.DRAFT and decision.number_text == "/QĐ-UBND"

    # 9. Every blocking problem fixed from the panel: a double-click opens its field, the clerk fills it in.
    fixed: list[tuple[Pane, int, str | None]] = []
    for _attempt in range(10):
        remaining = blocking_shown(editor)
        if not remaining:
            break
        problem = remaining[0]
        double_click_problem(qtbot, editor, editor.checks_model.problems.index(problem))
        if problem.pane is Pane.DOCUMENT and problem.field == "signer":
            assert editor.pages.currentIndex() == 0
            qtbot.keyClick(signer, Qt.Key.Key_Down)  # the chairman, first in the list
            assert signer.currentText() == f"{SIGNER[0]} \u2013 {SIGNER[1]}"
        elif problem.pane is Pane.OUTLINE and problem.field == "lead_units":
            cell = editor.view.currentIndex()
            assert editor.pages.currentWidget() is editor.tasks_page
            assert cell.siblingAtColumn(0).data(ItemIdRole) == problem.key
            assert cell.column() == FIELDS.index("lead_units")
            assert model.setData(cell, FIX_UNIT)
            assert cell.data() == FIX_UNIT
        else:
            pytest.fail(f"no fix known for {problem}")
        fixed.append((problem.pane, problem.key, problem.field))
        after = settled_checks(qtbot, editor)
        assert (problem.pane, problem.key, problem.field) not in [(p.pane, p.key, p.field) for p in after]
    assert fixed == blocking
    assert blocking_shown(editor) == [] and editor.checks_model.blocking_count() == 0
    assert editor.checks_label.text().startswith(("Kiểm tra: 0 lỗi cần sửa", "Kiểm tra: không có gì cần sửa"))
    assert not [p for p in window.services.checks.problems(plan_id) if p.severity is Severity.BLOCKING]

    # 10. Issue: the number is the next free one of 2026 for "QĐ-UBND", read from the file before issuing.
    with sqlite3.connect(db_file) as connection:
        taken = connection.execute("SELECT MAX(number) FROM document WHERE year = ? AND symbol = ?",
                                   (ISSUED_ON.year, "QĐ-UBND")).fetchone()[0]
    connection.close()
    expected_number = (taken or 0) + 1
    expected = f"{expected_number:02d}/QĐ-UBND"
    assert expected == "01/QĐ-UBND"  # the demo numbers nothing in 2026
    editor.issue_action.trigger()
    issue = editor.findChild(IssueDialog)
    assert issue is not None and issue.isVisible()
    issue.date.setDate(QDate(ISSUED_ON.year, ISSUED_ON.month, ISSUED_ON.day))
    assert issue.number.text() == expected
    qtbot.mouseClick(issue.issue_button, Qt.MouseButton.LeftButton)
    assert issue.issued is not None and issue.issued.number_text == expected
    shown = window.current_plan()
    assert shown is not None and shown.id == plan_id and shown.number_text == expected
    assert shown.status is DocumentStatus.ISSUED
    assert editor.decision_form.number.text() == f"{expected}, ngày 05/01/2026"
    listed = window.plan_view.currentIndex().data()
    assert listed.startswith(f"2026 · {expected}\n")
    assert not editor.banner.isHidden() and not editor.issue_action.isEnabled()
    assert not any(a.isEnabled() for a in editor.row_actions)
    assert not model.flags(model.index(0, FIELDS.index("text"), model.index(0, 0))) & Qt.ItemFlag.ItemIsEditable
    outline_shown = model_rows(model)

    # 11. A fresh session on the same file finds every change.
    window.close()
    database = Database.open(db_file)
    try:
        fresh = Services.for_database(database)
        tree = fresh.outline.tree(plan_id)
        assert service_rows(tree) == outline_shown  # the whole outline, as the editor showed it
        assert find(tree, task_1_id).text == EDITED_TEXT and find(tree, task_1_id).label == "1"
        group = find(tree, group_id)
        assert (group.label, group.text, group.parent_id) == ("Đ", GROUP_TEXT, None)
        assert [c.id for c in group.children] == [task_ids[0], task_ids[1], *pasted_ids]
        assert [c.label for c in group.children] == ["23", "24", "25", "26", "27"]
        assert [c.text for c in group.children] == [*TASK_TEXTS[:2], *PASTED_TEXTS]
        indented = group.children[1].children
        assert [(c.id, c.label, c.text) for c in indented] == [(task_ids[2], "a", TASK_TEXTS[2])]
        pasted = group.children[2:]
        assert [c.lead_units for c in pasted] == [("Công chức Tư pháp - Hộ tịch",), (FIX_UNIT,),
                                                  ("Văn phòng - Thống kê",)]
        assert [c.schedule_text for c in pasted] == ["Quý II/2026", "Thường xuyên", "Quý III/2026"]
        assert group.children[0].lead_units == (FIX_UNIT,) and indented[0].lead_units == (FIX_UNIT,)
        content = fresh.content.content(plan_id)
        assert (content.decision.signer_position, content.decision.signer_name) == SIGNER
        assert content.decision.id == decision_id and content.decision.number_text == expected
        assert content.decision.status is DocumentStatus.ISSUED and content.plan.status is DocumentStatus.ISSUED
        assert (content.decision.year, content.decision.issue_month, content.decision.issue_day) == (2026, 1, 5)
        assert not content.editable
        summary = next(p for p in fresh.plans.list_plans() if p.id == plan_id)
        assert summary.number_text == expected and summary.year == 2026
        original = next(p for p in fresh.plans.list_plans() if p.id == 1)
        assert original.number_text == "48/QĐ-UBND" and original.task_count == 22  # last year's untouched
        assert summary.task_count == 22 + 6
    finally:
        database.close()
