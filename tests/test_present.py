"""The one presentation module: figures as the text gave them, names, plurals, map classes."""

from __future__ import annotations

import pytest

from laborwatch import present
from laborwatch.model import Amount, Claim, ClaimRow, Evidence
from laborwatch.reconcile.records import Estimate


@pytest.mark.parametrize(
    ("kind", "low", "high", "extra", "shown"),
    [
        ("workers", 24200, 24200, {"qualifier": "exact"}, "24,200"),
        ("workers", 4000, 4000, {"qualifier": "approx"}, "around 4,000"),
        ("workers", None, 28000, {"qualifier": "at_most"}, "up to 28,000"),
        ("workers", 28000, 28000, {"qualifier": "at_most"}, "up to 28,000"),
        ("workers", 1000, None, {"qualifier": "at_least"}, "at least 1,000"),
        ("workers", 800, 1000, {"qualifier": "range"}, "800–1,000"),
        (
            "workers",
            10000,
            None,
            {"qualifier": "vague", "text": "tens of thousands"},
            "tens of thousands",
        ),
        ("workers", 1234.5, 1234.5, {}, "1,234.5"),
        ("revenue", 5e8, 5e8, {"per": "year"}, "$500 million a year"),
        ("revenue", 1.25e9, 1.25e9, {"qualifier": "approx"}, "around $1.25 billion"),
        ("revenue", 2.5e8, 6e8, {}, "$250–600 million"),
        ("wage", 600, 700, {"per": "month"}, "$600–700 a month"),
        ("wage", 50000, 50000, {"currency": "RUB", "per": "month"}, "50,000 RUB a month"),
        ("wage", 300, 300, {"currency": "EUR"}, "€300"),
        ("state_share", 70, 70, {"qualifier": "at_most"}, "up to 70%"),
        ("state_share", 30, 50, {}, "30–50%"),
        ("workers", None, None, {"text": "several hundred"}, "several hundred"),
    ],
)
def test_figure_reads_as_the_text_gave_it(kind, low, high, extra, shown) -> None:
    assert present.figure(kind, low, high, **extra) == shown


def test_figure_of_claims_rows_and_amounts_agree() -> None:
    amount = Amount(None, 28000, "up to 28,000", "at_most")
    claim = Claim("workers", amount, Evidence("They plan up to 28,000.", 0, 23), ["RU"])
    row = ClaimRow(
        1, "d", "workers", None, 28000, "at_most", ("RU",), None, None, None, None, None, "s", 0, 1
    )
    assert present.figure_of(claim) == present.figure_of(row) == "up to 28,000"


def test_stated_figures_keep_every_digit() -> None:
    assert present.number(24213) == "24,213"
    assert present.money(531_234_567) == "$531.235 million"
    assert present.money(531_234_567, rounded=True) == "$531 million"
    assert present.approx(24213) == "24,000"


def test_modelled_numbers_are_rounded_for_prose() -> None:
    assert [present.approx(x) for x in (123_456, 1_234, 38)] == ["123,000", "1,200", "38"]
    assert present.money(4.67e8, rounded=True) == "$467 million"
    assert present.money(1.2e9, rounded=True) == "$1.2 billion"


@pytest.mark.parametrize(
    ("n", "noun", "shown"),
    [
        (1, "fact", "1 fact"),
        (0, "fact", "0 facts"),
        (2, "country", "2 countries"),
        (3, "day", "3 days"),
        (2, "process", "2 processes"),
        (1200, "document", "1,200 documents"),
        (2, "story cluster", "2 story clusters"),
    ],
)
def test_plural(n: int, noun: str, shown: str) -> None:
    assert present.plural(n, noun) == shown


def test_names_from_the_one_vocabulary() -> None:
    assert present.sector("it") == "IT"
    assert present.sector(None) == "–" and present.sector(None, none="all") == "all"
    assert present.measure("stock") == "workers present (stock)"
    assert present.kind("state_share") == "state's share"
    assert present.place("RU") == "Russia" and present.place("M49:001") == "World"
    assert present.places([]) == "unspecified place"
    assert present.years((2019, 2023)) == "2019–2023" and present.years(None) == "undated"
    assert present.clip("a  b\nc " + "x" * 50, 10) == "a b c xxx…"


def _est(dest: str, year: int, central: float, measure: str = "stock", sector=None) -> Estimate:
    return Estimate(
        destination=dest,
        year=year,
        measure=measure,
        sector=sector,
        low=central,
        central=central,
        high=central,
        method="direct",
        credibility=2,
        confidence="moderate",
        facts=[],
    )


def test_latest_by_place_takes_the_latest_all_sector_country_estimate() -> None:
    ests = [
        _est("RU", 2019, 10),
        _est("RU", 2023, 30),
        _est("RU", 2024, 99, sector="construction"),
        _est("RU", 2024, 77, measure="flow"),
        _est("CN", 2022, 50),
        _est("M49:001", 2023, 100),
    ]
    latest = present.latest_by_place(ests)
    assert {k: (e.year, e.central) for k, e in latest.items()} == {
        "RU": (2023, 30),
        "CN": (2022, 50),
    }
    assert [e.destination for e in present.ranked(latest)] == ["CN", "RU"]
    assert present.latest_by_place(ests, year=2019)["RU"].central == 10
    assert "M49:001" in present.latest_by_place(ests, countries_only=False)


def test_map_classes_are_one_rule_with_labels_from_the_bounds() -> None:
    legend = present.map_legend()
    assert legend[0] == (present.map_settings().no_data, "no estimate")
    labels = [label for _, label in legend[1:]]
    assert labels[0] == "< 500" and labels[1] == "500–2,000" and labels[-1] == "≥ 50,000"
    assert present.map_colour(None) == present.map_settings().no_data
    assert present.map_colour(499) == legend[1][0]
    assert present.map_colour(500) == legend[2][0]
    assert present.map_colour(10**9) == legend[-1][0]


def test_noun_agrees_with_its_count() -> None:
    assert present.noun(1, "breach") == "breach" and present.noun(3, "breach") == "breaches"
    assert present.noun(0, "story") == "stories" and present.noun(1, "story") == "story"
