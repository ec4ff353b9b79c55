"""The Settings dialog on a real database file: staged edits saved on OK/Apply, read back from a fresh open."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tests.ui.conftest import WindowFactory
from tthc_desktop.documents.rules import DEFAULT_RULES
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.settings_dialog import SettingsDialog

SHOTS = Path(tempfile.gettempdir()) / "tthc-shots"


def open_settings(qtbot, window, languages: list[str] | None = None) -> SettingsDialog:  # noqa: ANN001
    dialog = SettingsDialog(window.services, (languages if languages is not None else []).append, "vi", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press(dialog: SettingsDialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(button).click()


def test_place_name_and_cutoff_day_are_saved_on_ok(qtbot, open_window: WindowFactory) -> None:  # noqa: ANN001
    window = open_window()
    dialog = open_settings(qtbot, window)
    assert dialog.place_name.text() == "Hành Dũng" and dialog.cutoff.value() == 14
    dialog.place_name.setText("Nghĩa Hành")
    dialog.tabs.setCurrentIndex(3)
    dialog.cutoff.setValue(18)
    assert dialog.cutoff.maximum() == 28  # a day every month has
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted

    fresh = Database.open(window.services.database.path)
    try:
        profile = Services.for_database(fresh).organization.get()
    finally:
        fresh.close()
    assert profile is not None and (profile.place_name, profile.report_cutoff_day) == ("Nghĩa Hành", 18)
    assert profile.name == "Hành Dũng"  # untouched fields stay as they were


def test_units_are_added_and_retired_with_history_shown_greyed(qtbot, qtmodeltester,  # noqa: ANN001
                                                                open_window: WindowFactory) -> None:
    window = open_window()
    dialog = open_settings(qtbot, window)
    qtmodeltester.check(dialog.units)
    office = next(row for row in dialog.units.rows if row.name == "Văn phòng - Thống kê")
    successor = dialog.stage_add_unit("Văn phòng HĐND và UBND xã", "VP")
    dialog.stage_retire_unit(office, date(2025, 6, 30), successor)
    number = dialog.units.rows.index(office)
    assert dialog.units.index(number, 3).data() == "30/06/2025"
    assert dialog.units.index(number, 4).data() == "Văn phòng HĐND và UBND xã"
    assert dialog.units.index(number, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert dialog.units.index(number, 0).data(Qt.ItemDataRole.FontRole).italic()  # not saved yet
    assert "Văn phòng - Thống kê" in [u.name for u in window.services.organization.active_units()]

    press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert dialog.isVisible()
    assert not dialog.units.index(number, 0).data(Qt.ItemDataRole.FontRole)
    active = [u.name for u in window.services.organization.active_units()]
    assert "Văn phòng - Thống kê" not in active and "Văn phòng HĐND và UBND xã" in active
    saved = next(u for u in window.services.organization.units() if u.name == "Văn phòng - Thống kê")
    assert (saved.active_to, saved.replaced_by_id) == (date(2025, 6, 30), successor.id)
    qtmodeltester.check(dialog.units)


def test_a_refused_unit_is_reported_and_the_dialog_stays_open(qtbot, open_window: WindowFactory) -> None:  # noqa: ANN001
    window = open_window()
    dialog = open_settings(qtbot, window)
    dialog.place_name.setText("Nghĩa Hành")
    dialog.stage_add_unit("Tư pháp – Hộ tịch")  # the same as the demo's "Tư pháp - Hộ tịch"
    shown: list[str] = []

    def read_and_close_the_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, read_and_close_the_message)

    QTimer.singleShot(0, read_and_close_the_message)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible() and len(shown) == 1 and "Tư pháp – Hộ tịch" in shown[0]
    assert dialog.units.rows[-1].pending  # kept, to be corrected and applied again
    assert window.services.organization.get().place_name == "Nghĩa Hành"  # saved before the refusal


def test_officials_may_sign_and_retire(qtbot, qtmodeltester, open_window: WindowFactory) -> None:  # noqa: ANN001
    window = open_window()
    dialog = open_settings(qtbot, window)
    qtmodeltester.check(dialog.officials)
    vice = dialog.stage_add_official("Nguyễn Thị Lan", "PHÓ CHỦ TỊCH", False)
    number = dialog.officials.rows.index(vice)
    sign = dialog.officials.index(number, dialog.officials.SIGN_COLUMN)
    assert dialog.officials.setData(sign, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    press(dialog, QDialogButtonBox.StandardButton.Apply)
    signers = [o.name for o in window.services.organization.officials(signers_only=True)]
    assert "Nguyễn Thị Lan" in signers

    dialog.stage_retire_official(vice, date(2026, 1, 31))
    assert not dialog.officials.flags(sign) & Qt.ItemFlag.ItemIsUserCheckable  # a retired official is history
    press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert "Nguyễn Thị Lan" not in [o.name for o in window.services.organization.officials(signers_only=True)]
    qtmodeltester.check(dialog.officials)


def test_language_is_passed_to_the_callback_on_ok_only_when_changed(qtbot,  # noqa: ANN001
                                                                    open_window: WindowFactory) -> None:
    window = open_window()
    chosen: list[str] = []
    dialog = open_settings(qtbot, window, chosen)
    press(dialog, QDialogButtonBox.StandardButton.Apply)
    assert chosen == []
    dialog.english.setChecked(True)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert chosen == ["en"]


def test_document_format_is_bounded_by_the_decree_and_saved(qtbot, open_window: WindowFactory) -> None:  # noqa: ANN001
    window = open_window()
    dialog = open_settings(qtbot, window)
    left = dialog.format_boxes["margin_left"]
    assert (left.minimum(), left.maximum(), left.value()) == (30, 35, 30)
    left.setValue(50)  # typed past the range: the box keeps the decree's maximum
    assert left.value() == 35
    dialog.format_boxes["line_spacing"].setValue(1.3)
    press(dialog, QDialogButtonBox.StandardButton.Apply)
    rules = window.services.organization.format_rules()
    assert (rules.margin_left, rules.line_spacing) == (35, 1.3)
    dialog.show_default_format()
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert window.services.organization.format_rules() == DEFAULT_RULES


def test_settings_open_from_the_file_menu_and_a_saved_unit_reaches_the_editor(qtbot,  # noqa: ANN001
                                                                               open_window: WindowFactory) -> None:
    window = open_window()
    assert window.settings_action in window.file_menu.actions()
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    assert window.settings_action.text().replace("&", "") == "Thiết lập…"
    copy = window.services.plans.copy_plan(1, 2026)
    window.reload_plans()
    window.select_plan(copy.id)
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    dialog.stage_add_unit("Công an xã", "CA")
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert not dialog.isVisible()
    delegate = window.editor.view.itemDelegate()
    assert "Công an xã" in delegate.unit_names  # offered for the lead-unit cells at once


def test_grabs_of_every_page(qtbot, open_window: WindowFactory) -> None:  # noqa: ANN001
    window = open_window()
    dialog = open_settings(qtbot, window)
    office = next(row for row in dialog.units.rows if row.name == "Văn phòng - Thống kê")
    dialog.stage_retire_unit(office, date(2025, 6, 30), dialog.stage_add_unit("Văn phòng HĐND và UBND xã", "VP"))
    dialog.resize(820, 560)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for index, name in enumerate(("profile", "units", "officials", "reporting", "register", "format", "mail",
                                  "language")):
        dialog.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        assert dialog.grab().save(str(SHOTS / f"settings_{name}.png"))
