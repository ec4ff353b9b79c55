"""Reading a workbook's print settings back, for the Excel tests: what a clerk gets from File > Print."""

from __future__ import annotations

from typing import Any

from openpyxl.utils import get_column_letter

from tthc_desktop.documents.rules import DEFAULT_RULES, MM
from tthc_desktop.documents.xlsx import DEFAULT_ROW_HEIGHT, column_points


def group_rows(sheet: Any, first_body_row: int) -> set[int]:
    """Body rows whose title is merged across the table: the group rows."""
    last = get_column_letter(sheet.max_column)
    return {r.min_row for r in sheet.merged_cells.ranges
            if r.min_row >= first_body_row and r.min_col == 2 and get_column_letter(r.max_col) == last}


def pages(sheet: Any) -> list[tuple[int, int]]:
    """(first, last) row of each printed page after the first's, from the manual breaks."""
    breaks = sorted(b.id for b in sheet.row_breaks.brk)
    starts = [1, *(b + 1 for b in breaks)]
    ends = [*breaks, sheet.max_row]
    return list(zip(starts, ends, strict=True))


def assert_prints_as_the_decree_wants(sheet: Any, title_rows: tuple[int, int]) -> None:
    r = DEFAULT_RULES
    margins = sheet.page_margins
    assert [round(v * 25.4, 1) for v in (margins.top, margins.bottom, margins.left, margins.right)] == [
        r.margin_top, r.margin_bottom, r.margin_left, r.margin_right]
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and int(setup.paperSize) == 9  # A4
    assert sheet.oddFooter.center.text == "Trang &P/&N"
    assert sheet.print_title_rows == f"${title_rows[0]}:${title_rows[1]}"
    # One page wide by an explicit scale (manual page breaks hold under it, not under "fit to").
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage
    width = sum(column_points(sheet.column_dimensions[get_column_letter(c)].width)
                for c in range(1, sheet.max_column + 1))
    room_width, room_height = (297 - r.margin_left - r.margin_right) * MM, (210 - r.margin_top - r.margin_bottom) * MM
    scale = int(setup.scale)
    assert width * scale / 100 <= room_width < width * (scale + 1) / 100
    # Every page holds its rows (the repeated header included), and none ends on a group row.
    groups = group_rows(sheet, title_rows[1] + 1)

    def height(row: int) -> float:
        return float(sheet.row_dimensions[row].height or DEFAULT_ROW_HEIGHT)

    header = sum(height(row) for row in range(title_rows[0], title_rows[1] + 1))
    for number, (first, last) in enumerate(pages(sheet)):
        used = sum(height(row) for row in range(first, last + 1)) + (header if number else 0)
        assert used * scale / 100 <= room_height, (first, last)
        assert last not in groups or last == sheet.max_row, f"page ends on the group row {last}"


def assert_kept_as_text(cell: Any, text: str) -> None:
    """A cell that starts like a formula, stored as text with Excel's quote prefix: editing keeps it text."""
    assert cell.value == text and cell.data_type == "s"
    assert cell.quotePrefix, f"{cell.coordinate} has no quote prefix"
