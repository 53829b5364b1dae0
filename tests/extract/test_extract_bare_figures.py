"""Worker counts whose figure does not stand next to a worker noun with a word of North Korea
(issue #10, count recall): groups named "separate", "second", "new", "further", "remaining",
"last"; bare figures whose workers were named earlier ("About 600 have already crossed");
occupational heads (seamstresses, hostesses, lumberjacks, welders, painters, cooks, miners);
partitives ("of them", "of these", split by status or not); money per worker and what a
worker keeps; and traps (bare figures that are days, dollars, years, ages, companies,
soldiers, tourists or other nationalities).

Every article was written for this file (people, outlets, firms and figures invented) in
blind batches: each batch's expected claims were committed before the extractor was run on
it. Conventions from ../shared/spec/claims.md: members of a group already counted ("45 of
them work at a cashmere factory") are no claim unless the text splits the group by
destination or status ("Of them, about 300 have since gone home"); former workers
interviewed in Seoul are no count of workers abroad; a fine or a fare is no wage.

The notation is test_extract_long_articles.py's (claims ``Q VALUE@DESTS/STATUS``, money
``$KIND LOW-HIGH/PER`` and ``%share LOW-HIGH``; " // " ends the headline, " || " a
paragraph); its helpers compare the claims.
"""

from __future__ import annotations

import pytest

from .tables import sibling_module

LONG = sibling_module("test_extract_long_articles")  # its claim notation and comparisons
Article = tuple[str, str, str, str]  # batch, name, expected claims, text

# Batch R1: groups named "separate / second / new / remaining / further", job nouns.
# Before any change: count precision 8/9, recall 8/13 ("A separate group of 35 workers", "11
# North Korean hostesses", the three IT figures of an article whose only word of labour was
# "coders"/"programmers"; "who is 52" read as 52 workers). Fixed: "separate/smaller/
# remaining ..." as whole-group modifiers, hostess as a worker root, job nouns as words of
# labour for relevance, "who is N" an age, "keeps 70 programmers" present. After: 13/13,
# 13/13 (one status judgment left, xfail).
BATCH_1: list[Article] = [
    (
        "R1",
        "tynda-loggers",
        "~90@RU/dispatched =35@RU/planned",
        """North Korean loggers return to Amur camps // BLAGOVESHCHENSK (Taiga Herald) -
        About 90 North Korean lumberjacks arrived at a logging camp near Tynda last week, the
        regional forestry department said. A separate group of 35 workers from the same state
        trading firm is expected in January, when the winter felling season begins. The
        department did not say how long the contracts would last. The camp lies 40 kilometres
        from the nearest village.""",
    ),
    (
        "R1",
        "phnom-penh-raids",
        "=14@KH/present =11@KH/present",
        """PHNOM PENH - Police in Cambodia closed two restaurants run by a North Korean company
        in Phnom Penh on Tuesday and detained 14 North Korean waitresses, a police spokesman
        said. A second raid, on a karaoke lounge in Siem Reap, found 11 North Korean hostesses
        working without permits. All of the women are to be deported through Beijing, he
        said. The company has run the restaurants since 2009.""",
    ),
    (
        "R1",
        "kampala-nurses",
        "=28@UG/present =12@UG/dispatched",
        """KAMPALA - Uganda's health ministry said 28 North Korean nurses and doctors work at
        three regional hospitals under a 2019 agreement. A new group of 12 nurses from
        Pyongyang arrived on Monday to replace staff whose contracts ended, the ministry said,
        adding that the agreement runs until 2027.""",
    ),
    (
        "R1",
        "poland-welders",
        "~400@PL/present =18@PL/repatriated",
        """WARSAW - The last North Korean welders have left Poland, the labour inspectorate
        said. At their peak in 2016 about 400 worked at shipyards in Gdansk and Szczecin; the
        remaining 18 flew home from Warsaw in March after their permits expired. Inspectors
        said four Polish firms had employed them through agencies.""",
    ),
    (
        "R1",
        "kazan-painters",
        "=120@RU/present =40@RU/planned",
        """MOSCOW - A construction company in Kazan hired 120 North Korean painters and
        plasterers for a housing estate this spring, a regional newspaper reported. The firm
        also employs about 300 Uzbek and Tajik labourers. A further 40 North Koreans are due in
        September, the newspaper said, citing the company's director, who is 52.""",
    ),
    (
        "R1",
        "sobaeksu-coders",
        "=40@CN/planned =25@LA/planned ~70@CN/present",
        """Pyongyang plans more IT teams abroad // SEOUL (Peninsula Monitor) - North Korea's
        Korea Sobaeksu Trading Company will send 40 coders to Dalian next spring and another 25
        to Laos, a source in Pyongyang said. The firm already keeps about 70 programmers in
        Shenyang, where they build phone apps for Chinese clients, the source added. The
        company was founded in 1998.""",
    ),
]

