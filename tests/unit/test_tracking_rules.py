"""Pure tracking rules: task status at a date, the four checks of Biểu 06, indicator figures and attainment."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tthc_desktop.domain.enums import Comparator, TaskStatus
from tthc_desktop.domain.status import Update, assign, judge, judge_task, task_schedule
from tthc_desktop.domain.tracking import (
    Attainment,
    DossierRow,
    DossierRule,
    attainment,
    broken_rules,
    indicator_value,
    on_time_figures,
    online_figures,
    rule_sides,
    total_row,
)

D = date
DONE, IN_PROGRESS, NOT_STARTED = TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED
DUE_31_3 = [D(2026, 3, 31)]


# ---------------------------------------------------------------- a task due 31/3


@pytest.mark.parametrize(("at", "status", "days_left"), [
    (D(2026, 3, 1), TaskStatus.NOT_STARTED, 30),
    (D(2026, 3, 31), TaskStatus.NOT_STARTED, 0),  # due today: not yet overdue
    (D(2026, 4, 1), TaskStatus.OVERDUE, -1),
    (D(2026, 12, 31), TaskStatus.OVERDUE, -275),
])
def test_a_task_due_31_3_with_nothing_recorded(at: date, status: TaskStatus, days_left: int) -> None:
    judged = judge(DUE_31_3, [], at)
    assert (judged.status, judged.next_checkpoint, judged.days_left) == (status, D(2026, 3, 31), days_left)


def test_done_before_the_check_point_is_done_and_after_it_done_late() -> None:
    on_time = [Update(D(2026, 3, 30), DONE)]
    assert judge(DUE_31_3, on_time, D(2026, 3, 30)).status is TaskStatus.DONE
    assert judge(DUE_31_3, on_time, D(2026, 4, 1)).status is TaskStatus.DONE
    assert judge(DUE_31_3, on_time, D(2026, 4, 1)).next_checkpoint is None
    late = [Update(D(2026, 4, 5), DONE)]
    assert judge(DUE_31_3, late, D(2026, 4, 4)).status is TaskStatus.OVERDUE
    judged = judge(DUE_31_3, late, D(2026, 4, 5))
    assert judged.status is TaskStatus.DONE_LATE and judged.days_left is None
    assert judged.checkpoints[0].done_on == D(2026, 4, 5)
    on_the_day = [Update(D(2026, 3, 31), DONE)]
    assert judge(DUE_31_3, on_the_day, D(2026, 4, 1)).status is TaskStatus.DONE


def test_updates_after_the_date_judged_are_not_seen() -> None:
    updates = [Update(D(2026, 3, 30), DONE)]
    assert judge(DUE_31_3, updates, D(2026, 3, 29)).status is TaskStatus.NOT_STARTED


def test_in_progress_until_the_day_passes() -> None:
    updates = [Update(D(2026, 3, 10), IN_PROGRESS)]
    assert judge(DUE_31_3, updates, D(2026, 3, 20)).status is TaskStatus.IN_PROGRESS
    assert judge(DUE_31_3, updates, D(2026, 4, 1)).status is TaskStatus.OVERDUE
    reset = [*updates, Update(D(2026, 3, 12), NOT_STARTED)]
    assert judge(DUE_31_3, reset, D(2026, 3, 20)).status is TaskStatus.NOT_STARTED


# ---------------------------------------------------------------- recurring tasks: deadlines


MONTHLY = list(task_schedule("Hằng tháng", 2026, cutoff_day=None).deadlines)  # a monthly report, due at month end


def checkpoint_for(points: list[date], updates: list[Update], on: date) -> date | None:
    from tthc_desktop.domain import status

    schedule = status.TaskSchedule("due", tuple(points), (), D(2026, 1, 1), D(2026, 12, 31))
    return status.checkpoint_for(schedule, updates, on)


def test_a_monthly_task_is_judged_at_every_month_end() -> None:
    assert len(MONTHLY) == 12 and MONTHLY[1] == D(2026, 2, 28)
    january = [Update(D(2026, 1, 20), DONE)]
    judged = judge(MONTHLY, january, D(2026, 2, 10))
    assert (judged.status, judged.next_checkpoint, judged.days_left) == (IN_PROGRESS, D(2026, 2, 28), 18)
    assert judge(MONTHLY, january, D(2026, 3, 1)).status is TaskStatus.OVERDUE  # February's report missed
    caught_up = [*january, Update(D(2026, 3, 5), DONE)]  # answers February, late
    judged = judge(MONTHLY, caught_up, D(2026, 3, 5))
    assert judged.status is IN_PROGRESS and judged.next_checkpoint == D(2026, 3, 31)
    assert [s.status for s in judged.checkpoints[:3]] == [DONE, TaskStatus.DONE_LATE, NOT_STARTED]


def test_a_monthly_task_done_every_month_is_done_at_the_year_end_and_late_if_once_late() -> None:
    every_month = [Update(day, DONE) for day in MONTHLY]
    assert judge(MONTHLY, every_month, D(2027, 1, 10)).status is DONE
    once_late = [*every_month[:5], Update(D(2026, 7, 2), DONE), *every_month[6:]]
    assert judge(MONTHLY, once_late, D(2027, 1, 10)).status is TaskStatus.DONE_LATE


def test_a_second_done_in_the_same_month_does_not_complete_the_next_month() -> None:
    first = [Update(D(2026, 1, 10), DONE, order=1)]
    assert checkpoint_for(MONTHLY, [], D(2026, 1, 10)) == D(2026, 1, 31)
    assert checkpoint_for(MONTHLY, first, D(2026, 1, 20)) is None
    twice = [*first, Update(D(2026, 1, 20), DONE, order=2)]
    assert [a for _u, a in assign(MONTHLY, twice)] == [D(2026, 1, 31), None]
    assert judge(MONTHLY, twice, D(2026, 3, 1)).status is TaskStatus.OVERDUE


def test_a_catch_up_answers_the_oldest_missed_check_point() -> None:
    assert checkpoint_for(MONTHLY, [], D(2026, 4, 5)) == D(2026, 1, 31)
    due_far = [D(2026, 12, 31)]
    assert checkpoint_for(due_far, [], D(2026, 2, 1)) == D(2026, 12, 31)  # done early answers its deadline


def test_a_quarterly_task() -> None:
    schedule = task_schedule("Hàng quý", 2026)
    points = list(schedule.deadlines)
    assert schedule.kind == "recurring" and not schedule.ongoing
    assert points == [D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31)]
    updates = [Update(D(2026, 3, 28), DONE)]
    assert judge(points, updates, D(2026, 5, 1)).status is IN_PROGRESS
    assert judge(points, updates, D(2026, 7, 1)).status is TaskStatus.OVERDUE


def test_deadlines_before_the_plan_was_issued_do_not_count() -> None:
    points = task_schedule("Hằng tháng", 2025, issued_on=D(2025, 3, 3), cutoff_day=None).deadlines
    assert points[0] == D(2025, 3, 31) and len(points) == 10
    lone = task_schedule("Trước ngày 20/02/2025", 2025, issued_on=D(2025, 3, 3)).deadlines
    assert lone == (D(2025, 2, 20),)  # a deadline the plan itself set in the past stays


def test_a_task_with_no_check_point_follows_its_latest_update_and_is_never_overdue() -> None:
    schedule = task_schedule("Khi có phát sinh", 2026)
    assert (schedule.kind, schedule.deadlines, schedule.periods) == ("on_demand", (), ())
    assert judge_task(schedule, [], D(2026, 12, 31)).status is NOT_STARTED
    assert judge_task(schedule, [Update(D(2026, 5, 1), IN_PROGRESS)], D(2026, 12, 31)).status is IN_PROGRESS
    done = [Update(D(2026, 5, 1), IN_PROGRESS), Update(D(2026, 6, 1), DONE)]
    judged = judge_task(schedule, done, D(2026, 12, 31))
    assert (judged.status, judged.next_checkpoint, judged.days_left) == (DONE, None, None)


def test_a_check_point_named_by_an_update_becomes_a_deadline_of_the_task() -> None:
    asked = [Update(D(2026, 5, 2), IN_PROGRESS, checkpoint=D(2026, 5, 20))]
    assert judge([], asked, D(2026, 5, 10)).days_left == 10
    assert judge([], asked, D(2026, 5, 21)).status is TaskStatus.OVERDUE


# ---------------------------------------------------------------- ongoing tasks: periods with their progress


ONGOING = task_schedule("Thường xuyên", 2026, issued_on=D(2026, 1, 15))  # cut-off on the 14th


def test_an_ongoing_task_has_the_reporting_months_from_the_plans_issue_and_no_deadline() -> None:
    assert ONGOING.ongoing and ONGOING.deadlines == ()
    assert [(p.start, p.end) for p in ONGOING.periods[:2]] == [(D(2026, 1, 15), D(2026, 2, 14)),
                                                               (D(2026, 2, 15), D(2026, 3, 14))]
    assert len(ONGOING.periods) == 11 and ONGOING.periods[-1].end == D(2026, 12, 14)
    calendar = task_schedule("Thường xuyên", 2026, cutoff_day=None)
    assert len(calendar.periods) == 12 and calendar.periods[0].end == D(2026, 1, 31)


def test_an_ongoing_task_without_a_note_is_in_progress_never_overdue() -> None:
    assert judge_task(ONGOING, [], D(2026, 1, 10)).status is NOT_STARTED  # before the plan was issued
    for at in (D(2026, 1, 31), D(2026, 2, 1), D(2026, 7, 1), D(2026, 12, 13)):
        judged = judge_task(ONGOING, [], at)
        assert judged.status is IN_PROGRESS and judged.days_left is None, at
    judged = judge_task(ONGOING, [], D(2026, 7, 1))
    assert judged.missing == (D(2026, 2, 14), D(2026, 3, 14), D(2026, 4, 14), D(2026, 5, 14), D(2026, 6, 14))
    assert judged.next_checkpoint == D(2026, 7, 14)  # when this month's progress is looked for


def test_each_reporting_month_is_judged_by_its_progress() -> None:
    notes = [Update(D(2026, 2, 3), IN_PROGRESS), Update(D(2026, 3, 20), DONE), Update(D(2026, 3, 25), IN_PROGRESS)]
    judged = judge_task(ONGOING, notes, D(2026, 5, 1))
    assert judged.status is IN_PROGRESS and judged.missing == (D(2026, 3, 14),)
    months = [s for s in judged.checkpoints if s.period]
    assert [s.status for s in months[:3]] == [DONE, NOT_STARTED, DONE]
    assert months[2].done_on == D(2026, 3, 20)
    said_not_started = [*notes, Update(D(2026, 4, 2), NOT_STARTED)]
    assert judge_task(ONGOING, said_not_started, D(2026, 5, 1)).status is NOT_STARTED


def test_an_ongoing_task_is_done_once_every_month_of_the_year_has_its_progress() -> None:
    every_month = [Update(p.start, IN_PROGRESS) for p in ONGOING.periods]
    assert judge_task(ONGOING, every_month, D(2026, 12, 14)).status is IN_PROGRESS  # the last month not over
    assert judge_task(ONGOING, every_month, D(2026, 12, 20)).status is DONE
    one_missing = every_month[:4] + every_month[5:]
    judged = judge_task(ONGOING, one_missing, D(2026, 12, 20))
    assert judged.status is IN_PROGRESS and judged.missing == (ONGOING.periods[4].end,)


def test_an_ongoing_task_with_a_quarterly_report_is_overdue_only_by_its_reports() -> None:
    both = task_schedule("Thường xuyên; báo cáo hàng quý", 2026, cutoff_day=None)
    assert both.ongoing and both.deadlines == (D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30), D(2026, 12, 31))
    assert judge_task(both, [], D(2026, 3, 20)).status is IN_PROGRESS
    assert judge_task(both, [], D(2026, 4, 1)).status is TaskStatus.OVERDUE
    reported = [Update(D(2026, 3, 30), DONE, checkpoint=D(2026, 3, 31))]
    judged = judge_task(both, reported, D(2026, 4, 1))
    assert judged.status is IN_PROGRESS and judged.next_checkpoint == D(2026, 6, 30) and judged.days_left == 90


def test_a_new_note_of_an_ongoing_task_names_its_month() -> None:
    from tthc_desktop.domain.status import checkpoint_for as answer

    assert answer(ONGOING, [], D(2026, 3, 20), IN_PROGRESS) == D(2026, 4, 14)
    assert answer(ONGOING, [Update(D(2026, 3, 18), DONE, D(2026, 4, 14))], D(2026, 3, 20)) == D(2026, 4, 14)
    assert answer(ONGOING, [], D(2026, 12, 20), IN_PROGRESS) is None  # after the last month of the year


def test_a_past_years_plan_is_judged_at_its_year_end() -> None:
    due = task_schedule("Quý I", 2025)
    judged = judge_task(due, [], D(2026, 12, 4))
    assert (judged.status, judged.days_left, judged.closed) == (TaskStatus.OVERDUE, None, True)
    late = judge_task(due, [Update(D(2026, 2, 1), DONE)], D(2026, 12, 4))  # recorded after the year: not seen
    assert late.status is TaskStatus.OVERDUE
    ongoing = judge_task(task_schedule("Thường xuyên", 2025), [Update(D(2025, 6, 1), IN_PROGRESS)], D(2026, 12, 4))
    assert ongoing.status is IN_PROGRESS and ongoing.closed and len(ongoing.missing) == 11


def test_due_soon_is_one_rule() -> None:
    from tthc_desktop.domain.status import DUE_SOON_DAYS, is_due_soon

    assert DUE_SOON_DAYS == 14
    assert is_due_soon(NOT_STARTED, 0) and is_due_soon(IN_PROGRESS, 14) and not is_due_soon(IN_PROGRESS, 15)
    assert not is_due_soon(TaskStatus.OVERDUE, -1) and not is_due_soon(DONE, 3)
    assert not is_due_soon(IN_PROGRESS, None)  # an ongoing task has no deadline
    assert is_due_soon(NOT_STARTED, 7, within=7) and not is_due_soon(NOT_STARTED, 8, within=7)


# ---------------------------------------------------------------- Biểu 06

SOUND = DossierRow("Hộ tịch", received_online=6, received_in_person=3, carried_over=1,
                   settled_early=2, settled_on_time=5, settled_late=1, pending_within=1, pending_late=1)


def test_a_sound_row_and_its_columns() -> None:
    assert broken_rules(SOUND) == []
    assert [SOUND.column(n) for n in range(3, 14)] == [10, 6, 3, 1, 8, 2, 5, 1, 2, 1, 1]
    assert broken_rules(replace(SOUND, received=10, settled=8, pending=2)) == []


@pytest.mark.parametrize(("row", "rule"), [
    (replace(SOUND, received=11, settled_late=2), DossierRule.RECEIVED),  # (3) written 11, (4)+(5)+(6) = 10
    (replace(SOUND, settled=9, received=11, received_online=7), DossierRule.SETTLED),
    (replace(SOUND, pending=3, received=11, received_online=7), DossierRule.PENDING),
    (replace(SOUND, settled_late=2), DossierRule.BALANCE),  # totals derived: 10 received, 9 + 2 accounted for
])
def test_each_check_on_its_own(row: DossierRow, rule: DossierRule) -> None:
    assert broken_rules(row) == [rule]


def test_the_sides_of_a_broken_check() -> None:
    row = replace(SOUND, settled_late=2)
    assert rule_sides(row, DossierRule.BALANCE) == (10, 11)
    assert DossierRule.BALANCE.value == "(3) = (7) + (11)"


def test_the_total_row_and_the_rates() -> None:
    other = DossierRow("Chứng thực", received_in_person=10, settled_early=9, settled_on_time=1)
    total = total_row([SOUND, other], "Tổng cộng")
    assert (total.field, total.received_total, total.settled_total, total.pending_total) == ("Tổng cộng", 20, 18, 2)
    assert broken_rules(total) == []
    assert on_time_figures(total) == (2 + 5 + 9 + 1 + 1, 20)  # (8)+(9)+(12) over (3)
    assert online_figures(total) == (6, 20)
    assert indicator_value(*on_time_figures(total)) == 90.0
    assert total_row([]).received_total == 0


COUNTS = st.integers(0, 10_000)


@st.composite
def sound_rows(draw: st.DrawFn) -> DossierRow:
    settled = [draw(COUNTS) for _ in range(3)]
    pending = [draw(COUNTS) for _ in range(2)]
    received = sum(settled) + sum(pending)
    online = draw(st.integers(0, received))
    in_person = draw(st.integers(0, received - online))
    return DossierRow("x", online, in_person, received - online - in_person, *settled, *pending)


@given(rows=st.lists(sound_rows(), max_size=8))
def test_rows_with_derived_totals_pass_and_so_does_their_total(rows: list[DossierRow]) -> None:
    assert all(broken_rules(r) == [] for r in rows)
    assert broken_rules(total_row(rows)) == []


@given(row=sound_rows(), which=st.sampled_from(["received", "settled", "pending"]), delta=st.integers(1, 50))
def test_a_written_total_off_by_any_amount_is_caught(row: DossierRow, which: str, delta: int) -> None:
    written = replace(row, **{which: getattr(row, f"{which}_total") + delta})
    assert broken_rules(written)


# ---------------------------------------------------------------- indicators


def test_indicator_values() -> None:
    assert indicator_value(19, 20) == 95.0
    assert indicator_value(0, 0) is None  # nothing received: no figure
    assert indicator_value(value=92.5) == 92.5
    assert indicator_value() is None


@pytest.mark.parametrize(("value", "target", "comparator", "expected"), [
    (95.0, 95, ">=", Attainment.MET),
    (94.9, 95, ">=", Attainment.NOT_MET),
    (100 * 57 / 60, 95, ">=", Attainment.MET),  # 95.00000000000001 or 94.999...: float noise is not a miss
    (2, 3, "<=", Attainment.MET),
    (4, 3, "<=", Attainment.NOT_MET),
    (100, 100, "=", Attainment.MET),  # a plain target: met when reached
    (99.9, 100, "=", Attainment.NOT_MET),
    (None, 95, ">=", Attainment.NO_FIGURE),
    (95, None, ">=", Attainment.NO_TARGET),
    (95, 95, Comparator.AT_LEAST, Attainment.MET),
])
def test_attainment(value: float | None, target: float | None, comparator: str, expected: Attainment) -> None:
    assert attainment(value, target, comparator) is expected
