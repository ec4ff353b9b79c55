"""Backups of the database file: taken while the app runs, checked, pruned, and restored without losing anything.

Decisions:
- A backup is SQLite's online backup of the live file (consistent while WAL is in use), written under a temporary
  name, checked (quick_check; the automatic ones, off the GUI thread, with the full integrity_check, which the check
  at start leaves out), switched to a single-file journal mode, then renamed: a backup in the folder is
  always whole and good. A full disk or a read-only folder is said in words and leaves no temporary file.
- Names carry the time and the reason: `<stem>-YYYYMMDD-HHMMSS-<reason><suffix>` in backups/ beside the database
  (the migrations' own copies, `before-<revision>`, follow the same pattern). Only automatic backups are pruned:
  the newest of each of the last 30 days and of each of the last 12 months are kept, and always the newest one and
  the newest one that holds plans.
- The automatic backup never copies over history a file that lost what the backups hold: one cut short (fewer bytes
  than its header says) or one with neither a commune nor a plan while a backup holds plans is refused in words,
  and the earlier backups stay as they are.
- Restoring checks the backup first, closes the live database, moves the current file with its -wal/-shm aside
  (`…-replaced`) and puts a copy of the backup in its place by a rename; refused while another window has the
  database open, and onto a read-only file or folder.
- The checks of files themselves (what makes a backup good, the integrity check at start) are in health.py.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from tthc_desktop.db.sqlite_file import BUSY_TIMEOUT_MS, connect_read_only
from tthc_desktop.errors import DatabaseError, DataError, TthcError
from tthc_desktop.files import cannot_write, sync_folder
from tthc_desktop.i18n import _
from tthc_desktop.paths import backup_files, backup_name, backups_dir, private_folder
from tthc_desktop.services import health
from tthc_desktop.services.database import Database
from tthc_desktop.services.health import REPLACED, first_problem, integrity_problem, problem_with
from tthc_desktop.session_marker import running_session

__all__ = ["AUTOMATIC", "MANUAL", "REPLACED", "BackupInfo", "BackupService", "DamagedDatabaseError", "RestoreResult",
           "integrity_problem", "open_checked", "problem_with"]

log = logging.getLogger(__name__)

AUTOMATIC = "auto"
MANUAL = "manual"
DAILY_KEPT = 30
MONTHLY_KEPT = 12


class DamagedDatabaseError(DatabaseError):
    """The database opens but fails its integrity check: the clerk should restore a backup."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str  # auto, manual, replaced, before-<revision>
    size: int
    checked: bool = False
    problem: str | None = None  # when checked: None for a good backup, else what is wrong, in words

    @property
    def good(self) -> bool:
        return self.checked and self.problem is None

    @property
    def automatic(self) -> bool:
        return self.reason == AUTOMATIC


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    restored_from: Path
    replaced: Path | None  # where the file that was in use went; None when there was none


