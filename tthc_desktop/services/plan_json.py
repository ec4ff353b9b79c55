"""The plan JSON (documents, outline, indicators): written from the database and read back into it.

It is the one exchange format of the app: `export-json`, the demo fixture, and the importers all speak it.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from typing import Any

from sqlalchemy.orm import Session, object_session, selectinload

from tthc_desktop.db.models import (
    Article,
    Document,
    Indicator,
    LegalBasis,
    Organization,
    OutlineItem,
    Plan,
    Recipient,
    Section,
    Task,
    TaskGroup,
    UnitAssignment,
)
from tthc_desktop.domain import bounds
from tthc_desktop.domain import columns as cols
from tthc_desktop.domain.enums import (
    Comparator,
    DocumentStatus,
    DocumentType,
    OutlineKind,
    SectionKind,
    UnitRole,
)
from tthc_desktop.domain.numbering import format_number, parse_number, symbol_for
from tthc_desktop.domain.periods import TargetRule, propose_target
from tthc_desktop.domain.plan_schema import (
    DateJson,
    DocumentJson,
    IndicatorJson,
    OutlineNode,
    PlanJson,
    SectionNode,
    SignerJson,
)
from tthc_desktop.domain.schedule import parse_schedule
from tthc_desktop.domain.signature import authority_line, parse_authority
from tthc_desktop.domain.templates import plan_subject
from tthc_desktop.domain.text import clean
from tthc_desktop.domain.units import UnitMatcher, UnitName, unit_key
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _
from tthc_desktop.services import values
from tthc_desktop.services.unit_matching import unit_matcher

# ---------------------------------------------------------------- database -> JSON


def plan_to_json(plan: Plan) -> PlanJson:
    documents = [d for d in (plan.decision, plan.document) if d is not None]
    attached = plan.decision is not None
    # The tree from rows already loaded (plan.items is ordered by position), not a query per node.
    children: dict[int | None, list[OutlineItem]] = defaultdict(list)
    for item in plan.items:
        children[item.parent_id].append(item)
    return {
        "year": plan.year,
        "documents": [_document_to_json(d, attached=attached and d is plan.document) for d in documents],
        "outline": [_item_to_json(item, children, plan.year) for item in children[None]],
        "indicators": [_indicator_to_json(i) for i in plan.indicators],
        "task_columns": plan.task_columns,
        "indicator_columns": plan.indicator_columns,
        "task_appendix_title": plan.task_appendix_title,
        "indicator_appendix_title": plan.indicator_appendix_title,
    }


def _document_to_json(doc: Document, attached: bool) -> DocumentJson:
    # A plan issued with a decision has no number or date line of its own.
    number = None if doc.number is None else format_number(doc.number, doc.symbol)
    date: DateJson | None = None if attached else {"year": doc.year, "month": doc.issue_month, "day": doc.issue_day}
    signer: SignerJson | None = None
    if doc.signer_name or doc.signer_position:
        signer = {
            "authority": authority_line(doc.signing_authority),
            "position": doc.signer_position,
            "name": doc.signer_name,
        }
    return {
        "type": doc.type.value,
        "number": number,
        "status": doc.status.value,
        "place": doc.place,
        "date": date,
        "subject": doc.subject,
        "authority_line": doc.authority_line,
        "legal_bases": [b.text for b in doc.legal_bases],
        "proposed_by": doc.proposed_by,
        "articles": [a.text for a in doc.articles],
        "signer": signer,
        "recipients": [r.text for r in doc.recipients],
        "sections": [_section_to_json(s) for s in doc.sections if s.parent_id is None],
    }


def _section_to_json(section: Section) -> SectionNode:
    return {
        "kind": section.kind.value,
        "label": section.label,
        "text": section.text,
        "children": [_section_to_json(child) for child in section.children],
    }


def _item_to_json(item: OutlineItem, children: dict[int | None, list[OutlineItem]], year: int) -> OutlineNode:
    node: OutlineNode = {"kind": item.kind.value, "label": item.label, "text": item.text, "children": []}
    if isinstance(item, Task):
        node.update({
            "objective": item.objective,
            "expected_result": item.expected_result,
            "lead_units": item.units(UnitRole.LEAD),
            "cooperating_units": item.units(UnitRole.COOPERATING),
            "schedule_text": item.schedule_text,
            "schedule": parse_schedule(item.schedule_text, year),
        })
    node["children"] = [_item_to_json(child, children, year) for child in children[item.id]]
    return node


def _indicator_to_json(indicator: Indicator) -> IndicatorJson:
    return {
        "group": indicator.group_label,
        "group_title": indicator.group_title,
        "label": indicator.label,
        "name": indicator.name,
        "unit": indicator.unit,
        "comparator": indicator.comparator.value,
        "target": indicator.target,
        "upstream_target": indicator.upstream_target,
        "last_year": indicator.last_year,
        "basis": indicator.basis,
        "formula": indicator.formula,
        "numerator_name": indicator.numerator_name,
        "denominator_name": indicator.denominator_name,
        "lead_units": indicator.units(UnitRole.LEAD),
        "cooperating_units": indicator.units(UnitRole.COOPERATING),
    }


def proposed_target(indicator: IndicatorJson) -> tuple[float | None, TargetRule]:
    """What the target rule proposes for an indicator (plan JSON) from last year's result and the upstream
    target; nothing (NO_BASIS) when either figure is outside its bound, as an older file may hold."""
    last, upstream, unit = indicator.get("last_year"), indicator.get("upstream_target"), indicator.get("unit")
    bound = bounds.figure_bound(unit)
    if any(v is not None and bounds.breach(bound, v) is not None for v in (last, upstream)):
        return None, TargetRule.NO_BASIS
    return propose_target(last, upstream, bound.percent)


def plan_loading_options() -> list[Any]:
    """Everything plan_to_json reads, in a handful of queries instead of one per row."""
    return [
        selectinload(Plan.items.of_type(Task)).selectinload(Task.assignments),
        selectinload(Plan.indicators).selectinload(Indicator.assignments),
        selectinload(Plan.document).selectinload(Document.legal_bases),
        selectinload(Plan.document).selectinload(Document.recipients),
        selectinload(Plan.document).selectinload(Document.articles),
        selectinload(Plan.document).selectinload(Document.sections),
        selectinload(Plan.decision).selectinload(Document.legal_bases),
        selectinload(Plan.decision).selectinload(Document.recipients),
        selectinload(Plan.decision).selectinload(Document.articles),
        selectinload(Plan.decision).selectinload(Document.sections),
    ]


# ---------------------------------------------------------------- JSON -> database


class UnitIndex:
    """Finds the commune's Unit a written name refers to: the rule of domain.units with the clerk's matches."""

    def __init__(self, organization: Organization) -> None:
        session = object_session(organization)
        self._matcher = unit_matcher(session, organization) if session is not None else UnitMatcher(
            [UnitName(u.id, u.name, u.abbreviation) for u in organization.units])

    @staticmethod
    def key(name: str) -> str:
        return unit_key(name)

    def find(self, name: str) -> int | None:
        return self._matcher.unit_of(name)


def build_plan(session: Session, organization: Organization, data: PlanJson, *, as_draft: bool,
               check: bool = True) -> Plan:
    """A new Plan (with its documents) from plan JSON, added to `session`. Raises DataError on bad data.

    `check`: numbers and dates are held to `domain.bounds` (JSON from outside: a file, the importers). A copy of
    a plan the app already holds passes False: its values go over as stored, and the checks flag any that an
    older file held outside its bound (a copy must not fail on them)."""
    try:
        return _PlanBuilder(session, organization, as_draft, check).build(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DataError(
            _("The plan data is not valid ({reason}). Expected the plan JSON of TTHC Desktop.").format(reason=exc)
        ) from exc


class _PlanBuilder:
    def __init__(self, session: Session, organization: Organization, as_draft: bool, check: bool = True) -> None:
        self.session = session
        self.organization = organization
        self.as_draft = as_draft
        self.check = check
        self.units = UnitIndex(organization)
        self.officials = {o.name.casefold(): o.id for o in organization.officials}

    def build(self, data: PlanJson) -> Plan:
        docs = list(data.get("documents") or [])
        year = data.get("year") or next((date["year"] for d in docs if (date := d.get("date"))), None)
        if not isinstance(year, int) or isinstance(year, bool):
            raise ValueError(_("the plan has no year"))
        if self.check:
            values.year(values.label("year"), year)
        decision_data = next((d for d in docs if d.get("type") == DocumentType.DECISION.value), None)
        plan_data = next((d for d in docs if d.get("type") == DocumentType.PLAN.value), None)
        if plan_data is None:
            plan_data = {"type": DocumentType.PLAN.value, "subject": plan_subject(
                year, self.organization.level, self.organization.name)}
        decision = self.document(decision_data, year) if decision_data else None
        document = self.document(plan_data, year)
        plan = Plan(
            organization_id=self.organization.id,
            year=year,
            document=document,
            decision=decision,
            task_columns=cols.normalise_columns(data.get("task_columns") or cols.DEFAULT_TASK_COLUMNS,
                                                cols.TASK_COLUMN_KEYS),
            indicator_columns=cols.normalise_columns(
                data.get("indicator_columns") or cols.default_indicator_columns(year), cols.INDICATOR_COLUMN_KEYS
            ),
            task_appendix_title=clean(data.get("task_appendix_title")),
            indicator_appendix_title=clean(data.get("indicator_appendix_title")),
        )
        self.session.add(plan)
        for position, node in enumerate(data.get("outline") or []):
            self.item(plan, None, position, node)
        for position, entry in enumerate(data.get("indicators") or []):
            plan.indicators.append(self.indicator(position, entry))
        return plan

    def document(self, data: DocumentJson, year: int) -> Document:
        doc_type = DocumentType(data["type"])
        date = data.get("date") or DateJson(year=None, month=None, day=None)
        number, symbol = None, symbol_for(doc_type, self.organization.issuer_abbreviation)
        if written := data.get("number"):
            number, symbol = parse_number(written)
        status = DocumentStatus(data.get("status") or DocumentStatus.DRAFT.value)
        if self.check:
            self.date(date.get("year") or year, date.get("month"), date.get("day"))
        if self.as_draft:
            number, status = None, DocumentStatus.DRAFT
        signer = data.get("signer") or {}
        signer_name = clean(signer.get("name"))
        doc = Document(
            organization_id=self.organization.id,
            type=doc_type,
            number=number,
            symbol=symbol,
            year=date.get("year") or year,
            issue_month=date.get("month"),
            issue_day=date.get("day"),
            place=clean(data.get("place")) or self.organization.place_name,
            subject=clean(data.get("subject")) or "",
            status=status,
            authority_line=clean(data.get("authority_line")),
            proposed_by=clean(data.get("proposed_by")),
            addressee=clean(data.get("addressee")),
            signing_authority=parse_authority(signer.get("authority")),
            signer_id=self.officials.get(signer_name.casefold()) if signer_name else None,
            signer_position=clean(signer.get("position")),
            signer_name=signer_name,
        )
        doc.legal_bases = [LegalBasis(position=i, text=clean(t)) for i, t in enumerate(data.get("legal_bases") or [])]
        doc.recipients = [Recipient(position=i, text=clean(t)) for i, t in enumerate(data.get("recipients") or [])]
        doc.articles = [Article(position=i, text=clean(t)) for i, t in enumerate(data.get("articles") or [])]
        for position, node in enumerate(data.get("sections") or []):
            self.section(doc, None, position, node)
        return doc

    def section(self, doc: Document, parent: Section | None, position: int, node: SectionNode) -> None:
        section = Section(
            position=position, kind=SectionKind(node.get("kind") or "paragraph"),
            label=clean(node.get("label")), text=clean(node.get("text")) or "",
        )
        doc.sections.append(section)
        if parent is not None:
            parent.children.append(section)
        for child_position, child in enumerate(node.get("children") or []):
            self.section(doc, section, child_position, child)

    def item(self, plan: Plan, parent: OutlineItem | None, position: int, node: OutlineNode) -> None:
        kind = OutlineKind(node["kind"])
        common = {"position": position, "label": clean(node.get("label")), "text": clean(node.get("text")) or ""}
        if kind is OutlineKind.GROUP:
            item: OutlineItem = TaskGroup(**common)
        else:
            item = Task(
                **common,
                objective=clean(node.get("objective")),
                expected_result=clean(node.get("expected_result")),
                schedule_text=clean(node.get("schedule_text")),
                note=clean(node.get("note")),
            )
            item.assignments = self.assignments(node)
        plan.items.append(item)
        item.parent = parent
        for child_position, child in enumerate(node.get("children") or []):
            self.item(plan, item, child_position, child)

    def indicator(self, position: int, entry: IndicatorJson) -> Indicator:
        name, label, unit = clean(entry["name"]), clean(entry.get("label")), clean(entry.get("unit"))
        shown = label or name or str(position + 1)
        figures = {field: self.figure(field, entry.get(field), unit, shown) for field in bounds.INDICATOR_FIGURES}
        indicator = Indicator(
            position=position,
            group_label=clean(entry.get("group")),
            group_title=clean(entry.get("group_title")),
            label=label,
            name=name,
            unit=unit,
            comparator=Comparator(entry.get("comparator") or Comparator.AT_LEAST.value),
            **figures,
            basis=clean(entry.get("basis")),
            formula=clean(entry.get("formula")),
            numerator_name=clean(entry.get("numerator_name")),
            denominator_name=clean(entry.get("denominator_name")),
        )
        indicator.assignments = self.assignments(entry)
        return indicator

    def assignments(self, node: OutlineNode | IndicatorJson) -> list[UnitAssignment]:
        return (self.role_assignments(UnitRole.LEAD, node.get("lead_units") or [])
                + self.role_assignments(UnitRole.COOPERATING, node.get("cooperating_units") or []))

    def role_assignments(self, role: UnitRole, names: list[str]) -> list[UnitAssignment]:
        """Each unit name in turn, linked to the commune's unit it names (free text kept as written)."""
        result = []
        for position, name in enumerate(names):
            text = clean(name) or ""
            result.append(UnitAssignment(role=role, position=position, text=text, unit_id=self.units.find(text)))
        return result

    def figure(self, field: str, raw: Any, unit: str | None, indicator: str) -> float | None:
        """A target or last year's result: read and bounded by the indicator's unit, or (a copy) as stored."""
        if self.check:
            return values.figure(values.indicator_field(field, indicator), raw, bounds.figure_bound(unit))
        if raw is None or isinstance(raw, bool):
            return None
        return float(raw)

    @staticmethod
    def date(year: Any, month: Any, day: Any) -> None:
        """A document's date from JSON: its year within the bounds, and a day that exists."""
        values.year(values.label("year"), year)
        if month is not None and day is not None:
            values.day(values.label("issued_on"), datetime.date(year, month, day))
        elif month is not None and not 1 <= month <= 12:
            raise ValueError(_("month {month} does not exist").format(month=month))
