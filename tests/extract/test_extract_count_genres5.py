"""Worker counts in genres no earlier count batch covered: port and shipping reports,
regional TV transcripts, trade-union statements, business-press items on labour shortages,
embassy and consular notices, weekly sanctions digests with one-sentence items, council
minutes, a recruiter's post, and hard negatives (a detained ship's crew, an official
delegation, Chinese builders inside North Korea, defectors). The count phenomena aimed at are
figures of DPRK workers abroad phrased without the word "workers": "a crew of 45 men", "300
of them arrived", "had 300 women ... on its processing lines", "Another 300 will come",
"perhaps 1,500", "About 20 of the doctors", one-sentence digest items.

The articles are invented for this file (people, outlets, firms, figures), and each batch
went into git with its expected claims before its first extractor run; notation, comparison
and conventions follow ``test_extract_count_genres4.py``.
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch M1, written blind (15 articles, 19 expected figures, 17 scorer keys: the Khabarovsk item's
# two 300s share one). First run, before any change: counts precision 0.94 / recall 0.88 (15 of 17,
# 1 spurious), count+destination 0.88 / 0.82 (14 of 17); 11 of 15 articles right. Missed: "hopes
# for perhaps 150 by the autumn run", "300 of them arrived on its sites" and "Another 300 will
# come" (neither read), the 85 of Ust-Ilimsk (no place: the town is not in the gazetteer);
# spurious: "24" of the channel name "Kamchatka 24". Statuses off: "docked ... carrying 130 men
# ... bound for" (planned), "A further 200 are booked on the next sailing" (present), "About 20 of
# the doctors will leave" (present). After the fixes: counts 1.00 / 1.00 (17 of 17),
# count+destination 1.00 / 0.94 (16 of 17); the Ust-Ilimsk place and three statuses are strict
# xfails below. The Ust-Ilimsk place is read since dest11 (a local body that acts, "the
# Ust-Ilimsk District Council", is carried as the host up to the context reach).
BATCH_1: list[Article] = [
    (
        "M1",
        "port-report-nakhodka",
        "=130@RU/dispatched =200@RU/planned",
        """Port report: Nakhodka // The North Korean passenger ferry Kumgang docked at the
        eastern terminal on Friday carrying 130 men from Rajin bound for building sites in the
        Primorye region, port agents said. A further 200 are booked on the next sailing in
        May. The ferry also unloaded 40 tonnes of dried seafood.""",
    ),
    (
        "M1",
        "tv-transcript-fish-plant",
        "=300@RU/present ~150@RU/planned",
        """TRANSCRIPT - Kamchatka 24, evening news // PRESENTER: The fish plant at
        Ust-Kamchatsk says it cannot fill its lines this season. || REPORTER: Last year the
        plant had 300 women from North Korea on its processing lines. This year not one has
        come. The director, Galina Orlova, hopes for perhaps 150 by the autumn run.""",
    ),
    (
        "M1",
        "union-statement-szczecin",
        "=45@PL/present",
        """Statement of the Szczecin Shipyard Trade Union // We have learned that a
        subcontractor at the yard is using a crew of 45 men from North Korea as welders on the
        new ferry hull. They work twelve-hour shifts and are paid through a broker. We call on
        the management to end this contract at once.""",
    ),
    (
        "M1",
        "business-press-khabarovsk-shortage",
        "=300@RU/dispatched =300@RU/planned",
        """Builders in the Far East scramble for hands // Construction firms in Khabarovsk say
        they are short of some 20,000 labourers as Central Asian migrants leave. Some are
        quietly hiring North Korean builders again. Amur-Stroi, the city's largest developer,
        said 300 of them arrived on its sites in March. Another 300 will come in June, a
        spokesman said.""",
    ),
    (
        "M1",
        "embassy-notice-laos",
        "=80@LA/planned",
        """Notice of the Embassy of the Lao PDR in Pyongyang // The Embassy informs that 80
        citizens of the DPRK will travel to Vientiane in September to work on the Nam Theun
        hotel project under the agreement of 2023. Applicants must present their documents
        by 15 August.""",
    ),
    (
        "M1",
        "sanctions-weekly-digest",
        "=60@RU/present ~250@CN/present ~1500@KW/present",
        """Sanctions Weekly, issue 48 // Russia: Tatar media report a crew of 60 North Korean
        builders on a stadium site in Kazan. || China: A seafood plant in Hunchun has about
        250 North Korean women on its lines, a Japanese daily reports. || Kuwait: Perhaps
        1,500 North Koreans still work in the country's building trade, a Western diplomat
        estimates. || UAE: Nothing new this week.""",
    ),
    (
        "M1",
        "medical-brigade-tanzania",
        "~40@TZ/present ~20@TZ/repatriated",
        """North Korean medical teams to be cut back in Tanzania // DAR ES SALAAM - About 40
        North Korean doctors work in clinics in the country's southern regions, the health
        ministry said on Monday. About 20 of the doctors will leave by December after a
        review of the agreement, the ministry said.""",
    ),
    (
        "M1",
        "in-brief-ulaanbaatar",
        "~150@MN/present",
        """IN BRIEF // Mongolia: About 150 North Koreans are sewing garments at a factory on
        the edge of Ulaanbaatar, a local rights group says.""",
    ),
    (
        "M1",
        "council-minutes-ust-ilimsk",
        "=85@RU/present",
        """Minutes of the Ust-Ilimsk District Council, 12 March // Item 4. The timber combine
        reported that it employs 85 citizens of the DPRK on felling contracts this winter.
        Councillor Ivanova asked about housing for them. The combine said they live in its
        own hostel. Item 5. Road repairs.""",
    ),
    (
        "M1",
        "recruiter-post-dandong",
        "=120@CN/present =80@CN/planned",
        """Posted by Li Wen, HR manager at Haitong Garments // Busy season! Our Dandong plant
        now has 120 North Korean seamstresses on two shifts, and we plan to bring in another
        80 from Sinuiju before winter. Thanks to our partners for the smooth paperwork.""",
    ),
    (
        "M1",
        "shipping-brief-vladivostok-tunnel",
        "~500@RU/present",
        """Shipping and logistics brief // Vladivostok: Work on the new port tunnel is running
        ahead of schedule. The contractor, Primorye Tunnel Co, has some 500 North Koreans on
        the job, mostly miners from Hamhung, local press say. The tunnel is due to open in
        2027.""",
    ),
    (
        "M1",
        "detained-ship-crew",
        "none",
        """North Korean freighter held at Nakhodka // Russian port officials detained the
        North Korean-flagged bulk carrier Ryong Gang on Tuesday over unpaid fees. Its crew of
        22 remain on board. The ship was carrying 3,000 tonnes of coal from Wonsan.""",
    ),
    (
        "M1",
        "delegation-hanoi",
        "none",
        """North Korean trade delegation in Hanoi // A delegation of 30 North Korean officials
        led by the foreign trade minister arrived in Hanoi on Wednesday for a week of talks on
        rice and fertiliser. Vietnam sent 2,000 tonnes of rice to North Korea last year.""",
    ),
    (
        "M1",
        "chinese-builders-sinuiju",
        "none",
        """Chinese crews return to Sinuiju bridge // About 400 Chinese builders have crossed
        into Sinuiju to finish the road links of the New Yalu River Bridge, a Dandong official
        said. Another 200 will come in spring. The bridge has stood unused since 2014.""",
    ),
    (
        "M1",
        "defectors-first-half",
        "none",
        """Defector arrivals rise // Some 190 North Korean defectors reached South Korea in the
        first half of the year, the Unification Ministry said, up from 110 a year earlier.
        About 80 of them had lived in China for years before coming south.""",
    ),
]

# Batch M2, written blind after the M1 fixes (13 articles, 15 expected figures, 14 scorer keys).
# First run: counts precision 0.80 / recall 0.29 (4 of 14, 1 spurious), count+destination 0.80 /
# 0.29; 5 of 13 articles right (the three negatives among them). Missed: the docket's 38, the
# union's "20 men from North Korea", the hotel's "team of 70" and "perhaps 30 more", the
# call-in's 26 and "Twelve stayed on", the sawmill's "60 specialists from the DPRK", both
# Africa briefs, the embassy's "The 156 who held such permits"; spurious: "took 14 calls". Four of
# the misses are the relevance gate's (the docket, the hotel, the call-in and the briefs score
# below it or name no labour term), not the count stage's. Status off: "left Rajin ... with around
# 250 North Koreans aboard" (repatriated). After the fixes: counts 1.00 / 0.36 (5 of 14, 0
# spurious), count+destination 1.00 / 0.36, the 250 dispatched; the misses left are strict xfails
# below. Later (test_extract_relevance_thin.py, new words of labour for relevance: "construction
# hands", "refitted", "My brigade", with "Koreans from the North" as a DPRK name) the Africa
# briefs, the hotel refit and the call-in pass: counts 1.00 / 0.79 (11 of 14).
BATCH_2: list[Article] = [
    (
        "M2",
        "vessel-watch-amur-star",
        "~250@RU/dispatched",
        """Vessel watch, week 31 // The Russian-flagged ferry Amur Star left Rajin on Sunday
        with around 250 North Koreans aboard, most of them construction hands bound for
        Vladivostok, according to tracking data and a crew member's post. The ferry is due
        back in Rajin on Thursday.""",
    ),
    (
        "M2",
        "court-docket-vladivostok",
        "=38@RU/present",
        """Docket, Frunzensky District Court, Vladivostok // Case 5-112/2025: Stroi-Vostok
        LLC was fined 400,000 roubles for housing 38 North Koreans in a basement at its site on
        Russkaya Street. The firm admitted employing them without permits.""",
    ),
    (
        "M2",
        "union-bulletin-malta",
        "=20@MT/dispatched",
        """Union bulletin // The General Workers' Union says a Maltese contractor brought in
        20 men from North Korea last spring to lay tiles at a hotel in St Julian's. The union
        has asked the labour inspectorate to check their papers.""",
    ),
    (
        "M2",
        "hospitality-weekly-refit",
        "=70@RU/present ~30@RU/planned",
        """Hospitality Weekly // The Zolotoy Rog hotel in Vladivostok is being refitted by a
        team of 70 North Koreans, its owner confirmed. He said he would take on perhaps 30 more
        for the spring season. The hotel reopens in May.""",
    ),
    (
        "M2",
        "committee-transcript-seoul",
        "~15000@RU/present ~3000@CN/present",
        """Transcript, National Assembly Intelligence Committee (excerpt) // REP. PARK:
        Turning to labour exports. How many North Korean labourers are in Russia now? ||
        DIRECTOR: We assess about 15,000, and perhaps 3,000 more in northeast China. || REP.
        PARK: Thank you.""",
    ),
    (
        "M2",
        "radio-call-in-amur-bridge",
        "=26@RU/present =12@RU/present",
        """Radio Khabarovsk call-in, transcript // CALLER: My brigade on the Amur bridge had 26
        Koreans from the North last year, good lads. || HOST: Are they still there? || CALLER:
        Twelve stayed on. The rest went back in June.""",
    ),
    (
        "M2",
        "press-release-taiga-timber",
        "=60@RU/planned",
        """Press release - Taiga Timber Group // Taiga Timber Group announces the opening of
        its third sawmill near Tynda in the spring. The mill will run with a crew of 140,
        including 60 specialists from the DPRK under a three-year contract.""",
    ),
    (
        "M2",
        "hotline-bulletin-shenyang",
        "~90@CN/present",
        """Hotline bulletin, March // Our hotline took 14 calls about North Korean labourers
        this month. One caller said a garment workshop in Shenyang keeps about 90 women from
        the North behind locked doors.""",
    ),
    (
        "M2",
        "africa-briefs",
        "~50@SN/present =40@AO/repatriated",
        """AFRICA BRIEFS // Senegal: A statue park near Dakar is being finished by about 50
        North Koreans, residents say. || Angola: The last 40 North Korean construction hands
        left Luanda on Friday. || Nigeria: Oil output rose 3% in May.""",
    ),
    (
        "M2",
        "embassy-statement-poland",
        "=156@PL/repatriated",
        """Statement of the Embassy of the Republic of Poland in Seoul // In reply to press
        questions: Poland has issued no work permits to citizens of the DPRK since 2017. The
        156 who held such permits at that time have all left Poland.""",
    ),
    (
        "M2",
        "orchestra-tour-moscow",
        "none",
        """North Korean orchestra tours Moscow // An orchestra of 80 North Korean musicians
        gave the first of six concerts in Moscow on Saturday. About 1,500 people attended. The
        tour ends in St Petersburg on 20 May.""",
    ),
    (
        "M2",
        "russian-engineers-rajin",
        "none",
        """Russian engineers at Rajin port // About 300 Russian engineers are working at the
        North Korean port of Rajin on a new coal terminal, a Russian rail official said.
        Another 100 will come in the summer.""",
    ),
    (
        "M2",
        "adrift-boat-japan",
        "none",
        """Wooden boat found off Akita // Japan's coast guard found a wooden boat with North
        Korean markings adrift off Akita on Monday. Its crew of 9 fishermen were alive and
        asked to go home. Some 100 such boats have washed up in recent years.""",
    ),
]

# Batch M3, written blind after the M2 fixes (8 articles, 9 expected figures, 7 scorer keys). First
# run: counts precision 0.86 / recall 0.86 (6 of 7, 1 spurious), count+destination 0.86 / 0.86; 6
# of 8 articles right. Missed: "90 women from North Korea are already on the processing lines"
# (the relevance gate: no labour term); spurious: "detained the 17 North Korean crew of a
# Togo-flagged freighter". Status off: "some 180 North Koreans disembarking" (present). After the
# fixes: counts 0.86 / 0.86 (unchanged), the 180 dispatched; a crew noun before a vessel ("crew
# of a ... freighter") as a ship's crew was tried and dropped (a fitted article counts "Seventy
# North Korean crew members of a Sierra Leone-flagged freighter were found working at a dry
# dock"); the Sakhalin miss and the Busan crew are strict xfails below.
BATCH_3: list[Article] = [
    (
        "M3",
        "harbour-log-zarubino",
        "~180@RU/dispatched",
        """Harbour log, Zarubino, 4 June // 06:40 The Korean ferry Mangyongbong 92 berthed
        from Rason. Border guards counted some 180 North Koreans disembarking with work
        papers for farms in the Khasan district. 09:15 The ferry left empty.""",
    ),
    (
        "M3",
        "labour-shortage-column-primorye",
        "=400@RU/present =250@RU/planned",
        """Column: Who will pick Primorye's soybeans? // The region's farms say they are
        short of hands again. One agroholding near Ussuriysk already has 400 North Koreans in
        its fields, its director told me. He hopes for another 250 by September.""",
    ),
    (
        "M3",
        "union-statement-gdynia",
        "=32@PL/present",
        """Statement of the Gdynia Dockers' Union // Our members report that a crew of 32
        men from North Korea is scraping hulls at the repair yard for a Maltese broker. We ask
        the labour inspectorate to visit the yard this week.""",
    ),
    (
        "M3",
        "embassy-notice-mongolia",
        "=120@MN/planned",
        """Notice of the Embassy of Mongolia in Pyongyang // The Embassy informs that 120
        citizens of the DPRK will travel to Ulaanbaatar in July to work in road construction
        under the 2024 agreement. Their visas will be issued in Beijing.""",
    ),
    (
        "M3",
        "sanctions-digest-kuwait",
        "~600@KW/present",
        """Weekly sanctions digest // Kuwait: A builders' association says perhaps 600 North
        Koreans still lay bricks in the country despite the 2017 ban. || Laos: No news this
        week.""",
    ),
    (
        "M3",
        "tv-transcript-sakhalin-crab",
        "=90@RU/present",
        """TRANSCRIPT - Sakhalin 24, morning news // PRESENTER: The crab season opens on
        Monday. || REPORTER: At the Korsakov plant, 90 women from North Korea are already on
        the processing lines, the manager says.""",
    ),
    (
        "M3",
        "korean-choir-vladivostok",
        "none",
        """North Korean choir sings in Vladivostok // A choir of 45 North Korean singers gave
        a concert at the Primorye Philharmonic on Friday. Another 20 will come for the autumn
        festival, the organisers said.""",
    ),
    (
        "M3",
        "seafarers-detained-busan",
        "none",
        """Crew held in Busan // South Korean police detained the 17 North Korean crew of a
        Togo-flagged freighter in Busan on Tuesday over sanctions breaches. Another 300
        vessels are under watch, the coast guard said.""",
    ),
]

BATCHES = (BATCH_1, BATCH_2, BATCH_3)
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "M2-court-docket-vladivostok": "relevance: a court docket scores below the gate (ungated "
    "'housing 38 North Koreans' is read, RU)",
    "M2-press-release-taiga-timber": "count: 'a crew of 140, including 60 specialists from "
    "the DPRK' (the DPRK part of a mixed crew, a worker noun before the DPRK name) is not read",
    "M3-tv-transcript-sakhalin-crab": "relevance: '90 women from North Korea are already on "
    "the processing lines' (a labour term now) has no place abroad: Korsakov is not in the "
    "gazetteer and Sakhalin is two sentences before; the story is gated out",
    "M3-seafarers-detained-busan": "count: 'detained the 17 North Korean crew of a "
    "Togo-flagged freighter' is read (a crew noun with its vessel after it; a crew found "
    "working ashore is counted, so a vessel after the crew alone cannot rule it out)",
    "M2-embassy-statement-poland": "count: 'The 156 who held such permits at that time have "
    "all left Poland' (permit holders; debatable: the text never calls them workers) is not "
    "read",
}
KNOWN_DETAILS: dict[str, str] = {
    "M1-port-report-nakhodka": "status: 'docked ... carrying 130 men ... bound for building "
    "sites' reads planned ('bound for' outranks 'docked')",
    "M1-business-press-khabarovsk-shortage": "status: 'Another 300 will come' (planned) is "
    "one claim with '300 of them arrived' (dispatched): the two 300s share a scorer key and "
    "the extractor keeps one",
    "M1-medical-brigade-tanzania": "status: 'About 20 of the doctors will leave by December' "
    "reads present; expected repatriated when written (a future departure, debatable: "
    "'will deport' reads planned elsewhere)",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
