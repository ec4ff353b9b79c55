"""The first view (ui/first_view.py): what the window paints with its frame, read with plain sqlite3 before the
services load, says what the filled window says — the plan list, the workspace's plan line, the tabs, the
outline — in both languages; what the clerk picks meanwhile is where the filled window opens; a file that the
services must open first (here: a missing one) gets the frame's "Opening the database…"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from tthc_desktop.app import open_services, show_first_view
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.first_view import COLUMNS, FirstView
from tthc_desktop.ui.main_window import MainWindow, import_workspaces
from tthc_desktop.ui.translation import install_language


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """The living demo (this year and last, tracked) and a draft of an earlier year with no number yet."""
    path = tmp_path / "tthc.sqlite"
    database = Database.open(path)
    services = Services.for_database(database)
    services.demo.create_demo()
    services.plans.create_plan(2020)
    database.close()
    return path


@pytest.fixture
def frame(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # noqa: ANN001
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, settings, database=tmp_path / "tthc.sqlite")
    qtbot.addWidget(window)
    yield window
    if window.is_filled:
        window.services.database.close()
    install_language("vi")


def first_view_of(window: MainWindow) -> FirstView:
    view = window.centralWidget()
    assert isinstance(view, FirstView)
    return view


def rows_of_tree(item: QTreeWidgetItem, depth: int = 0) -> list[tuple[int, list[str]]]:
    rows = []
    for index in range(item.childCount()):
        child = item.child(index)
        rows.append((depth, [child.text(column) for column in range(len(COLUMNS))]))
        rows += rows_of_tree(child, depth + 1)
    return rows


def rows_of_model(model, parent: QModelIndex = QModelIndex(), depth: int = 0) -> list[tuple[int, list[str]]]:  # noqa: ANN001, B008
    rows = []
    for row in range(model.rowCount(parent)):
        cells = [model.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole) or ""
                 for column in range(len(COLUMNS))]
        rows.append((depth, cells))
        rows += rows_of_model(model, model.index(row, 0, parent), depth + 1)
    return rows


def shown(window: MainWindow, view: FirstView | None = None) -> dict[str, object]:
    """What the clerk reads: of the first view (`view`) or of the filled window."""
    if view is not None:
        return {
            "plans": [(view.plan_list.item(r).text(), view.plan_list.item(r).toolTip())
                      for r in range(view.plan_list.count())],
            "selected": view.plan_list.currentRow(),
            "tabs": [view.tabs.tabText(i) for i in range(view.tabs.count())],
            "headings": [(p.heading.text(), p.purpose.text(), p.plan_label.text()) for p in view.pages],
            "editor pages": [view.editor_pages.tabText(i) for i in range(view.editor_pages.count())],
            "columns": [view.outline.headerItem().text(c) for c in range(len(COLUMNS))],
            "outline": rows_of_tree(view.outline.invisibleRootItem()),
            "issued banner": not view.banner.isHidden(),
            "banner": view.banner.text(),
            "filters": (view.year_label.text(), view.year_box.itemText(0),
                        [view.status_box.itemText(i) for i in range(3)], view.search_box.placeholderText()),
        }
    model, editor = window.plans, window.editor
    return {
        "plans": [(model.index(r).data(Qt.ItemDataRole.DisplayRole), model.index(r).data(Qt.ItemDataRole.ToolTipRole))
                  for r in range(model.rowCount())],
        "selected": model.row_of(window.current_plan().id),
        "tabs": [window.tabs.tabText(i) for i in range(window.tabs.count())],
        "headings": [(p._heading.text(), p._purpose.text(), p._plan_label.text()) for p in window.workspaces],
        "editor pages": [editor.pages.tabText(i) for i in range(editor.pages.count())],
        "columns": [editor.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))],
        "outline": rows_of_model(editor.model),
        "issued banner": not editor.banner.isHidden(),
        "banner": editor.banner.text(),
        "filters": (window.year_label.text(), window.year_box.itemText(0),
                    [window.status_box.itemText(i) for i in range(3)], window.search_box.placeholderText()),
    }


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_first_view_says_what_the_filled_window_says(frame: MainWindow, demo_file: Path, language: str) -> None:
    install_language(language)
    frame.retranslate()
    assert show_first_view(frame, demo_file, frame.settings)
    frame.show()
    first = shown(frame, first_view_of(frame))
    assert len(first["plans"]) == 3 and first["selected"] == 0 and len(first["outline"]) > 20  # type: ignore[arg-type]

    import_workspaces()
    frame.fill(open_services(demo_file, demo=False))

    assert shown(frame) == first


@pytest.mark.parametrize("row", [1, 2])  # last year's plan (issued), the draft with no number and no rows
def test_another_plan_picked_reads_alike_after_switching_language(qtbot, frame: MainWindow, demo_file: Path,  # noqa: ANN001
                                                                  row: int) -> None:
    assert show_first_view(frame, demo_file, frame.settings)
    view = first_view_of(frame)
    view.plan_list.setCurrentRow(row)
    frame.set_language("en")  # the window's language menu: every text follows
    qtbot.waitUntil(lambda: view.tabs.tabText(0) == "Plan editor", timeout=5000)
    first = shown(frame, view)
    assert first["issued banner"] is (row == 1) and ("draft" in first["plans"][row][0]) is (row == 2)

    import_workspaces()
    frame.fill(open_services(demo_file, demo=False))

    assert shown(frame) == first


def test_what_the_clerk_picks_meanwhile_is_where_the_window_opens(frame: MainWindow, demo_file: Path) -> None:
    assert show_first_view(frame, demo_file, frame.settings)
    view = first_view_of(frame)
    draft_outline = rows_of_tree(view.outline.invisibleRootItem())
    view.plan_list.setCurrentRow(2)
    picked = view.view.plans[2]
    assert view.pages[0].plan_label.text().startswith(f"<b>{picked.subject}</b>")
    assert rows_of_tree(view.outline.invisibleRootItem()) != draft_outline  # the picked plan's own rows
    view.tabs.setCurrentIndex(1)
    view.editor_pages.setCurrentIndex(0)

    import_workspaces()
    frame.fill(open_services(demo_file, demo=False))

    assert frame.current_plan() == picked
    assert frame.tabs.currentIndex() == 1 and frame.editor.pages.currentIndex() == 0


def test_a_file_the_services_must_open_first_keeps_the_opening_frame(frame: MainWindow, tmp_path: Path) -> None:
    """No file yet (a first run: the services make the demo), so nothing to read before them."""
    missing = tmp_path / "tthc.sqlite"
    assert not show_first_view(frame, missing, frame.settings)
    assert frame.opening_label is not None and frame.centralWidget() is not None
    assert not isinstance(frame.centralWidget(), FirstView)
    assert not missing.exists()


def test_each_database_opens_on_its_own_plan_and_the_pick_meanwhile_holds(frame: MainWindow, demo_file: Path,
                                                                          tmp_path: Path) -> None:
    """With File > Open database… the settings keep a plan per database (ui/remembered_plans.py): the first view opens
    this file on its own plan, not on the plan last open in another file, and what the clerk picks in it is where
    the filled window opens, now and next time."""
    from tthc_desktop.ui.remembered_plans import keep_plan, plan_of

    settings = frame.settings
    keep_plan(settings, demo_file, 2)  # last year's plan, when this file was last open
    keep_plan(settings, tmp_path / "xa-khac.sqlite", 1)  # then another commune's file, on its plan 1
    settings.setValue("files/recent_databases", [str((tmp_path / "xa-khac.sqlite").resolve())])
    assert show_first_view(frame, demo_file, settings)
    view = first_view_of(frame)
    assert view.plan is not None and view.plan.id == 2
    view.plan_list.setCurrentRow(next(r for r, p in enumerate(view.view.plans) if p.id == 3))

    import_workspaces()
    frame.fill(open_services(demo_file, demo=False))

    assert frame.current_plan().id == 3 and plan_of(settings, demo_file) == 3
    assert plan_of(settings, tmp_path / "xa-khac.sqlite") == 1
