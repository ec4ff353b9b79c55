"""What is wrong or missing in a draft plan and its decision, each problem pointing at the field to fix.

A blocking problem stops issuing (the printed document would be wrong or incomplete); a warning is shown
but leaves the choice to the clerk (a schedule the app cannot follow still prints as written).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import sqlalchemy as sa

from tthc_desktop.db.models import Measurement, Plan
from tthc_desktop.domain import bounds, periods
from tthc_desktop.domain.enums import OutlineKind
from tthc_desktop.domain.schedule import parse_schedule
from tthc_desktop.domain.text import clean
from tthc_desktop.domain.yearshift import names_documents_of, shift_prose
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _
from tthc_desktop.reports.words import period_label
from tthc_desktop.services import values as door
from tthc_desktop.services.base import Service
from tthc_desktop.services.documents import DocumentService
from tthc_desktop.services.dto import DocumentInfo, OutlineNode
from tthc_desktop.services.outline import OutlineService
from tthc_desktop.services.plan_content import DocumentContent, PlanContent, PlanContentService


class Severity(StrEnum):
    BLOCKING = "blocking"
    WARNING = "warning"


class Pane(StrEnum):
    """Where the field lives in the editor."""

    DOCUMENT = "document"  # a header field of the decision or the plan: key = document id
    LEGAL_BASES = "legal_bases"  # key = document id, index = line
    RECIPIENTS = "recipients"
    ARTICLES = "articles"
    OUTLINE = "outline"  # key = outline item id
    INDICATORS = "indicators"  # key = indicator id
    FIGURES = "figures"  # a figure entered in the tracker: key = indicator id, field, period = its period key


@dataclass(frozen=True)
class Problem:
    severity: Severity
    message: str
    pane: Pane
    key: int
    field: str | None = None
    index: int | None = None
    period: str | None = None  # FIGURES: the period the figure was entered for


def check_plan(content: PlanContent, outline: list[OutlineNode]) -> list[Problem]:
    """Every problem of the plan, blocking ones first, each group in the order of the document."""
    problems = [*_documents(content), *_years(content), *_outline(outline, content.year), *_indicators(content)]
    return sorted(problems, key=lambda p: p.severity is not Severity.BLOCKING)


def blocking(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity is Severity.BLOCKING]


class PlanCheckService(Service):
    """Checks a plan and issues it only when nothing blocking is left."""

    def problems(self, plan_id: int) -> list[Problem]:
        content = PlanContentService(self._session_factory).content(plan_id)
        return check_plan(content, OutlineService(self._session_factory).tree(plan_id)) + list(
            self._copied_bases(content)) + sorted(self._figures(content), key=lambda p: p.key)

    def _copied_bases(self, content: PlanContent) -> Iterator[Problem]:
        """Legal bases a copy brought over from an earlier year's plan that name that year's documents and were
        not changed since: the upper level's plan or report of last year is rarely this year's basis. Warnings
        naming each one; editing the line (or deleting it) clears it."""
        with self._read() as session:
            plan = session.get(Plan, content.plan_id)
            source = session.get(Plan, plan.copied_from_id) if plan is not None and plan.copied_from_id else None
            if source is None or source.year >= content.year:
                return
            pairs = ((content.decision, source.decision), (content.plan, source.document))
            copied = {doc.id: {text for b in origin.legal_bases if names_documents_of(b.text, source.year)
                               for text in (b.text, shift_prose(b.text, source.year, content.year))}
                      for doc, origin in pairs if doc is not None and origin is not None}
            year = source.year
        for doc in (d for d in (content.decision, content.plan) if d is not None):
            for index, text in enumerate(doc.legal_bases):
                if text in copied.get(doc.id, ()):
                    shown = text if len(text) <= 90 else text[:89].rstrip() + "\u2026"
                    yield Problem(Severity.WARNING, _(
                        "Legal basis {n} was copied from the {year} plan and names a document of {year}: check "
                        "that it still applies this year, or replace it (\u201c{text}\u201d).").format(
                            n=index + 1, year=year, text=shown), Pane.LEGAL_BASES, doc.id, index=index)

    def _figures(self, content: PlanContent) -> Iterator[Problem]:
        """Figures entered in the tracker for the plan's indicators that lie outside their bound (an older file's
        ∞ or -5): the reports print them as stored, so the clerk is told where they are. Warnings: they are
        corrected in the tracker, and do not stop issuing the plan."""
        rows = {row.id: row for row in content.indicators}
        with self._read() as session:
            measured = list(session.scalars(sa.select(Measurement).where(Measurement.indicator_id.in_(rows))))
            for m in sorted(measured, key=lambda m: (m.indicator_id, m.period_key)):
                row = rows[m.indicator_id]
                for field in ("numerator", "denominator", "value"):
                    value = getattr(m, field)
                    bound = bounds.figure_bound(row.values.get("unit")) if field == "value" else bounds.COUNT
                    breach = None if value is None else bounds.breach(bound, value)
                    if breach is None:
                        continue
                    name = _("{field}, entered in the tracker for {period},").format(
                        field=door.indicator_field(field, row.values.get("label") or str(row.position + 1)),
                        period=period_label(m.period_key) if periods.is_key(m.period_key) else m.period_key)
                    yield Problem(Severity.WARNING, door.breach_message(name, breach, value, bound),
                                  Pane.FIGURES, row.id, field, period=m.period_key)

    def issue(self, plan_id: int, on: date, number: int | None = None) -> DocumentInfo:
        """Number, date and freeze the decision (and with it the plan); refused while blocking problems remain."""
        content = PlanContentService(self._session_factory).content(plan_id)
        stopping = blocking(check_plan(content, OutlineService(self._session_factory).tree(plan_id)))
        if stopping:
            lines = "\n".join(f"\u2022 {p.message}" for p in stopping[:10])
            more = len(stopping) - 10
            if more > 0:
                lines += "\n" + _("\u2026 and {count} more.").format(count=more)
            raise DataError(_("The plan cannot be issued yet. Fix these first (see Checks):\n{problems}").format(
                problems=lines))
        document = content.decision or content.plan
        return DocumentService(self._session_factory).issue(document.id, on, number)


def _documents(content: PlanContent) -> Iterator[Problem]:
    decision, plan = content.decision, content.plan
    if decision is None:  # a plan issued by itself (as most communes do): it carries its own signature
        if not clean(plan.signer_name) or not clean(plan.signer_position):
            yield Problem(Severity.BLOCKING, _("The plan has no signer. Pick who signs it."),
                          Pane.DOCUMENT, plan.id, "signer")
    else:
        yield from _header(decision)
        if not decision.articles:
            yield Problem(Severity.BLOCKING, _("The decision has no articles."), Pane.ARTICLES, decision.id)
        if not decision.legal_bases:
            yield Problem(Severity.BLOCKING, _("The decision has no legal bases (\u201cCăn cứ …;\u201d)."),
                          Pane.LEGAL_BASES, decision.id)
    if not clean(plan.subject):
        yield Problem(Severity.BLOCKING, _("The plan has no subject."), Pane.DOCUMENT, plan.id, "subject")
    for doc in (d for d in (decision, plan) if d is not None):
        yield from _legal_bases(doc, lead_in=doc is plan)
        if (doc is decision or decision is None) and doc.recipients and not doc.recipients[-1].startswith("Lưu"):
            yield Problem(Severity.WARNING, _("The last recipient is usually the file copy (\u201cLưu: VT, …\u201d)."),
                          Pane.RECIPIENTS, doc.id, index=len(doc.recipients) - 1)


def _header(doc: DocumentContent) -> Iterator[Problem]:
    if not clean(doc.subject):
        yield Problem(Severity.BLOCKING, _("The decision has no subject."), Pane.DOCUMENT, doc.id, "subject")
    if not clean(doc.signer_name) or not clean(doc.signer_position):
        yield Problem(Severity.BLOCKING, _("The decision has no signer. Pick who signs it."),
                      Pane.DOCUMENT, doc.id, "signer")
    if not clean(doc.authority_line):
        yield Problem(Severity.BLOCKING,
                      _("The decision has no authority line (\u201cCHỦ TỊCH ỦY BAN NHÂN DÂN …\u201d)."),
                      Pane.DOCUMENT, doc.id, "authority_line")
    if not doc.recipients:
        yield Problem(Severity.WARNING, _("The decision has no recipients (\u201cNơi nhận\u201d)."),
                      Pane.RECIPIENTS, doc.id)


def _legal_bases(doc: DocumentContent, lead_in: bool = False) -> Iterator[Problem]:
    """Each basis ends with ";". A plan's preamble may close on its lead-in ("Thực hiện …, UBND xã ban hành Kế
    hoạch …, cụ thể như sau:"), which ends with ":" and need not begin with "Căn cứ"."""
    last = len(doc.legal_bases) - 1
    for index, text in enumerate(doc.legal_bases):
        if lead_in and index == last and text.rstrip().endswith(":"):
            continue
        if not text.rstrip().endswith(";"):
            yield Problem(Severity.BLOCKING, _("Legal basis {n} does not end with \u201c;\u201d.").format(n=index + 1),
                          Pane.LEGAL_BASES, doc.id, index=index)
        elif not text.startswith("Căn cứ"):
            yield Problem(Severity.WARNING, _("Legal basis {n} does not begin with \u201cCăn cứ\u201d.").format(
                n=index + 1), Pane.LEGAL_BASES, doc.id, index=index)


