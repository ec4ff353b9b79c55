"""Period reports of the demo plan with made-up progress: drafted, edited, issued, exported and read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest
import sqlalchemy as sa

from tests.unit.documents_helpers import page_sizes, pdftotext
from tests.unit.xlsx_helpers import assert_kept_as_text, assert_prints_as_the_decree_wants, group_rows
from tthc_desktop.db.models import OutboxMessage
from tthc_desktop.domain.enums import OutboxState
from tthc_desktop.errors import DataError, FrozenDocumentError
from tthc_desktop.services.registry import Services
from tthc_desktop.services.reports import ReportService
from tthc_desktop.services.reports_dto import ReportStatus
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import DossierRowInput, EvidenceInput

FORMULA_FIELD = "=SUM(A1)"  # a field name Excel would evaluate if it were written as a formula


class Clock:
    """The day the services believe it is; tests move it on."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def clock() -> Clock:
    return Clock(date(2025, 3, 20))


@pytest.fixture
def tracking(services: Services, clock: Clock, tmp_path: Path) -> TrackingService:
    return TrackingService(services.database.session_factory, today=clock, storage=tmp_path / "attachments")


@pytest.fixture
def reports(services: Services, clock: Clock, tracking: TrackingService, tmp_path: Path) -> ReportService:
    return ReportService(services.database.session_factory, today=clock, tracking=tracking,
                         templates=tmp_path / "no-templates")


def q1_progress(tracking: TrackingService, plan_id: int) -> None:
    """Made-up first quarter: one task done with its evidence, one in progress, Biểu 06 and two indicators."""
    tasks = tracking.tasks(plan_id=plan_id)
    tracking.record_progress(tasks[0].task_id, "done", date(2025, 3, 10), evidence=EvidenceInput(
        "12/KH-UBND", date(2025, 3, 10), "Kế hoạch rà soát, đánh giá TTHC năm 2025"))
    tracking.record_progress(tasks[2].task_id, "in_progress", date(2025, 3, 5))
    tracking.set_dossier_rows("2025-Q1", [
        DossierRowInput("Hộ tịch", received_online=80, received_in_person=30, carried_over=4, settled_early=20,
                        settled_on_time=85, settled_late=2, pending_within=6, pending_late=1),
        DossierRowInput(FORMULA_FIELD, received_online=10, received_in_person=50, settled_early=5,
                        settled_on_time=53, settled_late=1, pending_within=1),
    ])
    published = tracking.indicator_results(plan_id, "2025-Q1")[0]
    tracking.set_measurement(published.indicator_id, "2025-Q1", numerator=191, denominator=200)


