"""The Settings dialog's services: the commune profile, units with their history, officials and signers."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tthc_desktop.documents.rules import DEFAULT_RULES, MM
from tthc_desktop.domain.enums import NumberingPolicy
from tthc_desktop.errors import DataError
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services


def walk(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for node in nodes:
        found.append(node)
        found.extend(walk(node.get("children", [])))
    return found


def lead_units(services: Services, plan_id: int) -> list[list[str]]:
    plan = services.plans.export_json(plan_id)
    return [node.get("lead_units", []) for node in walk(plan["outline"])]


def unit_named(services: Services, name: str) -> int:
    return next(u.id for u in services.organization.units() if u.name == name)


def test_update_profile_is_stored_and_read_back_from_the_file(services: Services, demo_plan_id: int,
                                                              db_path) -> None:  # noqa: ANN001
    info = services.organization.update_profile(
        place_name="  Hành   Dũng ", report_cutoff_day=18, report_due_day=20, parent_name="",
        numbering_policy="shared", upstream_name="UBND tỉnh Quảng Ngãi")
    assert (info.place_name, info.report_cutoff_day, info.report_due_day) == ("Hành Dũng", 18, 20)
    assert info.parent_name is None and info.numbering_policy is NumberingPolicy.SHARED
    fresh = Database.open(db_path)
    try:
        again = Services.for_database(fresh).organization.get()
    finally:
        fresh.close()
    assert again is not None
    assert (again.place_name, again.report_cutoff_day, again.report_due_day) == ("Hành Dũng", 18, 20)
    assert again.upstream_name == "UBND tỉnh Quảng Ngãi"


@pytest.mark.parametrize("day", [0, 29, 31, -1])
def test_a_cutoff_day_not_in_every_month_is_refused_and_nothing_changes(services: Services, demo_plan_id: int,
                                                                        day: int) -> None:
    before = services.organization.get()
    with pytest.raises(DataError, match=r"1.*28") as refused:
        services.organization.update_profile(place_name="Somewhere else", report_cutoff_day=day)
    assert str(day) in str(refused.value)
    assert services.organization.get() == before  # the good field was not written either


def test_due_day_may_be_empty_but_not_32(services: Services, demo_plan_id: int) -> None:
    assert services.organization.update_profile(report_due_day=None).report_due_day is None
    with pytest.raises(DataError, match="31"):
        services.organization.update_profile(report_due_day=32)
    with pytest.raises(DataError):
        services.organization.update_profile(name="   ")


def test_retiring_a_unit_keeps_old_plans_text_and_leaves_the_active_list(services: Services,
                                                                           demo_plan_id: int) -> None:
    before = lead_units(services, demo_plan_id)
    assert ["Văn phòng - Thống kê"] in before
    office = unit_named(services, "Văn phòng - Thống kê")
    successor = services.organization.add_unit("Văn phòng HĐND và UBND xã", "VP")
    retired = services.organization.retire_unit(office, date(2025, 6, 30), replaced_by_id=successor.id)
    assert (retired.active_to, retired.replaced_by_id) == (date(2025, 6, 30), successor.id)

    assert lead_units(services, demo_plan_id) == before
    active = [u.name for u in services.organization.active_units()]
    assert "Văn phòng - Thống kê" not in active and "Văn phòng HĐND và UBND xã" in active
    assert "Văn phòng - Thống kê" in [u.name for u in services.organization.units()]  # history kept
    assert office in [u.id for u in services.organization.active_units(on=date(2025, 6, 1))]
    with pytest.raises(DataError, match="30/06/2025"):
        services.organization.retire_unit(office, date(2025, 7, 1))


def test_renaming_a_unit_does_not_rewrite_issued_text(services: Services, demo_plan_id: int) -> None:
    before = lead_units(services, demo_plan_id)
    office = unit_named(services, "Văn phòng - Thống kê")
    renamed = services.organization.update_unit(office, "Văn phòng UBND", "VP")
    assert (renamed.name, renamed.abbreviation) == ("Văn phòng UBND", "VP")
    assert lead_units(services, demo_plan_id) == before
    with pytest.raises(DataError, match="tư pháp – hộ tịch"):  # the same name as "Tư pháp - Hộ tịch"
        services.organization.update_unit(office, "tư pháp – hộ tịch", None)


def test_a_unit_cannot_be_replaced_by_itself(services: Services, demo_plan_id: int) -> None:
    office = unit_named(services, "Văn phòng - Thống kê")
    with pytest.raises(DataError):
        services.organization.retire_unit(office, date(2025, 6, 30), replaced_by_id=office)
    assert office in [u.id for u in services.organization.active_units()]


def test_officials_edited_and_retired_leave_the_signers(services: Services, demo_plan_id: int) -> None:
    vice = services.organization.add_official("Nguyễn Thị Lan", "phó chủ tịch", may_sign=False)
    assert vice.id not in [o.id for o in services.organization.officials(signers_only=True)]
    edited = services.organization.update_official(vice.id, "Nguyễn Thị Lan", "PHÓ CHỦ TỊCH", True)
    assert (edited.position, edited.may_sign) == ("PHÓ CHỦ TỊCH", True)
    assert vice.id in [o.id for o in services.organization.officials(signers_only=True)]

    services.organization.retire_official(vice.id, date(2026, 1, 31))
    assert vice.id not in [o.id for o in services.organization.officials(signers_only=True)]
    kept = next(o for o in services.organization.officials() if o.id == vice.id)
    assert kept.active_to == date(2026, 1, 31)
    with pytest.raises(DataError):
        services.organization.update_official(vice.id, "", "PHÓ CHỦ TỊCH", True)


# ---------------------------------------------------------------- the commune's document format


def leftmost_body_word(pdf: Path) -> float:
    """The smallest x of any word on page 1 below the top margin (the page number lives in the top margin)."""
    from tests.unit.documents_helpers import words

    return min(w.x_min for w in words(pdf) if w.page == 1 and w.y_min > 25 * MM)


def test_a_wider_left_margin_is_stored_and_every_print_follows_it(services: Services, demo_plan_id: int,
                                                                   tmp_path: Path) -> None:
    before = tmp_path / "before.pdf"
    services.printing.save(demo_plan_id, before, what="decision")
    assert leftmost_body_word(before) == pytest.approx(30 * MM, abs=1.5)

    rules = services.organization.update_format(margin_left=35, body_size=13)
    assert (rules.margin_left, rules.body_size, rules.margin_right) == (35, 13, 15)
    after = tmp_path / "after.pdf"
    services.printing.save(demo_plan_id, after, what="decision")
    assert leftmost_body_word(after) == pytest.approx(35 * MM, abs=1.5)

    docx_path = services.printing.save(demo_plan_id, tmp_path / "after.docx", what="decision")
    from docx import Document as WordDocument
    from docx.shared import Mm

    section = WordDocument(str(docx_path)).sections[0]
    assert abs(section.left_margin - Mm(35)) < Mm(0.1)


def test_format_outside_the_decree_is_refused_and_defaults_are_not_stored(services: Services, demo_plan_id: int,
                                                                          db_path: Path) -> None:
    with pytest.raises(DataError, match=r"30 .*35"):
        services.organization.update_format(margin_left=40)
    with pytest.raises(DataError):
        services.organization.update_format(line_spacing=2)
    assert services.organization.format_rules() == DEFAULT_RULES
    services.organization.update_format(margin_top=25, margin_left=30)  # 30 is the default: not an adjustment
    with sqlite3.connect(db_path) as plain:
        stored = plain.execute("SELECT document_format FROM organization").fetchone()[0]
    assert json.loads(stored) == {"margin_top": 25.0}
    assert services.organization.reset_format() == DEFAULT_RULES
    assert services.organization.format_rules() == DEFAULT_RULES


def test_a_stored_value_edited_out_of_range_by_hand_is_ignored_not_fatal(services: Services, demo_plan_id: int,
                                                                          db_path: Path) -> None:
    with sqlite3.connect(db_path) as plain:
        plain.execute("""UPDATE organization SET document_format = '{"margin_left": 99, "body_size": 13,
                         "nonsense": 1}'""")
    rules = services.organization.format_rules()
    assert (rules.margin_left, rules.body_size) == (DEFAULT_RULES.margin_left, 13)
    assert services.printing.render(demo_plan_id, "decision").startswith(b"%PDF")
