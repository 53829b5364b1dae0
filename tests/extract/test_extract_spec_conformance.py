"""Spec conformance: each rule of ../shared/spec/claims.md on sentences written for it.

The claims are rendered as the extractor's JSON output and keyed with the shared
scorer's own ``count_key`` and ``dest_key``, so a test fails both when the
extractor reads the sentence differently from the written convention and when the
output has a shape the scorer would not match (e.g. ``over 1,000`` given a high).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

from laborwatch.model import Document

LEAD = "The regime in Pyongyang earns hard currency from the labour of its citizens. "


@dataclass(frozen=True)
class Want:
    """One claim the spec requires: its scorer count key and the fields to check."""

    key: tuple[Any, ...]
    dests: tuple[str, ...] | None = None
    status: str | None = None
    scope: str | None = None
    cumulative: bool | None = None


def output(extractor, text: str, *, relevant: bool = True) -> list[dict[str, Any]]:
    """The workers claims of ``text`` as the extractor writes them (spec JSON)."""
    out = extractor.extract(Document(id="spec", text=LEAD + text, published="2024-05")).to_dict()
    if relevant:
        assert out["document"]["relevant"], "the test document must read as relevant"
    return [c for c in out["claims"] if c["kind"] == "workers"]


def keyed(scorer: ModuleType, claims: list[dict[str, Any]]) -> dict[Any, list[dict[str, Any]]]:
    found: dict[Any, list[dict[str, Any]]] = {}
    for c in claims:
        found.setdefault(scorer.count_key(c), []).append(c)
    return found


def check(extractor, scorer: ModuleType, text: str, wants: list[Want], absent=()) -> None:
    found = keyed(scorer, output(extractor, text))
    for w in wants:
        assert w.key in found, f"{w.key} missing; found {sorted(map(str, found))}"
        cands = found[w.key]
        if w.dests is not None:
            cands = [c for c in cands if scorer.dest_key(c) == frozenset(w.dests)]
            assert cands, f"{w.key}: destinations {[c['destinations'] for c in found[w.key]]}"
        c = cands[0]
        if w.status is not None:
            assert (c.get("status") or "unknown") == w.status, f"{w.key}: status {c.get('status')}"
        if w.scope is not None:
            assert c.get("scope") == w.scope, f"{w.key}: scope {c.get('scope')}"
        if w.cumulative is not None:
            assert bool(c.get("cumulative")) == w.cumulative, f"{w.key}: cumulative"
    for key in absent:
        assert key not in found, f"{key} must not be a workers claim"


# --- "Counts: low, high, qualifier" -------------------------------------------------
# | "24,200", "1,500 workers", "five" | exact | N | N |
# | "about 300", "around 100,000", "some 5,000", "roughly", "nearly", "almost",
#   "an estimated" | approx | N | N |
# | "over 1,000", "more than 100,000", "at least 50,000" | at_least | N | null |
# | "up to 28,000", "as many as 10,000", "no more than" | at_most | null | N |
# | "800-1,000", "between 800 and 1,000", "800 to 1,000" | range | 800 | 1000 |
COUNT_CASES = [
    ("North Korea has 1,500 workers at building sites in Russia.", (1500, 1500)),
    ("Officials said five North Korean loggers were deported from Russia last year.", (5, 5)),
    ("About 300 North Korean laborers are employed on farms in Russia.", (300, 300)),
    ("Around 100,000 North Korean laborers work in China.", (100000, 100000)),
    ("Some 5,000 North Korean laborers work on building sites in Russia.", (5000, 5000)),
    ("Roughly 2,400 North Korean workers are employed in Kuwait.", (2400, 2400)),
    ("Nearly 600 North Korean workers toil in Mongolia.", (600, 600)),
    ("Almost 700 North Korean workers are employed in Poland.", (700, 700)),
    ("An estimated 19,000 North Korean workers are in China.", (19000, 19000)),
    ("Over 1,000 North Korean workers are employed in Laos.", (1000, None)),
    ("More than 100,000 North Korean workers are employed in China.", (100000, None)),
    ("At least 50,000 North Korean workers labor in Russia.", (50000, None)),
    ("Up to 28,000 North Korean workers are employed in Russia.", (None, 28000)),
    ("As many as 10,000 North Korean workers are employed in Qatar.", (None, 10000)),
    ("No more than 400 North Korean workers remain in Mongolia.", (None, 400)),
    ("800-1,000 North Korean workers are employed in Kuwait.", (800, 1000)),
    ("Between 800 and 1,000 North Korean workers are employed in Kuwait.", (800, 1000)),
    ("From 800 to 1,000 North Korean workers are employed in Kuwait.", (800, 1000)),
    ("800 to 1,000 North Korean workers are employed in Kuwait.", (800, 1000)),
    # "Words count like digits ("twenty-eight thousand" = 28000, "1.5 million" = 1500000)."
    ("Twenty-eight thousand North Korean workers are employed in Russia.", (28000, 28000)),
    ("The UN puts the number of North Korean laborers abroad at 1.5 million.", (1500000, 1500000)),
    # "A range keeps its bounds even after "up to""
    ("Up to 800-1,000 North Korean workers are employed in Kuwait.", (800, 1000)),
]


@pytest.mark.parametrize(("text", "key"), COUNT_CASES)
def test_count_bounds(extractor, scorer, text, key):
    check(extractor, scorer, text, [Want(key)])


# | "dozens" / "hundreds" / "thousands" / "tens of thousands" / "hundreds of
#   thousands" | vague | 24 / 200 / 2000 / 20000 / 200000 | 99 / 999 / 9999 / ... |
# ""Scores" counts as "dozens"; "several/a few thousand" as "thousands",
# "several/a few hundred" as "hundreds"."
VAGUE_CASES = [
    ("Dozens of North Korean workers are employed in Poland.", 1),
    ("Hundreds of North Korean workers are employed in Mongolia.", 2),
    ("Thousands of North Korean workers are employed in Russia.", 3),
    ("Tens of thousands of North Korean workers are employed in China.", 4),
    ("Hundreds of thousands of North Korean workers have been sent to Russia.", 5),
    ("Scores of North Korean workers are employed in Poland.", 1),
    ("Several thousand North Korean workers are employed in Russia.", 3),
    ("A few thousand North Korean workers are employed in Russia.", 3),
    ("Several hundred North Korean workers are employed in Mongolia.", 2),
    ("A few hundred North Korean workers are employed in Mongolia.", 2),
    # the same rule one scale up: "several hundred thousand" is "hundreds of thousands"
    ("Several hundred thousand North Korean workers have been sent to Russia.", 5),
    ("A few hundred thousand North Korean workers have been sent to Russia.", 5),
]


@pytest.mark.parametrize(("text", "order"), VAGUE_CASES)
def test_vague_counts(extractor, scorer, text, order):
    check(extractor, scorer, text, [Want(("vague", order))])


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Hundreds of North Korean workers are employed in Mongolia.", 200, 999),
        ("Tens of thousands of North Korean workers are employed in China.", 20000, 99999),
        ("Several thousand North Korean workers are employed in Russia.", 2000, 9999),
    ],
)
def test_vague_bounds_are_the_tables(extractor, text, low, high):
    """The scorer keys vague counts by magnitude, the spec's table gives both bounds."""
    [c] = output(extractor, text)
    assert (c["count"]["qualifier"], c["count"]["low"], c["count"]["high"]) == ("vague", low, high)


