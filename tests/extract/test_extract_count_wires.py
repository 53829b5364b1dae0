"""Worker counts and destinations in short items (3-8 sentences) of the kinds analysts read
every day: wire-service reports, NGO and think-tank reports, UN Panel of Experts-style
summaries, Russian, Chinese, Middle-Eastern, African and European regional outlets, court and
customs cases, defector testimony and ship or port tracking. The batches aim at the count and
destination phenomena of ../shared/notes/extraction-phenomena.md: partitives and "of them",
an exclusion about one person that must not veto the group, fractions of scale words ("half
a million", "a quarter of a million"), disjunctive ranges ("3,000 or 4,000", "three or four
hundred"), "from" after a return verb, negated or excluded places, transit places against the
destination ("through Dandong and Beijing to Moscow"), country lists with one figure each,
region names (Primorye, Siberia, the Gulf, Central Africa) and cities for their country,
cumulative totals beside current stocks, restated figures (one claim), and figures of other
groups: tourists, students, defectors, soldiers, crews, passengers, other nations' workers,
workers inside North Korea and headcounts of firms or sectors. A few articles are hard
negatives (no worker claim at all).

Every article was written for this file (people, outlets, firms and figures invented) and
the expected claims were committed before the extractor was run on them. The claim notation
is that of ``test_extract_long_articles.py``, the comparison that of
``test_extract_short_news.py``. Conventions from ../shared/spec/claims.md and the earlier
batches: a part of a group already counted ("12 of the workers") is no claim unless the text
splits the group by place or status ("2,000 of them went to Russia"); a part of a group that
was not a worker count ("230 passengers ... about 200 of them were workers") is a claim;
"sent abroad" and "member states" are ``M49:001``; a cumulative total is a claim; "excluding
Kuwait" keeps Kuwait out of the destinations; the extractor does not multiply ("a quarter of
the 40,000" is no claim of its own).
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Before any change (all five batches, 41 articles, 69 expected figures): counts precision
# 0.92 / recall 0.96 (66 of 69 figures, 6 spurious), count+destination 0.86 / 0.90 (62 of
# 69); 29 of 41 articles passed the count test, 39 of 41 the detail test. Per batch (count
# P/R, count+destination P/R): W1 0.94/1.00, 0.88/0.93; W2 0.89/1.00, 0.84/0.94; W3
# 0.93/1.00, 0.93/1.00; W4 1.00/0.92, 0.92/0.85; W5 0.80/0.80, 0.70/0.70.
#
# One expectation was corrected after that run: "23 North Korean workers in Russia have
# defected" (W2-visas-students-defectors) is a claim, since the spec excludes only defectors
# the text does not call workers (test_extract_spec_conformance.py's
# test_workers_who_defected). With it (70 figures), before: counts 0.93 / 0.96 (67 of 70, 5
# spurious), count+destination 0.88 / 0.90 (63 of 70).
#
# Fixed: "are based inside North Korea", "work from inside the DPRK" (work at home, by
# generated opener + home-name phrases); "Customs officers estimated that 3,000 or 4,000
# North Korean women" (a security noun that is the speaker of a speech verb does not make
# the group military); "Russia's forestry sector employs some 90,000 people in the Far East"
# (a place in the employer's own country keeps a headcount); "sewn by 600 workers at a
# factory in Sinuiju" after "customs in Dandong stopped 14 trucks" (a DPRK place phrase on
# the noun; counted vehicles are no move); "passed through Russia's timber camps" (not a
# transit); "told they would ... in China were sent instead to Russia's Sakhalin"
# (replacement before the end); "A woman who sewed coats at a clothing factory in Shandong
# told researchers" (a longer relative clause of the speaker); "230 North Korean passengers
# ... About 200 of them were workers" (a part named workers of a group not counted as
# workers); "delivered about 160 workers to Vladivostok" (a dispatch verb). After: counts
# 0.99 / 0.99 (69 of 70, 1 spurious), count+destination 0.97 / 0.97 (68 of 70); 38 of 41
# articles pass the count test, 40 of 41 the detail test.
#
# Batch W1 (wire services), written blind.
BATCH_1: list[Article] = [
    (
        "W1",
        "amur-loggers-recalled",
        "~300@RU/repatriated =120@RU/repatriated",
        """Pyongyang pulls loggers out of Russia's Amur region // MOSCOW (Northern Wire) - North
        Korea has recalled about 300 of its loggers from Russia's Amur region, a regional
        forestry official said on Tuesday. The men had worked at camps near Tynda since 2021.
        A further 120 North Korean workers were brought home from Khabarovsk in August, the
        official said. Russia's forestry sector employs some 90,000 people in the Far
        East.""",
    ),
    (
        "W1",
        "kuwait-three-or-four-hundred",
        "300-400@KW/present 2000-3000@M49:145/present",
        """Kuwait still hosts North Korean builders, monitors say // DUBAI (Gulf Ledger) - Three
        or four hundred North Korean construction workers remain on building sites in Kuwait,
        two years after the emirate said it had expelled them all, according to a monitoring
        group. The group said that 2,000 or 3,000 North Korean workers had been employed
        across the Gulf before 2017. Kuwait relies on about 1.5 million South Asian migrant
        workers.""",
    ),
    (
        "W1",
        "seoul-country-figures",
        "~20000@RU/present =40000@CN/present ~1000@LA/present",
        """Seoul: 20,000 North Korean workers in Russia // SEOUL (Peninsula Wire) - South
        Korea's intelligence service estimates that about 20,000 North Korean workers are in
        Russia, 40,000 in China and roughly 1,000 in Laos, lawmakers briefed by the agency said
        on Thursday. The agency did not give a figure for the Middle East. It said 1,200 North
        Korean tourists had visited Russia's Far East this year, most of them on
        state-organised tours.""",
    ),
    (
        "W1",
        "train-through-beijing",
        "~250@RU/dispatched",
        """BEIJING (Eastern Wire) - About 250 North Korean construction workers travelled by
        train from Pyongyang through Dandong and Beijing to Moscow last week, railway sources
        said. They were the third such group this year. Chinese border police counted 1,100
        North Korean passengers crossing at Dandong in October, most of them traders. The
        workers will live in dormitories on building sites in the Moscow region.""",
    ),
    (
        "W1",
        "told-china-sent-sakhalin",
        "~500@RU/dispatched =200@RU/planned",
        """Families told China, workers sent to Sakhalin // SEOUL (Daily Focus) - About 500
        North Korean women who had been told they would gut fish at seafood plants in China
        were sent instead to Russia's Sakhalin island last month, a source in Rason said. "Not
        one of them went to China," the source said. Another group of 200 workers is due to
        leave for Vladivostok in December.""",
    ),
    (
        "W1",
        "qatar-sends-home",
        "=1800@QA/repatriated ~2800@QA/present",
        """Qatar sends home 1,800 North Korean workers // DOHA (Gulf Ledger) - Qatar has sent
        home 1,800 North Korean workers this year, the labour ministry said on Sunday. The
        1,800 workers, most of them employed on road projects in Doha and Lusail, were the last
        of a contingent that once numbered about 2,800. The ministry also said it would deport
        12,000 undocumented Nepali workers.""",
    ),
    (
        "W1",
        "moscow-cumulative",
        ">30000@RU/present ~6000@RU/present =9000@RU/present",
        """MOSCOW (Capital Business Daily) - More than 30,000 North Korean builders have worked
        on sites in and around Moscow since 2010, according to Natalia Orlova, a labour
        researcher at a Moscow university. About 6,000 are there now, she said, down from
        9,000 in 2018. The city employs 1.2 million migrant workers from Central Asia.""",
    ),
    (
        "W1",
        "kursk-troops-negative",
        "none",
        """North Korea sends more troops to Kursk // SEOUL (Peninsula Wire) - North Korea has
        sent about 3,000 more soldiers to Russia's Kursk region, South Korea's military said on
        Monday. The reinforcements join some 11,000 troops deployed last year, of whom about
        4,000 were killed or wounded. The military said Pyongyang had also shipped 200
        long-range artillery pieces.""",
    ),
]

# Batch W2 (NGO and think-tank reports), written blind.
BATCH_2: list[Article] = [
    (
        "W2",
        "ngo-of-whom",
        "~100000@M49:001/present ~60000@CN/present =30000@RU/present",
        """The Seoul-based Citizens' Alliance for Labour Rights interviewed 48 former overseas
        workers for its annual report. It estimates that about 100,000 North Koreans work
        abroad, of whom roughly 60,000 are in China and 30,000 in Russia. The rest are spread
        across some 20 countries in Africa, the Middle East and Southeast Asia. Twelve of the
        interviewees had worked in Qatar.""",
    ),
    (
        "W2",
        "half-a-million",
        "~500000@M49:001/present <250000@RU/present <25000@RU/present",
        """About half a million North Koreans have worked abroad since the 1990s, according to
        a study by the Tokyo-based Asia Labour Observatory. Up to a quarter of a million of them
        passed through Russia's timber camps and building sites, the study says. Today the
        observatory puts the number of North Korean workers in Russia at "no more than
        25,000".""",
    ),
    (
        "W2",
        "hunchun-supervisor-defected",
        "~40@CN/repatriated ~300@CN/present",
        """About 40 North Korean seamstresses at a garment factory in Hunchun were put on a
        train home last month because their supervisor had defected, NK Labour Watch, a
        Seoul-based group, said in a report. The factory still employs some 300 North Korean
        women, the group said. Hunchun's garment sector has about 9,000 employees.""",
    ),
    (
        "W2",
        "siberia-primorye-central-africa",
        "8000-10000@RU/present ~2000@RU/present v2@M49:017/present",
        """In Siberia and the Russian Far East, between 8,000 and 10,000 North Korean workers
        are employed in construction and logging, according to a report by the Vostok
        Institute. Another 2,000 or so North Koreans work on farms in Primorye. The report says
        Central Africa hosts a few hundred North Korean builders and medics.""",
    ),
    (
        "W2",
        "africa-gulf-excluding",
        "~4000@M49:002,M49:145/present =40000@CN/present",
        """About 4,000 North Korean workers are in African and Gulf countries, the Asan Policy
        Forum said in a paper, a figure that does not include Russia or China. The paper puts
        the number in China at 40,000. A quarter of the 40,000 work in seafood plants in
        Liaoning, it says.""",
    ),
    (
        "W2",
        "khasan-groups",
        "~1500@RU/dispatched",
        """Since January, some 1,500 North Korean workers have crossed into Russia at Khasan,
        according to a monitor in Rason cited by the Border Labour Project. They travel in
        groups of 25 to 30, each with a minder. About one in five is a woman, the project
        said.""",
    ),
    (
        "W2",
        "it-workers-mekong",
        "~1000@LA,KH/present ~300@VN/present",
        """The Cyber Labour Initiative counts roughly 1,000 North Korean IT workers in Laos and
        Cambodia, plus about 300 in Vietnam. Another 3,000 IT workers are based inside North
        Korea and work remotely for clients abroad, the group's report says. It identified 64
        front companies.""",
    ),
    (
        "W2",
        "visas-students-defectors",
        "~15000@RU/present =23@RU/present",
        """Of the 2,300 North Koreans who entered Russia in the first quarter, 1,200 came on
        student visas and 600 as tourists, Russian border data cited by the Institute for Far
        Eastern Studies show. The institute says many of the students are in fact builders. It
        estimates that about 15,000 North Korean workers are in Russia. Since 2016, 23 North
        Korean workers in Russia have defected to South Korea.""",
    ),
]

