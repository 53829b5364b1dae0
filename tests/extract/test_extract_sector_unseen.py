"""Sector of worker figures in articles of shapes the earlier sector batches left, for the
margin of the held-out sector accuracy: court reports, investor notes, shipping bulletins,
trade fair reports, broadcast transcripts, travel pieces, regional council minutes and
letters to the editor. Phenomena: the sector told by the workplace, the employer, the product
or the occupation; a sector named in another sentence for the same group; mixed groups whose
sector is none; the sectors of other groups in the same sentence, which must not leak; the
builders of software (it, not construction); seafood processing against fishing (both
fishing); medical, restaurants and hotels, garments and textiles, logging, farms, mines and
shipyards. Batches u5-u6 (committed blind as ``test_extract_sector_unseen2.py`` in 07a20bf7,
moved here after their runs) add employer-type nouns, products and activity verbs,
occupations in lists, a sector in the headline only, a relative clause of the place, the
boundaries of agriculture, food processing and fishing, and services (cleaning, hotels,
domestic work: ``other``).

Written for these tests in blind batches: each batch's table was committed before the
extractor was run on it. People, firms, outlets and figures are invented. Notation as in
``test_extract_sector_genres.py`` (``tables.figure_table``): ``= value destinations status
sector`` per worker figure, ``x value`` for another group's figure, then ``| `` and the
article. The figures the count stage finds are judged on sector (the subject here) and,
separately, on status.
"""

from __future__ import annotations

from .tables import figure_batches, sector_tests

PUBLISHED = "2026-11"  # the articles' date (for "this year", "next spring")


# --- batch u1: occupations, employers, products, software builders, other groups --------
# First run (the table committed before it): 15 of 17 figures found, count P 15/15 R 15/17 (no
# other group's figure read as workers); status 12/15, sector 13/15. Sector misses: "Another
# 150 weld and paint hulls at the neighbouring repair yard" (fishing, carried from the
# pollock plant: "and" ended the gap from "weld" to the hulls, and "repair yard" was no cue);
# "hired by a gold producer ..., working the alluvial deposits" (none). Fixed: "paint" and
# "rivet" as verbs of work on a vessel (the last verb of "weld and paint hulls" reaches it),
# repair yards and boatyards; gold and coal producers, mining companies, alluvial and placer
# deposits. After: 15 of 17 found, status 12/15 (three flows the table read as stocks), sector
# 15/15; the two count misses are the count stage's.
BATCH1 = """
= 60 CN present it
x 3
| SHENYANG - A court in Shenyang on Tuesday jailed three Chinese managers of a firm that
  hid some 60 North Korean programmers in a rented apartment block, where they built
  gambling websites for clients in South-East Asia, the court said in a statement.
= 420 RU present fishing
= 150 RU present shipbuilding
| NAKHODKA - Some 420 North Koreans work on the processing lines of a Nakhodka pollock
  company, filleting and freezing the catch brought in by Russian crews, a port
  official said. Another 150 weld and paint hulls at the neighbouring repair yard, he said.
= 35 MY present medical
| KUALA LUMPUR - The health ministry said it had found 35 North Korean acupuncturists and
  herbalists working without licences at a private wellness chain in Selangor. The chain's
  owner said the practitioners had been hired through an agency in Beijing.
= 24 VN present hospitality
| HANOI - The North Korean restaurant on Trieu Viet Vuong street reopened this month after
  a two-year closure, with 24 waitresses and cooks flown in from Pyongyang, staff at a
  neighbouring hotel said.
= 800 CN present manufacturing
= 200 CN planned manufacturing
| HUNCHUN, China - A garment industrial park on the edge of Hunchun employs about 800 North
  Korean seamstresses, who stitch down jackets for export, a Chinese buyer told this
  outlet. The park's managers have asked for 200 more before the spring orders arrive.
= 1500 RU present -
| TOMSK - Around 1,500 North Koreans are believed to be working in the Tomsk region, at
  building sites, sawmills and vegetable farms, a regional deputy told the legislature.
= 90 RU present logging
x 40
| IRKUTSK - A regional inspection found 90 North Korean woodcutters felling pine in a
  forest lease north of Bratsk, while 40 Russian drivers hauled the logs to the railway.
= 300 RU present construction
| ST PETERSBURG - About 300 North Korean workers are finishing the facades of a new
  residential quarter in the city's south, a building inspector said. He said the
  contractor, which also runs a chain of cafes, housed them in containers on site.
= 110 RU present mining
| CHITA - Some 110 North Koreans have been hired by a gold producer in the Zabaykalsky
  region, working the alluvial deposits along the Shilka river, a local newspaper
  reported.
= 45 PL present shipbuilding
| GDANSK - A Polish court heard on Monday that a subcontractor had supplied 45 North
  Korean welders and fitters to a Gdansk yard building hulls for Norwegian trawlers
  between 2014 and 2016.
= 250 RU present agriculture
| USSURIYSK - Greenhouse complexes around Ussuriysk depend on some 250 North Korean
  workers, who grow cucumbers and tomatoes all year round, a farm association said.
= 70 AE present it
x 2
| DUBAI - Two trading firms in Dubai paid about 70 North Korean software developers to
  write mobile games for a Chinese publisher, the UN panel of experts said in a report.
= 500 CN present fishing
| QINGDAO - Investor note: Seafood exporters in Shandong still rely on about 500 North
  Korean women to peel and pack shrimp, a brokerage wrote in a note to clients this week,
  warning of sanctions risk.
= 130 RU present construction
= 60 RU present hospitality
| VLADIVOSTOK - Of the North Koreans in the city, some 130 work for a developer putting
  up a hotel on Russky Island, and 60 more serve guests in a hotel in the city centre, a
  tourism official said.
"""

