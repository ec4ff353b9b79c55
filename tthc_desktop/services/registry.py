"""All services of one open database, built once and handed to the window or the CLI."""

from __future__ import annotations

from dataclasses import dataclass

from tthc_desktop.services.calendar_export import CalendarService
from tthc_desktop.services.changes import Announcer, announcer_of
from tthc_desktop.services.chasing import ChasingService
from tthc_desktop.services.database import Database
from tthc_desktop.services.demo import DemoService
from tthc_desktop.services.documents import DocumentService
from tthc_desktop.services.importing import ImportService
from tthc_desktop.services.mail import MailService
from tthc_desktop.services.organization import OrganizationService
from tthc_desktop.services.outline import OutlineService
from tthc_desktop.services.plan_checks import PlanCheckService
from tthc_desktop.services.plan_content import PlanContentService
from tthc_desktop.services.plans import PlanService
from tthc_desktop.services.printing import PrintService
from tthc_desktop.services.reports import ReportService
from tthc_desktop.services.slips import SlipService
from tthc_desktop.services.tracking import TrackingService


@dataclass(frozen=True)
class Services:
    database: Database
    plans: PlanService
    documents: DocumentService
    organization: OrganizationService
    demo: DemoService
    printing: PrintService
    outline: OutlineService
    tracking: TrackingService
    importing: ImportService
    content: PlanContentService
    checks: PlanCheckService
    reports: ReportService
    mail: MailService
    chasing: ChasingService
    slips: SlipService
    calendar: CalendarService

    @property
    def announcer(self) -> Announcer:
        """Where every write of these services says what it changed (services/changes.py)."""
        return announcer_of(self.database.session_factory)

    @classmethod
    def for_database(cls, database: Database) -> Services:
        factory = database.session_factory
        mail = MailService(factory)
        return cls(
            database=database,
            plans=PlanService(factory),
            documents=DocumentService(factory),
            organization=OrganizationService(factory),
            demo=DemoService(factory),
            printing=PrintService(factory),
            outline=OutlineService(factory),
            tracking=TrackingService(factory),
            importing=ImportService(factory),
            content=PlanContentService(factory),
            checks=PlanCheckService(factory),
            reports=ReportService(factory),
            mail=mail,
            chasing=ChasingService(factory),
            slips=SlipService(factory, mail=mail),
            calendar=CalendarService(factory),
        )
