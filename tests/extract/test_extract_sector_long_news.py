"""Sector and status of worker figures in longer news articles (150-260 words: wire, Daily
NK, RFA, VOA, AP, Reuters, TASS, Gulf, African, Chinese and European local press, NGO and
think-tank reports) where the sector is hard to place: the sector word a paragraph away from
the figure; several groups with different sectors; a workplace named once and referred to
later ("the site", "the plant", "there", "the project", "the company", "the yard"); the
headline giving the sector and the body the figure; sector words of another group (Chinese,
Uzbek, Vietnamese workers, soldiers, the host's own industry statistics); a move from one
topic to another (building sites, then IT revenue); and work the text never names (no
sector).

Written for these tests in blind batches: each batch's expected table was committed before
the extractor was run on it. People, firms, outlets and figures are invented. Conventions
as in ``test_extract_sector_status_news.py``; besides:

- a figure for several industries at once ("spread across several industries", "in
  construction and in sewing workshops") has no sector;
- troops, deminers and military engineers are no workers; nor are the host's own or other
  nations' workers (``NOT_WORKERS``: figures that must not be read as worker figures).

Each figure is ``(value, destinations, status, sector)``: the value is its high bound, else
its low one. The tests judge status and sector of the figures the count stage finds (as the
scorer does); the destinations are recorded for the whole claim. " // " ends a headline.
"""

from __future__ import annotations

import pytest

from laborwatch.extract.pipeline import Extractor

from .tables import figure_rows, figures_by_value, other_rows

Figure = tuple[float, list[str], str, str | None]


def figures(en: Extractor, text: str) -> dict[float, tuple[list[str], str | None, str | None]]:
    """Destinations, status and sector of each worker figure of an article, by value."""
    return figures_by_value(en, text, "2025-11")


# --- batch l1: headlines, "the site", other nations' workers, topic shifts, no sector ---
# Before any change: 12 of 13 figures found, 1 figure of another group read as workers
# (precision 12/13); status 12/12, sector 12/12 (no change needed).
BATCH1: list[tuple[str, list[Figure]]] = [
    (
        "N. Korea sends more construction workers to Russia despite sanctions // SEOUL, Nov. "
        "20 (Hanbit News) -- North Korea has sent some 2,500 workers to Russia so far this "
        "year, a government official here said Thursday, citing intelligence that the "
        "workers entered on student and trainee visas to get around U.N. sanctions. 'The "
        "number is rising every month,' the official said on condition of anonymity. Russia's "
        "Far East has faced a shortage of labor since the start of the war in Ukraine, as "
        "many local men were drafted or left the region.\n\nAccording to the official, the "
        "workers were assigned to apartment complexes and road projects in Vladivostok, "
        "Khabarovsk and Nakhodka, where Russian developers pay their North Korean contractors "
        "about $800 per worker a month. The official also said North Korea had sent about "
        "1,000 soldiers to help clear mines in the Kursk region, separate from the workers. "
        "Separately, the official said about 300 North Korean workers who had been at "
        "fish-processing plants in Kamchatka returned home last month as their contracts ran "
        "out.\n\nThe unification ministry declined to comment.",
        [
            (2500, ["RU"], "dispatched", "construction"),
            (300, ["RU"], "repatriated", "fishing"),
        ],
    ),
    (
        "North Korean workers at Russian port project told to work through winter // A group "
        "of North Korean laborers building a grain terminal at the port of Zarubino in "
        "Russia's Primorsky Krai has been ordered to keep working through the winter, a "
        "source in Rason told Daily Sentinel on Monday. The terminal is being built by a "
        "Russian company with Chinese investment, and the North Korean side supplies most of "
        "the labor through a trading company under the Ministry of External Construction.\n\n"
        "According to the source, about 180 North Korean workers are now at the site, up "
        "from 120 in the summer. 'They live in containers at the site and get one day off a "
        "month,' the source said. The workers were promised bonuses if the first berth is "
        "finished by March, but the source said many doubt they will be paid. Chinese "
        "engineers who supervise the project number about 40.\n\nAnother 60 North Koreans are "
        "expected to join them there in December, after finishing a job at a housing estate "
        "in Ussuriysk.",
        [
            (180, ["RU"], "present", "construction"),
            (120, ["RU"], "present", "construction"),
            (60, ["RU"], "planned", "construction"),
        ],
    ),
    (
        "Chinese seafood plants quietly replace North Korean workers // Seafood processors in "
        "the Chinese port city of Donggang have started to replace North Korean workers with "
        "local hires and laborers from Vietnam, according to residents and a factory manager. "
        "About 1,600 North Korean women worked in the city's fish and shellfish processing "
        "plants at the peak in 2023, a resident told RFA's Korean Service. Since August, "
        "around 400 of them have been sent back to North Korea after their contracts ended, "
        "she said, and no new groups have arrived.\n\n'The owners say the Koreans cost more "
        "now because of the fees the North Korean side charges,' a manager at one plant said. "
        "He said his company employs 350 Vietnamese workers and plans to hire 200 more. The "
        "North Korean women still in the city, about 1,200 in all, are mostly at the larger "
        "plants that process crab and shrimp for export to Japan and South Korea. Donggang's "
        "seafood industry employs about 30,000 people, according to city statistics.",
        [
            (1600, ["CN"], "present", "fishing"),
            (400, ["CN"], "repatriated", "fishing"),
            (1200, ["CN"], "present", "fishing"),
        ],
    ),
    (
        "VLADIVOSTOK, November 14. /TASS/. About 900 workers from the DPRK are employed at "
        "construction sites in the Primorye Territory, the regional government said on "
        "Friday. Most of them are finishing apartment blocks in Vladivostok and Artyom under "
        "contracts signed before 2017, the statement said. The territory plans to attract "
        "1,500 foreign workers next year, mostly from Central Asia, for road building.\n\nIn "
        "a separate report, the U.S. Treasury said North Korea earns hundreds of millions of "
        "dollars a year from IT workers abroad who hide their identities. The Treasury said "
        "about 40 North Korean IT workers based in Vladivostok and Shenyang had earned more "
        "than $5 million for the regime since 2022. It named two front companies that it "
        "said had arranged contracts for them with clients in Europe and Asia.",
        [
            (900, ["RU"], "present", "construction"),
            (40, ["CN", "RU"], "present", "it"),
        ],
    ),
    (
        "A report released on Tuesday by the Seoul-based Citizens' Alliance for Migrant "
        "Rights estimates that between 20,000 and 30,000 North Korean workers remain in China "
        "despite U.N. Security Council resolution 2397, which required member states to send "
        "them home by the end of 2019. The report is based on interviews with 47 defectors "
        "and with Chinese brokers in Liaoning and Jilin provinces. It says the workers are "
        "spread across several industries, from seafood processing and garment making to "
        "construction, and that the trading companies that send them keep most of their "
        "wages. The authors said they could not tell how many worked in each industry.\n\nIn "
        "Russia, the report estimates, about 10,000 North Koreans are working, many of them "
        "with student visas, and another 4,000 arrived in the first half of this year. 'The "
        "system has adapted rather than disappeared,' said the group's director, Han Soo-jin.",
        [
            (30000, ["CN"], "present", None),
            (10000, ["RU"], "present", None),
            (4000, ["RU"], "dispatched", None),
        ],
    ),
]

