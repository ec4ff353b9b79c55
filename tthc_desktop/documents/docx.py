"""Word renderer (python-docx): the same print job, the same rules, as a .docx the clerk can touch up.

Each part is a section of its own (orientation, page numbers restarting at 1, none on its first page). Every
paragraph names a style of `docx_styles` (the decree's formats live there); what python-docx has no API for is
written by `docx_xml` in the schema's order, so Word opens the file without "repairing" it.
"""

from __future__ import annotations

import io
from typing import Protocol

import docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm, Pt
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from tthc_desktop.documents import docx_xml
from tthc_desktop.documents.docx_styles import LEAD_STYLE, STYLES, define_styles, heading_style, properties, settings
from tthc_desktop.documents.fonts import reportlab_family
from tthc_desktop.documents.lines import SPARE, balanced_lines, measure_with, room
from tthc_desktop.documents.model import (
    AppendixTitle,
    Block,
    Column,
    Header,
    Orientation,
    Paragraph,
    ParagraphKind,
    Part,
    PrintJob,
    Row,
    Signature,
    Table,
    TitleBlock,
)
from tthc_desktop.documents.rules import A4_MM, DEFAULT_RULES, KEEP_WHOLE_LINES, MM, FormatRules
from tthc_desktop.domain.phrases import NBSP
from tthc_desktop.domain.text import printable


class Container(Protocol):
    """What paragraphs are added to: the document's body, a table cell."""

    def add_paragraph(self, text: str = "", style: str | None = None) -> WordParagraph: ...


_BODY_STYLES = {
    ParagraphKind.BODY: "body", ParagraphKind.BULLET: "body", ParagraphKind.LEGAL_BASIS: "legal_basis",
    ParagraphKind.PROPOSAL: "proposal", ParagraphKind.DECIDES: "decides", ParagraphKind.ADDRESSEE: "addressee",
    ParagraphKind.ARTICLE: "article",
}


