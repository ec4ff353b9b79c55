"""Numbers, dates and text at the door: every service that stores what the clerk entered reads numbers one way
(Vietnamese spelling), holds them and dates to their bounds, and refuses in words naming the field and the range.
Real services on real SQLite files; what was stored is read back with plain sqlite3."""

from __future__ import annotations

import copy
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.clock import Clock
from tthc_desktop import i18n
from tthc_desktop.domain import bounds
from tthc_desktop.domain.bounds import Breach
from tthc_desktop.domain.enums import OutlineKind
from tthc_desktop.errors import DataError
from tthc_desktop.services import pasted_rows
from tthc_desktop.services.database import Database
from tthc_desktop.services.mail_dto import MailSettingsInfo
from tthc_desktop.services.registry import Services
from tthc_desktop.services.reports import ReportService
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import DossierRowInput, EvidenceInput

CONTROLS = "\x0b\x00\x07"  # Word's manual line break, NUL, bell
BREAK = "\x0b"


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2025, 6, 20))


@pytest.fixture
def tracking(database: Database, clock: Clock, tmp_path: Path) -> TrackingService:
    return TrackingService(database.session_factory, today=clock, storage=tmp_path / "store")


@pytest.fixture
def draft_id(services: Services, demo_plan_id: int) -> int:
    return services.plans.copy_plan(demo_plan_id, 2026).id


def stored(db_path: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db_path) as raw:
        return raw.execute(sql, args).fetchall()


def indicator(services: Services, plan_id: int, unit: str) -> int:
    """An indicator of the plan in `unit` (the demo's are all in %: a count one is added)."""
    found = [r.id for r in services.content.content(plan_id).indicators if (r.values["unit"] or "") == unit]
    return found[0] if found else services.content.insert_indicator(plan_id, 0, {"name": "Số văn bản", "unit": unit})


# ---------------------------------------------------------------- the bounds, as data


@pytest.mark.parametrize(("bound", "value", "breach"), [
    (bounds.PERCENT, 100, None), (bounds.PERCENT, 100.5, Breach.ABOVE), (bounds.PERCENT, -0.1, Breach.BELOW),
    (bounds.PERCENT, float("inf"), Breach.NOT_FINITE), (bounds.PERCENT, float("nan"), Breach.NOT_FINITE),
    (bounds.COUNT, 3, None), (bounds.COUNT, 1.5, Breach.NOT_WHOLE), (bounds.COUNT, -1, Breach.BELOW),
    (bounds.COUNT, 1e30, Breach.ABOVE), (bounds.AMOUNT, 1250.5, None), (bounds.AMOUNT, -5, Breach.BELOW),
    (bounds.AMOUNT, "12", Breach.WRONG_TYPE), (bounds.DAY, date(1990, 1, 1), None),
    (bounds.DAY, date(1989, 12, 31), Breach.BELOW), (bounds.DAY, date(2101, 1, 1), Breach.ABOVE),
    (bounds.YEAR, 2026, None), (bounds.YEAR, 2620, Breach.ABOVE),
])
def test_the_bounds_as_data(bound: bounds.Bound, value: object, breach: Breach | None) -> None:
    assert bounds.breach(bound, value) is breach  # type: ignore[arg-type]


def test_more_digits_than_a_float_keeps_are_refused_not_rounded() -> None:
    from decimal import Decimal

    assert bounds.breach(bounds.AMOUNT, Decimal("95.123456789012345678")) is Breach.INEXACT
    assert bounds.breach(bounds.AMOUNT, Decimal("95.123456789")) is None


# ---------------------------------------------------------------- plan editor: indicator targets


