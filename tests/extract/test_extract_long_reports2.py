"""Long English texts (8-20 sentences) for worker counts and their destinations, a second
series after ``test_extract_long_reports.py``: investigative features, UN Panel of
Experts-style report sections, NGO report chapters, parliamentary hearing transcripts
(speaker labels), think-tank explainers, court filing summaries and annual round-ups. Each
holds several figures for different countries, years and statuses among distractors:
restatements of a figure already given (one claim: the same scorer key), historical levels
beside current ones, totals and their parts ("Of those 100,000, about 70% were in China":
a percentage of a total gives no count, the extractor never derives one; "Of the 140 men
on his shift, 90 are North Korean" is a claim of 90), other groups' figures (Chinese and
Uzbek workers, troops, students, foreigners counted by Russian officials, interviewed
former workers) and money.

The articles are invented for this file (people, outlets, firms, figures) and each batch went
into git with its expected claims before its first extractor run. Notation and comparison
are those of ``test_extract_long_articles.py`` (``Q VALUE@DESTS/STATUS``; " // " ends the
headline, " || " a paragraph), run through ``test_extract_short_news``'s two checks (counts
and destinations; qualifiers and statuses). Conventions from ../shared/spec/claims.md:
"military builders" are workers; entries and students are not workers unless the text calls
the people workers; a figure split off a total by destination or status is a claim of its own.
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch Q1, written blind (8 long texts). First run: see below (recorded after the run).
BATCH_1: list[Article] = [
    (
        "Q1",
        "investigation-garment-belt",
        "~9000@CN/present ~14000@CN/present =260@CN/present",
        """Stitches for the state: North Korean seamstresses in Liaoning // DANDONG (Harbour
        Light Investigations) - For eight months, Harbour Light tracked job adverts, bus routes
        and dormitory leases across Liaoning province. || Our count puts the number of North
        Korean garment workers in the province at about 9,000, spread over 41 factories. Some
        9,000 women, in other words, working twelve-hour shifts for wages they never see in
        full. || That is down from roughly 14,000 in 2019, when the Panel of Experts last tried
        to map the sector. Factory managers told us each worker earns about $350 a month, of
        which the state takes about 70%. || At the largest plant we visited, 260 North Korean
        women sew jackets for European brands beside 180 Chinese employees. One manager said
        his firm had paid a broker 1.2 million yuan to secure the contract. || Chinese
        officials deny that any North Koreans work in the province. In Dalian, where the port
        handles 400 million tonnes of cargo a year, we found no trace of the workers.""",
    ),
    (
        "Q1",
        "panel-section-russia-laos",
        "40000-50000@RU/present =30023@RU/present =1150@RU/dispatched =3000@RU/planned "
        "~300@LA/present =212@LA/repatriated",
        """Panel of Experts final report: overseas workers (excerpt) || 143. The Panel
        estimates that between 40,000 and 50,000 DPRK nationals continued to work in the
        Russian Federation during the reporting period, most of them in construction. In 2017,
        before resolution 2397 (2017) required their repatriation, the Russian Federation had
        reported 30,023 DPRK nationals employed on its territory. || 144. Of these, roughly a
        third were in Moscow and Saint Petersburg, according to a Member State. The Panel
        could not verify that estimate. || 145. The Panel also received information that 1,150
        DPRK workers entered the Russian Federation through Vladivostok between January and
        March, most holding student visas, and that a further 3,000 were scheduled to depart
        Pyongyang in the second half of the year. || 146. In Laos, the Panel identified about
        300 DPRK workers at two hydropower sites; the Government of the Lao People's
        Democratic Republic informed the Panel that 212 had been repatriated in 2023. || 147.
        The Panel notes that the DPRK earns an estimated $120 million a year from workers in
        the Russian Federation.""",
    ),
    (
        "Q1",
        "hearing-transcript-speakers",
        "35000-40000@RU/present ~40000@RU/present ~50000@CN/present >10000@RU/present "
        "~6000@RU/dispatched",
        """Transcript: Foreign Affairs Committee hearing on North Korean forced labour
        (excerpt) || CHAIR: Dr Ferris, how many North Korean workers are in Russia today? ||
        DR FERRIS: Our best estimate is 35,000 to 40,000, Madam Chair. Before the sanctions,
        the number was around 40,000 as well, so we are back where we were in 2016. || CHAIR:
        And in China? || DR FERRIS: Harder to say. Perhaps 50,000, perhaps more. The Chinese
        government says zero. || MR OKAFOR: The Russian interior ministry told us last year
        that it had registered 13,000 DPRK nationals as entering for study. Are those workers?
        || DR FERRIS: Most of them, yes. I would say at least 10,000 of the 13,000 are on
        building sites. || MR OKAFOR: And the soldiers? || DR FERRIS: About 12,000 troops went
        to Kursk, and some 6,000 military builders followed them. Those builders are workers in
        our count. || CHAIR: Thank you. The committee will also hear from the Treasury on
        the $2 billion in frozen assets.""",
    ),
    (
        "Q1",
        "explainer-totals-parts",
        "=100000@M49:001/present ~60000@M49:001/present =38000@RU/present =19000@CN/present "
        "~3000@-/present =12000@RU/present",
        """Explainer: How many North Koreans work abroad? // WASHINGTON (Halvorsen Center) -
        The most cited figure is 100,000. It comes from a 2016 estimate by South Korea's spy
        agency, which put the number of North Korean workers abroad at 100,000, in about 40
        countries. || Of those 100,000, about 70% were in China and roughly 20% in Russia, the
        agency said. The remaining tenth were spread across the Middle East, Africa and
        Southeast Asia. || Today the picture is different. Our own tally, published in March,
        finds about 60,000 North Korean workers abroad: 38,000 in Russia, 19,000 in China and
        some 3,000 elsewhere. || Russia's share has grown fastest. The number of North Korean
        workers there has tripled since 2022, when we estimated 12,000. || The money matters
        too: at an average of $600 a month, 60,000 workers would earn Pyongyang more than $400
        million a year. || By comparison, China employs about 300,000 workers from Vietnam,
        and Russia hosts some 2 million Uzbek migrants.""",
    ),
    (
        "Q1",
        "court-filing-summary",
        "~1800@CN/present =400@GQ/recruiting =250@GQ/dispatched",
        """Court filing summary: United States v. Jin Yang Trading Co. // NEW YORK (Sanctions
        Docket) - Prosecutors in the Southern District of New York on Monday unsealed a
        forfeiture complaint against a Hong Kong-registered firm accused of laundering wages
        earned by North Korean workers. || According to the complaint, Jin Yang Trading
        arranged the employment of about 1,800 North Korean workers at seafood and garment
        plants in Shandong province between 2018 and 2023, and moved $41 million of their
        earnings through 17 front companies. || The complaint says the firm recruited a further
        400 workers for a plant in Equatorial Guinea in 2022, though only 250 of them are
        believed to have arrived. || A cooperating witness, a former manager identified only as
        CW-1, told investigators that the 1,800 workers handed over about 80% of their pay. ||
        The firm's director, a 52-year-old Chinese national, faces up to 20 years in prison if
        convicted. Prosecutors are seeking forfeiture of $12.5 million held in 3 bank
        accounts.""",
    ),
    (
        "Q1",
        "annual-roundup-months",
        "=2400@RU/dispatched =60@MN/repatriated ~1200@MN/present ~15000@RU/dispatched "
        "=10000@RU/planned ~500@LA/present ~50000@RU/present ~2000@RU/present",
        """2025 in review: North Korea's overseas labour // SEOUL (Peninsula Monitor) - It was
        a year in which North Korea's labour exports returned to pre-sanctions levels in
        Russia and quietly shrank elsewhere. || January: Russia's Primorsky Krai reported that
        2,400 North Korean workers had arrived over the holiday period, most to work on
        apartment blocks in Vladivostok. || April: Mongolia said it had sent home the last 60
        North Korean workers in the country, down from about 1,200 in 2017. || June: The spy
        agency said some 15,000 North Korean workers had gone to Russia since January, adding
        that Pyongyang planned to send 10,000 more by December. || September: A Lao minister
        acknowledged that about 500 North Korean workers remained on dam projects, despite a
        2019 pledge to repatriate them. || November: Russian officials said the total number
        of foreigners working in the Far East had reached 160,000, including 45,000 Uzbeks.
        North Korea's embassy in Moscow said 300 of its students had begun university courses.
        || By the agency's count, about 50,000 North Korean workers are now in Russia, against
        some 2,000 at the end of 2022.""",
    ),
    (
        "Q1",
        "ngo-chapter-fishing",
        "1500-2000@RU/present ~3500@CN/present =3000@CN/present =5000@CN/present",
        """Chapter 3: Conditions at sea and on shore // From "Nets and Debts", a report by the
        Tidewater Rights Project || 3.1 North Korean crews have worked for foreign fishing
        firms for decades. We interviewed 38 former crew members now living in South Korea; the
        youngest was 22 when he first went to sea. || 3.2 Based on port records and crew lists,
        we estimate that between 1,500 and 2,000 North Korean fishermen were working in
        Russian waters in 2024, most of them in the Sea of Okhotsk. || 3.3 On shore, the
        seafood plants of Hunchun employed some 3,500 North Korean women at the peak of the
        2018 season; after 2020 that number fell by two thirds. The plants processed 120,000
        tonnes of squid and crab that year. || 3.4 Estimates of this workforce vary widely.
        The Seoul-based Data Centre for Northern Affairs counted 3,000, while a 2019 Chinese
        media report put it at 5,000. || 3.5 Each crew member was told to remit $10,000 over a
        three-year contract. A Chinese captain told us he paid a Pyongyang agency $1,500 per
        man per season.""",
    ),
    (
        "Q1",
        "feature-amur-sawmill-shares",
        "=90@RU/present ~20000@RU/present ~4000@RU/present =600@RU/planned",
        """Amur's sawmills run on imported labour // BLAGOVESHCHENSK (Taiga Times) - At the
        Zeya sawmill, the foreman speaks three languages badly and none well. Of the 140 men on
        his shift, 90 are North Korean, he said, the rest Chinese and Tajik. || The regional
        migration office says 52,000 foreign workers were registered in Amur last year, about
        8% of them from North Korea. Chinese nationals made up 40%. || North Koreans have
        logged in Amur since the Soviet era: in 1985 some 20,000 worked in the region's camps.
        Today the regional government puts their number at about 4,000, most of them in
        timber. || "Without the Koreans we would close," said the mill's owner, who pays the
        North Korean state company 45,000 rubles a month per worker. Another 600 North Korean
        loggers are due to arrive in the spring, the migration office said. || Russia's Far
        East has lost 1.5 million people since 1991.""",
    ),
]

BATCHES = (BATCH_1,)
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {}
KNOWN_DETAILS: dict[str, str] = {}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
