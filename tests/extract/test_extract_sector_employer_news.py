"""Sector and status of worker figures in news articles (100-300 words) where the sector is
told by the employer or the workplace rather than by a job noun (a shipyard, a fish plant, a
sewing workshop, a hospital, a software outsourcing firm, a timber concession, a farm
cooperative, a hotel, a mine), by the headline only, or in a sentence after the figure;
several sectors in one article, each with its own figure; rare sectors (medical workers,
artists, sports coaches, crypto and IT, seafood processing, shipbuilding, farms, mines,
restaurants); sector words about another group beside the figure (traps); generic
"labourers" whose workplace is named two sentences later. Statuses: planned against
dispatched against present, conditionals, negation, returns, shelved plans.

Written for these tests in blind batches: each batch's expected table was committed before
the extractor was run on it. People, firms, outlets and figures are invented. Conventions
as in ``test_extract_sector_status_news.py`` and ``test_extract_sector_long_news.py``;
besides:

- sports coaches and instructors, artists, sculptors and painters are ``other``;
- a plan that was shelved or depends on a condition ("could take up to 2,000 ... if") is
  still ``planned`` (no other status fits);
- a group suspended or told to leave that has not left is ``present``;
- other groups' figures (host nationals, other migrants) are ``NOT_WORKERS``.

A figure row reads ``(value, destinations, status, sector)``, the value being the high bound
(the low one when there is none). Only the figures the count stage finds are judged, on
status and sector, as the scorer judges them; destinations are kept for the record. A
headline ends at " // ".
"""

from __future__ import annotations

import pytest

from .tables import figure_rows, figures_by_value, other_rows

Figure = tuple[float, list[str], str, str | None]
PUBLISHED = "2025-11"  # the articles' date (for "this year", "next spring")


# --- batch s1: employers and workplaces, several sectors, a workplace two sentences on ----
# Before any change: 17 of 19 figures found, precision 17/18 (the Russian loggers' 200);
# status 15/17, sector 13/17. Fixed: "the Federal Medical Centre" (medical and health
# centres are medical); "The venture already employs around 550" after "a joint venture
# holding a timber concession" (a venture, concession or cooperative is a workplace referred
# back to); "They were taken ... to the industrial park. The park is home to a dozen
# garment workshops ..." (a figure of things, "a dozen workshops", is no head count that ends
# the chain of sentences about the same workers); "has asked the regional government for 400
# more" (a verb of asking a few words before "for" and the figure: a request, planned).
# After: status 16/17, sector 16/17.
BATCH1: list[tuple[str, list[Figure]]] = [
    (
        "VLADIVOSTOK (Pacific Ledger) - North Korean labour is back in Primorsky Krai in "
        "force, according to figures the regional labour office released on Thursday. "
        "Building contractors in the region employ about 2,600 North Koreans, the office "
        "said, while the Zvezda-Vostok shipyard in Bolshoy Kamen has some 700 North Korean "
        "welders and fitters on its payroll. Seafood plants along the coast near Nakhodka now "
        "rely on roughly 450 North Korean women to gut and pack pollock, and a network of "
        "state clinics employs 120 North Korean nurses and masseurs. Officials expect another "
        "1,000 North Koreans to arrive before spring, most of them for housing projects in "
        "Artem.",
        [
            (2600, ["RU"], "present", "construction"),
            (700, ["RU"], "present", "shipbuilding"),
            (450, ["RU"], "present", "fishing"),
            (120, ["RU"], "present", "medical"),
            (1000, ["RU"], "planned", "construction"),
        ],
    ),
    (
        "DANDONG, China - Around 300 North Korean labourers crossed the Yalu River bridge "
        "into Dandong on Monday morning, witnesses said, the largest single group seen this "
        "year. They were taken by bus to the Hongxing industrial park on the city's southern "
        "edge. The park is home to a dozen garment workshops that stitch jackets for export "
        "to Europe and Japan, and local traders said the newcomers would be split among "
        "them. A trader named Liu said about 80 more women were waiting in Sinuiju for their "
        "papers. Dandong customs did not respond to a request for comment. Under UN "
        "Security Council resolutions, member states were required to send all North Korean "
        "workers home by the end of 2019.",
        [
            (300, ["CN"], "dispatched", "manufacturing"),
            (80, ["CN"], "recruiting", "manufacturing"),
        ],
    ),
    (
        "KHABAROVSK - A Russian-North Korean joint venture holding a timber concession in "
        "the Verkhnebureinsky district has asked the regional government for 400 more North "
        "Korean workers for the winter felling season, a regional official told the Amur "
        "Courier. The venture already employs around 550 North Koreans at three camps in the "
        "taiga. Local Russian loggers, about 200 of whom lost their jobs when a sawmill "
        "closed in Chegdomyn last year, have protested against the plan. 'The camps cannot "
        "find Russians willing to work in the cold for these wages,' the official said. The "
        "North Koreans fell larch and pine and live in wooden barracks on site, according to "
        "a former interpreter for the venture.",
        [
            (400, ["RU"], "planned", "logging"),
            (550, ["RU"], "present", "logging"),
        ],
    ),
    (
        "LAGOS - Nigeria's health ministry says it has ordered a review of foreign staff at "
        "state hospitals after reports that dozens of North Korean doctors were practising "
        "in the country without proper registration. A ministry spokeswoman, Adaeze Okafor, "
        "said 34 North Koreans employed by the Federal Medical Centre in Makurdi had been "
        "suspended but had not left the country. 'Nobody has been deported,' she said. A "
        "South Korean researcher, Park Min-jae of the Hanul Institute, estimates that about "
        "150 North Korean medical staff work across West Africa. Nigeria has never "
        "acknowledged a medical agreement with Pyongyang, and the ministry did not say how "
        "the doctors had entered the country.",
        [
            (99, ["NG"], "present", "medical"),
            (34, ["NG"], "present", "medical"),
            (150, ["M49:011"], "present", "medical"),
        ],
    ),
    (
        "A Shenyang software outsourcing company has quietly employed some 60 North Korean "
        "workers since 2022, a cybersecurity firm said in a report released on Wednesday. The "
        "workers, who posed as Chinese and Japanese freelancers, wrote trading bots for "
        "cryptocurrency exchanges, according to the report by Seoul-based Blueharbor "
        "Security. The company had planned to bring in another 40 from Pyongyang this "
        "autumn, but the plan was shelved after the report's findings were shared with "
        "Chinese authorities, the firm said. Blueharbor said the developers were paid "
        "between $2,000 and $3,000 a month each, most of which was passed to a North Korean "
        "trading company. Chinese authorities did not respond.",
        [
            (60, ["CN"], "present", "it"),
            (40, ["CN"], "planned", "it"),
        ],
    ),
    (
        "Russia's Amur region has stopped renewing the contracts of North Korean workers, "
        "the regional agriculture ministry said. About 230 who worked on the soybean fields "
        "of the Zarya cooperative near Tambovka went home in October, and the last 60 will "
        "leave when the harvest is finished. In Blagoveshchensk, meanwhile, the Hotel "
        "Amurskaya still employs 25 North Korean cooks and cleaners, its director said. The "
        "cooperative's chairman, Viktor Lazarev, said he would hire local pensioners instead. "
        "'We will manage, but the yields will fall,' he said. The hotel's director, who asked "
        "not to be named, said the cooks had not been told when they must go home.",
        [
            (230, ["RU"], "repatriated", "agriculture"),
            (60, ["RU"], "present", "agriculture"),
            (25, ["RU"], "present", "hospitality"),
        ],
    ),
    (
        "ULAANBAATAR (Steppe Wire) - Some 90 North Korean workers have arrived at a copper "
        "mine in Mongolia's Govi-Altai province despite a UN ban, according to a local "
        "lawmaker, Batbayar Dorj. He said the company running the mine, Altan Khuder LLC, "
        "also employs about 300 Chinese miners. Mongolia sent home what it said were its last "
        "500 North Korean workers in late 2019. Dorj said the new arrivals had entered on "
        "tourist visas through the Zamyn-Uud border crossing and were housed in containers "
        "beside the pit. Mongolia's labour ministry said it was checking the report. North "
        "Korean sappers have also been reported clearing mines for Russia near Kursk, but "
        "Mongolian officials said there was no link.",
        [
            (90, ["MN"], "dispatched", "mining"),
            (500, ["MN"], "repatriated", None),
        ],
    ),
]

