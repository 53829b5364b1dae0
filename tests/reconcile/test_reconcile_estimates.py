"""Estimates: central is a figure a source gave, bounds stay bounds, scope, floors, review."""

from __future__ import annotations

from laborwatch.reconcile import reconcile
from laborwatch.reconcile.estimates import select


def _one(picture, dest, year, measure="stock", sector=None):
    found = [e for e in select(picture.estimates, dest, year, None, measure) if e.sector == sector]
    assert len(found) == 1, found
    return found[0]


def test_reconcile_estimates_central_is_a_figure_a_source_gave(row):
    p = reconcile(
        [
            row(low=20_000, high=40_000, qualifier="range", attribution="UN panel"),
            row(low=30_000, attribution="NIS"),
            row(low=26_000, attribution="Russia's March report"),
        ]
    )
    est = _one(p, "RU", 2023)
    assert est.central == 30_000  # the middle of 26,000 / 30,000 (range midpoint) / 30,000
    assert (est.low, est.high) == (20_000, 40_000)
    assert est.basis == "direct" and "middle figure" in est.notes[0]
    given = {26_000, 30_000}
    assert est.central in given


def test_reconcile_estimates_open_bound_is_never_halved(row):
    p = reconcile(
        [
            row(low=None, high=15_000, qualifier="at_most", dest=("RU",), year="2025"),
            row(low=2000, high=None, qualifier="at_least", dest=("KW",)),
            row(low=1000, qualifier="approx", dest=("QA",)),
        ]
    )
    ru = _one(p, "RU", 2025)
    assert ru.basis == "bounds" and ru.bound == "at_most"
    assert ru.high == 15_000 and ru.label() == "at most 15,000"
    assert 7_500 not in (ru.low, ru.central, ru.high)
    kw = _one(p, "KW", 2023)
    assert (kw.basis, kw.bound, kw.label()) == ("bounds", "at_least", "at least 2,000")
    qa = _one(p, "QA", 2023)
    assert (qa.low, qa.central, qa.high, qa.basis) == (900, 1000, 1100, "direct")


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
    assert _one(p, "RU", 2023, "flow").central == 900
    assert _one(p, "RU", 2023, sector="construction").central == 3000


def test_reconcile_estimates_site_and_city_figures_are_floors_never_the_country(row):
    p = reconcile(
        [
            row(low=30, dest=("CN",), scope="site", year="2025"),
            row(low=None, high=80_000, qualifier="at_most", dest=("CN",), scope="city"),
            row(low=50_000, dest=("CN",), attribution="NIS"),
            row(low=2_500, dest=("RU",), scope="city"),
            row(low=40, dest=("LY",), year="2023"),  # scope not stated: a floor, too
        ]
    )
    assert _one(p, "CN", 2025).basis == "floor"
    assert _one(p, "CN", 2025).label() == "at least 30"
    cn = _one(p, "CN", 2023)
    assert cn.central == 50_000 and cn.basis == "direct"
    assert any("a city figure: a floor" in r for _, r in cn.excluded)
    ru = _one(p, "RU", 2023)
    assert (ru.basis, ru.central, ru.method) == ("floor", 2_500, "local figures only (a floor)")
    p2 = reconcile([row(low=40, dest=("LY",), scope=None)])
    assert _one(p2, "LY", 2023).basis == "floor"


def test_reconcile_estimates_world_direct_beside_the_sum_of_countries(row):
    p = reconcile(
        [
            row(low=100_000, qualifier="approx", dest=("M49:001",), attribution="UN panel"),
            row(low=85_000, dest=("CN",), attribution="NIS"),
            row(low=30_000, dest=("RU",), attribution="NIS"),
            row(low=6_000, dest=("M49:145",)),  # a region: never added to the world sum
            row(low=9_000, dest=("QA", "KW")),  # joint: never added either
        ]
    )
    world = _one(p, "M49:001", 2023)
    assert (world.low, world.central, world.high) == (90_000, 100_000, 110_000)
    assert world.basis == "direct" and world.floor == 115_000
    assert world.review and "sum to 115,000" in world.review[0]
    assert _one(p, "M49:145", 2023).central == 6_000
    assert p.headline() is world


def test_reconcile_estimates_world_from_countries_alone_is_a_floor(row):
    p = reconcile(
        [
            row(low=500, dest=("RU",), year="2020"),
            row(low=200, dest=("LY",), year="2020"),
            row(low=100_000, dest=("M49:001",), year="2019", attribution="UN panel"),
        ]
    )
    world = _one(p, "M49:001", 2020)
    assert world.central == 700 and world.basis == "floor"
    assert world.label() == "at least 700"
    assert p.revenue_for(2020) is None  # a floor is no basis for revenue
    head = p.headline()
    assert head is not None and head.year == 2019  # a floor is never the headline


def test_reconcile_estimates_region_sums_its_member_countries(row):
    p = reconcile(
        [
            row(low=5000, dest=("M49:145",)),
            row(low=2500, dest=("KW",)),
            row(low=1000, dest=("QA",)),
            row(low=700, dest=("MN",)),
        ]
    )
    region = _one(p, "M49:145", 2023)
    assert region.central == 5000 and region.basis == "direct"
    assert region.floor == 3500  # Kuwait + Qatar; Mongolia is not in Western Asia
    p2 = reconcile([row(low=9000, dest=("M49:145",), scope="site"), row(low=2500, dest=("KW",))])
    assert _one(p2, "M49:145", 2023).basis == "floor"


def test_reconcile_estimates_outlier_held_for_review_not_averaged(row):
    p = reconcile(
        [
            row(low=100_000, attribution="UN panel", dest=("M49:001",)),
            row(low=90_000, attribution="NIS", dest=("M49:001",)),
            row(low=300_001, attribution="a defector group", dest=("M49:001",)),
            row(low=450_000, status="planned", dest=("M49:001",)),
        ]
    )
    world = _one(p, "M49:001", 2023)
    assert world.high < 300_000
    assert any(r.startswith("held for review") for _, r in world.excluded)
    pipeline = _one(p, "M49:001", 2023, "pipeline")
    assert pipeline.review and "4x the stock" in pipeline.review[0]


def test_reconcile_estimates_cumulative_totals_are_not_a_stock(row):
    p = reconcile([row(low=150_000, cumulative=True, dest=("RU",)), row(low=20_000, dest=("RU",))])
    est = _one(p, "RU", 2023)
    assert est.central == 20_000
    assert any("cumulative" in r for _, r in est.excluded)


def test_reconcile_estimates_undated_facts_are_listed_not_estimated(row):
    p = reconcile([row(low=4000, year=None, published=None)])
    assert p.estimates == []
    assert [f.low for f in p.undated] == [4000]


def test_reconcile_estimates_one_article_one_year(row):
    p = reconcile([row(low=4000, year=None, published="2021-06-01")])
    assert [e.year for e in p.estimates if e.destination == "RU"] == [2021]