# --- batch l2: roads and quarries, "the yard", restaurants, zones, a dam project -------
# Before (written with l1, run with it): 12 of 13 found, precision 12/13; status 11/12,
# sector 10/12. Fixed: "a highway project", "the dam", "a hydroelectric project"
# (construction vocabulary); "75 ... were working on the road" after "a highway project"
# ("the road", "the highway", "the dam", "the tower" refer back to a workplace). After:
# status 11/12, sector 12/12.
BATCH2: list[tuple[str, list[Figure]]] = [
    (
        "MAPUTO - Mozambique's labor ministry has ordered a Chinese-owned contractor to "
        "dismiss the North Korean workers it employs on a highway project north of the "
        "capital, the Voice of America has learned. A ministry document seen by VOA says that "
        "75 North Korean nationals were working on the road, which links Maputo to the town "
        "of Manhica, as of September. Ministry inspectors visited the project twice this year "
        "and found that the workers held visas as 'technical advisers,' the document says.\n\n"
        "The contractor, Great Wall Roads, employs about 600 Mozambicans on the same project. "
        "Its spokesman said the North Koreans had been hired through a subcontractor and would "
        "leave 'as soon as their flights are arranged.' A U.N. panel of experts reported in "
        "2019 that North Korean companies had built statues and military facilities in "
        "Mozambique and at least seven other African countries.\n\nSeparately, an official at "
        "the ministry said another 30 North Koreans were believed to be working at a marble "
        "quarry in Cabo Delgado province, where inspectors have not been able to go because "
        "of the insurgency.",
        [
            (75, ["MZ"], "present", "construction"),
            (30, ["MZ"], "present", "mining"),
        ],
    ),
    (
        "GDANSK, Poland (Reuters) - A Polish shipyard that employed North Korean welders "
        "through a local staffing agency for nearly a decade has agreed to pay a fine of 2 "
        "million zlotys, prosecutors said on Wednesday. The yard, which builds hulls for "
        "Norwegian fishing vessels, had as many as 85 North Korean workers on its premises in "
        "2016, according to labor inspectors. Prosecutors said the staffing agency paid the "
        "workers' wages into accounts controlled by their North Korean managers, who passed "
        "most of the money on to Pyongyang. The last of them left Poland in 2019, the "
        "inspectors said.\n\nThe case is the latest in a series of investigations in the "
        "European Union into the use of North Korean labor. In 2018, Dutch prosecutors found "
        "that 12 North Korean welders had worked on a naval vessel built at a yard in Poland "
        "for a Danish client. A spokesman for the Gdansk yard said it now employs 1,100 "
        "people, all of them Polish or from other EU states.",
        [
            (85, ["PL"], "present", "shipbuilding"),
            (12, ["PL"], "present", "shipbuilding"),
        ],
    ),
    (
        "DUBAI - Two restaurants in Dubai that were run by North Korean state companies until "
        "2018 have reopened under new management with Korean-speaking staff, raising "
        "questions among diplomats over whether the ban on North Korean workers is being "
        "enforced, the Gulf Ledger reported. At their height, the two restaurants, one in "
        "Deira and a smaller outlet in Sharjah, employed about 45 North Korean waitresses and "
        "cooks between them. A UAE official said the new staff were from South Korea and "
        "China.\n\nThe official said the UAE had expelled all North Korean workers by the end "
        "of 2019, including about 1,300 who had worked on construction projects for Emirati "
        "developers. Diplomats said they had seen no evidence of new arrivals but noted that "
        "North Korean workers had previously entered the country on visas issued to Chinese "
        "companies. The paper said a diplomat had counted at least 20 North Koreans at a "
        "labor camp near Jebel Ali in March.",
        [
            (45, ["AE"], "present", "hospitality"),
            (1300, ["AE"], "repatriated", "construction"),
            (20, ["AE"], "present", None),
        ],
    ),
    (
        "HUNCHUN - Hunchun's border economic cooperation zone is home to more than 120 "
        "processing companies, many of them in seafood, garments and electronics, and employs "
        "about 45,000 workers, according to the zone's administration. Local officials "
        "declined to say how many of them are from North Korea.\n\nBut a manager at a garment "
        "company in the zone told our reporter that her company has 260 North Korean "
        "seamstresses, who arrived in 2019 and have not been allowed home since. 'They sew "
        "jackets for European brands,' she said. 'The work is good, they are fast.' Workers at "
        "two seafood plants nearby said each employed about 150 North Korean women to peel "
        "shrimp and gut pollock.\n\nResidents estimate that the North Korean workforce in the "
        "city totals between 3,000 and 5,000. The zone's administration said it complies with "
        "all United Nations resolutions.",
        [
            (260, ["CN"], "present", "manufacturing"),
            (150, ["CN"], "present", "fishing"),
            (5000, ["CN"], "present", None),
        ],
    ),
    (
        "North Korea has started sending workers to a large hydroelectric project in Laos, "
        "according to satellite imagery and documents reviewed by NK Pro. A contract signed "
        "in May between a Laotian state power company and the Korea Namgang Trading Company "
        "provides for up to 500 North Korean workers to be employed at the dam on the Nam Ou "
        "river over three years. Imagery from October shows new dormitory buildings at the "
        "project's main camp, and a Laotian official said the first 140 North Koreans had "
        "arrived there in September.\n\nThe contract says the workers will pour concrete and "
        "build access tunnels, with equipment supplied by a Chinese partner. North Korea has "
        "long sent workers to Laos, mostly to run restaurants in Vientiane and to work in its "
        "garment industry; a 2018 U.N. report counted about 60 North Korean restaurant staff "
        "in the country. The Laotian foreign ministry did not respond to a request for "
        "comment.",
        [
            (500, ["LA"], "planned", "construction"),
            (140, ["LA"], "dispatched", "construction"),
            (60, ["LA"], "present", "hospitality"),
        ],
    ),
]

