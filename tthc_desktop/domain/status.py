"""A task's status at a date: the one judgement the tracker, the dashboard, the reports and the workbook share.

The rules and their reasons are written down in docs/STATUS_RULES.md; the tests pin each one down.

A task's written schedule gives it two kinds of dates in the plan's year:
- *deadlines* (a due date, the end of a window, every date of a recurrence such as "Hàng quý"): the task owes
  a "done" by each of them and is overdue once one passes without it;
- *periods* (an ongoing task, "Thường xuyên", or a window with no end, "Từ ngày 01/4/2026"): the reporting
  months (the commune's cut-off day) from the plan's start; the task owes no "done" at any of them, only its
  progress in each. A period without progress is reported as missing; it never makes the task overdue.

Deadlines (unchanged from the first version):
- Deadlines before the plan was issued do not count (a plan signed on 3/3 owes no January report), unless none
  would be left: a lone deadline the plan itself set in the past stays. Periods that end before the plan was
  issued do not count either.
- An update that names no deadline answers the earliest deadline not yet done, as long as that is no later than
  the first deadline on or after the update's date (a catch-up answers the missed month; a second "done" in the
  same month does not silently complete next month); otherwise it answers none. An update naming a date that is
  not one of the task's deadlines makes it one, except in a task with periods (its updates name their period).
- Per deadline: done if a done update answering it is dated on or before it, done late if only after it,
  overdue once the day has passed (on the day itself it is still due: 0 days left), else in progress if the
  latest update answering it says so, else not started.
- The task: overdue if any deadline is; done late / done when every deadline is answered (late if any was);
  otherwise in progress once anything was done or reported in progress, else not started. A task with neither
  deadlines nor periods (on demand, unknown) takes the status of its latest update and is never overdue.

Periods:
- A period has its progress when an update saying "in progress" or "done" is dated within it.
- An ongoing task is not started before the plan's start (its issue date, else 1 January) unless something was
  recorded; not started when the latest update says so; done once every period of the year has ended with its
  progress; in progress otherwise, whatever periods are missing.
- A task with both (an ongoing part and a quarterly report) is overdue by its deadlines, done when its deadlines
  are done and its periods complete, in progress otherwise (as above).

Dates:
- Updates dated after the date the status is judged at are ignored (a report at the cut-off sees the cut-off).
- A plan is judged at most at its year's end: a past year's plan shows its state once its year is over (what was
  recorded up to 31 December; a deadline of 31 December not met by then is overdue), and counts no days left or
  late against today (`closed`).
- "Due soon": a task not done whose next deadline is today or within DUE_SOON_DAYS days. Ongoing tasks have no
  deadline and are never due soon.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from tthc_desktop.domain import periods as reporting
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.schedule import occurrences, parse_schedule

DONE_STATES = (TaskStatus.DONE, TaskStatus.DONE_LATE)
RECORDABLE = (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE)  # the others are worked out
PROGRESS = (TaskStatus.IN_PROGRESS, TaskStatus.DONE)  # what counts as a period's progress
DUE_SOON_DAYS = 14


@dataclass(frozen=True)
class Update:
    """What the clerk recorded: a status on a date, answering a check-point (None: worked out in order)."""

    reported_on: date
    status: TaskStatus
    checkpoint: date | None = None
    order: int = 0  # ties on the same date: the order they were recorded in


@dataclass(frozen=True)
class CheckpointState:
    day: date  # a deadline, or the last day of a period
    status: TaskStatus  # a period: DONE with its progress, else NOT_STARTED (missing once it has ended)
    done_on: date | None  # the date of the done update answering it (a period: its first progress)
    period: bool = False  # the end of a period of an ongoing task rather than a deadline


@dataclass(frozen=True)
class TaskJudgement:
    status: TaskStatus
    next_checkpoint: date | None  # the earliest deadline not yet done (in the past when overdue); for an
    # ongoing task without deadlines, the end of the period its next progress belongs to
    days_left: int | None  # to the next deadline, negative when overdue; None without one or once closed
    checkpoints: tuple[CheckpointState, ...]
    missing: tuple[date, ...] = ()  # ends of the periods that ended without progress
    closed: bool = False  # the plan's year is over: judged on its last day


@dataclass(frozen=True)
class Period:
    start: date
    end: date


@dataclass(frozen=True)
class TaskSchedule:
    """The dates a written schedule gives a task in the plan's year (see the module's decisions)."""

    kind: str  # as parse_schedule says: due, window, ongoing, recurring, on_demand, unknown, parts
    deadlines: tuple[date, ...]
    periods: tuple[Period, ...]
    starts: date  # the plan's start: its issue date, else 1 January
    year_end: date

    @property
    def ongoing(self) -> bool:
        return bool(self.periods)


def _parts(schedule: dict[str, Any]) -> list[dict[str, Any]]:
    return list(schedule.get("parts", [])) if schedule.get("kind") == "parts" else [schedule]


@lru_cache(maxsize=4096)  # a plan's tasks repeat a handful of schedules ("Thường xuyên", "Quý I"…)
def task_schedule(schedule_text: str | None, year: int, issued_on: date | None = None,
                  cutoff_day: int | None = reporting.DEFAULT_CUTOFF_DAY) -> TaskSchedule:
    """Deadlines and periods of a task's written schedule in the plan's year, from the plan's issue date."""
    schedule = parse_schedule(schedule_text, year)
    deadlines: set[date] = set()
    ongoing_from: date | None = None
    for part in _parts(schedule):
        if part.get("kind") == "ongoing":
            ongoing_from = date(year, 1, 1) if ongoing_from is None else min(ongoing_from, date(year, 1, 1))
        elif part.get("kind") == "window" and not part.get("end"):
            start = date.fromisoformat(part["start"])
            ongoing_from = start if ongoing_from is None else min(ongoing_from, start)
        else:
            deadlines.update(occurrences(part, year))
    starts = issued_on if issued_on is not None and issued_on.year == year else date(year, 1, 1)
    points = sorted(deadlines)
    if issued_on is not None:
        points = [d for d in points if d >= issued_on] or points
    spans: list[Period] = []
    if ongoing_from is not None:
        begin = max(ongoing_from, starts)
        spans = [Period(p.start, p.end) for p in reporting.periods_of_year(year, "month", cutoff_day)
                 if p.end >= begin]
    return TaskSchedule(str(schedule.get("kind")), tuple(points), tuple(spans), starts, date(year, 12, 31))


