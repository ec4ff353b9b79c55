"""What every workbook the app writes shares: cell styles, text kept as text, and A4 landscape print settings.

A province clerk opens these files in Excel and prints or copies them as they are, so each sheet prints on A4
landscape, one page wide, with its header rows repeated on every page, and a text that looks like a formula
("- Văn bản ...", "=...") is stored as text: never evaluated.
"""

from __future__ import annotations

import math
from typing import Any

FONT = "Times New Roman"
FORMULA_START = ("=", "+", "-", "@")
INTEGER_FORMAT = "0"
PERCENT_FORMAT = "0.0%"
DECIMAL_FORMAT = "#,##0.0"
DATE_FORMAT = "DD/MM/YYYY"


def as_text(cell: Any, value: str) -> None:
    """Put `value` in `cell` as a string cell, even when it starts like a formula."""
    cell.value = value
    if value.startswith(FORMULA_START):
        cell.data_type = "s"


def font(size: float = 12, bold: bool = False, italic: bool = False) -> Any:
    from openpyxl.styles import Font

    return Font(name=FONT, size=size, bold=bold, italic=italic)


def thin_border() -> Any:
    from openpyxl.styles import Border, Side

    thin = Side(style="thin", color="000000")
    return Border(left=thin, right=thin, top=thin, bottom=thin)


def header_cell(cell: Any, text: str) -> None:
    """A column header: bold, centred both ways, wrapped, with a thin border."""
    from openpyxl.styles import Alignment

    as_text(cell, text)
    cell.font = font(bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cell.border = thin_border()


def print_setup(sheet: Any, title_rows: str) -> None:
    """A4 landscape, fit to one page wide (as many pages tall as needed), `title_rows` ("4:5") on every page."""
    sheet.print_title_rows = title_rows
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True


def row_height(texts: list[tuple[str, float]], size: float = 12) -> float:
    """Points a row needs to show every wrapped line of its cells, from (text, column width) pairs.

    Neither openpyxl nor LibreOffice sizes a row to wrapped text on its own, so lines are estimated: a
    column of width w holds about 1.4 w characters of 12 pt Times New Roman.
    """
    lines = 1
    for text, width in texts:
        per_line = max(1, int(width * 1.4 * 12 / size) - 1)
        count = sum(max(1, math.ceil(len(part) / per_line)) for part in str(text).split("\n"))
        lines = max(lines, count)
    return round(lines * size * 1.3 + 4, 1)
