"""Word renderer (python-docx): the same print job, the same rules, as a .docx the clerk can touch up.

Each part is a section of its own (orientation, page numbers restarting at 1, none on its first page).
"""

from __future__ import annotations

import io

import docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph
from reportlab.pdfbase.pdfmetrics import stringWidth

from tthc_desktop.documents.fonts import WORD_FONT, reportlab_family
from tthc_desktop.documents.model import (
    AppendixTitle,
    Block,
    Header,
    Orientation,
    Paragraph,
    ParagraphKind,
    Part,
    PrintJob,
    Signature,
    Table,
    TitleBlock,
)
from tthc_desktop.documents.rules import A4_MM, DEFAULT_RULES, MM, FormatRules
from tthc_desktop.domain.text import nfc

JUSTIFY, CENTER, LEFT = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT


class DocxRenderer:
    def __init__(self, rules: FormatRules = DEFAULT_RULES) -> None:
        self.rules = rules
        self.metrics = reportlab_family()  # text widths for the header columns and the rules' lengths

    def render(self, job: PrintJob) -> bytes:
        document = docx.Document()
        self._base_style(document)
        document.core_properties.title = nfc(job.title)
        document.core_properties.author = "TTHC Desktop"
        for index, part in enumerate(job.parts):
            section = document.sections[0] if index == 0 else document.add_section(WD_SECTION.NEW_PAGE)
            self._page(section, part)
            width = self._text_width(part.orientation)
            for block in part.blocks:
                self._add(document, block, width)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    # ---------------------------------------------------------------- page and styles

    def _base_style(self, document: WordDocument) -> None:
        style = document.styles["Normal"]
        style.font.name = WORD_FONT
        style.font.size = Pt(self.rules.body_size)
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attribute), WORD_FONT)
        paragraph = style.paragraph_format
        paragraph.space_before, paragraph.space_after = Pt(0), Pt(0)
        paragraph.line_spacing = 1.0

    def _text_width(self, orientation: Orientation) -> float:
        """Width of the text area in points."""
        page_width = A4_MM[1] if orientation is Orientation.LANDSCAPE else A4_MM[0]
        return (page_width - self.rules.margin_left - self.rules.margin_right) * MM

    def _page(self, section, part: Part) -> None:  # noqa: ANN001
        r = self.rules
        landscape = part.orientation is Orientation.LANDSCAPE
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        width, height = (A4_MM[1], A4_MM[0]) if landscape else A4_MM
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.top_margin, section.bottom_margin = Mm(r.margin_top), Mm(r.margin_bottom)
        section.left_margin, section.right_margin = Mm(r.margin_left), Mm(r.margin_right)
        section.header_distance = Mm(r.margin_top / 2 - 4)
        section.different_first_page_header_footer = True
        number_type = OxmlElement("w:pgNumType")
        number_type.set(qn("w:start"), "1")
        section._sectPr.append(number_type)
        header = section.header
        header.is_linked_to_previous = False
        section.first_page_header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph.alignment = CENTER
        self._page_field(paragraph)

    def _page_field(self, paragraph: WordParagraph) -> None:
        run = paragraph.add_run()
        run.font.size = Pt(self.rules.page_number_size)
        for kind, text in (("begin", None), ("instr", " PAGE "), ("end", None)):
            if kind == "instr":
                element = OxmlElement("w:instrText")
                element.set(qn("xml:space"), "preserve")
                element.text = text
            else:
                element = OxmlElement("w:fldChar")
                element.set(qn("w:fldCharType"), kind)
            run._r.append(element)

    # ---------------------------------------------------------------- paragraphs

    def _paragraph(self, container, text: str = "", *, size: float | None = None, bold: bool = False,  # noqa: ANN001
                   italic: bool = False, align=JUSTIFY, indent: bool = False, spacing: float = 1.0,  # noqa: ANN001
                   after: float = 0, before: float = 0, lead: str | None = None) -> WordParagraph:
        paragraph = container.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.alignment = align
        fmt.line_spacing = spacing
        fmt.space_after, fmt.space_before = Pt(after), Pt(before)
        if indent:
            fmt.first_line_indent = Cm(self.rules.first_line_indent_cm)
        size = size or self.rules.body_size
        if lead:
            run = paragraph.add_run(nfc(lead) + " ")
            run.bold, run.font.size = True, Pt(size)
        lines = nfc(text).split("\n")
        for number, line in enumerate(lines):
            run = paragraph.add_run(line)
            run.bold, run.italic, run.font.size = bold, italic, Pt(size)
            if number < len(lines) - 1:
                run.add_break()
        return paragraph

    def _rule(self, container, rule_width: float, box_width: float, after: float = 4) -> None:  # noqa: ANN001
        """A centred solid line of `rule_width` points: an empty paragraph's bottom border, indented."""
        paragraph = container.add_paragraph()
        fmt = paragraph.paragraph_format
        margin = max((box_width - rule_width) / 2, 0)
        fmt.left_indent = fmt.right_indent = Pt(margin)
        fmt.space_after, fmt.space_before, fmt.line_spacing = Pt(after), Pt(0), Pt(3)
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", str(max(2, round(self.rules.rule_thickness_pt * 8)))),
                           ("w:space", "1"), ("w:color", "000000")):
            bottom.set(qn(key), value)
        border.append(bottom)
        paragraph._p.get_or_add_pPr().append(border)

    def _width(self, text: str, style: str, size: float) -> float:
        return stringWidth(nfc(text), self.metrics[style], size)

    # ---------------------------------------------------------------- blocks

    def _add(self, document: WordDocument, block: Block, width: float) -> None:
        r = self.rules
        if isinstance(block, Header):
            self._header(document, block, width)
        elif isinstance(block, TitleBlock):
            self._paragraph(document, block.type_name, size=r.type_size, bold=True, align=CENTER, before=18)
            subject_width = self._width(block.subject, "bold", r.subject_size)
            margin = max((width - max(width * r.subject_width, subject_width / 2 + 24)) / 2, 0)
            subject = self._paragraph(document, block.subject, size=r.subject_size, bold=True, align=CENTER)
            subject.paragraph_format.left_indent = subject.paragraph_format.right_indent = Pt(margin)
            self._rule(document, min(width * r.subject_width, subject_width) * r.subject_rule, width)
            if block.attached_note:
                self._paragraph(document, block.attached_note, italic=True, align=CENTER, before=2)
                self._rule(document, width * 0.2, width, after=10)
            if block.authority_line:
                self._paragraph(document, block.authority_line, bold=True, align=CENTER, before=6, after=12)
            else:
                self._paragraph(document, "", size=6)
        elif isinstance(block, AppendixTitle):
            self._paragraph(document, block.label, size=r.appendix_label_size, bold=True, align=CENTER)
            self._paragraph(document, block.title, size=r.subject_size, bold=True, align=CENTER)
            if block.note:
                self._paragraph(document, block.note, italic=True, align=CENTER, before=2)
            self._rule(document, width * 0.2, width, after=10)
        elif isinstance(block, Paragraph):
            self._body(document, block)
        elif isinstance(block, Table):
            self._table(document, block, width)
        elif isinstance(block, Signature):
            self._signature(document, block, width)

    def _body(self, document: WordDocument, block: Paragraph) -> None:
        r = self.rules
        common = {"spacing": r.line_spacing, "after": r.space_after_pt}
        if block.kind is ParagraphKind.DECIDES:
            self._paragraph(document, block.text, bold=True, align=CENTER, before=6, **common)
        elif block.kind is ParagraphKind.ADDRESSEE:
            self._paragraph(document, block.text, align=CENTER, before=6, **common)
        elif block.kind in (ParagraphKind.LEGAL_BASIS, ParagraphKind.PROPOSAL):
            self._paragraph(document, block.text, italic=True, indent=True, **common)
        elif block.kind is ParagraphKind.HEADING:
            text = f"{block.lead} {block.text}" if block.lead else block.text
            self._paragraph(document, text, bold=True, indent=True, **common)
        else:
            self._paragraph(document, block.text, indent=True, lead=block.lead, **common)

    def _borderless(self, table) -> None:  # noqa: ANN001
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:val"), "nil")
            borders.append(element)
        table._tbl.tblPr.append(borders)

    def _cell_margins(self, table) -> None:  # noqa: ANN001
        margins = OxmlElement("w:tblCellMar")
        vertical, horizontal = self.rules.cell_padding_vertical_pt, self.rules.cell_padding_pt
        for edge, points in (("top", vertical), ("bottom", vertical), ("left", horizontal), ("right", horizontal)):
            element = OxmlElement(f"w:{edge}")
            element.set(qn("w:w"), str(round(points * 20)))
            element.set(qn("w:type"), "dxa")
            margins.append(element)
        table._tbl.tblPr.append(margins)

    def _set_widths(self, table, widths: list[float]) -> None:  # noqa: ANN001
        """Cell widths and the grid: LibreOffice ignores cell widths unless the grid columns agree."""
        table.autofit = False
        grid = table._tbl.tblGrid
        for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
            column.set(qn("w:w"), str(round(width * 20)))
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = Pt(width)

    def _header(self, document: WordDocument, header: Header, width: float) -> None:
        r = self.rules
        right_needed = max(self._width(header.nation_line, "bold", r.nation_size),
                           self._width(header.motto_line, "bold", r.motto_size))
        date_width = self._width(header.date_line, "italic", r.date_size)
        right = min(max(right_needed, date_width) + 12, width * 0.62)
        left = width - right
        table = document.add_table(rows=2, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        self._borderless(table)
        self._set_widths(table, [left, right])
        top_left, top_right = table.rows[0].cells
        bottom_left, bottom_right = table.rows[1].cells
        for cell in (top_left, top_right, bottom_left, bottom_right):
            cell._tc.remove(cell.paragraphs[0]._p)
        if header.parent_line:
            self._paragraph(top_left, header.parent_line, size=r.parent_size, align=CENTER)
        for line in header.issuer_lines:
            self._paragraph(top_left, line, size=r.issuer_size, bold=True, align=CENTER)
        self._rule(top_left, self._width(header.issuer_lines[-1], "bold", r.issuer_size) * r.issuer_rule, left)
        self._paragraph(top_right, header.nation_line, size=r.nation_size, bold=True, align=CENTER)
        self._paragraph(top_right, header.motto_line, size=r.motto_size, bold=True, align=CENTER)
        self._rule(top_right, self._width(header.motto_line, "bold", r.motto_size), right)
        # One row for number and date, both at the bottom of their cells: one baseline.
        self._paragraph(bottom_left, header.number_line, size=r.number_size, align=CENTER, before=6)
        self._paragraph(bottom_right, header.date_line, size=r.date_size, italic=True, align=CENTER, before=6)
        for cell in (bottom_left, bottom_right):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM

    def _cell_text(self, cell: _Cell, text: str, *, bold: bool = False, centred: bool = False) -> None:
        r = self.rules
        first = cell.paragraphs[0]
        for number, line in enumerate(nfc(text).split("\n")):
            paragraph = first if number == 0 else cell.add_paragraph()
            fmt = paragraph.paragraph_format
            fmt.alignment = CENTER if centred else LEFT
            fmt.line_spacing, fmt.space_after, fmt.space_before = r.table_line_spacing, Pt(0), Pt(0)
            run = paragraph.add_run(line)
            run.bold, run.font.size = bold, Pt(r.table_size)

    def _table(self, document: WordDocument, table: Table, width: float) -> None:
        columns = table.columns
        header_rows = 2 if table.two_level else 1
        # Header rows first, on a small table: table.cell() rebuilds the whole grid on every call, so body
        # rows are appended after and reached through their own cells.
        word = document.add_table(rows=header_rows, cols=len(columns))
        word.style = document.styles["Table Grid"]
        word.alignment = WD_TABLE_ALIGNMENT.CENTER
        self._cell_margins(word)
        total = sum(c.weight for c in columns)
        widths = [width * c.weight / total for c in columns]
        self._set_widths(word, widths)
        self._header_rows(word, columns, header_rows)
        for row in table.rows:
            word_row = word.add_row()
            cells = [_Cell(tc, word) for tc in word_row._tr.tc_lst]
            for cell, cell_width in zip(cells, widths, strict=True):
                cell.width = Pt(cell_width)
            if row.group:
                self._cell_text(cells[0], row.cells[0], bold=True, centred=True)
                self._cell_text(cells[1].merge(cells[-1]), row.cells[1], bold=True)
                continue
            for cell, text, column in zip(cells, row.cells, columns, strict=True):
                self._cell_text(cell, text, bold=row.total, centred=column.centred)

    def _header_rows(self, word, columns: tuple, header_rows: int) -> None:  # noqa: ANN001
        for number in range(header_rows):
            properties = word.rows[number]._tr.get_or_add_trPr()
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            properties.append(repeat)
        if not header_rows - 1:
            for index, column in enumerate(columns):
                self._cell_text(word.cell(0, index), column.title, bold=True, centred=True)
        else:
            index = 0
            while index < len(columns):
                column = columns[index]
                if column.group is None:
                    cell = word.cell(0, index).merge(word.cell(1, index))
                    self._cell_text(cell, column.title, bold=True, centred=True)
                    index += 1
                    continue
                last = index
                while last + 1 < len(columns) and columns[last + 1].group == column.group:
                    last += 1
                group_cell = word.cell(0, index).merge(word.cell(0, last)) if last > index else word.cell(0, index)
                self._cell_text(group_cell, column.group, bold=True, centred=True)
                for sub in range(index, last + 1):
                    self._cell_text(word.cell(1, sub), columns[sub].title, bold=True, centred=True)
                index = last + 1
        for row in word.rows[:header_rows]:
            for cell in row.cells:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    def _signature(self, document: WordDocument, block: Signature, width: float) -> None:
        r = self.rules
        body = document.paragraphs[-1] if document.paragraphs else None
        if body is not None:
            body.paragraph_format.keep_with_next = True  # never alone at the top of a page
        self._paragraph(document, "", size=6).paragraph_format.keep_with_next = True
        table = document.add_table(rows=1, cols=2)
        self._borderless(table)
        self._set_widths(table, [width * 0.45, width * 0.55])
        row = table.rows[0]
        properties = row._tr.get_or_add_trPr()
        cant_split = OxmlElement("w:cantSplit")
        cant_split.set(qn("w:val"), "true")
        properties.append(cant_split)
        left, right = row.cells
        for cell in (left, right):
            cell._tc.remove(cell.paragraphs[0]._p)
        if block.recipients_title:
            self._paragraph(left, block.recipients_title, size=r.recipients_title_size, bold=True, italic=True,
                            align=LEFT)
            for line in block.recipients:
                self._paragraph(left, line, size=r.recipients_size, align=LEFT)
        else:
            self._paragraph(left, "", size=r.recipients_size)
        for line in block.lines:
            self._paragraph(right, line, size=r.signature_size, bold=True, align=CENTER)
        gap = self._paragraph(right, "", size=r.signature_size)
        gap.paragraph_format.space_before = Pt(r.signature_gap_mm * MM - r.signature_size)
        if block.name:
            self._paragraph(right, block.name, size=r.signature_size, bold=True, align=CENTER)
