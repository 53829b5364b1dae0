"""Grade sources and facts the way analysts do (Admiralty/NATO code).

Reliability (A-F) comes from ``data/reliability.yaml``: the claim's origin (who first
stated the figure) or attribution is matched against originating-source patterns, else the
publisher against domain suffixes.

Independence counts origins, not outlets: every relay of one origin ("South Korea NIS"
quoted by three papers), every copy or rewrite of one story (one ``cluster``) and a
headline with its body (one document) are one source. An unattributed claim is its
story's own reporting: one origin per cluster, folded into the named origin when the same
story names one for the figure.

Credibility (1-6) per fact:

1. confirmed: two or more independent origins, one of them graded A-B (or three or
   more), not outweighed by a contradiction;
2. probably true: two independent origins, or one A/B source;
3. possibly true: one C/D source;
4. doubtful: an E source, or contradicted by a stronger fact;
5. improbable: a single weak (D-F) source contradicted by a confirmed fact;
6. cannot be judged: nothing known of the source.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from laborwatch.errors import DataFileError
from laborwatch.model import ClaimRow
from laborwatch.reconcile import config
from laborwatch.reconcile.config import ReliabilityTable
from laborwatch.reconcile.facts import no_gc
from laborwatch.reconcile.records import Fact
from laborwatch.settings import build

if TYPE_CHECKING:
    from laborwatch.store import Store

GRADES = "ABCDEF"


@dataclass(frozen=True, slots=True)
class Source:
    """Who a claim comes from, and how reliable that source is."""

    name: str
    grade: str
    via: str  # attribution | publisher | default


class Reliability:
    """The reliability table, compiled once."""

    def __init__(self, table: ReliabilityTable | dict[str, Any]) -> None:
        """``table``: ``data/reliability.yaml`` as loaded, or a mapping of the same shape."""
        if isinstance(table, dict):
            table = build(ReliabilityTable, table, where="reliability table")
        try:
            self.origins = [(o.name, o.grade, re.compile(o.pattern, re.I)) for o in table.origins]
        except re.error as exc:
            raise DataFileError(f"reliability table: bad entry ({exc})") from exc
        self.publishers = {k.lower(): v for k, v in table.publishers.items()}
        self.default = table.default
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


def with_grades(grades: Iterable[tuple[str, str, str]]) -> Reliability:
    """The shipped table with reviewers' grades laid over it: (``publisher``, domain,
    grade) sets a publisher's grade, (``origin``, name, grade) an originating source's.

    Raises:
        DataFileError: a grade outside A-F.
    """
    table = config.reliability()
    origins = {o.name: o for o in table.origins}
    publishers = dict(table.publishers)
    for kind, name, grade in grades:
        if kind == "publisher":
            publishers[name.lower()] = grade
        elif kind == "origin" and name in origins:
            origins[name] = dataclasses.replace(origins[name], grade=grade)
    return Reliability(
        dataclasses.replace(table, origins=tuple(origins.values()), publishers=publishers)
    )


def register_reliability(store: Store) -> Reliability:
    """The shipped table with the store's source register (reviewers' grades) laid over it:
    what every picture of that store is graded with (dashboard, brief, exports, CLI)."""
    from laborwatch.review.register import SourceRegister

    return with_grades(SourceRegister(store).grades())


def origin_key(row: ClaimRow, source: Source) -> str:
    """The claim's origin: its ``origin`` field, else a named source matched in its
    attribution, else its story cluster's own reporting (one origin per cluster)."""
    if row.origin:
        return " ".join(row.origin.split())
    if source.via == "attribution":
        return source.name
    return f"{source.name} ({row.cluster or row.document_id})"


def claim_source(table: Reliability, row: ClaimRow) -> Source:
    """Who a claim comes from: the origin it names, else its attribution, else its outlet."""
    if row.origin:
        found = table.source(row.origin, None)
        if found.via == "attribution":
            return found
        named = table.source(row.attribution, row.publisher)
        grade = named.grade if named.via == "attribution" else table.default
        return Source(row.origin, grade, "attribution")
    return table.source(row.attribution, row.publisher)


def _base_credibility(fact: Fact) -> int:
    if fact.sources >= 3 or (fact.sources >= 2 and fact.reliability in "AB"):
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
    from laborwatch.reconcile.intervals import span as figure_span

    table = reliability or default_reliability()
    span = spans or figure_span
    facts = list(facts)
    with no_gc():
        _grade_sources(facts, table)
        _contradictions(facts, span)
    return facts


def _grade_sources(facts: list[Fact], table: Reliability) -> None:
    for fact in facts:
        named: set[str] = set()
        by_story: dict[str, set[str]] = defaultdict(set)  # story -> origins it gives
        best = "F"
        for row in fact.claims:
            src = claim_source(table, row)
            key = origin_key(row, src)
            story = row.cluster or row.document_id
            if src.via == "attribution":
                named.add(key)
                by_story[story].add(key)
            else:
                by_story.setdefault(story, set())
            best = min(best, src.grade)
        origins = set(named)
        for story, given in by_story.items():
            if not given:  # the story's own reporting, no origin named for this figure
                origins.add(f"own reporting ({story})")
        fact.origins = tuple(sorted(origins))
        fact.named_origins = tuple(sorted(named))
        fact.reliability = best
        fact.sources = len(origins)
        fact.credibility = _base_credibility(fact)


def _sentences(fact: Fact) -> frozenset[tuple[str, int]]:
    """Where a fact's claims were said: two figures of one sentence ("shrank from X to Y",
    "abroad vs at home") are a series or a split, not a contradiction."""
    return frozenset((c.document_id, c.start) for c in fact.claims)


def _contradictions(facts: list[Fact], span: Any) -> None:
    """Stock facts on the same place, scope, sector and year whose ranges do not overlap
    contradict each other; the weaker one is downgraded, both are kept. Different scope,
    measure or year is not a contradiction (those facts never share a group); nor are two
    figures of one sentence. (Flows and plans with different figures are usually
    different batches, not contradictions.)"""
    groups: dict[tuple[Any, ...], list[Fact]] = defaultdict(list)
    for fact in facts:
        if fact.years is None or fact.kind != "workers" or fact.measure != "stock":
            continue
        for year in range(fact.years[0], fact.years[1] + 1):
            key = (fact.measure, fact.destinations, fact.sector, fact.scope, year)
            groups[key].append(fact)
    base = {id(f): f.credibility for f in facts}
    strength = {id(f): _strength(f) for f in facts}
    spans = {id(f): span(f) for f in facts if f.kind == "workers"}
    said: dict[int, frozenset[tuple[str, int]]] = {}
    first: dict[int, str] = {}
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
                for f in (fact, other):
                    if id(f) not in said:
                        said[id(f)], first[id(f)] = _sentences(f), f.first_published
                if not said[id(fact)].isdisjoint(said[id(other)]):
                    continue  # one sentence: a series, not a contradiction
                if other.id not in fact.contradicts:
                    fact.contradicts.append(other.id)
                # a newer figure from an A/B source is not demoted by an older one
                newer_official = fact.reliability in "AB" and first[id(fact)] > first[id(other)]
                if power > own and not newer_official:
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