# ""six teams of about 50 people" is a claim of about 300 only where the text says
# 300; the extractor does not multiply." / "the size of one unit ("about 50 people in
# each team")" is not a workers claim.
def test_no_multiplying_and_no_unit_size(extractor, scorer):
    text = "North Korea sent six teams of about 50 people each to building sites in Russia."
    check(extractor, scorer, text, [], absent=[(300, 300), (50, 50), (6, 6)])


# "The same classes scale to money: "tens of millions of dollars" is 20,000,000 to
# 99,999,999, "billions" is 2,000,000,000 to 9,999,999,999." / "up to 70-80%" is 70 to 80.
@pytest.mark.parametrize(
    ("text", "kind", "low", "high"),
    [
        (
            "North Korean workers in Russia earn tens of millions of dollars a year for the state.",
            "revenue",
            20_000_000,
            99_999_999,
        ),
        (
            "Its workers abroad have earned the regime billions of dollars over the years.",
            "revenue",
            2_000_000_000,
            9_999_999_999,
        ),
        (
            "Overseas workers bring in several hundred million dollars a year for Pyongyang.",
            "revenue",
            200_000_000,
            999_999_999,
        ),
        (
            "North Korean workers in Russia earn a few million dollars a year for the state.",
            "revenue",
            2_000_000,
            9_999_999,
        ),
        (
            "The state takes up to 70-80% of the wages of North Korean workers in China.",
            "state_share",
            70,
            80,
        ),
    ],
)
def test_money_scales(extractor, scorer, text, kind, low, high):
    out = extractor.extract(Document(id="spec", text=LEAD + text, published="2024-05")).to_dict()
    keys = {scorer.money_key(c) for c in out["claims"] if c["kind"] != "workers"}
    assert (kind, float(low), float(high)) in keys, keys


