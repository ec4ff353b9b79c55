"""Unit texts of plans matched to the commune's units (issue 17 item 4): the rule, the clerk's matches, the tracker."""

from __future__ import annotations

import copy

import pytest

from tthc_desktop.domain.units import UnitMatcher, UnitName, unit_key
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.services.demo import demo_data
from tthc_desktop.services.registry import Services

# A ward after the 2025 reform, and a commune before it: the units as Settings holds them.
WARD = [UnitName(1, "Văn phòng HĐND và UBND", "VP"), UnitName(2, "Phòng Văn hóa - Xã hội", "VH-XH"),
        UnitName(3, "Trung tâm Phục vụ hành chính công", None), UnitName(4, "Phòng Kinh tế, Hạ tầng và Đô thị", None)]
COMMUNE = [UnitName(1, "Văn phòng - Thống kê", "VP-TK"), UnitName(2, "Văn hóa - Xã hội", None),
           UnitName(3, "Tư pháp - Hộ tịch", "TP-HT"), UnitName(4, "Tài chính - Kế toán", None),
           UnitName(5, "Bộ phận Tiếp nhận và Trả kết quả", "Một cửa"), UnitName(6, "Địa chính - Xây dựng", None)]


@pytest.mark.parametrize(("text", "unit"), [
    ("Văn phòng - Thống kê", 1), ("Văn phòng – Thống kê", 1), ("VĂN PHÒNG—THỐNG KÊ", 1), ("Văn phòng-Thống kê .", 1),
    ("  Văn   phòng -  Thống kê;", 1), ("Công chức Văn phòng - Thống kê UBND xã", 1), ("VP-TK", 1), ("VP - TK", 1),
    ("VP-TK theo dõi, tổng hợp", 1), ("Văn phòng – Thống kê chủ trì tổng hợp báo cáo của UBND xã", 1),
    ("Văn hoá - Xã hội", 2), ("Công chức VH-XH", 2), ("công chức văn hóa – xã hội của UBND xã", 2),
    ("TP-HT", 3), ("Tư pháp – Hộ tịch xã", 3), ("Công chức Tài chính - Kế toán", 4), ("TC-KT", 4),
    ("Bộ phận Một cửa", 5), ("Các công chức tại Bộ phận Một cửa xã", 5), ("Một cửa", 5), ("Bộ phận TN&TKQ", 5),
    ("Bộ phận Tiếp nhận và Trả kết quả của xã", 5), ("Bộ phận Tiếp nhận và Trả kết quả một cửa UBND xã", 5),
    ("Công chức Địa chính – Xây dựng", 6), ("ĐC-XD", 6),
])
def test_spellings_of_a_communes_units(text: str, unit: int) -> None:
    assert UnitMatcher(COMMUNE).unit_of(text) == unit


@pytest.mark.parametrize(("text", "unit"), [
    ("Văn phòng HĐND và UBND xã", 1), ("Văn phòng HĐND&UBND phường", 1), ("Phòng Văn hóa – Xã hội", 2),
    ("Phòng VH-XH", None), ("Trung tâm Phục vụ hành chính công phường", 3), ("Phòng Kinh tế, Hạ tầng và Đô thị", 4),
])
def test_spellings_of_a_wards_units_after_the_reform(text: str, unit: int | None) -> None:
    assert UnitMatcher(WARD).unit_of(text) == unit


@pytest.mark.parametrize("text", [
    "Các ban, ngành, công chức liên quan", "Các công chức chuyên môn thuộc UBND xã", "UBND xã", "",
    "Công chức tiếp nhận, giải quyết TTHC", "Văn phòng UBND xã đôn đốc",  # the office? the clerk says
])
def test_what_the_rule_does_not_guess(text: str) -> None:
    match = UnitMatcher(COMMUNE).match(text)
    assert match.unit_id is None and match.how == "unmatched"


def test_a_suggestion_when_a_units_name_is_inside_the_text() -> None:
    match = UnitMatcher(COMMUNE).match("Phối hợp với Văn phòng - Thống kê và các ban ngành")
    assert (match.unit_id, match.suggestion) == (None, 1)


def test_keys_ignore_dashes_case_diacritic_placement_and_the_communes_name() -> None:
    assert unit_key("Văn hoá – Xã hội") == unit_key("VĂN HÓA-XÃ HỘI") == "van hoa - xa hoi"
    assert unit_key("Bộ phận Một cửa xã") == "bo phan mot cua"  # "cửa xã", not "của xã"
    assert unit_key("Tư pháp - Hộ tịch của Ủy ban nhân dân xã") == "tu phap - ho tich"
    assert unit_key("Văn phòng HĐND và UBND xã") == "van phong hdnd va ubnd"  # "và UBND" is the name


