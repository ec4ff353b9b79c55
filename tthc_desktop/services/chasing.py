"""What each unit owes: for a plan (or the plans of a year) and one of the commune's units or all of them, what is
late, what is due within N days, what was done this period, with the unit's own figures.

Every judgement is domain.status's, read through the one read of judged tasks (tracking_tasks.tracked): late is a
task overdue (its deadlines passed without a done), due is `is_due_soon`, done is a deadline whose done falls in
the period. Units are the commune's (domain.units through unit_matching), never a plan's spelling of them.
Decisions:
- A unit owes the tasks it leads (chủ trì); cooperating units are not chased. A task led by two units is owed by
  each. Lead texts that name none of the commune's units form one more group, "unmatched", with no address.
- "This period" is the commune's reporting month (its cut-off day) holding the day asked, or its quarter or year.
- An ongoing task is never late (docs/STATUS_RULES.md); when reporting periods passed without its progress it is
  listed apart ("silent"), for the slip to ask for its progress.
- A task overdue on one deadline and due on the next is listed once, as late: its next open deadline is the
  passed one, which is what `is_due_soon` judges on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from tthc_desktop.db.models import Plan, UnitAlias
from tthc_desktop.domain import periods
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.status import DONE_STATES, DUE_SOON_DAYS, is_due_soon
from tthc_desktop.domain.units import UnitMatcher, UnitName
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.i18n import _
from tthc_desktop.services import tracking_tasks as reads
from tthc_desktop.services.base import Service
from tthc_desktop.services.chasing_dto import ALL_UNITS, UNMATCHED, Dues, Owed, UnitDues
from tthc_desktop.services.dto import UnitInfo
from tthc_desktop.services.organization import the_organization, unit_info
from tthc_desktop.services.plans import load_plan
from tthc_desktop.services.tracking_dto import TrackedTask

PERIOD_KINDS = ("month", "quarter", "year")
MAX_WITHIN = 366

UnitChoice = int | str  # a unit's id, ALL_UNITS or UNMATCHED


def late_of(task: TrackedTask) -> Owed | None:
    if task.status is not TaskStatus.OVERDUE:
        return None
    passed = tuple(c.day for c in task.checkpoints if c.status is TaskStatus.OVERDUE and not c.period)
    return Owed(task, passed, None if task.days_left is None else -task.days_left)


def due_of(task: TrackedTask, within: int) -> Owed | None:
    if not is_due_soon(task.status, task.days_left, within) or task.next_checkpoint is None:
        return None
    return Owed(task, (task.next_checkpoint,), task.days_left)


def done_of(task: TrackedTask, period: periods.ReportingPeriod) -> Owed | None:
    """A deadline done within the period; a task with no dates at all, done by an entry within it."""
    done = [c for c in task.checkpoints if not c.period and c.status in DONE_STATES and c.done_on in period]
    if done:
        return Owed(task, tuple(c.day for c in done), done_on=max(c.done_on for c in done if c.done_on),
                    late=any(c.status is TaskStatus.DONE_LATE for c in done))
    dated = any(not c.period for c in task.checkpoints) or task.ongoing
    last = task.last_update
    if (not dated and task.status in DONE_STATES and last is not None and last.status is TaskStatus.DONE
            and last.reported_on in period):
        return Owed(task, (), done_on=last.reported_on)
    return None


def silent_of(task: TrackedTask) -> Owed | None:
    if not task.ongoing or not task.missing or task.status in DONE_STATES:
        return None
    return Owed(task, task.missing)


def unit_dues(tasks: Sequence[TrackedTask], units: Iterable[UnitInfo], at: date, within: int,
              period: periods.ReportingPeriod, chosen: UnitChoice = ALL_UNITS) -> tuple[UnitDues, ...]:
    """Each unit's lists and figures from the judged tasks (pure: the tasks carry every judgement)."""
    groups: list[tuple[int | None, str, str | None, str | None]] = [
        (u.id, u.name, u.abbreviation, u.email) for u in units]
    groups.append((None, "", None, None))
    result = []
    for unit_id, name, abbreviation, email in groups:
        if chosen == UNMATCHED and unit_id is not None or isinstance(chosen, int) and unit_id != chosen:
            continue
        led = [t for t in tasks if (unit_id in t.lead_unit_ids if unit_id is not None else not any(t.lead_unit_ids))]
        if not led and chosen == ALL_UNITS:
            continue
        order = {t.task_id: n for n, t in enumerate(led)}  # ties in the order the plan prints them
        late = sorted(filter(None, (late_of(t) for t in led)), key=lambda o: (o.deadlines[:1], order[o.task.task_id]))
        due = sorted(filter(None, (due_of(t, within) for t in led)), key=lambda o: (o.deadlines, order[o.task.task_id]))
        done = sorted(filter(None, (done_of(t, period) for t in led)), key=lambda o: (o.done_on, order[o.task.task_id]))
        silent = [o for o in (silent_of(t) for t in led) if o is not None]
        counts = {s: sum(t.status is s for t in led) for s in TaskStatus}
        result.append(UnitDues(unit_id, name, abbreviation, email, tuple(late), tuple(due), tuple(done),
                               tuple(silent), counts))
    return tuple(result)


