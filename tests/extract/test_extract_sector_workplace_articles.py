"""Sector and status of worker figures in longer articles where the sector must be inferred
the way reporting states it: by the workplace ("at a timber camp", "on apartment blocks"),
the employer, the product, a sector named a sentence or two before for the same group, a
sector that belongs to another group of the same sentence (a trap), mixed or vague work, and
military against civilian building. Statuses vary the same way: plans, arrivals, presence,
returns, reported speech, conditionals, past perfect, negation.

Written for these tests in blind batches: each batch's expected table (count, destinations,
status, sector) was committed before the extractor was run on it. People, firms, outlets
and figures are invented.

Each figure is ``(value, destinations, status, sector)``: the value is its high bound, else
its low one. The tests judge status and sector of the figures the count stage finds (as the
scorer does); the destinations are recorded for the whole claim.
"""

from __future__ import annotations

import pytest

from laborwatch.extract.pipeline import Extractor

from .tables import figure_rows, figures_by_value

Figure = tuple[float, list[str], str, str | None]


def figures(en: Extractor, text: str) -> dict[float, tuple[list[str], str | None, str | None]]:
    """Destinations, status and sector of each worker figure of an article, by value."""
    return figures_by_value(en, text, "2025-11")


# --- batch 1: workplaces, employers, products, traps ------------------------------------
BATCH1: list[tuple[str, list[Figure]]] = [
    (
        "Timber camps in Russia's Amur region fall quiet // BLAGOVESHCHENSK - At a timber "
        "camp two hours north of Tynda, the chainsaws have stopped. The camp, run by a Russian "
        "lumber company on land leased from the regional forestry agency, once housed about "
        "240 North Korean workers. Only 35 remain, according to Oleg Varnakov, a foreman who "
        "has worked there since 2011. 'Most of them were sent home in October after their "
        "contracts ended,' he said. 'The rest are due to leave before the river freezes.' "
        "Regional officials said the camp was one of nine in the district that had employed "
        "North Koreans. Across the Amur region, about 1,100 North Koreans were registered as "
        "working in 2024, most of them in construction and logging, according to a migration "
        "office report seen by this outlet. Varnakov said a new group of 60 had been promised "
        "for the spring, but he doubted they would come.",
        [
            (240, ["RU"], "present", "logging"),
            (35, ["RU"], "present", "logging"),
            (1100, ["RU"], "present", None),
            (60, ["RU"], "planned", "logging"),
        ],
    ),
    (
        "VLADIVOSTOK - North Korean crews have become a familiar sight on the apartment blocks "
        "going up along the city's northern bays. A site manager at one project, who asked "
        "not to be named, said around 180 North Koreans were plastering walls and laying "
        "tiles in two 25-storey towers, working twelve-hour shifts seven days a week. The "
        "developer, Primstroi-Invest, also owns a sawmill outside the city. While Uzbek "
        "migrants run the sawmill, about 90 North Koreans handle the interior finishing of "
        "its office tower in the city centre, the manager said. He said 50 more North Korean "
        "workers were expected after the Lunar New Year, once the company's quota was "
        "approved. The regional migration department counted 2,300 North Koreans living in "
        "Primorsky Krai on work and student visas at the start of the year.",
        [
            (180, ["RU"], "present", "construction"),
            (90, ["RU"], "present", "construction"),
            (50, ["RU"], "planned", "construction"),
            (2300, ["RU"], "present", None),
        ],
    ),
    (
        "DANDONG, China - Business along the Yalu has picked up again. Around 1,200 North "
        "Korean women work at seafood processing plants in Donggang, a port city south of "
        "Dandong, peeling shrimp and packing clams for export to Japan and Europe, traders "
        "say. Another 700 sew jackets and trousers for a Chinese contractor in Dandong itself. "
        "Last month about 150 North Korean women from one Donggang plant were put on a bus "
        "back to Sinuiju after a fire destroyed its cold store, a trader named Liu said. A "
        "further 400 women are waiting in Sinuiju for their visas to replace them, he added.",
        [
            (1200, ["CN"], "present", "fishing"),
            (700, ["CN"], "present", "manufacturing"),
            (150, ["CN"], "repatriated", "fishing"),
            (400, ["CN"], "recruiting", "fishing"),
        ],
    ),
    (
        "North Korean medical teams quietly stay on in Africa // About 70 North Korean "
        "doctors and nurses are still practising in hospitals in Guinea and Equatorial Guinea, "
        "according to Hanna Okafor, a researcher at a Lagos-based policy institute. The health "
        "ministry of Equatorial Guinea denied that any North Koreans had been hired since "
        "2017. In Angola, authorities said 25 North Korean medics had been deported in 2022 "
        "for working without licences. A diplomat in Kampala said Pyongyang hoped to send "
        "another 40 to Uganda if a new cooperation agreement is signed next year.",
        [
            (70, ["GN", "GQ"], "present", "medical"),
            (25, ["AO"], "repatriated", "medical"),
            (40, ["UG"], "planned", "medical"),
        ],
    ),
    (
        "A report by the Seoul-based group Open Labour Watch says around 300 North Korean "
        "crewmen have been working on Russian fishing vessels operating out of Nakhodka since "
        "2022, often on six-month voyages without shore leave. Some 150 North Koreans also "
        "take contracts in IT outsourcing from the Chinese city of Yanji, writing apps for "
        "clients who believe they are Chinese, the report says. In total, the group estimates "
        "that about 4,000 North Koreans are employed in various industries in the Russian Far "
        "East, from odd jobs in markets to work in greenhouses.",
        [
            (300, ["RU"], "present", "fishing"),
            (150, ["CN"], "present", "it"),
            (4000, ["RU"], "present", None),
        ],
    ),
    (
        "KYIV - About 1,000 North Korean military engineers are building fortifications in "
        "Russia's Kursk region, Ukrainian military intelligence said on Friday. Separately, "
        "some 5,000 North Korean labourers are to arrive in Russia this year to rebuild "
        "housing in the Kursk region, a Russian deputy minister told state media. Around 2,000 "
        "have already arrived and are clearing rubble in Sudzha, he said.",
        [
            (5000, ["RU"], "planned", "construction"),
            (2000, ["RU"], "dispatched", "construction"),
        ],
    ),
    (
        "ULAANBAATAR - At a coal mine in Mongolia's Omnogovi province, about 120 North Koreans "
        "have been working since 2019, hired through a Chinese contractor, local officials "
        "said. Mongolia had hosted about 1,200 North Korean workers in 2017, at a cashmere "
        "factory and several textile mills in the capital, before it began sending them home "
        "under UN sanctions. Officials said the miners would not be repatriated until their "
        "contractor finds replacements.",
        [
            (120, ["MN"], "present", "mining"),
            (1200, ["MN"], "present", "manufacturing"),
        ],
    ),
]

