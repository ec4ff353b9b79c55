"""The legal format (Nghị định 30/2020/NĐ-CP, Phụ lục I) as numbers: the one place every renderer reads.

Defaults are the bold values of shared/domain/document-format.md; `RANGES` holds what the decree allows, and
`FormatRules.validated()` refuses anything outside it (the Settings dialog offers only these ranges).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

MM = 72 / 25.4  # points per millimetre
A4_MM = (210.0, 297.0)

# Single line spacing of Times New Roman / Liberation Serif as Word computes it (ascent + descent + gap,
# in ems). Word's "1.15 lines" is this times 1.15; the PDF leading uses the same product.
SINGLE_LINE_EM = 1.149


@dataclass(frozen=True)
class FormatRules:
    # page, millimetres
    margin_top: float = 20
    margin_bottom: float = 20
    margin_left: float = 30
    margin_right: float = 15
    # sizes, points
    parent_size: float = 13  # parent body line, upper case, regular
    issuer_size: float = 13  # issuing body, upper case, bold
    number_size: float = 13
    nation_size: float = 13  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold
    motto_size: float = 14  # "Độc lập - Tự do - Hạnh phúc", bold
    date_size: float = 14  # place and date, italic
    type_size: float = 14  # "QUYẾT ĐỊNH", bold
    subject_size: float = 14
    body_size: float = 14
    signature_size: float = 14
    recipients_title_size: float = 12  # "Nơi nhận:", bold italic
    recipients_size: float = 11
    table_size: float = 12
    page_number_size: float = 13
    appendix_label_size: float = 14
    # paragraphs
    first_line_indent_cm: float = 1.27
    space_after_pt: float = 6
    line_spacing: float = 1.15  # multiple of single spacing, the same in PDF and Word
    table_line_spacing: float = 1.0
    # the room left for signature and seal between position and name
    signature_gap_mm: float = 30
    # underlines, as a share of the text they sit under
    issuer_rule: float = 0.4  # decree: one third to one half
    subject_rule: float = 0.4  # decree: one third to one half
    rule_thickness_pt: float = 0.6
    # a subject wraps within this share of the text width, so its lines come out balanced
    subject_width: float = 0.8
    # table cell padding, left/right and top/bottom, points (the same in PDF and Word)
    cell_padding_pt: float = 3
    cell_padding_vertical_pt: float = 2
    # a task table with this many columns or more goes on landscape pages
    landscape_columns: int = 5

    def validated(self) -> FormatRules:
        for field in fields(self):
            low_high = RANGES.get(field.name)
            value = getattr(self, field.name)
            if low_high and not low_high[0] <= value <= low_high[1]:
                raise ValueError(f"{field.name}={value} outside {low_high[0]}–{low_high[1]}")
        return self

    def leading(self, size: float, spacing: float | None = None) -> float:
        """The distance between baselines for `size` at the rules' line spacing."""
        return size * SINGLE_LINE_EM * (self.line_spacing if spacing is None else spacing)


RANGES: dict[str, tuple[float, float]] = {
    "margin_top": (20, 25),
    "margin_bottom": (20, 25),
    "margin_left": (30, 35),
    "margin_right": (15, 20),
    "parent_size": (12, 13),
    "issuer_size": (12, 13),
    "number_size": (13, 13),
    "nation_size": (12, 13),
    "motto_size": (13, 14),
    "date_size": (13, 14),
    "type_size": (13, 14),
    "subject_size": (13, 14),
    "body_size": (13, 14),
    "signature_size": (13, 14),
    "table_size": (12, 13),
    "page_number_size": (13, 14),
    "first_line_indent_cm": (1.0, 1.27),
    "space_after_pt": (6, 24),
    "line_spacing": (1.0, 1.5),
    "issuer_rule": (1 / 3, 1 / 2),
    "subject_rule": (1 / 3, 1 / 2),
}

DEFAULT_RULES = FormatRules().validated()

# What a commune may set for itself in Settings (each within its range above); the rest follows the decree as is.
ADJUSTABLE: tuple[str, ...] = (
    "margin_top", "margin_bottom", "margin_left", "margin_right",
    "body_size", "issuer_size", "type_size", "table_size",
    "line_spacing", "first_line_indent_cm", "space_after_pt",
)


def allowed(key: str, value: object) -> bool:
    """Whether a commune may set `key` to `value`: an adjustable value, a number, within the decree's range."""
    if key not in ADJUSTABLE or isinstance(value, bool) or not isinstance(value, int | float):
        return False
    low, high = RANGES[key]
    return low <= value <= high


def adjusted(changes: dict[str, float] | None) -> FormatRules:
    """The default rules with a commune's stored adjustments; a value unknown or outside its range is ignored
    (a file edited by hand must not stop printing)."""
    # Named by the data, so typed by none: `allowed` lets through only ADJUSTABLE names, all float fields.
    chosen: dict[str, Any] = {key: float(value) for key, value in (changes or {}).items() if allowed(key, value)}
    return replace(DEFAULT_RULES, **chosen)

# How a table breaks over pages (PDF, Word, Excel): a row of up to KEEP_WHOLE_LINES lines moves whole to the next
# page; a longer one may be split, leaving at least MIN_PIECE_LINES lines on each page. A group row never ends a
# page.
KEEP_WHOLE_LINES = 5
MIN_PIECE_LINES = 2

# Relative column widths of the task and indicator tables, by column key (domain.columns).
COLUMN_WEIGHTS: dict[str, float] = {
    "stt": 0.7,
    "content": 4.2,
    "objective": 3.0,
    "expected_result": 3.4,
    "units": 2.8,
    "lead_units": 2.3,
    "cooperating_units": 2.3,
    "schedule": 1.6,
    "name": 5.0,
    "unit": 0.9,
    "target": 1.4,
    "upstream_target": 1.4,
    "last_year": 1.4,
    "basis": 2.6,
    "formula": 2.6,
}
CENTRED_COLUMNS = frozenset({"stt", "unit", "target", "upstream_target", "last_year", "schedule"})
