"""Sector and status of worker figures in short English articles (3-8 sentences) in the
styles of trade press (seafood, shipbuilding, timber, textiles, construction), NGO reports,
UN Panel-style summaries, court cases and sector news (IT freelancing, restaurants, medical,
mining, agriculture). Phenomena: the longest sector term wins ("fish processing plant" is
fishing, not a processing plant; "fishing-net factory" is manufacturing; "timber processing
plant" is logging); the sector named by the employer or the site ("a Vladivostok shipyard",
"logging camps", "a seafood plant in Dandong"); a sector carried from the sentence before
against a new figure with no sector; lists of several sectors (the figure's sector is none,
or the one the list shares); the sector named only in the headline; IT workers under false
identities; other nations' workers and their sector in the same sentence (not ours; their
figures are ``NOT_WORKERS``). Status traps: planned against dispatched against present,
"dispatched workers" or "Dispatched to ..." as a description of a group that works there
now, "had left", "returning from", "the dispatch of ... was postponed".

Written for these tests in blind batches: each batch's expected table was committed before
the extractor was run on it. People, firms, outlets and figures are invented. Conventions
as in ``test_extract_sector_employer_news.py``; besides:

- a figure whose sentence names two or more sectors (its own list) has sector ``None``
  unless every term of the list is of one sector;
- "hired", "taken on", "supplied ... to" a workplace during a period is a flow
  (``dispatched``); a group described by a participle ("dispatched workers", "Dispatched to
  Siberia in 2019, the 200 ...") takes the status of its finite verb.

Each table is text (``tables.figure_table``): an article's head lines ``= value
destinations status sector`` (the value its high bound, else its low one; "-" for none) and
``x value`` (another group's figure), then ``| `` and the article, where " // " ends a
headline. Only the figures the count stage finds are judged, on status and sector, as the
scorer judges them; destinations are kept for the record.
"""

from __future__ import annotations

import pytest

from .tables import figure_batches, figure_rows, figures_by_value, judged_figure, other_rows

PUBLISHED = "2026-11"  # the articles' date (for "this year", "next spring")


