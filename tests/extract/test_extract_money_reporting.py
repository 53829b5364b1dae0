"""English money claims on realistic reporting, written for the tests in blind batches
(expected claims first, then the run): each article mixes amounts that are DPRK overseas
workers' pay, revenue for the state or the state's share with amounts that are not
(trade, sanctions fines, contracts, aid, hacking, ship prices, GDP, bribes, savings,
other nations' pay, piece rates). Names of people, firms and outlets are invented.
" // " ends a headline (a paragraph break in the document).

Only money claims are compared: ``(kind, low, high, currency, per)`` for revenue and
wages, ``("state_share", low, high)`` for shares.
"""

from __future__ import annotations

import pytest

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document

from .tables import batch_rows, money_tuples

M = 1_000_000


# A closing paragraph with a labour term, so that a short article is read at all (a text
# with no word of labour has no figures); it names no amount.
TAIL = "\n\nNorth Korea sends workers abroad to earn hard currency for the regime."


def money(en: Extractor, text: str) -> set[tuple]:
    """The money claims of an article as comparable tuples."""
    return money_tuples(en, text.replace(" // ", "\n\n") + TAIL, "en")


# --- batch 1 ---------------------------------------------------------------------------
BATCH1: list[tuple[str, set[tuple]]] = [
    (
        "North Korean workers overseas earn the regime an estimated $500 million a year, "
        "according to the UN Panel of Experts. The panel said companies in Russia and China "
        "paid each worker between $700 and $1,000 a month, but the workers kept only a "
        "fraction of it. In a separate case, a Singapore-registered shipping firm was fined "
        "$1.2 million for breaching sanctions.",
        {("revenue", 500 * M, 500 * M, "USD", "year"), ("wage", 700, 1000, "USD", "month")},
    ),
    (
        "Some 3,000 North Korean labourers at Russian building sites are paid about 80,000 "
        "rubles a month, a Russian contractor told the Primorye Courier. Up to 90% of that "
        "is confiscated by North Korean supervisors, he said. His firm won a 2.3 billion "
        "ruble contract to build a housing complex in Vladivostok last year.",
        {("wage", 80000, 80000, "RUB", "month"), ("state_share", None, 90)},
    ),
    (
        "Seamstresses at North Korean-run garment factories in Dandong earn 2,000 to 2,500 "
        "yuan a month, according to a report by a Seoul-based rights group. After deductions "
        "for food, lodging and so-called loyalty payments, they take home about 300 yuan a "
        "month. Trade between China and North Korea reached $2.3 billion last year.",
        {("wage", 2000, 2500, "CNY", "month"), ("wage", 300, 300, "CNY", "month")},
    ),
    (
        "The regime collects loyalty payments of $800 a month from each worker in Russia, a "
        "report by a Seoul think tank estimated. With some 15,000 North Koreans working "
        "there, that would amount to more than $140 million a year. North Korea's GDP was "
        "put at $24 billion in 2023 by the central bank in Seoul.",
        {("wage", 800, 800, "USD", "month"), ("revenue", 140 * M, None, "USD", "year")},
    ),
    (
        "Each worker must remit $500 a month to the state, a source in Ryanggang Province "
        "told the outlet. Workers also pay bribes of $300 to $500 to be selected for overseas "
        "posts, and many return home with less than $1,000 in savings after three years.",
        {("wage", 500, 500, "USD", "month")},
    ),
    (
        "A Chinese firm signed a $45 million contract to build apartment blocks in "
        "Pyongyang, while North Korean construction workers in Kuwait were paid $350 a month "
        "for 12-hour shifts. Kuwaiti workers on the same sites earned about $1,200 a month.",
        {("wage", 350, 350, "USD", "month")},
    ),
    (
        "North Korean IT workers posing as freelancers can earn up to $300,000 a year each, "
        "the US Justice Department said. Together they generate hundreds of millions of "
        "dollars a year for the regime's weapons programmes. Separately, hackers linked to "
        "Pyongyang stole $1.5 billion in cryptocurrency from an exchange in February.",
        {
            ("wage", None, 300000, "USD", "year"),
            ("revenue", 200 * M, 999_999_999, "USD", "year"),
        },
    ),
    (
        "North Korea bought a second-hand oil tanker for $3 million through front companies, "
        "investigators said. The same network handled the earnings of about 1,000 "
        "fishermen on Chinese vessels, who were paid $200 a month, half of which went to the "
        "state. The World Food Programme appealed for $50 million in aid for the country.",
        {("wage", 200, 200, "USD", "month"), ("state_share", 50, 50)},
    ),
    (
        "Since 2010, North Korean doctors in Africa have sent home a total of about $100 "
        "million, according to a study by a Washington think tank. Each medic was required "
        "to remit between $1,000 and $3,000 a year to the health ministry in Pyongyang. "
        "Tanzania's health budget, by contrast, is $1.1 billion.",
        {("revenue", 100 * M, 100 * M, "USD", None), ("wage", 1000, 3000, "USD", "year")},
    ),
    (
        "In Vladivostok, a North Korean plasterer is paid 100,000 rubles a month, a site "
        "manager told the Gazeta Vostok. Two thirds of that salary is taken by the workers' "
        "handlers. Loggers in the Amur region, meanwhile, get about 50 rubles for every "
        "cubic metre of timber they cut.",
        {("wage", 100000, 100000, "RUB", "month"), ("state_share", 66.7, 66.7)},
    ),
]

