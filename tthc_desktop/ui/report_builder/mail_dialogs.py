"""Sending a report: the mail server settings (password to the system's credential store), the message with
its attachments queued in the outbox and sent off the GUI thread, and the outbox with each message's state."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain import filenames
from tthc_desktop.domain.enums import OutboxState
from tthc_desktop.domain.mail import DEFAULT_PORTS, MailSecurity
from tthc_desktop.errors import TthcError
from tthc_desktop.reports.words import report_reference
from tthc_desktop.services.changes import Changes, Part
from tthc_desktop.services.mail_dto import MailSettingsInfo, OutboxItem
from tthc_desktop.services.registry import Services
from tthc_desktop.services.reports_dto import ReportSummary
from tthc_desktop.ui import window_size
from tthc_desktop.ui.background import BackgroundTask
from tthc_desktop.ui.changes_hub import ChangesHub
from tthc_desktop.ui.messages import report_error

Index = QModelIndex | QPersistentModelIndex


class MailSettingsDialog(QDialog):
    """The mail server and the sender; the password goes to the system's credential store, never to a file."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Mail settings"))
        current = services.mail.settings()
        self.host = QLineEdit(current.smtp_host, self)
        self.security = QComboBox(self)
        for value, text in ((MailSecurity.STARTTLS, self.tr("STARTTLS (port 587)")),
                            (MailSecurity.SSL, self.tr("SSL (port 465)")),
                            (MailSecurity.NONE, self.tr("None (office relay only)"))):
            self.security.addItem(text, value.value)
        self.security.setCurrentIndex(max(0, self.security.findData(current.security.value)))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(current.smtp_port)
        self.security.currentIndexChanged.connect(
            lambda: self.port.setValue(DEFAULT_PORTS[MailSecurity(self.security.currentData())]))
        self.username = QLineEdit(current.username or "", self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("(kept)") if services.mail.has_password() else "")
        self.sender = QLineEdit(current.sender_address, self)
        self.sender_name = QLineEdit(current.sender_name or "", self)
        # The placeholders in the clerk's words ("{tên xã}"), stored by their names ("{commune}").
        self.words = {"commune": self.tr("commune's name"), "period": self.tr("reporting period"),
                      "report": self.tr("report's number and subject")}
        self.subject = QLineEdit(self.shown(current.subject_template), self)
        self.body = QPlainTextEdit(self.shown(current.body_template), self)
        self.current = current
        form = QFormLayout(self)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("S&ecurity:"), self.security)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("Sender &address:"), self.sender)
        form.addRow(self.tr("Sender &name:"), self.sender_name)
        form.addRow(self.tr("Su&bject template:"), self.subject)
        form.addRow(self.tr("B&ody template:"), self.body)
        note = QLabel(self.tr("The password is kept in the system's credential store, not in the database. When "
                              "sending, {commune}, {period} and {report} in the templates are filled in.").format(
            **{name: f"{{{word}}}" for name, word in self.words.items()}), self)
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        window_size.fit(self, 600, self.sizeHint().height(), "mailSettings")

    def shown(self, template: str) -> str:
        for name, word in self.words.items():
            template = template.replace(f"{{{name}}}", f"{{{word}}}")
        return template

    def stored(self, text: str) -> str:
        for name, word in self.words.items():
            text = text.replace(f"{{{word}}}", f"{{{name}}}")
        return text

    def save(self) -> None:
        settings = replace(self.current, smtp_host=self.host.text().strip(), smtp_port=self.port.value(),
                           security=MailSecurity(self.security.currentData()),
                           username=self.username.text().strip() or None, sender_address=self.sender.text().strip(),
                           sender_name=self.sender_name.text().strip() or None,
                           subject_template=self.stored(self.subject.text()),
                           body_template=self.stored(self.body.toPlainText()))
        try:
            self.services.mail.save_settings(settings)
            if self.password.text():
                self.services.mail.set_password(self.password.text())
        except TthcError as error:
            report_error(self, error)
            return
        self.accept()


