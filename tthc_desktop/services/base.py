"""What every service shares: a session per operation, one transaction per write, plain errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from tthc_desktop.errors import DatabaseError
from tthc_desktop.i18n import _


class Service:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._session_factory() as session, _plain_errors():
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole when it raises."""
        with self._session_factory() as session, _plain_errors(), session.begin():
            yield session


@contextmanager
def _plain_errors() -> Iterator[None]:
    try:
        yield
    except sa_exc.OperationalError as error:
        reason = str(error.orig)
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
