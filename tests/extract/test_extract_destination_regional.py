"""Regional outlets' items written blind for a worker figure's destination: Russia's Far
East and Siberia (Sakhalin, the Kurils, Kamchatka, Magadan, Ussuriysk, Khabarovsk Krai,
Smolensk), Central Asia (Uzbekistan, Kazakhstan, Kyrgyzstan, Tajikistan), Mongolia
(Ulaanbaatar, Darkhan), China's border (Hunchun, Shenyang, Yanji, Donggang, Dandong), the
Gulf (Lusail, Doha, Oman, the UAE, Kuwait), Africa (Angola, Mozambique, Algeria, Nigeria,
Equatorial Guinea), Southeast Asia (Vientiane, Luang Prabang, Cambodia, Vietnam, Bangkok)
and Eastern Europe (Gdansk, Belarus): ship and port reports, court and customs cases,
think-tank tables written as prose and multi-country round-ups. Phenomena: several
countries in one sentence with one figure each ("respectively") or one shared figure,
world regions against countries ("the Gulf", "Central Asia", "Africa", "Southeast Asia",
"Eastern Europe", "the Russian Far East"), cities and provinces for their country, moves
from one country to another ("moved from China to Russia", "transferred from Russia to
Belarus"), transit against destination, home places that must not become destinations
(Pyongyang, Sinuiju, Rajin), negated and excluded places ("not Qatar", "besides China"),
a speaker's or outlet's seat against the workers' place, an employer's nationality or
seat against the work place (a Chinese firm in Russia, a Dubai-based contractor in Doha),
and "overseas" / "in more than 40 countries" (``M49:001``).

Every article was written for this file (people, outlets, firms and figures invented) and
the expected claims were committed before the extractor was run on them. The claim
notation is that of ``test_extract_long_articles.py`` (``Q VALUE@DESTS/STATUS``; " // "
ends the headline, " || " a paragraph), the comparison that of
``test_extract_short_news.py``.

First run (G1-G4, 36 articles, 42 worker figures), before any change: counts 1.00 (42/42) /
1.00 (42/42), count+destination 1.00 (42/42) / 1.00 (42/42); every article passed the count
check. One status missed: "The cargo vessel Ocean Star carried 130 North Korean workers from
Rajin to Vladivostok" (expected dispatched; a strict xfail).

G5 (14 articles written blind after G1-G4 had been run, no rule changed; 16 figures),
before any change: counts 1.00 (16/16) / 1.00 (16/16), count+destination 0.94 (15/16) /
0.94 (15/16); one status missed. Fixed: "In neighbouring Kuwait, about 2,000 ..." had no
place ('neighbouring' marks a border, "the region neighbouring China", but after a
preposition of place it describes the place itself: cues ``origin_adjectives`` and
``adjective_placing_before``); "a broker who had smuggled 25 North Korean workers into
Laos" read present ('smuggle' is now a dispatch verb). After: counts and count+destination
1.00 (58/58) / 1.00 (58/58) over G1-G5.

G6 (12 longer articles written blind after the G5 fixes; 15 figures), before any change:
counts 1.00 (14/14) / 0.93 (14/15), count+destination 0.93 (13/14) / 0.87 (13/15). Fixed:
"The United States imposed sanctions on two Lao firms last month. || About 400 North Korean
workers remain" carried the US (an observer state acting on others' workers, grammar
``observer_acts``, is no host: it now is a speaker, which context skips). After: counts
1.00 (14/14) / 0.93 (14/15), count+destination 1.00 (14/14) / 0.93 (14/15); the miss is a
story that never names North Korea (a strict xfail, as W1-not-china-but-russia). A status
fixed too: "moved back to China from Russia" read present ('move back to' is now a dispatch
verb; "back to" a home place stays a return).

G7 (10 articles written blind after the G6 fixes; 13 figures), before any change: counts
1.00 (13/13) / 1.00 (13/13), count+destination 0.85 (11/13) / 0.85 (11/13). Fixed: "Qatar
under pressure // The Gulf state sent home 90" read the region (M49:145): a world region
with a singular classifier after "the"/"this" ("the Gulf state", "The Gulf nation") is one
country named elsewhere, carried by context (grammar ``singular_region_classifiers``);
"gas projects in the Russian Arctic" had no place ("Russian" read as part of a name): the
Russian Arctic, Far North and North and Yamal are now in the gazetteer (RU). After: counts
and count+destination 1.00 (13/13) / 1.00 (13/13).

G8 (8 articles written blind after the G7 fixes; 12 figures), before any change: counts
1.00 (12/12) / 1.00 (12/12), count+destination 0.92 (11/12) / 0.92 (11/12). Fixed: "Russia
and Belarus signed ... || hundreds of North Korean workers have arrived in the two
countries, a Minsk analyst said" read Belarus only: a city before a commenting noun ("a
Minsk analyst", "a Vladivostok economist") was a place; such nouns (analyst, economist,
historian, researcher, scholar, ...) are now organisation nouns, so the city is the
speaker's seat and the pair is carried from the sentence before. After: 1.00 (12/12) /
1.00 (12/12).

G9 (8 articles written blind after the G8 fixes; 11 figures), before any change: counts and
count+destination 1.00 (11/11) / 1.00 (11/11), statuses all right; no change.

G10 (6 longer stories written blind after G9 had been run; 12 figures among migrants,
troops, money and speakers), before any change: counts 0.92 (12/13) / 1.00 (12/12),
count+destination 0.85 (11/13) / 0.92 (11/12). Fixed: "Neighbouring Uzbekistan has about
150" took Kazakhstan from context ('neighbouring' opening the sentence describes its
subject, as after a preposition of place); "Kazakhstan hosts more than a million migrants
from other Central Asian countries" was counted (people "from (other) <nationality>
countries" are those nations', grammar ``other_countries_words`` and ``country_plurals``);
", the group added." read dispatched ('added' in a reporting tail at a sentence's end is
speech: cues ``status_speech_homographs``). After: counts and count+destination 1.00
(12/12) / 1.00 (12/12); one status is a strict xfail ('placed ... at yards', as W13).

G11 (8 articles written blind after the G10 fixes; 8 figures), before any change: counts
and count+destination 1.00 (8/8) / 1.00 (8/8), statuses all right; no change.

G1-G11 (102 articles, 129 figures) after the fixes: counts 1.00 (128/128) / 0.99
(128/129), count+destination 1.00 (128/128) / 0.99 (128/129).

G12 (8 articles written blind after every fix above; 11 figures), before any change:
counts and count+destination 1.00 (11/11) / 1.00 (11/11), statuses all right; no change.

All twelve batches (G1-G12, 110 articles, 140 figures): counts 1.00 (139/139) / 0.99
(139/140), count+destination 1.00 (139/139) / 0.99 (139/140); the miss is the story whose
figure sentence has no worker noun and which names the DPRK only by its towns (a strict
xfail); two statuses are strict xfails. Over the blind first runs (each batch before its
own fixes): counts 0.99 (139/140) / 0.99 (139/140), count+destination 0.95 (133/140) / 0.95
(133/140).
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch G1, written blind: Russia's Far East and Siberia, Central Asia, Mongolia.
BATCH_1: list[Article] = [
    (
        "G1",
        "sakhalin-kurils",
        "~700@RU/present",
        """YUZHNO-SAKHALINSK (Island Herald) - About 700 North Korean workers are employed at
        fish-processing plants on Sakhalin and the Kuril Islands, the regional labour
        inspectorate said on Monday. || The inspectorate did not name the plants.""",
    ),
    (
        "G1",
        "kamchatka-magadan-each",
        "=320@RU/present =140@RU/present",
        """Labour inspectors counted 320 North Korean builders in Kamchatka and 140 in Magadan
        during spring checks, the Northern Coast Gazette reported. || Both regions have long
        relied on foreign labour for housing projects.""",
    ),
    (
        "G1",
        "moved-china-to-russia",
        "~1000@RU/dispatched",
        """Around 1,000 North Korean seafood workers moved from China to Russia last year after
        Chinese plants ended their contracts, a Seoul-based researcher, Park Min-jae, said. ||
        Most of them now work in Primorye, he added.""",
    ),
    (
        "G1",
        "chinese-firm-ussuriysk",
        "~260@RU/present",
        """A Chinese construction firm employs about 260 North Korean workers on a housing
        project in Ussuriysk, the Primorye Evening News reported. || The firm, registered in
        Harbin, declined to comment.""",
    ),
    (
        "G1",
        "uzbekistan-kazakhstan-shared",
        "~400@UZ,KZ/present",
        """TASHKENT (Steppe Observer) - About 400 North Korean workers are building apartment
        blocks in Uzbekistan and Kazakhstan, a regional migration expert told the paper. || The
        expert said the workers arrived on trainee visas.""",
    ),
    (
        "G1",
        "kyrgyz-tajik-respectively",
        "=60@KG/present =45@TJ/present",
        """Officials in Bishkek and Dushanbe confirmed that 60 and 45 North Korean workers
        respectively were employed at textile factories in Kyrgyzstan and Tajikistan. || Both
        governments said the contracts predated the sanctions.""",
    ),
    (
        "G1",
        "sinuiju-to-hunchun",
        "~150@CN/dispatched",
        """About 150 North Korean workers from Sinuiju arrived at a garment factory in Hunchun
        in May, a source in North Pyongan province told the Free Asia Desk. || The source said
        the women had been screened for months.""",
    ),
    (
        "G1",
        "seoul-speaker-ulaanbaatar",
        "~90@MN/present",
        """Speaking in Seoul on Thursday, Mongolia's deputy labour minister said about 90 North
        Korean workers remained in Ulaanbaatar. || He said their permits would not be
        renewed.""",
    ),
]

# Batch G2, written blind: the Gulf and Africa; courts and customs.
BATCH_2: list[Article] = [
    (
        "G2",
        "the-gulf",
        "<2000@M49:145/present",
        """DUBAI (Gulf Ledger) - As many as 2,000 North Korean workers are still in the Gulf
        despite UN sanctions, a Western diplomat said. || The diplomat did not name the
        countries.""",
    ),
    (
        "G2",
        "lusail-stadium",
        "~300@QA/present",
        """About 300 North Korean construction workers helped build a stadium in Lusail, a
        report by a London-based rights group said. || The group interviewed former site
        managers.""",
    ),
    (
        "G2",
        "oman-uae-respectively",
        "=120@OM/present =380@AE/present",
        """Oman and the United Arab Emirates hosted 120 and 380 North Korean workers
        respectively in 2016, according to a table in the think-tank's annual report. || The
        report was published in Singapore.""",
    ),
    (
        "G2",
        "kuwait-not-qatar",
        "=250@KW/dispatched",
        """The 250 North Korean workers were sent to Kuwait, not Qatar as earlier reported, a
        shipping agent in Dubai said. || The agent spoke on condition of anonymity.""",
    ),
    (
        "G2",
        "africa-region",
        "~5000@M49:002/present",
        """Around 5,000 North Korean workers are employed in Africa, mostly on monument and
        construction projects, the Institute for Peninsula Studies estimated. || The institute
        is based in Seoul.""",
    ),
    (
        "G2",
        "angola-mozambique-each",
        "~1200@AO/present ~300@MZ/present",
        """In Angola about 1,200 North Korean workers build apartment blocks, while some 300
        North Korean workers staff clinics in Mozambique, the Southern Africa Monitor
        reported. || Both governments denied the figures.""",
    ),
    (
        "G2",
        "istanbul-to-algiers",
        "=80@DZ/dispatched",
        """Eighty North Korean workers flew from Pyongyang via Beijing and Istanbul to Algiers
        last week, according to airline records seen by the Maghreb Courier. || They are
        expected to work on a housing estate.""",
    ),
    (
        "G2",
        "lagos-court",
        "=35@NG/present",
        """A court in Lagos fined a Nigerian firm for employing 35 North Korean workers without
        permits, the Lagos Daily Record reported. || The firm said it would appeal.""",
    ),
    (
        "G2",
        "dandong-customs",
        "=400@CN/dispatched",
        """Customs officers in Dandong seized papers showing that a trading company had sent
        400 North Korean workers to seafood plants in Donggang. || The company's owner was
        detained.""",
    ),
]

# Batch G3, written blind: Southeast Asia and Eastern Europe; ships and ports.
BATCH_3: list[Article] = [
    (
        "G3",
        "vientiane-luang-prabang",
        "~50@LA/present",
        """About 50 North Korean workers run restaurants in Vientiane and Luang Prabang, a Lao
        tourism official said. || The restaurants accept only cash.""",
    ),
    (
        "G3",
        "cambodia-vietnam-shared",
        "~200@KH,VN/present",
        """Some 200 North Korean workers remain in Cambodia and Vietnam, mostly at restaurants
        and art studios, the Mekong Rights Network said. || Both countries say they comply
        with UN resolutions.""",
    ),
    (
        "G3",
        "gdansk-prosecutors",
        "=74@PL/present",
        """GDANSK (Baltic Maritime Review) - Polish prosecutors said 74 North Korean welders had
        worked at a shipyard in Gdansk until 2018. || The shipyard's former director faces
        charges.""",
    ),
    (
        "G3",
        "rajin-to-vladivostok-ship",
        "=130@RU/dispatched",
        """The cargo vessel Ocean Star carried 130 North Korean workers from Rajin to
        Vladivostok in August, port records show. || The ship returned empty.""",
    ),
    (
        "G3",
        "bucharest-speaker-kursk",
        "~150@RU/present",
        """Speaking in Bucharest, a European Union official said about 150 North Korean workers
        were still employed in Russia's Kursk region. || She gave no source.""",
    ),
    (
        "G3",
        "belarusian-firm-smolensk",
        "=90@RU/present",
        """Ninety North Korean builders work for a Belarusian contractor in Smolensk, the
        Western Russia Courier reported. || The contractor is based in Minsk.""",
    ),
    (
        "G3",
        "transferred-russia-to-belarus",
        "~70@BY/dispatched",
        """Around 70 North Korean loggers were transferred from Russia to Belarus this spring,
        a Minsk newspaper reported. || They now work at a sawmill near Vitebsk.""",
    ),
    (
        "G3",
        "hanoi-outlet-bangkok",
        "~60@TH/present",
        """HANOI (Mekong Courier) - About 60 North Korean workers are employed at restaurants in
        Bangkok, the Thai police said. || The police did not say whether any would be
        deported.""",
    ),
]