# --- batch l3: troops and workers, headline sectors, "the company", old hosts, IT money -
# Before (written blind with l1-l2, run after their fixes): 10 of 10 found, precision
# 10/10; status 9/10, sector 9/10. Fixed: "around 15,000 North Korean workers entered
# Russia, ..., many of them on student visas" after military engineers sent "to rebuild
# infrastructure" (a partitive after a figure with its own noun is that figure's group, no
# reference back); "the estimated 20,000 laborers, who work mainly at construction sites,
# bring in about $200 million" (a flow verb whose object is money moves no workers). After:
# status 10/10, sector 10/10.
BATCH3: list[tuple[str, list[Figure]]] = [
    (
        "SEOUL, South Korea (AP) - North Korea has sent thousands of additional troops and "
        "laborers to Russia this year to support its war against Ukraine, South Korea's spy "
        "agency told lawmakers on Tuesday. The National Intelligence Service said about 6,000 "
        "military engineers and 1,000 deminers had been sent to the Kursk region since June "
        "to rebuild infrastructure damaged in the fighting.\n\nSeparately, around 15,000 "
        "North Korean workers entered Russia this year, the agency said, many of them on "
        "student visas. Lawmaker Park Sun-won, who attended the closed-door briefing, said "
        "the workers were mostly sent to construction sites and clothing factories in Moscow, "
        "St. Petersburg and the Far East. The agency estimated that North Korea has earned "
        "about $20 million from sending workers to Russia since 2023. It also said North "
        "Korea was preparing to send 5,000 more workers, mostly to garment factories, early "
        "next year.",
        [
            (15000, ["RU"], "dispatched", None),
            (5000, ["RU"], "planned", "manufacturing"),
        ],
    ),
    (
        "Loggers in Russia's Far East ordered to meet doubled quotas // North Korean workers "
        "in Russia's Amur region have been told to cut twice as much wood this winter as "
        "last, a source in the region told Daily Sentinel. According to the source, some 350 "
        "North Koreans are employed by the Forestry Ministry's representative office in the "
        "region, and their managers have told them that anyone who falls short will be sent "
        "home at his own expense. 'The men already work 14 hours a day in the forest,' the "
        "source said. 'Now they say they will have to work at night as well.'\n\nThe source "
        "said the workers have not been paid since August, and that some have started to "
        "sell timber on the side to Russian buyers. About 30 of them tried to leave the camp "
        "in October to find other work in Blagoveshchensk, but were caught and sent back to "
        "North Korea in November, the source added.",
        [
            (350, ["RU"], "present", "logging"),
            (30, ["RU"], "repatriated", "logging"),
        ],
    ),
    (
        "VALLETTA - A Maltese construction company that hired North Korean workers until 2017 "
        "has been fined by the country's financial intelligence unit for failing to report "
        "payments to a Chinese intermediary, the Island Courier reported on Thursday. The "
        "company, which built hotels and apartment blocks in St Julian's, employed some 30 "
        "North Korean workers between 2014 and 2017, according to the unit. They were sent "
        "home after Malta stopped renewing their permits.\n\nThe fine of 120,000 euros is the "
        "first imposed in Malta over the use of North Korean labor. The unit said the company "
        "paid about 1.2 million euros to the intermediary over three years. Malta's tourism "
        "industry employs more than 40,000 people, many of them foreigners.",
        [(30, ["MT"], "present", "construction")],
    ),
    (
        "ULAANBAATAR - Mongolia's labor inspection agency said on Monday it had found 26 "
        "North Korean nationals working at a cashmere processing plant on the outskirts of "
        "the capital, two years after the government said the last North Korean workers had "
        "left the country. The agency said the workers had entered on tourist visas in the "
        "spring and had been sorting and washing raw cashmere at the plant. They will be "
        "deported once their cases are reviewed, it said.\n\nBefore U.N. sanctions, Mongolia "
        "hosted about 1,200 North Korean workers, most of them in construction and in sewing "
        "workshops, and some at a state farm near Darkhan. The agency also said it was "
        "checking reports that about 10 more North Koreans were working at a hotel in the "
        "Gobi region.",
        [
            (26, ["MN"], "present", "manufacturing"),
            (1200, ["MN"], "present", None),
            (10, ["MN"], "present", "hospitality"),
        ],
    ),
    (
        "A new report by the Washington-based Center for Korean Security Studies estimates "
        "that North Korea's IT workers abroad earn the regime between $250 million and $600 "
        "million a year, far more than the construction workers and loggers it sends "
        "overseas. The report estimates that between 3,000 and 4,000 IT workers operate from "
        "China, Russia and Laos, often hiding their identity to win contracts from Western "
        "companies.\n\nBy contrast, the estimated 20,000 North Korean laborers in Russia, who "
        "work mainly at construction sites, bring in about $200 million a year, the report "
        "says. The report's author, Michael Tran, said the IT workers were 'the most "
        "profitable and the hardest to trace.' He urged governments to warn companies about "
        "the risk of hiring remote developers without checking their identity. The report "
        "counted about 100 front companies used by the IT workers.",
        [
            (4000, ["CN", "LA", "RU"], "present", "it"),
            (20000, ["RU"], "present", "construction"),
        ],
    ),
]

