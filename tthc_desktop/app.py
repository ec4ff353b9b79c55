"""Start-up: the Qt application, its language, the window, the database (checked, recovered, demo on first run).

The demo commune is made only on a first run: no database file and no sign that one lived there (its backups,
SQLite's log beside it, the app's record of having seen data in it, a session on it that did not end, the window's
settings remembering a plan in the default database). A missing or empty file with such a sign is damage: the
recovery dialog offers the newest good backup. A file that cannot be written opens for reading, said in the
status bar, with no automatic backup and no restore onto it.

Also what keeps work safe around the window: one window per database, the log, unexpected errors shown
without stopping the app, the backup at start and daily, the notice after a session that ended unexpectedly,
and reopening the window on a database restored from a backup.

The window shows before the database is opened: `main` imports only PySide6 and light modules, shows the main
window's frame (`MainWindow(None, …)`: title, size and place, menus, "Opening the database…", status bar), and on
the next turn of the event loop `Start` imports SQLAlchemy and the services on a worker thread (pure Python, no
Qt), then on the GUI thread opens the database (migrations, check, recovery dialog, demo on first run) and fills
the window (`Session`). SQLAlchemy, the services and the workspaces are imported inside the functions below.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

# Only what the frame needs; the rest is imported where it is used. Not `Qt` nor ui.error_dialog (which uses it):
# PySide6 builds that namespace on first use (≈ 30 ms).
from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from tthc_desktop import __version__, logging_setup
from tthc_desktop.paths import APP_AUTHOR, APP_NAME, default_database, private_file, private_folder
from tthc_desktop.ui.main_window import MainWindow, import_workspaces
from tthc_desktop.ui.single_instance import SingleInstance, bring_to_front
from tthc_desktop.ui.translation import install_language

if TYPE_CHECKING:
    from tthc_desktop.services.backup import RestoreResult
    from tthc_desktop.services.registry import Services
    from tthc_desktop.ui.backup_actions import BackupActions
    from tthc_desktop.ui.error_dialog import ErrorReporter

START_ANYWAY_MS = 1000  # open the database even if the frame has not painted by then (a window kept hidden)

log = logging.getLogger(__name__)

EXIT_NOT_OPENED = 1
EXIT_FAILED = 3  # as the command line does for an unexpected error


def _import_services() -> None:
    """What the database, its services and the workspaces need without Qt: safe on a worker thread, and so much
    less for the GUI thread to do while the frame waits (the Qt modules are imported on the GUI thread)."""
    import html.parser  # noqa: F401

    import tthc_desktop.documents.xlsx  # noqa: F401
    import tthc_desktop.services.backup  # noqa: F401
    import tthc_desktop.services.pasted_rows  # noqa: F401
    import tthc_desktop.services.registry  # noqa: F401
    import tthc_desktop.services.tracking_export  # noqa: F401
    from tthc_desktop import i18n

    i18n._catalog(i18n.language())  # the core messages' catalogue (babel, ≈ 40 ms) read here, not on the GUI thread


def open_services(path: Path, demo: bool, traces: tuple[str, ...] = (), new: bool = False,
                  chosen: bool = False) -> Services:
    """The services of `path`, checked through. The demo commune only on a first run (no file, no sign of earlier
    use: `Database.open` refuses a missing or empty file where data lived) unless `demo` is False. `traces`: signs of
    earlier use the window knows of; `new`: the clerk chose to start a new database in place of an empty one;
    `chosen`: the clerk chose `path` to open, so it must hold a database already (`Database.open`)."""
    from tthc_desktop.services.backup import open_checked
    from tthc_desktop.services.registry import Services

    first_run = not Path(path).exists() and not new and not chosen
    services = Services.for_database(open_checked(path, traces, new=new, chosen=chosen))
    if first_run and demo:
        services.demo.create_demo()
    return services


def settings_traces(path: Path, settings: QSettings | None) -> tuple[str, ...]:
    """The window's settings as a sign that the default database held data: they remember a plan open in it."""
    from tthc_desktop.ui.remembered_plans import plan_of

    if settings is None or Path(path).expanduser().resolve() != default_database().expanduser().resolve():
        return ()  # only the usual database counts (older settings keep one plan and not its database)
    if plan_of(settings, path) is None:
        return ()  # no plan, or only plans of other databases (File > Open database…)
    return (QCoreApplication.translate("Start", "the window's settings, which remember a plan open in it"),)


