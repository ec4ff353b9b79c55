"""Plans written as prose: the outline from the plan's headings and numbered paragraphs.

A section of the plan holds its tasks when its heading says so ("NHIỆM VỤ", "NỘI DUNG", "GIẢI PHÁP", "CÔNG VIỆC",
"HOẠT ĐỘNG") or when its paragraphs carry a task's particulars; "MỤC ĐÍCH, YÊU CẦU" and "TỔ CHỨC THỰC HIỆN" never
do. Inside it:
- a numbered or lettered paragraph is a task, or a group when numbered items or a table sit under it;
- its particulars come from lines such as "- Đơn vị chủ trì: …", "Cơ quan phối hợp: …", "Kết quả: …",
  "Thời gian: …" (several in one line, split at ";"), from the same words inside its text ("…. Thời gian:
  Quý II."), or from a unit in parentheses at its end ("(Văn phòng - Thống kê chủ trì)", "(Bộ phận Một cửa)");
- other lines under it (bullets without a particular) are part of its text;
- a table inside the section (a small task table) belongs to the item it sits under.
The section's heading stays in the plan's text; the paragraphs that became tasks leave it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tthc_desktop.domain.plan_schema import OutlineNode, SectionNode
from tthc_desktop.domain.schedule import parse_schedule
from tthc_desktop.importers.cells import split_units
from tthc_desktop.importers.headers import words
from tthc_desktop.importers.labels import split_label
from tthc_desktop.importers.result import Notices, Ref

_TASK_HEADING = re.compile(r"\b(?:nhiem vu|noi dung|giai phap|cong viec|hoat dong)\b")
_NOT_TASKS = re.compile(r"\b(?:muc dich|yeu cau|to chuc thuc hien|kinh phi|can cu|khen thuong|che do bao cao)\b")
# The particulars of a task, by the words before their colon.
_KEYS = [
    ("cooperating_units", re.compile(r"^(?:(?:don vi|co quan|bo phan|cong chuc|nguoi) )?phoi hop(?: thuc hien)?$")),
    ("lead_units", re.compile(r"^(?:(?:don vi|co quan|bo phan|cong chuc|nguoi|trach nhiem) )?(?:chu tri|thuc hien)"
                              r"(?: thuc hien)?$|^(?:phan cong|trach nhiem|don vi|co quan|bo phan)(?: thuc hien)?$")),
    ("schedule", re.compile(r"^(?:thoi gian|thoi han|tien do|thoi diem)(?: (?:thuc hien|hoan thanh|trien khai))?$")),
    ("expected_result", re.compile(r"^(?:ket qua|san pham)(?: (?:du kien|dau ra|can dat|dat duoc))?$|"
                                   r"^hinh thuc(?: van ban)?$")),
    ("objective", re.compile(r"^muc tieu$")),
]
_PARTICULAR = re.compile(r"^\s*(?:[-–+•]\s*)?([^:：]{2,40})[:：]\s*(\S.*)$")
_INLINE = re.compile(r"(?<=[.;])\s+(?=(?:[-–+•]\s*)?[^\W\d_][^:：.;]{1,40}[:：])")
_PAREN = re.compile(r"\s*\(([^()]{3,200})\)\s*[.;]?\s*$")
_UNIT_WORDS = re.compile(r"^(?:cac )?(?:van phong|bo phan|cong chuc|phong|ban|to|ubnd|uy ban|dai|trung tam|cong an|"
                         r"quan su|hoi|doan|cc|vp|tu phap|dia chinh|van hoa|tai chinh|ke toan|lao dong|chu tich|"
                         r"pho chu tich|cb|can bo)\b")


def particular(text: str) -> tuple[str, str] | None:
    """("lead_units" | "cooperating_units" | "schedule" | "expected_result" | "objective", value) of a line
    such as "- Đơn vị chủ trì: Văn phòng", else None."""
    match = _PARTICULAR.match(text)
    if match is None:
        return None
    words_before = words(match.group(1))
    for key, rx in _KEYS:
        if rx.search(words_before):
            return key, match.group(2).strip().rstrip(".;,").strip()
    return None


def _particulars(text: str) -> list[tuple[str, str]] | None:
    """All the particulars of one line ("Chủ trì: Văn phòng; phối hợp: các bộ phận"), or None if it is not one."""
    first = particular(text)
    if first is None:
        return None
    found: list[tuple[str, str]] = []
    for piece in re.split(r";\s*", text):
        item = particular(piece)
        if item is None and found:
            key, value = found[-1]
            found[-1] = (key, f"{value}; {piece.strip()}")
        elif item is not None:
            found.append(item)
    return found


# A task table inside a section: its outline, and where each of its rows came from.
TableOutline = tuple[list[OutlineNode], list[tuple[str, ...]]]


@dataclass
class _Item:
    label: str | None
    text: str
    sources: list[str]
    fields: dict[str, list[str]] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)
    children: list[_Item | TableOutline] = field(default_factory=list)


class ProseOutline:
    """The outline of the plan's task sections, with the task tables anchored inside them."""

    def __init__(self, sections: list[SectionNode], refs: dict[int, list[str]],
                 tables: dict[int, list[TableOutline]], year: int, notices: Notices) -> None:
        self.sections, self.refs, self.tables, self.year, self.notices = sections, refs, tables, year, notices
        self.used_tables: set[int] = set()
        self.consumed: set[int] = set()  # the section nodes (by id) that became items: they leave the plan's text
        self.outline: list[OutlineNode] = []
        self.sources: list[tuple[str, ...]] = []

    # ---------------------------------------------------------------- which sections

    def _has_particulars(self, node: SectionNode) -> int:
        text = node["text"]
        own = particular(text) or self._paren_units(text) or any(
            _particulars(piece.strip()) for piece in _INLINE.split(text)[1:])
        return (1 if own else 0) + sum(self._has_particulars(child) for child in node["children"])

    def _has_tables(self, node: SectionNode) -> bool:
        return id(node) in self.tables or any(self._has_tables(child) for child in node["children"])

    def is_task_section(self, node: SectionNode) -> bool:
        heading = words(node["text"])
        if node["kind"] != "heading" or _NOT_TASKS.search(heading):
            return False
        items = any(self._label(child)[0] for child in node["children"])
        if _TASK_HEADING.search(heading):
            return items or self._has_tables(node)
        return self._has_particulars(node) >= 2

    def build(self) -> bool:
        """Builds the outline; False when the plan has no task section (its tables are the outline)."""
        found = [node for node in self.sections if self.is_task_section(node)]
        if not found:
            return False
        for section in found:
            items = self.items(section)
            for item in items:
                self.emit(item, self.outline, 0)
            section["children"] = [c for c in section["children"] if not self._consumed(c)]
        return True

    # ---------------------------------------------------------------- items

    @staticmethod
    def _label(node: SectionNode) -> tuple[str | None, str]:
        if node["kind"] in ("heading", "paragraph") and node["label"]:
            return node["label"], node["text"]
        if node["kind"] == "bullet":
            return None, node["text"]
        found = split_label(node["text"], bare=False)
        if found is not None and found[0].style != "bullet":
            return found[0].label, found[1]
        return None, node["text"]

    def _consumed(self, node: SectionNode) -> bool:
        return id(node) in self.consumed

    def items(self, parent: SectionNode) -> list[_Item | TableOutline]:
        """The items under a section node, with the tables anchored there."""
        out: list[_Item | TableOutline] = []
        for child in parent["children"]:
            label, text = self._label(child)
            if label is None and not self._has_particulars(child):
                continue  # an introduction ("Cụ thể như sau:") stays in the plan's text
            self.consumed.add(id(child))
            out.append(self.item(child, label, text))
        for table in self.tables.get(id(parent), []):
            self.used_tables.add(id(table))
            out.append(table)
        return out

    def item(self, node: SectionNode, label: str | None, text: str) -> _Item:
        item = _Item(label, text, list(self.refs.get(id(node), [])))
        self.inline(item)
        for child in node["children"]:
            child_label, child_text = self._label(child)
            found = _particulars(child_text) if child_label is None else None
            if found:
                for key, value in found:
                    item.fields.setdefault(key, []).append(value)
                item.sources += self.refs.get(id(child), [])
            elif child_label is not None:
                item.children.append(self.item(child, child_label, child_text))
            else:
                rest = self.take(child_text, item.fields)
                if rest:
                    item.details.append(rest if child["kind"] != "bullet" else f"- {rest}")
                item.sources += self.refs.get(id(child), [])
        for table in self.tables.get(id(node), []):
            self.used_tables.add(id(table))
            item.children.append(table)
        return item

    @staticmethod
    def _paren_units(text: str) -> list[tuple[str, str]]:
        match = _PAREN.search(text)
        if match is None:
            return []
        inside = match.group(1)
        found: list[tuple[str, str]] = []
        for piece in re.split(r";\s*", inside):
            item = particular(piece)
            if item is not None:
                found.append(item)
                continue
            lead, cooperating = split_units(piece)
            if not (lead or cooperating) or not all(_UNIT_WORDS.match(words(u)) for u in lead + cooperating):
                return []
            found += [("lead_units", u) for u in lead] + [("cooperating_units", u) for u in cooperating]
        return found

    def inline(self, item: _Item) -> None:
        """Particulars written inside the item's own text: in brackets at its end, or after a full stop."""
        item.text = self.take(item.text, item.fields)

    def take(self, text: str, fields: dict[str, list[str]]) -> str:
        """`text` without the particulars written in it, which go into `fields`."""
        paren = self._paren_units(text)
        if paren:
            text = _PAREN.sub("", text).rstrip(" ,;:")
            for key, value in paren:
                fields.setdefault(key, []).append(value)
        pieces = _INLINE.split(text)
        kept = [pieces[0]]
        for piece in pieces[1:]:
            found = _particulars(piece.strip())
            if found:
                for key, value in found:
                    fields.setdefault(key, []).append(value)
            else:
                kept.append(piece)
        return " ".join(p.strip() for p in kept).strip().rstrip(" ;,")

    # ---------------------------------------------------------------- output

    def emit(self, item: _Item | TableOutline, into: list[OutlineNode], depth: int) -> None:
        if isinstance(item, tuple):  # a table's outline
            nodes, sources = item
            into.extend(nodes)
            self.sources.extend(sources)
            return
        sources_at = len(self.sources)
        self.sources.append(tuple(dict.fromkeys(item.sources)))
        children: list[OutlineNode] = []
        for child in item.children:
            self.emit(child, children, depth + 1)
        if children and not item.fields:
            into.append({"kind": "group", "label": item.label, "text": self.text(item), "children": children})
            return
        lead: list[str] = []
        cooperating: list[str] = []
        for value in item.fields.get("lead_units", []):
            a, b = split_units(value)
            lead, cooperating = lead + a, cooperating + b
        for value in item.fields.get("cooperating_units", []):
            a, b = split_units(value)
            cooperating += a + b
        schedule_text = "\n".join(item.fields.get("schedule", [])) or None
        schedule = parse_schedule(schedule_text, self.year)
        if schedule_text and schedule["kind"] == "unknown":
            where = self.sources[sources_at][-1] if self.sources[sources_at] else "document"
            self.notices.add("schedule_unknown", Ref(where), f"The deadline {schedule_text!r} has no date the app "
                             "understands; it is kept as written.")
        into.append({
            "kind": "task", "label": item.label, "text": self.text(item),
            "objective": "\n".join(item.fields.get("objective", [])) or None,
            "expected_result": "\n".join(item.fields.get("expected_result", [])) or None,
            "lead_units": lead, "cooperating_units": cooperating,
            "schedule_text": schedule_text, "schedule": schedule, "children": children,
        })

    @staticmethod
    def text(item: _Item) -> str:
        return "\n".join([item.text, *item.details]).strip()
