"""Random edits through the services until killed: the process tests/unit/test_soak.py kills with SIGKILL.

    python -m tests.soak_driver DB JOURNAL SEED DRAFT_PLAN_ID ISSUED_PLAN_ID

Before each edit a line {"phase": "intent", ...} is appended to JOURNAL and synced to disk; after the service call
returns (the transaction is committed) a line {"phase": "done", ...}. So every "done" edit must be in the database
after a kill, and an "intent" without its "done" may or may not be, but nothing in between.
"""

from __future__ import annotations

import json
import os
import random
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from tthc_desktop.domain.enums import OutlineKind, TaskStatus
from tthc_desktop.services.database import Database
from tthc_desktop.services.outline import OutlineNode, OutlineService
from tthc_desktop.services.tracking import TrackingService

MAX_EDITS = 5000  # a safety stop; the test kills the process long before
MIN_TASKS = 6


def flat(nodes: list[OutlineNode] | tuple[OutlineNode, ...]) -> list[OutlineNode]:
    return [n for node in nodes for n in [node, *flat(node.children)]]


class Journal:
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, record: dict[str, Any]) -> None:
        self.stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.stream.flush()
        os.fsync(self.stream.fileno())


class Mirror:
    """The draft's groups and leaf tasks as this process last wrote them: reading the tree before every edit
    would make the driver ten times slower, and only this process writes to the file."""

    def __init__(self, nodes: list[OutlineNode]) -> None:
        self.groups = {n.id: sum(1 for c in n.children) for n in nodes if n.kind is OutlineKind.GROUP}
        self.tasks = {n.id: (n.parent_id, n.text) for n in nodes if n.kind is OutlineKind.TASK and not n.children}


def edit(seq: int, tag: str, rng: random.Random, outline: OutlineService, tracking: TrackingService,
         draft: int, issued_tasks: list[int], mirror: Mirror, journal: Journal) -> None:
    choice = rng.choices(["text", "insert", "delete", "move", "progress"], weights=[3, 2, 1, 2, 2])[0]
    if choice == "delete" and len(mirror.tasks) <= MIN_TASKS:
        choice = "insert"
    marker = f"soak {tag} e{seq}"
    task_id = rng.choice(sorted(mirror.tasks))
    parent, text = mirror.tasks[task_id]
    group = rng.choice(sorted(mirror.groups))
    if choice == "text":
        journal.write({"phase": "intent", "seq": seq, "op": "text", "id": task_id, "old": text, "new": marker})
        outline.update(task_id, text=marker)
        mirror.tasks[task_id] = (parent, marker)
        journal.write({"phase": "done", "seq": seq})
    elif choice == "insert":
        journal.write({"phase": "intent", "seq": seq, "op": "insert", "parent": group, "new": marker})
        new_id = outline.insert(draft, group, rng.randint(0, mirror.groups[group]), OutlineKind.TASK, marker)
        mirror.tasks[new_id] = (group, marker)
        mirror.groups[group] += 1
        journal.write({"phase": "done", "seq": seq, "id": new_id})
    elif choice == "delete":
        journal.write({"phase": "intent", "seq": seq, "op": "delete", "id": task_id})
        outline.delete(task_id)
        del mirror.tasks[task_id]
        mirror.groups[parent] -= 1
        journal.write({"phase": "done", "seq": seq})
    elif choice == "move":
        journal.write({"phase": "intent", "seq": seq, "op": "move", "id": task_id, "old": parent, "new": group})
        outline.move(task_id, group, rng.randint(0, mirror.groups[group]))
        mirror.groups[parent] -= 1
        mirror.groups[group] += 1
        mirror.tasks[task_id] = (group, text)
        journal.write({"phase": "done", "seq": seq})
    else:
        task_id = rng.choice(issued_tasks)
        status = rng.choice([TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE])
        journal.write({"phase": "intent", "seq": seq, "op": "progress", "task": task_id, "new": marker})
        info = tracking.record_progress(task_id, status, date(2025, 12, 1), note=marker)
        journal.write({"phase": "done", "seq": seq, "id": info.id})


def main(argv: list[str]) -> int:
    db, journal_path, seed, draft, issued = Path(argv[0]), Path(argv[1]), int(argv[2]), int(argv[3]), int(argv[4])
    database = Database.open(db)
    outline = OutlineService(database.session_factory)
    tracking = TrackingService(database.session_factory, today=lambda: date(2026, 1, 15))
    issued_tasks = [n.id for n in flat(outline.tree(issued)) if n.kind is OutlineKind.TASK]
    mirror = Mirror(flat(outline.tree(draft)))
    rng = random.Random(seed)
    with open(journal_path, "a", encoding="utf-8") as stream:
        journal = Journal(stream)
        print("ready", flush=True)
        for seq in range(MAX_EDITS):
            edit(seq, f"s{seed}", rng, outline, tracking, draft, issued_tasks, mirror, journal)
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