# --- batch 2: employers, products, earlier sentences, traps, due to leave -----------------
BATCH2: list[tuple[str, list[Figure]]] = [
    (
        "KHABAROVSK - A Russian agricultural holding that grows soybeans and raises pigs in "
        "the Jewish Autonomous Region has signed a contract to bring in 320 North Korean "
        "workers next season, the regional labour committee said on Wednesday. The company "
        "already employs 140 North Koreans, who arrived last April on one-year permits. "
        "According to a former interpreter for the firm, the men are not allowed to leave the "
        "compound and are paid once a year, after the harvest.",
        [
            (320, ["RU"], "planned", "agriculture"),
            (140, ["RU"], "present", "agriculture"),
        ],
    ),
    (
        "In the taiga north of Khabarovsk, about 400 North Koreans fell larch and pine for a "
        "Chinese-owned company that ships the logs across the Amur, a Russian environmental "
        "group said in a report published on Monday. The group said the workers had been "
        "sent by a trading arm of the North Korean forestry ministry. Russian contractors "
        "haul the timber to the river, while about 600 other North Koreans build the access "
        "roads and bridges that the lorries use, the report said.",
        [
            (400, ["RU"], "present", "logging"),
            (600, ["RU"], "present", "construction"),
        ],
    ),
    (
        "KUWAIT CITY - Pyongyang's Namgang Construction Company has been active in Kuwait for "
        "two decades. Its workers built villas, schools and part of a football stadium. At its "
        "peak the company had about 2,000 North Koreans in the country. Today fewer than 300 "
        "remain, a Kuwaiti labour official told this newspaper, and most of them will leave "
        "when their contracts end in the summer.",
        [
            (2000, ["KW"], "present", "construction"),
            (300, ["KW"], "present", "construction"),
        ],
    ),
    (
        "KYZYL, Russia - The North Koreans in Tuva do a bit of everything. Some lay bricks, "
        "others harvest potatoes or unload coal wagons at the railway station. Local officials "
        "put their number at about 450. Another 200 North Koreans work in construction and "
        "road repair in neighbouring Khakassia, according to the regional interior ministry.",
        [
            (450, ["RU"], "present", None),
            (200, ["RU"], "present", "construction"),
        ],
    ),
    (
        "MOSCOW - North Korea will send about 5,000 civilian workers to help rebuild "
        "infrastructure in Russia's Kursk region, Russian Security Council secretary said "
        "after talks in Pyongyang. The workers will restore power lines, schools and housing "
        "damaged during last year's fighting, he said. Several hundred North Korean deminers "
        "are already clearing mines in the region.",
        [(5000, ["RU"], "planned", "construction")],
    ),
    (
        "KUWAIT CITY - Kuwait's interior ministry said 85 North Korean construction workers "
        "whose residence permits expired in March are due to leave the country by the end of "
        "the month. Another 60 had already been repatriated in January. A group of 30 "
        "tile-layers hired by a local contractor in December have not yet arrived, because "
        "their visas were cancelled, the ministry said.",
        [
            (85, ["KW"], "present", "construction"),
            (60, ["KW"], "repatriated", "construction"),
            (30, ["KW"], "planned", "construction"),
        ],
    ),
    (
        "NAKHODKA, Russia - Around 45 North Koreans have been repairing hulls at a dry dock in "
        "Nakhodka since 2021, port records show. The dock's owner said he would hire 20 more "
        "if Moscow raised the regional quota. Across town, a North Korean-run eatery chain "
        "employs about 35 waitresses and cooks from Pyongyang.",
        [
            (45, ["RU"], "present", "shipbuilding"),
            (20, ["RU"], "planned", "shipbuilding"),
            (35, ["RU"], "present", "hospitality"),
        ],
    ),
    (
        "DALIAN, China - A Chinese IT outsourcing firm in Dalian quietly employed 18 North "
        "Korean software developers for three years, presenting them to clients as ethnic "
        "Korean Chinese, a U.S. indictment unsealed on Thursday alleges. The developers were "
        "ordered back to Pyongyang in 2023, when the firm came under scrutiny. Prosecutors say "
        "that about 1,000 other North Korean IT workers are still active in China.",
        [
            (18, ["CN"], "present", "it"),
            (1000, ["CN"], "present", "it"),
        ],
    ),
]

