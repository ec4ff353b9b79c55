"""A task's evidence: the documents that prove it and their files, each openable with the system's program."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QPushButton, QVBoxLayout

from tthc_desktop.domain import vnformat
from tthc_desktop.errors import TthcError
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import AttachmentInfo, TrackedTask
from tthc_desktop.ui.messages import report_error


class EvidenceDialog(QDialog):
    def __init__(self, tracking: TrackingService, task: TrackedTask, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.tracking = tracking
        self.setWindowTitle(self.tr("Evidence — task {label}").format(label=task.label or ""))
        self.files: list[AttachmentInfo] = []
        lines = []
        for evidence in tracking.evidence(task.task_id):
            when = vnformat.short_date(evidence.doc_date) if evidence.doc_date else ""
            lines.append(" · ".join(p for p in (evidence.doc_number, when, evidence.subject) if p))
            for attachment in evidence.attachments:
                self.files.append(attachment)
                lines.append(f"    📎 {attachment.filename}")
        self.file_rows = [i for i, line in enumerate(lines) if line.startswith("    📎")]
        self.list = QListView(self)
        self.list.setModel(QStringListModel(lines, self))
        self.list.doubleClicked.connect(lambda index: self.open_file(self._attachment_at(index.row())))
        heading = QLabel(task.content, self)
        heading.setWordWrap(True)
        empty = QLabel(self.tr("No evidence recorded yet. Record progress (Ctrl+R) with the document that proves it."),
                       self)
        empty.setVisible(not lines)
        open_button = QPushButton(self.tr("&Open file"), self)
        open_button.clicked.connect(lambda: self.open_file(self._attachment_at(self.list.currentIndex().row())))
        buttons = QDialogButtonBox(self)
        buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _attachment_at(self, row: int) -> AttachmentInfo | None:
        return self.files[self.file_rows.index(row)] if row in self.file_rows else None

    def open_file(self, attachment: AttachmentInfo | None) -> bool:
        """Open the stored copy with the program the system uses for its kind of file."""
        if attachment is None:
            return False
        try:
            path = self.tracking.attachment_path(attachment.id)
        except TthcError as error:
            report_error(self, error)
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