class DocxRenderer:
    def __init__(self, rules: FormatRules = DEFAULT_RULES) -> None:
        self.rules = rules
        self.metrics = reportlab_family()  # text widths for the header columns, the rules and the lines

    def render(self, job: PrintJob) -> bytes:
        document = docx.Document()
        define_styles(document, self.rules)
        settings(document)
        properties(document, printable(job.title), job.author, printable(job.subject or ""), job.category)
        for index, part in enumerate(job.parts):
            section = document.sections[0] if index == 0 else document.add_section(WD_SECTION.NEW_PAGE)
            self._page(section, part)
            width = self._text_width(part.orientation)
            for block in part.blocks:
                self._add(document, block, width)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    # ---------------------------------------------------------------- page

    def _text_width(self, orientation: Orientation) -> float:
        """Width of the text area in points."""
        page_width = A4_MM[1] if orientation is Orientation.LANDSCAPE else A4_MM[0]
        return (page_width - self.rules.margin_left - self.rules.margin_right) * MM

    def _page(self, section: Section, part: Part) -> None:
        r = self.rules
        landscape = part.orientation is Orientation.LANDSCAPE
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        width, height = (A4_MM[1], A4_MM[0]) if landscape else A4_MM
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.top_margin, section.bottom_margin = Mm(r.margin_top), Mm(r.margin_bottom)
        section.left_margin, section.right_margin = Mm(r.margin_left), Mm(r.margin_right)
        section.header_distance = Mm(r.margin_top / 2 - 4)
        section.different_first_page_header_footer = True
        docx_xml.page_numbers_from_one(section._sectPr)
        header = section.header
        header.is_linked_to_previous = False
        section.first_page_header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        self._style(paragraph, "page_number")
        self._page_field(paragraph)

    @staticmethod
    def _page_field(paragraph: WordParagraph) -> None:
        run = paragraph.add_run()
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

    @staticmethod
    def _style(paragraph: WordParagraph, style: str) -> None:
        """Name the paragraph's style by its id: python-docx's `paragraph.style = …` looks for the default
        paragraph style among all 200 of the template's at every call (most of a 1,000-task plan's time)."""
        paragraph._p.style = STYLES[style].style_id

    def _paragraph(self, container: Container, style: str, text: str = "", lead: str | None = None) -> WordParagraph:
        paragraph = container.add_paragraph()
        self._style(paragraph, style)
        if lead:
            paragraph.add_run(printable(lead) + " ")._r.style = LEAD_STYLE[1]
        lines = printable(text).split("\n")
        for number, line in enumerate(lines):
            run = paragraph.add_run(line)
            if number < len(lines) - 1:
                run.add_break()
        return paragraph

    def _balanced(self, container: Container, style: str, text: str, width: float,
                  box: float) -> tuple[WordParagraph, float]:
        """A centred paragraph in the balanced lines the PDF prints too; returns it and its widest line.

        The lines are not cut with manual breaks (an importer, or the clerk's Find, would read a broken
        subject): within a line every space is a no-break space, between lines an ordinary one, and the
        paragraph is indented to the lines' width, so Word can break only where the PDF does."""
        spec = STYLES[style]
        face = "bold_italic" if spec.bold and spec.italic else "bold" if spec.bold else \
            "italic" if spec.italic else "regular"
        measure = measure_with(self.metrics[face], getattr(self.rules, spec.size))
        width = room(width, box)
        lines = balanced_lines(printable(text), measure, width)
        widest = max(measure(line) for line in lines)
        if len(lines) == 1:  # it fits its box: nothing to hold together
            return self._paragraph(container, style, lines[0]), widest
        paragraph = self._paragraph(container, style, " ".join(line.replace(" ", NBSP) for line in lines))
        if len(lines) > 1:
            # Word measures as reportlab does (metric-compatible fonts); SPARE points keep a whole line in its box.
            margin = max((box - max(width, widest) - SPARE) / 2, 0)
            paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = Pt(margin)
        return paragraph, widest

    def _rule(self, container: Container, rule_width: float, box_width: float, after: float = 4) -> None:
        """A centred solid line of `rule_width` points: an empty paragraph's bottom border, indented."""
        paragraph = container.add_paragraph()
        fmt = paragraph.paragraph_format
        margin = max((box_width - rule_width) / 2, 0)
        fmt.left_indent = fmt.right_indent = Pt(margin)
        fmt.space_after, fmt.space_before, fmt.line_spacing = Pt(after), Pt(0), Pt(3)
        docx_xml.bottom_border(paragraph._p.get_or_add_pPr(), self.rules.rule_thickness_pt)

    def _width(self, text: str, face: str, size: float) -> float:
        return stringWidth(printable(text), self.metrics[face], size)

    # ---------------------------------------------------------------- blocks

    def _add(self, document: WordDocument, block: Block, width: float) -> None:
        r = self.rules
        if isinstance(block, Header):
            self._header(document, block, width)
        elif isinstance(block, TitleBlock):
            self._balanced(document, "type", block.type_name, width, width)
            _subject, widest = self._balanced(document, "subject", block.subject, width * r.subject_width, width)
            self._rule(document, widest * r.subject_rule, width)
            if block.attached_note:
                self._balanced(document, "note", block.attached_note, width, width)
                self._rule(document, width * 0.2, width, after=10)
            if block.authority_line:
                self._balanced(document, "authority", block.authority_line, width, width)
            else:
                self._paragraph(document, "body").paragraph_format.space_after = Pt(0)
        elif isinstance(block, AppendixTitle):
            self._paragraph(document, "appendix_label", block.label)
            self._balanced(document, "appendix_title", block.title, width * r.subject_width, width)
            if block.note:
                self._balanced(document, "note", block.note, width, width)
            self._rule(document, width * 0.2, width, after=10)
        elif isinstance(block, Paragraph):
            self._body(document, block, width)
        elif isinstance(block, Table):
            self._table(document, block, width)
        elif isinstance(block, Signature):
            self._signature(document, block, width)

    def _body(self, document: WordDocument, block: Paragraph, width: float) -> None:
        if block.kind is ParagraphKind.HEADING:
            text = f"{block.lead} {block.text}" if block.lead else block.text
            self._paragraph(document, heading_style(block.lead), text)
        elif block.kind is ParagraphKind.ADDRESSEE:
            self._balanced(document, "addressee", block.text, width, width)
        elif block.kind is ParagraphKind.ARTICLE or block.lead:
            self._paragraph(document, _BODY_STYLES[block.kind], block.text, lead=block.lead)
        else:
            self._paragraph(document, _BODY_STYLES[block.kind], block.text)

    # ---------------------------------------------------------------- tables

    def _borderless(self, table: WordTable) -> None:
        """No borders and no cell margins: the header's and the signature's columns are exact."""
        tblpr = table._tbl.tblPr
        docx_xml.table_edges(tblpr, "w:tblBorders",
                             {edge: {"w:val": "nil"} for edge in docx_xml.BORDER_EDGES})
        docx_xml.table_edges(tblpr, "w:tblCellMar",
                             {edge: {"w:w": "0", "w:type": "dxa"} for edge in docx_xml.MARGIN_EDGES})

    def _cell_margins(self, table: WordTable) -> None:
        vertical, horizontal = self.rules.cell_padding_vertical_pt, self.rules.cell_padding_pt
        points = {"top": vertical, "bottom": vertical, "left": horizontal, "right": horizontal}
        docx_xml.table_edges(table._tbl.tblPr, "w:tblCellMar",
                             {edge: {"w:w": str(round(p * 20)), "w:type": "dxa"} for edge, p in points.items()})

    @staticmethod
    def _set_widths(table: WordTable, widths: list[float]) -> None:
        """Cell widths and the grid: LibreOffice ignores cell widths unless the grid columns agree."""
        table.autofit = False
        grid = table._tbl.tblGrid
        for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
            column.set(qn("w:w"), str(round(width * 20)))
        for row in table.rows:
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = Pt(width)

    @staticmethod
    def _empty(cell: _Cell) -> _Cell:
        cell._tc.remove(cell.paragraphs[0]._p)
        return cell

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
        top_left, top_right = (self._empty(c) for c in table.rows[0].cells)
        bottom_left, bottom_right = (self._empty(c) for c in table.rows[1].cells)
        if header.parent_line:
            self._paragraph(top_left, "parent", header.parent_line)
        for line in header.issuer_lines:
            self._paragraph(top_left, "issuer", line)
        # The rules as the PDF draws them: 0.4 of the issuer's last line, the motto's full width.
        self._rule(top_left, self._width(header.issuer_lines[-1], "bold", r.issuer_size) * r.issuer_rule, left)
        self._paragraph(top_right, "nation", header.nation_line)
        self._paragraph(top_right, "motto", header.motto_line)
        self._rule(top_right, self._width(header.motto_line, "bold", r.motto_size), right)
        # One row for number and date, both at the bottom of their cells: one baseline.
        self._paragraph(bottom_left, "number", header.number_line)
        self._paragraph(bottom_right, "date", header.date_line)
        for cell in (bottom_left, bottom_right):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM

    def _cell_text(self, cell: _Cell, text: str, style: str) -> None:
        first = cell.paragraphs[0]
        for number, line in enumerate(printable(text).split("\n")):
            paragraph = first if number == 0 else cell.add_paragraph()
            self._style(paragraph, style)
            paragraph.add_run(line)

    def _lines(self, text: str, width: float, face: str = "regular") -> int:
        """How many lines `text` takes in a cell `width` points wide (Word breaks as reportlab does, nearly)."""
        size, inner = self.rules.table_size, width - 2 * self.rules.cell_padding_pt
        return sum(max(1, len(simpleSplit(line, self.metrics[face], size, inner)))
                   for line in printable(text).split("\n"))

    def _table(self, document: WordDocument, table: Table, width: float) -> None:
        columns = table.columns
        head = [row for row in table.rows if row.header]
        header_rows = (2 if table.two_level else 1) + len(head)
        # Header rows first, on a small table: table.cell() rebuilds the whole grid on every call, so body
        # rows are appended after and reached through their own cells.
        word = document.add_table(rows=header_rows, cols=len(columns))
        word.style = document.styles["Table Grid"]
        word.alignment = WD_TABLE_ALIGNMENT.CENTER
        self._cell_margins(word)
        total = sum(c.weight for c in columns)
        widths = [width * c.weight / total for c in columns]
        self._set_widths(word, widths)
        self._header_rows(word, columns, header_rows - len(head))
        for number, row in enumerate(head, start=header_rows - len(head)):
            for index, text in enumerate(row.cells):
                self._cell_text(word.cell(number, index), text, "table_numbering")
        for row in table.rows:
            if not row.header:
                self._body_row(word, row, columns, widths)

    def _body_row(self, word: WordTable, row: Row, columns: tuple[Column, ...], widths: list[float]) -> None:
        word_row = word.add_row()  # type: ignore[no-untyped-call]  # unannotated in python-docx 1.2
        tr = word_row._tr
        properties = tr.get_or_add_trPr()
        if row.group:
            # One cell across the title's columns (gridSpan, without python-docx's merge, which is O(rows)).
            tcs = tr.tc_lst
            for tc in tcs[2:]:
                tr.remove(tc)
            tcs[1].grid_span = len(columns) - 1
            tcs[1].width = Pt(sum(widths[1:]))
            number_cell, title_cell = _Cell(tcs[0], word), _Cell(tcs[1], word)
            self._cell_text(number_cell, row.cells[0], "table_head")
            self._cell_text(title_cell, row.cells[1], "table_group")
            for paragraph in number_cell.paragraphs:  # the row stays with the next one: never a page's last
                paragraph.paragraph_format.keep_with_next = True
            docx_xml.on(properties, "w:cantSplit", docx_xml.TRPR)
            return
        plain, centre = ("table_total", "table_total_centre") if row.total else ("table_cell", "table_cell_centre")
        face = "bold" if row.total else "regular"
        lines = 1
        for tc, text, column, cell_width in zip(tr.tc_lst, row.cells, columns, widths, strict=True):
            self._cell_text(_Cell(tc, word), text, centre if column.centred else plain)
            lines = max(lines, self._lines(text, cell_width, face))
        if lines <= KEEP_WHOLE_LINES:  # a row of a few lines moves whole to the next page
            docx_xml.on(properties, "w:cantSplit", docx_xml.TRPR)

    def _header_rows(self, word: WordTable, columns: tuple[Column, ...], levels: int) -> None:
        for row in word.rows:
            properties = row._tr.get_or_add_trPr()
            docx_xml.on(properties, "w:cantSplit", docx_xml.TRPR)
            docx_xml.on(properties, "w:tblHeader", docx_xml.TRPR)
        if levels == 1:
            for index, column in enumerate(columns):
                self._cell_text(word.cell(0, index), column.title, "table_head")
        else:
            index = 0
            while index < len(columns):
                column = columns[index]
                if column.group is None:
                    cell = word.cell(0, index).merge(word.cell(1, index))
                    self._cell_text(cell, column.title, "table_head")
                    index += 1
                    continue
                last = index
                while last + 1 < len(columns) and columns[last + 1].group == column.group:
                    last += 1
                group_cell = word.cell(0, index).merge(word.cell(0, last)) if last > index else word.cell(0, index)
                self._cell_text(group_cell, column.group, "table_head")
                for sub in range(index, last + 1):
                    self._cell_text(word.cell(1, sub), columns[sub].title, "table_head")
                index = last + 1
        for row in word.rows[:levels]:
            for cell in row.cells:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    def _signature(self, document: WordDocument, block: Signature, width: float) -> None:
        body = document.paragraphs[-1] if document.paragraphs else None
        if body is not None:
            body.paragraph_format.keep_with_next = True  # never alone at the top of a page
        spacer = self._paragraph(document, "recipients")
        spacer.paragraph_format.keep_with_next = True
        table = document.add_table(rows=1, cols=2)
        self._borderless(table)
        self._set_widths(table, [width * 0.45, width * 0.55])
        row = table.rows[0]
        docx_xml.on(row._tr.get_or_add_trPr(), "w:cantSplit", docx_xml.TRPR)
        left, right = (self._empty(c) for c in row.cells)
        if block.recipients_title:
            self._paragraph(left, "recipients_title", block.recipients_title)
            for line in block.recipients:
                self._paragraph(left, "recipients", line)
        else:
            self._paragraph(left, "recipients")
        for line in block.lines:
            self._paragraph(right, "signature", line)
        gap = self._paragraph(right, "signature")
        gap.paragraph_format.space_before = Pt(self.rules.signature_gap_mm * MM - self.rules.signature_size)
        if block.name:
            self._paragraph(right, "signer", block.name)
