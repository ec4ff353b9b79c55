"""Undoable edits of the outline. Each stores ids and old/new values and calls the service; the model
follows. The editor runs an edit once before pushing it (so a refused edit never reaches the stack):
a command's first redo() is therefore skipped.

Each command also keeps the plan's labels as they were before the edit (`labels_before`) and hands them to the
service on undo and redo, which reads the numbering styles from them: so undo gives back every label exactly, even
where the edit (a deleted group, a label typed by hand) changed how a level reads (services/outline.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from tthc_desktop.domain.enums import OutlineKind
from tthc_desktop.services.outline import OutlineNode, OutlineService, Snapshot, StyleLabels
from tthc_desktop.ui.plan_editor.outline_model import OutlineModel


def _find(tree: list[OutlineNode], item_id: int) -> OutlineNode | None:
    for node in tree:
        if node.id == item_id:
            return node
        found = _find(list(node.children), item_id)
        if found is not None:
            return found
    return None


def stored_value(service: OutlineService, plan_id: int, item_id: int, name: str) -> Any:
    """A field as the service stored it (NFC, spaces folded, units as linked): what the model shows after an edit."""
    node = _find(service.tree(plan_id), item_id)
    assert node is not None
    return getattr(node, name)


class _OutlineCommand(QUndoCommand):
    def __init__(self, service: OutlineService, model: OutlineModel, plan_id: int, text: str,
                 labels_before: StyleLabels | None = None) -> None:
        super().__init__(text)
        self.service, self.model, self.plan_id = service, model, plan_id
        self.labels_before = labels_before
        self._applied = True  # the editor has already done it once

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.do()
        self.model.set_labels(self.service.labels(self.plan_id))

    def undo(self) -> None:
        self.revert()
        self.model.set_labels(self.service.labels(self.plan_id))

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def show_again(self, item_id: int) -> None:
        """Put a restored row (and what is under it) back into the model where the service has it."""
        node = _find(self.service.tree(self.plan_id), item_id)
        assert node is not None
        self.model.insert_node(node.parent_id, node.position, node)


class EditFieldCommand(_OutlineCommand):
    def __init__(self, service: OutlineService, model: OutlineModel, plan_id: int, item_id: int, name: str,
                 old: Any, new: Any, text: str, labels_before: StyleLabels | None = None) -> None:
        super().__init__(service, model, plan_id, text, labels_before)
        self.item_id, self.name, self.old, self.new = item_id, name, old, new

    def _write(self, value: Any) -> None:
        self.service.update(self.item_id, self.labels_before,
                            **{self.name: list(value) if isinstance(value, tuple) else value})
        shown = value if self.name == "label" else stored_value(self.service, self.plan_id, self.item_id, self.name)
        self.model.set_value(self.item_id, self.name, shown)

    def do(self) -> None:
        self._write(self.new)

    def revert(self) -> None:
        self._write(self.old)


class InsertRowCommand(_OutlineCommand):
    def __init__(self, service: OutlineService, model: OutlineModel, plan_id: int, item_id: int, text: str,
                 labels_before: StyleLabels | None = None) -> None:
        super().__init__(service, model, plan_id, text, labels_before)
        self.item_id = item_id
        self.snapshot: Snapshot | None = None

    def do(self) -> None:
        assert self.snapshot is not None
        self.service.restore(self.snapshot, self.labels_before)
        self.show_again(self.item_id)

    def revert(self) -> None:
        self.snapshot = self.service.delete(self.item_id, self.labels_before)
        self.model.remove_node(self.item_id)


class DeleteRowCommand(_OutlineCommand):
    def __init__(self, service: OutlineService, model: OutlineModel, plan_id: int, snapshot: Snapshot,
                 text: str) -> None:
        super().__init__(service, model, plan_id, text, dict(snapshot.labels))
        self.snapshot = snapshot
        self.item_id = int(snapshot.rows[0]["id"])

    def do(self) -> None:
        self.snapshot = self.service.delete(self.item_id, self.labels_before)
        self.model.remove_node(self.item_id)

    def revert(self) -> None:
        self.service.restore(self.snapshot, self.labels_before)
        self.show_again(self.item_id)


class MoveRowCommand(_OutlineCommand):
    def __init__(self, service: OutlineService, model: OutlineModel, plan_id: int, item_id: int,
                 old: tuple[int | None, int], new: tuple[int | None, int], text: str,
                 labels_before: StyleLabels | None = None) -> None:
        super().__init__(service, model, plan_id, text, labels_before)
        self.item_id, self.old, self.new = item_id, old, new

    def _move(self, place: tuple[int | None, int]) -> None:
        self.service.move(self.item_id, *place, style_labels=self.labels_before)
        self.model.move_node(self.item_id, *place)

    def do(self) -> None:
        self._move(self.new)

    def revert(self) -> None:
        self._move(self.old)


__all__ = ["DeleteRowCommand", "EditFieldCommand", "InsertRowCommand", "MoveRowCommand", "OutlineKind",
           "stored_value"]