# --- batch l4: Uzbek workers, "there", doctors, farms, entry statistics ---------------
# Before (written blind with l1-l2, run after their fixes): 6 of 10 found, precision 6/7;
# status 5/6, sector 6/6. Fixed: "a further 12 would leave in December" (a modal before a
# return is a return still to come: present, no plan). After: status 6/6, sector 6/6.
BATCH4: list[tuple[str, list[Figure]]] = [
    (
        "SEOUL, Nov. 24 (Hanbit News) -- A Russian construction company in Novosibirsk has "
        "signed a contract to bring in 400 North Korean workers next year, while Uzbek "
        "workers at its sites will be moved to its cement plant, a Russian newspaper "
        "reported. According to the Siberian Herald, the company, Sibstroy-Invest, will house "
        "the North Koreans in dormitories near a new residential complex it is building on "
        "the city's northern edge. The North Koreans will replace about 700 Uzbek and Tajik "
        "workers who are leaving the project as Russia tightens rules for migrants from "
        "Central Asia.\n\nThe paper said the company had employed North Koreans before: about "
        "120 of them worked on its sites from 2014 until 2019. South Korea's unification "
        "ministry said it was aware of the report and was checking the facts.",
        [
            (400, ["RU"], "planned", "construction"),
            (120, ["RU"], "present", "construction"),
        ],
    ),
    (
        "North Koreans staff new hotel on China's border // A new hotel that opened this "
        "summer on the Chinese bank of the Tumen River opposite North Korea's Namyang has "
        "taken on North Korean staff, according to two Chinese residents of Tumen city. The "
        "hotel, built by a Jilin property developer with North Korean and Chinese "
        "decorations, caters mostly to Chinese tourists who come to look across the river.\n\n"
        "'There are about 35 North Korean girls working there, in the restaurant and at the "
        "reception,' one resident told RFA. 'They sing for the guests in the evening.' The "
        "other resident, a taxi driver, said the North Korean staff live on the hotel's top "
        "floor and are not allowed to leave without a minder. He said another 20 North "
        "Korean women had recently arrived to work at a textile factory in the city's "
        "industrial park. A Tumen city official denied that any North Koreans were employed "
        "in the city.",
        [
            (35, ["CN"], "present", "hospitality"),
            (20, ["CN"], "dispatched", "manufacturing"),
        ],
    ),
    (
        "DAR ES SALAAM (Reuters) - Tanzania has sent home a group of North Korean doctors who "
        "had been working in public hospitals despite U.N. sanctions, the country's health "
        "ministry said on Friday. The ministry said 18 North Korean medical staff had left "
        "the country by the end of October, and that a further 12 would leave in December "
        "after completing their contracts.\n\nThe doctors had worked at regional hospitals in "
        "Dodoma, Mwanza and Mbeya, providing acupuncture and surgery, and charged patients "
        "fees that they passed on to the North Korean embassy, a U.N. panel of experts said "
        "in 2022. Tanzania has also cancelled a contract with a North Korean company that was "
        "building a stadium in Dodoma. About 90 North Korean workers had been on that "
        "project, a ministry official said, and all of them had returned home by March.",
        [
            (18, ["TZ"], "repatriated", "medical"),
            (12, ["TZ"], "present", "medical"),
            (90, ["TZ"], "repatriated", "construction"),
        ],
    ),
    (
        "KHABAROVSK - A farming cooperative in the Jewish Autonomous Region has become one of "
        "the largest employers of North Korean labor in Russia's Far East, according to a "
        "report by the Moscow-based Labor Rights Monitor. The cooperative, which grows "
        "soybeans and vegetables on more than 20,000 hectares, brought in 230 North Korean "
        "workers this spring, the report says, under contracts arranged by a company "
        "registered in Rason. The workers live in barracks on the farm and are paid about "
        "30,000 rubles a month, half of which is taken by their minders.\n\nRussia's "
        "agriculture ministry says the region's farms employ about 4,000 seasonal workers, "
        "most of them from China. The report says North Korean workers have also been seen "
        "at a brick factory and at two sawmills in the region, but it did not give their "
        "number. The cooperative's director, Igor Lysenko, said the North Koreans were "
        "'hard-working and disciplined' and that he hoped to employ 300 next season.",
        [
            (230, ["RU"], "dispatched", "agriculture"),
            (300, ["RU"], "planned", "agriculture"),
        ],
    ),
    (
        "MOSCOW, November 21 (Interfax) - The number of North Korean citizens who entered "
        "Russia in the third quarter rose to 13,200, more than double the figure a year "
        "earlier, according to border service data. Of them, 7,800 said the purpose of their "
        "trip was study, and 2,100 named work, the data show. Russia does not publish figures "
        "on how many North Koreans work in the country, and the data do not say in which "
        "industries they are employed.\n\nSeparately, the Primorye government said on "
        "Thursday it would spend 4.5 billion rubles on new housing for workers at the Zvezda "
        "shipyard in Bolshoy Kamen, which employs about 9,000 people. The shipyard has been "
        "short of welders and fitters since 2022.",
        [(2100, ["RU"], "dispatched", None)],
    ),
]

