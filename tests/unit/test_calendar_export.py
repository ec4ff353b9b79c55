"""The year's deadlines as .ics, parsed back with the icalendar library: one event per deadline on its date, a
reminder before it, UIDs stable across exports, SEQUENCE raised only for what changed, cancelled when gone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.clock import Clock
from tests.unit.mail_helpers import MovingClock
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.errors import DataError, TthcError
from tthc_desktop.services.calendar_export import CalendarService
from tthc_desktop.services.registry import Services
from tthc_desktop.services.tracking import TrackingService

SUMMER = date(2025, 6, 20)


@pytest.fixture
def stamp() -> MovingClock:
    return MovingClock(datetime(2025, 6, 20, 1, 30, tzinfo=UTC))


@pytest.fixture
def calendar(services: Services, stamp: MovingClock) -> CalendarService:
    return CalendarService(services.database.session_factory, today=Clock(SUMMER), clock=stamp)


@pytest.fixture
def tracking(services: Services, tmp_path: Path) -> TrackingService:
    return TrackingService(services.database.session_factory, today=Clock(SUMMER), storage=tmp_path / "store")


def events(path: Path) -> dict[str, object]:
    parsed = Calendar.from_ical(path.read_bytes())
    return {str(event["UID"]): event for event in parsed.walk("VEVENT")}


def test_one_all_day_event_per_deadline_with_a_reminder(calendar: CalendarService, tracking: TrackingService,
                                                        demo_plan_id: int, tmp_path: Path) -> None:
    result = calendar.export(tmp_path / "lich.ics", plan_id=demo_plan_id)
    found = events(tmp_path / "lich.ics")
    deadlines = {(t.task_id, c.day) for t in tracking.tasks(demo_plan_id) for c in t.checkpoints if not c.period}
    assert len(found) == len(deadlines) == result.events == result.new == 12
    assert {(int(uid.split("-")[2]), event.decoded("DTSTART")) for uid, event in found.items()} == deadlines
    task_1 = next(t for t in tracking.tasks(demo_plan_id) if t.label == "1")
    [event] = [e for uid, e in found.items() if uid.startswith(f"tthc-{demo_plan_id}-{task_1.task_id}-")]
    assert event.decoded("DTSTART") == date(2025, 3, 31) and event.decoded("DTEND") == date(2025, 4, 1)
    assert str(event["SUMMARY"]) == ("[VP-TK] Hạn nhiệm vụ A.1: Xây dựng, ban hành các văn bản về kiểm soát TTHC "
                                     "năm 2025.")
    description = str(event["DESCRIPTION"])
    assert "Đơn vị chủ trì: Văn phòng - Thống kê" in description and "Thời gian thực hiện: Quý I" in description
    assert "(ban hành kèm theo Quyết định số 48/QĐ-UBND)" in description
    [alarm] = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -timedelta(days=3) + timedelta(hours=8)  # 08:00 three days before
    assert str(alarm["ACTION"]) == "DISPLAY" and str(event["STATUS"]) == "CONFIRMED"
    assert str(event["TRANSP"]) == "TRANSPARENT" and event.decoded("SEQUENCE") == 0
    quarterly = [e for e in found.values() if "B.II.8" in str(e["SUMMARY"])]
    assert sorted(e.decoded("DTSTART") for e in quarterly) == [date(2025, 3, 31), date(2025, 6, 30),
                                                                date(2025, 9, 30), date(2025, 12, 31)]
    assert all(str(e["SUMMARY"]).startswith("[Một cửa, VP-TK]") for e in quarterly)
    header = Calendar.from_ical((tmp_path / "lich.ics").read_bytes())
    assert str(header["VERSION"]) == "2.0" and str(header["METHOD"]) == "PUBLISH"


def test_exporting_again_keeps_the_uids_and_raises_the_sequence_only_of_what_changed(
        calendar: CalendarService, tracking: TrackingService, stamp: MovingClock, demo_plan_id: int,
        tmp_path: Path) -> None:
    calendar.export(tmp_path / "1.ics", plan_id=demo_plan_id)
    stamp.advance(days=1)
    again = calendar.export(tmp_path / "2.ics", plan_id=demo_plan_id)
    first, second = events(tmp_path / "1.ics"), events(tmp_path / "2.ics")
    assert set(first) == set(second) and (again.new, again.changed, again.cancelled) == (0, 0, 0)
    assert all(second[uid].decoded("SEQUENCE") == first[uid].decoded("SEQUENCE") == 0 for uid in first)
    assert all(second[uid].decoded("DTSTAMP") == first[uid].decoded("DTSTAMP") + timedelta(days=1) for uid in first)
    task_1 = next(t for t in tracking.tasks(demo_plan_id) if t.label == "1")
    tracking.record_progress(task_1.task_id, TaskStatus.DONE, date(2025, 3, 28))
    stamp.advance(days=1)
    third = calendar.export(tmp_path / "3.ics", plan_id=demo_plan_id)
    assert (third.new, third.changed, third.cancelled) == (0, 1, 0)
    found = events(tmp_path / "3.ics")
    changed = [uid for uid in found if found[uid].decoded("SEQUENCE") == 1]
    assert changed == [f"tthc-{demo_plan_id}-{task_1.task_id}-20250331-hanh-dung@tthc-desktop"]
    done = found[changed[0]]
    assert str(done["SUMMARY"]).startswith("(Đã hoàn thành) ") and done.walk("VALARM") == []
    assert "Đã hoàn thành ngày 28/3/2025." in str(done["DESCRIPTION"])
    assert done.decoded("LAST-MODIFIED") == stamp.now.replace(microsecond=0)
    assert done.decoded("CREATED") == first[changed[0]].decoded("DTSTAMP")


def test_a_deadline_that_moved_is_cancelled_and_its_new_date_added(services: Services, stamp: MovingClock,
                                                                   demo_plan_id: int, tmp_path: Path) -> None:
    draft = services.plans.copy_plan(demo_plan_id, 2025)  # drafts can still be edited
    calendar = CalendarService(services.database.session_factory, today=Clock(SUMMER), clock=stamp)
    calendar.export(tmp_path / "1.ics", plan_id=draft.id)
    tracking = TrackingService(services.database.session_factory, today=Clock(SUMMER))
    task_1 = next(t for t in tracking.tasks(draft.id) if t.label == "1")
    services.outline.update(task_1.task_id, schedule_text="Quý II")
    stamp.advance(hours=2)
    result = calendar.export(tmp_path / "2.ics", plan_id=draft.id)
    assert (result.new, result.changed, result.cancelled) == (1, 0, 1)
    found = events(tmp_path / "2.ics")
    old = found[f"tthc-{draft.id}-{task_1.task_id}-20250331-hanh-dung@tthc-desktop"]
    new = found[f"tthc-{draft.id}-{task_1.task_id}-20250630-hanh-dung@tthc-desktop"]
    assert str(old["STATUS"]) == "CANCELLED" and old.decoded("SEQUENCE") == 1 and old.walk("VALARM") == []
    assert str(new["STATUS"]) == "CONFIRMED" and new.decoded("SEQUENCE") == 0
    stamp.advance(hours=2)
    later = calendar.export(tmp_path / "3.ics", plan_id=draft.id)  # still cancelled, not cancelled again
    assert later.cancelled == 0 and events(tmp_path / "3.ics")[str(old["UID"])].decoded("SEQUENCE") == 1


def test_a_year_exports_every_plan_of_it_and_the_reminder_is_set(calendar: CalendarService, services: Services,
                                                                 demo_plan_id: int, tmp_path: Path) -> None:
    services.plans.copy_plan(demo_plan_id, 2025)
    result = calendar.export(tmp_path / "nam.ics", year=2025, alarm_days=7)
    found = events(tmp_path / "nam.ics")
    assert result.events == len(found) == 24 and len({uid.split("-")[1] for uid in found}) == 2
    alarms = [a.decoded("TRIGGER") for e in found.values() for a in e.walk("VALARM")]
    assert alarms and set(alarms) == {-timedelta(days=7) + timedelta(hours=8)}


def test_wrong_requests_are_refused_in_words_and_write_nothing(calendar: CalendarService, demo_plan_id: int,
                                                               tmp_path: Path) -> None:
    with pytest.raises(DataError, match="60"):
        calendar.export(tmp_path / "x.ics", plan_id=demo_plan_id, alarm_days=90)
    with pytest.raises(DataError, match="2031"):
        calendar.export(tmp_path / "x.ics", year=2031)
    assert not (tmp_path / "x.ics").exists()
    (tmp_path / "folder.ics").mkdir()  # a file that cannot be written: nothing is counted as exported
    with pytest.raises(TthcError, match="folder.ics"):
        calendar.export(tmp_path / "folder.ics", plan_id=demo_plan_id)
    assert calendar.export(tmp_path / "ok.ics", plan_id=demo_plan_id).new == 12
