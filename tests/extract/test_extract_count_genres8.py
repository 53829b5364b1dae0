"""Worker counts in the shapes of longer and more varied reporting: features where the figure
comes several sentences after the group is named, figures inside an official's quote ("we have
about 300 of them here"), comparisons and baselines ("twice as many as a year earlier", "up
from 700 two years ago", "down from about 1,200"), per-site figures with and without a total
("three sites with about 200 each, some 600 in all"), ranges with "from ... to" and "anywhere
between", hedges "close to", "upwards of", "north of", figures in parentheses, fact-box tables
("Russia: 12,000 (2024)"), figures attributed to a report by its title, negated presence ("No
North Korean workers remain ... The last 90 left"), retrospective peaks ("At the peak, in
2016, some 50,000"), the workers named by who sends or employs them ("DPRK nationals working
on", "Pyongyang's labourers", "the North Korean crews"), destinations named only by a city or
region (Bureya, Amur region, Kyzyl, Donggang, Lesosibirsk, Ulaanbaatar, Dubai) or a country
adjective ("Chinese factories"); with hard negatives of the same shapes (troops in a quote and
a comparison, a table of restaurants, the size of each workshop's group).

The articles are invented for this file (people, outlets, firms, figures), and each batch
went into git with its expected claims before its first extractor run; notation, comparison
and conventions follow ``test_extract_count_genres7.py`` (and ``test_extract_count_genres4.py``):
the size of one unit ("with 50 to 70 women at each") is no claim, a total of units is.

Six batches (82 articles, 90 scorer keys). All first runs together: counts precision 0.95 /
recall 0.82 (74 of 90, 4 spurious), count+destination 0.92 / 0.80; after the fixes: counts
0.99 / 0.98 (88 of 90, 1 spurious), count+destination 0.97 / 0.96 (per batch below).
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch Q1, written blind (16 articles, 19 expected figures, 19 scorer keys). First run, before
# any change: counts precision 1.00 / recall 0.74 (14 of 19, 0 spurious), count+destination
# 0.93 / 0.68 (13 of 19, 1 spurious), statuses 12 of 13 matched; 10 of 16 articles right.
# Missed: "there are now about 1,300 of them in the district, up from 700" (both: the loggers
# are named four sentences back, the sentences between point to them by "they", "them",
# "their"), "about 200 North Korean builders each, some 600 in all" (a total after a unit
# size), "the number is north of 300" ("north of" no bound), "workers from North Korea (about
# 2,500, according to ...)" (a figure in a parenthesis after its group). Destination off:
# "Pyongyang's labourers in the emirate number around 1,000, a Gulf diplomat said" (M49:145
# from the source's "Gulf", the dateline's Dubai not taken). Status off: "The last 90 left
# ..., down from about 1,200 in 2016" (the baseline takes the repatriation). After the fixes:
# counts 1.00 / 1.00 (19 of 19), count+destination 0.95 / 0.95, statuses 17 of 18: a pronoun
# partitive's antecedent is looked for one sentence further back for each sentence between
# that points back by a plural pronoun (grammar ``chain_pronouns``); "north of" an at-least
# and "south of" an at-most qualifier; the apposed total takes a unit size before its comma
# ("each", cues ``trailing_distributives``), an origin after its noun ("workers from North
# Korea") and a parenthesis without a tail ("(about 2,500)", "(about 2,500, according to").
# Left as strict xfails: the Gulf destination (a place naming the source, not the workers)
# and the baseline's status (debatable: "the last 90" are a remnant, so 1,200 a stock).
BATCH_1: list[Article] = [
    (
        "Q1",
        "feature-late-figure",
        "~1300@RU/present =700@RU/present",
        """Life in the larch camps // BUREYA, Amur region (Far East Weekly) - The North Korean
        loggers start work before the sun clears the ridge. They fell larch with chainsaws
        older than most of the men who use them, and sleep in plank barracks heated by iron
        stoves. A minder from the Pyongyang forestry bureau lives with them and keeps their
        passports. Nobody in the village speaks Korean. The district administration says there
        are now about 1,300 of them in the district, up from 700 two years ago.""",
    ),
    (
        "Q1",
        "official-quote-have-them",
        "~300@RU/present",
        """Khabarovsk builders count on North Korean plasterers // KHABAROVSK - North Korean
        plasterers are back on the city's building sites after a lull during the pandemic. "We
        have about 300 of them here, mostly on the Amursky estate, and we would take more,"
        said Igor Belov, deputy director of the developer Vostokstroi. The company employs
        1,100 people in total.""",
    ),
    (
        "Q1",
        "close-to-twice-as-many",
        "~2400@CN/present",
        """Donggang seafood plants expand // DONGGANG, Liaoning - Seafood processors in this
        port city now employ close to 2,400 North Korean women, twice as many as a year
        earlier, a Chinese trade source told the Seoul-based Korea Labour Post. The plants
        also rely on about 5,000 Chinese seasonal workers.""",
    ),
    (
        "Q1",
        "per-site-sum-tuva",
        "~600@RU/present",
        """Tuva builders // KYZYL - A Kyzyl developer runs three housing sites with about 200
        North Korean builders each, some 600 in all, the Tuva labour ministry said. The
        workers arrived in two groups in the spring.""",
    ),
    (
        "Q1",
        "per-site-only-negative",
        "none",
        """Garment workshops fined // SHENYANG - Inspectors found North Korean seamstresses at
        four garment workshops on the city's outskirts, with 50 to 70 women at each, a
        Liaoning official said. The workshops were fined 20,000 yuan apiece.""",
    ),
    (
        "Q1",
        "range-from-to-anywhere-between",
        "4000-5000@RU/present 6000-8000@RU/present",
        """Estimates vary // VLADIVOSTOK - Estimates of the number of North Korean workers in
        Primorye range from 4,000 to 5,000, according to regional officials, while Korean
        researchers put it anywhere between 6,000 and 8,000.""",
    ),
    (
        "Q1",
        "upwards-of-north-of",
        ">1500@AE/present >300@KW/present",
        """Gulf contractors // DUBAI - Upwards of 1,500 North Korean construction workers
        remain in the United Arab Emirates despite UN sanctions, a Gulf-based diplomat said.
        In Kuwait, the number is north of 300, he added, with most employed by two state
        contractors.""",
    ),
    (
        "Q1",
        "parenthesis-figure",
        "~2500@RU/present",
        """Sawmill towns rely on DPRK labour // LESOSIBIRSK - Sawmills in the Krasnoyarsk
        region still depend on workers from North Korea (about 2,500, according to the
        regional labour ministry), though Moscow says all were sent home in 2019. The mills'
        output rose 12% (to 3.2 million cubic metres) last year.""",
    ),
    (
        "Q1",
        "fact-box-table",
        "=12000@RU/present =30000@CN/present =500@LA/present",
        """Fact box: North Korean workers abroad // Estimated number of North Korean workers,
        by host country (year of estimate) || Russia: 12,000 (2024) || China: 30,000 (2023)
        || Laos: 500 (2024) || Source: Asan Labour Observatory""",
    ),
    (
        "Q1",
        "report-title-chinese-factories",
        "=18000@CN/present",
        """'Sweat for the Regime' // 'Sweat for the Regime', a 60-page report released on
        Tuesday by the Tokyo-based Asia Labour Watch, puts the number of North Korean workers
        in Chinese factories at 18,000, most of them in Liaoning and Jilin provinces. The group
        interviewed 41 former workers.""",
    ),
    (
        "Q1",
        "negated-presence-last-left",
        "=90@MN/repatriated ~1200@MN/present",
        """Mongolia's last North Korean workers leave // ULAANBAATAR - No North Korean workers
        remain in Mongolia, the labour ministry said on Thursday. The last 90 left on a train
        to Pyongyang in March, it said, down from about 1,200 in 2016.""",
    ),
    (
        "Q1",
        "retrospective-peak",
        "~50000@RU/present",
        """Russia's North Korean workforce, then and now // MOSCOW - At the peak, in 2016, some
        50,000 North Koreans worked in Russia, mostly on construction sites in Moscow and the
        Far East. Today the figure is perhaps a third of that, a researcher at the Higher
        School of Economics estimates.""",
    ),
    (
        "Q1",
        "dprk-nationals-working-on",
        "~800@CN/present",
        """Shenyang metro extension // SHENYANG - About 800 DPRK nationals working on the
        Shenyang metro extension are housed in a compound near the Hunnan depot, a contractor
        said. The line is due to open in 2027.""",
    ),
    (
        "Q1",
        "pyongyangs-labourers-dubai",
        "~1000@AE/present",
        """Dubai crews // DUBAI - Pyongyang's labourers in the emirate number around 1,000, a
        Gulf diplomat said, most of them on tower projects for a state-linked developer. The
        North Korean crews work in shifts of 12 hours.""",
    ),
    (
        "Q1",
        "troops-quote-twice-negative",
        "none",
        """Kursk deployment grows // KYIV - North Korea has sent twice as many troops to Russia
        as it did last year, about 12,000 in all, Ukrainian military intelligence said. "We
        have about 300 of them in our prisoner camps," an officer said.""",
    ),
    (
        "Q1",
        "restaurant-table-negative",
        "none",
        """North Korean restaurants abroad // Number of North Korean state restaurants, by
        country (2024) || China: 80 || Russia: 12 || Cambodia: 6 || Source: Unification
        Ministry""",
    ),
]

