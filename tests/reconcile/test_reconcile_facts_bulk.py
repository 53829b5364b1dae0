"""Grouping in bulk (``Grouper.extend``) gives the very facts of one claim at a time."""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import pytest

from laborwatch.model import ClaimRow
from laborwatch.reconcile import config
from laborwatch.reconcile.facts import Grouper, build_facts, fact_id
from laborwatch.reconcile.records import Fact

# figures close together (within and just past the tolerances), open bounds, zero
FIGURES = [100, 101, 103, 104, 105, 106, 110, 1000, 1040, 1060, 0, None]
QUALIFIERS = ["exact", "exact", "approx", "at_least", "range", None]
STATUSES = ["present", "present", "dispatched", "planned", "recruiting", "unknown", None]
PERIODS = [("2020", None), ("2020", "2022"), ("2021", None), ("2022", "2021"), (None, None)]


def _random_rows(rng: random.Random, n: int) -> list[ClaimRow]:
    """Dense claims: few keys, near figures, mixed exactness, spans, undated, cumulative."""
    rows = []
    for i in range(1, n + 1):
        kind = rng.choice(["workers"] * 6 + ["wage", "revenue"])
        low = rng.choice(FIGURES)
        high = rng.choice([low, low, None, low * 1.04 if low else None, 106])
        start, end = rng.choice(PERIODS)
        rows.append(
            ClaimRow(
                claim_id=i,
                document_id=f"doc-{rng.randint(1, n // 3 + 1)}",
                kind=kind,  # type: ignore[arg-type]
                low=low,
                high=high,
                qualifier=rng.choice(QUALIFIERS),
                destinations=rng.choice([("RU",), ("CN", "RU"), ("RU", "CN")]),
                status=rng.choice(STATUSES) if kind == "workers" else None,
                sector=rng.choice([None, None, "it"]),
                period_start=start,
                period_end=end,
                attribution=None,
                sentence="",
                start=0,
                end=0,
                per=rng.choice([None, "month"]) if kind != "workers" else None,
                published=rng.choice(["2020-05", "2021-01", "2023-02", None]),
                scope=rng.choice([None, "country", "country", "site"]),
                basis=rng.choice(["gross", "total"]) if kind != "workers" else None,
                cumulative=rng.random() < 0.08,
            )
        )
    return rows


def _state(facts: list[Fact]) -> list[tuple[Any, ...]]:
    return [
        (
            f.kind,
            f.measure,
            f.status,
            f.destinations,
            f.sector,
            f.low,
            f.high,
            f.qualifier,
            f.years,
            f.per,
            f.scope,
            f.basis,
            [c.claim_id for c in f.claims],
        )
        for f in facts
    ]


def _one_by_one(rows: list[ClaimRow]) -> Grouper:
    grouper = Grouper(config.estimation())
    for row in rows:
        grouper.add(row)
    return grouper


@pytest.mark.parametrize(
    ("seed", "n"), [(seed, 400 + 150 * seed) for seed in range(12)] + [(1041, 3000)]
)
def test_reconcile_facts_bulk_equals_one_claim_at_a_time(seed: int, n: int) -> None:
    """(1041, 3000): an exact claim leaves the fact its inexact twins joined, then more come."""
    rows = _random_rows(random.Random(seed), n)
    expected = _one_by_one(rows).facts
    for f in expected:
        f.id = fact_id(f)
    got = build_facts(rows)
    assert _state(got) == _state(expected)
    assert [f.id for f in got] == [f.id for f in expected]


@pytest.mark.parametrize("seed", range(6))
def test_reconcile_facts_bulk_then_one_by_one_equals_one_by_one(seed: int) -> None:
    """A grouper filled in bulk takes further claims as if it had taken all one by one."""
    rows = _random_rows(random.Random(100 + seed), 1200)
    grouper = Grouper(config.estimation(), track=True)
    grouper.extend(rows[:800])
    assert len(grouper.changed) == len(grouper.facts)
    for row in rows[800:]:
        grouper.add(row)
    assert _state(grouper.facts) == _state(_one_by_one(rows).facts)


def test_reconcile_facts_bulk_lone_figure_and_repeats(row) -> None:  # type: ignore[no-untyped-def]
    """A lone figure starts its own fact; repeats of a figure join the first's fact."""
    rows = [row(low=500), row(low=9000), row(low=500, qualifier="approx"), row(low=500)]
    facts = build_facts(rows)
    assert [(f.low, len(f.claims)) for f in facts] == [(500, 3), (9000, 1)]


@pytest.mark.parametrize(("lookback", "tol", "exact_tol"), [(2, 0.05, 0.01), (1, 0.2, 0.1)])
def test_reconcile_facts_bulk_under_other_rules(
    lookback: int, tol: float, exact_tol: float
) -> None:
    """Spans of several years from the publication date, wider tolerances: still the same."""
    base = config.estimation()
    rules = dataclasses.replace(
        base.facts,
        undated_lookback_years=lookback,
        figure_tolerance=tol,
        exact_tolerance=exact_tol,
    )
    settings = dataclasses.replace(base, facts=rules)
    rows = _random_rows(random.Random(lookback), 2000)
    one = Grouper(settings)
    for row in rows:
        one.add(row)
    bulk = Grouper(settings)
    bulk.extend(rows, index=False)
    assert _state(bulk.facts) == _state(one.facts)
