"""Reading tracked tasks: the plan's outline in order, each task's units (matched to the commune's), its updates
and evidence, judged by domain.status — the one read every view of the tracker, the dashboard and the reports
shares (TrackingService.tasks)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tthc_desktop.db.models import Attachment, Evidence, OutlineItem, Plan, ProgressUpdate, Task, UnitAssignment
from tthc_desktop.domain import status as task_status
from tthc_desktop.domain.enums import TaskStatus, UnitRole
from tthc_desktop.domain.status import Update
from tthc_desktop.domain.units import UnitMatcher
from tthc_desktop.services.organization import the_organization
from tthc_desktop.services.tracking_dto import (
    AttachmentInfo,
    EvidenceInfo,
    ProgressInfo,
    TrackedTask,
    UnitTally,
)
from tthc_desktop.services.unit_matching import unit_matcher


def schedule_of(task: Task, plan: Plan, cutoff_day: int | None) -> task_status.TaskSchedule:
    issuing = plan.decision if plan.decision is not None else plan.document
    return task_status.task_schedule(task.schedule_text, plan.year, issuing.issued_on, cutoff_day)


def outline_of(plan: Plan) -> list[OutlineItem]:
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


def units_of(session: Session, task_ids: list[int]) -> dict[int, dict[UnitRole, list[str]]]:
    return {task_id: {role: [text for text, _unit in pairs] for role, pairs in roles.items()}
            for task_id, roles in unit_links(session, task_ids).items()}


def unit_links(session: Session, task_ids: list[int],
                matcher: UnitMatcher | None = None) -> dict[int, dict[UnitRole, list[tuple[str, int | None]]]]:
    """Each task's unit texts as printed, with the commune's unit each names (None: not one of its units)."""
    if matcher is None:
        matcher = unit_matcher(session, the_organization(session))
    result: dict[int, dict[UnitRole, list[tuple[str, int | None]]]] = {i: {r: [] for r in UnitRole}
                                                                        for i in task_ids}
    seen: dict[str, int | None] = {}
    for a in session.scalars(sa.select(UnitAssignment).where(UnitAssignment.task_id.in_(task_ids))
                             .order_by(UnitAssignment.position, UnitAssignment.id)):
        if a.task_id is not None:
            unit = a.unit_id if a.unit_id is not None else seen.setdefault(a.text, matcher.unit_of(a.text))
            result[a.task_id][a.role].append((a.text, unit))
    return result


def updates_of(session: Session, task_ids: list[int]) -> dict[int, list[Update]]:
    result: dict[int, list[Update]] = {i: [] for i in task_ids}
    for u in session.scalars(sa.select(ProgressUpdate).where(ProgressUpdate.task_id.in_(task_ids))
                             .order_by(ProgressUpdate.reported_on, ProgressUpdate.id)):
        result[u.task_id].append(Update(u.reported_on, u.status, u.checkpoint, u.id))
    return result


def tracked(session: Session, plans: list[Plan], at: date) -> list[TrackedTask]:
    result: list[TrackedTask] = []
    if not plans:
        return result
    organization = the_organization(session)
    cutoff, matcher = organization.report_cutoff_day, unit_matcher(session, organization)
    for plan in plans:
        items = outline_of(plan)
        by_id = {i.id: i for i in items}
        tasks = [i for i in items if isinstance(i, Task)]
        ids = [t.id for t in tasks]
        units, updates = unit_links(session, ids, matcher), updates_of(session, ids)
        last: dict[int, ProgressUpdate] = {}
        until = min(at, date(plan.year, 12, 31))  # a past year's plan as it stood at its year's end
        for u in session.scalars(sa.select(ProgressUpdate).where(ProgressUpdate.task_id.in_(ids), ProgressUpdate
                                 .reported_on <= until).order_by(ProgressUpdate.reported_on, ProgressUpdate.id)):
            last[u.task_id] = u
        evidence_counts = dict(session.execute(sa.select(Evidence.task_id, sa.func.count()).where(
            Evidence.task_id.in_(ids)).group_by(Evidence.task_id)).all())
        for task in tasks:
            schedule = schedule_of(task, plan, cutoff)
            judged = task_status.judge_task(schedule, updates[task.id], at)
            groups: list[str] = []
            titles: list[str] = []
            parent = by_id.get(task.parent_id) if task.parent_id is not None else None
            while parent is not None:
                groups.insert(0, parent.label or "")
                titles.insert(0, parent.text)
                parent = by_id.get(parent.parent_id) if parent.parent_id is not None else None
            result.append(TrackedTask(
                task_id=task.id, plan_id=plan.id, plan_year=plan.year, label=task.label, group_labels=tuple(groups),
                content=task.text, expected_result=task.expected_result,
                lead_units=tuple(text for text, _unit in units[task.id][UnitRole.LEAD]),
                cooperating_units=tuple(text for text, _unit in units[task.id][UnitRole.COOPERATING]),
                lead_unit_ids=tuple(unit for _text, unit in units[task.id][UnitRole.LEAD]),
                schedule_text=task.schedule_text, schedule_kind=schedule.kind, status=judged.status,
                next_checkpoint=judged.next_checkpoint, days_left=judged.days_left, checkpoints=judged.checkpoints,
                last_update=progress_info(last[task.id]) if task.id in last else None,
                evidence_count=evidence_counts.get(task.id, 0), ongoing=schedule.ongoing, missing=judged.missing,
                closed=judged.closed, group_titles=tuple(titles), starts=schedule.starts,
            ))
    return result


def by_unit(tasks: list[TrackedTask], units: list[tuple[int, str]]) -> tuple[UnitTally, ...]:
    """Tasks by lead unit (a task led by two units counts for each), units that lead none left out."""
    tallies = []
    for unit_id, name in [*units, (None, None)]:
        led = [t for t in tasks if (unit_id in t.lead_unit_ids if unit_id is not None else not any(t.lead_unit_ids))]
        if led:
            tallies.append(UnitTally(unit_id, name, {s: sum(t.status is s for t in led) for s in TaskStatus}))
    return tuple(tallies)


def attachment_info(a: Attachment) -> AttachmentInfo:
    return AttachmentInfo(a.id, a.evidence_id, a.sha256, a.filename, a.size, a.added_at)


def evidence_info(e: Evidence, attachments: tuple[AttachmentInfo, ...]) -> EvidenceInfo:
    return EvidenceInfo(e.id, e.task_id, e.progress_id, e.doc_number, e.doc_date, e.subject, attachments)


def evidence_of(session: Session, task_id: int) -> list[EvidenceInfo]:
    proofs = list(session.scalars(sa.select(Evidence).where(Evidence.task_id == task_id).order_by(Evidence.id)))
    files: dict[int, list[AttachmentInfo]] = defaultdict(list)
    for a in session.scalars(sa.select(Attachment).where(Attachment.evidence_id.in_([e.id for e in proofs]))
                             .order_by(Attachment.id)):
        files[a.evidence_id].append(attachment_info(a))
    return [evidence_info(e, tuple(files[e.id])) for e in proofs]


def progress_info(u: ProgressUpdate, evidence: tuple[EvidenceInfo, ...] = ()) -> ProgressInfo:
    return ProgressInfo(u.id, u.task_id, u.status, u.reported_on, u.checkpoint, u.note, evidence)
