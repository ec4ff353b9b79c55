"""Bringing a plan in: read a Word or text file (or a pasted document), show what was understood beside the
source it came from and what is doubtful, let the clerk say what a misread table is, and write nothing until the
clerk saves it as a new draft.

The source pane lists the document as the importer read it; choosing a row of the outline tints the lines it came
from, choosing a line selects the row it became, and every doubtful decision (a table's kind, a continuation
row, a schedule or a figure not understood) is marked on the line where it was made and on the row it touched.
"""

from __future__ import annotations

from itertools import count
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain.enums import OutlineKind
from tthc_desktop.importers import ImportResult
from tthc_desktop.services.dto import OutlineNode, PlanSummary
from tthc_desktop.services.importing import describe
from tthc_desktop.services.registry import Services
from tthc_desktop.ui import window_size
from tthc_desktop.ui.background import BackgroundTask
from tthc_desktop.ui.import_source import IndicatorPreviewModel, KindDelegate, SourceModel, TableKindsModel
from tthc_desktop.ui.messages import report_error
from tthc_desktop.ui.plan_editor.delegates import OutlineDelegate
from tthc_desktop.ui.plan_editor.outline_model import ItemIdRole, OutlineModel


def outline_nodes(nodes: list[dict[str, Any]], ids: count | None = None,
                  parent: int | None = None) -> list[OutlineNode]:
    """Plan JSON's outline as the editor's nodes (with made-up ids: nothing is stored yet)."""
    ids = ids or count(1)
    result = []
    for position, node in enumerate(nodes):
        node_id = next(ids)
        task = node["kind"] == "task"
        result.append(OutlineNode(
            id=node_id, parent_id=parent, position=position, kind=OutlineKind(node["kind"]), label=node.get("label"),
            label_manual=False, text=node.get("text") or "",
            objective=node.get("objective") if task else None,
            expected_result=node.get("expected_result") if task else None,
            schedule_text=node.get("schedule_text") if task else None,
            lead_units=tuple(node.get("lead_units") or ()),
            cooperating_units=tuple(node.get("cooperating_units") or ()),
            children=tuple(outline_nodes(node.get("children") or [], ids, node_id))))
    return result


