"""The house rule of docs/house.md: a part imports only the parts above it in the data flow."""

from __future__ import annotations

import ast
from pathlib import Path

import laborwatch

SRC = Path(laborwatch.__file__).parent
GROUND = {"errors", "settings", "model", "figures", "__init__", "__version__"}
# What each part may import besides the ground floor (docs/house.md, "may import").
ALLOWED: dict[str, set[str]] = {
    "ingest": set(),
    "extract": {"lang"},
    "lang": set(),
    "dedupe": {"extract", "lang"},  # story features use the number grammar and gazetteer
    "sample": {"ingest"},
    "store": {"dedupe", "review"},
    "review": {"store"},  # for type hints only: the store applies review decisions
    "reconcile": {"store", "review", "extract"},  # extract: the gazetteer, for typed places
    "present": {"reconcile"},
    "report": {"reconcile", "present"},
    "export": {"reconcile", "present"},
    "output": {"reconcile", "present"},
    "jobs": {
        "ingest",
        "extract",
        "dedupe",
        "sample",
        "store",
        "review",
        "reconcile",
        "present",
        "report",
        "export",
        "output",
    },
    "watch": {"ingest", "extract", "dedupe", "store", "review", "reconcile", "present", "report"},
    "web": {
        "watch",
        "ingest",
        "extract",
        "dedupe",
        "store",
        "review",
        "reconcile",
        "present",
        "report",
        "export",
    },
}


def _part(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module == "laborwatch":
            names = [f"laborwatch.{a.name}" for a in node.names]  # from laborwatch import x
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            bits = name.split(".")
            if bits[0] == "laborwatch" and len(bits) > 1:
                found.add(bits[1])
    return found


def test_every_part_imports_only_what_comes_before_it() -> None:
    wrong = []
    for path in sorted(SRC.rglob("*.py")):
        part = _part(path)
        if part in GROUND or part == "cli" or "migrations" in path.parts:
            continue
        assert part in ALLOWED, f"{part} is not on the map in docs/house.md"
        for used in _imports(path) - GROUND - {part}:
            if used not in ALLOWED[part]:
                wrong.append(f"{path.relative_to(SRC)} imports laborwatch.{used}")
    assert wrong == []


def test_the_ground_floor_imports_nothing_above_it() -> None:
    for name in ("errors", "settings", "model"):
        assert _imports(SRC / f"{name}.py") <= GROUND, name
