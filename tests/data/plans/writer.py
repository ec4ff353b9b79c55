"""Writes one plan source two ways: as the text a clerk pastes (labels typed, table cells separated by tabs) and
as a real Word file made with Word's own features: automatic numbering through numbering.xml (the labels are
then NOT in the paragraphs' text), paragraph styles that carry numbering, merged cells (gridSpan, vMerge),
borderless two-column signature tables.

Used by make_plans.py; python-docx plus raw WordprocessingML for what python-docx has no API for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

W = nsdecls("w")


@dataclass(frozen=True)
class Num:
    """A numbered paragraph or cell: `label` is what Word shows; in the .docx it comes from numbering.xml."""

    list_id: str
    level: int
    label: str
    text: str = ""
    style: str | None = None  # a paragraph style that carries the numbering itself (no numPr on the paragraph)


@dataclass(frozen=True)
class Cell:
    text: Any = ""  # str or Num
    rowspan: int = 1
    colspan: int = 1


@dataclass
class Table:
    rows: list[list[Any]]  # str, Num, Cell, or None (a grid cell covered by a span)
    borderless: bool = False
    text_breaks: dict[int, list[str]] = field(default_factory=dict)  # before row i, in text only: a page break


@dataclass
class Signature:
    left: list[str]
    right: list[str]
    side_by_side: bool = True  # in text: the two columns on the same lines; else one after the other


@dataclass
class ListDef:
    """A Word list: its levels as (numFmt, lvlText, start); numIds are made per restart."""

    levels: list[tuple[str, str, int]]
    suffix: str = "tab"
    legal: bool = False
    style_links: dict[int, str] = field(default_factory=dict)  # level -> paragraph style linked to it
    no_restart: tuple[int, ...] = ()  # levels that count on when a higher level is used (lvlRestart 0)


class Source:
    """A plan as blocks; `text()` and `docx()` render it."""

    def __init__(self) -> None:
        self.blocks: list[Any] = []
        self.lists: dict[str, ListDef] = {}
        self.restarts: list[tuple[int, str, dict[int, int]]] = []  # (block index, list, {level: start})
        self.styles: dict[str, tuple[str, int]] = {}  # style id -> (list, level): styles carrying numbering

    def define(self, list_id: str, levels: list[tuple[str, str, int]], **options: Any) -> None:
        self.lists[list_id] = ListDef(levels, **options)

    def style(self, style_id: str, list_id: str, level: int) -> None:
        self.styles[style_id] = (list_id, level)

    def restart(self, list_id: str, starts: dict[int, int] | None = None) -> None:
        """From here on the list restarts (a new w:num with lvlOverride/startOverride, as Word's 'Restart at 1')."""
        self.restarts.append((len(self.blocks), list_id, starts or {0: 1}))

    def p(self, text: str, *, bold: bool = False, center: bool = False) -> None:
        self.blocks.append(("p", text, bold, center))

    def n(self, num: Num) -> None:
        self.blocks.append(("n", num))

    def table(self, table: Table) -> None:
        self.blocks.append(("t", table))

    def signature(self, signature: Signature) -> None:
        self.blocks.append(("s", signature))

    def text_only(self, *lines: str) -> None:
        """Lines only the pasted text has (a page number between two pages)."""
        self.blocks.append(("x", lines))

    # ---------------------------------------------------------------- text

    @staticmethod
    def _cell_text(value: Any) -> str:
        """A cell as a copy out of a PDF gives it: its paragraphs on one line."""
        if isinstance(value, Cell):
            value = value.text
        if isinstance(value, Num):
            return f"{value.label} {value.text}".strip() if value.text else value.label
        return " ".join((value or "").split("\n"))

    def text(self) -> str:
        lines: list[str] = []
        for block in self.blocks:
            kind = block[0]
            if kind == "p":
                lines.append(block[1])
            elif kind == "n":
                num = block[1]
                lines.append(f"{num.label} {num.text}")
            elif kind == "x":
                lines.extend(block[1])
            elif kind == "t":
                table = block[1]
                for i, row in enumerate(table.rows):
                    lines.extend(table.text_breaks.get(i, []))
                    lines.append("\t".join(self._cell_text(c) if c is not None else "" for c in row))
            elif kind == "s":
                sig = block[1]
                if sig.side_by_side:
                    for i in range(max(len(sig.left), len(sig.right))):
                        left = sig.left[i] if i < len(sig.left) else ""
                        right = sig.right[i] if i < len(sig.right) else ""
                        lines.append(f"{left:<48}{right}".rstrip() if right else left)
                else:
                    lines += sig.left + sig.right
        return "\n".join(lines) + "\n"

    # ---------------------------------------------------------------- Word

    def docx(self, path: Path) -> None:
        document = docx.Document()
        normal = document.styles["Normal"]
        normal.font.name = "Times New Roman"
        normal.font.size = Pt(13)
        nums = _Numbering(document, self.lists)
        for style_id, (list_id, level) in self.styles.items():
            nums.link_style(style_id, list_id, level)
        restarts = {index: (list_id, starts) for index, list_id, starts in self.restarts}
        for index, block in enumerate(self.blocks):
            if index in restarts:
                nums.restart(*restarts[index])
            kind = block[0]
            if kind == "p":
                paragraph = document.add_paragraph()
                run = paragraph.add_run(block[1])
                run.bold = block[2]
                if block[3]:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "n":
                self._numbered(document.add_paragraph(), block[1], nums)
            elif kind == "t":
                self._table(document, block[1], nums)
            elif kind == "s":
                sig = block[1]
                self._table(document, Table([[ "\n".join(sig.left), "\n".join(sig.right)]], borderless=True), nums)
        document.core_properties.author = "TTHC Desktop test corpus"
        zoom = document.settings.element.find(qn("w:zoom"))
        if zoom is not None and zoom.get(qn("w:percent")) is None:
            zoom.set(qn("w:percent"), "100")  # python-docx's template leaves out a required attribute
        document.save(str(path))

    @staticmethod
    def _numbered(paragraph: Any, num: Num, nums: _Numbering) -> None:
        if num.style:
            paragraph.style = paragraph.part.document.styles.get_by_id(num.style, 1)  # numbering from the style
        else:
            nums.apply(paragraph, num.list_id, num.level)
        if num.text:
            paragraph.add_run(num.text)

    def _table(self, document: Any, table: Table, nums: _Numbering) -> None:
        width = max(sum((c.colspan if isinstance(c, Cell) else 1) for c in row if c is not None) for row in table.rows)
        width = max(width, max(len(row) for row in table.rows))
        grid = document.add_table(rows=len(table.rows), cols=width)
        if not table.borderless:
            grid.style = document.styles["Table Grid"]
        spans: list[tuple[int, int, int, int]] = []
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                cell = grid.cell(r, c)
                if isinstance(value, Cell):
                    if value.rowspan > 1 or value.colspan > 1:
                        spans.append((r, c, r + value.rowspan - 1, c + value.colspan - 1))
                    value = value.text
                self._fill(cell, value, nums)
        for r1, c1, r2, c2 in spans:
            merged = grid.cell(r1, c1).merge(grid.cell(r2, c2))
            # merge() moves the covered cells' empty paragraphs into the merged cell: keep the first only
            for extra in merged.paragraphs[1:]:
                if not extra.text and extra._p.pPr is None:
                    extra._p.getparent().remove(extra._p)

    def _fill(self, cell: Any, value: Any, nums: _Numbering) -> None:
        paragraph = cell.paragraphs[0]
        if isinstance(value, Num):
            self._numbered(paragraph, value, nums)
            return
        lines = (value or "").split("\n")
        paragraph.add_run(lines[0])
        for line in lines[1:]:
            cell.add_paragraph(line)


class _Numbering:
    """numbering.xml: one abstractNum per list, a num per (re)start; abstractNums go before the nums."""

    def __init__(self, document: Any, lists: dict[str, ListDef]) -> None:
        self.root = document.part.numbering_part.element
        self.styles = document.styles
        self.current: dict[str, int] = {}
        self.abstract: dict[str, int] = {}
        self.next_num = 100
        first_num = self.root.find(qn("w:num"))
        for index, (list_id, definition) in enumerate(lists.items()):
            abstract_id = 100 + index
            self.abstract[list_id] = abstract_id
            levels = "".join(self._level(i, fmt, text, start, definition) for i, (fmt, text, start) in
                             enumerate(definition.levels))
            element = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{abstract_id}">'
                                f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
            if first_num is not None:
                first_num.addprevious(element)
            else:
                self.root.append(element)
            self._new_num(list_id, {})

    @staticmethod
    def _level(ilvl: int, fmt: str, text: str, start: int, definition: ListDef) -> str:
        style = definition.style_links.get(ilvl)
        escaped = text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                + ('<w:lvlRestart w:val="0"/>' if ilvl in definition.no_restart else "")
                + (f'<w:pStyle w:val="{style}"/>' if style else "")
                + ('<w:isLgl/>' if definition.legal and ilvl > 0 else "")
                + f'<w:suff w:val="{definition.suffix}"/><w:lvlText w:val="{escaped}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{360 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>')

    def _new_num(self, list_id: str, starts: dict[int, int]) -> int:
        num_id = self.next_num
        self.next_num += 1
        overrides = "".join(f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                            for level, start in starts.items())
        self.root.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{self.abstract[list_id]}"/>'
                                   f'{overrides}</w:num>'))
        self.current[list_id] = num_id
        return num_id

    def restart(self, list_id: str, starts: dict[int, int]) -> None:
        self._new_num(list_id, starts)

    def apply(self, paragraph: Any, list_id: str, level: int) -> None:
        _set_numpr(paragraph._p.get_or_add_pPr(), self.current[list_id], level)

    def link_style(self, style_id: str, list_id: str, level: int) -> None:
        """A paragraph style whose paragraphs are numbered by it (as Word's numbered headings are)."""
        style = self.styles.get_by_id(style_id, 1)
        _set_numpr(style.element.get_or_add_pPr(), self.current[list_id], level)


def _set_numpr(p_pr: Any, num_id: int, level: int) -> None:
    num_pr = p_pr.get_or_add_numPr()  # python-docx puts it where the schema wants it
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id
