"""Bringing a plan in: read a Word or text file (or a pasted document), show what was understood and what is
doubtful, and write nothing until the clerk saves it as a new draft."""

from __future__ import annotations

from itertools import count
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain.enums import OutlineKind
from tthc_desktop.importers import ImportResult
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.services.importing import describe
from tthc_desktop.services.outline import OutlineNode
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.background import BackgroundTask
from tthc_desktop.ui.messages import report_error
from tthc_desktop.ui.plan_editor.delegates import OutlineDelegate
from tthc_desktop.ui.plan_editor.outline_model import OutlineModel


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
        self.setWindowTitle(self.tr("Import a plan") if path else self.tr("Paste a whole document"))
        self.paste = QPlainTextEdit(self)
        self.paste.setPlaceholderText(self.tr("Paste here the text of a plan or decision (copied from Word, a PDF "
                                              "or a portal), then press Read."))
        self.read_button = QPushButton(self.tr("&Read"), self)
        self.read_button.clicked.connect(self.read_pasted)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = OutlineModel(self)
        self.model.edit_requested = self.fix  # corrections go into the imported plan, not the database
        self.rows: dict[int, dict[str, Any]] = {}
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(OutlineDelegate(self.tree))
        self.tree.setWordWrap(True)
        self.tree.setIndentation(14)
        self.tree.setColumnWidth(0, 90)
        self.tree.setColumnWidth(1, 360)
        self.notices = QStringListModel(self)
        notices_view = QListView(self)
        notices_view.setModel(self.notices)
        notices_view.setWordWrap(True)
        self.notices_label = QLabel(self.tr("To check:"), self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.notices_label)
        lower_layout.addWidget(notices_view)
        split = QSplitter(self)
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.tree)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
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
        layout.addWidget(split, 3)
        layout.addWidget(buttons)
        self.resize(1000, 720)
        if path is not None:
            self._start(lambda: self.services.importing.read(path), path.name)

    def read_pasted(self) -> None:
        text = self.paste.toPlainText()
        self._start(lambda: self.services.importing.read_text(text), self.tr("the pasted text"))

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
        tasks = sum(1 for _ in _tasks(plan.get("outline") or []))
        blank = self.tr("(no number)")
        documents = ", ".join(f"{d['type']} {d.get('number') or blank}" for d in plan["documents"])
        self.summary.setText(self.tr("Understood: {documents}; year {year}; {tasks} tasks, {indicators} indicators. "
                                     "Rows marked ⚠ need a look; correct any cell here (double-click). Nothing "
                                     "is saved until you press Save.").format(
            documents=documents, year=year, tasks=tasks, indicators=len(plan.get("indicators") or [])))
        self.notices.setStringList([describe(n) for n in result.notices])
        self.notices_label.setText(self.tr("To check ({count}):").format(count=len(result.notices)))
        self.save_button.setEnabled(True)

    def fix(self, row_id: int, name: str, value: Any) -> bool:
        """A correction typed in the preview: it changes the plan that Save will store."""
        node = self.rows.get(row_id)
        if node is None:
            return False
        node[name] = list(value) if isinstance(value, tuple) else value
        self.model.set_value(row_id, name, value)
        return True

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
