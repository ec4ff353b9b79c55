"""The health of a database file, read without changing it, in words.

What `tthc-desktop check` prints (`diagnose`), what makes a backup usable (`problem_with`), what the check at start
refuses (`integrity_problem`, `cut_short`), and the signs that a missing or empty file once held the clerk's data
(`earlier_use`). Every kind of damage is named: a missing or empty file where data lived, a file cut short, a file
that is not SQLite, an SQLite file of another program, damaged pages, broken references, a schema from a newer app,
a file locked by another program. A read-only file or folder is not damage: it is said as such (the app opens it
for reading).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from tthc_desktop import session_marker
from tthc_desktop.db.migrate import os_problem, sqlite_problem
from tthc_desktop.db.sqlite_file import KNOWN_REVISIONS, SCHEMA_HEAD, connect_read_only, connect_to_look
from tthc_desktop.i18n import _
from tthc_desktop.paths import backup_files, backups_dir

log = logging.getLogger(__name__)

REQUIRED_TABLES = frozenset({"alembic_version", "organization", "document", "plan", "outline_item"})
COUNTED_TABLES = ("organization", "document", "plan", "outline_item", "indicator")
SQLITE_HEADER = b"SQLite format 3\x00"
REPLACED = "replaced"  # the reason in the name of a file a restore set aside: kept, never offered
CHECK_LOCK_WAIT_MS = 1000


@dataclass(frozen=True)
class CheckReport:
    path: Path
    revision: str | None
    expected_revision: str
    integrity: list[str]  # "ok" alone when healthy
    foreign_key_problems: int
    counts: dict[str, int]
    problems: tuple[str, ...] = ()  # each kind of damage, in words
    notes: tuple[str, ...] = ()  # what is not damage: read-only, a schema the app will upgrade, a backup to restore
    read_only: str | None = None  # why the file cannot be written
    newest_good_backup: Path | None = None

    @property
    def healthy(self) -> bool:
        return not self.problems


# ---------------------------------------------------------------- signs of earlier use


def earlier_use(path: Path) -> list[str]:
    """The signs, in words, that `path` held the clerk's data before: its backups, SQLite's log beside it, the
    app's record that it once held a commune or plans, a session on it that did not end. Empty for a first run."""
    path = Path(path)
    traces = []
    backups = list(backup_files(path))
    if backups:
        traces.append(_("{count} backup(s) of it in {folder}").format(count=len(backups), folder=backups_dir(path)))
    for ending in ("-wal", "-journal"):
        leftover = path.with_name(path.name + ending)
        if leftover.is_file() and leftover.stat().st_size > 0:
            traces.append(_("the file {name} beside it, which SQLite writes while a database is in use").format(
                name=leftover.name))
    since = session_marker.remembered_data(path)
    if since is not None:
        try:
            day = datetime.fromisoformat(since).strftime("%d/%m/%Y")
        except ValueError:
            day = since
        traces.append(_("TTHC Desktop found a commune or plans in it (first on {date})").format(date=day))
    if session_marker.marker_path(path).exists():
        traces.append(_("a TTHC Desktop session on it that did not end"))
    return traces


def emptiness(path: Path) -> str | None:
    """Why `path` holds no database at all (missing, 0 bytes), in words; None when there is something to read."""
    if not path.exists():
        return _("There is no database file at {path}.").format(path=path)
    if path.is_file() and path.stat().st_size == 0:
        return _("The database file {path} is empty (0 bytes).").format(path=path)
    return None


def emptied_message(what: str, traces: list[str]) -> str:
    """`what` (the file is missing, empty, holds no tables) said as damage, with the signs that data lived there."""
    return _("{what} It held data before ({traces}): it was probably emptied or removed by a sync program, an "
             "antivirus or a power cut. Restore the newest good backup, or open another file; no new database was "
             "made in its place.").format(what=what, traces="; ".join(traces))


# ---------------------------------------------------------------- access


