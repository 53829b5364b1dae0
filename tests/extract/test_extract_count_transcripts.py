"""Worker counts in conversational text: interview Q&A whose answers leave the noun out
("Q: And now? A: About 40, all at one site"), figures inside quotes ('"There were 300 of us
in Tynda," he said'), first-person accounts ("our team of 15"), speaker turns of hearings
("SEN. X: ... MR. Y: Several hundred across Africa."), radio and podcast transcripts
(ANCHOR / REPORTER / HOST / GUEST), press-briefing Q&A in which a spokesperson restates,
updates or refuses a figure, and corrections inside a quote ("not 3,000 -- closer to
1,500"). Distractors: ages, years, hours, pay, time stamps, counts of sites, companies,
plants, brigades and restaurants, an interviewer's hypothetical figure, a figure the speaker
denies or withdraws, the size of a unit ("60 workers on each"), troops and other nations'
workers.

Every article was written for this file (people, outlets, firms and figures invented) and
the expected claims were committed before the extractor was run on them. Notation and
comparison are those of ``test_extract_short_news.py`` (``Q VALUE@DESTS/STATUS``; " || "
separates speaker turns or paragraphs). Conventions: a figure the speaker withdraws or
denies ("not 3,000", "Rumours of 20,000 are nonsense") is no claim; a figure only in an
interviewer's question that is hypothetical ("Could there be as many as 5,000?", "Would you
take 1,000?") is no claim, but a figure a questioner relays from a named source ("The Panel
of Experts said 100,000") is; a specific group told in the first person ("There were 120 of
us") is a claim, a team inside a group already counted is not; zero is no claim.
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Before any change (all five batches, 40 articles, 58 expected figures): counts precision
# 0.78 / recall 0.55 (32 of 58 figures, 9 spurious), count+destination 0.74 / 0.53 (31 of
# 59 keys, 11 spurious); ungated (no relevance gate) 0.79 / 0.64 and 0.75 / 0.61. Per batch
# (count P/R, count+destination P/R): T1 0.82/0.75, 0.82/0.75; T2 0.83/0.71, 0.83/0.71; T3
# 0.50/0.18, 0.00/0.00; T4 0.88/0.64, 0.89/0.67; T5 0.67/0.40, 0.67/0.40.
#
# Fixed: figures a speaker does not assert (a yes/no question turn, "asked whether", a
# self-correction "- no, I'm wrong,", a denial "are nonsense" / "That is simply untrue." /
# "A: Far too high.", "It was never 800", a conditional's "would send"); a bare answer to a
# transcript's question turn, also after an elided follow-up ("How many are there now?");
# first-person groups ("There were 300 of us", "We were 60"); "never more than" (at most);
# "back up to about 15,000" (no upper bound). After: counts 0.98 / 0.69 (40 of 58, 1
# spurious), count+destination 0.93 / 0.66; ungated 0.96 / 0.81 and 0.92 / 0.78. Per
# batch: T1 1.00/0.92; T2 0.92/0.86; T3 1.00/0.36, 0.50/0.18; T4 1.00/0.64, 1.00/0.67; T5
# 1.00/0.60. Nine of the 15 count misses are the relevance gate on short items (several of
# which never name North Korea); they are strict xfails below.
#
# Batch T1 (interviews, quotes, transcripts), written blind.
BATCH_1: list[Article] = [
    (
        "T1",
        "mongolia-site-manager",
        "~120@MN/present ~40@MN/present",
        """A Mongolian builder on his North Korean crews // ULAANBAATAR (Steppe Weekly) - We
        spoke to the owner of a construction firm that has used North Korean labour since
        2012. || Q: How many North Korean workers did you have at the peak? || A: In 2016,
        maybe 120 on my sites. || Q: How many are there now? || A: About 40, all at one site
        in Ulaanbaatar. They work 12 hours a day, and I pay the agency $700 a month for
        each.""",
    ),
    (
        "T1",
        "tynda-logger-quote",
        "=300@RU/present",
        """\"There were 300 of us in Tynda," said the former logger, who now drives a taxi in
        Seoul. "We cut timber from five in the morning until dark. Twenty men slept in one
        hut." He was 34 when he arrived at the Russian camp in 2009 and stayed for six years,
        sending most of his pay to the state.""",
    ),
    (
        "T1",
        "hearing-africa",
        "v2@M49:002/present ~5000@M49:002/present",
        """Excerpt from the hearing on North Korean forced labour abroad. || SEN. HOLLOWAY: How
        many North Korean labourers remain in Africa today? || MR. PRESTON: Several hundred
        across Africa, Senator, mostly in construction. We have identified 14 companies that
        employ them. || SEN. HOLLOWAY: Ten years ago it was thousands, wasn't it? || MR.
        PRESTON: It was perhaps 5,000 in 2017, before the sanctions took effect.""",
    ),
    (
        "T1",
        "rfa-anchor-khasan",
        "~200@RU/dispatched =150@RU/recruiting",
        """ANCHOR: North Korea has sent a new group of workers to Russia's Far East. Our
        reporter has more. || REPORTER: A source in Rason told us that about 200 workers
        crossed the border at Khasan last week, bound for building sites in Vladivostok. The
        source, who is 52, said another 150 are being trained in Pyongyang and will leave in
        March. || ANCHOR: Thank you.""",
    ),
    (
        "T1",
        "briefing-speculate",
        "none",
        """Transcript of the daily press briefing, on North Korean workers in Russia. ||
        QUESTION: Could there be as many as 5,000 North Korean workers on Russian building
        sites right now? || SPOKESPERSON: I'm not going to speculate on a number. What I can
        tell you is that we have raised the use of North Korean labour with Moscow 11 times
        this year, and we will keep doing so.""",
    ),
    (
        "T1",
        "primorye-self-correction",
        "~2400@RU/present",
        """\"We had 3,000 North Korean workers in the territory - no, I'm wrong, about 2,400 -
        mostly on housing projects," the deputy governor of Primorye said in a radio
        interview on Tuesday. He said the region would need 40,000 more builders by 2030 and
        had signed 17 contracts with foreign partners.""",
    ),
    (
        "T1",
        "dandong-seamstress-team",
        "~400@CN/present",
        """A former seamstress describes a garment factory in Dandong. "Our team of 15 sewed
        winter jackets for export. There were about 400 North Korean women in the whole
        factory," she said. "I was 23. We got $30 a month and worked until midnight when
        there was a rush order.\"""",
    ),
    (
        "T1",
        "podcast-hunchun-plant",
        "=260@CN/present =310@CN/present =50@CN/repatriated",
        """HOST: You run a seafood plant in Hunchun. How many North Koreans work for you? ||
        GUEST: Right now, 260. Before COVID it was 310, but 50 went home in 2020 and were
        never replaced. || HOST: Would you take 1,000 if Pyongyang offered them? || GUEST:
        No. The plant only has 400 beds, and the dormitory is already full.""",
    ),
]

# Batch T2 (hearings and press briefings), written blind. Later fixed: "The ministry registered
# 9,000 foreign workers" (a host's record of its foreign workforce in a sentence naming no
# DPRK; test_extract_count_genres.py).
BATCH_2: list[Article] = [
    (
        "T2",
        "hearing-qatar-kuwait",
        "~1000@QA/repatriated <100@QA/present",
        """From the committee hearing on North Korean labour in the Gulf. || REP. ALVAREZ: Does
        Qatar still host North Korean workers? || MS. KANG: The Qatari government told us in
        2019 that it had sent home about 1,000. Our own estimate is that fewer than 100
        remain, on two or three sites. || REP. ALVAREZ: Under 100. And Kuwait? || MS. KANG:
        None that we can confirm.""",
    ),
    (
        "T2",
        "mongolia-briefing-update",
        "=2300@MN/repatriated =2700@MN/repatriated =40@MN/present",
        """ULAANBAATAR - At the foreign ministry's weekly briefing, a reporter asked about
        North Korean workers. || Q: Your ministry said last month that 2,300 North Korean
        workers had left Mongolia. Is that still the number? || SPOKESPERSON: The number is
        now 2,700. All of those workers have left under our Security Council obligations.
        Forty remain whose visas expire in June.""",
    ),
    (
        "T2",
        "rfa-chongjin-brigade",
        "=60@RU/dispatched =45@RU/present",
        """REPORTER: Kim, who is now 41, went to Russia in 2014 with a brigade of 60 builders
        from Chongjin. || KIM (through an interpreter): We were 60 when we left Chongjin. By
        the second winter in Khabarovsk, only 45. Some were sent home sick, two ran away. ||
        REPORTER: Kim was one of the two.""",
    ),
    (
        "T2",
        "senate-panel-figure",
        "=100000@M49:001/present 50000-60000@M49:001/present ~20000@RU/present",
        """SEN. ORTIZ: The UN Panel of Experts said 100,000 North Korean workers were abroad.
        Is that your number? || DR. MILLER: Ours is lower. We think 50,000 to 60,000 abroad
        today, of whom about 20,000 in Russia. || SEN. ORTIZ: And the revenue? || DR. MILLER:
        Perhaps $500 million a year, but that is a rough figure.""",
    ),
    (
        "T2",
        "tashkent-denial",
        "none",
        """Asked at a news conference about reports that 3,000 North Koreans were working on
        building sites in Tashkent, Uzbekistan's labour minister said: "That is simply
        untrue. There are 12 North Korean diplomats at the embassy, and they are not
        workers." The ministry registered 9,000 foreign workers last year, he added.""",
    ),
    (
        "T2",
        "panel-press-conference",
        "=1200@M49:002/present",
        """JOURNALIST: How many North Korean workers has the panel traced to Africa? || PANEL
        COORDINATOR: In this report, 1,200 in eight African countries, and we name 23
        companies. We believe the true number is two or three times that, but I won't give
        you a figure I can't source.""",
    ),
    (
        "T2",
        "minsk-director",
        "<70@BY/present",
        """A Belarusian construction director on the North Koreans he employed. ||
        INTERVIEWER: Your firm hired North Korean workers in Minsk? || DIRECTOR: Yes, from
        2017 to 2019. Never more than 70 at a time. || INTERVIEWER: And today? || DIRECTOR:
        Zero. We now hire 200 Uzbeks.""",
    ),
    (
        "T2",
        "donetsk-briefing",
        ">1000@UA/present =5000@UA/planned",
        """MODERATOR: Is it true that North Korean builders are in Donetsk? || OFFICIAL
        (Ukrainian military intelligence): We have confirmed at least 1,000 North Korean
        workers in the occupied Donetsk region, working on housing. Pyongyang has promised
        another 5,000 for the region next year. || MODERATOR: Alongside the troops? ||
        OFFICIAL: The troops are separate - about 12,000 of them.""",
    ),
]