# --- batch 2 ---------------------------------------------------------------------------
BATCH2: list[tuple[str, set[tuple]]] = [
    (
        "Pyongyang pockets between $150 million and $230 million annually from some 50,000 "
        "labourers in Russia, South Korea's spy agency told lawmakers. The agency also said "
        "Moscow had paid for artillery shells worth billions of dollars.",
        {("revenue", 150 * M, 230 * M, "USD", "year")},
    ),
    (
        "Waitresses at a North Korean restaurant in Phnom Penh receive a monthly stipend of "
        "$100, a former manager told the Mekong Herald. A meal there costs about $25.",
        {("wage", 100, 100, "USD", "month")},
    ),
    (
        "The unification ministry estimated that each North Korean worker at a Chinese "
        "seafood plant earns about 400,000 won ($300) a month. Most of it never reaches "
        "the workers' families.",
        {("wage", 400000, 400000, "KRW", "month")},
    ),
    (
        "Between 70 and 80 percent of their wages is withheld by the state-run company that "
        "sends them, leaving each logger with the equivalent of $120 to $150 a month, "
        "according to the report.",
        {("state_share", 70, 80), ("wage", 120, 150, "USD", "month")},
    ),
    (
        "The US Treasury fined a Chinese seafood company $2.8 million after finding it had "
        "employed North Korean workers. Investigators found each of the 400 workers had to "
        "send $350 a month to a Pyongyang trading company.",
        {("wage", 350, 350, "USD", "month")},
    ),
    (
        "Over the past two decades, North Korea's labour exports have brought in more than "
        "$2 billion, the researcher estimated in a new book. By comparison, the country "
        "earned about $370 million from coal exports in 2016 before sanctions banned them.",
        {("revenue", 2000 * M, None, "USD", None)},
    ),
    (
        "In Qatar, North Korean builders are paid around $600 a month by their employers, "
        "but must hand over $450 of it to their supervisors, according to an investigation "
        "by a Norwegian newspaper.",
        {("wage", 600, 600, "USD", "month"), ("wage", 450, 450, "USD", "month")},
    ),
    (
        "A UN panel report said North Korea's thousands of IT workers abroad generate "
        "between $250 million and $600 million a year. Some individual developers were found "
        "to earn more than $50,000 a month.",
        {
            ("revenue", 250 * M, 600 * M, "USD", "year"),
            ("wage", 50000, None, "USD", "month"),
        },
    ),
    (
        "Brokers in Sinuiju charge would-be workers up to $1,000 for a place on a team going "
        "to China. Once there, the women are paid 8 yuan per garment they sew, which works "
        "out to about 1,800 yuan a month, a worker who later defected told researchers.",
        {("wage", 1800, 1800, "CNY", "month")},
    ),
    (
        "The regime takes roughly a third of the $1,000 monthly salaries paid to its "
        "doctors in Libya, a report by a Geneva-based labour rights centre found. Overseas "
        "restaurants alone rake in some $10 million a year for the state, while Seoul "
        "pledged $8 million in humanitarian aid to the North.",
        {
            ("state_share", 33.3, 33.3),
            ("wage", 1000, 1000, "USD", "month"),
            ("revenue", 10 * M, 10 * M, "USD", "year"),
        },
    ),
]

# --- batch 3 ---------------------------------------------------------------------------
BATCH3: list[tuple[str, set[tuple]]] = [
    (
        "Timber and toil: N. Korean loggers in Russia's Far East // North Korean logging "
        "crews in the Khabarovsk region generate tens of millions of dollars a year for "
        "Pyongyang, according to a report by a Washington-based research group. Each logger "
        "is paid roughly 30,000 to 40,000 rubles a month, the report said.",
        {
            ("revenue", 20 * M, 99_999_999, "USD", "year"),
            ("wage", 30000, 40000, "RUB", "month"),
        },
    ),
    (
        "Russian construction firms pay an average of 90,000 rubles a month to local "
        "builders, a Moscow labour economist said. The North Koreans typically receive "
        "40,000 rubles, of which their foremen pass about 70% to the embassy.",
        {("wage", 40000, 40000, "RUB", None), ("state_share", 70, 70)},
    ),
    (
        "The Panel was informed that a company in Equatorial Guinea had employed 150 North "
        "Korean construction workers under a contract worth $8.5 million. Each worker "
        "received a monthly salary of $450, of which $350 was transferred to an account held "
        "by a DPRK entity.",
        {("wage", 450, 450, "USD", "month"), ("wage", 350, 350, "USD", "month")},
    ),
    (
        "Wage theft at sea // Fishermen from North Korea working on Chinese squid boats said "
        "they were promised $300 a month but received nothing for a year. The boat's owner "
        "sold its catch for about $1.6 million, according to a maritime monitoring group.",
        {("wage", 300, 300, "USD", "month")},
    ),
    (
        "By one estimate, the roughly 100,000 North Koreans working abroad at the peak in "
        "2017 remitted between $1.2 billion and $2.3 billion annually. That compared with "
        "total exports of $1.77 billion that year, the study noted.",
        {("revenue", 1200 * M, 2300 * M, "USD", "year")},
    ),
    (
        "A restaurant worker in Shenyang told the broadcaster she earned 1,500 yuan ($210) a "
        "month, and that the state took 1,000 yuan of it as party loyalty funds.",
        {("wage", 1500, 1500, "CNY", "month"), ("wage", 1000, 1000, "CNY", "month")},
    ),
    (
        "The US offered a reward of up to $5 million for information on a North Korean bank "
        "that laundered money for overseas labour brokers. The bank processed transactions "
        "totalling $310 million between 2013 and 2019, prosecutors said. Separately, a "
        "Chinese national was sentenced for paying $700,000 in bribes to customs officers.",
        set(),
    ),
    (
        "North Korean nurses in Kuwait earn about $12,000 a year, according to a hospital "
        "administrator, who said the North Korean side demands 60 percent of each nurse's "
        "salary.",
        {("wage", 12000, 12000, "USD", "year"), ("state_share", 60, 60)},
    ),
    (
        "A Polish shipyard paid a North Korean agency roughly 2,000 euros a month for each "
        "welder it supplied, prosecutors in Gdansk said, but the welders themselves were "
        "handed only about 300 euros a month.",
        {("wage", 2000, 2000, "EUR", "month"), ("wage", 300, 300, "EUR", "month")},
    ),
    (
        "North Korea's trade with China fell to $230 million in 2020 as the border closed. "
        "Even so, labourers who stayed in Chinese factories were still required to hand over "
        "70 to 80 percent of their earnings, a source in Dandong told the outlet. Managers "
        "at one site said the state takes $100 from each worker's monthly pay of $550, and "
        "another $50 goes on food.",
        {
            ("state_share", 70, 80),
            ("wage", 100, 100, "USD", "month"),
            ("wage", 550, 550, "USD", "month"),
        },
    ),
]

