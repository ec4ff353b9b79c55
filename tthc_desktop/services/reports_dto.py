"""Plain, frozen values of the report service (the report list, the editor's view, a proposed period)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from tthc_desktop.reports.tables import ReportTable


class ReportStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"  # numbered, dated, figures frozen
    SENT = "sent"  # issued, and a mail carrying it has left the outbox


@dataclass(frozen=True)
class ProposedPeriod:
    key: str  # "2026-Q1"
    label: str  # "quý I năm 2026"
    start: date
    end: date
    due: date  # when the report is due by the commune's settings


@dataclass(frozen=True)
class ReportSummary:
    report_id: int
    document_id: int
    plan_id: int | None
    period_key: str
    period_label: str
    status: ReportStatus
    number_text: str  # "05/BC-UBND"; "/BC-UBND" while a draft
    issued_on: date | None
    subject: str
    sent: bool  # a mail with this report is in the outbox in state SENT


@dataclass(frozen=True)
class SectionView:
    key: str | None  # None: a heading with no text of its own
    label: str | None  # "I", "2"; None for the opening paragraph
    heading: str | None  # as printed (level-1 headings in upper case)
    level: int
    text: str
    prefilled: bool  # the template fills it from the tracker
    edited: bool  # the clerk changed it: a refresh keeps it


@dataclass(frozen=True)
class ReportView:
    """What the report editor shows: the document's fields, its sections (editable while a draft), its tables."""

    summary: ReportSummary
    addressee: str | None
    recipients: tuple[str, ...]
    signer_name: str | None
    sections: tuple[SectionView, ...]  # every section, headings without text of their own included
    tables: tuple[ReportTable, ...]
    figures_at: date  # the day the tasks were judged
    frozen: bool  # figures are those frozen at issue
