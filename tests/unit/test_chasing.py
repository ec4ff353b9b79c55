"""What each unit owes, on real database files: the commune's units, the one judgement, the unit's figures."""

from __future__ import annotations

from datetime import date

import pytest

from tests.clock import Clock
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.status import is_due_soon
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.services.chasing import ALL_UNITS, UNMATCHED, ChasingService
from tthc_desktop.services.chasing_dto import Dues, UnitDues
from tthc_desktop.services.registry import Services
from tthc_desktop.services.tracking import TrackingService

D = date
SUMMER = D(2025, 6, 20)  # the seed plan (issued 3/3/2025): Q1 deadlines passed, 30/6 ten days away


@pytest.fixture
def clock() -> Clock:
    return Clock(SUMMER)


@pytest.fixture
def chasing(services: Services, clock: Clock) -> ChasingService:
    return ChasingService(services.database.session_factory, today=clock)


@pytest.fixture
def tracking(services: Services, clock: Clock, tmp_path) -> TrackingService:  # noqa: ANN001
    return TrackingService(services.database.session_factory, today=clock, storage=tmp_path / "store")


def unit(dues: Dues, abbreviation: str | None) -> UnitDues:
    return next(u for u in dues.units if u.abbreviation == abbreviation and (abbreviation or u.unit_id is None))


def labels(owed: tuple) -> list[str]:  # type: ignore[type-arg]
    return [o.task.label for o in owed]


def task_id(tracking: TrackingService, plan_id: int, label: str) -> int:
    return next(t.task_id for t in tracking.tasks(plan_id) if t.label == label)


def test_each_unit_owes_the_tasks_it_leads_by_its_own_name(chasing: ChasingService, demo_plan_id: int) -> None:
    dues = chasing.dues(plan_id=demo_plan_id)
    office = unit(dues, "VP-TK")
    assert office.name == "Văn phòng - Thống kê"  # never a plan's spelling ("Văn phòng – Thống kê .")
    assert labels(office.late) == ["1", "2", "8", "22"]
    assert office.late[0].deadlines == (D(2025, 3, 31),) and office.late[0].days == 81
    assert labels(office.due) == ["19"] and office.due[0].deadlines == (D(2025, 6, 30),) and office.due[0].days == 10
    one_stop = unit(dues, "Một cửa")
    assert one_stop.name == "Bộ phận Tiếp nhận và Trả kết quả" and labels(one_stop.late) == ["8"]
    # Lead texts naming none of the commune's units ("Các công chức chuyên môn …") form one group, last.
    assert dues.units[-1].unit_id is None and dues.units[-1].email is None
    assert [u.name for u in dues.units[:-1]] == ["Văn phòng - Thống kê", "Văn hóa - Xã hội",
                                                 "Bộ phận Tiếp nhận và Trả kết quả", "Đài truyền thanh xã"]
    assert office.counts[TaskStatus.OVERDUE] == 4 and office.total == 10


def test_late_and_due_are_the_trackers_judgement(chasing: ChasingService, tracking: TrackingService,
                                                 demo_plan_id: int) -> None:
    """Every view tells the same truth: the units' lists together are the dashboard's overdue and due-soon lists,
    and each unit's figures are the dashboard's count of the tasks it leads."""
    for within in (0, 10, 14, 40):
        dues = chasing.dues(plan_id=demo_plan_id, within=within)
        dashboard = tracking.dashboard(demo_plan_id, within_days=within)
        late = {o.task.task_id for u in dues.units for o in u.late}
        due = {o.task.task_id for u in dues.units for o in u.due}
        assert late == {t.task_id for t in dashboard.overdue}
        assert due == {t.task_id for t in dashboard.due_soon}
        assert all(is_due_soon(o.task.status, o.task.days_left, within) for u in dues.units for o in u.due)
        tallies = {t.unit_id: dict(t.counts) for t in dashboard.by_unit}
        assert {u.unit_id: dict(u.counts) for u in dues.units} == tallies


def test_done_this_period_is_a_deadline_done_within_the_commune_s_month(chasing: ChasingService,
                                                                        tracking: TrackingService,
                                                                        demo_plan_id: int) -> None:
    tracking.record_progress(task_id(tracking, demo_plan_id, "2"), TaskStatus.DONE, D(2025, 6, 10))  # month M06
    tracking.record_progress(task_id(tracking, demo_plan_id, "1"), TaskStatus.DONE, D(2025, 6, 16))  # M07, late
    tracking.record_progress(task_id(tracking, demo_plan_id, "19"), TaskStatus.DONE, D(2025, 6, 19))  # on time
    dues = chasing.dues(plan_id=demo_plan_id)
    assert (dues.period.key, dues.period.start, dues.period.end) == ("2025-M07", D(2025, 6, 15), D(2025, 7, 14))
    office = unit(dues, "VP-TK")
    assert [(o.task.label, o.deadlines, o.done_on, o.late) for o in office.done] == [
        ("1", (D(2025, 3, 31),), D(2025, 6, 16), True), ("19", (D(2025, 6, 30),), D(2025, 6, 19), False)]
    assert labels(office.late) == ["8", "22"] and office.due == ()
    assert office.counts[TaskStatus.DONE_LATE] == 2 and office.counts[TaskStatus.OVERDUE] == 2
    year = unit(chasing.dues(plan_id=demo_plan_id, period_kind="year"), "VP-TK")
    assert labels(year.done) == ["2", "1", "19"]