def create_window(path: Path, demo: bool = True, settings: QSettings | None = None) -> MainWindow:
    """The window on `path`, frame and contents at once (the tests' way in)."""
    settings = settings or QSettings()
    install_language(str(settings.value("ui/language", "vi")))
    return MainWindow(open_services(path, demo, settings_traces(path, settings)), settings)


def open_or_recover(path: Path, demo: bool = True, parent: QWidget | None = None,
                    settings: QSettings | None = None, leave_text: str | None = None,
                    chosen: bool = False) -> tuple[Services, RestoreResult | None] | None:
    """The services of `path`, or of what the clerk chose instead when it cannot be used (the newest good backup
    restored, another file, or a new database in place of an emptied one), with the restore done if any. None when
    the clerk quits (`leave_text`: the words of that button when leaving keeps another database open).

    `chosen`: the clerk picked `path` to open (File > Open database…), as a file picked with "Open another file…"
    always is: one that holds no database is refused in words, and no new database is offered in its place."""
    from PySide6.QtWidgets import QMessageBox

    from tthc_desktop.errors import DatabaseError, DatabaseTooNewError, TthcError
    from tthc_desktop.services import health
    from tthc_desktop.services.backup import BackupService
    from tthc_desktop.services.database import EmptiedDatabaseError
    from tthc_desktop.ui.recovery_dialog import RecoveryChoice, RecoveryDialog

    restored: RestoreResult | None = None
    new = False
    while True:
        try:
            return open_services(path, demo, settings_traces(path, settings), new=new, chosen=chosen), restored
        except DatabaseError as error:
            log.error("Cannot use the database %s: %s", path, error)
            problem, too_new = str(error), isinstance(error, DatabaseTooNewError)
            emptied = isinstance(error, EmptiedDatabaseError)
        service = BackupService(path)
        read_only = health.read_only_reason(path)
        # An older backup would lose the newer edits; a read-only file cannot be replaced.
        backup = None if too_new or read_only else service.newest_good_backup()
        dialog = RecoveryDialog(path, problem, backup, parent, read_only=read_only, offer_new=emptied and not chosen)
        if leave_text:
            dialog.quit_button.setText(leave_text)
        dialog.exec()
        if dialog.choice is RecoveryChoice.RESTORE and backup is not None:
            try:
                restored = service.restore(backup.path)
            except TthcError as failure:
                QMessageBox.warning(parent, APP_NAME, str(failure))
        elif dialog.choice is RecoveryChoice.OPEN_OTHER and dialog.chosen_file is not None:
            path, new, chosen = dialog.chosen_file.expanduser().resolve(), False, True
        elif dialog.choice is RecoveryChoice.NEW:
            try:
                service.set_aside()  # whatever lies there (an empty file, SQLite's log) is kept in backups/
            except TthcError as failure:
                QMessageBox.warning(parent, APP_NAME, str(failure))
            else:
                new = True
        else:
            return None


