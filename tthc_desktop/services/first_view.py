"""What the window shows first, read with plain sqlite3 while SQLAlchemy, the models and the services load.

The window's frame comes with what the clerk left off on (app.py): the plan list (`plans`, `years`: the same
`PlanSummary` values as `PlanService.list_plans` and `years`), the selected plan's header, and the plan's outline
(`outline`: the rows of `OutlineService.tree`), read-only, until the workspaces replace it. A test compares these
reads with the services' on the bench data and the demo (tests/unit/test_first_view.py).

Only a file at the app's schema head is read here; anything else (no file, an empty one, an older or newer schema,
damage, a lock held by another program) gives None and the start goes the usual way: the database opened by the
services, migrated or recovered through the recovery dialog. Text is cleaned as the ORM's column types clean it on
every read (db/text.py: `printable`, `one_line` for one-line columns), so both show the same words.

No SQLAlchemy and no Qt here: imported before the first paint (a test checks).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tthc_desktop.db.sqlite_file import SCHEMA_HEAD, connect_to_look
from tthc_desktop.domain.enums import DocumentStatus, DocumentType, OutlineKind, UnitRole
from tthc_desktop.domain.numbering import format_number
from tthc_desktop.domain.text import one_line, printable
from tthc_desktop.services.dto import DocumentInfo, OutlineNode, PlanSummary

WAIT_MS = 200  # a write of another program in progress: the first view is not worth waiting for


@dataclass(frozen=True)
class FirstView:
    plans: tuple[PlanSummary, ...]
    years: tuple[int, ...]
    plan: PlanSummary | None  # the plan the window opens on: the remembered one, else the first of the list
    outline: tuple[OutlineNode, ...]  # that plan's


def connect(path: Path) -> sqlite3.Connection | None:
    """A reading connection to `path` when it is a database at the app's schema head; otherwise None (nothing is
    created, changed or left behind: no file where there was none)."""
    try:
        path = Path(path)
        if not path.is_file() or path.stat().st_size == 0:
            return None
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return None
        connection = connect_to_look(path, timeout_ms=WAIT_MS)
    except (OSError, sqlite3.Error):
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    if row is None or row[0] != SCHEMA_HEAD:
        connection.close()
        return None
    return connection


def read(path: Path, plan_id: int | None = None) -> FirstView | None:
    """The plan list and the plan `plan_id` (the first of the list when it is not there) with its outline; None when
    the file cannot be read this way (see the module's note) or holds anything unexpected."""
    connection = connect(path)
    if connection is None:
        return None
    try:
        with connection:
            connection.execute("BEGIN")  # one snapshot for every read below
            listed = plans(connection)
            plan = next((p for p in listed if p.id == plan_id), listed[0] if listed else None)
            return FirstView(tuple(listed), tuple(years(connection)), plan,
                             outline(connection, plan.id) if plan is not None else ())
    except (sqlite3.Error, ValueError, TypeError, LookupError):  # damage, or values the ORM would refuse too
        return None
    finally:
        connection.close()


def read_outline(path: Path, plan_id: int) -> tuple[OutlineNode, ...] | None:
    """The outline of another plan picked in the first view; None as for `read`."""
    connection = connect(path)
    if connection is None:
        return None
    try:
        return outline(connection, plan_id)
    except (sqlite3.Error, ValueError, TypeError, LookupError):
        return None
    finally:
        connection.close()


# ---------------------------------------------------------------- the reads (PlanService, OutlineService)


_DOCUMENT = ("{t}.id, {t}.type, {t}.number, {t}.symbol, {t}.year, {t}.issue_month, {t}.issue_day, {t}.subject, "
             "{t}.status")


def plans(connection: sqlite3.Connection) -> list[PlanSummary]:
    """As `PlanService.list_plans()`: newest year first, then by id."""
    rows = connection.execute(
        f"SELECT p.id, p.year, {_DOCUMENT.format(t='d')}, {_DOCUMENT.format(t='q')} FROM plan p "
        "JOIN document d ON d.id = p.document_id LEFT JOIN document q ON q.id = p.decision_id "
        "ORDER BY p.year DESC, p.id").fetchall()
    tasks = dict(connection.execute(
        "SELECT plan_id, COUNT(*) FROM outline_item WHERE kind = ? GROUP BY plan_id", (OutlineKind.TASK.value,)))
    indicators = dict(connection.execute("SELECT plan_id, COUNT(*) FROM indicator GROUP BY plan_id"))
    result = []
    for row in rows:
        document = _document(row[2:11])
        decision = _document(row[11:20]) if row[11] is not None else None
        result.append(PlanSummary(
            id=row[0], year=row[1], subject=document.subject, status=(decision or document).status,
            document=document, decision=decision, task_count=tasks.get(row[0], 0),
            indicator_count=indicators.get(row[0], 0)))
    return result


def years(connection: sqlite3.Connection) -> list[int]:
    """As `PlanService.years()`."""
    return [row[0] for row in connection.execute("SELECT DISTINCT year FROM plan ORDER BY year DESC")]


def outline(connection: sqlite3.Connection, plan_id: int) -> tuple[OutlineNode, ...]:
    """As `OutlineService.tree(plan_id)`: siblings by position, each task with its units as printed."""
    units: dict[int, dict[UnitRole, list[str]]] = {}
    for task_id, role, text in connection.execute(
            "SELECT a.task_id, a.role, a.text FROM unit_assignment a JOIN outline_item i ON i.id = a.task_id "
            "WHERE i.plan_id = ? ORDER BY a.position, a.id", (plan_id,)):
        units.setdefault(task_id, {}).setdefault(UnitRole(role), []).append(printable(text))
    children: dict[int | None, list[tuple[Any, ...]]] = {}
    for row in connection.execute(
            "SELECT id, parent_id, position, kind, label, label_manual, text, objective, expected_result, "
            "schedule_text FROM outline_item WHERE plan_id = ? ORDER BY position, id", (plan_id,)):
        children.setdefault(row[1], []).append(row)

    def line(row: tuple[Any, ...]) -> OutlineNode:
        item_id, parent_id, position, kind_value, label, manual, text = row[:7]
        kind = OutlineKind(kind_value)
        below = tuple(line(child) for child in children.get(item_id, ()))
        common = (item_id, parent_id, position, kind, _text(label), bool(manual), printable(text))
        if kind is not OutlineKind.TASK:
            return OutlineNode(*common, children=below)
        own = units.get(item_id, {})
        return OutlineNode(*common, objective=_text(row[7]), expected_result=_text(row[8]),
                           schedule_text=_text(row[9]), lead_units=tuple(own.get(UnitRole.LEAD, ())),
                           cooperating_units=tuple(own.get(UnitRole.COOPERATING, ())), children=below)

    return tuple(line(row) for row in children.get(None, ()))


def _document(row: tuple[Any, ...]) -> DocumentInfo:
    doc_id, kind, number, symbol, year, month, day, subject, status = row
    symbol = one_line(symbol)
    return DocumentInfo(
        id=doc_id, type=DocumentType(kind), number=number, number_text=format_number(number, symbol), year=year,
        issued_on=date(year, month, day) if month is not None and day is not None else None,
        subject=printable(subject), status=DocumentStatus(status))


def _text(value: str | None) -> str | None:
    return printable(value) if isinstance(value, str) else value
