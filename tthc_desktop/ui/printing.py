"""Print preview, printing and saving of a plan's documents: the pages shown and printed are the PDF's."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QSettings,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain import filenames
from tthc_desktop.errors import TthcError
from tthc_desktop.files import write_atomic
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.services.registry import Services
from tthc_desktop.ui import saving, window_size
from tthc_desktop.ui.background import BackgroundTask
from tthc_desktop.ui.messages import report_error

PRINT_DPI = 300  # sharp on office printers, and an A4 page image stays near 35 MB


def suggested_name(plan: PlanSummary, what: str, suffix: str) -> str:
    """ "Quyet dinh va Ke hoach so 05-QD-UBND nam 2026.pdf", "Ke hoach nam 2026 (du thao).docx"."""
    number = plan.decision.number_text if plan.decision is not None and what != "plan" else plan.number_text
    return filenames.document_name(what, number, plan.year, suffix)


def ask_save_path(parent: QWidget, settings: QSettings, plan: PlanSummary, what: str, suffix: str) -> Path | None:
    # Literal translate() calls: lupdate reads only these, never a wrapper given a variable.
    filters = {"pdf": QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
               "docx": QCoreApplication.translate("Printing", "Word documents (*.docx)")}
    return saving.ask_save_path(parent, QCoreApplication.translate("Printing", "Save as"),
                                suggested_name(plan, what, suffix), filters[suffix], suffix, settings)



def load_pdf(document: QPdfDocument, data: bytes, owner: QObject) -> QBuffer:
    """`document` shows the PDF `data` from memory; the buffer it reads (a child of `owner`) must live as long as
    the document shows it."""
    buffer = QBuffer(owner)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer

class PrintPreviewDialog(QDialog):
    """The pages exactly as they will print, with Print, Save as PDF and Save as Word."""

    def __init__(self, services: Services, plan: PlanSummary, settings: QSettings, parent: QWidget | None = None,
                 what: str = "both") -> None:
        super().__init__(parent)
        self.services, self.plan, self.settings = services, plan, settings
        self.pdf: bytes | None = None
        self.setWindowTitle(self.tr("Print preview — {subject}").format(subject=plan.subject))
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.what = QComboBox(self)
        choices = [("both", self.tr("Decision and plan")), ("decision", self.tr("Decision only")),
                   ("plan", self.tr("Plan only"))]
        for key, label in choices:
            if plan.decision is not None or key == "plan":
                self.what.addItem(label, key)
        self.what.setCurrentIndex(max(self.what.findData(what), 0))
        self.what.currentIndexChanged.connect(self.refresh)
        self.pages_label = QLabel(self)
        what_label = QLabel(self.tr("&Print:"), self)
        what_label.setBuddy(self.what)
        bar = QHBoxLayout()
        bar.addWidget(what_label)
        bar.addWidget(self.what)
        bar.addStretch(1)
        bar.addWidget(self.pages_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        # Qt ships no Vietnamese catalogue of its own: standard buttons take our words.
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.word_button = QPushButton(self.tr("Save as &Word…"), self)
        for button in (self.print_button, self.pdf_button, self.word_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(False)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.word_button.clicked.connect(lambda: self.save_word())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        window_size.fit(self, 900, 1000, "printPreview")  # as tall as the screen allows, buttons in view
        self.task: BackgroundTask | None = None
        self.refresh()

    def current_what(self) -> str:
        return str(self.what.currentData())

    def refresh(self) -> None:
        """Render the chosen documents off the GUI thread, then show them."""
        for button in (self.print_button, self.pdf_button, self.word_button):
            button.setEnabled(False)
        plan_id, what = self.plan.id, self.current_what()
        self.pages_label.setText(self.tr("Preparing the pages…"))
        self.task = BackgroundTask(self, self.tr("Preparing the pages…"),
                                   lambda: self.services.printing.render(plan_id, what, "pdf"))
        self.task.done.connect(self._show)
        self.task.failed.connect(lambda error: (self.pages_label.setText(""), report_error(self, error)))

    def _show(self, data: bytes) -> None:
        self.pdf = data
        self.document.close()
        self._buffer = load_pdf(self.document, data, self)
        self.pages_label.setText(self.tr("%n page(s)", "", self.document.pageCount()))
        for button in (self.print_button, self.pdf_button, self.word_button):
            button.setEnabled(True)

    # ---------------------------------------------------------------- printing

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.plan.subject)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint each PDF page on its own sheet, turned as the page is; returns the pages printed."""
        count = self.document.pageCount()
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, count, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        printer.setFullPage(True)
        printer.setResolution(PRINT_DPI)
        painter = QPainter()
        printed = 0
        for index in range(count):
            if progress.wasCanceled():
                printer.abort()
                break
            size = self.document.pagePointSize(index)
            orientation = (QPageLayout.Orientation.Landscape if size.width() > size.height()
                           else QPageLayout.Orientation.Portrait)
            printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF()))
            if index == 0:
                if not painter.begin(printer):
                    QMessageBox.warning(self, self.tr("TTHC Desktop"), self.tr(
                        "The printer could not be started. Check that it is switched on and try again."))
                    return 0
            else:
                printer.newPage()
            target = painter.viewport()
            painter.drawImage(target, self.document.render(index, target.size()))
            printed += 1
            progress.setValue(printed)
        if painter.isActive():
            painter.end()
        progress.reset()
        return printed

    # ---------------------------------------------------------------- saving

    def save_pdf(self, path: Path | None = None) -> Path | None:
        path = path or ask_save_path(self, self.settings, self.plan, self.current_what(), "pdf")
        if path is None or self.pdf is None:
            return None
        try:
            write_atomic(path, self.pdf)
        except TthcError as error:
            report_error(self, error)
            return None
        saving.announce_saved(self, path)
        return path

    def save_word(self, path: Path | None = None) -> BackgroundTask | None:
        path = path or ask_save_path(self, self.settings, self.plan, self.current_what(), "docx")
        if path is None:
            return None
        plan_id, what = self.plan.id, self.current_what()
        task = BackgroundTask(self, self.tr("Writing the Word file…"),
                              lambda: self.services.printing.save(plan_id, path, what, "docx"))
        task.done.connect(lambda saved: saving.announce_saved(self, saved))
        task.failed.connect(lambda error: report_error(self, error))
        return task


