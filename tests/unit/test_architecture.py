"""The dependency direction of docs/ARCHITECTURE.md, checked on the imports of every module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "tthc_desktop"
QT_ALLOWED = {"ui", "app.py"}  # the UI and the start-up module


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(*, outside: set[str] = frozenset()) -> list[Path]:
    return [
        p for p in sorted(PACKAGE.rglob("*.py"))
        if p.relative_to(PACKAGE).parts[0] not in outside
    ]


def test_the_package_has_modules_to_check() -> None:
    assert len(modules()) > 20


@pytest.mark.parametrize("path", modules(outside=QT_ALLOWED), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_qt_is_imported_only_by_the_ui_and_the_start_up_module(path: Path) -> None:
    qt = {name for name in imports_of(path) if name.split(".")[0] in {"PySide6", "shiboken6"}}
    assert not qt, f"{path.relative_to(PACKAGE)} imports {qt}"


@pytest.mark.parametrize("path", modules(outside=QT_ALLOWED), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_nothing_but_the_start_up_module_imports_the_ui(path: Path) -> None:
    assert not {n for n in imports_of(path) if n.startswith("tthc_desktop.ui")}


@pytest.mark.parametrize("path", sorted((PACKAGE / "domain").rglob("*.py")), ids=lambda p: p.name)
def test_the_domain_imports_no_other_layer(path: Path) -> None:
    layers = {n for n in imports_of(path) if n.startswith("tthc_desktop.") and not n.startswith("tthc_desktop.domain")}
    assert not layers, f"domain/{path.name} imports {layers}"


@pytest.mark.parametrize("path", sorted((PACKAGE / "ui").rglob("*.py")), ids=lambda p: p.name)
def test_the_ui_never_touches_the_database_layer(path: Path) -> None:
    names = imports_of(path)
    assert not {n for n in names if n.startswith(("tthc_desktop.db", "sqlalchemy"))}


def test_the_checker_sees_a_qt_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport os\n", encoding="utf-8")
    assert "PySide6.QtCore" in imports_of(sample)
