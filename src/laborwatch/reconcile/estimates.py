"""Workers per destination and year (and sector): low / central / high, with its working.

The rules (``data/estimation.yaml``; docs/reasoning.md): for one destination, year,
measure (stock = present, apart from the flows dispatched / pipeline / return; cumulative
totals are never estimated per year) and sector, keep the facts about exactly that place:

- scope: a country's figure comes from country-scope facts; site, city and region figures
  (and figures whose scope is not stated) are floors for the country, never its central
  figure; a region's from multi-country facts; the world's from world facts;
- no invented figures: central is a figure some source gave (the lower median of the
  best-graded point figures: a point, or a range's midpoint); open bounds stay bounds;
  where the evidence is only bounds the estimate says so (``basis`` "bounds");
- plausibility: a figure more than ``plausibility.ratio`` times off the best estimate is
  held for review and listed, not used;
- every other fact about the place and year is listed with the reason it was left out.

Regions and the world also get the sum of their countries: a floor (``basis`` "floor"),
never a direct estimate (see :func:`combine`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from laborwatch.model import vocabulary
from laborwatch.reconcile import config
from laborwatch.reconcile.config import EstimateRules, Estimation
from laborwatch.reconcile.intervals import point, span
from laborwatch.reconcile.language import confidence_level
from laborwatch.reconcile.records import Estimate, Fact

WORLD = "M49:001"
LOCAL = ("site", "city", "region")


def level(dest: str) -> str:
    """The scope a direct figure for ``dest`` has: country, multi (a region) or world."""
    if dest == WORLD:
        return "world"
    return "multi" if dest.startswith("M49:") else "country"


def role(fact: Fact, dest: str) -> str:
    """How a fact bears on ``dest``: 'direct', 'floor' (a part of it) or 'other'."""
    want = level(dest)
    if fact.scope == want or (fact.scope == "unknown" and want != "country"):
        return "direct"
    if fact.scope in LOCAL or fact.scope == "unknown":
        return "floor"
    if want == "world" and fact.scope in ("country", "multi"):
        return "floor"
    return "other"


def _exclusion(
    fact: Fact, dest: str, measure: str, sector: str | None, drop: set[int]
) -> str | None:
    """Why a fact about this place and year does not enter this estimate (None: it does)."""
    if len(fact.destinations) > 1:
        return f"joint figure for {'+'.join(fact.destinations)}, not split between them"
    if fact.measure != measure:
        labels = vocabulary().measures
        return f"{labels.get(fact.measure, fact.measure)}, not {labels[measure]}"
    if fact.sector != sector:
        return f"counts only the {fact.sector} sector" if sector is None else "another sector"
    if fact.credibility in drop:
        return f"graded improbable (credibility {fact.credibility})"
    kind = role(fact, dest)
    if kind == "floor":
        what = "scope not stated" if fact.scope == "unknown" else f"a {fact.scope} figure"
        return f"{what}: a floor for {dest}, never its figure"
    if kind == "other":
        return f"a {fact.scope} figure: covers more than {dest}"
    return None


Groups = dict[tuple[str, str | None, bool], list[Fact]]


def group_candidates(candidates: Iterable[Fact]) -> Groups:
    """Facts about one place and year by (measure, sector, joint figure?)."""
    groups: Groups = defaultdict(list)
    for fact in candidates:
        groups[(fact.measure, fact.sector, len(fact.destinations) > 1)].append(fact)
    return groups


def lower_median(values: list[float]) -> float:
    """The middle figure (the lower of the two middle ones): always a figure given."""
    ordered = sorted(values)
    return ordered[(len(ordered) - 1) // 2]


def _floor_of(fact: Fact) -> float | None:
    """What a fact proves at least: its point or its lower bound."""
    p = point(fact)
    if p is not None:
        return fact.low if fact.qualifier in ("range", "vague") else p
    return fact.low


def _held(fact: Fact, ref: float, ratio: float, rules: EstimateRules) -> str | None:
    lo, hi = span(fact, rules)
    if lo > ratio * ref:
        return f"held for review: more than {ratio:g}x the best estimate ({ref:,.0f})"
    if hi < ref / ratio:
        return f"held for review: less than 1/{ratio:g} of the best estimate ({ref:,.0f})"
    return None


def direct_estimate(
    dest: str,
    year: int,
    measure: str,
    sector: str | None,
    candidates: Iterable[Fact] | Groups,
    rules: EstimateRules,
) -> Estimate | None:
    """The estimate from facts about exactly ``dest`` (None when no fact bears on it).

    ``candidates`` are the facts about the place and year (or them grouped by
    :func:`group_candidates`); the left-out ones are listed with their reasons, up to
    ``max_excluded_listed`` (a note counts the rest).
    """
    groups = candidates if isinstance(candidates, dict) else group_candidates(candidates)
    drop = set(rules.drop_credibility)
    own = groups.get((measure, sector, False), [])
    kept = [f for f in own if f.credibility not in drop and role(f, dest) == "direct"]
    floors = [f for f in own if f.credibility not in drop and role(f, dest) == "floor"]
    if not kept and not floors:
        return None
    cap = rules.max_excluded_listed
    excluded: list[tuple[str, str]] = []
    more = 0
    kept_ids = {id(f) for f in kept}
    for key, facts in groups.items():
        if key == (measure, sector, False):
            facts = [f for f in facts if id(f) not in kept_ids]
        elif sector is not None and key[1] != sector:
            continue
        room = max(cap - len(excluded), 0)
        excluded += [(f.id, _exclusion(f, dest, measure, sector, drop) or "") for f in facts[:room]]
        more += max(len(facts) - room, 0)
    notes: list[str] = []
    ratio = rules.plausibility["ratio"]
    best_cred = rules.central_max_credibility
    points = [(p, f) for f in kept if (p := point(f)) is not None]
    tier = [p for p, f in points if f.credibility <= best_cred] or [p for p, _ in points]
    if tier:
        ref = lower_median(tier)
        still = []
        for f in kept:
            why = _held(f, ref, ratio, rules)
            if why:
                excluded.append((f.id, why))
            else:
                still.append(f)
        kept = still
        still_ids = {id(f) for f in still}
        points = [(p, f) for p, f in points if id(f) in still_ids]
        tier = [p for p, f in points if f.credibility <= best_cred] or [p for p, _ in points]
    floor = max((v for f in floors if (v := _floor_of(f)) is not None), default=None)
    if not kept:
        if floor is None:
            return None
        return _floor_estimate(dest, year, measure, sector, floors, floor, excluded, more)
    basis, bound = "direct", None
    if tier:
        central = lower_median(tier)
        spans = [span(f, rules) for _, f in points]
        low = min(s[0] for s in spans)
        high = max(s[1] for s in spans)
        if len(tier) > 1:
            notes.append(
                f"sources differ ({len(tier)} figures); central is their middle figure "
                "and the range is kept"
            )
    else:
        basis = "bounds"
        at_least = [f.low for f in kept if f.low is not None]
        at_most = [f.high for f in kept if f.high is not None]
        lo = max(at_least) if at_least else None
        hi = min(at_most) if at_most else None
        if lo is not None and hi is not None and lo > hi:
            notes.append(f"the bounds disagree: at least {lo:,.0f} but at most {hi:,.0f}")
        bound = (
            "between"
            if lo is not None and hi is not None
            else ("at_least" if lo is not None else "at_most")
        )
        low = lo if lo is not None else 0.0
        high = hi if hi is not None else low
        central = lo if lo is not None else high
        notes.append("the sources give only bounds, no figure")
    if floor is not None:
        if floor > (central if basis == "direct" else low):
            notes.append(
                f"a local figure ({floor:,.0f}) exceeds this figure; the country figure is kept"
            )
        if basis == "bounds":
            low = max(low, floor)
    if more:
        notes.append(f"{more} more facts left out for the reasons listed")
    origins = {o for f in kept for o in f.origins}
    contradicted = any(f.contradicts for f in kept)
    return Estimate(
        destination=dest,
        year=year,
        measure=measure,
        sector=sector,
        low=min(low, central),
        central=central,
        high=max(high, central),
        facts=[f.id for f in kept],
        excluded=excluded,
        method="direct" if basis == "direct" else "bounds only",
        credibility=min(f.credibility for f in kept),
        confidence=confidence_level(len(origins), min(f.reliability for f in kept), contradicted),
        notes=notes,
        basis=basis,
        bound=bound,
    )


def _floor_estimate(
    dest: str,
    year: int,
    measure: str,
    sector: str | None,
    floors: list[Fact],
    floor: float,
    excluded: list[tuple[str, str]],
    more: int,
) -> Estimate:
    scopes = sorted({f.scope for f in floors})
    floor_ids = {f.id for f in floors}
    notes = [f"only {'/'.join(scopes)} figures: a floor for the whole, not its figure"]
    if more:
        notes.append(f"{more} more facts left out for the reasons listed")
    return Estimate(
        destination=dest,
        year=year,
        measure=measure,
        sector=sector,
        low=floor,
        central=floor,
        high=floor,
        facts=[f.id for f in floors],
        excluded=[(i, r) for i, r in excluded if i not in floor_ids],
        method="local figures only (a floor)",
        credibility=min(f.credibility for f in floors),
        confidence="low",
        notes=notes,
        basis="floor",
    )


def combine(
    code: str, year: int, direct: Estimate | None, parts: list[Estimate]
) -> Estimate | None:
    """A region's or the world's stock: its direct figure, else the sum of its countries.

    Countries are disjoint, so the sum of what each is known to hold is a floor for the
    whole (only countries with evidence enter it): drawn and labelled as a floor, with no
    likelihood word, and never the headline figure. Beside a direct figure the sum is kept
    for comparison (``floor``), never mixed into it. Regional and joint figures never enter
    a sum, so nothing is counted twice.
    """
    if not parts:
        return direct
    total = sum(p.floor_value for p in parts)
    names = ", ".join(p.destination for p in parts)
    facts = [f for p in parts for f in p.facts]
    part_note = f"sum of {len(parts)} countries with evidence ({names}): at least {total:,.0f}"
    if direct is None or direct.basis == "floor":
        return Estimate(
            code,
            year,
            "stock",
            None,
            total,
            total,
            total,
            facts,
            method="sum of countries (a floor: only countries with evidence)",
            credibility=min(p.credibility for p in parts),
            confidence="low",
            notes=[part_note],
            basis="floor",
        )
    direct.floor = total
    direct.notes.append(part_note)
    if direct.basis == "bounds":
        direct.low = max(direct.low, total)
        direct.high = max(direct.high, direct.low)
    elif total > direct.high:
        direct.review.append(
            f"the countries with evidence sum to {total:,.0f}, above this figure's range"
        )
    return direct


def _index(facts: Iterable[Fact]) -> dict[tuple[str, int], list[Fact]]:
    index: dict[tuple[str, int], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind != "workers" or fact.years is None:
            continue
        for dest in fact.destinations:
            for year in range(fact.years[0], fact.years[1] + 1):
                index[(dest, year)].append(fact)
    return index


def estimate_all(facts: Iterable[Fact], settings: Estimation | None = None) -> list[Estimate]:
    """Every estimate the graded facts support: per place and year, per measure, per sector,
    plus region and world stocks (direct, else the sum of their countries as a floor)."""
    rules = (settings or config.estimation()).estimates
    members = config.m49()
    out: list[Estimate] = []
    country_stock: dict[int, list[Estimate]] = defaultdict(list)
    direct_area: dict[tuple[str, int], Estimate | None] = {}
    for (dest, year), cands in sorted(_index(facts).items()):
        groups = group_candidates(cands)
        sector_stocks: list[Estimate] = []
        whole = False
        for measure, sector in sorted(
            {(m, s) for m, s, joint in groups if not joint and m not in ("unknown", "cumulative")},
            key=lambda m: (m[0], m[1] or ""),
        ):
            est = direct_estimate(dest, year, measure, sector, groups, rules)
            if est is None:
                continue
            if measure == "stock" and sector is not None:
                sector_stocks.append(est)
            if measure == "stock" and sector is None and dest.startswith("M49:"):
                direct_area[(dest, year)] = est
                continue
            out.append(est)
            if measure == "stock" and sector is None and dest in members:
                whole = True
                country_stock[year].append(est)
        if not whole and sector_stocks and dest in members:
            floor = sum_of_sectors(dest, year, sector_stocks)
            out.append(floor)
            country_stock[year].append(floor)
        if dest.startswith("M49:") and (dest, year) not in direct_area:
            direct_area[(dest, year)] = None
    years = sorted({y for _, y in direct_area} | set(country_stock))
    for year in years:
        parts = country_stock.get(year, [])
        for code in sorted({c for c, y in direct_area if y == year} | {WORLD}):
            inside = parts if code == WORLD else [p for p in parts if _within(p, code, members)]
            est = combine(code, year, direct_area.get((code, year)), inside)
            if est is not None:
                out.append(est)
    _review_flows(out, rules.plausibility["pipeline_to_stock"])
    return sorted(out, key=lambda e: (e.destination, e.year, e.measure, e.sector or ""))


def _review_flows(estimates: list[Estimate], ratio: float) -> None:
    """A pipeline or flow many times the stock of its place and year is held for review."""
    stock = {
        (e.destination, e.year, e.sector): e
        for e in estimates
        if e.measure == "stock" and e.is_direct
    }
    for e in estimates:
        base = stock.get((e.destination, e.year, e.sector))
        if e.measure in ("pipeline", "flow") and base and e.central > ratio * base.central:
            e.review.append(
                f"{e.central:,.0f} is more than {ratio:g}x the stock ({base.central:,.0f})"
            )


def sum_of_sectors(dest: str, year: int, parts: list[Estimate]) -> Estimate:
    """A country's all-sector stock when only sector figures exist: their sum, a floor
    (workers in sectors no source counted are missing from it)."""
    total = sum(p.floor_value for p in parts)
    return Estimate(
        destination=dest,
        year=year,
        measure="stock",
        sector=None,
        low=total,
        central=total,
        high=total,
        facts=sorted({f for p in parts for f in p.facts}),
        method="sum of sectors (a floor)",
        credibility=max(p.credibility for p in parts),
        confidence="low",
        notes=[
            "only sector-specific figures: "
            + ", ".join(f"{p.sector} {p.label()}" for p in parts)
            + "; other sectors are not counted"
        ],
        basis="floor",
    )


def _within(part: Estimate, code: str, members: dict[str, tuple[str, str, str]]) -> bool:
    entry = members.get(part.destination)
    return entry is not None and code[4:] in entry[1:]


def latest_direct_world(estimates: Iterable[Estimate]) -> Estimate | None:
    """The dashboard's headline: the latest direct world stock estimate (never a floor)."""
    found = [
        e
        for e in estimates
        if e.destination == WORLD and e.measure == "stock" and e.sector is None and e.is_direct
    ]
    return max(found, key=lambda e: e.year, default=None)


def select(
    estimates: Iterable[Estimate],
    destination: str | None = None,
    year: int | None = None,
    sector: str | None = None,
    measure: str | None = None,
) -> list[Estimate]:
    """Filter estimates as the CLI and web app ask for them."""
    return [
        e
        for e in estimates
        if (destination is None or e.destination == destination)
        and (year is None or e.year == year)
        and (sector is None or e.sector == sector)
        and (measure is None or e.measure == measure)
    ]
