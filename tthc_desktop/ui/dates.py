"""Date fields: the same look everywhere, and only the days the services accept (domain.bounds, 1990–2100)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from tthc_desktop.domain import bounds


def date_edit(day: date, parent: QWidget | None = None) -> QDateEdit:
    """A date the clerk types or picks from a calendar, shown as 03/03/2026; a year outside the bounds cannot be
    entered (a slip such as 2620 for 2026 stops at the field, not at the service)."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDateRange(QDate(bounds.FIRST_DAY), QDate(bounds.LAST_DAY))
    edit.setDate(QDate(day))
    return edit
