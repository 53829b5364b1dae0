"""Worker counts in genres and number shapes earlier count batches covered thinly: op-eds and
columns, think-tank report summaries with several figures, parliamentary written questions,
satellite-imagery notes, court sentencing reports, podcast transcripts, Russian and Chinese
media in translation, rolling news summaries, and hard negatives (tourists, students,
soldiers, a sanctions explainer full of years, hours, dollars, tonnes and ship numbers). The
count phenomena aimed at are the number grammar of real reporting: ranges ("between 15,000
and 20,000", "50,000-60,000", "30 to 35 thousand", "500 to 600"), vague classes ("tens of
thousands", "a few thousand", "several thousand at most", "a few dozen each"), hedges and
bounds ("some 3,000-plus", "up to", "no fewer than", "nearly", "just under", "as many as"),
baselines ("more than double the 2019 figure of about 7,000", "up from roughly 200"),
cumulative totals ("a total of 4,500 since 2023", "in all"), shares that are no counts, other
groups' figures in the same sentence, and figures with "hands", "brigades", "personnel",
"staff" and typed nouns (seamstresses, IT developers, nurses).

The articles are invented for this file (people, outlets, firms, figures), and each batch
went into git with its expected claims before its first extractor run; notation, comparison
and conventions follow ``test_extract_count_genres4.py``.
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch N1, written blind (14 articles, 29 expected figures, 29 scorer keys; the commit said 28, a
# miscount). First run, before any change: counts precision 0.96 / recall 0.79 (23 of 29, 1
# spurious), count+destination 0.83 / 0.69 (20 of 29); 9 of 14 articles right. Missed: "more than
# double the 2019 figure of about 7,000 that Moscow reported", the podcast's bare answers
# "Honestly, tens of thousands." and "I'd say several thousand at most.", "Two brigades of North
# Korean farm hands, about 120 people in all" and "employed 480 North Korean hands in all";
# qualifier: "some 3,000-plus" read as about 3,000 (the hedge before outranks "-plus" after, a
# spurious key and a miss); destination: the three figures of "the port of Vostochny" have none
# (the port is not in the gazetteer). Status off: "Uganda will keep about 30 ... personnel ...
# until their contracts end" (planned). After the fixes: counts 1.00 / 1.00 (29 of 29),
# count+destination 1.00 / 1.00, all statuses right: a bound after a hedge wins ("some
# 3,000-plus"); "the 2019 figure of about 7,000" (a figure named as one); "farm hands" as a
# labour term (the story was gated out); "Two brigades of" counts groups; a vague figure as a
# transcript turn's whole answer ("Honestly, tens of thousands.", "I'd say several thousand at
# most."); Vostochny (RU); "will keep" is no plan.
BATCH_1: list[Article] = [
    (
        "N1",
        "op-ed-moscow-labour",
        "15000-20000@RU/present ~7000@RU/present",
        """Opinion: Moscow's quiet labour import // By Hanna Lindqvist // Russia now hosts
        between 15,000 and 20,000 North Korean labourers, if the estimates of Seoul's spy
        agency are right. That is more than double the 2019 figure of about 7,000 that Moscow
        reported to the UN. Most of them work on building sites in the Far East and in Moscow
        itself. The Kremlin insists they are students. Some 30% of them, by one count, never
        leave their sites.""",
    ),
    (
        "N1",
        "report-summary-hands-for-hire",
        "50000-60000@M49:001/present ~100000@M49:001/present 30000-35000@RU/present "
        "v3@CN/present ~2000@M49:145/present >400@LA,KH/present",
        """Report summary: 'Hands for Hire' (Asan Labour Observatory, 48 pp.) // The report
        estimates that North Korea keeps 50,000-60,000 workers abroad, down from some 100,000
        before the 2017 sanctions. Of these, it puts 30 to 35 thousand in Russia and a few
        thousand in China. It counts just under 2,000 in the Middle East, mostly in Kuwait and
        the UAE, and no fewer than 400 IT developers working from Laos and Cambodia. The
        authors interviewed 27 former workers now living in Seoul.""",
    ),
    (
        "N1",
        "written-question-gdansk",
        "<80@PL/present >3000@RU/present",
        """Written question E-001234/2025 to the Commission (Rule 144), Jonas Berg (Renew) //
        Subject: North Korean workers in EU shipyards // Press reports indicate that as many as
        80 North Korean welders were employed at a shipyard in Gdansk until 2023, and that some
        3,000-plus DPRK nationals still work in Russia's Leningrad region. 1. Is the Commission
        aware of these cases? 2. What steps will it take under Regulation 2017/1509?""",
    ),
    (
        "N1",
        "imagery-ussuriysk-barracks",
        "500-600@RU/present ~200@RU/present",
        """Imagery analysis: a new dormitory at the Ussuriysk site // Commercial satellite
        images from 14 April show four new barrack blocks at the construction site north of
        Ussuriysk. Each block is about 60 metres long. Using a standard of 4 square metres per
        person, we estimate the camp can hold 800 people. Local sources say 500 to 600 North
        Korean builders live there now, up from roughly 200 last autumn.""",
    ),
    (
        "N1",
        "sentencing-khabarovsk-broker",
        ">140@RU/dispatched",
        """Court sentences broker who supplied North Korean labour // KHABAROVSK - A district
        court on Thursday sentenced Oleg Sidorenko, 52, to three years in a penal colony for
        organising illegal migration. Prosecutors said his firm placed no fewer than 140
        citizens of the DPRK on building sites in the city between 2021 and 2024, earning him
        18 million roubles. He was also fined 500,000 roubles under Article 322.1 of the
        Criminal Code.""",
    ),
    (
        "N1",
        "podcast-borderlines",
        "v4@CN/present 10000-15000@CN/present v3@RU/present",
        """Podcast transcript: 'Borderlines', episode 87 // HOST: So how many North Korean
        workers are we talking about in China? || GUEST (Dr Mei Tanaka): Honestly, tens of
        thousands. In Dandong alone, probably 10 to 15 thousand, mostly women in seafood and
        garment plants. || HOST: And Russia? || GUEST: Fewer than people think. I'd say several
        thousand at most.""",
    ),
    (
        "N1",
        "translated-primamedia-vostochny",
        "<1200@RU/planned ~700@RU/present =4500@RU/dispatched",
        """Translated from Russian: Primamedia, 3 March // Up to 1,200 workers from the DPRK
        will be engaged this year in building the new terminal at the port of Vostochny, the
        regional government said. Last year about 700 Korean specialists worked on the first
        stage. In total, since 2023 the region has received a total of 4,500 workers from the
        DPRK, the ministry said.""",
    ),
    (
        "N1",
        "translated-liaoning-hunchun",
        "~6000@CN/present =1500@CN/planned",
        """Translated from Chinese: Liaoning Daily (excerpt) // The Hunchun border economic
        zone now employs nearly 6,000 workers from the DPRK, the zone's management committee
        said, accounting for about 18% of its labour force. Another 1,500 are expected after
        the spring festival. The zone's output grew 12.4% to 21 billion yuan.""",
    ),
    (
        "N1",
        "rolling-coverage-tuesday",
        "~10000@RU/dispatched =56@MN/repatriated",
        """Rolling coverage: North Korea labour exports, Tuesday // 08:10 Seoul's intelligence
        service tells lawmakers around 10,000 North Korean workers went to Russia last year,
        twice as many as in 2023. || 09:45 Mongolia's labour ministry says the last 56 North
        Korean seamstresses in Ulaanbaatar were sent home in 2019. || 11:20 The US Treasury
        adds two shipping firms and 5 vessels to its sanctions list.""",
    ),
    (
        "N1",
        "column-patrokl-site",
        "~90@RU/present",
        """Column: The builders nobody sees // On a single site in Vladivostok's Patrokl
        district I counted cranes, not people, but the foreman was happy to talk. He has 320
        Uzbek migrants, 150 Chinese workers and about 90 North Koreans. The North Koreans, he
        said, are 'the only ones who never drink'. Nationwide, North Koreans are perhaps 2% of
        the foreign workforce.""",
    ),
    (
        "N1",
        "tourists-students-soldiers",
        "none",
        """Russia welcomed 1,200 North Korean tourists last year // Russia received about
        1,200 tourists from North Korea in 2025, mostly on tours to Vladivostok and Moscow, the
        tourism agency said. A further 800 North Korean students are enrolled at Russian
        universities; analysts say many of them end up working on building sites. In Kursk, an
        estimated 11,000 North Korean soldiers fought in 2024.""",
    ),
    (
        "N1",
        "explainer-resolution-2397",
        "~23000@M49:001/repatriated",
        """Sanctions explainer: Resolution 2397 at eight // UN Security Council Resolution
        2397, adopted in December 2017, ordered all states to send North Korean workers home
        within 24 months. By the deadline, member states reported sending home about 23,000
        of them. Workers still abroad put in 12 to 16 hours a day and hand over up to $800 a
        month each. The freighter Chon Ma San (IMO 8660313) was seized in 2019 carrying 2,500
        tonnes of coal.""",
    ),
    (
        "N1",
        "amur-farm-brigades",
        "~120@RU/dispatched =480@RU/present",
        """Amur farm brigades // BLAGOVESHCHENSK - Two brigades of North Korean farm hands,
        about 120 people in all, arrived at soybean farms near Tambovka this week, the district
        head said. Three more brigades, a few dozen each, are due in May. In 2024 the district
        employed 480 North Korean hands in all.""",
    ),
    (
        "N1",
        "uganda-medical-personnel",
        "~30@UG/present <60@UG/present",
        """Ministry: North Korean medical staff to stay // KAMPALA - Uganda will keep about
        30 North Korean medical personnel, including 12 nurses, at its regional hospitals until
        their contracts end in 2026, the health ministry said. Uganda had hosted as many as 60
        DPRK doctors and nurses before 2017.""",
    ),
]

