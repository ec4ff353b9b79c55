"""`tthc-desktop check` names every kind of damage in words and exits 1: never "unexpected error", never "healthy".
Each file is damaged as a failing disk, an interrupted copy or another program would leave it; the command runs as a
real process, and reads without changing a byte."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tthc_desktop.services.backup import BackupService
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services

PAGE = 4096


def check(path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TTHC_LANG="en")
    return subprocess.run([sys.executable, "-m", "tthc_desktop", "--lang", "en", "--db", str(path), "check"],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("good") / "tthc.sqlite"
    database = Database.open(path)
    Services.for_database(database).demo.create_demo()
    database.close()
    return path


@pytest.fixture
def copy(good: Path, tmp_path: Path) -> Path:
    """The demo database, with a good backup beside it for the check to name."""
    path = tmp_path / "tthc.sqlite"
    path.write_bytes(good.read_bytes())
    BackupService(path).backup_now()
    return path


def pages_of(path: Path, table: str) -> list[int]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table")
    finally:
        connection.close()


def garbage_over_one_page(path: Path) -> None:
    page = pages_of(path, "outline_item")[-1]
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE:page * PAGE] = random.Random(page).randbytes(PAGE)
    path.write_bytes(bytes(data))


def garbage_over_the_schema_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:PAGE] = random.Random(1).randbytes(PAGE - 100)
    path.write_bytes(bytes(data))


def cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 // PAGE * PAGE])


def header_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def a_few_bytes(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:10])


def word_document(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + random.Random(2).randbytes(6000))


def sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def another_programs_database(path: Path) -> None:
    path.unlink()
    sql(path, "CREATE TABLE contacts (name TEXT)")


def newer_schema(path: Path) -> None:
    sql(path, "UPDATE alembic_version SET version_num = '9999'")


def broken_reference(path: Path) -> None:
    sql(path, "PRAGMA foreign_keys = OFF",
        "UPDATE outline_item SET plan_id = 999 WHERE id = (SELECT MIN(id) FROM outline_item)")


def emptied(path: Path) -> None:
    path.write_bytes(b"")


def deleted(path: Path) -> None:
    path.unlink()


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "garbage over one page": (garbage_over_one_page, "The database is damaged ("),
    "garbage over the schema page": (garbage_over_the_schema_page, "is damaged ("),
    "cut in half": (cut_in_half, "is cut short: it holds"),
    "header only": (header_only, "is cut short"),
    "a few bytes": (a_few_bytes, "is cut short"),
    "a Word document": (word_document, "it is not an SQLite file"),
    "another program's database": (another_programs_database, "not a TTHC Desktop database"),
    "a newer schema": (newer_schema, "newer version of TTHC Desktop (schema 9999)"),
    "a broken reference": (broken_reference, "refer to rows that do not exist"),
    "emptied": (emptied, "empty (0 bytes). It held data before"),
    "deleted": (deleted, "There is no database file at"),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_check_names_the_damage_and_exits_1(copy: Path, kind: str) -> None:
    make, words = DAMAGE[kind]
    make(copy)
    before = hashlib.sha256(copy.read_bytes()).hexdigest() if copy.exists() else None
    result = check(copy)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Unexpected error" not in output and "Traceback" not in output
    assert "healthy" not in result.stdout
    assert words in result.stdout, output
    assert "Newest good backup:" in result.stdout and "tthc-desktop restore" in result.stdout
    after = hashlib.sha256(copy.read_bytes()).hexdigest() if copy.exists() else None
    assert after == before  # the check changed nothing, created nothing


@pytest.fixture
def held_by_another_program(copy: Path) -> Iterator[Path]:
    """Another program holds the file locked (SQLite's exclusive locking mode, in the middle of a write)."""
    holder = sqlite3.connect(copy, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE plan SET year = year")
    yield copy
    holder.execute("ROLLBACK")
    holder.close()


def test_a_locked_file_is_called_locked(held_by_another_program: Path) -> None:
    result = check(held_by_another_program)
    assert result.returncode == 1
    assert "locked by another program" in result.stdout and "Close that program" in result.stdout
    assert "damaged" not in result.stdout and "Unexpected error" not in result.stdout + result.stderr


def test_a_healthy_file_is_healthy_and_an_older_one_is_not_damage(copy: Path, tmp_path: Path) -> None:
    result = check(copy)
    assert result.returncode == 0 and "The database is healthy." in result.stdout
    assert "Newest good backup" not in result.stdout
    from tthc_desktop.db.migrate import _run_alembic

    old = tmp_path / "old" / "tthc.sqlite"
    old.parent.mkdir()
    _run_alembic(old, "0001")
    modified = old.stat().st_mtime_ns
    time.sleep(0.01)
    result = check(old)
    assert result.returncode == 0, result.stdout
    assert "older schema 0001" in result.stdout and "upgrades it" in result.stdout
    assert old.stat().st_mtime_ns == modified and not (old.parent / "backups").exists()  # nothing migrated


def test_a_file_that_may_not_be_read_is_said_so(copy: Path) -> None:
    """Run in a process that obeys permissions (tests/unprivileged.py): root here would read it all the same."""
    from tests.unprivileged import run_cli

    copy.chmod(0o000)
    try:
        result = run_cli("--db", str(copy), "check")
    finally:
        copy.chmod(0o600)
    assert result.returncode == 1
    assert "Cannot read the database file" in result.stdout and "Permission denied" in result.stdout
    assert "Unexpected error" not in result.stdout + result.stderr
