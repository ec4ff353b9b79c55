"""Rows of a plan's tables -> the outline (groups, tasks, sub-items) and the indicators of the plan JSON.

Both importers feed rows of cells here, one grid column per cell. What a row is:
- a row whose number cell is empty continues the row above when it is the rest of a cell broken over a page
  (its text starts in lower case or with a digit, or it follows a page break, the text above stops
  mid-sentence and it has no deadline of its own), otherwise it is a sub-item of the task above;
- a numbered row with nothing but its title is a group; its label style (A, I, 1, 1.1, a) sets its level;
- any other numbered row is a task, nested by the same label styles (a lettered point under its task).
A PDF copy sometimes drops the second cell of a merged "Mục tiêu | Nhiệm vụ" pair and shifts the row left,
leaving its last cell empty: when the shifted-back row has a deadline where the header says, it is read so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tthc_desktop.domain import labels
from tthc_desktop.domain.plan_schema import OutlineNode
from tthc_desktop.domain.schedule import parse_schedule, reads_as_deadline
from tthc_desktop.importers.cells import (
    MAX_CELL,
    clean_cell,
    ends_sentence,
    format_cell,
    split_units,
    unit_list,
)
from tthc_desktop.importers.headers import Layout, fast_fold
from tthc_desktop.importers.labels import split_label
from tthc_desktop.importers.result import Notices, Ref

MAX_ROWS = 5_000  # per table; real plans have a few hundred rows at most
MAX_DEPTH = 8  # levels of the outline; real plans use three or four


@dataclass
class RawRow:
    cells: list[str]
    ref: Ref
    page_break: bool = False  # blank lines or a repeated header came just before
    continued: frozenset[int] = frozenset()  # grid columns continuing a vertically merged Word cell
    grid: bool = False  # cells come from a real grid (Word): never shifted


@dataclass
class _Node:
    kind: str  # "group" or "task"
    label: str | None
    ref: Ref
    raw: dict[str, str] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)  # columns with no place in the JSON, by title
    children: list[_Node] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # every input row merged into this one, as Ref.where


def _label(text: str) -> str | None:
    label = clean_cell(text).replace("\n", " ").strip()
    label = re.sub(r"^\(", "", label)
    label = re.sub(r"\s*[.):/\-–]+$", "", label).strip()  # "V.", "V-", "5)", "II/"
    return label or None


def _whole_row_title(label: str) -> tuple[str | None, str] | None:
    """A row merged across the table, number and title in one cell ("I. Công bố, công khai TTHC", "V Kiểm tra")."""
    if len(label) <= 12 and " " not in label.strip():
        return None
    found = split_label(label)
    if found is not None and found[0].style != "bullet":
        return found[0].label, found[1]
    return None, label


_PREFIX = re.compile(r"^(?:phần|mục|nhóm|chương|phan|muc|nhom|chuong)\s+", re.I)


# How a row's label numbers it ("1.2" is DOTTED at depth 2, "II" ROMAN, "-" a bullet): rows of one style are
# siblings.
Style = tuple[str] | tuple[str, int]


def _style(label: str, stack: list[tuple[Style, _Node]]) -> Style:
    label = _PREFIX.sub("", label)  # "Phần I", "Mục 2": the numbering is the last word
    base = labels.style_of(label)
    if base == labels.DOTTED:
        return (labels.DOTTED, label.count(".") + 1)
    if base in (labels.ROMAN, labels.UPPER) and len(label) == 1:
        for style, node in reversed(stack):  # "C" after "B" is a letter, "V" after "IV" a numeral
            if style[0] == labels.UPPER and _next(node.label, label, _letter_number):
                return (labels.UPPER,)
            if style[0] == labels.ROMAN and _next(node.label, label, _roman_number):
                return (labels.ROMAN,)
    if base is None:
        return ("bullet",) if label in ("-", "+", "*", "•", "–") else ("other",)
    return (base,)


def _letter_number(label: str) -> int | None:
    for alphabet in ("ABCDĐEGHIKLMNOPQRSTUVXY", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        if label in alphabet:
            return alphabet.index(label) + 1
    return None


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _roman_number(label: str) -> int | None:
    if not label or any(ch not in _ROMAN_VALUES for ch in label):
        return None
    total = 0
    for ch, nxt in zip(label, [*label[1:], ""], strict=True):
        value = _ROMAN_VALUES[ch]
        total += -value if nxt and _ROMAN_VALUES[nxt] > value else value
    return total


def _next(before: str | None, label: str, number: Callable[[str], int | None]) -> bool:
    a, b = number(before or ""), number(label)
    return a is not None and b is not None and b == a + 1


def _join(before: str, fragment: str, *, newline: bool = False) -> tuple[str, bool]:
    """The text of a cell and the rest of it from the next page; True when the two overlapped."""
    if not before.strip():
        return fragment, False
    a, b = fast_fold(clean_cell(before)).split(), fast_fold(clean_cell(fragment)).split()
    if b and len(b) <= len(a) and a[-len(b):] == b:  # "Thường xuyên" + "xuyên": the rest printed twice
        return before, True
    if a and len(a) < len(b) and b[: len(a)] == a:  # "Văn phòng" + "Văn phòng HĐND-UBND huyện"
        return fragment, True
    return before.rstrip() + ("\n" if newline else " ") + fragment.lstrip(), False


class TableBuilder:
    main_keys: tuple[str, ...] = ()
    schedule_key: str | None = None

    def __init__(self, layout: Layout, notices: Notices) -> None:
        self.layout = layout
        self.notices = notices
        self.last: _Node | None = None
        self.rows = 0

    def cells_of(self, row: RawRow) -> list[str]:
        width = self.layout.width
        cells = [(c or "")[:MAX_CELL] for c in row.cells]
        if any(len(c or "") > MAX_CELL for c in row.cells):
            self.notices.add("cell_truncated", row.ref, f"A cell longer than {MAX_CELL} characters was cut.")
        while len(cells) > width and not cells[-1].strip():
            cells.pop()
        if len(cells) > width:
            extra = [c for c in cells[width - 1:] if c.strip()]
            cells = [*cells[: width - 1], " ".join(extra)]
            self.notices.add("extra_cells", row.ref, "The row has more cells than the header; the extra text "
                             "was added to the last column.")
        cells += [""] * (width - len(cells))
        if not row.grid:
            cells = self.unshift(cells, row)
        return cells

    def unshift(self, cells: list[str], row: RawRow) -> list[str]:
        s = self.layout.index(self.schedule_key) if self.schedule_key else None
        if s is None or cells[s].strip():
            return cells
        for first, last in self.layout.groups():
            n = last - first
            if s <= last or any(c.strip() for c in cells[-n:]) or not cells[first].strip():
                continue
            shifted = [*cells[: first + 1], *[""] * n, *cells[first + 1: len(cells) - n]]
            if reads_as_deadline(clean_cell(shifted[s])[:500], 2000):
                self.notices.add("row_shifted", row.ref, "The row had lost a merged cell; its cells were moved "
                                 "back under their headers.")
                return shifted
        return cells

    def main_text(self, values: dict[int, str]) -> str:
        for key in self.main_keys:
            index = self.layout.index(key)
            if index is not None and values.get(index, "").strip():
                return clean_cell(values[index])
        return ""

    def node_main(self, node: _Node) -> str:
        return next((clean_cell(node.raw[k]) for k in self.main_keys if node.raw.get(k, "").strip()), "")

    def is_continuation(self, row: RawRow, values: dict[int, str]) -> bool:
        if self.last is None:
            return False
        text = self.main_text(values)
        if not text:
            return True  # a row without a title cannot be an item of its own
        above = self.node_main(self.last)
        first = text[0]
        if first.islower():
            return True
        if first.isdigit() and above and not ends_sentence(above):
            return True
        if row.page_break and above and not ends_sentence(above):
            s = self.layout.index(self.schedule_key) if self.schedule_key else None
            return s is None or not values.get(s, "").strip()
        return False

    def merge(self, node: _Node, values: dict[int, str], ref: Ref, *, newline: bool = False) -> None:
        if ref.where not in node.sources:
            node.sources.append(ref.where)
        overlapped = False
        for index, text in values.items():
            if not text.strip():
                continue
            column = self.layout.columns[index]
            key = column.key
            if node.kind == "group" and key not in self.main_keys:
                key = self.main_keys[-1]
            if key is None:
                node.extra[column.title], hit = _join(node.extra.get(column.title, ""), text, newline=newline)
            else:
                node.raw[key], hit = _join(node.raw.get(key, ""), text, newline=newline)
            overlapped = overlapped or hit
        if overlapped:
            self.notices.add("continuation_overlap", ref, "Text printed on both sides of a page break was kept once.")

    def values(self, cells: list[str], row: RawRow, label: str | None, *, same_item: bool = False
               ) -> dict[int, str]:
        """The row's cells by grid column, without the number. A cell merged down from the row above applies
        to this row too, except, on a row without a number of its own, the cells that make the item above
        (its title; all of them when the row only adds lines to that item)."""
        stt = self.layout.index("stt")
        values = {}
        for i, text in enumerate(cells):
            if i == stt or not text.strip():
                continue
            if i in row.continued and label is None and (same_item or self.layout.columns[i].key in self.main_keys):
                continue
            values[i] = text
        return values

    def label_of(self, cells: list[str], row: RawRow) -> str | None:
        stt = self.layout.index("stt")
        return _label(cells[stt]) if stt is not None and stt not in row.continued else None

    def label_in_text(self, values: dict[int, str]) -> tuple[str | None, dict[int, str]]:
        """A row with no number of its own whose title starts with one ("V. Kiểm tra …", "a) Niêm yết …",
        "5 Rà soát" before a tab or a capital): that number is the row's label."""
        index = next((self.layout.index(k) for k in self.main_keys if self.layout.index(k) in values), None)
        if index is None:
            return None, values
        found = split_label(clean_cell(values[index]))
        if found is None or found[0].style == "bullet":
            return None, values
        return found[0].label, {**values, index: found[1]}

    def counted(self, row: RawRow) -> bool:
        self.rows += 1
        if self.rows == MAX_ROWS + 1:
            self.notices.add("rows_truncated", row.ref, f"Only the first {MAX_ROWS} rows of the table were read.")
        return self.rows <= MAX_ROWS


