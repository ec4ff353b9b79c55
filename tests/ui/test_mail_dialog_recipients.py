"""The send dialog hands the recipients' text to the mail service as written: every address in it is queued, with
"," or ";" between them, and one that cannot be read is refused by name, nothing queued."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import WindowFactory
from tests.ui.test_report_builder import builder_on_demo
from tthc_desktop.domain.mail import MailSecurity


def issued_report(open_window: WindowFactory):  # noqa: ANN201
    window, builder = builder_on_demo(open_window)
    mail = window.services.mail
    mail.save_settings(replace(mail.settings(), smtp_host="127.0.0.1", smtp_port=2, security=MailSecurity.NONE,
                               sender_address="vanphong@hanhdung.gov.vn"))
    draft = window.services.reports.create_draft(1, "2025-Q1")
    window.services.reports.issue(draft.report_id, date(2025, 4, 5))
    builder.reload_reports(select=draft.report_id)
    return window, builder


def test_every_address_in_the_to_line_is_queued(open_window: WindowFactory, qtbot) -> None:  # noqa: ANN001
    window, builder = issued_report(open_window)
    dialog = builder.send()
    assert dialog is not None
    dialog.to.setText("tuphap@nghiahanh.gov.vn, vanphong@nghiahanh.gov.vn; Văn phòng tỉnh <kstthc@quangngai.gov.vn>")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: bool(window.services.mail.list_outbox()), timeout=10_000)
    [item] = window.services.mail.list_outbox()
    assert [a.split("<")[-1].rstrip(">") for a in item.to] == [
        "tuphap@nghiahanh.gov.vn", "vanphong@nghiahanh.gov.vn", "kstthc@quangngai.gov.vn"]


def test_an_address_that_cannot_be_read_is_named_and_nothing_is_queued(open_window: WindowFactory,  # noqa: ANN001
                                                                        qtbot) -> None:
    window, builder = issued_report(open_window)
    dialog = builder.send()
    assert dialog is not None
    dialog.to.setText("tuphap@nghiahanh.gov.vn vanphong@nghiahanh.gov.vn")  # no separator between them
    said: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.done(0)

    closer = QTimer()
    closer.timeout.connect(read_and_close)
    closer.start(20)
    dialog.send_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    closer.stop()
    assert "@nghiahanh.gov.vn" in said[0]
    assert window.services.mail.list_outbox() == []