# Batch R2: bare and anaphoric figures; partitives split by status or not.
# Before any change: count precision 4/4, recall 4/9 ("About 600 have already crossed",
# "the last 19, who had worked", "About 1,000 remain" after "interviewed 23 former workers",
# Katanga's miners without a destination). Fixed: crossed/flew home as bare count verbs,
# "the last/remaining/final N" after workers named (remnant_openers), a figure larger than
# the group interviewed is no interviewee. After: 7/9, 7/9 (Katanga's destination); 9/9,
# 9/9 once main's destination rules were merged in.
BATCH_2: list[Article] = [
    (
        "R2",
        "amur-soybeans",
        "~1500@RU/planned ~600@RU/dispatched $wage 400-400/month",
        """BLAGOVESHCHENSK (Amur Wire) - The Amur region expects about 1,500 North Korean farm
        workers this year, most of them for soybean fields along the Zeya river. About 600
        have already crossed the border at Blagoveshchensk, the regional agriculture ministry
        said on Tuesday. Each will be paid about 400 dollars a month, the ministry said.""",
    ),
    (
        "R2",
        "primorye-builders",
        "~900@RU/present ~300@RU/repatriated",
        """VLADIVOSTOK - About 900 North Korean builders were working in Primorye at the start
        of the year, the regional migration office said. Of them, about 300 have since gone
        home, and the rest remain on sites in Vladivostok and Nakhodka. The office said it had
        issued no new permits since 2019.""",
    ),
    (
        "R2",
        "mongolia-cashmere",
        "~1200@MN/present",
        """ULAANBAATAR - Mongolia still hosts some 1,200 North Korean workers, a UN panel of
        experts said in its latest report. 45 of them work at a cashmere factory on the edge
        of the capital, the panel said. The factory, which opened 12 years ago, also employs
        600 Mongolians.""",
    ),
    (
        "R2",
        "malta-textiles",
        "=19@MT/repatriated",
        """VALLETTA - Malta says no North Korean workers remain on the island: the last 19,
        who had worked at a textile plant in Zejtun, flew home in 2018, the foreign ministry
        said. Three Maltese companies were fined over the contracts, a ministry spokesman
        added.""",
    ),
    (
        "R2",
        "katanga-miners",
        "~50@CD/present =14@CD/dispatched",
        """KINSHASA - North Korean miners have been seen at a copper concession in Katanga
        for two years, a Congolese rights group said. About 50 were counted by its monitors in
        March, and 14 more arrived in June, the group said. The concession belongs to a
        company registered in Hong Kong.""",
    ),
    (
        "R2",
        "doha-interviews",
        "~1000@QA/present $wage 800-800/month",
        """DOHA - North Korean construction workers in Qatar work 14 hours a day and get two
        days off a month, a rights group said. It interviewed 23 former workers now living in
        Seoul, 9 of whom said they had worked on stadium sites. About 1,000 remain in the
        country, the group estimated. The workers are paid about 800 dollars a month by
        Qatari contractors, but hand most of it to their managers.""",
    ),
]

