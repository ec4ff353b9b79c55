"""Official documents (decision, plan, report) and their ordered parts."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tthc_desktop.db.base import Base, OneLine, Timestamped
from tthc_desktop.domain.enums import DocumentStatus, DocumentType, SectionKind, SigningAuthority


class Document(Timestamped, Base):
    """One văn bản. The issue date may be partly blank in a draft, so its parts are kept apart."""

    __tablename__ = "document"
    __table_args__ = (
        # Numbers restart every year and are unique per symbol; drafts (NULL number) never collide.
        sa.UniqueConstraint("organization_id", "year", "symbol", "number", name="uq_document_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(sa.ForeignKey("organization.id", ondelete="RESTRICT"), index=True)
    type: Mapped[DocumentType]
    number: Mapped[int | None]
    symbol: Mapped[OneLine]  # "QĐ-UBND"
    year: Mapped[int]  # the numbering year, which is the year of the issue date
    issue_month: Mapped[int | None]
    issue_day: Mapped[int | None]
    place: Mapped[str]
    subject: Mapped[str]
    status: Mapped[DocumentStatus] = mapped_column(default=DocumentStatus.DRAFT)
    issued_at: Mapped[datetime | None]  # when the app froze it
    authority_line: Mapped[str | None]  # a decision's "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ..."
    proposed_by: Mapped[str | None]  # a decision's "Theo đề nghị của ..."
    addressee: Mapped[str | None]  # a report's "Kính gửi: ..."
    signing_authority: Mapped[SigningAuthority] = mapped_column(default=SigningAuthority.NONE)
    signer_id: Mapped[int | None] = mapped_column(sa.ForeignKey("official.id", ondelete="SET NULL"))
    # The signer as printed, kept even when the official later leaves.
    signer_position: Mapped[str | None]
    signer_name: Mapped[str | None]

    legal_bases: Mapped[list[LegalBasis]] = relationship(
        order_by="LegalBasis.position", cascade="all, delete-orphan", passive_deletes=True
    )
    recipients: Mapped[list[Recipient]] = relationship(
        order_by="Recipient.position", cascade="all, delete-orphan", passive_deletes=True
    )
    articles: Mapped[list[Article]] = relationship(
        order_by="Article.position", cascade="all, delete-orphan", passive_deletes=True
    )
    # Every section of the document, flat; the tree is read through parent_id / Section.children.
    sections: Mapped[list[Section]] = relationship(
        order_by="Section.position", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def issued_on(self) -> date | None:
        if self.issue_month is None or self.issue_day is None:
            return None
        return date(self.year, self.issue_month, self.issue_day)

    @property
    def is_frozen(self) -> bool:
        return self.status is DocumentStatus.ISSUED


class LegalBasis(Base):
    """One "Căn cứ ...;" paragraph."""

    __tablename__ = "legal_basis"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(sa.ForeignKey("document.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    text: Mapped[str]


class Recipient(Base):
    """One line of "Nơi nhận", without its leading dash."""

    __tablename__ = "recipient"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(sa.ForeignKey("document.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    text: Mapped[str]


class Article(Base):
    """Điều N of a decision; N is its position + 1, the closing "/." is added when printed."""

    __tablename__ = "article"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(sa.ForeignKey("document.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    text: Mapped[str]


class Section(Base):
    """A node of the free-text tree (purposes, requirements, implementation ...)."""

    __tablename__ = "section"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(sa.ForeignKey("document.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("section.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    kind: Mapped[SectionKind]
    label: Mapped[str | None]  # "I", "1", "a" as written
    text: Mapped[str]

    children: Mapped[list[Section]] = relationship(
        order_by="Section.position", cascade="all, delete-orphan", passive_deletes=True
    )
