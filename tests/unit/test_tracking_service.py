"""The tracking service on real database files: statuses as the clock moves, evidence files, figures, search."""

from __future__ import annotations

import copy
import hashlib
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.clock import Clock
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.tracking import Attainment, DossierRule
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import DossierRowInput, EvidenceInput, IndicatorResult, TrackedTask
from tthc_desktop.services.tracking_figures import DossierCheckError, total_label

D = date


@pytest.fixture
def clock() -> Clock:
    return Clock(D(2025, 3, 1))


@pytest.fixture
def tracking(database: Database, clock: Clock, tmp_path: Path) -> TrackingService:
    return TrackingService(database.session_factory, today=clock, storage=tmp_path / "store")


def by_label(tracking: TrackingService, plan_id: int) -> dict[str, TrackedTask]:
    return {t.label or "": t for t in tracking.tasks(plan_id)}


def results(tracking: TrackingService, plan_id: int, period_key: str = "2025-Q1") -> dict[str, IndicatorResult]:
    return {r.label or "": r for r in tracking.indicator_results(plan_id, period_key)}


def indicator_ids(tracking: TrackingService, plan_id: int) -> dict[str, int]:
    return {label: r.indicator_id for label, r in results(tracking, plan_id).items()}


# ---------------------------------------------------------------- statuses as the clock moves


def test_a_task_due_31_3_through_the_quarter(tracking: TrackingService, clock: Clock, demo_plan_id: int) -> None:
    task = by_label(tracking, demo_plan_id)["1"]  # "Quý I" in the demo plan of 2025
    assert (task.schedule_text, task.schedule_kind, task.group_labels) == ("Quý I", "due", ("A",))
    assert task.lead_units == ("Văn phòng - Thống kê",)
    assert (task.status, task.next_checkpoint, task.days_left) == (TaskStatus.NOT_STARTED, D(2025, 3, 31), 30)
    clock.day = D(2025, 4, 1)
    task = tracking.task(task.task_id)
    assert (task.status, task.days_left) == (TaskStatus.OVERDUE, -1)
    clock.day = D(2025, 4, 5)
    entry = tracking.record_progress(task.task_id, TaskStatus.DONE, D(2025, 4, 5), note="Đã ban hành")
    assert (entry.checkpoint, entry.status, entry.note) == (D(2025, 3, 31), TaskStatus.DONE, "Đã ban hành")
    task = tracking.task(task.task_id)
    assert (task.status, task.next_checkpoint, task.days_left) == (TaskStatus.DONE_LATE, None, None)
    assert task.last_update == entry
    assert tracking.task(task.task_id, at=D(2025, 4, 4)).status is TaskStatus.OVERDUE  # as at an earlier cut-off


def test_a_task_marked_done_on_30_3_is_done(tracking: TrackingService, clock: Clock, demo_plan_id: int) -> None:
    task = by_label(tracking, demo_plan_id)["2"]
    clock.day = D(2025, 3, 30)
    tracking.record_progress(task.task_id, "done", D(2025, 3, 30))
    assert tracking.task(task.task_id).status is TaskStatus.DONE
    clock.day = D(2025, 4, 1)
    assert tracking.task(task.task_id).status is TaskStatus.DONE


def test_ongoing_tasks_owe_nothing_before_the_plan_was_signed(tracking: TrackingService, clock: Clock,
                                                              demo_plan_id: int) -> None:
    ongoing = by_label(tracking, demo_plan_id)["3"]  # "Thường xuyên"; the plan was issued on 3/3/2025
    assert ongoing.schedule_kind == "ongoing" and ongoing.ongoing and ongoing.status is TaskStatus.NOT_STARTED
    # The reporting months (cut-off on the 14th) from the one the plan was issued in: M03 ends 14/3.
    assert ongoing.checkpoints[0].day == D(2025, 3, 14) and len(ongoing.checkpoints) == 10
    clock.day = D(2025, 4, 3)
    entry = tracking.record_progress(ongoing.task_id, TaskStatus.IN_PROGRESS, D(2025, 4, 2))
    assert entry.checkpoint == D(2025, 4, 14)  # the month it falls in
    ongoing = tracking.task(ongoing.task_id)
    assert ongoing.status is TaskStatus.IN_PROGRESS and ongoing.next_checkpoint == D(2025, 5, 14)  # May's note
    assert ongoing.days_left is None and ongoing.missing == (D(2025, 3, 14),)
    assert ongoing.checkpoints[1].status is TaskStatus.DONE  # April has its progress


