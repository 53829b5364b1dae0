"""Claim fields scope, origin, basis and cumulative, on sentences written for these tests."""

from __future__ import annotations

import pytest

from laborwatch.model import Claim, Document

LEAD = "North Korea sends workers abroad to earn hard currency for the regime. "


def claims_of(extractor, text: str, publisher: str | None = None) -> list[Claim]:
    doc = Document(id="t", text=LEAD + text, publisher=publisher, published="2024-05")
    out = extractor.extract(doc)
    assert out.relevant, "the test document must read as relevant"
    return out.claims


def claim_with(extractor, text: str, low: float, publisher: str | None = None) -> Claim:
    for c in claims_of(extractor, text, publisher):
        if c.value.low == low or c.value.high == low:
            return c
    raise AssertionError(f"no claim of {low} in {text!r}")


@pytest.mark.parametrize(
    ("text", "low", "scope"),
    [
        ("About 2,500 North Korean workers are employed in Vladivostok.", 2500, "city"),
        ("Some 3,000 North Korean workers toil in Primorsky Krai.", 3000, "region"),
        # a town listed by hand (places_extra.yaml ``cities``) is a city, not a region
        ("About 400 North Korean loggers work near Chegdomyn.", 400, "city"),
        ("Some 60 North Korean welders were hired in Bolshoy Kamen.", 60, "city"),
        ("Russia will get 24,200 workers this year.", 24200, "country"),
        ("Around 100,000 North Koreans work overseas.", 100000, "world"),
        ("Some 50,000 North Korean workers are in China and Russia.", 50000, "multi"),
        ("About 4,000 North Korean labourers work in Southeast Asia.", 4000, "multi"),
        ("Qatar and the United Arab Emirates get 800 workers.", 800, "country"),
        ("About 120 North Korean welders work at the shipyard in Gdynia, Poland.", 120, "site"),
        ("Last month 19 North Korean waiters working in Ningbo, China defected.", 19, "site"),
        # a part of the country the place list does not know, named by its own noun
        ("About 700 North Korean builders work in Russia's Zolotovsk region.", 700, "region"),
        ("Some 90 North Korean workers toil in Senegal's capital of Toubana.", 90, "city"),
        ("About 700 North Korean builders from the Hamdong region work in Russia.", 700, "country"),
    ],
)
def test_scope_follows_the_place_matched(extractor, text, low, scope):
    assert claim_with(extractor, text, low).scope == scope


@pytest.mark.parametrize(
    ("text", "low", "publisher", "origin"),
    [
        (
            "South Korea's National Intelligence Service said 4,000 North Korean workers "
            "are in Russia.",
            4000,
            None,
            "South Korea NIS",
        ),
        (
            "The U.S. State Department estimated that 90,000 North Koreans work abroad.",
            90000,
            None,
            "US State Department",
        ),
        (
            "Kuwait's labour ministry said 6,000 North Korean workers live in the country.",
            6000,
            None,
            "Kuwait government",
        ),
        (
            "Two officials said another 1,000 North Korean workers will arrive in the UAE.",
            1000,
            None,
            "unnamed officials",
        ),
        (
            "A source said 500 North Korean workers were sent to China in May.",
            500,
            "rfa.org",
            "Radio Free Asia source",
        ),
        (
            "Some 2,000 North Korean workers were sent to Laos, sources told Radio Free Asia.",
            2000,
            "example.org",
            "Radio Free Asia source",
        ),
        (
            "Russia's interim report said 11,000 North Korean workers remain in Russia.",
            11000,
            None,
            "Russian government",
        ),
        (
            "China and Russia claim 20,000 North Korean workers went home from their soil.",
            20000,
            None,
            "Chinese and Russian governments",
        ),
        ("About 3,000 North Korean workers are employed in Mongolia.", 3000, None, None),
    ],
)
def test_origin_is_a_normalised_name(extractor, text, low, publisher, origin):
    assert claim_with(extractor, text, low, publisher).origin == origin


def test_origin_of_a_report_mentioned_before(extractor):
    text = (
        "The UN Panel of Experts published its annual findings in March. "
        "The report said 7,000 North Korean workers had been sent to Russia."
    )
    assert claim_with(extractor, text, 7000).origin == "UN Panel of Experts"


@pytest.mark.parametrize(
    ("text", "low", "origin"),
    [
        # an outlet relaying someone: the inner speaker stated the figure first
        (
            "According to a newspaper in Seoul, defectors say about 2,000 North Korean "
            "workers are building apartments in Qatar.",
            2000,
            "defectors",
        ),
        # speech verbs in every finite form ("calculates", "cites")
        (
            "Around 2,000 North Korean workers remain in Laos, the Asan Institute calculates.",
            2000,
            "Asan Institute",
        ),
        ("The Asan Institute cites 2,000 North Korean workers in Laos.", 2000, "Asan Institute"),
        # "has learned": an outlet's own finding
        (
            "About 5,000 North Korean labourers have been sent to Russia, the BBC has learned.",
            5000,
            "BBC",
        ),
    ],
)
def test_origin_of_the_first_speaker(extractor, text, low, origin):
    assert claim_with(extractor, text, low).origin == origin


def test_origin_of_the_country_that_speaks(extractor):
    text = "Some 150 North Korean labourers have left Angola, the country said on Tuesday."
    assert claim_with(extractor, text, 150).origin == "Angola government"


@pytest.mark.parametrize(
    ("text", "low", "kind", "basis"),
    [
        ("Each worker is paid about $800 a month by the company.", 800, "wage", "gross"),
        ("That leaves the workers with just $150 a month.", 150, "wage", "take_home"),
        ("Agents squeeze $300 a month from each worker.", 300, "wage", "state_take"),
        (
            "The labourers earn the regime about $500 million a year.",
            500_000_000,
            "revenue",
            "total",
        ),
        ("The state takes 70 percent of their monthly wages.", 70, "state_share", "state_take"),
    ],
)
def test_basis_of_money(extractor, text, low, kind, basis):
    c = claim_with(extractor, text, low)
    assert (c.kind, c.basis) == (kind, basis)


@pytest.mark.parametrize(
    ("text", "low", "cumulative"),
    [
        ("More than 150,000 North Koreans have worked in Russia over the years.", 150000, True),
        ("Pyongyang has sent 60,000 labourers to China since 2010.", 60000, True),
        ("About 20,000 North Korean workers live in Russia.", 20000, False),
    ],
)
def test_cumulative_figures(extractor, text, low, cumulative):
    assert claim_with(extractor, text, low).cumulative is cumulative


def test_fields_in_the_json(extractor):
    doc = Document(id="t", text=LEAD + "The regime earns about $500 million a year.")
    out = extractor.extract(doc).to_dict()
    money = [c for c in out["claims"] if c["kind"] == "revenue"]
    assert money and money[0]["basis"] == "total" and "origin" in money[0]
