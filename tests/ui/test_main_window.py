"""The main window as the clerk first sees it: offscreen, on real database files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from tests.ui.conftest import WindowFactory
from tthc_desktop.ui.plan_list_model import PlanIdRole, PlanListModel


def test_first_start_opens_on_the_demo_commune_with_three_workspaces(open_window: WindowFactory,
                                                                      tmp_path: Path) -> None:
    window = open_window()
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Soạn kế hoạch", "Theo dõi nhiệm vụ", "Lập báo cáo"]
    plan = window.current_plan()
    assert plan is not None and plan.number_text == "48/QĐ-UBND" and plan.task_count == 22
    assert "48/QĐ-UBND" in window.workspaces[0]._plan_label.text()
    assert str(tmp_path / "tthc.sqlite") in window.db_label.text()
    assert window.db_label.text().startswith("Cơ sở dữ liệu:")
    assert [m.title() for m in (window.file_menu, window.view_menu, window.language_menu, window.help_menu)] == [
        "&Tệp", "&Xem", "&Ngôn ngữ", "Trợ &giúp"]


def test_without_the_demo_the_window_opens_empty_and_says_what_to_do(open_window: WindowFactory) -> None:
    window = open_window(demo=False)
    assert window.plans.rowCount() == 0 and window.current_plan() is None
    assert "Chưa chọn kế hoạch" in window.workspaces[0]._plan_label.text()


def test_the_year_picker_filters_the_plans(open_window: WindowFactory) -> None:
    window = open_window()
    window.services.plans.copy_plan(1, 2026)
    window.reload_plans()
    assert [window.year_box.itemText(i) for i in range(window.year_box.count())] == ["Tất cả các năm", "2026", "2025"]
    window.year_box.setCurrentIndex(window.year_box.findData("2026"))
    assert window.plans_by_year.rowCount() == 1
    assert window.plans_by_year.index(0, 0).data(PlanIdRole) == 2
    window.year_box.setCurrentIndex(0)
    assert window.plans_by_year.rowCount() == 2


def test_workspaces_have_menu_entries_with_shortcuts(open_window: WindowFactory) -> None:
    window = open_window()
    assert [a.shortcut() for a in window.workspace_actions] == [QKeySequence(f"Ctrl+{n}") for n in (1, 2, 3)]
    window.workspace_actions[2].trigger()
    assert window.tabs.currentIndex() == 2
    assert window.workspace_actions[2].text() == "Lập báo cáo"


def test_english_is_selectable_and_retitles_everything(
    qtbot, open_window: WindowFactory, settings_path: Path  # noqa: ANN001
) -> None:
    window = open_window()
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Plan editor", timeout=2000)
    assert [window.tabs.tabText(i) for i in range(3)] == ["Plan editor", "Task tracker", "Report builder"]
    assert window.file_menu.title() == "&File"
    assert "22 tasks, 10 indicators" in window.workspaces[1]._plan_label.text()
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("ui/language") == "en"
    window.language_actions["vi"].trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Soạn kế hoạch", timeout=2000)


def test_the_window_remembers_where_the_clerk_left_off(open_window: WindowFactory, tmp_path: Path) -> None:
    window = open_window()
    copy = window.services.plans.copy_plan(1, 2026)
    window.reload_plans()
    window.select_plan(copy.id)
    window.tabs.setCurrentIndex(1)
    window.resize(700, 500)
    window.close()
    again = open_window()
    assert again.current_plan() is not None and again.current_plan().id == copy.id
    assert again.tabs.currentIndex() == 1
    assert (again.width(), again.height()) == (700, 500)


def test_about_names_the_version(open_window: WindowFactory) -> None:
    from tthc_desktop import __version__

    window = open_window()
    assert window.about_action.text() == "&Giới thiệu TTHC Desktop"
    assert __version__ in window.tr(
        "<h3>TTHC Desktop {version}</h3>"
        "<p>Plans, tracking and reports of administrative-procedure control for a commune "
        "or ward People's Committee.</p><p>Database: {path}</p>").format(version=__version__, path="")


def test_the_plan_list_model_passes_the_model_tester(qtmodeltester, open_window: WindowFactory) -> None:  # noqa: ANN001
    window = open_window()
    qtmodeltester.check(window.plans)
    model = PlanListModel()
    qtmodeltester.check(model)
    model.set_plans(window.services.plans.list_plans())
    qtmodeltester.check(model)


def test_a_grab_of_the_window_shows_something(open_window: WindowFactory, tmp_path: Path) -> None:
    window = open_window()
    image = window.grab().toImage()
    assert image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
    assert len(colours) > 5


def test_the_window_fits_a_small_office_screen(open_window: WindowFactory) -> None:
    # A modest office PC: 1024 x 600 of screen less the taskbar. No workspace may ask for more.
    hint = open_window().minimumSizeHint()
    assert hint.width() <= 1000 and hint.height() <= 560


def test_plans_are_found_by_status_and_words_without_accents(open_window) -> None:  # noqa: ANN001
    window = open_window()
    window.services.plans.copy_plan(1, 2026)
    window.reload_plans()
    shown = window.plans_by_year
    assert shown.rowCount() == 2
    window.status_box.setCurrentIndex(1)  # drafts only
    assert window.status_box.currentText() == "Chỉ dự thảo"
    assert shown.rowCount() == 1 and "2026" in shown.index(0, 0).data()
    window.status_box.setCurrentIndex(0)
    window.search_box.setText("48/qđ")
    assert shown.rowCount() == 1 and "48/QĐ-UBND" in shown.index(0, 0).data()
    window.search_box.setText("kiem soat hanh dung 2026")  # typed without accents
    assert shown.rowCount() == 1 and shown.index(0, 0).data().startswith("2026")
    window.search_box.setText("không có kế hoạch này")
    assert shown.rowCount() == 0


def test_help_lists_the_shortcuts_read_from_the_menus(open_window) -> None:  # noqa: ANN001
    window = open_window()
    dialog = window.show_shortcuts()
    rows = [[dialog.model.item(r, c).text() for c in range(3)] for r in range(dialog.model.rowCount())]
    keys = {row[1]: row[2] for row in rows}
    assert keys["Kế hoạch mới"] == "Ctrl+N" and keys["Hoàn tác"] == "Ctrl+Z"
    assert any(row[1].startswith("Dán các dòng") and row[2] == "Ctrl+V" for row in rows)
    assert ["Ô", "Bỏ nội dung vừa gõ trong ô", "Esc"] in rows
    assert window.shortcuts_action.shortcut().toString() == "F1"
    dialog.close()


def test_the_frame_shows_before_the_database_is_open_then_fills_itself(qtbot, tmp_path: Path,  # noqa: ANN001
                                                                       settings_path: Path) -> None:
    """What `python -m tthc_desktop` paints first (app.main): the window without data, then the same window filled."""
    from PySide6.QtWidgets import QLabel

    from tthc_desktop.app import open_services
    from tthc_desktop.ui.main_window import MainWindow
    from tthc_desktop.ui.translation import install_language

    install_language("en")
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.painted, timeout=5000)
    try:
        assert not window.is_filled and window.services is None
        opening = window.findChild(QLabel, "openingLabel")
        assert opening is not None and opening.isVisible() and opening.text() == "Opening the database…"
        assert window.windowTitle().startswith("TTHC Desktop")
        assert [m.title() for m in (window.file_menu, window.edit_menu, window.view_menu, window.tracking_menu,
                                    window.report_menu, window.language_menu, window.help_menu)] == [
            "&File", "&Edit", "&View", "&Tracking", "&Reports", "&Language", "&Help"]
        assert window.file_menu.actions() == [window.quit_action] and not window.edit_menu.isEnabled()
        assert window.language_actions["vi"].isChecked()  # the setting's default, before anything is read
        area = window.screen().availableGeometry()  # the laptop's work area, less a Windows frame (16×39)
        assert window.size().width() == min(1366, area.width() - 16)
        assert window.size().height() == min(768, area.height() - 39)

        services = open_services(tmp_path / "tthc.sqlite", demo=True)
        window.fill(services)
        assert window.is_filled and window.centralWidget() is window.splitter and window.opening_label is None
        plan = window.current_plan()  # the living demo, made from the clock: this year's plan first
        assert plan is not None and plan.year == date.today().year
        assert window.file_menu.actions()[0] is window.new_plan_action
        assert window.file_menu.actions()[-1] is window.quit_action and window.edit_menu.isEnabled()
        assert window.quit_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        assert str(tmp_path / "tthc.sqlite") in window.db_label.text()
        window.close()
        services.database.close()
    finally:
        install_language("vi")


def test_no_two_actions_of_the_window_share_a_key(open_window: WindowFactory) -> None:
    """Every key that works anywhere in the window (the menus' actions and the workspaces' window-wide ones) does one
    thing: Ctrl+O opens a database, Ctrl+Shift+P and Ctrl+Shift+T print the list and the timeline, Ctrl+Shift+N and
    Ctrl+Shift+L make the slips and the calendar. Keys bound to one pane only (Ctrl+Return in a list) may repeat."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    window = open_window()
    actions = {id(a): a for a in window.findChildren(QAction)
               if a.shortcutContext() in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)}
    owners: dict[str, list[str]] = {}
    for action in actions.values():
        keys = [k.toString() for k in action.shortcuts()]
        assert len(keys) == len(set(keys)), (action.text(), keys)  # a key listed twice for one action
        for key in keys:
            owners.setdefault(key, []).append(action.text().replace("&", ""))
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert not shared, shared
    tracker = window.tracker
    assert {k: owners[k] for k in ("Ctrl+O", "Ctrl+Shift+P", "Ctrl+Shift+T", "Ctrl+Shift+N", "Ctrl+Shift+L")} == {
        "Ctrl+O": [window.recent.open_action.text().replace("&", "")],
        "Ctrl+Shift+P": [tracker.printing.list_action.text().replace("&", "")],
        "Ctrl+Shift+T": [tracker.printing.timeline_action.text().replace("&", "")],
        "Ctrl+Shift+N": [tracker.chasing.slips_action.text().replace("&", "")],
        "Ctrl+Shift+L": [tracker.chasing.calendar_action.text().replace("&", "")],
    }
