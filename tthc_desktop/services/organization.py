"""The commune profile, its units and officials.

Units and officials are never deleted: a unit that is renamed in a reorganisation or merged is *retired* on a date
(optionally pointing at the unit that replaced it), and an official who leaves is retired too. Plans keep the text
they printed, so an old plan still reads as it was issued; "retired" means `active_to` is set, the convention the
plan and report services already use when they pick signers.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from email.headerregistry import Address
from email.utils import parseaddr
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tthc_desktop.db.models import Official, Organization, RegisterStart, Unit
from tthc_desktop.documents.rules import ADJUSTABLE, DEFAULT_RULES, RANGES, FormatRules, adjusted, allowed
from tthc_desktop.domain import bounds
from tthc_desktop.domain.enums import DocumentType, NumberingPolicy, OrganizationLevel
from tthc_desktop.domain.numbering import symbol_for
from tthc_desktop.domain.signature import is_signer
from tthc_desktop.domain.text import clean
from tthc_desktop.domain.units import unit_key
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.i18n import _
from tthc_desktop.services import documents, unit_matching
from tthc_desktop.services import values as door
from tthc_desktop.services.base import Service
from tthc_desktop.services.changes import Part
from tthc_desktop.services.dto import OfficialInfo, OrganizationInfo, RegisterInfo, UnitInfo, UnmatchedUnit

# The reporting cut-off must exist in every month (February included); the due day may be any day of a month.
CUTOFF_DAYS = bounds.CUTOFF_DAY.whole_range()
DUE_DAYS = bounds.DUE_DAY.whole_range()

PROFILE_FIELDS = frozenset({
    "name", "level", "province", "parent_name", "place_name", "issuer_abbreviation", "upstream_name",
    "numbering_policy", "report_cutoff_day", "report_due_day",
})


def _first_organization(session: Session) -> Organization | None:
    return session.scalars(sa.select(Organization).order_by(Organization.id)).first()


def the_organization(session: Session) -> Organization:
    """The commune this database belongs to (one per file)."""
    organization = _first_organization(session)
    if organization is None:
        raise NotFoundError(_("No commune profile yet. Create one (or the demo) first."))
    return organization


def organization_info(o: Organization) -> OrganizationInfo:
    return OrganizationInfo(
        id=o.id, name=o.name, level=o.level, province=o.province, place_name=o.place_name,
        issuer_abbreviation=o.issuer_abbreviation, upstream_name=o.upstream_name,
        numbering_policy=o.numbering_policy, parent_name=o.parent_name,
        report_cutoff_day=o.report_cutoff_day, report_due_day=o.report_due_day,
    )


def format_rules(session: Session) -> FormatRules:
    """The format every document of this database prints in (defaults when there is no commune yet)."""
    organization = _first_organization(session)
    return adjusted(organization.document_format if organization is not None else None)


def unit_info(u: Unit) -> UnitInfo:
    return UnitInfo(u.id, u.name, u.abbreviation, u.active_from, u.active_to, u.replaced_by_id, u.email)


def official_info(o: Official) -> OfficialInfo:
    return OfficialInfo(o.id, o.name, o.position, o.may_sign, o.active_from, o.active_to)


def _required(value: Any, message: str) -> str:
    text = clean(value) if isinstance(value, str) else None
    if not text:
        raise DataError(message)
    return text


def _optional(value: Any) -> str | None:
    return (clean(value) or None) if isinstance(value, str) else None


def _day(value: Any, low_high: tuple[int, int], message: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low_high[0] <= value <= low_high[1]:
        raise DataError(message.format(value=value, low=low_high[0], high=low_high[1]))
    return value


def _checked_profile(changes: dict[str, Any]) -> dict[str, Any]:
    """The changes as stored values, or a DataError that says which one is wrong and what is allowed."""
    unknown = set(changes) - PROFILE_FIELDS
    if unknown:
        raise TypeError(f"unknown profile fields: {', '.join(sorted(unknown))}")
    checked: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "name":
            checked[key] = _required(value, _("The commune's name cannot be empty."))
        elif key == "place_name":
            checked[key] = _required(value, _("The place name for the date line cannot be empty."))
        elif key == "issuer_abbreviation":
            checked[key] = _required(value, _("The issuer's abbreviation (as in 48/QĐ-UBND) cannot be empty."))
        elif key in ("province", "parent_name", "upstream_name"):
            checked[key] = _optional(value)
        elif key == "level":
            checked[key] = OrganizationLevel(value)
        elif key == "numbering_policy":
            checked[key] = NumberingPolicy(value)
        elif key == "report_cutoff_day":
            checked[key] = _day(value, CUTOFF_DAYS, _(
                "The reporting cut-off day must be a day from {low} to {high} (every month has it); {value} is not."))
        elif key == "report_due_day":
            checked[key] = None if value is None else _day(value, DUE_DAYS, _(
                "The report due day must be a day from {low} to {high}, or empty; {value} is not."))
    return checked


class OrganizationService(Service):
    def get(self) -> OrganizationInfo | None:
        with self._read() as session:
            organization = session.scalars(sa.select(Organization).order_by(Organization.id)).first()
            return organization_info(organization) if organization else None

    def create(self, name: str, level: OrganizationLevel, place_name: str | None = None,
               province: str | None = None, upstream_name: str | None = None) -> OrganizationInfo:
        with self._write(Part.SETTINGS, Part.ORGANIZATION) as session:
            organization = Organization(
                name=clean(name), level=level, place_name=clean(place_name) or clean(name),
                province=clean(province), upstream_name=clean(upstream_name),
            )
            session.add(organization)
            session.flush()
            return organization_info(organization)

    def update_profile(self, **fields: Any) -> OrganizationInfo:
        """Change some of the profile's fields at once; all are checked before any is written."""
        checked = _checked_profile(fields)
        with self._write(Part.SETTINGS) as session:
            organization = the_organization(session)
            for key, value in checked.items():
                setattr(organization, key, value)
            session.flush()
            return organization_info(organization)

    # ------------------------------------------------------------ document format

    def format_rules(self) -> FormatRules:
        """The legal format as this commune prints it: the decree's defaults with its own adjustments."""
        with self._read() as session:
            return format_rules(session)

    def update_format(self, **changes: float | str) -> FormatRules:
        """Set some adjustable values (margins in mm, sizes in pt, spacing), as numbers or as typed ("1,15"); each
        must lie in the decree's range. A value equal to the default is stored as no adjustment, so a later change
        of default reaches it."""
        unknown = set(changes) - set(ADJUSTABLE)
        if unknown:
            raise TypeError(f"not adjustable: {', '.join(sorted(unknown))}")
        changes = {key: _format_value(key, value) for key, value in changes.items()}
        with self._write(Part.SETTINGS) as session:
            organization = the_organization(session)
            stored = dict(organization.document_format or {})
            for key, value in changes.items():
                if value == getattr(DEFAULT_RULES, key):
                    stored.pop(key, None)
                else:
                    stored[key] = float(value)
            organization.document_format = stored or None
            return adjusted(stored)

    def reset_format(self) -> FormatRules:
        """Back to the decree's defaults."""
        with self._write(Part.SETTINGS) as session:
            the_organization(session).document_format = None
            return DEFAULT_RULES

    # ------------------------------------------------------------ the register of outgoing documents

    def register(self, year: int) -> list[RegisterInfo]:
        """The registers of `year` (one, or one per symbol when each type keeps its own), with the next free number
        the clerk set, the last number this app issued and the number it proposes."""
        with self._read() as session:
            organization = the_organization(session)
            return [RegisterInfo(year, symbol, documents.register_start(session, organization, year, symbol),
                                 documents.last_number(session, organization, year, symbol),
                                 documents.next_number(session, organization, year, doc_type))
                    for symbol, doc_type in _registers(organization)]

    def set_register_start(self, year: int, next_number: int | None, symbol: str = "") -> RegisterInfo:
        """The next free number of the register for `year`, as read in the register (None: not set). `symbol`
        names the register when each type keeps its own ("QĐ-UBND"), "" when one register numbers all."""
        if next_number is not None and (isinstance(next_number, bool) or not isinstance(next_number, int)
                                        or not 1 <= next_number <= 99999):
            raise DataError(_("The next free number of the register must be a whole number from 1 to 99999; "
                              "{value} is not.").format(value=next_number))
        if not 1900 <= year <= 9999:
            raise DataError(_("{year} is not a year of the register.").format(year=year))
        with self._write(Part.SETTINGS) as session:
            organization = the_organization(session)
            if symbol not in dict(_registers(organization)):
                raise DataError(_("This commune has no register “{symbol}”.").format(symbol=symbol))
            row = session.scalars(sa.select(RegisterStart).where(
                RegisterStart.organization_id == organization.id, RegisterStart.year == year,
                RegisterStart.symbol == symbol)).first()
            if next_number is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(RegisterStart(organization_id=organization.id, year=year, symbol=symbol,
                                          next_number=next_number))
            else:
                row.next_number = next_number
            session.flush()
        return next(r for r in self.register(year) if r.symbol == symbol)

    # ------------------------------------------------------------ units

    def units(self) -> list[UnitInfo]:
        """Every unit, retired ones included (with their dates): the history."""
        with self._read() as session:
            return [unit_info(u) for u in the_organization(session).units]

    def active_units(self, on: date | None = None) -> list[UnitInfo]:
        """Units offered for new work: not retired, or (given a day) active on that day."""
        with self._read() as session:
            units = the_organization(session).units
            return [unit_info(u) for u in units if (u.active_to is None if on is None else u.active_on(on))]

    def add_unit(self, name: str, abbreviation: str | None = None, email: str | None = None) -> UnitInfo:
        address = checked_email(email)
        with self._write(Part.ORGANIZATION) as session:
            organization = the_organization(session)
            unit_name = _required(name, _("A unit needs a name."))
            _refuse_duplicate_unit(organization, unit_name, None)
            unit = Unit(organization_id=organization.id, name=unit_name, abbreviation=_optional(abbreviation),
                        email=address)
            session.add(unit)
            session.flush()
            return unit_info(unit)

    def update_unit(self, unit_id: int, name: str, abbreviation: str | None) -> UnitInfo:
        """Correct a unit's name or abbreviation; plans already written keep the text they printed."""
        with self._write(Part.ORGANIZATION) as session:
            unit = _unit(session, unit_id)
            unit_name = _required(name, _("A unit needs a name."))
            _refuse_duplicate_unit(unit.organization, unit_name, unit.id)
            unit.name, unit.abbreviation = unit_name, _optional(abbreviation)
            return unit_info(unit)

    def set_unit_email(self, unit_id: int, email: str | None) -> UnitInfo:
        """The address the unit's reminder slips are mailed to (None or empty: none, slips are printed)."""
        address = checked_email(email)
        with self._write(Part.ORGANIZATION) as session:
            unit = _unit(session, unit_id)
            unit.email = address
            return unit_info(unit)

    def retire_unit(self, unit_id: int, on: date, replaced_by_id: int | None = None) -> UnitInfo:
        """The unit's last day is `on`; it stays in the history (old plans name it) but is no longer offered."""
        with self._write(Part.ORGANIZATION) as session:
            unit = _unit(session, unit_id)
            _check_retirement(unit, on, _("The unit {name} was retired already on {day}."),
                              _("The unit {name} cannot be retired before it started ({day})."))
            if replaced_by_id is not None:
                successor = _unit(session, replaced_by_id)
                if successor.id == unit.id or successor.active_to is not None:
                    raise DataError(_("A unit can only be replaced by another unit that is still active."))
            unit.active_to, unit.replaced_by_id = on, replaced_by_id
            return unit_info(unit)

    def unmatched_units(self) -> list[UnmatchedUnit]:
        """Unit texts of the plans that name none of the commune's units (domain.units) and were never matched by
        the clerk, the most used first, each with the unit suggested when one's name appears inside it."""
        with self._read() as session:
            found = unit_matching.unmatched(session, the_organization(session))
            return [UnmatchedUnit(u.key, u.text, u.uses, u.suggestion) for u in found]

    def match_unit(self, text: str, unit_id: int | None) -> int:
        """Remember, for every plan, that `text` (whatever its dashes, case or spacing) names the unit `unit_id`,
        or none of the commune's units (None). Returns how many rows it linked."""
        with self._write(Part.ORGANIZATION) as session:
            organization = the_organization(session)
            if unit_id is not None and _unit(session, unit_id).organization_id != organization.id:
                raise NotFoundError(_("Unit {id} does not exist.").format(id=unit_id))
            if not (clean(text) or "").strip():
                raise DataError(_("A unit text to match cannot be empty."))
            return unit_matching.remember(session, organization, text, unit_id)

    # ------------------------------------------------------------ officials

    def officials(self, signers_only: bool = False) -> list[OfficialInfo]:
        """Every official (retired ones included); signers are those who may sign and are not retired."""
        with self._read() as session:
            organization = the_organization(session)
            return [official_info(o) for o in organization.officials if not signers_only or is_signer(o)]

    def add_official(self, name: str, position: str, may_sign: bool = False) -> OfficialInfo:
        with self._write(Part.ORGANIZATION) as session:
            official = Official(organization_id=the_organization(session).id,
                                name=_required(name, _("An official needs a name.")),
                                position=_required(position, _("An official needs a position.")),
                                may_sign=may_sign)
            session.add(official)
            session.flush()
            return official_info(official)

    def update_official(self, official_id: int, name: str, position: str, may_sign: bool) -> OfficialInfo:
        with self._write(Part.ORGANIZATION) as session:
            official = _official(session, official_id)
            official.name = _required(name, _("An official needs a name."))
            official.position = _required(position, _("An official needs a position."))
            official.may_sign = may_sign
            return official_info(official)

    def retire_official(self, official_id: int, on: date) -> OfficialInfo:
        """The official's last day is `on`: kept for the documents they signed, no longer offered as signer."""
        with self._write(Part.ORGANIZATION) as session:
            official = _official(session, official_id)
            _check_retirement(official, on, _("{name} was retired already on {day}."),
                              _("{name} cannot be retired before starting ({day})."))
            official.active_to = on
            return official_info(official)