# --- batch 4 ---------------------------------------------------------------------------
BATCH4: list[tuple[str, set[tuple]]] = [
    (
        "North Korea earns about $1.2bn a year from its workers overseas, lawmakers were told "
        "on Tuesday. That is roughly the price of two new oil tankers, one lawmaker noted.",
        {("revenue", 1200 * M, 1200 * M, "USD", "year")},
    ),
    (
        "Contracts seen by the newspaper show that a Russian developer agreed to pay USD "
        "1,100 a month per North Korean worker, while the workers themselves were left with "
        "USD 150 to 200 a month.",
        {("wage", 1100, 1100, "USD", "month"), ("wage", 150, 200, "USD", "month")},
    ),
    (
        "Wages for North Korean seafood processors in Donggang range from RMB 2,800 to RMB "
        "3,200 a month, of which around 2,000 yuan is handed to the state-run trading firm, a "
        "local broker said. Chinese workers at the same plants are paid about RMB 4,500.",
        {("wage", 2800, 3200, "CNY", "month"), ("wage", 2000, 2000, "CNY", "month")},
    ),
    (
        "Analysts say the overseas labour programme brings in as much as half a billion "
        "dollars a year, more than the country's legal exports of seafood and textiles "
        "combined.",
        {("revenue", None, 500 * M, "USD", "year")},
    ),
    (
        "Defectors who worked in Kuwait said they were paid about $7,000 a year, but had paid "
        "bribes of up to $2,000 to secure the posting. In a separate case, a ship carrying "
        "North Korean labourers to Vladivostok was sold at auction for $900,000.",
        {("wage", 7000, 7000, "USD", "year")},
    ),
    (
        "With a GDP of roughly $25 billion, North Korea depends heavily on foreign currency "
        "earnings, the report said. Its workers abroad typically surrender three-quarters of "
        "their pay to the authorities.",
        {("state_share", 75, 75)},
    ),
    (
        "Some construction workers earn only about $100 a month after deductions, one former "
        "foreman said, while skilled welders can make up to $1,500 a month.",
        {("wage", 100, 100, "USD", "month"), ("wage", None, 1500, "USD", "month")},
    ),
    (
        "Besides stealing cryptocurrency worth $600 million, the hackers' colleagues in IT "
        "jobs abroad earn the regime an estimated $300 million to $500 million annually, the "
        "UN panel said.",
        {("revenue", 300 * M, 500 * M, "USD", "year")},
    ),
    (
        "The workers' earnings since 2016 have totalled at least $3 billion, according to the "
        "think tank's estimate, though it cautioned the true figure may be higher.",
        {("revenue", 3000 * M, None, "USD", None)},
    ),
    (
        "Uzbek and Tajik migrants on the same Moscow sites earn 70,000 to 90,000 rubles a "
        "month, about twice what the North Koreans are paid, a foreman said. The project "
        "itself is a 14 billion-ruble housing contract.",
        set(),
    ),
    (
        "In Pyongyang, the official monthly wage is around 3,000 won, so a worker in Russia "
        "who keeps even $100 a month is far better off than at home.",
        {("wage", 100, 100, "USD", "month")},
    ),
]

# --- batch 5 ---------------------------------------------------------------------------
BATCH5: list[tuple[str, set[tuple]]] = [
    (
        "Workers told investigators they were paid 500 to 600 dollars per month, but after "
        "the state's cut and living costs only 50 to 100 dollars remained each month.",
        {("wage", 500, 600, "USD", "month"), ("wage", 50, 100, "USD", "month")},
    ),
    (
        "The state's take, typically 60 to 70 percent of gross pay, is collected by the "
        "workers' team leader each month, a defector said.",
        {("state_share", 60, 70)},
    ),
    (
        "Pyongyang confiscates as much as nine-tenths of their wages, the rights group said "
        "in its annual report.",
        {("state_share", None, 90)},
    ),
    (
        "The scheme is believed to generate some $20 million annually for Office 39, the "
        "party's slush fund.",
        {("revenue", 20 * M, 20 * M, "USD", "year")},
    ),
    (
        "A Khabarovsk employer said he paid each North Korean 50,000 rubles a month, of which "
        "35,000 rubles went to the plan.",
        {("wage", 50000, 50000, "RUB", "month"), ("wage", 35000, 35000, "RUB", "month")},
    ),
    (
        "The ruble has weakened to about 100 to the dollar, cutting the value of what the "
        "North Korean workers send home. They earn about 60,000 rubles a month.",
        {("wage", 60000, 60000, "RUB", "month")},
    ),
    (
        "Overseas labour is worth as much as $500 million a year to Pyongyang, the report "
        "estimated.",
        {("revenue", None, 500 * M, "USD", "year")},
    ),
    (
        "Job adverts on a Chinese recruitment site offered North Korean seamstresses an "
        "annual salary of 36,000 yuan, the researchers found.",
        {("wage", 36000, 36000, "CNY", "year")},
    ),
    (
        "North Korean builders in Moscow are paid less than half what Russian builders get: "
        "about 45,000 rubles a month, against 100,000 rubles for a Russian.",
        {("wage", 45000, 45000, "RUB", "month")},
    ),
    (
        "Each worker is expected to contribute $150 a month to the party's revolutionary "
        "funds, on top of food and lodging deductions.",
        {("wage", 150, 150, "USD", "month")},
    ),
]