# Batch N2, written blind after the N1 fixes (14 articles, 27 expected figures, 27 scorer keys).
# First run: counts precision 0.95 / recall 0.78 (21 of 27, 1 spurious), count+destination 0.86 /
# 0.70 (19 of 27); 9 of 14 articles right. Missed: the factbox's "China - between 20,000 and
# 50,000, in seafood", "Middle East - fewer than 100 believed left" and "Africa - several
# hundred, in construction"; the verdict's "illegally employing 73 DPRK nationals"; the podcast's
# "A couple of hundred, mostly in Kuwait." (and "Your survey covered 210 returnees" read); the
# annual report's "of whom 4,800 remain" and "In all, 1,400 have gone home" (read with no place).
# Destination: "Laos (about 1,000)" takes CN too (the China item's "mostly in Liaoning and
# Jilin" aside before it). Status off: "registered ... arriving for work, including ... 2,900
# citizens of the DPRK" and its baseline (present), "hundreds of workers still leave each month
# for Russia" (present). After the fixes: counts 1.00 / 1.00 (27 of 27, 0 spurious),
# count+destination 0.93 / 0.93 (25 of 27): a gerund after an adverb ("sentenced ... for
# illegally employing 73") gives the figure a verb of its own; a factbox line "PLACE - FIGURE"
# with an aside or a verb after the figure, vague too, and the line's place for its bare figure
# ("after Kuwait and Qatar sent most home" names no destination); "of whom 4,800 remain" splits
# the whole by status; a bracketed aside with a figure does not join the places around it
# ("China (roughly 40,000, mostly in Liaoning and Jilin) and Laos"); a whole answer may end on
# "mostly in Kuwait"; "Your survey covered 210 returnees" is a sample. Left (strict xfails
# below): the podcast answer takes "mostly in Kuwait" for the whole (expected the question's
# Middle East), "In all, 1,400 have gone home" has no place (the region is named only in the
# headline's agency name; read since dest11: a regional body that acts, "Amur Regional
# Employment Service", is carried as the host up to the context reach), and the three
# statuses.
BATCH_2: list[Article] = [
    (
        "N2",
        "policy-brief-after-treaty",
        "25000-30000@RU/present ~40000@CN/present ~1000@LA/present",
        """Policy brief: Labour exports after the treaty (Seoul Institute for Peninsula Studies)
        // Key findings: North Korean workers are now present in at least 12 countries. The
        largest groups are in Russia (an estimated 25,000-30,000), China (roughly 40,000,
        mostly in Liaoning and Jilin) and Laos (about 1,000). Smaller contingents work in
        Cambodia, Vietnam and Equatorial Guinea. Annual revenue for Pyongyang is put at $500
        million.""",
    ),
    (
        "N2",
        "factbox-labour-abroad",
        "~15000@RU/present 20000-50000@CN/present <100@M49:145/present v2@M49:002/present",
        """FACTBOX-North Korean labour abroad // Russia - about 15,000 workers, mainly
        construction and logging (South Korean estimate). || China - between 20,000 and
        50,000, in seafood, garments and IT. || Middle East - fewer than 100 believed left,
        after Kuwait and Qatar sent most home by 2019. || Africa - several hundred, in
        construction and medicine.""",
    ),
    (
        "N2",
        "translated-dandong-verdict",
        "=73@CN/present",
        """Translated from Chinese: Dandong Intermediate People's Court, verdict summary // The
        defendant Wang Jun, 46, general manager of a Dandong seafood company, was sentenced to
        18 months in prison for illegally employing 73 DPRK nationals between 2019 and 2022,
        in violation of Article 244 of the Criminal Law. The court found that he paid each
        worker 1,800 yuan a month and confiscated 2.1 million yuan of illegal gains.""",
    ),
    (
        "N2",
        "hearing-it-developers",
        "1000-1500@CN,RU/present v1@LA/present",
        """Hearing excerpt, House Foreign Affairs Subcommittee on Asia // MS. ALVAREZ: How
        many North Korean IT developers are physically overseas today? || MR. DOYLE (State
        Department): Our best estimate is 1,000 to 1,500, based mostly in China and Russia,
        with a few dozen more in Laos. Several thousand others work from inside North
        Korea.""",
    ),
    (
        "N2",
        "satellite-chegdomyn-camp",
        "~700@RU/present",
        """Satellite watch: a logging camp grows in Khabarovsk Krai // Images captured on 2
        June show 14 new dormitory buildings at the timber camp outside Chegdomyn. Based on
        comparable camps, we estimate its capacity at roughly 1,100 beds. A former logger told
        us that around 700 North Korean loggers were at the camp last winter, twice as many as
        in 2022.""",
    ),
    (
        "N2",
        "podcast-korea-desk-gulf",
        "v2@M49:145/present",
        """Podcast: 'The Korea Desk', episode 212 // HOST: Your survey covered 210 returnees.
        || GUEST: Right. About 60% had worked in construction, and a quarter in logging. Of
        the whole group, 35 had been in the Middle East. || HOST: And today? How many North
        Korean workers are still in the Middle East? || GUEST: A couple of hundred, mostly in
        Kuwait.""",
    ),
    (
        "N2",
        "translated-kommersant-primorye",
        "=2900@RU/dispatched =1100@RU/dispatched",
        """Translated from Russian: Kommersant-Dalny Vostok // In the first nine months the
        Primorye migration service registered 31,400 foreign citizens arriving for work,
        including 18,200 citizens of Uzbekistan and 2,900 citizens of the DPRK. The number of
        North Koreans is up from 1,100 a year earlier. Employers say North Korean teams are
        valued for their discipline.""",
    ),
    (
        "N2",
        "op-ed-sanctions-leak",
        "~100000@M49:001/present v2@RU/dispatched ~400@MN/repatriated ~300@LA/present",
        """Op-ed: Sanctions that leak // By Sung-min Park, a former UN panel member // When the
        Security Council set its 2019 deadline, it believed nearly 100,000 North Koreans worked
        abroad. Today hundreds of workers still leave each month for Russia on student and
        tourist visas. Mongolia, to its credit, sent home its last 400 or so; Laos reported
        just under 300 remaining in 2020.""",
    ),
    (
        "N2",
        "live-updates-summit",
        ">5000@RU/planned 13000-15000@RU/present =4000@RU/present",
        """Live updates: Kim-Putin summit, day 2 // 09:12 Russian officials say the two sides
        discussed "labour cooperation". || 10:40 A Russian deputy minister tells reporters
        that no fewer than 5,000 additional North Korean workers could arrive in 2026. ||
        11:05 The Kremlin denies that any North Korean troops remain in Kursk. || 12:30
        Analysts note that Russia already hosts an estimated 13,000 to 15,000 North Korean
        labourers, up from 4,000 in 2022.""",
    ),
    (
        "N2",
        "nigeria-health-personnel",
        "=45@NG/present",
        """Health ministry renews North Korean clinic contracts // ABUJA - Nigeria has renewed
        the contracts of 45 North Korean health personnel, among them 20 nurses and 11
        acupuncturists, the health ministry said. They make up roughly 3% of the foreign
        medical staff in public hospitals. Their salaries of $1,200 a month are paid to a
        state agency.""",
    ),
    (
        "N2",
        "defector-testifies-seoul",
        "none",
        """Former IT worker testifies in Seoul // A 34-year-old defector who spent five years
        writing code in Shenyang told a Seoul court on Monday that each programmer in his unit
        had to earn $5,000 a month. He was one of 236 defectors who arrived in the South last
        year, the Unification Ministry says. Prosecutors are seeking 7 years for the
        broker.""",
    ),
    (
        "N2",
        "rason-chinese-investors",
        "none",
        """Rason zone draws Chinese investors // About 3,000 Chinese workers are now employed
        in the Rason special economic zone, a Jilin official said, and 1.5 million tonnes of
        cargo passed through Rajin port last year. Some 25,000 Chinese tourists visited the
        zone in 2025. The zone was set up in 1991.""",
    ),
    (
        "N2",
        "annual-report-amur-employment",
        "=6200@RU/dispatched =4800@RU/present =1400@RU/repatriated",
        """Annual report extract: Amur Regional Employment Service // Since the 2023 agreement
        the region has taken in a total of 6,200 workers from the DPRK, of whom 4,800 remain.
        In all, 1,400 have gone home at the end of their contracts. Forestry (58%) and
        agriculture (31%) employ most of them.""",
    ),
    (
        "N2",
        "sakhalin-fish-cutters",
        "~900@RU/planned =650@RU/present",
        """Sakhalin fishing season // YUZHNO-SAKHALINSK - Processing plants on the island will
        take on some 60 teams of North Korean fish cutters this season, about 900 people, the
        regional fisheries agency said. Last season 650 North Koreans worked on the island's
        processing lines.""",
    ),
]

