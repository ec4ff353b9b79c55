"""The tracker as an Excel workbook: this service gathers the tracker's figures as plain data; reports/tracker.py
makes them tables and reports/xlsx.py writes the workbook, as it writes a period report's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from tthc_desktop.domain.status import DUE_SOON_DAYS
from tthc_desktop.files import write_atomic
from tthc_desktop.services.organization import OrganizationService
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import IndicatorResult, TrackedTask


def _task(task: TrackedTask) -> dict[str, Any]:
    return {"label": task.label or "", "text": task.content, "lead_units": list(task.lead_units),
            "cooperating_units": list(task.cooperating_units), "schedule": task.schedule_text or "",
            "status": task.status.value, "next_checkpoint": task.next_checkpoint, "days_left": task.days_left,
            "evidence_count": task.evidence_count}


def _indicator(result: IndicatorResult) -> dict[str, Any]:
    return {"group": None, "group_title": None, "label": result.label or "", "name": result.name,
            "unit": result.unit, "comparator": result.comparator.value, "target": result.target,
            "value": result.value, "attainment": result.attainment.value, "ytd_value": result.year_to_date_value,
            "ytd_attainment": result.year_to_date_attainment.value}


def tracker_workbook(tracking: TrackingService, plan_id: int, period_key: str, today: Callable[[], date],
                     within_days: int = DUE_SOON_DAYS) -> bytes:
    from tthc_desktop.reports.tracker import TrackerData, tracker_tables
    from tthc_desktop.reports.xlsx import workbook

    day = today()
    data = TrackerData(tasks=[_task(t) for t in tracking.tasks(plan_id=plan_id, at=day)],
                       indicators=[_indicator(r) for r in tracking.indicator_results(plan_id, period_key)],
                       today=day, period_key=period_key, within_days=within_days)
    organization = OrganizationService(tracking._session_factory)
    return workbook(tracker_tables(data), "", organization.format_rules())


def export_tracker(tracking: TrackingService, plan_id: int, period_key: str, path: Path,
                   today: Callable[[], date] = date.today) -> Path:
    return write_atomic(path, tracker_workbook(tracking, plan_id, period_key, today))
