"""Words the app writes into new documents (document template text, in Vietnamese by law)."""

from __future__ import annotations

from tthc_desktop.domain.enums import OrganizationLevel
from tthc_desktop.domain.plan_schema import DocumentJson

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


def decision_articles(plan_subject_text: str, level: OrganizationLevel, proposer: str | None) -> list[str]:
    """The four articles of a decision issuing the plan, as communes write them (seed 000)."""
    word = LEVEL_WORD[level]
    office = _capitalised(proposer) if proposer else f"Công chức Văn phòng - Thống kê UBND {word}"
    return [
        f"Ban hành kèm theo Quyết định này Kế hoạch {plan_subject_text[:1].lower()}{plan_subject_text[1:]}.",
        f"Các ban ngành, công chức chuyên môn thuộc UBND {word} căn cứ nhiệm vụ được giao tại Kế hoạch này, "
        "có trách nhiệm tổ chức triển khai thực hiện.",
        "Quyết định này có hiệu lực thi hành kể từ ngày ký.",
        f"{office}, Trưởng các ban ngành, đoàn thể và các tổ chức, cá nhân có liên quan chịu trách nhiệm "
        "thi hành Quyết định này.",
    ]


def decision_recipients(article_count: int, level: OrganizationLevel) -> list[str]:
    word = LEVEL_WORD[level]
    return [f"Như Điều {article_count};", f"CT, các PCT UBND {word};", "Lưu: VT."]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def decision_json(year: int, level: OrganizationLevel, name: str, plan_subject_text: str) -> DocumentJson:
    """A new decision issuing the plan, as plan JSON: subject, authority line, articles and recipients."""
    articles = decision_articles(plan_subject_text, level, None)
    return {
        "type": "QĐ",
        "subject": decision_subject(year, level, name),
        "authority_line": decision_authority_line(level, name),
        "articles": articles,
        "recipients": decision_recipients(len(articles), level),
    }
