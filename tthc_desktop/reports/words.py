"""The report's words for periods, task statuses and attainment (document template text, Vietnamese by law)."""

from __future__ import annotations

from datetime import date

from tthc_desktop.domain import periods, vnformat
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.tracking import Attainment

STATUS_WORDS = {
    TaskStatus.NOT_STARTED: "Chưa thực hiện",
    TaskStatus.IN_PROGRESS: "Đang thực hiện",
    TaskStatus.DONE: "Hoàn thành",
    TaskStatus.DONE_LATE: "Hoàn thành trễ hạn",
    TaskStatus.OVERDUE: "Quá hạn",
}
# How a sentence says it: "…: đã hoàn thành (Kế hoạch số …)."
STATUS_PHRASES = {
    TaskStatus.NOT_STARTED: "chưa thực hiện",
    TaskStatus.IN_PROGRESS: "đang thực hiện",
    TaskStatus.DONE: "đã hoàn thành",
    TaskStatus.DONE_LATE: "đã hoàn thành nhưng trễ hạn",
    TaskStatus.OVERDUE: "quá hạn, chưa hoàn thành",
}
ATTAINMENT_WORDS = {Attainment.MET: "Đạt", Attainment.NOT_MET: "Không đạt", Attainment.NO_FIGURE: "Chưa có số liệu",
                    Attainment.NO_TARGET: "Không có chỉ tiêu"}

COOPERATING = "Phối hợp"


def units_text(lead: list[str] | tuple[str, ...], cooperating: list[str] | tuple[str, ...]) -> str:
    """Who does a task, in one cell: the lead units first, one a line, then "Phối hợp: A, B"."""
    lines = [u for u in lead if u]
    helpers = [u.rstrip(".;,") for u in cooperating if u]
    if helpers:
        lines.append(f"{COOPERATING}: {', '.join(helpers)}")
    return "\n".join(lines)


_KIND_WORDS = {"half_year": "6 tháng đầu năm", "nine_months": "9 tháng đầu năm", "year": "năm"}


def month_word(month: int) -> str:
    """ "tháng 01", "tháng 3": months 1 and 2 take a leading zero, as in the date line."""
    return f"tháng {month:02d}" if month <= 2 else f"tháng {month}"


def period_label(key: str) -> str:
    """ "quý I năm 2026", "tháng 3 năm 2026", "6 tháng đầu năm 2026", "9 tháng đầu năm 2026", "năm 2026"."""
    year, kind, number = periods.parse_key(key)
    if kind == "month":
        return f"{month_word(number)} năm {year}"
    if kind == "quarter":
        return f"quý {vnformat.roman(number)} năm {year}"
    return f"{_KIND_WORDS[kind]} {year}"


def next_period_label(key: str) -> str:
    """What the "tasks for the next period" section is about: Q1 -> "quý II năm 2026", year -> "năm 2027",
    first 6 months -> "6 tháng cuối năm 2026", 9 months -> "quý IV năm 2026"."""
    year, kind, number = periods.parse_key(key)
    if kind == "month":
        return period_label(periods.key_of(year + number // 12, "month", number % 12 + 1))
    if kind == "quarter":
        return period_label(periods.key_of(year + number // 4, "quarter", number % 4 + 1))
    if kind == "half_year":
        return f"6 tháng cuối năm {year}"
    if kind == "nine_months":
        return period_label(periods.key_of(year, "quarter", 4))
    return f"năm {year + 1}"


def next_period_end_key(key: str) -> str:
    """The key whose period ends where the period after `key` ends: the next month or quarter; the year for
    the first 6 or 9 months (the rest of the year); next year for a year. The next period starts the day
    after `key` ends."""
    year, kind, number = periods.parse_key(key)
    if kind == "month":
        return periods.key_of(year + number // 12, "month", number % 12 + 1)
    if kind == "quarter":
        return periods.key_of(year + number // 4, "quarter", number % 4 + 1)
    if kind in ("half_year", "nine_months"):
        return periods.key_of(year, "year")
    return periods.key_of(year + 1, "year")


def report_reference(number_text: str, issued_on: date | None, subject: str) -> str:
    """How a letter names the report it carries: "Báo cáo số 05/BC-UBND ngày 03/10/2026 về tình hình, kết quả
    thực hiện công tác kiểm soát thủ tục hành chính quý III năm 2026" (a draft: "Báo cáo về …")."""
    number = f" số {number_text}" if number_text and not number_text.startswith("/") else ""
    day = f" ngày {vnformat.short_date(issued_on)}" if issued_on else ""
    about = subject.strip()
    if about and not about[:2].isupper():  # "Tình hình, …" continues the sentence; "UBND …" keeps its capitals
        about = about[0].lower() + about[1:]
    return f"Báo cáo{number}{day}" + (f" về {about}" if about else "")
