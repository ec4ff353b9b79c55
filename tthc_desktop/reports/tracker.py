"""The tracker's export as tables: every task, the overdue ones, those due soon (domain.status.is_due_soon), and
the indicators' results with their standing (the verdict the dashboard and the report give).

Plain data in (the tracker's tasks and indicator results as dicts, gathered by services/tracking_export.py), the
same typed tables as a period report's out, so reports/xlsx.py writes both workbooks with the same layout and
styles. Sheet names and titles are document template text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.status import DUE_SOON_DAYS, is_due_soon
from tthc_desktop.reports.tables import (
    DATE,
    INDICATOR_COLUMNS,
    INTEGER,
    STANDING_COLUMN,
    Cell,
    ReportTable,
    TableColumn,
    TableRow,
    indicator_rows,
)
from tthc_desktop.reports.words import STATUS_WORDS, period_label, units_text

TASK_COLUMNS = (
    TableColumn("STT", 6, centred=True), TableColumn("Nội dung nhiệm vụ", 56), TableColumn("Đơn vị thực hiện", 30),
    TableColumn("Thời gian thực hiện", 20), TableColumn("Tình trạng", 16, centred=True),
    TableColumn("Mốc kiểm tra tới", 13, centred=True), TableColumn("Còn lại (ngày)", 10, centred=True),
    TableColumn("Minh chứng", 10, centred=True),
)


@dataclass(frozen=True)
class TrackerData:
    """What the export shows: tasks {label, text, lead_units, cooperating_units, schedule, status (value),
    next_checkpoint (date), days_left, evidence_count}; indicators as in a report's figures."""

    tasks: list[dict[str, Any]]
    indicators: list[dict[str, Any]]
    today: date
    period_key: str
    within_days: int = DUE_SOON_DAYS


def _task_row(task: dict[str, Any]) -> TableRow:
    return TableRow((
        Cell(task.get("label") or ""), Cell(task["text"]),
        Cell(units_text(task.get("lead_units") or [], task.get("cooperating_units") or [])),
        Cell(task.get("schedule") or ""), Cell(STATUS_WORDS[TaskStatus(task["status"])]),
        Cell(task.get("next_checkpoint"), DATE), Cell(task.get("days_left"), INTEGER),
        Cell(task.get("evidence_count"), INTEGER),
    ))


def tracker_tables(data: TrackerData) -> tuple[ReportTable, ...]:
    when = vnformat.short_date(data.today)
    soon = [t for t in data.tasks if is_due_soon(TaskStatus(t["status"]), t.get("days_left"), data.within_days)]
    views = (
        ("all", "Nhiệm vụ", "Tình hình thực hiện nhiệm vụ", data.tasks),
        ("overdue", "Quá hạn", "Nhiệm vụ quá hạn", [t for t in data.tasks if t["status"] == TaskStatus.OVERDUE.value]),
        ("soon", f"Đến hạn {data.within_days} ngày", f"Nhiệm vụ đến hạn trong {data.within_days} ngày", soon),
    )
    tables = [ReportTable(key, title, sheet, TASK_COLUMNS, tuple(_task_row(t) for t in tasks),
                          subtitle=f"Số liệu đến ngày {when}")
              for key, sheet, title, tasks in views]
    tables.append(ReportTable("indicators", "Kết quả thực hiện chỉ tiêu", "Chỉ tiêu",
                              (*INDICATOR_COLUMNS, STANDING_COLUMN), indicator_rows(data.indicators, standing=True),
                              subtitle=f"Kỳ: {period_label(data.period_key)}"))
    return tuple(tables)
