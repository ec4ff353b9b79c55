"""Period reports (BC) about a plan: drafted from the tracker, edited section by section, issued, exported.

A report is a `Document` of type BC (number, date, subject, addressee, signer, recipients) and a `Report` row
(plan, period key) whose JSON keeps the rest: {"template": the outline it was drafted with, "sections": {key:
{"text", "edited"}}, "figures": the snapshot frozen at issue}. Decisions where reporting.md is silent:
- A draft always shows and prints live figures; an issued report only its frozen ones, so re-exporting it after
  the tracker changed gives the same content. The outline is kept from the day the draft was made: a template
  changed later applies to new reports only.
- Issuing regenerates the pre-filled sections the clerk has not edited from the figures being frozen (their
  sentences must agree with the tables), then numbers and freezes the document through DocumentService. The
  figures are written first, in their own transaction: if numbering fails, the draft keeps a snapshot it never
  reads (drafts read live figures) and can be issued again.
- One draft per plan and period: asking for another returns it. Once that one is issued, a new draft may be
  made (a corrected report for the same period).
- The period proposed is the one the clerk should be writing: among the quarters, first 6 and 9 months and
  year of the plan's year that end after the last issued report of the plan, the latest one that has ended
  (the longest when several end together: the 6-month report rather than Q2); when none has ended, the one
  due next by the commune's due day. A fully reported year proposes its year report.
- "sent" is read from the outbox: a mail in state SENT with the report's id.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker

from tthc_desktop.db.models import Document, Official, OutboxMessage, Recipient, Report
from tthc_desktop.documents.model import PrintJob
from tthc_desktop.documents.rules import FormatRules
from tthc_desktop.domain import periods
from tthc_desktop.domain.enums import DocumentStatus, DocumentType, OutboxState, SigningAuthority
from tthc_desktop.domain.numbering import format_number, symbol_for
from tthc_desktop.domain.signature import authority_line, choose_signer
from tthc_desktop.domain.text import clean
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.files import write_atomic
from tthc_desktop.i18n import _
from tthc_desktop.paths import data_dir
from tthc_desktop.reports import content, words
from tthc_desktop.reports.compose import ReportDocument, compose_report
from tthc_desktop.reports.tables import build_tables
from tthc_desktop.reports.template import ReportTemplate, fill_words, labelled, load_template, parse_template
from tthc_desktop.services.base import CHANGES, Service, touched
from tthc_desktop.services.changes import Part
from tthc_desktop.services.documents import DocumentService, ensure_editable
from tthc_desktop.services.organization import format_rules, the_organization
from tthc_desktop.services.plans import load_plan
from tthc_desktop.services.report_figures import collect
from tthc_desktop.services.reports_dto import ProposedPeriod, ReportStatus, ReportSummary, ReportView, SectionView
from tthc_desktop.services.tracking import TrackingService

Format = Literal["pdf", "docx", "xlsx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx", "xlsx")
REPORT_KINDS = ("quarter", "half_year", "nine_months", "year")
STORED_TEMPLATE = "(report)"


def templates_folder() -> Path:
    """Where the clerk may put their own templates (month.json, quarter.json ...) to replace the app's."""
    return data_dir() / "report-templates"


def _span(p: periods.ReportingPeriod) -> int:
    return (p.end - p.start).days


