"""The `tthc-desktop` command: without a sub-command it opens the window; sub-commands never do.

Each sub-command imports what it uses when it runs (the window imports none of it, and `render` no SQLAlchemy when
it can read the file with plain sqlite3): the module itself imports only argparse and light helpers. The
sub-commands of cli_backup, cli_chasing, cli_mail and cli_reports are added when the parser is built, and their code
is imported by the command that runs it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tthc_desktop import __version__, i18n
from tthc_desktop.errors import DatabaseError, TthcError
from tthc_desktop.i18n import _
from tthc_desktop.paths import default_database

if TYPE_CHECKING:
    from tthc_desktop.services.database import Database


def _parser() -> argparse.ArgumentParser:
    from tthc_desktop.cli_backup import add_backup_commands
    from tthc_desktop.cli_chasing import add_chasing_commands
    from tthc_desktop.cli_mail import add_outbox_commands
    from tthc_desktop.cli_reports import add_report_commands

    parser = argparse.ArgumentParser(
        prog="tthc-desktop",
        description=_("Administrative-procedure control plans, tracking and reports for a commune."),
    )
    parser.add_argument("--version", action="version", version=f"TTHC Desktop {__version__}")
    parser.add_argument("--db", type=Path, metavar=_("PATH"),
                        help=_("database file (default: {path})").format(path=default_database()))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_("language of messages (vi or en)"))
    parser.add_argument("--no-demo", action="store_true",
                        help=_("open the window on an empty database instead of the demo commune"))
    parser.add_argument("--debug", action="store_true", help=_("show technical details of unexpected errors"))
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    demo = commands.add_parser("demo", help=_("create the demo commune (Hành Dũng): last year's plan closed, this "
                                              "year's tracked to today"))
    demo.add_argument("--seed", action="store_true",
                      help=_("only the commune and its real 2025 plan, nothing tracked"))
    commands.add_parser("plans", help=_("list the plans, one line each: id, year, type, number, subject"))
    export = commands.add_parser("export-json", help=_("print a plan as JSON"))
    export.add_argument("plan_id", type=int, metavar="PLAN_ID")
    commands.add_parser("check", help=_("check the database: integrity and schema version"))
    for name, what in (("import-text", _("a text file (copied from a PDF or a portal)")),
                       ("import-docx", _("a Word .docx file"))):
        importer = commands.add_parser(name, help=_("read a plan from {what}").format(what=what))
        importer.add_argument("file", type=Path, metavar=_("FILE"))
        importer.add_argument("--json", action="store_true", help=_("print the plan as JSON"))
        importer.add_argument("--save", action="store_true", help=_("store it as a new draft plan (needs --db)"))
    schedule = commands.add_parser("schedule", help=_("what a schedule as written means for the plan's year"))
    schedule.add_argument("text", metavar=_("TEXT"))
    schedule.add_argument("--year", type=int, required=True)
    schedule.add_argument("--json", action="store_true", help=_("print JSON (the only output for now)"))
    render = commands.add_parser("render", help=_("print a plan to a PDF or Word file"))
    render.add_argument("plan_id", type=int, metavar="PLAN_ID")
    render.add_argument("--what", choices=("decision", "plan", "both"), default="both",
                        help=_("the decision, the plan, or both in one file (default: both)"))
    render.add_argument("--format", choices=("pdf", "docx"), help=_("file type (default: from the file name)"))
    render.add_argument("--out", type=Path, required=True, metavar=_("FILE"), help=_("the file to write"))
    add_report_commands(commands)
    add_outbox_commands(commands)
    add_backup_commands(commands)
    add_chasing_commands(commands)
    return parser


def _open(args: argparse.Namespace) -> Database:
    from tthc_desktop.services.database import Database  # not at the top: the window starts without SQLAlchemy

    return Database.open(args.db or default_database())


def _demo(args: argparse.Namespace) -> int:
    from tthc_desktop.services.demo import DemoService

    database = _open(args)
    try:
        service = DemoService(database.session_factory)
        result = service.create_seed() if args.seed else service.create_demo()
    finally:
        database.close()
    if result.created:
        print(_("Demo commune created: plan {id}.").format(id=result.plan_id))
    else:
        print(_("The demo commune is already in this database: plan {id}.").format(id=result.plan_id))
    return 0


def _plans(args: argparse.Namespace) -> int:
    from tthc_desktop.services.plans import PlanService

    database = _open(args)
    try:
        plans = PlanService(database.session_factory).list_plans()
    finally:
        database.close()
    for plan in plans:
        print(f"{plan.id}\t{plan.year}\t{plan.document.type.value}\t{plan.number_text or '-'}\t{plan.subject}")
    if not plans:
        print(_("No plans yet. Create the demo with: tthc-desktop demo"), file=sys.stderr)
    return 0


def _export_json(args: argparse.Namespace) -> int:
    import json

    from tthc_desktop.services.plans import PlanService

    database = _open(args)
    try:
        data = PlanService(database.session_factory).export_json(args.plan_id)
    finally:
        database.close()
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def _check(args: argparse.Namespace) -> int:
    """The file as it is, read without changing it (nothing created, migrated or locked for long): every kind of
    damage in words, then the newest good backup; exit 1 on damage."""
    from tthc_desktop.services.health import diagnose  # not at the top: the window starts without SQLAlchemy

    report = diagnose(Path(args.db or default_database()))
    print(_("Database: {path}").format(path=report.path))
    if report.revision is not None:
        print(_("Schema: {revision} (this app: {expected})").format(
            revision=report.revision, expected=report.expected_revision))
    if report.integrity:
        print(_("Integrity: {result}").format(result="; ".join(report.integrity)))
        print(_("Foreign key problems: {count}").format(count=report.foreign_key_problems))
    if report.counts:
        print(_("Contents: {counts}").format(counts=", ".join(f"{k} {v}" for k, v in report.counts.items())))
    for problem in report.problems:
        print(_("Problem: {text}").format(text=problem))
    for note in report.notes:
        print(_("Note: {text}").format(text=note))
    if report.healthy:
        print(_("The database is healthy."))
        return 0
    print(_("The database has problems. Restore a backup or copy the file aside before editing."), file=sys.stderr)
    return 1


def _newest_backup_hint(error: DatabaseError) -> str | None:
    """For an error about a database file: its newest good backup and how to restore it."""
    from tthc_desktop.services.health import newest_good_backup, restore_hint

    if not isinstance(error.path, Path):
        return None
    found = newest_good_backup(error.path)
    return restore_hint(found[0], found[1]) if found is not None else None


def _import(args: argparse.Namespace) -> int:
    import json

    from tthc_desktop.services.importing import ImportService, describe

    kind = "docx" if args.command == "import-docx" else "text"
    if not args.save:
        result = ImportService(None).read(args.file, kind)  # type: ignore[arg-type]  # reads, touches no database
    else:
        database = _open(args)
        try:
            service = ImportService(database.session_factory)
            result = service.read(args.file, kind)
            plan = service.save(result)
        finally:
            database.close()
        print(_("Stored as a new draft plan: {id}").format(id=plan.id))
    for notice in result.notices:
        print(describe(notice), file=sys.stderr)
    if args.json or not args.save:
        print(json.dumps(result.plan, ensure_ascii=False, indent=2))
    return 0


def _schedule(args: argparse.Namespace) -> int:
    import json

    from tthc_desktop.domain.schedule import occurrences, parse_schedule

    result = parse_schedule(args.text, args.year)
    print(json.dumps(result, ensure_ascii=False))
    if not args.json:
        print(" ".join(day.isoformat() for day in occurrences(result, args.year)))
    return 0


def _render(args: argparse.Namespace) -> int:
    """Read with plain sqlite3 when the file is at the app's schema (services/quick_print.py); otherwise through the
    services, which migrate an older file (a backup first) or say what is wrong with it."""
    from tthc_desktop.services import quick_print

    path = quick_print.save(Path(args.db or default_database()).expanduser(), args.plan_id, args.out, args.what,
                            args.format)
    if path is None:
        from tthc_desktop.services.printing import PrintService

        database = _open(args)
        try:
            path = PrintService(database.session_factory).save(args.plan_id, args.out, args.what, args.format)
        finally:
            database.close()
    print(_("Written: {path}").format(path=path))
    return 0


def _report(args: argparse.Namespace) -> int:
    from tthc_desktop.cli_reports import run_report

    return run_report(args)


def _outbox(args: argparse.Namespace) -> int:
    from tthc_desktop.cli_mail import run_outbox

    return run_outbox(args)


def _backup(args: argparse.Namespace) -> int:
    from tthc_desktop.cli_backup import run_backup

    return run_backup(args)


def _chasing(args: argparse.Namespace) -> int:
    from tthc_desktop.cli_chasing import run_chasing

    return run_chasing(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": _demo,
    "plans": _plans,
    "export-json": _export_json,
    "check": _check,
    "render": _render,
    "schedule": _schedule,
    "import-text": _import,
    "import-docx": _import,
    "report": _report,
    "outbox": _outbox,
    "backup": _backup,
    "restore": _backup,
    "calendar": _chasing,
    "slips": _chasing,
    "due": _chasing,
}


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")  # Vietnamese on a Windows console
    # Help text is built before parsing, so the language is taken from a first, lenient pass.
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    early.add_argument("--lang", choices=i18n.LANGUAGES)
    early.add_argument("--db", type=Path)
    early.add_argument("--no-demo", action="store_true")
    early.add_argument("--debug", action="store_true")
    try:
        known, rest = early.parse_known_args(argv)
    except argparse.ArgumentError:  # said by the full parser below, with its usage
        known, rest = early.parse_known_args([]), ["?"]
    if known.lang:
        i18n.set_language(known.lang)
    if not rest:  # no sub-command, no --help or --version: the window, without first reading every help text
        from tthc_desktop.app import main as open_window

        return open_window(database=known.db, demo=not known.no_demo)
    args = _parser().parse_args(argv)
    if args.command is None:
        from tthc_desktop.app import main as open_window

        return open_window(database=args.db, demo=not args.no_demo)
    try:
        return COMMANDS[args.command](args)
    except TthcError as error:
        print(_("Error: {message}").format(message=error), file=sys.stderr)
        hint = _newest_backup_hint(error) if isinstance(error, DatabaseError) and args.command != "restore" else None
        if hint is not None:
            print(hint, file=sys.stderr)
        return 1
    except Exception as error:  # a bug, not the user's mistake: say so plainly, details on request
        if args.debug:
            raise
        print(_("Unexpected error ({kind}: {message}). Run again with --debug for details.").format(
            kind=type(error).__name__, message=error), file=sys.stderr)
        return 3