# Batch N3, written blind after the N2 fixes (14 articles, 25 expected figures, 25 scorer keys).
# First run: counts precision 1.00 / recall 0.72 (18 of 25, 0 spurious), count+destination 0.94 /
# 0.68 (17 of 25); 8 of 14 articles right, all statuses of the matched figures right. Missed:
# 'Workers in China number "in the tens of thousands"', "three or four hundred of them hired
# this year" (after "some 1,200 ... seamstresses"), "Unofficially, maybe a hundred or so.",
# "At present the krai has 2,300 of them, down from 3,100 last year. Quotas for 2026 allow for
# up to 4,000." (all three), "They join roughly 150 who stayed on through the summer";
# destination: "Russia, where an estimated 12,000 to 15,000 work, or China, where ..." takes
# China too. After the fixes: counts 1.00 / 0.96 (24 of 25, 0 spurious), count+destination
# 1.00 / 0.96: a part "At present" after a sentence totalling years or with a perfect verb is
# a claim of its own ("At present the krai has 2,300 of them, down from 3,100"); a quota as a
# level's subject ("Quotas for 2026 allow for up to 4,000"); a double quote between a level verb
# and its figure ('number "in the tens of thousands"'); a relative clause of the workers' verb
# after a bare figure ("They join roughly 150 who stayed on"); a count question in a sentence
# of its own inside a turn ("HOST: Let's talk numbers. How many ...?") answered after an
# elliptical one ("And now?"); "Russia, where an estimated 12,000 to 15,000 work, or China":
# the place the relative clause hangs on. Left: the dispatched part of a counted stock ("some
# 1,200 ... seamstresses work in the park, three or four hundred of them hired this year"), a
# strict xfail.
BATCH_3: list[Article] = [
    (
        "N3",
        "key-points-seoul-report",
        "3000-4000@RU/dispatched ~2000@RU/recruiting v4@CN/present",
        """Key points: Seoul's report on overseas labour // - North Korea has sent an estimated
        3,000-4,000 workers to Russia since January. || - Around two thousand more are being
        trained in Pyongyang for jobs in Russian shipyards. || - Workers in China number "in
        the tens of thousands", the report says. || - The report cites 17 front companies in
        Vladivostok.""",
    ),
    (
        "N3",
        "translated-yanbian-daily",
        "=500@CN/planned",
        """Translated from Chinese: Yanbian Daily // Hunchun's seafood processing park employs
        more than 3,200 foreign staff, of whom DPRK-national employees account for about 70
        percent, the park's administration said. The park plans to recruit another 500 workers
        from the DPRK this year.""",
    ),
    (
        "N3",
        "written-question-ukraine",
        "<8000@UA/dispatched v2@UA/present",
        """Written question UIN 41234, tabled by Fiona Reid MP // To ask the Secretary of State
        for Foreign Affairs, what assessment he has made of reports that up to 8,000 North
        Korean workers have been sent to occupied areas of Ukraine since 2024. || Answer
        (Minister Catherine West): We are aware of reports that several hundred North Korean
        construction workers are in Donetsk. We cannot verify the higher figure.""",
    ),
    (
        "N3",
        "gdansk-recruiter-jailed",
        "=23@PL/present",
        """Court jails recruiter over North Korean shipyard labour // GDANSK - A regional court
        on Wednesday sentenced a 61-year-old Polish recruiter to two and a half years in prison
        for exploiting 23 North Korean welders at a Gdynia shipyard between 2014 and 2016.
        Prosecutors said the men worked 12-hour shifts, six days a week, and that the
        recruiter's firm took 1.1 million zlotys from their wages. The court also barred him
        from running a business for 5 years.""",
    ),
    (
        "N3",
        "imagery-dandong-garments",
        "~1200@CN/present 300-400@CN/dispatched",
        """Imagery note: Dandong's garment district // Analysis of images from March shows two
        new six-storey dormitories beside the Hongxiang textile park in Dandong. Each could
        house roughly 400 people. A trader in the city estimates that some 1,200 North Korean
        seamstresses work in the park, three or four hundred of them hired this year.""",
    ),
    (
        "N3",
        "column-mongolia-said-no",
        "~1200@MN/present 12000-15000@RU/present",
        """Column: Why Mongolia said no // By Batbayar Dorj // At its peak in 2016, Mongolia
        hosted some 1,200 North Korean workers, most of them building apartment blocks in
        Ulaanbaatar. Today officially there are none. Compare that with Russia, where an
        estimated 12,000 to 15,000 work, or China, where numbers may be five times higher.
        Ulaanbaatar chose its relationship with Washington over roughly $20 million a year in
        cheap labour.""",
    ),
    (
        "N3",
        "podcast-frontier-kuwait",
        "5000-6000@KW/present ~100@KW/present",
        """Podcast transcript: 'Frontier Economics', episode 45 // HOST: Let's talk numbers. How
        many North Korean workers did Kuwait have? || GUEST: At the peak, somewhere between
        five and six thousand, mostly on government building sites. || HOST: And now? ||
        GUEST: Officially zero. Unofficially, maybe a hundred or so.""",
    ),
    (
        "N3",
        "as-it-happened-panel",
        "~500@LA/present <200@KH/present",
        """As it happened: UN sanctions panel briefing // 14:02 The panel says it has evidence
        of North Korean workers in 9 countries. || 14:20 Laos: "about 500", mostly in hotels
        and restaurants in Vientiane. || 14:31 Cambodia: "fewer than 200". || 14:45 Asked
        about Russia, the coordinator declined to give a number.""",
    ),
    (
        "N3",
        "study-far-east-migrants",
        "=6500@RU/present <300@RU/present",
        """Summary: 'Migration and Labour in the Russian Far East' (Vladivostok Institute of
        Economics) // The study counts 94,000 labour migrants in the Far Eastern Federal
        District in 2025, among them 41,000 Uzbeks, 22,000 Tajiks and 6,500 North Koreans.
        North Koreans are concentrated in construction (about 80%). The authors estimate that
        no more than 300 North Korean workers are employed in agriculture, against 9,000
        Chinese.""",
    ),
    (
        "N3",
        "footballers-irkutsk",
        "none",
        """North Korean footballers train in Irkutsk // A squad of 26 North Korean players and
        8 staff arrived in Irkutsk on Monday for a three-week training camp. Russian media say
        1,500 North Korean students now study at Russian universities, up from 300 in 2022.
        Some 11,000 North Korean soldiers were deployed to Kursk last year.""",
    ),
    (
        "N3",
        "explainer-revenue-counted",
        "none",
        """Explainer: How North Korea's labour revenue is counted // Security Council
        Resolution 2375 (2017) banned new work permits for North Koreans, and Resolution 2397
        ordered their return by 22 December 2019. US officials estimate the regime earned $500
        million a year from overseas labour. The freighter Kum Un San 3 carried 2,500 tonnes of
        anthracite to Nakhodka in 2019 under Article 8 of a bilateral deal. Workers typically
        put in 14 hours a day.""",
    ),
    (
        "N3",
        "restaurant-chain-laos",
        "=25@LA/present ~70@LA/present",
        """North Korean restaurant chain expands in Laos // VIENTIANE - The Pyongyang Okryu
        restaurant chain has opened a third branch in the Lao capital, with a staff of 25 North
        Korean waitresses and cooks. The chain now employs about 70 North Koreans across its
        three outlets in Laos, a manager said. Each outlet sends $10,000 a month to
        Pyongyang.""",
    ),
    (
        "N3",
        "translated-dv-novosti-khabarovsk",
        "~14000@RU/present =2300@RU/present =3100@RU/present <4000@RU/planned",
        """Translated from Russian: DV-Novosti // Over the past five years, a total of about
        14,000 citizens of the DPRK have worked at construction sites in Khabarovsk Krai, the
        regional labour ministry said. At present the krai has 2,300 of them, down from 3,100
        last year. Quotas for 2026 allow for up to 4,000.""",
    ),
    (
        "N3",
        "tynda-logging-season",
        "400-450@RU/dispatched ~150@RU/present",
        """Logging season opens in Tynda // TYNDA - Between 400 and 450 North Korean loggers
        have arrived at camps around Tynda for the winter felling season, local officials
        said. They join roughly 150 who stayed on through the summer. Crews of 10 to 12 men
        work each cutting area.""",
    ),
]

