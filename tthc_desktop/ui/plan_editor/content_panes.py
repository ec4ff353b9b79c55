"""The editor's panes beside the task tree: the decision (header, legal bases, articles, recipients), the plan
(header and free-text sections), the indicator table, the checks list and the live preview.

Panes never call a service to change anything themselves: they hand the editor a pair of callables (do, undo)
and a name through `ContentEditor.content_edit`, which pushes a command that does the first (ui/commands.py); the
panes show the edit when the write announces it (the editor's `apply_changes`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QBuffer, QCoreApplication, QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain.enums import Comparator, SectionKind
from tthc_desktop.services.plan_content import DocumentContent, SectionRow
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.background import QuietTask
from tthc_desktop.ui.plan_editor.content_models import (
    COMPARATOR_SIGNS,
    INDICATOR_COLUMNS,
    INDICATOR_FIELDS,
    SECTION_KINDS,
    IndicatorModel,
    SectionModel,
    TextListModel,
)
from tthc_desktop.ui.printing import load_pdf

PREVIEW_PAUSE_MS = 1200  # the preview waits for the clerk to stop typing
PREVIEW_AUTO_TASKS = 300  # above this, rendering takes seconds of CPU: the preview waits to be asked


class ContentEditor(Protocol):
    services: Services

    def content_edit(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> bool: ...


def _row_actions(owner: QWidget, slots: dict[str, Callable[[], None]]) -> dict[str, QAction]:
    """The same keys in every list as in the task tree: Ctrl+Enter adds, Ctrl+Del deletes, Alt+Up/Down move."""
    keys = {"add": "Ctrl+Return", "delete": "Ctrl+Delete", "up": "Alt+Up", "down": "Alt+Down",
            "indent": "Alt+Right", "outdent": "Alt+Left"}
    actions = {}
    for name, slot in slots.items():
        action = QAction(owner)
        if name in keys:
            action.setShortcut(QKeySequence(keys[name]))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        owner.addAction(action)
        actions[name] = action
    return actions


class TextListEditor(QWidget):
    """Legal bases, articles or recipients of one document: a line each, with add, delete and move."""

    def __init__(self, editor: ContentEditor, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.kind = editor, kind
        self.document_id: int | None = None
        self.model = TextListModel(kind, self)
        self.model.edit_requested = self._edit
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSpacing(2)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setObjectName(f"{kind}View")
        slots = {"add": self.add, "delete": self.delete, "up": lambda: self.move(-1), "down": lambda: self.move(1)}
        if kind == "articles":
            slots["generate"] = self.generate
        self.actions_ = _row_actions(self, slots)
        self.toolbar = QToolBar(self)
        for action in self.actions_.values():
            self.toolbar.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"add": self.tr("&Add line"), "delete": self.tr("&Delete line"), "up": self.tr("Move &up"),
                 "down": self.tr("Move do&wn"), "generate": self.tr("&Write the articles from the plan")}
        for name, action in self.actions_.items():
            action.setText(texts[name])
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(texts[name].replace("&", "") + (f" ({shortcut})" if shortcut else ""))

    def show_document(self, document: DocumentContent | None, editable: bool) -> None:
        self.document_id = document.id if document else None
        self.model.set_texts(getattr(document, self.kind) if document else (), editable)
        for action in self.actions_.values():
            action.setEnabled(editable and document is not None)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        index = self.model.index(max(0, min(row, self.model.rowCount() - 1)))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _names(self) -> dict[str, str]:
        return {"legal_bases": self.tr("legal bases"), "articles": self.tr("articles"),
                "recipients": self.tr("recipients")}

    def _replace(self, texts: list[str], verb: str) -> bool:
        document_id, old = self.document_id, list(self.model.texts)
        if document_id is None:
            return False
        content = self.editor.services.content
        return self.editor.content_edit(
            verb.format(what=self._names()[self.kind]),
            lambda: content.set_texts(document_id, self.kind, texts),
            lambda: content.set_texts(document_id, self.kind, old))

    def _edit(self, kind: str, texts: list[str]) -> bool:
        return self._replace(texts, self.tr("Edit {what}"))

    def add(self) -> None:
        texts = list(self.model.texts)
        row = self.current_row() + 1 if self.current_row() >= 0 else len(texts)
        placeholder = {"legal_bases": "Căn cứ …;", "articles": "…", "recipients": "…;"}[self.kind]
        texts.insert(row, placeholder)
        if self._replace(texts, self.tr("Add to {what}")):
            self.select(row)
            self.view.edit(self.model.index(row))

    def delete(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        texts = list(self.model.texts)
        del texts[row]
        if self._replace(texts, self.tr("Delete from {what}")):
            self.select(row)

    def move(self, step: int) -> None:
        row = self.current_row()
        texts = list(self.model.texts)
        if row < 0 or not 0 <= row + step < len(texts):
            return
        texts[row], texts[row + step] = texts[row + step], texts[row]
        if self._replace(texts, self.tr("Reorder {what}")):
            self.select(row + step)

    def generate(self) -> None:
        if self.document_id is None:
            return
        plan_id = getattr(self.editor, "plan_id", None)
        if plan_id is None:
            return
        texts = self.editor.services.content.default_articles(plan_id)
        self._replace(texts, self.tr("Write the {what} from the plan"))


class HeaderForm(QWidget):
    """A document's header fields. Each field is saved when the clerk leaves it (Tab or a click elsewhere)."""

    def __init__(self, editor: ContentEditor, decision: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.decision = editor, decision
        self.document: DocumentContent | None = None
        self.number = QLabel(self)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields: dict[str, QLineEdit] = {}
        names = ["subject", "place"] + (["authority_line", "proposed_by"] if decision else [])
        for name in names:
            line = QLineEdit(self)
            line.setObjectName(f"{name}Edit")
            line.editingFinished.connect(lambda name=name: self._field_done(name))
            self.fields[name] = line
        self.signer = QComboBox(self)
        self.signer.setObjectName("signerCombo")
        self.signer.activated.connect(self._signer_chosen)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        for name in ["number", *names, "signer"]:
            widget = {"number": self.number, "signer": self.signer}.get(name) or self.fields[name]
            label = QLabel(self)
            label.setBuddy(widget)
            self.labels[name] = label
            self.form.addRow(label, widget)
        self.attached = False
        self.form.setRowVisible(self.signer, decision)  # a plan shows its signer when it stands alone
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"number": self.tr("Number and date:"), "subject": self.tr("&Subject:"), "place": self.tr("&Place:"),
                 "authority_line": self.tr("&Authority:"), "proposed_by": self.tr("P&roposed by:"),
                 "signer": self.tr("Si&gned by:")}
        for name, label in self.labels.items():
            label.setText(texts[name])
        self._show_number()
        if self.document is not None:  # "(nobody chosen)" in the new language
            self._fill_signers(self.signer.isEnabled())

    def focus_field(self, name: str | None) -> None:
        widget = self.signer if name == "signer" else self.fields.get(name or "subject")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_document(self, document: DocumentContent | None, editable: bool, attached: bool = False) -> None:
        """`attached`: a plan issued with a decision, which takes no number or date of its own."""
        self.document, self.attached = document, attached
        if not self.decision:
            self.form.setRowVisible(self.signer, document is not None and not attached)
        for name, line in self.fields.items():
            value = getattr(document, name) if document else ""
            if not line.hasFocus() or line.text() == (value or ""):
                line.setText(value or "")
                if not line.hasFocus():
                    line.setCursorPosition(0)  # a long subject shows its beginning, not its end
            line.setReadOnly(not editable)
        self._show_number()
        self._fill_signers(editable)

    def _show_number(self) -> None:
        doc = self.document
        if doc is None:
            self.number.setText("")
        elif self.attached:
            self.number.setText(self.tr("Issued with the decision (no number of its own)"))
        elif doc.issue_day:
            self.number.setText(self.tr("{number}, {day:02d}/{month:02d}/{year}").format(
                number=doc.number_text, day=doc.issue_day, month=doc.issue_month, year=doc.year))
        else:
            self.number.setText(self.tr("{number} — given when the plan is issued").format(number=doc.number_text))

    def _fill_signers(self, editable: bool) -> None:
        self.signer.blockSignals(True)
        self.signer.clear()
        self.signer.addItem(self.tr("(nobody chosen)"), None)
        for official in self.editor.services.organization.officials(signers_only=True):
            self.signer.addItem(f"{official.position} \u2013 {official.name}", official.id)
        doc = self.document
        if doc is not None and doc.signer_name and doc.signer_id is None:  # "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH": one line
            position = " ".join((doc.signer_position or "").split())
            self.signer.addItem(f"{position} \u2013 {doc.signer_name}", -1)
        wanted = (-1 if doc and doc.signer_name and doc.signer_id is None else doc.signer_id) if doc else None
        self.signer.setCurrentIndex(max(0, self.signer.findData(wanted)))
        self.signer.setEnabled(editable)
        self.signer.blockSignals(False)

    def _field_done(self, name: str) -> None:
        doc, line = self.document, self.fields[name]
        if doc is None or line.isReadOnly():
            return
        old, new = getattr(doc, name) or "", line.text().strip()
        if new == old:
            return
        documents = self.editor.services.documents
        titles = {"subject": self.tr("subject"), "place": self.tr("place"), "authority_line": self.tr("authority"),
                  "proposed_by": self.tr("proposed by")}
        self.editor.content_edit(self.tr("Edit {field}").format(field=titles[name]),
                                 lambda: documents.update(doc.id, **{name: new}),
                                 lambda: documents.update(doc.id, **{name: old}))

    def _signer_chosen(self, index: int) -> None:
        doc = self.document
        chosen = self.signer.itemData(index)
        if doc is None or chosen == -1 or chosen == doc.signer_id:
            return
        content = self.editor.services.content
        old_id, old_position, old_name = doc.signer_id, doc.signer_position, doc.signer_name

        def undo() -> None:
            if old_id is not None:
                content.set_signer(doc.id, old_id)
            else:
                content.set_signer_text(doc.id, old_position, old_name)

        self.editor.content_edit(self.tr("Choose the signer"), lambda: content.set_signer(doc.id, chosen), undo)


