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

# Batch Q1, written blind (8 long texts, 39 expected figures). First run, before any change:
# counts precision 0.95 / recall 0.95 (37 of 39, 2 spurious), count+destination 0.90 / 0.90
# (35 of 39), statuses 34 of 35 matched; 3 of 8 articles right. Missed: "I would say at least
# 10,000 of the 13,000 are on building sites" after "had registered 13,000 DPRK nationals as
# entering for study" (the 13,000 was counted instead: the entry's "as" complement was cut
# off as a subordinate clause, and the part was dropped as a member of a larger group);
# "only 250 of them are believed to have arrived" of "recruited a further 400 workers".
# Spurious: "Russia's Far East has lost 1.5 million people since 1991". Destinations lost:
# "38,000 in Russia, 19,000 in China and some 3,000 elsewhere" (the 3,000 took China); "A Lao
# minister acknowledged that about 500 ..." (took Russia from context: "minister" was no
# speaker noun of a state). Status off: "sent home the last 60 ..., down from about 1,200
# in 2017" (the 1,200 reads repatriated). After the fixes: counts 1.00 / 0.97 (38 of 39, 0
# spurious), count+destination 1.00 / 0.97, statuses 37 of 38; 7 of 8 articles right. Fixed:
# a figure right after "elsewhere" takes no country of its list (`unplaced_after_figure`);
# "minister(s)" as a state's speaker (`organisation_nouns`); "lost"/"shed" before "N people"
# as a population change (`population_before`); an "as" after a complement verb and its
# object ("registered 13,000 DPRK nationals as entering") opens no clause; "N of the M",
# where M restates an earlier figure that was not counted, counts the part the text says
# works and drops the restated whole, placed where the whole was stated (the state that
# registered it) before the story's context. Left as strict xfails: the 250 and one status.
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

