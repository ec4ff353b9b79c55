"""Tables as an Excel workbook a province clerk can use as it is: one sheet per table, for the period report and
the tracker's export alike (the one place the workbooks' layout and styles are written).

Each sheet: the title and a line under it in merged cells over the table, bold bordered headers (two rows where
columns are grouped, as on Biểu 06, then its "(1) (2) ..." row), column widths, figures stored as numbers
("0" for counts, "0.0%" for ratios, which Excel shows with the reader's own decimal comma; dates as dates), the
panes frozen under the header, printed as documents/xlsx.py sets it (A4 landscape, the decree's margins, one page
wide, header rows on every page, "Trang 1/3", never a group row at a page's foot). A text that starts with "=",
"+", "-" or "@" is stored as text with Excel's quote prefix, never as a formula; a figure Excel cannot hold
(NaN, infinity, which an older file may store) is stored as text printed as stored ("∞%"): the checks flag it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any

from tthc_desktop.documents import numbers, xlsx
from tthc_desktop.documents.rules import DEFAULT_RULES, FormatRules
from tthc_desktop.domain.text import printable
from tthc_desktop.reports.content import Figures, day
from tthc_desktop.reports.tables import DATE, INTEGER, NUMBER, PERCENT, Cell, ReportTable, build_tables
from tthc_desktop.reports.template import ReportTemplate

TITLE_ROW, PERIOD_ROW, NOTE_ROW, HEADER_ROW = 1, 2, 3, 4


def _value(sheet_cell: Any, cell: Cell) -> None:
    value = cell.value
    if value is None:
        return
    if cell.kind in (INTEGER, NUMBER, PERCENT) and isinstance(value, int | float):
        if not numbers.printable_number(value):
            xlsx.as_text(sheet_cell, cell.text())  # an older file's ∞ or NaN, as stored
        elif cell.kind == PERCENT:
            sheet_cell.value = float(value) / 100
            sheet_cell.number_format = xlsx.PERCENT_FORMAT
        else:
            sheet_cell.value = value
            integral = float(value).is_integer()
            sheet_cell.number_format = xlsx.INTEGER_FORMAT if integral else xlsx.DECIMAL_FORMAT
    elif cell.kind == DATE and isinstance(value, date):
        sheet_cell.value = value
        sheet_cell.number_format = xlsx.DATE_FORMAT
    else:
        xlsx.as_text(sheet_cell, str(value))


def _header(sheet: Any, table: ReportTable) -> int:
    """Writes the header rows from HEADER_ROW, then merges them; returns the first row after them."""
    columns = table.columns
    levels = 2 if table.two_level else 1
    merges: list[tuple[int, int, int, int]] = []
    for index, column in enumerate(columns, start=1):
        if column.group is None:
            xlsx.header_cell(sheet.cell(HEADER_ROW, index), column.title)
            if levels == 2:
                xlsx.header_cell(sheet.cell(HEADER_ROW + 1, index), "")
                merges.append((HEADER_ROW, index, HEADER_ROW + 1, index))
            continue
        first = index == 1 or columns[index - 2].group != column.group
        xlsx.header_cell(sheet.cell(HEADER_ROW, index), column.group if first else "")
        xlsx.header_cell(sheet.cell(HEADER_ROW + 1, index), column.title)
        if first:
            last = index
            while last < len(columns) and columns[last].group == column.group:
                last += 1
            if last > index:
                merges.append((HEADER_ROW, index, HEADER_ROW, last))
    for top, left, bottom, right in merges:
        sheet.merge_cells(start_row=top, start_column=left, end_row=bottom, end_column=right)
    if levels == 1:
        sheet.row_dimensions[HEADER_ROW].height = xlsx.row_height([(c.title, c.width) for c in columns], bold=True)
    else:
        sheet.row_dimensions[HEADER_ROW].height = xlsx.row_height(
            [(c.title, c.width) for c in columns if c.group is None] +
            [(c.group, sum(o.width for o in columns if o.group == c.group)) for c in columns if c.group],
            bold=True) / 2 + 6
        sheet.row_dimensions[HEADER_ROW + 1].height = xlsx.row_height(
            [(c.title, c.width) for c in columns if c.group], bold=True)
    return HEADER_ROW + levels


def _sheet(workbook: Any, table: ReportTable, period_line: str, rules: FormatRules) -> None:
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(table.sheet)
    width = len(table.columns)
    for at, text, size, bold, italic in ((TITLE_ROW, table.title.upper(), 14, True, False),
                                         (PERIOD_ROW, table.subtitle or period_line, 13, False, True)):
        sheet.merge_cells(start_row=at, start_column=1, end_row=at, end_column=width)
        cell = sheet.cell(at, 1)
        xlsx.as_text(cell, text)
        cell.font = xlsx.font(size, bold=bold, italic=italic)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.row_dimensions[TITLE_ROW].height = 40
    sheet.row_dimensions[PERIOD_ROW].height = 20
    if table.unit_note:
        note = sheet.cell(NOTE_ROW, width)
        xlsx.as_text(note, table.unit_note)
        note.font = xlsx.font(italic=True)
        note.alignment = Alignment(horizontal="right")
    for index, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    row_number = _header(sheet, table)
    header_end = row_number - 1
    groups: list[int] = []
    for row in table.rows:
        for index, (cell, column) in enumerate(zip(row.cells, table.columns, strict=True), start=1):
            target = sheet.cell(row_number, index)
            _value(target, cell)
            target.border = xlsx.thin_border()
            numeric = cell.kind in (INTEGER, NUMBER, PERCENT) and cell.value is not None
            centred = column.centred or row.numbering or (row.group and index == 1)
            horizontal = "center" if centred else "right" if numeric else "left"
            target.alignment = Alignment(vertical="center" if row.numbering else "top", wrap_text=True,
                                         horizontal=horizontal)
            target.font = xlsx.font(bold=row.group or row.total, italic=row.numbering)
        if row.group:
            groups.append(row_number)
            sheet.merge_cells(start_row=row_number, start_column=2, end_row=row_number, end_column=width)
            spans = [(row.cells[0].text(), table.columns[0].width),
                     (row.cells[1].text(), sum(c.width for c in table.columns[1:]))]
        else:
            spans = [(cell.text(), column.width) for cell, column in zip(row.cells, table.columns, strict=True)]
        sheet.row_dimensions[row_number].height = xlsx.row_height(spans, bold=row.group or row.total)
        if row.numbering:  # the form's column numbers belong to the header: repeated and frozen with it
            header_end = row_number
        row_number += 1
    sheet.freeze_panes = sheet.cell(header_end + 1, 1).coordinate
    xlsx.print_setup(sheet, (HEADER_ROW, header_end), groups, rules)


def period_line(figures: Figures) -> str:
    """ "Ủy ban nhân dân xã Hành Dũng - Kỳ báo cáo: quý I năm 2026 (số liệu từ ngày 15/12/2025 đến ngày
    14/3/2026)"."""
    period, words = figures["period"], figures["words"]
    return (f"Ủy ban nhân dân {words['commune']} - Kỳ báo cáo: {words['period']} (số liệu từ ngày "
            f"{day(period['start'])} đến ngày {day(period['end'])})")


def workbook(tables: Sequence[ReportTable], line: str, rules: FormatRules = DEFAULT_RULES,
             author: str | None = None) -> bytes:
    """The bytes of a workbook of `tables`, one sheet each in their order, `line` under each title (unless the
    table has a subtitle of its own)."""
    book = xlsx.new_workbook()
    for table in tables:
        _sheet(book, table, line, rules)
    book.properties.creator = book.properties.lastModifiedBy = printable(author or "TTHC Desktop")
    book.properties.language = "vi-VN"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def report_workbook(template: ReportTemplate, figures: Figures, rules: FormatRules = DEFAULT_RULES) -> bytes:
    """The period report's workbook: one sheet per table of the template, in its order."""
    issuer = figures["issuer"]
    author = f"{issuer['abbreviation']} {issuer['level_word']} {issuer['name']}"
    return workbook(build_tables(template, figures), period_line(figures), rules, author)
