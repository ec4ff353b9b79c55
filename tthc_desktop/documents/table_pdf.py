"""A table as a list view shows it, on landscape pages: the heading (what, which filters, when), the header row
repeated on every page, each row's colour, "Trang n/N". Used for the Task tracker's list as filtered and sorted.
The rows break over pages as the documents' tables do (documents/pdf_table.BreakingTable: each row measured once,
time in proportion to the rows; a long row split between its lines)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from tthc_desktop.documents.pdf_table import BodyRow, BreakingTable, CellParagraph, Geometry
from tthc_desktop.documents.sheets import (
    LINE_SIZE,
    MARGIN,
    TITLE_SIZE,
    Heading,
    drawable,
    fonts,
    numbered_canvas,
    page_size,
    text,
)
from tthc_desktop.domain.text import printable

CELL_SIZE = 9.0
HEADER_FILL = "#e9ecef"


@dataclass(frozen=True)
class SheetTable:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]  # each as many cells as headers
    widths: tuple[float, ...]  # relative widths (the view's columns), scaled to the page
    fills: tuple[str | None, ...] = ()  # a row's background colour ("#f8d7da") or None, by row


PADDING, PADDING_TOP, PADDING_BOTTOM = 6.0, 2.0, 3.0


def _cell(value: str, style: ParagraphStyle) -> CellParagraph:
    return CellParagraph(escape(drawable(printable(value), style.fontName)).replace("\n", "<br/>"), style)


def _widths(table: SheetTable, room: float, bold: str) -> list[float]:
    """The view's proportions across the page, each column at least as wide as the longest word of its header (a
    narrow "STT" column must not break its heading); what that takes comes out of the widest column."""
    total = sum(table.widths) or 1.0
    widths = [room * w / total for w in table.widths]
    least = [max((stringWidth(word, bold, CELL_SIZE) for word in header.split()), default=0) + 2 * PADDING + 2
             for header in table.headers]
    short = sum(max(m - w, 0) for w, m in zip(widths, least, strict=True))
    widths = [max(w, m) for w, m in zip(widths, least, strict=True)]
    widest = widths.index(max(widths))
    widths[widest] = max(widths[widest] - short, least[widest])
    return widths


def render_table(heading: Heading, table: SheetTable, paper: str = "A4") -> bytes:
    if any(len(row) != len(table.headers) for row in table.rows) or len(table.widths) != len(table.headers):
        raise ValueError("every row and the widths must have one value per column")
    face = fonts()
    width, height = page_size(paper)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=(width, height), leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN, bottomMargin=MARGIN * 1.4, title=text(heading.title),
                                 author=heading.author, creator="TTHC Desktop", initialFontName=face["regular"])
    title = ParagraphStyle("title", fontName=face["bold"], fontSize=TITLE_SIZE, leading=TITLE_SIZE * 1.25)
    line = ParagraphStyle("line", fontName=face["regular"], fontSize=LINE_SIZE, leading=LINE_SIZE * 1.3)
    cell = ParagraphStyle("cell", fontName=face["regular"], fontSize=CELL_SIZE, leading=CELL_SIZE * 1.25)
    head = ParagraphStyle("head", parent=cell, fontName=face["bold"])
    room = width - 2 * MARGIN
    widths = _widths(table, room, face["bold"])
    fills = list(table.fills) + [None] * (len(table.rows) - len(table.fills))
    rows = [BodyRow([_cell(value, cell) for value in row], fill=colors.HexColor(fill) if fill else None)
            for row, fill in zip(table.rows, fills, strict=True)]
    base = (("FONT", (0, 0), (-1, -1), face["regular"], CELL_SIZE),  # else the cells set Helvetica, unembedded
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#6c757d")),
            ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), PADDING_TOP), ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING_BOTTOM))
    geometry = Geometry(tuple(widths), PADDING, PADDING_TOP, PADDING_BOTTOM, cell.leading, base,
                        (("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(HEADER_FILL)),))
    grid = BreakingTable(geometry, [[_cell(h, head) for h in table.headers]], rows)
    story: list[Flowable] = [Paragraph(escape(text(heading.title)), title)]
    story += [Paragraph(escape(text(value)), line) for value in heading.lines]
    story += [Spacer(1, 4), grid]
    document.build(story, canvasmaker=numbered_canvas(heading, width))
    return buffer.getvalue()
