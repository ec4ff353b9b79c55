"""After switching language, the window speaks only the new one: every label, button, tab, menu, list choice,
header and tooltip of the main window, on every workspace and page, is read and none holds a phrase of the other
language's catalogue ("… trang, đúng như khi in.", "Mọi đơn vị" were seen in English mode).

A phrase is a piece of a translation between its placeholders: two words or more, and for Vietnamese at least one
letter English does not have. Phrases both catalogues share ("Tiếng Việt" in "Vietnamese (Tiếng Việt)", "Biểu 06")
are not the other language. The plan's own text (its subject, tasks, units) is data and may be Vietnamese in both."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

from tests.ui.conftest import WindowFactory
from tthc_desktop.ui.main_window import MainWindow

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
VIETNAMESE_LETTER = re.compile(r"[À-ỹĐđ]")


def pieces(text: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    parts = re.split(r"\{[^}]*\}|%\w+|[\n\t“”\"()…:;,.!?·—–/]+", text)
    return [" ".join(p.split()) for p in parts if len(p.split()) >= 2]


def phrases(language: str) -> set[str]:
    """The phrases the UI shows in `language` and not in the other."""
    def catalogue(code: str) -> list[str]:
        root = ET.parse(TRANSLATIONS / f"tthc_{code}.ts").getroot()
        return [m.findtext("translation") or "" for m in root.iter("message")]

    own = {p.casefold() for text in catalogue(language) for p in pieces(text)}
    other = " ".join(catalogue("en" if language == "vi" else "vi")).casefold()
    if language == "vi":
        own = {p for p in own if VIETNAMESE_LETTER.search(p)}
    else:
        own = {p for p in own if not VIETNAMESE_LETTER.search(p) and len(p.split()) >= 3}
    return {p for p in own if p not in other}


def shown_texts(window: MainWindow) -> list[str]:
    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    for menu in window.menuBar().findChildren(QMenu):
        texts += [menu.title()] + [a.text() for a in menu.actions()] + [a.toolTip() for a in menu.actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            header = getattr(widget, "horizontalHeader", None) or getattr(widget, "header", None)
            if header is not None and not header().isHidden():
                texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                          for c in range(header().count())]
        texts.append(widget.toolTip())
        texts += [a.text() for a in widget.actions()] + [a.toolTip() for a in widget.actions()]
    return [t for t in texts if t]


def without_data(window: MainWindow, text: str) -> str:
    """The text with the commune's own data taken out: plans' subjects, units, signers (Vietnamese in both)."""
    services = window.services
    data = [plan.subject for plan in services.plans.list_plans()]
    data += [unit.name for unit in services.organization.units()]
    data += [f"{o.position} \u2013 {o.name}" for o in services.organization.officials()]
    for item in sorted(data, key=len, reverse=True):
        text = text.replace(item, " ")
    return text


def every_page(window: MainWindow) -> list[str]:
    app = QApplication.instance()
    texts = []
    for workspace in window.workspaces:
        window.tabs.setCurrentWidget(workspace)
        pages = getattr(workspace, "pages", None)
        for index in range(pages.count() if pages is not None else 1):
            if pages is not None:
                pages.setCurrentIndex(index)
            for _ in range(3):
                app.processEvents()
            texts += shown_texts(window)
    return texts


@pytest.mark.parametrize(("first", "then"), [("vi", "en"), ("en", "vi")])
def test_after_switching_language_no_phrase_of_the_other_is_shown(open_window: WindowFactory, qtbot,  # noqa: ANN001
                                                                  first: str, then: str) -> None:
    window = open_window()
    window.set_language(first)
    window.editor.preview.render_now()
    qtbot.waitUntil(lambda: window.editor.preview.pdf is not None, timeout=20_000)
    every_page(window)
    window.set_language(then)
    texts = [without_data(window, text) for text in every_page(window)]
    foreign = phrases(first)
    leaks = sorted({f"{text!r} (“{p}”)" for text in texts for p in foreign if p in text.casefold()})
    assert not leaks, "\n".join(leaks)
    assert len(texts) > 200
