"""Work that may take over half a second runs off the GUI thread, with a busy dialog and a Cancel button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 400  # a busy dialog for quick work would only flicker


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, function: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.function, self.signals = function, signals

    def run(self) -> None:
        try:
            try:
                result = self.function()
            except Exception as error:  # noqa: BLE001 - handed to the GUI thread to report
                self.signals.failed.emit(error)
            else:
                self.signals.finished.emit(result)
        except RuntimeError:  # the window that asked is gone (the app is closing): nobody to tell
            pass


class BackgroundTask(QObject):
    """One piece of work: `done(result)` or `failed(error)` on the GUI thread, nothing after cancel.

    Cancelling cannot stop a renderer midway; it drops the result, so the clerk can carry on at once.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, label: str, function: Callable[[], Any]) -> None:
        super().__init__(parent)
        self.cancelled = False
        self.running = True
        self._signals = _Signals()
        self._signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.canceled.connect(self.cancel)
        QThreadPool.globalInstance().start(_Job(function, self._signals))

    def cancel(self) -> None:
        self.cancelled = True
        self._close()

    def _close(self) -> None:
        self.running = False
        self.progress.reset()
        self.progress.hide()

    def _finished(self, result: Any) -> None:
        if not self.cancelled:
            self._close()
            self.done.emit(result)
        self.deleteLater()

    def _failed(self, error: Exception) -> None:
        if not self.cancelled:
            self._close()
            self.failed.emit(error)
        self.deleteLater()


class QuietTask(QObject):
    """Work off the GUI thread with no dialog, for refreshes the clerk did not ask for (the live preview)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject, function: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self._signals.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        QThreadPool.globalInstance().start(_Job(function, self._signals))

    def _finished(self, result: Any) -> None:
        self.done.emit(result)
        self.deleteLater()

    def _failed(self, error: Exception) -> None:
        self.failed.emit(error)
        self.deleteLater()