# --- batch t1: trade press, employers and sites, longest match, lists, status traps ------
# Before any change: 30 of 33 figures found, precision 30/30; status 28/30, sector 29/30.
BATCH1 = """
= 220 CN dispatched fishing
| HUNCHUN (Seafood Trade Weekly) - A fish processing plant in the Hunchun border economic
  zone has taken on about 220 North Korean women this season to fillet and freeze imported
  Russian pollock, two buyers who visited the site said. The plant's owner, a
  Qingdao-based exporter, also runs a fishing fleet out of Rizhao but crews it with
  Chinese sailors. The buyers said the women live in a locked dormitory behind the plant
  and are paid through a broker.
= 150 RU planned shipbuilding
= 90 RU present shipbuilding
| Russian yard to hire North Korean welders // VLADIVOSTOK (Maritime Bulletin) - A
  Vladivostok shipyard that repairs fishing trawlers for the Pacific fleet plans to bring
  in 150 North Korean workers next year, its deputy director told a regional business
  forum. The yard already employs about 90 North Koreans, mostly in its hull and painting
  shops, he said. He did not name the agency that supplies them.
= 1200 RU present logging
= 800 RU present logging
= 300 RU planned logging
| KHABAROVSK - Logging camps in the north of Khabarovsk Krai hold some 1,200 North Korean
  workers this winter, a regional forestry official said, up from 800 a year earlier. The
  men fell larch under contracts held by a company of North Korea's forestry ministry.
  Another 300 are to arrive after the spring thaw, the official said.
= 400 CN present fishing
= 250 CN repatriated fishing
| A seafood plant in Dandong employed roughly 400 North Korean women until a fire gutted
  its freezing hall last month, a Chinese labour activist said. The remaining 250 were
  sent home across the Yalu bridge a week later, the activist said, while the others were
  moved to plants in Donggang. The company has not commented.
= 2500 RU present construction
= 15000 RU dispatched -
| MOSCOW (Capital Builder) - North Korean builders are back on Moscow's construction
  sites. About 2,500 were working on residential projects in the capital in October, the
  city's migration service said. Across Russia, some 15,000 North Koreans arrived last
  year on student and tourist visas, the service added.
= 30000 RU present -
= 50000 CN present -
x 60
| A report by the Seoul-based Citizens' Alliance for Labour Rights estimates that 30,000
  North Koreans work in Russia in construction, textiles and fishing. In China, the report
  says, about 50,000 more work in seafood plants and garment factories. The alliance based
  its figures on interviews with 60 defectors.
= 700 RU present construction
| KYZYL - About 700 North Korean workers are employed in construction, road building and
  the repair of apartment blocks in Tuva, the republic's labour ministry said. The
  ministry said the workers had entered Russia on study visas and that their employers had
  been fined.
= 340 RU dispatched logging
| Sawmills in Siberia turn to North Korean labour // IRKUTSK (Timber Trade Review) -
  Around 340 North Koreans have been hired in the Irkutsk region since the summer,
  according to regional labour data. Industry insiders said they were brought in on
  short-term contracts through a Chinese intermediary. Russian officials declined to
  comment.
= 40 CN present it
x 300
| WASHINGTON - North Korean IT workers using stolen American identities held remote jobs
  at more than 300 US companies, the Justice Department said. Prosecutors said about 40 of
  the workers were operating from a rented apartment in Shenyang, China. They posed as
  US-based freelance developers and were paid in cryptocurrency.
= 4000 M49:001 present it
= 300 LA,NG dispatched it
| SEOUL - Some 4,000 North Korean software developers are working abroad under fake names,
  posing as Japanese, Chinese or Ukrainian freelancers, South Korea's National
  Intelligence Service said. Most are in China and Russia, and some 300 were sent to Laos
  and Nigeria last year, the agency said.
= 60 KZ present construction
x 200
| ASTANA (Steppe Courier) - At a building site on the left bank of the Ishim, about 200
  Turkish workers labour alongside 60 North Korean plasterers and tilers, a local reporter
  said. The North Koreans are employed by a Kazakh subcontractor that holds work permits
  for them, the reporter said.
= 450 RU present fishing
x 3000
| In Primorsky Krai, Uzbek migrants make up most of the 3,000 workers in the region's
  greenhouses, while 450 North Koreans work at the region's fish plants, regional
  officials said. The officials said the North Koreans' contracts run until 2027.
= 120 RU present manufacturing
| ULYANOVSK - Some 120 dispatched North Korean workers are sewing army uniforms at a
  clothing factory outside Ulyanovsk, a regional news site reported. The site said the
  women were not allowed to leave the factory grounds.
= 80 MN repatriated construction
| ULAANBAATAR - Mongolian officials said 80 North Korean workers who had built apartment
  blocks in Darkhan had left the country by January. The labour ministry said no North
  Korean workers remained in Mongolia.
= 500 CN repatriated fishing
= 700 CN planned fishing
| DANDONG - Some 500 North Korean workers returning from seafood plants in Donggang
  crossed the bridge to Sinuiju on Tuesday, a Daily NK source said. Another 700 will
  replace them in May, the source said.
= 37 PL present shipbuilding
= 15 PL dispatched agriculture
| GDANSK - A court in Gdansk on Tuesday fined a shipbuilding subcontractor for employing
  37 North Korean welders at a yard in the port between 2014 and 2016. The judge said the
  men worked up to 12 hours a day and handed most of their pay to a state company in
  Pyongyang. A second firm, which supplied 15 North Korean workers to a local greenhouse,
  was acquitted.
= 1100 RU present -
= 250 RU dispatched manufacturing
| The Panel received information that 1,100 DPRK nationals were working in the Amur region
  of the Russian Federation in 2023, in construction and agriculture. A Member State
  reported that a further 250 entered Vladivostok last year on trainee visas to work at a
  textile mill.
= 23 UG present medical
= 17 UG repatriated medical
| KAMPALA - Uganda has told 23 North Korean doctors and nurses working at private clinics
  in Kampala to leave by the end of the month, the health ministry said. The ministry said
  17 others had already returned to Pyongyang in August.
= 70 SD present mining
= 130 SD planned mining
| A gold mine in Sudan's Red Sea state employs about 70 North Korean workers, according to
  a UN Panel of Experts report. The Panel also found that a North Korean company planned
  to send 130 more to the same site in 2026.
= 600 RU planned agriculture
= 240 RU present agriculture
| ULAN-UDE - Buryatia's agriculture ministry has approved a quota of 600 North Korean
  workers for vegetable farms in 2026, the ministry said. Around 240 North Koreans are
  already working on the republic's potato fields.
"""

