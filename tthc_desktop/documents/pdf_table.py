"""A long table that breaks over pages as a careful secretary breaks it, in time that grows with its length.

reportlab's own Table measures every remaining row at each page break (5,000 tasks took 13x the time of 1,000);
`BreakingTable` measures each row once, decides where the page ends itself, and hands reportlab one small Table
per page (the header rows and that page's rows), so the whole table costs time in proportion to its rows.

Where a page ends:
- never after a group row ("II", "C"): the group moves on with its first task;
- a row of a few lines (up to `KEEP_WHOLE_LINES`) moves whole to the next page rather than split;
- a longer row is split between two lines when at least `MIN_PIECE_LINES` of it fit and as many are left; the
  piece on the first page is closed by the table's rule at the page foot (each page's Table draws its grid) and
  the rest continues under the header repeated on the next page;
- a row taller than a whole page is split wherever the page ends, as it must be.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable, Paragraph, TableStyle
from reportlab.platypus import Table as RLTable

from tthc_desktop.documents.rules import KEEP_WHOLE_LINES, MIN_PIECE_LINES

# A reportlab table style command: ("SPAN", (col, row), (col, row), …), ("FONTNAME", …, name) and so on.
TableCommand = tuple[Any, ...]


class CellParagraph(Paragraph):
    """A table cell's paragraph that breaks its lines once per width."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if getattr(self, "_wrapped_at", None) != available_width:
            super().wrap(available_width, available_height)
            self._wrapped_at = available_width
        return self.width, self.height


@dataclass
class BodyRow:
    cells: list[object]  # one per column: a CellParagraph, or "" under a span
    group: bool = False  # bold title across the row: kept with the row after it
    height: float = field(default=-1.0, compare=False)  # measured once
    lines: int = field(default=0, compare=False)  # lines of its tallest cell
    fill: object = field(default=None, compare=False)  # the row's background colour, on both pieces of a split


@dataclass(frozen=True)
class Geometry:
    widths: tuple[float, ...]
    padding: float  # left and right
    padding_top: float
    padding_bottom: float
    leading: float  # of the cells' text
    base_commands: tuple[TableCommand, ...]  # fonts, grid, alignment, padding: for every page's Table
    head_commands: tuple[TableCommand, ...]  # spans of the header rows


