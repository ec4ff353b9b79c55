"""The parts of a plan beside its outline: document headers, legal bases, recipients, articles, free-text
sections and the indicator table. Each edit is one transaction, refused once the document is issued.

Lists (legal bases, recipients, articles, sections) are written whole: they are short, and an undo step then
only has to remember the list before and after. Indicators are rows with ids, like outline items, because the
tracker keys measurements on them; deleting one returns a snapshot that `restore_indicator` puts back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from tthc_desktop.db.models import (
    Article,
    Document,
    Indicator,
    LegalBasis,
    Measurement,
    Official,
    Plan,
    Recipient,
    Section,
)
from tthc_desktop.domain import bounds, templates
from tthc_desktop.domain.enums import Comparator, DocumentStatus, DocumentType, SectionKind, UnitRole
from tthc_desktop.domain.numbering import format_number
from tthc_desktop.domain.periods import TargetRule
from tthc_desktop.domain.plan_schema import IndicatorJson
from tthc_desktop.domain.text import clean
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.i18n import _
from tthc_desktop.services import values as door
from tthc_desktop.services.base import Service, touched
from tthc_desktop.services.changes import Part
from tthc_desktop.services.documents import ensure_editable, touch_owner
from tthc_desktop.services.organization import the_organization
from tthc_desktop.services.plan_json import _indicator_to_json, _PlanBuilder, proposed_target
from tthc_desktop.services.plans import load_plan

TEXT_LISTS = ("legal_bases", "recipients", "articles")
_LIST_ROWS = {"legal_bases": LegalBasis, "recipients": Recipient, "articles": Article}
INDICATOR_FIELDS = ("group", "group_title", "label", "name", "unit", "comparator", "target", "upstream_target",
                    "last_year", "basis", "formula", "numerator_name", "denominator_name", "lead_units",
                    "cooperating_units")
_COLUMNS = {"group": "group_label"}  # JSON name -> column, where they differ


@dataclass(frozen=True)
class SectionRow:
    """One free-text paragraph of a document, flattened: depth 0 is a top heading, 1 under it, and so on."""

    depth: int
    kind: SectionKind
    label: str | None
    text: str


@dataclass(frozen=True)
class DocumentContent:
    id: int
    type: DocumentType
    status: DocumentStatus
    number_text: str
    year: int
    issue_month: int | None
    issue_day: int | None
    place: str
    subject: str
    authority_line: str | None
    proposed_by: str | None
    addressee: str | None
    signer_id: int | None
    signer_position: str | None
    signer_name: str | None
    legal_bases: tuple[str, ...]
    recipients: tuple[str, ...]
    articles: tuple[str, ...]
    sections: tuple[SectionRow, ...]


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    position: int
    values: IndicatorJson  # the plan JSON fields of INDICATOR_FIELDS

    def proposal(self) -> tuple[float | None, TargetRule]:
        """What the target rule proposes from last year's result and the upstream target."""
        return proposed_target(self.values)


@dataclass(frozen=True)
class PlanContent:
    plan_id: int
    year: int
    editable: bool
    plan: DocumentContent
    decision: DocumentContent | None
    indicators: tuple[IndicatorRow, ...]


def _CONTENT_OPTIONS() -> list[Any]:  # noqa: N802
    """What `content` reads, in a handful of queries: the documents and the indicators, not the outline (a
    1,000-task plan's rows are the editor's tree, read apart)."""
    options: list[Any] = [selectinload(Plan.indicators).selectinload(Indicator.assignments)]
    for document in (Plan.document, Plan.decision):
        options += [selectinload(document).selectinload(part) for part in (
            Document.legal_bases, Document.recipients, Document.articles, Document.sections)]
    return options


def section_rows(doc: Document) -> tuple[SectionRow, ...]:
    rows: list[SectionRow] = []

    def walk(sections: list[Section], depth: int) -> None:
        for section in sorted(sections, key=lambda s: s.position):
            rows.append(SectionRow(depth, section.kind, section.label, section.text))
            walk(section.children, depth + 1)

    walk([s for s in doc.sections if s.parent_id is None], 0)
    return tuple(rows)


def _content(doc: Document) -> DocumentContent:
    return DocumentContent(
        id=doc.id, type=doc.type, status=doc.status, number_text=format_number(doc.number, doc.symbol),
        year=doc.year, issue_month=doc.issue_month, issue_day=doc.issue_day, place=doc.place, subject=doc.subject,
        authority_line=doc.authority_line, proposed_by=doc.proposed_by, addressee=doc.addressee,
        signer_id=doc.signer_id, signer_position=doc.signer_position, signer_name=doc.signer_name,
        legal_bases=tuple(b.text for b in doc.legal_bases), recipients=tuple(r.text for r in doc.recipients),
        articles=tuple(a.text for a in doc.articles), sections=section_rows(doc),
    )


