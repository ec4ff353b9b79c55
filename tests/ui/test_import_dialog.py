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
