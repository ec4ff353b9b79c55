"""An edit made in the Plan editor is on disk the moment it is made: the app, in a real process, edits a cell and
adds a task, and is killed with SIGKILL right after (no close, no exit handler, as in a crash); the file then
holds both and is sound."""

from __future__ import annotations

import os
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ui.test_app_process import ROOT, WAIT_S, App
from tthc_desktop.services.database import Database
from tthc_desktop.services.dto import OutlineNode
from tthc_desktop.services.registry import Services

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="kill -9 and XDG folders are POSIX")

CELL_TEXT = "Xây dựng, ban hành văn bản kiểm soát TTHC năm 2026 — sửa ngay trước khi máy tắt."
TASK_TEXT = "Nhiệm vụ thêm ngay trước khi máy tắt"


def first_line(process: subprocess.Popen[bytes], stderr: Path) -> str:
    """The first line the process writes on stdout; fail if it ends, or says nothing for WAIT_S, before."""
    assert process.stdout is not None
    received = b""
    deadline = time.monotonic() + WAIT_S
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while b"\n" not in received:
            left = deadline - time.monotonic()
            if left <= 0:
                pytest.fail(f"no line from the app in {WAIT_S} s:\n{stderr.read_text(errors='replace')}")
            if selector.select(timeout=left):
                chunk = os.read(process.stdout.fileno(), 4096)
                if not chunk:
                    process.wait()
                    pytest.fail(f"the app stopped ({process.returncode}) before editing:\n"
                                f"{stderr.read_text(errors='replace')}")
                received += chunk
    return received.split(b"\n", 1)[0].decode()


def all_ids(tree: list[OutlineNode] | tuple[OutlineNode, ...]) -> set[int]:
    return {node.id for node in tree} | {i for node in tree for i in all_ids(node.children)}


def test_an_edit_survives_a_kill_right_after_it(tmp_path: Path) -> None:
    db = tmp_path / "data" / "tthc.sqlite"
    db.parent.mkdir()
    database = Database.open(db)
    services = Services.for_database(database)
    services.demo.create_seed()
    draft = services.plans.copy_plan(1, 2026)
    first_task = services.outline.tree(draft.id)[0].children[0]
    ids_before = all_ids(services.outline.tree(draft.id))
    database.close()
    assert first_task.text != CELL_TEXT

    app = App(tmp_path / "home", db)  # the app's environment: offscreen, XDG folders of its own
    stderr = tmp_path / "child-stderr.txt"
    with stderr.open("wb") as errors:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.edit_then_wait", str(db), str(tmp_path / "settings.ini"), CELL_TEXT,
             TASK_TEXT], cwd=ROOT, env=app.env, stdout=subprocess.PIPE, stderr=errors)
    app.processes.append(child)
    try:
        line = first_line(child, stderr)
        child.send_signal(signal.SIGKILL)  # right after the edit: nothing else runs in the app
        child.wait()
    finally:
        app.stop_all()
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL, stderr.read_text(errors="replace")
    words = line.split()
    assert words[0::2] == ["edited", "added", "plan"], line
    edited, added, plan_id = (int(w) for w in words[1::2])
    assert (edited, plan_id) == (first_task.id, draft.id) and added not in ids_before

    database = Database.open(db)
    try:
        tree = Services.for_database(database).outline.tree(plan_id)
        group_a = tree[0]
        assert group_a.children[0].id == edited and group_a.children[0].text == CELL_TEXT
        assert (group_a.children[1].id, group_a.children[1].text) == (added, TASK_TEXT)  # right after it
        assert [c.label for c in group_a.children] == ["1", "2", "3"]
    finally:
        database.close()
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()


SECTION_TEXT = "Đề nghị tỉnh hỗ trợ kinh phí số hóa hồ sơ — gõ ngay trước khi máy tắt."


def test_figures_and_report_text_typed_survive_a_kill_with_nothing_saved_by_hand(tmp_path: Path) -> None:
    """No Save button: an indicator's figures and a Biểu 06 row typed in the tracker, and a report section typed in
    the Report builder with its editor still open, are in the file when the app is killed right after."""
    db = tmp_path / "data" / "tthc.sqlite"
    db.parent.mkdir()
    database = Database.open(db)
    services = Services.for_database(database)
    services.demo.create_seed()
    draft = services.plans.copy_plan(1, 2026)
    period = "2026-Q1"
    database.close()

    app = App(tmp_path / "home", db)
    stderr = tmp_path / "child-stderr.txt"
    with stderr.open("wb") as errors:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.type_then_wait", str(db), str(tmp_path / "settings.ini"), period,
             SECTION_TEXT], cwd=ROOT, env=app.env, stdout=subprocess.PIPE, stderr=errors)
    app.processes.append(child)
    try:
        line = first_line(child, stderr)
        child.send_signal(signal.SIGKILL)
        child.wait()
    finally:
        app.stop_all()
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL, stderr.read_text(errors="replace")
    words = line.split()  # "typed report 3 indicator 21"
    assert words[0] == "typed" and words[1::2] == ["report", "indicator"], line
    report_id, indicator_id = int(words[2]), int(words[4])

    database = Database.open(db)
    try:
        services = Services.for_database(database)
        figures = next(r for r in services.tracking.indicator_results(draft.id, period)
                       if r.indicator_id == indicator_id)
        assert (figures.numerator, figures.denominator) == (85, 100)
        rows = services.tracking.dossier_table(period).rows
        assert [(r.field, r.received_online) for r in rows] == [("Hộ tịch", 12)]
        section = next(s for s in services.reports.report(report_id).sections if s.key == "proposals")
        assert section.text == SECTION_TEXT and section.edited
    finally:
        database.close()
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()
