"""PDF renderer (reportlab): a print job in, PDF bytes out, laid out by the numbers of `rules`."""

from __future__ import annotations

import io
import re
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from tthc_desktop.documents.fonts import reportlab_family
from tthc_desktop.documents.lines import balanced_lines, measure_with, room
from tthc_desktop.documents.model import (
    AppendixTitle,
    Block,
    Header,
    Orientation,
    Paragraph,
    ParagraphKind,
    PrintJob,
    Signature,
    Table,
    TitleBlock,
)
from tthc_desktop.documents.pdf_table import BodyRow, BreakingTable, CellParagraph, Geometry, TableCommand
from tthc_desktop.documents.rules import DEFAULT_RULES, MM, FormatRules
from tthc_desktop.domain.text import printable

PAGE_SIZES = {Orientation.PORTRAIT: A4, Orientation.LANDSCAPE: landscape(A4)}
Alignment = Literal[0, 1, 2, 4]  # reportlab's TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY


_BLANK = re.compile(r" {2,}")


def _markup(text: str) -> str:
    """Paragraph markup of stored text: no control characters, a blank to fill in ("số      /BC-UBND") kept at
    its width (reportlab folds runs of spaces), line breaks as <br/>."""
    text = _BLANK.sub(lambda m: "\u00a0" * len(m.group(0)), escape(printable(text)))
    return text.replace("\n", "<br/>")


def _plain(text: str) -> str:
    return printable(text).replace("\n", " ")


class _PartStart(Flowable):
    """Zero-size marker at the top of a part: page numbers count from here."""

    def __init__(self, renderer: PdfRenderer) -> None:
        super().__init__()
        self.renderer = renderer

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.renderer._part_first_page = self.canv.getPageNumber()


class _Rule(Flowable):
    """A centred solid line of a given width."""

    def __init__(self, width: float, thickness: float, space_before: float = 5, space_after: float = 6) -> None:
        super().__init__()
        self.rule_width, self.thickness = width, thickness
        self.space_before, self.space_after = space_before, space_after

    def wrap(self, available_width: float, _ah: float) -> tuple[float, float]:
        self.available_width = available_width
        return available_width, self.space_before + self.thickness + self.space_after

    def draw(self) -> None:
        x = (self.available_width - self.rule_width) / 2
        y = self.space_after + self.thickness / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, y, x + self.rule_width, y)


class _HeaderFlowable(Flowable):
    """The two-column header, drawn exactly: issuer and number left, nation, motto and date right, the number
    and the date on one baseline, the rules under the issuer and the motto at their lengths."""

    def __init__(self, header: Header, rules: FormatRules, fonts: dict[str, str]) -> None:
        super().__init__()
        self.header, self.rules, self.fonts = header, rules, fonts

    def _lines(self) -> tuple[list[tuple[str, str, float]], list[tuple[str, str, float]]]:
        h, r, f = self.header, self.rules, self.fonts
        left = [(h.parent_line, f["regular"], r.parent_size)] if h.parent_line else []
        left += [(line, f["bold"], r.issuer_size) for line in h.issuer_lines]
        right = [(h.nation_line, f["bold"], r.nation_size), (h.motto_line, f["bold"], r.motto_size)]
        return left, right

    def wrap(self, available_width: float, _ah: float) -> tuple[float, float]:
        self.width_ = available_width
        left, right = self._lines()
        right_needed = max(stringWidth(_plain(t), font, size) for t, font, size in right)
        date_width = stringWidth(_plain(self.header.date_line), self.fonts["italic"], self.rules.date_size)
        self.right_width = min(max(right_needed, date_width) + 12, available_width * 0.62)
        self.left_width = available_width - self.right_width
        stack = max(sum(size * 1.2 for _t, _f, size in left), sum(size * 1.2 for _t, _f, size in right))
        self.stack_height = stack
        self.height_ = stack + 10 + self.rules.date_size * 1.2
        return available_width, self.height_

    def draw(self) -> None:
        canvas: Canvas = self.canv
        left, right = self._lines()
        top = self.height_
        for lines, x0, width in ((left, 0.0, self.left_width), (right, self.left_width, self.right_width)):
            y = top
            last_width = 0.0
            for text, font, size in lines:
                y -= size * 1.2
                canvas.setFont(font, size)
                canvas.drawCentredString(x0 + width / 2, y + size * 0.25, _plain(text))
                last_width = stringWidth(_plain(text), font, size)
            rule = last_width * (self.rules.issuer_rule if lines is left else 1.0)
            rule_y = y - 2
            canvas.setLineWidth(self.rules.rule_thickness_pt)
            canvas.line(x0 + (width - rule) / 2, rule_y, x0 + (width + rule) / 2, rule_y)
        baseline = top - self.stack_height - 10 - self.rules.date_size * 0.95
        canvas.setFont(self.fonts["regular"], self.rules.number_size)
        canvas.drawCentredString(self.left_width / 2, baseline, _plain(self.header.number_line))
        canvas.setFont(self.fonts["italic"], self.rules.date_size)
        canvas.drawCentredString(self.left_width + self.right_width / 2, baseline, _plain(self.header.date_line))


