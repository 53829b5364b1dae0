"""How laborwatch shows things to people: one module for the CLI, brief, dashboard and exports.

Figures read as the text gave them ("around 4,000", "up to 28,000", "4,000–5,000",
"$500 million a year", "70%"), places by name, sectors, statuses and measures by their
display names (``data/vocabulary.yaml``), counted nouns with the right plural ("1 fact"),
long text clipped on one line, the latest estimate per place, and the world map's colour
classes (``data/map.yaml``) that the brief and the dashboard both draw with.

The figures themselves are written by :mod:`laborwatch.figures` (a ground-floor module,
re-exported here): nothing rounds a stated figure; only modelled numbers (estimates,
revenue medians) go through :func:`approx` and ``money(..., rounded=True)``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from laborwatch.figures import DASH, number
from laborwatch.figures import approx as approx  # re-exported: figures are shown from here
from laborwatch.figures import figure as figure
from laborwatch.figures import figure_of as figure_of
from laborwatch.figures import money as money
from laborwatch.figures import vague as vague
from laborwatch.model import vocabulary
from laborwatch.settings import load

if TYPE_CHECKING:
    from laborwatch.reconcile.records import Estimate

NONE = "–"  # an empty cell
WORLD = "M49:001"


def counted(item: Any, noun: str) -> str:
    """A count with its noun as the text gave it: 'around 4,000 workers', 'thousands of
    workers', '800–1,000 workers'."""
    value = getattr(item, "value", item)
    of = " of" if getattr(value, "qualifier", None) == "vague" else ""
    return f"{figure_of(item)}{of} {noun}"


# ---------------------------------------------------------------- words


def noun(n: int, word: str, many: str | None = None) -> str:
    """The form of ``word`` that goes with ``n``: 'fact' for 1, 'facts', 'countries'."""
    if n == 1:
        return word
    if many is not None:
        return many
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 fact', '2 facts', '3 countries', '1,200 documents'."""
    return f"{number(n)} {noun(n, word, many)}"


def sector(name: str | None, none: str = NONE) -> str:
    """'IT', 'construction'; ``none`` when no sector is named."""
    return vocabulary().sectors.get(name, name) if name else none


def status(name: str | None, none: str = NONE) -> str:
    return vocabulary().statuses.get(name, name) if name else none


def measure(name: str | None, none: str = NONE) -> str:
    """'workers present (stock)', 'new dispatches (flow)'."""
    return vocabulary().measures.get(name, name) if name else none


def kind(name: str) -> str:
    return vocabulary().kinds.get(name, name)


def place(code: str) -> str:
    """'Russia' for RU, 'South-eastern Asia' for M49:035 (the code itself if unknown)."""
    from laborwatch.reconcile.config import place_name

    return place_name(code)


def places(codes: Iterable[str], none: str = "unspecified place", sep: str = ", ") -> str:
    names = [place(c) for c in codes]
    return sep.join(names) if names else none


def years(span: Sequence[int] | None) -> str:
    """'2023', '2019–2023', 'undated'."""
    if not span:
        return "undated"
    return str(span[0]) if span[0] == span[-1] else f"{span[0]}{DASH}{span[-1]}"


def clip(text: str | None, width: int) -> str:
    """Text on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


# ---------------------------------------------------------------- estimates


def latest_by_place(
    estimates: Iterable[Estimate],
    measure: str = "stock",
    year: int | None = None,
    *,
    countries_only: bool = True,
) -> dict[str, Estimate]:
    """Per place: its all-sector estimate of ``measure`` for ``year`` (else its latest year)."""
    out: dict[str, Estimate] = {}
    for est in estimates:
        if est.measure != measure or est.sector is not None:
            continue
        if countries_only and est.destination.startswith("M49:"):
            continue
        if year is not None and est.year != year:
            continue
        best = out.get(est.destination)
        if best is None or est.year > best.year:
            out[est.destination] = est
    return out


def ranked(latest: Mapping[str, Estimate]) -> list[Estimate]:
    """Estimates largest central figure first (ties by place name)."""
    return sorted(latest.values(), key=lambda e: (-e.central, place(e.destination)))


# ---------------------------------------------------------------- the map's classes


@dataclass(frozen=True, slots=True)
class MapClass:
    """One colour class of the world map: values below ``below`` (None: no upper bound)."""

    below: float | None
    colour: str


@dataclass(frozen=True, slots=True)
class MapSettings:
    """``data/map.yaml``: the choropleth classes and the drawing window."""

    no_data: str
    classes: tuple[MapClass, ...]
    north: float
    south: float
    width: int

    def __post_init__(self) -> None:
        bounds = [c.below for c in self.classes]
        if not bounds or bounds[-1] is not None or None in bounds[:-1]:
            raise ValueError("classes need increasing bounds and a last class without one")
        if bounds[:-1] != sorted(b for b in bounds[:-1] if b is not None):
            raise ValueError("class bounds must increase")


@functools.cache
def map_settings() -> MapSettings:
    """The shipped map classes with the user's ``map`` section laid over them."""
    return load(MapSettings, resources.files("laborwatch.data") / "map.yaml", section="map")


def map_colour(value: float | None) -> str:
    """The fill of a place whose central estimate is ``value`` (None: no estimate)."""
    cfg = map_settings()
    if value is None:
        return cfg.no_data
    return next(c.colour for c in cfg.classes if c.below is None or value < c.below)


def map_legend() -> list[tuple[str, str]]:
    """(colour, label) of every class, 'no estimate' first: '< 500', '500–2,000', '≥ 50,000'."""
    cfg = map_settings()
    out = [(cfg.no_data, "no estimate")]
    lower: float | None = None
    for c in cfg.classes:
        if lower is None:
            label = f"< {number(c.below or 0)}"
        elif c.below is None:
            label = f"≥ {number(lower)}"
        else:
            label = f"{number(lower)}{DASH}{number(c.below)}"
        out.append((c.colour, label))
        lower = c.below
    return out


def map_year(
    estimates: Iterable[Estimate], measure: str = "stock"
) -> tuple[list[int], int | None, str]:
    """Years with a country estimate of ``measure`` (newest first), the one a map shows by
    default, and why: the latest year with a direct estimate (a figure a source gave) for a
    country, else for the world or a region; without one, the latest year."""
    ests = [e for e in estimates if e.measure == measure and e.sector is None]
    countries = [e for e in ests if not e.destination.startswith("M49:")]
    years = sorted({e.year for e in countries}, reverse=True)
    for pool, where in ((countries, "a country"), (ests, "the world or a region")):
        direct = [e.year for e in pool if e.is_direct and e.year in years]
        if direct:
            return years, max(direct), f"the latest year with a direct estimate for {where}"
    if years:
        return years, years[0], "the latest year with an estimate (none is direct)"
    return years, None, "no estimate of this measure yet"


@functools.cache
def small_places() -> dict[str, tuple[float, float]]:
    """(longitude, latitude) of the small states the world outline leaves out
    (``data/small_places.tsv``); the maps draw them as markers."""
    out = {}
    text = (resources.files("laborwatch.data") / "small_places.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            iso, lon, lat = line.split("\t")
            out[iso] = (float(lon), float(lat))
    return out
