"""Preview, print and save from the window: real renders, a real QPrinter writing a PDF file."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtPrintSupport import QPrinter

from tests.ui.conftest import WindowFactory
from tests.unit.documents_helpers import page_sizes, pages
from tthc_desktop.ui.printing import PrintPreviewDialog
from tthc_desktop.ui.saving import SavedNotice


def open_preview(qtbot, window) -> PrintPreviewDialog:  # noqa: ANN001
    dialog = window.printing.open_preview()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
    return dialog


def test_the_preview_shows_the_pages_that_will_print(qtbot, open_window: WindowFactory, tmp_path: Path) -> None:  # noqa: ANN001
    window = open_window()
    dialog = open_preview(qtbot, window)
    saved = tmp_path / "shown.pdf"
    saved.write_bytes(dialog.pdf)
    assert dialog.document.pageCount() == len(page_sizes(saved)) >= 6
    assert [dialog.what.itemData(i) for i in range(dialog.what.count())] == ["both", "decision", "plan"]
    assert dialog.print_button.isEnabled() and "trang" in dialog.pages_label.text()
    dialog.what.setCurrentIndex(dialog.what.findData("decision"))
    qtbot.waitUntil(lambda: dialog.print_button.isEnabled() and dialog.document.pageCount() <= 3, timeout=20000)
    dialog.grab().save(str(tmp_path / "preview.png"))


def test_printing_puts_each_page_on_its_own_sheet_turned_as_it_is(qtbot, open_window: WindowFactory,  # noqa: ANN001
                                                                  tmp_path: Path) -> None:
    window = open_window()
    dialog = open_preview(qtbot, window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printed = dialog.print_to(printer)
    (tmp_path / "shown.pdf").write_bytes(dialog.pdf)
    sizes = page_sizes(tmp_path / "printed.pdf")
    assert printed == len(sizes) == dialog.document.pageCount()
    shown = page_sizes(tmp_path / "shown.pdf")
    for (w1, h1), (w2, h2) in zip(sizes, shown, strict=True):
        assert (w1 > h1) == (w2 > h2)
        assert abs(w1 - w2) < 2 and abs(h1 - h2) < 2


def test_saving_from_the_preview_writes_pdf_and_word(qtbot, open_window: WindowFactory, tmp_path: Path) -> None:  # noqa: ANN001
    window = open_window()
    dialog = open_preview(qtbot, window)
    pdf = dialog.save_pdf(tmp_path / "out" / "quyet-dinh.pdf")
    assert pdf is not None and "QUYẾT ĐỊNH" in pages(pdf)[0]
    task = dialog.save_word(tmp_path / "out" / "quyet-dinh.docx")
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "out" / "quyet-dinh.docx")).paragraphs)
    assert "QUYẾT ĐỊNH:" in text and "Điều 4." in text


def test_the_window_saves_the_selected_plan_and_says_where(qtbot, open_window: WindowFactory,  # noqa: ANN001
                                                           tmp_path: Path) -> None:
    window = open_window()
    assert all(a.isEnabled() for a in window.printing.actions)
    assert window.printing.preview.shortcut().toString() == "Ctrl+P"
    task = window.printing.save("pdf", tmp_path / "ke-hoach.pdf")
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=20000):
        pass
    assert (tmp_path / "ke-hoach.pdf").exists()
    message = window.statusBar().currentMessage()
    assert message.startswith("Đã lưu") and "“ke-hoach.pdf”" in message and str(tmp_path) in message
    notice = window.findChild(SavedNotice)
    assert notice is not None and notice.isVisible() and notice.folder == tmp_path  # "Open the folder"


def test_without_a_plan_there_is_nothing_to_print(open_window: WindowFactory) -> None:
    window = open_window(demo=False)
    assert not any(a.isEnabled() for a in window.printing.actions)
    assert window.printing.open_preview() is None


def test_a_save_that_fails_says_why_and_keeps_the_window(qtbot, open_window: WindowFactory, tmp_path: Path,  # noqa: ANN001
                                                         monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    window = open_window()
    task = window.printing.save("pdf", blocker / "ke-hoach.pdf")
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=20000):
        pass
    assert shown and "ke-hoach.pdf" in shown[0] and "Không ghi được" in shown[0]
