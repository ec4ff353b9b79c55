"""The plan's documents and indicators edited through PlanContentService, checks, and issuing refused."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from tthc_desktop.domain.enums import OutlineKind, SectionKind
from tthc_desktop.domain.periods import TargetRule
from tthc_desktop.errors import DataError, FrozenDocumentError
from tthc_desktop.services.database import Database
from tthc_desktop.services.plan_checks import Pane, PlanCheckService, Severity, blocking
from tthc_desktop.services.plan_content import PlanContentService, SectionRow
from tthc_desktop.services.registry import Services


@pytest.fixture
def content(database: Database) -> PlanContentService:
    return PlanContentService(database.session_factory)


@pytest.fixture
def checks(database: Database) -> PlanCheckService:
    return PlanCheckService(database.session_factory)


@pytest.fixture
def draft_id(services: Services, demo_plan_id: int) -> int:
    return services.plans.copy_plan(demo_plan_id, 2026).id


def test_lists_are_saved_whole_and_read_back_through_a_fresh_connection(content, draft_id, db_path):
    decision = content.content(draft_id).decision
    assert decision is not None and len(decision.legal_bases) == 12
    bases = ["Căn cứ Luật A;", "  ", "Căn cứ Nghị định B;"]
    content.set_texts(decision.id, "legal_bases", bases)
    content.set_texts(decision.id, "recipients", ["Như Điều 4;", "Lưu: VT."])
    fresh = Database.open(db_path)
    try:
        again = PlanContentService(fresh.session_factory).content(draft_id).decision
    finally:
        fresh.close()
    assert again is not None
    assert again.legal_bases == ("Căn cứ Luật A;", "Căn cứ Nghị định B;")  # the blank line dropped
    assert again.recipients == ("Như Điều 4;", "Lưu: VT.")


def test_sections_keep_their_depths(content, draft_id):
    plan = content.content(draft_id).plan
    rows = [SectionRow(0, SectionKind.HEADING, "I", "MỤC ĐÍCH, YÊU CẦU"),
            SectionRow(1, SectionKind.HEADING, "1", "Mục đích"),
            SectionRow(2, SectionKind.BULLET, None, "Nâng cao chất lượng giải quyết TTHC."),
            SectionRow(1, SectionKind.HEADING, "2", "Yêu cầu"),
            SectionRow(0, SectionKind.HEADING, "II", "NHIỆM VỤ"),
            SectionRow(5, SectionKind.PARAGRAPH, None, "Too deep: placed one level under its heading.")]
    content.set_sections(plan.id, rows)
    read = content.content(draft_id).plan.sections
    assert [(r.depth, r.label, r.text) for r in read][:5] == [(r.depth, r.label, r.text) for r in rows][:5]
    assert read[5].depth == 1
    content.set_sections(plan.id, read[:2])
    assert len(content.content(draft_id).plan.sections) == 2


def test_indicator_edit_insert_delete_restore_keep_order_and_ids(content, draft_id):
    rows = content.content(draft_id).indicators
    first = rows[0]
    content.update_indicator(first.id, target="95,5", unit="%", lead_units=["Công chức Tư pháp - Hộ tịch"])
    changed = content.content(draft_id).indicators[0]
    assert changed.values["target"] == 95.5 and changed.values["lead_units"] == ["Công chức Tư pháp - Hộ tịch"]
    new_id = content.insert_indicator(draft_id, 1, {"name": "Tỷ lệ hồ sơ đúng hạn", "target": 98})
    ids = [r.id for r in content.content(draft_id).indicators]
    assert ids[:3] == [first.id, new_id, rows[1].id] and len(ids) == len(rows) + 1
    snapshot = content.delete_indicator(rows[1].id)
    assert rows[1].id not in [r.id for r in content.content(draft_id).indicators]
    content.restore_indicator(draft_id, snapshot)
    after = content.content(draft_id).indicators
    assert [r.id for r in after] == ids
    assert after[2].values["name"] == rows[1].values["name"]
    with pytest.raises(DataError, match="không phải là số|not a number"):
        content.update_indicator(first.id, target="chín mươi")


def test_issued_documents_refuse_every_edit(content, demo_plan_id):
    issued = content.content(demo_plan_id)
    assert not issued.editable and issued.decision is not None
    with pytest.raises(FrozenDocumentError):
        content.set_texts(issued.decision.id, "articles", ["x"])
    with pytest.raises(FrozenDocumentError):
        content.update_indicator(issued.indicators[0].id, target=1)


def test_a_new_plan_comes_with_its_decision_signed_by_the_chair_and_last_years_legal_bases(services, demo_plan_id,
                                                                                              content):
    plan = services.plans.create_plan(2027)
    decision = content.content(plan.id).decision
    assert decision is not None
    assert decision.signer_name == "Trần Văn Thiện" and decision.signer_position == "CHỦ TỊCH"
    assert len(decision.legal_bases) == 12
    assert decision.articles[0].startswith("Ban hành kèm theo Quyết định này Kế hoạch hoạt động kiểm soát")
    assert "năm 2027" in decision.articles[0] and decision.recipients[0] == "Như Điều 4;"


def test_copy_proposes_targets_from_last_years_results(services, demo_plan_id, content):
    indicators = content.content(demo_plan_id).indicators
    # Last year's results as the tracker holds them: one below 100 %, one a plain count.
    services.tracking.set_measurement(indicators[3].id, "2025-Y", value=62.0)
    services.tracking.set_measurement(indicators[4].id, "2025-Y", value=95.0)
    copy = services.plans.copy_plan(demo_plan_id, 2026)
    rows = content.content(copy.id).indicators
    assert rows[3].values["last_year"] == 62.0 and rows[3].values["target"] == pytest.approx(68.2)
    assert rows[3].proposal() == (pytest.approx(68.2), TargetRule.RAISED)
    assert rows[4].values["target"] == 100.0 and rows[4].proposal()[1] is TargetRule.RAISED_CAPPED
    assert rows[0].values["last_year"] is None and rows[0].values["target"] == 100.0  # no basis: kept


def test_checks_point_at_the_field_and_issuing_waits_for_the_blocking_ones(services, content, checks, draft_id,
                                                                          db_path):
    decision = content.content(draft_id).decision
    assert decision is not None
    assert not blocking(checks.problems(draft_id))
    content.set_texts(decision.id, "legal_bases", ["Căn cứ Luật Tổ chức chính quyền địa phương."])
    content.set_signer(decision.id, None)
    first = content.content(draft_id).indicators[0]
    with pytest.raises(DataError):
        content.update_indicator(first.id, target=120)  # refused at the door; an older file may hold it
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE indicator SET target = 120 WHERE id = ?", (first.id,))
    task = services.outline.insert(draft_id, None, 0, OutlineKind.TASK, "Rà soát TTHC", schedule_text="lúc rảnh")
    found = {(p.pane, p.key, p.field, p.index, p.severity) for p in checks.problems(draft_id)}
    assert (Pane.LEGAL_BASES, decision.id, None, 0, Severity.BLOCKING) in found
    assert (Pane.DOCUMENT, decision.id, "signer", None, Severity.BLOCKING) in found
    assert (Pane.INDICATORS, first.id, "target", None, Severity.BLOCKING) in found
    assert (Pane.OUTLINE, task, "lead_units", None, Severity.BLOCKING) in found
    assert (Pane.OUTLINE, task, "schedule_text", None, Severity.WARNING) in found
    with pytest.raises(DataError, match="signer|người ký"):
        checks.issue(draft_id, date(2026, 2, 10))
    assert content.content(draft_id).editable
    content.set_texts(decision.id, "legal_bases", ["Căn cứ Luật Tổ chức chính quyền địa phương;"])
    officials = services.organization.officials(signers_only=True)
    content.set_signer(decision.id, officials[0].id)
    content.update_indicator(first.id, target=100)
    services.outline.update(task, lead_units=["Công chức Văn phòng - Thống kê"])
    issued = checks.issue(draft_id, date(2026, 2, 10))
    assert issued.number_text.endswith("/QĐ-UBND") and issued.number is not None
    assert not content.content(draft_id).editable
