"""Shared fixtures: real SQLite files built by the migrations, in folders of their own."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt or platformdirs: no display, and no test touches the user's real folders.
_HOME = Path(tempfile.mkdtemp(prefix="tthc-tests-"))
# The clerk's screen: windows are fitted to the screen they open on, and offscreen's own is 800×800.
_SCREEN = _HOME / "screen-1366x768.json"
_SCREEN.write_text('{"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, '
                   '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}', encoding="utf-8")
# A bare "offscreen" (as CI and the helpers' command line set it) gets the laptop screen too.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[variable] = str(_HOME / variable.lower())

import shutil  # noqa: E402

import pytest  # noqa: E402

from tthc_desktop import i18n  # noqa: E402
from tthc_desktop.db import migrate  # noqa: E402
from tthc_desktop.services.database import Database  # noqa: E402
from tthc_desktop.services.registry import Services  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _schema_built_once(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every new database of the run is a copy of one file the real migrations built at the start of the run.

    Running Alembic costs 0.25-0.6 s a database; copying the file it wrote costs a millisecond. Only the creation of
    a new file to the head is shortcut: upgrading an older file, or migrating to another revision, runs Alembic.
    """
    template = tmp_path_factory.mktemp("schema") / "head.sqlite"
    run_alembic = migrate._run_alembic
    run_alembic(template)

    def run_or_copy(path: Path, target: str = "head") -> None:
        if target == "head" and (not path.exists() or path.stat().st_size == 0):
            shutil.copyfile(template, path)
        else:
            run_alembic(path, target)

    migrate._run_alembic = run_or_copy
    yield
    migrate._run_alembic = run_alembic


@pytest.fixture(autouse=True)
def _vietnamese_messages() -> Iterator[None]:
    """Every test starts in the app's default language, whatever an earlier test switched to."""
    i18n.set_language("vi")
    yield
    i18n.set_language("vi")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tthc.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def services(database: Database) -> Services:
    return Services.for_database(database)


@pytest.fixture
def demo_plan_id(services: Services) -> int:
    return services.demo.create_seed().plan_id
