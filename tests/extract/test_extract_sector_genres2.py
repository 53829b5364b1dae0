"""Sector of worker figures in short English articles of shapes the earlier sector batches
(``test_extract_sector_genres.py``, ``test_extract_sector_unseen.py`` and the others) cover
thinly, for the margin of the held-out sector accuracy: the sector only in a headline that
names the workers; the sector told by the workplace rather than the job ("in textile
workshops", "on logging concessions", "in medical clinics", "at shipyards", "in IT
outsourcing"); by the employer's type ("a state-owned builder", "a seafood exporter", "a
poultry producer"); by the product or the activity ("sewing uniforms", "pouring concrete",
"catching squid"); a sector named in a sentence before the figure and referred to by a pronoun
("work in them", "they employ"); two sectors for two figures of one article; general words
that name no sector ("jobs", "industry", "work visas"); and sector words of other groups
beside the figure (local drivers, Chinese workers, Russian fishermen, Chinese firms).
Batches s3-s5, written after the fixes before them, measure the same on fresh words: fish
species and their roe, processing ships and crabbers, games and e-commerce sites built as
software, health posts and surgery, noodle houses, beer halls and sushi bars, potholes,
cladding, piles and power lines, railway track upkeep, freelancing platforms, coking coal and
jade, onion beds and pastures, firewood, the taiga and clear-cutting, meat-packing plants and
assembly shops, and a range of industries ("from construction to IT", none).

Written for these tests in blind batches: each batch's table was committed before the
extractor was run on it. People, firms, outlets and figures are invented. Notation as in
``test_extract_sector_genres.py`` (``tables.figure_table``): ``= value destinations status
sector`` per worker figure (the value its high bound, else its low one; "-" for none), ``x
value`` for another group's figure, then ``| `` and the article, where " // " ends a
headline. Conventions as in ``test_extract_sector_trade_press.py`` (a hire or a placing
during a period is a flow, ``dispatched``) and ``test_extract_sector_employer_news.py``.
The figures the count stage finds are judged on sector (the subject here) and, separately,
on status.
"""

from __future__ import annotations

from .tables import figure_batches, sector_tests

PUBLISHED = "2026-11"  # the articles' date (for "this year", "next spring")


