"""Sector of worker figures in short English articles, a third round after
``test_extract_sector_genres2.py``: its blind batches scored low on first run because the
vocabulary lacked the reporters' workplace, employer and product words. Before these batches
the vocabulary (``lang/en/sectors.yaml``, ``sector_grammar.yaml``) was widened by kind, sector
by sector, not from tests: trades and materials of building (formwork, rebar, masonry,
demolition, road crews), timber enterprises, leskhoz and lespromkhoz, roundwood and chainsaw
crews, farm labour and crops (dairy farms, haymaking, melons, cabbage, maize, agronomists,
tractor drivers), fishing firms, grounds, hatcheries and species, factories by product
(sweatshops, textile and knitting mills, breweries, toy, bag and leather factories, machine
shops), IT firms and work (software developers, hackers, data annotation, crypto mining as IT
and not mining), medical practice (oriental medicine, cupping, dental clinics, nursing),
hospitality staff and venues (baristas, chambermaids, canteens, dining halls, food courts),
mines by ore (tin, zinc, uranium mines, quarries, placer mining) and ship-repair yards and
hull blocks, with verb phrases of each sector's work (lemmas; inflections are generated).
The batches below were then written as a reporter would, without looking back at that list.

Written for these tests in blind batches: each batch's table was committed before the
extractor was run on it. People, firms, outlets and figures are invented. Notation as in
``test_extract_sector_genres.py`` (``tables.figure_table``): ``= value destinations status
sector`` per worker figure, ``x value`` for another group's figure, then ``| `` and the
article, where " // " ends a headline.
"""

from __future__ import annotations

from .tables import figure_batches, sector_tests

PUBLISHED = "2026-11"  # the articles' date (for "this year", "next spring")


# --- batch t1: trades, materials, employers by product, regional words, other groups ----
# First run (the table committed before it): 11 of 13 figures found, count P 11/11 R 11/13 (the
# other group's figure not read as workers); status 8/11, sector 5/11. Sector misses, words and
# one rule: "tying reinforcement and erecting formwork for a new wing of the city hospital"
# (none: formwork against the hospital; "city" between the article and the workplace);
# "gut and salt pollack" (none: the spelling); "administer servers and build databases"
# (none); "drive haul trucks and blast rock at a tungsten pit" (none); "fitting kitchens and
# bathrooms in a new apartment complex, ... a Mongolian developer said" (it: the speaker);
# "grind and weld steel blocks for tankers at a yard" (none). Fixed: a wing, extension or
# annex of a workplace, and formwork, scaffolding, foundations or reinforcement for one, as
# openers of a building site; owners and levels of government ("city", "district",
# "regional", "municipal", "provincial", "central") as determiners before a workplace; pollack
# and more species; databases and server administration (it); tungsten and other ores, haul
# and ore trucks, blasting rock (mining); apartment complexes and fitting kitchens and
# bathrooms (construction); makers and manufacturers named by their product ("a sock maker",
# found on a reworded sentence, the figure itself being the count stage's miss). Also
# dropped on the way: "pulp mill" and "paper mill" as manufacturing (the s3 "fell aspen for
# a Chinese pulp mill" is logging: the mill stays generic). After: 11 of 13 found, status
# 8/11, sector 10/11.
BATCH1 = """
= 140 RU present construction
| YAKUTSK - Some 140 North Korean workers are tying reinforcement and erecting formwork for
  a new wing of the city hospital in Yakutsk, the city's chief architect said.
= 220 RU present logging
| TYNDA - About 220 North Korean workers run chainsaws for a state timber enterprise that
  ships round logs to China, a local forester said.
= 75 RU present agriculture
| USSURIYSK - About 75 North Korean workers milk cows and make hay at a dairy cooperative
  outside Ussuriysk, its director told a local paper.
= 60 CN present fishing
| DONGGANG - About 60 North Korean women gut and salt pollack at a cold-storage company in
  Donggang, a Chinese buyer said.
= 180 CN present manufacturing
| HUNCHUN - About 180 North Korean women operate knitting machines at a sock maker in the
  Hunchun border trade zone, a local official said.
= 35 RU present it
| VLADIVOSTOK - About 35 North Korean workers administer servers and build databases for
  Russian online retailers from a rented office in Vladivostok, investigators said.
= 12 LA present medical
| VIENTIANE - About 12 North Korean workers run an oriental medicine centre in Vientiane,
  offering cupping and herbal remedies to Lao patients, a diplomat said.
= 45 VN present hospitality
| HANOI - About 45 North Korean women sing and serve grilled meat at a Pyongyang-branded
  barbecue house in Hanoi, a regular customer said.
= 400 RU present mining
| ANADYR - Some 400 North Korean workers drive haul trucks and blast rock at a tungsten pit
  in Chukotka, a regional official said.
= 90 RU present shipbuilding
| BOLSHOY KAMEN - About 90 North Korean workers grind and weld steel blocks for tankers at a
  yard in Bolshoy Kamen, a Russian engineer said.
= 300 CN present manufacturing
x 80
| DANDONG - About 300 North Korean women cut and sew down jackets at a Dandong winter-wear
  plant, while 80 Chinese men drive its forklifts, a manager said.
= 50 MN present construction
| ULAANBAATAR - About 50 North Korean workers are fitting kitchens and bathrooms in a new
  apartment complex in Ulaanbaatar, a Mongolian developer said.
= 130 RU present logging
| KHABAROVSK - About 130 North Korean workers live in trailers at a lespromkhoz cutting
  area north of Khabarovsk, a regional inspector said.
"""


