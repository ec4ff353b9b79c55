"""Printing a plan: its print job (the neutral description) and that job rendered to PDF or Word."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from tthc_desktop.documents.compose import What, compose_plan
from tthc_desktop.documents.model import Issuer, PrintJob
from tthc_desktop.documents.rules import FormatRules
from tthc_desktop.domain.templates import LEVEL_WORD
from tthc_desktop.errors import DataError
from tthc_desktop.files import write_atomic
from tthc_desktop.i18n import _
from tthc_desktop.services.base import Service
from tthc_desktop.services.organization import format_rules, the_organization
from tthc_desktop.services.plans import PlanService

Format = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx")


class PrintService(Service):
    def __init__(self, session_factory, rules: FormatRules | None = None) -> None:  # noqa: ANN001
        """`rules` fixes the format (tests, benchmarks); by default each print reads the commune's own."""
        super().__init__(session_factory)
        self._fixed_rules = rules

    def print_job(self, plan_id: int, what: What = "both") -> PrintJob:
        return self._print_job(plan_id, what)[0]

    def _print_job(self, plan_id: int, what: What) -> tuple[PrintJob, FormatRules]:
        plan = PlanService(self._session_factory).export_json(plan_id)
        with self._read() as session:
            organization = the_organization(session)
            issuer = Issuer(name=organization.name, level_word=LEVEL_WORD[organization.level],
                            abbreviation=organization.issuer_abbreviation, parent_line=organization.parent_name)
            rules = self._fixed_rules or format_rules(session)
        has_decision = any(d["type"] == "QĐ" for d in plan["documents"])
        if what == "decision" and not has_decision:
            raise DataError(_("This plan has no decision issuing it. Print the plan alone."))
        try:
            return compose_plan(plan, issuer, what, rules), rules
        except ValueError as error:
            raise DataError(_("The plan cannot be printed: {reason}.").format(reason=error)) from error

    def render(self, plan_id: int, what: What = "both", format: Format = "pdf") -> bytes:
        job, rules = self._print_job(plan_id, what)
        if format == "pdf":
            from tthc_desktop.documents.pdf import PdfRenderer

            return PdfRenderer(rules).render(job)
        from tthc_desktop.documents.docx import DocxRenderer

        return DocxRenderer(rules).render(job)

    def save(self, plan_id: int, path: Path, what: What = "both", format: Format | None = None) -> Path:
        """Render to `path` (format from its suffix unless given), written whole or not at all."""
        chosen = format or Path(path).suffix.lstrip(".").lower()
        if chosen not in FORMATS:
            raise DataError(_("Unknown file type {suffix}: save as .pdf or .docx.").format(suffix=Path(path).suffix))
        return write_atomic(Path(path), self.render(plan_id, what, chosen))  # type: ignore[arg-type]
