"""Start-up: the Qt application, its language, the database (checked, recovered, demo on first run), the window.

Also what keeps work safe around the window: one window per database, the log, unexpected errors shown
without stopping the app, the backup at start and daily, the notice after a session that ended unexpectedly,
and reopening the window on a database restored from a backup.
"""

from __future__ import annotations

import logging
import signal
import sys
import traceback
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tthc_desktop import __version__, logging_setup, session_marker
from tthc_desktop.errors import DatabaseError, DatabaseTooNewError, TthcError
from tthc_desktop.paths import APP_AUTHOR, APP_NAME, default_database
from tthc_desktop.services.backup import BackupService, RestoreResult, open_checked
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.backup_actions import BackupActions
from tthc_desktop.ui.error_dialog import ErrorDialog, ErrorReporter
from tthc_desktop.ui.main_window import MainWindow
from tthc_desktop.ui.recovery_dialog import RecoveryChoice, RecoveryDialog, show_crash_notice
from tthc_desktop.ui.single_instance import SingleInstance, bring_to_front
from tthc_desktop.ui.translation import install_language

log = logging.getLogger(__name__)

EXIT_NOT_OPENED = 1
EXIT_FAILED = 3  # as the command line does for an unexpected error


def open_services(path: Path, demo: bool) -> Services:
    """The services of `path`, checked through; a new database gets the demo commune unless `demo` is False."""
    new = Database.is_new(path)
    services = Services.for_database(open_checked(path))
    if new and demo:
        services.demo.create_demo()
    return services


def create_window(path: Path, demo: bool = True, settings: QSettings | None = None) -> MainWindow:
    settings = settings or QSettings()
    install_language(str(settings.value("ui/language", "vi")))
    return MainWindow(open_services(path, demo), settings)


def open_or_recover(path: Path, demo: bool = True,
                    parent: QWidget | None = None) -> tuple[Services, RestoreResult | None] | None:
    """The services of `path`, or of what the clerk chose instead when it cannot be used (the newest good backup
    restored, or another file), with the restore done if any. None when the clerk quits."""
    restored: RestoreResult | None = None
    while True:
        try:
            return open_services(path, demo), restored
        except DatabaseError as error:
            log.error("Cannot use the database %s: %s", path, error)
            problem, too_new = str(error), isinstance(error, DatabaseTooNewError)
        service = BackupService(path)
        backup = None if too_new else service.newest_good_backup()  # an older backup would lose the newer edits
        dialog = RecoveryDialog(path, problem, backup, parent)
        dialog.exec()
        if dialog.choice is RecoveryChoice.RESTORE and backup is not None:
            try:
                restored = service.restore(backup.path)
            except TthcError as failure:
                QMessageBox.warning(parent, APP_NAME, str(failure))
        elif dialog.choice is RecoveryChoice.OPEN_OTHER and dialog.chosen_file is not None:
            path = dialog.chosen_file.expanduser().resolve()
        else:
            return None


