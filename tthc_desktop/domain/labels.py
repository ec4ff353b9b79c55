"""Automatic labels of a plan's outline, in the style each level already uses.

Real plans label groups A/B/C, I/II/III or 1/2/3, number their tasks 1..n straight through the whole plan
(seed 000: tasks 1..22 across groups A–D), and label sub-tasks 1.1/1.2 or a/b. So the style of each level
is read from the labels the plan has, and the defaults apply only where a level has none yet.
A label the clerk typed by hand (manual) is kept and does not move the count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tthc_desktop.domain import vnformat

UPPER, ROMAN, ARABIC, LOWER, DOTTED = "upper_letter", "roman", "arabic", "lower_letter", "dotted"
GROUP_DEFAULTS = (ROMAN, ARABIC, LOWER)

_ROMAN = re.compile(r"^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")


def style_of(label: str | None) -> str | None:
    label = (label or "").strip().rstrip(".)")
    if not label:
        return None
    if re.fullmatch(r"\d+(\.\d+)+", label):
        return DOTTED
    if label.isdigit():
        return ARABIC
    if _ROMAN.match(label) and label not in {"C", "D"}:  # "C", "D" read as letters in plans (groups A–D)
        return ROMAN
    if len(label) == 1 and label.upper() == label and label.isalpha():
        return UPPER
    if len(label) == 1 and label.islower() and label.isalpha():
        return LOWER
    return None


def label_for(style: str, number: int, parent_label: str | None = None) -> str:
    if style == ROMAN:
        return vnformat.roman(number)
    if style == UPPER:
        return vnformat.letter(number)
    if style == LOWER:
        return vnformat.letter(number, upper=False)
    if style == DOTTED:
        return f"{parent_label}.{number}" if parent_label else str(number)
    return str(number)


@dataclass(frozen=True)
class Row:
    """One row of the outline in document order."""

    id: int
    parent_id: int | None
    is_group: bool
    label: str | None
    manual: bool


def renumber(rows: list[Row]) -> dict[int, str]:
    """The automatic label of every row (manual ones keep theirs), for rows given in document order."""
    by_id = {row.id: row for row in rows}

    def depth(row: Row) -> int:
        level = 0
        while row.parent_id is not None:
            row = by_id[row.parent_id]
            level += 1
        return level

    def is_subtask(row: Row) -> bool:
        return not row.is_group and row.parent_id is not None and not by_id[row.parent_id].is_group

    group_styles: dict[int, str] = {}
    subtask_style = None
    for row in rows:
        style = style_of(row.label)
        if row.is_group and style and depth(row) not in group_styles:
            group_styles[depth(row)] = style
        # A task just indented still carries its old number: only "1.1" or "a" reveal a sub-task style.
        if is_subtask(row) and style in (DOTTED, LOWER) and subtask_style is None:
            subtask_style = style
    tasks = [r for r in rows if not r.is_group and not is_subtask(r)]
    continuous = _numbered_straight_through(tasks, by_id)

    labels: dict[int, str] = {}
    counters: dict[tuple[int | None, str], int] = {}
    for row in rows:
        if row.is_group:
            key = (row.parent_id, "group")
            style = group_styles.get(depth(row), GROUP_DEFAULTS[min(depth(row), len(GROUP_DEFAULTS) - 1)])
            parent_label = None
        elif row.parent_id is not None and is_subtask(row):
            key = (row.parent_id, "subtask")
            style = subtask_style or LOWER
            parent_label = labels.get(row.parent_id)
        else:
            key = (None, "task") if continuous else (row.parent_id, "task")
            style, parent_label = ARABIC, None
        counters[key] = counters.get(key, 0) + (0 if row.manual else 1)
        if row.manual:
            labels[row.id] = row.label or ""
            continue
        labels[row.id] = label_for(style, counters[key], parent_label)
    return labels


def _numbered_straight_through(tasks: list[Row], by_id: dict[int, Row]) -> bool:
    """Do the plan's tasks count on across groups (1..n) rather than restart in each group?

    Restarting shows as two or more groups whose first task is "1"; anything else (including a half-edited
    sequence after a move or an undo) counts straight through, as most real plans do.
    """
    first_in_group: dict[int | None, str] = {}
    for task in tasks:
        first_in_group.setdefault(task.parent_id, (task.label or "").strip().rstrip("."))
    return sum(1 for label in first_in_group.values() if label == "1") < 2
