"""A list as shown, printed (documents/table_pdf.py): landscape pages, the header row on every page, rows in the
order given with their colours, "Trang n/N"; read back with poppler and pdfplumber."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from tests.unit.documents_helpers import fonts, page_sizes, pages, pdftotext
from tthc_desktop.documents.sheets import Heading
from tthc_desktop.documents.table_pdf import SheetTable, render_table

HEADERS = ("Số", "Nhiệm vụ", "Đơn vị chủ trì", "Tiến độ")
HEADING = Heading("Theo dõi nhiệm vụ — Kế hoạch 07/KH-UBND", ("Bộ lọc: trạng thái Quá hạn", "Sắp xếp theo “Số”",
                                                               "In ngày 03/3/2026"), "Trang {page}/{pages}")


def table(count: int, fills: bool = False) -> SheetTable:
    rows = tuple((str(n), f"Nhiệm vụ thứ {n}: rà soát, công bố thủ tục hành chính", "Văn phòng - Thống kê",
                  "⚠ Quá hạn" if n % 3 else "○ Chưa thực hiện") for n in range(1, count + 1))
    return SheetTable(HEADERS, rows, (44, 400, 170, 135),
                      tuple("#f8d7da" if n % 3 else None for n in range(1, count + 1)) if fills else ())


def test_the_header_row_and_the_page_number_are_on_every_page(tmp_path: Path) -> None:
    path = tmp_path / "danh-sach.pdf"
    path.write_bytes(render_table(HEADING, table(120)))
    sizes = page_sizes(path)
    assert len(sizes) >= 3 and all(abs(w - 841.89) < 1 and abs(h - 595.28) < 1 for w, h in sizes)
    text = pages(path)
    total = len(text)
    for number, page in enumerate(text, start=1):
        assert f"Trang {number}/{total}" in page
        first_line = next(line for line in page.splitlines() if "Nhiệm vụ" in line and "Đơn vị chủ trì" in line)
        assert "Số" in first_line and "Tiến độ" in first_line
    assert "Bộ lọc: trạng thái Quá hạn" in text[0] and "In ngày 03/3/2026" in text[0]
    numbers = [int(line.split()[0]) for page in text for line in page.splitlines()
               if line.split() and line.split()[0].isdigit() and "Nhiệm vụ thứ" in line]
    assert numbers == list(range(1, 121))  # every row once, in the order given
    assert all(f[-5] == "yes" for f in fonts(path))


def test_each_row_keeps_its_colour(tmp_path: Path) -> None:
    path = tmp_path / "mau.pdf"
    path.write_bytes(render_table(HEADING, table(6, fills=True)))
    with pdfplumber.open(path) as pdf:
        fills = [r for r in pdf.pages[0].rects if r.get("non_stroking_color") and r["fill"]]
        pink = [r for r in fills if tuple(round(c, 2) for c in r["non_stroking_color"]) == (0.97, 0.84, 0.85)]
    assert len(pink) == 4  # rows 1, 2, 4 and 5 (overdue); 3 and 6 left white


def test_a_cell_longer_than_a_page_breaks_across_pages_rather_than_fail(tmp_path: Path) -> None:
    long = ("Rà soát, đánh giá thủ tục hành chính " * 400).strip()
    data = SheetTable(HEADERS, (("1", long, "Văn phòng", "○ Chưa thực hiện"), ("2", "Việc ngắn", "Văn phòng", "x")),
                      (44, 400, 170, 135))
    path = tmp_path / "dai.pdf"
    path.write_bytes(render_table(HEADING, data))
    text = pages(path)
    assert len(text) > 1 and "Việc ngắn" in text[-1]
    assert pdftotext(path).split().count("Rà") == 400  # none lost at the page breaks


def test_rows_must_match_the_header() -> None:
    with pytest.raises(ValueError):
        render_table(HEADING, SheetTable(HEADERS, (("1", "2"),), (1, 1, 1, 1)))
