"""The commune profile, its units and officials."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tthc_desktop.db.models import Official, Organization, Unit
from tthc_desktop.domain.enums import OrganizationLevel
from tthc_desktop.domain.text import clean
from tthc_desktop.errors import NotFoundError
from tthc_desktop.i18n import _
from tthc_desktop.services.base import Service
from tthc_desktop.services.dto import OfficialInfo, OrganizationInfo, UnitInfo


def the_organization(session: Session) -> Organization:
    """The commune this database belongs to (one per file)."""
    organization = session.scalars(sa.select(Organization).order_by(Organization.id)).first()
    if organization is None:
        raise NotFoundError(_("No commune profile yet. Create one (or the demo) first."))
    return organization


def organization_info(o: Organization) -> OrganizationInfo:
    return OrganizationInfo(
        id=o.id, name=o.name, level=o.level, province=o.province, place_name=o.place_name,
        issuer_abbreviation=o.issuer_abbreviation, upstream_name=o.upstream_name,
        numbering_policy=o.numbering_policy,
    )


class OrganizationService(Service):
    def get(self) -> OrganizationInfo | None:
        with self._read() as session:
            organization = session.scalars(sa.select(Organization).order_by(Organization.id)).first()
            return organization_info(organization) if organization else None

    def create(self, name: str, level: OrganizationLevel, place_name: str | None = None,
               province: str | None = None, upstream_name: str | None = None) -> OrganizationInfo:
        with self._write() as session:
            organization = Organization(
                name=clean(name), level=level, place_name=clean(place_name) or clean(name),
                province=clean(province), upstream_name=clean(upstream_name),
            )
            session.add(organization)
            session.flush()
            return organization_info(organization)

    def units(self) -> list[UnitInfo]:
        with self._read() as session:
            organization = the_organization(session)
            return [UnitInfo(u.id, u.name, u.abbreviation, u.active_from, u.active_to) for u in organization.units]

    def officials(self, signers_only: bool = False) -> list[OfficialInfo]:
        with self._read() as session:
            organization = the_organization(session)
            return [
                OfficialInfo(o.id, o.name, o.position, o.may_sign)
                for o in organization.officials
                if o.may_sign or not signers_only
            ]

    def add_unit(self, name: str, abbreviation: str | None = None) -> UnitInfo:
        with self._write() as session:
            unit = Unit(organization_id=the_organization(session).id, name=clean(name),
                        abbreviation=clean(abbreviation))
            session.add(unit)
            session.flush()
            return UnitInfo(unit.id, unit.name, unit.abbreviation, unit.active_from, unit.active_to)

    def add_official(self, name: str, position: str, may_sign: bool = False) -> OfficialInfo:
        with self._write() as session:
            official = Official(organization_id=the_organization(session).id, name=clean(name),
                                position=clean(position), may_sign=may_sign)
            session.add(official)
            session.flush()
            return OfficialInfo(official.id, official.name, official.position, official.may_sign)
