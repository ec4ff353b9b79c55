"""The Task tracker's timeline and its prints, offscreen, on the demo plan with the clock moved by the test: the
timeline shows what the list shows (filters, rows), in the plan's order under its groups, draws the domain's bars,
zooms, opens a task's progress on a click; the list and the timeline print to PDF as shown."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.clock import Clock
from tests.ui.conftest import WindowFactory
from tests.unit.documents_helpers import page_sizes, pages
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.timeline import GROUP, TASK
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.ui.tracker.progress_dialog import ProgressDialog
from tthc_desktop.ui.tracker.timeline_model import SHADE_COLOURS
from tthc_desktop.ui.tracker.tracker_model import FIELDS
from tthc_desktop.ui.tracker.workspace import TaskTrackerWorkspace


@pytest.fixture
def tracker(qtbot, open_window: WindowFactory, tmp_path: Path):  # noqa: ANN001, ANN201
    window = open_window()
    clock = Clock(date(2025, 6, 10))
    services = dataclasses.replace(window.services, tracking=TrackingService(
        window.services.database.session_factory, today=clock, storage=tmp_path / "store"))
    workspace = TaskTrackerWorkspace(services, today=clock, settings=window.settings)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 700)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.set_plan(window.current_plan())
    workspace.pages.setCurrentWidget(workspace.timeline)
    return workspace


def settled(qtbot, workspace: TaskTrackerWorkspace) -> None:  # noqa: ANN001
    """The timeline follows the list on the next turn of the event loop."""
    qtbot.waitUntil(lambda: not workspace.timeline.model.pending, timeout=5000)


def timeline_tasks(workspace: TaskTrackerWorkspace) -> list[str]:
    model = workspace.timeline.model
    return [model.row(r).label for r in range(model.rowCount()) if model.row(r).kind == TASK]


def listed(workspace: TaskTrackerWorkspace, column: str = "label") -> list[str]:
    proxy = workspace.filtered
    return [proxy.index(r, FIELDS.index(column)).data() for r in range(proxy.rowCount())]


def test_the_timeline_model_passes_the_model_tester(qtmodeltester, tracker: TaskTrackerWorkspace) -> None:  # noqa: ANN001
    model = tracker.timeline.model
    assert model.rowCount() == 22 + 11  # 22 tasks under 11 group rows (A, B and its four, C and its five…)
    qtmodeltester.check(model)


def test_it_shows_the_lists_rows_in_the_plans_order_under_their_groups(qtbot, tracker: TaskTrackerWorkspace) -> None:  # noqa: ANN001
    tracker.view.sortByColumn(FIELDS.index("status"), Qt.SortOrder.DescendingOrder)  # the list's own order
    tracker.search.setText("cong khai")  # folded: "công khai" anywhere in the task
    settled(qtbot, tracker)
    shown = listed(tracker)
    assert 0 < len(shown) < 22
    assert timeline_tasks(tracker) == sorted(shown, key=int)  # the same tasks, as the plan orders them
    rows = [tracker.timeline.model.row(r) for r in range(tracker.timeline.model.rowCount())]
    tasks = [tracker.model.task(r) for r in range(tracker.model.rowCount())]
    wanted = {label for t in tasks if t.label in shown for label in t.group_labels}
    assert {r.label for r in rows if r.kind == GROUP} == wanted  # only the groups of the tasks shown
    assert len(wanted) < 11
    tracker.status_box.setCurrentIndex(tracker.status_box.findData(TaskStatus.OVERDUE.value))
    tracker.search.setText("")
    settled(qtbot, tracker)
    assert timeline_tasks(tracker) == sorted(listed(tracker), key=int) == ["1", "2", "8", "22"]


def test_hidden_it_only_notes_changes_and_catches_up_when_shown(qtbot, tracker: TaskTrackerWorkspace) -> None:  # noqa: ANN001
    model = tracker.timeline.model
    tracker.pages.setCurrentIndex(0)  # the list: the timeline's page is hidden
    tracker.search.setText("cong khai")
    qtbot.wait(20)
    assert model.stale and not model.pending and len(timeline_tasks(tracker)) == 22  # no rebuild per keystroke
    tracker.pages.setCurrentWidget(tracker.timeline)
    assert not model.stale and timeline_tasks(tracker) == sorted(listed(tracker), key=int)


def test_the_timeline_follows_a_progress_recorded_on_the_list(qtbot, tracker: TaskTrackerWorkspace) -> None:  # noqa: ANN001
    model = tracker.timeline.model
    first = next(r for r in range(model.rowCount()) if model.row(r).label == "1")
    assert model.row(first).bar.shade == "overdue"
    tracker.services.tracking.record_progress(model.row(first).task_id, TaskStatus.DONE, date(2025, 6, 9))
    tracker.reload()  # what the list does after its progress dialog (or the change hub)
    settled(qtbot, tracker)
    row = model.row(model.row_of(model.row(first).task_id))
    assert row.bar.shade == "done" and row.bar.ticks[0].status is TaskStatus.DONE_LATE


def test_a_progress_recorded_from_the_timeline_is_followed_and_undone_like_the_lists(
        qtbot, tracker: TaskTrackerWorkspace) -> None:  # noqa: ANN001
    """Clicked on the timeline, a task's progress is the same command as from the list: on the workspace's undo
    stack, told through the change hub, so the bar turns green without a reload and Ctrl+Z takes it back."""
    view, model = tracker.timeline.view, tracker.timeline.model
    number = next(r for r in range(model.rowCount()) if model.row(r).label == "1")
    task_id = model.row(number).task_id
    assert model.row(number).bar.shade == "overdue"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(number, 0)).center())
    dialog = tracker.findChild(ProgressDialog)
    assert dialog is not None and dialog.task.task_id == task_id
    dialog.status.setCurrentIndex(dialog.status.findData(TaskStatus.DONE.value))
    dialog.save()
    settled(qtbot, tracker)
    assert model.row(model.row_of(task_id)).bar.shade == "done"
    assert tracker.undo_stack.count() == 1
    tracker.undo_stack.undo()
    settled(qtbot, tracker)
    assert model.row(model.row_of(task_id)).bar.shade == "overdue"


def test_a_bar_is_drawn_where_the_domain_puts_it_in_the_trackers_colour(qtbot, tracker: TaskTrackerWorkspace) -> None:  # noqa: ANN001
    view, model = tracker.timeline.view, tracker.timeline.model
    number = next(r for r in range(model.rowCount()) if model.row(r).label == "3")  # in progress, all year
    bar = model.row(number).bar
    left, right = view.scale().span(bar.start, bar.end)
    rect = view.visualRect(model.index(number, 0))
    image = view.viewport().grab().toImage()
    inside = image.pixelColor(round((left + right) / 2) + 3, rect.center().y() - 2)
    before = image.pixelColor(round(left) - 4, rect.center().y())  # before the plan's start: no bar
    assert inside.name() == SHADE_COLOURS["in_progress"].name()
    assert before.name() != SHADE_COLOURS["in_progress"].name()
    today = view.scale().tick_x(date(2025, 6, 10))
    assert today is not None and left < today < right


def test_ctrl_wheel_zooms_and_the_zoom_is_remembered(qtbot, tracker: TaskTrackerWorkspace) -> None:  # noqa: ANN001
    view = tracker.timeline.view
    view.set_zoom("year")
    point = QPointF(view.names_width + 200, 100)
    for expected in ("quarter", "month", "month"):
        event = QWheelEvent(point, view.viewport().mapToGlobal(point), QPoint(), QPoint(0, 120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(view.viewport(), event)
        assert view.zoom == expected
    assert tracker.settings.value("tracker/timeline_zoom") == "month"
    assert tracker.timeline.zoom_button["month"].isChecked()
    assert view.horizontalScrollBar().maximum() > 0  # a month a width: the year scrolls
    tracker.timeline.zoom_button["year"].click()
    assert view.zoom == "year" and view.horizontalScrollBar().maximum() == 0


def test_clicking_a_task_opens_its_progress_and_a_group_does_nothing(qtbot, tracker: TaskTrackerWorkspace) -> None:  # noqa: ANN001
    view, model = tracker.timeline.view, tracker.timeline.model
    group = view.visualRect(model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=group.center())
    assert tracker.findChild(ProgressDialog) is None
    number = next(r for r in range(model.rowCount()) if model.row(r).label == "8")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(number, 0)).center())
    dialog = tracker.findChild(ProgressDialog)
    assert dialog is not None and dialog.task.label == "8" and dialog.isVisible()
    dialog.reject()


def test_the_keys_skip_group_rows_and_enter_opens_the_task(qtbot, tracker: TaskTrackerWorkspace) -> None:  # noqa: ANN001
    view, model = tracker.timeline.view, tracker.timeline.model
    view.setFocus()
    view.setCurrentIndex(model.index(1, 0))  # task 1 (row 0 is group A)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # past group B and its first subgroup
    assert model.row(view.currentIndex().row()).label == "3"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = tracker.findChild(ProgressDialog)
    assert dialog is not None and dialog.task.label == "3"
    dialog.reject()


# ---------------------------------------------------------------- printed as shown


def test_the_list_prints_as_shown_with_its_filters_and_order(qtbot, tracker: TaskTrackerWorkspace,  # noqa: ANN001
                                                              tmp_path: Path) -> None:
    tracker.pages.setCurrentIndex(0)
    tracker.within_check.setChecked(True)
    tracker.view.sortByColumn(FIELDS.index("label"), Qt.SortOrder.DescendingOrder)
    order = listed(tracker)
    assert order == sorted(order, key=int, reverse=True) and len(order) < 22
    assert tracker.printing.suggested_name("list") == "Theo doi nhiem vu nam 2025.pdf"  # words, as every Save
    path = tmp_path / "danh-sach.pdf"
    task = tracker.printing.print_list(path)
    assert task is not None
    qtbot.waitUntil(lambda: tracker.printing.saved == path, timeout=30000)
    text = pages(path)
    assert all(w > h for w, h in page_sizes(path))
    first = text[0]
    assert "Theo dõi nhiệm vụ" in first and "48/QĐ-UBND" in first
    assert "quá hạn hoặc đến hạn trong 14 ngày" in first and f"({len(order)}/22 nhiệm vụ)" in first
    assert "giảm dần" in first and "10/6/2025" in first
    assert all(f"Trang {n}/{len(text)}" in page for n, page in enumerate(text, start=1))
    numbers = [line.split()[0] for page in text for line in page.splitlines()
               if line.split() and line.split()[0].isdigit() and len(line.split()) > 3]
    assert numbers == order  # the rows in the list's order


def test_the_timeline_prints_the_tasks_shown_with_the_names_on_every_page(qtbot, tracker: TaskTrackerWorkspace,  # noqa: ANN001
                                                                          tmp_path: Path) -> None:
    tracker.status_box.setCurrentIndex(tracker.status_box.findData(TaskStatus.IN_PROGRESS.value))
    tracker.timeline.view.set_zoom("quarter")
    tracker.timeline.paper_box.setCurrentIndex(tracker.timeline.paper_box.findData("A3"))
    assert tracker.printing.suggested_name("timeline") == "Tien do nhiem vu nam 2025 kho A3.pdf"
    path = tmp_path / "tien-do.pdf"
    assert tracker.printing.print_timeline(path) is not None
    qtbot.waitUntil(lambda: tracker.printing.saved == path, timeout=30000)
    sizes = page_sizes(path)
    assert len(sizes) == 4 and all(abs(w - 1190.55) < 1 for w, _h in sizes)  # a quarter a page, A3 landscape
    text = pages(path)
    for page in text:
        assert "3. Thực hiện niêm yết" in page and "trạng thái: ◐ Đang thực hiện" in page
        assert "1. Xây dựng" not in page  # overdue: filtered out of the list, so out of the print
    assert "Quý III/2025" in text[2] and "Tháng 8" in text[2]