# Batch T3 (quotes in news copy, call-ins, managers), written blind. Later fixed: "Four
# thousand - sorry, 4,400 - North Korean workers" (the noun after the dash closing an aside;
# test_extract_count_genres.py).
BATCH_3: list[Article] = [
    (
        "T3",
        "chegdomyn-quote",
        "=300@RU/present <100@RU/present",
        """\"When I left Chegdomyn there were 300 of us at the camp," said Pak, a former
        logger now living in Seoul. "Now I hear it's fewer than a hundred." Pak, 58, worked
        14-hour days in the Russian forest for seven years.""",
    ),
    (
        "T3",
        "lagos-physician",
        "~20@NG/present ~80@NG/present",
        """\"When I arrived in Lagos in 2012 there were maybe twenty of us, doctors and nurses;
        by 2018 the group had grown to about 80," said a former North Korean physician who
        worked in Nigeria's private clinics and now lives in South Korea.""",
    ),
    (
        "T3",
        "donghang-hypothetical",
        "~2000@CN/present",
        """An interview with a researcher who visited Chinese seafood towns. || Q: Some say
        10,000 North Koreans work in Chinese seafood plants. Too high? || A: Far too high. In
        Donghang I counted about 2,000, in perhaps 30 plants. Most were women in their
        twenties.""",
    ),
    (
        "T3",
        "minister-corrects",
        "=4400@RU/repatriated",
        """The minister corrected himself during the press conference: "Four thousand -
        sorry, 4,400 - North Korean workers left Russia this year." He gave no figure for
        those who remain.""",
    ),
    (
        "T3",
        "kuwait-call-in",
        "=120@KW/present",
        """CALLER: I'm a defector living in Seoul. I worked in Kuwait from 2013 to 2016 on a
        hospital project. There were 120 of us. || HOST: What happened to them? || CALLER:
        They were all sent home in 2018, I heard. We worked six days a week in 45-degree
        heat.""",
    ),
    (
        "T3",
        "podcast-it-workers",
        "v3@M49:001/present",
        """HOST: How many North Korean IT workers are abroad right now? || GUEST: The best
        estimate is a few thousand, most in China and Russia, with some in Laos. Another
        1,000 or so work from inside North Korea, using foreign accounts.""",
    ),
    (
        "T3",
        "permits-not-workers",
        "none",
        """\"I will not give a number," the Russian labour official said when asked whether
        20,000 North Koreans were working in Russia. "Our records show 1,500 work permits
        issued to citizens of the DPRK, and that is all I can say.\"""",
    ),
    (
        "T3",
        "phnom-penh-restaurant",
        "=18@KH/present =25@KH/present =7@KH/repatriated",
        """The manager of a North Korean restaurant in Phnom Penh told us: "We have 18
        waitresses from Pyongyang. Two years ago we had 25, but seven went home." He said
        there are three such restaurants left in the city, down from nine.""",
    ),
]

