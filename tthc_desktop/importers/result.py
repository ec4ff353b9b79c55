"""What an importer hands back: the plan JSON, the notices for the clerk, and the one error it raises."""

from __future__ import annotations

from dataclasses import dataclass, field

from tthc_desktop.domain.plan_schema import PlanJson

MAX_NOTICES = 500  # a garbage paste must not drown the clerk (or the UI) in messages


@dataclass(frozen=True)
class Notice:
    """Something the importer did or could not do. The UI translates by `kind`; `message` is English."""

    kind: str  # "unknown_column", "continuation", "schedule_unknown", "encoding_converted", ...
    where: str  # "line 88", "table 2, row 14", "document" ...
    message: str
    line: int | None = None  # the 1-based line of a text import, when there is one
    args: tuple[str, ...] = ()  # what the UI's sentence for this kind names (a figure, a table's number)


@dataclass(frozen=True)
class TableInfo:
    """A table the importer found, and what it took it for; the preview lets the clerk choose another kind."""

    number: int  # 1-based, in document order; the key of an override (`table_kinds={number: kind}`)
    kind: str  # "tasks", "indicators", "events" or "other" (not imported)
    doubtful: bool  # the words did not settle the kind: the clerk should look
    by_clerk: bool  # the kind is the clerk's choice
    title: str | None  # the appendix title or the heading above it
    header: tuple[str, ...]  # the header's titles as written
    where: str  # the header row's place (Notice.where)
    rows: int = 0  # data rows read
    scores: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class SourceLine:
    """A line of the input as the importer read it (a paragraph, or a table row with its cells), for the preview."""

    where: str  # Notice.where of this line: "line 88", "paragraph 7", "table 2, row 14"
    text: str
    table: int | None = None  # the number of the table it belongs to


@dataclass(frozen=True)
class ImportResult:
    plan: PlanJson
    notices: list[Notice] = field(default_factory=list)
    # Where each outline row came from (Notice.where values), in the order the outline is walked: lets a
    # preview flag the very rows a notice is about.
    row_sources: tuple[tuple[str, ...], ...] = ()
    tables: tuple[TableInfo, ...] = ()
    source: tuple[SourceLine, ...] = ()

    def flagged_rows(self) -> dict[int, list[Notice]]:
        """Outline rows (by their index in walking order) that a notice points at, with those notices."""
        by_place: dict[str, list[Notice]] = {}
        for notice in self.notices:
            by_place.setdefault(notice.where, []).append(notice)
        return {index: [n for where in sources for n in by_place.get(where, [])]
                for index, sources in enumerate(self.row_sources)
                if any(where in by_place for where in sources)}

    def kinds(self) -> list[str]:
        return [n.kind for n in self.notices]


class PlanImportError(Exception):
    """Input that is not a plan the importer can read; `kind` for the UI, an English message for the log."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


ImportError_ = PlanImportError  # the name the brief uses; `ImportError` itself is a builtin


@dataclass(frozen=True)
class Ref:
    """Where a piece of input came from, for notices."""

    where: str
    line: int | None = None

    @staticmethod
    def text_line(number: int) -> Ref:
        return Ref(f"line {number}", number)


class Notices:
    """Collects notices, at most MAX_NOTICES of them, plus one saying how many more were left out."""

    def __init__(self) -> None:
        self.items: list[Notice] = []
        self.dropped = 0

    def add(self, kind: str, ref: Ref | None, message: str, *args: str) -> None:
        if len(self.items) >= MAX_NOTICES:
            self.dropped += 1
            return
        ref = ref or Ref("document")
        self.items.append(Notice(kind, ref.where, message, ref.line, tuple(args)))

    def result(self) -> list[Notice]:
        if not self.dropped:
            return list(self.items)
        return [*self.items, Notice("notices_truncated", "document", f"{self.dropped} more notices were left out.")]
