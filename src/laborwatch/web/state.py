"""The reconciled picture of one store state, computed once and reused across requests.

Reconciling a million claims takes seconds, a page must take milliseconds: the picture is
rebuilt only when the store's fingerprint (newest claim, document, revision, review)
changes, checked at most every ``cache_check_seconds``; a review write invalidates it at
once. When the only change is new claims (no revision, no review, no claim gone), the
picture is updated with them (:class:`~laborwatch.reconcile.incremental.Reconciler`:
the facts, estimates and flags of the years they touch), not rebuilt.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from laborwatch.reconcile import Picture
from laborwatch.reconcile.grading import register_reliability
from laborwatch.reconcile.incremental import Reconciler
from laborwatch.reconcile.records import Estimate, Fact, Flag
from laborwatch.store import Store
from laborwatch.web.settings import WebSettings


@dataclass(slots=True)
class Snapshot:
    """A picture with the indexes pages need."""

    key: tuple[Any, ...]
    picture: Picture
    counts: dict[str, int]
    fact_of_claim: dict[int, str] = field(default_factory=dict)
    estimates_by_place: dict[str, list[Estimate]] = field(default_factory=dict)
    facts_by_place: dict[str, list[Fact]] = field(default_factory=dict)
    flags_by_place: dict[str, list[Flag]] = field(default_factory=dict)
    sectors_by_place: dict[str, Counter[str]] = field(default_factory=dict)
    built_seconds: float = 0.0
    reconciler: Reconciler | None = None  # the state an update with new claims goes on from
    incremental: bool = False  # updated from the previous snapshot, not rebuilt
    memo: dict[Any, Any] = field(default_factory=dict)  # per-page data derived from it

    def cached(self, key: Any, build: Callable[[], Any]) -> Any:
        """``build()`` once per snapshot (pages derive the same data on every request)."""
        if key not in self.memo:
            self.memo[key] = build()
        return self.memo[key]


def build_snapshot(store: Store, key: tuple[Any, ...]) -> Snapshot:
    """Reconcile every claim of the store with the human review applied."""
    started = time.perf_counter()
    rec = Reconciler(reliability=register_reliability(store))
    picture = rec.add(store.reviewed_claim_rows())
    snap = Snapshot(key, picture, store.counts(), reconciler=rec)
    _index(snap, picture.facts)
    snap.built_seconds = time.perf_counter() - started
    return snap


def update_snapshot(store: Store, prev: Snapshot, key: tuple[Any, ...]) -> Snapshot | None:
    """The previous snapshot with the store's new claims added (None: it needs a rebuild).

    Only new claims are read (``after_id``: ids above the last seen; the single writer
    hands out ids in commit order) and added; when a revision or a review changed, or the
    count of current claims is not the old count plus the new ones, it returns None. Facts
    the new claims join are updated in place, so a page drawn from the previous snapshot
    while this runs may already list a fact's new claims (its figures are the old ones).
    """
    rec = prev.reconciler
    if rec is None or key[2:] != prev.key[2:]:
        return None
    started = time.perf_counter()
    last = rec.last_claim_id
    new = list(store.reviewed_claim_rows(after_id=last))  # read from the last seen claim on
    counts = store.counts()
    if counts["claims"] != prev.counts["claims"] + len(new):
        return None
    prev.reconciler = None  # the reconciler moves on to the new snapshot
    facts_before = len(rec.facts)
    picture = rec.add(new)
    snap = Snapshot(key, picture, counts, reconciler=rec, incremental=True)
    snap.fact_of_claim = dict(prev.fact_of_claim)
    snap.facts_by_place = {k: list(v) for k, v in prev.facts_by_place.items()}
    snap.sectors_by_place = dict(prev.sectors_by_place)
    _index(snap, rec.facts[facts_before:], rec.changed_facts)
    snap.built_seconds = prev.built_seconds  # how long a full rebuild takes
    snap.memo["update_seconds"] = time.perf_counter() - started
    snap.memo["new_claims"] = len(new)  # claims read for the update (the rest were not)
    return snap


def _index(snap: Snapshot, added: list[Fact], changed: list[Fact] | None = None) -> None:
    """The per-place indexes of the snapshot's picture, from scratch (``changed`` None) or
    from the previous snapshot's with the ``added`` facts appended and the ``changed``
    ones (new or joined) re-counted."""
    picture = snap.picture
    estimates: dict[str, list[Estimate]] = defaultdict(list)
    for est in picture.estimates:
        estimates[est.destination].append(est)
    facts: dict[str, list[Fact]] = defaultdict(list, snap.facts_by_place)
    for fact in added:
        for dest in fact.destinations:
            facts[dest].append(fact)
    for fact in added if changed is None else changed:
        for claim in fact.claims:
            snap.fact_of_claim[claim.claim_id] = fact.id
    places = {d for f in changed for d in f.destinations} if changed is not None else set(facts)
    sectors = dict(snap.sectors_by_place)
    for dest in places:  # a place's sector counts, recounted over its facts
        count: Counter[str] = Counter()
        for fact in facts[dest]:
            if fact.sector:
                count[fact.sector] += len(fact.claims)
        if count:
            sectors[dest] = count
    flags: dict[str, list[Flag]] = defaultdict(list)
    for flag in picture.flags:
        flags[flag.country].append(flag)
    snap.estimates_by_place = dict(estimates)
    snap.facts_by_place = dict(facts)
    snap.flags_by_place = dict(flags)
    snap.sectors_by_place = sectors


class PictureCache:
    """Holds the current snapshot; thread-safe; rebuilds when the store changed.

    A store whose picture took longer than ``SYNC_REBUILD_SECONDS`` to build is updated or
    rebuilt in a background thread while requests keep the previous snapshot (``stale`` is True);
    smaller stores are rebuilt before the request is answered, so a review shows at once.
    """

    SYNC_REBUILD_SECONDS = 5.0

    def __init__(self, store: Store, settings: WebSettings) -> None:
        self.store = store
        self.settings = settings
        self._lock = threading.Lock()
        self._snap: Snapshot | None = None
        self._checked = 0.0
        self._building: threading.Thread | None = None

    @property
    def stale(self) -> bool:
        return self._building is not None and self._building.is_alive()

    def get(self) -> Snapshot:
        snap = self._snap
        if (
            snap is not None
            and time.monotonic() - self._checked < self.settings.cache_check_seconds
        ):
            return snap
        with self._lock:
            key = self.store.fingerprint()
            self._checked = time.monotonic()
            if self._snap is not None and self._snap.key == key:
                return self._snap
            if self._snap is None or self._snap.built_seconds < self.SYNC_REBUILD_SECONDS:
                self._snap = self._next(self._snap, key)
            elif not self.stale:
                self._building = threading.Thread(target=self._rebuild, args=(key,), daemon=True)
                self._building.start()
            return self._snap

    def _next(self, prev: Snapshot | None, key: tuple[Any, ...]) -> Snapshot:
        """The previous snapshot updated with new claims when it can be, else rebuilt."""
        if prev is not None:
            updated = update_snapshot(self.store, prev, key)
            if updated is not None:
                return updated
        return build_snapshot(self.store, key)

    def _rebuild(self, key: tuple[Any, ...]) -> None:
        snap = self._next(self._snap, key)
        with self._lock:
            self._snap = snap

    def invalidate(self) -> None:
        """Forget the check time so the next request looks at the store again."""
        self._checked = 0.0