# --- "Destinations" -----------------------------------------------------------------
DEST_CASES = [
    # "one figure can cover several places ("Qatar and the United Arab Emirates get 800"
    # is one claim with ["QA", "AE"])"
    (
        "Qatar and the United Arab Emirates get 800 North Korean workers this year.",
        (800, 800),
        ("QA", "AE"),
    ),
    # "A city, province or region inside a country maps to the country (Dandong,
    # Liaoning -> CN; Vladivostok, Siberia, Primorsky Krai -> RU)."
    ("About 2,000 North Korean workers are employed in Dandong.", (2000, 2000), ("CN",)),
    ("About 2,000 North Korean workers are employed in Liaoning.", (2000, 2000), ("CN",)),
    ("About 2,500 North Korean workers are employed in Vladivostok.", (2500, 2500), ("RU",)),
    ("About 2,500 North Korean loggers are employed in Siberia.", (2500, 2500), ("RU",)),
    ("About 3,000 North Korean workers are employed in Primorsky Krai.", (3000, 3000), ("RU",)),
    # "Russian-occupied parts of Ukraine (Donbas, Donetsk, Luhansk, "eastern Ukraine") -> UA."
    ("Some 1,000 North Korean workers will be sent to rebuild the Donbas.", (1000, 1000), ("UA",)),
    ("Some 1,000 North Korean workers will be sent to rebuild Donetsk.", (1000, 1000), ("UA",)),
    ("Some 1,000 North Korean builders are to go to Luhansk.", (1000, 1000), ("UA",)),
    (
        "Some 1,000 North Korean workers will be sent to rebuild eastern Ukraine.",
        (1000, 1000),
        ("UA",),
    ),
    # "A world region: M49: and its UN M49 code"
    (
        "About 2,000 North Korean workers are employed in Southeast Asia.",
        (2000, 2000),
        ("M49:035",),
    ),
    (
        "About 2,000 North Korean workers are employed in the Middle East.",
        (2000, 2000),
        ("M49:145",),
    ),
    ("About 2,000 North Korean workers are employed in Africa.", (2000, 2000), ("M49:002",)),
    ("About 2,000 North Korean workers are employed in Europe.", (2000, 2000), ("M49:150",)),
    # "Abroad in general ("overseas", "abroad", "around 40 countries", "more than 10
    # countries") -> M49:001."
    ("Around 100,000 North Korean workers are employed overseas.", (100000, 100000), ("M49:001",)),
    ("About 50,000 North Korean workers are employed abroad.", (50000, 50000), ("M49:001",)),
    (
        "About 50,000 North Korean workers are employed in around 40 countries.",
        (50000, 50000),
        ("M49:001",),
    ),
    (
        "About 50,000 North Korean workers are employed in more than 10 countries.",
        (50000, 50000),
        ("M49:001",),
    ),
    # "No destination in the sentence or its clear context -> []."
    ("About 50,000 North Korean workers earn money for the regime.", (50000, 50000), ()),
]


@pytest.mark.parametrize(("text", "key", "dests"), DEST_CASES)
def test_destinations(extractor, scorer, text, key, dests):
    check(extractor, scorer, text, [Want(key, dests=dests)])


# --- "Status" -----------------------------------------------------------------------
STATUS_CASES = [
    # planned: "will be / are to be / are planned or contracted to be sent; quotas"
    ("About 5,000 North Korean workers will be sent to Russia next year.", "planned"),
    ("About 5,000 North Korean workers are to be sent to Russia next year.", "planned"),
    ("About 5,000 North Korean workers are planned to go to Russia next year.", "planned"),
    ("About 5,000 North Korean workers are contracted to be sent to Russia.", "planned"),
    ("Russia has set a quota of 5,000 North Korean workers for next year.", "planned"),
    ("Russia will get 5,000 North Korean workers, a source said.", "planned"),
    # recruiting: "are being selected, trained, screened or are awaiting departure"
    ("About 5,000 North Korean workers are being selected for jobs in Russia.", "recruiting"),
    ("About 5,000 North Korean workers are being trained for jobs in Russia.", "recruiting"),
    ("About 5,000 North Korean workers are being screened for jobs in Russia.", "recruiting"),
    ("About 5,000 North Korean workers are awaiting departure for Russia.", "recruiting"),
    # dispatched: "were sent / arrived / entered during some period (a flow)"
    ("About 5,000 North Korean workers were sent to Russia last year.", "dispatched"),
    ("About 5,000 North Korean workers arrived in Russia last year.", "dispatched"),
    ("About 5,000 North Korean workers entered Russia last year.", "dispatched"),
    # present: "are / were working there at some time (a stock)"
    ("About 5,000 North Korean workers are working in Russia.", "present"),
    ("About 5,000 North Korean workers were working in Russia in 2019.", "present"),
    # repatriated: "were sent home / returned / were expelled"
    ("About 5,000 North Korean workers were sent home from Russia last year.", "repatriated"),
    ("About 5,000 North Korean workers returned from Russia last year.", "repatriated"),
    ("About 5,000 North Korean workers were expelled from Russia last year.", "repatriated"),
]


