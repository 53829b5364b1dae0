"""Sector of worker figures in blind batches u5-u6, of shapes the batches of
``test_extract_sector_unseen.py`` (u1-u4) left: employer-type nouns (a trawler operator, a
garment exporter, a software outsourcer), products and activity verbs ("stitch uniforms",
"pour concrete", "code games", "fell larch"), occupations in lists, sectors named in the
headline only, sectors in a relative clause of the place ("a site where flats are going up"),
the boundaries of agriculture, food processing and fishing, and services (cleaning, hotels,
domestic work).

Written for these tests in blind batches: each batch's table was committed before the
extractor was run on it. People, firms, outlets and figures are invented. Notation as in
``test_extract_sector_unseen.py``: ``= value destinations status sector`` per worker figure,
``x value`` for another group's figure, then ``| `` and the article.
"""

from __future__ import annotations

import pytest

from .tables import figure_batches, figure_rows, figures_by_value, judged_figure, other_rows

PUBLISHED = "2026-11"  # the articles' date (for "this year", "next spring")


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
# First run: 10 of 14 figures found, count P 10/10 R 10/14 (the other group's figure not read
# as workers); status 10/10, sector 7/10. Sector misses: "tend mushroom sheds for a grower"
# (none); "scrape and repaint hulls in a floating dock" (none: only weld, paint, build ...
# were verbs of work on a vessel); "pick potatoes on fields leased by a Chinese agro firm"
# (none: the generated plural of "potato" was "potatos"). Fixed: the plural rule -ato ->
# -atoes (potatoes, tomatoes), mushrooms, mushroom farms and sheds, growers, agro firms and
# agroholdings, "pick/dig/harvest potatoes" (agriculture); floating docks, and "repaint",
# "scrape", "overhaul" as verbs of work on a vessel (shipbuilding). After: 10 of 14 found,
# status 10/10, sector 10/10 (the four count misses are the count stage's).
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

BATCHES, NOT_WORKERS = figure_batches((("u5", BATCH5), ("u6", BATCH6), ("u6v", VARIANTS)))

# Figures the count stage does not find: "batch-row-value" -> why.
KNOWN_COUNT: dict[str, str] = {
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
KNOWN_STATUS: dict[str, str] = {}
# Other groups' figures still read as workers: "batch-row-value" -> why.
KNOWN_OTHERS: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "value", "dests", "status", "sector"),
    figure_rows(BATCHES, {**KNOWN_COUNT, **KNOWN_SECTOR}),
)
def test_unseen_sector(extractor, text, value, dests, status, sector):
    assert judged_figure(extractor, text, value, PUBLISHED)[1] == sector


@pytest.mark.parametrize(
    ("text", "value", "dests", "status", "sector"),
    figure_rows(BATCHES, {**KNOWN_COUNT, **KNOWN_STATUS}),
)
def test_unseen_status(extractor, text, value, dests, status, sector):
    assert judged_figure(extractor, text, value, PUBLISHED)[0] == status


@pytest.mark.parametrize(("text", "value"), other_rows(BATCHES, NOT_WORKERS, KNOWN_OTHERS))
def test_unseen_other_group(extractor, text, value):
    assert value not in figures_by_value(extractor, text, PUBLISHED)