# Batch Q2, written blind after the Q1 fixes (15 articles, 17 expected figures, 17 scorer keys).
# First run: counts 0.81 / 0.76 (13 of 17, 3 spurious), count+destination 0.75 / 0.71 (12 of
# 17, 4 spurious), statuses 12 of 12; 8 of 15 articles right. Missed: "The yard's North Korean
# welders (some 350 at the latest count)" (a typed noun and a phrase before the parenthesis
# closes), "roughly 150 North Korean loggers apiece, or about 300 altogether" ("or" after the
# comma), the minister's quote "there are roughly 450 North Koreans on our farms, and next
# spring we expect another 200" (the story has no labour term and is gated out). Spurious:
# "about 900 of them" four sentences after "A few North Korean workers", the chain of "They",
# "Their" pointing to "migrants from Uzbekistan" (a Q1 fix: the chain must end on a DPRK
# group), "each of the capital's three big housing sites has between 40 and 60" (a unit size:
# "each of" before the units' plural), "We have about 300 of our own people here," a Chinese
# manager said (in Rason). Destination off: "and a further 300 from Vladivostok" after
# "operate from Shenyang and Dandong" (CN: "from" read as an origin). After the fixes: counts
# 0.94 / 0.88 (15 of 17, 1 spurious), count+destination 0.88 / 0.82, statuses 14 of 14: the
# pronoun chain ends on a sentence naming the DPRK and no other nationality; a distributive
# "each of" / "every one of" before a plural unit noun (cues ``distributive_partitives``, the
# plurals of ``distributive_nouns`` generated); the apposed total takes an apposition opener
# ("or about 300 altogether"), every worker noun and root ("welders") and a parenthesis that
# closes within a few words. Left as strict xfails: the gated-out quote, the Chinese manager's
# own people, the "further 300 from Vladivostok". Fixed later (cnt17): the Chinese manager's
# own people ("our own" in a quote whose attribution names another nationality, grammar
# ``speaker_own_possessives``).
BATCH_2: list[Article] = [
    (
        "Q2",
        "pronoun-chain-feature",
        "~160@CN/present",
        """The women of Line Four // DANDONG - The North Korean seamstresses arrive at the
        factory gate at seven, in two columns, each led by a team leader. They wear identical
        grey tracksuits and speak to no one. Their dormitory is on the fourth floor, above the
        cutting room, and its windows are barred. The plant's Chinese manager says he has
        about 160 of them, and would hire more if Pyongyang sent them.""",
    ),
    (
        "Q2",
        "minister-quote-now-and-next",
        "~450@RU/present =200@RU/planned",
        """Amur farms // BLAGOVESHCHENSK - "Right now there are roughly 450 North Koreans on
        our farms, and next spring we expect another 200," the region's deputy agriculture
        minister, Oleg Shirokov, told reporters on Tuesday.""",
    ),
    (
        "Q2",
        "twice-as-many-as-the",
        "~600@LA/present =300@LA/present",
        """Vientiane building boom // VIENTIANE - Lao contractors now employ about 600 North
        Korean builders, twice as many as the 300 they had in 2022, according to a diplomat in
        the Lao capital.""",
    ),
    (
        "Q2",
        "paren-latest-count",
        "~350@RU/present",
        """Primorye shipyard // BOLSHOI KAMEN - The yard's North Korean welders (some 350 at the
        latest count) work in three shifts, a union steward said.""",
    ),
    (
        "Q2",
        "apiece-altogether",
        "~300@RU/present",
        """Logging camps in Tuva // KYZYL - Two logging camps in the republic hold roughly 150
        North Korean loggers apiece, or about 300 altogether, the Tuva forestry agency
        said.""",
    ),
    (
        "Q2",
        "each-site-range-negative",
        "none",
        """Ulaanbaatar sites // ULAANBAATAR - Mongolian builders say each of the capital's three
        big housing sites has between 40 and 60 North Korean workers. Officials declined to
        give a total.""",
    ),
    (
        "Q2",
        "hedged-table-far-east",
        "~4000@RU/present ~2500@RU/present 1200-1500@RU/present",
        """Table 2. North Korean workers in the Russian Far East, 2025 (estimates) || Primorsky
        Krai: just under 4,000 || Khabarovsk Krai: close to 2,500 || Amur Oblast: 1,200-1,500
        || Source: Far Eastern Federal University survey""",
    ),
    (
        "Q2",
        "report-title-it-workers",
        "1000-1500@CN/present =300@RU/present",
        """New report on IT workers // 'Laptops for the Leader', a report released on Monday by
        the Seoul-based Digital Freedom Institute, estimates that between 1,000 and 1,500 North
        Korean IT workers operate from Shenyang and Dandong, and a further 300 from
        Vladivostok.""",
    ),
    (
        "Q2",
        "no-longer-any-peak",
        "~5000@KW/present",
        """Kuwait's last North Korean crews gone // KUWAIT CITY - There are no longer any North
        Korean workers in Kuwait, the interior ministry said. At the peak, in 2015, close to
        5,000 were employed there, mostly on state housing projects.""",
    ),
    (
        "Q2",
        "dprk-nationals-chinese-factories",
        "=230@CN/present",
        """Factory inspections in Jilin // CHANGCHUN - Inspectors found 230 DPRK nationals
        working at Chinese factories in Jilin province without valid permits, a provincial
        official said. All 230 will be sent back by the end of the month.""",
    ),
    (
        "Q2",
        "upwards-russian-sites",
        ">8000@RU/present",
        """Builders' union warns // MOSCOW - Upwards of 8,000 North Korean labourers now work on
        Russian sites, the construction workers' union said, warning of poor safety
        standards.""",
    ),
    (
        "Q2",
        "heyday-ran-to-fewer-remain",
        "~1300@MN/present <50@MN/present",
        """Mongolia, then and now // ULAANBAATAR - In its heyday, the North Korean workforce in
        Mongolia ran to some 1,300 people, mostly in construction and cashmere workshops. Today
        fewer than 50 remain, all at one sewing workshop, according to the labour ministry.""",
    ),
    (
        "Q2",
        "chinese-staff-quote-negative",
        "none",
        """Rason zone // RASON - "We have about 300 of our own people here," a Chinese manager at
        the Rason fish plant said, referring to Chinese technicians. The plant also employs
        some 900 local North Korean workers.""",
    ),
    (
        "Q2",
        "soldiers-paren-negative",
        "none",
        """Kursk // North Korean soldiers (about 11,000, according to Seoul) were deployed to the
        Kursk region last autumn. Twice as many may follow, Ukrainian officials warned.""",
    ),
    (
        "Q2",
        "pronoun-chain-others-negative",
        "none",
        """Sakhalin fish plants // KORSAKOV, Sakhalin - A few North Korean workers still gut fish
        at the Korsakov plant. But the plant now relies on migrants from Uzbekistan. They live
        in containers by the quay and earn 60,000 roubles a month. Their contracts run for a
        year. The manager says he has about 900 of them.""",
    ),
]

