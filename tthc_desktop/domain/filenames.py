"""The names the app proposes for the files it saves: words a clerk reads ("Bao cao quy III nam 2026.pdf",
"Quyet dinh va Ke hoach so 05-QD-UBND nam 2026.docx"), never a code ("2026-Q3", "-both").

The words are the document's Vietnamese, folded to plain letters: a file name travels by e-mail, USB stick, Zalo
and old district servers, where "Báo cáo" often arrives as "B%C3%A1o c%C3%A1o" or "B?o c?o". Characters Windows
refuses in a name become "-" (a slash, as in a number) or a space (: * ? " < > |), and a name stays short enough
for a deep Documents folder.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from tthc_desktop.domain import periods, vnformat

MAX_STEM = 100  # characters before the suffix: Windows' 260-character paths leave room for the folders
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
_KIND_WORDS = {"half_year": "6 tháng đầu năm", "nine_months": "9 tháng đầu năm"}
DOCUMENT_WORDS = {"both": "Quyết định và Kế hoạch", "decision": "Quyết định", "plan": "Kế hoạch",
                  "report": "Báo cáo", "tracker": "Theo dõi nhiệm vụ"}


def period_words(key: str) -> str:
    """A period as a clerk says it, capitalised to begin a title or a name: "Quý III năm 2026", "Tháng 3 năm
    2026", "6 tháng đầu năm 2026", "9 tháng đầu năm 2026", "Năm 2026"."""
    year, kind, number = periods.parse_key(key)
    if kind == "month":
        return f"Tháng {number} năm {year}"
    if kind == "quarter":
        return f"Quý {vnformat.roman(number)} năm {year}"
    if kind in _KIND_WORDS:
        return f"{_KIND_WORDS[kind]} {year}"
    return f"Năm {year}"


def ascii_words(text: str) -> str:
    """Vietnamese folded to plain letters, case kept: "Báo cáo quý III" -> "Bao cao quy III", "Đề án" -> "De an"."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and ord(ch) < 128)


def file_name(words: str, suffix: str) -> str:
    """A file name from words: folded, without the characters Windows refuses, spaces kept, at most MAX_STEM
    characters (cut at a word), never a device name, ending in `.suffix`."""
    stem = ascii_words(words)
    stem = re.sub(r"[\\/]", "-", stem)  # "05/QĐ-UBND" -> "05-QD-UBND"
    stem = re.sub(r'[:*?"<>|\x00-\x1f]+', " ", stem)
    stem = re.sub(r"\s+", " ", stem).strip(" .-")
    if len(stem) > MAX_STEM:
        stem = stem[:MAX_STEM].rsplit(" ", 1)[0].rstrip(" .-,")
    if not stem or stem.casefold() in _RESERVED:
        stem = f"Tai lieu {stem}".strip()
    return f"{stem}.{suffix.lstrip('.')}"


def document_name(what: str, number_text: str | None, year: int, suffix: str) -> str:
    """ "Quyet dinh va Ke hoach so 05-QD-UBND nam 2026.pdf"; a draft: "Ke hoach nam 2026 (du thao).docx".
    `what`: both, decision, plan or tracker; `number_text` "05/QĐ-UBND" (None, or "/QĐ-UBND", for a draft)."""
    words = DOCUMENT_WORDS[what]
    number = (number_text or "").strip()
    if number and not number.startswith("/"):
        return file_name(f"{words} số {number} năm {year}", suffix)
    if what == "tracker":
        return file_name(f"{words} năm {year}", suffix)
    return file_name(f"{words} năm {year} (dự thảo)", suffix)


def slips_name(day: date, suffix: str) -> str:
    """ "Phieu nhac viec ngay 05-12-2026.pdf": the reminder slips made on `day`."""
    return file_name(f"Phiếu nhắc việc ngày {vnformat.short_date(day)}", suffix)


def timeline_name(year: int, paper: str) -> str:
    """ "Tien do nhiem vu nam 2026 kho A3.pdf": the tracker's timeline printed on `paper`."""
    return file_name(f"Tiến độ nhiệm vụ năm {year} khổ {paper}", "pdf")


def calendar_name(year: int) -> str:
    """ "Lich kiem soat TTHC nam 2026.ics": the plan's deadlines for a calendar."""
    return file_name(f"Lịch kiểm soát TTHC năm {year}", "ics")


def report_name(period_key: str, suffix: str, number_text: str | None = None) -> str:
    """ "Bao cao quy III nam 2026.pdf"; issued: "Bao cao so 05-BC-UBND quy III nam 2026.pdf"."""
    period = period_words(period_key)
    number = (number_text or "").strip()
    numbered = f" số {number}" if number and not number.startswith("/") else ""
    return file_name(f"Báo cáo{numbered} {period[0].lower()}{period[1:]}", suffix)