# Batch G4, written blind: round-ups, world regions, excluded and home places.
BATCH_4: list[Article] = [
    (
        "G4",
        "roundup-three-countries",
        "~12000@RU/present ~30000@CN/present <1000@MN/present",
        """The survey estimated about 12,000 North Korean workers in Russia, about 30,000 in
        China and up to 1,000 in Mongolia. || It was funded by a Japanese foundation.""",
    ),
    (
        "G4",
        "overseas-total",
        "~100000@M49:001/present",
        """North Korea has about 100,000 workers overseas, according to South Korea's
        unification ministry. || The ministry gave no breakdown.""",
    ),
    (
        "G4",
        "besides-china",
        "~20000@RU/present",
        """Besides China, where no figure was given, Russia hosts about 20,000 North Korean
        workers, the report said. || The report was released in Tokyo.""",
    ),
    (
        "G4",
        "malabo-expelled",
        "=110@GQ/repatriated",
        """Equatorial Guinea expelled 110 North Korean workers last month, officials in Malabo
        said. || The workers had built a conference centre.""",
    ),
    (
        "G4",
        "siberia-far-east-shared",
        "~8000@RU/present",
        """About 8,000 North Korean workers are in Siberia and the Russian Far East, a
        Vladivostok economist told the Pacific Rim Wire. || He said the number was rising.""",
    ),
    (
        "G4",
        "darkhan-cashmere",
        "=40@MN/present",
        """A cashmere factory in Darkhan employs 40 North Korean workers, the Mongolian news
        site Steppe Today reported. || The factory exports to Italy.""",
    ),
    (
        "G4",
        "home-to-sinuiju-from-dandong",
        "~500@CN/repatriated",
        """About 500 North Korean workers returned to Sinuiju from Dandong in January, a source
        in the border city said. || They had worked at electronics plants.""",
    ),
    (
        "G4",
        "forty-countries",
        "~50000@M49:001/present",
        """About 50,000 North Korean workers are employed in more than 40 countries, the report
        said. || It relied on defector interviews.""",
    ),
    (
        "G4",
        "southeast-asia-region",
        "~1000@M49:035/present",
        """About 1,000 North Korean workers are in Southeast Asia, mainly at restaurants, a
        Bangkok-based researcher said. || She did not give a source.""",
    ),
    (
        "G4",
        "eastern-europe-region",
        "v2@M49:151/present",
        """Several hundred North Korean workers were employed in Eastern Europe until 2017, a
        Warsaw historian said. || Most worked at shipyards.""",
    ),
    (
        "G4",
        "dubai-based-in-doha",
        "=200@QA/present",
        """A Dubai-based contractor employs 200 North Korean workers at construction sites in
        Doha, the Gulf Ledger reported. || The contractor denied it.""",
    ),
]

