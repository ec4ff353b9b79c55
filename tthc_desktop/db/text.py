"""Text at the door of the database: every string column stores and gives back printable text.

Why here and not in each service: text enters through many doors (typing, pasted rows, the importers, plan JSON,
settings, mail fields, report sections) and a field forgotten once lets a Word control character (vertical tab,
NUL, bell) into a file that python-docx and openpyxl then refuse to write. A column type is the one place every
write and every read passes, whichever service or future code writes it:
- on the way in (`process_bind_param`) and on assignment to a mapped attribute (the listener in `base.py`, so a
  service returns the same text it stored), text is made printable: NFC, Word's manual breaks as line breaks,
  other control characters removed (`domain.text.printable`); one-line fields (mail headers, names, file names)
  take breaks as spaces;
- on the way out (`process_result_value`), the same, so a file written by an older version (or by hand) with a
  control character still renders in every format.
A TypeDecorator keeps the column's SQL type (VARCHAR, JSON): no migration, and Alembic compares the same schema.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from tthc_desktop.domain.text import one_line, printable


class Text(TypeDecorator[str]):
    """A string column holding printable text; line breaks kept."""

    impl = sa.String
    cache_ok = True

    def clean(self, value: Any) -> Any:
        return printable(value) if isinstance(value, str) else value

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return self.clean(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return self.clean(value)


class Line(Text):
    """A string column holding one line: breaks and tabs become spaces (mail headers, names, file names)."""

    cache_ok = True

    def clean(self, value: Any) -> Any:
        return one_line(value) if isinstance(value, str) else value


class CleanJSON(TypeDecorator[Any]):
    """A JSON column whose strings (keys and values, at any depth) are printable text."""

    impl = sa.JSON
    cache_ok = True

    def clean(self, value: Any) -> Any:
        return _walk(value)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return _walk(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return _walk(value)


def _walk(value: Any) -> Any:
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {_walk(k): _walk(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_walk(v) for v in value]
    return value
