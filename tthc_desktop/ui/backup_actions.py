"""File ▸ Back up now… and Restore from backup…, plus the automatic backups: at start and once a day while open.

Restoring replaces the file under the open window, so this only checks the chosen backup and emits
`restore_requested`; start-up (app.py `Session`) closes the window, swaps the files and opens a new window.
A database opened for reading only takes no automatic backup (nothing in it changes) and offers no restore onto it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from tthc_desktop.errors import TthcError
from tthc_desktop.paths import private_folder
from tthc_desktop.services.backup import BackupService
from tthc_desktop.services.database import Database
from tthc_desktop.ui.background import BackgroundTask
from tthc_desktop.ui.messages import report_error

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 15 * 60 * 1000  # is today's backup taken yet? a directory listing, cheap


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _SilentJob(QRunnable):
    """An automatic backup off the GUI thread, without a busy dialog: the clerk is not waiting for it."""

    def __init__(self, function: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.function, self.signals = function, signals

    def run(self) -> None:
        try:
            result = self.function()
        except Exception as error:  # noqa: BLE001 - reported on the GUI thread
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class BackupActions(QObject):
    backup_written = Signal(object)  # Path
    restore_requested = Signal(object)  # Path of a backup that passed the check
    automatic_failed = Signal(object)  # Exception

    def __init__(self, database: Database, parent: QWidget,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self.window = parent
        self.service = BackupService(database, clock)
        self.read_only = database.read_only
        self.backup_action = QAction(self)
        self.backup_action.setObjectName("backupNowAction")
        self.backup_action.triggered.connect(lambda: self.back_up_now())
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.triggered.connect(lambda: self.restore_from_backup())
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_daily_backup)
        self.automatic_running = False
        self._warned = False
        self._signals = _Signals()
        self._signals.finished.connect(self._automatic_done, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._automatic_failed, Qt.ConnectionType.QueuedConnection)
        self.retranslate()

    @property
    def actions(self) -> list[QAction]:
        return [self.backup_action, self.restore_action]

    def add_to_menu(self, menu: QMenu) -> None:
        for action in self.actions:
            menu.addAction(action)

    def retranslate(self) -> None:
        self.backup_action.setText(self.tr("&Back up now…"))
        self.backup_action.setStatusTip(self.tr("Save a copy of the whole database"))
        self.restore_action.setText(self.tr("Res&tore from backup…"))
        self.restore_action.setStatusTip(self.tr("Replace the database with a backup; the current one is kept aside"))
        if self.read_only:
            self.restore_action.setEnabled(False)
            self.restore_action.setStatusTip(self.tr("This database is read-only: a backup cannot be put in its "
                                                     "place"))

    # ------------------------------------------------------------ automatic

    def start_automatic(self) -> None:
        """The backup at start, then a check every quarter of an hour for the day's backup."""
        if self.read_only:
            log.info("No automatic backups of %s: it is read-only (%s)", self.service.path, self.read_only)
            return
        self._run_automatic()
        self.timer.start()

    def run_daily_backup(self) -> bool:
        """Take today's automatic backup if it is due; True when one was started."""
        if self.read_only or self.automatic_running or not self.service.backup_due():
            return False
        self._run_automatic()
        return True

    def _run_automatic(self) -> None:
        self.automatic_running = True
        QThreadPool.globalInstance().start(_SilentJob(self.service.automatic_backup, self._signals))

    def _automatic_done(self, path: Path) -> None:
        self.automatic_running = False
        log.info("Automatic backup written: %s", path)
        self.backup_written.emit(path)

    def _automatic_failed(self, error: Exception) -> None:
        self.automatic_running = False
        log.error("Automatic backup failed: %s", error, exc_info=error)
        self.automatic_failed.emit(error)
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(self.tr("The automatic backup failed: {error}").format(error=error))
        if not self._warned:  # once a session: a full disk should be heard, not repeated every quarter hour
            self._warned = True
            report_error(self.window, error if isinstance(error, TthcError) else TthcError(str(error)))

    # ------------------------------------------------------------ by hand

    def back_up_now(self, to: Path | None = None) -> BackgroundTask | None:
        """Ask where (the backups folder by default) and write a backup there, off the GUI thread."""
        if to is None:
            suggested = self.service.folder / f"{self.service.path.stem}-{datetime.now():%Y%m%d-%H%M}" \
                                              f"{self.service.path.suffix}"
            name, _filter = QFileDialog.getSaveFileName(
                self.window, self.tr("Back up the database"), str(suggested),
                self.tr("TTHC Desktop databases (*.sqlite *.db);;All files (*)"))
            if not name:
                return None
            to = Path(name)
        task = BackgroundTask(self.window, self.tr("Backing up the database…"), lambda: self.service.backup_now(to))
        task.done.connect(self._backup_done)
        task.failed.connect(lambda error: report_error(self.window, error))
        return task

    def _backup_done(self, path: Path) -> None:
        self.backup_written.emit(path)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup"),
                          self.tr("The database was backed up to {path}.").format(path=path),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("backupDoneNotice")
        box.open()  # not exec(): nothing waits on the clerk's OK

    def restore_from_backup(self, path: Path | None = None, confirm: bool = True) -> BackgroundTask | None:
        """Choose a backup, confirm, check it (off the GUI thread); then `restore_requested` asks start-up to swap
        the files with this window closed, so nothing in it reads the database while it is replaced."""
        if self.read_only:
            report_error(self.window, TthcError(self.tr("This database is read-only ({reason}): a backup cannot be "
                                                        "put in its place.").format(reason=self.read_only)))
            return None
        if path is None:
            private_folder(self.service.folder)
            name, _filter = QFileDialog.getOpenFileName(
                self.window, self.tr("Restore from a backup"), str(self.service.folder),
                self.tr("TTHC Desktop databases (*.sqlite *.db);;All files (*)"))
            if not name:
                return None
            path = Path(name)
        if confirm and QMessageBox.question(
                self.window, self.tr("Restore from backup"),
                self.tr("Replace the database with the backup {name}? Edits made since that backup will not be in "
                        "it. The database in use now is kept in {folder}.").format(
                    name=path.name, folder=self.service.folder)) != QMessageBox.StandardButton.Yes:
            return None
        chosen = path
        task = BackgroundTask(self.window, self.tr("Checking the backup…"), lambda: self.service.verify(chosen))
        task.done.connect(lambda _result: self.restore_requested.emit(chosen))
        task.failed.connect(lambda error: report_error(self.window, error))
        return task
