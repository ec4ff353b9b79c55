"""Documents: numbering within the year, issuing (which freezes), and edits refused once frozen.

Numbers come from the commune's register of outgoing documents (sổ đăng ký văn bản đi), which every document the
commune sends that year takes a number from, most of them made outside this app. So:
- the clerk types the number when issuing; the app proposes the larger of the last number it knows for that
  year (and symbol, when each type keeps its own register) plus one, and the register's next free number the
  clerk set in Settings for that year (`RegisterStart`);
- a number this app already holds for that year (and symbol, per type) is refused, naming the document that has it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from tthc_desktop.db.models import Document, LegalBasis, Organization, Plan, RegisterStart, Report
from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import DocumentStatus, DocumentType, NumberingPolicy
from tthc_desktop.domain.numbering import format_number, symbol_for
from tthc_desktop.domain.text import clean
from tthc_desktop.errors import DataError, FrozenDocumentError, NotFoundError, NumberTakenError
from tthc_desktop.i18n import _
from tthc_desktop.services import values
from tthc_desktop.services.base import Service, touched
from tthc_desktop.services.changes import Part
from tthc_desktop.services.dto import DocumentInfo

MAX_NUMBER = 99999  # a register never reaches it in a year
EDITABLE_FIELDS = {"subject", "place", "authority_line", "proposed_by", "addressee",
                   "signer_position", "signer_name", "issue_month", "issue_day"}


def document_info(doc: Document) -> DocumentInfo:
    return DocumentInfo(
        id=doc.id,
        type=doc.type,
        number=doc.number,
        number_text=format_number(doc.number, doc.symbol),
        year=doc.year,
        issued_on=doc.issued_on,
        subject=doc.subject,
        status=doc.status,
    )


def ensure_editable(doc: Document) -> None:
    """The one guard every edit of a document or of its plan passes."""
    if doc.is_frozen:
        raise FrozenDocumentError(
            _(
                "{number} is issued and can no longer be changed. "
                "Copy it into a new draft (amendment) to make changes."
            ).format(number=format_number(doc.number, doc.symbol))
        )


def touch_owner(session: Session, doc: Document) -> None:
    """Name, for the write's announcement, the plan a document belongs to: as its decision or plan, or as the
    document of one of its period reports (then the reports changed too)."""
    if doc.type is DocumentType.REPORT:
        touched(session, session.scalar(sa.select(Report.plan_id).where(Report.document_id == doc.id)),
                parts=(Part.REPORTS,))
    else:
        touched(session, session.scalar(sa.select(Plan.id).where(
            sa.or_(Plan.document_id == doc.id, Plan.decision_id == doc.id))))


def _ensure_real_date(year: int, month: int | None, day: int | None) -> None:
    try:
        vnformat.date_line("", year, month, day)
    except ValueError as error:
        shown = "/".join(str(part) if part else "…" for part in (day, month, year))
        raise DataError(_("{date} is not a real date. Check the day and the month; nothing was saved.").format(
            date=shown)) from error


def number_taken_message(number_text: str, year: int) -> str:
    return _("Number {number} is already used in {year}. Leave the number empty to take the next free one.").format(
        number=number_text, year=year
    )


def register_symbol(organization: Organization, doc_type: DocumentType) -> str:
    """The register a type is numbered in: "" for one register of all documents, else its symbol."""
    if organization.numbering_policy is NumberingPolicy.PER_TYPE:
        return symbol_for(doc_type, organization.issuer_abbreviation)
    return ""


def last_number(session: Session, organization: Organization, year: int, register: str) -> int | None:
    """The largest number this app issued in `year` in that register."""
    query = sa.select(sa.func.max(Document.number)).where(
        Document.organization_id == organization.id, Document.year == year)
    if register:
        query = query.where(Document.symbol == register)
    return session.scalar(query)


def register_start(session: Session, organization: Organization, year: int, register: str) -> int | None:
    """The next free number the clerk read in the register for `year`, if set."""
    return session.scalar(sa.select(RegisterStart.next_number).where(
        RegisterStart.organization_id == organization.id, RegisterStart.year == year,
        RegisterStart.symbol == register))


def next_number(session: Session, organization: Organization, year: int, doc_type: DocumentType) -> int:
    """The number proposed: the last one this app knows plus one, or the register's next free one if larger."""
    register = register_symbol(organization, doc_type)
    known = (last_number(session, organization, year, register) or 0) + 1
    return max(known, register_start(session, organization, year, register) or 1)


def number_holder(session: Session, organization: Organization, year: int, number: int, symbol: str,
                  own_id: int | None = None) -> Document | None:
    """The document of this app that has `number` in `year` (in that symbol's register, when per type)."""
    query = sa.select(Document).where(
        Document.organization_id == organization.id, Document.year == year, Document.number == number)
    if own_id is not None:
        query = query.where(Document.id != own_id)
    if organization.numbering_policy is NumberingPolicy.PER_TYPE:
        query = query.where(Document.symbol == symbol)
    return session.scalars(query.order_by(Document.id)).first()


