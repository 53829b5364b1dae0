"""Potential breaches of the UNSC worker provisions, per country and year, with evidence.

Each provision of ``data/sanctions.yaml`` names the worker statuses that can support a
flag and the date from which they count. A fact about a country supports a flag for each
year it covers that ends after that date; when the year began before it, only part of the
year counts, the flag says so and its likelihood drops one ICD 203 band (years with less
than ``straddle_min_fraction`` after the date are not flagged at all). Region- and
world-level facts name no country and flag nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from laborwatch.reconcile import config
from laborwatch.reconcile.language import (
    confidence_level,
    credibility_probability,
    step_down,
)
from laborwatch.reconcile.records import Fact, Flag


def _after_fraction(year: int, since: dt.date) -> float:
    """Share of ``year`` that lies after ``since`` (1.0 for later years, 0.0 for earlier)."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if since < start:
        return 1.0
    if since >= end:
        return 0.0
    return (end - since).days / 365.0


def flag_all(facts: Iterable[Fact], table: dict[str, Any] | None = None) -> list[Flag]:
    """Every (provision, country, year) the graded facts give reason to flag."""
    table = table or config.sanctions()
    min_fraction = float(table.get("straddle_min_fraction", 0.25))
    facts = [f for f in facts if f.kind == "workers" and f.years and f.credibility != 5]
    flags: list[Flag] = []
    for prov in table["provisions"]:
        since = dt.date.fromisoformat(str(prov["since"]))
        support: dict[tuple[str, int], list[Fact]] = defaultdict(list)
        for fact in facts:
            if fact.status not in prov["statuses"]:
                continue
            assert fact.years is not None
            for year in range(fact.years[0], fact.years[1] + 1):
                if _after_fraction(year, since) < min_fraction:
                    continue
                for country in fact.destinations:
                    if not country.startswith("M49:"):
                        support[(country, year)].append(fact)
        for (country, year), backing in sorted(support.items()):
            flags.append(_flag(prov, country, year, backing, since))
    return sorted(flags, key=lambda f: (f.country, f.year, f.provision))


def _flag(
    prov: dict[str, Any], country: str, year: int, backing: list[Fact], since: dt.date
) -> Flag:
    best = min(backing, key=lambda f: f.credibility)
    p = credibility_probability(best.credibility)
    notes: list[str] = []
    weakened = list(prov.get("weakened_by", []))
    if _after_fraction(year, since) < 1.0:
        p = step_down(p)
        notes.append(f"only part of {year} falls after {since.isoformat()}")
        weakened.insert(0, f"The events fell in {year} before {since.isoformat()}.")
    if all(len(f.destinations) > 1 for f in backing):
        notes.append("the figures are joint for several countries")
    if any(f.contradicts for f in backing):
        notes.append("other sources give figures that contradict some of these")
    origins = {o for f in backing for o in f.named_origins}
    return Flag(
        provision=prov["id"],
        resolution=str(prov["resolution"]),
        paragraph=str(prov["paragraph"]),
        country=country,
        year=year,
        facts=sorted({f.id for f in backing}),
        likelihood=round(p, 3),
        confidence=confidence_level(
            len(origins), min(f.reliability for f in backing), any(f.contradicts for f in backing)
        ),
        weakened_by=weakened,
        notes=notes,
    )