# --- batch 6 ---------------------------------------------------------------------------
BATCH6: list[tuple[str, set[tuple]]] = [
    (
        "According to a Member State, the DPRK generated approximately $20 million a year "
        "from some 2,500 workers in a single country. The workers were each paid between $400 "
        "and $500 per month, while the employing companies paid DPRK entities a further $150 "
        "per worker per month in management fees. The Panel also investigated a vessel "
        "purchased for $2.2 million.",
        {("revenue", 20 * M, 20 * M, "USD", "year"), ("wage", 400, 500, "USD", "month")},
    ),
    (
        "Chinese customs data show exports of wigs and false eyelashes from North Korea were "
        "worth $170 million last year, much of the work done by North Korean women in China. "
        "Those workers receive around 1,000 yuan a month.",
        {("wage", 1000, 1000, "CNY", "month")},
    ),
    (
        "At the Kaesong complex, before it shut in 2016, North Korean workers were paid about "
        "$190 a month, most of it through the North Korean state.",
        set(),
    ),
    (
        "Every North Korean worker in Russia must remit about $8,000 a year to the state, "
        "according to a defector who managed a construction brigade in Moscow.",
        {("wage", 8000, 8000, "USD", "year")},
    ),
    (
        "Human rights lawyers estimate that North Korean fishermen on Chinese vessels were "
        "cheated out of $3 million in unpaid wages over five years.",
        set(),
    ),
    (
        "Sources say each worker now has to hand over 2,000 yuan a month, up from 1,500 yuan "
        "last year.",
        {("wage", 2000, 2000, "CNY", "month"), ("wage", 1500, 1500, "CNY", "month")},
    ),
    (
        "North Korea's per capita income is estimated at about $1,200 a year, less than a "
        "month's wages for a worker on a Russian building site.",
        set(),
    ),
    (
        "The IT workers, who can each earn $5,000 to $10,000 a month, are separate from the "
        "hacking units that have stolen more than $3 billion in crypto since 2017.",
        {("wage", 5000, 10000, "USD", "month")},
    ),
    (
        "The ship, bought for $1.5 million, earned its owners another $400,000 carrying "
        "workers from Rajin to Vladivostok, investigators said.",
        set(),
    ),
    (
        "Employers transfer 70 percent of each worker's salary directly to a North Korean "
        "company account; the worker is paid the remaining 30 percent in cash.",
        {("state_share", 70, 70)},
    ),
]

# --- batch 7 ---------------------------------------------------------------------------
BATCH7: list[tuple[str, set[tuple]]] = [
    (
        "Estimates of what the labour programme earns vary widely, from $200 million to $2.3 "
        "billion a year, said a professor at a university in Seoul.",
        {("revenue", 200 * M, 2300 * M, "USD", "year")},
    ),
    (
        "The report put the workers' annual remittances to Pyongyang at between 1 and 1.5 "
        "billion dollars.",
        {("revenue", 1000 * M, 1500 * M, "USD", "year")},
    ),
    (
        "North Korean waitresses in Dubai earn around 500 dollars a month in tips and salary, "
        "but their managers take a 30 percent cut.",
        {("wage", 500, 500, "USD", "month"), ("state_share", 30, 30)},
    ),
    (
        "Welders at a shipyard in Gdynia were paid 1,500 euros a month, of which the North "
        "Korean intermediary took about 1,000 euros.",
        {("wage", 1500, 1500, "EUR", "month"), ("wage", 1000, 1000, "EUR", "month")},
    ),
    (
        "South Korean firms in Vietnam pay local workers about $250 a month, while North "
        "Korean workers in Russia get about $600 a month.",
        {("wage", 600, 600, "USD", "month")},
    ),
    (
        "The UN estimated in 2017 that North Korea made at least $200 million a year from its "
        "workers abroad, while its arms sales earned it up to $100 million.",
        {("revenue", 200 * M, None, "USD", "year")},
    ),
    (
        "Sanctions experts say the labour trade brings in about 1 trillion won ($750 million) "
        "a year.",
        {("revenue", 1_000_000 * M, 1_000_000 * M, "KRW", "year")},
    ),
    (
        "A worker told the outlet he was given about 300 yuan a month as pocket money, while "
        "the rest of his 3,000-yuan monthly salary went to the state.",
        {("wage", 300, 300, "CNY", "month"), ("wage", 3000, 3000, "CNY", "month")},
    ),
    (
        "Russia's trade with North Korea rose to $34 million in 2023. A Russian firm was "
        "fined 500,000 rubles for employing North Koreans illegally, and its director paid a "
        "bribe of 200,000 rubles.",
        set(),
    ),
    (
        "About 60% of the North Korean workers in Russia are in construction, and they hand "
        "over 80% of their wages.",
        {("state_share", 80, 80)},
    ),
]

