"""The tracker exported to .xlsx and reopened: sheets per view, laid out and printed as a report's workbook is
(one writer for both: reports/xlsx.py), text kept as text, targets with their words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from tests.unit.xlsx_helpers import assert_kept_as_text, assert_prints_as_the_decree_wants
from tthc_desktop.services.registry import Services
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_export import export_tracker


def test_the_workbook_has_a_printable_sheet_per_view(services: Services, demo_plan_id: int, tmp_path: Path) -> None:
    today = date(2025, 6, 20)
    tracking = TrackingService(services.database.session_factory, today=lambda: today, storage=tmp_path / "s")
    first = tracking.tasks(plan_id=demo_plan_id)[0]
    tracking.record_progress(first.task_id, "done", date(2025, 3, 20))
    path = export_tracker(tracking, demo_plan_id, "2025-Q2", tmp_path / "theo-doi.xlsx", today=lambda: today)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Nhiệm vụ", "Quá hạn", "Đến hạn 14 ngày", "Chỉ tiêu"]
    tasks = book["Nhiệm vụ"]
    # The same layout as a period report's sheets: title, a line under it, the header on row 4.
    assert tasks["A1"].value == "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ" and tasks["A2"].value == "Số liệu đến ngày 20/6/2025"
    assert "A1:H1" in [str(r) for r in tasks.merged_cells.ranges]
    assert tasks["B4"].value == "Nội dung nhiệm vụ" and tasks["B4"].font.b
    assert tasks["B4"].font.name == "Times New Roman"
    assert tasks["C4"].value == "Đơn vị thực hiện"
    assert tasks.freeze_panes == "A5"
    for sheet in book.worksheets:
        assert_prints_as_the_decree_wants(sheet, (4, 4))
    assert tasks.max_row == 4 + 22
    rows = {tasks.cell(r, 1).value: r for r in range(5, tasks.max_row + 1)}
    assert tasks.cell(rows["1"], 5).value == "Hoàn thành"
    schedule = tasks.cell(rows["22"], 4)
    assert schedule.value.startswith("- Định kỳ 3 tháng/lần.")
    assert_kept_as_text(schedule, schedule.value)
    next_check = tasks.cell(rows["19"], 6)
    assert next_check.value.date() == date(2025, 6, 30) and next_check.number_format == "DD/MM/YYYY"
    overdue = book["Quá hạn"]
    assert overdue.max_row - 4 == sum(1 for r in range(5, tasks.max_row + 1) if tasks.cell(r, 5).value == "Quá hạn")
    indicators = book["Chỉ tiêu"]
    assert indicators["A2"].value == "Kỳ: quý II năm 2025"
    assert indicators.max_row == 4 + 10
    targets = [indicators.cell(r, 4).value for r in range(5, 15)]
    assert "Tối thiểu 60%" in targets and "60" not in targets  # a target prints with its words
