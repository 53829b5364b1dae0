"""Worker counts in the sentence shapes that cost recall on unseen articles: the group named
only by a pronoun or a typed noun, a figure before a verb of presence with no worker noun,
figures in subordinate and relative clauses or split from their noun by an apposition,
numbers in words ("some two hundred", "a dozen", "hundreds more"), group nouns ("a
contingent of", "a workforce of", "a batch of", "a shift of"), headline figures with no
verb, elliptical lists ("China 40,000, Russia 15,000"), the figure as the object of a
labour verb ("employs 300", "brought in 500", "took on 80", "hired 1,200", "houses 400",
"pays 600"), passives and level verbs ("were employed", "are believed to be", "is thought
to number", "numbered", "totalled", "swelled to", "dropped to", "fell by half to"); with
hard negatives of the same shapes for other groups (Chinese workers, soldiers, students,
tourists, defectors, Russian staff, Uzbek migrants, DPRK labour at home).

The articles are invented for this file (people, outlets, firms, figures), and each batch
went into git with its expected claims before its first extractor run; notation, comparison
and conventions follow ``test_extract_count_genres6.py`` (and ``test_extract_count_genres4.py``).
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch P1, written blind (13 articles, 20 expected figures, 20 scorer keys; the commit said 23, a
# miscount). First run, before any change: counts precision 1.00 / recall 0.90 (18 of 20, 0
# spurious), count+destination 1.00 / 0.90, statuses 15 of 18 matched; 8 of 13 articles right.
# Missed: "Their ranks swelled to that level from about 250 in 2021" (a baseline after "from"
# with the group named by a possessive and "ranks"), "still pays 600 of them" after "hired
# 1,200 North Korean women in 2019". Status off: "took on 80 of them ... and now houses about
# 400" (dispatched), the verbless headline "3,000 more North Korean builders for Moscow region"
# (present; the body says "due to arrive"), "A shift of 120 ... pours concrete ..., and hundreds
# more are expected" (planned). After the fixes: counts 1.00 / 0.95 (19 of 20),
# count+destination 1.00 / 0.95, statuses 17 of 19: "ranks" as a number noun and a change verb
# with its baseline after "from" (`level_from_verbs`, lemmas); "now houses" as a cue of presence.
# Left as strict xfails: the 600 (a stock part of a hiring flow, as genres6 N5), two statuses.
BATCH_1: list[Article] = [
    (
        "P1",
        "yard-object-verbs",
        "=80@RU/dispatched ~400@RU/present",
        """Bolshoi Kamen yard leans on North Korean welders // BOLSHOI KAMEN (Primorye Today) -
        North Korean welders have become a fixture at the Zvezda repair yard. The yard took on
        80 of them last month and now houses about 400 in two dormitories behind the dry dock,
        a union official said. Russian staff at the yard number 2,100.""",
    ),
    (
        "P1",
        "contingent-workforce",
        "=250@RU/dispatched ~1800@RU/present",
        """Vladivostok welcomes new labour contingent // VLADIVOSTOK - A contingent of 250
        North Korean construction workers arrived by ferry from Rajin on Tuesday, the port
        authority said. They join a workforce of roughly 1,800 North Koreans already employed
        on building sites across Primorye.""",
    ),
    (
        "P1",
        "hunchun-words",
        "~200@CN/present =12@CN/planned",
        """Hunchun garment plant expands // HUNCHUN - Some two hundred North Korean
        seamstresses work at the Yalu Star garment plant on the city's outskirts, its owner
        told the Jilin Business Herald, and a dozen more are due to arrive next month. The
        plant also employs 90 local women.""",
    ),
    (
        "P1",
        "by-host-list",
        "=40000@CN/present =15000@RU/present =1000@LA/present",
        """Where they work // North Korean labourers abroad, by host country, according to
        the Seoul Labour Monitor's 2025 estimate: China 40,000, Russia 15,000, Laos 1,000.
        The monitor says the figures are conservative.""",
    ),
    (
        "P1",
        "kuwait-numbered-dropped",
        "~2000@KW/present <100@KW/present",
        """Kuwait's North Korean workforce all but gone // KUWAIT CITY - North Korean workers
        in Kuwait numbered about 2,000 before the 2017 sanctions, mostly on state building
        projects. Their number has since dropped to fewer than 100, a labour ministry
        official said.""",
    ),
    (
        "P1",
        "shenyang-thought-to-number",
        "~600@CN/present ~250@CN/present",
        """IT teams in Shenyang grow // North Korean IT workers in Shenyang are thought to
        number around 600, a Western government adviser told the Asia Tech Review. Their
        ranks swelled to that level from about 250 in 2021, she said.""",
    ),
    (
        "P1",
        "headline-no-verb",
        "=3000@RU/planned",
        """3,000 more North Korean builders for Moscow region // MOSCOW - The Moscow region
        government has approved work permits for a new group of workers from the DPRK, who are
        due to arrive by the autumn, the regional labour committee said on Friday.""",
    ),
    (
        "P1",
        "tynda-apposition",
        "~3000@RU/present",
        """A logger's story // TYNDA - Kim Chol, 41, one of an estimated 3,000 North Korean
        loggers in the Amur region, spends 14 hours a day in the forest. He has not seen his
        two children in four years.""",
    ),
    (
        "P1",
        "relative-clause-officials",
        "~450@RU/present",
        """Lesozavodsk sawmills quiet on labour // LESOZAVODSK - District officials, who say
        the town's sawmills employ about 450 workers from North Korea, declined to give
        details of their contracts. The mills shipped 120,000 cubic metres of timber last
        year.""",
    ),
    (
        "P1",
        "dandong-hired-pays",
        "=1200@CN/dispatched =600@CN/present",
        """Seafood firm's North Korean staff // DANDONG - The Haixing seafood processor hired
        1,200 North Korean women in 2019 and still pays 600 of them through a Pyongyang
        trading company, two former managers said. The firm's 300 Chinese employees are paid
        directly.""",
    ),
    (
        "P1",
        "chinese-contractor-negative",
        "none",
        """Chinese contractor wins Rason port deal // RASON - A Chinese contractor that
        employs 1,200 Chinese workers in the zone brought in 300 Uzbek migrants last year,
        the firm said. North Korea has mobilised some 20,000 of its own workers for a housing
        drive in Pyongyang.""",
    ),
    (
        "P1",
        "troops-numbered-negative",
        "none",
        """North Korean troops in Kursk // North Korean troops in the Kursk region numbered
        about 11,000 last winter, and their ranks swelled to some 14,000 by the spring,
        Ukrainian intelligence said. A batch of 500 North Korean students also arrived in
        Moscow for language courses.""",
    ),
    (
        "P1",
        "laos-shift-hundreds-more",
        "=120@LA/present v2@LA/planned",
        """Lao dam works around the clock // VIENTIANE - A shift of 120 North Korean workers
        pours concrete at night on the Nam Theun dam, a Lao engineer said, and hundreds more
        are expected when the second phase starts.""",
    ),
]

# Batch P2, written blind after the P1 fixes (14 articles, 18 expected figures, 18 scorer keys; the
# commit said 22, a miscount). First run: counts 0.94 / 0.94 (17 of 18, 1 spurious),
# count+destination 0.94 / 0.94, statuses 14 of 17; 10 of 14 articles right. The one miss and
# the one spurious key are an annotation error: "As many as 400 North Koreans are believed to be
# working" is at most 400 by the spec (written "~400"; corrected to "<400" after the run); with
# it the first run is 1.00 / 1.00 (18 of 18). Status off: "relies on some 150 seamstresses sent
# by a North Korean state trading company" (dispatched), "They arrive before dawn and leave
# after dark: about 60 men" (repatriated), the headline "7,000 in six months" restated by "Some
# 7,000 ... entered Russia" (present). No count fix was needed; the statuses are strict xfails.
BATCH_2: list[Article] = [
    (
        "P2",
        "ulan-ude-brought-in",
        "=500@RU/dispatched ~1100@RU/present",
        """Buryatia turns to North Korean builders // ULAN-UDE - Faced with a shortage of
        bricklayers, the republic's largest developer brought in 500 from North Korea over the
        winter, its director told local television. Together with those already here, Buryatia
        now has about 1,100 North Korean construction workers, officials said.""",
    ),
    (
        "P2",
        "batch-arrives-khabarovsk",
        "=320@RU/dispatched v3@RU/present",
        """New batch of workers lands in Khabarovsk // KHABAROVSK - A batch of 320 workers
        from the DPRK landed at Khabarovsk airport on a charter from Pyongyang on Sunday,
        airport staff said. Several thousand of their compatriots already work in the krai,
        mostly on apartment blocks and roads.""",
    ),
    (
        "P2",
        "believed-to-be-laos",
        "<400@LA/present",
        """Laos quiet on North Korean labour // VIENTIANE - As many as 400 North Koreans are
        believed to be working on construction projects around the Lao capital, diplomats
        say, despite a 2019 pledge to send them home. The Lao government did not respond to
        questions.""",
    ),
    (
        "P2",
        "totalled-were-employed",
        "=2870@RU/present =1430@RU/present",
        """Sakhalin labour audit // YUZHNO-SAKHALINSK - North Korean nationals working legally on
        Sakhalin totalled 2,870 at the end of 2018, the regional audit chamber said. Of the
        foreign workers who were employed in fish processing that year, 1,430 were North
        Koreans.""",
    ),
    (
        "P2",
        "fell-by-half-mongolia",
        "~1200@MN/present ~600@MN/present",
        """Mongolia's North Korean workforce halves // ULAANBAATAR - The number of North
        Korean workers in Mongolia fell by half to around 600 last year, from about 1,200 in
        2016, the labour agency said, as permits expired and were not renewed.""",
    ),
    (
        "P2",
        "factory-relative-clause",
        "~150@CN/present",
        """Yanji plant inspected // YANJI - Inspectors visited a textile plant that, according to
        workers there, relies on some 150 seamstresses sent by a North Korean state trading
        company. The plant's owner denied wrongdoing.""",
    ),
    (
        "P2",
        "typed-noun-pronoun-they",
        "~60@QA/present",
        """Qatar site still uses North Korean crews // DOHA - They arrive before dawn and leave
        after dark: about 60 men, all of them sent by a Pyongyang construction bureau, building
        a hotel annex near the Corniche. A foreman said they are the last North Korean crew
        in the country.""",
    ),
    (
        "P2",
        "headline-colon-figure",
        "=7000@RU/dispatched",
        """North Korean labour to Russia: 7,000 in six months // Some 7,000 North Korean
        workers entered Russia between January and June, according to border service data
        cited by the newspaper Vedomosti, most of them on student visas.""",
    ),
    (
        "P2",
        "ellipsis-semicolons",
        "~25000@CN/present ~12000@RU/present ~800@AE/present",
        """Estimates at a glance // North Korean workers abroad, latest estimates: China, about
        25,000; Russia, about 12,000; the UAE, about 800. Figures for Africa are not
        available.""",
    ),
    (
        "P2",
        "employs-some-ninety",
        "~90@PL/present",
        """Shipyard subcontractor named // GDYNIA - A subcontractor at the Nauta shipyard
        employed some ninety North Korean welders in 2016, a government report found. The
        company, which also employs 40 Ukrainians, says it followed the law.""",
    ),
    (
        "P2",
        "defectors-students-negative",
        "none",
        """Unification ministry figures // SEOUL - Defectors arriving in the South numbered
        196 last year, the fewest since 2001, the Unification Ministry said. A further 1,200
        North Korean students are believed to be studying in China, a ministry official
        added.""",
    ),
    (
        "P2",
        "russian-staff-uzbek-negative",
        "=240@RU/present",
        """Foreign labour on the Amur bridge project // BLAGOVESHCHENSK - The bridge contractor
        employs 2,300 Russian staff and took on 800 Uzbek migrants this year. Its North Korean
        subcontractor, by contrast, has kept the same 240 welders since 2022.""",
    ),
    (
        "P2",
        "home-labour-negative",
        "none",
        """Pyongyang housing push // PYONGYANG (KCNA) - More than 30,000 workers and soldiers
        have been mobilised to build 10,000 new flats in the capital this year, state media
        said. Some 5,000 young volunteers swelled the ranks of the shock brigades in May.""",
    ),
    (
        "P2",
        "cambodia-reporting-verb-hundreds",
        "v2@KH/present",
        """North Korean restaurants in Cambodia // PHNOM PENH - Hundreds of North Korean
        waitresses and cooks still work in restaurants across Cambodia, a UN panel report
        says, though the exact figure is unknown.""",
    ),
]

