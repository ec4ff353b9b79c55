"""A "session running" marker per database: left behind by a crash or a power cut, so the next start can say so.

The marker lives in the user's state folder (not beside the database: a read-only or shared folder must not stop
the app), keyed on the database path. It records the process id, which also tells the command line that the
window has this database open (restoring under a running window would lose its next edits).

Beside it, a record that a database held the clerk's data (`remember_data`): written once, the first time the app
opens the file with a commune or a plan in it, and kept. A database found missing or empty later, where this record
says data lived, is damage to recover from, never a first run (services/health.py `earlier_use`).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import datetime
from pathlib import Path

from tthc_desktop.errors import TthcError
from tthc_desktop.files import write_atomic
from tthc_desktop.paths import database_key, private_folder, state_dir

log = logging.getLogger(__name__)


def marker_path(database: Path) -> Path:
    return state_dir() / "sessions" / f"{database_key(database)}.json"


def data_record_path(database: Path) -> Path:
    return state_dir() / "databases" / f"{database_key(database)}.json"


def remember_data(database: Path) -> None:
    """Record (once) that `database` held the clerk's data; a state folder that cannot be written is logged."""
    path = data_record_path(database)
    if path.exists():
        return
    record = {"database": str(Path(database).resolve()), "since": datetime.now().isoformat(timespec="seconds")}
    try:
        _private_state_folder(path.parent)
        write_atomic(path, json.dumps(record, ensure_ascii=False).encode("utf-8"))
    except (TthcError, OSError) as error:
        log.warning("Cannot write the record %s: %s", path, error)


def remembered_data(database: Path) -> str | None:
    """When TTHC Desktop first saw data in `database` (ISO date and time), if it ever did."""
    record = _read(data_record_path(database))
    if record is None:
        return None
    return str(record.get("since") or "?")


def _private_state_folder(folder: Path) -> None:
    private_folder(state_dir())
    private_folder(folder)


def begin_session(database: Path) -> bool:
    """Mark `database` as open by this process; True when the previous session on it ended unexpectedly."""
    path = marker_path(database)
    previous = _read(path)
    crashed = previous is not None and previous.get("pid") != os.getpid() and not process_alive(previous.get("pid"))
    if crashed and previous is not None:
        log.warning("The previous session on %s (process %s, started %s) ended unexpectedly",
                    database, previous.get("pid"), previous.get("started"))
    record = {"pid": os.getpid(), "database": str(Path(database).resolve()),
              "started": datetime.now().isoformat(timespec="seconds")}
    try:
        _private_state_folder(path.parent)
        write_atomic(path, json.dumps(record).encode("utf-8"))
    except (TthcError, OSError) as error:  # no state folder: the app still runs, it just cannot report the next crash
        log.warning("Cannot write the session marker %s: %s", path, error)
    return crashed


def end_session(database: Path) -> None:
    """A clean exit: remove the marker if it is this process's."""
    path = marker_path(database)
    record = _read(path)
    if record is not None and record.get("pid") == os.getpid():
        path.unlink(missing_ok=True)


def running_session(database: Path) -> int | None:
    """The process id of a live TTHC Desktop window on `database`, if any."""
    record = _read(marker_path(database))
    if record is None:
        return None
    pid = record.get("pid")
    return pid if isinstance(pid, int) and process_alive(pid) else None


def process_alive(pid: object) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0: asks whether the process exists, sends nothing
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def _windows_process_alive(pid: int) -> bool:
    # os.kill on Windows would terminate the process; ask the kernel for its exit code instead.
    import ctypes

    query_limited_information, still_active = 0x1000, 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _read(path: Path) -> dict | None:  # type: ignore[type-arg]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}  # unreadable or half-written by a power cut: still a sign the session did not end cleanly
    return data if isinstance(data, dict) else {}
