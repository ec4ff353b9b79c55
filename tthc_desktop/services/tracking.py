"""Tracking through the year: task progress and evidence, indicator figures, Biểu 06, the dashboard, search.

The clock is injected (`today`) so that statuses can be judged on any day; files attached to evidence go to a
content store beside the database (attachments/<sha[:2]>/<sha>). Decisions where reporting.md is silent:
- The clerk records not started, in progress or done; done late and overdue are worked out, never recorded.
- An update without a check-point is stored with the one it answers (domain.tracking.checkpoint_for), so the file
  says what it meant; a date after today is refused, and so is evidence dated after today.
- The same file attached twice to the same evidence is one attachment; to other evidence, another row over the
  same stored bytes.
- Figures are entered for periods of the plan's year only; a ratio needs both figures, numerator ≤ denominator;
  clearing every figure deletes the period's measurement.
- The dashboard judges indicators on the last quarter of the plan's year that has ended by today (the first
  quarter before then), year to date; tasks on today.
- Search: every word of the query, folded (no case, no diacritics), must start a word of a task (label, content,
  expected result, schedule, units, note), an indicator (name, formula, figure names) or evidence (number,
  subject).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from tthc_desktop.db.models import (
    Attachment,
    Evidence,
    Indicator,
    Measurement,
    OutlineItem,
    Plan,
    ProgressUpdate,
    Task,
    UnitAssignment,
)
from tthc_desktop.domain import bounds, periods, tracking
from tthc_desktop.domain.enums import TaskStatus, UnitRole
from tthc_desktop.domain.text import clean
from tthc_desktop.domain.tracking import Attainment, Update
from tthc_desktop.domain.vnformat import fold
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.i18n import _
from tthc_desktop.paths import data_dir
from tthc_desktop.services import tracking_figures as figures
from tthc_desktop.services import values as door
from tthc_desktop.services.base import Service
from tthc_desktop.services.content_store import ContentStore
from tthc_desktop.services.organization import the_organization
from tthc_desktop.services.plans import load_plan
from tthc_desktop.services.tracking_dto import (
    AttachmentInfo,
    Dashboard,
    DossierRowInput,
    DossierTable,
    EvidenceInfo,
    EvidenceInput,
    IndicatorResult,
    ProgressInfo,
    SearchHit,
    TrackedTask,
)


def default_storage(session_factory: sessionmaker[Session]) -> Path:
    """attachments/ beside the database file, so that a database on a USB stick keeps its files."""
    database = getattr(getattr(session_factory.kw.get("bind"), "url", None), "database", None)
    if database and database != ":memory:":
        return Path(database).resolve().parent / "attachments"
    return data_dir() / "attachments"


class TrackingService(Service):
    def __init__(self, session_factory: sessionmaker[Session], today: Callable[[], date] = date.today,
                 storage: Path | None = None) -> None:
        super().__init__(session_factory)
        self._today = today
        self._store = ContentStore(storage if storage is not None else default_storage(session_factory))

    # ------------------------------------------------------------ periods

    def period(self, key: str) -> periods.ReportingPeriod:
        """The dates of a period key with the commune's cut-off day (31: calendar periods)."""
        _check_key(key)
        with self._read() as session:
            return periods.period(key, the_organization(session).report_cutoff_day)

    def next_report(self, kind: str = "quarter") -> tuple[periods.ReportingPeriod, date]:
        """The period whose report is due next by the commune's settings, and its due date."""
        with self._read() as session:
            organization = the_organization(session)
            cutoff, due_day = organization.report_cutoff_day, organization.report_due_day
        due = periods.next_due_period(self._today(), kind, cutoff, due_day)
        return due, periods.due_date(due, due_day)

    # ------------------------------------------------------------ tasks and progress

    def tasks(self, plan_id: int | None = None, year: int | None = None, at: date | None = None) -> list[TrackedTask]:
        """The tasks of one plan, of a year's plans or of every plan, in outline order, judged at `at` (today)."""
        with self._read() as session:
            query = sa.select(Plan).order_by(Plan.year.desc(), Plan.id)
            if plan_id is not None:
                query = query.where(Plan.id == load_plan(session, plan_id).id)
            if year is not None:
                query = query.where(Plan.year == year)
            return _tracked(session, list(session.scalars(query)), at or self._today())

    def task(self, task_id: int, at: date | None = None) -> TrackedTask:
        with self._read() as session:
            task = _load_task(session, task_id)
            return next(t for t in _tracked(session, [task.plan], at or self._today()) if t.task_id == task_id)

    def record_progress(self, task_id: int, status: TaskStatus | str, on: date, note: str | None = None,
                        checkpoint: date | None = None, evidence: EvidenceInput | None = None) -> ProgressInfo:
        """Record what was done on `on` (today or before), with the document that proves it; one transaction."""
        recorded = TaskStatus(status) if status in set(TaskStatus) else None
        if recorded not in tracking.RECORDABLE:
            raise DataError(_("Record a task as not started, in progress or done; late and overdue are worked "
                              "out from the dates."))
        door.day(door.label("reported_on"), on)
        door.day(door.label("checkpoint"), checkpoint)
        self._not_future(on)
        with self._write() as session:
            task = _load_task(session, task_id)
            if checkpoint is None:
                points = _checkpoints(task, task.plan)[1]
                checkpoint = tracking.checkpoint_for(points, _updates(session, [task_id])[task_id], on, recorded)
            update = ProgressUpdate(task_id=task_id, status=recorded, reported_on=on, checkpoint=checkpoint,
                                    note=clean(note) or None)
            session.add(update)
            session.flush()
            proofs: tuple[EvidenceInfo, ...] = ()
            if evidence is not None and any((clean(evidence.doc_number), evidence.doc_date, clean(evidence.subject))):
                proofs = (self._add_evidence(session, task_id, evidence, update.id),)
            return _progress_info(update, proofs)

    def add_evidence(self, task_id: int, evidence: EvidenceInput, progress_id: int | None = None) -> EvidenceInfo:
        with self._write() as session:
            _load_task(session, task_id)
            if progress_id is not None:
                update = session.get(ProgressUpdate, progress_id)
                if update is None or update.task_id != task_id:
                    raise NotFoundError(_("Progress entry {id} of this task does not exist.").format(id=progress_id))
            return self._add_evidence(session, task_id, evidence, progress_id)

    def delete_progress(self, progress_id: int) -> None:
        """Take back an entry recorded by mistake; its evidence stays with the task."""
        with self._write() as session:
            update = session.get(ProgressUpdate, progress_id)
            if update is None:
                raise NotFoundError(_("Progress entry {id} does not exist.").format(id=progress_id))
            session.delete(update)

    def progress(self, task_id: int) -> list[ProgressInfo]:
        """The task's entries, oldest first, each with its evidence and their files."""
        with self._read() as session:
            _load_task(session, task_id)
            proofs = _evidence(session, task_id)
            updates = session.scalars(sa.select(ProgressUpdate).where(ProgressUpdate.task_id == task_id)
                                      .order_by(ProgressUpdate.reported_on, ProgressUpdate.id))
            return [_progress_info(u, tuple(e for e in proofs if e.progress_id == u.id)) for u in updates]

    def evidence(self, task_id: int) -> list[EvidenceInfo]:
        """All evidence of the task, with its files (evidence of a deleted entry included)."""
        with self._read() as session:
            _load_task(session, task_id)
            return _evidence(session, task_id)

    # ------------------------------------------------------------ attachments

    def attach_file(self, evidence_id: int, path: Path) -> AttachmentInfo:
        """Copy a file into the content store (once per content) and attach it to the evidence."""
        with self._write() as session:
            if session.get(Evidence, evidence_id) is None:
                raise NotFoundError(_("Evidence {id} does not exist.").format(id=evidence_id))
            sha, size = self._store.put(Path(path))
            attachment = session.scalars(sa.select(Attachment).where(
                Attachment.evidence_id == evidence_id, Attachment.sha256 == sha)).first()
            if attachment is None:
                attachment = Attachment(evidence_id=evidence_id, sha256=sha, size=size,
                                        filename=clean(Path(path).name) or sha)
                session.add(attachment)
                session.flush()
            return _attachment_info(attachment)

    def attachment_path(self, attachment_id: int) -> Path:
        """Where the attached file's bytes are (read only: the same bytes may serve other evidence)."""
        with self._read() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None:
                raise NotFoundError(_("Attachment {id} does not exist.").format(id=attachment_id))
            return self._store.existing(attachment.sha256)

    # ------------------------------------------------------------ indicators and Biểu 06

    def set_measurement(self, indicator_id: int, period_key: str, numerator: Any = None, denominator: Any = None,
                        value: Any = None, note: str | None = None) -> IndicatorResult:
        """Enter (or, with no figure, clear) an indicator's figures for a period of its plan's year: the two counts
        of a ratio, or one value (a % when the unit is "%"), as typed ("1.250", "95,5") or as numbers. A figure
        the period's Biểu 06 computes is refused: Biểu 06 wins, so what was typed would be ignored."""
        with self._write() as session:
            indicator = session.get(Indicator, indicator_id)
            if indicator is None:
                raise NotFoundError(_("Indicator {id} does not exist.").format(id=indicator_id))
            _check_key(period_key, indicator.plan.year)
            shown = indicator.label or indicator.name
            numerator, denominator = (door.figure(door.indicator_field(name, shown), raw, bounds.COUNT)
                                      for name, raw in (("numerator", numerator), ("denominator", denominator)))
            value = door.figure(door.indicator_field("value", shown), value, bounds.figure_bound(indicator.unit))
            _check_figures(numerator, denominator, value)
            measurement = session.scalars(sa.select(Measurement).where(
                Measurement.indicator_id == indicator_id, Measurement.period_key == period_key)).first()
            if numerator is None and denominator is None and value is None:
                if measurement is not None:
                    session.delete(measurement)
            else:
                if figures.derived_here(session, indicator, period_key):
                    raise DataError(_("The figure of indicator {indicator} for this period is computed from the "
                                      "dossier figures (Biểu 06), which win over a figure typed here. Change the "
                                      "Biểu 06 rows instead.").format(indicator=shown))
                if measurement is None:
                    measurement = Measurement(indicator_id=indicator_id, period_key=period_key)
                    session.add(measurement)
                measurement.numerator, measurement.denominator, measurement.value = numerator, denominator, value
                measurement.note = clean(note) or None
            session.flush()
            results = figures.indicator_results(session, indicator.plan, period_key)
            return next(r for r in results if r.indicator_id == indicator_id)

    def indicator_results(self, plan_id: int, period_key: str) -> list[IndicatorResult]:
        """Every indicator of the plan: the period's figure and the year's so far, met or not."""
        with self._read() as session:
            plan = load_plan(session, plan_id)
            _check_key(period_key, plan.year)
            return figures.indicator_results(session, plan, period_key)

    def set_dossier_rows(self, period_key: str, rows: list[DossierRowInput],
                         total: DossierRowInput | None = None) -> DossierTable:
        """Replace the commune's Biểu 06 rows for a period. A row (or the total row as written on the form) that
        breaks a check is refused with DossierCheckError (a DataError) naming it, and nothing is stored."""
        _check_key(period_key)
        rows = [figures.read_row(replace(r, field=clean(r.field) or "")) for r in rows]
        total = None if total is None else figures.read_row(total, figures.total_label())
        figures.check_rows(rows, total)
        with self._write() as session:
            figures.store_rows(session, period_key, rows)
            return figures.dossier_table(session, period_key)

    def dossier_table(self, period_key: str) -> DossierTable:
        """The period's Biểu 06 rows with the total row and the on-time and online rates of the total."""
        _check_key(period_key)
        with self._read() as session:
            return figures.dossier_table(session, period_key)

    # ------------------------------------------------------------ overview

    def dashboard(self, plan_id: int, within_days: int = 14, period_key: str | None = None,
                  tasks: list[TrackedTask] | None = None) -> Dashboard:
        """Tasks by status today, those due within `within_days`, the overdue, and the indicators' attainment.

        `tasks`: the plan's tasks as `tasks()` just judged them today, so they are not judged twice."""
        today = self._today()
        with self._read() as session:
            plan = load_plan(session, plan_id)
            if tasks is not None and all(t.plan_id == plan_id or t.plan_year == plan.year for t in tasks):
                tasks = [t for t in tasks if t.plan_id == plan_id]
            else:
                tasks = _tracked(session, [plan], today)
            if period_key is None:
                period_key = self._judged_period(session, plan, today)
            _check_key(period_key, plan.year)
            results = figures.indicator_results(session, plan, period_key)
        counts = {status: sum(t.status is status for t in tasks) for status in TaskStatus}
        due_soon = sorted((t for t in tasks if t.days_left is not None and 0 <= t.days_left <= within_days),
                          key=lambda t: (t.days_left, t.task_id))
        overdue = sorted((t for t in tasks if t.status is TaskStatus.OVERDUE),
                         key=lambda t: (t.days_left if t.days_left is not None else 0, t.task_id))
        attained = {a: sum(r.year_to_date_attainment is a for r in results) for a in Attainment}
        return Dashboard(plan.id, today, counts, tuple(due_soon), tuple(overdue), period_key, tuple(results),
                         attained)

    def judged_period(self, plan_id: int) -> str:
        """The period indicators are judged on: the last quarter of the plan's year ended by today (Q1 before)."""
        with self._read() as session:
            return self._judged_period(session, load_plan(session, plan_id), self._today())

    @staticmethod
    def _judged_period(session: Session, plan: Plan, today: date) -> str:
        cutoff = the_organization(session).report_cutoff_day
        quarters = periods.periods_of_year(plan.year, "quarter", cutoff)
        return ([q for q in quarters if q.end < today] or quarters[:1])[-1].key

    def search(self, text: str, plan_id: int | None = None) -> list[SearchHit]:
        """Tasks, indicators and evidence holding every word of `text`, whatever the case and diacritics."""
        words = fold(text or "").split()
        if not words:
            return []
        hits: list[SearchHit] = []
        with self._read() as session:
            query = sa.select(Plan).order_by(Plan.year.desc(), Plan.id)
            if plan_id is not None:
                query = query.where(Plan.id == plan_id)
            for plan in session.scalars(query):
                tasks = {i.id: i for i in _outline(plan) if isinstance(i, Task)}
                units = _units(session, list(tasks))
                for t in tasks.values():
                    lead, cooperating = units[t.id][UnitRole.LEAD], units[t.id][UnitRole.COOPERATING]
                    if _matches(words, [t.label, t.text, t.expected_result, t.schedule_text, t.objective, t.note,
                                        *lead, *cooperating]):
                        hits.append(SearchHit("task", t.id, plan.id, t.id, t.label, t.text))
                for i in plan.indicators:
                    if _matches(words, [i.label, i.name, i.formula, i.numerator_name, i.denominator_name]):
                        hits.append(SearchHit("indicator", i.id, plan.id, None, i.label, i.name))
                for e in session.scalars(sa.select(Evidence).where(Evidence.task_id.in_(tasks)).order_by(Evidence.id)):
                    if _matches(words, [e.doc_number, e.subject]):
                        shown = " ".join(p for p in (e.doc_number, e.subject) if p)
                        hits.append(SearchHit("evidence", e.id, plan.id, e.task_id, tasks[e.task_id].label, shown))
        return hits

    # ------------------------------------------------------------ helpers

    def _not_future(self, day: date | None) -> None:
        if day is not None and day > self._today():
            raise DataError(_("{date} is in the future. Record what has been done, dated today or earlier.").format(
                date=day.strftime("%d/%m/%Y")))

    def _add_evidence(self, session: Session, task_id: int, evidence: EvidenceInput,
                      progress_id: int | None) -> EvidenceInfo:
        door.day(door.label("doc_date"), evidence.doc_date)
        self._not_future(evidence.doc_date)
        proof = Evidence(task_id=task_id, progress_id=progress_id, doc_number=clean(evidence.doc_number) or None,
                         doc_date=evidence.doc_date, subject=clean(evidence.subject) or None)
        session.add(proof)
        session.flush()
        return _evidence_info(proof, ())


