"""A window on one database that opens another the clerk may not write (File > Open database…): run by
tests/ui/test_open_database.py in a process that obeys file permissions (tests/unprivileged.py). Prints what the
clerk sees as JSON and saves the window as a PNG.

    python -m tests.ui.open_database_window FIRST.sqlite READ_ONLY.sqlite SETTINGS.ini OUT.png
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.modal_boxes import answer_modal_boxes


def main(argv: list[str]) -> int:
    first, other, settings_file, png = Path(argv[0]), Path(argv[1]), argv[2], argv[3]
    app = QApplication([])
    from tthc_desktop.app import Session, open_or_recover
    from tthc_desktop.ui.single_instance import SingleInstance

    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    said: list[str] = []

    timer = answer_modal_boxes(said)  # noqa: F841 (kept alive while the window runs)
    opened = open_or_recover(first, demo=False, settings=settings)
    assert opened is not None
    instance = SingleInstance(first)
    instance.acquire()
    session = Session(opened[0], settings, instance)
    before = session.window
    switched = session.open_database(other)
    app.processEvents()
    window = session.window
    notice = window.findChild(QLabel, "readOnlyNotice")
    window.resize(1366, 768)
    app.processEvents()
    window.grab().save(png)
    result = {
        "switched": switched,
        "new_window": window is not before,
        "read_only": window.services.database.read_only,
        "notice": notice.text() if notice is not None and notice.isVisible() else None,
        "title": window.windowTitle(),
        "path_shown": window.db_label.text(),
        "plans": [p.year for p in window.services.plans.list_plans()],
        "restore_enabled": session.backups.restore_action.isEnabled(),
        "recent": [str(p) for p in window.recent.paths()],
        "said": said,
    }
    session.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
