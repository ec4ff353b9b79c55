"""The app's log: a rotating file in the user's log folder, so a support person can see what happened."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from tthc_desktop.paths import log_dir

LOG_NAME = "tthc-desktop.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_handler: logging.Handler | None = None


def log_file() -> Path:
    return log_dir() / LOG_NAME


def configure(level: int = logging.INFO) -> Path | None:
    """Send the app's log records to the rotating file (once per process); the file, or None when the log
    folder cannot be written (then to stderr: the app must start all the same)."""
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        return Path(_handler.baseFilename) if isinstance(_handler, RotatingFileHandler) else None
    path: Path | None = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                       encoding="utf-8", delay=False)
    except OSError as error:
        handler = logging.StreamHandler(sys.stderr)
        print(f"TTHC Desktop: cannot write the log in {path.parent}: {error}", file=sys.stderr)
        path = None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    _handler = handler
    return path
