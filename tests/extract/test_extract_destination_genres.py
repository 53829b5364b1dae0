"""Genres and shapes the earlier destination sets did not cover, written blind for where a
worker figure's workers are: statistics releases and data stories (a migration service's
entries "for work purposes" per nationality, a border service's table written as prose,
year-by-year series "in 2019 ... in 2023 ..."), country breakdown lists with parentheses or
colons ("Russia (about 10,000), China (up to 50,000)", "China: 40,000; Russia: 15,000");
timelines and explainers with bullet-like lines, photo captions, headline+dek only items,
Q&A explainers, corrections; place adjectives ("Russian building sites", "Emirati
contractors"), places named only by a city, region, island or fishing ground, "across",
"throughout", "in the rest of", "outside", "beyond", two places with a figure each in one
sentence, and home or transit places (trained in Pyongyang, via Beijing, recalled to
Sinuiju).

Written for this file (invented people, outlets, firms, figures), each batch committed
before its first run; notation and comparison as in ``test_extract_destination_long2.py``
(``Q VALUE@DESTS/STATUS``; " // " ends the headline, " || " a paragraph).

First runs, each batch before any change (N1 was run alone, then N2 and N3 were written
and committed before their run; no rule had changed in between):

| batch | articles | figures | count P | count R | cnt+dest P | cnt+dest R |
|---|---|---|---|---|---|---|
| N1 | 12 | 27 | 25/30 | 25/27 | 24/30 | 24/27 |
| N2 | 12 | 21 | 21/21 | 21/21 | 18/21 | 18/21 |
| N3 | 14 | 19 | 19/19 | 19/19 | 17/19 | 17/19 |

N1 lost most on the count side: other nations' figures in a per-nationality release were
read as North Korean workers ("Citizens of Uzbekistan, with 212,000 entries for work, and
Tajikistan, with 148,000" as 2 figures in TJ; "Mongolia's own labour migrants, about 60,000
of them" in MN; the all-nationalities total "14,200 entries for work purposes"); in
"Chinese citizens accounted for 5,900 of them, Vietnamese citizens for 2,300 and North
Korean citizens for 1,450" the Vietnamese 2,300 was read and the North Korean 1,450 took
Vietnam; a border table's elided rows ("..., 1,650 who arrived through Vladivostok airport
and 410 who came by sea") were not read. N2 lost three destinations: "Up to 3,000 North
Korean workers still on Gulf building sites" took the dek's Kuwait, Qatar and Oman ("Gulf"
as a place adjective was not read); "perhaps 500 North Korean workers remain in the region"
took the countries of the line before, not the headline's Gulf; a figure placed only by a
closing correction ("An earlier version ... said the workers were in Mongolia; they are in
Kazakhstan") had no place. N3 lost two: "trawlers in the Kuril fishing grounds" took Japan
(the speaker's seat in Sapporo; the fishing grounds were no place) and "Outside China, the
largest group, about 20,000 ..., is in Russia" took China with Russia. Statuses: "95 North
Korean workers in the whole of 2022" (against entries) read present; "IT workers, trained
in Pyongyang, now work" read recruiting.

Fixed, as general rules: "Gulf" is a region adjective (``regions.yaml``), placing only
before a site noun as any demonym ("Gulf building sites", "Gulf contractors"; "the Gulf of
Thailand" stays no place); "outside" and "beyond" before a country leave it out, before a
city or region they place the workers in its country ("estates outside Moscow", "beyond
the Urals"; cues ``origin_before`` and ``proximity_before``); "the region" points back to
the nearest world region or province named before, else to the countries as before
(grammar ``place_types``); the Kuril Islands (Kurils, Iturup, Kunashir, Shikotan) and the
Sea of Okhotsk are Russia in the gazetteer. After these (N1-N3): N1 24/30 and 24/27, N2
20/21 and 20/21, N3 19/19 and 19/19 (count+destination; counts unchanged).

N4 (11 articles, 18 figures, written blind after the N1-N3 fixes, the same genres in new
wording), first run: count 17/17 and 17/18, count+destination 16/17 and 16/18. Fixed: "Qatari
developer sends 250 North Korean workers home" went abroad (M49:001): singular workplace
and employer nouns (developer, yard, plantation, hotel, workshop) join the site nouns after
a demonym ("contractor" was tried and not kept: "hired through a Chinese contractor" then
placed a Malaysian mine's miners in China). This also fixed a strict xfail of the count
styles set ("have cycled through foreign camps and yards" is abroad, not a transit). The
miss left is a factbox row with a bare figure ("Chinese border provinces: 2,500").

Count fixes for N1, made after N4: "Mongolia's own labour migrants, about 60,000 of them"
are that country's people (grammar ``country_own_possessives``, as "Ukrainian welders ...,
some 4,000 of them"); in a sentence on entries, a figure after other nations' citizens
("Citizens of Uzbekistan, with 212,000 entries for work, and Tajikistan, with 148,000") is
theirs; a list of figures sharing the first one's noun, each with its own relative clause
("2,310 North Korean workers who crossed ..., 1,650 who arrived ... and 410 who came ...",
grammar ``elided_list_joiners``, ``elided_list_relatives``), is read whole.

N5 (10 articles, 14 figures, written blind after all of the above), first run: 14/14 in
every column, statuses all right; no change.

N6 (10 articles, 10 figures, written blind after N5: place phrases around the figure), first
run: count 10/10 and 10/10, count+destination 8/10 and 8/10. "More than 20,000 North Korean
workers are now within Russia's borders, a Ukrainian intelligence official claimed in Kyiv"
took Ukraine, and "work on Russian-flagged trawlers, a Japanese maritime researcher said in
Tokyo" took Japan: a place right after a speech verb ("said in Tokyo", "told a forum in
Seoul", "said on Tuesday at a news conference in Moscow"; grammar ``speech_seat_*``) is
where the speech was made, unless a direct quote stands before it ('"We have 80 welders on
this site," a foreman told reporters in Gdansk' stays Poland). After: 9/10 and 9/10; the
flagged trawlers now have no place (the cues' flag-state convention; a strict xfail).

Each batch's first run (before its own fixes) and the result after every fix (P / R):

| batch | articles | figures | first count P | R | first cnt+dest P | R | after cnt+dest P | R |
|---|---|---|---|---|---|---|---|---|
| N1 | 12 | 27 | 25/30 | 25/27 | 24/30 | 24/27 | 26/29 | 26/27 |
| N2 | 12 | 21 | 21/21 | 21/21 | 18/21 | 18/21 | 20/21 | 20/21 |
| N3 | 14 | 19 | 19/19 | 19/19 | 17/19 | 17/19 | 19/19 | 19/19 |
| N4 | 11 | 18 | 17/17 | 17/18 | 16/17 | 16/18 | 17/17 | 17/18 |
| N5 | 10 | 14 | 14/14 | 14/14 | 14/14 | 14/14 | 14/14 | 14/14 |
| N6 | 10 | 10 | 10/10 | 10/10 | 8/10 | 8/10 | 9/10 | 9/10 |
| all | 69 | 109 | 106/111 | 106/109 | 97/111 | 97/109 | 105/110 | 105/109 |

After, counts are 108/110 and 108/109. Left as strict xfails: N1's per-nationality split of
all entries (the all-nationalities total and the Vietnamese figure are read, and the North
Korean one takes Vietnam), N2's closing correction, N4's factbox row, N6's flag state; two
statuses.
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

# Batch N2, written blind: timelines and explainers with bullet-like lines, photo captions,
# headline+dek only items, Q&A explainers, corrections.
BATCH_2: list[Article] = [
    (
        "N2",
        "timeline-russia-years",
        "~30000@RU/present ~1000@RU/present ~2000@RU/dispatched ~13000@RU/dispatched",
        """Timeline: North Korean labour in Russia // 2017 - The UN Security Council bans new
        work permits for North Koreans; about 30,000 North Korean workers are in Russia. ||
        2019 - Moscow says it has sent most of them home; about 1,000 North Korean workers
        remain, according to a researcher in Moscow. || 2023 - Some 2,000 North Korean
        workers arrive in the Far East on student visas. || 2024 - Seoul's spy agency says
        about 13,000 North Korean workers entered Russia during the year.""",
    ),
    (
        "N2",
        "caption-timber-yard",
        "~200@RU/present",
        """In pictures: the timber camps of the Amur // North Korean workers at a timber yard
        near Tynda, Amur region, in 2018. About 200 North Koreans worked at the yard at the
        time, its former manager said. (Photo: Far East Pictures)""",
    ),
    (
        "N2",
        "headline-dek-laos",
        "=600@LA/present",
        """Laos hosts 600 North Korean workers, lawmaker says // Opposition deputy cites
        interior ministry figures; Vientiane denies any breach of UN sanctions""",
    ),
    (
        "N2",
        "headline-dek-gulf",
        "<3000@M49:145/present v2@OM/present",
        """Up to 3,000 North Korean workers still on Gulf building sites // Most are in
        Kuwait and Qatar, diplomats say; Oman hosts several hundred North Korean workers
        more""",
    ),
    (
        "N2",
        "qa-explainer-russia",
        "~15000@RU/present v2@RU/present ~50000@CN/present",
        """Q&A: Why are North Korean workers going to Russia? // How many are there? || South
        Korea's intelligence service estimates that about 15,000 North Korean workers are
        now in Russia, up from a few hundred in 2022. || Where do they work? || Mostly on
        building sites in Moscow and the Far East, and at seafood plants in Primorye. || Is
        it legal? || No. UN sanctions adopted in 2017 ban the practice. China, which hosted
        about 50,000 North Korean workers before the sanctions, says it has complied.""",
    ),
    (
        "N2",
        "correction-country",
        "~120@KZ/present",
        """North Korean builders at cement plant // About 120 North Korean workers are
        building a cement plant, a regional official told the Steppe Observer on Monday. ||
        The official said the workers had arrived on trainee visas in the spring. || Correction:
        An earlier version of this article said the workers were in Mongolia; they are in
        Kazakhstan.""",
    ),
    (
        "N2",
        "correction-figure",
        "=500@RU/present",
        """About 500 North Korean workers are building a hospital in Vladivostok, the city's
        construction department said. || This story has been corrected to show that the
        number of North Korean workers on the hospital site is 500, not 5,000 as previously
        reported.""",
    ),
    (
        "N2",
        "africa-key-dates",
        "~200@NA/repatriated =150@AO/repatriated ~30@TZ/present",
        """Key dates // - 2016: Namibia ends contracts with two North Korean firms; about 200
        North Korean workers leave the country. || - 2018: Angola sends home 150 North Korean
        workers, its foreign ministry says. || - 2020: A UN panel reports that about 30 North
        Korean doctors still work in Tanzania.""",
    ),
    (
        "N2",
        "caption-seoul-dateline",
        "~400@CN/present",
        """SEOUL (Korea Wire) - North Korean workers wait for a bus outside a seafood plant in
        Hunchun, China, in this undated photo provided by a rights group. || About 400
        North Korean women work at the plant, the group said on Thursday. || The group did
        not say how it obtained the photo.""",
    ),
    (
        "N2",
        "numbered-explainer-gulf",
        "~5000@KW,QA/present ~500@M49:145/present",
        """Five things to know about North Korea's workers in the Gulf // 1. Numbers: about
        5,000 North Korean workers were in Kuwait and Qatar in 2017. || 2. Today: perhaps 500
        North Korean workers remain in the region, diplomats say. || 3. Sectors: mostly
        construction, with some in hospitals. || 4. Pay: most of their wages go to
        Pyongyang. || 5. Sanctions: the UN ordered all of them home by 2019.""",
    ),
    (
        "N2",
        "headline-dek-recall-sinuiju",
        "=300@CN/repatriated",
        """Pyongyang recalls 300 workers from Chinese garment plants // The North Korean women,
        who sewed uniforms in Dandong, were sent back to Sinuiju last week, traders say""",
    ),
    (
        "N2",
        "qa-who-is-counting",
        "~2000@CN,RU/present",
        """Who is counting? || South Korea's unification ministry in Seoul said in 2024 that
        about 2,000 North Korean IT workers were working in China and Russia. || Are they
        paid? || Most of their earnings are sent to Pyongyang, the ministry said.""",
    ),
]

# Batch N3, written blind: place adjectives on workplaces and employers, places named only by
# a city, region, island or sea, "across", "throughout", "in the rest of", "outside",
# "beyond", two places with a figure each in one sentence, and home or transit places.
BATCH_3: list[Article] = [
    (
        "N3",
        "russian-building-sites",
        "~6000@RU/present",
        """About 6,000 North Korean workers are employed on Russian building sites, a
        builders' union in Seoul estimated on Monday. || The union said most had come on
        student visas.""",
    ),
    (
        "N3",
        "chinese-seafood-plant",
        "=250@CN/present",
        """A Chinese seafood plant employs 250 North Korean women who peel shrimp in
        12-hour shifts, a supplier told the Korea Wire. || The supplier, who lives in Seoul,
        asked not to be named.""",
    ),
    (
        "N3",
        "emirati-contractors",
        "~400@AE/present",
        """Emirati contractors still employ about 400 North Korean labourers, two diplomats in
        Geneva said. || The contractors did not respond to questions.""",
    ),
    (
        "N3",
        "moscow-rest-of-russia",
        "~2000@RU/present =8000@RU/present",
        """About 2,000 North Korean workers are in Moscow and another 8,000 in the rest of
        Russia, a Seoul think tank estimated. || It did not say how it arrived at the
        figures.""",
    ),
    (
        "N3",
        "distributed-china-russia",
        "=5000@CN/present =3000@RU/present",
        """North Korea keeps 5,000 workers in China and 3,000 in Russia, according to a
        report by a Washington research group. || The group said the workers earn the
        state about $100 million a year.""",
    ),
    (
        "N3",
        "sent-three-countries",
        "=1200@RU/dispatched =800@CN/dispatched =150@LA/dispatched",
        """Pyongyang sent 1,200 workers to Russia, 800 to China and 150 to Laos last year, a
        defector group in Seoul said, citing documents smuggled out of North Korea.""",
    ),
    (
        "N3",
        "trained-in-pyongyang-shenyang",
        "~400@CN/present",
        """About 400 North Korean IT workers, trained in Pyongyang, now work from rented
        apartments in Shenyang, a cybersecurity firm said. || The firm said they earn money
        for the state.""",
    ),
    (
        "N3",
        "via-beijing-to-moscow",
        "=150@RU/dispatched",
        """A group of 150 North Korean workers flew from Pyongyang via Beijing to Moscow last
        week, a Russian newspaper reported. || They will work at building sites in the Moscow
        region.""",
    ),
    (
        "N3",
        "donggang-recalled-sinuiju",
        "~250@CN/repatriated",
        """About 250 North Korean seafood workers in Donggang were recalled to Sinuiju in March,
        a source in North Pyongan province told Free Asia Desk. || The source said they had
        not been paid.""",
    ),
    (
        "N3",
        "kuril-fishing-grounds",
        "~300@RU/present",
        """Around 300 North Korean crew members worked on trawlers in the Kuril fishing grounds
        this season, a Japanese fisheries official said in Sapporo. || Japan claims the
        southern islands.""",
    ),
    (
        "N3",
        "throughout-siberia-beyond-urals",
        "~3500@RU/present",
        """Some 3,500 North Korean loggers and builders work throughout Siberia, a regional
        labour official said in Novosibirsk. || Beyond the Urals, labour is scarce.""",
    ),
    (
        "N3",
        "outside-china-largest",
        "~50000@CN/present ~20000@RU/present",
        """About 50,000 North Korean workers are in China, the report said. Outside China, the
        largest group, about 20,000 North Korean workers, is in Russia. || The report was
        published in Tokyo.""",
    ),
    (
        "N3",
        "sabah-plantation",
        "~50@MY/present",
        """About 50 North Korean workers were found at an oil palm plantation in Sabah, the
        state's labour department said. || They had entered on tourist visas.""",
    ),
    (
        "N3",
        "heilongjiang-province-only",
        "~1000@CN/present",
        """About 1,000 North Korean workers are employed at farms and timber yards in
        Heilongjiang province, a trader in Harbin said. || The trader said most are men.""",
    ),
]

