"""Render the demo decision + plan to PDF and .docx, and compare with LibreOffice converting our .docx to PDF.

    python bench/render.py [--runs 11] [--root DIR]

In-process: compose, reportlab's PDF and python-docx's .docx, each timed after a warm-up (min and median), against
LibreOffice's conversion of the same .docx (what a clerk does today from Word). Aim: our PDF at least 10x faster.

Whole process, what the clerk's command costs: `python -m tthc_desktop --db FILE render PLAN --out FILE.pdf`
against `libreoffice --headless --convert-to pdf FILE.docx` (the same plan), each a fresh process, alternating
which goes first, medians of --runs (aim: the command at least 3x faster). The command runs with Python's bytecode
cached in a temporary folder (PYTHONPYCACHEPREFIX), as an installed app has its .pyc files; LibreOffice with a
profile of its own, warmed once. `--root DIR` runs the command from another checkout of the app (a before/after
comparison on the same machine and load). Nothing here is asserted; it only measures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tthc_desktop.documents.docx import DocxRenderer  # noqa: E402
from tthc_desktop.documents.pdf import PdfRenderer  # noqa: E402
from tthc_desktop.services.database import Database  # noqa: E402
from tthc_desktop.services.registry import Services  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def timed(function: Callable[[], object], runs: int) -> list[float]:
    function()  # warm: fonts registered, modules imported
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def show(name: str, times: list[float]) -> float:
    print(f"{name:<44} min {min(times):7.3f} s   median {statistics.median(times):7.3f} s   ({len(times)} runs)")
    return statistics.median(times)


def whole_processes(work: Path, database: Path, plan_id: int, office: str, runs: int, root: Path) -> None:
    """The command line's render and LibreOffice's conversion, each a whole process, alternating."""
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONPYCACHEPREFIX=str(work / "pycache"), TTHC_LANG="vi")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    ours = [sys.executable, "-m", "tthc_desktop", "--db", str(database), "render", str(plan_id), "--out",
            str(work / "cli.pdf")]
    theirs = [office, f"-env:UserInstallation=file://{work / 'lo-profile'}", "--headless", "--convert-to", "pdf",
              "--outdir", str(work / "lo-out"), str(work / "demo.docx")]

    def run(command: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env, cwd=work)
        return time.perf_counter() - start

    run(ours), run(theirs)  # warm-up: bytecode written, LibreOffice's profile made, the disk cache
    times: dict[str, list[float]] = {"ours": [], "theirs": []}
    for index in range(runs):
        order = [("ours", ours), ("theirs", theirs)]
        for name, command in order if index % 2 == 0 else reversed(order):
            times[name].append(run(command))
    print(f"\nWhole process, alternating ({runs} runs each; code from {root}):")
    cli = show("tthc-desktop render (PDF)", times["ours"])
    lo = show("LibreOffice .docx -> PDF", times["theirs"])
    print(f"ratio LibreOffice / tthc-desktop render: {lo / cli:.2f}x   (aim: >= 3x)")
    print(f"load average (1 min) after: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose command line is timed")
    args = parser.parse_args()
    runs = args.runs
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        print(f"load average (1 min) before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
        database = Database.open(work / "bench.sqlite")
        services = Services.for_database(database)
        plan_id = services.demo.create_seed().plan_id
        job = services.printing.print_job(plan_id)
        pdf = PdfRenderer().render(job)
        word = DocxRenderer().render(job)
        (work / "demo.docx").write_bytes(word)
        sizes = f"PDF {len(pdf) // 1024} KiB, .docx {len(word) // 1024} KiB"
        print(f"demo decision + plan: {len(job.parts)} parts, {sizes}")
        compose = show("compose (database -> print job)", timed(lambda: services.printing.print_job(plan_id), runs))
        ours_pdf = show("PDF (reportlab)", timed(lambda: PdfRenderer().render(job), runs))
        show(".docx (python-docx)", timed(lambda: DocxRenderer().render(job), runs))
        database.close()
        office = shutil.which("libreoffice") or shutil.which("soffice")
        if office is None:
            print("LibreOffice not installed: no baseline (apt-get install libreoffice-writer-nogui)")
            return 0
        profile = work / "lo-profile"

        def convert() -> None:
            subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                            "--outdir", str(work / "out"), str(work / "demo.docx")], check=True,
                           capture_output=True)

        baseline = show("LibreOffice .docx -> PDF", timed(convert, max(3, runs // 2)))
        print(f"ratio LibreOffice / our PDF (with compose, in-process): {baseline / (ours_pdf + compose):.1f}x   "
              "(aim: >= 10x)")
        whole_processes(work, work / "bench.sqlite", plan_id, office, runs, args.root.resolve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