# --- batch s2: headlines, conditionals, negation, returns, coaches and artists ----------
# Before (written blind with s1, run with it): 12 of 15 found (the coaches' article read as
# irrelevant), precision 12/12; status 11/12, sector 10/12. Fixed: "were taken to the site of
# a new hospital" (the site of a new structure is a building site); "16 football and taekwondo
# coaches" (sports coaches are other; sculptors and sports coaches are words of labour for
# relevance); "could take up to 2,000 ... if" (a possibility of taking workers is a plan).
# After: 15 of 15 found; status 15/15, sector 14/15.
BATCH2: list[tuple[str, list[Figure]]] = [
    (
        "North Korean seamstresses flown to Russian uniform maker // MOSCOW (Metro Wire) - A "
        "charter flight from Pyongyang landed in Ulyanovsk on Friday carrying about 140 North "
        "Korean women, a local news site reported, citing airport staff. The women are to "
        "work under a three-year contract, it said. Regional authorities have also issued "
        "permits for 260 North Korean workers for road projects next year. A spokesman for "
        "the company that chartered the plane declined to comment, and the Russian foreign "
        "ministry did not answer questions. Moscow has denied breaking UN sanctions that bar "
        "the employment of North Korean nationals.",
        [
            (140, ["RU"], "dispatched", "manufacturing"),
            (260, ["RU"], "planned", "construction"),
        ],
    ),
    (
        "Russia's Sakhalin region could take up to 2,000 North Korean workers for its "
        "fish-processing plants if Moscow and Pyongyang sign a new labour agreement, the "
        "region's fisheries chief, Oleg Vasnetsov, told reporters. No North Koreans "
        "currently work at the island's plants, he said, though about 150 are employed at a "
        "shipyard in Kholmsk. Vasnetsov said the plants had lost most of their seasonal staff "
        "since 2022 and were operating at half capacity. Local trawler crews have also "
        "shrunk, he said. He did not say when talks on the agreement might begin.",
        [
            (2000, ["RU"], "planned", "fishing"),
            (150, ["RU"], "present", "shipbuilding"),
        ],
    ),
    (
        "At least 18 North Korean women who had worked at the Pyongyang Okryu restaurant in "
        "Siem Reap were flown back to North Korea via Beijing last week, a Cambodian tourism "
        "official said. The restaurant, once popular with South Korean tour groups, closed "
        "its doors in July. A second North Korean restaurant in Phnom Penh is still open and "
        "employs about a dozen waitresses and cooks, the official added. Cambodia ordered the "
        "closure of North Korean-run businesses in 2019 under UN sanctions, but several "
        "restaurants later reopened under Cambodian owners.",
        [
            (18, ["KH"], "repatriated", "hospitality"),
            (12, ["KH"], "present", "hospitality"),
        ],
    ),
    (
        "Some 400 North Korean labourers have been working in Ussuriysk since the spring, "
        "according to the city's migration office. Most live in dormitories on the "
        "outskirts. 'They do not speak to anyone,' said a woman who sells groceries near one "
        "of the buildings. Their employer, the Primorye Agro holding, grows tomatoes and cucumbers "
        "in a 60-hectare greenhouse complex, and it also hires about 250 Uzbek and "
        "Vietnamese workers for its packing lines. The migration office said the North "
        "Koreans had entered Russia on study visas, which do not allow them to work.",
        [(400, ["RU"], "present", "agriculture")],
    ),
    (
        "CHITA (Zabaikal Today) - The Zabaikalsky region will receive 500 North Korean "
        "construction workers under an agreement signed in Pyongyang on Tuesday, the "
        "regional governor's office said. The first 120 arrived by train on Wednesday and "
        "were taken to the site of a new hospital in Chita. The office also said 80 North "
        "Korean medical workers would staff the hospital once it opens in 2027. Russia's "
        "minister for the Far East, who attended the signing, said the workers would also be "
        "used on a new bridge over the Ingoda river. Zabaikalsky has one of the country's "
        "lowest unemployment rates and has struggled to fill jobs since 2022.",
        [
            (500, ["RU"], "planned", "construction"),
            (120, ["RU"], "dispatched", "construction"),
            (80, ["RU"], "planned", "medical"),
        ],
    ),
    (
        "North Korea keeps a small but steady presence in African sport and art. Pyongyang "
        "has sent 16 football and taekwondo coaches to Uganda and Tanzania since 2023, "
        "according to a Kampala sports official. Around 40 artists from a Pyongyang studio "
        "paint murals and cast bronze statues for clients in Angola and Namibia, a "
        "Johannesburg researcher said. Namibia sent home 11 North Korean sculptors in 2021. "
        "The coaches train national youth teams and are paid by the host governments, the "
        "official said. South Korea's unification ministry says such exchanges breach UN "
        "sanctions because the earnings go to the state.",
        [
            (16, ["TZ", "UG"], "dispatched", "other"),
            (40, ["AO", "NA"], "present", "other"),
            (11, ["NA"], "repatriated", "other"),
        ],
    ),
    (
        "About 70 North Korean women at a squid processing plant in Hunchun did not go home "
        "during the pandemic border closure and are still there, a relative in Rason told "
        "Daily Sentinel. 'They were supposed to come back in 2020, but the border closed,' "
        "she said. Another factory in the same zone, which makes wigs, sent its 45 North "
        "Korean workers back across the Tumen River in August. Hunchun, on the border with "
        "North Korea and Russia, hosts dozens of Chinese-owned plants that once relied on "
        "North Korean labour. Chinese officials have said the country complies fully with UN "
        "sanctions.",
        [
            (70, ["CN"], "present", "fishing"),
            (45, ["CN"], "repatriated", "manufacturing"),
        ],
    ),
]