# Batch P3, written blind after the P2 run (14 articles, 16 expected figures, 15 scorer keys:
# "Dozens of North Korean miners" and "scores more" share one key, so the spec keeps the first,
# a correction after the run). First run: counts 1.00 / 1.00 (15 of 15, 0 spurious),
# count+destination 1.00 / 1.00, statuses 14 of 15 (with the correction); 13 of 14 articles
# right. Status off: "a contractor that hired about 120 of them" (dispatched; debatable, a
# hiring is also a flow), a strict xfail.
BATCH_3: list[Article] = [
    (
        "P3",
        "newcomers-remain-subordinate",
        "=230@RU/dispatched ~90@RU/present",
        """Nakhodka port gets North Korean dockers // NAKHODKA - The port's stevedoring company
        received 230 North Korean dockers in March. Although some of the newcomers have since
        been moved to a fish plant, about 90 remain at the container terminal, a port
        spokeswoman said.""",
    ),
    (
        "P3",
        "men-live-dormitory",
        "~70@RU/present",
        """Kazan tower site // KAZAN - North Korean plasterers finish the interiors of the
        28-storey Kazanka Tower. Some 70 of the men live in a converted school gym two blocks
        away, neighbours say, and are driven to the site at six each morning.""",
    ),
    (
        "P3",
        "apposition-in-all",
        "=230@AE/present",
        """Dubai contractor's labour camp // DUBAI - The North Korean workers - 230 in all,
        according to a leaked payroll - sleep in a camp in Al Quoz and work on villa projects.
        The contractor says the payroll is fake.""",
    ),
    (
        "P3",
        "perhaps-more-region",
        ">1500@RU/present",
        """Employers in the Amur region // BLAGOVESHCHENSK - Employers say at least 1,500 North
        Korean labourers, perhaps more, are now in the region, far above the 900 work permits
        the migration office has issued.""",
    ),
    (
        "P3",
        "because-sent-home",
        "~2000@CN/repatriated v3@CN/present",
        """Dandong's seafood plants struggle // DANDONG - Seafood processors in Dandong are
        short of hands because some 2,000 North Korean women were sent home during the
        pandemic. Several thousand others, however, still work in the city's plants.""",
    ),
    (
        "P3",
        "dozens-more-scores",
        "v1@MY/present",
        """Malaysian mine hires North Koreans again // KUALA LUMPUR - Dozens of North Korean
        miners are working at a coal mine in Sarawak, and scores more are to follow, a union
        leader said. Malaysia expelled all North Korean workers in 2017.""",
    ),
    (
        "P3",
        "the-koreans-typed",
        "~45@MN/present",
        """Ulaanbaatar sewing workshop // ULAANBAATAR - A sewing workshop in the Bayanzurkh
        district still relies on North Korean seamstresses, inspectors found. The Koreans,
        about 45 of them, work 12-hour shifts and sleep above the shop.""",
    ),
    (
        "P3",
        "headline-colon-remain",
        "=400@LA/present",
        """Laos: 400 North Korean workers remain // VIENTIANE - Laos told the UN it was still
        reviewing the contracts of the remaining workers, most of them on hydropower
        projects.""",
    ),
    (
        "P3",
        "report-found-worked",
        "=312@RU/present v2@RU/dispatched",
        """Audit finds North Koreans on state contracts // MOSCOW - An audit of federal
        construction contracts found that 312 citizens of the DPRK worked on 19 sites in 2024.
        Hundreds more had entered on tourist visas, the auditors said.""",
    ),
    (
        "P3",
        "estimates-differ-pronoun",
        "~10000@RU/present ~30000@RU/present",
        """How many in Russia? // Estimates differ. Russia's labour ministry says there are about
        10,000 North Korean workers in the country; South Korea's spy agency puts them at
        roughly 30,000.""",
    ),
    (
        "P3",
        "tourists-athletes-negative",
        "none",
        """Vladivostok welcomes North Korean visitors // VLADIVOSTOK - Some 1,500 North Korean
        tourists visited Primorye this summer, the regional tourism agency said. A delegation
        of 40 North Korean athletes also arrived for the Eastern Games, and about 200 Chinese
        workers came to build the new stadium.""",
    ),
    (
        "P3",
        "soldiers-apposition-negative",
        "none",
        """Kursk deployment // KYIV - The North Korean soldiers - 12,000 in all, according to
        Ukrainian intelligence - are now deployed along the Kursk border. A batch of 3,000
        more troops arrived in October.""",
    ),
    (
        "P3",
        "at-home-construction-negative",
        "none",
        """Samjiyon building drive // PYONGYANG - About 20,000 workers from across North Korea
        are building a ski resort in Samjiyon, state media said; a further 5,000 university
        students have joined them for the summer.""",
    ),
    (
        "P3",
        "guinea-hired-teams",
        "~120@GQ/present",
        """Equatorial Guinea keeps North Korean builders // MALABO - Equatorial Guinea's
        public works ministry still uses North Korean construction teams, an opposition MP
        said, naming a contractor that hired about 120 of them for a stadium in Bata.""",
    ),
]

