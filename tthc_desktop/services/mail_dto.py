"""Plain values the mail service hands out: settings, address book entries, outbox messages, a send round."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address

from tthc_desktop.domain.enums import OutboxState
from tthc_desktop.domain.mail import (
    DEFAULT_BODY_TEMPLATE,
    DEFAULT_PORTS,
    DEFAULT_SUBJECT_TEMPLATE,
    AttemptOutcome,
    MailSecurity,
)


@dataclass(frozen=True)
class MailSettingsInfo:
    """How mail leaves: the server, the sender and the templates. The password is not here (keyring only)."""

    smtp_host: str = ""
    smtp_port: int = DEFAULT_PORTS[MailSecurity.STARTTLS]
    security: MailSecurity = MailSecurity.STARTTLS
    username: str | None = None
    sender_address: str = ""
    sender_name: str | None = None
    subject_template: str = DEFAULT_SUBJECT_TEMPLATE
    body_template: str = DEFAULT_BODY_TEMPLATE

    @property
    def configured(self) -> bool:
        return bool(self.smtp_host and self.sender_address)

    @property
    def credential_name(self) -> str | None:
        """The keyring user name the password is kept under: the login at the server."""
        return f"{self.username}@{self.smtp_host}" if self.username and self.smtp_host else None


@dataclass(frozen=True)
class Contact:
    """An address book entry."""

    id: int
    name: str
    email: str
    office: str | None
    note: str | None
    is_default: bool

    @property
    def address(self) -> str:
        """'Name <email>' as it goes in a To: line."""
        return str(Address(display_name=self.name, addr_spec=self.email))


@dataclass(frozen=True)
class OutboxAttachmentInfo:
    filename: str
    sha256: str
    size: int


@dataclass(frozen=True)
class AttemptInfo:
    started_at: datetime
    finished_at: datetime | None
    reached_data: bool  # the message was being handed over when the attempt ended
    outcome: AttemptOutcome | None
    reply: str | None


@dataclass(frozen=True)
class OutboxItem:
    """One message in the outbox; times are UTC-aware."""

    id: int
    message_id: str
    report_id: int | None
    to: tuple[str, ...]
    subject: str
    body: str
    state: OutboxState
    attempts: int
    last_error: str | None
    next_attempt_at: datetime | None
    sent_at: datetime | None
    queued_at: datetime
    attachments: tuple[OutboxAttachmentInfo, ...]
    history: tuple[AttemptInfo, ...]

    @property
    def needs_checking(self) -> bool:
        """Failed after it may have been delivered: the clerk asks the recipient before pressing Retry."""
        return (self.state == OutboxState.FAILED and bool(self.history)
                and self.history[-1].outcome == AttemptOutcome.UNCONFIRMED)


@dataclass(frozen=True)
class SendSummary:
    """What one send round did, by outbox id."""

    sent: tuple[int, ...] = ()
    deferred: tuple[int, ...] = ()  # queued again, with the time of the next attempt
    failed: tuple[int, ...] = ()  # waiting for the clerk (refused, or may have been delivered)
    requeued_after_crash: tuple[int, ...] = ()  # interrupted before anything could be delivered
    skipped: tuple[int, ...] = ()  # not tried: the server could not be reached for an earlier one
    busy: bool = False  # another program (the window or the command line) is sending right now

    @property
    def clean(self) -> bool:
        return not (self.deferred or self.failed or self.skipped or self.busy)