# Batch Q2, written blind after the Q1 fixes (6 long texts, 22 expected figures). First run:
# counts precision 1.00 / recall 0.91 (20 of 22, 0 spurious), count+destination 1.00 / 0.91,
# statuses 18 of 20; 4 of 6 articles right. The Q1 fixes carried over: "at least 12,000 of the
# 16,400 were in fact engaged in construction work" after the 16,400 entries, "the remaining
# 5,000 elsewhere", "A Russian deputy labour minister", "A Vietnamese minister", "has shed
# some 40,000 people", "lost 30,000 people". Missed: "Estimates of North Korea's overseas
# workforce run from 50,000 to 100,000" ("range from" is read, "run from" after "workforce"
# is not); "continued to employ 160 of them in Angola" after "placed about 700 ... in Angola
# and Senegal". Status off: "sent home 1,170 of them in 2018 and the remaining 130 in 2019"
# (the gapped verb's status is not carried to the 130), "placed about 700 ... from 2016 to
# 2019" (dispatched; debatable: a placement over years is also a flow). Fixed: a partitive
# placed in one country of a list its whole's sentence named is split by destination (a
# claim); an estimate noun may stand up to six words before its range verb ("Estimates of
# North Korea's overseas workforce run from"). After: counts 1.00 / 1.00 (22 of 22),
# count+destination 1.00 / 1.00, statuses 19 of 22 (the 160 reads planned: "after the UN
# deadline of December 2019"); 6 of 6 articles right. Left as strict xfails: three statuses.
BATCH_2: list[Article] = [
    (
        "Q2",
        "feature-tumen-seafood",
        "~1100@CN/present ~600@CN/present ~6000@CN/present =200@CN/planned",
        """The women of Tumen // TUMEN (Borderland Review) - Every morning at six, buses carry
        North Korean women from a walled dormitory to the seafood plants on the edge of this
        Chinese border town. || By the count of two plant managers, about 1,100 North Korean
        women work in Tumen's five seafood plants, most of them on three-year contracts. In
        2018, before the plants were expanded, the figure was closer to 600. || "We could not
        run without them," said one manager, who employs 320 of the women alongside 150 local
        staff. He pays a North Korean trading company 2,800 yuan a month per worker. || Jilin
        province as a whole has some 6,000 North Korean workers, according to a Seoul-based
        research group, although the provincial government insists there are none. || The
        town itself has shed some 40,000 people since 2000, as young Chinese left for the
        cities. || A further 200 women are due in the autumn, the managers said.""",
    ),
    (
        "Q2",
        "panel-annex-entries",
        ">12000@RU/present ~2000@BY/dispatched",
        """Annex 27: DPRK nationals entering the Russian Federation (summary) || 1. According
        to border statistics provided by a Member State, 16,400 DPRK nationals entered the
        Russian Federation in 2024, of whom 13,200 declared study as the purpose of their
        visit and 1,900 declared tourism. || 2. The Panel assesses that at least 12,000 of the
        16,400 were in fact engaged in construction work, mainly in Moscow, Kazan and the Far
        East. || 3. The Panel wrote to the Russian Federation requesting information on 48
        companies that had sponsored the visas. No reply had been received at the time of
        writing. || 4. In a separate communication, a Member State informed the Panel that
        approximately 2,000 DPRK workers had been moved from the Russian Federation to Belarus
        in 2024.""",
    ),
    (
        "Q2",
        "testimony-deputy-minister",
        "~1300@MN/present =1170@MN/repatriated =130@MN/repatriated",
        """Transcript of evidence: State Great Khural of Mongolia, Standing Committee on Social
        Policy (excerpt) || Q41 MS ENKHJARGAL: Minister, does Mongolia still host North Korean
        workers? || A: THE DEPUTY MINISTER (Mr Batbold): No. We had some 1,300 North Korean
        workers in 2017, in construction and sewing. Under the resolutions we sent home 1,170
        of them in 2018 and the remaining 130 in 2019. || Q42 MS ENKHJARGAL: There are reports
        of new arrivals. || A: THE DEPUTY MINISTER: We are aware of reports of 40 or 50 people
        on tourist visas. They are tourists. || Q43 MR DORJ: And Mongolians working in Korea? ||
        A: THE DEPUTY MINISTER: About 48,000 Mongolians work in South Korea, most of them on
        farms and in factories.""",
    ),
    (
        "Q2",
        "chronology-months",
        "=1450@RU/dispatched <30000@RU/planned <100@VN/present =40000@RU/present ~25000@RU/present",
        """The year in North Korean labour: a chronology // (Meridian Asia Institute) || March:
        Russia's Amur region said 1,450 North Korean workers had arrived since January, more
        than in all of 2023. || May: A Russian deputy labour minister told a forum that the
        country expected "up to 30,000" North Korean workers this year. || July: A Vietnamese
        minister said that no more than 100 North Korean workers remained in the country, all
        of them at restaurants. || August: The spy agency in Seoul estimated the number of
        North Korean workers in Russia at 40,000, of whom some 25,000 were in Moscow and the
        surrounding region and the rest in the Far East. || December: Russia's Far East lost
        30,000 people over the year, regional statistics showed.""",
    ),
    (
        "Q2",
        "explainer-range-shares",
        "50000-100000@M49:001/present =100000@M49:001/present =65000@M49:001/present "
        "=40000@RU/present =20000@CN/present =5000@-/present",
        """North Korean workers abroad: the numbers explained // (Pacific Policy Brief) -
        Estimates of North Korea's overseas workforce run from 50,000 to 100,000. || The higher
        figure dates from 2016, when the South Korean government said 100,000 North Korean
        workers were abroad. Of the 100,000, 60% were said to be in China and a quarter in
        Russia. || Our own estimate for this year is 65,000 workers abroad: 40,000 in Russia,
        20,000 in China, with the remaining 5,000 elsewhere. || At an average wage of $500 a
        month, that workforce would earn about $390 million a year, half of it for the state.
        || By way of comparison, some 2.6 million Central Asian migrants work in Russia.""",
    ),
    (
        "Q2",
        "indictment-africa-split",
        "~700@AO,SN/present =160@AO/present",
        """Indictment summary: the Baekdu Construction case // WASHINGTON (Docket Watch) - A
        federal grand jury has charged two executives of a Singapore-registered company with
        helping North Korea place construction workers in Africa. || The indictment says the
        company placed about 700 North Korean workers on building projects in Angola and
        Senegal from 2016 to 2019, and that it continued to employ 160 of them in Angola after
        the UN deadline of December 2019. || It says the workers earned the regime $22 million.
        Each was forced to hand over $1,000 a month. || The two executives, aged 47 and 55,
        face up to 20 years in prison. Prosecutors said 14 bank accounts had been frozen.""",
    ),
]

