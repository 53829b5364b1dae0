"""Worker counts and destinations in genres no earlier blind batch covered: think-tank "ask
the analyst" Q&A, labour-inspection summaries, recruitment-fraud court cases, city-council
minutes, trade-fair reports, diaspora-community news, satellite-imagery analyses, investor
ESG alerts, paraphrased UN panel summaries, port arrival logs, oral-history summaries, NGO
watchdog items, weekly digests and regional quota notices. The count phenomena aimed at: a
DPRK figure after other nations' figures in a list ("130 citizens of Uzbekistan, 47 of
Tajikistan and 35 citizens of the DPRK"), first-person groups ("We were about 70 in our
brigade"), capacities of buildings ("can house 400 men": no claim, the spec counts people,
not beds), teams a subject runs ("also runs a mobile medical team of about 40"), and figures
that look like worker counts but are not: athletes, students, soldiers, crews, passengers,
other nations' workers, ethnic Koreans of the host, ages, votes, percentages, fines, years.

Every article was written for this file (people, outlets, firms and figures invented) and
the expected claims were committed before the extractor was run on them. The notation is
that of ``test_extract_long_articles.py``, the comparison that of
``test_extract_short_news.py``; the conventions are those of
``test_extract_count_wires.py``. A capacity ("can house", "designed for") is no claim; a
quota is a plan; a team's size is a claim when the text gives it for one named team of the
subject (not "about 50 in each team").
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch K1, written blind (15 articles, 25 expected figures). First run, before any change:
# counts precision 0.76 / recall 0.88 (22 of 25 figures, 7 spurious), count+destination 0.72
# / 0.84 (21 of 25, 8 spurious); 9 of 15 articles passed the count test, 13 of 15 the detail
# test.
BATCH_1: list[Article] = [
    (
        "K1",
        "analyst-qa-gulf",
        "~2500@QA/present =70@QA/repatriated =1300@KW/present ~1000@KW/present",
        """Ask the Analyst: Are North Korean workers still in the Gulf? // Q: Reports say North
        Korean labourers have left the Gulf. Is that right? A: Mostly. In 2016 there were
        roughly 2,500 North Koreans on building sites in Qatar. Doha says the last 70 went home
        in 2019. Q: And Kuwait? A: Kuwait reported 1,300 North Korean workers in its 2018
        filing to the UN, though our own count was closer to 1,000. Q: Who were they? A: Most
        were men between 30 and 45, chosen from families with good songbun.""",
    ),
    (
        "K1",
        "inspection-amur",
        "=35@RU/present =22@RU/present",
        """Inspection summary, State Labour Inspectorate for Amur Oblast // Inspectors visited
        46 construction sites in Blagoveshchensk between March and May and found 212 foreign
        nationals working without valid permits, among them 130 citizens of Uzbekistan, 47
        citizens of Tajikistan and 35 citizens of the DPRK. In Svobodny, a further 22 North
        Korean workers were found at a sawmill. Fines totalling 2.4 million roubles were
        imposed on 9 employers.""",
    ),
    (
        "K1",
        "court-broker-fraud",
        "=260@CN/dispatched",
        """Court jails broker over North Korean labour deals // DANDONG - A court in Liaoning
        province sentenced a 52-year-old labour broker to six years in prison for recruitment
        fraud, after he collected 3.1 million yuan in fees from 14 seafood companies. According
        to prosecutors, he had delivered 260 North Korean women workers to three plants in
        Donggang in 2022 but pocketed the wages owed to their North Korean managers. Eleven of
        the companies' directors testified at the trial.""",
    ),
    (
        "K1",
        "council-minutes-hostel",
        "~150@RU/present",
        """Minutes of the regular meeting of the Ussuriysk City Duma, 14 October // Item 3.
        Deputy V. Sorokin asked about the hostel on Chicherina Street, which can house 400 men
        and is leased to a North Korean construction company. The head of the housing
        department replied that the building currently houses about 150 North Korean workers
        employed on the new school project, and that 12 complaints from residents had been
        received. The council voted 17 to 4 to request an inspection.""",
    ),
    (
        "K1",
        "trade-fair-harbin",
        "~600@CN/present =300@CN/planned",
        """North Korean stand draws crowds at Harbin fair // HARBIN - North Korea's stand at the
        33rd Harbin International Economic and Trade Fair showed embroidery, ginseng and
        mineral water from 27 exporters. A trade official at the stand, who gave only his
        surname, Ri, said his company had placed some 600 seamstresses with garment factories
        in Heilongjiang and Jilin and hoped to send 300 more next year. The fair drew 1,700
        exhibitors from 30 countries and 250,000 visitors.""",
    ),
    (
        "K1",
        "diaspora-sakhalin-festival",
        "~80@RU/present",
        """Sakhalin Koreans mark harvest festival // YUZHNO-SAKHALINSK - About 3,000 members of
        Sakhalin's ethnic Korean community gathered on Sunday for Chuseok, the regional Korean
        association said. Many of the island's 25,000 ethnic Koreans descend from labourers
        brought by Japan before 1945. The roughly 80 North Korean workers at a fish processing
        plant in nearby Kholmsk were not allowed to attend, a community elder said.""",
    ),
    (
        "K1",
        "imagery-khasan-dormitories",
        "~350@RU/dispatched ~250@RU/present",
        """Imagery shows new dormitories at Russian border site // Commercial satellite images
        taken on 2 September show three new four-storey dormitory blocks beside a construction
        site in Khasan district, Primorsky Krai, analysts at the Open Source Korea Project
        wrote. Each block appears designed for about 200 occupants. A local contractor told the
        project that some 350 North Korean workers arrived at the site in August, joining about
        250 already there. The images also show 14 trucks and two tower cranes.""",
    ),
    (
        "K1",
        "esg-alert-pollock",
        ">1000@CN/present",
        """ESG controversy alert: Northbay Seafood Holdings // Severity: high. Northbay (market
        capitalisation USD 1.2bn) sourced 8% of its frozen pollock in FY2024 from two
        processors in Hunchun that, according to a 2024 NGO investigation, employed more than
        1,000 North Korean workers. The company says its supplier audits covered 96% of volumes
        and found no forced labour. We cut its social score from 62 to 41 and will engage with
        its board of 9 directors.""",
    ),
    (
        "K1",
        "panel-paraphrase-final",
        ">10000@RU/present ~1000@CN/present",
        """What the UN experts said // In their final report before the panel's mandate lapsed,
        the eight experts said member states had given them little information on North Korean
        labour abroad. Russia, they noted, reported no DPRK workers at all, while the panel had
        seen documents suggesting that more than 10,000 North Korean workers were still
        employed there. The experts also cited a member state's estimate that about 1,000 North
        Korean IT workers were based in China. They counted 12 DPRK nationals among the crew of
        a seized tanker.""",
    ),
    (
        "K1",
        "port-log-nakhodka",
        "=88@RU/dispatched",
        """Port of Nakhodka, weekly arrivals log (extract) // 03 Nov - MV Sunrise 7 (Sierra
        Leone flag), from Rajin, 2,400 t coal, crew 21 (DPRK). 05 Nov - MV Kang Song, from
        Wonsan, passengers 96, of whom 88 declared as North Korean construction workers for
        Primorsky Stroi LLC. 06 Nov - MV Baltic Star (Panama), from Busan, 310 containers,
        crew 18.""",
    ),
    (
        "K1",
        "oral-history-kazan",
        "~70@RU/present ~50@RU/present",
        """Oral history archive, interview no. 214 (summary) // The narrator, born in 1981,
        worked on North Korean building crews in Kazan from 2014 to 2017. "We were about 70 in
        our brigade, all men from South Hamgyong, and we lived on the ninth floor of the
        building we were finishing," he said. He recalled that a second brigade of roughly 50
        North Koreans worked across the river. He now lives in Incheon with his wife and two
        sons.""",
    ),
    (
        "K1",
        "watchdog-uganda-clinic",
        "=14@UG/present ~40@UG/present",
        """Watchdog queries Kampala hospital's North Korean staff // KAMPALA - A private
        hospital group in Kampala that employs 14 North Korean doctors at its main site also
        runs a mobile medical team of about 40 in northern Uganda, a local sanctions watchdog
        said in a report on Tuesday. The group, founded in 2009, says it treats 60,000 patients
        a year and pays its staff through a company registered in Dubai.""",
    ),
    (
        "K1",
        "weekly-digest-mixed",
        "~1200@RU/dispatched",
        """North Korea this week: a digest // Sport: North Korea sent 191 athletes to the Asian
        Games, its largest team since 2018. Education: about 400 North Korean students are
        enrolled at Chinese universities, the embassy said. Labour: a Khabarovsk newspaper
        reported that around 1,200 North Korean workers had arrived in the city since January.
        Security: Seoul said some 12,000 North Korean soldiers had been deployed to Russia.""",
    ),
    (
        "K1",
        "quota-notice-primorye",
        "=2800@RU/planned =1900@RU/planned",
        """Primorye sets 2026 quotas for foreign labour // VLADIVOSTOK - The regional government
        has approved quotas for 14,500 foreign workers next year: 6,000 from Uzbekistan, 4,200
        from China, 2,800 from North Korea and 1,500 from Vietnam, the regional labour ministry
        said. Last year's quota for North Koreans was 1,900. The ministry expects the region's
        population of 1.8 million to keep shrinking.""",
    ),
    (
        "K1",
        "union-bulletin-gas-plant",
        "~1100@RU/present",
        """Union bulletin: conditions at the Amur gas plant // The construction site of the Amur
        gas processing plant near Svobodny employs some 9,000 Turkish workers, 3,000 Central
        Asians and about 1,100 North Koreans, a union official told members at the branch's
        annual meeting, attended by 65 delegates. He said 4 workers had died on the site since
        2021 and that the contractor ranked 3rd in the region for accidents.""",
    ),
]