def test_a_task_done_with_no_date_of_its_own_counts_when_its_done_falls_in_the_period(
        chasing: ChasingService, tracking: TrackingService, demo_plan_id: int) -> None:
    tracking.record_progress(task_id(tracking, demo_plan_id, "10"), TaskStatus.DONE, D(2025, 6, 18))  # "Theo kế hoạch"
    one_stop = unit(chasing.dues(plan_id=demo_plan_id), "Một cửa")
    assert [(o.task.label, o.deadlines, o.done_on) for o in one_stop.done] == [("10", (), D(2025, 6, 18))]


def test_ongoing_tasks_are_never_late_only_silent(chasing: ChasingService, tracking: TrackingService,
                                                  demo_plan_id: int) -> None:
    dues = chasing.dues(plan_id=demo_plan_id)
    one_stop = unit(dues, "Một cửa")
    assert "3" in labels(one_stop.silent) and "3" not in labels(one_stop.late)
    three = next(o for o in one_stop.silent if o.task.label == "3")
    assert three.deadlines == (D(2025, 3, 14), D(2025, 4, 14), D(2025, 5, 14), D(2025, 6, 14))  # months ended
    tracking.record_progress(task_id(tracking, demo_plan_id, "3"), TaskStatus.IN_PROGRESS, D(2025, 5, 2))
    three = next(o for o in unit(chasing.dues(plan_id=demo_plan_id), "Một cửa").silent if o.task.label == "3")
    assert three.deadlines == (D(2025, 3, 14), D(2025, 4, 14), D(2025, 6, 14))


def test_one_unit_or_the_unmatched_alone(chasing: ChasingService, demo_plan_id: int, services: Services) -> None:
    culture = next(u for u in services.organization.units() if u.abbreviation == "VH-XH")
    [only] = chasing.dues(plan_id=demo_plan_id, unit=culture.id).units
    assert only.name == "Văn hóa - Xã hội" and only.total == 1 and only.late == only.due == ()
    assert labels(only.silent) == ["18"]  # ongoing: asked for its progress, never late
    justice = next(u for u in services.organization.units() if u.abbreviation == "TP-HT")
    [idle] = chasing.dues(plan_id=demo_plan_id, unit=justice.id).units  # leads nothing: shown, empty
    assert idle.total == 0 and idle.late == idle.due == idle.done == ()
    assert all(u.unit_id != justice.id for u in chasing.dues(plan_id=demo_plan_id, unit=ALL_UNITS).units)
    [unmatched] = chasing.dues(plan_id=demo_plan_id, unit=UNMATCHED).units
    assert unmatched.unit_id is None and labels(unmatched.silent) == ["4", "5", "14"]
    with pytest.raises(NotFoundError):
        chasing.dues(plan_id=demo_plan_id, unit=999)


def test_a_clerk_s_match_moves_a_task_to_its_unit(chasing: ChasingService, demo_plan_id: int,
                                                  services: Services) -> None:
    office = next(u for u in services.organization.units() if u.abbreviation == "VP-TK")
    services.organization.match_unit("Các công chức chuyên môn thuộc UBND xã", office.id)
    dues = chasing.dues(plan_id=demo_plan_id)
    assert "22" in labels(unit(dues, "VP-TK").late)  # led by both texts: still once
    assert labels(unit(dues, "VP-TK").late).count("22") == 1


def test_units_are_found_by_name_abbreviation_or_spelling(chasing: ChasingService, demo_plan_id: int) -> None:
    assert chasing.find_unit("VP-TK").name == "Văn phòng - Thống kê"
    assert chasing.find_unit("Văn phòng – Thống kê .").name == "Văn phòng - Thống kê"
    assert chasing.find_unit("một cửa").name == "Bộ phận Tiếp nhận và Trả kết quả"
    with pytest.raises(DataError, match="Văn phòng - Thống kê; Văn hóa - Xã hội"):
        chasing.find_unit("Phòng Kinh tế")


def test_a_past_year_is_judged_at_its_end(chasing: ChasingService, demo_plan_id: int) -> None:
    dues = chasing.dues(plan_id=demo_plan_id, at=D(2026, 2, 1))
    assert dues.closed and dues.year == 2025
    office = unit(dues, "VP-TK")
    assert all(o.days is None for o in office.late)  # no "613 days late" against today
    assert next(o for o in office.late if o.task.label == "8").deadlines == (
        D(2025, 3, 31), D(2025, 6, 30), D(2025, 9, 30), D(2025, 12, 31))
    assert office.due == ()


def test_all_plans_of_a_year(chasing: ChasingService, demo_plan_id: int, services: Services) -> None:
    copy = services.plans.copy_plan(demo_plan_id, 2025)  # a second plan of the same year (a draft)
    dues = chasing.dues(year=2025)
    assert set(dues.plan_ids) == {demo_plan_id, copy.id}
    assert len(unit(dues, "VP-TK").late) >= len(unit(chasing.dues(plan_id=demo_plan_id), "VP-TK").late)


@pytest.mark.parametrize("within", [-1, 400, True])
def test_a_wrong_number_of_days_is_refused_in_words(chasing: ChasingService, demo_plan_id: int, within) -> None:  # noqa: ANN001
    with pytest.raises(DataError, match="0"):
        chasing.dues(plan_id=demo_plan_id, within=within)
