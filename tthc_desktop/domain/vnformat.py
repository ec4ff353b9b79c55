"""Vietnamese formatting for printed documents: date and number lines, numbers, labels, sorting and search."""

from __future__ import annotations

import datetime
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, localcontext

from babel.numbers import format_decimal

from tthc_desktop.domain.numbering import format_number
from tthc_desktop.domain.text import nfc

# What a draft prints where the day, month, year or number is not known yet: six ordinary spaces, the gap a
# Word template leaves for the pen ("ngày      tháng 02 năm 2026", "Số:      /KH-UBND"). The constant is the
# whole gap between the two words around it, separators included.
BLANK = " " * 6

# Points a), b), c) ... follow the Vietnamese alphabet: no f, j, w, z; đ comes after d.
LETTERS = "abcdđeghiklmnopqrstuvxy"

_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))

# Dictionary order of letters; the foreign f, j, w, z (names, abbreviations) sit where the Latin alphabet has them.
_COLLATION = {letter: i for i, letter in enumerate("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")}
# Vowel modifiers make a different letter (primary weight); tones are the secondary weight, in the order of
# Vietnamese dictionaries: ngang (none), huyền, hỏi, ngã, sắc, nặng.
_MODIFIERS = frozenset("\u0306\u0302\u031b")  # breve ă, circumflex â ê ô, horn ơ ư
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_SPACE, _SYMBOL, _DIGITS, _LETTER, _OTHER = range(5)


def _day(day: int) -> str:
    return f"{day:02d}"


def _month(month: int) -> str:
    """Months 1 and 2 take a leading zero ("01", "02") so that "1" cannot later become "11" or "12"; 3..12 do not."""
    return f"{month:02d}" if month <= 2 else str(month)


def date_line(place: str, year: int | None, month: int | None = None, day: int | None = None) -> str:
    """ "Hành Dũng, ngày 03 tháng 3 năm 2025"; a part that is None prints as BLANK (a draft).

    Raises ValueError for a date that does not exist (31 February, month 13, day 0). With no year, 29 February
    is accepted; with no month, any day 1..31.
    """
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"month {month} does not exist (1 to 12)")
    if year is not None and not 1 <= year <= 9999:
        raise ValueError(f"year {year} is not valid")
    if day is not None:
        try:
            datetime.date(2000 if year is None else year, month or 1, day)
        except ValueError:
            shown = "/".join(str(part) for part in ((day, month, year) if month else (day,)) if part is not None)
            raise ValueError(f"day {shown} does not exist") from None
    parts = [
        "ngày" + (BLANK if day is None else f" {_day(day)} "),
        "tháng" + (BLANK if month is None else f" {_month(month)} "),
        "năm" + (BLANK if year is None else f" {year}"),
    ]
    return nfc(f"{place.strip()}, {''.join(parts)}")


def short_date(d: datetime.date) -> str:
    """The date inside a sentence ("ngày 03/3/2025", "ngày 14/02/2008"): the same leading-zero rule as the date
    line (day below 10 padded; months 1 and 2 padded, others not), as the seed documents write it."""
    return f"{_day(d.day)}/{_month(d.month)}/{d.year}"


def number_line(number: int | None, symbol: str) -> str:
    """ "Số: 05/KH-UBND"; a draft (None) leaves BLANK before the slash: "Số:      /KH-UBND"."""
    if number is not None and number < 1:
        raise ValueError(f"document numbers start at 1, not {number}")
    prefix = "Số:" + (BLANK if number is None else " ")
    return nfc(prefix + format_number(number, symbol))


def number(value: float | int | Decimal, max_decimals: int = 1) -> str:
    """Vietnamese style by babel's "vi" locale: "1.250", "1.250.000", "95,5", "100" (no trailing ",0").

    Rounds half up (95,55 -> 95,6; 95,45 -> 95,5), as clerks and spreadsheets round; babel alone would round
    half to even. A float is read through its shortest repr, so 95.55 counts as 95,55 and not 95,549999...
    """
    if max_decimals < 0:
        raise ValueError("max_decimals must be 0 or more")
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    if not exact.is_finite():
        return non_finite(exact)  # an older file may hold it: printed, and the checks flag it
    pattern = "#,##0" + ("." + "#" * max_decimals if max_decimals else "")
    with localcontext() as context:  # enough digits for any stored number (1e308 included), never an error
        context.prec = max(context.prec, exact.adjusted() + max_decimals + 12)
        rounded = exact.quantize(Decimal(1).scaleb(-max_decimals), rounding=ROUND_HALF_UP)
        if rounded == 0:
            rounded = abs(rounded)  # no "-0"
        return format_decimal(rounded, format=pattern, locale="vi")