class PrintActions(QObject):
    """The File menu's print and save actions for the plan selected in the main window."""

    def __init__(self, window) -> None:  # noqa: ANN001 - the MainWindow
        super().__init__(window)
        self.window = window
        self.preview = QAction(window)
        self.preview.setShortcut(QKeySequence.StandardKey.Print)
        self.preview.triggered.connect(self.open_preview)
        self.save_pdf = QAction(window)
        self.save_pdf.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_pdf.triggered.connect(lambda: self.save("pdf"))
        self.save_word = QAction(window)
        self.save_word.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.save_word.triggered.connect(lambda: self.save("docx"))
        self.actions = [self.preview, self.save_pdf, self.save_word]
        self.set_plan(None)

    def retranslate(self) -> None:
        self.preview.setText(self.tr("Print pre&view and print…"))
        self.save_pdf.setText(self.tr("Save decision and plan as &PDF…"))
        self.save_word.setText(self.tr("Save decision and plan as &Word…"))

    def set_plan(self, plan: PlanSummary | None) -> None:
        for action in self.actions:
            action.setEnabled(plan is not None)

    def open_preview(self) -> PrintPreviewDialog | None:
        plan = self.window.current_plan()
        if plan is None:
            return None
        dialog = PrintPreviewDialog(self.window.services, plan, self.window.settings, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def save(self, suffix: str, path: Path | None = None) -> BackgroundTask | None:
        plan = self.window.current_plan()
        if plan is None:
            return None
        what = "both" if plan.decision is not None else "plan"
        path = path or ask_save_path(self.window, self.window.settings, plan, what, suffix)
        if path is None:
            return None
        task = BackgroundTask(self.window, self.tr("Writing {name}…").format(name=path.name),
                              lambda: self.window.services.printing.save(plan.id, path, what, suffix))
        task.done.connect(lambda saved: saving.announce_saved(self.window, saved))
        task.failed.connect(lambda error: report_error(self.window, error))
        return task
