"""Shapes of a worker figure's destination the earlier destination sets did not cover,
written blind: the place only in a headline that is no dateline, or only in a dateline
before a body with no place; the place named several sentences before the figure, with
sentences on other matters between; two countries in one clause as transit and host
("sent via China to Russia", "crossed from Russia into China"); cities and regions only
(Kazan, Tuva, Amur oblast, Kinshasa, Irkutsk, Suifenhe); occupied Ukraine by city or
peninsula (Mariupol, Crimea, Sevastopol: ``UA`` by the spec); "the country" and "the city"
pointing back past a speaker's seat; home places that must not become destinations ("back
to Pyongyang", "from Rason"); a conference venue and a researcher's home city against the
workers' place; a list "in Russia, 20,000; in China, 50,000" with the place before each
figure; and hard negatives (other nations' migrants, North Korean places only).

Written for this file (invented people, outlets, firms, figures), each batch committed
before its first run; notation and comparison as in ``test_extract_destination_genres.py``
(``Q VALUE@DESTS/STATUS``; " // " ends the headline, " || " a paragraph).

P1 (14 articles, 15 figures, one hard negative), first run: count 15/15 and 15/15,
count+destination 14/15 and 14/15, statuses all right. The miss: "Tuva's government signed
a cooperation agreement ... The republic's coal mines ... Officials also hope ... || Under
the agreement, 300 North Korean miners are to arrive" had no place. A state named as the
seat of a body that acts ("Tuva's government") was carried as a speaker from the sentence
right before the figure only. Fixed: further back (within the usual reach of four
sentences) a country, region or city named as the seat of a state or local body
("Tuva's government", "Amur's regional administration"; cues ``organisation_nouns``) is
still carried when nothing nearer places the figure; a person's seat ("a researcher in
Jakarta said") is not. After: 15/15 in every column.
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch P1, written blind: headline or dateline only, far places, transit against host,
# cities and regions, occupied Ukraine, anaphora past a seat, home places, venues, lists.
BATCH_1: list[Article] = [
    (
        "P1",
        "headline-city-only",
        "~140@KW/present",
        """Kuwait City hospital wing still built by North Korean crews // A contractor
        building the new wing employs about 140 North Korean workers, two engineers on the
        project said on condition of anonymity. || The contractor did not respond to
        requests for comment.""",
    ),
    (
        "P1",
        "dateline-only-krai-city",
        "=220@RU/dispatched",
        """KHABAROVSK (Amur Valley Times) - A logging company has brought in 220 North Korean
        workers this spring, its director told a local radio station on Monday. || The
        workers will cut timber until November, he said, and live in camps near the
        felling sites.""",
    ),
    (
        "P1",
        "republic-named-sentences-before",
        "=300@RU/planned",
        """Tuva's government signed a cooperation agreement with a North Korean trading
        company on Thursday. The republic's coal mines have been short of labour since many
        local men left for the army. Officials also hope to attract investment in roads. ||
        Under the agreement, 300 North Korean miners are to arrive by the autumn, the
        regional economy minister said.""",
    ),
    (
        "P1",
        "via-china-to-russia",
        "~450@RU/dispatched",
        """Some 450 North Korean workers were sent via China to Russia last month on student
        and trainee visas, a Seoul-based rights group said on Wednesday. || The group said
        it had tracked the workers through ticket records.""",
    ),
    (
        "P1",
        "crossed-from-russia-into-china",
        "~80@CN/dispatched",
        """About 80 North Korean workers crossed from Russia into China at Suifenhe last
        week to take jobs at seafood plants in Heilongjiang, a border trader told the
        Harbin Evening Post. || Their Russian contracts had ended in June.""",
    ),
    (
        "P1",
        "occupied-mariupol",
        "~1000@UA/dispatched",
        """Around 1,000 North Korean builders have been sent to occupied Mariupol to rebuild
        apartment blocks, Ukraine's military intelligence service said in a statement. ||
        Moscow has not commented on the claim.""",
    ),
    (
        "P1",
        "crimea-sevastopol-shipyard",
        "~150@UA/present",
        """About 150 North Korean welders are working at a shipyard in Sevastopol, in
        Russian-annexed Crimea, according to satellite images and hiring records studied by
        a Kyiv-based research centre. || The shipyard repairs vessels of the Black Sea
        fleet.""",
    ),
    (
        "P1",
        "the-country-past-seat",
        "=120@MN/present",
        """Mongolian labour officials, speaking at a conference in Seoul on Tuesday, said 120
        North Korean workers remain in the country despite a 2019 ban. || They said the
        workers would leave when their current contracts expire.""",
    ),
    (
        "P1",
        "back-to-pyongyang-from-vientiane",
        "=40@LA/repatriated",
        """Forty North Korean restaurant staff in Vientiane were flown back to Pyongyang this
        week after their restaurant closed, a Lao tourism official said. || Two other North
        Korean restaurants in the Lao capital remain open.""",
    ),
    (
        "P1",
        "conference-venue-and-home-city",
        "~2500@RU/present",
        """At a conference on migrant labour in Doha, a researcher from Jakarta said about
        2,500 North Korean workers are employed on building sites in Russia's Far East. ||
        She said the figure came from interviews with contractors.""",
    ),
    (
        "P1",
        "list-place-before-figure",
        "=20000@RU/present =50000@CN/present v2@M49:145/present",
        """The institute's estimate of North Korean workers abroad, published on Friday: in
        Russia, 20,000; in China, 50,000; in the Middle East, a few hundred. || The
        institute said the figures were rough.""",
    ),
    (
        "P1",
        "kazan-city-only",
        "~350@RU/present",
        """About 350 North Korean builders are working on a residential complex in Kazan,
        an official of the Tatarstan construction ministry said. || He said the workers had
        valid permits.""",
    ),
    (
        "P1",
        "amur-oblast-quota",
        "=1100@RU/planned",
        """Authorities in Amur oblast have approved a quota of 1,100 North Korean workers for
        next year, the regional labour department said on its website. || The quota is
        twice this year's.""",
    ),
    (
        "P1",
        "hard-negative-rason-only",
        "none",
        """About 1,300 Chinese and Russian tourists visited Rason last year, North Korea's
        state media said. || The special economic zone, near the borders with China and
        Russia, hopes to attract 5,000 visitors this year.""",
    ),
]

BATCHES = [BATCH_1]
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {}
KNOWN_DETAILS: dict[str, str] = {}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