# --- batch s1: headlines, workplaces, employer types, products, pronouns, other groups ----
# First run (the table committed before it): 15 of 17 figures found, count P 15/15 R 15/17 (no
# other group's figure read as workers); status 15/15, sector 14/15. Sector miss: "A poultry
# producer near Belogorsk has brought in 75" (none: poultry was no cue). Fixed: poultry and
# livestock farms (poultry, pig, hog, egg and chicken farms, ranches, herders, apiaries, state
# and collective farms), with a few more employer and workplace words of the same kind in
# lang/en/sectors.yaml (homebuilders, plumbers; sawyers, log yards; sportswear, lingerie,
# brickworks, steelworks, foundries; tech and software firms, web design, game studios;
# herbalists, masseurs; cafes, canteens, casinos, nightclubs; opencast mines). After: 15 of 17
# found, status 15/15, sector 15/15; the two count misses are the count stage's.
BATCH1 = """
= 230 RU dispatched fishing
| Squid season brings North Koreans to Sakhalin port // KHOLMSK - About 230 North Korean
  workers arrived in Kholmsk this month and will stay until the end of the season, the
  port's harbour master said. They are housed in a former school.
= 450 CN present manufacturing
| DANDONG - Textile workshops on the outskirts of Dandong have quietly resumed hiring from
  across the river. A Chinese broker said about 450 North Korean women now work in them,
  paid through a Shenyang trading firm.
= 120 BY dispatched construction
| MINSK - A state-owned builder in Minsk has taken on 120 North Korean workers, the
  Belarusian labour ministry confirmed. Local unions said the jobs should have gone to
  Belarusians.
= 380 CN present fishing
x 150
| HUNCHUN - A seafood exporter in Hunchun employs some 380 North Korean women, while 150
  local men drive its trucks and load containers at the port, a customs officer said.
= 200 AE present construction
= 60 AE present medical
| DUBAI - Some 200 North Koreans still work on apartment blocks in Sharjah, a diplomatic
  source said. Another 60 North Koreans work in medical clinics in Dubai, offering
  acupuncture to expatriates.
= 40 RU present it
| VLADIVOSTOK - An IT outsourcing firm registered in Vladivostok employs about 40 North
  Koreans, investigators said. Its clients in Europe did not know who did the work.
= 90 RU present construction
| NOVOSIBIRSK - Some 90 North Korean workers are pouring concrete for a new metro station
  in Novosibirsk, a foreman told reporters. Russian engineers supervise the work.
= 300 RU present fishing
| NAKHODKA - Russian trawler crews have complained to the governor that 300 North Korean
  workers are catching squid for a Nakhodka company this season.
= 700 RU present logging
| KHABAROVSK - About 700 North Koreans work on logging concessions in the Khabarovsk
  region, the region's industry minister said.
= 1200 RU dispatched -
| MOSCOW - About 1,200 North Koreans entered Russia on work visas in the third quarter,
  according to border service data. The figures do not say what jobs they do, but officials
  say most go where the industry is short of labour.
= 75 RU dispatched agriculture
| BELOGORSK - A poultry producer near Belogorsk has brought in 75 North Korean workers this
  spring, the company said.
= 140 MN present mining
| ULAANBAATAR - Chinese firms run most of the coal mines in Mongolia's South Gobi province.
  According to a Mongolian MP, they employ about 140 North Korean workers alongside their
  Chinese staff.
= 65 PL dispatched shipbuilding
| SZCZECIN - Prosecutors say a labour agency placed 65 North Korean workers at shipyards in
  Szczecin and Gdynia between 2014 and 2017.
= 160 RU present manufacturing
= 40 RU present hospitality
| USSURIYSK - In Ussuriysk, some 160 North Korean women are sewing uniforms for the Russian
  army, and about 40 others work at restaurants in the city centre, a regional official
  said.
= 500 CN present manufacturing
x 2000
| HUNCHUN - About 2,000 Chinese workers process seafood in Hunchun's export zone, where some
  500 North Koreans are employed at garment factories, a local official said.
"""

# --- batch s2: written after the s1 fixes (measured, not fitted): far sectors, anaphors, ----
# products and activities, an employer's bare type, other groups' industries
# First run (the table committed before it): 11 of 14 figures found, count P 11/11 R 11/14 (the
# other group's figure not read as workers); status 11/11, sector 6/11. Sector misses: the
# Kuwait article whose sector is only the topic of the sentences before (s2-00, none); "A
# state-owned developer has hired 150" (it: the developer read as a programmer); "making bricks
# at a kiln" (none); "harvest larch in the forests ... The logs" (agriculture: "harvest");
# "pan gold for an artel" (none). Fixed: kilns, brick works and making bricks
# (manufacturing); the forest as a logging workplace, and harvesting, felling and cutting timber
# and its trees (the verb phrase is longer than "harvest", so it wins); panning and washing gold,
# artels and prospectors (mining). Tried and dropped: the one sector of all the sentences before
# a figure that names none (the article's topic) fixes s2-00 and two dev errors (q022, r009),
# but dev-folds sector fell from 0.983 to 0.916: the dev gold leaves such figures without a
# sector (eight figures), so s2-00's table is doubtful and stays a strict xfail. Also dropped:
# "developer" in the singular as a property developer (construction) and only the plural as
# programmers; "developers" are firms as well as programmers, and five earlier cases broke.
# After: 11 of 14 found, status 11/11, sector 9/11.
BATCH2 = """
= 1800 KW present construction
| KUWAIT CITY - Kuwait's building boom has long relied on cheap foreign labour. Contractors
  from South Korea and Turkey win the big tenders and pass much of the work to smaller
  firms. Rights groups say North Koreans have been among the labourers on these sites for
  over a decade. About 1,800 North Koreans were still in Kuwait last year, according to an
  estimate by the group Gulf Labour Monitor.
= 27 UY present fishing
| North Korean fishermen stranded in Uruguay // MONTEVIDEO - The crew of a Chinese-owned
  squid jigger has been stuck in port for three months. Among them are 27 North Koreans, who
  have not been paid since July, a port chaplain said.
= 150 RU dispatched construction
| VLADIVOSTOK - A state-owned developer has hired 150 North Korean workers for a waterfront
  project on the Golden Horn bay, the city's chief architect said.
= 2000 RU planned -
| MOSCOW - North Korea plans to send 2,000 more workers to Russia next year, Russia's labour
  minister said, adding that both sides want to expand cooperation in industry and trade.
= 30 LA present hospitality
= 12 LA present medical
| VIENTIANE - North Korea runs two restaurants and a clinic in Vientiane. About 30 North
  Koreans work at the two restaurants, a waiter said, and the clinic employs 12 North Korean
  doctors.
= 70 CN present it
| SHENYANG - Some 70 North Korean workers in Shenyang are coding apps for betting firms in
  South-East Asia, a defector who worked with them said.
= 120 RU present manufacturing
| ULAN-UDE - About 120 North Korean workers are making bricks at a kiln outside Ulan-Ude, a
  local newspaper reported.
= 400 RU dispatched -
x 3000
| IRKUTSK - About 400 North Koreans arrived in Irkutsk in October, the migration service
  said. Chinese workers, some 3,000 of them, dominate the region's timber industry.
= 85 RU present shipbuilding
| NAKHODKA - The Zvezda-Vostok ship repair plant won a navy contract in March. About 85 North
  Koreans work there, a plant official said.
= 350 RU present logging
| CHITA - About 350 North Korean workers harvest larch in the forests north of Chita for a
  Chinese buyer, a regional official said. The logs are shipped to China by rail.
= 500 RU planned construction
| KURSK - North Korean soldiers are clearing mines in the Kursk region, while about 500 North
  Korean workers are expected to help rebuild its roads and bridges next year, the governor
  said.
= 260 RU present agriculture
| USSURIYSK - Some 260 North Koreans tend cabbage and onions on leased land near Ussuriysk,
  the company's Chinese owner said.
= 60 RU present mining
| BLAGOVESHCHENSK - About 60 North Korean workers pan gold for an artel on the Zeya river, a
  police report said.
"""

