"""The process bench/startup.py times: a bare PySide6 window, or the app, stopped at the main window's first paint.

    python bench/startup_child.py bare
    python bench/startup_child.py app DATABASE

Both create the QApplication first (the app's start-up reuses an existing one: `QApplication.instance() or …`) and
watch for the first paint of a QMainWindow; once that paint pass is over the process prints one line, "painted", with
the wall and CPU time from this script's first line, then closes its windows and ends the way a clerk's session
ends (the app saves its settings, takes its session marker and lock away), so the next start is an ordinary one.
The app is started by its real entry, `tthc_desktop.cli.main(["--db", DATABASE])`, the same as
`python -m tthc_desktop --db DATABASE`. Only the standard library and PySide6 are imported here, so the bare window
pays for nothing else.
With BENCH_PROFILE=FILE the run is profiled with cProfile up to the paint and the statistics written to FILE.
"""

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
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class FirstPaint(QObject):
    """Leaves the process right after the first paint of a main window has been drawn."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self.seen = True
            QTimer.singleShot(0, lambda: self.leave(watched))
        return False

    @staticmethod
    def leave(window: QMainWindow) -> None:
        painted, cpu = time.perf_counter() - START, time.process_time()
        if PROFILE:
            profiler.disable()
            profiler.dump_stats(PROFILE)
        name = window.objectName() or type(window).__name__
        print(f"painted {name} wall {painted * 1000:.1f} ms cpu {cpu * 1000:.1f} ms", flush=True)
        QApplication.closeAllWindows()  # the last window closed quits the event loop


def main() -> None:
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint()
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
    if not watcher.seen:
        print("exited without painting a main window", flush=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
