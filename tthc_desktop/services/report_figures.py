"""The figures of a period report, gathered from the tracker into one JSON snapshot.

A draft report reads a fresh snapshot whenever it is shown or exported; an issued one keeps the snapshot taken
when it was issued (Report.frozen_figures["figures"]), so exporting it years later prints the same report.
Everything the report prints besides the document's own fields comes from here, the commune's name included.

The snapshot (version 1), all JSON:
- "at": the day tasks were judged (the period's cut-off, or today when the period has not ended yet);
- "period" {key, kind, start, end}; "next_period" {start, end} (ISO dates);
- "words": the template's placeholders filled in (period, year, next_period, commune, level, upstream) and
  "in_period" ("Trong kỳ", "Trong năm");
- "plan" {id, year, reference}: reference names the plan as a sentence cites it;
- "issuer" {name, level_word, abbreviation, parent_line};
- "outline": groups {kind "group", label, text, depth} and tasks {kind "task", label, text, depth, groups
  (titles, outermost first), lead_units, cooperating_units (absent from snapshots before issue 14), schedule,
  schedule_kind, status, next_checkpoint, open_checkpoints (its deadlines not yet met),
  evidence [{number, date, subject}]}, in the plan's order;
- "indicators": {group, group_title, label, name, unit, comparator, target, value, attainment, ytd_value,
  ytd_attainment};
- "dossiers": {rows [{field, counts (3)..(13)}], total (3)..(13), on_time_rate, online_rate}.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tthc_desktop.db.models import Evidence, OutlineItem, Plan
from tthc_desktop.domain import periods, vnformat
from tthc_desktop.domain.enums import DocumentType, OutlineKind
from tthc_desktop.domain.numbering import format_number
from tthc_desktop.domain.signature import issuer_words
from tthc_desktop.domain.status import DONE_STATES
from tthc_desktop.domain.templates import LEVEL_WORD
from tthc_desktop.reports import words
from tthc_desktop.services.organization import the_organization
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import DossierRowInfo, TrackedTask

VERSION = 1
_COUNTS = ("received", "received_online", "received_in_person", "carried_over", "settled", "settled_early",
           "settled_on_time", "settled_late", "pending", "pending_within", "pending_late")


def _counts(row: DossierRowInfo) -> list[int]:
    return [getattr(row, name) for name in _COUNTS]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def plan_reference(plan: Plan, level_word: str, abbreviation: str) -> str:
    """How the report's opening sentence cites the plan: "Quyết định số 48/QĐ-UBND ngày 03/3/2025 của Chủ tịch
    UBND xã ban hành Kế hoạch ...", or "Kế hoạch số 05/KH-UBND ngày ... của UBND xã về ..."."""
    def number_and_date(doc: Any) -> str:
        parts = []
        if doc.number is not None:
            parts.append(f"số {format_number(doc.number, doc.symbol)}")
        if doc.issued_on is not None:
            parts.append(f"ngày {vnformat.short_date(doc.issued_on)}")
        return (" " + " ".join(parts)) if parts else ""

    decision = plan.decision
    if decision is not None:
        by = issuer_words(decision.authority_line, abbreviation, level_word)
        return f"Quyết định{number_and_date(decision)} của {by} về việc {_lower_first(decision.subject)}"
    doc = plan.document
    kind = "Kế hoạch" if doc.type is DocumentType.PLAN else "văn bản"
    return f"{kind}{number_and_date(doc)} của {abbreviation} {level_word} về {_lower_first(doc.subject)}"


