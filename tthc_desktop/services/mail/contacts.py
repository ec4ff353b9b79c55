"""The address book: the offices the commune writes to, one row per address, defaults first."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tthc_desktop.db.models import AddressBookEntry
from tthc_desktop.domain.vnformat import fold, sort_key
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.i18n import _
from tthc_desktop.services.mail_dto import Contact


def all_contacts(session: Session) -> list[Contact]:
    """Defaults first, then by office and name in Vietnamese order."""
    entries = [contact(row) for row in session.scalars(sa.select(AddressBookEntry)).all()]
    return sorted(entries, key=lambda c: (not c.is_default, sort_key(c.office or ""), sort_key(c.name)))


def refuse_duplicate(session: Session, email: str, contact_id: int | None) -> None:
    for row in session.scalars(sa.select(AddressBookEntry)):
        if row.id != contact_id and fold(row.email) == fold(email):
            raise DataError(_("{email} is in the address book already, as {name}.").format(email=email, name=row.name))


def contact(row: AddressBookEntry) -> Contact:
    return Contact(id=row.id, name=row.name, email=row.email, office=row.office, note=row.note,
                   is_default=row.is_default)


def contact_row(session: Session, contact_id: int) -> AddressBookEntry:
    row = session.get(AddressBookEntry, contact_id)
    if row is None:
        raise NotFoundError(_("Address book entry {id} does not exist.").format(id=contact_id))
    return row