# Batch Q3, written blind after the Q2 fixes (4 long texts, 12 expected figures; the commit
# said 11, a miscount). First run: counts precision 0.92 / recall 0.92 (11 of 12, 1
# spurious), count+destination 0.92 / 0.92, statuses 10 of 11; 2 of 4 articles right. The
# earlier fixes carried over: "Of the 8,200, about 5,000 stayed on to work" after "recorded
# 8,200 North Korean citizens as entering the country on tourist visas" (a fronted
# partitive), "The island has lost a third of its people", percentages of the 4,000 IT
# workers (no counts). Missed: "The firms kept about 300 of them in Kuwait" after "6,000
# workers in Qatar, Kuwait and the United Arab Emirates" (the list in the sentence before).
# Spurious: "Of the 1,200, some 400 are at the Nevelsk cannery" (a part at one site of a
# group already counted; the extractor's convention splits a group by a new place, "About
# 40 of the developers are based in Vladivostok", which the spec's "41 of them work at a
# clothing factory" makes debatable). Status off: "there had been some 11,000 ... in Russia,
# and 64 of the 85 regions had hosted them" (dispatched). Fixed: the country list of the
# partitive split may stand in the sentence before. After: counts 0.92 / 1.00 (12 of 12, 1
# spurious), count+destination 0.92 / 1.00, statuses 11 of 12; 3 of 4 articles right. Left
# as strict xfails: the 400 and the status.
BATCH_3: list[Article] = [
    (
        "Q3",
        "hearing-entries-fronted-part",
        "~5000@RU/present ~11000@RU/present",
        """Committee on Migration: evidence session (excerpt) // MOSCOW (Duma Watch) - A member
        of the committee said the border service had recorded 8,200 North Korean citizens as
        entering the country on tourist visas last year. || Of the 8,200, about 5,000 stayed
        on to work at construction sites in the Moscow region, replied the witness, Irina
        Aldana of the Civic Labour Observatory. || "They are builders, not tourists," she said.
        Before the 2019 deadline there had been some 11,000 North Korean workers in Russia, she
        added, and 64 of the 85 regions had hosted them at one time. || The committee also
        heard that 1.2 million migrants from Central Asia held work patents.""",
    ),
    (
        "Q3",
        "gulf-roundup-kept-part",
        "~6000@QA,KW,AE/present ~300@KW/present =2800@QA/present",
        """The Gulf's vanishing North Korean builders // DUBAI (Gulf Labour Review) - North
        Korean construction firms once employed around 6,000 workers in Qatar, Kuwait and the
        United Arab Emirates, according to a regional diplomat. || The firms kept about 300 of
        them in Kuwait after 2019, the diplomat said, on projects the government had not
        cancelled. Qatar alone hosted 2,800 in 2016, by its own count. || The Gulf states
        employ more than 20 million foreign workers in all, most of them from South Asia. The
        North Korean firms earned an estimated $50 million a year in the region.""",
    ),
    (
        "Q3",
        "ngo-it-percentages",
        "~4000@M49:001/present =3000@M49:001/present",
        """IT workers: the numbers // (Cyber Ledger Project) - The group estimates that North
        Korea has about 4,000 IT workers abroad, roughly 60% of them in China and a fifth in
        Russia. || An earlier estimate, from 2022, put the total abroad at 3,000. || The
        workers can earn up to $5,000 a month each; in all they bring in some $250 million a
        year. A further 1,000 North Korean IT specialists work inside North Korea, the group
        said.""",
    ),
    (
        "Q3",
        "feature-sakhalin-shrinking",
        "~1200@RU/present =700@RU/present =300@RU/planned ~900@RU/present ~200@RU/present",
        """Sakhalin's shrinking towns // YUZHNO-SAKHALINSK (Island News) - The island has lost
        a third of its people since 1991, and its fish plants now depend on foreign labour. ||
        About 1,200 North Koreans work in the plants this season, a regional official said, up
        from 700 last year. Of the 1,200, some 400 are at the Nevelsk cannery. || Another 300
        workers are expected in May. || Elsewhere in the Far East, Kamchatka's fish plants
        employ about 900 North Koreans, and Magadan's some 200.""",
    ),
]

BATCHES = (BATCH_1, BATCH_2, BATCH_3)
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "Q1-court-filing-summary": "count: 'only 250 of them are believed to have arrived' after "
    "'recruited a further 400 workers' is read as a member of the counted group (a part split "
    "by status, as genres7 P1's 'still pays 600 of them')",
    "Q3-feature-sakhalin-shrinking": "count: 'Of the 1,200, some 400 are at the Nevelsk "
    "cannery' is counted (a new place after a part splits the group, the extractor's "
    "convention; the spec's '41 of them work at a clothing factory' says no claim)",
}
KNOWN_DETAILS: dict[str, str] = {
    "Q1-annual-roundup-months": "status: 'sent home the last 60 North Korean workers in the "
    "country, down from about 1,200 in 2017' reads repatriated for the 1,200 (an earlier "
    "level after 'down from' takes the return's status; as long_reports L1-panel-gulf-africa)",
    "Q2-testimony-deputy-minister": "status: 'we sent home 1,170 of them in 2018 and the "
    "remaining 130 in 2019' reads present for the 130 (the gapped verb's status is not "
    "carried)",
    "Q2-indictment-africa-split": "status: 'placed about 700 ... from 2016 to 2019' reads "
    "dispatched (debatable) and 'continued to employ 160 of them in Angola after the UN "
    "deadline' reads planned",
    "Q3-hearing-entries-fronted-part": "status: 'there had been some 11,000 North Korean "
    "workers in Russia, she added, and 64 of the 85 regions had hosted them' reads dispatched",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