# Batch W3 (UN Panel of Experts-style summaries), written blind.
BATCH_3: list[Article] = [
    (
        "W3",
        "panel-member-states",
        "=22000@M49:001/repatriated ~1000@NG,GQ/present",
        """The Panel notes that 23 Member States reported repatriating a total of 22,000 DPRK
        workers by the December 2019 deadline. The Panel continues to investigate reports that
        some 1,000 DPRK workers remain in Nigeria and Equatorial Guinea. Both Governments have
        told the Panel that no DPRK nationals work in their territory.""",
    ),
    (
        "W3",
        "panel-ship-manifest",
        "=87@RU/dispatched",
        """The vessel Bong Hwa, which the Panel tracked from Nampo to Nakhodka in March, carried
        87 DPRK workers, according to its crew manifest. The ship's crew of 23 are not included
        in that figure. The workers were taken to fish processing plants in Primorsky Krai.""",
    ),
    (
        "W3",
        "panel-country-semicolons",
        "~10000@RU/present 30000-50000@CN/present 1000-1500@LA/present ~200@AE/present",
        """According to information received by the Panel, DPRK workers were present in the
        following countries in 2023: Russia, about 10,000; China, between 30,000 and 50,000;
        Laos, 1,000 to 1,500; and the United Arab Emirates, some 200. The Panel has written to
        all four Governments.""",
    ),
    (
        "W3",
        "panel-excluding-kuwait",
        ">5000@M49:145/present ~150@KW/present",
        """The Panel estimates that more than 5,000 DPRK workers are in the Middle East,
        excluding Kuwait, which says it has none. In Kuwait, the Panel observed roughly 150
        North Korean workers at a building site near Kuwait City in May. The Government has not
        replied to the Panel's letter.""",
    ),
    (
        "W3",
        "panel-poland-malta",
        "=45@PL/repatriated =20@MT/repatriated",
        """In its national implementation report, Poland stated that the last 45 DPRK workers
        had left its territory in 2019. Malta reported that 20 DPRK workers were repatriated
        from Malta to the DPRK via Beijing. Neither State reported any revenue figures.""",
    ),
    (
        "W3",
        "panel-southern-africa-total",
        "=12000@AO,NA,MZ/dispatched ~400@AO/present",
        """Between 2015 and 2019, the DPRK dispatched a total of 12,000 workers to Angola,
        Namibia and Mozambique, the Panel estimates. At the time of writing, about 400 DPRK
        workers remain in Angola, mostly on construction projects in Luanda.""",
    ),
    (
        "W3",
        "panel-it-inside",
        "3000-4000@CN,RU/present",
        """The Panel estimates that between 3,000 and 4,000 DPRK IT workers operate in China and
        Russia. About 1,000 more work from inside the DPRK. The Panel identified 35 freelance
        accounts used by them.""",
    ),
    (
        "W3",
        "panel-soldiers-negative",
        "none",
        """The Panel received reports that the DPRK transferred some 12,000 soldiers and 100
        artillery systems to the Russian Federation in 2024. The Panel has not been able to
        verify reports that 1,000 of the soldiers were used to dig trenches. Member States are
        requested to report any such transfers.""",
    ),
]

