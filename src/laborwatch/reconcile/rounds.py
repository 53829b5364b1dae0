"""The greedy grouping of ``facts.Grouper.add``, played with numpy over signatures.

A signature is what the grouper's exact path looks up (key, measure, figure, years). Two
signatures are partners when a fact one starts could take a claim of the other: same key,
a measure the other searches and may join, a common year (undated: both undated), figure
bins at most one apart and both bounds within tolerance. Claims only ever meet the facts
of partners, so the partner graph's components are independent: the k-th event (claim
that must be placed) of every component is placed at once, in round k. Each event does
what ``add`` does: the exact path (the fact the signature's exact-figure key points to:
the one it started, else the first it joined; if that fact takes the claim), else the
first fact in the index's order (measure looked at, bin b, b-1, b+1, first common year,
age) that takes it, else it starts a fact. A signature starts at most one fact: the one
it starts takes all its claims, so the exact path leads there for good.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Ints = NDArray[np.int64]
Bools = NDArray[np.bool_]


@dataclass
class Signatures:
    """What placing needs of each signature (its fact, if it starts one, starts the same)."""

    measure: Ints  # measure codes
    unknown: int  # the code of "unknown" (joins and is joined by any but cumulative)
    cumulative: int  # the code of "cumulative" (-1 when none)
    years: Ints  # (first, last); undated: any pair, see ``dated``
    dated: Bools
    bounds: NDArray[np.float64]  # (low, high), NaN for an open bound
    tol: float
    exact_tol: float  # when the fact's first claim and the claim are both exact


@dataclass
class Placed:
    """The outcome: each event's fact (named by the signature that started it) and each
    fact's state (by its signature; ``starter`` -1: the signature started none)."""

    fact: Ints  # per event
    starter: Ints  # per signature: the event that started its fact
    measure: Ints  # per signature: its fact's measure now
    status: Ints  # per signature: its fact's status code now
    years: Ints  # per signature: its fact's years now
    exact: Ints  # per signature: where its exact path leads (a signature's fact)


def components(count: int, a: Ints, b: Ints) -> Ints:
    """The smallest node of each node's connected component (edges a[i]-b[i])."""
    label = np.arange(count, dtype=np.int64)
    while True:
        la, lb = label[a], label[b]
        low = np.minimum(la, lb)
        hooked = label.copy()
        np.minimum.at(hooked, la, low)
        np.minimum.at(hooked, lb, low)
        while True:  # shortcut to the roots
            up = hooked[hooked]
            if np.array_equal(up, hooked):
                break
            hooked = up
        if np.array_equal(hooked, label):
            return label
        label = hooked


def _accepts(sig: Signatures, now: Placed, anchor: Bools, t: Ints, s: Ints, exact: Bools) -> Bools:
    """Does the fact of signature t, as it stands, take a claim of s (``Grouper._joins``)?"""
    tol = np.where(anchor[t] & exact, sig.exact_tol, sig.tol)
    a, b = sig.bounds[t], sig.bounds[s]
    with np.errstate(invalid="ignore"):
        near = (np.abs(a - b) <= tol[:, None] * np.maximum(np.abs(a), np.abs(b))) | (
            np.isnan(a) & np.isnan(b)
        )
    m, n = now.measure[t], sig.measure[s]
    free = ((m == sig.unknown) | (n == sig.unknown)) & (m != sig.cumulative)
    measures = (m == n) | (free & (n != sig.cumulative))
    dated = sig.dated[t]
    meet = np.where(
        dated & sig.dated[s],
        (now.years[t, 0] <= sig.years[s, 1]) & (sig.years[s, 0] <= now.years[t, 1]),
        ~dated & ~sig.dated[s],
    )
    return near.all(axis=1) & measures & meet