# Batch T4 (hearings, testimony, radio), written blind.
BATCH_4: list[Article] = [
    (
        "T4",
        "hearing-regions",
        "v2@M49:002/present v2@M49:035/present ~1000@M49:145/present",
        """SEN. BRANDT: You've told us about Russia and China. Where are the rest of North
        Korea's overseas workers? || MR. YOON: Several hundred across Africa, a few hundred in
        Southeast Asia, and perhaps 1,000 in the Middle East. || SEN. BRANDT: Thank you.""",
    ),
    (
        "T4",
        "mofa-jilin",
        "=1500@CN/dispatched",
        """Q: Japanese media say 1,500 North Korean workers entered Jilin province last month.
        What is your comment? || A (foreign ministry spokesperson): China always implements
        Security Council resolutions faithfully. I'm not aware of the situation you
        mentioned.""",
    ),
    (
        "T4",
        "defector-lee-ages",
        "=30@RU/dispatched ~500@RU/present",
        """INTERVIEWER: How old were you when you went to Russia? || LEE: 27. I went in 2011
        with 30 men from my factory. || INTERVIEWER: How many North Koreans were on the site
        in Moscow? || LEE: About 500. Three shifts. I earned 1,000 rubles a week.""",
    ),
    (
        "T4",
        "rfa-selected",
        "=2000@RU/recruiting =10000@RU/planned",
        """ANCHOR: Reports say North Korea is preparing to send workers to Russia again. ||
        REPORTER: That's right. A source in North Hamgyong said 2,000 workers have been
        selected and are awaiting departure for Russia, and that the authorities plan to send
        a total of 10,000 this year. The source, 45, asked not to be named for his
        safety.""",
    ),
    (
        "T4",
        "gdansk-not-800",
        "500-600@PL/present",
        """Asked about the 800 North Korean welders cited in parliament, the deputy minister
        said: "It was never 800. At the peak, 500 to 600 worked in Polish shipyards, and none
        have had permits since 2018.\"""",
    ),
    (
        "T4",
        "kazan-brigade",
        "=45@RU/present",
        """\"I managed a brigade of 45 in Kazan, and there were 12 brigades on the stadium
        site," a former North Korean foreman told the podcast. He said he was 38 at the time
        and slept four hours a night.""",
    ),
    (
        "T4",
        "trawler-witness",
        "=40@CN/present",
        """CHAIR: You worked on a fishing boat? || WITNESS (through an interpreter): Yes, a
        Chinese trawler out of Zhoushan. Forty North Koreans on one boat. We were at sea for
        11 months and were paid nothing until we came home.""",
    ),
    (
        "T4",
        "laos-same-figure",
        "~2000@LA/present",
        """SPOKESPERSON: As we said on Monday, about 2,000 North Korean workers remain in Laos.
        || Q: On Monday you said 2,000 exactly? || SPOKESPERSON: About 2,000. The figure has
        not changed since our report to Congress.""",
    ),
]

