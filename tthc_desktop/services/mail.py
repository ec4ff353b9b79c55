"""Mail to the upper level: SMTP settings, an address book, and an outbox that never sends a message twice.

Every message is queued first (a row of `outbox_message`, its attachments copied into the content store in the same
transaction, so the bytes outlive the exported file). `send_due` sends what is due over SMTP (SSL or STARTTLS); a
temporary failure (no network, a 4xx reply) queues the message again after 1, 2, 4 … minutes, at most an hour; a
refusal for good (a 5xx reply, a certificate that cannot be verified) marks it failed with the server's reason until
the clerk presses Retry. The password lives in the operating system's credential store (keyring) under the service
"TTHC Desktop" and the user name "<login>@<server>"; never in the database nor in a file of ours. With no credential
store the caller passes the password to `send_due` (the window asks for it each time).

A message is built the same way every time (stored Message-ID, Date fixed when queued, MIME boundary derived from
the Message-ID), so every attempt hands the server the same bytes while the sender in the settings stays the same.

Why a crash never sends twice (the choice the outbox makes):
- One sender at a time: `send_due` holds an operating-system file lock beside the database. The system drops it when
  the process dies, so a message found in state SENDING while we hold the lock was left by a dead sender.
- Each attempt is a row of `outbox_attempt` whose phase is committed before the step it names: CONNECTING before the
  connection (and login, MAIL FROM, RCPT TO); DATA after the server accepted sender and recipients, just before the
  message is handed over. The outcome is committed after the server's reply.
- Found SENDING in phase CONNECTING: the server never received the message (an SMTP server delivers nothing from a
  transaction whose data it did not receive to the end), so it is queued again and sent normally.
- Found SENDING in phase DATA, or a connection that broke after the data was handed over without a reply: the server
  may have delivered it. It is NOT sent again by itself; it is marked failed with a reason that asks the clerk to ask
  the recipient first. Retry then sends it again with the same Message-ID and Date, which lets a receiving system
  or reader recognise a duplicate, but nothing here counts on that.

A message is checked when it is queued: every recipient (several in one text, separated by "," or ";", read by
`email.utils.getaddresses`), and no line break in a header (subject, sender's name, recipients' names, attachments'
names), which would let one message break the SMTP conversation. A message that still cannot be sent for a reason
of its own (stored by an older version, refused by the server) is marked failed with that reason while the others
go; a problem of the settings stops the round before any message is touched.

"Open in my mail program" writes an .eml draft (X-Unsent: 1, no Message-ID, no Date, no From) that Outlook and other
mail programs open as a new message from the clerk's own account, for offices that use webmail or Outlook profiles.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import os
import smtplib
import ssl
import subprocess
import sys
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, getaddresses, make_msgid, parseaddr
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from tthc_desktop.db.models import (
    AddressBookEntry,
    MailSettings,
    OutboxAttachment,
    OutboxAttempt,
    OutboxMessage,
    Report,
)
from tthc_desktop.domain.enums import OutboxState
from tthc_desktop.domain.mail import (
    PLACEHOLDERS,
    AttemptOutcome,
    MailSecurity,
    SendPhase,
    is_permanent,
    render,
    retry_delay,
    unknown_placeholders,
)
from tthc_desktop.domain.templates import LEVEL_WORD
from tthc_desktop.domain.text import clean, printable
from tthc_desktop.domain.vnformat import fold, sort_key
from tthc_desktop.errors import DataError, NotFoundError, TthcError
from tthc_desktop.files import cannot_write, write_atomic
from tthc_desktop.i18n import _
from tthc_desktop.paths import data_dir
from tthc_desktop.services.base import Service, read_only_error
from tthc_desktop.services.changes import Part
from tthc_desktop.services.content_store import ContentStore
from tthc_desktop.services.mail_dto import (
    AttemptInfo,
    Contact,
    MailSettingsInfo,
    OutboxAttachmentInfo,
    OutboxItem,
    SendSummary,
)
from tthc_desktop.services.organization import the_organization

log = logging.getLogger(__name__)

KEYRING_SERVICE = "TTHC Desktop"
# 7bit: non-ASCII text goes as quoted-printable or base64, so any server takes it; CRLF line ends. Headers that may
# hold Vietnamese are stored ready-folded and never refolded (see _text_header).
POLICY = SMTP.clone(cte_type="7bit", refold_source="none")
TIMEOUT_SECONDS = 30.0
# The types this app exports, fixed here so a message's bytes do not depend on the machine's MIME table.
KNOWN_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".zip": "application/zip",
    ".csv": "text/csv",
    ".txt": "text/plain",
}


class PasswordNeededError(TthcError):
    """The server needs a password and the credential store has none: ask the clerk and pass it to send_due."""


@dataclass
class _Progress:
    """How far one SMTP transaction got, for deciding what a failure means."""

    before_data: Callable[[], None]
    transaction_started: bool = False  # the server accepted MAIL FROM: it is reachable and takes our login
    data_started: bool = False  # the DATA phase was committed and the message is being handed over


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
        self._lock_path = folder / f"{database.name if database else 'tthc'}.sending.lock"
        self._ssl_context = ssl_context
        self._timeout = timeout

    # ------------------------------------------------------------ settings and password

    def settings(self) -> MailSettingsInfo:
        """The commune's settings, or the defaults when none are saved (or there is no commune yet)."""
        with self._read() as session:
            row = _settings_row(session)
            return _settings_info(row) if row else MailSettingsInfo()

    def save_settings(self, settings: MailSettingsInfo) -> MailSettingsInfo:
        checked = _checked_settings(settings)
        with self._write(Part.OUTBOX) as session:
            organization = the_organization(session)
            row = _settings_row(session)
            if row is None:
                row = MailSettings(organization_id=organization.id)
                session.add(row)
            for name in ("smtp_host", "smtp_port", "security", "username", "sender_address", "sender_name",
                         "subject_template", "body_template"):
                setattr(row, name, getattr(checked, name))
            session.flush()
            return _settings_info(row)

    def set_password(self, password: str) -> None:
        """Keep the password in the credential store for the saved server and user name."""
        import keyring
        from keyring.errors import KeyringError, NoKeyringError

        name = self._credential_name()
        _check_password(password)
        try:
            keyring.set_password(KEYRING_SERVICE, name, password)
        except NoKeyringError as error:
            raise TthcError(_("This computer has no credential store, so the password cannot be kept. "
                              "TTHC Desktop will ask for it each time mail is sent.")) from error
        except KeyringError as error:
            raise TthcError(_("The credential store refused the password ({reason}). Nothing was kept.")
                            .format(reason=error)) from error

    def has_password(self) -> bool:
        return self._stored_password(self.settings()) is not None

    def forget_password(self) -> None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.delete_password(KEYRING_SERVICE, self._credential_name())
        except KeyringError:
            pass  # nothing kept, or no store: either way nothing is left

    @staticmethod
    def credential_store_available() -> bool:
        import keyring
        from keyring.backends.fail import Keyring as NoStore

        return not isinstance(keyring.get_keyring(), NoStore)

    def _credential_name(self) -> str:
        name = self.settings().credential_name
        if name is None:
            raise DataError(_("Save the mail server and the user name first; the password belongs to them."))
        return name

    @staticmethod
    def _stored_password(settings: MailSettingsInfo) -> str | None:
        if settings.credential_name is None:
            return None
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, settings.credential_name)
        except KeyringError:
            return None

    # ------------------------------------------------------------ address book

    def contacts(self) -> list[Contact]:
        """Defaults first, then by office and name in Vietnamese order."""
        with self._read() as session:
            rows = session.scalars(sa.select(AddressBookEntry)).all()
            entries = [_contact(row) for row in rows]
        return sorted(entries, key=lambda c: (not c.is_default, sort_key(c.office or ""), sort_key(c.name)))

    def default_recipients(self) -> list[str]:
        return [contact.address for contact in self.contacts() if contact.is_default]

    def add_contact(self, name: str, email: str, office: str | None = None, note: str | None = None,
                    is_default: bool = False) -> Contact:
        address = _checked_address(email)
        with self._write(Part.OUTBOX) as session:
            _refuse_duplicate(session, address.addr_spec, None)
            row = AddressBookEntry(name=clean(name) or clean(office) or address.addr_spec, email=address.addr_spec,
                                   office=clean(office) or None, note=clean(note) or None, is_default=is_default)
            session.add(row)
            session.flush()
            return _contact(row)

    def update_contact(self, contact_id: int, name: str, email: str, office: str | None = None,
                       note: str | None = None, is_default: bool = False) -> Contact:
        address = _checked_address(email)
        with self._write(Part.OUTBOX) as session:
            row = _contact_row(session, contact_id)
            _refuse_duplicate(session, address.addr_spec, contact_id)
            row.name = clean(name) or clean(office) or address.addr_spec
            row.email, row.office, row.note = address.addr_spec, clean(office) or None, clean(note) or None
            row.is_default = is_default
            session.flush()
            return _contact(row)

    def delete_contact(self, contact_id: int) -> None:
        with self._write(Part.OUTBOX) as session:
            session.delete(_contact_row(session, contact_id))

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
        addresses = _checked_recipients(to)
        subject_line = _one_line(_("subject"), subject)
        if not subject_line:
            raise DataError(_("The message has no subject. Write one."))
        names = [_one_line(_("attachment's name"), _file_name(Path(path))) for path in attachments]
        now = _naive(self._clock())
        with self._write(Part.OUTBOX) as session:
            if report_id is not None and session.get(Report, report_id) is None:
                raise NotFoundError(_("Report {id} does not exist.").format(id=report_id))
            settings = _settings_row(session)
            if settings is not None:
                _check_sender(settings.sender_name)
            domain = settings.sender_address.partition("@")[2] if settings and settings.sender_address else ""
            row = OutboxMessage(
                message_id=make_msgid(domain=domain or "tthc-desktop.invalid"), report_id=report_id,
                to_addresses=[str(address) for address in addresses], subject=subject_line, body=clean(body) or "",
                state=OutboxState.QUEUED, attempts=0, created_at=now, updated_at=now,
            )
            session.add(row)
            session.flush()
            for path, name in zip(attachments, names, strict=True):
                sha, size = self._store.put(Path(path))
                session.add(OutboxAttachment(message_id=row.id, filename=name, sha256=sha, size=size))
            return row.id

    def build_message(self, outbox_id: int) -> EmailMessage:
        """The message exactly as it is (or was) handed to the server: the same bytes on every call."""
        with self._read() as session:
            row = _outbox_row(session, outbox_id)
            settings_row = _settings_row(session)
            settings = _settings_info(settings_row) if settings_row else MailSettingsInfo()
            _check_stored(row, self._attachment_names(session, outbox_id))
            headers: list[tuple[str, str]] = []
            if settings.sender_address:
                sender = Address(display_name=settings.sender_name or "", addr_spec=settings.sender_address)
                headers.append(("From", _address_header([sender])))
            headers += [("To", _address_header(_addresses(row.to_addresses))),
                        ("Subject", _text_header("Subject", row.subject)),
                        ("Date", format_datetime(_aware(row.created_at))), ("Message-ID", row.message_id)]
            boundary = "=_tthc_" + hashlib.sha256(row.message_id.encode()).hexdigest()[:40]
            return _message(headers, row.body, self._files(session, outbox_id), boundary)

    # ------------------------------------------------------------ the outbox

    def list_outbox(self) -> list[OutboxItem]:
        """Newest first."""
        with self._read() as session:
            rows = session.scalars(sa.select(OutboxMessage).order_by(OutboxMessage.id.desc())).all()
            return [self._item(session, row) for row in rows]

    def outbox_item(self, outbox_id: int) -> OutboxItem:
        with self._read() as session:
            return self._item(session, _outbox_row(session, outbox_id))

    def retry(self, outbox_id: int) -> OutboxItem:
        """Queue a failed (or waiting) message to go with the next send round, without waiting for back-off."""
        with self._write(Part.OUTBOX) as session:
            row = _outbox_row(session, outbox_id)
            if row.state == OutboxState.SENT:
                raise DataError(_("This message was sent already; queue a new one to send it again."))
            if row.state == OutboxState.SENDING:
                raise DataError(_("This message is being sent right now. Wait for the result."))
            row.state, row.next_attempt_at = OutboxState.QUEUED, None
            session.flush()
            return self._item(session, row)

    def cancel(self, outbox_id: int) -> None:
        """Take a message that has not gone out of the outbox."""
        with self._write(Part.OUTBOX) as session:
            row = _outbox_row(session, outbox_id)
            if row.state == OutboxState.SENT:
                raise DataError(_("This message was sent already; it stays in the outbox as a record."))
            if row.state == OutboxState.SENDING:
                raise DataError(_("This message is being sent right now. Wait for the result."))
            session.delete(row)

    def send_due(self, now: datetime | None = None, *, password: str | None = None,
                 force: bool = False) -> SendSummary:
        """Send every queued message whose time has come (`force`: every queued one) and report what happened."""
        from filelock import FileLock, Timeout

        now = now or self._clock()
        if self.read_only:  # sending writes each attempt first
            raise read_only_error(self.read_only)
        lock = FileLock(self._lock_path, timeout=0, mode=0o600)
        try:
            lock.acquire()
        except Timeout:
            return SendSummary(busy=True)
        except OSError as error:
            raise cannot_write(self._lock_path, error) from error
        try:
            return self._send_round(_naive(now), password, force)
        finally:
            lock.release()

    def _send_round(self, now: datetime, password: str | None, force: bool) -> SendSummary:
        results: dict[str, list[int]] = {"sent": [], "deferred": [], "failed": [], "requeued_after_crash": [],
                                         "skipped": []}
        results["requeued_after_crash"], results["failed"] = self._resolve_interrupted(now)
        due = self._due(now, force)
        if due:
            settings = self.settings()
            if not settings.configured:
                raise DataError(_("Set up the mail server and the sender's address first (Mail settings)."))
            _check_sender(settings.sender_name)  # settings stored by an older version: said before any message
            secret = password or self._stored_password(settings)
            if settings.username and not secret:
                raise PasswordNeededError(_("The mail server needs the password of {user}. Enter it to send.")
                                          .format(user=settings.username))
            if secret:
                _check_password(secret)
            for position, outbox_id in enumerate(due):
                outcome, stop = self._send_one(outbox_id, settings, secret, now)
                if outcome is not None:
                    results[outcome].append(outbox_id)
                if stop:
                    results["skipped"] = due[position + 1:]
                    break
        return SendSummary(**{key: tuple(value) for key, value in results.items()})

    def _resolve_interrupted(self, now: datetime) -> tuple[list[int], list[int]]:
        """Messages left SENDING by a sender that died: queued again if nothing was handed over, else failed."""
        requeued, failed = [], []
        with self._write(Part.OUTBOX) as session:
            left = session.scalars(sa.select(OutboxMessage).where(OutboxMessage.state == OutboxState.SENDING)).all()
            for row in left:
                attempt = _last_attempt(session, row.id)
                if attempt is not None and attempt.phase == SendPhase.CONNECTING:
                    _close_attempt(attempt, now, AttemptOutcome.INTERRUPTED, None)
                    row.state, row.next_attempt_at = OutboxState.QUEUED, None
                    row.last_error = _("TTHC Desktop stopped before this message reached the mail server; "
                                       "it is sent again.")
                    requeued.append(row.id)
                else:
                    if attempt is not None:
                        _close_attempt(attempt, now, AttemptOutcome.UNCONFIRMED, None)
                    row.state, row.next_attempt_at, row.last_error = OutboxState.FAILED, None, _unconfirmed_reason()
                    failed.append(row.id)
        return requeued, failed

    def _due(self, now: datetime, force: bool) -> list[int]:
        query = sa.select(OutboxMessage.id).where(OutboxMessage.state == OutboxState.QUEUED)
        if not force:
            query = query.where(sa.or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now))
        with self._read() as session:
            return list(session.scalars(query.order_by(OutboxMessage.id)))

    def _send_one(self, outbox_id: int, settings: MailSettingsInfo, password: str | None,
                  now: datetime) -> tuple[str | None, bool]:
        """(what became of the message, whether the round stops: the server is out of reach or went silent)."""
        try:
            message = self.build_message(outbox_id)
            data = message.as_bytes()
            recipients = [address.addr_spec for address in _addresses(self.outbox_item(outbox_id).to)]
        except Exception as error:  # noqa: BLE001 - this message's own parts (a lost attachment, a header an older
            # version stored): no attempt can succeed; it waits for the clerk, the others go
            reason = str(error) if isinstance(error, TthcError) else _(
                "This message cannot be made into mail ({reason}). Queue it again with the problem corrected."
            ).format(reason=f"{type(error).__name__}: {error}")
            if not isinstance(error, TthcError):
                log.exception("Outbox message %s cannot be built", outbox_id)
            try:
                self._finish_without_attempt(outbox_id, reason)
            except NotFoundError:
                return None, False  # the message itself was cancelled meanwhile
            return "failed", False
        attempt_id = self._claim(outbox_id, now)
        if attempt_id is None:
            return None, False  # cancelled or retried elsewhere since the list was read
        progress = _Progress(before_data=lambda: self._enter_data(attempt_id))
        try:
            reply, refused = self._transmit(settings, password, recipients, data, progress)
        except (smtplib.SMTPException, OSError) as error:
            code, text, permanent = _failure(error, settings)
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
        note = "; ".join(f"{address}: {code} {_text(text)}" for address, (code, text) in refused.items())
        self._finish(outbox_id, attempt_id, now, AttemptOutcome.SENT, reply, note or None)
        return "sent", False

    def _transmit(self, settings: MailSettingsInfo, password: str | None, recipients: list[str], data: bytes,
                  progress: _Progress) -> tuple[str, dict[str, tuple[int, bytes]]]:
        """One SMTP transaction, split where smtplib.sendmail would not let us record the DATA phase."""
        smtp = self._connect(settings)
        try:
            if settings.security == MailSecurity.STARTTLS:
                smtp.starttls(context=self._ssl_context())
            if settings.username:
                smtp.login(settings.username, password or "")
            smtp.ehlo_or_helo_if_needed()
            code, reply = smtp.mail(settings.sender_address)
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, reply, settings.sender_address)
            progress.transaction_started = True
            refused: dict[str, tuple[int, bytes]] = {}
            for recipient in recipients:
                code, reply = smtp.rcpt(recipient)
                if code not in (250, 251):
                    refused[recipient] = (code, reply)
            if len(refused) == len(recipients):
                with suppress(smtplib.SMTPException, OSError):
                    smtp.rset()
                raise smtplib.SMTPRecipientsRefused(refused)
            progress.before_data()
            progress.data_started = True
            code, reply = smtp.data(data)
            if code != 250:
                raise smtplib.SMTPDataError(code, reply)
        except BaseException:
            smtp.close()
            raise
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()  # the message was accepted; a failed goodbye changes nothing
        return f"{code} {_text(reply)}", refused

    def _connect(self, settings: MailSettingsInfo) -> smtplib.SMTP:
        if settings.security == MailSecurity.SSL:
            return smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port, timeout=self._timeout,
                                    context=self._ssl_context())
        return smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=self._timeout)

    def _claim(self, outbox_id: int, now: datetime) -> int | None:
        """SENDING and a new attempt in phase CONNECTING, committed before any connection is made."""
        with self._write(Part.OUTBOX) as session:
            claimed = session.execute(
                sa.update(OutboxMessage)
                .where(OutboxMessage.id == outbox_id, OutboxMessage.state == OutboxState.QUEUED)
                .values(state=OutboxState.SENDING, attempts=OutboxMessage.attempts + 1)
            ).rowcount
            if claimed != 1:
                return None
            attempt = OutboxAttempt(outbox_message_id=outbox_id, started_at=now, phase=SendPhase.CONNECTING)
            session.add(attempt)
            session.flush()
            return attempt.id

    def _enter_data(self, attempt_id: int) -> None:
        with self._write(Part.OUTBOX) as session:
            attempt = session.get(OutboxAttempt, attempt_id)
            assert attempt is not None
            attempt.phase = SendPhase.DATA

    def _finish(self, outbox_id: int, attempt_id: int, now: datetime, outcome: AttemptOutcome, reply: str,
                note: str | None = None) -> None:
        with self._write(Part.OUTBOX) as session:
            row = _outbox_row(session, outbox_id)
            attempt = session.get(OutboxAttempt, attempt_id)
            assert attempt is not None
            _close_attempt(attempt, now, outcome, reply)
            row.next_attempt_at = None
            if outcome == AttemptOutcome.SENT:
                row.state, row.sent_at, row.last_error = OutboxState.SENT, now, note
            elif outcome == AttemptOutcome.DEFERRED:
                row.state, row.last_error = OutboxState.QUEUED, reply
                row.next_attempt_at = now + retry_delay(row.attempts)
            elif outcome == AttemptOutcome.UNCONFIRMED:
                row.state, row.last_error = OutboxState.FAILED, f"{_unconfirmed_reason()} ({reply})"
            else:
                row.state, row.last_error = OutboxState.FAILED, reply

    def _finish_without_attempt(self, outbox_id: int, reason: str) -> None:
        with self._write(Part.OUTBOX) as session:
            row = _outbox_row(session, outbox_id)
            row.state, row.last_error, row.next_attempt_at = OutboxState.FAILED, reason, None

    # ------------------------------------------------------------ drafts for the clerk's own mail program

    def write_eml(self, path: Path, outbox_id: int | None = None, *, to: Sequence[str] = (), subject: str = "",
                  body: str = "", attachments: Sequence[Path] = ()) -> Path:
        """An unsent draft (X-Unsent: 1) of an outbox message, or of the given parts, for the clerk's mail program."""
        if outbox_id is not None:
            with self._read() as session:
                row = _outbox_row(session, outbox_id)
                to, subject, body = row.to_addresses, row.subject, row.body
                files = self._files(session, outbox_id)
        else:
            to = [str(address) for address in _checked_recipients(to)] if any(t.strip() for t in to) else []
            subject, body = _one_line(_("subject"), subject), clean(body) or ""
            files = [(_one_line(_("attachment's name"), _file_name(Path(p))), _read_file(Path(p))) for p in attachments]
        headers = [("X-Unsent", "1")]
        if to:
            headers.append(("To", _address_header(_addresses(to))))
        headers.append(("Subject", _text_header("Subject", subject)))
        return write_atomic(Path(path), _message(headers, body, files).as_bytes())

    @staticmethod
    def open_in_mail_program(path: Path) -> None:
        """Hand the draft to the system's default program for .eml files (not waited for)."""
        try:
            if sys.platform == "win32":
                os.startfile(str(path))  # type: ignore[attr-defined]  # noqa: S606
            else:
                opener = "open" if sys.platform == "darwin" else "xdg-open"
                subprocess.Popen([opener, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as error:
            raise TthcError(_("No mail program could open {path} ({reason}). Open the file from your mail "
                              "program, or attach the exported files by hand.").format(path=path, reason=error)
                            ) from error

    # ------------------------------------------------------------ helpers needing the store

    @staticmethod
    def _attachment_names(session: Session, outbox_id: int) -> list[str]:
        return list(session.scalars(sa.select(OutboxAttachment.filename)
                                    .where(OutboxAttachment.message_id == outbox_id).order_by(OutboxAttachment.id)))

    def _files(self, session: Session, outbox_id: int) -> list[tuple[str, bytes]]:
        rows = session.scalars(sa.select(OutboxAttachment).where(OutboxAttachment.message_id == outbox_id)
                               .order_by(OutboxAttachment.id)).all()
        return [(row.filename, self._store.existing(row.sha256).read_bytes()) for row in rows]

    def _item(self, session: Session, row: OutboxMessage) -> OutboxItem:
        attachments = session.scalars(sa.select(OutboxAttachment).where(OutboxAttachment.message_id == row.id)
                                      .order_by(OutboxAttachment.id)).all()
        attempts = session.scalars(sa.select(OutboxAttempt).where(OutboxAttempt.outbox_message_id == row.id)
                                   .order_by(OutboxAttempt.id)).all()
        return OutboxItem(
            id=row.id, message_id=row.message_id, report_id=row.report_id, to=tuple(row.to_addresses),
            subject=row.subject, body=row.body, state=row.state, attempts=row.attempts, last_error=row.last_error,
            next_attempt_at=_aware(row.next_attempt_at) if row.next_attempt_at else None,
            sent_at=_aware(row.sent_at) if row.sent_at else None, queued_at=_aware(row.created_at),
            attachments=tuple(OutboxAttachmentInfo(a.filename, a.sha256, a.size) for a in attachments),
            history=tuple(AttemptInfo(started_at=_aware(a.started_at),
                                      finished_at=_aware(a.finished_at) if a.finished_at else None,
                                      reached_data=a.phase == SendPhase.DATA, outcome=a.outcome, reply=a.reply)
                          for a in attempts),
        )


# ---------------------------------------------------------------- module helpers


def _database_file(session_factory: sessionmaker[Session]) -> Path | None:
    database = getattr(getattr(session_factory.kw.get("bind"), "url", None), "database", None)
    return Path(database).resolve() if database and database != ":memory:" else None


def _naive(moment: datetime) -> datetime:
    """UTC without a zone, as the database keeps times."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


def _unconfirmed_reason() -> str:
    return _("TTHC Desktop stopped while the mail server was receiving this message, so it may have been "
             "delivered. Ask the recipient (or look in the mailbox's Sent folder) before you press Retry: "
             "a second copy would carry the same Message-ID.")


def _failure(error: Exception, settings: MailSettingsInfo) -> tuple[int | None, str, bool]:
    """(SMTP code, the reason as the clerk sees it, refused for good?)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _reply in error.recipients.values()]
        text = "; ".join(f"{address}: {code} {_text(reply)}" for address, (code, reply) in error.recipients.items())
        return (codes[0] if codes else None), text, all(is_permanent(code) for code in codes)
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code, f"{error.smtp_code} {_text(error.smtp_error)}", is_permanent(error.smtp_code)
    if isinstance(error, ssl.SSLCertVerificationError):
        return None, _("The certificate of the mail server {host} could not be verified ({reason}). Check the "
                       "server's name and the security setting.").format(host=settings.smtp_host,
                                                                         reason=error.verify_message), True
    if isinstance(error, ssl.SSLError):  # e.g. SSL chosen for a STARTTLS port: retrying will not help
        return None, _("The secure connection to the mail server {host}:{port} failed ({reason}). Check the port "
                       "and the security setting.").format(host=settings.smtp_host, port=settings.smtp_port,
                                                           reason=error.reason or error), True
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return None, _("The mail server {host} does not offer what the settings ask for ({reason}). Check the "
                       "security setting.").format(host=settings.smtp_host, reason=error), True
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return None, _("The mail server {host} closed the connection ({reason}).").format(
            host=settings.smtp_host, reason=str(error) or "-"), False
    if isinstance(error, OSError):
        return None, _("Cannot reach the mail server {host}:{port} ({reason}).").format(
            host=settings.smtp_host, port=settings.smtp_port, reason=error.strerror or error), False
    return None, str(error), False


def _check_password(password: str) -> None:
    """SMTP login (smtplib's AUTH) carries ASCII only: say so before any message is touched."""
    if not password.isascii():
        raise DataError(_("The password contains letters with accents or other characters the mail server's login "
                          "cannot carry. Change it at the mail provider to plain letters, digits and signs."))


def _settings_row(session: Session) -> MailSettings | None:
    return session.scalars(sa.select(MailSettings).order_by(MailSettings.id)).first()


def _settings_info(row: MailSettings) -> MailSettingsInfo:
    return MailSettingsInfo(
        smtp_host=row.smtp_host, smtp_port=row.smtp_port, security=row.security, username=row.username,
        sender_address=row.sender_address, sender_name=row.sender_name, subject_template=row.subject_template,
        body_template=row.body_template,
    )


def _checked_settings(settings: MailSettingsInfo) -> MailSettingsInfo:
    host = (settings.smtp_host or "").strip()
    if any(character.isspace() for character in host):
        raise DataError(_("The mail server's name cannot contain spaces: {host}").format(host=host))
    if not 1 <= int(settings.smtp_port) <= 65535:
        raise DataError(_("The port must be a number from 1 to 65535."))
    security = MailSecurity(settings.security)
    username = (settings.username or "").strip() or None
    if username and security == MailSecurity.NONE:
        raise DataError(_("A password is never sent unencrypted: choose SSL or STARTTLS, or clear the user name."))
    sender = _checked_address(settings.sender_address).addr_spec if settings.sender_address.strip() else ""
    for label, template in ((_("subject"), settings.subject_template), (_("body"), settings.body_template)):
        unknown = unknown_placeholders(template)
        if unknown:
            raise DataError(_("The {part} template uses {names}; the placeholders are {known}.").format(
                part=label, names=", ".join(unknown), known=", ".join("{" + p + "}" for p in PLACEHOLDERS)))
    return MailSettingsInfo(
        smtp_host=host, smtp_port=int(settings.smtp_port), security=security, username=username,
        sender_address=sender, sender_name=_one_line(_("sender's name"), settings.sender_name) or None,
        subject_template=" ".join((clean(settings.subject_template) or "").split()),
        body_template=clean(settings.body_template) or "",
    )


def _addresses(texts: Sequence[str]) -> list[Address]:
    """Stored 'Name <email>' strings back into addresses (they were checked when queued)."""
    pairs = (parseaddr(text) for text in texts)
    return [Address(display_name=name, addr_spec=spec) for name, spec in pairs]


def _checked_address(text: str) -> Address:
    """One address ('Name <name@example.gov.vn>' or the address alone)."""
    pairs = [pair for pair in getaddresses([_one_line(_("address"), text)]) if any(pair)]
    if len(pairs) != 1:
        raise DataError(_("{text} is not an e-mail address. Write it as name@example.gov.vn.").format(text=text))
    return _address(*pairs[0], text)


def _address(name: str, spec: str, shown: str) -> Address:
    if not spec.isascii():  # smtplib speaks ASCII to the server (no SMTPUTF8)
        raise DataError(_("{text}: an e-mail address with accented letters cannot be sent. Write the address "
                          "without accents (the name before it may keep them).").format(text=shown))
    try:
        address = Address(display_name=name, addr_spec=spec)
    except (ValueError, IndexError, HeaderParseError) as error:
        raise DataError(_("{text} is not an e-mail address. Write it as name@example.gov.vn.").format(
            text=shown)) from error
    if not address.username or ("." not in address.domain and address.domain != "localhost"):
        raise DataError(_("{text} is not an e-mail address. Write it as name@example.gov.vn.").format(text=shown))
    return address


def _checked_recipients(to: Iterable[str]) -> list[Address]:
    """Every address in `to`: each text may hold several, separated by "," or ";" (as mail programs write them)."""
    texts = [_one_line(_("recipients"), text) for text in to if (text or "").strip()]
    addresses = [_address(name, spec, f"{name} <{spec}>" if name else spec)
                 for name, spec in getaddresses(texts) if name or spec]
    if not addresses:
        raise DataError(_("The message has no recipient. Choose one from the address book or write an address."))
    return addresses


def _one_line(what: str, text: str | None) -> str:
    """`text` for a mail header: NFC, runs of spaces folded; a line break (or a character that acts as one) inside
    is refused in words, since it would end the header and begin another."""
    value = printable(text or "").strip()
    if "\n" in value:
        raise DataError(_("The {what} cannot contain a line break: {text}. Write it on one line.").format(
            what=what, text=" ⏎ ".join(line.strip() for line in value.splitlines())))
    return " ".join(value.split())


def _check_sender(name: str | None) -> None:
    if name and "\n" in printable(name):
        raise DataError(_("The sender's name in the mail settings contains a line break. Correct it in Mail "
                          "settings; nothing was sent."))


def _check_stored(row: OutboxMessage, attachment_names: Sequence[str]) -> None:
    """The header values of a message stored by an older version, which did not check them when queued."""
    for text in row.to_addresses:
        _checked_address(text)
    for what, values in ((_("subject"), [row.subject]), (_("recipients"), row.to_addresses),
                         (_("attachment's name"), attachment_names)):
        for value in values:
            if any(character in value for character in "\r\n"):
                raise DataError(_("The {what} of this message contains a line break: {text}. Queue it again "
                                  "with the {what} on one line.").format(what=what, text=value.replace("\n", " ⏎ ")))


def _refuse_duplicate(session: Session, email: str, contact_id: int | None) -> None:
    for row in session.scalars(sa.select(AddressBookEntry)):
        if row.id != contact_id and fold(row.email) == fold(email):
            raise DataError(_("{email} is in the address book already, as {name}.").format(email=email, name=row.name))


def _contact(row: AddressBookEntry) -> Contact:
    return Contact(id=row.id, name=row.name, email=row.email, office=row.office, note=row.note,
                   is_default=row.is_default)


def _contact_row(session: Session, contact_id: int) -> AddressBookEntry:
    row = session.get(AddressBookEntry, contact_id)
    if row is None:
        raise NotFoundError(_("Address book entry {id} does not exist.").format(id=contact_id))
    return row


def _outbox_row(session: Session, outbox_id: int) -> OutboxMessage:
    row = session.get(OutboxMessage, outbox_id)
    if row is None:
        raise NotFoundError(_("Outbox message {id} does not exist.").format(id=outbox_id))
    return row


def _last_attempt(session: Session, outbox_id: int) -> OutboxAttempt | None:
    return session.scalars(sa.select(OutboxAttempt).where(OutboxAttempt.outbox_message_id == outbox_id)
                           .order_by(OutboxAttempt.id.desc())).first()


def _close_attempt(attempt: OutboxAttempt, now: datetime, outcome: AttemptOutcome, reply: str | None) -> None:
    attempt.finished_at, attempt.outcome, attempt.reply = now, outcome, reply


def _file_name(path: Path) -> str:
    return clean(path.name) or "attachment"


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise DataError(_("Cannot read {path} ({reason}). Nothing was attached.").format(
            path=path, reason=error.strerror or error)) from error


def _mime_type(filename: str) -> tuple[str, str]:
    suffix = Path(filename).suffix.lower()
    kind = KNOWN_TYPES.get(suffix) or mimetypes.MimeTypes().guess_type(filename)[0] or "application/octet-stream"
    main, _slash, sub = kind.partition("/")
    return main, sub


def _text_header(name: str, text: str) -> str:
    """RFC 2047 words made and folded by the classic email.header.Header.

    Python 3.11's newer folder damages non-ASCII headers when it folds them (a space lost between words of a long
    Subject; in address lists a quoted addr-spec or an encoded comma: CPython gh-100884, gh-121284), so the headers
    that may hold Vietnamese are written ready-folded and stored raw.
    """
    return Header(text, "us-ascii" if text.isascii() else "utf-8", header_name=name).encode(linesep="\n")


def _address_header(addresses: Sequence[Address]) -> str:
    """One address per line; a Vietnamese name as encoded words, the address itself never touched."""
    items = []
    for address in addresses:
        name, spec = address.display_name, address.addr_spec
        if not name or name.isascii():
            items.append(formataddr((name, spec)))
            continue
        encoded = Header(name, "utf-8", maxlinelen=60).encode(linesep="\n")
        last_line = encoded.rsplit("\n", 1)[-1]
        items.append(f"{encoded}{' ' if len(last_line) + len(spec) < 62 else chr(10) + ' '}<{spec}>")
    return ",\n ".join(items)


def _message(headers: Sequence[tuple[str, str]], body: str, files: Sequence[tuple[str, bytes]],
             boundary: str | None = None) -> EmailMessage:
    """Headers (ready-folded) in the given order, the text, then the attachments; a fixed boundary keeps the bytes
    stable. An attachment's name is given twice: RFC 2231 in Content-Disposition, RFC 2047 in Content-Type's name,
    which is what older mail programs read."""
    message = EmailMessage(policy=POLICY)
    for name, value in headers:
        message.set_raw(name, value)
    message.set_content(body + "\n")
    for filename, data in files:
        main, sub = _mime_type(filename)
        message.add_attachment(data, maintype=main, subtype=sub, filename=filename)
        part = message.get_payload()[-1]
        del part["Content-Type"]
        part.set_raw("Content-Type", f'{main}/{sub};\n name="{_text_header("Content-Type", filename)}"')
    if files and boundary:
        message.set_boundary(boundary)
    return message
