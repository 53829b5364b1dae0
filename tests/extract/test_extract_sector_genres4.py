"""Sector of worker figures in short English articles, a fourth round after
``test_extract_sector_genres3.py``: ordinary wire and newspaper reporting, the most common
ways a reporter names each sector (building sites, apartment projects, construction crews,
builders; timber, lumber camps, forestry; seafood processors; garment factories; restaurants;
software; mines; farms; shipyards; clinics), in varied sentence shapes: the sector in the
headline only, in the sentence before the figure, in a relative clause after the figure, by
the employer ("a Russian construction company", "a Chinese seafood processor"), by the
product, two sectors for two figures of one sentence, and a sector word of another group or
of a negated clause ("not in construction but in farming").
First runs, sector of the figures found: v1 13/14, v2 15/15 (written before the v1 fix, run
after it), v3 15/16, v4 10/12; after: 14/14, 15/15, 16/16, 12/12 (53/57 -> 57/57). The
common words were all read: the misses were two rules (a set-aside sector, "It" for an
employer) and the reach of the first, not vocabulary.

Blind batches (each table committed before the extractor was run on it; people, firms,
outlets and figures invented), notation and conventions as in
``test_extract_sector_genres3.py``.
"""

from __future__ import annotations

from .tables import figure_batches, sector_tests

# the articles' date (for "this year", "next spring")
PUBLISHED = "2026-11"


# --- batch v1: common words in varied shapes ----------------------------------------------
# First run (the table committed before it): 14 of 15 figures found, count P 14/14 R 14/15 (the
# Tajik drivers not read as workers); status 14/14, sector 13/14. Sector miss: "employed not
# in construction but in farming, at a vegetable cooperative" (construction: the set-aside
# sector was read first). Fixed: a sector or workplace after "not in", "rather than",
# "instead of" and the like (``set_aside`` in ``sector_grammar.yaml``, read as the landmark
# prepositions are: up to two words between) is not where the figure works. After: 14 of 15
# found, status 14/14, sector 14/14.
BATCH1 = """
= 300 RU present construction
| North Korean builders work round the clock on Moscow apartment project // MOSCOW - About
  300 North Korean workers live in metal containers next to the site, a neighbour said.
= 150 RU present logging
| TOMSK - The region's lumber camps have long struggled to find labour. Some 150 North
  Korean workers are now employed there, a regional forestry official said.
= 400 CN present manufacturing
| DANDONG - Some 400 North Korean women, who sew garments for export to Europe, live in a
  dormitory behind the factory, a local trader said.
= 250 RU present construction
| VLADIVOSTOK - A Russian construction company employs about 250 North Korean workers,
  according to regional records seen by the newspaper.
= 120 CN dispatched fishing
| HUNCHUN - A Chinese seafood processor has hired 120 North Korean workers this year, a
  company official said.
= 200 CN present manufacturing
| SHENYANG - About 200 North Korean workers make cotton shirts and trousers for a Chinese
  clothing brand, a customs broker said.
= 80 RU present agriculture
= 60 RU present hospitality
| USSURIYSK - About 80 North Korean workers are employed on farms and another 60 in
  restaurants in the city, a local official said.
= 70 MN present agriculture
| ULAANBAATAR - About 70 North Korean workers are employed not in construction but in
  farming, at a vegetable cooperative near the capital, a Mongolian official said.
= 40 RU present it
| MOSCOW - About 40 North Korean workers write software for a Moscow firm whose owner also
  runs coal mines in Kuzbass, investigators said.
= 350 RU present mining
x 200
| CHITA - A gold mining company in Zabaykalsky Krai employs about 350 North Korean workers
  alongside 200 Tajik truck drivers, the regional labour inspectorate said.
= 25 LA present medical
| VIENTIANE - About 25 North Korean medical workers staff a clinic in the Lao capital, a
  Western diplomat said.
= 30 KH present hospitality
| PHNOM PENH - North Korea runs several restaurants in Cambodia. Some 30 North Korean
  waitresses work at the largest of them, a tour guide said.
= 60 PL present shipbuilding
| GDYNIA - About 60 North Korean welders build fishing trawlers at a shipyard in Gdynia, a
  union official said.
= 110 RU present fishing
| NAKHODKA - About 110 North Korean workers crew Russian fishing boats operating out of
  Nakhodka, the port authority said.
"""


