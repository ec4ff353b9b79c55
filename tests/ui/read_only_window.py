"""The window on a database this process may not write: run by tests/ui/test_read_only_window.py in a process that
obeys file permissions (tests/unprivileged.py). It opens the window as the app does, tries to add a task to the draft
plan through the editor, prints what the clerk sees as JSON and saves the window as a PNG.

    python -m tests.ui.read_only_window DB SETTINGS.ini OUT.png DRAFT_PLAN_ID
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.modal_boxes import answer_modal_boxes


def main(argv: list[str]) -> int:
    db, settings_file, png, draft = Path(argv[0]), argv[1], argv[2], int(argv[3])
    app = QApplication([])
    from tthc_desktop.app import Session, open_or_recover
    from tthc_desktop.domain.enums import OutlineKind
    from tthc_desktop.ui.single_instance import SingleInstance

    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    said: list[str] = []

    timer = answer_modal_boxes(said)  # noqa: F841 (kept alive while the window runs)
    opened = open_or_recover(db, demo=False, settings=settings)
    if opened is None:
        print(json.dumps({"opened": False, "said": said}))
        return 1
    instance = SingleInstance(db)
    instance.acquire()
    session = Session(opened[0], settings, instance)
    session.backups.start_automatic()
    window = session.window
    window.select_plan(draft)
    editor = window.editor
    editor.pages.setCurrentWidget(editor.tasks_page)
    editor.view.setCurrentIndex(editor.model.index(0, 1))
    rows_before = editor.model.rowCount(editor.model.index(0, 0))
    added = editor.add_row(OutlineKind.TASK, "Việc thêm khi tệp chỉ đọc")
    app.processEvents()
    notice = window.findChild(QLabel, "readOnlyNotice")
    window.resize(1200, 760)
    app.processEvents()
    window.grab().save(png)
    result = {
        "opened": True,
        "read_only": window.services.database.read_only,
        "notice": notice.text() if notice is not None and notice.isVisible() else None,
        "notice_tip": notice.toolTip() if notice is not None else None,
        "title": window.windowTitle(),
        "restore_enabled": session.backups.restore_action.isEnabled(),
        "added": added,
        "rows_changed": editor.model.rowCount(editor.model.index(0, 0)) != rows_before,
        "plans": [p.year for p in window.services.plans.list_plans()],
        "said": said,
    }
    session.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
