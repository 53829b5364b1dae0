"""Worker counts and destinations in more genres no earlier blind batch covered: human-rights
NGO reports and urgent actions, sanctions press releases (treasury and council style),
academic abstracts and conference summaries, statistical bulletins that quote a host's
migration or permit figures in prose, TV and radio transcripts with anchors and
correspondents, letters to the editor, profile features of one worker, FAQ and explainer
pages, book reviews and encyclopedic summaries with figures per year. The count phenomena
aimed at: series of figures for years ("rose from 200 in 2008 to about 1,300 in 2013"),
percentages beside the figure they stand for, other nationals, soldiers, students, entries
and embassy staff, totals beside their parts, restatements in words, hedged and bounded
figures ("2,000-odd", "fewer than 3,000"), per-country lists, regions and abroad, survey
samples and sample sizes.

Every article was written for this file (people, outlets, firms and figures invented) and
the expected claims were committed before the extractor was run on them. The notation is
that of ``test_extract_long_articles.py``, the comparison that of
``test_extract_short_news.py``; the conventions are those of
``test_extract_count_wires.py``.
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch H1, written blind (25 articles, 44 expected figures). First run, before any change:
# counts precision 0.93 / recall 0.84 (37 of 44 figures, 3 spurious), count+destination 0.90
# / 0.82 (36 of 44, 4 spurious); 17 of 25 articles passed the count test, 25 of 25 the
# detail test.
#
# Fixed: "(n = 1,412 employees)" (a study's sample size); "belongs to a developer employing
# 1,100 people" (a developer's whole staff after a participle); "After the Soviet collapse
# the number fell to about 5,000 in 1995, then rose again, reaching 30,023 ..." (an opening
# phrase with no comma and another nation's adjective is not the owner of "the number");
# "ordered all 193 UN members" (states, not people); "of whom 1,980 declared study ... and
# 310 came as labour migrants" (an entry as labour migrants is one of workers); "Foreign
# nationals employed in Mongolia ... numbered 23,400 ..., among them ... 12 DPRK nationals"
# (a mixed whole as a level's subject, its DPRK part after it; the part itself is still
# missed, see KNOWN_COUNTS); "the number has fallen to between 20,000 and 50,000, most of
# them in China and Russia. - Dr. Ruth Abebe, Leeds" (countries after "most of them in" and
# what follows them are the part's, not the whole's: the whole keeps "abroad" from the
# sentence before; also fixed test_extract_destination_articles' seoul-conference-figure-
# abroad; a part in cities of one country still places the whole there). After:
# counts 1.00 / 0.93 (41 of 44, none spurious), count+destination 1.00 / 0.93 (41 of 44);
# 23 of 25 articles pass the count test, 25 of 25 the detail test.
BATCH_1: list[Article] = [
    (
        "H1",
        "hr-report-russia",
        ">12000@RU/present ~4000@RU/present",
        """Russia: North Korean Builders Worked Round the Clock // (Berlin) - North Korean
        construction workers in Russia are forced to work 16-hour shifts with two rest days a
        month, Human Rights Monitor said in a report released today. The 64-page report,
        "Walls Without Windows," is based on interviews with 37 former workers who fled to
        South Korea between 2019 and 2024. Human Rights Monitor estimates that at least
        12,000 North Koreans are working in Russia, up from about 4,000 in 2022.""",
    ),
    (
        "H1",
        "hr-urgent-action",
        "=19@RU/repatriated",
        """URGENT ACTION: NINETEEN WORKERS FORCIBLY RETURNED // Russian authorities forcibly
        returned 19 North Korean workers to the DPRK on 3 May, after detaining them at a
        seafood plant near Nakhodka. The group, aged 24 to 41, had asked the plant's managers
        for their wages. Please write to the Prosecutor General before 20 June; our 2,300
        supporters have already sent letters.""",
    ),
    (
        "H1",
        "treasury-it-network",
        ">200@CN,LA/present",
        """Treasury Sanctions Network Behind Overseas IT Workers // WASHINGTON - Today, the
        Department of the Treasury's Office of Foreign Assets Control designated three entities
        and five individuals for their role in a network that managed more than 200 North
        Korean IT workers in China and Laos. Since 2016, OFAC has designated 150 individuals
        and entities under this program. The designated persons' property in the United
        States is blocked.""",
    ),
    (
        "H1",
        "council-listing-russia",
        "~1500@RU/dispatched",
        """Council of the EU, press release // DPRK: Council lists four individuals and two
        entities // The entities are responsible for sending North Korean workers to Russia in
        breach of Security Council resolution 2397, which required all member states to
        repatriate DPRK nationals earning income abroad by 22 December 2019. According to the
        Council, the two entities dispatched around 1,500 workers to construction sites in the
        Moscow region in 2024. Restrictive measures now apply to 110 persons and 17
        entities.""",
    ),
    (
        "H1",
        "uk-release-fish-plants",
        "=220@CN/present",
        """Press release: UK sanctions three vessels and two firms // The two firms employed
        220 North Korean fish processors at plants in Zhoushan, China, between 2022 and 2024,
        the Foreign Office said. The three vessels carried 40,000 tonnes of seafood to ports
        in Asia. The UK has now sanctioned 81 ships.""",
    ),
    (
        "H1",
        "abstract-china-stock",
        "40000-60000@CN/present",
        """Abstract. This paper estimates the stock of North Korean labour in China from 2,400
        customs declarations and a survey of 312 factory managers in Liaoning. We estimate that
        between 40,000 and 60,000 North Koreans were working in China in 2019, of whom roughly
        70% were women in seafood and textile processing. Keywords: forced labour; sanctions;
        China.""",
    ),
    (
        "H1",
        "abstract-payroll-shares",
        "=127@RU/present ~40@RU/present",
        """Abstract. Using the payroll records of one construction firm in Ulan-Ude (n = 1,412
        employees), we find that North Koreans made up 9% of the firm's workforce, or 127
        workers, in 2018, against 3% (about 40) in 2015. We discuss 6 mechanisms of
        recruitment.""",
    ),
    (
        "H1",
        "conference-panel-summary",
        "=860@RU/present ~100000@M49:001/present",
        """Panel summary: Labour, Sanctions and the DPRK (Seoul Forum on Korean Affairs, day two)
        // Dr. Hanna Oyelaran of the University of Tromso presented field data from 11 sites
        in the Russian Far East, where her team counted 860 North Korean workers. Discussant
        Lee Min-jae estimated that Pyongyang keeps about 100,000 workers abroad, a figure two
        of the 240 participants disputed. The session closed with questions from 18
        students.""",
    ),
    (
        "H1",
        "stats-russia-entries",
        "=310@RU/dispatched",
        """Migration statistics, third quarter // According to the Interior Ministry's
        migration statistics, 4,120 citizens of the DPRK entered Russia in the third quarter,
        of whom 1,980 declared study as the purpose of their visit and 310 came as labour
        migrants. In the same period 1.2 million citizens of Uzbekistan entered the country.""",
    ),
    (
        "H1",
        "stats-mongolia-permits",
        "=12@MN/present =1190@MN/present",
        """Statistical bulletin, General Authority for Labour and Welfare // Foreign nationals
        employed in Mongolia on work permits numbered 23,400 at the end of June, among them
        9,800 Chinese nationals and 12 DPRK nationals. In 2016 the figure for DPRK nationals
        was 1,190.""",
    ),
    (
        "H1",
        "stats-vietnam-negative",
        "none",
        """Statistical release: foreign residents in Vietnam // At the end of the year 178,000
        South Korean nationals resided in Vietnam, of whom 12,400 held work permits. The
        number of DPRK nationals registered was 310, most of them embassy staff and students.
        Nationals of 92 countries held work permits.""",
    ),
    (
        "H1",
        "tv-transcript-vladivostok",
        "~50@RU/present ~3000@RU/present",
        """CHANNEL 9 EVENING NEWS - TRANSCRIPT // DANA PRICE, ANCHOR: Good evening. We begin in
        the Russian Far East, where North Korean workers are back on building sites. Mark? //
        MARK ELLISON, CORRESPONDENT: Dana, on this one site alone I counted about 50 of them.
        Local officials tell us there are now some 3,000 North Koreans working across
        Vladivostok. // PRICE: Three thousand - is that more than before the sanctions? //
        ELLISON: It's roughly double, Dana. // PRICE: Mark Ellison in Vladivostok. In other
        news, 14 people were injured in a bus crash on the M60 highway.""",
    ),
    (
        "H1",
        "radio-bulletin-poland",
        "=17@PL/repatriated ~500@PL/present",
        """WORLD SERVICE, 0600 BULLETIN // Poland says it has expelled the last 17 North Korean
        workers in the country. The seventeen had worked at a shipyard in Szczecin. A decade
        ago about 500 North Korean workers were employed in Poland, officials say. Now the
        weather: rain in the north, 14 degrees.""",
    ),
    (
        "H1",
        "radio-interview-dandong",
        "=120@CN/present",
        """PACIFIC VOICE RADIO - INTERVIEW TRANSCRIPT // HOST: My guest is Park Sun-hee, who
        spent four years sewing uniforms in a factory in Dandong. How many of you were there?
        // PARK: There were 120 of us from the North in one building, and maybe 400 Chinese
        workers in the other buildings. // HOST: Were you paid? // PARK: The manager said we
        were, but we never saw the money.""",
    ),
    (
        "H1",
        "letter-gdynia-welders",
        ">60@PL/present",
        """Letters to the Editor // Sir, Your report on the Gdynia shipyard (14 May) understates
        the problem. When I worked there as a foreman in 2015, there were at least 60 North
        Korean welders in the yard, not the "handful" you describe. I have 40 years in
        shipbuilding and know a crew when I see one. - Piotr Nowak, Gdynia""",
    ),
    (
        "H1",
        "letter-estimate-dispute",
        "=100000@M49:001/present 20000-50000@M49:001/present",
        """Letters // Sir, Professor Hale (Letters, 3 June) claims that 100,000 North Koreans
        work abroad. That figure dates from 2017. Since then, by most estimates, the number
        has fallen to between 20,000 and 50,000, most of them in China and Russia. - Dr. Ruth
        Abebe, Leeds""",
    ),
    (
        "H1",
        "profile-welder-amur",
        "~90@RU/present",
        """The welder who counts the days // BLAGOVESHCHENSK - Kim Chol, 34, has welded steel
        frames in this city on the Amur for six years. He is one of about 90 North Koreans on
        the site, which belongs to a developer employing 1,100 people. He shares a room with
        five other men and has not seen his two children since 2019.""",
    ),
    (
        "H1",
        "profile-restaurant-manager",
        "=11@LA/present ~150@LA/present",
        """A life between the tables // VIENTIANE - Ms. Ri, 29, manages one of the three North
        Korean restaurants left in Vientiane. Eleven North Korean waitresses work for her, and
        they sing for the guests every evening at eight. Ten years ago, she says, the city had
        eight such restaurants and about 150 North Korean staff.""",
    ),
    (
        "H1",
        "faq-how-many-abroad",
        "~100000@M49:001/present 50000-100000@M49:001/present",
        """How many North Koreans work abroad? // Q: How many North Koreans work abroad? A: No
        one knows exactly. South Korea's intelligence service put the number at about 100,000
        in 2017, when the UN banned the practice. Estimates today range from 50,000 to
        100,000. // Q: Where do they work? A: Mostly in China and Russia, with smaller groups
        in Laos and Africa. // Q: Who employs them? A: Usually a local firm that pays a North
        Korean state company.""",
    ),
    (
        "H1",
        "faq-russia-explainer",
        "~15000@RU/dispatched",
        """Explainer: Is Russia taking in North Korean workers again? // Q: How many are there?
        A: Russian statistics show that 13,221 North Koreans entered Russia in 2023, many on
        student visas. South Korea's spy agency says about 15,000 workers went to Russia in
        2024 alone. // Q: Is that legal? A: No. Resolution 2397 of 2017 ordered all 193 UN
        members to send the workers home within 24 months.""",
    ),
    (
        "H1",
        "review-exported",
        "~2000@CN/present =300000@M49:001/present",
        """Review: 'The Exported' by Grace Whitlock (Harbour Press, 342 pages) // Whitlock, a
        former correspondent in Beijing, spent three years tracing the 2,000-odd North Korean
        women who sewed for export in Dandong's garment zone. She estimates that 300,000 North
        Koreans have worked abroad since the 1960s. The book rests on 40 interviews, and one
        chapter follows two sisters from Sinuiju.""",
    ),
    (
        "H1",
        "review-inspector-memoir",
        "=20000@RU/present <3000@RU/present",
        """Slave to the Quota, by Oleg Marchenko // Marchenko's memoir of his 14 years as a
        labour inspector in Khabarovsk is uneven but valuable. At the peak, he writes, 20,000
        North Koreans felled timber in the krai; by the time he retired in 2016, fewer than
        3,000 remained. The 256-page book includes 30 photographs.""",
    ),
    (
        "H1",
        "encyclopedia-russia-series",
        "~15000@RU/present ~5000@RU/present =30023@RU/present =11490@RU/present",
        """North Korean workers in Russia // The dispatch of North Korean labour to the Soviet
        Union began in 1967 with an agreement on logging in Khabarovsk Krai. By 1990 some
        15,000 North Koreans worked in logging camps in the Russian Far East. After the Soviet
        collapse the number fell to about 5,000 in 1995, then rose again, reaching 30,023 in
        2016 according to Russian migration data, and fell to 11,490 in 2019 ahead of the UN
        deadline. In 2023 Russian universities enrolled 2,000 North Korean students.""",
    ),
    (
        "H1",
        "encyclopedia-mongolia-series",
        "=200@MN/present ~1300@MN/present =400@MN/present",
        """North Koreans in Mongolia // Mongolia hosted North Korean workers from 2008 under a
        bilateral agreement. Their number rose from 200 in 2008 to about 1,300 in 2013 and
        fell after the 2017 sanctions; 400 remained in 2018. Mongolia's population is 3.3
        million.""",
    ),
    (
        "H1",
        "hr-annex-by-country",
        "40000-50000@CN/present 15000-20000@RU/present =500@LA/present <100@NG/present "
        "v1@GQ/present",
        """Annex: estimated North Korean workers by country (Human Rights Monitor, 2025) //
        China 40,000-50,000; Russia 15,000-20,000; Laos 500; Nigeria fewer than 100; Equatorial
        Guinea "dozens". Totals may not add up because of rounding. In addition, the report
        counts 11,000 North Korean soldiers in Russia's Kursk region.""",
    ),
]

ARTICLES: list[Article] = BATCH_1

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "H1-stats-mongolia-permits": "relevance: the count stage finds the 12 and the 1,190 "
    "(since K1 of test_extract_count_genres3), but the bulletin, naming no workers, scores "
    "below the relevance gate",
    "H1-radio-interview-dandong": "relevance: the count stage finds 'There were 120 of us "
    "from the North' (ungated), but the transcript, naming the DPRK only as 'the North', "
    "scores below the relevance gate",
}
KNOWN_DETAILS: dict[str, str] = {}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
