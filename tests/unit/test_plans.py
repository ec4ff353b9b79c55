"""Plans through the service: JSON both ways, new, copy into next year, delete."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tthc_desktop.domain.enums import DocumentStatus, OrganizationLevel
from tthc_desktop.errors import DataError, NotFoundError, NumberTakenError
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services


def walk(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [n for node in nodes for n in [node, *walk(node["children"])]]


def test_plan_json_read_back_is_the_same_plan(services: Services, demo_plan_id: int, tmp_path: Path) -> None:
    original = services.plans.export_json(demo_plan_id)
    other = Database.open(tmp_path / "other.sqlite")
    try:
        elsewhere = Services.for_database(other)
        elsewhere.organization.create("Hành Dũng", OrganizationLevel.COMMUNE)
        stored = elsewhere.plans.create_from_json(copy.deepcopy(original), as_draft=False)
        assert elsewhere.plans.export_json(stored.id) == original
    finally:
        other.close()


def test_an_issued_plan_whose_number_is_taken_is_refused(services: Services, demo_plan_id: int) -> None:
    with pytest.raises(NumberTakenError, match="48/QĐ-UBND"):
        services.plans.create_from_json(services.plans.export_json(demo_plan_id), as_draft=False)
    assert len(services.plans.list_plans()) == 1


def test_plan_json_as_a_draft_has_no_number_and_is_editable(services: Services, demo_plan_id: int) -> None:
    draft = services.plans.create_from_json(services.plans.export_json(demo_plan_id))
    assert draft.status is DocumentStatus.DRAFT and draft.number_text is None
    assert (draft.task_count, draft.indicator_count) == (22, 10)
    services.plans.delete_plan(draft.id)


@pytest.mark.parametrize("bad", [
    {"documents": "not a list"},
    {"year": 2025, "outline": [{"kind": "chapter", "text": "?"}]},
    {"year": 2025, "indicators": [{"label": "1"}]},
    {"year": 2025, "task_columns": [{"key": "colour", "title": "Màu"}]},
    {"outline": []},
])
def test_malformed_plan_json_is_refused_and_stores_nothing(services: Services, demo_plan_id: int, bad: Any) -> None:
    with pytest.raises(DataError, match="Dữ liệu kế hoạch không hợp lệ"):
        services.plans.create_from_json(bad)
    assert [p.id for p in services.plans.list_plans()] == [demo_plan_id]


def test_a_new_plan_has_the_communes_subject_and_default_columns(services: Services, demo_plan_id: int) -> None:
    plan = services.plans.create_plan(2026)
    data = services.plans.export_json(plan.id)
    assert plan.subject == "Hoạt động kiểm soát thủ tục hành chính năm 2026 trên địa bàn xã Hành Dũng"
    assert [c["key"] for c in data["task_columns"]] == ["stt", "content", "expected_result", "units", "schedule"]
    assert data["indicator_columns"][3]["title"] == "Chỉ tiêu năm 2026"
    assert data["outline"] == [] and plan.status is DocumentStatus.DRAFT


def test_copying_moves_years_on_in_subjects_and_schedules_but_not_in_history(
    services: Services, demo_plan_id: int
) -> None:
    copied = services.plans.copy_plan(demo_plan_id, 2026)
    data = services.plans.export_json(copied.id)
    decision, attached = data["documents"]
    assert decision["subject"].endswith("năm 2026 trên địa bàn xã Hành Dũng")
    assert decision["number"] is None and decision["date"] == {"year": 2026, "month": None, "day": None}
    assert decision["status"] == "draft" and attached["status"] == "draft"
    assert decision["articles"][0].startswith("Ban hành kèm theo Quyết định này Kế hoạch hoạt động kiểm soát "
                                               "thủ tục hành chính năm 2026")
    # Legal bases are kept as written for the clerk to review.
    assert decision["legal_bases"] == services.plans.export_json(demo_plan_id)["documents"][0]["legal_bases"]
    tasks = {t["label"]: t for t in walk(data["outline"]) if t["kind"] == "task"}
    assert tasks["1"]["text"] == "Xây dựng, ban hành các văn bản về kiểm soát TTHC năm 2026."
    # The date and number of an earlier document stay as they were.
    assert "Quyết định số 01/2025/QĐ-UBND ngày 03/01/2025" in tasks["19"]["text"]
    assert data["indicator_columns"][3]["title"] == "Chỉ tiêu năm 2026"
    assert services.plans.years() == [2026, 2025]


def test_a_copied_plan_keeps_its_sections_with_their_years_moved_on(services: Services, demo_plan_id: int) -> None:
    from tthc_desktop.domain.enums import SectionKind
    from tthc_desktop.services.plan_content import SectionRow

    draft = services.plans.copy_plan(demo_plan_id, 2026)
    rows = [SectionRow(0, SectionKind.HEADING, "I", "MỤC ĐÍCH, YÊU CẦU"),
            SectionRow(1, SectionKind.PARAGRAPH, "1", "Triển khai kịp thời kế hoạch kiểm soát TTHC năm 2026."),
            SectionRow(2, SectionKind.BULLET, None, "Theo Quyết định số 12/QĐ-UBND ngày 03/01/2026, trong Năm 2026."),
            SectionRow(0, SectionKind.HEADING, "II", "TỔ CHỨC THỰC HIỆN")]
    services.content.set_sections(services.content.content(draft.id).plan.id, rows)
    copied = services.plans.copy_plan(draft.id, 2027)
    sections = services.content.content(copied.id).plan.sections
    # Every section, in its place, with the plan's year moved on as in the subject; earlier documents' dates kept.
    assert [(r.depth, r.kind, r.label) for r in sections] == [(r.depth, r.kind, r.label) for r in rows]
    assert [r.text for r in sections] == [
        "MỤC ĐÍCH, YÊU CẦU", "Triển khai kịp thời kế hoạch kiểm soát TTHC năm 2027.",
        "Theo Quyết định số 12/QĐ-UBND ngày 03/01/2026, trong Năm 2027.", "TỔ CHỨC THỰC HIỆN"]


def test_schedule_years_move_on_when_copied() -> None:
    from tthc_desktop.domain.yearshift import shift_prose, shift_schedule

    assert shift_schedule("Trước ngày 20/02/2025", 2025, 2026) == "Trước ngày 20/02/2026"
    assert shift_schedule("Quý III/2025; 12025", 2025, 2026) == "Quý III/2026; 12025"
    assert shift_prose("Nghị định số 01/2025/NĐ-CP trong năm 2025", 2025, 2026) == (
        "Nghị định số 01/2025/NĐ-CP trong năm 2026")


def test_deleting_a_draft_removes_it_and_its_documents(services: Services, demo_plan_id: int) -> None:
    copied = services.plans.copy_plan(demo_plan_id, 2026)
    services.plans.delete_plan(copied.id)
    assert [p.id for p in services.plans.list_plans()] == [demo_plan_id]
    with pytest.raises(NotFoundError):
        services.documents.get(copied.document.id)
    with services.database.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT COUNT(*) FROM document").scalar() == 2


def test_a_missing_plan_is_named_in_the_message(services: Services, demo_plan_id: int) -> None:
    with pytest.raises(NotFoundError, match="mã 99"):
        services.plans.export_json(99)


def test_a_new_commune_starts_empty(services: Services) -> None:
    services.organization.create("Long Sơn", OrganizationLevel.WARD, province="Bà Rịa - Vũng Tàu")
    plan = services.plans.create_plan(2026)
    assert plan.subject.endswith("trên địa bàn phường Long Sơn")
