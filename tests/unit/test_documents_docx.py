"""The demo decision and plan as .docx, reopened with python-docx: page setup, fonts, sizes, tables."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tthc_desktop.documents.rules import DEFAULT_RULES
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services


@pytest.fixture(scope="module")
def demo_docx(tmp_path_factory: pytest.TempPathFactory) -> docx.document.Document:
    folder = tmp_path_factory.mktemp("docx")
    database = Database.open(folder / "demo.sqlite")
    try:
        services = Services.for_database(database)
        plan_id = services.demo.create_seed().plan_id
        path = services.printing.save(plan_id, folder / "demo.docx")
    finally:
        database.close()
    return docx.Document(io.BytesIO(path.read_bytes()))


def all_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def test_each_part_is_a_section_with_the_legal_margins(demo_docx) -> None:  # noqa: ANN001
    sections = demo_docx.sections
    assert len(sections) == 3  # decision, plan, indicator appendix
    r = DEFAULT_RULES
    for section in sections:
        # Word keeps lengths in twips: 20 mm is 1134 twips, a hair over 20 mm.
        margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
        assert [round(m.mm, 1) for m in margins] == [r.margin_top, r.margin_bottom, r.margin_left, r.margin_right]
        assert section.different_first_page_header_footer
        assert section._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
        assert "PAGE" in section.header._element.xml
    assert sections[0].orientation == WD_ORIENT.PORTRAIT and round(sections[0].page_width.mm) == 210
    assert sections[1].orientation == WD_ORIENT.LANDSCAPE and round(sections[1].page_width.mm) == 297


def test_the_body_is_times_new_roman_14_justified_with_the_first_line_indent(demo_docx) -> None:  # noqa: ANN001
    normal = demo_docx.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.element.rPr.rFonts.get(qn("w:hAnsi")) == "Times New Roman"
    basis = next(p for p in demo_docx.paragraphs if p.text.startswith("Căn cứ Luật Tổ chức"))
    assert basis.paragraph_format.first_line_indent == Cm(1.27)
    assert basis.paragraph_format.line_spacing == 1.15
    assert basis.paragraph_format.space_after == Pt(6)
    assert basis.paragraph_format.alignment == 3  # justify
    assert all(run.italic and run.font.size == Pt(14) for run in basis.runs)


def test_the_decision_reads_as_issued(demo_docx) -> None:  # noqa: ANN001
    text = all_text(demo_docx)
    for piece in ("Số: 48/QĐ-UBND", "Hành Dũng, ngày 03 tháng 3 năm 2025", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "QUYẾT ĐỊNH:", "Nơi nhận:", "- Lưu: VT, VP.", "Trần Văn Thiện",
                  "(Ban hành kèm theo Quyết định số 48/QĐ-UBND ngày 03/3/2025 của Chủ tịch UBND xã)"):
        assert piece in text, piece
    article = next(p for p in demo_docx.paragraphs if p.text.startswith("Điều 4."))
    assert article.runs[0].bold and article.runs[0].text.strip() == "Điều 4."
    assert article.text.endswith("Quyết định này./.")


def test_sizes_follow_the_format_document(demo_docx) -> None:  # noqa: ANN001
    def size_of(text: str) -> Pt:
        for container in [demo_docx, *[c for t in demo_docx.tables for r in t.rows for c in r.cells]]:
            for paragraph in container.paragraphs:
                if paragraph.text == text:
                    return paragraph.runs[0].font.size
        raise AssertionError(text)

    assert size_of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == Pt(13)
    assert size_of("Độc lập - Tự do - Hạnh phúc") == Pt(14)
    assert size_of("Số: 48/QĐ-UBND") == Pt(13)
    assert size_of("QUYẾT ĐỊNH") == Pt(14)
    assert size_of("Nơi nhận:") == Pt(12)
    assert size_of("- Như Điều 4;") == Pt(11)
    assert size_of("Trần Văn Thiện") == Pt(14)


def test_the_task_table_repeats_its_header_and_sets_its_grid(demo_docx) -> None:  # noqa: ANN001
    table = next(t for t in demo_docx.tables if t.rows[0].cells[0].text == "STT" and len(t.columns) == 5
                 and "Nội dung công việc" in t.rows[0].cells[1].text)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    widths = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert len(widths) == 5 and widths[1] > widths[0] * 4
    assert sum(widths) == pytest.approx((297 - 30 - 15) / 25.4 * 1440, abs=10)
    group = next(r for r in table.rows if r.cells[0].text == "A")
    assert group.cells[1].text.startswith("Ban hành văn bản") and group.cells[1]._tc is group.cells[4]._tc  # merged
    assert group.cells[1].paragraphs[0].runs[0].bold
    assert sum(1 for r in table.rows if r.cells[0].text.isdigit()) == 22


def test_the_file_opens_after_being_written_atomically(tmp_path: Path) -> None:
    from tthc_desktop.files import write_atomic

    target = write_atomic(tmp_path / "sub" / "a.docx", b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["a.docx"]
