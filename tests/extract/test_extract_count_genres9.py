"""Worker counts named by a trade the count stage did not know, and entries on a visa of work:
midwives, masseuses, hairdressers, nannies, weavers, bakers and paramedics as the workers'
noun; "entered ... on work visas", "on labour visas", "with work permits" as the purpose of an
entry; with the shapes left open by ``test_extract_sector_genres2.py`` (women before a verb of
work in the progressive, "Among them are N North Koreans") in other words; and hard negatives
of the same shapes: other nationalities' midwives and bakers, soldiers, tourists and students
entering on visas, and DPRK weavers at home.

The articles are invented for this file (people, outlets, firms, figures), and the batch went
into git with its expected claims before its first extractor run; notation, comparison and
conventions follow ``test_extract_count_genres8.py`` (``Q VALUE@DESTS/STATUS``, " // " ends
the headline; "none" for an article with no worker claim).
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch R1, written blind (14 articles, 11 expected figures) after the fixes of this round
# (job roots midwife, masseuse, hairdresser ...; visas and permits of work as an entry's
# purpose). First run: 13 of 14 articles right, counts 10 of 11 found, 0 spurious (the four
# negatives give no claim; statuses all matched): the new trade nouns, "on labour visas" and
# "with work permits" and the progressive "women are stitching work gloves" all read. Missed:
# "Among them are 19 North Koreans" after a crew named in the sentence before (a member word
# before the figure with no group figure counted; also missed with "It includes" and "are
# among them"). Fixed: a member word before a figure whose noun names the DPRK no longer
# drops it when no count figure stands before it in the text and the sentence before names
# workers (counts ``_dprk_part_of_uncounted``: the DPRK part of an uncounted group). After:
# 14 of 14 articles, counts 11 of 11, no spurious claim.
BATCH_1: list[Article] = [
    (
        "R1",
        "midwives-clinic",
        "~25@LA/present",
        """VIENTIANE - About 25 North Korean midwives work at a private maternity clinic in
        Vientiane, a Lao health official said. The clinic is run by a Pyongyang trading firm.""",
    ),
    (
        "R1",
        "masseuses-spa",
        "~60@KH/present",
        """PHNOM PENH - Some 60 North Korean masseuses are employed at spas in Phnom Penh and
        Siem Reap, according to a Cambodian labour inspector.""",
    ),
    (
        "R1",
        "hairdressers-salons",
        "~35@RU/present",
        """VLADIVOSTOK - Around 35 North Korean hairdressers now work in beauty salons across
        Vladivostok, the regional migration office said.""",
    ),
    (
        "R1",
        "labour-visas-entry",
        "~3100@RU/dispatched",
        """BLAGOVESHCHENSK - About 3,100 North Koreans entered Russia on labour visas in the
        first half of the year, border statistics showed. Most were headed for building sites
        in the Far East.""",
    ),
    (
        "R1",
        "work-permits-arrived",
        "~800@MN/dispatched",
        """ULAANBAATAR - Roughly 800 North Koreans arrived in Mongolia with work permits last
        year, the Mongolian immigration agency said in its annual report.""",
    ),
    (
        "R1",
        "weavers-women-progressive",
        "~180@CN/present",
        """TUMEN - Some 180 North Korean weavers are working at a silk mill in Tumen, Jilin
        province, a Chinese customs broker said.""",
    ),
    (
        "R1",
        "bakers-and-paramedics",
        "~40@AE/present ~12@AE/present",
        """SHARJAH - A bakery chain in Sharjah employs about 40 North Korean bakers, while 12
        North Korean paramedics staff a private ambulance service, a Gulf labour researcher
        said.""",
    ),
    (
        "R1",
        "among-them-crew",
        "=19@PE/present",
        """North Korean deckhands stuck in Peru // CALLAO - The crew of a Taiwanese longliner
        has been held in port since May. Among them are 19 North Koreans, who say they have
        not been paid, a union organiser said.""",
    ),
    (
        "R1",
        "women-stitching-progressive",
        "~220@RU/present",
        """KHABAROVSK - About 220 North Korean women are stitching work gloves at a factory on
        the edge of Khabarovsk, a local reporter found.""",
    ),
    (
        "R1",
        "uzbek-midwives-negative",
        "~70@RU/present",
        """TOMSK - About 300 Uzbek midwives work in Tomsk region hospitals, the health ministry
        said. About 70 North Korean workers are employed on a hospital building site in the
        city.""",
    ),
    (
        "R1",
        "tourists-visas-negative",
        "none",
        """VLADIVOSTOK - About 1,500 North Koreans entered Russia on tourist visas last year, the
        border service said, a figure officials say has nothing to do with labour.""",
    ),
    (
        "R1",
        "soldiers-negative",
        "none",
        """KURSK - Some 2,000 North Korean soldiers are clearing mines in the Kursk region, a
        Ukrainian intelligence official said. Their work is military, not commercial.""",
    ),
    (
        "R1",
        "students-visas-negative",
        "none",
        """KAZAN - About 90 North Korean students entered Russia on student visas this autumn to
        study engineering at Kazan Federal University, the university said.""",
    ),
    (
        "R1",
        "weavers-at-home-negative",
        "none",
        """PYONGYANG - About 4,000 North Korean weavers work at the Kim Jong Suk silk mill in
        Pyongyang, state media said, praising their output.""",
    ),
]

# Batch R2, written blind (13 articles) after the fixes of batch R1: the same phenomena in other
# words (trades, visas of work, a DPRK part of a group named before) and negatives of the
# member shape (a gang, athletes, a mixed total counted before). First run: 11 of 13 articles
# right, counts 11 of 13 (no spurious claim but the vague whole below): the trades (nannies,
# knitters, barbers, packers, maids), "on working visas", "on employment visas", "Among them
# were about 45 North Koreans" after welders, and the negatives (an arrested ring, wrestlers,
# business visas, Uzbek nannies) all read. Missed: "About 2,000 foreign workers are building a
# bridge ... Among them are 40 North Koreans" (the mixed whole in the sentence before) and
# "Dozens of fishermen from a Chinese tuna fleet ... They include 23 North Koreans" (the vague
# whole claimed, the part dropped). Fixed: the first (the DPRK part of a mixed whole named by
# the sentence before, as ``_dprk_part_of_mixed`` in one sentence). After: 12 of 13, counts
# 12 of 13 and one spurious (the vague "Dozens", left with the 23 as a strict xfail).
BATCH_2: list[Article] = [
    (
        "R2",
        "nannies-households",
        "~50@KW/present",
        """KUWAIT CITY - Around 50 North Korean nannies look after children in wealthy Kuwaiti
        households, a domestic workers' rights group said.""",
    ),
    (
        "R2",
        "knitters-mill",
        "~140@CN/present",
        """HUNCHUN - About 140 North Korean knitters are employed at a sweater mill in the
        Hunchun border zone, according to a Chinese trade journal.""",
    ),
    (
        "R2",
        "barbers-beauticians",
        "~30@RU/present",
        """NOVOSIBIRSK - Some 30 North Korean barbers and beauticians work at a chain of salons in
        Novosibirsk, a regional newspaper reported.""",
    ),
    (
        "R2",
        "working-visas-entered",
        "~650@BY/dispatched",
        """MINSK - Roughly 650 North Koreans entered Belarus on working visas last year,
        according to figures from the Belarusian interior ministry.""",
    ),
    (
        "R2",
        "employment-visas-came",
        "~240@LA/dispatched",
        """VIENTIANE - About 240 North Koreans came to Laos on employment visas in 2025, a Lao
        labour ministry report said.""",
    ),
    (
        "R2",
        "they-include-part",
        "=23@FJ/present",
        """Unpaid fishermen in Suva // SUVA - Dozens of fishermen from a Chinese tuna fleet have
        complained to Fiji's labour ministry about unpaid wages. They include 23 North Koreans,
        a ministry spokeswoman said.""",
    ),
    (
        "R2",
        "among-the-workers-part",
        "~45@PL/present",
        """GDANSK - Welders at a Gdansk shipyard staged a sit-in on Monday over late pay. Among
        them were about 45 North Koreans, a Polish union official said.""",
    ),
    (
        "R2",
        "packers-maids",
        "~90@RU/present ~20@RU/present",
        """VLADIVOSTOK - About 90 North Korean packers work at a seafood plant in Vladivostok,
        and some 20 North Korean maids clean rooms at a hotel in the city centre, a migration
        official said.""",
    ),
    (
        "R2",
        "gang-arrested-negative",
        "none",
        """DANDONG - Chinese police broke up a cigarette smuggling ring on the border last week.
        Among those arrested were 12 North Koreans, state media said.""",
    ),
    (
        "R2",
        "athletes-negative",
        "none",
        """KAZAN - A team of wrestlers has arrived in Kazan for an international tournament.
        Among them are 14 North Koreans, the organisers said.""",
    ),
    (
        "R2",
        "mixed-total-counted-negative",
        "=40@RU/present",
        """KHABAROVSK - About 2,000 foreign workers are building a bridge over the Amur, the
        contractor said. Among them are 40 North Koreans, it said.""",
    ),
    (
        "R2",
        "business-visas-negative",
        "none",
        """BEIJING - About 300 North Koreans entered China on business visas in March to attend
        a trade fair in Beijing, Chinese customs data showed.""",
    ),
    (
        "R2",
        "uzbek-nannies-negative",
        "none",
        """MOSCOW - About 5,000 Uzbek nannies work in Moscow households, a migration researcher
        estimated. None of the families interviewed employed North Koreans.""",
    ),
]