# --- batch t2: written after the t1 fixes (measured, not fitted) -------------------------
# First run (the table committed before it): 13 of 13 figures found, count P 13/13 R 13/13 (the
# Uzbek welders not read as workers); status 12/13, sector 2/13. The status "miss" was the
# table's: "A Tatarstan contractor has hired about 260" is a hire, a flow (``dispatched``) by
# the conventions above; the table said present and is corrected. Sector misses, all words
# of kinds the widening had not reached: building trades as verbs on a structure ("clad and
# glaze a 30-storey office tower"), "installing ceilings and electrical wiring in a villa
# compound", "digging the trench for a gas main" (shipbuilding: the other group's welders),
# "drag felled trunks ... for a Primorye wood exporter", "pick chillies and aubergines",
# "feed animals and clean pens at a hog operation", "hair extensions", "singers and servers at
# a banquet venue", "produce cartoons and game graphics ... from a hotel" (hospitality),
# "a traditional healing centre, giving massages and herbal treatments", "sift river gravel
# for gold dust". Fixed: cladding, glazing, insulating, roofing and wiring as building verbs
# on a structure; ceilings, wiring, electricians, gas and water mains, pipelines, digging a
# trench (construction); wood and lumber exporters and firms, felled trees and trunks,
# dragging logs (logging); vegetables and fruit by name (not those pickled at food plants:
# cabbage, radish, onion, garlic, carrot stay out, as the u6v batch of the unseen module
# shows), farm animals' operations, pens, piggeries and barns (agriculture); hair extensions
# (manufacturing); banquet venues and wedding halls (hospitality; not canteens: a camp
# canteen the workers grow vegetables for, w5); cartoons and graphics (it); healing centres,
# healers, herbal treatments and massage (medical); gold dust, nuggets and sifting gravel
# (mining). After: 13 of 13 found, status 13/13, sector 13/13.
BATCH2 = """
= 260 RU dispatched construction
| KAZAN - A Tatarstan contractor has hired about 260 North Korean workers to clad and glaze a
  30-storey office tower in Kazan, the company's chief engineer said.
= 150 RU present logging
| TERNEY - Some 150 North Korean workers clear cutting strips and drag felled trunks to the
  roadside for a Primorye wood exporter, a local hunter said.
= 90 CN present agriculture
| TUMEN - About 90 North Korean women pick chillies and aubergines under plastic sheeting
  near Tumen, a local trader said.
= 70 RU present fishing
| PETROPAVLOVSK-KAMCHATSKY - About 70 North Korean workers fillet and freeze sockeye at a
  shore plant on the Kamchatka coast, a plant worker said.
= 240 CN present manufacturing
| DANDONG - About 240 North Korean workers trim and pack hair extensions at a Dandong
  beauty-products company, a Chinese customs broker said.
= 20 KH present hospitality
| PHNOM PENH - About 20 North Korean women work as singers and servers at a Pyongyang-style
  banquet venue in Phnom Penh, a tour operator said.
= 30 CN present it
| SHENYANG - About 30 North Korean workers produce cartoons and game graphics for South
  Korean studios from a hotel in Shenyang, a researcher said.
= 55 RU present medical
| TOMSK - About 55 North Korean workers staff a traditional healing centre in Tomsk, giving
  massages and herbal treatments to Russian pensioners, a local paper reported.
= 500 RU present mining
| MAGADAN - About 500 North Korean workers sift river gravel for gold dust in the Magadan
  region for a local company, a regional official said.
= 110 RU present shipbuilding
| NAKHODKA - About 110 North Korean workers scrape barnacles and repaint hulls at a Nakhodka
  repair base, a Russian shipowner said.
= 600 RU present construction
x 200
| BLAGOVESHCHENSK - About 600 North Korean workers are digging the trench for a gas main
  across the Amur region, alongside 200 Uzbek welders, the contractor said.
= 80 RU present agriculture
| USSURIYSK - About 80 North Korean workers feed animals and clean pens at a Primorye hog
  operation, a veterinary inspector said.
= 40 AE present construction
| DUBAI - About 40 North Korean workers are installing ceilings and electrical wiring in a
  villa compound on the edge of Dubai, a diplomatic source said.
"""