# Batch W4 (regional outlets), written blind.
BATCH_4: list[Article] = [
    (
        "W4",
        "khabarovsk-plan",
        "2000-3000@RU/planned ~700@RU/present",
        """KHABAROVSK (Amur Gazette) - The Khabarovsk territory plans to take in 2,000 or 3,000
        North Korean workers next year to make up a shortage of builders, the regional
        government said. The territory currently hosts about 700 North Korean workers, most of
        them at two housing projects. It is short of 15,000 workers overall, officials
        said.""",
    ),
    (
        "W4",
        "dandong-garments",
        "~1500@CN/dispatched",
        """DANDONG (Liaoning Daily, English edition) - Garment factories in the Dandong
        free-trade zone have hired about 1,500 workers from the DPRK this year, the city's
        commerce bureau said. A quarter of the 1,500 work at a single plant owned by a Hong
        Kong investor. The city's 240 garment firms employ 80,000 people in all.""",
    ),
    (
        "W4",
        "sharjah-deported",
        "~30@AE/repatriated 1000-1300@AE/present",
        """ABU DHABI (Emirates Business) - Some 30 North Korean workers employed by a Sharjah
        contractor were deported last week, the interior ministry said. The UAE hosted an
        estimated 1,000 to 1,300 North Korean workers in 2016, mostly in Dubai and Abu Dhabi.
        The country's population is about 10 million, nearly 90 percent of them
        foreigners.""",
    ),
    (
        "W4",
        "windhoek-mansudae",
        "=200@NA/repatriated 20-30@NA/present",
        """WINDHOEK (Namib Observer) - Namibia says all 200 North Korean workers employed by the
        Mansudae company on monument projects left the country in 2017. But a smaller group of
        20 or 30 North Korean workers was later seen at a construction site in Walvis Bay,
        residents told this newspaper. The ministry declined to comment.""",
    ),
    (
        "W4",
        "gdansk-inspectorate",
        "=57@PL/present ~500@M49:150/present",
        """WARSAW (Baltic Business Review) - Poland's labour inspectorate found 57 North Korean
        welders at a shipyard in Gdansk in 2016, but none in 2024, its annual report says.
        Across Europe, an estimated 500 North Korean workers were employed at the time, the
        inspectorate said. Poland now issues about 400,000 work permits a year, mostly to
        Ukrainians.""",
    ),
    (
        "W4",
        "ulan-ude-sent-back",
        "~90@RU/repatriated",
        """ULAN-UDE (Buryat Vestnik) - About 90 North Korean workers who had been building a
        sports complex in Ulan-Ude were sent back from Buryatia to Pyongyang via Irkutsk this
        week, a city official said. The complex is 80 percent complete. Buryatia employs about
        3,000 migrant workers from Uzbekistan.""",
    ),
    (
        "W4",
        "yanbian-seafood-it",
        "3000-5000@CN/present v2@CN/present",
        """YANJI (Yanbian Daily, English edition) - Seafood processors in Hunchun employ between
        3,000 and 5,000 North Korean women, the prefecture's trade office said. Yanji's
        software parks host several hundred North Korean programmers. The prefecture has 2.1
        million residents.""",
    ),
    (
        "W4",
        "kuwait-flown-out",
        "~70@KW/repatriated",
        """KUWAIT CITY (Kuwait Herald) - About 70 North Koreans who had worked for a local
        construction firm were flown out of Kuwait via Dubai to Beijing on Friday, a
        ministry official said. The firm employs 4,000 workers from India and Egypt. The
        official said no North Korean workers remain in the country.""",
    ),
]

