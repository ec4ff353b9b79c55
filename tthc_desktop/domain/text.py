"""Text on its way in: every string the app stores is NFC with folded spaces."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0]+")
# Word's manual line break (vertical tab), page and column breaks (form feed), and the separators of Unicode: a line
# break. Every other control character (NUL, bell, escape, DEL, C1 controls) and the non-characters XML refuses:
# nothing. Tab and line feed stay.
_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_LINE_BREAKS = re.compile(r"[\n\t]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def nfc(text: str) -> str:
    """NFC form of `text`: decomposed accents (from some keyboards and PDFs) become single code points."""
    return unicodedata.normalize("NFC", text)


def printable(text: str) -> str:
    """NFC with breaks as "\\n" and no control characters: text that every renderer (XML in .docx/.xlsx, PDF,
    mail headers aside) can hold. Meant both for text on its way in and for text already stored by older files."""
    return _CONTROLS.sub("", _BREAKS.sub("\n", nfc(text)))


def one_line(text: str) -> str:
    """`printable` on one line (a mail header, a name, a file name): breaks and tabs become spaces."""
    return _LINE_BREAKS.sub(" ", printable(text))


def clean(text: str | None) -> str | None:
    """`printable`, runs of spaces folded to one on every line, ends trimmed; None stays None."""
    if text is None:
        return None
    lines = (_SPACES.sub(" ", line).strip() for line in printable(text).split("\n"))
    return "\n".join(lines).strip()