def checked_email(text: str | None) -> str | None:
    """A unit's e-mail address as stored ("vp@hanhdung.gov.vn"), None for none, or a DataError naming the text."""
    written = clean(text) if isinstance(text, str) else None
    if not written:
        return None
    name, spec = parseaddr(written)
    try:
        address = Address(display_name=name, addr_spec=spec)
    except (ValueError, IndexError) as error:
        raise DataError(_("{text} is not an e-mail address. Write it as name@example.gov.vn.").format(
            text=written)) from error
    if not address.username or "." not in address.domain or name or spec != written:
        raise DataError(_("{text} is not an e-mail address. Write it as name@example.gov.vn.").format(text=written))
    return address.addr_spec


def _registers(organization: Organization) -> list[tuple[str, DocumentType]]:
    """(register symbol, a type it numbers): one shared register "", or one per type's symbol."""
    if organization.numbering_policy is NumberingPolicy.PER_TYPE:
        return [(symbol_for(t, organization.issuer_abbreviation), t) for t in DocumentType]
    return [("", DocumentType.DECISION)]
def format_label(key: str) -> str:
    """An adjustable value of the document format as Settings names it."""
    return {
        "margin_top": _("The top margin"), "margin_bottom": _("The bottom margin"),
        "margin_left": _("The left margin"), "margin_right": _("The right margin"),
        "body_size": _("The body text size"), "issuer_size": _("The issuing body's size"),
        "type_size": _("The document type's size"), "table_size": _("The table text size"),
        "line_spacing": _("The line spacing"), "first_line_indent_cm": _("The first-line indent"),
        "space_after_pt": _("The space after a paragraph"),
    }[key]


