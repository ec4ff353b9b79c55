"""The outbox as stored: a row of `outbox_message` per message (its attachments in the content store, so the bytes
outlive the exported file), a row of `outbox_attempt` per try, and the states a message goes through. Each function
works inside the caller's transaction (`MailService._write`).

Each attempt's phase is committed before the step it names: CONNECTING before the connection (and login, MAIL FROM,
RCPT TO); DATA after the server accepted sender and recipients, just before the message is handed over. The outcome
is committed after the server's reply. A message found SENDING by the next sender (the one that held the lock died):
in phase CONNECTING the server never received it (an SMTP server delivers nothing from a transaction whose data it did
not receive to the end), so it is queued again; in phase DATA the server may have delivered it, so it is NOT sent
again by itself but marked failed with a reason that asks the clerk to ask the recipient first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from email.headerregistry import Address
from email.utils import make_msgid
from pathlib import Path
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tthc_desktop.db.models import OutboxAttachment, OutboxAttempt, OutboxMessage
from tthc_desktop.domain.enums import OutboxState
from tthc_desktop.domain.mail import AttemptOutcome, SendPhase, retry_delay
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.i18n import _
from tthc_desktop.services.content_store import ContentStore
from tthc_desktop.services.mail.message import Attachment
from tthc_desktop.services.mail_dto import AttemptInfo, OutboxAttachmentInfo, OutboxItem


def naive(moment: datetime) -> datetime:
    """UTC without a zone, as the database keeps times."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def unconfirmed_reason() -> str:
    return _("TTHC Desktop stopped while the mail server was receiving this message, so it may have been "
             "delivered. Ask the recipient (or look in the mailbox's Sent folder) before you press Retry: "
             "a second copy would carry the same Message-ID.")


def add_message(session: Session, store: ContentStore, now: datetime, sender_domain: str, to: Sequence[Address],
                subject: str, body: str, attachments: Sequence[tuple[Path, str]], report_id: int | None) -> int:
    """A QUEUED message with a Message-ID of the sender's domain; `attachments`: (file, name it goes under)."""
    row = OutboxMessage(
        message_id=make_msgid(domain=sender_domain or "tthc-desktop.invalid"), report_id=report_id,
        to_addresses=[str(address) for address in to], subject=subject, body=body,
        state=OutboxState.QUEUED, attempts=0, created_at=now, updated_at=now,
    )
    session.add(row)
    session.flush()
    for path, name in attachments:
        sha, size = store.put(path)
        session.add(OutboxAttachment(message_id=row.id, filename=name, sha256=sha, size=size))
    return row.id


def outbox_row(session: Session, outbox_id: int) -> OutboxMessage:
    row = session.get(OutboxMessage, outbox_id)
    if row is None:
        raise NotFoundError(_("Outbox message {id} does not exist.").format(id=outbox_id))
    return row


def attachment_names(session: Session, outbox_id: int) -> list[str]:
    return list(session.scalars(sa.select(OutboxAttachment.filename)
                                .where(OutboxAttachment.message_id == outbox_id).order_by(OutboxAttachment.id)))


def files(session: Session, store: ContentStore, outbox_id: int) -> list[Attachment]:
    rows = session.scalars(sa.select(OutboxAttachment).where(OutboxAttachment.message_id == outbox_id)
                           .order_by(OutboxAttachment.id)).all()
    return [(row.filename, store.existing(row.sha256).read_bytes()) for row in rows]


def item(session: Session, row: OutboxMessage) -> OutboxItem:
    attachments = session.scalars(sa.select(OutboxAttachment).where(OutboxAttachment.message_id == row.id)
                                  .order_by(OutboxAttachment.id)).all()
    attempts = session.scalars(sa.select(OutboxAttempt).where(OutboxAttempt.outbox_message_id == row.id)
                               .order_by(OutboxAttempt.id)).all()
    return OutboxItem(
        id=row.id, message_id=row.message_id, report_id=row.report_id, to=tuple(row.to_addresses),
        subject=row.subject, body=row.body, state=row.state, attempts=row.attempts, last_error=row.last_error,
        next_attempt_at=aware(row.next_attempt_at) if row.next_attempt_at else None,
        sent_at=aware(row.sent_at) if row.sent_at else None, queued_at=aware(row.created_at),
        attachments=tuple(OutboxAttachmentInfo(a.filename, a.sha256, a.size) for a in attachments),
        history=tuple(AttemptInfo(started_at=aware(a.started_at),
                                  finished_at=aware(a.finished_at) if a.finished_at else None,
                                  reached_data=a.phase == SendPhase.DATA, outcome=a.outcome, reply=a.reply)
                      for a in attempts),
    )


