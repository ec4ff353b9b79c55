"""Numbers as documents print them, for every value a file may hold, and targets with their words.

A stored figure no one could type (∞, NaN, 1e308) came from an old file or a hand-edited database; the document
must still print it as stored (`vnformat` writes "∞", "NaN" and every digit) and Kiểm tra flags it
(services/plan_checks.py). What is no number at all reads `INVALID`, and the rest of the document is as always.
"""

from __future__ import annotations

import math
from decimal import InvalidOperation

from tthc_desktop.domain import vnformat

INVALID = "không hợp lệ"
COMPARATOR_WORDS = {">=": "Tối thiểu", "<=": "Tối đa", "=": ""}


def printable_number(value: object) -> bool:
    """Whether `value` is a number a document and a spreadsheet can hold as a number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return isinstance(value, int) or math.isfinite(value)


def number(value: float | int, max_decimals: int = 1) -> str:
    """ "1.250", "95,5"; `INVALID` for a value no one can write."""
    try:
        return vnformat.number(value, max_decimals)
    except (ValueError, ArithmeticError, InvalidOperation, TypeError):
        return INVALID


def percent(value: float | int, max_decimals: int = 1) -> str:
    """ "95,5%"; `INVALID` for a value no one can write."""
    try:
        return vnformat.percent(value, max_decimals)
    except (ValueError, ArithmeticError, InvalidOperation, TypeError):
        return INVALID


def figure(value: float | int | None, unit: str | None) -> str:
    """ "66,7%" for a ratio, "12 văn bản" for a count, "" for no figure."""
    if value is None:
        return ""
    unit = (unit or "%").strip()
    if unit == "%":
        return percent(value)
    return f"{number(value)} {unit}" if unit else number(value)


def target_words(comparator: str | None, value: float | int | None, unit: str | None = None,
                 capital: bool = True) -> str:
    """A target with its words: "Tối thiểu 60%", "Tối đa 5 hồ sơ", "100%" (exactly), "" for no target.
    Without a unit (the plan's table has a unit column of its own): "Tối thiểu 60"."""
    if value is None:
        return ""
    words = COMPARATOR_WORDS.get(comparator or ">=", "")
    amount = figure(value, unit) if unit is not None else number(value)
    text = f"{words} {amount}" if words else amount
    return text if capital else text[:1].lower() + text[1:]
