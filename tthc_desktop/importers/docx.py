"""Word (.docx) -> plan JSON: paragraphs and tables in document order, read with python-docx.

The body is walked as XML so that paragraphs and tables keep their order. A table cell's paragraphs become
its lines; a cell merged across columns counts once (its text in its first grid column), a cell merged down
rows applies to every row it spans (marked as continued, so the outline reader can tell a shared deadline
from a task that goes on). Runs in a TCVN3 (.VnTime…) or VNI font are converted to Unicode.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from typing import IO, Any

from tthc_desktop.importers.assemble import Block, TableEnd, TextLine, assemble
from tthc_desktop.importers.encodings import DECODERS, UNICODE_ONLY, convert_line, decode_run, detect
from tthc_desktop.importers.numbering import WordNumbering
from tthc_desktop.importers.result import ImportResult, Notices, PlanImportError, Ref
from tthc_desktop.importers.tables import RawRow

MAX_FILE = 50_000_000  # bytes of .docx
MAX_XML = 200_000_000  # bytes of XML once unzipped: a zip bomb stops here
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def import_docx(source: str | os.PathLike[str] | bytes | IO[bytes], *,
                table_kinds: dict[int, str] | None = None) -> ImportResult:
    """The plan in a .docx file (a path, its bytes, or a binary file object) as plan JSON, with notices.

    Raises PlanImportError when the file is not a readable .docx or holds no plan.
    """
    data = _read(source)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise PlanImportError("not_docx", "This is an old Word .doc file. Open it in Word and save it as .docx.")
    _check_zip(data)
    try:
        import docx  # python-docx; imported here, the text importer does not need it

        document = docx.Document(io.BytesIO(data))
        notices = Notices()
        blocks = _Reader(document, notices).blocks()
    except PlanImportError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on a damaged file
        raise PlanImportError("malformed_docx", f"The Word file could not be read ({type(exc).__name__}). "
                                                "Expected a .docx saved by Word or LibreOffice.") from exc
    return assemble(blocks, notices, join_broken=False, table_kinds=table_kinds)


def _read(source: Any) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            if path.stat().st_size > MAX_FILE:
                raise PlanImportError("too_large", f"The file is over {MAX_FILE // 1_000_000} MB; a plan is far "
                                                   "smaller.")
            data = path.read_bytes()
        except OSError as exc:
            raise PlanImportError("unreadable", f"The file could not be opened ({exc.strerror or exc}).") from exc
    elif hasattr(source, "read"):
        data = source.read(MAX_FILE + 1)
    else:
        raise PlanImportError("not_docx", "Expected a .docx file: a path, its bytes or an open binary file.")
    if len(data) > MAX_FILE:
        raise PlanImportError("too_large", f"The file is over {MAX_FILE // 1_000_000} MB; a plan is far smaller.")
    if not data:
        raise PlanImportError("empty", "The file is empty.")
    return data


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {info.filename: info for info in archive.infolist()}
            if "word/document.xml" not in names:
                raise PlanImportError("not_docx", "The file is not a Word document (no word/document.xml).")
            if sum(info.file_size for info in names.values()) > MAX_XML:
                raise PlanImportError("too_large", "The Word file unpacks to more than 200 MB; it is not a plan.")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise PlanImportError("malformed_docx", "The file is not a readable .docx (it is not a valid Word "
                                                "package). Expected a .docx saved by Word or LibreOffice.") from exc


class _Reader:
    def __init__(self, document: Any, notices: Notices) -> None:
        self.document = document
        self.notices = notices
        self.default_font = _style_font(document.styles, "Normal")
        self.numbering = WordNumbering(document)
        self.paragraphs = 0
        self.tables = 0

    def blocks(self) -> list[Block]:
        out: list[Block] = []
        self._walk(self.document.element.body, out)
        self._legacy(out)
        return out

    def _walk(self, parent: Any, out: list[Block]) -> None:
        for child in parent.iterchildren():
            tag = child.tag
            if tag == _W + "p":
                self.paragraphs += 1
                ref = Ref(f"paragraph {self.paragraphs}")
                for line in self._paragraph(child).split("\n"):
                    out.append(TextLine(line, ref))
            elif tag == _W + "tbl":
                self.tables += 1
                out += self._table(child, self.tables)
                out.append(TableEnd())
            elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml"):
                self._walk(child if tag != _W + "sdt" else _first(child, "sdtContent") or child, out)

    def _paragraph(self, p: Any) -> str:
        """The paragraph's text as printed: its automatic number (not in the text) before it, then its runs."""
        style_font = self._paragraph_style_font(p)
        numbered = self.numbering.label(p)
        parts = [numbered[0] + (" " if numbered[1] else "")] if numbered else []
        for run in p.iter(_W + "r"):
            font = _run_font(run) or style_font or self.default_font
            text = []
            for node in run.iterchildren():
                tag = node.tag
                if tag == _W + "t":
                    text.append(node.text or "")
                elif tag == _W + "tab":
                    text.append("\t")  # kept: a signature set out with tabs has its columns there
                elif tag in (_W + "br", _W + "cr"):
                    text.append("\n")
            parts.append(decode_run("".join(text), font))
        return "".join(parts)

    def _paragraph_style_font(self, p: Any) -> str | None:
        style = p.find(f"{_W}pPr/{_W}pStyle")
        if style is None:
            return None
        try:
            return _style_font(self.document.styles, style.get(_W + "val"))
        except Exception:  # noqa: BLE001 - a style the file names but does not define
            return None

    def _table(self, tbl: Any, number: int) -> list[Block]:
        rows: list[Block] = []
        origin: dict[int, str] = {}  # grid column -> text of the cell a vertical merge started with
        for r, tr in enumerate(tbl.iterchildren(_W + "tr"), start=1):
            column = _int(tr.find(f"{_W}trPr/{_W}gridBefore"), 0)
            cells: list[str] = [""] * column
            continued: set[int] = set()
            for tc in tr.iterchildren(_W + "tc"):
                span = max(1, min(_int(tc.find(f"{_W}tcPr/{_W}gridSpan"), 1), 64))
                merge = tc.find(f"{_W}tcPr/{_W}vMerge")
                if merge is not None and merge.get(_W + "val", "continue") == "continue":
                    text = origin.get(column, "")
                    continued.add(column)
                    for p in tc.iter(_W + "p"):
                        self.numbering.label(p)  # Word counts a numbered paragraph wherever it is
                else:
                    text = "\n".join(self._paragraph(p) for p in tc.iter(_W + "p"))
                    origin[column] = text
                for extra in range(1, span):
                    origin.pop(column + extra, None)
                cells += [text] + [""] * (span - 1)
                column += span
            rows.append(RawRow(cells, Ref(f"table {number}, row {r}"), continued=frozenset(continued), grid=True))
        return rows

    def _legacy(self, blocks: list[Block]) -> None:
        """Text typed in TCVN3 or VNI under a Unicode font name (pasted between machines): converted too."""
        texts = [b.text for b in blocks if isinstance(b, TextLine)]
        texts += [c for b in blocks if isinstance(b, RawRow) for c in b.cells]
        encoding = detect("\n".join(texts))
        if encoding is None:
            return
        decode, count = DECODERS[encoding], 0
        ties = not any(UNICODE_ONLY.search(t) for t in texts)

        def convert(text: str) -> str:
            nonlocal count
            lines = []
            for line in text.split("\n"):
                converted = convert_line(line, decode, ties=ties)
                count += converted is not None
                lines.append(line if converted is None else converted)
            return "\n".join(lines)

        for block in blocks:
            if isinstance(block, TextLine):
                block.text = convert(block.text)
            elif isinstance(block, RawRow):
                block.cells = [convert(c) for c in block.cells]
        if count:
            self.notices.add("encoding_converted", None, f"{count} lines typed in the old {encoding} encoding were "
                             "converted to Unicode.")


def _first(element: Any, name: str) -> Any:
    return element.find(_W + name)


def _int(element: Any, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(_W + "val", default))
    except (TypeError, ValueError):
        return default


def _run_font(run: Any) -> str | None:
    fonts = run.find(f"{_W}rPr/{_W}rFonts")
    if fonts is None:
        return None
    font: str | None = fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi")  # lxml: attribute values are str
    return font


def _style_font(styles: Any, name: str | None) -> str | None:
    """The font a paragraph style (named by its id, as w:pStyle does, or by its name) sets, following basedOn."""
    if not name:
        return None
    style = next((s for s in styles if getattr(s, "style_id", None) == name), None)
    if style is None:
        try:
            style = styles[name]
        except KeyError:
            return None
    while style is not None:
        font: str | None = getattr(getattr(style, "font", None), "name", None)
        if font:
            return font
        style = getattr(style, "base_style", None)
    return None
