"""Running a process that is subject to file permissions, as a clerk's is.

Tests here run as root, and root ignores file permissions (CAP_DAC_OVERRIDE): a chmod'ed file stays writable to it.
So the process under test drops that power from its capability bounding set with `setpriv` (util-linux) and keeps
its user: the kernel then checks the file's and folder's mode bits as for any owner. An ordinary user needs nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def prefix() -> list[str]:
    """The command prefix that makes a child process obey permissions (skips the test where none can)."""
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root ignores file permissions here and setpriv is not installed")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


def run_python(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python args…` in such a process, from the repository (so it imports this tree), messages in English."""
    env = dict(os.environ, TTHC_LANG="en", PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT),
                                                                                 os.environ.get("PYTHONPATH")])))
    return subprocess.run([*prefix(), sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=timeout)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return run_python("-m", "tthc_desktop", "--lang", "en", *args)
