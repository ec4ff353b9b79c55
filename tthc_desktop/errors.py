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
    """The database file cannot be used as it is: damaged, locked, foreign, or newer than the app."""


class DatabaseTooNewError(DatabaseError):
    pass


class DataError(TthcError):
    """Input that does not make sense: an impossible date, a malformed file."""
