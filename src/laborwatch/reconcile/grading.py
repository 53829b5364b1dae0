"""Grade sources and facts the way analysts do (Admiralty/NATO code).

Reliability (A-F) comes from ``data/reliability.yaml``: the claim's attribution is matched
against originating-source patterns, else the publisher against domain suffixes.
Credibility (1-6) per fact:

1. confirmed: two or more named originating sources (or three or more independent
   outlets), not outweighed by a contradiction;
2. probably true: two independent outlets, or one A/B source;
3. possibly true: one C/D source;
4. doubtful: an E source, or contradicted by a stronger fact;
5. improbable: a single weak (D-F) source contradicted by a confirmed fact;
6. cannot be judged: nothing known of the source.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from laborwatch.errors import DataFileError
from laborwatch.model import ClaimRow
from laborwatch.reconcile import config
from laborwatch.reconcile.facts import no_gc
from laborwatch.reconcile.records import Fact

GRADES = "ABCDEF"


@dataclass(frozen=True, slots=True)
class Source:
    """Who a claim comes from, and how reliable that source is."""

    name: str
    grade: str
    via: str  # attribution | publisher | default


class Reliability:
    """The reliability table, compiled once."""

    def __init__(self, table: dict[str, Any]) -> None:
        try:
            self.origins = [
                (o["name"], o["grade"], re.compile(o["pattern"], re.I)) for o in table["origins"]
            ]
            self.publishers = {k.lower(): v for k, v in table["publishers"].items()}
            self.default = table["default"]
        except (KeyError, TypeError, re.error) as exc:
            raise DataFileError(f"reliability table: bad entry ({exc})") from exc
        bad = [g for _, g, _ in self.origins] + list(self.publishers.values()) + [self.default]
        if any(g not in GRADES for g in bad):
            raise DataFileError("reliability table: grades must be one of A-F")
        self.source = functools.lru_cache(maxsize=65536)(self._source)

    def _source(self, attribution: str | None, publisher: str | None) -> Source:
        if attribution:
            for name, grade, pattern in self.origins:
                if pattern.search(attribution):
                    return Source(name, grade, "attribution")
        host = (publisher or "").lower().removeprefix("www.")
        while host:
            if host in self.publishers:
                return Source(host, self.publishers[host], "publisher")
            host = host.partition(".")[2] if "." in host else ""
        return Source(publisher or "unknown publisher", self.default, "default")


@functools.cache
def default_reliability() -> Reliability:
    return Reliability(config.reliability())


def origin_key(row: ClaimRow, source: Source) -> str:
    """Named originating sources are one origin wherever they are quoted; unattributed
    reporting is one origin per story cluster."""
    if source.via == "attribution":
        return source.name
    return f"{source.name} ({row.cluster or row.document_id})"


def _base_credibility(fact: Fact) -> int:
    if fact.named >= 2 or (len(fact.origins) >= 2 and fact.sources >= 3):
        return 1
    if fact.sources >= 2 or fact.reliability in "AB":
        return 2
    return {"C": 3, "D": 3, "E": 4}.get(fact.reliability, 6)


def _strength(fact: Fact) -> tuple[int, int, int]:
    return (fact.named, -GRADES.index(fact.reliability), fact.sources)


def grade_facts(
    facts: Iterable[Fact], reliability: Reliability | None = None, spans: Any = None
) -> list[Fact]:
    """Set sources, origins, reliability, credibility and contradictions on each fact.

    Args:
        facts: facts from :func:`facts.build_facts`.
        reliability: the source table (default: ``data/reliability.yaml``).
        spans: ``fact -> (low, high)`` used to detect contradictions (default: the
            estimate intervals of :mod:`laborwatch.reconcile.intervals`).
    """
    from laborwatch.reconcile.intervals import interval

    table = reliability or default_reliability()
    span = spans or (lambda f: interval(f)[::2])
    facts = list(facts)
    with no_gc():
        _grade_sources(facts, table)
        _contradictions(facts, span)
    return facts


def _grade_sources(facts: list[Fact], table: Reliability) -> None:
    for fact in facts:
        origins, named, best = set(), set(), "F"
        for row in fact.claims:
            src = table.source(row.attribution, row.publisher)
            origins.add(origin_key(row, src))
            if src.via == "attribution":
                named.add(src.name)
            best = min(best, src.grade)
        fact.origins = tuple(sorted(origins))
        fact.named_origins = tuple(sorted(named))
        fact.reliability = best
        fact.sources = len(fact.clusters)
        fact.credibility = _base_credibility(fact)


def _contradictions(facts: list[Fact], span: Any) -> None:
    """Stock facts on the same place, sector and year whose ranges do not overlap
    contradict each other; the weaker one is downgraded, both are kept. (Flows and plans
    with different figures are usually different batches, not contradictions.)"""
    groups: dict[tuple[Any, ...], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.years is None or fact.kind != "workers" or fact.measure != "stock":
            continue
        for year in range(fact.years[0], fact.years[1] + 1):
            groups[(fact.measure, fact.destinations, fact.sector, year)].append(fact)
    base = {id(f): f.credibility for f in facts}
    strength = {id(f): _strength(f) for f in facts}
    spans = {id(f): span(f) for f in facts if f.kind == "workers"}
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda f: strength[id(f)], reverse=True)
        strongest = [(o, spans[id(o)], strength[id(o)]) for o in group[:12]]
        for fact in group:
            mine, own = spans[id(fact)], strength[id(fact)]
            for other, theirs, power in strongest:
                if other is fact or (mine[0] <= theirs[1] and theirs[0] <= mine[1]):
                    continue
                if other.id not in fact.contradicts:
                    fact.contradicts.append(other.id)
                if power > own:
                    worst = (
                        5
                        if (
                            base[id(other)] == 1
                            and len(fact.origins) == 1
                            and fact.reliability in "DEF"
                        )
                        else 4
                    )
                    fact.credibility = max(fact.credibility, worst)
