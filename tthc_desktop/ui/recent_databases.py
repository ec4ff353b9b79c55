"""Other databases: File > Open database… (Ctrl+O) and File > Recent databases, for a clerk who keeps a copy for
another commune or receives one. The list (at most 8, the newest first) lives in the settings; a file that is not
where it was (moved, renamed, a USB stick not plugged in) is shown greyed with "not found" each time the menu opens,
and choosing one that has gone since says so and takes it off the list.

The window only asks (`open_requested`); app.Session opens the file through start-up's own path (migrations with a
backup, the recovery dialog for damage, read-only mode, one window per database) and replaces the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from tthc_desktop.ui.remembered_plans import keep_plan, plan_of

MAX_RECENT = 8
RECENT_KEY = "files/recent_databases"
FOLDER_KEY = "files/database_folder"


def same_file(a: Path, b: Path) -> bool:
    return Path(a).expanduser().resolve() == Path(b).expanduser().resolve()


class RecentDatabases(QObject):
    open_requested = Signal(object)  # the Path the clerk chose

    def __init__(self, window: QWidget, settings: QSettings, current: Path | None = None) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self.current = Path(current).resolve() if current is not None else None
        self.open_action = QAction(window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)  # Ctrl+O: nothing else of the app uses it
        self.open_action.triggered.connect(lambda: self.choose())
        self.menu = QMenu(window)
        self.menu.setObjectName("recentDatabases")
        self.menu.aboutToShow.connect(self.rebuild)
        self.clear_action = QAction(self)
        self.clear_action.triggered.connect(self.clear)
        self.message: QMessageBox | None = None
        if self.current is not None:
            self.remember(self.current)
        self.rebuild()

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("&Open database…"))
        self.menu.setTitle(self.tr("Recent &databases"))
        self.clear_action.setText(self.tr("&Clear the list"))
        self.rebuild()

    # ---------------------------------------------------------------- the list

    def paths(self) -> list[Path]:
        value = self.settings.value(RECENT_KEY, [])
        names = [value] if isinstance(value, str) else list(value or [])
        return [Path(str(name)) for name in names if str(name).strip()][:MAX_RECENT]

    def _store(self, paths: list[Path]) -> None:
        self.settings.setValue(RECENT_KEY, [str(p) for p in paths[:MAX_RECENT]])

    def remember(self, path: Path) -> None:
        """`path` first in the list (once), the oldest dropped beyond MAX_RECENT."""
        path = Path(path).expanduser().resolve()
        self._store([path, *(p for p in self.paths() if not same_file(p, path))])

    def note_plan(self, plan: object) -> None:
        """The plan open in the current database (a PlanSummary, or None), to go back to it there
        (ui/remembered_plans.py)."""
        plan_id = getattr(plan, "id", None)
        if self.current is None or plan_id is None:
            return
        keep_plan(self.settings, self.current, int(plan_id), self.paths())

    def remembered_plan(self) -> int | None:
        """The plan last open in the current database (the first view at start-up reads the same)."""
        return plan_of(self.settings, self.current) if self.current is not None else None

    def forget(self, path: Path) -> None:
        self._store([p for p in self.paths() if not same_file(p, path)])

    def clear(self) -> None:
        self._store([p for p in self.paths() if self.current is not None and same_file(p, self.current)])
        self.rebuild()

    def rebuild(self) -> None:
        """The menu as the files are now: the one open checked, a missing one greyed out with "not found"."""
        self.menu.clear()
        for number, path in enumerate(self.paths(), start=1):
            found = path.is_file()
            words = f"&{number} {path.name} — {path.parent}"
            if not found:
                words += " " + self.tr("(not found)")
            action = QAction(words, self.menu)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(found)
            if self.current is not None and same_file(path, self.current):
                action.setCheckable(True)
                action.setChecked(True)
            action.triggered.connect(lambda _checked=False, p=path: self.open(p))
            self.menu.addAction(action)
        if not self.menu.isEmpty():
            self.menu.addSeparator()
        self.menu.addAction(self.clear_action)
        self.clear_action.setEnabled(len(self.paths()) > (1 if self.current is not None else 0))

    # ---------------------------------------------------------------- opening

    def choose(self, path: Path | None = None) -> Path | None:
        """File > Open database…: the file dialog in the folder last used (or beside the open database)."""
        if path is None:
            folder = self.settings.value(FOLDER_KEY) or (str(self.current.parent) if self.current else
                                                         QStandardPaths.writableLocation(
                                                             QStandardPaths.StandardLocation.DocumentsLocation))
            name, _filter = QFileDialog.getOpenFileName(
                self.window, self.tr("Open a database"), str(folder),
                self.tr("TTHC Desktop databases (*.sqlite *.db);;All files (*)"))
            if not name:
                return None
            path = Path(name)
        self.settings.setValue(FOLDER_KEY, str(Path(path).parent))
        return self.open(Path(path))

    def open(self, path: Path) -> Path | None:
        """Ask for `path` to be opened; a file that is no longer there is said and taken off the list."""
        path = Path(path).expanduser()
        if not path.is_file():
            self.forget(path)
            self.rebuild()
            self.message = QMessageBox(QMessageBox.Icon.Warning, self.tr("Database not found"), self.tr(
                "The file {path} is no longer there: it may have been moved or renamed, or it is on a USB stick that "
                "is not plugged in. It was taken off the list of recent databases; open it again with File > Open "
                "database… once you know where it is.").format(path=path), QMessageBox.StandardButton.Ok,
                self.window)
            self.message.setObjectName("databaseNotFound")
            self.message.open()
            return None
        self.open_requested.emit(path.resolve())
        return path.resolve()
