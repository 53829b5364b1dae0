"""Which figures count DPRK workers abroad, where, and in what status: real sentences."""

from __future__ import annotations

import pytest

from laborwatch.model import Document


def claims_of(extractor, text: str, published: str | None = None):
    doc = Document(id="t", text=text, published=published)
    return [c for c in extractor.extract(doc).claims if c.kind == "workers"]


def figure(claims, low, high):
    hits = [c for c in claims if (c.value.low, c.value.high) == (low, high)]
    assert hits, f"no claim {low}-{high} among {[(c.value.low, c.value.high) for c in claims]}"
    return hits[0]


@pytest.mark.parametrize(
    ("doc_id", "low", "high", "destinations", "status"),
    [
        ("seed-004", 24200, 24200, ["RU"], "planned"),
        ("seed-004", 800, 800, ["AE", "QA"], "planned"),  # one figure, two countries
        ("seed-004", 700, 700, ["M49:035"], "planned"),  # Southeast Asia
        ("seed-004", 5000, 5000, ["M49:001"], "recruiting"),  # carried from context
        ("seed-000", 1000, None, ["RU"], "planned"),  # abroad refined: "departure to Russia"
        ("seed-002", 300, 300, ["UA"], "planned"),  # Russian-occupied eastern Ukraine
        ("p022", 2500, 2500, ["KW"], "present"),  # bare "2,500 in Kuwait"
        ("p022", 6000, 6000, ["M49:145"], "present"),  # "Across the Gulf"
        ("p032", 50000, 50000, ["CN"], "present"),  # "China (50,000)"
        ("p038", 11490, 11490, ["RU"], "present"),  # "though 11,490 still remain"
        ("p049", 1200, 1200, ["MN"], "present"),  # "the country wedged between Russia and China"
        ("p049", 150, 150, ["AO"], "repatriated"),
        ("p070", 1000, 1000, ["RU"], "dispatched"),  # Russia's Far East
        ("p074", 200000, 999999, ["M49:001"], "present"),  # "in China and elsewhere"
        ("p089", 38, 38, ["LY"], "dispatched"),  # "The 38-member team"
        ("p104", 3000, 3000, ["KW"], "present"),
    ],
)
def test_counts_destination_and_status(extracted, doc_id, low, high, destinations, status):
    claim = figure([c for c in extracted(doc_id).claims if c.kind == "workers"], low, high)
    assert sorted(claim.destinations) == sorted(destinations)
    assert claim.status == status


@pytest.mark.parametrize(
    ("doc_id", "low", "high"),
    [
        ("seed-002", 50, 50),  # "About 50 people will be in each team": a unit size
        ("seed-003", 1000, 1000),  # "1,000 at home": not abroad
        ("p002", 4500, 5000),  # a region's labour shortage, not DPRK workers
        ("p049", 3_000_000, 3_000_000),  # "the vast country of 3 million people"
        ("p089", 12, 12),  # "12 nurses" of the team already counted
        ("p041", 13221, 13221),  # entries into Russia, not workers
        ("p077", 13000, None),  # entries again
        ("p081", 29, 29),  # laptop farms
        ("p032", 15, 15),  # members of the Security Council
    ],
)
def test_counts_that_are_not_claims(extracted, doc_id, low, high):
    claims = [c for c in extracted(doc_id).claims if c.kind == "workers"]
    assert all((c.value.low, c.value.high) != (low, high) for c in claims)


@pytest.mark.parametrize("doc_id", ["n004", "n023", "n024", "n043", "n011", "n009"])
def test_counts_none_in_troop_or_other_workers_stories(extracted, doc_id):
    result = extracted(doc_id)
    assert not result.relevant
    assert result.claims == []


def test_counts_the_same_figure_repeated_is_one_claim(extracted):
    claims = [c for c in extracted("p117").claims if c.kind == "workers"]
    keys = [(c.value.low, c.value.high, tuple(c.destinations)) for c in claims]
    assert len(keys) == len(set(keys))


def test_counts_other_nations_workers_are_left_out(extractor):
    claims = claims_of(
        extractor,
        "North Korea sent workers abroad. The company hired 300 local "
        "workers and 150 North Koreans in Russia.",
    )
    assert [(c.value.low, c.destinations) for c in claims] == [(150, ["RU"])]


def test_counts_evidence_quotes_the_original_text(extracted, corpus_records):
    text = corpus_records["seed-004"]["text"]
    for claim in extracted("seed-004").claims:
        ev = claim.evidence
        assert text[ev.start : ev.end] == ev.sentence


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # holding something, with words between, puts the group in a scene
        ("Dozens of North Korean workers held tiny paper flags as the minister arrived.", False),
        ("About 80 North Korean workers carried red placards past the embassy.", False),
        # being held up at a border is no scene: the workers are there
        ("About 500 North Korean workers were held up at the border with China.", True),
    ],
)
def test_a_held_object_makes_a_scene(extractor, text: str, counted: bool) -> None:
    lead = "North Korea sends workers abroad to earn hard currency for the regime. "
    assert bool(claims_of(extractor, lead + text, "2024-05")) is counted
