"""The Word document's own settings: one named style per part of the legal layout, Vietnamese proofing, and
properties that say who wrote the file.

A clerk restyles a document through its styles ("Trích yếu", "Căn cứ", "Điều", …), finds its articles, parts
and appendices in the Navigation pane (their styles carry outline levels), and expects Word to check the
spelling in Vietnamese. The styles carry the decree's formats from `rules`; paragraphs name a style and carry
direct formatting only where a value is the paragraph's own (a rule's indents, a subject's line breaks).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tthc_desktop.documents import docx_xml
from tthc_desktop.documents.fonts import WORD_FONT
from tthc_desktop.documents.rules import FormatRules
from tthc_desktop.domain.text import printable

LANGUAGE = "vi-VN"
APPLICATION = "TTHC Desktop"
JUSTIFY, CENTER, LEFT = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT


@dataclass(frozen=True)
class StyleSpec:
    name: str  # as the clerk sees it in Word
    style_id: str  # ASCII, stable
    size: str  # the FormatRules field of its size
    bold: bool = False
    italic: bool = False
    align: WD_ALIGN_PARAGRAPH = CENTER
    indent: bool = False  # the body's first-line indent
    body_spacing: bool = False  # the body's line spacing and space after
    before: float = 0
    after: float = 0
    keep_with_next: bool = False
    outline: int | None = None  # Navigation pane level, 0 = top
    base: str = "Normal"


# key -> style. The keys are what the renderer asks for.
_SPECS = (
    ("parent", StyleSpec("Cơ quan chủ quản", "TTHCCoQuanChuQuan", "parent_size")),
    ("issuer", StyleSpec("Cơ quan ban hành", "TTHCCoQuanBanHanh", "issuer_size", bold=True)),
    ("nation", StyleSpec("Quốc hiệu", "TTHCQuocHieu", "nation_size", bold=True)),
    ("motto", StyleSpec("Tiêu ngữ", "TTHCTieuNgu", "motto_size", bold=True)),
    ("number", StyleSpec("Số, ký hiệu", "TTHCSoKyHieu", "number_size", before=6)),
    ("date", StyleSpec("Địa danh, ngày tháng", "TTHCDiaDanhNgayThang", "date_size", italic=True, before=6)),
    ("type", StyleSpec("Tên loại văn bản", "TTHCTenLoai", "type_size", bold=True, before=18, keep_with_next=True,
                       outline=0)),
    ("subject", StyleSpec("Trích yếu", "TTHCTrichYeu", "subject_size", bold=True, keep_with_next=True)),
    ("note", StyleSpec("Ghi chú ban hành kèm theo", "TTHCGhiChu", "body_size", italic=True, before=2,
                       keep_with_next=True)),
    ("authority", StyleSpec("Thẩm quyền ban hành", "TTHCThamQuyen", "body_size", bold=True, before=6, after=12,
                            keep_with_next=True)),
    ("body", StyleSpec("Nội dung", "TTHCNoiDung", "body_size", align=JUSTIFY, indent=True, body_spacing=True)),
    ("legal_basis", StyleSpec("Căn cứ", "TTHCCanCu", "body_size", italic=True, align=JUSTIFY, indent=True,
                              body_spacing=True)),
    ("proposal", StyleSpec("Theo đề nghị", "TTHCTheoDeNghi", "body_size", italic=True, align=JUSTIFY, indent=True,
                           body_spacing=True)),
    ("decides", StyleSpec("Quyết định:", "TTHCQuyetDinh", "body_size", bold=True, before=6, body_spacing=True,
                          keep_with_next=True)),
    ("article", StyleSpec("Điều", "TTHCDieu", "body_size", align=JUSTIFY, indent=True, body_spacing=True,
                          outline=1)),
    ("heading1", StyleSpec("Đề mục 1", "TTHCDeMuc1", "body_size", bold=True, align=LEFT, indent=True,
                           body_spacing=True, keep_with_next=True, outline=1)),
    ("heading2", StyleSpec("Đề mục 2", "TTHCDeMuc2", "body_size", bold=True, align=LEFT, indent=True,
                           body_spacing=True, keep_with_next=True, outline=2)),
    ("heading3", StyleSpec("Đề mục 3", "TTHCDeMuc3", "body_size", bold=True, align=LEFT, indent=True,
                           body_spacing=True, keep_with_next=True, outline=3)),
    ("addressee", StyleSpec("Kính gửi", "TTHCKinhGui", "body_size", before=6, body_spacing=True)),
    ("appendix_label", StyleSpec("Phụ lục", "TTHCPhuLuc", "appendix_label_size", bold=True, keep_with_next=True,
                                 outline=0)),
    ("appendix_title", StyleSpec("Tên phụ lục", "TTHCTenPhuLuc", "subject_size", bold=True, keep_with_next=True)),
    ("table_head", StyleSpec("Đầu bảng", "TTHCDauBang", "table_size", bold=True)),
    ("table_numbering", StyleSpec("Số thứ tự cột", "TTHCSoCot", "table_size", italic=True)),
    ("table_cell", StyleSpec("Ô bảng", "TTHCOBang", "table_size", align=LEFT)),
    ("table_cell_centre", StyleSpec("Ô bảng giữa", "TTHCOBangGiua", "table_size")),
    ("table_group", StyleSpec("Nhóm trong bảng", "TTHCNhomTrongBang", "table_size", bold=True, align=LEFT,
                              keep_with_next=True)),
    ("table_total", StyleSpec("Dòng tổng cộng", "TTHCTongCong", "table_size", bold=True, align=LEFT)),
    ("table_total_centre", StyleSpec("Dòng tổng cộng giữa", "TTHCTongCongGiua", "table_size", bold=True)),
    ("recipients_title", StyleSpec("Nơi nhận", "TTHCNoiNhan", "recipients_title_size", bold=True, italic=True,
                                   align=LEFT)),
    ("recipients", StyleSpec("Nơi nhận - dòng", "TTHCNoiNhanDong", "recipients_size", align=LEFT)),
    ("signature", StyleSpec("Chức vụ người ký", "TTHCChucVu", "signature_size", bold=True, keep_with_next=True)),
    ("signer", StyleSpec("Họ tên người ký", "TTHCNguoiKy", "signature_size", bold=True)),
    ("page_number", StyleSpec("Số trang", "TTHCSoTrang", "page_number_size", base="Header")),
)
STYLES: dict[str, StyleSpec] = dict(_SPECS)
LEAD_STYLE = ("Số điều, số mục", "TTHCSoDieu")  # the bold "Điều 1." before an article's text


def define_styles(document: WordDocument, rules: FormatRules) -> None:
    """Times New Roman and Vietnamese everywhere (the defaults and Normal), then one style per part."""
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = docx_xml.child(run_defaults, "w:rFonts", docx_xml.RPR)
    for name in list(fonts.attrib):
        del fonts.attrib[name]
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), WORD_FONT)
    docx_xml.language(run_defaults, LANGUAGE)
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    if spacing is not None:
        spacing.getparent().remove(spacing)

    normal = styles["Normal"]
    normal.font.name = WORD_FONT
    normal.font.size = Pt(rules.body_size)
    docx_xml.language(normal.element.get_or_add_rPr(), LANGUAGE)
    paragraph = normal.paragraph_format
    paragraph.space_before, paragraph.space_after = Pt(0), Pt(0)
    paragraph.line_spacing = 1.0

    for spec in STYLES.values():
        _paragraph_style(document, spec, rules)
    lead = styles.add_style(LEAD_STYLE[0], WD_STYLE_TYPE.CHARACTER)
    lead.style_id = LEAD_STYLE[1]
    lead.font.bold = True
    lead.quick_style = True


def _paragraph_style(document: WordDocument, spec: StyleSpec, rules: FormatRules) -> None:
    style = document.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = spec.style_id
    style.base_style = document.styles[spec.base]
    style.quick_style = True
    font = style.font
    font.name = WORD_FONT
    font.size = Pt(getattr(rules, spec.size))
    font.bold, font.italic = spec.bold, spec.italic
    fmt = style.paragraph_format
    fmt.alignment = spec.align
    fmt.space_before = Pt(spec.before)
    fmt.space_after = Pt(rules.space_after_pt if spec.body_spacing and not spec.after else spec.after)
    fmt.line_spacing = rules.line_spacing if spec.body_spacing else 1.0
    fmt.first_line_indent = Cm(rules.first_line_indent_cm) if spec.indent else Cm(0)
    fmt.keep_with_next = spec.keep_with_next
    fmt.widow_control = True
    if spec.outline is not None:
        docx_xml.outline_level(style.element.get_or_add_pPr(), spec.outline)
    if spec.size == "table_size":
        fmt.line_spacing = rules.table_line_spacing


def heading_style(lead: str | None) -> str:
    """ "heading1" for "I.", "heading2" for "1.", "heading3" for "1.1." and deeper, from a heading's label."""
    label = (lead or "").strip().rstrip(".)")
    if label and set(label) <= set("IVXLC"):
        return "heading1"
    return "heading3" if "." in label else "heading2"


def settings(document: WordDocument) -> None:
    """Word's settings part as the schema wants it, in Vietnamese."""
    element = document.settings.element
    zoom = element.find(qn("w:zoom"))
    if zoom is not None:
        zoom.set(qn("w:percent"), "100")
    theme_language = element.find(qn("w:themeFontLang"))
    if theme_language is not None:
        theme_language.set(qn("w:val"), LANGUAGE)


def properties(document: WordDocument, title: str, author: str | None, subject: str | None,
               category: str | None) -> None:
    """Who wrote the file and what it is (File > Info in Word, the file's properties in Explorer)."""
    core = document.core_properties
    author = printable(author) if author else None
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    core.title = title
    core.author = core.last_modified_by = author or APPLICATION
    core.subject = subject or ""
    core.category = category or ""
    core.comments = ""
    core.keywords = "kiểm soát thủ tục hành chính"
    core.language = LANGUAGE
    core.created = core.modified = now
    core.revision = 1
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:  # the template's picture of an empty page
            del package.rels[rel_id]
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _app_xml(author)


def _app_xml(company: str | None) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>{APPLICATION}</Application><DocSecurity>0</DocSecurity>"
        f"<Company>{escape(company or '')}</Company></Properties>"
    ).encode()
