"""Mail: the commune's SMTP settings and templates, its address book, and the log of outbox attempts.

No column holds a password: it lives in the operating system's credential store (keyring) only.
The messages themselves are `OutboxMessage` rows (tracking.py); `OutboxAttempt` records how far each try got,
which is what lets a crashed send be resolved without sending twice.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from tthc_desktop.db.base import Base, OneLine, Timestamped
from tthc_desktop.domain.mail import (
    DEFAULT_BODY_TEMPLATE,
    DEFAULT_SUBJECT_TEMPLATE,
    AttemptOutcome,
    MailSecurity,
    SendPhase,
)


class MailSettings(Timestamped, Base):
    """How the commune sends mail: one row per organization."""

    __tablename__ = "mail_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(sa.ForeignKey("organization.id", ondelete="CASCADE"), unique=True)
    smtp_host: Mapped[OneLine] = mapped_column(default="")
    smtp_port: Mapped[int] = mapped_column(default=587)
    security: Mapped[MailSecurity] = mapped_column(default=MailSecurity.STARTTLS)
    username: Mapped[OneLine | None]  # the password is in the keyring under "<username>@<smtp_host>"
    sender_address: Mapped[OneLine] = mapped_column(default="")
    sender_name: Mapped[OneLine | None]
    subject_template: Mapped[OneLine] = mapped_column(default=DEFAULT_SUBJECT_TEMPLATE)
    body_template: Mapped[str] = mapped_column(default=DEFAULT_BODY_TEMPLATE)


class AddressBookEntry(Timestamped, Base):
    """A recipient the commune writes to, usually an upper-level office; defaults are proposed first."""

    __tablename__ = "address_book_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[OneLine]  # the person or the mailbox's name
    email: Mapped[OneLine]
    office: Mapped[OneLine | None]  # "Văn phòng UBND tỉnh", "Sở Tư pháp"
    note: Mapped[str | None]
    is_default: Mapped[bool] = mapped_column(default=False)


class OutboxAttempt(Base):
    """One try at sending an outbox message; its phase is committed before the step it names."""

    __tablename__ = "outbox_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_message_id: Mapped[int] = mapped_column(
        sa.ForeignKey("outbox_message.id", ondelete="CASCADE"), index=True
    )
    started_at: Mapped[datetime]
    phase: Mapped[SendPhase]
    finished_at: Mapped[datetime | None]
    outcome: Mapped[AttemptOutcome | None]
    reply: Mapped[str | None]  # the server's reply, or why no reply came