# --- batch s3: resorts and hotels, canneries, outsourcing firms, hospitals, cooperatives --
# Before (written blind after s1-s2 were fixed): 14 of 15 found, precision 14/14; status
# 12/14, sector 12/14. Fixed: "returned to a half-finished resort complex" (an unfinished
# workplace is a building site); "to finish the interiors of the resort's three towers"
# (finishing interiors is construction work, over the resort the sentence names); "120 ...
# women who were due to start work at a ... plant have not arrived" (a verb after a verb of
# starting is its complement, not the main verb after the relative clause). After: status
# 13/14, sector 14/14. Later (branch sector7): "returned to a half-finished resort complex"
# (a return to a workplace, no home after it, is a flow abroad): status 14/14.
BATCH3: list[tuple[str, list[Figure]]] = [
    (
        "Construction crews from North Korea back at Sochi resort project // SOCHI (Black "
        "Sea Herald) - About 200 North Korean workers have returned to a half-finished resort "
        "complex on the Black Sea coast after a two-month break, the developer said on "
        "Monday. The men are housed in a hotel owned by the developer in Adler and are bussed "
        "to the site each morning. A spokeswoman for the developer, Irina Volkova, said the "
        "company hopes to bring in another 150 North Koreans in the spring to finish the "
        "interiors of the resort's three towers. Russian officials have repeatedly denied "
        "that North Koreans work in the country in breach of UN sanctions, describing the "
        "arrivals as students.",
        [
            (200, ["RU"], "dispatched", "construction"),
            (150, ["RU"], "planned", "construction"),
        ],
    ),
    (
        "VLADIVOSTOK - Some 120 North Korean women who were due to start work at a crab "
        "processing plant on Russky Island in October have not arrived, the plant's owner "
        "told the Primorye Courier. 'Their visas were approved, the dormitory is ready, but "
        "nobody has come,' said the owner, Gennady Frolov. Frolov said his plant still "
        "employs 35 North Koreans who came in 2023, most of them on the packing line. He said "
        "he had heard that the group was held up in Pyongyang because of a quarantine. The "
        "regional labour ministry said it had issued permits for 1,800 North Korean workers "
        "this year, but could not say how many had entered Russia.",
        [
            (120, ["RU"], "planned", "fishing"),
            (35, ["RU"], "present", "fishing"),
            (1800, ["RU"], "planned", None),
        ],
    ),
    (
        "WASHINGTON - Two Chinese companies, a software outsourcing firm in Dalian and a "
        "trading house in Dandong, helped about 130 North Korean programmers find freelance "
        "work for Western clients, the US Treasury said on Thursday as it announced "
        "sanctions. The Treasury said the Dalian firm, Jinhai Information Technology, housed "
        "at least 45 of the North Koreans in its own offices. The Dandong trading house also "
        "ran a sewing workshop that employed some 90 North Korean women, the statement said, "
        "and sent their wages back to Pyongyang. The North Korean IT workers earned up to "
        "$5,000 a month each, much of it in cryptocurrency.",
        [
            (130, ["CN"], "present", "it"),
            (90, ["CN"], "present", "manufacturing"),
        ],
    ),
    (
        "DAR ES SALAAM (Coastal Times) - Tanzania's health ministry has ordered 22 North "
        "Korean doctors working at a private hospital in Dodoma to leave the country by the "
        "end of the month. The hospital, Upendo Hospital, had employed the North Koreans since "
        "2018, mostly in its acupuncture and surgery wards. A ministry official said another "
        "group of 14 North Korean medical workers was sent home in March after their permits "
        "lapsed. North Korean doctors have worked in Tanzania since the 1980s, when Pyongyang "
        "first sent medical teams to several African countries under aid agreements.",
        [
            (22, ["TZ"], "present", "medical"),
            (14, ["TZ"], "repatriated", "medical"),
        ],
    ),
    (
        "BLAGOVESHCHENSK (Amur Today) - A group of 65 North Korean men arrived in the village "
        "of Ivanovka on Saturday, local residents said. The men will spend the season on the "
        "fields of the Rassvet cooperative, which grows soybeans and wheat on leased land "
        "near the Chinese border. The cooperative's director, Pavel Osipov, said he had "
        "applied for permits for 40 more next year. 'Russians do not want this work,' he "
        "said. 'The North Koreans are disciplined and they do not drink.' The regional "
        "government has said it wants to bring farm output back to Soviet-era levels.",
        [
            (65, ["RU"], "dispatched", "agriculture"),
            (40, ["RU"], "planned", "agriculture"),
        ],
    ),
    (
        "Report: North Korean labourers at Congo cobalt site // KINSHASA - About 50 North "
        "Korean labourers are working for a Chinese-run company that operates a cobalt "
        "concession near Kolwezi, a local rights group said in a report. The company, Kasai "
        "Cobalt Mining, hired the North Koreans in 2024 through a Beijing agency, the group, "
        "Justice Lualaba, said. Congolese artisanal diggers at the site, who number in the "
        "thousands, were not affected. Justice Lualaba said 20 more North Koreans were "
        "expected in January and urged the government to enforce UN sanctions.",
        [
            (50, ["CD"], "present", "mining"),
            (20, ["CD"], "planned", "mining"),
        ],
    ),
    (
        "BEIJING - North Korean restaurants in China are hiring again. At the Pyongyang "
        "Haedanghwa branch in Beijing's Chaoyang district, a manager said 28 waitresses had "
        "arrived from Pyongyang in the autumn to replace staff who left before the pandemic. "
        "Another branch in Shanghai now employs about 40 North Koreans, mostly singers and "
        "dancers who perform for diners each evening. A Chinese chef at the Beijing branch "
        "said he was one of six local cooks hired last year, and that the North Korean women "
        "were not allowed to leave the building alone.",
        [
            (28, ["CN"], "dispatched", "hospitality"),
            (40, ["CN"], "present", "hospitality"),
        ],
    ),
]

