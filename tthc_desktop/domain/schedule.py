"""Task schedules: the deadline as written ("Quý I", "Thường xuyên", ...) read into dates of the plan's year."""

from __future__ import annotations

import calendar
import html
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

# Decisions where reporting.md is silent (the tests pin each one down):
# - A prefix never changes the date: "trước", "trong", "đến", "chậm nhất", "hoàn thành trước ngày" are read past, so
#   "Trước tháng 6" is due 30/6 like "Tháng 6". Only "từ" changes the kind (a window).
# - "Cuối năm" alone is due 31/12; beside a recurrence ("Định kỳ 06 tháng và cuối năm") it adds "year" to it.
#   "Năm 2025" / "Trong năm 2025" alone is due 31/12/2025; beside anything else it only qualifies it.
#   "6 tháng đầu năm" is due 30/6, "9 tháng đầu năm" 30/9, "6 tháng cuối năm" 31/12.
# - "Theo kế hoạch", "Theo quy định", "Theo chỉ đạo" say where the date comes from: on demand when alone, dropped
#   beside a date ("Quý II theo kế hoạch" is due 30/6). "Đột xuất", "Đợt xuất", "Khi có ...", "Theo yêu cầu",
#   "(Ngay) sau khi ..." are occasions of their own: on demand, kept beside a date. Either takes the clause's rest.
# - "Hằng ngày", "hằng tuần", "liên tục", "cả năm" are ongoing. "Quý I hằng năm" is due 31/3 (a yearly plan).
# - A clause with any word left unexplained ("Sau quý I", "Đầu quý II", "Quý V") is unknown as a whole; a
#   combination keeps its unknown parts so the clerk sees them. A line that means nothing alone is joined to its
#   neighbour when the two together mean something (a cell broken over a page: "Thường\nxuyên").
# - Several recurrences in one clause merge into one: "every" is the shortest period, "also" the others.
# - Clauses are split on line breaks, ";", ". " and bullet marks (a dash with spaces around it), except a dash
#   between two times, which is a range: "Tháng 4 - tháng 8" is the window 1/4-31/8. Notes in brackets are
#   dropped unread ("Hàng tháng (trước ngày 18)" has no day).

PERIODS = ("month", "quarter", "half_year", "year")
KINDS = ("due", "window", "ongoing", "recurring", "on_demand", "unknown", "parts")
UNKNOWN: dict[str, Any] = {"kind": "unknown"}

_D = "[0-9]"
_YEAR = rf"(?:\s*[/-]\s*|\s*,?\s*năm\s*)({_D}{{4}})"  # an explicit year after a quarter, month or worded date
_REFS = {  # a point or span of time; each is read by _ref
    "worded": rf"ngày\s*({_D}{{1,2}})\s*tháng\s*({_D}{{1,2}})(?!{_D})(?:{_YEAR})?",
    "quarter": rf"quý\s*(iv|iii|ii|i|[1-4])(?![\w])(?:{_YEAR})?",
    "month": rf"tháng\s*({_D}{{1,2}})(?!{_D})(?:{_YEAR})?",
    "date": rf"(?<!{_D})({_D}{{1,2}})[/.-]({_D}{{1,2}})(?!{_D})(?:[/.-]({_D}{{4}})|\s*năm\s*({_D}{{4}}))?(?!{_D})",
    "month_num": rf"(?<!{_D})({_D}{{1,2}})/({_D}{{4}})(?!{_D})",
}
_REF_RX = {name: re.compile(p) for name, p in _REFS.items()}
_REF = "(?:" + "|".join(_REFS.values()) + ")"
_QUARTER_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_PERIOD_WORDS = (  # first match wins, so counted forms come before the bare words
    ("half_year", r"(?:0?6|sáu)\s*tháng|nửa\s*năm|bán\s*niên"),
    ("quarter", r"(?:0?3|ba)\s*tháng|quý"),
    ("year", r"(?:12|mười\s*hai)\s*tháng|năm"),
    ("month", r"(?:0?1|một)\s*tháng|tháng"),
)
_PERIOD_CORE = "(?:" + "|".join(p for _, p in _PERIOD_WORDS) + ")"
_PERIOD = rf"(?<!{_D}){_PERIOD_CORE}(?![ \t]*(?:{_D}|(?:iv|iii|ii|i)\b))(?:\s*(?:/|một|1)\s*lần)?"
_LEAD = r"\b(?:định\s*kỳ|hằng|hàng|mỗi)\s*"
_BARE_COUNT = rf"(?<!{_D})(?=(?:0?[36]|12|ba|sáu)\s*tháng|(?:0?1|một)\s*tháng\s*(?:/|một|1)\s*lần)"
_RECUR = rf"(?:(?:{_LEAD})++|{_BARE_COUNT}){_PERIOD}(?:\s*(?:/|,|và|hoặc|&)\s*(?:{_LEAD})*{_PERIOD})*"