def test_the_first_quarter_report_reads_back_from_pdf_word_and_excel(
        reports: ReportService, tracking: TrackingService, demo_plan_id: int, tmp_path: Path) -> None:
    q1_progress(tracking, demo_plan_id)
    draft = reports.create_draft(demo_plan_id, "2025-Q1")
    assert draft.status is ReportStatus.DRAFT and draft.number_text == "/BC-UBND"

    pdf = reports.export(draft.report_id, tmp_path / "bao-cao.pdf")
    text = pdftotext(pdf)
    assert "BÁO CÁO" in text and "Số:" in text and "/BC-UBND" in text
    assert "Kính gửi: UBND huyện Nghĩa Hành" in text
    assert "kiểm soát thủ tục hành chính quý I năm 2025" in " ".join(text.split())
    assert "(số liệu tính từ ngày 15/12/2024 đến ngày 14/3/2025)" in " ".join(text.split())
    assert "Nơi nhận:" in text and "TM. ỦY BAN NHÂN DÂN" in text and "Trần Văn Thiện" in text
    assert "Không có./." in text  # the content closes with "./."
    assert "95,5%" in text  # the indicator's figure, in Vietnamese style
    layout = pdftotext(pdf, "-layout")
    total = next(line for line in layout.splitlines() if "Tổng cộng" in line)
    assert total.split()[-11:] == ["174", "90", "80", "4", "166", "25", "138", "3", "8", "7", "1"]
    row = next(line for line in layout.splitlines() if line.lstrip().startswith("1 ") and "Xây dựng" in line)
    assert "Hoàn thành" in row and "Số 12/KH-UBND" in row
    sizes = page_sizes(pdf)
    assert sizes[0][0] < sizes[0][1] and sizes[-1][0] > sizes[-1][1]  # the report portrait, the forms landscape
    assert "Phụ lục III" in text and "BIỂU SỐ 06" in text

    word = docx.Document(str(reports.export(draft.report_id, tmp_path / "bao-cao.docx")))
    paragraphs = [p.text for p in word.paragraphs]
    assert "Kính gửi: UBND huyện Nghĩa Hành" in paragraphs
    assert any(p.startswith("Thực hiện Quyết định số 48/QĐ-UBND ngày 03/3/2025") for p in paragraphs)
    form = word.tables[-1]
    totals = [c.text for c in form.rows[-1].cells]
    assert totals[1] == "Tổng cộng" and totals[2] == "174" and totals[-1] == "1"
    assert form.rows[-1].cells[2].paragraphs[0].style.font.bold  # the total row, by its style

    book = openpyxl.load_workbook(reports.export(draft.report_id, tmp_path / "bao-cao.xlsx"))
    assert book.sheetnames == ["Nhiệm vụ", "Chỉ tiêu", "Biểu 06"]
    for sheet in book.worksheets:
        assert any(str(r).startswith("A1:") for r in sheet.merged_cells.ranges)  # the title across the table
        assert any(str(r).startswith("A2:") for r in sheet.merged_cells.ranges)  # the period under it
        assert "quý I năm 2025" in sheet["A2"].value and "14/3/2025" in sheet["A2"].value
        assert sheet["A4"].font.b and sheet["A4"].border.left.style == "thin"
        title_end = 6 if sheet.title == "Biểu 06" else 4  # the form's "(1) (2) ..." row is repeated with its header
        assert_prints_as_the_decree_wants(sheet, (4, title_end))
    tasks = book["Nhiệm vụ"]
    assert tasks["A1"].value == "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH QUÝ I NĂM 2025"
    assert tasks.freeze_panes == "A5" and tasks.print_title_rows == "$4:$4"
    cells = {tasks.cell(r, 1).value: r for r in range(5, tasks.max_row + 1)}
    assert tasks.cell(cells["1"], 5).value == "Hoàn thành"
    schedule = tasks.cell(cells["22"], 4)
    assert_kept_as_text(schedule, schedule.value)
    assert schedule.value.startswith("- Định kỳ 3 tháng/lần.")
    assert group_rows(tasks, 5)  # the plan's groups, never the last row of a printed page (checked above)
    indicators = book["Chỉ tiêu"]
    published = indicators.cell(5, 5)
    assert published.value == pytest.approx(0.955) and published.number_format == "0.0%"
    form = book["Biểu 06"]
    assert form["C4"].value == "Số hồ sơ nhận giải quyết" and "C4:F4" in [str(r) for r in form.merged_cells.ranges]
    assert form["A6"].value == "(1)" and form.freeze_panes == "A7" and form.print_title_rows == "$4:$6"
    hoax = form["B8"]
    assert_kept_as_text(hoax, FORMULA_FIELD)  # text, never a formula, even once edited in Excel
    total = [form.cell(9, c).value for c in range(2, 14)]
    assert total == ["Tổng cộng", 174, 90, 80, 4, 166, 25, 138, 3, 8, 7, 1]
    assert form.cell(9, 3).number_format == "0" and form.cell(9, 3).font.b


