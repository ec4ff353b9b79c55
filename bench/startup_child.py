"""The process bench/startup.py times: a bare PySide6 window, or the app, up to its first paint and up to its data.

    python bench/startup_child.py bare
    python bench/startup_child.py app DATABASE

Both create the QApplication first (the app's start-up reuses an existing one: `QApplication.instance() or …`) and
watch the paints of the main window. Two lines are printed, each with the wall and CPU time from this script's
first line:
- "painted", once the first paint pass of a QMainWindow is over: for the app, its frame (title, menus, "Opening the
  database…"), drawn before the database is opened;
- "ready", once the window has its data and has painted it: the first paint after the app logs "Window shown on …"
  (Session: the plan list filled, the plan selected, the workspaces built). The bare window is ready when painted;
  so is an app that builds everything before it shows the window.
Then the process closes its windows and ends the way a clerk's session ends (the app saves its settings, takes its
session marker and lock away), so the next start is an ordinary one.
The app is started by its real entry, `tthc_desktop.cli.main(["--db", DATABASE])`, the same as
`python -m tthc_desktop --db DATABASE`. Only the standard library and PySide6 are imported here, so the bare window
pays for nothing else.
With BENCH_PROFILE=FILE the run is profiled with cProfile up to "ready" and the statistics written to FILE.
"""

import logging
import os
import sys
import time

START = time.perf_counter()
PROFILE = os.environ.get("BENCH_PROFILE")
if PROFILE:
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: E402


class Filled(logging.Handler):
    """Told when the app's start-up logs that the window is shown with its data."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("Window shown on"):
            self.seen = True


class FirstPaint(QObject):
    """Prints "painted" after the first paint of a main window, "ready" after its first paint with the data, and
    then leaves."""

    def __init__(self, filled: Filled | None) -> None:
        super().__init__()
        self.filled = filled
        self.seen = False  # the first paint met
        self.painted_said = False
        self.ready = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Paint or self.ready:
            return False
        if not self.seen and isinstance(watched, QMainWindow):
            self.seen = True
            QTimer.singleShot(0, lambda: self.painted(watched))
        elif self.painted_said and (self.filled is None or self.filled.seen) and isinstance(watched, QWidget) \
                and isinstance(watched.window(), QMainWindow):
            self.ready = True
            QTimer.singleShot(0, lambda: self.leave(watched.window()))
        return False

    def painted(self, window: QMainWindow) -> None:
        report("painted", window)
        self.painted_said = True
        if self.filled is None or self.filled.seen:  # nothing left to fill: ready with this paint
            self.ready = True
            self.leave(window)

    @staticmethod
    def leave(window: QMainWindow) -> None:
        report("ready", window)
        QApplication.closeAllWindows()  # the last window closed quits the event loop


def report(what: str, window: QMainWindow) -> None:
    wall, cpu = time.perf_counter() - START, time.process_time()
    if PROFILE and what == "ready":
        profiler.disable()
        profiler.dump_stats(PROFILE)
    name = window.objectName() or type(window).__name__
    print(f"{what} {name} wall {wall * 1000:.1f} ms cpu {cpu * 1000:.1f} ms", flush=True)


def main() -> None:
    app = QApplication(sys.argv[:1])
    filled = None if sys.argv[1] == "bare" else Filled()
    if filled is not None:
        logging.getLogger("tthc_desktop.app").addHandler(filled)
    watcher = FirstPaint(filled)
    app.installEventFilter(watcher)
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.setObjectName("bareWindow")
        window.setWindowTitle("bare")
        window.resize(1200, 760)
        window.show()
        app.exec()
    else:
        from tthc_desktop.cli import main as tthc_main

        tthc_main(["--db", sys.argv[2]])
    if not watcher.ready:
        print("exited without painting a main window with its data", flush=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
