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
# First run: (pending)
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

BATCHES, NOT_WORKERS = figure_batches((("t1", BATCH1),))

# Figures the count stage does not find: "batch-row-value" -> why.
KNOWN_COUNT: dict[str, str] = {}
# Sectors still missed: "batch-row-value" -> why.
KNOWN_SECTOR: dict[str, str] = {}
# Statuses still missed: "batch-row-value" -> why.
KNOWN_STATUS: dict[str, str] = {}
KNOWN = {"count": KNOWN_COUNT, "sector": KNOWN_SECTOR, "status": KNOWN_STATUS}

test_genre3_sector, test_genre3_status, test_genre3_other_group = sector_tests(
    BATCHES, NOT_WORKERS, KNOWN, PUBLISHED
)
