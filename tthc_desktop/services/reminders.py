"""What to remind the clerk of, and when: the tasks of the year's plans that fell due (overdue) or fall due within the
reminder window, decided without Qt (the window shows it: ui/reminders.py).

Decisions:
- What is listed is what the tracker's "Due within N days" filter keeps on the same day (domain.status
  .due_or_overdue, on the one read of judged tasks), over the plans of the current year: clicking the reminder
  opens exactly that list.
- At most once a day: the day of the last reminder is remembered; another day (the clock set back included) reminds
  again. A day with nothing to list counts as reminded.
- The overdue come first, the most overdue first; then the due, the soonest first; ties in the plan's order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.status import DUE_SOON_DAYS, due_or_overdue
from tthc_desktop.services.tracking_dto import TrackedTask

REMINDER_DAYS = DUE_SOON_DAYS  # the window when the clerk set none: what the tracker calls due soon
MAX_DAYS = 365


@dataclass(frozen=True)
class Reminder:
    day: date
    within: int
    overdue: tuple[TrackedTask, ...]
    due: tuple[TrackedTask, ...]

    @property
    def tasks(self) -> tuple[TrackedTask, ...]:
        return self.overdue + self.due

    @property
    def plan_ids(self) -> tuple[int, ...]:
        """The plans the tasks belong to, in the order first met."""
        return tuple(dict.fromkeys(t.plan_id for t in self.tasks))


def reminder(tasks: Iterable[TrackedTask], today: date, within: int = REMINDER_DAYS) -> Reminder | None:
    """The reminder of `today` for `tasks` (judged on `today`), None when nothing fell or falls due."""
    within = min(max(int(within), 0), MAX_DAYS)
    listed = [t for t in tasks if due_or_overdue(t.status, t.days_left, within)]
    if not listed:
        return None
    order = {id(t): n for n, t in enumerate(listed)}
    overdue = sorted((t for t in listed if t.status is TaskStatus.OVERDUE),
                     key=lambda t: (t.days_left if t.days_left is not None else 0, order[id(t)]))
    due = sorted((t for t in listed if t.status is not TaskStatus.OVERDUE),
                 key=lambda t: (t.days_left if t.days_left is not None else 0, order[id(t)]))
    return Reminder(today, within, tuple(overdue), tuple(due))


def due_to_remind(last: date | None, today: date) -> bool:
    """Not yet reminded today."""
    return last != today


def remembered_day(value: object) -> date | None:
    """The day a setting holds ("2026-03-14"), None for nothing or anything else."""
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def window_days(value: object) -> int:
    """The reminder window a setting holds, REMINDER_DAYS for nothing or anything unreadable."""
    try:
        days = int(str(value))
    except ValueError:
        return REMINDER_DAYS
    return min(max(days, 0), MAX_DAYS)