# --- batch 3: products, employers two sentences back, traps, negated promises -----------
BATCH3: list[tuple[str, list[Figure]]] = [
    (
        "DONGGANG, China - A Chinese aquatic products company in Donggang has taken on 260 "
        "North Korean women to fillet and freeze pollock, according to a person familiar with "
        "its hiring. The women crossed the Yalu in two groups in August and September. A "
        "second company nearby is expected to receive 180 more in the new year, the person "
        "said. Most of the women had previously worked at a cannery in Sinuiju.",
        [
            (260, ["CN"], "dispatched", "fishing"),
            (180, ["CN"], "planned", "fishing"),
        ],
    ),
    (
        "SZCZECIN, Poland - The shipyard on the Oder has struggled to find welders since the "
        "2010s. In 2014 its main subcontractor turned to a broker in Pyongyang. Some 40 North "
        "Koreans arrived that autumn, prosecutors later said, and at least 25 were still there "
        "when labour inspectors raided the yard in 2017.",
        [
            (40, ["PL"], "dispatched", "shipbuilding"),
            (25, ["PL"], "present", "shipbuilding"),
        ],
    ),
    (
        "ERDENET, Mongolia - A Chinese-run copper mine in northern Mongolia employs about 900 "
        "Mongolian miners. Its 70 North Korean workers, however, do not go underground. They "
        "pour concrete for a new ore-processing plant and lay pipes for the mine's water "
        "supply, a company engineer said.",
        [(70, ["MN"], "present", "construction")],
    ),
    (
        "DAR ES SALAAM - Tanzania said on Tuesday that none of the 30 North Korean doctors it "
        "had been promised under a 2019 health agreement had arrived. Separately, a North "
        "Korean construction worker injured in a fall in Dodoma was taken to hospital, police "
        "said. About 150 North Korean builders are employed on government housing projects in "
        "the capital, officials estimate.",
        [
            (30, ["TZ"], "planned", "medical"),
            (150, ["TZ"], "present", "construction"),
        ],
    ),
    (
        "HUNCHUN, China - In a grey factory compound on the edge of Hunchun, about 350 North "
        "Korean women stitch football boots and running shoes for a Chinese sportswear brand. "
        "The workers have been there since 2018, a supervisor said. The company wants to bring "
        "in another 150, but local officials have not approved the request. In 2020 roughly "
        "100 women from the same compound were sent home after a row over unpaid wages.",
        [
            (350, ["CN"], "present", "manufacturing"),
            (150, ["CN"], "planned", "manufacturing"),
            (100, ["CN"], "repatriated", "manufacturing"),
        ],
    ),
    (
        "VLADIVOSTOK - Russia's Far East development ministry says about 9,000 North Koreans "
        "entered the region last year on study and tourist visas, many of them to do odd jobs "
        "on building sites and in markets. Officials said Pyongyang would send up to 1,000 "
        "more workers to Sakhalin if the island's fish processors could guarantee housing.",
        [
            (9000, ["RU"], "dispatched", None),
            (1000, ["RU"], "planned", "fishing"),
        ],
    ),
    (
        "SEOUL - South Korea's spy agency said on Thursday that North Korea had sent 1,000 "
        "military construction troops to Russia's Kursk region to rebuild roads and bridges, "
        "in addition to about 2,000 labourers who had arrived in Russia earlier in the year to "
        "work at construction sites and textile factories. The agency said another 3,000 North "
        "Koreans were being trained in Pyongyang for jobs at Russian shipyards.",
        [
            (2000, ["RU"], "dispatched", None),
            (3000, ["RU"], "recruiting", "shipbuilding"),
        ],
    ),
]