# --- batch u2: building software, letters, mixed groups, other groups beside the figure --
# First run: 14 of 16 found, count P 14/14 R 14/16; status 11/14 (u2-05-120, "are expected to
# join them in March", was a table error: planned, corrected after the run; two flows the
# table read as stocks), sector 11/14. Sector misses: "are building software: payment apps"
# (construction: a building verb before any workplace cue made it a building site); "Its owner
# tells me 95 North Koreans have worked in his kitchens and dining rooms" (none); "work
# underground at a silver and gold operation" (none). Fixed: products whose building is their
# sector's own work ("software", "mobile apps", "websites": built_products) keep their sector;
# "work in his/her/our kitchens", "wait on tables", "serve food"; "work underground", "work the
# seams/deposits". After: 14 of 16 found, status 12/14, sector 14/14.
BATCH2 = """
= 40 CN present it
| YANJI - The men do not lay bricks or pour concrete. The roughly 40 North Koreans in a
  Yanji office tower are building software: payment apps and online shops for clients in
  Europe who think they are dealing with a Chinese start-up, a former colleague said.
= 1800 RU present construction
x 12000
| MOSCOW - A letter to the editor // Sir, your report on migrant labour (Nov 3) overlooked
  the 1,800 North Koreans who put up apartment towers in the Moscow suburbs every summer,
  alongside some 12,000 Central Asian labourers who also staff the city's markets and cafes.
= 650 CN present fishing
x 30
| DANDONG - Trawler owners in Dandong say they cannot find crews, but the port's cold
  stores are busy. About 650 North Korean women there thaw, sort and box squid for
  export, while 30 Chinese fishermen wait for their boats to be repaired.
= 210 RU present -
| YUZHNO-SAKHALINSK - Regional council minutes show 210 North Koreans registered on
  Sakhalin this year. They work at fish plants, on road crews and in a private clinic,
  the minutes say.
= 55 LA present medical
| VIENTIANE - Travel // Behind the Friendship Hospital, a low building houses a
  Korean-run treatment centre. Its 55 North Korean staff give acupuncture and herbal
  treatment to Lao patients and the odd tourist, a nurse there said.
= 320 RU present logging
= 120 RU planned logging
| KHABAROVSK - The taiga concession near Obluchye is worked by about 320 North Koreans,
  according to the regional forestry department. They fell and saw larch for export to
  China. A further 120 are expected to join them in March.
= 95 NP present hospitality
| KATHMANDU - Broadcast transcript // PRESENTER: The Pyongyang restaurant in Thamel is
  full tonight. REPORTER: Its owner tells me 95 North Koreans have worked in his kitchens
  and dining rooms since it opened.
= 900 CN present manufacturing
= 300 CN present manufacturing
| HUNCHUN - Trade fair report // At the Hunchun fair, a knitwear exporter said 900 North
  Korean women now knit and finish sweaters at its three mills. Another 300 make socks
  and gloves at a sister plant across the river, he said.
= 140 RU present agriculture
x 600
| AMUR REGION - Around 140 North Koreans plant and weed soybean fields for a Chinese-owned
  agricultural company in the Amur region, while the company's 600 Russian staff run the
  grain terminal, the regional ministry said.
= 75 RU present mining
| MAGADAN - About 75 North Koreans work underground at a silver and gold operation north
  of Magadan, a trade union said. The company says the men are contractors.
= 250 RU present shipbuilding
| SLAVYANKA, Russia - The slipways are busy again. Around 250 North Koreans build barges and
  tugboats at the Slavyanka plant, a Primorye official told a regional newspaper.
= 1000 CN present -
x 2
| BEIJING - Investor note // Two listed companies in Liaoning disclosed that they employ
  about 1,000 North Korean workers between them, one in electronics, the other in a hotel
  and a seafood business.
= 80 RU present construction
= 30 RU present it
| KAZAN - The contractor behind Kazan's new IT park brought in 80 North Korean builders to
  finish the campus, an official said. A separate firm hired 30 North Korean programmers
  to work inside it once it opens.
"""

