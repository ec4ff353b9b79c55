"""Tracking through the year: task progress and evidence, indicator figures, Biểu 06, the dashboard, search.

The clock is injected (`today`) so that statuses can be judged on any day; files attached to evidence go to a
content store beside the database (attachments/<sha[:2]>/<sha>). Decisions where reporting.md is silent:
- The clerk records not started, in progress or done; done late and overdue are worked out, never recorded.
- Statuses, due-soon and indicator verdicts are domain.status and domain.tracking (docs/STATUS_RULES.md).
- An update without a check-point is stored with the one it answers (domain.status.checkpoint_for: a deadline,
  or an ongoing task's reporting month), so the file says what it meant; a date after today is refused, and so is
  evidence dated after today.
- The same file attached twice to the same evidence is one attachment; to other evidence, another row over the
  same stored bytes.
- Figures are entered for periods of the plan's year only; a ratio needs both figures, numerator ≤ denominator;
  clearing every figure deletes the period's measurement.
- The dashboard judges indicators on the last quarter of the plan's year that has ended by today (the first
  quarter before then), by their standing; tasks on today (a past year's plan on its last day).
- Search: every word of the query, folded (no case, no diacritics), must start a word of a task (label, content,
  expected result, schedule, units, note), an indicator (name, formula, figure names) or evidence (number,
  subject).
"""

from __future__ import annotations

