"""What the reminders list and when, without Qt (services/reminders.py), on the demo plan judged at chosen days."""

from __future__ import annotations

from datetime import date

import pytest

from tests.clock import Clock
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.services.registry import Services
from tthc_desktop.services.reminders import REMINDER_DAYS, due_to_remind, remembered_day, reminder, window_days
from tthc_desktop.services.tracking import TrackingService

D = date


def judged(services: Services, day: date) -> list:
    return services.tracking.tasks(year=day.year, at=day)


@pytest.mark.parametrize("day", [D(2025, 3, 20), D(2025, 6, 20), D(2025, 9, 25), D(2025, 12, 20)])
def test_it_lists_what_the_dashboard_calls_overdue_and_due_soon(services: Services, demo_plan_id: int,
                                                                 day: date) -> None:
    found = reminder(judged(services, day), day)
    board = TrackingService(services.database.session_factory, today=Clock(day)).dashboard(demo_plan_id)
    assert found is not None
    assert {t.task_id for t in found.overdue} == {t.task_id for t in board.overdue}
    assert {t.task_id for t in found.due} == {t.task_id for t in board.due_soon}
    assert found.day == day and found.within == REMINDER_DAYS and found.plan_ids == (demo_plan_id,)


def test_the_overdue_come_first_then_the_soonest(services: Services, demo_plan_id: int) -> None:
    day = D(2025, 6, 20)
    found = reminder(judged(services, day), day, within=20)
    assert found is not None and found.overdue and found.due
    assert all(t.status is TaskStatus.OVERDUE for t in found.tasks[:len(found.overdue)])
    lateness = [t.days_left for t in found.overdue]
    assert lateness == sorted(lateness)  # most overdue (most negative) first
    assert [t.days_left for t in found.due] == sorted(t.days_left for t in found.due)
    assert all(0 <= t.days_left <= 20 for t in found.due)


def test_a_wider_window_lists_more_and_nothing_due_lists_nothing(services: Services, demo_plan_id: int) -> None:
    day = D(2025, 3, 5)  # two days after the decision: Q1's deadlines are 26 days off
    assert reminder(judged(services, day), day, within=14) is None
    wide = reminder(judged(services, day), day, within=30)
    assert wide is not None and {t.label for t in wide.due} >= {"1", "2"} and not wide.overdue


def test_a_past_years_plan_is_not_listed(services: Services, demo_plan_id: int) -> None:
    day = D(2026, 3, 1)  # the seed plan is 2025's: the year's plans hold none
    assert reminder(judged(services, day), day) is None


@pytest.mark.parametrize(("day", "within"), [(D(2025, 3, 15), 14), (D(2025, 3, 15), 17), (D(2025, 3, 20), 14),
                                           (D(2025, 6, 13), 14), (D(2025, 6, 13), 17), (D(2025, 6, 20), 40),
                                           (D(2025, 9, 25), 0), (D(2025, 12, 20), 14)])
def test_it_lists_what_chasing_the_units_calls_late_and_due(services: Services, demo_plan_id: int, day: date,
                                                            within: int) -> None:
    """The reminder and the By unit page, the slips and `tthc-desktop due` read the same judgement with the same
    "due within N days" rule: what the reminder lists is what all the units together owe, late or due."""
    from tthc_desktop.services.chasing import ALL_UNITS, ChasingService

    found = reminder(judged(services, day), day, within)
    dues = ChasingService(services.database.session_factory, today=Clock(day)).dues(
        year=day.year, unit=ALL_UNITS, within=within, at=day)
    late = {o.task.task_id for u in dues.units for o in u.late}
    due = {o.task.task_id for u in dues.units for o in u.due}
    assert ({t.task_id for t in found.overdue} if found else set()) == late
    assert ({t.task_id for t in found.due} if found else set()) == due
    assert (found is None) == (not late | due)  # on 15/3 within 14 days: nothing on either side


def test_once_a_day() -> None:
    assert due_to_remind(None, D(2026, 3, 14))
    assert not due_to_remind(D(2026, 3, 14), D(2026, 3, 14))
    assert due_to_remind(D(2026, 3, 13), D(2026, 3, 14))
    assert due_to_remind(D(2026, 3, 15), D(2026, 3, 14))  # the clock set back: another day


@pytest.mark.parametrize(("value", "day"), [("2026-03-14", D(2026, 3, 14)), (None, None), ("", None),
                                            ("14/03/2026", None), (12, None)])
def test_the_remembered_day_is_read_or_ignored(value: object, day: date | None) -> None:
    assert remembered_day(value) == day


@pytest.mark.parametrize(("value", "days"), [(None, REMINDER_DAYS), ("7", 7), (30, 30), ("x", REMINDER_DAYS),
                                             ("-3", 0), ("9999", 365)])
def test_the_window_setting_is_read_within_bounds(value: object, days: int) -> None:
    assert window_days(value) == days