# Batch K2, written blind (14 articles, 18 expected figures), also run first on main (before
# any K1 fix): counts precision 0.89 / recall 0.94 (17 of 18, 2 spurious), count+destination
# 0.84 / 0.89 (16 of 18, 3 spurious); 10 of 14 articles passed the count test, 11 of 14 the
# detail test. K1 and K2 together: counts 0.81 / 0.91, count+destination 0.77 / 0.86.
BATCH_2: list[Article] = [
    (
        "K2",
        "nightclub-raid-list",
        "=9@AE/repatriated",
        """Dubai police detain 41 in raid on labour camp // DUBAI - Police detained 41 men at
        an unlicensed labour camp in Al Quoz on Monday: 20 Bangladeshis, 12 Pakistanis and 9
        North Koreans, a police statement said. The North Koreans, who had worked for a
        tiling subcontractor, were deported on Thursday. The camp's owner, 47, faces a fine of
        up to 100,000 dirhams.""",
    ),
    (
        "K2",
        "stadium-workforce-list",
        "=3000@RU/present",
        """Stadium nears completion // ROSTOV - The arena, due to open in May, has been built by
        a workforce of 12,000 Uzbeks, 3,000 North Koreans and 2,500 Russians, the general
        contractor said. It will seat 45,000 spectators and cost 19 billion roubles.""",
    ),
    (
        "K2",
        "memoir-extract-we",
        "=120@RU/present =400@RU/present",
        """Book extract: 'Frozen Timber' // There were 120 of us at the camp near Tynda that
        winter, and by February only the youngest could still work a full shift. I was 27. Our
        foreman, Comrade Pak, had been in Russia for 11 years and told us that in his first
        year there had been 400 North Korean loggers in the valley. We cut 30 cubic metres a
        day.""",
    ),
    (
        "K2",
        "oral-history-laos-waitress",
        "=16@LA/present",
        """Voices from abroad: a former waitress remembers // She arrived in Vientiane in 2015,
        aged 19. "Sixteen of us worked in the restaurant, all girls from Pyongyang," she says.
        "We sang every night at seven for tourists from Korea and China." The restaurant, one
        of four North Korean restaurants in the city at the time, seated 120 diners.""",
    ),
    (
        "K2",
        "dormitory-capacity-tender",
        "~230@RU/present",
        """Tender notice shows North Korean builders in Yakutsk // A public tender published by
        the city of Yakutsk seeks a contractor to refit a workers' hostel designed to
        accommodate 500 people. The notice states that the hostel is now home to about 230
        North Korean construction workers and 40 Russian staff. Bids are due by 15 January;
        the starting price is 38 million roubles.""",
    ),
    (
        "K2",
        "camp-room-for",
        "none",
        """North Korean firm builds camp with room for 1,000 in Russian Far East, Seoul paper
        says // A North Korean state company has finished a camp with room for 1,000 workers
        near Ussuriysk, a Seoul newspaper reported, citing satellite images. It was not clear
        whether anyone had yet moved in. The paper said the site covers 4 hectares.""",
    ),
    (
        "K2",
        "clinic-team-tanzania",
        "=25@TZ/present ~30@TZ/present",
        """Sanctions monitor names Tanzanian clinics // DAR ES SALAAM - A chain of clinics in
        Dar es Salaam employs 25 North Korean doctors and acupuncturists, and its owner also
        keeps a team of around 30 North Korean builders on a hotel project in Arusha, a
        sanctions monitoring group said. The chain has 7 branches and was founded in 2012.""",
    ),
    (
        "K2",
        "company-unit-mongolia",
        "~60@MN/present",
        """Mongolian firm admits North Korean crew // ULAANBAATAR - A construction company that
        built a 16-storey tower in the capital said on Monday that it had used a unit of about
        60 North Korean workers until 2017, when the UN banned such hiring. The company's chief
        executive, 58, said the firm employs 800 Mongolians.""",
    ),
    (
        "K2",
        "long-report-restatement",
        "~20000@CN/present ~5000@RU/present ~500@LA/present",
        """Report: Pyongyang's labour exports recover // SEOUL - A new report by the Asan Labour
        Research Centre estimates that about 20,000 North Koreans are working in China, about
        5,000 in Russia and some 500 in Laos. The 88-page report draws on 52 interviews with
        defectors and traders. "The China figure has held steady since 2020," said its lead
        author, Dr. Yoon Hee-jin, 44. The report notes that the 20,000 in China work mainly
        in seafood plants and garment factories in Liaoning and Jilin. Of the 5,000 in Russia,
        it says, most are on building sites in Moscow and the Far East. The centre, founded
        in 1998, has a staff of 30.""",
    ),
    (
        "K2",
        "long-report-update",
        "~4000@RU/dispatched >10000@RU/present",
        """Spy agency: more North Koreans heading to Russia // SEOUL - North Korea sent about
        4,000 workers to Russia in the first half of the year, South Korea's intelligence
        service told lawmakers on Tuesday, adding that the total there now exceeds 10,000.
        The 4,000 new arrivals were mostly sent to construction sites in Moscow and St
        Petersburg, the agency said. It also said about 11,000 North Korean troops remained in
        Russia's Kursk region and that 2,000 had been killed or wounded. Lawmaker Park Sun-woo,
        61, said the committee would meet again in 3 weeks.""",
    ),
    (
        "K2",
        "seized-ship-sailors",
        "~180@CN/present",
        """Indonesia holds North Korean-crewed tanker // JAKARTA - Indonesian authorities have
        detained a tanker with a crew of 26 North Korean sailors off Batam, the navy said. In a
        separate case, a court in Shandong heard that about 180 North Korean seafood workers
        had been employed by a Weihai processor since 2021. The navy said the tanker carried
        8,000 tonnes of fuel oil.""",
    ),
    (
        "K2",
        "prisoners-inside",
        "~3000@CN/repatriated",
        """UN rapporteur: camps hold tens of thousands // GENEVA - North Korea holds up to
        120,000 people in political prison camps, the UN special rapporteur told the Human
        Rights Council on Monday. Some inmates, she said, are former overseas workers sent back
        from China; in Dandong alone, local NGOs had spoken to the relatives of about 3,000
        North Korean workers repatriated in 2023. The council has 47 members.""",
    ),
    (
        "K2",
        "tourist-season-vladivostok",
        "~900@RU/present",
        """Vladivostok braces for tourist season // VLADIVOSTOK - The city expects 300,000
        Chinese and 40,000 South Korean tourists this summer, and a first group of 120 North
        Korean tourists, the regional tourism agency said. Hotels report occupancy of 85%. The
        agency also said some 900 North Korean workers were building two new hotels on Russky
        Island.""",
    ),
    (
        "K2",
        "investor-call-transcript",
        ">500@RU/present",
        """Q3 earnings call transcript (extract), Far East Build Group // ANALYST: There have
        been press reports about North Korean labour on your Khabarovsk project. Can you
        comment? // CEO: Our subcontractor does employ more than 500 North Korean workers there,
        all with valid permits. Group headcount is 14,200, and revenue rose 23% to 41 billion
        roubles. // ANALYST: Thank you. Next question: the dividend.""",
    ),
]

