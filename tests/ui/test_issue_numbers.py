"""Issuing with the number from the register (issue 17 item 1): proposed, typed, refused at once when held."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

from tests.ui.conftest import WindowFactory
from tthc_desktop.ui.plan_editor.issue_dialog import IssueDialog
from tthc_desktop.ui.report_builder.issue_dialog import ReportIssueDialog

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "images"


def test_the_plan_is_issued_with_the_number_typed_from_the_register(qtbot, open_window: WindowFactory) -> None:  # noqa: ANN001
    window = open_window()
    copy = window.services.plans.copy_plan(1, 2026)
    window.reload_plans()
    window.select_plan(copy.id)
    window.services.organization.set_register_start(2026, 57, "QĐ-UBND")  # set in Settings > Register
    dialog = IssueDialog(window.services, window.current_plan(), window, today=date(2026, 1, 12))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.number.text() == "57/QĐ-UBND" and "57/QĐ-UBND" in dialog.fields.proposed.text()
    dialog.date.setDate(QDate(2025, 12, 30))  # another year: its own register, proposed again
    assert dialog.number.text() == "49/QĐ-UBND"
    dialog.number.setValue(48)  # the 2025 decision's number
    problem = dialog.fields.problem.text()
    assert "48/QĐ-UBND" in problem and "Ban hành Kế hoạch" in problem and "03/03/2025" in problem
    assert not dialog.issue_button.isEnabled()
    dialog.date.setDate(QDate(2026, 1, 12))
    dialog.number.setValue(61)  # the clerk types the number the register gives
    assert dialog.fields.problem.text() == "" and dialog.issue_button.isEnabled()
    dialog.grab().save(str(SHOTS / "issue_dialog.png"))
    dialog.issue()
    assert dialog.issued is not None and dialog.issued.number_text == "61/QĐ-UBND"
    assert window.services.documents.next_number(2026, dialog.document.type) == 62


def test_the_report_is_issued_with_the_number_typed(qtbot, open_window: WindowFactory) -> None:  # noqa: ANN001
    window = open_window()
    window.select_plan(1)
    builder = window.report_builder
    builder.period_box.setCurrentIndex(builder.period_box.findData("2025-Q1"))
    draft = builder.open_report()
    document = window.services.documents.get(draft.document_id)
    dialog = ReportIssueDialog(window.services, document, date(2025, 4, 3), window)
    qtbot.addWidget(dialog)
    assert dialog.fields.number.text() == "01/BC-UBND"
    dialog.fields.number.setValue(23)
    assert dialog.chosen() == (date(2025, 4, 3), 23)
    issued = builder.issue(*dialog.chosen())
    assert issued is not None and issued.number_text == "23/BC-UBND"


def test_the_registers_next_free_number_is_set_in_settings(qtbot, open_window: WindowFactory) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QDialogButtonBox

    from tthc_desktop.ui.settings_dialog import SettingsDialog

    window = open_window()
    dialog = SettingsDialog(window.services, None, "vi", window)
    qtbot.addWidget(dialog)
    box = dialog.register_box
    box.year.setValue(2026)
    assert set(box.boxes) == {"QĐ-UBND", "KH-UBND", "BC-UBND"}  # each type keeps its own numbers
    box.boxes["BC-UBND"].setValue(112)
    box.year.setValue(2025)  # staged per year: switching years keeps what was typed
    assert box.boxes["QĐ-UBND"].value() == 0  # not set
    box.year.setValue(2026)
    assert box.boxes["BC-UBND"].value() == 112
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert window.services.documents.next_number(2026, window.services.documents.get(1).type) == 1
    register = {r.symbol: r for r in window.services.organization.register(2026)}
    assert register["BC-UBND"].next_free == 112 and register["BC-UBND"].proposed == 112