# --- batch 4: headlines, vessels built, lodging, venues, bases, forests -----------------
# (Later: "forest" as a logging cue, added for test_extract_sector_genres2.py, makes w4-07's
# "cut wood in the forests" relevant; its two figures pass.)
BATCH4: list[tuple[str, list[Figure]]] = [
    (
        "North Korean loggers head home from Russia's taiga // KHASAN, Russia - About 300 "
        "North Korean workers crossed back into North Korea over the Friendship Bridge on "
        "Monday, Russian border guards said. Another 200 are due to follow by the end of the "
        "month, they said.",
        [
            (300, ["RU"], "repatriated", "logging"),
            (200, ["RU"], "present", "logging"),
        ],
    ),
    (
        "VLADIVOSTOK - At a yard on the Amur Bay, some 110 North Korean welders and fitters are "
        "building two trawlers for a Sakhalin fishing company, the yard's owner said. Another "
        "150 North Korean builders, housed in a former hotel next to the yard, are renovating "
        "the city's children's hospital.",
        [
            (110, ["RU"], "present", "shipbuilding"),
            (150, ["RU"], "present", "construction"),
        ],
    ),
    (
        "VIENTIANE - Behind the tinted windows of the Pyongyang Okryu-gwan in central "
        "Vientiane, 16 young North Korean women sing for diners every night and serve cold "
        "noodles and grilled clams. A manager said the women had arrived in March on "
        "three-year contracts. A similar venue in Luang Prabang closed last year, and its 12 "
        "staff were flown back to Pyongyang, he said.",
        [
            (16, ["LA"], "present", "hospitality"),
            (12, ["LA"], "repatriated", "hospitality"),
        ],
    ),
    (
        "ABUJA - About 20 North Koreans practise Koryo medicine in the Nigerian capital, "
        "treating patients with needles and herbs at two private practices, a Nigerian health "
        "official said. In Lagos, meanwhile, investigators found that 14 North Koreans had "
        "been taking freelance web design and coding jobs from a rented house.",
        [
            (20, ["NG"], "present", "medical"),
            (14, ["NG"], "present", "it"),
        ],
    ),
    (
        "ULAN-UDE, Russia - Buryatia's government said on Wednesday it could take in up to "
        "2,000 North Korean workers next year for construction, logging and farm work, if "
        "federal quotas allow. About 600 North Koreans already work in the republic, most of "
        "them in greenhouses on the outskirts of Ulan-Ude.",
        [
            (2000, ["RU"], "planned", None),
            (600, ["RU"], "present", "agriculture"),
        ],
    ),
    (
        "KYIV - Ukraine's military intelligence says some 1,500 North Korean workers are "
        "building barracks and depots for a Russian army base in Russia's Belgorod region. The "
        "workers, who arrived in June, are housed in tents on the base. Ukraine says North "
        "Korean troops are not involved in the work.",
        [(1500, ["RU"], "present", "construction")],
    ),
    (
        "TASHKENT - Uzbek officials said 45 North Korean seamstresses who had worked at a "
        "textile plant near Tashkent since 2016 never returned home after their contracts "
        "ended in 2020, and were found last month at a sewing workshop in Samarkand. Another "
        "30 North Koreans employed at the plant had been repatriated in 2019, they said.",
        [
            (45, ["UZ"], "present", "manufacturing"),
            (30, ["UZ"], "repatriated", "manufacturing"),
        ],
    ),
    (
        "KHABAROVSK - Around 700 North Koreans cut wood in the forests north of Khabarovsk "
        "for a North Korean state trading company, according to a regional prosecutor. Their "
        "number has halved since 2019, he said, when about 1,400 were there.",
        [
            (700, ["RU"], "present", "logging"),
            (1400, ["RU"], "present", "logging"),
        ],
    ),
]

