"""Status and sector of worker figures in whole short articles (wire, NGO, UN panel and
think-tank style), written for these tests in blind batches: the expected status and
sector of every figure (spec/claims.md "Status", "Sectors") were committed before the
extractor was run. Sectors carried by the discourse, quotes, examples, lists of two
sectors, restated and continued groups. Names of people, firms and outlets are invented.

Each figure is ``(value, status, sector)``: the value is its high bound, else its low one.
"""

from __future__ import annotations

import pytest

from laborwatch.extract.pipeline import Extractor

from .tables import workers_by_value

Figure = tuple[float, str, str | None]


def figures(en: Extractor, text: str) -> dict[float, tuple[str | None, str | None]]:
    """Status and sector of each worker figure of an article, by value."""
    found = workers_by_value(en, text, "2025-03")
    return {value: (c.status, c.sector) for value, c in found.items()}


# --- batch 1 ---------------------------------------------------------------------------
BATCH1: list[tuple[str, list[Figure]]] = [
    (
        "SEOUL, March 4 - North Korea has sent about 1,500 workers to construction sites in "
        "Russia's Primorsky Krai since January, South Korea's intelligence agency said on "
        "Tuesday. The agency told lawmakers another 2,000 were expected to follow by the end "
        "of the year. Around 12,000 North Koreans are currently working in Russia, it said.",
        [
            (1500, "dispatched", "construction"),
            (2000, "planned", "construction"),
            (12000, "present", None),
        ],
    ),
    (
        "Fewer than 20 North Korean restaurants still operate in Cambodia and Vietnam. Staff "
        "at one of them in Phnom Penh said about 30 waitresses had been recalled to Pyongyang "
        "in the spring. The remaining 15 women continue to sing and serve meals to guests, "
        "the manager said.",
        [(30, "repatriated", "hospitality"), (15, "present", "hospitality")],
    ),
    (
        "The Panel investigated reports that 45 DPRK nationals were working at a seafood "
        "processing plant in Shandong province, China, as of June 2024. A further 120 were "
        "employed at two garment factories in Liaoning, according to information provided by "
        "a Member State. The Panel notes that the employment of DPRK nationals abroad is "
        "prohibited under resolution 2397.",
        [(45, "present", "fishing"), (120, "present", "manufacturing")],
    ),
    (
        "An estimated 3,000 to 4,000 North Korean IT workers operate abroad, mostly in China "
        "and Russia, earning money through freelance platforms, a report by a Washington "
        "research group said. Pyongyang plans to send several hundred more software "
        "developers to Laos next year, the report added.",
        [(4000, "present", "it"), (999, "planned", "it")],
    ),
    (
        "About 500 North Korean loggers left the Amur region last month as their contracts "
        "expired, regional officials said. Some 200 others stayed behind at timber camps near "
        "Tynda and are expected to leave by December.",
        [(500, "repatriated", "logging"), (200, "present", "logging")],
    ),
    (
        "North Korea has dispatched around 100 doctors and nurses to Nigeria and Equatorial "
        "Guinea, a Seoul-based researcher said. They work in state hospitals and private "
        "clinics, often without licences. In 2019 some 40 medics were sent home from Tanzania "
        "after authorities there discovered they were practising illegally.",
        [(100, "dispatched", "medical"), (40, "repatriated", "medical")],
    ),
    (
        "Around 800 North Korean labourers work for 20 Russian companies in Primorsky Krai, "
        "including a greenhouse complex near Ussuriysk. Last year the regional government "
        "approved quotas for another 1,200 North Korean workers.",
        [(800, "present", None), (1200, "planned", None)],
    ),
    (
        "'We had 60 North Koreans here last summer and now there are only 25,' said the "
        "director of a fish-processing plant in Kamchatka, Russia. 'The rest went home when "
        "their visas ran out.'",
        [(60, "present", "fishing"), (25, "present", "fishing")],
    ),
    (
        "Roughly 1,000 North Koreans worked at shipyards and mines in Russia and Mongolia "
        "before the sanctions took effect. Mongolia says it repatriated its last 300 North "
        "Korean workers in 2019.",
        [(1000, "present", None), (300, "repatriated", None)],
    ),
    (
        "A Chinese wig maker in Hunchun has asked local authorities for permission to hire "
        "150 North Korean women, a trade official told the outlet. The factory already "
        "employs about 80 North Korean seamstresses, who earn roughly 2,000 yuan a month.",
        [(150, "planned", "manufacturing"), (80, "present", "manufacturing")],
    ),
]

