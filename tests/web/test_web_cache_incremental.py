"""New articles update the cached picture in place of a rebuild, to the same picture."""

from __future__ import annotations

import json
from pathlib import Path

from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.jsonl import read_jsonl
from laborwatch.review import ReviewBook
from laborwatch.store import Store
from laborwatch.store.runner import Ingest
from laborwatch.web.settings import load_settings
from laborwatch.web.state import PictureCache, Snapshot, build_snapshot


def _view(snap: Snapshot) -> str:
    return json.dumps(
        {
            "picture": snap.picture.to_dict(),
            "counts": snap.counts,
            "fact_of_claim": sorted(snap.fact_of_claim.items()),
            "estimates": {k: [e.to_dict() for e in v] for k, v in snap.estimates_by_place.items()},
            "facts": {k: [f.id for f in v] for k, v in snap.facts_by_place.items()},
            "flags": {k: [f.to_dict() for f in v] for k, v in snap.flags_by_place.items()},
            "sectors": {k: dict(v) for k, v in snap.sectors_by_place.items()},
        },
        sort_keys=True,
        default=str,
    )


def test_new_articles_update_the_picture(store: Store, shared_dir: Path) -> None:
    cache = PictureCache(store, load_settings())
    first = cache.get()
    Ingest(store, extractor=Extractor()).run(read_jsonl(shared_dir / "corpus" / "dev2.jsonl"))
    cache.invalidate()
    second = cache.get()
    assert second.incremental and second is not first
    assert second.counts["documents"] > first.counts["documents"]
    assert len(second.picture.facts) > len(first.picture.facts)
    assert len(second.fact_of_claim) > len(first.fact_of_claim)
    assert _view(second) == _view(build_snapshot(store, store.fingerprint()))


def test_the_cache_reads_only_new_claims_on_each_database(db_url: str, shared_dir: Path) -> None:
    with Store.open(db_url) as store:
        Ingest(store, extractor=Extractor()).run(read_jsonl(shared_dir / "corpus" / "seeds.jsonl"))
        cache = PictureCache(store, load_settings())
        first = cache.get()
        Ingest(store, extractor=Extractor()).run(read_jsonl(shared_dir / "corpus" / "dev.jsonl"))
        cache.invalidate()
        second = cache.get()
        assert second.incremental
        added = second.counts["claims"] - first.counts["claims"]
        assert added > 0 and second.memo["new_claims"] == added  # read from the last id on
        assert _view(second) == _view(build_snapshot(store, store.fingerprint()))


def test_a_review_after_new_articles_rebuilds(store: Store, shared_dir: Path) -> None:
    cache = PictureCache(store, load_settings())
    first = cache.get()
    row = first.picture.facts[0].claims[0]
    ReviewBook(store).review_claim(row.claim_id, "rejected", reviewer="t")
    cache.invalidate()
    second = cache.get()
    assert not second.incremental and row.claim_id not in second.fact_of_claim
