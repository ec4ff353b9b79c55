"""Enumerations of the glossary; their values are what the database and the plan JSON store."""

from __future__ import annotations

from enum import StrEnum


class OrganizationLevel(StrEnum):
    COMMUNE = "commune"  # xã
    WARD = "ward"  # phường
    TOWNSHIP = "township"  # thị trấn


class DocumentType(StrEnum):
    DECISION = "QĐ"
    PLAN = "KH"
    REPORT = "BC"


class DocumentStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"


class SigningAuthority(StrEnum):
    """How the signer signs: on behalf of the body, for the head, acting, by order, by delegation."""

    NONE = "none"
    TM = "TM."
    KT = "KT."
    Q = "Q."
    TL = "TL."
    TUQ = "TUQ."


class NumberingPolicy(StrEnum):
    """Whether every document type keeps its own counter, or all types share one per year."""

    PER_TYPE = "per_type"
    SHARED = "shared"


class OutlineKind(StrEnum):
    GROUP = "group"
    TASK = "task"


class UnitRole(StrEnum):
    LEAD = "lead"
    COOPERATING = "cooperating"


class Comparator(StrEnum):
    """How a target is written and judged. EQUAL is a plain figure ("100"), met when reached."""

    AT_LEAST = ">="
    AT_MOST = "<="
    EQUAL = "="


class SectionKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BULLET = "bullet"


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DONE_LATE = "done_late"
    OVERDUE = "overdue"


class OutboxState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
