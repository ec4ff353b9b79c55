"""Plans: list, read, create, copy into a new year, delete, and store plan JSON as a new plan."""

from __future__ import annotations

import copy
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, selectinload

from tthc_desktop.db.models import Indicator, OutlineItem, Plan, Task
from tthc_desktop.domain import yearshift
from tthc_desktop.domain.enums import DocumentType
from tthc_desktop.domain.plan_schema import OutlineNode, PlanJson, SectionNode
from tthc_desktop.domain.signature import choose_signer
from tthc_desktop.domain.templates import decision_json, plan_subject
from tthc_desktop.errors import NotFoundError, NumberTakenError
from tthc_desktop.i18n import _
from tthc_desktop.services import tracking_figures, values
from tthc_desktop.services.base import Service, touched
from tthc_desktop.services.changes import Part
from tthc_desktop.services.documents import document_info, ensure_editable, number_taken_message
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.services.organization import the_organization
from tthc_desktop.services.plan_json import build_plan, plan_loading_options, plan_to_json, proposed_target


class PlanService(Service):
    # ------------------------------------------------------------ reading

    def list_plans(self, year: int | None = None) -> list[PlanSummary]:
        with self._read() as session:
            query = sa.select(Plan).options(selectinload(Plan.document), selectinload(Plan.decision)).order_by(
                Plan.year.desc(), Plan.id)
            if year is not None:
                query = query.where(Plan.year == year)
            plans = session.scalars(query).all()
            counts = self._counts(session, [p.id for p in plans])
            return [self._summary(p, *counts.get(p.id, (0, 0))) for p in plans]

    def years(self) -> list[int]:
        with self._read() as session:
            return list(session.scalars(sa.select(Plan.year).distinct().order_by(Plan.year.desc())))

    def get(self, plan_id: int) -> PlanSummary:
        with self._read() as session:
            plan = self._load(session, plan_id)
            return self._summary(plan, *self._counts(session, [plan_id]).get(plan_id, (0, 0)))

    def export_json(self, plan_id: int) -> PlanJson:
        with self._read() as session:
            return plan_to_json(self._load(session, plan_id, plan_loading_options()))

    # ------------------------------------------------------------ writing

    def create_plan(self, year: int) -> PlanSummary:
        """An empty draft plan for `year` with its decision, from the commune's template: default subjects,
        articles and columns, the chair as signer, and the legal bases of the latest decision to review."""
        year = values.year(values.label("year"), year)
        with self._write(Part.PLANS) as session:
            organization = the_organization(session)
            subject = plan_subject(year, organization.level, organization.name)
            decision = decision_json(year, organization.level, organization.name, subject)
            chair = choose_signer(organization.officials)
            if chair is not None:
                decision["signer"] = {"position": chair.position, "name": chair.name}
            latest = session.scalars(sa.select(Plan).where(Plan.organization_id == organization.id,
                                                           Plan.decision_id.is_not(None))
                                     .order_by(Plan.year.desc(), Plan.id.desc())).first()
            if latest is not None and latest.decision is not None:
                decision["legal_bases"] = [b.text for b in latest.decision.legal_bases]
                decision["proposed_by"] = latest.decision.proposed_by
            data: PlanJson = {"year": year,
                              "documents": [decision, {"type": DocumentType.PLAN.value, "subject": subject}]}
            plan = build_plan(session, organization, data, as_draft=True, check=False)
            session.flush()
            touched(session, plan.id)
            return self._summary(plan, 0, 0)

    def create_from_json(self, data: PlanJson, *, as_draft: bool = True) -> PlanSummary:
        """Store plan JSON as a new plan; as issued (`as_draft=False`) only if its numbers are free."""
        with self._write(Part.PLANS) as session:
            plan = build_plan(session, the_organization(session), data, as_draft=as_draft)
            try:
                session.flush()
            except sa_exc.IntegrityError as error:
                numbers = ", ".join(number for d in data.get("documents", []) if (number := d.get("number")))
                raise NumberTakenError(number_taken_message(numbers, plan.year)) from error
            touched(session, plan.id)
            tasks = sum(isinstance(i, Task) for i in plan.items)
            return self._summary(plan, tasks, len(plan.indicators))

    def copy_plan(self, plan_id: int, to_year: int) -> PlanSummary:
        """A new draft for `to_year` from a plan: years moved on in subjects and schedules, no number or date.
        Its figures go over as stored (the checks flag one an older file held outside its bound)."""
        to_year = values.year(values.label("year"), to_year)
        with self._write(Part.PLANS) as session:
            source = self._load(session, plan_id)
            data = shift_plan_json(plan_to_json(source), source.year, to_year)
            if to_year > source.year:  # an amendment in the same year keeps the targets as issued
                propose_targets(data, _year_results(session, source))
            plan = build_plan(session, the_organization(session), data, as_draft=True, check=False)
            plan.copied_from_id = source.id
            session.flush()
            touched(session, plan.id)
            tasks = sum(isinstance(i, Task) for i in plan.items)
            return self._summary(plan, tasks, len(plan.indicators))

    def delete_plan(self, plan_id: int) -> None:
        """Delete a draft plan with its documents; an issued plan is refused."""
        with self._write(Part.PLANS, plan=plan_id) as session:
            plan = self._load(session, plan_id)
            documents = [d for d in (plan.document, plan.decision) if d is not None]
            for doc in documents:
                ensure_editable(doc)
            session.delete(plan)
            session.flush()
            for doc in documents:
                session.delete(doc)

    # ------------------------------------------------------------ helpers

    @staticmethod
    def _load(session: Session, plan_id: int, options: list[Any] | None = None) -> Plan:
        return load_plan(session, plan_id, options)

    @staticmethod
    def _counts(session: Session, plan_ids: list[int]) -> dict[int, tuple[int, int]]:
        if not plan_ids:
            return {}
        tasks = dict(session.execute(
            sa.select(OutlineItem.plan_id, sa.func.count()).where(
                OutlineItem.plan_id.in_(plan_ids), OutlineItem.kind == "task"
            ).group_by(OutlineItem.plan_id)
        ).all())
        indicators = dict(session.execute(
            sa.select(Indicator.plan_id, sa.func.count()).where(Indicator.plan_id.in_(plan_ids)).group_by(
                Indicator.plan_id)
        ).all())
        return {pid: (tasks.get(pid, 0), indicators.get(pid, 0)) for pid in plan_ids}

    @staticmethod
    def _summary(plan: Plan, task_count: int, indicator_count: int) -> PlanSummary:
        return PlanSummary(
            id=plan.id,
            year=plan.year,
            subject=plan.document.subject,
            status=(plan.decision or plan.document).status,
            document=document_info(plan.document),
            decision=document_info(plan.decision) if plan.decision else None,
            task_count=task_count,
            indicator_count=indicator_count,
        )


