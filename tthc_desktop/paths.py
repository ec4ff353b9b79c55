"""Where things live: the user's data folder, the default database, bundled resources."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

APP_NAME = "TTHC Desktop"
APP_AUTHOR = "TTHC"
DATABASE_NAME = "tthc.sqlite"


def _root() -> Path:
    # A PyInstaller bundle unpacks next to sys._MEIPASS; from source, the repository root.
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return _root() / "resources"


def translations_dir() -> Path:
    return _root() / "translations"


def data_dir() -> Path:
    """The user's data folder (on Windows under the local app data folder)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, roaming=False)


def state_dir() -> Path:
    """Per-user state that is not the clerk's data: session markers, instance locks."""
    from platformdirs import user_state_path

    return user_state_path(APP_NAME, APP_AUTHOR)


def log_dir() -> Path:
    """The user's log folder (Linux: ~/.local/state/TTHC Desktop/log; Windows: …\\Logs)."""
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, APP_AUTHOR)


def database_key(database: Path) -> str:
    """A short stable name for one database file, for the files and sockets that belong to its session.

    Windows paths are case-insensitive, so the same file reached as C:\\X and c:\\x gets one key.
    """
    text = str(Path(database).expanduser().resolve())
    if sys.platform == "win32":
        text = text.lower()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def default_database() -> Path:
    return data_dir() / DATABASE_NAME


def backups_dir(database: Path) -> Path:
    """Backups sit beside the database they copy, so a database on a USB stick keeps its own."""
    return database.parent / "backups"