# Batch N4, written blind after the N1-N3 fixes: the same genres in new wording (a
# statistics bulletin, a factbox with colons, a caption, a dek, a Q&A, a timeline, place
# adjectives, islands and seas, "outside", "beyond", "throughout", home and transit places).
BATCH_4: list[Article] = [
    (
        "N4",
        "bulletin-gulf-contractors",
        "~700@M49:145/present",
        """Labour bulletin // About 700 North Korean workers are still employed by Gulf
        contractors, according to a quarterly bulletin of a Geneva-based monitoring group.
        || The bulletin did not break the figure down by country.""",
    ),
    (
        "N4",
        "factbox-colons-regions",
        "=9000@RU/present =2500@CN/present =600@M49:035/present",
        """FACTBOX - North Korean workers abroad, latest estimates // Russian Far East: 9,000
        North Korean workers || Chinese border provinces: 2,500 || Southeast Asia: 600 ||
        Source: a South Korean research institute.""",
    ),
    (
        "N4",
        "caption-iturup-plant",
        "~80@RU/present",
        """Photo: a fish-processing plant on Iturup, in the southern Kurils. About 80 North
        Korean workers are employed at the plant, according to a Japanese former island
        resident who now lives in Nemuro. (Hokkaido Photo Service)""",
    ),
    (
        "N4",
        "dek-outside-russia-beyond",
        "~400@BY/present",
        """Belarus quietly takes in North Korean builders // Outside Russia, the biggest new
        host is its neighbour: about 400 North Korean workers are now on sites in Belarus,
        officials in Minsk say""",
    ),
    (
        "N4",
        "qa-where-in-china",
        "~8000@CN/present",
        """Where in China are they? || Mostly in Liaoning and Jilin provinces. A trade group in
        Shenyang estimates that about 8,000 North Korean women work in seafood plants
        throughout the northeast. || Are any in Beijing? || Very few, the group said.""",
    ),
    (
        "N4",
        "timeline-gulf-region",
        "~6000@M49:145/present =200@KW/repatriated ~100@M49:145/present",
        """Timeline: North Korean labour in the Middle East // 2015 - About 6,000 North Korean
        workers are employed in the Middle East, a UN report says. || 2019 - Kuwait sends
        home 200 North Korean workers. || 2024 - About 100 North Korean workers are believed
        to remain in the region, diplomats say.""",
    ),
    (
        "N4",
        "polish-shipyards-outside-gdansk",
        "~60@PL/present",
        """About 60 North Korean welders worked at Polish shipyards outside Gdansk until 2019,
        a Warsaw newspaper reported. || The yards say they were hired through agencies.""",
    ),
    (
        "N4",
        "flew-via-vladivostok-to-laos",
        "=90@LA/dispatched",
        """Ninety North Korean workers flew from Pyongyang via Vladivostok and Bangkok to
        Vientiane in April, a Lao official said. || They will work on a hotel project.""",
    ),
    (
        "N4",
        "distributed-island-mainland",
        "=300@RU/present =150@RU/present",
        """A regional official said 300 North Korean workers were on Sakhalin and 150 on the
        Kurils. || Most are in fish processing.""",
    ),
    (
        "N4",
        "qatari-site-dek-home-town",
        "=250@QA/repatriated",
        """Qatari developer sends 250 North Korean workers home // The men, recruited in
        Hamhung, had worked on a Doha tower since 2016""",
    ),
    (
        "N4",
        "series-year-colons-laos",
        "=900@LA/present =650@LA/present =300@LA/present",
        """North Korean workers in Laos, by year, according to the group's count: 2018: 900;
        2021: 650; 2024: 300. || The group says most work in restaurants and on farms.""",
    ),
]

