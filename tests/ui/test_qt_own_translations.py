"""What Qt draws itself (text boxes' context menus, standard buttons, the file dialog) speaks the clerk's language.

Qt ships no Vietnamese catalogue; ours, translations/qtbase_vi.qm, is installed with the language, as the app does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTreeView,
    QWidget,
)

from tthc_desktop.ui.translation import install_language


@pytest.fixture(autouse=True)
def _back_to_vietnamese(qapp) -> Iterator[None]:  # noqa: ANN001
    yield
    install_language("vi")


def menu_texts(widget: QWidget) -> list[str]:
    """The standard context menu's entries, without their shortcut column (Qt appends "\\tCtrl+Z")."""
    menu = widget.createStandardContextMenu()
    try:
        return [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    finally:
        menu.deleteLater()


def test_a_text_box_menu_is_in_vietnamese_and_in_english_again_after_switching(qtbot) -> None:  # noqa: ANN001
    line, text = QLineEdit(), QPlainTextEdit()
    qtbot.addWidget(line)
    qtbot.addWidget(text)
    install_language("vi")
    vietnamese = ["&Hoàn tác", "&Làm lại", "Cắ&t", "&Sao chép", "&Dán", "Xóa", "Chọn tất cả"]
    assert menu_texts(line) == vietnamese
    assert menu_texts(text) == vietnamese  # QPlainTextEdit and QTextEdit: Qt's QWidgetTextControl

    install_language("en")
    english = ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"]
    assert menu_texts(line) == english
    assert menu_texts(text) == english
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"

    install_language("vi")  # and back: switching twice leaves one catalogue of Qt's strings, ours
    assert menu_texts(line) == vietnamese
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"


def test_standard_buttons_are_in_vietnamese(qtbot) -> None:  # noqa: ANN001
    install_language("vi")
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "TTHC Desktop", "Lưu thay đổi?",
                      buttons.Yes | buttons.No | buttons.Cancel)
    qtbot.addWidget(box)
    assert [box.button(b).text() for b in (buttons.Yes, buttons.No, buttons.Cancel)] == ["&Có", "&Không", "Hủy"]
    save = QMessageBox(QMessageBox.Icon.Question, "TTHC Desktop", "Lưu thay đổi?",
                       buttons.Save | buttons.Discard | buttons.Close | buttons.Apply)
    qtbot.addWidget(save)
    assert [save.button(b).text() for b in (buttons.Save, buttons.Discard, buttons.Close, buttons.Apply)] == [
        "Lưu", "Bỏ thay đổi", "Đóng", "Áp dụng"]

    pair = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(pair)
    assert pair.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"
    assert pair.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"


def test_qt_own_file_dialog_is_in_vietnamese(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    install_language("vi")
    (tmp_path / "ke-hoach.docx").write_bytes(b"")
    dialog = QFileDialog(None, "", str(tmp_path), "Văn bản Word (*.docx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {name: dialog.findChild(QLabel, name).text() for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")}
    assert labels == {"lookInLabel": "Tìm &trong:", "fileNameLabel": "Tê&n tệp:", "fileTypeLabel": "&Kiểu tệp:"}
    accept = dialog.findChild(QDialogButtonBox, "buttonBox").buttons()
    assert sorted(button.text() for button in accept) == ["&Mở", "Hủy"]
    columns = dialog.findChild(QTreeView, "treeView").model()
    assert [columns.headerData(column, Qt.Orientation.Horizontal) for column in range(4)] == [
        "Tên", "Kích cỡ", "Kiểu", "Ngày sửa đổi"]

    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    assert sorted(button.text() for button in dialog.findChild(QDialogButtonBox, "buttonBox").buttons()) == [
        "&Lưu", "Hủy"]
