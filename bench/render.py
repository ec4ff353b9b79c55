"""Render the demo decision + plan to PDF and .docx, and compare with LibreOffice converting our .docx to PDF.

    python bench/render.py [--runs 7]

Prints min and median seconds of each, and the ratio of LibreOffice's conversion (what a clerk does today
from Word) to our PDF. Aim: our PDF at least 10x faster. Nothing here is asserted; it only measures.
"""

from __future__ import annotations

import argparse
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


def timed(function: Callable[[], object], runs: int) -> list[float]:
    function()  # warm: fonts registered, modules imported
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def show(name: str, times: list[float]) -> float:
    print(f"{name:<38} min {min(times):7.3f} s   median {statistics.median(times):7.3f} s   ({len(times)} runs)")
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
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
        print(f"ratio LibreOffice / our PDF (with compose): {baseline / (ours_pdf + compose):.1f}x   (aim: >= 10x)")
        database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
