"""`tthc-desktop backup [--to FILE]` and `tthc-desktop restore FILE`: the same backups as the File menu."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tthc_desktop.i18n import _
from tthc_desktop.paths import default_database

COMMANDS = ("backup", "restore")


def add_backup_commands(subparsers: argparse._SubParsersAction[Any]) -> None:
    backup = subparsers.add_parser("backup", help=_("save a checked copy of the database (while it is in use too)"))
    backup.add_argument("--to", type=Path, metavar=_("FILE"),
                        help=_("the file or folder to write (default: the backups folder beside the database)"))
    restore = subparsers.add_parser(
        "restore", help=_("replace the database with a backup; the current file is kept in the backups folder"))
    restore.add_argument("file", type=Path, metavar=_("FILE"))


def run_backup(args: argparse.Namespace) -> int:
    """Run `backup` or `restore`; TthcError goes up to cli.main, which prints it and exits 1."""
    from tthc_desktop.services.backup import BackupService  # not at the top: the window starts without SQLAlchemy

    service = BackupService(Path(args.db or default_database()))
    if args.command == "backup":
        path = service.backup_now(args.to)
        print(_("Backup written: {path}").format(path=path))
        return 0
    result = service.restore(args.file)
    print(_("Restored {database} from {backup}.").format(database=result.database, backup=result.restored_from))
    if result.replaced is not None:
        print(_("The database that was replaced is kept at {path}.").format(path=result.replaced))
    return 0