# --- batch 8 ---------------------------------------------------------------------------
BATCH8: list[tuple[str, set[tuple]]] = [
    (
        "According to the source, workers dispatched to Russian construction sites are "
        "supposed to receive 1,000 dollars per month, but after the enterprise deducts "
        "loyalty funds and living expenses, they are left with less than 100 dollars each "
        "month.",
        {("wage", 1000, 1000, "USD", "month"), ("wage", None, 100, "USD", "month")},
    ),
    (
        "A source in Dandong told the broadcaster's Korean service that North Korean women at "
        "a seafood plant earn 2,500 yuan monthly, but that 70 percent is collected by their "
        "managers as a contribution to the state plan.",
        {("wage", 2500, 2500, "CNY", "month"), ("state_share", 70, 70)},
    ),
    (
        "In Kuwait, North Korean construction workers are paid about $20 a day, a rights "
        "group said.",
        {("wage", 20, 20, "USD", None)},
    ),
    (
        "The Panel estimates that the DPRK earned approximately $120 million from the "
        "overseas deployment of workers in the IT sector alone.",
        {("revenue", 120 * M, 120 * M, "USD", None)},
    ),
    (
        "Our analysis suggests the regime earned a cumulative $1.5 billion to $2 billion from "
        "workers in Russia between 2000 and 2019.",
        {("revenue", 1500 * M, 2000 * M, "USD", None)},
    ),
    (
        "Seoul's unification ministry pays North Korean defectors a resettlement subsidy of "
        "about 8 million won.",
        set(),
    ),
    (
        "The Chinese supervisor at the plant, who earns 8,000 yuan a month, said the North "
        "Korean women were paid far less.",
        set(),
    ),
    (
        "Each doctor is required to send $20,000 a year to Pyongyang, according to the report.",
        {("wage", 20000, 20000, "USD", "year")},
    ),
    (
        "Russia paid North Korea about $1 billion in 2024 for arms and troops, far more than "
        "the roughly $100 million a year the regime earns from workers there, the analyst "
        "said.",
        {("revenue", 100 * M, 100 * M, "USD", "year")},
    ),
    (
        "Pyongyang keeps between half and two-thirds of the workers' pay, the report said.",
        {("state_share", 50, 66.7)},
    ),
]

# --- batch 9: longer articles -----------------------------------------------------------
BATCH9: list[tuple[str, set[tuple]]] = [
    (
        "SEOUL, Nov 12 - North Korea is sending thousands of workers to Russia to ease labour "
        "shortages, earning hard currency despite UN sanctions, South Korean officials said on "
        "Wednesday. An official at the unification ministry said the workers, mostly employed "
        "on construction sites, were paid between 80,000 and 120,000 rubles a month by "
        "Russian companies. Most of that money, up to 80%, is taken by North Korean managers "
        "and sent to Pyongyang, the official said. Russia and North Korea signed a mutual "
        "defence treaty last year, and bilateral trade grew to about $50 million. Analysts "
        "estimate the workers could earn the regime as much as $300 million a year if their "
        "number reaches 50,000. Russia has denied breaching sanctions.",
        {
            ("wage", 80000, 120000, "RUB", "month"),
            ("state_share", None, 80),
            ("revenue", None, 300 * M, "USD", "year"),
        },
    ),
    (
        "The report, based on interviews with 35 former overseas workers, found that wages "
        "varied widely by country. Workers in the Middle East reported gross monthly pay of "
        "$500 to $1,200, while those in China and Russia were typically paid $300 to $700. In "
        "every case, interviewees said, a fixed plan of $300 to $500 a month had to be handed "
        "over to the state regardless of earnings. Several said they had paid bribes of "
        "$1,000 or more to be selected. One former worker in Kuwait said that after three "
        "years he returned home with savings of about $1,500.",
        {
            ("wage", 500, 1200, "USD", "month"),
            ("wage", 300, 700, "USD", "month"),
            ("wage", 300, 500, "USD", "month"),
        },
    ),
    (
        "How much does the regime make? Estimates differ. The US State Department has put "
        "overseas labour earnings at more than $500 million a year, while a South Korean think "
        "tank puts the figure at $1.2 billion to $2.3 billion annually. Either way, the sums "
        "dwarf the $25 million North Korea earned from legal exports of textiles in 2022. "
        "Workers' take-home pay, by contrast, is often no more than $100 to $150 a month.",
        {
            ("revenue", 500 * M, None, "USD", "year"),
            ("revenue", 1200 * M, 2300 * M, "USD", "year"),
            ("wage", 100, 150, "USD", "month"),
        },
    ),
    (
        "In its latest report, the Panel documented the case of a DPRK national who had "
        "worked as a software developer for foreign clients since 2019, receiving payments "
        "into accounts controlled by others. The Panel noted that such IT workers could each "
        "earn more than $300,000 a year, and that up to 90 per cent of their income was "
        "remitted to DPRK authorities.",
        {("wage", 300000, None, "USD", "year"), ("state_share", None, 90)},
    ),
    (
        "Separately, the US Treasury sanctioned two Chinese companies that it said had "
        "laundered $12 million for North Korean banks. One of the companies had also bought a "
        "$3 million cargo ship. North Korea's state media, meanwhile, reported a bumper "
        "harvest and said the country's economy grew 3.1 percent. In Moscow, a North Korean "
        "restaurant opened last month; a meal there costs 2,000 rubles, and its 12 waitresses "
        "are paid about 40,000 rubles a month each.",
        {("wage", 40000, 40000, "RUB", "month")},
    ),
    (
        "Defectors interviewed for the study said they had earned the equivalent of 500,000 to "
        "700,000 won ($380 to $530) a month at logging camps in Siberia, of which the state "
        "took about two-thirds.",
        {("wage", 500000, 700000, "KRW", "month"), ("state_share", 66.7, 66.7)},
    ),
]

# --- batch 10 --------------------------------------------------------------------------
BATCH10: list[tuple[str, set[tuple]]] = [
    (
        "N. Korea rakes in $500m a year from overseas labour - report // North Korea earns "
        "about $500m a year from workers it sends abroad, a think tank said on Monday.",
        {("revenue", 500 * M, 500 * M, "USD", "year")},
    ),
    (
        "Most of the North Korean seamstresses earn several hundred dollars a month, a "
        "factory owner said.",
        {("wage", 200, 999, "USD", "month")},
    ),
    (
        "North Korean restaurant staff in Beijing earn a few thousand yuan a month, most of "
        "which goes to the embassy.",
        {("wage", 2000, 9999, "CNY", "month")},
    ),
    (
        "The logging company paid the North Korean side $1 million a month for the 2,000 "
        "loggers it employed.",
        {("revenue", 1 * M, 1 * M, "USD", "month")},
    ),
    (
        "Workers said 90-95 percent of their pay was seized under the pretext of loyalty funds.",
        {("state_share", 90, 95)},
    ),
    (
        "The state takes 30% of the proceeds from each worker's labour, a source said.",
        {("state_share", 30, 30)},
    ),
    (
        "Up to 10 million yuan was earned for the state last year by North Korean workers at "
        "factories in Dandong, customs sources said.",
        {("revenue", None, 10 * M, "CNY", None)},
    ),
    (
        "The construction of the new embassy building in Moscow cost around $20 million, and "
        "North Korean workers were brought in to build it.",
        set(),
    ),
    (
        "Each of the 50 North Korean workers was promised 3,000 yuan a month but in reality "
        "received nothing for eight months.",
        {("wage", 3000, 3000, "CNY", "month")},
    ),
    (
        "The North Korean workers brought home an average of $2,000 each after a three-year "
        "contract.",
        {("wage", 2000, 2000, "USD", None)},
    ),
]

