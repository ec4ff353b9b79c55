"""The tracker exported to .xlsx and reopened: sheets per view, styles, print settings, text kept as text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

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
    assert tasks["A1"].value.startswith("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ (đến ngày 20/6/2025)")
    assert "A1:H1" in [str(r) for r in tasks.merged_cells.ranges]
    assert tasks["B3"].value == "Nội dung nhiệm vụ" and tasks["B3"].font.b
    assert tasks.freeze_panes == "A4" and tasks.print_title_rows == "$3:$3"
    assert tasks.page_setup.orientation == "landscape" and tasks.page_setup.fitToWidth == 1
    assert tasks.max_row == 3 + 22
    rows = {tasks.cell(r, 1).value: r for r in range(4, tasks.max_row + 1)}
    assert tasks.cell(rows["1"], 5).value == "Hoàn thành"
    schedule = tasks.cell(rows["22"], 4)
    assert schedule.value.startswith("- Định kỳ 3 tháng/lần.") and schedule.data_type == "s"
    next_check = tasks.cell(rows["19"], 6)
    assert next_check.value.date() == date(2025, 6, 30) and next_check.number_format == "DD/MM/YYYY"
    overdue = book["Quá hạn"]
    assert overdue.max_row - 3 == sum(1 for r in range(4, tasks.max_row + 1) if tasks.cell(r, 5).value == "Quá hạn")
    indicators = book["Chỉ tiêu"]
    assert indicators.max_row == 3 + 10 and indicators["D7"].value == "60"
