"""Every view tells the same truth, at once: an edit made in one workspace of the real window, on a real database
file, is seen in every other the moment it is looked at (the plan list and the plan line at once), with no reload
by hand. Edit > Undo acts in the workspace shown, and what it takes back is seen everywhere too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from tests.ui.conftest import WindowFactory
from tthc_desktop.domain.enums import OutlineKind, TaskStatus
from tthc_desktop.ui.main_window import MainWindow
from tthc_desktop.ui.plan_list_model import PlanIdRole
from tthc_desktop.ui.settings_dialog import SettingsDialog
from tthc_desktop.ui.tracker.tracker_model import ALL_UNITS

PERIOD = "2025-Q4"


@pytest.fixture
def window(open_window: WindowFactory) -> MainWindow:
    """The window on a draft of the demo plan (its amendment, so every workspace may edit it), a draft report of
    the last quarter open in the Report builder."""
    window = open_window()
    draft = window.services.plans.copy_plan(1, 2025)
    assert window.plans.row_of(draft.id) is not None  # listed by the hub, no reload by hand
    window.select_plan(draft.id)
    window.tabs.setCurrentWidget(window.report_builder)
    builder = window.report_builder
    builder.period_box.setCurrentIndex(builder.period_box.findData(PERIOD))
    assert builder.open_report() is not None
    return window


def listed(window: MainWindow):  # noqa: ANN201
    """The plan list's entry of the plan being worked on, as the list shows it."""
    plan = window.current_plan()
    assert plan is not None
    row = window.plans.row_of(plan.id)
    index = window.plans.index(row)
    assert index.data(PlanIdRole) == plan.id
    return window.plans.plan(row), index.data(0x03)  # the summary and its tooltip (counts, state)


def task_rows(window: MainWindow) -> list[str]:
    table = next(t for t in window.report_builder.view_data.tables if t.key == "tasks")
    return [row.cells[1].text() for row in table.rows if not row.group]


def status_in_report(window: MainWindow, content: str) -> str:
    table = next(t for t in window.report_builder.view_data.tables if t.key == "tasks")
    return next(row.cells[4].text() for row in table.rows if row.cells[1].text() == content)


def look_at(window: MainWindow, page) -> None:  # noqa: ANN001
    window.tabs.setCurrentWidget(page)


def test_a_task_added_in_the_editor_is_seen_everywhere_and_its_undo_too(window: MainWindow) -> None:
    tracker, builder, editor = window.tracker, window.report_builder, window.editor
    before = window.current_plan().task_count
    assert len(task_rows(window)) == before
    look_at(window, editor)
    editor.select(editor.model.sibling_id(None, 0))
    added = editor.add_row(OutlineKind.TASK, "Rà soát thủ tục mới thêm")
    assert added is not None
    # At once, without switching: the plan line above the editor and the plan list.
    assert editor._plan.task_count == before + 1 and f"{before + 1} nhiệm vụ" in editor._plan_label.text()
    summary, tooltip = listed(window)
    assert summary.task_count == before + 1 and f"{before + 1} nhiệm vụ" in tooltip
    # The moment the other workspaces are looked at: the tracker's rows, counts and overview, the report's table.
    look_at(window, tracker)
    assert tracker.model.rowCount() == before + 1 and added in [t.task_id for t in tracker.model.tasks]
    assert f"/ {before + 1}" in tracker.summary.text() or f"{before + 1} nhiệm vụ" in tracker.summary.text()
    assert sum(tracker.dashboard.dashboard.counts.values()) == before + 1
    assert f"{before + 1} nhiệm vụ" in tracker._plan_label.text()
    look_at(window, builder)
    assert "Rà soát thủ tục mới thêm" in task_rows(window)
    # Edit > Undo in the editor: the task goes, everywhere.
    look_at(window, editor)
    assert window.undo_action.isEnabled() and "Thêm nhiệm vụ" in window.undo_action.text()
    window.undo_action.trigger()
    assert listed(window)[0].task_count == before and editor._plan.task_count == before
    look_at(window, tracker)
    assert tracker.model.rowCount() == before
    look_at(window, builder)
    assert "Rà soát thủ tục mới thêm" not in task_rows(window)


