"""Undoable edits of the outline. Each stores ids and old/new values and calls the service in redo() and undo(), the
first redo too; the OutlineModel follows the delta each write announces (services/outline.py), never a re-read.

Each command also keeps the plan's labels as they were before the edit (`labels_before`, from its first write's
delta) and hands them to the service on undo and redo, which reads the numbering styles from them: so undo gives
back every label exactly, even where the edit (a deleted group, a label typed by hand) changed how a level reads."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from tthc_desktop.domain.enums import OutlineKind
from tthc_desktop.services.outline import OutlineDelta, OutlineService, Snapshot, StyleLabels
from tthc_desktop.ui.changes_hub import ChangesHub
from tthc_desktop.ui.commands import ServiceCommand

Report = Callable[[Exception], None]


class _OutlineCommand(ServiceCommand):
    def __init__(self, service: OutlineService, hub: ChangesHub, initiator: Any, report: Report,
                 plan_id: int, text: str) -> None:
        super().__init__(text, hub, initiator, report)
        self.service, self.plan_id = service, plan_id
        self.labels_before: StyleLabels | None = None  # None until the first write: it reads the rows' own
        self.first = True

    def redo(self) -> None:
        super().redo()
        self.first = False

    def remember(self, delta: OutlineDelta) -> None:
        if self.labels_before is None:
            self.labels_before = dict(delta.labels_before)


class EditFieldCommand(_OutlineCommand):
    """A field of a row. `new` becomes the value as stored (NFC, spaces folded) after the first write; when
    that is the old value again, there was nothing to undo and the command drops out."""

    def __init__(self, service: OutlineService, hub: ChangesHub, initiator: Any, report: Report, plan_id: int,
                 item_id: int, name: str, old: Any, new: Any, text: str) -> None:
        super().__init__(service, hub, initiator, report, plan_id, text)
        self.item_id, self.name, self.old, self.new = item_id, name, old, new

    def _write(self, value: Any) -> OutlineDelta:
        return self.service.update(self.item_id, self.labels_before,
                                   **{self.name: list(value) if isinstance(value, tuple) else value})

    def do(self) -> None:
        delta = self._write(self.new)
        self.remember(delta)
        if self.first and self.name != "label":
            self.new = next(value for row, name, value in delta.fields if row == self.item_id and name == self.name)
            if self.new == self.old:
                self.setObsolete(True)  # only spaces changed, and the service folded them away

    def revert(self) -> None:
        self._write(self.old)


class AddRowsCommand(_OutlineCommand):
    """New rows (a task, a group, or the rows of a paste) after a place: added once, deleted on undo, put back
    with the same ids on redo."""

    def __init__(self, service: OutlineService, hub: ChangesHub, initiator: Any, report: Report, plan_id: int,
                 parent_id: int | None, position: int, rows: Sequence[Mapping[str, Any]], text: str) -> None:
        super().__init__(service, hub, initiator, report, plan_id, text)
        self.parent_id, self.position, self.rows = parent_id, position, list(rows)
        self.ids: list[int] = []
        self.snapshots: list[Snapshot] = []

    def do(self) -> None:
        if not self.ids:
            delta = self.service.add_rows(self.plan_id, self.parent_id, self.position, self.rows)
            self.remember(delta)
            self.ids = delta.inserted_ids
        else:
            self.service.restore_rows(self.snapshots, self.labels_before)

    def revert(self) -> None:
        self.snapshots = self.service.delete_rows(self.ids, self.labels_before)


class DeleteRowCommand(_OutlineCommand):
    def __init__(self, service: OutlineService, hub: ChangesHub, initiator: Any, report: Report, plan_id: int,
                 item_id: int, text: str) -> None:
        super().__init__(service, hub, initiator, report, plan_id, text)
        self.item_id = item_id
        self.snapshot: Snapshot | None = None

    def do(self) -> None:
        self.snapshot = self.service.delete(self.item_id, self.labels_before)
        if self.labels_before is None:
            self.labels_before = dict(self.snapshot.labels)

    def revert(self) -> None:
        assert self.snapshot is not None
        self.service.restore(self.snapshot, self.labels_before)


class MoveRowCommand(_OutlineCommand):
    def __init__(self, service: OutlineService, hub: ChangesHub, initiator: Any, report: Report, plan_id: int,
                 item_id: int, old: tuple[int | None, int], new: tuple[int | None, int], text: str) -> None:
        super().__init__(service, hub, initiator, report, plan_id, text)
        self.item_id, self.old, self.new = item_id, old, new

    def do(self) -> None:
        self.remember(self.service.move(self.item_id, *self.new, style_labels=self.labels_before))

    def revert(self) -> None:
        self.service.move(self.item_id, *self.old, style_labels=self.labels_before)


__all__ = ["AddRowsCommand", "DeleteRowCommand", "EditFieldCommand", "MoveRowCommand", "OutlineKind"]
