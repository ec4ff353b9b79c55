"""A task's evidence: the documents that prove it and their files, each opened with the system's program under its
own name, or saved where the clerk chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QStandardPaths, QStringListModel, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain import vnformat
from tthc_desktop.errors import TthcError
from tthc_desktop.services.tracking import TrackingService
from tthc_desktop.services.tracking_dto import AttachmentInfo, TrackedTask
from tthc_desktop.ui import window_size
from tthc_desktop.ui.messages import report_error


class EvidenceDialog(QDialog):
    def __init__(self, tracking: TrackingService, task: TrackedTask, parent: QWidget | None = None) -> None:
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
        self.list.doubleClicked.connect(self._double_clicked)
        heading = QLabel(task.content, self)
        heading.setWordWrap(True)
        empty = QLabel(self.tr("No evidence recorded yet. Record progress (Ctrl+R) with the document that proves it."),
                       self)
        empty.setVisible(not lines)
        open_button = QPushButton(self.tr("&Open file"), self)
        open_button.clicked.connect(lambda: self.open_file(self._attachment_at(self.list.currentIndex().row())))
        save_button = QPushButton(self.tr("&Save a copy…"), self)
        save_button.clicked.connect(lambda: self.save_file(self._attachment_at(self.list.currentIndex().row())))
        for button in (open_button, save_button):
            button.setEnabled(bool(self.files))
        buttons = QDialogButtonBox(self)
        buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        window_size.fit(self, 640, 360, "evidence")

    def _double_clicked(self, index: QModelIndex) -> None:
        attachment = self._attachment_at(index.row())
        if attachment is not None:  # a document's line: nothing to open
            self.open_file(attachment)

    def _attachment_at(self, row: int) -> AttachmentInfo | None:
        return self.files[self.file_rows.index(row)] if row in self.file_rows else None

    def _no_file_chosen(self) -> None:
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "Choose a file first: the lines marked 📎 under a document are its files."))

    def open_file(self, attachment: AttachmentInfo | None) -> bool:
        """Open a copy under the file's own name with the program the system uses for its kind of file; say why
        when that cannot be done."""
        if attachment is None:
            self._no_file_chosen()
            return False
        try:
            path = self.tracking.open_copy(attachment.id)
        except TthcError as error:
            report_error(self, error)
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        kind = path.suffix.lower() or self.tr("(no extension)")
        QMessageBox.warning(self, self.windowTitle(), self.tr(
            "“{name}” could not be opened: the system has no program for {kind} files. A copy is in {folder}; "
            "install a program for this kind of file, or use “Save a copy…” to keep it where you want.").format(
            name=attachment.filename, kind=kind, folder=path.parent))
        return False

    def save_file(self, attachment: AttachmentInfo | None, path: Path | None = None) -> Path | None:
        """Write the file where the clerk chooses (Documents by default), under its own name."""
        if attachment is None:
            self._no_file_chosen()
            return None
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy"),
                                                          str(Path(folder) / attachment.filename))
            if not chosen:
                return None
            path = Path(chosen)
        try:
            written = self.tracking.save_copy(attachment.id, path)
        except TthcError as error:
            report_error(self, error)
            return None
        QMessageBox.information(self, self.windowTitle(), self.tr("Saved: {path}").format(path=written))
        return written