def test_progress_is_refused_for_a_future_date_an_unknown_task_or_a_worked_out_status(
        tracking: TrackingService, clock: Clock, demo_plan_id: int) -> None:
    tasks = by_label(tracking, demo_plan_id)
    task_id = tasks["1"].task_id
    with pytest.raises(DataError, match="02/03/2025"):
        tracking.record_progress(task_id, TaskStatus.DONE, D(2025, 3, 2))
    with pytest.raises(NotFoundError, match="999999"):
        tracking.record_progress(999999, TaskStatus.DONE, D(2025, 3, 1))
    group_id = tracking.tasks(demo_plan_id)[0].task_id - 1  # the group "A" printed above task 1
    with pytest.raises(NotFoundError):
        tracking.record_progress(group_id, TaskStatus.DONE, D(2025, 3, 1))
    for derived in (TaskStatus.DONE_LATE, TaskStatus.OVERDUE, "finished"):
        with pytest.raises(DataError):
            tracking.record_progress(task_id, derived, D(2025, 3, 1))
    with pytest.raises(DataError, match="05/03/2025"):
        tracking.record_progress(task_id, TaskStatus.DONE, D(2025, 3, 1), evidence=EvidenceInput("1/QĐ", D(2025, 3, 5)))
    assert tracking.progress(task_id) == [] and tracking.evidence(task_id) == []  # one transaction: nothing kept


def test_history_and_taking_back_an_entry(tracking: TrackingService, demo_plan_id: int) -> None:
    task_id = by_label(tracking, demo_plan_id)["19"].task_id  # "Định kỳ 06 tháng và cuối năm"
    first = tracking.record_progress(task_id, TaskStatus.IN_PROGRESS, D(2025, 2, 20), "Đang tổng hợp")
    second = tracking.record_progress(task_id, TaskStatus.DONE, D(2025, 3, 1),
                                      evidence=EvidenceInput(" 15/BC-UBND ", D(2025, 3, 1), "Báo cáo  6 tháng"))
    assert second.evidence[0].doc_number == "15/BC-UBND" and second.evidence[0].subject == "Báo cáo 6 tháng"
    assert [p.id for p in tracking.progress(task_id)] == [first.id, second.id]
    assert tracking.progress(task_id)[1].evidence == second.evidence
    tracking.delete_progress(second.id)
    assert [p.id for p in tracking.progress(task_id)] == [first.id]
    assert tracking.evidence(task_id)[0].progress_id is None  # the evidence stays with the task
    with pytest.raises(NotFoundError):
        tracking.delete_progress(second.id)


# ---------------------------------------------------------------- evidence files


def test_an_attached_file_opens_as_a_copy_under_its_own_name_and_extension(
        database: Database, clock: Clock, demo_plan_id: int, tmp_path: Path) -> None:
    tracking = TrackingService(database.session_factory, today=clock, storage=tmp_path / "store",
                               opened=tmp_path / "opened")
    task_id = by_label(tracking, demo_plan_id)["1"].task_id
    proof = tracking.record_progress(task_id, TaskStatus.DONE, D(2025, 3, 1),
                                     evidence=EvidenceInput("12/QĐ-UBND")).evidence[0]
    scan = tmp_path / "Biên bản: họp?.PDF"
    scan.write_bytes(b"%PDF-1.4 the minutes")
    attachment = tracking.attach_file(proof.id, scan)
    stored = tracking.attachment_path(attachment.id)
    assert stored.suffix == "" and stored.name == attachment.sha256  # the store: by content, no extension
    opened = tracking.open_copy(attachment.id)
    assert opened.name == "Biên bản_ họp_.PDF" and opened.read_bytes() == scan.read_bytes()
    assert tracking.open_copy(attachment.id) == opened  # opened again: the same copy
    saved = tracking.save_copy(attachment.id, tmp_path / "kept" / "bien-ban.pdf")
    assert saved.read_bytes() == scan.read_bytes()
    stored.unlink()
    with pytest.raises(NotFoundError, match="store"):
        tracking.open_copy(attachment.id)
    with pytest.raises(NotFoundError):
        tracking.open_copy(999999)



