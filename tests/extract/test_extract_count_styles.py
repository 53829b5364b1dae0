"""Worker counts in styles of writing the other blind batches do not cover: op-eds, Q&A
interviews, factboxes (tables as prose), corrections and editor's notes, court reports,
written answers to parliament, timelines, letters and fact-checks. Each mixes true figures
of North Korean workers abroad with traps: cumulative totals next to stocks, a figure
restated later (one claim) or revised (two), number words, fractions and disjunctive ranges
("three or four hundred"), shares of a workforce, North Koreans who are not workers (crews
of North Korean ships, athletes, students, defectors, diplomats), other nations' migrants,
company headcounts, visas and permits.

Every article was written for this file (people, outlets, firms and figures invented) and
each batch's expected claims were committed before the extractor was run on it. The claim
notation is that of ``test_extract_long_articles.py``, the comparison that of
``test_extract_short_news.py``. Conventions from ../shared/spec/claims.md: a cumulative total
("a total of 142 between 2019 and 2024") is a claim; a figure the text withdraws ("not
11,000") is not; a part of a group already counted ("40 of them") is not unless the text
splits the group by place or status; permits and visas are not workers unless the text
calls the holders workers; a past figure of workers abroad is a claim (``present``); a
figure a fact-check rejects ("Claim: ... 200,000 ... Verdict: False") is withdrawn; the
people surveyed for a study ("a survey of 412 workers") are interviewees, not a count;
escapees sent back ("fifty North Koreans who escaped from a seafood plant") are not workers
(the spec's defectors); a figure answering a question asked just before ("How many ...?
Around 3,000") counts what the question names.
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch C1, written blind (op-ed, Q&A, factbox, correction, court report, written answer,
# timeline): before any change, counts precision 0.79 / recall 0.68 (15 of 22 figures, 4
# spurious), count+destination 0.58 / 0.50; 0 of 7 articles passed. Fixed: "about 1,100 in
# 2017, not 11,000." (a figure set against another is withdrawn); "12 North Korean
# diplomats", "530,000 Ukrainians" (a non-worker noun or another demonym right after a
# figure is its head); "MIDDLE EAST: fewer than 500" (places in a capital line label, not a
# dateline); "12 of the 37 had been deported" (a part of a restated bare whole split by
# status); "Q: How many North Koreans worked on your site? A: At the peak, about 250" (a bare
# answer); "a North Korean freighter and its 19 sailors" (a DPRK ship's crew); "two brigades
# still in the city, around 60 men" (an anaphor before the figure); "LAOS, VIETNAM: several
# hundred, in restaurants" (a vague figure after a line label). After: counts 1.00 / 1.00,
# count+destination 0.95 / 0.95, 6 of 7.
BATCH_1: list[Article] = [
    (
        "C1",
        "oped-nobody-counts",
        "~100000@M49:001/present ~30000@RU/present ~400000@M49:001/present",
        """Opinion: Nobody is counting Pyongyang's workers // By Hannah Lindqvist || Every
        winter I am asked why sanctions have not ended North Korea's labour exports. The
        honest answer is that nobody is counting properly. Seoul's estimate, some 100,000
        workers abroad, has not changed in six years. || A third of the roughly 30,000 North
        Koreans believed to be working in Russia are on building sites in Moscow and St
        Petersburg, and half of them arrived after 2022. Compare that with the 4.5 million
        Central Asian migrants Russia relies on, and the contingent looks small. It is not
        small to Pyongyang. || Over three decades, perhaps 400,000 North Koreans have cycled
        through foreign camps and yards. Fifteen of them testified before my committee last
        year; the 150 athletes Pyongyang sent to the Asian Games drew more attention.""",
    ),
    (
        "C1",
        "qa-kaliningrad-foreman",
        "~250@RU/present 300-400@RU/present ~60@RU/present",
        """'They counted trucks, not people' // A former foreman who supervised North Korean
        builders on a housing site in Kaliningrad, and who asked to be named only as Sergei,
        spoke to the Baltic Ledger. || Q: How many North Koreans worked on your site? || A:
        At the peak, about 250. Three or four hundred in the summer of 2018, when the
        stadium work was on. || Q: And now? || A: Officially none. But I know of two
        brigades still in the city, around 60 men. || Q: Were some of them students? || A:
        The papers said so. About 40 of them came on student visas and were on the site the
        day they landed. Eight defected, I heard.""",
    ),
    (
        "C1",
        "factbox-where-they-are",
        "~15000@RU/present =4000@RU/present 50000-70000@CN/present v2@LA,VN/present "
        "<500@M49:145/present =10000@M49:145/present ~100000@M49:001/present",
        """FACTBOX-Where North Korea's workers are // (Meridian Wire) - Figures are
        estimates. || RUSSIA: about 15,000, mostly in construction, up from 4,000 in 2023,
        according to South Korea's spy agency. Russia issued 13,000 student visas to North
        Koreans in 2024. || CHINA: between 50,000 and 70,000 in seafood and garment plants in
        Liaoning and Jilin. China's own migrant workforce numbers 290 million. || LAOS,
        VIETNAM: several hundred, in restaurants and IT. || MIDDLE EAST: fewer than 500
        remain, down from 10,000 in 2017. || TOTAL: about 100,000 abroad in at least 40
        countries, according to a 2017 US estimate.""",
    ),
    (
        "C1",
        "correction-mongolia",
        "~1100@MN/present ~300@MN/repatriated",
        """Correction // An article on Tuesday about North Korean workers in Mongolia
        misstated their number. There were about 1,100 North Korean workers in Mongolia in
        2017, not 11,000. The article also misstated the number of Mongolians working in
        South Korea, which is about 40,000. || The Steppe Courier regrets the errors. || The
        original article reported that about 300 of the North Korean workers were sent home
        from Ulaanbaatar in 2018 and that the country's 12 North Korean diplomats remain.""",
    ),
    (
        "C1",
        "court-vladivostok-firm",
        "=37@RU/present =142@RU/dispatched =12@RU/repatriated",
        """VLADIVOSTOK (Primorye Courts Bulletin) - A district court on Monday fined a local
        construction firm 1.2 million rubles for employing 37 North Korean builders without
        permits. The firm, which has 210 employees, said it had hired them through a
        broker. || Prosecutors said the company had hired a total of 142 North Koreans
        between 2019 and 2024, some of them on tourist visas. The court heard that 12 of the
        37 had already been deported, while the others were still at work on a residential
        block in the city's Snegovaya Pad district.""",
    ),
    (
        "C1",
        "written-answer-poland",
        "~400@PL/present",
        """Written answer // The Minister of State for Labour, replying to a question from MP
        Orsolya Vass, said that Poland issued 312 work permits to citizens of the DPRK in 2016
        and 156 in 2017, and none since. || The ministry estimated that about 400 North
        Korean workers were employed in Poland at the end of 2017, mostly in shipyards and on
        farms, compared with 530,000 Ukrainians. Labour inspectors visited 17 firms that
        employed them.""",
    ),
    (
        "C1",
        "timeline-kuwait",
        "=1500@KW/dispatched ~4000@KW/present =400@KW/repatriated",
        """Timeline: North Korean labour in Kuwait || 2006: Kuwait grants visas to a first
        group of 1,500 North Korean construction workers. || 2015: A UN report puts their
        number at about 4,000. || 2017: Kuwait stops issuing new visas; half of the workers
        leave by the end of the year. || 2018: The last 400 are deported. || 2019: The coast
        guard detains a North Korean freighter and its 19 sailors off Failaka island.""",
    ),
]