class SendReportDialog(QDialog):
    """To whom, subject, body and which files: queued in the outbox, then sent when the network allows."""

    def __init__(self, services: Services, report: ReportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.report = services, report
        self.queued: int | None = None
        self.setWindowTitle(self.tr("Send the report"))
        # "Báo cáo số 05/BC-UBND ngày 03/10/2026 về …": the report by its number, date and subject.
        subject, body = services.mail.compose(report_reference(report.number_text, report.issued_on,
                                                               report.subject), report.period_label)
        self.to = QLineEdit("; ".join(services.mail.default_recipients()), self)
        self.to.setPlaceholderText(self.tr("address@example.gov.vn; another@example.gov.vn"))
        self.subject = QLineEdit(subject, self)
        self.subject.setCursorPosition(0)  # a long subject shows its beginning, "Báo cáo số …"
        self.body = QPlainTextEdit(body, self)
        self.formats = {fmt: QCheckBox(text, self) for fmt, text in
                        (("pdf", "PDF"), ("docx", "Word"), ("xlsx", "Excel"))}
        self.formats["pdf"].setChecked(True)
        self.formats["xlsx"].setChecked(True)
        files = QHBoxLayout()
        for box in self.formats.values():
            files.addWidget(box)
        form = QFormLayout(self)
        form.addRow(self.tr("&To:"), self.to)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("&Message:"), self.body)
        form.addRow(self.tr("Attach:"), files)
        buttons = QDialogButtonBox(self)
        self.send_button = buttons.addButton(self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.eml_button = buttons.addButton(self.tr("Open in my &mail program"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        self.eml_button.clicked.connect(self.open_in_mail_program)
        form.addRow(buttons)
        window_size.fit(self, 640, 460, "sendReport")

    def recipients(self) -> list[str]:
        """The text as written: the mail service reads every address in it ("," or ";" between them) and says
        which one it cannot use."""
        return [self.to.text()] if self.to.text().strip() else []

    def _files(self) -> list[Path]:
        """The report exported in the chosen formats into a folder of its own (the outbox keeps copies)."""
        folder = Path(tempfile.mkdtemp(prefix="tthc-mail-"))
        return [self.services.reports.export(self.report.report_id, folder / self.file_name(fmt), fmt)  # type: ignore[arg-type]
                for fmt, box in self.formats.items() if box.isChecked()]

    def file_name(self, fmt: str) -> str:
        """ "Bao cao so 05-BC-UBND quy III nam 2026.pdf": what the recipient sees attached."""
        return filenames.report_name(self.report.period_key, fmt, self.report.number_text)

    def send(self) -> None:
        try:
            self.queued = self.services.mail.queue(self.recipients(), self.subject.text(), self.body.toPlainText(),
                                                   self._files(), report_id=self.report.report_id)
        except TthcError as error:
            report_error(self, error)
            return
        self.accept()

    def open_in_mail_program(self) -> Path | None:
        try:
            path = self.services.mail.write_eml(Path(tempfile.mkdtemp(prefix="tthc-eml-")) / self.file_name("eml"),
                                                to=self.recipients(), subject=self.subject.text(),
                                                body=self.body.toPlainText(), attachments=self._files())
            self.services.mail.open_in_mail_program(path)
        except (TthcError, OSError) as error:
            report_error(self, error)
            return None
        return path


STATE_COLUMNS = ("state", "to", "subject", "attempts", "detail")


class OutboxModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[OutboxItem] = []

    def set_items(self, items: list[OutboxItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(STATE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = (self.tr("State"), self.tr("To"), self.tr("Subject"), self.tr("Attempts"), self.tr("Detail"))
            return titles[section]
        return super().headerData(section, orientation, role)

    def state_text(self, item: OutboxItem) -> str:
        return {OutboxState.QUEUED: self.tr("queued"), OutboxState.SENDING: self.tr("sending"),
                OutboxState.SENT: self.tr("sent"), OutboxState.FAILED: self.tr("failed")}[item.state]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = STATE_COLUMNS[index.column()]
        if column == "state":
            return self.state_text(item)
        if column == "to":
            return "; ".join(item.to)
        if column == "subject":
            return item.subject
        if column == "attempts":
            return str(item.attempts)
        if item.state is OutboxState.SENT and item.sent_at:
            return self.tr("sent {time:%d/%m/%Y %H:%M}").format(time=item.sent_at)
        if item.state is OutboxState.QUEUED and item.next_attempt_at and item.last_error:
            return self.tr("next try {time:%H:%M}: {reason}").format(time=item.next_attempt_at,
                                                                     reason=item.last_error)
        return item.last_error or ""


class OutboxDialog(QDialog):
    """Every message and its state; Send now, Retry a failed one, Cancel one not sent."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Outbox"))
        self.model = OutboxModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send &now"), self)
        self.retry_button = QPushButton(self.tr("&Retry"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel the message"), self)
        self.settings_button = QPushButton(self.tr("Mail &settings…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.send_button.clicked.connect(self.send_now)
        self.retry_button.clicked.connect(lambda: self._on_selected(self.services.mail.retry))
        self.cancel_button.clicked.connect(lambda: self._on_selected(self.services.mail.cancel))
        self.settings_button.clicked.connect(lambda: MailSettingsDialog(self.services, self).open())
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.retry_button, self.cancel_button, self.settings_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        window_size.fit(self, 900, 420, "outbox")
        self.reload()
        ChangesHub.of(self.services).changed.connect(self._changes_arrived)  # sent in the background too

    def reload(self) -> None:
        self.model.set_items(self.services.mail.list_outbox())

    def _changes_arrived(self, changes: Changes) -> None:
        if changes.touches(Part.OUTBOX):
            self.reload()

    def _on_selected(self, action: Any) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        try:
            action(self.model.items[index.row()].id)
        except TthcError as error:
            report_error(self, error)

    def send_now(self) -> BackgroundTask:
        mail = self.services.mail
        task = BackgroundTask(self, self.tr("Sending…"), lambda: mail.send_due(force=True))
        task.done.connect(self._sent)
        task.failed.connect(lambda error: report_error(self, error))
        return task

    def _sent(self, summary: Any) -> None:
        self.summary.setText(self.tr("Sent {sent}; waiting to try again {deferred}; need you {failed}.").format(
            sent=len(summary.sent), deferred=len(summary.deferred), failed=len(summary.failed)))


__all__ = ["MailSettingsDialog", "MailSettingsInfo", "OutboxDialog", "SendReportDialog"]
