"""The incremental picture is the full rebuild's picture, batch after batch."""

from __future__ import annotations

import dataclasses
import json
import random

import pytest

from laborwatch.model import ClaimRow
from laborwatch.reconcile import Picture, reconcile
from laborwatch.reconcile.incremental import Reconciler

PUBLISHERS = ["reuters.com", "dailynk.com", "example-blog.net", "nknews.org", None]


def _derived(rows: list[ClaimRow], rng: random.Random, n: int) -> list[ClaimRow]:
    """``n`` claims copied from gold claims into new documents: the same figure (a relay),
    a close or a far figure (a contradiction), another year or publisher, some rejected."""
    out = []
    for k in range(n):
        base = rng.choice(rows)
        scale = rng.choice([1.0, 1.0, 1.04, 0.5, 3.0])
        shift = rng.choice([0, 0, 1, -1])
        year = base.period_start
        if year and year[:4].isdigit() and shift:
            year = str(int(year[:4]) + shift) + year[4:]
        out.append(
            dataclasses.replace(
                base,
                document_id=f"copy-{k // 3}",
                low=None if base.low is None else base.low * scale,
                high=None if base.high is None else base.high * scale,
                period_start=year,
                publisher=rng.choice(PUBLISHERS),
                cluster=rng.choice([None, base.cluster, f"story-{k // 7}"]),
                review="rejected" if rng.random() < 0.03 else base.review,
            )
        )
    return out


def _dump(picture: Picture) -> str:
    data = picture.to_dict()
    data["by_id"] = sorted(picture.by_id)
    data["grades"] = [(f.id, f.credibility, f.contradicts) for f in picture.facts]
    return json.dumps(data, sort_keys=True, default=str)


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_batches_give_the_full_rebuild(all_gold_rows: list[ClaimRow], seed: int) -> None:
    rng = random.Random(seed)
    pool = list(all_gold_rows) + _derived(all_gold_rows, rng, 3 * len(all_gold_rows))
    rows = rng.sample(pool, len(pool) * 2 // 3)
    rows = [dataclasses.replace(r, claim_id=i) for i, r in enumerate(rows, 1)]
    cuts = sorted(rng.sample(range(1, len(rows)), 3))
    rec = Reconciler()
    seen = 0
    for cut in [*cuts, len(rows)]:
        got = rec.add(rows[seen:cut])
        seen = cut
        want = reconcile(rows[:cut])
        assert _dump(got) == _dump(want)
    # the batches really did touch grades, estimates and flags
    assert any(f.contradicts for f in got.facts)
    assert got.estimates and got.flags and got.revenue


def test_a_batch_changes_only_its_years(all_gold_rows: list[ClaimRow]) -> None:
    rows = [dataclasses.replace(r, claim_id=i) for i, r in enumerate(all_gold_rows, 1)]
    dated = [r for r in rows if r.kind == "workers" and (r.period_start or "")[:4] == "2019"]
    assert dated, "the gold claims have workers figures for 2019"
    extra = dataclasses.replace(
        dated[0], claim_id=len(rows) + 1, document_id="new-doc", low=123456.0, high=123456.0
    )
    rec = Reconciler()
    before = rec.add(rows)
    kept = {id(e) for e in before.estimates if e.year != 2019}
    after = rec.add([extra])
    assert rec.touched_years == {2019}
    assert {id(e) for e in after.estimates if e.year != 2019} == kept
    assert _dump(after) == _dump(reconcile([*rows, extra]))
    assert any(c.document_id == "new-doc" for f in after.facts for c in f.claims)


def test_an_empty_batch_keeps_the_picture(all_gold_rows: list[ClaimRow]) -> None:
    rec = Reconciler()
    first = rec.add(all_gold_rows)
    assert rec.add([]) is first
