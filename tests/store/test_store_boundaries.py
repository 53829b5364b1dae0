"""The store is the only door to the database, and the package has no import cycles.

Both are read from the source (``ast``), so every module of ``src/`` is covered, including
ones no test imports.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
PACKAGE = SRC / "laborwatch"
STORE = PACKAGE / "store"
DRIVERS = ("sqlalchemy", "sqlite3", "psycopg", "psycopg2", "alembic")
EXECUTES = {"execute", "executemany", "executescript", "exec_driver_sql"}
SQL = re.compile(
    r"^\s*(SELECT\s.+\sFROM\s|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s"
    r"|CREATE\s+(TABLE|INDEX|VIEW)\s|ALTER\s+TABLE\s|DROP\s+(TABLE|VIEW)\s|PRAGMA\s)",
    re.IGNORECASE | re.DOTALL,
)


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its ``__init__``)."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def database_use(path: Path) -> list[str]:
    """What in a module talks to a database: driver imports, execute calls, SQL text."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module]
        found += [f"imports {n}" for n in names if n.split(".")[0] in DRIVERS]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in EXECUTES
        ):
            found.append(f"calls .{node.func.attr}() on line {node.lineno}")
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
            found.append(f"SQL text on line {node.lineno}: {node.value[:40]!r}")
    return found


def test_store_is_the_only_door_to_the_database() -> None:
    outside = {
        name: use
        for name, path in modules().items()
        if not path.is_relative_to(STORE) and (use := database_use(path))
    }
    assert outside == {}


def test_store_door_check_sees_database_code() -> None:
    """The scan finds what it looks for (it is not passing on an empty net)."""
    used = database_use(STORE / "store.py")
    assert any(u.startswith("imports sqlalchemy") for u in used)
    assert any("calls .execute()" in u for u in used)
    assert any(u.startswith("SQL text") for u in used)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported_at_load(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Imports that run when the module is loaded (not in functions, not for typing)."""
    out: list[ast.Import | ast.ImportFrom] = []
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            out.append(node)
        elif isinstance(node, ast.If) and not _is_type_checking(node.test):
            pending += node.body + node.orelse
        elif isinstance(node, ast.Try):
            pending += node.body + node.orelse + node.finalbody
            for handler in node.handlers:
                pending += handler.body
    return out


def import_graph() -> dict[str, set[str]]:
    """Module -> the package modules loading it loads first.

    Importing ``a.b.c`` loads the packages ``a`` and ``a.b`` too, unless they are the
    importing module's own packages (already loading, as any submodule's are).
    """
    mods = modules()
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        is_pkg = path.name == "__init__.py"
        deps: set[str] = set()
        for node in _imported_at_load(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                base = node.module or ""
                if node.level:
                    anchor = name.split(".")
                    anchor = anchor[: len(anchor) - node.level + (1 if is_pkg else 0)]
                    base = ".".join(anchor + ([base] if base else []))
                targets = [base] + [f"{base}.{a.name}" for a in node.names]
            for target in targets:
                parts = target.split(".")
                for i in range(1, len(parts) + 1):  # a.b.c loads a, a.b, a.b.c
                    dep = ".".join(parts[:i])
                    if dep in mods and dep != name and not name.startswith(dep + "."):
                        deps.add(dep)
        graph[name] = deps
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_package_has_no_import_cycles() -> None:
    graph = import_graph()
    assert (
        len(graph) > 50
        and "laborwatch.store.store"
        in graph["laborwatch.web.views"]
        | {d for d in graph["laborwatch.web.views"] for d in graph[d]}
        | graph["laborwatch.store"]
    )
    assert cycles(graph) == []


def test_cycle_check_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize(
    "module",
    ["laborwatch.store", "laborwatch.review.decisions", "laborwatch.review", "laborwatch.web.app"],
)
def test_module_imports_alone_in_a_fresh_interpreter(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