# --- batch u3: captions, podcasts, filings, digests, the catch and the hulls, leaks -----
# First run: 12 of 16 found, count P 12/12 R 12/16; status 12/12, sector 7/12. Sector misses:
# "workers on the scaffolding of a new hospital ... About 120 of them are employed by the
# contractor" (none: construction and medical both named before); "about 700 North Koreans in
# the region, against 1,500 Tajiks who work mostly on building sites" (construction leaked
# from the other group); "The coal company said it employs 85 ... at its northern shafts" and
# "applied for 40 more" (none); "At the port's processing halls, about 150 North Korean women
# are still cleaning and freezing the catch" after "The squid boats came back" (none). Fixed:
# parts of a structure as building openers ("the scaffolding of a new hospital", "the
# foundations of"); a comparison after a comma (", against", ", compared with", ", unlike")
# opens another subject's clause, as ", while" does; coal companies and mine shafts; verbs of
# processing "the catch"; processing halls, lines and shops as generic plants (they take
# fishing or logging from the sentence before). After: 12 of 16 found, status 12/12, sector
# 12/12 (the four count misses are the count stage's).
BATCH3 = """
= 120 RU present construction
| Caption // North Korean workers on the scaffolding of a new hospital in Krasnoyarsk. About
  120 of them are employed by the contractor, a city official said.
= 400 CN present it
x 3
| DANDONG - Property developers in Dandong have stopped hiring North Koreans, but three
  software houses in the city still employ about 400 North Korean developers, a local
  businessman said.
= 260 RU present fishing
= 90 RU present shipbuilding
| PETROPAVLOVSK-KAMCHATSKY - Podcast transcript // HOST: So who guts the salmon? GUEST:
  Mostly North Koreans. Some 260 of them spend the season on floating canneries in the
  Okhotsk Sea. Another 90 overhaul the trawlers in dry dock over the winter.
= 45 RU present medical
| NOVOSIBIRSK - A private dental chain in Novosibirsk has 45 North Korean employees, all
  of them qualified dentists or dental nurses, its director said.
= 700 RU present -
x 1500
| VOLGOGRAD - There are now about 700 North Koreans in the region, against 1,500 Tajiks who
  work mostly on building sites, a migration officer said.
= 180 CN present manufacturing
= 60 CN repatriated manufacturing
| DANDONG - Sanctions case // The indictment says a Dandong textile firm kept about 180 North
  Korean women spinning and dyeing cotton yarn until 2024. Some 60 of them were sent back
  to Sinuiju after an inspection.
= 350 RU present logging
| TYNDA - Court filing // The plaintiff, a timber trader, says it paid for 350 North Korean
  workers who cut and stacked logs at its lease in the Amur region for three seasons.
= 30 TH present hospitality
x 200
| BANGKOK - Some 30 North Koreans run the kitchen and front desk of a Pattaya guesthouse
  owned by a Chinese investor, who also employs 200 Thai staff at his garment plant, police
  said.
= 500 RU present agriculture
| KRASNODAR - Weekly digest // Farm labour: some 500 North Koreans are back in the Kuban
  this season, picking apples and pruning vines for two agroholdings.
= 85 RU present mining
= 40 RU planned mining
| VORKUTA - The coal company said it employs 85 North Korean workers at its northern
  shafts and has applied for 40 more.
= 2000 RU present -
| MOSCOW - NGO hotline log // Callers reported about 2,000 North Koreans working in the
  Moscow region this autumn, in construction, in sewing workshops, and as cleaners and
  cooks.
= 150 CN present fishing
| ZHOUSHAN - The squid boats came back early this year. At the port's processing halls,
  about 150 North Korean women are still cleaning and freezing the catch, workers said.
= 220 RU present shipbuilding
x 15
| KOMSOMOLSK-ON-AMUR - The shipyard's 220 North Korean welders and fitters work alongside 15
  Russian engineers who design the hulls, a union official said.
"""