# Batch N4, written blind after the N3 fixes (13 articles, 21 expected figures, 21 scorer keys).
# First run: counts precision 0.94 / recall 0.81 (17 of 21, 1 spurious), count+destination 0.78 /
# 0.67 (14 of 21); 8 of 13 articles right. Missed: the op-ed's "at least 10,000 of those people
# are in fact construction labourers" (after "13,000 entries") and "The true figure - perhaps
# as many as 20,000 - may never be known", the podcast's "Far fewer. A few hundred at the
# most.", the report's "the overseas workforce is back to roughly 60,000-70,000"; spurious: "Its
# 21 crew members, aged 24 to 57" of a seized ship. Destinations: "about 100,000 North Koreans
# worked abroad in 2017 and that one in five of them was in Russia" takes Russia; the Suva
# figures have none (Suva is not in the gazetteer). Status off: "the first of what officials
# said could be up to 5,000 this year" (dispatched). After the fixes: counts 1.00 / 1.00 (21 of
# 21), count+destination 1.00 / 1.00: "of those people" as a pronoun partitive and up to three
# words before the part's worker noun ("at least 10,000 of those people are in fact
# construction labourers"); a figure apposed to a number noun ("The true figure - perhaps as
# many as 20,000 -"); "is back to" as a level verb; a whole answer after an elliptical
# question with a sentence of the answerer's between ("HOST: And Cambodia? GUEST: Far fewer. A
# few hundred at the most.") needs no worker word of its own; "Its 21 crew members" after a
# seized ship is the ship's crew; a part between "abroad" and a country ("worked abroad in
# 2017 and that one in five of them was in Russia") keeps the whole abroad; Suva (FJ). The
# Donetsk status is a strict xfail.
BATCH_4: list[Article] = [
    (
        "N4",
        "op-ed-numbers-game",
        ">10000@RU/present <20000@RU/present",
        """Op-ed: The numbers game // By Ilya Markov // Moscow insists it employs no North
        Koreans. Yet Russian statistics show more than 13,000 entries "for study" last year -
        and the Unification Ministry in Seoul believes at least 10,000 of those people are in
        fact construction labourers. The true figure - perhaps as many as 20,000 - may never
        be known.""",
    ),
    (
        "N4",
        "translated-dandong-evening-news",
        "~2000@CN/dispatched =600@CN/planned",
        """Translated from Chinese: Dandong Evening News // The Sino-Korean Friendship Garment
        Park has taken on 2,000-odd workers from the DPRK since it opened in 2023, park
        officials said, and plans to add a further 600 in the second half. The park has 48
        factories.""",
    ),
    (
        "N4",
        "satellite-rajin-ferry",
        "~2000@RU/dispatched",
        """Satellite analysis: Rason to Vladivostok ferry traffic // Images of the Rajin ferry
        terminal show the Man Gyong Bong docking nine times between May and August. Assuming
        200-plus passengers per trip, as in 2019, this points to roughly 2,000 North Korean
        workers shipped to Russia over the summer. The vessel can carry up to 193
        passengers.""",
    ),
    (
        "N4",
        "rotterdam-welders-fined",
        "=14@NL/present",
        """Court fines shipyard subcontractor // ROTTERDAM - A Dutch court fined a shipbuilding
        subcontractor 240,000 euros for employing 14 North Korean welders without permits
        between 2016 and 2018. The welders, aged between 27 and 45, worked up to 72 hours a
        week. The firm had also brought in two dozen Filipino fitters.""",
    ),
    (
        "N4",
        "podcast-sanctions-weekly-laos",
        "2000-3000@LA/present v2@KH/present",
        """Podcast: 'Sanctions Weekly', ep. 301 // HOST: You've said Laos is the quiet story.
        Why? || GUEST: Because the Lao government says zero, and we count somewhere between
        2,000 to 3,000 North Korean workers there, in hotels, casinos and on dams. || HOST: And
        Cambodia? || GUEST: Far fewer. A few hundred at the most.""",
    ),
    (
        "N4",
        "news-summary-friday",
        "v3@RU/planned",
        """News summary, Friday // * Russia: Officials in Primorye expect thousands more North
        Korean builders this spring, local media report. || * China: Police in Jilin detained
        12 North Korean women who had fled a seafood plant. || * Poland: Parliament debates a
        ban on forced labour in supply chains.""",
    ),
    (
        "N4",
        "report-summary-remittance-machine",
        "~100000@M49:001/present 60000-70000@M49:001/present <40000@RU/present",
        """Report summary: 'The Remittance Machine' (Centre for Korean Labour Studies) // The
        report estimates that about 100,000 North Koreans worked abroad in 2017 and that one in
        five of them was in Russia. Today, it says, the overseas workforce is back to roughly
        60,000-70,000, with as many as 40,000 in Russia alone. Each worker hands 70 to 90
        percent of earnings to the state.""",
    ),
    (
        "N4",
        "assembly-written-inquiry",
        "15000-20000@RU/present 30000-40000@CN/present ~1000@M49:001/present",
        """Written inquiry and reply, National Assembly, No. 2025-1187 // Inquiry (Rep. Kim
        Hye-jin): Please state the Ministry's estimate of North Korean labourers in Russia and
        China. || Reply (Ministry of Unification): The Ministry estimates that North Korean
        labourers in Russia number 15,000 to 20,000 and those in China 30,000 to 40,000. These
        figures exclude some 1,000 IT workers operating from third countries.""",
    ),
    (
        "N4",
        "russia-labour-market-numbers",
        "none",
        """Russia's labour market in numbers // Russia's labour ministry says 3.2 million
        foreign nationals held work patents last year, 45% of them from Uzbekistan. Some
        600,000 Uzbek migrants work in Moscow alone. The ministry gave no data on North
        Koreans, but said 5,200 North Korean students were enrolled in Russian colleges.""",
    ),
    (
        "N4",
        "ship-seized-busan",
        "none",
        """North Korean ship seized off Busan // South Korea seized the 8,500-tonne North
        Korean cargo ship Ri Song Gye 3 on Tuesday under UN Resolution 2397. Its 21 crew
        members, aged 24 to 57, will be questioned. The ship had visited Nakhodka 14 times
        since 2022, and its captain, 61, had sailed for 30 years.""",
    ),
    (
        "N4",
        "suva-deckhands",
        "~120@FJ/present >30@FJ/present",
        """Fishing fleet hires North Korean deckhands // SUVA - Chinese-owned longliners
        operating from Suva employ about 120 North Korean deckhands, a regional fisheries
        observer said, and at least 30 more work in the port's cold stores. Fiji's government
        said it had issued no permits to North Koreans since 2018.""",
    ),
    (
        "N4",
        "donetsk-contingent",
        "=300@UA/dispatched <5000@UA/planned",
        """North Korean builders arrive in Donetsk // A 300-strong contingent of North Korean
        construction workers arrived in Donetsk this week to rebuild housing, Russian state
        media said, the first of what officials said could be up to 5,000 this year.""",
    ),
    (
        "N4",
        "kathmandu-restaurants-recalled",
        "~24@NP/repatriated ~40@NP/present",
        """Restaurant staff recalled from Nepal // KATHMANDU - The two North Korean restaurants
        in Kathmandu have closed and their roughly two dozen staff have been recalled to
        Pyongyang, a hotel manager said. At their peak the restaurants employed some forty
        North Korean waitresses and cooks.""",
    ),
]

