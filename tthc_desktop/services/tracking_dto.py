"""Plain, frozen values of the tracking service (tasks, progress, evidence, figures, the dashboard)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tthc_desktop.domain.enums import Comparator, TaskStatus
from tthc_desktop.domain.periods import ReportingPeriod
from tthc_desktop.domain.status import CheckpointState
from tthc_desktop.domain.tracking import Attainment, DossierRow, DossierRule, Standing, standing

# What set_dossier_rows takes: a field's counts (4)..(13), with the totals (3), (7), (11) as written or None.
DossierRowInput = DossierRow


@dataclass(frozen=True)
class EvidenceInput:
    """The document that proves the work: "48/QĐ-UBND", its date, its subject."""

    doc_number: str | None = None
    doc_date: date | None = None
    subject: str | None = None


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    evidence_id: int
    sha256: str
    filename: str  # as the clerk's file was named
    size: int
    added_at: datetime | None


@dataclass(frozen=True)
class EvidenceInfo:
    id: int
    task_id: int
    progress_id: int | None
    doc_number: str | None
    doc_date: date | None
    subject: str | None
    attachments: tuple[AttachmentInfo, ...] = ()


@dataclass(frozen=True)
class ProgressInfo:
    id: int
    task_id: int
    status: TaskStatus  # as recorded: not started, in progress or done
    reported_on: date
    checkpoint: date | None  # the check-point it answers
    note: str | None
    evidence: tuple[EvidenceInfo, ...] = ()


@dataclass(frozen=True)
class ProgressSnapshot:
    """A progress entry taken back (an undo), with the evidence recorded with it and their files, as rows."""

    update: dict[str, Any]
    evidence: tuple[dict[str, Any], ...] = ()
    attachments: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class TrackedTask:
    task_id: int
    plan_id: int
    plan_year: int
    label: str | None
    group_labels: tuple[str, ...]  # the labels of the groups above it, outermost first: ("B", "II")
    content: str
    expected_result: str | None
    lead_units: tuple[str, ...]
    cooperating_units: tuple[str, ...]
    schedule_text: str | None  # as written
    schedule_kind: str  # due, window, ongoing, recurring, on_demand, unknown, parts
    status: TaskStatus  # at the date asked (today by default)
    next_checkpoint: date | None
    days_left: int | None  # negative when overdue
    checkpoints: tuple[CheckpointState, ...]
    last_update: ProgressInfo | None
    evidence_count: int
    ongoing: bool = False  # judged by its progress in each reporting period, never overdue for a missing one
    missing: tuple[date, ...] = ()  # ends of the periods that ended without progress (ongoing tasks)
    closed: bool = False  # its plan's year is over: judged on 31 December, no days counted against today
    lead_unit_ids: tuple[int | None, ...] = ()  # the commune's unit each lead unit text names (domain.units)
    group_titles: tuple[str, ...] = ()  # the titles of the groups above it, beside group_labels
    starts: date | None = None  # the plan's start as judged (its issue date, else 1 January): a timeline bar's
    # first day when the schedule names none


@dataclass(frozen=True)
class IndicatorResult:
    indicator_id: int
    plan_id: int
    label: str | None
    name: str
    unit: str | None
    comparator: Comparator
    target: float | None
    period_key: str
    value: float | None  # the period's figure (a % for ratios)
    numerator: float | None
    denominator: float | None
    attainment: Attainment
    year_to_date_value: float | None
    year_to_date_attainment: Attainment
    source: str | None  # "dossiers" (Biểu 06), "entered", or None when there is no figure
    dossier_figure: str | None  # "on_time" or "online" when the figure can come from Biểu 06

    @property
    def standing(self) -> Standing:
        """The one verdict of the indicator at the period (domain.tracking.standing)."""
        return standing(self.value, self.year_to_date_value, self.target, self.comparator)


@dataclass(frozen=True)
class DossierRowInfo:
    position: int  # STT, from 1; 0 for the total row
    field: str
    received: int  # (3)
    received_online: int  # (4)
    received_in_person: int  # (5)
    carried_over: int  # (6)
    settled: int  # (7)
    settled_early: int  # (8)
    settled_on_time: int  # (9)
    settled_late: int  # (10)
    pending: int  # (11)
    pending_within: int  # (12)
    pending_late: int  # (13)


@dataclass(frozen=True)
class DossierTable:
    period: ReportingPeriod
    rows: tuple[DossierRowInfo, ...]
    total: DossierRowInfo
    on_time_rate: float | None  # ((8)+(9)+(12)) / (3) of the total, in %
    online_rate: float | None  # (4) / (3) of the total, in %


@dataclass(frozen=True)
class DossierProblem:
    field: str  # the row's field, or the total row's name
    rule: DossierRule | int  # a broken check, or the column (3..13) where the total is not the sum of the rows
    left: int
    right: int


@dataclass(frozen=True)
class UnitTally:
    """The plan's tasks led by one of the commune's units (None: lead texts that name none of them)."""

    unit_id: int | None
    name: str | None
    counts: Mapping[TaskStatus, int]  # every status, 0 included

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Dashboard:
    plan_id: int
    today: date
    counts: Mapping[TaskStatus, int]  # every status, 0 included
    due_soon: tuple[TrackedTask, ...]  # next check-point within the next N days, soonest first
    overdue: tuple[TrackedTask, ...]  # most overdue first
    period_key: str  # the period the indicators are judged on
    indicators: tuple[IndicatorResult, ...]
    attainment_counts: Mapping[Attainment, int]  # of the indicators' standing (domain.tracking.standing)
    by_unit: tuple[UnitTally, ...] = ()  # by lead unit, in the order of the commune's units, the unmatched last


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "task", "indicator", "evidence"
    id: int  # the task's, indicator's or evidence's id
    plan_id: int
    task_id: int | None
    label: str | None
    text: str