class ReportService(Service):
    def __init__(self, session_factory: sessionmaker[Session], today: Callable[[], date] = date.today,
                 tracking: TrackingService | None = None, templates: Path | None = None,
                 rules: FormatRules | None = None) -> None:
        super().__init__(session_factory)
        self._today = today
        self._tracking = tracking if tracking is not None else TrackingService(session_factory, today=today)
        self._templates = templates if templates is not None else templates_folder()
        self._fixed_rules = rules  # None: each export reads the commune's own format

    # ------------------------------------------------------------ reading

    def template(self, kind: str) -> ReportTemplate:
        """The outline new reports of `kind` are drafted with (the clerk's copy if there is one)."""
        return load_template(kind, self._templates)

    def propose_period(self, plan_id: int, kinds: tuple[str, ...] = REPORT_KINDS) -> ProposedPeriod:
        """The period whose report the clerk should write now (see the module's decisions)."""
        today = self._today()
        with self._read() as session:
            plan = load_plan(session, plan_id)
            organization = the_organization(session)
            cutoff, due_day = organization.report_cutoff_day, organization.report_due_day
            issued = session.scalars(sa.select(Report.period_key).join(Document, Report.document_id == Document.id)
                                     .where(Report.plan_id == plan.id, Document.status == DocumentStatus.ISSUED))
            reported = max((periods.period(k, cutoff).end for k in issued if periods.is_key(k)), default=None)
            year = plan.year
        candidates = [p for kind in kinds for p in periods.periods_of_year(year, kind, cutoff)
                      if reported is None or p.end > reported]
        ended = [p for p in candidates if p.end < today]
        if ended:
            chosen = max(ended, key=lambda p: (p.end, _span(p)))
        elif candidates:
            chosen = min(candidates, key=lambda p: (periods.due_date(p, due_day), -_span(p)))
        else:
            chosen = periods.period(periods.key_of(year, "year"), cutoff)
        return ProposedPeriod(chosen.key, words.period_label(chosen.key), chosen.start, chosen.end,
                              periods.due_date(chosen, due_day))

    def list_reports(self, plan_id: int | None = None) -> list[ReportSummary]:
        """Reports by period (oldest first), each with its status: draft, issued or sent."""
        with self._read() as session:
            query = sa.select(Report)
            if plan_id is not None:
                query = query.where(Report.plan_id == plan_id)
            cutoff = the_organization(session).report_cutoff_day
            reports = list(session.scalars(query))
            sent = self._sent(session, [r.id for r in reports])
            summaries = [self._summary(session, r, r.id in sent) for r in reports]

        def order(s: ReportSummary) -> tuple[date, date, int]:
            p = periods.period(s.period_key, cutoff)
            return p.end, p.start, s.report_id

        return sorted(summaries, key=order)

    def find(self, plan_id: int, period_key: str) -> ReportSummary | None:
        """The plan's report for a period: the latest issued one, else the draft; None when there is none."""
        reports = [r for r in self.list_reports(plan_id) if r.period_key == period_key]
        issued = [r for r in reports if r.status is not ReportStatus.DRAFT]
        found = issued or reports
        return found[-1] if found else None

    def report(self, report_id: int) -> ReportView:
        """The report as the editor shows it: sections and tables (live figures while a draft)."""
        with self._read() as session:
            report, doc = self._load(session, report_id)
            stored = copy.deepcopy(report.frozen_figures or {})
            summary = self._summary(session, report, bool(self._sent(session, [report.id])))
            frozen = doc.is_frozen
            figures = stored["figures"] if frozen else self._collect(session, report.plan_id, report.period_key)
            addressee, recipients, signer = doc.addressee, tuple(r.text for r in doc.recipients), doc.signer_name
        template = parse_template(stored["template"], STORED_TEMPLATE)
        prefilled = {s.key for s in template.sections if s.key and s.fill}
        sections = []
        for spec, label in labelled(template):
            heading = fill_words(spec.heading, figures["words"]) if spec.heading else None
            entry = stored["sections"].get(spec.key, {}) if spec.key else {}
            sections.append(SectionView(
                key=spec.key, label=label, heading=heading.upper() if heading and spec.level == 1 else heading,
                level=spec.level, text=entry.get("text", ""), prefilled=spec.key in prefilled,
                edited=bool(entry.get("edited")),
            ))
        return ReportView(summary=summary, addressee=addressee, recipients=recipients, signer_name=signer,
                          sections=tuple(sections), tables=build_tables(template, figures),
                          figures_at=date.fromisoformat(figures["at"]), frozen=frozen)

    # ------------------------------------------------------------ writing

    def create_draft(self, plan_id: int, period_key: str) -> ReportSummary:
        """A new draft report of the plan for the period, pre-filled from the tracker; the existing draft if
        there is one."""
        with self._read() as session:
            plan = load_plan(session, plan_id)
            _check_key(period_key, plan.year)
            existing = self._draft(session, plan_id, period_key)
            if existing is not None:
                return self._summary(session, existing, False)
            figures = self._collect(session, plan_id, period_key)
        template = self.template(periods.parse_key(period_key)[1])
        texts = content.prefill(template, figures)
        with self._write(Part.REPORTS, plan=plan_id) as session:
            existing = self._draft(session, plan_id, period_key)
            if existing is not None:  # made meanwhile, in another window
                return self._summary(session, existing, False)
            doc = self._new_document(session, template, figures)
            report = Report(document_id=doc.id, plan_id=plan_id, period_key=period_key, frozen_figures={
                "version": 1, "template": template.to_json(),
                "sections": {key: {"text": text, "edited": False} for key, text in texts.items()},
            })
            session.add(report)
            session.flush()
            return self._summary(session, report, False)

    def update_section(self, report_id: int, key: str, text: str) -> SectionView:
        """The clerk's text for a section of a draft; kept by later refreshes."""
        with self._write(Part.REPORTS) as session:
            report, doc = self._load(session, report_id)
            ensure_editable(doc)
            stored = copy.deepcopy(report.frozen_figures or {})
            template = parse_template(stored["template"], STORED_TEMPLATE)
            if key not in template.keys:
                raise DataError(_("This report has no section “{key}”.").format(key=key))
            stored["sections"][key] = {"text": clean(text) or "", "edited": True}
            report.frozen_figures = stored
            spec, label = next((s, lbl) for s, lbl in labelled(template) if s.key == key)
            return SectionView(key, label, spec.heading, spec.level, stored["sections"][key]["text"],
                               bool(spec.fill), True)

    def refresh(self, report_id: int, overwrite: bool = False) -> ReportView:
        """Re-read the tracker for a draft: pre-filled sections the clerk has not edited are written again
        (every pre-filled section with `overwrite`)."""
        with self._write(Part.REPORTS) as session:
            report, doc = self._load(session, report_id)
            ensure_editable(doc)
            self._regenerate(report, self._collect(session, report.plan_id, report.period_key), overwrite)
        return self.report(report_id)

    def issue(self, report_id: int, on: date, number: int | None = None) -> ReportSummary:
        """Freeze the figures as they stand on `on` (at most the period's cut-off), then number and date the
        document (the next free number unless one is given)."""
        with self._write(Part.REPORTS) as session:
            report, doc = self._load(session, report_id)
            ensure_editable(doc)
            figures = collect(session, self._tracking, load_plan(session, self._plan_id(report)),
                              report.period_key, min(on, self._today()))
            self._regenerate(report, figures, overwrite=False)
            stored = copy.deepcopy(report.frozen_figures or {})  # set by _regenerate
            stored["figures"] = figures
            report.frozen_figures = stored
            document_id = doc.id
        DocumentService(self._session_factory).issue(document_id, on, number)
        with self._read() as session:
            report, _doc = self._load(session, report_id)
            return self._summary(session, report, bool(self._sent(session, [report.id])))

    def delete_draft(self, report_id: int) -> None:
        """Throw a draft away; an issued report stays on record."""
        with self._write(Part.REPORTS) as session:
            report, doc = self._load(session, report_id)
            ensure_editable(doc)
            session.delete(report)
            session.flush()
            session.delete(doc)

    # ------------------------------------------------------------ output

    def print_job(self, report_id: int) -> PrintJob:
        template, doc, figures, texts = self._printable(report_id)
        return compose_report(template, doc, figures, texts)

    def render(self, report_id: int, format: Format = "pdf") -> bytes:
        rules = self._fixed_rules
        if rules is None:
            with self._read() as session:
                rules = format_rules(session)
        if format == "xlsx":
            from tthc_desktop.reports.xlsx import report_workbook

            template, _doc, figures, _texts = self._printable(report_id)
            return report_workbook(template, figures, rules)
        job = self.print_job(report_id)
        if format == "pdf":
            from tthc_desktop.documents.pdf import PdfRenderer

            return PdfRenderer(rules).render(job)
        from tthc_desktop.documents.docx import DocxRenderer

        return DocxRenderer(rules).render(job)

    def export(self, report_id: int, path: Path, format: Format | None = None) -> Path:
        """Write the report to `path` as PDF, Word or Excel (from its suffix unless given), whole or not at all."""
        chosen = format or Path(path).suffix.lstrip(".").lower()
        if chosen not in FORMATS:
            raise DataError(_("Unknown file type {suffix}: save as .pdf, .docx or .xlsx.").format(
                suffix=Path(path).suffix or chosen))
        return write_atomic(Path(path), self.render(report_id, chosen))  # a Format: tested above

    # ------------------------------------------------------------ helpers

    def _printable(self, report_id: int) -> tuple[ReportTemplate, ReportDocument, dict[str, Any], dict[str, str]]:
        with self._read() as session:
            report, doc = self._load(session, report_id)
            stored = copy.deepcopy(report.frozen_figures or {})
            figures = stored["figures"] if doc.is_frozen else self._collect(session, report.plan_id,
                                                                            report.period_key)
            lines = tuple(line.upper() for line in (authority_line(doc.signing_authority), doc.signer_position)
                          if line)
            document = ReportDocument(
                symbol=doc.symbol, number=doc.number, year=doc.year, month=doc.issue_month, day=doc.issue_day,
                place=doc.place, subject=doc.subject, addressee=doc.addressee, signature_lines=lines,
                signer_name=doc.signer_name, recipients=tuple(r.text for r in doc.recipients),
            )
        template = parse_template(stored["template"], STORED_TEMPLATE)
        texts = {key: entry.get("text", "") for key, entry in stored["sections"].items()}
        return template, document, figures, texts

    def _collect(self, session: Session, plan_id: int | None, period_key: str) -> dict[str, Any]:
        plan = load_plan(session, plan_id) if plan_id is not None else None
        if plan is None:
            raise NotFoundError(_("The plan of this report was deleted; only an issued report can still be "
                                  "printed."))
        return collect(session, self._tracking, plan, period_key, self._today())

    @staticmethod
    def _plan_id(report: Report) -> int:
        if report.plan_id is None:
            raise NotFoundError(_("The plan of this report was deleted; only an issued report can still be "
                                  "printed."))
        return report.plan_id

    @staticmethod
    def _regenerate(report: Report, figures: dict[str, Any], overwrite: bool) -> None:
        stored = copy.deepcopy(report.frozen_figures or {})
        template = parse_template(stored["template"], STORED_TEMPLATE)
        texts = content.prefill(template, figures)
        for spec in template.sections:
            if spec.key and spec.fill:
                entry = stored["sections"].get(spec.key, {})
                if overwrite or not entry.get("edited"):
                    stored["sections"][spec.key] = {"text": texts[spec.key], "edited": False}
        report.frozen_figures = stored

    def _new_document(self, session: Session, template: ReportTemplate, figures: dict[str, Any]) -> Document:
        organization = the_organization(session)
        signer: Official | None = choose_signer(organization.officials)
        authority = SigningAuthority(template.signing_authority) if template.signing_authority \
            else SigningAuthority.NONE
        fill = figures["words"]
        doc = Document(
            organization_id=organization.id, type=DocumentType.REPORT, number=None,
            symbol=symbol_for(DocumentType.REPORT, organization.issuer_abbreviation), year=self._today().year,
            place=organization.place_name, subject=fill_words(template.subject, fill),
            addressee=clean(fill_words(template.addressee, fill)) or None, signing_authority=authority,
            signer_id=signer.id if signer else None, signer_position=signer.position if signer else None,
            signer_name=signer.name if signer else None,
            recipients=[Recipient(position=i, text=fill_words(text, fill))
                        for i, text in enumerate(template.recipients)],
        )
        session.add(doc)
        session.flush()
        return doc

    @staticmethod
    def _draft(session: Session, plan_id: int, period_key: str) -> Report | None:
        return session.scalars(sa.select(Report).join(Document, Report.document_id == Document.id).where(
            Report.plan_id == plan_id, Report.period_key == period_key, Document.status == DocumentStatus.DRAFT)
            .order_by(Report.id)).first()

    @staticmethod
    def _sent(session: Session, report_ids: list[int]) -> set[int]:
        if not report_ids:
            return set()
        return set(session.scalars(sa.select(OutboxMessage.report_id).where(
            OutboxMessage.report_id.in_(report_ids), OutboxMessage.state == OutboxState.SENT)))

    @staticmethod
    def _summary(session: Session, report: Report, sent: bool) -> ReportSummary:
        doc = session.get_one(Document, report.document_id)
        status = ReportStatus.DRAFT if not doc.is_frozen else ReportStatus.SENT if sent else ReportStatus.ISSUED
        return ReportSummary(
            report_id=report.id, document_id=doc.id, plan_id=report.plan_id, period_key=report.period_key,
            period_label=words.period_label(report.period_key) if periods.is_key(report.period_key)
            else report.period_key,
            status=status, number_text=format_number(doc.number, doc.symbol), issued_on=doc.issued_on,
            subject=doc.subject, sent=sent,
        )

    @staticmethod
    def _load(session: Session, report_id: int) -> tuple[Report, Document]:
        report = session.get(Report, report_id)
        if report is None:
            raise NotFoundError(_("Report {id} does not exist.").format(id=report_id))
        if CHANGES in session.info:  # a write: it is about the report's plan
            touched(session, report.plan_id)
        return report, session.get_one(Document, report.document_id)


def _check_key(key: str, year: int) -> None:
    if not periods.is_key(key):
        raise DataError(_("“{key}” is not a reporting period. Write it as 2026-M03, 2026-Q1, 2026-H1, 2026-9M or "
                          "2026-Y.").format(key=key))
    if periods.parse_key(key)[0] != year:
        raise DataError(_("Period {key} is not in {year}, the year of the plan.").format(key=key, year=year))