# --- batch 11 --------------------------------------------------------------------------
BATCH11: list[tuple[str, set[tuple]]] = [
    (
        "North Korea earned some 1.4 trillion won (US$1.1 billion) last year by sending workers "
        "overseas, according to a report by a state-run institute in Seoul.",
        {("revenue", 1_400_000 * M, 1_400_000 * M, "KRW", None)},
    ),
    (
        "The Korean-language outlet said the workers' monthly salaries were around $500-600.",
        {("wage", 500, 600, "USD", "month")},
    ),
    (
        "A worker's monthly salary is about W2 million, the official said, referring to North "
        "Koreans at a Russian shipyard.",
        {("wage", 2 * M, 2 * M, "KRW", "month")},
    ),
    (
        "The exchange rate in Pyongyang markets has hovered around 8,000 won to the dollar, "
        "traders say, while workers abroad are paid in yuan or rubles.",
        set(),
    ),
    (
        "Each worker is required to pay the state loyalty money of between $500 and $1,000 per "
        "year.",
        {("wage", 500, 1000, "USD", "year")},
    ),
    (
        "The state's share of the workers' wages has risen to as much as 80 percent, from "
        "about 60 percent five years ago, the source said.",
        {("state_share", None, 80), ("state_share", 60, 60)},
    ),
    (
        "North Korean restaurants abroad earn between $10,000 and $30,000 a month each for the "
        "regime, a former manager said.",
        {("revenue", 10000, 30000, "USD", "month")},
    ),
    (
        "A North Korean doctor in Tanzania charges patients about $30 per acupuncture session, "
        "local media reported.",
        set(),
    ),
    (
        "Their salaries, which were supposed to be $800 a month, were cut to $300 after "
        "Pyongyang raised its quota.",
        {("wage", 800, 800, "USD", "month"), ("wage", 300, 300, "USD", "month")},
    ),
]

# --- batch 12 --------------------------------------------------------------------------
BATCH12: list[tuple[str, set[tuple]]] = [
    (
        "The regime, which earns an estimated $500 million a year from workers abroad, also "
        "received about $200 million from Moscow for its ammunition.",
        {("revenue", 500 * M, 500 * M, "USD", "year")},
    ),
    (
        "Pyongyang's total exports to China, including goods made by North Korean workers in "
        "Chinese factories, reached $290 million last year.",
        set(),
    ),
    (
        "South Korea's spy agency said the North raised about $40 million by selling sand and "
        "seafood, while its workers in Russia brought in roughly $150 million.",
        {("revenue", 150 * M, 150 * M, "USD", None)},
    ),
    (
        "North Korean workers in Russia earn two to three times more than they would at home, "
        "roughly $400 to $600 a month.",
        {("wage", 400, 600, "USD", "month")},
    ),
    (
        "The smuggling network made more than $5 million a year moving North Korean workers "
        "across the border, prosecutors said.",
        set(),
    ),
    (
        "Workers' families in North Korea receive nothing, while the state pockets up to "
        "$1,000 per worker each month.",
        {("wage", None, 1000, "USD", "month")},
    ),
    (
        "A North Korean construction firm in Kuwait won contracts worth $110 million between "
        "2010 and 2017, employing about 2,000 workers.",
        set(),
    ),
    (
        "The UN estimates 100,000 North Koreans worked abroad in 2017, earning about $500 "
        "million a year for Pyongyang.",
        {("revenue", 500 * M, 500 * M, "USD", "year")},
    ),
    (
        "In 2019 the average North Korean worker in China was paid 2,000 to 3,000 yuan a "
        "month, compared with 4,000 to 5,000 yuan for a Chinese worker doing the same job.",
        {("wage", 2000, 3000, "CNY", "month")},
    ),
]

# --- batch 13: spellings of currencies and periods ----------------------------------------
BATCH13: list[tuple[str, set[tuple]]] = [
    (
        "North Korean welders in Poland received 1,200 euros per calendar month, prosecutors said.",
        {("wage", 1200, 1200, "EUR", "month")},
    ),
    (
        "Each North Korean IT worker was expected to earn at least USD5,000 a month.",
        {("wage", 5000, None, "USD", "month")},
    ),
    (
        "North Korean workers at the plant were paid 3,000RMB monthly, a defector said.",
        {("wage", 3000, 3000, "CNY", "month")},
    ),
    (
        "The regime netted 1.2 mln dollars a month from the group of North Korean workers, the "
        "report said.",
        {("revenue", 1.2 * M, 1.2 * M, "USD", "month")},
    ),
    (
        "A North Korean worker in Malta was paid on a monthly basis, around 600 euros, the "
        "labour inspectorate found.",
        {("wage", 600, 600, "EUR", "month")},
    ),
    (
        "The state collects $1k from each North Korean worker every month.",
        {("wage", 1000, 1000, "USD", "month")},
    ),
    (
        "Polish firms paid about 4,000 zlotys a month for each North Korean worker, most of "
        "which went to the agency.",
        {("wage", 4000, 4000, "PLN", "month")},
    ),
    (
        "North Korean workers in Kuwait earned 150 to 200 Kuwaiti dinars a month.",
        {("wage", 150, 200, "KWD", "month")},
    ),
    (
        "The North Korean workers' monthly take-home pay averaged just $85.",
        {("wage", 85, 85, "USD", "month")},
    ),
]

