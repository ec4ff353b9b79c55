"""Titles and subjects break between phrases, in balanced lines, the same in PDF and Word; headings are not
stretched."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.documents_helpers import pages, words
from tests.unit.test_compose import ISSUER, demo_plan
from tthc_desktop.documents.compose import compose_plan
from tthc_desktop.documents.fonts import reportlab_family
from tthc_desktop.documents.lines import balanced_lines, measure_with
from tthc_desktop.documents.pdf import PdfRenderer
from tthc_desktop.documents.rules import DEFAULT_RULES, MM
from tthc_desktop.domain.phrases import COMPOUNDS
from tthc_desktop.domain.phrases import words as phrase_pieces

WIDTH = (210 - 30 - 15) * MM * DEFAULT_RULES.subject_width  # a portrait subject's room
SUBJECTS = (
    "Ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2025 trên địa bàn xã Hành Dũng",
    "Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính quý I năm 2026",
    "Về việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính trên địa bàn phường "
    "Thống Nhất năm 2026",
    "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KIỂM SOÁT THỦ TỤC HÀNH CHÍNH QUÝ IV NĂM 2025",
    "Kế hoạch tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính và dịch vụ công "
    "trực tuyến trên Cổng Dịch vụ công quốc gia",
)
KEPT = ("thủ tục hành chính", "kiểm soát", "Ủy ban nhân dân", "một cửa, một cửa liên thông", "năm 2025",
        "năm 2026", "xã Hành Dũng", "phường Thống Nhất", "quý I", "phản ánh, kiến nghị", "dịch vụ công")


def measure(size: float = 14, face: str = "bold"):  # noqa: ANN201
    return measure_with(reportlab_family()[face], size)


def inside(text: str, lines: list[str]) -> list[str]:
    """The compounds of KEPT found in `text` that no single line holds whole (case as written)."""
    return [c for c in KEPT if c.lower() in text.lower() and not any(c.lower() in line.lower() for line in lines)]


@pytest.mark.parametrize("subject", SUBJECTS)
def test_a_subject_breaks_between_phrases_into_even_lines(subject: str) -> None:
    lines = balanced_lines(subject, measure(), WIDTH)
    assert " ".join(lines) == subject
    assert len(lines) == 2 or len(lines) == 3 and len(subject) > 100
    assert inside(subject, lines) == []
    widths = [measure()(line) for line in lines]
    assert max(widths) <= WIDTH
    assert min(widths) >= 0.55 * max(widths)  # balanced: no one-word tail
    assert not lines[0].endswith((" của", " và", " về", " trên"))  # no line ends on the word that opens a phrase


def test_the_demo_subject_reads_as_a_clerk_breaks_it() -> None:
    assert balanced_lines(SUBJECTS[0], measure(), WIDTH) == [
        "Ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính", "năm 2025 trên địa bàn xã Hành Dũng"]


def test_a_blank_to_fill_in_keeps_its_width_and_binds_its_neighbours() -> None:
    note = "(Kèm theo Báo cáo số      /BC-UBND ngày      tháng      năm 2026 của UBND xã Hành Dũng)"
    lines = balanced_lines(note, measure(14, "italic"), (297 - 45) * MM)
    assert lines == [note.replace("      ", "\u00a0" * 6)]


@given(st.lists(st.sampled_from([*COMPOUNDS, "và", "của", "trên", "năm 2026", "xã Hành Dũng", "các"]), min_size=1,
                max_size=18))
@settings(max_examples=150, deadline=None)
def test_no_line_ever_breaks_inside_a_compound(parts: list[str]) -> None:
    text = " ".join(parts)
    lines = balanced_lines(text, measure(), WIDTH)
    assert " ".join(lines) == text
    pieces = [p.replace("\u00a0", " ") for p in phrase_pieces(text)]  # where a line may end
    start = 0
    for line in lines:
        end = next((j for j in range(start + 1, len(pieces) + 1) if " ".join(pieces[start:j]) == line), None)
        assert end is not None, f"{line!r} ends inside a compound of {text!r}"
        start = end


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plan = demo_plan()
    plan["documents"][1]["sections"] = [
        {"kind": "heading", "label": "I", "text": "MỤC ĐÍCH, YÊU CẦU CỦA VIỆC TRIỂN KHAI THỰC HIỆN CÔNG TÁC KIỂM SOÁT "
         "THỦ TỤC HÀNH CHÍNH VÀ CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG TRÊN ĐỊA BÀN XÃ", "children": [
            {"kind": "paragraph", "label": None, "text": "Triển khai kịp thời.", "children": []}]}]
    path = tmp_path_factory.mktemp("titles") / "plan.pdf"
    path.write_bytes(PdfRenderer().render(compose_plan(plan, ISSUER)))
    return path


def test_the_pdf_prints_the_subject_in_the_same_lines(demo_pdf: Path) -> None:
    first = [" ".join(line.split()) for line in pages(demo_pdf)[0].splitlines()]
    assert "Ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính" in first
    assert "năm 2025 trên địa bàn xã Hành Dũng" in first


def test_a_wrapped_heading_is_not_stretched(demo_pdf: Path) -> None:
    """Left-aligned: the gaps between the words of its first line are ordinary spaces, not justified ones."""
    heading = [w for w in words(demo_pdf) if w.text in ("MỤC", "ĐÍCH,", "YÊU", "CẦU", "CỦA", "VIỆC")]
    line = sorted((w for w in heading if abs(w.y_min - heading[0].y_min) < 1), key=lambda w: w.x_min)
    gaps = [b.x_min - a.x_max for a, b in zip(line, line[1:], strict=False)]
    space = measure(DEFAULT_RULES.body_size)(" ")
    assert len(gaps) >= 4 and max(gaps) < space * 1.3