def test_targets_are_read_as_vietnamese_writes_them(services: Services, draft_id: int, db_path: Path) -> None:
    count_id, percent_id = indicator(services, draft_id, "văn bản"), indicator(services, draft_id, "%")
    services.content.update_indicator(count_id, target="1.250")
    services.content.update_indicator(percent_id, target="95,5", upstream_target="90%", last_year="87,25")
    assert stored(db_path, "SELECT target FROM indicator WHERE id = ?", count_id) == [(1250.0,)]
    assert stored(db_path, "SELECT target, upstream_target, last_year FROM indicator WHERE id = ?", percent_id) == [
        (95.5, 90.0, 87.25)]
    services.content.update_indicator(count_id, target="1.250,5")
    assert stored(db_path, "SELECT target FROM indicator WHERE id = ?", count_id) == [(1250.5,)]


def test_a_target_in_another_convention_is_refused_with_how_to_write_it(services: Services, draft_id: int,
                                                                       db_path: Path) -> None:
    percent_id = indicator(services, draft_id, "%")
    before = stored(db_path, "SELECT target FROM indicator WHERE id = ?", percent_id)
    with pytest.raises(DataError) as refused:
        services.content.update_indicator(percent_id, target="95.5")
    assert "Viết 95,5" in str(refused.value) and "Mức giao của chỉ tiêu" in str(refused.value)
    i18n.set_language("en")
    with pytest.raises(DataError, match="Write 95,5"):
        services.content.update_indicator(percent_id, target="95.5")
    with pytest.raises(DataError, match="“abc” is not a number"):
        services.content.update_indicator(percent_id, target="abc")
    assert stored(db_path, "SELECT target FROM indicator WHERE id = ?", percent_id) == before


@pytest.mark.parametrize(("unit", "value", "words"), [
    ("%", "120", ["0", "100", "120"]), ("%", 100.5, ["0", "100", "100,5"]), ("%", "-1", ["0", "100", "-1"]),
    ("văn bản", "-3", ["0", "1.000.000.000.000", "-3"]), ("văn bản", float("inf"), ["0", "1.000.000.000.000"]),
    ("văn bản", 1e30, ["0", "1.000.000.000.000"]), ("văn bản", float("nan"), ["0", "1.000.000.000.000"]),
])
def test_targets_outside_their_bound_are_refused_naming_the_field_and_range(
        services: Services, draft_id: int, db_path: Path, unit: str, value: object, words: list[str]) -> None:
    indicator_id = indicator(services, draft_id, unit)
    before = stored(db_path, "SELECT target FROM indicator WHERE id = ?", indicator_id)
    i18n.set_language("en")
    with pytest.raises(DataError) as refused:
        services.content.update_indicator(indicator_id, target=value)
    message = str(refused.value)
    assert message.startswith("The target of indicator") and all(w in message for w in words), message
    assert stored(db_path, "SELECT target FROM indicator WHERE id = ?", indicator_id) == before


def test_a_new_unit_holds_the_figures_already_there(services: Services, draft_id: int) -> None:
    count_id = indicator(services, draft_id, "văn bản")
    services.content.update_indicator(count_id, target="250")
    with pytest.raises(DataError, match="100"):
        services.content.update_indicator(count_id, unit="%")
    services.content.update_indicator(count_id, target="95", unit="%")  # both at once: fine


# ---------------------------------------------------------------- tracker figures


