"""Short news items (80-250 words) written blind for where a figure's workers are, among
places that are not theirs: the countries and regions of other groups in the sentence
before (migrants from Central Asia, a host's own citizens abroad), speakers' and outlets'
seats, the origins of other migrants, transit and home countries, joint lists against one
country each, "the region", "there" and "the country" pointing back, place adjectives on
employers against those on people, seas and fishing grounds, places inside company names,
and the headline against the body.

Every article was written for this file (people, outlets, firms and figures invented) and
each batch's expected claims were committed before the extractor was run on it. The claim
notation and the comparison are those of ``test_extract_long_articles.py`` (``Q
VALUE@DESTS/STATUS``; " // " ends the headline, " || " a paragraph). Conventions, from
../shared/spec/claims.md: the destination is where the workers are or go; a speaker's seat
is no destination of its own, but a state (or its ministry) speaking of "the country" names
its own land, and a manager speaking of "this site" names where the site is; the outlet and
the dateline place a figure only when nothing else in the story does.
"""

from __future__ import annotations

import pytest

from . import test_extract_short_news as SHORT  # its comparisons

LONG = SHORT.LONG

# (batch, name, expected claims, text)
Article = tuple[str, str, str, str]

# Batch T1, written blind: other groups' places in the sentence before. Before any change:
# counts precision 0.78 / recall 1.00 (7 of 7 figures, 2 spurious), count+destination 0.78 /
# 1.00; 4 of 6 articles passed. Fixed: "fined a seafood plant 80 million dong" (the dong as a
# currency); "Nepal, India and Bangladesh supply more than 700,000 labourers" ('supply' as a
# sending verb of another country); 'on their way to jobs in Cambodia' (a journey, dispatched).
# After: 1.00 / 1.00 for both.
BATCH_1: list[Article] = [
    (
        "T1",
        "tomsk-sawmills",
        "=150@RU/planned",
        """Tomsk sawmills short of hands // TOMSK (Siberian Timber Review) - Sawmills in the
        Tomsk region employ about 4,200 migrants from Kyrgyzstan and Tajikistan, the regional
        labour office said on Monday. || A timber firm owner said he had signed a contract to
        take on 150 North Korean loggers in March. "They are disciplined and they do not
        complain about the cold," he said. || The region also trains about 900 school leavers
        a year as machine operators.""",
    ),
    (
        "T1",
        "astana-deportations",
        "=90@KZ/repatriated",
        """ASTANA (Steppe Ledger) - Kazakhstan's migration service said 3,100 workers from
        Uzbekistan and 1,700 from China arrived in the first quarter, while about 60,000
        Kazakh citizens now work in South Korea and Germany. || The service said 90 North
        Korean garment workers were deported last year after their permits ran out.""",
    ),
    (
        "T1",
        "ulaanbaatar-miners",
        "~400@MN/present",
        """ULAANBAATAR (Steppe Daily) - About 2,000 Chinese miners work at copper pits in the
        south of Mongolia, the labour ministry said in a report on Wednesday. || About 400
        North Korean workers remain in the country, mostly on building sites in the capital,
        the report added. The ministry gave no figure for Russian engineers.""",
    ),
    (
        "T1",
        "doha-contractors",
        "~1000@QA/present",
        """DOHA (Gulf Labour Monitor) - Nepal, India and Bangladesh supply more than 700,000
        labourers to building sites across the Gulf. || A rights group said on Thursday that
        about 1,000 North Korean labourers were still working for two Qatari contractors,
        despite a UN ban, and that their wages went to Pyongyang.""",
    ),
    (
        "T1",
        "haiphong-fine",
        "=45@VN/present",
        """HANOI (Mekong Times) - Vietnam sent about 7,500 of its own workers to Japan and
        Taiwan in May, the labour ministry said. || Separately, police in Haiphong fined a
        seafood plant 80 million dong for employing 45 North Korean women without work
        permits, a police officer said.""",
    ),
    (
        "T1",
        "vientiane-transit",
        "~300@KH/dispatched =120@LA/present",
        """North Koreans pass through Laos // VIENTIANE (Lao Business Wire) - About 300 North
        Korean workers passed through Vientiane's airport on their way to jobs in Cambodia
        last year, an immigration officer said. || Another 120 stayed to work at hotels and
        restaurants in Laos, he said.""",
    ),
]