def test_the_clerks_match_comes_first_and_none_is_a_match_too() -> None:
    matcher = UnitMatcher(COMMUNE, {unit_key("Văn phòng UBND xã"): 1, unit_key("Các ban, ngành liên quan"): None})
    assert matcher.match("Văn phòng  UBND xã.").how == "mapped" and matcher.unit_of("Văn phòng UBND xã") == 1
    assert matcher.match("Các ban, ngành liên quan").how == "mapped"
    assert matcher.unit_of("Các ban, ngành liên quan") is None


def test_a_key_two_units_share_names_neither() -> None:
    matcher = UnitMatcher([UnitName(1, "Văn phòng", "VP"), UnitName(2, "Văn phòng", None)])
    assert matcher.unit_of("Văn phòng") is None


# ---------------------------------------------------------------- through the services


def plan_of_another_commune() -> dict:
    """The demo plan as a neighbouring commune types it: its own dashes, cases and abbreviations."""
    data = copy.deepcopy(demo_data()["plan"])
    spellings = iter(["VĂN PHÒNG – THỐNG KÊ", "Công chức VP-TK", "Bộ phận TN&TKQ xã", "Văn hoá-Xã hội",
                      "Các ban ngành, đoàn thể xã", "Tổ công nghệ số cộng đồng"])

    def walk(nodes: list[dict]) -> None:
        for node in nodes:
            if node["kind"] == "task":
                node["lead_units"] = [next(spellings, "Văn phòng - Thống kê")]
            walk(node["children"])

    walk(data["outline"])
    for document in data["documents"]:
        document["number"], document["status"], document["date"] = None, "draft", None
    data["year"] = 2026
    return data


def test_imported_units_are_matched_and_the_unmatched_are_listed_for_the_clerk(
        services: Services, demo_plan_id: int) -> None:
    imported = services.plans.create_from_json(plan_of_another_commune())
    tasks = services.tracking.tasks(plan_id=imported.id)
    units = {u.name: u.id for u in services.organization.units()}
    assert [t.lead_unit_ids for t in tasks[:4]] == [(units["Văn phòng - Thống kê"],), (units["Văn phòng - Thống kê"],),
                                                    (units["Bộ phận Tiếp nhận và Trả kết quả"],),
                                                    (units["Văn hóa - Xã hội"],)]
    unmatched = {u.text: u for u in services.organization.unmatched_units()}
    assert "Tổ công nghệ số cộng đồng" in unmatched and "Các ban ngành, đoàn thể xã" in unmatched
    assert "VĂN PHÒNG – THỐNG KÊ" not in unmatched
    linked = services.organization.match_unit("Các ban ngành, đoàn thể xã", None)  # names no unit: not asked again
    assert linked == 0
    assert services.organization.match_unit("tổ công nghệ số cộng đồng", units["Văn phòng - Thống kê"]) == 1
    left = {u.text for u in services.organization.unmatched_units()}
    assert "Tổ công nghệ số cộng đồng" not in left and "Các ban ngành, đoàn thể xã" not in left
    sixth = services.tracking.tasks(plan_id=imported.id)[5]
    assert sixth.lead_units == ("Tổ công nghệ số cộng đồng",)  # the text as printed stays
    assert sixth.lead_unit_ids == (units["Văn phòng - Thống kê"],)
    copied = services.plans.copy_plan(imported.id, 2027)  # the match holds for the copy too
    assert services.tracking.tasks(plan_id=copied.id)[5].lead_unit_ids == (units["Văn phòng - Thống kê"],)
    with pytest.raises(NotFoundError):
        services.organization.match_unit("Tổ công nghệ số cộng đồng", 999)
    with pytest.raises(DataError):
        services.organization.match_unit("  ", None)


def test_the_dashboard_counts_tasks_by_unit_not_by_spelling(services: Services, demo_plan_id: int) -> None:
    board = services.tracking.dashboard(demo_plan_id, period_key="2025-Q1")
    names = [t.name for t in board.by_unit]
    assert names == ["Văn phòng - Thống kê", "Văn hóa - Xã hội", "Bộ phận Tiếp nhận và Trả kết quả",
                     "Đài truyền thanh xã", None]
    office = board.by_unit[0]
    assert office.total == 10  # "Văn phòng - Thống kê", "Văn phòng – Thống kê", "… chủ trì tổng hợp …", …
    assert board.by_unit[-1].total == 3  # tasks 4, 5 and 14 name no unit of the commune
    assert sum(t.total for t in board.by_unit) >= 22  # a task led by two units counts for each