# Batch C2, written blind after the C1 fixes (letter to the editor, fact-check, podcast
# transcript, NGO press release with bullet points, parliamentary hearing exchange,
# obituary-style profile, weekly digest): before its own fixes, counts precision 0.88 /
# recall 0.82 (14 of 17, 2 spurious), count+destination 0.88 / 0.82; 3 of 7 passed. Fixed:
# "Around 1,500 North Koreans reach the South every year" (defectors); "asked the deputy
# director how many North Korean workers had gone ... 'More than 2,000'" (an indirect
# question answered); "Russia has taken several thousand" ('take' before a vague figure);
# "The regional labour office's own filing ... lists 3,000" (a tally verb). After: counts
# 0.94 / 1.00, count+destination 0.94 / 1.00, 6 of 7. Later fixed: "The 200,000 figure
# appears to come from a 2016 speech" after "Verdict: False." denied the claim of 200,000 (a
# denied value named again as a figure; test_extract_count_genres.py).
BATCH_2: list[Article] = [
    (
        "C2",
        "letter-to-editor",
        "v1@RU/present =3000@RU/present v4@CN/present",
        """Letters: The workers we pretend not to see // Sir, your report on the Amur timber
        trade (March 3) says that "a few dozen" North Koreans still cut wood in the region.
        The regional labour office's own filing, which I have read, lists 3,000. Your
        reporter may have confused them with the 40 or 50 Chinese loggers who work the
        concession next door. || Meanwhile tens of thousands of North Koreans stitch clothes
        across the river in China, and 2,000 Chinese students study in Blagoveshchensk. ||
        Dmitri Orlov, Khabarovsk""",
    ),
    (
        "C2",
        "fact-check-nine-in-ten",
        "~100000@M49:001/present 20000-30000@RU/present",
        """Fact check: Did North Korea send 200,000 workers to Russia? // Claim: A video shared
        on social media says North Korea has sent 200,000 workers to Russia since 2023. ||
        Verdict: False. || No estimate comes close. South Korea's intelligence service has
        put the total of North Korean workers abroad at around 100,000, and analysts
        interviewed by CheckPoint put the number in Russia at 20,000 to 30,000. The 200,000
        figure appears to come from a 2016 speech about Russia's need for foreign labour. ||
        Nine in ten of the workers in Russia are on building sites, the analysts said.""",
    ),
    (
        "C2",
        "podcast-transcript",
        "~5000@CN/present v3@RU/dispatched",
        """Transcript: The Border Line, episode 41 // HOST: So how big is this? || GUEST
        (Ji-woo Kang, researcher): In Dandong alone we think about 5,000 North Korean women
        work in the seafood and garment plants. And then Russia has taken several thousand
        since last year, mostly builders. || HOST: And the people who defected from those
        plants? || GUEST: Small numbers. We interviewed 23 of them for the report. Around
        1,500 North Koreans reach the South every year, and only a handful were workers
        abroad.""",
    ),
    (
        "C2",
        "ngo-release-bullets",
        "~1200@PL/present =46@PL/repatriated =300@NL/present",
        """PRESS RELEASE: New report documents North Korean labour in the EU // AMSTERDAM -
        The Open Harbour Foundation today published findings from a two-year investigation.
        Key findings: || - About 1,200 North Korean workers were employed in Poland between
        2014 and 2017, mostly in shipyards and greenhouses. || - 46 of them were sent home
        in 2018 after the Polish authorities stopped issuing permits. || - In the
        Netherlands, 300 North Korean welders worked on ships under subcontracts with two
        Polish firms. || - The foundation interviewed 31 former workers, 12 of them women.""",
    ),
    (
        "C2",
        "hearing-exchange",
        "~10000@RU/planned >2000@RU/dispatched",
        """SEOUL (Assembly Daily) - At a hearing of the intelligence committee on Tuesday, Rep.
        Yoon Mi-ra asked the deputy director how many North Korean workers had gone to Russia
        since the summit. "More than 2,000 that we can confirm," he replied. "Pyongyang has
        agreed to send about 10,000 more by the end of next year." || Asked about the 12,000
        North Korean troops in Kursk, he said 300 had been killed and two captured. || Rep.
        Yoon said her office had received 140 calls from families of South Korean workers in
        Russia.""",
    ),
    (
        "C2",
        "profile-foreman",
        "=800@LY/present ~150@LY/repatriated",
        """Kim Chol-su, who ran North Korean crews in Libya, dies at 71 // Kim Chol-su, a
        construction foreman who spent 14 years in Libya, has died in Seoul, where he lived
        after defecting in 1998. At the height of the oil boom, he told an interviewer in
        2010, he oversaw 800 North Korean labourers building hospitals and housing around
        Benghazi; some 150 were sent home early for illness or "ideological" lapses. || He
        is survived by two daughters. His memoir sold 20,000 copies.""",
    ),
    (
        "C2",
        "weekly-digest",
        "~400@VN/present v3@KH/present =90@MM/repatriated",
        """This week in North Korea watching // 1. Vietnam: about 400 North Korean workers
        remain at restaurants and trading firms in Hanoi and Ho Chi Minh City, a diplomat
        said. || 2. Cambodia: thousands of North Korean IT workers may be operating from
        scam compounds near the Thai border, a think tank claimed; 8,000 people were freed
        from one compound in October, none of them North Korean. || 3. Myanmar: 90 North
        Korean workers were flown home from Yangon. || 4. Japan: the 3,000 students of
        pro-Pyongyang schools mark a new term.""",
    ),
]