# Batch Q3, written blind after the Q2 fixes (14 articles, 14 expected figures, 14 scorer keys).
# First run: counts 1.00 / 0.71 (10 of 14, 0 spurious), count+destination 1.00 / 0.71,
# statuses 10 of 10; 12 of 14 articles right (the Q1 and Q2 fixes held: the pronoun chain
# across a quote and a "Their" sentence needed only its noun, the unit size then total, the
# parenthesis "(roughly 7,000 by one count)", "north of", "upwards of", and the three hard
# negatives). Missed: the three lines of "Russia - around 15,000 (2025)" (a list item closed
# by the year of its estimate in parentheses), "some 240 of them" after "the North Korean
# dockers" ("dockers" a labour word of relevance but no worker noun of the counts). After the
# fixes: 1.00 / 1.00 (14 of 14), statuses 14 of 14: a list item may end with a parenthesised
# year; the job nouns of relevance's ``labor_roots`` that are plainly jobs (docker,
# longshoreman, concreter, joiner, fitter, dishwasher, housekeeper, embroiderer) are worker
# roots of the counts too.
BATCH_3: list[Article] = [
    (
        "Q3",
        "feature-quote-chain",
        "~240@RU/present",
        """Night shift // NAKHODKA, Primorye - At two in the morning the North Korean dockers are
        still on the quay. They unload Chinese containers by floodlight and eat rice from tin
        bowls between ships. "They never complain," says the port's night foreman, Pavel
        Gromov. Their supervisor, a thin man in a grey cap, watches from a cabin. According to
        the port, some 240 of them now work at the terminal.""",
    ),
    (
        "Q3",
        "camps-each-in-total",
        "~360@RU/present",
        """Khabarovsk logging // KHABAROVSK - A timber firm runs four camps in the krai with
        about 90 North Korean loggers each, some 360 in total, according to regional forestry
        officials.""",
    ),
    (
        "Q3",
        "paren-by-one-count",
        "~7000@CN/present",
        """Dandong factories // DANDONG - Garment factories along the Yalu still employ North
        Korean women (roughly 7,000 by one count), although Beijing says it enforces UN
        sanctions.""",
    ),
    (
        "Q3",
        "figure-is-just-under",
        "~400@CN/present",
        """Shenyang restaurants // SHENYANG - North Korean waitresses and cooks remain a fixture
        of the city's Korean quarter. The figure is just under 400, spread across a dozen
        restaurants, according to a local business association.""",
    ),
    (
        "Q3",
        "double-the-baseline",
        "~1400@RU/present =700@RU/present",
        """Amur sawmills // BLAGOVESHCHENSK - Sawmills in the Amur region now employ about 1,400
        North Korean workers, double the 700 reported in 2021, the regional labour office
        said.""",
    ),
    (
        "Q3",
        "dash-table-years",
        "~15000@RU/present 20000-30000@CN/present <50@MN/present",
        """At a glance // North Korean workers abroad, latest estimates || Russia - around
        15,000 (2025) || China - 20,000 to 30,000 (2024) || Mongolia - fewer than 50
        (2025)""",
    ),
    (
        "Q3",
        "director-quote-employ",
        "=120@RU/present",
        """Vladivostok yard // VLADIVOSTOK - "We employ 120 North Korean welders and could use
        twice as many," the director of the Dalzavod repair yard, Sergei Malin, said in an
        interview.""",
    ),
    (
        "Q3",
        "before-sanctions-qatari-sites",
        "<3000@QA/present",
        """Qatar's building sites // DOHA - Before the 2017 sanctions, as many as 3,000 North
        Koreans worked on Qatari building sites, according to a former site manager. He said
        the last crews left in 2019.""",
    ),
    (
        "Q3",
        "nationals-working-vientiane",
        "~130@LA/present",
        """Lao hotel project // VIENTIANE - Some 130 DPRK nationals working on a hotel project
        near the Mekong riverfront have not been paid for three months, a Lao contractor
        said.""",
    ),
    (
        "Q3",
        "chain-soldiers-negative",
        "none",
        """Kursk front // KYIV - The North Korean soldiers arrived in the Kursk region in
        October. They wore Russian uniforms and carried Russian papers. Their commanders spoke
        no Russian. Ukrainian officials say about 1,000 of them have been killed.""",
    ),
    (
        "Q3",
        "each-of-the-brigades-negative",
        "none",
        """Brigades in Ulan-Ude // ULAN-UDE - North Korean construction workers in the city are
        organised in brigades, and each of the brigades has 20 to 25 men, a local foreman
        said.""",
    ),
    (
        "Q3",
        "paren-chinese-negative",
        "none",
        """Border trade // DANDONG - Chinese workers (about 3,000) at the new bridge customs zone
        will be joined by Chinese technicians next year, the Liaoning government said. North
        Korean traders also use the zone.""",
    ),
    (
        "Q3",
        "north-of-permits",
        ">5000@RU/present",
        """Primorye estimates // VLADIVOSTOK - Unofficial estimates put North Korean labourers in
        Primorye at north of 5,000, well above the 2,100 work permits on record, a regional
        deputy said.""",
    ),
    (
        "Q3",
        "tuva-upwards-their-number",
        ">600@RU/present",
        """Tuva mines // KYZYL - Mining firms in Tuva have quietly resumed hiring North Korean
        workers. Most of them live in camps near the pits. Local officials put their number
        at upwards of 600.""",
    ),
]

