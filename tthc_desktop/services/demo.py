"""The demo commune: Hành Dũng, living in the present.

`create_demo` makes, from the clock, what a clerk's database looks like in any month of any year:
- last year's plan: the real 2025 decision and plan of Hành Dũng (entered faithfully from the issued document,
  `hanh_dung_2025.json`; moved to last year when last year is not 2025), tracked through its year and closed with
  its year report;
- this year's plan: its copy, moved to this year (targets proposed from last year's results), issued in January
  with the number the register proposes, tracked to today: progress with evidence, the figures of every quarter
  that has ended, a few late tasks, and the period reports issued and sent so far;
- addressed to the province: the district level was abolished on 1 July 2025, so communes report to UBND tỉnh
  (a report issued before then went to the district, as it did).
The story of each plan's year is `tthc_desktop.demo.year`. `create_seed` makes the commune and the real 2025 plan
alone, untouched by tracking: the fixed document tests and benchmarks print.
"""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from importlib import resources
from pathlib import Path
from typing import Any, TypedDict

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from tthc_desktop.db.models import (
    DossierStats,
    Evidence,
    Indicator,
    Measurement,
    Official,
    Organization,
    OutboxMessage,
    Plan,
    ProgressUpdate,
    RegisterStart,
    Task,
    Unit,
)
from tthc_desktop.demo import year as story
from tthc_desktop.domain import periods, status
from tthc_desktop.domain.enums import DocumentType, OrganizationLevel, OutboxState
from tthc_desktop.domain.numbering import symbol_for
from tthc_desktop.domain.plan_schema import PlanJson
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _
from tthc_desktop.services import tracking_figures
from tthc_desktop.services.base import Service
from tthc_desktop.services.changes import EVERYTHING
from tthc_desktop.services.documents import DocumentService
from tthc_desktop.services.plan_json import build_plan, plan_loading_options, plan_to_json
from tthc_desktop.services.plans import propose_targets, shift_plan_json
from tthc_desktop.services.reports import ReportService
from tthc_desktop.services.tracking import TrackingService

DEMO_FIXTURE = "hanh_dung_2025.json"
SEED_YEAR = 2025
PROVINCE = "UBND tỉnh Quảng Ngãi"
DISTRICT = "UBND huyện Nghĩa Hành"
DISTRICTS_ABOLISHED = date(2025, 7, 1)
REPORT_ADDRESS = "kstthc@ubnd.quangngai.example"  # a reserved domain: the demo never mails anyone
DECISION_NUMBER = 7  # this year's decision: the register's next free number in mid-January
# Words of the seed plan that name the district, as this year's plan (after the reform) words them.
AFTER_THE_REFORM = (
    ("Văn phòng HĐND&UBND huyện", "Văn phòng UBND tỉnh"), ("Chủ tịch UBND huyện", "Chủ tịch UBND tỉnh"),
    ("UBND huyện", "UBND tỉnh"), ("trên địa bàn huyện", "trên địa bàn xã"),
)


class DemoFixture(TypedDict):
    """The seed year's commune (its profile, units, officials) and its plan as plan JSON."""

    organization: dict[str, Any]
    units: list[dict[str, Any]]
    officials: list[dict[str, Any]]
    plan: PlanJson


def demo_data() -> DemoFixture:
    text = resources.files("tthc_desktop.demo").joinpath(DEMO_FIXTURE).read_text(encoding="utf-8")
    fixture: DemoFixture = json.loads(text)
    return fixture


@dataclass(frozen=True)
class DemoResult:
    plan_id: int  # the plan the window opens: this year's (the seed's for create_seed)
    created: bool
    last_year_plan_id: int | None = None


