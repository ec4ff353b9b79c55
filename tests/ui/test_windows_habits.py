"""The habits of a good Windows program, each driven as the clerk meets it: a new task row opens for typing and is
in view; Tab goes from cell to cell; Cancel on a large paste asks first; Save dialogs open in Documents, then in the
folder used last, and the status bar says which file was written where; the progress dialog does not propose
"Hoàn thành"; an imported plan of another commune is said to be one, and a lone plan gets no made-up decision."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from tests.ui.conftest import WindowFactory
from tests.ui.test_plan_editor import draft_window
from tthc_desktop.domain.enums import TaskStatus
from tthc_desktop.services import pasted_rows
from tthc_desktop.ui.plan_editor.outline_model import FIELDS
from tthc_desktop.ui.plan_editor.paste_dialog import PasteDialog
from tthc_desktop.ui.saving import SavedNotice
from tthc_desktop.ui.tracker.progress_dialog import ProgressDialog

PLANS = Path(__file__).resolve().parents[1] / "data" / "plans"


def answer_next(kind: type[QWidget], answer: Callable[[Any], None], met: list[str]) -> None:
    """Answer the next modal dialog of `kind` once it runs (a modal exec() returns only when answered)."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            met.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle())
            answer(dialog)
            return
        QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)


def click(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if text in b.text().replace("&", ""))
    button.click()


def test_a_new_task_row_opens_for_typing_in_view_and_tab_goes_to_the_next_cell(open_window: WindowFactory,
                                                                                 qtbot) -> None:  # noqa: ANN001
    window, plan_id = draft_window(open_window)
    editor = window.editor
    editor.pages.setCurrentWidget(editor.tasks_page)
    tree = window.services.outline.tree(plan_id)
    last_group = tree[-1]
    editor.view.collapseAll()
    editor.select(last_group.children[-1].id)
    editor.add_task_action.trigger()
    new_index = editor.view.currentIndex()
    item_id = editor.current_id()
    assert editor.view.isExpanded(new_index.parent())  # its group unfolded
    assert editor.view.viewport().rect().intersects(editor.view.visualRect(new_index))  # in view
    typing = editor.view.focusWidget()  # the cell's editor: the view gave it the focus
    assert isinstance(typing, QPlainTextEdit) and typing.parent() is editor.view.viewport()  # open for typing
    typing.insertPlainText("Rà soát thủ tục hành chính mới")  # as Unikey composes it
    QTest.keyClick(typing, Qt.Key.Key_Tab)  # keeps the text, goes to the next cell, open for typing there
    node = next(n for n in window.services.outline.tree(plan_id)[-1].children if n.id == item_id)
    assert node.text == "Rà soát thủ tục hành chính mới"
    assert editor.view.currentIndex().column() == FIELDS.index("text") + 1
    # Not editing: Tab and Shift+Tab still move from cell to cell, not out of the tree.
    QTest.keyClick(editor.view.focusWidget() or editor.view, Qt.Key.Key_Escape)
    editor.view.setFocus()
    column = editor.view.currentIndex().column()
    QTest.keyClick(editor.view, Qt.Key.Key_Tab)
    assert editor.view.currentIndex().column() == column + 1  # the next cell, not out of the tree
    # Undone while its cell is open for typing, the new row goes without a word.
    editor.add_task_action.trigger()
    window.undo_action.trigger()
    assert len(window.services.outline.tree(plan_id)[-1].children) == len(last_group.children) + 1


def test_cancel_on_a_large_paste_asks_first(open_window: WindowFactory, qtbot) -> None:  # noqa: ANN001
    window, _plan_id = draft_window(open_window)
    rows = "".join(f"{n}\tRà soát thủ tục hành chính số {n}\tVăn phòng - Thống kê\tQuý {n % 4 + 1}\r\n"
                   for n in range(1, 41))
    table = pasted_rows.read("STT\tNội dung\tCơ quan chủ trì\tThời gian\r\n" + rows)
    dialog = PasteDialog(table, window.editor)
    dialog.show()
    met: list[str] = []
    answer_next(QMessageBox, lambda box: click(box, "Quay lại"), met)
    dialog.reject()  # Cancel: asked, and "go back" keeps the dialog and its rows
    assert met and "40" in met[0] and dialog.isVisible() and dialog.result() == 0
    answer_next(QMessageBox, lambda box: click(box, "Bỏ"), met)
    dialog.reject()
    assert len(met) == 2 and not dialog.isVisible()
    small = PasteDialog(pasted_rows.read("1\tMột việc\r\n2\tHai việc\r\n"),
                        window.editor)
    small.show()
    small.reject()  # a few rows are dropped without a question
    assert len(met) == 2 and not small.isVisible()