# Batch Q4, written blind after the Q3 fixes (13 articles, 17 expected figures, 17 scorer keys).
# First run: counts 1.00 / 0.94 (16 of 17, 0 spurious), count+destination 1.00 / 0.94,
# statuses 16 of 16; 12 of 13 articles right (the pronoun chain through "Their", "They" to
# "The North Korean women", its negative ending on "Chinese tour groups", "every one of the 14
# garment factories inspected had 30 to 80", a four-line region table, the baseline "up from
# 400", "upwards of" and "fewer than" in a retrospective, and the troop figures all held).
# Missed: "North Korean nationals working in Cambodia's restaurants (fewer than 100, according
# to the interior ministry)" (a verb placing the group between its noun and the place before
# the parenthesis). After the fix: 1.00 / 1.00 (17 of 17), statuses 17 of 17: the apposed
# total's noun may be followed by a verb that places it (the located verbs, every form).
BATCH_4: list[Article] = [
    (
        "Q4",
        "chain-feature-cannery",
        "~500@CN/present",
        """Hunchun cannery // HUNCHUN - The North Korean women on the crab line wear white caps
        and rubber aprons. Their shifts last twelve hours. They sleep in bunk rooms above the
        freezer hall and are not allowed out without a minder. A Chinese manager at the
        cannery estimates that close to 500 of them work across the city's seafood
        plants.""",
    ),
    (
        "Q4",
        "quote-left-once-hundreds",
        "~40@MN/present v2@MN/present",
        """Mongolian official on labour // ULAANBAATAR - "There are perhaps 40 of them left, all
        in one sewing workshop," a Mongolian labour official said of the North Korean workers
        who once numbered in the hundreds.""",
    ),
    (
        "Q4",
        "up-from-dubai",
        "~900@AE/present =400@AE/present",
        """Dubai towers // DUBAI - Around 900 North Korean construction workers are now in
        Dubai, up from 400 in 2023, a Western security source said.""",
    ),
    (
        "Q4",
        "total-then-each",
        "=650@CN/present",
        """Yanji garment sites // YANJI - A total of 650 North Korean seamstresses work at five
        garment plants in the city, roughly 130 at each, according to a local trade
        official.""",
    ),
    (
        "Q4",
        "range-to-and-between",
        "1800-2200@RU/present 2500-3000@RU/present",
        """Amur estimates // BLAGOVESHCHENSK - The regional migration office puts North Korean
        workers in the Amur region at 1,800 to 2,200; a local NGO says the true figure is
        between 2,500 and 3,000.""",
    ),
    (
        "Q4",
        "at-its-height-dandong",
        ">30000@CN/present <10000@CN/present",
        """Dandong then and now // DANDONG - At its height, in 2019, the city's North Korean
        workforce was estimated at upwards of 30,000. Officials now say fewer than 10,000
        remain.""",
    ),
    (
        "Q4",
        "paren-nationals-cambodia",
        "<100@KH/present",
        """Phnom Penh restaurants // PHNOM PENH - North Korean nationals working in Cambodia's
        restaurants (fewer than 100, according to the interior ministry) face deportation by
        the end of the year.""",
    ),
    (
        "Q4",
        "table-russian-regions",
        "=3200@RU/present =2100@RU/present =1500@RU/present =400@RU/present",
        """Table 1: North Korean labour in Russian regions (2025) || Primorsky Krai: 3,200 ||
        Khabarovsk Krai: 2,100 || Amur Oblast: 1,500 || Tuva: 400""",
    ),
    (
        "Q4",
        "report-titled-shenyang",
        "~500@CN/present",
        """Report: IT workers // A report titled 'Code for Kim', published by the Seoul-based
        Cyber Labour Watch on Wednesday, says about 500 North Korean IT workers are based in
        Shenyang.""",
    ),
    (
        "Q4",
        "none-left-last-12",
        "=12@MT/repatriated",
        """Malta's North Korean builders // VALLETTA - No North Korean workers are left in
        Malta, the government said. The last 12, employed by a construction firm in Qormi,
        flew home in 2018.""",
    ),
    (
        "Q4",
        "chain-tourists-negative",
        "none",
        """Pyongyang tourism // DANDONG - Chinese tour groups leave Dandong for Sinuiju every
        morning. They cross the bridge by bus. Their guides speak Mandarin and Korean. This
        month about 2,000 of them have made the trip, a travel agent said. North Korean workers
        in the city were not affected.""",
    ),
    (
        "Q4",
        "every-one-of-factories-negative",
        "none",
        """Garment factories in Dandong // DANDONG - Every one of the 14 garment factories
        inspected had 30 to 80 North Korean women on its lines, inspectors said.""",
    ),
    (
        "Q4",
        "troops-north-of-negative",
        "none",
        """Troop numbers // SEOUL - North Korea's troops in Russia now number north of 12,000,
        Seoul's spy agency said, up from 11,000 in December.""",
    ),
]

