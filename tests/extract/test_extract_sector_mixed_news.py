"""Sector and status of worker figures in short-to-medium English news articles on sectors
and phrasings the earlier sector batches cover thinly: IT outsourcing and crypto freelancers,
animation studios, clinics and medical teams, restaurants and hotels, art studios building
monuments, garment subcontracting, seafood processing and fishing fleets, logging and timber,
ship repair, mining, greenhouses, construction under other names (apartment blocks, a
stadium, building sites, renovation crews), sports coaches, sewing, and vague work ("various
industries"); several sectors in one sentence; the sector named a sentence away; sectors
told by the employer's kind ("a Chinese seafood company"). Status traps: negation,
conditionals, "could send", "was expected to", past presence, "remain".

Written for these tests in blind batches: each batch's expected table was committed before
the extractor was run on it. People, firms, outlets and figures are invented. Conventions
as in ``test_extract_sector_employer_news.py`` and ``test_extract_sector_trade_press.py``
(sports coaches, artists and sculptors are ``other``; a figure whose own sentence lists
several sectors is ``None`` unless they are one sector; a plan not carried out, shelved or
conditional is ``planned``); besides: animation work is ``it``; a renovation or repair crew
on buildings is ``construction``.

The tables are text in the notation of ``test_extract_sector_trade_press.py``
(``tables.figure_table``); only the figures the count stage finds are judged.
"""

from __future__ import annotations

import pytest

from .tables import figure_batches, figure_rows, figures_by_value, judged_figure, other_rows

PUBLISHED = "2026-10"  # the articles' date (for "this year", "next spring")


# --- batch m1: rare sectors, employer kinds, sector a sentence away, status traps --------
# Before any change: 26 of 26 figures found, precision 26/26; status 24/26, sector 23/26.
# Fixed: "staff a private clinic in Vientiane that offers acupuncture" (a relative clause
# after a singular workplace, a place between, is about the workplace: "offers" is no plan);
# "coaches are training Zimbabwe's ... squads" (a possessive name after a recruiting -ing
# makes the group the trainer); "dig at a gold deposit" (deposits of ore are mining);
# "animators" (animation work is it); "refitting hotel towers" ("fit" and "refit" double
# their consonant; refitting, remodelling and retrofitting a structure are building it).
# After: status 26/26, sector 26/26.
BATCH1 = """
= 45 CN present it
= 20 CN planned it
| SHENYANG (Northeast Tech Review) - An outsourcing house in Shenyang that builds mobile
  games for clients in Europe and South Korea relies on about 45 North Korean programmers,
  two former employees said. The company had hoped to add 20 more this year, but the
  deal stalled when Chinese police began checking the visas of foreign coders. The
  programmers work in shifts in a rented office above a supermarket.
= 30 CN present it
| A Dalian animation studio has been outsourcing cartoon frames to a team of some 30 North
  Korean animators working out of a villa on the city's outskirts, according to a
  Japanese broadcaster. The animators draw backgrounds and in-between frames for
  children's series sold to streaming platforms.
= 18 LA present medical
= 10 LA planned medical
| VIENTIANE - Eighteen North Korean doctors and nurses staff a private clinic in
  Vientiane that offers acupuncture and herbal treatment, a Lao health official said. The
  clinic's owners want to bring in 10 more North Korean physicians if the health ministry
  renews its licence next year.
= 40 KH present hospitality
x 12
| PHNOM PENH - A North Korean restaurant near the Royal Palace in Phnom Penh still employs
  some 40 North Korean singers, waitresses and cooks, a regular customer said. Twelve
  Cambodian kitchen hands were let go last year. The restaurant's dance show draws
  busloads of Chinese tourists every evening.
= 60 SN dispatched other
| DAKAR - About 60 North Korean sculptors and artisans from the Mansudae Overseas Project
  arrived in Senegal in the spring to cast a bronze monument to the country's
  independence heroes, a ministry source said. The monument, 30 metres tall, is due to be
  unveiled in April.
= 350 CN present manufacturing
| Garment orders flow to North Korean seamstresses // HUNCHUN - A Chinese clothing brand
  subcontracts part of its winter jacket orders to a workshop in Hunchun where some 350
  North Korean women work, a supply-chain auditor said. The auditor said the workers'
  labels were later replaced with 'Made in China' tags.
= 500 CN present fishing
| DONGGANG - A Chinese seafood company in Donggang employs about 500 North Koreans, local
  residents said. Most of them are women who peel shrimp and pack squid for export to
  Japan and Europe. They are rarely allowed to leave the compound.
= 70 RU present fishing
= 25 RU repatriated fishing
| Seventy North Korean sailors crew three trawlers fishing for pollock in the Sea of
  Okhotsk under charters held by a Sakhalin company, the regional fisheries agency said.
  Another 25 crew members were flown home in August after their vessel was detained.
= 900 RU present logging
= 200 RU planned logging
| KHABAROVSK - Around 900 North Korean lumberjacks remain at timber camps in the north of
  Khabarovsk Krai, a regional forestry official said. He said 200 more were expected to
  come in the spring but that Moscow had not yet issued their permits.
= 110 RU present shipbuilding
| NAKHODKA (Port News) - A ship repair yard in Nakhodka has about 110 North Koreans on its
  books. They scrape hulls, weld plates and paint fishing vessels brought in for repairs,
  the yard's director said.
= 300 RU present mining
x 1500
| CHITA - Some 300 North Korean workers dig at a gold deposit in Zabaikalsky Krai, a local
  environmental group said. The mine, owned by a Moscow holding, also employs 1,500
  Russians. The group said waste from the site had polluted a nearby river.
= 150 RU dispatched agriculture
| Greenhouses in Vladivostok's suburbs took on about 150 North Korean workers this year to
  grow cucumbers and tomatoes, a regional agriculture official said. The greenhouse
  complex belongs to a company that supplies supermarkets across Primorye.
= 1000 RU present construction
= 400 RU planned construction
| MOSCOW - Some 1,000 North Koreans are building apartment blocks on the outskirts of
  Moscow for a large developer, a construction trade union said. The developer could
  send for 400 more if the city approves a second phase of the project, the union said.
= 800 RU present construction
| KAZAN - About 800 North Koreans worked on the new football stadium in Kazan before it
  opened in 2024, a former site manager said. He said they poured concrete and laid
  seating from dawn to dusk.
= 120 AE present construction
| DUBAI - North Korean renovation crews totalling some 120 men are refitting hotel towers
  and office blocks in Dubai, a Gulf-based contractor said. The crews plaster walls, lay
  tiles and install plumbing, he said.
= 15 ZW present other
x 40
| HARARE - Fifteen North Korean coaches are training Zimbabwe's taekwondo and
  weightlifting squads, the sports ministry said. About 40 Zimbabwean athletes have
  trained under them since 2022.
= 3000 CN present -
| A South Korean researcher estimates that about 3,000 North Koreans work in various
  industries in Liaoning province, from sewing to construction. Most earn less than
  Chinese workers doing the same jobs.
= 200 RU present construction
= 130 RU present agriculture
| VLADIVOSTOK - A North Korean trading company in Vladivostok supplies about 200 workers
  to building sites in the city and another 130 to farms in the Khasan district, a
  recruiter said.
= 600 RU planned -
= 250 RU present manufacturing
| North Korea did not send the 600 workers it had promised the Amur region this year, the
  regional governor said. About 250 North Koreans were still working at a sewing factory
  in Blagoveshchensk in September, he added.
"""