# Batch T2, written blind: speakers' and outlets' places. Before any change: counts 1.00 /
# 1.00, count+destination 1.00 / 1.00 (the speaker rules of earlier batches already hold).
BATCH_2: list[Article] = [
    (
        "T2",
        "vladivostok-manager",
        "=60@RU/present =100@RU/planned",
        """Far East builders want more North Koreans // (Korea Ledger, Seoul) - "We have 60
        North Korean workers on this site and we want 100 more by summer," a construction
        manager in Vladivostok told the paper. || Housing starts in the city rose by a fifth
        last year.""",
    ),
    (
        "T2",
        "moscow-deputy-minister",
        "=12000@RU/dispatched",
        """MOSCOW (Neva Wire) - Russian Deputy Labour Minister Oleg Varin said on Friday that
        12,000 North Korean workers had entered the country in 2024, most of them for jobs on
        construction sites. || He did not say how many had left.""",
    ),
    (
        "T2",
        "seoul-ministry-rise",
        "~20000@RU/present =5000@RU/present",
        """SEOUL (Han River Post) - South Korea's Unification Ministry said on Tuesday that
        about 20,000 North Korean workers were now in Russia, up from 5,000 a year earlier. ||
        A ministry official told reporters in Seoul that the number "keeps rising".""",
    ),
    (
        "T2",
        "treasury-it-workers",
        "~1500@CN,LA/present",
        """WASHINGTON (Capitol Brief) - The US Treasury said on Monday that about 1,500 North
        Korean IT workers based in China and Laos had used false names to win contracts from
        American and European firms. || It sanctioned two front companies in Hong Kong.""",
    ),
    (
        "T2",
        "dandong-short-shifts",
        "~2000@CN/present",
        """Dandong factories cut hours // BEIJING (Yellow Sea Economic Daily) - Garment
        factories in Dandong have put about 2,000 North Korean seamstresses on short shifts
        as orders from Europe fall, the newspaper's reporter in Shenyang wrote.""",
    ),
    (
        "T2",
        "gdansk-welders",
        "=38@PL/present",
        """WARSAW (Vistula News) - Polish labour inspectors found 38 North Korean welders at
        a shipyard in Gdansk in 2017, the inspectorate's spokesman told Radio Baltica, a
        station based in Berlin. || The yard has since closed.""",
    ),
]

# Batch T3, written blind: lists, anaphors, adjectives, seas and company names. Before any
# change: counts 1.00 / 1.00, count+destination 1.00 / 1.00.
BATCH_3: list[Article] = [
    (
        "T3",
        "kuwait-oman-qatar",
        "~3000@KW,OM/present =800@QA/present",
        """North Koreans still in the Gulf, panel says // NEW YORK (UN Desk) - About 3,000
        North Korean workers are in Kuwait and Oman combined, a UN panel of experts said in a
        report, while 800 work in Qatar. || The panel's report runs to 400 pages.""",
    ),
    (
        "T3",
        "kamchatka-crab-plant",
        "=55@RU/present",
        """Mongolia Pacific Trading runs a crab plant in Kamchatka with 55 North Korean
        workers, the regional prosecutor's office said on Tuesday, and will be fined for
        housing them in a warehouse.""",
    ),
    (
        "T3",
        "okhotsk-trawlers",
        "~200@RU/present",
        """About 200 North Korean fishermen crew Chinese-owned trawlers fishing in Russian
        waters off Kamchatka, a Japanese maritime researcher said on Friday. || She said the
        boats land their catch in Busan and Qingdao.""",
    ),
    (
        "T3",
        "sihanoukville-there",
        "~90@KH/present",
        """SIHANOUKVILLE (Gulf of Thailand Post) - The Cambodian port city has a new strip of
        casinos and hotels built with Chinese money. || About 90 North Korean painters and
        builders worked there last year, a local contractor said on Sunday.""",
    ),
    (
        "T3",
        "khabarovsk-region",
        "=2600@RU/present =900@RU/planned",
        """KHABAROVSK (Amur Courier) - Officials in Khabarovsk Krai say 2,600 North Korean
        workers are in the region. || Another 900 are expected in the spring, a deputy
        governor said.""",
    ),
    (
        "T3",
        "emirati-group-libya",
        "~250@LY/present",
        """An Emirati construction group employs about 250 North Korean workers at sites in
        Libya, a confidential UN report seen by the Tripoli Observer said. || The group
        denied it on Wednesday.""",
    ),
]

