"""The demo commune: Hành Dũng's 2025 decision and plan, entered from a real issued document."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import sqlalchemy as sa

from tthc_desktop.db.models import Official, Organization, Plan, Unit
from tthc_desktop.domain.enums import OrganizationLevel
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _
from tthc_desktop.services.base import Service
from tthc_desktop.services.plan_json import build_plan

DEMO_FIXTURE = "hanh_dung_2025.json"


def demo_data() -> dict[str, Any]:
    text = resources.files("tthc_desktop.demo").joinpath(DEMO_FIXTURE).read_text(encoding="utf-8")
    return json.loads(text)


@dataclass(frozen=True)
class DemoResult:
    plan_id: int
    created: bool


class DemoService(Service):
    def create_demo(self) -> DemoResult:
        """The demo commune and its plan; if they are already there, the existing plan."""
        data = demo_data()
        profile = data["organization"]
        with self._write() as session:
            organization = session.scalars(sa.select(Organization).order_by(Organization.id)).first()
            if organization is not None:
                if organization.name != profile["name"]:
                    raise DataError(
                        _("This database belongs to {name}. Create the demo in a new database file (--db).").format(
                            name=organization.name
                        )
                    )
                existing = session.scalars(
                    sa.select(Plan.id).where(Plan.organization_id == organization.id, Plan.year == data["plan"]["year"])
                ).first()
                if existing is not None:
                    return DemoResult(plan_id=existing, created=False)
            else:
                organization = Organization(
                    name=profile["name"],
                    level=OrganizationLevel(profile["level"]),
                    province=profile.get("province"),
                    parent_name=profile.get("parent_name"),
                    place_name=profile["place_name"],
                    issuer_abbreviation=profile.get("issuer_abbreviation") or "UBND",
                    upstream_name=profile.get("upstream_name"),
                )
                organization.units = [Unit(name=u["name"], abbreviation=u.get("abbreviation")) for u in data["units"]]
                organization.officials = [
                    Official(name=o["name"], position=o["position"], may_sign=bool(o.get("may_sign")))
                    for o in data["officials"]
                ]
                session.add(organization)
                session.flush()
            plan = build_plan(session, organization, data["plan"], as_draft=False)
            session.flush()
            return DemoResult(plan_id=plan.id, created=True)