def read_only_reason(path: Path) -> str | None:
    """Why this process cannot change `path` (or make it, or the files SQLite keeps beside it), in words."""
    path = Path(path)
    if path.exists() and not os.access(path, os.W_OK):
        return _("the file {path} is read-only").format(path=path)
    folder = path.parent
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        return _("its folder {folder} is read-only").format(folder=folder)
    return None


# ---------------------------------------------------------------- checks of one file


def cut_short(path: Path, header: bytes, size: int) -> str | None:
    """In words, when the file holds fewer bytes than a whole database (its header says how many pages it has,
    when its counters agree and no write-ahead log lies beside it); None otherwise."""
    name = Path(path).name
    if size < 100 or len(header) < 100:
        return _("The database file {name} is cut short: it holds {size} bytes, less than its own header.").format(
            name=name, size=size)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        return _("The database file {name} is cut short: {size} bytes is not a whole number of its pages.").format(
            name=name, size=size)
    wal = Path(f"{path}-wal")
    if (wal.exists() and wal.stat().st_size > 0) or header[24:28] != header[92:96]:
        return None  # the count is not reliable: the integrity check judges
    expected = int.from_bytes(header[28:32], "big") * page_size
    if expected > size:
        return _("The database file {name} is cut short: it holds {size} bytes, its header says {expected}.").format(
            name=name, size=size, expected=expected)
    return None


def integrity_problem(path: Path, quick: bool = False) -> str | None:
    """SQLite's integrity check of the file in words (its quick_check when `quick`), or None when it is sound."""
    pragma = "quick_check(5)" if quick else "integrity_check(5)"
    try:
        with reading(path, live=True) as connection:
            rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as error:
        return str(sqlite_problem(Path(path), error))
    if rows == ["ok"]:
        return None
    log.error("Integrity check of %s failed:\n%s", path, "\n".join(rows))
    return _("The database {name} is damaged ({detail}). Restore a backup or open another file.").format(
        name=Path(path).name, detail=first_problem(rows))


def problem_with(path: Path) -> str | None:
    """What makes `path` unusable as a backup, in words; None when it is a good one."""
    name = path.name
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return _("The file {name} does not exist.").format(name=name)
    except OSError as error:
        return _("The file {name} cannot be read ({reason}).").format(name=name, reason=error.strerror or error)
    if size == 0:
        return _("The file {name} is empty.").format(name=name)
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        return _("The file {name} is not a database.").format(name=name)
    if cut_short(path, header, size):
        return _("The file {name} is incomplete: it was cut short while being copied.").format(name=name)
    try:
        with reading(path) as connection:
            rows = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
            if rows != ["ok"]:
                return _("The file {name} is damaged ({detail}).").format(name=name, detail=first_problem(rows))
            tables = _tables(connection)
            if not REQUIRED_TABLES <= tables:
                return _("The file {name} is a database but not one of TTHC Desktop.").format(name=name)
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        return _("The file {name} is damaged ({detail}).").format(name=name, detail=error)
    revision = row[0] if row else None
    if revision is None:
        return _("The file {name} is a database but not one of TTHC Desktop.").format(name=name)
    if revision not in KNOWN_REVISIONS:
        return _("The file {name} was made by a newer version of TTHC Desktop (schema {revision}); this version "
                 "cannot use it.").format(name=name, revision=revision)
    return None


def plans_in(path: Path) -> int | None:
    """How many plans the file (a backup) holds; None when it cannot be read."""
    try:
        with reading(path) as connection:
            return int(connection.execute("SELECT COUNT(*) FROM plan").fetchone()[0])
    except sqlite3.Error:
        return None


def holds_data(path: Path) -> bool:
    """Whether the database holds the clerk's data: a commune or a plan."""
    try:
        with reading(path, live=True) as connection:
            return any(connection.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone()
                       for table in ("organization", "plan"))
    except sqlite3.Error:
        return False