# --- batch m2: written after batch m1's fixes, committed before its first run -----------
# First run: 21 of 23 figures found, precision 21/22 (China's 5,000 migrants "of all
# nationalities"); status 21/21, sector 17/21. Fixed: a structure in the making ("residential
# towers going up", "being built", "under construction") or named as a project or site ("a
# Doha stadium project") is construction work, unless the pair is a cue of its own
# ("building sites" in a list of workplaces stays one of the list); "of all nationalities" is
# a group of many nations. After: precision 21/21, status 21/21, sector 21/21.
BATCH2 = """
= 250 RU present construction
= 100 RU planned construction
| NOVOSIBIRSK - Residential towers going up on the left bank of the Ob are being built
  partly by North Koreans. A foreman at one of the sites said about 250 of them were on
  the job this autumn. His company could send for another 100 from Pyongyang if the city
  signs off on a third tower, he said.
= 40 RU present fishing
| A Kamchatka fishing company that lost its Russian crews to the army has turned to North
  Korea. About 40 North Korean seamen now work on its boats, the company's director said.
= 1200 CN present manufacturing
= 300 CN repatriated manufacturing
| Sewing for the world from Dandong // DANDONG - Roughly 1,200 North Korean women stitch
  sportswear for foreign brands in three factories on the edge of Dandong, according to a
  Seoul-based labour group. Some 300 others who had worked at a fourth factory were sent
  home in June after its owner went bankrupt, the group said.
= 80 CN present it
| A Chinese company in Yanji that advertises web design and app development services
  employs around 80 North Korean IT workers, a researcher said. Its clients include
  online casinos in Southeast Asia.
= 500 RU planned -
| Russia was expected to receive about 500 North Korean workers in the first half of the
  year, but none had arrived by July, a regional official in Primorye said.
= 60 AO present construction
| LUANDA - A North Korean company that put up apartment blocks for Angola's army in the
  2010s still has about 60 workers in the country, an Angolan official said. They now
  repair roads and government buildings around Luanda.
= 35 RU present hospitality
| VLADIVOSTOK - The Koryo restaurant on Svetlanskaya street has never closed its doors.
  Its 35 North Korean staff, waitresses and cooks among them, serve diners six days a
  week, a regular said.
= 20 CN present medical
| SHENYANG - A traditional medicine clinic in Shenyang run by a North Korean trading
  company employs about 20 North Koreans, most of them doctors trained in acupuncture,
  the clinic's Chinese partner said.
= 700 RU present logging
= 300 RU dispatched logging
| TYNDA (Amur Herald) - Some 700 North Koreans cut timber in the forests around Tynda for
  a Russian company. The company took on 300 of them last winter, its manager said.
= 2000 CN present -
x 5000
| About 2,000 North Koreans are believed to work in factories, restaurants and building
  sites in Jilin province, a South Korean lawmaker said. China says it has sent home more
  than 5,000 illegal migrants of all nationalities this year.
= 25 MY planned other
| KUALA LUMPUR - Malaysia had planned to hire 25 North Korean football coaches for its
  youth academies before relations broke down in 2017, a former sports official said.
= 150 RU present mining
| ULAN-UDE - About 150 North Koreans have been working at a coal pit in Buryatia since the
  spring, a local newspaper reported. The miners live in containers next to the pit.
= 400 RU present shipbuilding
| VLADIVOSTOK - A shipyard near Vladivostok that builds patrol boats for the coast guard
  has 400 North Koreans on its payroll, a union official said. 'Our welders would not
  manage without them,' he said.
= 90 RU present agriculture
= 50 RU planned agriculture
| Greenhouse business expands // USSURIYSK - A vegetable company in Ussuriysk has about
  90 North Korean workers in its greenhouses. It hopes to add another 50 next spring when
  a new complex opens, its director said.
= 45 AE present construction
| DUBAI - A North Korean building crew of some 45 men has been doing interior work on
  luxury villas in Dubai since 2023, a contractor said. The crew plasters and tiles
  walls.
= 1000 RU present -
| Around 1,000 North Koreans remain in Russia's Far East, doing whatever work they can
  find, a researcher said.
= 130 PL present shipbuilding
| GDANSK - About 130 North Korean welders worked at shipyards in Gdansk and Szczecin
  between 2014 and 2017, according to Polish labour inspectors. None remain in the
  country.
= 200 QA present construction
= 100 QA repatriated construction
| DOHA - North Korean labourers on a Doha stadium project numbered about 200 at their
  peak, a former site engineer said. About 100 were flown home before the World Cup.
"""

