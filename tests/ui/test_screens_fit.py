"""Every window and dialog fits the clerk's laptop: opened on a 1280×720 work area, each one's frame (a Windows title
bar and borders added) lies inside the screen, its buttons are in view, no text of a button, label, tab or group box
is cut without "…", no code ("2026-Q3", "{commune}") is shown, and the dashboard chart's bar labels are whole. The
same walk at 1366×768 saves every screen as a PNG (tests/ui/screens_walk.py does the walking, in a process of its
own: a process has one screen). Sizes are remembered: a dialog resized is reopened at that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize

from tests.ui.conftest import WindowFactory
from tthc_desktop.ui import window_size
from tthc_desktop.ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {"editor-decision", "editor-plan", "editor-tasks", "editor-indicators", "tracker-tasks",
            "tracker-overview", "tracker-figures", "report-builder", "new-plan", "import-file", "import-paste",
            "settings", "unit-edit", "official-edit", "retire-unit", "shortcuts", "print-preview", "issue-plan",
            "paste-rows", "record-progress", "evidence", "match-units", "issue-report", "mail-settings", "outbox",
            "error", "recovery", "message", "tracker-units", "slips", "calendar-exported", "first-view"}


def walk(tmp_path: Path, width: int, height: int, language: str = "vi", grab: bool = False) -> list[dict]:
    screen = tmp_path / f"screen-{width}x{height}.json"
    screen.write_text(json.dumps({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    out = tmp_path / f"walk-{width}x{height}-{language}"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "tests.ui.screens_walk", str(out), language,
                             *(["--grab"] if grab else [])], capture_output=True, text=True, env=env, cwd=ROOT,
                            timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])["screens"]


def problems(screens: list[dict]) -> list[str]:
    found = []
    for screen in screens:
        name = screen["name"]
        if not screen["fits"]:
            found.append(f"{name}: frame {screen['frame']} outside the work area {screen['area']}")
        found += [f"{name}: button “{b}” out of view" for b in screen["buttons_outside"]]
        found += [f"{name}: cut: {text}" for text in screen["cut"]]
        found += [f"{name}: code shown: {text!r}" for text in screen["codes"]]
    return found


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_window_fits_1280_by_720(tmp_path: Path, language: str) -> None:
    screens = walk(tmp_path, 1280, 720, language)
    assert EXPECTED <= {s["name"] for s in screens}, sorted(EXPECTED - {s["name"] for s in screens})
    assert not problems(screens), "\n".join(problems(screens))
    overview = next(s for s in screens if s["name"] == "tracker-overview")
    assert overview["chart_categories"] and not overview["chart_labels_truncated"], overview


def test_every_window_fits_1366_by_768_and_is_saved_as_a_picture(tmp_path: Path) -> None:
    screens = walk(tmp_path, 1366, 768, "vi", grab=True)
    assert not problems(screens), "\n".join(problems(screens))
    preview = next(s for s in screens if s["name"] == "print-preview")
    assert preview["size"][1] >= 768 - 39 - 40  # as tall as the screen allows: the pages are read, not peeked at
    for screen in screens:
        assert Path(screen["png"]).stat().st_size > 1_000, screen["name"]


def test_a_dialog_comes_back_at_the_size_the_clerk_left_it(open_window: WindowFactory, qtbot,  # noqa: ANN001
                                                          settings_path: Path) -> None:
    window = open_window()
    dialog = SettingsDialog(window.services, window.set_language, "vi", window)
    first = dialog.size()
    dialog.show()
    dialog.resize(first.width() + 60, first.height() + 40)
    dialog.reject()
    again = SettingsDialog(window.services, window.set_language, "vi", window)
    assert again.size() == QSize(first.width() + 60, first.height() + 40)
    window.settings.sync()
    stored = QSettings(str(settings_path), QSettings.Format.IniFormat).value(window_size.PREFIX + "settings")
    assert stored == again.size()
    # A size left on a bigger screen comes back within this one.
    window.settings.setValue(window_size.PREFIX + "settings", QSize(3000, 2000))
    room = window_size.largest(again)
    third = SettingsDialog(window.services, window.set_language, "vi", window)
    assert third.width() <= room.width() and third.height() <= room.height()
