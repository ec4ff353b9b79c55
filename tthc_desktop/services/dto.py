"""Plain, frozen values the services hand out; no ORM object outlives its session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tthc_desktop.domain.enums import DocumentStatus, DocumentType, NumberingPolicy, OrganizationLevel, OutlineKind


@dataclass(frozen=True)
class OrganizationInfo:
    id: int
    name: str
    level: OrganizationLevel
    province: str | None
    place_name: str
    issuer_abbreviation: str
    upstream_name: str | None
    numbering_policy: NumberingPolicy
    parent_name: str | None = None
    report_cutoff_day: int = 14
    report_due_day: int | None = None


@dataclass(frozen=True)
class RegisterInfo:
    """A register of outgoing documents for a year: "" for all documents, else the symbol it numbers."""

    year: int
    symbol: str
    next_free: int | None  # as the clerk read it in the register; None when not set
    last_used: int | None  # the largest number this app issued in it that year
    proposed: int  # what issuing proposes: the larger of last_used + 1 and next_free


@dataclass(frozen=True)
class UnitInfo:
    id: int
    name: str
    abbreviation: str | None
    active_from: date | None
    active_to: date | None
    replaced_by_id: int | None = None
    email: str | None = None  # where its reminder slips are mailed


@dataclass(frozen=True)
class UnmatchedUnit:
    """A unit text of the plans that names none of the commune's units, for the clerk to match once."""

    key: str  # domain.units.unit_key: every spelling of it is matched at once
    text: str  # the spelling met most often
    uses: int  # task and indicator rows naming it
    suggestion: int | None  # a unit whose name appears inside the text


@dataclass(frozen=True)
class OfficialInfo:
    id: int
    name: str
    position: str
    may_sign: bool
    active_from: date | None = None
    active_to: date | None = None


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    type: DocumentType
    number: int | None
    number_text: str  # "48/QĐ-UBND", or "/QĐ-UBND" for a draft
    year: int
    issued_on: date | None
    subject: str
    status: DocumentStatus


@dataclass(frozen=True)
class PlanSummary:
    id: int
    year: int
    subject: str
    status: DocumentStatus
    document: DocumentInfo
    decision: DocumentInfo | None
    task_count: int
    indicator_count: int

    @property
    def number_text(self) -> str | None:
        """The number that identifies the plan: its own, or that of the decision issuing it."""
        for doc in (self.document, self.decision):
            if doc is not None and doc.number is not None:
                return doc.number_text
        return None


@dataclass(frozen=True)
class OutlineNode:
    """A group or task of a plan's outline, with its rows under it (`OutlineService.tree`, the first view)."""

    id: int
    parent_id: int | None
    position: int
    kind: OutlineKind
    label: str | None
    label_manual: bool
    text: str
    objective: str | None = None
    expected_result: str | None = None
    schedule_text: str | None = None
    lead_units: tuple[str, ...] = ()
    cooperating_units: tuple[str, ...] = ()
    children: tuple[OutlineNode, ...] = ()