# Batch G5, written blind after G1-G4 had been run (no rule changed): places carried by a
# headline, "the country" and "the region", a figure with no worker noun after another
# country's figure, speakers' and employers' nations against the work place, datelines in
# Pyongyang, moves, a court in one country for workers in another.
BATCH_5: list[Article] = [
    (
        "G5",
        "headline-mongolia-body-bare",
        "=340@MN/repatriated",
        """Mongolia sends home last North Korean workers // The remaining 340 North Korean
        workers were sent home last week, the labour ministry said. || The ministry thanked
        employers for their cooperation.""",
    ),
    (
        "G5",
        "laos-the-country",
        "~120@LA/present",
        """Laos has quietly expanded its ties with Pyongyang in recent years. About 120 North
        Korean workers now live in the country, according to a Western diplomat in
        Vientiane. || Most of them work at restaurants and clinics.""",
    ),
    (
        "G5",
        "russia-then-abroad-total",
        "=10000@RU/dispatched ~60000@M49:001/present",
        """Russia took in 10,000 North Korean workers last year, Russian data show. || Overall,
        North Korea has about 60,000 workers abroad, South Korea's spy agency estimates.""",
    ),
    (
        "G5",
        "chinese-firm-mongolian-mine",
        "=500@MN/present",
        """A Chinese state firm employed 500 North Korean workers at a copper mine in Mongolia,
        a South Korean investigation found. || The firm denied breaking sanctions.""",
    ),
    (
        "G5",
        "qatar-then-kuwait-figure",
        "~2800@QA/present ~2000@KW/present",
        """In Qatar, about 2,800 North Korean workers were building stadiums in 2017. In
        neighbouring Kuwait, about 2,000 North Korean workers were on road projects. || Both
        countries later stopped issuing visas.""",
    ),
    (
        "G5",
        "russian-consul-shenyang-liaoning",
        "~1500@CN/present",
        """A Russian consular official in Shenyang said about 1,500 North Korean workers were
        employed in Liaoning province. || He spoke at a trade fair.""",
    ),
    (
        "G5",
        "russian-firms-kazakhstan",
        "~300@KZ/present",
        """Russian construction firms employ about 300 North Korean workers in Kazakhstan, the
        Almaty Herald reported. || The firms pay the workers through a Moscow bank.""",
    ),
    (
        "G5",
        "pyongyang-dateline-to-russia",
        "~2000@RU/dispatched",
        """PYONGYANG (Far East Wire) - North Korea sent about 2,000 workers to Russia in the
        first quarter, a Russian diplomat in Pyongyang said. || The diplomat did not say
        where they work.""",
    ),
    (
        "G5",
        "far-east-headline-the-region",
        "~15000@RU/present",
        """North Korean labour in the Russian Far East // About 15,000 North Korean workers are
        in the region, the governor's office says. || The office expects more next year.""",
    ),
    (
        "G5",
        "tumen-trains-for-moscow",
        "~600@RU/dispatched",
        """About 600 North Korean workers crossed into China at Tumen and boarded trains for
        Moscow, a railway source said. || The source said police escorted them.""",
    ),
    (
        "G5",
        "vietnamese-court-laos",
        "=25@LA/dispatched",
        """A Vietnamese court sentenced a broker who had smuggled 25 North Korean workers into
        Laos, the Hanoi Legal Times reported. || The broker was jailed for four years.""",
    ),
    (
        "G5",
        "southeast-asia-and-africa",
        "~5000@M49:035,M49:002/present",
        """About 5,000 North Korean workers remain in Southeast Asia and Africa, a Seoul
        researcher said. || The researcher cited defectors.""",
    ),
    (
        "G5",
        "back-in-pyongyang-from-vladivostok",
        "~200@RU/repatriated",
        """About 200 North Korean workers who had worked in Vladivostok arrived back in
        Pyongyang on Friday, a Chinese travel agent said. || They flew on a chartered plane.""",
    ),
    (
        "G5",
        "poland-deported",
        "=12@PL/repatriated",
        """Poland deported 12 North Korean workers to North Korea in 2019, the border guard
        said. || They had worked on farms near Lublin.""",
    ),
]