# --- batch 2 ---------------------------------------------------------------------------
BATCH2: list[tuple[str, list[Figure]]] = [
    (
        "MOSCOW - More than 5,000 North Korean construction workers arrived in Russia in the "
        "first half of the year, according to migration statistics, up from about 2,000 in "
        "the same period a year earlier. Most were issued student visas.",
        [(5000, "dispatched", "construction"), (2000, "dispatched", "construction")],
    ),
    (
        "A textile plant in Dandong employs about 400 North Korean women. The plant's manager "
        "said another 100 were being trained in Sinuiju and would cross the border in May.",
        [(400, "present", "manufacturing"), (100, "recruiting", "manufacturing")],
    ),
    (
        "North Korean workers who had been rebuilding homes in the border region have been "
        "pulled out, a Ukrainian intelligence official said. About 1,000 of them were taken "
        "back to Pyongyang by train in late May, he said.",
        [(1000, "repatriated", "construction")],
    ),
    (
        "Dozens of North Korean doctors remain in Laos, where they run acupuncture clinics in "
        "Vientiane, according to a local health official. In 2023 Laos expelled 12 North "
        "Korean physicians whose licences had expired.",
        [(99, "present", "medical"), (12, "repatriated", "medical")],
    ),
    (
        "Some 300 North Korean workers are extracting gold at a mine in eastern Congo, a UN "
        "investigator said. North Korean sappers, meanwhile, have been clearing mines near "
        "the Russian border.",
        [(300, "present", "mining")],
    ),
    (
        "North Korean welders have long been a fixture at the Gdansk shipyard. Since 2014, "
        "at least 80 have worked there under contracts with a Polish subcontractor, "
        "prosecutors said.",
        [(80, "present", "shipbuilding")],
    ),
    (
        "Across Russia's Far East, about 7,000 North Koreans work in farming and logging, "
        "regional data show. Another 1,500 are employed in construction in Vladivostok.",
        [(7000, "present", None), (1500, "present", "construction")],
    ),
    (
        "Pyongyang to open new restaurants in Vladivostok // North Korea plans to send 60 "
        "chefs and waitresses to staff two new restaurants in Vladivostok this summer, a "
        "tourism official in the city said.",
        [(60, "planned", "hospitality")],
    ),
    (
        "About 250 North Korean IT workers are based in the Chinese city of Shenyang, where "
        "they write code for clients in Europe and North America, a cybersecurity firm said. "
        "Last year the firm tracked 40 more who moved to Russia.",
        [(250, "present", "it"), (40, "dispatched", "it")],
    ),
    (
        "Chinese authorities sent home roughly 600 North Korean women who processed squid and "
        "crab in Hunchun after their permits lapsed, a source told the outlet. About 1,800 "
        "remain at seafood plants in the area.",
        [(600, "repatriated", "fishing"), (1800, "present", "fishing")],
    ),
]

# --- batch 3 ---------------------------------------------------------------------------
BATCH3: list[tuple[str, list[Figure]]] = [
    (
        "Hundreds of N. Korean workers sent to Russian building sites // Hundreds of North "
        "Korean workers have been sent to building sites in the Russian Far East this spring, "
        "according to a regional official.",
        [(999, "dispatched", "construction")],
    ),
    (
        "Some 700 North Korean builders brought to Moscow in 2023 now live in converted "
        "shipping containers on site, a Russian rights group said.",
        [(700, "present", "construction")],
    ),
    (
        "Around 3,000 North Korean workers will help rebuild the city of Mariupol next year, "
        "a Russian deputy minister said.",
        [(3000, "planned", "construction")],
    ),
    (
        "Cross-border traders say business is slow. About 20,000 North Korean workers, mostly "
        "stationed in Liaoning, still send money home each month.",
        [(20000, "present", None)],
    ),
    (
        "All 40 North Korean nurses at the hospital in Kuwait were sent back in January, a "
        "hospital official said.",
        [(40, "repatriated", "medical")],
    ),
    (
        "North Korean authorities are screening some 1,000 young men in South Hamgyong "
        "province for construction jobs in Russia, a source told the outlet.",
        [(1000, "recruiting", "construction")],
    ),
    (
        "Roughly 500 North Korean women pack frozen fish at a seafood factory in Hunchun, China.",
        [(500, "present", "fishing")],
    ),
    (
        "About 150 North Korean workers are laying railway track near a gold mine in Tuva, Russia.",
        [(150, "present", "construction")],
    ),
    (
        "Since the border reopened in 2023, about 2,500 North Koreans have entered Russia on "
        "student visas to work, Russian data show.",
        [(2500, "dispatched", None)],
    ),
    (
        "'Around 70 of our workers came from North Korea this year and another 30 are due in "
        "June,' said the owner of a vegetable farm near Khabarovsk, Russia.",
        [(70, "dispatched", "agriculture"), (30, "planned", "agriculture")],
    ),
]