# --- batch s4: headline sectors, lists of regions, deals that fell through, resumptions ---
# Before (written blind with s3, after s1-s2 were fixed): 18 of 18 found, precision 18/18;
# status 16/18, sector 15/18. Fixed: "180 were building a sports arena" (arenas, halls,
# churches, terminals and stations are structures built); "In Tomsk, 180 ...; in Kamchatka,
# 260 ...; and in Tuva, 70 ..." (items of a list parted by semicolons each keep their own
# clause's sector); "some 2,400 North Koreans were 'engaged in various sectors'" (vague work
# in the figure's own part is no sector, even when a later sentence names one); "The workers
# were assigned to plants ... that process pollock" two sentences on, past "Most were
# women in their twenties" (a sentence opening with a bare part of the group and its verb
# speaks of the group); "signed a deal for 40 North Korean workers" (a contract for workers
# is a plan, as a request is). After: status 17/18, sector 18/18; after s5's fix (below),
# status 18/18.
BATCH4: list[tuple[str, list[Figure]]] = [
    (
        "Sakhalin shipyard takes on North Korean welders // YUZHNO-SAKHALINSK (Island Post) - "
        "Forty-five North Korean workers arrived on the island this week to start a two-year "
        "contract, the regional government said on Tuesday. They are the first North Koreans "
        "to be employed on Sakhalin since 2019, officials said. The contract provides for a "
        "further 30 to join them in the summer if the first group's work is judged "
        "satisfactory. The regional government did not name the employer, and the Russian "
        "foreign ministry did not respond to questions about UN sanctions.",
        [
            (45, ["RU"], "dispatched", "shipbuilding"),
            (30, ["RU"], "planned", "shipbuilding"),
        ],
    ),
    (
        "A UN panel report seen by the Seoul Ledger lists North Korean workers in seven "
        "Russian regions. In Tomsk, 180 were building a sports arena; in Kamchatka, 260 "
        "worked at two fish canneries; and in Tuva, 70 were digging coal at an open-pit mine "
        "owned by a Russian-Chinese venture. The report also cites a Russian ministry letter "
        "saying some 2,400 North Koreans were 'engaged in various sectors' in the Far East at "
        "the end of 2024. The panel found no evidence that North Koreans had been employed by "
        "Russian shipyards, the report said.",
        [
            (180, ["RU"], "present", "construction"),
            (260, ["RU"], "present", "fishing"),
            (70, ["RU"], "present", "mining"),
            (2400, ["RU"], "present", None),
        ],
    ),
    (
        "WARSAW/SEOUL - Russia and China are not the only places where North Korean "
        "labourers have worked. Until 2019, about 60 North Koreans were employed at a "
        "shipyard in the Polish city of Szczecin, prosecutors found. A Slovak cannery signed "
        "a deal for 40 North Korean workers that year, but they never came, a former company "
        "official told the Ledger. Serbian police last month raided a building site in Novi "
        "Sad and found 17 North Korean men working on a residential tower, the interior "
        "ministry said; they were released after questioning.",
        [
            (60, ["PL"], "present", "shipbuilding"),
            (40, ["SK"], "planned", "fishing"),
            (17, ["RS"], "present", "construction"),
        ],
    ),
    (
        "HUNCHUN, China - Local officials here say roughly 1,000 North Korean labourers "
        "crossed into the city in September, the first large group since the border "
        "reopened. Most were women in their twenties. The workers were assigned to plants in "
        "the city's border trade zone that process pollock, crab and squid for export to "
        "South Korea and Japan, a trader said. Another 500 are expected before the Lunar New "
        "Year, the trader said, adding that Chinese owners prefer North Koreans because they "
        "cannot change jobs.",
        [
            (1000, ["CN"], "dispatched", "fishing"),
            (500, ["CN"], "planned", "fishing"),
        ],
    ),
    (
        "VIENTIANE - Laos' first North Korean-run software company is looking for clients. "
        "The company, Sun Rise IT, opened in Vientiane last year with 25 North Korean "
        "developers and plans to double its staff by 2026, its Lao partner said. The "
        "developers build mobile games and crypto trading apps for clients in China and "
        "Southeast Asia. Separately, about 60 North Korean doctors and nurses work at a "
        "hospital in the capital, and a North Korean restaurant nearby employs 15, according "
        "to a diplomat in the city.",
        [
            (25, ["LA"], "present", "it"),
            (60, ["LA"], "present", "medical"),
            (15, ["LA"], "present", "hospitality"),
        ],
    ),
    (
        "Mongolia's last North Korean farmhands head home // ULAANBAATAR - About 30 North "
        "Korean workers who had been growing vegetables in greenhouses outside Ulaanbaatar "
        "left for Pyongyang on a chartered flight on Friday, the Mongolian labour ministry "
        "said. The ministry said about 120 North Koreans who had gone home for a holiday in "
        "the summer returned to work at construction sites in the capital in October, and "
        "would stay until their contracts end next year. Mongolia has been criticised by the "
        "UN panel for failing to send all North Korean workers home.",
        [
            (30, ["MN"], "repatriated", "agriculture"),
            (120, ["MN"], "present", "construction"),
        ],
    ),
    (
        "KUWAIT CITY - Kuwaiti authorities say they have deported 110 North Korean "
        "construction workers since January, most of whom had been working on housing "
        "projects for a state contractor. Four of the workers were taken to hospital after a "
        "heat-related accident at a site in Jahra in July, the interior ministry said. Kuwait "
        "says about 40 North Koreans remain, all employed as cooks and cleaners at a hotel in "
        "the capital, and that they will leave by December.",
        [
            (110, ["KW"], "repatriated", "construction"),
            (40, ["KW"], "present", "hospitality"),
        ],
    ),
]