class Session:
    """The window on one database and what surrounds it, from start to a clean exit."""

    def __init__(self, services: Services, settings: QSettings, instance: SingleInstance,
                 restored: RestoreResult | None = None) -> None:
        self.settings, self.instance = settings, instance
        self.path = services.database.path
        self.crashed = session_marker.begin_session(self.path)
        self.window = self._show(services)
        instance.raise_requested.connect(lambda: bring_to_front(self.window))
        if restored is not None:
            QTimer.singleShot(0, lambda: self._tell_restored(restored))
        if self.crashed:
            QTimer.singleShot(0, self._tell_crashed)

    def _tell_crashed(self) -> None:
        log.warning("Told the clerk that the last session on %s ended unexpectedly", self.path)
        self.crash_notice = show_crash_notice(self.window)

    def _show(self, services: Services) -> MainWindow:
        install_language(str(self.settings.value("ui/language", "vi")))
        window = MainWindow(services, self.settings)
        self.backups = backup_actions(window)
        # Queued: the swap closes this window, so it must not run inside one of the window's own slots.
        self.backups.restore_requested.connect(self.restore, Qt.ConnectionType.QueuedConnection)
        window.show()
        plan = window.current_plan()
        log.info("Window shown on %s: plan %s, workspace %d", self.path, plan.id if plan else None,
                 window.tabs.currentIndex())
        return window

    def restore(self, backup: Path) -> RestoreResult | None:
        """Replace the database with `backup` (already checked) and open a new window on it.

        The old window goes first, synchronously, with the work it had running: otherwise one of its timers or
        background renders could read the file while it is swapped and tell the clerk about a plan that has
        just vanished. If the restore fails, the window comes back on the unchanged database."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # between the two windows there is none
        try:
            old = self.window
            old.close()
            QThreadPool.globalInstance().waitForDone(30000)
            old.services.database.close()
            shiboken6.delete(old)
            try:
                result: RestoreResult | None = BackupService(self.path).restore(backup)
            except TthcError as error:
                result = None
                failure: TthcError | None = error
            else:
                failure = None
            opened = open_or_recover(self.path, demo=False)
            if opened is None:
                QCoreApplication.quit()
                return result
            self.window = self._show(opened[0])
            self.backups.start_automatic()
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)
        if failure is not None:
            QMessageBox.warning(self.window, APP_NAME, str(failure))
        elif result is not None:
            self._tell_restored(result)
        return result

    def _tell_restored(self, result: RestoreResult) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, QCoreApplication.translate(
            "Session", "The database was restored from the backup {name}. The file that was in use before is kept "
                       "at {path}.").format(name=result.restored_from.name, path=result.replaced),
            QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("restoredNotice")
        box.open()

    def close(self) -> None:
        self.backups.timer.stop()
        QThreadPool.globalInstance().waitForDone(30000)  # an automatic backup finishes rather than being cut
        self.window.services.database.close()
        session_marker.end_session(self.path)
        self.instance.release()


def backup_actions(window: MainWindow) -> BackupActions:
    """The window's backup actions (File menu); made here when the window has none, so that the automatic
    backups run all the same."""
    actions = getattr(window, "backup", None)
    if isinstance(actions, BackupActions):
        return actions
    return BackupActions(window.services.database, window)


def _quit_on_terminate(app: QApplication) -> QTimer:
    """SIGTERM (the desktop logging off, `kill`) closes the window as Quit does, so the session ends cleanly.

    Python runs a signal handler only when it gets control back, so a slow timer hands it control now and then."""
    signal.signal(signal.SIGTERM, lambda _number, _frame: app.closeAllWindows())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def _application(argv: list[str] | None) -> QApplication:
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    return app


def main(database: Path | None = None, demo: bool = True, argv: list[str] | None = None) -> int:
    app = _application(argv)
    _quit_on_terminate(app)
    logging_setup.configure()
    log.info("TTHC Desktop %s starting", __version__)
    session: Session | None = None
    reporter = ErrorReporter(lambda: session.window if session is not None else None)
    reporter.install()
    settings = QSettings()
    install_language(str(settings.value("ui/language", "vi")))
    path = Path(database or default_database()).expanduser().resolve()
    instance = SingleInstance(path)
    if not instance.acquire():
        return 0  # the window already open on this file was brought to the front
    try:
        opened = open_or_recover(path, demo)
    except Exception as error:  # a bug met before any window: said in a dialog with details, not a traceback
        log.exception("Start-up failed")
        ErrorDialog(error, traceback.format_exc()).exec()
        instance.release()
        return EXIT_FAILED
    if opened is None:
        instance.release()
        return EXIT_NOT_OPENED
    services, restored = opened
    if services.database.path != instance.database:  # the clerk opened another file from the recovery dialog
        instance.release()
        instance = SingleInstance(services.database.path)
        if not instance.acquire():
            services.database.close()
            return 0
    session = Session(services, settings, instance, restored)
    session.backups.start_automatic()
    try:
        code = app.exec()
    finally:
        session.close()
        reporter.uninstall()
    log.info("TTHC Desktop closed normally")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