# Batch N5, written blind after the N4 fixes (10 articles, 15 expected figures, 15 scorer keys).
# First run: counts precision 1.00 / recall 0.87 (13 of 15, 0 spurious), count+destination 0.92 /
# 0.80 (12 of 15); 7 of 10 articles right. Missed: "Some 400 of them were still at the plant
# when police inspected it" (after "hiring about a thousand DPRK workers ... between 2020 and
# 2023"), "Our own fieldwork in Vladivostok alone found at least 2,500 on 19 sites";
# destination: "tens of thousands of North Korean labourers have passed through Poland, Malta
# and the Czech Republic" has none. Status off: "no more than a few dozen left in Europe"
# (repatriated), "for hiring about a thousand DPRK workers ... between 2020 and 2023"
# (dispatched; expected present, debatable: a hiring over years). After the fixes: counts 1.00
# / 0.93 (14 of 15), count+destination 0.93 / 0.87: "find" as a tally verb (its past "found"
# now generated: "fieldwork ... found at least 2,500 on 19 sites"); "there may be" as a
# possessor before "a few dozen left" (what remains, present). Left as strict xfails: the 400
# "still at the plant" (a stock part of a hiring flow, as N3's dispatched part of a stock),
# "have passed through Poland, Malta and the Czech Republic" (a transit word, though over the
# decades it names where they worked), and the hiring's status.
BATCH_5: list[Article] = [
    (
        "N5",
        "newsletter-gulf-labour-watch",
        "~1500@QA/present <50@OM/present =800@OM/present",
        """Newsletter: Gulf Labour Watch, March // Qatar: The number of North Korean workers in
        the emirate has halved to about 1,500 since 2019, a contractor told us. || UAE: Nothing
        to report. || Oman: Fewer than 50 remain, down from a peak of 800 in 2016.""",
    ),
    (
        "N5",
        "translated-sakhalin-info",
        "3000-5000@RU/planned 200-300@RU/planned",
        """Translated from Russian: Sakhalin.info // The island's fish processors will receive
        anywhere from 3,000 to 5,000 workers from the DPRK this season, the regional fisheries
        agency said, with an estimated 200 to 300 more on the way for the autumn crab run.""",
    ),
    (
        "N5",
        "op-ed-plain-sight",
        "v4@PL,MT,CZ/present v1@M49:150/present",
        """Op-ed: A workforce hiding in plain sight // By Tomasz Wrona // Over the decades, tens
        of thousands of North Korean labourers have passed through Poland, Malta and the Czech
        Republic. Today there may be no more than a few dozen left in Europe. Meanwhile roughly
        10 per cent of the 12,000 foreign workers at one Russian shipyard are North
        Korean.""",
    ),
    (
        "N5",
        "translated-qingdao-court",
        "~1000@CN/present ~400@CN/present",
        """Translated from Chinese: Qingdao Daily // A Qingdao district court fined the owner of
        a squid processing plant 300,000 yuan for hiring about a thousand DPRK workers through a
        Dandong broker between 2020 and 2023. Some 400 of them were still at the plant when
        police inspected it in March.""",
    ),
    (
        "N5",
        "podcast-asia-unfiltered",
        "~2000@MN/present",
        """Podcast transcript: 'Asia Unfiltered', episode 9 // HOST: Mongolia used to host North
        Korean workers, right? || GUEST: Nearly two thousand at one point, in construction and
        sewing. || HOST: And now? || GUEST: None officially.""",
    ),
    (
        "N5",
        "satellite-nam-ou-camp",
        "~350@LA/present",
        """Satellite note: a dam camp in Laos // Imagery from 3 May shows a workers' camp of 22
        barracks at the Nam Ou 8 dam site. A Lao engineer says about 350 North Korean workers
        are housed there, half of them welders. Each barrack holds 16 beds.""",
    ),
    (
        "N5",
        "advisory-summary-it",
        "~80@LA,KH/present ~1500@CN/present",
        """Advisory summary // Some 80 North Korean IT workers, half of them women, are working
        from rented flats in Vientiane and Phnom Penh, the advisory says. Another 1,500 or so
        work from China.""",
    ),
    (
        "N5",
        "defectors-rally-seoul",
        "none",
        """Defectors' association marks anniversary // SEOUL - Ten thousand people attended a
        rally marking 30 years of the North Korean Defectors' Association on Saturday. The
        association says about 1,200 of its 34,000 members once worked abroad in Russia or
        China.""",
    ),
    (
        "N5",
        "letter-vladivostok-fieldwork",
        "5000-6000@RU/present >2500@RU/present",
        """Letter to the editor: Not just Russia's estimate // Sir, your report ("Pyongyang's
        builders", 4 May) put the number of North Korean workers in Russia at "some 5,000 to
        6,000". Our own fieldwork in Vladivostok alone found at least 2,500 on 19 sites. - Dr
        Anna Belova, Far Eastern Federal University""",
    ),
    (
        "N5",
        "chinese-builders-rason",
        "none",
        """Chinese workers return to North Korea's Rason // Some 300 Chinese builders returned
        to Rason this week, and a further 1,200 are expected by June, the zone said. North
        Korea has not sent workers to China's Jilin since January, a trader added.""",
    ),
]