class PdfRenderer:
    def __init__(self, rules: FormatRules = DEFAULT_RULES) -> None:
        self.rules = rules
        self.fonts = reportlab_family()
        self._part_first_page = 1
        self._styles = self._make_styles()

    # ---------------------------------------------------------------- styles

    def _style(self, name: str, size: float, font: str = "regular", align: Alignment = TA_JUSTIFY,
               indent: bool = False, spacing: float | None = None, after: float | None = None,
               before: float = 0, keep: bool = False) -> ParagraphStyle:
        """`keep`: kept on the page of what follows (a heading never ends a page)."""
        r = self.rules
        return ParagraphStyle(
            name, fontName=self.fonts[font], fontSize=size, leading=r.leading(size, spacing), alignment=align,
            firstLineIndent=r.first_line_indent_cm * 10 * MM if indent else 0,
            spaceAfter=r.space_after_pt if after is None else after, spaceBefore=before, keepWithNext=int(keep),
        )

    def _make_styles(self) -> dict[str, ParagraphStyle]:
        r = self.rules
        return {
            "body": self._style("body", r.body_size, indent=True),
            # a heading that wraps is not stretched: left-aligned, indented like the body
            "heading": self._style("heading", r.body_size, "bold", TA_LEFT, indent=True, keep=True),
            "italic_body": self._style("italic_body", r.body_size, "italic", indent=True),
            "decides": self._style("decides", r.body_size, "bold", TA_CENTER, before=6, keep=True),
            "addressee": self._style("addressee", r.body_size, align=TA_CENTER, before=6),
            "type": self._style("type", r.type_size, "bold", TA_CENTER, spacing=1.0, after=0, before=18),
            "subject": self._style("subject", r.subject_size, "bold", TA_CENTER, spacing=1.0, after=0),
            "authority": self._style("authority", r.body_size, "bold", TA_CENTER, spacing=1.0, after=12, before=6),
            "note": self._style("note", r.body_size, "italic", TA_CENTER, spacing=1.0, after=0, before=2),
            "appendix_label": self._style("appendix_label", r.appendix_label_size, "bold", TA_CENTER,
                                          spacing=1.0, after=0),
            "cell": self._style("cell", r.table_size, align=TA_LEFT, spacing=r.table_line_spacing, after=0),
            "cell_centre": self._style("cell_centre", r.table_size, align=TA_CENTER,
                                       spacing=r.table_line_spacing, after=0),
            "cell_head": self._style("cell_head", r.table_size, "bold", TA_CENTER,
                                     spacing=r.table_line_spacing, after=0),
            "cell_numbering": self._style("cell_numbering", r.table_size, "italic", TA_CENTER,
                                          spacing=r.table_line_spacing, after=0),
            "cell_group": self._style("cell_group", r.table_size, "bold", TA_LEFT,
                                      spacing=r.table_line_spacing, after=0),
            "cell_total": self._style("cell_total", r.table_size, "bold", TA_LEFT,
                                      spacing=r.table_line_spacing, after=0),
            "recipients_title": self._style("recipients_title", r.recipients_title_size, "bold_italic", TA_LEFT,
                                            spacing=1.0, after=0),
            "recipients": self._style("recipients", r.recipients_size, align=TA_LEFT, spacing=1.0, after=0),
            "signature": self._style("signature", r.signature_size, "bold", TA_CENTER, spacing=1.0, after=0),
        }

    # ---------------------------------------------------------------- document

    def render(self, job: PrintJob) -> bytes:
        buffer = io.BytesIO()
        r = self.rules
        templates: list[PageTemplate] = []
        for orientation in (job.parts[0].orientation, *Orientation):
            if any(t.id == orientation.value for t in templates):
                continue
            width, height = PAGE_SIZES[orientation]
            frame = Frame(r.margin_left * MM, r.margin_bottom * MM,
                          width - (r.margin_left + r.margin_right) * MM,
                          height - (r.margin_top + r.margin_bottom) * MM,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=orientation.value)
            templates.append(PageTemplate(id=orientation.value, frames=[frame], pagesize=(width, height),
                                          onPageEnd=self._page_number))
        document = BaseDocTemplate(buffer, pagesize=A4, pageTemplates=templates, title=_plain(job.title),
                                   author=_plain(job.author or "TTHC Desktop"), creator="TTHC Desktop",
                                   subject=_plain(job.subject or job.title),
                                   initialFontName=self.fonts["regular"], initialFontSize=self.rules.body_size)
        story: list[Flowable] = []
        for index, part in enumerate(job.parts):
            if index:
                story += [NextPageTemplate(part.orientation.value), PageBreak()]
            story.append(_PartStart(self))
            width, _height = PAGE_SIZES[part.orientation]
            frame_width = width - (r.margin_left + r.margin_right) * MM
            for block in part.blocks:
                self._add(story, block, frame_width)
        document.build(story)
        return buffer.getvalue()

    def _page_number(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        number = canvas.getPageNumber() - self._part_first_page + 1
        if number < 2:
            return
        width, height = document.pageTemplate.pagesize  # this page's template: portrait or landscape
        left, right = self.rules.margin_left * MM, self.rules.margin_right * MM
        canvas.saveState()
        canvas.setFont(self.fonts["regular"], self.rules.page_number_size)
        canvas.drawCentredString(left + (width - left - right) / 2, height - self.rules.margin_top * MM / 2 - 4,
                                 str(number))
        canvas.restoreState()

    # ---------------------------------------------------------------- blocks

    def _lines(self, text: str, style: str, size: float, width: float, box: float) -> tuple[str, float]:
        """Markup of `text` in balanced lines no wider than `width` (nor too close to `box`, as Word needs them:
        both print the same lines), and the widest line's width."""
        measure = measure_with(self.fonts[style], size)
        lines = balanced_lines(printable(text), measure, room(width, box))
        return "<br/>".join(_markup(line) for line in lines), max(measure(line) for line in lines)

    def _add(self, story: list[Flowable], block: Block, width: float) -> None:
        s, r = self._styles, self.rules
        if isinstance(block, Header):
            story.append(_HeaderFlowable(block, r, self.fonts))
        elif isinstance(block, TitleBlock):
            story.append(RLParagraph(self._lines(block.type_name, "bold", r.type_size, width, width)[0], s["type"]))
            subject, widest = self._lines(block.subject, "bold", r.subject_size, width * r.subject_width, width)
            story.append(RLParagraph(subject, s["subject"]))
            story.append(_Rule(widest * r.subject_rule, r.rule_thickness_pt, space_after=4))
            if block.attached_note:
                story.append(RLParagraph(self._lines(block.attached_note, "italic", r.body_size, width, width)[0],
                                         s["note"]))
                story.append(_Rule(width * 0.2, r.rule_thickness_pt, space_after=10))
            if block.authority_line:
                story.append(RLParagraph(self._lines(block.authority_line, "bold", r.body_size, width, width)[0],
                                         s["authority"]))
            else:
                story.append(Spacer(0, 6))
        elif isinstance(block, AppendixTitle):
            story.append(RLParagraph(_markup(block.label), s["appendix_label"]))
            title = self._lines(block.title, "bold", r.subject_size, width * r.subject_width, width)[0]
            story.append(RLParagraph(title, s["subject"]))
            if block.note:
                story.append(RLParagraph(self._lines(block.note, "italic", r.body_size, width, width)[0], s["note"]))
            story.append(_Rule(width * 0.2, r.rule_thickness_pt, space_after=10))
        elif isinstance(block, Paragraph):
            story.append(self._paragraph(block, width))
        elif isinstance(block, Table):
            story.append(self._table(block, width))
        elif isinstance(block, Signature):
            self._signature(story, block, width)

    def _paragraph(self, block: Paragraph, width: float) -> RLParagraph:
        s, r = self._styles, self.rules
        if block.kind is ParagraphKind.ADDRESSEE:  # centred: balanced like a title
            return RLParagraph(self._lines(block.text, "regular", r.body_size, width, width)[0], s["addressee"])
        style = {
            ParagraphKind.LEGAL_BASIS: s["italic_body"],
            ParagraphKind.PROPOSAL: s["italic_body"],
            ParagraphKind.DECIDES: s["decides"],
            ParagraphKind.HEADING: s["heading"],
        }.get(block.kind, s["body"])
        text = _markup(block.text)
        if block.kind is ParagraphKind.HEADING:
            text = f"<b>{_markup(block.lead or '')} {text}</b>" if block.lead else f"<b>{text}</b>"
        elif block.lead:
            text = f"<b>{_markup(block.lead)}</b> {text}"
        return RLParagraph(text, style)

    def _table(self, table: Table, width: float) -> BreakingTable:
        s, r = self._styles, self.rules
        columns = table.columns
        total = sum(c.weight for c in columns)
        widths = tuple(width * c.weight / total for c in columns)
        head_commands: list[TableCommand] = []
        if table.two_level:
            top: list[object] = []
            bottom: list[object] = []
            for index, column in enumerate(columns):
                if column.group is None:
                    top.append(CellParagraph(_markup(column.title), s["cell_head"]))
                    bottom.append("")
                    head_commands.append(("SPAN", (index, 0), (index, 1)))
                else:
                    first = index == 0 or columns[index - 1].group != column.group
                    top.append(CellParagraph(_markup(column.group), s["cell_head"]) if first else "")
                    bottom.append(CellParagraph(_markup(column.title), s["cell_head"]))
                    if first:
                        last = index
                        while last + 1 < len(columns) and columns[last + 1].group == column.group:
                            last += 1
                        head_commands.append(("SPAN", (index, 0), (last, 0)))
            head = [top, bottom]
        else:
            head = [[CellParagraph(_markup(c.title), s["cell_head"]) for c in columns]]
        rows: list[BodyRow] = []
        for row in table.rows:
            if row.header:  # the form's "(1) (2) (3)" row: repeated with the header on every page
                head.append([CellParagraph(_markup(text), s["cell_numbering"]) for text in row.cells])
                continue
            if row.group:
                cells: list[object] = [CellParagraph(_markup(row.cells[0]), s["cell_head"]),
                                       CellParagraph(_markup(row.cells[1]), s["cell_group"])]
                rows.append(BodyRow(cells + [""] * (len(columns) - 2), group=True))
                continue
            plain, centre = ("cell_total", "cell_head") if row.total else ("cell", "cell_centre")
            rows.append(BodyRow([CellParagraph(_markup(text), s[centre] if column.centred else s[plain])
                                 for text, column in zip(row.cells, columns, strict=True)]))
        base = (
            ("FONTNAME", (0, 0), (-1, -1), self.fonts["regular"]),
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("LEFTPADDING", (0, 0), (-1, -1), r.cell_padding_pt),
            ("RIGHTPADDING", (0, 0), (-1, -1), r.cell_padding_pt),
            ("TOPPADDING", (0, 0), (-1, -1), r.cell_padding_vertical_pt),
            ("BOTTOMPADDING", (0, 0), (-1, -1), r.cell_padding_vertical_pt + 1),
        )
        geometry = Geometry(widths, r.cell_padding_pt, r.cell_padding_vertical_pt, r.cell_padding_vertical_pt + 1,
                            r.leading(r.table_size, r.table_line_spacing), base, tuple(head_commands))
        return BreakingTable(geometry, head, rows)

    def _signature(self, story: list[Flowable], block: Signature, width: float) -> None:
        s, r = self._styles, self.rules
        left: list[Flowable] = []
        if block.recipients_title:
            left.append(RLParagraph(_markup(block.recipients_title), s["recipients_title"]))
            left += [RLParagraph(_markup(line), s["recipients"]) for line in block.recipients]
        right: list[Flowable] = [RLParagraph(_markup(line), s["signature"]) for line in block.lines]
        right.append(Spacer(0, r.signature_gap_mm * MM))
        if block.name:
            right.append(RLParagraph(_markup(block.name), s["signature"]))
        table = RLTable([[left, right]], colWidths=[width * 0.45, width * 0.55],
                        style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                          ("FONTNAME", (0, 0), (-1, -1), self.fonts["regular"]),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                          ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        # Never alone at the top of a page: keep it with the last block of the body, and that block with the
        # heading over it (reportlab's keepWithNext does not reach into a KeepTogether that follows).
        previous = [story.pop()] if story and not isinstance(story[-1], (BreakingTable, _PartStart)) else []
        while previous and story and isinstance(story[-1], RLParagraph) \
                and story[-1].getKeepWithNext():  # type: ignore[no-untyped-call]  # unannotated in types-reportlab
            previous.insert(0, story.pop())
        story.append(KeepTogether([*previous, Spacer(0, 12), table]))