def test_figures_are_read_and_bounded(services: Services, tracking: TrackingService, demo_plan_id: int,
                                      db_path: Path) -> None:
    results = {r.label: r for r in tracking.indicator_results(demo_plan_id, "2025-Q1")}
    payment, satisfaction = results["5"].indicator_id, results["10"].indicator_id
    assert tracking.set_measurement(payment, "2025-Q1", numerator="1.250", denominator="1.500").value == pytest.approx(
        100 * 1250 / 1500)
    assert tracking.set_measurement(satisfaction, "2025-Q1", value="95,5").value == 95.5
    for figures, words in (({"numerator": "1,5", "denominator": "10"}, ["Tử số", "số nguyên", "1,5"]),
                           ({"numerator": "-1", "denominator": "10"}, ["Tử số", "-1"]),
                           ({"numerator": "1", "denominator": "95.5"}, ["Mẫu số", "Viết 95,5"]),
                           ({"numerator": "abc", "denominator": "10"}, ["Tử số", "abc"]),
                           ({"numerator": 1e30, "denominator": 1e31}, ["1.000.000.000.000"])):
        with pytest.raises(DataError) as refused:
            tracking.set_measurement(payment, "2025-Q2", **figures)
        assert all(w in str(refused.value) for w in words), str(refused.value)
    for value in ("101", float("inf"), "-0,5", "95.5"):
        with pytest.raises(DataError, match="Giá trị"):
            tracking.set_measurement(satisfaction, "2025-Q2", value=value)
    assert stored(db_path, "SELECT count(*) FROM measurement WHERE period_key = '2025-Q2'") == [(0,)]


def test_a_figure_computed_from_bieu_06_is_refused_not_ignored(services: Services, tracking: TrackingService,
                                                               demo_plan_id: int) -> None:
    data = copy.deepcopy(services.plans.export_json(demo_plan_id))
    data["indicators"].append(dict(data["indicators"][0], label="11", formula="((8) + (9) + (12)) / (3)",
                                   name="Tỷ lệ hồ sơ giải quyết đúng hạn", unit="%", target=95))
    plan_id = services.plans.create_from_json(data).id
    on_time = next(r for r in tracking.indicator_results(plan_id, "2025-Q1") if r.label == "11").indicator_id
    assert tracking.set_measurement(on_time, "2025-Q1", numerator=9, denominator=10).value == 90.0  # no Biểu 06 yet
    tracking.set_dossier_rows("2025-Q1", [DossierRowInput("Hộ tịch", received_online=10, settled_on_time=10)])
    with pytest.raises(DataError, match="Biểu 06"):
        tracking.set_measurement(on_time, "2025-Q1", numerator=5, denominator=10)
    result = next(r for r in tracking.indicator_results(plan_id, "2025-Q1") if r.label == "11")
    assert (result.source, result.value) == ("dossiers", 100.0)
    tracking.set_measurement(on_time, "2025-Q1")  # clearing what Biểu 06 replaced is allowed


# ---------------------------------------------------------------- Biểu 06


@pytest.mark.parametrize(("typed", "words"), [
    ("abc", ["Hộ tịch", "(4)", "abc"]), ("1,5", ["(4)", "số nguyên", "1,5"]), ("-1", ["(4)", "-1"]),
    ("95.5", ["(4)", "Viết 95,5"]), (10**13, ["(4)", "1.000.000.000.000"]), (2.5, ["(4)", "2,5"]),
])
def test_a_dossier_count_that_is_no_count_is_refused_naming_the_row_and_column(
        tracking: TrackingService, demo_plan_id: int, typed: object, words: list[str]) -> None:
    with pytest.raises(DataError) as refused:
        tracking.set_dossier_rows("2025-Q1", [DossierRowInput("Hộ tịch", received_online=typed)])  # type: ignore[arg-type]
    assert all(w in str(refused.value) for w in words), str(refused.value)
    assert tracking.dossier_table("2025-Q1").rows == ()


def test_dossier_counts_typed_with_thousands_are_read(tracking: TrackingService, demo_plan_id: int) -> None:
    table = tracking.set_dossier_rows("2025-Q1", [DossierRowInput(
        "Hộ tịch", received_online="1.250", received_in_person="250", settled_on_time="1.500", received="")])  # type: ignore[arg-type]
    assert (table.total.received, table.total.settled) == (1500, 1500)


# ---------------------------------------------------------------- dates


