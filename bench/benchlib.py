"""Small helpers shared by the bench scripts: the repository on sys.path, timings, medians, memory.

The scripts only measure and print; nothing here asserts a time.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DEFAULT_DATA_DIR = BENCH / ".data"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def isolate_user_folders() -> Path:
    """Settings and data folders of a temporary home, so a bench never reads or writes the clerk's own."""
    home = Path(tempfile.mkdtemp(prefix="tthc-bench-home-"))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[variable] = str(home / variable.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return home


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def peak_rss_mb() -> float:
    """The process's peak resident memory so far (ru_maxrss is KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    """Resident memory now, from /proc (Linux); the peak where /proc is missing."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return peak_rss_mb()
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def timed(function: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


class Clock:
    """Wall and CPU seconds since it was made. CPU time (every thread of this process) is the steadier figure when
    other jobs share the machine: it does not count the time spent waiting for a CPU."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def read(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def both(figures: tuple[float, float]) -> str:
    """"wall 812.3 ms  (CPU 640.1 ms)" of a (wall, cpu) pair."""
    return f"{figures[0] * 1000:8.1f} ms  (CPU {figures[1] * 1000:7.1f} ms)"


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """`with stopwatch() as t: ...` then t[0] is the seconds taken."""
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append(time.perf_counter() - start)


def summary(times: list[float], cpu: list[float] | None = None) -> str:
    """median, p95 (nearest rank) and max of a list of seconds, in milliseconds; with the CPU times' median."""
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    text = (f"median {statistics.median(ordered) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   "
            f"max {ordered[-1] * 1000:7.1f} ms   ({len(ordered)})")
    if cpu:
        text += f"   CPU median {statistics.median(cpu) * 1000:.1f} ms"
    return text


def line(name: str, value: str) -> None:
    """One figure per line, `name: value`, so the smoke test (and a reader) can find it."""
    print(f"{name:<46} {value}", flush=True)
