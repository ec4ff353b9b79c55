"""Which kind of table a table is, from its header's words, its title and its first rows.

Kinds: tasks (the plan's work), indicators with targets, a schedule of inspections or events, and other (a data
table the plan has no place for: a list of procedures, a budget). Three kinds of evidence add up:
- the header's words (`headers.header_scores`): which kind's columns they name, and that kind's strong words
  ("Đơn vị tính", "Chỉ tiêu", "Căn cứ" for indicators; "Nhiệm vụ", "Kết quả/Sản phẩm" for tasks; "Đơn vị được
  kiểm tra", "Địa điểm", "Thành phần" for events);
- the title above the table (an appendix title, or the heading just before it): "chỉ tiêu", "lịch kiểm tra",
  "nhiệm vụ";
- the cells: targets that are figures ("Tối thiểu 60", "100%") in the column an indicator table would read as
  the target; deadlines in the column a task or event table would read as the schedule, dates more than
  periods for events.
A verdict is doubtful when the best kind scores low or the runner-up is close: the preview asks the clerk.
The clerk's own choice (an override, by table number) always wins and is never doubtful.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tthc_desktop.domain.schedule import parse_schedule, reads_as_deadline
from tthc_desktop.importers.headers import EVENTS, INDICATORS, KINDS, OTHER, TASKS, Layout, words
from tthc_desktop.importers.numbers import read_target

_TITLE_WORDS = [
    (INDICATORS, re.compile(r"\bchi tieu\b"), 3.0),
    (EVENTS, re.compile(r"\blich\b|\bke hoach kiem tra\b|\bdanh sach (?:cac )?(?:don vi|co quan) (?:duoc )?kiem tra\b|"
                        r"\bhoi nghi\b|\bsu kien\b"), 3.0),
    (TASKS, re.compile(r"\bnhiem vu\b|\bcong viec\b|\bgiai phap\b|\bnoi dung (?:thuc hien|trien khai)\b"), 2.0),
]
_DAY = re.compile(r"(?<!\d)\d{1,2}\s*(?:/|-|\.|tháng)\s*\d{1,2}(?!\d)|ngày\s*\d", re.I)
_SAMPLE = 12  # data rows looked at
CLEAR_SCORE = 5.0  # below this the best kind is a guess
CLEAR_MARGIN = 2.0  # a runner-up closer than this makes the choice doubtful


@dataclass(frozen=True)
class Verdict:
    kind: str  # TASKS, INDICATORS, EVENTS or OTHER
    doubtful: bool
    by_clerk: bool = False
    scores: dict[str, float] = field(default_factory=dict)


def _data_evidence(kind: str, layout: Layout | None, rows: list[list[str]]) -> float:
    """Points for a kind from the table's first data rows, read through that kind's columns."""
    if layout is None:
        return 0.0
    sample = [r for r in rows if any(c.strip() for c in r)][:_SAMPLE]
    if not sample:
        return 0.0
    if kind == INDICATORS:
        index = layout.index("target")
        if index is None:
            return 0.0
        cells = [r[index] for r in sample if index < len(r) and r[index].strip()]
        figures = sum(1 for c in cells if read_target(c).value is not None)
        return 3.0 * figures / len(sample)
    index = layout.index("schedule")
    if index is None:
        return 0.0
    cells = [r[index] for r in sample if index < len(r) and r[index].strip()]
    deadlines = [c for c in cells if reads_as_deadline(c[:300], 2000)]
    points = 2.0 * len(deadlines) / len(sample)
    if kind == EVENTS and deadlines:  # an event has its day: "ngày 12/5", "12/5/2026"
        dated = sum(1 for c in deadlines if _DAY.search(c) and parse_schedule(c[:300], 2000)["kind"] in (
            "due", "window"))
        points += 1.0 * dated / len(sample)
    return points


def decide(layouts: dict[str, Layout], header_scores: dict[str, float] | None, title: str, rows: list[list[str]],
           override: str | None = None) -> Verdict:
    """The kind of a table: `layouts` reads its header as each kind, `rows` are its first data rows."""
    scores = dict(header_scores or {})
    folded = words(title or "")
    for kind in KINDS:
        if kind not in scores:
            continue
        scores[kind] += sum(w for k, rx, w in _TITLE_WORDS if k == kind and rx.search(folded))
        scores[kind] += _data_evidence(kind, layouts.get(kind), rows)
    if override in (*KINDS, OTHER):
        return Verdict(override, False, True, scores)
    if not scores:
        return Verdict(OTHER, True, False, scores)
    ranked = sorted(scores, key=lambda k: (-scores[k], KINDS.index(k)))
    best = ranked[0]
    runner_up = scores[ranked[1]] if len(ranked) > 1 else 0.0
    doubtful = scores[best] < CLEAR_SCORE or scores[best] - runner_up < CLEAR_MARGIN
    return Verdict(best, doubtful, False, scores)