# --- batch l5: restaurants and galleries, "the plant", regions, towers, partitives ----
# Before (written blind with l1-l2, run after their fixes): 11 of 13 found, precision
# 11/11; status 10/11, sector 7/11. Fixed: "The company said it planned to bring in 150
# more" three sentences after "a timber company" (a workplace referred to is looked for up
# to five sentences back); "on state housing and road contracts" (construction
# vocabulary); "About 300 of them are software developers ...; the rest work on farms, in
# garment workshops and in ... restaurants" (the rest's sectors are not the figure's); "had
# taken on 250 North Koreans this year" ("take on" is a hiring, a flow). After: status
# 11/11, sector 10/11.
BATCH5: list[tuple[str, list[Figure]]] = [
    (
        "BANGKOK - North Korean restaurants in Southeast Asia, once a common sight for South "
        "Korean tourists, have mostly closed, but a handful still operate in Vietnam and "
        "Cambodia, VOA has found. A VOA reporter who visited Hanoi in October found two North "
        "Korean restaurants open, with about 25 North Korean waitresses between them. A "
        "manager at one said the women had come from Pyongyang in 2018 and had not been home "
        "since.\n\nIn Phnom Penh, a restaurant that closed in 2019 has reopened as an art "
        "gallery selling paintings by North Korean artists, whose staff of about 12 North "
        "Koreans live above the shop. Cambodia's labor ministry said it had no record of North "
        "Korean workers in the country. At its peak in 2016, the North Korean restaurant "
        "chain in the region had more than 40 outlets, according to South Korean officials.",
        [
            (25, ["VN"], "present", "hospitality"),
            (12, ["KH"], "present", "other"),
        ],
    ),
    (
        "Chinese factory cuts pay of North Korean workers after export orders fall // A "
        "Chinese electronics factory in Dandong has cut the wages of its North Korean workers "
        "by a third after orders from European buyers dropped, a source in Sinuiju told Daily "
        "Sentinel. The plant, which assembles chargers and cables, has employed North Korean "
        "women since 2016.\n\nAccording to the source, about 420 of them work there now, down "
        "from 600 last year, because the company sent some home and did not ask for "
        "replacements. 'The women are now paid about 1,500 yuan a month, and most of it goes "
        "to the trading company,' the source said. About 80 of the women were sent home in "
        "September, the source said, after the plant closed one of its three assembly lines.",
        [
            (420, ["CN"], "present", "manufacturing"),
            (600, ["CN"], "present", "manufacturing"),
            (80, ["CN"], "repatriated", "manufacturing"),
        ],
    ),
    (
        "VLADIVOSTOK, Russia (Reuters) - Russian companies in the Far East are turning to "
        "North Korea to fill jobs left empty by the war, according to regional officials, "
        "company executives and job advertisements reviewed by Reuters. In Primorsky Krai, at "
        "least 1,100 North Korean workers were employed on building sites at the end of "
        "September, regional labor officials said, up from about 600 a year earlier. "
        "Construction firms say they pay North Korean contractors 120,000 rubles a month per "
        "worker, more than they pay Russians.\n\nIn neighbouring Khabarovsk Krai, a timber "
        "company near Vanino said it had taken on 250 North Koreans this year. 'Our own people "
        "went to the front or to the cities,' its director said. 'Without the Koreans we "
        "would have to close.' The company said it planned to bring in 150 more in the "
        "spring.\n\nFish processors on Sakhalin island have also asked the government for "
        "permission to hire North Koreans, according to the regional fisheries association, "
        "which said its members were short of about 3,000 workers.",
        [
            (1100, ["RU"], "present", "construction"),
            (600, ["RU"], "present", "construction"),
            (250, ["RU"], "dispatched", "logging"),
            (150, ["RU"], "planned", "logging"),
        ],
    ),
    (
        "KUWAIT CITY - Kuwait's interior ministry said on Sunday it had arrested 14 North "
        "Korean men working illegally at a residential tower project in Salmiya, the first "
        "such arrests since the country stopped issuing visas to North Koreans in 2017. The "
        "men had entered Kuwait on visas sponsored by a Jordanian contracting firm and had "
        "worked at the project for about six months, the ministry said. They will be "
        "deported. The ministry did not say how many other North Koreans might be in the "
        "country.\n\nBefore 2017, Kuwait hosted about 4,000 North Korean workers, according to "
        "diplomats, most of them employed by North Korean companies on state housing and road "
        "contracts. Kuwait also employs more than 600,000 Indian workers in construction and "
        "domestic work.",
        [
            (14, ["KW"], "present", "construction"),
            (4000, ["KW"], "present", "construction"),
        ],
    ),
    (
        "North Korea is believed to have about 1,500 citizens working in Laos, the largest "
        "number in Southeast Asia, according to a new study by the Seoul-based Institute for "
        "Peninsula Affairs. The study, based on Laotian customs data and interviews, found "
        "that many entered the country as trainees and tourists. About 300 of them are "
        "software developers working remotely for clients abroad from offices in Vientiane, "
        "the study says; the rest work on farms, in garment workshops and in a dozen North "
        "Korean restaurants.\n\nThe study estimates that the developers alone earn North "
        "Korea about $15 million a year. The Laotian government has said it abides by U.N. "
        "sanctions and that all North Korean workers left in 2019.",
        [
            (1500, ["LA"], "present", None),
            (300, ["LA"], "present", "it"),
        ],
    ),
]

# --- batch l6: a last blind check after the fixes: yards, wigs, stadiums, deportations -
# Before (written blind after batches l1-l5 were fixed): 11 of 12 found, precision 11/12;
# status 11/11, sector 9/11. Fixed: "about 600 ... work there, at three factories" after "a
# trading company ..., which also runs a seafood business" (an employer's other business
# is not carried to a generic workplace). After: status 11/11, sector 10/11.
BATCH6: list[tuple[str, list[Figure]]] = [
    (
        "N. Korean shipyard workers spotted in Russia's Far East // SEOUL, Dec. 2 (Hanbit "
        "News) -- North Korean workers have been spotted at a ship repair yard in the Russian "
        "port of Nakhodka, a Seoul-based research group said Tuesday, citing satellite images "
        "and interviews with Russian residents. The Asan Maritime Forum said the workers "
        "first appeared in the spring, when North Korean cargo ships began calling at the "
        "port more often.\n\nIn a report released Tuesday, the forum estimated that around 90 "
        "North Koreans now work at the yard, repairing trawlers and cargo ships. It said they "
        "live in a dormitory inside the yard and are escorted to and from work. 'They are "
        "paid in cash, and their supervisors take most of it,' one resident was quoted as "
        "saying.\n\nThe forum also said North Korea had sent about 3,000 troops to Russia's "
        "Kursk region this autumn, and that a further 1,500 construction workers had arrived "
        "in the occupied Ukrainian city of Donetsk to rebuild apartment blocks. North Korea "
        "and Russia signed a treaty on comprehensive strategic partnership last year.",
        [
            (90, ["RU"], "present", "shipbuilding"),
            (1500, ["UA"], "dispatched", "construction"),
        ],
    ),
    (
        "Sources: North Korea sends women to Chinese wig factories // North Korea has begun "
        "sending a new group of women to work in China, a source in Yanggang province told "
        "Daily Sentinel on Thursday. According to the source, about 200 women from Hyesan and "
        "Samjiyon crossed into Changbai county in late November and were taken by bus to "
        "Yanji. 'They were told they would make wigs and false eyelashes for export,' the "
        "source said. The women had been selected by a trading company under the Central "
        "Committee, which also runs a seafood business in Hunchun.\n\nA separate source in "
        "Yanji said about 600 North Korean women already work there, at three factories owned "
        "by a South Korean-Chinese joint venture. 'The company pays the trading company about "
        "$350 per worker a month,' the source said. 'The women get perhaps a fifth of that.' "
        "The source added that some 50 North Korean men work in the same district as "
        "security guards and drivers for the trading company.",
        [
            (200, ["CN"], "dispatched", "manufacturing"),
            (600, ["CN"], "present", "manufacturing"),
            (50, ["CN"], "present", "other"),
        ],
    ),
    (
        "LUANDA (Reuters) - Angola has quietly allowed a North Korean construction company to "
        "finish a sports complex in the southern city of Lubango despite U.N. sanctions, "
        "according to two people involved in the project and documents seen by Reuters. The "
        "company, which built several monuments in Angola in the 2000s, kept about 70 North "
        "Korean workers at the site through 2024, the documents show. Angola told a U.N. "
        "panel in 2020 that all North Korean workers had left the country.\n\nOne of the "
        "people, an Angolan engineer, said the North Koreans worked mainly on concrete and "
        "finishing, while Angolan and Chinese subcontractors handled electrical work and "
        "plumbing. 'They worked very fast,' he said. 'On some days there were more than 100 "
        "of them.' Angola's foreign ministry did not respond to requests for comment. The "
        "engineer said the last of the workers flew home in March, after the complex was "
        "handed over to the provincial government.",
        [
            (70, ["AO"], "present", "construction"),
            (100, ["AO"], "present", "construction"),
        ],
    ),
    (
        "DOHA - Qatar's labor ministry said on Monday that no North Korean workers remain in "
        "the country, responding to a report by a U.S.-based rights group that said dozens "
        "were still employed by Qatari firms. The report, by the Migrant Justice Project, "
        "said it had identified 35 North Korean men working in Doha this year through "
        "interviews with other migrant workers. It did not say where they worked or for "
        "whom.\n\nAt their peak in 2016, about 2,800 North Koreans worked in Qatar, most of "
        "them on building sites, according to diplomats. Qatar's construction sector employs "
        "more than 900,000 migrant workers, mostly from South Asia. The ministry said it had "
        "deported 70 North Koreans in 2019 and 2020 whose visas had expired.",
        [
            (35, ["QA"], "present", None),
            (2800, ["QA"], "present", "construction"),
            (70, ["QA"], "repatriated", None),
        ],
    ),
    (
        "KHABAROVSK, December 3. /TASS/. Agricultural companies in the Khabarovsk Territory "
        "plan to employ 800 workers from the DPRK next season, up from 450 this year, the "
        "regional ministry of agriculture said on Wednesday. According to the ministry, the "
        "workers grow vegetables in greenhouses and tend soybean and corn fields in the "
        "Khabarovsk and Bikin districts. 'They have shown good results and the companies want "
        "to keep them,' deputy minister Natalia Sorokina said.\n\nThe regional government also "
        "said it was considering a program to attract IT specialists from other regions of "
        "Russia, offering them subsidized mortgages. About 1,200 IT specialists work in the "
        "territory now, it said.",
        [
            (800, ["RU"], "planned", "agriculture"),
            (450, ["RU"], "present", "agriculture"),
        ],
    ),
]

