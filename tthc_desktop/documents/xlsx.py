"""What every workbook the app writes shares: cell styles, text kept as text, and the decree's page on paper.

A province clerk opens these files in Excel and prints or copies them as they are, so each sheet prints on A4
landscape with the decree's margins, "Trang 1/3" in the footer, scaled to one page wide, with its header rows
repeated on every page and a page never ending on a group row. A text that looks like a formula ("- Văn bản ...",
"=...") is stored as text with Excel's quote prefix, so it stays text even when the clerk edits the cell.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from tthc_desktop.documents.rules import A4_MM, DEFAULT_RULES, MM, FormatRules
from tthc_desktop.domain.text import printable

FONT = "Times New Roman"
FORMULA_START = ("=", "+", "-", "@")
INTEGER_FORMAT = "0"
PERCENT_FORMAT = "0.0%"
DECIMAL_FORMAT = "#,##0.0"
DATE_FORMAT = "DD/MM/YYYY"
PAGE_NUMBERS = "Trang &P/&N"
DEFAULT_ROW_HEIGHT = 15.75  # points: Excel's row under the workbook's font (Times New Roman 12)
DIGIT_PIXELS = 8  # Times New Roman 12's digits at 96 dpi: the unit of column widths
LINE_POINTS = 13.8  # a wrapped line of 12 pt Times New Roman (its single line spacing, 1.149 em)
CELL_PADDING_POINTS = 4.5  # Excel's room left and right of a cell's text
FOOTER_MM = 8.0  # from the paper's edge to the footer, inside the bottom margin
INCH_MM = 25.4


def new_workbook() -> Any:
    """An empty workbook whose default font (its "Normal" style) is Times New Roman 12: column widths then mean
    the same in Excel on the clerk's PC and wherever Calibri is missing, and the page breaks below hold."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils.indexed_list import IndexedList

    book = Workbook()
    book.remove(book.worksheets[0])  # the sheet a new workbook comes with
    normal = Font(name=FONT, size=12, family=1)
    # openpyxl has no public way to set the default font, so its internals are set (not in types-openpyxl).
    book._fonts = IndexedList([normal])  # type: ignore[attr-defined]  # the workbook's font 0, before any style
    book._named_styles["Normal"].font = normal  # type: ignore[attr-defined]
    return book


def as_text(cell: Any, value: str) -> None:
    """Put `value` in `cell` as a string cell; one that starts like a formula also gets Excel's quote prefix,
    so editing it in Excel keeps it text."""
    value = printable(value)
    cell.value = value
    if value.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True


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


def column_points(width: float | None) -> float:
    """A column's printed width in points from its width in characters (of the default font's digit)."""
    characters = 8.43 if width is None else width
    pixels = math.trunc((256 * characters + math.trunc(128 / DIGIT_PIXELS)) / 256 * DIGIT_PIXELS)
    return pixels * 0.75


def print_setup(sheet: Any, title_rows: tuple[int, int], group_rows: Iterable[int] = (),
                rules: FormatRules = DEFAULT_RULES) -> None:
    """A4 landscape with the decree's margins, scaled to one page wide, `title_rows` (first, last) repeated on every
    page, "Trang &P/&N" centred in the footer, and page breaks that never leave a group row at a page's foot."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.page import PageMargins

    first, last = title_rows
    sheet.print_title_rows = f"{first}:{last}"
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.firstPageNumber, setup.useFirstPageNumber = 1, True  # each sheet numbers its pages from 1
    sheet.page_margins = PageMargins(left=rules.margin_left / INCH_MM, right=rules.margin_right / INCH_MM,
                                     top=rules.margin_top / INCH_MM, bottom=rules.margin_bottom / INCH_MM,
                                     header=FOOTER_MM / INCH_MM, footer=FOOTER_MM / INCH_MM)
    sheet.print_options.horizontalCentered = True
    footer = sheet.oddFooter.center
    footer.text, footer.font, footer.size = PAGE_NUMBERS, f"{FONT},Regular", 12
    # One page wide by an explicit scale, as Excel's "fit to 1 page wide" would choose it: Excel ignores manual
    # page breaks under "fit to", and the breaks below are what keeps a group with its first row.
    width = sum(column_points(sheet.column_dimensions[get_column_letter(c)].width)
                for c in range(1, sheet.max_column + 1))
    paper_width, paper_height = A4_MM[1], A4_MM[0]
    room_width = (paper_width - rules.margin_left - rules.margin_right) * MM
    room_height = (paper_height - rules.margin_top - rules.margin_bottom) * MM
    scale = max(10, min(100, math.floor(room_width / width * 100))) if width else 100
    setup.scale = scale
    setup.fitToWidth = setup.fitToHeight = None
    sheet.sheet_properties.pageSetUpPr.fitToPage = False
    _page_breaks(sheet, title_rows, set(group_rows), room_height * 100 / scale)


def _height(sheet: Any, row: int) -> float:
    height = sheet.row_dimensions[row].height
    return DEFAULT_ROW_HEIGHT if height is None else float(height)


def _page_breaks(sheet: Any, title_rows: tuple[int, int], groups: set[int], capacity: float) -> None:
    """Manual breaks where the rows fill a page (a little early, to be safe from rounding), moved up over group
    rows so that a group starts the next page with its first row. A row never splits in a spreadsheet."""
    from openpyxl.worksheet.pagebreak import Break

    capacity *= 0.98
    first, header_end = title_rows
    repeated = sum(_height(sheet, r) for r in range(first, header_end + 1))
    used = sum(_height(sheet, r) for r in range(1, header_end + 1))
    page_start, row, last = header_end + 1, header_end + 1, sheet.max_row
    while row <= last:
        height = _height(sheet, row)
        if used + height > capacity and row > page_start:
            end = row - 1
            while end in groups and end > page_start:
                end -= 1
            sheet.row_breaks.append(Break(id=end))
            used, page_start, row = repeated, end + 1, end + 1
            continue
        used += height
        row += 1


def row_height(texts: list[tuple[str, float]], size: float = 12, bold: bool = False) -> float:
    """Points a row needs to show every wrapped line of its cells, from (text, column width) pairs.

    Neither openpyxl nor LibreOffice sizes a row to wrapped text on its own (Excel does only when the file is
    edited), so the lines are counted with the font's own metrics, as the PDF breaks them.
    """
    from reportlab.lib.utils import simpleSplit

    from tthc_desktop.documents.fonts import reportlab_family

    face = reportlab_family()["bold" if bold else "regular"]
    lines = 1
    for text, width in texts:
        room = column_points(width) - 2 * CELL_PADDING_POINTS
        count = sum(max(1, len(simpleSplit(part, face, size, room))) for part in printable(str(text)).split("\n"))
        lines = max(lines, count)
    return round(max(DEFAULT_ROW_HEIGHT, lines * LINE_POINTS * size / 12 + 3), 2)
