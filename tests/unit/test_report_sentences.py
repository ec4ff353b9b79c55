"""Every sentence the report writes from counts, rendered with none, one, two and many, read as Vietnamese.

The expected sentences below were read and checked by a Vietnamese reader: a count stands before its noun ("22
nhiệm vụ"), one thing is "nhiệm vụ này", all alike are "cả 22 nhiệm vụ đều …", a mixture is listed "a, b và c",
and nothing is said of a state no task is in. "trong tổng số 22 nhiệm vụ có chưa thực hiện 22" is what the report
printed before, and is checked never to come back.
"""

from __future__ import annotations

from typing import Any

import pytest

from tthc_desktop.reports.content import _Writer
from tthc_desktop.reports.template import ReportTemplate, load_template

STATUS_WORDS = {"done": "đã hoàn thành", "done_late": "đã hoàn thành nhưng trễ hạn", "in_progress": "đang thực hiện",
                "not_started": "chưa thực hiện", "overdue": "quá hạn chưa hoàn thành"}
MANY = 22
OPENING = ("Công tác kiểm soát thủ tục hành chính được Ủy ban nhân dân xã Hành Dũng quan tâm chỉ đạo, triển khai "
           "theo Kế hoạch. ")


def task(n: int, status: str, kind: str = "due") -> dict[str, Any]:
    return {"kind": "task", "label": str(n), "text": f"Nhiệm vụ số {n}.", "depth": 1, "groups": ["Nhiệm vụ khác"],
            "lead_units": ["Văn phòng - Thống kê"], "cooperating_units": [], "schedule": "Quý II",
            "schedule_kind": kind, "status": status, "next_checkpoint": "2026-05-10",
            "open_checkpoints": [] if status.startswith("done") else ["2026-05-10"], "evidence": []}


def indicator(n: int, attainment: str, value: float | None = None, ytd: bool = True) -> dict[str, Any]:
    """An indicator whose figures give `attainment` against "tối thiểu 60%" (the report judges the figures by
    domain.tracking.standing, not the stored words): 90% met, 40% not met, no target, no figure. Without `ytd`
    the figure is the period's alone."""
    value = value if value is not None or attainment == "no_figure" else 40.0 if attainment == "not_met" else 90.0
    return {"group": None, "group_title": None, "label": str(n), "name": f"Chỉ tiêu số {n}", "unit": "%",
            "comparator": ">=", "target": None if attainment == "no_target" else 60.0, "value": value,
            "attainment": attainment, "ytd_value": value if ytd else None,
            "ytd_attainment": attainment if ytd else "no_figure"}


def figures(tasks: list[dict[str, Any]] = (), indicators: list[dict[str, Any]] = (),
            dossiers: list[int] | None = None) -> dict[str, Any]:
    total = dossiers or [0] * 11
    return {"outline": list(tasks), "indicators": list(indicators),
            "dossiers": {"rows": [{"field": "Hộ tịch", "counts": total}] if dossiers else [], "total": total,
                         "on_time_rate": None, "online_rate": None},
            "words": {"in_period": "Trong kỳ", "commune": "xã Hành Dũng", "period": "quý I năm 2026",
                      "next_period": "quý II năm 2026", "year": "2026", "level": "xã", "upstream": ""},
            "period": {"key": "2026-Q1", "kind": "quarter", "start": "2025-12-15", "end": "2026-03-14"},
            "next_period": {"start": "2026-03-15", "end": "2026-06-14"},
            "plan": {"id": 1, "year": 2026, "reference": "Kế hoạch số 05/KH-UBND"}, "at": "2026-03-14"}


@pytest.fixture(scope="module")
def template() -> ReportTemplate:
    return load_template("quarter")


def say(template: ReportTemplate, data: dict[str, Any], generator: str) -> list[str]:
    spec = next(s for s in template.sections if "other_tasks" in s.fill)
    return getattr(_Writer(template, data), generator)(spec)


