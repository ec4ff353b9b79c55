"""The app as the clerk starts it, in real processes (offscreen): one window per database, and the notice after a
session killed without warning (kill -9: what a crash or a power cut looks like to the next start)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 60  # how long to wait for a line before giving up; no assertion is about speed

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kill -9 and XDG folders are POSIX")


class App:
    """Start TTHC Desktop processes with folders of their own; read what they logged."""

    def __init__(self, home: Path, db: Path) -> None:
        self.home, self.db = home, db
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TTHC_LANG="en")
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                         "XDG_RUNTIME_DIR"):
            self.env[variable] = str(home / variable.lower())
        (home / "xdg_runtime_dir").mkdir(parents=True, mode=0o700)
        self.processes: list[subprocess.Popen[bytes]] = []

    @property
    def log(self) -> Path:
        return self.home / "xdg_state_home" / "TTHC Desktop" / "log" / "tthc-desktop.log"

    @property
    def settings(self) -> Path:
        return self.home / "xdg_config_home" / "TTHC" / "TTHC Desktop.conf"

    def start(self) -> subprocess.Popen[bytes]:
        process = subprocess.Popen([sys.executable, "-m", "tthc_desktop", "--db", str(self.db)], cwd=ROOT,
                                   env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.processes.append(process)
        return process

    def run(self) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "tthc_desktop", "--db", str(self.db)], cwd=ROOT,
                              env=self.env, capture_output=True, timeout=WAIT_S * 2)

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8") if self.log.exists() else ""

    def wait_for(self, text: str, process: subprocess.Popen[bytes], count: int = 1, where: Path | None = None) -> str:
        """Wait until `text` appears `count` times in the log (or in `where`); fail if the process dies first."""
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            content = where.read_text(encoding="utf-8") if where and where.exists() else (
                "" if where else self.log_text())
            if content.count(text) >= count:
                return content
            if process.poll() is not None:
                stderr = process.stderr.read().decode() if process.stderr else ""
                pytest.fail(f"the app stopped ({process.returncode}) before {text!r}:\n{stderr}\n{self.log_text()}")
            time.sleep(0.1)
        pytest.fail(f"{text!r} never appeared:\n{self.log_text()}")

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
            process.wait()
            if process.stderr:
                process.stderr.close()


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    db = tmp_path / "data" / "tthc.sqlite"
    db.parent.mkdir()
    database = Database.open(db)
    Services.for_database(database).demo.create_seed()
    database.close()
    runner = App(tmp_path / "home", db)
    yield runner
    runner.stop_all()


def test_a_second_start_on_the_same_database_brings_the_first_to_the_front(app: App) -> None:
    first = app.start()
    app.wait_for("Window shown on", first)

    second = app.run()

    assert second.returncode == 0, second.stderr.decode()
    log = app.wait_for("asked this window to come to the front", first)
    assert "is already open in another window; asked it to come to the front" in log
    assert log.count("Window shown on") == 1  # the second never opened the file
    assert first.poll() is None


def kill_after_the_window_remembers_its_plan(app: App) -> None:
    first = app.start()
    app.wait_for("Window shown on", first)
    app.wait_for("plan=1", first, where=app.settings)  # the window remembers the plan it shows
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert "ended unexpectedly" not in app.log_text()


def test_after_a_kill_the_next_start_says_the_last_session_ended_unexpectedly(app: App) -> None:
    kill_after_the_window_remembers_its_plan(app)
    second = app.start()
    log = app.wait_for("Told the clerk that the last session", second)
    assert "(process " in log.split("ended unexpectedly")[0].rsplit("The previous session", 1)[1]
    assert f"Window shown on {app.db.resolve()}: plan 1," in log.split("ended unexpectedly", 1)[1]
    assert second.poll() is None  # the notice does not stop the start


def test_after_a_kill_the_window_reopens_the_plan_the_clerk_had_open(app: App) -> None:
    kill_after_the_window_remembers_its_plan(app)
    database = Database.open(app.db)  # meanwhile a newer plan appears: it is first in the list now
    Services.for_database(database).plans.copy_plan(1, 2026)
    database.close()
    second = app.start()
    log = app.wait_for("Told the clerk that the last session", second)
    assert f"Window shown on {app.db.resolve()}: plan 1," in log.split("ended unexpectedly", 1)[1]


def test_a_clean_exit_leaves_no_crash_notice_for_the_next_start(app: App) -> None:
    first = app.start()
    app.wait_for("Window shown on", first)
    first.send_signal(signal.SIGTERM)  # the desktop asking the app to quit when the clerk logs off
    first.wait()
    second = app.start()
    app.wait_for("Window shown on", second, count=2)
    assert "Told the clerk" not in app.log_text()


def test_the_window_is_painted_before_sqlalchemy_or_the_services_are_imported() -> None:
    """`python -m tthc_desktop` shows the main window's frame importing only PySide6 and light modules; the database
    layer, the services and the workspaces come on the next turn of the event loop (app.Start)."""
    code = ("import sys, tthc_desktop.cli, tthc_desktop.app, tthc_desktop.ui.main_window\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in {'sqlalchemy', 'alembic', 'reportlab', "
            "'openpyxl', 'docx'} or m.startswith(('tthc_desktop.db', 'tthc_desktop.services', "
            "'tthc_desktop.ui.plan_editor', 'tthc_desktop.ui.tracker', 'tthc_desktop.ui.report_builder')))\n"
            "assert not heavy, heavy\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=WAIT_S,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr


HEAVY = """
def heavy():
    light = {'tthc_desktop.db', 'tthc_desktop.db.sqlite_file', 'tthc_desktop.services', 'tthc_desktop.services.dto',
             'tthc_desktop.services.first_view'}
    return sorted(m for m in sys.modules if m not in light and (
        m.split('.')[0] in {'sqlalchemy', 'alembic', 'reportlab', 'openpyxl', 'docx', 'babel', 'pdfplumber'}
        or m in {'PySide6.QtNetwork', 'logging.handlers'}
        or m.startswith(('tthc_desktop.db', 'tthc_desktop.services', 'tthc_desktop.documents', 'tthc_desktop.reports',
                         'tthc_desktop.importers', 'tthc_desktop.ui.plan_editor', 'tthc_desktop.ui.tracker',
                         'tthc_desktop.ui.report_builder'))))
