"""Tracking rules as pure functions: a task's status at a date, Biểu 06 row checks, indicator figures.

Decisions where reporting.md is silent (the tests pin each one down):
- A task's check-points are its schedule's occurrences in the plan's year plus any date an update names
  explicitly (an on-demand task gets the deadline the upper level gave when the clerk records it).
- Check-points before the plan was issued do not count (a plan signed on 3/3 owes no January report), unless
  none would be left: a lone deadline the plan itself set in the past stays.
- An update that names no check-point answers the earliest check-point not yet done, as long as that is no later
  than the first check-point on or after the update's date (a catch-up answers the missed month; a second "done"
  in the same month does not silently complete next month); otherwise it answers none.
- Per check-point: done if a done update answering it is dated on or before it, done late if only after it,
  overdue once the day has passed (on the day itself it is still due: 0 days left), else in progress if the latest
  update answering it says so, else not started.
- The task: overdue if any check-point is; done late / done when every check-point is answered (late if any was);
  otherwise in progress once anything was done or reported in progress, else not started. A task with no
  check-point at all (on demand, unknown) takes the status of its latest update and is never overdue.
- Updates dated after the date the status is judged at are ignored (a report at the cut-off sees the cut-off).
- Indicator figures: a ratio with denominator 0 has no figure; comparisons allow 1e-9 for float noise; "=" is met
  when the figure reaches the target (as ">="); an indicator without a target is NO_TARGET.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum

from tthc_desktop.domain.enums import Comparator, TaskStatus
from tthc_desktop.domain.schedule import occurrences, parse_schedule

DONE_STATES = (TaskStatus.DONE, TaskStatus.DONE_LATE)
RECORDABLE = (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE)  # the others are worked out
EPSILON = 1e-9

# ---------------------------------------------------------------- task status


@dataclass(frozen=True)
class Update:
    """What the clerk recorded: a status on a date, answering a check-point (None: worked out in order)."""

    reported_on: date
    status: TaskStatus
    checkpoint: date | None = None
    order: int = 0  # ties on the same date: the order they were recorded in


@dataclass(frozen=True)
class CheckpointState:
    day: date
    status: TaskStatus
    done_on: date | None  # the date of the done update answering it


@dataclass(frozen=True)
class TaskJudgement:
    status: TaskStatus
    next_checkpoint: date | None  # the earliest check-point not yet done; in the past when overdue
    days_left: int | None  # negative when overdue
    checkpoints: tuple[CheckpointState, ...]


def schedule_checkpoints(schedule_text: str | None, year: int,
                         issued_on: date | None = None) -> tuple[str, list[date]]:
    """(schedule kind, check-points) of a task's written schedule in the plan's year, from the plan's issue date."""
    schedule = parse_schedule(schedule_text, year)
    points = occurrences(schedule, year)
    if issued_on is not None:
        points = [c for c in points if c >= issued_on] or points
    return str(schedule.get("kind")), points


def all_checkpoints(checkpoints: Sequence[date], updates: Iterable[Update]) -> list[date]:
    return sorted(set(checkpoints) | {u.checkpoint for u in updates if u.checkpoint is not None})


def assign(checkpoints: Sequence[date], updates: Iterable[Update]) -> list[tuple[Update, date | None]]:
    """Every update with the check-point it answers, in date order."""
    ordered = sorted(updates, key=lambda u: (u.reported_on, u.order))
    points = all_checkpoints(checkpoints, ordered)
    done: set[date] = {u.checkpoint for u in ordered if u.status is TaskStatus.DONE and u.checkpoint is not None}
    result: list[tuple[Update, date | None]] = []
    for update in ordered:
        answer = update.checkpoint
        if answer is None:
            open_ = [c for c in points if c not in done]
            upcoming = [c for c in points if c >= update.reported_on]
            if open_ and not (upcoming and open_[0] > upcoming[0]):
                answer = open_[0]
                if update.status is TaskStatus.DONE:
                    done.add(answer)
        result.append((update, answer))
    return result


def checkpoint_for(checkpoints: Sequence[date], updates: Iterable[Update], on: date,
                   status: TaskStatus = TaskStatus.DONE) -> date | None:
    """The check-point a new update dated `on` answers when it names none (see the module's decisions)."""
    updates = list(updates)
    new = Update(on, status, None, order=max((u.order for u in updates), default=0) + 1)
    return next(a for u, a in assign(checkpoints, [*updates, new]) if u is new)


def judge(checkpoints: Sequence[date], updates: Iterable[Update], at: date) -> TaskJudgement:
    """The status of a task at `at` from its check-points and the updates recorded up to that day."""
    seen = sorted((u for u in updates if u.reported_on <= at), key=lambda u: (u.reported_on, u.order))
    assigned = assign(checkpoints, seen)
    states: list[CheckpointState] = []
    for day in all_checkpoints(checkpoints, seen):
        answering = [u for u, a in assigned if a == day]
        done = [u.reported_on for u in answering if u.status is TaskStatus.DONE]
        if done:
            first = min(done)
            states.append(CheckpointState(day, TaskStatus.DONE if first <= day else TaskStatus.DONE_LATE, first))
        elif day < at:
            states.append(CheckpointState(day, TaskStatus.OVERDUE, None))
        elif answering and answering[-1].status is TaskStatus.IN_PROGRESS:
            states.append(CheckpointState(day, TaskStatus.IN_PROGRESS, None))
        else:
            states.append(CheckpointState(day, TaskStatus.NOT_STARTED, None))
    open_ = [s for s in states if s.status not in DONE_STATES]
    next_day = open_[0].day if open_ else None
    days_left = (next_day - at).days if next_day else None
    return TaskJudgement(_overall(states, seen), next_day, days_left, tuple(states))


def _overall(states: list[CheckpointState], seen: list[Update]) -> TaskStatus:
    latest = seen[-1].status if seen else TaskStatus.NOT_STARTED
    if not states:
        return latest
    found = {s.status for s in states}
    if TaskStatus.OVERDUE in found:
        return TaskStatus.OVERDUE
    if found <= set(DONE_STATES):
        return TaskStatus.DONE_LATE if TaskStatus.DONE_LATE in found else TaskStatus.DONE
    if found & {TaskStatus.DONE, TaskStatus.DONE_LATE, TaskStatus.IN_PROGRESS} or latest is not TaskStatus.NOT_STARTED:
        return TaskStatus.IN_PROGRESS
    return TaskStatus.NOT_STARTED


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


COLUMNS = {
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