# Batch T5 (more transcripts and elliptical answers), written blind.
BATCH_5: list[Article] = [
    (
        "T5",
        "hanoi-correspondent",
        "=97@VN/repatriated",
        """ANCHOR: In Vietnam, authorities say the last North Korean workers have left. ||
        CORRESPONDENT: Officials in Hanoi told us 97 workers from North Korea were
        repatriated in the past year, from garment workshops and two restaurants. They said
        none remain. The officials, at a 20-minute briefing, declined to say how many had
        been there in 2019.""",
    ),
    (
        "T5",
        "gulf-elliptical",
        "v1@AE/present ~300@KW/present",
        """A former UN panel investigator, interviewed about North Korean workers in the Gulf.
        || Q: Saudi Arabia? || A: None now. || Q: The UAE? || A: A few dozen, on fishing boats
        out of Fujairah. || Q: Kuwait? || A: Maybe 300, all in construction.""",
    ),
    (
        "T5",
        "luanda-statues",
        "150-200@AO/present",
        """Q: The Angolan government says all North Korean workers have left. Do you believe
        that? || A: No. I visited Luanda in March and saw three North Korean-built statues
        going up, with perhaps 60 workers on each. I'd estimate 150 to 200 are still in the
        country.""",
    ),
    (
        "T5",
        "timestamps",
        "=11490@RU/present ~15000@RU/present",
        """[00:14:32] MS. REYES: Russia told the UN in 2019 that 11,490 North Korean workers
        remained on its territory. || [00:15:10] MS. REYES: By last year, our estimate was
        back up to about 15,000, most of them in the Far East.""",
    ),
    (
        "T5",
        "liaoning-girls",
        "=150@CN/dispatched",
        """\"I was 19, one of 150 girls sent to a textile factory in Liaoning in 2015," said
        Choi, now 29. "We worked until 11 at night and were allowed out twice a month.\"""",
    ),
    (
        "T5",
        "vladivostok-rumours",
        "~4000@RU/present",
        """Q: Are there more North Korean workers in Vladivostok than last year? || A (city
        official): No, the same - about 4,000. Rumours of 20,000 are nonsense.""",
    ),
    (
        "T5",
        "rfa-conditional",
        "~30000@CN/present",
        """REPORTER: If China let them, the source said, Pyongyang would send 50,000 more
        workers tomorrow. For now, about 30,000 North Korean workers remain in Liaoning and
        Jilin, the source said.""",
    ),
    (
        "T5",
        "kholmsk-shipyard",
        "=85@RU/present",
        """HOST: So how big was the North Korean crew at the yard? || GUEST: At the Kholmsk
        shipyard on Sakhalin, 85 North Koreans. Plus four minders from the security ministry.
        || HOST: Were they paid? || GUEST: On paper $800 a month.""",
    ),
]

