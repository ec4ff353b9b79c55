"""The one reader of the numbers a clerk writes, and the exact text an editor shows for a stored number.

Vietnamese writes "1.250" for one thousand two hundred and fifty and "95,5" for ninety-five and a half (babel's
"vi" locale). Every place a number enters the app (editors, pasted rows, importers, settings) reads it here, so
the same text never means two values. A text in another convention ("95.5", "1,250.5") is refused with the way to
write it, never guessed: "1.25" could be 125 or 1,25, and a wrong guess prints in a signed report.

What the app shows for editing (`edit_text`) is exact, never rounded, and reads back to the same value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext

from babel.numbers import NumberFormatError, format_decimal, parse_decimal

# Only ASCII digits, the two separators, one leading sign and an optional trailing "%": babel alone would also take
# "inf", "nan", "1E30" and other scripts' digits, none of which a clerk means as a figure.
_SHAPE = re.compile(r"[+\-\u2212]?[0-9.,]*[0-9][0-9.,]*%?")
_MINUS = "\u2212"  # what Word's autocorrect turns "-" into
_LONGEST = 400  # characters: past this, a pasted text is not a figure (and never a slow one to read)


class NumberReadError(ValueError):
    """`text` is not a number as Vietnamese writes it. `suggestion` is the Vietnamese spelling of what was most
    likely meant (for the message: "write 95,5"), or None when nothing numeric was written."""

    def __init__(self, text: str, suggestion: str | None = None) -> None:
        super().__init__(text)
        self.text = text
        self.suggestion = suggestion


@dataclass(frozen=True)
class ReadNumber:
    value: Decimal
    percent: bool  # written with a trailing "%"


def read(text: str | None) -> ReadNumber | None:
    """The number written in `text` ("1.250", "95,5", "1.250,5", "-3", "95,5%"); None for an empty text.

    Raises NumberReadError for anything else, with the likely meaning in Vietnamese spelling when there is one.
    """
    if text is None:
        return None
    stripped = text.strip().replace("\u00a0", "").replace(" %", "%")
    if not stripped:
        return None
    if not _SHAPE.fullmatch(stripped):
        raise NumberReadError(text)
    percent = stripped.endswith("%")
    body = stripped.rstrip("%").replace(_MINUS, "-")
    if len(body) > _LONGEST:
        raise NumberReadError(text)
    try:
        with localcontext() as context:  # babel's strict check formats the value again: room for every digit
            context.prec = max(context.prec, len(body) + 12)
            value = parse_decimal(body, locale="vi", strict=True)
    except (NumberFormatError, InvalidOperation) as exc:
        raise NumberReadError(text, _suggestion(body)) from exc
    return ReadNumber(value, percent)


def read_number(text: str | None) -> Decimal | None:
    """The value of `text` as `read` reads it, without the percent flag."""
    number = read(text)
    return None if number is None else number.value


def edit_text(value: Decimal | float | int | None) -> str:
    """The exact Vietnamese spelling of a stored value, for an editor: 1250 -> "1.250", 95.5 -> "95,5".

    Unlike `vnformat.number` (printing, rounded to a decimal place), nothing is rounded: what is shown, committed
    unchanged, is the value that was stored. A float is taken through its shortest repr (95.55 is "95,55").
    """
    if value is None:
        return ""
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    if not exact.is_finite():
        return "NaN" if exact.is_nan() else "-\u221e" if exact < 0 else "\u221e"  # an older file's: the checks flag it
    if exact == 0:
        exact = abs(exact)
    with localcontext() as context:  # every digit of any stored number (1e308 included), never an error
        context.prec = max(context.prec, len(exact.as_tuple().digits) + abs(int(exact.as_tuple().exponent)) + 12)
        return format_decimal(exact.normalize(), format="#,##0.###", locale="vi", decimal_quantization=False)


def _suggestion(body: str) -> str | None:
    """How a text written in the English convention ("95.5", "1,250.5") is written in Vietnamese, or None."""
    english = body.replace(",", "")
    if body.count(".") == 1 and re.fullmatch(r"-?[0-9]*\.[0-9]+", english):
        try:
            return edit_text(Decimal(english))
        except InvalidOperation:
            return None
    return None