"""


def test_the_window_paints_its_data_before_sqlalchemy_or_the_services_are_imported(app: App) -> None:
    """`python -m tthc_desktop` (here: its entry, `cli.main`) paints the frame with the plans and the plan the clerk
    had open, read with plain sqlite3 (the first view); SQLAlchemy, the models, the services and the workspaces come
    after that paint (app.Start), and then the whole window."""
    code = ("import logging, os, sys\n" + HEAVY +
            "from PySide6.QtWidgets import QApplication\n"
            "from tthc_desktop.ui.main_window import MainWindow\n"
            "class Spy(logging.Handler):\n"
            "    def emit(self, record):\n"
            "        if record.getMessage().startswith('First view shown on'):\n"
            "            print('first view:', record.getMessage(), heavy(), flush=True)\n"
            "            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))\n"
            "            window.first_painted.connect(lambda: print('painted:', window.centralWidget().objectName(),\n"
            "                                                       heavy(), flush=True))\n"
            "        elif record.getMessage().startswith('Window shown on'):\n"
            "            print('filled:', 'sqlalchemy' in sys.modules, flush=True)\n"
            "            QApplication.closeAllWindows()\n"
            "app = QApplication(sys.argv[:1])\n"
            "logging.getLogger('tthc_desktop.app').addHandler(Spy())\n"
            "from tthc_desktop.cli import main\n"
            "sys.exit(main(['--db', sys.argv[1]]))\n")
    result = subprocess.run([sys.executable, "-c", code, str(app.db)], cwd=ROOT, capture_output=True, text=True,
                            timeout=WAIT_S * 2, env=app.env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3, result.stdout
    assert lines[0].startswith(f"first view: First view shown on {app.db.resolve()}: plan 1, 1 plans (")
    assert lines[0].endswith(" []")  # nothing heavy when the first view is built…
    assert lines[1:] == ["painted: firstView []",  # …nor when it is painted…
                         "filled: True"]  # …then the services, and the whole window


def test_the_log_says_the_window_was_filled_after_the_start(app: App) -> None:
    first = app.start()
    log = app.wait_for("Window filled in", first)
    assert log.index("starting") < log.index(f"Window shown on {app.db.resolve()}: plan 1,") \
        < log.index("Window filled in") < log.index("database opened in")