# ---------------------------------------------------------------- helpers


def _check_key(key: str, year: int | None = None) -> None:
    if not periods.is_key(key):
        raise DataError(_("“{key}” is not a reporting period. Write it as 2026-M03, 2026-Q1, 2026-H1, 2026-9M or "
                          "2026-Y.").format(key=key))
    door.year(door.label("year"), periods.parse_key(key)[0])  # Biểu 06 keys belong to no plan: bounded here
    if year is not None and periods.parse_key(key)[0] != year:
        raise DataError(_("Period {key} is not in {year}, the year of the plan.").format(key=key, year=year))


def _check_figures(numerator: float | None, denominator: float | None, value: float | None) -> None:
    """The figures together (each is already within its bound): a ratio's two, or one value."""
    if value is not None and (numerator is not None or denominator is not None):
        raise DataError(_("Enter either the two figures of a ratio or a single value, not both."))
    if (numerator is None) != (denominator is None):
        raise DataError(_("A ratio needs both figures: the numerator and the denominator."))
    if numerator is not None and denominator is not None and numerator > denominator:
        raise DataError(_("The numerator ({numerator}) cannot be larger than the denominator ({denominator}).")
                        .format(numerator=door.shown(numerator), denominator=door.shown(denominator)))


def _load_task(session: Session, task_id: int) -> Task:
    task = session.get(OutlineItem, task_id)
    if not isinstance(task, Task):
        raise NotFoundError(_("Task {id} does not exist.").format(id=task_id))
    return task