# Batch G6, written blind after the G5 fixes: longer items where the place is carried
# across sentences and paragraphs past other places (sanctions by observers, transit,
# recruiting towns), figures with no noun after a year, headline against body, demonym
# employers abroad, round-ups by country, world totals.
BATCH_6: list[Article] = [
    (
        "G6",
        "laos-past-us-sanctions",
        "~400@LA/present",
        """Laos keeps North Korean restaurants open // VIENTIANE (Mekong Courier) - Laos has
        become one of the last hosts of North Korean labour in Southeast Asia. || The United
        States imposed sanctions on two Lao firms last month. || About 400 North Korean
        workers remain, according to a Western diplomat.""",
    ),
    (
        "G6",
        "russia-and-china-contrast",
        "~20000@RU/present ~50000@CN/present",
        """In Russia, the number of North Korean workers rose to about 20,000, the agency said.
        China, by contrast, has kept about 50,000 North Korean workers despite sanctions. ||
        Neither government commented.""",
    ),
    (
        "G6",
        "polish-firm-dutch-yard",
        "=25@NL/present",
        """Polish firm fined over North Korean welders // A Polish shipbuilding subcontractor
        was fined for employing 25 North Korean welders at a yard in the Netherlands, a court
        in Rotterdam said. || The firm plans to appeal.""",
    ),
    (
        "G6",
        "year-by-year-followed",
        "=2000@RU/dispatched =3000@RU/dispatched",
        """In 2018, 2,000 North Korean workers were sent to Russia. In 2019, another 3,000
        followed, the Far East Labour Bureau said. || The bureau did not give later
        figures.""",
    ),
    (
        "G6",
        "chinese-run-myanmar",
        "~150@MM/present",
        """About 150 North Korean workers are employed at Chinese-run garment factories in
        Myanmar, a Yangon labour activist said. || She said the women rarely leave their
        dormitories.""",
    ),
    (
        "G6",
        "recruited-chongjin-then-khabarovsk",
        "~500@RU/dispatched",
        """The workers are recruited in Chongjin and trained in Pyongyang for three months. ||
        About 500 of them arrived in Khabarovsk in June, a source in the city said.""",
    ),
    (
        "G6",
        "medical-teams-africa-total",
        "~600@M49:002/present",
        """North Korean medical teams work in Tanzania, Uganda and Nigeria. || In total, about
        600 North Korean doctors and nurses are in Africa, the health ministry in Dar es
        Salaam said.""",
    ),
    (
        "G6",
        "hunchun-customs-kraskino",
        "=1200@RU/dispatched",
        """Chinese customs in Hunchun recorded 1,200 North Korean workers crossing into Russia
        through the Kraskino checkpoint last year. || The figure was published by a Jilin
        trade journal.""",
    ),
    (
        "G6",
        "it-workers-operate-from-shenyang",
        "~30@CN/present",
        """Japan's public broadcaster reported that about 30 North Korean IT workers operate
        from Shenyang. || They take freelance jobs from clients in Europe and the United
        States.""",
    ),
    (
        "G6",
        "kuwait-deported-via-beijing",
        "=70@KW/repatriated",
        """Kuwait's interior ministry deported 70 North Korean workers to Pyongyang via
        Beijing, the Kuwait Evening Post reported. || They had overstayed their visas.""",
    ),
    (
        "G6",
        "back-to-china-from-russia",
        "~400@CN/dispatched",
        """About 400 North Korean workers moved back to China from Russia after their Russian
        employers stopped paying, a Dandong trader said. || The trader asked not to be
        named.""",
    ),
    (
        "G6",
        "worldwide-after-russia",
        "~15000@RU/present ~100000@M49:001/present",
        """About 15,000 North Korean workers are in Russia, Seoul's spy agency said. || It put
        the number of North Korean workers worldwide at about 100,000.""",
    ),
]