def _outline(session: Session, plan: Plan, tasks: list[TrackedTask],
             evidence: dict[int, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    tracked = {t.task_id: t for t in tasks}
    children: dict[int | None, list[OutlineItem]] = defaultdict(list)
    for item in session.scalars(sa.select(OutlineItem).where(OutlineItem.plan_id == plan.id)
                                .order_by(OutlineItem.position, OutlineItem.id)):
        children[item.parent_id].append(item)
    result: list[dict[str, Any]] = []

    def walk(parent: int | None, groups: list[str]) -> None:
        for item in children[parent]:
            if item.kind is OutlineKind.GROUP:
                result.append({"kind": "group", "label": item.label or "", "text": item.text, "depth": len(groups)})
                walk(item.id, [*groups, item.text])
                continue
            t = tracked.get(item.id)
            if t is not None:
                result.append({
                    "kind": "task", "label": t.label or "", "text": t.content, "depth": len(groups),
                    "groups": groups, "lead_units": list(t.lead_units),
                    "cooperating_units": list(t.cooperating_units), "schedule": t.schedule_text or "",
                    "schedule_kind": t.schedule_kind, "status": t.status.value,
                    "next_checkpoint": t.next_checkpoint.isoformat() if t.next_checkpoint else None,
                    "open_checkpoints": [c.day.isoformat() for c in t.checkpoints  # deadlines, not an ongoing
                                         if c.status not in DONE_STATES and not c.period],  # task's months
                    "evidence": evidence.get(item.id, []),
                })
            walk(item.id, groups)

    walk(None, [])
    return result


def _evidence(session: Session, task_ids: list[int], at: date) -> dict[int, list[dict[str, Any]]]:
    """Evidence dated on or before `at` (or undated), oldest first."""
    result: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for e in session.scalars(sa.select(Evidence).where(Evidence.task_id.in_(task_ids))
                             .order_by(Evidence.doc_date, Evidence.id)):
        if e.doc_date is None or e.doc_date <= at:
            result[e.task_id].append({"number": e.doc_number, "date": e.doc_date.isoformat() if e.doc_date else None,
                                      "subject": e.subject})
    return result


def collect(session: Session, tracking: TrackingService, plan: Plan, period_key: str, today: date) -> dict[str, Any]:
    """The snapshot of a plan's figures for a period, judged at its cut-off (or today, if that comes first)."""
    organization = the_organization(session)
    cutoff = organization.report_cutoff_day
    period = periods.period(period_key, cutoff)
    at = min(period.end, today)
    next_end = periods.period(words.next_period_end_key(period_key), cutoff).end
    level_word = LEVEL_WORD[organization.level]
    tasks = tracking.tasks(plan_id=plan.id, at=at)
    evidence = _evidence(session, [t.task_id for t in tasks], at)
    results = tracking.indicator_results(plan.id, period_key)
    dossiers = tracking.dossier_table(period_key)
    groups = {i.id: (i.group_label, i.group_title) for i in plan.indicators}
    return {
        "version": VERSION,
        "at": at.isoformat(),
        "period": {"key": period.key, "kind": period.kind, "start": period.start.isoformat(),
                   "end": period.end.isoformat()},
        "next_period": {"start": (period.end + timedelta(days=1)).isoformat(), "end": next_end.isoformat()},
        "words": {
            "period": words.period_label(period_key), "year": str(period.year),
            "next_period": words.next_period_label(period_key), "commune": f"{level_word} {organization.name}",
            "level": level_word, "upstream": organization.upstream_name or "",
            "in_period": "Trong năm" if period.kind == "year" else "Trong kỳ",
        },
        "plan": {"id": plan.id, "year": plan.year,
                 "reference": plan_reference(plan, level_word, organization.issuer_abbreviation)},
        "issuer": {"name": organization.name, "level_word": level_word,
                   "abbreviation": organization.issuer_abbreviation, "parent_line": organization.parent_name},
        "outline": _outline(session, plan, tasks, evidence),
        "indicators": [{
            "group": groups.get(r.indicator_id, (None, None))[0],
            "group_title": groups.get(r.indicator_id, (None, None))[1], "label": r.label, "name": r.name,
            "unit": r.unit,
            "comparator": r.comparator.value, "target": r.target, "value": r.value, "attainment": r.attainment.value,
            "ytd_value": r.year_to_date_value, "ytd_attainment": r.year_to_date_attainment.value,
        } for r in results],
        "dossiers": {"rows": [{"field": row.field, "counts": _counts(row)} for row in dossiers.rows],
                     "total": _counts(dossiers.total), "on_time_rate": dossiers.on_time_rate,
                     "online_rate": dossiers.online_rate},
    }
