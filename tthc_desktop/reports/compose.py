"""A period report -> print job: the BC document in the legal format, its tables as appendices.

Pure: the document's own fields, the section texts and the figures in, the neutral print job out; the same
renderers as plans (PDF, Word) lay it out. The report itself is portrait; each table is an appendix on
landscape pages ("Phụ lục I", ...), numbered from 1 on its own pages, with "(Kèm theo Báo cáo số ...)".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from tthc_desktop.documents.compose import BLANK, close_text, reference_date
from tthc_desktop.documents.model import (
    AppendixTitle,
    Block,
    Column,
    Header,
    Issuer,
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
from tthc_desktop.domain import vnformat
from tthc_desktop.domain.numbering import format_number
from tthc_desktop.reports.content import Figures
from tthc_desktop.reports.tables import ReportTable, build_tables
from tthc_desktop.reports.template import ReportTemplate, appendix_labels, fill_words, labelled

TYPE_NAME = "BÁO CÁO"


@dataclass(frozen=True)
class ReportDocument:
    """What the BC document itself says, as stored on it (number, date, subject, addressee, signer, recipients)."""

    symbol: str  # "BC-UBND"
    number: int | None
    year: int
    month: int | None
    day: int | None
    place: str
    subject: str
    addressee: str | None
    signature_lines: tuple[str, ...]  # ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    signer_name: str | None
    recipients: tuple[str, ...]  # without the leading "- "

    @property
    def number_text(self) -> str:
        return format_number(self.number, self.symbol)

    @property
    def issued_on(self) -> date | None:
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


def issuer_of(figures: Figures) -> Issuer:
    i = figures["issuer"]
    return Issuer(name=i["name"], level_word=i["level_word"], abbreviation=i["abbreviation"],
                  parent_line=i.get("parent_line"))


def body_paragraphs(text: str) -> list[Paragraph]:
    """One paragraph per line; "- ..." lines are bullets."""
    result = []
    for line in (line.strip() for line in text.splitlines()):
        if line:
            kind = ParagraphKind.BULLET if line.startswith("- ") else ParagraphKind.BODY
            result.append(Paragraph(kind, line))
    return result


def _header(doc: ReportDocument, issuer: Issuer) -> Header:
    return Header(parent_line=issuer.parent_line, issuer_lines=issuer.body_lines,
                  number_line=vnformat.number_line(doc.number, doc.symbol),
                  date_line=vnformat.date_line(doc.place, doc.year, doc.month, doc.day))


def _body(template: ReportTemplate, texts: Mapping[str, str], words: dict[str, str]) -> list[Block]:
    blocks: list[Block] = []
    for spec, label in labelled(template):
        if spec.heading:
            heading = fill_words(spec.heading, words)
            heading = heading.upper() if spec.level == 1 else heading
            blocks.append(Paragraph(ParagraphKind.HEADING, heading, lead=f"{label}."))
        if spec.key:
            blocks += body_paragraphs(texts.get(spec.key, ""))
    # The content ends with "./." on its last paragraph.
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        if isinstance(block, Paragraph) and block.kind is not ParagraphKind.HEADING:
            blocks[index] = Paragraph(block.kind, close_text(block.text), block.lead)
            break
    return blocks


def print_table(table: ReportTable) -> Table:
    columns = tuple(Column(key=f"c{n}", title=c.title, weight=c.width, group=c.group, centred=c.centred)
                    for n, c in enumerate(table.columns))
    rows = []
    for row in table.rows:
        cells = tuple(cell.text() for cell in row.cells)
        rows.append(Row(cells, group=row.group, total=row.total, header=row.numbering))
    return Table(columns, tuple(rows))


def referent(doc: ReportDocument, issuer: Issuer) -> str:
    """ "(Kèm theo Báo cáo số 05/BC-UBND ngày 20/3/2025 của UBND xã Hành Dũng)"; while a draft, blanks for the
    number, the day and the month: "(Kèm theo Báo cáo số      /BC-UBND ngày      tháng      năm 2026 của …)"."""
    when = reference_date(doc.year, doc.month, doc.day)
    number = f" {doc.number_text}" if doc.number is not None else f"{BLANK}{doc.number_text}"
    return f"(Kèm theo Báo cáo số{number} {when} của {issuer.short_name})"


def compose_report(template: ReportTemplate, doc: ReportDocument, figures: Figures,
                   texts: Mapping[str, str]) -> PrintJob:
    """The report's print job: the document (portrait) and one landscape appendix per table."""
    issuer = issuer_of(figures)
    blocks: list[Block] = [_header(doc, issuer), TitleBlock(TYPE_NAME, doc.subject)]
    if doc.addressee:
        blocks.append(Paragraph(ParagraphKind.ADDRESSEE, f"Kính gửi: {doc.addressee}"))
    blocks += _body(template, texts, figures["words"])
    if doc.signature_lines or doc.recipients:
        blocks.append(Signature(recipients_title="Nơi nhận:" if doc.recipients else None,
                                recipients=tuple(f"- {r}" for r in doc.recipients),
                                lines=doc.signature_lines, name=doc.signer_name))
    parts = [Part("report", Orientation.PORTRAIT, tuple(blocks))]
    labels = appendix_labels(template)
    for number, table in enumerate(build_tables(template, figures), start=1):
        heading = AppendixTitle(labels[table.key], table.title.upper(), referent(doc, issuer))
        content: list[Block] = [heading]
        if table.unit_note:
            content.append(Paragraph(ParagraphKind.ADDRESSEE, f"({table.unit_note})"))
        content.append(print_table(table))
        parts.append(Part(f"appendix-{number}", Orientation.LANDSCAPE, tuple(content)))
    return PrintJob(title=f"{TYPE_NAME} {doc.subject}", parts=tuple(parts), author=issuer.short_name,
                    subject=doc.subject, category="Báo cáo")
