"""The main window: plan picker on the left, the three workspaces on the right, menus and status bar.

Built in two steps so that the clerk sees the window at once: `MainWindow(None, settings)` is the frame (title,
size and place as last left, the menu bar, "Opening the database…" in the middle, the status bar) and imports only
PySide6 and light modules, none of SQLAlchemy, the services or the workspaces; `fill(services)` then imports the
workspaces, builds them with the data and goes back to where the clerk left off. `MainWindow(services, settings)`
does both at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# Only what the frame needs: PySide6 builds each class (and its enums) on first use, so the rest is imported where
# it is used, after the first paint; not `Qt` at all here (≈ 30 ms to build that namespace).
from PySide6.QtCore import QByteArray, QEvent, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QWidget

from tthc_desktop import __version__
from tthc_desktop.ui import window_size
from tthc_desktop.ui.translation import install_language

if TYPE_CHECKING:  # imported when the window is filled: they bring SQLAlchemy, the services, reportlab…
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QSplitter

    from tthc_desktop.services.changes import Changes
    from tthc_desktop.services.dto import PlanSummary
    from tthc_desktop.services.registry import Services
    from tthc_desktop.ui.changes_hub import ChangesHub
    from tthc_desktop.ui.import_dialog import ImportDialog
    from tthc_desktop.ui.new_plan_dialog import NewPlanDialog
    from tthc_desktop.ui.settings_dialog import SettingsDialog
    from tthc_desktop.ui.shortcuts_dialog import ShortcutsDialog
    from tthc_desktop.ui.workspaces import Workspace

ALL_YEARS = ""


def import_workspaces() -> None:
    """The modules that `MainWindow.fill` and its menus use; start-up imports them in an event-loop turn of their
    own, between opening the database and filling the window."""
    import tthc_desktop.ui.backup_actions  # noqa: F401
    import tthc_desktop.ui.import_dialog  # noqa: F401
    import tthc_desktop.ui.new_plan_dialog  # noqa: F401
    import tthc_desktop.ui.plan_editor.editor  # noqa: F401
    import tthc_desktop.ui.plan_list_model  # noqa: F401
    import tthc_desktop.ui.printing  # noqa: F401
    import tthc_desktop.ui.recent_databases  # noqa: F401
    import tthc_desktop.ui.reminders  # noqa: F401
    import tthc_desktop.ui.report_builder.workspace  # noqa: F401
    import tthc_desktop.ui.settings_dialog  # noqa: F401
    import tthc_desktop.ui.shortcuts_dialog  # noqa: F401
    import tthc_desktop.ui.tracker.workspace  # noqa: F401


class MainWindow(QMainWindow):
    plan_selected = Signal(object)  # PlanSummary | None
    language_changed = Signal(str)
    first_painted = Signal()  # the frame is on screen: start-up opens the database after this

    def __init__(self, services: Services | None, settings: QSettings, database: Path | None = None) -> None:
        """`services` None: the frame only, to `fill` later; `database`, the file it is opening, shown meanwhile."""
        super().__init__()
        self.services: Services = None  # type: ignore[assignment]  # set by fill()
        self.opening_path = database
        self.settings = settings
        self.painted = False
        self.setObjectName("mainWindow")
        self._build_frame()
        if services is not None:
            self.fill(services)

    def show_first_view(self, view: QWidget) -> None:
        """What the database holds, read without the services (ui/first_view.py), in place of "Opening the
        database…" until `fill` replaces it."""
        window_size.elide_texts(view)  # its headers end in "…" as the workspaces' do
        self.setCentralWidget(view)
        self.opening_label = None

    @property
    def is_filled(self) -> bool:
        return self.services is not None

    def _build_frame(self) -> None:
        """What shows before the database is open: light widgets only, nothing read from the file."""
        self.opening_label: QLabel | None = QLabel()
        self.opening_label.setObjectName("openingLabel")
        opening = QWidget()
        opening.setObjectName("opening")
        row = QHBoxLayout(opening)  # centred by stretches (vertically a QLabel centres itself)
        row.addStretch(1)
        row.addWidget(self.opening_label)
        row.addStretch(1)
        self.setCentralWidget(opening)
        self.db_label = QLabel()
        self.db_label.setObjectName("databasePath")
        self.statusBar().addPermanentWidget(self.db_label)
        self.quit_action = QAction(self)  # its shortcut comes with the rest (_create_actions): setting a standard
        self.quit_action.triggered.connect(self.close)  # key builds PySide6's Qt enums first (≈ 50 ms)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("vi", "en"):
            action = QAction(self, checkable=True)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.tracking_menu = bar.addMenu("")
        self.report_menu = bar.addMenu("")
        self.language_menu = bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        for menu in (self.edit_menu, self.view_menu, self.tracking_menu, self.report_menu, self.help_menu):
            menu.setEnabled(False)  # until the window is filled
        language = str(self.settings.value("ui/language", "vi"))
        self.language_actions.get(language, self.language_actions["vi"]).setChecked(True)
        geometry = self.settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            window_size.fit(self, 1366, 768)  # a laptop's whole work area; a 1366×768 window on a larger screen
        elif not self.isMaximized():
            window_size.fit(self, self.width(), self.height())  # left on a larger screen than this one
        self._retranslate_frame()

    def fill(self, services: Services) -> None:
        """Build the plan picker, the workspaces and the menus on `services`, read the plans and go back to the
        plan, workspace and page the clerk had open."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QSplitter, QTabWidget, QVBoxLayout

        from tthc_desktop.domain.enums import DocumentStatus
        from tthc_desktop.ui.changes_hub import ChangesHub
        from tthc_desktop.ui.plan_editor.editor import PlanEditorWorkspace
        from tthc_desktop.ui.plan_list_model import PlanFilterProxy, PlanListModel
        from tthc_desktop.ui.report_builder.workspace import ReportBuilderWorkspace
        from tthc_desktop.ui.tracker.workspace import TaskTrackerWorkspace

        assert not self.is_filled, "a window is filled once"
        self.services = services
        self.hub: ChangesHub = ChangesHub.of(services)  # what every write changed: the views refresh from it
        settings = self.settings
        self.plans = PlanListModel(self)
        self.plans_by_year = PlanFilterProxy(self)
        self.plans_by_year.setSourceModel(self.plans)

        self.year_box = QComboBox()
        self.year_box.setObjectName("yearBox")
        self.plan_view = QListView()
        self.plan_view.setObjectName("planView")
        self.plan_view.setModel(self.plans_by_year)
        self.plan_view.setWordWrap(True)
        self.plan_view.setAlternatingRowColors(True)
        self.year_label = QLabel()
        self.year_label.setBuddy(self.year_box)

        picker = QWidget()
        picker.setObjectName("planPicker")
        picker_layout = QVBoxLayout(picker)
        self.status_box = QComboBox()
        self.status_box.setObjectName("statusBox")
        for status in (None, DocumentStatus.DRAFT, DocumentStatus.ISSUED):
            self.status_box.addItem("", status.value if status else None)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("planSearch")
        self.search_box.setClearButtonEnabled(True)
        picker_layout.addWidget(self.year_label)
        picker_layout.addWidget(self.year_box)
        picker_layout.addWidget(self.status_box)
        picker_layout.addWidget(self.search_box)
        picker_layout.addWidget(self.plan_view, 1)

        self.editor = PlanEditorWorkspace(services)
        self.tracker = TaskTrackerWorkspace(services, settings=settings)
        self.report_builder = ReportBuilderWorkspace(services, settings)
        self.workspaces: list[Workspace] = [self.editor, self.tracker, self.report_builder]
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaces")
        for page in self.workspaces:
            self.tabs.addTab(page, page.title())

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(picker)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 900])
        self.setCentralWidget(self.splitter)  # the "Opening the database…" label goes (Qt deletes it)
        self.opening_label = None

        self._create_actions()
        self._create_menus()
        for menu in (self.edit_menu, self.view_menu, self.tracking_menu, self.report_menu, self.help_menu):
            menu.setEnabled(True)
        self.year_box.currentIndexChanged.connect(self._year_changed)
        self.status_box.currentIndexChanged.connect(
            lambda: self.plans_by_year.set_status(self.status_box.currentData()))
        self.search_box.textChanged.connect(self.plans_by_year.set_search)
        self.plan_view.selectionModel().currentChanged.connect(self._current_plan_changed)
        for page in self.workspaces:
            self.plan_selected.connect(page.set_plan)
        self.editor.plan_created.connect(self._open_plan)
        self.editor.figures_requested.connect(self._show_figure)
        self.hub.changed.connect(self._changes_arrived)

        self.retranslate()
        window_size.elide_texts(self)
        # Read before reload_plans() selects the first; the plan last open in this database, if it was one of several.
        remembered_plan = self.recent.remembered_plan()
        self.reload_plans()
        self._restore_state(remembered_plan)
        self.show_startup_notice()

    # ------------------------------------------------------------ building

    def _create_actions(self) -> None:
        from PySide6.QtGui import QKeySequence

        from tthc_desktop.ui.backup_actions import BackupActions
        from tthc_desktop.ui.printing import PrintActions

        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.new_plan_action = QAction(self)
        self.new_plan_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_plan_action.triggered.connect(lambda: self.open_new_plan())
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_import())
        self.paste_document_action = QAction(self)
        self.paste_document_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.paste_document_action.triggered.connect(lambda: self.open_import(paste=True))
        self.settings_action = QAction(self)
        self.settings_action.setShortcuts([QKeySequence("Ctrl+,"), QKeySequence("Ctrl+Alt+S")])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(lambda: self.open_settings())
        self.reload_action = QAction(self)
        self.reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self.reload_plans)
        self.workspace_actions: list[QAction] = []
        for number in range(len(self.workspaces)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, n=number: self.tabs.setCurrentIndex(n))
            self.workspace_actions.append(action)
        self.backup = BackupActions(self.services.database, self)  # app.Session finds it by this name
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.printing = PrintActions(self)
        self.plan_selected.connect(self.printing.set_plan)
        from tthc_desktop.ui.reminders import Reminders

        self.reminders = Reminders(self, self.settings)  # started by app.Session once the window is on screen
        from tthc_desktop.ui.recent_databases import RecentDatabases

        # File > Open database… and Recent databases: app.Session opens the file chosen (issue 18, item 8).
        self.recent = RecentDatabases(self, self.settings, self.services.database.path)
        self.plan_selected.connect(self.recent.note_plan)  # each database opens on its own last plan

    def _create_menus(self) -> None:
        """The menus' items; the menus themselves are the frame's (`_build_frame`)."""
        from PySide6.QtGui import QKeySequence

        self.file_menu.clear()  # the frame's Quit comes back last
        self.file_menu.addAction(self.new_plan_action)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.paste_document_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.recent.open_action)
        self.file_menu.addMenu(self.recent.menu)
        self.file_menu.addSeparator()
        for action in self.printing.actions:
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.reload_action)
        self.file_menu.addSeparator()
        self.backup.add_to_menu(self.file_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        # Our own actions rather than QUndoGroup.createUndoAction: its "Undo %1" is fixed English text. Each
        # workspace keeps its own edits; Edit > Undo acts in the one shown (the group's active stack).
        from PySide6.QtGui import QUndoGroup

        group = self.undo_group = QUndoGroup(self)
        for page in self.workspaces:
            group.addStack(page.undo_stack)
        group.setActiveStack(self.editor.undo_stack)
        self.tabs.currentChanged.connect(lambda index: group.setActiveStack(self.workspaces[index].undo_stack))
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(group.undo)
        self.redo_action = QAction(self)
        # Ctrl+Y everywhere, and the platform's own redo keys, each once (Windows' own list holds Ctrl+Y too).
        redo_keys = [QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        self.redo_action.setShortcuts(list(dict.fromkeys(redo_keys, None)))
        self.redo_action.triggered.connect(group.redo)
        for signal in (group.canUndoChanged, group.canRedoChanged, group.undoTextChanged, group.redoTextChanged,
                       group.activeStackChanged):
            signal.connect(self._update_undo_actions)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        for action in [*self.editor.row_actions, self.editor.paste_action]:
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.editor.checks_action)
        self.edit_menu.addAction(self.editor.issue_action)
        self.edit_menu.addAction(self.editor.amend_action)
        for action in self.workspace_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.editor.preview_action)
        for action in (self.tracker.record_action, self.tracker.evidence_action, self.tracker.export_action,
                       self.tracker.match_units_action, None, self.tracker.chasing.slips_action,
                       self.tracker.chasing.calendar_action, None, self.tracker.printing.list_action,
                       self.tracker.printing.timeline_action, None, self.reminders.settings_action):
            if action is None:
                self.tracking_menu.addSeparator()
            else:
                self.tracking_menu.addAction(action)
        builder = self.report_builder
        for action in (builder.open_action, builder.refresh_action, builder.issue_action,
                       *builder.export_actions.values(), builder.delete_action, None, builder.send_action,
                       builder.outbox_action, builder.mail_settings_action):
            if action is None:
                self.report_menu.addSeparator()
            else:
                self.report_menu.addAction(action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    def _retranslate_frame(self) -> None:
        self.setWindowTitle(self.tr("TTHC Desktop — administrative-procedure control"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.tracking_menu.setTitle(self.tr("&Tracking"))
        self.report_menu.setTitle(self.tr("&Reports"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions["vi"].setText(self.tr("Vietnamese (Tiếng Việt)"))
        self.language_actions["en"].setText(self.tr("English"))
        self.help_menu.setTitle(self.tr("&Help"))
        if self.opening_label is not None:
            self.opening_label.setText(self.tr("Opening the database…"))
        if not self.is_filled and self.opening_path is not None:
            self.db_label.setText(self.tr("Database: {path}").format(path=self.opening_path))

    def retranslate(self) -> None:
        self._retranslate_frame()
        if not self.is_filled:
            return
        self.year_label.setText(self.tr("&Year:"))
        if self.year_box.count():
            self.year_box.setItemText(0, self.tr("All years"))
        for index, text in enumerate((self.tr("Drafts and issued"), self.tr("Drafts only"), self.tr("Issued only"))):
            self.status_box.setItemText(index, text)
        self.search_box.setPlaceholderText(self.tr("Find a plan (number, year, words)…"))
        self.plan_view.setToolTip(self.tr("Plans of the selected year"))
        self.reload_action.setText(self.tr("&Reload plans"))
        self.new_plan_action.setText(self.tr("&New plan…"))
        self.import_action.setText(self.tr("&Import a plan (Word, text)…"))
        self.paste_document_action.setText(self.tr("Paste a &whole document…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.printing.retranslate()
        self.reminders.retranslate()
        self.recent.retranslate()
        self._update_undo_actions()
        for action, page in zip(self.workspace_actions, self.workspaces, strict=True):
            action.setText(page.title())
        for index, page in enumerate(self.workspaces):
            self.tabs.setTabText(index, page.title())
        self.about_action.setText(self.tr("&About TTHC Desktop"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.backup.retranslate()
        self.db_label.setText(self.tr("Database: {path}").format(path=self.services.database.path))

    # ------------------------------------------------------------ behaviour

    def open_import(self, path: Path | None = None, paste: bool = False) -> ImportDialog | None:
        from PySide6.QtWidgets import QFileDialog

        from tthc_desktop.ui.import_dialog import ImportDialog

        if path is None and not paste:
            name, _filter = QFileDialog.getOpenFileName(self, self.tr("Import a plan"), "",
                                                        self.tr("Plans (*.docx *.txt);;All files (*)"))
            if not name:
                return None
            path = Path(name)
        dialog = ImportDialog(self.services, path, self)
        dialog.accepted.connect(lambda: self._open_plan(dialog.saved))
        dialog.open()
        return dialog

    def open_new_plan(self) -> NewPlanDialog:
        from tthc_desktop.ui.new_plan_dialog import NewPlanDialog

        dialog = NewPlanDialog(self.services, self.current_plan(), self)
        dialog.accepted.connect(lambda: self._open_plan(dialog.created))
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        """The commune's settings; what they change reaches every view through the hub (units, signers, format)."""
        from tthc_desktop.ui.settings_dialog import SettingsDialog

        language = str(self.settings.value("ui/language", "vi"))
        dialog = SettingsDialog(self.services, self.set_language, language, self)
        dialog.open()
        return dialog

    def _open_plan(self, plan: PlanSummary | None) -> None:
        """A plan just created or imported: selected, and open in the Plan editor (the hub has listed it)."""
        if plan is not None and self.plans.row_of(plan.id) is None:
            self.reload_plans()  # made on another thread, its change not delivered yet
        if plan is not None:
            self.select_plan(plan.id)
            self.tabs.setCurrentIndex(0)

    def _show_figure(self, indicator_id: int, period: str, field: str) -> None:
        """A check about a figure entered in the tracker: the Task tracker's Figures page, at that figure."""
        self.tabs.setCurrentWidget(self.tracker)
        self.tracker.show_figure(indicator_id, period, field)

    def show_startup_notice(self) -> str:
        """What is overdue or due soon in the selected plan, said once in the status bar."""
        plan = self.current_plan()
        if plan is None:
            return ""
        from tthc_desktop.domain.status import DUE_SOON_DAYS

        # The tracker has just judged this plan: its dashboard holds the overdue and the due soon (domain.status).
        dashboard = self.tracker.dashboard.dashboard
        if dashboard is None:
            return ""
        overdue, soon = len(dashboard.overdue), len(dashboard.due_soon)
        if not overdue and not soon:
            return ""
        text = self.tr("%n task(s) overdue, {soon} due within {days} days: see the Task tracker (Ctrl+2).", "",
                       overdue).format(soon=soon, days=DUE_SOON_DAYS)
        self.statusBar().showMessage(text, 30000)
        self._notice = text
        return text

    def _update_undo_actions(self, *_args: object) -> None:
        group = self.undo_group
        undo, redo = group.undoText(), group.redoText()
        self.undo_action.setText(self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo"))
        self.undo_action.setEnabled(group.canUndo())
        self.redo_action.setEnabled(group.canRedo())

    def _changes_arrived(self, changes: Changes) -> None:
        """The plan list and the workspaces' plan line (number, state, counts) follow what a write changed: the
        plans touched are read again; a plan made or deleted reads the list again; a plan that changed state
        (issued) is given to the workspaces again, since what they allow changes with it."""
        from tthc_desktop.services.changes import Part

        if not changes.touches((Part.PLANS, Part.OUTLINE, Part.INDICATORS, Part.DOCUMENTS)):
            return
        listed = {self.plans.plan(row).id for row in range(self.plans.rowCount())}
        fresh: dict[int, PlanSummary] = {}
        if Part.PLANS in changes.parts:
            plans = self.services.plans.list_plans()
            if {p.id for p in plans} != listed:
                self.reload_plans()
                return
            fresh = {p.id: p for p in plans if changes.plans is None or p.id in changes.plans}
        else:
            for plan_id in sorted(listed if changes.plans is None else changes.plans & listed):
                fresh[plan_id] = self.services.plans.get(plan_id)
        current = self.current_plan()
        for plan in fresh.values():
            self.plans.update_plan(plan)
        now = fresh.get(current.id) if current is not None else None
        if current is None or now is None or now == current:
            return
        if now.status is not current.status:
            self.plan_selected.emit(now)  # issued: nothing of it may be edited any more
        else:
            for page in self.workspaces:
                page.show_summary(now)

    def reload_plans(self) -> None:
        """Read the plans again, keeping the selected year and plan where they still exist."""
        current = self.current_plan()
        year = self.year_box.currentData()
        self.plans.set_plans(self.services.plans.list_plans())
        self.year_box.blockSignals(True)
        self.year_box.clear()
        self.year_box.addItem(self.tr("All years"), ALL_YEARS)
        for plan_year in self.services.plans.years():
            self.year_box.addItem(str(plan_year), str(plan_year))
        found = self.year_box.findData(year) if year is not None else -1
        self.year_box.setCurrentIndex(max(found, 0))
        self.year_box.blockSignals(False)
        self._year_changed()
        if current is not None:
            self.select_plan(current.id)

    def select_plan(self, plan_id: int) -> bool:
        row = self.plans.row_of(plan_id)
        if row is None:
            return False
        index = self.plans_by_year.mapFromSource(self.plans.index(row))
        if not index.isValid():
            self.year_box.setCurrentIndex(0)
            index = self.plans_by_year.mapFromSource(self.plans.index(row))
        self.plan_view.setCurrentIndex(index)
        return True

    def current_plan(self) -> PlanSummary | None:
        index = self.plan_view.currentIndex()
        if not index.isValid():
            return None
        return self.plans.plan(self.plans_by_year.mapToSource(index).row())

    def _year_changed(self) -> None:
        self.plans_by_year.set_year(self.year_box.currentData() or ALL_YEARS)
        if not self.plan_view.currentIndex().isValid() and self.plans_by_year.rowCount():
            self.plan_view.setCurrentIndex(self.plans_by_year.index(0, 0))

    def _current_plan_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        plan = self.current_plan() if current.isValid() else None
        self.plan_selected.emit(plan)
        if plan is not None:
            self.settings.setValue("window/plan", plan.id)  # also the older versions' single plan

    def set_language(self, code: str) -> None:
        install_language(code)
        self.settings.setValue("ui/language", code)
        self.language_actions[code].setChecked(True)
        self.language_changed.emit(code)

    def show_shortcuts(self) -> ShortcutsDialog:
        from tthc_desktop.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About TTHC Desktop"),
            self.tr(
                "<h3>TTHC Desktop {version}</h3>"
                "<p>Plans, tracking and reports of administrative-procedure control for a commune "
                "or ward People's Committee.</p><p>Database: {path}</p>"
            ).format(version=__version__, path=self.services.database.path),
        )

    # ------------------------------------------------------------ state

    def _restore_state(self, plan_id: object = None) -> None:
        """Splitters, workspace, editor page and plan as the clerk left them (size and place: `_build_frame`)."""
        for key, splitter in self._splitters().items():
            state = self.settings.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        self.tabs.setCurrentIndex(int(self.settings.value("window/workspace", 0)))
        self.editor.pages.setCurrentIndex(int(self.settings.value("editor/page", 2)))
        self.editor.preview_action.setChecked(str(self.settings.value("editor/preview", "true")) == "true")
        # Saved as it changes, not only on a clean exit: after a crash the clerk comes back to the same place.
        self.tabs.currentChanged.connect(lambda index: self.settings.setValue("window/workspace", index))
        self.editor.pages.currentChanged.connect(lambda index: self.settings.setValue("editor/page", index))
        self.editor.preview_action.toggled.connect(
            lambda shown: self.settings.setValue("editor/preview", "true" if shown else "false"))
        if plan_id is not None:
            self.select_plan(int(plan_id))

    def _splitters(self) -> dict[str, QSplitter]:
        return {"window/splitter": self.splitter, "editor/split": self.editor.split,
                "editor/left_split": self.editor.left_split}

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self.is_filled:
            for key, splitter in self._splitters().items():
                self.settings.setValue(key, splitter.saveState())
            self.settings.setValue("window/workspace", self.tabs.currentIndex())
        self.settings.sync()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            self.first_painted.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # A passing message stays in the language it was said in: it goes; the start-up notice is said again.
            said = self.statusBar().currentMessage()
            if said:
                self.statusBar().clearMessage()
                if self.is_filled and said == getattr(self, "_notice", None):
                    self.show_startup_notice()
        super().changeEvent(event)
