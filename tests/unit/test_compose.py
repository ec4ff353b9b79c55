"""Plan JSON to print job: every column set of the format document, two-level headers, wording rules."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.unit.documents_helpers import pages
from tthc_desktop.documents.compose import close_text, compose_plan, target_text, unit_cell
from tthc_desktop.documents.docx import DocxRenderer
from tthc_desktop.documents.model import Issuer, Orientation, Table
from tthc_desktop.documents.pdf import PdfRenderer
from tthc_desktop.domain.columns import column
from tthc_desktop.services.demo import demo_data

ISSUER = Issuer("Hành Dũng", "xã")

COLUMN_SETS = {
    "five": [column("stt", "STT"), column("content", "Nội dung công việc"),
             column("expected_result", "Kết quả công việc"), column("units", "Cơ quan, đơn vị thực hiện"),
             column("schedule", "Thời gian thực hiện")],
    "six": [column("stt", "STT"), column("content", "Nội dung công việc"), column("lead_units", "Cơ quan chủ trì"),
            column("cooperating_units", "Cơ quan phối hợp"), column("schedule", "Thời hạn hoàn thành"),
            column("expected_result", "Sản phẩm dự kiến hoàn thành")],
    "objective": [column("stt", "Stt"), column("objective", "Mục tiêu", "Nội dung thực hiện"),
                  column("content", "Nhiệm vụ", "Nội dung thực hiện"), column("expected_result", "Kết quả/Sản phẩm"),
                  column("lead_units", "Cơ quan chủ trì"), column("cooperating_units", "Cơ quan phối hợp"),
                  column("schedule", "Thời gian hoàn thành")],
    "assignment": [column("stt", "STT"), column("content", "Nội dung công việc"),
                   column("lead_units", "Bộ phận chủ trì", "Phân công thực hiện"),
                   column("cooperating_units", "Bộ phận phối hợp", "Phân công thực hiện"),
                   column("expected_result", "Kết quả công việc"), column("schedule", "Thời gian thực hiện")],
}


def demo_plan(columns: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    plan = copy.deepcopy(demo_data()["plan"])
    plan["documents"][0]["date"] = {"year": 2025, "month": 3, "day": 3}
    if columns:
        plan["task_columns"] = columns
    return plan


def test_the_last_article_closes_with_the_end_mark() -> None:
    assert close_text("thi hành Quyết định này.") == "thi hành Quyết định này./."
    assert close_text("kể từ ngày ký") == "kể từ ngày ký./."
    assert close_text("đã xong./.") == "đã xong./."


def test_units_in_one_cell_say_who_leads_and_who_cooperates() -> None:
    assert unit_cell(["Văn phòng - Thống kê"], ["Các ban, ngành"]) == (
        "- Văn phòng - Thống kê chủ trì.\n- Các ban, ngành phối hợp.")
    assert unit_cell(["Công chức tại Bộ phận Một cửa xã"], []) == "Công chức tại Bộ phận Một cửa xã."
    assert unit_cell(["A", "B."], []) == "- A.\n- B."


def test_targets_are_written_as_plans_write_them() -> None:
    assert target_text(">=", 60.0) == "Tối thiểu 60"
    assert target_text("=", 100.0) == "100"
    assert target_text(">=", 95.5) == "Tối thiểu 95,5"
    assert target_text("<=", 5.0) == "Tối đa 5"


def test_the_job_has_the_decision_the_plan_and_its_appendix() -> None:
    job = compose_plan(demo_plan(), ISSUER)
    assert [p.name for p in job.parts] == ["decision", "plan", "appendix-1"]
    assert [p.orientation for p in job.parts] == [Orientation.PORTRAIT, Orientation.LANDSCAPE, Orientation.LANDSCAPE]
    assert [p.name for p in compose_plan(demo_plan(), ISSUER, "decision").parts] == ["decision"]
    assert [p.name for p in compose_plan(demo_plan(), ISSUER, "plan").parts] == ["plan", "appendix-1"]


def test_a_plan_with_sections_puts_its_tables_in_numbered_appendices() -> None:
    plan = demo_plan()
    plan["documents"][1]["sections"] = [
        {"kind": "heading", "label": "I", "text": "MỤC ĐÍCH, YÊU CẦU", "children": [
            {"kind": "paragraph", "label": None, "text": "Triển khai kịp thời.", "children": []}]}]
    job = compose_plan(plan, ISSUER, "plan")
    assert [p.name for p in job.parts] == ["plan", "appendix-1", "appendix-2"]
    assert job.parts[0].orientation is Orientation.PORTRAIT
    labels = [p.blocks[0].label for p in job.parts[1:]]  # type: ignore[union-attr]
    assert labels == ["Phụ lục I", "Phụ lục II"]
    last = [b for b in job.parts[0].blocks if hasattr(b, "kind")][-1]
    assert last.text.endswith("./.")  # type: ignore[union-attr]


@pytest.mark.parametrize("name", list(COLUMN_SETS))
def test_every_column_set_prints_in_pdf_and_word(name: str, tmp_path: Path) -> None:
    columns = COLUMN_SETS[name]
    job = compose_plan(demo_plan(columns), ISSUER, "plan")
    table = next(b for b in job.parts[0].blocks if isinstance(b, Table))
    assert [c.title for c in table.columns] == [c["title"] for c in columns]
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(PdfRenderer().render(job))
    first = " ".join(pages(pdf)[0].split())
    for spec in columns:
        for word in (spec["group"] or spec["title"]).split()[:2]:
            assert word in first, (name, word)
    word_file = docx.Document(_docx(job, tmp_path))
    header = word_file.tables[0]
    titles = [c.text for c in header.rows[0].cells]
    if table.two_level:
        group = next(c["group"] for c in columns if c["group"])
        assert titles.count(group) >= 2  # one cell merged over its columns
        assert [c.text for c in header.rows[1].cells if c.text in {s["title"] for s in columns if s["group"]}]
        assert header.rows[0].cells[0]._tc is header.rows[1].cells[0]._tc  # STT spans both header rows
    else:
        assert titles == [c["title"] for c in columns]


def _docx(job, folder: Path) -> Path:  # noqa: ANN001
    path = folder / "plan.docx"
    path.write_bytes(DocxRenderer().render(job))
    return path


def test_a_standalone_plan_has_its_own_header_and_signature() -> None:
    plan = demo_plan()
    plan["documents"] = [dict(plan["documents"][1], number="18/KH-UBND", date={"year": 2023, "month": 2, "day": 3},
                              signer={"authority": "KT. CHỦ TỊCH", "position": "PHÓ CHỦ TỊCH", "name": "Nguyễn Văn A"},
                              recipients=["UBND huyện;", "Lưu: VT."])]
    job = compose_plan(plan, ISSUER)
    blocks = job.parts[0].blocks
    assert blocks[0].number_line == "Số: 18/KH-UBND"  # type: ignore[union-attr]
    assert blocks[0].date_line == "Hành Dũng, ngày 03 tháng 02 năm 2023"  # type: ignore[union-attr]
    signature = blocks[-1]
    assert signature.lines == ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")  # type: ignore[union-attr]
    assert signature.recipients == ("- UBND huyện;", "- Lưu: VT.")  # type: ignore[union-attr]
    appendix = job.parts[-1].blocks[0]
    assert appendix.note == "(Kèm theo Kế hoạch số 18/KH-UBND ngày 03/02/2023 của UBND xã)"  # type: ignore[union-attr]
