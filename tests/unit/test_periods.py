"""Reporting periods with the cut-off on the 14th and in calendar mode; the rule for next year's targets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tthc_desktop.domain.periods import (
    KINDS,
    TargetRule,
    due_date,
    key_of,
    month_end,
    next_due_period,
    parse_key,
    period,
    period_containing,
    periods_of_year,
    propose_target,
    tiling,
    year_to_date_key,
)

D = date
CUTOFFS = st.one_of(st.none(), st.integers(1, 31))


@pytest.mark.parametrize(("key", "kind", "start", "end"), [
    ("2026-M01", "month", D(2025, 12, 15), D(2026, 1, 14)),
    ("2026-M03", "month", D(2026, 2, 15), D(2026, 3, 14)),
    ("2026-M12", "month", D(2026, 11, 15), D(2026, 12, 14)),
    ("2026-Q1", "quarter", D(2025, 12, 15), D(2026, 3, 14)),
    ("2026-Q2", "quarter", D(2026, 3, 15), D(2026, 6, 14)),
    ("2026-Q3", "quarter", D(2026, 6, 15), D(2026, 9, 14)),
    ("2026-Q4", "quarter", D(2026, 9, 15), D(2026, 12, 14)),
    ("2026-H1", "half_year", D(2025, 12, 15), D(2026, 6, 14)),
    ("2026-9M", "nine_months", D(2025, 12, 15), D(2026, 9, 14)),
    ("2026-Y", "year", D(2025, 12, 15), D(2026, 12, 14)),
])
def test_periods_with_the_cut_off_on_the_14th(key: str, kind: str, start: date, end: date) -> None:
    p = period(key)
    assert (p.key, p.kind, p.start, p.end) == (key, kind, start, end)
    assert period(key, cutoff_day=14) == p
    assert p.year == 2026


@pytest.mark.parametrize(("key", "start", "end"), [
    ("2024-M02", D(2024, 2, 1), D(2024, 2, 29)),
    ("2026-M02", D(2026, 2, 1), D(2026, 2, 28)),
    ("2026-M12", D(2026, 12, 1), D(2026, 12, 31)),
    ("2026-Q1", D(2026, 1, 1), D(2026, 3, 31)),
    ("2026-Q4", D(2026, 10, 1), D(2026, 12, 31)),
    ("2026-H1", D(2026, 1, 1), D(2026, 6, 30)),
    ("2026-9M", D(2026, 1, 1), D(2026, 9, 30)),
    ("2026-Y", D(2026, 1, 1), D(2026, 12, 31)),
])
def test_calendar_periods_when_there_is_no_cut_off(key: str, start: date, end: date) -> None:
    assert (period(key, cutoff_day=None).start, period(key, cutoff_day=None).end) == (start, end)
    assert period(key, cutoff_day=31) == period(key, cutoff_day=None)  # 31 is how the profile stores it


def test_another_cut_off_day_moves_every_boundary() -> None:
    assert (period("2026-M03", 20).start, period("2026-M03", 20).end) == (D(2026, 2, 21), D(2026, 3, 20))
    assert period("2026-Q1", 30).start == D(2025, 12, 31)
    assert period("2026-M03", 30).start == D(2026, 3, 1)  # February has no 30th: it ends on the 28th


@pytest.mark.parametrize("bad", ["2026-M3", "2026-M13", "2026-M00", "2026-Q5", "2026-Q0", "2026-H2", "26-Y",
                                 "2026-y", "2026Q1", " 2026-Q1", "", "0000-Q1", "9999-Y"])
def test_a_malformed_key_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        period(bad)


def test_keys_and_their_parts() -> None:
    assert parse_key("2026-Q2") == (2026, "quarter", 2)
    assert parse_key("2026-9M") == (2026, "nine_months", 1)
    assert key_of(2026, "month", 3) == "2026-M03"
    assert [key_of(2026, k) for k in ("half_year", "nine_months", "year")] == ["2026-H1", "2026-9M", "2026-Y"]
    assert period("2026-Q3").months == (7, 9)
    with pytest.raises(ValueError):
        key_of(2026, "quarter", 5)
    with pytest.raises(ValueError):
        period("2026-Q1", cutoff_day=0)


@given(year=st.integers(1990, 2100), cutoff=CUTOFFS)
def test_months_and_quarters_tile_the_year_without_gaps_or_overlaps(year: int, cutoff: int | None) -> None:
    whole = period(f"{year}-Y", cutoff)
    for kind in ("month", "quarter"):
        parts = periods_of_year(year, kind, cutoff)
        assert parts[0].start == whole.start and parts[-1].end == whole.end
        for before, after in zip(parts, parts[1:], strict=False):
            assert after.start == before.end + timedelta(days=1)
        assert all(p.start <= p.end for p in parts)
    assert period(f"{year + 1}-Y", cutoff).start == whole.end + timedelta(days=1)  # years tile too
    months = periods_of_year(year, "month", cutoff)
    assert period(f"{year}-H1", cutoff).end == months[5].end and period(f"{year}-9M", cutoff).end == months[8].end
    assert [len(periods_of_year(year, k, cutoff)) for k in KINDS] == [12, 4, 1, 1, 1]


@given(day=st.dates(date(1990, 1, 1), date(2100, 12, 31)), cutoff=CUTOFFS)
def test_every_day_is_in_exactly_one_month_quarter_and_year(day: date, cutoff: int | None) -> None:
    for kind in ("month", "quarter", "year"):
        found = period_containing(day, kind, cutoff)
        assert day in found
        near = periods_of_year(found.year - 1, kind, cutoff) + periods_of_year(found.year, kind, cutoff) + \
            periods_of_year(found.year + 1, kind, cutoff)
        assert [p for p in near if day in p] == [found]


@pytest.mark.parametrize(("day", "kind", "cutoff", "key"), [
    (D(2025, 12, 14), "month", 14, "2025-M12"),
    (D(2025, 12, 15), "month", 14, "2026-M01"),
    (D(2025, 12, 20), "quarter", 14, "2026-Q1"),
    (D(2025, 12, 31), "year", 14, "2026-Y"),
    (D(2026, 3, 14), "quarter", 14, "2026-Q1"),
    (D(2026, 3, 15), "quarter", 14, "2026-Q2"),
    (D(2025, 12, 31), "year", None, "2025-Y"),
    (D(2026, 1, 1), "month", None, "2026-M01"),
])
def test_the_period_containing_a_day_across_the_year_boundary(day: date, kind: str, cutoff: int | None,
                                                              key: str) -> None:
    assert period_containing(day, kind, cutoff).key == key


def test_overlapping_kinds_have_no_single_containing_period() -> None:
    with pytest.raises(ValueError):
        period_containing(D(2026, 5, 1), "half_year")
    with pytest.raises(ValueError):
        periods_of_year(2026, "week")


def test_due_dates_after_the_cut_off() -> None:
    assert due_date(period("2026-M03"), 18) == D(2026, 3, 18)  # "before the 18th", cut-off on the 14th
    assert due_date(period("2026-M03", None), 18) == D(2026, 4, 18)  # calendar month: the next month's 18th
    assert due_date(period("2026-M12", None), 18) == D(2027, 1, 18)
    assert due_date(period("2026-M01", None), 31) == D(2026, 2, 28)  # clamped to February's end
    assert due_date(period("2026-Q1")) == D(2026, 3, 14)  # no due day: the last day of the period


@pytest.mark.parametrize(("today", "kind", "cutoff", "due_day", "key"), [
    (D(2026, 3, 16), "month", 14, 18, "2026-M03"),
    (D(2026, 3, 18), "month", 14, 18, "2026-M03"),
    (D(2026, 3, 19), "month", 14, 18, "2026-M04"),
    (D(2026, 3, 14), "quarter", 14, None, "2026-Q1"),
    (D(2026, 3, 15), "quarter", 14, None, "2026-Q2"),
    (D(2026, 12, 15), "month", 14, None, "2027-M01"),
    (D(2026, 12, 20), "year", 14, None, "2027-Y"),
    (D(2027, 1, 10), "year", None, 18, "2026-Y"),  # calendar year 2026 is reported by 18/1/2027
    (D(2026, 7, 1), "half_year", 14, 18, "2027-H1"),
])
def test_the_next_report_due(today: date, kind: str, cutoff: int | None, due_day: int | None, key: str) -> None:
    assert next_due_period(today, kind, cutoff, due_day).key == key


def test_year_to_date_keys_and_tilings() -> None:
    assert [year_to_date_key(k) for k in ("2026-Q1", "2026-Q2", "2026-M09", "2026-Q4", "2026-M05", "2026-H1")] == [
        "2026-Q1", "2026-H1", "2026-9M", "2026-Y", None, "2026-H1"]
    months = [key_of(2026, "month", m) for m in range(1, 13)]
    assert tiling(2026, 5, months) == months[:5]
    assert tiling(2026, 5, [*months, "2026-Q1"]) == ["2026-Q1", "2026-M04", "2026-M05"]
    assert tiling(2026, 6, ["2026-H1", "2026-Q1", "2026-Q2"]) == ["2026-H1"]
    assert tiling(2026, 6, ["2026-Q1", "2026-M05", "2026-M06"]) is None  # April is missing
    assert tiling(2026, 6, ["2026-Q1", "2026-M04", "2026-M05", "2026-M06", "2026-M07"]) == [
        "2026-Q1", "2026-M04", "2026-M05", "2026-M06"]


def test_month_end_clamps_the_cut_off_to_the_month() -> None:
    assert month_end(2026, 2, 30) == D(2026, 2, 28)
    assert month_end(2026, 4, None) == D(2026, 4, 30)


# ---------------------------------------------------------------- targets


@pytest.mark.parametrize(("last", "upstream", "percent", "mode", "expected"), [
    (85, 90, True, "times", (90, TargetRule.BELOW_UPSTREAM)),  # below upstream: upstream
    (90, 90, True, "times", (99, TargetRule.RAISED)),  # reached: raised by 10%
    (87, 80, True, "times", (95.7, TargetRule.RAISED)),  # exactly 95.7, no float noise
    (95, 90, True, "times", (100, TargetRule.RAISED_CAPPED)),  # 104.5 capped at 100
    (100, 100, True, "times", (100, TargetRule.RAISED_CAPPED)),
    (85, 80, True, "points", (95, TargetRule.RAISED)),  # +10 points
    (95, 90, True, "points", (100, TargetRule.RAISED_CAPPED)),
    (70, 80, True, "points", (80, TargetRule.BELOW_UPSTREAM)),
    (33.33, None, True, "times", (36.67, TargetRule.RAISED)),  # 36.663 rounded up: never below the raise
    (0.03125, 0.03125, True, "times", (0.04, TargetRule.RAISED)),
    (50, None, True, "times", (55, TargetRule.RAISED)),  # no upstream target: last year raised
    (None, 95, True, "times", (95, TargetRule.UPSTREAM_ONLY)),  # no result last year: upstream
    (None, None, True, "times", (None, TargetRule.NO_BASIS)),
    (47, 40, False, "times", (52, TargetRule.RAISED)),  # a count: 51.7 rounded up
    (47, 40, False, "points", (52, TargetRule.RAISED)),  # points mean nothing for a count
    (150, 120, False, "times", (165, TargetRule.RAISED)),  # counts are never capped
    (120, 110, True, "times", (110, TargetRule.UPSTREAM_FLOOR)),  # capped below upstream: never below upstream
])
def test_the_proposed_target(last: float | None, upstream: float | None, percent: bool, mode: str,
                             expected: tuple[float | None, TargetRule]) -> None:
    target, rule = propose_target(last, upstream, percent, raise_mode=mode)
    assert (target, rule) == expected
    assert isinstance(rule, str)  # a text key the UI words


def test_the_default_raise_is_times_one_point_one() -> None:
    assert propose_target(80, 70, True) == (88, TargetRule.RAISED)


@given(last=st.floats(0, 100), upstream=st.one_of(st.none(), st.floats(0, 100)), mode=st.sampled_from(["times",
                                                                                                       "points"]))
def test_a_percentage_target_is_never_below_upstream_nor_above_100(last: float, upstream: float | None,
                                                                   mode: str) -> None:
    target, rule = propose_target(last, upstream, True, raise_mode=mode)
    assert target is not None and target <= 100
    if upstream is not None:
        assert target >= upstream
    if upstream is None or last >= upstream:
        assert target >= min(last * 1.1, 100) - 1e-9 and rule in (TargetRule.RAISED, TargetRule.RAISED_CAPPED)


def test_impossible_inputs_are_refused() -> None:
    with pytest.raises(ValueError):
        propose_target(-1, 90, True)
    with pytest.raises(ValueError):
        propose_target(90, float("nan"), True)
    with pytest.raises(ValueError):
        propose_target(90, 90, True, raise_mode="plus")
