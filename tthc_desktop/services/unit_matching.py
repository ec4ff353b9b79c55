"""The commune's unit matcher (domain.units) over its units and the clerk's remembered matches, and those matches.

A unit text is linked to a `Unit` when a plan is built or edited (`UnitAssignment.unit_id`); rows written before
the rule or the clerk's match knew better are resolved again whenever they are read (`resolve`), so a match made
once reaches every plan at once. Saving a match also links the rows it names.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tthc_desktop.db.models import Organization, Unit, UnitAlias, UnitAssignment
from tthc_desktop.domain.text import clean
from tthc_desktop.domain.units import UnitMatcher, UnitName, unit_key


def unit_matcher(session: Session, organization: Organization) -> UnitMatcher:
    units = [UnitName(u.id, u.name, u.abbreviation) for u in session.scalars(
        sa.select(Unit).where(Unit.organization_id == organization.id).order_by(Unit.id))]
    aliases = {a.key: a.unit_id for a in session.scalars(
        sa.select(UnitAlias).where(UnitAlias.organization_id == organization.id))}
    return UnitMatcher(units, aliases)


def resolve(matcher: UnitMatcher, stored: int | None, text: str) -> int | None:
    """The unit a row names: the one it is linked to, else what the rule and the clerk's matches say."""
    return stored if stored is not None else matcher.unit_of(text)


@dataclass(frozen=True)
class UnmatchedText:
    key: str
    text: str  # the spelling met most often
    uses: int  # how many task and indicator rows name it
    suggestion: int | None  # a unit whose name appears inside it


def unmatched(session: Session, organization: Organization) -> list[UnmatchedText]:
    """Unit texts of every plan that name none of the commune's units and that the clerk has not matched."""
    matcher = unit_matcher(session, organization)
    found: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    suggestions: dict[str, int | None] = {}
    for text in session.scalars(sa.select(UnitAssignment.text).where(UnitAssignment.unit_id.is_(None))):
        match = matcher.match(text)
        if match.how != "unmatched":
            continue
        key = unit_key(text)
        found[key][text] += 1
        suggestions[key] = match.suggestion
    result = [UnmatchedText(key, max(spellings, key=lambda t: (spellings[t], t)), sum(spellings.values()),
                            suggestions[key]) for key, spellings in found.items() if key]
    return sorted(result, key=lambda u: (-u.uses, u.key))


def remember(session: Session, organization: Organization, text: str, unit_id: int | None) -> int:
    """Remember that `text` (and every spelling of its key) names `unit_id` (None: none of the commune's units);
    link the rows that name it. Returns how many rows were linked."""
    key = unit_key(text)
    alias = session.scalars(sa.select(UnitAlias).where(UnitAlias.organization_id == organization.id,
                                                      UnitAlias.key == key)).first()
    if alias is None:
        session.add(UnitAlias(organization_id=organization.id, key=key, text=clean(text) or key, unit_id=unit_id))
    else:
        alias.unit_id, alias.text = unit_id, clean(text) or key
    linked = 0
    if unit_id is not None:
        for row in session.scalars(sa.select(UnitAssignment).where(UnitAssignment.unit_id.is_(None))):
            if unit_key(row.text) == key:
                row.unit_id = unit_id
                linked += 1
    session.flush()
    return linked