# --- batch m3: written after batch m2's fixes, committed before its first run -----------
# First run: 20 of 21 figures found, precision 20/20; status 20/20, sector 19/20. Fixed:
# "are laying foundations for a new hospital" (laying or digging foundations is construction
# work). After: status 20/20, sector 20/20.
BATCH3 = """
= 180 CN present manufacturing
| A Chinese electronics maker in Dandong has about 180 North Korean women assembling
  circuit boards and phone chargers, a labour researcher said. The women work 12-hour
  shifts and sleep in a dormitory on the factory grounds.
= 300 RU present logging
= 120 RU planned logging
| A Russian timber firm in the Khabarovsk region has kept about 300 North Korean workers
  through the winter, a company official said. The firm would like to hire 120 more but
  has not been able to get permits for them.
= 60 MN present manufacturing
| ULAANBAATAR - A Mongolian cashmere maker employs some 60 North Korean seamstresses at
  its plant outside the capital, a rights group said.
= 220 RU present construction
| VLADIVOSTOK - About 220 North Koreans hired by a Russian construction giant are laying
  foundations for a new hospital in Vladivostok, a local news site reported. The hospital
  is due to open in 2027.
= 400 CN present fishing
| QINGDAO - Some 400 North Korean women have been processing squid and crab for a
  Chinese seafood exporter in Qingdao since 2023, a supply-chain report said.
= 50 RU present it
| MOSCOW - About 50 North Korean programmers are writing software for Russian banks from
  a rented office in Moscow, a cybersecurity researcher said. They pose as contractors
  from Kazakhstan.
= 30 RU planned medical
| KHABAROVSK - The regional health ministry could send for 30 North Korean doctors next
  year to work in rural hospitals, the regional governor said.
= 700 RU repatriated -
= 300 RU present -
| BLAGOVESHCHENSK - About 700 North Koreans left the Amur region last year, the regional
  migration service said, while some 300 remain. The service did not say what work they
  did.
= 80 CN present hospitality
| SHENYANG - A hotel run by a North Korean state company in Shenyang employs about 80 of
  its countrymen as cooks, cleaners and dancers, a former guest said.
= 150 PL present shipbuilding
| GDYNIA - A Polish shipbuilder had about 150 North Korean welders on its sites until
  2018, prosecutors said. The company denies knowing that their wages were sent to
  Pyongyang.
= 600 RU planned construction
| North Korea has yet to send the 600 builders Russia requested for projects in Kursk,
  a South Korean intelligence official said.
= 250 CN present manufacturing
x 90
| HUNCHUN - About 250 North Korean women sew uniforms at a garment subcontractor in
  Hunchun. The subcontractor also employs 90 Chinese workers, who earn twice as much, a
  local resident said.
= 40 LA present agriculture
| VIENTIANE - A North Korean-run farm near Vientiane grows vegetables for the city's
  markets with about 40 North Korean workers, according to a Lao official.
= 500 RU dispatched -
| Russia took in about 500 North Korean workers in the first quarter, the interior
  ministry said. Some went to building sites, others to farms and fish plants.
= 100 SN present other
| DAKAR - About 100 North Korean artisans from a Pyongyang art studio worked on a bronze
  monument outside Dakar in 2009 and 2010, a Senegalese historian said.
= 70 RU present mining
| CHUKOTKA - A gold mining company in Chukotka employs 70 North Koreans at its remote
  deposits, a regional official said. They would have to leave if Moscow tightened its
  rules, he said.
= 900 CN present fishing
= 1200 CN present manufacturing
| DONGGANG - About 900 North Koreans work at seafood plants in Donggang, and another 1,200
  work at garment factories in the same city, a Chinese broker said.
= 35 KW present construction
| KUWAIT CITY - A renovation crew of 35 North Koreans is still working on a government
  building in Kuwait City, a Kuwaiti contractor said, despite UN sanctions.
"""

# --- batch m4: written after batch m3's fixes, committed before its first run -----------
# First run: 17 of 20 figures found, precision 17/17; status 16/17, sector 17/17. Fixed:
# "sent about 350 builders back to Russia" (a phrasal return whose goal is a place abroad
# is a flow there, as "returned to Russia" was). After: status 17/17, sector 17/17.
BATCH4 = """
= 30 CN present hospitality
| YANJI - A seafood restaurant in Yanji run by North Koreans employs about 30 waitresses
  from Pyongyang, a South Korean tourist said. The restaurant serves crab and cold
  noodles.
= 120 RU present construction
| SOCHI - About 120 North Koreans are working on the construction of a hotel complex near
  Sochi, a Russian news site said. The hotel is to open next summer.
= 200 LA present construction
| VIENTIANE - A Chinese hydropower developer has some 200 North Korean workers at a dam
  site in northern Laos, a Lao official said.
= 90 RU present fishing
| MURMANSK - A Russian fishing collective on the Kola peninsula employs 90 North Korean
  sailors on its trawlers, a regional newspaper said. They stayed on after their
  contracts expired last year.
= 400 RU planned -
| Moscow had planned to admit 400 North Korean workers in the spring, but the plan was
  dropped after objections from the Labour Ministry, a ministry official said.
= 50 CN present manufacturing
| DANDONG - A wig factory in Dandong employs about 50 North Korean women, who weave hair
  into wigs for American buyers, a trader said.
= 70 RU present agriculture
| PRIMORYE - Seventy North Koreans work on a state farm near Ussuriysk that grows soybeans
  and corn, a local official said. The farm also raises pigs.
= 130 CN present mining
x 20
| A Chinese mining firm in Inner Mongolia employs about 130 North Koreans at a coal mine,
  a rights group said. The group said 20 Chinese miners died in an accident there in
  2024.
= 25 RU repatriated it
| VLADIVOSTOK - About 25 North Korean IT workers who had been writing code for Russian
  clients from Vladivostok have since returned home, a source said.
= 40 KW present construction
| KUWAIT CITY - A Kuwaiti construction contractor still has some 40 North Koreans on its
  books despite the UN deadline, a labour rights activist said.
= 350 RU dispatched construction
| North Korea sent about 350 builders back to Russia in the autumn after a break of
  several months, a Russian construction trade journal reported.
= 60 CN present manufacturing
| HUNCHUN - Some 60 North Korean women work at a textile mill in Hunchun that spins
  cotton yarn for export, according to a local official.
= 80 RU present -
= 20 RU repatriated -
| KHABAROVSK - About 80 North Koreans are no longer allowed to leave their dormitory in
  Khabarovsk after a fight with local men, a source said. Another 20 were sent back to
  Pyongyang after the fight.
= 150 RU present logging
| A timber yard in Birobidzhan has about 150 North Korean workers who saw logs into
  boards, the yard's owner said.
= 45 CN present manufacturing
| A fishing net factory in Rizhao employs about 45 North Korean women, a local journalist
  said.
= 100 RU present construction
= 40 RU present it
| ST PETERSBURG - About 100 North Koreans are refurbishing apartments in St Petersburg, a
  city official said, while 40 others write code for a local software firm.
= 500 MN planned -
| Mongolia could take in up to 500 North Korean workers next year if sanctions were
  lifted, a Mongolian lawmaker said.
= 300 CN present fishing
| LIAONING - A Chinese seafood company has about 300 North Korean women on its
  processing lines in Donggang. It also buys fish from North Korean boats.
"""

