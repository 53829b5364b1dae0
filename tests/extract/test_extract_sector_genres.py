"""Sector and status of worker figures in English genres the earlier sector batches left:
parliamentary written answers, company press releases, sanctions designation notices,
opinion columns, interview transcripts (Q and A), sports and culture pages, local radio
bulletins, port and customs records, satellite-imagery features, diplomatic cables, labour
union complaints and NGO investigations. Phenomena: the sector named far from the figure (the
sentence before, the sentence after, the headline only); several sectors in one article with
their own figures; an employer's sector against the workers' own job ("a construction firm's
cooks", "a seafood trader's software developers", "painters at a furniture factory"); sector
words used figuratively ("building bridges", "mining this relationship", "a fine art") or
about other people (local fishermen, Russian builders, soldiers); the sector of a place
("timber camps", "building sites", "fishing vessels", "greenhouses"). Status traps:
"withdrew its 60 remaining workers" (repatriated), "agreed to send", "will send", "has begun
sending" (planned against dispatched), "still", "continue to", expelled, deported, "will be
deported", stranded, visas expired.

Written for these tests in blind batches: each batch's expected table was committed before
the extractor was run on it. People, firms, outlets and figures are invented. Conventions
as in ``test_extract_sector_trade_press.py`` and ``test_extract_sector_employer_news.py``
(sports coaches, sculptors and painters of art are ``other``; a group that has not left yet,
"will be deported", stranded, is ``present``); besides:

- a job noun of another sector than the employer's names the figure's sector ("a
  construction firm's 12 cooks" are hospitality, as "cooks at labour camps" are in
  ``test_extract_sector_employer_news.py``; "software developers" of a seafood trader are
  it), unless the job word has a sense of the workplace's own ("painters" at a furniture
  factory are manufacturing);
- a sector word used figuratively names no sector.

Each table is text (``tables.figure_table``): an article's head lines ``= value
destinations status sector`` (the value its high bound, else its low one; "-" for none) and
``x value`` (another group's figure, no worker figure), then ``| `` and the article, where
" // " ends a headline. Only the figures the count stage finds are judged, on status and
sector, as the scorer judges them; destinations are kept for the record.
"""

from __future__ import annotations

import pytest

from .tables import figure_batches, figure_rows, figures_by_value, judged_figure, other_rows

PUBLISHED = "2026-11"  # the articles' date (for "this year", "next spring")