def test_the_year_report_says_what_was_done_in_the_year(
        reports: ReportService, tracking: TrackingService, clock: Clock, demo_plan_id: int, tmp_path: Path) -> None:
    q1_progress(tracking, demo_plan_id)
    clock.day = date(2025, 12, 20)
    tasks = {t.label: t for t in tracking.tasks(plan_id=demo_plan_id)}
    tracking.record_progress(tasks["2"].task_id, "done", date(2025, 4, 15), evidence=EvidenceInput(
        "30/QĐ-UBND", date(2025, 4, 15), "Quy chế phối hợp"))
    tracking.set_dossier_rows("2025-Y", [DossierRowInput("Hộ tịch", received_online=400, received_in_person=200,
                                                         settled_early=100, settled_on_time=480, settled_late=10,
                                                         pending_within=10)])
    draft = reports.create_draft(demo_plan_id, "2025-Y")
    text = " ".join(pdftotext(reports.export(draft.report_id, tmp_path / "nam.pdf")).split())
    assert "kiểm soát thủ tục hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026" in text
    assert "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM 2026" in text
    assert "Trong năm, tổng số hồ sơ thủ tục hành chính tiếp nhận là 600 hồ sơ" in text
    assert "đã hoàn thành nhưng trễ hạn (văn bản số 30/QĐ-UBND ngày 15/4/2025)" in text  # due in Quý I
    assert "(số liệu tính từ ngày 15/12/2024 đến ngày 14/12/2025)" in text
    book = openpyxl.load_workbook(reports.export(draft.report_id, tmp_path / "nam.xlsx"))
    assert book["Biểu 06"]["C7"].value == 600 and "năm 2025" in book["Biểu 06"]["A2"].value


def test_an_issued_report_prints_the_same_after_the_tracker_changes(
        reports: ReportService, tracking: TrackingService, clock: Clock, demo_plan_id: int, tmp_path: Path) -> None:
    q1_progress(tracking, demo_plan_id)
    draft = reports.create_draft(demo_plan_id, "2025-Q1")
    issued = reports.issue(draft.report_id, date(2025, 3, 20))
    assert issued.status is ReportStatus.ISSUED and issued.number_text == "01/BC-UBND"
    before = pdftotext(reports.export(draft.report_id, tmp_path / "truoc.pdf"))
    sheet_before = openpyxl.load_workbook(reports.export(draft.report_id, tmp_path / "truoc.xlsx"))["Biểu 06"]
    assert "Số: 01/BC-UBND" in before and "ngày 20 tháng 3 năm 2025" in before

    clock.day = date(2025, 4, 10)
    tasks = tracking.tasks(plan_id=demo_plan_id)
    tracking.record_progress(tasks[1].task_id, "done", date(2025, 3, 12))  # entered late, dated in the quarter
    tracking.set_dossier_rows("2025-Q1", [DossierRowInput("Hộ tịch", received_online=1, settled_on_time=1)])
    tracking.set_measurement(tracking.indicator_results(demo_plan_id, "2025-Q1")[0].indicator_id, "2025-Q1",
                             numerator=1, denominator=2)

    after = pdftotext(reports.export(draft.report_id, tmp_path / "sau.pdf"))
    assert after == before
    sheet_after = openpyxl.load_workbook(reports.export(draft.report_id, tmp_path / "sau.xlsx"))["Biểu 06"]
    assert [[c.value for c in row] for row in sheet_after.iter_rows()] == \
        [[c.value for c in row] for row in sheet_before.iter_rows()]
    # A new draft for the same period sees the tracker as it is now.
    again = reports.create_draft(demo_plan_id, "2025-Q1")
    assert again.report_id != draft.report_id and again.status is ReportStatus.DRAFT
    fresh = pdftotext(reports.export(again.report_id, tmp_path / "moi.pdf"))
    assert "50%" in fresh and "95,5%" not in fresh


