"""Every .docx and .xlsx the app writes passes the ISO/IEC 29500 schemas (validate-ooxml): what Word and Excel
open without "repairing" it.

The files: the demo's decision + plan (and each alone), a report of every kind and period of a year (Word and
Excel; drafts, and one issued), the tracker's export, the living demo's plan, reports and tracker (tracked figures,
evidence, issued reports), a plan imported from Word and printed again, a plan with every optional part (parent
body, sections at three levels, two-level headers, grouped indicators with every column, a deputy's signature),
and a plan whose stored text and figures a renderer must make printable (control characters; NaN and infinite
figures, printed as stored). All are checked in one run of the schemas (tests/unit/ooxml.py).
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.unit.ooxml import schema_errors
from tests.unit.test_compose import COLUMN_SETS, ISSUER, demo_plan
from tthc_desktop.documents.compose import compose_plan
from tthc_desktop.documents.docx import DocxRenderer
from tthc_desktop.documents.model import Issuer
from tthc_desktop.domain.periods import KINDS, periods_of_year
from tthc_desktop.reports.tables import Cell, ReportTable, TableColumn, TableRow
from tthc_desktop.reports.xlsx import workbook
from tthc_desktop.services.database import Database
from tthc_desktop.services.demo import DemoService
from tthc_desktop.services.registry import Services
from tthc_desktop.services.reports import ReportService
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import DossierRowInput
from tthc_desktop.services.tracking_export import export_tracker

FILES: dict[str, Path] = {}


def report_periods() -> list[str]:
    """Every kind of report; every quarter (the report most sent), the first and last month."""
    keys = []
    for kind in KINDS:
        periods = periods_of_year(2025, kind)
        keys += [p.key for p in (periods if kind == "quarter" else periods[:1] if kind != "month" else
                                 (periods[0], periods[-1]))]
    return keys


def every_part_plan() -> dict:
    """The demo plan with every optional part the print job knows."""
    plan = demo_plan(COLUMN_SETS["objective"])
    decision, plan_doc = plan["documents"]
    decision["signer"] = {"authority": "KT. Chủ tịch", "position": "Phó Chủ tịch", "name": "Nguyễn Văn An"}
    plan_doc["sections"] = [
        {"kind": "heading", "label": "I", "text": "MỤC ĐÍCH, YÊU CẦU", "children": [
            {"kind": "heading", "label": "1", "text": "Mục đích", "children": [
                {"kind": "paragraph", "label": "a", "text": "Kiểm soát chặt chẽ việc ban hành thủ tục hành chính.",
                 "children": []},
                {"kind": "bullet", "label": None, "text": "Công khai, minh bạch.", "children": []}]},
            {"kind": "heading", "label": "1.1", "text": "Yêu cầu cụ thể", "children": [
                {"kind": "paragraph", "label": None, "text": "Đúng tiến độ.", "children": []}]}]},
        {"kind": "heading", "label": "II", "text": "TỔ CHỨC THỰC HIỆN", "children": [
            {"kind": "paragraph", "label": None, "text": "Các bộ phận triển khai thực hiện.", "children": []}]}]
    plan_doc["signer"] = {"authority": "KT. Chủ tịch", "position": "Phó Chủ tịch", "name": "Nguyễn Văn An"}
    plan_doc["recipients"] = ["UBND huyện (b/c);", "Lưu: VT, VP."]
    plan["task_appendix_title"] = "Danh mục nhiệm vụ"
    plan["indicator_appendix_title"] = "Chỉ tiêu kiểm soát thủ tục hành chính"
    plan["indicator_columns"] = [{"key": k, "title": t} for k, t in (
        ("stt", "STT"), ("name", "Nội dung chỉ tiêu"), ("unit", "Đơn vị"), ("target", "Chỉ tiêu năm 2025"),
        ("upstream_target", "Chỉ tiêu tỉnh giao"), ("last_year", "Năm 2024"), ("lead_units", "Chủ trì"),
        ("cooperating_units", "Phối hợp"), ("basis", "Căn cứ thực hiện"), ("formula", "Cách tính"))]
    for number, indicator in enumerate(plan["indicators"]):
        indicator.update(group="A" if number < 5 else "B", group_title="Nhóm chỉ tiêu " + ("A" if number < 5 else "B"),
                         upstream_target=90, last_year=85.5, lead_units=["Văn phòng - Thống kê"],
                         cooperating_units=["Bộ phận Một cửa"], basis="Kế hoạch của UBND tỉnh",
                         formula="Số hồ sơ đúng hạn / tổng số hồ sơ")
    return plan


def unprintable_plan() -> dict:
    """Stored text as old files and pastes left it: Word's breaks, control characters; figures no one can write."""
    plan = demo_plan()
    task = plan["outline"][0]["children"][0]
    task["text"] = "Nhiệm vụ\x0bcó ngắt dòng của Word,\x01 ký tự điều khiển\x1f và \x7f xóa; =SUM(A1)"
    plan["documents"][0]["subject"] += "\x0c"
    plan["indicators"][0]["target"] = math.nan
    plan["indicators"][1]["target"] = math.inf
    plan["indicators"][2]["last_year"] = -math.inf
    plan["indicators"][3]["target"] = 1e300
    return plan


