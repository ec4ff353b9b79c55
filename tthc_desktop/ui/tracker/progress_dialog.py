"""Recording progress on a task: status, date, note, and the document that proves it, with files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStringListModel
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import EvidenceInput, ProgressInfo, TrackedTask
from tthc_desktop.ui import window_size
from tthc_desktop.ui.changes_hub import ChangesHub
from tthc_desktop.ui.dates import date_edit
from tthc_desktop.ui.messages import report_error
from tthc_desktop.ui.tracker.commands import RecordProgressCommand
from tthc_desktop.ui.tracker.tracker_model import status_text


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ProgressDialog(QDialog):
    """One progress entry: what was done and when; evidence is optional, files are copied into the app. Saved as
    an undoable command on the tracker's undo stack (`stack`)."""

    RECORDABLE = (TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.NOT_STARTED)

    def __init__(self, tracking: TrackingService, task: TrackedTask, today: date,
                 parent: QWidget | None = None, stack: QUndoStack | None = None,
                 hub: ChangesHub | None = None) -> None:
        super().__init__(parent)
        self.tracking, self.task = tracking, task
        self.stack, self.hub = stack if stack is not None else QUndoStack(self), hub
        self.saved: ProgressInfo | None = None
        self.files: list[Path] = []
        self.setWindowTitle(self.tr("Record progress — task {label}").format(label=task.label or ""))
        self.status = QComboBox(self)
        for status in self.RECORDABLE:
            self.status.addItem(status_text(status), status.value)
        # Progress is recorded on work under way: "in progress" unless the task is done already. "Done" is a
        # choice the clerk makes, never one a hurried Enter makes for them.
        done = task.status in (TaskStatus.DONE, TaskStatus.DONE_LATE)
        self.status.setCurrentIndex(self.status.findData((TaskStatus.DONE if done else TaskStatus.IN_PROGRESS).value))
        self.on = date_edit(today, self)
        self.on.setMaximumDate(QDate(today))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(70)
        self.doc_number = QLineEdit(self)
        self.doc_number.setPlaceholderText(self.tr("e.g. 12/KH-UBND"))
        self.doc_date = date_edit(today, self)
        self.doc_subject = QLineEdit(self)
        self.file_names = QStringListModel(self)
        self.file_list = QListView(self)
        self.file_list.setModel(self.file_names)
        self.file_list.setMaximumHeight(60)
        add_file = QPushButton(self.tr("&Attach file…"), self)
        add_file.clicked.connect(lambda: self.add_files())
        evidence = QGroupBox(self.tr("Evidence (the document that proves it)"), self)
        evidence_form = QFormLayout(evidence)
        evidence_form.addRow(self.tr("Number:"), self.doc_number)
        evidence_form.addRow(self.tr("Date:"), self.doc_date)
        evidence_form.addRow(self.tr("Subject:"), self.doc_subject)
        files_row = QHBoxLayout()
        files_row.addWidget(self.file_list, 1)
        files_row.addWidget(add_file)
        evidence_form.addRow(self.tr("Files:"), files_row)
        task_label = QLabel(task.content, self)
        task_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(task_label)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&On:"), self.on)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(evidence)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        window_size.fit(self, 560, self.sizeHint().height(), "recordProgress")

    def add_files(self, paths: list[Path] | None = None) -> None:
        if paths is None:
            names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
            paths = [Path(name) for name in names]
        self.files += paths
        self.file_names.setStringList([path.name for path in self.files])

    def save(self) -> None:
        number, subject = self.doc_number.text().strip(), self.doc_subject.text().strip()
        evidence = None
        if number or subject or self.files:
            evidence = EvidenceInput(doc_number=number or None, doc_date=_date(self.doc_date.date()),
                                     subject=subject or None)
        command = RecordProgressCommand(
            self.tracking, self.hub, self.parent(), lambda error: report_error(self, error),
            self.tr("Record progress on task {label}").format(label=self.task.label or ""), self.task.task_id,
            TaskStatus(self.status.currentData()), _date(self.on.date()), self.note.toPlainText().strip() or None,
            evidence, self.files)
        self.stack.push(command)
        if command.done:
            self.saved = command.saved
            self.accept()
