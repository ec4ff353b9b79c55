"""The labels clerks type before a heading, a group or a task, however they type them.

"V", "V.", "V-", "V:", "5.", "5)", "(5)", "1.2", "1.2.", "a)", "a.", "(a)", "-", "+", "•", optionally after
"Phần", "Mục", "Nhóm" or "Chương", in a cell of their own or at the start of the text, followed by a tab or a
space. A bare label with only a space after it ("V Kiểm tra …") counts only where the text after it starts a
sentence (a capital letter) and the label is a numeral, a capital letter or a number, so that words ("A Lưới")
and figures ("5 hồ sơ") are not taken for labels where a sentence could start with them only by chance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tthc_desktop.domain import labels as domain_labels

_PREFIX = r"(?:(?:phần|mục|nhóm|chương|phan|muc|nhom|chuong)\s+)?"
_ROMAN = r"(?=[IVXLC])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})"
_TOKEN = rf"(?:{_ROMAN}|[A-ZĐ]|\d{{1,2}}(?:\.\d{{1,2}}){{0,4}}|[a-zđ])"
_BULLETS = "-–—+•*·▪●○◦"
# label + punctuation: "V.", "V-", "5)", "a)", "1.2.", "(a)", "II/"
_PUNCT = re.compile(rf"^({_PREFIX})\(?({_TOKEN})\s*([.):/\-–,]|\))\s*(?=\S|$)", re.I)
_PAREN = re.compile(rf"^({_PREFIX})\(({_TOKEN})\)\s*", re.I)
# label + a tab, or label + a space before a capital: "V\tKiểm tra", "V Kiểm tra", "5 Rà soát"
_BARE = re.compile(rf"^({_PREFIX})({_ROMAN}|[A-ZĐ]|\d{{1,2}}(?:\.\d{{1,2}}){{1,4}}|\d{{1,2}})(\t+| +)(?=[^\W\d_])",
                   re.I)
_BULLET = re.compile(rf"^([{re.escape(_BULLETS)}])\s+(?=\S)")
_CELL = re.compile(rf"^\(?({_PREFIX})\(?({_TOKEN}|[{re.escape(_BULLETS)}])\s*[.):/\-–]?\)?$", re.I)


@dataclass(frozen=True)
class Label:
    label: str  # as the outline keeps it: "V", "1.2", "a", "Phần I", "-"
    style: str | None  # domain.labels style (roman, upper_letter, arabic, lower_letter, dotted) or "bullet"


def _style(token: str) -> str | None:
    if token in _BULLETS:
        return "bullet"
    return domain_labels.style_of(token)


def _case_ok(token: str, prefix: str) -> bool:
    """Roman numerals and capital letters are written in capitals; a lone lower-case letter is a point (a, b)."""
    if prefix:
        return True
    if re.fullmatch(_ROMAN, token.upper()) and len(token) > 1:
        return token.isupper()
    return True


def _label(prefix: str, token: str) -> Label | None:
    if not _case_ok(token, prefix):
        return None
    style = _style(token)
    if style is None:
        return None
    prefix = prefix.strip()
    text = f"{prefix[:1].upper()}{prefix[1:]} {token}" if prefix else token
    return Label(text, style)


def cell_label(text: str) -> Label | None:
    """The label a number cell holds ("V", "V.", "V-", "5)", "(a)", "1.2.", "-"), or None for anything else."""
    text = text.strip()
    if not text or len(text) > 24:
        return None
    match = _CELL.match(text)
    if match is None:
        return None
    return _label(match.group(1), match.group(2))


def split_label(text: str, *, bare: bool = True) -> tuple[Label, str] | None:
    """(label, the text after it) when `text` starts with a label, else None. With `bare`, a label followed only
    by a tab or a space before a capital letter counts too."""
    stripped = text.lstrip()
    if not stripped:
        return None
    match = _BULLET.match(stripped)
    if match:
        return Label(match.group(1), "bullet"), stripped[match.end():].strip()
    for rx in (_PAREN, _PUNCT):
        match = rx.match(stripped)
        found = _punctuated(match, stripped, rx is _PUNCT) if match else None
        if found is not None:
            return found
    if bare:
        match = _BARE.match(stripped)
        if match:
            token = match.group(2)
            rest = stripped[match.end():].strip()
            tab = "\t" in match.group(3)
            if (tab or rest[:1].isupper()) and _case_ok(token, match.group(1)) and (tab or token.isupper()
                                                                                     or token[0].isdigit()):
                label = _label(match.group(1), token)
                if label is not None and rest:
                    return label, rest
    return None


def _punctuated(match: re.Match[str], stripped: str, punct: bool) -> tuple[Label, str] | None:
    token = match.group(2)
    rest = stripped[match.end():].strip()
    sep = match.group(3) if punct else ")"
    if not rest:
        return None
    if token.isdigit() and sep in "./" and rest[:1].isdigit():
        return None  # "1.5 triệu", "5.000 hồ sơ", "1/2026": a number, not a label
    if sep in "-–" and len(token) == 1 and token.isalpha() and not stripped[match.end(3):][:1].isspace():
        return None  # "E-mail", "A-B": a dash inside a word
    if sep == "," and not (len(token) == 1 and token.islower()):
        return None  # "a, Kiểm soát" is a point; "Quảng Ngãi, ngày …" is not a label
    label = _label(match.group(1), token)
    return None if label is None else (label, rest)
