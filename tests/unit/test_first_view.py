"""The window's first view reads the file with plain sqlite3 (services/first_view.py) before the services are
imported: it must tell the same truth as the services (PlanService.list_plans and years, OutlineService.tree) on
the bench's ten years of data and on the demo, clean text as the ORM does, and step aside (None, file untouched)
for anything the services must open themselves: no file, an empty one, another schema, damage."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import asdict
from pathlib import Path

import pytest

from tests.unit import bench_data
from tests.unprivileged import run_python
from tthc_desktop.db.sqlite_file import SCHEMA_HEAD
from tthc_desktop.domain.enums import DocumentStatus, OutlineKind
from tthc_desktop.services import first_view
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services


def same_as_the_services(path: Path) -> int:
    """Every plan's summary, the years and every plan's outline, read both ways; the number of plans compared."""
    database = Database.open(path)
    try:
        services = Services.for_database(database)
        connection = first_view.connect(path)
        assert connection is not None
        try:
            listed = first_view.plans(connection)
            assert listed == services.plans.list_plans()
            assert first_view.years(connection) == services.plans.years()
            for plan in listed:
                assert [asdict(line) for line in first_view.outline(connection, plan.id)] == \
                    [asdict(node) for node in services.outline.tree(plan.id)], plan.id
        finally:
            connection.close()
        return len(listed)
    finally:
        database.close()


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return bench_data.ten_years(tmp_path_factory)


def test_the_first_view_reads_what_the_services_read_on_ten_years_of_data(ten_years: Path) -> None:
    assert same_as_the_services(ten_years) == 16
    view = first_view.read(ten_years)
    assert view is not None
    services_view = Database.open(ten_years)
    try:
        plans = Services.for_database(services_view).plans.list_plans()
    finally:
        services_view.close()
    assert view.plan == plans[0] and view.plans == tuple(plans)
    big = next(p for p in plans if p.task_count == 1000)  # the editor bench's plan, remembered by the window
    remembered = first_view.read(ten_years, big.id)
    assert remembered is not None and remembered.plan == big
    assert count_tasks(remembered.outline) == 1000


def count_tasks(lines: tuple[first_view.OutlineNode, ...]) -> int:
    return sum((line.kind is OutlineKind.TASK) + count_tasks(line.children) for line in lines)


def test_the_first_view_reads_what_the_services_read_on_the_demo(services: Services, db_path: Path) -> None:
    services.demo.create_demo()
    draft = services.plans.create_plan(2031)  # a draft with no number yet
    assert same_as_the_services(db_path) >= 3
    view = first_view.read(db_path, draft.id)
    assert view is not None and view.plan == services.plans.get(draft.id)
    assert view.plan.status is DocumentStatus.DRAFT and view.plan.number_text is None


def test_text_stored_raw_is_shown_cleaned_as_the_orm_shows_it(services: Services, db_path: Path) -> None:
    plan_id = services.demo.create_seed().plan_id
    tree = services.outline.tree(plan_id)
    task = next(node for group in tree for node in group.children)
    with closing(sqlite3.connect(db_path)) as raw, raw:  # as an older version or another tool could leave them
        raw.execute("UPDATE document SET subject = ?, symbol = ? "
                    "WHERE id = (SELECT document_id FROM plan WHERE id = ?)",
                    ("Kế hoạch\x0bkiểm soát\x07 TTHC năm 2025 xa\u0303", "KH-\nUBND", plan_id))
        raw.execute("UPDATE outline_item SET text = ?, schedule_text = ? WHERE id = ?",
                    ("Rà soát\x00 thủ tục\r\nhành chính", "Quý\x0cI", task.id))
        raw.execute("UPDATE unit_assignment SET text = ? WHERE task_id = ?", ("Công an\x1b xã", task.id))
    assert same_as_the_services(db_path) == 1
    view = first_view.read(db_path)
    assert view is not None and view.plan is not None
    assert view.plan.subject == "Kế hoạch\nkiểm soát TTHC năm 2025 xã"
    assert view.plan.document.number_text == "/KH- UBND"


def untouched(folder: Path, before: dict[str, bytes]) -> None:
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_no_file_gives_no_first_view_and_makes_none(tmp_path: Path) -> None:
    assert first_view.read(tmp_path / "tthc.sqlite") is None
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content", [b"", b"not a database at all, but a letter",
                                     b"SQLite format 3\x00" + b"\x01" * 600])
def test_an_empty_foreign_or_damaged_file_gives_no_first_view_and_stays_as_it_is(tmp_path: Path,
                                                                                 content: bytes) -> None:
    path = tmp_path / "tthc.sqlite"
    path.write_bytes(content)
    before = snapshot(tmp_path)
    assert first_view.read(path) is None
    untouched(tmp_path, before)


@pytest.mark.parametrize("revision", ["0003", "9999"])
def test_a_file_at_another_schema_revision_is_left_to_the_services(services: Services, db_path: Path,
                                                                    revision: str) -> None:
    """Behind: the services migrate it (a backup first); ahead: a newer app wrote it, refused in words."""
    services.demo.create_seed()
    services.database.close()
    with closing(sqlite3.connect(db_path)) as raw, raw:
        raw.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    before = snapshot(db_path.parent)
    assert first_view.read(db_path) is None
    untouched(db_path.parent, before)
    with closing(sqlite3.connect(db_path)) as raw, raw:
        raw.execute("UPDATE alembic_version SET version_num = ?", (SCHEMA_HEAD,))
    assert first_view.read(db_path) is not None


def test_reading_leaves_no_write_ahead_log_behind(services: Services, db_path: Path) -> None:
    services.demo.create_seed()
    services.database.close()
    before = snapshot(db_path.parent)
    assert not any(name.endswith(("-wal", "-shm")) for name in before)
    assert first_view.read(db_path) is not None
    untouched(db_path.parent, before)


def test_a_file_that_may_not_be_written_is_read_all_the_same(services: Services, db_path: Path) -> None:
    """A read-only file in a read-only folder (in a process that obeys permissions): read through SQLite's
    read-only URI, nothing made beside it."""
    plan_id = services.demo.create_seed().plan_id
    services.database.close()
    before = snapshot(db_path.parent)
    db_path.chmod(0o400)
    db_path.parent.chmod(0o500)
    try:
        result = run_python("-c", "import sys; from pathlib import Path; from tthc_desktop.services import first_view; "
                                  "view = first_view.read(Path(sys.argv[1])); print(view.plan.id, len(view.plans))",
                            str(db_path))
    finally:
        db_path.parent.chmod(0o700)
        db_path.chmod(0o600)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(plan_id), "1"]
    untouched(db_path.parent, before)