# --- batch s5: a last blind check after the fixes of s1-s4 (measured, not fitted) --------
# Before (written blind after s1-s4 were fixed): 15 of 16 found, precision 15/15; status
# 13/15, sector 15/15. Fixed (the second miss of its kind after s4-04-25): "had 85 North
# Korean workers at the end of 2024 ... and plans to take on 100 more" (a group held by the
# subject, "had"/"with" right before it: what the subject does after a coordinator is not
# the group's); "the Dalzavod ship repair yard has about 240" ("ship" before "repair",
# "yard" or "hull" is a noun, no shipping). After: status 15/15, sector 15/15.
BATCH5: list[tuple[str, list[Figure]]] = [
    (
        "Hospital, shipyard and hotel: where North Koreans work in Vladivostok // "
        "VLADIVOSTOK (Far East Monitor) - A city hospital in Vladivostok employs 18 North "
        "Korean nurses to cover night shifts, its chief physician said on Wednesday, "
        "defending the decision as a response to a shortage of Russian staff. Across the bay, "
        "the Dalzavod ship repair yard has about 240 North Korean workers on its books, "
        "according to a trade union official. And at the Hotel Primorye, 30 North Korean "
        "housekeepers and kitchen hands arrived in November. City officials declined to say "
        "how many North Koreans are in Vladivostok in total.",
        [
            (18, ["RU"], "present", "medical"),
            (240, ["RU"], "present", "shipbuilding"),
            (30, ["RU"], "dispatched", "hospitality"),
        ],
    ),
    (
        "NAKHODKA - Police in the port city of Nakhodka detained 26 North Korean labourers on "
        "Tuesday during a check of migrants' documents, the regional interior ministry said. "
        "The men had been living in a converted warehouse near the port. They worked for a "
        "local company that salts and freezes herring and pollock for export, the ministry "
        "said. A separate check at a construction site in the city found 40 Uzbek workers "
        "without valid permits. The ministry did not say whether the North Koreans would be "
        "deported.",
        [(26, ["RU"], "present", "fishing")],
    ),
    (
        "DOHA - Qatar will not renew the contracts of the roughly 400 North Korean "
        "construction workers still in the country when they expire next year, a labour "
        "ministry official said. Under the plan, the workers, who build villas and roads for "
        "a local contractor, would be flown home in groups of 50. The official said 60 "
        "others, who worked as cooks at labour camps, were sent back in September. Qatar "
        "once hosted several thousand North Korean workers, most of them on building sites "
        "for the World Cup.",
        [
            (400, ["QA"], "present", "construction"),
            (60, ["QA"], "repatriated", "hospitality"),
            (9999, ["QA"], "present", "construction"),
        ],
    ),
    (
        "HANOI - A group of 35 North Koreans who entered Vietnam on business visas last year "
        "have been working out of a rented villa in Da Nang, according to a report by the "
        "Hanoi-based security researcher Tran Minh Duc. The report says the group takes "
        "orders through a software outsourcing company registered in Hong Kong, writing code "
        "for online casinos and crypto wallets. Tran said he had identified at least three "
        "other such teams in Southeast Asia, and that their earnings were sent to Pyongyang "
        "through Chinese banks.",
        [(35, ["VN"], "present", "it")],
    ),
    (
        "KHABAROVSK - The Dalles timber concession in the Vanino district employs about 310 "
        "North Koreans, more than any other employer in the Khabarovsk region, regional data "
        "obtained by the Amur Courier show. A gold mining company in the Okhotsk district had "
        "85 North Korean workers at the end of 2024, the data show, and plans to take on 100 "
        "more. The data also list 1,200 Chinese nationals working in the region's forestry "
        "sector. Regional officials did not respond to questions about UN sanctions.",
        [
            (310, ["RU"], "present", "logging"),
            (85, ["RU"], "present", "mining"),
            (100, ["RU"], "planned", "mining"),
        ],
    ),
    (
        "WINDHOEK - Eight years after Namibia ordered North Korean firms to leave, about 30 "
        "North Korean artists are again working in the country, painting murals for a new "
        "government complex in Windhoek, a local newspaper, The Namib Observer, reported. "
        "The paper said the artists arrived in March and are housed at a construction camp "
        "outside the city. Namibia's foreign ministry said it had not issued any work permits "
        "to North Koreans and would investigate the report.",
        [(30, ["NA"], "present", "other")],
    ),
    (
        "SEOUL, Dec. 3 (Hanbit News) -- North Korea sent about 700 workers to farms in "
        "Russia's Primorsky Krai this year, more than double last year's figure, a "
        "unification ministry official said Wednesday. The workers, employed mostly by "
        "agricultural cooperatives growing rice and soybeans, entered Russia on trainee "
        "visas, the official said. He added that Pyongyang had also offered Moscow 1,500 "
        "builders for reconstruction work in the Kursk region, but that no decision had "
        "been made.",
        [
            (700, ["RU"], "dispatched", "agriculture"),
            (1500, ["RU"], "planned", "construction"),
        ],
    ),
    (
        "PHNOM PENH - Two of the three North Korean restaurants that were still open in "
        "Phnom Penh closed last month, and about 25 of their staff flew back to Pyongyang, a "
        "Cambodian official said. The third, near the Independence Monument, still has around "
        "10 North Korean employees, he said. Cambodia's tourism ministry said it would "
        "inspect the remaining restaurant in January, and that any North Koreans found "
        "working there without permits would be deported.",
        [
            (25, ["KH"], "repatriated", "hospitality"),
            (10, ["KH"], "present", "hospitality"),
        ],
    ),
]

