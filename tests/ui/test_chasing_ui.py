"""Chasing the units in the window: the By unit page over its item model, Tracking > Reminder slips… (preview,
save, mail through the outbox to aiosmtpd, history) and Tracking > Export calendar (.ics)…, on a real file."""

from __future__ import annotations

import email
from datetime import date
from email.policy import default as default_policy
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from tests.clock import Clock
from tests.ui.conftest import WindowFactory
from tests.unit.mail_helpers import Recorder, configure, free_port, smtp_server
from tthc_desktop.services.chasing_dto import UNMATCHED
from tthc_desktop.ui.settings_dialog import SettingsDialog
from tthc_desktop.ui.settings_parts import UnitEditDialog
from tthc_desktop.ui.tracker.progress_dialog import ProgressDialog
from tthc_desktop.ui.tracker.slips_dialog import SlipsDialog
from tthc_desktop.ui.tracker.units_page import TaskRole, UnitDuesModel, UnitIdRole
from tthc_desktop.ui.tracker.workspace import TaskTrackerWorkspace

SUMMER = date(2025, 6, 20)


@pytest.fixture
def tracker(qtbot, open_window: WindowFactory, tmp_path: Path):  # noqa: ANN001, ANN201
    window = open_window()
    settings = QSettings(str(tmp_path / "tracker.ini"), QSettings.Format.IniFormat)
    workspace = TaskTrackerWorkspace(window.services, today=Clock(SUMMER), settings=settings)
    qtbot.addWidget(workspace)
    workspace.set_plan(window.current_plan())
    workspace.show()
    workspace.pages.setCurrentWidget(workspace.units_page)  # the page reads what units owe when it is shown
    return workspace


def units_of(model: UnitDuesModel) -> list[int | None]:
    return [model.index(row, 0).data(UnitIdRole) for row in range(model.rowCount())]


def task_labels(model: UnitDuesModel, unit_row: int, section_row: int) -> list[str]:
    section = model.index(section_row, 0, model.index(unit_row, 0))
    return [model.index(r, 0, section).data(TaskRole).label for r in range(model.rowCount(section))]


def test_the_by_unit_page_lists_each_unit_s_lists(tracker: TaskTrackerWorkspace, qtmodeltester) -> None:  # noqa: ANN001
    page = tracker.units_page
    model = page.model
    assert model.rowCount() == 5
    qtmodeltester.check(model)
    units = tracker.services.organization.units()
    office = next(u.id for u in units if u.abbreviation == "VP-TK")
    assert units_of(model)[0] == office and units_of(model)[-1] is None
    assert "Văn phòng - Thống kê (VP-TK)" in model.index(0, 0).data()
    assert task_labels(model, 0, 0) == ["1", "2", "8", "22"]  # late, most overdue first
    assert model.index(0, 2, model.index(0, 0, model.index(0, 0))).data() != ""  # "81 … late" in its words
    page.unit_box.setCurrentIndex(page.unit_box.findData(office))
    assert units_of(model) == [office]
    page.within.setValue(40)
    assert [model.rowCount(model.index(r, 0, model.index(0, 0))) for r in range(2)] == [4, 1]  # late, due
    qtmodeltester.check(model)
    page.unit_box.setCurrentIndex(page.unit_box.findData(UNMATCHED))
    assert units_of(model) == [None]
    page.period_box.setCurrentIndex(page.period_box.findData("year"))
    qtmodeltester.check(model)
    assert "20/6/2025" in page.summary.text()


def test_the_page_reads_only_when_shown(tracker: TaskTrackerWorkspace) -> None:
    tracker.pages.setCurrentIndex(0)
    tracker.units_page.model.set_dues(None)
    tracker.reload()  # the tracker reloads on every change: the hidden page waits
    assert tracker.units_page.model.rowCount() == 0
    tracker.pages.setCurrentWidget(tracker.units_page)
    assert tracker.units_page.model.rowCount() == 5


def test_a_task_on_the_page_opens_its_progress(tracker: TaskTrackerWorkspace, qtbot) -> None:  # noqa: ANN001
    page = tracker.units_page
    task_index = page.model.index(0, 0, page.model.index(0, 0, page.model.index(0, 0)))
    page.view.doubleClicked.emit(task_index)
    dialogs = tracker.findChildren(ProgressDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].reject()


def wait_for(qtbot, dialog: SlipsDialog) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: dialog.task is None or not dialog.task.running, timeout=30000)


def test_slips_are_previewed_saved_and_kept_in_the_history(tracker: TaskTrackerWorkspace, qtbot,  # noqa: ANN001
                                                          qtmodeltester, tmp_path: Path) -> None:
    dialog = tracker.chasing.open_slips()
    assert isinstance(dialog, SlipsDialog)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=30000)
    assert dialog.document.pageCount() >= 3 and dialog.unit_list.count() == 3
    assert dialog.signer.currentData().official_id is None  # the office signs by default
    dialog.unit_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    dialog.save(tmp_path / "phieu.docx")
    wait_for(qtbot, dialog)
    assert (tmp_path / "phieu.docx").stat().st_size > 0
    qtmodeltester.check(dialog.history)
    assert [r.unit_name for r in dialog.history.records] == ["Bộ phận Tiếp nhận và Trả kết quả",  # newest first
                                                             "Văn phòng - Thống kê"]
    assert dialog.history.index(1, 4).data() == "7" and "DOCX" in dialog.history.index(1, 2).data()
    dialog.unit_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.unit_list.item(2).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.save(tmp_path / "none.pdf") is None and not (tmp_path / "none.pdf").exists()
    dialog.reject()