@pytest.mark.parametrize("status", list(STATUS_WORDS))
@pytest.mark.parametrize("count", [0, 1, 2, MANY])
def test_the_overview_and_a_section_say_how_many_tasks_came_to_what(template: ReportTemplate, status: str,
                                                                     count: int) -> None:
    data = figures([task(n, status) for n in range(1, count + 1)])
    overview, section = say(template, data, "overview"), say(template, data, "other_tasks")
    words = STATUS_WORDS[status]
    rate = " (tỷ lệ hoàn thành 100%)" if status.startswith("done") else ""
    if count == 0:
        assert overview == [] and section == []  # the section's default text is printed instead
    elif count == 1:
        assert overview == [f"{OPENING}Kế hoạch có 1 nhiệm vụ; đến hết kỳ báo cáo, nhiệm vụ này {words}{rate}."]
        assert section[0] == "Trong kỳ, triển khai 1 nhiệm vụ theo Kế hoạch:"
    else:
        assert overview == [f"{OPENING}Đến hết kỳ báo cáo, cả {count} nhiệm vụ của Kế hoạch đều {words}{rate}."]
        assert section[0] == f"Trong kỳ, triển khai {count} nhiệm vụ theo Kế hoạch, cả {count} nhiệm vụ đều {words}:"
    assert section[1:] == [f"- Nhiệm vụ số {n}: {STATUS_WORDS[status].replace(' chưa', ', chưa')}."
                           if status == "overdue" else f"- Nhiệm vụ số {n}: {STATUS_WORDS[status]}."
                           for n in range(1, count + 1)]


def test_a_mixture_of_states_is_listed_with_its_counts(template: ReportTemplate) -> None:
    data = figures([task(n, s) for n, s in enumerate(STATUS_WORDS, start=1)])
    assert say(template, data, "overview") == [
        f"{OPENING}Đến hết kỳ báo cáo, trong tổng số 5 nhiệm vụ của Kế hoạch có 2 nhiệm vụ đã hoàn thành (có 1 nhiệm "
        "vụ trễ hạn), 1 nhiệm vụ đang thực hiện, 1 nhiệm vụ chưa thực hiện và 1 nhiệm vụ quá hạn chưa hoàn thành "
        "(tỷ lệ hoàn thành 40%)."]
    assert say(template, data, "other_tasks")[0] == (
        "Trong kỳ, triển khai 5 nhiệm vụ theo Kế hoạch, trong đó 2 nhiệm vụ đã hoàn thành (có 1 nhiệm vụ trễ hạn), "
        "1 nhiệm vụ đang thực hiện, 1 nhiệm vụ chưa thực hiện và 1 nhiệm vụ quá hạn chưa hoàn thành:")
    two = figures([task(1, "done"), task(2, "done"), task(3, "not_started")])
    assert say(template, two, "overview")[0].endswith(
        "trong tổng số 3 nhiệm vụ của Kế hoạch có 2 nhiệm vụ đã hoàn thành và 1 nhiệm vụ chưa thực hiện (tỷ lệ hoàn "
        "thành 66,7%).")
    assert say(template, figures([task(1, "done_late"), task(2, "done_late"), task(3, "in_progress")]),
               "overview")[0].endswith("có 2 nhiệm vụ đã hoàn thành nhưng trễ hạn và 1 nhiệm vụ đang thực hiện (tỷ lệ "
                                       "hoàn thành 66,7%).")


def test_what_went_wrong_is_counted_and_listed(template: ReportTemplate) -> None:
    for count in (1, 2, MANY):
        late = say(template, figures([task(n, "done_late") for n in range(1, count + 1)]), "difficulties")
        assert late[0] == f"Có {count} nhiệm vụ hoàn thành nhưng trễ hạn:" and len(late) == count + 1
        overdue = say(template, figures([task(n, "overdue") for n in range(1, count + 1)]), "difficulties")
        assert overdue[0] == f"Còn {count} nhiệm vụ quá hạn chưa hoàn thành:" and overdue[1] == "- Nhiệm vụ số 1."
        missed = say(template, figures([], [indicator(n, "not_met", 40.0) for n in range(1, count + 1)]),
                     "difficulties")
        assert missed[0] == f"Có {count} chỉ tiêu chưa đạt:"
        assert missed[1] == "- Chỉ tiêu số 1: lũy kế đạt 40%, chỉ tiêu tối thiểu 60%."
    assert say(template, figures([task(1, "done")]), "difficulties") == []