# Batch W5 (court and customs cases, defector testimony, ship and port tracking), written
# blind.
BATCH_5: list[Article] = [
    (
        "W5",
        "gdansk-court",
        "=38@PL/present",
        """GDANSK (Pomeranian Court Reporter) - A regional court convicted a labour agency of
        employing 38 North Korean workers at two shipyards in Gdansk and Szczecin between 2014
        and 2017. Prosecutors said 12 of the workers had been paid less than the minimum wage.
        The agency's owner was fined 200,000 zlotys.""",
    ),
    (
        "W5",
        "dandong-customs",
        "3000-4000@CN/present",
        """DANDONG (Customs Ledger) - Chinese customs in Dandong stopped 14 trucks carrying
        garments sewn by 600 workers at a factory in Sinuiju, across the river in North Korea.
        Customs officers estimated that 3,000 or 4,000 North Korean women are working in
        garment factories on the Chinese side of the river. The trucks were sent back.""",
    ),
    (
        "W5",
        "tynda-defector-testimony",
        "~250@RU/present",
        """A former logger, Kim, 52, told a parliamentary hearing in Seoul that he had been one
        of about 250 North Korean workers at a timber camp near Tynda in the Amur region. He
        said three or four men died there every winter. Kim defected in 2016 with 11 other
        loggers.""",
    ),
    (
        "W5",
        "rajin-vladivostok-ship",
        "~160@RU/dispatched",
        """A cargo ship that left Rajin on May 3 delivered about 160 North Korean workers to
        Vladivostok, a ship-tracking site said. The vessel, with a crew of 35, then sailed on
        to Nakhodka. The tracking site has logged 14 such voyages this year.""",
    ),
    (
        "W5",
        "ferry-passengers",
        "~200@RU/dispatched",
        """The ferry Man Gyong Bong carried 230 North Korean passengers from Rajin to
        Vladivostok on Friday, port officials said. About 200 of them were workers heading to
        building sites in Moscow and St Petersburg. The ferry resumed service in 2023.""",
    ),
    (
        "W5",
        "moscow-court-deportation",
        "=19@RU/repatriated >100@RU/present",
        """MOSCOW (Legal Courier) - A Moscow court has ordered the deportation of 19 North
        Korean workers who had worked illegally at a construction site in the New Moscow
        district. Prosecutors said the contractor had employed more than 100 North Korean
        workers over five years.""",
    ),
    (
        "W5",
        "shandong-seamstress-testimony",
        "=180@CN/present",
        """A woman who sewed coats at a clothing factory in Shandong told researchers she had
        been one of 180 North Korean women on her floor. Two of them escaped in 2019, she said,
        and the rest were watched more closely after that. She now lives in Seoul.""",
    ),
    (
        "W5",
        "wonsan-tourists-negative",
        "none",
        """Russian tour groups return to Wonsan // VLADIVOSTOK (Pacific Times) - About 600
        Russian tourists visited North Korea's Wonsan-Kalma resort this summer, a Vladivostok
        travel agency said. The agency plans 40 flights next year. North Korea also sent 40
        students to a Vladivostok university.""",
    ),
    (
        "W5",
        "sent-abroad-split",
        "~3000@M49:001/dispatched =2000@RU/dispatched",
        """Some 3,000 North Korean workers were sent abroad in March, a source in Pyongyang told
        Daily Focus. Two thousand of them went to Russia and the rest to China, the source
        said. The source said 500 soldiers guarded the departure station.""",
    ),
]