# Batch N5, written blind after the N4 fixes and the count fixes: a final measure in the
# same genres (a customs note, a per-region release, a caption, a dek, Q&A lines,
# "across", "in the rest of", an island province, transit and home places, adjectives).
BATCH_5: list[Article] = [
    (
        "N5",
        "across-the-gulf-dek",
        "v3@M49:145/present",
        """Sanctions monitors say thousands of North Korean workers remain across the Gulf //
        Report names no country; diplomats point to building sites and hospitals""",
    ),
    (
        "N5",
        "hainan-island-resort",
        "~150@CN/present",
        """About 150 North Korean waitresses and cooks work at resort hotels on Hainan, a
        travel agent in Sanya said. || The island province is popular with Russian
        tourists.""",
    ),
    (
        "N5",
        "rest-of-china-split",
        "~20000@CN/present ~15000@CN/present",
        """About 20,000 North Korean workers are in Dandong and another 15,000 in the rest of
        China, a Seoul researcher estimated. || The figures exclude IT workers.""",
    ),
    (
        "N5",
        "regional-release-colons",
        "=1240@RU/present =860@RU/present",
        """The Far Eastern labour directorate's release lists North Korean workers by region:
        Primorye: 1,240 North Korean workers; Khabarovsk Krai: 860 North Korean workers. ||
        No figures were given for Amur.""",
    ),
    (
        "N5",
        "caption-kuwait-site",
        "~90@KW/present",
        """North Korean workers on a housing project in Jahra, Kuwait, in 2017 (Gulf Photo
        Agency). About 90 North Korean workers were on the site at the time, its engineer
        said.""",
    ),
    (
        "N5",
        "transit-shenyang-to-vladivostok",
        "=200@RU/dispatched",
        """Some 200 North Korean builders travelled by train through Shenyang and Harbin to
        Vladivostok this month, a Chinese railway worker said. || They will work on a port
        project.""",
    ),
    (
        "N5",
        "malaysian-mine-no-country",
        "~40@MY/present",
        """About 40 North Korean miners worked at a Malaysian coal mine until 2017, court
        records show. || The mine's owner was fined.""",
    ),
    (
        "N5",
        "qa-how-many-russia-china",
        "=10000@RU/present =50000@CN/present",
        """How many North Korean workers are abroad? || Seoul puts the number at 10,000 in
        Russia and 50,000 in China, but admits the figures are rough.""",
    ),
    (
        "N5",
        "sent-home-to-chongjin-from-mongolia",
        "~70@MN/repatriated",
        """About 70 North Korean workers at a Mongolian cashmere plant were sent home to
        Chongjin in May, the plant's owner said in Ulaanbaatar. || He said he had no choice
        under the sanctions.""",
    ),
    (
        "N5",
        "series-kuwait-qatar-years",
        "=2500@KW/present =1800@QA/present",
        """In 2017, Kuwait hosted 2,500 North Korean workers and Qatar 1,800, according to
        the sanctions committee's records. || Both countries say none remain.""",
    ),
]