class Session:
    """The window on one database and what surrounds it, from start to a clean exit."""

    def __init__(self, services: Services, settings: QSettings, instance: SingleInstance,
                 restored: RestoreResult | None = None, window: MainWindow | None = None) -> None:
        """`window`: a frame already shown (`MainWindow(None, settings)`), filled here; otherwise a new window."""
        from tthc_desktop import session_marker

        self.settings, self.instance = settings, instance
        self.path = services.database.path
        self.crashed = session_marker.begin_session(self.path)
        self.window = self._show(services, window)
        instance.raise_requested.connect(lambda: bring_to_front(self.window))
        if restored is not None:
            QTimer.singleShot(0, lambda: self._tell_restored(restored))
        if self.crashed:
            QTimer.singleShot(0, self._tell_crashed)

    def _tell_crashed(self) -> None:
        from tthc_desktop.ui.recovery_dialog import show_crash_notice

        log.warning("Told the clerk that the last session on %s ended unexpectedly", self.path)
        self.crash_notice = show_crash_notice(self.window)

    def _show(self, services: Services, frame: MainWindow | None = None) -> MainWindow:
        if frame is None:
            install_language(str(self.settings.value("ui/language", "vi")))
            window = MainWindow(services, self.settings)
        else:  # the language was installed before the frame was built
            window = frame
            window.fill(services)
        from PySide6.QtCore import Qt

        self.backups = backup_actions(window)
        # Queued: the swap closes this window, so it must not run inside one of the window's own slots.
        self.backups.restore_requested.connect(self.restore, Qt.ConnectionType.QueuedConnection)
        recent = getattr(window, "recent", None)
        if recent is not None:  # File > Open database… and Recent databases
            recent.open_requested.connect(self.open_database, Qt.ConnectionType.QueuedConnection)
        if services.database.read_only:
            self.read_only_notice = show_read_only(window, services.database.read_only)
        window.show()
        window.reminders.start()  # what falls due: at start-up, then once a day (ui/reminders.py)
        plan = window.current_plan()
        log.info("Window shown on %s: plan %s, workspace %d", self.path, plan.id if plan else None,
                 window.tabs.currentIndex())
        return window

    def restore(self, backup: Path) -> RestoreResult | None:
        """Replace the database with `backup` (already checked) and open a new window on it.

        The old window goes first, synchronously, with the work it had running: otherwise one of its timers or
        background renders could read the file while it is swapped and tell the clerk about a plan that has
        just vanished. If the restore fails, the window comes back on the unchanged database."""
        from PySide6.QtWidgets import QMessageBox

        from tthc_desktop.errors import TthcError
        from tthc_desktop.services.backup import BackupService

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # between the two windows there is none
        try:
            self._close_window()
            try:
                result: RestoreResult | None = BackupService(self.path).restore(backup)
            except TthcError as error:
                result = None
                failure: TthcError | None = error
            else:
                failure = None
            opened = open_or_recover(self.path, demo=False, settings=self.settings)
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

    def _close_window(self) -> None:
        """The window goes, synchronously, with the work it had running (timers, background renders, a reminder
        being read), then its database is closed."""
        import shiboken6
        from PySide6.QtCore import QThreadPool

        old = self.window
        self.backups.timer.stop()
        old.close()
        QThreadPool.globalInstance().waitForDone(30000)
        old.services.database.close()
        shiboken6.delete(old)

    def open_database(self, path: Path) -> bool:
        """Another database in place of this one (File > Open database…, Recent databases), through start-up's own
        path: one window per database, migrations with a backup, the recovery dialog for damage, read-only mode,
        the crash notice. A file that holds no database (empty, no tables, not SQLite, another program's) is
        refused in words and left as it is, with no new database offered in its place (`chosen`). The current
        database stays open until the other is ready, so leaving the recovery dialog keeps it; then it is closed
        cleanly. False when nothing changed."""
        from PySide6.QtWidgets import QMessageBox

        from tthc_desktop import session_marker

        path = Path(path).expanduser().resolve()
        if path == self.path:
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "Session", "{path} is the database already open.").format(path=path), 15000)
            return False
        if not path.is_file():  # never a new, empty database in its place
            QMessageBox.warning(self.window, APP_NAME, QCoreApplication.translate(
                "Session", "There is no database at {path}.").format(path=path))
            return False
        instance = SingleInstance(path)
        if not instance.acquire():
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "Session", "{path} is open in another TTHC Desktop window: that window was brought to the front."
            ).format(path=path), 15000)
            return False
        log.info("Opening the database %s in place of %s", path, self.path)
        opened = open_or_recover(path, demo=False, parent=self.window, settings=self.settings, leave_text=(
            QCoreApplication.translate("Session", "&Keep the database open now")), chosen=True)
        if opened is not None and opened[0].database.path != instance.database:  # another file in the dialog
            instance.release()
            instance = SingleInstance(opened[0].database.path)
            if opened[0].database.path == self.path or not instance.acquire():
                opened[0].database.close()
                opened = None
        if opened is None:
            instance.release()
            return False
        services, restored = opened
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # between the two windows there is none
        try:
            self._close_window()
            session_marker.end_session(self.path)
            self.instance.release()
            self.instance, self.path = instance, services.database.path
            self.crashed = session_marker.begin_session(self.path)
            self.window = self._show(services)
            instance.raise_requested.connect(lambda: bring_to_front(self.window))
            self.backups.start_automatic()
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)
        if restored is not None:
            self._tell_restored(restored)
        if self.crashed:
            self._tell_crashed()
        return True

    def _tell_restored(self, result: RestoreResult) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, QCoreApplication.translate(
            "Session", "The database was restored from the backup {name}. The file that was in use before is kept "
                       "at {path}.").format(name=result.restored_from.name, path=result.replaced),
            QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("restoredNotice")
        box.open()

    def close(self) -> None:
        from PySide6.QtCore import QThreadPool

        from tthc_desktop import session_marker

        self.backups.timer.stop()
        QThreadPool.globalInstance().waitForDone(30000)  # an automatic backup finishes rather than being cut
        self.window.services.database.close()
        session_marker.end_session(self.path)
        self.instance.release()