class BreakingTable(Flowable):
    def __init__(self, geometry: Geometry, head: list[list[object]], rows: list[BodyRow],
                 remaining: float | None = None) -> None:
        super().__init__()
        self.geometry, self.head, self.rows = geometry, head, rows
        self.hAlign = "CENTER"
        self._head_height: float | None = None
        self._remaining = remaining  # the body's height, known when this is the rest of a split
        # The rest of a split starts on the next page, whatever room the page it was cut from has left (a
        # group or a short row moved on leaves some): never a second header in the middle of a page.
        self.continued = remaining is not None

    def _mid_page(self) -> bool:
        return self.continued and not getattr(getattr(self, "_frame", None), "_atTop", True)

    # ---------------------------------------------------------------- measuring, once per row

    def _cell_width(self, column: int, group: bool) -> float:
        widths = self.geometry.widths
        width = sum(widths[1:]) if group and column == 1 else widths[column]
        return width - 2 * self.geometry.padding

    def _measure(self, row: BodyRow) -> float:
        if row.height < 0:
            g = self.geometry
            tallest = 0.0
            for column, cell in enumerate(row.cells):
                if isinstance(cell, Flowable):
                    tallest = max(tallest, cell.wrap(self._cell_width(column, row.group), 1e9)[1])
            row.height = tallest + g.padding_top + g.padding_bottom
            row.lines = round(tallest / g.leading)
        return row.height

    def _measure_head(self) -> float:
        if self._head_height is None:
            table = self._page_table([])
            self._head_height = table.wrap(sum(self.geometry.widths), 1e9)[1]
        return self._head_height

    def _measure_body(self) -> float:
        if self._remaining is None:
            self._remaining = sum(self._measure(row) for row in self.rows)
        return self._remaining

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.geometry.widths)
        self.height = self._measure_head() + self._measure_body()
        if self._mid_page():
            return self.width, max(self.height, available_height + 1)  # does not fit here: split() declines
        return self.width, self.height

    # ---------------------------------------------------------------- one page's Table

    def _page_table(self, rows: list[BodyRow]) -> RLTable:
        g = self.geometry
        head = len(self.head)
        commands = list(g.base_commands) + list(g.head_commands)
        commands += [("VALIGN", (0, 0), (-1, head - 1), "MIDDLE"), ("VALIGN", (0, head), (-1, -1), "TOP")]
        for number, row in enumerate(rows, start=head):
            if row.group:
                commands.append(("SPAN", (1, number), (-1, number)))
            if row.fill is not None:
                commands.append(("BACKGROUND", (0, number), (-1, number), row.fill))
        data = [list(r) for r in self.head] + [list(r.cells) for r in rows]
        heights = [None] * head + [r.height for r in rows]
        table = RLTable(data, colWidths=list(g.widths), rowHeights=heights, repeatRows=head,
                        style=TableStyle(commands), hAlign="CENTER")
        return table

    def draw(self) -> None:
        table = self._page_table(self.rows)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)

    # ---------------------------------------------------------------- where the page ends

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        if self._mid_page():
            return []
        room = available_height - self._measure_head()
        if room <= 0:
            return []
        used, fitting = 0.0, 0
        for row in self.rows:
            if used + self._measure(row) > room:
                break
            used += row.height
            fitting += 1
        if fitting == len(self.rows):
            return [self]
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        row = self.rows[fitting]
        long_row = row.lines > KEEP_WHOLE_LINES or (at_top and fitting == 0)
        pieces = self._split_row(row, room - used) if long_row and not row.group else None
        if pieces is not None:
            top, bottom = pieces
            first = [*self.rows[:fitting], top]
            rest = [bottom, *self.rows[fitting + 1:]]
        else:
            end = fitting
            while end > 0 and self.rows[end - 1].group:
                end -= 1
            if end == 0:
                if not at_top:
                    return []  # the table starts on the next page
                end = fitting or 1  # nothing else can be done on an empty page
            first, rest = self.rows[:end], self.rows[end:]
        consumed = sum(r.height for r in first)
        if pieces is not None:
            consumed += self.rows[fitting].height - pieces[0].height - pieces[1].height
        page = self._page_table(first)
        remainder = BreakingTable(self.geometry, self.head, rest, remaining=self._measure_body() - consumed)
        remainder._head_height = self._head_height
        return [page, remainder]

    def _split_row(self, row: BodyRow, room: float) -> tuple[BodyRow, BodyRow] | None:
        """The row cut after as many whole lines as fit in `room`, or None when a piece would be too short."""
        g = self.geometry
        lines = math.floor((room - g.padding_top - g.padding_bottom) / g.leading + 1e-6)
        if lines < MIN_PIECE_LINES or row.lines - lines < MIN_PIECE_LINES:
            return None
        content = lines * g.leading + 1e-3
        top: list[object] = []
        bottom: list[object] = []
        for column, cell in enumerate(row.cells):
            if not isinstance(cell, Flowable):
                top.append(cell)
                bottom.append("")
                continue
            width = self._cell_width(column, row.group)
            if cell.wrap(width, 1e9)[1] <= content:
                top.append(cell)
                bottom.append("")
                continue
            parts = cell.split(width, content)
            if len(parts) != 2:
                return None
            top.append(parts[0])
            bottom.append(parts[1])
        first, second = BodyRow(top, fill=row.fill), BodyRow(bottom, fill=row.fill)
        self._measure(first)
        self._measure(second)
        return first, second