# --- batch m5: written after batch m4's fixes, committed before its first run -----------
# First run: 17 of 19 figures found, precision 17/17; status 14/17, sector 15/17. Fixed:
# "for a new ferry" (a noun of transport after "new", "a", "the" is no verb of moving:
# ferry, truck and bus join the status homographs); "were due to go home ... but they
# stayed on" ("was/were due to", "expected to", "set to", "going to" are future modals: a
# return still to come, still there); "a Dubai building company" (a building company or firm
# is construction); "waiting for Russian work visas" (two words before what is waited for;
# permits and papers are waited for too). After: status 17/17, sector 16/17.
BATCH5 = """
= 600 CN present manufacturing
| DANDONG - Garment and textile factories in Dandong employ about 600 North Korean women,
  a South Korean aid worker said.
= 1500 RU present -
| About 1,500 North Koreans work at factories and construction sites in the Moscow
  region, a Russian migration expert said.
= 220 RU present fishing
| NAKHODKA - Some 220 North Koreans work in fishing and seafood processing around
  Nakhodka, the regional fisheries committee said.
= 140 CN present manufacturing
| A furniture maker in Shenyang employs about 140 North Korean carpenters and
  upholsterers, a Chinese business journal reported.
= 300 RU planned -
| Around 300 North Korean workers had been due to arrive in Vladivostok in March, but
  their flights were cancelled, the regional government said.
= 90 RU recruiting -
| About 90 North Koreans have been waiting for Russian work visas in Pyongyang for three
  months, a source in the capital said.
= 200 RU present construction
| KAZAN - Some 200 North Koreans who arrived in 2019 to build a housing estate remain in
  Kazan, a local official said.
= 50 AE present construction
| DUBAI - About 50 North Korean workers were due to go home after their contracts with a
  Dubai building company ended, but they stayed on, a Gulf labour activist said.
= 60 CN present manufacturing
= 40 CN present hospitality
| YANJI - A sewing workshop in Yanji employs some 60 North Korean women. Nearby, a North
  Korean restaurant has 40 waitresses, a local journalist said.
= 150 RU present logging
| TYNDA - The workers arrived by train in early winter. About 150 North Koreans now live
  in a camp in the taiga near Tynda, where they fell pine for a Russian timber company.
= 100 RU present it
| The Russian subsidiary of a Chinese software group has about 100 North Korean
  engineers on its payroll in Vladivostok. They test and debug mobile applications,
  according to a former colleague.
= 250 RU present agriculture
| Soybean workers wanted // BLAGOVESHCHENSK - Around 250 North Koreans are working on
  contract for the Amur region's biggest soybean grower, the regional government said.
= 30 CN present medical
| A hospital in Hunchun employs about 30 North Korean nurses, a local source said. The
  hospital was built by North Korean workers in the 1990s.
= 700 UA present construction
| North Korean workers have been rebuilding houses in Mariupol, a Russian-installed
  official said. About 700 of them are there now, he added.
= 45 CN present mining
| A Chinese company runs a copper mine in Jilin with about 45 North Korean miners, a
  mining trade newsletter said.
= 80 RU dispatched other
| MOSCOW - About 80 North Korean artists arrived in Moscow in April to paint murals at a
  new metro station, a Russian cultural official said.
= 2000 M49:001 present -
| North Korea still has at least 2,000 workers in various sectors overseas, a South
  Korean official said.
= 120 RU present shipbuilding
| A Vladivostok shipbuilder has about 120 North Korean workers welding hull sections for
  a new ferry, the company said.
"""

# --- batch m6: written after batch m5's fixes, committed before its first run -----------
# First run: 18 of 20 figures found, precision 18/18; status 18/18, sector 17/18. Fixed: "A
# further 50 sew work clothes for the miners" (sewing or stitching clothes, garments,
# jackets, shirts, bags and the like is manufacturing work, and decides against the miners
# they sew for; the bare verb would also take "sewing workshops" in a list of sectors).
# After: sector 18/18.
BATCH6 = """
= 400 RU present construction
= 150 RU repatriated construction
= 200 RU planned construction
| North Korean crews back on Far East sites // KHABAROVSK (Amur Ledger) - The new
  regional hospital in Khabarovsk is rising fast, and much of the work is being done by
  North Koreans. About 400 of them pour concrete and install windows there, according to
  the building company's site manager. Another 150 who worked on the project last year
  went home in December when their visas expired. The company has applied for permits for
  200 more, he said, but no decision has been made.
= 70 CN present it
= 30 CN dispatched it
| SHENYANG - Behind an unmarked door in a Shenyang business park, about 70 North Koreans
  write code for clients they never meet. The outsourcing firm that employs them sells
  their work as Chinese. A former employee said 30 of the programmers had been brought in
  from Pyongyang over the summer.
= 250 RU present fishing
= 100 RU planned fishing
| PETROPAVLOVSK-KAMCHATSKY - A Kamchatka seafood processor has about 250 North Korean
  workers on its crab and salmon lines this season. It says it could take up to 100 more
  if the regional government raises its quota for foreign labour. The company's owner,
  Andrei Volkov, said Russian workers would not accept the pay.
= 35 TZ present medical
= 12 TZ repatriated medical
| DAR ES SALAAM - A North Korean clinic in Dar es Salaam still has about 35 doctors and
  nurses from Pyongyang, local health officials said. Twelve others left Tanzania in
  October after the government revoked their licences. The clinic offers acupuncture and
  cupping.
= 500 RU present -
x 80
| VLADIVOSTOK - Roughly 500 North Koreans live in Vladivostok, a consular source said,
  working in construction, farming and repair shops. About 80 of them are employed at a
  single greenhouse complex outside the city, the source added.
= 60 AO present other
| LUANDA - Some 60 North Korean sculptors and painters are at work on a memorial to
  Angola's independence war, according to an Angolan official. The memorial is being
  built by a Pyongyang studio that has made statues across Africa.
= 900 RU present logging
| The logging camps of the Amur region have long relied on North Korean labour. Today
  about 900 North Koreans remain there, a local historian said, fewer than a third of the
  number a decade ago.
= 40 CN present hospitality
| DANDONG - The Pyongyang Koryo restaurant by the Yalu River reopened this spring with 40
  North Korean staff, a local tour guide said. The restaurant had closed during the
  pandemic.
= 300 RU dispatched shipbuilding
| BOLSHOY KAMEN - A shipyard in Bolshoy Kamen took on about 300 North Korean workers this
  year to help build tankers for an Arctic gas project, a local trade union official said.
= 1000 RU planned -
| Russia's labour ministry says it may allow up to 1,000 North Korean workers into the
  country next year, but only if employers prove they cannot find Russians for the jobs.
= 150 CN present mining
= 50 CN present manufacturing
| TONGHUA - About 150 North Koreans work underground at an iron ore mine near Tonghua, a
  Chinese labour activist said. A further 50 sew work clothes for the miners in a
  workshop on the mine's grounds.
= 20 KH present hospitality
| SIEM REAP - A North Korean restaurant near Angkor Wat still employs about 20 waitresses
  and cooks, but it has not received any new staff from Pyongyang since 2019, its manager
  said.
= 600 CN present -
x 10000
| About 600 North Koreans work in Hunchun's export processing zone, a South Korean NGO
  estimated. The zone is home to more than 10,000 Chinese workers.
= 85 RU present construction
| YAKUTSK - About 85 North Koreans have been renovating school buildings in Yakutsk since
  the summer, a city official said.
"""