import re
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
)
from tthc_desktop.domain import bounds, periods
from tthc_desktop.domain import status as task_status
from tthc_desktop.domain.enums import TaskStatus, UnitRole
from tthc_desktop.domain.text import clean
from tthc_desktop.domain.tracking import Attainment
from tthc_desktop.domain.vnformat import fold
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.files import write_atomic
from tthc_desktop.i18n import _
from tthc_desktop.paths import data_dir
from tthc_desktop.services import evidence_files
from tthc_desktop.services import tracking_figures as figures
from tthc_desktop.services import tracking_tasks as reads
from tthc_desktop.services import values as door
from tthc_desktop.services.base import Service, touched
from tthc_desktop.services.changes import Part
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
    ProgressSnapshot,
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
                 storage: Path | None = None, opened: Path | None = None) -> None:
        super().__init__(session_factory)
        self._today = today
        self._store = ContentStore(storage if storage is not None else default_storage(session_factory))
        self._opened = opened if opened is not None else evidence_files.opened_folder()

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
            return reads.tracked(session, list(session.scalars(query)), at or self._today())

    def task(self, task_id: int, at: date | None = None) -> TrackedTask:
        with self._read() as session:
            task = _load_task(session, task_id)
            return next(t for t in reads.tracked(session, [task.plan], at or self._today()) if t.task_id == task_id)

    def record_progress(self, task_id: int, status: TaskStatus | str, on: date, note: str | None = None,
                        checkpoint: date | None = None, evidence: EvidenceInput | None = None) -> ProgressInfo:
        """Record what was done on `on` (today or before), with the document that proves it; one transaction."""
        recorded = TaskStatus(status) if status in set(TaskStatus) else None
        if recorded not in task_status.RECORDABLE:
            raise DataError(_("Record a task as not started, in progress or done; late and overdue are worked "
                              "out from the dates."))
        door.day(door.label("reported_on"), on)
        door.day(door.label("checkpoint"), checkpoint)
        self._not_future(on)
        with self._write(Part.TRACKING) as session:
            task = _load_task(session, task_id)
            touched(session, task.plan_id)
            if checkpoint is None:
                schedule = reads.schedule_of(task, task.plan, the_organization(session).report_cutoff_day)
                known = reads.updates_of(session, [task_id])[task_id]
                checkpoint = task_status.checkpoint_for(schedule, known, on, recorded)
            update = ProgressUpdate(task_id=task_id, status=recorded, reported_on=on, checkpoint=checkpoint,
                                    note=clean(note) or None)
            session.add(update)
            session.flush()
            proofs: tuple[EvidenceInfo, ...] = ()
            if evidence is not None and any((clean(evidence.doc_number), evidence.doc_date, clean(evidence.subject))):
                proofs = (self._add_evidence(session, task_id, evidence, update.id),)
            return reads.progress_info(update, proofs)

    def add_evidence(self, task_id: int, evidence: EvidenceInput, progress_id: int | None = None) -> EvidenceInfo:
        with self._write(Part.TRACKING) as session:
            touched(session, _load_task(session, task_id).plan_id)
            if progress_id is not None:
                update = session.get(ProgressUpdate, progress_id)
                if update is None or update.task_id != task_id:
                    raise NotFoundError(_("Progress entry {id} of this task does not exist.").format(id=progress_id))
            return self._add_evidence(session, task_id, evidence, progress_id)

    def delete_progress(self, progress_id: int) -> None:
        """Take back an entry recorded by mistake; its evidence stays with the task."""
        with self._write(Part.TRACKING) as session:
            update = session.get(ProgressUpdate, progress_id)
            if update is None:
                raise NotFoundError(_("Progress entry {id} does not exist.").format(id=progress_id))
            touched(session, _load_task(session, update.task_id).plan_id)
            session.delete(update)

    def take_back_progress(self, progress_id: int) -> ProgressSnapshot:
        """Undo a progress entry: it goes with the evidence recorded with it and their files' rows (the stored
        bytes stay), all kept in the snapshot that `restore_progress` puts back with the same ids."""
        with self._write(Part.TRACKING) as session:
            update = session.get(ProgressUpdate, progress_id)
            if update is None:
                raise NotFoundError(_("Progress entry {id} does not exist.").format(id=progress_id))
            touched(session, _load_task(session, update.task_id).plan_id)
            proofs = list(session.scalars(sa.select(Evidence).where(Evidence.progress_id == progress_id)))
            files = list(session.scalars(sa.select(Attachment).where(
                Attachment.evidence_id.in_([p.id for p in proofs])))) if proofs else []
            snapshot = ProgressSnapshot(_columns(update), tuple(_columns(p) for p in proofs),
                                        tuple(_columns(f) for f in files))
            for row in [*files, *proofs, update]:
                session.delete(row)
                session.flush()
            return snapshot

    def restore_progress(self, snapshot: ProgressSnapshot) -> None:
        """Put back a progress entry taken back, with its evidence and files, under the same ids."""
        with self._write(Part.TRACKING) as session:
            touched(session, _load_task(session, snapshot.update["task_id"]).plan_id)
            for model, rows in ((ProgressUpdate, (snapshot.update,)), (Evidence, snapshot.evidence),
                                (Attachment, snapshot.attachments)):
                for row in rows:
                    session.add(model(**row))
                session.flush()

    def progress(self, task_id: int) -> list[ProgressInfo]:
        """The task's entries, oldest first, each with its evidence and their files."""
        with self._read() as session:
            _load_task(session, task_id)
            proofs = reads.evidence_of(session, task_id)
            updates = session.scalars(sa.select(ProgressUpdate).where(ProgressUpdate.task_id == task_id)
                                      .order_by(ProgressUpdate.reported_on, ProgressUpdate.id))
            return [reads.progress_info(u, tuple(e for e in proofs if e.progress_id == u.id)) for u in updates]

    def evidence(self, task_id: int) -> list[EvidenceInfo]:
        """All evidence of the task, with its files (evidence of a deleted entry included)."""
        with self._read() as session:
            _load_task(session, task_id)
            return reads.evidence_of(session, task_id)

    # ------------------------------------------------------------ attachments

    def attach_file(self, evidence_id: int, path: Path) -> AttachmentInfo:
        """Copy a file into the content store (once per content) and attach it to the evidence."""
        with self._write(Part.TRACKING) as session:
            evidence = session.get(Evidence, evidence_id)
            if evidence is None:
                raise NotFoundError(_("Evidence {id} does not exist.").format(id=evidence_id))
            touched(session, _load_task(session, evidence.task_id).plan_id)
            sha, size = self._store.put(Path(path))
            attachment = session.scalars(sa.select(Attachment).where(
                Attachment.evidence_id == evidence_id, Attachment.sha256 == sha)).first()
            if attachment is None:
                attachment = Attachment(evidence_id=evidence_id, sha256=sha, size=size,
                                        filename=clean(Path(path).name) or sha)
                session.add(attachment)
                session.flush()
            return reads.attachment_info(attachment)

    def attachment_path(self, attachment_id: int) -> Path:
        """Where the attached file's bytes are (read only: the same bytes may serve other evidence). The store
        names files by their SHA-256, without an extension: to open one, use `open_copy`."""
        return self._store.existing(self._attachment(attachment_id).sha256)

    def open_copy(self, attachment_id: int) -> Path:
        """A copy of the attached file under its own name and extension ("Biên bản.pdf"), in a folder of the
        temporary files, for the system's program to open; the store's copy is never handed out."""
        attachment = self._attachment(attachment_id)
        stored = self._store.existing(attachment.sha256)
        target = self._opened / attachment.sha256[:16] / evidence_files.safe_name(attachment.filename)
        if not (target.is_file() and target.stat().st_size == attachment.size):
            write_atomic(target, evidence_files.read(stored))
        return target

    def save_copy(self, attachment_id: int, path: Path) -> Path:
        """Write the attached file to `path` (the clerk's choice), whole or not at all."""
        attachment = self._attachment(attachment_id)
        return write_atomic(Path(path), evidence_files.read(self._store.existing(attachment.sha256)))

    def _attachment(self, attachment_id: int) -> AttachmentInfo:
        with self._read() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None:
                raise NotFoundError(_("Attachment {id} does not exist.").format(id=attachment_id))
            return reads.attachment_info(attachment)

    # ------------------------------------------------------------ indicators and Biểu 06

    def set_measurement(self, indicator_id: int, period_key: str, numerator: Any = None, denominator: Any = None,
                        value: Any = None, note: str | None = None) -> IndicatorResult:
        """Enter (or, with no figure, clear) an indicator's figures for a period of its plan's year: the two counts
        of a ratio, or one value (a % when the unit is "%"), as typed ("1.250", "95,5") or as numbers. A figure
        the period's Biểu 06 computes is refused: Biểu 06 wins, so what was typed would be ignored."""
        with self._write(Part.FIGURES) as session:
            indicator = session.get(Indicator, indicator_id)
            if indicator is None:
                raise NotFoundError(_("Indicator {id} does not exist.").format(id=indicator_id))
            touched(session, indicator.plan_id)
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
        with self._write(Part.FIGURES) as session:  # the commune's Biểu 06: every plan's derived figures
            figures.store_rows(session, period_key, rows)
            return figures.dossier_table(session, period_key)

    def keep_dossier_rows(self, period_key: str, rows: list[DossierRowInput]) -> DossierTable:
        """Biểu 06 rows as typed so far, kept at each edit (the figures page has no Save button): every count read
        and bounded, every row with its field and no field twice, or DataError and nothing stored. The form's
        balance, (3) = (7) + (11), is not refused here, since a row is typed cell by cell: the figures page shows
        a row that breaks it (`domain.tracking.broken_rules`)."""
        _check_key(period_key)
        rows = [figures.read_row(replace(r, field=clean(r.field) or "")) for r in rows]
        figures.check_fields(rows)
        with self._write(Part.FIGURES) as session:  # the commune's Biểu 06: every plan's derived figures
            figures.store_rows(session, period_key, rows)
            return figures.dossier_table(session, period_key)

    def dossier_table(self, period_key: str) -> DossierTable:
        """The period's Biểu 06 rows with the total row and the on-time and online rates of the total."""
        _check_key(period_key)
        with self._read() as session:
            return figures.dossier_table(session, period_key)

    # ------------------------------------------------------------ overview

    def dashboard(self, plan_id: int, within_days: int = task_status.DUE_SOON_DAYS, period_key: str | None = None,
                  tasks: list[TrackedTask] | None = None) -> Dashboard:
        """Tasks by status today, those due within `within_days`, the overdue, and the indicators' attainment.

        `tasks`: the plan's tasks as `tasks()` just judged them today, so they are not judged twice."""
        today = self._today()
        with self._read() as session:
            plan = load_plan(session, plan_id)
            if tasks is not None and all(t.plan_id == plan_id or t.plan_year == plan.year for t in tasks):
                tasks = [t for t in tasks if t.plan_id == plan_id]
            else:
                tasks = reads.tracked(session, [plan], today)
            if period_key is None:
                period_key = self._judged_period(session, plan, today)
            _check_key(period_key, plan.year)
            results = figures.indicator_results(session, plan, period_key)
            units = [(u.id, u.name) for u in the_organization(session).units]
        counts = {status: sum(t.status is status for t in tasks) for status in TaskStatus}
        due_soon = sorted((t for t in tasks if task_status.is_due_soon(t.status, t.days_left, within_days)),
                          key=lambda t: (t.days_left or 0, t.task_id))
        overdue = sorted((t for t in tasks if t.status is TaskStatus.OVERDUE),
                         key=lambda t: (t.days_left if t.days_left is not None else 0, t.task_id))
        attained = {a: sum(r.standing.attainment is a for r in results) for a in Attainment}
        return Dashboard(plan.id, today, counts, tuple(due_soon), tuple(overdue), period_key, tuple(results),
                         attained, reads.by_unit(tasks, units))

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
                tasks = {i.id: i for i in reads.outline_of(plan) if isinstance(i, Task)}
                units = reads.units_of(session, list(tasks))
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
        return reads.evidence_info(proof, ())


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


def _columns(row: Any) -> dict[str, Any]:
    """A row's column values by attribute name, to be put back as they were."""
    return {column.key: getattr(row, column.key) for column in sa.inspect(row).mapper.column_attrs}


def _load_task(session: Session, task_id: int) -> Task:
    task = session.get(OutlineItem, task_id)
    if not isinstance(task, Task):
        raise NotFoundError(_("Task {id} does not exist.").format(id=task_id))
    return task


def _matches(words: list[str], parts: list[str | None]) -> bool:
    """Every word starts a word of the text ("kiem so" finds "kiểm soát", "ubnd" finds "12/QĐ-UBND")."""
    haystack = fold(" ".join(p for p in parts if p))
    return all(re.search(r"(?<!\w)" + re.escape(word), haystack) for word in words)
