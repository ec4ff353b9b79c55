"""Editing a plan's outline (groups and tasks): each edit one transaction, refused once the plan is issued.

Deleting returns a snapshot that `restore` puts back with the same ids, so undo and redo in the editor
can keep referring to rows by id. Every structural edit (and a label typed or cleared) renumbers the automatic
labels in the style of each level, read from the plan's labels (domain/labels.py). Undo and redo pass
`style_labels`, the labels the plan had before the edit was first made, so that the styles are read as they were
then: otherwise an undone delete (its rows back with their old numbers beside rows renumbered without them) or an
undone label (a group typed "5" turned the level to 1, 2, 3) would read as another style, and undo would not give
the plan back. A restore without them reads the labels kept in its snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from tthc_desktop.db.models import Organization, OutlineItem, Plan, Task, TaskGroup, UnitAssignment
from tthc_desktop.domain import labels
from tthc_desktop.domain.enums import OutlineKind, UnitRole
from tthc_desktop.domain.text import clean
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.i18n import _
from tthc_desktop.services.base import Service
from tthc_desktop.services.documents import ensure_editable
from tthc_desktop.services.plan_json import UnitIndex
from tthc_desktop.services.plans import load_plan

TEXT_FIELDS = ("text", "objective", "expected_result", "schedule_text", "note")
TASK_ONLY = {"objective", "expected_result", "schedule_text", "note", "lead_units", "cooperating_units"}


@dataclass(frozen=True)
class OutlineNode:
    id: int
    parent_id: int | None
    position: int
    kind: OutlineKind
    label: str | None
    label_manual: bool
    text: str
    objective: str | None = None
    expected_result: str | None = None
    schedule_text: str | None = None
    lead_units: tuple[str, ...] = ()
    cooperating_units: tuple[str, ...] = ()
    children: tuple[OutlineNode, ...] = ()


@dataclass(frozen=True)
class Snapshot:
    """A deleted row with everything under it, ready to be put back where it was, with the same ids."""

    plan_id: int
    parent_id: int | None
    position: int
    rows: tuple[dict[str, Any], ...] = field(default_factory=tuple)  # the row first, then its descendants
    labels: tuple[tuple[int, str | None], ...] = ()  # every row's label in the plan before the delete


StyleLabels = dict[int, str | None]  # row id -> the label the numbering style is read from (absent rows: none)


class OutlineService(Service):
    # ---------------------------------------------------------------- reading

    def tree(self, plan_id: int) -> list[OutlineNode]:
        with self._read() as session:
            plan = load_plan(session, plan_id, [selectinload(Plan.items.of_type(Task)).selectinload(Task.assignments)])
            children: dict[int | None, list[OutlineItem]] = {}
            for item in plan.items:
                children.setdefault(item.parent_id, []).append(item)

            def node(item: OutlineItem) -> OutlineNode:
                extra: dict[str, Any] = {}
                if isinstance(item, Task):
                    extra = {
                        "objective": item.objective, "expected_result": item.expected_result,
                        "schedule_text": item.schedule_text,
                        "lead_units": tuple(item.units(UnitRole.LEAD)),
                        "cooperating_units": tuple(item.units(UnitRole.COOPERATING)),
                    }
                return OutlineNode(item.id, item.parent_id, item.position, item.kind, item.label, item.label_manual,
                                   item.text, children=tuple(node(c) for c in children.get(item.id, [])), **extra)

            return [node(item) for item in children.get(None, [])]

    # ---------------------------------------------------------------- field edits

    def update(self, item_id: int, style_labels: StyleLabels | None = None, **changes: Any) -> None:
        """Change fields of a row. Setting `label` marks it as typed by hand; `label=None` gives it back to
        automatic numbering. Units are lists of names (a known unit is linked, free text kept as written)."""
        with self._write() as session:
            item = self._item(session, item_id)
            ensure_editable(item.plan.document)
            if not isinstance(item, Task) and TASK_ONLY & set(changes):
                raise DataError(_("A group has only a label and a title."))
            for name, value in changes.items():
                if name in TEXT_FIELDS:
                    setattr(item, name, clean(value) if name != "text" else (clean(value) or ""))
                elif name == "label":
                    item.label, item.label_manual = clean(value), value is not None
                elif name in ("lead_units", "cooperating_units"):
                    self._set_units(session, item, UnitRole.LEAD if name == "lead_units" else UnitRole.COOPERATING,
                                    value)
                else:
                    raise ValueError(f"not editable: {name}")
            if "label" in changes:
                self._renumber(session, item.plan, style_labels)

    @staticmethod
    def _set_units(session: Session, task: Task, role: UnitRole, names: list[str]) -> None:
        index = UnitIndex(session.get_one(Organization, task.plan.organization_id))
        kept = [a for a in task.assignments if a.role is not role]
        fresh = [UnitAssignment(role=role, position=position, text=name, unit_id=index.find(name))
                 for position, name in enumerate(n for n in (clean(x) for x in names) if n)]
        task.assignments = kept + fresh

    # ---------------------------------------------------------------- structure

    def insert(self, plan_id: int, parent_id: int | None, position: int, kind: OutlineKind,
               text: str = "", style_labels: StyleLabels | None = None, **fields: Any) -> int:
        with self._write() as session:
            plan = self._plan(session, plan_id)
            ensure_editable(plan.document)
            self._check_parent(session, plan, parent_id, kind)
            siblings = self._siblings(session, plan.id, parent_id)
            position = max(0, min(position, len(siblings)))
            for sibling in siblings[position:]:
                sibling.position += 1
            cls = TaskGroup if kind is OutlineKind.GROUP else Task
            item = cls(plan_id=plan.id, parent_id=parent_id, position=position, text=clean(text) or "",
                       label=None, label_manual=False)
            session.add(item)
            session.flush()
            if fields:
                session.refresh(item)
            for name, value in fields.items():
                if name in TEXT_FIELDS:
                    setattr(item, name, clean(value))
                elif name in ("lead_units", "cooperating_units"):
                    self._set_units(session, item, UnitRole.LEAD if name == "lead_units" else UnitRole.COOPERATING,
                                    value)
            session.flush()
            self._renumber(session, plan, style_labels)
            return item.id

    def delete(self, item_id: int, style_labels: StyleLabels | None = None) -> Snapshot:
        with self._write() as session:
            item = self._item(session, item_id)
            plan = item.plan
            ensure_editable(plan.document)
            rows = tuple(self._dump(item))
            labels_before = tuple((other.id, other.label) for other in plan.items)
            snapshot = Snapshot(plan.id, item.parent_id, item.position, rows, labels_before)
            parent_id, position = item.parent_id, item.position
            session.delete(item)
            session.flush()
            for sibling in self._siblings(session, plan.id, parent_id):
                if sibling.position > position:
                    sibling.position -= 1
            session.expire(plan, ["items"])
            self._renumber(session, plan, style_labels)
            return snapshot

    def restore(self, snapshot: Snapshot, style_labels: StyleLabels | None = None) -> None:
        """Put a deleted row back where it was, with its ids, units and everything under it."""
        with self._write() as session:
            plan = self._plan(session, snapshot.plan_id)
            ensure_editable(plan.document)
            for sibling in self._siblings(session, plan.id, snapshot.parent_id):
                if sibling.position >= snapshot.position:
                    sibling.position += 1
            for row in snapshot.rows:
                data = dict(row)
                units = data.pop("units")
                cls = TaskGroup if data["kind"] == OutlineKind.GROUP.value else Task
                data.pop("kind")
                item = cls(plan_id=plan.id, **data)
                session.add(item)
                session.flush()
                for role, position, text, unit_id in units:
                    session.add(UnitAssignment(task_id=item.id, role=UnitRole(role), position=position, text=text,
                                               unit_id=unit_id))
            session.flush()
            session.expire(plan, ["items"])
            self._renumber(session, plan, dict(snapshot.labels) if style_labels is None else style_labels)

    def move(self, item_id: int, parent_id: int | None, position: int,
             style_labels: StyleLabels | None = None) -> None:
        """Move a row (with everything under it) to `position` among the children of `parent_id`."""
        with self._write() as session:
            item = self._item(session, item_id)
            plan = item.plan
            ensure_editable(plan.document)
            self._check_parent(session, plan, parent_id, item.kind, moving=item)
            old_siblings = [s for s in self._siblings(session, plan.id, item.parent_id) if s.id != item.id]
            for index, sibling in enumerate(old_siblings):
                sibling.position = index
            new_siblings = [s for s in self._siblings(session, plan.id, parent_id) if s.id != item.id]
            position = max(0, min(position, len(new_siblings)))
            new_siblings.insert(position, item)
            item.parent_id = parent_id
            for index, sibling in enumerate(new_siblings):
                sibling.position = index
            session.flush()
            session.expire(plan, ["items"])
            self._renumber(session, plan, style_labels)

    def labels(self, plan_id: int) -> dict[int, str | None]:
        with self._read() as session:
            return {item.id: item.label for item in self._plan(session, plan_id).items}

    # ---------------------------------------------------------------- helpers

    def _renumber(self, session: Session, plan: Plan, style_labels: StyleLabels | None = None) -> None:
        """The automatic labels again, in the styles read from `style_labels` (default: the rows' own labels)."""
        session.flush()
        items = session.scalars(sa.select(OutlineItem).where(OutlineItem.plan_id == plan.id)).all()
        children: dict[int | None, list[OutlineItem]] = {}
        for item in sorted(items, key=lambda i: i.position):
            children.setdefault(item.parent_id, []).append(item)
        ordered: list[OutlineItem] = []

        def walk(parent: int | None) -> None:
            for child in children.get(parent, []):
                ordered.append(child)
                walk(child.id)

        walk(None)
        # A label typed by hand is always the row's own; only automatic ones are read from `style_labels`.
        rows = [labels.Row(i.id, i.parent_id, i.kind is OutlineKind.GROUP,
                           i.label if style_labels is None or i.label_manual else style_labels.get(i.id),
                           i.label_manual)
                for i in ordered]
        result = labels.renumber(rows)
        for item in ordered:
            if item.label != result[item.id]:
                item.label = result[item.id]

    def _dump(self, item: OutlineItem) -> list[dict[str, Any]]:
        row = {
            "id": item.id, "parent_id": item.parent_id, "position": item.position, "kind": item.kind.value,
            "label": item.label, "label_manual": item.label_manual, "text": item.text,
            "units": [(a.role.value, a.position, a.text, a.unit_id) for a in getattr(item, "assignments", [])],
        }
        if isinstance(item, Task):
            row.update({name: getattr(item, name) for name in TEXT_FIELDS if name != "text"})
        rows = [row]
        for child in item.children:
            rows += self._dump(child)
        return rows

    def _check_parent(self, session: Session, plan: Plan, parent_id: int | None, kind: OutlineKind,
                      moving: OutlineItem | None = None) -> None:
        if parent_id is None:
            return
        parent = self._item(session, parent_id)
        if parent.plan_id != plan.id:
            raise DataError(_("A row can only move within its own plan."))
        if kind is OutlineKind.GROUP and parent.kind is OutlineKind.TASK:
            raise DataError(_("A group cannot be placed under a task."))
        ancestor: OutlineItem | None = parent
        while moving is not None and ancestor is not None:
            if ancestor.id == moving.id:
                raise DataError(_("A row cannot be moved under itself."))
            ancestor = ancestor.parent

    @staticmethod
    def _siblings(session: Session, plan_id: int, parent_id: int | None) -> list[OutlineItem]:
        query = sa.select(OutlineItem).where(OutlineItem.plan_id == plan_id)
        under = OutlineItem.parent_id.is_(None) if parent_id is None else OutlineItem.parent_id == parent_id
        query = query.where(under)
        return list(session.scalars(query.order_by(OutlineItem.position)))

    @staticmethod
    def _plan(session: Session, plan_id: int) -> Plan:
        return load_plan(session, plan_id)

    @staticmethod
    def _item(session: Session, item_id: int) -> OutlineItem:
        item = session.get(OutlineItem, item_id)
        if item is None:
            raise NotFoundError(_("Row {id} of the plan does not exist.").format(id=item_id))
        return item
