"""The commune profile, its units (with history) and its officials."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tthc_desktop.db.base import Base, OneLine, Timestamped
from tthc_desktop.domain.enums import NumberingPolicy, OrganizationLevel


class Organization(Timestamped, Base):
    """The issuing People's Committee (UBND xã / phường / thị trấn)."""

    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[OneLine]  # "Hành Dũng"
    level: Mapped[OrganizationLevel]
    province: Mapped[OneLine | None]
    parent_name: Mapped[str | None]  # parent body line over the issuer, if any
    place_name: Mapped[OneLine]  # for the date line
    issuer_abbreviation: Mapped[OneLine] = mapped_column(default="UBND")
    upstream_name: Mapped[str | None]  # the upper level that sets targets and receives reports
    numbering_policy: Mapped[NumberingPolicy] = mapped_column(default=NumberingPolicy.PER_TYPE)
    report_cutoff_day: Mapped[int] = mapped_column(default=14)
    report_due_day: Mapped[int | None]
    # the commune's adjustments of the document format within the decree's ranges ({"margin_left": 35, ...})
    document_format: Mapped[dict[str, float] | None] = mapped_column(sa.JSON)

    units: Mapped[list[Unit]] = relationship(
        back_populates="organization", cascade="all, delete-orphan", order_by="Unit.id"
    )
    officials: Mapped[list[Official]] = relationship(
        back_populates="organization", cascade="all, delete-orphan", order_by="Official.id"
    )


class Unit(Timestamped, Base):
    """A specialist section or official's post; renamed or merged units keep their history."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(sa.ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    name: Mapped[OneLine]
    abbreviation: Mapped[OneLine | None]
    email: Mapped[OneLine | None]  # where its reminder slips are mailed (phiếu nhắc việc)
    active_from: Mapped[date | None]
    active_to: Mapped[date | None]
    replaced_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("unit.id", ondelete="SET NULL"))

    organization: Mapped[Organization] = relationship(back_populates="units")

    def active_on(self, day: date) -> bool:
        return (self.active_from is None or self.active_from <= day) and (
            self.active_to is None or day <= self.active_to
        )


class Official(Timestamped, Base):
    """A person of the committee; signers are the chair and vice-chairs."""

    __tablename__ = "official"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(sa.ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    name: Mapped[OneLine]
    position: Mapped[OneLine]  # "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    may_sign: Mapped[bool] = mapped_column(default=False)
    active_from: Mapped[date | None]
    active_to: Mapped[date | None]

    organization: Mapped[Organization] = relationship(back_populates="officials")


class RegisterStart(Timestamped, Base):
    """The next free number of the commune's register of outgoing documents (sổ đăng ký văn bản đi) for a year, as
    the clerk read it there: the register is shared with every document the commune sends, most of them made
    outside this app. `symbol` is "" for one register of all documents, else the symbol it numbers ("QĐ-UBND")."""

    __tablename__ = "register_start"
    __table_args__ = (sa.UniqueConstraint("organization_id", "year", "symbol"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(sa.ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    year: Mapped[int]
    symbol: Mapped[str] = mapped_column(default="")
    next_number: Mapped[int]


class UnitAlias(Timestamped, Base):
    """How the clerk matched a unit text the app could not match itself (domain.units): the text's key and the
    unit it names, or no unit (unit_id NULL: "not one of the commune's units", so it is not asked again)."""

    __tablename__ = "unit_alias"
    __table_args__ = (sa.UniqueConstraint("organization_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(sa.ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    key: Mapped[str]  # domain.units.unit_key of the text
    text: Mapped[str]  # the text as the clerk saw it when mapping it
    unit_id: Mapped[int | None] = mapped_column(sa.ForeignKey("unit.id", ondelete="SET NULL"))
