"""When the database cannot be used at start: what is wrong in plain words and the ways out, never a traceback.

Also the notice after a session that ended unexpectedly (a crash or a power cut).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tthc_desktop.services.backup import BackupInfo


class RecoveryChoice(Enum):
    RESTORE = "restore"
    OPEN_OTHER = "open_other"
    NEW = "new"  # start a new, empty database where an emptied one lies (the empty file is kept aside)
    QUIT = "quit"


def when(backup: BackupInfo) -> str:
    """The time of a backup as a clerk writes it (day/month/year hour:minute) in both languages."""
    return backup.taken_at.strftime("%d/%m/%Y %H:%M")


class RecoveryDialog(QDialog):
    """Restore the newest good backup, open another file, or quit; where the file was emptied, also start a new
    database. The caller acts on `choice`.

    `read_only`: why the file cannot be written (then no restore is offered: it could not be put in its place).
    `offer_new`: the file is missing or empty (not damaged), so a new database may be started in its place."""

    def __init__(self, database: Path, problem: str, backup: BackupInfo | None,
                 parent: QWidget | None = None, read_only: str | None = None, offer_new: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.database, self.backup = Path(database), backup
        self.choice = RecoveryChoice.QUIT
        self.chosen_file: Path | None = None
        self.setWindowTitle(self.tr("TTHC Desktop — the database cannot be used"))

        self.problem_label = QLabel(problem)
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.file_label = QLabel(self.tr("File: {path}").format(path=self.database))
        self.file_label.setWordWrap(True)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreButton")
        self.open_button = QPushButton(self.tr("&Open another file…"))
        self.open_button.setObjectName("openButton")
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setObjectName("quitButton")
        self.new_button = QPushButton(self.tr("Start a &new, empty database"))
        self.new_button.setObjectName("newButton")
        self.new_button.setVisible(offer_new and read_only is None)
        if read_only is not None:
            self.restore_button.setText(self.tr("&Restore a backup (the file is read-only)"))
            self.restore_button.setEnabled(False)
            self.advice_label.setText(self.tr(
                "A backup cannot be put in the place of this file: {reason}. Open another file, or copy the backup "
                "to a folder you may write to.").format(reason=read_only))
        elif backup is not None:
            self.restore_button.setText(self.tr("&Restore the newest good backup ({date})").format(date=when(backup)))
            self.advice_label.setText(self.tr(
                "Restoring puts back the database as it was at {date}; edits made after that time are not in it. "
                "The damaged file is kept aside in the backups folder, nothing is deleted.").format(date=when(backup)))
            self.restore_button.setDefault(True)
        else:
            self.restore_button.setText(self.tr("&Restore a backup (none found)"))
            self.restore_button.setEnabled(False)
            self.advice_label.setText(self.tr(
                "No good backup of this database was found. Open another file (for example a copy kept on a USB "
                "stick), or ask your IT support to look at the file."))

        layout = QVBoxLayout(self)
        for widget in (self.problem_label, self.file_label, self.advice_label, self.restore_button,
                       self.open_button, self.new_button, self.quit_button):
            layout.addWidget(widget)
        self.restore_button.clicked.connect(lambda: self._choose(RecoveryChoice.RESTORE))
        self.new_button.clicked.connect(lambda: self.start_new())
        self.open_button.clicked.connect(self._open_other)
        self.quit_button.clicked.connect(lambda: self._choose(RecoveryChoice.QUIT))

    def _choose(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        if choice is RecoveryChoice.QUIT:
            self.reject()
        else:
            self.accept()

    def start_new(self, confirm: bool = True) -> None:
        """Asked once more: a new database means working without what the emptied file held."""
        if confirm and QMessageBox.question(
                self, self.tr("Start a new database"),
                self.tr("Start a new, empty database in place of {name}? Its backups stay in the backups folder; "
                        "you can restore one of them later from the File menu.").format(name=self.database.name)
        ) != QMessageBox.StandardButton.Yes:
            return
        self._choose(RecoveryChoice.NEW)

    def _open_other(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a database"), str(self.database.parent),
            self.tr("TTHC Desktop databases (*.sqlite *.db);;All files (*)"))
        if name:
            self.choose_file(Path(name))

    def choose_file(self, path: Path) -> None:
        self.chosen_file = path
        self._choose(RecoveryChoice.OPEN_OTHER)


class CrashNotice(QMessageBox):
    """Said once, after the window shows, when the last session on this database did not end normally."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashNotice")
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("TTHC Desktop"))
        self.setText(self.tr("TTHC Desktop did not close normally last time (the program stopped or the computer "
                             "lost power)."))
        self.setInformativeText(self.tr(
            "Every edit that was saved is kept; at most an entry that was still being typed is missing. "
            "The window has reopened where you were."))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)


def show_crash_notice(parent: QWidget | None) -> CrashNotice:
    """Shown without blocking (open, not exec), so start-up carries on behind it."""
    notice = CrashNotice(parent)
    notice.open()
    return notice