# ---------------------------------------------------------------- deadlines


def all_checkpoints(checkpoints: Sequence[date], updates: Iterable[Update]) -> list[date]:
    return sorted(set(checkpoints) | {u.checkpoint for u in updates if u.checkpoint is not None})


def assign(checkpoints: Sequence[date], updates: Iterable[Update]) -> list[tuple[Update, date | None]]:
    """Every update with the deadline it answers, in date order."""
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


def judge(checkpoints: Sequence[date], updates: Iterable[Update], at: date) -> TaskJudgement:
    """The status of a task with deadlines (or none) at `at` from the updates recorded up to that day."""
    seen = _seen(updates, at)
    states = _deadline_states(checkpoints, seen, at)
    next_day, days_left = _next(states, at)
    return TaskJudgement(_overall(states, seen), next_day, days_left, tuple(states))


def _seen(updates: Iterable[Update], at: date) -> list[Update]:
    return sorted((u for u in updates if u.reported_on <= at), key=lambda u: (u.reported_on, u.order))


def _deadline_states(checkpoints: Sequence[date], seen: list[Update], at: date) -> list[CheckpointState]:
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
    return states


def _next(states: list[CheckpointState], at: date) -> tuple[date | None, int | None]:
    open_ = [s for s in states if s.status not in DONE_STATES]
    next_day = open_[0].day if open_ else None
    return next_day, (next_day - at).days if next_day else None


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


# ---------------------------------------------------------------- the whole task


def _period_states(spans: Sequence[Period], seen: list[Update], at: date) -> list[CheckpointState]:
    states = []
    for span in spans:
        progress = [u.reported_on for u in seen if u.status in PROGRESS and span.start <= u.reported_on <= span.end]
        states.append(CheckpointState(span.end, TaskStatus.DONE if progress else TaskStatus.NOT_STARTED,
                                      min(progress) if progress else None, period=True))
    return states