# --- batch s3: a last blind check, written after the s1-s2 fixes (measured, not fitted) ----
# First run (the table committed before it): 14 of 15 figures found, count P 14/14 R 14/15;
# status 14/14, sector 6/14. All eight sector misses were words the vocabulary lacked, not
# rules: "a tuna packer" (none), "opened a second plant. ... at the new plant" (none: "new"
# between the article and the workplace it refers back to), "jobs on processing ships" (none),
# "build mobile games" (none), "rural health posts" (none), "fell aspen for a Chinese pulp mill"
# (manufacturing: the mill), "planting rice on leased paddies" (none), "a cold-noodle house"
# (none). Fixed: fish species (tuna, sardine, hake, saury, eel, abalone, lobster ...) and
# processing ships and vessels (fishing); "new", "old", "second", "first", "main", "other"
# between a determiner and a workplace it refers back to; mobile, video, online and computer
# games (it, and a built product, not a building site); health posts and stations,
# dispensaries, infirmaries (medical); timber trees (larch, birch, spruce, aspen, cedar, fir:
# logging, over a generic mill); planting rice, potatoes, crops, seedlings and paddies
# (agriculture); noodle houses and shops, teahouses, bistros (hospitality). After: 14 of 15
# found, status 14/14, sector 14/14.
BATCH3 = """
= 40 MR present fishing
| NOUADHIBOU - A Chinese-owned tuna packer in Nouadhibou, Mauritania, employs about 40 North
  Korean workers, a Mauritanian rights group said.
= 25 LA present it
| VIENTIANE - About 25 North Koreans work in IT outsourcing in Vientiane, a UN panel report
  said.
= 120 RU dispatched mining
x 1000
| CHITA - About 1,000 local miners lost their jobs this year, while some 120 North Korean
  workers were hired at mines in the Zabaykalsky region, a union said.
= 300 CN dispatched manufacturing
| North Korean seamstresses return to Dandong // DANDONG - About 300 North Korean women
  crossed the bridge into Dandong this week, a local broker said, as the city's industry
  recovers from the pandemic.
= 140 RU present fishing
| PETROPAVLOVSK-KAMCHATSKY - The city's largest crab processor opened a second plant in
  August. About 140 North Korean women work at the new plant, a city official said.
= 90 BY dispatched construction
| MINSK - A Belarusian road-building company has hired 90 North Korean workers, the
  country's labour ministry said.
= 800 MN present construction
= 400 MN present manufacturing
| ULAANBAATAR - About 800 North Korean workers are in Mongolia's capital, most of them on
  building sites. A further 400 North Korean women sew cashmere sweaters in Darkhan, the
  labour ministry said.
= 600 RU dispatched fishing
x 5000
| VLADIVOSTOK - The Primorye fishing industry is short of 5,000 hands this season. A
  regional official said 600 North Koreans had been given jobs on processing ships and in
  coastal plants.
= 2000 CN present manufacturing
| DANDONG - Chinese seafood firms in Dandong have lost most of their North Korean staff to a
  new garment park, where about 2,000 North Koreans now work, a broker said.
= 45 CN present it
| YANJI - Around 45 North Korean workers in Yanji build mobile games for a Chinese studio, a
  defector said.
= 18 NG present medical
| KANO - About 18 North Korean workers staff rural health posts in Kano state, a Nigerian
  official said.
= 300 RU present logging
| AMUR REGION - In the Amur taiga, some 300 North Korean workers fell aspen for a Chinese
  pulp mill, a regional inspector said.
= 150 RU present agriculture
| KHANKA - Some 150 North Korean workers are planting rice on leased paddies near Lake
  Khanka, a Chinese agro investor said.
= 20 AE present hospitality
| DUBAI - About 20 North Korean women work at a cold-noodle house in Dubai's Deira district,
  a customer said.
"""

