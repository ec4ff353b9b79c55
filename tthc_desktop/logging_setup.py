"""The app's log: a rotating file in the user's log folder, so a support person can see what happened.

The window's start-up (app.main) begins with `begin()`: records are kept in memory until its first paint, then
`configure()` opens the rotating file and writes them there first (`logging.handlers` is not imported before the
window is painted; a start that fails before that writes them on its way out, `configure` in app.main's finally).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tthc_desktop.paths import PRIVATE_FILE, log_dir, private_file, private_folder

LOG_NAME = "tthc-desktop.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

_handler: logging.Handler | None = None
_early: _Early | None = None


class _Early(logging.Handler):
    """The records of the start before the log file is opened, handed to it by `configure`."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def begin(level: int = logging.INFO) -> None:
    """Keep the records from now on; `configure` writes them to the log file."""
    global _early
    if _handler is not None or _early is not None:
        return
    _early = _Early()
    root = logging.getLogger()
    root.addHandler(_early)
    root.setLevel(level)


def _rotating_handler(path: Path) -> RotatingFileHandler:
    from logging.handlers import RotatingFileHandler

    class PrivateRotatingFileHandler(RotatingFileHandler):
        """A rotating log whose files only their owner can read (0600 on POSIX), the first and every new one after
        a rotation (the log names the clerk's files and the commune's mail server)."""

        def _open(self):  # type: ignore[no-untyped-def]
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)  # Python translates newlines
            handle = os.open(self.baseFilename, flags, PRIVATE_FILE)
            private_file(Path(self.baseFilename))  # a log of an older version, made before this rule
            return open(handle, self.mode, encoding=self.encoding, errors=self.errors)

    return PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8",
                                      delay=False)


def log_file() -> Path:
    return log_dir() / LOG_NAME


def configure(level: int = logging.INFO) -> Path | None:
    """Send the app's log records to the rotating file (once per process); the file, or None when the log
    folder cannot be written (then to stderr: the app must start all the same)."""
    global _handler, _early
    root = logging.getLogger()
    if _handler is not None:
        return Path(_handler.baseFilename) if isinstance(_handler, logging.FileHandler) else None
    path = log_file()
    written: Path | None = path
    try:
        private_folder(path.parent)
        handler: logging.Handler = _rotating_handler(path)
    except OSError as error:
        handler = logging.StreamHandler(sys.stderr)
        print(f"TTHC Desktop: cannot write the log in {path.parent}: {error}", file=sys.stderr)
        written = None
    handler.setFormatter(logging.Formatter(FORMAT))
    if _early is not None:
        root.removeHandler(_early)
        for record in _early.records:
            if record.levelno >= level:
                handler.handle(record)
        _early = None
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    _handler = handler
    return written