# Batch G7, written blind after the G6 fixes: capitals and descriptors for their country
# ("the Russian capital", "the Gulf state", "the Emirates"), borders named beside the work
# place ("near the Chinese border in Amur Oblast"), "both countries" for a pair named before,
# occupied Ukraine (Crimea, the Russian-occupied Donetsk region), joint ventures of two
# nations in a third, the Arctic and the Urals, a split of a whole by country.
BATCH_7: list[Article] = [
    (
        "G7",
        "russian-capital",
        "~800@RU/present",
        """About 800 North Korean workers are building apartment towers in the Russian capital,
        a Moscow housing activist said. || City officials declined to comment.""",
    ),
    (
        "G7",
        "gulf-state-qatar",
        "=90@QA/repatriated",
        """Qatar under pressure over labour camps // The Gulf state sent home 90 North Korean
        workers last month, a diplomat said. || The men had worked on a hotel project.""",
    ),
    (
        "G7",
        "near-chinese-border-amur",
        "~200@RU/present",
        """About 200 North Korean loggers work at a sawmill near the Chinese border in Amur
        Oblast, a regional forestry official said. || Timber from the mill is exported to
        China.""",
    ),
    (
        "G7",
        "both-countries",
        "v3@CN,RU/present",
        """China and Russia have both been accused of ignoring UN limits on North Korean
        labour. || Thousands of North Korean workers remain in both countries, a UN panel
        member said.""",
    ),
    (
        "G7",
        "crimea-donetsk",
        "~300@UA/present",
        """About 300 North Korean construction workers are rebuilding housing in Crimea and the
        Russian-occupied Donetsk region, a Kyiv-based monitoring group said. || Moscow denies
        using them.""",
    ),
    (
        "G7",
        "joint-venture-mongolia",
        "=65@MN/present",
        """A Russian-Chinese joint venture employs 65 North Korean workers at a coal mine in
        Mongolia's South Gobi province, the Ulaanbaatar Post reported. || The venture was
        founded in 2015.""",
    ),
    (
        "G7",
        "arctic-and-urals",
        "~400@RU/present ~250@RU/dispatched",
        """About 400 North Korean workers are employed at gas projects in the Russian Arctic,
        an energy analyst said. A further 250 were sent to the Urals in the spring, he
        added. || The analyst works for a Norwegian consultancy.""",
    ),
    (
        "G7",
        "split-of-whole",
        "=5000@M49:001/dispatched ~3000@RU/dispatched ~1000@CN/dispatched",
        """North Korea sent 5,000 workers abroad last year, a Seoul institute estimated. Of
        these, about 3,000 went to Russia and about 1,000 to China. || The institute did not
        say where the rest went.""",
    ),
    (
        "G7",
        "mongolias-capital",
        "~120@MN/present",
        """About 120 North Korean workers are employed at construction sites in Mongolia's
        capital, a labour inspector told the Steppe Today news site. || He said most would
        leave by December.""",
    ),
    (
        "G7",
        "the-emirates",
        "~1500@AE/present",
        """About 1,500 North Korean workers were still in the Emirates in 2018, according to a
        leaked diplomatic cable. || The cable was written in Abu Dhabi.""",
    ),
]

