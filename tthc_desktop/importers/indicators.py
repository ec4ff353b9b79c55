"""An indicator table's rows -> the plan JSON's indicators (name, unit, comparator and target, the upper level's
target, last year's result, legal basis, formula, units), grouped under their group rows.

Figures are read by the app's number reader (importers/numbers.py): a figure it refuses becomes a notice.
"""

from __future__ import annotations

from tthc_desktop.domain.plan_schema import IndicatorJson
from tthc_desktop.importers.cells import clean_cell, format_cell, split_units, unit_list
from tthc_desktop.importers.headers import Layout
from tthc_desktop.importers.numbers import Target, read_target
from tthc_desktop.importers.result import Notices
from tthc_desktop.importers.tables import RawRow, Style, TableBuilder, _Node, _style


class IndicatorTableBuilder(TableBuilder):
    main_keys = ("name",)
    _DATA = ("unit", "target", "upstream_target", "last_year", "units", "lead_units", "cooperating_units",
             "basis", "formula")

    def __init__(self, layout: Layout, notices: Notices) -> None:
        super().__init__(layout, notices)
        self.entries: list[tuple[_Node, _Node | None]] = []  # (indicator or group row, its group)
        self.group: _Node | None = None
        self.group_style: Style | None = None

    def add(self, row: RawRow) -> None:
        if not self.counted(row):
            return
        cells = self.cells_of(row)
        label = self.label_of(cells, row)
        values = self.values(cells, row, label)
        if not values and not label:
            return
        if label is None and self.is_continuation(row, values):
            assert self.last is not None
            self.merge(self.last, values, row.ref)
            self.notices.add("continuation", row.ref, "A row without a number was read as the rest of the row "
                             "above (a cell broken across a page).")
            return
        data = [i for i in values if self.layout.columns[i].key in self._DATA]
        node = _Node("group" if label and not data else "task", label, row.ref)
        self.merge(node, values, row.ref)
        style = _style(label, []) if label else ("none",)
        if self.group is not None and (style == self.group_style or node.kind == "group"):
            self.group = None
        if node.kind == "group":
            self.group, self.group_style = node, style
            self.entries.append((node, None))
        else:
            self.entries.append((node, self.group))
        self.last = node

    def indicators(self) -> list[IndicatorJson]:
        members = {id(group) for _, group in self.entries if group is not None}
        out = []
        for node, group in self.entries:
            if node.kind == "group" and id(node) in members:
                continue
            out.append(self.to_json(node, group))
        return out

    def figure(self, node: _Node, key: str) -> Target:
        """A figure cell read by the app's number reader; a refused or missing figure is a notice, never a guess."""
        text = clean_cell(node.raw.get(key)).replace("\n", " ")
        found = read_target(text)
        if found.problem is not None:
            hint = f" Write it as {found.suggestion!r}." if found.suggestion else ""
            self.notices.add("number_refused", node.ref, f"The figure {found.problem!r} in {text!r} is not a number "
                             f"as Vietnamese writes it; it was left empty.{hint}", found.problem,
                             found.suggestion or "")
        elif text and found.value is None and key == "target":
            self.notices.add("target_unknown", node.ref, f"The target {text!r} has no number; the indicator was "
                             "kept without one.")
        elif found.figures > 1:
            self.notices.add("figure_ambiguous", node.ref, f"{text!r} holds more than one figure; the first was "
                             "read.", text)
        return found

    def to_json(self, node: _Node, group: _Node | None) -> IndicatorJson:
        raw = node.raw
        target = self.figure(node, "target")
        lead, cooperating = split_units(raw.get("units"))
        lead += unit_list(raw.get("lead_units"))
        cooperating += unit_list(raw.get("cooperating_units"))
        unit = clean_cell(raw.get("unit")).replace("\n", " ") or ("%" if target.percent else None)
        return {
            "group": group.label if group else None,
            "group_title": format_cell(group.raw.get("name")) if group else None,
            "label": node.label,
            "name": format_cell(raw.get("name")) or "",
            "unit": unit,
            "comparator": target.comparator,
            "target": target.value,
            "upstream_target": self.figure(node, "upstream_target").value,
            "last_year": self.figure(node, "last_year").value,
            "basis": format_cell(raw.get("basis")),
            "formula": format_cell(raw.get("formula")),
            "numerator_name": None,
            "denominator_name": None,
            "lead_units": lead,
            "cooperating_units": cooperating,
        }