# --- batch t3: written after the t2 fixes (measured, not fitted): headlines, employers, ----
# pronouns and two sectors in one article
# First run (the table committed before it): 13 of 14 figures found, count P 13/13 R 13/14;
# status 13/13, sector 3/13. Sector misses: the headline "crews race to finish Vladivostok ice
# palace" (none); "a pig-breeding complex" (none: the hyphen); "weld steel doors ... at a
# metal-fabrication workshop" (none); "prescribe herbs and set broken bones at a back-street
# practice" (none); "building chatbots and trading bots" (none); "outfit the engine rooms of
# new trawlers at a Kaliningrad yard" (fishing: five words between the verb and the vessel,
# one more than the reach); "make window frames at a joinery shop", the second figure of a
# logging article (logging, from the sentence before); "Three new residential blocks are
# rising ... employed on them" (none); "lay irrigation pipes and turf for a new golf course"
# (none); "mow hay and stack bales" (none). Fixed: hyphenated breeding and farming, breeding
# and livestock complexes, hay and bales (agriculture); metal fabrication, joinery and
# carpentry shops, making window frames and doors (manufacturing); prescribing herbs and
# setting bones (medical); chatbots, trading bots and smart contracts (it, and built as
# products); the reach of a vessel verb from four words to five; residential blocks, a
# structure "rising" or "taking shape", laying turf and pipes of any kind, golf courses as
# structures (construction); jellyfish and sea snails (fishing, checked on a reworded
# sentence: the figure is the count stage's miss). After: 13 of 14 found, status 13/13,
# sector 12/13.
BATCH3 = """
= 320 RU present construction
| North Korean crews race to finish Vladivostok ice palace // VLADIVOSTOK - Some 320 North
  Korean workers are working double shifts so the arena opens before the New Year, the
  city's sports department said.
= 85 RU dispatched agriculture
| KRASNOYARSK - A pig-breeding complex near Krasnoyarsk has taken on 85 North Korean workers,
  the regional labour office said.
= 200 CN present fishing
| WEIHAI - About 200 North Korean women process jellyfish and sea snails at a plant in
  Weihai, a Chinese broker said.
= 65 RU present manufacturing
| ARTYOM - About 65 North Korean workers weld steel doors and window grilles at a
  metal-fabrication workshop in Artyom, a local official said.
= 18 TZ present medical
| DAR ES SALAAM - About 18 North Korean workers prescribe herbs and set broken bones at a
  back-street practice in Dar es Salaam, a patient said.
= 28 NP present hospitality
| KATHMANDU - About 28 North Korean women cook, serve and perform at a Kathmandu venue run by
  a Pyongyang trading firm, a regular said.
= 60 RU present it
| MOSCOW - About 60 North Korean workers pose as Japanese freelancers to win contracts
  building chatbots and trading bots for Western start-ups, investigators said.
= 700 RU present mining
| ALDAN - About 700 North Korean workers spend the summer at gold diggings on the Aldan
  river, a Yakut official said.
= 150 RU present shipbuilding
| KALININGRAD - About 150 North Korean workers outfit the engine rooms of new trawlers at a
  Kaliningrad yard, a union official said.
= 230 RU present logging
= 40 RU present manufacturing
| KHABAROVSK - About 230 North Korean workers fell trees in the Lazo district, a forestry
  official said. Another 40 North Korean workers make window frames at a joinery shop in
  Khabarovsk.
= 400 RU present construction
| RUSSKY ISLAND - Three new residential blocks are rising on Russky Island. Some 400 North
  Korean workers are employed on them, the developer said.
= 90 QA present construction
| DOHA - About 90 North Korean workers lay irrigation pipes and turf for a new golf course
  in Doha, a diplomat said.
= 45 RU present agriculture
| ULAN-UDE - About 45 North Korean workers mow hay and stack bales on a Buryat estate, a
  local paper reported.
"""

