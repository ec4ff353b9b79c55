"""Words the app writes into new documents (document template text, in Vietnamese by law)."""

from __future__ import annotations

from tthc_desktop.domain.enums import OrganizationLevel

LEVEL_WORD = {
    OrganizationLevel.COMMUNE: "xã",
    OrganizationLevel.WARD: "phường",
    OrganizationLevel.TOWNSHIP: "thị trấn",
}


def plan_subject(year: int, level: OrganizationLevel, name: str) -> str:
    return f"Hoạt động kiểm soát thủ tục hành chính năm {year} trên địa bàn {LEVEL_WORD[level]} {name}"


def decision_subject(year: int, level: OrganizationLevel, name: str) -> str:
    return (
        f"Ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính năm {year} "
        f"trên địa bàn {LEVEL_WORD[level]} {name}"
    )


def decision_authority_line(level: OrganizationLevel, name: str) -> str:
    return f"CHỦ TỊCH ỦY BAN NHÂN DÂN {LEVEL_WORD[level].upper()} {name.upper()}"
