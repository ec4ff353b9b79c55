"""On a shared computer the clerk's files are the clerk's alone: on POSIX the app's folders are 0700 and the
database, its -wal and -shm, the log (every rotated file too), the settings and the backups 0600, whatever the umask.
Run in a process of its own with the usual umask 022 and its own home folders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")

SCRIPT = r"""
import json, logging, os, sys
from pathlib import Path
os.umask(0o022)

from tthc_desktop import logging_setup, paths, session_marker
from tthc_desktop.db.migrate import _run_alembic
from tthc_desktop.services.backup import BackupService
from tthc_desktop.services.database import Database
from tthc_desktop.services.registry import Services

def mode(path):
    return oct(os.stat(path).st_mode & 0o777)

seen = {}
logging_setup.MAX_BYTES = 2000
log_path = logging_setup.configure()
for n in range(200):
    logging.getLogger("tthc_desktop.test").info("line %d of the log", n)
for path in sorted(log_path.parent.iterdir()):
    seen["log " + path.name] = mode(path)
seen["log folder"] = mode(log_path.parent)

db = paths.default_database()
database = Database.open(db)
Services.for_database(database).demo.create_demo()
seen["data folder"] = mode(db.parent)
for ending in ("", "-wal", "-shm"):
    seen["database" + ending] = mode(f"{db}{ending}")
session_marker.begin_session(db)
seen["session marker"] = mode(session_marker.marker_path(db))
seen["state folder"] = mode(paths.state_dir())
backup = BackupService(database).backup_now()
seen["backups folder"] = mode(backup.parent)
seen["backup"] = mode(backup)
database.close()
seen["record of data"] = mode(session_marker.data_record_path(db))

old = Path(sys.argv[1]) / "old.sqlite"  # a file of the first release, made readable by all, then upgraded
_run_alembic(old, "0001")
os.chmod(old, 0o644)
upgraded = Database.open(old)
upgraded.close()
seen["older database, reopened"] = mode(old)
seen["migration backup"] = mode(upgraded.migration.backup)

from PySide6.QtCore import QCoreApplication, QSettings
from tthc_desktop.app import private_settings
QCoreApplication.setOrganizationName(paths.APP_AUTHOR)
QCoreApplication.setApplicationName(paths.APP_NAME)
application = QCoreApplication([])
settings = QSettings()
private_settings(settings)
settings.setValue("window/workspace", 1)
settings.sync()
seen["settings"] = mode(settings.fileName())
seen["settings folder"] = mode(Path(settings.fileName()).parent)
print(json.dumps(seen))
"""


def test_the_clerks_files_are_private(tmp_path: Path) -> None:
    env = dict(os.environ)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(tmp_path / variable.lower())
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    folders = {name: mode for name, mode in seen.items() if name.endswith("folder")}
    files = {name: mode for name, mode in seen.items() if not name.endswith("folder")}
    assert len([name for name in files if name.startswith("log tthc-desktop.log.")]) == 5  # it did rotate
    assert folders == dict.fromkeys(folders, "0o700"), folders
    assert files == dict.fromkeys(files, "0o600"), files