# Batch Q5, written blind after the Q4 fix (12 articles, 11 expected figures, 11 scorer keys; the
# commit said 12, a miscount). First run: counts 0.91 / 0.91 (10 of 11, 1 spurious),
# count+destination 0.91 / 0.91, statuses 10 of 10; 10 of 12 articles right (the Q4 fix held
# for "IT workers based in the Lao capital (no more than 50, a diplomat estimates)", the chain
# across a quote for the farmhands, "or roughly 120 altogether" after "about 40 men each").
# Missed: "North Korean women employed at the town's two fish plants (about 180 in all)"
# ("employed" is no located verb). Spurious: "Their union says about 700 of them have stopped
# work" two sentences after "Russian miners went on strike" (another nation's group named in
# an earlier sentence; before this branch too). After the fixes: 1.00 / 1.00 (11 of 11, 0
# spurious), statuses 11 of 11: participles of employment before the apposed total's place
# (cues ``apposed_total_participles``); a pronoun partitive's antecedent is another nation's
# when a demonym names the workers or people in the sentences it reaches back to, with no
# DPRK name there.
BATCH_5: list[Article] = [
    (
        "Q5",
        "paren-employed-at",
        "~180@RU/present",
        """Sakhalin fish // KHOLMSK, Sakhalin - North Korean women employed at the town's two
        fish plants (about 180 in all) live in a hostel by the harbour, the mayor's office
        said.""",
    ),
    (
        "Q5",
        "paren-based-in-it",
        "<50@LA/present",
        """IT crackdown // VIENTIANE - North Korean IT workers based in the Lao capital (no more
        than 50, a diplomat estimates) write code for gaming firms.""",
    ),
    (
        "Q5",
        "chain-feature-farmhands-quote",
        "~220@RU/present",
        """The cabbage brigade // USSURIYSK, Primorye - The North Korean farmhands come in April
        and leave in November. They plant, weed and harvest on land leased by a
        Chinese-Russian agribusiness. "Their work is good, and they do not drink," says the
        farm manager, Anna Kim. Their camp of converted shipping containers stands at the edge
        of the fields. This season there are about 220 of them, she says.""",
    ),
    (
        "Q5",
        "twice-as-many-as-in",
        "~1000@RU/present",
        """Ulan-Ude builders // ULAN-UDE - Building firms in Buryatia now use roughly 1,000 North
        Korean builders, about twice as many as in 2022, the republic's construction ministry
        said.""",
    ),
    (
        "Q5",
        "crews-each-altogether",
        "~120@RU/present",
        """Khabarovsk bridge // KHABAROVSK - The contractor has three North Korean crews on the
        new bridge approach, about 40 men each, or roughly 120 altogether.""",
    ),
    (
        "Q5",
        "just-over-quote-kuwait",
        ">200@KW/present",
        """Kuwait labour // KUWAIT CITY - "We still have just over 200 North Korean workers on
        government projects," a Kuwaiti official told the paper.""",
    ),
    (
        "Q5",
        "semicolon-cities-table",
        "~300@CN/present ~250@CN/present ~40@LA/present",
        """Where they are // North Korean restaurant workers, by city (2024): Shenyang, about
        300; Dandong, about 250; Vientiane, about 40.""",
    ),
    (
        "Q5",
        "anywhere-from-to",
        "300-500@LA/present",
        """Estimates for Laos // VIENTIANE - Diplomats say anywhere from 300 to 500 North Korean
        workers remain in Laos.""",
    ),
    (
        "Q5",
        "once-employed-none-now",
        "~80@PL/present",
        """Gdynia shipyard // GDYNIA - The shipyard once employed some 80 North Korean welders;
        today it employs none, its spokesman said.""",
    ),
    (
        "Q5",
        "home-paren-negative",
        "none",
        """Pyongyang construction // PYONGYANG - Workers from across North Korea (some 20,000 in
        all) are building a new district in the capital, state media said.""",
    ),
    (
        "Q5",
        "chain-russian-miners-negative",
        "none",
        """Dalnegorsk mine // DALNEGORSK, Primorye - Russian miners went on strike at the
        Dalnegorsk lead mine on Monday. They say their wages have not been paid since spring.
        Their union says about 700 of them have stopped work. The mine once employed North
        Korean workers.""",
    ),
    (
        "Q5",
        "each-of-restaurants-negative",
        "none",
        """Restaurants // Each of the North Korean restaurants in Vladivostok employs 15 to 20
        waitresses, a city official said.""",
    ),
]

