"""One judgement of status and attainment: the tracker, the dashboard, the report and the workbook agree.

Issue 17 item 5: the report said "0 đạt, 0 chưa đạt, 8 chưa có số liệu" of 10 indicators and then listed the 2
with figures, while the dashboard said all 10 had none; ongoing tasks were overdue from 31 January; a past
year's plan counted days late against today.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.clock import Clock
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.tracking import Attainment
from tthc_desktop.reports import content
from tthc_desktop.reports.words import ATTAINMENT_WORDS, STATUS_WORDS
from tthc_desktop.services.registry import Services
from tthc_desktop.services.reports import ReportService
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import EvidenceInput
from tthc_desktop.services.tracking_export import export_tracker
from tthc_desktop.ui.tracker.tracker_model import TrackerModel

D = date
CUT_OFF = D(2025, 9, 14)  # the last day of the third quarter (cut-off on the 14th)


@pytest.fixture
def clock() -> Clock:
    return Clock(D(2025, 4, 1))


@pytest.fixture
def tracking(services: Services, clock: Clock, tmp_path: Path) -> TrackingService:
    return TrackingService(services.database.session_factory, today=clock, storage=tmp_path / "store")


def made_up_year(tracking: TrackingService, clock: Clock, plan_id: int) -> None:
    """Three quarters as a commune keeps them: some tasks done (one late), notes on ongoing tasks in some
    months only, and two indicators with a figure for the quarter alone (a % entered as a single value has no
    year-to-date figure): the data behind the contradiction."""
    clock.day = CUT_OFF
    tasks = {t.label: t for t in tracking.tasks(plan_id)}
    tracking.record_progress(tasks["1"].task_id, "done", D(2025, 3, 20),
                             evidence=EvidenceInput("12/KH-UBND", D(2025, 3, 20), "Kế hoạch rà soát"))
    tracking.record_progress(tasks["2"].task_id, "done", D(2025, 4, 10))  # Quý I: late
    for day in (D(2025, 4, 2), D(2025, 6, 3)):
        tracking.record_progress(tasks["3"].task_id, "in_progress", day)  # ongoing, some months only
    tracking.record_progress(tasks["19"].task_id, "done", D(2025, 6, 25))  # half-year report, on time
    by_label = {r.label: r for r in tracking.indicator_results(plan_id, "2025-Q3")}
    tracking.set_measurement(by_label["4"].indicator_id, "2025-Q3", value=72)  # target at least 60: met
    tracking.set_measurement(by_label["10"].indicator_id, "2025-Q3", value=85)  # target at least 90: not met


def test_the_tracker_dashboard_report_and_workbook_agree(services: Services, tracking: TrackingService, clock: Clock,
                                                         demo_plan_id: int, tmp_path: Path) -> None:
    made_up_year(tracking, clock, demo_plan_id)
    tasks = tracking.tasks(plan_id=demo_plan_id)
    model = TrackerModel()
    model.set_tasks(tasks)
    shown = {model.task(r).label: model.task(r).status for r in range(model.rowCount())}
    dashboard = tracking.dashboard(demo_plan_id, period_key="2025-Q3", tasks=tasks)
    reports = ReportService(services.database.session_factory, today=clock, tracking=tracking,
                            templates=tmp_path / "none")
    draft = reports.create_draft(demo_plan_id, "2025-Q3")
    figures = reports._printable(draft.report_id)[2]
    assert figures["at"] == CUT_OFF.isoformat()
    book = openpyxl.load_workbook(export_tracker(tracking, demo_plan_id, "2025-Q3", tmp_path / "t.xlsx",
                                                 today=clock))

    # Tasks: one status each, everywhere.
    reported = {t["label"]: TaskStatus(t["status"]) for t in figures["outline"] if t["kind"] == "task"}
    sheet = book["Nhiệm vụ"]
    printed = {sheet.cell(r, 1).value: sheet.cell(r, 5).value for r in range(5, sheet.max_row + 1)}  # header: row 4
    assert reported == shown
    assert printed == {label: STATUS_WORDS[status] for label, status in shown.items()}
    assert dict(dashboard.counts) == {s: Counter(shown.values())[s] for s in TaskStatus}
    assert shown["3"] is TaskStatus.IN_PROGRESS and shown["2"] is TaskStatus.DONE_LATE
    assert all(shown[t.label] is not TaskStatus.OVERDUE for t in tasks if t.schedule_kind == "ongoing")
    ongoing = next(t for t in figures["outline"] if t["kind"] == "task" and t["label"] == "3")
    assert ongoing["open_checkpoints"] == []  # its months are no deadlines: "next tasks" lists none for it
    overview = reports.report(draft.report_id).sections
    text = " ".join(s.text for s in overview)
    # The report's sentence (issue 14's wording, reports/sentences.py) counts the tracker's statuses.
    counted = Counter(shown.values())
    progress = re.search(r"trong tổng số (\d+) nhiệm vụ của Kế hoạch có (\d+) nhiệm vụ đã hoàn thành \(có (\d+) "
                         r"nhiệm vụ trễ hạn\), (\d+) nhiệm vụ đang thực hiện, (\d+) nhiệm vụ chưa thực hiện và (\d+) "
                         r"nhiệm vụ quá hạn chưa hoàn thành", text)
    assert progress is not None, text
    assert [int(n) for n in progress.groups()] == [
        len(shown), counted[TaskStatus.DONE] + counted[TaskStatus.DONE_LATE], counted[TaskStatus.DONE_LATE],
        counted[TaskStatus.IN_PROGRESS], counted[TaskStatus.NOT_STARTED], counted[TaskStatus.OVERDUE]]

    # Indicators: the standing (year to date, else the period's figure), everywhere.
    expected = {Attainment.MET: 1, Attainment.NOT_MET: 1, Attainment.NO_FIGURE: 8, Attainment.NO_TARGET: 0}
    assert dict(dashboard.attainment_counts) == expected
    from_report = Counter(content.indicator_standing(i).attainment for i in figures["indicators"])
    assert {a: from_report[a] for a in Attainment} == expected
    sheet = book["Chỉ tiêu"]
    assert sheet.cell(4, 9).value == "Đánh giá chung"
    verdicts = Counter(sheet.cell(r, 9).value for r in range(5, sheet.max_row + 1))
    assert verdicts == Counter({ATTAINMENT_WORDS[a]: n for a, n in expected.items() if n})
    # Both verdicts rest on the quarter's figure alone: the sentence does not call them cumulative ("lũy kế").
    sentence = re.search(r"Kế hoạch đặt (\d+) chỉ tiêu; đến hết kỳ báo cáo, (\d+) chỉ tiêu đạt, (\d+) chỉ tiêu "
                         r"chưa đạt và (\d+) chỉ tiêu chưa có số liệu", text)
    assert sentence is not None and sentence.groups() == ("10", "1", "1", "8")
    assert "- Chưa có số liệu: chỉ tiêu 1, 2, 3, 5, 6, 7, 8, 9." in text


def test_a_past_years_plan_shows_its_state_at_the_years_end(tracking: TrackingService, clock: Clock,
                                                            demo_plan_id: int) -> None:
    made_up_year(tracking, clock, demo_plan_id)
    clock.day = D(2026, 12, 4)  # the plan is of 2025
    tasks = {t.label: t for t in tracking.tasks(plan_id=demo_plan_id)}
    assert all(t.closed and t.days_left is None for t in tasks.values())
    assert tasks["5"].status is TaskStatus.IN_PROGRESS  # ongoing, never a note: not "late 613 days"
    assert tasks["8"].status is TaskStatus.OVERDUE  # "Hàng quý/năm" with no report: overdue at the year's end
    assert tasks["2"].status is TaskStatus.DONE_LATE
    assert tracking.dashboard(demo_plan_id).due_soon == ()
    model = TrackerModel()
    model.set_tasks(list(tasks.values()))
    days = [model.index(r, 6).data() for r in range(model.rowCount())]
    assert not any("late" in (d or "") or "trễ" in (d or "") for d in days)


def test_who_the_chair_is_is_one_rule() -> None:
    from dataclasses import dataclass

    from tthc_desktop.domain.signature import choose_signer, is_chair, issued_by_chair, issuer_words

    @dataclass
    class Person:
        name: str
        position: str
        may_sign: bool = True
        active_to: date | None = None

    assert is_chair("CHỦ TỊCH") and is_chair(" chủ  tịch ") and not is_chair("PHÓ CHỦ TỊCH")
    assert is_chair("CHU\u0309 TI\u0323CH")  # decomposed, as some keyboards type it
    vice, chair = Person("Lê Văn B", "PHÓ CHỦ TỊCH"), Person("Trần Văn A", "Chủ tịch")
    assert choose_signer([vice, chair]) is chair
    assert choose_signer([vice, Person("Cũ", "CHỦ TỊCH", active_to=D(2025, 6, 30))]) is vice  # retired
    assert choose_signer([Person("X", "CHỦ TỊCH", may_sign=False)]) is None
    assert issued_by_chair("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀNH DŨNG") and not issued_by_chair("ỦY BAN NHÂN DÂN")
    assert not issued_by_chair("KT. CHỦ TỊCH")
    assert issuer_words("Chủ tịch Ủy ban nhân dân xã", "UBND", "xã") == "Chủ tịch UBND xã"
    assert issuer_words(None, "UBND", "phường") == "UBND phường"