# Batch C3, written blind after the C1 and C2 fixes (UN panel paragraphs, a sanctions
# designation notice, an academic abstract, a television script, a live blog, an explainer
# with question headings, a regional government release, a stock-exchange disclosure):
# before its own fixes, counts precision 0.59 / recall 0.71 (10 of 14, 7 spurious),
# count+destination 0.59 / 0.71; 3 of 8 passed. Fixed: "10:42 - The governor says" (a time
# of day); "Asked how many North Koreans work in the krai ..., the governor said: 'Around
# 3,000'" (the question in the figure's own sentence); "The companies, which together employ
# about 2,400 people" (a headcount); "helped about 30 North Korean students obtain visas"
# (students with no work in their clause); "The quota for citizens of Uzbekistan ... is 8,400"
# (a level of other nations' people); "600 of them had been repatriated" after "2,100
# nationals" (a people whole split by status); "A Chinese delegation signs a deal to send
# 1,000 farm workers" (another nation's sender). After: counts 1.00 / 0.86,
# count+destination 1.00 / 0.86, 7 of 8.
BATCH_3: list[Article] = [
    (
        "C3",
        "panel-paragraphs",
        "=2100@AO/present =600@AO/repatriated v2@TZ/present",
        """Excerpt from the final report of the Panel of Experts // 112. The Panel
        investigated reports that 2,100 nationals of the Democratic People's Republic of
        Korea were working in Angola in 2019, mainly on construction projects for the
        government. Angola informed the Panel that 600 of them had been repatriated by the
        end of that year. || 113. The Panel also received information that several hundred
        such workers remained in the United Republic of Tanzania, where a company linked to
        the Mansudae Overseas Project Group had built 14 schools. || 114. The Panel notes
        that 40 per cent of the workers it could trace held tourist or student visas.""",
    ),
    (
        "C3",
        "treasury-designation",
        "v2@RU/present",
        """Treasury sanctions brokers of North Korean labour // WASHINGTON - The Treasury
        Department on Thursday designated two Russia-based companies and three individuals
        for arranging the employment of hundreds of North Korean workers at construction
        sites in Moscow and St Petersburg. || The companies, which together employ about
        2,400 people, paid the workers' wages into accounts controlled by Pyongyang, the
        department said. Today's action brings to 67 the number of entities designated under
        the programme this year. Those designated also helped about 30 North Korean
        students obtain visas.""",
    ),
    (
        "C3",
        "academic-abstract",
        "~19000@RU/present ~150000@RU/dispatched",
        """Abstract // This article examines the living conditions of North Korean labour
        migrants in the Russian Far East using a survey of 412 workers conducted in 2017-2018
        in Vladivostok, Khabarovsk and Nakhodka. At the time of the survey the region hosted
        some 19,000 North Korean workers, or roughly 4 per cent of its foreign labour force.
        We estimate that about 150,000 North Koreans have been sent to the Far East since
        1967. Two-thirds of respondents reported working more than 12 hours a day.""",
    ),
    (
        "C3",
        "tv-script",
        "v3@CN/present",
        """ANCHOR: Chinese police have sent back some fifty North Koreans who escaped from a
        seafood plant in Hunchun, activists say. Our correspondent reports. || REPORTER: The
        fifty, all women, had fled the plant in March. Thousands of North Korean women still
        work in Hunchun's seafood and garment factories, the activists told us. || ANCHOR:
        Thank you. In other news, three South Korean tourists were injured in a bus crash
        in Dandong.""",
    ),
    (
        "C3",
        "live-blog",
        "~200@RU/dispatched ~3000@RU/present",
        """LIVE: Far East economic forum, day two // 10:42 - The governor of Khabarovsk Krai
        says about 200 North Korean builders arrived in the region this month, "and there
        will be more." || 11:15 - Asked how many North Koreans work in the krai in total,
        the governor said: "Around 3,000, give or take." || 11:40 - The forum has drawn 6,000
        delegates from 60 countries, organisers say. || 12:05 - A Chinese delegation signs a
        deal to send 1,000 farm workers to the Jewish Autonomous Region.""",
    ),
    (
        "C3",
        "explainer-questions",
        "~50000@CN/present 3000-4000@LA/present >10000@RU/present",
        """Explainer: Where do North Korea's overseas workers go? // How many are in China?
        || Estimates vary, but about 50,000 North Koreans are thought to work in Chinese
        factories and restaurants, a third of them in Dandong. || And in Southeast Asia? ||
        Laos is the main host, with 3,000 or 4,000 in construction and restaurants. || What
        about Russia? || More than 10,000, according to Seoul, up sharply since the 2024 treaty
        with Moscow. Russia also trains a few hundred North Korean students every year.""",
    ),
    (
        "C3",
        "region-release",
        "=1250@RU/planned",
        """Press service of the Amur Region government // The regional labour ministry has
        approved a quota of 1,250 workers from the DPRK for 2026, Deputy Minister Oleg Varlamov
        said. The quota for citizens of Uzbekistan and Tajikistan is 8,400. Last year 97 per
        cent of the quota for foreign workers was used. The region's construction sector
        employs 31,000 people.""",
    ),
    (
        "C3",
        "exchange-disclosure",
        "=140@RU/present",
        """Disclosure to the Moscow Exchange: PJSC Vostokstroi // The company reports that
        its subsidiary employed 140 citizens of the DPRK as of 30 June, out of a total
        workforce of 2,350. The company intends to replace them with workers from Central
        Asia by the end of the year. Revenue for the half-year rose 12 per cent.""",
    ),
]

