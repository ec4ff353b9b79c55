"""The demo lives in the present (issue 17 item 11): made from the clock, at any date it looks like a commune
mid-year — last year's plan closed with its year report, this year's tracked to today and reported to the
province."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from tthc_desktop.db.models import Evidence, OutboxMessage, ProgressUpdate
from tthc_desktop.domain.enums import DocumentStatus, OutboxState, TaskStatus
from tthc_desktop.services.registry import Services
from tthc_desktop.services.reports import ReportService
from tthc_desktop.services.reports_dto import ReportStatus
from tthc_desktop.services.tracking import TrackingService

D = date


def make(services: Services, today: date, tmp_path: Path) -> tuple[int, int, TrackingService, ReportService]:
    result = services.demo.create_demo(today)
    assert result.created and result.last_year_plan_id is not None
    tracking = TrackingService(services.database.session_factory, today=lambda: today, storage=tmp_path / "files")
    reports = ReportService(services.database.session_factory, today=lambda: today, tracking=tracking)
    return result.last_year_plan_id, result.plan_id, tracking, reports


@pytest.mark.parametrize("today", [D(2026, 2, 16), D(2026, 7, 10), D(2026, 12, 4), D(2028, 5, 20)],
                         ids=["february", "july", "december", "another-year"])
def test_at_any_date_last_year_is_closed_and_this_year_is_tracked_to_today(
        services: Services, today: date, tmp_path: Path) -> None:
    last_id, this_id, tracking, reports = make(services, today, tmp_path)
    last, this = services.plans.get(last_id), services.plans.get(this_id)
    assert (last.year, this.year) == (today.year - 1, today.year)
    assert last.number_text == "48/QĐ-UBND" and last.status is DocumentStatus.ISSUED
    assert this.number_text == "07/QĐ-UBND" and this.status is DocumentStatus.ISSUED  # from the register
    assert this.decision is not None and this.decision.issued_on.month == 1

    # Last year: closed with its year report, its tasks as they stood at the year's end.
    closed = tracking.tasks(plan_id=last_id)
    assert all(t.closed and t.days_left is None for t in closed)
    done = sum(t.status in (TaskStatus.DONE, TaskStatus.DONE_LATE) for t in closed)
    assert done >= 15 and len(closed) == 22
    year_report = reports.find(last_id, f"{today.year - 1}-Y")
    assert year_report is not None and year_report.status is ReportStatus.SENT
    assert reports.report(year_report.report_id).addressee == "UBND tỉnh Quảng Ngãi"

    # This year: progress with evidence, a few late tasks, ongoing tasks never overdue, nothing after today.
    tasks = tracking.tasks(plan_id=this_id)
    assert not any(t.closed for t in tasks)
    late = [t for t in tasks if t.status in (TaskStatus.OVERDUE, TaskStatus.DONE_LATE)]
    assert 1 <= len(late) <= 4
    assert all(t.status is not TaskStatus.OVERDUE for t in tasks if t.ongoing)
    assert sum(t.status is TaskStatus.IN_PROGRESS for t in tasks) >= 10
    with services.database.session_factory() as session:
        ids = [t.task_id for t in tasks]
        notes = list(session.scalars(sa.select(ProgressUpdate).where(ProgressUpdate.task_id.in_(ids))))
        proofs = list(session.scalars(sa.select(Evidence).where(Evidence.task_id.in_(ids))))
        sent = list(session.scalars(sa.select(OutboxMessage).where(OutboxMessage.state == OutboxState.SENT)))
    assert len(notes) >= 15 and proofs and all(n.reported_on <= today for n in notes)
    assert all(p.doc_date is None or p.doc_date <= today for p in proofs)
    own = [r for r in reports.list_reports(this_id)]
    assert all(r.issued_on is not None and r.issued_on <= today for r in own)
    assert all(r.status is ReportStatus.SENT for r in own) and len(sent) >= 4

    # Figures for every quarter that has ended, and its report sent to the province.
    ended = [q for q in range(1, 5) if tracking.period(f"{today.year}-Q{q}").end < today]
    for quarter in ended:
        assert tracking.dossier_table(f"{today.year}-Q{quarter}").rows
    with_figures = [r for r in tracking.indicator_results(this_id, f"{today.year}-Q{ended[-1]}") if r.value] \
        if ended else []
    assert len(with_figures) >= 8 or not ended
    if ended:
        latest = max(own, key=lambda r: r.issued_on)
        assert reports.report(latest.report_id).addressee == "UBND tỉnh Quảng Ngãi"


def test_this_years_plan_is_worded_after_the_reform(services: Services, tmp_path: Path) -> None:
    _last, this_id, _tracking, _reports = make(services, D(2026, 12, 4), tmp_path)
    plan = services.plans.export_json(this_id)
    decision = plan["documents"][0]
    text = " ".join([*decision["legal_bases"], *decision["recipients"], *decision["articles"]])
    assert "huyện" not in text and "năm 2025" not in decision["subject"]
    assert decision["legal_bases"][-1] == ("Căn cứ Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2026 của Ủy "
                                           "ban nhân dân tỉnh Quảng Ngãi;")
    assert "Văn phòng UBND tỉnh;" in decision["recipients"]
    assert services.organization.get().upstream_name == "UBND tỉnh Quảng Ngãi"
    last_reports = ReportService(services.database.session_factory, today=lambda: D(2026, 12, 4))
    first = last_reports.find(1, "2025-Q1")
    assert first is not None and last_reports.report(first.report_id).addressee == "UBND huyện Nghĩa Hành"  # then


def test_early_in_january_this_years_plan_is_still_a_draft(services: Services, tmp_path: Path) -> None:
    last_id, this_id, tracking, _reports = make(services, D(2027, 1, 5), tmp_path)
    assert services.plans.get(this_id).status is DocumentStatus.DRAFT
    assert services.plans.get(last_id).number_text == "48/QĐ-UBND"
    assert all(t.last_update is None for t in tracking.tasks(plan_id=this_id))


def test_the_demo_is_made_once(services: Services, tmp_path: Path) -> None:
    first = services.demo.create_demo(D(2026, 7, 10))
    again = services.demo.create_demo(D(2026, 7, 11))
    assert (again.plan_id, again.created) == (first.plan_id, False)
    assert len(services.plans.list_plans()) == 2
