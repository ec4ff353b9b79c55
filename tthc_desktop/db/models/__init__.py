"""Every mapped class, imported together so that relationships by name resolve."""

from tthc_desktop.db.models.chasing import CalendarEvent, ReminderSlip
from tthc_desktop.db.models.documents import Article, Document, LegalBasis, Recipient, Section
from tthc_desktop.db.models.mail import AddressBookEntry, MailSettings, OutboxAttempt
from tthc_desktop.db.models.organization import Official, Organization, RegisterStart, Unit, UnitAlias
from tthc_desktop.db.models.plans import Indicator, OutlineItem, Plan, Task, TaskGroup, UnitAssignment
from tthc_desktop.db.models.tracking import (
    Attachment,
    DossierStats,
    Evidence,
    Measurement,
    OutboxAttachment,
    OutboxMessage,
    ProgressUpdate,
    Report,
)

__all__ = [
    "AddressBookEntry",
    "Article",
    "Attachment",
    "CalendarEvent",
    "Document",
    "DossierStats",
    "Evidence",
    "Indicator",
    "LegalBasis",
    "MailSettings",
    "Measurement",
    "Official",
    "Organization",
    "OutboxAttachment",
    "OutboxAttempt",
    "OutboxMessage",
    "OutlineItem",
    "Plan",
    "ProgressUpdate",
    "Recipient",
    "ReminderSlip",
    "RegisterStart",
    "Report",
    "Section",
    "Task",
    "TaskGroup",
    "Unit",
    "UnitAlias",
    "UnitAssignment",
]
