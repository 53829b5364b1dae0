"""Group claims that state the same thing across documents into facts.

Two claims state the same thing when they have the same kind, the same destination set,
sector, scope (site ... world) and money basis, compatible statuses ("unknown" joins any),
the same figure within ``facts.figure_tolerance`` and overlapping years (a claim's period,
else its publication year). A cumulative figure (a total over several years) is its own
measure and never groups with a stock or a flow. Undated claims only group with undated
claims. Grouping is
greedy in input order and indexed by figure, so it is linear in the number of claims.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import math
from collections.abc import Iterable, Iterator
from typing import Any

from laborwatch.model import ClaimRow
from laborwatch.reconcile import config
from laborwatch.reconcile.periods import claim_years
from laborwatch.reconcile.records import Fact

Key = tuple[Any, ...]


def usable(row: ClaimRow) -> bool:
    """Claims of irrelevant documents and claims a reviewer rejected take no part."""
    return row.relevant and row.review != "rejected"


def close(a: float | None, b: float | None, tol: float) -> bool:
    """Two bounds agree: both open, or within ``tol`` of the larger."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tol * max(abs(a), abs(b))


class Grouper:
    """Greedy grouping, indexed by (key, measure, figure bin, year) so each claim looks at a
    handful of candidate facts, however many claims there are.

    The grouper can be kept and fed more claims later (``incremental.Reconciler``): the
    facts are then exactly those of one pass over all the claims. With ``track`` it records
    in ``changed`` each fact created or joined since the last ``changed.clear()``, with its
    (years, measure) before the first join (None for a new fact).
    """

    def __init__(self, settings: dict[str, Any], track: bool = False) -> None:
        rules = settings["facts"]
        self.tol = float(rules["figure_tolerance"])
        self.exact_tol = float(rules.get("exact_tolerance", self.tol))
        self.lookback = int(rules["undated_lookback_years"])
        self.classes: dict[str, str] = rules["status_classes"]
        self.measures = sorted(set(self.classes.values()))
        # bins one tolerance wide (in log space), so a match is at most one bin away
        self.step = -math.log1p(-min(self.tol, 0.5)) if self.tol > 0 else 1e-9
        self.keys: dict[Key, int] = {}
        self.index: dict[Key, list[Fact]] = {}
        self.exact: dict[Key, Fact] = {}  # fast path: the very same figure, place and years
        self.dates: dict[Key, tuple[int, int] | None] = {}  # claim dates -> years, memoised
        self.facts: list[Fact] = []
        self.track = track
        self.changed: dict[int, tuple[Fact, tuple[tuple[int, int] | None, str] | None]] = {}

    def _bin(self, value: float | None) -> int:
        if value is None or value <= 0:
            return -(10**9)
        return int(math.log(value) / self.step)

    def add(self, row: ClaimRow) -> None:
        dated = (row.period_start, row.period_end, row.published)
        if dated in self.dates:
            years = self.dates[dated]
        else:
            years = self.dates[dated] = claim_years(row, self.lookback)
        per = "year" if row.kind == "revenue" and row.per is None else row.per
        dests = row.destinations if len(row.destinations) < 2 else tuple(sorted(row.destinations))
        scope = row.scope or "unknown"
        key = (
            row.kind,
            dests,
            row.sector,
            (row.currency or "USD") if row.kind in ("revenue", "wage") else None,
            per,
            scope,
            row.basis if row.kind != "workers" else None,
        )
        kid = self.keys.setdefault(key, len(self.keys))
        status = row.status or "unknown" if row.kind == "workers" else None
        measure = self.classes.get(status or "", "unknown") if row.kind == "workers" else ""
        if row.cumulative:
            measure = "cumulative"
        same = (kid, measure, row.low, row.high, years)
        fact = self.exact.get(same)
        if fact is not None and self._joins(fact, row, years, measure):
            self._merge(fact, row, years, status, measure)
            return
        b = self._bin(row.low if row.low is not None else row.high)
        spans: list[int | None] = (
            list(range(years[0], years[1] + 1)) if years is not None else [None]
        )
        looks = (
            (self.measures if measure == "unknown" else [measure, "unknown"])
            if row.kind == "workers"
            else [""]
        )
        get = self.index.get
        for m in looks:
            for nb in (b, b - 1, b + 1):
                for y in spans:
                    for fact in get((kid, m, nb, y), ()):
                        if self._joins(fact, row, years, measure):
                            self._merge(fact, row, years, status, measure)
                            self.exact.setdefault(same, fact)
                            return
        fact = Fact(
            id="",
            kind=row.kind,
            measure=measure,
            status=status,
            destinations=tuple(dests),
            sector=row.sector,
            low=row.low,
            high=row.high,
            qualifier=row.qualifier,
            years=years,
            per=per,
            scope=scope,
            basis=row.basis if row.kind != "workers" else None,
            claims=[row],
        )
        for y in spans:
            self.index.setdefault((kid, measure, b, y), []).append(fact)
        self.exact[same] = fact
        self.facts.append(fact)
        if self.track:
            self.changed[id(fact)] = (fact, None)

    def _joins(
        self, fact: Fact, row: ClaimRow, years: tuple[int, int] | None, measure: str
    ) -> bool:
        tol = self.exact_tol if fact.qualifier == row.qualifier == "exact" else self.tol
        if not (close(fact.low, row.low, tol) and close(fact.high, row.high, tol)):
            return False
        if measure != fact.measure and (
            "unknown" not in (measure, fact.measure) or "cumulative" in (measure, fact.measure)
        ):
            return False
        if years is None or fact.years is None:
            return years is None and fact.years is None
        return max(years[0], fact.years[0]) <= min(years[1], fact.years[1])

    def _merge(
        self,
        fact: Fact,
        row: ClaimRow,
        years: tuple[int, int] | None,
        status: str | None,
        measure: str,
    ) -> None:
        if self.track and id(fact) not in self.changed:
            self.changed[id(fact)] = (fact, (fact.years, fact.measure))
        fact.claims.append(row)
        if years is not None and fact.years is not None:
            fact.years = (max(years[0], fact.years[0]), min(years[1], fact.years[1]))
        if fact.measure == "unknown" and measure != "unknown":
            fact.measure, fact.status = measure, status


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause cyclic GC while building millions of small acyclic objects."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def fact_id(fact: Fact) -> str:
    """A short id that stays the same for the same fact across runs and filters."""
    first = min((c.document_id, c.claim_id) for c in fact.claims)
    raw = repr(
        (
            fact.kind,
            fact.destinations,
            fact.sector,
            fact.status,
            fact.low,
            fact.high,
            fact.years,
            first,
        )
    )
    return "F" + hashlib.blake2b(raw.encode(), digest_size=4).hexdigest()


def build_facts(rows: Iterable[ClaimRow], settings: dict[str, Any] | None = None) -> list[Fact]:
    """Group usable claims into facts (ungraded; see :func:`grading.grade_facts`).

    Args:
        rows: stored claims joined with their documents.
        settings: the estimation rules (default: ``data/estimation.yaml``).
    """
    grouper = Grouper(settings or config.estimation())
    with no_gc():  # millions of small objects: cyclic GC passes would dominate the run
        for row in rows:
            if usable(row):
                grouper.add(row)
    for fact in grouper.facts:
        fact.id = fact_id(fact)
    return grouper.facts
