"""The signature block's words: the signing authority line and its parsing (document template text)."""

from __future__ import annotations

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
