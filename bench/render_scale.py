"""How printing grows with the plan: a plan of 1,000 tasks and one of 5,000, to PDF and to .docx.

    python bench/render_scale.py [--runs 3] [--quick] [--profile]

The plans are made from the demo's tasks, repeated in groups of ten (their real lengths, one to twenty lines),
composed once (plan JSON -> print job) and rendered. Prints the median seconds of each and the ratio 5,000 /
1,000; linear growth gives 5x, the aim is at most 6x (reportlab measuring the whole remaining table at each page
break gave 13x). Nothing here is asserted; it only measures.
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tthc_desktop.documents.compose import compose_plan  # noqa: E402
from tthc_desktop.documents.docx import DocxRenderer  # noqa: E402
from tthc_desktop.documents.model import Issuer, PrintJob  # noqa: E402
from tthc_desktop.documents.pdf import PdfRenderer  # noqa: E402
from tthc_desktop.services.demo import demo_data  # noqa: E402

ISSUER = Issuer("Hành Dũng", "xã")


def plan_of(tasks: int) -> dict[str, Any]:
    """The demo plan with `tasks` tasks: its own tasks over and over, ten to a group."""
    plan = copy.deepcopy(demo_data()["plan"])
    plan["documents"][0]["date"] = {"year": 2025, "month": 3, "day": 3}
    models = [node for group in plan["outline"] for node in _tasks(group)]
    groups = []
    for number in range(tasks):
        if number % 10 == 0:
            groups.append({"kind": "group", "label": str(len(groups) + 1), "text": f"Nhóm nhiệm vụ {len(groups) + 1}",
                           "children": []})
        task = copy.deepcopy(models[number % len(models)])
        task.update(label=str(number + 1), children=[])
        groups[-1]["children"].append(task)
    plan["outline"] = groups
    return plan


def _tasks(node: dict[str, Any]) -> list[dict[str, Any]]:
    found = [node] if node["kind"] == "task" else []
    for child in node.get("children") or []:
        found += _tasks(child)
    return found


def median_time(function: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed_pair(small: Callable[[], object], large: Callable[[], object], runs: int) -> dict[str, list[float]]:
    """Wall and CPU seconds of both, run in turns (small, large, small, …) so that the machine's load at the
    time weighs on both alike."""
    result: dict[str, list[float]] = {"small wall": [], "small cpu": [], "large wall": [], "large cpu": []}
    for _ in range(runs):
        for name, function in (("small", small), ("large", large)):
            wall, cpu = time.perf_counter(), time.process_time()
            function()
            result[f"{name} cpu"].append(time.process_time() - cpu)
            result[f"{name} wall"].append(time.perf_counter() - wall)
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="100 and 500 tasks, one run (the smoke test)")
    parser.add_argument("--data-dir", help="unused: every bench script takes it")
    parser.add_argument("--profile", action="store_true", help="cProfile of the larger PDF")
    arguments = parser.parse_args()
    small, large = (100, 500) if arguments.quick else (1000, 5000)
    runs = 1 if arguments.quick else arguments.runs
    jobs: dict[int, PrintJob] = {}
    for size in (small, large):
        plan = plan_of(size)
        compose = median_time(lambda plan=plan: compose_plan(plan, ISSUER), runs)
        jobs[size] = compose_plan(plan, ISSUER)
        print(f"compose {size:>5} tasks{'':<13} {compose:8.2f} s")
    PdfRenderer().render(jobs[small])  # warm: fonts registered, modules imported
    for name, renderer in (("PDF", PdfRenderer), (".docx", DocxRenderer)):
        output: dict[int, bytes] = {}

        def render(size: int, r: type = renderer, out: dict[int, bytes] = output) -> None:
            out[size] = r().render(jobs[size])

        times = timed_pair(lambda: render(small), lambda: render(large), runs)
        for size, key in ((small, "small"), (large, "large")):
            pages = output[size].count(b"/Type /Page\n") if name == "PDF" else 0
            extra = f"{pages} pages, " if pages else ""
            wall, cpu = statistics.median(times[f"{key} wall"]), statistics.median(times[f"{key} cpu"])
            print(f"{name:<6} {size:>5} tasks{'':<12} {wall:8.2f} s   (CPU {cpu:.2f} s; {extra}"
                  f"{len(output[size]) // 1024} KiB)")
        wall_ratio = statistics.median(times["large wall"]) / statistics.median(times["small wall"])
        cpu_ratio = statistics.median(times["large cpu"]) / statistics.median(times["small cpu"])
        print(f"ratio {name} {large} / {small} tasks{'':<4} {wall_ratio:8.2f} x   (CPU {cpu_ratio:.2f}x; linear: "
              f"{large / small:.0f}x, aim: <= {large / small * 1.2:.0f}x)")
    if arguments.profile:
        profiler = cProfile.Profile()
        profiler.runcall(PdfRenderer().render, jobs[large])
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