# Batch P4, written blind after the P3 run (14 articles, 17 expected figures, 17 scorer keys).
# First run: counts 0.82 / 0.82 (14 of 17, 3 spurious), count+destination 0.82 / 0.82; 9 of 14
# articles right. Missed: "They number 80" (a plural pronoun counted by a verb of number after
# "North Korean staff run three restaurants"), "A hostel on the site accommodates 300 North
# Korean workers in all"; "just shy of 600" was written "<600" but the project reads "just
# under" as approximate (an annotation error, corrected to "~600": a miss and a spurious key
# less). Spurious: "1,300 of the 40,000 foreign workers" (the host's mixed whole of a figure's
# part), "roughly 50 at each" (a size per site). After the fixes: counts 1.00 / 0.94 (16 of
# 17, 0 spurious), count+destination 1.00 / 0.94: a plural pronoun with a verb of number and up
# to five hedge words ("They are thought to number 80": `group_pronoun_subjects`,
# `counting_level_verbs`); a figure as the part of a mixed whole (`part_of`); "at each", "on
# each", "per site" as unit sizes; "just shy of" (approximate), "shy of" (at most). Left: the
# capacity verb "accommodates" (a strict xfail).
BATCH_4: list[Article] = [
    (
        "P4",
        "strong-workforce",
        "~500@RU/present",
        """Arctic port project // MURMANSK - A 500-strong North Korean workforce is pouring
        foundations for the new coal terminal at Lavna, the project's Russian contractor
        confirmed. The terminal will handle 18 million tonnes a year.""",
    ),
    (
        "P4",
        "pyongyang-has-possessor",
        "~400@LA/present >1000@RU/dispatched",
        """Pyongyang's labour diplomacy // North Korea has some 400 workers in Laos, a Lao
        official said this week. Pyongyang also sent upwards of 1,000 to Russia in the first
        quarter, according to Seoul.""",
    ),
    (
        "P4",
        "accounted-for-share",
        "=1300@RU/present",
        """Primorye foreign labour // VLADIVOSTOK - North Koreans accounted for 1,300 of the
        40,000 foreign workers registered in Primorye last year, the migration office said;
        Uzbeks made up the largest group.""",
    ),
    (
        "P4",
        "odd-north-koreans",
        "~150@KH/present",
        """Phnom Penh restaurants // PHNOM PENH - The 150-odd North Koreans still working in
        Phnom Penh's restaurants and a garment workshop keep a low profile, a local
        journalist says. Most have been here since before 2017.""",
    ),
    (
        "P4",
        "team-numbering",
        "=36@MN/dispatched",
        """Mongolian ranch hires North Koreans // ULAANBAATAR - A team numbering 36 North
        Korean farm labourers arrived at a cattle ranch in Dornod province last week, the
        provincial governor's office said.""",
    ),
    (
        "P4",
        "among-them-including",
        "~200@RU/present ~300@RU/present",
        """Yakutsk building boom // YAKUTSK - Some 4,000 migrants work on Yakutsk's building
        sites, among them about 200 North Korean workers, city officials say. The Amur region
        next door has more, including some 300 from North Korea on a gas plant.""",
    ),
    (
        "P4",
        "close-to-in-excess",
        "~4000@CN/present >3000@RU/present",
        """Two estimates // A Chinese customs source puts the number of North Korean labourers
        in Liaoning at close to 4,000. In Russia's Far East there are in excess of 3,000, a
        Russian researcher estimates.""",
    ),
    (
        "P4",
        "they-number-headcount",
        "=80@NP/present",
        """Kathmandu restaurant staff // KATHMANDU - North Korean staff run three restaurants
        in Thamel and Lazimpat. They number 80, according to the police, who said their visas
        were in order.""",
    ),
    (
        "P4",
        "accommodates-busloads",
        "~120@RU/dispatched =300@RU/present",
        """Omsk site's North Korean teams // OMSK - Three busloads of North Korean workers,
        about 120 people, reached the Omsk refinery site on Monday. A hostel on the site
        accommodates 300 North Korean workers in all.""",
    ),
    (
        "P4",
        "presence-put-at",
        "~3000@AE/present",
        """Gulf estimates // DUBAI - A Western diplomat in Abu Dhabi put the North Korean
        labour presence in the Emirates at about 3,000 before the 2017 crackdown, mostly on
        building sites.""",
    ),
    (
        "P4",
        "a-little-over-shy-of",
        ">200@TZ/present ~600@ET/present",
        """Africa's remaining North Korean workers // A little over 200 North Korean builders
        remain in Tanzania, and just shy of 600 in Ethiopia, a UN panel member told a
        conference in Nairobi.""",
    ),
    (
        "P4",
        "visas-chinese-negative",
        "none",
        """Chinese workers in North Korea // SINUIJU - Roughly 2,500 Chinese technicians are
        working on the new Yalu bridge road, and a 300-strong Chinese crew arrived this
        month. Their numbers swelled to 3,000 by the autumn.""",
    ),
    (
        "P4",
        "each-site-unit-negative",
        "~900@RU/present",
        """Vladivostok sites // VLADIVOSTOK - About 900 North Korean workers are spread over 18
        sites in the city, with roughly 50 at each, a contractor said.""",
    ),
    (
        "P4",
        "ethnic-koreans-negative",
        "none",
        """Koryo-saram in Tashkent // TASHKENT - Some 180,000 ethnic Koreans live in
        Uzbekistan, most of them descendants of those deported by Stalin in 1937. About 300
        South Korean engineers also work on the city's metro.""",
    ),
]