def non_finite(value: Decimal) -> str:
    """How a value that is no number (infinity, NaN) prints: "∞", "-∞", "NaN"."""
    if value.is_nan():
        return "NaN"
    return "-\u221e" if value < 0 else "\u221e"


def percent(value: float | int | Decimal, max_decimals: int = 1) -> str:
    """ "95,5%" for 95.5: the value is already in percent; no space before "%" (as babel's vi percent pattern)."""
    return number(value, max_decimals) + "%"


def roman(n: int) -> str:
    """ "I", "IV", "XIV", "MMXXVI" for headings I., II. ...; 1..3999."""
    if not 1 <= n <= 3999:
        raise ValueError(f"Roman numerals run from 1 to 3999, not {n}")
    out = []
    for value, digits in _ROMAN:
        count, n = divmod(n, value)
        out.append(digits * count)
    return "".join(out)


def letter(n: int, upper: bool = True) -> str:
    """Label of the n-th point or group in the Vietnamese alphabet: 1 a, 4 d, 5 đ, 6 e, 7 g ... 23 y.

    Past 23 it goes on as spreadsheet columns do, over the same 23 letters: 24 aa, 25 ab ...
    """
    if n < 1:
        raise ValueError(f"Letters are numbered from 1, not {n}")
    out = ""
    while n:
        n, index = divmod(n - 1, len(LETTERS))
        out = LETTERS[index] + out
    return out.upper() if upper else out


Cluster = tuple[tuple[int, int], tuple[int, tuple[str, ...]]]  # (letter or character class, its marks)
# Letters, then tones and marks, then case, then the NFC text: see sort_key.
SortKey = tuple[tuple[tuple[int, int], ...], tuple[tuple[int, tuple[str, ...]], ...], tuple[bool, ...], str]


def _clusters(text: str) -> list[Cluster]:
    """(primary, secondary) weight per letter with its marks, per run of ASCII digits (compared by value, so
    "Thôn 2" < "Thôn 10"), or per other character (space < punctuation < digits < letters < other scripts)."""
    s = unicodedata.normalize("NFD", unicodedata.normalize("NFD", text).casefold())
    out: list[Cluster] = []
    i = 0
    while i < len(s):
        j = i + 1
        if s[i] in "0123456789":
            while j < len(s) and s[j] in "0123456789":
                j += 1
            out.append(((_DIGITS, int(s[i:j])), (0, ())))
            i = j
            continue
        while j < len(s) and unicodedata.combining(s[j]):
            j += 1
        base, marks = s[i], s[i + 1:j]
        modifiers = "".join(m for m in marks if m in _MODIFIERS)
        tone = max((_TONES.get(m, 0) for m in marks), default=0)
        letter_ = unicodedata.normalize("NFC", base + modifiers)
        if letter_ in _COLLATION:
            rest = tuple(m for m in marks if m not in _MODIFIERS and m not in _TONES)
            out.append(((_LETTER, _COLLATION[letter_]), (tone, rest)))
            i = j
            continue
        if base in _COLLATION:  # a modifier that makes no Vietnamese letter (ŏ): the base letter, the marks after
            out.append(((_LETTER, _COLLATION[base]), (tone, tuple(marks))))
        elif base.isspace():
            out.append(((_SPACE, ord(base)), (0, tuple(marks))))
        elif base.isalnum():
            out.append(((_OTHER, ord(base)), (0, tuple(marks))))
        else:
            out.append(((_SYMBOL, ord(base)), (0, tuple(marks))))
        i = j
    return out


def sort_key(text: str) -> SortKey:
    """A key for Vietnamese dictionary order: a < ă < â < b < c < d < đ < e < ê ... o < ô < ơ ... u < ư ...

    Compared as a dictionary does, level by level over the whole text: letters first (case-insensitive), then
    tones (ngang, huyền, hỏi, ngã, sắc, nặng), then lower case before upper case; the NFC text last, so that
    only equal texts have equal keys. The standard library and babel have no Vietnamese collation.
    """
    clusters = _clusters(text)
    form = nfc(text)
    return (
        tuple(c[0] for c in clusters),
        tuple(c[1] for c in clusters),
        tuple(ch.isupper() for ch in form),
        form,
    )


def fold(text: str) -> str:
    """Search form without case and diacritics: "Kiểm soát" -> "kiem soat", "Đường" -> "duong"."""
    decomposed = unicodedata.normalize("NFD", text.casefold()).replace("đ", "d")
    return nfc("".join(ch for ch in decomposed if not unicodedata.combining(ch)))
