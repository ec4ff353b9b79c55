"""`tthc-desktop report`: its arguments, a run on a real database file, and the real command once wired."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.unit.documents_helpers import pdftotext
from tthc_desktop import cli
from tthc_desktop.cli_reports import add_report_commands, run_report
from tthc_desktop.services.database import Database
from tthc_desktop.services.demo import DemoService


def parser() -> argparse.ArgumentParser:
    """The report sub-command under a parser like cli.py's, with its global --db."""
    result = argparse.ArgumentParser(prog="tthc-desktop")
    result.add_argument("--db", type=Path)
    add_report_commands(result.add_subparsers(dest="command"))
    return result


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    database = Database.open(path)
    try:
        DemoService(database.session_factory).create_seed()
    finally:
        database.close()
    return path


def test_the_arguments_of_the_report_command(tmp_path: Path) -> None:
    args = parser().parse_args(["report", "--plan", "1", "--period", "2025-Q1", "--out", str(tmp_path / "a.pdf")])
    assert (args.plan, args.period, args.format, args.out) == (1, "2025-Q1", None, tmp_path / "a.pdf")
    with pytest.raises(SystemExit):
        parser().parse_args(["report", "--plan", "1", "--format", "odt", "--out", "a.odt"])


def test_run_report_writes_each_format(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, extra in (("q1.pdf", []), ("q1.docx", []), ("q1-bang", ["--format", "xlsx"])):
        args = parser().parse_args(["--db", str(demo_db), "report", "--plan", "1", "--period", "2025-Q1",
                                    "--out", str(tmp_path / name), *extra])
        assert run_report(args) == 0
        assert str(tmp_path / name) in capsys.readouterr().out
    assert "Kính gửi: UBND huyện Nghĩa Hành" in pdftotext(tmp_path / "q1.pdf")
    assert (tmp_path / "q1.docx").read_bytes()[:2] == b"PK"
    book = openpyxl.load_workbook(io.BytesIO((tmp_path / "q1-bang").read_bytes()))  # no .xlsx: --format said so
    assert book.sheetnames == ["Nhiệm vụ", "Chỉ tiêu", "Biểu 06"]


@pytest.mark.skipif("report" not in cli.COMMANDS, reason="the report command is not wired into cli.py yet")
def test_the_report_command_runs_as_a_process(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao-quy-1.pdf"
    env = {k: v for k, v in os.environ.items() if k != "TTHC_LANG"}
    done = subprocess.run([sys.executable, "-m", "tthc_desktop", "--db", str(demo_db), "report", "--plan", "1",
                           "--period", "2025-Q1", "--out", str(out)], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "BÁO CÁO" in pdftotext(out)
    wrong = subprocess.run([sys.executable, "-m", "tthc_desktop", "--db", str(demo_db), "report", "--plan", "1",
                            "--period", "2025-Q9", "--out", str(tmp_path / "x.pdf")], capture_output=True, text=True,
                           encoding="utf-8", env=env, timeout=120)
    assert wrong.returncode == 1 and "2025-Q9" in wrong.stderr and not (tmp_path / "x.pdf").exists()
