"""Never lose work: random writes of every kind through the services in real processes, killed (SIGKILL) at random
moments more than a hundred times; after every kill the file is sound and holds every write that was committed.

The writers (tests/soak_driver.py) journal each write before ("intent": which keys it sets, from what to what) and
after its commit ("done"), synced to disk. After a kill the one write in flight is in the database whole or not at
all; every other is there. What the database must hold is built only from the journals, and read back with plain SQL.
Seeded: a failure names its seed, and the seed replays the same writes.
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
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.soak_driver import KINDS, find, probe
from tthc_desktop.services.backup import open_checked
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services

ROOT = Path(__file__).resolve().parents[2]
SEED = 20250611
KILLS = 110
MIN_WRITES_PER_KIND = 10
WAIT_S = 60  # for a line from the writers; no assertion is about speed

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")

Key = tuple[Any, ...]


def key_of(raw: list[Any]) -> Key:
    return tuple(key_of(part) if isinstance(part, list) else part for part in raw)


@dataclass
class Expected:
    """What the database must hold, by key: built only from the journals, never from the database itself."""

    values: dict[Key, Any] = field(default_factory=dict)
    committed: Counter[str] = field(default_factory=Counter)
    in_flight: int = 0

    def set(self, key: Key, value: Any) -> None:
        if key[0] == "item_exists" and value is False:  # a deleted row: nothing more is expected of it
            for other in ("item_text", "item_parent"):
                self.values.pop((other, key[1]), None)
        self.values[key] = value

    def created(self, create: dict[str, Any], new_id: int) -> None:
        for raw_key, value in create["sets"]:
            self.set(key_of([new_id if part == "$id" else part for part in raw_key]), value)


class Looking:
    """Plain SQL on the file, opened fresh for each look (the writer is dead by then)."""

    def __init__(self, db: Path) -> None:
        self.db, self.store = db, db.parent / "attachments"

    def __enter__(self) -> sqlite3.Connection:
        self.connection = sqlite3.connect(self.db)
        return self.connection

    def __exit__(self, *_exc: object) -> None:
        self.connection.close()


def read_journal(journal: Path, expected: Expected, db: Path) -> None:
    lines = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines() if line.endswith("}")]
    pending: dict[str, Any] | None = None
    for record in lines:
        if record["phase"] == "intent":
            assert pending is None, f"write {pending['seq'] if pending else '?'} has no done line"
            pending = record
            continue
        assert pending is not None and record["seq"] == pending["seq"]
        for raw_key, _old, new in pending["sets"]:
            expected.set(key_of(raw_key), new)
        if pending["create"]:
            expected.created(pending["create"], record["id"])
        expected.committed[pending["kind"]] += 1
        pending = None
    if pending is not None:
        resolve_in_flight(pending, expected, db)


def resolve_in_flight(intent: dict[str, Any], expected: Expected, db: Path) -> None:
    """The write the kill interrupted: all of it or none of it, and the model follows what happened."""
    seq, sets, create = intent["seq"], intent["sets"], intent["create"]
    with Looking(db) as connection:
        now = [probe(connection, key_of(raw_key), db.parent / "attachments") for raw_key, _old, _new in sets]
        made = find(connection, create["table"], create["column"], create["marker"]) if create else []
    if sets:
        olds, news = [old for _key, old, _new in sets], [new for _key, _old, new in sets]
        assert now in (olds, news), f"write {seq} ({intent['kind']}): half done: {now}, not {olds} nor {news}"
        for (raw_key, _old, _new), value in zip(sets, now, strict=True):
            expected.set(key_of(raw_key), value)
    if create:
        assert len(made) <= 1, f"write {seq} ({intent['kind']}): made twice"
        if made:
            expected.created(create, made[0])
    expected.in_flight += 1


def assert_sound_and_complete(db: Path, expected: Expected) -> None:
    with Looking(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        connection.execute("PRAGMA foreign_keys = ON")
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        for key, value in expected.values.items():
            found = probe(connection, key, db.parent / "attachments")
            assert found == value, f"{key}: the database holds {found!r}, the journal committed {value!r}"


class Writers:
    """The fork server of tests/soak_driver.py, talked to line by line."""

    def __init__(self, db: Path, journals: Path, draft: int, issued: int, report: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.soak_driver", str(db), str(journals), str(draft), str(issued), str(report)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)

    def say(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def hear(self, start: str) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        assert line.startswith(start), f"expected {start!r}, got {line!r}: {self.stderr()}"
        return line

    def stderr(self) -> str:
        if self.process.poll() is None:
            return ""
        assert self.process.stderr is not None
        return self.process.stderr.read()

    def close(self) -> None:
        if self.process.poll() is None:
            self.say("quit")
            self.process.wait(timeout=WAIT_S)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


def prepared(tmp_path: Path) -> tuple[Path, int, int, int]:
    db = tmp_path / "soak.sqlite"
    database = Database.open(db)
    services = Services.for_database(database)
    issued = services.demo.create_seed().plan_id
    draft = services.plans.copy_plan(issued, 2026).id
    report = services.reports.create_draft(issued, "2025-Q1").report_id
    database.close()
    return db, draft, issued, report


def test_writes_of_every_kind_killed_at_random_moments_keep_every_committed_write(tmp_path: Path) -> None:
    db, draft, issued, report = prepared(tmp_path)
    journals = tmp_path / "journals"
    journals.mkdir()
    rng = random.Random(SEED)
    expected = Expected()
    started = time.monotonic()
    writers = Writers(db, journals, draft, issued, report)
    try:
        for kill in range(KILLS):
            seed = SEED + kill
            writers.say(f"run {seed}")
            pid = int(writers.hear("child ").split()[1])
            writers.hear("ready")
            time.sleep(rng.uniform(0.0, 0.35))  # a random moment: mid-transaction, mid-fsync, between writes
            os.kill(pid, signal.SIGKILL)
            writers.say(f"reap {pid}")
            assert writers.hear(f"reaped {pid}").split()[2] == str(-signal.SIGKILL), f"seed {seed}: it stopped"
            read_journal(journals / f"{seed}.jsonl", expected, db)
            assert_sound_and_complete(db, expected)  # seed `seed` replays this round
    finally:
        writers.close()
    seconds = time.monotonic() - started

    print(f"soak: {KILLS} kills in {seconds:.0f} s; {sum(expected.committed.values())} writes committed "
          f"({', '.join(f'{kind} {expected.committed[kind]}' for kind in KINDS)}), "
          f"{expected.in_flight} interrupted by the kill")
    short = {kind: expected.committed[kind] for kind in KINDS if expected.committed[kind] < MIN_WRITES_PER_KIND}
    assert not short, f"too few writes of these kinds to mean anything: {short}"
    database = open_checked(db)  # what the app does at start: opens, migrates if needed, integrity check
    try:
        assert database.check().healthy
    finally:
        database.close()
