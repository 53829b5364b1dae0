"""Worker counts in styles of writing the other blind batches do not cover: op-eds, Q&A
interviews, factboxes (tables as prose), corrections and editor's notes, court reports,
written answers to parliament, timelines, letters and fact-checks. Each mixes true figures
of North Korean workers abroad with traps: cumulative totals next to stocks, a figure
restated later (one claim) or revised (two), number words, fractions and disjunctive ranges
("three or four hundred"), shares of a workforce, North Koreans who are not workers (crews
of North Korean ships, athletes, students, defectors, diplomats), other nations' migrants,
company headcounts, visas and permits.

Every article was written for this file (people, outlets, firms and figures invented) and
each batch's expected claims were committed before the extractor was run on it. The claim
notation is that of ``test_extract_long_articles.py``, the comparison that of
``test_extract_short_news.py``. Conventions from ../shared/spec/claims.md: a cumulative total
("a total of 142 between 2019 and 2024") is a claim; a figure the text withdraws ("not
11,000") is not; a part of a group already counted ("40 of them") is not unless the text
splits the group by place or status; permits and visas are not workers unless the text
calls the holders workers; a past figure of workers abroad is a claim (``present``).
"""

from __future__ import annotations

import pytest

from . import test_extract_short_news as short_news  # its article type and comparisons

LONG = short_news.LONG
Article = short_news.Article  # (batch, name, expected claims, text)

# Batch C1, written blind (op-ed, Q&A, factbox, correction, court report, written answer,
# timeline).
BATCH_1: list[Article] = [
    (
        "C1",
        "oped-nobody-counts",
        "~100000@M49:001/present ~30000@RU/present ~400000@M49:001/present",
        """Opinion: Nobody is counting Pyongyang's workers // By Hannah Lindqvist || Every
        winter I am asked why sanctions have not ended North Korea's labour exports. The
        honest answer is that nobody is counting properly. Seoul's estimate, some 100,000
        workers abroad, has not changed in six years. || A third of the roughly 30,000 North
        Koreans believed to be working in Russia are on building sites in Moscow and St
        Petersburg, and half of them arrived after 2022. Compare that with the 4.5 million
        Central Asian migrants Russia relies on, and the contingent looks small. It is not
        small to Pyongyang. || Over three decades, perhaps 400,000 North Koreans have cycled
        through foreign camps and yards. Fifteen of them testified before my committee last
        year; the 150 athletes Pyongyang sent to the Asian Games drew more attention.""",
    ),
    (
        "C1",
        "qa-kaliningrad-foreman",
        "~250@RU/present 300-400@RU/present ~60@RU/present",
        """'They counted trucks, not people' // A former foreman who supervised North Korean
        builders on a housing site in Kaliningrad, and who asked to be named only as Sergei,
        spoke to the Baltic Ledger. || Q: How many North Koreans worked on your site? || A:
        At the peak, about 250. Three or four hundred in the summer of 2018, when the
        stadium work was on. || Q: And now? || A: Officially none. But I know of two
        brigades still in the city, around 60 men. || Q: Were some of them students? || A:
        The papers said so. About 40 of them came on student visas and were on the site the
        day they landed. Eight defected, I heard.""",
    ),
    (
        "C1",
        "factbox-where-they-are",
        "~15000@RU/present =4000@RU/present 50000-70000@CN/present v2@LA,VN/present "
        "<500@M49:145/present =10000@M49:145/present ~100000@M49:001/present",
        """FACTBOX-Where North Korea's workers are // (Meridian Wire) - Figures are
        estimates. || RUSSIA: about 15,000, mostly in construction, up from 4,000 in 2023,
        according to South Korea's spy agency. Russia issued 13,000 student visas to North
        Koreans in 2024. || CHINA: between 50,000 and 70,000 in seafood and garment plants in
        Liaoning and Jilin. China's own migrant workforce numbers 290 million. || LAOS,
        VIETNAM: several hundred, in restaurants and IT. || MIDDLE EAST: fewer than 500
        remain, down from 10,000 in 2017. || TOTAL: about 100,000 abroad in at least 40
        countries, according to a 2017 US estimate.""",
    ),
    (
        "C1",
        "correction-mongolia",
        "~1100@MN/present ~300@MN/repatriated",
        """Correction // An article on Tuesday about North Korean workers in Mongolia
        misstated their number. There were about 1,100 North Korean workers in Mongolia in
        2017, not 11,000. The article also misstated the number of Mongolians working in
        South Korea, which is about 40,000. || The Steppe Courier regrets the errors. || The
        original article reported that about 300 of the North Korean workers were sent home
        from Ulaanbaatar in 2018 and that the country's 12 North Korean diplomats remain.""",
    ),
    (
        "C1",
        "court-vladivostok-firm",
        "=37@RU/present =142@RU/dispatched =12@RU/repatriated",
        """VLADIVOSTOK (Primorye Courts Bulletin) - A district court on Monday fined a local
        construction firm 1.2 million rubles for employing 37 North Korean builders without
        permits. The firm, which has 210 employees, said it had hired them through a
        broker. || Prosecutors said the company had hired a total of 142 North Koreans
        between 2019 and 2024, some of them on tourist visas. The court heard that 12 of the
        37 had already been deported, while the others were still at work on a residential
        block in the city's Snegovaya Pad district.""",
    ),
    (
        "C1",
        "written-answer-poland",
        "~400@PL/present",
        """Written answer // The Minister of State for Labour, replying to a question from MP
        Orsolya Vass, said that Poland issued 312 work permits to citizens of the DPRK in 2016
        and 156 in 2017, and none since. || The ministry estimated that about 400 North
        Korean workers were employed in Poland at the end of 2017, mostly in shipyards and on
        farms, compared with 530,000 Ukrainians. Labour inspectors visited 17 firms that
        employed them.""",
    ),
    (
        "C1",
        "timeline-kuwait",
        "=1500@KW/dispatched ~4000@KW/present =400@KW/repatriated",
        """Timeline: North Korean labour in Kuwait || 2006: Kuwait grants visas to a first
        group of 1,500 North Korean construction workers. || 2015: A UN report puts their
        number at about 4,000. || 2017: Kuwait stops issuing new visas; half of the workers
        leave by the end of the year. || 2018: The last 400 are deported. || 2019: The coast
        guard detains a North Korean freighter and its 19 sailors off Failaka island.""",
    ),
]

ARTICLES: list[Article] = BATCH_1

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {}
KNOWN_DETAILS: dict[str, str] = {}


def _cases() -> list:
    """Each article under both comparisons of the short-news tests, with its known misses."""
    checks = (
        ("counts", short_news.test_counts_and_destinations, KNOWN_COUNTS),
        ("details", short_news.test_qualifiers_statuses, KNOWN_DETAILS),
    )
    return [
        pytest.param(check, *case.values, id=f"{name}-{case.id}", marks=case.marks)
        for name, check, known in checks
        for case in LONG._params(known, ARTICLES)
    ]


@pytest.mark.parametrize(("check", "spec", "raw"), _cases())
def test_articles(extractor, check, spec, raw):
    check(extractor, spec, raw)