def test_one_draft_per_period_and_statuses_draft_issued_sent(
        services: Services, reports: ReportService, tracking: TrackingService, demo_plan_id: int) -> None:
    q1_progress(tracking, demo_plan_id)
    first = reports.create_draft(demo_plan_id, "2025-Q1")
    assert reports.create_draft(demo_plan_id, "2025-Q1").report_id == first.report_id
    month = reports.create_draft(demo_plan_id, "2025-M02")
    assert [(r.period_key, r.status) for r in reports.list_reports(demo_plan_id)] == [
        ("2025-M02", ReportStatus.DRAFT), ("2025-Q1", ReportStatus.DRAFT)]
    assert reports.list_reports()[0].period_label == "tháng 02 năm 2025"
    reports.issue(first.report_id, date(2025, 3, 18))
    with services.database.session_factory() as session, session.begin():
        session.add(OutboxMessage(message_id="<bc-1@tthc>", report_id=first.report_id, to_addresses=["a@b.vn"],
                                  subject="BC", body="", state=OutboxState.SENT))
    statuses = {r.report_id: (r.status, r.sent) for r in reports.list_reports(demo_plan_id)}
    assert statuses == {month.report_id: (ReportStatus.DRAFT, False), first.report_id: (ReportStatus.SENT, True)}
    assert reports.find(demo_plan_id, "2025-Q1").report_id == first.report_id
    with pytest.raises(DataError, match="2025-Q5"):
        reports.create_draft(demo_plan_id, "2025-Q5")
    with pytest.raises(DataError, match="2026"):
        reports.create_draft(demo_plan_id, "2026-Q1")


def test_edited_sections_survive_a_refresh_and_freeze_at_issue(
        reports: ReportService, tracking: TrackingService, demo_plan_id: int, tmp_path: Path) -> None:
    draft = reports.create_draft(demo_plan_id, "2025-Q1")
    view = reports.report(draft.report_id)
    keys = [s.key for s in view.sections if s.key]
    assert keys[0] == "intro" and "proposals" in keys and view.frozen is False
    assert [s.label for s in view.sections if s.level == 1] == ["I", "II", "III", "IV"]
    assert next(s for s in view.sections if s.key == "next_tasks").heading == "PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2025"
    assert [t.key for t in view.tables] == ["tasks", "indicators", "dossiers"]
    assert "chưa nhập" not in next(s for s in view.sections if s.key == "one_stop").text

    edited = reports.update_section(draft.report_id, "proposals", "Đề nghị UBND huyện  tổ chức tập huấn.")
    assert edited.text == "Đề nghị UBND huyện tổ chức tập huấn." and edited.edited
    q1_progress(tracking, demo_plan_id)
    refreshed = {s.key: s for s in reports.refresh(draft.report_id).sections}
    assert refreshed["proposals"].text == "Đề nghị UBND huyện tổ chức tập huấn."
    assert "174 hồ sơ" in refreshed["one_stop"].text  # re-written from the new figures

    reports.issue(draft.report_id, date(2025, 3, 20))
    with pytest.raises(FrozenDocumentError):
        reports.update_section(draft.report_id, "proposals", "Khác.")
    assert "Đề nghị UBND huyện tổ chức tập huấn./." in pdftotext(reports.export(draft.report_id, tmp_path / "a.pdf"))
    with pytest.raises(DataError, match="không có phần|no section"):
        reports.update_section(reports.create_draft(demo_plan_id, "2025-Q1").report_id, "nowhere", "x")


def test_the_period_proposed_is_the_one_to_write_now(
        reports: ReportService, clock: Clock, demo_plan_id: int) -> None:
    assert reports.propose_period(demo_plan_id).key == "2025-Q1"  # 20/3: the first quarter has just ended
    clock.day = date(2025, 6, 20)
    proposal = reports.propose_period(demo_plan_id)
    assert (proposal.key, proposal.label) == ("2025-H1", "6 tháng đầu năm 2025")  # rather than Q2
    reports.issue(reports.create_draft(demo_plan_id, "2025-H1").report_id, date(2025, 6, 20))
    proposal = reports.propose_period(demo_plan_id)  # none ended since: the one due next, the longest of a tie
    assert (proposal.key, proposal.due) == ("2025-9M", date(2025, 9, 14))


def test_an_unknown_file_type_is_refused(reports: ReportService, demo_plan_id: int, tmp_path: Path) -> None:
    draft = reports.create_draft(demo_plan_id, "2025-Q1")
    with pytest.raises(DataError, match=r"\.odt"):
        reports.export(draft.report_id, tmp_path / "bao-cao.odt")
    assert not (tmp_path / "bao-cao.odt").exists()


