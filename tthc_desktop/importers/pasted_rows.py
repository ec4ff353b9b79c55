"""Rows copied from a Word or Excel table, as the clipboard gives them: text in, rows and plan-JSON task nodes out.

Excel and Word put an HTML table on the clipboard beside plain text; the HTML keeps a cell's line breaks apart from
row breaks, so it is read first. Plain text is tab-separated, one row a line, with Excel's quoting of cells that
hold line breaks. Each row becomes one task of the plan JSON (`task_node`, the outline node the importers and
`export-json` write) through a column mapping, guessed from a header row when there is one (the importers' header
words, importers/headers.py), else by position in the commune's usual column order (the first column taken for
the rows' numbers when most of its cells read as labels, importers/labels.py: "1", "1.2", "a)", "II.").

No database and no Qt: the service (services/pasted_rows.py) says a refusal (`PasteError`) in the clerk's words,
and the Plan editor stores the nodes.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from tthc_desktop.domain.plan_schema import TASK_TEXT_FIELDS, UNITS_FIELDS, OutlineNode
from tthc_desktop.domain.schedule import reads_as_deadline
from tthc_desktop.domain.text import printable
from tthc_desktop.importers.cells import MAX_CELL, clean_cell, split_units, unit_list
from tthc_desktop.importers.headers import task_key
from tthc_desktop.importers.labels import cell_label
from tthc_desktop.importers.result import PlanImportError

MAX_ROWS = 2_000  # a plan has at most a few hundred tasks; more is a wrong copy, not a table
MAX_CHARS = 2_000_000
# What a pasted column can become; "units" is one cell holding lead and cooperating units.
TARGETS = ("ignore", "label", "text", "objective", "expected_result", "units", "lead_units", "cooperating_units",
           "schedule_text", "note")
_BY_POSITION = ("label", "text", "expected_result", "units", "schedule_text")
# The columns between the task's text and its deadline, by how many there are (real plans' column sets).
_BEFORE_DEADLINE: tuple[tuple[str, ...], ...] = ((), ("units",), ("expected_result", "units"),
                                                 ("expected_result", "lead_units", "cooperating_units"))
_FROM_HEADER = {"stt": "label", "content": "text", "schedule": "schedule_text"}


class PasteError(PlanImportError):
    """Pasted text that is not rows to take: `kind` ("paste_too_long", "paste_too_many_rows", "paste_no_rows")
    with the figures the clerk's sentence names."""

    def __init__(self, kind: str, message: str, **figures: int) -> None:
        super().__init__(kind, message)
        self.figures = figures


@dataclass(frozen=True)
class PastedTable:
    rows: list[list[str]]
    header: list[str] | None  # the first row, when it reads as column titles (it is then not in rows)
    mapping: list[str]  # a target of TARGETS for each column


class _TableParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self._row: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag in ("br", "p", "li", "div") and self._cell is not None and self._cell:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row.append("".join(self._cell))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data.replace("\r", "").replace("\n", " ") if data.strip() else "")


def read_rows(text: str | None, html: str | None = None) -> list[list[str]]:
    """The table's rows, cells cleaned (printable NFC text: Word's manual breaks as line breaks, no control
    characters; spaces folded, line breaks kept); empty rows dropped."""
    size = max(len(text or ""), len(html or ""))
    if size > MAX_CHARS:
        raise PasteError("paste_too_long", f"The pasted text has {size} characters, more than {MAX_CHARS}.",
                           size=size)
    rows: list[list[str]] = []
    if html and "<table" in html.lower():
        parser = _TableParser()
        parser.feed(html)
        rows = parser.rows
    if not rows and text:
        rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t"))
    rows = [[clean_cell(printable(cell[:MAX_CELL])) for cell in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if len(rows) > MAX_ROWS:
        raise PasteError("paste_too_many_rows", f"The pasted table has {len(rows)} rows, more than {MAX_ROWS}.",
                           count=len(rows), limit=MAX_ROWS)
    return rows


def guess(rows: list[list[str]]) -> PastedTable:
    """Column mapping from a header row when the first row reads as one, else by position."""
    if not rows:
        raise PasteError("paste_no_rows", "The clipboard holds no table rows.")
    width = max(len(row) for row in rows)
    keys = [task_key(cell) for cell in rows[0]]
    if sum(key is not None for key in keys) >= 2 and "content" in keys:
        mapping = [_FROM_HEADER.get(key, key) if key else "ignore" for key in keys]
        mapping += ["ignore"] * (width - len(mapping))
        return PastedTable(rows[1:], rows[0], _unique(mapping))
    first = [row[0] for row in rows if row and row[0]]
    labelled = width > 1 and sum(cell_label(cell) is not None for cell in first) * 2 > len(first)
    order = _BY_POSITION if labelled else _BY_POSITION[1:]
    mapping = [order[i] if i < len(order) else "ignore" for i in range(width)]
    first_free = 2 if labelled else 1  # the columns after the label and the task's text
    deadline = _deadline_column(rows, first_free, width)
    if deadline is not None and mapping[deadline] != "schedule_text":
        # The deadline column found by its cells; the columns between the text and it are the result and the units
        # in the order real plans put them.
        between = deadline - first_free
        before = list(_BEFORE_DEADLINE[min(between, 3)]) + ["ignore"] * max(0, between - 3)
        mapping = mapping[:first_free] + before + ["schedule_text"] + ["ignore"] * (width - deadline - 1)
    return PastedTable(rows, None, mapping)


def _deadline_column(rows: list[list[str]], first: int, width: int) -> int | None:
    """The leftmost column from `first` on whose filled cells mostly read as deadlines ("Quý I/2027", "Trước ngày
    15/6", "Thường xuyên"), if any: the pasted rows' schedule, wherever it stands."""
    year = date.today().year  # only to read "15/6" as a day; which year does not change what a cell is
    for column in range(first, width):
        cells = [row[column] for row in rows if column < len(row) and row[column].strip()]
        if cells and sum(reads_as_deadline(cell, year) for cell in cells) * 2 > len(cells):
            return column
    return None


def read_table(text: str | None, html: str | None = None) -> PastedTable:
    """`guess` on `read_rows`: what the clipboard holds, with the columns' likely meaning."""
    return guess(read_rows(text, html))


def _unique(mapping: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for target in mapping:
        result.append("ignore" if target in seen and target != "ignore" else target)
        seen.add(target)
    return result


def task_node(row: list[str], mapping: list[str]) -> OutlineNode:
    """One pasted row as a task of the plan JSON's outline: text always there (maybe empty), units as lists, no
    label (numbers follow the plan's automatic numbering), no children; a field no column fills is absent. The
    task fields a cell may fill are those of `TaskFields` (`schedule`, derived from `schedule_text`, is not one)."""
    node: OutlineNode = {"kind": "task", "label": None, "text": "", "children": []}
    for cell, target in zip(row, mapping, strict=False):
        if not cell:
            continue  # and "ignore", "label": numbers follow the plan's own numbering
        if target == "text":
            node["text"] = cell
        elif target in TASK_TEXT_FIELDS:
            node[target] = cell
        elif target == "units":
            node["lead_units"], node["cooperating_units"] = split_units(cell)
        elif target in UNITS_FIELDS:
            node[target] = unit_list(cell)
    return node


def task_nodes(rows: list[list[str]], mapping: list[str]) -> list[OutlineNode]:
    """Every row as a task node, by `mapping` (the guessed one, or the clerk's choice)."""
    return [task_node(row, mapping) for row in rows]
