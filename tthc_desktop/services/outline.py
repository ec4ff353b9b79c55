"""Editing a plan's outline (groups and tasks): each edit one transaction, refused once the plan is issued.

Deleting returns a snapshot that `restore` puts back with the same ids, so undo and redo in the editor
can keep referring to rows by id. Every structural edit (and a label typed or cleared) renumbers the automatic
labels in the style of each level, read from the plan's labels (domain/labels.py). Undo and redo pass
`style_labels`, the labels the plan had before the edit was first made, so that the styles are read as they were
then: otherwise an undone delete (its rows back with their old numbers beside rows renumbered without them) or an
undone label (a group typed "5" turned the level to 1, 2, 3) would read as another style, and undo would not give
the plan back. A restore without them reads the labels kept in its snapshot.

Every write says what it did, row by row (`OutlineDelta`: rows inserted with their fields, removed, moved,
fields as stored, labels renumbered, and every label before the write): it is announced with the write's changes
and returned by the verbs that have nothing else to return, so the editor's model follows without reading the
plan again. Rows pasted together are one write (`add_rows`, `delete_rows`, `restore_rows`). Labels are read and
renumbered with column queries, not ORM objects: a 1,000-task plan costs a few milliseconds per edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from tthc_desktop.db.models import Organization, OutlineItem, Plan, Task, TaskGroup, UnitAssignment
from tthc_desktop.domain import labels
from tthc_desktop.domain.enums import OutlineKind, UnitRole
from tthc_desktop.domain.text import clean
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.i18n import _
from tthc_desktop.services.base import Service, touched
from tthc_desktop.services.changes import Part
from tthc_desktop.services.documents import ensure_editable
from tthc_desktop.services.dto import OutlineNode
from tthc_desktop.services.plan_json import UnitIndex
from tthc_desktop.services.plans import load_plan

TEXT_FIELDS = ("text", "objective", "expected_result", "schedule_text", "note")
TASK_ONLY = {"objective", "expected_result", "schedule_text", "note", "lead_units", "cooperating_units"}


@dataclass(frozen=True)
class Snapshot:
    """A deleted row with everything under it, ready to be put back where it was, with the same ids."""

    plan_id: int
    parent_id: int | None
    position: int
    rows: tuple[dict[str, Any], ...] = field(default_factory=tuple)  # the row first, then its descendants
    labels: tuple[tuple[int, str | None], ...] = ()  # every row's label in the plan before the delete


StyleLabels = dict[int, str | None]  # row id -> the label the numbering style is read from (absent rows: none)
Labels = tuple[tuple[int, str | None], ...]


@dataclass(frozen=True)
class OutlineDelta:
    """What one outline write did, in the order to apply it: removed rows (with what is under them), moved rows
    (to a parent and place), inserted rows (at a parent and place, with what is under them), fields as stored
    (`label_manual` too when a label is typed or cleared), the labels the renumbering changed, and every row's
    label before the write (the numbering styles an undo must read)."""

    plan_id: int
    removed: tuple[int, ...] = ()
    moved: tuple[tuple[int, int | None, int], ...] = ()
    inserted: tuple[tuple[int | None, int, OutlineNode], ...] = ()
    fields: tuple[tuple[int, str, Any], ...] = ()
    labels: Labels = ()
    labels_before: Labels = ()

    @property
    def inserted_ids(self) -> list[int]:
        return [node.id for _parent, _place, node in self.inserted]


class OutlineService(Service):
    # ---------------------------------------------------------------- reading

    def tree(self, plan_id: int) -> list[OutlineNode]:
        """The plan's rows as nested nodes, in order. Read as columns (two queries), not as ORM objects: the
        editor opens a 1,000-task plan with this."""
        with self._read() as session:
            load_plan(session, plan_id)
            items, units = OutlineItem.__table__, UnitAssignment.__table__
            rows = session.execute(sa.select(
                items.c.id, items.c.parent_id, items.c.position, items.c.kind, items.c.label, items.c.label_manual,
                items.c.text, items.c.objective, items.c.expected_result, items.c.schedule_text)
                .where(items.c.plan_id == plan_id).order_by(items.c.position, items.c.id)).all()
            assigned: dict[int, dict[UnitRole, list[str]]] = {}
            for task_id, role, text in session.execute(
                    sa.select(units.c.task_id, units.c.role, units.c.text)
                    .join(items, units.c.task_id == items.c.id).where(items.c.plan_id == plan_id)
                    .order_by(units.c.task_id, units.c.position, units.c.id)):
                assigned.setdefault(task_id, {}).setdefault(UnitRole(role), []).append(text)
        children: dict[int | None, list[Any]] = {}
        for row in rows:
            children.setdefault(row.parent_id, []).append(row)

        def node(row: Any) -> OutlineNode:
            under = tuple(node(child) for child in children.get(row.id, []))
            kind = OutlineKind(row.kind)
            if kind is OutlineKind.GROUP:
                return OutlineNode(row.id, row.parent_id, row.position, kind, row.label, row.label_manual,
                                   row.text, children=under)
            roles = assigned.get(row.id, {})
            return OutlineNode(row.id, row.parent_id, row.position, kind, row.label, row.label_manual, row.text,
                               row.objective, row.expected_result, row.schedule_text,
                               tuple(roles.get(UnitRole.LEAD, ())), tuple(roles.get(UnitRole.COOPERATING, ())),
                               children=under)

        return [node(row) for row in children.get(None, [])]

    def labels(self, plan_id: int) -> dict[int, str | None]:
        with self._read() as session:
            load_plan(session, plan_id)
            return dict(_labels(session, plan_id))

    # ---------------------------------------------------------------- field edits

    def update(self, item_id: int, style_labels: StyleLabels | None = None, **changes: Any) -> OutlineDelta:
        """Change fields of a row. Setting `label` marks it as typed by hand; `label=None` gives it back to
        automatic numbering. Units are lists of names (a known unit is linked, free text kept as written)."""
        with self._write(Part.OUTLINE) as session:
            item = self._item(session, item_id)
            ensure_editable(item.plan.document)
            if not isinstance(item, Task) and TASK_ONLY & set(changes):
                raise DataError(_("A group has only a label and a title."))  # so a units change is a task's
            before = _labels(session, item.plan_id) if "label" in changes else ()
            for name, value in changes.items():
                if name in TEXT_FIELDS:
                    setattr(item, name, clean(value) if name != "text" else (clean(value) or ""))
                elif name == "label":
                    item.label, item.label_manual = clean(value), value is not None
                elif name in ("lead_units", "cooperating_units") and isinstance(item, Task):
                    self._set_units(session, item, UnitRole.LEAD if name == "lead_units" else UnitRole.COOPERATING,
                                    value)
                else:
                    raise ValueError(f"not editable: {name}")
            session.flush()
            stored: list[tuple[int, str, Any]] = []
            for name in changes:
                if name in ("lead_units", "cooperating_units") and isinstance(item, Task):
                    role = UnitRole.LEAD if name == "lead_units" else UnitRole.COOPERATING
                    stored.append((item.id, name, tuple(item.units(role))))
                elif name == "label":
                    stored.append((item.id, "label_manual", item.label_manual))
                else:
                    stored.append((item.id, name, getattr(item, name)))
            labels = self._renumber(session, item.plan_id, style_labels)[0] if "label" in changes else {}
            return self._done(session, item.plan_id, before, labels, fields=tuple(stored))

    @staticmethod
    def _set_units(session: Session, task: Task, role: UnitRole, names: list[str]) -> None:
        index = UnitIndex(session.get_one(Organization, task.plan.organization_id))
        kept = [a for a in task.assignments if a.role is not role]
        task.assignments = kept + _assignments(index, role, names)

    # ---------------------------------------------------------------- structure

    def insert(self, plan_id: int, parent_id: int | None, position: int, kind: OutlineKind,
               text: str = "", style_labels: StyleLabels | None = None, **fields: Any) -> int:
        """One new row; returns its id."""
        delta = self.add_rows(plan_id, parent_id, position, [{"kind": kind, "text": text, **fields}], style_labels)
        return delta.inserted_ids[0]

    def add_rows(self, plan_id: int, parent_id: int | None, position: int, rows: Sequence[Mapping[str, Any]],
                 style_labels: StyleLabels | None = None) -> OutlineDelta:
        """New rows (each a `kind`, default a task, its `text` and fields) one after the other from `position`
        among the children of `parent_id`: one transaction, one renumbering."""
        with self._write(Part.OUTLINE, plan=plan_id) as session:
            plan = self._plan(session, plan_id)
            ensure_editable(plan.document)
            kinds = [OutlineKind(row.get("kind", OutlineKind.TASK)) for row in rows]
            for kind in set(kinds):
                self._check_parent(session, plan, parent_id, kind)
            position = max(0, min(position, _count_children(session, plan.id, parent_id)))
            _shift(session, plan.id, parent_id, position, len(rows))
            index: UnitIndex | None = None
            items: list[OutlineItem] = []
            for offset, (kind, row) in enumerate(zip(kinds, rows, strict=True)):
                fields = {name: value for name, value in row.items() if name not in ("kind", "text")}
                if kind is OutlineKind.GROUP and fields:
                    raise DataError(_("A group has only a label and a title."))
                cls = TaskGroup if kind is OutlineKind.GROUP else Task
                item = cls(plan_id=plan.id, parent_id=parent_id, position=position + offset,
                           text=clean(row.get("text")) or "", label=None, label_manual=False)
                if isinstance(item, Task):
                    item.assignments = []  # known empty: no query to read it back
                for name, value in fields.items():
                    if name in TEXT_FIELDS:
                        setattr(item, name, clean(value))
                    elif name in ("lead_units", "cooperating_units") and isinstance(item, Task):  # a group has none
                        if index is None:
                            index = UnitIndex(session.get_one(Organization, plan.organization_id))
                        role = UnitRole.LEAD if name == "lead_units" else UnitRole.COOPERATING
                        item.assignments += _assignments(index, role, value)
                    else:
                        raise ValueError(f"not a field of a row: {name}")
                session.add(item)
                items.append(item)
            session.flush()
            labels, read = self._renumber(session, plan.id, style_labels)
            new = {item.id for item in items}
            before = tuple((row, label) for row, label in read if row not in new)  # the new rows had none
            inserted = tuple((parent_id, item.position, _node(item, labels.get(item.id, item.label)))
                             for item in items)
            return self._done(session, plan.id, before, labels, inserted=inserted)

    def delete(self, item_id: int, style_labels: StyleLabels | None = None) -> Snapshot:
        return self.delete_rows([item_id], style_labels)[0]

    def delete_rows(self, item_ids: Sequence[int], style_labels: StyleLabels | None = None) -> list[Snapshot]:
        """Delete rows (each with everything under it) in this order, in one transaction; the snapshots put them
        back, in the reverse order, with the same ids (`restore_rows`)."""
        with self._write(Part.OUTLINE) as session:
            items = [self._item(session, item_id) for item_id in item_ids]
            if not items:
                return []
            plan = items[0].plan
            if any(item.plan_id != plan.id for item in items):
                raise DataError(_("A row can only move within its own plan."))
            ensure_editable(plan.document)
            taken = []
            for item in items:
                rows = tuple(self._dump(item))
                parent_id, position = item.parent_id, item.position
                taken.append((parent_id, position, rows))
                session.delete(item)
                session.flush()
                _shift(session, plan.id, parent_id, position + 1, -1)
            labels, kept = self._renumber(session, plan.id, style_labels)
            # Every label before the delete: those of the rows left (read before renumbering) and the rows taken.
            before = tuple(sorted([*kept, *((row["id"], row["label"]) for _p, _q, rows in taken for row in rows)]))
            self._done(session, plan.id, before, labels, removed=tuple(item_ids))
            return [Snapshot(plan.id, parent_id, position, rows, before) for parent_id, position, rows in taken]

    def restore(self, snapshot: Snapshot, style_labels: StyleLabels | None = None) -> OutlineDelta:
        """Put a deleted row back where it was, with its ids, units and everything under it."""
        return self.restore_rows([snapshot], style_labels)

    def restore_rows(self, snapshots: Sequence[Snapshot], style_labels: StyleLabels | None = None) -> OutlineDelta:
        """Put back rows deleted together (`delete_rows`), in one transaction; without `style_labels`, the
        numbering styles are read from the labels the first snapshot kept."""
        if not snapshots:
            raise ValueError("nothing to restore")
        plan_id = snapshots[0].plan_id
        with self._write(Part.OUTLINE, plan=plan_id) as session:
            plan = self._plan(session, plan_id)
            ensure_editable(plan.document)
            restored: list[tuple[Snapshot, list[OutlineItem]]] = []
            for snapshot in reversed(snapshots):
                _shift(session, plan.id, snapshot.parent_id, snapshot.position, 1)
                items: list[OutlineItem] = []
                for row in snapshot.rows:
                    data = dict(row)
                    units = data.pop("units")
                    cls = TaskGroup if data.pop("kind") == OutlineKind.GROUP.value else Task
                    item = cls(plan_id=plan.id, **data)
                    if isinstance(item, Task):
                        item.assignments = [UnitAssignment(role=UnitRole(role), position=position, text=text,
                                                           unit_id=unit_id)
                                            for role, position, text, unit_id in units]
                    session.add(item)
                    session.flush()  # a parent before the rows under it
                    items.append(item)
                restored.append((snapshot, items))
            style = dict(snapshots[0].labels) if style_labels is None else style_labels
            labels, read = self._renumber(session, plan.id, style)
            new = {item.id for _snapshot, items in restored for item in items}
            before = tuple((row, label) for row, label in read if row not in new)
            inserted = tuple((snapshot.parent_id, snapshot.position, _tree_of(items, labels))
                             for snapshot, items in restored)
            return self._done(session, plan.id, before, labels, inserted=inserted)

    def move(self, item_id: int, parent_id: int | None, position: int,
             style_labels: StyleLabels | None = None) -> OutlineDelta:
        """Move a row (with everything under it) to `position` among the children of `parent_id`."""
        with self._write(Part.OUTLINE) as session:
            item = self._item(session, item_id)
            plan = item.plan
            ensure_editable(plan.document)
            self._check_parent(session, plan, parent_id, item.kind, moving=item)
            _shift(session, plan.id, item.parent_id, item.position + 1, -1, but=item.id)  # out of its place
            position = max(0, min(position, _count_children(session, plan.id, parent_id, but=item.id)))
            _shift(session, plan.id, parent_id, position, 1, but=item.id)  # room in the new one
            item.parent_id, item.position = parent_id, position
            session.flush()
            labels, before = self._renumber(session, plan.id, style_labels)
            return self._done(session, plan.id, before, labels, moved=((item.id, parent_id, position),))

    # ---------------------------------------------------------------- helpers

    @staticmethod
    def _done(session: Session, plan_id: int, before: Labels, labels: dict[int, str], **what: Any) -> OutlineDelta:
        """The write's delta, named as its change: the labels the renumbering changed, and those before."""
        old = dict(before)
        changed = tuple((row, label) for row, label in labels.items() if old.get(row, label) != label)
        delta = OutlineDelta(plan_id, labels=changed, labels_before=before, **what)
        touched(session, plan_id, delta=delta)
        return delta

    @staticmethod
    def _renumber(session: Session, plan_id: int,
                  style_labels: StyleLabels | None = None) -> tuple[dict[int, str], Labels]:
        """The automatic labels again, in the styles read from `style_labels` (default: the rows' own labels);
        returns every row's label, and the labels as they were read. Read and written as columns, no ORM object
        per row (labels are made printable when written: read here as stored)."""
        session.flush()
        table = OutlineItem.__table__
        # Plain values (no enum or boolean conversion per row): the columns as SQLite holds them.
        rows = session.execute(sa.select(
            table.c.id, table.c.parent_id, table.c.position, sa.type_coerce(table.c.kind, sa.String),
            sa.type_coerce(table.c.label, sa.String), sa.type_coerce(table.c.label_manual, sa.Integer))
            .where(table.c.plan_id == plan_id).order_by(table.c.id)).all()
        children: dict[int | None, list[Any]] = {}
        for row in sorted(rows, key=lambda r: r[2]):
            children.setdefault(row[1], []).append(row)
        ordered: list[Any] = []

        def walk(parent: int | None) -> None:
            for child in children.get(parent, []):
                ordered.append(child)
                walk(child[0])

        walk(None)
        # A label typed by hand is always the row's own; only automatic ones are read from `style_labels`.
        group = OutlineKind.GROUP.value
        result = labels.renumber([
            labels.Row(row_id, parent, kind == group,
                       label if style_labels is None or manual else style_labels.get(row_id), bool(manual))
            for row_id, parent, _place, kind, label, manual in ordered])
        changed = [(result[row[0]], row[0]) for row in ordered if row[4] != result[row[0]]]
        if changed:  # labels are made of digits, letters and dots, or typed by hand (stored printable)
            session.connection().exec_driver_sql(
                "UPDATE outline_item SET label = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?", changed)
            for item in session.identity_map.values():  # rows loaded in this write show the new labels
                if isinstance(item, OutlineItem) and item.id in result:
                    set_committed_value(item, "label", result[item.id])
        return result, tuple((row[0], row[4]) for row in rows)

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
    def _plan(session: Session, plan_id: int) -> Plan:
        return load_plan(session, plan_id)

    @staticmethod
    def _item(session: Session, item_id: int) -> OutlineItem:
        item = session.get(OutlineItem, item_id)
        if item is None:
            raise NotFoundError(_("Row {id} of the plan does not exist.").format(id=item_id))
        return item


