"""Every window and dialog of the app, opened on the living demo as a clerk meets them, measured against the screen
it opens on and saved as a PNG. Run by tests/ui/test_screens_fit.py in a process of its own, whose offscreen
screen is the laptop being tried (QT_QPA_PLATFORM=offscreen:configfile=...):

    python -m tests.ui.screens_walk OUT_DIR LANGUAGE [--grab]

Prints one JSON line: for each screen, its name, the frame (with a Windows title bar and borders added) and the
work area, the buttons not wholly inside their window, the texts that do not fit their widget and are not elided,
the codes shown ("2026-Q3", "{commune}"), and for the dashboard chart whether its labels were truncated.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

CODES = re.compile(r"\b\d{4}-(?:M\d{2}|Q[1-4]|H[12]|9M|Y)\b|\{[a-z_]+\}|\b(?:half_year|nine_months|in_progress|"
                   r"not_started|done_late|legal_bases)\b")
PLAN_TEXT = Path(__file__).resolve().parents[1] / "data" / "plans" / "05_labels_my_thanh.docx"
FRAME_LEFT, FRAME_TOP, FRAME_RIGHT, FRAME_BOTTOM = 8, 31, 8, 8  # Windows 10/11 at 100 %


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def frame_of(window: QWidget) -> list[int]:
    """The window as Windows would draw it where it was placed: its frame's corner, then the client area plus a
    title bar and borders (offscreen draws a frame of 2 pixels)."""
    corner = window.frameGeometry().topLeft()
    return [corner.x(), corner.y(), corner.x() + FRAME_LEFT + window.width() + FRAME_RIGHT - 1,
            corner.y() + FRAME_TOP + window.height() + FRAME_BOTTOM - 1]


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def texts_cut(window: QWidget) -> list[str]:
    """Widgets whose own text has less room than it needs and is not elided (Qt does not elide these)."""
    cut = []
    for widget in window.findChildren(QWidget):
        if not shown(widget) or widget.window() is not window:
            continue
        if isinstance(widget, QPushButton | QCheckBox | QRadioButton) and widget.text():
            if widget.width() + 1 < widget.sizeHint().width():
                cut.append(f"{type(widget).__name__} “{widget.text()}” {widget.width()} < {widget.sizeHint().width()}")
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() and not widget.pixmap() \
                and widget.textFormat() != Qt.TextFormat.RichText and "<" not in widget.text():
            if widget.width() + 1 < widget.sizeHint().width():
                cut.append(f"QLabel “{widget.text()[:60]}” {widget.width()} < {widget.sizeHint().width()}")
        elif isinstance(widget, QGroupBox) and widget.title():
            if widget.width() + 1 < widget.fontMetrics().horizontalAdvance(widget.title()) + 20:
                cut.append(f"QGroupBox “{widget.title()}”")
        elif isinstance(widget, QTabBar) and widget.elideMode() == Qt.TextElideMode.ElideNone \
                and not widget.usesScrollButtons():
            for index in range(widget.count()):
                if widget.tabRect(index).width() + 1 < widget.tabSizeHint(index).width():
                    cut.append(f"tab “{widget.tabText(index)}”")
        elif isinstance(widget, QAbstractItemView) and widget.textElideMode() == Qt.TextElideMode.ElideNone:
            cut.append(f"{type(widget).__name__} {widget.objectName()} does not elide")
    return cut


def codes_shown(window: QWidget) -> list[str]:
    """Codes among the texts of the window's own words: labels, buttons, tabs, group boxes, list items."""
    found = []
    for widget in window.findChildren(QWidget):
        if not shown(widget) or widget.window() is not window:
            continue
        words: list[str] = []
        if isinstance(widget, QLabel | QAbstractButton):
            words.append(widget.text())
        elif isinstance(widget, QGroupBox):
            words.append(widget.title())
        elif isinstance(widget, QTabBar):
            words += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            words += [widget.itemText(i) for i in range(widget.count())]
        words.append(widget.toolTip())
        found += [text for text in words if text and CODES.search(text)]
    title = window.windowTitle()
    return found + ([title] if CODES.search(title) else [])


def buttons_outside(window: QWidget) -> list[str]:
    outside = []
    inside = window.rect()
    for box in window.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if button.isVisibleTo(window):
                rect = button.geometry().translated(button.parentWidget().mapTo(window, button.pos()) - button.pos())
                if not (shown(button) and inside.contains(rect)):
                    outside.append(button.text())
    return outside