def _checkpoints(task: Task, plan: Plan) -> tuple[str, list[date]]:
    issuing = plan.decision if plan.decision is not None else plan.document
    return tracking.schedule_checkpoints(task.schedule_text, plan.year, issuing.issued_on)


def _outline(plan: Plan) -> list[OutlineItem]:
    """Groups and tasks in the order the plan prints them."""
    children: dict[int | None, list[OutlineItem]] = defaultdict(list)
    for item in plan.items:
        children[item.parent_id].append(item)
    ordered: list[OutlineItem] = []

    def walk(parent: int | None) -> None:
        for item in children[parent]:
            ordered.append(item)
            walk(item.id)

    walk(None)
    return ordered


def _units(session: Session, task_ids: list[int]) -> dict[int, dict[UnitRole, list[str]]]:
    result: dict[int, dict[UnitRole, list[str]]] = {i: {r: [] for r in UnitRole} for i in task_ids}
    for a in session.scalars(sa.select(UnitAssignment).where(UnitAssignment.task_id.in_(task_ids))
                             .order_by(UnitAssignment.position, UnitAssignment.id)):
        if a.task_id is not None:
            result[a.task_id][a.role].append(a.text)
    return result


def _updates(session: Session, task_ids: list[int]) -> dict[int, list[Update]]:
    result: dict[int, list[Update]] = {i: [] for i in task_ids}
    for u in session.scalars(sa.select(ProgressUpdate).where(ProgressUpdate.task_id.in_(task_ids))
                             .order_by(ProgressUpdate.reported_on, ProgressUpdate.id)):
        result[u.task_id].append(Update(u.reported_on, u.status, u.checkpoint, u.id))
    return result


