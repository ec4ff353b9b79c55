"""The printed pages beside the editor, rendered off the GUI thread a moment after the clerk stops typing: the plan's
in the Plan editor, the report's in the Report builder (each passes its own `render`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QEvent, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from tthc_desktop.services.registry import Services
from tthc_desktop.ui.background import QuietTask
from tthc_desktop.ui.printing import load_pdf

PREVIEW_PAUSE_MS = 1200  # the preview waits for the clerk to stop typing
PREVIEW_AUTO_TASKS = 300  # above this, rendering takes seconds of CPU: the preview waits to be asked


class LivePreview(QWidget):
    """The printed pages beside the editor, rendered off the GUI thread once the clerk pauses."""

    rendered = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None,
                 render: Callable[[int], bytes] | None = None) -> None:
        super().__init__(parent)
        self.services = services
        # What to print for an id: a plan's decision and plan by default, a report in the Report builder.
        self.render_function = render or (lambda plan_id: services.printing.render(plan_id, "both", "pdf"))
        self.plan_id: int | None = None
        self.pdf: bytes | None = None
        self._running = False
        self._again = False
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("livePreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.auto = True  # False for a large document: rendered only when the clerk asks (it takes seconds)
        self.update_button = QPushButton(self)
        self.update_button.clicked.connect(self.render_now)
        self.update_button.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_PAUSE_MS)
        self.timer.timeout.connect(self.render_now)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.update_button)
        layout.addWidget(self.view, 1)
        self._said: tuple[str, object] = ("", None)
        self.retranslate()

    def retranslate(self) -> None:
        """The status line from what it says (`_said`), in the language now installed."""
        kind, value = self._said
        texts = {"large": self.tr("A large plan: its preview is made when you press Update."),
                 "nothing": self.tr("Nothing to preview yet."), "updating": self.tr("Updating the preview…"),
                 "pages": self.tr("%n page(s), as they will print.", "", value if isinstance(value, int) else 0),
                 "failed": self.tr("The preview could not be made: {reason}").format(reason=value)}
        self.status.setText(texts.get(kind, ""))
        self.update_button.setText(self.tr("&Update the preview"))

    def _say(self, kind: str, value: object = None) -> None:
        self._said = (kind, value)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_plan(self, plan_id: int | None, auto: bool = True) -> None:
        self.plan_id, self.auto = plan_id, auto
        self.update_button.setVisible(not auto and plan_id is not None)
        if auto:
            self.schedule(immediately=True)
        else:
            self.document.close()
            self.pdf = None
            self._say("large")

    def schedule(self, immediately: bool = False) -> None:
        if not self.auto or (not self.isVisible() and not immediately):
            return
        self.timer.start(0 if immediately else PREVIEW_PAUSE_MS)

    def render_now(self) -> None:
        if self.plan_id is None:
            self.document.close()
            self._say("nothing")
            return
        if self._running:
            self._again = True
            return
        self._running, self._again = True, False
        self._say("updating")
        plan_id, render = self.plan_id, self.render_function
        task = QuietTask(self, lambda: (plan_id, render(plan_id)))
        task.done.connect(self._show)
        task.failed.connect(self._failed)

    def _finish(self) -> None:
        self._running = False
        if self._again:
            self.render_now()

    def _show(self, result: tuple[int, bytes]) -> None:
        plan_id, pdf = result
        if plan_id == self.plan_id:
            page = self.view.pageNavigator().currentPage()
            self.pdf = pdf
            buffer = load_pdf(self.document, pdf, self)
            if self._buffer is not None:
                self._buffer.deleteLater()
            self._buffer = buffer
            if 0 < page < self.document.pageCount():
                self.view.pageNavigator().jump(page, self.view.pageNavigator().currentLocation())
            self._say("pages", self.document.pageCount())
            self.rendered.emit()
        self._finish()

    def _failed(self, error: Exception) -> None:
        self._say("failed", error)
        self._finish()
