"""The bench scripts still run: each one as a real process, on tiny data (--quick), printing its figures.

Speed is not judged here (see bench/README.md for the figures); only that every script finishes and says what it
measured, so a change in the app that breaks a benchmark is seen by the test suite.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
FIGURE = r"\s+[0-9]+(\.[0-9]+)?"


def run(script: str, data_dir: Path, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, str(BENCH / script), "--quick", "--data-dir", str(data_dir), *args],
                            cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert result.returncode == 0, f"{script} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def figure_line(output: str, name: str, unit: str = "ms") -> re.Match[str]:
    """The line that reports `name`, with a number and its unit."""
    match = re.search(rf"^{re.escape(name)}.*?(?P<value>[0-9]+(?:\.[0-9]+)?)\s*{unit}", output, re.MULTILINE)
    assert match is not None, f"no “{name}” figure in:\n{output}"
    return match


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bench-data")


@pytest.fixture(scope="module")
def made(data_dir: Path) -> str:
    return run("make_data.py", data_dir)


def test_make_data_builds_both_databases_through_the_services_and_caches_them(made: str, data_dir: Path) -> None:
    figure_line(made, "ten-years database built", "s")
    figure_line(made, "tracker-10k database built", "s")
    files = sorted(p.name for p in data_dir.glob("*.sqlite"))
    assert len(files) == 2 and all("quick" in name for name in files)
    ten_years = next(data_dir.glob("ten-years-*.sqlite"))
    with sqlite3.connect(ten_years) as connection:
        years = [row[0] for row in connection.execute("SELECT DISTINCT year FROM plan ORDER BY year")]
        updates = connection.execute("SELECT COUNT(*) FROM progress_update").fetchone()[0]
        dossier_rows = connection.execute("SELECT COUNT(*) FROM dossier_stats").fetchone()[0]
    assert years == [2025, 2026] and updates > 0 and dossier_rows > 0
    again = run("make_data.py", data_dir)
    assert "(cached)" in again and "built" not in again


def test_startup_times_the_app_against_a_bare_window(made: str, data_dir: Path) -> None:
    output = run("startup.py", data_dir)
    figure_line(output, "bare PySide6 window: spawn to first paint")
    figure_line(output, "TTHC Desktop (ten-year database): spawn to first paint")
    figure_line(output, "TTHC Desktop (ten-year database): peak RSS", "MB")
    assert re.search(rf"^ratio app / bare \(medians\){FIGURE}x", output, re.MULTILINE), output
    figure_line(output, "TTHC Desktop (ten-year database): spawn to window with its data")
    assert re.search(rf"^ratio app / bare with its data \(medians\){FIGURE}x", output, re.MULTILINE), output
    figure_line(output, "TTHC Desktop (ten-year database): spawn to workspaces built (editable)")
    assert re.search(rf"^ratio app / bare, workspaces built \(medians\){FIGURE}x", output, re.MULTILINE), output


def test_editor_opens_the_biggest_plan_and_undoes_edits(made: str, data_dir: Path) -> None:
    output = run("editor.py", data_dir)
    assert re.search(r"^plan opened\s+60 tasks", output, re.MULTILINE), output
    figure_line(output, "first open: total (set_plan + paint)")
    figure_line(output, "edit + undo round trip")
    figure_line(output, "undo the delete")
    figure_line(output, "paste 50 rows + its undo")
    figure_line(output, "add a task + its undo")
    figure_line(output, "peak memory (RSS)", "MB")


def test_tracker_filters_as_the_clerk_types(made: str, data_dir: Path) -> None:
    output = run("tracker.py", data_dir)
    assert re.search(r"^tasks in the year\s+300 in 3 plans", output, re.MULTILINE), output
    figure_line(output, "all plans of the year (300 tasks) + paint")
    figure_line(output, "every keystroke")
    # The same search with and without diacritics finds the same rows.
    found = dict(re.findall(r"^type “(.+?)”.*-> ([0-9]+) rows", output, re.MULTILINE))
    assert found["kiểm soát"] == found["kiem soat"] and int(found["kiểm soát"]) > 0
    assert found["không có gì như thế"] == "0"
    figure_line(output, "peak memory (RSS)", "MB")


def test_render_scale_times_printing_a_small_and_a_large_plan(data_dir: Path) -> None:
    output = run("render_scale.py", data_dir)
    figure_line(output, "PDF      100 tasks", "s")
    figure_line(output, "PDF      500 tasks", "s")
    figure_line(output, ".docx    500 tasks", "s")
    assert re.search(rf"^ratio PDF 500 / 100 tasks{FIGURE}\s*x", output, re.MULTILINE), output
    assert re.search(rf"^ratio \.docx 500 / 100 tasks{FIGURE}\s*x", output, re.MULTILINE), output


def test_chasing_times_dues_slips_and_the_calendar(made: str, data_dir: Path) -> None:
    output = run("chasing.py", data_dir)
    figure_line(output, "dues of one plan")
    figure_line(output, "dues of the year (300 tasks in 3 plans)")
    figure_line(output, "slips rendered to PDF")
    figure_line(output, "calendar of one plan, again (0 changed)")
    figure_line(output, "peak memory (RSS)", "MB")


def test_timeline_times_following_the_list_drawing_and_printing(made: str, data_dir: Path) -> None:
    output = run("timeline.py", data_dir)
    figure_line(output, "timeline rows from the list (300 tasks)")
    figure_line(output, "type “ho so truc tuyen”, the timeline shown")
    figure_line(output, "paint the timeline (month)")
    figure_line(output, "print the list, the year (300 rows)")
    figure_line(output, "print the timeline, the year")
    figure_line(output, "peak memory (RSS)", "MB")


def test_importing_times_the_corpus_and_pathological_deadline_cells(data_dir: Path) -> None:
    output = run("importing.py", data_dir)
    figure_line(output, "import plans/01_ward_hoa_khanh.txt")
    figure_line(output, "schedule, one cell of the corpus")
    figure_line(output, "schedule, 'Quý I; ' x 7,000 (49 KB)")