# Batch W6, written blind after the fixes above, to check that they carry to other wording
# of the same phenomena (a home-work phrase, a police speaker, a sector headcount, a
# replacement, a part named workers, "through" a region's camps, a speaker's workplace, a
# visa aside, a DPRK factory, a ship's delivery). Run on the fixed extractor: counts 0.91 /
# 1.00 (10 of 10, 1 spurious), count+destination 0.91 / 1.00; 9 of 10 articles passed the
# count test, 8 of 10 the detail test (the extractor before the fixes above: counts 0.75 /
# 0.90, count+destination 0.67 / 0.80). Fixed: "A further 1,500 work remotely from within
# North Korea" after a figure of workers (an elided noun at home). After: 1.00 / 1.00 for
# both.
BATCH_6: list[Article] = [
    (
        "W6",
        "it-within-home",
        "~2500@CN,RU/present",
        """About 2,500 North Korean IT workers are based in China and Russia, a cybersecurity
        firm said on Wednesday. A further 1,500 work remotely from within North Korea, using
        stolen identities, the firm said.""",
    ),
    (
        "W6",
        "police-speakers",
        "~120@RU/present",
        """VLADIVOSTOK (Pacific Times) - Police officers said about 120 North Korean workers were
        living in a hostel in the city's Pervomaisky district. The hostel's owner was fined
        for failing to register them.""",
    ),
    (
        "W6",
        "seafood-industry-headcount",
        "~3000@CN/present",
        """China's seafood processing industry employs more than 2 million people in Liaoning
        and Shandong, a Dalian trade association said. It estimated that about 3,000 North
        Korean workers are at plants in Dalian, a small share of the total.""",
    ),
    (
        "W6",
        "diverted-to-tatarstan",
        "=300@RU/dispatched",
        """A contingent of 300 North Korean builders expected in Kazakhstan was instead flown to
        Russia's Tatarstan last month, a Central Asian news site reported. Kazakhstan's labour
        ministry said it had issued no permits to them.""",
    ),
    (
        "W6",
        "charter-passengers",
        "=150@RU/dispatched",
        """A charter flight from Pyongyang landed in Vladivostok on Sunday with 180 passengers.
        Some 150 of them were construction workers, airport staff said. The rest were
        officials and students.""",
    ),
    (
        "W6",
        "siberian-camps-history",
        "~200000@RU/present",
        """Since the 1960s, some 200,000 North Korean workers have passed through Siberia's
        logging camps, a Novosibirsk historian estimates. The camps once covered an area the
        size of Belgium.""",
    ),
    (
        "W6",
        "doha-dormitory",
        "=90@QA/present",
        """A man who worked on a building site in Doha for three years told the Seoul hearing
        that 90 North Korean workers shared his dormitory. He said the men were paid once a
        year.""",
    ),
    (
        "W6",
        "mongolia-visa-aside",
        "=200@MN/present",
        """ULAANBAATAR (Gobi Post) - About 1,000 North Koreans entered Mongolia last year, most
        of them on business, student or tourist visas, the border agency said. It estimated
        that 200 North Korean workers remain in the country illegally.""",
    ),
    (
        "W6",
        "rason-wigs",
        "~2000@CN/present",
        """HUNCHUN (Yanbian Daily) - Chinese police in Hunchun seized 12 containers of wigs made
        by 800 workers at a factory in Rason, North Korea, and sold as Chinese goods. Hunchun's
        own plants employ about 2,000 North Korean women, the police said.""",
    ),
    (
        "W6",
        "nakhodka-freighter",
        "=60@RU/dispatched",
        """A North Korean freighter delivered 60 workers to the port of Nakhodka on Tuesday,
        port authorities said. Its crew of 18 stayed aboard. The workers were taken to a fish
        plant.""",
    ),
]