def show_read_only(window: MainWindow, reason: str) -> QWidget:
    """A database opened for reading: said in the status bar for as long as the window is open (and in the title);
    each refused edit says why in its own message (`Service._write`)."""
    from PySide6.QtWidgets import QLabel

    label = QLabel(window)
    label.setObjectName("readOnlyNotice")
    label.setStyleSheet("QLabel#readOnlyNotice { background: #fff4ce; padding: 2px 6px; }")

    def retranslate(_language: str = "") -> None:
        label.setText(QCoreApplication.translate("Session", "Read-only: viewing, printing and exporting work; changes "
                                                             "are not possible"))
        label.setToolTip(QCoreApplication.translate("Session", "This database can only be read ({reason}). To make "
                                                               "changes, copy the file to a folder you may write to "
                                                               "and open the copy.").format(reason=reason))
        title = window.windowTitle().split(" [")[0]
        window.setWindowTitle(title + " [" + QCoreApplication.translate("Session", "read-only") + "]")

    retranslate()
    window.language_changed.connect(retranslate)
    window.statusBar().addPermanentWidget(label)
    return label


def private_settings(settings: QSettings) -> None:
    """On POSIX the settings are a file: made 0600 (in a 0700 folder) before Qt first writes it; Qt keeps the mode
    when it saves (QSaveFile)."""
    if os.name != "posix" or settings.format() not in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        return
    path = Path(settings.fileName())
    try:
        if path.parent.name == APP_AUTHOR:  # our own folder (~/.config/TTHC), not a shared one such as ~/Library
            private_folder(path.parent)
        private_file(path, create=True)
    except OSError as error:  # the settings are a convenience: the app starts all the same
        log.warning("Cannot make the settings file %s private: %s", path, error)


def backup_actions(window: MainWindow) -> BackupActions:
    """The window's backup actions (File menu); made here when the window has none, so that the automatic
    backups run all the same."""
    from tthc_desktop.ui.backup_actions import BackupActions

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