# --- "Scope, origin, basis and cumulative figures" ----------------------------------
SCOPE_CASES = [
    ("About 120 North Korean welders work at the shipyard in Gdynia.", (120, 120), ("PL",), "site"),
    (
        "Up to 80,000 North Korean workers are employed in the city of Dandong alone.",
        (None, 80000),
        ("CN",),
        "city",
    ),
    (
        "About 2,500 North Korean workers are employed in Vladivostok.",
        (2500, 2500),
        ("RU",),
        "city",
    ),
    (
        "About 3,000 North Korean workers are employed in Primorsky Krai.",
        (3000, 3000),
        ("RU",),
        "region",
    ),
    ("Russia will get 24,200 North Korean workers next year.", (24200, 24200), ("RU",), "country"),
    (
        "Qatar and the UAE get 800 North Korean workers this year.",
        (800, 800),
        ("QA", "AE"),
        "country",
    ),
    (
        "Around 100,000 North Korean workers are employed overseas.",
        (100000, 100000),
        ("M49:001",),
        "world",
    ),
]


@pytest.mark.parametrize(("text", "key", "dests", "scope"), SCOPE_CASES)
def test_scope(extractor, scorer, text, key, dests, scope):
    check(extractor, scorer, text, [Want(key, dests=dests, scope=scope)])


def test_multi_scope(extractor, scorer):
    # | multi | several countries or a world region together |
    text = "About 50,000 North Korean workers are employed in Asian and Middle Eastern countries."
    check(extractor, scorer, text, [Want((50000, 50000), scope="multi")])


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # "cumulative: true when the figure totals several years ("over the decades",
        # "since 2010 in total", "more than 150,000 have worked there over the years")"
        (
            "More than 150,000 North Korean workers have worked in Russia over the years.",
            (150000, None),
        ),
        (
            "About 40,000 North Korean workers have gone to Russia since 2010 in total.",
            (40000, 40000),
        ),
        ("Over the decades, some 60,000 North Korean workers served in Libya.", (60000, 60000)),
    ],
)
def test_cumulative(extractor, scorer, text, key):
    check(extractor, scorer, text, [Want(key, cumulative=True)])


# --- "What is not a workers claim" --------------------------------------------------
EXCLUDED = [
    # "Soldiers and troops (also sappers, and a group the text calls soldiers)"
    ("North Korea sent 1,000 sappers and 5,000 military builders to Kursk.", [(1000, 1000)]),
    ("About 11,000 North Korean troops are fighting for Russia.", [(11000, 11000)]),
    # "South Korean or other nations' workers"
    (
        "About 2,000 South Korean workers and 3,000 Chinese workers are employed in Vietnam.",
        [(2000, 2000), (3000, 3000)],
    ),
    # "counts of defectors, companies, teams, visas or border entries the text does not
    # call workers"
    ("Some 40 North Korean companies operate in Russia.", [(40, 40)]),
    ("Russia issued 13,000 visas to North Koreans last year.", [(13000, 13000)]),
    ("About 200 North Korean defectors reached Seoul last year.", [(200, 200)]),
    ("Seoul accepted 20 North Korean defectors last week.", [(20, 20)]),
    ("Russia welcomed 300 North Korean visitors last year.", [(300, 300)]),
    # "a handful of individuals in a scene or anecdote"
    (
        "Three or four North Korean workers could be seen through the window of a plant in Russia.",
        [(3, 3), (4, 4), (3, 4)],
    ),
    # "a number that is a year, a duration, money or a percentage"
    (
        "In 2019 North Korean workers in Russia were paid $500 a month for 3 years, "
        "keeping 30% of it.",
        [(2019, 2019), (500, 500), (3, 3), (30, 30)],
    ),
]


@pytest.mark.parametrize(("text", "absent"), EXCLUDED)
def test_not_workers_claims(extractor, scorer, text, absent):
    check(extractor, scorer, text, [], absent=absent)


def test_workers_at_home_are_not_claims(extractor, scorer):
    # "workers inside North Korea (the "1,000 at home" IT workers)"
    text = "The regime keeps about 1,000 IT workers at home and some 3,000 abroad."
    check(extractor, scorer, text, [Want((3000, 3000))], absent=[(1000, 1000)])


def test_members_of_a_counted_group(extractor, scorer):
    # "members of a group already counted ("12 nurses" of "the 38-member team", "41 of
    # them work at a clothing factory")"
    text = (
        "A 38-member North Korean medical team works in Uganda; 12 nurses of the team are women."
        " Of the 300 North Korean workers in Kuwait, 41 of them work at a clothing factory."
    )
    check(extractor, scorer, text, [Want((38, 38)), Want((300, 300))], absent=[(12, 12), (41, 41)])


def test_a_group_split_by_status(extractor, scorer):
    # "unless the text splits the group by destination or status ("170 have returned,
    # 130 remain")"
    text = "Of the 300 North Korean workers in Kuwait, 170 have returned home and 130 remain."
    check(
        extractor,
        scorer,
        text,
        [
            Want((300, 300)),
            Want((170, 170), status="repatriated"),
            Want((130, 130), status="present"),
        ],
    )