# --- batch u4: fresh, written after the fixes of u1-u3 ------------------------------------
# A measure of the fixes on articles they were not made for. First run: 11 of 12 found, count
# P 11/11 R 11/12; status 10/11, sector 8/11. Sector misses: "felling birch and aspen for a
# plywood maker" in "a forest camp" (none); "130 North Korean hull welders, alongside 40
# Russian crane drivers who also load fishing boats" (fishing: the welder, a generic title,
# yielded to the other group's boats); "A developer of holiday flats ... hired 240 North
# Korean finishing workers, who plaster, tile and paint the units" (none). Fixed: "felling",
# forest camps, plywood and timber companies (logging); hull welders and fitters
# (shipbuilding); finishing workers and crews, "developer of" as a building opener, flats,
# cottages, townhouses and arenas as structures (construction). After: 11 of 12 found, status
# 10/11, sector 11/11. Left: a comma and "alongside" with another group's figure does not
# open that group's clause (only the hull welder's own sector now decides u4-10).
BATCH4 = """
= 600 RU present construction
x 2
| MURMANSK - Two contractors renovating the port's grain terminal and a new ice arena employ
  some 600 North Korean workers between them, the regional labour inspectorate said.
= 85 CN present it
| SHENYANG - Some 85 North Korean coders work in shifts from a hotel floor in Shenyang,
  developing trading bots and cloning shopping apps, a defector who managed them told
  reporters.
= 400 RU present fishing
| SAKHALIN - Court report // The prosecutor said about 400 North Koreans had worked on
  the company's floating crab factories off Sakhalin, cooking and freezing the catch at sea.
= 50 KH present hospitality
| SIEM REAP - Travel // The dancers at the Pyongyang-style restaurant near Angkor Wat double
  as waitresses; the manager said about 50 North Koreans work there in two shifts.
= 900 CN present manufacturing
x 300
| DANDONG - Customs records // A Dandong apparel contractor employs some 900 North Korean
  women cutting and sewing school uniforms, while 300 Chinese drivers truck the finished
  goods to Dalian, a customs broker said.
= 1200 RU present -
| IRKUTSK - Council minutes // Deputies heard that 1,200 North Koreans were registered in the
  region, at sawmills, on farms and on road crews.
= 70 RU present logging
| BIROBIDZHAN - Some 70 North Koreans spend the winter in a forest camp north of the city,
  felling birch and aspen for a plywood maker, residents said.
= 30 MN present medical
| ULAANBAATAR - About 30 North Korean doctors staff a Korean medicine clinic in the capital,
  the health ministry said.
= 160 RU present agriculture
| PRIMORYE - Some 160 North Koreans work on a dairy and pig complex outside Spassk-Dalny,
  milking cows and cleaning sheds, a farm union said.
= 95 RU present mining
| NORILSK - About 95 North Koreans work at a nickel quarry and its crushing plant, a city
  official said.
= 130 RU present shipbuilding
x 40
| VLADIVOSTOK - The Zvezda-linked yard employs 130 North Korean hull welders, alongside 40
  Russian crane drivers who also load fishing boats at the harbour, a union said.
= 240 RU present construction
| KALININGRAD - A developer of holiday flats on the Curonian Spit has hired 240 North Korean
  finishing workers, who plaster, tile and paint the units, an official said.
"""