# --- batch s6: a second late blind check (measured, not fitted) ------------------------
# Before (written blind after s1-s5 were fixed): 12 of 13 found, precision 12/12; status
# 12/12, sector 9/12. Fixed after the measure: "a maker of fishing nets" (the product after
# a maker or manufacturer is made: manufacturing); "A team of 14 North Koreans working from
# a guesthouse ... stole ... from cryptocurrency exchanges" (working from a hotel or
# guesthouse is sitting there; cryptocurrency, crypto and blockchain are IT); "some 1,000
# North Koreans work abroad in such roles" ("such roles", "such jobs" refer back to the work
# named before). After: status 12/12, sector 12/12.
BATCH6: list[tuple[str, list[Figure]]] = [
    (
        "Chinese seafood exporter fined over North Korean staff // QINGDAO - A court in "
        "Shandong province has fined a seafood exporter 2 million yuan for employing 95 North "
        "Korean women at its plant in Rongcheng, court records show. The women peeled shrimp "
        "and packed frozen squid for buyers in Japan and the United States, the records say. "
        "The company told the court the women had been hired through a labour agency in "
        "Dandong and were sent home in 2023. A second firm in the same industrial park, a "
        "maker of fishing nets, still employs about 60 North Koreans, a local resident said.",
        [
            (95, ["CN"], "present", "fishing"),
            (60, ["CN"], "present", "manufacturing"),
        ],
    ),
    (
        "KURSK, Russia (Border Herald) - About 1,000 North Korean military engineers have "
        "been clearing mines in the Kursk region since the spring, Russian officials have "
        "said. Separately, some 300 North Korean civilian workers are rebuilding a damaged "
        "school and apartment blocks in the town of Sudzha, a local official told the "
        "Herald. A further 200 are to arrive in January to work at a coal mine near Kursk "
        "that was flooded during the fighting, the official said, adding that they would "
        "live in tents until barracks are built.",
        [
            (300, ["RU"], "present", "construction"),
            (200, ["RU"], "planned", "mining"),
        ],
    ),
    (
        "SEOUL (Korea Desk) - A team of 14 North Koreans working from a guesthouse in the "
        "Russian city of Vladivostok stole about $3 million from cryptocurrency exchanges "
        "last year, South Korea's National Intelligence Service said. The team members posed "
        "as freelance blockchain engineers on hiring platforms, the agency said. It "
        "estimated that some 1,000 North Koreans work abroad in such roles, most of them in "
        "China and Russia, and that their earnings fund the country's weapons programmes.",
        [
            (14, ["RU"], "present", "it"),
            (1000, ["M49:001"], "present", "it"),
        ],
    ),
    (
        "TASHKENT - Uzbekistan has no North Korean workers, its labour ministry said, but a "
        "cotton farm cooperative in the Syrdarya region told local media it had employed 45 "
        "North Koreans until 2019. None has returned since, the cooperative's chairman said. "
        "Neighbouring Kazakhstan sent home 120 North Korean builders in 2018 and says none "
        "remain. Both countries have told the UN that they comply with the sanctions on "
        "North Korean labour.",
        [
            (45, ["UZ"], "present", "agriculture"),
            (120, ["KZ"], "repatriated", "construction"),
        ],
    ),
    (
        "DUBAI - A five-star hotel on Palm Jumeirah employed at least 20 North Korean kitchen "
        "and laundry workers through a subcontractor in 2016 and 2017, according to a UN "
        "panel report. The hotel said it had ended the contract and that its 1,400 staff now "
        "come from 30 countries, none of them North Korea. The panel also found that 150 "
        "North Korean workers had been sent to building sites in Dubai and Abu Dhabi in 2017 "
        "by a Pyongyang construction trust.",
        [
            (20, ["AE"], "present", "hospitality"),
            (150, ["AE"], "dispatched", "construction"),
        ],
    ),
    (
        "Romanian yard quietly hired North Koreans, union says // CONSTANTA (Black Sea Post) "
        "- A union at a shipyard in Constanta says the yard's main subcontractor brought in "
        "35 North Korean welders in 2016 to work on two bulk carriers. The welders left in "
        "2018, the union said. The yard's owner, Navis Holding, declined to comment. "
        "Elsewhere in the city, about 20 North Korean welders were later found working on "
        "the steel frame of a shopping centre, local prosecutors said.",
        [
            (35, ["RO"], "dispatched", "shipbuilding"),
            (20, ["RO"], "present", "construction"),
        ],
    ),
    (
        "ULYANOVSK - About 160 North Korean labourers are living in a former student "
        "dormitory in the Zavolzhsky district, neighbours say. A bus collects them at seven "
        "each morning. It takes them to a clothing factory on the edge of the city that "
        "makes uniforms for the police and the army, according to two drivers who spoke to "
        "this newspaper. The factory did not answer calls, and the regional migration office "
        "said it had no record of North Korean workers in Ulyanovsk.",
        [(160, ["RU"], "present", "manufacturing")],
    ),
]

