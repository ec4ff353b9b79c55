"""The window's contents while the services load: the plans, the selected plan's header and, in the Plan editor,
its outline, read with plain sqlite3 (services/first_view.py) and shown read-only in the window's own layout.

`MainWindow.fill` replaces it with the workspaces about a second later. Meanwhile the clerk can read, pick another
plan, workspace or editor page: each choice is saved in the settings the workspaces are restored from
(`window/plan`, `window/workspace`, `editor/page`), so the filled window opens on it. Filters, menus and edits wait
for the workspaces.

The words are the workspaces' own (their translation contexts), and a test compares what both show. Only PySide6
and light modules: not `Qt` (building its namespace costs ≈ 15 ms), no model classes of the workspaces (they import
the services), no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.domain.enums import DocumentStatus, OutlineKind
from tthc_desktop.services import first_view as reads
from tthc_desktop.services.dto import PlanSummary
from tthc_desktop.ui.remembered_plans import keep_plan

# The workspaces' titles and purposes as their title() and purpose() say them, in their own contexts.
WORKSPACES: tuple[tuple[Callable[[], str], Callable[[], str]], ...] = (
    (lambda: QCoreApplication.translate("PlanEditorWorkspace", "Plan editor"),
     lambda: QCoreApplication.translate("PlanEditorWorkspace", "Write the year's plan and the decision that issues "
                                                               "it, check it, number and issue it.")),
    (lambda: QCoreApplication.translate("TaskTrackerWorkspace", "Task tracker"),
     lambda: QCoreApplication.translate("TaskTrackerWorkspace", "Follow every task of the plan: what is due, late "
                                                                "and done, with evidence and figures.")),
    (lambda: QCoreApplication.translate("ReportBuilderWorkspace", "Report builder"),
     lambda: QCoreApplication.translate("ReportBuilderWorkspace", "Build the monthly, quarterly, half-year and "
                                                                  "annual reports, export and send them.")),
)
EDITOR_PAGES = tuple(str(title) for title in (QT_TRANSLATE_NOOP("PlanEditorWorkspace", "&Decision"),
                                               QT_TRANSLATE_NOOP("PlanEditorWorkspace", "P&lan"),
                                               QT_TRANSLATE_NOOP("PlanEditorWorkspace", "&Tasks"),
                                               QT_TRANSLATE_NOOP("PlanEditorWorkspace", "I&ndicators")))
TASKS_PAGE = 2
# The outline's columns as ui/plan_editor/outline_model.py names them (context "OutlineModel", marked there), with
# the editor's widths; the understood schedule is the editor's to show.
COLUMNS = (("No.", 110), ("Content", 360), ("Objective", 160), ("Expected result", 260), ("Lead units", 200),
           ("Cooperating units", 180), ("Schedule (as written)", 140))


def plan_text(plan: PlanSummary) -> tuple[str, str]:
    """A plan's line in the list and its tooltip, as `PlanListModel` shows them.

    The counted texts ("%n task(s)") are PlanListModel's and Workspace's, whose tr() marks them numerus for lupdate;
    translate(context, text, "", n) finds their plural forms here without importing those modules (and babel)."""
    translate = QCoreApplication.translate
    issued = plan.status is DocumentStatus.ISSUED
    state = translate("PlanListModel", "issued") if issued else translate("PlanListModel", "draft")
    counts = translate("PlanListModel", "%n task(s), {indicators}, {state}", "", plan.task_count).format(
        indicators=translate("PlanListModel", "%n indicator(s)", "", plan.indicator_count), state=state)
    number = plan.number_text or translate("PlanListModel", "draft")
    return f"{plan.year} · {number}\n{plan.subject}", f"{plan.subject}\n{counts}"


def plan_header(plan: PlanSummary | None) -> str:
    """The plan line under a workspace's heading, as `Workspace` shows it."""
    translate = QCoreApplication.translate
    if plan is None:
        return translate("Workspace", "No plan selected. Pick a year and a plan on the left.")
    issued = plan.status is DocumentStatus.ISSUED
    state = translate("Workspace", "issued") if issued else translate("Workspace", "draft")
    number = plan.number_text or translate("Workspace", "no number yet")
    return translate(
        "Workspace", "<b>{subject}</b><br>Year {year} · {number} · {state}<br>%n task(s), {indicators}", "",
        plan.task_count
    ).format(subject=plan.subject, year=plan.year, number=number, state=state,
             indicators=translate("Workspace", "%n indicator(s)", "", plan.indicator_count))