# --- batch l7: a last blind check after the fixes: murals, camps, totals, yards --------
# Before (written blind with l6): 11 of 11 found, precision 11/12; status 11/11, sector
# 10/11 (the miss left as a known one).
BATCH7: list[tuple[str, list[Figure]]] = [
    (
        "PHNOM PENH - A North Korean company that was once one of Cambodia's best-known "
        "builders of museums has returned to the country under a new name, VOA's Korean "
        "Service has found. Business records show the company, which built a panorama museum "
        "in Siem Reap, registered a Cambodian subsidiary last year. A Cambodian contractor "
        "told VOA that about 40 North Koreans were now working for the subsidiary on a hotel "
        "project in Sihanoukville. He said they were painting murals and making sculptures "
        "for the hotel's lobby and gardens. 'The project is big, and they are very good at "
        "this work,' he said.\n\nCambodia's government has said it complies with U.N. "
        "sanctions. In 2017, the museum company employed about 200 North Korean artists in "
        "Cambodia, according to a South Korean official.",
        [
            (40, ["KH"], "present", "other"),
            (200, ["KH"], "present", "other"),
        ],
    ),
    (
        "North Korean loggers flee Russian camp, sources say // Four North Korean loggers "
        "escaped from a logging camp in Russia's Tyndinsky district in October, two sources "
        "told RFA. The camp, run by a North Korean forestry company, employs about 130 North "
        "Koreans who cut larch for export to China, one of the sources, a Russian truck "
        "driver, said. After the escape, the camp's managers confiscated the workers' phones "
        "and banned trips to town.\n\nThe driver said the North Koreans also ran a small farm "
        "near the camp, where about 15 of them grew potatoes and cabbage for the camp's "
        "kitchen. North Korean loggers have worked in the Russian Far East since the 1960s; "
        "at the height of the Soviet-era program, more than 20,000 were employed in the "
        "region's forests.",
        [
            (130, ["RU"], "present", "logging"),
            (15, ["RU"], "present", "agriculture"),
            (20000, ["RU"], "present", "logging"),
        ],
    ),
    (
        "A report by the London-based Overseas Labour Watch says North Korea still has at "
        "least 40,000 workers abroad, far fewer than the estimated 100,000 before sanctions "
        "but more than governments acknowledge. The report lists China and Russia as the main "
        "destinations, followed by Laos, Vietnam and several countries in Africa. It says the "
        "workers are hard to track because they are often registered as students, trainees "
        "or employees of Chinese companies.\n\nIn China, where construction and manufacturing "
        "companies employ about 280 million migrant workers from rural areas, North Koreans "
        "are a tiny share of the workforce, the report notes. The report urges China and "
        "Russia to enforce resolution 2397 and to let U.N. monitors visit the sites where "
        "North Koreans work.",
        [
            (40000, ["M49:001"], "present", None),
            (100000, ["M49:001"], "present", None),
        ],
    ),
    (
        "MALABO, Equatorial Guinea (AP) - Equatorial Guinea has ended a contract with a North "
        "Korean company that supplied builders for a new government district in the city of "
        "Ciudad de la Paz, officials said Wednesday. About 160 North Korean workers had been "
        "building ministries and a conference center at the site since 2016, according to a "
        "government statement. The statement said the workers would be sent home by the end "
        "of the year.\n\nThe country has also employed North Korean doctors at its main "
        "hospital in Malabo, though officials would not say how many remain. A diplomat in "
        "the capital said at least 25 North Korean medical staff were still there in "
        "October.",
        [
            (160, ["GQ"], "present", "construction"),
            (25, ["GQ"], "present", "medical"),
        ],
    ),
    (
        "DALIAN - A shipbuilding company in Dalian's Lushunkou district has hired 150 North "
        "Korean welders and fitters to work on bulk carriers ordered by a Greek shipowner, "
        "according to local residents and an employment notice seen by our reporter. The "
        "notice, posted on a local job board in September, said the company was 'seeking "
        "skilled foreign workers' for 'hull assembly'. Residents said the North Koreans "
        "arrived in October and live in a fenced compound next to the yard.\n\nThe company "
        "also owns a fish-processing plant in the same district, where residents said about "
        "300 North Korean women have worked since 2021. Neither facility responded to "
        "requests for comment.",
        [
            (150, ["CN"], "dispatched", "shipbuilding"),
            (300, ["CN"], "present", "fishing"),
        ],
    ),
]

