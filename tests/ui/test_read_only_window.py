"""The window on a read-only database (file or folder): it opens for reading, says so in the status bar and the title,
an edit says why it cannot be made and changes nothing, no restore is offered onto it and no automatic backup is
taken. The window runs in a process that obeys file permissions (tests/unprivileged.py; root here ignores them)."""

from __future__ import annotations

import hashlib
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unprivileged import run_python
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services


@pytest.fixture(params=["file", "folder"])
def read_only(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, int]]:
    path = tmp_path / "ro" / "tthc.sqlite"
    database = Database.open(path)
    services = Services.for_database(database)
    services.demo.create_seed()  # the fixed 2025 plan (the living demo's plans depend on the clock)
    draft = services.plans.copy_plan(1, 2026).id  # a draft to try an edit on
    database.close()
    target = path if request.param == "file" else path.parent
    mode = stat.S_IMODE(target.stat().st_mode)
    target.chmod(mode & ~0o222)
    yield path, draft
    target.chmod(mode)


def test_the_window_opens_a_read_only_database_for_reading(read_only: tuple[Path, int], tmp_path: Path) -> None:
    path, draft = read_only
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    png = tmp_path / "read-only-window.png"
    result = run_python("-m", "tests.ui.read_only_window", str(path), str(tmp_path / "settings.ini"), str(png),
                        str(draft))
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["opened"] and seen["read_only"] and "read-only" in seen["read_only"]
    assert seen["plans"] == [2026, 2025]  # viewing works
    assert seen["notice"] and seen["notice_tip"] and str(path.parent) in seen["notice_tip"]
    assert seen["title"].endswith("]")
    assert seen["restore_enabled"] is False
    assert seen["added"] is None and not seen["rows_changed"]
    [message] = seen["said"]  # the one box: the refused edit, in words; no recovery dialog
    assert message.startswith("QMessageBox: ") and str(path.parent) in message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not (path.parent / "backups").exists()  # no automatic backup of a file that cannot change
    assert png.stat().st_size > 0