class Walk:
    def __init__(self, app: QApplication, out: Path, grab: bool) -> None:
        self.app, self.out, self.grab = app, out, grab
        self.screens: list[dict[str, Any]] = []

    def look(self, name: str, window: QWidget, extra: dict[str, Any] | None = None) -> None:
        settle(self.app)
        area = (window.screen() or self.app.primaryScreen()).availableGeometry()
        frame = frame_of(window)
        record = {
            "name": name, "frame": frame, "area": [area.left(), area.top(), area.right(), area.bottom()],
            "fits": area.left() <= frame[0] and area.top() <= frame[1] and frame[2] <= area.right()
            and frame[3] <= area.bottom(),
            "size": [window.width(), window.height()],
            "buttons_outside": buttons_outside(window), "cut": texts_cut(window), "codes": codes_shown(window),
            **(extra or {}),
        }
        if self.grab:
            png = self.out / f"{len(self.screens):02d}-{name}.png"
            window.grab().save(str(png))
            record["png"] = str(png)
        self.screens.append(record)

    def dialog(self, name: str, make: Callable[[], QWidget], wait: Callable[[QWidget], bool] | None = None) -> None:
        dialog = make()
        dialog.show()
        if wait is not None:
            for _ in range(600):
                settle(self.app, 1)
                if wait(dialog):
                    break
                time.sleep(0.02)
        self.look(name, dialog)
        if isinstance(dialog, QDialog):
            dialog.done(0)
        else:
            dialog.close()
        settle(self.app)


