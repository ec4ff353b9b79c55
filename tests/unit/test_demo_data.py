"""The demo commune is the seed decision and plan, entered faithfully."""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from tthc_desktop.errors import DataError
from tthc_desktop.services.registry import Services


def walk(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    result = []
    for node in nodes:
        result.append(node)
        result.extend(walk(node["children"]))
    return result


@pytest.fixture
def plan(services: Services, demo_plan_id: int) -> dict[str, Any]:
    return services.plans.export_json(demo_plan_id)


def test_the_decision_is_48_of_3_march_2025_signed_by_the_chair(plan: dict[str, Any]) -> None:
    decision, attached = plan["documents"]
    assert (decision["type"], decision["number"]) == ("QĐ", "48/QĐ-UBND")
    assert decision["date"] == {"year": 2025, "month": 3, "day": 3}
    assert decision["place"] == "Hành Dũng"
    assert decision["authority_line"] == "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀNH DŨNG"
    assert decision["signer"] == {"authority": None, "position": "CHỦ TỊCH", "name": "Trần Văn Thiện"}
    assert decision["proposed_by"] == "công chức Văn phòng - Thống kê UBND xã"
    assert attached["type"] == "KH" and attached["number"] is None and attached["date"] is None
    assert attached["subject"] == "Hoạt động kiểm soát thủ tục hành chính năm 2025 trên địa bàn xã Hành Dũng"


def test_every_legal_basis_is_there_in_order(plan: dict[str, Any]) -> None:
    bases = plan["documents"][0]["legal_bases"]
    assert len(bases) == 12
    assert bases[0].startswith("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;")
    assert bases[-1] == (
        "Căn cứ Quyết định số 677/QĐ-UBND ngày 28/02/2025 của UBND huyện Nghĩa Hành ban hành Kế hoạch hoạt động "
        "kiểm soát thủ tục hành chính năm 2025 trên địa bàn huyện Nghĩa Hành;"
    )
    assert all(b.startswith("Căn cứ ") and b.endswith(";") for b in bases)


def test_the_four_articles_and_the_recipients(plan: dict[str, Any]) -> None:
    decision = plan["documents"][0]
    articles = decision["articles"]
    assert len(articles) == 4
    assert articles[2] == "Quyết định này có hiệu lực thi hành kể từ ngày ký."
    assert articles[3].endswith("chịu trách nhiệm thi hành Quyết định này.")
    assert decision["recipients"][0] == "Như Điều 4;"
    assert decision["recipients"][-1] == "Lưu: VT, VP."
    assert len(decision["recipients"]) == 7


def test_the_outline_has_groups_a_to_d_and_b_holds_i_to_vii(plan: dict[str, Any]) -> None:
    top = plan["outline"]
    assert [g["label"] for g in top] == ["A", "B", "C", "D"]
    assert all(g["kind"] == "group" for g in top)
    assert [g["label"] for g in top[1]["children"]] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert top[3]["text"] == "Công tác thông tin, báo cáo"


def test_the_22_tasks_are_numbered_in_order_under_their_groups(plan: dict[str, Any]) -> None:
    tasks = [n for n in walk(plan["outline"]) if n["kind"] == "task"]
    assert [t["label"] for t in tasks] == [str(n) for n in range(1, 23)]
    by_group = {g["label"]: [t["label"] for t in walk(g["children"]) if t["kind"] == "task"]
                for g in walk(plan["outline"]) if g["kind"] == "group"}
    assert by_group["A"] == ["1", "2"]
    assert by_group["II"] == ["4", "5", "6", "7", "8", "9", "10"]
    assert by_group["VII"] == ["19"]
    assert by_group["C"] == ["20"] and by_group["D"] == ["21", "22"]


def test_task_columns_are_kept_as_written(plan: dict[str, Any]) -> None:
    tasks = {t["label"]: t for t in walk(plan["outline"]) if t["kind"] == "task"}
    first = tasks["1"]
    assert first["text"] == "Xây dựng, ban hành các văn bản về kiểm soát TTHC năm 2025."
    assert first["lead_units"] == ["Văn phòng - Thống kê"]
    assert first["cooperating_units"] == ["Các ban, ngành, công chức liên quan"]
    assert first["schedule_text"] == "Quý I"
    assert first["schedule"] == {"kind": "due", "due": "2025-03-31"}
    # A cell broken by a page break is joined again.
    assert tasks["8"]["text"].endswith("Thông tư số 01/2018/TT-VPCP và hướng dẫn của Văn phòng Chính phủ.")
    assert tasks["3"]["expected_result"].startswith("- Văn phòng UBND xã phối hợp với công chức VH-XH")
    assert tasks["3"]["expected_result"].count("\n- ") == 1
    assert tasks["19"]["schedule_text"] == "Định kỳ 06 tháng và cuối năm"
    assert tasks["19"]["schedule"] == {"kind": "recurring", "every": "half_year", "day": None, "also": ["year"]}
    assert tasks["20"]["schedule_text"] is None
    assert tasks["22"]["schedule_text"] == "- Định kỳ 3 tháng/lần.\n- Đợt xuất theo thời điểm yêu cầu."


def test_the_ten_indicators_with_units_comparators_and_targets(plan: dict[str, Any]) -> None:
    indicators = plan["indicators"]
    assert [i["label"] for i in indicators] == [str(n) for n in range(1, 11)]
    assert all(i["unit"] == "%" for i in indicators)
    targets = [(i["comparator"], i["target"]) for i in indicators]
    assert targets == [("=", 100.0), ("=", 100.0), ("=", 100.0), (">=", 60.0), (">=", 80.0),
                       (">=", 80.0), ("=", 100.0), (">=", 50.0), ("=", 100.0), (">=", 90.0)]
    assert indicators[4]["lead_units"] == ["Tư pháp – Hộ tịch"]
    assert indicators[9]["name"] == "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp."


def test_every_text_is_nfc_and_free_of_markup(plan: dict[str, Any]) -> None:
    def strings(value: Any) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return []

    texts = [s for s in strings(plan) if s not in {">=", "<=", "="}]
    assert len(texts) > 150
    for text in texts:
        assert unicodedata.is_normalized("NFC", text)
        assert "<" not in text and "**" not in text and "\t" not in text


def test_the_units_of_the_commune_are_linked_where_a_task_names_them(services: Services, demo_plan_id: int) -> None:
    from tthc_desktop.db.models import UnitAssignment

    with services.database.session_factory() as session:
        linked = session.query(UnitAssignment).filter(UnitAssignment.unit_id.is_not(None)).count()
    assert linked >= 3  # "Văn phòng - Thống kê" (any dash) and "Tư pháp – Hộ tịch" are known units
    assert [u.name for u in services.organization.units()][0] == "Văn phòng - Thống kê"
    assert [o.name for o in services.organization.officials(signers_only=True)] == ["Trần Văn Thiện"]


def test_creating_the_demo_twice_keeps_one_plan(services: Services, demo_plan_id: int) -> None:
    again = services.demo.create_seed()
    assert (again.plan_id, again.created) == (demo_plan_id, False)
    assert len(services.plans.list_plans()) == 1


def test_the_demo_is_refused_in_another_communes_database(services: Services) -> None:
    from tthc_desktop.domain.enums import OrganizationLevel

    services.organization.create("Nghĩa Hành", OrganizationLevel.COMMUNE)
    with pytest.raises(DataError, match="Nghĩa Hành"):
        services.demo.create_seed()
    assert services.plans.list_plans() == []