# Batch N6, written blind after the N5 run and the count fixes: place phrases around the
# figure ("on Russian soil", "on the Chinese side of the border", "in both countries",
# "within Russia's borders", "Russian-flagged trawlers", a joint venture's country, an
# autonomous prefecture, a river town, two cities of one country, "over the border in").
BATCH_6: list[Article] = [
    (
        "N6",
        "on-russian-soil",
        "~12000@RU/present",
        """Seoul's spy agency believes about 12,000 North Korean workers are now on Russian
        soil, a lawmaker said after a briefing. || The agency did not give a breakdown.""",
    ),
    (
        "N6",
        "chinese-side-of-border",
        "v3@CN/present",
        """Thousands of North Korean women work in factories on the Chinese side of the
        border, a defector who worked in one of them told a forum in Seoul. || She said the
        women were not allowed to leave their dormitories.""",
    ),
    (
        "N6",
        "both-countries-anaphor",
        "~3000@CN,RU/dispatched",
        """China and Russia both deny breaching the sanctions. But about 3,000 North Korean
        workers entered the two countries in the first half of the year, a Seoul think tank
        said.""",
    ),
    (
        "N6",
        "russian-flagged-trawlers",
        "~250@RU/present",
        """About 250 North Korean crew members work on Russian-flagged trawlers, a Japanese
        maritime researcher said in Tokyo. || The trawlers land their catch in Busan.""",
    ),
    (
        "N6",
        "joint-venture-mongolia",
        "=85@MN/present",
        """A Russian-Chinese joint venture employs 85 North Korean miners at a coal mine in
        Mongolia's south, a Mongolian lawmaker said. || The venture declined to comment.""",
    ),
    (
        "N6",
        "yanbian-prefecture",
        "~6000@CN/present",
        """About 6,000 North Korean workers are employed in the Yanbian Korean Autonomous
        Prefecture, according to a trade association in Yanji. || Most work in garment and
        food plants.""",
    ),
    (
        "N6",
        "two-cities-one-country",
        "~1500@RU/present",
        """About 1,500 North Korean builders work in Vladivostok and Khabarovsk, a regional
        official said in Moscow. || The official said more are expected.""",
    ),
    (
        "N6",
        "over-the-border-in-russia",
        "~400@RU/present",
        """Residents of the Chinese border town of Hunchun say about 400 North Korean workers
        are employed over the border in Russia, at fish plants near Khasan. || Hunchun's own
        plants have hired fewer North Koreans this year.""",
    ),
    (
        "N6",
        "within-russias-borders",
        ">20000@RU/present",
        """More than 20,000 North Korean workers are now within Russia's borders, a Ukrainian
        intelligence official claimed in Kyiv. || Russia did not comment.""",
    ),
    (
        "N6",
        "tumen-river-town",
        "~300@CN/present",
        """About 300 North Korean women sew garments at a factory in Tumen, the Chinese river
        town across from Namyang, a source in North Hamgyong province said. || Their wages are
        paid to a state trading company.""",
    ),
]