# --- batch s4: a fourth blind measure, written after the s3 fixes (measured, not fitted) --
# First run (the table committed before it): 10 of 14 figures found, count P 10/10 R 10/14;
# status 10/10, sector 1/10. Again words, not rules: "pack red caviar" (none), "repairing
# potholes and kerbs" (none), "fake freelancer accounts on Upwork and Fiverr" (none), "install
# cladding and insulation on tower blocks" (none), "a coking coal project" (none), "weeding
# onion beds" (none), "cut firewood and haul logs out of the taiga" (none), "in industries from
# construction to IT" (it: the range was not read as vague work), "a track maintenance
# subsidiary of Russian Railways" (none). Fixed: caviar and roe (fishing); potholes, kerbs,
# paving stones, cladding, tower blocks, plasterboard, track and railway maintenance and repair
# (construction); freelancing platforms and accounts, Upwork, Fiverr (it); coking and thermal
# coal, coal projects, seams and basins, mining projects (mining); onion beds and weeding
# (agriculture; not the vegetables themselves: "pickle cabbage ... at a food-processing plant"
# of u6v is manufacturing); firewood, the taiga, hauling, skidding and stacking logs (logging);
# "industries from" as vague work (not "jobs from": "coders take freelance jobs from Shenyang"
# of the grammar file is it); and, for the figures the count stage misses (checked on
# reworded sentences, not blind: "About 250 North Korean workers weave carpets", "... work in
# maternity wards", "... are employed at a beer hall", "... on the slipways of a Nakhodka
# yard"), carpets, carpet weaving and weavers (manufacturing), midwives and maternity wards
# (medical), beer halls, beer gardens and pubs (hospitality), slipways (shipbuilding). After: 10
# of 14 found, status 10/10, sector 10/10.
BATCH4 = """
= 130 RU present fishing
| KHOLMSK - Some 130 North Korean women pack red caviar at a coastal station near Kholmsk,
  the regional prosecutor said.
= 70 RU present construction
| KAZAN - About 70 North Korean workers are repairing potholes and kerbs in Kazan's old
  town, the mayor's office said.
= 250 CN present manufacturing
| KASHGAR - About 250 North Korean women weave carpets at a workshop in Kashgar, according
  to a Uyghur exile group.
= 30 CN present it
| SHENYANG - About 30 North Korean workers run fake freelancer accounts on Upwork and Fiverr
  for a Shenyang front company, the FBI said.
= 15 GN present medical
| CONAKRY - About 15 North Korean midwives work in maternity wards in Guinea, the health
  ministry said.
= 40 RU present hospitality
| VLADIVOSTOK - About 40 North Korean women serve at a beer hall in Vladivostok, a customer
  said.
= 200 RU present construction
| MOSCOW - About 200 North Korean workers install cladding and insulation on tower blocks in
  the Moscow suburbs, a building inspector said.
= 60 RU present shipbuilding
| NAKHODKA - About 60 North Korean workers were seen on the slipways of a Nakhodka yard last
  week, a local blogger said.
= 110 RU present mining
| YAKUTSK - About 110 North Korean workers are employed at a coking coal project in southern
  Yakutia, a regional official said.
= 300 RU present agriculture
| USSURIYSK - About 300 North Korean workers are weeding onion beds on rented fields near
  Ussuriysk, a Chinese lessee said.
= 80 RU present logging
| AMUR REGION - About 80 North Korean workers cut firewood and haul logs out of the taiga for
  a Chinese buyer, a local official said.
= 60 RU present logging
| KHABAROVSK - Uzbek migrants pick soybeans on the estate, while some 60 North Korean workers
  run its sawmill, the owner said.
= 50000 M49:001 present -
| SEOUL - About 50,000 North Koreans work abroad in industries from construction to IT, the
  National Intelligence Service said.
= 70 RU present construction
| CHITA - A track maintenance subsidiary of Russian Railways employs 70 North Korean workers
  on the Trans-Baikal line, a union official said.
"""

