"""Plain text -> plan JSON: a plan copied out of Word or a PDF, table cells separated by tabs."""

from __future__ import annotations

import csv
import io

from tthc_desktop.importers.assemble import Block, TextLine, assemble
from tthc_desktop.importers.encodings import to_unicode
from tthc_desktop.importers.result import ImportResult, Notices, PlanImportError, Ref
from tthc_desktop.importers.tables import RawRow

MAX_TEXT = 20_000_000  # characters: far beyond any plan, small enough to read in seconds
_QUOTED_LINES = 50  # a cell in quotes (a spreadsheet's copy) may span at most this many lines


def import_text(text: str, *, table_kinds: dict[int, str] | None = None) -> ImportResult:
    """The plan in `text` (a decision and its plan, a plan, or just its tables) as plan JSON, with notices.

    `table_kinds` reads table N as the kind the clerk chose ("tasks", "indicators", "events", "other").
    Raises PlanImportError when the text is empty, too large, or holds no plan.
    """
    if not isinstance(text, str):
        raise PlanImportError("not_text", "Expected the plan's text as a string.")
    if len(text) > MAX_TEXT:
        raise PlanImportError("too_large", f"The text is over {MAX_TEXT:,} characters; a plan is far shorter. "
                                           "Paste the plan only.")
    if not text.strip():
        raise PlanImportError("empty", "The text is empty. Expected a plan copied from Word or a PDF.")
    notices = Notices()
    converted = to_unicode(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    if converted.encoding:
        notices.add("encoding_converted", None, f"{converted.lines} lines typed in the old {converted.encoding} "
                    "encoding were converted to Unicode.")
    return assemble(read_blocks(converted.text), notices, join_broken=True, table_kinds=table_kinds)


def read_blocks(text: str) -> list[Block]:
    """Lines with a tab are table rows (tab-separated cells); the others are paragraphs."""
    lines = text.split("\n")
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line, number = lines[i], i + 1
        if "\t" not in line:
            blocks.append(TextLine(line, Ref.text_line(number)))
            i += 1
            continue
        cells, used = _cells(lines, i)
        blocks.append(RawRow(cells, Ref.text_line(number)))
        i += used
    return blocks


def _cells(lines: list[str], i: int) -> tuple[list[str], int]:
    """A row's cells; a spreadsheet's copy puts a cell with line breaks in quotes over several lines."""
    line = lines[i]
    if line.count('"') % 2 == 0 or '\t"' not in "\t" + line:
        return line.split("\t"), 1
    joined = line
    for used in range(2, min(_QUOTED_LINES, len(lines) - i) + 1):
        joined += "\n" + lines[i + used - 1]
        if joined.count('"') % 2 == 0:
            try:
                rows = list(csv.reader(io.StringIO(joined), delimiter="\t"))
            except csv.Error:
                break
            if len(rows) == 1:
                return rows[0], used
            break
    return line.split("\t"), 1
