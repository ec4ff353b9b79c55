"""The editor's panes beside the task tree: the decision, the plan's sections, indicators, checks, paste and
the live preview, driven as the clerk drives them and read back from the database."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import WindowFactory
from tests.ui.test_plan_editor import draft_window
from tthc_desktop.services import pasted_rows as clipboard
from tthc_desktop.services.plan_checks import Pane
from tthc_desktop.services.plan_content import SectionRow
from tthc_desktop.ui.plan_editor.content_models import (
    INDICATOR_FIELDS,
    ChecksModel,
    IndicatorModel,
    SectionModel,
    TextListModel,
)


def test_the_part_models_pass_the_model_tester(qtmodeltester, open_window: WindowFactory) -> None:  # noqa: ANN001
    window, plan_id = draft_window(open_window)
    content = window.services.content.content(plan_id)
    assert content.decision is not None
    texts = TextListModel("legal_bases")
    texts.set_texts(content.decision.legal_bases, True)
    qtmodeltester.check(texts, force_py=True)
    texts.set_texts(content.decision.legal_bases[1:], True)  # one row out
    texts.set_texts(("Căn cứ X;", *content.decision.legal_bases), True)  # rows in and changed
    qtmodeltester.check(texts, force_py=True)
    sections = SectionModel()
    sections.set_rows([SectionRow(0, "heading", "I", "MỤC ĐÍCH"), SectionRow(1, "bullet", None, "a")], True)
    qtmodeltester.check(sections, force_py=True)
    indicators = IndicatorModel()
    indicators.set_rows(content.indicators, True)
    qtmodeltester.check(indicators, force_py=True)
    checks = ChecksModel()
    checks.set_problems(window.services.checks.problems(plan_id))
    qtmodeltester.check(checks, force_py=True)


def test_decision_header_and_lists_are_saved_at_once_and_undone(open_window: WindowFactory, qtbot) -> None:  # noqa: ANN001
    window, plan_id = draft_window(open_window)
    editor = window.editor
    content = window.services.content
    subject = editor.decision_form.fields["subject"]
    old_subject = subject.text()
    subject.setText("Ban hành Kế hoạch kiểm soát TTHC năm 2026 (sửa)")
    subject.editingFinished.emit()
    assert content.content(plan_id).decision.subject == "Ban hành Kế hoạch kiểm soát TTHC năm 2026 (sửa)"
    bases = editor.lists["legal_bases"]
    bases.view.setCurrentIndex(bases.model.index(0))
    bases.actions_["add"].trigger()  # a new line after the first, open for typing
    bases.model.setData(bases.model.index(1), "Căn cứ Nghị định số 118/2025/NĐ-CP;")
    assert content.content(plan_id).decision.legal_bases[1] == "Căn cứ Nghị định số 118/2025/NĐ-CP;"
    bases.view.setCurrentIndex(bases.model.index(1))
    bases.actions_["up"].trigger()
    assert content.content(plan_id).decision.legal_bases[0] == "Căn cứ Nghị định số 118/2025/NĐ-CP;"
    assert window.undo_action.text() == "&Hoàn tác: Sắp xếp lại căn cứ"
    for _step in range(4):  # move, edit, add, subject
        window.undo_action.trigger()
    decision = content.content(plan_id).decision
    assert decision.subject == old_subject and len(decision.legal_bases) == 12
    assert subject.text() == old_subject and bases.model.rowCount() == 12
    window.redo_action.trigger()
    assert content.content(plan_id).decision.subject != old_subject


def test_checks_lead_to_the_field_and_issuing_waits(open_window: WindowFactory, qtbot) -> None:  # noqa: ANN001
    window, plan_id = draft_window(open_window)
    editor = window.editor
    decision = window.services.content.content(plan_id).decision
    window.services.content.set_texts(decision.id, "legal_bases", ["Căn cứ Luật Tổ chức chính quyền địa phương"])
    editor.refresh_content()
    editor.refresh_checks()
    problems = editor.checks_model.problems
    assert editor.checks_model.blocking_count() == 1
    assert problems[0].pane is Pane.LEGAL_BASES and "không kết thúc" in problems[0].message
    assert "1 lỗi cần sửa" in editor.checks_label.text()
    where = editor.checks_view.visualRect(editor.checks_model.index(0)).center()
    qtbot.mouseClick(editor.checks_view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(editor.checks_view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert editor.pages.currentIndex() == 0 and editor.decision_lists.currentWidget() is editor.lists["legal_bases"]
    assert editor.lists["legal_bases"].view.currentIndex().row() == 0
    assert editor.open_issue_dialog() is None  # refused: nothing numbered
    assert window.services.content.content(plan_id).editable


def test_indicator_target_edit_shows_the_rule(open_window: WindowFactory, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    window, plan_id = draft_window(open_window)
    table = window.editor.indicators
    target = INDICATOR_FIELDS.index("target")
    last_year = INDICATOR_FIELDS.index("last_year")
    proposal = INDICATOR_FIELDS.index("proposal")
    assert table.model.setData(table.model.index(3, last_year), "62")
    assert table.model.index(3, proposal).data() == "68,2%"
    assert "10%" in table.model.index(3, proposal).data(Qt.ItemDataRole.ToolTipRole)
    assert table.model.setData(table.model.index(3, target), "95,5")
    assert table.model.index(3, target).data() == "95,5%"
    assert "68,2%" in table.model.index(3, target).data(Qt.ItemDataRole.ToolTipRole)  # set by hand, rule shown
    row = window.services.content.content(plan_id).indicators[3]
    assert row.values["target"] == 95.5 and row.values["last_year"] == 62.0
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert not table.model.setData(table.model.index(3, target), "120")  # refused in place, with the range
    assert shown == ["Mức giao của chỉ tiêu 4 phải là số từ 0 đến 100; 120 không hợp lệ."]
    assert table.model.index(3, target).data() == "95,5%"
    assert not table.model.setData(table.model.index(3, target), "95.5")
    assert "Viết 95,5" in shown[-1] and window.services.content.content(plan_id).indicators[3].values["target"] == 95.5


def test_pasted_rows_become_tasks_in_one_undo_step(open_window: WindowFactory) -> None:
    window, plan_id = draft_window(open_window)
    editor = window.editor
    before = editor.model.rowCount()
    excel = ("STT\tNội dung công việc\tCơ quan chủ trì\tThời gian thực hiện\r\n"
             "1\tRà soát quy định TTHC\tCông chức Tư pháp - Hộ tịch\tQuý II\r\n"
             "2\t\"Niêm yết TTHC\n- tại Bộ phận một cửa\"\tVăn phòng - Thống kê\tThường xuyên\r\n")
    table = clipboard.read(excel)
    assert table.mapping == ["label", "text", "lead_units", "schedule_text"] and len(table.rows) == 2
    editor.view.setCurrentIndex(editor.model.index(before - 1, 0))  # on the last group: its last tasks
    in_group = len(window.services.outline.tree(plan_id)[-1].children)
    assert editor.add_pasted(table.rows, table.mapping) == 2
    tree = window.services.outline.tree(plan_id)
    added = tree[-1].children[-2:]
    assert added[0].text == "Rà soát quy định TTHC" and added[0].lead_units == ("Công chức Tư pháp - Hộ tịch",)
    assert added[1].text == "Niêm yết TTHC\n- tại Bộ phận một cửa" and added[1].schedule_text == "Thường xuyên"
    assert window.undo_action.text() == "&Hoàn tác: Dán 2 nhiệm vụ"
    window.undo_action.trigger()
    assert len(window.services.outline.tree(plan_id)[-1].children) == in_group
    assert editor.model.rowCount(editor.model.index(before - 1, 0)) == in_group


def test_the_live_preview_follows_an_edit(open_window: WindowFactory, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    window, plan_id = draft_window(open_window)
    preview = window.editor.preview
    pdf = tmp_path / "preview.pdf"

    def shown_text() -> str:
        pdf.write_bytes(preview.pdf or b"")
        result = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
        return " ".join(result.stdout.split()).lower()  # the plan's title prints in capitals

    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=10_000)
    assert "bản xem thử" not in shown_text()
    field = window.editor.plan_form.fields["subject"]
    field.setText("Hoạt động kiểm soát thủ tục hành chính năm 2026 của xã Hành Dũng — bản xem thử")
    field.editingFinished.emit()
    qtbot.waitUntil(lambda: "bản xem thử" in shown_text(), timeout=15_000)
    assert preview.document.pageCount() > 5


def test_an_issued_plan_is_amended_by_a_draft_of_the_same_year(open_window: WindowFactory) -> None:
    window = open_window()
    window.select_plan(1)
    editor = window.editor
    assert editor.amend_action.isEnabled() and not editor.issue_action.isEnabled()
    assert editor.plan_form.number.text() == "Ban hành kèm theo quyết định (không có số riêng)"
    copy = editor.amend()
    assert copy is not None and copy.year == 2025 and window.current_plan().id == copy.id
    assert editor.banner.isHidden() and window.tabs.currentIndex() == 0
    original = window.services.content.content(1).indicators
    amended = window.services.content.content(copy.id).indicators
    assert [r.values["target"] for r in amended] == [r.values["target"] for r in original]


def test_unit_cells_complete_from_the_communes_units_and_keep_free_text(open_window: WindowFactory) -> None:
    from PySide6.QtWidgets import QLineEdit

    from tthc_desktop.ui.plan_editor.outline_model import FIELDS

    window, plan_id = draft_window(open_window)
    editor = window.editor
    window.tabs.setCurrentIndex(0)
    editor.pages.setCurrentIndex(2)
    task = editor.model.index(0, FIELDS.index("lead_units"), editor.model.index(0, 0))
    editor.view.setCurrentIndex(task)
    editor.view.edit(task)
    line = editor.view.findChild(QLineEdit)
    assert line is not None and line.completer() is not None
    completer = line.completer()
    line.setText("Ban Chỉ huy Quân sự xã; tư pháp")
    completer.setCompletionPrefix(completer.splitPath(line.text())[0])
    first = completer.completionModel().index(0, 0)
    assert first.data() == "Tư pháp - Hộ tịch"
    assert completer.pathFromIndex(first) == "Ban Chỉ huy Quân sự xã; Tư pháp - Hộ tịch"  # free text kept


def test_a_large_plan_is_previewed_only_on_request(open_window: WindowFactory, qtbot) -> None:  # noqa: ANN001
    from tthc_desktop.domain.enums import OutlineKind
    from tthc_desktop.ui.plan_editor.live_preview import PREVIEW_AUTO_TASKS

    window, plan_id = draft_window(open_window)
    outline = window.services.outline
    group = outline.tree(plan_id)[-1].id
    for n in range(PREVIEW_AUTO_TASKS):
        outline.insert(plan_id, group, n, OutlineKind.TASK, f"Nhiệm vụ thêm {n + 1}", lead_units=["Văn phòng"])
    window.reload_plans()
    window.select_plan(plan_id)
    preview = window.editor.preview
    assert not preview.auto and preview.pdf is None and not preview.update_button.isHidden()
    preview.update_button.click()
    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=60_000)
