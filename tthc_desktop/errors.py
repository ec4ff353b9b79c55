"""Errors a user can act on. Their text is already in the user's language and says what to do next."""

from __future__ import annotations


class TthcError(Exception):
    """Base of every error shown to the user as a message rather than a traceback."""


class NotFoundError(TthcError):
    pass


class FrozenDocumentError(TthcError):
    """An issued document or plan cannot be edited; it can be copied into a new draft."""


class NumberTakenError(TthcError):
    pass


class DatabaseError(TthcError):
    """The database file cannot be used as it is: damaged, locked, foreign, or newer than the app.

    `path`: the file, when the error is about one (the command line then names its newest good backup)."""

    def __init__(self, message: str = "", path: object = None) -> None:
        super().__init__(message)
        self.path = path


class ReadOnlyDatabaseError(DatabaseError):
    """An edit of a database opened for reading only (a read-only file, folder or drive)."""


class DatabaseTooNewError(DatabaseError):
    pass


class DataError(TthcError):
    """Input that does not make sense: an impossible date, a malformed file."""