# Batch R3: money per worker, what a worker keeps, the state's cut; money traps.
# Before any change: count 6/6, 6/6; money precision 8/9, recall 8/10 ("keeps about 300
# dollars" without its period; "hand about 70 percent of their wages to the state"). Fixed:
# a keep/collect amount inherits the period of the pay before it (pay_part_verbs). After:
# money 9/9, 9/10 (the share left as xfail: "hand" as a share verb reads "85% had handed
# more than half their wages" of survey respondents as a share).
BATCH_3: list[Article] = [
    (
        "R3",
        "dandong-shoes",
        "~200@CN/present $wage 450-450/month $wage 300-300/month",
        """SEOUL - North Korean workers at a shoe factory in Dandong are paid about 450
        dollars a month by their Chinese employer, but the state collects 300 dollars of that
        from each worker, a Daily NK source said. About 200 North Koreans work at the
        factory.""",
    ),
    (
        "R3",
        "vladivostok-keep",
        "~2500@RU/present $wage 1000-1000/month $wage 150-150/month",
        """VLADIVOSTOK - North Korean builders in Vladivostok earn about 1,000 dollars a month
        on paper, a former site manager told Radio Free Asia. After payments to the state and
        their managers, the workers keep about 150 dollars a month, he said. Some 2,500 North
        Koreans work on the city's building sites.""",
    ),
    (
        "R3",
        "laos-revenue",
        "~500@LA/present $revenue 6000000-6000000/year $wage 600-600/month",
        """VIENTIANE - About 500 North Korean workers in Laos earn the regime some 6 million
        dollars a year, a South Korean lawmaker said, citing intelligence figures. Each worker
        must hand over 600 dollars a month to the state, he said.""",
    ),
    (
        "R3",
        "haiphong-fine",
        "=35@VN/repatriated $wage 400-400/month",
        """HANOI - Vietnamese police fined a seafood company in Hai Phong 20,000 dollars for
        employing 35 North Korean workers without permits. The workers, who earned 400 dollars
        a month, were sent home last week, police said; their flights cost 250 dollars
        each.""",
    ),
    (
        "R3",
        "far-east-share",
        "%share 70-70 $wage 1200-1200/month $wage 300-300/month ~15000@RU/present",
        """MOSCOW - North Korean workers in the Russian Far East hand about 70 percent of their
        wages to the state, a researcher at a Seoul institute said. A typical builder there is
        paid 1,200 dollars a month and keeps about 300 dollars, she said. The institute
        estimates that 15,000 North Koreans work in the region.""",
    ),
    (
        "R3",
        "recruiter-ages",
        "~1500@RU/dispatched",
        """SEOUL - North Korea picks workers for jobs abroad from married men between 30 and
        45, a defector who ran a recruitment office told our reporter. He said his office sent
        about 1,500 workers to Russia in 2017 alone. Candidates waited up to 18 months for a
        place.""",
    ),
]

# Batch R4: job nouns; traps of other nationalities, soldiers, tourists, members.
# Before any change: count precision 7/7, recall 7/7 (all traps held).
BATCH_4: list[Article] = [
    (
        "R4",
        "dandong-seamstresses",
        "~300@CN/present",
        """DANDONG - About 300 North Korean seamstresses sew jackets for European brands at a
        garment plant on the city's outskirts, a Chinese trader said. A second factory nearby
        employs 150 Chinese workers, he said.""",
    ),
    (
        "R4",
        "nakhodka-welders",
        "~200@RU/present",
        """SEOUL (Korea Tribune) - While North Korea has sent some 3,000 soldiers to fight in
        Russia's Kursk region, about 200 North Korean welders are working at a shipyard in
        Nakhodka, a South Korean intelligence official said. The official spoke to 6 reporters
        on condition of anonymity.""",
    ),
    (
        "R4",
        "shenyang-cooks",
        "=40@CN/present",
        """BEIJING - A hotel in Shenyang run by a North Korean firm employs 40 North Korean
        cooks and waitresses, a guest told the Liaoning Daily. About 2,000 Chinese tourists stay
        at the hotel each month, the paper said.""",
    ),
    (
        "R4",
        "kamchatka-fishermen",
        "~80@RU/present",
        """PETROPAVLOVSK-KAMCHATSKY - Some 80 North Korean fishermen were working on Russian
        trawlers based in Kamchatka this season, the regional fisheries agency said. The fleet
        has 26 vessels and lands about 90,000 tonnes of pollock a year.""",
    ),
    (
        "R4",
        "malabo-medics",
        "=30@GQ/present =20@GQ/planned",
        """MALABO - Thirty North Korean doctors and nurses work at the main hospital in Malabo,
        Equatorial Guinea's health minister said, and another 20 are expected next year. The
        hospital has 250 beds.""",
    ),
    (
        "R4",
        "laos-of-these",
        "~500@LA/present",
        """VIENTIANE - Around 500 North Koreans work in Laos, mostly in restaurants and on
        building sites, a diplomat in the capital said. Of these, 120 are women, he said. The
        diplomat has served in Laos for 7 years.""",
    ),
]