def load_plan(session: Session, plan_id: int, options: list[Any] | None = None) -> Plan:
    """The plan with this id, or a NotFoundError that says how to find the right one."""
    plan = session.get(Plan, plan_id, options=options)
    if plan is None:
        raise NotFoundError(_("Plan {id} does not exist. List the plans to see their numbers.").format(id=plan_id))
    return plan


def shift_plan_json(data: PlanJson, from_year: int, to_year: int) -> PlanJson:
    """Plan JSON moved on to `to_year`: legal bases kept as written for the clerk to review."""
    result = copy.deepcopy(data)
    result["year"] = to_year
    for doc in result["documents"]:
        doc["subject"] = yearshift.shift_prose(doc["subject"], from_year, to_year)
        doc["articles"] = [yearshift.shift_prose(a, from_year, to_year) for a in doc["articles"]]
        if doc.get("date"):
            doc["date"] = {"year": to_year, "month": None, "day": None}
        doc["number"] = None

    def shift(nodes: list[OutlineNode]) -> None:
        for node in nodes:
            node["text"] = yearshift.shift_prose(node["text"], from_year, to_year)
            if node["kind"] == "task":
                node["schedule_text"] = yearshift.shift_schedule(node["schedule_text"], from_year, to_year)
                node["expected_result"] = yearshift.shift_prose(node["expected_result"], from_year, to_year)
            shift(node["children"])

    def shift_sections(nodes: list[SectionNode]) -> None:  # the free text: "… năm 2026" as in the subject
        for node in nodes:
            node["text"] = yearshift.shift_prose(node["text"], from_year, to_year)
            shift_sections(node.get("children") or [])

    shift(result["outline"])
    for doc in result["documents"]:
        shift_sections(doc.get("sections") or [])
    for column in [*result.get("task_columns", []), *result.get("indicator_columns", [])]:
        column["title"] = yearshift.shift_prose(column["title"], from_year, to_year)
    for indicator in result["indicators"]:
        # Last year's target becomes the reference; its result is not known until the clerk enters it.
        indicator["last_year"] = None
    return result


def _year_results(session: Session, plan: Plan) -> list[float | None]:
    """Each indicator's result for the whole year from the tracker (None where nothing was entered)."""
    results = tracking_figures.indicator_results(session, plan, f"{plan.year:04d}-Y")
    return [r.standing.value for r in results]  # the year's figure, else the year report period's (one rule)


def propose_targets(data: PlanJson, last_results: list[float | None]) -> None:
    """Last year's results into a copied plan, and targets proposed from them by the target rule.

    Where the rule has no basis (no result and no upstream target) the target stays as it was written."""
    for indicator, result in zip(data["indicators"], last_results, strict=False):
        indicator["last_year"] = result
        target, _rule = proposed_target(indicator)
        if target is not None:
            indicator["target"] = target