# --- batch u5: employer-type nouns, products, places told by a relative clause ------------
# First run (both tables committed before either run): 13 of 14 figures found, count P 13/13
# R 13/14 (the other group's figure not read as workers); status 13/13, sector 11/13. Sector
# misses: "work as housekeepers and nannies for wealthy families" (none: domestic work had no
# cue); "Sewing for sanctions // About 400 North Korean women work long shifts at a plant"
# (none: a headline's sector is taken only when the headline names workers). Fixed:
# housekeepers, nannies, domestic workers and helpers, au pairs, babysitters (other). After:
# 13 of 14 found, status 13/13, sector 12/13 (the headline left: see KNOWN_SECTOR).
BATCH5 = """
= 240 RU present fishing
| NAKHODKA - A trawler operator in Nakhodka employs about 240 North Korean workers, most of
  them on its vessels in the Sea of Japan, a port official said.
= 500 CN present manufacturing
| DANDONG - A garment exporter in Dandong told buyers at a trade fair that some 500 North
  Korean women stitch school uniforms for it in two rented workshops.
= 180 RU present logging
| LESOZAVODSK - Some 180 North Korean workers fell larch and cedar on a concession leased
  from the regional government, a forestry inspector said.
= 350 RU present construction
| USSURIYSK - About 350 North Korean workers lay bricks and pour concrete at a site where
  flats are going up on the edge of Ussuriysk, residents told a local newspaper.
= 120 CN present it
| SHENYANG - A software outsourcer in Shenyang pays about 120 North Korean workers to code
  games for mobile publishers in Europe, according to a company insider.
= 300 CN present fishing
| HUNCHUN - About 300 North Korean women pack crab and shell scallops at a cold store on the
  edge of Hunchun, a local trader said.
= 150 CN present manufacturing
| YANJI - About 150 North Korean women pickle cabbage and radish at a food-processing plant
  in Yanji that supplies supermarkets in Beijing, a buyer said.
= 200 RU present agriculture
| BLAGOVESHCHENSK - Some 200 North Korean workers harvest cabbages and onions on fields
  leased by a Chinese agricultural firm near Blagoveshchensk, the regional ministry said.
= 80 RU present hospitality
| SOCHI - Some 80 North Korean women clean rooms and change linen at three seaside hotels in
  Sochi, a union of hotel staff said.
= 60 CN present other
| SHENYANG - About 60 North Korean women work as housekeepers and nannies for wealthy
  families in Shenyang, an agency that places them said.
= 900 RU present -
| KHABAROVSK - Some 900 North Koreans live in the Khabarovsk region, working as builders,
  loggers and cooks, a migration officer said.
= 400 CN present manufacturing
| Sewing for sanctions // About 400 North Korean women work long shifts at a plant on the
  outskirts of Dandong, former managers said.
= 70 RU present mining
x 400
| MAGADAN - A gold producer in the Magadan region employs 70 North Korean workers at its
  pits, while its 400 Russian staff run the company's hotel and airport.
= 40 KH present medical
| PHNOM PENH - A clinic chain owned by a Pyongyang trading firm employs 40 North Korean
  staff at five branches in Phnom Penh, the health ministry said.
"""

