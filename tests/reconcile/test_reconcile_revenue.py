"""Revenue: workers x wage x 12 x share by Monte Carlo, beside the figures articles state."""

from __future__ import annotations

import pytest

from laborwatch.reconcile import reconcile
from laborwatch.reconcile.records import Estimate
from laborwatch.reconcile.revenue import estimate_revenue


def _money(row, kind, low, high="same", per="month", year="2023", **extra):
    return row(
        kind=kind,
        low=low,
        high=high,
        qualifier=None,
        dest=(),
        status=None,
        per=per if kind != "state_share" else None,
        year=year,
        **extra,
    )


def test_reconcile_revenue_exact_inputs_give_the_product(row):
    p = reconcile(
        [row(low=1000, dest=("M49:001",)), _money(row, "wage", 500), _money(row, "state_share", 50)]
    )
    rev = p.revenue_for(2023)
    assert rev is not None
    assert rev.median == pytest.approx(1000 * 500 * 12 * 0.5)
    assert rev.p05 == pytest.approx(rev.p95)


def test_reconcile_revenue_yearly_wage_is_monthly_over_twelve(row):
    p = reconcile(
        [
            row(low=1000, dest=("M49:001",)),
            _money(row, "wage", 6000, per="year"),
            _money(row, "state_share", 100),
        ]
    )
    assert p.revenue_for(2023).median == pytest.approx(1000 * 500 * 12)


def test_reconcile_revenue_ranges_give_an_interval_and_are_reproducible(row):
    rows = [
        row(low=100_000, qualifier="approx", dest=("M49:001",)),
        _money(row, "wage", 300, 1000),
        _money(row, "state_share", 70, 90),
        _money(row, "revenue", 5e8, per="year"),
    ]
    a, b = reconcile(rows).revenue_for(2023), reconcile(rows).revenue_for(2023)
    assert a.to_dict() == b.to_dict()
    assert a.p05 < a.median < a.p95
    low = 90_000 * 300 * 12 * 0.7
    high = 110_000 * 1000 * 12 * 0.9
    assert low < a.p05 and a.p95 < high
    assert len(a.stated) == 1  # the article's own $500 million, set beside


def test_reconcile_revenue_uses_cited_priors_without_wage_or_share_claims():
    workers = Estimate("M49:001", 2023, "stock", None, 1000, 1000, 1000, [])
    rev = estimate_revenue(workers, [])
    assert rev.inputs["wage"].startswith("prior 300-1000")
    assert "NKDB" in rev.inputs["state_share"] and "Leiden" in rev.inputs["wage"]
    assert 1000 * 300 * 12 * 0.3 < rev.median < 1000 * 1000 * 12 * 0.9


def test_reconcile_revenue_prefers_figures_near_the_year(row):
    p = reconcile(
        [
            row(low=1000, dest=("M49:001",)),
            _money(row, "wage", 100, year="2005"),
            _money(row, "wage", 700, year="2022"),
            _money(row, "state_share", 50),
        ]
    )
    rev = p.revenue_for(2023)
    assert rev.median == pytest.approx(1000 * 700 * 12 * 0.5)
    assert len(rev.inputs["wage_facts"]) == 1


def test_reconcile_revenue_inputs_typed_by_basis_and_currency(row):
    def wage(low, basis, **kw):
        r = _money(row, "wage", low, **kw)
        r.basis = basis
        return r

    rows = [
        row(low=1000, dest=("M49:001",)),
        wage(1000, "gross", doc="story"),
        wage(200, "take_home", doc="story"),  # with the gross pay: an implied 80% share
        wage(6000, "other"),  # an IT freelancer's earnings: kept apart
        wage(5000, "gross", sector="it"),
    ]
    rev = reconcile(rows).revenue_for(2023)
    assert rev.median == pytest.approx(1000 * 1000 * 12 * 0.8)
    assert rev.inputs["implied_shares"] == 1
    reasons = " ".join(x["reason"] for x in rev.inputs["left_out"])
    assert "IT or other earnings" in reasons and "take-home" in reasons
    rub = wage(70_000, "state_take", year="2020")
    rub.currency = "RUB"
    rev = reconcile([row(low=1000, dest=("M49:001",), year="2020"), rub]).revenue_for(2020)
    assert 700 * 1000 * 12 < rev.median < 1200 * 1000 * 12  # roubles at the 2020 rate
    kpw = wage(70_000, "state_take", year="2020")
    kpw.currency = "KPW"
    rev = reconcile([row(low=1000, dest=("M49:001",), year="2020"), kpw]).revenue_for(2020)
    assert any("no exchange rate for KPW" in x["reason"] for x in rev.inputs["left_out"])


def test_reconcile_revenue_says_insufficient_evidence_when_it_cannot_narrow(row):
    rows = [
        row(low=1000, dest=("M49:001",)),
        _money(row, "wage", 20, 5000),
        _money(row, "state_share", 5, 95),
    ]
    rev = reconcile(rows).revenue_for(2023)
    assert rev.sufficient is False
    assert rev.p95 > 5 * rev.p05
