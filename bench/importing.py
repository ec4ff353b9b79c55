"""The importers and the deadline parser on the clerk's documents and on pathological input.

    python bench/importing.py [--quick] [--runs 5]

Prints, for each document of the test corpus (tests/data/plans, as text and as Word) and the three seeds, the
median time to import it; the deadline parser on every schedule cell of the corpus, and on 40 KB cells built to
be slow (the parser reads only the first 4,000 characters; its rules are linear). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, line, summary, timed  # noqa: E402

from tthc_desktop.domain.schedule import parse_schedule  # noqa: E402
from tthc_desktop.importers import import_docx, import_text  # noqa: E402

PLANS = ROOT / "tests" / "data" / "plans"
SEEDS = ROOT.parent / "shared" / "seeds"
CELLS = {
    "'Quý I; ' x 7,000 (49 KB)": "Quý I; " * 7_000,
    "'tháng 4 - ' x 5,000 (50 KB)": "tháng 4 - " * 5_000,
    "'hằng ' x 9,000 (45 KB)": "hằng " * 9_000,
    "'1/2/' x 10,000 (40 KB)": "1/2/" * 10_000,
    "brackets 40 KB": "(" * 20_000 + ")" * 20_000,
    "words 45 KB": "Xây dựng kế hoạch " * 2_500,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one run of a few documents (the smoke test)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, help="unused: the corpus is in the repository")
    args = parser.parse_args()
    runs = 1 if args.quick else args.runs
    documents = sorted(PLANS.glob("*.txt")) + sorted(PLANS.glob("*.docx"))
    if SEEDS.exists():
        documents += sorted(SEEDS.glob("*.txt"))
    if args.quick:
        documents = documents[:2] + [d for d in documents if d.suffix == ".docx"][:1]
    schedules: list[str] = []
    for path in documents:
        def run(path: Path = path) -> object:
            return import_docx(path) if path.suffix == ".docx" else import_text(path.read_text(encoding="utf-8"))

        times = []
        for _ in range(runs):
            seconds, result = timed(run)
            times.append(seconds)
        schedules += [t["schedule_text"] for t in _tasks(result.plan["outline"]) if t.get("schedule_text")]
        line(f"import {path.parent.name}/{path.name}", summary(times))
    year = 2026
    times = []
    for _ in range(runs):
        seconds, _result = timed(lambda: [parse_schedule(text, year) for text in schedules])
        times.append(seconds / max(1, len(schedules)))
    line(f"schedule, one cell of the corpus ({len(schedules)})", f"{statistics.median(times) * 1000:8.3f} ms")
    for name, cell in CELLS.items():
        cell_times = [timed(lambda cell=cell: parse_schedule(cell, year))[0] for _ in range(runs)]
        line(f"schedule, {name}", summary(cell_times))


def _tasks(nodes: list[dict]) -> list[dict]:  # type: ignore[type-arg]
    out = []
    for node in nodes:
        if node["kind"] == "task":
            out.append(node)
        out += _tasks(node["children"])
    return out


if __name__ == "__main__":
    main()