# Batch K3, written blind after the K1 and K2 fixes (15 articles, 21 expected figures). First
# run: counts precision 0.77 / recall 0.81 (17 of 21 figures, 5 spurious), count+destination
# 0.68 / 0.71 (15 of 21, 7 spurious); 7 of 15 articles passed the count test (main before
# the K1-K2 fixes: 0.74 / 0.81 and 0.65 / 0.71, 6 of 15).
BATCH_3: list[Article] = [
    (
        "K3",
        "dormitory-fire-tomsk",
        "~170@RU/present",
        """Fire at workers' dormitory in Tomsk kills two // TOMSK - A fire at a five-storey
        dormitory on the city's outskirts killed two North Korean construction workers and
        injured 11 early on Sunday, the regional emergencies ministry said. About 60
        firefighters fought the blaze. The building, which has beds for 300, housed around 170
        North Korean builders employed by a Moscow contractor, the ministry said.""",
    ),
    (
        "K3",
        "obituary-camp-manager",
        "=2300@RU/present",
        """Obituary: Viktor Lim, 1948-2025 // Viktor Lim, who has died aged 77, managed a
        timber camp in the Khabarovsk region for two decades. At its height in the 1980s the
        camp employed 2,300 North Korean loggers alongside 400 Soviet staff. Lim, the son of
        Korean deportees to Kazakhstan, spoke fluent Korean and was trusted by both sides. He
        is survived by his wife, three children and seven grandchildren.""",
    ),
    (
        "K3",
        "vacancy-greenhouse",
        "=85@RU/present",
        """Vacancy notice (translated) // Primorsky Agro LLC seeks a Korean-speaking site
        supervisor for its greenhouse complex near Artyom. The complex employs 85 workers from
        the DPRK and 30 local staff. Requirements: age 25-50, 3 years' experience. Salary:
        90,000 roubles a month. Housing is provided in a dormitory for 120 people.""",
    ),
    (
        "K3",
        "mongolia-committee",
        "=40@MN/present",
        """Standing Committee on Social Policy, session summary // Member Ts. Bold asked the
        labour minister how many foreign workers held permits in Mongolia. The minister said
        18,200 foreign nationals held permits at year-end, of whom 14,100 were from China,
        1,300 from Vietnam and 40 from the DPRK, the last all working in hospitals under
        contracts signed before 2017. The committee approved the draft law by 9 votes to
        2.""",
    ),
    (
        "K3",
        "travel-diary-siem-reap",
        "=20@KH/present",
        """Travel diary: dinner at the Pyongyang restaurant in Siem Reap // We found the
        restaurant on our third night. Eight waitresses in pink hanbok served about 40 guests,
        mostly tourists from South Korea, and put on a show at 8pm. Our guide said the
        restaurant's 20 North Korean staff live above the dining room and rarely go out. A
        meal for two cost $35.""",
    ),
    (
        "K3",
        "mission-newsletter",
        "~2000@RU/present v2@RU/present",
        """Mission newsletter, autumn // Our Vladivostok fellowship welcomed 45 new members
        this year, most of them Russian Koreans. Pastor Kim visits the North Korean building
        crews in the city when he can; he estimates that some 2,000 North Koreans now work on
        sites around Vladivostok, up from a few hundred three years ago. Please pray for our
        12 volunteers.""",
    ),
    (
        "K3",
        "podcast-show-notes",
        ">15000@RU/present =20000@RU/present ~10000@RU/repatriated",
        """Episode 112 show notes: The Workers Pyongyang Sends // In this episode, host Dana
        Kwon talks to economist Ivo Petrov about North Korean labour in Russia. 02:15 - Why
        Russia? 11:40 - Petrov's estimate of North Korean workers there now: "at least 15,000,
        maybe 20,000". 24:05 - The 2019 repatriation of about 10,000 workers. 31:30 -
        Listener questions. Runtime 48 minutes; 1,200 supporters so far.""",
    ),
    (
        "K3",
        "accident-investigation",
        "=96@RU/present",
        """Accident investigation summary // On 14 March a scaffold collapsed at the Zarya
        residential complex in Krasnoyarsk, injuring four workers. Investigators found that of
        310 workers on site, 96 were citizens of the DPRK, 150 citizens of Kyrgyzstan and the
        rest Russian. The contractor was fined 800,000 roubles.""",
    ),
    (
        "K3",
        "resettlement-centre",
        "~50000@M49:001/present",
        """Resettlement centre marks 25 years // ANSEONG - Hanawon, the resettlement centre for
        North Korean defectors, has trained more than 34,000 arrivals since 1999, officials
        said at a ceremony attended by 300 guests. Of last year's 236 arrivals, about 15% had
        worked abroad before fleeing, mostly in China and Russia. The centre estimates that
        roughly 50,000 North Koreans still work overseas.""",
    ),
    (
        "K3",
        "kursk-builders-after-troops",
        "~1000@RU/dispatched =5000@RU/planned",
        """Kursk: builders follow troops // MOSCOW - After some 11,000 North Korean soldiers
        fought in the Kursk region, Pyongyang has begun sending builders: about 1,000 military
        construction workers arrived in Kursk in September, and 5,000 more are due by
        year-end, a Russian official said. He said 500 deminers had also been sent.""",
    ),
    (
        "K3",
        "it-report-restated",
        "~4000@M49:001/present ~1500@CN/present",
        """Report: IT workers earn millions for Pyongyang // WASHINGTON - North Korea has some
        4,000 IT workers abroad, most of them in China and Russia, according to a report
        released Wednesday by the Center for Strategic Labor Studies. The report, based on
        1,300 leaked job applications, says about 1,500 of the 4,000 are in Shenyang and
        Dandong. "These 4,000 developers bring in up to $600 million a year," said co-author
        Mia Grant, 39. The IT workers use 60 front companies.""",
    ),
    (
        "K3",
        "university-news-kazan",
        "~700@RU/present",
        """University news: Pyongyang students arrive in Kazan // KAZAN - Kazan Federal
        University welcomed 48 North Korean students this month, part of an exchange that the
        university says will grow to 200 by 2027. A regional official said separately that
        about 700 North Koreans were working in Tatarstan, mostly in construction. North
        Koreans make up under 1% of the republic's foreign workforce of 90,000.""",
    ),
    (
        "K3",
        "museum-review",
        "<20000@RU/present",
        """Exhibition review: Timber and Steel // The exhibition at the Khabarovsk regional
        museum recalls the Soviet years, when as many as 20,000 North Korean loggers felled
        trees in the taiga. Visitors see 150 photographs and a reconstructed barrack that
        slept 40 men. Admission is 300 roubles; the show runs until 30 June.""",
    ),
    (
        "K3",
        "qatar-deportations-list",
        "=50@QA/repatriated ~3000@QA/present",
        """Qatar deports 2,000 over visa violations // DOHA - Qatar deported 2,000 foreign
        workers in the first half of the year: 900 Nepalis, 700 Bangladeshis, 350 Indians and
        50 North Koreans, the interior ministry said. In 2017 Qatar hosted about 3,000 North
        Korean workers.""",
    ),
    (
        "K3",
        "audit-finding-donggang",
        "=310@CN/present",
        """Supplier audit finding (summary) // Audit firm: ClearChain. Site: seafood processing
        plant, Donggang, Liaoning. Workforce at audit: 1,240, including 310 North Korean women
        employed through a Dandong agency. Findings: 6 critical, 14 major. Passport retention
        was observed for 100% of the North Korean workers.""",
    ),
]

