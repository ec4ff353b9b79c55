"""Figures in an imported document: targets ("Tối thiểu 60", "≥ 90%", "Từ 80% trở lên", "100"), last year's
results, the upper level's target. Every figure is read by the app's one number reader (`domain.numbers`),
Vietnamese convention: "1.250" is 1250, "95,5" is 95,5. A figure the reader refuses ("95.5") is not guessed:
it comes back as a problem, with the reader's suggestion, for the preview to show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tthc_desktop.domain.numbers import NumberReadError, read
from tthc_desktop.importers.cells import clean_cell

_AT_LEAST = re.compile(r"^(?:đạt\s*)?(?:tối\s*thiểu|ít\s*nhất|không\s*(?:thấp|ít|dưới)\s*hơn|không\s*dưới|trên|từ|"
                       r">=?|≥|=>)", re.I)
_AT_MOST = re.compile(r"^(?:tối\s*đa|không\s*(?:quá|vượt\s*quá|cao\s*hơn|nhiều\s*hơn)|dưới|<=?|≤|=<)", re.I)
# A figure as written: digits with the separators either convention uses, an optional sign and percent.
_FIGURE = re.compile(r"(?<![\w.,])[+\-\u2212]?\d[\d.,]*(?:\s?%)?")


@dataclass(frozen=True)
class Target:
    comparator: str  # ">=", "<=", "="
    value: float | None
    percent: bool
    problem: str | None = None  # the figure as written, when the number reader refused it
    suggestion: str | None = None  # how to write it in Vietnamese, when the reader had a likely meaning
    figures: int = 0  # how many figures the cell holds ("60 - 70%": 2)


def _figure(text: str) -> tuple[float | None, bool, str | None, str | None, int]:
    found = [m.group(0).rstrip(".,") for m in _FIGURE.finditer(text)]
    if not found:
        return None, "%" in text, None, None, 0
    first = found[0]
    try:
        number = read(first)
    except NumberReadError as error:
        return None, "%" in text, first, error.suggestion, len(found)
    assert number is not None
    return float(number.value), number.percent or "%" in text, None, None, len(found)


def read_target(raw: str | None) -> Target:
    """A target cell: its comparator ("Tối thiểu 60" is at least 60; a plain figure is met when reached) and figure."""
    text = clean_cell(raw).replace("\n", " ").strip()
    value, percent, problem, suggestion, figures = _figure(text)
    comparator = "="
    if _AT_LEAST.match(text) or re.search(r"trở\s*lên\s*$", text, re.I):
        comparator = ">="
    elif _AT_MOST.match(text) or re.search(r"trở\s*xuống\s*$", text, re.I):
        comparator = "<="
    if value is None and problem is None:
        comparator = ">="
    return Target(comparator, value, percent, problem, suggestion, figures)


def read_figure(raw: str | None) -> Target:
    """A plain figure cell (last year's result, the upper level's target)."""
    return read_target(raw)
