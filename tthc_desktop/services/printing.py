"""Printing a plan: its print job (the neutral description) and that job rendered to PDF or Word."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from tthc_desktop.documents.compose import What
from tthc_desktop.documents.model import PrintJob
from tthc_desktop.documents.rules import FormatRules
from tthc_desktop.files import write_atomic
from tthc_desktop.services.base import Service
from tthc_desktop.services.organization import format_rules, the_organization
from tthc_desktop.services.plans import PlanService
from tthc_desktop.services.quick_print import FORMATS, Format, compose_job, issuer_of, render_job, saved_format

__all__ = ["FORMATS", "Format", "PrintService"]


class PrintService(Service):
    def __init__(self, session_factory: sessionmaker[Session], rules: FormatRules | None = None) -> None:
        """`rules` fixes the format (tests, benchmarks); by default each print reads the commune's own."""
        super().__init__(session_factory)
        self._fixed_rules = rules

    def print_job(self, plan_id: int, what: What = "both") -> PrintJob:
        return self._print_job(plan_id, what)[0]

    def _print_job(self, plan_id: int, what: What) -> tuple[PrintJob, FormatRules]:
        plan = PlanService(self._session_factory).export_json(plan_id)
        with self._read() as session:
            organization = the_organization(session)
            issuer = issuer_of(organization.name, organization.level, organization.issuer_abbreviation,
                               organization.parent_name)
            rules = self._fixed_rules or format_rules(session)
        return compose_job(plan, issuer, rules, what), rules

    def render(self, plan_id: int, what: What = "both", format: Format = "pdf") -> bytes:
        return render_job(*self._print_job(plan_id, what), format)

    def save(self, plan_id: int, path: Path, what: What = "both", format: Format | None = None) -> Path:
        """Render to `path` (format from its suffix unless given), written whole or not at all."""
        chosen = saved_format(path, format)
        return write_atomic(Path(path), self.render(plan_id, what, chosen))
