"""Task schedules: the deadline as written ("Quý I", "Thường xuyên", "chậm nhất ngày 20/02/2026", ...) read into
dates of the plan's year. The deadline may sit inside a longer text; the words around it are read past.

The rules themselves (which words mean which time) are in `schedule_rules.py`; this module splits a text into
lines and clauses, reads each, and settles what the clauses found together.
"""

from __future__ import annotations

import calendar
import html
import re
import unicodedata
from datetime import date
from typing import Any

from tthc_desktop.domain.schedule_rules import UNKNOWN, Clause, read_clause, rewrite

# Decisions where reporting.md is silent (the tests pin each one down):
# - A prefix never changes the date: "trước", "trong", "đến", "chậm nhất", "hoàn thành trước ngày" are read past, so
#   "Trước tháng 6" is due 30/6 like "Tháng 6". Only "từ" changes the kind (a window), and "từ" with an hour of
#   the day ("Từ 8 giờ 00 ngày 12 tháng 5") is an event on that day: due that day.
# - "Cuối năm" alone is due 31/12; beside a recurrence ("Định kỳ 06 tháng và cuối năm") it adds "year" to it.
#   "Năm 2025" / "Trong năm 2025" alone is due 31/12/2025; beside anything else it only qualifies it.
#   "6 tháng đầu năm" (or "nửa đầu năm") is due 30/6, "9 tháng đầu năm" 30/9, "6 tháng cuối năm" 31/12.
# - "năm sau", "năm liền kề", "năm tiếp theo" after a date, month or quarter is the plan's year + 1 ("Trước 15/01
#   năm sau" in a 2025 plan is due 15/01/2026). "Ngày 10 (của) tháng sau / tháng liền kề" is the 10th of every
#   month (a report due after each month); "ngày 15 tháng đầu quý sau" is every quarter.
# - "Theo kế hoạch", "Theo quy định", "Theo chỉ đạo" say where the date comes from: on demand when nothing else in
#   the text has a date, dropped beside one ("Quý II theo kế hoạch" is due 30/6; "Báo cáo theo quy định; định kỳ
#   hằng quý" is every quarter). "Đột xuất", "Đợt xuất", "Khi có ...", "Theo yêu cầu", "(Ngay) sau khi ..." are
#   occasions of their own: on demand, kept beside a date. Either takes the clause's rest up to a comma or a
#   time word.
# - "Hằng ngày", "hằng tuần", "liên tục", "cả năm" are ongoing. "Quý I hằng năm" is due 31/3 (a yearly plan).
# - Words around a deadline are read past ("Tổ chức kiểm tra từ tháng 4 đến hết tháng 10 năm 2026"), and so are
#   the numbers and dates of a cited document ("theo Kế hoạch số 140/KH-UBND ngày 14/10/2021"). But a clause is
#   unknown as a whole when a word changes the time in a way the rules do not explain ("Sau quý I", "Đầu quý
#   II"), or a number or numeral is left over that could be part of a time ("Quý I, II", "ngày 10").
# - A clause that names no time at all ("Xây dựng kế hoạch") is read past when another clause of its line has a
#   deadline; alone it is unknown. A bullet of its own that names no deadline is an unknown part, so the clerk
#   sees it. A line that means nothing alone is joined to its neighbour when the two together are exactly a
#   deadline (a cell broken over a page: "Thường\nxuyên").
# - Several recurrences in one clause merge into one: "every" is the shortest period, "also" the others.
# - Clauses are split on line breaks, ";", ". " and bullet marks (a dash with spaces around it), except a dash
#   between two times, which is a range: "Tháng 4 - tháng 8" is the window 1/4-31/8. Notes in brackets are
#   dropped unread ("Hàng tháng (trước ngày 18)" has no day).
# - Only the first MAX_TEXT characters are read: a deadline is written at the start of its cell, and a 40 KB cell
#   must not hold the window up.

