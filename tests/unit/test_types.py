"""The Qt-free core type-checks clean: mypy as configured in pyproject.toml ([tool.mypy]: domain, documents,
importers, reports and services, strict, the plan JSON as TypedDicts), run as the command a developer runs.

mypy's cache lives in the system's temporary folder, one per checkout, so a run after a small change takes about
a second instead of the ten or so of a cold one; mypy checks each cached module against its source file.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_mypy(*arguments: str) -> subprocess.CompletedProcess[str]:
    checkout = hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]
    cache = Path(tempfile.gettempdir()) / f"tthc-desktop-mypy-{checkout}"
    return subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(cache), *arguments], cwd=ROOT,
                          capture_output=True, text=True, timeout=600, check=False)


def test_the_core_type_checks_clean() -> None:
    result = run_mypy()
    assert result.returncode == 0, f"mypy found errors:\n{result.stdout}{result.stderr}"
    assert "Success: no issues found" in result.stdout


def test_the_check_sees_a_plan_json_mistake(tmp_path: Path) -> None:
    """The TypedDicts are in force: a consumer that reads a field the plan JSON does not have is an error."""
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "from tthc_desktop.domain.plan_schema import OutlineNode, PlanJson\n"
        "def first_deadline(plan: PlanJson) -> str:\n"
        "    node: OutlineNode = plan['outline'][0]\n"
        "    return node['deadline']\n",
        encoding="utf-8")
    result = run_mypy(str(wrong))
    assert result.returncode == 1
    assert '"OutlineNode" has no key "deadline"' in result.stdout