# Batch P5, written blind after the P4 fixes (14 articles, 16 expected figures, 16 scorer keys).
# First run: counts 1.00 / 0.75 (12 of 16, 0 spurious), count+destination 1.00 / 0.75; 10 of 14
# articles right, all statuses of the matched figures right. Missed: "The workers, whose number
# the North Korean consulate puts at about 2,300", "The builder's North Korean payroll runs to
# 450 names", "North Korea's workforce in Russia, put by Seoul at around 15,000", "Numbering
# around 250, the North Korean builders on the ... estate work in three shifts". After the
# fixes: counts 1.00 / 0.94 (15 of 16), count+destination 1.00 / 0.94: "whose" as a number
# determiner, its antecedent's nationality checked as for "their" (`relative_possessives`); an
# estimate's agent before "at" ("put by Seoul at": `estimate_agent_markers`) leaves the noun
# phrase before the participle as the estimated one; a fronted participle of level after
# nothing or a dateline takes its subject from the clause after the figure. Left: the payroll
# (a strict xfail).
BATCH_5: list[Article] = [
    (
        "P5",
        "whose-number-consulate",
        "~2300@RU/present",
        """Irkutsk's North Korean builders // IRKUTSK - The workers, whose number the North
        Korean consulate puts at about 2,300, are building schools and a hospital in the
        region. The consulate declined to say how long their contracts run.""",
    ),
    (
        "P5",
        "of-the-who-arrived-part",
        "~1000@RU/dispatched =600@RU/dispatched",
        """Siberian dispatch // KYZYL - Of the roughly 1,000 North Korean workers who arrived in
        Krasnoyarsk in May, 600 went on to Tuva to build a rail link, a regional official
        said.""",
    ),
    (
        "P5",
        "payroll-runs-to",
        "=450@RU/present",
        """Payroll leak // NOVOSIBIRSK - The builder's North Korean payroll runs to 450 names,
        according to documents seen by Sibir Daily. The firm said all its foreign staff had
        valid permits.""",
    ),
    (
        "P5",
        "passport-holders-illegally",
        "=1100@CN/present",
        """Jilin crackdown // CHANGCHUN - Police counted 1,100 North Korean passport holders
        working illegally in Jilin province during a spring inspection, the provincial public
        security bureau said.""",
    ),
    (
        "P5",
        "remaining-or-so",
        "~2000@KW/present =3500@KW/repatriated",
        """Kuwait deadline // KUWAIT CITY - Kuwait sent home 3,500 North Korean workers in 2018
        and says the remaining 2,000 or so will leave when their visas lapse. Most work on
        state housing projects.""",
    ),
    (
        "P5",
        "most-of-them-labourers",
        "5000-6000@CN/present",
        """Dandong's Korean quarter // DANDONG - An estimated 5,000-6,000 North Koreans, most
        of them labourers in seafood and garment plants, live in the city, according to a
        local business association.""",
    ),
    (
        "P5",
        "participle-put-by-seoul",
        "~15000@RU/present",
        """Moscow denies figures // MOSCOW - North Korea's workforce in Russia, put by Seoul at
        around 15,000, is made up of students and trainees, the foreign ministry said on
        Thursday.""",
    ),
    (
        "P5",
        "fronted-numbering",
        "~250@BY/present",
        """Minsk housing project // MINSK - Numbering around 250, the North Korean builders on
        the Minsk-Mir housing estate work in three shifts, a site manager said.""",
    ),
    (
        "P5",
        "waiting-for-visas",
        "=1000@RU/recruiting ~800@RU/present",
        """Visa backlog // VLADIVOSTOK - About 800 North Korean workers are now on Primorye's
        building sites. Another thousand are said to be waiting in Pyongyang for Russian
        visas, a recruitment agent said.""",
    ),
    (
        "P5",
        "several-hundred-bulk",
        "v2@RU/present",
        """Sakhalin fisheries // YUZHNO-SAKHALINSK - Sources put North Korean workers on the
        island at several hundred, the bulk of them in fish processing plants near Korsakov.""",
    ),
    (
        "P5",
        "city-population-negative",
        "~300@RU/present",
        """Nizhny Novgorod site // NIZHNY NOVGOROD - In a city of 1.2 million, roughly 300 North
        Koreans building a new stadium are hardly noticed, a local reporter writes.""",
    ),
    (
        "P5",
        "russian-engineers-troops-negative",
        "none",
        """Kursk rebuild // KURSK - Some 5,000 Russian engineers and about 12,000 North Korean
        troops are clearing mines in the Kursk region, officials said. The troops numbered
        11,000 last year.""",
    ),
    (
        "P5",
        "further-odd-vietnam",
        "=300@VN/dispatched ~200@VN/dispatched",
        """Vietnam factory hires // HANOI - A garment factory outside Hanoi took on 300 North
        Korean seamstresses in March, and a further 200-odd were sent to Vietnam in June, a
        trade source said.""",
    ),
    (
        "P5",
        "defectors-customers-negative",
        "none",
        """Seoul figures // SEOUL - Some 34,000 North Korean defectors now live in the South.
        The Pyongyang Okryu restaurant in Beijing served 200 customers a night before it
        closed.""",
    ),
]

