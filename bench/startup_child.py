"""The process bench/startup.py times: a bare PySide6 window, or the app, up to its first paint and up to its data.

    python bench/startup_child.py bare
    python bench/startup_child.py app DATABASE

Both create the QApplication first (the app's start-up reuses an existing one: `QApplication.instance() or …`) and
watch the paints of their main window (that window alone: see `Watcher`). Three lines are printed, each with the
wall and CPU time from this script's first line:
- "painted", once the main window's first paint pass is over: for the app, its frame (title, menus, and either
  the first view or "Opening the database…");
- "ready", once the window has painted its data: the first paint after the app logs "First view shown on …"
  (the plan list, the selected plan's header and outline, read with sqlite3: app.show_first_view) or "Window
  shown on …";
- "whole", once the workspaces are built and painted: the first paint after "Window shown on …" (Session: services
  open, plan list read again, the plan selected in every workspace, editable).
The bare window says all three at its first paint.
Then the process closes its windows and ends the way a clerk's session ends (the app saves its settings, takes its
session marker and lock away), so the next start is an ordinary one.
The app is started by its real entry, `tthc_desktop.cli.main(["--db", DATABASE])`, the same as
`python -m tthc_desktop --db DATABASE`, and imported before PySide6 as there. Only the standard library and PySide6
are imported here, so the bare window pays for nothing else.
With BENCH_PROFILE=FILE the run is profiled with cProfile up to "whole" and the statistics written to FILE; with
BENCH_MODULES=FILE the names of the modules imported by the "ready" line are written to FILE.
"""

import logging
import os
import sys
import time

START = time.perf_counter()
PROFILE = os.environ.get("BENCH_PROFILE")
MODULES = os.environ.get("BENCH_MODULES")  # a file: the modules imported by the "ready" line, one a line
if PROFILE:
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()

if sys.argv[1] == "app":
    # First, as `python -m tthc_desktop` imports it before PySide6 (PySide6 looks through the source of every
    # module imported after it, looking for its `__feature__` switches: the command line's modules do not pay that).
    from tthc_desktop.cli import main as tthc_main

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

FIRST_VIEW, WHOLE = "First view shown on", "Window shown on"


class Watcher(QObject):
    """Prints "painted" after the main window's first paint, "ready" after its first paint with its data (the first
    view or the whole window), "whole" after its first paint with the workspaces built; then leaves.

    It watches the main window alone (and, once filled, its central widget), not every object of the application:
    an application-wide event filter in Python is called for every event of every widget, and would charge the app,
    which has many more widgets than the bare window, for the measuring itself."""

    def __init__(self) -> None:
        super().__init__()
        self.window: QMainWindow | None = None
        self.data = self.whole = False  # the app said it shows the first view / the whole window
        self.said: list[str] = []

    def watch(self, window: QMainWindow) -> None:
        if self.window is None:
            self.window = window
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and "whole" not in self.said:
            data, whole = self.data, self.whole  # as at this paint: the next turn says what it showed
            QTimer.singleShot(0, lambda: self.painted(data, whole))
        return False

    def painted(self, data: bool, whole: bool) -> None:
        assert self.window is not None
        for what, shown in (("painted", True), ("ready", data), ("whole", whole)):
            if shown and what not in self.said:
                self.said.append(what)
                report(what, self.window)
        if "whole" in self.said and not self.window.property("bench_closing"):
            self.window.setProperty("bench_closing", True)
            QApplication.closeAllWindows()  # the last window closed quits the event loop


class Told(logging.Handler):
    """The app's start-up log: hears when the window shows its data."""

    def __init__(self, watcher: Watcher) -> None:
        super().__init__()
        self.watcher = watcher

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith(FIRST_VIEW):
            self.watcher.data = True
        elif message.startswith(WHOLE):
            self.watcher.data = self.watcher.whole = True
            window = self.watcher.window
            if window is not None and window.centralWidget() is not None:
                window.centralWidget().installEventFilter(self.watcher)  # the filled contents' own paints


def report(what: str, window: QMainWindow) -> None:
    wall, cpu = time.perf_counter() - START, time.process_time()
    if MODULES and what == "ready":
        with open(MODULES, "w", encoding="utf-8") as handle:
            handle.write("\n".join(sorted(sys.modules)))
    if PROFILE and what == "whole":
        profiler.disable()
        profiler.dump_stats(PROFILE)
    name = window.objectName() or type(window).__name__
    print(f"{what} {name} wall {wall * 1000:.1f} ms cpu {cpu * 1000:.1f} ms", flush=True)


def main() -> None:
    app = QApplication(sys.argv[:1])
    watcher = Watcher()
    show = QMainWindow.show

    def watched_show(window: QMainWindow) -> None:  # the first main window shown is watched from its first paint
        watcher.watch(window)
        show(window)

    QMainWindow.show = watched_show  # type: ignore[method-assign]
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.setObjectName("bareWindow")
        window.setWindowTitle("bare")
        window.resize(1200, 760)
        watcher.data = watcher.whole = True  # nothing to fill
        window.show()
        app.exec()
    else:
        logging.getLogger("tthc_desktop.app").addHandler(Told(watcher))
        tthc_main(["--db", sys.argv[2]])
    if "whole" not in watcher.said:
        print("exited without painting a main window with its data", flush=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