class BackupService:
    """Backups of one database file. Built on the open `Database` (restore closes it) or on a path alone."""

    def __init__(self, database: Database | Path, clock: Callable[[], datetime] = datetime.now) -> None:
        self._database = database if isinstance(database, Database) else None
        self.path = database.path if isinstance(database, Database) else Path(database).expanduser().resolve()
        self._clock = clock
        self._plan_counts: dict[tuple[Path, int, int], int | None] = {}  # of backups, read once each

    @property
    def folder(self) -> Path:
        return backups_dir(self.path)

    # ------------------------------------------------------------ taking backups

    def backup_now(self, to: Path | None = None, reason: str = MANUAL) -> Path:
        """A checked copy of the database at `to` (a file or a folder), by default in backups/; its path."""
        if not self.path.is_file():
            raise DatabaseError(_("There is no database at {path} to back up.").format(path=self.path))
        target = self._target(to, reason)
        if target == self.path:
            raise DataError(_("A backup cannot be written over the database itself. Choose another file."))
        if reason == AUTOMATIC:
            self._refuse_to_copy_over_history()
        if to is None:
            private_folder(self.folder)
        with _temporary_beside(target) as temporary:
            # The automatic backups (off the GUI thread) check the copy through; the start-up check is a quick one.
            _copy_database(self.path, temporary, target, full=reason == AUTOMATIC)
            os.replace(temporary, target)
            sync_folder(target.parent)
        log.info("Backup of %s written to %s", self.path, target)
        return target

    def _refuse_to_copy_over_history(self) -> None:
        """A file cut short, or one that lost every plan the backups hold, is not copied into the backups (where the
        prune could then take the good ones away): said in words, the earlier backups kept."""
        try:
            size = self.path.stat().st_size
            with open(self.path, "rb") as handle:
                header = handle.read(100)
        except OSError as error:
            raise cannot_write(self.path, error) from error
        short = health.cut_short(self.path, header, size)
        if short is not None:
            raise DamagedDatabaseError(_("{problem} No backup was made; the earlier backups are kept. Restore one "
                                         "of them or check the database.").format(problem=short))
        if health.holds_data(self.path):
            return
        with_plans = health.newest_backup_with_plans(self.path, self._plan_counts)
        if with_plans is not None:
            raise DamagedDatabaseError(_(
                "The database holds neither a commune nor a plan, while the backup {name} holds {count} plan(s): no "
                "automatic backup was made, so that the backups keep what the database had. If that was not on "
                "purpose, restore the backup (File ▸ Restore from backup).").format(name=with_plans[0].name,
                                                                                     count=with_plans[1]))

    def automatic_backup(self) -> Path:
        """The backup taken at start and once a day while the app runs, then the old ones pruned."""
        target = self.backup_now(reason=AUTOMATIC)
        self.prune()
        return target

    def backup_due(self, now: datetime | None = None) -> bool:
        """True when no automatic backup was taken on `now`'s day (the daily backup while running)."""
        day = (now or self._clock()).date()
        newest = next((b for b in self.list_backups(check=False) if b.automatic), None)
        return newest is None or newest.taken_at.date() < day

    def prune(self) -> list[Path]:
        """Delete the automatic backups that are neither the newest of one of the last 30 days, nor the newest of
        one of the last 12 months, nor the newest of all, nor the newest that holds plans. Returns what was
        deleted."""
        today = self._clock().date()
        first_day = today - timedelta(days=DAILY_KEPT - 1)
        first_month = _month_number(today) - (MONTHLY_KEPT - 1)
        automatic = [b for b in self.list_backups(check=False) if b.automatic]  # newest first
        kept = {b.path for b in automatic[:1]}
        with_plans = health.newest_backup_with_plans(self.path, self._plan_counts)
        if with_plans is not None:
            kept.add(with_plans[0])
        days: set[date] = set()
        months: set[int] = set()
        for backup in automatic:
            day, month = backup.taken_at.date(), _month_number(backup.taken_at.date())
            if day >= first_day and day not in days:
                days.add(day)
                kept.add(backup.path)
            if month >= first_month and month not in months:
                months.add(month)
                kept.add(backup.path)
        deleted = []
        for backup in automatic:
            if backup.path in kept:
                continue
            try:
                backup.path.unlink()
            except OSError as error:  # a later prune tries again; never stop the app for this
                log.warning("Cannot delete the old backup %s: %s", backup.path, error)
            else:
                deleted.append(backup.path)
        return deleted

    # ------------------------------------------------------------ listing and checking

    def list_backups(self, check: bool = True) -> list[BackupInfo]:
        """The backups of this database, newest first; with `check`, each one verified."""
        found = []
        for path, taken_at, reason in backup_files(self.path):
            try:
                size = path.stat().st_size
            except OSError:
                continue
            problem = problem_with(path) if check else None
            found.append(BackupInfo(path, taken_at, reason, size, checked=check, problem=problem))
        return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)

    def newest_good_backup(self) -> BackupInfo | None:
        """The newest backup that passes `verify`; files set aside by a restore are not offered."""
        found = health.newest_good_backup(self.path)
        if found is None:
            return None
        path, taken_at, reason = found
        return BackupInfo(path, taken_at, reason, path.stat().st_size, checked=True)

    @staticmethod
    def verify(path: Path) -> None:
        """Raise DatabaseError naming the problem unless `path` is a whole, undamaged TTHC Desktop database
        of a schema this app knows."""
        problem = problem_with(Path(path))
        if problem is not None:
            raise DatabaseError(problem)

    # ------------------------------------------------------------ restoring

    def restore(self, backup: Path) -> RestoreResult:
        """Replace the database with a copy of `backup`; the replaced file is kept in backups/."""
        backup = Path(backup).expanduser().resolve()
        if backup == self.path:
            raise DataError(_("This file is the database itself. Choose a backup file."))
        owner = running_session(self.path)
        if owner is not None and owner != os.getpid():
            raise DatabaseError(_("TTHC Desktop is open on this database (process {pid}). Close it, then restore "
                                  "again.").format(pid=owner))
        read_only = health.read_only_reason(self.path)
        if read_only is not None:
            raise DatabaseError(_("The database cannot be replaced by a backup: {reason}. Restore the backup into "
                                  "a folder you may write to, or ask for permission to write.").format(
                reason=read_only), path=self.path)
        self.verify(backup)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with _temporary_beside(self.path) as temporary:
            _copy_database(backup, temporary, self.path, check=False)  # verified above
            if self._database is not None:
                self._database.close()
            replaced = self._move_aside()
            try:
                os.replace(temporary, self.path)
                sync_folder(self.path.parent)
            except OSError:
                _move_back(replaced)
                raise
        log.warning("Database %s restored from %s; the previous file is kept at %s", self.path, backup,
                    replaced[0][1] if replaced else None)
        return RestoreResult(self.path, backup, replaced[0][1] if replaced else None)

    def set_aside(self) -> Path | None:
        """Move what lies at the database's place (an emptied file, SQLite's files beside it) into backups/ as
        `…-replaced`, before a new database is started there; where it went, None when nothing was there."""
        owner = running_session(self.path)
        if owner is not None and owner != os.getpid():
            raise DatabaseError(_("TTHC Desktop is open on this database (process {pid}). Close it, then try "
                                  "again.").format(pid=owner))
        try:
            moved = self._move_aside()
        except OSError as error:
            raise cannot_write(self.folder, error) from error
        if moved:
            sync_folder(self.path.parent)
            log.warning("What lay at %s was set aside as %s before a new database was started", self.path,
                        moved[0][1])
        return moved[0][1] if moved else None

    def _move_aside(self) -> list[tuple[Path, Path]]:
        """Move the database and its -wal/-shm into backups/ together: a -wal left behind would be applied to
        the restored file."""
        present = [p for p in (self.path, _sibling(self.path, "-wal"), _sibling(self.path, "-shm")) if p.exists()]
        if not present:
            return []
        target = self._target(None, REPLACED)
        moved: list[tuple[Path, Path]] = []
        try:
            private_folder(target.parent)
            for source in present:
                destination = target if source == self.path else _sibling(target, source.name[len(self.path.name):])
                _move(source, destination)
                moved.append((source, destination))
        except OSError:
            _move_back(moved)
            raise
        return moved

    # ------------------------------------------------------------ names

    def _target(self, to: Path | None, reason: str) -> Path:
        if to is not None:
            to = Path(to).expanduser()
            if not to.is_dir():
                return to.resolve()
            folder = to
        else:
            folder = self.folder
        now, serial = self._clock(), 1
        target = folder / backup_name(self.path, now, reason)
        while target.exists():
            serial += 1
            target = folder / backup_name(self.path, now, reason, serial)
        return target.resolve()


