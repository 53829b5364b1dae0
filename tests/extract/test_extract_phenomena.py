"""Phenomena behind errors on unseen articles (../shared/notes/extraction-phenomena.md),
each on sentences written for these tests."""

from __future__ import annotations

import pytest

from laborwatch.extract.numbers import find_quantities
from laborwatch.model import Claim, Document

LEAD = "North Korea sends workers abroad to earn hard currency for the regime. "


def claims_of(extractor, text: str) -> list[Claim]:
    out = extractor.extract(Document(id="t", text=LEAD + text, published="2024-05"))
    assert out.relevant, "the test document must read as relevant"
    return out.claims


def counts(extractor, text: str) -> dict[float | None, Claim]:
    return {
        (c.value.high if c.value.high is not None else c.value.low): c
        for c in claims_of(extractor, text)
        if c.kind == "workers"
    }


def money(extractor, text: str) -> dict[tuple, Claim]:
    return {
        (c.kind, c.value.low, c.value.high): c
        for c in claims_of(extractor, text)
        if c.kind != "workers"
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # C1: occupations generate their plurals
        ("Pyongyang has placed 800 software specialists with front companies in Laos.", 800),
        ("Some 40 North Korean healthcare professionals remain in Uganda.", 40),
        ("About 120 North Korean welders work at a shipyard in Poland.", 120),
        # C3: an exclusion verb about someone else, in a clause of its own
        (
            "Around 40 North Korean women were flown home from Russia "
            "because a supervisor had fled.",
            40,
        ),
        # C4: a quoted adjective between the figure and its noun
        (
            "A foreman put the figure at no fewer than 240 'invisible' North "
            "Koreans on the dam in Laos.",
            240,
        ),
        # C5: "home to" a workforce
        ("Vladivostok is home to several thousand North Korean labourers.", 9999),
        # C6: a small count of named DPRK workers
        ("Last month 9 North Korean workers arrived at a farm in Russia.", 9),
        # C7: a partitive of a group nobody counted before
        ("Inspectors found that a dozen of the welders in Gdansk were North Korean.", 12),
        # N1: a fraction of a scale word
        ("Up to half a million North Koreans may have rotated through Russian camps.", 500000),
        # N2: a disjunctive range sharing its scale
        ("Three or four hundred North Korean seamstresses moved to a plant in China.", 400),
    ],
)
def test_worker_figures_that_count(extractor, text, value):
    assert value in counts(extractor, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # C7: a member of a group already counted
        (
            "Some 400 North Korean workers arrived in Russia. Of them, 90 of the "
            "new workers went to a shoe plant.",
            90,
        ),
        # C8: the size of each group
        ("North Korean workers leave for China in groups of 25 to 30 workers every month.", 30),
        # C9: a defection described by the former job
        ("The 2019 defection of 19 North Korean hotel staff in China prompted new rules.", 19),
        # C10: a share of a mixed workforce
        ("Half of the mill's 1,200 employees in Russia are from North Korea.", 1200),
        # C11: a scene in a photograph
        ("A photograph shows 30 North Korean workers boarding a bus at a depot in Russia.", 30),
        # C12: counted things run by workers
        ("Mozambique hosts about 15 clinics run by North Korean doctors.", 15),
        # N: a year is not the start of a range
        (
            "Russia said the number fell from 30,000 at the end of 2017 to 11,000 a year later.",
            11000 - 2017,
        ),
    ],
)
def test_figures_that_are_not_worker_counts(extractor, text, value):
    assert value not in counts(extractor, text)


def test_a_year_and_a_count_make_no_range(extractor):
    found = counts(
        extractor,
        "Russia said the number of North Korean workers fell from 30,000 "
        "at the end of 2017 to 11,000.",
    )
    assert 30000 in found and 11000 in found and all(c.value.low != 2017 for c in found.values())


def test_a_date_range_is_not_a_count():
    found = find_quantities("They were bused to Dandong between Sept. 10 and 12.")
    assert [q.unit for q in found] == ["date"]


