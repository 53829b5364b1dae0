"""Admiralty grades: reliability per source from the data file, credibility per fact."""

from __future__ import annotations

import pytest

from laborwatch.errors import DataFileError
from laborwatch.reconcile import config
from laborwatch.reconcile.facts import build_facts
from laborwatch.reconcile.grading import Reliability, default_reliability, grade_facts


@pytest.mark.parametrize(
    ("attribution", "publisher", "grade", "name"),
    [
        ("U.N. Security Council's Panel of Experts", "rfa.org", "A", "UN Panel of Experts"),
        ("a report from the United Nations Security Council group of experts", None, "A", None),
        ("Russia's March report", "en.yna.co.kr", "B", "Member State report to the UN"),
        ("South Korea's National Intelligence Service", None, "B", "South Korea NIS"),
        ("Daily NK source in Pyongyang", "dailynk.com", "C", "Daily NK source"),
        ("sources told Radio Free Asia", "rfa.org", "C", "Radio Free Asia source"),
        (None, "www.nknews.org", "B", "nknews.org"),
        (None, "in.reuters.com", "B", "reuters.com"),
        (None, "tass.com", "D", "tass.com"),
        ("a seafood trader", "unknown-blog.example", "F", "unknown-blog.example"),
        (None, None, "F", "unknown publisher"),
    ],
)
def test_reconcile_grading_reliability_from_attribution_then_publisher(
    attribution, publisher, grade, name
):
    src = default_reliability().source(attribution, publisher)
    assert src.grade == grade
    if name:
        assert src.name == name


def _graded(rows):
    return {f.low: f for f in grade_facts(build_facts(rows))}


def test_reconcile_grading_credibility_from_corroboration(row):
    facts = _graded(
        [
            row(low=100_000, attribution="the UN panel", cluster="a", dest=("M49:001",)),
            row(low=100_000, attribution="the US State Department", cluster="b", dest=("M49:001",)),
            row(low=50_000, attribution="the UN panel", cluster="c", dest=("CN",)),
            row(low=7_000, publisher="nknews.org", cluster="d", dest=("LY",)),
            row(low=7_000, publisher="dailynk.com", cluster="e", dest=("LY",)),
            row(low=3_000, attribution="Daily NK source", dest=("QA",)),
            row(low=900, publisher="unknown.example", dest=("KW",)),
        ]
    )
    assert facts[100_000].grade == "A1"  # two named origins
    assert facts[50_000].grade == "A2"  # one A source
    assert facts[7_000].grade == "B1"  # two independent stories, one of them B
    assert facts[3_000].grade == "C3"
    assert facts[900].grade == "F6"


def test_reconcile_grading_contradiction_downgrades_the_weaker_and_keeps_both(row):
    facts = _graded(
        [
            row(low=30_000, attribution="UN Panel of Experts", year="2019"),
            row(low=34_000, attribution="Russian Ambassador", year="2019"),
            row(low=32_000, qualifier="approx", attribution="Russian Ambassador", year="2020"),
        ]
    )
    assert facts[30_000].credibility == 2
    assert facts[34_000].credibility == 4
    assert facts[34_000].contradicts == [facts[30_000].id]
    assert facts[30_000].contradicts == [facts[34_000].id]
    assert facts[32_000].contradicts == []  # another year


def test_reconcile_grading_confirmed_fact_makes_weak_contradiction_improbable(row):
    facts = _graded(
        [
            row(low=100_000, attribution="UN panel", cluster="a"),
            row(low=100_000, attribution="NIS", cluster="b"),
            row(low=5_000, publisher="tass.com"),
        ]
    )
    assert facts[100_000].credibility == 1
    assert facts[5_000].credibility == 5


def test_reconcile_grading_flows_with_different_figures_do_not_contradict(row):
    facts = _graded([row(low=300, status="planned"), row(low=800, status="planned")])
    assert all(not f.contradicts for f in facts.values())


def test_reconcile_grading_table_is_validated(tmp_path, monkeypatch):
    with pytest.raises(DataFileError):
        Reliability({"default": "Z", "origins": [], "publishers": {}})
    with pytest.raises(DataFileError):
        Reliability(
            {
                "default": "F",
                "origins": [{"name": "x", "grade": "A", "pattern": "("}],
                "publishers": {},
            }
        )
    bad = tmp_path / "rel.yaml"
    bad.write_text("- just a list\n")
    monkeypatch.setenv("LABORWATCH_RELIABILITY", str(bad))
    config.reliability.cache_clear()
    try:
        with pytest.raises(DataFileError, match="expected a mapping"):
            config.reliability()
    finally:
        monkeypatch.delenv("LABORWATCH_RELIABILITY")
        config.reliability.cache_clear()


def test_reconcile_grading_user_table_overrides_defaults(tmp_path):
    table = Reliability(
        {
            "default": "F",
            "publishers": {"dailynk.com": "A"},
            "origins": [{"name": "My desk", "grade": "B", "pattern": "our desk"}],
        }
    )
    assert table.source(None, "dailynk.com").grade == "A"
    assert table.source("our desk in Seoul", "dailynk.com").name == "My desk"


def test_reconcile_grading_relays_of_one_origin_are_one_source(row):
    nis = "South Korea NIS"
    facts = _graded(
        [
            row(low=4000, origin=nis, cluster="a", publisher="en.yna.co.kr"),
            row(low=4000, origin=nis, cluster="b", publisher="koreaherald.com"),
            row(low=4000, origin=nis, cluster="c", publisher="nknews.org"),
            row(low=4000, cluster="c", publisher="nknews.org"),  # headline of story c
            row(low=4000, cluster="b", publisher="koreaherald.com", doc="copy-b"),
        ]
    )
    fact = facts[4000]
    assert fact.sources == 1 and fact.origins == ("South Korea NIS",)
    assert fact.grade == "B2"  # one B origin: probably true, not confirmed


def test_reconcile_grading_series_and_newer_official_figures_are_not_contradictions(row):
    facts = _graded(
        [
            row(low=30_000, doc="s", sentence="It shrank from 30,000 to 10,000.", year="2019"),
            row(low=10_000, doc="s", sentence="It shrank from 30,000 to 10,000.", year="2019"),
        ]
    )
    assert all(not f.contradicts for f in facts.values())
    facts = _graded(
        [
            row(
                low=11_490,
                attribution="Russian Interior Ministry",
                published="2020-03-01",
                year="2019",
            ),
            row(
                low=30_000,
                attribution="UN panel",
                origin="UN Panel of Experts",
                published="2019-03-01",
                year="2019",
                cluster="x",
            ),
            row(
                low=30_000,
                attribution="UN panel",
                origin="UN Panel of Experts",
                published="2021-01-01",
                year="2019",
                cluster="y",
            ),
        ]
    )
    assert facts[11_490].credibility == 2  # newer official figure, not demoted