# --- batch s7: a third late blind check, after every fix above (measured, not fitted) ---
# Before (written blind after s1-s6 were fixed): 14 of 14 found, precision 14/14; status
# 10/14, sector 13/14. Fixed after the measure: "has given 26 ... doctors ... until March to
# leave the country" (a deadline, "until ... to", before a return: still there); "A first
# group of 200 left by train last week for vegetable farms" (a departure "for" a place that
# is no home: a flow abroad); "12 North Korean coaches are training its national ...
# squads" (a recruiting cue in -ing before its object: the group trains others, a stock).
# After: status 13/14, sector 13/14. Later (branch sector7, "coaches who train" or "coaches
# are training" is other: a coach who trains someone is no bus): sector 14/14.
BATCH7: list[tuple[str, list[Figure]]] = [
    (
        "Laos tells North Korean clinic staff to go // VIENTIANE (Mekong Wire) - Laos has "
        "given 26 North Korean doctors and dentists at a private clinic chain until March to "
        "leave the country, a health ministry official said. The chain, Pyongyang Koryo "
        "Medical, opened its first branch in Vientiane in 2015. The official said 11 other "
        "North Korean medical workers had already gone home. The chain's Lao partner said he "
        "would try to keep its remaining branches open with Lao staff.",
        [
            (26, ["LA"], "present", "medical"),
            (11, ["LA"], "repatriated", "medical"),
        ],
    ),
    (
        "HARARE (Zambezi Times) - Zimbabwe's sports ministry says 12 North Korean coaches "
        "are training its national judo and table tennis squads under a deal signed in 2023, "
        "despite UN sanctions on North Korean labour. Separately, a North Korean art studio "
        "that designed a heroes' memorial near Harare in the 1980s has sent about 25 "
        "sculptors and painters to the country to add new statues to it, a ministry "
        "spokesman said. The spokesman said the studio's fees were paid in kind.",
        [
            (12, ["ZW"], "present", "other"),
            (25, ["ZW"], "dispatched", "other"),
        ],
    ),
    (
        "MAGADAN (Kolyma News) - Gold mines in the Magadan region employed 140 North Koreans "
        "last season, the regional mining association said, while fish plants on the coast "
        "took on another 90 for the salmon run. The association said Russian miners' wages "
        "had risen by a third since 2022 because of a labour shortage. A regional deputy, "
        "Sergei Lysenko, said he would ask Moscow to allow 500 North Koreans into the region "
        "next year.",
        [
            (140, ["RU"], "present", "mining"),
            (90, ["RU"], "dispatched", "fishing"),
            (500, ["RU"], "planned", None),
        ],
    ),
    (
        "DHAKA - Bangladesh has no record of North Korean workers, but a restaurant in "
        "Dhaka's Gulshan district run by North Koreans still employs around 15 of them, a "
        "Bangladeshi journalist told this newspaper. Eight of the restaurant's original staff "
        "were not sent home when the UN deadline passed in 2019, he said. The owners plan to "
        "open a second branch in Chittagong with 20 more North Korean waitresses next year.",
        [
            (15, ["BD"], "present", "hospitality"),
            (20, ["BD"], "planned", "hospitality"),
        ],
    ),
    (
        "GDYNIA, Poland - Prosecutors in Gdynia have charged two Polish businessmen with "
        "employing 48 North Korean labourers without proper permits between 2015 and 2018. "
        "The men worked twelve-hour shifts welding hull sections at a yard in the port, "
        "prosecutors said, and most of their wages went to a North Korean state company. "
        "Polish shipyard workers' unions had complained about the practice for years, and "
        "the European Commission has asked member states to check their yards.",
        [(48, ["PL"], "present", "shipbuilding")],
    ),
    (
        "PYONGYANG/VLADIVOSTOK - About 600 North Koreans are being selected in South "
        "Hamgyong province for farm work in Russia's Amur region, a source in the province "
        "told Daily Sentinel. The source said candidates must be married and members of the "
        "Workers' Party. A first group of 200 left by train last week for vegetable farms "
        "near Blagoveshchensk, the source added.",
        [
            (600, ["RU"], "recruiting", "agriculture"),
            (200, ["RU"], "dispatched", "agriculture"),
        ],
    ),
    (
        "US charges Chinese outsourcing firm over North Korean coders // WASHINGTON - US "
        "prosecutors have charged a Shenyang-based outsourcing company with placing some 70 "
        "North Korean software developers in remote jobs at American firms. The company also "
        "supplied about 110 North Korean workers to seafood processors in Liaoning, the "
        "indictment says. The developers earned up to $8,000 a month, most of which was "
        "passed to North Korea's munitions industry, prosecutors said.",
        [
            (70, ["CN"], "present", "it"),
            (110, ["CN"], "dispatched", "fishing"),
        ],
    ),
]