# Batch C4, written blind after the C1-C3 fixes, as the late measure (a foreign-ministry
# briefing transcript, a human-rights report with footnotes, a maritime bulletin, satellite
# imagery analysis, a memoir excerpt, "by the numbers", a verdict in Seoul, a social-media
# thread summary): before its own fixes, counts precision 0.70 / recall 0.64 (7 of 11, 3
# spurious), count+destination 0.60 / 0.55; 2 of 8 passed. Fixed: "hours.[18]" (a footnote
# mark); "whose crew of 36 included 22 North Korean fishermen" (a mixed crew's DPRK part);
# "flagged in Sierra Leone", "paid them through accounts in Hong Kong" (no destination);
# "which has 85 employees in Seoul" (a headcount); '"thousands" were already in the Urals' (a
# quoted vague figure); "1,500: workers sent to China" (a figure labelling its line). After:
# counts 1.00 / 0.91, count+destination 1.00 / 0.91, 7 of 8.
BATCH_4: list[Article] = [
    (
        "C4",
        "mfa-briefing",
        "=30000@CN/present",
        """Transcript of the regular press conference, Ministry of Foreign Affairs // Q: A
        report says 30,000 North Koreans work in Chinese seafood plants in breach of UN
        sanctions. Can you confirm? || A: I am not aware of the situation you mentioned. China
        has always implemented Security Council resolutions fully. || Q: And the 500 North
        Korean athletes at the Asian Winter Games? || A: They are welcome, like the 2,000
        athletes from other countries.""",
    ),
    (
        "C4",
        "rights-report-footnotes",
        "20000-30000@RU/present ~3000@RU/present",
        """Chapter 4: Forced labour abroad // Between 20,000 and 30,000 North Koreans are
        believed to be working in Russia today.[17] Of these, about 3,000 are in the Amur and
        Khabarovsk logging camps, where our researchers documented shifts of up to 16
        hours.[18] || We interviewed more than 120 former overseas workers now living in
        South Korea; a quarter of them said they had been beaten. || [17] Estimate by the
        Institute for Unification Studies, 2024. [18] Interviews, 2019-2023.""",
    ),
    (
        "C4",
        "maritime-bulletin",
        "=22@UY/present",
        """Maritime Security Bulletin, week 14 // MONTEVIDEO: Authorities inspected the
        reefer Aurora Star, flagged in Sierra Leone, whose crew of 36 included 22 North
        Korean fishermen hired through a broker in Busan. The fishermen have worked in the
        port's fleet since 2022. || PANAMA: The canal authority detained the North Korean
        cargo ship Chon Ma San and its 31 crew for falsified documents.""",
    ),
    (
        "C4",
        "satellite-imagery",
        "v2@RU/dispatched",
        """Imagery analysis: new barracks at Russian construction sites // Commercial
        satellite images from March show 14 new prefabricated barracks at two construction
        sites near Vladivostok, each able to house about 60 people. Local sources said
        several hundred North Korean builders moved in over the winter. || The images also
        show about 120 vehicles and a field kitchen. The same sites housed some 2,000 Central
        Asian migrants before 2022.""",
    ),
    (
        "C4",
        "memoir-excerpt",
        "=900@KW/present",
        """From "Sand and Concrete", a memoir by a former North Korean engineer // When I
        arrived in Kuwait in 2011, our company had 900 workers on three sites. Forty or so
        of us were engineers; the rest were labourers. Every month the party secretary read
        out the amount each of us owed. || By the time I left, I had not seen my two
        daughters for six years. Of the 900, I heard later, many went home in 2017, when
        Kuwait stopped the visas.""",
    ),
    (
        "C4",
        "by-the-numbers",
        "~100000@M49:001/present =1500@CN/dispatched",
        """North Korea's labour exports by the numbers // 100,000: the approximate number of
        North Koreans working abroad, according to a 2023 estimate. || 40: the number of
        countries that have hosted them. || 1,500: workers sent to China in January alone,
        per Daily Horizon's sources. || 70%: the share of wages the state is said to take.""",
    ),
    (
        "C4",
        "seoul-verdict",
        "~200@CN/present",
        """SEOUL (Law Times) - The Seoul Central District Court on Friday sentenced a
        South Korean businessman to three years in prison for hiring North Korean IT
        workers through a front company in Shenyang. Prosecutors said the company employed
        about 200 North Korean programmers between 2019 and 2022 and paid them through
        accounts in Hong Kong. || The businessman's firm, which has 85 employees in Seoul,
        denied wrongdoing. Four North Korean defectors testified at the trial.""",
    ),
    (
        "C4",
        "thread-summary",
        "~8000@RU/dispatched v3@RU/present",
        """What a Russian regional official said in a deleted thread // A deputy labour
        minister in the Kurgan region wrote on Telegram that about 8,000 North Koreans had
        arrived in Russia's regions this year "to work on construction and farms", before
        deleting the posts. In a reply, he said "thousands" were already in the Urals. ||
        Russia's federal migration data show 3.2 million labour migrants from Central Asia
        last year, down by half a million.""",
    ),
]

