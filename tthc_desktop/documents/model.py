"""The neutral description of a print job: what is on the pages, in final wording, with no layout engine.

`compose` builds it from plan JSON; each renderer (PDF, Word) lays it out by the numbers of `rules`.
Every string here is final text (numbers, dates, "./." and dashes already applied).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Orientation(StrEnum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class ParagraphKind(StrEnum):
    BODY = "body"  # justified, first-line indent
    LEGAL_BASIS = "legal_basis"  # italic, like body
    PROPOSAL = "proposal"  # "Theo đề nghị của ...", italic
    DECIDES = "decides"  # "QUYẾT ĐỊNH:", bold, centred
    ARTICLE = "article"  # lead "Điều 1." bold, then text
    HEADING = "heading"  # "I. MỤC ĐÍCH, YÊU CẦU", bold, indented like body
    BULLET = "bullet"  # "- ..." as written, like body
    ADDRESSEE = "addressee"  # a report's "Kính gửi: ...", centred under the title


@dataclass(frozen=True)
class Issuer:
    """Who issues: printed in the header and in notes such as "của Chủ tịch UBND xã"."""

    name: str  # "Hành Dũng"
    level_word: str  # "xã", "phường", "thị trấn"
    abbreviation: str = "UBND"
    parent_line: str | None = None  # "ỦY BAN NHÂN DÂN TỈNH ..." when there is a parent body

    @property
    def body_lines(self) -> tuple[str, str]:
        return ("ỦY BAN NHÂN DÂN", f"{self.level_word} {self.name}".upper())

    @property
    def short_name(self) -> str:
        """ "UBND xã Hành Dũng": the author of its files."""
        return f"{self.abbreviation} {self.level_word} {self.name}"


@dataclass(frozen=True)
class Header:
    parent_line: str | None
    issuer_lines: tuple[str, ...]
    number_line: str  # "Số: 48/QĐ-UBND"
    date_line: str  # "Hành Dũng, ngày 03 tháng 3 năm 2025"
    nation_line: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto_line: str = "Độc lập - Tự do - Hạnh phúc"


@dataclass(frozen=True)
class TitleBlock:
    type_name: str  # "QUYẾT ĐỊNH", "KẾ HOẠCH"
    subject: str
    authority_line: str | None = None  # a decision's "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ ..."
    attached_note: str | None = None  # "(Ban hành kèm theo Quyết định số ...)"


@dataclass(frozen=True)
class AppendixTitle:
    label: str  # "Phụ lục", "Phụ lục I"
    title: str  # upper case
    note: str | None  # "(Kèm theo Kế hoạch số ... ngày ... của ...)"


@dataclass(frozen=True)
class Paragraph:
    kind: ParagraphKind
    text: str
    lead: str | None = None  # bold words before the text ("Điều 1.")


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    weight: float  # share of the table's width, relative to the other columns
    group: str | None = None  # a header over several columns ("Nội dung thực hiện")
    centred: bool = False


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    group: bool = False  # a group row: bold, its title across every column after the first
    total: bool = False  # a total row ("Tổng cộng"): every cell bold
    header: bool = False  # part of the header, repeated on every page (a form's "(1) (2) (3)" row)


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]

    @property
    def two_level(self) -> bool:
        return any(c.group for c in self.columns)


@dataclass(frozen=True)
class Signature:
    """The bottom block: recipients on the left, the signer on the right; never split across pages."""

    recipients_title: str | None  # "Nơi nhận:"; None when there are no recipients
    recipients: tuple[str, ...]  # "- Như Điều 4;" ... "- Lưu: VT, VP."
    lines: tuple[str, ...]  # upper case: ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    name: str | None


Block = Header | TitleBlock | AppendixTitle | Paragraph | Table | Signature


@dataclass(frozen=True)
class Part:
    """Pages that start on a new page and number themselves from 1 (the number hidden on the first)."""

    name: str  # "decision", "plan", "appendix-1" ...
    orientation: Orientation
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class PrintJob:
    title: str  # for the file's metadata
    parts: tuple[Part, ...] = field(default_factory=tuple)
    author: str | None = None  # who issues it, for the file's metadata: "UBND xã Hành Dũng"
    subject: str | None = None  # the subject line (trích yếu)
    category: str | None = None  # "Quyết định", "Kế hoạch", "Báo cáo"