_FILLER = re.compile(
    r"\b(?:hoàn\s*thành|hoàn\s*thiện|thực\s*hiện|triển\s*khai|báo\s*cáo|chậm\s*nhất|muộn\s*nhất|trước|trong|vào|"
    r"từ|kể|trở\s*đi|đến|tới|hết|ngày|và|hoặc|cuối|thời\s*hạn|thời\s*gian|hạn|lần|mỗi|định\s*kỳ|năm|xong|là|của)\b"
)
_BULLET = r"[-–—•·+*]"
_SPLIT = re.compile(rf";|\.(?=\s|$)|(?:^|(?<=\s)){_BULLET}(?=\s|$)")
_RANGE_DASH = re.compile(rf"({_REF})\s*(?:\s-\s|[–—])\s*(?={_REF})")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _ref(text: str, year: int) -> tuple[date, date, bool] | None:
    """(first day, last day, year written?) of a point or span of time, or None when it is no real date."""
    for name, rx in _REF_RX.items():
        m = rx.fullmatch(text)
        if not m:
            continue
        try:
            if name == "quarter":
                q, y = _QUARTER_NUMBERS[m[1]], m[2]
                start, end = date(int(y or year), 3 * q - 2, 1), _month_end(int(y or year), 3 * q)
            elif name in ("month", "month_num"):
                y = m[2]
                start = date(int(y or year), int(m[1]), 1)
                end = _month_end(start.year, start.month)
            else:
                y = m[3] or (m[4] if name == "date" else None)
                start = end = date(int(y or year), int(m[2]), int(m[1]))
        except ValueError:
            return None
        return start, end, y is not None
    return None


def _due(day: date) -> dict[str, Any]:
    return {"kind": "due", "due": day.isoformat()}


def _single(m: re.Match[str], year: int) -> dict[str, Any]:
    found = _ref(m[0], year)
    return _due(found[1]) if found else UNKNOWN


def _window(m: re.Match[str], year: int) -> dict[str, Any]:
    a, b = _ref(m["a"], year), _ref(m["b"], year) if m["b"] else None
    if a is None or (m["b"] and b is None):
        return UNKNOWN
    if b is None:
        return {"kind": "window", "start": a[0].isoformat(), "end": None}
    if b[2] and not a[2]:  # "Từ tháng 4 đến tháng 8/2025": the written year is the start's year too
        a = _ref(m["a"], b[1].year)
        if a is not None and a[0] > b[1]:
            a = _ref(m["a"], b[1].year - 1)
    elif a[2] and not b[2]:
        b = _ref(m["b"], a[0].year)
        if b is not None and b[1] < a[0]:
            b = _ref(m["b"], a[0].year + 1)
    if a is None or b is None or b[1] < a[0]:
        return UNKNOWN
    return {"kind": "window", "start": a[0].isoformat(), "end": b[1].isoformat()}


def _part_of_year(m: re.Match[str], year: int) -> dict[str, Any]:
    months, edge, y = int(m[1].replace("sáu", "6").replace("chín", "9")), m[2], int(m[3] or year)
    if edge == "đầu":
        return _due(_month_end(y, months))
    return _due(date(y, 12, 31)) if months == 6 else UNKNOWN


def _recurring(m: re.Match[str], year: int) -> dict[str, Any]:
    found = {next(k for k, p in _PERIOD_WORDS if re.fullmatch(p, w[0])) for w in re.finditer(_PERIOD_CORE, m[0])}
    return {"kind": "_recur", "periods": found, "day": None}


def _month_day(m: re.Match[str], year: int) -> dict[str, Any]:
    day = int(m[1])
    return {"kind": "_recur", "periods": {"month"}, "day": day} if 1 <= day <= 31 else UNKNOWN


