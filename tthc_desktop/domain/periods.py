"""Reporting periods with their data cut-off, and next year's proposed targets (see reporting.md).

A period key names a period of a year: "2026-M03" (month), "2026-Q1" (quarter), "2026-H1" (first 6 months),
"2026-9M" (first 9 months), "2026-Y" (year). Its dates depend on the commune's cut-off day: with the default 14,
month M runs from the 15th of M-1 to the 14th of M, and every period of a year starts on 15/12 of the year before.

Decisions where reporting.md is silent (the tests pin each one down):
- The cut-off day is clamped to the month's length, and month M ends on that day of M and starts the day after
  month M-1 ends, so any cut-off day 1..31 tiles the year without gaps. Calendar periods are cut-off 31 (`None`
  is an alias of it): month M is the 1st to its last day.
- Quarters, the first 6 and 9 months and the year are unions of months: Q2 is M04..M06, 9M is M01..M09.
- The report of a period is due on the first `due_day` after the period ends (day clamped to the month's length:
  18 after a cut-off on the 14th is the 18th of the same month; 18 after a calendar month is the 18th of the next
  month); with no due day, on the period's last day.
- `period_containing` exists for the kinds that tile the year (month, quarter, year); H1 and 9M overlap them.
- Targets are rounded up, so a proposal is never below the exact raise: counts (not percentages) to a whole number
  (and raised by ×1.10 whatever the raise mode: points mean nothing for a count), percentages to 2 decimals.
  With no last-year result the target is the upstream target; with no upstream target, last year's result raised.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum

DEFAULT_CUTOFF_DAY = 14
CALENDAR = 31  # a cut-off on the last day of every month: calendar periods

KINDS = ("month", "quarter", "half_year", "nine_months", "year")
TILING_KINDS = ("month", "quarter", "year")
_KEY = re.compile(r"(?P<year>[0-9]{4})-(?:M(?P<month>0[1-9]|1[0-2])|Q(?P<quarter>[1-4])|(?P<cumulative>H1|9M|Y))")
_CUMULATIVE = {"H1": "half_year", "9M": "nine_months", "Y": "year"}
_CUMULATIVE_MONTHS = {"half_year": 6, "nine_months": 9, "year": 12}


@dataclass(frozen=True, order=True)
class ReportingPeriod:
    """A period and its data cut-off dates, both included."""

    key: str
    kind: str
    start: date
    end: date

    @property
    def year(self) -> int:
        return int(self.key[:4])

    @property
    def months(self) -> tuple[int, int]:
        """The first and last month (1..12) of the year it covers: Q2 is (4, 6), 9M is (1, 9)."""
        return month_span(self.key)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def _cutoff(cutoff_day: int | None) -> int:
    if cutoff_day is None:
        return CALENDAR
    if not 1 <= cutoff_day <= 31:
        raise ValueError(f"a cut-off day is 1 to 31, not {cutoff_day}")
    return cutoff_day


def _clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def month_end(year: int, month: int, cutoff_day: int | None = DEFAULT_CUTOFF_DAY) -> date:
    """The last day of month `month` of the reporting year `year`."""
    return _clamped(year, month, _cutoff(cutoff_day))


def month_start(year: int, month: int, cutoff_day: int | None = DEFAULT_CUTOFF_DAY) -> date:
    """The first day of month `month`: the day after the previous month ends (15/12 of year-1 for M01)."""
    before = month_end(year - 1, 12, cutoff_day) if month == 1 else month_end(year, month - 1, cutoff_day)
    return before + timedelta(days=1)


def parse_key(key: str) -> tuple[int, str, int]:
    """(year, kind, number) of a period key: "2026-Q2" -> (2026, "quarter", 2). Raises ValueError."""
    m = _KEY.fullmatch(key) if isinstance(key, str) else None
    if m is None:
        raise ValueError(f"not a period key: {key!r} (2026-M03, 2026-Q1, 2026-H1, 2026-9M, 2026-Y)")
    year = int(m["year"])
    if not 2 <= year <= 9998:  # its dates reach into the year before and stay within what a date can hold
        raise ValueError(f"no periods in the year {year}")
    if m["month"]:
        return year, "month", int(m["month"])
    if m["quarter"]:
        return year, "quarter", int(m["quarter"])
    return year, _CUMULATIVE[m["cumulative"]], 1


def is_key(key: str) -> bool:
    try:
        parse_key(key)
    except ValueError:
        return False
    return True


def month_span(key: str) -> tuple[int, int]:
    """The months (first, last) a key covers in its year."""
    _, kind, number = parse_key(key)
    if kind == "month":
        return number, number
    if kind == "quarter":
        return 3 * number - 2, 3 * number
    return 1, _CUMULATIVE_MONTHS[kind]


def key_of(year: int, kind: str, number: int = 1) -> str:
    """The key of the `number`-th period of `kind` in `year`: key_of(2026, "month", 3) == "2026-M03"."""
    if kind == "month" and 1 <= number <= 12:
        return f"{year:04d}-M{number:02d}"
    if kind == "quarter" and 1 <= number <= 4:
        return f"{year:04d}-Q{number}"
    for suffix, name in _CUMULATIVE.items():
        if kind == name and number == 1:
            return f"{year:04d}-{suffix}"
    raise ValueError(f"no period {number} of kind {kind!r}")


def period(key: str, cutoff_day: int | None = DEFAULT_CUTOFF_DAY) -> ReportingPeriod:
    """The period a key stands for: period("2026-Q1") runs from 15/12/2025 to 14/3/2026."""
    year, kind, _ = parse_key(key)
    first, last = month_span(key)
    return ReportingPeriod(key, kind, month_start(year, first, cutoff_day), month_end(year, last, cutoff_day))


def periods_of_year(year: int, kind: str, cutoff_day: int | None = DEFAULT_CUTOFF_DAY) -> list[ReportingPeriod]:
    """Every period of `kind` in `year`, in order: 12 months, 4 quarters, or one H1, 9M or year."""
    if kind not in KINDS:
        raise ValueError(f"not a period kind: {kind!r} {KINDS}")
    count = {"month": 12, "quarter": 4}.get(kind, 1)
    return [period(key_of(year, kind, n), cutoff_day) for n in range(1, count + 1)]


def period_containing(day: date, kind: str, cutoff_day: int | None = DEFAULT_CUTOFF_DAY) -> ReportingPeriod:
    """The month, quarter or year whose cut-off dates include `day`: 20/12/2025 is in 2026-M01 (cut-off 14)."""
    if kind not in TILING_KINDS:
        raise ValueError(f"{kind!r} periods overlap others; use periods_of_year for them")
    year = day.year + 1 if day > month_end(day.year, 12, cutoff_day) else day.year
    return next(p for p in periods_of_year(year, kind, cutoff_day) if day in p)


def due_date(p: ReportingPeriod, due_day: int | None = None) -> date:
    """When the report of `p` is due: the first `due_day` after it ends, or its last day with no due day."""
    if due_day is None:
        return p.end
    if not 1 <= due_day <= 31:
        raise ValueError(f"a due day is 1 to 31, not {due_day}")
    after = p.end + timedelta(days=1)
    candidate = _clamped(after.year, after.month, due_day)
    if candidate < after:
        following = date(after.year + after.month // 12, after.month % 12 + 1, 1)
        candidate = _clamped(following.year, following.month, due_day)
    return candidate


def next_due_period(today: date, kind: str, cutoff_day: int | None = DEFAULT_CUTOFF_DAY,
                    due_day: int | None = None) -> ReportingPeriod:
    """The period of `kind` whose report falls due next: the earliest with its due date on or after `today`."""
    candidates = [p for year in (today.year - 1, today.year, today.year + 1)
                  for p in periods_of_year(year, kind, cutoff_day)]
    return min((p for p in candidates if due_date(p, due_day) >= today), key=lambda p: due_date(p, due_day))


def year_to_date_key(key: str) -> str | None:
    """The cumulative key that ends where `key` ends (Q2 -> H1, M09 -> 9M, M12 -> Y, Q1 -> Q1), if there is one."""
    year, _, _ = parse_key(key)
    _, last = month_span(key)
    return {3: f"{year:04d}-Q1", 6: f"{year:04d}-H1", 9: f"{year:04d}-9M", 12: f"{year:04d}-Y"}.get(last)


def tiling(year: int, last_month: int, available: Iterable[str]) -> list[str] | None:
    """Keys among `available` that cover months 1..last_month of `year` exactly once, longest pieces first
    (a stored H1 beats six months); None when they cannot. Used to add up year-to-date figures."""
    have = set(available)

    def pieces(first: int) -> list[str]:
        keys = [key_of(year, "month", first)]
        if first % 3 == 1:
            keys.append(key_of(year, "quarter", first // 3 + 1))
        if first == 1:
            keys += [f"{year:04d}-H1", f"{year:04d}-9M", f"{year:04d}-Y"]
        return sorted((k for k in keys if k in have and month_span(k)[1] <= last_month),
                      key=lambda k: -month_span(k)[1])

    def cover(first: int) -> list[str] | None:
        if first > last_month:
            return []
        for key in pieces(first):
            rest = cover(month_span(key)[1] + 1)
            if rest is not None:
                return [key, *rest]
        return None

    return cover(1)


# ---------------------------------------------------------------- targets


class TargetRule(StrEnum):
    """Which rule produced a proposed target; the UI words each one."""

    NO_BASIS = "no_basis"  # neither last year's result nor an upstream target: nothing to propose
    UPSTREAM_ONLY = "upstream_only"  # no result last year: the upstream target
    BELOW_UPSTREAM = "below_upstream"  # last year below the upstream target: the upstream target
    RAISED = "raised"  # last year raised by 10%
    RAISED_CAPPED = "raised_capped"  # last year raised, capped at 100%
    UPSTREAM_FLOOR = "upstream_floor"  # the raise fell short of the upstream target: the upstream target


def _round(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.01"), rounding=ROUND_CEILING))


def propose_target(last_year: float | None, upstream: float | None, percent: bool,
                   raise_mode: str = "times") -> tuple[float | None, TargetRule]:
    """Next year's target from last year's result and the upper level's target (reporting.md).

    Below upstream -> upstream; otherwise last year raised by 10% (×1.10, or +10 points for percentages with
    raise_mode="points"), capped at 100 for percentages, never below upstream.
    """
    if raise_mode not in ("times", "points"):
        raise ValueError(f"raise_mode is 'times' or 'points', not {raise_mode!r}")
    for figure in (last_year, upstream):
        if figure is not None and not (math.isfinite(figure) and figure >= 0):
            raise ValueError(f"a figure cannot be {figure}")
    if last_year is None:
        return (None, TargetRule.NO_BASIS) if upstream is None else (float(upstream), TargetRule.UPSTREAM_ONLY)
    if upstream is not None and last_year < upstream:
        return float(upstream), TargetRule.BELOW_UPSTREAM
    last = Decimal(str(last_year))
    rule = TargetRule.RAISED
    if not percent:
        raised = float(math.ceil(last * Decimal("1.1")))
    else:
        raised = _round(last + 10 if raise_mode == "points" else last * Decimal("1.1"))
        if raised > 100:
            raised, rule = 100.0, TargetRule.RAISED_CAPPED
    if upstream is not None and raised < upstream:
        return float(upstream), TargetRule.UPSTREAM_FLOOR
    return raised, rule
