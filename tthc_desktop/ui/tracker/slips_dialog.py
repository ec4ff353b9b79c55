"""Tracking > Reminder slips…: choose the units, preview their slips (the PDF pages themselves), save them as PDF
or Word, or mail each unit its own through the outbox; and the history of the slips made. Rendering, saving and
mailing run off the GUI thread (ui.background)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QBuffer,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain import filenames, vnformat
from tthc_desktop.domain.enums import OutboxState
from tthc_desktop.domain.status import DUE_SOON_DAYS
from tthc_desktop.errors import TthcError
from tthc_desktop.services.chasing_dto import ALL_UNITS, SlipBatch, SlipRecord
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.services.registry import Services
from tthc_desktop.ui import saving, window_size
from tthc_desktop.ui.background import BackgroundTask
from tthc_desktop.ui.messages import report_error
from tthc_desktop.ui.printing import load_pdf

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class SlipHistoryModel(QAbstractTableModel):
    """The slips made, newest first: when, for whom, how (saved or mailed) and what became of the mail."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.records: list[SlipRecord] = []

    def set_records(self, records: list[SlipRecord]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Date"), self.tr("Unit"), self.tr("How"), self.tr("Mail"), self.tr("Tasks")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{line.label}  {line.deadline.replace(chr(10), ', ')}  {line.state}"
                             for line in record.lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _text(self, record: SlipRecord, column: int) -> str:
        if column == 0:
            return vnformat.short_date(record.made_on)
        if column == 1:
            return record.unit_name
        if column == 2:
            if record.delivery == "mail":
                return self.tr("mailed to {address}").format(address=record.recipient or "")
            return self.tr("saved as {format}").format(format=record.file_format.upper())
        if column == 3:
            return self._state(record.outbox_state) if record.delivery == "mail" else ""
        return str(len(record.lines))

    def _state(self, state: OutboxState | None) -> str:
        return {OutboxState.QUEUED: self.tr("waiting in the outbox"), OutboxState.SENDING: self.tr("sending"),
                OutboxState.SENT: self.tr("sent"), OutboxState.FAILED: self.tr("not sent: see the outbox"),
                None: self.tr("removed from the outbox")}.get(state, str(state))


class SlipsDialog(QDialog):
    def __init__(self, services: Services, plan: PlanSummary, today: Callable[[], date], settings: QSettings,
                 units: list[int] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.plan, self.today, self.settings = services, plan, today, settings
        self.setWindowTitle(self.tr("Reminder slips — {year}").format(year=plan.year))
        self.task: BackgroundTask | None = None
        self.pdf: bytes | None = None
        self.unit_list = QListWidget(self)
        self.unit_list.setMaximumHeight(150)
        self.within = QSpinBox(self)
        self.within.setRange(0, 366)
        self.within.setValue(int(settings.value("slips/within", DUE_SOON_DAYS)))
        self.within.setSuffix(self.tr(" days"))
        self.signer = QComboBox(self)
        self.format = QComboBox(self)
        self.format.addItem(self.tr("PDF"), "pdf")
        self.format.addItem(self.tr("Word"), "docx")
        self.format.setCurrentIndex(max(self.format.findData(settings.value("slips/format", "pdf")), 0))
        form = QFormLayout()
        form.addRow(self.tr("&Units:"), self.unit_list)
        form.addRow(self.tr("Include tasks due &within:"), self.within)
        form.addRow(self.tr("Si&gned by:"), self.signer)
        form.addRow(self.tr("File &type:"), self.format)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.preview = QPdfView(self)
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        making = QWidget(self)
        making_layout = QVBoxLayout(making)
        making_layout.addLayout(form)
        making_layout.addWidget(self.preview, 1)
        making_layout.addWidget(self.status)
        self.history = SlipHistoryModel(self)
        self.history_view = QTableView(self)
        self.history_view.setModel(self.history)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.history_view.verticalHeader().hide()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(making, self.tr("&Slips"))
        self.tabs.addTab(self.history_view, self.tr("&History"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.save_button = QPushButton(self.tr("Sa&ve…"), self)
        self.send_button = QPushButton(self.tr("Send by &e-mail"), self)
        for button in (self.preview_button, self.save_button, self.send_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(lambda: self.refresh())
        self.save_button.clicked.connect(lambda: self.save())
        self.send_button.clicked.connect(lambda: self.send())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        window_size.fit(self, 860, 900, "slips")  # the preview as tall as the screen allows, buttons in view
        self._fill(units)
        self.within.valueChanged.connect(lambda: self._fill(self.chosen_units()))
        self.reload_history()

    # ---------------------------------------------------------------- choices

    def _fill(self, chosen: list[int] | None) -> None:
        """The units that owe something on the day, each with what it owes and its address; the chosen ticked."""
        self.unit_list.clear()
        try:
            dues = self.services.chasing.dues(plan_id=self.plan.id, unit=ALL_UNITS, within=self.within.value(),
                                              at=self.today())
            signers = self.services.slips.signers()
        except TthcError as error:
            report_error(self, error)
            return
        for unit in dues.units:
            if unit.unit_id is None or not unit.owes:
                continue
            address = unit.email or self.tr("no e-mail address")
            text = self.tr("{unit}: {late} late, {due} due, {silent} without progress — {address}").format(
                unit=unit.name, late=len(unit.late), due=len(unit.due), silent=len(unit.silent), address=address)
            item = QListWidgetItem(text, self.unit_list)
            item.setData(Qt.ItemDataRole.UserRole, unit.unit_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = chosen is None or unit.unit_id in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        if not self.unit_list.count():
            self.status.setText(self.tr("No unit owes anything late or due within %n day(s) today.", "",
                                     self.within.value()))
        if not self.signer.count():
            remembered = self.settings.value("slips/signer", "")
            for choice in signers:
                self.signer.addItem(" / ".join(choice.lines) + (f" — {choice.name}" if choice.name else ""), choice)
                if str(choice.official_id or "") == str(remembered or ""):
                    self.signer.setCurrentIndex(self.signer.count() - 1)

    def chosen_units(self) -> list[int]:
        return [self.unit_list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.unit_list.count())
                if self.unit_list.item(row).checkState() == Qt.CheckState.Checked]

    def _request(self) -> dict[str, Any] | None:
        units = self.chosen_units()
        if not units:
            self.status.setText(self.tr("Tick at least one unit."))
            return None
        self.settings.setValue("slips/within", self.within.value())
        self.settings.setValue("slips/format", self.format.currentData())
        chosen = self.signer.currentData()
        self.settings.setValue("slips/signer", str(chosen.official_id or "") if chosen is not None else "")
        return {"units": units, "within": self.within.value(), "at": self.today(),
                "signer": self.signer.currentData()}

    # ---------------------------------------------------------------- preview, save, send

    def refresh(self) -> BackgroundTask | None:
        request = self._request()
        if request is None:
            return None
        slips, plan_id = self.services.slips, self.plan.id

        def render() -> bytes:
            made = slips.slips(plan_id, request["units"], request["within"], request["at"], request["signer"])
            return slips.render([facts for _unit, facts in made], "pdf")

        self.status.setText(self.tr("Preparing the slips…"))
        self.task = BackgroundTask(self, self.tr("Preparing the slips…"), render)
        self.task.done.connect(self._show)
        self.task.failed.connect(self._failed)
        return self.task

    def _show(self, data: bytes) -> None:
        self.pdf = data
        self.document.close()
        self._buffer = load_pdf(self.document, data, self)
        self.status.setText(self.tr("%n page(s), one slip per unit.", "", self.document.pageCount()))

    def save(self, path: Path | None = None) -> BackgroundTask | None:
        request = self._request()
        if request is None:
            return None
        suffix = str(self.format.currentData())
        if path is None:
            filters = self.tr("PDF files (*.pdf)") if suffix == "pdf" else self.tr("Word documents (*.docx)")
            path = saving.ask_save_path(self, self.tr("Save the slips"), filenames.slips_name(request["at"], suffix),
                                        filters, suffix, self.settings)
            if path is None:
                return None
        slips, plan_id = self.services.slips, self.plan.id
        self.task = BackgroundTask(self, self.tr("Writing {name}…").format(name=path.name), lambda: slips.save(
            plan_id, path, request["units"], suffix, request["within"], request["at"], request["signer"]))
        self.task.done.connect(self._saved)
        self.task.failed.connect(self._failed)
        return self.task

    def _saved(self, batch: SlipBatch) -> None:
        self.status.setText(self.tr("Saved %n slip(s) to {path}.", "", len(batch.records)).format(path=batch.path))
        if batch.path is not None:
            saving.announce_saved(self, Path(batch.path))
        self.reload_history()

    def send(self) -> BackgroundTask | None:
        request = self._request()
        if request is None:
            return None
        if not self.services.mail.settings().configured:
            self.status.setText(self.tr("Fill in the mail server first (Reports > Mail settings), then send again. "
                                        "Meanwhile the slips can be saved and printed."))
            return None
        slips, mail, plan_id, suffix = self.services.slips, self.services.mail, self.plan.id, self.format.currentData()

        def queue_and_send() -> tuple[SlipBatch, Any]:
            batch = slips.send(plan_id, request["units"], suffix, request["within"], request["at"], request["signer"])
            try:
                summary = mail.send_due()
            except TthcError as error:  # queued all the same: the outbox tries again
                summary = error
            return batch, summary

        self.task = BackgroundTask(self, self.tr("Sending the slips…"), queue_and_send)
        self.task.done.connect(self._sent)
        self.task.failed.connect(self._failed)
        return self.task

    def _sent(self, result: tuple[SlipBatch, Any]) -> None:
        batch, summary = result
        text = self.tr("%n slip(s) queued in the outbox.", "", len(batch.records))
        if isinstance(summary, Exception) or not getattr(summary, "clean", False):
            text += " " + self.tr("Not all have left yet; the outbox tries again (Reports > Outbox).")
        else:
            text += " " + self.tr("Sent.")
        if batch.skipped:
            text += " " + self.tr("Not mailed, no address in Settings > Units: {units}.").format(
                units=", ".join(batch.skipped))
        self.status.setText(text)
        self.reload_history()

    def _failed(self, error: Exception) -> None:
        self.status.setText("")
        report_error(self, error)

    def reload_history(self) -> None:
        try:
            self.history.set_records(self.services.slips.history(plan_id=self.plan.id))
        except TthcError as error:
            report_error(self, error)
        self.history_view.resizeColumnToContents(0)
