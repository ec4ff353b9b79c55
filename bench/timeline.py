"""The Task tracker's timeline and prints over 10,000 tasks: following the list, drawing, printing.

    python bench/timeline.py [--quick] [--data-dir DIR]

On the tracker database of bench/make_data.py (20 issued plans of 500 tasks in 2026), offscreen, the tracker
workspace as the main window builds it, 1366 x 768, judged on DATA_TODAY, "All plans of the year" ticked:
- the timeline's rows rebuilt from the list (TimelineModel.refresh: a bar per task, the groups);
- typing a search key by key with the timeline shown (the list's filter, then the timeline following it, repaint)
  and with the list shown (the hidden timeline only notes the change);
- one paint of the timeline at each zoom;
- the list as shown and the timeline (A4, year) printed to PDF, as the worker thread does it (render + write),
  with the pages written; and for one plan of 500 tasks (what a clerk prints).
Wall time, with the process's CPU time beside it. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import DEFAULT_DATA_DIR, Clock, both, isolate_user_folders, line, peak_rss_mb, summary  # noqa: E402
from make_data import DATA_TODAY, TRACKER_YEAR, ensure  # noqa: E402

isolate_user_folders()

from PySide6.QtWidgets import QApplication  # noqa: E402
from tracker import key_click, settle, timed_step  # noqa: E402

from tthc_desktop.documents.table_pdf import render_table  # noqa: E402
from tthc_desktop.documents.timeline_pdf import render_timeline  # noqa: E402
from tthc_desktop.domain.timeline import SHADES, ZOOMS  # noqa: E402
from tthc_desktop.files import write_atomic  # noqa: E402
from tthc_desktop.services.database import Database  # noqa: E402
from tthc_desktop.services.registry import Services  # noqa: E402
from tthc_desktop.services.tracking import TrackingService  # noqa: E402
from tthc_desktop.ui.tracker.print_view import list_table  # noqa: E402
from tthc_desktop.ui.tracker.timeline_model import SHADE_COLOURS  # noqa: E402
from tthc_desktop.ui.tracker.workspace import TaskTrackerWorkspace  # noqa: E402

SEARCH = "ho so truc tuyen"


def typing(app: QApplication, tracker: TaskTrackerWorkspace, where: str) -> None:
    tracker.search.clear()
    settle(app)
    times = [timed_step(app, lambda c=char: key_click(tracker.search, c)) for char in SEARCH]
    line(f"type “{SEARCH}”, {where} shown", summary([t[0] for t in times], [t[1] for t in times]))
    tracker.search.clear()
    settle(app)


def printing(tracker: TaskTrackerWorkspace, folder: Path, what: str) -> None:
    printer = tracker.printing
    heading, table = printer.list_heading(), list_table(tracker)
    clock = Clock()
    path = write_atomic(folder / "list.pdf", render_table(heading, table, "A4"))
    line(f"print the list, {what} ({len(table.rows)} rows)", f"{both(clock.read())}, "
                                                                f"{path.stat().st_size // 1024} KB")
    tracker.timeline.model.refresh()
    rows, shades = tracker.timeline.model.rows(), {s: SHADE_COLOURS[s].name() for s in SHADES}
    clock = Clock()
    path = write_atomic(folder / "timeline.pdf", render_timeline(
        printer.timeline_heading(), rows, TRACKER_YEAR, DATA_TODAY, "year", "A4", shades, printer.timeline_words()))
    line(f"print the timeline, {what} ({len(rows)} rows, A4, year)", f"{both(clock.read())}, "
                                                                      f"{path.stat().st_size // 1024} KB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny database (smoke test)")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    args = parser.parse_args(argv)
    path = ensure("tracker-10k", args.data_dir, args.quick)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    database = Database.open(path)
    services = dataclasses.replace(Services.for_database(database), tracking=TrackingService(
        database.session_factory, today=lambda: DATA_TODAY))
    tracker = TaskTrackerWorkspace(services, today=lambda: DATA_TODAY)
    tracker.resize(1366, 768)
    tracker.show()
    settle(app)
    plans = services.plans.list_plans(TRACKER_YEAR)
    tracker.set_plan(plans[0])
    folder = Path(tempfile.mkdtemp(prefix="tthc-bench-print-"))
    printing(tracker, folder, "one plan")
    tracker.whole_year.setChecked(True)
    settle(app)
    tracker.pages.setCurrentWidget(tracker.timeline)
    settle(app)
    model = tracker.timeline.model
    line(f"timeline rows from the list ({tracker.model.rowCount()} tasks)",
         f"{both(timed_step(app, model.refresh))} -> {model.rowCount()} rows")
    typing(app, tracker, "the timeline")
    for zoom in ZOOMS:
        tracker.timeline.view.set_zoom(zoom)
        settle(app)
        line(f"paint the timeline ({zoom})", both(timed_step(app, lambda: tracker.timeline.view.viewport().grab())))
    tracker.pages.setCurrentIndex(0)
    settle(app)
    typing(app, tracker, "the list (timeline hidden)")
    line("show the timeline again (it catches up)", both(timed_step(
        app, lambda: tracker.pages.setCurrentWidget(tracker.timeline))))
    printing(tracker, folder, "the year")
    line("peak memory (RSS)", f"{peak_rss_mb():.1f} MB")
    tracker.close()
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