def test_the_sent_flag_needs_a_mail_that_left(services: Services, reports: ReportService, demo_plan_id: int) -> None:
    draft = reports.create_draft(demo_plan_id, "2025-Q1")
    reports.issue(draft.report_id, date(2025, 3, 20))
    with services.database.session_factory() as session, session.begin():
        session.add(OutboxMessage(message_id="<bc-2@tthc>", report_id=draft.report_id, to_addresses=["a@b.vn"],
                                  subject="BC", body="", state=OutboxState.FAILED))
        assert session.scalar(sa.select(sa.func.count()).select_from(OutboxMessage)) == 1
    assert reports.list_reports()[0].status is ReportStatus.ISSUED


def test_a_draft_keeps_blanks_for_its_number_and_date_and_tables_say_targets_and_units_in_words(
        reports: ReportService, tracking: TrackingService, demo_plan_id: int, tmp_path: Path) -> None:
    import pdfplumber

    q1_progress(tracking, demo_plan_id)
    draft = reports.create_draft(demo_plan_id, "2025-Q1")
    blank = "\u00a0" * 6
    note = f"(Kèm theo Báo cáo số{blank}/BC-UBND ngày{blank}tháng{blank}năm 2025 của UBND xã Hành Dũng)"
    word = docx.Document(str(reports.export(draft.report_id, tmp_path / "bao-cao.docx")))
    notes = [p.text for p in word.paragraphs if p.text.startswith("(Kèm")]
    assert len(notes) == 3  # one under each appendix's title, with room to write in by hand
    assert notes == [note] * 3  # one line: the blanks as no-break spaces, each six wide
    pdf = reports.export(draft.report_id, tmp_path / "bao-cao.pdf")
    with pdfplumber.open(pdf) as document:
        appendix = next(p for p in document.pages if p.width > p.height)  # the first appendix's first page
        found = appendix.extract_words(keep_blank_chars=False)
        opening = next(w for w in found if w["text"] == "(Kèm")
        by_text = {w["text"]: w for w in found if abs(w["top"] - opening["top"]) < 2}  # the note's line
        space = 14 * 0.25  # an ordinary space of 14 pt Liberation Serif
        for before, after in (("số", "/BC-UBND"), ("ngày", "tháng"), ("tháng", "năm")):
            gap = by_text[after]["x0"] - by_text[before]["x1"]
            assert gap > 4 * space, (before, after, gap)  # the blank kept its width: a day fits in by hand
        text = "\n".join(p.extract_text() or "" for p in document.pages)
        # A heading never ends a page: on each page of the report before the signature's, the last line is text.
        portrait = [p for p in document.pages if p.width < p.height]
        for page in portrait[:-1]:
            body = [w for w in page.extract_words(extra_attrs=["fontname"]) if w["top"] > 20 * 72 / 25.4]
            lowest = max(w["top"] for w in body)
            last_line = [w for w in body if abs(w["top"] - lowest) < 2]
            assert not all("Bold" in w["fontname"] for w in last_line), [w["text"] for w in last_line]
    assert "Tối thiểu 60%" in text  # a target with its comparator, not "60%"
    assert "Phối hợp:" in text  # lead unit first, then who cooperates (the cell wraps: see Word and Excel)
    first_task = next(r for r in word.tables[2].rows if r.cells[0].text == "1")  # header, signature, tasks
    assert first_task.cells[2].text == "Văn phòng - Thống kê\nPhối hợp: Các ban, ngành, công chức liên quan"
    book = openpyxl.load_workbook(reports.export(draft.report_id, tmp_path / "bao-cao.xlsx"))
    tasks = book["Nhiệm vụ"]
    first = next(r for r in range(5, tasks.max_row + 1) if tasks.cell(r, 1).value == "1")
    assert tasks.cell(first, 3).value == "Văn phòng - Thống kê\nPhối hợp: Các ban, ngành, công chức liên quan"
    assert tasks["C4"].value == "Đơn vị thực hiện"
    targets = [book["Chỉ tiêu"].cell(r, 4).value for r in range(5, book["Chỉ tiêu"].max_row + 1)]
    assert "Tối thiểu 60%" in targets