def main(argv: list[str]) -> int:
    out, language = Path(argv[0]), argv[1]
    grab = "--grab" in argv
    out.mkdir(parents=True, exist_ok=True)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[variable] = str(out / "home" / variable.lower())  # a first run: nothing remembered
    app = QApplication([])
    from tthc_desktop.app import create_window
    from tthc_desktop.services import pasted_rows
    from tthc_desktop.services.reports_dto import ReportStatus
    from tthc_desktop.ui.error_dialog import ErrorDialog
    from tthc_desktop.ui.import_dialog import ImportDialog
    from tthc_desktop.ui.new_plan_dialog import NewPlanDialog
    from tthc_desktop.ui.plan_editor.issue_dialog import IssueDialog
    from tthc_desktop.ui.plan_editor.paste_dialog import PasteDialog
    from tthc_desktop.ui.printing import PrintPreviewDialog
    from tthc_desktop.ui.recovery_dialog import RecoveryDialog
    from tthc_desktop.ui.report_builder.issue_dialog import ReportIssueDialog
    from tthc_desktop.ui.report_builder.mail_dialogs import MailSettingsDialog, OutboxDialog, SendReportDialog
    from tthc_desktop.ui.settings_dialog import SettingsDialog
    from tthc_desktop.ui.settings_parts import OfficialEditDialog, RetireDialog, UnitEditDialog
    from tthc_desktop.ui.shortcuts_dialog import ShortcutsDialog
    from tthc_desktop.ui.tracker.evidence_dialog import EvidenceDialog
    from tthc_desktop.ui.tracker.progress_dialog import ProgressDialog
    from tthc_desktop.ui.tracker.slips_dialog import SlipsDialog
    from tthc_desktop.ui.tracker.unit_match_dialog import UnitMatchDialog

    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", language)
    window = create_window(out / "tthc.sqlite", demo=True, settings=settings)
    window.show()
    settle(app, 20)
    services = window.services
    walk = Walk(app, out, grab)
    plan = window.current_plan()
    assert plan is not None

    # The main window: each workspace and page.
    editor, tracker, builder = window.editor, window.tracker, window.report_builder
    window.tabs.setCurrentWidget(editor)
    for index, page in enumerate(("decision", "plan", "tasks", "indicators")):
        editor.pages.setCurrentIndex(index)
        settle(app)
        for _ in range(300):  # the preview beside the editor
            settle(app, 1)
            if editor.preview.pdf is not None:
                break
            time.sleep(0.02)
        walk.look(f"editor-{page}", window)
    window.tabs.setCurrentWidget(tracker)
    for index, page in enumerate(("tasks", "overview", "figures", "units")):
        tracker.pages.setCurrentIndex(index)
        extra = {}
        if page == "overview":
            settle(app)
            axes = tracker.dashboard.chart.axes(Qt.Orientation.Vertical)
            extra = {"chart_labels_truncated": any(axis.labelsTruncated() for axis in axes),
                     "chart_categories": [label for axis in axes for label in getattr(axis, "categories", list)()]}
            if grab:  # the overview scrolls: its whole page, chart included
                tracker.dashboard.grab().save(str(out / "05b-tracker-overview-whole.png"))
        walk.look(f"tracker-{page}", window, extra)
    window.tabs.setCurrentWidget(builder)
    builder.open_report()
    settle(app, 20)
    walk.look("report-builder", window)
    report = builder.current()

    # Dialogs, each as its menu opens it.
    window.tabs.setCurrentWidget(editor)
    walk.dialog("new-plan", lambda: NewPlanDialog(services, plan, window))
    walk.dialog("import-file", lambda: ImportDialog(services, PLAN_TEXT, window),
                wait=lambda d: d.result is not None)  # type: ignore[attr-defined]
    walk.dialog("import-paste", lambda: ImportDialog(services, None, window))
    walk.dialog("settings", lambda: SettingsDialog(services, window.set_language, language, window))
    settings_dialog = SettingsDialog(services, window.set_language, language, window)
    settings_dialog.show()
    tabs = settings_dialog.findChild(QWidget, "settingsTabs") or next(
        (t for t in settings_dialog.findChildren(QWidget) if type(t).__name__ == "QTabWidget"), None)
    if tabs is not None:
        for index in range(tabs.count()):  # type: ignore[attr-defined]
            tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
            walk.look(f"settings-tab{index + 1}", settings_dialog)
    settings_dialog.done(0)
    walk.dialog("unit-edit", lambda: UnitEditDialog(None, window))
    walk.dialog("official-edit", lambda: OfficialEditDialog(None, window))
    walk.dialog("retire-unit", lambda: RetireDialog("Công chức Văn phòng - Thống kê", [], window))
    walk.dialog("shortcuts", lambda: ShortcutsDialog(window.menuBar(), window))
    walk.dialog("print-preview", lambda: PrintPreviewDialog(services, plan, settings, window),
                wait=lambda d: d.pdf is not None)  # type: ignore[attr-defined]
    draft = services.plans.copy_plan(plan.id, plan.year + 1)
    walk.dialog("issue-plan", lambda: IssueDialog(services, draft, window))
    table = pasted_rows.read(
        "STT\tNội dung công việc\tCơ quan chủ trì\tThời gian thực hiện\r\n"
        "1\tRà soát quy định thủ tục hành chính thuộc lĩnh vực tư pháp - hộ tịch\tCông chức Tư pháp - Hộ tịch\t"
        "Quý II\r\n2\tNiêm yết công khai thủ tục hành chính\tVăn phòng - Thống kê\tThường xuyên\r\n")
    walk.dialog("paste-rows", lambda: PasteDialog(table, editor))
    window.tabs.setCurrentWidget(tracker)
    tracker.pages.setCurrentIndex(0)
    tracker.view.selectRow(0)
    task = tracker.current_task()
    assert task is not None
    walk.dialog("record-progress", lambda: ProgressDialog(services.tracking, task, date.today(), tracker))
    walk.dialog("evidence", lambda: EvidenceDialog(services.tracking, task, tracker))
    walk.dialog("match-units", lambda: UnitMatchDialog(services, tracker))

    def slips() -> QWidget:  # as Tracking > Reminder slips… opens it: the slips of every unit that owes something
        dialog = SlipsDialog(services, plan, tracker.today, settings, None, tracker)
        dialog.refresh()
        return dialog

    walk.dialog("slips", slips, wait=lambda d: d.pdf is not None and d.document.pageCount() > 0)  # type: ignore
    tracker.chasing.export_calendar(out / "calendar.ics")
    for _ in range(600):
        settle(app, 1)
        if tracker.chasing.message is not None:
            break
        time.sleep(0.02)
    message = tracker.chasing.message
    assert message is not None
    walk.dialog("calendar-exported", lambda: message)
    window.tabs.setCurrentWidget(builder)
    if report is not None:
        document = services.documents.get(report.document_id)
        walk.dialog("issue-report", lambda: ReportIssueDialog(services, document, date.today(), builder))
        issued = next((r for r in services.reports.list_reports(plan.id) if r.status is not ReportStatus.DRAFT
                       and r.number_text[:1] != "/"), None)
        if issued is not None:
            walk.dialog("send-report", lambda: SendReportDialog(services, issued, builder))
    walk.dialog("mail-settings", lambda: MailSettingsDialog(services, builder))
    walk.dialog("outbox", lambda: OutboxDialog(services, builder))
    walk.dialog("error", lambda: ErrorDialog(RuntimeError("Không ghi được tệp"), "Traceback (most recent call last)"
                                             "\n  ..." * 40, window))
    walk.dialog("recovery", lambda: RecoveryDialog(out / "tthc.sqlite", "Tệp cơ sở dữ liệu bị hỏng ở trang 12.",
                                                   None, window))
    box = QMessageBox(QMessageBox.Icon.Information, "TTHC Desktop", window.tr("About"), parent=window)
    walk.dialog("message", lambda: box)

    # The first view: the frame and what the file holds, read before the services are there (as at start-up).
    from tthc_desktop.app import show_first_view
    from tthc_desktop.ui.main_window import MainWindow

    window.services.database.close()
    window.close()
    settle(app)
    # Offscreen draws a 2-pixel frame, so restoreGeometry moves a window saved at the top down by a title bar's
    # height (Qt keeps a title bar on screen); Windows saves its frame and puts it back where it was. The frame is
    # measured as it is fitted to the screen, as the window above was.
    settings.remove("window/geometry")
    settings.setValue("window/workspace", 0)  # the Plan editor's outline, the first view's widest part
    settings.setValue("editor/page", 2)
    frame = MainWindow(None, settings, database=out / "tthc.sqlite")
    assert show_first_view(frame, out / "tthc.sqlite", settings)
    frame.show()
    walk.look("first-view", frame)
    frame.close()

    print(json.dumps({"screens": walk.screens}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
