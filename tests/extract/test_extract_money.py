"""Money claims (revenue, wage, state share), periods and attribution on real sentences."""

from __future__ import annotations

import pytest


def money(extracted, doc_id, kind):
    return {(c.value.low, c.value.high): c for c in extracted(doc_id).claims if c.kind == kind}


@pytest.mark.parametrize(
    ("doc_id", "kind", "low", "high", "per"),
    [
        ("seed-003", "revenue", 500e6, 500e6, None),
        ("seed-003", "revenue", 250e6, 600e6, "year"),
        ("p006", "revenue", 200e6, 500e6, "year"),
        ("p109", "revenue", 500e6, None, "year"),
        ("seed-002", "wage", 600, 700, "month"),
        ("p022", "wage", 1000, 1000, "month"),
        ("p078", "wage", 800, 800, "month"),  # the GBP conversion in brackets is not another
        ("p049", "wage", 300, 1000, "month"),  # "monthly wages, which range from"
    ],
)
def test_money_amounts(extracted, doc_id, kind, low, high, per):
    found = money(extracted, doc_id, kind)
    assert (low, high) in found
    assert found[(low, high)].value.per == per


@pytest.mark.parametrize(
    ("doc_id", "low", "high"),
    [
        ("seed-000", 30, 55),
        ("p006", None, 70),
        ("p022", 50, 50),
        ("p106", 50, 50),
        ("p064", 70, 90),
    ],
)
def test_money_state_share(extracted, doc_id, low, high):
    assert (low, high) in money(extracted, doc_id, "state_share")


@pytest.mark.parametrize(
    ("doc_id", "kind", "low", "high"),
    [
        ("p006", "revenue", 1e9, None),  # the cost of weapons programmes
        ("p064", "wage", 20, 30),  # bribes
        ("p064", "wage", 10000, 100000),  # agents' remittance quota
        ("p022", "wage", 300, 300),  # goes to construction company managers
        ("p064", "state_share", None, 90),  # the heading restating "70 to 90 percent"
        ("p032", "state_share", 80, 80),  # "80% of them work in China": share of workers
        ("p081", "revenue", 2e9, 9999999999),  # stolen cryptocurrency
    ],
)
def test_money_that_is_not_a_claim(extracted, doc_id, kind, low, high):
    assert (low, high) not in money(extracted, doc_id, kind)


@pytest.mark.parametrize(
    ("doc_id", "low", "start", "end"),
    [
        ("seed-003", 100000, "2023", None),  # "in 2023"
        ("p064", 46000, "2013-01", None),  # "as of January", published 2013-07
        ("p049", 1190, "2017-11", None),  # "as of last month", published 2017-12-04
        ("p049", 2123, "2013", None),
    ],
)
def test_periods_resolve_against_publication(extracted, doc_id, low, start, end):
    claim = next(c for c in extracted(doc_id).claims if c.kind == "workers" and c.value.low == low)
    assert claim.period is not None
    assert (claim.period.start, claim.period.end) == (start, end)


@pytest.mark.parametrize(
    ("doc_id", "low", "needle"),
    [
        ("seed-003", 100000, "Panel of Experts"),
        ("p022", 6000, "two officials"),
        ("p078", 4000, "NIS official"),
        ("p074", 100000, "State Department"),
    ],
)
def test_attribution_names_the_source(extracted, doc_id, low, needle):
    claim = next(c for c in extracted(doc_id).claims if c.kind == "workers" and c.value.low == low)
    assert claim.attribution and needle in claim.attribution