# --- batch v2: written before the v1 fixes, first run after them (measured, not fitted) ---
# First run (the table committed before it, run once the v1 fix was in): 15 of 15 figures
# found, count P 15/15 R 15/15 (the Chinese workers not read as workers); status 15/15,
# sector 15/15 ("in the hotel trade rather than in construction" relies on the v1 fix).
BATCH2 = """
= 500 CN present manufacturing
x 1000
| HUNCHUN - About 500 North Korean workers are employed at textile factories in the Hunchun
  industrial park, alongside about 1,000 Chinese workers, a South Korean researcher said.
= 180 RU present construction
| ST PETERSBURG - About 180 North Korean workers are working at building sites across the
  city, a rights group said.
= 90 RU dispatched logging
| BLAGOVESHCHENSK - A forestry company in the Amur region has brought in 90 North Korean
  workers to cut timber, a regional official said.
= 220 CN present fishing
| WEIHAI - About 220 North Korean workers, most of whom pack shrimp and squid for export,
  live in a compound near the port, a Chinese broker said.
= 130 CN present manufacturing
| DANDONG - About 130 North Korean women stitch sportswear for export at a plant in Dandong,
  a local trader said.
= 15 TH present hospitality
| BANGKOK - A North Korean restaurant in Bangkok employs about 15 North Korean waitresses,
  a regular customer said.
= 50 CN present it
| SHENYANG - About 50 North Korean IT workers in Shenyang earn money for Pyongyang by
  writing mobile apps, the U.S. Treasury said.
= 300 RU present construction
= 150 RU present logging
| BLAGOVESHCHENSK - About 300 North Korean workers work in construction and about 150 in the
  timber industry in the Amur region, the ministry said.
= 45 RU present hospitality
| VLADIVOSTOK - About 45 North Korean workers clean rooms and cook at a hotel in
  Vladivostok, a local construction manager who stays there said.
= 600 MN present mining
| DALANZADGAD - About 600 North Korean workers are employed at coal mines in the south of
  Mongolia, a mining ministry official said.
= 140 RU present agriculture
| North Korean farmhands bring in Primorye soybean harvest // USSURIYSK - About 140 North
  Korean workers are housed in a former school for the season, the village head said.
= 75 RU present shipbuilding
| VLADIVOSTOK - About 75 North Korean workers are employed at ship repair yards in
  Vladivostok, a port official said.
= 20 CN present medical
| DANDONG - A Chinese hospital in Dandong employs about 20 North Korean medical staff, a
  local doctor said.
= 35 LA present hospitality
| VIENTIANE - About 35 North Korean workers are employed in the hotel trade rather than in
  construction, a diplomat said.
"""


# --- batch v3: written after the v1 fix (measured, not fitted): employers, relative clauses,
# a side business, two sectors in one sentence
# First run (the table committed before it): 16 of 16 figures found, count P 16/16 R 16/16 (the
# Chinese loggers not read as workers); status 16/16, sector 15/16. Sector miss: "The city's
# largest hotel was short of staff after the pandemic. It has since taken on about 35"
# (none: "It" was no reference back). Fixed: "it" as the subject of a hire ("employs", "has
# hired", "has since taken on", an adverb and "has" allowed between) refers back to the
# employer named before (``employer_pronouns``, ``employing_verbs``, inflections generated).
# After: 16 of 16 found, status 16/16, sector 16/16.
BATCH3 = """
= 450 RU present construction
| North Korean construction crews return to Siberian building sites // NOVOSIBIRSK - About
  450 North Korean workers are now in the city, a migration official said.
= 260 RU present logging
x 300
| KRASNOYARSK - About 260 North Korean workers are employed by a timber company that
  supplies lumber to China, alongside 300 Chinese loggers, a local official said.
= 700 CN present manufacturing
| DANDONG - Two Chinese garment factories in Dandong employ about 700 North Korean women, a
  South Korean researcher said.
= 90 CN present fishing
| YANJI - About 90 North Korean workers in Yanji work for a company that processes crab and
  sea cucumber for export, a Chinese trader said.
= 150 AE present construction
| DUBAI - About 150 North Korean workers, employed by a local contractor, are building
  villas on the outskirts of Dubai, a diplomat said.
= 500 RU dispatched construction
| MOSCOW - Russian builders have taken on 500 North Korean workers this year, the labour
  ministry said.
= 400 RU present logging
= 120 RU present fishing
| KHABAROVSK - In the region, 400 North Korean workers are employed at logging sites and 120
  at fish processing plants, a regional official said.
= 30 RU present medical
| MOSCOW - About 30 North Korean workers practise acupuncture at clinics in Moscow, a
  Russian health official said.
= 25 RU present it
| VLADIVOSTOK - About 25 North Korean workers, who develop games and websites for foreign
  clients, live in a rented flat in Vladivostok, investigators said.
= 40 RU present hospitality
| VLADIVOSTOK - A North Korean-run restaurant chain in Vladivostok employs about 40 North
  Korean workers, a city official said.
= 200 RU present mining
| Russian mine hires North Korean labour // CHITA - About 200 North Korean workers are now on
  its payroll, a company spokesman said.
= 100 RU present agriculture
| VLADIVOSTOK - About 100 North Korean workers grow vegetables in greenhouses outside
  Vladivostok for a company better known for its seafood exports, a local paper reported.
= 70 RU present shipbuilding
| NAKHODKA - About 70 North Korean workers are employed by a shipbuilding company in
  Nakhodka, a port official said.
= 35 RU dispatched hospitality
| VLADIVOSTOK - The city's largest hotel was short of staff after the pandemic. It has since
  taken on about 35 North Korean workers, its manager said.
= 160 RU present agriculture
| BLAGOVESHCHENSK - About 160 North Korean workers harvest soybeans on leased fields in the
  Amur region, a farm manager said.
"""


