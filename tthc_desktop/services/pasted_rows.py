"""Rows copied from a Word or Excel table, as the clipboard gives them, into task fields.

Excel and Word put an HTML table on the clipboard beside plain text; the HTML keeps a cell's line breaks
apart from row breaks, so it is read first. Plain text is tab-separated, one row a line, with Excel's quoting
of cells that hold line breaks. Each row becomes the fields of one task through a column mapping, guessed from
a header row when there is one, else by position in the commune's usual column order.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from html.parser import HTMLParser

from tthc_desktop.domain import vnformat
from tthc_desktop.errors import DataError
from tthc_desktop.i18n import _
from tthc_desktop.importers.cells import MAX_CELL, clean_cell, split_units, unit_list
from tthc_desktop.importers.headers import task_key

MAX_ROWS = 2_000  # a plan has at most a few hundred tasks; more is a wrong copy, not a table
MAX_CHARS = 2_000_000
# What a pasted column can become; "units" is one cell holding lead and cooperating units.
TARGETS = ("ignore", "label", "text", "objective", "expected_result", "units", "lead_units", "cooperating_units",
           "schedule_text", "note")
_BY_POSITION = ("label", "text", "expected_result", "units", "schedule_text")
_FROM_HEADER = {"stt": "label", "content": "text", "schedule": "schedule_text"}


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
    """The table's rows, cells cleaned (NFC, spaces, line breaks kept); empty rows dropped."""
    size = max(len(text or ""), len(html or ""))
    if size > MAX_CHARS:
        raise DataError(_("The pasted text is too long ({size} characters). Copy the table rows only.").format(
            size=vnformat.number(size, 0)))
    rows: list[list[str]] = []
    if html and "<table" in html.lower():
        parser = _TableParser()
        parser.feed(html)
        rows = parser.rows
    if not rows and text:
        rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t"))
    rows = [[clean_cell(cell[:MAX_CELL]) for cell in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if len(rows) > MAX_ROWS:
        raise DataError(_("The pasted table has {count} rows; at most {limit} can be pasted at once.").format(
            count=len(rows), limit=MAX_ROWS))
    return rows


def guess(rows: list[list[str]]) -> PastedTable:
    """Column mapping from a header row when the first row reads as one, else by position."""
    if not rows:
        raise DataError(_("The clipboard holds no table rows. Copy rows of a table in Word or Excel first."))
    width = max(len(row) for row in rows)
    keys = [task_key(cell) for cell in rows[0]]
    if sum(key is not None for key in keys) >= 2 and "content" in keys:
        mapping = [_FROM_HEADER.get(key, key) if key else "ignore" for key in keys]
        mapping += ["ignore"] * (width - len(mapping))
        return PastedTable(rows[1:], rows[0], _unique(mapping))
    first = [row[0] for row in rows if row and row[0]]
    labelled = width > 1 and sum(_looks_like_label(cell) for cell in first) * 2 > len(first)
    order = _BY_POSITION if labelled else _BY_POSITION[1:]
    return PastedTable(rows, None, [order[i] if i < len(order) else "ignore" for i in range(width)])


def _unique(mapping: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for target in mapping:
        result.append("ignore" if target in seen and target != "ignore" else target)
        seen.add(target)
    return result


def _looks_like_label(cell: str) -> bool:
    return len(cell) <= 6 and cell.rstrip(".").replace(".", "").isalnum()


def task_fields(row: list[str], mapping: list[str]) -> dict[str, object]:
    """One pasted row as the fields of a new task (text always present, units as lists)."""
    fields: dict[str, object] = {}
    for cell, target in zip(row, mapping, strict=False):
        if target == "ignore" or not cell:
            continue
        if target == "units":
            lead, cooperating = split_units(cell)
            fields["lead_units"], fields["cooperating_units"] = lead, cooperating
        elif target in ("lead_units", "cooperating_units"):
            fields[target] = unit_list(cell)
        elif target == "label":
            continue  # numbers follow the plan's automatic numbering
        else:
            fields[target] = cell
    fields.setdefault("text", "")
    return fields
