"""What may be stored: the bounds of every number and date the clerk enters, as data.

The services read these before they write (and refuse in words, naming the field and the range); the plan checks
read them to flag a value an older file already holds. A value outside its bound is never clipped or rounded.

- Numbers are finite and at most `MAX_FIGURE` (a commune counts dossiers in thousands; a thousand billion leaves
  room for money in đồng and keeps every stored float exact to the digit the clerk wrote).
- Percentages run from 0 to 100; counts (Biểu 06, the two figures of a ratio) are whole and not negative;
  targets, last year's results and other figures are not negative.
- Dates (issue dates, progress and evidence dates, units' and officials' dates, report dates) and years lie
  between 1990 and 2100: anything else is a typing slip (2062 for 2026 stays possible, 2620 does not).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Literal

FIRST_YEAR, LAST_YEAR = 1990, 2100
FIRST_DAY, LAST_DAY = date(FIRST_YEAR, 1, 1), date(LAST_YEAR, 12, 31)
MAX_FIGURE = Decimal(10**12)


class Breach(StrEnum):
    """How a value breaks its bound."""

    NOT_FINITE = "not_finite"  # inf, nan
    NOT_WHOLE = "not_whole"  # 1,5 dossiers
    BELOW = "below"
    ABOVE = "above"
    INEXACT = "inexact"  # more digits than a stored number keeps
    NOT_PERCENT = "not_percent"  # "95%" where a count or an amount is asked
    WRONG_TYPE = "wrong_type"  # text where a number or a date belongs (a file edited by hand)


@dataclass(frozen=True)
class Bound:
    """A closed range [low, high]; `whole`: integers only; `percent`: a figure in % (may be written "95,5%");
    `grouped`: shown with thousands separators ("1.250"), which years and days are not ("2026")."""

    low: Decimal | date
    high: Decimal | date
    whole: bool = False
    percent: bool = False
    grouped: bool = True

    @property
    def is_date(self) -> bool:
        return isinstance(self.low, date)

    def whole_range(self) -> tuple[int, int]:
        """(low, high) of a bound of numbers, as whole numbers (a spin box's range)."""
        if isinstance(self.low, date) or isinstance(self.high, date):
            raise TypeError("a bound of dates has no whole-number range")
        return int(self.low), int(self.high)


COUNT = Bound(Decimal(0), MAX_FIGURE, whole=True)
PERCENT = Bound(Decimal(0), Decimal(100), percent=True)
AMOUNT = Bound(Decimal(0), MAX_FIGURE)
YEAR = Bound(Decimal(FIRST_YEAR), Decimal(LAST_YEAR), whole=True, grouped=False)
DAY = Bound(FIRST_DAY, LAST_DAY)
# The reporting cut-off must exist in every month (February included); the due day may be any day of a month.
CUTOFF_DAY = Bound(Decimal(1), Decimal(28), whole=True, grouped=False)
DUE_DAY = Bound(Decimal(1), Decimal(31), whole=True, grouped=False)


def figure_bound(unit: str | None) -> Bound:
    """An indicator's targets and figures: percentages when its unit is "%", else amounts (not negative)."""
    return PERCENT if (unit or "").strip() == "%" else AMOUNT


# Every number and date the clerk can enter, by "table.column"; the indicator figures depend on the unit
# (figure_bound), the rest is fixed.
INDICATOR_FIGURES: tuple[Literal["target", "upstream_target", "last_year"], ...] = ("target", "upstream_target",
                                                                                  "last_year")
MEASUREMENT_COUNTS = ("numerator", "denominator")
DOSSIER_COUNTS = ("received_online", "received_in_person", "carried_over", "settled_early", "settled_on_time",
                  "settled_late", "pending_within", "pending_late")
DOSSIER_TOTALS = ("received", "settled", "pending")
FIELDS: dict[str, Bound] = {
    **{f"measurement.{name}": COUNT for name in MEASUREMENT_COUNTS},
    **{f"dossier.{name}": COUNT for name in (*DOSSIER_COUNTS, *DOSSIER_TOTALS)},
    "document.year": YEAR,
    "document.issued_on": DAY,
    "plan.year": YEAR,
    "progress.reported_on": DAY,
    "progress.checkpoint": DAY,
    "evidence.doc_date": DAY,
    "unit.active_from": DAY,
    "unit.active_to": DAY,
    "official.active_from": DAY,
    "official.active_to": DAY,
    "organization.report_cutoff_day": CUTOFF_DAY,
    "organization.report_due_day": DUE_DAY,
}


def exact(value: Decimal | float | int) -> Decimal | None:
    """`value` as the Decimal it stands for (a float through its shortest repr); None for NaN."""
    if isinstance(value, Decimal):
        return None if value.is_nan() else value
    if isinstance(value, float):
        return None if math.isnan(value) else Decimal(repr(value))
    return Decimal(value)


def breach(bound: Bound, value: Decimal | float | int | date, percent_written: bool = False) -> Breach | None:
    """How `value` breaks `bound`, or None when it may be stored as it is.

    A Decimal (what the clerk wrote) must also survive the float it is stored as: 15 significant digits.
    """
    if bound.is_date:
        if not (isinstance(value, date) and isinstance(bound.low, date) and isinstance(bound.high, date)):
            return Breach.WRONG_TYPE
        return Breach.BELOW if value < bound.low else Breach.ABOVE if value > bound.high else None
    if isinstance(value, bool) or not isinstance(value, Decimal | float | int):
        return Breach.WRONG_TYPE
    if percent_written and not bound.percent:
        return Breach.NOT_PERCENT
    number = exact(value)
    if number is None or not number.is_finite():
        return Breach.NOT_FINITE
    if isinstance(bound.low, Decimal) and number < bound.low:  # a bound of numbers: not is_date
        return Breach.BELOW
    if isinstance(bound.high, Decimal) and number > bound.high:
        return Breach.ABOVE
    if bound.whole and number != number.to_integral_value():
        return Breach.NOT_WHOLE
    if isinstance(value, Decimal) and not _keeps(number):
        return Breach.INEXACT
    return None


def _keeps(number: Decimal) -> bool:
    """Whether the float stored for `number` gives `number` back (at most 15 significant digits do)."""
    try:
        return Decimal(repr(float(number))) == number
    except (InvalidOperation, OverflowError, ValueError):
        return False
