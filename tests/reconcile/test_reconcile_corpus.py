"""End to end on the shared corpus (hand-annotated claims of the real articles)."""

from __future__ import annotations

import pytest

from laborwatch.reconcile import reconcile


@pytest.fixture(scope="module")
def picture(gold_rows):
    return reconcile(gold_rows)


def test_reconcile_corpus_2023_world_estimate_brackets_the_un_panel(picture):
    world = picture.world(2023)
    assert world is not None
    assert world.low <= 100_000 <= world.high
    assert world.central == 100_000
    docs = {d for f in world.facts for d in picture.by_id[f].documents}
    assert {"seed-003", "p117"} <= docs  # the RFA and AsiaNews reports of the Panel


def test_reconcile_corpus_2023_revenue_brackets_the_un_panel(picture):
    rev = picture.revenue_for(2023)
    assert rev is not None
    assert rev.p05 <= 500e6 <= rev.p95
    stated = [picture.by_id[s] for s in rev.stated]
    panel = [f for f in stated if f.low == 500e6]
    assert panel and "p117" in panel[0].documents


def test_reconcile_corpus_syndicated_copies_are_one_source(picture):
    (fact,) = [f for f in picture.facts if f.low == 18_533]
    assert fact.documents == ["p038", "p039"] and fact.sources == 1


def test_reconcile_corpus_russia_after_deadline_and_contradictions_side_by_side(picture):
    assert any(
        f.provision == "2397-OP8" and f.country == "RU" and f.year >= 2020 for f in picture.flags
    )
    ru2019 = [
        e
        for e in picture.estimates
        if e.destination == "RU" and e.year == 2019 and e.measure == "stock"
    ]
    assert ru2019 and ru2019[0].low <= ru2019[0].central < ru2019[0].high
    assert any(picture.by_id[f].contradicts for f in ru2019[0].facts)
