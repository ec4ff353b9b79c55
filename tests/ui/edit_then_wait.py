"""Child process of test_kill_after_edit: the app's window on a database (built as the app builds it), one edit of a
task's cell and one task added, each through the editor as the clerk makes them; then it says so on stdout and
runs the Qt event loop until it is killed.

    python -m tests.ui.edit_then_wait DATABASE SETTINGS.ini CELL_TEXT ADDED_TASK_TEXT
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from tthc_desktop.app import create_window
from tthc_desktop.domain.enums import DocumentStatus, OutlineKind
from tthc_desktop.ui.plan_editor.outline_model import FIELDS, ItemIdRole


def main(argv: list[str]) -> int:
    database, settings, cell_text, task_text = Path(argv[1]), Path(argv[2]), argv[3], argv[4]
    app = QApplication(argv[:1])
    window = create_window(database, demo=False, settings=QSettings(str(settings), QSettings.Format.IniFormat))
    window.show()
    draft = next((p for p in window.services.plans.list_plans() if p.status is DocumentStatus.DRAFT), None)
    if draft is None or not window.select_plan(draft.id) or window.editor.plan_id != draft.id:
        raise SystemExit("no draft plan open in the editor")
    editor, model = window.editor, window.editor.model

    # The first task's content, as the delegate sets it when the clerk leaves the cell.
    cell = model.index(0, FIELDS.index("text"), model.index(0, 0))
    edited = cell.data(ItemIdRole)
    if not model.setData(cell, cell_text):
        raise SystemExit("the cell edit was refused")
    # A task added after it: an insert pushed on the undo stack.
    editor.view.setCurrentIndex(cell)
    added = editor.add_row(OutlineKind.TASK, task_text)
    if added is None or editor.undo_stack.count() != 2:
        raise SystemExit("the task was not added")

    print(f"edited {edited} added {added} plan {draft.id}", flush=True)
    return app.exec()  # until killed


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