def _tracked(session: Session, plans: list[Plan], at: date) -> list[TrackedTask]:
    result: list[TrackedTask] = []
    for plan in plans:
        items = _outline(plan)
        by_id = {i.id: i for i in items}
        tasks = [i for i in items if isinstance(i, Task)]
        ids = [t.id for t in tasks]
        units, updates = _units(session, ids), _updates(session, ids)
        last: dict[int, ProgressUpdate] = {}
        for u in session.scalars(sa.select(ProgressUpdate).where(ProgressUpdate.task_id.in_(ids), ProgressUpdate
                                 .reported_on <= at).order_by(ProgressUpdate.reported_on, ProgressUpdate.id)):
            last[u.task_id] = u
        evidence_counts = dict(session.execute(sa.select(Evidence.task_id, sa.func.count()).where(
            Evidence.task_id.in_(ids)).group_by(Evidence.task_id)).all())
        for task in tasks:
            kind, points = _checkpoints(task, plan)
            judged = tracking.judge(points, updates[task.id], at)
            groups: list[str] = []
            parent = by_id.get(task.parent_id) if task.parent_id is not None else None
            while parent is not None:
                groups.insert(0, parent.label or "")
                parent = by_id.get(parent.parent_id) if parent.parent_id is not None else None
            result.append(TrackedTask(
                task_id=task.id, plan_id=plan.id, plan_year=plan.year, label=task.label, group_labels=tuple(groups),
                content=task.text, expected_result=task.expected_result,
                lead_units=tuple(units[task.id][UnitRole.LEAD]),
                cooperating_units=tuple(units[task.id][UnitRole.COOPERATING]),
                schedule_text=task.schedule_text, schedule_kind=kind, status=judged.status,
                next_checkpoint=judged.next_checkpoint, days_left=judged.days_left, checkpoints=judged.checkpoints,
                last_update=_progress_info(last[task.id]) if task.id in last else None,
                evidence_count=evidence_counts.get(task.id, 0),
            ))
    return result