def judge_task(schedule: TaskSchedule, updates: Iterable[Update], at: date) -> TaskJudgement:
    """The status of a task at `at` (at most its plan's year end) from its schedule and the updates recorded."""
    closed = at > schedule.year_end
    updates = list(updates)
    if closed:  # what was recorded in the year, judged once the year is over: due 31/12 and not done is overdue
        updates = [u for u in updates if u.reported_on <= schedule.year_end]
        at = schedule.year_end + timedelta(days=1)
    if not schedule.ongoing:
        judged = judge(schedule.deadlines, updates, at)
        return TaskJudgement(judged.status, judged.next_checkpoint, None if closed else judged.days_left,
                             judged.checkpoints, (), closed)
    seen = _seen(updates, at)
    deadlines = set(schedule.deadlines)
    # Updates of an ongoing task name their period; only a named deadline is one.
    plain = [u if u.checkpoint is None or u.checkpoint in deadlines else Update(u.reported_on, u.status, None, u.order)
             for u in seen]
    deadline_states = _deadline_states(schedule.deadlines, plain, at) if deadlines else []
    period_states = _period_states(schedule.periods, seen, at)
    missing = tuple(s.day for s in period_states if s.status is not TaskStatus.DONE and s.day < at)
    complete = all(s.status is TaskStatus.DONE for s in period_states) and schedule.periods[-1].end < at
    latest = seen[-1].status if seen else None
    if any(s.status is TaskStatus.OVERDUE for s in deadline_states):
        status = TaskStatus.OVERDUE
    elif complete and all(s.status in DONE_STATES for s in deadline_states):
        late = any(s.status is TaskStatus.DONE_LATE for s in deadline_states)
        status = TaskStatus.DONE_LATE if late else TaskStatus.DONE
    elif latest is TaskStatus.NOT_STARTED or (latest is None and at < schedule.starts):
        status = TaskStatus.NOT_STARTED
    else:
        status = TaskStatus.IN_PROGRESS
    next_day, days_left = _next(deadline_states, at)
    if next_day is None:
        open_periods = [s.day for s in period_states if s.status is not TaskStatus.DONE and s.day >= at]
        next_day = open_periods[0] if open_periods else None
    states = tuple(sorted([*deadline_states, *period_states], key=lambda s: (s.day, s.period)))
    return TaskJudgement(status, next_day, None if closed else days_left, states, missing, closed)


def checkpoint_for(schedule: TaskSchedule, updates: Iterable[Update], on: date,
                   status: TaskStatus = TaskStatus.DONE) -> date | None:
    """What a new update dated `on` answers when it names nothing: a deadline (see the module's decisions), else
    the end of the period it falls in."""
    updates = list(updates)
    if schedule.deadlines or not schedule.ongoing:
        deadlines = set(schedule.deadlines)
        known = [u if not schedule.ongoing or u.checkpoint is None or u.checkpoint in deadlines
                 else Update(u.reported_on, u.status, None, u.order) for u in updates]
        new = Update(on, status, None, order=max((u.order for u in updates), default=0) + 1)
        answer = next(a for u, a in assign(schedule.deadlines, [*known, new]) if u is new)
        if answer is not None:
            return answer
    return next((p.end for p in schedule.periods if p.start <= on <= p.end), None)


# ---------------------------------------------------------------- due soon


def is_due_soon(status: TaskStatus, days_left: int | None, within: int = DUE_SOON_DAYS) -> bool:
    """Not done, and its next deadline is today or within `within` days."""
    return status not in DONE_STATES and days_left is not None and 0 <= days_left <= within


def due_or_overdue(status: TaskStatus, days_left: int | None, within: int = DUE_SOON_DAYS) -> bool:
    """Overdue, or due soon within `within` days: what the tracker's "Due within N days" filter keeps and the
    reminders list."""
    return status is TaskStatus.OVERDUE or is_due_soon(status, days_left, within)