# Batch K4, written blind after the K3 fixes (15 articles, 23 expected figures). First run:
# counts precision 0.95 / recall 0.91 (21 of 23 figures, 1 spurious), count+destination 0.86
# / 0.83 (19 of 23, 3 spurious); 10 of 15 articles passed the count test (main before any
# K fix: 0.95 / 0.87 and 0.86 / 0.78, 9 of 15).
BATCH_4: list[Article] = [
    (
        "K4",
        "hotel-trade-press",
        "=60@RU/present",
        """Hotel reopens in Vladivostok with foreign staff // VLADIVOSTOK (Hospitality Asia) -
        The 22-storey Azure Bay hotel reopened on Friday with 340 rooms and a staff of 410,
        including 60 North Korean cooks, cleaners and laundry workers hired through an agency
        in Rason, the general manager said. The hotel expects 70% occupancy in its first
        year.""",
    ),
    (
        "K4",
        "fisheries-observer",
        "=6@RU/present",
        """Observer report, trip 2025-14 // The observer boarded the Russian-flagged trawler
        Okean-3 in Nakhodka on 2 August. The crew of 48 comprised 30 Russians, 12 Indonesians
        and 6 North Koreans, all employed by the Russian owner. Catch: 410 tonnes of pollock
        over 19 fishing days.""",
    ),
    (
        "K4",
        "hotline-log",
        "=75@CN/present ~300@RU/present",
        """Hotline log, week 31 (anonymised) // Call 1: a factory manager in Hunchun, China,
        reported that 75 North Korean women at his plant had not been paid for 5 months.
        Call 2: a student asked about visas. Call 3: a relative in Seoul said her brother, 44,
        was among some 300 North Korean loggers in Tynda, in Russia's Amur region.""",
    ),
    (
        "K4",
        "cable-summary-kuwait",
        "~4500@KW/present",
        """Cable summary (declassified, 2009) // The embassy reported that about 4,500 North
        Korean workers were employed in Kuwait, mostly on construction sites run by local
        contractors, and that the DPRK embassy in Kuwait City had 12 diplomats. The ambassador
        met the labour minister on 3 March.""",
    ),
    (
        "K4",
        "thesis-literature-review",
        "100000-120000@M49:001/present <60000@M49:001/present =40000@RU/present =20000@RU/present",
        """Chapter 2: Literature review (extract) // Estimates of the North Korean workforce
        abroad vary widely. Kim (2017) puts it at 100,000-120,000 workers, while Lee and Park
        (2019) count "no more than 60,000". Earlier work by Smith (2011) found 40,000 North
        Korean workers in Russia alone, a figure later revised to 20,000 (Smith 2014). This
        chapter reviews 48 studies.""",
    ),
    (
        "K4",
        "lords-debate-donbas",
        "~1500@UA/present ~1000@UA/present",
        """House of Lords debate (extract) // Lord Ashby: My Lords, is the Minister aware that
        some 1,500 North Koreans are thought to be working on Russian building sites in the
        occupied parts of Ukraine? // The Minister: My Lords, I thank the noble Lord. We have
        seen reports of about 1,000 such workers in Donetsk and Luhansk, and we have sanctioned
        14 entities involved. // Lord Ashby: And how many of the 11,000 North Korean troops
        remain?""",
    ),
    (
        "K4",
        "compliance-brief",
        "=140@RU/present",
        """Compliance Brief, issue 88 // Red flag of the month: subcontractors in the Russian
        Far East that list "Korean" staff without passports. In one case reviewed by our team,
        a Khabarovsk builder's payroll showed 212 employees, of whom 140 were North Korean
        nationals paid through a Hong Kong shell company. Penalties can reach $356,579 per
        violation.""",
    ),
    (
        "K4",
        "customs-wigs",
        "~900@CN/present",
        """Customs seize wigs made by North Korean workers // DANDONG - Customs officers in
        Dandong seized 3,200 boxes of wigs and false eyelashes on Tuesday, saying the goods had
        been assembled by some 900 North Korean workers at a factory in the city, the local
        customs bureau said. The shipment, worth 4.1 million yuan, was bound for 3 buyers in
        the US.""",
    ),
    (
        "K4",
        "developer-annual-report",
        "=150@RU/present",
        """Annual report 2024 (extract), Amur Development Group // The Group completed 6
        residential towers (1,840 apartments) in Blagoveshchensk in 2024. Our workforce
        averaged 2,600, of which subcontracted foreign labour accounted for 38%, including a
        brigade of 150 North Korean finishers at the Zeya Park site. We rank 4th among builders
        in the region.""",
    ),
    (
        "K4",
        "ama-recap",
        "~90@RU/present",
        """Ask Me Anything recap: a former overseas worker // Highlights from Sunday's AMA with
        a North Korean defector who worked in Russia: "We numbered about 90 at the timber
        yard, and the youngest was 22," she wrote. Asked about pay, she said workers kept $150
        of their $800 monthly wage. The thread drew 4,300 comments.""",
    ),
    (
        "K4",
        "interview-half-came-back",
        "=200@KW/dispatched",
        """Interview: 'Only half of us came back' // Choi, now 51, was sent by North Korea to
        work in Kuwait in 2012. "Of the 200 of us who went to Kuwait that year, only half came
        back after three years," he says. "The rest moved to Qatar." He says he earned about
        $300 a month.""",
    ),
    (
        "K4",
        "camp-capable-of-housing",
        "~350@RU/present =25@RU/present",
        """Builder's camp expands // USSURIYSK - A contractor has finished a second camp
        capable of housing 800 workers near the city's new bypass, local media reported. The
        first camp holds about 350 North Korean workers, who are building the road, and a
        separate squad of 25 North Korean electricians works on the lighting.""",
    ),
    (
        "K4",
        "restated-group-resort",
        "~1200@RU/dispatched =300@RU/planned",
        """Seoul: 1,200 North Koreans sent to build Russian resort // SEOUL - North Korea has
        sent about 1,200 construction workers to build a resort on Russia's Black Sea coast,
        South Korea's unification ministry said on Thursday. This group of 1,200 is the largest
        single deployment since 2019, the ministry said, adding that another 300 were expected
        in the spring. Those 1,200 workers will stay for at least two years, it said.""",
    ),
    (
        "K4",
        "marathon-and-returns",
        "=2000@CN/dispatched",
        """Pyongyang marathon draws foreign runners // PYONGYANG - About 1,000 foreign amateurs
        ran in Sunday's Pyongyang marathon, joined by 20,000 North Korean runners, state media
        said. Tour operators said 60% of the foreigners were Chinese. Separately, Chinese media
        said that 2,000 North Korean workers had returned to factories in Dandong after the
        holiday.""",
    ),
    (
        "K4",
        "risk-index-ranks",
        "~15000@RU/present v4@CN/present",
        """Forced-labour risk index 2025 // Russia ranks 3rd of 160 countries in this year's
        index, up from 7th, largely because of an estimated 15,000 North Korean workers now on
        its construction sites. China, ranked 5th, hosts tens of thousands more North Korean
        workers, the index says. The index scores 28 indicators.""",
    ),
]