def test_an_attached_file_is_stored_once_under_its_sha256_and_read_back_identical(
        tracking: TrackingService, clock: Clock, demo_plan_id: int, tmp_path: Path) -> None:
    tasks = by_label(tracking, demo_plan_id)
    content = os.urandom(300_000) + "Quyết định số 12/QĐ-UBND".encode()
    scan = tmp_path / "Quyết định 12.pdf"
    scan.write_bytes(content)
    sha = hashlib.sha256(content).hexdigest()
    entry = tracking.record_progress(tasks["1"].task_id, TaskStatus.DONE, D(2025, 3, 1),
                                     evidence=EvidenceInput("12/QĐ-UBND", D(2025, 2, 27), "Ban hành kế hoạch"))
    evidence_id = entry.evidence[0].id
    attached = tracking.attach_file(evidence_id, scan)
    assert (attached.sha256, attached.size, attached.filename) == (sha, len(content), "Quyết định 12.pdf")
    stored = tracking.attachment_path(attached.id)
    assert stored == tmp_path / "store" / sha[:2] / sha
    assert stored.read_bytes() == content
    again = tracking.attach_file(evidence_id, scan)
    assert again.id == attached.id  # the same file on the same evidence: one attachment
    copy_ = tmp_path / "bản sao.pdf"
    copy_.write_bytes(content)
    other = tracking.record_progress(tasks["2"].task_id, TaskStatus.DONE, D(2025, 3, 1),
                                     evidence=EvidenceInput("12/QĐ-UBND"))
    shared = tracking.attach_file(other.evidence[0].id, copy_)
    assert shared.id != attached.id and tracking.attachment_path(shared.id) == stored
    files = [p for p in (tmp_path / "store").rglob("*") if p.is_file()]
    assert files == [stored]  # stored once, no temporary file left
    assert tracking.evidence(tasks["1"].task_id)[0].attachments == (attached,)
    assert tracking.task(tasks["1"].task_id).evidence_count == 1


def test_attaching_a_missing_file_or_to_missing_evidence_is_refused(tracking: TrackingService, demo_plan_id: int,
                                                                    tmp_path: Path) -> None:
    task_id = by_label(tracking, demo_plan_id)["1"].task_id
    proof = tracking.add_evidence(task_id, EvidenceInput("3/KH-UBND", D(2025, 1, 5)))
    with pytest.raises(DataError, match="missing.pdf"):
        tracking.attach_file(proof.id, tmp_path / "missing.pdf")
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(NotFoundError):
        tracking.attach_file(999, tmp_path / "a.txt")
    with pytest.raises(NotFoundError):
        tracking.attachment_path(999)
    assert not (tmp_path / "store").exists() or not any(p.is_file() for p in (tmp_path / "store").rglob("*"))


# ---------------------------------------------------------------- Biểu 06

HO_TICH = DossierRowInput("Hộ tịch", received_online=6, received_in_person=3, carried_over=1, settled_early=2,
                          settled_on_time=5, settled_late=1, pending_within=1, pending_late=1)
CHUNG_THUC = DossierRowInput("Chứng thực", received_in_person=10, settled_early=9, settled_on_time=1)


