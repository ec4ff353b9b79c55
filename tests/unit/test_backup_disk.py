"""A full disk or a read-only folder: said in plain words, and nothing half-written left behind.

A real small disk (tmpfs) is mounted when the tests run as root (they do in CI containers, where chmod alone
cannot make a folder read-only); as another user a chmod'ed folder plays the read-only drive.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tthc_desktop import i18n
from tthc_desktop.errors import TthcError
from tthc_desktop.files import write_atomic
from tthc_desktop.services.backup import BackupService
from tthc_desktop.services.registry import Services


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("vi")


def _mount(target: Path, options: str) -> bool:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
                          capture_output=True).returncode == 0


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 128 KB disk: smaller than the demo database."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    if not _mount(folder, "size=128k"):
        pytest.skip("mounting a small tmpfs needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder that cannot be written, holding one file `existing.txt`."""
    folder = tmp_path / "readonly"
    folder.mkdir()
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        if not _mount(folder, "size=128k"):
            pytest.skip("as root, only a read-only mount makes a folder read-only")
        (folder / "existing.txt").write_bytes(b"old")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        try:
            yield folder
        finally:
            subprocess.run(["umount", str(folder)], check=True)
    else:
        (folder / "existing.txt").write_bytes(b"old")
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)


def test_a_backup_to_a_full_disk_says_so_and_leaves_no_file(services: Services, demo_plan_id: int,
                                                            tiny_disk: Path) -> None:
    with pytest.raises(TthcError, match="the disk is full") as caught:
        BackupService(services.database).backup_now(to=tiny_disk)
    assert "Free some space" in str(caught.value)
    assert list(tiny_disk.iterdir()) == []


def test_write_atomic_on_a_full_disk_keeps_the_old_file(tiny_disk: Path) -> None:
    target = tiny_disk / "report.pdf"
    target.write_bytes(b"old report")
    with pytest.raises(TthcError, match="the disk is full"):
        write_atomic(target, b"x" * 1024 * 1024)
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tiny_disk.iterdir()] == ["report.pdf"]


def test_a_backup_to_a_read_only_folder_says_so(services: Services, demo_plan_id: int,
                                                read_only_folder: Path) -> None:
    with pytest.raises(TthcError, match="read-only") as caught:
        BackupService(services.database).backup_now(to=read_only_folder)
    assert "Traceback" not in str(caught.value)
    assert [p.name for p in read_only_folder.iterdir()] == ["existing.txt"]


def test_write_atomic_in_a_read_only_folder_says_so(read_only_folder: Path) -> None:
    with pytest.raises(TthcError, match="read-only"):
        write_atomic(read_only_folder / "existing.txt", b"new")
    assert (read_only_folder / "existing.txt").read_bytes() == b"old"
    assert [p.name for p in read_only_folder.iterdir()] == ["existing.txt"]


def test_a_backup_where_a_file_stands_in_for_the_folder_is_refused_in_words(services: Services,
                                                                            demo_plan_id: int,
                                                                            tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(TthcError, match=r"^Cannot write .*Nothing was changed\.$"):
        BackupService(services.database).backup_now(to=blocker / "backups" / "copy.sqlite")
    assert blocker.read_text(encoding="utf-8") == "x"