# Batch K5, written blind after the K4 fixes (14 articles, 13 expected figures). First run:
# counts precision 0.69 / recall 0.69 (9 of 13 figures, 4 spurious), count+destination 0.62
# / 0.62 (8 of 13, 5 spurious); 7 of 14 articles passed the count test (main before any K
# fix: 0.67 / 0.77 and 0.60 / 0.69, 7 of 14).
BATCH_5: list[Article] = [
    (
        "K5",
        "kamchatka-fishermen-adjectives",
        "=150@RU/present",
        """Kamchatka fleets lean on foreign crews // PETROPAVLOVSK-KAMCHATSKY - Fishing firms
        in Kamchatka employ 1,100 foreign fishermen this season: 700 Filipino, 250 Indonesian
        and 150 North Korean, the regional fisheries agency said. The region's fleet lands
        about 1.2 million tonnes of fish a year.""",
    ),
    (
        "K5",
        "followed-by-with",
        "=1200@RU/present",
        """Foreign builders in Novosibirsk // NOVOSIBIRSK - Uzbeks made up the largest group of
        foreign construction workers in the city last year with 4,000, followed by Tajiks with
        2,500 and North Koreans with 1,200, the regional migration office said. The office
        processed 31,000 applications.""",
    ),
    (
        "K5",
        "by-nationality-line",
        "=800@RU/present",
        """Foreign workers in Amur region, 2024 (regional statistics office) // Foreign
        nationals working in the region under permits or patents: 8,300. By nationality:
        Uzbekistan 5,400; Kyrgyzstan 2,100; DPRK 800. Average age: 34.""",
    ),
    (
        "K5",
        "one-of-about-400",
        "~400@RU/present",
        """My years at the Zvezda yard // In a rare interview, a former welder, now 47, said:
        "I was one of about 400 North Koreans at the shipyard in Bolshoy Kamen. We worked 14
        hours a day and were allowed out twice a month." He fled in 2016 and reached Seoul in
        2017.""",
    ),
    (
        "K5",
        "my-brigade-had",
        "=45@RU/present",
        """Letters from Siberia // A former logger who asked to be called Han describes his
        life in a timber camp near Tynda, in Russia's Amur region: "My brigade had 45 men, and
        we cut timber from six in the morning until dark." He says he sent home $2,000 in
        three years.""",
    ),
    (
        "K5",
        "capacity-is",
        "~600@RU/present",
        """New hostel opens for builders // KHABAROVSK - A new hostel for construction workers
        has opened on the city's northern edge; its capacity is 1,000 beds. About 600 North
        Korean workers employed on the nearby bridge project moved in last week, the operator
        said.""",
    ),
    (
        "K5",
        "restaurant-chain-staff",
        "~45@KH/present",
        """Phnom Penh's North Korean restaurants hang on // PHNOM PENH - A North Korean chain
        still runs three restaurants in the Cambodian capital with a staff of about 45 North
        Koreans, down from seven restaurants a decade ago. A set menu costs $25.""",
    ),
    (
        "K5",
        "defector-association-members",
        "none",
        """Defector groups call for rights probe // SEOUL - A coalition of 30 North Korean
        defector associations, with some 800 members in South Korea, called on the UN to
        investigate labour abuses. Many members worked abroad before fleeing, the coalition
        said. About 34,000 North Koreans have settled in the South since 1998.""",
    ),
    (
        "K5",
        "cheerleaders-and-builders",
        "~2000@RU/present",
        """Cheerleaders in Vladivostok // VLADIVOSTOK - North Korea sent 120 cheerleaders and
        a delegation of 30 officials to a youth sports festival in Vladivostok, where about
        2,000 North Korean construction workers are employed on city projects. Tickets for the
        opening ceremony sold out in 2 hours.""",
    ),
    (
        "K5",
        "kaesong-and-abroad",
        "~50000@M49:001/present",
        """The factory gates that closed // At its peak the Kaesong industrial complex inside
        North Korea employed 55,000 North Koreans for 124 South Korean firms. Today, analysts
        say, the North earns more from the roughly 50,000 workers it sends abroad than it ever
        did from Kaesong.""",
    ),
    (
        "K5",
        "pyongyang-it-home",
        "=1000@CN/present",
        """IT workers at home and abroad // North Korea's software industry employs about
        5,000 programmers in Pyongyang, according to a defector who worked in it. A further
        1,000 North Korean IT workers are based in Shenyang and Dandong, China, the defector
        said.""",
    ),
    (
        "K5",
        "ep-question",
        "=3000@PL/present",
        """Parliamentary question for written answer E-002134/2025 // Subject: North Korean
        workers in EU shipyards. According to press reports, about 3,000 North Koreans
        worked in Polish shipyards between 2010 and 2016. Can the Commission say how many
        such workers remain in the 27 Member States? Answer given by Commissioner Berg: The
        Commission has no information on any remaining workers.""",
    ),
    (
        "K5",
        "laos-dam-news",
        "~400@LA/present",
        """Dam builders include North Koreans // VIENTIANE - Some 400 North Korean workers are
        among the 6,500 people building a hydropower dam on the Nam Ou river, a Lao official
        said. The 1,200-megawatt project is due to be finished in 2028.""",
    ),
    (
        "K5",
        "mining-news-guinea",
        "=80@GN/present",
        """Bauxite firm denies using North Korean labour // CONAKRY - A bauxite mining company
        in Guinea denied a report that 80 North Korean workers were building staff housing at
        its Boke mine. The company employs 2,300 people and exports 14 million tonnes a
        year.""",
    ),
]