def _indicator_row(indicator: Indicator) -> IndicatorRow:
    return IndicatorRow(indicator.id, indicator.position, _indicator_to_json(indicator))


class PlanContentService(Service):
    # ---------------------------------------------------------------- reading

    def content(self, plan_id: int) -> PlanContent:
        with self._read() as session:
            plan = load_plan(session, plan_id, _CONTENT_OPTIONS())
            return PlanContent(
                plan_id=plan.id, year=plan.year, editable=plan.document.status is DocumentStatus.DRAFT,
                plan=_content(plan.document), decision=_content(plan.decision) if plan.decision else None,
                indicators=tuple(_indicator_row(i) for i in sorted(plan.indicators, key=lambda i: i.position)),
            )

    # ---------------------------------------------------------------- documents

    def set_texts(self, document_id: int, kind: str, texts: list[str]) -> None:
        """Replace a document's legal bases, recipients or articles; blank lines are dropped."""
        if kind not in TEXT_LISTS:
            raise ValueError(f"not a text list: {kind}")
        row = _LIST_ROWS[kind]
        with self._write(Part.DOCUMENTS) as session:
            doc = self._document(session, document_id)
            kept = [t for t in (clean(text) for text in texts) if t]
            setattr(doc, kind, [row(position=i, text=t) for i, t in enumerate(kept)])

    def set_sections(self, document_id: int, rows: list[SectionRow]) -> None:
        """Replace a document's free-text sections from their flattened rows (depth can rise one at a time)."""
        with self._write(Part.DOCUMENTS) as session:
            doc = self._document(session, document_id)
            session.execute(sa.delete(Section).where(Section.document_id == doc.id))
            session.expire(doc, ["sections"])
            parents: list[Section] = []
            counts: dict[int | None, int] = {}
            for row in rows:
                depth = max(0, min(row.depth, len(parents)))
                del parents[depth:]
                parent = parents[-1] if parents else None
                key = id(parent) if parent is not None else None
                position = counts.get(key, 0)
                counts[key] = position + 1
                section = Section(position=position, kind=SectionKind(row.kind), label=clean(row.label),
                                  text=clean(row.text) or "")
                doc.sections.append(section)
                if parent is not None:
                    parent.children.append(section)
                parents.append(section)

    def set_signer(self, document_id: int, official_id: int | None) -> None:
        """Sign with one of the commune's officials (position and name copied), or clear the signer."""
        with self._write(Part.DOCUMENTS) as session:
            doc = self._document(session, document_id)
            if official_id is None:
                doc.signer_id, doc.signer_position, doc.signer_name = None, None, None
                return
            official = session.get(Official, official_id)
            if official is None:
                raise NotFoundError(_("Official {id} does not exist.").format(id=official_id))
            doc.signer_id, doc.signer_position, doc.signer_name = official.id, official.position, official.name

    def set_signer_text(self, document_id: int, position: str | None, name: str | None) -> None:
        """A signer typed by hand (an official not in the list yet)."""
        with self._write(Part.DOCUMENTS) as session:
            doc = self._document(session, document_id)
            doc.signer_id, doc.signer_position, doc.signer_name = None, clean(position), clean(name)

    def default_articles(self, plan_id: int) -> list[str]:
        """The decision's articles as the app would write them for this plan (for "Generate articles")."""
        with self._read() as session:
            plan = load_plan(session, plan_id)
            organization = the_organization(session)
            proposer = plan.decision.proposed_by if plan.decision else None
            return templates.decision_articles(plan.document.subject, organization.level, proposer)

    def ensure_decision(self, plan_id: int) -> int:
        """The decision that issues the plan, made from the commune's template when the plan has none yet."""
        with self._write(Part.DOCUMENTS, Part.PLANS, plan=plan_id) as session:
            plan = load_plan(session, plan_id)
            if plan.decision is not None:
                return plan.decision.id
            ensure_editable(plan.document)
            organization = the_organization(session)
            builder = _PlanBuilder(session, organization, as_draft=True)
            data = templates.decision_json(plan.year, organization.level, organization.name, plan.document.subject)
            decision = builder.document(data, plan.year)
            plan.decision = decision
            session.flush()
            return decision.id

    # ---------------------------------------------------------------- indicators

    def update_indicator(self, indicator_id: int, **changes: Any) -> IndicatorRow:
        """Change some fields of an indicator. Numbers come as typed ("1.250", "95,5") or as numbers; each is
        held to the bound of the indicator's unit (as changed), and a new unit holds the figures already there."""
        unknown = set(changes) - set(INDICATOR_FIELDS)
        if unknown:
            raise ValueError(f"not an indicator field: {sorted(unknown)}")
        with self._write(Part.INDICATORS) as session:
            indicator = self._indicator(session, indicator_id)
            builder = _PlanBuilder(session, the_organization(session), as_draft=True)
            for name, value in changes.items():
                if name in ("lead_units", "cooperating_units"):
                    role = UnitRole.LEAD if name == "lead_units" else UnitRole.COOPERATING
                    kept = [a for a in indicator.assignments if a.role is not role]
                    indicator.assignments = kept + builder.role_assignments(role, list(value or []))
                elif name in bounds.INDICATOR_FIGURES:
                    continue  # below, with the unit as changed
                elif name == "comparator":
                    indicator.comparator = Comparator(value or Comparator.AT_LEAST.value)
                elif name == "name":
                    text = clean(value)
                    if not text:
                        raise DataError(_("An indicator needs a name."))
                    indicator.name = text
                else:
                    setattr(indicator, _COLUMNS.get(name, name), clean(value) if isinstance(value, str) else value)
            bound, shown = bounds.figure_bound(indicator.unit), indicator.label or indicator.name
            for name in bounds.INDICATOR_FIGURES:
                if name in changes or "unit" in changes:
                    raw = changes.get(name, getattr(indicator, name))
                    setattr(indicator, name, door.figure(door.indicator_field(name, shown), raw, bound))
            session.flush()
            return _indicator_row(indicator)

    def insert_indicator(self, plan_id: int, position: int, values: IndicatorJson | None = None) -> int:
        """A new indicator at `position`, with `values` (plan JSON fields; default a rate named "New indicator")."""
        with self._write(Part.INDICATORS, plan=plan_id) as session:
            plan = self._plan(session, plan_id)
            entry: IndicatorJson = {"name": _("New indicator"), "unit": "%"}
            entry.update(values or {})
            builder = _PlanBuilder(session, the_organization(session), as_draft=True)
            indicator = builder.indicator(position, entry)
            self._place(plan, indicator, position)
            session.flush()
            return indicator.id

    def delete_indicator(self, indicator_id: int) -> IndicatorRow:
        """Delete an indicator with its figures; returns what `restore_indicator` needs to put it back."""
        with self._write(Part.INDICATORS) as session:
            indicator = self._indicator(session, indicator_id)
            plan = indicator.plan
            ensure_editable(plan.document)
            measured = session.scalar(sa.select(sa.func.count()).select_from(Measurement).where(
                Measurement.indicator_id == indicator_id))
            if measured:
                raise DataError(_("The indicator \u201c{name}\u201d already has figures entered in the tracker. "
                                  "Clear them there first.").format(name=indicator.name))
            row = _indicator_row(indicator)
            plan.indicators.remove(indicator)
            session.delete(indicator)
            for position, other in enumerate(sorted(plan.indicators, key=lambda i: i.position)):
                other.position = position
            return row

    def restore_indicator(self, plan_id: int, row: IndicatorRow) -> None:
        with self._write(Part.INDICATORS, plan=plan_id) as session:
            plan = self._plan(session, plan_id)
            # the row as it was deleted: its values go back as they were, whatever their bounds
            builder = _PlanBuilder(session, the_organization(session), as_draft=True, check=False)
            indicator = builder.indicator(row.position, row.values)
            indicator.id = row.id
            self._place(plan, indicator, row.position)

    def move_indicator(self, indicator_id: int, position: int) -> None:
        with self._write(Part.INDICATORS) as session:
            indicator = self._indicator(session, indicator_id)
            ordered = sorted(indicator.plan.indicators, key=lambda i: i.position)
            ordered.remove(indicator)
            ordered.insert(max(0, min(position, len(ordered))), indicator)
            for index, other in enumerate(ordered):
                other.position = index

    # ---------------------------------------------------------------- helpers

    @staticmethod
    def _place(plan: Plan, indicator: Indicator, position: int) -> None:
        ordered = sorted(plan.indicators, key=lambda i: i.position)
        ordered.insert(max(0, min(position, len(ordered))), indicator)
        plan.indicators.append(indicator)
        for index, other in enumerate(ordered):
            other.position = index

    @staticmethod
    def _document(session: Session, document_id: int) -> Document:
        """The document to edit (refused once issued), named as the write's."""
        doc = session.get(Document, document_id)
        if doc is None:
            raise NotFoundError(_("Document {id} does not exist.").format(id=document_id))
        ensure_editable(doc)
        touch_owner(session, doc)
        return doc

    @staticmethod
    def _plan(session: Session, plan_id: int) -> Plan:
        plan = load_plan(session, plan_id)
        ensure_editable(plan.document)
        return plan

    @staticmethod
    def _indicator(session: Session, indicator_id: int) -> Indicator:
        indicator = session.scalars(sa.select(Indicator).where(Indicator.id == indicator_id)).first()
        if indicator is None:
            raise NotFoundError(_("Indicator {id} does not exist.").format(id=indicator_id))
        ensure_editable(indicator.plan.document)
        touched(session, indicator.plan_id)  # always within a write
        return indicator