class Start(QObject):
    """From the frame on screen to the filled window: imports, the database opened or recovered, the session."""

    imported = Signal(object)  # None, or (the error, its traceback) when the imports failed

    def __init__(self, window: MainWindow, path: Path, demo: bool, settings: QSettings,
                 instance: SingleInstance) -> None:
        super().__init__()
        self.frame, self.path, self.demo, self.settings, self.instance = window, path, demo, settings, instance
        self.session: Session | None = None
        self.exit_code: int | None = None
        self.thread: threading.Thread | None = None
        self.reporter: ErrorReporter | None = None
        self.opened: tuple[Services, RestoreResult | None] | None = None
        self.steps: list[float] = []  # seconds of each step on the GUI thread

    @property
    def window(self) -> MainWindow:
        return self.session.window if self.session is not None else self.frame

    def begin(self) -> None:
        """Once the frame is drawn: second starts answered, the report of unexpected errors, then the imports on a
        worker thread, so that the frame stays drawn and answers while they run."""
        if self.thread is not None or self.exit_code is not None:
            return
        from PySide6.QtCore import Qt

        from tthc_desktop.ui.error_dialog import ErrorReporter

        logging_setup.configure()
        self.instance.listen()
        self.reporter = ErrorReporter(lambda: self.window)
        self.reporter.install()
        self.imported.connect(self._open, Qt.ConnectionType.QueuedConnection)
        self.thread = threading.Thread(target=self._import, name="tthc-start-imports", daemon=True)
        self.thread.start()

    def _import(self) -> None:
        try:
            _import_services()
        except BaseException as error:  # noqa: BLE001 - said on the GUI thread, in a dialog
            self.imported.emit((error, traceback.format_exc()))
        else:
            self.imported.emit(None)

    def _open(self, failure: tuple[BaseException, str] | None) -> None:
        """The database opened (checked, migrated, recovered through the dialog if need be); the rest follows in
        turns of the event loop of their own, so that the frame is never held for long in one go."""
        if failure is not None:
            self._failed(*failure)
            return
        started = time.perf_counter()
        try:
            opened = open_or_recover(self.path, self.demo, parent=self.frame, settings=self.settings)
            if opened is None:
                self._leave(EXIT_NOT_OPENED)
                return
            services, restored = opened
            if services.database.path != self.instance.database:  # another file chosen in the recovery dialog
                self.instance.release()
                self.instance = SingleInstance(services.database.path)
                if not self.instance.acquire():
                    services.database.close()
                    self._leave(0)
                    return
        except Exception as error:  # a bug met while opening: said in a dialog with details, not a traceback
            self._failed(error, traceback.format_exc())
            return
        self.opened = services, restored
        self.steps = [time.perf_counter() - started]
        QTimer.singleShot(0, self._import_workspaces)

    def _import_workspaces(self) -> None:
        """The workspaces' Qt modules (their pure-Python needs came on the worker thread)."""
        started = time.perf_counter()
        try:
            import_workspaces()
        except Exception as error:  # noqa: BLE001 - said in a dialog with details, not a traceback
            self._failed(error, traceback.format_exc())
            return
        self.steps.append(time.perf_counter() - started)
        QTimer.singleShot(0, self._fill)

    def _fill(self) -> None:
        started = time.perf_counter()
        assert self.opened is not None
        services, restored = self.opened
        try:
            self.session = Session(services, self.settings, self.instance, restored, window=self.frame)
            self.session.backups.start_automatic()
        except Exception as error:  # a bug met while filling: said in a dialog with details, not a traceback
            self._failed(error, traceback.format_exc())
            return
        opened, imported = self.steps
        log.info("Window filled in %.0f ms (before it: database opened in %.0f ms, workspaces imported in %.0f ms)",
                 (time.perf_counter() - started) * 1000, opened * 1000, imported * 1000)

    def _failed(self, error: BaseException, details: str) -> None:
        from tthc_desktop.ui.error_dialog import ErrorDialog

        log.error("Start-up failed\n%s", details)
        ErrorDialog(error, details, self.frame).exec()
        self._leave(EXIT_FAILED)

    def _leave(self, code: int) -> None:
        self.exit_code = code
        QCoreApplication.exit(code)

    def close(self) -> None:
        if self.thread is not None:
            self.thread.join(30)  # imports are not cut at exit
        if self.session is not None:
            self.session.close()
        else:
            if self.opened is not None:  # closed between the opening and the filling
                self.opened[0].database.close()
            self.instance.release()
        if self.reporter is not None:
            self.reporter.uninstall()