class DemoService(Service):
    def __init__(self, session_factory: sessionmaker[Session], today: Callable[[], date] = date.today) -> None:
        super().__init__(session_factory)
        self._today = today

    # ------------------------------------------------------------ the seed

    def create_seed(self) -> DemoResult:
        """The demo commune and the real 2025 plan, nothing tracked; if already there, that plan."""
        data = demo_data()
        with self._write(EVERYTHING) as session:
            organization = self._organization(session, data)
            if organization is not None:
                existing = session.scalars(sa.select(Plan.id).where(
                    Plan.organization_id == organization.id, Plan.year == SEED_YEAR)).first()
                if existing is not None:
                    return DemoResult(plan_id=existing, created=False)
            else:
                organization = self._new_organization(session, data, data["organization"].get("upstream_name"))
            plan = build_plan(session, organization, data["plan"], as_draft=False)
            session.flush()
            return DemoResult(plan_id=plan.id, created=True)

    # ------------------------------------------------------------ the living demo

    def create_demo(self, today: date | None = None) -> DemoResult:
        """The demo commune with last year's plan closed and this year's tracked to `today` (the clock's day);
        if the commune is there already, its latest plan, untouched."""
        today = today or self._today()
        data = demo_data()
        last, this = today.year - 1, today.year
        with self._write(EVERYTHING) as session:
            organization = self._organization(session, data)
            if organization is not None:
                latest = session.scalars(sa.select(Plan.id).where(Plan.organization_id == organization.id)
                                         .order_by(Plan.year.desc(), Plan.id.desc())).first()
                if latest is not None:
                    return DemoResult(plan_id=latest, created=False)
            else:
                organization = self._new_organization(session, data, PROVINCE)
            seed = data["plan"] if last == SEED_YEAR else shift_plan_json(data["plan"], SEED_YEAR, last)
            last_plan = build_plan(session, organization, seed, as_draft=last != SEED_YEAR)
            session.flush()
            last_id, last_decision = last_plan.id, last_plan.decision_id
        if last != SEED_YEAR and last_decision is not None:
            DocumentService(self._session_factory).issue(last_decision, date(last, 3, 3), 48)
        self._track(last_id, date(last, 12, 31))
        this_id, start = self._this_years_plan(last_id, this, today)
        if start is not None and start <= today:
            self._track(this_id, today)
        return DemoResult(plan_id=this_id, created=True, last_year_plan_id=last_id)

    # ------------------------------------------------------------ steps

    @staticmethod
    def _organization(session: Session, data: DemoFixture) -> Organization | None:
        organization = session.scalars(sa.select(Organization).order_by(Organization.id)).first()
        if organization is not None and organization.name != data["organization"]["name"]:
            raise DataError(_("This database belongs to {name}. Create the demo in a new database file (--db).")
                            .format(name=organization.name))
        return organization

    @staticmethod
    def _new_organization(session: Session, data: DemoFixture, upstream: str | None) -> Organization:
        profile = data["organization"]
        organization = Organization(
            name=profile["name"], level=OrganizationLevel(profile["level"]), province=profile.get("province"),
            parent_name=profile.get("parent_name"), place_name=profile["place_name"],
            issuer_abbreviation=profile.get("issuer_abbreviation") or "UBND", upstream_name=upstream,
        )
        organization.units = [Unit(name=u["name"], abbreviation=u.get("abbreviation")) for u in data["units"]]
        organization.officials = [Official(name=o["name"], position=o["position"], may_sign=bool(o.get("may_sign")))
                                  for o in data["officials"]]
        session.add(organization)
        session.flush()
        return organization

    def _this_years_plan(self, last_id: int, year: int, today: date) -> tuple[int, date | None]:
        """Last year's plan copied into `year` (targets from last year's results), worded after the reform and
        issued in mid-January with the number the register proposes; a draft while January is young."""
        with self._write(EVERYTHING) as session:
            source = session.get_one(Plan, last_id, options=plan_loading_options())
            data = shift_plan_json(plan_to_json(source), source.year, year)
            results = tracking_figures.indicator_results(session, source, f"{source.year:04d}-Y")
            propose_targets(data, [r.standing.value for r in results])
            data = _after_the_reform(data, year)
            organization = session.get_one(Organization, source.organization_id)
            plan = build_plan(session, organization, data, as_draft=True)
            plan.copied_from_id = source.id
            session.flush()
            session.add(RegisterStart(organization_id=organization.id, year=year, next_number=DECISION_NUMBER,
                                      symbol=symbol_for(DocumentType.DECISION, organization.issuer_abbreviation)))
            plan_id, decision_id = plan.id, plan.decision_id
        start = _weekday(date(year, 1, 12))
        if start > today or decision_id is None:
            return plan_id, None
        DocumentService(self._session_factory).issue(decision_id, start)
        return plan_id, start

    def _track(self, plan_id: int, until: date) -> None:
        """The plan's year up to `until`: progress and evidence, figures, then the period reports."""
        with self._write(EVERYTHING) as session:
            plan = session.get_one(Plan, plan_id)
            organization = session.get_one(Organization, plan.organization_id)
            cutoff = organization.report_cutoff_day
            issuing = plan.decision if plan.decision is not None else plan.document
            start = issuing.issued_on or date(plan.year, 1, 1)
            ends = {suffix: periods.period(f"{plan.year:04d}-{suffix}", cutoff).end for suffix, _n in story.REPORTS}
            tasks = {t.label or "": t for t in session.scalars(sa.select(Task).where(Task.plan_id == plan_id))}
            schedules = {label: status.task_schedule(t.schedule_text, plan.year, issuing.issued_on, cutoff)
                         for label, t in tasks.items()}
            files = self._write_notes(session, tasks, schedules, story.notes(list(schedules.items()), start, until,
                                                                              ends))
            self._write_figures(session, plan, organization.id, until, cutoff)
        for evidence_id, name in files:
            self._attach(plan_id, evidence_id, name, until)
        self._reports(plan_id, until, ends)

    @staticmethod
    def _write_notes(session: Session, tasks: dict[str, Task], schedules: dict[str, status.TaskSchedule],
                     notes: list[story.Note]) -> list[tuple[int, str]]:
        recorded: dict[str, list[status.Update]] = {label: [] for label in tasks}
        files = []
        for order, note in enumerate(notes, start=1):
            task = tasks.get(note.label)
            if task is None:
                continue
            checkpoint = note.checkpoint or status.checkpoint_for(schedules[note.label], recorded[note.label],
                                                                  note.on, note.status)
            update = ProgressUpdate(task_id=task.id, status=note.status, reported_on=note.on, checkpoint=checkpoint,
                                    note=note.text)
            session.add(update)
            session.flush()
            recorded[note.label].append(status.Update(note.on, note.status, checkpoint, order))
            if note.proof is not None:
                proof = Evidence(task_id=task.id, progress_id=update.id, doc_number=note.proof.number,
                                 doc_date=note.proof.on, subject=note.proof.subject)
                session.add(proof)
                session.flush()
                if note.proof.file:
                    files.append((proof.id, note.proof.file))
        return files

    @staticmethod
    def _write_figures(session: Session, plan: Plan, organization_id: int, until: date, cutoff: int) -> None:
        """Biểu 06 and the entered figures of every quarter of the plan's year that has ended (and its first
        6 and 9 months and the year, as they end), checked as the tracker checks them."""
        quarters: list[list[Any]] = []
        carried: dict[str, int] = {}
        indicators = {i.label or "": i for i in session.scalars(sa.select(Indicator).where(
            Indicator.plan_id == plan.id))}
        for quarter in range(1, 5):
            key = periods.key_of(plan.year, "quarter", quarter)
            if periods.period(key, cutoff).end >= until:
                break
            rows = story.dossier_rows(plan.year, quarter, carried)
            carried = {r.field: r.pending_total for r in rows}
            quarters.append(rows)
            tables = [(key, rows)]
            cumulative_key = {2: "H1", 3: "9M", 4: "Y"}.get(quarter)
            if cumulative_key:
                tables.append((f"{plan.year:04d}-{cumulative_key}", story.cumulative(quarters)))
            for table_key, table in tables:
                tracking_figures.check_rows(table, None)
                session.execute(sa.delete(DossierStats).where(DossierStats.organization_id == organization_id,
                                                              DossierStats.period_key == table_key))
                tracking_figures.store_rows(session, table_key, table)
            for label, indicator in indicators.items():
                figure = story.indicator_figures(label, plan.year, quarter)
                if figure is None:
                    continue
                numerator, denominator, value = (*figure, None) if isinstance(figure, tuple) else (None, None, figure)
                session.add(Measurement(indicator_id=indicator.id, period_key=key, numerator=numerator,
                                        denominator=denominator, value=value))

    def _attach(self, plan_id: int, evidence_id: int, name: str, until: date) -> None:
        tracking = TrackingService(self._session_factory, today=lambda: until)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / name
            path.write_text("\ufeffBIÊN BẢN TỰ KIỂM TRA\nHoạt động tiếp nhận, giải quyết thủ tục hành chính tại "
                            "Bộ phận Tiếp nhận và Trả kết quả xã Hành Dũng.\n(Tệp minh họa của bản trình diễn.)\n",
                            encoding="utf-8")
            tracking.attach_file(evidence_id, path)

    def _reports(self, plan_id: int, until: date, ends: dict[str, date]) -> None:
        """Each period report whose day has come: drafted, issued with its register number, and sent."""
        for suffix, number in story.REPORTS:
            issued_on = ends[suffix] + story.ISSUE_AFTER_CUTOFF
            if issued_on > until:
                break
            reports = ReportService(self._session_factory, today=_fixed_day(issued_on))
            with self._read() as session:
                year = session.get_one(Plan, plan_id).year
            draft = reports.create_draft(plan_id, f"{year:04d}-{suffix}")
            if issued_on < DISTRICTS_ABOLISHED:
                DocumentService(self._session_factory).update(draft.document_id, addressee=DISTRICT)
            issued = reports.issue(draft.report_id, issued_on, number)
            with self._write(EVERYTHING) as session:
                sent_at = datetime.combine(issued_on, time(16, 30))
                session.add(OutboxMessage(
                    message_id=f"<demo-report-{issued.report_id}@hanhdung.example>", report_id=issued.report_id,
                    to_addresses=[REPORT_ADDRESS], subject=f"Báo cáo số {issued.number_text}",
                    body=f"Kính gửi: {DISTRICT if issued_on < DISTRICTS_ABOLISHED else PROVINCE}.\n"
                         f"UBND xã Hành Dũng gửi Báo cáo số {issued.number_text} (tệp đính kèm).",
                    state=OutboxState.SENT, attempts=1, sent_at=sent_at, created_at=sent_at, updated_at=sent_at))


def _fixed_day(day: date) -> Callable[[], date]:
    """A clock that always says `day`."""
    return lambda: day


def _weekday(day: date) -> date:
    """The working day on or after `day` (a decision is signed on a working day)."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _after_the_reform(data: PlanJson, year: int) -> PlanJson:
    """This year's plan worded after the two-level reform: the province instead of the district, and the legal
    bases of the year (the province's plan of the year instead of last year's plan of the district)."""
    def reword(text: str | None) -> str | None:
        if text is None:
            return None
        for old, new in AFTER_THE_REFORM:
            text = text.replace(old, new)
        return text

    def walk(value: Any) -> Any:
        if isinstance(value, str):
            return reword(value)
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        return value

    reworded: PlanJson = walk(copy.deepcopy(data))
    for document in reworded["documents"]:
        bases = [b for b in document.get("legal_bases") or []
                 if "huyện" not in b and "TCTCCTTHC" not in b and "Kế hoạch hoạt động kiểm soát" not in b]
        if bases:
            bases.append(f"Căn cứ Kế hoạch hoạt động kiểm soát thủ tục hành chính năm {year} của Ủy ban nhân dân "
                         "tỉnh Quảng Ngãi;")
            document["legal_bases"] = bases
    return reworded
