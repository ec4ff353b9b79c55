"""`tthc-desktop backup` and `tthc-desktop restore`: as wired into the command, and as real processes once
cli.py adds them."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tthc_desktop import cli, i18n
from tthc_desktop.cli_backup import COMMANDS, add_backup_commands, run_backup
from tthc_desktop.errors import DatabaseError
from tthc_desktop.services.backup import problem_with
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tthc-desktop")
    parser.add_argument("--db", type=Path)
    add_backup_commands(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "tthc.sqlite"
    database = Database.open(path)
    Services.for_database(database).demo.create_seed()
    database.close()
    return path


def test_backup_then_restore(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    i18n.set_language("en")
    target = tmp_path / "stick" / "copy.sqlite"
    assert run_backup(parse("--db", str(demo_db), "backup", "--to", str(target))) == 0
    assert capsys.readouterr().out == f"Backup written: {target.resolve()}\n"
    assert problem_with(target) is None

    assert run_backup(parse("--db", str(demo_db), "restore", str(target))) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Restored {demo_db.resolve()} from {target.resolve()}."
    assert out[1].startswith("The database that was replaced is kept at ") and "-replaced.sqlite" in out[1]


def test_restore_of_a_bad_file_is_an_error_in_words(demo_db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello", encoding="utf-8")
    before = demo_db.read_bytes()
    with pytest.raises(DatabaseError):
        run_backup(parse("--db", str(demo_db), "restore", str(bad)))
    assert demo_db.read_bytes() == before


@pytest.mark.skipif(not set(COMMANDS) <= set(cli.COMMANDS), reason="cli.py does not route backup/restore yet")
def test_the_command_line_backs_up_and_refuses_a_bad_restore(demo_db: Path, tmp_path: Path) -> None:
    env = dict(os.environ, TTHC_LANG="en")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "tthc_desktop", "--db", str(demo_db), *args],
                              capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)

    done = run("backup")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Backup written: ") and "-manual.sqlite" in done.stdout
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello", encoding="utf-8")
    refused = run("restore", str(bad))
    assert refused.returncode == 1
    assert refused.stderr.startswith("Error: The file bad.sqlite is not a database.")
    assert "Traceback" not in refused.stderr