def show_first_view(frame: MainWindow, path: Path, settings: QSettings) -> bool:
    """The plans and the plan the clerk left off on, read with plain sqlite3 (services/first_view.py), put in the
    frame before its first paint; the workspaces replace them when the services are there. Nothing when the file
    cannot be read so (new, empty, another schema, damaged, locked): the frame says "Opening the database…"."""
    started = time.perf_counter()
    try:
        from tthc_desktop.services import first_view
        from tthc_desktop.ui.first_view import FirstView
        from tthc_desktop.ui.remembered_plans import plan_of

        view = first_view.read(path, plan_of(settings, path))  # the plan last open in this database
        if view is None:
            log.info("No first view of %s: it is opened by the services first", path)
            return False
        frame.show_first_view(FirstView(view, path, settings))
    except Exception:  # never a reason not to start: the services open the file as usual
        log.exception("The first view of %s failed; the window opens without it", path)
        return False
    log.info("First view shown on %s: plan %s, %d plans (%.0f ms)", path, view.plan.id if view.plan else None,
             len(view.plans), (time.perf_counter() - started) * 1000)
    return True


class _Acquiring(threading.Thread):
    """`SingleInstance.acquire(listen=False)` on a thread of its own; `result` waits for it (and raises what it
    raised)."""

    def __init__(self, instance: SingleInstance) -> None:
        super().__init__(name="tthc-instance-lock", daemon=True)
        self.instance = instance
        self.acquired: bool | None = None
        self.error: BaseException | None = None
        self.start()

    def run(self) -> None:
        try:
            self.acquired = self.instance.acquire(listen=False)
        except BaseException as error:  # noqa: BLE001 - raised again on the GUI thread
            self.error = error

    def result(self) -> bool:
        self.join()
        if self.error is not None:
            raise self.error
        return bool(self.acquired)


def main(database: Path | None = None, demo: bool = True, argv: list[str] | None = None) -> int:
    """The window's frame with the first view, painted before anything heavy is imported; then `Start` fills it."""
    app = _application(argv)
    _quit_on_terminate(app)
    logging_setup.begin()  # kept in memory until the first paint (Start.begin), then in the log file
    try:
        return _start(app, database, demo)
    finally:
        logging_setup.configure()  # a start that ended before its first paint logs on its way out


def _start(app: QApplication, database: Path | None, demo: bool) -> int:
    log.info("TTHC Desktop %s starting", __version__)
    settings = QSettings()
    private_settings(settings)
    install_language(str(settings.value("ui/language", "vi")))
    path = Path(database or default_database()).expanduser().resolve()
    instance = SingleInstance(path)
    # Taking the lock writes a file and syncs it to the disk (a few ms, more on a busy disk): meanwhile the frame and
    # the first view are built. It listens for second starts once the window is painted (Start.begin).
    locking = _Acquiring(instance)
    frame = MainWindow(None, settings, database=path)
    show_first_view(frame, path, settings)
    if not locking.result():
        return 0  # the window already open on this file was brought to the front; this one is never shown
    start = Start(frame, path, demo, settings, instance)
    # The next turn of the event loop after the first paint (or a little later if the frame is never drawn).
    frame.first_painted.connect(lambda: QTimer.singleShot(0, start.begin))
    QTimer.singleShot(START_ANYWAY_MS, start.begin)
    frame.show()
    try:
        code = app.exec()
    finally:
        start.close()
    if start.exit_code is not None:
        return start.exit_code
    log.info("TTHC Desktop closed normally")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
