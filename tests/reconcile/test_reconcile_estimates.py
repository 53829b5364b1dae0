"""Estimates: the conservative rule, ranges, exclusions with reasons, world and regions."""

from __future__ import annotations

from laborwatch.reconcile import reconcile
from laborwatch.reconcile.estimates import select


def _one(picture, dest, year, measure="stock", sector=None):
    found = [e for e in select(picture.estimates, dest, year, None, measure) if e.sector == sector]
    assert len(found) == 1, found
    return found[0]


def test_reconcile_estimates_conservative_central_with_range_noted(row):
    p = reconcile(
        [
            row(low=20_000, high=99_999, qualifier="vague", attribution="UN panel"),
            row(low=30_000, attribution="NIS"),
        ]
    )
    est = _one(p, "RU", 2023)
    assert (est.low, est.central, est.high) == (20_000, 20_000, 99_999)
    assert "conservative" in est.notes[0]
    assert len(est.facts) == 2


def test_reconcile_estimates_doubtful_facts_do_not_set_the_central_figure(row):
    p = reconcile(
        [
            row(low=30_000, attribution="UN panel", year="2019"),
            row(low=11_490, attribution="Russia's March report", year="2019"),
        ]
    )
    est = _one(p, "RU", 2019)
    assert (est.low, est.central, est.high) == (11_490, 30_000, 30_000)


def test_reconcile_estimates_qualifiers_become_ranges(row):
    p = reconcile(
        [
            row(low=1000, qualifier="approx", dest=("QA",)),
            row(low=2000, high=None, qualifier="at_least", dest=("KW",)),
            row(low=None, high=1500, qualifier="at_most", dest=("AE",)),
        ]
    )
    assert [(e.low, e.central, e.high) for e in (_one(p, c, 2023) for c in ("QA", "KW", "AE"))] == [
        (900, 1000, 1100),
        (2000, 2000, 3000),
        (750, 750, 1500),
    ]


def test_reconcile_estimates_say_why_facts_were_left_out(row):
    p = reconcile(
        [
            row(low=4000),
            row(low=900, status="dispatched"),
            row(low=3000, sector="construction"),
            row(low=50_000, dest=("CN", "RU")),
        ]
    )
    reasons = [r for _, r in _one(p, "RU", 2023).excluded]
    assert len(reasons) == 3
    assert any("flow" in r for r in reasons)
    assert any("construction sector" in r for r in reasons)
    assert any("joint figure for CN+RU" in r for r in reasons)
    flow = _one(p, "RU", 2023, "flow")
    assert flow.central == 900
    assert _one(p, "RU", 2023, sector="construction").central == 3000


def test_reconcile_estimates_world_is_best_of_direct_and_sum_without_double_counting(row):
    p = reconcile(
        [
            row(low=100_000, qualifier="approx", dest=("M49:001",), attribution="UN panel"),
            row(low=80_000, dest=("CN",), attribution="NIS"),
            row(low=30_000, dest=("RU",), attribution="NIS"),
            row(low=6_000, dest=("M49:145",)),  # a region: never added to the world sum
            row(low=9_000, dest=("QA", "KW")),  # joint: never added either
        ]
    )
    world = _one(p, "M49:001", 2023)
    assert world.central == 110_000  # the countries' sum beats the direct figure
    assert world.low == 110_000 and world.high == 110_000
    assert world.method == "direct, raised to the sum of countries"
    assert any("sum of 2 country estimates" in n for n in world.notes)
    region = _one(p, "M49:145", 2023)
    assert region.central == 6_000


def test_reconcile_estimates_world_direct_when_countries_sum_is_smaller(row):
    p = reconcile(
        [row(low=100_000, qualifier="approx", dest=("M49:001",)), row(low=30_000, dest=("RU",))]
    )
    world = _one(p, "M49:001", 2023)
    assert (world.low, world.central, world.high) == (90_000, 100_000, 110_000)
    assert world.method == "direct"


def test_reconcile_estimates_world_from_countries_alone_is_a_floor(row):
    p = reconcile(
        [row(low=500, dest=("RU",), year="2020"), row(low=200, dest=("LY",), year="2020")]
    )
    world = _one(p, "M49:001", 2020)
    assert world.central == 700 and world.method.startswith("sum of countries")
    assert p.revenue_for(2020) is None  # a floor is no basis for revenue


def test_reconcile_estimates_region_sums_its_member_countries(row):
    p = reconcile(
        [
            row(low=2000, dest=("M49:145",)),
            row(low=2500, dest=("KW",)),
            row(low=1000, dest=("QA",)),
            row(low=700, dest=("MN",)),
        ]
    )
    region = _one(p, "M49:145", 2023)
    assert region.central == 3500  # Kuwait + Qatar; Mongolia is not in Western Asia


def test_reconcile_estimates_undated_facts_make_no_estimate(row):
    p = reconcile([row(low=4000, year=None, published=None)])
    assert p.estimates == []