@pytest.mark.parametrize(
    ("text", "value", "destinations"),
    [
        # D1: "from" after a return verb is where they worked
        ("Pyongyang recalled about 300 of its loggers from Russia.", 300, ["RU"]),
        # D2: an excluded place is not the destination
        (
            "Some 15,000 North Korean workers abroad were repatriated, a "
            "total that excludes Russia.",
            15000,
            ["M49:001"],
        ),
        # D3: region adjectives joined before "countries"
        (
            "Most of the 40,000 North Korean workers are in Asian and Middle Eastern countries.",
            40000,
            ["M49:142", "M49:145"],
        ),
        # D4: unnamed member states
        ("Member states said they had sent home 9,000 North Korean workers.", 9000, ["M49:001"]),
        # a state that reports on its own workers
        ("Russia's report said 11,490 North Korean workers still hold permits.", 11490, ["RU"]),
    ],
)
def test_destinations(extractor, text, value, destinations):
    assert sorted(counts(extractor, text)[value].destinations) == sorted(destinations)


def test_a_figure_stated_twice_never_vanishes(extractor):
    text = (
        "Officials say 70,000 overseas North Korean workers earn hard currency. Most of "
        "them are in Russia. Officials say 70,000 overseas North Korean workers earn hard currency."
    )
    assert 70000 in counts(extractor, text)


@pytest.mark.parametrize(
    ("text", "value", "status"),
    [
        # S1: repatriation verbs in every form
        ("Forty North Korean waitresses were recalled to Pyongyang from China.", 40, "repatriated"),
        (
            "Some 120 North Korean workers in Russia were made to return to the North.",
            120,
            "repatriated",
        ),
        # S2: a descriptive participle is not the event
        (
            "About 1,500 North Korean labourers sent to the Amur region went on strike.",
            1500,
            "present",
        ),
        # S3: a modal with any verb is a plan
        (
            "Some 2,000 North Korean builders will restore the bridges in Russia next year.",
            2000,
            "planned",
        ),
        # S4: the baseline of a change is a level
        (
            "The number of North Koreans in Russia rose to 9,000, up from roughly 5,000 last year.",
            5000,
            "present",
        ),
        # S6: the longer cue reads the phrase
        ("All 25 North Korean medics in Libya were sent back last winter.", 25, "repatriated"),
        # S7: status verbs in every form ("transferred", "remained", "toils")
        (
            "In March, 300 North Korean welders were transferred to a shipyard in Russia.",
            300,
            "dispatched",
        ),
        # S8: a later verb reads as a participle only after a copula, not after "work"
        (
            "Some 3,000 North Koreans in Mongolia work abroad and send most of their pay.",
            3000,
            "present",
        ),
    ],
)
def test_status(extractor, text, value, status):
    assert counts(extractor, text)[value].status == status


@pytest.mark.parametrize(
    ("text", "value", "sector"),
    [
        # X1: in a compound the modifier decides
        (
            "About 600 North Koreans gut fish at seafood factories in Shandong, China.",
            600,
            "fishing",
        ),
        # X2: the figure's own part of a sentence with two figures
        (
            "He said 400 North Korean builders would repair roads in Russia and 100 "
            "North Korean engineers would clear mines.",
            400,
            "construction",
        ),
        # X8: a sector noun listed in the singular matches its plural too
        (
            "About 200 North Korean farmers were sent to the Amur region of Russia.",
            200,
            "agriculture",
        ),
        ("Some 80 North Korean woodcutters work in the Russian taiga.", 80, "logging"),
        # X3: "there" points back to the workplace named before
        (
            "North Korean riveters are common at the dry dock in Vladivostok. Since 2015, "
            "roughly 60 North Koreans have been employed there.",
            60,
            "shipbuilding",
        ),
        # X7: an example after "including" does not decide
        (
            "About 300 North Koreans work for 15 firms in Russia, including a tomato farm.",
            300,
            None,
        ),
    ],
)
def test_sector(extractor, text, value, sector):
    assert counts(extractor, text)[value].sector == sector


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # M1: revenue verbs in every form
        (
            "Each year the regime makes about $30 million from its cooks abroad.",
            ("revenue", 30e6, 30e6),
        ),
        # M2: an exclusion word in a means clause
        (
            "The regime earns $500 million a year by docking their compensation.",
            ("revenue", 5e8, 5e8),
        ),
        # M3: the state's share phrased with "of which goes back"
        ("They earn $900 a month, 60% of which goes back to Pyongyang.", ("state_share", 60, 60)),
        (
            "Workers must give about two thirds of what they earn to the state.",
            ("state_share", 66.7, 66.7),
        ),
        # N3: a money range with the currency repeated
        ("Each worker is paid 3,000 yuan to 3,400 yuan a month.", ("wage", 3000, 3400)),
        # N4: a currency letter glued to the digits
        ("They receive about W800,000 a month in wages.", ("wage", 800000, 800000)),
        # wage after an exclusion in a temporal clause
        (
            "The workers were paid about $120 a month after having to remit most of it.",
            ("wage", 120, 120),
        ),
    ],
)
def test_money(extractor, text, key):
    assert key in money(extractor, text)