def _format_value(key: str, raw: float | str) -> float:
    """A format value read and held to the decree's range (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""
    low, high = RANGES[key]
    bound = bounds.Bound(Decimal(repr(float(low))), Decimal(repr(float(high))))
    value = door.figure(format_label(key), raw, bound)
    if value is None or not allowed(key, value):
        raise DataError(door.breach_message(format_label(key), bounds.Breach.BELOW, raw, bound))
    return value


def _check_retirement(row: Unit | Official, on: date, already: str, too_early: str) -> None:
    """A unit or an official is retired once, and not before it started; the messages name it and the day."""
    door.day(door.label("active_to"), on)
    if row.active_to is not None:
        raise DataError(already.format(name=row.name, day=row.active_to.strftime("%d/%m/%Y")))
    if row.active_from is not None and on < row.active_from:
        raise DataError(too_early.format(name=row.name, day=row.active_from.strftime("%d/%m/%Y")))


def _unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFoundError(_("Unit {id} does not exist.").format(id=unit_id))
    return unit


def _official(session: Session, official_id: int) -> Official:
    official = session.get(Official, official_id)
    if official is None:
        raise NotFoundError(_("Official {id} does not exist.").format(id=official_id))
    return official


def _refuse_duplicate_unit(organization: Organization, name: str, own_id: int | None) -> None:
    """Two active units of one name would make a plan's unit text ambiguous when it is matched to a unit."""
    key = unit_key(name)
    for other in organization.units:
        if other.id != own_id and other.active_to is None and unit_key(other.name) == key:
            raise DataError(_("There is already an active unit named {name}.").format(name=name))