# --- batch t2: restaurants, IT, medical, mining, textiles, headlines, more status traps --
# Before any change (written blind with t1, run with it): 25 of 26 found, precision 25/25;
# status 23/25, sector 19/25.
BATCH2 = """
= 90 CN dispatched hospitality
= 60 CN repatriated hospitality
| Beijing restaurant chain brings back North Korean staff // BEIJING - A North Korean
  restaurant chain with branches in Beijing, Shenyang and Shanghai has brought in about 90
  new waitresses and cooks since June, a regular diner told this newspaper. The chain's
  older staff, some 60 women, went home in the spring.
= 40 RU dispatched hospitality
| North Korean cooks flown to Vladivostok hotels // VLADIVOSTOK - About 40 North Koreans
  arrived in Vladivostok on Monday on a flight from Pyongyang, airport staff said. They
  will work under one-year contracts, the staff said.
= 80 RU present fishing
| NAKHODKA (Pacific Catch) - A Nakhodka trawling company has 80 North Korean crew members
  working on its vessels in the Sea of Okhotsk, port officials said. The crews were hired
  through an agency in Rason, the officials said.
= 130 CN present manufacturing
| HUNCHUN - A fishing-net factory in Hunchun employs 130 North Korean women, a Chinese
  trade journal reported. The factory sells its nets to trawler fleets in Zhejiang and
  Fujian, the journal said.
= 65 RU present shipbuilding
= 30 RU present construction
| NAKHODKA - In Nakhodka, 65 North Koreans are employed at a ship repair yard, and 30 more
  are building a dormitory for them, a city councillor said. The councillor said the yard
  had asked for permits for all of them.
= 150 RU present logging
| LESOZAVODSK (Timber Trade Review) - Some 150 North Koreans work at a timber processing
  plant in Lesozavodsk that exports sawn boards to China, the plant's director said. He
  said the workers came through a North Korean forestry company.
= 10000 CN present manufacturing
| DANDONG - North Korean women in Dandong's textile and garment factories number about
  10,000, a Seoul-based researcher estimates. Most of them sew sportswear for export, she
  said.
= 200 LA present construction
| VIENTIANE - About 200 North Korean workers are building a new hospital in Vientiane
  under a contract with the Lao health ministry, a diplomat said. The hospital is due to
  open in 2027.
= 2000 M49:035 present -
| The Bangkok-based Asia Labour Monitor estimates that some 2,000 North Koreans work in
  restaurants and IT firms in Southeast Asia. The group said most of them had arrived
  before 2017.
= 12 CN,RU present it
x 70
| NASHVILLE - A federal judge sentenced a Tennessee man to four years in prison for
  running a laptop farm that let North Korean IT workers hold jobs at 70 US companies.
  Prosecutors said at least 12 North Koreans used the laptops from China and Russia. The
  workers posed as American citizens, using names stolen from US residents.
= 300 RU repatriated logging
| RASON - A train carrying 300 North Korean logging workers returning from the Russian Far
  East crossed into Tumangang on Friday, a source in the city said. The men had spent
  three years at timber camps in the Amur region.
= 1700 QA repatriated construction
| DOHA - Before the UN deadline, some 1,700 North Korean construction workers had left
  Qatar, the country's labour ministry told the Panel. The ministry said their employers
  had been told to cancel their contracts.
= 5000 RU planned construction
= 1000 RU dispatched construction
| KURSK - Russia and North Korea have agreed that Pyongyang will send 5,000 workers to
  rebuild towns in the Kursk region, a regional official said. The first 1,000 arrived in
  November, the official said.
= 200 RU present logging
| TYNDA - Dispatched to Siberia in 2019, the 200 North Korean lumberjacks still work at a
  camp near Tynda, a local forester said. Their contracts were extended last year.
= 600 RU present construction
| MOSCOW - Some 600 workers sent by North Korea to Russia last year are employed on
  building sites in Moscow, a construction industry newsletter said. The newsletter said
  the workers live in containers on the sites.
= 80 RU present mining
x 500
| CHITA - At a coal mine near Chita, Chinese miners, some 500 of them, share the pit with
  80 North Korean workers, a local union leader said. The North Koreans work the night
  shifts, he said.
= 350 RU present agriculture
x 1000
| USSURIYSK - About 1,000 Central Asian seasonal workers and 350 North Koreans pick
  vegetables on the farms of an agricultural holding near Ussuriysk, the company said. The
  North Koreans will stay until the end of the harvest.
= 2000 LA dispatched construction
= 500 KH present -
| The Panel notes reports that 2,000 DPRK workers were dispatched to the Lao People's
  Democratic Republic in 2023 for construction and hydropower projects. It further notes
  that at least 500 DPRK nationals continue to work in restaurants and art galleries in
  Cambodia.
= 160 CN present fishing
| RONGCHENG - About 160 North Koreans process squid at a cold-storage plant in Rongcheng,
  Shandong, a buyer from a South Korean importer said. He said the women work 14-hour
  shifts in peak season.
= 300 RU present construction
= 7000 RU present -
| VLADIVOSTOK - North Korean construction workers are building a hotel complex on Russky
  Island. Around 300 of them live on the site in metal containers, a local activist said.
  Across the Far East, at least 7,000 North Koreans are thought to be working, a regional
  official said.
= 1000 RU planned construction
| SINUIJU (Daily Sentinel) - The dispatch of 1,000 North Korean builders to Russia's Kursk
  region has been postponed until spring, a source in Sinuiju said. The source said the
  workers had finished their training in October.
"""