# "Two different figures for the same thing are two claims ("2,000" in a headline,
# "thousands" in the body; "1,000" in a headline, "over 1,000" in the body); the same
# figure repeated is one."
def test_restatements_with_other_bounds_are_two_claims(extractor, scorer):
    text = (
        "North Korea sends 1,000 workers to Russia.\n\n"
        "Over 1,000 North Korean workers will leave for Russia this year, officials said."
    )
    check(extractor, scorer, text, [Want((1000, 1000)), Want((1000, None))])


def test_vague_restatement_is_a_second_claim(extractor, scorer):
    text = (
        "2,000 North Korean workers head to Russia.\n\n"
        "Thousands of North Korean workers are heading to Russia to build houses."
    )
    check(extractor, scorer, text, [Want((2000, 2000)), Want(("vague", 3))])


# --- "Relevance" --------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "North Korean troops are fighting for Russia in Kursk; about 11,000 soldiers were sent.",
        "About 2,000 migrant workers from Uzbekistan arrived in South Korea's farms this year.",
    ],
)
def test_not_relevant(extractor, text):
    out = extractor.extract(Document(id="spec", text=text, published="2024-05"))
    assert not out.relevant


# "Status": each value on more of its wordings; the spec has no default other than
# ``unknown`` "when none of these can be told", and a stock stated in the present is
# ``present`` ("are / were working there at some time (a stock)").
MORE_STATUS = [
    ("Russia plans to bring in about 5,000 North Korean workers next year.", "planned"),
    ("Russia has agreed to accept about 5,000 North Korean workers.", "planned"),
    ("Russia has requested about 5,000 North Korean workers for its building sites.", "planned"),
    ("Russia received about 5,000 North Korean workers last year.", "dispatched"),
    ("About 5,000 North Korean workers left for Russia last year.", "dispatched"),
    ("About 5,000 North Korean workers have been dispatched to Russia this year.", "dispatched"),
    ("About 5,000 North Korean workers remain in Russia.", "present"),
    ("Russia hosts about 5,000 North Korean workers.", "present"),
    ("There are about 5,000 North Korean workers in Russia.", "present"),
    ("About 5,000 North Korean workers were deported from Russia.", "repatriated"),
    ("Russia repatriated about 5,000 North Korean workers last year.", "repatriated"),
    ("About 5,000 North Korean workers went home from Russia last year.", "repatriated"),
    ("About 5,000 North Korean workers are waiting to leave for Russia.", "recruiting"),
]


# "No destination in the sentence or its clear context -> []": a figure takes its
# place from the sentence before when the sentence itself names none.
def test_destination_from_clear_context(extractor, scorer):
    text = (
        "North Korean workers keep arriving in Russia despite the sanctions. "
        "About 5,000 of them arrived last month, a source said."
    )
    check(extractor, scorer, text, [Want((5000, 5000), dests=("RU",), status="dispatched")])


# "Within a document, claims are compared as sets (a figure stated twice is one
# claim)": the same figure restated with a vaguer or finer place is still one claim.
@pytest.mark.parametrize(
    "text",
    [
        "Russia gets 5,000 North Korean workers.\n\n"
        "The 5,000 North Korean workers will build flats in Vladivostok, a source said.",
        "About 5,000 North Korean workers went to Russia.\n\n"
        "Most of the 5,000 North Korean workers sent abroad this year work in construction.",
    ],
)
def test_a_restated_figure_is_one_claim(extractor, scorer, text):
    claims = output(extractor, text)
    keys = {(scorer.count_key(c), scorer.dest_key(c)) for c in claims}
    assert keys == {((5000, 5000), frozenset({"RU"}))}, keys


def test_the_restated_figure_with_part_of_its_place_is_one_claim(extractor, scorer):
    text = (
        "North Korea sends 5,000 workers to Russia and China.\n\n"
        "The 5,000 North Korean workers will mostly build flats in Russia, a source said."
    )
    keys = {(scorer.count_key(c), scorer.dest_key(c)) for c in output(extractor, text)}
    assert keys == {((5000, 5000), frozenset({"RU", "CN"}))}, keys


def test_another_group_of_the_same_size_is_its_own_claim(extractor, scorer):
    text = (
        "About 5,000 North Korean workers are in China.\n\n"
        "Another 5,000 North Korean workers are in Russia."
    )
    check(extractor, scorer, text, [Want((5000, 5000), ("CN",)), Want((5000, 5000), ("RU",))])


