"""The demo decision and plan as .docx, reopened with python-docx: page setup, named styles carrying the decree's
formats, Vietnamese proofing, the Navigation pane's outline, file properties, header rules, table breaks."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from reportlab.pdfbase.pdfmetrics import stringWidth

from tthc_desktop.documents.fonts import reportlab_family
from tthc_desktop.documents.rules import DEFAULT_RULES
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("docx")
    database = Database.open(folder / "demo.sqlite")
    try:
        services = Services.for_database(database)
        plan_id = services.demo.create_seed().plan_id
        return services.printing.save(plan_id, folder / "demo.docx")
    finally:
        database.close()


@pytest.fixture(scope="module")
def demo_docx(demo_path: Path) -> docx.document.Document:
    return docx.Document(io.BytesIO(demo_path.read_bytes()))


def all_paragraphs(document: docx.document.Document) -> Iterator[Paragraph]:
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def all_text(document: docx.document.Document) -> str:
    """Every paragraph's text, no-break spaces read as spaces."""
    return "\n".join(p.text for p in all_paragraphs(document)).replace("\u00a0", " ")


def styles_of(paragraph: Paragraph) -> Iterator[Any]:
    style = paragraph.style
    while style is not None:
        yield style
        style = style.base_style


def effective(paragraph: Paragraph, get: Callable[[Any], Any]) -> Any:
    """A paragraph property as Word applies it: the paragraph's own, else its style's, else the base styles'."""
    value = get(paragraph.paragraph_format)
    if value is not None:
        return value
    for style in styles_of(paragraph):
        value = get(style.paragraph_format)
        if value is not None:
            return value
    return None


def font(paragraph: Paragraph, name: str) -> Any:
    """A run property of the paragraph's text: its first run's own, else its style chain's."""
    run = next((r for r in paragraph.runs if r.text.strip()), None)
    value = getattr(run.font, name) if run is not None else None
    if value is not None:
        return value
    return next((getattr(s.font, name) for s in styles_of(paragraph) if getattr(s.font, name) is not None), None)


def find(document: docx.document.Document, text: str) -> Paragraph:
    return next(p for p in all_paragraphs(document) if p.text == text or p.text.startswith(text))


def test_each_part_is_a_section_with_the_legal_margins(demo_docx) -> None:  # noqa: ANN001
    sections = demo_docx.sections
    assert len(sections) == 3  # decision, plan, indicator appendix
    r = DEFAULT_RULES
    for section in sections:
        # Word keeps lengths in twips: 20 mm is 1134 twips, a hair over 20 mm.
        margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
        assert [round(m.mm, 1) for m in margins] == [r.margin_top, r.margin_bottom, r.margin_left, r.margin_right]
        assert section.different_first_page_header_footer
        numbering = section._sectPr.findall(qn("w:pgNumType"))
        assert len(numbering) == 1 and numbering[0].get(qn("w:start")) == "1"  # once: Word refuses it twice
        assert "PAGE" in section.header._element.xml
    assert sections[0].orientation == WD_ORIENT.PORTRAIT and round(sections[0].page_width.mm) == 210
    assert sections[1].orientation == WD_ORIENT.LANDSCAPE and round(sections[1].page_width.mm) == 297


def test_the_body_is_times_new_roman_14_justified_with_the_first_line_indent_by_its_style(demo_docx) -> None:  # noqa: ANN001
    normal = demo_docx.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.element.rPr.rFonts.get(qn("w:hAnsi")) == "Times New Roman"
    basis = find(demo_docx, "Căn cứ Luật Tổ chức")
    assert basis.style.name == "Căn cứ"
    assert effective(basis, lambda f: f.first_line_indent) == Cm(1.27)
    assert effective(basis, lambda f: f.line_spacing) == 1.15
    assert effective(basis, lambda f: f.space_after) == Pt(6)
    assert effective(basis, lambda f: f.alignment) == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert font(basis, "italic") and font(basis, "size") == Pt(14) and font(basis, "name") == "Times New Roman"
    # The paragraph carries no format of its own: restyling "Căn cứ" restyles every legal basis.
    assert basis.paragraph_format.first_line_indent is None and all(r.font.italic is None for r in basis.runs)


def test_the_decision_reads_as_issued(demo_docx) -> None:  # noqa: ANN001
    text = all_text(demo_docx)
    for piece in ("Số: 48/QĐ-UBND", "Hành Dũng, ngày 03 tháng 3 năm 2025", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                  "QUYẾT ĐỊNH:", "Nơi nhận:", "- Lưu: VT, VP.", "Trần Văn Thiện",
                  "(Ban hành kèm theo Quyết định số 48/QĐ-UBND ngày 03/3/2025 của Chủ tịch UBND xã)"):
        assert piece in text, piece
    article = find(demo_docx, "Điều 4.")
    assert article.style.name == "Điều"
    lead = article.runs[0]
    assert lead.text.strip() == "Điều 4." and lead.style.name == "Số điều, số mục" and lead.style.font.bold
    assert article.text.endswith("Quyết định này./.")