# Batch W7, written blind after W6's fix: harder wording of the batches' phenomena (a
# scale word shared by a disjunction, an exclusion about a manager, a place withdrawn
# "as earlier reported", a country list with bracketed figures, cities for their country,
# cumulative and current figures with a restatement, "expelled ... from" two cities, a
# transit before an anaphoric "there", another nation's workers in the same plan, and a
# hard negative of students and tourists). Run: counts 1.00 / 1.00 (13 of 13), count+
# destination 1.00 / 1.00, 10 of 10 articles under both tests (the extractor before W1-W6's
# fixes scores the same on this batch); no change.
BATCH_7: list[Article] = [
    (
        "W7",
        "laos-two-or-three-thousand",
        "2000-3000@LA/present",
        """VIENTIANE (Mekong Monitor) - Two or three thousand North Korean workers are employed
        on dam and road projects in Laos, diplomats in the capital estimate. The government
        has denied hosting any.""",
    ),
    (
        "W7",
        "ningbo-manager-arrested",
        "~80@CN/repatriated",
        """Some 80 North Korean waitresses were sent back to Pyongyang from Ningbo last week
        after their manager was arrested by Chinese police, a source told Daily Focus. The
        restaurant has closed.""",
    ),
    (
        "W7",
        "russia-not-china",
        "~600@RU/present",
        """About 600 North Korean workers from the Rason zone are in Russia, not in China as
        earlier reported, a regional official in Primorye said on Thursday. Most of them are
        at fish plants.""",
    ),
    (
        "W7",
        "bracketed-list",
        "~12000@RU/present 20000-30000@CN/present v2@LA/present",
        """North Korean workers remain in Russia (about 12,000), China (20,000-30,000) and Laos
        (several hundred), a Seoul think tank said in a report on Tuesday. It did not count IT
        workers.""",
    ),
    (
        "W7",
        "liaoning-cities",
        "=7000@CN/present ~1800@RU/present",
        """In Shenyang, Dalian and Dandong, 7,000 North Korean workers sew clothes and process
        seafood, the report says. In Khabarovsk and Blagoveshchensk, about 1,800 work on
        building sites.""",
    ),
    (
        "W7",
        "mongolia-cumulative",
        ">50000@MN/present ~500@MN/present",
        """More than 50,000 North Koreans have worked in Mongolia since 1990, according to the
        country's labour office. Currently there are about 500. The 500 are employed in
        construction and at a cashmere plant in Ulaanbaatar.""",
    ),
    (
        "W7",
        "expelled-two-cities",
        "~300@MN/repatriated",
        """Mongolia expelled about 300 North Korean workers from Ulaanbaatar and Darkhan in
        2019, the foreign ministry told the UN. It said 12 North Korean diplomats remain in
        the country.""",
    ),
    (
        "W7",
        "malabo-via",
        "~150@GQ/present",
        """North Korean workers bound for Equatorial Guinea fly via Beijing and Addis Ababa, a
        Malabo-based diplomat said. About 150 North Korean workers are there now, building a
        conference centre.""",
    ),
    (
        "W7",
        "indian-and-north-korean-plan",
        "=5000@RU/planned",
        """MOSCOW (Capital Business Daily) - Russia plans to bring in 10,000 Indian workers and
        5,000 North Korean workers next year to ease its shortage of builders, a deputy
        minister said. Russia issued 160,000 work permits to Indians last year.""",
    ),
    (
        "W7",
        "students-tourists-negative",
        "none",
        """About 2,000 North Korean students study at Russian universities, the education
        ministry said, and 300 North Korean tourists visited Vladivostok in the summer. The
        ministry plans exchange programmes with Pyongyang.""",
    ),
]