# --- batch m7: written after batch m6's fixes, committed before its first run -----------
# First run: 15 of 18 figures found, precision 15/15; status 14/15, sector 14/15. Fixed:
# "could be deported if the authorities enforce the sanctions" (a possible return leaves the
# group there, as a return still to come does); "are building an annex to the hotel" (an
# annex, extension or wing is a structure). After: status 15/15, sector 15/15.
BATCH7 = """
= 200 RU present fishing
| Pollock plant short of hands turns to Pyongyang // NAKHODKA - About 200 North Koreans
  now make up a third of the workforce at a plant on the Nakhodka waterfront, its manager
  said.
= 120 CN present logging
| YANBIAN - A logging cooperative in Yanbian has taken on North Koreans for years. About
  120 of them live in its camps this winter, a forestry official said.
= 300 RU present shipbuilding
| A state-owned shipbuilder in the Russian Far East employs about 300 North Koreans, a
  regional official said. The men weld and paint hulls at its two yards.
= 10 RU present it
| VLADIVOSTOK - Ten North Korean IT workers have been living above a Korean restaurant
  in Vladivostok and writing code for Russian clients, a local source said.
= 12 RU present medical
| Twelve North Korean medics look after the workers on a large construction site in
  the Moscow region, a Russian news site reported.
= 400 RU present construction
| About 400 North Korean builders have not been paid for three months and remain in
  their dormitories in Kazan, a Russian labour lawyer said.
= 90 CN present manufacturing
| DANDONG - Some 90 North Korean women were supposed to leave Dandong in June, but their
  garment factory kept them on until the end of the year, a trader said.
= 500 RU recruiting construction
| About 500 North Koreans are said to be preparing to leave for Russian building sites
  after passing health checks in Pyongyang, a source said.
= 50 AE present construction
| About 50 North Korean builders in the United Arab Emirates could be deported if the
  authorities enforce the sanctions, a diplomat said.
= 300 RU planned logging
| North Korea never sent the 300 loggers it promised the Tynda timber company in 2023,
  the company's director said.
= 70 RU present -
| VLADIVOSTOK - About 70 North Koreans who were stranded in Vladivostok during the
  pandemic have yet to return home, a consular source said.
= 150 CN present fishing
| A Chinese fishery company in Rongcheng has about 150 North Korean employees, a
  supply-chain report said.
= 40 MN present construction
| ULAANBAATAR - A group of about 40 North Korean workers returned to work at a housing
  project in Ulaanbaatar after the New Year holiday, a foreman said.
= 80 RU present agriculture
= 20 RU dispatched agriculture
| AMUR - The Amur region's largest dairy farm has about 80 North Korean workers, its
  owner said. Twenty arrived last month to milk cows and make cheese.
= 250 RU present construction
| North Korean workers have been busy in Vladivostok, where a new concert hall is being
  built on Russky Island. About 250 of them work there, a city official said.
= 60 LA present hospitality
= 30 LA present construction
| VIENTIANE - A North Korean-run hotel in Vientiane has about 60 North Korean staff,
  while 30 more North Koreans are building an annex to the hotel, a Lao official said.
"""

# --- batch m8: written after batch m7's fixes, committed before its first run -----------
# First run: 16 of 18 figures found, precision 16/16; status 16/16, sector 12/16. Fixed:
# a headline "on Moscow's new ring road" (a ring road is construction); "a physiotherapy
# centre" (physiotherapy, rehabilitation centres and sanatoriums are medical); "completing a
# conference centre" (a structure right after a verb of finishing, determiners only
# between, is being built; conference, exhibition, cultural and sports centres and malls
# are structures); "40 more work in its kitchens" (working in a kitchen, serving diners or
# guests is hospitality work; "kitchen" alone is not: "grew potatoes for the camp's
# kitchen"). After: status 16/16, sector 16/16.
BATCH8 = """
= 300 RU present construction
| North Korean workers on Moscow's new ring road // MOSCOW - About 300 North Koreans are
  employed by subcontractors on the project, a Russian transport official said.
= 45 CN dispatched fishing
| RIZHAO - A squid-processing company in Rizhao hired about 45 North Korean women in 2022.
  They are still there, a local resident said, gutting and freezing squid for export.
= 150 RU present construction
| The men live in metal containers at the edge of the site. About 150 North Koreans are
  putting up a shopping mall in Khabarovsk for a Chinese developer, a local reporter said.
= 25 RU present medical
| KHABAROVSK - Twenty-five North Koreans work at a physiotherapy centre in Khabarovsk, the
  regional health department said. The centre offers massage and acupuncture.
= 800 CN present manufacturing
= 200 CN planned manufacturing
| HUNCHUN - About 800 North Korean women work at electronics and garment plants in the
  Hunchun export zone. Local officials hope to bring in another 200 for a new shoe factory
  next year.
= 60 RU present logging
| A sawmill near Lesozavodsk employs about 60 North Koreans, a regional forestry official
  said. They saw and dry larch for export to China.
= 100 VN present it
| HANOI - About 100 North Korean software engineers have been working for a Vietnamese
  gaming company in Hanoi, a security researcher said.
= 35 RU present agriculture
| A potato farm in the Primorye region employs 35 North Koreans, its owner told a local
  paper. He said the workers live in a farmhouse.
= 500 RU planned -
| Russia and North Korea agreed on Tuesday that up to 500 North Korean workers would come
  to the Kursk region, a Russian deputy minister said.
= 90 GQ present construction
| MALABO - About 90 North Korean workers are completing a conference centre in Malabo, a
  diplomat said. The centre is due to host an African Union summit.
= 70 CN present hospitality
| A North Korean karaoke bar in Dandong employs about 70 hostesses and singers, a South
  Korean researcher said.
= 400 RU repatriated -
| Some 400 North Koreans went home from Russia in the first half of the year, the
  interior ministry said, without saying where they had worked.
= 30 RU present shipbuilding
| VLADIVOSTOK - About 30 North Koreans work in the dry dock at Vladivostok's ship repair
  plant, a union official said.
= 250 RU present mining
| The North Korean miners // NERYUNGRI - Some 250 North Koreans work at coal mines near
  Neryungri in Yakutia, the regional labour office said.
= 180 CN present manufacturing
| A Chinese knitwear company in Dandong has about 180 North Korean women knitting
  sweaters for European brands, a trader said.
= 120 RU present construction
= 40 RU present hospitality
| SOCHI - About 120 North Koreans are finishing the interiors of a beach hotel near Sochi,
  and 40 more work in its kitchens, a hotel manager said.
"""