BATCHES, NOT_WORKERS = figure_batches((("t1", BATCH1), ("t2", BATCH2), ("t3", BATCH3)))

# Figures the count stage does not find: "batch-row-value" -> why.
KNOWN_COUNT: dict[str, str] = {
    "t1-04-180": "count: 'About 180 North Korean women operate knitting machines' (women before "
    "an unknown verb of work) is not counted",
    "t3-02-200": "count: 'About 200 North Korean women process jellyfish and sea snails' (women "
    "before an unknown verb of work) is not counted",
    "t1-07-45": "count: 'About 45 North Korean women sing and serve grilled meat' (women before "
    "unknown verbs of work) is not counted",
}
# Sectors still missed: "batch-row-value" -> why.
KNOWN_SECTOR: dict[str, str] = {
    "t3-00-320": "sector: the headline 'crews race to finish Vladivostok ice palace' has a name "
    "between the verb and the structure, which a completion verb does not reach ('finished "
    "contracts on building sites' must stay no building); the body's 'the arena opens' names "
    "no work",
    "t1-09-90": "sector: 'grind and weld steel blocks for tankers at a yard' names the vessels "
    "after 'for', a gap stop kept for 'builds piers for fishing boats'; 'a yard' alone is "
    "no shipyard",
}
# Statuses still missed: "batch-row-value" -> why.
KNOWN_STATUS: dict[str, str] = {
    "t1-01-220": "status: 'run chainsaws for a state timber enterprise that ships round logs to "
    "China' reads the firm's shipping as a dispatch of workers",
    "t1-06-12": "status: 'run an oriental medicine centre ..., offering cupping and herbal "
    "remedies' reads 'offering' as a plan",
    "t1-08-400": "status: 'drive haul trucks and blast rock at a tungsten pit' reads 'drive' as "
    "a dispatch",
}
KNOWN = {"count": KNOWN_COUNT, "sector": KNOWN_SECTOR, "status": KNOWN_STATUS}

test_genre3_sector, test_genre3_status, test_genre3_other_group = sector_tests(
    BATCHES, NOT_WORKERS, KNOWN, PUBLISHED
)