# More wordings of the counts table: a qualifier before a range keeps the range; a
# word number takes its qualifier; "more than" before a vague class is still vague.
MORE_COUNTS = [
    ("Some 1,000-1,500 North Korean workers are employed in Kuwait.", (1000, 1500)),
    ("About a thousand North Korean workers are employed in Mongolia.", (1000, 1000)),
    ("More than a dozen North Korean workers are employed in Poland.", (12, None)),
    (
        "Nearly 2 million North Korean workers are employed abroad, one report claimed.",
        (2000000, 2000000),
    ),
    ("Roughly between 3,000 and 4,000 North Korean workers are employed in Qatar.", (3000, 4000)),
    ("As many as 20,000 to 30,000 North Korean workers are employed in Russia.", (20000, 30000)),
    ("At least several thousand North Korean workers are employed in Russia.", ("vague", 3)),
]


@pytest.mark.parametrize(("text", "key"), MORE_COUNTS)
def test_count_wordings(extractor, scorer, text, key):
    check(extractor, scorer, text, [Want(key)])


# The counts table on the neighbouring wordings of each class ("over" / "more than" /
# "at least" are at_least; "up to" / "as many as" / "no more than" are at_most).
NEIGHBOUR_COUNTS = [
    ("Well over 10,000 North Korean workers are employed in Russia.", (10000, None)),
    ("Just over 1,000 North Korean workers are employed in Laos.", (1000, None)),
    ("Over 1 million North Koreans have worked abroad, the report said.", (1000000, None)),
    ("Close to 10,000 North Korean workers are employed in Russia.", (10000, 10000)),
    ("Approximately 3,000 North Korean workers are employed in Qatar.", (3000, 3000)),
    ("An estimated 50,000 to 100,000 North Korean workers are employed abroad.", (50000, 100000)),
    (
        "Half a million North Korean workers are employed abroad, a think tank claims.",
        (500000, 500000),
    ),
    ("Tens of thousands of North Korean laborers toil at building sites in Russia.", ("vague", 4)),
    ("Thousands more North Korean workers will be sent to Russia.", ("vague", 3)),
]


@pytest.mark.parametrize(("text", "key"), NEIGHBOUR_COUNTS)
def test_neighbour_count_wordings(extractor, scorer, text, key):
    check(extractor, scorer, text, [Want(key)])


# "A city, province or region inside a country maps to the country"; "one figure can
# cover several places"; "Russian-occupied parts of Ukraine ... -> UA"; "A world
# region: M49: and its UN M49 code"; "Abroad in general ... -> M49:001".
MORE_DESTS = [
    (
        "About 2,000 North Korean workers are employed in the Chinese border city of Dandong.",
        ("CN",),
    ),
    ("About 2,000 North Korean workers are employed in the Russian Far East.", ("RU",)),
    ("About 2,000 North Korean workers are employed in Moscow and St Petersburg.", ("RU",)),
    ("About 2,000 North Korean workers are employed in Russia and China.", ("RU", "CN")),
    (
        "About 2,000 North Korean workers are employed in Kuwait, Qatar and the UAE.",
        ("KW", "QA", "AE"),
    ),
    ("About 2,000 North Korean workers are employed in the Kursk region.", ("RU",)),
    ("About 2,000 North Korean workers will be sent to occupied Crimea.", ("UA",)),
    ("About 2,000 North Korean workers are employed around the world.", ("M49:001",)),
    ("About 2,000 North Korean workers are employed in dozens of countries.", ("M49:001",)),
    ("About 2,000 North Korean workers are employed in Asia.", ("M49:142",)),
    ("About 2,000 North Korean workers are employed in Central Asia.", ("M49:143",)),
    ("About 2,000 North Korean workers are employed in Eastern Europe.", ("M49:151",)),
    ("About 2,000 North Korean workers are employed at seafood plants in Chinese cities.", ("CN",)),
    ("About 2,000 North Korean workers are employed in Vladivostok and Khabarovsk.", ("RU",)),
]


@pytest.mark.parametrize(("text", "dests"), MORE_DESTS)
def test_destination_wordings(extractor, scorer, text, dests):
    check(extractor, scorer, text, [Want((2000, 2000), dests=dests)])


# "Status": stocks, flows, plans and returns in further wordings.
NEIGHBOUR_STATUS = [
    ("Russia is home to about 5,000 North Korean workers.", "present"),
    ("About 5,000 North Korean workers have been working in Russia since 2019.", "present"),
    ("About 5,000 North Korean workers stayed behind in Russia.", "present"),
    ("The number of North Korean workers in Russia fell to about 5,000.", "present"),
    ("About 5,000 North Korean workers have left Russia.", "repatriated"),
    ("About 5,000 North Korean workers crossed into Russia last month.", "dispatched"),
    ("Russia to get about 5,000 North Korean workers.", "planned"),
    ("Russia will host about 5,000 North Korean workers.", "planned"),
    ("About 5,000 North Korean workers are expected to arrive in Russia.", "planned"),
    ("About 5,000 North Korean workers are set to be sent to Russia.", "planned"),
    ("About 5,000 North Korean workers could be sent to Russia.", "planned"),
]