# --- batch m9: written after batch m8's fixes, committed before its first run -----------
# First run: 15 of 17 figures found, precision 15/15; status 14/15, sector 13/15. Fixed:
# "have been ordered home but have not left" (a later "but ... not left", "but remain",
# "but stayed" denies the return: still there); "growing lettuce and herbs" (growing
# lettuce, herbs, tomatoes, mushrooms and other crops is farm work; "grow" takes "grew",
# "grown"); a headline "Building boom draws North Koreans to Vladivostok" (a building or
# construction boom is construction). After: status 15/15, sector 15/15.
BATCH9 = """
= 200 QA present construction
| DOHA - About 200 North Korean workers live in a labour camp outside Doha and work on
  road projects for a Qatari contractor, a migrant rights group said.
= 40 CN present manufacturing
| A tailoring workshop in Yanji employs about 40 North Korean women, who make suits for
  Chinese department stores, a local trader said.
= 60 RU present agriculture
| VLADIVOSTOK - A hydroponic farm outside Vladivostok employs some 60 North Koreans
  growing lettuce and herbs for city restaurants, the farm's owner said.
= 80 CN present manufacturing
| SHENYANG - About 80 North Koreans make bricks at a brick factory on the outskirts of
  Shenyang, a Chinese construction materials newsletter said.
= 120 RU present mining
| CHITA - Some 120 North Koreans work at a granite quarry in Zabaikalsky Krai, a local
  official said.
= 300 RU dispatched -
| Some 300 North Korean workers have been sent to Russia in batches since January, a
  source in Pyongyang said, without saying what work they would do.
= 150 RU planned construction
| About 150 North Korean builders are slated to arrive in Rostov in the summer to work on
  apartment blocks, a regional official said.
= 90 CN present -
| DANDONG - About 90 North Korean workers have been ordered home but have not left, a
  source in Dandong said.
= 250 RU repatriated logging
| About 250 North Korean loggers returned home from the Amur region last month after
  their contracts ran out, a source said.
= 50 CN present manufacturing
| A steel mill in Benxi employs about 50 North Korean workers, a Chinese labour activist
  said.
= 100 RU present -
| About 100 North Korean workers in Vladivostok were barred from leaving their compound
  after a worker escaped, a source told the radio.
= 70 SG present hospitality
| SINGAPORE - A North Korean-run restaurant group in Singapore employed about 70 waitresses
  and cooks before it closed in 2017, a court heard.
= 35 RU present it
| Thirty-five North Korean workers in Moscow label images and transcribe audio for
  artificial intelligence firms, a researcher said.
= 400 CN present fishing
= 100 CN present fishing
| About 400 North Korean women process seafood in Donggang, while 100 North Korean men
  work on Chinese fishing boats out of the same port, an activist said.
= 20 RU dispatched other
| MOSCOW - Twenty North Korean acrobats and circus performers arrived in Moscow last week
  for a season at the Great Moscow Circus, a circus spokesman said.
= 500 RU present construction
| Building boom draws North Koreans to Vladivostok // VLADIVOSTOK - Around 500 North
  Koreans are believed to be working in the city, a consular source said.
"""

# --- batch m10: written after batch m9's fixes, committed before its first run ----------
# First run: 18 of 19 figures found, precision 18/18; status 18/18, sector 15/18. Fixed:
# "are digging tunnels for a new metro line" (digging tunnels, trenches or ditches is
# construction work, "dig" doubles its consonant; a metro or railway line is a structure);
# "who cook and shell crabs" (shelling, boiling or cooking crabs and cleaning, salting,
# drying fish are fishing work, over the cook's title). After: sector 17/18.
BATCH10 = """
= 500 RU present construction
= 300 RU dispatched construction
| Metro line crews // MOSCOW - About 500 North Korean workers are digging tunnels for a
  new metro line in Moscow, a transport union said. Some 300 of them arrived in the
  spring.
= 60 CN present fishing
| HUNCHUN - A crab-processing plant in Hunchun has taken on North Koreans for years. It now
  employs about 60 North Korean women, who cook and shell crabs for export, a trader said.
= 45 LA present it
| VIENTIANE - About 45 North Korean IT workers have been building betting websites for
  Chinese clients from a house in Vientiane, a cybersecurity company said.
= 200 RU planned agriculture
| The Amur region plans to recruit 200 North Koreans for its soybean farms next year, but
  only if Moscow lifts its limits on foreign labour, the regional agriculture minister
  said.
= 100 RU present logging
= 40 RU repatriated logging
| About 100 North Koreans still fell trees for a timber company near Komsomolsk-on-Amur,
  a local official said. Forty others went home in December after one of them was injured.
= 30 UG present medical
| KAMPALA - About 30 North Korean doctors and dentists work at private clinics in Kampala,
  a Ugandan health official said.
= 150 KW present construction
| KUWAIT CITY - A Kuwaiti engineer said about 150 North Korean workers were still on
  building sites in the city last year, painting, tiling and plumbing apartments.
= 80 RU present shipbuilding
= 20 RU planned shipbuilding
| VLADIVOSTOK - A ship repair yard on Russky Island employs about 80 North Koreans and
  would like to hire 20 more, its director said.
= 250 CN present manufacturing
| SHENYANG - About 250 North Korean women work at a factory in Shenyang that makes
  electric cables, a rights group said.
= 400 RU present -
| About 400 North Koreans are working in the Primorye region on short contracts, in
  construction, farming and fish processing, the regional labour office said.
= 70 MN present hospitality
| ULAANBAATAR - A North Korean restaurant and hotel in Ulaanbaatar employ about 70 North
  Koreans between them, a Mongolian journalist said.
= 600 UA dispatched construction
| North Korea has sent some 600 workers to help rebuild the Russian-controlled city of
  Mariupol, a South Korean lawmaker said.
= 55 CN present mining
| About 55 North Korean workers extract coal at a small mine in Heilongjiang, a Chinese
  labour activist said.
= 90 RU present agriculture
| A Russian agricultural holding employs about 90 North Koreans in its cattle sheds and
  fields near Ussuriysk, a regional newspaper said.
= 35 EG present other
| CAIRO - Some 35 North Korean painters and sculptors are decorating a new government
  complex in Egypt's new administrative capital, a diplomat said.
= 120 RU present -
| VLADIVOSTOK - About 120 North Koreans who lost their jobs when a factory closed remain
  in Vladivostok, waiting for new employers, a consular source said.
"""