# Batch T6: regression items written after the fixes (not blind), for the limits of the new
# rules: a question turn about something else ends the chain of question turns ("How old
# were you then? A: 27." is no count); an elided follow-up keeps it ("And in 2019? A: Maybe
# 250"); a figure asserted in a statement and repeated in a question stays a claim.
BATCH_6: list[Article] = [
    (
        "T6",
        "age-question-ends-chain",
        "~300@RU/present",
        """An interview with a former builder about North Korean workers in Russia. || Q: How
        many North Korean workers were on your site in Vladivostok? || A: About 300. || Q: How
        old were you then? || A: 27.""",
    ),
    (
        "T6",
        "follow-up-keeps-chain",
        "~300@RU/present ~250@RU/present",
        """An interview with a former builder about North Korean workers in Russia. || Q: How
        many North Korean workers were on your site in Vladivostok? || A: About 300. || Q: And
        in 2019? || A: Maybe 250, after the sanctions.""",
    ),
    (
        "T6",
        "statement-then-question",
        "~3000@RU/present",
        """About 3,000 North Korean workers are in Primorye, the regional labour department
        said. || Q: Are 3,000 North Korean workers really in Primorye? || A: That is the
        department's figure.""",
    ),
]

ARTICLES: list[Article] = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6

# Known misses (strict xfail): "<batch>-<name>" -> reason.
_GATE = "relevance: the short conversational item scores {} and is gated out"
KNOWN_COUNTS: dict[str, str] = {
    "T1-tynda-logger-quote": _GATE.format("0.00 (its text never names North Korea)")
    + "; ungated, 'Twenty men slept in one hut' (one hut's men) is also claimed",
    "T2-rfa-chongjin-brigade": _GATE.format("0.00 (only the city Chongjin names the country)")
    + "; ungated, 'By the second winter in Khabarovsk, only 45.' (a bare figure) is missed",
    "T3-chegdomyn-quote": _GATE.format("0.00 (its text never names North Korea)")
    + "; ungated, 'Now I hear it's fewer than a hundred.' (a bare figure) is missed",
    "T3-donghang-hypothetical": "count: 'In Donghang I counted about 2,000' names no one; the "
    "noun is three turns back, beyond a bare figure's paragraph reach",
    "T3-kuwait-call-in": _GATE.format("0.00 (its text never names North Korea)")
    + "; ungated, 'There were 120 of us' follows only 'I worked in Kuwait' (no worker noun)",
    "T3-phnom-penh-restaurant": "destination: '18 waitresses from Pyongyang' gets no place "
    "(the restaurant's city is in the speaker's phrase before the quote); 'Two years ago we "
    "had 25, but seven went home' (bare figures in a quote) are missed",
    "T4-defector-lee-ages": _GATE.format("0.11") + "; ungated both figures are found",
    "T4-kazan-brigade": _GATE.format("0.11")
    + "; ungated, 'I managed a brigade of 45 in Kazan' (a group-size noun) is missed",
    "T4-trawler-witness": _GATE.format("0.11") + "; ungated the figure is found",
    "T5-gulf-elliptical": "count: answers to place-only follow-up questions ('Q: The UAE? A: "
    "A few dozen') with no question asking how many before them are not tied to workers",
    "T5-liaoning-girls": _GATE.format("0.00 (its text never names North Korea)")
    + "; ungated, 'one of 150 girls sent to a textile factory' is missed",
    "T5-kholmsk-shipyard": _GATE.format("0.09") + "; ungated the figure is found",
}
KNOWN_DETAILS: dict[str, str] = {
    "T2-mongolia-briefing-update": "status: 'The number is now 2,700.' reads present: the "
    "departure verb of the question before it ('had left Mongolia') is not carried over",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
