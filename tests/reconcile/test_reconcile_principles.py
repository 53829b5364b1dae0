"""The reasoning principles (docs/reasoning.md) end to end: sentences written for these
tests go through the real extractor, a real SQLite store and reconcile.

Principles the extractor cannot yet express (scope, series) are held by the ClaimRow tests
of test_reconcile_estimates.py and test_reconcile_grading.py.
"""

from __future__ import annotations

from pathlib import Path

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document
from laborwatch.reconcile import Picture, reconcile
from laborwatch.store import Store

LEAD = "North Korea sends workers abroad to earn foreign currency. "


def pipeline(tmp_path: Path, articles: list[tuple[str, str, str, str]]) -> Picture:
    """(id, sentence, published, story) -> extracted, stored, reconciled."""
    extractor = Extractor()
    url = f"sqlite:///{tmp_path / 'p.db'}"
    with Store.open(url) as store:
        for doc_id, sentence, published, story in articles:
            doc = Document(
                id=doc_id, text=LEAD + sentence, published=published, publisher="example.org"
            )
            store.save(extractor.extract(doc), cluster=story)
        rows = list(store.claim_rows(relevant=True))
    assert rows, "the extractor found no claim"
    return reconcile(rows)


def test_principle_open_bound_stays_a_bound(tmp_path):
    p = pipeline(
        tmp_path,
        [
            (
                "a",
                "As many as 150,000 North Korean workers are abroad, an expert said.",
                "2025-02-01",
                "s1",
            ),
            (
                "b",
                "Up to 15,000 North Korean laborers work in Russia, according to a Russian "
                "official.",
                "2025-02-01",
                "s2",
            ),
        ],
    )
    world = p.world(2025)
    assert world is not None and world.basis == "bounds"
    assert world.label() == "at most 150,000"
    figures = {v for e in p.estimates for v in (e.low, e.central, e.high)}
    assert 75_000 not in figures and 7_500 not in figures
    assert p.headline() is None  # a bound is never the headline figure
    for e in p.estimates:
        if e.destination == "RU":
            assert e.label() == "at most 15,000"


def test_principle_relays_of_one_origin_are_one_source(tmp_path):
    said = (
        "South Korea's National Intelligence Service said about 100,000 North Korean "
        "workers are abroad."
    )
    p = pipeline(tmp_path, [(f"r{i}", said, "2023-06-01", f"story{i}") for i in range(3)])
    world = p.world(2023)
    assert world is not None and world.central == 100_000
    (fact,) = [p.by_id[f] for f in world.facts]
    assert len(fact.documents) == 3 and fact.sources == 1
    assert fact.grade == "B2" and world.confidence == "moderate"


def test_principle_one_article_one_year(tmp_path):
    p = pipeline(
        tmp_path,
        [
            (
                "t",
                "About 2,000 North Korean workers are employed in Kuwait, an official said.",
                "2021-04-01",
                "s",
            )
        ],
    )
    assert sorted({f.years for f in p.facts if f.kind == "workers"}) == [(2021, 2021)]


def test_principle_repatriation_and_plans_are_no_breach(tmp_path):
    p = pipeline(
        tmp_path,
        [
            (
                "c",
                "Cambodia sent home all 1,000 North Korean workers in 2020, the government said.",
                "2021-01-10",
                "s1",
            ),
            (
                "d",
                "North Korea plans to send 5,000 workers to Russia this year.",
                "2023-05-01",
                "s2",
            ),
        ],
    )
    assert p.flags == []
    assert ("KH", 2020) in {(x.country, x.year) for x in p.compliance}
    assert ("RU", 2023) in {(x.country, x.year) for x in p.plans}