LIVING_TODAY = date(2026, 10, 20)  # the living demo: last year closed, this year tracked to the third quarter


def living_demo(folder: Path) -> None:
    """The demo as a first run makes it (create_demo: tracked figures, evidence, issued and sent reports), on a
    fixed day: this year's plan, its third quarter's report (issued in the demo's story) and the first half-year's,
    last year's year report, and the tracker's export."""
    folder.mkdir()
    database = Database.open(folder / "living.sqlite")
    try:
        services = Services.for_database(database)
        demo = DemoService(database.session_factory, today=lambda: LIVING_TODAY).create_demo()
        tracking = TrackingService(database.session_factory, today=lambda: LIVING_TODAY, storage=folder / "store")
        reports = ReportService(database.session_factory, today=lambda: LIVING_TODAY, tracking=tracking,
                                templates=folder / "no-templates")
        FILES["living-plan"] = services.printing.save(demo.plan_id, folder / "living-plan.docx")
        assert demo.last_year_plan_id is not None
        for plan_id, key in ((demo.plan_id, "2026-Q3"), (demo.plan_id, "2026-H1"), (demo.last_year_plan_id, "2025-Y")):
            report = reports.find(plan_id, key) or reports.create_draft(plan_id, key)
            for suffix in ("docx", "xlsx"):
                FILES[f"living-{key}.{suffix}"] = reports.export(report.report_id, folder / f"living-{key}.{suffix}")
        FILES["living-tracker"] = export_tracker(tracking, demo.plan_id, "2026-Q3", folder / "living-theo-doi.xlsx",
                                                 today=lambda: LIVING_TODAY)
    finally:
        database.close()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("ooxml")
    database = Database.open(folder / "all.sqlite")
    try:
        services = Services.for_database(database)
        plan_id = services.demo.create_seed().plan_id
        for what in ("both", "decision", "plan"):
            FILES[f"demo-{what}"] = services.printing.save(plan_id, folder / f"demo-{what}.docx", what=what)
        today = date(2026, 1, 20)
        tracking = TrackingService(database.session_factory, today=lambda: today, storage=folder / "store")
        reports = ReportService(database.session_factory, today=lambda: today, tracking=tracking,
                                templates=folder / "no-templates")
        tasks = tracking.tasks(plan_id=plan_id)
        tracking.record_progress(tasks[0].task_id, "done", date(2025, 3, 10))
        tracking.set_dossier_rows("2025-Q1", [DossierRowInput("=SUM(A1)", received_online=5, settled_on_time=5)])
        for key in report_periods():
            draft = reports.create_draft(plan_id, key)
            for suffix in ("docx", "xlsx"):
                FILES[f"report-{key}.{suffix}"] = reports.export(draft.report_id, folder / f"report-{key}.{suffix}")
        issued = reports.issue(reports.find(plan_id, "2025-Q2").report_id, date(2025, 6, 20), number=7)
        for suffix in ("docx", "xlsx"):
            FILES[f"issued.{suffix}"] = reports.export(issued.report_id, folder / f"issued.{suffix}")
        FILES["tracker"] = export_tracker(tracking, plan_id, "2025-Q2", folder / "theo-doi.xlsx",
                                          today=lambda: date(2025, 6, 20))
        imported = services.importing.save(services.importing.read(FILES["demo-both"]))
        FILES["imported"] = services.printing.save(imported.id, folder / "imported.docx")
    finally:
        database.close()
    living_demo(folder / "living")
    for name, plan, issuer in (
            ("every-part", every_part_plan(),
             Issuer("Hành Dũng", "xã", parent_line="ỦY BAN NHÂN DÂN HUYỆN NGHĨA HÀNH")),
            ("unprintable", unprintable_plan(), ISSUER)):
        path = folder / f"{name}.docx"
        path.write_bytes(DocxRenderer().render(compose_plan(plan, issuer)))
        FILES[name] = path
    strange = ReportTable("t", "Bảng \x01 thử", "Thử", (TableColumn("A", 10), TableColumn("B", 10)), (
        TableRow((Cell(math.nan, "number"), Cell(math.inf, "percent"))),
        TableRow((Cell("=1+1"), Cell("@người \x0b dùng"))),
        TableRow((Cell(1e300, "number"), Cell(-0.0, "integer")))))
    FILES["unprintable.xlsx"] = folder / "unprintable.xlsx"
    FILES["unprintable.xlsx"].write_bytes(workbook([strange], "dòng\x02"))
    return dict(FILES)


