"""The reconciled picture of one store state, computed once and reused across requests.

Reconciling a million claims takes seconds, a page must take milliseconds: the picture is
rebuilt only when the store's fingerprint (newest claim, document, revision, review)
changes, checked at most every ``cache_check_seconds``; a review write invalidates it at
once.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from laborwatch.reconcile import Picture, reconcile
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
    memo: dict[Any, Any] = field(default_factory=dict)  # per-page data derived from it

    def cached(self, key: Any, build: Callable[[], Any]) -> Any:
        """``build()`` once per snapshot (pages derive the same data on every request)."""
        if key not in self.memo:
            self.memo[key] = build()
        return self.memo[key]


def build_snapshot(store: Store, key: tuple[Any, ...]) -> Snapshot:
    """Reconcile every claim of the store with the human review applied."""
    started = time.perf_counter()
    picture = reconcile(store.reviewed_claim_rows())
    snap = Snapshot(key, picture, store.counts())
    estimates: dict[str, list[Estimate]] = defaultdict(list)
    for est in picture.estimates:
        estimates[est.destination].append(est)
    facts: dict[str, list[Fact]] = defaultdict(list)
    sectors: dict[str, Counter[str]] = defaultdict(Counter)
    for fact in picture.facts:
        for claim in fact.claims:
            snap.fact_of_claim[claim.claim_id] = fact.id
        for dest in fact.destinations:
            facts[dest].append(fact)
            if fact.sector:
                sectors[dest][fact.sector] += len(fact.claims)
    flags: dict[str, list[Flag]] = defaultdict(list)
    for flag in picture.flags:
        flags[flag.country].append(flag)
    snap.estimates_by_place = dict(estimates)
    snap.facts_by_place = dict(facts)
    snap.flags_by_place = dict(flags)
    snap.sectors_by_place = dict(sectors)
    snap.built_seconds = time.perf_counter() - started
    return snap


class PictureCache:
    """Holds the current snapshot; thread-safe; rebuilds when the store changed.

    A store whose picture took longer than ``SYNC_REBUILD_SECONDS`` to build is rebuilt in
    a background thread while requests keep the previous snapshot (``stale`` is True);
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
                self._snap = build_snapshot(self.store, key)
            elif not self.stale:
                self._building = threading.Thread(target=self._rebuild, args=(key,), daemon=True)
                self._building.start()
            return self._snap

    def _rebuild(self, key: tuple[Any, ...]) -> None:
        snap = build_snapshot(self.store, key)
        with self._lock:
            self._snap = snap

    def invalidate(self) -> None:
        """Forget the check time so the next request looks at the store again."""
        self._checked = 0.0