# Batch C5, written blind after all the fixes above, as a second late measure (a wrap-up of
# wires, a sports report, a magazine feature on a supply chain, a committee report, an
# indictment summary, indirect speech of an official, a year-in-review list, a reader's
# question answered by a columnist): before its own fixes, counts precision 0.93 / recall
# 0.93 (13 of 14, 1 spurious), count+destination 0.93 / 0.93; 6 of 8 passed. Fixed: "1.2
# million work patents" (a thing); "a few dozen may still be working in the United Kingdom"
# (a modal before the verb and place). After: 1.00 / 1.00 for both, 8 of 8.
BATCH_5: list[Article] = [
    (
        "C5",
        "wrapup-sanctions",
        "~6000@RU/dispatched v1@AE/present =1300@AE/repatriated",
        """WRAPUP 2-Sanctions monitors see more North Korean labour in Russia // SEOUL/MOSCOW
        (Wire Asia) - Some 6,000 North Korean workers entered Russia in the first quarter,
        most on student or tourist visas, South Korean officials said, as Moscow issued 1.2
        million work patents to Central Asian migrants in the same period. || In the Gulf,
        scores of North Korean labourers were still working on building sites in the United
        Arab Emirates, a diplomat said. The UAE expelled 1,300 North Korean workers in 2018.""",
    ),
    (
        "C5",
        "sports-and-seafood",
        "v3@CN/present",
        """North Korea's women win Asian Cup qualifier in Dalian // DALIAN - North Korea's
        women beat Vietnam 4-0 in front of 12,000 spectators on Sunday, including about 300
        North Korean supporters bused in from the city's seafood plants. || Thousands of North
        Korean women are employed at processing plants in Dalian and nearby Donggang, according
        to local traders. The team's 23 players flew home on Monday.""",
    ),
    (
        "C5",
        "magazine-supply-chain",
        "~1200@CN/present",
        """Feature: The squid in your freezer // At the Hai Yang plant in Hunchun, about 1,200
        North Koreans peel and pack squid for export to Europe and the United States, two
        former managers said. Of those, about 400 work night shifts. || The plant's Chinese
        owner employs another 2,000 local workers at three other sites. A quarter of the
        squid processed in Hunchun ends up in European supermarkets, traders estimate.""",
    ),
    (
        "C5",
        "committee-report",
        "~3000@PL/present v1@GB/present",
        """House of Commons Foreign Affairs Committee, report paragraph 41 // We heard that
        around 3,000 North Koreans worked in Poland in the decade to 2017, and that perhaps
        a few dozen may still be working in the United Kingdom's food processing sector
        through agencies registered in Poland. We note that the Home Office issued no visas to
        nationals of the DPRK for work in 2022, against 85,000 seasonal worker visas to
        other nationalities.""",
    ),
    (
        "C5",
        "indictment-summary",
        ">3000@M49:001/present",
        """Justice Department charges 14 North Koreans in IT worker scheme // WASHINGTON -
        Fourteen North Korean nationals were indicted for a scheme in which more than 3,000
        North Korean IT workers abroad posed as freelancers for US companies, generating at
        least $88 million, the department said. || The defendants worked for two companies
        in China and Russia, Yanbian Silverstar and Volasys Silverstar. The FBI seized 29
        websites.""",
    ),
    (
        "C5",
        "mongolian-official",
        "=1500@MN/present <200@MN/present",
        """ULAANBAATAR (Gobi Post) - Mongolia had 1,500 North Korean workers at its peak in
        2016, Deputy Labour Minister Batbold told reporters, adding that fewer than 200
        remained in the country before the UN deadline. He said 600,000 Mongolians, a fifth
        of the population, live in the capital's ger districts.""",
    ),
    (
        "C5",
        "year-in-review",
        "~15000@RU/dispatched =5000@RU/planned v2@LA/present",
        """2025 in review: North Korea's workers abroad // January - Seoul's spy agency says
        about 15,000 North Korean workers went to Russia in 2024. || June - Pyongyang and
        Moscow agree that 5,000 more builders will go to Kursk. || September - Several hundred
        North Koreans are found working at casinos and hotels in Laos's Golden Triangle
        zone. || December - North Korea marks the anniversary of the death of Kim Jong Il;
        100,000 attend a rally in Pyongyang.""",
    ),
    (
        "C5",
        "columnist-answer",
        "~100000@M49:001/present",
        """Ask the Analyst // A reader asks: "I keep reading that 100,000 North Koreans work
        abroad. Where does that number come from?" || It comes from a 2017 US State Department
        estimate, and it has been repeated ever since. My own guess is that it is too high for
        today: the UN deadline of December 2019 sent many home, and half of those in China
        left during the pandemic.""",
    ),
]

ARTICLES: list[Article] = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "C4-memoir-excerpt": "count: 'our company had 900 workers on three sites' reads as an "
    "employer's whole headcount (the company is North Korean only by the narrator)",
}
KNOWN_DETAILS: dict[str, str] = {
    "C1-timeline-kuwait": "status: 'grants visas to a first group of 1,500 North Korean "
    "construction workers' reads present, not dispatched",
    "C2-podcast-transcript": "status: 'Russia has taken several thousand since last year' reads "
    "present, not dispatched (a flow since a date)",
    "C2-hearing-exchange": "status: the answer 'More than 2,000 that we can confirm' reads "
    "present; the question's 'had gone to Russia' is not carried to it",
    "C4-maritime-bulletin": "status: '22 North Korean fishermen hired through a broker' reads "
    "dispatched although the next sentence says they have worked there since 2022",
    "C4-satellite-imagery": "status: 'several hundred North Korean builders moved in over the "
    "winter' reads present, not dispatched",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