@pytest.mark.parametrize(("bad", "rule", "numbers"), [
    (DossierRowInput("Đất đai", received_online=5, settled_on_time=6, received=6), DossierRule.RECEIVED,
     ("(3)", "(4)", "(5)", "(6)")),
    (DossierRowInput("Đất đai", received_online=5, settled_on_time=5, settled=4, pending_within=1, received=5),
     DossierRule.SETTLED, ("(7)", "(8)", "(9)", "(10)")),
    (DossierRowInput("Đất đai", received_online=5, settled_on_time=3, pending_within=1, pending=2),
     DossierRule.PENDING, ("(11)", "(12)", "(13)")),
    (DossierRowInput("Đất đai", received_online=5, settled_on_time=3), DossierRule.BALANCE, ("(3)", "(7)", "(11)")),
])
def test_a_row_breaking_a_check_is_refused_with_its_field_and_rule_and_nothing_is_stored(
        tracking: TrackingService, demo_plan_id: int, bad: DossierRowInput, rule: DossierRule,
        numbers: tuple[str, ...]) -> None:
    tracking.set_dossier_rows("2025-Q1", [HO_TICH])
    with pytest.raises(DossierCheckError) as raised:
        tracking.set_dossier_rows("2025-Q1", [CHUNG_THUC, bad])
    message = str(raised.value)
    assert isinstance(raised.value, DataError)
    assert "Đất đai" in message and rule.value in message and all(n in message for n in numbers)
    assert "Chứng thực" not in message  # the sound row is not blamed
    assert [(p.field, p.rule) for p in raised.value.problems] == [("Đất đai", rule)]
    assert [r.field for r in tracking.dossier_table("2025-Q1").rows] == ["Hộ tịch"]  # the old rows stay


def test_a_total_row_as_written_must_pass_and_add_up(tracking: TrackingService, demo_plan_id: int) -> None:
    written = DossierRowInput("", received_online=6, received_in_person=13, carried_over=1, settled_early=11,
                              settled_on_time=6, settled_late=1, pending_within=1, pending_late=1)
    table = tracking.set_dossier_rows("2025-Q1", [HO_TICH, CHUNG_THUC], total=written)
    assert table.total.received == 20
    wrong = replace(written, settled_on_time=7, pending_late=0)  # passes its own checks, not the rows' sums
    with pytest.raises(DossierCheckError) as raised:
        tracking.set_dossier_rows("2025-Q1", [HO_TICH, CHUNG_THUC], total=wrong)
    message = str(raised.value)
    assert total_label() in message and "(9)" in message and "(13)" in message and "Hộ tịch" not in message
    assert {p.rule for p in raised.value.problems} == {7, 9, 11, 13}
    broken = replace(written, received=21)
    with pytest.raises(DossierCheckError, match=r"\(3\) = \(4\) \+ \(5\) \+ \(6\)"):
        tracking.set_dossier_rows("2025-Q1", [HO_TICH, CHUNG_THUC], total=broken)
    assert tracking.dossier_table("2025-Q1").total.received == 20


def test_malformed_rows_are_refused(tracking: TrackingService, demo_plan_id: int) -> None:
    for rows in ([DossierRowInput("  ")], [HO_TICH, DossierRowInput("hộ  tịch")],
                 [DossierRowInput("Đất đai", received_online=-1)], [DossierRowInput("Đất đai", carried_over=1.5)]):
        with pytest.raises(DataError):
            tracking.set_dossier_rows("2025-Q1", rows)  # type: ignore[arg-type]
    with pytest.raises(DataError, match="2025-Q5"):
        tracking.set_dossier_rows("2025-Q5", [HO_TICH])


