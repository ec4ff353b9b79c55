"""The Report builder: pick the period (the one due is proposed), draft the report from the tracker, edit its
sections, check the tables and the printed pages, issue it (figures frozen) and export it.

A section's text is kept as it is typed, each burst of typing one undoable command on the workspace's stack. The
list and the report follow what writes change (`apply_changes`): a draft shows live figures, so a progress entry
or a figure typed in the tracker shows here at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain import filenames, periods
from tthc_desktop.domain.enums import OutboxState
from tthc_desktop.errors import TthcError
from tthc_desktop.services.changes import Changes, Part
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.services.registry import Services
from tthc_desktop.services.reports_dto import ReportStatus, ReportSummary, ReportView
from tthc_desktop.ui import saving
from tthc_desktop.ui.background import BackgroundTask, QuietTask
from tthc_desktop.ui.changes_hub import ChangesHub
from tthc_desktop.ui.commands import ValueCommand
from tthc_desktop.ui.messages import report_error
from tthc_desktop.ui.plan_editor.delegates import OutlineDelegate
from tthc_desktop.ui.plan_editor.live_preview import LivePreview
from tthc_desktop.ui.remembered_plans import keep_report, report_of
from tthc_desktop.ui.report_builder.issue_dialog import ReportIssueDialog
from tthc_desktop.ui.report_builder.mail_dialogs import MailSettingsDialog, OutboxDialog, SendReportDialog
from tthc_desktop.ui.report_builder.models import ReportListModel, ReportSectionsModel, ReportTableModel, period_text
from tthc_desktop.ui.workspaces import Workspace

KINDS = ("month", "quarter", "half_year", "nine_months", "year")
OUTBOX_EVERY_MS = 60_000
MAX_TABLE_COLUMN = 300  # px: a report table's column wraps its text beyond this
FORMATS = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "xlsx": "Excel (*.xlsx)"}


class ReportBuilderWorkspace(Workspace):
    def __init__(self, services: Services, settings: QSettings | None = None, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        self.services = services
        self.settings = settings
        self.today = today or date.today()
        self.view_data: ReportView | None = None
        self.hub = ChangesHub.of(services)
        self.burst = 0  # a burst of typing in one section: one undo step until its editor closes
        super().__init__(parent)
        self.watch(self.hub)

    def title(self) -> str:
        return self.tr("Report builder")

    def purpose(self) -> str:
        return self.tr("Build the monthly, quarterly, half-year and annual reports, export and send them.")

    # ---------------------------------------------------------------- widgets

    def content(self) -> QWidget:
        box = QWidget(self)
        self.period_box = QComboBox(box)
        self.period_box.setObjectName("periodBox")
        self.due_label = QLabel(box)
        self.open_action = self._action("Ctrl+Shift+R", self.open_report)
        self.open_button = QPushButton(box)
        self.open_button.clicked.connect(self.open_report)
        top = QHBoxLayout()
        top.addWidget(self.period_box, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.due_label, 2)

        self.reports = ReportListModel(self)
        self.report_view = QListView(box)
        self.report_view.setObjectName("reportList")
        self.report_view.setModel(self.reports)
        self.report_view.setWordWrap(True)  # "Quý I năm 2026 · 15/BC-UBND · đã gửi" wraps in a narrow list
        self.report_view.selectionModel().currentChanged.connect(lambda index, _old: self._report_chosen(index))
        self.period_box.currentIndexChanged.connect(self._period_chosen)

        self.toolbar = QToolBar(box)
        self.refresh_action = self._action("Ctrl+Shift+F", self.refresh_figures)
        self.issue_action = self._action("", self.issue)
        self.export_actions = {fmt: self._action("", lambda _c=False, f=fmt: self.export(f)) for fmt in FORMATS}
        self.delete_action = self._action("", self.delete_draft)
        self.send_action = self._action("Ctrl+Shift+M", self.send)
        self.outbox_action = self._action("", self.open_outbox)
        self.mail_settings_action = self._action("", lambda: MailSettingsDialog(self.services, self).open())
        for action in (self.refresh_action, self.issue_action, *self.export_actions.values(), self.send_action,
                       self.delete_action):
            self.toolbar.addAction(action)

        self.sections = ReportSectionsModel(self)
        self.sections.edit_requested = self.edit_section
        self.section_view = QTableView(box)
        self.section_view.setObjectName("reportSections")
        self.section_view.setModel(self.sections)
        self.section_view.setWordWrap(True)
        self.section_view.verticalHeader().hide()
        self.section_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.section_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.section_view.setColumnWidth(0, 260)
        delegate = _TextDelegate(self.section_view)
        delegate.closeEditor.connect(self._section_closed)
        self.section_view.setItemDelegateForColumn(1, delegate)
        self.section_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                          | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table_box = QComboBox(box)
        self.table_box.currentIndexChanged.connect(self._show_table)
        self.table = ReportTableModel(self)
        self.table_view = QTableView(box)
        self.table_view.setObjectName("reportTable")
        self.table_view.setModel(self.table)
        self.table_view.setWordWrap(True)
        self.table_view.verticalHeader().hide()
        tables_page = QWidget(box)
        tables_layout = QVBoxLayout(tables_page)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_layout.addWidget(self.table_box)
        tables_layout.addWidget(self.table_view, 1)
        self.pages = QTabWidget(box)
        self.pages.addTab(self.section_view, "")
        self.pages.addTab(tables_page, "")
        self.status = QLabel(box)
        self.status.setWordWrap(True)
        middle = QWidget(box)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.toolbar)
        middle_layout.addWidget(self.status)
        middle_layout.addWidget(self.pages, 1)
        self.preview = LivePreview(self.services, box, render=lambda report_id: self.services.reports.render(
            report_id, "pdf"))
        self.split = QSplitter(Qt.Orientation.Horizontal, box)
        self.split.setObjectName("reportSplit")
        self.split.addWidget(self.report_view)
        self.split.addWidget(middle)
        self.split.addWidget(self.preview)
        self.split.setStretchFactor(1, 3)
        self.split.setStretchFactor(2, 2)
        self.split.setSizes([180, 600, 400])
        # The outbox is tried again in the background: at start, then every minute while something waits.
        self.outbox_timer = QTimer(self)
        self.outbox_timer.setInterval(OUTBOX_EVERY_MS)
        self.outbox_timer.timeout.connect(self.send_waiting)
        self.outbox_timer.start()
        QTimer.singleShot(5_000, self.send_waiting)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)
        return box

    def _action(self, shortcut: str, slot: Any) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "toolbar"):
            return
        self.open_action.setText(self.tr("&Draft or open the report of this period"))
        self.open_button.setText(self.tr("Draft / open (Ctrl+Shift+R)"))
        self.refresh_action.setText(self.tr("&Refresh the figures"))
        self.refresh_action.setToolTip(self.tr("Read the tracker again; sections you wrote are kept (Ctrl+Shift+F)"))
        self.issue_action.setText(self.tr("&Issue the report…"))
        self.export_actions["pdf"].setText(self.tr("Save as &PDF…"))
        self.export_actions["docx"].setText(self.tr("Save as &Word…"))
        self.export_actions["xlsx"].setText(self.tr("Save as &Excel…"))
        self.delete_action.setText(self.tr("&Delete the draft"))
        self.send_action.setText(self.tr("Se&nd by email…"))
        self.send_action.setToolTip(self.tr("Queue the issued report in the outbox and send it (Ctrl+Shift+M)"))
        self.outbox_action.setText(self.tr("&Outbox…"))
        self.mail_settings_action.setText(self.tr("&Mail settings…"))
        self.pages.setTabText(0, self.tr("Sections"))
        self.pages.setTabText(1, self.tr("Tables"))
        self._fill_periods()
        self._show_status()

    # ---------------------------------------------------------------- plan and period

    def set_plan(self, plan: PlanSummary | None) -> None:
        super().set_plan(plan)
        if not hasattr(self, "toolbar"):
            return
        self.undo_stack.clear()
        self._fill_periods()
        self.reload_reports(select=self._remembered_report())

    def apply_changes(self, changes: Changes) -> None:
        """The reports again when reports or the outbox changed; the open draft again when what its live figures
        come from changed; the proposed period when the reporting days did. A section being typed here is
        already shown: only the preview catches up."""
        plan = self._plan
        if plan is None or not hasattr(self, "toolbar"):
            return
        if changes.touches(Part.SETTINGS):
            self._fill_periods()
        current = self.current()
        if changes.touches((Part.REPORTS, Part.OUTBOX), plan.id):
            if self.hub.initiator is self and changes.parts <= {Part.REPORTS}:
                self.preview.schedule()
                return
            self.reload_reports(select=current.report_id if current else None)
        elif current is not None and current.status is ReportStatus.DRAFT and changes.touches(
                (Part.TRACKING, Part.FIGURES, Part.OUTLINE, Part.INDICATORS, Part.ORGANIZATION, Part.SETTINGS,
                 Part.DOCUMENTS), plan.id):
            self.show_report(current.report_id)

    def _fill_periods(self) -> None:
        plan = self._plan
        chosen = self.period_box.currentData()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        proposed = None
        if plan is not None:
            proposal = self._run(lambda: self.services.reports.propose_period(plan.id))
            proposed = proposal.key if proposal else None
            for kind in KINDS:
                for period in periods.periods_of_year(plan.year, kind):
                    self.period_box.addItem(period_text(period.key), period.key)
            if proposal is not None:
                self.due_label.setText(self.tr("Proposed: {period}, due {due:%d/%m/%Y}.").format(
                    period=period_text(proposal.key), due=proposal.due))
        else:
            self.due_label.setText("")
        wanted = chosen if chosen and self.period_box.findData(chosen) >= 0 else proposed
        self.period_box.setCurrentIndex(max(0, self.period_box.findData(wanted)))
        self.period_box.blockSignals(False)

    def reload_reports(self, select: int | None = None) -> None:
        """The plan's reports listed again, showing `select` if it is one of them, else the report of the period
        in the period box, else none: the period box, the list and the preview always name the same report."""
        plan = self._plan
        reports = self._run(lambda: self.services.reports.list_reports(plan.id)) if plan else []
        self.reports.set_reports(reports or [])
        row = self.reports.row_of(select) if select is not None else None
        if row is None:
            row = self.reports.row_of_period(self.period_box.currentData())
        if row is not None:
            self.report_view.setCurrentIndex(self.reports.index(row))
        else:
            self.show_report(None)

    def _period_chosen(self) -> None:
        """The report of the period chosen, or none when that period has none yet (Draft / open makes it)."""
        row = self.reports.row_of_period(self.period_box.currentData())
        if row is not None:
            self.report_view.setCurrentIndex(self.reports.index(row))
            return
        self.report_view.setCurrentIndex(QModelIndex())
        self.report_view.clearSelection()
        if self.view_data is not None:
            self.show_report(None)

    def _report_chosen(self, index: QModelIndex) -> None:
        """A report of the list shown; the period box moves to its period and the settings keep it for the next
        start (per database, as the plan is: ui/remembered_plans.py)."""
        report = self.reports.reports[index.row()] if index.isValid() else None
        self.show_report(report.report_id if report else None)
        if report is None:
            return
        row = self.period_box.findData(report.period_key)
        if row >= 0 and row != self.period_box.currentIndex():
            self.period_box.blockSignals(True)
            self.period_box.setCurrentIndex(row)
            self.period_box.blockSignals(False)
        if self.settings is not None:
            keep_report(self.settings, self.services.database.path, report.report_id)

    def _remembered_report(self) -> int | None:
        return report_of(self.settings, self.services.database.path) if self.settings is not None else None

    # ---------------------------------------------------------------- one report

    def current(self) -> ReportSummary | None:
        return self.view_data.summary if self.view_data else None

    def open_report(self) -> ReportSummary | None:
        """The draft of the chosen period: the one already there, or a new one pre-filled from the tracker."""
        plan, key = self._plan, self.period_box.currentData()
        if plan is None or not key:
            return None
        found = self._run(lambda: self.services.reports.find(plan.id, key) or self.services.reports.create_draft(
            plan.id, key))
        if found is not None:
            self.select_report(found.report_id)
        return found

    def select_report(self, report_id: int) -> None:
        """Show a report of the list (listed again first when it is not there yet)."""
        row = self.reports.row_of(report_id)
        if row is None:
            self.reload_reports(select=report_id)
        elif self.report_view.currentIndex().row() != row:
            self.report_view.setCurrentIndex(self.reports.index(row))
        elif self.current() is None or self.current().report_id != report_id:
            self.show_report(report_id)

    def show_report(self, report_id: int | None) -> None:
        self.view_data = self._run(lambda: self.services.reports.report(report_id)) if report_id else None
        data = self.view_data
        draft = data is not None and data.summary.status is ReportStatus.DRAFT
        self.sections.set_sections(data.sections if data else (), draft)
        self.table_box.blockSignals(True)
        self.table_box.clear()
        for table in data.tables if data else ():
            self.table_box.addItem(table.title, table.key)
        self.table_box.blockSignals(False)
        self._show_table()
        for action in (self.refresh_action, self.issue_action, self.delete_action):
            action.setEnabled(draft)
        for action in self.export_actions.values():
            action.setEnabled(data is not None)
        self.send_action.setEnabled(data is not None and not draft)
        self._show_status()
        self.preview.show_plan(report_id if data else None)

    def _show_table(self) -> None:
        data = self.view_data
        index = self.table_box.currentIndex()
        self.table.set_table(data.tables[index] if data and 0 <= index < len(data.tables) else None)
        # As wide as its words, but no wider than a column can be read: a task's text wraps in its cell, so every
        # column stays in the pane (unbounded, the task column was thousands of pixels wide).
        self.table_view.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            if self.table_view.columnWidth(column) > MAX_TABLE_COLUMN:
                self.table_view.setColumnWidth(column, MAX_TABLE_COLUMN)
        self.table_view.resizeRowsToContents()

    def _show_status(self) -> None:
        data = self.view_data
        if data is None:
            self.status.setText(self.tr("No report open. Pick a period and press Draft / open."))
        elif data.frozen:
            self.status.setText(self.tr("{number}, issued: its figures are frozen as of {day:%d/%m/%Y}.").format(
                number=data.summary.number_text, day=data.figures_at))
        else:
            self.status.setText(self.tr("Draft with the tracker's figures as of {day:%d/%m/%Y}. Double-click a "
                                        "section to edit it.").format(day=data.figures_at))

    def edit_section(self, key: str, text: str) -> bool:
        """A section's text as typed, kept at once: an undoable command, one per burst of typing."""
        data = self.view_data
        if data is None:
            return False
        report_id, reports = data.summary.report_id, self.services.reports
        section = next((s for s in self.sections.sections if s.key == key), None)
        label = section.label if section is not None and section.label else (section.heading if section else key)
        command = ValueCommand(self.tr("Edit section {section}").format(section=label or ""), self.hub, self,
                               lambda error: report_error(self, error),
                               lambda typed: reports.update_section(report_id, key, typed),
                               section.text if section is not None else "", text,
                               merge_key=("section", report_id, key, self.burst))
        self.undo_stack.push(command)
        if command.done:
            self.sections.keep(key, text)  # shown by the editor being typed in; no signal that would reset it
        return command.done

    def _section_closed(self, *_args: object) -> None:
        self.burst += 1

    def refresh_figures(self) -> None:
        data = self.view_data
        if data is not None:
            self._run(lambda: self.services.reports.refresh(data.summary.report_id))  # shown through the hub

    def issue(self, on: date | None = None, number: int | None = None) -> ReportSummary | None:
        """Number, date and freeze the report: with the date (and number) given, at once; else as the clerk types
        them in the issue dialog (the number from the register, the proposed one by default)."""
        data = self.view_data
        if data is None:
            return None
        if on is None:
            chosen = self._ask_issue(data.summary.document_id)
            if chosen is None:
                return None
            on, number = chosen
        day = on
        return self._run(lambda: self.services.reports.issue(data.summary.report_id, day, number))

    def delete_draft(self) -> None:
        data = self.view_data
        if data is not None:
            self._run(lambda: self.services.reports.delete_draft(data.summary.report_id))  # the list follows

    def export(self, fmt: str, path: Path | None = None) -> BackgroundTask | None:
        data = self.view_data
        if data is None:
            return None
        if path is None:
            name = filenames.report_name(data.summary.period_key, fmt, data.summary.number_text)
            path = saving.ask_save_path(self, self.tr("Save the report"), name, FORMATS[fmt], fmt, self.settings)
            if path is None:
                return None
        report_id = data.summary.report_id
        task = BackgroundTask(self, self.tr("Writing {name}…").format(name=path.name),
                              lambda: self.services.reports.export(report_id, path, fmt))  # type: ignore[arg-type]
        task.done.connect(lambda written: saving.announce_saved(self, written))
        task.failed.connect(lambda error: report_error(self, error))
        return task

    def send(self) -> SendReportDialog | None:
        """An issued report by email: queued in the outbox first, then sent off the GUI thread."""
        data = self.view_data
        if data is None or data.summary.status is ReportStatus.DRAFT:
            return None
        if not self.services.mail.settings().smtp_host:
            MailSettingsDialog(self.services, self).open()
            self.status.setText(self.tr("Fill in the mail server first, then send again."))
            return None
        dialog = SendReportDialog(self.services, data.summary, self)
        dialog.accepted.connect(self.send_queued)
        dialog.open()
        return dialog

    def send_queued(self) -> BackgroundTask:
        mail = self.services.mail
        self.status.setText(self.tr("Queued in the outbox; sending…"))
        task = BackgroundTask(self, self.tr("Sending…"), lambda: mail.send_due())
        task.done.connect(self._sent)
        task.failed.connect(lambda error: self.status.setText(self.tr(
            "Not sent yet ({reason}); it stays in the outbox and is tried again.").format(reason=error)))
        return task

    def _sent(self, summary: Any) -> None:
        if summary.sent:
            self.status.setText(self.tr("Sent."))
        else:
            self.status.setText(self.tr("Not sent yet; it stays in the outbox and is tried again. See Reports > "
                                        "Outbox for the server's reason."))

    def send_waiting(self) -> QuietTask | None:
        """Messages waiting in the outbox whose time has come are sent without asking; failures stay listed."""
        mail = self.services.mail
        try:
            waiting = any(item.state is OutboxState.QUEUED for item in mail.list_outbox())
        except TthcError:
            return None
        if not waiting:
            return None
        return QuietTask(self, lambda: mail.send_due())  # what it sends comes back through the hub

    def open_outbox(self) -> OutboxDialog:
        dialog = OutboxDialog(self.services, self)
        dialog.open()
        return dialog

    def _ask_issue(self, document_id: int) -> tuple[date, int] | None:
        """The issue date (today proposed) and number (the register's next proposed); None when cancelled."""
        document = self._run(lambda: self.services.documents.get(document_id))
        if document is None:
            return None
        dialog = ReportIssueDialog(self.services, document, self.today, self)
        self.issue_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    def _run(self, action: Any) -> Any:
        try:
            return action()
        except TthcError as error:
            report_error(self, error)
            return None


class _TextDelegate(OutlineDelegate):
    """Sections are long: several lines while editing, as in the task tree (Enter a new line, Tab keeps)."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.installEventFilter(self)
        # Kept as it is typed: nothing is lost to a crash or a closed window while the editor is open.
        editor.textChanged.connect(lambda: self.commitData.emit(editor))
        return editor