# Batch R3, written blind (8 articles) after a fix for sightings: workers seen at a workplace
# (a sighting there is no scene), with scenes of the same words as negatives. First run: 7 of 8
# articles right, counts 4 of 4 and one spurious: "About 900 North Korean miners were seen at a
# coal mine in South Phyongan province" (DPRK labour at home) is claimed with no destination;
# not the sighting rule's doing: "... miners work at a coal mine in South Phyongan province"
# and "... near Pyongyang" are claimed too (a home place after the workplace, not right after
# the noun, does not set the figure at home). Left as a strict xfail.
BATCH_3: list[Article] = [
    (
        "R3",
        "seen-at-building-site",
        "~80@RU/present",
        """YUZHNO-SAKHALINSK - About 80 North Korean workers were seen at a building site on
        Lenin Street this month, a local activist said, despite the sanctions.""",
    ),
    (
        "R3",
        "photographed-in-greenhouses",
        "~45@RU/present",
        """ARTEM - Some 45 North Korean labourers were photographed in greenhouses outside Artem
        by a regional television crew, the station reported.""",
    ),
    (
        "R3",
        "seen-on-scaffolding",
        "~120@PL/present",
        """WROCLAW - Around 120 North Korean workers could be seen on scaffolding at a hotel
        project in Wroclaw, a Polish union member said.""",
    ),
    (
        "R3",
        "filmed-in-sawmill",
        "~30@RU/present",
        """LESOSIBIRSK - About 30 North Korean loggers were filmed in a sawmill near Lesosibirsk
        by an investigative website.""",
    ),
    (
        "R3",
        "seen-at-airport-negative",
        "none",
        """VLADIVOSTOK - About 70 North Korean workers were seen at the airport queuing for a
        flight to Pyongyang, a passenger said.""",
    ),
    (
        "R3",
        "photographed-at-ceremony-negative",
        "none",
        """MOSCOW - Some 200 North Korean workers were photographed at a concert in Moscow,
        waving small flags, state media in Pyongyang showed.""",
    ),
    (
        "R3",
        "soldiers-seen-negative",
        "none",
        """KURSK - About 500 North Korean soldiers were seen at a training ground near Kursk, a
        Ukrainian official said.""",
    ),
    (
        "R3",
        "seen-at-home-mine-negative",
        "none",
        """PYONGYANG - About 900 North Korean miners were seen at a coal mine in South Phyongan
        province in state television footage.""",
    ),
]

ARTICLES: list[Article] = BATCH_1 + BATCH_2 + BATCH_3

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "R2-they-include-part": "count: 'Dozens of fishermen from a Chinese tuna fleet have "
    "complained ... They include 23 North Koreans' claims the vague 'Dozens' (the mixed whole "
    "of unknown nationality, CN) and drops the 23 (a vague figure before the member word)",
    "R3-seen-at-home-mine-negative": "count: 'About 900 North Korean miners were seen at a coal "
    "mine in South Phyongan province' is claimed (no destination): a DPRK place after the "
    "workplace does not set the figure at home (the same with 'work at')",
}

# no qualifier or status miss: every figure found has its expected status
test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, known_details={})