def test_the_dossier_table_with_its_total_row(tracking: TrackingService, demo_plan_id: int) -> None:
    tracking.set_dossier_rows("2025-Q1", [HO_TICH, CHUNG_THUC])
    table = tracking.dossier_table("2025-Q1")
    assert [(r.position, r.field, r.received) for r in table.rows] == [(1, "Hộ tịch", 10), (2, "Chứng thực", 10)]
    total = table.total
    assert (total.position, total.field) == (0, total_label())
    assert (total.received, total.received_online, total.settled, total.pending) == (20, 6, 18, 2)
    assert (table.on_time_rate, table.online_rate) == (90.0, 30.0)
    assert (table.period.start, table.period.end) == (D(2024, 12, 15), D(2025, 3, 14))
    assert tracking.dossier_table("2025-Q2").rows == () and tracking.dossier_table("2025-Q2").on_time_rate is None


# ---------------------------------------------------------------- indicators


def plan_with_on_time_indicators(services: Services, demo_plan_id: int) -> int:
    data = copy.deepcopy(services.plans.export_json(demo_plan_id))
    base = dict(data["indicators"][0], comparator=">=", target=95.0, unit="%", formula=None)
    data["indicators"] += [
        dict(base, label="11", name="Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn, trước hạn."),
        dict(base, label="12", name="Tỷ lệ giải quyết đúng quy định", formula="((8) + (9) + (12)) / (3)"),
        dict(base, label="13", name="Tỷ lệ hồ sơ giải quyết đúng hạn",
             formula="b/a, trong đó a là số hồ sơ đã giải quyết trong năm, b là số hồ sơ giải quyết đúng hạn"),
    ]
    return services.plans.create_from_json(data).id


def test_the_on_time_indicator_is_computed_from_a_quarters_dossier_figures(
        services: Services, tracking: TrackingService, demo_plan_id: int) -> None:
    plan_id = plan_with_on_time_indicators(services, demo_plan_id)
    rows = [HO_TICH, DossierRowInput("Chứng thực", received_in_person=10, settled_early=9, settled_on_time=1,
                                     received_online=0)]
    tracking.set_dossier_rows("2025-Q1", rows)  # on time: (2+5+9+1+1) / 20 = 90%; online 6 / 20 = 30%
    found = results(tracking, plan_id)
    named, by_formula, other_ratio = found["11"], found["12"], found["13"]
    assert (named.dossier_figure, named.value, named.numerator, named.denominator) == ("on_time", 90.0, 18, 20)
    assert (named.source, named.attainment) == ("dossiers", Attainment.NOT_MET)
    assert (named.year_to_date_value, named.year_to_date_attainment) == (90.0, Attainment.NOT_MET)  # Q1 is the YTD
    assert by_formula.dossier_figure == "on_time" and by_formula.value == 90.0
    assert other_ratio.dossier_figure is None and other_ratio.value is None  # b/a of settled: another ratio
    online = found["4"]  # "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ ...", at least 60%
    assert (online.dossier_figure, online.value, online.attainment) == ("online", 30.0, Attainment.NOT_MET)
    for label in ("1", "3", "9"):  # "công khai TTHC đúng hạn", "dịch vụ công trực tuyến", "phản ánh ... đúng hạn"
        assert found[label].dossier_figure is None and found[label].attainment is Attainment.NO_FIGURE
    better = list(rows)
    better[0] = DossierRowInput("Hộ tịch", received_online=6, received_in_person=3, carried_over=1, settled_early=3,
                                settled_on_time=5, pending_within=2)
    tracking.set_dossier_rows("2025-Q1", better)
    assert results(tracking, plan_id)["11"].attainment is Attainment.MET  # 20 / 20