# Batch R5, written blind after R1-R4 were fixed, to measure their rules in fresh wording:
# remnants of other groups, ages, a deposit a company keeps, "the last ten years".
# Before: count precision 4/6, recall 4/7 ("3,000 North Korean building workers" read
# "building" as the head; "About 900 have already landed"; "a former foreman, 58," counted;
# the Gdansk figure without a destination); money 2/2, 2/3 ("the doctors keep about 90
# dollars" after "pay each of them about 600 dollars a month", no word of pay). Fixed: a
# singular thing noun before a worker noun modifies it, "landed" as a bare count verb, a
# figure set off by commas after "a/the ... noun" is an age, a keep amount after a pay by
# the month, "took on" as a dispatch verb. After: count 6/6, 6/7 (the dateline's Gdansk);
# 7/7, 7/7 once main's destination rules were merged in; money 3/3, 3/3.
BATCH_5: list[Article] = [
    (
        "R5",
        "chita-remaining",
        "~250@RU/present =40@RU/repatriated",
        """CHITA (Baikal News) - Some 250 North Korean construction workers spent the summer
        on housing projects in Chita, the regional labour department said. The remaining 40,
        whose permits ran out in August, were flown home on a charter flight, it added. The
        department has tracked foreign labour in the region for the last 15 years.""",
    ),
    (
        "R5",
        "abductees-remaining",
        "none",
        """TOKYO - A Japanese support group for the families of people abducted by North
        Korean agents said 17 citizens were taken in the 1970s and 1980s. Five came back in
        2002, and the group wants news of the remaining 12, its chairman, aged 74, said.""",
    ),
    (
        "R5",
        "ulan-ude-deposit",
        "=60@RU/dispatched $wage 700-700/month",
        """ULAN-UDE - A timber firm in Buryatia took on 60 North Korean loggers in October, a
        company manager said. He said each logger is paid 700 dollars a month. The firm keeps
        a deposit of 2,000 dollars with the regional bank as a guarantee for the contract.""",
    ),
    (
        "R5",
        "gdansk-welders",
        "~120@PL/present",
        """GDANSK - About 120 North Korean welders worked at the yard at any one time before
        2018, a former foreman, 58, told a Polish weekly. He said the men, who were aged
        between 25 and 40, never left the dormitory without a minder.""",
    ),
    (
        "R5",
        "lagos-takehome",
        "=25@NG/present $wage 600-600/month $wage 90-90/month",
        """ABUJA - Twenty-five North Korean doctors work at state clinics in Nigeria, the
        health ministry said. A doctor from the group, who spoke to the Abuja Monitor, said
        the clinics pay each of them about 600 dollars a month. After the embassy's cut,
        the doctors keep about 90 dollars, he said.""",
    ),
    (
        "R5",
        "kuwait-crossed",
        "~3000@KW/planned ~900@KW/dispatched",
        """KUWAIT CITY - Kuwait's interior ministry expects around 3,000 North Korean building
        workers this year under contracts signed before the sanctions, a ministry official
        said. About 900 have already landed at Kuwait International Airport, he said. The
        ministry processes some 50,000 visas a month for workers from South Asia.""",
    ),
]

# Batch R6, written blind after R5: partitives split by destination or status (claims) or
# not ("Among them are 250 women"), the first and a second group, troops and tourists.
# Before any change (the rules of R1-R5 in place): count precision 11/11, recall 11/11;
# money 1/1, 1/1; statuses all right. Nothing to fix.
BATCH_6: list[Article] = [
    (
        "R6",
        "primorye-split",
        "~1000@RU/present =600@RU/present =400@RU/present",
        """VLADIVOSTOK - About 1,000 North Korean workers are in Primorye, the regional
        governor's office said on Wednesday. Of them, 600 work in Vladivostok and 400 in
        Nakhodka, mostly on residential construction projects.""",
    ),
    (
        "R6",
        "hunchun-among-them",
        "~300@CN/present",
        """HUNCHUN - Some 300 North Korean workers are employed at three seafood plants in
        Hunchun, a Chinese trader who buys from the plants said. Among them are 250 women,
        most of them in their twenties, he said.""",
    ),
    (
        "R6",
        "walvis-bay-sailors",
        "=45@NA/dispatched =30@NA/planned",
        """WINDHOEK - The first 45 North Korean sailors hired by a Namibian fishing company
        arrived in Walvis Bay on Sunday, the company said. A second group of 30 is due in
        March, it said.""",
    ),
    (
        "R6",
        "troops-and-builders",
        "~5000@RU/dispatched",
        """SEOUL - North Korea has sent another 1,000 troops to Russia, South Korea's spy
        agency said on Thursday. It also said some 5,000 North Korean construction workers had
        arrived in Russia since January, many of them on student visas.""",
    ),
    (
        "R6",
        "wonsan-tourists",
        "=40@RU/present",
        """VLADIVOSTOK - About 1,200 Russian tourists visited the North Korean resort of Wonsan
        this summer, a travel agency said. In the other direction, 40 North Korean waiters and
        cooks work at a hotel in Vladivostok owned by a Pyongyang company, the agency said.""",
    ),
    (
        "R6",
        "mongolia-of-these",
        "~800@MN/present ~500@MN/repatriated",
        """ULAANBAATAR - Some 800 North Korean workers were in Mongolia at the start of 2019, a
        labour ministry official said. Of these, about 500 had left by the end of that year,
        he said.""",
    ),
    (
        "R6",
        "dandong-floor",
        "~80@CN/present $wage 300-300/month",
        """SEOUL - North Korean seamstresses at a factory in Dandong work 12 hours a day, six
        days a week, for 300 dollars a month, a woman who fled in 2019 told our reporter.
        About 80 women worked on her floor alone, she said.""",
    ),
]

