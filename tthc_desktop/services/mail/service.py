"""`MailService`: the one door of mail for the window and the CLI. Each method is one read or one transaction over
the parts of this package (settings, credentials, contacts, outbox, message, smtp, lock); `send_due` runs a send
round, one transaction per step of each message, as the package's docstring tells."""

from __future__ import annotations

import logging
import os
import smtplib
import ssl
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

import tthc_desktop.services.mail.contacts as contacts
import tthc_desktop.services.mail.credentials as credentials
import tthc_desktop.services.mail.message as message
import tthc_desktop.services.mail.outbox as outbox
from tthc_desktop.db.models import AddressBookEntry, MailSettings, Report
from tthc_desktop.domain.mail import AttemptOutcome, render
from tthc_desktop.domain.templates import LEVEL_WORD
from tthc_desktop.domain.text import clean
from tthc_desktop.errors import DataError, NotFoundError, TthcError
from tthc_desktop.files import write_atomic
from tthc_desktop.i18n import _
from tthc_desktop.paths import data_dir
from tthc_desktop.services.base import Service, read_only_error
from tthc_desktop.services.changes import Part
from tthc_desktop.services.content_store import ContentStore
from tthc_desktop.services.mail.addresses import (
    addresses,
    check_sender,
    check_stored,
    checked_address,
    checked_recipients,
    one_line,
)
from tthc_desktop.services.mail.credentials import PasswordNeededError
from tthc_desktop.services.mail.lock import lock_path, one_sender
from tthc_desktop.services.mail.settings import FIELDS, checked_settings, settings_info, settings_row, stored_settings
from tthc_desktop.services.mail.smtp import TIMEOUT_SECONDS, Progress, Transport, failure, refused_note
from tthc_desktop.services.mail_dto import Contact, MailSettingsInfo, OutboxItem, SendSummary
from tthc_desktop.services.organization import the_organization

log = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class MailService(Service):
    def __init__(self, session_factory: sessionmaker[Session], clock: Callable[[], datetime] = _utc_now,
                 storage: Path | None = None,
                 ssl_context: Callable[[], ssl.SSLContext] = ssl.create_default_context,
                 timeout: float = TIMEOUT_SECONDS) -> None:
        super().__init__(session_factory)
        database = _database_file(session_factory)
        folder = database.parent if database else data_dir()
        self._clock = clock
        self._store = ContentStore(storage if storage is not None else folder / "attachments")
        self._lock_path = lock_path(folder, database)
        self._transport = Transport(ssl_context, timeout)

    # ------------------------------------------------------------ settings and password

    def settings(self) -> MailSettingsInfo:
        """The commune's settings, or the defaults when none are saved (or there is no commune yet)."""
        with self._read() as session:
            return stored_settings(session)

    def save_settings(self, settings: MailSettingsInfo) -> MailSettingsInfo:
        checked = checked_settings(settings)
        with self._write(Part.OUTBOX) as session:
            organization = the_organization(session)
            row = settings_row(session)
            if row is None:
                row = MailSettings(organization_id=organization.id)
                session.add(row)
            for name in FIELDS:
                setattr(row, name, getattr(checked, name))
            session.flush()
            return settings_info(row)

    def set_password(self, password: str) -> None:
        """Keep the password in the credential store for the saved server and user name."""
        credentials.keep_password(self._credential_name(), password)

    def has_password(self) -> bool:
        return credentials.kept_password(self.settings().credential_name) is not None

    def forget_password(self) -> None:
        credentials.forget_password(self._credential_name())

    @staticmethod
    def credential_store_available() -> bool:
        return credentials.credential_store_available()

    def _credential_name(self) -> str:
        name = self.settings().credential_name
        if name is None:
            raise DataError(_("Save the mail server and the user name first; the password belongs to them."))
        return name

    # ------------------------------------------------------------ address book

    def contacts(self) -> list[Contact]:
        """Defaults first, then by office and name in Vietnamese order."""
        with self._read() as session:
            return contacts.all_contacts(session)

    def default_recipients(self) -> list[str]:
        return [contact.address for contact in self.contacts() if contact.is_default]

    def add_contact(self, name: str, email: str, office: str | None = None, note: str | None = None,
                    is_default: bool = False) -> Contact:
        address = checked_address(email)
        with self._write(Part.OUTBOX) as session:
            contacts.refuse_duplicate(session, address.addr_spec, None)
            row = AddressBookEntry(name=clean(name) or clean(office) or address.addr_spec, email=address.addr_spec,
                                   office=clean(office) or None, note=clean(note) or None, is_default=is_default)
            session.add(row)
            session.flush()
            return contacts.contact(row)

    def update_contact(self, contact_id: int, name: str, email: str, office: str | None = None,
                       note: str | None = None, is_default: bool = False) -> Contact:
        address = checked_address(email)
        with self._write(Part.OUTBOX) as session:
            row = contacts.contact_row(session, contact_id)
            contacts.refuse_duplicate(session, address.addr_spec, contact_id)
            row.name = clean(name) or clean(office) or address.addr_spec
            row.email, row.office, row.note = address.addr_spec, clean(office) or None, clean(note) or None
            row.is_default = is_default
            session.flush()
            return contacts.contact(row)

    def delete_contact(self, contact_id: int) -> None:
        with self._write(Part.OUTBOX) as session:
            session.delete(contacts.contact_row(session, contact_id))

    # ------------------------------------------------------------ composing and queueing

    def compose(self, report: str, period: str = "", commune: str | None = None) -> tuple[str, str]:
        """Subject and body from the saved templates; the commune defaults to the profile ('xã Hành Dũng')."""
        settings = self.settings()
        if commune is None:
            with self._read() as session:
                organization = the_organization(session)
                commune = f"{LEVEL_WORD[organization.level]} {organization.name}"
        values = {"report": clean(report) or "", "period": clean(period) or "", "commune": clean(commune) or ""}
        return render(settings.subject_template, values), render(settings.body_template, values)

    def queue(self, to: Sequence[str], subject: str, body: str, attachments: Sequence[Path] = (),
              report_id: int | None = None) -> int:
        """Put a message in the outbox (nothing is sent yet); returns its outbox id."""
        recipients = checked_recipients(to)
        subject_line = one_line(_("subject"), subject)
        if not subject_line:
            raise DataError(_("The message has no subject. Write one."))
        names = [one_line(_("attachment's name"), message.file_name(Path(path))) for path in attachments]
        now = outbox.naive(self._clock())
        with self._write(Part.OUTBOX) as session:
            if report_id is not None and session.get(Report, report_id) is None:
                raise NotFoundError(_("Report {id} does not exist.").format(id=report_id))
            settings = settings_row(session)
            if settings is not None:
                check_sender(settings.sender_name)
            domain = settings.sender_address.partition("@")[2] if settings and settings.sender_address else ""
            return outbox.add_message(session, self._store, now, domain, recipients, subject_line, clean(body) or "",
                                      [(Path(path), name) for path, name in zip(attachments, names, strict=True)],
                                      report_id)

    def build_message(self, outbox_id: int) -> EmailMessage:
        """The message exactly as it is (or was) handed to the server: the same bytes on every call."""
        with self._read() as session:
            row = outbox.outbox_row(session, outbox_id)
            settings = stored_settings(session)
            check_stored(row, outbox.attachment_names(session, outbox_id))
            sender = None
            if settings.sender_address:
                sender = Address(display_name=settings.sender_name or "", addr_spec=settings.sender_address)
            return message.outbox_message(sender, addresses(row.to_addresses), row.subject,
                                          outbox.aware(row.created_at), row.message_id, row.body,
                                          outbox.files(session, self._store, outbox_id))

    # ------------------------------------------------------------ the outbox

    def list_outbox(self) -> list[OutboxItem]:
        """Newest first."""
        with self._read() as session:
            return [outbox.item(session, row) for row in outbox.newest_first(session)]

    def outbox_item(self, outbox_id: int) -> OutboxItem:
        with self._read() as session:
            return outbox.item(session, outbox.outbox_row(session, outbox_id))

    def retry(self, outbox_id: int) -> OutboxItem:
        """Queue a failed (or waiting) message to go with the next send round, without waiting for back-off."""
        with self._write(Part.OUTBOX) as session:
            row = outbox.outbox_row(session, outbox_id)
            outbox.refuse_if_gone_or_going(row, _("This message was sent already; queue a new one to send it again."))
            outbox.requeue(row)
            session.flush()
            return outbox.item(session, row)

    def cancel(self, outbox_id: int) -> None:
        """Take a message that has not gone out of the outbox."""
        with self._write(Part.OUTBOX) as session:
            row = outbox.outbox_row(session, outbox_id)
            outbox.refuse_if_gone_or_going(row, _("This message was sent already; it stays in the outbox as a record."))
            session.delete(row)

    def send_due(self, now: datetime | None = None, *, password: str | None = None,
                 force: bool = False) -> SendSummary:
        """Send every queued message whose time has come (`force`: every queued one) and report what happened."""
        now = now or self._clock()
        if self.read_only:  # sending writes each attempt first
            raise read_only_error(self.read_only)
        with one_sender(self._lock_path) as sending:
            if not sending:
                return SendSummary(busy=True)
            return self._send_round(outbox.naive(now), password, force)

    def _send_round(self, now: datetime, password: str | None, force: bool) -> SendSummary:
        results: dict[str, list[int]] = {"sent": [], "deferred": [], "failed": [], "requeued_after_crash": [],
                                         "skipped": []}
        with self._write(Part.OUTBOX) as session:
            results["requeued_after_crash"], results["failed"] = outbox.resolve_interrupted(session, now)
        with self._read() as session:
            due = outbox.due(session, now, force)
        if due:
            settings = self.settings()
            if not settings.configured:
                raise DataError(_("Set up the mail server and the sender's address first (Mail settings)."))
            check_sender(settings.sender_name)  # settings stored by an older version: said before any message
            secret = password or credentials.kept_password(settings.credential_name)
            if settings.username and not secret:
                raise PasswordNeededError(_("The mail server needs the password of {user}. Enter it to send.")
                                          .format(user=settings.username))
            if secret:
                credentials.check_password(secret)
            for position, outbox_id in enumerate(due):
                outcome, stop = self._send_one(outbox_id, settings, secret, now)
                if outcome is not None:
                    results[outcome].append(outbox_id)
                if stop:
                    results["skipped"] = due[position + 1:]
                    break
        return SendSummary(sent=tuple(results["sent"]), deferred=tuple(results["deferred"]),
                           failed=tuple(results["failed"]), skipped=tuple(results["skipped"]),
                           requeued_after_crash=tuple(results["requeued_after_crash"]))

    def _send_one(self, outbox_id: int, settings: MailSettingsInfo, password: str | None,
                  now: datetime) -> tuple[str | None, bool]:
        """(what became of the message, whether the round stops: the server is out of reach or went silent)."""
        try:
            data = self.build_message(outbox_id).as_bytes()
            recipients = [address.addr_spec for address in addresses(self.outbox_item(outbox_id).to)]
        except Exception as error:  # noqa: BLE001 - this message's own parts (a lost attachment, a header an older
            # version stored): no attempt can succeed; it waits for the clerk, the others go
            reason = str(error) if isinstance(error, TthcError) else _(
                "This message cannot be made into mail ({reason}). Queue it again with the problem corrected."
            ).format(reason=f"{type(error).__name__}: {error}")
            if not isinstance(error, TthcError):
                log.exception("Outbox message %s cannot be built", outbox_id)
            try:
                with self._write(Part.OUTBOX) as session:
                    outbox.fail_without_attempt(session, outbox_id, reason)
            except NotFoundError:
                return None, False  # the message itself was cancelled meanwhile
            return "failed", False
        with self._write(Part.OUTBOX) as session:  # committed before any connection is made
            attempt_id = outbox.claim(session, outbox_id, now)
        if attempt_id is None:
            return None, False  # cancelled or retried elsewhere since the list was read
        progress = Progress(before_data=lambda: self._enter_data(attempt_id))
        try:
            reply, refused = self._transport.transmit(settings, password, recipients, data, progress)
        except (smtplib.SMTPException, OSError) as error:
            _code, text, permanent = failure(error, settings)
            answered = isinstance(error, (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused))
            if progress.data_started and not answered:  # handed over, then silence: it may have been delivered
                self._finish(outbox_id, attempt_id, now, AttemptOutcome.UNCONFIRMED, text)
                return "failed", True
            self._finish(outbox_id, attempt_id, now, AttemptOutcome.FAILED if permanent else AttemptOutcome.DEFERRED,
                         text)
            return ("failed" if permanent else "deferred"), not progress.transaction_started
        except Exception as error:  # noqa: BLE001 - something of this message smtplib refuses (a line break in an
            # address stored by an older version) or a fault of ours: this message fails with the reason, the others go
            log.exception("Outbox message %s failed", outbox_id)
            text = _("This message could not be sent ({reason}).").format(
                reason=f"{type(error).__name__}: {error}" if str(error) else type(error).__name__)
            outcome = AttemptOutcome.UNCONFIRMED if progress.data_started else AttemptOutcome.FAILED
            self._finish(outbox_id, attempt_id, now, outcome, text)
            return "failed", False
        except BaseException as error:  # stopped (Ctrl+C, exit): recorded on the message, then passed on
            if not progress.data_started:
                self._finish(outbox_id, attempt_id, now, AttemptOutcome.FAILED, str(error) or type(error).__name__)
            raise
        self._finish(outbox_id, attempt_id, now, AttemptOutcome.SENT, reply, refused_note(refused))
        return "sent", False

    def _enter_data(self, attempt_id: int) -> None:
        with self._write(Part.OUTBOX) as session:
            outbox.enter_data(session, attempt_id)

    def _finish(self, outbox_id: int, attempt_id: int, now: datetime, outcome: AttemptOutcome, reply: str,
                note: str | None = None) -> None:
        with self._write(Part.OUTBOX) as session:
            outbox.finish(session, outbox_id, attempt_id, now, outcome, reply, note)

    # ------------------------------------------------------------ drafts for the clerk's own mail program

    def write_eml(self, path: Path, outbox_id: int | None = None, *, to: Sequence[str] = (), subject: str = "",
                  body: str = "", attachments: Sequence[Path] = ()) -> Path:
        """An unsent draft (X-Unsent: 1) of an outbox message, or of the given parts, for the clerk's mail program."""
        if outbox_id is not None:
            with self._read() as session:
                row = outbox.outbox_row(session, outbox_id)
                to, subject, body = row.to_addresses, row.subject, row.body
                files = outbox.files(session, self._store, outbox_id)
        else:
            to = [str(address) for address in checked_recipients(to)] if any(t.strip() for t in to) else []
            subject, body = one_line(_("subject"), subject), clean(body) or ""
            files = [(one_line(_("attachment's name"), message.file_name(Path(p))), message.read_file(Path(p)))
                     for p in attachments]
        return write_atomic(Path(path), message.draft(addresses(to), subject, body, files).as_bytes())

    @staticmethod
    def open_in_mail_program(path: Path) -> None:
        """Hand the draft to the system's default program for .eml files (not waited for)."""
        try:
            if sys.platform == "win32":
                os.startfile(str(path))  # noqa: S606
            else:
                opener = "open" if sys.platform == "darwin" else "xdg-open"
                subprocess.Popen([opener, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as error:
            raise TthcError(_("No mail program could open {path} ({reason}). Open the file from your mail "
                              "program, or attach the exported files by hand.").format(path=path, reason=error)
                            ) from error


def _database_file(session_factory: sessionmaker[Session]) -> Path | None:
    database = getattr(getattr(session_factory.kw.get("bind"), "url", None), "database", None)
    return Path(database).resolve() if database and database != ":memory:" else None