def check_within(within: int) -> int:
    if isinstance(within, bool) or not isinstance(within, int) or not 0 <= within <= MAX_WITHIN:
        raise DataError(_("“Due within” is a number of days from 0 to {most}; {value} is not.").format(
            most=MAX_WITHIN, value=within))
    return within


class ChasingService(Service):
    def __init__(self, session_factory: sessionmaker[Session], today: Callable[[], date] = date.today) -> None:
        super().__init__(session_factory)
        self._today = today

    def dues(self, plan_id: int | None = None, year: int | None = None, unit: UnitChoice = ALL_UNITS,
             within: int = DUE_SOON_DAYS, at: date | None = None, period_kind: str = "month") -> Dues:
        """What `unit` (an id, ALL_UNITS or UNMATCHED) owes on `at` (today) for a plan or the plans of a year."""
        check_within(within)
        if period_kind not in PERIOD_KINDS:
            raise ValueError(f"period kind {period_kind!r} not in {PERIOD_KINDS}")
        if (plan_id is None) == (year is None):
            raise ValueError("ask about one plan or one year")
        at = at or self._today()
        with self._read() as session:
            organization = the_organization(session)
            plans = self._plans(session, plan_id, year)
            units = [unit_info(u) for u in organization.units]
            if isinstance(unit, int) and not any(u.id == unit for u in units):
                raise NotFoundError(_("Unit {id} does not exist.").format(id=unit))
            tasks = reads.tracked(session, plans, at)
            period = periods.period_containing(at, period_kind, organization.report_cutoff_day)
            the_year = plans[0].year if plans else (year or at.year)
        closed = at > date(the_year, 12, 31)
        return Dues(at, within, period, the_year, tuple(p.id for p in plans),
                    unit_dues(tasks, units, at, within, period, unit), closed)

    def find_unit(self, text: str) -> UnitInfo:
        """The commune's unit that `text` names, by its name, abbreviation or any spelling the rule or the clerk's
        matches know ("VP-TK", "Văn phòng – Thống kê"); else a DataError listing the units."""
        with self._read() as session:
            organization = the_organization(session)
            units = list(organization.units)
            aliases = {a.key: a.unit_id for a in session.scalars(
                sa.select(UnitAlias).where(UnitAlias.organization_id == organization.id))}
            matched = UnitMatcher([UnitName(u.id, u.name, u.abbreviation) for u in units], aliases).unit_of(text)
            found = next((u for u in units if u.id == matched), None)
            if found is None:
                names = "; ".join(u.name for u in units if u.active_to is None)
                raise DataError(_("“{text}” is none of the commune's units ({names}).").format(text=text, names=names))
            return unit_info(found)

    @staticmethod
    def _plans(session: Session, plan_id: int | None, year: int | None) -> list[Plan]:
        if plan_id is not None:
            return [load_plan(session, plan_id)]
        return list(session.scalars(sa.select(Plan).where(Plan.year == year).order_by(Plan.id)))