def _labels(session: Session, plan_id: int) -> Labels:
    """Every row's label in the plan, as stored (one column query)."""
    table = OutlineItem.__table__
    return tuple(session.execute(sa.select(table.c.id, sa.type_coerce(table.c.label, sa.String))
                                 .where(table.c.plan_id == plan_id).order_by(table.c.id)).all())


def _under(parent_id: int | None) -> Any:
    column = OutlineItem.__table__.c.parent_id
    return column.is_(None) if parent_id is None else column == parent_id


def _count_children(session: Session, plan_id: int, parent_id: int | None, but: int | None = None) -> int:
    table = OutlineItem.__table__
    query = sa.select(sa.func.count()).select_from(table).where(table.c.plan_id == plan_id, _under(parent_id))
    if but is not None:
        query = query.where(table.c.id != but)
    return int(session.scalar(query) or 0)


def _shift(session: Session, plan_id: int, parent_id: int | None, start: int, by: int,
           but: int | None = None) -> None:
    """Move the places of the children of `parent_id` from `start` on by `by` (one statement, no ORM rows)."""
    table = OutlineItem.metadata.tables["outline_item"]  # the Table (`__table__` is typed as any FromClause)
    statement = table.update().where(table.c.plan_id == plan_id, _under(parent_id), table.c.position >= start)
    if but is not None:
        statement = statement.where(table.c.id != but)
    session.execute(statement.values(position=table.c.position + by))
    for item in list(session.identity_map.values()):  # rows loaded in this write read their new place
        if isinstance(item, OutlineItem):
            session.expire(item, ["position"])