def test_sizes_follow_the_format_document(demo_docx) -> None:  # noqa: ANN001
    sizes = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": 13, "Độc lập - Tự do - Hạnh phúc": 14, "Số: 48/QĐ-UBND": 13,
             "QUYẾT ĐỊNH": 14, "Nơi nhận:": 12, "- Như Điều 4;": 11, "Trần Văn Thiện": 14, "STT": 12}
    for text, size in sizes.items():
        assert font(find(demo_docx, text), "size") == Pt(size), text
    assert font(find(demo_docx, "Hành Dũng, ngày 03"), "italic")
    assert font(find(demo_docx, "Nơi nhận:"), "bold") and font(find(demo_docx, "Nơi nhận:"), "italic")


def test_every_part_of_the_layout_has_its_named_style_and_the_navigation_pane_lists_parts_articles_and_headings(
        demo_docx) -> None:  # noqa: ANN001
    named = {"QUYẾT ĐỊNH": "Tên loại văn bản", "Ban\u00a0hành\u00a0Kế\u00a0hoạch": "Trích yếu", "Căn cứ Luật": "Căn cứ",
             "Theo đề nghị": "Theo đề nghị", "QUYẾT ĐỊNH:": "Quyết định:", "Điều 1.": "Điều", "STT": "Đầu bảng",
             "Trần Văn Thiện": "Họ tên người ký", "Nơi nhận:": "Nơi nhận", "- Như Điều 4;": "Nơi nhận - dòng",
             "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀNH DŨNG": "Thẩm quyền ban hành", "XÃ HÀNH DŨNG": "Cơ quan ban hành",
             "Độc lập": "Tiêu ngữ", "Số: 48": "Số, ký hiệu", "Phụ lục": "Phụ lục", "KẾ HOẠCH": "Tên loại văn bản",
             "(Ban hành kèm theo": "Ghi chú ban hành kèm theo", "Xây dựng, ban hành các văn bản": "Ô bảng"}
    for text, style in named.items():
        assert find(demo_docx, text).style.name == style, text

    def level(paragraph: Paragraph) -> int | None:
        for style in styles_of(paragraph):
            ppr = style.element.pPr
            found = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
            if found is not None:
                return int(found.get(qn("w:val")))
        return None

    outline = [(level(p), p.text.split("\n")[0][:12]) for p in demo_docx.paragraphs if level(p) is not None]
    assert outline[0] == (0, "QUYẾT ĐỊNH") and (0, "KẾ HOẠCH") in outline and (0, "Phụ lục") in outline
    assert [text for lvl, text in outline if lvl == 1][:4] == ["Điều 1. Ban ", "Điều 2. Các ", "Điều 3. Quyế",
                                                               "Điều 4. Công"]
    group = find(demo_docx, "Ban hành văn bản quản lý nhà nước")
    assert group.style.name == "Nhóm trong bảng" and level(group) is None  # rows stay out of the outline


def test_word_checks_the_spelling_in_vietnamese_everywhere(demo_path: Path) -> None:
    with zipfile.ZipFile(demo_path) as archive:
        styles = archive.read("word/styles.xml").decode()
        document = archive.read("word/document.xml").decode()
        settings = archive.read("word/settings.xml").decode()
    assert [part.count("en-US") for part in (styles, document, settings)] == [0, 0, 0]
    defaults = docx.Document(str(demo_path)).styles.element.find(qn("w:docDefaults"))
    language = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert language.get(qn("w:val")) == "vi-VN"
    normal = styles.split('w:styleId="Normal"')[1].split("</w:style>")[0]
    assert normal.count('w:lang w:val="vi-VN"') == 1


def test_the_file_says_who_wrote_it(demo_path: Path, demo_docx) -> None:  # noqa: ANN001
    core = demo_docx.core_properties
    assert core.author == core.last_modified_by == "UBND xã Hành Dũng"
    assert core.title.startswith("QUYẾT ĐỊNH Ban hành Kế hoạch") and core.category == "Quyết định"
    assert "\u00a0" not in core.title
    assert core.subject.startswith("Ban hành Kế hoạch") and core.language == "vi-VN"
    assert "python-docx" not in (core.comments or "") and core.created.year >= 2025
    with zipfile.ZipFile(demo_path) as archive:
        application = archive.read("docProps/app.xml").decode()
        assert "<Application>TTHC Desktop</Application>" in application and "Macintosh" not in application
        assert "<Company>UBND xã Hành Dũng</Company>" in application
        assert not any("thumbnail" in name for name in archive.namelist())


