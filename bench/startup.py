"""Start-up of the main window on ten years of plans and tracking, against a bare PySide6 window, same run.

    python bench/startup.py [--runs 11] [--quick] [--data-dir DIR] [--profile]

Each run starts two fresh processes, alternating which goes first (bench/startup_child.py): a bare QMainWindow, and
the app by its real entry (`tthc_desktop.cli.main(["--db", …])`) on the ten-year database of bench/make_data.py.
Both are timed from before the process is spawned to two lines it prints (offscreen platform; settings, logs and
the database copy in a temporary home; each process then ends cleanly, so every start after the warm-up is an
ordinary second start: settings saved, the app's backup at start taken again):
- "painted": right after the main window's first paint. The app paints its frame first (title, menus, "Opening
  the database…", status bar), before SQLAlchemy and the services are imported;
- "ready": right after the window's first paint with its data (plan list, the plan open in the editor; for the bare
  window the same moment as "painted").
Prints min and median of each, the ratios app / bare of the medians for both (aim: below 2x for the first paint),
their CPU time (steadier on a busy machine) and the peak resident memory of each process (from wait4). One
warm-up pair is not counted.
--profile runs the app once more under cProfile (up to "ready") and prints where the time goes.
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import pstats
import re
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import BENCH, DEFAULT_DATA_DIR, ROOT, line  # noqa: E402
from make_data import ensure  # noqa: E402

CHILD = BENCH / "startup_child.py"
TIMEOUT_S = 120


def child_env(home: Path, profile: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(home / variable.lower())
    env.pop("BENCH_PROFILE", None)
    if profile is not None:
        env["BENCH_PROFILE"] = str(profile)
    return env


Run = tuple[float, float, float, float, float, float, float]
LINE = re.compile(r"(painted|ready) \S+ wall ([0-9.]+) ms cpu ([0-9.]+) ms")


def run_once(args: list[str], env: dict[str, str]) -> Run:
    """Of one process: seconds from spawn to its "painted" line, the same from the child's first line, CPU seconds
    of the process up to the paint (steadier than wall time on a busy machine); the same three up to its "ready"
    line; and its peak RSS in MB."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, str(CHILD), *args], cwd=ROOT, env=env, bufsize=0,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    lines: list[tuple[str, float]] = []  # each line with the moment it arrived (read unbuffered, as it comes)
    pending = b""
    while len(lines) < 2:
        ready, _, _ = select.select([process.stdout], [], [], TIMEOUT_S)
        chunk = os.read(process.stdout.fileno(), 4096) if ready else b""
        if not chunk:
            lines += [("", time.perf_counter() - start)] * (2 - len(lines))
            break
        pending += chunk
        while b"\n" in pending and len(lines) < 2:
            text, pending = pending.split(b"\n", 1)
            lines.append((text.decode() + "\n", time.perf_counter() - start))
    deadline = time.monotonic() + TIMEOUT_S
    while (waited := os.wait4(process.pid, os.WNOHANG))[0] == 0:
        if time.monotonic() > deadline:
            process.kill()
            waited = os.wait4(process.pid, 0)
            break
        time.sleep(0.01)
    _pid, status, usage = waited
    process.returncode = os.waitstatus_to_exitcode(status)
    rest, errors = (pending + process.stdout.read()).decode(), process.stderr.read().decode()
    process.stdout.close()
    process.stderr.close()
    painted, ready = (LINE.match(text) for text, _at in lines)
    if process.returncode != 0 or painted is None or ready is None or painted[1] != "painted" \
            or ready[1] != "ready":
        raise SystemExit(f"{args[0]} start-up failed (exit {process.returncode}):\n"
                         f"{''.join(text for text, _at in lines)}{rest}\n{errors}")
    return (lines[0][1], float(painted[2]) / 1000, float(painted[3]) / 1000,
            lines[1][1], float(ready[2]) / 1000, float(ready[3]) / 1000, usage.ru_maxrss / 1024)


def show(name: str, runs: list[Run]) -> tuple[float, float, float, float]:
    """Prints the figures of one kind of process; returns the medians of wall and CPU time to the first paint,
    then to the window with its data."""
    medians: list[float] = []
    for offset, what in ((0, "first paint"), (3, "window with its data")):
        total = [r[offset] for r in runs]
        inside = [r[offset + 1] for r in runs]
        cpu = [r[offset + 2] for r in runs]
        median = statistics.median(total)
        line(f"{name}: spawn to {what}",
             f"min {min(total) * 1000:7.1f} ms   median {median * 1000:7.1f} ms   ({len(runs)} runs)")
        line(f"{name}: script start to {what}", f"median {statistics.median(inside) * 1000:7.1f} ms")
        line(f"{name}: CPU time to {what}", f"median {statistics.median(cpu) * 1000:7.1f} ms")
        medians += [median, statistics.median(cpu)]
    rss = [r[6] for r in runs]
    line(f"{name}: peak RSS", f"median {statistics.median(rss):6.1f} MB   max {max(rss):6.1f} MB")
    return medians[0], medians[1], medians[2], medians[3]


def profile_app(database: Path, home: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "app.prof"
        run_once(["app", str(database)], child_env(home, output))
        print("\nWhere the app's start-up goes (cProfile, cumulative, top 30):")
        stats = pstats.Stats(str(output))
        stats.sort_stats("cumulative").print_stats(30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--quick", action="store_true", help="tiny database, one run (smoke test)")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--profile", action="store_true", help="profile one more start of the app")
    args = parser.parse_args(argv)
    runs = 1 if args.quick else args.runs
    database = ensure("ten-years", args.data_dir, args.quick)
    with tempfile.TemporaryDirectory(prefix="tthc-bench-home-") as folder:
        home = Path(folder)
        env = child_env(home)
        # A copy: the app takes a backup at every start (backups/ beside the file) and writes its session files.
        copy = home / "data" / database.name
        copy.parent.mkdir()
        shutil.copyfile(database, copy)
        database = copy
        bare_args, app_args = ["bare"], ["app", str(database)]
        run_once(bare_args, env)  # warm-up: the disk cache, Python's bytecode
        run_once(app_args, env)
        bare: list[Run] = []
        app: list[Run] = []
        for index in range(runs):
            order = [(bare, bare_args), (app, app_args)]
            for results, child_args in order if index % 2 == 0 else reversed(order):
                results.append(run_once(child_args, env))
        bare_wall, bare_cpu, bare_ready, bare_ready_cpu = show("bare PySide6 window", bare)
        app_wall, app_cpu, app_ready, app_ready_cpu = show("TTHC Desktop (ten-year database)", app)
        line("ratio app / bare (medians)", f"{app_wall / bare_wall:.2f}x   (first paint; aim: below 2x)")
        line("ratio app / bare (CPU time to first paint)", f"{app_cpu / bare_cpu:.2f}x")
        line("ratio app / bare with its data (medians)", f"{app_ready / bare_ready:.2f}x   (window with its data)")
        line("ratio app / bare with its data (CPU time)", f"{app_ready_cpu / bare_ready_cpu:.2f}x")
        line("load average (1 min) after the runs", f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        if args.profile:
            profile_app(database, home)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
