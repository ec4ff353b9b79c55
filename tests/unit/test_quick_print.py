"""`tthc-desktop render` reads the plan with plain sqlite3 (services/quick_print.py) when the file is at the app's
schema: the plan JSON must be the services' own (`PlanService.export_json`), and the print job `PrintService`'s, on
the bench's ten years of data and on the demo; the command then prints without importing SQLAlchemy, and a file
the services must open first (an older schema) still prints, through them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.unit import bench_data
from tthc_desktop.db.migrate import SCHEMA_HEAD
from tthc_desktop.errors import DataError, NotFoundError
from tthc_desktop.services import first_view, quick_print
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services

ROOT = Path(__file__).resolve().parents[2]


def same_as_the_services(path: Path) -> int:
    """Every plan's JSON and print jobs (both, plan, decision), read both ways; the number of plans compared."""
    database = Database.open(path)
    try:
        services = Services.for_database(database)
        connection = first_view.connect(path)
        assert connection is not None
        try:
            plans = services.plans.list_plans()
            for plan in plans:
                assert quick_print.plan_json(connection, plan.id) == services.plans.export_json(plan.id), plan.id
                for what in ("both", "plan", "decision"):
                    if what == "decision" and plan.decision is None:
                        with pytest.raises(DataError) as refused:
                            services.printing.print_job(plan.id, what)
                        with pytest.raises(DataError, match=str(refused.value)):
                            quick_print.print_job(path, plan.id, what)
                        continue
                    found = quick_print.print_job(path, plan.id, what)
                    assert found is not None
                    assert found[0] == services.printing.print_job(plan.id, what), (plan.id, what)
                    assert found[1] == services.organization.format_rules()
        finally:
            connection.close()
        return len(plans)
    finally:
        database.close()


def test_the_plain_read_prints_what_the_services_print_on_ten_years_of_data(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    assert same_as_the_services(bench_data.ten_years(tmp_path_factory)) == 16


def test_the_plain_read_prints_what_the_services_print_on_the_demo(services: Services, db_path: Path) -> None:
    services.demo.create_demo()
    services.plans.create_plan(2031)  # a draft: no number, no date, no rows yet
    services.organization.update_format(margin_left=35, body_size="13,5")  # the commune's own format
    assert same_as_the_services(db_path) == 3


def test_text_stored_raw_prints_cleaned_as_the_orm_reads_it(services: Services, db_path: Path) -> None:
    plan_id = services.demo.create_seed().plan_id
    with closing(sqlite3.connect(db_path)) as raw, raw:  # as an older version or another tool could leave them
        raw.execute("UPDATE legal_basis SET text = text || ?", ("\x0b(sửa\x07 đổi)",))
        raw.execute("UPDATE indicator SET name = name || ?, target = 95", ("\x00 xa\u0303",))
        raw.execute("UPDATE plan SET task_columns = ?", ('[{"key": "content", "title": "Nội\\u000bdung", '
                                                         '"group": null}]',))
        raw.execute("UPDATE organization SET name = ?", ("Hành\nDũng",))
    assert same_as_the_services(db_path) == 1
    connection = first_view.connect(db_path)
    assert connection is not None
    with closing(connection):
        data = quick_print.plan_json(connection, plan_id)
        assert data["task_columns"] == [{"key": "content", "title": "Nội\ndung", "group": None}]
        assert data["indicators"][0]["target"] == 95.0 and isinstance(data["indicators"][0]["target"], float)
        assert quick_print.issuer(connection).name == "Hành Dũng"


def test_a_plan_that_does_not_exist_is_refused_with_the_services_words(services: Services, db_path: Path) -> None:
    services.demo.create_seed()
    with pytest.raises(NotFoundError) as by_services:
        services.printing.print_job(99)
    with pytest.raises(NotFoundError, match=str(by_services.value)):
        quick_print.print_job(db_path, 99)


def render(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`tthc-desktop render` as the clerk runs it, telling whether SQLAlchemy was imported on the way."""
    code = ("import sys\nfrom tthc_desktop.cli import main\ncode = main(sys.argv[1:])\n"
            "print('sqlalchemy imported:', 'sqlalchemy' in sys.modules)\nsys.exit(code)\n")
    env = dict(os.environ, TTHC_LANG="en", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code, "--db", str(db), "render", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          encoding="utf-8", check=True).stdout


def test_the_command_prints_without_sqlalchemy_what_the_services_print(services: Services, db_path: Path,
                                                                       tmp_path: Path) -> None:
    plan_id = services.demo.create_seed().plan_id
    by_services = services.printing.save(plan_id, tmp_path / "services.pdf")
    services.database.close()

    result = render(db_path, str(plan_id), "--out", str(tmp_path / "cli.pdf"))

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"Written: {tmp_path / 'cli.pdf'}", "sqlalchemy imported: False"]
    text = pdf_text(tmp_path / "cli.pdf")
    assert "QUYẾT ĐỊNH" in text and "KẾ HOẠCH" in text and "Hành Dũng" in text
    assert text == pdf_text(by_services)


def downgrade(path: Path, revision: str) -> None:
    from alembic import command

    from tthc_desktop.db.engine import make_engine
    from tthc_desktop.db.migrate import alembic_config

    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def test_a_file_at_an_older_schema_prints_through_the_services(services: Services, db_path: Path,
                                                               tmp_path: Path) -> None:
    """The plain read steps aside; the services migrate the file (a backup first) and print it."""
    plan_id = services.demo.create_seed().plan_id
    services.database.close()
    downgrade(db_path, "0003")  # the real migrations' downgrades: a file as an older app left it

    result = render(db_path, str(plan_id), "--out", str(tmp_path / "plan.docx"), "--what", "plan")

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "sqlalchemy imported: True"
    assert (tmp_path / "plan.docx").stat().st_size > 0
    assert any(p.name.endswith(f"before-{SCHEMA_HEAD}.sqlite") for p in (db_path.parent / "backups").iterdir())


def test_the_command_says_what_is_wrong_in_words(services: Services, db_path: Path, tmp_path: Path) -> None:
    services.demo.create_seed()
    services.database.close()
    missing = render(db_path, "99", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and missing.stderr.startswith("Error: Plan 99 does not exist.")
    odd = render(db_path, "1", "--out", str(tmp_path / "x.odt"))
    assert odd.returncode == 1 and "save as .pdf or .docx" in odd.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.odt").exists()
