"""Opening the 1,000-task plan in the Plan editor, and edits with their undo on it.

    python bench/editor.py [--runs 5] [--quick] [--data-dir DIR] [--profile]

On a copy of the ten-year database (bench/make_data.py), offscreen, the editor workspace as the main window builds
it (PlanEditorWorkspace over the services, 1200 x 760):
- open: the service's tree, OutlineModel.load, expandAll, and the time to the view's first paint; the first open
  (cold caches) apart from the median of the next ones;
- edit + undo: a cell edited through the model (setData, what the delegate calls: service, model, labels, undo
  command) and undone from the undo stack; then add a task + undo, move down + undo, delete + undo, and 50 rows
  pasted from a table (the paste dialog's rows and mapping, after the middle task) + undo;
- peak memory of the process.
Each figure is wall time, with the process's CPU time beside it (steadier when other jobs share the machine; it
counts every thread, so the thread pool is drained before each figure and what an open starts there is timed apart).
--profile prints where an open and an edit + undo spend their time (cProfile). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import statistics
import sys
import tempfile
import time
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
from make_data import ensure  # noqa: E402

isolate_user_folders()

from PySide6.QtCore import QEvent, QObject, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget  # noqa: E402

from tthc_desktop.domain.enums import OutlineKind  # noqa: E402
from tthc_desktop.services.database import Database  # noqa: E402
from tthc_desktop.services.dto import PlanSummary  # noqa: E402
from tthc_desktop.services.registry import Services  # noqa: E402
from tthc_desktop.ui.plan_editor.editor import PlanEditorWorkspace  # noqa: E402
from tthc_desktop.ui.plan_editor.outline_model import FIELDS, ItemIdRole  # noqa: E402


class PaintWatch(QObject):
    """Counts paint events of one widget, so the bench can wait for the next one."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def until_painted(app: QApplication, watch: PaintWatch, timeout: float = 60.0) -> None:
    """Run the event loop until the watched widget has painted once more (the delayed layout happens first)."""
    before = watch.paints
    deadline = time.perf_counter() + timeout
    while watch.paints == before:
        if time.perf_counter() > deadline:
            raise SystemExit("the outline view was never painted: is it on a page that is not shown?")
        app.processEvents()


def reveal(widget: QWidget) -> None:
    """Make every page (tab, stacked page) that holds `widget` the current one, so it is on screen."""
    child = widget
    parent = child.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget):
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


Figures = tuple[float, float]  # wall and CPU seconds
# 50 rows as a table copied from Word gives them, mapped as the paste dialog proposes (content, result, units, time).
PASTED = [[f"Nhiệm vụ dán số {n}: rà soát, công khai thủ tục hành chính lĩnh vực {n % 7}", "Báo cáo kết quả",
           "Văn phòng - Thống kê; Tư pháp - Hộ tịch", "Quý II"] for n in range(1, 51)]
MAPPING = ["text", "expected_result", "units", "schedule_text"]


def open_plan(app: QApplication, editor: PlanEditorWorkspace, watch: PaintWatch, plan: PlanSummary,
              services: Services) -> dict[str, Figures]:
    """One open, in the editor's own order (set_plan: tree, load, expandAll, …), then the first paint."""
    editor.set_plan(None)
    until_painted(app, watch)
    drain(app)
    clock = Clock()
    editor.set_plan(plan)  # the real open: the service's tree, the model loaded, every row expanded
    opened = clock.read()
    until_painted(app, watch)
    painted = clock.read()
    background = Clock()
    drain(app)  # what the open started on the thread pool (the live preview's pages), to its end
    after = background.read()
    tree_clock = Clock()
    tree = services.outline.tree(plan.id)  # the service's part of set_plan, on its own
    tree_read = tree_clock.read()
    assert editor.model.rowCount() and tree, "the plan opened empty"
    return {"tree": tree_read, "set_plan": opened, "paint": (painted[0] - opened[0], painted[1] - opened[1]),
            "open": painted, "background": after}


def drain(app: QApplication) -> None:
    """Let work on the thread pool finish and its results arrive, so the next figure is not shared with it."""
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()