# --- batch m11: written after batch m10's fixes, committed before its first run ---------
# First run: 16 of 17 figures found, precision 16/16; status 16/16, sector 16/16 (no fix).
BATCH11 = """
= 130 RU present construction
| YEKATERINBURG - About 130 North Koreans are pouring concrete and welding rebar for a new
  ice arena in Yekaterinburg, a local news site said.
= 75 CN present fishing
| A Chinese aquatic products company in Dalian employs about 75 North Korean women to
  sort and pack scallops, a Japanese newspaper reported.
= 40 RU present medical
| VLADIVOSTOK - About 40 North Korean nurses and orderlies care for patients at a private
  hospital in Vladivostok, a regional health official said.
= 300 CN present manufacturing
| QINGDAO - About 300 North Korean women work on assembly lines making toys for export at
  a factory in Qingdao, a supply-chain investigator said.
= 60 RU present logging
= 25 RU planned logging
| A timber processing plant in Lesozavodsk has about 60 North Korean workers, and its
  owner hopes to add 25 more in the autumn, a regional newspaper reported.
= 200 RU present agriculture
| About 200 North Koreans work on vegetable plantations in the Khasan district, a
  regional agriculture official said. They harvest cabbage and onions.
= 15 NG present other
| ABUJA - Fifteen North Korean martial arts instructors teach taekwondo to Nigerian
  police recruits, a police spokesman said.
= 90 CN present it
| YANJI - About 90 North Korean programmers at a Yanji software park develop smartphone
  games for South Korean publishers, a security firm said.
= 110 RU present shipbuilding
| About 110 North Korean welders are working at a shipyard in Nakhodka that builds
  fishing trawlers, a union official said.
= 500 RU present -
= 700 RU present -
= 200 RU repatriated -
| Around 500 North Korean workers remain in Russia's Amur region, down from 700 a year ago,
  the regional migration service said. About 200 went home during the year.
= 45 LA present hospitality
| LUANG PRABANG - A North Korean restaurant in Luang Prabang employs about 45 North
  Korean staff who sing and dance for tourists in the evening, a local guide said.
= 80 RU present mining
| MAGADAN - A gold-mining cooperative in Magadan has about 80 North Korean workers who
  wash gold-bearing sand in summer, its chairman said.
= 160 RU present construction
| SAKHALIN - About 160 North Koreans are building a new ferry terminal in Korsakov, a
  Sakhalin port official said.
= 50 CN present manufacturing
| DANDONG - A shoe factory in Dandong employs about 50 North Korean workers, who glue and
  stitch soles for export, a trader said.
"""

# --- batch m12: written after batch m11's run, committed before its first run -----------
# First run: 14 of 14 figures found, precision 14/14; status 13/14, sector 11/14. Fixed:
# "were supposed to arrive ..., but ... turned them back" ("is/are/was/were supposed to" are
# future modals); "plastering and painting the walls of a new residential quarter" and
# "laying pipes and cables at a new housing development" (plastering and painting, laying
# pipes or cables are construction work; residential quarters and districts, housing and
# residential developments are construction); "A Weihai company that farms sea cucumbers"
# (farming fish, sea cucumbers, shrimp, shellfish or seaweed is fishing work, not farm
# work). After: status 14/14, sector 14/14.
BATCH12 = """
= 220 RU present construction
| KALININGRAD - About 220 North Koreans are plastering and painting the walls of a new
  residential quarter in Kaliningrad, a city official said.
= 65 CN present fishing
| WEIHAI - A Weihai company that farms sea cucumbers employs about 65 North Korean
  workers, a Chinese business paper said.
= 140 RU planned -
| About 140 North Korean workers were supposed to arrive in Kazan in May, but Russian
  border officials turned them back, a source said.
= 30 VN present medical
| HANOI - About 30 North Korean acupuncturists and herbalists practise at clinics across
  Hanoi, a Vietnamese health official said.
= 500 CN present manufacturing
| About 500 North Korean women work at a wig-making plant in Pingdu, a US customs
  investigation found.
= 75 RU present logging
| About 75 North Koreans work at a sawmilling complex in Khabarovsk, the
  regional forestry department said.
= 120 RU present agriculture
| A rice farm in Primorye has about 120 North Korean workers who plant and harvest
  rice, the farm's owner said.
= 40 RU dispatched shipbuilding
| About 40 North Korean welders came to a Vladivostok dockyard in August to help repair
  icebreakers, a union official said.
= 250 CN present -
| About 250 North Koreans live in Dandong on business visas, and most of them work in
  trade, restaurants and factories, a Chinese trader said.
= 60 AE present construction
| ABU DHABI - Some 60 North Korean labourers are laying pipes and cables at a new
  housing development in Abu Dhabi, a contractor said.
= 35 RU present hospitality
| SOCHI - About 35 North Korean cooks and maids work at a seaside sanatorium hotel near
  Sochi, its manager said.
= 90 CN present it
| SHENYANG - About 90 North Korean IT workers in Shenyang have been writing software
  for Chinese banks under false names, a security researcher said.
= 300 RU repatriated construction
| About 300 North Korean construction workers left Moscow for Pyongyang by train last
  week, a Russian railway source said.
= 20 KH present other
| PHNOM PENH - About 20 North Korean painters work at an art gallery in Phnom Penh that
  sells their paintings to tourists, a Cambodian official said.
"""

