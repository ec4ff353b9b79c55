"""An older file may hold anything: ∞, -5 or 1e30 as a target, 150 as a percentage, -3 or 2,5 dossiers, dates in
1800 or 9999, Word's control characters in any text. Written straight into a real SQLite file with sqlite3, they
must never stop a report, an export or the checks: renderers print them, and the checks (Kiểm tra) name them."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest

from tests.clock import Clock
from tests.unit.documents_helpers import pdftotext
from tthc_desktop.services import tracking_export
from tthc_desktop.services.plan_checks import Pane, Severity
from tthc_desktop.services.registry import Services
from tthc_desktop.services.reports import ReportService
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import DossierRowInput, EvidenceInput

CONTROLS = "\x0b\x00\x07\x1b"  # Word's manual line break, NUL, bell, escape
INF = float("inf")


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2025, 6, 20))


@pytest.fixture
def tracking(services: Services, clock: Clock, tmp_path: Path) -> TrackingService:
    return TrackingService(services.database.session_factory, today=clock, storage=tmp_path / "store")


@pytest.fixture
def reports(services: Services, clock: Clock, tracking: TrackingService, tmp_path: Path) -> ReportService:
    return ReportService(services.database.session_factory, today=clock, tracking=tracking,
                         templates=tmp_path / "no-templates")


@pytest.fixture
def hostile(services: Services, tracking: TrackingService, reports: ReportService, demo_plan_id: int,
            db_path: Path) -> dict[str, int]:
    """The demo, tracked for a quarter with a draft report, then spoilt by hand as an older version could have."""
    draft = services.plans.copy_plan(demo_plan_id, 2026).id
    task = tracking.tasks(plan_id=demo_plan_id)[0].task_id
    tracking.record_progress(task, "done", date(2025, 3, 10), evidence=EvidenceInput(
        "12/KH-UBND", date(2025, 3, 10), "Kế hoạch rà soát"))
    tracking.set_dossier_rows("2025-Q1", [DossierRowInput("Hộ tịch", received_online=8, received_in_person=3,
                                                          settled_on_time=10, pending_within=1)])
    for result in tracking.indicator_results(demo_plan_id, "2025-Q1")[4:7]:
        tracking.set_measurement(result.indicator_id, "2025-Q1", numerator=5, denominator=10)
    report = reports.create_draft(demo_plan_id, "2025-Q1").report_id
    with sqlite3.connect(db_path) as raw:
        for plan in (demo_plan_id, draft):
            first = raw.execute("SELECT min(id) FROM indicator WHERE plan_id = ?", (plan,)).fetchone()[0]
            raw.execute("UPDATE indicator SET target = ?, upstream_target = -5, last_year = 1e30 WHERE id = ?",
                        (INF, first))
            raw.execute("UPDATE indicator SET target = ? WHERE id = ?", (-INF, first + 1))
            raw.execute("UPDATE indicator SET target = 150, last_year = 1e308 WHERE id = ?", (first + 2,))
        ids = [row[0] for row in raw.execute("SELECT id FROM measurement ORDER BY id")]
        raw.execute("UPDATE measurement SET numerator = 1e30, denominator = ? WHERE id = ?", (INF, ids[0]))
        raw.execute("UPDATE measurement SET numerator = NULL, denominator = NULL, value = ? WHERE id = ?",
                    (-INF, ids[1]))
        raw.execute("UPDATE measurement SET numerator = NULL, denominator = NULL, value = 1e308 WHERE id = ?",
                    (ids[2],))
        raw.execute("UPDATE dossier_stats SET received_online = -3, settled_on_time = 1e30, carried_over = 2.5")
        raw.execute("UPDATE progress_update SET reported_on = '1800-01-01'")
        raw.execute("UPDATE evidence SET doc_date = '9999-12-31', subject = ?", (f"Kế hoạch{CONTROLS}rà soát",))
        for table, column in (("outline_item", "text"), ("legal_basis", "text"), ("section", "text"),
                              ("document", "subject"), ("indicator", "name"), ("recipient", "text")):
            raw.execute(f"UPDATE {table} SET {column} = {column} || ?", (CONTROLS,))  # noqa: S608
        raw.execute("UPDATE unit SET name = name || ?, active_to = '0001-01-01'", (CONTROLS,))
        raw.execute("UPDATE report SET frozen_figures = replace(frozen_figures, '\"text\": \"', "
                    "'\"text\": \"\\u000b\\u0000\\u0007')")
    return {"plan": demo_plan_id, "draft": draft, "report": report, "task": task}


def no_controls(text: str) -> bool:
    return not any(ord(c) < 32 and c not in "\n\t\f" for c in text)  # pdftotext ends pages with \f


def test_reports_of_a_spoilt_file_render_in_every_format_and_print_what_is_stored(
        reports: ReportService, hostile: dict[str, int], tmp_path: Path) -> None:
    for issued in (False, True):
        if issued:
            reports.issue(hostile["report"], date(2025, 6, 20))
        pdf = pdftotext(reports.export(hostile["report"], tmp_path / f"bc-{issued}.pdf"))
        assert "\u221e%" in pdf and "-\u221e%" in pdf and "1.000.0\n00.000." in pdf, pdf  # 1e30, wrapped in its cell
        word = docx.Document(str(reports.export(hostile["report"], tmp_path / f"bc-{issued}.docx")))
        text = "\n".join(p.text for p in word.paragraphs) + "".join(
            c.text for t in word.tables for r in t.rows for c in r.cells)
        assert "\u221e%" in text and no_controls(text)
        book = openpyxl.load_workbook(reports.export(hostile["report"], tmp_path / f"bc-{issued}.xlsx"))
        cells = [c.value for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
        assert "\u221e%" in cells and 1e30 in cells  # ∞ as text (Excel has no such number), 1e30 as a number
        assert no_controls("".join(str(v) for v in cells))


def test_plan_prints_and_tracker_workbook_of_a_spoilt_file(services: Services, tracking: TrackingService,
                                                           hostile: dict[str, int], clock: Clock,
                                                           tmp_path: Path) -> None:
    for what in ("decision", "plan"):
        pdf = pdftotext(services.printing.save(hostile["plan"], tmp_path / f"{what}.pdf", what=what))
        word = docx.Document(str(services.printing.save(hostile["plan"], tmp_path / f"{what}.docx", what=what)))
        text = "\n".join(p.text for p in word.paragraphs) + "".join(
            c.text for t in word.tables for r in t.rows for c in r.cells)
        assert no_controls(pdf) and no_controls(text) and "Căn cứ" in (text if what == "decision" else "Căn cứ")
    assert "\u221e" in pdftotext(tmp_path / "plan.pdf")
    path = tracking_export.export_tracker(tracking, hostile["plan"], "2025-Q1", tmp_path / "theo-doi.xlsx", clock)
    cells = [c.value for sheet in openpyxl.load_workbook(path) for row in sheet.iter_rows() for c in row]
    assert "\u221e%" in cells and "-\u221e%" in cells  # with their unit: one writer for report and tracker workbooks


def test_the_tracker_reads_a_spoilt_file(tracking: TrackingService, hostile: dict[str, int]) -> None:
    assert tracking.dashboard(hostile["plan"]).plan_id == hostile["plan"]
    assert tracking.dossier_table("2025-Q1").total.received_online == -3
    assert [p.reported_on for p in tracking.progress(hostile["task"])] == [date(1800, 1, 1)]
    evidence = tracking.evidence(hostile["task"])[0]
    assert (evidence.doc_date, evidence.subject) == (date(9999, 12, 31), "Kế hoạch rà soát")
    assert all(no_controls(t.content) for t in tracking.tasks(plan_id=hostile["plan"]))


def test_checks_name_every_stored_figure_outside_its_bound(services: Services, hostile: dict[str, int]) -> None:
    problems = [p for p in services.checks.problems(hostile["draft"]) if p.pane is Pane.INDICATORS
                and p.severity is Severity.BLOCKING]
    found = {(p.field, p.message) for p in problems}
    first = services.content.content(hostile["draft"]).indicators[0]
    assert {(p.key, p.field) for p in problems} >= {(first.id, "target"), (first.id, "upstream_target"),
                                                    (first.id, "last_year")}
    messages = "\n".join(m for _f, m in found)
    assert "Mức giao của chỉ tiêu 1 phải là số từ 0 đến 100; \u221e không hợp lệ." in messages
    assert "Mức cấp trên giao của chỉ tiêu 1 phải là số từ 0 đến 100; -5 không hợp lệ." in messages
    assert "Mức giao của chỉ tiêu 3 phải là số từ 0 đến 100; 150 không hợp lệ." in messages
    assert "Kết quả năm trước của chỉ tiêu 1" in messages and "-\u221e" in messages
    # the editor shows them (exactly, never rounded) and proposes nothing from a figure out of bounds
    assert first.proposal()[0] is None


def test_a_spoilt_plan_is_copied_as_stored_and_the_copy_flags_it(services: Services,
                                                                 hostile: dict[str, int]) -> None:
    copied = services.plans.copy_plan(hostile["plan"], 2027).id
    assert any(p.field == "target" and "\u221e" in p.message for p in services.checks.problems(copied))
    assert all(no_controls(b) for b in services.content.content(copied).decision.legal_bases)  # type: ignore[union-attr]


def test_checks_point_at_figures_entered_in_the_tracker_outside_their_bound(services: Services,
                                                                            hostile: dict[str, int]) -> None:
    warnings = [p for p in services.checks.problems(hostile["plan"]) if p.severity is Severity.WARNING
                and p.pane is Pane.FIGURES and p.field in ("numerator", "denominator", "value")]
    messages = [p.message for p in warnings]
    assert len(warnings) == 4, messages  # 1e30 and ∞ of a ratio, -∞ and 1e308 as values of a percentage
    assert all(p.period == "2025-Q1" for p in warnings)  # where the tracker's Figures page shows them
    assert "Tử số của chỉ tiêu 5, nhập ở phần theo dõi cho quý I năm 2025, phải là số nguyên từ 0 đến " \
           "1.000.000.000.000; 1.000.000.000.000.000.000.000.000.000.000 không hợp lệ." in messages
    assert any(m.startswith("Mẫu số của chỉ tiêu 5") and "\u221e" in m for m in messages)
