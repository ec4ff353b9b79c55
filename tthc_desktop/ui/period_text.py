"""A reporting period in the UI's language, in words: "Quý III năm 2026" / "Quarter III of 2026", never the key
("2026-Q3") the database keeps it by. (Documents word periods in Vietnamese by law: reports.words.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tthc_desktop.domain import periods
from tthc_desktop.domain.vnformat import roman


def period_text(key: str) -> str:
    year, kind, number = periods.parse_key(key)
    if kind == "month":
        return QCoreApplication.translate("PeriodText", "Month {month} of {year}").format(month=number, year=year)
    if kind == "quarter":
        return QCoreApplication.translate("PeriodText", "Quarter {quarter} of {year}").format(
            quarter=roman(number), year=year)
    if kind == "half_year":
        return QCoreApplication.translate("PeriodText", "First 6 months of {year}").format(year=year)
    if kind == "nine_months":
        return QCoreApplication.translate("PeriodText", "First 9 months of {year}").format(year=year)
    return QCoreApplication.translate("PeriodText", "Year {year}").format(year=year)
