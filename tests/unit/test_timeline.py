"""The timeline without a window: each task's bar from the one judgement (domain.timeline), the plan's groups, where a
day falls, and the timeline printed on landscape pages, read back with poppler."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.unit.documents_helpers import fonts, page_sizes, pages
from tthc_desktop.documents.sheets import Heading
from tthc_desktop.documents.timeline_pdf import TimelineRenderer, TimelineWords, render_timeline
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.status import Update, judge_task, task_schedule
from tthc_desktop.domain.timeline import GROUP, TASK, Bar, Row, Scale, fit, grouped, months, spans, task_bar
from tthc_desktop.services.registry import Services

D = date
ISSUED = D(2026, 3, 3)


def bar(text: str | None, at: date, updates: list[Update] | None = None, issued: date | None = ISSUED) -> Bar | None:
    schedule = task_schedule(text, 2026, issued)
    judged = judge_task(schedule, updates or [], at)
    return task_bar(2026, text, schedule.starts, judged.status, judged.days_left, judged.checkpoints)


# ---------------------------------------------------------------- a task's bar


def test_a_due_date_runs_from_the_plans_start_to_the_date() -> None:
    quarter = bar("Quý I", D(2026, 3, 20))
    assert quarter is not None
    assert (quarter.start, quarter.end) == (ISSUED, D(2026, 3, 31))
    assert [t.day for t in quarter.ticks] == [D(2026, 3, 31)] and not quarter.ongoing
    assert quarter.shade == "due_soon"  # 11 days left: within 14, the tracker's yellow
    late = bar("Quý I", D(2026, 4, 1))
    assert late is not None and late.shade == "overdue" and late.ticks[0].status is TaskStatus.OVERDUE


def test_without_an_issue_date_a_due_date_runs_from_the_first_of_january() -> None:
    due = bar("Trước ngày 20/02/2026", D(2026, 1, 5), issued=None)
    assert due is not None and (due.start, due.end) == (D(2026, 1, 1), D(2026, 2, 20))
    assert due.shade == "not_started"


def test_a_window_is_its_bar() -> None:
    window = bar("Từ tháng 4 đến tháng 8", D(2026, 5, 1), [Update(D(2026, 4, 10), TaskStatus.IN_PROGRESS)])
    assert window is not None and (window.start, window.end) == (D(2026, 4, 1), D(2026, 8, 31))
    assert window.shade == "in_progress"


def test_a_recurring_task_is_one_bar_with_a_tick_at_each_deadline_in_its_own_state() -> None:
    quarterly = bar("Hàng quý", D(2026, 7, 5), [Update(D(2026, 3, 28), TaskStatus.DONE)])
    assert quarterly is not None
    assert (quarterly.start, quarterly.end) == (ISSUED, D(2026, 12, 31))
    assert [(t.day, t.status) for t in quarterly.ticks] == [
        (D(2026, 3, 31), TaskStatus.DONE), (D(2026, 6, 30), TaskStatus.OVERDUE),
        (D(2026, 9, 30), TaskStatus.NOT_STARTED), (D(2026, 12, 31), TaskStatus.NOT_STARTED)]
    assert quarterly.shade == "overdue"


def test_an_ongoing_task_runs_to_the_years_end_with_its_reporting_months_as_thin_ticks() -> None:
    ongoing = bar("Thường xuyên", D(2026, 6, 1), [Update(D(2026, 4, 2), TaskStatus.IN_PROGRESS)])
    assert ongoing is not None and ongoing.ongoing
    assert (ongoing.start, ongoing.end) == (ISSUED, D(2026, 12, 31))
    assert ongoing.ticks and all(t.period for t in ongoing.ticks)
    assert any(t.status is TaskStatus.DONE for t in ongoing.ticks)  # the month with its progress
    assert ongoing.shade == "in_progress"  # never overdue for a missing month
    open_window = bar("Từ ngày 01/5/2026", D(2026, 6, 1))
    assert open_window is not None and (open_window.start, open_window.end) == (D(2026, 5, 1), D(2026, 12, 31))


def test_both_an_ongoing_part_and_a_report_make_one_bar_with_both_kinds_of_tick() -> None:
    both = bar("Thường xuyên; báo cáo hàng quý", D(2026, 5, 1))
    assert both is not None and both.ongoing and both.end == D(2026, 12, 31)
    assert {t.period for t in both.ticks} == {True, False}


def test_a_task_without_dates_has_no_bar() -> None:
    assert bar("Theo kế hoạch", D(2026, 5, 1)) is None
    assert bar(None, D(2026, 5, 1)) is None


def test_a_done_task_is_green_and_a_deadline_next_year_runs_off_the_edge() -> None:
    done = bar("Quý II", D(2026, 7, 1), [Update(D(2026, 6, 1), TaskStatus.DONE)])
    assert done is not None and done.shade == "done"
    beyond = bar("Trước 15/01 năm sau", D(2026, 5, 1))
    assert beyond is not None and beyond.end == D(2027, 1, 15)
    year = fit(D(2026, 1, 1), D(2026, 12, 31), 100, 365)
    span = year.span(beyond.start, beyond.end)
    assert span is not None and span[1] == year.right  # cut at the edge


# ---------------------------------------------------------------- groups and geometry


def task(label: str, task_id: int) -> Row:
    return Row(TASK, 0, label, f"Việc {label}", task_id)


def test_groups_are_written_once_above_the_tasks_that_follow_them() -> None:
    a = (("A", "Ban hành văn bản"),)
    b1 = (("B", "Thực hiện"), ("I", "Công bố"))
    b2 = (("B", "Thực hiện"), ("II", "Một cửa"))
    rows = grouped([(a, task("1", 1)), (a, task("2", 2)), (b1, task("3", 3)), (b2, task("4", 4)), ((), task("5", 5))])
    assert [(r.kind, r.depth, r.label) for r in rows] == [
        (GROUP, 0, "A"), (TASK, 1, "1"), (TASK, 1, "2"), (GROUP, 0, "B"), (GROUP, 1, "I"), (TASK, 2, "3"),
        (GROUP, 1, "II"), (TASK, 2, "4"), (TASK, 0, "5")]
    hidden = grouped([(b2, task("4", 4))])  # a filter that keeps one task keeps only its groups
    assert [r.label for r in hidden] == ["B", "II", "4"]


def test_the_scale_places_days_and_cuts_spans_at_its_edges() -> None:
    march = Scale(D(2026, 3, 1), D(2026, 3, 31), 50.0, 10.0)
    assert march.x(D(2026, 3, 1)) == 50.0 and march.right == 360.0
    assert march.span(D(2026, 2, 10), D(2026, 3, 2)) == (50.0, 70.0)
    assert march.span(D(2026, 4, 1), D(2026, 4, 5)) is None
    assert march.tick_x(D(2026, 3, 31)) == 355.0 and march.tick_x(D(2026, 4, 1)) is None
    assert march.day_at(59.9) == D(2026, 3, 1) and march.day_at(-5) == D(2026, 3, 1) and \
        march.day_at(10_000) == D(2026, 3, 31)


def test_pages_cut_the_year_by_the_zoom() -> None:
    assert spans(2026, "year") == [(D(2026, 1, 1), D(2026, 12, 31))]
    assert spans(2026, "quarter")[1] == (D(2026, 4, 1), D(2026, 6, 30)) and len(spans(2026, "quarter")) == 4
    assert spans(2028, "month")[1] == (D(2028, 2, 1), D(2028, 2, 29)) and len(spans(2028, "month")) == 12
    assert months(D(2026, 1, 20), D(2026, 3, 5)) == [(D(2026, 1, 20), D(2026, 1, 31)),
                                                    (D(2026, 2, 1), D(2026, 2, 28)), (D(2026, 3, 1), D(2026, 3, 5))]


# ---------------------------------------------------------------- printed


WORDS = TimelineWords(names="Nhiệm vụ", months=tuple(f"Tháng {m}" for m in range(1, 13)), quarter="Quý {number}/{year}",
                      legend={"overdue": "Quá hạn", "due_soon": "Sắp đến hạn", "done": "Hoàn thành",
                              "in_progress": "Đang thực hiện", "not_started": "Chưa thực hiện"},
                      no_dates="chưa có mốc thời gian: {schedule}", today="Hôm nay", check_point="Mốc kiểm tra")
HEADING = Heading("Tiến độ năm 2025 — Kế hoạch kiểm soát TTHC", ("Bộ lọc: không · In ngày 10/6/2025",),
                  "Trang {page}/{pages}")


@pytest.fixture
def seed_rows(services: Services, demo_plan_id: int) -> list[Row]:
    tasks = services.tracking.tasks(plan_id=demo_plan_id, at=D(2025, 6, 10))
    return grouped((tuple(zip(t.group_labels, t.group_titles, strict=True)),
                     Row(TASK, 0, t.label or "", t.content, t.task_id,
                         task_bar(t.plan_year, t.schedule_text, t.starts, t.status, t.days_left, t.checkpoints),
                         t.status, t.schedule_text or "")) for t in tasks)


def test_the_seed_plans_rows_carry_its_groups_and_bars(seed_rows: list[Row]) -> None:
    tasks = [r for r in seed_rows if r.kind == TASK]
    assert len(tasks) == 22 and seed_rows[0].kind == GROUP and seed_rows[0].label == "A"
    assert seed_rows[0].text.startswith("Ban hành văn bản")
    assert [r.label for r in tasks if r.bar is None] == ["10", "17", "20", "21"]  # on demand, none written
    assert next(r for r in tasks if r.label == "1").bar.start == D(2025, 3, 3)  # the decision's date


def test_the_year_on_a4_landscape_names_every_task_once_with_its_page_numbers(seed_rows: list[Row],
                                                                             tmp_path: Path) -> None:
    path = tmp_path / "tien-do.pdf"
    path.write_bytes(render_timeline(HEADING, seed_rows, 2025, D(2025, 6, 10), "year", "A4", words=WORDS))
    sizes = page_sizes(path)
    assert len(sizes) == 2 and all(abs(w - 841.89) < 1 and abs(h - 595.28) < 1 for w, h in sizes)  # A4 landscape
    text = pages(path)
    assert all(f"Trang {n}/2" in page for n, page in enumerate(text, start=1))
    assert all("Nhiệm vụ" in page and "Tháng 6" in page and "Quý II/2025" in page for page in text)
    assert "1. Xây dựng, ban hành" in text[0] and "22. " in text[1]
    assert "chưa có mốc thời gian: Theo kế hoạch" in "".join(text)
    assert all(f[-5] == "yes" for f in fonts(path))  # every font embedded (Vietnamese never falls back)


def test_a_quarter_a_page_on_a3_repeats_the_names_on_every_page(seed_rows: list[Row], tmp_path: Path) -> None:
    path = tmp_path / "tien-do-a3.pdf"
    renderer = TimelineRenderer(HEADING, seed_rows, 2025, D(2025, 6, 10), "quarter", "A3", words=WORDS)
    path.write_bytes(renderer.render())
    sizes = page_sizes(path)
    per_part = len(renderer.pages()) // 4
    assert len(sizes) == 4 * per_part and all(abs(w - 1190.55) < 1 and abs(h - 841.89) < 1 for w, h in sizes)
    text = pages(path)
    for name in ("1. Xây dựng, ban hành", "8. Thực hiện đánh giá", "A. Ban hành văn bản"):
        assert sum(name in page for page in text) == 4  # once in each quarter's pages
    assert "Quý III/2025" in text[2 * per_part] and "Tháng 7" in text[2 * per_part]


def test_a_group_row_is_never_the_last_of_a_page(seed_rows: list[Row]) -> None:
    long = seed_rows * 6  # 198 rows: several pages
    renderer = TimelineRenderer(HEADING, long, 2025, None, "year", "A4", words=WORDS)
    found = renderer.pages()
    assert len(found) > 3
    assert all(long[page.rows[-1]].kind == TASK for page in found)
    assert sorted(n for page in found for n in page.rows) == list(range(len(long)))  # each row once
