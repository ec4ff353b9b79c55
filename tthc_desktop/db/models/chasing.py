"""Chasing the units: the reminder slips handed or mailed to them, and the calendar events exported for the year.

A slip keeps what it listed (a copy of each line as printed), so its history reads the same after the plan is
edited; a mailed slip points at its outbox message, whose state says whether it left. A calendar event is
remembered by its UID with the SEQUENCE it was last exported with and a fingerprint of its content: exporting
again bumps the SEQUENCE only of the events that changed, and cancels the ones that are gone.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from tthc_desktop.db.base import Base, Timestamped


class ReminderSlip(Timestamped, Base):
    """One slip (phiếu nhắc việc) made for one unit: saved to a file or queued to its e-mail address."""

    __tablename__ = "reminder_slip"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(sa.ForeignKey("unit.id", ondelete="SET NULL"), index=True)
    unit_name: Mapped[str]  # as printed on the slip ("Kính gửi: …")
    plan_id: Mapped[int | None] = mapped_column(sa.ForeignKey("plan.id", ondelete="SET NULL"), index=True)
    year: Mapped[int]
    made_on: Mapped[date]  # the slip's date: what it lists was judged on this day
    delivery: Mapped[str]  # "file" (saved or printed) or "mail" (queued in the outbox)
    file_format: Mapped[str]  # "pdf" or "docx"
    outbox_message_id: Mapped[int | None] = mapped_column(sa.ForeignKey("outbox_message.id", ondelete="SET NULL"))
    recipient: Mapped[str | None]  # the address it was mailed to
    lines: Mapped[list[Any]]  # what it listed: [{"task_id", "label", "content", "deadline", "state", "section"}]


class CalendarEvent(Base):
    """An event of an exported calendar (.ics): a deadline of a task, known by a UID that never changes."""

    __tablename__ = "calendar_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(unique=True)
    plan_id: Mapped[int] = mapped_column(sa.ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int]  # no foreign key: a deleted task's event must still be cancelled
    day: Mapped[date]
    sequence: Mapped[int] = mapped_column(default=0)
    fingerprint: Mapped[str]  # SHA-256 of what the event says
    cancelled: Mapped[bool] = mapped_column(default=False)
    first_exported: Mapped[datetime]
    changed_at: Mapped[datetime]  # when its content last changed (LAST-MODIFIED)