class SectionsEditor(QWidget):
    """The plan's free-text sections (purposes and requirements, implementation): headings and paragraphs."""

    def __init__(self, editor: ContentEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.document_id: int | None = None
        self.model = SectionModel(self)
        self.model.edit_requested = self._edit
        self.view = QTableView(self)
        self.view.setObjectName("sectionsView")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setColumnWidth(0, 150)
        self.view.setColumnWidth(1, 60)
        self.view.setItemDelegateForColumn(0, _KindDelegate(self.view))
        self.actions_ = _row_actions(self, {
            "add": self.add, "delete": self.delete, "up": lambda: self.move(-1), "down": lambda: self.move(1),
            "indent": lambda: self.shift(1), "outdent": lambda: self.shift(-1)})
        self.toolbar = QToolBar(self)
        for action in self.actions_.values():
            self.toolbar.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"add": self.tr("&Add paragraph"), "delete": self.tr("&Delete paragraph"), "up": self.tr("Move &up"),
                 "down": self.tr("Move do&wn"), "indent": self.tr("&Indent"), "outdent": self.tr("&Outdent")}
        for name, action in self.actions_.items():
            action.setText(texts[name])
            action.setToolTip(f"{texts[name].replace('&', '')} "
                              f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")

    def show_document(self, document: DocumentContent | None, editable: bool) -> None:
        self.document_id = document.id if document else None
        self.model.set_rows(document.sections if document else (), editable)
        for action in self.actions_.values():
            action.setEnabled(editable and document is not None)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def _replace(self, rows: list[SectionRow], text: str) -> bool:
        document_id, old = self.document_id, list(self.model.rows)
        if document_id is None:
            return False
        content = self.editor.services.content
        return self.editor.content_edit(text, lambda: content.set_sections(document_id, rows),
                                        lambda: content.set_sections(document_id, old))

    def _edit(self, rows: list[SectionRow]) -> bool:
        return self._replace(rows, self.tr("Edit paragraph"))

    def _select(self, row: int, column: int = 2) -> None:
        self.view.setCurrentIndex(self.model.index(row, column))

    def add(self) -> None:
        rows = list(self.model.rows)
        row = self.current_row()
        depth = rows[row].depth + (1 if rows[row].kind is SectionKind.HEADING else 0) if row >= 0 else 0
        new = SectionRow(depth, SectionKind.PARAGRAPH if depth else SectionKind.HEADING, None, "…")
        at = row + 1 if row >= 0 else len(rows)
        rows.insert(at, new)
        if self._replace(rows, self.tr("Add paragraph")):
            self._select(at)
            self.view.edit(self.model.index(at, 2))

    def delete(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        rows = list(self.model.rows)
        del rows[row]
        if self._replace(rows, self.tr("Delete paragraph")) and rows:
            self._select(min(row, len(rows) - 1))

    def move(self, step: int) -> None:
        row, rows = self.current_row(), list(self.model.rows)
        if row < 0 or not 0 <= row + step < len(rows):
            return
        rows[row], rows[row + step] = rows[row + step], rows[row]
        if self._replace(rows, self.tr("Move paragraph")):
            self._select(row + step)

    def shift(self, step: int) -> None:
        row, rows = self.current_row(), list(self.model.rows)
        if row < 0:
            return
        limit = rows[row - 1].depth + 1 if row > 0 else 0
        depth = max(0, min(rows[row].depth + step, limit))
        if depth == rows[row].depth:
            return
        rows[row] = SectionRow(depth, rows[row].kind, rows[row].label, rows[row].text)
        if self._replace(rows, self.tr("Indent") if step > 0 else self.tr("Outdent")):
            self._select(row)


class _KindDelegate(QStyledItemDelegate):
    """Heading, paragraph or bullet, picked from a list."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for kind in SectionKind:
            combo.addItem(QCoreApplication.translate("SectionModel", SECTION_KINDS[kind]), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


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




class IndicatorsEditor(QWidget):
    """The plan's indicator table: every column edited in place, rows added, deleted and moved."""

    def __init__(self, editor: ContentEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.plan_id: int | None = None
        self.model = IndicatorModel(self)
        self.model.edit_requested = self._edit
        self.view = QTableView(self)
        self.view.setObjectName("indicatorsView")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().hide()  # the TT column numbers the rows
        widths = {"label": 40, "name": 320, "basis": 160, "formula": 160, "lead_units": 200}
        header = self.view.horizontalHeader()
        for column, name in enumerate(INDICATOR_FIELDS):
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            self.view.setColumnWidth(column, widths.get(name, header.fontMetrics().horizontalAdvance(title) + 24))
        self.view.setItemDelegateForColumn(INDICATOR_FIELDS.index("comparator"), _ComparatorDelegate(self.view))
        self.actions_ = _row_actions(self, {"add": self.add, "delete": self.delete, "up": lambda: self.move(-1),
                                            "down": lambda: self.move(1)})
        self.toolbar = QToolBar(self)
        for action in self.actions_.values():
            self.toolbar.addAction(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"add": self.tr("&Add indicator"), "delete": self.tr("&Delete indicator"), "up": self.tr("Move &up"),
                 "down": self.tr("Move do&wn")}
        for name, action in self.actions_.items():
            action.setText(texts[name])
            action.setToolTip(f"{texts[name].replace('&', '')} "
                              f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(INDICATOR_FIELDS) - 1)

    def show_rows(self, plan_id: int | None, rows: Any, editable: bool) -> None:
        self.plan_id = plan_id
        self.model.set_rows(rows, editable)
        for action in self.actions_.values():
            action.setEnabled(editable and plan_id is not None)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()].id if index.isValid() else None

    def select(self, indicator_id: int, field: str | None = None) -> None:
        row = self.model.row_of(indicator_id)
        if row is not None:
            column = INDICATOR_FIELDS.index(field) if field in INDICATOR_FIELDS else 1
            index = self.model.index(row, column)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _edit(self, indicator_id: int, name: str, value: Any) -> bool:
        content = self.editor.services.content
        row = next(r for r in self.model.rows if r.id == indicator_id)
        old = row.values.get(name)
        title = QCoreApplication.translate("IndicatorModel", dict(INDICATOR_COLUMNS)[name])
        return self.editor.content_edit(self.tr("Edit {column}").format(column=title),
                                        lambda: content.update_indicator(indicator_id, **{name: value}),
                                        lambda: content.update_indicator(indicator_id, **{name: old}))

    def add(self) -> None:
        plan_id = self.plan_id
        if plan_id is None:
            return
        content = self.editor.services.content
        current = self.current_id()
        position = (self.model.row_of(current) or 0) + 1 if current is not None else len(self.model.rows)
        added: list[int] = []

        def do() -> None:
            if added:  # redo puts back the same row
                content.restore_indicator(plan_id, snapshot[0])
            else:
                added.append(content.insert_indicator(plan_id, position))

        snapshot: list[Any] = []

        def undo() -> None:
            snapshot[:] = [content.delete_indicator(added[0])]

        if self.editor.content_edit(self.tr("Add indicator"), do, undo):
            self.select(added[0], "name")
            self.view.edit(self.view.currentIndex())

    def delete(self) -> None:
        plan_id, indicator_id = self.plan_id, self.current_id()
        if plan_id is None or indicator_id is None:
            return
        content = self.editor.services.content
        snapshot: list[Any] = []
        self.editor.content_edit(self.tr("Delete indicator"),
                                 lambda: snapshot.__setitem__(slice(None), [content.delete_indicator(indicator_id)]),
                                 lambda: content.restore_indicator(plan_id, snapshot[0]))

    def move(self, step: int) -> None:
        indicator_id = self.current_id()
        if indicator_id is None:
            return
        row = self.model.row_of(indicator_id)
        assert row is not None
        if not 0 <= row + step < len(self.model.rows):
            return
        content = self.editor.services.content
        if self.editor.content_edit(self.tr("Move indicator"), lambda: content.move_indicator(indicator_id, row + step),
                                    lambda: content.move_indicator(indicator_id, row)):
            self.select(indicator_id)


class _ComparatorDelegate(QStyledItemDelegate):
    """≥, ≤ or = picked from a list: the comparator decides how the tracker judges the target."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for comparator in Comparator:
            combo.addItem(COMPARATOR_SIGNS[comparator.value], comparator.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
