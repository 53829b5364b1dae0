"""Genres and shapes the earlier destination sets did not cover, written blind for where a
worker figure's workers are: statistics releases and data stories (a migration service's
entries "for work purposes" per nationality, a border service's table written as prose,
year-by-year series "in 2019 ... in 2023 ..."), country breakdown lists with parentheses or
colons ("Russia (about 10,000), China (up to 50,000)", "China: 40,000; Russia: 15,000").

Written for this file (invented people, outlets, firms, figures), each batch committed
before its first run; notation and comparison as in ``test_extract_destination_long2.py``
(``Q VALUE@DESTS/STATUS``; " // " ends the headline, " || " a paragraph).
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch N1, written blind: statistics releases, data stories, breakdown lists, series.
BATCH_1: list[Article] = [
    (
        "N1",
        "migration-quarterly-nationalities",
        "=4870@RU/dispatched",
        """North Korean arrivals for work rise again // MOSCOW (Northern Data Desk) - A total
        of 4,870 citizens of North Korea entered Russia for work purposes in the third
        quarter, according to quarterly figures published on Friday by the Interior
        Ministry's migration directorate. || Citizens of Uzbekistan, with 212,000 entries for
        work, and Tajikistan, with 148,000, again made up the largest groups of labour
        migrants. Entries by citizens of China rose to 31,000. || The directorate did not
        say where the North Koreans were employed.""",
    ),
    (
        "N1",
        "border-service-table-prose",
        "=2310@RU/dispatched =1650@RU/dispatched =410@RU/dispatched",
        """The regional border directorate's annual table, released on Wednesday, lists 2,310
        North Korean workers who crossed into Primorye at the Khasan rail checkpoint last
        year, 1,650 who arrived through Vladivostok airport and 410 who came by sea through
        the port of Zarubino. || The table gives no figures for departures. || Pyongyang
        sends workers abroad to earn foreign currency, in breach of UN sanctions.""",
    ),
    (
        "N1",
        "mongolia-series-years",
        "~1200@MN/present =430@MN/present =40@MN/present",
        """Mongolia's North Korean workforce has all but vanished // ULAANBAATAR (Steppe
        Observer) - The number of North Korean workers in Mongolia fell from about 1,200 in
        2017 to 430 in 2019 and to 40 in 2023, according to yearly reports of the national
        labour agency. || Most of those who remain work at a cashmere plant, the agency
        said. || Mongolia's own labour migrants, about 60,000 of them, mostly work in South
        Korea.""",
    ),
    (
        "N1",
        "kazakhstan-series-semicolons",
        "=3400@KZ/present =1900@KZ/present =260@KZ/present",
        """ASTANA (Central Asia Monitor) - Kazakhstan's labour ministry has published its count
        of North Korean workers for the first time. In 2019 it counted 3,400 North Korean
        workers in the country's construction sector; in 2021 it counted 1,900 North Korean
        workers, and in 2023 just 260. || The ministry said it had stopped issuing new
        permits to North Koreans.""",
    ),
    (
        "N1",
        "breakdown-parentheses",
        "~10000@RU/present <50000@CN/present ~3000@M49:145/present",
        """A new report by a Seoul research group puts the number of North Korean workers in
        Russia (about 10,000), China (up to 50,000) and the Middle East (some 3,000) well
        above earlier estimates. || The group, which relies on interviews with defectors,
        said the figures were as of June. || Pyongyang denies sending workers abroad.""",
    ),
    (
        "N1",
        "breakdown-colons",
        "=40000@CN/present =15000@RU/present =1000@LA/present =800@KW/present",
        """Where North Korea's workers are // The estimates of a Tokyo-based monitoring
        group for North Korean workers abroad, by host country, at the end of 2024: China:
        40,000; Russia: 15,000; Laos: 1,000; Kuwait: 800. || The group said the figures were
        based on shipping records and interviews.""",
    ),
    (
        "N1",
        "amur-foreign-share",
        "=1870@RU/present",
        """BLAGOVESHCHENSK (Amur Courier) - Of the 12,600 foreign workers registered in the
        region last year, 1,870 were North Korean citizens, the Amur regional statistics
        office said. The rest were mostly Chinese and Uzbek. || The office said the North
        Koreans worked on farms and building sites.""",
    ),
    (
        "N1",
        "nationalities-in-middle",
        "=1450@RU/dispatched",
        """Russia's Far Eastern migration office reported 14,200 entries for work purposes in
        the first half of the year. Chinese citizens accounted for 5,900 of them, Vietnamese
        citizens for 2,300 and North Korean citizens for 1,450, the office said. || Uzbek and
        Kyrgyz citizens made up most of the rest.""",
    ),
    (
        "N1",
        "liaoning-jilin-provinces",
        "~30000@CN/present ~20000@CN/present",
        """Chinese provincial data leak shows scale of North Korean labour // An internal
        tally seen by the East Asia Ledger counts North Korean workers in the provinces of
        Liaoning (about 30,000) and Jilin (about 20,000), most of them in seafood and garment
        plants. || Beijing says it enforces UN sanctions.""",
    ),
    (
        "N1",
        "customs-data-hard-negative",
        "~15000@CN/present",
        """Chinese customs data released on Tuesday show imports of North Korean wigs and
        eyelashes rose 30% to 98,000 tonnes last year, with 1,200 shipments through Dandong.
        || The factories that make them employ about 15,000 North Korean workers in the
        border city, a trader in Dandong estimated. || North Korea's exports of the goods
        are not covered by UN sanctions.""",
    ),
    (
        "N1",
        "kazakh-half-against-year",
        "=312@KZ/dispatched =95@KZ/dispatched",
        """Kazakhstan's migration committee said 312 North Korean citizens had entered the
        country to work in the first half of this year, against 95 North Korean workers in
        the whole of 2022. || The committee did not say which firms employed them.""",
    ),
    (
        "N1",
        "data-story-overall-and-split",
        "~100000@M49:001/present ~60000@CN/present ~20000@RU/present",
        """By the numbers: North Korea's overseas workforce // About 100,000 North Korean
        workers are abroad, according to estimates compiled by the Korea Labour Data
        Project. || Of those, about 60,000 are in China and about 20,000 in Russia. The
        remainder are spread over Southeast Asia, Africa and the Gulf. || The project counts
        only workers sent by state agencies.""",
    ),
]

BATCHES = [BATCH_1]
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {}
KNOWN_DETAILS: dict[str, str] = {}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