# "scope": a workplace is a site, a city a city, a province or oblast a region.
NEIGHBOUR_SCOPE = [
    ("About 400 North Korean workers sew clothes at a factory in Dandong.", ("CN",), "site"),
    ("About 400 North Korean workers are employed in Moscow.", ("RU",), "city"),
    ("About 400 North Korean workers are employed in the Amur region.", ("RU",), "region"),
    ("About 400 North Korean workers are employed in Jilin province.", ("CN",), "region"),
    ("About 400 North Korean workers are employed in Russia.", ("RU",), "country"),
]


@pytest.mark.parametrize(("text", "dests", "scope"), NEIGHBOUR_SCOPE)
def test_neighbour_scope(extractor, scorer, text, dests, scope):
    check(extractor, scorer, text, [Want((400, 400), dests=dests, scope=scope)])


# "counts of defectors ... the text does not call workers" are no claims, so defectors
# the text calls workers are; such a group "were working there at some time" (present):
# its escape to the South is neither a dispatch nor a return home.
@pytest.mark.parametrize(
    ("text", "key", "dests", "status"),
    [
        (
            "Seoul said 13 North Korean restaurant workers who fled a restaurant in China "
            "arrived in South Korea on Friday.",
            (13, 13),
            ("CN",),
            "present",
        ),
        (
            "Twelve North Korean waiters defected from a restaurant in Cambodia and reached Seoul.",
            (12, 12),
            ("KH",),
            "present",
        ),
        (
            "About 20 North Korean loggers who escaped from a camp in Russia were caught and "
            "deported.",
            (20, 20),
            ("RU",),
            "repatriated",
        ),
    ],
)
def test_workers_who_defected(extractor, scorer, text, key, dests, status):
    check(extractor, scorer, text, [Want(key, dests=dests, status=status)])


# "Abroad in general ("overseas", "abroad", "around 40 countries", ...) -> M49:001": a
# figure for abroad stays abroad when the text adds where most of them are; a country
# named after "mainly" is a place there, not the workers' nationality.
@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "North Korea has 100,000 workers in about 40 countries, mainly Russia and China.",
            (100000, 100000),
        ),
        (
            "Thousands of North Korean IT workers are sent abroad, mainly to China and Russia.",
            ("vague", 3),
        ),
        (
            "Some 100,000 North Korean workers are employed abroad, most of them in China "
            "and Russia.",
            (100000, 100000),
        ),
        (
            "Around 50,000 North Korean workers are employed worldwide, chiefly in China.",
            (50000, 50000),
        ),
        ("Dozens of North Korean doctors work in countries across the globe.", ("vague", 1)),
    ],
)
def test_abroad_with_its_main_places(extractor, scorer, text, key):
    check(extractor, scorer, text, [Want(key, dests=("M49:001",))])


# "site: one workplace, camp, restaurant, ship, group or scene" vs "country: one
# country": an event of someone else in a later clause does not make the figure a scene.
@pytest.mark.parametrize(
    "text",
    [
        "About 400 North Korean workers were sent to Russia last year, and 20 of them fled.",
        "About 400 North Korean workers were sent to Russia last year, but some died.",
        "About 400 North Korean workers are employed in Russia, where two were killed.",
    ],
)
def test_another_groups_event_is_no_scene(extractor, scorer, text):
    check(extractor, scorer, text, [Want((400, 400), dests=("RU",), scope="country")])


# "dispatched: were sent / arrived ... (a flow)" under a hedge; "repatriated: were sent
# home / returned / were expelled" is an event, so workers who must still leave "are
# working there" (present).
@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "About 5,000 North Korean workers are thought to have been sent to Russia in 2024.",
            "dispatched",
        ),
        (
            "About 5,000 North Korean workers are believed to have arrived in Russia this year.",
            "dispatched",
        ),
        ("About 5,000 North Korean workers are believed to be in Russia.", "present"),
        (
            "About 5,000 North Koreans working in Mongolia must leave by the end of the year.",
            "present",
        ),
        ("About 5,000 North Korean workers had to return home from Russia in 2019.", "repatriated"),
    ],
)
def test_hedged_and_obliged_status(extractor, scorer, text, status):
    check(extractor, scorer, text, [Want((5000, 5000), status=status)])


# "What it counts: DPRK nationals working abroad": a figure the workers "number" or a
# workforce "totals" is their count, as "the number of ... is" is.
@pytest.mark.parametrize(
    ("text", "key", "dests"),
    [
        ("North Korean workers abroad number about 100,000.", (100000, 100000), ("M49:001",)),
        ("North Korean workers in Russia number about 30,000.", (30000, 30000), ("RU",)),
        ("North Korea's overseas workforce totals about 100,000.", (100000, 100000), ("M49:001",)),
        (
            "The number of North Korean workers abroad is about 100,000.",
            (100000, 100000),
            ("M49:001",),
        ),
    ],
)
def test_level_verbs_count_the_workers(extractor, scorer, text, key, dests):
    check(extractor, scorer, text, [Want(key, dests=dests, status="present")])


