"""Group claims that state the same thing across documents into facts.

Two claims state the same thing when they have the same kind, the same destination set,
sector, scope (site ... world) and money basis, compatible statuses ("unknown" joins any),
the same figure within ``facts.figure_tolerance`` and overlapping years (a claim's period,
else its publication year). A cumulative figure (a total over several years) is its own
measure and never groups with a stock or a flow. Undated claims only group with undated
claims. Grouping is
greedy in input order and indexed by figure, so it is linear in the number of claims.
``Grouper.add`` places one claim; ``Grouper.extend`` places a whole batch with numpy
(``reconcile/rounds.py``) and gives the very same facts, in the same order.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter
from typing import Any

import numpy as np
from numpy.typing import NDArray

from laborwatch.model import ClaimRow
from laborwatch.reconcile import config, rounds
from laborwatch.reconcile.config import Estimation
from laborwatch.reconcile.periods import claim_years, years_of
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

    def __init__(self, settings: Estimation, track: bool = False) -> None:
        rules = settings.facts
        self.tol = rules.figure_tolerance
        self.exact_tol = rules.exact_tolerance
        self.lookback = rules.undated_lookback_years
        self.classes = rules.status_classes
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

    def describe(
        self,
        kind: str,
        destinations: tuple[str, ...],
        sector: str | None,
        currency: str | None,
        per: str | None,
        scope: str | None,
        basis: str | None,
        status: str | None,
        cumulative: bool,
    ) -> tuple[Key, str | None, str]:
        """A claim's grouping key (kind, destinations ... basis), status and measure."""
        per = "year" if kind == "revenue" and per is None else per
        dests = destinations if len(destinations) < 2 else tuple(sorted(destinations))
        key = (
            kind,
            dests,
            sector,
            (currency or "USD") if kind in ("revenue", "wage") else None,
            per,
            scope or "unknown",
            basis if kind != "workers" else None,
        )
        status = status or "unknown" if kind == "workers" else None
        measure = self.classes.get(status or "", "unknown") if kind == "workers" else ""
        return key, status, "cumulative" if cumulative else measure

    def add(self, row: ClaimRow) -> Fact:
        """Group one claim (after those added so far); the fact it created or joined."""
        dated = (row.period_start, row.period_end, row.published)
        if dated in self.dates:
            years = self.dates[dated]
        else:
            years = self.dates[dated] = claim_years(row, self.lookback)
        key, status, measure = self.describe(
            row.kind,
            row.destinations,
            row.sector,
            row.currency,
            row.per,
            row.scope,
            row.basis,
            row.status,
            row.cumulative,
        )
        kid = self.keys.setdefault(key, len(self.keys))
        b = self._bin(row.low if row.low is not None else row.high)
        return self._place(row, key, kid, status, measure, years, b)

    def _place(
        self,
        row: ClaimRow,
        key: Key,
        kid: int,
        status: str | None,
        measure: str,
        years: tuple[int, int] | None,
        b: int,
    ) -> Fact:
        """``add`` once the claim is described: join the first fact that takes it, or start
        one (the exact path first, then the index: measure, bin b, b-1, b+1, year)."""
        same = (kid, measure, row.low, row.high, years)
        fact = self.exact.get(same)
        if fact is not None and self._joins(fact, row, years, measure):
            self._merge(fact, row, years, status, measure)
            return fact
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
                            return fact
        fact = _fact(row, key, status, measure, years)
        self._index(fact, kid, measure, b, years)
        self.exact[same] = fact
        self.facts.append(fact)
        if self.track:
            self.changed[id(fact)] = (fact, None)
        return fact

    def extend(self, rows: Sequence[ClaimRow], index: bool = True) -> None:
        """Group many claims at once: the very facts ``add`` gives them one at a time.

        A signature is what the exact path of ``add`` looks up: key, measure, figure and
        years. The claims of a signature after its first join the fact the first started
        or joined (nothing in between can change that fact's verdict on them), unless its
        claims are now exact, now not: then each is placed. The claims to place are placed
        by :func:`rounds.place` (numpy, signatures that may meet at all in one component,
        the k-th claim of every component at once). On a grouper that already has facts,
        claim by claim. ``index``: index the facts for claims still to come (``add``).
        """
        if self.facts or not rows:
            for row in rows:
                self.add(row)
            return
        n = len(rows)
        described = _Codes(lambda raw: self.describe(*raw))
        raw = np.fromiter(map(described.__getitem__, map(_DESCRIBE, rows)), np.int64, n)
        kinds = described.made
        names = sorted({m for _, _, m in kinds} | {"unknown"})
        kids = [self.keys.setdefault(k, len(self.keys)) for k, _, _ in kinds]
        kid = np.array(kids, dtype=np.int64)
        mcode = np.array([names.index(m) for _, _, m in kinds], dtype=np.int64)
        dates = _Codes(lambda d: years_of(d[0], d[1], d[2], self.lookback))
        dated = np.fromiter(map(dates.__getitem__, map(_DATED, rows)), np.int64, n)
        spans = dates.made
        figures = _Codes(lambda f: (f[0], f[1], f[2] == "exact"))
        figured = np.fromiter(map(figures.__getitem__, map(_FIGURE, rows)), np.int64, n)
        exact = np.array([f[2] for f in figures.made], dtype=bool)[figured]
        figure = _numbers([f[:2] for f in figures.made])[figured]
        sig = _combine(_combine(kid[raw] * len(names) + mcode[raw], _numbers(spans)[dated]), figure)
        _, first, inverse = np.unique(sig, return_index=True, return_inverse=True)
        order = np.argsort(first, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        first = first[order]  # each signature's first claim, signatures in that order
        sig = rank[inverse.reshape(-1)]  # each claim's signature
        bins = [self._bin(low if low is not None else high) for low, high, _ in figures.made]
        at = raw[first]
        undated = min((y[0] for y in spans if y is not None), default=0) - 1  # a 'year' apart
        years = np.array([y or (undated, undated) for y in spans], dtype=np.int64).reshape(-1, 2)
        sig_years = years[dated[first]]
        sig_bins = np.array(bins, dtype=np.int64)[figured[first]]
        sigs = rounds.Signatures(
            measure=mcode[at],
            unknown=names.index("unknown"),
            cumulative=names.index("cumulative") if "cumulative" in names else -1,
            years=sig_years,
            dated=np.array([y is not None for y in spans], dtype=bool)[dated[first]],
            bounds=np.array([f[:2] for f in figures.made], dtype=np.float64)[figured[first]],
            tol=self.tol,
            exact_tol=self.exact_tol,
        )
        tol = max(self.tol, self.exact_tol)
        try:
            asking, other = rounds.partners(
                kid[at], sigs.measure, sig_bins, sig_years, sigs.bounds, names, tol
            )
        except OverflowError:  # figures or years too far apart to number the index cells
            for row in rows:
                self.add(row)
            return
        # where the index search of ``add`` meets the partner's fact: the measures it looks
        # at in turn, then bin b, b-1, b+1, then the first common year
        workers = np.array([k[0] == "workers" for k, _, _ in kinds], dtype=bool)[at]
        looks = np.full((2, len(names), len(names)), -1, dtype=np.int64)
        for j, m in enumerate(names):
            for w, seen in enumerate(([""], self.measures if m == "unknown" else [m, "unknown"])):
                for turn_at, name in enumerate(seen):
                    if name in names:
                        looks[w, j, names.index(name)] = turn_at
        turn = looks[workers[asking].astype(np.int64), sigs.measure[asking], sigs.measure[other]]
        keep = turn >= 0
        asking, other, turn = asking[keep], other[keep], turn[keep]
        step = (sig_bins[other] - sig_bins[asking]) % 3  # 0, -1, +1 -> 0, 2, 1
        step = np.where(step == 2, 1, np.where(step == 1, 2, 0))
        span = int((sig_years[:, 1] - sig_years[:, 0]).max(initial=0)) + 1
        year = np.maximum(sig_years[asking, 0], sig_years[other, 0]) - sig_years[asking, 0]
        meets = (turn * 3 + step) * span + year
        # the claims to place: each signature's first; when a signature with partners has
        # claims now exact, now not (the exact path may send them elsewhere), every claim
        # from the first whose exactness differs from the first's on
        turned = np.flatnonzero(exact != exact[first][sig])
        since = np.full(len(first), n, dtype=np.int64)
        np.minimum.at(since, sig[turned], turned)
        alone = np.ones(len(first), dtype=bool)
        alone[asking] = False
        since[alone] = n  # no other signature's fact to go to: all go to its own
        look = np.arange(n) >= since[sig]
        look[first] = True
        events = np.flatnonzero(look)
        statuses = sorted({st or "" for _, st, _ in kinds})
        scode = np.array([statuses.index(st or "") for _, st, _ in kinds], dtype=np.int64)
        now = rounds.place(
            sigs, asking, other, meets, sig[events], events, exact[events], scode[raw[events]]
        )
        # the facts, in the order of the claims that started them
        started = np.flatnonzero(now.starter >= 0)
        started = started[np.argsort(events[now.starter[started]], kind="stable")]
        number = np.full(len(first), -1, dtype=np.int64)
        number[started] = np.arange(len(started))
        starter = events[now.starter[started]]  # the claim that started each
        made = [
            Fact(  # as ``_fact`` makes it, with the state it came to; claims below
                "",
                row.kind,
                names[m],
                statuses[st] or None,
                key[1],
                row.sector,
                row.low,
                row.high,
                row.qualifier,
                None if spans[d] is None else (y[0], y[1]),
                key[4],
                key[5],
                key[6],
                [],
            )
            for row, key, d, st, m, y in zip(
                map(rows.__getitem__, starter.tolist()),
                map([k for k, _, _ in kinds].__getitem__, raw[starter].tolist()),
                dated[starter].tolist(),
                now.status[started].tolist(),
                now.measure[started].tolist(),
                now.years[started].tolist(),
                strict=True,
            )
        ]
        self.facts = made
        # the claims of each fact, in input order: a signature's claims go where its first
        # went, but those that were placed themselves
        where = np.full(len(first), -1, dtype=np.int64)
        where[sig[first]] = now.fact[np.searchsorted(events, first)]
        of = where[sig]
        of[events] = now.fact
        of = number[of]
        claims = list(map(rows.__getitem__, np.argsort(of, kind="stable").tolist()))
        start = 0
        ends = np.cumsum(np.bincount(of, minlength=len(made))).tolist()
        for fact, end in zip(made, ends, strict=True):
            fact.claims = claims[start:end]
            start = end
        self._name(
            made, raw[starter], now.status[started], figured[starter], statuses, figures.made
        )
        if index:  # the index lists facts in the order they started
            for s, fact in zip(started.tolist(), made, strict=True):
                i = int(first[s])
                self._index(fact, kids[raw[i]], kinds[raw[i]][2], bins[figured[i]], spans[dated[i]])
            for s, to in enumerate(now.exact.tolist()):
                i = int(first[s])
                row = rows[i]
                same = (kids[raw[i]], kinds[raw[i]][2], row.low, row.high, spans[dated[i]])
                self.exact[same] = made[number[to]]
        if self.track:
            self.changed = {id(f): (f, None) for f in made}

    def _name(
        self,
        facts: list[Fact],
        kinds: NDArray[np.int64],
        status: NDArray[np.int64],
        figures: NDArray[np.int64],
        statuses: list[str],
        figure_values: list[tuple[float | None, float | None, bool]],
    ) -> None:
        """Set each new fact's id (:func:`fact_ids`, the same strings): the parts shared by
        many facts (kind ... status, the figure, the years) are written once a code."""
        heads: dict[int, str] = {}
        shown: dict[int, str] = {}
        spans: dict[tuple[int, int] | None, str] = {}
        blake = hashlib.blake2b
        width = len(statuses)
        for fact, k, st, g in zip(
            facts, kinds.tolist(), status.tolist(), figures.tolist(), strict=True
        ):
            head = heads.get(k * width + st)
            if head is None:
                head = heads[k * width + st] = repr(_ID_FIELDS(fact)[:4])[1:-1]
            figure = shown.get(g)
            low, high, _ = figure_values[g]
            if (
                figure is None
                or type(low) is not type(fact.low)
                or type(high) is not type(fact.high)
            ):  # 2000 and 2000.0 share a code but not a spelling
                figure = repr((fact.low, fact.high))[1:-1]
                if type(low) is type(fact.low) and type(high) is type(fact.high):
                    shown[g] = figure
            years = spans.get(fact.years)
            if years is None:
                years = spans[fact.years] = repr(fact.years)
            raw = f"({head}, {figure}, {years}, {_first(fact.claims)!r})"
            fact.id = "F" + blake(raw.encode(), digest_size=4).hexdigest()

    def _index(
        self, fact: Fact, kid: int, measure: str, b: int, years: tuple[int, int] | None
    ) -> None:
        """List a new fact under each (key, measure, figure bin, year) it started in."""
        for y in range(years[0], years[1] + 1) if years is not None else [None]:
            self.index.setdefault((kid, measure, b, y), []).append(fact)

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


def _fact(
    row: ClaimRow, key: Key, status: str | None, measure: str, years: tuple[int, int] | None
) -> Fact:
    """The new fact a claim starts (``key`` as :meth:`Grouper.describe` gives it)."""
    return Fact(  # positional: the fields in order, a little faster by the million
        "",
        row.kind,
        measure,
        status,
        key[1],
        row.sector,
        row.low,
        row.high,
        row.qualifier,
        years,
        key[4],
        key[5],
        key[6],
        [row],
    )


_DESCRIBE = attrgetter(
    "kind", "destinations", "sector", "currency", "per", "scope", "basis", "status", "cumulative"
)
_DATED = attrgetter("period_start", "period_end", "published")
_FIGURE = attrgetter("low", "high", "qualifier")


class _Codes(dict[Any, int]):
    """Numbers the values looked up, in order of first sight; ``made`` holds make(value)."""

    def __init__(self, make: Callable[[Any], Any]) -> None:
        super().__init__()
        self.make = make
        self.made: list[Any] = []

    def __missing__(self, value: Any) -> int:
        self.made.append(self.make(value))
        code = self[value] = len(self.made) - 1
        return code


def _numbers(values: list[Any]) -> NDArray[np.int64]:
    """Equal values get equal numbers (0, 1, ... in order of first sight)."""
    seen: dict[Any, int] = {}
    return np.array([seen.setdefault(v, len(seen)) for v in values], dtype=np.int64)


def _combine(a: NDArray[np.int64], b: NDArray[np.int64]) -> NDArray[np.int64]:
    """One number per distinct pair (a, b) of non-negative numbers (renumbered densely
    only when the product would not fit)."""
    size = int(b.max(initial=0)) + 1
    if (int(a.max(initial=0)) + 1) * size >= 2**62:
        a = np.unique(a, return_inverse=True)[1].reshape(-1)
        b = np.unique(b, return_inverse=True)[1].reshape(-1)
        size = int(b.max(initial=0)) + 1
    return a * size + b


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


_FIRST = attrgetter("document_id", "claim_id")
_DOCUMENT = attrgetter("document_id")
_ID_FIELDS = attrgetter("kind", "destinations", "sector", "status", "low", "high", "years")


def fact_id(fact: Fact) -> str:
    """A short id that stays the same for the same fact across runs and filters."""
    return fact_ids([fact])[0]


def fact_ids(facts: Iterable[Fact]) -> list[str]:
    """:func:`fact_id` of each fact: a hash of its kind ... years and first claim."""
    blake = hashlib.blake2b
    return [
        "F"
        + blake(repr((*_ID_FIELDS(fact), _first(fact.claims))).encode(), digest_size=4).hexdigest()
        for fact in facts
    ]


def _first(claims: list[ClaimRow]) -> tuple[str, int]:
    """The smallest (document, claim id) of the claims."""
    if len(claims) == 1:
        return _FIRST(claims[0])  # type: ignore[no-any-return]
    docs = list(map(_DOCUMENT, claims))
    doc = min(docs)
    if docs.count(doc) == 1:  # mostly: one claim a document
        return doc, claims[docs.index(doc)].claim_id
    return min(map(_FIRST, claims))  # type: ignore[no-any-return]


def build_facts(rows: Iterable[ClaimRow], settings: Estimation | None = None) -> list[Fact]:
    """Group usable claims into facts (ungraded; see :func:`grading.grade_facts`).

    Args:
        rows: stored claims joined with their documents.
        settings: the estimation rules (default: ``data/estimation.yaml``).
    """
    grouper = Grouper(settings or config.estimation())
    with no_gc():  # millions of small objects: cyclic GC passes would dominate the run
        # ``usable``, inline
        grouper.extend([r for r in rows if r.relevant and r.review != "rejected"], index=False)
        unnamed = [f for f in grouper.facts if not f.id]  # grouped claim by claim
        for fact, id_ in zip(unnamed, fact_ids(unnamed), strict=True):
            fact.id = id_
    return grouper.facts
