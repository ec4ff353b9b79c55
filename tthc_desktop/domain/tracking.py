"""Tracking rules as pure functions: Biểu 06 row checks, indicator figures, attainment and an indicator's standing.

A task's status lives in domain/status.py. Decisions where reporting.md is silent (the tests pin each one down):
- Indicator figures: a ratio with denominator 0 has no figure; comparisons allow 1e-9 for float noise; "=" is met
  when the figure reaches the target (as ">="); an indicator without a target is NO_TARGET.
- An indicator's standing at a period (the one verdict the dashboard, the report's sentences and the workbook
  give): its year-to-date figure against the (yearly) target when there is one, else the period's own figure, else
  no figure. See docs/STATUS_RULES.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from enum import StrEnum

from tthc_desktop.domain.enums import Comparator

EPSILON = 1e-9

# ---------------------------------------------------------------- Biểu 06


class DossierRule(StrEnum):
    """The four checks of form Biểu 06, written as the form numbers its columns."""

    RECEIVED = "(3) = (4) + (5) + (6)"
    SETTLED = "(7) = (8) + (9) + (10)"
    PENDING = "(11) = (12) + (13)"
    BALANCE = "(3) = (7) + (11)"


@dataclass(frozen=True)
class DossierRow:
    """One row of Biểu 06: a field (lĩnh vực) and its counts. Totals left None are the sums of their parts."""

    field: str
    received_online: int = 0  # (4)
    received_in_person: int = 0  # (5)
    carried_over: int = 0  # (6)
    settled_early: int = 0  # (8)
    settled_on_time: int = 0  # (9)
    settled_late: int = 0  # (10)
    pending_within: int = 0  # (12)
    pending_late: int = 0  # (13)
    received: int | None = None  # (3), as written on the form
    settled: int | None = None  # (7)
    pending: int | None = None  # (11)

    @property
    def received_parts(self) -> int:
        return self.received_online + self.received_in_person + self.carried_over

    @property
    def settled_parts(self) -> int:
        return self.settled_early + self.settled_on_time + self.settled_late

    @property
    def pending_parts(self) -> int:
        return self.pending_within + self.pending_late

    @property
    def received_total(self) -> int:
        return self.received if self.received is not None else self.received_parts

    @property
    def settled_total(self) -> int:
        return self.settled if self.settled is not None else self.settled_parts

    @property
    def pending_total(self) -> int:
        return self.pending if self.pending is not None else self.pending_parts

    def column(self, number: int) -> int:
        """The figure in column (3)..(13) of the form."""
        return COLUMNS[number](self)


COLUMNS: dict[int, Callable[[DossierRow], int]] = {
    3: lambda r: r.received_total, 4: lambda r: r.received_online, 5: lambda r: r.received_in_person,
    6: lambda r: r.carried_over, 7: lambda r: r.settled_total, 8: lambda r: r.settled_early,
    9: lambda r: r.settled_on_time, 10: lambda r: r.settled_late, 11: lambda r: r.pending_total,
    12: lambda r: r.pending_within, 13: lambda r: r.pending_late,
}
TOTAL_FIELDS = ("received", "settled", "pending")
COUNT_FIELDS = tuple(f.name for f in fields(DossierRow) if f.name != "field")
PART_FIELDS = tuple(name for name in COUNT_FIELDS if name not in TOTAL_FIELDS)


def rule_sides(row: DossierRow, rule: DossierRule) -> tuple[int, int]:
    """(left side, right side) of a check on a row: (3) and (4)+(5)+(6) for RECEIVED."""
    return {
        DossierRule.RECEIVED: (row.received_total, row.received_parts),
        DossierRule.SETTLED: (row.settled_total, row.settled_parts),
        DossierRule.PENDING: (row.pending_total, row.pending_parts),
        DossierRule.BALANCE: (row.received_total, row.settled_total + row.pending_total),
    }[rule]


def broken_rules(row: DossierRow) -> list[DossierRule]:
    """The checks a row breaks, in the form's order; empty when the row is sound."""
    return [rule for rule in DossierRule if rule_sides(row, rule)[0] != rule_sides(row, rule)[1]]


def total_row(rows: Iterable[DossierRow], field: str = "") -> DossierRow:
    """The total row: every column summed, the totals (3), (7), (11) too."""
    rows = list(rows)
    parts = {name: sum(getattr(r, name) for r in rows) for name in PART_FIELDS}
    return DossierRow(field, **parts, received=sum(r.received_total for r in rows),
                      settled=sum(r.settled_total for r in rows), pending=sum(r.pending_total for r in rows))


def on_time_figures(row: DossierRow) -> tuple[int, int]:
    """(numerator, denominator) of the on-time settlement rate: ((8)+(9)+(12)) / (3)."""
    return row.settled_early + row.settled_on_time + row.pending_within, row.received_total


def online_figures(row: DossierRow) -> tuple[int, int]:
    """(numerator, denominator) of the online dossier rate: (4) / (3)."""
    return row.received_online, row.received_total


# ---------------------------------------------------------------- indicators


class Attainment(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NO_FIGURE = "no_figure"
    NO_TARGET = "no_target"


def indicator_value(numerator: float | None = None, denominator: float | None = None,
                    value: float | None = None) -> float | None:
    """The figure of an indicator: numerator/denominator as %, else the value; None when there is none."""
    if numerator is not None and denominator is not None:
        return None if denominator == 0 else 100.0 * numerator / denominator
    return value


def attainment(value: float | None, target: float | None, comparator: Comparator | str) -> Attainment:
    """Met or not: ">=" and "=" (a plain target, met when reached) need value >= target, "<=" value <= target."""
    if target is None:
        return Attainment.NO_TARGET
    if value is None:
        return Attainment.NO_FIGURE
    if Comparator(comparator) is Comparator.AT_MOST:
        met = value <= target + EPSILON
    else:
        met = value >= target - EPSILON
    return Attainment.MET if met else Attainment.NOT_MET


class Basis(StrEnum):
    YEAR_TO_DATE = "year_to_date"
    PERIOD = "period"


@dataclass(frozen=True)
class Standing:
    """An indicator's verdict at a period, with the figure it rests on and which figure that is."""

    attainment: Attainment
    value: float | None
    basis: Basis | None


def standing(value: float | None, year_to_date: float | None, target: float | None,
             comparator: Comparator | str) -> Standing:
    """The year-to-date figure against the target when there is one, else the period's figure, else none."""
    if year_to_date is not None:
        return Standing(attainment(year_to_date, target, comparator), year_to_date, Basis.YEAR_TO_DATE)
    if value is not None:
        return Standing(attainment(value, target, comparator), value, Basis.PERIOD)
    return Standing(attainment(None, target, comparator), None, None)