# --- batch l8: a last blind check on longer articles (220-300 words) --------------------
# Before (written blind after batches l1-l7 were fixed): 12 of 15 found, precision 12/14;
# status 12/12, sector 11/12. Not fixed: "It counted at least 150 in Vladivostok" after a
# sentence on IT workers (a bare figure carrying the sector before it lowers the fitted
# sector scores: many bare figures are totals). The defectors' "more than 1,000 a year"
# was added to NOT_WORKERS after the run (it was left out of the committed list).
BATCH8: list[tuple[str, list[Figure]]] = [
    (
        "SEOUL, Dec. 4 (Hanbit News) -- North Korea is believed to have sent at least 4,000 "
        "workers to Russia's Far East and Siberia this year, more than in any year since "
        "U.N. sanctions took effect in 2017, a state-run think tank here said Thursday.\n\n"
        "The Institute for National Unification Studies said in a report that most of the "
        "workers were dispatched to construction sites in Vladivostok, Khabarovsk and "
        "Novosibirsk, where Russian developers have struggled to find labor since 2022. "
        "Smaller groups were sent to sawmills in the Amur region and to farms in the Jewish "
        "Autonomous Region, it said.\n\n'Russia has effectively become the main outlet for "
        "North Korean labor exports,' said Lee Jae-hoon, a senior fellow who wrote the "
        "report. He said the workers typically enter Russia on student or trainee visas and "
        "are then placed with Russian companies through North Korean middlemen. The report "
        "estimated that North Korea earns about $800 a month per worker, and that the "
        "workers keep less than a third of their wages.\n\nIn a separate section, the report "
        "said about 1,200 North Korean workers who had been employed at garment factories in "
        "China's Liaoning province returned home between January and October, after their "
        "Chinese employers failed to renew contracts. It said the trading companies that "
        "sent them were looking for new placements in Russia.\n\nThe report also noted that "
        "the number of North Korean defectors arriving in South Korea fell to 160 last year, "
        "from more than 1,000 a year before the pandemic, which it said reflected tighter "
        "border controls in the North. The unification ministry said it was reviewing the "
        "report.",
        [
            (4000, ["RU"], "dispatched", None),
            (1200, ["CN"], "repatriated", "manufacturing"),
        ],
    ),
    (
        "North Korean builders in Vladivostok complain of unpaid wages // North Korean "
        "construction workers at a residential project in Vladivostok have not received "
        "their monthly pay for three months, a source in Russia told Daily Sentinel on "
        "Tuesday.\n\nThe project, a complex of six 20-storey apartment buildings in the "
        "city's Snegovaya Pad district, is being built by a Russian developer that hired a "
        "North Korean company under the Ministry of Capital Construction as a subcontractor. "
        "According to the source, about 220 North Korean workers are at the site, most of "
        "them plasterers, tilers and electricians.\n\n'The developer says it has paid the "
        "North Korean company, but the company says it has not received the money,' the "
        "source said. 'The workers are caught in the middle. Some have started to take side "
        "jobs at night, fixing up apartments for Russians.' The source said managers had "
        "warned the workers that anyone caught working on the side would be sent home.\n\n"
        "Another source in Vladivostok said about 80 North Korean workers had arrived there "
        "in November from a job at a port in Nakhodka, and were waiting to be assigned to a "
        "new project. 'They are living in a dormitory and doing nothing,' the source said. "
        "'Nobody knows where they will go.' North Korea has sent more workers to Russia "
        "since the two countries signed a partnership treaty in June 2024.",
        [
            (220, ["RU"], "present", "construction"),
            (80, ["RU"], "dispatched", None),
        ],
    ),
    (
        "KAMPALA (Reuters) - Uganda has ordered the last North Korean instructors and medical "
        "workers in the country to leave by the end of January, the foreign ministry said on "
        "Monday, as it seeks to show compliance with U.N. sanctions ahead of a visit by a "
        "U.N. monitoring team.\n\nA ministry spokesman said 14 North Korean police trainers, "
        "who had been teaching martial arts at a police academy near Kampala, and 11 North "
        "Korean doctors working at two regional hospitals would have their contracts "
        "terminated. 'The government is committed to its obligations,' he said.\n\nUganda has "
        "had military and police ties with North Korea since the 1980s. A U.N. panel of "
        "experts said in 2019 that North Korean companies had also built a hospital and a "
        "stadium in Uganda, employing at least 60 North Korean construction workers. The "
        "spokesman said none of those construction workers remained in the country. Chinese "
        "companies, which employ thousands of Ugandans and about 2,000 Chinese nationals on "
        "road and dam projects in Uganda, were not affected by the order, he said.\n\nHuman "
        "rights groups have long said North Korean workers abroad are forced to hand most of "
        "their earnings to the state. The U.N. estimated in 2017 that about 100,000 North "
        "Koreans worked abroad, earning the government about $500 million a year.",
        [
            (14, ["UG"], "present", "other"),
            (11, ["UG"], "present", "medical"),
            (60, ["UG"], "present", "construction"),
            (100000, ["M49:001"], "present", None),
        ],
    ),
    (
        "A report published this week by the Seoul-based Korea Cyber Policy Institute "
        "describes how North Korean IT workers in China have shifted their business from "
        "freelance platforms to direct contracts with small companies in Southeast Asia and "
        "Latin America.\n\nThe report, based on leaked chat logs and interviews with two "
        "former members of IT teams, estimates that about 1,000 North Korean software "
        "developers work in the Chinese cities of Shenyang, Dandong and Yanji, organized in "
        "teams of 10 to 20 under trading companies linked to the Munitions Industry "
        "Department. Each developer is expected to earn at least $5,000 a month for the "
        "state.\n\nOne former team leader quoted in the report said his team of 15 developers "
        "lived in a rented apartment in Shenyang and worked 16 hours a day. 'We were never "
        "allowed out alone,' he said. 'If someone did not meet his quota, he had to write "
        "self-criticism.'\n\nThe report also says that some North Korean IT workers have "
        "moved from China to Russia since 2023. It counted at least 150 in Vladivostok and "
        "Moscow. By comparison, the report notes, China's own software industry employs more "
        "than 8 million people.\n\nSeparately, the institute said that North Korean seafood "
        "processing workers in Dandong and Donggang, about 3,000 women by its estimate, were "
        "also being pushed to earn more as export orders shrank.",
        [
            (1000, ["CN"], "present", "it"),
            (15, ["CN"], "present", "it"),
            (150, ["RU"], "present", "it"),
            (3000, ["CN"], "present", "fishing"),
        ],
    ),
    (
        "MUSCAT - Oman says it has no North Korean workers left, but a building in the "
        "capital's Al Khuwair district tells a more complicated story, the Gulf Herald has "
        "found.\n\nThe eight-storey office block was completed in 2019 by a local contractor "
        "that, according to former employees, relied on North Korean crews supplied by a "
        "company from Pyongyang. 'They did the concrete frame and all the finishing,' said a "
        "Pakistani engineer who worked on the building. 'There were about 120 of them at the "
        "busiest time.'\n\nOman's labour ministry said in a statement that all North Korean "
        "workers had left the sultanate by December 2019, in line with U.N. Security Council "
        "resolution 2397. It said it had issued no work visas to North Koreans since 2017.\n\n"
        "But two former employees of the contractor said at least 30 of the North Koreans "
        "stayed on into 2020, living in a labour camp near the airport and working on villas "
        "for private clients. 'They were very skilled plasterers,' one said. The contractor, "
        "Al Noor Building Contracting, went out of business in 2021. Its former owner could "
        "not be reached.\n\nBefore sanctions, about 300 North Koreans were registered as "
        "working in Oman, according to a 2017 report by a U.N. panel of experts. The panel "
        "did not say in which sectors they were employed.",
        [
            (120, ["OM"], "present", "construction"),
            (30, ["OM"], "present", "construction"),
            (300, ["OM"], "present", None),
        ],
    ),
]