# --- batch 5: pronouns, employers with two trades, traps of contrast, stranded groups ----
BATCH5: list[tuple[str, list[Figure]]] = [
    (
        "KUWAIT CITY - North Korean doctors and nurses have worked in Kuwait's state hospitals "
        "since the 1990s. They now number about 60, down from 180 a decade ago, a health "
        "ministry official said on Sunday. The ministry does not plan to renew their "
        "contracts, he added.",
        [
            (60, ["KW"], "present", "medical"),
            (180, ["KW"], "present", "medical"),
        ],
    ),
    (
        "NAKHODKA, Russia - The 40 North Koreans were recruited by a Primorye company that also "
        "runs fishing boats, but they work as maids and kitchen staff in its hotel by the "
        "port, according to a migration officer. Their contracts were extended last month.",
        [(40, ["RU"], "present", "hospitality")],
    ),
    (
        "TYNDA, Russia - Unlike the Russian loggers who cut timber in the hills nearby, the 120 "
        "North Koreans at the Urkan camp grow cabbages and potatoes for the camp canteen, a "
        "visiting reporter found. A further 50 are expected in spring, the camp's director "
        "said.",
        [
            (120, ["RU"], "present", "agriculture"),
            (50, ["RU"], "planned", "agriculture"),
        ],
    ),
    (
        "SEOUL - A group of 25 North Korean software engineers left Pyongyang for Vladivostok "
        "last week, where they will work for a Russian app developer, a source told the "
        "outlet. About 10 others who had worked at a software house in Shenyang returned home "
        "in August.",
        [
            (25, ["RU"], "dispatched", "it"),
            (10, ["CN"], "repatriated", "it"),
        ],
    ),
    (
        "VLADIVOSTOK - Roughly 400 North Korean workers have been stuck in Vladivostok since "
        "flights to Pyongyang were cancelled in October, according to a consular source. Most "
        "had finished contracts on building sites and at fish plants around Primorye. Another "
        "1,200 North Koreans hold valid permits and are still working, the source said.",
        [
            (400, ["RU"], "present", None),
            (1200, ["RU"], "present", None),
        ],
    ),
    (
        "ULAANBAATAR - Mongolia's labour ministry said in 2019 that 1,200 North Korean workers "
        "who had worked at cashmere mills and on road projects across the country had been "
        "sent home under UN sanctions.",
        [(1200, ["MN"], "repatriated", None)],
    ),
    (
        "GDYNIA, Poland - Polish prosecutors say a Gdynia subcontractor employed 30 North "
        "Koreans between 2012 and 2015 to weld the steel sections of fishing vessels and "
        "tugboats. The men worked up to 12 hours a day, the indictment says. A second group "
        "of 20, hired by the same subcontractor in 2016, never arrived after Poland stopped "
        "issuing work permits.",
        [
            (30, ["PL"], "present", "shipbuilding"),
            (20, ["PL"], "planned", "shipbuilding"),
        ],
    ),
]

# --- batch 6: longer features, several groups, employers' other trades -----------------
BATCH6: list[tuple[str, list[Figure]]] = [
    (
        "VLADIVOSTOK, Nov. 12 - When the developer Vostok-Stroi needed to finish three "
        "apartment towers on Russky Island before winter, it did not look to Central Asia. 'We "
        "called Pyongyang,' said its deputy director, Irina Samsonova, who declined to give "
        "the value of the contract. About 220 North Korean workers now sleep in converted "
        "shipping containers at the edge of the site and work in two shifts, pouring floors "
        "and fitting windows.\n\nTheir arrival is part of a broader return. Russia's interior "
        "ministry recorded 13,200 entries by North Korean citizens in the first nine months of "
        "the year, more than four times the figure for the same period of 2023, though it did "
        "not say how many came to work.\n\nSamsonova said the company had asked for "
        "permission to bring in 150 more North Koreans in March to fit out the interiors. A "
        "smaller contractor on the island, which builds piers for fishing boats, employs about "
        "40 North Koreans, she added.\n\nNot everyone stays. In September, 18 of the "
        "company's North Korean workers were sent home after one of them was injured, "
        "Samsonova said. 'They were replaced within a month.'",
        [
            (220, ["RU"], "present", "construction"),
            (150, ["RU"], "planned", "construction"),
            (40, ["RU"], "present", "construction"),
            (18, ["RU"], "repatriated", "construction"),
        ],
    ),
    (
        "DONGGANG, China - The industrial zone on the southern edge of Donggang exports frozen "
        "scallops, dried shrimp and canned crab to Japan and South Korea. Chinese workers "
        "drive the forklifts and run the freezers; the peeling, sorting and packing is done by "
        "North Korean women. A manager at one plant said it employs 320 of them, housed in a "
        "five-storey dormitory inside the compound. Local traders estimate that the zone's "
        "plants together employ close to 3,000 North Koreans.\n\nThe manager said another 100 "
        "women were being screened in Sinuiju and could arrive before the Lunar New Year, 'if "
        "the paperwork goes through.' A separate garment company across the road, which makes "
        "ski jackets for European brands, sent its 60 North Korean seamstresses back in the "
        "summer after an inspection, he said.",
        [
            (320, ["CN"], "present", "fishing"),
            (3000, ["CN"], "present", "fishing"),
            (100, ["CN"], "recruiting", "fishing"),
            (60, ["CN"], "repatriated", "manufacturing"),
        ],
    ),
    (
        "KINSHASA - Congolese officials have denied that North Koreans work at the country's "
        "mines. But a report by the UN Panel of Experts, seen by this outlet, says at least 40 "
        "North Korean technicians were employed at a gold processing site in South Kivu "
        "province until 2023. The Panel also found that a North Korean company, Mansudae "
        "Overseas Projects, had built statues and a presidential palace in several African "
        "capitals, using several hundred North Korean workers over two decades. In Equatorial "
        "Guinea, some 150 North Korean builders were still at work on a stadium complex as of "
        "last year, the report says.",
        [
            (40, ["CD"], "present", "mining"),
            (999, ["M49:002"], "present", "construction"),
            (150, ["GQ"], "present", "construction"),
        ],
    ),
    (
        "WASHINGTON - The U.S. Justice Department said on Tuesday that about 300 North Korean "
        "IT workers had used stolen identities to land remote jobs at American companies, "
        "including a defence contractor and a hospital chain, while physically working from "
        "China and Russia. Prosecutors said the workers would be charged in absentia. Officials "
        "added that North Korea planned to deploy a further 1,000 programmers to Southeast "
        "Asia next year, mostly to Laos and Cambodia.",
        [
            (300, ["CN", "RU"], "present", "it"),
            (1000, ["M49:035"], "planned", "it"),
        ],
    ),
    (
        "KRASNODAR, Russia - On a sprawling agricultural estate outside Krasnodar, about 90 "
        "North Koreans have been working since March, planting onions and carrots and driving "
        "tractors. Their employer, a Moscow-based holding that also owns a chain of "
        "supermarkets, said the workers were due to leave in November but had their contracts "
        "extended for another season. A holding spokesman said that if the harvest was good, "
        "it would apply for 60 more next year.",
        [
            (90, ["RU"], "present", "agriculture"),
            (60, ["RU"], "planned", "agriculture"),
        ],
    ),
    (
        "DOHA - Qatar said in 2019 it had sent home all but a handful of the roughly 2,500 "
        "North Korean workers who had helped build stadiums and hotels ahead of the World Cup. "
        "But a labour rights group says it found about 70 North Koreans still working at a "
        "private villa complex on the outskirts of Doha last spring, living in a former hotel "
        "near the site. Qatari officials said the workers held no valid permits and would be "
        "deported.",
        [
            (2500, ["QA"], "repatriated", "construction"),
            (70, ["QA"], "present", "construction"),
        ],
    ),
]

