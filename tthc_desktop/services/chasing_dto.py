"""Plain, frozen values of chasing the units: what each unit owes, its figures, its slips."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from tthc_desktop.domain.enums import OutboxState, TaskStatus
from tthc_desktop.domain.periods import ReportingPeriod
from tthc_desktop.services.tracking_dto import TrackedTask

ALL_UNITS = "all"  # every unit that leads a task of the plans asked about
UNMATCHED = "unmatched"  # the lead texts that name none of the commune's units


@dataclass(frozen=True)
class Owed:
    """A task a unit leads, as one of its lists shows it (late, due, done this period, silent)."""

    task: TrackedTask
    deadlines: tuple[date, ...]  # late: every deadline passed without a done; due: the next one; done: those
    # done within the period; silent (an ongoing task): the ends of the periods that passed without progress
    days: int | None = None  # late: days since the first of them; due: days left; None once the year is closed
    done_on: date | None = None  # done: the day the last of them was done
    late: bool = False  # done: after its deadline


@dataclass(frozen=True)
class UnitDues:
    """One of the commune's units (unit_id None: lead texts that name none of them) and what it owes."""

    unit_id: int | None
    name: str  # the unit's own name, never a plan's spelling of it
    abbreviation: str | None
    email: str | None
    late: tuple[Owed, ...]  # most overdue first
    due: tuple[Owed, ...]  # due within the days asked, soonest first (domain.status.is_due_soon)
    done: tuple[Owed, ...]  # a deadline done within the period (or a task without dates done then)
    silent: tuple[Owed, ...]  # ongoing tasks with periods ended without progress (never late: STATUS_RULES.md)
    counts: Mapping[TaskStatus, int]  # the tasks it leads by status, every status (0 included)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def owes(self) -> bool:
        """Anything a slip would list: late, due, or an ongoing task's progress."""
        return bool(self.late or self.due or self.silent)


@dataclass(frozen=True)
class Dues:
    """What the units owe on `at`, for a plan or the plans of a year."""

    at: date
    within: int  # "due" means within this many days
    period: ReportingPeriod  # "done this period"
    year: int
    plan_ids: tuple[int, ...]
    units: tuple[UnitDues, ...]  # in the order of the commune's units, the unmatched last
    closed: bool  # the plans' year is over: judged on 31 December, no days counted


@dataclass(frozen=True)
class SlipLineInfo:
    """A line of a slip as it was printed."""

    task_id: int | None
    label: str
    content: str
    deadline: str
    state: str
    section: str  # "late", "due", "silent"


@dataclass(frozen=True)
class SlipRecord:
    """A slip made for a unit: saved to a file, or queued to its address (the outbox says whether it left)."""

    id: int
    unit_id: int | None
    unit_name: str
    plan_id: int | None
    year: int
    made_on: date
    created_at: datetime | None
    delivery: str  # "file" or "mail"
    file_format: str  # "pdf" or "docx"
    recipient: str | None
    outbox_id: int | None
    outbox_state: OutboxState | None  # None: not mailed, or its message was deleted
    lines: tuple[SlipLineInfo, ...]


@dataclass(frozen=True)
class SlipBatch:
    """Slips made at once: the file written (one page per unit) or the messages queued."""

    records: tuple[SlipRecord, ...]
    path: str | None = None  # the file written, when saved
    skipped: tuple[str, ...] = ()  # units not mailed: no address in Settings


@dataclass(frozen=True)
class CalendarExport:
    """What one export of the calendar wrote."""

    path: str
    events: int  # events in the file (cancelled ones included)
    new: int
    changed: int  # exported before with other content: SEQUENCE raised
    cancelled: int  # exported before and gone now (the task's deadline moved or the task was deleted)