# ---------------------------------------------------------------- backups


def backups_newest_first(database: Path) -> list[tuple[Path, datetime, str]]:
    return sorted(backup_files(database), key=lambda b: (b[1], b[0].name), reverse=True)


def newest_good_backup(database: Path) -> tuple[Path, datetime, str] | None:
    """The newest backup of `database` that passes `problem_with`; files set aside by a restore are not offered."""
    for path, taken_at, reason in backups_newest_first(database):
        if reason == REPLACED:
            continue
        problem = problem_with(path)
        if problem is None:
            return path, taken_at, reason
        log.warning("Backup %s is not usable: %s", path, problem)
    return None


def newest_backup_with_plans(database: Path, known: dict[tuple[Path, int, int], int | None] | None = None
                             ) -> tuple[Path, int] | None:
    """The newest backup of `database` that holds plans, with how many. `known`: plan counts already read, by
    (file, size, modification time), kept by the caller across calls (a backup does not change)."""
    known = {} if known is None else known
    for path, _taken_at, reason in backups_newest_first(database):
        if reason == REPLACED:
            continue
        try:
            status = path.stat()
        except OSError:
            continue
        key = (path, status.st_size, status.st_mtime_ns)
        if key not in known:
            known[key] = plans_in(path)
        if known[key]:
            return path, int(known[key] or 0)
    return None


def restore_hint(backup: Path, taken_at: datetime) -> str:
    return _("Newest good backup: {path} ({date}). Restore it with: tthc-desktop restore \"{path}\"").format(
        path=backup, date=taken_at.strftime("%d/%m/%Y %H:%M"))


# ---------------------------------------------------------------- the whole diagnosis


def diagnose(path: Path, lock_wait_ms: int = CHECK_LOCK_WAIT_MS) -> CheckReport:
    """Everything `tthc-desktop check` says about `path`, read without changing it (nothing is created, migrated or
    repaired). Never raises for a state of the file: each kind of damage becomes one of `problems`."""
    path = Path(path).expanduser().resolve()
    found = _Findings(path)
    try:
        _diagnose(path, found, lock_wait_ms)
    except OSError as error:
        found.problems.append(str(os_problem(path, error)))
    if found.problems:
        backup = newest_good_backup(path)
        if backup is not None:
            found.backup = backup[0]
            found.notes.append(restore_hint(backup[0], backup[1]))
        else:
            found.notes.append(_("No good backup of this database was found in {folder}.").format(
                folder=backups_dir(path)))
    return CheckReport(path=path, revision=found.revision, expected_revision=SCHEMA_HEAD, integrity=found.integrity,
                       foreign_key_problems=found.foreign_keys, counts=found.counts,
                       problems=tuple(found.problems), notes=tuple(found.notes), read_only=found.read_only,
                       newest_good_backup=found.backup)


@dataclass
class _Findings:
    path: Path
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    revision: str | None = None
    integrity: list[str] = field(default_factory=list)
    foreign_keys: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    read_only: str | None = None
    backup: Path | None = None


def _diagnose(path: Path, found: _Findings, lock_wait_ms: int) -> None:
    if path.is_dir():
        found.problems.append(_("{path} is a folder, not a database file.").format(path=path))
        return
    empty = emptiness(path)
    if empty is not None:
        traces = earlier_use(path)
        found.problems.append(emptied_message(empty, traces) if traces else empty)
        return
    found.read_only = read_only_reason(path)
    if found.read_only:
        found.notes.append(_("The database is read-only ({reason}): TTHC Desktop opens it for reading; viewing, "
                             "printing and exporting work, changes do not.").format(reason=found.read_only))
    size = path.stat().st_size
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        if SQLITE_HEADER.startswith(header):  # the first bytes of a database and nothing after them
            found.problems.append(cut_short(path, header, size) or "")
        else:
            found.problems.append(_("{path} is not a TTHC Desktop database (it is not an SQLite file).").format(
                path=path))
        return
    short = cut_short(path, header, size)
    if short is not None:
        found.problems.append(short)  # what SQLite then says of the missing pages adds nothing for the clerk
    try:
        with reading(path, live=True, timeout_ms=lock_wait_ms) as connection:
            _diagnose_contents(path, connection, found)
    except sqlite3.Error as error:
        if short is None:
            found.problems.append(str(sqlite_problem(path, error)))


