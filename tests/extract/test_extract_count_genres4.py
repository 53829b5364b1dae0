"""Worker counts in genres and shapes no earlier blind batch covered well: live-blog entries
with time stamps, appeal-judgment summaries in numbered paragraphs, think-tank briefs, Q&A
interviews, wire updates with correction lines, fact-checks, sanctions designations, police
blotters, defector profiles, written answers, joint advisories, NGO report summaries, and
hard negatives (athletes, DPRK labour mobilised at home, other nations' migrants). The count
phenomena aimed at are anaphoric figures whose group is named in an earlier sentence: a
pronoun's number ("The authors put their number at about 3,000", "contractors put it at
several hundred"), a pronoun partitive split by status or place ("About 120 of them have
already gone home", "Our company had about 1,500 of them there"), a possessive's last ones
("Equatorial Guinea sent home its last 30"), bare figures ("112 had flown out in February",
"About 2,000 came in the first quarter alone", "some 1,000 operate from China and Russia",
"Another 200 are due to arrive in Laos").

Every article was written for this file (people, outlets, firms and figures invented) and
each batch's expected claims were committed before the extractor was run on it. The notation
is that of ``test_extract_long_articles.py``, the comparison that of
``test_extract_short_news.py``; the conventions are those of ``test_extract_count_wires.py``.
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch L1, written blind (15 articles, 26 expected figures). First run, before any change:
# counts precision 0.89 / recall 0.65 (17 of 26 figures, 2 spurious), count+destination 0.84
# / 0.62 (16 of 26); 5 of 15 articles passed the count test. Missed: "Warsaw sent home its
# last 45", "Equatorial Guinea sent home its last 30", "Our company had about 1,500 of them
# there" (after a counted 230), "112 had flown out", "several thousand had arrived as
# workers", "About 2,000 came in the first quarter alone", "some 1,000 operate from China and
# Russia"; spurious: "60 athletes and 25 coaches", the fact-checked "100,000" ("Rating:
# Misleading."). The expected "=312@PL" of written-answer-poland was an annotation error (the
# answer never names the country): corrected to "=312@-" after the run. After the fixes:
# counts 1.00 / 0.92 (24 of 26, 0 spurious), count+destination 1.00 / 0.92 with the
# correction; the two misses are strict xfails below.
BATCH_1: list[Article] = [
    (
        "L1",
        "live-blog-committee",
        "=45@PL/repatriated ~20000@RU/present =300@LA/present ~120@LA/repatriated",
        """Live: UN sanctions committee hears labour-export evidence // 10:02 - The committee
        has opened its session on overseas labour. || 10:15 - The Polish delegate says
        shipyards in Gdansk employed North Korean welders until 2018. Warsaw sent home its last
        45 that year, she says. || 10:31 - The panel coordinator tells members that about
        20,000 North Korean workers are still in Russia. || 10:48 - The chair notes that Laos
        has reported 300 North Korean workers on its hydropower sites. About 120 of them have
        already gone home, the Lao note says.""",
    ),
    (
        "L1",
        "appeal-judgment-artyom",
        "=64@RU/present",
        """Court of Appeal, judgment summary: Petrov v. Prosecutor's Office of Primorsky Krai
        // 1. The appellant, director of Vostok-Build LLC, was convicted at first instance of
        employing foreign nationals without permits. 2. The trial court found that between
        2020 and 2022 the company engaged 64 citizens of the DPRK as labourers on two
        residential projects in Artyom. 3. The appellant argues that 18 of them held valid
        permits issued before 2019. 4. The court finds no error. The fine of 800,000 roubles
        is upheld.""",
    ),
    (
        "L1",
        "brief-mongolia-return",
        "~1200@MN/present v2@MN/present",
        """Brief: The quiet return of North Korean labour to Mongolia // In 2017 Mongolia hosted
        about 1,200 North Korean workers in construction and cashmere factories. It sent most
        of them home before the UN deadline. Our interviews in Ulaanbaatar suggest that the
        number has crept back up: contractors put it at several hundred, most on student or
        trainee visas. Officials deny this.""",
    ),
    (
        "L1",
        "qa-foreman-kuwait",
        "=230@KW/present ~1500@KW/present ~40@KW/present",
        """Q&A: 'They never saw the city' // Min Ji-hoon, a former site foreman, spent six
        years overseeing North Korean labourers in Kuwait. Q: How many men did you have? A: At
        the peak, 230 on my site alone. Q: And across Kuwait? A: Our company had about 1,500
        of them there in 2015. Q: Where are they now? A: Most went home in 2017. Maybe 40
        stayed on illegally.""",
    ),
    (
        "L1",
        "update-qatar-departure",
        "=112@QA/repatriated ~2800@QA/present",
        """UPDATE 2-Qatar confirms departure of North Korean builders // (Adds ministry comment
        in paragraph 3) || DOHA, March 3 (Gulf Wire) - Qatar said on Tuesday that the
        remaining North Korean construction workers in the country had left. || A labour
        ministry official said 112 had flown out in February. || The ministry had earlier said
        about 2,800 North Koreans worked in Qatar at the peak in 2015. || (Corrects paragraph
        2 to say 112, not 121)""",
    ),
    (
        "L1",
        "fact-check-100000",
        "v3@RU/dispatched",
        """Fact check: Did 100,000 North Korean workers go to Russia last year? // Claim: A
        viral post says North Korea sent 100,000 workers to Russia in 2024. || Rating:
        Misleading. || Russian statistics record about 13,000 entries of North Korean
        nationals in 2024, of which some 8,000 were for study. South Korea's intelligence
        service estimated in late 2024 that several thousand had arrived as workers. No source
        supports the viral figure.""",
    ),
    (
        "L1",
        "designation-sobaeksu",
        "~900@RU/present =30@GQ/repatriated",
        """Treasury designates North Korean labour agency // WASHINGTON - The Treasury
        Department today designated Korea Sobaeksu Trading, a company it says earned revenue
        by dispatching workers to construction sites in Russia and Equatorial Guinea.
        According to Treasury, the company managed around 900 workers in Russia. Equatorial
        Guinea sent home its last 30 in 2020, the release says. Also designated were two
        individuals and three vessels.""",
    ),
    (
        "L1",
        "police-blotter-greenhouse",
        "=14@RU/present ~600@RU/present",
        """Police blotter: Ussuriysk // Officers detained 14 North Korean nationals working
        without permits at a greenhouse complex outside the city on Thursday. They are among
        about 600 North Koreans the regional migration office says are employed in farming in
        the district. A 38-year-old local man was fined for drunk driving on the same
        road.""",
    ),
    (
        "L1",
        "profile-tynda-logger",
        "~300@RU/present",
        """Profile: From a Siberian logging camp to a Seoul classroom // Kang Chol-su, 44,
        teaches maths at a school for young defectors in Seoul. From 2009 to 2015 he felled
        timber near Tynda, in Russia's Amur region, in a camp of about 300 North Korean
        loggers. He says about 60 of them tried to escape over those years; he was one of 11
        who made it to the South. There are 34,000 defectors in South Korea today.""",
    ),
    (
        "L1",
        "athletes-nagoya",
        "none",
        """North Korea sends 60 athletes to Asian Games // PYONGYANG - North Korea will send 60
        athletes and 25 coaches to the Asian Games in Japan, state media said. The delegation
        includes 12 weightlifters. Japanese officials said none of its members would be
        allowed to work or stay after the Games. North Korean athletes have won 15 golds at
        past Games.""",
    ),
    (
        "L1",
        "pyongyang-housing-drive",
        "~15000@RU/present",
        """North Korea mobilises 30,000 for Pyongyang housing drive // Some 30,000
        construction workers and soldiers have been mobilised to build 10,000 flats in
        Pyongyang's Hwasong district this year, state media said. Another 5,000 students are
        helping at weekends. Analysts say the drive competes for labour with the export of
        workers to Russia, where about 15,000 are thought to be working now.""",
    ),
    (
        "L1",
        "kyrgyz-return-dprk-fill",
        "~5000@RU/dispatched ~2000@RU/dispatched",
        """Kyrgyz migrants return from Russia as rouble weakens // BISHKEK - About 120,000
        Kyrgyz citizens came home from Russia last year, the migration service said. Many had
        worked on building sites in Moscow. Russian employers have turned to North Korea to
        fill the gaps: some 5,000 North Korean workers arrived on student visas in 2024, the
        NIS says. About 2,000 came in the first quarter alone.""",
    ),
    (
        "L1",
        "ngo-summary-shandong",
        "~3000@CN/present =5000@CN/present",
        """Report summary: North Korean women in Shandong's fish plants // An NGO report
        released on Monday says North Korean workers have been employed in fish processing
        plants in China's Shandong province for more than a decade. The authors put their
        number at about 3,000 today, down from 5,000 in 2019. Most are women aged between 20
        and 35. The report's 40 interviews were conducted in 2024.""",
    ),
    (
        "L1",
        "written-answer-poland",
        "=312@-/present",
        """Written answer of the Minister of Family and Labour to interpellation no. 4411 //
        The Minister informs that 480 work permits were issued to citizens of the DPRK in 2016
        and none after 2017. The Border Guard recorded 312 North Korean workers in the country
        at the end of 2017. The last of them left in 2019.""",
    ),
    (
        "L1",
        "advisory-it-operate-from",
        "~1000@CN,RU/present =200@LA/planned",
        """Joint advisory: North Korean IT workers on freelance platforms // The advisory,
        issued by three governments, says most of the DPRK's IT workers work from inside North
        Korea, while some 1,000 operate from China and Russia, using front companies. Another
        200 are due to arrive in Laos this year, a partner agency said.""",
    ),
]

ARTICLES: list[Article] = [*BATCH_1]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "L1-police-blotter-greenhouse": "count: 'Officers detained 14 North Korean nationals "
    "working without permits' ('detain' is an excluded verb: arrested people are no "
    "workforce in the fitted gold); the 600 they are among is read",
    "L1-pyongyang-housing-drive": "relevance: a story of labour mobilised at home scores "
    "below the gate (ungated 'where about 15,000 are thought to be working now' is read, RU)",
}
KNOWN_DETAILS: dict[str, str] = {
    "L1-brief-mongolia-return": "status: 'Our interviews in Ulaanbaatar suggest ...: "
    "contractors put it at several hundred' reads recruiting ('interviews', a recruiting cue "
    "for job interviews, here the writer's research)",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
