"""`tthc-desktop outbox`: the mail outbox from the command line (list it, send now, retry, cancel).

cli.py adds these with `add_outbox_commands(commands)` and maps "outbox" to `run_outbox`.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tthc_desktop.i18n import _
from tthc_desktop.paths import default_database

if TYPE_CHECKING:
    from tthc_desktop.services.mail import MailService
    from tthc_desktop.services.mail_dto import OutboxItem


def add_outbox_commands(subparsers: Any) -> None:  # argparse's _SubParsersAction is private
    outbox = subparsers.add_parser("outbox", help=_("list the mail outbox; 'outbox send' sends what is queued now"))
    actions = outbox.add_subparsers(dest="outbox_action", metavar=_("ACTION"))
    actions.add_parser("list", help=_("one line per message: id, state, attempts, time, recipients, subject"))
    actions.add_parser("send", help=_("send every queued message now, without waiting for the next retry"))
    for name, what in (("retry", _("queue a failed message again")),
                       ("cancel", _("remove a message that has not been sent"))):
        action = actions.add_parser(name, help=what)
        action.add_argument("outbox_id", type=int, metavar="ID")


def run_outbox(args: argparse.Namespace) -> int:
    from tthc_desktop.services.database import Database
    from tthc_desktop.services.mail import MailService

    database = Database.open(getattr(args, "db", None) or default_database())
    try:
        service = MailService(database.session_factory)
        action = getattr(args, "outbox_action", None) or "list"
        if action == "send":
            return _send(service)
        if action == "retry":
            service.retry(args.outbox_id)
            print(_("Message {id} is queued again.").format(id=args.outbox_id))
            return 0
        if action == "cancel":
            service.cancel(args.outbox_id)
            print(_("Message {id} was removed from the outbox.").format(id=args.outbox_id))
            return 0
        return _list(service)
    finally:
        database.close()


def _list(service: MailService) -> int:
    items = service.list_outbox()
    for item in items:
        print("\t".join((str(item.id), item.state.value, str(item.attempts), _when(item), ", ".join(item.to),
                         item.subject)))
        if item.last_error:
            print(f"\t{item.last_error}")
    if not items:
        print(_("The outbox is empty."), file=sys.stderr)
    return 0


def _when(item: OutboxItem) -> str:
    """Sent: when it went; queued: when it is tried next ('now' when due)."""
    moment: datetime | None = item.sent_at if item.sent_at else item.next_attempt_at
    if moment is None:
        return _("now") if item.state.value == "queued" else "-"
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _send(service: MailService) -> int:
    from tthc_desktop.services.mail import PasswordNeededError

    try:
        summary = service.send_due(force=True)
    except PasswordNeededError:
        if not sys.stdin.isatty():
            raise
        from getpass import getpass

        summary = service.send_due(force=True, password=getpass(_("Password: ")))
    if summary.busy:
        print(_("Another TTHC Desktop is sending mail right now. Try again in a moment."), file=sys.stderr)
        return 1
    print(_("Sent: {sent}. Waiting to retry: {deferred}. Failed: {failed}. Not tried: {skipped}.").format(
        sent=len(summary.sent), deferred=len(summary.deferred), failed=len(summary.failed),
        skipped=len(summary.skipped)))
    for outbox_id in (*summary.deferred, *summary.failed):
        print(f"{outbox_id}: {service.outbox_item(outbox_id).last_error}", file=sys.stderr)
    return 0 if summary.clean else 1
