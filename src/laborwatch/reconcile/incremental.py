"""Add claims to a reconciled picture without rebuilding it.

A :class:`Reconciler` keeps what one pass of :func:`laborwatch.reconcile.reconcile` needs
to go on: the grouper's index, the facts in order and the contradiction groups. Fed a batch
of claims that come after the ones it has seen (claim id order, as the store yields them),
it gives the very picture ``reconcile(old + new)`` would give, recomputing only:

- the facts the batch creates or joins, and the facts that share a contradiction group
  (same place, scope, sector and year) with one of them (their grades);
- estimates, flags, plans and repatriation listings of the years those facts cover;
- revenue of those years (of every year when a wage, share or revenue fact changed).

Claims that are removed or edited (a revised document, a review decision) need a full
rebuild: start a new Reconciler.
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter
from typing import Any

from laborwatch.model import ClaimRow
from laborwatch.reconcile import Picture, config
from laborwatch.reconcile.config import Estimation
from laborwatch.reconcile.estimates import WORLD, estimate_all
from laborwatch.reconcile.facts import Grouper, fact_ids, no_gc, usable
from laborwatch.reconcile.grading import Reliability, default_reliability, grade_facts
from laborwatch.reconcile.grading import _base_credibility as base_credibility
from laborwatch.reconcile.grading import _contradictions as contradictions
from laborwatch.reconcile.grading import _grade_sources as grade_sources
from laborwatch.reconcile.intervals import span as figure_span
from laborwatch.reconcile.records import Estimate, Fact, RevenueEstimate
from laborwatch.reconcile.revenue import estimate_revenue
from laborwatch.reconcile.sanctions import compliance, flag_all, plans

MONEY = ("wage", "state_share", "revenue")
Key = tuple[Any, ...]
Years = tuple[int, int] | None


def _group_keys(fact: Fact, years: Years, measure: str) -> list[Key]:
    """The contradiction groups a fact is in (as ``grading._contradictions`` forms them)."""
    if years is None or fact.kind != "workers" or measure != "stock":
        return []
    return [
        (measure, fact.destinations, fact.sector, fact.scope, y)
        for y in range(years[0], years[1] + 1)
    ]


def _world_stocks(estimates: list[Estimate]) -> list[Estimate]:
    return [
        e
        for e in estimates
        if e.destination == WORLD and e.measure == "stock" and e.sector is None and e.is_direct
    ]


def _estimate_key(e: Estimate) -> tuple[str, int, str, str]:
    return (e.destination, e.year, e.measure, e.sector or "")


class Reconciler:
    """The picture of every claim fed so far, updated batch by batch."""

    def __init__(
        self,
        settings: Estimation | None = None,
        revenue: bool = True,
        reliability: Reliability | None = None,
    ) -> None:
        self.settings = settings or config.estimation()
        self.reliability = reliability or default_reliability()  # the source grades
        self.revenue = revenue
        self.grouper = Grouper(self.settings, track=True)
        self.groups: dict[Key, list[Fact]] = {}  # contradiction groups, facts in order
        self.pos: dict[int, int] = {}  # id(fact) -> its index in the facts list
        self.picture: Picture | None = None
        self.last_claim_id = 0
        self.touched_years: set[int] = set()  # years the last batch recomputed
        self.changed_facts: list[Fact] = []  # facts the last batch created or joined

    @property
    def facts(self) -> list[Fact]:
        return self.grouper.facts

    def add(self, rows: Iterable[ClaimRow]) -> Picture:
        """Feed claims (after those seen so far) and return the updated picture."""
        grouper = self.grouper
        grouper.changed.clear()
        batch = []
        for row in rows:
            self.last_claim_id = max(self.last_claim_id, row.claim_id)
            if usable(row):
                batch.append(row)
        with no_gc():
            grouper.extend(batch)  # the first batch in bulk, the next ones claim by claim
            changed = list(grouper.changed.values())
            grouper.changed.clear()
            self.changed_facts = [f for f, _ in changed]
            # a first batch grouped in bulk comes named; any other changed fact is renamed
            rename = [f for f in self.changed_facts if self.picture is not None or not f.id]
            for fact, id_ in zip(rename, fact_ids(rename), strict=True):
                fact.id = id_
        facts = self.facts
        for i in range(len(self.pos), len(facts)):
            self.pos[id(facts[i])] = i
        if self.picture is None:
            self.picture = self._full()
        elif changed:
            self.picture = self._update(changed)
        return self.picture

    def _full(self) -> Picture:
        facts = grade_facts(self.facts, self.reliability)
        for fact in facts:
            for key in _group_keys(fact, fact.years, fact.measure):
                self.groups.setdefault(key, []).append(fact)
        estimates = estimate_all(facts, self.settings)
        years = {e.year for e in estimates}
        self.touched_years = years
        return Picture(
            facts,
            estimates,
            self._revenue(estimates, None, years),
            flag_all(facts),
            {f.id: f for f in facts},
            plans(facts),
            compliance(facts),
        )

    def _regroup(self, fact: Fact, old: tuple[Years, str] | None) -> list[Key]:
        """Move a changed fact between contradiction groups; the keys it left or joined."""
        before = _group_keys(fact, *old) if old is not None else []
        after = _group_keys(fact, fact.years, fact.measure)
        if before == after:
            return after
        at = self.pos[id(fact)]
        where = self.pos.__getitem__
        for key in before:
            members = self.groups[key]
            i = _find(members, at, where)
            del members[i]
        for key in after:
            members = self.groups.setdefault(key, [])
            members.insert(_find(members, at, where), fact)
        return before + after

    def _update(self, changed: list[tuple[Fact, tuple[Years, str] | None]]) -> Picture:
        prev = self.picture
        assert prev is not None
        hit: set[Key] = set()
        old_years: list[Years] = []
        for fact, old in changed:
            hit.update(self._regroup(fact, old))
            if old is not None:
                old_years.append(old[0])
        # facts whose grade may change: the changed ones and their group neighbours
        redo: dict[int, Fact] = {id(f): f for f, _ in changed}
        for key in hit:
            redo.update((id(f), f) for f in self.groups.get(key, ()))
        # their grades read every group they are in: grade those groups whole
        scope = dict(redo)
        for key in {k for f in redo.values() for k in _group_keys(f, f.years, f.measure)}:
            scope.update((id(f), f) for f in self.groups[key])
        keep = {i: (f.credibility, f.contradicts) for i, f in scope.items() if i not in redo}
        subset = sorted(scope.values(), key=lambda f: self.pos[id(f)])
        with no_gc():
            # sources of the changed facts; every other fact keeps its own (same claims)
            grade_sources([f for f, _ in changed], self.reliability)
            for fact in subset:  # back to the grade before contradictions, then judge them
                fact.contradicts = []
                fact.credibility = base_credibility(fact)
            contradictions(subset, figure_span)
        for i, (cred, contra) in keep.items():
            scope[i].credibility, scope[i].contradicts = cred, contra
        years: set[int] = set()
        for span in [f.years for f in redo.values()] + old_years:
            if span is not None:
                years.update(range(span[0], span[1] + 1))
        self.touched_years = years
        facts = self.facts
        first, last = min(years, default=0), max(years, default=-1)
        whole = len(years) == last - first + 1  # one run of years: a range test suffices
        covering = [
            f
            for f in facts
            if f.years is not None
            and f.years[1] >= first
            and f.years[0] <= last
            and f.kind == "workers"
            and (whole or any(f.years[0] <= y <= f.years[1] for y in years))
        ]
        estimates = sorted(
            [e for e in prev.estimates if e.year not in years]
            + [e for e in estimate_all(covering, self.settings) if e.year in years],
            key=_estimate_key,
        )
        window = self.settings.revenue.window_years
        money: set[int] = set()  # revenue years a changed wage, share or revenue fact reaches
        for fact, old in changed:
            if fact.kind in MONEY:
                for span in (fact.years, old[0] if old else None):
                    if span is not None:
                        money.update(range(span[0] - window, span[1] + window + 1))
        return Picture(
            list(facts),  # a picture of its own: the next batch appends to the grouper's
            estimates,
            self._revenue(estimates, prev.revenue, years | money),
            sorted(
                [f for f in prev.flags if f.year not in years]
                + [f for f in flag_all(covering) if f.year in years],
                key=attrgetter("country", "year", "provision"),
            ),
            {f.id: f for f in facts},
            sorted(
                [p for p in prev.plans if p.year not in years]
                + [p for p in plans(covering) if p.year in years],
                key=attrgetter("country", "year"),
            ),
            sorted(
                [c for c in prev.compliance if c.year not in years]
                + [c for c in compliance(covering) if c.year in years],
                key=attrgetter("country", "year"),
            ),
        )

    def _revenue(
        self, estimates: list[Estimate], prev: list[RevenueEstimate] | None, years: set[int]
    ) -> list[RevenueEstimate]:
        """World revenue per direct world estimate, kept for the years outside ``years``
        whose wage and share evidence was the facts near that year (not a fallback)."""
        if not self.revenue:
            return []
        before = {r.year: r for r in prev or []}
        facts: list[Fact] | None = None
        out = []
        for e in _world_stocks(estimates):
            old = before.get(e.year)
            if old is not None and e.year not in years and _near_evidence(old):
                out.append(old)
                continue
            if facts is None:
                facts = [f for f in self.facts if f.kind in MONEY]
            out.append(estimate_revenue(e, facts, self.settings))
        return out


def _near_evidence(revenue: RevenueEstimate) -> bool:
    """The estimate drew on wage and share facts near its year (``revenue._near``), so
    only a change within the window can change it."""
    said = (str(revenue.inputs.get("wage")), str(revenue.inputs.get("state_share")))
    return all(" within " in s for s in said)


def _find(members: list[Fact], at: int, where: Any) -> int:
    """Where the fact at position ``at`` is (or belongs) in a group sorted by position."""
    lo, hi = 0, len(members)
    while lo < hi:
        mid = (lo + hi) // 2
        if where(id(members[mid])) < at:
            lo = mid + 1
        else:
            hi = mid
    return lo