# Batch P6, written blind after the P5 fixes (13 articles, 13 expected figures, 13 scorer keys).
# First run: counts 0.91 / 0.77 (10 of 13, 1 spurious), count+destination 0.91 / 0.77,
# statuses 9 of 10; 8 of 13 articles right. Missed: "The city's North Korean community, some
# 4,000 strong", "There could be as many as 2,000" after a sentence on the workers, "The
# contractor's North Korean teams - three of them, 90 men in total - have finished the roof";
# spurious: "Uzbek migrants ... numbered 300,000 last year, and Tajiks about 120,000". Status
# off: "absorbs a thousand-odd North Korean workers a year" (present). After the fixes: counts
# 1.00 / 0.92 (12 of 13, 0 spurious), count+destination 1.00 / 0.92, all statuses right: a size
# set after a DPRK group ("some 4,000 strong": `postposed_size_words`,
# `collective_people_nouns`); modal existentials ("there could be", "there may be"); another
# nation's demonym right before a bare figure ("and Tajiks about 120,000") is none; "absorb" as
# a flow verb. Left: the teams (the story has no labour term and is gated out; a strict xfail).
BATCH_6: list[Article] = [
    (
        "P6",
        "its-workers-mongolia",
        "~3000@MN/present",
        """Mongolia revenue estimate // ULAANBAATAR - North Korea earned an estimated $12 million
        a year from its roughly 3,000 workers in Mongolia before 2017, a researcher at the
        National University said.""",
    ),
    (
        "P6",
        "community-strong",
        "~4000@RU/present",
        """Vladivostok's quiet community // VLADIVOSTOK - The city's North Korean community,
        some 4,000 strong and almost all of them building workers, keeps to itself, local
        officials say.""",
    ),
    (
        "P6",
        "home-to-labourers",
        "~1200@RU/present",
        """Nakhodka's hidden labour // NAKHODKA - The port city of 150,000 is home to about 1,200
        North Korean labourers, most of them in ship repair, according to a city councillor.""",
    ),
    (
        "P6",
        "grown-in-number",
        "~700@LA/present",
        """Laos dam sites // VIENTIANE - North Korean workers on Lao dam sites have grown in
        number to about 700, a diplomat said, despite Laos's report to the UN that it had sent
        them home.""",
    ),
    (
        "P6",
        "could-be-as-many",
        "<2000@AE/present",
        """UAE estimates // DUBAI - North Korean construction workers remain in the Emirates
        despite the UN ban, a sanctions expert said. There could be as many as 2,000, she
        said.""",
    ),
    (
        "P6",
        "stands-at-figure",
        "~1500@CN/present",
        """Shenyang IT // SHENYANG - North Korean IT workers in Liaoning have long operated from
        hotels and rented offices. The figure now stands at around 1,500, according to a
        South Korean intelligence briefing.""",
    ),
    (
        "P6",
        "words-numbers",
        "=250@RU/dispatched <2000@RU/planned",
        """Tatarstan deal // KAZAN - Two hundred and fifty North Koreans arrived in Kazan last
        week to work on a petrochemical plant, and up to two thousand more are to follow
        under a deal with the republic, officials said.""",
    ),
    (
        "P6",
        "teams-apposition-total",
        "=90@RU/present",
        """Contractor's Korean teams // CHITA - The contractor's North Korean teams - three of
        them, 90 men in total - have finished the roof of the new ice rink, the mayor's office
        said.""",
    ),
    (
        "P6",
        "part-of-estimated",
        ">500@CN/present ~1000@CN/present",
        """IT workers in China // BEIJING - More than 500 of the estimated 1,000 North Korean
        IT workers in China now work for firms in Shenyang and Dandong, a cybersecurity firm
        said in a report.""",
    ),
    (
        "P6",
        "russian-workers-to-nk-negative",
        "none",
        """Russian builders in Pyongyang // PYONGYANG - Some 4,000 Russian workers went to North
        Korea last year to build a hospital, state media said. North Korea also sent 2,000
        tourists to Russia.""",
    ),
    (
        "P6",
        "refugees-orphans-negative",
        "none",
        """Refugees in China // BEIJING - About 1,500 North Korean refugees are held in Chinese
        detention centres, a rights group said. It also counted 800 North Korean orphans
        born to trafficked women.""",
    ),
    (
        "P6",
        "uzbek-migrants-numbered-negative",
        "=30@RU/present",
        """Migrant flows // NOVOSIBIRSK - Uzbek migrants in the region numbered 300,000 last
        year, and Tajiks about 120,000. North Korean workers, by contrast, are a handful: 30
        at a single sawmill, the migration office said.""",
    ),
    (
        "P6",
        "a-thousand-odd-absorbs",
        "~1000@RU/dispatched",
        """Amur intake // BLAGOVESHCHENSK - The Amur region absorbs a thousand-odd North Korean
        workers a year, mainly for farms and sawmills, the regional labour office said.""",
    ),
]

