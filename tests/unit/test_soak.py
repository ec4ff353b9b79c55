"""Never lose work: hundreds of random edits through the services in a real process, killed (SIGKILL) at random
moments; after every kill the file is sound and holds every edit that was committed.

The driver (tests/soak_driver.py) journals each edit before ("intent") and after its commit ("done"), synced to
disk. After a kill the one edit in flight may or may not be in the database, but nothing else is allowed.
Seeded: a failure names its seed and replays the same way.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tthc_desktop.services.backup import open_checked
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services

ROOT = Path(__file__).resolve().parents[2]
SEED = 20250611
ROUNDS = 12
MIN_COMMITTED_EDITS = 200

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@dataclass
class Expected:
    """What the database must hold: built only from the journal, never from the database itself."""

    text: dict[int, str] = field(default_factory=dict)
    parent: dict[int, int] = field(default_factory=dict)
    deleted: set[int] = field(default_factory=set)
    progress: dict[int, tuple[int, str]] = field(default_factory=dict)  # progress id → (task, note)
    committed: int = 0
    in_flight: int = 0


def rows(db: Path) -> tuple[dict[int, tuple[int | None, str]], dict[int, tuple[int, str | None]]]:
    connection = sqlite3.connect(db)
    try:
        items = {r[0]: (r[1], r[2]) for r in connection.execute("SELECT id, parent_id, text FROM outline_item")}
        updates = {r[0]: (r[1], r[2]) for r in connection.execute("SELECT id, task_id, note FROM progress_update")}
    finally:
        connection.close()
    return items, updates


def apply_done(expected: Expected, intent: dict, done: dict) -> None:  # type: ignore[type-arg]
    op = intent["op"]
    if op == "text":
        expected.text[intent["id"]] = intent["new"]
    elif op == "insert":
        expected.deleted.discard(done["id"])  # SQLite gives the highest id again once its row is deleted
        expected.text[done["id"]] = intent["new"]
        expected.parent[done["id"]] = intent["parent"]
    elif op == "delete":
        expected.deleted.add(intent["id"])
    elif op == "move":
        expected.parent[intent["id"]] = intent["new"]
    else:
        expected.progress[done["id"]] = (intent["task"], intent["new"])
    expected.committed += 1


def resolve_in_flight(expected: Expected, intent: dict, db: Path) -> None:  # type: ignore[type-arg]
    """The edit the kill interrupted: all of it or none of it, and the model follows what happened."""
    items, updates = rows(db)
    op, seq = intent["op"], intent["seq"]
    if op == "text":
        text = items[intent["id"]][1]
        assert text in (intent["old"], intent["new"]), f"edit {seq}: half a text edit: {text!r}"
        expected.text[intent["id"]] = text
    elif op == "insert":
        found = [i for i, (_parent, text) in items.items() if text == intent["new"]]
        assert len(found) <= 1, f"edit {seq}: inserted twice"
        for item_id in found:
            expected.deleted.discard(item_id)
            expected.text[item_id], expected.parent[item_id] = intent["new"], intent["parent"]
    elif op == "delete":
        if intent["id"] not in items:
            expected.deleted.add(intent["id"])
    elif op == "move":
        parent = items[intent["id"]][0]
        assert parent in (intent["old"], intent["new"]), f"edit {seq}: moved to {parent}"
        expected.parent[intent["id"]] = parent
    else:
        found = [i for i, (_task, note) in updates.items() if note == intent["new"]]
        assert len(found) <= 1, f"edit {seq}: progress recorded twice"
        for progress_id in found:
            expected.progress[progress_id] = (intent["task"], intent["new"])
    expected.in_flight += 1


def read_journal(journal: Path, expected: Expected, db: Path) -> None:
    lines = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines() if line.endswith("}")]
    pending: dict | None = None  # type: ignore[type-arg]
    for record in lines:
        if record["phase"] == "intent":
            assert pending is None, f"edit {pending['seq'] if pending else '?'} has no done line"
            pending = record
        else:
            assert pending is not None and record["seq"] == pending["seq"]
            apply_done(expected, pending, record)
            pending = None
    if pending is not None:
        resolve_in_flight(expected, pending, db)


def assert_sound_and_complete(db: Path, expected: Expected) -> None:
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        connection.execute("PRAGMA foreign_keys = ON")
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
    items, updates = rows(db)
    for item_id in expected.deleted:
        assert item_id not in items, f"row {item_id} was deleted but is back"
    for item_id, text in expected.text.items():
        if item_id not in expected.deleted:
            assert items[item_id][1] == text, f"row {item_id}: {items[item_id][1]!r}, committed {text!r}"
    for item_id, parent in expected.parent.items():
        if item_id not in expected.deleted:
            assert items[item_id][0] == parent, f"row {item_id} under {items[item_id][0]}, committed {parent}"
    for progress_id, entry in expected.progress.items():
        assert updates.get(progress_id) == entry, f"progress {progress_id} lost"


def start_driver(db: Path, journal: Path, seed: int, draft: int, issued: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.soak_driver", str(db), str(journal), str(seed), str(draft), str(issued)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_random_edits_killed_at_random_moments_keep_every_committed_edit(tmp_path: Path) -> None:
    db = tmp_path / "soak.sqlite"
    database = Database.open(db)
    services = Services.for_database(database)
    issued = services.demo.create_seed().plan_id
    draft = services.plans.copy_plan(issued, 2026).id
    database.close()

    rng = random.Random(SEED)
    expected = Expected()
    for round_number in range(ROUNDS):
        journal = tmp_path / f"journal-{round_number}.jsonl"
        driver = start_driver(db, journal, SEED + round_number, draft, issued)
        try:
            assert driver.stdout is not None
            ready = driver.stdout.readline()
            assert ready.strip() == "ready", driver.stderr.read() if driver.stderr else ""
            time.sleep(rng.uniform(0.05, 1.0))  # a random moment: mid-transaction, mid-fsync, between edits
            assert driver.poll() is None, f"round {round_number}: the driver stopped: {driver.stderr.read()}"
            os.kill(driver.pid, signal.SIGKILL)
            driver.wait(timeout=30)
            assert driver.returncode == -signal.SIGKILL
        finally:
            if driver.poll() is None:
                driver.kill()
                driver.wait()
            driver.stdout.close()  # type: ignore[union-attr]
            driver.stderr.close()  # type: ignore[union-attr]
        read_journal(journal, expected, db)
        assert_sound_and_complete(db, expected)  # seed SEED + round_number replays this round

    print(f"soak: {expected.committed} edits committed, {expected.in_flight} interrupted by the kill")
    assert expected.committed >= MIN_COMMITTED_EDITS, f"only {expected.committed} edits in {ROUNDS} rounds"
    database = open_checked(db)  # what the app does at start: opens, migrates if needed, integrity check
    try:
        assert database.check().healthy
    finally:
        database.close()
