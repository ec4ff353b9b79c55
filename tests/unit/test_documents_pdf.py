"""The demo decision and plan as PDF, read back with poppler: text, fonts, pages, positions."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from tests.unit.documents_helpers import fonts, page_sizes, pages, pdftotext, words
from tthc_desktop.documents.rules import DEFAULT_RULES, MM
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services

A4 = (595.3, 841.9)


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pdf")
    database = Database.open(folder / "demo.sqlite")
    try:
        services = Services.for_database(database)
        plan_id = services.demo.create_seed().plan_id
        return services.printing.save(plan_id, folder / "demo.pdf")
    finally:
        database.close()


def test_the_first_page_has_the_header_title_and_date_line(demo_pdf: Path) -> None:
    first = pages(demo_pdf)[0]
    for line in ("ỦY BAN NHÂN DÂN", "XÃ HÀNH DŨNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Số: 48/QĐ-UBND", "Hành Dũng, ngày 03 tháng 3 năm 2025",
                 "QUYẾT ĐỊNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÀNH DŨNG"):
        assert line in first, line


def test_the_decision_has_its_articles_recipients_and_signer(demo_pdf: Path) -> None:
    text = "\n".join(pages(demo_pdf)[:3])
    flowing = " ".join(text.split())
    for piece in ("QUYẾT ĐỊNH:", "Điều 1.", "Điều 4.", "Quyết định này./.", "Nơi nhận:", "- Như Điều 4;",
                  "- Lưu: VT, VP.", "CHỦ TỊCH", "Trần Văn Thiện", "Theo đề nghị của công chức Văn phòng - Thống kê"):
        assert piece in flowing, piece


def test_the_plan_follows_on_a_new_page_with_its_issuing_note(demo_pdf: Path) -> None:
    all_pages = pages(demo_pdf)
    start = next(i for i, page in enumerate(all_pages) if "KẾ HOẠCH" in page)
    assert "Điều 4." not in all_pages[start]
    assert "(Ban hành kèm theo Quyết định số 48/QĐ-UBND ngày 03/3/2025 của Chủ tịch UBND xã)" in " ".join(
        all_pages[start].split())


def test_every_font_is_embedded_and_none_is_a_base14_font(demo_pdf: Path) -> None:
    rows = fonts(demo_pdf)
    assert len(rows) == 4
    for row in rows:
        assert row[-5] == "yes", row  # emb
        assert "Helvetica" not in row[0] and "Times-Roman" not in row[0]


def test_the_decision_is_portrait_and_the_wide_tables_landscape(demo_pdf: Path) -> None:
    sizes = page_sizes(demo_pdf)
    texts = pages(demo_pdf)
    assert len(sizes) == len(texts) >= 6
    for (width, height), text in zip(sizes, texts, strict=True):
        portrait = width < height
        assert abs(min(width, height) - A4[0]) < 1 and abs(max(width, height) - A4[1]) < 1
        if "Nội dung công việc" in text or "Nội dung chỉ tiêu" in text:
            assert not portrait
    assert sizes[0][0] < sizes[0][1]
    assert sizes[-1][0] > sizes[-1][1]


def test_table_headers_repeat_on_every_page_of_the_plan(demo_pdf: Path) -> None:
    texts = pages(demo_pdf)
    plan_pages = [t for t in texts if "Xây dựng, ban hành" in t or "Triển khai" in t or "Thường xuyên" in t]
    assert len(plan_pages) >= 3
    assert all("Nội dung công việc" in t and "Thời gian thực" in t for t in plan_pages)


def test_page_numbers_start_on_the_second_page_of_each_part(demo_pdf: Path) -> None:
    top_numbers: dict[int, str] = {}
    for word in words(demo_pdf):
        if word.y_max < DEFAULT_RULES.margin_top * MM and word.text.isdigit():
            top_numbers[word.page] = word.text
    texts = pages(demo_pdf)
    plan_start = next(i for i, t in enumerate(texts, start=1) if "KẾ HOẠCH" in t)
    appendix_start = next(i for i, t in enumerate(texts, start=1) if "Phụ lục" in t)
    assert 1 not in top_numbers and plan_start not in top_numbers and appendix_start not in top_numbers
    assert top_numbers[2] == "2" and top_numbers[3] == "3"
    assert top_numbers[plan_start + 1] == "2"
    assert top_numbers.get(plan_start + 2) == "3"


def test_text_stays_inside_the_margins(demo_pdf: Path) -> None:
    sizes = page_sizes(demo_pdf)
    r = DEFAULT_RULES
    for word in words(demo_pdf):
        width, height = sizes[word.page - 1]
        if word.y_max < r.margin_top * MM:  # the page number lives in the top margin
            continue
        assert word.x_min >= r.margin_left * MM - 0.5, word
        assert word.x_max <= width - r.margin_right * MM + 0.5, word
        assert word.y_max <= height - r.margin_bottom * MM + 0.5, word


def test_number_and_date_line_share_one_baseline(demo_pdf: Path) -> None:
    first_page = [w for w in words(demo_pdf) if w.page == 1]
    number = next(w for w in first_page if w.text == "48/QĐ-UBND")
    date_words = [w for w in first_page if w.text in ("Hành", "Dũng,", "ngày", "03")]
    by_line = defaultdict(list)
    for word in date_words:
        by_line[round(word.y_max)].append(word)
    # The baseline is the box bottom less the descent: 13 pt and 14 pt Liberation Serif descend 0.216 em.
    number_baseline = number.y_max - 0.216 * 13
    date_baseline = date_words[0].y_max - 0.216 * 14
    assert abs(number_baseline - date_baseline) < 0.75
    assert number.x_max < date_words[0].x_min


def test_a_draft_prints_blank_number_and_day(tmp_path: Path) -> None:
    database = Database.open(tmp_path / "draft.sqlite")
    try:
        services = Services.for_database(database)
        services.demo.create_seed()
        draft = services.plans.copy_plan(1, 2026)
        assert draft.decision is not None
        services.documents.update(draft.decision.id, issue_month=2)
        path = services.printing.save(draft.id, tmp_path / "draft.pdf", what="decision")
    finally:
        database.close()
    first = pages(path)[0]
    assert "Số:" in first and "/QĐ-UBND" in first and "48/QĐ-UBND" not in first
    assert "ngày" in first and "tháng 02 năm 2026" in first
    assert len(page_sizes(path)) <= 3


def test_the_signature_stays_with_the_last_article_and_the_recipients(demo_pdf: Path) -> None:
    page = next(p for p in pages(demo_pdf) if "Trần Văn Thiện" in p)
    assert "Nơi nhận:" in page and "- Lưu: VT, VP." in page and "Điều 4." in page


def test_a_row_taller_than_a_page_splits_and_loses_nothing(tmp_path: Path) -> None:
    from tests.unit.test_compose import ISSUER, demo_plan
    from tthc_desktop.documents.compose import compose_plan
    from tthc_desktop.documents.pdf import PdfRenderer

    plan = demo_plan()
    task = plan["outline"][0]["children"][0]
    task["text"] = " ".join(f"Câu số {n} của một nhiệm vụ rất dài, viết liền một ô trong bảng." for n in range(1, 161))
    path = tmp_path / "long.pdf"
    path.write_bytes(PdfRenderer().render(compose_plan(plan, ISSUER, "plan")))
    # -raw keeps a cell's text in drawing order; -layout would interleave the columns line by line.
    # A sentence may straddle a page break, with the repeated header between its halves: count starts and ends.
    flowing = " ".join(pdftotext(path, "-raw").split())
    assert [int(n) for n in re.findall(r"Câu số (\d+)\b", flowing)] == list(range(1, 161))
    assert flowing.count("bảng.") == 160
    holding = [i for i, p in enumerate(pages(path)) if "Câu số" in p]
    assert len(holding) >= 2  # the one row runs over more than one page
    assert all("Nội dung công việc" in pages(path)[i] for i in holding)  # under the repeated header