# Batch G8, written blind after the G7 fixes: think-tank tables written as prose (figures in
# brackets after each country, a colon list with semicolons), quoted figures with "here",
# places after a long appositive, fronted ports, "the two countries", parenthesised lists
# of countries, "third countries".
BATCH_8: list[Article] = [
    (
        "G8",
        "brackets-after-countries",
        "=12000@RU/present =30000@CN/present =500@LA/present",
        """The institute's estimates put North Korean workers in Russia (12,000), China
        (30,000) and Laos (500). || It did not count IT workers.""",
    ),
    (
        "G8",
        "colon-list-semicolons",
        "~15000@RU/present ~40000@CN/present ~300@MN/present",
        """Estimated North Korean workers by host country: Russia, about 15,000; China, about
        40,000; Mongolia, about 300. || Source: Centre for Korean Labour Studies.""",
    ),
    (
        "G8",
        "quoted-here-vladivostok",
        "~3000@RU/present",
        """"There are about 3,000 North Korean workers here, mostly on building sites," said
        Igor Petrenko, a deputy mayor of Vladivostok. || He said the city needed them.""",
    ),
    (
        "G8",
        "long-appositive-dandong",
        "~2000@CN/present",
        """About 2,000 North Korean workers, most of them young women recruited from
        provincial towns and trained for months before departure, now sew uniforms in
        Dandong. || Their wages are paid to a state company.""",
    ),
    (
        "G8",
        "fronted-port-dalian",
        "~1000@CN/present",
        """In the Chinese port of Dalian, about 1,000 North Korean workers process squid for
        export, a seafood trader said. || He did not name the plants.""",
    ),
    (
        "G8",
        "the-two-countries",
        "v2@RU,BY/dispatched",
        """Russia and Belarus signed a labour agreement in March. || Since then, hundreds of
        North Korean workers have arrived in the two countries, a Minsk analyst said.""",
    ),
    (
        "G8",
        "three-countries-in-brackets",
        "~9000@RU,CN,LA/present",
        """About 9,000 North Korean workers are employed in three countries (Russia, China and
        Laos) by one trading company, a UN panel report said. || The company is based in
        Pyongyang.""",
    ),
    (
        "G8",
        "third-countries",
        "~2000@M49:001/present",
        """About 2,000 North Korean workers are employed in third countries through front
        companies, a Seoul-based researcher said. || She declined to name the countries.""",
    ),
]