def test_progress_recorded_in_the_tracker_is_seen_in_the_report_and_undone_in_the_tracker_only(
        window: MainWindow) -> None:
    tracker, builder, editor = window.tracker, window.report_builder, window.editor
    look_at(window, editor)
    editor.select(editor.model.sibling_id(None, 0))
    assert editor.add_row(OutlineKind.TASK, "Nhiệm vụ của bên soạn thảo") is not None  # on the editor's stack
    look_at(window, tracker)
    task = tracker.model.tasks[0]
    assert tracker.select_task(task.task_id)
    done_before = tracker.dashboard.dashboard.counts[TaskStatus.DONE] + \
        tracker.dashboard.dashboard.counts[TaskStatus.DONE_LATE]
    dialog = tracker.record_progress()
    dialog.status.setCurrentIndex(dialog.status.findData(TaskStatus.DONE.value))
    dialog.on.setDate(QDate(2025, 11, 20))  # within the plan's year, before the quarter's cut-off
    dialog.save()
    assert dialog.saved is not None
    counts = tracker.dashboard.dashboard.counts
    assert counts[TaskStatus.DONE] + counts[TaskStatus.DONE_LATE] == done_before + 1
    assert tracker.current_task().task_id == task.task_id  # the row stays selected
    assert tracker.current_task().status in (TaskStatus.DONE, TaskStatus.DONE_LATE)
    look_at(window, builder)
    assert status_in_report(window, task.content).startswith("Hoàn thành")
    # Edit > Undo with the tracker shown takes back the progress, not the task the editor added.
    look_at(window, tracker)
    assert "Ghi tiến độ" in window.undo_action.text()
    window.undo_action.trigger()
    assert tracker.current_task().status not in (TaskStatus.DONE, TaskStatus.DONE_LATE)
    assert window.services.tracking.progress(task.task_id) == []
    assert "Nhiệm vụ của bên soạn thảo" in [t.content for t in tracker.model.tasks]
    look_at(window, builder)
    assert not status_in_report(window, task.content).startswith("Hoàn thành")
    window.undo_action.trigger()  # nothing of the builder's own to undo: nothing happens
    look_at(window, tracker)
    window.redo_action.trigger()  # and the progress comes back, with its id
    assert tracker.current_task().status in (TaskStatus.DONE, TaskStatus.DONE_LATE)
    assert [p.id for p in window.services.tracking.progress(task.task_id)] == [dialog.saved.id]


def test_biểu_06_typed_in_the_tracker_is_in_the_report_at_once(window: MainWindow) -> None:
    tracker, builder = window.tracker, window.report_builder
    look_at(window, tracker)
    figures = tracker.figures
    figures.period.setCurrentIndex(figures.period.findData(PERIOD))
    assert figures.dossiers.add_row("Hộ tịch")
    for column, value in {4: 12, 5: 8, 9: 20}.items():
        assert figures.dossiers.setData(figures.dossiers.index(0, column - 2), str(value))
    look_at(window, builder)
    table = next(t for t in builder.view_data.tables if t.key == "dossiers")
    row = next(r for r in table.rows if r.cells[1].text() == "Hộ tịch")
    assert [c.text() for c in row.cells[2:5]] == ["20", "12", "8"]  # (3) received, (4) online, (5) in person


def test_a_section_typed_in_the_report_builder_is_kept_and_undone_there(window: MainWindow,
                                                                       monkeypatch) -> None:  # noqa: ANN001
    builder = window.report_builder
    look_at(window, window.tracker)
    look_at(window, builder)
    judged = []  # what the tracker shows is not touched by a report's text: it is not judged again
    monkeypatch.setattr(window.tracker, "reload", lambda: judged.append(1))
    reread = []  # the section typed is shown by its editor: the report is not read again at each key
    show = builder.show_report
    monkeypatch.setattr(builder, "show_report", lambda report_id: reread.append(report_id) or show(report_id))
    report_id = builder.current().report_id
    row = next(i for i, s in enumerate(builder.sections.sections) if s.key == "proposals")
    old = builder.sections.sections[row].text
    for typed in ("Đề", "Đề nghị", "Đề nghị tỉnh hỗ trợ"):  # a burst of typing, kept at each step
        assert builder.sections.setData(builder.sections.index(row, 1), typed)
        assert window.services.reports.report(report_id).sections[row].text == typed
    assert builder.undo_stack.count() == 1  # one undo step for the burst
    assert reread == []
    window.undo_action.trigger()
    assert window.services.reports.report(report_id).sections[row].text == old
    assert builder.sections.sections[row].text == old
    look_at(window, window.tracker)
    assert judged == []


def test_a_unit_renamed_in_the_settings_is_seen_in_the_tracker_and_its_overview(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    tracker = window.tracker
    look_at(window, tracker)
    old, new = "Văn phòng - Thống kê", "Văn phòng HĐND và UBND xã"
    assert tracker.unit_box.findText(old) >= 0
    dialog = SettingsDialog(window.services, [].append, "vi", window)
    qtbot.addWidget(dialog)
    row = next(r for r in dialog.units.rows if r.name == old)
    dialog.stage_rename_unit(row, new, "VP")
    assert dialog.apply()
    assert tracker.unit_box.findText(old) == -1 and tracker.unit_box.findText(new) >= 0
    assert new in [t.name for t in tracker.dashboard.dashboard.by_unit]
    tracker.unit_box.setCurrentIndex(tracker.unit_box.findText(new))
    assert tracker.unit_box.currentData() != ALL_UNITS and tracker.filtered.rowCount() > 0
