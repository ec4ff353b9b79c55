"""Old Vietnamese encodings (TCVN3 "ABC" and VNI) typed with their 8-bit fonts, read back as Unicode NFC.

Text typed in a .VnTime font (TCVN3) or a VNI-Times font reaches us as Latin-1 look-alikes: "Céng hoµ x· héi"
or "Coäng hoøa xaõ hoäi" for "Cộng hòa xã hội". The tables below are built from the standards' own layout:

- TCVN3 is TCVN 5712:1993 "VN3", the lowercase repertoire of the standard (the ABC fonts; their upper-case
  twins .VnTimeH show the same codes as capitals). Each vowel row of the code chart gives the code of the bare
  letter and of its five tones in the chart's order: huyền (grave), hỏi (hook), ngã (tilde), sắc (acute), nặng
  (dot below); plus the seven letters ă â ê ô ơ ư đ and the capitals Ă Â Ê Ô Ơ Ư Đ.
- VNI writes a letter as an ASCII base followed by one "mark" byte: the tones, the circumflex (alone or with a
  tone) after a/e/o, the breve (alone or with a tone) after a; ơ ư đ and the toned i, and ỵ, are single bytes.
  Each mark has a lower-case and an upper-case byte.

Which encoding a text uses is decided by reading it: the one whose conversion turns the most words that are
not Vietnamese syllables into syllables wins, and only lines that read better converted are converted (a
document mixing Unicode and TCVN3 keeps its Unicode lines).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

TCVN3, VNI = "TCVN3", "VNI"

GRAVE, HOOK, TILDE, ACUTE, DOT = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
CIRCUMFLEX, BREVE, HORN = "\u0302", "\u0306", "\u031b"
_CHART_TONES = (GRAVE, HOOK, TILDE, ACUTE, DOT)  # the column order of the TCVN3 chart

# TCVN3 (VN3) chart: letter -> (code of the bare letter or None when it is ASCII, codes of its five tones).
_TCVN3_ROWS = {
    "a": (None, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (None, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (None, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (None, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (None, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (None, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_LETTERS = {"đ": 0xAE, "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}


def _tcvn3_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for letter, (bare, *toned) in _TCVN3_ROWS.items():
        if bare is not None:
            table[bare] = letter
        for code, tone in zip(toned, _CHART_TONES, strict=True):
            table[code] = unicodedata.normalize("NFC", letter + tone)
    for letter, code in _TCVN3_LETTERS.items():
        table[code] = letter
    return table


TCVN3_TO_UNICODE: dict[int, str] = _tcvn3_table()  # keyed by the code point the 8-bit byte arrives as

# VNI marks, lower-case byte then upper-case byte.
_VNI_TONES = {"ù": ACUTE, "ø": GRAVE, "û": HOOK, "õ": TILDE, "ï": DOT,
              "Ù": ACUTE, "Ø": GRAVE, "Û": HOOK, "Õ": TILDE, "Ï": DOT}
_VNI_CIRCUMFLEX = {"â": "", "á": ACUTE, "à": GRAVE, "å": HOOK, "ã": TILDE, "ä": DOT,
                   "Â": "", "Á": ACUTE, "À": GRAVE, "Å": HOOK, "Ã": TILDE, "Ä": DOT}
_VNI_BREVE = {"ê": "", "é": ACUTE, "è": GRAVE, "ú": HOOK, "ü": TILDE, "ë": DOT,
              "Ê": "", "É": ACUTE, "È": GRAVE, "Ú": HOOK, "Ü": TILDE, "Ë": DOT}
VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
              "Ô": "Ơ", "Ö": "Ư", "Ñ": "Đ", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ"}
_VNI_MARKS = "".join(list(_VNI_TONES) + list(_VNI_CIRCUMFLEX) + list(_VNI_BREVE))
_VNI_PAIR = re.compile(f"([aAeEoOuUyYôÔöÖ])([{_VNI_MARKS}])")


def decode_tcvn3(text: str) -> str:
    """TCVN3 text (as Latin-1 look-alikes) in Unicode NFC."""
    return unicodedata.normalize("NFC", text.translate(TCVN3_TO_UNICODE))


def _vni_pair(match: re.Match[str]) -> str:
    base, mark = match.group(1), match.group(2)
    base = VNI_SINGLE.get(base, base)
    if mark in _VNI_TONES:
        return base + _VNI_TONES[mark]
    if mark in _VNI_CIRCUMFLEX and base in "aAeEoO":
        return base + CIRCUMFLEX + _VNI_CIRCUMFLEX[mark]
    if mark in _VNI_BREVE and base in "aA":
        return base + BREVE + _VNI_BREVE[mark]
    return match.group(0)


def decode_vni(text: str) -> str:
    """VNI text (as Latin-1 look-alikes) in Unicode NFC."""
    text = _VNI_PAIR.sub(_vni_pair, text)
    return unicodedata.normalize("NFC", "".join(VNI_SINGLE.get(ch, ch) for ch in text))


DECODERS = {TCVN3: decode_tcvn3, VNI: decode_vni}

# ---------------------------------------------------------------- reading whether a word is Vietnamese

_NUCLEUS = re.compile(r"[aăâeêioôơuưy]*")
_ONSET = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|q|r|s|t|v|x)?")
_CODA = re.compile(r"^(ch|ng|nh|c|m|n|p|t)?$")
_NUCLEI = frozenset(
    "a ă â e ê i o ô ơ u ư y "
    "ai ao au âu ay ây eo êu ia iê iu oa oă oe oi ôi ơi oo ôô ua uă uâ ưa uê ui ưi uo uô uơ ươ ưu uy yê "
    "iêu oai oao oay oeo uao uây uôi ươi ươu uya uyê uyu yêu".split()
)
_TONE_MARKS = frozenset((GRAVE, HOOK, TILDE, ACUTE, DOT))
_MODIFIERS = frozenset((CIRCUMFLEX, BREVE, HORN))
_VOWELS = frozenset("aăâeêioôơuưy")
_TOKEN = re.compile(r"[^\s0-9!-/:-@\[-`{-~\u2000-\u206f]+")
# Letters that only Unicode Vietnamese text has (no 8-bit look-alike produces them), and combining marks.
UNICODE_ONLY = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
                           "\u1ea0-\u1ef9\u0300-\u036f]")


def _syllable(word: str) -> bool | None:
    """True for a Vietnamese syllable, False for a word no Vietnamese text has, None for ASCII-only words."""
    if word.isascii():
        return None
    letters: list[str] = []
    tones = 0
    for ch in unicodedata.normalize("NFD", word.lower()):
        if ch in _TONE_MARKS:
            tones += 1
        elif ch in _MODIFIERS:
            if not letters:
                return False
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + ch)
        elif ("a" <= ch <= "z") or ch == "đ":
            letters.append(ch)
        else:
            return False
    plain = "".join(letters)
    if tones > 1 or any(len(ch) > 1 for ch in letters):
        return False
    if not any(ch in _VOWELS for ch in plain):
        return tones == 0  # "HĐND", "đ": no vowel, no tone
    longest = _ONSET.match(plain)  # the pattern is optional: it always matches, maybe empty
    for onset in {longest.group(0) if longest else "", plain[:1] if plain[:2] in ("gi", "qu") else None}:
        if onset is None:
            continue
        rest = plain[len(onset):]
        vowels = _NUCLEUS.match(rest)  # as optional
        nucleus = vowels.group(0) if vowels else ""
        if nucleus in _NUCLEI and _CODA.match(rest[len(nucleus):]):
            return True
    return False


def score(text: str) -> tuple[int, int]:
    """(Vietnamese syllables, words that cannot be Vietnamese) among the words with non-ASCII letters."""
    good = bad = 0
    for word in _TOKEN.findall(text):
        verdict = _syllable(word)
        if verdict is True:
            good += 1
        elif verdict is False:
            bad += 1
    return good, bad


# ---------------------------------------------------------------- converting a whole text

_FONT_PREFIXES = ((".vn", TCVN3), ("vn", TCVN3), ("vni-", VNI), ("vni ", VNI))


def font_encoding(font: str | None) -> tuple[str | None, bool]:
    """(encoding, upper-case font?) a Word font name implies: ".VnTime" TCVN3, ".VnTimeH" its capitals, "VNI-…"."""
    name = (font or "").strip().lower()
    if name.startswith((".vn", "vni")) or re.match(r"^vn[a-z]", name):
        encoding = VNI if name.startswith("vni") else TCVN3
        upper = encoding == TCVN3 and name.endswith("h")
        return encoding, upper
    return None, False


@dataclass(frozen=True)
class Conversion:
    text: str
    encoding: str | None  # TCVN3, VNI, or None when nothing was converted
    lines: int  # how many lines were converted


def convert_line(line: str, decode: Callable[[str], str], *, ties: bool = False) -> str | None:
    """The converted line when it reads better converted (or, with `ties`, no worse), else None."""
    if line.isascii() or UNICODE_ONLY.search(line):
        return None
    converted = decode(line)
    if converted == line:
        return None
    before, after = score(line), score(converted)
    better = after[1] < before[1] and after[0] > before[0]
    if better or (ties and after[1] <= before[1] and after[0] >= before[0]):
        return _capitals(line, converted)
    return None


def _capitals(line: str, converted: str) -> str:
    """TCVN3 has no toned capitals: text in the upper-case twin font (.VnTimeH) shows its lower-case codes as
    capitals. A line, or a word, whose ASCII letters are all capitals was typed in that font."""
    letters = [ch for ch in line if ch.isascii() and ch.isalpha()]
    if len(letters) >= 3 and all(ch.isupper() for ch in letters):
        return converted.upper()

    def word(match: re.Match[str]) -> str:
        ascii_letters = [ch for ch in match.group(0) if ch.isascii() and ch.isalpha()]
        return match.group(0).upper() if len(ascii_letters) >= 2 and all(
            ch.isupper() for ch in ascii_letters) else match.group(0)

    return re.sub(r"\w+", word, converted)


def detect(text: str, sample: int = 400_000) -> str | None:
    """The legacy encoding the text is typed in, or None for Unicode (judged on its first `sample` characters)."""
    head = text[:sample]
    lines = [ln for ln in head.split("\n") if not ln.isascii() and not UNICODE_ONLY.search(ln)]
    if not lines:
        return None
    best, best_gain = None, 0
    for name, decode in DECODERS.items():
        gain = 0
        for line in lines:
            before, after = score(line), score(decode(line))
            gain += (before[1] - after[1]) + (after[0] - before[0])
        if gain > best_gain:
            best, best_gain = name, gain
    return best if best_gain >= 4 else None


def to_unicode(text: str) -> Conversion:
    """The text in Unicode NFC, its TCVN3 or VNI lines converted (see the module's notes)."""
    encoding = detect(text)
    if encoding is None:
        return Conversion(unicodedata.normalize("NFC", text), None, 0)
    decode = DECODERS[encoding]
    # A line whose words read as Vietnamese both ways ("Phô lôc" is TCVN3 for "Phụ lục") is converted too,
    # unless the text also has Unicode Vietnamese lines: then it may be one of those.
    ties = UNICODE_ONLY.search(text) is None
    out, count = [], 0
    for line in text.split("\n"):
        converted = convert_line(line, decode, ties=ties)
        if converted is None:
            out.append(line)
        else:
            out.append(converted)
            count += 1
    return Conversion(unicodedata.normalize("NFC", "\n".join(out)), encoding if count else None, count)


def decode_run(text: str, font: str | None) -> str:
    """A Word run's text, converted when its font is a TCVN3 or VNI font (capitals for .VnTimeH)."""
    encoding, upper = font_encoding(font)
    if encoding is None or text.isascii() or UNICODE_ONLY.search(text):
        return text
    converted = DECODERS[encoding](text)
    return converted.upper() if upper else converted