def _diagnose_contents(path: Path, connection: sqlite3.Connection, found: _Findings) -> None:
    tables = _tables(connection)
    if not tables:
        what = _("The database file {path} holds no tables (an empty SQLite file).").format(path=path)
        traces = earlier_use(path)
        found.problems.append(emptied_message(what, traces) if traces else what)
        return
    if not REQUIRED_TABLES <= tables:
        found.problems.append(_("{path} is an SQLite file but not a TTHC Desktop database.").format(path=path))
        return
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    found.revision = row[0] if row else None
    if found.revision is None:
        found.problems.append(_("The database has no schema version: it is not a TTHC Desktop database, or its "
                                "first page is damaged."))
    elif found.revision not in KNOWN_REVISIONS:
        found.problems.append(_("The database was written by a newer version of TTHC Desktop (schema {revision}). "
                                "Install the newer version to open it.").format(revision=found.revision))
    elif found.revision != SCHEMA_HEAD:
        found.notes.append(_("The database has the older schema {revision}: TTHC Desktop upgrades it when it opens "
                             "it, after a backup.").format(revision=found.revision))
    try:
        found.integrity = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as error:
        found.integrity = [str(error)]
    damaged = found.integrity != ["ok"]
    if damaged:
        found.problems.append(_("The database is damaged ({detail}).").format(detail=first_problem(found.integrity)))
    try:
        found.foreign_keys = len(connection.execute("PRAGMA foreign_key_check").fetchall())
    except sqlite3.DatabaseError as error:
        if not damaged:  # the damage already said is why
            found.problems.append(_("The references between rows cannot be checked ({reason}).").format(
                reason=error))
    if found.foreign_keys:
        found.problems.append(_("{count} row(s) refer to rows that do not exist.").format(count=found.foreign_keys))
    for table in COUNTED_TABLES:
        try:
            found.counts[table] = int(connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
        except sqlite3.DatabaseError as error:
            if not damaged:
                found.problems.append(_("The table {table} cannot be read ({reason}).").format(table=table,
                                                                                              reason=error))
    if found.counts.get("plan") == 0:
        with_plans = newest_backup_with_plans(path)
        if with_plans is not None:
            found.notes.append(_("The database holds no plans, but the backup {path} holds {count}. If they were "
                                 "not deleted on purpose, restore it.").format(path=with_plans[0],
                                                                                count=with_plans[1]))


# ---------------------------------------------------------------- helpers


def first_problem(rows: list[str]) -> str:
    """SQLite's first complaint, one short line: the whole report goes to the log, not to the clerk."""
    lines = [line.strip() for row in rows for line in row.splitlines()]
    first = next((line for line in lines if line and not line.startswith("***")), "?")
    return first if len(first) <= 100 else first[:99] + "…"


@contextmanager
def reading(path: Path, live: bool = False, timeout_ms: int | None = None) -> Iterator[sqlite3.Connection]:
    """A read-only connection. A backup (not `live`) is read `immutable` unless a -wal lies beside it, so that
    SQLite leaves no -wal/-shm next to a file it only looks at; a `live` database, which the window may be writing,
    by db/engine.py `connect_to_look`."""
    path = Path(path).resolve()
    wait = {"timeout_ms": timeout_ms} if timeout_ms else {}
    if live:
        connection = connect_to_look(path, **wait)
    else:
        connection = connect_read_only(path, immutable=not Path(f"{path}-wal").exists(), **wait)
    try:
        yield connection
    finally:
        connection.close()


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
