"""Saving a file the clerk asked for, as a Windows program does: the Save dialog opens in the folder used last (or
Documents) with a name in words, and afterwards the status bar says which file was written where, with a link
that opens the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from tthc_desktop.ui.window_size import main_window_of, settings_of

FOLDER_KEY = "files/save_folder"
NOTICE_MS = 60_000


def start_folder(settings: QSettings | None) -> Path:
    """The folder the clerk last saved into, while it still exists; else Documents (else the home folder)."""
    last = settings.value(FOLDER_KEY) if settings is not None else None
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    return documents if documents.is_dir() else Path.home()


def ask_save_path(parent: QWidget, title: str, name: str, filters: str, suffix: str,
                  settings: QSettings | None = None) -> Path | None:
    """The path the clerk chose (with `.suffix` added when left out), the folder remembered; None if cancelled."""
    settings = settings if settings is not None else settings_of(parent)
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(start_folder(settings) / name), filters)
    if not chosen:
        return None
    path = Path(chosen) if Path(chosen).suffix.lower() == f".{suffix}" else Path(f"{chosen}.{suffix}")
    if settings is not None:
        settings.setValue(FOLDER_KEY, str(path.parent))
    return path


class SavedNotice(QLabel):
    """The status bar's "Open the folder" link beside the message naming the file just saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.folder: Path | None = None
        self.linkActivated.connect(lambda _link: self.open_folder())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def show_folder(self, folder: Path) -> None:
        self.folder = folder
        self.setText('<a href="folder">{}</a>'.format(QCoreApplication.translate("Saving", "Open the folder")))
        self.setToolTip(str(folder))
        self.show()
        self.timer.start(NOTICE_MS)

    def open_folder(self) -> bool:
        return self.folder is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


def announce_saved(widget: QWidget, path: Path) -> str:
    """Say in the main window's status bar that `path` was written, naming the file and its folder, with the link
    to open the folder. Returns the message (empty outside a main window)."""
    window = main_window_of(widget)
    if window is None:
        return ""
    path = Path(path)
    text = QCoreApplication.translate("Saving", "Saved “{name}” in {folder}.").format(
        name=path.name, folder=path.parent)
    window.statusBar().showMessage(text, NOTICE_MS)
    notice = window.findChild(SavedNotice)
    if notice is None:
        notice = SavedNotice(window.statusBar())
        window.statusBar().insertPermanentWidget(0, notice)  # permanent: a message does not cover it
    notice.show_folder(path.parent)
    return text
