"""The signature block's words (document template text), and who the chair is: the one rule for choosing a signer
and for "issued by the chair"."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import Protocol, TypeVar

from tthc_desktop.domain.enums import SigningAuthority

BODY_TITLE = "ỦY BAN NHÂN DÂN"
HEAD_TITLE = "CHỦ TỊCH"


def authority_line(
    authority: SigningAuthority, body_title: str = BODY_TITLE, head_title: str = HEAD_TITLE
) -> str | None:
    """ "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" ...; None when the signer signs in their own capacity."""
    if authority is SigningAuthority.NONE:
        return None
    if authority is SigningAuthority.TM:
        return f"{authority.value} {body_title}"
    return f"{authority.value} {head_title}"


def parse_authority(line: str | None) -> SigningAuthority:
    """The authority a printed line names: "KT. CHỦ TỊCH" -> KT; anything else -> NONE."""
    if not line:
        return SigningAuthority.NONE
    head = line.strip().split(" ", 1)[0].upper()
    for authority in SigningAuthority:
        if authority is not SigningAuthority.NONE and head == authority.value:
            return authority
    return SigningAuthority.NONE


# ---------------------------------------------------------------- the chair


class Official(Protocol):
    @property
    def position(self) -> str: ...
    @property
    def may_sign(self) -> bool: ...
    @property
    def active_to(self) -> date | None: ...


Person = TypeVar("Person", bound=Official)


def _words(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split()).upper()


def is_chair(position: str | None) -> bool:
    """The position is the chair's ("CHỦ TỊCH", whatever the case and spacing), not a vice-chair's."""
    return _words(position) == HEAD_TITLE


def is_signer(official: Official) -> bool:
    """Offered as a signer: may sign and is not retired."""
    return official.may_sign and official.active_to is None


def choose_signer(officials: Iterable[Person]) -> Person | None:
    """Who signs a new document: the chair among the signers, else the first signer, else nobody."""
    signers = [o for o in officials if is_signer(o)]
    return next((o for o in signers if is_chair(o.position)), signers[0] if signers else None)


def issued_by_chair(authority_line: str | None) -> bool:
    """A decision whose authority line is "CHỦ TỊCH ỦY BAN NHÂN DÂN ..." is issued by the chair, not the body."""
    return _words(authority_line).startswith(HEAD_TITLE + " ")


def issuer_words(authority_line: str | None, abbreviation: str, level_word: str) -> str:
    """How a sentence names who issued a document: "Chủ tịch UBND xã" or "UBND xã"."""
    body = f"{abbreviation} {level_word}"
    return f"Chủ tịch {body}" if issued_by_chair(authority_line) else body