# --- batch 14: reporting from sources inside and outside ---------------------------------
BATCH14: list[tuple[str, set[tuple]]] = [
    (
        "Workers dispatched to China are paid around 2,000 yuan per month, but they must hand "
        "over 1,500 yuan of it as a loyalty fee to the state.",
        {("wage", 2000, 2000, "CNY", "month"), ("wage", 1500, 1500, "CNY", "month")},
    ),
    (
        "The workers receive a monthly salary of about 500 dollars, of which 300 dollars is "
        "sent to the Central Committee.",
        {("wage", 500, 500, "USD", "month"), ("wage", 300, 300, "USD", "month")},
    ),
    (
        "A source said that the overseas workers are now required to send at least 30,000 "
        "yuan per year back to the country.",
        {("wage", 30000, None, "CNY", "year")},
    ),
    (
        "North Korean trading companies take a cut of 50 to 60% from the workers' earnings.",
        {("state_share", 50, 60)},
    ),
    (
        "The state reportedly demands $100 per month from each construction worker in Russia, "
        "an increase of $20 compared to last year.",
        {("wage", 100, 100, "USD", "month")},
    ),
    (
        "He earned 80,000 rubles a month at the site, the equivalent of about $900, a former "
        "North Korean worker said.",
        {("wage", 80000, 80000, "RUB", "month")},
    ),
    (
        "Chinese employers pay about 3,500 yuan per North Korean worker, but the workers "
        "themselves see only 500 yuan.",
        {("wage", 3500, 3500, "CNY", None), ("wage", 500, 500, "CNY", None)},
    ),
    (
        "According to the broadcaster, a female North Korean worker at a garment factory in "
        "Dandong earns 1,500 to 1,800 yuan a month, about the same as a Chinese worker.",
        {("wage", 1500, 1800, "CNY", "month")},
    ),
    (
        "North Korea's overseas labour earnings have been hit by the pandemic, falling from an "
        "estimated $500 million in 2019 to less than $100 million in 2021.",
        {("revenue", 500 * M, 500 * M, "USD", None), ("revenue", None, 100 * M, "USD", None)},
    ),
]

# --- batch 15: a last check after the fixes ----------------------------------------------
BATCH15: list[tuple[str, set[tuple]]] = [
    (
        "North Korean workers at a Chinese electronics plant in Weihai earn about 2,200 yuan a "
        "month, according to payroll records obtained by the group, while their Chinese "
        "co-workers earn around 4,000 yuan.",
        {("wage", 2200, 2200, "CNY", "month")},
    ),
    (
        "The regime is estimated to have earned $230 million from workers in Russia in 2023 alone.",
        {("revenue", 230 * M, 230 * M, "USD", None)},
    ),
    (
        "Of the roughly $1,000 a month a North Korean builder earns in St Petersburg, about "
        "$700 goes to the state, the defector said.",
        {("wage", 1000, 1000, "USD", "month"), ("wage", 700, 700, "USD", "month")},
    ),
    (
        "A UN report said some North Korean medical workers in Africa must remit as much as "
        "90 per cent of their earnings.",
        {("state_share", None, 90)},
    ),
    (
        "Russian officials deny that the roughly 80 billion rubles in bilateral trade "
        "includes any payments for North Korean labour.",
        set(),
    ),
    (
        "Monthly wages for North Korean loggers in the Amur region, which range from 30,000 "
        "to 50,000 rubles, are paid directly to their North Korean supervisors.",
        {("wage", 30000, 50000, "RUB", "month")},
    ),
    (
        "The state has doubled the loyalty payment each North Korean worker owes, to $200 a month.",
        {("wage", 200, 200, "USD", "month")},
    ),
    (
        "Cash couriers carried about $2 million of the workers' earnings back to Pyongyang "
        "every few months, a former official said.",
        {("revenue", 2 * M, 2 * M, "USD", None)},
    ),
    (
        "A Mongolian cashmere firm paid its North Korean staff about 1 million tugriks a month.",
        {("wage", 1 * M, 1 * M, "MNT", "month")},
    ),
    (
        "The North Korean workers, who earn about $15 a day, are charged $5 daily for meals.",
        {("wage", 15, 15, "USD", None)},
    ),
]

# --- batch 16: shares and earning verbs ---------------------------------------------------
BATCH16: list[tuple[str, set[tuple]]] = [
    (
        "About 60% of a welder's pay is seized by the North Korean foreman, workers told "
        "investigators.",
        {("state_share", 60, 60)},
    ),
    (
        "The North Korean workers are paid $900 a month, 70% of which goes back to Pyongyang.",
        {("wage", 900, 900, "USD", "month"), ("state_share", 70, 70)},
    ),
    (
        "North Korean loggers must give nearly half of everything they earn to the state.",
        {("state_share", 50, 50)},
    ),
    (
        "The state's cut is as high as 70 percent of the North Korean workers' salaries.",
        {("state_share", None, 70)},
    ),
    (
        "Pyongyang makes roughly $25 million a year from its restaurants abroad, the think "
        "tank estimated.",
        {("revenue", 25 * M, 25 * M, "USD", "year")},
    ),
    (
        "North Korean medics in Libya send home about $3 million a year to the health ministry.",
        {("revenue", 3 * M, 3 * M, "USD", "year")},
    ),
    (
        "North Korean managers deduct 30 percent of each worker's pay for loyalty funds and "
        "another 20 percent for food and lodging.",
        {("state_share", 30, 30)},
    ),
    (
        "North Korean workers are allowed to keep only about a fifth of their wages, the rest "
        "being taken by the state.",
        {("state_share", 80, 80)},
    ),
    (
        "Chinese factory owners in Dandong said they paid the North Korean side 2,800 yuan "
        "per worker per month.",
        {("wage", 2800, 2800, "CNY", "month")},
    ),
    (
        "Revenue from the North Korean workers is estimated at around $150 million annually, "
        "one-third of it from Russia.",
        {("revenue", 150 * M, 150 * M, "USD", "year")},
    ),
]