BATCHES = (BATCH_1, BATCH_2, BATCH_3, BATCH_4, BATCH_5, BATCH_6)
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "P1-dandong-hired-pays": "count: 'still pays 600 of them' after 'hired 1,200 North Korean "
    "women in 2019' is read as a member of the counted group (a stock part of a hiring flow, "
    "as genres6 N5's 'Some 400 of them were still at the plant')",
    "P4-accommodates-busloads": "count: 'A hostel on the site accommodates 300 North Korean "
    "workers in all' reads as a capacity ('accommodates' is in unit_size_before with 'can "
    "house'; debatable: present tense with 'in all' is an occupancy)",
    "P5-payroll-runs-to": 'count: "The builder\'s North Korean payroll runs to 450 names" '
    "(a roster noun two words after its determiner, and 'names' as the counted noun)",
    "P6-teams-apposition-total": "relevance: \"The contractor's North Korean teams - three of "
    'them, 90 men in total - have finished the roof of the new ice rink" has no labour term '
    "(teams, men, a roof), so the story is gated out",
}
KNOWN_DETAILS: dict[str, str] = {
    "P1-headline-no-verb": "status: the verbless headline '3,000 more North Korean builders "
    "for Moscow region' reads present (the body's 'due to arrive' names no figure)",
    "P1-laos-shift-hundreds-more": "status: 'A shift of 120 ... pours concrete at night ..., "
    "and hundreds more are expected' reads planned (the second clause's cue)",
    "P2-factory-relative-clause": "status: 'relies on some 150 seamstresses sent by a North "
    "Korean state trading company' reads dispatched (a participle naming the sender)",
    "P2-typed-noun-pronoun-they": "status: 'They arrive before dawn and leave after dark: "
    "about 60 men' reads repatriated (a daily 'leave')",
    "P2-headline-colon-figure": "status: the headline '7,000 in six months' restated by 'Some "
    "7,000 ... entered Russia between January and June' reads present",
    "P3-guinea-hired-teams": "status: 'a contractor that hired about 120 of them' reads "
    "dispatched (expected present when written; debatable: a hiring is also a flow)",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
