"""Task tables break over pages as a careful secretary breaks them, read back from the PDF with pdfplumber.

A made-up plan of groups and tasks of known lengths (one line to twenty), rendered eight times with the first task
a line longer each time, so that every kind of row meets the foot of a page somewhere. On every page of the
table: the header is at the top; the last row is not a group row; the table is closed by a rule under its last
line; a task of up to five lines is on one page; a longer task split over two pages keeps at least two lines on
each. Each task's words are numbered ("t7w012": task 7, word 12) so they can be found wherever they fall.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from tests.unit.test_compose import ISSUER, demo_plan
from tthc_desktop.documents.compose import compose_plan
from tthc_desktop.documents.pdf import PdfRenderer
from tthc_desktop.documents.rules import DEFAULT_RULES, KEEP_WHOLE_LINES, MIN_PIECE_LINES, MM

# Words per task: about six of these words fill a line of the content column, so 3 words is one line, 120 twenty.
LENGTHS = (3, 12, 90, 20, 6, 50, 30, 26, 120, 14, 36, 8, 70, 24, 28, 3, 60, 18)
GROUP_EVERY = 3


def task(number: int, words: int) -> dict[str, Any]:
    text = " ".join(f"t{number}w{w:03d}" for w in range(1, words + 1))
    return {"kind": "task", "label": str(number), "text": text, "expected_result": "", "lead_units": ["Văn phòng"],
            "cooperating_units": [], "schedule_text": "Quý I", "children": []}


def plan_with(first_extra: int) -> dict[str, Any]:
    plan = demo_plan()
    plan["documents"] = [d for d in plan["documents"] if d["type"] == "KH"]
    plan["documents"][0]["sections"] = []
    plan["indicators"] = []
    groups = []
    for number, words in enumerate(LENGTHS, start=1):
        if (number - 1) % GROUP_EVERY == 0:
            label = chr(ord("A") + len(groups))
            groups.append({"kind": "group", "label": label, "text": f"NHÓM{label} nhóm nhiệm vụ", "children": []})
        groups[-1]["children"].append(task(number, words + (6 * first_extra if number == 1 else 0)))
    plan["outline"] = groups
    return plan


@pytest.fixture(scope="module", params=range(8))
def pdf(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("breaks") / f"plan-{request.param}.pdf"
    path.write_bytes(PdfRenderer().render(compose_plan(plan_with(request.param), ISSUER, "plan")))
    return path


def table_pages(path: Path) -> list[dict[str, Any]]:
    """Per page: its words below the top margin, the horizontal rules, and the table's left and right edges."""
    result = []
    with pdfplumber.open(path) as document:
        for page in document.pages:
            top = DEFAULT_RULES.margin_top * MM  # the page number lives above
            words = [w for w in page.extract_words(extra_attrs=["fontname"]) if w["top"] > top]
            rules = [(e["top"], e["x0"], e["x1"]) for e in page.edges if e["orientation"] == "h"]
            verticals = [e["x0"] for e in page.edges if e["orientation"] == "v"]
            result.append({"words": words, "rules": rules, "left": min(verticals, default=0),
                           "right": max(verticals, default=0)})
    return result


def line_tops(words: list[dict[str, Any]]) -> int:
    return len({round(w["top"]) for w in words})


def test_every_page_of_the_table_is_closed_and_headed_and_never_ends_on_a_group(pdf: Path) -> None:
    for number, page in enumerate(table_pages(pdf), start=1):
        texts = [w["text"] for w in page["words"]]
        assert "Nội" in texts and "công" in texts, f"page {number}: no header"  # "Nội dung công việc"
        body = [w for w in page["words"] if w["text"].startswith(("t", "NHÓM"))]
        lowest = max(body, key=lambda w: w["bottom"])
        last_line = [w for w in body if abs(w["top"] - lowest["top"]) < 2]
        assert not any(w["text"].startswith("NHÓM") for w in last_line), f"page {number} ends on a group row"
        # A rule right under the last line, across the whole table.
        under = [(x0, x1) for top, x0, x1 in page["rules"] if 0 <= top - lowest["bottom"] < 12]
        covered = sum(x1 - x0 for x0, x1 in under)
        assert covered >= (page["right"] - page["left"]) - 1, f"page {number}: the table is not closed"


def test_short_rows_move_whole_and_long_ones_keep_two_lines_on_each_page(pdf: Path) -> None:
    where: dict[int, dict[int, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for number, page in enumerate(table_pages(pdf), start=1):
        for word in page["words"]:
            text = word["text"]
            if text.startswith("t") and "w" in text and text[1:text.index("w")].isdigit():
                where[int(text[1:text.index("w")])][number].append(word)
    assert sorted(where) == list(range(1, len(LENGTHS) + 1))  # every task printed
    split = 0
    for task_number, pages in where.items():
        lines = {page: line_tops(words) for page, words in pages.items()}
        if sum(lines.values()) <= KEEP_WHOLE_LINES:
            assert len(pages) == 1, f"task {task_number} of {sum(lines.values())} lines split: {lines}"
        else:
            assert all(count >= MIN_PIECE_LINES for count in lines.values()), f"task {task_number}: {lines}"
            split += len(pages) > 1
    assert split, "no long row was split in this layout"
