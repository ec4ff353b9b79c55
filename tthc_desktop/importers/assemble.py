"""Both importers' common path: paragraphs and table rows in document order -> the plan JSON.

A run of table rows starts a table where a header row is recognised; the header printed again after a page
break is skipped and marks the break; rows with no header of their own continue the table above when only
blank lines or a page number stand between them. Rows that belong to no recognised table are layout (the
header or the signature set out in a borderless table) and are read as lines, column by column.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from tthc_desktop.domain import columns as cols
from tthc_desktop.domain.plan_schema import ColumnJson, IndicatorJson, OutlineNode, PlanJson, SectionNode
from tthc_desktop.importers.cells import clean_cell
from tthc_desktop.importers.classify import Verdict, decide
from tthc_desktop.importers.events import EventTableBuilder, OtherTableBuilder
from tthc_desktop.importers.frontmatter import FrontMatter
from tthc_desktop.importers.headers import (
    EVENTS,
    INDICATORS,
    KINDS,
    OTHER,
    TASKS,
    Layout,
    header_scores,
    layout_from,
    table_kind,
    words,
)
from tthc_desktop.importers.indicators import IndicatorTableBuilder
from tthc_desktop.importers.labels import cell_label, split_label
from tthc_desktop.importers.prose import ProseOutline, TableOutline
from tthc_desktop.importers.result import ImportResult, Notices, PlanImportError, Ref, SourceLine, TableInfo
from tthc_desktop.importers.tables import RawRow, TaskTableBuilder


@dataclass
class TextLine:
    text: str
    ref: Ref


@dataclass
class TableEnd:
    """The end of a Word table (text input has none: its tables end at the next line of text)."""


Block = TextLine | RawRow | TableEnd

MAX_LINES = 20_000  # lines of text outside tables; a decision and its plan have a few hundred
MAX_TABLE_ROWS = 20_000  # rows of all tables together
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$")


Builder = TaskTableBuilder | IndicatorTableBuilder | OtherTableBuilder


@dataclass
class _Run:
    builder: Builder | None = None
    loose: list[RawRow] = field(default_factory=list)  # rows under no header yet
    page_break: bool = False


@dataclass
class _Table:
    number: int
    verdict: Verdict
    builder: Builder
    title: str | None
    layout: Layout
    ref: Ref
    anchor: SectionNode | None = None  # where in the plan's sections the table sits (for plans written as prose)


class Assembler:
    def __init__(self, notices: Notices, *, join_broken: bool, table_kinds: dict[int, str] | None = None) -> None:
        self.notices = notices
        self.front = FrontMatter(notices, join_broken=join_broken)
        self.overrides = dict(table_kinds or {})
        self.tables: list[_Table] = []
        self.builders: list[Builder] = []
        self.run: _Run | None = None
        self.previous: Builder | None = None  # for a table split in two
        self.text_since_table = True
        self.recent: list[str] = []  # the last lines of text before a table: its title
        self.source: list[SourceLine] = []
        self.years: Counter[int] = Counter()
        self.lines = 0
        self.table_rows = 0

    def feed(self, blocks: list[Block]) -> None:
        i = 0
        while i < len(blocks):
            block = blocks[i]
            self.remember(block)
            if isinstance(block, TextLine):
                if not self.group_line(blocks, i):
                    self.text_line(block)
            elif isinstance(block, TableEnd):
                self.close_run()
            else:
                taken = self.row(blocks, i)
                for extra in blocks[i + 1: i + taken]:  # a header's lower row is in the source too
                    self.remember(extra)
                i += taken - 1
            i += 1
        self.close_run()

    def remember(self, block: Block) -> None:
        """The input as read, for the preview's source pane (bounded like the input itself)."""
        if len(self.source) >= MAX_LINES + MAX_TABLE_ROWS:
            return
        if isinstance(block, TextLine):
            self.source.append(SourceLine(block.ref.where, clean_cell(block.text).replace("\n", " ")))
        elif isinstance(block, RawRow):
            cells = ["" if i in block.continued else clean_cell(c).replace("\n", " ")
                     for i, c in enumerate(block.cells)]
            self.source.append(SourceLine(block.ref.where, "\t".join(cells).rstrip("\t")))

    # ---------------------------------------------------------------- lines

    def text_line(self, line: TextLine) -> None:
        text = line.text
        for year in re.findall(r"(?<!\d)(20\d\d)(?!\d)", text[:2000]):
            self.years[int(year)] += 1
        if self.run is not None:
            if not text.strip() or _PAGE_NUMBER.match(text):
                self.run.page_break = True
                return
            self.close_run()
        if text.strip():
            self.text_since_table = True
            self.recent = [*self.recent[-2:], clean_cell(text).replace("\n", " ")[:300]]
        self.front_line(text, line.ref)

    def group_line(self, blocks: list[Block], i: int) -> bool:
        """A group row typed without its tabs ("V Kiểm tra công tác kiểm soát TTHC") between rows of a table:
        read as that table's row when the table goes on right after it."""
        line = blocks[i]
        assert isinstance(line, TextLine)
        run = self.run
        if run is None or run.builder is None or not line.text.strip() or len(line.text) > 300:
            return False
        found = split_label(clean_cell(line.text))
        if found is None or found[0].style == "bullet":
            return False
        following = next((b for b in blocks[i + 1: i + 6] if not (
            isinstance(b, TextLine) and (not b.text.strip() or _PAGE_NUMBER.match(b.text)))), None)
        if not isinstance(following, RawRow) or table_kind(following.cells) is not None:
            return False
        layout = run.builder.layout
        cells = [""] * layout.width
        stt = layout.index("stt")
        main = next((layout.index(k) for k in ("content", "objective", "name") if layout.index(k) is not None), None)
        if main is None:
            return False
        if stt is not None:
            cells[stt], cells[main] = found[0].label, found[1]
        else:
            cells[main] = f"{found[0].label}. {found[1]}"
        self.row([RawRow(cells, line.ref, grid=True)], 0)
        return True

    def front_line(self, text: str, ref: Ref) -> None:
        self.lines += 1
        if self.lines > MAX_LINES:
            if self.lines == MAX_LINES + 1:
                self.notices.add("text_truncated", ref, f"Only the first {MAX_LINES} lines of text outside the "
                                 "tables were read.")
            return
        self.front.line(text, ref)

    # ---------------------------------------------------------------- rows

    def row(self, blocks: list[Block], i: int) -> int:
        """Reads the row at blocks[i] (and the next one, for a two-level header); returns how many it took."""
        row = blocks[i]
        assert isinstance(row, RawRow)
        if self.run is None:
            self.run = _Run()
        run = self.run
        cells = ["" if i in row.continued else c for i, c in enumerate(row.cells)]
        if run.builder is not None and run.builder.layout.is_repeat(cells):
            run.page_break = True
            return 1
        scores = header_scores(cells)
        if scores is not None or self.other_header(cells, blocks, i):
            taken = self.header(cells, scores, blocks, i)
            if taken:
                return taken
        if (run.builder is None and not run.loose and self.previous is not None and not self.text_since_table
                and len(row.cells) == self.previous.layout.width):
            run.builder = self.previous  # the same table after a page break, its header not repeated
            run.page_break = True
        if run.builder is None:
            run.loose.append(row)
            return 1
        row.page_break = row.page_break or run.page_break
        run.page_break = False
        self.table_rows += 1
        if self.table_rows <= MAX_TABLE_ROWS:
            run.builder.add(row)
        elif self.table_rows == MAX_TABLE_ROWS + 1:
            self.notices.add("rows_truncated", row.ref, f"Only the first {MAX_TABLE_ROWS} table rows were read.")
        return 1

    def header(self, cells: list[str], scores: dict[str, float] | None, blocks: list[Block], i: int) -> int:
        """A table starts at blocks[i]: its kind from header, title and first rows; returns the header's rows."""
        row = blocks[i]
        assert isinstance(row, RawRow)
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        rows = [cells]
        if isinstance(following, RawRow):
            rows.append(["" if j in following.continued else c for j, c in enumerate(following.cells)])
        number = len(self.tables) + 1
        override = self.overrides.get(number)
        layouts: dict[str, Layout] = {}
        taken = 1
        for kind in KINDS:
            if kind in (scores or {}) or kind == override:
                found = layout_from(rows, kind)
                if found is not None:
                    layouts[kind], taken = found[0], max(taken, found[1])
        title = self.title()
        verdict = decide(layouts, scores, title or "", self.data_rows(blocks, i + taken), override)
        found = layout_from(rows, verdict.kind)
        if found is None:
            return 0
        layout, taken = found
        self.start_table(number, verdict, layout, row.ref, title)
        return taken

    def other_header(self, cells: list[str], blocks: list[Block], i: int) -> bool:
        """A header no kind's words name ("STT | Tên thủ tục hành chính | Lĩnh vực | Ghi chú") above numbered rows:
        a data table of another kind, not the layout of a header block or a signature."""
        texts = [c.strip() for c in cells if c.strip()]
        if len(texts) < 3 or any(len(t) > 60 for t in texts) or not re.fullmatch(
                r"(stt|tt|so tt|so thu tu)", words(cells[0]) if cells else ""):
            return False
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if not isinstance(following, RawRow) or not following.cells:
            return False
        return cell_label(following.cells[0]) is not None

    @staticmethod
    def data_rows(blocks: list[Block], start: int) -> list[list[str]]:
        """The first rows of the table that starts at blocks[start], for the classifier to look at."""
        rows = []
        for block in blocks[start: start + 40]:
            if isinstance(block, TableEnd) or (isinstance(block, TextLine) and block.text.strip()
                                               and not _PAGE_NUMBER.match(block.text)):
                break
            if isinstance(block, RawRow):
                rows.append(["" if j in block.continued else c for j, c in enumerate(block.cells)])
            if len(rows) >= 12:
                break
        return rows

    def title(self) -> str | None:
        """The title of a table about to start: its appendix title, else the lines of text just above it."""
        appendix = self.front.pending_appendix_title()
        if appendix:
            return appendix
        section = self.front.section_title()  # a table inside "II. NỘI DUNG THỰC HIỆN" is of that section
        return " ".join([*([section] if section and section not in self.recent else []), *self.recent]) or None

    def start_table(self, number: int, verdict: Verdict, layout: Layout, ref: Ref, title: str | None) -> None:
        self.flush_loose()
        builder: Builder
        if verdict.kind == TASKS:
            builder = TaskTableBuilder(layout, self.notices)
        elif verdict.kind == INDICATORS:
            builder = IndicatorTableBuilder(layout, self.notices)
        elif verdict.kind == EVENTS:
            builder = EventTableBuilder(layout, self.notices, self.front.pending_appendix_title(), ref)
        else:
            builder = OtherTableBuilder(layout, self.notices)
        self.builders.append(builder)
        self.tables.append(_Table(number, verdict, builder, title, layout, ref, self.front.anchor()))
        self.recent = []
        assert self.run is not None
        self.run.builder, self.run.page_break = builder, False
        self.front.table(verdict.kind)
        if verdict.kind == OTHER:
            self.notices.add("table_other", ref, f"Table {number} ({' | '.join(c.title for c in layout.columns)}) "
                             "is not a table of tasks, indicators or events; it was left out.", str(number))
            return
        if verdict.doubtful:
            self.notices.add("table_kind_doubtful", ref, f"Table {number} was read as a table of {verdict.kind}; "
                             "its header does not settle it.", str(number), verdict.kind)
        for column in layout.columns:
            if column.key is None and column.title:
                self.notices.add("unknown_column", ref, f"The column {column.title!r} has no place in the plan; "
                                 "its text is kept in each task's note.")

    def flush_loose(self) -> None:
        """Rows under no header: a layout table (header block, signature) read column by column as lines."""
        run = self.run
        if run is None or not run.loose:
            return
        rows, run.loose = run.loose, []
        width = max(len(r.cells) for r in rows)
        for column in range(width):
            for row in rows:
                text = row.cells[column] if column < len(row.cells) and column not in row.continued else ""
                for part in (text or "").split("\n"):
                    self.front_line(part, row.ref)
            self.front_line("", rows[-1].ref)

    def close_run(self) -> None:
        if self.run is None:
            return
        self.flush_loose()
        if self.run.builder is not None:
            self.previous = self.run.builder
            self.text_since_table = False
        self.run = None

    # ---------------------------------------------------------------- the plan

    def plan(self) -> PlanJson:
        tasks = [b for b in self.builders if isinstance(b, TaskTableBuilder)]
        indicators = [b for b in self.builders if isinstance(b, IndicatorTableBuilder)]
        documents = self.front.documents()
        if not tasks and not indicators and not any(d["type"] == "KH" for d in documents):
            raise PlanImportError(
                "not_a_plan",
                "No plan was found. Expected a plan of administrative-procedure control: a 'KẾ HOẠCH' document "
                "or a task table whose header names columns such as 'STT', 'Nội dung công việc', "
                "'Kết quả công việc', 'Cơ quan, đơn vị thực hiện' and 'Thời gian thực hiện'.",
            )
        year = self.year(indicators)
        outline, self.sources = self.outline(tasks, year)
        found: list[IndicatorJson] = []
        for builder in indicators:
            found += builder.indicators()
        plain = [b for b in tasks if not isinstance(b, EventTableBuilder)] or tasks
        return {
            "year": year,
            "documents": documents,
            "outline": outline,
            "indicators": found,
            "task_columns": _columns(plain[0].layout, cols.TASK_COLUMN_KEYS) if plain
            else [c.copy() for c in cols.DEFAULT_TASK_COLUMNS],
            "indicator_columns": _columns(indicators[0].layout, cols.INDICATOR_COLUMN_KEYS) if indicators
            else cols.default_indicator_columns(year),
            "task_appendix_title": self.front.titles.get(TASKS),
            "indicator_appendix_title": self.front.titles.get(INDICATORS),
        }

    def outline(self, tasks: list[TaskTableBuilder], year: int) -> tuple[list[OutlineNode], list[tuple[str, ...]]]:
        """The outline: from the plan's task sections when it is written as prose (with the tables inside them),
        else from its task tables in document order."""
        built = {id(b): (b.outline(year), b.row_sources()) for b in tasks}
        anchored: dict[int, list[TableOutline]] = {}
        for table in self.tables:
            if table.anchor is not None and id(table.builder) in built:
                anchored.setdefault(id(table.anchor), []).append(built[id(table.builder)])
        plan_doc = next((d for d in self.front.docs if d.type == "KH"), None)
        prose = ProseOutline(plan_doc.sections if plan_doc else [], self.front.refs, anchored, year, self.notices)
        outline: list[OutlineNode] = []
        sources: list[tuple[str, ...]] = []
        if prose.build():
            outline, sources = prose.outline, prose.sources
            used = prose.used_tables
        else:
            used = set()
        for builder in tasks:  # the tables outside the task sections, in order
            nodes = built[id(builder)]
            if id(nodes) not in used:
                outline += nodes[0]
                sources += nodes[1]
        return outline, sources

    def table_infos(self) -> tuple[TableInfo, ...]:
        infos = []
        for table in self.tables:
            rows = len(table.builder.rows) if isinstance(table.builder, OtherTableBuilder) else table.builder.rows
            infos.append(TableInfo(
                number=table.number, kind=table.verdict.kind, doubtful=table.verdict.doubtful,
                by_clerk=table.verdict.by_clerk, title=table.title,
                header=tuple(c.title for c in table.layout.columns), where=table.ref.where, rows=rows,
                scores=tuple(sorted(table.verdict.scores.items()))))
        return tuple(infos)

    def year(self, indicators: list[IndicatorTableBuilder]) -> int:
        year = self.front.year()
        if year is None:
            for builder in indicators:
                for column in builder.layout.columns:
                    match = re.search(r"(20\d\d)", column.title)
                    if column.key == "target" and match:
                        year = int(match.group(1))
        if year is None and self.years:
            year = self.years.most_common(1)[0][0]
        if year is None:
            year = date.today().year
            self.notices.add("year_guessed", None, f"The plan names no year; {year} was assumed.")
        return year


def _columns(layout: Layout, known: tuple[str, ...]) -> list[ColumnJson]:
    return [cols.column(c.key, c.title, c.group) for c in layout.columns if c.key in known]


def assemble(blocks: list[Block], notices: Notices, *, join_broken: bool,
             table_kinds: dict[int, str] | None = None) -> ImportResult:
    assembler = Assembler(notices, join_broken=join_broken, table_kinds=table_kinds)
    assembler.feed(blocks)
    plan = assembler.plan()
    return ImportResult(plan, notices.result(), tuple(assembler.sources), assembler.table_infos(),
                        tuple(assembler.source))
