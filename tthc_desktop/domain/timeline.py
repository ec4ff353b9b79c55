"""The year at a glance: each task as a bar with its check-points as ticks, and where a day falls on the page.

Pure geometry, shared by the Task tracker's timeline on screen and its print (so both draw the same bars): the
dates come from the one judgement (`domain.status`: the check-points and their states, the task's status, due soon)
and from the schedule as written (`domain.schedule`: where a window starts); nothing here decides a status.

Decisions:
- A window ("Từ tháng 4 đến tháng 8") is its bar. A due date ("Quý I", "Trước ngày 20/02") is a bar from the plan's
  start (its issue date, else 1 January) to the date: the time the plan gives the work. Several deadlines
  ("Hằng quý", "Tháng 3 và tháng 9") make one bar from the plan's start (or the window's) to the last of them,
  each deadline a tick. An ongoing task ("Thường xuyên", a window with no end) runs to 31 December; the ends of its
  reporting months are ticks of their own (`period`), done when the month had its progress.
- A task with no dates ("Theo kế hoạch", "Khi có phát sinh") has no bar: its row says so.
- A bar's shade is the tracker's: overdue, else due soon, else done (late or not), in progress, not started.
- A bar is cut at the edges of what is drawn (`Scale.span`); a deadline in the next year ("Trước 15/01 năm sau")
  runs the bar to the right edge.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.schedule import parse_schedule
from tthc_desktop.domain.status import DONE_STATES, CheckpointState, is_due_soon

ZOOMS = ("month", "quarter", "year")  # what one screen width (or one printed page) shows
SHADES = ("overdue", "due_soon", "done", "in_progress", "not_started")
GROUP, TASK = "group", "task"


@dataclass(frozen=True)
class Tick:
    day: date
    status: TaskStatus  # the check-point's own state (a period: DONE with its progress, else NOT_STARTED)
    period: bool = False  # the end of a reporting month of an ongoing task, not a deadline


@dataclass(frozen=True)
class Bar:
    start: date
    end: date  # inclusive
    ticks: tuple[Tick, ...]
    status: TaskStatus
    due_soon: bool
    ongoing: bool = False  # the work goes on to the year's end

    @property
    def shade(self) -> str:
        """One of SHADES: the colour the tracker gives the task."""
        if self.status is TaskStatus.OVERDUE:
            return "overdue"
        if self.due_soon:
            return "due_soon"
        if self.status in DONE_STATES:
            return "done"
        return "in_progress" if self.status is TaskStatus.IN_PROGRESS else "not_started"


@dataclass(frozen=True)
class Row:
    """A line of the timeline: a group of the plan (its label and title) or a task with its bar (None: no dates)."""

    kind: str  # GROUP or TASK
    depth: int
    label: str
    text: str
    task_id: int | None = None
    bar: Bar | None = None
    status: TaskStatus | None = None  # a task's, for the words beside a colour
    note: str = ""  # a task's schedule as written


@lru_cache(maxsize=4096)
def _window_starts(schedule_text: str | None, year: int) -> tuple[date, ...]:
    schedule = parse_schedule(schedule_text, year)
    parts = schedule.get("parts", []) if schedule.get("kind") == "parts" else [schedule]
    return tuple(date.fromisoformat(p["start"]) for p in parts if p.get("kind") == "window" and p.get("start"))


def task_bar(year: int, schedule_text: str | None, starts: date | None, status: TaskStatus, days_left: int | None,
             checkpoints: Sequence[CheckpointState]) -> Bar | None:
    """The bar of a task of a plan of `year` (see the module's decisions), from its judgement."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    deadlines = sorted(c.day for c in checkpoints if not c.period)
    ongoing = any(c.period for c in checkpoints)
    windows = _window_starts(schedule_text, year)
    if not deadlines and not ongoing and not windows:
        return None
    begin = min(windows) if windows else (starts or first)
    end = last if ongoing or not deadlines else deadlines[-1]
    begin = min(max(begin, first), end)
    ticks = tuple(Tick(c.day, c.status, c.period) for c in sorted(checkpoints, key=lambda c: (c.day, c.period)))
    return Bar(begin, end, ticks, status, is_due_soon(status, days_left), ongoing)


def grouped(entries: Iterable[tuple[tuple[tuple[str, str], ...], Row]]) -> list[Row]:
    """Task rows under the group rows of their path ((label, title) from the outermost), a group written once for
    the tasks that follow each other under it; tasks keep the order given."""
    rows: list[Row] = []
    previous: tuple[tuple[str, str], ...] = ()
    for path, row in entries:
        shared = 0
        while shared < min(len(path), len(previous)) and path[shared] == previous[shared]:
            shared += 1
        for depth in range(shared, len(path)):
            label, title = path[depth]
            rows.append(Row(GROUP, depth, label, title))
        rows.append(row if row.depth == len(path) else replace(row, depth=len(path)))
        previous = path
    return rows


# ---------------------------------------------------------------- where a day falls


@dataclass(frozen=True)
class Scale:
    """Days from `first` to `last` (inclusive) drawn from x = `left`, `per_day` wide each (pixels or points)."""

    first: date
    last: date
    left: float
    per_day: float

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def right(self) -> float:
        return self.left + self.days * self.per_day

    def x(self, day: date) -> float:
        """Where `day` begins."""
        return self.left + (day - self.first).days * self.per_day

    def day_at(self, x: float) -> date:
        offset = int((x - self.left) // self.per_day) if self.per_day > 0 else 0
        return self.first + timedelta(days=min(max(offset, 0), self.days - 1))

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last

    def span(self, start: date, end: date) -> tuple[float, float] | None:
        """From the beginning of `start` to the end of `end`, cut at the edges; None when wholly outside."""
        if end < self.first or start > self.last:
            return None
        return self.x(max(start, self.first)), self.x(min(end, self.last)) + self.per_day

    def tick_x(self, day: date) -> float | None:
        """The middle of `day`, None outside."""
        return self.x(day) + self.per_day / 2 if self.contains(day) else None


def fit(first: date, last: date, left: float, width: float) -> Scale:
    """The days from `first` to `last` across `width`."""
    return Scale(first, last, left, width / ((last - first).days + 1))


def days_shown(zoom: str, year: int) -> float:
    """How many days one width shows at `zoom`: a month, a quarter or the year (on average, so that the scale is
    the same whichever month is in view)."""
    days = 366 if calendar.isleap(year) else 365
    return {"month": days / 12, "quarter": days / 4, "year": days}[zoom]


def spans(year: int, zoom: str) -> list[tuple[date, date]]:
    """The parts of the year one page each shows at `zoom`: the year, its quarters or its months."""
    step = {"month": 1, "quarter": 3, "year": 12}[zoom]
    return [(date(year, m, 1), _month_end(year, m + step - 1)) for m in range(1, 13, step)]


def months(first: date, last: date) -> list[tuple[date, date]]:
    """The months that `first`..`last` touches, each cut to the range."""
    result = []
    day = date(first.year, first.month, 1)
    while day <= last:
        end = _month_end(day.year, day.month)
        result.append((max(day, first), min(end, last)))
        day = end + timedelta(days=1)
    return result


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])
