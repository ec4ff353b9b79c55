"""Random writes of every kind through the services until killed: the processes tests/unit/test_soak.py kills.

    python -m tests.soak_driver DB JOURNAL_DIR DRAFT_PLAN_ID ISSUED_PLAN_ID REPORT_ID

serves commands on stdin, one a line: "run SEED" forks a writer (printed: "child PID"), which opens DB, prints
"ready" and writes until it is killed; "reap PID" waits for that child ("reaped PID STATUS"); "quit". A fork of a
process that has imported the services already starts in milliseconds, where a new interpreter takes a second: that
is what fits a hundred kills in a minute. No database is open in the server when it forks.

The kinds of write, each one service call (one transaction): the draft's outline (a task's text, a new task, a
deleted task, a task moved to another group), an indicator's name, a progress update, an indicator's figures, the
period's Biểu 06 rows, the commune's settings, a section of a draft report, a message queued in the outbox with an
attachment. Before each write a line {"phase": "intent", "seq", "kind", "sets": [[key, old, new], ...], "create":
...} is appended to JOURNAL_DIR/SEED.jsonl and synced to disk; after the call returns (committed) {"phase": "done",
"seq", "id"}. `probe` reads what a key holds with plain SQL, for the writer (the old value) and for the test.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from tthc_desktop.domain.enums import OutlineKind, TaskStatus
from tthc_desktop.domain.tracking import DossierRow
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services
from tthc_desktop.services.tracking import TrackingService

MAX_WRITES = 100_000  # a safety stop; the test kills the writer long before
MIN_TASKS = 6
PERIODS = ("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4")
WEIGHTS = {"outline_text": 3, "outline_insert": 2, "outline_delete": 1, "outline_move": 2, "indicator": 2,
           "progress": 2, "figures": 2, "dossier": 1, "settings": 1, "report": 1, "outbox": 1}
KINDS = tuple(WEIGHTS)

Key = tuple[Any, ...]


# ---------------------------------------------------------------- what a key holds, read with plain SQL


def _one(connection: sqlite3.Connection, sql: str, *parameters: Any) -> Any:
    row = connection.execute(sql, parameters).fetchone()
    return row[0] if row else None


def probe(connection: sqlite3.Connection, key: Key, store: Path) -> Any:
    """The value `key` names, as the database holds it now (JSON-shaped: lists, not tuples)."""
    what, *args = key
    if what == "item_text":
        return _one(connection, "SELECT text FROM outline_item WHERE id = ?", *args)
    if what == "item_parent":
        return _one(connection, "SELECT parent_id FROM outline_item WHERE id = ?", *args)
    if what == "item_exists":
        return _one(connection, "SELECT COUNT(*) FROM outline_item WHERE id = ?", *args) == 1
    if what == "indicator_name":
        return _one(connection, "SELECT name FROM indicator WHERE id = ?", *args)
    if what == "progress":
        row = connection.execute("SELECT task_id, note FROM progress_update WHERE id = ?", args).fetchone()
        return list(row) if row else None
    if what == "measurement_note":
        return _one(connection, "SELECT note FROM measurement WHERE indicator_id = ? AND period_key = ?", *args)
    if what == "dossier_fields":
        return [r[0] for r in connection.execute(
            "SELECT field FROM dossier_stats WHERE period_key = ? ORDER BY field", args)]
    if what == "settings":
        return _one(connection, "SELECT upstream_name FROM organization")
    if what == "report_section":
        report_id, section = args
        stored = _one(connection, "SELECT frozen_figures FROM report WHERE id = ?", report_id)
        return json.loads(stored)["sections"][section]["text"] if stored else None
    if what == "outbox":
        subject = _one(connection, "SELECT subject FROM outbox_message WHERE id = ?", *args)
        if subject is None:
            return None
        files = connection.execute("SELECT sha256, size FROM outbox_attachment WHERE message_id = ?", args).fetchall()
        whole = all(_stored(store, sha, size) for sha, size in files)
        return [subject, len(files), whole]
    raise ValueError(f"no such key: {key}")


def find(connection: sqlite3.Connection, table: str, column: str, marker: str) -> list[int]:
    """The ids of the rows a create made, found by its unique marker text."""
    assert (table, column) in {("outline_item", "text"), ("progress_update", "note"), ("outbox_message", "subject")}
    return [r[0] for r in connection.execute(f"SELECT id FROM {table} WHERE {column} = ?", (marker,))]


def _stored(store: Path, sha: str, size: int) -> bool:
    path = store / sha[:2] / sha
    return path.is_file() and path.stat().st_size == size and hashlib.sha256(path.read_bytes()).hexdigest() == sha


# ---------------------------------------------------------------- the writer


class Journal:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.stream.flush()
        os.fsync(self.stream.fileno())


class Writer:
    """One process's random writes. The draft's outline is mirrored here (only this process writes while it runs);
    every other old value is read with `probe` just before the write."""

    def __init__(self, services: Services, look: sqlite3.Connection, store: Path, draft: int, issued: int,
                 report: int, journal: Journal, rng: random.Random, tag: str, scratch: Path) -> None:
        self.services, self.look, self.store, self.journal, self.rng, self.tag = (services, look, store, journal,
                                                                                   rng, tag)
        self.draft, self.issued, self.report_id, self.scratch = draft, issued, report, scratch
        nodes = flat(services.outline.tree(draft))
        self.groups = {n.id: len(n.children) for n in nodes if n.kind is OutlineKind.GROUP}
        self.tasks = {n.id: n.parent_id for n in nodes if n.kind is OutlineKind.TASK and not n.children}
        self.issued_tasks = [n.id for n in flat(services.outline.tree(issued)) if n.kind is OutlineKind.TASK]
        self.draft_indicators = [i.id for i in services.content.content(draft).indicators]
        # Figures are typed only for indicators that take them: one whose figure Biểu 06 computes refuses a typed
        # one whenever the period has Biểu 06 rows, which the "dossier" writes add at random.
        self.issued_indicators = [r.indicator_id for r in services.tracking.indicator_results(issued, PERIODS[0])
                                  if r.dossier_figure is None]
        self.sections = [s.key for s in services.reports.report(report).sections if s.key]
        self.actions: dict[str, Callable[[int, str], None]] = {kind: getattr(self, kind) for kind in KINDS}

    def old(self, key: Key) -> Any:
        return probe(self.look, key, self.store)

    def write(self, seq: int) -> None:
        kind = self.rng.choices(KINDS, weights=[WEIGHTS[k] for k in KINDS])[0]
        if kind == "outline_delete" and len(self.tasks) <= MIN_TASKS:
            kind = "outline_insert"
        self.actions[kind](seq, f"soak {self.tag} w{seq}")

    def _journalled(self, seq: int, kind: str, sets: list[list[Any]], call: Callable[[], int | None],
                    create: dict[str, Any] | None = None) -> int | None:
        self.journal.write({"phase": "intent", "seq": seq, "kind": kind, "sets": sets, "create": create})
        new_id = call()
        self.journal.write({"phase": "done", "seq": seq, "id": new_id})
        return new_id

    # ------------------------------------------------------------ the kinds

    def outline_text(self, seq: int, marker: str) -> None:
        task = self.rng.choice(sorted(self.tasks))
        key = ["item_text", task]
        self._journalled(seq, "outline_text", [[key, self.old(tuple(key)), marker]],
                         lambda: _nothing(self.services.outline.update(task, text=marker)))

    def outline_insert(self, seq: int, marker: str) -> None:
        group = self.rng.choice(sorted(self.groups))
        create = {"table": "outline_item", "column": "text", "marker": marker,
                  "sets": [[["item_text", "$id"], marker], [["item_parent", "$id"], group],
                           [["item_exists", "$id"], True]]}
        new_id = self._journalled(seq, "outline_insert", [], lambda: self.services.outline.insert(
            self.draft, group, self.rng.randint(0, self.groups[group]), OutlineKind.TASK, marker), create)
        assert new_id is not None
        self.tasks[new_id] = group
        self.groups[group] += 1

    def outline_delete(self, seq: int, marker: str) -> None:
        task = self.rng.choice(sorted(self.tasks))
        self._journalled(seq, "outline_delete", [[["item_exists", task], True, False]],
                         lambda: _nothing(self.services.outline.delete(task)))
        self.groups[self.tasks.pop(task)] -= 1

    def outline_move(self, seq: int, marker: str) -> None:
        task, group = self.rng.choice(sorted(self.tasks)), self.rng.choice(sorted(self.groups))
        old = self.tasks[task]
        self._journalled(seq, "outline_move", [[["item_parent", task], old, group]],
                         lambda: _nothing(self.services.outline.move(task, group,
                                                                       self.rng.randint(0, self.groups[group]))))
        self.groups[old] -= 1
        self.groups[group] += 1
        self.tasks[task] = group

    def indicator(self, seq: int, marker: str) -> None:
        indicator = self.rng.choice(self.draft_indicators)
        key = ["indicator_name", indicator]
        self._journalled(seq, "indicator", [[key, self.old(tuple(key)), marker]],
                         lambda: _nothing(self.services.content.update_indicator(indicator, name=marker)))

    def progress(self, seq: int, marker: str) -> None:
        task = self.rng.choice(self.issued_tasks)
        status = self.rng.choice([TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE])
        create = {"table": "progress_update", "column": "note", "marker": marker,
                  "sets": [[["progress", "$id"], [task, marker]]]}
        self._journalled(seq, "progress", [], lambda: self.services.tracking.record_progress(
            task, status, date(2025, 12, 1), note=marker).id, create)

    def figures(self, seq: int, marker: str) -> None:
        indicator, period = self.rng.choice(self.issued_indicators), self.rng.choice(PERIODS)
        key = ["measurement_note", indicator, period]
        self._journalled(seq, "figures", [[key, self.old(tuple(key)), marker]],
                         lambda: _nothing(self.services.tracking.set_measurement(
                             indicator, period, value=float(self.rng.randint(0, 100)), note=marker)))

    def dossier(self, seq: int, marker: str) -> None:
        period = self.rng.choice(PERIODS)
        key = ["dossier_fields", period]
        row = DossierRow(field=marker, received_online=3, received_in_person=2, settled_early=1, settled_on_time=2,
                         pending_within=2)
        self._journalled(seq, "dossier", [[key, self.old(tuple(key)), [marker]]],
                         lambda: _nothing(self.services.tracking.set_dossier_rows(period, [row])))

    def settings(self, seq: int, marker: str) -> None:
        key = ["settings"]
        self._journalled(seq, "settings", [[key, self.old(tuple(key)), marker]],
                         lambda: _nothing(self.services.organization.update_profile(upstream_name=marker)))

    def report(self, seq: int, marker: str) -> None:
        section = self.rng.choice(self.sections)
        key = ["report_section", self.report_id, section]
        self._journalled(seq, "report", [[key, self.old(tuple(key)), marker]],
                         lambda: _nothing(self.services.reports.update_section(self.report_id, section, marker)))

    def outbox(self, seq: int, marker: str) -> None:
        attachment = self.scratch / f"{self.tag}-w{seq}.pdf"
        attachment.write_bytes(b"%PDF-1.4\n% " + marker.encode() + b"\n" + self.rng.randbytes(2000))
        create = {"table": "outbox_message", "column": "subject", "marker": marker,
                  "sets": [[["outbox", "$id"], [marker, 1, True]]]}
        self._journalled(seq, "outbox", [], lambda: self.services.mail.queue(
            ["kstthc@quangngai.example.vn"], marker, "Kính gửi,\nBáo cáo thử.", [attachment]), create)


def _nothing(_result: object) -> None:
    """A write whose id the journal does not need."""


def flat(nodes: Any) -> list[Any]:
    return [n for node in nodes for n in [node, *flat(node.children)]]


def write_until_killed(db: Path, journal_dir: Path, seed: int, draft: int, issued: int, report: int) -> None:
    database = Database.open(db)
    services = Services.for_database(database)
    services = replace(services, tracking=TrackingService(database.session_factory, today=lambda: date(2026, 1, 15)))
    look = sqlite3.connect(db)
    scratch = journal_dir / "files"
    scratch.mkdir(exist_ok=True)
    with open(journal_dir / f"{seed}.jsonl", "a", encoding="utf-8") as stream:
        writer = Writer(services, look, db.parent / "attachments", draft, issued, report, Journal(stream),
                        random.Random(seed), f"s{seed}", scratch)
        print("ready", flush=True)
        for seq in range(MAX_WRITES):
            writer.write(seq)


def serve(db: Path, journal_dir: Path, draft: int, issued: int, report: int) -> int:
    for line in sys.stdin:
        command, _space, argument = line.strip().partition(" ")
        if command == "run":
            pid = os.fork()
            if pid == 0:  # the writer: never returns into this loop
                code = 0
                try:
                    write_until_killed(db, journal_dir, int(argument), draft, issued, report)
                except BaseException as error:  # noqa: BLE001 - said to the test, which fails on it
                    print(f"error {type(error).__name__}: {error}", flush=True)
                    code = 1
                os._exit(code)
            print(f"child {pid}", flush=True)
        elif command == "reap":
            _pid, status = os.waitpid(int(argument), 0)
            print(f"reaped {argument} {os.waitstatus_to_exitcode(status)}", flush=True)
        elif command == "quit":
            return 0
    return 0


if __name__ == "__main__":
    raise SystemExit(serve(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]),
                           int(sys.argv[5])))
