"""Load reconcile's data files (estimation rules, reliability grades, sanctions, M49) once.

A user may point ``LABORWATCH_ESTIMATION``, ``LABORWATCH_RELIABILITY`` or
``LABORWATCH_SANCTIONS`` at an edited copy; a missing or malformed file raises
:class:`~laborwatch.errors.DataFileError`.
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from laborwatch.errors import DataFileError

DATA = resources.files("laborwatch") / "data"


def _path(name: str, env: str) -> Path:
    override = os.environ.get(env)
    return Path(override) if override else Path(str(DATA / name))


def load_yaml(name: str, env: str, required: tuple[str, ...]) -> dict[str, Any]:
    """Read one YAML mapping and check its top-level keys."""
    path = _path(name, env)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"{path}: cannot read ({exc})") from exc
    if not isinstance(data, dict) or any(k not in data for k in required):
        raise DataFileError(f"{path}: expected a mapping with keys {', '.join(required)}")
    return data


@functools.cache
def estimation() -> dict[str, Any]:
    """``data/estimation.yaml``: grouping, estimate, revenue and language rules."""
    return load_yaml(
        "estimation.yaml", "LABORWATCH_ESTIMATION", ("facts", "estimates", "revenue", "language")
    )


@functools.cache
def reliability() -> dict[str, Any]:
    """``data/reliability.yaml``: Admiralty reliability per originating source/publisher."""
    return load_yaml(
        "reliability.yaml", "LABORWATCH_RELIABILITY", ("default", "origins", "publishers")
    )


@functools.cache
def sanctions() -> dict[str, Any]:
    """``data/sanctions.yaml``: the UNSC worker provisions."""
    return load_yaml("sanctions.yaml", "LABORWATCH_SANCTIONS", ("provisions",))


@functools.cache
def m49() -> dict[str, tuple[str, str, str]]:
    """ISO alpha-2 -> (name, M49 sub-region code, M49 region code)."""
    path = Path(str(DATA / "m49_regions.tsv"))
    out: dict[str, tuple[str, str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[2:]:
        iso2, name, sub, _, reg, _ = line.split("\t")
        out[iso2] = (name, sub, reg)
    return out


@functools.cache
def region_names() -> dict[str, str]:
    """'M49:035' -> 'South-eastern Asia', for every region and sub-region in the table."""
    path = Path(str(DATA / "m49_regions.tsv"))
    names = {"M49:001": "World"}
    for line in path.read_text(encoding="utf-8").splitlines()[2:]:
        _, _, sub, sub_name, reg, reg_name = line.split("\t")
        names[f"M49:{sub}"] = sub_name
        names[f"M49:{reg}"] = reg_name
    return names


def place_name(code: str) -> str:
    """A readable name for an ISO code or an M49 code (the code itself if unknown)."""
    if code.startswith("M49:"):
        return region_names().get(code, code)
    entry = m49().get(code)
    return entry[0] if entry else code