class TaskTableBuilder(TableBuilder):
    main_keys = ("objective", "content")
    schedule_key = "schedule"

    def __init__(self, layout: Layout, notices: Notices) -> None:
        super().__init__(layout, notices)
        self.roots: list[_Node] = []
        self.stack: list[tuple[Style, _Node]] = []

    def add(self, row: RawRow) -> None:
        if not self.counted(row):
            return
        cells = self.cells_of(row)
        label = self.label_of(cells, row)
        content = self.layout.index("content")
        same_item = label is None and content is not None and content in row.continued and self.last is not None
        values = self.values(cells, row, label, same_item=same_item)
        if not values and not label:
            return
        if same_item:
            assert self.last is not None
            self.merge(self.last, values, row.ref, newline=True)  # the same task, one more line of results
            return
        if label is None:
            label, values = self.label_in_text(values)
        if label is None:
            self.unlabelled(row, values)
            return
        content = self.layout.index("content") if self.layout.index("content") is not None else \
            self.layout.index("objective")
        whole = _whole_row_title(label) if not values and content is not None else None
        if whole is not None and content is not None:
            label, values = whole[0], {content: whole[1]}
            if label is None:
                node = _Node("group", None, row.ref)
                self.merge(node, values, row.ref)
                self.stack.clear()
                self.roots.append(node)
                self.stack.append((("heading",), node))
                self.last = node
                return
        data = {i for i in values if self.layout.columns[i].key not in self.main_keys}
        node = _Node("group" if not data and values else "task", label, row.ref)
        self.merge(node, values, row.ref)
        self.place(node, _style(label, self.stack))
        self.last = node

    def unlabelled(self, row: RawRow, values: dict[int, str]) -> None:
        if self.is_continuation(row, values):
            assert self.last is not None
            self.merge(self.last, values, row.ref)
            self.notices.add("continuation", row.ref, "A row without a number was read as the rest of the row "
                             "above (a cell broken across a page).")
            return
        node = _Node("task", None, row.ref)
        self.merge(node, values, row.ref)
        parent = next((n for _, n in reversed(self.stack) if n.kind == "task"), None)
        parent = parent or next((n for _, n in reversed(self.stack)), None)
        (parent.children if parent else self.roots).append(node)
        self.last = node

    def place(self, node: _Node, style: Style) -> None:
        same = [i for i, (s, n) in enumerate(self.stack) if s == style and n.kind == node.kind]
        if not same:
            same = [i for i, (s, n) in enumerate(self.stack) if s == style and not (
                node.kind == "task" and n.kind == "group" and i == len(self.stack) - 1)]
        if same:
            del self.stack[same[-1]:]
        del self.stack[MAX_DEPTH - 1:]  # "1.1.1.1.1…" a thousand levels deep stays a readable outline
        parent = self.stack[-1][1] if self.stack else None
        (parent.children if parent else self.roots).append(node)
        self.stack.append((style, node))

    def outline(self, year: int) -> list[OutlineNode]:
        return [self.to_json(node, year) for node in self.roots]

    def row_sources(self) -> list[tuple[str, ...]]:
        """Where each outline row came from, in the order the outline is walked (a row, then its children)."""
        def walk(nodes: list[_Node]) -> list[tuple[str, ...]]:
            return [item for node in nodes for item in [tuple(node.sources), *walk(node.children)]]

        return walk(self.roots)

    def to_json(self, node: _Node, year: int) -> OutlineNode:
        raw = node.raw
        objective, content = format_cell(raw.get("objective")), format_cell(raw.get("content"))
        if node.kind == "group":
            text = " ".join(t for t in (objective, content) if t)
            return {"kind": "group", "label": node.label, "text": text,
                    "children": [self.to_json(child, year) for child in node.children]}
        if not content and objective:
            content, objective = objective, None  # a merged "Mục tiêu | Nhiệm vụ" cell: the task itself
        if not content:
            self.notices.add("task_without_text", node.ref, "A task has no text.")
        lead, cooperating = split_units(raw.get("units"))
        lead += unit_list(raw.get("lead_units"))
        cooperating += unit_list(raw.get("cooperating_units"))
        schedule_text = format_cell(raw.get("schedule"))
        schedule = parse_schedule(schedule_text, year)
        if schedule_text and (schedule["kind"] == "unknown" or any(
                p.get("kind") == "unknown" for p in schedule.get("parts", []))):
            self.notices.add("schedule_unknown", node.ref, f"The deadline {schedule_text!r} has no date the app "
                             "understands; it is kept as written.")
        out: OutlineNode = {
            "kind": "task", "label": node.label, "text": content or "", "objective": objective,
            "expected_result": format_cell(raw.get("expected_result")),
            "lead_units": lead, "cooperating_units": cooperating,
            "schedule_text": schedule_text, "schedule": schedule, "children": [],
        }
        notes = [f"{title}: {text}" if title else text for title, text in node.extra.items()]
        if raw.get("note"):
            notes.insert(0, raw["note"])
        if notes:
            out["note"] = format_cell("\n".join(notes))
        out["children"] = [self.to_json(child, year) for child in node.children]
        return out