# Batch R7, written blind after R6: traps for the new rules (the remaining trucks, an
# employer's escrow, a named person's age, "the first 10 days"), and their true cases.
# Before any change: count precision 8/8, recall 8/8; money 1/1, 1/1; statuses all right.
BATCH_7: list[Article] = [
    (
        "R7",
        "khabarovsk-trucks",
        "~500@RU/present",
        """KHABAROVSK - About 500 North Korean loggers work for a timber company near
        Khabarovsk, a company spokesman said. The company sold 300 of its 420 trucks last year;
        the remaining 120 carry timber to the port of Vanino.""",
    ),
    (
        "R7",
        "escrow",
        "=150@RU/present $wage 650-650/month",
        """VLADIVOSTOK - A shipyard in Bolshoy Kamen employs 150 North Korean welders, the
        regional labour office said. The workers are paid 650 dollars a month. Their employer
        keeps 40,000 dollars in an escrow account until the contract ends.""",
    ),
    (
        "R7",
        "named-age",
        "~60@RU/present",
        """NAKHODKA - Kim Song-chol, 34, a welder from Chongjin, said about 60 North Korean
        welders work at the ship repair yard in Nakhodka, where he spent three years before
        he fled.""",
    ),
    (
        "R7",
        "first-days",
        "=150@RU/dispatched",
        """VLADIVOSTOK - In the first 10 days of March, 150 North Korean workers arrived in
        Vladivostok by train from Tumangang, the border service said.""",
    ),
    (
        "R7",
        "qatar-final",
        "~2800@QA/present =70@QA/repatriated",
        """DOHA - Qatar once hosted some 2,800 North Korean workers on stadium and road
        projects. The final 70 left Doha in 2020, an embassy official said.""",
    ),
    (
        "R7",
        "gulf-of-them",
        "~2000@KW,QA/present =1200@KW/present",
        """KUWAIT CITY - About 2,000 North Koreans still work in Kuwait and Qatar, a Gulf
        diplomat said; of them, 1,200 are in Kuwait.""",
    ),
]

ARTICLES: list[Article] = [*BATCH_1, *BATCH_2, *BATCH_3, *BATCH_4, *BATCH_5, *BATCH_6, *BATCH_7]

# Articles still wrong, as strict xfails: "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {}
KNOWN_DETAILS: dict[str, str] = {
    "R1-kazan-painters": "status: 'hired 120 ... this spring' reads dispatched (hire is a "
    "dispatch verb of the fitted rules); the table says present, a debatable judgment",
    "R3-haiphong-fine": "status: 'employing 35 ... without permits. The workers ... were sent "
    "home last week': the return in the next sentence does not reach the figure",
    "R3-far-east-share": "money: 'hand about 70 percent of their wages to the state' is no "
    "share: 'hand' as a share verb makes B11's survey line ('85% had handed more than half "
    "their wages to the state', committed as no claim) a share of 85 and of over 50",
}


# The long articles' checks: claims as the scorer's count+destination key; statuses (and
# qualifiers) of the matched figures, and the money claims.
@pytest.mark.parametrize(("spec", "raw"), list(LONG._params(KNOWN_COUNTS, ARTICLES)))
def test_bare_counts_and_destinations(extractor, spec, raw):
    LONG.test_counts_and_destinations(extractor, spec, raw)


@pytest.mark.parametrize(("spec", "raw"), list(LONG._params(KNOWN_DETAILS, ARTICLES)))
def test_bare_statuses_and_money(extractor, spec, raw):
    LONG.test_qualifiers_statuses_money(extractor, spec, raw)