def test_save_dialogs_start_in_documents_then_the_last_folder_and_say_where_they_saved(
        open_window: WindowFactory, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    window = open_window()
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    documents = documents if documents.is_dir() else Path.home()  # a Linux test machine may have none
    chosen = tmp_path / "Báo cáo gửi tỉnh"
    chosen.mkdir()
    offered: list[str] = []

    def save_into(folder: Path) -> Callable[[QFileDialog], None]:
        def answer(dialog: QFileDialog) -> None:
            offered.append(str(Path(dialog.directory().absolutePath()) / dialog.findChild(QLineEdit).text()))
            dialog.selectFile(str(folder / Path(offered[-1]).name))
            dialog.accept()
        return answer

    window.settings.remove("files/save_folder")
    met: list[str] = []
    answer_next(QFileDialog, save_into(chosen), met)
    task = window.printing.save("pdf")
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    assert Path(offered[0]).parent == documents  # the first time: Documents
    assert Path(offered[0]).name == "Quyet dinh va Ke hoach so 07-QD-UBND nam 2026.pdf" or \
        Path(offered[0]).name.startswith("Quyet dinh va Ke hoach so ")
    written = chosen / Path(offered[0]).name
    assert written.exists()
    message = window.statusBar().currentMessage()
    assert f"“{written.name}”" in message and str(chosen) in message
    notice = window.findChild(SavedNotice)
    assert notice is not None and notice.isVisible() and notice.folder == chosen and "Mở thư mục" in notice.text()
    # The tracker's workbook: the Save dialog opens in the folder used last, with a name in words.
    window.tabs.setCurrentWidget(window.tracker)
    answer_next(QFileDialog, save_into(chosen), met)
    task = window.tracker.export()
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    assert Path(offered[1]).parent == chosen and Path(offered[1]).name.startswith("Theo doi nhiem vu nam ")
    assert (chosen / Path(offered[1]).name).exists() and str(chosen) in window.statusBar().currentMessage()
    # The reminder slips and the calendar (Tracking menu) likewise.
    slips = window.tracker.chasing.open_slips()
    assert slips is not None
    qtbot.waitUntil(lambda: slips.pdf is not None, timeout=30_000)
    answer_next(QFileDialog, save_into(chosen), met)
    task = slips.save()
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    assert Path(offered[2]).parent == chosen and Path(offered[2]).name.startswith("Phieu nhac viec ngay ")
    assert (chosen / Path(offered[2]).name).exists() and f"“{Path(offered[2]).name}”" in \
        window.statusBar().currentMessage()
    slips.reject()
    answer_next(QFileDialog, save_into(chosen), met)
    task = window.tracker.chasing.export_calendar()
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    assert Path(offered[3]).parent == chosen and Path(offered[3]).name == \
        f"Lich kiem soat TTHC nam {window.current_plan().year}.ics"
    assert (chosen / Path(offered[3]).name).exists() and f"“{Path(offered[3]).name}”" in \
        window.statusBar().currentMessage()
    window.tracker.chasing.message.done(0)


def test_the_progress_dialog_does_not_propose_done(open_window: WindowFactory) -> None:
    window = open_window()
    tracker = window.tracker
    tasks = [tracker.model.task(row) for row in range(tracker.model.rowCount())]
    open_task = next(t for t in tasks if t.status not in (TaskStatus.DONE, TaskStatus.DONE_LATE))
    dialog = ProgressDialog(window.services.tracking, open_task, date.today(), tracker)
    assert dialog.status.currentData() == TaskStatus.IN_PROGRESS.value
    assert dialog.status.itemData(0) == TaskStatus.IN_PROGRESS.value  # Enter records work under way, not "done"
    done = next((t for t in tasks if t.status is TaskStatus.DONE), None)
    if done is not None:
        assert ProgressDialog(window.services.tracking, done, date.today(), tracker).status.currentData() == "done"


def test_an_imported_plan_of_another_commune_is_said_to_be_one_and_stands_alone(open_window: WindowFactory,
                                                                                qtbot) -> None:  # noqa: ANN001
    window = open_window()
    dialog = window.open_import(PLANS / "05_labels_my_thanh.docx")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert dialog.warning.isVisible()
    assert "xã Mỹ Thạnh" in dialog.warning.text() and "xã Hành Dũng" in dialog.warning.text()
    dialog.save()
    qtbot.waitUntil(lambda: window.current_plan() is not None and window.current_plan().id == dialog.saved.id,
                    timeout=5000)
    content = window.services.content.content(dialog.saved.id)
    assert content.decision is None  # a lone plan: no decision made up for it
    assert window.editor.lone_plan.isVisibleTo(window.editor.decision_page)
    own = window.open_import(PLANS / "05_labels_my_thanh.txt")  # the same plan, once the commune is Mỹ Thạnh
    assert own is not None
    qtbot.waitUntil(lambda: own.result is not None, timeout=30_000)
    own.reject()
    window.services.organization.update_profile(name="Mỹ Thạnh")
    again = window.open_import(PLANS / "05_labels_my_thanh.txt")
    qtbot.waitUntil(lambda: again.result is not None, timeout=30_000)
    assert not again.warning.isVisible()
    again.reject()