# --- batch s5: a fifth blind measure, written after the s4 fixes (measured, not fitted) ---
# First run (the table committed before it): 12 of 12 figures found, count P 12/12 R 12/12;
# status 12/12, sector 0/12. Eleven misses were words again ("debone chicken at a meat-packing
# plant", "an assembly shop", "drive piles for a new container terminal", "tend sheep and goats
# on a pasture lease", "a sushi bar", "dig for jade", "stringing power lines", "crew Russian
# crabbers", "build e-commerce sites" (none), "perform cataract surgery", "clear-cut hillsides");
# one a rule: "arrived in Vladivostok last month, where the shipbuilding industry is short of
# staff, but officials did not say where they would work" (shipbuilding: the industry of the
# place is read as the workers'). Fixed: meat-packing and processing, slaughterhouses, assembly
# shops and halls, solar panels (manufacturing); driving piles, dredging, power and
# transmission lines, pylons, substations (construction); sheep, goats, pastures (agriculture);
# sushi and snack bars, coffee shops (hospitality); jade, gemstones, digging for them (mining);
# crabbers, crab boats, jiggers, shrimpers (fishing); e-commerce and online shops, also as built
# products (it); surgery, ophthalmologists, anaesthetists (medical); clear-cutting (logging).
# After: 12 of 12 found, status 12/12, sector 11/12.
BATCH5 = """
= 90 RU present manufacturing
| USSURIYSK - About 90 North Korean workers debone chicken at a meat-packing plant in
  Ussuriysk, the regional labour inspectorate said.
= 45 BY present manufacturing
| MINSK - About 45 North Korean workers assemble solar panels at an assembly shop in Minsk, a
  Belarusian newspaper reported.
= 120 RU present construction
| NAKHODKA - About 120 North Korean workers drive piles for a new container terminal in
  Nakhodka, a port official said.
= 35 MN present agriculture
| KHOVD - Around 35 North Korean workers tend sheep and goats on a pasture lease in western
  Mongolia, a provincial official said.
= 25 RU present hospitality
| MOSCOW - About 25 North Korean women work at a sushi bar in central Moscow, a regular
  customer said.
= 70 MM present mining
| HPAKANT - About 70 North Korean workers dig for jade in northern Myanmar, a local activist
  said.
= 150 KZ present construction
| ASTANA - About 150 North Korean workers are stringing power lines across the steppe for a
  Kazakh utility, a union official said.
= 80 RU present fishing
| MAGADAN - About 80 North Korean deckhands crew Russian crabbers in the Sea of Okhotsk, a
  regional official said.
= 40 CN present it
| DALIAN - About 40 North Korean workers build e-commerce sites for clients in Europe from an
  office in Dalian, investigators said.
= 20 SD present medical
| KHARTOUM - About 20 North Korean workers perform cataract surgery at a charity in
  Khartoum, a Sudanese official said.
= 200 RU present logging
| TERNEY - About 200 North Korean workers clear-cut hillsides in the Sikhote-Alin range for a
  Chinese buyer, an environmental group said.
= 600 RU dispatched -
| VLADIVOSTOK - About 600 North Korean workers arrived in Vladivostok last month, where the
  shipbuilding industry is short of staff, but officials did not say where they would work.
"""