BATCHES = (BATCH_1, BATCH_2, BATCH_3, BATCH_4, BATCH_5)
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "N2-podcast-korea-desk-gulf": "destination: the answer 'A couple of hundred, mostly in "
    "Kuwait.' takes its aside's Kuwait, not the question's Middle East",
    "N3-imagery-dandong-garments": "count: 'three or four hundred of them hired this year' "
    "after 'some 1,200 ... seamstresses work in the park' is read as a member of the counted "
    "group (a split by a dispatch is not a split by status to the count stage; only returns "
    "are)",
    "N5-translated-qingdao-court": "count: 'Some 400 of them were still at the plant when "
    "police inspected it' after 'hiring about a thousand DPRK workers ... between 2020 and "
    "2023' is read as a member (a stock part of a flow is not a status split to the count "
    "stage)",
    "N5-op-ed-plain-sight": "destination: 'Over the decades, tens of thousands ... have "
    "passed through Poland, Malta and the Czech Republic' has none ('through' is a transit "
    "word before a country)",
}
KNOWN_DETAILS: dict[str, str] = {
    "N2-factbox-labour-abroad": "status: 'fewer than 100 believed left, after Kuwait and "
    "Qatar sent most home' reads repatriated (a stative 'left' after a hedge)",
    "N2-translated-kommersant-primorye": "status: 'registered 31,400 foreign citizens "
    "arriving for work, including ... 2,900 citizens of the DPRK' and its baseline read "
    "present (debatable: registrations of arrivals are a flow)",
    "N2-op-ed-sanctions-leak": "status: 'hundreds of workers still leave each month for "
    "Russia' reads present ('still' outranks 'leave for')",
    "N4-donetsk-contingent": "status: 'the first of what officials said could be up to 5,000 "
    "this year' reads dispatched (the arrival earlier in the sentence; 'could be' is no cue)",
    "N5-translated-qingdao-court": "status: 'for hiring about a thousand DPRK workers ... "
    "between 2020 and 2023' reads dispatched (expected present when written; debatable: a "
    "hiring over years is also a flow)",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