# Batch Q6, written blind after the Q5 fixes (12 articles, 12 expected figures, 12 scorer keys).
# First run: counts 1.00 / 0.92 (11 of 12, 0 spurious), count+destination 1.00 / 0.92,
# statuses 10 of 11; 10 of 12 articles right (parentheses after each country, "a combined 140
# ... roughly 70 at each", "Close to 600", a quote's range, a chain ending on "Filipino
# welders", soldiers in a parenthesis, "Each of the dormitories ... houses 60" held). Missed:
# "he employs about 75 of them" after "The North Korean woodworkers" (no worker noun for the
# compound "woodworkers"). Status off: "some 1,100 women sent by North Korean state trading
# firms work on their lines" (dispatched: the participle naming the sender, as genres7 P2).
# After the fix: 1.00 / 1.00 (12 of 12), statuses 11 of 12: the compounds in "-worker" and
# "sawyer" as worker roots. Left as a strict xfail: the status.
BATCH_6: list[Article] = [
    (
        "Q6",
        "chain-feature-woodworkers",
        "~75@RU/present",
        """Sawmill town // LESOZAVODSK, Primorye - The North Korean woodworkers work in pairs,
        feeding logs into a band saw that screams all day. They eat together in a canteen
        behind the drying sheds. Their foreman, a former army sergeant, keeps a ledger of every
        hour worked. The mill's owner told the local paper that he employs about 75 of
        them.""",
    ),
    (
        "Q6",
        "official-quote-up-to",
        "<150@RU/present",
        """Tuva official // KYZYL - "At the moment we have up to 150 North Korean builders in the
        republic," Tuva's deputy prime minister said on local radio.""",
    ),
    (
        "Q6",
        "paren-after-each-country",
        "~400@LA/present ~100@KH/present <50@VN/present",
        """Southeast Asia // BANGKOK - North Korean workers remain in Laos (about 400),
        Cambodia (about 100) and Vietnam (fewer than 50), a regional NGO said.""",
    ),
    (
        "Q6",
        "combined-then-each",
        "=140@PL/present",
        """Shipyards // GDANSK - Two shipyards in the city employed a combined 140 North Korean
        welders in 2015, roughly 70 at each, a labour inspectorate report found.""",
    ),
    (
        "Q6",
        "close-to-nearly-double",
        "~600@RU/present",
        """Primorye greenhouses // USSURIYSK - Close to 600 North Korean farm workers tend
        greenhouses around the city this year, nearly double last year's number, officials
        said.""",
    ),
    (
        "Q6",
        "number-stood-dropped-to-dozens",
        "~6000@KW/present v1@KW/present",
        """Kuwait // KUWAIT CITY - In 2016, the number of North Koreans working in Kuwait stood
        at roughly 6,000, according to a UN panel. By 2020 it had dropped to a few dozen.""",
    ),
    (
        "Q6",
        "sent-by-trading-firms",
        "~1100@CN/present",
        """Shenyang seafood // SHENYANG - The city's seafood processors rely on Pyongyang-supplied
        labour: some 1,100 women sent by North Korean state trading firms work on their lines,
        a Chinese broker said.""",
    ),
    (
        "Q6",
        "none-since-at-their-peak",
        "~500@PL/present",
        """Poland // WARSAW - No North Korean workers have been employed in Poland since 2019,
        the labour inspectorate said. At their peak in 2015, about 500 worked in shipyards and
        farms.""",
    ),
    (
        "Q6",
        "between-quote-dubai",
        "200-300@AE/present",
        """Dubai // DUBAI - "Between 200 and 300 North Koreans are still here, working for small
        contractors," a South Asian foreman told the paper.""",
    ),
    (
        "Q6",
        "chain-filipino-negative",
        "none",
        """Dubai crews // DUBAI - Filipino welders make up most of the crew at the Marina site.
        They work twelve-hour shifts. Their employer says it has about 400 of them. North
        Korean crews left the site in 2018.""",
    ),
    (
        "Q6",
        "paren-soldiers-home-negative",
        "none",
        """Flood repairs // North Korean construction brigades (some 3,000 soldiers) are
        rebuilding flood-hit Sinuiju, state media said.""",
    ),
    (
        "Q6",
        "each-dormitory-negative",
        "none",
        """Vladivostok site // Each of the dormitories at the Vladivostok site houses 60 North
        Korean workers, a visitor said.""",
    ),
]

