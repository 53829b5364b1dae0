"""Worker counts and destinations in genres the earlier blind batches did not cover: local and
regional newspapers, court filings and indictments, parliamentary questions and written
answers, NGO annual reports, corporate supply-chain audits, fact boxes and timelines, op-eds
and analysis pieces, shipping and customs bulletins. The count phenomena aimed at: bare
figures referring back to a group named sentences before ("Another 700 sew jackets", "Oman
expelled 60"), an employer's whole headcount beside its North Korean part, figures in
apposition and ages, partitives of a counted group split by site only (no claim), cumulative
against current figures, ranges and bounds, other groups' figures (soldiers, students,
tourists, crews, passengers, other nations' workers, defectors) and restatements.

Every article was written for this file (people, outlets, firms and figures invented) and
the expected claims were committed before the extractor was run on them. The notation is
that of ``test_extract_long_articles.py``, the comparison that of
``test_extract_short_news.py``; the conventions are those of
``test_extract_count_wires.py``.
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch G1, written blind (30 articles, 40 expected figures). First run, before any change:
# counts precision 0.85 / recall 0.88 (35 of 40 figures, 6 spurious), count+destination 0.85
# / 0.88 (35 of 40); 21 of 30 articles passed the count test, 29 of 30 the detail test.
#
# Fixed: "Another 40 tend greenhouses near Artyom" and "Another 700 sew jackets" after a
# counted figure of North Koreans (people, not only "workers"); an employer's whole staff
# after "with" ("a squid processing plant in Donggang with 1,900 employees"), after a person
# who employs ("The director, who employs 300 seasonal staff"), in "a plant near Svobodny,
# where 9,000 people work" and after an organisation's possessive ("The Foundation's 23
# staff", which also took "12 training courses" with it); "North Korean workers, 410 in
# total" (a total in apposition, which also fixed the long-articles B10-laos-dam); "Oman
# expelled 60" (a forced return right before a bare figure; "expel" now doubles its l in
# the generated forms); "peak at 2,100" (a level verb); "Three North Korean trawlers with 87
# crew members" (trawlers are things); status: "were to arrive" is a plan. After: counts
# 1.00 / 0.97 (39 of 40, none spurious), count+destination 1.00 / 0.97; 29 of 30 articles
# pass the count test, 30 of 30 the detail test. Later (after G2): "About 7,000 of the
# students were in fact working on building sites" after "13,000 North Koreans had entered
# ..., 8,000 of them on study visas" (a part of students the text says works, when no figure
# was counted before it): G1 counts 1.00 / 1.00, 30 of 30.
BATCH_1: list[Article] = [
    (
        "G1",
        "local-gdansk-yard",
        "=46@PL/present",
        """Welders from Pyongyang on the Vistula quay // GDANSK (Pomorze Evening) - The repair
        yard on the Vistula quay employs 1,400 people, among them 46 North Korean welders, the
        yard's personnel manager, Tomasz Wrobel, confirmed on Monday. The 46 men live in a
        hostel on Letnicka Street and are driven to the yard at six every morning. Neighbours
        told the Evening they had counted two minibuses.""",
    ),
    (
        "G1",
        "local-ussuriysk-farms",
        "~80@RU/present =40@RU/present",
        """USSURIYSK (Primorsky Herald) - Some 80 North Koreans harvest soybeans on the Zarya
        farm outside Ussuriysk this autumn, the farm's director said. Another 40 tend
        greenhouses near Artyom. The director, who employs 300 seasonal staff in all, said
        the Koreans were "the only ones who turn up sober".""",
    ),
    (
        "G1",
        "local-hunchun-jackets",
        "~1500@CN/present =700@CN/present",
        """HUNCHUN (Yanbian Morning Post) - Some 1,500 North Korean women process crab and
        pollock at plants in the Hunchun border zone, according to the city's commerce
        bureau. Another 700 sew jackets in a garment park in Yanji. The bureau said the
        zone's plants employ 18,000 people in total.""",
    ),
    (
        "G1",
        "court-indictment-loggers",
        "=120@RU/present",
        """UNITED STATES DISTRICT COURT, DISTRICT OF COLUMBIA - The indictment alleges that
        Baltic Timber Holdings, through a front company registered in Vladivostok, employed
        120 North Korean loggers at two camps in Khabarovsk Krai between 2019 and 2021. The
        defendant, Viktor Lund, 58, faces up to 20 years in prison on each of four counts.
        The company shipped 14,000 cubic metres of timber to buyers in Asia.""",
    ),
    (
        "G1",
        "court-student-visas",
        "=75@RU/dispatched",
        """According to the criminal complaint, the defendant arranged study visas for 75
        North Korean construction workers who entered Russia through the Khasan crossing in
        2023. None of the 75 enrolled at the college named on the visas, prosecutors said.
        The college has 2,300 students.""",
    ),
    (
        "G1",
        "court-plea-restaurants",
        "=14@KH/present",
        """PHNOM PENH (Mekong Courier) - A Cambodian businessman pleaded guilty on Wednesday to
        employing 14 North Korean waitresses at two restaurants in Phnom Penh. The court
        heard that the women, aged 19 to 26, worked twelve-hour shifts and were not allowed
        to leave the premises. Sentencing was set for 3 March.""",
    ),
    (
        "G1",
        "parliament-poland-answer",
        "=38@PL/present =512@PL/present",
        """Written answer of the Minister of Family and Labour to question no. 4417 //
        According to data held by the Ministry, 38 citizens of the DPRK were employed in
        Poland on work permits on 31 December, down from 512 in 2016. No new permits have
        been issued since 2018. The labour inspectorate carried out 11 inspections of their
        employers last year.""",
    ),
    (
        "G1",
        "parliament-lords-answer",
        "50000-100000@M49:001/present",
        """Asked by Lord Hallam: what assessment the government has made of the number of North
        Korean nationals working overseas. // Answer: The government's assessment is that
        between 50,000 and 100,000 North Korean workers remain overseas, most of them in
        China and Russia. There are no North Korean workers in the United Kingdom. The
        government raised the matter at the Security Council on 14 occasions.""",
    ),
    (
        "G1",
        "parliament-duma-students",
        "~7000@RU/present",
        """MOSCOW (Duma Monitor) - Deputy Irina Gromova asked the interior ministry how many
        North Koreans had entered Russia on study visas. The ministry replied that 13,000
        North Koreans had entered in 2024, 8,000 of them on study visas. About 7,000 of the
        students were in fact working on building sites, Gromova told reporters after the
        session.""",
    ),
    (
        "G1",
        "ngo-annual-report",
        "~100000@M49:001/present",
        """Annual Report 2025: Beyond the Border Foundation // In 2025 our caseworkers
        interviewed 41 defectors in Seoul and Bangkok. Our network estimates that about
        100,000 North Koreans are working abroad for the state. The Foundation's 23 staff
        and 160 volunteers ran 12 training courses. We thank our 4,000 donors.""",
    ),
    (
        "G1",
        "ngo-fact-box",
        "~15000@RU/present 30000-40000@CN/present v2@LA/present",
        """FACT BOX: Where North Korea's workers are, by our count // Russia: about 15,000
        North Korean workers, mostly in construction. China: 30,000 to 40,000, mostly in
        seafood and garment plants. Laos: several hundred. Source: Open Labour Watch field
        survey, 2025.""",
    ),
    (
        "G1",
        "audit-seafood-suppliers",
        "=410@CN/present",
        """Supplier audit summary, Northsea Foods plc // Our audit of 14 supplier facilities
        in Liaoning province found that three of them employed North Korean workers, 410 in
        total. The largest, a squid processing plant in Donggang with 1,900 employees,
        accounted for 260 of the 410. We have suspended orders from all three.""",
    ),
    (
        "G1",
        "audit-garment-subcontractor",
        "=58@CN/present",
        """Fenwick Apparel responsible sourcing update // Auditors found 58 North Korean
        seamstresses at a subcontractor in Hunchun that had not been disclosed to us. The
        subcontractor's total workforce is 620. Fenwick has ended the relationship and the
        subcontractor told us all 58 had left by March.""",
    ),
    (
        "G1",
        "timeline-kuwait",
        "~4000@KW/present =1200@KW/repatriated <100@KW/present",
        """TIMELINE: North Koreans in Kuwait // 2016 - About 4,000 North Korean workers are
        employed on Kuwaiti building sites. 2017 - Kuwait stops issuing visas to North
        Koreans. 2018 - Kuwait expels 1,200 North Korean workers. 2020 - Fewer than 100
        remain, according to the labour ministry.""",
    ),
    (
        "G1",
        "timeline-mongolia",
        "=2100@MN/present =480@MN/repatriated",
        """Key dates // 2013: North Korean workers in Mongolia peak at 2,100. 2017: The UN
        Security Council bans new work permits. 2019: Mongolia sends home the last 480
        North Korean workers, the foreign ministry says.""",
    ),
    (
        "G1",
        "oped-gulf",
        "~10000@QA,KW,AE/present",
        """Opinion: The Gulf must finish the job // As an ambassador in the Gulf for six years,
        I watched North Korean crews pour concrete in the midday heat. Perhaps 10,000 North
        Koreans once worked in Qatar, Kuwait and the United Arab Emirates combined. The
        region's 30 million migrant workers deserve protection; the North Koreans among
        them deserve to be sent home.""",
    ),
    (
        "G1",
        "analysis-russia-shortage",
        "=13000@RU/dispatched =5000@RU/planned",
        """Analysis: Can Pyongyang fill Russia's building gap? // Russia's construction industry
        is short of 600,000 workers, its builders' union says. North Korea can fill only a
        fraction of that gap. Pyongyang sent 13,000 workers to Russia last year, according
        to the Institute for Eurasian Labour. Another 5,000 are expected in 2026.""",
    ),
    (
        "G1",
        "customs-bulletin-ferry",
        "=190@RU/dispatched",
        """Vladivostok customs weekly bulletin // The passenger ferry Mangyongbong arrived from
        Rajin on 12 May with 212 passengers, including 190 North Korean workers, and a crew
        of 34. Officers seized 60 cartons of cigarettes. The ferry left for Rajin on 14
        May.""",
    ),
    (
        "G1",
        "port-detention-negative",
        "none",
        """Port State Control notice // The North Korean-flagged cargo ship Ryong Bong, with a
        crew of 26, was detained at Nakhodka on 3 June for 17 safety deficiencies. The ship
        had loaded 4,000 tonnes of coal. The crew remain on board.""",
    ),
    (
        "G1",
        "oman-expelled-bare",
        "=60@OM/repatriated",
        """MUSCAT (Gulf Ledger) - North Korean workers had built hotels and villas in Muscat
        for more than a decade, a Western diplomat said. Oman expelled 60 in 2018, and the
        rest left within months, the diplomat said. Oman's construction sector employs
        800,000 foreigners.""",
    ),
    (
        "G1",
        "apposition-kazan",
        "=200@RU/present",
        """KAZAN (Volga Business) - Kim Song Il, 34, is one of 200 North Korean builders on
        the site of a new stadium in Kazan. He has been in Russia for three years and has
        not seen his two children since. The stadium will seat 45,000 spectators.""",
    ),
    (
        "G1",
        "employer-headcount-amur",
        "=150@RU/present",
        """BLAGOVESHCHENSK (Amur Pravda) - Amurstroy, which has 3,200 employees, said on Friday
        that 150 of its builders were North Korean. The company is building a gas processing
        plant near Svobodny, where 9,000 people work.""",
    ),
    (
        "G1",
        "other-groups-russia",
        "=12000@RU/present",
        """Russia hosted 1,500 North Korean tourists, 900 North Korean students and 12,000 North
        Korean workers last year, the Far East development ministry said. It also counted
        45,000 Chinese workers in the region.""",
    ),
    (
        "G1",
        "cumulative-poland",
        "~800@PL/present",
        """LUBLIN (Eastern Voice) - Since 2006, about 800 North Koreans have worked at Polish
        shipyards and farms, according to a study by Lublin university researchers. Today
        none remain, the study found. The researchers interviewed 12 former employers.""",
    ),
    (
        "G1",
        "bounds-vietnam",
        ">1000@VN/present <200@VN/present",
        """HANOI (Saigon Business Times) - No fewer than 1,000 North Korean workers were
        employed in Vietnam before 2017, a labour ministry official said. At most 200 remain,
        most of them at restaurants and a garment factory near Hai Phong.""",
    ),
    (
        "G1",
        "restated-laos",
        "=1000@LA/present",
        """Laos hosts 1,000 North Korean workers // VIENTIANE (Mekong Courier) - Roughly a
        thousand North Koreans work on building sites and in restaurants in Laos, a
        government source said. The 1,000 include 60 cooks and waitresses in Vientiane.""",
    ),
    (
        "G1",
        "soldiers-negative",
        "none",
        """SEOUL (Peninsula Wire) - North Korea has sent 1,000 more sappers and
        2,000 troops to Russia's Kursk region, South Korea's joint chiefs said. Russia has
        recruited 30,000 workers from Central Asia to rebuild the region. Some 300 North
        Korean soldiers have been wounded.""",
    ),
    (
        "G1",
        "partitive-status-split",
        "~600@RU/present =350@RU/repatriated =250@RU/present",
        """KHABAROVSK (Far East Times) - About 600 North Korean workers were employed at
        construction sites in Khabarovsk at the start of the year. Since then 350 of them have
        gone home, and 250 remain, the regional migration office said.""",
    ),
    (
        "G1",
        "crew-and-fishermen",
        "=90@RU/present",
        """Shipping bulletin // Three North Korean trawlers with 87 crew members unloaded
        catch at Zarubino this week. Separately, 90 North Korean workers are employed at a fish
        processing plant in Zarubino, port officials said.""",
    ),
    (
        "G1",
        "customs-seizure-workers-planned",
        "=300@RU/planned",
        """Customs bulletin, Khasan post // Officers inspected 22 trucks and 3 trains this
        week. A contractor told officers that 300 North Korean workers were to arrive by rail
        in June for a housing project in Ussuriysk. Officers seized 40 mobile phones.""",
    ),
]

