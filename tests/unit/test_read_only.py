"""A database the clerk may read but not write (a read-only file, folder or drive; a file shared by someone else) is
called read-only, never "damaged or locked": it opens for reading (viewing, printing, exporting), every edit says why
it cannot be made (one rule: `Service._write`), and no backup is restored onto it.

The command line runs in a process that obeys file permissions (tests/unprivileged.py: root here would ignore
them); in this process, `Database.open(read_only=True)` opens the same way."""

from __future__ import annotations

import hashlib
import shutil
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.unprivileged import run_cli
from tthc_desktop import i18n
from tthc_desktop.domain.enums import OrganizationLevel, TaskStatus
from tthc_desktop.errors import ReadOnlyDatabaseError
from tthc_desktop.services.backup import BackupService
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services

IMPORT_TEXT = "KẾ HOẠCH\nKiểm soát thủ tục hành chính năm 2026\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nBảo đảm.\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "ro" / "tthc.sqlite"
    database = Database.open(path)
    services = Services.for_database(database)
    services.demo.create_seed()  # the fixed 2025 plan (the living demo's plans depend on the clock)
    services.plans.copy_plan(1, 2026)  # and a draft to try edits on
    database.close()
    return path


@pytest.fixture(params=["file", "folder"])
def read_only(request: pytest.FixtureRequest, demo_file: Path) -> Iterator[Path]:
    """The demo database with the file, or its folder, made read-only."""
    backup = BackupService(demo_file).backup_now()  # a good backup exists: nothing may be restored onto it
    assert backup.exists()
    target = demo_file if request.param == "file" else demo_file.parent
    mode = stat.S_IMODE(target.stat().st_mode)
    target.chmod(mode & ~0o222)
    yield demo_file
    target.chmod(mode)


def test_check_calls_it_read_only_and_healthy(read_only: Path) -> None:
    before = digest(read_only)
    result = run_cli("--db", str(read_only), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "read-only" in result.stdout and "healthy" in result.stdout
    assert "damaged" not in result.stdout + result.stderr and "locked" not in result.stdout + result.stderr
    assert digest(read_only) == before


def test_viewing_printing_and_exporting_work(read_only: Path, tmp_path: Path) -> None:
    listed = run_cli("--db", str(read_only), "plans")
    assert listed.returncode == 0 and "48/QĐ-UBND" in listed.stdout, listed.stderr
    out = tmp_path / "out" / "plan.pdf"
    out.parent.mkdir()
    printed = run_cli("--db", str(read_only), "render", "1", "--out", str(out))
    assert printed.returncode == 0, printed.stderr
    assert out.read_bytes().startswith(b"%PDF")
    exported = run_cli("--db", str(read_only), "export-json", "2")
    assert exported.returncode == 0 and '"year": 2026' in exported.stdout


def test_edits_say_why_they_cannot_be_made(read_only: Path, tmp_path: Path) -> None:
    before = digest(read_only)
    text = tmp_path / "plan.txt"
    text.write_text(IMPORT_TEXT, encoding="utf-8")
    for command in (["import-text", str(text), "--save"], ["outbox", "send"], ["outbox", "retry", "1"]):
        result = run_cli("--db", str(read_only), *command)
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        assert "can only be read" in result.stderr and "Unexpected" not in result.stderr, (command, result.stderr)
    assert digest(read_only) == before
    assert sorted(p.name for p in read_only.parent.iterdir() if p.name.startswith("tthc.sqlite")) in (
        ["tthc.sqlite"], ["tthc.sqlite", "tthc.sqlite-shm", "tthc.sqlite-wal"])  # SQLite's own, in a writable folder


def test_no_backup_is_restored_onto_it(read_only: Path) -> None:
    before = digest(read_only)
    backup = next((read_only.parent / "backups").iterdir())
    result = run_cli("--db", str(read_only), "restore", str(backup))
    assert result.returncode == 1
    assert "read-only" in result.stderr and "cannot be replaced by a backup" in result.stderr
    assert digest(read_only) == before


# ---------------------------------------------------------------- in this process: opened for reading on purpose


def test_every_kind_of_write_is_refused_by_the_one_write_path(demo_file: Path) -> None:
    before = digest(demo_file)
    i18n.set_language("en")
    database = Database.open(demo_file, read_only=True)
    try:
        assert database.read_only
        services = Services.for_database(database)
        assert [p.year for p in services.plans.list_plans()] == [2026, 2025]  # reading works
        task = next(n.children[0].id for n in services.outline.tree(2))
        writes = [
            lambda: services.outline.update(task, text="Sửa"),
            lambda: services.plans.copy_plan(1, 2027),
            lambda: services.tracking.record_progress(task, TaskStatus.DONE, date(2026, 3, 1)),
            lambda: services.organization.create("Khác", OrganizationLevel.COMMUNE),
            lambda: services.mail.queue(["a@example.gov.vn"], "Thử", "Nội dung"),
            lambda: services.demo.create_demo(),
        ]
        for write in writes:
            with pytest.raises(ReadOnlyDatabaseError, match="can only be read"):
                write()
    finally:
        database.close()
    assert digest(demo_file) == before


def test_a_read_only_copy_can_be_copied_and_opened_for_editing(demo_file: Path, tmp_path: Path) -> None:
    """What the message advises: the copy in a writable folder opens normally."""
    copy = tmp_path / "copy" / "tthc.sqlite"
    copy.parent.mkdir()
    shutil.copyfile(demo_file, copy)
    database = Database.open(copy)
    try:
        assert database.read_only is None
        Services.for_database(database).plans.copy_plan(1, 2027)
    finally:
        database.close()