def place(
    sig: Signatures,
    asking: Ints,
    other: Ints,
    order: Ints,
    events: Ints,
    position: Ints,
    exact: Bools,
    status: Ints,
) -> Placed:
    """Place the events (claims, in input order) as ``Grouper.add`` would, one by one.

    Args:
        sig: the signatures.
        asking, other: partner pairs: a fact of ``other`` may take a claim of ``asking``.
        order: per pair, where the index search meets ``other``'s fact (smaller: sooner;
            between facts met in the same cell, the older comes first).
        events: the signature of each event, in input order.
        position: each event's place in the input (a fact's age).
        exact: whether each event's claim is exact.
        status: each event's status code.
    """
    count, n = len(sig.measure), len(events)
    now = Placed(
        fact=np.full(n, -1, dtype=np.int64),
        starter=np.full(count, -1, dtype=np.int64),
        measure=sig.measure.copy(),
        status=np.zeros(count, dtype=np.int64),
        years=sig.years.copy(),
        exact=np.full(count, -1, dtype=np.int64),
    )
    anchor = np.zeros(count, dtype=bool)  # whether the claim that started a fact is exact
    born = np.zeros(count, dtype=np.int64)  # the position of the claim that started it
    # the round of each event: how many events of its component come before it
    group = components(count, asking, other)[events]
    by = np.lexsort((position, group))
    grouped = group[by]
    starts = np.flatnonzero(np.concatenate(([True], grouped[1:] != grouped[:-1])))
    rank = np.empty(n, dtype=np.int64)
    rank[by] = np.arange(n) - np.repeat(starts, np.diff(np.append(starts, n)))
    rounds = np.argsort(rank, kind="stable")
    ends = np.cumsum(np.bincount(rank)).tolist()
    # the partners of each signature, in order
    pairs = np.argsort(asking, kind="stable")
    partner, meets = other[pairs], order[pairs]
    first = np.searchsorted(asking[pairs], np.arange(count + 1))
    begin = 0
    for end in ends:
        ev = rounds[begin:end]
        begin = end
        s, e = events[ev], exact[ev]
        to = now.exact[s]
        hit = to >= 0
        hit[hit] = _accepts(sig, now, anchor, to[hit], s[hit], e[hit])
        now.fact[ev[hit]] = to[hit]
        miss = ~hit
        ev, s, e = ev[miss], s[miss], e[miss]
        if not len(ev):
            continue
        # the index search: every partner's fact, the first that takes the claim
        sizes = first[s + 1] - first[s]
        asker = np.repeat(np.arange(len(ev)), sizes)
        at = np.repeat(first[s], sizes) + np.arange(int(sizes.sum()))
        at -= np.repeat(np.cumsum(sizes) - sizes, sizes)
        t = partner[at]
        live = now.starter[t] >= 0
        asker, t, at = asker[live], t[live], at[live]
        takes = _accepts(sig, now, anchor, t, s[asker], e[asker])
        asker, t, at = asker[takes], t[takes], at[takes]
        best = np.lexsort((born[t], meets[at], asker))
        asker, t = asker[best], t[best]
        lead = np.ones(len(asker), dtype=bool)
        lead[1:] = asker[1:] != asker[:-1]
        won = np.full(len(ev), -1, dtype=np.int64)
        won[asker[lead]] = t[lead]
        joins = won >= 0
        # joins: the fact's years narrow, an unknown measure takes the claim's
        je, js, jt = ev[joins], s[joins], won[joins]
        both = sig.dated[jt] & sig.dated[js]
        bt, bs = jt[both], js[both]
        now.years[bt, 0] = np.maximum(now.years[bt, 0], sig.years[bs, 0])
        now.years[bt, 1] = np.minimum(now.years[bt, 1], sig.years[bs, 1])
        took = (now.measure[jt] == sig.unknown) & (sig.measure[js] != sig.unknown)
        now.measure[jt[took]] = sig.measure[js[took]]
        now.status[jt[took]] = status[je[took]]
        now.exact[js] = np.where(now.exact[js] < 0, jt, now.exact[js])
        now.fact[je] = jt
        # the rest start a fact of their own
        ne, ns = ev[~joins], s[~joins]
        now.starter[ns] = ne
        anchor[ns] = e[~joins]
        born[ns] = position[ne]
        now.status[ns] = status[ne]
        now.exact[ns] = ns
        now.fact[ne] = ns
    return now


def partners(
    kid: NDArray[np.int64],
    measure: NDArray[np.int64],
    bins: NDArray[np.int64],
    years: NDArray[np.int64],
    bounds: NDArray[np.float64],
    names: list[str],
    tol: float,
) -> tuple[Ints, Ints]:
    """Pairs of signatures that could share a fact (each pair both ways).

    Two could when they have the same key, compatible measures (equal, or one "unknown"
    and neither "cumulative"), a year in common (undated ones: the same pseudo-year) and
    both bounds within ``tol`` (open ones: both open); ``add`` only looks one figure bin
    either way, so only those are compared. ``bounds`` holds low and high (NaN: open).
    """
    count = len(kid)
    real = bins > -(10**9)
    low = int(bins[real].min(initial=0))
    bins = np.where(real, bins, low - 3) - (low - 4)  # >= 1, the 'none' bin far from others
    span = years[:, 1] - years[:, 0] + 1
    who = np.repeat(np.arange(count), span)
    year = years[who, 0] + np.arange(len(who)) - np.repeat(np.cumsum(span) - span, span)
    year -= year.min()
    nb, ny, nm = int(bins.max()) + 2, int(year.max()) + 1, len(names)
    if (int(kid.max()) + 1) * nm * ny * nb >= 2**62:
        raise OverflowError("too many cells to number")
    cells = ((kid[who] * nm + measure[who]) * ny + year) * nb + bins[who]
    order = np.argsort(cells, kind="stable")
    cells, members = cells[order], who[order]
    mine = measure[members]
    base = cells - mine * (ny * nb)  # the cell without its measure
    pairs: list[tuple[Ints, Ints]] = []
    for j, name in enumerate(names):
        meets = np.array(
            [m == name or ("unknown" in (m, name) and "cumulative" not in (m, name)) for m in names]
        )
        # each pair once: from the smaller measure, or from the earlier of the same
        sel = np.flatnonzero(meets[mine] & (mine <= j))
        at = base[sel] + j * (ny * nb)  # mostly ascending: the searches are quick
        start = np.searchsorted(cells, at - 1)
        start = np.where(mine[sel] == j, np.maximum(start, sel + 1), start)
        sizes = np.maximum(np.searchsorted(cells, at + 1, "right") - start, 0)
        asking = np.repeat(members[sel], sizes)
        offset = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        other = members[np.repeat(start, sizes) + offset]
        a, b = bounds[asking], bounds[other]
        with np.errstate(invalid="ignore"):
            agree = (np.abs(a - b) <= tol * np.maximum(np.abs(a), np.abs(b))) | (
                np.isnan(a) & np.isnan(b)
            )
        hit = (asking != other) & agree.all(axis=1)
        pairs.append((asking[hit], other[hit]))
    one = np.concatenate([p[0] for p in pairs])
    two = np.concatenate([p[1] for p in pairs])
    return np.concatenate((one, two)), np.concatenate((two, one))