# Batch K6, written blind after the K5 fixes (10 articles, 10 expected figures). First run:
# counts precision 0.71 / recall 1.00 (10 of 10 figures, 4 spurious), count+destination the
# same; 7 of 10 articles passed the count test (main before any K fix: the same).
BATCH_6: list[Article] = [
    (
        "K6",
        "arctic-lng-guests",
        "=700@RU/present",
        """Arctic LNG site relies on guest workers // MURMANSK - Of the 5,000 guest workers at
        the gas liquefaction site near Murmansk, 1,100 are Chinese and 700 North Korean, a
        regional official said. The site has been hit by 14 sanctions packages.""",
    ),
    (
        "K6",
        "testimony-we-were-forty",
        "=40@CN/present",
        """Testimony to the commission (summary) // The witness, a North Korean woman now
        living in Seoul, told the commission that she was sent to sew jackets in Dandong in
        2014. "We were forty in the sewing room, all women from Sinuiju, and we worked until
        midnight," she said. She left the factory in 2018.""",
    ),
    (
        "K6",
        "barracks-built-for",
        "~400@RU/present",
        """Loggers crammed into barracks // KHABAROVSK - The barracks at a logging camp north of
        Khabarovsk, built for 250, were crammed with nearly 400 North Korean loggers this
        winter, a regional inspector said. He counted 3 stoves.""",
    ),
    (
        "K6",
        "strong-team-minsk",
        "=60@BY/present",
        """Belarus hosts North Korean builders // MINSK - A North Korean construction company
        keeps a 60-strong team of North Korean plasterers in Minsk, working on a 25-storey
        apartment block, Belarusian media reported. Belarus has 9.2 million people.""",
    ),
    (
        "K6",
        "troops-and-builders",
        "=1000@RU/dispatched",
        """More troops and builders for Russia // SEOUL - North Korea has sent 3,000 more troops
        and 1,000 military construction workers to Russia since September, the Joint Chiefs
        of Staff said on Tuesday. About 600 North Korean soldiers have been wounded, it
        said.""",
    ),
    (
        "K6",
        "share-or-about",
        "~1000@RU/present",
        """North Koreans in Primorye's workforce // VLADIVOSTOK - North Koreans made up 4% of the
        25,000 foreign workers registered in Primorye in 2023, or about 1,000 people, the
        regional statistics office said. Uzbeks made up 41%.""",
    ),
    (
        "K6",
        "wonsan-resort-at-home",
        "none",
        """Russian tourists flock to Wonsan // Some 1,500 Russian tourists visited the Wonsan
        Kalma beach resort in North Korea last year, while about 200 North Korean workers
        built a new hotel at the resort, the Russian tour operator said. A week-long tour costs
        $1,400.""",
    ),
    (
        "K6",
        "vietnam-partner",
        "~500@VN/present",
        """Vietnam's labour exports and a small North Korean presence // HANOI - Vietnam sends
        about 120,000 workers to Japan each year, the labour ministry said. North Korea, for its
        part, has about 500 workers in Vietnam, mostly in restaurants and IT, a diplomat in
        Hanoi said.""",
    ),
    (
        "K6",
        "then-and-now",
        "~20000@RU/present <2000@RU/present",
        """Then and now // In 1986 some 20,000 North Korean loggers worked in the Soviet Far
        East; today fewer than 2,000 North Koreans remain in the region's timber camps, a
        Russian historian said in a lecture attended by 150 students.""",
    ),
    (
        "K6",
        "youngest-and-oldest",
        "=38@CN/present",
        """Inside the Ningbo plant // NINGBO - The youngest of the 38 North Korean women working
        at the seafood plant in Ningbo was 19, and the oldest 45, a former manager said. They
        worked 12-hour shifts for 2 years without a day off.""",
    ),
]