def rule_length(paragraph: Paragraph, box: float) -> float:
    """The length of a paragraph's bottom border: its box less its indents, in points."""
    fmt = paragraph.paragraph_format
    assert paragraph._p.pPr.find(qn("w:pBdr")).find(qn("w:bottom")) is not None
    return box - fmt.left_indent.pt - fmt.right_indent.pt


def test_the_header_rules_are_as_long_as_the_decree_wants_them(demo_docx) -> None:  # noqa: ANN001
    header = demo_docx.tables[0]
    margins = header._tbl.tblPr.find(qn("w:tblCellMar"))
    assert all(int(e.get(qn("w:w"))) == 0 for e in margins)  # the cell is the rule's whole box
    fonts = reportlab_family()
    left, right = header.rows[0].cells
    left_box, right_box = left.width.pt, right.width.pt
    issuer_rule = rule_length(left.paragraphs[-1], left_box)
    issuer_text = stringWidth("XÃ HÀNH DŨNG", fonts["bold"], 13)
    assert issuer_rule == pytest.approx(issuer_text * DEFAULT_RULES.issuer_rule, abs=0.2)
    assert issuer_text / 3 <= issuer_rule <= issuer_text / 2
    motto_rule = rule_length(right.paragraphs[-1], right_box)
    assert motto_rule == pytest.approx(stringWidth("Độc lập - Tự do - Hạnh phúc", fonts["bold"], 14), abs=0.2)


def test_the_subject_breaks_between_phrases_as_in_the_pdf(demo_docx) -> None:  # noqa: ANN001
    """Word may break only where the PDF does: no-break spaces within a line, an ordinary one between lines, and
    the paragraph as wide as the lines (plus a few points) - no manual break for a reader to trip on."""
    subject = find(demo_docx, "Ban\u00a0hành")
    lines = [line.replace("\u00a0", " ") for line in subject.text.split(" ")]
    assert lines == ["Ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính", "năm 2025 trên địa bàn xã Hành Dũng"]
    assert "\n" not in subject.text
    fonts = reportlab_family()
    box = (210 - 30 - 15) / 25.4 * 72
    room = box - subject.paragraph_format.left_indent.pt - subject.paragraph_format.right_indent.pt
    widest = max(stringWidth(line, fonts["bold"], 14) for line in lines)
    assert widest < room < stringWidth(" ".join(lines), fonts["bold"], 14)


def test_the_task_table_repeats_its_header_and_breaks_as_a_secretary_would(demo_docx) -> None:  # noqa: ANN001
    table = next(t for t in demo_docx.tables if t.rows[0].cells[0].text == "STT" and len(t.columns) == 5
                 and "Nội dung công việc" in t.rows[0].cells[1].text)
    head = table.rows[0]._tr.trPr
    assert head.find(qn("w:tblHeader")) is not None and head.find(qn("w:cantSplit")) is not None
    widths = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert len(widths) == 5 and widths[1] > widths[0] * 4
    assert sum(widths) == pytest.approx((297 - 30 - 15) / 25.4 * 1440, abs=10)
    group = next(r for r in table.rows if r.cells[0].text == "A")
    assert group.cells[1].text.startswith("Ban hành văn bản") and group.cells[1]._tc is group.cells[4]._tc  # merged
    assert font(group.cells[1].paragraphs[0], "bold")
    # A group row stays with the row after it and never splits.
    assert group._tr.trPr.find(qn("w:cantSplit")) is not None
    assert all(effective(p, lambda f: f.keep_with_next) for c in group.cells[:2] for p in c.paragraphs)
    tasks = [r for r in table.rows if r.cells[0].text.isdigit()]
    assert len(tasks) == 22
    # Rows of a few lines move whole; the long ones may split (Word keeps two lines on each page).
    short = next(r for r in tasks if r.cells[0].text == "9")  # four lines at most in every cell
    assert short._tr.trPr.find(qn("w:cantSplit")) is not None
    long = next(r for r in tasks if r.cells[0].text == "12")  # fifteen lines and more
    assert long._tr.trPr is None or long._tr.trPr.find(qn("w:cantSplit")) is None


def test_the_file_opens_after_being_written_atomically(tmp_path: Path) -> None:
    from tthc_desktop.files import write_atomic

    target = write_atomic(tmp_path / "sub" / "a.docx", b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["a.docx"]
