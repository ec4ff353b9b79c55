"""A schedule of inspections or events ("Lịch kiểm tra": the unit inspected, when, what, by whom) -> tasks of the
outline, one per event, each with its deadline, so the tracker follows them like any task. Under the table's
title when it has one ("LỊCH KIỂM TRA CÔNG TÁC KIỂM SOÁT TTHC NĂM 2026" becomes their group).

And the tables the plan has no place for (kind "other"): their rows are kept for the preview only.
"""

from __future__ import annotations

from tthc_desktop.domain.plan_schema import OutlineNode
from tthc_desktop.importers.cells import clean_cell
from tthc_desktop.importers.headers import Layout
from tthc_desktop.importers.result import Notices, Ref
from tthc_desktop.importers.tables import RawRow, TaskTableBuilder, _Node


class EventTableBuilder(TaskTableBuilder):
    main_keys = ("target", "content")

    def __init__(self, layout: Layout, notices: Notices, title: str | None = None, ref: Ref | None = None) -> None:
        super().__init__(layout, notices)
        self.title = title
        self.ref = ref

    def outline(self, year: int) -> list[OutlineNode]:
        events = super().outline(year)
        if not self.title or not events:
            return events
        return [{"kind": "group", "label": None, "text": self.title, "children": events}]

    def row_sources(self) -> list[tuple[str, ...]]:
        rows = super().row_sources()
        if not self.title or not rows:
            return rows
        return [(self.ref.where,) if self.ref else (), *rows]

    def to_json(self, node: _Node, year: int) -> OutlineNode:
        raw = dict(node.raw)
        target, content = clean_cell(raw.pop("target", "")), clean_cell(raw.get("content"))
        if node.kind == "task" and target:
            # "Bộ phận Một cửa xã: Việc tiếp nhận, giải quyết TTHC" — the place and what is done there.
            raw["content"] = f"{target}: {content}" if content else target
        elif node.kind == "group" and target and not content:
            raw["content"] = target
        return super().to_json(_Node(node.kind, node.label, node.ref, raw, node.extra, node.children, node.sources),
                               year)


class OtherTableBuilder:
    """A table of a kind the plan has no place for: nothing is imported, its rows are counted for the preview."""

    def __init__(self, layout: Layout, notices: Notices) -> None:
        self.layout = layout
        self.notices = notices
        self.rows: list[RawRow] = []

    def add(self, row: RawRow) -> None:
        if len(self.rows) < 5_000:
            self.rows.append(row)