_Handler = Callable[[re.Match[str], int], dict[str, Any]]
_CLAUSE_RULES: list[tuple[re.Pattern[str], _Handler]] = [
    (re.compile(r"\b(?:đột\s*xuất|đợt\s*xuất|khi\s*(?:có\s*)?phát\s*sinh|phát\s*sinh|khi\s*có|khi\s*cần|"
                r"theo\s*(?:yêu\s*cầu|hướng\s*dẫn|đề\s*nghị)|(?:ngay\s*)?sau\s*khi)\b.*", re.S),
     lambda m, y: {"kind": "on_demand"}),
    (re.compile(r"\btheo\s*(?:kế\s*hoạch|quy\s*định|chỉ\s*đạo|lộ\s*trình|tiến\s*độ|thông\s*báo)\b.*", re.S),
     lambda m, y: {"kind": "_qualifier"}),
    (re.compile(r"\b(?:thường\s*xuyên|liên\s*tục|(?:cả|suốt|quanh)\s*năm(?:\s*[0-9]{4})?|(?:hằng|hàng)\s*(?:ngày|tuần))\b"),
     lambda m, y: {"kind": "ongoing"}),
    (re.compile(rf"(?<!{_D})(0?6|sáu|0?9|chín)\s*tháng\s*(đầu|cuối)\s*năm(?:\s*({_D}{{4}}))?"), _part_of_year),
    (re.compile(rf"(?:ngày\s*)?(?<!{_D})({_D}{{1,2}})\s*(?:của\s*)?(?:hằng|hàng|mỗi|các)\s*tháng\b"), _month_day),
    (re.compile(rf"(?:\btừ\s*)?(?:ngày\s*)?(?P<a>{_REF})\s*(?:đến|tới|[-–—])\s*(?:hết\s*)?(?:ngày\s*)?(?P<b>{_REF})"),
     _window),
    (re.compile(rf"\btừ\s*(?:ngày\s*)?(?P<a>{_REF})(?P<b>)"), _window),
    (re.compile(_RECUR), _recurring),
    (re.compile(rf"\bcuối\s*năm(?:\s*({_D}{{4}}))?"), lambda m, y: {"kind": "_year_end", "year": int(m[1] or y)}),
    (re.compile(_REF), _single),
    (re.compile(rf"(?:\btrong\s*)?\bnăm\s*({_D}{{4}})(?!{_D})|\btrong\s*năm\b"),
     lambda m, y: {"kind": "_year", "year": int(m[1] or y)}),
]


def _resolve(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The schedules of one clause, from what its rules found in order; markers (kind "_...") are settled here."""
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
        elif not f["kind"].startswith("_"):
            result.append(f)
    if not result:
        years = [f for f in found if f["kind"] == "_year"]
        if years:
            result.append(_due(date(years[0]["year"], 12, 31)))
        elif any(f["kind"] == "_qualifier" for f in found):
            result.append({"kind": "on_demand"})
    return result or [UNKNOWN]


def _parse_clause(clause: str, year: int) -> list[dict[str, Any]]:
    found: list[tuple[int, dict[str, Any]]] = []
    for rx, handler in _CLAUSE_RULES:
        def take(m: re.Match[str], handler: _Handler = handler) -> str:
            found.append((m.start(), handler(m, year)))
            return "|" * len(m[0])  # keeps positions; "|" is neither a word nor a space, so nothing spans it

        clause = rx.sub(take, clause)
    if re.search(r"\w", _FILLER.sub(" ", clause)):
        return [UNKNOWN]
    return _resolve([f for _, f in sorted(found, key=lambda pair: pair[0])])


def _parse_line(line: str, year: int) -> list[dict[str, Any]]:
    line = _RANGE_DASH.sub(r"\1 đến ", line)  # "tháng 4 - tháng 8" is a range, not two bullets
    result = []
    for piece in _SPLIT.split(line):
        piece = re.sub(r"\s+", " ", piece).strip(" -–—•·+*.,;:!?…")
        if piece:
            result.extend(_parse_clause(piece, year))
    return result


def _is_unknown(items: list[dict[str, Any]]) -> bool:
    return all(item == UNKNOWN for item in items)


def parse_schedule(text: str | None, year: int) -> dict[str, Any]:
    """The schedule a written deadline means in a plan of `year`, as JSON-ready data (see the module's tests)."""
    if not text or not text.strip():
        return dict(UNKNOWN)
    text = html.unescape(re.sub(r"<[^>]*>", "\n", unicodedata.normalize("NFC", text)))
    text = unicodedata.normalize("NFC", text.lower())
    text = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text)  # notes in brackets
    lines: list[tuple[str, list[dict[str, Any]]]] = []
    for line in text.splitlines():
        items = _parse_line(line, year)
        if not items:
            continue
        if lines and not re.match(rf"\s*{_BULLET}\s", line) and (_is_unknown(lines[-1][1]) or _is_unknown(items)):
            joined = lines[-1][0] + " " + line
            joined_items = _parse_line(joined, year)
            if not _is_unknown(joined_items):
                lines[-1] = (joined, joined_items)
                continue
        lines.append((line, items))
    parts: list[dict[str, Any]] = []
    for _, items in lines:
        parts.extend(item for item in items if item not in parts)
    if not parts:
        return dict(UNKNOWN)
    return dict(parts[0]) if len(parts) == 1 else {"kind": "parts", "parts": parts}


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