def test_group_earnings_above_a_wage_are_revenue(extractor):
    found = money(
        extractor, "These North Korean IT workers earned more than $230,000 in the month of March."
    )
    assert ("revenue", 230000, None) in found


def test_a_year_before_a_comma_dates_the_money_of_the_next_clause(extractor) -> None:
    # "in 2021, earning ..." : the year ends its clause with a comma, and the money
    # figure of the next clause holds for that year too.
    found = money(
        extractor,
        "Some 60,000 North Koreans worked abroad in 2021, earning about $300 million for "
        "the state, a think tank said.",
    )
    (claim,) = found.values()
    assert claim.period is not None and claim.period.start == "2021"


def test_a_headline_figure_takes_the_year_its_body_restatement_gives(extractor) -> None:
    # The same figure stated twice is one claim; the first statement (a headline without
    # a year) keeps the year the body gives for it.
    found = counts(
        extractor,
        "Report: 70,000 North Korean labourers abroad\n\n"
        "About 70,000 North Korean labourers worked abroad in 2022, the report said.",
    )
    assert found[70000].period is not None and found[70000].period.start == "2022"


def test_a_partitive_of_people_in_a_workforce_counts(extractor):
    # C3/C7: "40 of the women" when no larger group was counted before
    found = counts(
        extractor,
        "Around 40 of the women were put on a flight home from Russia because a "
        "supervisor had fled.",
    )
    assert found[40].status == "repatriated"


def test_the_longest_sector_cue_reads_a_compound(extractor):
    # X1: "seafood processing plants" is fishing, not also a processing plant
    found = counts(
        extractor, "Roughly 1,200 North Korean women work in seafood processing plants in China."
    )
    assert found[1200].sector == "fishing"


def test_abroad_inside_the_figures_noun_phrase_is_its_place(extractor):
    # D6: a neighbouring "most of them are in Russia" does not narrow a world figure
    found = counts(
        extractor,
        "Some 70,000 North Korean overseas workers earn hard currency. Most of them are in Russia.",
    )
    assert found[70000].destinations == ["M49:001"]


def test_the_size_of_one_unit_is_not_a_count(extractor):
    # C8: "would form one work unit"
    text = "About 200 North Korean workers went to Russia. Around 60 men would form one work unit."
    assert 60 not in counts(extractor, text)


@pytest.mark.parametrize(
    ("text", "value", "status"),
    [
        # dispatch by crossing into a country; a plan to accept workers
        (
            "Nearly 3,000 North Korean workers crossed into Russia in the first half of the year.",
            3000,
            "dispatched",
        ),
        ("Moscow agreed to accept 20,000 North Korean workers.", 20000, "planned"),
    ],
)
def test_status_of_flows_and_plans(extractor, text, value, status):
    assert counts(extractor, text)[value].status == status


def test_a_remittance_by_many_is_revenue(extractor):
    # M1: "remit" is earning for the state, not an excluded payment
    found = money(extractor, "The doctors remit roughly $2 million a year to Pyongyang.")
    assert ("revenue", 2e6, 2e6) in found


def test_a_part_of_a_stated_whole_counts(extractor):
    # a split by status: "sent home 18,000 of the 30,000 workers"
    found = counts(
        extractor,
        "Russia said it had sent home about 18,000 of the 30,000 North Korean workers "
        "that were in the country.",
    )
    assert found[18000].status == "repatriated" and 30000 in found


def test_a_vague_figure_with_an_elided_head_and_its_own_place(extractor):
    found = counts(
        extractor,
        "Around 1,000 North Korean IT workers are in China, and a few hundred more in "
        "Southeast Asia.",
    )
    assert found[999].destinations == ["M49:035"]


def test_the_size_at_each_site_is_not_a_count(extractor):
    text = "About 30 North Korean waitresses work at each restaurant in Cambodia."
    assert 30 not in counts(extractor, text)


def test_from_after_a_verb_of_location_is_where_they_are(extractor):
    found = counts(extractor, "Nearly 100 North Korean IT workers operate from Shenyang.")
    assert found[100].destinations == ["CN"]
