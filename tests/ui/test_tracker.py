"""The Task tracker on the demo plan, with the clock moved by the test."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from tests.clock import Clock
from tests.ui.conftest import WindowFactory
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.ui.tracker.tracker_model import FIELDS, TaskIdRole, TrackerModel
from tthc_desktop.ui.tracker.workspace import TaskTrackerWorkspace


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
    assert workspace.unit_box.findText("Tư pháp - Hộ tịch") == -1  # an indicator's unit, no task's: not offered
    workspace.unit_box.setCurrentIndex(workspace.unit_box.findText("Văn phòng - Thống kê"))
    # Every spelling of the office: "Văn phòng – Thống kê", "Văn phòng – Thống kê theo dõi …", "Văn phòng - Thống kê
    # và các ngành …", "Các công chức: Văn phòng - Thống kê; …" (a task may have several lead units).
    assert sorted(shown(workspace), key=int) == ["1", "2", "8", "9", "16", "17", "19", "20", "21", "22"]


def test_the_unit_filter_lists_the_communes_units_not_the_plans_spellings(tracker, monkeypatch) -> None:  # noqa: ANN001
    workspace, _clock = tracker
    offered = [workspace.unit_box.itemText(i) for i in range(workspace.unit_box.count())]
    # 29 spellings in the plan; the commune has 5 units, 4 of which lead a task, and some texts name none.
    assert len(offered) == 6 and offered[1:5] == ["Bộ phận Tiếp nhận và Trả kết quả", "Đài truyền thanh xã",
                                                  "Văn hóa - Xã hội", "Văn phòng - Thống kê"]
    unmatched = workspace.unit_box.findData(-1)
    workspace.unit_box.setCurrentIndex(unmatched)
    assert sorted(shown(workspace), key=int) == ["4", "5", "14"]  # "Các công chức chuyên môn tham mưu …"
    dialog = workspace.match_units()
    texts = [row.text for row in dialog.model.rows]
    row = texts.index("Các công chức chuyên môn tham mưu Chủ tịch UBND xã đề nghị cấp trên xem xét, quyết định")
    office = next(u.id for u in workspace.services.organization.units() if u.name == "Văn phòng - Thống kê")
    assert dialog.model.setData(dialog.model.index(row, 2), office)
    dialog.save()
    assert sorted(shown(workspace), key=int) == ["14"]  # remembered, for both tasks, at once: now the office's
    workspace.unit_box.setCurrentIndex(workspace.unit_box.findText("Văn phòng - Thống kê"))
    assert "4" in shown(workspace) and "5" in shown(workspace)
    again = workspace.match_units()
    assert "Các công chức chuyên môn tham mưu Chủ tịch UBND xã đề nghị cấp trên xem xét, quyết định" not in [
        r.text for r in again.model.rows]
    again.reject()


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


def _type_row(model, row: int, field: str, counts: dict[int, int]) -> None:  # noqa: ANN001
    """Type a form row, kept cell by cell: `counts` by the form's column number (3..13), the parts first, then the
    totals (3), (7), (11) the form shows (each a check against its parts)."""
    assert model.setData(model.index(row, 0), field)
    for column, value in sorted(counts.items(), key=lambda item: item[0] in (3, 7, 11)):
        assert model.setData(model.index(row, column - 2), str(value))


def test_biểu_06_figures_are_kept_and_the_indicators_follow(tracker) -> None:  # noqa: ANN001
    workspace, clock = tracker
    clock.day = date(2025, 4, 20)
    workspace.reload()
    figures = workspace.figures
    figures.period.setCurrentIndex(figures.period.findData("2025-Q1"))
    model = figures.dossiers
    model.add_row()
    _type_row(model, 0, "Hộ tịch", {4: 60, 5: 30, 6: 10, 8: 20, 9: 65, 10: 5, 12: 8, 13: 2})
    model.add_row()
    _type_row(model, 1, "Chứng thực", {3: 50, 4: 10, 5: 40, 6: 0, 7: 50, 8: 10, 9: 40, 10: 0, 11: 0})
    assert model.index(2, 1).data() == "150" and model.index(2, 0).data() == "Tổng cộng"
    assert figures.rates.text() == "Đúng hạn: 95,3% · trực tuyến: 46,7%"
    assert figures.dossier_checks.isHidden()  # both rows balance
    table = workspace.services.tracking.dossier_table("2025-Q1")
    assert [r.field for r in table.rows] == ["Hộ tịch", "Chứng thực"] and round(table.on_time_rate, 1) == 95.3
    online = next(r for r in figures.indicators.results if r.label == "4")
    assert online.source == "dossiers" and round(online.value, 1) == 46.7
    shown = [figures.indicators.index(r, 3).data() for r in range(figures.indicators.rowCount())]
    assert "46,7% (Biểu 06)" in shown  # computed, and it says so


def test_a_row_breaking_a_check_is_said_in_place_and_its_parts_kept(tracker) -> None:  # noqa: ANN001
    workspace, _clock = tracker
    figures = workspace.figures
    figures.period.setCurrentIndex(figures.period.findData("2025-Q1"))
    model = figures.dossiers
    model.add_row()
    assert model.setData(model.index(0, 3), "5") is False  # no field yet: said, not kept
    assert "lĩnh vực" in figures.dossier_problem.text()
    _type_row(model, 0, "Đất đai", {4: 50, 5: 30, 6: 10, 8: 80, 9: 10, 12: 10})
    # (3) copied from the form as 100 but (4)+(5)+(6) = 90: the typed total is refused, in place, with the sum.
    assert not model.setData(model.index(0, 1), "100")
    assert "Đất đai" in figures.dossier_problem.text() and "(3)" in figures.dossier_problem.text()
    assert "90" in figures.dossier_problem.text() and model.index(0, 1).data() == "90"
    # The parts are kept as typed; the row does not balance ((3) = 90, (7) + (11) = 100) and says so until it does.
    stored = workspace.services.tracking.dossier_table("2025-Q1").rows
    assert [(r.field, r.received, r.settled, r.pending) for r in stored] == [("Đất đai", 90, 90, 10)]
    assert not figures.dossier_checks.isHidden() and "Đất đai" in figures.dossier_checks.text()
    assert "(3) = (7) + (11)" in figures.dossier_checks.text()
    assert model.setData(model.index(0, 4), "0")  # (6) carried over was 10: the balance holds again
    assert model.setData(model.index(0, 4), "20")
    assert figures.dossier_checks.isHidden()


def test_the_figures_models_pass_the_model_tester(qtmodeltester, tracker) -> None:  # noqa: ANN001
    from tthc_desktop.ui.tracker.dossier_model import DossierModel
    from tthc_desktop.ui.tracker.figures import IndicatorResultsModel

    workspace, _clock = tracker
    dossiers = DossierModel()
    dossiers.add_row("Hộ tịch")
    qtmodeltester.check(dossiers)
    # The form's columns are headed "(3)".."(13)"; each header says in words what it counts.
    from PySide6.QtCore import Qt
    tips = [dossiers.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(1, dossiers.columnCount())]
    assert [t.split(" ", 1)[0] for t in tips] == [f"({n})" for n in range(3, 14)]
    assert len({t.split(" ", 1)[1] for t in tips}) == 11 and "trực tuyến" in tips[1]
    results = IndicatorResultsModel()
    results.set_results(workspace.services.tracking.indicator_results(workspace._plan.id, "2025-Q1"))
    qtmodeltester.check(results)
    # A percentage's target is written as its figures are: "100%", not "100" beside "61,9%".
    percent = [row for row, r in enumerate(results.results) if (r.unit or "").strip() == "%" and r.target]
    assert percent
    for row in percent:
        assert results.index(row, 2).data().endswith("%"), results.index(row, 2).data()


def test_an_indicators_figures_are_entered_and_judged(qtbot, tracker, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    workspace, clock = tracker
    clock.day = date(2025, 4, 20)
    workspace.reload()
    figures = workspace.figures
    figures.period.setCurrentIndex(figures.period.findData("2025-Q1"))
    row = next(r for r, result in enumerate(figures.indicators.results) if result.label == "6")  # digitisation
    figures.indicator_view.selectRow(row)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    qtbot.keyClicks(figures.numerator, "85")  # alone, a ratio cannot be kept: said in place, not in a box
    assert not figures.figure_problem.isHidden() and "mẫu số" in figures.figure_problem.text().lower()
    qtbot.keyClicks(figures.denominator, "100")  # kept as typed: no Save button
    assert figures.figure_problem.isHidden()
    result = next(r for r in figures.indicators.results if r.label == "6")
    assert result.value == 85.0 and result.attainment.value == "met"
    assert figures.indicators.index(row, 3).data() == "85%" and figures.indicators.index(row, 4).data() == "✔ Đạt"
    assert workspace.dashboard.dashboard is not None  # the overview has it too
    figures.numerator.selectAll()
    qtbot.keyClicks(figures.numerator, "120")  # more than the denominator: refused in place, in words
    assert "120" in figures.figure_problem.text() and not messages
    assert next(r for r in figures.indicators.results if r.label == "6").numerator == 12  # as typed before "0"
    figures.numerator.editingFinished.emit()  # leaving the field: it shows what is kept, and says so
    assert figures.numerator.text() == "12" and "120" in figures.figure_problem.text()
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()  # the figures typed are one step: undone, the period has none again
    assert next(r for r in figures.indicators.results if r.label == "6").value is None


def test_evidence_files_open_with_the_systems_program(qtbot, tracker, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QObject, QUrl, Slot
    from PySide6.QtGui import QDesktopServices

    from tthc_desktop.services.tracking_dto import EvidenceInput

    class Catcher(QObject):  # Qt's own hook for file URLs: what the system would be asked to open
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def open(self, url: QUrl) -> None:
            self.urls.append(url)

    workspace, clock = tracker
    clock.day = date(2025, 4, 5)
    task = workspace.model.task(0)
    scan = tmp_path / "bien-ban.pdf"
    scan.write_bytes(b"%PDF-1.4 evidence")
    saved = workspace.services.tracking.record_progress(
        task.task_id, "done", date(2025, 4, 2), evidence=EvidenceInput("05/BB-UBND", date(2025, 4, 2), "Biên bản"))
    workspace.services.tracking.attach_file(saved.evidence[0].id, scan)
    workspace.reload()
    workspace.view.selectRow(next(r for r in range(workspace.filtered.rowCount())
                                  if workspace.filtered.index(r, 0).data(TaskIdRole) == task.task_id))
    dialog = workspace.show_evidence()
    assert dialog is not None
    lines = dialog.list.model().stringList()
    assert lines[0].startswith("05/BB-UBND · 02/4/2025 · Biên bản") and "bien-ban.pdf" in lines[1]
    catcher = Catcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        assert dialog.open_file(dialog._attachment_at(1))
    finally:
        QDesktopServices.unsetUrlHandler("file")
    opened = Path(catcher.urls[0].toLocalFile())
    assert opened.read_bytes() == scan.read_bytes()
    assert opened.name == "bien-ban.pdf"  # its own name and extension: the system picks its program by them


def test_an_evidence_file_that_cannot_be_opened_says_why(qtbot, tracker, tmp_path: Path,  # noqa: ANN001
                                                         monkeypatch) -> None:  # noqa: ANN001
    import shutil

    from PySide6.QtWidgets import QMessageBox

    from tthc_desktop.services.tracking_dto import EvidenceInput

    workspace, clock = tracker
    clock.day = date(2025, 4, 5)
    task = workspace.model.task(0)
    scan = tmp_path / "Biên bản kiểm tra.docx"
    scan.write_bytes(b"PK not really a document")
    saved = workspace.services.tracking.record_progress(
        task.task_id, "done", date(2025, 4, 2), evidence=EvidenceInput("05/BB-UBND", date(2025, 4, 2)))
    workspace.services.tracking.attach_file(saved.evidence[0].id, scan)
    workspace.reload()
    workspace.view.selectRow(next(r for r in range(workspace.filtered.rowCount())
                                  if workspace.filtered.index(r, 0).data(TaskIdRole) == task.task_id))
    dialog = workspace.show_evidence()
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: messages.append(text))
    assert not dialog.open_file(dialog._attachment_at(0))  # the document's line, not a file: said, not silent
    assert messages and "📎" in messages[-1]
    copy = dialog.save_file(dialog._attachment_at(1), tmp_path / "out" / "Biên bản kiểm tra.docx")
    assert copy is not None and copy.read_bytes() == scan.read_bytes() and str(copy) in messages[-1]
    shutil.rmtree(tmp_path / "store")  # the attachments folder lost (a copy of the database without it)
    assert not dialog.open_file(dialog._attachment_at(1))
    assert "store" in messages[-1] and ("sao lưu" in messages[-1] or "backup" in messages[-1])


def test_the_on_time_indicator_is_computed_from_a_quarters_biểu_06(tracker) -> None:  # noqa: ANN001
    from tthc_desktop.db.models import Indicator
    from tthc_desktop.domain.enums import Comparator

    workspace, clock = tracker
    with workspace.services.database.session_factory() as session, session.begin():  # test setup: the demo plan
        session.add(Indicator(plan_id=workspace._plan.id, position=10, label="11", unit="%", target=95.0,
                              comparator=Comparator.AT_LEAST, formula="(8+9+12)/(3)",
                              name="Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn"))
    clock.day = date(2025, 4, 20)
    workspace.reload()
    figures = workspace.figures
    figures.period.setCurrentIndex(figures.period.findData("2025-Q1"))
    figures.dossiers.add_row()
    _type_row(figures.dossiers, 0, "Hộ tịch", {4: 60, 5: 30, 6: 10, 8: 20, 9: 65, 10: 5, 12: 8, 13: 2})
    on_time = next(r for r in figures.indicators.results if r.label == "11")
    assert on_time.source == "dossiers" and on_time.value == 93.0 and on_time.attainment.value == "not_met"
    row = figures.indicators.results.index(on_time)
    assert figures.indicators.index(row, 3).data() == "93% (Biểu 06)"
    assert figures.indicators.index(row, 4).data() == "✘ Không đạt"
