"""Workers per destination and year (and sector): low / central / high, with its working.

The rule (``data/estimation.yaml``; docs/reconcile.md): for one destination, year, measure
(stock = present, apart from the flows dispatched / pipeline / return) and sector, keep the
facts about exactly that destination and that measure; low and high are the widest bounds
of the kept facts, central is the conservative figure (ACLED: the lowest point figure among
facts of credibility <= ``central_max_credibility``), and every other fact about the place
and year is listed with the reason it was left out. Regions and the world combine their
direct facts with the sum of their countries' stock estimates (see :func:`combine`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from laborwatch.reconcile import config
from laborwatch.reconcile.intervals import interval
from laborwatch.reconcile.language import confidence_level
from laborwatch.reconcile.records import Estimate, Fact

WORLD = "M49:001"
MEASURE_LABELS = {
    "stock": "workers present (stock)",
    "flow": "new dispatches (flow)",
    "pipeline": "planned or recruiting (pipeline)",
    "return": "repatriations (flow home)",
    "unknown": "status unknown",
}


def _exclusion(
    fact: Fact, dest: str, measure: str, sector: str | None, drop: set[int]
) -> str | None:
    """Why a fact about this place and year does not enter this estimate (None: it does)."""
    if len(fact.destinations) > 1:
        return f"joint figure for {'+'.join(fact.destinations)}, not split between them"
    if fact.measure != measure:
        return f"{MEASURE_LABELS.get(fact.measure, fact.measure)}, not {MEASURE_LABELS[measure]}"
    if fact.sector != sector:
        return f"counts only the {fact.sector} sector" if sector is None else "another sector"
    if fact.credibility in drop:
        return f"graded improbable (credibility {fact.credibility})"
    return None


Groups = dict[tuple[str, str | None, bool], list[Fact]]


def group_candidates(candidates: Iterable[Fact]) -> Groups:
    """Facts about one place and year by (measure, sector, joint figure?)."""
    groups: Groups = defaultdict(list)
    for fact in candidates:
        groups[(fact.measure, fact.sector, len(fact.destinations) > 1)].append(fact)
    return groups


def direct_estimate(
    dest: str,
    year: int,
    measure: str,
    sector: str | None,
    candidates: Iterable[Fact] | Groups,
    rules: dict[str, Any],
) -> Estimate | None:
    """The estimate from facts about exactly ``dest`` (None when no fact qualifies).

    ``candidates`` are the facts about the place and year (or them grouped by
    :func:`group_candidates`); the left-out ones are listed with their reasons, up to
    ``max_excluded_listed`` (a note counts the rest).
    """
    groups = candidates if isinstance(candidates, dict) else group_candidates(candidates)
    drop = set(rules["drop_credibility"])
    own = groups.get((measure, sector, False), [])
    kept = [f for f in own if f.credibility not in drop]
    if not kept:
        return None
    cap = int(rules.get("max_excluded_listed", 200))
    excluded: list[tuple[str, str]] = []
    more = 0
    for key, facts in groups.items():
        if key == (measure, sector, False):
            facts = [f for f in facts if f.credibility in drop]
        elif sector is not None and key[1] != sector:
            continue
        room = max(cap - len(excluded), 0)
        excluded += [(f.id, _exclusion(f, dest, measure, sector, drop) or "") for f in facts[:room]]
        more += max(len(facts) - room, 0)
    spans = [interval(f, rules) for f in kept]
    best = [
        s[1]
        for f, s in zip(kept, spans, strict=True)
        if f.credibility <= rules["central_max_credibility"]
    ]
    central = min(best or [s[1] for s in spans])
    low, high = min(s[0] for s in spans), max(s[2] for s in spans)
    contradicted = any(f.contradicts for f in kept)
    notes = []
    if len({(f.low, f.high) for f in kept}) > 1:
        notes.append(
            f"sources differ ({len(kept)} figures); the conservative figure is taken "
            "and the range kept"
        )
    if more:
        notes.append(f"{more} more facts left out for the reasons listed")
    named = {o for f in kept for o in f.named_origins}
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
        credibility=min(f.credibility for f in kept),
        confidence=confidence_level(len(named), min(f.reliability for f in kept), contradicted),
        notes=notes,
    )


def combine(
    code: str, year: int, direct: Estimate | None, parts: list[Estimate]
) -> Estimate | None:
    """A region's or the world's stock from its direct facts and its countries' estimates.

    Countries are disjoint, so the sum of their estimates is a floor for the whole: low,
    central and high are each the larger of the direct figure and the sum. Regional and
    joint figures never enter a sum (their countries may be counted already), which is how
    nothing is counted twice.
    """
    if not parts:
        return direct
    s_low = sum(p.low for p in parts)
    s_mid = sum(p.central for p in parts)
    s_high = sum(p.high for p in parts)
    names = ", ".join(p.destination for p in parts)
    facts = [f for p in parts for f in p.facts]
    part_note = (
        f"sum of {len(parts)} country estimates ({names}): "
        f"{s_low:,.0f}-{s_high:,.0f}, central {s_mid:,.0f}"
    )
    if direct is None:
        return Estimate(
            code,
            year,
            "stock",
            None,
            s_low,
            s_mid,
            s_high,
            facts,
            method="sum of countries (a floor: only countries with evidence)",
            credibility=min(p.credibility for p in parts),
            confidence="low",
            notes=[part_note],
        )
    method = "direct" if s_mid <= direct.central else "direct, raised to the sum of countries"
    have = set(direct.facts)
    notes = [*direct.notes, part_note]
    return Estimate(
        code,
        year,
        "stock",
        None,
        max(direct.low, s_low),
        max(direct.central, s_mid),
        max(direct.high, s_high),
        direct.facts + [f for f in facts if f not in have],
        excluded=direct.excluded,
        method=method,
        credibility=direct.credibility,
        confidence=direct.confidence,
        notes=notes,
    )


def _index(facts: Iterable[Fact]) -> dict[tuple[str, int], list[Fact]]:
    index: dict[tuple[str, int], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.kind != "workers" or fact.years is None:
            continue
        for dest in fact.destinations:
            for year in range(fact.years[0], fact.years[1] + 1):
                index[(dest, year)].append(fact)
    return index


def estimate_all(facts: Iterable[Fact], settings: dict[str, Any] | None = None) -> list[Estimate]:
    """Every estimate the graded facts support: per place and year, per measure, per sector,
    plus region and world stocks combined with their countries."""
    rules = (settings or config.estimation())["estimates"]
    members = config.m49()
    out: list[Estimate] = []
    country_stock: dict[int, list[Estimate]] = defaultdict(list)
    direct_area: dict[tuple[str, int], Estimate | None] = {}
    for (dest, year), cands in sorted(_index(facts).items()):
        groups = group_candidates(cands)
        sector_stocks: list[Estimate] = []
        whole = False
        for measure, sector in sorted(
            {(m, s) for m, s, joint in groups if not joint and m != "unknown"},
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
    return sorted(out, key=lambda e: (e.destination, e.year, e.measure, e.sector or ""))


def sum_of_sectors(dest: str, year: int, parts: list[Estimate]) -> Estimate:
    """A country's all-sector stock when only sector figures exist: their sum, a floor
    (workers in sectors no source counted are missing from it)."""
    return Estimate(
        destination=dest,
        year=year,
        measure="stock",
        sector=None,
        low=sum(p.low for p in parts),
        central=sum(p.central for p in parts),
        high=sum(p.high for p in parts),
        facts=sorted({f for p in parts for f in p.facts}),
        method="sum of sectors (a floor)",
        credibility=max(p.credibility for p in parts),
        confidence="low",
        notes=[
            "only sector-specific figures: "
            + ", ".join(f"{p.sector} {p.central:,.0f}" for p in parts)
            + "; other sectors are not counted"
        ],
    )


def _within(part: Estimate, code: str, members: dict[str, tuple[str, str, str]]) -> bool:
    entry = members.get(part.destination)
    return entry is not None and code[4:] in entry[1:]


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