# --- batch 17 --------------------------------------------------------------------------
BATCH17: list[tuple[str, set[tuple]]] = [
    (
        "Overseas workers earn N. Korea up to $500 million a year: UN // North Korea's "
        "overseas workers earn the country up to $500 million a year, UN investigators said, "
        "with about 20,000 in Russia paid roughly $700 a month each.",
        {("revenue", None, 500 * M, "USD", "year"), ("wage", 700, 700, "USD", "month")},
    ),
    (
        "The average monthly wage of a North Korean worker in Russia is about 60,000 rubles, "
        "compared with about 70,000 rubles for a Russian.",
        {("wage", 60000, 60000, "RUB", "month")},
    ),
    (
        "In total, North Korea may have earned $2 billion to $3 billion from labour exports "
        "over the past decade.",
        {("revenue", 2000 * M, 3000 * M, "USD", None)},
    ),
    (
        "The employer paid wages of 1,200 yuan directly into accounts controlled by North "
        "Korean managers.",
        {("wage", 1200, 1200, "CNY", None)},
    ),
    (
        "The $1.5 million the company paid its North Korean workers in salaries last year went "
        "straight to a North Korean state firm.",
        {("revenue", 1.5 * M, 1.5 * M, "USD", None)},
    ),
    (
        "A North Korean waitress earns about $150 a month in tips, which she is allowed to keep.",
        {("wage", 150, 150, "USD", "month")},
    ),
    (
        "Each of the 400 North Korean workers handed over about $500 a month, or $2.4 million "
        "a year in total, a former accountant said.",
        {("wage", 500, 500, "USD", "month"), ("revenue", 2.4 * M, 2.4 * M, "USD", "year")},
    ),
]

# --- batch 18: the newer earning cues on amounts that are not earnings --------------------
BATCH18: list[tuple[str, set[tuple]]] = [
    (
        "In total, 2,500 North Korean workers were employed at the sites, which cost $120 "
        "million to build.",
        set(),
    ),
    (
        "Russia handed over $30 million worth of wheat to North Korea as aid, while North "
        "Korean workers kept arriving in the Far East.",
        set(),
    ),
    (
        "The Namibian government paid North Korea's Mansudae company $5 million for two "
        "statues built by North Korean workers.",
        set(),
    ),
    (
        "North Korea's trade with Russia totalled $34 million in total last year, while the "
        "number of North Korean workers there kept rising.",
        set(),
    ),
    (
        "The company paid the North Korean side a total of $3.2 million over four years for "
        "the labour of 150 workers.",
        {("revenue", 3.2 * M, 3.2 * M, "USD", None)},
    ),
]

BATCHES = {
    "b1": BATCH1,
    "b2": BATCH2,
    "b3": BATCH3,
    "b4": BATCH4,
    "b5": BATCH5,
    "b6": BATCH6,
    "b7": BATCH7,
    "b8": BATCH8,
    "b9": BATCH9,
    "b10": BATCH10,
    "b11": BATCH11,
    "b12": BATCH12,
    "b13": BATCH13,
    "b14": BATCH14,
    "b15": BATCH15,
    "b16": BATCH16,
    "b17": BATCH17,
    "b18": BATCH18,
}

# Known misses: row id -> why.
KNOWN: dict[str, str] = {
    "b6-08": "'earned its owners another $400,000': a ship's takings read as revenue (who earns "
    "is not told from the clause)",
    "b12-01": "'total exports to China, including goods made by ..., reached $290 million': "
    "the subject's trade word is in another clause and 'made' reads as earning",
    "b14-06": "'employers pay about 3,500 yuan per North Korean worker': 'pay' is no wage cue "
    "(as a cue it takes subsidies and other payments) and 'per worker' no period",
}


ROWS = batch_rows(BATCHES, KNOWN)


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_money_reporting(extractor, text, expected):
    assert money(extractor, text) == expected


# Basis and cumulative of some of the amounts above (spec "Scope, origin, basis and
# cumulative figures"), checked after the batches: row id, amount's low (else high) bound,
# basis, cumulative.
BASIS = [
    ("b1-03", 800, "state_take", False),  # loyalty payments of $800 a month from each
    ("b1-08", 100 * M, "total", True),  # "Since 2010 ... have sent home a total of"
    ("b2-05", 2000 * M, "total", True),  # "Over the past two decades"
    ("b3-02", 350, "state_take", False),  # "of which $350 was transferred to"
    ("b3-08", 300, "take_home", False),  # "the welders themselves were handed only"
    ("b4-02", 2000, "state_take", False),  # "is handed to the state-run trading firm"
    ("b4-08", 3000 * M, "total", True),  # "earnings since 2016 have totalled"
    ("b5-00", 50, "take_home", False),  # "only 50 to 100 dollars remained"
    ("b5-04", 35000, "state_take", False),  # "went to the plan"
    ("b5-09", 150, "state_take", False),  # "contribute $150 a month to the party's"
    ("b6-07", 5000, "other", False),  # IT workers' earnings per person
]


@pytest.mark.parametrize(("rid", "value", "basis", "cumulative"), BASIS)
def test_money_basis(extractor, rid, value, basis, cumulative):
    name, _, row = rid.partition("-")
    text = BATCHES[name][int(row)][0].replace(" // ", "\n\n") + TAIL
    result = extractor._extract(Document(id="m", text=text, language="en"), gate=False)
    claim = next(
        c
        for c in result.claims
        if c.kind != "workers"
        and (c.value.low if c.value.low is not None else c.value.high) == value
    )
    assert (claim.basis, bool(claim.cumulative)) == (basis, cumulative)