# --- batch g1: genres, far sectors, job against employer, figurative words, status traps --
# First run (the table committed before it): 47 of 54 figures found, precision 47/48 (the
# camp's capacity of 400 men read as workers); status 44/47, sector 43/47. Fixed: "withdrew
# its 60 remaining workers" ("remaining" after or before the figure yields to the verb that
# governs it: a return); "mining this relationship" (to mine a relationship, partnership,
# archive ... is no mining); "coaches who trained its youth squads" (coaches who train are
# sports coaches: other); "remain in Kuwait, mainly at two construction companies, while a
# further 20 ..." (", mainly at" goes on with the figure's clause); "About 1,300 ... on
# building sites, 200 in fish plants and 90 in restaurants" (a list of figures whose next
# item opens after a comma: each its own sector). After: 47 of 54 found, status 46/47,
# sector 46/47 (the count misses are the count stage's; the one left is g1-29-160).
BATCH1 = """
= 120 - present fishing
| Answer given by Commissioner Halvorsen on behalf of the European Commission. The
  Commission is aware of reports that around 120 North Korean nationals were employed on
  fishing vessels flagged in a Member State in 2024. It has asked the Member State concerned
  for information and will report back to the Parliament.
= 45 LT dispatched shipbuilding
= 30 LT repatriated shipbuilding
| PRESS RELEASE - Baltic Hull Works ends subcontract // KLAIPEDA - Baltic Hull Works said on
  Monday it had terminated its contract with a subcontractor that supplied 45 North Korean
  welders to its Klaipeda yard this year. The subcontractor withdrew its 30 remaining
  workers from the yard last week, the company said. Baltic Hull Works builds ferries and
  offshore supply vessels.
= 2000 RU,M49:145 dispatched construction
= 40 NG present medical
| WASHINGTON - The Treasury Department today designated the Chollima Overseas Construction
  Company, which it said has sent more than 2,000 workers to construction sites in Russia
  and the Middle East since 2017. According to the designation notice, the company also
  runs a medical team of about 40 North Korean doctors in Nigeria.
= 10000 RU present -
| COLUMN - Pyongyang is building bridges with Moscow, one labour contract at a time. By my
  count, at least 10,000 North Koreans are now working in Russia, and the Kremlin is mining
  this relationship for all it is worth. Nobody in Brussels seems to notice.
= 300 RU present logging
= 50 RU present logging
| Q: Where did you work in Russia? A: At a logging camp near Tynda. When I arrived in 2016
  there were about 300 North Korean workers at the camp. Q: Are they still there? A: A
  friend who phoned me last month said only 50 are still there.
= 8 LA repatriated other
| Football: North Korean coaches leave Laos // VIENTIANE - The Lao Football Federation said
  on Friday that the eight North Korean coaches who trained its youth squads had been
  expelled after the government reviewed their visas.
= 25 SN present other
= 60 NA planned construction
| Mansudae team finishes Dakar statue // DAKAR - A team of 25 North Korean sculptors and
  painters from the Mansudae Overseas Project group is finishing a bronze monument on the
  city's western cliffs, the culture ministry said. Another 60 North Korean workers are
  expected next year in Windhoek, Namibia, to build a war museum, the ministry said.
= 14 RU present agriculture
| And in regional news: police in Blagoveshchensk say they found 14 North Korean men
  working in a greenhouse complex outside the city whose visas had expired. The men will be
  deported, police said.
= 210 RU dispatched construction
| VLADIVOSTOK - Port records show that a North Korean-flagged cargo ship carried 210 North
  Korean workers from Rajin to Vladivostok in September. Shipping agents said the men were
  bound for building sites in Khabarovsk.
= 250 RU present logging
x 400
| Satellite images show new barracks at Amur timber camp // A commercial satellite image
  taken in October shows two new barracks at a timber camp in the Amur region run by a
  North Korean forestry company. A former worker estimated that the camp can now house 400
  men. About 250 North Koreans live and work there at present, he said.
= 12 RU present hospitality
x 300
| YAKUTSK - A Russian construction firm in Yakutsk employs 12 North Korean cooks who feed
  its 300 Russian builders, a local newspaper reported. The cooks were hired through an
  agency in Vladivostok.
= 1300 RU present construction
= 200 RU present fishing
= 90 RU present hospitality
| VLADIVOSTOK - About 1,300 North Koreans work on building sites in Vladivostok, 200 in the
  port's fish plants and 90 in restaurants, according to a city report seen by this
  newspaper.
= 1000 CN,RU present it
| North Korean IT workers earn $600 million a year // SEOUL - North Korea has about 1,000
  people working abroad for revenue units of its Reconnaissance General Bureau, mostly in
  China and Russia, the National Intelligence Service said on Tuesday.
= 500 MN planned manufacturing
= 120 MN dispatched manufacturing
| ULAANBAATAR - Mongolia has agreed to take 500 North Korean workers for its cashmere
  factories, a deputy minister said. Pyongyang has begun sending them: a first group of
  120 arrived in Ulaanbaatar on Sunday.
= 150 GQ planned medical
= 30 GQ present medical
| MALABO - North Korea will send 150 medical workers to Equatorial Guinea under a health
  agreement signed on Tuesday, state radio said. About 30 North Korean doctors already
  work at the city's central hospital.
= 3000 RU present agriculture
| VLADIVOSTOK - Despite the UN ban, about 3,000 North Koreans continue to work on farms in
  the Russian Far East, a researcher at the Far Eastern Federal University said.
= 200 CN present fishing
| HUNCHUN - Some 200 North Korean seafood workers have been stranded in Hunchun since the
  border closed, unable to go home, a Chinese broker said. Their factory stopped production
  in March.
= 180 RU dispatched construction
x 5000
| YUZHNO-SAKHALINSK - In Sakhalin, where some 5,000 local fishermen are out of work, a
  construction company has brought in 180 North Korean builders this year, a union leader
  complained.
= 48 KW repatriated construction
= 100 KW present construction
| KUWAIT CITY - Kuwait deported 48 North Korean construction workers last month after
  their visas expired, the interior ministry said. Around 100 others whose visas have
  expired are still in the country, it said.
= 60 RU repatriated logging
= 400 RU present logging
| BIROBIDZHAN - A Chinese timber company in the Jewish Autonomous Region has withdrawn its
  60 remaining North Korean workers from its forest concession, the regional government
  said. At the height of the operation, the concession employed 400 North Koreans.
= 20 TZ present agriculture
| MOROGORO - A team of 20 North Korean agricultural experts is helping rice farmers in
  Tanzania's Morogoro region to raise yields, the district commissioner said.
= 35 CD present mining
| LUBUMBASHI - A copper mine in Katanga employs 35 North Korean engineers, a mining
  ministry official said. The engineers are paid through a company in Beijing.
= 600 CN present manufacturing
| HUNCHUN - In a garment factory in Hunchun, some 600 North Korean women sew winter coats
  for European brands, an investigation by the group Fair Wear Watch found. The group said
  the women work seven days a week.
= 15 CN present it
| DALIAN - A Chinese seafood trading company in Dalian employed 15 North Korean software
  developers to build its online shop, according to a US indictment unsealed on Thursday.
= 18 KH repatriated hospitality
= 12 KH present hospitality
| PHNOM PENH - A North Korean restaurant in Phnom Penh closed on Monday and its 18
  waitresses flew home, the landlord said. A second North Korean restaurant in Siem Reap
  still employs 12 North Korean waitresses.
= 45 RU present medical
| MOSCOW - In Moscow, 45 North Korean acupuncturists and masseurs work at clinics of
  traditional medicine, the city's health department said.
= 90 SO present fishing
| MOGADISHU - Around 90 North Koreans work as crew on Chinese fishing vessels off the coast
  of Somalia, a maritime rights group said.
= 1000 UA planned construction
= 300 UA present construction
| DONETSK - Occupation authorities in Donetsk said 1,000 North Korean workers would arrive
  to help rebuild Mariupol. About 300 are already at work on the city's drama theatre, the
  authorities said.
= 1500 RU dispatched construction
x 11000
| KYIV - Besides the 11,000 soldiers it sent to fight in Kursk, North Korea has sent some
  1,500 civilian workers to repair roads in the region, a Ukrainian intelligence official
  said.
= 160 RU dispatched fishing
= 1000 RU planned fishing
| VLADIVOSTOK - North Korea has begun sending fishermen to Russian trawlers. About 160
  North Korean workers boarded vessels in Vladivostok this month, port officials said, and
  up to 1,000 more are to follow under a deal signed in June.
= 40000 RU present -
| North Korea has turned the export of labour into a fine art, says sanctions expert Mira
  Halloway. She estimates that 40,000 North Korean workers are in Russia alone.
= 900 RU present logging
| TYNDA - Some 900 North Korean lumberjacks are still felling trees in the Tyndinsky
  district, local officials admitted, two years after Moscow said all had gone home.
= 150 KW present construction
= 20 KW present hospitality
| The embassy reports that about 150 DPRK nationals remain in Kuwait, mainly at two
  construction companies, while a further 20 work in a restaurant in Kuwait City. The
  embassy expects all of them to leave by the end of the year.
= 85 RU present manufacturing
| ULYANOVSK - North Korean seamstresses at a clothing factory in Ulyanovsk went on strike
  last week over unpaid wages, local media reported. The factory's owner said 85 North
  Korean workers had stopped work.
= 300 BY planned construction
| MINSK - Belarus said on Tuesday that North Korea had agreed to send 300 construction
  workers to Minsk next year.
= 50 MY repatriated mining
| KUCHING - Malaysia expelled 50 North Korean miners from a coal mine in Sarawak in 2017,
  a former mine manager told the court.
= 200 RU present manufacturing
x 3000
| NAKHODKA - While Russian shipbuilders have laid off 3,000 workers at Bolshoy Kamen, some
  200 North Korean painters now work at a Nakhodka furniture factory, a city official said.
= 70 RU present hospitality
| Tour guides return // VLADIVOSTOK - About 70 North Korean guides and hotel staff are now
  working for a tour company that brings Russian tourists to Wonsan, the company said.
= 400 RU dispatched construction
= 200 RU present construction
| KAZAN - North Korean builders arrived in Tatarstan in May. Some 400 came by train, the
  regional migration office said, and about 200 of them now live on a building site near
  Kazan.
"""

