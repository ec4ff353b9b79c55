"""Telling the clerk something went wrong: an error they can act on, or an unexpected one, in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tthc_desktop.errors import TthcError


def report_error(parent: QWidget, error: Exception) -> None:
    # Literal translate() calls: lupdate reads only these, never a wrapper given a variable.
    title = QCoreApplication.translate("Messages", "TTHC Desktop")
    if isinstance(error, TthcError):
        QMessageBox.warning(parent, title, str(error))
    else:
        QMessageBox.critical(parent, title, QCoreApplication.translate(
            "Messages",
            "Something unexpected went wrong ({kind}: {message}). Your data is safe; try again, and if it "
            "happens again, send this message to your IT support.").format(kind=type(error).__name__,
                                                                           message=error))
