"""Where things live: the user's data folder, the default database, bundled resources."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

APP_NAME = "TTHC Desktop"
APP_AUTHOR = "TTHC"
DATABASE_NAME = "tthc.sqlite"
# The clerk's data is nobody else's business on a shared computer (POSIX; on Windows the profile's folders are the
# user's own already).
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


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


BACKUP_STAMP = "%Y%m%d-%H%M%S"
_BACKUP_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6})(?:_(?P<serial>\d+))?-(?P<reason>[a-z][a-z0-9.-]*)$")


def backup_name(database: Path, taken_at: datetime, reason: str, serial: int = 1) -> str:
    """`<stem>-YYYYMMDD-HHMMSS[_serial]-<reason><suffix>`: the name of every backup of `database`."""
    stamp = taken_at.strftime(BACKUP_STAMP) + (f"_{serial}" if serial > 1 else "")
    return f"{database.stem}-{stamp}-{reason}{database.suffix}"


def backup_files(database: Path) -> Iterator[tuple[Path, datetime, str]]:
    """(file, time taken, reason) of every backup of `database` in its backups folder, in no particular order."""
    prefix, suffix = f"{database.stem}-", database.suffix
    try:
        entries = list(backups_dir(database).iterdir())
    except OSError:
        return
    for path in entries:
        name = path.name
        if not (name.startswith(prefix) and name.endswith(suffix)) or not path.is_file():
            continue
        match = _BACKUP_NAME.match(name[len(prefix):len(name) - len(suffix)] if suffix else name[len(prefix):])
        if match is None:
            continue
        try:
            taken_at = datetime.strptime(match["stamp"], BACKUP_STAMP)
        except ValueError:
            continue
        yield path, taken_at, match["reason"]


def private_folder(folder: Path) -> Path:
    """`folder`, made if missing (0700 on POSIX); an existing one of ours loses its group and other bits.

    For the app's own folders (data, state, log, settings, backups) and those it creates; never for a folder the
    clerk chose (the database's folder on a USB stick is theirs)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    _tighten(folder)
    return folder


def private_file(path: Path, create: bool = False) -> Path:
    """On POSIX `path` (made empty with 0600 when `create` and missing) loses its group and other bits if it is
    ours. Only bits are taken away: a read-only file stays read-only."""
    path = Path(path)
    if create and os.name == "posix":
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        except FileExistsError:
            pass
    _tighten(path)
    return path


def _tighten(path: Path) -> None:
    if os.name != "posix":
        return
    try:
        status = path.stat()
        if status.st_uid == os.geteuid() and stat.S_IMODE(status.st_mode) & 0o077:
            os.chmod(path, stat.S_IMODE(status.st_mode) & ~0o077)
    except OSError:
        pass  # not there, or a file system without permissions (a FAT USB stick): nothing to tighten
