"""The cached picture: rebuilt when the store changes, stale-while-rebuilding when slow."""

from __future__ import annotations

from laborwatch.review import ReviewBook
from laborwatch.store import Store
from laborwatch.web.settings import load_settings
from laborwatch.web.state import PictureCache


def test_web_cache_rebuilds_after_a_review(store: Store) -> None:
    cache = PictureCache(store, load_settings())
    first = cache.get()
    assert cache.get() is first
    row = next(iter(first.picture.facts)).claims[0]
    ReviewBook(store).review_claim(row.claim_id, "rejected", reviewer="t")
    cache.invalidate()
    second = cache.get()
    assert second is not first and row.claim_id not in second.fact_of_claim


def test_web_cache_serves_stale_while_a_slow_rebuild_runs(store: Store) -> None:
    cache = PictureCache(store, load_settings())
    cache.SYNC_REBUILD_SECONDS = 0.0  # treat this store as slow to reconcile
    first = cache.get()
    row = next(iter(first.picture.facts)).claims[0]
    ReviewBook(store).review_claim(row.claim_id, "rejected", reviewer="t")
    cache.invalidate()
    assert cache.get() is first  # answered at once from the old picture
    assert cache._building is not None
    cache._building.join(30)
    cache.invalidate()
    assert row.claim_id not in cache.get().fact_of_claim
