"""Start-up of the main window on ten years of plans and tracking, against a bare PySide6 window, same run.

    python bench/startup.py [--runs 11] [--quick] [--data-dir DIR] [--profile] [--imports] [--root DIR]

Each run starts two fresh processes, alternating which goes first (bench/startup_child.py): a bare QMainWindow, and
the app by its real entry (`tthc_desktop.cli.main(["--db", …])`) on the ten-year database of bench/make_data.py.
Both are timed from before the process is spawned to three lines it prints (offscreen platform; settings, logs,
Python's bytecode cache and the database copy in a temporary home; each process then ends cleanly, so every start
after the warm-up is an ordinary second start: settings saved, the app's backup at start taken again):
- "painted": right after the main window's first paint;
- "ready": right after the window's first paint with its data: the plan list, the selected plan's header and, in
  the Plan editor, its outline (the first view, read with sqlite3 before SQLAlchemy is imported);
- "whole": right after the first paint with the workspaces built on the services (editable). For the bare window
  all three are the same moment.
Prints min and median of each, the ratios app / bare of the medians (aim: below 2x with its data), their CPU time
(steadier on a busy machine) and the peak resident memory of each process (from wait4). One warm-up pair is not
counted.
The children write Python's bytecode into the temporary home (PYTHONPYCACHEPREFIX), as an installed app has its
.pyc files: with PYTHONDONTWRITEBYTECODE set (as on some machines) the app would compile its own modules at every
start, and the bare window has none to compile.
--profile runs the app once more under cProfile (up to "whole") and prints where the time goes.
--imports runs the app once more with `python -X importtime` and lists what is imported before the window has its
data (the "ready" line), the slowest first, with its own and cumulative time.
--root DIR starts the app from another checkout (a before/after comparison with the same bench, machine and load;
an app without a first view is "ready" when its workspaces are built).
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
STAGES = ("painted", "ready", "whole")
WHAT = {"painted": "first paint", "ready": "window with its data", "whole": "workspaces built (editable)"}


def child_env(home: Path, profile: Path | None = None, modules: Path | None = None,
              root: Path = ROOT) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root), "PYTHONPYCACHEPREFIX": str(home / "pycache")})
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(home / variable.lower())
    for variable, value in (("BENCH_PROFILE", profile), ("BENCH_MODULES", modules)):
        env.pop(variable, None)
        if value is not None:
            env[variable] = str(value)
    return env


# Of one process, per stage: seconds from spawn to the line, the same from the child's first line, CPU seconds of
# the process up to it (steadier than wall time on a busy machine); and its peak RSS in MB.
Run = dict[str, tuple[float, float, float]]
LINE = re.compile(r"(painted|ready|whole) \S+ wall ([0-9.]+) ms cpu ([0-9.]+) ms")


def run_once(args: list[str], env: dict[str, str], python: list[str] | None = None) -> tuple[Run, float, str]:
    """One process to its last line; its figures, peak RSS and stderr."""
    start = time.perf_counter()
    process = subprocess.Popen([*(python or [sys.executable]), str(CHILD), *args], cwd=ROOT, env=env, bufsize=0,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    lines: list[tuple[str, float]] = []  # each line with the moment it arrived (read unbuffered, as it comes)
    pending, errors_read = b"", bytearray()
    streams = {process.stdout.fileno(): "out", process.stderr.fileno(): "err"}
    while streams:  # both pipes drained as they come (-X importtime fills stderr), until the child closes them
        ready, _, _ = select.select(list(streams), [], [], TIMEOUT_S)
        if not ready:
            break
        for descriptor in ready:
            chunk = os.read(descriptor, 65536)
            if not chunk:
                del streams[descriptor]
            elif streams[descriptor] == "err":
                errors_read += chunk
            else:
                pending += chunk
                while b"\n" in pending:
                    text, pending = pending.split(b"\n", 1)
                    lines.append((text.decode() + "\n", time.perf_counter() - start))
    errors = errors_read.decode(errors="replace")
    deadline = time.monotonic() + TIMEOUT_S
    while (waited := os.wait4(process.pid, os.WNOHANG))[0] == 0:
        if time.monotonic() > deadline:
            process.kill()
            waited = os.wait4(process.pid, 0)
            break
        time.sleep(0.01)
    _pid, status, usage = waited
    process.returncode = os.waitstatus_to_exitcode(status)
    rest = (pending + process.stdout.read()).decode()
    process.stdout.close()
    process.stderr.close()
    run: Run = {}
    for text, at in lines:
        match = LINE.match(text)
        if match is not None:
            run[match[1]] = (at, float(match[2]) / 1000, float(match[3]) / 1000)
    if process.returncode != 0 or set(run) != set(STAGES):
        raise SystemExit(f"{args[0]} start-up failed (exit {process.returncode}):\n"
                         f"{''.join(text for text, _at in lines)}{rest}\n{errors[-5000:]}")
    return run, usage.ru_maxrss / 1024, errors


def show(name: str, runs: list[tuple[Run, float]]) -> dict[str, tuple[float, float]]:
    """Prints the figures of one kind of process; returns the medians of wall and CPU time of each stage."""
    medians = {}
    for stage in STAGES:
        total = [run[stage][0] for run, _rss in runs]
        inside = [run[stage][1] for run, _rss in runs]
        cpu = [run[stage][2] for run, _rss in runs]
        median = statistics.median(total)
        line(f"{name}: spawn to {WHAT[stage]}",
             f"min {min(total) * 1000:7.1f} ms   median {median * 1000:7.1f} ms   ({len(runs)} runs)")
        line(f"{name}: script start to {WHAT[stage]}", f"median {statistics.median(inside) * 1000:7.1f} ms")
        line(f"{name}: CPU time to {WHAT[stage]}", f"median {statistics.median(cpu) * 1000:7.1f} ms")
        medians[stage] = (median, statistics.median(cpu))
    rss = [rss for _run, rss in runs]
    line(f"{name}: peak RSS", f"median {statistics.median(rss):6.1f} MB   max {max(rss):6.1f} MB")
    return medians


def profile_app(database: Path, home: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "app.prof"
        run_once(["app", str(database)], child_env(home, profile=output))
        print("\nWhere the app's start-up goes (cProfile, cumulative, top 30):")
        stats = pstats.Stats(str(output))
        stats.sort_stats("cumulative").print_stats(30)


IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)$")


def list_imports(database: Path, home: Path, top: int = 40) -> None:
    """What the app imports before its window has its data (python -X importtime), slowest first."""
    with tempfile.TemporaryDirectory() as folder:
        modules_file = Path(folder) / "modules.txt"
        _run, _rss, errors = run_once(["app", str(database)], child_env(home, modules=modules_file),
                                      python=[sys.executable, "-X", "importtime"])
        before = set(modules_file.read_text(encoding="utf-8").split())
    times: dict[str, tuple[int, int, int]] = {}
    for text in errors.splitlines():
        match = IMPORT_LINE.match(text)
        if match and match[4] in before and match[4] not in times:
            times[match[4]] = (int(match[1]), int(match[2]), len(match[3]) // 2)
    ours = sorted(m for m in before if m.split(".")[0] == "tthc_desktop")
    third = sorted({m.split(".")[0] for m in before} - {"tthc_desktop"} - set(sys.stdlib_module_names)
                   - {"__main__", "_distutils_hack", "sitecustomize", "usercustomize"})
    print(f"\nImported before the window has its data: {len(before)} modules; the app's own ({len(ours)}):")
    print("  " + " ".join(m.removeprefix("tthc_desktop.") for m in ours))
    print("third-party packages: " + " ".join(name for name in third if not name.startswith("_")))
    heavy = sorted(times.items(), key=lambda item: -item[1][0])[:top]
    print(f"slowest by their own import time (python -X importtime, µs: own | cumulative; top {top}):")
    for name, (own, cumulative, _depth) in heavy:
        print(f"  {own:7d} | {cumulative:7d}  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--quick", action="store_true", help="tiny database, one run (smoke test)")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--profile", action="store_true", help="profile one more start of the app")
    parser.add_argument("--imports", action="store_true", help="list what is imported before the data is shown")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose app is started")
    args = parser.parse_args(argv)
    runs = 1 if args.quick else args.runs
    database = ensure("ten-years", args.data_dir, args.quick)
    with tempfile.TemporaryDirectory(prefix="tthc-bench-home-") as folder:
        home = Path(folder)
        env = child_env(home, root=args.root.resolve())
        # A copy: the app takes a backup at every start (backups/ beside the file) and writes its session files.
        copy = home / "data" / database.name
        copy.parent.mkdir()
        shutil.copyfile(database, copy)
        database = copy
        line("load average (1 min) before the runs", f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        line("the app's code", str(args.root.resolve()))
        bare_args, app_args = ["bare"], ["app", str(database)]
        run_once(bare_args, env)  # warm-up: the disk cache, Python's bytecode
        run_once(app_args, env)
        bare: list[tuple[Run, float]] = []
        app: list[tuple[Run, float]] = []
        for index in range(runs):
            order = [(bare, bare_args), (app, app_args)]
            for results, child_args in order if index % 2 == 0 else reversed(order):
                run, rss, _errors = run_once(child_args, env)
                results.append((run, rss))
        bare_medians = show("bare PySide6 window", bare)
        app_medians = show("TTHC Desktop (ten-year database)", app)
        for stage, label in (("painted", "ratio app / bare (medians)"),
                             ("ready", "ratio app / bare with its data (medians)"),
                             ("whole", "ratio app / bare, workspaces built (medians)")):
            (app_wall, app_cpu), (bare_wall, bare_cpu) = app_medians[stage], bare_medians[stage]
            aim = "   (aim: below 2x)" if stage == "ready" else ""
            line(label, f"{app_wall / bare_wall:.2f}x   CPU {app_cpu / bare_cpu:.2f}x   ({WHAT[stage]}){aim}")
        line("load average (1 min) after the runs", f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        if args.imports:
            list_imports(database, home)
        if args.profile:
            profile_app(database, home)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
