"""The year's deadlines as an iCalendar file (.ics) that Outlook and phone calendars import (written with the
`icalendar` library), exported again as often as the clerk likes without doubling a single event.

Decisions:
- One all-day event per deadline of a task (domain.status: a due date, a window's end, every date of a recurrence;
  an ongoing task's reporting months are no deadlines and get no event), with a reminder (VALARM) at 08:00 a few
  days before (3 by default). A deadline already done says so in its title and has no reminder.
- The UID is derived from the plan, the task and the deadline's date, so an import updates the event it made
  before. Each event's SEQUENCE and a fingerprint of its content are kept in the database (`calendar_event`):
  exporting again raises the SEQUENCE only of the events whose content changed (done since, reworded, unit
  renamed); an event exported before whose deadline is gone (the schedule or the task changed) is exported as
  cancelled (STATUS:CANCELLED) with its SEQUENCE raised, so calendars strike it out. DTSTAMP is the export's time,
  LAST-MODIFIED the time the content last changed.
- The words of the events are Vietnamese document text (what the clerk reads in the calendar), like the workbook's.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from tthc_desktop import __version__
from tthc_desktop.db.models import CalendarEvent, Plan
from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.numbering import format_number
from tthc_desktop.domain.status import DONE_STATES
from tthc_desktop.errors import DataError
from tthc_desktop.files import write_atomic
from tthc_desktop.i18n import _
from tthc_desktop.services import tracking_tasks as reads
from tthc_desktop.services.base import Service
from tthc_desktop.services.changes import Part
from tthc_desktop.services.chasing_dto import CalendarExport
from tthc_desktop.services.organization import the_organization
from tthc_desktop.services.plans import load_plan
from tthc_desktop.services.tracking_dto import TrackedTask

if TYPE_CHECKING:
    from icalendar import Event

DEFAULT_ALARM_DAYS = 3
ALARM_HOUR = 8  # the reminder rings at 08:00, `alarm_days` before the deadline
MAX_ALARM_DAYS = 60
CATEGORY = "Kiểm soát TTHC"
SUMMARY_LENGTH = 90


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class _Event:
    uid: str
    plan_id: int
    task_id: int
    day: date
    summary: str
    description: str
    categories: tuple[str, ...]
    done: bool

    def fingerprint(self, alarm_days: int) -> str:
        content = [self.summary, self.description, self.day.isoformat(), list(self.categories), self.done, alarm_days]
        return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_LENGTH else text[:SUMMARY_LENGTH - 1].rstrip(" ,;.") + "…"


def _slug(name: str) -> str:
    return "-".join(vnformat.fold(name).split()) or "xa"


def uid_of(plan_id: int, task_id: int, day: date, commune: str) -> str:
    """Stable for a deadline of a task of a plan: the same in every export of this database."""
    return f"tthc-{plan_id}-{task_id}-{day:%Y%m%d}-{_slug(commune)}@tthc-desktop"


def _events(tasks: list[TrackedTask], units: dict[int, tuple[str, str | None]], plans: dict[int, str],
            commune: str) -> list[_Event]:
    events = []
    for task in tasks:
        place = ".".join(p for p in (*task.group_labels, task.label or "") if p)
        leads = [units[u][0] if u is not None and u in units else text
                 for text, u in zip(task.lead_units, task.lead_unit_ids, strict=False)]
        short_units = [units[u][1] or units[u][0] for u in task.lead_unit_ids if u is not None and u in units]
        for point in task.checkpoints:
            if point.period:
                continue
            done = point.status in DONE_STATES
            head = f"[{', '.join(dict.fromkeys(short_units))}] " if short_units else ""
            summary = f"{'(Đã hoàn thành) ' if done else ''}{head}Hạn nhiệm vụ {place}: {_short(task.content)}"
            lines = [f"Nhiệm vụ {place}: {task.content}"]
            if leads:
                lines.append(f"Đơn vị chủ trì: {'; '.join(leads)}")
            if task.schedule_text:
                lines.append(f"Thời gian thực hiện: {' '.join(task.schedule_text.split())}")
            lines.append(f"Kế hoạch: {plans[task.plan_id]}")
            if done and point.done_on is not None:
                late = " (trễ hạn)" if point.status is TaskStatus.DONE_LATE else ""
                lines.append(f"Đã hoàn thành ngày {vnformat.short_date(point.done_on)}{late}.")
            events.append(_Event(uid_of(task.plan_id, task.task_id, point.day, commune), task.plan_id, task.task_id,
                                 point.day, summary, "\n".join(lines), (CATEGORY, *dict.fromkeys(short_units)), done))
    return events


def _vevent(event: _Event, row: CalendarEvent, stamp: datetime, alarm_days: int) -> Event:
    from icalendar import Alarm, Event

    vevent = Event()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", stamp)
    vevent.add("created", row.first_exported.replace(tzinfo=UTC))
    vevent.add("last-modified", row.changed_at.replace(tzinfo=UTC))
    vevent.add("sequence", row.sequence)
    vevent.add("dtstart", event.day)
    vevent.add("dtend", event.day + timedelta(days=1))
    vevent.add("summary", event.summary)
    vevent.add("description", event.description)
    vevent.add("categories", list(event.categories))
    vevent.add("transp", "TRANSPARENT")  # a deadline does not make the clerk busy all day
    vevent.add("status", "CANCELLED" if row.cancelled else "CONFIRMED")
    if not event.done and not row.cancelled:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", event.summary)
        alarm.add("trigger", timedelta(days=-alarm_days, hours=ALARM_HOUR))
        vevent.add_component(alarm)
    return vevent


class CalendarService(Service):
    def __init__(self, session_factory: sessionmaker[Session], today: Callable[[], date] = date.today,
                 clock: Callable[[], datetime] = _utc_now) -> None:
        super().__init__(session_factory)
        self._today = today
        self._clock = clock

    def export(self, path: Path, plan_id: int | None = None, year: int | None = None,
               alarm_days: int = DEFAULT_ALARM_DAYS, at: date | None = None) -> CalendarExport:
        """Write the deadlines of a plan (or of every plan of a year) to `path`, whole or not at all; which are
        done is judged at `at` (today)."""
        from icalendar import Calendar

        if isinstance(alarm_days, bool) or not isinstance(alarm_days, int) or not 0 <= alarm_days <= MAX_ALARM_DAYS:
            raise DataError(_("The reminder comes 0 to {most} days before a deadline; {value} is not.").format(
                most=MAX_ALARM_DAYS, value=alarm_days))
        if (plan_id is None) == (year is None):
            raise ValueError("export one plan or one year")
        now = self._clock().astimezone(UTC).replace(microsecond=0)
        stored_now = now.replace(tzinfo=None)
        with self._write(Part.CHASING, plan=plan_id) as session:
            organization = the_organization(session)
            plans = ([load_plan(session, plan_id)] if plan_id is not None else
                     list(session.scalars(sa.select(Plan).where(Plan.year == year).order_by(Plan.id))))
            if not plans:
                raise DataError(_("There is no plan of {year}.").format(year=year))
            tasks = reads.tracked(session, plans, at or self._today())
            units = {u.id: (u.name, u.abbreviation) for u in organization.units}
            titles = {p.id: _plan_title(p) for p in plans}
            events = _events(tasks, units, titles, organization.name)
            rows = {r.uid: r for r in session.scalars(sa.select(CalendarEvent).where(
                CalendarEvent.plan_id.in_([p.id for p in plans])))}
            new = changed = cancelled = 0
            pairs: list[tuple[_Event, CalendarEvent]] = []
            for event in events:
                fingerprint = event.fingerprint(alarm_days)
                row = rows.pop(event.uid, None)
                if row is None:
                    row = CalendarEvent(uid=event.uid, plan_id=event.plan_id, task_id=event.task_id, day=event.day,
                                        sequence=0, fingerprint=fingerprint, cancelled=False,
                                        first_exported=stored_now, changed_at=stored_now)
                    session.add(row)
                    new += 1
                elif row.fingerprint != fingerprint or row.cancelled:
                    row.sequence, row.fingerprint, row.cancelled, row.changed_at = (
                        row.sequence + 1, fingerprint, False, stored_now)
                    changed += 1
                pairs.append((event, row))
            for row in rows.values():  # exported before, gone now: cancelled (once), and kept cancelled
                if not row.cancelled:
                    row.sequence, row.cancelled, row.changed_at = row.sequence + 1, True, stored_now
                    cancelled += 1
                gone = _Event(row.uid, row.plan_id, row.task_id, row.day, "(Đã hủy) Hạn nhiệm vụ",
                              "Mốc này không còn trong kế hoạch.", (CATEGORY,), False)
                pairs.append((gone, row))
            calendar = Calendar()
            calendar.add("prodid", f"-//TTHC Desktop//tthc-desktop {__version__}//VI")
            calendar.add("version", "2.0")
            calendar.add("calscale", "GREGORIAN")
            calendar.add("method", "PUBLISH")
            calendar.add("x-wr-calname", f"Kiểm soát TTHC {plans[0].year} - {organization.name}")
            for event, row in sorted(pairs, key=lambda pair: (pair[0].day, pair[0].uid)):
                calendar.add_component(_vevent(event, row, now, alarm_days))
            session.flush()
            write_atomic(Path(path), calendar.to_ical())  # inside the transaction: a file not written counts nothing
        return CalendarExport(str(path), len(pairs), new, changed, cancelled)


def _plan_title(plan: Plan) -> str:
    """ "Hoạt động kiểm soát … năm 2026 … (ban hành kèm theo Quyết định số 07/QĐ-UBND)"."""
    subject = plan.document.subject
    if plan.document.number is not None:
        return f"{subject} (Kế hoạch số {format_number(plan.document.number, plan.document.symbol)})"
    if plan.decision is not None and plan.decision.number is not None:
        number = format_number(plan.decision.number, plan.decision.symbol)
        return f"{subject} (ban hành kèm theo Quyết định số {number})"
    return subject
