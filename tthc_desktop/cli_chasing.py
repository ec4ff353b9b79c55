"""The `tthc-desktop calendar`, `slips` and `due` sub-commands: chasing the units from the command line (a clerk's
scheduled task, the tests), with the same services as the window."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from tthc_desktop import i18n
from tthc_desktop.domain.text import nfc
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _, ngettext
from tthc_desktop.paths import default_database

COMMANDS = ("calendar", "slips", "due")


def add_chasing_commands(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    calendar = subparsers.add_parser("calendar", help=_("export a plan's deadlines to a calendar file (.ics) that "
                                                        "Outlook and phones import; exporting again updates them"))
    calendar.add_argument("plan_id", metavar="PLAN_ID", help=_("the plan's id (see: tthc-desktop plans)"))
    calendar.add_argument("--out", type=Path, required=True, metavar=_("FILE"), help=_("the .ics file to write"))
    calendar.add_argument("--alarm-days", metavar=_("DAYS"), default="3",
                          help=_("the reminder comes this many days before each deadline (default: 3)"))
    slips = subparsers.add_parser("slips", help=_("write reminder slips: one page per unit listing what it owes"))
    slips.add_argument("plan_id", metavar="PLAN_ID", help=_("the plan's id (see: tthc-desktop plans)"))
    slips.add_argument("--unit", metavar=_("NAME"), action="append",
                       help=_("only this unit (its name or abbreviation; may be repeated); default: every unit "
                              "that owes something"))
    slips.add_argument("--format", choices=("pdf", "docx"), help=_("file type (default: from the file name)"))
    slips.add_argument("--out", type=Path, required=True, metavar=_("FILE"), help=_("the file to write"))
    due = subparsers.add_parser("due", help=_("what each unit has late and due, as text"))
    due.add_argument("plan_id", metavar="PLAN_ID", help=_("the plan's id (see: tthc-desktop plans)"))
    due.add_argument("--unit", metavar=_("NAME"), help=_("only this unit (its name or abbreviation)"))
    for command in (calendar, slips, due):  # here too, so it may follow the sub-command (main() reads it early)
        command.add_argument("--lang", choices=i18n.LANGUAGES, dest="sub_lang", default=argparse.SUPPRESS,
                             help=_("language of messages (vi or en)"))
    for command in (slips, due):
        # No default read from domain.status here: building the parser must stay cheap for every other command.
        command.add_argument("--within", metavar=_("DAYS"),
                             help=_("due means within this many days (default: the tracker's due-soon days)"))
        command.add_argument("--on", metavar=_("DATE"),
                             help=_("judge as on this day, YYYY-MM-DD or DD/MM/YYYY (default: today)"))


def _within(text: str | None) -> int:
    from tthc_desktop.domain.status import DUE_SOON_DAYS

    return DUE_SOON_DAYS if text is None else _number(text, "--within")


def _number(text: str, what: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise DataError(_("{what} must be a whole number; “{text}” is not.").format(what=what, text=text)) from None


def _day(text: str | None) -> date | None:
    if not text:
        return None
    for parse in (date.fromisoformat, lambda t: date(*map(int, reversed(t.split("/"))))):
        try:
            return parse(text.strip())
        except (ValueError, TypeError):
            continue
    raise DataError(_("“{text}” is not a date. Write it as 2026-12-04 or 04/12/2026.").format(text=text))


def run_chasing(args: argparse.Namespace) -> int:
    from tthc_desktop.services.database import Database

    plan_id = _number(args.plan_id, "PLAN_ID")
    database = Database.open(getattr(args, "db", None) or default_database())
    try:
        if args.command == "calendar":
            return _calendar(database, plan_id, args)
        if args.command == "slips":
            return _slips(database, plan_id, args)
        return _due(database, plan_id, args)
    finally:
        database.close()


def _calendar(database, plan_id: int, args: argparse.Namespace) -> int:  # noqa: ANN001
    from tthc_desktop.services.calendar_export import CalendarService

    result = CalendarService(database.session_factory).export(args.out, plan_id=plan_id,
                                                              alarm_days=_number(args.alarm_days, "--alarm-days"))
    print(ngettext("Written: {path} ({events} event: {new} new, {changed} changed, {cancelled} cancelled)",
                   "Written: {path} ({events} events: {new} new, {changed} changed, {cancelled} cancelled)",
                   result.events).format(
        path=result.path, events=result.events, new=result.new, changed=result.changed, cancelled=result.cancelled))
    return 0


def _slips(database, plan_id: int, args: argparse.Namespace) -> int:  # noqa: ANN001
    from tthc_desktop.services.chasing import ChasingService
    from tthc_desktop.services.slips import SlipService

    units = ([ChasingService(database.session_factory).find_unit(name).id for name in args.unit]
             if args.unit else None)
    batch = SlipService(database.session_factory).save(
        plan_id, args.out, units, args.format, _within(args.within), _day(args.on))
    print(_("Written: {path}").format(path=batch.path))
    for record in batch.records:
        count = len(record.lines)
        print(ngettext("{unit}: {count} task", "{unit}: {count} tasks", count).format(unit=record.unit_name,
                                                                                       count=count))
    return 0


def _due(database, plan_id: int, args: argparse.Namespace) -> int:  # noqa: ANN001
    from tthc_desktop.services.chasing import ALL_UNITS, ChasingService

    service = ChasingService(database.session_factory)
    unit = service.find_unit(args.unit).id if args.unit else ALL_UNITS
    dues = service.dues(plan_id=plan_id, unit=unit, within=_within(args.within), at=_day(args.on))
    print(dues_text(dues))
    return 0


def _when(day: date) -> str:
    from tthc_desktop.domain import vnformat

    return vnformat.short_date(day)


def _line(owed, text: str) -> str:  # noqa: ANN001
    task = owed.task
    place = ".".join(p for p in (*task.group_labels, task.label or "") if p)
    content = " ".join(task.content.split())
    content = content if len(content) <= 90 else content[:89].rstrip() + "…"
    return f"    {place:<9} {text} — {content}"


def dues_text(dues) -> str:  # noqa: ANN001
    """What each unit has late, due and done, as lines of text in the language of the messages."""
    lines = [_("Situation on {date}: due means within {days} days; this period is {start} to {end}.").format(
        date=_when(dues.at), days=dues.within, start=_when(dues.period.start), end=_when(dues.period.end))]
    if dues.closed:
        lines.append(_("The plan's year is over: tasks are shown as they stood on 31/12/{year}.").format(
            year=dues.year))
    for unit in dues.units:
        name = unit.name or _("(lead texts not matched to a unit)")
        if unit.abbreviation:
            name = f"{name} ({unit.abbreviation})"
        lines += ["", _("{unit}: tasks led {total}; late {late}, due {due}, done this period {done}").format(
            unit=name, total=unit.total, late=len(unit.late), due=len(unit.due), done=len(unit.done))]
        for title, owed_list, describe in (
            (_("Late:"), unit.late, lambda o: ngettext(
                "due {dates}, {days} day late", "due {dates}, {days} days late", o.days).format(
                dates=", ".join(_when(d) for d in o.deadlines), days=o.days) if o.days is not None else
                _("due {dates}, not done").format(dates=", ".join(_when(d) for d in o.deadlines))),
            (ngettext("Due within {days} day:", "Due within {days} days:", dues.within).format(days=dues.within),
             unit.due, lambda o: ngettext("due {date}, {days} day left", "due {date}, {days} days left",
                                          o.days).format(date=_when(o.deadlines[0]), days=o.days)),
            (_("Done this period:"), unit.done, lambda o: _("done {date}").format(date=_when(o.done_on))
                if o.done_on else ""),
            (_("Ongoing, no progress reported:"), unit.silent, lambda o: ngettext(
                "no progress in {count} month, the last ending {date}",
                "no progress in {count} months, the last ending {date}", len(o.deadlines)).format(
                count=len(o.deadlines), date=_when(max(o.deadlines)))),
        ):
            if owed_list:
                lines.append(f"  {title}")
                lines += [_line(o, describe(o)) for o in owed_list]
        if not unit.owes:
            lines.append("  " + _("Nothing late or due."))
    if not dues.units:
        lines += ["", _("No unit leads a task of this plan.")]
    return nfc("\n".join(lines))