# --- batch 7: later sentences, former and new workplaces, possessives, raids ------------
BATCH7: list[tuple[str, list[Figure]]] = [
    (
        "BLAGOVESHCHENSK, Russia - About 500 North Koreans arrived in Blagoveshchensk by bus "
        "from the border crossing at Khasan last month, regional migration officials said. "
        "They will work at sawmills and timber yards along the Amur for at least two years. "
        "The officials said a further 300 were being prepared in North Korea and could come "
        "in the spring. Some of the new arrivals had previously worked on building sites in "
        "Moscow, the officials said, and were transferred to the Far East when their "
        "contracts there ended.",
        [
            (500, ["RU"], "dispatched", "logging"),
            (300, ["RU"], "recruiting", "logging"),
        ],
    ),
    (
        "PHNOM PENH - Cambodian police raided a North Korean-run restaurant in Siem Reap on "
        "Friday and detained its manager. About a dozen waitresses were found on the "
        "premises; all were later put on a flight to Pyongyang via Beijing. Another North "
        "Korean eatery in the capital closed last year after its 20 staff returned home, a "
        "tourism official said. Two other restaurants still operate in Phnom Penh, employing "
        "about 30 North Korean women between them.",
        [
            (12, ["KH"], "repatriated", "hospitality"),
            (20, ["KH"], "repatriated", "hospitality"),
            (30, ["KH"], "present", "hospitality"),
        ],
    ),
    (
        "MOSCOW - A Moscow court has fined a construction firm for employing 27 North Koreans "
        "without permits at a residential complex in the city's south. The men, who told "
        "investigators they had arrived on student visas in 2023, are now held in a "
        "deportation centre and will be sent back to Pyongyang, the court said. Rights groups "
        "estimate that several thousand North Koreans are working in the Moscow region, mostly "
        "in construction and renovation.",
        [
            (27, ["RU"], "present", "construction"),
            (9999, ["RU"], "present", "construction"),
        ],
    ),
    (
        "SHENYANG, China - Some 40 North Korean women who used to sew clothing at a garment "
        "factory in Dandong are now working as waitresses at a North Korean restaurant in "
        "Shenyang, a source said. The factory closed in July. Its remaining 150 workers were "
        "sent back across the border in August, the source added.",
        [
            (40, ["CN"], "present", "hospitality"),
            (150, ["CN"], "repatriated", "manufacturing"),
        ],
    ),
    (
        "VLADIVOSTOK - Russian authorities have moved about 200 North Korean workers from "
        "construction sites in Vladivostok to vegetable farms in the Khasan district, where a "
        "shortage of hands threatened the harvest, the regional agriculture department said. "
        "The department said another 100 North Koreans had been requested from Pyongyang for "
        "the farms and were expected next month.",
        [
            (200, ["RU"], "dispatched", "agriculture"),
            (100, ["RU"], "planned", "agriculture"),
        ],
    ),
    (
        "LUANDA - The Angolan government said on Monday that none of the North Koreans who had "
        "worked at a diamond mine in Lunda Norte remain in the country. At its peak, in 2016, "
        "the mine employed some 180 North Koreans, according to a former manager. About 60 "
        "North Korean doctors, by contrast, were still serving in provincial hospitals as of "
        "last year, a health ministry official said, and would stay until their contracts "
        "expire.",
        [
            (180, ["AO"], "present", "mining"),
            (60, ["AO"], "present", "medical"),
        ],
    ),
]

