"""For the child processes that open the real window: every modal box that comes up (a message, the recovery
dialog) is written down in `said` and closed, so the child never waits on a click."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_modal_boxes(said: list[str]) -> QTimer:
    """A running timer that records and closes each modal box; keep it referenced while the child runs."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is not None:
            said.append(f"{type(box).__name__}: {box.text() if isinstance(box, QMessageBox) else box.windowTitle()}")
            box.done(0)  # type: ignore[attr-defined]

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    return timer