def test_entered_figures_and_the_year_so_far(tracking: TrackingService, demo_plan_id: int) -> None:
    ids = indicator_ids(tracking, demo_plan_id)
    payment = ids["5"]  # online payment, at least 80%
    result = tracking.set_measurement(payment, "2025-M01", numerator=8, denominator=10)
    assert (result.value, result.attainment, result.source) == (80.0, Attainment.MET, "entered")
    tracking.set_measurement(payment, "2025-M02", numerator=7, denominator=10)
    tracking.set_measurement(payment, "2025-M03", numerator=9, denominator=20)
    march = tracking.set_measurement(payment, "2025-M03", numerator=10, denominator=20)  # entered again: replaced
    assert (march.value, march.attainment) == (50.0, Attainment.NOT_MET)
    assert march.year_to_date_value == 62.5 and march.year_to_date_attainment is Attainment.NOT_MET  # 25 / 40
    q1 = tracking.set_measurement(payment, "2025-Q1", numerator=33, denominator=40)  # a quarter figure wins
    assert (q1.value, q1.year_to_date_value, q1.year_to_date_attainment) == (82.5, 82.5, Attainment.MET)
    april = tracking.set_measurement(payment, "2025-M04", numerator=10, denominator=10)
    assert april.year_to_date_value == 86.0  # Q1 + April: 43 / 50
    satisfaction = tracking.set_measurement(ids["10"], "2025-Q1", value=92)  # a percentage entered as a value
    assert (satisfaction.value, satisfaction.attainment) == (92, Attainment.MET)
    assert results(tracking, demo_plan_id, "2025-M02")["10"].year_to_date_value is None
    cleared = tracking.set_measurement(ids["10"], "2025-Q1")
    assert cleared.value is None and cleared.attainment is Attainment.NO_FIGURE


@pytest.mark.parametrize(("key", "figures", "match"), [
    ("2025-Q1", {"numerator": 11, "denominator": 10}, "11"),
    ("2025-Q1", {"numerator": 1}, None),
    ("2025-Q1", {"numerator": 1, "denominator": 2, "value": 3}, None),
    ("2025-Q1", {"value": -1}, "-1"),
    ("2025-Q1", {"value": float("nan")}, None),
    ("2026-Q1", {"value": 1}, "2026-Q1"),  # not the plan's year
    ("2025-M3", {"value": 1}, "2025-M3"),
])
def test_impossible_figures_are_refused(tracking: TrackingService, demo_plan_id: int, key: str,
                                        figures: dict[str, float], match: str | None) -> None:
    indicator = indicator_ids(tracking, demo_plan_id)["5"]
    with pytest.raises(DataError, match=match):
        tracking.set_measurement(indicator, key, **figures)
    assert results(tracking, demo_plan_id)["5"].value is None


def test_unknown_indicators_and_plans(tracking: TrackingService, demo_plan_id: int) -> None:
    with pytest.raises(NotFoundError):
        tracking.set_measurement(999, "2025-Q1", value=1)
    with pytest.raises(NotFoundError):
        tracking.indicator_results(999, "2025-Q1")
    with pytest.raises(NotFoundError):
        tracking.tasks(999)


# ---------------------------------------------------------------- dashboard, search, periods