# --- batch u6: occupations, boundaries, headlines, leaks ----------------------------------
# First run: 9 of 13 figures found, count P 9/9 R 9/13 (the other group's figure not read
# as workers); status 9/9, sector 6/9. Sector misses: "tend mushroom sheds for a grower"
# (none); "scrape and repaint hulls in a floating dock" (none: only weld, paint, build ...
# were verbs of work on a vessel); "pick potatoes on fields leased by a Chinese agro firm"
# (none: the generated plural of "potato" was "potatos"). Fixed: the plural rule -ato ->
# -atoes (potatoes, tomatoes), mushrooms, mushroom farms and sheds, growers, agro firms and
# agroholdings, "pick/dig/harvest potatoes" (agriculture); floating docks, and "repaint",
# "scrape", "overhaul" as verbs of work on a vessel (shipbuilding). After: 9 of 13 found,
# status 9/9, sector 9/9 (the four count misses are the count stage's).
BATCH6 = """
= 210 RU present construction
| KAZAN - The contractor of Kazan's new metro line employs some 210 North Korean workers who
  dig tunnels and line them with concrete, a city official said.
= 45 KW present construction
| KUWAIT CITY - A Kuwaiti firm that builds villas for expatriates employs 45 North Korean
  workers, the labour ministry said.
= 130 CN present it
| SHENYANG - An outsourcing firm that writes code for clients in Western Europe has about 130
  North Korean employees, a former manager said.
= 260 RU present fishing
| PETROPAVLOVSK-KAMCHATSKY - About 260 North Korean deckhands work on long-liners out of
  Petropavlovsk this season, the regional fisheries agency said.
= 110 CN present agriculture
| YANJI - Some 110 North Korean workers tend mushroom sheds for a grower near Yanji, a local
  official said.
= 500 RU present -
| NOVOSIBIRSK - About 500 North Koreans are registered in the Novosibirsk region, among them
  plasterers, seamstresses and cooks, a migration officer said.
= 90 RU present mining
| YEKATERINBURG - About 90 North Korean workers sink shafts and blast rock for a copper miner
  in the Urals, a union said.
= 340 CN present manufacturing
| DANDONG - Around 340 North Korean women solder circuit boards for a Dandong contractor, a
  customs broker said.
= 60 RU present shipbuilding
x 20
| NAKHODKA - Some 60 North Korean workers scrape and repaint hulls in a floating dock at
  Nakhodka, while 20 Russian fishermen wait for their boats, a port official said.
= 150 RU present logging
| The larch cutters of Tynda // Some 150 North Koreans spend the winter in camps north of
  Tynda, a regional official said.
= 35 RU present medical
| YEKATERINBURG - Some 35 North Korean therapists treat patients with needles and cupping at
  a treatment centre in Yekaterinburg, its owner said.
= 200 CN present hospitality
| DANDONG - About 200 North Korean women serve dinner and sing for guests at a seafood
  restaurant on the Dandong riverfront, staff said.
= 80 RU present agriculture
| AMUR REGION - Some 80 North Korean workers pick potatoes on fields leased by a Chinese
  agro firm, the regional ministry said.
"""

# --- u6v: not blind. The sentences of u5-u6 whose figure the count stage misses, reworded
# so that it counts them ("North Korean workers" as the group), to test their sector cues:
# probed after the fixes above, the first three read none, fishing (the seafood of "a
# seafood restaurant" beat the restaurant) and none. Fixed: "solder/assemble circuit
# boards", circuit boards, food-processing plants and food factories (manufacturing);
# seafood and fish restaurants, restaurant and hotel groups and chains, "serve dinner/
# lunch/meals/drinks" (hospitality); long-liners, seiners and factory ships (fishing).
# The -atoes plural made an earlier batch's "64 ... at a shipyard ..., and a further 20 at a
# greenhouse farm, where they picked tomatoes" agriculture (as "picked apples" already was):
# a later subject ("where they", ", but they") past another group's figure is that group's,
# not the figure's.
VARIANTS = """
= 64 PL present shipbuilding
= 20 PL present agriculture
| GDYNIA - Inspectors said 64 North Korean workers had been employed at a shipyard in Gdynia,
  and a further 20 at an orchard near Gdynia, where they picked apples.
= 340 CN present manufacturing
| DANDONG - Around 340 North Korean workers solder circuit boards for a Dandong contractor, a
  customs broker said.
= 200 CN present hospitality
| DANDONG - About 200 North Korean workers serve dinner and sing for guests at a seafood
  restaurant on the Dandong riverfront, staff said.
= 260 RU present fishing
| MAGADAN - About 260 North Korean workers crew long-liners out of Magadan this season,
  officials said.
= 150 CN present manufacturing
| YANJI - About 150 North Korean workers pickle cabbage and radish at a food-processing plant
  in Yanji, a buyer said.
= 35 RU present medical
| YEKATERINBURG - Some 35 North Korean workers treat patients with needles and cupping at a
  treatment centre in Yekaterinburg, its owner said.
"""

BATCHES, NOT_WORKERS = figure_batches(
    (
        ("u1", BATCH1),
        ("u2", BATCH2),
        ("u3", BATCH3),
        ("u4", BATCH4),
        ("u5", BATCH5),
        ("u6", BATCH6),
        ("u6v", VARIANTS),
    )
)