# --- batch g2: a late blind check, written after the g1 fixes (measured, not fitted) -----
# First run (the table committed before it): 15 of 15 figures found, precision 15/15;
# status 13/15, sector 15/15. Fixed after the measure: "The remaining 25 will finish the
# roof" (a group already known, "the remaining", does not plan); "The ... company that
# employed 250 ... crewmen has pulled all of them out" (a split return verb whose pronoun
# object stands for the group its relative clause counts). After: status 15/15, sector 15/15.
BATCH2 = """
= 75 RU repatriated construction
= 25 RU present construction
| Minutes of the Artem city council, 14 October. Deputy Lebedev reported that the
  contractor building the new school on Frunze Street had sent 75 North Korean workers back
  to their country in September. The remaining 25 will finish the roof, he said.
= 400 RU planned logging
| PODCAST TRANSCRIPT - HOST: So what happens next in the taiga? GUEST: The regional
  forestry department told me it expects 400 North Korean lumberjacks next spring. They
  have signed the contracts already.
= 1800 CN present fishing
= 600 CN present manufacturing
| FACT CHECK: Are North Koreans still working in Chinese factories? // Our review of
  customs and court records suggests yes. About 1,800 North Koreans work in seafood
  plants in Donggang, and another 600 in garment workshops in Dandong, two brokers
  confirmed.
= 300 RU dispatched agriculture
x 1200
| BLAGOVESHCHENSK - A soybean grower in the Amur region that lost 1,200 Chinese seasonal
  workers to new visa rules has brought in 300 North Koreans instead, the company's
  chairman said.
= 20 AO repatriated medical
| LUANDA - Angola has expelled 20 North Korean doctors who had worked at state hospitals in
  Huambo, the health ministry said.
= 55 RU present it
| MOSCOW - Behind a Moscow web-design studio are 55 North Korean programmers, according to a
  leaked staff list reviewed by investigators. The studio's clients included two Russian
  banks.
= 140 RU present shipbuilding
| The shipyard at Bolshoy Kamen is mining its contacts in Pyongyang for cheap labour, a
  union leader said. About 140 North Korean welders already work at the yard, he said.
= 35 KH present other
| PHNOM PENH - Thirty-five North Korean painters are still working at an art studio near
  the Royal Palace, a gallery owner said, despite Cambodia's promise to send them home.
= 90 CN present hospitality
x 40
| SHENYANG - A hotel in Shenyang that employs 90 North Korean waitresses and cooks also hires
  40 Chinese drivers, a staff member said.
= 500 RU planned construction
= 100 RU dispatched construction
| KHABAROVSK - A Khabarovsk developer agreed to take 500 North Korean builders for a new
  housing estate and has begun bringing them in: the first 100 arrived by train this week,
  a spokesman said.
= 60 MN present construction
| ULAANBAATAR - Sixty North Korean workers whose visas expired in the spring are stranded at
  a building site outside Ulaanbaatar, a Mongolian rights group said.
= 250 RU repatriated fishing
| NAKHODKA - The Nakhodka trawling company that employed 250 North Korean crewmen has pulled
  all of them out of the fleet, citing sanctions, port officials said.
"""