# Batch W8, written blind after W7: destinations only (an actor named by a demonym, unnamed
# reporting states, an abroad figure refined by the next sentence and the pair restated,
# "pulled out of", "withdrew ... from", "ordered home from", "other than", "apart from",
# "outside China"). Run: counts 1.00 / 0.90 (9 of 10, none spurious), count+destination 1.00
# / 0.90; 7 of 8 articles under the count test. The miss is relevance, not a rule of counts
# or places (a strict xfail below); no change.
BATCH_8: list[Article] = [
    (
        "W8",
        "lithuanian-permits",
        "=25@LT/present",
        """VILNIUS (Baltic Business Review) - Lithuanian officials declined to renew work
        permits for 25 North Korean workers employed at a shipyard in Klaipeda, the migration
        department said. The yard has 1,100 employees.""",
    ),
    (
        "W8",
        "reporting-states",
        "=9000@M49:001/repatriated",
        """In their latest reports to the Security Council, 31 reporting states said they had
        sent home 9,000 North Korean workers since 2018. The committee has asked the others to
        report by June.""",
    ),
    (
        "W8",
        "overseas-restated",
        "~70000@M49:001/present",
        """Seoul estimates that about 70,000 North Korean workers are overseas. Most of them are
        in China and Russia. || Seoul estimates that about 70,000 North Korean workers are
        overseas, officials repeated on Friday.""",
    ),
    (
        "W8",
        "pulled-out-of-kuwait",
        "~400@KW/repatriated",
        """North Korea has pulled about 400 workers out of Kuwait, a Gulf newspaper reported,
        citing a labour ministry source. The men had worked for three construction firms.""",
    ),
    (
        "W8",
        "withdrew-from-malaysia",
        "=60@MY/repatriated",
        """Pyongyang withdrew its 60 remaining workers from Malaysia in 2017 after the killing
        of Kim Jong Nam at Kuala Lumpur airport, the Malaysian government said.""",
    ),
    (
        "W8",
        "ordered-home-from-poland",
        "~150@PL/repatriated",
        """North Korea ordered about 150 of its workers home from Poland in 2016, when the
        government stopped issuing permits, a labour inspector said.""",
    ),
    (
        "W8",
        "other-than-russia",
        "~5000@M49:001/present ~20000@RU/present",
        """Apart from the 20,000 in Russia, about 5,000 North Korean workers are abroad in
        countries other than China, the think tank estimates. It gave no breakdown.""",
    ),
    (
        "W8",
        "outside-china",
        "v3@M49:001/present =45000@CN/present",
        """Outside China, several thousand North Korean workers remain abroad, according to
        the report. In China itself, it counts 45,000.""",
    ),
]

