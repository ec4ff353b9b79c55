"""Numbers from the register of outgoing documents (issue 17 item 1): typed by the clerk, proposed from the last
number this app knows or the register's next free number set in Settings, refused when another document has it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tthc_desktop.db.models import Organization
from tthc_desktop.domain.enums import DocumentStatus, DocumentType, NumberingPolicy
from tthc_desktop.errors import DataError, NumberTakenError
from tthc_desktop.services.registry import Services
from tthc_desktop.services.reports import ReportService


def _draft_decision(services: Services, year: int) -> int:
    copy = services.plans.copy_plan(1, year)
    assert copy.decision is not None
    return copy.decision.id


def test_the_register_start_raises_the_proposal_for_its_year_only(services: Services, demo_plan_id: int) -> None:
    assert services.documents.next_number(2026, DocumentType.DECISION) == 1
    entry = services.organization.set_register_start(2026, 57, "QĐ-UBND")  # per type: the decisions' register
    assert (entry.next_free, entry.last_used, entry.proposed) == (57, None, 57)
    assert services.documents.next_number(2026, DocumentType.DECISION) == 57
    assert services.documents.next_number(2026, DocumentType.REPORT) == 1  # another register
    assert services.documents.next_number(2027, DocumentType.DECISION) == 1  # numbers restart every year
    services.organization.set_register_start(2025, 12, "QĐ-UBND")  # below what the app issued (48): the app's wins
    assert services.documents.next_number(2025, DocumentType.DECISION) == 49
    issued = services.documents.issue(_draft_decision(services, 2026), on=date(2026, 2, 10),
                                      number=services.documents.next_number(2026, DocumentType.DECISION))
    assert issued.number_text == "57/QĐ-UBND"
    assert services.documents.next_number(2026, DocumentType.DECISION) == 58
    registers = {r.symbol: r for r in services.organization.register(2026)}
    assert set(registers) == {"QĐ-UBND", "KH-UBND", "BC-UBND"}
    assert (registers["QĐ-UBND"].last_used, registers["QĐ-UBND"].proposed) == (57, 58)
    services.organization.set_register_start(2026, None, "QĐ-UBND")  # cleared
    assert services.organization.register(2026)[0].next_free is None


def test_one_shared_register_numbers_every_type(services: Services, demo_plan_id: int) -> None:
    with services.database.session_factory() as session, session.begin():
        session.get_one(Organization, 1).numbering_policy = NumberingPolicy.SHARED
    assert [r.symbol for r in services.organization.register(2026)] == [""]
    services.organization.set_register_start(2026, 130)
    assert services.documents.next_number(2026, DocumentType.REPORT) == 130
    assert services.documents.next_number(2026, DocumentType.DECISION) == 130
    with pytest.raises(DataError, match="QĐ-UBND"):
        services.organization.set_register_start(2026, 5, "QĐ-UBND")  # no such register when shared


def test_the_clerk_types_the_number_and_a_number_held_is_refused_naming_its_document(
        services: Services, demo_plan_id: int) -> None:
    decision_id = _draft_decision(services, 2025)
    assert services.documents.holder(decision_id, 2025, 48) is not None
    with pytest.raises(NumberTakenError) as error:
        services.documents.issue(decision_id, on=date(2025, 12, 1), number=48)
    message = str(error.value)
    # Which document has it: the decision of 03/03/2025 issuing the 2025 plan, and the next free number.
    assert "48/QĐ-UBND" in message and "03/03/2025" in message and "Ban hành Kế hoạch" in message
    assert "49" in message
    assert services.documents.get(decision_id).status is DocumentStatus.DRAFT
    issued = services.documents.issue(decision_id, on=date(2025, 12, 1), number=153)  # typed from the register
    assert issued.number_text == "153/QĐ-UBND"
    assert services.documents.next_number(2025, DocumentType.DECISION) == 154
    for wrong in (0, -3, 100000, 2.5, True):
        with pytest.raises(DataError):
            services.documents.issue(_draft_decision(services, 2026), on=date(2026, 1, 2), number=wrong)


def test_the_plan_check_service_issues_with_the_typed_number(services: Services, demo_plan_id: int) -> None:
    copy = services.plans.copy_plan(demo_plan_id, 2026)
    services.organization.set_register_start(2026, 9, "QĐ-UBND")
    issued = services.checks.issue(copy.id, date(2026, 1, 12), number=11)
    assert issued.number_text == "11/QĐ-UBND"


def test_a_report_is_issued_with_the_number_typed(services: Services, demo_plan_id: int, tmp_path: Path) -> None:
    reports = ReportService(services.database.session_factory, today=lambda: date(2025, 4, 3),
                            templates=tmp_path / "none")
    draft = reports.create_draft(demo_plan_id, "2025-Q1")
    services.organization.set_register_start(2025, 31, "BC-UBND")
    assert services.documents.next_number(2025, DocumentType.REPORT) == 31
    issued = reports.issue(draft.report_id, date(2025, 4, 3), 31)
    assert issued.number_text == "31/BC-UBND"
    again = reports.create_draft(demo_plan_id, "2025-Q1")
    with pytest.raises(NumberTakenError, match="31/BC-UBND"):
        reports.issue(again.report_id, date(2025, 4, 3), 31)
