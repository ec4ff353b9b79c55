"""Office Open XML files checked against the ISO/IEC 29500 schemas, as Word and Excel read them.

Runs the project's validator (`validate-ooxml`, RELAX NG with jing) over every part of the files given. The
validator starts one Java process per part; here the parts of all the files are grouped by schema and each schema
is checked once over all of them (its own `strip_compat` first), which gives the same errors in a fraction of the
time. Where the validator or jing is missing the tests skip, except in CI (.ci/run installs jing), where they fail.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections import defaultdict
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CANDIDATES = (os.environ.get("TTHC_VALIDATE_OOXML", ""), str(ROOT / "tools" / "validate-ooxml"),
              str(ROOT.parent / "shared" / "tools" / "validate-ooxml"), "/work/shared/tools/validate-ooxml")


@cache
def validator() -> ModuleType | None:
    path = next((c for c in CANDIDATES if c and Path(c).is_file()), None)
    if path is None or shutil.which("jing") is None:
        return None
    loader = importlib.machinery.SourceFileLoader("validate_ooxml", path)
    spec = importlib.util.spec_from_loader("validate_ooxml", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def schema_errors(*paths: Path) -> list[str]:
    """Every schema error in the parts of `paths` ("file part:line:col: message"); [] when all are valid."""
    module = validator()
    if module is None:
        if os.environ.get("CI"):
            pytest.fail("validate-ooxml or jing is missing (apt-get install jing default-jre-headless)")
        pytest.skip("validate-ooxml or jing is not installed here")
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        by_schema: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for number, path in enumerate(paths):
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    schema = next((s for pattern, s in module.PARTS if re.search(pattern, name)), None)
                    if schema is None:
                        continue
                    out = Path(folder) / f"{number}__{name.replace('/', '__')}"
                    out.write_bytes(module.strip_compat(archive.read(name)))
                    by_schema[schema].append((str(out), f"{path.name} {name}"))
        assert by_schema, "no part to check"
        for schema, parts in by_schema.items():
            run = subprocess.run(["jing", "-c", os.path.join(module.SCHEMAS, schema), *(p for p, _ in parts)],
                                 capture_output=True, text=True)
            names = dict(parts)
            for line in (run.stdout + run.stderr).splitlines():
                if not line.strip() or "warning" in line:
                    continue
                source = next((p for p in names if line.startswith(p)), None)
                errors.append(f"{names[source]}{line[len(source):]}" if source else line)
    return errors


def assert_valid(*paths: Path) -> None:
    errors = schema_errors(*paths)
    assert not errors, f"{len(errors)} schema errors:\n" + "\n".join(errors[:40])