def test_the_dashboard_of_the_demo_plan_with_made_up_progress(tracking: TrackingService, clock: Clock,
                                                              demo_plan_id: int) -> None:
    tasks = by_label(tracking, demo_plan_id)
    clock.day = D(2025, 4, 20)
    tracking.record_progress(tasks["1"].task_id, TaskStatus.DONE, D(2025, 3, 25))  # done
    tracking.record_progress(tasks["2"].task_id, TaskStatus.DONE, D(2025, 4, 5))  # done late
    tracking.record_progress(tasks["3"].task_id, TaskStatus.DONE, D(2025, 3, 28))  # ongoing: in progress
    tracking.record_progress(tasks["19"].task_id, TaskStatus.IN_PROGRESS, D(2025, 4, 10))  # due 30/6
    tracking.record_progress(tasks["10"].task_id, TaskStatus.DONE, D(2025, 4, 15))  # "Theo kế hoạch": done
    tracking.set_dossier_rows("2025-Q1", [HO_TICH, CHUNG_THUC])
    tracking.set_measurement(indicator_ids(tracking, demo_plan_id)["10"], "2025-Q1", value=92)
    board = tracking.dashboard(demo_plan_id)
    assert board.today == D(2025, 4, 20) and board.period_key == "2025-Q1"
    # The 14 ongoing tasks ("Thường xuyên") are in progress, not overdue for a missing monthly note; the two
    # quarterly tasks whose first quarter passed without a report are.
    assert dict(board.counts) == {TaskStatus.DONE: 2, TaskStatus.DONE_LATE: 1, TaskStatus.IN_PROGRESS: 14,
                                  TaskStatus.OVERDUE: 2, TaskStatus.NOT_STARTED: 3}
    assert board.due_soon == ()  # ongoing tasks have no deadline; task 19 is due 30/6
    assert [t.label for t in tracking.dashboard(demo_plan_id, within_days=71).due_soon] == ["19"]
    assert sorted(t.label for t in board.overdue) == ["22", "8"] and all(t.days_left == -20 for t in board.overdue)
    ongoing = next(t for t in tracking.tasks(demo_plan_id) if t.label == "3")
    assert ongoing.ongoing and ongoing.missing == (D(2025, 3, 14),)  # M03 ended without a note
    assert dict(board.attainment_counts) == {Attainment.MET: 1, Attainment.NOT_MET: 1, Attainment.NO_FIGURE: 8,
                                             Attainment.NO_TARGET: 0}
    assert len(tracking.dashboard(demo_plan_id, within_days=5).due_soon) == 0
    clock.day = D(2025, 2, 1)
    assert tracking.dashboard(demo_plan_id).period_key == "2025-Q1"  # no quarter ended yet: the first


def test_search_without_diacritics(tracking: TrackingService, demo_plan_id: int) -> None:
    hits = tracking.search("kiem soat")
    assert hits and all(h.plan_id == demo_plan_id for h in hits)
    assert any("kiểm soát" in h.text for h in hits if h.kind == "task")
    assert [h.id for h in tracking.search("KIỂM SOÁT")] == [h.id for h in hits]
    assert {h.kind for h in tracking.search("truc tuyen dung han")} <= {"indicator", "task"}
    assert [h.label for h in tracking.search("phan anh dung han") if h.kind == "indicator"] == ["9"]
    assert [h.label for h in tracking.search("van phong thong ke quy i")] == ["1", "2"]  # unit and schedule
    assert [h.label for h in tracking.search("kiem so nam 2025")] == ["1"]  # words start words: "so" of "soát"
    assert tracking.search("iem soat") == []
    task_id = by_label(tracking, demo_plan_id)["1"].task_id
    tracking.record_progress(task_id, TaskStatus.DONE, D(2025, 3, 1), evidence=EvidenceInput("12/QĐ-UBND"))
    assert [(h.kind, h.task_id) for h in tracking.search("12/qd-ubnd")] == [("evidence", task_id)]
    assert tracking.search("   ") == [] and tracking.search("xyzzy") == []


def test_periods_follow_the_communes_cut_off(tracking: TrackingService, clock: Clock, demo_plan_id: int) -> None:
    q1 = tracking.period("2025-Q1")
    assert (q1.start, q1.end) == (D(2024, 12, 15), D(2025, 3, 14))
    clock.day = D(2025, 3, 15)
    due, on = tracking.next_report("quarter")
    assert (due.key, on) == ("2025-Q2", D(2025, 6, 14))
    with pytest.raises(DataError):
        tracking.period("Q1")


def test_the_default_store_is_beside_the_database(database: Database, db_path: Path, demo_plan_id: int,
                                                  tmp_path: Path) -> None:
    service = TrackingService(database.session_factory, today=lambda: D(2025, 3, 5))
    task_id = by_label(service, demo_plan_id)["1"].task_id
    proof = service.add_evidence(task_id, EvidenceInput("48/QĐ-UBND", D(2025, 3, 3)))
    (tmp_path / "qd.pdf").write_bytes(b"%PDF-1.7")
    attached = service.attach_file(proof.id, tmp_path / "qd.pdf")
    assert service.attachment_path(attached.id).parent.parent == db_path.resolve().parent / "attachments"
