"""The Task tracker on the demo plan, with the clock moved by the test."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from tests.ui.conftest import WindowFactory
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.ui.tracker.tracker_model import FIELDS, TaskIdRole, TrackerModel
from tthc_desktop.ui.tracker.workspace import TaskTrackerWorkspace


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def tracker(qtbot, open_window: WindowFactory, tmp_path: Path):  # noqa: ANN001, ANN201
    window = open_window()
    clock = Clock(date(2025, 3, 1))
    services = dataclasses.replace(window.services, tracking=TrackingService(
        window.services.database.session_factory, today=clock, storage=tmp_path / "store"))
    workspace = TaskTrackerWorkspace(services, today=clock)
    qtbot.addWidget(workspace)
    workspace.set_plan(window.current_plan())
    return workspace, clock


def shown(workspace: TaskTrackerWorkspace, column: str = "label") -> list[str]:
    proxy = workspace.filtered
    return [proxy.index(r, FIELDS.index(column)).data() for r in range(proxy.rowCount())]


def test_the_overdue_count_follows_the_clock(tracker) -> None:  # noqa: ANN001
    workspace, clock = tracker
    before = workspace.model.task(0)
    assert before.label == "1" and before.status is not TaskStatus.OVERDUE
    clock.day = date(2025, 4, 1)
    workspace.reload()
    task_1 = next(workspace.model.task(r) for r in range(22) if workspace.model.task(r).label == "1")
    assert task_1.status is TaskStatus.OVERDUE and task_1.days_left == -1
    workspace.status_box.setCurrentIndex(workspace.status_box.findData(TaskStatus.OVERDUE.value))
    assert "1" in shown(workspace) and "2" in shown(workspace)
    assert all(text.startswith("⚠") for text in shown(workspace, "status"))
    assert "quá hạn" in workspace.summary.text()


def test_search_ignores_diacritics_and_units_filter(tracker) -> None:  # noqa: ANN001
    workspace, _clock = tracker
    workspace.search.setText("xay dung, ban hanh")
    assert shown(workspace) == ["1", "2"]
    workspace.search.setText("")
    assert workspace.unit_box.findData("Tư pháp – Hộ tịch") == -1  # an indicator's unit, no task's: not offered
    workspace.unit_box.setCurrentIndex(workspace.unit_box.findData("Văn phòng - Thống kê"))
    assert shown(workspace) == ["1", "2", "20"]


def test_marking_a_task_done_late_with_evidence_and_a_file(tracker, tmp_path: Path) -> None:  # noqa: ANN001
    workspace, clock = tracker
    clock.day = date(2025, 4, 5)
    workspace.reload()
    workspace.search.setText("Xây dựng, ban hành các văn bản về kiểm soát TTHC năm 2025")
    workspace.view.selectRow(0)
    dialog = workspace.record_progress()
    assert dialog is not None
    dialog.status.setCurrentIndex(dialog.status.findData(TaskStatus.DONE.value))
    dialog.on.setDate(QDate(2025, 4, 5))
    dialog.doc_number.setText("12/KH-UBND")
    dialog.doc_subject.setText("Kế hoạch rà soát, đánh giá TTHC năm 2025")
    scan = tmp_path / "12-KH-UBND.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned evidence " * 100)
    dialog.add_files([scan])
    dialog.save()
    assert dialog.saved is not None and dialog.result() == dialog.DialogCode.Accepted
    task_id = dialog.task.task_id
    judged = workspace.services.tracking.task(task_id)
    assert judged.status is TaskStatus.DONE_LATE
    evidence = workspace.services.tracking.evidence(task_id)
    assert evidence[0].doc_number == "12/KH-UBND" and len(evidence[0].attachments) == 1
    stored = workspace.services.tracking.attachment_path(evidence[0].attachments[0].id)
    assert stored.read_bytes() == scan.read_bytes()
    workspace.search.setText("")
    row = next(r for r in range(workspace.filtered.rowCount())
               if workspace.filtered.index(r, 0).data(TaskIdRole) == task_id)
    assert workspace.filtered.index(row, FIELDS.index("status")).data().startswith("✔")


def test_a_future_date_is_refused_with_a_message(tracker, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    workspace, clock = tracker
    shown_messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown_messages.append(text))
    workspace.view.selectRow(0)
    dialog = workspace.record_progress()
    assert dialog is not None
    dialog.on.setMaximumDate(QDate(2030, 1, 1))
    dialog.on.setDate(QDate(2025, 12, 1))
    dialog.save()
    assert dialog.saved is None and shown_messages and "chưa đến" in shown_messages[0]


def test_the_tracker_model_passes_the_model_tester(qtmodeltester, tracker) -> None:  # noqa: ANN001
    workspace, _clock = tracker
    model = TrackerModel()
    qtmodeltester.check(model)
    model.set_tasks([workspace.model.task(r) for r in range(workspace.model.rowCount())])
    qtmodeltester.check(model)


def test_export_to_excel_writes_the_workbook(qtbot, tracker, tmp_path: Path) -> None:  # noqa: ANN001
    import openpyxl

    workspace, clock = tracker
    clock.day = date(2025, 6, 20)
    assert workspace.period_key() == "2025-Q2"
    task = workspace.export(tmp_path / "theo-doi.xlsx")
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    assert openpyxl.load_workbook(tmp_path / "theo-doi.xlsx").sheetnames[0] == "Nhiệm vụ"


def test_the_overview_counts_lists_and_charts_the_plan(tracker) -> None:  # noqa: ANN001
    workspace, clock = tracker
    clock.day = date(2025, 6, 20)
    workspace.reload()
    dashboard = workspace.dashboard.dashboard
    assert dashboard is not None and dashboard.period_key == "2025-Q2"
    overdue = dashboard.counts[TaskStatus.OVERDUE]
    assert workspace.dashboard.count_labels[TaskStatus.OVERDUE].text().endswith(f"\n{overdue}")
    assert workspace.dashboard.overdue.rowCount() == overdue > 0
    assert any(line.startswith("19 ·") for line in workspace.dashboard.due_soon.stringList())
    series = workspace.dashboard.chart.series()
    assert len(series) == 1 and [s.count() for s in series[0].barSets()] == [10, 10]
    assert "chưa có số liệu" in workspace.dashboard.attainment_label.text()


def test_the_window_says_at_start_what_is_overdue(open_window: WindowFactory) -> None:
    window = open_window()
    text = window.show_startup_notice()
    assert "quá hạn" in text and "Ctrl+2" in text
    assert window.statusBar().currentMessage() == text
