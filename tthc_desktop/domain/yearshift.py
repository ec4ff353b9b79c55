"""Moving a plan's text one year on when it is copied into next year's plan.

Prose moves only the years it names as "năm 2025"; a year inside a document number or the date of an
earlier document ("01/2025/QĐ-UBND", "ngày 03/01/2025") is history and stays. Schedule texts are
deadlines, so every year in them moves.
"""

from __future__ import annotations

import re
from typing import overload


@overload
def shift_prose(text: str, from_year: int, to_year: int) -> str: ...
@overload
def shift_prose(text: None, from_year: int, to_year: int) -> None: ...
@overload
def shift_prose(text: str | None, from_year: int, to_year: int) -> str | None: ...


def shift_prose(text: str | None, from_year: int, to_year: int) -> str | None:
    if text is None:
        return None
    return re.sub(rf"(?<=năm ){from_year}\b", str(to_year), text, flags=re.IGNORECASE)


def shift_schedule(text: str | None, from_year: int, to_year: int) -> str | None:
    if text is None:
        return None
    return re.sub(rf"(?<!\d){from_year}(?!\d)", str(to_year), text)


def names_documents_of(text: str, year: int) -> bool:
    """Whether a legal basis names a document of `year`: dated in it ("ngày 24/01/2025", "ngày 15 tháng 01 năm
    2025"), numbered in it ("44/2025/QĐ-UBND") or about it ("Kế hoạch … năm 2025"). A span of years ("giai đoạn
    2021 - 2025") is a programme that runs on, not last year's document."""
    return re.search(rf"(\d{{1,2}}/\d{{1,2}}/|\d/|năm ){year}(?!\d)(?!\s*[-–]\s*\d)", text, re.IGNORECASE) is not None
