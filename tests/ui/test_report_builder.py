"""The Report builder driven as the clerk drives it: the period proposed, a draft from the tracker, a section
edited, issued with its figures frozen, exported, all read back from the database and the files."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from tests.ui.conftest import WindowFactory
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.ui.report_builder.models import ReportListModel, ReportSectionsModel, ReportTableModel


def builder_on_demo(open_window: WindowFactory):  # noqa: ANN201
    window = open_window()
    window.select_plan(1)
    window.tabs.setCurrentIndex(2)
    return window, window.report_builder


def test_a_quarter_report_is_drafted_edited_issued_and_exported(open_window: WindowFactory, qtbot,  # noqa: ANN001
                                                               tmp_path: Path) -> None:
    window, builder = builder_on_demo(open_window)
    assert builder.period_box.count() == 12 + 4 + 1 + 1 + 1  # months, quarters, 6 and 9 months, year
    first_task = window.services.tracking.tasks(1)[0]
    window.services.tracking.record_progress(first_task.task_id, TaskStatus.DONE, date(2025, 3, 10))
    builder.period_box.setCurrentIndex(builder.period_box.findData("2025-Q1"))
    assert builder.period_box.currentText() == "Quý I năm 2025"  # words, not "2025-Q1"
    draft = builder.open_report()
    assert draft is not None and draft.period_key == "2025-Q1"
    assert builder.reports.rowCount() == 1 and "dự thảo" in builder.reports.index(0).data()
    assert builder.open_report().report_id == draft.report_id  # the same period opens the same draft
    row = next(i for i, s in enumerate(builder.sections.sections) if s.key is not None and s.prefilled)
    key = builder.sections.sections[row].key
    assert builder.sections.setData(builder.sections.index(row, 1), "Đoạn do công chức viết lại.")
    assert window.services.reports.report(draft.report_id).sections[row].text == "Đoạn do công chức viết lại."
    assert builder.sections.sections[row].edited and builder.sections.sections[row].key == key
    assert builder.table_box.count() >= 2 and builder.table.rowCount() > 0
    issued = builder.issue(on=date(2025, 4, 5))
    assert issued is not None and issued.number_text.endswith("/BC-UBND") and issued.number_text[0].isdigit()
    assert not builder.refresh_action.isEnabled() and not builder.sections.flags(builder.sections.index(row, 1)) \
        & builder.sections.flags(builder.sections.index(row, 1)).ItemIsEditable
    for fmt in ("pdf", "xlsx"):
        task = builder.export(fmt, tmp_path / f"q1.{fmt}")
        with qtbot.waitSignal(task.done, timeout=20_000):
            pass
    text = subprocess.run(["pdftotext", str(tmp_path / "q1.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Kính gửi" in text and "Đoạn do công chức viết lại." in " ".join(text.split())
    workbook = load_workbook(tmp_path / "q1.xlsx")
    assert len(workbook.sheetnames) >= 2


def test_the_builder_models_pass_the_model_tester(qtmodeltester, open_window: WindowFactory) -> None:  # noqa: ANN001
    window, builder = builder_on_demo(open_window)
    draft = window.services.reports.create_draft(1, "2025-Y")
    view = window.services.reports.report(draft.report_id)
    reports = ReportListModel()
    reports.set_reports(window.services.reports.list_reports(1))
    qtmodeltester.check(reports, force_py=True)
    sections = ReportSectionsModel()
    sections.set_sections(view.sections, True)
    qtmodeltester.check(sections, force_py=True)
    table = ReportTableModel()
    table.set_table(view.tables[-1])
    qtmodeltester.check(table, force_py=True)


def test_an_issued_report_is_emailed_through_the_outbox(open_window: WindowFactory, qtbot) -> None:  # noqa: ANN001
    import email
    from dataclasses import replace

    from tests.unit.mail_helpers import Recorder, free_port, smtp_server
    from tthc_desktop.domain.mail import MailSecurity

    window, builder = builder_on_demo(open_window)
    mail = window.services.mail
    port = free_port()
    mail.save_settings(replace(mail.settings(), smtp_host="127.0.0.1", smtp_port=port, security=MailSecurity.NONE,
                               sender_address="vanphong@hanhdung.gov.vn", sender_name="UBND xã Hành Dũng"))
    mail.add_contact("Phòng Tư pháp huyện", "tuphap@nghiahanh.gov.vn", is_default=True)
    builder.period_box.setCurrentIndex(builder.period_box.findData("2025-Q1"))
    builder.open_report()
    assert not builder.send_action.isEnabled()  # a draft is not sent
    issued = builder.issue(on=date(2025, 4, 5))
    assert issued is not None and builder.send_action.isEnabled()
    recorder = Recorder()
    with smtp_server(recorder, port):
        dialog = builder.send()
        assert dialog is not None and dialog.recipients() == ["Phòng Tư pháp huyện <tuphap@nghiahanh.gov.vn>"]
        # The report by its number, date and subject, in the subject and the body: "Báo cáo số …", the period once.
        reference = f"Báo cáo số {issued.number_text} ngày 05/4/2025 về tình hình, kết quả thực hiện công tác " \
                    "kiểm soát thủ tục hành chính quý I năm 2025"
        assert dialog.subject.text() == f"{reference} - UBND xã Hành Dũng"
        assert f"gửi kèm theo thư này {reference}." in dialog.body.toPlainText()
        with qtbot.waitSignal(dialog.accepted, timeout=30_000):
            dialog.send_button.click()
        qtbot.waitUntil(lambda: len(recorder.messages) == 1, timeout=30_000)
    message = email.message_from_bytes(recorder.messages[0].data)
    names = sorted(part.get_filename() for part in message.walk() if part.get_filename())
    assert names == [f"Bao cao so {issued.number_text.replace('/', '-').replace('Đ', 'D')} quy I nam 2025.{suffix}"
                     for suffix in ("pdf", "xlsx")]
    qtbot.waitUntil(lambda: "đã gửi" in builder.reports.index(0).data(), timeout=10_000)
    outbox = builder.open_outbox()
    assert outbox.model.rowCount() == 1 and outbox.model.index(0, 0).data() == "đã gửi"
    outbox.close()


def test_a_report_queued_while_offline_leaves_when_the_server_is_back(open_window: WindowFactory, qtbot) -> None:  # noqa: ANN001
    from dataclasses import replace

    from tests.unit.mail_helpers import Recorder, free_port, smtp_server
    from tthc_desktop.domain.enums import OutboxState
    from tthc_desktop.domain.mail import MailSecurity

    window, builder = builder_on_demo(open_window)
    mail = window.services.mail
    port = free_port()  # nothing listens yet: the office is offline
    mail.save_settings(replace(mail.settings(), smtp_host="127.0.0.1", smtp_port=port, security=MailSecurity.NONE,
                               sender_address="vanphong@hanhdung.gov.vn"))
    draft = window.services.reports.create_draft(1, "2025-Q1")
    window.services.reports.issue(draft.report_id, date(2025, 4, 5))
    builder.reload_reports(select=draft.report_id)
    dialog = builder.send()
    dialog.to.setText("tuphap@nghiahanh.gov.vn")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: mail.list_outbox()[0].attempts >= 1, timeout=30_000)
    item = mail.list_outbox()[0]
    assert item.state is OutboxState.QUEUED and item.last_error and item.next_attempt_at is not None
    outbox = builder.open_outbox()
    assert outbox.model.index(0, 0).data() == "đang chờ" and outbox.model.index(0, 4).data().startswith("thử lại lúc")
    recorder = Recorder()
    with smtp_server(recorder, port):  # back online: the clerk presses Send now in the outbox
        with qtbot.waitSignal(outbox.send_now().done, timeout=30_000):
            pass
    assert len(recorder.messages) == 1 and mail.list_outbox()[0].state is OutboxState.SENT
    assert outbox.model.index(0, 0).data() == "đã gửi"
    outbox.close()


def test_a_report_table_fits_its_pane_with_every_column_header_in_reach(open_window: WindowFactory) -> None:
    """A task's long text wraps in its cell: no column is wider than the pane, so the clerk sees every column's
    header after a short scroll, not across thousands of pixels (the task column was 4,500 px wide on the demo)."""
    window, builder = builder_on_demo(open_window)
    builder.period_box.setCurrentIndex(builder.period_box.findData("2025-Q1"))
    assert builder.open_report() is not None
    builder.pages.setCurrentIndex(1)
    builder.table_box.setCurrentIndex(0)
    view = builder.table_view
    assert builder.table.columnCount() >= 4 and builder.table.rowCount() > 0
    widths = [view.columnWidth(c) for c in range(builder.table.columnCount())]
    assert max(widths) <= 300, widths
    tall = max(view.rowHeight(r) for r in range(builder.table.rowCount()))
    assert tall > view.fontMetrics().height() * 2  # the wrapped text shows on several lines


def _shown(builder) -> tuple[str | None, str | None, int | None]:  # noqa: ANN001
    """What the builder shows: the period box's period, the period of the report selected in the list, and the
    report in the preview."""
    index = builder.report_view.currentIndex()
    selected = builder.reports.reports[index.row()].period_key if index.isValid() else None
    return builder.period_box.currentData(), selected, builder.preview.plan_id


def test_after_a_restart_the_period_box_the_list_and_the_preview_agree(open_window: WindowFactory,
                                                                      tmp_path: Path) -> None:
    from tthc_desktop.services.database import Database
    from tthc_desktop.services.registry import Services

    path = tmp_path / "tthc.sqlite"
    database = Database.open(path)
    services = Services.for_database(database)
    services.demo.create_seed()
    drafts = {key: services.reports.create_draft(1, key).report_id for key in ("2025-Q1", "2025-Y")}
    database.close()

    # No report remembered: the report of the period proposed (the year, long ended), not the list's first row.
    window, builder = builder_on_demo(lambda: open_window(path))
    proposed = builder.period_box.currentData()
    assert proposed == "2025-Y"
    assert _shown(builder) == ("2025-Y", "2025-Y", drafts["2025-Y"])
    # A period chosen opens its report; a period without one shows none rather than another period's.
    builder.period_box.setCurrentIndex(builder.period_box.findData("2025-M05"))
    assert _shown(builder) == ("2025-M05", None, None) and builder.current() is None
    builder.period_box.setCurrentIndex(builder.period_box.findData("2025-Q1"))
    assert _shown(builder) == ("2025-Q1", "2025-Q1", drafts["2025-Q1"])
    window.close()

    # The restart goes back to the report last open, and the period box follows it.
    window, builder = builder_on_demo(lambda: open_window(path))
    assert _shown(builder) == ("2025-Q1", "2025-Q1", drafts["2025-Q1"])
    assert builder.current().report_id == drafts["2025-Q1"]
    # Choosing a report in the list moves the period box to its period.
    builder.report_view.setCurrentIndex(builder.reports.index(builder.reports.row_of(drafts["2025-Y"])))
    assert _shown(builder) == ("2025-Y", "2025-Y", drafts["2025-Y"])
