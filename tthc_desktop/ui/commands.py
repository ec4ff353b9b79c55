"""The base of every undoable edit (orange-canvas's commands): a verb builds a command and pushes it; `redo()` makes
the edit through the services, the first time too, and `undo()` takes it back. The views do not change
themselves: the write announces what it changed and each view follows (ui/changes_hub.py).

A call the services refuse (a number that is no number, a plan issued meanwhile) marks the command obsolete, so
the stack drops it (Qt 6 does so after redo() and undo()), and the clerk is told why; nothing is half done, since
each call is one transaction. `failed` keeps the refusal for the verb that pushed it.

Typing kept as typed (figures, report text) is one command per burst: commands with the same `merge_key` merge
(`mergeWith`) while the clerk types in the same place, and one that ends where it started drops out.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from contextlib import nullcontext
from typing import Any

from PySide6.QtGui import QUndoCommand

from tthc_desktop.errors import TthcError
from tthc_desktop.ui.changes_hub import ChangesHub

MERGING = 1  # QUndoCommand.id() of commands that merge by `merge_key`


class ServiceCommand(QUndoCommand):
    """`initiator`: the view that pushes the command. Its first redo is that view's own edit (the view already
    shows it: a field typed); undo and redo come from the stack, and every view shows them."""

    def __init__(self, text: str, hub: ChangesHub | None, initiator: Any,
                 report: Callable[[Exception], None]) -> None:
        super().__init__(text)
        self.hub, self.initiator, self.report = hub, initiator, report
        self.failed: TthcError | None = None
        self._pushed = False

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        first, self._pushed = not self._pushed, True
        self._run(self.do, self.initiator if first else None)

    def undo(self) -> None:
        self._run(self.revert, None)

    def _run(self, step: Callable[[], None], initiator: Any) -> None:
        try:
            with self.hub.initiated_by(initiator) if self.hub is not None else nullcontext():
                step()
        except TthcError as error:
            self.failed = error
            self.setObsolete(True)
            self.report(error)

    @property
    def done(self) -> bool:
        return self.failed is None


class ValueCommand(ServiceCommand):
    """A value set and set back through one function (`write(value)`): a field, a figure, a section's text.
    Consecutive commands with the same `merge_key` merge into one, as the clerk types."""

    def __init__(self, text: str, hub: ChangesHub | None, initiator: Any, report: Callable[[Exception], None],
                 write: Callable[[Any], Any], old: Any, new: Any, merge_key: Hashable | None = None) -> None:
        super().__init__(text, hub, initiator, report)
        self.write, self.old, self.new, self.merge_key = write, old, new, merge_key

    def do(self) -> None:
        self.write(self.new)

    def revert(self) -> None:
        self.write(self.old)

    def id(self) -> int:
        return MERGING if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, ValueCommand) or other.merge_key != self.merge_key or not other.done:
            return False
        self.new, self.write = other.new, other.write
        if self.new == self.old:
            self.setObsolete(True)  # typed back to what it was: nothing to undo
        return True


class CallsCommand(ServiceCommand):
    """An edit as two calls, do and undo, for edits that keep no value of their own (a list written whole)."""

    def __init__(self, text: str, hub: ChangesHub | None, initiator: Any, report: Callable[[Exception], None],
                 do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        super().__init__(text, hub, initiator, report)
        self._do, self._undo = do, undo

    def do(self) -> None:
        self._do()

    def revert(self) -> None:
        self._undo()