def test_slips_go_by_mail_to_each_unit_s_address(tracker: TaskTrackerWorkspace, qtbot) -> None:  # noqa: ANN001
    services = tracker.services
    port, recorder = free_port(), Recorder()
    configure(services.mail, port)
    office = next(u for u in services.organization.units() if u.abbreviation == "VP-TK")
    services.organization.set_unit_email(office.id, "vanphong@hanhdung.example.vn")
    dialog = tracker.chasing.open_slips([office.id])
    wait_for(qtbot, dialog)
    ticked = [dialog.unit_list.item(r).checkState() == Qt.CheckState.Checked for r in range(dialog.unit_list.count())]
    assert ticked == [True, False, False]
    with smtp_server(recorder, port):
        dialog.send()
        wait_for(qtbot, dialog)
    [message] = [email.message_from_bytes(m.data, policy=default_policy) for m in recorder.messages]
    assert message["To"].addresses[0].addr_spec == "vanphong@hanhdung.example.vn"
    assert [a.get_filename() for a in message.iter_attachments()] == ["Phieu nhac viec VP-TK ngay 20-6-2025.pdf"]
    assert dialog.history.rowCount() == 1 and "vanphong@hanhdung.example.vn" in dialog.history.index(0, 2).data()
    dialog.reject()


def test_the_chosen_signer_is_remembered(tracker: TaskTrackerWorkspace, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = tracker.chasing.open_slips()
    wait_for(qtbot, dialog)
    chair = next(i for i in range(dialog.signer.count()) if dialog.signer.itemData(i).official_id is not None)
    dialog.signer.setCurrentIndex(chair)
    dialog.save(tmp_path / "ct.pdf")
    wait_for(qtbot, dialog)
    dialog.reject()
    again = tracker.chasing.open_slips()
    wait_for(qtbot, again)
    assert again.signer.currentIndex() == chair and again.signer.currentData().name == "Trần Văn Thiện"
    again.reject()


def test_the_calendar_is_exported_from_the_menu_action(tracker: TaskTrackerWorkspace, qtbot,  # noqa: ANN001
                                                       tmp_path: Path) -> None:
    task = tracker.chasing.export_calendar(tmp_path / "lich.ics")
    assert task is not None
    qtbot.waitUntil(lambda: tracker.chasing.message is not None, timeout=30000)
    parsed = Calendar.from_ical((tmp_path / "lich.ics").read_bytes())
    assert len(parsed.walk("VEVENT")) == 12
    assert "lich.ics" in tracker.chasing.message.text()
    tracker.chasing.message.done(0)


def test_the_menu_has_the_chasing_entries_with_keys(open_window: WindowFactory) -> None:
    window = open_window()
    actions = {a.shortcut().toString(): a for a in window.tracking_menu.actions() if not a.isSeparator()}
    assert actions["Ctrl+Shift+N"] is window.tracker.chasing.slips_action
    assert actions["Ctrl+Shift+L"] is window.tracker.chasing.calendar_action
    assert window.tracker.pages.count() == 5  # tasks, timeline, overview, figures, by unit
    assert window.tracker.chasing.slips_action.shortcut() == QKeySequence("Ctrl+Shift+N")


def test_a_unit_s_address_is_set_in_settings_and_a_wrong_one_refused(qtbot, open_window: WindowFactory) -> None:  # noqa: ANN001
    window = open_window()
    dialog = SettingsDialog(window.services, [].append, "vi", window)
    qtbot.addWidget(dialog)
    row = next(r for r in dialog.units.rows if r.abbreviation == "VP-TK")
    edit = UnitEditDialog(row, dialog)
    edit.email.setText("vanphong")
    edit.accept()
    assert edit.result() != UnitEditDialog.DialogCode.Accepted and edit.problem.isVisibleTo(edit)
    edit.email.setText(" vanphong@hanhdung.gov.vn ")
    edit.accept()
    assert edit.result() == UnitEditDialog.DialogCode.Accepted
    dialog.stage_rename_unit(row, row.name, row.abbreviation, edit.chosen_email())
    assert row.pending and dialog.units.index(dialog.units.rows.index(row), 5).data() == "vanphong@hanhdung.gov.vn"
    dialog.stage_rename_unit(row, row.name, "VP-TK")  # renaming alone keeps the address
    added = dialog.stage_add_unit("Phòng Kinh tế", "KT", "kinhte@hanhdung.gov.vn")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    saved = {u.name: u.email for u in window.services.organization.units()}
    assert saved["Văn phòng - Thống kê"] == "vanphong@hanhdung.gov.vn" and saved["Phòng Kinh tế"] == added.email
