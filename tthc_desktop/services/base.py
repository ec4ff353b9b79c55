"""What every service shares: a session per operation, one transaction per write, plain errors.

`_write` is the one way a service changes the database, so it is also where an edit of a database opened for
reading only is refused, in words, before anything is attempted, and where what the write changed is announced
once it is committed (services/changes.py): the parts are `_write`'s required argument, the plans are named with
`touched` where the write finds them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from tthc_desktop.db.engine import READ_ONLY
from tthc_desktop.errors import DatabaseError, ReadOnlyDatabaseError
from tthc_desktop.i18n import _
from tthc_desktop.services.changes import Announcer, Part, Recorder, announcer_of, parts_of

CHANGES = "tthc.changes"  # the session's Recorder while a write runs


class Service:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._announcer: Announcer = announcer_of(session_factory)

    @property
    def read_only(self) -> str | None:
        """Why this service's database cannot be written, in words; None when it can."""
        return (self._session_factory.kw.get("info") or {}).get(READ_ONLY)

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._session_factory() as session, _plain_errors():
            yield session

    @contextmanager
    def _write(self, *parts: Part | Iterable[Part], plan: int | None = None) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole when it raises. `parts` (required) and
        `plan` (or `touched` inside the block) say what it changes; that is announced once it is committed."""
        recorder = Recorder(parts_of(parts))
        if plan is not None:
            recorder.plans.add(plan)
        with self._session_factory() as session, _plain_errors():
            reason = session.info.get(READ_ONLY)
            if reason:
                raise read_only_error(reason)
            session.info[CHANGES] = recorder
            with session.begin():
                yield session
        self._announcer.announce(recorder.changes())


def touched(session: Session, *plan_ids: int | None, parts: Iterable[Part] = (), delta: Any = None) -> None:
    """Inside `Service._write`: name the plans the write changes (None is skipped), parts found only now (a
    document turns out to be a report's), and an outline delta it made."""
    recorder: Recorder = session.info[CHANGES]
    recorder.plans.update(p for p in plan_ids if p is not None)
    recorder.parts = recorder.parts | frozenset(parts)
    if delta is not None:
        recorder.deltas.append(delta)


def read_only_error(reason: str) -> ReadOnlyDatabaseError:
    return ReadOnlyDatabaseError(_(
        "This database can only be read ({reason}). You can view, print and export; to make changes, copy the file "
        "to a folder you may write to and open the copy, or ask for permission to write. Nothing was changed."
    ).format(reason=reason))


@contextmanager
def _plain_errors() -> Iterator[None]:
    try:
        yield
    except sa_exc.OperationalError as error:
        reason = str(error.orig)
        code = (getattr(error.orig, "sqlite_errorcode", None) or 0) & 0xFF
        if code == sqlite3.SQLITE_READONLY or "readonly" in reason:  # the file, folder or drive became read-only
            raise read_only_error(reason) from error
        if "locked" in reason or "busy" in reason:
            raise DatabaseError(
                _("The database is busy: another program is writing to it. Close it and try again; nothing was lost.")
            ) from error
        raise DatabaseError(
            _("The database could not be used ({reason}). Nothing was changed.").format(reason=reason)
        ) from error
    except sa_exc.DatabaseError as error:
        if isinstance(error, sa_exc.IntegrityError):
            raise
        raise DatabaseError(
            _("The database is damaged ({reason}). Restore a backup or open another file.").format(reason=error.orig)
        ) from error
