"""The log goes to the user's log folder and rotates; a folder that cannot be written does not stop the app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import logging, sys
from tthc_desktop import logging_setup
logging_setup.MAX_BYTES = 2000
path = logging_setup.configure()
print(path)
for n in range(200):
    logging.getLogger("tthc_desktop.test").info("line %d of the soak of the log", n)
"""


def run(home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_STATE_HOME=str(home / "state"))
    return subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def test_the_log_rotates_in_the_users_log_folder(tmp_path: Path) -> None:
    result = run(tmp_path)
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "state" / "TTHC Desktop" / "log"
    assert result.stdout.strip() == str(folder / "tthc-desktop.log")
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["tthc-desktop.log"] + [f"tthc-desktop.log.{n}" for n in range(1, 6)]
    assert "line 199 of the soak" in (folder / "tthc-desktop.log").read_text(encoding="utf-8")


def test_a_log_folder_that_cannot_be_made_falls_back_to_stderr(tmp_path: Path) -> None:
    (tmp_path / "state").write_text("a file where the folder should be", encoding="utf-8")
    result = run(tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == "None"
    assert "cannot write the log" in result.stderr and "line 199 of the soak" in result.stderr