def outline_cells(line: reads.OutlineNode) -> list[str]:
    """A row's cells as the outline shows them (units one a line)."""
    return [line.label or "", line.text or "", line.objective or "", line.expected_result or "",
            "\n".join(line.lead_units), "\n".join(line.cooperating_units), line.schedule_text or ""]


class _Page(QWidget):
    """A workspace's heading, purpose and plan line (as `Workspace` lays them out), then its first content."""

    def __init__(self, title: Callable[[], str], purpose: Callable[[], str], content: QWidget | None) -> None:
        super().__init__()
        self.title, self.purpose_text = title, purpose
        self.heading = QLabel(self)
        self.heading.setObjectName("workspaceHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.purpose = QLabel(self)
        self.purpose.setWordWrap(True)
        self.plan_label = QLabel(self)
        self.plan_label.setWordWrap(True)
        self.loading: QLabel | None = None
        if content is None:
            self.loading = QLabel()
            content = _centred(self.loading)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.purpose)
        layout.addSpacing(12)
        layout.addWidget(self.plan_label)
        layout.addWidget(content, 1)

    def retranslate(self, plan: PlanSummary | None) -> None:
        self.heading.setText(self.title())
        self.purpose.setText(self.purpose_text())
        self.plan_label.setText(plan_header(plan))
        if self.loading is not None:
            self.loading.setText(QCoreApplication.translate("FirstView", "Loading this workspace…"))


def _centred(label: QLabel) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)  # centred by stretches, as the frame's "Opening the database…"
    row.addStretch(1)
    row.addWidget(label)
    row.addStretch(1)
    return box