def test_every_date_the_clerk_enters_lies_between_1990_and_2100(
        services: Services, tracking: TrackingService, demo_plan_id: int, draft_id: int, clock: Clock) -> None:
    i18n.set_language("en")
    task = tracking.tasks(plan_id=demo_plan_id)[0].task_id
    attempts = [
        lambda: tracking.record_progress(task, "done", date(1989, 12, 31)),
        lambda: tracking.record_progress(task, "done", date(2025, 3, 1), checkpoint=date(2101, 3, 31)),
        lambda: tracking.record_progress(task, "done", date(2025, 3, 1), evidence=EvidenceInput(
            "12/KH-UBND", date(1900, 1, 1), "Kế hoạch")),
        lambda: tracking.add_evidence(task, EvidenceInput("12/KH-UBND", date(1975, 4, 30))),
        lambda: services.organization.retire_unit(services.organization.units()[0].id, date(2101, 1, 1)),
        lambda: services.organization.retire_official(services.organization.officials()[0].id, date(1980, 1, 1)),
        lambda: services.checks.issue(draft_id, date(2620, 2, 10)),
        lambda: services.documents.issue(services.content.content(draft_id).plan.id, date(1899, 1, 1)),
        lambda: services.plans.create_plan(2620),
        lambda: services.plans.copy_plan(demo_plan_id, 1980),
    ]
    for attempt in attempts:
        with pytest.raises(DataError) as refused:
            attempt()
        message = str(refused.value)
        assert ("1990" in message and "2100" in message), message
    with pytest.raises(DataError, match="2100"):
        tracking.set_dossier_rows("2620-Q1", [DossierRowInput("Hộ tịch", received_online=1, settled_on_time=1)])
    assert tracking.progress(task) == [] and tracking.evidence(task) == []
    assert all(u.active_to is None for u in services.organization.units())


def test_a_report_issued_on_a_date_outside_the_bounds_is_refused(services: Services, tracking: TrackingService,
                                                                  demo_plan_id: int, clock: Clock,
                                                                  tmp_path: Path) -> None:
    reports = ReportService(services.database.session_factory, today=clock, tracking=tracking,
                            templates=tmp_path / "none")
    draft = reports.create_draft(demo_plan_id, "2025-Q1")
    with pytest.raises(DataError, match="1990"):
        reports.issue(draft.report_id, date(1989, 3, 20))
    assert reports.report(draft.report_id).frozen is False


# ---------------------------------------------------------------- plan JSON from outside


def test_plan_json_numbers_and_dates_are_read_and_bounded(services: Services, demo_plan_id: int) -> None:
    data = copy.deepcopy(services.plans.export_json(demo_plan_id))
    data["indicators"][1].update(unit="văn bản", target="1.250")  # a count indicator, target written as text
    created = services.plans.create_from_json(copy.deepcopy(data)).id
    assert services.content.content(created).indicators[1].values["target"] == 1250.0
    for change, words in (
            (lambda d: d["indicators"][1].__setitem__("target", "95.5"), ["Viết 95,5"]),
            (lambda d: d["indicators"][0].__setitem__("target", float("inf")), ["0", "100"]),
            (lambda d: d["indicators"][0].__setitem__("last_year", -5), ["Kết quả năm trước", "-5"]),
            (lambda d: d.__setitem__("year", 3000), ["1990", "2100", "3000"]),
            (lambda d: d["documents"][0].__setitem__("date", {"year": 2025, "month": 2, "day": 30}), []),
            (lambda d: d["documents"][0].__setitem__("date", {"year": 1800, "month": 2, "day": 3}), ["1990"])):
        bad = copy.deepcopy(data)
        change(bad)
        with pytest.raises(DataError) as refused:
            services.plans.create_from_json(bad)
        assert all(w in str(refused.value) for w in words), str(refused.value)


# ---------------------------------------------------------------- settings


