"""Word's automatic numbering rendered as Word shows it (issue 15 item 3): levels, formats, starts, restarts,
overrides, numbering from styles, numStyleLink; read from real .docx files built with numbering.xml."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from tthc_desktop.importers.numbering import WordNumbering, format_count

W = nsdecls("w")


def level(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "", suffix: str = "tab") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:suff w:val="{suffix}"/><w:lvlText w:val="{text}"/></w:lvl>')


class Doc:
    """A document with our own abstractNums and nums, whose paragraphs' labels we read back."""

    def __init__(self) -> None:
        self.d = docx.Document()
        self.root = self.d.part.numbering_part.element
        self.root.clear()

    def abstract(self, abstract_id: int, *levels: str, link: str = "") -> None:
        self.root.append(parse_xml(f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">{link}{"".join(levels)}'
                                   '</w:abstractNum>'))

    def num(self, num_id: int, abstract_id: int, overrides: str = "") -> None:
        self.root.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                                   f'{overrides}</w:num>'))

    def p(self, text: str, num_id: int | None = None, ilvl: int | None = None, style: str | None = None) -> None:
        paragraph = self.d.add_paragraph(text)
        if style:
            paragraph.style = self.d.styles.get_by_id(style, 1)
        if num_id is not None or ilvl is not None:
            num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
            if ilvl is not None:
                num_pr.get_or_add_ilvl().val = ilvl
            if num_id is not None:
                num_pr.get_or_add_numId().val = num_id

    def labels(self) -> list[str | None]:
        buffer = io.BytesIO()
        self.d.save(buffer)
        document = docx.Document(io.BytesIO(buffer.getvalue()))
        numbering = WordNumbering(document)
        out = []
        for paragraph in document.paragraphs:
            found = numbering.label(paragraph._p)
            out.append(found[0] if found else None)
        return out


def test_levels_formats_and_the_default_restart_of_deeper_levels() -> None:
    d = Doc()
    d.abstract(1, level(0, "upperRoman", "%1."), level(1, "decimal", "%2."), level(2, "lowerLetter", "%3)"),
               level(3, "decimal", "%2.%4."))
    d.num(1, 1)
    for ilvl in (0, 1, 2, 2, 1, 2, 3, 0, 1):
        d.p("x", 1, ilvl)
    d.p("không đánh số")
    assert d.labels() == ["I.", "1.", "a)", "b)", "2.", "a)", "2.1.", "II.", "1.", None]


def test_nums_of_one_abstract_continue_one_count_and_a_start_override_restarts_it() -> None:
    d = Doc()
    d.abstract(1, level(0, "decimal", "%1."))
    d.num(1, 1)
    d.num(2, 1)  # the same list, another num: Word continues the count
    d.num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')  # "Restart at 1"
    d.num(4, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride>')  # "Set value to 7"
    for num_id in (1, 1, 2, 1, 3, 3, 1, 4, 1):
        d.p("x", num_id, 0)
    assert d.labels() == ["1.", "2.", "3.", "4.", "1.", "2.", "3.", "7.", "8."]


def test_a_level_override_replaces_the_levels_definition_for_that_num_only() -> None:
    d = Doc()
    d.abstract(1, level(0, "decimal", "%1."))
    d.num(1, 1)
    d.num(2, 1, '<w:lvlOverride w:ilvl="0">' + level(0, "upperLetter", "%1-", start=3) + '</w:lvlOverride>')
    d.p("x", 1, 0)
    d.p("x", 2, 0)
    d.p("x", 2, 0)
    assert d.labels() == ["1.", "B-", "C-"]


def test_level_restart_never_and_legal_numbering() -> None:
    d = Doc()
    d.abstract(1, level(0, "upperRoman", "%1."), level(1, "decimal", "%2.", extra='<w:lvlRestart w:val="0"/>'))
    d.abstract(2, level(0, "upperRoman", "%1."), level(1, "decimal", "%1.%2.", extra="<w:isLgl/>"))
    d.num(1, 1)
    d.num(2, 2)
    for num_id, ilvl in ((1, 0), (1, 1), (1, 1), (1, 0), (1, 1), (2, 0), (2, 0), (2, 1), (2, 1)):
        d.p("x", num_id, ilvl)
    assert d.labels() == ["I.", "1.", "2.", "II.", "3.", "I.", "II.", "2.1.", "2.2."]


def test_numbering_from_the_paragraph_style_and_its_linked_level() -> None:
    d = Doc()
    d.abstract(1, level(0, "upperRoman", "%1.", extra='<w:pStyle w:val="Heading1"/>'),
               level(1, "decimal", "%2.", extra='<w:pStyle w:val="Heading2"/>'))
    d.num(5, 1)
    for style, ilvl in (("Heading1", 0), ("Heading2", None)):
        p_pr = d.d.styles.get_by_id(style, 1).element.get_or_add_pPr()
        num_pr = p_pr.get_or_add_numPr()
        num_pr.get_or_add_numId().val = 5
        if ilvl is not None:
            num_pr.get_or_add_ilvl().val = ilvl
    d.p("MỤC ĐÍCH", style="Heading1")
    d.p("Mục đích", style="Heading2")  # the style names no level: the one linked to it (1)
    d.p("Yêu cầu", style="Heading2")
    d.p("NHIỆM VỤ", style="Heading1")
    d.p("Không đánh số", style="Heading1", num_id=0)  # numId 0 on the paragraph: no number
    d.p("Rà soát", style="Heading2")
    assert d.labels() == ["I.", "1.", "2.", "II.", None, "1."]


def test_a_num_style_link_takes_the_levels_of_the_numbering_style() -> None:
    d = Doc()
    d.abstract(1, level(0, "upperLetter", "%1."), link='<w:styleLink w:val="OurList"/>')
    d.abstract(2, link='<w:numStyleLink w:val="OurList"/>')
    d.num(1, 1)
    d.num(2, 2)
    styles = d.d.styles.element
    styles.append(parse_xml(f'<w:style {W} w:type="numbering" w:styleId="OurList"><w:name w:val="Our List"/>'
                            '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'))
    d.p("x", 2, 0)
    d.p("x", 2, 0)
    assert d.labels() == ["A.", "B."]


def test_bullets_show_their_glyph_and_none_shows_nothing() -> None:
    d = Doc()
    d.abstract(1, level(0, "bullet", "\uf0b7"), level(1, "bullet", "-"), level(2, "none", ""))
    d.num(1, 1)
    for ilvl in (0, 1, 2):
        d.p("x", 1, ilvl)
    assert d.labels() == ["•", "-", None]


@pytest.mark.parametrize(("n", "fmt", "text"), [
    (1, "decimal", "1"), (5, "decimalZero", "05"), (12, "decimalZero", "12"), (4, "upperRoman", "IV"),
    (9, "lowerRoman", "ix"), (1, "upperLetter", "A"), (26, "lowerLetter", "z"), (27, "lowerLetter", "aa"),
    (28, "upperLetter", "BB"), (3, "none", ""), (3, "ordinal", "3"),
])
def test_number_formats(n: int, fmt: str, text: str) -> None:
    assert format_count(n, fmt) == text