# --- batch 4: sector vocabulary in two-figure reports -----------------------------------
BATCH4: list[tuple[str, list[Figure]]] = [
    (
        "About 200 North Korean workers are employed at a toy factory in Dandong, China. "
        "Around 400 more process crab at seafood plants in nearby Donggang.",
        [(200, "present", "manufacturing"), (400, "present", "fishing")],
    ),
    (
        "About 90 North Korean women embroider pictures at a workshop in Dandong, China, the "
        "report said. Some 600 North Korean workers are welding hulls at a dockyard in "
        "Vladivostok, Russia.",
        [(90, "present", "manufacturing"), (600, "present", "shipbuilding")],
    ),
    (
        "Around 250 North Korean workers pick apples in orchards near Krasnodar, Russia. "
        "About 1,000 others work in the Russian timber industry, officials said.",
        [(250, "present", "agriculture"), (1000, "present", "logging")],
    ),
    (
        "An estimated 150 North Korean dentists and pharmacists work in Africa, the study "
        "found. Some 80 North Korean workers staff a hotel and casino in Laos.",
        [(150, "present", "medical"), (80, "present", "hospitality")],
    ),
    (
        "About 500 North Korean workers assemble mobile phones at a plant in Shenyang, China. "
        "Around 300 North Koreans work as painters and decorators on apartment blocks in "
        "Moscow.",
        [(500, "present", "manufacturing"), (300, "present", "construction")],
    ),
    (
        "About 200 North Korean workers dig for gold in eastern Congo, a UN investigator "
        "said. Around 400 North Korean crewmen work aboard Russian trawlers in the Sea of "
        "Okhotsk.",
        [(200, "present", "mining"), (400, "present", "fishing")],
    ),
    (
        "Some 60 North Korean coders are based in Vladivostok, Russia, a security firm said. "
        "About 2,000 North Korean workers are employed in road construction and bridge repair "
        "in Siberia.",
        [(60, "present", "it"), (2000, "present", "construction")],
    ),
    (
        "About 300 North Korean women knit sweaters at a mill in Dandong, China. Some 50 North "
        "Korean workers cut and polish stone at a quarry in Mongolia.",
        [(300, "present", "manufacturing"), (50, "present", "mining")],
    ),
    (
        "Around 700 North Korean workers tend cattle and grow soybeans on leased land in the "
        "Amur region of Russia. About 120 North Korean workers cook and serve at restaurants "
        "in Beijing.",
        [(700, "present", "agriculture"), (120, "present", "hospitality")],
    ),
    (
        "About 350 North Korean workers sew school uniforms for a Chinese contractor in "
        "Hunchun. Some 90 North Korean workers repair fishing nets and unload catches at the "
        "port of Nakhodka, Russia.",
        [(350, "present", "manufacturing"), (90, "present", "fishing")],
    ),
]

# --- batch 5: the sector carried by the discourse ----------------------------------------
BATCH5: list[tuple[str, list[Figure]]] = [
    (
        "A shipyard in Nakhodka, Russia, has hired North Korean welders for years. The yard "
        "now employs about 130 North Koreans, its director said.",
        [(130, "present", "shipbuilding")],
    ),
    (
        "North Korea runs several logging camps in the Tynda area of Russia. About 1,200 North "
        "Korean workers live and work there, a regional official said.",
        [(1200, "present", "logging")],
    ),
    (
        "About 3,000 North Korean workers are in Vladivostok, Russia. One of them, a welder at "
        "a shipyard, told reporters he had not been paid for months.",
        [(3000, "present", None)],
    ),
    (
        "Dozens of N. Korean medics sent to Africa // Dozens of North Korean doctors and nurses "
        "have been sent to hospitals in Nigeria and Uganda this year, health officials said.",
        [(99, "dispatched", "medical")],
    ),
    (
        "'Last year 45 North Korean workers were employed here, this year only 20,' said the "
        "owner of a tomato farm near Ussuriysk, Russia.",
        [(45, "present", "agriculture"), (20, "present", "agriculture")],
    ),
    (
        "Some 2,000 North Korean workers are employed in fishing and construction in Russia's "
        "Far East.",
        [(2000, "present", None)],
    ),
    (
        "North Korean construction workers have been a common sight in Moscow for years. The "
        "interior ministry said 1,800 North Korean workers arrived in Russia in the first "
        "quarter, mostly on student visas.",
        [(1800, "dispatched", None)],
    ),
    (
        "A Chinese seafood company in Dalian employs 250 North Korean women workers, according "
        "to company records.",
        [(250, "present", "fishing")],
    ),
    (
        "About 400 North Korean workers at a plant in Hunchun, China, make wigs and false "
        "eyelashes for export.",
        [(400, "present", "manufacturing")],
    ),
    (
        "Around 100 North Korean workers in Laos develop mobile games and gambling software for "
        "foreign clients.",
        [(100, "present", "it")],
    ),
]

