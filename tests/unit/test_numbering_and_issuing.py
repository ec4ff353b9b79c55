"""Numbers per year and type, issuing, and the freeze that follows."""

from __future__ import annotations

from datetime import date

import pytest

from tthc_desktop.db.models import Organization
from tthc_desktop.domain.enums import DocumentStatus, DocumentType, NumberingPolicy
from tthc_desktop.domain.numbering import format_number, parse_number
from tthc_desktop.errors import FrozenDocumentError, NumberTakenError
from tthc_desktop.services.registry import Services


def test_numbers_print_with_a_leading_zero_below_ten() -> None:
    assert format_number(5, "KH-UBND") == "05/KH-UBND"
    assert format_number(48, "QĐ-UBND") == "48/QĐ-UBND"
    assert format_number(125, "QĐ-UBND") == "125/QĐ-UBND"
    assert format_number(None, "KH-UBND") == "/KH-UBND"


def test_numbers_parse_back() -> None:
    assert parse_number("48/QĐ-UBND") == (48, "QĐ-UBND")
    assert parse_number(" /KH-UBND") == (None, "KH-UBND")
    with pytest.raises(ValueError):
        parse_number("Số 48")


def test_the_next_number_follows_the_highest_of_the_year_and_type(services: Services, demo_plan_id: int) -> None:
    assert services.documents.next_number(2025, DocumentType.DECISION) == 49
    assert services.documents.next_number(2025, DocumentType.PLAN) == 1
    assert services.documents.next_number(2026, DocumentType.DECISION) == 1


def test_a_shared_counter_numbers_across_types(services: Services, demo_plan_id: int) -> None:
    with services.database.session_factory() as session, session.begin():
        session.get_one(Organization, 1).numbering_policy = NumberingPolicy.SHARED
    assert services.documents.next_number(2025, DocumentType.PLAN) == 49


def _draft_decision(services: Services, year: int) -> int:
    copy = services.plans.copy_plan(1, year)
    assert copy.decision is not None
    return copy.decision.id


def test_issuing_takes_the_next_free_number_and_freezes_the_decision_and_its_plan(
    services: Services, demo_plan_id: int
) -> None:
    decision_id = _draft_decision(services, 2026)
    issued = services.documents.issue(decision_id, on=date(2026, 1, 5))
    assert issued.number_text == "01/QĐ-UBND"
    assert issued.issued_on == date(2026, 1, 5)
    assert issued.status is DocumentStatus.ISSUED
    plan = [p for p in services.plans.list_plans(2026)][0]
    assert plan.document.status is DocumentStatus.ISSUED and plan.number_text == "01/QĐ-UBND"


def test_a_number_already_used_in_the_year_is_refused(services: Services, demo_plan_id: int) -> None:
    decision_id = _draft_decision(services, 2025)
    with pytest.raises(NumberTakenError) as error:
        services.documents.issue(decision_id, on=date(2025, 12, 1), number=48)
    assert "48/QĐ-UBND" in str(error.value) and "2025" in str(error.value)
    assert services.documents.get(decision_id).status is DocumentStatus.DRAFT


def test_an_issued_document_refuses_every_edit(services: Services, demo_plan_id: int) -> None:
    summary = services.plans.get(demo_plan_id)
    assert summary.decision is not None
    decision_id = summary.decision.id
    with pytest.raises(FrozenDocumentError) as error:
        services.documents.update(decision_id, subject="Sửa trích yếu")
    assert "48/QĐ-UBND" in str(error.value) and "sửa đổi, bổ sung" in str(error.value)
    with pytest.raises(FrozenDocumentError):
        services.documents.set_legal_bases(decision_id, ["Căn cứ mới;"])
    with pytest.raises(FrozenDocumentError):
        services.documents.issue(decision_id, on=date(2025, 3, 4))
    assert services.documents.get(decision_id).subject == summary.decision.subject


def test_the_tasks_of_an_issued_plan_are_frozen_too(services: Services, demo_plan_id: int) -> None:
    task_id = _first_task_id(services)
    with pytest.raises(FrozenDocumentError):
        services.outline.update(task_id, schedule_text="Quý II")
    with pytest.raises(FrozenDocumentError):
        services.plans.delete_plan(demo_plan_id)
    assert services.plans.export_json(demo_plan_id)["outline"][0]["children"][0]["schedule_text"] == "Quý I"


def test_a_draft_is_edited_and_the_edit_is_stored(services: Services, demo_plan_id: int) -> None:
    copy = services.plans.copy_plan(demo_plan_id, 2026)
    services.documents.update(copy.document.id, subject="  Kế hoạch  thu\u031b\u0309  ")
    assert services.documents.get(copy.document.id).subject == "Kế hoạch thử"  # NFC, spaces folded


def _first_task_id(services: Services) -> int:
    from tthc_desktop.db.models import Task

    with services.database.session_factory() as session:
        return session.query(Task).order_by(Task.id).first().id


def test_an_impossible_issue_date_is_refused_and_nothing_is_saved(services: Services, demo_plan_id: int) -> None:
    from tthc_desktop.errors import DataError

    copy = services.plans.copy_plan(demo_plan_id, 2026)
    assert copy.decision is not None
    with pytest.raises(DataError, match="31/2/2026"):
        services.documents.update(copy.decision.id, issue_month=2, issue_day=31, subject="Đổi")
    assert services.documents.get(copy.decision.id).subject != "Đổi"
