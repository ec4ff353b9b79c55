"""Unexpected errors in the window: logged with their traceback, said in words with details to copy; the app goes on.

Installed as sys.excepthook (PySide hands exceptions escaping a slot or an event handler to it) and as
threading.excepthook; an error met off the GUI thread is shown on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tthc_desktop.errors import TthcError
from tthc_desktop.paths import log_dir

log = logging.getLogger(__name__)


class ErrorDialog(QMessageBox):
    """One error said plainly; the traceback under "Show Details…", selectable so it can be copied."""

    def __init__(self, error: BaseException, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("TTHC Desktop"))
        self.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
        if isinstance(error, TthcError):
            self.setIcon(QMessageBox.Icon.Warning)
            self.setText(str(error))
        else:
            self.setIcon(QMessageBox.Icon.Critical)
            self.setText(self.tr("Something unexpected went wrong ({kind}: {message}).").format(
                kind=type(error).__name__, message=error))
            self.setInformativeText(self.tr(
                "Your saved work is safe and TTHC Desktop keeps running. If it happens again, copy the details "
                "below and send them to your IT support. The log is in {folder}.").format(folder=log_dir()))
            self.setDetailedText(details)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)

    def add_details(self, details: str) -> None:
        """A further error while this one is still shown: added to the details, not a second window."""
        self.setDetailedText(f"{self.detailedText()}\n{details}".strip())


class ErrorReporter(QObject):
    """Catches what nothing else caught. Keep one per application: `install()` replaces the hooks."""

    _caught = Signal(object, str)

    def __init__(self, window: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._window = window
        self.dialog: ErrorDialog | None = None
        self._previous: tuple[object, object] | None = None
        self._caught.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous  # type: ignore[assignment]
            self._previous = None

    def excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        if isinstance(error, TthcError):
            log.warning("Error reached the top: %s", error)
        else:
            log.error("Unexpected error\n%s", details)
        self._caught.emit(error, details)  # queued: shown once the current event is over, on the GUI thread

    def thread_excepthook(self, arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_value is None:
            return
        self.excepthook(arguments.exc_type, arguments.exc_value, arguments.exc_traceback)

    def _show(self, error: BaseException, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_details(details)
            return
        self.dialog = ErrorDialog(error, details, self._window())
        self.dialog.open()  # not exec(): the event loop, and with it the app, carries on
