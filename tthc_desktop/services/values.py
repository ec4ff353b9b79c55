"""Numbers and dates at the door: what the clerk entered, read by `domain.numbers`, held to `domain.bounds`, or
refused with a message that names the field and what is allowed. Every service that stores a number or a date
the clerk typed goes through here, and so does the UI when it refuses a cell in place.

Values come as text typed in an editor ("1.250", "95,5"), or as numbers from code, plan JSON and undo (a float is
taken through its shortest repr, so the value an editor showed is the value committed).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from tthc_desktop.domain import bounds
from tthc_desktop.domain.bounds import Bound, Breach
from tthc_desktop.domain.numbers import NumberReadError, edit_text, read
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _

# The columns of Biểu 06 as the form numbers them.
DOSSIER_COLUMN = {"received": 3, "received_online": 4, "received_in_person": 5, "carried_over": 6, "settled": 7,
                  "settled_early": 8, "settled_on_time": 9, "settled_late": 10, "pending": 11, "pending_within": 12,
                  "pending_late": 13}


def label(field: str) -> str:
    """The name of a field in a message, in the user's language ("The target", "The date of issue")."""
    labels = {
        "target": _("The target"),
        "upstream_target": _("The upper level's target"),
        "last_year": _("Last year's result"),
        "numerator": _("The numerator"),
        "denominator": _("The denominator"),
        "value": _("The value"),
        "issued_on": _("The date of issue"),
        "year": _("The year"),
        "reported_on": _("The date of the progress entry"),
        "checkpoint": _("The check-point"),
        "doc_date": _("The date of the evidence document"),
        "active_from": _("The first day"),
        "active_to": _("The last day"),
    }
    return labels[field]


def indicator_field(field: str, indicator: str) -> str:
    """ "The target of indicator 2" """
    return _("{field} of indicator {indicator}").format(field=label(field), indicator=indicator)


def dossier_field(row: str, column: str) -> str:
    """ "Biểu 06, row “Tư pháp”, column (4)" """
    return _("Biểu 06, row “{row}”, column ({column})").format(row=row, column=DOSSIER_COLUMN[column])


def shown(value: Any, grouped: bool = True) -> str:
    """A value as a message shows it: numbers in Vietnamese spelling (a year as 2026), dates as 03/03/2026."""
    if isinstance(value, date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    if isinstance(value, Decimal | float | int) and not isinstance(value, bool):
        text = edit_text(value)
        return text if grouped else text.replace(".", "")
    return str(value)


def breach_message(name: str, breach: Breach, value: Any, bound: Bound) -> str:
    """The words for a value outside its bound; `name` is the field as `label` or `dossier_field` words it."""
    low, high = shown(bound.low, bound.grouped), shown(bound.high, bound.grouped)
    value_text = shown(value, bound.grouped)
    if bound.is_date:
        return _("{field} must be a date from {low} to {high}; {value} is not.").format(
            field=name, low=low, high=high, value=value_text)
    if breach is Breach.NOT_PERCENT:
        return _("{field} is not a percentage: write a number from {low} to {high}, without “%”.").format(
            field=name, low=low, high=high)
    if breach is Breach.INEXACT:
        return _("{field}: {value} has more digits than can be kept exactly (15 at most). Write it as the document "
                 "should show it.").format(field=name, value=value_text)
    if bound.whole:
        return _("{field} must be a whole number from {low} to {high}; {value} is not.").format(
            field=name, low=low, high=high, value=value_text)
    return _("{field} must be a number from {low} to {high}; {value} is not.").format(
        field=name, low=low, high=high, value=value_text)


def read_message(name: str, error: NumberReadError) -> str:
    """The words for a text that is not a number as Vietnamese writes it, with the likely spelling."""
    if error.suggestion is not None:
        return _("{field}: “{text}” is not how a number is written here. Write {suggestion}.").format(
            field=name, text=error.text.strip(), suggestion=error.suggestion)
    return _("{field}: “{text}” is not a number. Write it as 1.250 or 95,5.").format(
        field=name, text=error.text.strip())


def number(name: str, raw: Any, bound: Bound) -> Decimal | None:
    """The value of `raw` (text as typed, or a number), held to `bound`; None when nothing was entered.
    Raises DataError with the words for the clerk."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    percent = False
    if isinstance(raw, str):
        try:
            written = read(raw)
        except NumberReadError as error:
            raise DataError(read_message(name, error)) from error
        assert written is not None
        value: Decimal | float | int = written.value
        percent = written.percent
    elif isinstance(raw, Decimal | float | int) and not isinstance(raw, bool):
        value = raw
    else:
        raise DataError(_("{field}: “{text}” is not a number. Write it as 1.250 or 95,5.").format(
            field=name, text=raw))
    problem = bounds.breach(bound, value, percent)
    if problem is not None:
        raise DataError(breach_message(name, problem, value, bound))
    exact = bounds.exact(value)
    assert exact is not None
    return exact


def figure(name: str, raw: Any, bound: Bound) -> float | None:
    """`number`, as the float a REAL column stores (exact: `bounds` refused what a float cannot keep)."""
    value = number(name, raw, bound)
    return None if value is None else float(value)


def count(name: str, raw: Any, bound: Bound = bounds.COUNT) -> int | None:
    """`number` for a whole count (Biểu 06, the figures of a ratio)."""
    value = number(name, raw, bound)
    return None if value is None else int(value)


def day(name: str, value: date | None, bound: Bound = bounds.DAY) -> date | None:
    """A date the clerk entered, within the years the app accepts."""
    if value is None:
        return None
    problem = bounds.breach(bound, value)
    if problem is not None:
        raise DataError(breach_message(name, problem, value, bound))
    return value


def year(name: str, value: Any) -> int:
    """A plan's or a document's year."""
    result = count(name, value, bounds.YEAR)
    if result is None:
        raise DataError(breach_message(name, Breach.BELOW, "“”", bounds.YEAR))
    return result