# --- batch g3: a last blind check, written after every fix above (measured, not fitted) --
# First run (the table committed before it): 8 of 10 figures found, precision 8/8; status
# 6/8, sector 8/8. Fixed after the measure: "continue to staff three clinics" ("continue
# to" is a stock, unless a flow or return verb follows it: "continue to arrive"); "wants 600
# North Korean workers for its greenhouses" ("want" with an object is a plan). After: status
# 8/8, sector 8/8.
BATCH3 = """
= 130 RU present construction
x 2000
| DEBATE TRANSCRIPT - CANDIDATE ORLOVA: My opponent says we need foreigners. Our region
  already has 2,000 unemployed builders! And yet 130 North Koreans are pouring concrete for
  the new bridge in Blagoveshchensk as we speak.
= 45 CN repatriated manufacturing
= 110 CN present manufacturing
| DANDONG - A Dandong wig maker sent 45 of its North Korean workers home last week after
  orders from Europe dried up, a broker said. The factory still has about 110 North Korean
  women on its payroll.
= 600 RU planned agriculture
| The Primorye farm ministry wants 600 North Korean workers for its greenhouses next
  season and has filed the papers with Moscow, a ministry spokeswoman said.
= 18 KH repatriated other
| PHNOM PENH - Eighteen North Korean taekwondo instructors who ran classes at schools in
  the capital have gone home, the education ministry said.
= 250 RU dispatched fishing
| VLADIVOSTOK - A Russian fishing company took on 250 North Korean workers for its crab
  processing ships this autumn, a port official said.
= 80 LA present medical
= 40 LA planned medical
| VIENTIANE - Some 80 North Korean doctors and nurses continue to staff three clinics in
  Vientiane, a Lao official said, and 40 more are expected by January.
= 900 RU present construction
| MOSCOW - About 900 North Korean workers whose visas have expired are hiding at
  construction sites in the Moscow region, a police source said.
= 300 CN present it
x 5
| SHENYANG - Investigators traced five front companies in Shenyang that employ some 300
  North Korean IT workers, a cybersecurity report said.
"""