def _assignments(index: UnitIndex, role: UnitRole, names: Sequence[str]) -> list[UnitAssignment]:
    return [UnitAssignment(role=role, position=position, text=name, unit_id=index.find(name))
            for position, name in enumerate(n for n in (clean(x) for x in names) if n)]


def _node(item: OutlineItem, label: str | None, children: tuple[OutlineNode, ...] = ()) -> OutlineNode:
    """A row as the editor shows it, with `label` (its label after the write's renumbering)."""
    extra: dict[str, Any] = {}
    if isinstance(item, Task):
        extra = {
            "objective": item.objective, "expected_result": item.expected_result,
            "schedule_text": item.schedule_text,
            "lead_units": tuple(item.units(UnitRole.LEAD)),
            "cooperating_units": tuple(item.units(UnitRole.COOPERATING)),
        }
    return OutlineNode(item.id, item.parent_id, item.position, item.kind, label, item.label_manual, item.text,
                       children=children, **extra)


def _tree_of(items: list[OutlineItem], labels: dict[int, str]) -> OutlineNode:
    """The restored rows (the first, then what is under it) as one node with its children."""
    children: dict[int | None, list[OutlineItem]] = {}
    for item in items[1:]:
        children.setdefault(item.parent_id, []).append(item)

    def node(item: OutlineItem) -> OutlineNode:
        under = sorted(children.get(item.id, []), key=lambda i: i.position)
        return _node(item, labels.get(item.id, item.label), tuple(node(c) for c in under))

    return node(items[0])