def describe(doc: Document) -> str:
    """ "the decision 05/QĐ-UBND of 03/03/2026 (Ban hành Kế hoạch …)": a document as a message names it."""
    kind = {DocumentType.DECISION: _("the decision"), DocumentType.PLAN: _("the plan"),
            DocumentType.REPORT: _("the report")}[doc.type]
    subject = doc.subject if len(doc.subject) <= 80 else doc.subject[:79].rstrip() + "…"
    when = doc.issued_on.strftime("%d/%m/%Y") if doc.issued_on else "…"
    return _("{kind} {number} of {date} ({subject})").format(
        kind=kind, number=format_number(doc.number, doc.symbol), date=when, subject=subject)


class DocumentService(Service):
    def get(self, document_id: int) -> DocumentInfo:
        with self._read() as session:
            return document_info(self._load(session, document_id))

    def next_number(self, year: int, doc_type: DocumentType) -> int:
        """The number proposed for a document of `doc_type` issued in `year` (see the module's decisions)."""
        with self._read() as session:
            return next_number(session, self._organization(session), year, doc_type)

    def holder(self, document_id: int, year: int, number: int) -> DocumentInfo | None:
        """The other document that already has `number` in `year`, where this one would be numbered; None if free."""
        with self._read() as session:
            doc = self._load(session, document_id)
            found = number_holder(session, self._organization(session), year, number, doc.symbol, doc.id)
            return document_info(found) if found is not None else None

    def update(self, document_id: int, **changes: Any) -> DocumentInfo:
        unknown = set(changes) - EDITABLE_FIELDS
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        with self._write(Part.DOCUMENTS) as session:
            doc = self._load(session, document_id)
            ensure_editable(doc)
            touch_owner(session, doc)
            for field, value in changes.items():
                setattr(doc, field, clean(value) if isinstance(value, str) else value)
            _ensure_real_date(doc.year, doc.issue_month, doc.issue_day)
            return document_info(doc)

    def set_legal_bases(self, document_id: int, texts: list[str]) -> None:
        with self._write(Part.DOCUMENTS) as session:
            doc = self._load(session, document_id)
            ensure_editable(doc)
            touch_owner(session, doc)
            doc.legal_bases = [LegalBasis(position=i, text=clean(t) or "") for i, t in enumerate(texts)]

    def issue(self, document_id: int, on: date, number: int | None = None) -> DocumentInfo:
        """Number and date the document and freeze it; a decision freezes the plan it issues too."""
        values.day(values.label("issued_on"), on)
        with self._write(Part.DOCUMENTS, Part.PLANS) as session:
            doc = self._load(session, document_id)
            ensure_editable(doc)
            touch_owner(session, doc)
            organization = session.get_one(Organization, doc.organization_id)
            if number is None:
                number = next_number(session, organization, on.year, doc.type)
            elif isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= MAX_NUMBER:
                raise DataError(_("{number} is not a document number: a whole number from 1 to {top}.").format(
                    number=number, top=MAX_NUMBER))
            self._ensure_free(session, organization, doc, on.year, number)
            doc.number, doc.year, doc.issue_month, doc.issue_day = number, on.year, on.month, on.day
            doc.status, doc.issued_at = DocumentStatus.ISSUED, datetime.now()
            if doc.type is DocumentType.DECISION:
                issued_plan = session.scalars(sa.select(Plan).where(Plan.decision_id == doc.id)).first()
                if issued_plan is not None:
                    issued_plan.document.status = DocumentStatus.ISSUED
                    issued_plan.document.issued_at = doc.issued_at
                    issued_plan.document.year = on.year
            try:
                session.flush()
            except sa_exc.IntegrityError as error:
                raise NumberTakenError(self._taken_message(doc, number, on.year)) from error
            return document_info(doc)

    def _ensure_free(self, session: Session, organization: Organization, doc: Document, year: int, number: int) -> None:
        holder = number_holder(session, organization, year, number, doc.symbol, doc.id)
        if holder is not None:
            raise NumberTakenError(_("Number {number} is already used in {year} by {document}. Type another "
                                     "number: the next free one is {free}.").format(
                number=format_number(number, doc.symbol), year=year, document=describe(holder),
                free=next_number(session, organization, year, doc.type)))

    @staticmethod
    def _organization(session: Session) -> Organization:
        organization = session.scalars(sa.select(Organization).order_by(Organization.id)).first()
        if organization is None:
            raise NotFoundError(_("No commune profile yet. Create one (or the demo) first."))
        return organization

    @staticmethod
    def _taken_message(doc: Document, number: int, year: int) -> str:
        return number_taken_message(format_number(number, doc.symbol), year)

    @staticmethod
    def _load(session: Session, document_id: int) -> Document:
        doc = session.get(Document, document_id)
        if doc is None:
            raise NotFoundError(_("Document {id} does not exist.").format(id=document_id))
        return doc