class FirstView(QSplitter):
    """The plan picker and the workspaces' tabs, read-only, on what `services.first_view.read` found."""

    def __init__(self, view: reads.FirstView, database: Path, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("firstView")
        self.view, self.database, self.settings = view, database, settings
        self.plan = view.plan

        picker = QWidget(self)
        picker.setObjectName("planPicker")
        self.year_label = QLabel(picker)
        self.year_box = QComboBox(picker)
        self.status_box = QComboBox(picker)
        for _index in range(3):
            self.status_box.addItem("")
        self.year_label.setBuddy(self.year_box)  # "&Year:" shows its mnemonic, as in the window
        self.search_box = QLineEdit(picker)
        for box in (self.year_box, self.status_box, self.search_box):
            box.setEnabled(False)  # the filters come with the workspaces
        self.plan_list = QListWidget(picker)
        self.plan_list.setObjectName("firstPlanList")
        self.plan_list.setWordWrap(True)
        self.plan_list.setAlternatingRowColors(True)
        for _plan in view.plans:
            QListWidgetItem(self.plan_list)
        layout = QVBoxLayout(picker)
        for widget in (self.year_label, self.year_box, self.status_box, self.search_box):
            layout.addWidget(widget)
        layout.addWidget(self.plan_list, 1)

        self.outline = QTreeWidget()
        self.outline.setObjectName("firstOutline")
        self.outline.setColumnCount(len(COLUMNS))
        self.outline.setWordWrap(True)
        self.outline.setAlternatingRowColors(True)
        self.outline.setIndentation(14)
        for column, (_name, width) in enumerate(COLUMNS):
            self.outline.setColumnWidth(column, width)
        self.editor_pages = QTabWidget()
        self.editor_pages.setObjectName("firstEditorPages")
        self.editor_pages.setDocumentMode(True)
        self.page_loading: list[QLabel] = []
        for index in range(len(EDITOR_PAGES)):
            if index == TASKS_PAGE:
                self.editor_pages.addTab(self.outline, "")
            else:
                label = QLabel()
                self.page_loading.append(label)
                self.editor_pages.addTab(_centred(label), "")
        self.banner = QLabel()
        self.banner.setObjectName("frozenBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("QLabel#frozenBanner { background: #fff4ce; padding: 6px; }")
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.banner)
        self.editor_split = QSplitter()
        self.editor_split.addWidget(self.editor_pages)
        if str(settings.value("editor/preview", "true")) == "true":  # room where the printed pages will show
            self.editor_split.addWidget(QWidget())
            self.editor_split.setSizes([3000, 1000])  # about the editor's first split; the clerk's own when saved
            _restore(self.editor_split, settings.value("editor/split"))
        editor_layout.addWidget(self.editor_split, 1)

        self.pages = [_Page(title, purpose, editor if index == 0 else None)
                      for index, (title, purpose) in enumerate(WORKSPACES)]
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("firstWorkspaces")
        for page in self.pages:
            self.tabs.addTab(page, "")
        self.addWidget(picker)
        self.addWidget(self.tabs)
        self.setStretchFactor(1, 1)
        self.setSizes([280, 900])
        _restore(self, settings.value("window/splitter"))
        self.tabs.setCurrentIndex(_int(settings.value("window/workspace", 0)))
        self.editor_pages.setCurrentIndex(_int(settings.value("editor/page", TASKS_PAGE)))

        self.retranslate()
        self._show_outline(view.outline)
        if self.plan is not None:
            self.plan_list.setCurrentRow(list(view.plans).index(self.plan))
        # Saved as the window saves them, so that the filled window opens where the clerk is now.
        self.plan_list.currentRowChanged.connect(self._plan_picked)
        self.tabs.currentChanged.connect(lambda index: settings.setValue("window/workspace", index))
        self.editor_pages.currentChanged.connect(lambda index: settings.setValue("editor/page", index))

    def _plan_picked(self, row: int) -> None:
        if not 0 <= row < len(self.view.plans):
            return
        self.plan = self.view.plans[row]
        keep_plan(self.settings, self.database, self.plan.id)  # this database's plan, as the window keeps it
        self._show_outline(reads.read_outline(self.database, self.plan.id) or ())
        self._show_plan()

    def _show_outline(self, lines: tuple[reads.OutlineNode, ...]) -> None:
        self.outline.clear()
        bold = self.outline.font()
        bold.setBold(True)

        def add(parent: QTreeWidget | QTreeWidgetItem, line: reads.OutlineNode) -> None:
            item = QTreeWidgetItem(parent, outline_cells(line))
            if line.kind is OutlineKind.GROUP:
                for column in range(len(COLUMNS)):
                    item.setFont(column, bold)
            for child in line.children:
                add(item, child)

        for line in lines:
            add(self.outline, line)
        self.outline.expandAll()

    def _show_plan(self) -> None:
        for page in self.pages:
            page.retranslate(self.plan)
        self.banner.setVisible(self.plan is not None and self.plan.status is not DocumentStatus.DRAFT)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.year_label.setText(translate("MainWindow", "&Year:"))
        self.year_box.clear()
        self.year_box.addItem(translate("MainWindow", "All years"))
        for index, text in enumerate((translate("MainWindow", "Drafts and issued"),
                                      translate("MainWindow", "Drafts only"), translate("MainWindow", "Issued only"))):
            self.status_box.setItemText(index, text)
        self.search_box.setPlaceholderText(translate("MainWindow", "Find a plan (number, year, words)…"))
        self.plan_list.setToolTip(translate("MainWindow", "Plans of the selected year"))
        for row, plan in enumerate(self.view.plans):
            text, tooltip = plan_text(plan)
            item = self.plan_list.item(row)
            item.setText(text)
            item.setToolTip(tooltip)
        for index, page in enumerate(self.pages):
            self.tabs.setTabText(index, page.title())
        for index, title in enumerate(EDITOR_PAGES):
            self.editor_pages.setTabText(index, translate("PlanEditorWorkspace", title))
        for label in self.page_loading:
            label.setText(translate("FirstView", "Loading this workspace…"))
        self.outline.setHeaderLabels([translate("OutlineModel", name) for name, _width in COLUMNS])
        self.banner.setText(translate("PlanEditorWorkspace", "This plan is issued and can no longer be changed. To "
                                                             "change it, copy it into a new draft (amendment)."))
        self._show_plan()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _restore(splitter: QSplitter, state: object) -> None:
    if isinstance(state, QByteArray):
        splitter.restoreState(state)


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0