@pytest.mark.parametrize("count", [1, 2, MANY])
def test_tasks_of_the_next_period_and_those_that_run_all_year(template: ReportTemplate, count: int) -> None:
    ongoing = [task(n, "in_progress", "ongoing") for n in range(1, count + 1)]
    lines = say(template, figures(ongoing), "next_tasks")
    assert lines[0] == "Tiếp tục triển khai các nhiệm vụ theo Kế hoạch trong quý II năm 2026, trong đó tập trung:"
    expected = ("- Nhiệm vụ số 1 (thực hiện thường xuyên)." if count == 1
                else f"- Thực hiện thường xuyên, định kỳ {count} nhiệm vụ theo Kế hoạch.")
    assert lines[1:] == [expected]
    due = task(count + 1, "not_started")
    lines = say(template, figures([*ongoing, due]), "next_tasks")
    assert lines[1] == f"- Nhiệm vụ số {count + 1} (hạn 10/5/2026)."
    assert lines[2] == (expected if count == 1
                        else f"- Thực hiện thường xuyên, định kỳ {count} nhiệm vụ còn lại theo Kế hoạch.")
    assert say(template, figures([task(1, "done")]), "next_tasks") == []


@pytest.mark.parametrize(("attainment", "words"), [("met", "đạt"), ("not_met", "chưa đạt"),
                                                   ("no_target", "chưa có mức cần đạt để đánh giá")])
@pytest.mark.parametrize("count", [0, 1, 2, 10])
def test_the_indicators_are_summed_up_in_words(template: ReportTemplate, attainment: str, words: str,
                                               count: int) -> None:
    lines = say(template, figures([], [indicator(n, attainment) for n in range(1, count + 1)]), "indicators")
    see = " (chi tiết tại Phụ lục II kèm theo)"
    if count == 0:
        assert lines == []
        return
    state = f"chỉ tiêu này {words}" if count == 1 else f"cả {count} chỉ tiêu đều {words}"
    assert lines[0] == f"Kế hoạch đặt {count} chỉ tiêu; lũy kế đến hết kỳ báo cáo, {state}{see}."
    verdict = {"met": ": đạt chỉ tiêu", "not_met": ": chưa đạt chỉ tiêu", "no_target": ""}[attainment]
    target = " (chỉ tiêu tối thiểu 60%)" if verdict else ""
    reached = "40%" if attainment == "not_met" else "90%"
    assert lines[1] == f"- Chỉ tiêu số 1: kỳ này đạt {reached}, lũy kế năm đạt {reached}{target}{verdict}."


def test_indicators_without_figures_and_a_mixture(template: ReportTemplate) -> None:
    for count in (1, 2, 10):
        empty = [indicator(n, "no_figure", None) for n in range(1, count + 1)]
        lines = say(template, figures([], empty), "indicators")
        state = "chỉ tiêu này chưa có số liệu" if count == 1 else f"cả {count} chỉ tiêu đều chưa có số liệu"
        labels = ", ".join(str(n) for n in range(1, count + 1))
        assert lines == [f"Kế hoạch đặt {count} chỉ tiêu; lũy kế đến hết kỳ báo cáo, {state} (chi tiết tại Phụ lục "
                         "II kèm theo).", f"- Chưa có số liệu: chỉ tiêu {labels}."]
    mixed = [indicator(1, "met"), indicator(2, "not_met", 40.0), indicator(3, "no_figure", None)]
    assert say(template, figures([], mixed), "indicators")[0] == (
        "Kế hoạch đặt 3 chỉ tiêu; lũy kế đến hết kỳ báo cáo, 1 chỉ tiêu đạt, 1 chỉ tiêu chưa đạt và 1 chỉ tiêu chưa có "
        "số liệu (chi tiết tại Phụ lục II kèm theo).")


