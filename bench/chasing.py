"""Chasing the units over the tracker database: what each unit owes, reminder slips, the .ics calendar.

    python bench/chasing.py [--quick] [--data-dir DIR]

On the tracker database of bench/make_data.py (20 issued plans of 500 tasks in 2026, tracked to DATA_TODAY):
- dues: what every unit owes for one plan (500 tasks) and for every plan of the year (10,000), judged on
  DATA_TODAY (the one read of judged tasks, then the units' lists);
- slips: every owing unit's slip of one plan composed and rendered to PDF and to Word (one part per unit);
- calendar: one plan's deadlines written to .ics the first time (every event new) and again (nothing changed),
  and the year's.
Each figure is wall time with the process's CPU time beside it. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import DEFAULT_DATA_DIR, Clock, both, isolate_user_folders, line, peak_rss_mb  # noqa: E402
from make_data import DATA_TODAY, TRACKER_YEAR, ensure  # noqa: E402

isolate_user_folders()

from tthc_desktop.services.database import Database  # noqa: E402
from tthc_desktop.services.registry import Services  # noqa: E402


def timed(action):  # noqa: ANN001, ANN201
    clock = Clock()
    result = action()
    return clock.read(), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny database (smoke test)")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    args = parser.parse_args(argv)
    path = ensure("tracker-10k", args.data_dir, args.quick)
    database = Database.open(path)
    try:
        services = Services.for_database(database)
        plans = [p for p in services.plans.list_plans() if p.year == TRACKER_YEAR]
        plan = plans[0]
        figures, dues = timed(lambda: services.chasing.dues(plan_id=plan.id, at=DATA_TODAY))
        tasks = sum(u.total for u in dues.units if u.unit_id is not None)
        line(f"dues of one plan ({plan.task_count} tasks)", both(figures))
        owing = [u for u in dues.units if u.unit_id is not None and u.owes]
        line("units owing something in that plan", f"{len(owing)} of {len(dues.units)} ({tasks} led)")
        figures, year = timed(lambda: services.chasing.dues(year=TRACKER_YEAR, at=DATA_TODAY))
        total = sum(p.task_count for p in plans)
        line(f"dues of the year ({total} tasks in {len(plans)} plans)", both(figures))
        late = len({o.task.task_id for u in year.units for o in u.late})
        line("late tasks in the year", f"{late}")
        if owing:
            slips = services.slips
            figures, made = timed(lambda: slips.slips(plan.id, at=DATA_TODAY))
            line(f"slips composed ({len(made)} units)", both(figures))
            facts = [f for _unit, f in made]
            figures, pdf = timed(lambda: slips.render(facts, "pdf"))
            line("slips rendered to PDF", f"{both(figures)}  {len(pdf) / 1024:.0f} KB")
            figures, word = timed(lambda: slips.render(facts, "docx"))
            line("slips rendered to Word", f"{both(figures)}  {len(word) / 1024:.0f} KB")
        with tempfile.TemporaryDirectory() as folder:
            calendar = services.calendar
            figures, first = timed(lambda: calendar.export(Path(folder) / "1.ics", plan_id=plan.id, at=DATA_TODAY))
            line(f"calendar of one plan, first export ({first.events} events)", both(figures))
            figures, again = timed(lambda: calendar.export(Path(folder) / "2.ics", plan_id=plan.id, at=DATA_TODAY))
            line(f"calendar of one plan, again ({again.changed} changed)", both(figures))
            figures, whole = timed(lambda: calendar.export(Path(folder) / "3.ics", year=TRACKER_YEAR, at=DATA_TODAY))
            size = (Path(folder) / "3.ics").stat().st_size / 1024
            line(f"calendar of the year ({whole.events} events)", f"{both(figures)}  {size:.0f} KB")
        line("peak memory (RSS)", f"{peak_rss_mb():.0f} MB")
    finally:
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