def _attachment_info(a: Attachment) -> AttachmentInfo:
    return AttachmentInfo(a.id, a.evidence_id, a.sha256, a.filename, a.size, a.added_at)


def _evidence_info(e: Evidence, attachments: tuple[AttachmentInfo, ...]) -> EvidenceInfo:
    return EvidenceInfo(e.id, e.task_id, e.progress_id, e.doc_number, e.doc_date, e.subject, attachments)


def _evidence(session: Session, task_id: int) -> list[EvidenceInfo]:
    proofs = list(session.scalars(sa.select(Evidence).where(Evidence.task_id == task_id).order_by(Evidence.id)))
    files: dict[int, list[AttachmentInfo]] = defaultdict(list)
    for a in session.scalars(sa.select(Attachment).where(Attachment.evidence_id.in_([e.id for e in proofs]))
                             .order_by(Attachment.id)):
        files[a.evidence_id].append(_attachment_info(a))
    return [_evidence_info(e, tuple(files[e.id])) for e in proofs]


def _progress_info(u: ProgressUpdate, evidence: tuple[EvidenceInfo, ...] = ()) -> ProgressInfo:
    return ProgressInfo(u.id, u.task_id, u.status, u.reported_on, u.checkpoint, u.note, evidence)


def _matches(words: list[str], parts: list[str | None]) -> bool:
    """Every word starts a word of the text ("kiem so" finds "kiểm soát", "ubnd" finds "12/QĐ-UBND")."""
    haystack = fold(" ".join(p for p in parts if p))
    return all(re.search(r"(?<!\w)" + re.escape(word), haystack) for word in words)