# ---------------------------------------------------------------- checking at start


def open_checked(path: Path, traces: tuple[str, ...] = (), new: bool = False, chosen: bool = False) -> Database:
    """Open the database and check it, so that damage is met at start rather than in the middle of an edit.
    Raises DatabaseError (DamagedDatabaseError when the file opens but is damaged). `traces`, `new`, `chosen`: as
    `Database.open`.

    The check at start is SQLite's quick_check (every page, record and b-tree; a third of the time on the ten-year
    file), after the header's page count: the full integrity_check, which also compares every index with its table,
    runs on the copy that the automatic backup takes, at start and daily, off the GUI thread
    (`BackupService.automatic_backup`)."""
    database = Database.open(path, traces=traces, new=new, chosen=chosen)
    try:
        size = database.path.stat().st_size
        with open(database.path, "rb") as handle:
            problem = health.cut_short(database.path, handle.read(100), size)
    except OSError as error:
        problem = str(error)
    problem = problem or integrity_problem(database.path, quick=True)
    if problem is not None:
        database.close()
        raise DamagedDatabaseError(problem, path=database.path)
    return database


# ---------------------------------------------------------------- copying files


@contextmanager
def _temporary_beside(target: Path) -> Iterator[Path]:
    """A temporary file in the target's folder (so the final rename is atomic), removed whatever happens,
    with OSError and SQLite's disk errors turned into words."""
    temporary: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(handle)
        temporary = Path(name)
        yield temporary
    except OSError as error:
        raise cannot_write(target, error) from error
    except sqlite3.Error as error:
        raise _sqlite_problem(target, error) from error
    finally:
        if temporary is not None:
            for leftover in (temporary, _sibling(temporary, "-journal")):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError as error:
                    log.warning("Cannot remove the temporary file %s: %s", leftover, error)