# --- batch 8: job titles in other trades, stayed-on groups, shelved plans, ranges ------
BATCH8: list[tuple[str, list[Figure]]] = [
    (
        "KAZAN, Russia - About 60 North Korean welders are working on the steel frame of a new "
        "shopping centre on the edge of Kazan, the city's building inspectorate said on "
        "Thursday. The inspectorate said the workers had entered Russia on student visas last "
        "spring. A further 40 are due in January to install the glass facade.",
        [
            (60, ["RU"], "present", "construction"),
            (40, ["RU"], "planned", "construction"),
        ],
    ),
    (
        "SEOUL - Some 200 North Korean workers who were supposed to return home from Russia's "
        "Amur region in 2019 under UN sanctions never left, a report by a Seoul-based NGO says. "
        "Most of them still fell trees for Russian timber firms, the report says, while others "
        "have switched to building houses in Blagoveshchensk.",
        [(200, ["RU"], "present", None)],
    ),
    (
        "ULAANBAATAR - A Mongolian care home run by a Christian charity employed 12 North "
        "Korean nurses until last year, according to a labour ministry document. The nurses "
        "were sent back after the charity's contract with a Pyongyang agency expired. Around "
        "30 North Korean workers are still employed at a brick factory outside the capital, "
        "the document shows.",
        [
            (12, ["MN"], "present", "medical"),
            (30, ["MN"], "present", "manufacturing"),
        ],
    ),
    (
        "KHABAROVSK - A plan to bring 500 North Korean workers to a new cement factory near "
        "Khabarovsk has been shelved, the regional government said. The factory's owner said "
        "in March that the workers were scheduled to arrive in the summer. About 70 North "
        "Koreans who had entered the region on tourist visas began working at the factory's "
        "construction site in May, local media reported.",
        [
            (500, ["RU"], "planned", "manufacturing"),
            (70, ["RU"], "present", "construction"),
        ],
    ),
    (
        "NAKHODKA, Russia - Russian border guards stopped a Chinese-flagged fishing vessel off "
        "Primorye last week and found 19 North Korean crew members aboard without seaman's "
        "papers, the FSB said. The crew, who had been working on the vessel since April, will "
        "be handed over to North Korean diplomats in Vladivostok for repatriation.",
        [(19, ["RU"], "present", "fishing")],
    ),
    (
        "DUBAI - Thousands of North Koreans still work in the United Arab Emirates in sectors "
        "ranging from construction to catering, a former North Korean diplomat said in an "
        "interview. Another 400 North Koreans work at two hotels in Sharjah, he said.",
        [
            (9999, ["AE"], "present", None),
            (400, ["AE"], "present", "hospitality"),
        ],
    ),
]

# --- batch 9: military yards, data work, future returns, one trade in two words ----------
BATCH9: list[tuple[str, list[Figure]]] = [
    (
        "VLADIVOSTOK - Russia's Pacific Fleet has hired about 150 North Korean workers to "
        "repair warships at its Dalzavod yard, a defence industry source told the outlet. "
        "They replaced Central Asian migrants who had been drafted into the army. The source "
        "said the fleet planned to withdraw the North Koreans by the end of next year, once "
        "Russian crews were trained.",
        [(150, ["RU"], "dispatched", "shipbuilding")],
    ),
    (
        "SHENYANG, China - About 80 North Korean workers at a Shenyang data-entry firm label "
        "images and transcribe audio for artificial intelligence companies, the UN Panel of "
        "Experts says in its latest report.",
        [(80, ["CN"], "present", "it")],
    ),
    (
        "KAMPALA - Uganda's health ministry said 28 North Korean doctors and nurses working in "
        "public hospitals and clinics would be sent home by December under UN sanctions. "
        "Another 15 North Korean medics left in 2018, the ministry said.",
        [
            (28, ["UG"], "present", "medical"),
            (15, ["UG"], "repatriated", "medical"),
        ],
    ),
    (
        "PETROPAVLOVSK-KAMCHATSKY, Russia - Some 600 North Koreans work in fishing and fish "
        "processing in Russia's Kamchatka region, according to regional officials, who said "
        "another 200 would be hired for the salmon season if Moscow approves.",
        [
            (600, ["RU"], "present", "fishing"),
            (200, ["RU"], "planned", "fishing"),
        ],
    ),
    (
        "KYIV - Ukrainian intelligence says North Korean soldiers are guarding a military "
        "shipyard in occupied Crimea, while about 400 North Korean civilian workers repair "
        "landing craft and patrol boats there.",
        [(400, ["UA"], "present", "shipbuilding")],
    ),
    (
        "VIENTIANE - The North Korean restaurant on Vientiane's riverfront doubles as a base "
        "for a team of 10 North Korean IT workers, who develop gambling apps in a back room, a "
        "Lao security official said. The restaurant itself employs about 25 waitresses. Both "
        "groups arrived last year.",
        [
            (10, ["LA"], "present", "it"),
            (25, ["LA"], "present", "hospitality"),
        ],
    ),
]