def _outline(outline: list[OutlineNode], year: int) -> Iterator[Problem]:
    tasks = 0

    def walk(nodes: tuple[OutlineNode, ...] | list[OutlineNode]) -> Iterator[Problem]:
        nonlocal tasks
        for node in nodes:
            name = node.label or "?"
            if not clean(node.text):
                yield Problem(Severity.BLOCKING, _("Row {label} has no text.").format(label=name),
                              Pane.OUTLINE, node.id, "text")
            if node.kind is OutlineKind.TASK:
                tasks += 1
                yield from _task(node, name, year)
            yield from walk(node.children)

    yield from walk(outline)
    if tasks == 0:
        yield Problem(Severity.BLOCKING, _("The plan has no tasks yet."), Pane.OUTLINE, 0)


def _task(node: OutlineNode, name: str, year: int) -> Iterator[Problem]:
    if node.children:
        return  # a task with sub-tasks is a heading: its sub-tasks carry the units and dates
    if not node.lead_units:
        yield Problem(Severity.BLOCKING, _("Task {label} has no lead unit.").format(label=name),
                      Pane.OUTLINE, node.id, "lead_units")
    if not clean(node.schedule_text):
        yield Problem(Severity.WARNING, _("Task {label} has no schedule.").format(label=name),
                      Pane.OUTLINE, node.id, "schedule_text")
    elif parse_schedule(node.schedule_text or "", year).get("kind") == "unknown":
        yield Problem(Severity.WARNING, _("The schedule of task {label} (\u201c{text}\u201d) is not understood: the "
                                          "tracker cannot tell when it is due.").format(
                                              label=name, text=node.schedule_text),
                      Pane.OUTLINE, node.id, "schedule_text")