def _copy_database(source: Path, destination: Path, target: Path, check: bool = True, full: bool = False) -> None:
    """SQLite's online backup of `source` into `destination`, left as one self-contained file; checked with
    quick_check, or with the full integrity_check when `full`."""
    reader = sqlite3.connect(source) if check else \
        connect_read_only(source, immutable=not _sibling(source, "-wal").exists())
    try:
        reader.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        writer = sqlite3.connect(destination)
        try:
            reader.backup(writer)
            writer.execute("PRAGMA journal_mode = DELETE")
            if check:
                rows = [row[0] for row in writer.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}(3)")]
                if rows != ["ok"]:
                    raise DamagedDatabaseError(_(
                        "The database has problems ({detail}), so no backup was made; the earlier backups are "
                        "kept. Restore one of them or check the database.").format(detail=first_problem(rows)))
        finally:
            writer.close()
    finally:
        reader.close()
    with open(destination, "rb+") as stream:
        os.fsync(stream.fileno())


def _sqlite_problem(target: Path, error: sqlite3.Error) -> TthcError:
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        return cannot_write(target, OSError(errno.ENOSPC, str(error)))
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM):
        return cannot_write(target, PermissionError(errno.EACCES, str(error)))
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DamagedDatabaseError(_("The database is damaged ({detail}). Restore a backup or open another "
                                      "file.").format(detail=error))
    return DatabaseError(_("The copy could not be made ({reason}). Nothing was changed.").format(reason=error))


def _sibling(path: Path, extension: str) -> Path:
    return path.with_name(path.name + extension)


def _move(source: Path, destination: Path) -> None:
    try:
        os.replace(source, destination)
    except OSError as error:
        if error.errno != errno.EXDEV:
            raise
        shutil.move(source, destination)  # backups/ on another drive than the database


def _move_back(moved: list[tuple[Path, Path]]) -> None:
    for source, destination in reversed(moved):
        try:
            _move(destination, source)
        except OSError as error:
            log.error("Could not move %s back to %s: %s", destination, source, error)


def _month_number(day: date) -> int:
    return day.year * 12 + day.month - 1