ARTICLES: list[Article] = BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "Q1-pyongyangs-labourers-dubai": "destination: \"Pyongyang's labourers in the emirate "
    'number around 1,000, a Gulf diplomat said" reads M49:145 from the source\'s "Gulf" (the '
    "dateline's Dubai and 'the emirate' give AE)",
    "Q2-minister-quote-now-and-next": 'relevance: "Right now there are roughly 450 North '
    'Koreans on our farms, and next spring we expect another 200," the minister told '
    "reporters: no labour term (farms, North Koreans), so the story is gated out",
    "Q2-report-title-it-workers": "destination: 'and a further 300 from Vladivostok' after "
    "'operate from Shenyang and Dandong' reads CN ('from' after the figure taken as an "
    "origin; the verb 'operate from' is elided)",
}
KNOWN_DETAILS: dict[str, str] = {
    "Q6-sent-by-trading-firms": "status: 'some 1,100 women sent by North Korean state trading "
    "firms work on their lines' reads dispatched (a participle naming the sender, as genres7 "
    "P2-factory-relative-clause)",
    "Q1-negated-presence-last-left": "status: 'The last 90 left on a train to Pyongyang ..., "
    "down from about 1,200 in 2016' reads the baseline repatriated (the status of the flow "
    "compared; debatable: 'the last 90' are a remnant, so 1,200 is a stock)",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