# The articles of each batch, and the figures of other groups in them that must not be read
# as worker figures.
BATCHES, NOT_WORKERS = figure_batches((("g1", BATCH1), ("g2", BATCH2), ("g3", BATCH3)))

# Figures the count stage does not find, or judgments still missed: "batch-row-value" -> why.
KNOWN: dict[str, str] = {
    "g1-11-1300": "count: a list of figures ('About 1,300 ..., 200 in the port's fish plants and "
    "90 in restaurants') followed by ', according to a city report seen by this newspaper' is "
    "not counted: 'seen' after the short last item reads as a scene (the list without that "
    "tail is counted, each figure with its own sector)",
    "g1-11-200": "count: as g1-11-1300",
    "g1-11-90": "count: as g1-11-1300",
    "g1-20-20": "count: 'A team of 20 North Korean agricultural experts is helping rice "
    "farmers' (experts, a noun of no labour) is not counted",
    "g1-29-160": "status and sector: 'About 160 North Korean workers boarded vessels ..., and up "
    "to 1,000 more are to follow': 'boarded' is no flow cue (it also boards a flight home), so "
    "the plan of the next clause decides; 'vessels' is no fishing word, and a figure with its "
    "own head noun does not take the trawlers of the sentence before",
    "g1-38-200": "count: 'about 200 of them now live on a building site' (a bare partitive) is "
    "not counted",
    "g3-00-130": "count: 'And yet 130 North Koreans are pouring concrete for the new bridge ... "
    "as we speak' in a debate transcript is not counted",
}

# Other groups' figures still read as workers: "batch-row-value" -> why.
KNOWN_OTHERS: dict[str, str] = {
    "g1-09-400": "count: 'the camp can now house 400 men' (a capacity) is read as workers",
}


@pytest.mark.parametrize(
    ("text", "value", "dests", "status", "sector"), figure_rows(BATCHES, KNOWN)
)
def test_genre_figure(extractor, text, value, dests, status, sector):
    assert judged_figure(extractor, text, value, PUBLISHED) == (status, sector)


@pytest.mark.parametrize(("text", "value"), other_rows(BATCHES, NOT_WORKERS, KNOWN_OTHERS))
def test_genre_other_group(extractor, text, value):
    assert value not in figures_by_value(extractor, text, PUBLISHED)
