"""The report's tables from the figures snapshot, as typed cells that both the print job and the workbook use.

A cell keeps its value and its kind (text, integer, percent, number) rather than a formatted string: the PDF
prints "95,5%", the workbook stores 0.955 formatted "0.0%", and both come from the same cell.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tthc_desktop.documents import numbers
from tthc_desktop.domain import vnformat
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.domain.tracking import Attainment
from tthc_desktop.reports.content import Figures, day, indicator_standing
from tthc_desktop.reports.template import ReportTemplate, TableSpec, fill_words
from tthc_desktop.reports.words import ATTAINMENT_WORDS, STATUS_WORDS, units_text

TEXT, INTEGER, PERCENT, NUMBER, DATE = "text", "integer", "percent", "number", "date"
TOTAL_WORDS = "Tổng cộng"
SHEET_NAMES = {"tasks": "Nhiệm vụ", "indicators": "Chỉ tiêu", "dossiers": "Biểu 06"}


@dataclass(frozen=True)
class Cell:
    value: str | int | float | date | None
    kind: str = TEXT

    def text(self) -> str:
        """As printed: "1.250", "95,5%", "20/6/2025", "" for no figure."""
        value = self.value
        if value is None:
            return ""
        if self.kind == DATE and isinstance(value, date):
            return vnformat.short_date(value)
        if isinstance(value, int | float):
            if self.kind == INTEGER:
                return numbers.number(value, 0)
            if self.kind == PERCENT:
                return numbers.percent(value)
            if self.kind == NUMBER:
                return numbers.number(value)
        return str(value)


@dataclass(frozen=True)
class TableColumn:
    title: str
    width: float  # in characters, as a spreadsheet counts them; the PDF shares its width in these proportions
    group: str | None = None  # a header over several columns
    centred: bool = False


@dataclass(frozen=True)
class TableRow:
    cells: tuple[Cell, ...]
    group: bool = False  # a group title across the row
    total: bool = False  # the total row: bold
    numbering: bool = False  # the "(1) (2) (3) ..." row under the header of a form


@dataclass(frozen=True)
class ReportTable:
    key: str  # "tasks", "indicators", "dossiers"
    title: str
    sheet: str  # the worksheet's name
    columns: tuple[TableColumn, ...]
    rows: tuple[TableRow, ...]
    unit_note: str | None = None  # "Đơn vị tính: hồ sơ"
    subtitle: str | None = None  # the workbook's line under the title, when not the report's period line

    @property
    def two_level(self) -> bool:
        return any(c.group for c in self.columns)


def _texts(*values: str | None) -> tuple[Cell, ...]:
    return tuple(Cell(v or "") for v in values)


def _evidence_cell(evidence: list[dict[str, Any]]) -> str:
    lines = []
    for e in evidence:
        head = " ".join(p for p in (f"Số {e['number']}" if e.get("number") else "",
                                    f"ngày {day(e['date'])}" if e.get("date") else "") if p)
        subject = e.get("subject") or ""
        lines.append(f"{head}: {subject}" if head and subject else head or subject)
    return "\n".join(line for line in lines if line)


def task_table(spec: TableSpec, figures: Figures, words: dict[str, str]) -> ReportTable:
    end = day(figures["at"])
    columns = (
        TableColumn("STT", 6, centred=True), TableColumn("Nội dung nhiệm vụ", 50),
        TableColumn("Đơn vị thực hiện", 24), TableColumn("Thời gian thực hiện", 16, centred=True),
        TableColumn(f"Tình trạng đến ngày {end}", 16, centred=True), TableColumn("Văn bản minh chứng", 34),
    )
    rows = []
    for item in figures["outline"]:
        if item["kind"] == "group":
            rows.append(TableRow(_texts(item["label"], item["text"], "", "", "", ""), group=True))
            continue
        units = units_text(item.get("lead_units") or [], item.get("cooperating_units") or [])
        rows.append(TableRow(_texts(item["label"], item["text"], units,
                                    item.get("schedule"), STATUS_WORDS[TaskStatus(item["status"])],
                                    _evidence_cell(item.get("evidence") or []))))
    return ReportTable("tasks", fill_words(spec.title, words), SHEET_NAMES["tasks"], columns, tuple(rows))


def figure_cell(value: float | None, unit: str | None) -> Cell:
    """A figure as a number cell ("%" units as a percent); an older file's ∞ or NaN stays the figure it is, printed as
    stored ("∞%", the checks flag it)."""
    if value is None:
        return Cell(None)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return Cell(numbers.INVALID)
    if (unit or "%").strip() == "%":
        return Cell(float(value), PERCENT)
    return Cell(int(value) if float(value).is_integer() else float(value), NUMBER)


def target_cell(indicator: dict[str, Any]) -> Cell:
    """ "Tối thiểu 60%", "Tối đa 5": a target prints with its words; an exact target as its figure."""
    if indicator.get("comparator") in (">=", "<=") and indicator.get("target") is not None:
        return Cell(numbers.target_words(indicator["comparator"], indicator["target"], indicator.get("unit") or "%"))
    return figure_cell(indicator.get("target"), indicator.get("unit"))


INDICATOR_COLUMNS = (
    TableColumn("STT", 6, centred=True), TableColumn("Nội dung chỉ tiêu", 48),
    TableColumn("Đơn vị tính", 9, centred=True), TableColumn("Chỉ tiêu", 16, centred=True),  # "Tối thiểu 60%"
    TableColumn("Kỳ này", 11, centred=True), TableColumn("Đánh giá kỳ này", 14, centred=True),
    TableColumn("Lũy kế năm", 11, centred=True), TableColumn("Đánh giá lũy kế", 14, centred=True),
)


def indicator_table(spec: TableSpec, figures: Figures, words: dict[str, str]) -> ReportTable:
    return ReportTable("indicators", fill_words(spec.title, words), SHEET_NAMES["indicators"], INDICATOR_COLUMNS,
                       indicator_rows(figures["indicators"]))


STANDING_COLUMN = TableColumn("Đánh giá chung", 14, centred=True)
# "Đánh giá chung": the indicator's standing (domain.tracking.standing), the verdict the dashboard and the
# report's sentences give: year to date when there is a year-to-date figure, else this period's figure.


def indicator_rows(indicators: list[dict[str, Any]], standing: bool = False) -> tuple[TableRow, ...]:
    """One row per indicator (figures' fields), a group row before each new group; with `standing`, a last cell
    with the indicator's standing (under STANDING_COLUMN)."""
    rows, group = [], None
    width = len(INDICATOR_COLUMNS) + standing
    for i in indicators:
        if i.get("group") and i["group"] != group:
            group = i["group"]
            rows.append(TableRow(_texts(group, i.get("group_title"), *[""] * (width - 2)), group=True))
        cells: tuple[Cell, ...] = (
            Cell(i.get("label") or ""), Cell(i["name"]), Cell(i.get("unit") or ""), target_cell(i),
            figure_cell(i["value"], i.get("unit")), Cell(ATTAINMENT_WORDS[Attainment(i["attainment"])]),
            figure_cell(i["ytd_value"], i.get("unit")), Cell(ATTAINMENT_WORDS[Attainment(i["ytd_attainment"])]),
        )
        if standing:
            cells += (Cell(ATTAINMENT_WORDS[indicator_standing(i).attainment]),)
        rows.append(TableRow(cells))
    return tuple(rows)


def dossier_table(spec: TableSpec, figures: Figures, words: dict[str, str]) -> ReportTable:
    received, settled, pending = "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết"
    columns = (
        TableColumn("STT", 6, centred=True), TableColumn("Lĩnh vực", 30),
        TableColumn("Tổng số", 9, received, True), TableColumn("Trực tuyến", 9, received, True),
        TableColumn("Trực tiếp, bưu chính", 10, received, True),
        TableColumn("Từ kỳ trước chuyển qua", 10, received, True),
        TableColumn("Tổng số", 9, settled, True), TableColumn("Trước hạn", 9, settled, True),
        TableColumn("Đúng hạn", 9, settled, True), TableColumn("Quá hạn", 9, settled, True),
        TableColumn("Tổng số", 9, pending, True), TableColumn("Trong hạn", 9, pending, True),
        TableColumn("Quá hạn", 9, pending, True),
    )
    table = figures["dossiers"]
    rows = [TableRow(tuple(Cell(f"({n})") for n in range(1, 14)), numbering=True)]
    for number, row in enumerate(table["rows"], start=1):
        rows.append(TableRow((Cell(number, INTEGER), Cell(row["field"]),
                              *(Cell(v, INTEGER) for v in row["counts"]))))
    rows.append(TableRow((Cell(""), Cell(TOTAL_WORDS), *(Cell(v, INTEGER) for v in table["total"])), total=True))
    return ReportTable("dossiers", fill_words(spec.title, words), SHEET_NAMES["dossiers"], columns, tuple(rows),
                       unit_note="Đơn vị tính: hồ sơ")


_BUILDERS = {"tasks": task_table, "indicators": indicator_table, "dossiers": dossier_table}


def build_tables(template: ReportTemplate, figures: Figures) -> tuple[ReportTable, ...]:
    """The template's tables, in its order."""
    return tuple(_BUILDERS[spec.table](spec, figures, figures["words"]) for spec in template.tables)
