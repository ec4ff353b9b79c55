"""Document numbers and symbols: "48/QĐ-UBND", numbers below 10 with a leading zero."""

from __future__ import annotations

import re

from tthc_desktop.domain.enums import DocumentType

_NUMBER = re.compile(r"^\s*(\d*)\s*/\s*(\S+)\s*$")


def symbol_for(doc_type: DocumentType, issuer_abbreviation: str) -> str:
    """The symbol part of a number: type abbreviation, hyphen, issuer ("KH-UBND")."""
    return f"{doc_type.value}-{issuer_abbreviation}"


def format_number(number: int | None, symbol: str) -> str:
    """ "05/KH-UBND"; a draft without a number keeps the slash: "/KH-UBND"."""
    if number is None:
        return f"/{symbol}"
    return f"{number:02d}/{symbol}"


def parse_number(text: str) -> tuple[int | None, str]:
    """ "48/QĐ-UBND" -> (48, "QĐ-UBND"); "/KH-UBND" -> (None, "KH-UBND"). Raises ValueError otherwise."""
    match = _NUMBER.match(text)
    if not match:
        raise ValueError(text)
    digits, symbol = match.groups()
    return (int(digits) if digits else None), symbol