# Batch G2, written blind after the G1 fixes (10 articles, 13 expected figures). First run:
# counts precision 0.86 / recall 0.92 (12 of 13 figures, 2 spurious), count+destination 0.86
# / 0.92; 8 of 10 articles passed the count test, 9 of 10 the detail test. The G1 fixes
# carried over ("Another 60 mend nets", "a firm in Dubai with 640 employees", "where 2,300
# people work", "Malaysia deports 50", "Poland deported 17", "2 freighters"); missed were a
# total apposed to people at a workplace of two prepositional phrases ("the North Korean
# women at two seafood plants in Hunchun, 300 in all, in March"), "Our 15 field staff" (the
# writer's own staff) and "Russia's own construction workforce numbers 6.5 million" (a
# host's workforce as the subject of a level). Fixed: all three (people nouns and a longer
# workplace before the apposed total, a comma after its tail; a first-person possessive
# before staff nouns; "workforce numbers/totals/stands at/was" as a host's whole). After:
# counts 1.00 / 1.00, count+destination 1.00 / 1.00; 10 of 10 pass the count test, 9 of 10
# the detail test. Both batches after: counts 1.00 / 1.00 (53 of 53, none spurious).
BATCH_2: list[Article] = [
    (
        "G2",
        "local-nakhodka-cannery",
        "~220@RU/present =60@RU/present",
        """NAKHODKA (Coastal Gazette) - Around 220 North Koreans gut and freeze pollock at the
        Vostok cannery, which has 1,050 employees, the plant's deputy director said. Another 60
        mend nets at a yard in the old harbour. The cannery processed 18,000 tonnes of fish last
        year.""",
    ),
    (
        "G2",
        "court-forfeiture-complaint",
        "=35@AE/present",
        """VERIFIED COMPLAINT FOR FORFEITURE IN REM // The complaint alleges that Gulf Horizon
        Contracting, a firm in Dubai with 640 employees, paid the wages of 35 North Korean
        labourers into accounts controlled by a Pyongyang trading company. The firm's three
        directors are not named as defendants. Agents traced 212 transfers.""",
    ),
    (
        "G2",
        "parliament-estonia-answer",
        "=4@EE/present",
        """Answer to interpellation no. 58 // Estonia has issued no work permits to citizens of
        the DPRK since 2016, and the Police and Border Guard Board is aware of 4 North Korean
        workers in the country, all of them at a shipyard in Paldiski. The Board checked 1,300
        employers last year.""",
    ),
    (
        "G2",
        "ngo-report-apposition",
        "=300@CN/repatriated",
        """From our 2024 annual report: Chinese authorities sent home the North Korean women
        at two seafood plants in Hunchun, 300 in all, in March. Our 15 field staff documented
        the departures. The organisation's 2,400 members fund its work.""",
    ),
    (
        "G2",
        "audit-where-headcount",
        "=75@CN/present",
        """Ethical trade audit, Lakeland Garments // At the Dalian finishing plant, where 2,300
        people work, auditors identified 75 North Korean workers on the night shift. The plant
        has 14 production lines.""",
    ),
    (
        "G2",
        "timeline-malaysia",
        "~1000@MY/present =50@MY/repatriated",
        """TIMELINE // 2014: About 1,000 North Korean workers are employed in Malaysian coal
        mines and on building sites. 2017: Malaysia deports 50 after the Kim Jong Nam killing.
        2018: The last North Koreans leave.""",
    ),
    (
        "G2",
        "oped-anaphor-deported",
        ">5000@PL/present =17@PL/repatriated",
        """Opinion: Europe looked away // Over 5,000 North Koreans worked in Polish shipyards
        and farms over two decades, while Warsaw looked away. Brussels sent 12 inspectors. It
        was not until 2018 that Poland deported 17, a gesture more than a policy.""",
    ),
    (
        "G2",
        "customs-bulletin-rail",
        "=140@RU/dispatched",
        """Khasan border post, monthly bulletin // In October, 3 passenger trains carried 410
        passengers from Tumangang, among them 140 North Korean construction workers bound for
        Vladivostok. Officers also cleared 2 freighters and 26 trucks.""",
    ),
    (
        "G2",
        "analysis-another-anaphor",
        "=8000@RU/present =3000@RU/present",
        """Analysis: North Korea's quiet return to Russia // Some 8,000 North Korean builders work
        on housing projects across Primorye, according to regional data. Another 3,000 fell
        timber in the Amur region. Russia's own construction workforce numbers 6.5 million.""",
    ),
    (
        "G2",
        "fact-box-students-tourists-negative",
        "none",
        """FACT BOX // North Korean students in Russia: 1,200. North Korean tourists to Primorye
        last year: 3,400. Russian teachers in Pyongyang: 40. Source: Far East development
        ministry.""",
    ),
]

ARTICLES: list[Article] = BATCH_1 + BATCH_2

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {}
KNOWN_DETAILS: dict[str, str] = {
    "G2-customs-bulletin-rail": "status: '3 passenger trains carried 410 passengers ..., among "
    "them 140 North Korean construction workers bound for Vladivostok' reads planned ('bound "
    "for' is a plan cue; 'carry' is no dispatch verb, as in W3-panel-ship-manifest)",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