def _indicators(content: PlanContent) -> Iterator[Problem]:
    """A missing target, and every figure outside its bound (an older file may hold 1e30, a negative target or
    120%): the message names the field and the range, as the door would have refused it."""
    for row in content.indicators:
        values = row.values
        name = values.get("label") or str(row.position + 1)
        if values.get("target") is None:
            yield Problem(Severity.WARNING, _("Indicator {label} has no target.").format(label=name),
                          Pane.INDICATORS, row.id, "target")
        bound = bounds.figure_bound(values.get("unit"))
        for field in bounds.INDICATOR_FIGURES:
            value = values.get(field)
            breach = None if value is None else bounds.breach(bound, value)
            if breach is not None:
                yield Problem(Severity.BLOCKING, door.breach_message(door.indicator_field(field, name), breach, value,
                                                                     bound), Pane.INDICATORS, row.id, field)


def _years(content: PlanContent) -> Iterator[Problem]:
    """The plan's documents' year within the years the app accepts (a warning: an older file may hold 3000). The
    issue date sets it: the field is the Issue dialog's date."""
    for doc in (d for d in (content.decision, content.plan) if d is not None):
        breach = bounds.breach(bounds.YEAR, doc.year)
        if breach is not None:
            yield Problem(Severity.WARNING, door.breach_message(door.label("year"), breach, doc.year,
                                                                 bounds.YEAR), Pane.DOCUMENT, doc.id, "year")