# --- batch t3: a late blind check, written after t1-t2 were fixed (measured, not fitted) --
# Before (written blind after the t1-t2 fixes): 12 of 13 found, precision 12/12; status
# 10/12, sector 10/12. Fixed after the measure: "in China's seafood, garment and electronics
# plants" (a list of sector words that runs past the comma ending the figure's clause is
# the figure's own: two sectors, none); "Qatar's building sector" (vocabulary). After: status
# 10/12, sector 12/12. Later (branch sector7): a fronted participle of return ("Returning
# from Russia after three years, 300 ... crossed the border") turns the flow of the figure's
# clause home; "The departure of 600 ... for Russian vegetable farms" (a departure for a
# place that is no home) is a flow, put off: a plan. Status 12/12.
BATCH3 = """
= 130 RU present fishing
| ZARUBINO (Fish Trade Asia) - A crab processing plant at Zarubino port has about 130
  North Korean women on its lines this winter, the plant's manager said. The port's
  fishing cooperative, which supplies the crab, employs only Russian crews.
= 45 RU repatriated shipbuilding
= 20 RU present shipbuilding
| NAKHODKA - Some 45 North Korean welders at a Nakhodka ship-repair yard were sent home in
  March after their visas expired, the yard's owner said. About 20 others remain, he said.
= 8000 CN present -
| A Seoul-based institute estimates that roughly 8,000 North Koreans work in China's
  seafood, garment and electronics plants. Most of them are young women from Pyongyang and
  the border provinces, the institute said.
= 900 CN present manufacturing
| About 900 North Korean women work in sewing, knitting and embroidery workshops in
  Dandong, according to a report by a Seoul-based rights group. The report said the women
  are watched by minders from their own state companies.
= 150 MN repatriated construction
| North Korean builders head home from Mongolia // ULAANBAATAR - About 150 North Koreans
  left Mongolia by train this week, border officials said. Their contracts had expired.
= 90 QA present construction
x 400
| DOHA - In Qatar's building sector, about 400 Nepali labourers and 90 North Korean
  workers are employed by the same contractor, a rights group said. The North Koreans hand
  most of their pay to a state company in Pyongyang, the group said.
= 25 LA present it
= 30 KH dispatched it
| A ring of about 25 North Korean IT workers operated from Laos using fake Malaysian and
  Vietnamese identities, a cybersecurity firm said. It said a further 30 North Korean
  developers had been sent to Cambodia earlier this year.
= 300 RU repatriated logging
= 500 RU present logging
| Returning from Russia after three years, 300 North Korean loggers crossed the border at
  Khasan on Monday, a source in Rason said. Another 500 are still at timber camps in the
  Amur region.
= 35 RU dispatched hospitality
| VLADIVOSTOK - North Korean cooks and waitresses staff two restaurants in the city
  centre, a local food blogger said. Some 35 arrived last month from Pyongyang, she said.
= 600 RU planned agriculture
| The departure of 600 North Korean workers for Russian vegetable farms has been delayed
  by a month, a source in North Hamgyong province told Daily Sentinel.
"""

# The articles of each batch, and the figures of other groups in them that must not be read
# as worker figures.
BATCHES, NOT_WORKERS = figure_batches((("t1", BATCH1), ("t2", BATCH2), ("t3", BATCH3)))

# Figures the count stage does not find, or judgments still missed: "batch-row-value" -> why.
KNOWN: dict[str, str] = {
    "t1-04-15000": "count: 'some 15,000 North Koreans arrived last year on student and tourist "
    "visas' is a count of entries the sentence does not call workers (claims.md leaves such "
    "counts out; the expectation read the article's context)",
    "t3-00-130": "count: 'A crab processing plant ... has about 130 North Korean women on its "
    "lines' (a possessed headcount whose noun is 'women', placed by 'on its lines') is not "
    "counted",
    "t2-09-12": "sector: 'at least 12 North Koreans used the laptops' names no work; the IT "
    "workers of the sentence before are an uncounted group and 'the laptops' refers to no "
    "workplace",
}

# Other groups' figures still read as workers: "batch-row-value" -> why.
KNOWN_OTHERS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "value", "dests", "status", "sector"), figure_rows(BATCHES, KNOWN)
)
def test_trade_press_figure(extractor, text, value, dests, status, sector):
    assert judged_figure(extractor, text, value, PUBLISHED) == (status, sector)


@pytest.mark.parametrize(("text", "value"), other_rows(BATCHES, NOT_WORKERS, KNOWN_OTHERS))
def test_trade_press_other_group(extractor, text, value):
    assert value not in figures_by_value(extractor, text, PUBLISHED)