BATCHES = [BATCH_1, BATCH_2, BATCH_3, BATCH_4, BATCH_5, BATCH_6, BATCH_7]
# Batch G9, written blind after the G8 fixes: "elsewhere in", a bare second figure after
# "while", regions with "respectively", a nameless border town, owners' nationality before
# plants abroad, officials of the host against observers, seas for their coast state.
BATCH_9: list[Article] = [
    (
        "G9",
        "elsewhere-in-russia",
        "~500@RU/present ~1000@RU/present",
        """About 500 North Korean workers are in Vladivostok and another 1,000 North Korean
        workers elsewhere in Russia, the consulate's figures show. || The consulate gave no
        dates.""",
    ),
    (
        "G9",
        "while-bare-second",
        "~20000@RU/present =5000@CN/present",
        """Russia now hosts about 20,000 North Korean workers, while 5,000 remain in China,
        the intelligence service told lawmakers. || The briefing was closed.""",
    ),
    (
        "G9",
        "regions-respectively",
        "=1000@M49:002/present =2000@M49:145/present",
        """The report counted 1,000 and 2,000 North Korean workers in Africa and the Middle
        East respectively. || It covered the year 2019.""",
    ),
    (
        "G9",
        "chinese-border-town",
        "~70@CN/present",
        """About 70 North Korean women work at a wig factory in a Chinese border town, a
        source told the Free Asia Desk. || The source did not name the town.""",
    ),
    (
        "G9",
        "russian-owned-kyrgyzstan",
        "=110@KG/present",
        """A Russian-owned cement plant in Kyrgyzstan employs 110 North Korean workers, the
        Bishkek Herald reported. || The plant's owners declined to comment.""",
    ),
    (
        "G9",
        "chinese-officials-sent-home",
        "=200@CN/repatriated",
        """Chinese officials said 200 North Korean workers had been sent home after their
        visas expired. || The officials spoke at a briefing in Beijing.""",
    ),
    (
        "G9",
        "us-officials-no-place",
        "=200@-/repatriated",
        """US officials said 200 North Korean workers had been sent home after their visas
        expired. || The officials spoke at a briefing in Washington.""",
    ),
    (
        "G9",
        "sea-of-okhotsk-trawlers",
        "~90@RU/present",
        """About 90 North Korean fishermen work on Russian trawlers in the Sea of Okhotsk, a
        Sakhalin fisheries inspector said. || The trawlers land their catch in Korsakov.""",
    ),
]

# Batch G10, written blind after G9 had been run: longer stories (5-8 sentences, several
# paragraphs) where figures of North Korean workers sit among other nations' migrants,
# troops, money and places of speakers, so each figure's place must come from its own
# sentence or the right earlier one.
BATCH_10: list[Article] = [
    (
        "G10",
        "far-east-long",
        "~6000@RU/dispatched ~2500@RU/present",
        """Far East builders turn to Pyongyang as migrants leave // KHABAROVSK (Amur River
        News) - Construction firms in the Russian Far East are losing Central Asian workers:
        about 40,000 migrants from Uzbekistan and Tajikistan left the region last year,
        according to the regional migration service. || To fill the gap, about 6,000 North
        Korean workers arrived in Khabarovsk Krai and Primorye over the same period, the
        service said. || In Khabarovsk itself, about 2,500 North Korean builders are working
        on apartment blocks, a city official said. He spoke on condition of anonymity. ||
        North Korea has also sent troops to fight for Russia, South Korea's spy agency says,
        putting their number at about 11,000.""",
    ),
    (
        "G10",
        "gulf-to-africa-long",
        "~800@QA,KW/repatriated ~300@AO/dispatched",
        """North Korean crews shift from Gulf to Africa // DOHA (Gulf Ledger) - About 800 North
        Korean construction workers have left Qatar and Kuwait since the two countries
        stopped renewing their visas, diplomats in Doha said. || Some of the crews were flown
        to Angola instead. About 300 North Korean workers landed in Luanda in March, an
        Angolan immigration officer said. || Qatar's labour ministry said it had inspected
        1,200 sites in the past year.""",
    ),
    (
        "G10",
        "china-seafood-long",
        "v3@CN/present ~1500@CN/present",
        """Seafood plants keep North Korean women despite ban // SEOUL (Peninsula Watch) -
        Thousands of North Korean women still work at seafood plants in China's Liaoning
        province, according to a report released in Seoul on Monday. || The report, by a
        Washington-based group, said about 1,500 of them work in Donggang alone. It said
        the plants export to Europe and the United States. || South Korea's unification
        ministry declined to comment.""",
    ),
    (
        "G10",
        "mongolia-long",
        "=1200@MN/present =340@MN/repatriated",
        """ULAANBAATAR (Steppe Today) - Mongolia had 1,200 North Korean workers at the end of
        2017, the labour ministry said in a written reply to lawmakers. || Since then, 340 of
        them have been sent home. || The ministry did not say how many remain. Chinese
        contractors in the capital employ about 5,000 Chinese workers, it added.""",
    ),
    (
        "G10",
        "poland-netherlands-long",
        "=60@PL/present =25@NL/present",
        """WARSAW (Baltic Maritime Review) - Polish labour inspectors found 60 North Korean
        workers at three shipyards in Szczecin and Gdansk between 2014 and 2016, a report
        seen by the paper says. || An agency in Gdansk also placed 25 North Korean welders
        at yards in the Netherlands, the report adds. || Dutch officials said they had no
        record of the men.""",
    ),
    (
        "G10",
        "central-asia-long",
        "~300@KZ/present ~150@UZ/present",
        """ALMATY (Steppe Observer) - About 300 North Korean workers are employed on building
        sites in Kazakhstan, mostly in Almaty and Astana, a labour rights group said. ||
        Neighbouring Uzbekistan has about 150 North Korean workers, the group added. ||
        Kazakhstan hosts more than a million migrants from other Central Asian
        countries.""",
    ),
]