# The articles of each batch, and the figures of other groups in them that must not be read
# as worker figures.
BATCHES, NOT_WORKERS = figure_batches(
    (("s1", BATCH1), ("s2", BATCH2), ("s3", BATCH3), ("s4", BATCH4), ("s5", BATCH5))
)

# Figures the count stage does not find: "batch-row-value" -> why. Fixed later (cnt17): s1-09
# ('entered Russia on work visas': a visa or permit of work as the entry's purpose, cues
# ``entry_work_purposes``) and s4-04 ('midwives': care and household trades in ``worker_roots``,
# plural 'wife' -> 'wives' in lang/en/inflection.yaml) and s2-01 ('Among them are 27 North
# Koreans' after an uncounted crew: the DPRK part of an uncounted group) and s3-08 ('lost
# their North Korean staff to a new garment park, where about 2,000 North Koreans now work':
# a DPRK name before a worker noun is no DPRK place of the relative, and a share word before
# the relative's comma not the figure's) and s4-07 ('were seen on the slipways of a yard': a
# sighting at a workplace is no scene, grammar ``seen_workplaces``).
KNOWN_COUNT: dict[str, str] = {
    "s1-13-160": "count: 'some 160 North Korean women are sewing uniforms for the Russian army' "
    "is not counted: the military word of the client ('army') in the figure's clause excludes "
    "its people (the same sentence 'for a Chinese firm' is counted; cnt17)",
    "s2-07-400": "count: 'About 400 North Koreans arrived in Irkutsk in October, the migration "
    "service said' (no labour word in the sentence) is not counted",
    "s2-11-260": "count: 'Some 260 North Koreans tend cabbage and onions on leased land' (an "
    "unknown verb of work after the group) is not counted (the article is gated out by relevance)",
    "s4-02-250": "count: 'About 250 North Korean women weave carpets at a workshop' (women "
    "before an unknown verb of work) is not counted (the article is gated out by relevance)",
    "s4-05-40": "count: 'About 40 North Korean women serve at a beer hall' (women before 'serve' "
    "with no object) is not counted (the article is gated out by relevance)",
}
# Sectors still missed: "batch-row-value" -> why.
KNOWN_SECTOR: dict[str, str] = {
    "s3-08-2000": "sector: 'a new garment park, where about 2,000 North Koreans now work' "
    "(counted since cnt17) reads no sector: the seafood firms that lost them come first in the "
    "sentence and 'garment park' is no sector cue of its own",
    "s2-00-1800": "sector: 'About 1,800 North Koreans were still in Kuwait last year' names no "
    "sector; the building boom and 'these sites' of the sentences before are the article's "
    "topic, which the dev gold does not give to such a figure (see the s2 comment)",
    "s5-11-600": "sector: 'arrived in Vladivostok last month, where the shipbuilding industry "
    "is short of staff, but officials did not say where they would work' reads the place's "
    "industry as the workers' sector (shipbuilding); the text says their work is unknown",
    "s2-02-150": "sector: 'A state-owned developer has hired 150 North Korean workers for a "
    "waterfront project' reads the developer as a programmer (it); 'the developer', 'a "
    "developer' are firms, but a modifier between ('state-owned') is not",
}
# Statuses still missed: "batch-row-value" -> why.
KNOWN_STATUS: dict[str, str] = {}
# (No other group's figure is read as workers: no "others" entry.)
KNOWN = {"count": KNOWN_COUNT, "sector": KNOWN_SECTOR, "status": KNOWN_STATUS}

test_genre2_sector, test_genre2_status, test_genre2_other_group = sector_tests(
    BATCHES, NOT_WORKERS, KNOWN, PUBLISHED
)