# --- batch 6: sectors named as industries and employers ----------------------------------
BATCH6: list[tuple[str, list[Figure]]] = [
    (
        "Russia's construction industry, which faces a severe labour shortage, has taken in "
        "about 3,000 North Korean workers this year.",
        [(3000, "dispatched", "construction")],
    ),
    (
        "A North Korean state construction company has supplied some 500 workers to a housing "
        "project in Kazan, Russia.",
        [(500, "dispatched", "construction")],
    ),
    (
        "About 1,200 North Korean workers are employed at various sites across the Primorsky "
        "region of Russia, officials said.",
        [(1200, "present", None)],
    ),
    (
        "Around 900 North Korean workers are employed in Russia's agricultural sector, "
        "officials said.",
        [(900, "present", "agriculture")],
    ),
    (
        "The textile sector in Dandong, China, relies on some 10,000 North Korean women "
        "workers, traders say.",
        [(10000, "present", "manufacturing")],
    ),
    (
        "About 40 North Korean health workers staff a clinic in Dar es Salaam, Tanzania.",
        [(40, "present", "medical")],
    ),
    (
        "About 60 North Korean workers at a Chinese-owned gold mine in Zambia were sent home "
        "in May.",
        [(60, "repatriated", "mining")],
    ),
    (
        "The fisheries sector in Russia's Far East employs roughly 2,500 North Korean workers, "
        "according to a regional report.",
        [(2500, "present", "fishing")],
    ),
    (
        "About 200 North Korean workers in Mongolia's cashmere industry lost their jobs after "
        "2017 and went home.",
        [(200, "repatriated", "manufacturing")],
    ),
]

# --- batch 7: a last check after the fixes -----------------------------------------------
BATCH7: list[tuple[str, list[Figure]]] = [
    (
        "About 2,000 North Korean workers are believed to be working on construction sites in "
        "Vladivostok and Khabarovsk, Russia.",
        [(2000, "present", "construction")],
    ),
    (
        "Some 500 North Koreans work for a Russian agricultural holding, growing vegetables in "
        "greenhouses near Ussuriysk.",
        [(500, "present", "agriculture")],
    ),
    (
        "China sent back about 300 North Korean seafood workers last month after they staged "
        "a protest over unpaid wages.",
        [(300, "repatriated", "fishing")],
    ),
    (
        "Roughly 1,000 North Korean IT workers are thought to be operating from China and "
        "Russia, the FBI said.",
        [(1000, "present", "it")],
    ),
    (
        "A Polish shipyard employed 50 North Korean workers between 2010 and 2016, "
        "investigators found.",
        [(50, "present", "shipbuilding")],
    ),
    (
        "Up to 1,500 North Korean workers will be sent to garment factories in Dandong, China, "
        "next spring, the source said.",
        [(1500, "planned", "manufacturing")],
    ),
    (
        "An estimated 30 North Korean restaurants remain in China, employing about 600 "
        "waitresses and cooks.",
        [(600, "present", "hospitality")],
    ),
    (
        "In Laos, about 80 North Korean construction workers were deported in March after "
        "police raided their dormitory.",
        [(80, "repatriated", "construction")],
    ),
]

BATCHES = {
    "a1": BATCH1,
    "a2": BATCH2,
    "a3": BATCH3,
    "a4": BATCH4,
    "a5": BATCH5,
    "a6": BATCH6,
    "a7": BATCH7,
}

# Known misses: "batch-row-value" -> why.
# Fixed later (branch sector7): a3-09-70 ("came from North Korea", an arrival from home, is a
# flow verb of the figure's own clause, nearer than the plan of the next).
KNOWN: dict[str, str] = {
    "a1-07-60": "relevance: a quote with 'North Koreans' and no word of labour reads off-topic",
    "a1-07-25": "relevance: as a1-07-60, and a bare 'there are only 25' is no figure",
    "a3-00-999": "status: a headline 'workers sent to Russian building sites' (kept as the "
    "first mention) reads as a description, present",
}


def _params():
    for name, rows in BATCHES.items():
        for i, (text, figs) in enumerate(rows):
            for value, status, sector in figs:
                rid = f"{name}-{i:02d}-{value:g}"
                reason = KNOWN.get(rid)
                marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
                yield pytest.param(text, value, status, sector, id=rid, marks=marks)


@pytest.mark.parametrize(("text", "value", "status", "sector"), list(_params()))
def test_status_and_sector_in_articles(extractor, text, value, status, sector):
    found = figures(extractor, text)
    assert found.get(value) == (status, sector)