# --- batch v4: written after the v3 fix (measured, not fitted): set-aside and former
# sectors, "It" for an employer, products, two figures of one sector
# First run (the table committed before it): 12 of 14 figures found, count P 12/12 R 12/14 (the
# Cambodian cooks not read as workers); status 10/12, sector 10/12. Sector misses, both of
# the v1 rule's reach: "work on fishing boats rather than in the island's mines" (none: a
# possessive made the gap three words, so the mines stayed); "do not work in construction
# but grow vegetables on a state farm" (construction: only "not in" was set aside, not
# "not" before a verb). Fixed: the set-aside words are "not", "never", "no longer",
# "don't", "rather than", "instead of" with up to two words between, a possessive after them
# ("the island's"; the landmark prepositions too). After: 12 of 14 found, status 10/12,
# sector 12/12.
BATCH4 = """
= 80 RU present agriculture
| TOMSK - About 80 North Korean workers have been moved from building sites to a poultry farm
  near Tomsk, a regional official said.
= 120 RU present manufacturing
| KAZAN - Instead of construction, about 120 North Korean workers in Kazan now work at a
  furniture factory, the city's labour office said.
= 300 CN present fishing
| HUNCHUN - A fish processing company opened in Hunchun's export zone in 2024. It now employs
  about 300 North Korean women, a Chinese official said.
= 60 RU present fishing
| YUZHNO-SAKHALINSK - About 60 North Korean workers work on fishing boats rather than in the
  island's mines, a Sakhalin official said.
= 200 RU present construction
| ULAN-UDE - About 200 North Korean workers are building a new hospital in Ulan-Ude, a
  regional health official said.
= 500 RU present logging
| BLAGOVESHCHENSK - About 500 North Korean workers registered as farm labourers are in fact
  cutting timber in the Amur region, a local prosecutor said.
= 20 LA present it
| North Korean software developers found in Laos // VIENTIANE - About 20 North Korean workers
  share a villa in the Lao capital, police said.
= 25 KH present hospitality
= 10 KH present hospitality
x 40
| PHNOM PENH - About 25 North Korean women work in restaurants and 10 in a hotel in Phnom
  Penh, alongside 40 Cambodian cooks, a tour operator said.
= 150 MN dispatched mining
| ULAANBAATAR - A Mongolian copper mine is short of labour. It has recruited about 150 North
  Korean workers, a company official said.
= 90 RU present shipbuilding
| NIZHNY NOVGOROD - About 90 North Korean welders build barges and tugboats for a Russian
  river company, a union official said.
= 15 GQ present medical
| MALABO - About 15 North Korean health workers staff a hospital in Malabo, a diplomat said.
= 70 MN present agriculture
| ULAANBAATAR - About 70 North Korean workers near Ulaanbaatar do not work in construction
  but grow vegetables on a state farm, a Mongolian official said.
= 250 RU present manufacturing
| ULYANOVSK - About 250 North Korean workers sew uniforms for the Russian army at a plant in
  Ulyanovsk, a local paper reported.
"""

BATCHES, NOT_WORKERS = figure_batches(
    (("v1", BATCH1), ("v2", BATCH2), ("v3", BATCH3), ("v4", BATCH4))
)

# Known misses, strict xfails ("batch-row-value" -> why): figures the count stage does not
# find (each a miss of the sector and the status test), and statuses; no sector is missed.
KNOWN: dict[str, dict[str, str]] = {
    "count": {
        "v1-03-250": "count: 'employs about 250 North Korean workers, according to regional "
        "records seen by the newspaper' is not counted (with 'a regional official said' it is, "
        "and its sector is construction)",
        "v4-07-25": "count: 'About 25 North Korean women work in restaurants and 10 in a "
        "hotel ..., alongside 40 Cambodian cooks' is not counted (without the cooks, or with "
        "'workers' for 'women', both figures are, hospitality)",
        "v4-07-10": "count: the second figure of 'About 25 North Korean women work in restaurants "
        "and 10 in a hotel ..., alongside 40 Cambodian cooks' is not counted",
    },
    "status": {
        "v4-00-80": "status: 'have been moved from building sites to a poultry farm' is read as a "
        "placing (dispatched); the table says present (the workers are at the farm now)",
        "v4-08-150": "status: 'It has recruited about 150 North Korean workers' is read as "
        "recruiting, not as a completed hire (dispatched)",
    },
}

test_genre4_sector, test_genre4_status, test_genre4_other_group = sector_tests(
    BATCHES, NOT_WORKERS, KNOWN, PUBLISHED
)
