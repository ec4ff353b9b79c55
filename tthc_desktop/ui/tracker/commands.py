"""Undoable edits of the tracker: a progress entry recorded (with its evidence and files); the figures page's edits
are `ValueCommand`s (ui/commands.py) over the tracking service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import EvidenceInput, ProgressInfo, ProgressSnapshot
from tthc_desktop.ui.changes_hub import ChangesHub
from tthc_desktop.ui.commands import ServiceCommand


class RecordProgressCommand(ServiceCommand):
    """Record progress on a task, with the document that proves it and its files. Undo takes the entry back with
    its evidence (`take_back_progress`); redo puts the same rows back. A file that cannot be attached takes the
    entry back too: the step is done whole or not at all."""

    def __init__(self, tracking: TrackingService, hub: ChangesHub, initiator: Any,
                 report: Callable[[Exception], None], text: str, task_id: int, status: TaskStatus, on: date,
                 note: str | None, evidence: EvidenceInput | None, files: list[Path]) -> None:
        super().__init__(text, hub, initiator, report)
        self.tracking = tracking
        self.task_id, self.status, self.on, self.note, self.evidence = task_id, status, on, note, evidence
        self.files = list(files)
        self.saved: ProgressInfo | None = None
        self.snapshot: ProgressSnapshot | None = None

    def do(self) -> None:
        if self.snapshot is not None:
            self.tracking.restore_progress(self.snapshot)
            return
        saved = self.tracking.record_progress(self.task_id, self.status, self.on, self.note, evidence=self.evidence)
        try:
            if self.files and saved.evidence:
                for path in self.files:
                    self.tracking.attach_file(saved.evidence[0].id, path)
        except Exception:
            self.tracking.take_back_progress(saved.id)
            raise
        self.saved = saved

    def revert(self) -> None:
        assert self.saved is not None
        self.snapshot = self.tracking.take_back_progress(self.saved.id)
