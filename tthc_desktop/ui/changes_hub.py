"""The window's one hub of what writes changed: every committed write of the services (services/changes.py) comes out
of `changed` on the GUI thread, and each view refreshes what it shows of it.

A write made on the GUI thread is told at once (its command's redo returns with every view caught up); one made on
a worker thread (sending mail, a background task) is queued to the GUI thread, merged with the others that arrive
before it is delivered. `batch()` holds the writes of one action (the settings dialog's Apply) and tells them once.
`initiated_by(view)` marks the writes a view makes itself, so it can skip what it already shows (a field typed).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from tthc_desktop.services.changes import Announcer, Changes

if TYPE_CHECKING:
    from tthc_desktop.services.registry import Services

log = logging.getLogger(__name__)
HUB = "ui.changes_hub"


class ChangesHub(QObject):
    changed = Signal(object)  # Changes, always on the GUI thread
    _queued = Signal()

    def __init__(self, announcer: Announcer) -> None:
        super().__init__()
        self._gui_thread = threading.get_ident()
        self._lock = threading.Lock()
        self._pending: Changes | None = None
        self._batching = 0
        self.initiator: Any = None  # the view whose own edit is being told (GUI thread only)
        self._queued.connect(self._deliver_pending, Qt.ConnectionType.QueuedConnection)
        self._stop = announcer.listen(self._heard)

    @classmethod
    def of(cls, services: Services) -> ChangesHub:
        """The hub of these services' database: one for every view of it."""
        announcer = services.announcer
        hub = announcer.attached.get(HUB)
        if not isinstance(hub, ChangesHub):
            hub = announcer.attached[HUB] = cls(announcer)
        return hub

    def _heard(self, changes: Changes) -> None:
        """Told by a service after a write, on the thread that wrote."""
        if threading.get_ident() == self._gui_thread and not self._batching:
            log.debug("changed: %s", changes)
            self.changed.emit(changes)
            return
        with self._lock:
            first = self._pending is None
            self._pending = changes if self._pending is None else self._pending.merged(changes)
        if first and threading.get_ident() != self._gui_thread:
            self._queued.emit()

    def _deliver_pending(self) -> None:
        if self._batching:
            return  # the batch tells them when it ends
        with self._lock:
            changes, self._pending = self._pending, None
        if changes is not None:
            log.debug("changed (queued): %s", changes)
            self.changed.emit(changes)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """The writes made inside are told once, together, when the block ends (GUI thread)."""
        self._batching += 1
        try:
            yield
        finally:
            self._batching -= 1
            if not self._batching:
                self._deliver_pending()

    @contextmanager
    def initiated_by(self, view: Any) -> Iterator[None]:
        """The writes made inside are `view`'s own: while they are told, `initiator` is `view`."""
        before, self.initiator = self.initiator, view
        try:
            yield
        finally:
            self.initiator = before
