"""Text on its way in: every string the app stores is NFC with folded spaces."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0]+")


def nfc(text: str) -> str:
    """NFC form of `text`: decomposed accents (from some keyboards and PDFs) become single code points."""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str | None:
    """NFC, runs of spaces folded to one on every line, ends trimmed; None stays None."""
    if text is None:
        return None
    lines = (_SPACES.sub(" ", line).strip() for line in nfc(text).replace("\r\n", "\n").split("\n"))
    return "\n".join(lines).strip()
