"""Documents: numbering within the year, issuing (which freezes), and edits refused once frozen."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from tthc_desktop.db.models import Document, LegalBasis, Organization, Plan
from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import DocumentStatus, DocumentType, NumberingPolicy
from tthc_desktop.domain.numbering import format_number, symbol_for
from tthc_desktop.domain.text import clean
from tthc_desktop.errors import DataError, FrozenDocumentError, NotFoundError, NumberTakenError
from tthc_desktop.i18n import _
from tthc_desktop.services import values
from tthc_desktop.services.base import Service
from tthc_desktop.services.dto import DocumentInfo

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


def next_number(session: Session, organization: Organization, year: int, doc_type: DocumentType) -> int:
    query = sa.select(sa.func.max(Document.number)).where(
        Document.organization_id == organization.id, Document.year == year
    )
    if organization.numbering_policy is NumberingPolicy.PER_TYPE:
        query = query.where(Document.symbol == symbol_for(doc_type, organization.issuer_abbreviation))
    return (session.scalar(query) or 0) + 1


class DocumentService(Service):
    def get(self, document_id: int) -> DocumentInfo:
        with self._read() as session:
            return document_info(self._load(session, document_id))

    def next_number(self, year: int, doc_type: DocumentType) -> int:
        with self._read() as session:
            organization = session.scalars(sa.select(Organization)).first()
            if organization is None:
                raise NotFoundError(_("No commune profile yet. Create one (or the demo) first."))
            return next_number(session, organization, year, doc_type)

    def update(self, document_id: int, **changes: Any) -> DocumentInfo:
        unknown = set(changes) - EDITABLE_FIELDS
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        with self._write() as session:
            doc = self._load(session, document_id)
            ensure_editable(doc)
            for field, value in changes.items():
                setattr(doc, field, clean(value) if isinstance(value, str) else value)
            _ensure_real_date(doc.year, doc.issue_month, doc.issue_day)
            return document_info(doc)

    def set_legal_bases(self, document_id: int, texts: list[str]) -> None:
        with self._write() as session:
            doc = self._load(session, document_id)
            ensure_editable(doc)
            doc.legal_bases = [LegalBasis(position=i, text=clean(t) or "") for i, t in enumerate(texts)]

    def issue(self, document_id: int, on: date, number: int | None = None) -> DocumentInfo:
        """Number and date the document and freeze it; a decision freezes the plan it issues too."""
        values.day(values.label("issued_on"), on)
        with self._write() as session:
            doc = self._load(session, document_id)
            ensure_editable(doc)
            organization = session.get_one(Organization, doc.organization_id)
            if number is None:
                number = next_number(session, organization, on.year, doc.type)
            elif number < 1:
                raise DataError(_("A document number starts at 1."))
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
        query = sa.select(Document.id).where(
            Document.organization_id == organization.id, Document.year == year, Document.number == number,
            Document.id != doc.id,
        )
        if organization.numbering_policy is NumberingPolicy.PER_TYPE:
            query = query.where(Document.symbol == doc.symbol)
        if session.scalars(query).first() is not None:
            raise NumberTakenError(self._taken_message(doc, number, year))

    @staticmethod
    def _taken_message(doc: Document, number: int, year: int) -> str:
        return number_taken_message(format_number(number, doc.symbol), year)

    @staticmethod
    def _load(session: Session, document_id: int) -> Document:
        doc = session.get(Document, document_id)
        if doc is None:
            raise NotFoundError(_("Document {id} does not exist.").format(id=document_id))
        return doc
