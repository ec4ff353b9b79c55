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