def test_the_document_format_is_read_as_typed_and_the_message_names_the_field(services: Services,
                                                                                demo_plan_id: int) -> None:
    assert services.organization.update_format(line_spacing="1,2").line_spacing == 1.2
    with pytest.raises(DataError) as refused:
        services.organization.update_format(margin_left="40")
    assert "Lề trái" in str(refused.value) and "30" in str(refused.value) and "35" in str(refused.value)
    with pytest.raises(DataError, match="Viết 1,2"):
        services.organization.update_format(line_spacing="1.2")


# ---------------------------------------------------------------- text at the door


def test_control_characters_typed_or_pasted_are_never_stored(services: Services, draft_id: int, demo_plan_id: int,
                                                             tracking: TrackingService, clock: Clock,
                                                             db_path: Path, tmp_path: Path) -> None:
    task = services.outline.insert(draft_id, None, 0, OutlineKind.TASK, f"Rà soát{CONTROLS}TTHC")
    services.outline.update(task, expected_result=f"Báo cáo{CONTROLS}")
    table = pasted_rows.read(f"1\tCông khai{CONTROLS}TTHC\tVăn phòng\tQuý I\n")
    for node in pasted_rows.task_nodes(table.rows, table.mapping):  # as the editor pastes rows copied from Word
        text, fields = pasted_rows.insert_fields(node)
        services.outline.insert(draft_id, None, 1, OutlineKind.TASK, text, **fields)
    decision = services.content.content(draft_id).decision
    assert decision is not None
    services.content.set_texts(decision.id, "legal_bases", [f"Căn cứ{CONTROLS} Luật A;"])
    unit = services.organization.add_unit(f"Văn phòng{CONTROLS} mới")
    reports = ReportService(services.database.session_factory, today=clock, tracking=tracking,
                            templates=tmp_path / "none")
    report = reports.create_draft(demo_plan_id, "2025-Q1")
    key = next(s.key for s in reports.report(report.report_id).sections if s.key)
    reports.update_section(report.report_id, key, f"Đoạn{CONTROLS}văn")
    services.mail.save_settings(MailSettingsInfo(smtp_host="smtp.example.vn", sender_address="ubnd@example.vn",
                                                 subject_template=f"Báo cáo{CONTROLS}{{period}}"))
    # A mail subject is a header: a character that breaks the line (Word's \x0b) is refused in words, since it would
    # end the header (issue 13 item 6); the others are removed as everywhere.
    with pytest.raises(DataError, match="line break|xuống dòng"):
        services.mail.queue(["so@example.vn"], f"Báo cáo{CONTROLS}quý I", f"Kính gửi{CONTROLS}")
    services.mail.queue(["so@example.vn"], f"Báo cáo{CONTROLS.replace(BREAK, '')} quý I", f"Kính gửi{CONTROLS}")

    texts = [row[0] for row in stored(db_path, """
        SELECT text FROM outline_item UNION ALL SELECT expected_result FROM outline_item
        UNION ALL SELECT text FROM legal_basis UNION ALL SELECT name FROM unit
        UNION ALL SELECT subject_template FROM mail_settings
        UNION ALL SELECT subject FROM outbox_message UNION ALL SELECT body FROM outbox_message""") if row[0]]
    sections = json.loads(stored(db_path, "SELECT frozen_figures FROM report")[0][0])["sections"]
    texts += [entry["text"] for entry in sections.values()]
    assert len(texts) > 10 and not [t for t in texts if any(c in t for c in CONTROLS)]
    assert stored(db_path, "SELECT text FROM outline_item WHERE id = ?", task) == [("Rà soát\nTTHC",)]
    assert ("Công khai\nTTHC",) in stored(db_path, "SELECT text FROM outline_item")
    assert unit.name == "Văn phòng mới"  # a name is one line: the break became a space, folded
    assert stored(db_path, "SELECT subject_template FROM mail_settings") == [("Báo cáo {period}",)]
    assert stored(db_path, "SELECT subject FROM outbox_message") == [("Báo cáo quý I",)]
    assert sections[key]["text"] == "Đoạn\nvăn"
