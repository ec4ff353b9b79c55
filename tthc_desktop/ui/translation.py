"""Installs the UI language: our Qt Linguist catalogue and Qt's own (dialog buttons and the like)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tthc_desktop import i18n
from tthc_desktop.paths import translations_dir

_installed: list[QTranslator] = []


def install_language(language: str) -> None:
    """Replace the installed translators with those of `language` ("vi" or "en")."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"tthc_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (text boxes' context menus, standard buttons, file and print dialogs): Qt's catalogue when it
    # has one (for English an empty one: English is Qt's source text), else ours (Qt ships no qtbase_vi.qm).
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder) or qt_own.load(str(translations_dir() / f"qtbase_{language}.qm")):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
