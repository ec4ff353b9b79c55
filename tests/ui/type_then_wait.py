"""Child process of test_kill_after_edit: the app's window on a database; the clerk types, key by key, an
indicator's two figures and a Biểu 06 row in the tracker, and a report section in the Report builder, leaving the
section's editor open (no Save button is pressed, no field is left); then it says so on stdout and runs the event
loop until it is killed.

    python -m tests.ui.type_then_wait DATABASE SETTINGS.ini PERIOD SECTION_TEXT
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from tthc_desktop.app import create_window
from tthc_desktop.domain.enums import DocumentStatus


def type_text(widget: QWidget, text: str) -> None:
    """Key by key, as a keyboard (with Unikey) delivers Vietnamese: each character a key press carrying it
    (QTest.keyClicks takes ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def open_editor(view, index, kind):  # noqa: ANN001, ANN201
    """The cell's editor, opened as a double-click opens it."""
    view.setCurrentIndex(index)
    if not view.edit(index, view.EditTrigger.AllEditTriggers, None):
        raise SystemExit("the cell would not open for typing")
    editors = [e for e in view.viewport().findChildren(kind) if e.isVisible()]
    if len(editors) != 1:
        raise SystemExit(f"expected one open editor, found {len(editors)}")
    return editors[0]


def main(argv: list[str]) -> int:
    database, settings, period, section_text = Path(argv[1]), Path(argv[2]), argv[3], argv[4]
    app = QApplication(argv[:1])
    window = create_window(database, demo=False, settings=QSettings(str(settings), QSettings.Format.IniFormat))
    window.show()
    draft = next((p for p in window.services.plans.list_plans() if p.status is DocumentStatus.DRAFT), None)
    if draft is None or not window.select_plan(draft.id):
        raise SystemExit("no draft plan")

    # The tracker's figures page: an indicator's numerator and denominator, typed key by key.
    tracker = window.tracker
    window.tabs.setCurrentWidget(tracker)
    tracker.pages.setCurrentIndex(next(i for i in range(tracker.pages.count())  # the figures page, by what it holds
                                       if tracker.pages.widget(i).isAncestorOf(tracker.figures)))
    figures = tracker.figures
    figures.period.setCurrentIndex(figures.period.findData(period))
    row = next(i for i, r in enumerate(figures.indicators.results) if r.label == "6")
    figures.indicator_view.selectRow(row)
    indicator = figures.indicators.results[row].indicator_id
    QTest.keyClicks(figures.numerator, "85")
    QTest.keyClicks(figures.denominator, "100")

    # A Biểu 06 row: the field's name, then column (4), through the table's own editors.
    figures.add_field()
    field = [e for e in figures.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    if len(field) != 1:
        raise SystemExit("the new row's field did not open for typing")
    type_text(field[0], "Hộ tịch")
    QTest.keyClick(field[0], Qt.Key.Key_Return)
    app.processEvents()
    online = open_editor(figures.table, figures.dossiers.index(0, 2), QLineEdit)
    online.selectAll()
    QTest.keyClicks(online, "12")
    QTest.keyClick(online, Qt.Key.Key_Tab)
    app.processEvents()

    # The Report builder: a section's text typed into its editor, left open.
    builder = window.report_builder
    window.tabs.setCurrentWidget(builder)
    builder.period_box.setCurrentIndex(builder.period_box.findData(period))
    report = builder.open_report()
    if report is None:
        raise SystemExit("no report")
    section = next(i for i, s in enumerate(builder.sections.sections) if s.key == "proposals")
    editor = open_editor(builder.section_view, builder.sections.index(section, 1), QPlainTextEdit)
    editor.selectAll()
    type_text(editor, section_text)

    print(f"typed report {report.report_id} indicator {indicator}", flush=True)
    return app.exec()  # until killed


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