class ImportDialog(QDialog):
    """Import from `path`, or from text pasted into the dialog when `path` is None."""

    def __init__(self, services: Services, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.path = services, path
        self.result: ImportResult | None = None
        self.saved: PlanSummary | None = None
        self.task: BackgroundTask | None = None
        self.kinds: dict[int, str] = {}  # the clerk's choice of kind, by table number
        self.reader: Any = None  # reads the document again with the clerk's choices
        self.setWindowTitle(self.tr("Import a plan") if path else self.tr("Paste a whole document"))
        self.paste = QPlainTextEdit(self)
        self.paste.setPlaceholderText(self.tr("Paste here the text of a plan or decision (copied from Word, a PDF "
                                              "or a portal), then press Read."))
        self.read_button = QPushButton(self.tr("&Read"), self)
        self.read_button.clicked.connect(self.read_pasted)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.warning = QLabel(self)  # another commune's document: said before it becomes a draft of ours
        self.warning.setObjectName("otherCommuneWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel#otherCommuneWarning { background: #fff4ce; padding: 6px; }")
        self.warning.hide()
        self.model = OutlineModel(self)
        self.model.edit_requested = self.fix  # corrections go into the imported plan, not the database
        self.rows: dict[int, dict[str, Any]] = {}
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(OutlineDelegate(self.tree))
        self.tree.setWordWrap(True)
        self.tree.setIndentation(14)
        self.tree.setColumnWidth(0, 70)
        self.tree.setColumnWidth(1, 300)
        self.tree.selectionModel().currentChanged.connect(self._row_chosen)
        self.source = SourceModel(self)
        self.source_view = self._table_view(self.source)
        self.source_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.source_view.clicked.connect(self._line_chosen)
        self.tables = TableKindsModel(self)
        self.tables.on_choice = self.choose_kinds
        self.tables_view = self._table_view(self.tables)
        self.tables_view.setItemDelegateForColumn(1, KindDelegate(self.tables_view))
        self.tables_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.tables_view.clicked.connect(self._table_chosen)
        header = self.tables_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.indicators = IndicatorPreviewModel(self)
        self.indicators_view = self._table_view(self.indicators)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.tree, self.tr("Tasks"))
        self.tabs.addTab(self.indicators_view, self.tr("Indicators"))
        tables_page = QWidget(self)
        tables_layout = QVBoxLayout(tables_page)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_hint = QLabel(self.tr("Each table of the document and what it was read as. Where a table was "
                                     "misread, choose its kind: the document is read again."), tables_page)
        tables_hint.setWordWrap(True)
        tables_layout.addWidget(tables_hint)
        tables_layout.addWidget(self.tables_view)
        self.tabs.addTab(tables_page, self.tr("Tables"))
        self.notices = QStringListModel(self)
        self.notices_view = QListView(self)
        self.notices_view.setModel(self.notices)
        self.notices_view.setWordWrap(True)
        self.notices_view.clicked.connect(self._notice_chosen)
        self.notices_label = QLabel(self.tr("To check:"), self)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.tabs)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.notices_label)
        lower_layout.addWidget(self.notices_view)
        right.addWidget(lower)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("The document as read (choose a line to see what it became):"), left))
        left_layout.addWidget(self.source_view)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save as a new draft"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setEnabled(False)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if path is None:
            layout.addWidget(self.paste, 1)
            layout.addWidget(self.read_button)
        else:  # reading a file: the paste box has no place
            self.paste.hide()
            self.read_button.hide()
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(split, 4)
        layout.addWidget(buttons)
        window_size.fit(self, 1300, 720, "import")
        if path is not None:
            self.reader = lambda kinds: self.services.importing.read(path, table_kinds=kinds)
            self._start(lambda: self.reader({}), path.name)

    def _table_view(self, model: Any) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)  # one line a row
        view.horizontalHeader().setStretchLastSection(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return view

    def read_pasted(self) -> None:
        text = self.paste.toPlainText()
        self.kinds = {}
        self.reader = lambda kinds: self.services.importing.read_text(text, table_kinds=kinds)
        self._start(lambda: self.reader({}), self.tr("the pasted text"))

    def choose_kinds(self, kinds: dict[int, str]) -> None:
        """The clerk said what some tables are: read the document again with that."""
        if self.reader is None:
            return
        self.kinds = dict(kinds)
        name = self.path.name if self.path else self.tr("the pasted text")
        self._start(lambda: self.reader(dict(kinds)), name)

    def _start(self, function: Any, name: str) -> None:
        self.save_button.setEnabled(False)
        self.summary.setText(self.tr("Reading {name}…").format(name=name))
        self.task = BackgroundTask(self, self.tr("Reading {name}…").format(name=name), function)
        self.task.done.connect(self._show)
        self.task.failed.connect(lambda error: (self.summary.setText(str(error)), report_error(self, error)))

    def _show(self, result: ImportResult) -> None:
        self.result = result
        plan = result.plan
        year = plan.get("year") or 0
        self.model.load(outline_nodes(plan.get("outline") or []), year, editable=True)
        self.rows = {index: node for index, node in enumerate(_walk(plan.get("outline") or []), start=1)}
        # outline_nodes numbers rows from 1 in walking order, the order of the result's row sources.
        self.model.set_flags({index + 1: "\n".join(describe(n) for n in notices)
                              for index, notices in result.flagged_rows().items()})
        self.tree.expandAll()
        self.source.load(result)
        self.tables.load(result, self.kinds)
        self.indicators.load(plan.get("indicators") or [])
        tasks = sum(1 for _ in _tasks(plan.get("outline") or []))
        indicators = len(plan.get("indicators") or [])
        doubtful = sum(1 for t in result.tables if t.doubtful and not t.by_clerk)
        self.tabs.setTabText(0, self.tr("Tasks ({count})").format(count=tasks))
        self.tabs.setTabText(1, self.tr("Indicators ({count})").format(count=indicators))
        self.tabs.setTabText(2, (self.tr("⚠ Tables ({count})") if doubtful else self.tr("Tables ({count})")).format(
            count=len(result.tables)))
        blank = self.tr("(no number)")
        kinds = {"QĐ": self.tr("decision"), "KH": self.tr("plan")}  # words, not the symbols "QĐ", "KH"
        documents = ", ".join(f"{kinds.get(d['type'], d['type'])} {d.get('number') or blank}"
                              for d in plan["documents"])
        self.summary.setText(self.tr("Understood: {documents}; year {year}; %n task(s), {indicators}. "
                                     "Rows marked ⚠ need a look; correct any cell here (double-click). Nothing "
                                     "is saved until you press Save.", "", tasks).format(
            documents=documents, year=year, indicators=self.tr("%n indicator(s)", "", indicators)))
        other = self.services.importing.other_commune(result)
        self.warning.setText("\u26a0 " + other if other else "")
        self.warning.setVisible(bool(other))
        self.notices.setStringList([describe(n) for n in result.notices])
        self.notices_label.setText(self.tr("To check ({count}):").format(count=len(result.notices)))
        self.save_button.setEnabled(True)

    # ---------------------------------------------------------------- source beside result

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """An outline row chosen: tint the lines it came from and bring them into view."""
        if self.result is None or not current.isValid():
            return
        row_id = current.siblingAtColumn(0).data(ItemIdRole)
        sources = self.result.row_sources[row_id - 1] if row_id and row_id <= len(self.result.row_sources) else ()
        first = self.source.show_sources(tuple(sources))
        if first is not None:
            self.source_view.scrollTo(self.source.index(first, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def _line_chosen(self, index: QModelIndex) -> None:
        """A line of the source chosen: select the outline row it became, if any."""
        self.select_row_of(self.source.where(index.row()))

    def select_row_of(self, where: str) -> bool:
        if self.result is None:
            return False
        row_id = next((i + 1 for i, sources in enumerate(self.result.row_sources) if where in sources), None)
        if row_id is None:
            return False
        self.tabs.setCurrentIndex(0)
        index = self.model.index_of(row_id)
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _table_chosen(self, index: QModelIndex) -> None:
        table = self.tables.tables[index.row()]
        self._scroll_source_to(table.where)

    def _notice_chosen(self, index: QModelIndex) -> None:
        if self.result is None or index.row() >= len(self.result.notices):
            return
        where = self.result.notices[index.row()].where
        if not self.select_row_of(where):
            self._scroll_source_to(where)

    def _scroll_source_to(self, where: str) -> None:
        row = self.source.rows_of.get(where)
        if row is not None:
            self.source_view.selectRow(row)
            self.source_view.scrollTo(self.source.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    def fix(self, row_id: int, name: str, value: Any) -> bool:
        """A correction typed in the preview: it changes the plan that Save will store."""
        node = self.rows.get(row_id)
        if node is None:
            return False
        node[name] = list(value) if isinstance(value, tuple) else value
        self.model.set_value(row_id, name, value)
        return True

    def reject(self) -> None:
        """Cancel on a pasted document that was read asks first: the text is not kept anywhere else."""
        if self.path is None and self.result is not None and self.saved is None and not self.confirm_drop():
            return
        super().reject()

    def confirm_drop(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr(
            "Close without saving the plan read from the pasted text? Nothing of it is kept."), parent=self)
        box.setObjectName("dropPasteQuestion")
        drop = box.addButton(self.tr("&Close without saving"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is drop

    def save(self) -> None:
        if self.result is None:
            return
        try:
            self.saved = self.services.importing.save(self.result)
        except Exception as error:  # noqa: BLE001 - shown, and the dialog stays open
            report_error(self, error)
            return
        self.accept()


def _walk(nodes: list[dict[str, Any]]) -> Any:
    """Rows in walking order (a row, then its children): the order outline_nodes numbers them in."""
    for node in nodes:
        yield node
        yield from _walk(node.get("children") or [])


def _tasks(nodes: list[dict[str, Any]]) -> Any:
    return (node for node in _walk(nodes) if node["kind"] == "task")
