"""The words of a deadline: which phrase means which time, and what one clause of a deadline text found.

Every pattern here is linear (no nested repetition over the same characters), so a long cell costs its length.
See schedule.py for the decisions these rules implement.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

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
_NEXT = r"(?:sau|liền\s*kề|kế\s*tiếp|tiếp\s*theo)"

_FILLER = re.compile(
    r"\b(?:hoàn\s*thành|hoàn\s*thiện|thực\s*hiện|triển\s*khai|báo\s*cáo|chậm\s*nhất|muộn\s*nhất|trước|trong|vào|"
    r"từ|kể|trở\s*đi|đến|tới|hết|ngày|và|hoặc|cuối|thời\s*hạn|thời\s*gian|hạn|lần|mỗi|định\s*kỳ|năm|xong|là|của|"
    r"lúc|dự\s*kiến)\b"
)
# A cited document's number and date are not a deadline: "Kế hoạch số 140/KH-UBND ngày 14/10/2021".
_CITED = re.compile(
    rf"(?<![\w/])\d{{1,5}}(?:/\d{{4}})?/[a-zđ]{{1,8}}(?:-[a-zđ0-9]{{1,12}}){{1,3}}"
    rf"(?:\s*,?\s*ngày\s*{_D}{{1,2}}\s*(?:[/.-]|tháng)\s*{_D}{{1,2}}\s*(?:[/.-]|năm)\s*{_D}{{4}})?"
)
_HOUR = re.compile(rf"(?<![\w/]){_D}{{1,2}}\s*(?:giờ|h)\s*(?:{_D}{{2}}(?:\s*phút)?)?(?![\w/])|"
                   rf"(?<!{_D}){_D}{{1,2}}:{_D}{{2}}(?:\s*(?:sáng|chiều|tối))?")
_RANGE_DASH = re.compile(rf"({_REF})\s*(?:\s-\s|[–—])\s*(?={_REF})")
_NEXT_YEAR = re.compile(rf"(?:\s*của)?\s*\bnăm\s*{_NEXT}\b")
# "Đợt 1: tháng 5", "lần 2": an ordinal, not a time; "chậm nhất 10 ngày (làm việc)": a delay with no date.
_ORDINAL = re.compile(rf"\b(?:đợt|lần|giai\s*đoạn|bước)\s*{_D}{{1,2}}(?!{_D})\s*:?")
_DELAY = re.compile(rf"(?<![\w/]){_D}{{1,3}}\s*ngày(?:\s*làm\s*việc)?(?!\s*{_D})")
_HALF = re.compile(r"\bnửa\s*(đầu|cuối)\s*năm\b")
# Words that change the time beside them in a way no rule explains: "Sau quý I", "Đầu quý II".
_MODIFIER = re.compile(r"\b(?:sau|(?<!bắt )đầu|giữa|khoảng|ngoài|gần)\s*\|")
_TIME_WORDS = re.compile(r"\b(?:quý|tháng|ngày|tuần|giờ|xuyên|kỳ|hằng|đột|đợt)\b")
_ROMAN_TOKEN = re.compile(r"(?<![\w/])(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})(?!\w)")
_LONE_NUMBER = re.compile(rf"(?<![\w/.,%]){_D}+(?![\w%/])(?!\s*[^\W\d_])")


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


def _quarter_day(m: re.Match[str], year: int) -> dict[str, Any]:
    return {"kind": "_recur", "periods": {"quarter"}, "day": None} if 1 <= int(m[1]) <= 31 else UNKNOWN


# The rest of a clause after an occasion, up to a comma or the next time word.
_REST = r"[^,;]*?(?=,|;|$|\s(?:trong|trước|chậm|muộn|hạn|hoàn\s*thành|quý|tháng|ngày|từ|định\s*kỳ|hằng|hàng)\b)"

_Handler = Callable[[re.Match[str], int], dict[str, Any]]
_CLAUSE_RULES: list[tuple[re.Pattern[str], _Handler]] = [
    (re.compile(r"\b(?:đột\s*xuất|đợt\s*xuất|khi\s*(?:có\s*)?phát\s*sinh|phát\s*sinh|khi\s*có|khi\s*cần|"
                r"theo\s*(?:yêu\s*cầu|hướng\s*dẫn|đề\s*nghị)|(?:ngay\s*)?sau\s*khi|"
                r"kể\s*từ\s*(?:ngày|khi)\s*(?:nhận|có|được|ban\s*hành))\b" + _REST, re.S),
     lambda m, y: {"kind": "on_demand"}),
    (re.compile(r"\btheo\s*(?:kế\s*hoạch|quy\s*định|chỉ\s*đạo|lộ\s*trình|tiến\s*độ|thông\s*báo)\b" + _REST, re.S),
     lambda m, y: {"kind": "_qualifier"}),
    (re.compile(r"\b(?:thường\s*xuyên|liên\s*tục|(?:cả|suốt|quanh)\s*năm(?:\s*[0-9]{4})?|(?:hằng|hàng)\s*(?:ngày|tuần))\b"),
     lambda m, y: {"kind": "ongoing"}),
    (re.compile(rf"(?<!{_D})(0?6|sáu|0?9|chín)\s*tháng\s*(đầu|cuối)\s*năm(?:\s*({_D}{{4}}))?"), _part_of_year),
    (re.compile(rf"(?:ngày\s*)?(?<!{_D})({_D}{{1,2}})\s*(?:của\s*)?(?:hằng|hàng|mỗi|các)\s*tháng\b"), _month_day),
    (re.compile(rf"(?:ngày\s*)?(?<![0-9/])({_D}{{1,2}})\s*(?:của\s*)?tháng\s*{_NEXT}\b"), _month_day),
    (re.compile(rf"ngày\s*({_D}{{1,2}})\s*(?:của\s*)?(?:tháng\s*(?:đầu|cuối)\s*(?:của\s*)?"
                rf"(?:(?:hằng|hàng|mỗi|các)\s*)?quý(?:\s*{_NEXT})?|(?:hằng|hàng|mỗi|các)\s*quý|quý\s*{_NEXT})\b"),
     _quarter_day),
    (re.compile(rf"(?:\btừ\s*)?(?:ngày\s*)?(?P<a>{_REF})\s*(?:đến|tới|[-–—])\s*(?:hết\s*)?(?:ngày\s*)?(?P<b>{_REF})"),
     _window),
    (re.compile(rf"\btừ\s*(?:ngày\s*)?(?P<a>{_REF})(?P<b>)"), _window),
    (re.compile(_RECUR), _recurring),
    (re.compile(rf"\bcuối\s*năm(?:\s*({_D}{{4}}))?"), lambda m, y: {"kind": "_year_end", "year": int(m[1] or y)}),
    (re.compile(_REF), _single),
    (re.compile(rf"(?:\btrong\s*)?\bnăm\s*({_D}{{4}})(?!{_D})|\btrong\s*năm\b"),
     lambda m, y: {"kind": "_year", "year": int(m[1] or y)}),
]


def rewrite(line: str, year: int) -> str:
    """A line in the words the rules read: a range dash as "đến", cited documents gone, "năm sau" as a year."""
    line = _CITED.sub(" ", line)
    line = _DELAY.sub(" ", _ORDINAL.sub(" ", line))
    line = _RANGE_DASH.sub(r"\1 đến ", line)  # "tháng 4 - tháng 8" is a range, not two bullets
    line = _HALF.sub(lambda m: "6 tháng " + m[1] + " năm", line)
    return _NEXT_YEAR.sub(f" năm {year + 1}", line)


@dataclass
class Clause:
    """What one clause of a deadline text holds."""

    found: list[dict[str, Any]] = field(default_factory=list)  # in written order; kinds "_..." are markers
    unknown: bool = False  # a time is written that the rules cannot read
    leftover: bool = False  # words other than deadline words remain
    timeish: bool = False  # names a time at all (found something, or time words and numbers)


def read_clause(clause: str, year: int) -> Clause:
    text = clause
    hours = _HOUR.search(text) is not None
    if hours:
        text = _HOUR.sub(" ", text)
    found: list[tuple[int, dict[str, Any]]] = []
    for rx, handler in _CLAUSE_RULES:
        def take(m: re.Match[str], handler: _Handler = handler) -> str:
            found.append((m.start(), handler(m, year)))
            return "|" * len(m[0])  # keeps positions; "|" is neither a word nor a space, so nothing spans it

        text = rx.sub(take, text)
    items = [f for _, f in sorted(found, key=lambda pair: pair[0])]
    if hours:  # "Từ 8 giờ 00 ngày 12 tháng 5": an event on that day
        items = [{"kind": "due", "due": f["start"]} if f["kind"] == "window" and f["end"] is None else f
                 for f in items]
    rest = _FILLER.sub(" ", text.replace("|", " "))
    suspicious = _ROMAN_TOKEN.search(rest) is not None or _LONE_NUMBER.search(rest) is not None
    unknown = bool(items) and (UNKNOWN in items or suspicious or _MODIFIER.search(text) is not None)
    return Clause(
        found=items, unknown=unknown, leftover=re.search(r"\w", rest) is not None,
        timeish=bool(items) or suspicious or _TIME_WORDS.search(clause) is not None,
    )