def test_a_verdict_on_the_periods_figure_alone_is_not_called_cumulative(template: ReportTemplate) -> None:
    """An indicator's standing rests on the period's figure when it has no year-to-date one (domain.tracking.
    standing, issue 17): the summary then says "đến hết kỳ báo cáo", not "lũy kế", and the verdict is the figure's."""
    mixed = [indicator(1, "met"), indicator(2, "not_met", 40.0, ytd=False), indicator(3, "no_figure", None)]
    lines = say(template, figures([], mixed), "indicators")
    assert lines[0] == (
        "Kế hoạch đặt 3 chỉ tiêu; đến hết kỳ báo cáo, 1 chỉ tiêu đạt, 1 chỉ tiêu chưa đạt và 1 chỉ tiêu chưa có số "
        "liệu (chi tiết tại Phụ lục II kèm theo).")
    assert lines[2] == "- Chỉ tiêu số 2: kỳ này đạt 40% (chỉ tiêu tối thiểu 60%): chưa đạt chỉ tiêu."
    missed = say(template, figures([], mixed), "difficulties")
    assert missed == ["Có 1 chỉ tiêu chưa đạt:", "- Chỉ tiêu số 2: kỳ này đạt 40%, chỉ tiêu tối thiểu 60%."]


@pytest.mark.parametrize(("counts", "expected"), [
    ([0] * 11, "Trong kỳ, không phát sinh hồ sơ thủ tục hành chính (chi tiết tại Phụ lục III kèm theo)."),
    ([1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0],
     "Trong kỳ, tổng số hồ sơ thủ tục hành chính tiếp nhận là 1 hồ sơ (trực tuyến 1; trực tiếp và qua dịch vụ bưu "
     "chính công ích 0; từ kỳ trước chuyển qua 0). Đã giải quyết 1 hồ sơ (trước hạn 0, đúng hạn 1, quá hạn 0); không "
     "còn hồ sơ đang giải quyết. Chi tiết tại Phụ lục III kèm theo."),
    ([2, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0],
     "Trong kỳ, tổng số hồ sơ thủ tục hành chính tiếp nhận là 2 hồ sơ (trực tuyến 1; trực tiếp và qua dịch vụ bưu "
     "chính công ích 1; từ kỳ trước chuyển qua 0). Đã giải quyết 1 hồ sơ (trước hạn 1, đúng hạn 0, quá hạn 0); đang "
     "giải quyết 1 hồ sơ (trong hạn 1, quá hạn 0). Chi tiết tại Phụ lục III kèm theo."),
    ([1740, 900, 800, 40, 1660, 250, 1380, 30, 80, 70, 10],
     "Trong kỳ, tổng số hồ sơ thủ tục hành chính tiếp nhận là 1.740 hồ sơ (trực tuyến 900; trực tiếp và qua dịch vụ "
     "bưu chính công ích 800; từ kỳ trước chuyển qua 40). Đã giải quyết 1.660 hồ sơ (trước hạn 250, đúng hạn 1.380, "
     "quá hạn 30); đang giải quyết 80 hồ sơ (trong hạn 70, quá hạn 10). Chi tiết tại Phụ lục III kèm theo."),
    ([3, 0, 0, 3, 0, 0, 0, 0, 3, 2, 1],
     "Trong kỳ, tổng số hồ sơ thủ tục hành chính tiếp nhận là 3 hồ sơ (trực tuyến 0; trực tiếp và qua dịch vụ bưu "
     "chính công ích 0; từ kỳ trước chuyển qua 3). Chưa có hồ sơ nào được giải quyết xong; đang giải quyết 3 hồ sơ "
     "(trong hạn 2, quá hạn 1). Chi tiết tại Phụ lục III kèm theo."),
])
def test_the_dossiers_are_told_for_none_one_two_and_many(template: ReportTemplate, counts: list[int],
                                                         expected: str) -> None:
    assert say(template, figures([], [], counts), "dossiers") == [expected]


def test_the_sentence_that_was_not_vietnamese_is_gone(template: ReportTemplate) -> None:
    data = figures([task(n, "not_started") for n in range(1, MANY + 1)])
    text = " ".join(say(template, data, "overview") + say(template, data, "other_tasks"))
    assert "có chưa thực hiện 22" not in text and "chưa thực hiện 22" not in text
