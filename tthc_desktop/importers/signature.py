"""The signature block, however it was typed or laid out.

The signing authority in every spacing and spelling: "KT.CHỦ TỊCH", "KT. CHỦ TỊCH", "KT . CHỦ TỊCH", "K/T CHỦ
TỊCH", "TM.ỦY BAN NHÂN DÂN", "T/M UBND" are all written back as the legal format prints them ("KT. CHỦ TỊCH"),
which is what the app's signature rules read. A signature laid out in two columns (a borderless two-column table
in Word, or a copy that keeps the columns side by side with a tab or a run of spaces) is split into its columns:
"Nơi nhận:      KT. CHỦ TỊCH" is the recipients' title and the signer's first line.
"""

from __future__ import annotations

import re

from tthc_desktop.domain.enums import SigningAuthority

_SPELLINGS = {"TM": "TM.", "T/M": "TM.", "KT": "KT.", "K/T": "KT.", "Q": "Q.", "TL": "TL.", "T/L": "TL.",
              "TUQ": "TUQ.", "T/UQ": "TUQ."}
_AUTHORITY = re.compile(r"^(T/M|K/T|T/L|T/UQ|TUQ|TM|KT|TL|Q)\s*(?:\.\s*|:\s*|\s+)(?=\S)(.*)$", re.I)
# A head or body after the authority word: what makes "KT CHỦ TỊCH" an authority line and not a word.
_HEADS = re.compile(r"^(CHỦ\s*TỊCH|ỦY\s*BAN|UỶ\s*BAN|UBND|GIÁM\s*ĐỐC|TRƯỞNG|CHÁNH|THỦ\s*TRƯỞNG|BAN|HỘI\s*ĐỒNG|"
                    r"VĂN\s*PHÒNG|PHÓ)", re.I)
_COLUMNS = re.compile(r"\t+| {3,}|\u00a0{2,}")


def authority_line(text: str) -> str | None:
    """The authority line as the legal format prints it ("KT. CHỦ TỊCH"), or None when `text` is not one."""
    match = _AUTHORITY.match(text.strip())
    if match is None:
        return None
    head, rest = match.group(1).upper(), match.group(2).strip()
    if not _HEADS.match(rest):
        return None
    word = _SPELLINGS[head]
    assert any(word == a.value for a in SigningAuthority)
    return f"{word} {rest.upper()}"


def columns(raw: str) -> list[str]:
    """The columns of a line copied from a two-column layout (split at a tab or a run of three spaces)."""
    return [part.strip() for part in _COLUMNS.split(raw) if part.strip()]