# "Two different figures for the same thing are two claims": an alternative figure set
# off by commas shares the first one's noun and place.
@pytest.mark.parametrize(
    ("text", "orders", "dests"),
    [
        (
            "Pyongyang has sent thousands, maybe even tens of thousands, of labourers "
            "to China and Russia.",
            (3, 4),
            ("CN", "RU"),
        ),
        ("North Korea has sent hundreds, if not thousands, of workers to Russia.", (2, 3), ("RU",)),
    ],
)
def test_alternative_figures_are_two_claims(extractor, scorer, text, orders, dests):
    check(extractor, scorer, text, [Want(("vague", o), dests=dests) for o in orders])


# "No destination in the sentence or its clear context -> []": a dispatch that names no
# place takes the one country of the sentence right before it.
def test_a_dispatch_takes_the_country_just_named(extractor, scorer):
    text = (
        "Russia faces a labour shortage on its building sites. "
        "Pyongyang sent 5,000 workers last month, officials said."
    )
    check(extractor, scorer, text, [Want((5000, 5000), dests=("RU",), status="dispatched")])


# Single sentences: the claims the spec requires and the figures it rules out.
SENTENCE_CASES = [
    # "workers: DPRK nationals working abroad": a DPRK workforce sized by "of N" counts
    # them; another country's workforce does not.
    (
        "Russia relies on a North Korean workforce of about 5,000 in its Far East.",
        [Want((5000, 5000), dests=("RU",))],
        [],
    ),
    (
        "Russia has a workforce of 70 million, and it hires North Korean workers too.",
        [],
        [(70000000, 70000000)],
    ),
    # "Soldiers and troops (also sappers, and a group the text calls soldiers)" are no
    # workers; builders the text calls military builders are still called builders.
    (
        "North Korea sent 1,000 sappers and 5,000 military builders to Kursk.",
        [Want((5000, 5000), dests=("RU",))],
        [(1000, 1000)],
    ),
    ("North Korea sent 11,000 military personnel to Russia.", [], [(11000, 11000)]),
]


@pytest.mark.parametrize(("text", "wants", "absent"), SENTENCE_CASES)
def test_sentence_cases(extractor, scorer, text, wants, absent):
    check(extractor, scorer, text, wants, absent=absent)


# "country: one country" / "region: a province, oblast, krai or state inside one
# country": a country whose name holds "Republic" is still a country.
@pytest.mark.parametrize(
    ("text", "dests", "scope"),
    [
        (
            "About 400 North Korean workers are employed in the Democratic Republic of the Congo.",
            ("CD",),
            "country",
        ),
        ("About 400 North Korean workers are employed in the Czech Republic.", ("CZ",), "country"),
        (
            "About 400 North Korean workers are employed in Russia's Kursk region.",
            ("RU",),
            "region",
        ),
    ],
)
def test_republic_in_a_country_name(extractor, scorer, text, dests, scope):
    check(extractor, scorer, text, [Want((400, 400), dests=dests, scope=scope)])


# "South Korean or other nations' workers" are no claim, and neither is a mixed
# workforce; its DPRK part is ("members of a group already counted" applies to a DPRK
# group, not to a mixed whole).
@pytest.mark.parametrize(
    ("text", "key", "absent"),
    [
        (
            "Kuwait has 2 million foreign workers, including about 5,000 North Koreans.",
            (5000, 5000),
            (2000000, 2000000),
        ),
        (
            "Russia hosts 4 million migrant workers, among them 10,000 North Koreans.",
            (10000, 10000),
            (4000000, 4000000),
        ),
        (
            "The factory in Russia employs 1,200 people, 300 of them North Korean.",
            (300, 300),
            (1200, 1200),
        ),
    ],
)
def test_the_dprk_part_of_a_mixed_workforce(extractor, scorer, text, key, absent):
    check(extractor, scorer, text, [Want(key)], absent=[absent])


# "repatriated: were sent home / returned": a return home; a return to the place abroad
# is a flow there ("dispatched: were sent / arrived / entered"). ("went back to work in Russia" is
# left out: a resumption of work reads as well as a return abroad.)
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("About 5,000 North Korean workers returned to Russia after the pandemic.", "dispatched"),
        ("About 5,000 North Korean workers returned home from Russia last year.", "repatriated"),
        ("About 5,000 North Korean workers returned to Pyongyang from Russia.", "repatriated"),
    ],
)
def test_a_return_abroad_is_a_flow(extractor, scorer, text, status):
    check(extractor, scorer, text, [Want((5000, 5000), dests=("RU",), status=status)])


# The status tables above ("Status"), each figure 5,000.
@pytest.mark.parametrize(("text", "status"), STATUS_CASES + MORE_STATUS + NEIGHBOUR_STATUS)
def test_status(extractor, scorer, text, status):
    check(extractor, scorer, text, [Want((5000, 5000), status=status)])
