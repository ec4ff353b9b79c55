"""Windows on real database files, with settings in a file of the test's own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tthc_desktop.app import create_window
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services
from tthc_desktop.ui.main_window import MainWindow
from tthc_desktop.ui.translation import install_language

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def open_window(qtbot, tmp_path: Path, settings_path: Path) -> Iterator[WindowFactory]:  # noqa: ANN001
    windows: list[MainWindow] = []

    def factory(db: Path | None = None, demo: bool = True) -> MainWindow:
        """A window on `db` (a new file by default); a new file gets the demo commune with its real 2025 plan,
        untracked (the seed: the same at any date), not the living demo the app makes from the clock."""
        path = db or tmp_path / "tthc.sqlite"
        if demo and not path.exists():
            database = Database.open(path)
            Services.for_database(database).demo.create_seed()
            database.close()
        settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
        window = create_window(path, demo=demo, settings=settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.services.database.close()
    install_language("vi")