# After the fixes of all six batches: counts precision 0.99 / recall 0.96 (106 of 110
# figures, 1 spurious), count+destination 0.95 / 0.93; 74 of 83 articles pass the count
# test. All six first runs together: counts 0.81 / 0.87, count+destination 0.75 / 0.81.
ARTICLES: list[Article] = [
    *BATCH_1,
    *BATCH_2,
    *BATCH_3,
    *BATCH_4,
    *BATCH_5,
    *BATCH_6,
]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "K1-port-log-nakhodka": "destination: '(Sierra Leone flag)' in the log's previous line "
    "is read as the 88 workers' place, not the port of Nakhodka in the title",
    "K4-lords-debate-donbas": "destination: 'on Russian building sites in the occupied parts "
    "of Ukraine' places the 1,500 in Russia (the sites' demonym), not UA",
    "K4-compliance-brief": "relevance: the brief scores below the gate (ungated the count "
    "stage finds the 140, placed in RU and HK: 'paid through a Hong Kong shell company' is "
    "read as a place)",
    "K5-by-nationality-line": "destination: the DPRK item of 'By nationality: Uzbekistan "
    "5,400; Kyrgyzstan 2,100; DPRK 800' takes the other items' countries (origins), not the "
    "Amur region of the headline; the count is found",
    "K5-my-brigade-had": "relevance: the letter scores below the gate (ungated 'My brigade "
    "had 45 men' is found in RU)",
    "K5-restaurant-chain-staff": "relevance: the item scores below the gate (ungated 'with a "
    "staff of about 45 North Koreans' is found in KH)",
    "K5-kaesong-and-abroad": "relevance: the item scores below the gate (ungated 'the roughly "
    "50,000 workers it sends abroad' is found and Kaesong's 55,000 kept at home)",
    "K6-wonsan-resort-at-home": "count: 'tourists visited the Wonsan Kalma beach resort in "
    "North Korea ..., while about 200 North Korean workers built a new hotel at the resort' "
    "(at home: the resort is in the earlier clause) is counted",
    "K4-risk-index-ranks": "destination: 'Russia ranks 3rd of 160 countries ... because of an "
    "estimated 15,000 North Korean workers now on its construction sites' reads '160 "
    "countries' as abroad, not 'its' (Russia's) sites",
}
KNOWN_DETAILS: dict[str, str] = {
    "K1-trade-fair-harbin": "status: 'had placed some 600 seamstresses with garment "
    "factories' reads dispatched (a placement), expected present",
    "K1-quota-notice-primorye": 'status: "Last year\'s quota for North Koreans was 1,900" '
    "reads present; a quota is a plan",
    "K2-nightclub-raid-list": "status: the 9 detained North Koreans 'were deported on "
    "Thursday' in the next sentence; reads present",
    "K2-stadium-workforce-list": "status: 'has been built by a workforce of ... 3,000 North "
    "Koreans' reads planned (from 'due to open in May')",
    "K2-company-unit-mongolia": "status: 'had used a unit of about 60 North Korean workers "
    "until 2017' reads dispatched, expected present",
    "K2-long-report-update": "status: 'adding that the total there now exceeds 10,000' "
    "after 'sent about 4,000' reads dispatched; a total is a stock",
    "K3-museum-review": "status: 'The exhibition ... recalls the Soviet years, when as many as "
    "20,000 North Korean loggers felled trees' reads 'recalls' (remembers) as a recall home",
    "K4-hotel-trade-press": "status: 'a staff of 410, including 60 North Korean cooks ... hired "
    "through an agency' reads dispatched (a hiring), expected present",
    "K4-marathon-and-returns": "status: '2,000 North Korean workers had returned to factories "
    "in Dandong after the holiday' reads repatriated; they came back to work abroad",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
