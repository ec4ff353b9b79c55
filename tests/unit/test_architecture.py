"""The dependency direction of docs/ARCHITECTURE.md, checked on what every module really imports.

Every form of import counts: `import a.b`, `from a import b` (b may be a module), relative imports resolved against
the importing module, `from tthc_desktop import ui`, and `importlib.import_module("…")` / `__import__("…")` with a
literal name. A dynamic import whose name the checker cannot read is refused outright: it would walk round the rules.
Imports inside functions count as much as those at the top: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "tthc_desktop"

# Small shared helpers every layer may use; they use none of the layers.
HELPERS = {"tthc_desktop", "errors", "i18n", "paths", "files", "logging_setup", "session_marker"}
# What each layer may import, besides itself and the helpers. A layer missing here may import nothing of ours.
ALLOWED: dict[str, set[str]] = {
    "domain": set(),
    "demo": {"domain"},  # the demo commune: its data files and its year as a pure story
    "importers": {"domain"},
    "documents": {"domain"},
    "reports": {"documents", "domain"},
    "db": {"domain"},
    "services": {"db", "documents", "reports", "importers", "demo", "domain"},
    "ui": {"services", "documents", "reports", "importers", "domain"},
    "app": {"ui", "services", "documents", "reports", "importers", "domain"},
    "cli": {"app", "cli_backup", "cli_chasing", "cli_mail", "cli_reports", "services", "domain"},
    "cli_backup": {"services", "domain"},
    "cli_chasing": {"services", "domain"},
    "cli_mail": {"services", "domain"},
    "cli_reports": {"services", "domain"},
    "__main__": {"cli"},
}
QT_ALLOWED = {"ui", "app"}  # the UI and the start-up module
DOMAIN_MAY_NOT = {"i18n", "paths", "files", "logging_setup", "session_marker"}  # pure rules: no files, no language


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def our_modules() -> frozenset[str]:
    return frozenset(module_name(p) for p in PACKAGE.rglob("*.py"))


class DynamicImportError(AssertionError):
    pass


def imports_in(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module name `source` (the text of `module`) imports, resolved to absolute names."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            names.add(target)
            names.update(f"{target}.{alias.name}" for alias in node.names)  # `from pkg import submodule`
        elif isinstance(node, ast.Call) and _is_dynamic_import(node.func):
            argument = node.args[0] if node.args else None
            if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
                raise DynamicImportError(f"{module}: a dynamic import whose module name is not a literal")
            names.add(argument.value)
    return {n for n in names if n}


def _is_dynamic_import(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in {"__import__", "import_module"}
    return isinstance(func, ast.Attribute) and func.attr == "import_module"


@cache
def imports_of(path: Path) -> frozenset[str]:
    return frozenset(imports_in(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py"))


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def our_imports(path: Path) -> set[str]:
    """The modules of ours `path` imports (a name that is an attribute of a module counts as that module)."""
    found = set()
    for name in imports_of(path):
        if not name.startswith("tthc_desktop"):
            continue
        while name not in our_modules() and "." in name:
            name = name.rsplit(".", 1)[0]
        found.add(name)
    return found - {module_name(path)}


def all_paths() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def ids(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


def test_the_package_has_modules_to_check() -> None:
    assert len(all_paths()) > 20


@pytest.mark.parametrize("path", all_paths(), ids=ids)
def test_each_layer_imports_only_the_layers_below_it(path: Path) -> None:
    own = layer(module_name(path))
    if own in HELPERS:
        allowed = HELPERS
    else:
        assert own in ALLOWED, f"{own} is a new part: give it its place in ALLOWED and in docs/ARCHITECTURE.md"
        allowed = ALLOWED[own] | HELPERS | {own}
        if own == "domain":
            allowed -= DOMAIN_MAY_NOT
    wrong = {name for name in our_imports(path) if layer(name) not in allowed}
    assert not wrong, f"{ids(path)} ({own}) imports {sorted(wrong)}"


@pytest.mark.parametrize("path", all_paths(), ids=ids)
def test_qt_is_imported_only_by_the_ui_and_the_start_up_module(path: Path) -> None:
    if layer(module_name(path)) in QT_ALLOWED:
        return
    qt = {name for name in imports_of(path) if name.split(".")[0] in {"PySide6", "shiboken6"}}
    assert not qt, f"{ids(path)} imports {qt}"


@pytest.mark.parametrize("path", sorted((PACKAGE / "ui").rglob("*.py")), ids=ids)
def test_the_ui_never_touches_the_database_layer(path: Path) -> None:
    assert not {n for n in imports_of(path) if n.split(".")[0] == "sqlalchemy" or layer(n) == "db"
                and n.startswith("tthc_desktop.")}


@pytest.mark.parametrize("part", ["domain", "documents", "reports", "importers"])
def test_pure_parts_never_reach_the_database_or_sqlalchemy(part: str) -> None:
    for path in sorted((PACKAGE / part).rglob("*.py")):
        names = imports_of(path)
        assert not {n for n in names if n.split(".")[0] in {"sqlalchemy", "alembic", "sqlite3"}}, ids(path)


def test_no_module_imports_itself_back_through_others() -> None:
    graph = {module_name(p): our_imports(p) for p in all_paths()}
    assert find_cycle(graph) is None


def find_cycle(graph: dict[str, Iterable[str]]) -> list[str] | None:
    """One import cycle of `graph` as a path that ends where it started, or None."""
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in graph.get(node, ()):
            if state.get(target) == 1:
                return [*path[path.index(target):], target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


# The checker itself: each form of import it must see, and each it must refuse.
@pytest.mark.parametrize(
    ("source", "module", "expected"),
    [
        ("from PySide6.QtCore import QObject\nimport os\n", "tthc_desktop.services.x", "PySide6.QtCore"),
        ("from . import ui\n", "tthc_desktop.app", "tthc_desktop.ui"),
        ("from ..db import models\n", "tthc_desktop.services.x", "tthc_desktop.db.models"),
        ("from .. import db\n", "tthc_desktop.services.x", "tthc_desktop.db"),
        ("from tthc_desktop import ui\n", "tthc_desktop.services.x", "tthc_desktop.ui"),
        ("import importlib\nimportlib.import_module('tthc_desktop.ui')\n", "tthc_desktop.db.x", "tthc_desktop.ui"),
        ("def f():\n    import tthc_desktop.db.models\n", "tthc_desktop.reports.x", "tthc_desktop.db.models"),
        ("__import__('sqlalchemy')\n", "tthc_desktop.ui.x", "sqlalchemy"),
    ],
)
def test_the_checker_sees_every_form_of_import(source: str, module: str, expected: str) -> None:
    assert expected in imports_in(source, module)


def test_the_checker_refuses_an_import_it_cannot_read() -> None:
    with pytest.raises(DynamicImportError):
        imports_in("import importlib\nname = 'tthc_desktop.ui'\nimportlib.import_module(name)\n", "tthc_desktop.x")


def test_the_checker_finds_a_cycle() -> None:
    assert find_cycle({"a": ["b"], "b": ["c"], "c": ["a"], "d": []}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": ["b"], "b": [], "c": ["a"]}) is None