BATCHES = [BATCH_1, BATCH_2, BATCH_3, BATCH_4, BATCH_5, BATCH_6]
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "N1-nationalities-in-middle": "count: a per-nationality split of all entries ('Chinese "
    "citizens accounted for 5,900 of them, Vietnamese citizens for 2,300 and North Korean "
    "citizens for 1,450') keeps the all-nationalities total 14,200 and the Vietnamese 2,300, "
    "and the North Korean 1,450 takes Vietnam from the gapped clause before it",
    "N6-russian-flagged-trawlers": "destination: 'work on Russian-flagged trawlers' has no "
    "place: a flag state is no workplace by the cues' convention (flag_before, the "
    "'-flagged' suffix a modifier: 'boats flying the flags of Togo'); RU was expected when "
    "written (debatable: unlike a flag of convenience, a Russian-flagged trawler fishes in "
    "Russian waters). Before the speech-seat rule it took Japan from 'said in Tokyo'",
    "N4-factbox-colons-regions": "count: a factbox row with a bare figure ('Chinese border "
    "provinces: 2,500', the noun only on the row before) is not read",
    "N2-correction-country": "destination: the figure is placed only by a closing correction "
    "('An earlier version of this article said the workers were in Mongolia; they are in "
    "Kazakhstan'), which context does not read forward",
}
KNOWN_DETAILS: dict[str, str] = {
    "N1-kazakh-half-against-year": "status: 'against 95 North Korean workers in the whole of "
    "2022' (compared with entries: a flow) reads present",
    "N3-trained-in-pyongyang-shenyang": "status: 'About 400 North Korean IT workers, trained in "
    "Pyongyang, now work from rented apartments' reads recruiting (the participle of the "
    "apposition wins over 'now work')",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
