"""Importing from the window: read, show what was understood and doubtful, write only on Save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WindowFactory

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="the shared seeds sit beside the repository")


def test_a_text_file_is_shown_then_saved_only_when_asked(qtbot, open_window: WindowFactory) -> None:  # noqa: ANN001
    window = open_window()
    dialog = window.open_import(SEEDS / "002_9e03fbf4f3d2e073.txt")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30000)
    assert dialog.model.rowCount() == 6 and dialog.save_button.isEnabled()
    assert "18/KH-UBND" in dialog.summary.text() and "2023" in dialog.summary.text()
    assert dialog.notices.rowCount() == len(dialog.result.notices)
    # The doubtful rows are marked in the tree itself, with what to check as their tooltip.
    group_1 = dialog.model.index(0, 0)
    row_1_1 = dialog.model.index(0, 0, group_1)
    assert row_1_1.data().startswith("⚠") and "lệch ô" in row_1_1.data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.model.index(1, 0).data() == "2"  # a sound group is not marked
    assert len(window.services.plans.list_plans()) == 1  # nothing written yet
    # A correction in the preview goes into what is saved.
    content = dialog.model.index(0, 1, group_1)
    assert dialog.model.setData(content, "Tổ chức triển khai Kế hoạch kiểm soát TTHC năm 2023 (đã sửa).")
    assert len(window.services.plans.list_plans()) == 1
    dialog.save()
    assert dialog.saved is not None
    qtbot.waitUntil(lambda: window.current_plan() is not None and window.current_plan().id == dialog.saved.id,
                    timeout=5000)
    assert window.current_plan().year == 2023 and window.editor.model.rowCount() == 6
    saved = window.services.outline.tree(dialog.saved.id)[0].children[0]
    assert saved.text == "Tổ chức triển khai Kế hoạch kiểm soát TTHC năm 2023 (đã sửa)."


def test_a_pasted_document_is_read_and_a_non_plan_is_explained(qtbot, open_window: WindowFactory,  # noqa: ANN001
                                                               monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    window = open_window()
    dialog = window.open_import(paste=True)
    assert dialog is not None
    dialog.paste.setPlainText("Danh sách mua văn phòng phẩm\nGiấy A4\t10 gram")
    dialog.read_pasted()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "không giống một kế hoạch" in shown[0] and not dialog.save_button.isEnabled()
    dialog.paste.setPlainText((SEEDS / "000_375297f20dd8c941.txt").read_text(encoding="utf-8"))
    dialog.read_pasted()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30000)
    assert [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())] == ["A", "B", "C", "D"]


PLANS = Path(__file__).resolve().parents[1] / "data" / "plans"


def test_the_source_beside_the_result_and_each_doubtful_decision_marked_where_it_was_made(
        qtbot, open_window: WindowFactory) -> None:  # noqa: ANN001
    window = open_window()
    dialog = window.open_import(PLANS / "05_labels_my_thanh.docx")
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30000)
    source = dialog.source
    assert source.rowCount() == len(dialog.result.source)
    # Choosing task 7 tints the two rows it came from: its own and the rest of it after the page break.
    group_vi = dialog.model.index(1, 0)
    task_7 = dialog.model.index(0, 0, group_vi)
    assert task_7.data().startswith("⚠")  # the continuation joined to it is marked on the task...
    dialog.tree.setCurrentIndex(task_7)
    tinted = [r for r in range(source.rowCount()) if source.where(r) in source.selected]
    assert [source.index(r, 1).data().split("  │  ")[1] for r in tinted] == [
        "Tiếp nhận, phân loại phản ánh, kiến nghị của người dân, doanh nghiệp về quy định",
        "hành chính thuộc thẩm quyền của UBND xã"]
    continued = tinted[1]
    assert source.index(continued, 0).data().startswith("⚠")  # ...and on the line where it was decided
    assert "dòng" in source.index(continued, 0).data(Qt.ItemDataRole.ToolTipRole)
    # Choosing a line of the source selects the row it became.
    dialog.tree.setCurrentIndex(dialog.model.index(0, 0))
    dialog._line_chosen(source.index(continued, 1))
    assert dialog.tree.currentIndex().data(Qt.ItemDataRole.DisplayRole).endswith("7")


def test_the_clerk_says_what_a_misread_table_is_and_the_document_is_read_again(
        qtbot, open_window: WindowFactory) -> None:  # noqa: ANN001
    window = open_window()
    dialog = window.open_import(PLANS / "12_other_table_hiep_hoa.txt")
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30000)
    tables = dialog.tables
    assert tables.rowCount() == 3
    assert tables.index(1, 0).data().startswith("⚠ 2.") and tables.index(1, 1).data() == "Bỏ qua"
    assert dialog.tabs.tabText(2).startswith("⚠")
    assert dialog.model.rowCount() == 2
    first = dialog.result
    assert tables.setData(tables.index(1, 1), "tasks")
    qtbot.waitUntil(lambda: dialog.result is not first, timeout=30000)
    assert dialog.result.tables[1].kind == "tasks" and dialog.result.tables[1].by_clerk
    assert dialog.model.rowCount() == 4 and tables.index(1, 1).data() == "Nhiệm vụ"
    assert not tables.index(1, 0).data().startswith("⚠") and not dialog.tabs.tabText(2).startswith("⚠")
    # The figure written '95.5' is refused in words, on its line and in the list of things to check.
    assert any("95.5" in text and "95,5" in text for text in dialog.notices.stringList())
    assert dialog.indicators.index(1, 3).data() == "⚠"
