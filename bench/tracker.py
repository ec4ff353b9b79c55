"""The Task tracker over 10,000 tasks: loading them, then filtering as the clerk types and picks a status.

    python bench/tracker.py [--quick] [--data-dir DIR] [--profile]

On the tracker database of bench/make_data.py (20 issued plans of 500 tasks in 2026), offscreen, the tracker
workspace as the main window builds it (TaskTrackerWorkspace over the services, 1200 x 760, judged on DATA_TODAY):
- load: one plan selected, then "All plans of the year" ticked (the workspace's reload: tasks judged, the dashboard,
  the figures, the unit list, the filter) and the first paint; the service's parts on their own;
- typing: each search below typed key by key into the search box (key events: textChanged -> the proxy's
  filter -> the summary -> repaint); time per keystroke, with and without Vietnamese diacritics;
- status, unit and "due within" filters picked in their boxes, and a sort on the Task column;
- peak memory of the process.
Each figure is wall time, with the process's CPU time beside it (steadier when other jobs share the machine).
--profile prints where the load and one typed search spend their time (cProfile). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import pstats
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import (  # noqa: E402
    DEFAULT_DATA_DIR,
    Clock,
    both,
    current_rss_mb,
    isolate_user_folders,
    line,
    peak_rss_mb,
    summary,
)
from make_data import DATA_TODAY, TRACKER_YEAR, ensure  # noqa: E402

isolate_user_folders()

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tthc_desktop.services.database import Database  # noqa: E402
from tthc_desktop.services.registry import Services  # noqa: E402
from tthc_desktop.services.tracking import TrackingService  # noqa: E402
from tthc_desktop.ui.tracker.tracker_model import FIELDS  # noqa: E402
from tthc_desktop.ui.tracker.workspace import TaskTrackerWorkspace  # noqa: E402

SEARCHES = ("kiểm soát", "kiem soat", "một cửa", "mot cua", "hồ sơ trực tuyến", "ho so truc tuyen", "TTHC",
            "Văn phòng - Thống kê", "không có gì như thế")


def settle(app: QApplication) -> None:
    """Deliver what the change posted: the view's layout, its update, the paint."""
    app.processEvents()
    app.processEvents()


def timed_step(app: QApplication, action: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of `action` and what it posted (layout, repaint)."""
    clock = Clock()
    action()
    settle(app)
    return clock.read()


def key_click(widget: QWidget, char: str) -> None:
    """A key press and release carrying `char`, as a keyboard with a Vietnamese input method sends it
    (QTest.keyClicks knows ASCII keys only)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def type_search(app: QApplication, tracker: TaskTrackerWorkspace, text: str) -> list[tuple[float, float]]:
    """Clear the box, then type `text` one key at a time; wall and CPU seconds of each keystroke, up to its repaint."""
    tracker.search.clear()
    settle(app)
    tracker.search.setFocus()
    times = [timed_step(app, lambda c=char: key_click(tracker.search, c)) for char in text]
    if tracker.search.text() != text:
        raise SystemExit(f"typing went wrong: {tracker.search.text()!r} instead of {text!r}")
    return times


def load(app: QApplication, services: Services, tracker: TaskTrackerWorkspace) -> None:
    plans = services.plans.list_plans(TRACKER_YEAR)
    first = plans[0]
    line("tasks in the year", f"{sum(p.task_count for p in plans)} in {len(plans)} plans")
    one = timed_step(app, lambda: tracker.set_plan(first))
    line(f"select one plan ({first.task_count} tasks) + paint", both(one))
    rss = current_rss_mb()
    year = timed_step(app, lambda: tracker.whole_year.setChecked(True))
    line(f"all plans of the year ({tracker.model.rowCount()} tasks) + paint", both(year))
    line("memory for the year's tasks (RSS growth)", f"{current_rss_mb() - rss:.1f} MB")
    tracking = services.tracking
    parts = {
        "  of which: TrackingService.tasks(year)": lambda: tracking.tasks(year=first.year, at=DATA_TODAY),
        "  of which: TrackingService.dashboard(plan)": lambda: tracking.dashboard(first.id),
        "  of which: figures page set_plan": lambda: tracker.figures.set_plan(
            first.id, first.year, tracking.judged_period(first.id)),
    }
    for name, action in parts.items():
        line(name, both(timed_step(app, action)))
    tasks = tracking.tasks(year=first.year, at=DATA_TODAY)
    line("  of which: TrackerModel.set_tasks", both(timed_step(app, lambda: tracker.model.set_tasks(tasks))))


def filters(app: QApplication, tracker: TaskTrackerWorkspace) -> None:
    every: list[tuple[float, float]] = []
    for text in SEARCHES:
        times = type_search(app, tracker, text)
        every += times
        line(f"type “{text}”", f"{summary([t[0] for t in times])} -> {tracker.filtered.rowCount()} rows")
    line("every keystroke", summary([t[0] for t in every], [t[1] for t in every]))
    line("clear the search", both(timed_step(app, tracker.search.clear)))
    for index in range(1, tracker.status_box.count()):
        spent = timed_step(app, lambda i=index: tracker.status_box.setCurrentIndex(i))
        line(f"status “{tracker.status_box.currentText()}”", f"{both(spent)} -> {tracker.filtered.rowCount()} rows")
    line("all statuses again", both(timed_step(app, lambda: tracker.status_box.setCurrentIndex(0))))
    spent = timed_step(app, lambda: tracker.unit_box.setCurrentIndex(1))
    line(f"unit “{tracker.unit_box.currentText()}”", f"{both(spent)} -> {tracker.filtered.rowCount()} rows")
    timed_step(app, lambda: tracker.unit_box.setCurrentIndex(0))
    spent = timed_step(app, lambda: tracker.within_check.setChecked(True))
    line("due within 14 days", f"{both(spent)} -> {tracker.filtered.rowCount()} rows")
    timed_step(app, lambda: tracker.within_check.setChecked(False))
    content = FIELDS.index("content")
    line("sort by the Task column", both(timed_step(
        app, lambda: tracker.view.sortByColumn(content, Qt.SortOrder.AscendingOrder))))
    line("sort by days left again", both(timed_step(
        app, lambda: tracker.view.sortByColumn(FIELDS.index("days"), Qt.SortOrder.AscendingOrder))))


def profile(title: str, action: Callable[[], object]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    action()
    profiler.disable()
    print(f"\n{title} (cProfile, cumulative, top 25):")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny database (smoke test)")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    path = ensure("tracker-10k", args.data_dir, args.quick)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    database = Database.open(path)
    factory = database.session_factory
    # The data was tracked up to DATA_TODAY: judge on that day, whatever today is, so the figures compare.
    services = dataclasses.replace(Services.for_database(database),
                                   tracking=TrackingService(factory, today=lambda: DATA_TODAY))
    tracker = TaskTrackerWorkspace(services, today=lambda: DATA_TODAY)
    tracker.resize(1200, 760)
    tracker.show()
    settle(app)
    load(app, services, tracker)
    filters(app, tracker)
    if args.profile:
        def reload_year() -> None:
            tracker.reload()
            settle(app)

        profile("reload of the year's tasks", reload_year)
        profile("typing “ho so truc tuyen”", lambda: type_search(app, tracker, "ho so truc tuyen"))
    line("peak memory (RSS)", f"{peak_rss_mb():.1f} MB")
    tracker.close()
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