# Batch T4, written blind with T1-T3 and run last, after every fix (T5 and T6 included), not
# fixed: the honest unseen measure. Counts precision 0.90 / recall 1.00 (9 of 9 figures, 1
# spurious), count+destination 0.80 / 0.89; 6 of 7 articles right on counts and
# destinations, one status wrong (see the xfails).
BATCH_4: list[Article] = [
    (
        "T4",
        "yakutsk-registrations",
        "=260@RU/dispatched",
        """Yakutsk builders // YAKUTSK (Lena Post) - About 1,400 migrants from Armenia and
        Kyrgyzstan arrived in Yakutia this year, the regional migration service said. || It
        also registered 260 North Korean construction workers who came this year.""",
    ),
    (
        "T4",
        "kuwait-via-beijing",
        "~50@KW/repatriated",
        """About 50 North Korean workers returned home from Kuwait via Beijing last month, a
        diplomat in Seoul said on Monday.""",
    ),
    (
        "T4",
        "lagos-deportation",
        "=33@NG/repatriated",
        """Nigeria deports North Koreans // LAGOS (Niger Delta Times) - Immigration officers
        deported 33 North Korean construction workers last week, the service said. || They
        had worked on a stadium for a Chinese builder.""",
    ),
    (
        "T4",
        "ministry-spokeswoman",
        "=4000@RU/present",
        """A Russian labour ministry spokeswoman said on Thursday that 4,000 North Korean
        workers were employed legally at the end of March, against 200 citizens of Vietnam
        working in Poland and Germany.""",
    ),
    (
        "T4",
        "think-tank-abroad",
        "~100000@M49:001/present $revenue 500000000-500000000/year",
        """North Korea earns about $500 million a year from some 100,000 workers abroad, a
        Seoul think tank said. || Most of them are in China and Russia, it said.""",
    ),
    (
        "T4",
        "africa-split",
        "=1100@M49:002/dispatched =600@GQ/dispatched =500@AO/dispatched",
        """Of the 1,100 North Korean workers sent to Africa in 2019, 600 went to Equatorial
        Guinea and 500 to Angola, a UN panel said in a report published in Geneva.""",
    ),
    (
        "T4",
        "osh-contractor",
        "=30@KG/present",
        """BISHKEK (Ala-Too Wire) - A Kyrgyz deputy minister said the country had no North
        Korean workers now, but police said a Chinese contractor in Osh had employed 30 North
        Korean builders until 2022.""",
    ),
]

# Batch T5, written blind after the fixes of T1-T3 (harder traps), run before T4. Before:
# counts precision 1.00 / recall 0.92 (11 of 12 figures), count+destination 0.82 / 0.75; 5 of
# 8 articles passed. Fixed: "Migrants from Uzbekistan and Tajikistan are leaving the Urals for
# ... Europe" (a sentence about other nations' migrants lends no place); "in China about
# 40,000 and in Laos about 1,000" (a locative fronted before the next figure). After: counts
# 1.00 / 0.92, count+destination 1.00 / 0.92 (the bare "Oman expelled 60" left, see below).
BATCH_5: list[Article] = [
    (
        "T5",
        "perm-leaving-migrants",
        "=300@RU/planned",
        """PERM (Kama Wire) - Migrants from Uzbekistan and Tajikistan are leaving the Urals for
        better pay in Europe and South Korea, builders say. || A developer said on Tuesday he
        would hire 300 North Korean workers for a bridge project next year.""",
    ),
    (
        "T5",
        "hanoi-told-panel",
        "=70@VN/repatriated",
        """Vietnamese officials told a UN panel that all 70 North Korean workers in the country
        had gone home by the end of 2019, the panel's report said.""",
    ),
    (
        "T5",
        "vladivostok-flight-home",
        "~130@RU/repatriated",
        """About 130 North Korean workers flew home to Pyongyang from Vladivostok via Beijing on
        Friday, a Russian airport official said.""",
    ),
    (
        "T5",
        "three-hosts-each",
        "~20000@RU/present ~40000@CN/present ~1000@LA/present",
        """North Korean workers in Russia number about 20,000, in China about 40,000 and in Laos
        about 1,000, a Seoul research institute estimated in a report on Thursday.""",
    ),
    (
        "T5",
        "amur-borders-china",
        "=700@RU/present",
        """The Amur region borders China along a river more than a thousand kilometres long. ||
        Regional officials said 700 North Korean loggers worked there in 2018, cutting larch
        for export.""",
    ),
    (
        "T5",
        "uae-oman-expulsions",
        "=120@AE/repatriated =60@OM/repatriated",
        """UAE expels North Korean workers // DUBAI (Gulf Daily Ledger) - The United Arab
        Emirates has expelled 120 North Korean workers, a diplomat said on Sunday. || Oman
        expelled 60 in the spring, he added.""",
    ),
    (
        "T5",
        "russian-firm-uzbekistan",
        "=40@UZ/present ~500@CN/present",
        """A Russian firm in Uzbekistan employs 40 North Korean workers at a cement plant near
        Tashkent, an activist said. || Chinese-run factories in Tumen employ about 500 North
        Korean women, she added.""",
    ),
    (
        "T5",
        "primorye-fish-barents",
        "=80@RU/planned",
        """Primorye Fish Co. said on Monday that 80 North Korean workers would join its trawlers
        in the Barents Sea off Murmansk next season, after a Norwegian inspector found no
        problems on board.""",
    ),
]