# Batch G11, written blind after the G10 fixes: two regions of one country, occupied Ukraine
# with a Russian employer, "the country's east", world regions with examples after them,
# Asia, "here" in a mayor's quote, an island state.
BATCH_11: list[Article] = [
    (
        "G11",
        "kursk-belgorod",
        "~1000@RU/dispatched",
        """About 1,000 North Korean builders were sent to Russia's Kursk and Belgorod regions to
        repair damaged housing, a Ukrainian intelligence official said. || Kyiv gave no
        evidence.""",
    ),
    (
        "G11",
        "defence-ministry-donetsk",
        "~400@UA/present",
        """About 400 North Korean workers employed by Russia's defence ministry are rebuilding
        roads in occupied Donetsk, a Kyiv newspaper reported. || Moscow did not comment.""",
    ),
    (
        "G11",
        "the-countrys-east",
        "~5000@RU/present",
        """Russia has become the main destination for North Korean labour. About 5,000 North
        Korean workers are in the country's east, a researcher in Seoul said. || Most are
        on building sites.""",
    ),
    (
        "G11",
        "europe-including-poland-malta",
        "~800@M49:150/present",
        """About 800 North Korean workers were employed in Europe, including Poland and Malta,
        before 2018, a Brussels think tank said. || None are known to remain.""",
    ),
    (
        "G11",
        "in-asia",
        "~60000@M49:142/present",
        """About 60,000 North Korean workers are in Asia, most of them in China, a Tokyo
        researcher estimated. || He did not count Russia's Far East as Asia.""",
    ),
    (
        "G11",
        "mayor-quote-here",
        "=500@RU/present",
        """"We have 500 North Korean workers here and we need more," the mayor of Nakhodka told
        reporters. || The port city is short of builders.""",
    ),
    (
        "G11",
        "island-state-malta",
        "=20@MT/repatriated",
        """Malta under scrutiny // The island state sent home its last 20 North Korean
        workers in 2017, the government said. || They had worked at a clothing factory.""",
    ),
    (
        "G11",
        "african-country-equatorial-guinea",
        "~150@GQ/present",
        """Equatorial Guinea's ties to Pyongyang // About 150 North Korean workers are still in
        the West African country, diplomats say. || They build government offices.""",
    ),
]

# Batch G12, written blind after every fix above: a mix of the phenomena of G1-G11 in new
# wording (descriptors, neighbours, employers' seats, observers, regions, moves, tables).
BATCH_12: list[Article] = [
    (
        "G12",
        "the-central-asian-republic",
        "~180@TJ/present",
        """Tajikistan quietly hosts North Korean builders // About 180 North Korean workers
        are employed at a hydropower site in the Central Asian republic, a Dushanbe engineer
        said. || The site is financed by a Chinese bank.""",
    ),
    (
        "G12",
        "across-the-border-in-china",
        "~700@CN/present",
        """About 700 North Korean workers from Hyesan now work across the border in China's
        Jilin province, a source in Ryanggang province said. || Their wages go to the
        state.""",
    ),
    (
        "G12",
        "japan-indicts-broker",
        "=45@KH/dispatched",
        """Japan indicted a broker who sent 45 North Korean workers to Cambodia through a front
        company, prosecutors in Osaka said. || The broker denied the charges.""",
    ),
    (
        "G12",
        "emirati-firm-based-employer",
        "~260@AE/present",
        """About 260 North Korean workers employed by a Dubai-based building contractor have
        gone unpaid since March, a rights group said. || The contractor did not reply.""",
    ),
    (
        "G12",
        "west-africa-region",
        "v2@M49:011/present",
        """Several hundred North Korean workers remain in West Africa, mostly on public works,
        a French researcher said. || She spoke at a conference in Paris.""",
    ),
    (
        "G12",
        "moved-from-mongolia-to-russia",
        "~120@RU/dispatched",
        """About 120 North Korean workers moved from Mongolia to Russia's Buryatia region after
        their permits expired, an Ulaanbaatar newspaper said. || Buryatia borders
        Mongolia.""",
    ),
    (
        "G12",
        "table-prose-gulf",
        "=1800@QA/present =1500@KW/present =500@AE/present",
        """The table lists North Korean workers in Qatar (1,800), Kuwait (1,500) and the UAE
        (500) as of 2017. || Oman and Bahrain were not listed.""",
    ),
    (
        "G12",
        "neighbouring-laos-after-vietnam",
        "~100@VN/present ~300@LA/present",
        """About 100 North Korean workers are employed at restaurants in Vietnam, a Hanoi
        official said. In neighbouring Laos, about 300 North Korean workers run restaurants
        and clinics, he added. || Both countries deny breaching sanctions.""",
    ),
]

BATCHES += [BATCH_8, BATCH_9, BATCH_10, BATCH_11, BATCH_12]
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "G6-recruited-chongjin-then-khabarovsk": "relevance: the story names only Chongjin and "
    "Pyongyang ('recruited in Chongjin and trained in Pyongyang'), home places, and its figure "
    "sentence ('About 500 of them arrived in Khabarovsk') has no worker noun, so it scores 0 "
    "and the figure is gated out; with 'The North Korean workers are recruited' it is "
    "~500@RU/dispatched as expected",
}
KNOWN_DETAILS: dict[str, str] = {
    "G10-poland-netherlands-long": "status: 'An agency in Gdansk also placed 25 North Korean "
    "welders at yards in the Netherlands' reads dispatched ('place' is a dispatch verb); "
    "present was expected when written (debatable, as W13-gdansk-agency-dutch-yards)",
    "G3-rajin-to-vladivostok-ship": "status: 'The cargo vessel Ocean Star carried 130 North "
    "Korean workers from Rajin to Vladivostok' reads present ('carry' is no dispatch verb: "
    "'workers carry out repairs' would read dispatched)",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