@pytest.fixture(scope="module")
def errors(files: dict[str, Path]) -> dict[str, list[str]]:
    """Schema errors by file name, all files checked in one run."""
    found: dict[str, list[str]] = {path.name: [] for path in files.values()}
    for line in schema_errors(*files.values()):
        found.setdefault(line.split(" ", 1)[0], []).append(line)
    return found


def names() -> Iterator[str]:
    yield from ("demo-both", "demo-decision", "demo-plan", "tracker", "imported", "every-part", "unprintable",
                "unprintable.xlsx", "issued.docx", "issued.xlsx", "living-plan", "living-tracker")
    for key in ("2026-Q3", "2026-H1", "2025-Y"):
        yield from (f"living-{key}.docx", f"living-{key}.xlsx")
    for key in report_periods():
        yield from (f"report-{key}.docx", f"report-{key}.xlsx")


@pytest.mark.parametrize("name", list(names()))
def test_the_file_has_no_schema_error(files: dict[str, Path], errors: dict[str, list[str]], name: str) -> None:
    path = files[name]
    assert path.stat().st_size > 0
    assert errors[path.name] == []


def test_the_checker_finds_what_word_would_repair(tmp_path: Path, files: dict[str, Path]) -> None:
    """The check is real: the same file with a property out of the schema's order fails it."""
    import zipfile

    source = files["demo-decision"]
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(broken, "w") as copy_:
        text = original.read("word/document.xml").decode()
        copy_.writestr("word/document.xml", text.replace("<w:pgNumType w:start=\"1\"/>", "", 1).replace(
            "</w:sectPr>", "<w:pgNumType w:start=\"1\"/></w:sectPr>", 1))
        copy_.writestr("word/styles.xml", original.read("word/styles.xml"))
    found = schema_errors(broken)
    assert len(found) == 1 and "pgNumType" in found[0] and "word/document.xml" in found[0]


def test_text_and_figures_no_one_can_write_still_print(files: dict[str, Path]) -> None:
    import docx
    import openpyxl

    text = "\n".join(c.text for t in docx.Document(str(files["unprintable"])).tables for r in t.rows for c in r.cells)
    assert "Nhiệm vụ\ncó ngắt dòng của Word, ký tự điều khiển và  xóa; =SUM(A1)" in text
    cells = text.split("\n")
    assert "NaN" in cells and "\u221e" in cells  # the NaN and infinite targets, printed as stored (Kiểm tra flags them)
    sheet = openpyxl.load_workbook(files["unprintable.xlsx"]).active
    assert [sheet.cell(5, c).value for c in (1, 2)] == ["NaN", "\u221e%"]  # as text: Excel holds no such number
    assert sheet.cell(6, 1).quotePrefix and sheet.cell(6, 2).value == "@người \n dùng"
    assert sheet.cell(7, 1).value == pytest.approx(1e300)
    assert copy.copy(sheet["A1"].value) == "BẢNG  THỬ"