BATCHES = {
    "s1": BATCH1,
    "s2": BATCH2,
    "s3": BATCH3,
    "s4": BATCH4,
    "s5": BATCH5,
    "s6": BATCH6,
    "s7": BATCH7,
}

# Figures of other groups in these articles that must not be read as worker figures.
NOT_WORKERS: dict[str, list[float]] = {
    "s1-02": [200],
    "s1-06": [300],
    "s2-03": [250],
    "s3-02": [45],
    "s3-05": [9999],
    "s3-06": [6],
    "s5-01": [40],
    "s5-02": [50],
    "s5-04": [1200],
    "s6-01": [1000],
    "s6-04": [1400],
}

# Figures the count stage does not find, or judgments still missed: "batch-row-value" -> why.
KNOWN: dict[str, str] = {
    "s1-01-80": "count: 'about 80 more women were waiting in Sinuiju for their papers' (a "
    "group still at home, waiting to leave) is not counted",
    "s1-06-500": "status and sector: 'sent home what it said were its last 500 North Korean "
    "workers' takes the copula of the free relative (present) and carries the mine's sector "
    "to the country's last workers ('its last' restates a group)",
    "s3-01-35": "count: 'his plant still employs 35 North Koreans who came in 2023, most of "
    "them on the packing line' is not counted",
    "s5-03-35": "count: 'A group of 35 North Koreans who entered Vietnam on business visas "
    "... have been working out of a rented villa' (an entry verb in the relative clause) is "
    "not counted",
    "s6-04-20": "count: 'employed at least 20 North Korean kitchen and laundry workers' (two "
    "modifiers joined before the noun) is not counted",
    "s7-06-70": "status: 'placing some 70 North Korean software developers in remote jobs' "
    "reads dispatched ('place' is a verb of sending); the group works there (present)",
    "s2-03-400": "sector: the employer that 'grows tomatoes ... in a greenhouse complex' is "
    "named three sentences on, past 'Most live in dormitories' (no reference back) and in a "
    "sentence counting other workers",
}

# Other groups' figures still read as workers: "batch-row-value" -> why.
KNOWN_OTHERS: dict[str, str] = {
    "s1-02-200": "count: 'Local Russian loggers, about 200 of whom lost their jobs' (a "
    "partitive relative of host nationals) is read as North Korean workers",
}


@pytest.mark.parametrize(
    ("text", "value", "dests", "status", "sector"), figure_rows(BATCHES, KNOWN)
)
def test_status_and_sector_in_employer_news(extractor, text, value, dests, status, sector):
    found = figures_by_value(extractor, text, PUBLISHED)
    assert value in found, "the count stage does not find the figure"
    assert found[value][1:] == (status, sector)


@pytest.mark.parametrize(("text", "value"), other_rows(BATCHES, NOT_WORKERS, KNOWN_OTHERS))
def test_other_groups_are_no_worker_figures(extractor, text, value):
    assert value not in figures_by_value(extractor, text, PUBLISHED)
