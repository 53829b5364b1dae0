"""Short news items (80-300 words: a headline and a few paragraphs) as wire services,
Korean and Russian outlets in English, NK-specialist sites, local press in host countries,
UN-panel summaries and NGO blogs publish them, written blind for where a figure's workers
are and which figures are worker counts: a destination given only by a dateline or
headline, a port, province or shipyard for its country, transit places, "from" after a
return verb, workers moved between countries, negated places, country lists with one
figure each or one total, a host's figures for "foreign workers" of which North Koreans
are a part, the countries other migrants come from, "in the region", "abroad" and "across
40 countries"; on the count side, headline figures restated in the body, rounded
restatements, ranges and "up to", visas and permits, former workers now defectors,
companies against workers and shares of a workforce.

Every article was written for this file (people, outlets, firms and figures invented) and
each batch's expected claims were committed before the extractor was run on it. The claim
notation and the comparison are those of ``test_extract_long_articles.py`` (``Q
VALUE@DESTS/STATUS``; " // " ends the headline, " || " a paragraph).
"""

from __future__ import annotations

import pytest

from .tables import sibling_module

LONG = sibling_module("test_extract_long_articles")

# (batch, name, expected claims, text)
Article = tuple[str, str, str, str]

# Batch S1, written blind.
BATCH_1: list[Article] = [
    (
        "S1",
        "nakhodka-yard",
        "~180@RU/dispatched ~12000@RU/present",
        """Port yard hires North Korean welders // NAKHODKA (Vladivostok Times) - A ship repair
        yard in this port city has taken on about 180 North Korean welders and fitters since
        September, two of its employees told the Vladivostok Times. The men came by ferry from
        Rajin and sleep in a converted warehouse inside the yard, the employees said. || The
        regional labour department declined to comment. The governor of Primorye said in
        October that the territory lacked 40,000 workers in construction and shipbuilding and
        was "talking to partners in Asia". || Before the 2019 deadline for their return, the
        Far East hosted an estimated 12,000 North Korean labourers, according to regional
        migration data.""",
    ),
    (
        "S1",
        "mongolia-report",
        "~450@MN/repatriated ~1200@MN/present",
        """Mongolia tells UN it has no North Korean workers left // ULAANBAATAR (Gobi Post) -
        About 450 North Korean workers were sent home from Mongolia last year, the foreign
        ministry said in its latest report to the UN Security Council sanctions committee. No
        North Korean national held a Mongolian work permit at the end of December, the report
        said. || In 2016 the country employed roughly 1,200 North Koreans in construction,
        sewing workshops and cashmere firms, according to the ministry. Most of them travelled
        through Beijing, as there are no direct flights between the two capitals.""",
    ),
    (
        "S1",
        "not-dandong-but-russia",
        "~300@RU/dispatched",
        """Workers told they were going to China end up in Russia // A group of about 300
        North Korean construction workers who left Sinuiju last week crossed into China but
        did not stay there: they went on by train to Russia's Far East, a source in North
        Pyongan province told Daily Focus. || "Their families were told Dandong, but they
        were bound for Ussuriysk," the source said. || Officials had told relatives that the
        men would spend three years abroad and send money home every six months.""",
    ),
    (
        "S1",
        "panel-country-list",
        "~1000@LA/present ~500@KH/present v2@GQ/present",
        """UN experts list states still hosting North Korean labour // NEW YORK - North Korean
        workers were present in at least eight countries last year, according to a report by
        the UN Panel of Experts seen by this agency. || The report cites about 1,000 in Laos,
        around 500 on building sites in Cambodia and "several hundred" in Equatorial Guinea,
        in addition to the far larger groups in Russia and China. || The panel said Vietnam
        and Myanmar had not answered its letters. It also investigated 14 vessels suspected of
        ship-to-ship transfers of oil.""",
    ),
    (
        "S1",
        "primorye-foreign-workforce",
        "~3500@RU/present",
        """Primorye's foreign workforce tops 48,000 // VLADIVOSTOK (Primorye Today) - Employers
        in the region registered 48,000 foreign workers last year, the regional statistics
        office said on Monday, of whom about 3,500 were citizens of North Korea. || Uzbekistan,
        Tajikistan and China supplied most of the rest. The number of foreign workers rose by
        a fifth from 2023, the office said, mainly in construction and farming. || Moscow says
        North Koreans in Russia are students or tourists, not workers.""",
    ),
    (
        "S1",
        "hunchun-to-sakhalin",
        "~200@RU/dispatched",
        """Seafood workers moved from China to Russian island // SEOUL (North Watch) - About
        200 North Korean women who had been processing fish in Hunchun, China, were moved to a
        seafood plant on Russia's Sakhalin island in August, a trader familiar with the deal
        said. || The women were taken by bus to the Russian border crossing at Kraskino and then
        flown from Vladivostok, the trader said. The Chinese plant had cut production after
        orders from Europe fell.""",
    ),
    (
        "S1",
        "forty-countries",
        "~100000@M49:001/present ~300@M49:035/present",
        """Seoul puts North Korea's overseas workforce at 100,000 // SEOUL (Yonhap) -- North
        Korea has about 100,000 workers spread across more than 40 countries, the unification
        ministry said in a report released Thursday. || The report said North Korean
        restaurants in Southeast Asia were closing one after another as customers stayed
        away. "There are perhaps 300 North Korean waitresses left in the region," a ministry
        official told reporters on condition of anonymity.""",
    ),
]

ARTICLES: list[Article] = BATCH_1

KNOWN_COUNTS: dict[str, str] = {}
KNOWN_DETAILS: dict[str, str] = {}


def _params(known: dict[str, str]):
    for batch, name, spec, raw in ARTICLES:
        rid = f"{batch}-{name}"
        reason = known.get(rid)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(spec, raw, id=rid, marks=marks)


@pytest.mark.parametrize(("spec", "raw"), list(_params(KNOWN_COUNTS)))
def test_counts_and_destinations(extractor, spec, raw):
    assert set(LONG.found(extractor, raw)[0]) == set(LONG._expected(spec)[0])


@pytest.mark.parametrize(("spec", "raw"), list(_params(KNOWN_DETAILS)))
def test_qualifiers_statuses(extractor, spec, raw):
    want, _ = LONG._expected(spec)
    got, _ = LONG.found(extractor, raw)
    want = {k: (LONG._point(q), st) for k, (q, st) in want.items()}
    got = {k: {(LONG._point(q), st) for q, st in v} for k, v in got.items()}
    assert {k: want[k] for k in set(want) & set(got) if want[k] not in got[k]} == {}
