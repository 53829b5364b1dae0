"""Load reconcile's data files (estimation rules, reliability grades, sanctions, M49) once.

Each YAML file loads through :func:`laborwatch.settings.load` into frozen dataclasses: an
unknown, missing or mistyped key is a :class:`~laborwatch.errors.DataFileError` naming
the file and the key. A user may point ``LABORWATCH_ESTIMATION``,
``LABORWATCH_RELIABILITY`` or ``LABORWATCH_SANCTIONS`` at an edited copy.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from laborwatch.settings import load

DATA = resources.files("laborwatch") / "data"


# ---------------------------------------------------------------- data/estimation.yaml


@dataclass(frozen=True, slots=True)
class Estimation:
    """``data/estimation.yaml``."""

    facts: FactRules
    estimates: EstimateRules
    revenue: RevenueRules
    language: LanguageRules


@dataclass(frozen=True, slots=True)
class FactRules:
    """How claims group into facts (``facts``)."""

    status_classes: dict[str, str]
    figure_tolerance: float
    exact_tolerance: float
    undated_lookback_years: int


@dataclass(frozen=True, slots=True)
class EstimateRules:
    """How facts make estimates (``estimates``)."""

    plausibility: dict[str, float]  # ratio, pipeline_to_stock
    measures: dict[str, tuple[str, ...]]
    central_max_credibility: int
    max_excluded_listed: int
    approx_spread: float
    drop_credibility: frozenset[int]

    def __post_init__(self) -> None:
        _keys("plausibility", self.plausibility, ("ratio", "pipeline_to_stock"))


@dataclass(frozen=True, slots=True)
class RevenueRules:
    """The revenue model (``revenue``)."""

    priors: dict[str, Prior]  # wage_usd_month, state_share_pct
    draws: int
    seed: int
    max_ratio: float
    window_years: int

    def __post_init__(self) -> None:
        _keys("priors", self.priors, ("wage_usd_month", "state_share_pct"))


@dataclass(frozen=True, slots=True)
class Prior:
    """A documented range used where no evidence is near (the brief quotes it as written)."""

    low: int | float
    high: int | float
    citation: str

    def span(self, scale: float = 1.0) -> tuple[float, float]:
        """(low, high) divided by ``scale`` (100 turns percentages into shares)."""
        return float(self.low) / scale, float(self.high) / scale


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """ICD 203 words (``language``): bands ``[low, high, term, alternative]``."""

    likelihood: tuple[tuple[Any, ...], ...]
    credibility_probability: dict[int, float | None]
    cannot_assess: str


def _keys(name: str, mapping: Mapping[str, Any], names: tuple[str, ...]) -> None:
    """A ValueError (the loader's DataFileError) unless ``mapping`` has exactly ``names``."""
    if set(mapping) != set(names):
        raise ValueError(f"{name}: expected the keys {', '.join(names)}, not {', '.join(mapping)}")


# ---------------------------------------------------------------- data/reliability.yaml


@dataclass(frozen=True, slots=True)
class ReliabilityTable:
    """``data/reliability.yaml``: Admiralty grades of originating sources and publishers."""

    default: str
    origins: tuple[Origin, ...]
    publishers: dict[str, str]


@dataclass(frozen=True, slots=True)
class Origin:
    name: str
    grade: str
    pattern: str  # case-insensitive regular expression on the attribution


# ---------------------------------------------------------------- data/sanctions.yaml


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


@dataclass(frozen=True, slots=True)
class Dated:
    """A rule that counts from a date (``since``, YYYY-MM-DD)."""

    since: str

    def __post_init__(self) -> None:
        dt.date.fromisoformat(self.since)  # a bad date is a data-file error at load

    @property
    def start(self) -> dt.date:
        return dt.date.fromisoformat(self.since)


@dataclass(frozen=True, slots=True)
class Listed(Dated):
    """Facts listed apart from flags: reported plans, repatriations."""

    label: str
    statuses: tuple[str, ...]
    inference: bool = False


@dataclass(frozen=True, slots=True)
class Provision(Dated):
    """One UNSC provision: where it stands, what it says, which ``test`` supports a flag."""

    id: str
    label: str
    resolution: str
    paragraph: str
    adopted: str
    url: str
    summary: str
    test: str
    exceptions: tuple[str, ...]
    weakened_by: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RemoteWork:
    """IT work done remotely for a State's firms: no evidence of workers in that State."""

    sectors: tuple[str, ...]
    pattern: str  # a cue in the sentence, case-insensitive

    def __post_init__(self) -> None:
        self.cue()  # a bad pattern is a data-file error at load

    def cue(self) -> re.Pattern[str]:
        return _compiled(self.pattern)


@dataclass(frozen=True, slots=True)
class Control:
    territory: str
    state: str
    note: str


T = TypeVar("T")


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"bad pattern ({exc})") from exc


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
