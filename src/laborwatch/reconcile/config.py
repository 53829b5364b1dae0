"""Load reconcile's data files (estimation rules, reliability grades, sanctions, M49) once.

Each YAML file loads through :func:`laborwatch.settings.load` into frozen dataclasses: an
unknown, missing or mistyped key is a :class:`~laborwatch.errors.DataFileError` naming
the file and the key. A user may point ``LABORWATCH_ESTIMATION``,
``LABORWATCH_RELIABILITY`` or ``LABORWATCH_SANCTIONS`` at an edited copy.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from laborwatch.settings import load

DATA = resources.files("laborwatch") / "data"
T = TypeVar("T")


# ---------------------------------------------------------------- data/estimation.yaml


@dataclass(frozen=True, slots=True)
class FactRules:
    """How claims group into facts (``facts``)."""

    figure_tolerance: float
    exact_tolerance: float
    undated_lookback_years: int
    status_classes: dict[str, str]


@dataclass(frozen=True, slots=True)
class Plausibility:
    ratio: float
    pipeline_to_stock: float


@dataclass(frozen=True, slots=True)
class EstimateRules:
    """How facts make estimates (``estimates``)."""

    central_max_credibility: int
    plausibility: Plausibility
    drop_credibility: frozenset[int]
    max_excluded_listed: int
    approx_spread: float
    measures: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Prior:
    low: int | float  # as written: the brief quotes it
    high: int | float
    citation: str


@dataclass(frozen=True, slots=True)
class Priors:
    wage_usd_month: Prior
    state_share_pct: Prior


@dataclass(frozen=True, slots=True)
class RevenueRules:
    """The revenue model (``revenue``)."""

    draws: int
    seed: int
    max_ratio: float
    window_years: int
    priors: Priors


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """ICD 203 words (``language``): bands ``[low, high, term, alternative]``."""

    likelihood: tuple[tuple[Any, ...], ...]
    credibility_probability: dict[int, float | None]
    cannot_assess: str


@dataclass(frozen=True, slots=True)
class Estimation:
    """``data/estimation.yaml``."""

    facts: FactRules
    estimates: EstimateRules
    revenue: RevenueRules
    language: LanguageRules


# ---------------------------------------------------------------- data/reliability.yaml


@dataclass(frozen=True, slots=True)
class Origin:
    name: str
    grade: str
    pattern: str  # case-insensitive regular expression on the attribution


@dataclass(frozen=True, slots=True)
class ReliabilityTable:
    """``data/reliability.yaml``: Admiralty grades of originating sources and publishers."""

    default: str
    origins: tuple[Origin, ...]
    publishers: dict[str, str]


# ---------------------------------------------------------------- data/sanctions.yaml


@dataclass(frozen=True, slots=True)
class Control:
    territory: str
    state: str
    note: str


@dataclass(frozen=True, slots=True)
class RemoteWork:
    sectors: tuple[str, ...]
    pattern: str


@dataclass(frozen=True, slots=True)
class Listed:
    """Facts listed apart from flags: reported plans, repatriations."""

    label: str
    statuses: tuple[str, ...]
    since: str
    inference: bool = False


@dataclass(frozen=True, slots=True)
class Provision:
    id: str
    label: str
    resolution: str
    paragraph: str
    adopted: str
    since: str
    url: str
    summary: str
    test: str
    exceptions: tuple[str, ...]
    weakened_by: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Sanctions:
    """``data/sanctions.yaml``: the UNSC worker provisions and how facts are tested."""

    tests: dict[str, tuple[str, ...]]
    straddle_min_fraction: float
    control: tuple[Control, ...]
    remote_work: RemoteWork
    reported_plans: Listed
    compliance: Listed
    provisions: tuple[Provision, ...]


def _path(name: str, env: str) -> Path:
    override = os.environ.get(env)
    return Path(override) if override else Path(str(DATA / name))


def _load(cls: type[T], name: str, env: str) -> T:
    """One data file (or the user's copy named by ``env``) through the settings loader."""
    return load(cls, _path(name, env))


@functools.cache
def estimation() -> Estimation:
    """``data/estimation.yaml``: grouping, estimate, revenue and language rules."""
    return _load(Estimation, "estimation.yaml", "LABORWATCH_ESTIMATION")


@functools.cache
def reliability() -> ReliabilityTable:
    """``data/reliability.yaml``: Admiralty reliability per originating source/publisher."""
    return _load(ReliabilityTable, "reliability.yaml", "LABORWATCH_RELIABILITY")


@functools.cache
def sanctions() -> Sanctions:
    """``data/sanctions.yaml``: the UNSC worker provisions."""
    return _load(Sanctions, "sanctions.yaml", "LABORWATCH_SANCTIONS")


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