# Batch T6, written blind after the fixes of T5, run before T4. Before: counts 1.00 / 1.00,
# count+destination 1.00 / 1.00 (the part of a whole, "the region" past another group's
# sentence, a home flight via a third country and a joint list already hold); one status
# wrong: "about 20 others moved on to jobs in Malta" took the return of the clause before
# ('moved on', 'moved to', 'went on to' as dispatch cues). After: 1.00 / 1.00, statuses all.
BATCH_6: list[Article] = [
    (
        "T6",
        "ulaanbaatar-parts",
        "~3000@MN/present =1200@MN/present =400@MN/present",
        """About 3,000 North Korean workers are in Mongolia, the labour ministry said on
        Monday. || Of them, 1,200 work on building sites and 400 at cashmere plants.""",
    ),
    (
        "T6",
        "magadan-region-back",
        "~450@RU/present =150@RU/planned",
        """MAGADAN (Kolyma Herald) - About 450 North Korean builders are working in the
        Magadan region, the governor's office said. || The city's 4,000 Chinese traders mostly
        come from Heilongjiang and Jilin, it said. || A further 150 North Koreans will arrive
        in the region in June.""",
    ),
    (
        "T6",
        "okhotsk-crews",
        "~300@RU/present",
        """About 300 North Korean crew members work on Russian trawlers in the Sea of Okhotsk,
        a fisheries researcher in Tokyo said, adding that Japanese boats hire none.""",
    ),
    (
        "T6",
        "szczecin-left-malta",
        "=60@PL/repatriated ~20@MT/dispatched",
        """Poland ends North Korean permits // WARSAW (Baltic Business Daily) - Poland has
        stopped issuing work permits to North Koreans. || The last 60 North Korean shipyard
        workers in Szczecin went home in June, while about 20 others moved on to jobs in
        Malta.""",
    ),
    (
        "T6",
        "kuwait-via-dubai",
        "~200@KW/repatriated",
        """Some 200 North Korean workers from Kuwait were flown home to Pyongyang via Dubai
        last week, a diplomat said on Saturday.""",
    ),
    (
        "T6",
        "hunchun-spokeswoman",
        "=1500@CN/present",
        """China's Commerce Ministry spokeswoman said on Thursday that China had hired no North
        Korean workers since 2017, when asked about reports that 1,500 North Korean women work
        at seafood plants in Hunchun.""",
    ),
    (
        "T6",
        "tokyo-watchdog-shenyang",
        "=800@CN/present",
        """Tokyo-based Asia Labour Watch said 800 North Korean IT workers were operating from
        Shenyang and Dandong under false names, earning money for Pyongyang.""",
    ),
    (
        "T6",
        "gulf-joint-figure",
        "~5000@QA,KW,AE/present",
        """Some 5,000 North Korean workers are employed in Qatar, Kuwait and the UAE, a Seoul
        think tank said on Wednesday, while Russia hosts the largest group.""",
    ),
]

ARTICLES: list[Article] = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_5 + BATCH_6 + BATCH_4

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "T4-ministry-spokeswoman": "destination and count: '4,000 North Korean workers were "
    "employed legally ..., against 200 citizens of Vietnam working in Poland and Germany' "
    "gives the 4,000 the other group's places (not the Russian ministry's country) and counts "
    "the 200 citizens of Vietnam as workers",
}
KNOWN_DETAILS: dict[str, str] = {
    "T4-africa-split": "status: 'Of the 1,100 North Korean workers sent to Africa in 2019, "
    "600 went to ...' reads present (the whole of a partitive as a stock, though 'sent' "
    "makes it a flow)",
    "T2-vladivostok-manager": "status: 'we want 100 more by summer' reads present ('want' is "
    "no plan cue)",
}


# Each article under the short-news comparisons: claims by the count+destination key, then
# the qualifiers and statuses of the matched figures.
CHECKS = {
    "counts": (SHORT.test_counts_and_destinations, KNOWN_COUNTS),
    "details": (SHORT.test_qualifiers_statuses, KNOWN_DETAILS),
}


@pytest.mark.parametrize(
    ("check", "spec", "raw"),
    [
        pytest.param(check, *case.values, id=f"{name}-{case.id}", marks=case.marks)
        for name, (check, known) in CHECKS.items()
        for case in LONG._params(known, ARTICLES)
    ],
)
def test_destination_traps(extractor, check, spec, raw):
    check(extractor, spec, raw)