# Figures the count stage does not find: "batch-row-value" -> why.
KNOWN_COUNT: dict[str, str] = {
    "u1-04-200": "count: 'The park's managers have asked for 200 more' (a bare figure after a "
    "request) is not counted",
    "u1-13-60": "count: '..., and 60 more serve guests in a hotel' (a bare second figure of a "
    "list) is not counted",
    "u2-07-300": "count: 'Another 300 make socks and gloves at a sister plant' (a bare figure "
    "before a verb of making) is not counted",
    "u2-08-140": "count: 'Around 140 North Koreans plant and weed soybean fields' ('plant' "
    "read as a noun after the nationality) is not counted",
    "u3-02-260": "count: 'Some 260 of them spend the season' after the fragment 'Mostly North "
    "Koreans.' in a transcript is not counted",
    "u3-02-90": "count: 'Another 90 overhaul the trawlers' (a bare figure after a transcript "
    "answer) is not counted",
    "u3-05-180": "count: 'kept about 180 North Korean women spinning and dyeing cotton yarn' "
    "(the object of 'kept') is not counted",
    "u3-05-60": "count: 'Some 60 of them were sent back' (a partitive of a group not counted) "
    "is not counted",
    "u4-08-160": "count: 'Some 160 North Koreans work on a dairy farm ... outside Spassk-Dalny, "
    "milking cows and cleaning sheds' is not counted (nor is 'Some 160 North Koreans work on a "
    "farm.'; the same sentence with 'a dairy and pig complex' and no participle clause is)",
    "u5-06-150": "count: 'About 150 North Korean women pickle cabbage and radish at a "
    "food-processing plant' (an unknown verb of work after the group) is not counted",
    "u6-07-340": "count: 'Around 340 North Korean women solder circuit boards' (an unknown verb "
    "of work after the group) is not counted",
    "u6-09-150": "count: 'Some 150 North Koreans spend the winter in camps north of Tynda' "
    "is not counted",
    "u6-10-35": "count: 'Some 35 North Korean therapists treat patients' (therapists not a "
    "worker noun) is not counted",
    "u6-11-200": "count: 'About 200 North Korean women serve dinner and sing for guests' is not "
    "counted",
}
# Sectors still missed: "batch-row-value" -> why.
KNOWN_SECTOR: dict[str, str] = {
    "u5-11-400": "sector: a headline naming a sector but no workers ('Sewing for sanctions') "
    "does not give its sector to the lede's figure ('at a plant'); allowing it would also carry "
    "headlines about deals or trade ('Russia and North Korea sign fishing deal') to head "
    "counts of the lede",
}
# Statuses still missed: "batch-row-value" -> why.
KNOWN_STATUS: dict[str, str] = {
    "u1-03-24": "status: 'reopened this month ... with 24 waitresses and cooks flown in' reads "
    "as a flow (dispatched); the table took the reopened restaurant's staff as a stock",
    "u1-08-110": "status: 'have been hired by a gold producer ..., working the deposits' reads "
    "as a flow (dispatched); the participle of the work makes it a stock",
    "u1-09-45": "status: 'had supplied 45 North Korean welders ... between 2014 and 2016' reads "
    "as a flow (dispatched); the table took the years as the time they worked",
    "u2-12-80": "status: 'brought in 80 North Korean builders to finish the campus' reads as a "
    "flow (dispatched); the table took the builders at work",
    "u2-12-30": "status: 'hired 30 North Korean programmers to work inside it once it opens' "
    "reads as a flow (dispatched); the table took the hire as a stock",
    "u4-11-240": "status: 'has hired 240 North Korean finishing workers, who plaster, tile and "
    "paint the units' reads as a flow (dispatched); the relative clause of their work makes it "
    "a stock",
}
# Other groups' figures still read as workers: "batch-row-value" -> why.
KNOWN_OTHERS: dict[str, str] = {}


test_unseen_sector, test_unseen_status, test_unseen_other_group = sector_tests(
    BATCHES,
    NOT_WORKERS,
    {"count": KNOWN_COUNT, "sector": KNOWN_SECTOR, "status": KNOWN_STATUS, "others": KNOWN_OTHERS},
    PUBLISHED,
)
