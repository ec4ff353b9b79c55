"""Tracking and reporting: progress per check-point, evidence, figures, dossier counts, reports, outbox.

Periods are keyed by text ("2026-M03", "2026-Q1", "2026-H1", "2026-9M", "2026-Y"): the dates a key stands
for depend on the commune's cut-off day, which the domain computes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from tthc_desktop.db.base import Base, OneLine, Timestamped
from tthc_desktop.domain.enums import OutboxState, TaskStatus


class ProgressUpdate(Timestamped, Base):
    """What the clerk recorded about a task at one check-point (or with no check-point)."""

    __tablename__ = "progress_update"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(sa.ForeignKey("outline_item.id", ondelete="CASCADE"), index=True)
    checkpoint: Mapped[date | None]  # the occurrence it answers, derived from the schedule
    status: Mapped[TaskStatus]
    reported_on: Mapped[date]
    note: Mapped[str | None]


class Evidence(Timestamped, Base):
    """The document that proves a task was done: number, date, subject."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(sa.ForeignKey("outline_item.id", ondelete="CASCADE"), index=True)
    progress_id: Mapped[int | None] = mapped_column(sa.ForeignKey("progress_update.id", ondelete="SET NULL"))
    doc_number: Mapped[str | None]
    doc_date: Mapped[date | None]
    subject: Mapped[OneLine | None]


class Attachment(Base):
    """A file attached to evidence, stored once in the app's storage under its SHA-256."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_id: Mapped[int] = mapped_column(sa.ForeignKey("evidence.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(sa.String(64), index=True)
    filename: Mapped[OneLine]
    size: Mapped[int]
    added_at: Mapped[datetime] = mapped_column(server_default=sa.func.current_timestamp())


class Measurement(Timestamped, Base):
    """Figures of an indicator for one period: numerator and denominator, or a single value."""

    __tablename__ = "measurement"
    __table_args__ = (sa.UniqueConstraint("indicator_id", "period_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(sa.ForeignKey("indicator.id", ondelete="CASCADE"))
    period_key: Mapped[OneLine]
    numerator: Mapped[float | None]
    denominator: Mapped[float | None]
    value: Mapped[float | None]
    note: Mapped[str | None]


class DossierStats(Timestamped, Base):
    """One row of form Biểu 06 for a period and a field; the totals (3), (7), (11) are sums of these."""

    __tablename__ = "dossier_stats"
    __table_args__ = (sa.UniqueConstraint("organization_id", "period_key", "field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(sa.ForeignKey("organization.id", ondelete="CASCADE"))
    period_key: Mapped[OneLine]
    field: Mapped[OneLine]  # lĩnh vực
    position: Mapped[int] = mapped_column(default=0)
    received_online: Mapped[int] = mapped_column(default=0)  # (4)
    received_in_person: Mapped[int] = mapped_column(default=0)  # (5)
    carried_over: Mapped[int] = mapped_column(default=0)  # (6)
    settled_early: Mapped[int] = mapped_column(default=0)  # (8)
    settled_on_time: Mapped[int] = mapped_column(default=0)  # (9)
    settled_late: Mapped[int] = mapped_column(default=0)  # (10)
    pending_within: Mapped[int] = mapped_column(default=0)  # (12)
    pending_late: Mapped[int] = mapped_column(default=0)  # (13)


class Report(Timestamped, Base):
    """A period report (a BC document) about a plan; figures are frozen when it is issued."""

    __tablename__ = "report"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(sa.ForeignKey("document.id", ondelete="CASCADE"), unique=True)
    plan_id: Mapped[int | None] = mapped_column(sa.ForeignKey("plan.id", ondelete="SET NULL"), index=True)
    period_key: Mapped[OneLine]
    frozen_figures: Mapped[dict[str, Any] | None]


class OutboxMessage(Timestamped, Base):
    """A mail waiting to leave, or gone; the state is written before and after each attempt."""

    __tablename__ = "outbox_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[OneLine] = mapped_column(unique=True)  # stable Message-ID: a retry is the same mail
    report_id: Mapped[int | None] = mapped_column(sa.ForeignKey("report.id", ondelete="SET NULL"), index=True)
    to_addresses: Mapped[list[Any]]
    subject: Mapped[OneLine]
    body: Mapped[str]
    state: Mapped[OutboxState] = mapped_column(default=OutboxState.QUEUED)
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None]
    next_attempt_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]


class OutboxAttachment(Base):
    """A file sent with an outbox message, kept in the content store so a retry sends the same bytes."""

    __tablename__ = "outbox_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(sa.ForeignKey("outbox_message.id", ondelete="CASCADE"), index=True)
    filename: Mapped[OneLine]
    sha256: Mapped[str] = mapped_column(sa.String(64))
    size: Mapped[int]
