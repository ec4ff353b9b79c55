"""The tracker as an Excel workbook: one formatted, printable sheet per view (document template text)."""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from tthc_desktop.documents import xlsx
from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.status import DUE_SOON_DAYS, is_due_soon
from tthc_desktop.files import write_atomic
from tthc_desktop.reports.words import ATTAINMENT_WORDS, STATUS_WORDS, period_label
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import IndicatorResult, TrackedTask

TASK_HEADERS = (("STT", 6), ("Nội dung nhiệm vụ", 60), ("Đơn vị chủ trì", 30), ("Thời gian thực hiện", 20),
                ("Tình trạng", 18), ("Mốc kiểm tra tới", 14), ("Còn lại (ngày)", 12), ("Minh chứng", 10))
INDICATOR_HEADERS = (("STT", 6), ("Nội dung chỉ tiêu", 60), ("Đơn vị", 8), ("Chỉ tiêu", 10), ("Kỳ này", 10),
                     ("Đánh giá kỳ này", 16), ("Lũy kế năm", 12), ("Đánh giá lũy kế", 16), ("Đánh giá chung", 16))
# "Đánh giá chung": the indicator's standing (domain.tracking.standing), the verdict the dashboard and the
# report's sentences give: year to date when there is a year-to-date figure, else this period's figure.


def _sheet(workbook: Any, title: str, heading: str, headers: tuple[tuple[str, int], ...],
           rows: list[list[Any]]) -> None:
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet.cell(1, 1, heading).font = Font(name="Times New Roman", size=14, bold=True)
    sheet.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.row_dimensions[1].height = 36
    for column, (text, width) in enumerate(headers, start=1):
        cell = sheet.cell(3, column, text)
        cell.font = Font(name="Times New Roman", size=12, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
        sheet.column_dimensions[get_column_letter(column)].width = width
    for number, values in enumerate(rows, start=4):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(number, column)
            if isinstance(value, str):
                xlsx.as_text(cell, value)
            elif isinstance(value, float) and not math.isfinite(value):
                xlsx.as_text(cell, vnformat.number(value))  # an older file's ∞: Excel holds no such number
            else:
                cell.value = value
            if isinstance(value, date):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(value, float):
                cell.number_format = "0.0"
            cell.font = Font(name="Times New Roman", size=12)
            cell.alignment = Alignment(vertical="top", wrap_text=True,
                                       horizontal="center" if column == 1 else None)
            cell.border = border
    sheet.freeze_panes = "A4"
    xlsx.print_setup(sheet, "3:3")


def _task_row(task: TrackedTask) -> list[Any]:
    return [task.label or "", task.content, "\n".join(task.lead_units), task.schedule_text or "",
            STATUS_WORDS[task.status], task.next_checkpoint, task.days_left, task.evidence_count]


def _indicator_row(result: IndicatorResult) -> list[Any]:
    target = "" if result.target is None else vnformat.number(result.target)
    return [result.label or "", result.name, result.unit or "", target, result.value,
            ATTAINMENT_WORDS[result.attainment], result.year_to_date_value,
            ATTAINMENT_WORDS[result.year_to_date_attainment], ATTAINMENT_WORDS[result.standing.attainment]]


def tracker_workbook(tracking: TrackingService, plan_id: int, period_key: str, today: Callable[[], date],
                     within_days: int = DUE_SOON_DAYS) -> bytes:
    from openpyxl import Workbook

    tasks = tracking.tasks(plan_id=plan_id, at=today())
    when = vnformat.short_date(today())
    workbook = Workbook()
    workbook.remove(workbook.active)
    views = [
        ("Nhiệm vụ", f"TÌNH HÌNH THỰC HIỆN NHIỆM VỤ (đến ngày {when})", tasks),
        ("Quá hạn", f"NHIỆM VỤ QUÁ HẠN (đến ngày {when})", [t for t in tasks if t.status is TaskStatus.OVERDUE]),
        (f"Đến hạn {within_days} ngày", f"NHIỆM VỤ ĐẾN HẠN TRONG {within_days} NGÀY (từ ngày {when})",
         [t for t in tasks if is_due_soon(t.status, t.days_left, within_days)]),
    ]
    for title, heading, chosen in views:
        _sheet(workbook, title, heading, TASK_HEADERS, [_task_row(t) for t in chosen])
    results = tracking.indicator_results(plan_id, period_key)
    _sheet(workbook, "Chỉ tiêu", f"KẾT QUẢ THỰC HIỆN CHỈ TIÊU {period_label(period_key).upper()}", INDICATOR_HEADERS,
           [_indicator_row(r) for r in results])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_tracker(tracking: TrackingService, plan_id: int, period_key: str, path: Path,
                   today: Callable[[], date] = date.today) -> Path:
    return write_atomic(path, tracker_workbook(tracking, plan_id, period_key, today))