ARTICLES: list[Article] = (
    BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7 + BATCH_8
)

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "W4-windhoek-mansudae": "count: 'a smaller group of 20 or 30 North Korean workers was later "
    "seen at a construction site' is read as a scene ('were seen' is a scene predicate); the "
    "spec's scenes are 'a handful of individuals', so this one is debatable",
    "W4-kuwait-flown-out": "destination: 'flown out of Kuwait via Dubai to Beijing' takes "
    "Beijing as a second destination; that the leg to Beijing is the way home is known only "
    "from the claim's status, decided after the places",
    "W5-tynda-defector-testimony": "count: 'Kim defected in 2016 with 11 other loggers' are "
    "members of the 250 at the camp counted the sentence before ('other'), but a figure "
    "after 'with' is not tied to that group; a defection alone cannot exclude workers (the "
    "spec conformance tests keep defectors the text calls workers)",
}
KNOWN_DETAILS: dict[str, str] = {
    "W3-panel-ship-manifest": "status: 'The vessel ... carried 87 DPRK workers' reads present, "
    "not dispatched ('carry' is no dispatch verb: 'carry out repairs')",
    "W6-diverted-to-tatarstan": "status: '300 North Korean builders expected in Kazakhstan was "
    "instead flown to Russia' reads planned: the replaced plan's 'expected' wins over the flow",
    "W6-charter-passengers": "status: 'Some 150 of them were construction workers' after a "
    "flight 'landed ... with 180 passengers' reads present: the part named workers does not "
    "take the flow of its whole's sentence",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