PERIODS = ("month", "quarter", "half_year", "year")
KINDS = ("due", "window", "ongoing", "recurring", "on_demand", "unknown", "parts")
MAX_TEXT = 4_000
MAX_LINES = 60

_BULLET = r"[-–—•·+*]"
_BULLET_LINE = re.compile(rf"\s*{_BULLET}\s")
_SPLIT = re.compile(rf";|\.(?=\s|$)|(?:^|(?<=\s)){_BULLET}(?=\s|$)")
_BULLET_PIECE = re.compile(rf"(?:^|(?<=\s)){_BULLET}(?=\s|$)")


def _due(day: date) -> dict[str, Any]:
    return {"kind": "due", "due": day.isoformat()}


def _resolve(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The schedules of one clause, from what its rules found in order; markers (kind "_...") are settled here,
    except "_qualifier", which the whole text settles (see parse_schedule)."""
    if UNKNOWN in found:
        return [UNKNOWN]
    recurs = [f for f in found if f["kind"] == "_recur"]
    periods = set().union(*(f["periods"] for f in recurs))
    day = next((f["day"] for f in recurs if f["day"]), None)
    dated = any(f["kind"] in ("due", "window") for f in found)
    if dated and periods == {"year"} and day is None:  # "Quý I hằng năm": the plan is for one year
        periods = set()
    if periods and any(f["kind"] == "_year_end" for f in found):  # "Định kỳ 06 tháng và cuối năm"
        periods.add("year")
    result: list[dict[str, Any]] = []
    for f in found:
        if f["kind"] == "_year_end" and not periods:
            result.append(_due(date(f["year"], 12, 31)))
        elif f["kind"] == "_recur" and f is recurs[0] and periods:  # emitted where the first one was written
            ordered = [p for p in PERIODS if p in periods]
            result.append({"kind": "recurring", "every": ordered[0], "day": day, "also": ordered[1:]})
        elif f["kind"] == "_qualifier" or not f["kind"].startswith("_"):
            result.append(f)
    if not any(f["kind"] != "_qualifier" for f in result):
        years = [f for f in found if f["kind"] == "_year"]
        if years:
            result = [_due(date(years[0]["year"], 12, 31))]
    if len(result) > 1:
        result = [f for f in result if f["kind"] != "_qualifier"]  # "Quý II theo kế hoạch"
    return result or [UNKNOWN]


def _clause(piece: str, year: int, *, whole: bool) -> tuple[list[dict[str, Any]], Clause]:
    clause = read_clause(piece, year)
    if clause.unknown or (whole and clause.leftover):
        return [UNKNOWN], clause
    return _resolve(clause.found), clause


def _parse_line(line: str, year: int, *, whole: bool = False) -> list[dict[str, Any]]:
    """The schedules of one line. With `whole`, the line must be a deadline and nothing else."""
    line = rewrite(line, year)
    pieces = [p for p in (re.sub(r"\s+", " ", p).strip(" -–—•·+*.,;:!?…") for p in _SPLIT.split(line)) if p]
    bullets = len(_BULLET_PIECE.findall(line)) > 0 and len(pieces) > 1
    read = [_clause(piece, year, whole=whole) for piece in pieces]
    known = any(items != [UNKNOWN] for items, _ in read)
    result = []
    for items, clause in read:
        if items == [UNKNOWN] and known and not clause.timeish and not bullets and not whole:
            continue  # words around the deadline: "Báo cáo kết quả; hoàn thành trong quý II"
        result.extend(items)
    return result


def _is_unknown(items: list[dict[str, Any]]) -> bool:
    return all(item == UNKNOWN for item in items)


def _prose(line: str, year: int) -> bool:
    """A line that names no time at all (wrapped words of a longer text), not a bullet of its own."""
    if _BULLET_LINE.match(line):
        return False
    return not any(read_clause(p, year).timeish for p in _SPLIT.split(rewrite(line, year)) if p.strip())


def parse_schedule(text: str | None, year: int) -> dict[str, Any]:
    """The schedule a written deadline means in a plan of `year`, as JSON-ready data (see the module's tests)."""
    if not text or not text.strip():
        return dict(UNKNOWN)
    text = unicodedata.normalize("NFC", text[:MAX_TEXT])
    text = html.unescape(re.sub(r"<[^<>]{0,500}>", "\n", text))
    text = unicodedata.normalize("NFC", text.lower())
    text = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text)  # notes in brackets
    lines: list[tuple[str, list[dict[str, Any]]]] = []
    for line in text.splitlines()[:MAX_LINES]:
        items = _parse_line(line, year)
        if not items:
            continue
        if lines and not _BULLET_LINE.match(line) and (_is_unknown(lines[-1][1]) or _is_unknown(items)):
            joined = lines[-1][0] + " " + line
            joined_items = _parse_line(joined, year, whole=True)
            if not _is_unknown(joined_items):
                lines[-1] = (joined, joined_items)
                continue
        lines.append((line, items))
    if any(not _is_unknown(items) for _, items in lines):
        # Wrapped words around the deadline, a line of their own ("Xây dựng kế hoạch\nchậm nhất ngày 20/02").
        lines = [(line, items) for line, items in lines if not (_is_unknown(items) and _prose(line, year))]
    parts: list[dict[str, Any]] = []
    for _, items in lines:
        parts.extend(item for item in items if item not in parts)
    if any(p["kind"] not in ("_qualifier", "unknown") for p in parts):
        parts = [p for p in parts if p["kind"] != "_qualifier"]  # "Báo cáo theo quy định; định kỳ hằng quý"
    settled: list[dict[str, Any]] = []
    for part in parts:
        part = {"kind": "on_demand"} if part["kind"] == "_qualifier" else part
        if part not in settled:
            settled.append(part)
    if not settled:
        return dict(UNKNOWN)
    return dict(settled[0]) if len(settled) == 1 else {"kind": "parts", "parts": settled}


def reads_as_deadline(text: str | None, year: int) -> bool:
    """Is `text` a deadline and nothing else ("Quý I", "Trước ngày 15/3"), not words around one? For telling a
    deadline cell from other cells."""
    if not text or not text.strip():
        return False
    text = unicodedata.normalize("NFC", text[:MAX_TEXT].lower())
    lines = [line for line in text.splitlines()[:MAX_LINES] if line.strip()]
    return bool(lines) and not _is_unknown(_parse_line(" ".join(lines), year, whole=True))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _period_dates(period: str, year: int, day: int | None) -> list[date]:
    months = {"month": range(1, 13), "quarter": (3, 6, 9, 12), "half_year": (6, 12), "year": (12,)}[period]
    if period == "month" and day:
        return [date(year, m, min(day, calendar.monthrange(year, m)[1])) for m in months]
    return [_month_end(year, m) for m in months]


def occurrences(schedule: dict[str, Any], year: int) -> list[date]:
    """The check-points of a schedule in the plan's year, sorted and without duplicates.

    due: its date; window: its end, or, with no end, the last day of every month from the start to December;
    ongoing: the last day of every month; recurring: every period's dates, the month's on `day` when given;
    parts: the union; on demand and unknown: none.
    """
    kind = schedule.get("kind")
    days: list[date] = []
    if kind == "due":
        days = [date.fromisoformat(schedule["due"])]
    elif kind == "window":
        if schedule.get("end"):
            days = [date.fromisoformat(schedule["end"])]
        else:
            start = date.fromisoformat(schedule["start"])
            days = [d for d in _period_dates("month", year, None) if d >= start]
    elif kind == "ongoing":
        days = _period_dates("month", year, None)
    elif kind == "recurring":
        for period in [schedule["every"], *schedule.get("also", [])]:
            days += _period_dates(period, year, schedule.get("day"))
    elif kind == "parts":
        for part in schedule.get("parts", []):
            days += occurrences(part, year)
    return sorted(set(days))
