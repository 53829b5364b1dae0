"""Grouping claims into facts: same figure, place, status and years; clusters count once."""

from __future__ import annotations

from laborwatch.reconcile.facts import build_facts
from laborwatch.reconcile.grading import grade_facts


def test_reconcile_facts_same_figure_across_documents_is_one_fact(row):
    facts = build_facts(
        [
            row(low=100_000, qualifier="approx", dest=("M49:001",)),
            row(low=100_000, qualifier="exact", dest=("M49:001",)),
            row(low=103_000, qualifier="approx", dest=("M49:001",)),
        ]
    )
    assert len(facts) == 1
    assert len(facts[0].claims) == 3 and len(facts[0].documents) == 3


def test_reconcile_facts_exact_figures_need_a_tighter_match(row):
    facts = build_facts([row(low=11_000), row(low=11_490), row(low=11_500)])
    assert sorted(f.low for f in facts) == [11_000, 11_490]


def test_reconcile_facts_split_on_place_status_sector_and_bounds(row):
    facts = build_facts(
        [
            row(low=2000),
            row(low=2000, dest=("CN",)),
            row(low=2000, dest=("CN", "RU")),
            row(low=2000, status="dispatched"),
            row(low=2000, sector="it"),
            row(low=2000, high=None, qualifier="at_least"),
        ]
    )
    assert len(facts) == 6


def test_reconcile_facts_unknown_status_joins_and_never_leads(row):
    facts = build_facts([row(low=500, status="unknown"), row(low=500, status="present")])
    assert len(facts) == 1
    assert facts[0].status == "present" and facts[0].measure == "stock"


def test_reconcile_facts_years_must_overlap_and_narrow(row):
    facts = build_facts(
        [
            row(low=30_000, year=None, published="2019-12-12"),  # no period: 2018-2019
            row(low=30_000, year="2019"),
            row(low=30_000, year="2023"),
        ]
    )
    years = sorted(f.years for f in facts)
    assert years == [(2019, 2019), (2023, 2023)]


def test_reconcile_facts_undated_claims_only_group_with_undated(row):
    facts = build_facts(
        [
            row(low=4000, year=None, published=None),
            row(low=4000, year=None, published=None),
            row(low=4000, year="2024"),
        ]
    )
    assert sorted(len(f.claims) for f in facts) == [1, 2]
    assert {f.years for f in facts} == {None, (2024, 2024)}


def test_reconcile_facts_skip_irrelevant_and_rejected_claims(row):
    facts = build_facts([row(relevant=False), row(review="rejected"), row(review="accepted")])
    assert len(facts) == 1 and len(facts[0].claims) == 1


def test_reconcile_facts_syndicated_copies_count_as_one_source(row):
    copies = [row(low=1500, cluster="wire-1", publisher=p) for p in ("a.com", "b.com", "c.com")]
    other = row(low=1500, cluster="wire-2", publisher="d.com")
    (fact,) = grade_facts(build_facts(copies))
    assert fact.sources == 1 and len(fact.documents) == 3
    (fact,) = grade_facts(build_facts([*copies, other]))
    assert fact.sources == 2 and fact.clusters == ["wire-1", "wire-2"]


def test_reconcile_facts_ids_are_stable(row):
    rows = [row(low=700, dest=("M49:035",)), row(low=800, dest=("AE", "QA"))]
    assert [f.id for f in build_facts(rows)] == [f.id for f in build_facts(rows)]
    assert len({f.id for f in build_facts(rows)}) == 2


def test_reconcile_facts_money_groups_by_period_unit(row):
    facts = build_facts(
        [
            row(kind="wage", low=600, high=700, qualifier=None, dest=(), status=None, per="month"),
            row(kind="wage", low=600, high=700, qualifier=None, dest=(), status=None, per="year"),
            row(kind="revenue", low=5e8, qualifier=None, dest=(), status=None, per=None),
            row(kind="revenue", low=5e8, qualifier=None, dest=(), status=None, per="year"),
        ]
    )
    assert sorted((f.kind, len(f.claims)) for f in facts) == [
        ("revenue", 2),
        ("wage", 1),
        ("wage", 1),
    ]
