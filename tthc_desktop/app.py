"""Start-up: the Qt application, its language, the database (with the demo on first run), the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from tthc_desktop import __version__
from tthc_desktop.errors import TthcError
from tthc_desktop.paths import APP_AUTHOR, APP_NAME, default_database
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.main_window import MainWindow
from tthc_desktop.ui.translation import install_language


def open_services(path: Path, demo: bool) -> Services:
    """The services of `path`; a new database gets the demo commune unless `demo` is False."""
    new = Database.is_new(path)
    services = Services.for_database(Database.open(path))
    if new and demo:
        services.demo.create_demo()
    return services


def create_window(path: Path, demo: bool = True, settings: QSettings | None = None) -> MainWindow:
    settings = settings or QSettings()
    install_language(str(settings.value("ui/language", "vi")))
    return MainWindow(open_services(path, demo), settings)


def main(database: Path | None = None, demo: bool = True, argv: list[str] | None = None) -> int:
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    try:
        window = create_window(database or default_database(), demo)
    except TthcError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