# --- batch 10: a last check after the fixes ---------------------------------------------
BATCH10: list[tuple[str, list[Figure]]] = [
    (
        "HUNCHUN, China - Two Chinese seafood firms in Hunchun have laid off about 500 North "
        "Korean women since September, sending them back to Rason as orders from South Korea "
        "dried up, a local trader said. The women had peeled shrimp and packed squid. Some "
        "1,100 North Korean women remain at the city's processing plants, he said, but many "
        "fear they will be next.",
        [
            (500, ["CN"], "repatriated", "fishing"),
            (1100, ["CN"], "present", "fishing"),
        ],
    ),
    (
        "ST PETERSBURG - A subcontractor at a St Petersburg shipyard told a court on Tuesday "
        "that it had employed 33 North Korean painters and insulation fitters on two "
        "icebreakers between 2021 and 2023. The men were paid in cash and lived on a barge "
        "moored at the yard, the court heard. Prosecutors say another 20 North Koreans were "
        "hired for the same work this year.",
        [
            (33, ["RU"], "present", "shipbuilding"),
            (20, ["RU"], "dispatched", "shipbuilding"),
        ],
    ),
    (
        "VIENTIANE - About 300 North Korean workers are helping to build a hydropower dam in "
        "northern Laos for a Chinese state contractor, according to a report by a Lao civil "
        "society group. The group said another 150 were employed at the contractor's quarry, "
        "supplying stone for the dam, and that some 40 had been sent home after a landslide "
        "killed two of their colleagues.",
        [
            (300, ["LA"], "present", "construction"),
            (150, ["LA"], "present", "mining"),
            (40, ["LA"], "repatriated", None),
        ],
    ),
    (
        "MOSCOW - Russian investigators say a Moscow-based firm that sells accounting software "
        "used at least 12 North Korean programmers, working remotely from Vladivostok, to "
        "write parts of its code. The programmers were paid through a front company in Hong "
        "Kong.",
        [(12, ["RU"], "present", "it")],
    ),
    (
        "TYNDA, Russia - Some 130 North Koreans have been felling larch in the forests around "
        "Tynda since 2021 under a contract between a local timber company and a North Korean "
        "state firm. Their contract expires in December, and all are expected to leave for "
        "home by the new year, the company's director said.",
        [(130, ["RU"], "present", "logging")],
    ),
    (
        "USSURIYSK, Russia - 'Not a single North Korean worker has come to us this year,' said "
        "the owner of a greenhouse complex near Ussuriysk, who employed 45 of them in 2023. 'We "
        "applied for 60, but the quota never came through.'",
        [
            (45, ["RU"], "present", "agriculture"),
            (60, ["RU"], "planned", "agriculture"),
        ],
    ),
]

BATCHES = {
    "w1": BATCH1,
    "w2": BATCH2,
    "w3": BATCH3,
    "w4": BATCH4,
    "w5": BATCH5,
    "w6": BATCH6,
    "w7": BATCH7,
    "w8": BATCH8,
    "w9": BATCH9,
    "w10": BATCH10,
}

# Figures the count stage does not find, or judgments still missed: "batch-row-value" -> why.
KNOWN: dict[str, str] = {
    "w1-00-60": "sector: 'a new group of 60 had been promised' by a foreman introduced two "
    "sentences before at the timber camp; nothing in its sentence refers back to the camp",
    "w1-05-2000": "count: 'Around 2,000 have already arrived' (a bare figure continuing the "
    "5,000 labourers) is not counted",
    "w3-04-150": "count: 'wants to bring in another 150' (a bare figure after a plan) is not "
    "counted",
    "w3-05-9000": "count: '9,000 North Koreans entered the region ... on study and tourist "
    "visas, many of them to do odd jobs' reads as entries not made for work",
    "w4-02-16": "relevance: a restaurant story whose only labour words are 'staff' and "
    "'contracts' reads as off-topic",
    "w4-02-12": "relevance: as w4-02-16",
    "w6-00-18": "count: '18 of the company's North Korean workers' (a possessive partitive) is "
    "not counted",
    "w7-01-12": "status: 'were found on the premises; all were later put on a flight to "
    "Pyongyang': the return is past the semicolon that ends the figure's predicate",
    "w8-03-70": "count: '70 North Koreans who had entered the region on tourist visas began "
    "working' reads as entries not made for work",
    "w10-05-60": "count: 'We applied for 60' in a quote (a bare figure after 'them') is not "
    "counted",
}


@pytest.mark.parametrize(
    ("text", "value", "dests", "status", "sector"), figure_rows(BATCHES, KNOWN)
)
def test_status_and_sector_in_workplace_articles(extractor, text, value, dests, status, sector):
    found = figures(extractor, text)
    assert value in found, "the count stage does not find the figure"
    assert found[value][1:] == (status, sector)