def median_pair(pairs: list[Figures]) -> Figures:
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def middle_task(editor: PlanEditorWorkspace) -> int:
    """A task near the middle of the outline (its id), so that edits renumber and repaint a real neighbourhood."""
    model = editor.model
    group = model.index(model.rowCount() // 2, 0)
    while model.rowCount(group):
        group = model.index(model.rowCount(group) // 2, 0, group)
    return int(group.data(ItemIdRole))


def round_trips(app: QApplication, editor: PlanEditorWorkspace, runs: int) -> dict[str, list[Figures]]:
    results: dict[str, list[Figures]] = {name: [] for name in (
        "edit a cell", "undo the edit", "add a task", "undo the add", "move down", "undo the move",
        "delete a task", "undo the delete", "paste 50 rows", "undo the paste")}
    item_id = middle_task(editor)
    column = FIELDS.index("text")

    def step(name: str, action: Callable[[], object]) -> None:
        drain(app)
        clock = Clock()
        action()
        app.processEvents()
        results[name].append(clock.read())

    for run in range(runs):
        index = editor.model.index_of(item_id, column)
        step("edit a cell", lambda i=index, r=run: editor.model.setData(i, f"Nội dung sửa lần {r + 1}"))
        step("undo the edit", editor.undo_stack.undo)
        editor.select(item_id)
        step("add a task", lambda: editor.add_row(OutlineKind.TASK, "Nhiệm vụ mới"))
        step("undo the add", editor.undo_stack.undo)
        editor.select(item_id)
        step("move down", lambda: editor.move_row(1))
        step("undo the move", editor.undo_stack.undo)
        editor.select(item_id)
        step("delete a task", editor.delete_row)
        step("undo the delete", editor.undo_stack.undo)
        editor.select(item_id)
        step("paste 50 rows", lambda: editor.add_pasted(PASTED, MAPPING))
        step("undo the paste", editor.undo_stack.undo)
    assert editor.model.index_of(item_id).isValid(), "undo did not bring the task back"
    return results


def profile(title: str, action: Callable[[], object]) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    action()
    profiler.disable()
    print(f"\n{title} (cProfile, cumulative, top 25):")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="tiny database, one run (smoke test)")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)
    runs = 1 if args.quick else args.runs
    cached = ensure("ten-years", args.data_dir, args.quick)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="tthc-bench-editor-") as folder:
        path = Path(folder) / cached.name  # edits go to a copy: the cached file stays as built
        shutil.copyfile(cached, path)
        database = Database.open(path)
        services = Services.for_database(database)
        plan = max(services.plans.list_plans(), key=lambda p: p.task_count)
        line("plan opened", f"{plan.task_count} tasks, year {plan.year}, {plan.status.value}")
        rss_before = current_rss_mb()
        editor = PlanEditorWorkspace(services)
        editor.resize(1200, 760)
        editor.show()
        reveal(editor.view)
        watch = PaintWatch()
        editor.view.viewport().installEventFilter(watch)
        until_painted(app, watch)

        first = open_plan(app, editor, watch, plan, services)
        line("first open: set_plan (tree, model, expandAll)", both(first["set_plan"]))
        line("first open: to first paint of the view", both(first["paint"]))
        line("first open: total (set_plan + paint)", both(first["open"]))
        line("first open: then background work to its end", both(first["background"]))
        later = [open_plan(app, editor, watch, plan, services) for _ in range(runs)]
        for name, title in (("tree", "service tree"), ("set_plan", "set_plan (tree, model, expandAll)"),
                            ("paint", "to first paint of the view"), ("open", "total (set_plan + paint)"),
                            ("background", "then background work to its end")):
            line(f"open again: {title}", "median " + both(median_pair([r[name] for r in later])))
        line("memory after opening (RSS now)", f"{current_rss_mb():.1f} MB (+{current_rss_mb() - rss_before:.1f})")

        results = round_trips(app, editor, runs)
        for name, pairs in results.items():
            line(name, summary([p[0] for p in pairs], [p[1] for p in pairs]))
        edit = [a + b for a, b in zip(median_pair(results["edit a cell"]), median_pair(results["undo the edit"]),
                                      strict=True)]
        line("edit + undo round trip", both((edit[0], edit[1])))
        for verb, undo in (("add a task", "undo the add"), ("paste 50 rows", "undo the paste")):
            pair = [a + b for a, b in zip(median_pair(results[verb]), median_pair(results[undo]), strict=True)]
            line(f"{verb} + its undo", both((pair[0], pair[1])))
        if args.profile:
            profile("open the plan", lambda: open_plan(app, editor, watch, plan, services))
            profile("edit + undo", lambda: round_trips(app, editor, 1))
        line("peak memory (RSS)", f"{peak_rss_mb():.1f} MB")
        editor.close()
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