BATCHES = {
    "l1": BATCH1,
    "l2": BATCH2,
    "l3": BATCH3,
    "l4": BATCH4,
    "l5": BATCH5,
    "l6": BATCH6,
    "l7": BATCH7,
    "l8": BATCH8,
}

# Figures of other groups that must not be read as worker figures: "batch-row" -> values.
NOT_WORKERS: dict[str, list[float]] = {
    "l1-00": [1000],
    "l1-01": [40],
    "l1-02": [350, 200, 30000],
    "l1-03": [1500],
    "l1-04": [47],
    "l2-00": [600],
    "l2-01": [1100],
    "l2-03": [45000],
    "l3-00": [6000, 1000],
    "l3-02": [40000],
    "l3-04": [100],
    "l4-00": [700],
    "l4-03": [4000],
    "l4-04": [13200, 7800, 9000],
    "l5-00": [40],
    "l5-02": [3000],
    "l5-03": [600000],
    "l6-00": [3000],
    "l6-04": [1200],
    "l7-02": [280000000],
    "l8-00": [160, 1000],
    "l8-02": [2000],
    "l8-03": [8000000],
}

# Figures the count stage does not find, or judgments still missed: "batch-row-value" -> why.
# Fixed later (branch sector7): l2-03-260 ("her company has 260 ... seamstresses, who arrived
# in 2019": a group the subject holds is a stock; the arrival only describes it).
KNOWN: dict[str, str] = {
    "l2-02-1300": "count: 'including about 1,300 who had worked on construction projects' (a "
    "bare figure after 'including') is not counted",
    "l4-00-120": "count: 'about 120 of them worked on its sites' (a bare partitive after a "
    "colon) is not counted",
    "l4-01-35": "count: 'There are about 35 North Korean girls working there' is not counted",
    "l4-03-300": "count: 'he hoped to employ 300 next season' (a bare figure) is not counted",
    "l4-04-2100": "count: 'Of them, 7,800 said ... study, and 2,100 named work' (a bare figure "
    "after a partitive) is not counted",
    "l5-00-12": "sector: 'a restaurant that closed in 2019 has reopened as an art gallery "
    "selling paintings by North Korean artists, whose staff of about 12': the closed "
    "restaurant is a second sector of the sentence (no former marker before it)",
    "l5-03-14": "count: 'arrested 14 North Korean men working illegally' is not counted",
    "l6-01-50": "count: 'some 50 North Korean men work in the same district as security "
    "guards and drivers' is not counted",
    "l6-02-100": "sector: \"'On some days there were more than 100 of them.'\" names its site "
    "only three sentences back, past the carry reach (a longer reach lowers dev2 sector)",
    "l8-02-14": "count: '14 North Korean police trainers, who had been teaching martial arts' "
    "is not counted",
    "l8-03-15": "count: 'his team of 15 developers lived in a rented apartment' is not counted",
    "l8-03-150": "sector: 'It counted at least 150 in Vladivostok and Moscow' after a sentence "
    "on IT workers: a bare figure does not carry the sector before it",
    "l8-04-30": "count: 'at least 30 of the North Koreans stayed on into 2020' (a partitive) "
    "is not counted",
    "l7-00-40": "sector: 'working ... on a hotel project in Sihanoukville' reads hospitality; "
    "the work (painting murals, making sculptures) is told in the next sentence",
}

# Other groups' figures still read as workers: "batch-row-value" -> why.
KNOWN_OTHERS: dict[str, str] = {
    "l2-03-45000": "count: the zone 'employs about 45,000 workers' (its whole workforce) is "
    "read as North Korean workers",
    "l6-04-1200": "count: 'About 1,200 IT specialists work in the territory now' (Russians) "
    "is read as North Korean workers",
}


@pytest.mark.parametrize(
    ("text", "value", "dests", "status", "sector"), figure_rows(BATCHES, KNOWN)
)
def test_status_and_sector_in_long_news(extractor, text, value, dests, status, sector):
    found = figures(extractor, text)
    assert value in found, "the count stage does not find the figure"
    assert found[value][1:] == (status, sector)


@pytest.mark.parametrize(("text", "value"), other_rows(BATCHES, NOT_WORKERS, KNOWN_OTHERS))
def test_other_groups_are_no_worker_figures(extractor, text, value):
    assert value not in figures(extractor, text)
