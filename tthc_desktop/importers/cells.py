"""One table cell's text: pasted HTML and bold marks removed, bullets split into lines, units and targets read.

Cells copied out of a PDF arrive on one line: "<ul ...> - Văn phòng - Thống kê chủ trì. - Các ban phối hợp."
A bullet starts after a sentence end (". - ", "; - "); in a cell that is a bullet list from its first character,
a dash between two words also starts one ("- Định kỳ 3 tháng/lần - Đột xuất ..."), except inside the
compound names communes write with a dash ("Văn phòng - Thống kê", "Tư pháp - Hộ tịch", "HĐND - UBND").
Cells read from Word keep their paragraphs as lines, and only the sentence-end rule applies inside a line.
"""

from __future__ import annotations

import html
import re
import unicodedata

from tthc_desktop.domain.vnformat import fold

MAX_CELL = 20_000  # characters; the schedule parser is slow on pathological 40 KB cells

_BR = re.compile(r"<\s*br\s*/?\s*>", re.I)
_LI = re.compile(r"<\s*li\b[^>]*>", re.I)
_TAG = re.compile(r"</?\s*[a-zA-Z][a-zA-Z0-9]*\b[^<>]{0,500}>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{1,6}|#x[0-9a-fA-F]{1,5});")
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u200b\ufeff]+")
_BULLET = "-–•+*·"
_STARTS_BULLET = re.compile(r"^[-–•+*]\s+")
# A bullet after the end of a sentence: "... chủ trì. - Các ban ..."
_STRONG = re.compile(r"(?<=[.;:!?])\s+(?=[-–•+]\s+\S)")
# A dash between words in a bullet list: "- Các CM xã - Văn phòng xã ..."
_WEAK = re.compile(r"\s+(?=[-–]\s+\S)")
# Words after a dash that make a compound name rather than a new bullet ("Văn phòng - Thống kê").
_COMPOUND_TAILS = (
    "thong ke", "ho tich", "xa hoi", "ke toan", "ke hoach", "xay dung", "moi truong", "nong nghiep", "thong tin",
    "thuong binh", "ubnd", "hdnd", "ha tang", "do thi", "tu do", "hanh phuc", "he thong", "dia chinh",
    "tai chinh", "to chuc", "noi vu", "lao dong", "du lich", "the thao", "tu phap", "an ninh", "quoc phong",
    "quy ", "thang ", "ngay ", "nam ", "tp ", "tx ",
)
_TERMINAL = re.compile(r"[.;:!?…)\]”\"]$")


def clean_cell(raw: str | None) -> str:
    """The cell's text: HTML remnants and ** marks gone, NFC, spaces folded, empty lines dropped."""
    if not raw:
        return ""
    text = raw[:MAX_CELL]
    if "<" in text:
        text = _BR.sub("\n", text)
        text = _LI.sub(" - ", text)
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = text.replace("**", "").replace("\r", "\n").replace("\v", "\n").replace("\f", "\n")
    text = unicodedata.normalize("NFC", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _weak_splits(line: str) -> list[int]:
    """Positions of the dashes that start a new bullet in a one-line bullet list."""
    cuts = []
    for match in _WEAK.finditer(line):
        if match.start() == 0:
            continue
        after = line[match.end() + 1:].lstrip()
        if not after or not (after[0].isupper() or after[0].isdigit() and line[:match.start()].rstrip()[-1:] in ".;:"):
            continue
        if fold(after[:20]).startswith(_COMPOUND_TAILS):
            continue
        cuts.append(match.start())
    return cuts


def _split_line(line: str, weak: bool) -> list[str]:
    cuts = [m.start() for m in _STRONG.finditer(line)]
    if weak:
        cuts = sorted(set(cuts) | set(_weak_splits(line)))
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
    return [p.strip() for p in pieces if p.strip()]


def items(text: str) -> list[str]:
    """The cell's bullets and paragraphs, each as written (with its dash, if it had one)."""
    lines = text.split("\n") if text else []
    one_line = len(lines) == 1
    out: list[str] = []
    for line in lines:
        out += _split_line(line, weak=one_line and bool(_STARTS_BULLET.match(line)))
    return out


def _dash(item: str) -> str:
    """ "• x", "– x", "* x" -> "- x"; "+ x" is kept (a second-level point)."""
    match = _STARTS_BULLET.match(item)
    if match and item[0] != "+":
        return "- " + item[match.end():]
    return item


def format_cell(raw: str | None) -> str | None:
    """A text cell as the plan JSON keeps it: bullets one per line ("- ...\\n- ..."), None when empty."""
    text = clean_cell(raw)
    if not text:
        return None
    return "\n".join(_dash(item) for item in items(text))


def strip_bullet(item: str) -> str:
    bullet = _STARTS_BULLET.match(item)
    return item[bullet.end():] if bullet else item


_ROLE_SUFFIX = re.compile(r"[\s,;:(–-]*\(?\s*(chủ\s*trì|phối\s*hợp)\s*\)?$", re.I)
_ROLE_PREFIX = re.compile(r"^\(?\s*(chủ\s*trì|phối\s*hợp)\s*\)?\s*[:\-–]\s*", re.I)


def _unit_text(item: str) -> str:
    text = strip_bullet(item.strip()).strip()
    if text[-1:] in ".;,":
        text = text[:-1].rstrip()
    return text


def split_units(raw: str | None) -> tuple[list[str], list[str]]:
    """(lead, cooperating) units of a single units cell.

    An item ending in "chủ trì" leads and one ending in "phối hợp" cooperates (those words removed); an item
    starting "Chủ trì:" / "Phối hợp:" likewise; any other item leads.
    """
    lead: list[str] = []
    cooperating: list[str] = []
    for item in items(clean_cell(raw)):
        text = _unit_text(item)
        role = None
        match = _ROLE_SUFFIX.search(text)
        if match and match.start() > 0:
            role, text = match.group(1), text[: match.start()].rstrip(" ,;:-–")
        else:
            prefix = _ROLE_PREFIX.match(text)
            if prefix and prefix.end() < len(text):
                role, text = prefix.group(1), text[prefix.end():]
        if not text:
            continue
        (cooperating if role and fold(role).replace(" ", "") == "phoihop" else lead).append(text)
    return lead, cooperating


def unit_list(raw: str | None) -> list[str]:
    """The units of a column that holds one role only ("Cơ quan chủ trì"): its items, dashes and end marks off."""
    out = []
    for item in items(clean_cell(raw)):
        text = _unit_text(item)
        if text:
            out.append(text)
    return out


def ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text.rstrip()))