# --- batch m13: written after batch m12's fixes, committed before its first run ---------
# First run: 12 of 12 figures found, precision 12/12; status 12/12, sector 11/12 (no fix;
# the miss is a known one below).
BATCH13 = """
= 130 CN present it
| Two Chinese front companies in Dandong employed some 130 North Korean employees who
  developed mobile apps and websites for foreign clients, the US Treasury said.
= 3000 RU present construction
| Russia's building sites remain the main employer of North Koreans abroad. Some 3,000
  North Koreans now work in Moscow alone, a labour ministry official said.
= 85 RU present fishing
| A fish farm near Nakhodka that raises salmon employs about 85 North Korean workers, the
  regional fisheries agency said.
= 200 CN present manufacturing
| About 200 North Korean seamstresses at a Donggang workshop turn out uniforms for a
  Chinese security company, a trader said.
= 40 RU planned medical
| The Primorye health department wants 40 North Korean nurses for its rural clinics, but
  Moscow has not approved the request, a department official said.
= 160 LA present construction
| VIENTIANE - About 160 North Korean workers are helping to build a bridge over the
  Mekong in northern Laos, a Lao official said.
= 50 RU present mining
| About 50 North Korean miners are working underground at a coal pit near Partizansk, a
  regional official said.
= 700 RU dispatched logging
| About 700 North Korean loggers arrived in the Amur region this spring for the felling
  season, a regional forestry official said.
= 25 RU present hospitality
| VLADIVOSTOK - A North Korean cafe on Russky Island employs about 25 North Korean
  waitresses, a local blogger said.
= 180 CN present -
| About 180 North Korean workers are employed in various trades in Yanbian, a local
  official said.
= 90 UA present agriculture
| About 90 North Korean workers tend greenhouses and orchards for a Crimean farm company,
  a Russian agriculture official said.
= 65 RU present shipbuilding
| The Zvezda yard near Vladivostok has about 65 North Korean workers assembling hull
  blocks for tankers, a union official said.
"""

# The articles of each batch, and the figures of other groups in them that must not be read
# as worker figures.
BATCHES, NOT_WORKERS = figure_batches(
    (
        ("m1", BATCH1),
        ("m2", BATCH2),
        ("m3", BATCH3),
        ("m4", BATCH4),
        ("m5", BATCH5),
        ("m6", BATCH6),
        ("m7", BATCH7),
        ("m8", BATCH8),
        ("m9", BATCH9),
        ("m10", BATCH10),
        ("m11", BATCH11),
        ("m12", BATCH12),
        ("m13", BATCH13),
    )
)

# Figures the count stage does not find, or judgments still missed: "batch-row-value" -> why.
KNOWN: dict[str, str] = {
    "m2-08-300": "count: 'The company took on 300 of them last winter' (a partitive of the "
    "group counted before, split off by a flow) is not counted",
    "m2-14-45": "count: 'A North Korean building crew of some 45 men' (the figure inside "
    "'a crew of ... men') is not counted",
    "m4-12-80": "count: the article names no workers ('About 80 North Koreans are no longer "
    "allowed to leave their dormitory'); its figures are not read as workers",
    "m4-12-20": "count: 'Another 20 were sent back to Pyongyang' continues a figure that is "
    "not read (the article names no workers)",
    "m5-00-600": "count: 'Garment and textile factories in Dandong employ about 600 North "
    "Korean women' (a one-sentence article naming no workers) is not counted",
    "m5-10-100": "count: 'has about 100 North Korean engineers on its payroll' is not counted",
    "m5-03-140": "sector: 'A furniture maker ... employs about 140 North Korean carpenters and "
    "upholsterers': the carpenters of the figure's own coordinated head (construction) are "
    "not weak beside the upholsterers, and win over the employer (a carpenter alone yields "
    "to a workplace)",
    "m6-01-30": "count: '30 of the programmers had been brought in from Pyongyang' (a "
    "partitive of the group counted before, split off by a flow) is not counted",
    "m7-01-120": "count: 'About 120 of them live in its camps' (a partitive of North Koreans "
    "named before without a figure) is not counted",
    "m7-10-70": "count: 'About 70 North Koreans who were stranded in Vladivostok ... have yet "
    "to return home' (an article naming no workers) is not counted",
    "m8-02-150": "count: 'About 150 North Koreans are putting up a shopping mall' (an "
    "article naming no workers) is not counted",
    "m8-14-180": "count: 'has about 180 North Korean women knitting sweaters' (a possessed "
    "headcount with a participle) is not counted",
    "m9-03-80": "count: 'About 80 North Koreans make bricks at a brick factory' (an "
    "article naming no workers) is not counted",
    "m9-14-20": "count: 'Twenty North Korean acrobats and circus performers arrived' (no "
    "worker noun) is not counted",
    "m10-00-300": "count: 'Some 300 of them arrived in the spring' (a partitive of the "
    "group counted before, split off by a flow) is not counted",
    "m10-15-120": "sector: 'who lost their jobs when a factory closed remain in Vladivostok' "
    "(expected none: the factory is left); a workplace left is dropped only where another "
    "sector is named ('lost their jobs' is a former marker), so the factory decides",
    "m11-06-15": "count: 'Fifteen North Korean martial arts instructors teach taekwondo' "
    "(instructors named by their art, no worker noun) is not counted",
    "m13-01-3000": "sector: 'Russia's building sites remain the main employer of North "
    "Koreans abroad. Some 3,000 North Koreans now work in Moscow alone': the figure has a "
    "head of its own and refers back to no workplace, so the sentence before lends it none",
    "m3-17-35": "count: 'A renovation crew of 35 North Koreans is still working' (the figure "
    "inside 'a crew of') is not counted",
}


@pytest.mark.parametrize(
    ("text", "value", "dests", "status", "sector"), figure_rows(BATCHES, KNOWN)
)
def test_mixed_news_figure(extractor, text, value, dests, status, sector):
    assert judged_figure(extractor, text, value, PUBLISHED) == (status, sector)


@pytest.mark.parametrize(("text", "value"), other_rows(BATCHES, NOT_WORKERS, known={}))
def test_mixed_news_other_group(extractor, text, value):
    """No other group's figure is read as workers (none is a known miss)."""
    assert value not in figures_by_value(extractor, text, PUBLISHED)