def newest_first(session: Session) -> Sequence[OutboxMessage]:
    return session.scalars(sa.select(OutboxMessage).order_by(OutboxMessage.id.desc())).all()


def requeue(row: OutboxMessage) -> None:
    """Queued to go with the next send round, without waiting for its back-off."""
    row.state, row.next_attempt_at = OutboxState.QUEUED, None


def refuse_if_gone_or_going(row: OutboxMessage, sent: str) -> None:
    """A message sent already (`sent`: what to say then) or being sent right now is not changed."""
    if row.state == OutboxState.SENT:
        raise DataError(sent)
    if row.state == OutboxState.SENDING:
        raise DataError(_("This message is being sent right now. Wait for the result."))


def due(session: Session, now: datetime, force: bool) -> list[int]:
    """The queued messages whose time has come (`force`: every queued one), oldest first."""
    query = sa.select(OutboxMessage.id).where(OutboxMessage.state == OutboxState.QUEUED)
    if not force:
        query = query.where(sa.or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now))
    return list(session.scalars(query.order_by(OutboxMessage.id)))


def resolve_interrupted(session: Session, now: datetime) -> tuple[list[int], list[int]]:
    """Messages left SENDING by a sender that died: queued again if nothing was handed over, else failed."""
    requeued, failed = [], []
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
            row.state, row.next_attempt_at, row.last_error = OutboxState.FAILED, None, unconfirmed_reason()
            failed.append(row.id)
    return requeued, failed


def claim(session: Session, outbox_id: int, now: datetime) -> int | None:
    """SENDING and a new attempt in phase CONNECTING (its id); None when the message is no longer QUEUED."""
    # An UPDATE executes to a CursorResult (it has the row count); SQLAlchemy's types say Result.
    claimed = cast("sa.CursorResult[Any]", session.execute(
        sa.update(OutboxMessage)
        .where(OutboxMessage.id == outbox_id, OutboxMessage.state == OutboxState.QUEUED)
        .values(state=OutboxState.SENDING, attempts=OutboxMessage.attempts + 1)
    ))
    if claimed.rowcount != 1:
        return None
    attempt = OutboxAttempt(outbox_message_id=outbox_id, started_at=now, phase=SendPhase.CONNECTING)
    session.add(attempt)
    session.flush()
    return attempt.id


def enter_data(session: Session, attempt_id: int) -> None:
    _attempt(session, attempt_id).phase = SendPhase.DATA


def finish(session: Session, outbox_id: int, attempt_id: int, now: datetime, outcome: AttemptOutcome, reply: str,
           note: str | None = None) -> None:
    """The attempt's outcome, and the message's state after it (sent, queued after its back-off, failed)."""
    row = outbox_row(session, outbox_id)
    _close_attempt(_attempt(session, attempt_id), now, outcome, reply)
    row.next_attempt_at = None
    if outcome == AttemptOutcome.SENT:
        row.state, row.sent_at, row.last_error = OutboxState.SENT, now, note
    elif outcome == AttemptOutcome.DEFERRED:
        row.state, row.last_error = OutboxState.QUEUED, reply
        row.next_attempt_at = now + retry_delay(row.attempts)
    elif outcome == AttemptOutcome.UNCONFIRMED:
        row.state, row.last_error = OutboxState.FAILED, f"{unconfirmed_reason()} ({reply})"
    else:
        row.state, row.last_error = OutboxState.FAILED, reply


def fail_without_attempt(session: Session, outbox_id: int, reason: str) -> None:
    row = outbox_row(session, outbox_id)
    row.state, row.last_error, row.next_attempt_at = OutboxState.FAILED, reason, None


def _attempt(session: Session, attempt_id: int) -> OutboxAttempt:
    attempt = session.get(OutboxAttempt, attempt_id)
    assert attempt is not None
    return attempt


def _last_attempt(session: Session, outbox_id: int) -> OutboxAttempt | None:
    return session.scalars(sa.select(OutboxAttempt).where(OutboxAttempt.outbox_message_id == outbox_id)
                           .order_by(OutboxAttempt.id.desc())).first()


def _close_attempt(attempt: OutboxAttempt, now: datetime, outcome: AttemptOutcome, reply: str | None) -> None:
    attempt.finished_at, attempt.outcome, attempt.reply = now, outcome, reply
