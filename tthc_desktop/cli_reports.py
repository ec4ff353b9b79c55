"""The `tthc-desktop report` sub-command: a plan's period report to a PDF, Word or Excel file.

It prints the report the window would: the period's issued report if there is one (its frozen figures), else
its draft, made from the tracker when there is none yet (the draft stays, for the clerk to edit later).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tthc_desktop.i18n import _
from tthc_desktop.paths import default_database


def add_report_commands(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = subparsers.add_parser("report", help=_("write a plan's period report to a PDF, Word or Excel file"))
    report.add_argument("--plan", type=int, required=True, metavar="PLAN_ID", help=_("the plan's id"))
    report.add_argument("--period", metavar=_("PERIOD"),
                        help=_("2026-M03, 2026-Q1, 2026-H1, 2026-9M or 2026-Y (default: the period due next)"))
    report.add_argument("--format", choices=("pdf", "docx", "xlsx"), help=_("file type (default: from the file name)"))
    report.add_argument("--out", type=Path, required=True, metavar=_("FILE"), help=_("the file to write"))


def run_report(args: argparse.Namespace) -> int:
    from tthc_desktop.services.database import Database
    from tthc_desktop.services.reports import ReportService

    database = Database.open(getattr(args, "db", None) or default_database())
    try:
        service = ReportService(database.session_factory)
        period = args.period or service.propose_period(args.plan).key
        summary = service.find(args.plan, period) or service.create_draft(args.plan, period)
        path = service.export(summary.report_id, args.out, args.format)
    finally:
        database.close()
    print(_("Written: {path}").format(path=path))
    return 0
