"""Shapes of a worker figure's destination the earlier destination sets did not cover,
written blind: the place only in a headline that is no dateline, or only in a dateline
before a body with no place; the place named several sentences before the figure, with
sentences on other matters between; two countries in one clause as transit and host
("sent via China to Russia", "crossed from Russia into China"); cities and regions only
(Kazan, Tuva, Amur oblast, Kinshasa, Irkutsk, Suifenhe); occupied Ukraine by city or
peninsula (Mariupol, Crimea, Sevastopol: ``UA`` by the spec); "the country" and "the city"
pointing back past a speaker's seat; home places that must not become destinations ("back
to Pyongyang", "from Rason"); a conference venue and a researcher's home city against the
workers' place; a list "in Russia, 20,000; in China, 50,000" with the place before each
figure; and hard negatives (other nations' migrants, North Korean places only).

Written for this file (invented people, outlets, firms, figures), each batch committed
before its first run; notation and comparison as in ``test_extract_destination_genres.py``
(``Q VALUE@DESTS/STATUS``; " // " ends the headline, " || " a paragraph).

P1 (14 articles, 15 figures, one hard negative), first run: count 15/15 and 15/15,
count+destination 14/15 and 14/15, statuses all right. The miss: "Tuva's government signed
a cooperation agreement ... The republic's coal mines ... Officials also hope ... || Under
the agreement, 300 North Korean miners are to arrive" had no place. A state named as the
seat of a body that acts ("Tuva's government") was carried as a speaker from the sentence
right before the figure only. Fixed: further back (within the usual reach of four
sentences) a country, region or city named as the seat of a state or local body
("Tuva's government", "Amur's regional administration"; cues ``organisation_nouns``) is
still carried when nothing nearer places the figure; a person's seat ("a researcher in
Jakarta said") is not. After: 15/15 in every column.

P2 (16 articles, 19 figures, one hard negative; written blind after the P1 fix), first
run: count 19/19 and 19/19, count+destination 18/19 and 18/19. The P1 rule placed "She
added that 35 ..." in Kyrgyzstan from "Kyrgyzstan's labour ministry said", two sentences
back past a quote. The miss: "employed at Yakut diamond mines" had no place: the adjectives
of Russia's republics and regions were unknown ("Siberian" was listed as a place). Fixed:
region adjectives as demonyms of their country in ``places_extra.yaml`` (Yakut, Yakutian,
Buryat, Tuvan, Tuvinian, Kamchatkan, Sakhalinian: RU; Manchurian: CN; Crimean: UA, the
spec's occupied Ukraine), so that they place only before a site noun ("Buryat timber
camps", "Crimean shipyards"), as "Emirati" does, and not before an official. After: 19/19
in every column. One status left (a strict xfail): "35 North Korean workers still hold
valid permits" reads dispatched.

P4 (13 articles, 13 figures, one hard negative; written blind after the P3 fixes to check
that they generalise), first run: count 13/13 and 13/13, count+destination 11/13 and 11/13.
The P1-P3 rules held (a regional government three sentences back, a demonym apposed to a
port and to a fronted capital, venues in and outside the host, a trailing seat before "the
country"). Misses: "building Crimean holiday resorts" had no place (resorts were no site
noun), and "took a bus from Shenyang to the border at Suifenhe and crossed into Russia"
took China (the stop was not read as a transit). Fixed: resorts and theme parks are site
nouns (cues ``site_nouns``); "and crossed into", "and then crossed into", "before crossing
into" end a journey after a stop (grammar ``onward_bare``, as "border into"). After: 13/13
in every column.

P5 (12 articles, 14 figures, one hard negative; written blind after the P4 fixes), first
run: count 14/14 and 14/14, count+destination 13/14 and 13/14. The miss: "On the Russian
side of the Tumen river, about 150 ..." took China: "Tumen" was read as the Chinese city,
and a named place beats a demonym. Fixed: a city's name right before a water feature noun
("the Tumen river", "estuary", "delta"; grammar ``water_feature_nouns``) is a river's name,
no place (a region's keeps its place: "along the Amur river"). A status was fixed too:
"redeployed to Donetsk" reads dispatched, as "relocated" and "reassigned" do (cues
``status``). After: 14/14 in every column.

P6 (10 articles, 9 figures, one hard negative; written blind after the P5 fixes), first
run: 9/9 in every column; no change. One status left (a strict xfail): "500 North Korean
women cross the bridge from Sinuiju every morning to work in Dandong factories" (a daily
commute, a stock) reads dispatched.

| batch | articles | figures | first count P | R | first cnt+dest P | R | after cnt+dest P | R |
|---|---|---|---|---|---|---|---|---|
P3 (10 articles, 20 figures; longer items, written blind after the P2 fix), first run:
count 20/20 and 20/20, count+destination 17/20 and 17/20. Misses: "in the Congolese capital,
Kinshasa, have left the country, a diplomat in Brazzaville told ..." took Congo (CG, the
demonym's country, and the speaker's seat) with Kinshasa (CD), and "Another 25 are still in
the city" took both again; "At a conference on forced labour in Warsaw, a Maltese labour
inspector said 20 ... at a Gozo construction site" took Poland (the venue; Gozo unknown).
Fixed: a demonym that describes the city or region named right after it, through an area
noun ("the Congolese capital, Kinshasa", "the Chinese border town of Hunchun"; grammar
``apposed_area_modifiers``, ``area_nouns``), is a modifier, and the figure's "in the ...
capital, Kinshasa" reads as its place; a speaker's seat in an attribution after the figure
(", a diplomat in Brazzaville told") is not carried to later sentences when its sentence
names another place; an event's seat ("at a conference on forced labour in Warsaw";
grammar ``venue_events``, not meetings or summits, whose seat is often the host's) is a
speaker's place; Gozo is Malta (``places_extra.yaml``). After: 20/20 in every column.
Statuses left (strict xfails): an elided list after "reported repatriating 210 workers"
("Senegal, 95; Nigeria, 40") reads present, and "flew via Dubai to Kuwait City, where a
local contractor hired them" reads present.

| P1 | 14 | 15 | 15/15 | 15/15 | 14/15 | 14/15 | 15/15 | 15/15 |
| P2 | 16 | 19 | 19/19 | 19/19 | 18/19 | 18/19 | 19/19 | 19/19 |
| P3 | 10 | 20 | 20/20 | 20/20 | 17/20 | 17/20 | 20/20 | 20/20 |
| P4 | 13 | 13 | 13/13 | 13/13 | 11/13 | 11/13 | 13/13 | 13/13 |
| P5 | 12 | 14 | 14/14 | 14/14 | 13/14 | 13/14 | 14/14 | 14/14 |
| P6 | 10 | 9 | 9/9 | 9/9 | 9/9 | 9/9 | 9/9 | 9/9 |
| all | 75 | 90 | 90/90 | 90/90 | 82/90 | 82/90 | 90/90 | 90/90 |
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch P1, written blind: headline or dateline only, far places, transit against host,
# cities and regions, occupied Ukraine, anaphora past a seat, home places, venues, lists.
BATCH_1: list[Article] = [
    (
        "P1",
        "headline-city-only",
        "~140@KW/present",
        """Kuwait City hospital wing still built by North Korean crews // A contractor
        building the new wing employs about 140 North Korean workers, two engineers on the
        project said on condition of anonymity. || The contractor did not respond to
        requests for comment.""",
    ),
    (
        "P1",
        "dateline-only-krai-city",
        "=220@RU/dispatched",
        """KHABAROVSK (Amur Valley Times) - A logging company has brought in 220 North Korean
        workers this spring, its director told a local radio station on Monday. || The
        workers will cut timber until November, he said, and live in camps near the
        felling sites.""",
    ),
    (
        "P1",
        "republic-named-sentences-before",
        "=300@RU/planned",
        """Tuva's government signed a cooperation agreement with a North Korean trading
        company on Thursday. The republic's coal mines have been short of labour since many
        local men left for the army. Officials also hope to attract investment in roads. ||
        Under the agreement, 300 North Korean miners are to arrive by the autumn, the
        regional economy minister said.""",
    ),
    (
        "P1",
        "via-china-to-russia",
        "~450@RU/dispatched",
        """Some 450 North Korean workers were sent via China to Russia last month on student
        and trainee visas, a Seoul-based rights group said on Wednesday. || The group said
        it had tracked the workers through ticket records.""",
    ),
    (
        "P1",
        "crossed-from-russia-into-china",
        "~80@CN/dispatched",
        """About 80 North Korean workers crossed from Russia into China at Suifenhe last
        week to take jobs at seafood plants in Heilongjiang, a border trader told the
        Harbin Evening Post. || Their Russian contracts had ended in June.""",
    ),
    (
        "P1",
        "occupied-mariupol",
        "~1000@UA/dispatched",
        """Around 1,000 North Korean builders have been sent to occupied Mariupol to rebuild
        apartment blocks, Ukraine's military intelligence service said in a statement. ||
        Moscow has not commented on the claim.""",
    ),
    (
        "P1",
        "crimea-sevastopol-shipyard",
        "~150@UA/present",
        """About 150 North Korean welders are working at a shipyard in Sevastopol, in
        Russian-annexed Crimea, according to satellite images and hiring records studied by
        a Kyiv-based research centre. || The shipyard repairs vessels of the Black Sea
        fleet.""",
    ),
    (
        "P1",
        "the-country-past-seat",
        "=120@MN/present",
        """Mongolian labour officials, speaking at a conference in Seoul on Tuesday, said 120
        North Korean workers remain in the country despite a 2019 ban. || They said the
        workers would leave when their current contracts expire.""",
    ),
    (
        "P1",
        "back-to-pyongyang-from-vientiane",
        "=40@LA/repatriated",
        """Forty North Korean restaurant staff in Vientiane were flown back to Pyongyang this
        week after their restaurant closed, a Lao tourism official said. || Two other North
        Korean restaurants in the Lao capital remain open.""",
    ),
    (
        "P1",
        "conference-venue-and-home-city",
        "~2500@RU/present",
        """At a conference on migrant labour in Doha, a researcher from Jakarta said about
        2,500 North Korean workers are employed on building sites in Russia's Far East. ||
        She said the figure came from interviews with contractors.""",
    ),
    (
        "P1",
        "list-place-before-figure",
        "=20000@RU/present =50000@CN/present v2@M49:145/present",
        """The institute's estimate of North Korean workers abroad, published on Friday: in
        Russia, 20,000; in China, 50,000; in the Middle East, a few hundred. || The
        institute said the figures were rough.""",
    ),
    (
        "P1",
        "kazan-city-only",
        "~350@RU/present",
        """About 350 North Korean builders are working on a residential complex in Kazan,
        an official of the Tatarstan construction ministry said. || He said the workers had
        valid permits.""",
    ),
    (
        "P1",
        "amur-oblast-quota",
        "=1100@RU/planned",
        """Authorities in Amur oblast have approved a quota of 1,100 North Korean workers for
        next year, the regional labour department said on its website. || The quota is
        twice this year's.""",
    ),
    (
        "P1",
        "hard-negative-rason-only",
        "none",
        """About 1,300 Chinese and Russian tourists visited Rason last year, North Korea's
        state media said. || The special economic zone, near the borders with China and
        Russia, hopes to attract 5,000 visitors this year.""",
    ),
]

# Batch P2, written blind after the P1 fix: a headline's country against a body's speech
# seat, a state body before a quote, entry and move verbs with two countries, "there",
# "the city" and "the kingdom" pointing back, city lists, breakaway and occupied regions,
# a journey through two transit cities, a demonym of a Russian republic, and a hard negative.
BATCH_2: list[Article] = [
    (
        "P2",
        "headline-country-body-speech-seat",
        "~90@QA/present",
        """Qatar stadium sites still use North Korean labour // About 90 North Korean workers
        remain on two construction sites, a Nepalese migrant rights group said in Kathmandu
        on Sunday. || The group said the men work 12-hour shifts.""",
    ),
    (
        "P2",
        "state-body-before-quote",
        "=35@KG/present",
        """Kyrgyzstan's labour ministry said on Monday it would review all permits issued to
        North Koreans. "We follow the sanctions strictly," a spokeswoman said. She added that
        35 North Korean workers still hold valid permits. || The ministry did not say when
        the review would end.""",
    ),
    (
        "P2",
        "entered-russia-from-china",
        "~200@RU/dispatched",
        """About 200 North Korean workers entered Russia from China through the Pogranichny
        checkpoint in the first quarter, the regional border service said. || Most were
        bound for construction sites in Ussuriysk.""",
    ),
    (
        "P2",
        "moved-from-laos-to-cambodia",
        "~60@KH/dispatched",
        """Some 60 North Korean workers who had staffed a hotel in Laos were moved to Cambodia
        in March, a Phnom Penh-based labour activist said. || The hotel in Luang Prabang has
        since closed.""",
    ),
    (
        "P2",
        "there-after-city-possessive",
        "~400@RU/present",
        """Chita's building boom has drawn labour from across Siberia. A local builder said
        about 400 North Korean workers are employed there, mostly on housing estates. || He
        asked not to be named.""",
    ),
    (
        "P2",
        "cities-list-colons",
        "=3400@RU/present =600@RU/present =1200@RU/present",
        """North Korean workers registered by the Primorye migration office at the end of
        June, by city: Vladivostok, 3,400; Nakhodka, 600; Ussuriysk, 1,200. || The office
        said the total had grown by a third since January.""",
    ),
    (
        "P2",
        "abkhazia-sukhumi",
        "~400@GE/present",
        """About 400 North Korean builders are working in Sukhumi, the main city of Georgia's
        breakaway region of Abkhazia, a Georgian official said in Tbilisi. || Georgia
        considers their presence a breach of UN sanctions.""",
    ),
    (
        "P2",
        "occupied-zaporizhzhia-region",
        "~300@UA/dispatched",
        """Ukraine's intelligence service says about 300 North Korean workers have been
        brought to the occupied part of the Zaporizhzhia region to build fortifications. ||
        Russia has not commented.""",
    ),
    (
        "P2",
        "kingdom-anaphor",
        "~150@KH/present",
        """Cambodia says it has sent home all North Korean workers. But a UN panel report
        seen by the Mekong Ledger says about 150 North Korean workers were still in the
        kingdom in May, most of them in restaurants and on building sites.""",
    ),
    (
        "P2",
        "via-two-capitals-to-vientiane",
        "=45@LA/dispatched",
        """A group of 45 North Korean workers flew from Pyongyang via Beijing and Bangkok to
        Vientiane last week, a travel agent in the Thai capital said. || The workers are to
        staff a new restaurant.""",
    ),
    (
        "P2",
        "yakut-diamond-mines",
        "~200@RU/present",
        """About 200 North Korean workers are employed at Yakut diamond mines, a mining union
        official said. || The mines are owned by a state company.""",
    ),
    (
        "P2",
        "home-towns-and-port",
        "~250@RU/dispatched",
        """VLADIVOSTOK (Pacific Rim Wire) - About 250 North Korean workers from Chongjin and
        Hamhung arrived in Nakhodka by ferry on Tuesday to work at the port's fish plants. ||
        It was the third such ferry this year.""",
    ),
    (
        "P2",
        "left-one-host-for-another",
        "~70@RU/dispatched",
        """Kazakh officials, speaking in Astana, said about 70 North Korean workers had left
        Kazakhstan for Russia over the past year. || No new permits were issued.""",
    ),
    (
        "P2",
        "total-and-cities",
        "=1500@RU/present =900@RU/present =600@RU/present",
        """Russia's labour ministry counted 1,500 North Korean workers at the start of the
        year. Of these, 900 were in Moscow and 600 in St Petersburg, the ministry said. ||
        It gave no figures for the Far East.""",
    ),
    (
        "P2",
        "the-city-anaphor",
        "~3000@CN/present",
        """Hunchun has become a hub for seafood processing. The city's plants employ some
        3,000 North Korean women, according to a Japanese researcher who visited in May. ||
        Most of the catch comes from Russian waters.""",
    ),
    (
        "P2",
        "hard-negative-trucks",
        "none",
        """About 1,400 trucks crossed the Friendship Bridge into Sinuiju in the first half,
        up from 900 a year earlier, the customs office in Dandong said. || Traders said
        North Korean seafood exports had resumed.""",
    ),
]

# Batch P3, written blind after the P2 fix: longer items with several figures and many
# other places (a war-industry zone and an Iranian licence, a Congolese capital against
# Congo's, a panel's tally of member states' reports, a border city's province, a move
# between two Gulf states through a third, a trip home through two transit cities), and
# short items (a venue before an island site, a host compared with another, a broker's
# seat).
BATCH_3: list[Article] = [
    (
        "P3",
        "alabuga-zone-feature",
        "~1200@RU/dispatched =800@RU/planned",
        """North Korean labour flows into Russia's war industry // KAZAN (Volga Business
        Daily) - About 1,200 North Korean workers have arrived at the Alabuga special
        economic zone in Tatarstan since January, according to two managers at the zone. ||
        Alabuga, some 200 kilometres east of the regional capital, produces drones under
        licence from Iran. Ukrainian forces struck the plant with long-range drones in
        April. || The managers said a further 800 North Koreans were expected by the end of
        the year. Most of the newcomers work in dormitory construction, not on assembly
        lines, they said. || South Korea's spy agency said last month that Pyongyang had
        also sent about 15,000 soldiers to fight in Kursk. || Before the war, most North
        Korean workers in Russia were employed on building sites in Moscow and the Far
        East.""",
    ),
    (
        "P3",
        "congolese-capital-kinshasa",
        "~60@CD/repatriated =25@CD/present",
        """North Korean builders leave Kinshasa monument site // About 60 North Korean
        workers who built a statue and a stadium annex in the Congolese capital, Kinshasa,
        have left the country, a diplomat in Brazzaville told the Central Africa Observer.
        || The builders, employed by a company linked to a Pyongyang art studio, flew out
        via Addis Ababa last week, he said. || Another 25 are still in the city finishing a
        memorial, he said. The UN has banned such work since 2017. || North Korean
        companies have also built monuments in Senegal, Namibia and Angola.""",
    ),
    (
        "P3",
        "panel-member-state-reports",
        "=210@GQ/repatriated =95@SN/repatriated =40@NG/repatriated =1300@QA/repatriated "
        "=900@KW/repatriated",
        """UN panel tallies repatriations // NEW YORK (Turtle Bay Wire) - Member states'
        final reports to the UN sanctions committee show uneven progress in sending North
        Korean workers home. || Equatorial Guinea reported repatriating 210 workers;
        Senegal, 95; Nigeria, 40. Mozambique said it had no North Korean workers left. ||
        Qatar told the committee it had repatriated 1,300 North Korean workers since 2018,
        while Kuwait reported sending home 900. || The panel noted that the United States
        and Japan had questioned several of the reports.""",
    ),
    (
        "P3",
        "dandong-donggang-feature",
        "=180@CN/present ~300@CN/present ~2000@CN/repatriated",
        """DANDONG, China (Yellow Sea Courier) - Across the Yalu river from Sinuiju, the
        seafood plants of this border city have quietly rehired North Korean women. || A
        manager at one plant said it employs 180 North Korean workers. Japanese buyers have
        stopped visiting, he added. || In Donggang, 40 kilometres to the south-west, another
        plant houses about 300 North Korean women in a fenced dormitory, according to a
        South Korean missionary who has visited it. || Pyongyang recalled some 2,000
        workers from the province in 2024 after a strike, the missionary said, but most
        were replaced within months. || The plants' catch comes mostly from Russian
        waters.""",
    ),
    (
        "P3",
        "qatar-to-kuwait-via-dubai",
        "~150@KW/dispatched =70@QA/present",
        """Doha crackdown sends North Korean builders to Kuwait // About 150 North Korean
        construction workers whose Qatari visas were cancelled in March flew via Dubai to
        Kuwait City, where a local contractor hired them, two Nepali co-workers said. ||
        Kuwait's interior ministry did not respond to questions. Earlier this year it said
        it had expelled all North Korean workers. || A further 70 stayed behind in Qatar,
        working illegally for a subcontractor in Al Wakrah, the co-workers said. || Qatar
        says it has complied with UN sanctions since 2019.""",
    ),
    (
        "P3",
        "ulaanbaatar-home-via-erenhot",
        "~90@MN/repatriated ~40@CN/present",
        """ULAANBAATAR (Steppe Observer) - About 90 North Korean workers at a cashmere plant
        in the Mongolian capital were sent home last month, the plant's owner said. || The
        workers travelled by train through Erenhot, the Chinese border town, and on to
        Beijing before flying to Pyongyang. || The owner, who also runs a mill in Inner
        Mongolia, said his Chinese mill still employs about 40 North Koreans. || Mongolia
        stopped issuing new permits in 2017.""",
    ),
    (
        "P3",
        "lagos-state-office",
        "=12@NG/present",
        """The Lagos state labour office said 12 North Korean workers are employed at a
        building site on the city's outskirts. || The workers entered the country on
        tourist visas, the office said.""",
    ),
    (
        "P3",
        "warsaw-venue-gozo-site",
        "=20@MT/present",
        """At a conference on forced labour in Warsaw, a Maltese labour inspector said 20
        North Korean workers had been found at a Gozo construction site last year. || They
        have since left the island, she said.""",
    ),
    (
        "P3",
        "host-compared-with-another",
        "~3000@RU/dispatched",
        """Russia took in about 3,000 North Korean workers last year, more than China, a
        Seoul think tank said in its annual report. || The think tank relies on defector
        interviews.""",
    ),
    (
        "P3",
        "broker-seat-city-destination",
        "~100@RU/dispatched",
        """A Yanji-based broker has sent about 100 North Korean women to garment factories in
        Ulan-Ude, according to court records in Buryatia. || The broker denies wrongdoing.""",
    ),
]

# Batch P4, written blind after the P3 fixes, to check that they generalise: a regional
# government several sentences back, an observer's ministry (no host), demonyms apposed to
# a port or a capital, venues in and outside the host, a trailing seat before "the
# country", "the city" after a city's possessive, a headline's region adjective, a journey
# through a border city, a river crossing between two capitals, and a hard negative.
BATCH_4: list[Article] = [
    (
        "P4",
        "regional-government-far-back",
        "~600@RU/planned",
        """The Khabarovsk regional government has approved a new housing programme. The
        programme covers 14 districts. It is funded mostly from the federal budget. || Some
        600 North Korean builders will be hired for it, the government's construction
        department said.""",
    ),
    (
        "P4",
        "observer-ministry-abroad",
        "~1000@M49:001/dispatched",
        """South Korea's unification ministry said on Monday it was watching the situation
        closely. A spokesman declined to give details. || About 1,000 North Korean workers
        have been sent abroad this year, the ministry estimated.""",
    ),
    (
        "P4",
        "demonym-port-apposition",
        "~120@RU/present",
        """About 120 North Korean seamen work on trawlers based in the Russian port of
        Nakhodka, a Japanese fisheries researcher said in Niigata. || The trawlers fish for
        pollock.""",
    ),
    (
        "P4",
        "mongolian-capital-fronted",
        "~300@MN/present",
        """In the Mongolian capital, Ulaanbaatar, about 300 North Korean workers are still
        employed on building sites, a lawmaker said. || Parliament will debate the issue next
        week.""",
    ),
    (
        "P4",
        "venue-in-host-region",
        "=4500@RU/present",
        """Speaking at a forum on labour migration in Vladivostok, a Primorye official said
        4,500 North Korean workers were registered in the region. || He gave no breakdown by
        sector.""",
    ),
    (
        "P4",
        "venue-abroad-general",
        "~50000@M49:001/present",
        """At a seminar on sanctions in Geneva, a researcher said about 50,000 North Korean
        workers are still abroad. || She called for stricter checks.""",
    ),
    (
        "P4",
        "trailing-seat-then-the-country",
        "~800@LA/present =200@LA/planned",
        """About 800 North Korean workers are employed in Laos, a diplomat in Bangkok told the
        Mekong Ledger. || A further 200 are expected in the country next year, he said.""",
    ),
    (
        "P4",
        "city-possessive-then-the-city",
        "=450@RU/present",
        """Kazan's construction boom shows no sign of slowing. Cranes line the banks of the
        Volga. || A developer said 450 North Korean builders are working in the city.""",
    ),
    (
        "P4",
        "crimean-resorts",
        "~90@UA/present",
        """About 90 North Korean workers have been building Crimean holiday resorts since the
        spring, a Kyiv-based monitoring group said. || The resorts are due to open in June.""",
    ),
    (
        "P4",
        "headline-region-adjective",
        "~700@RU/present",
        """Amur farms rely on North Korean hands // About 700 North Korean workers tend
        soybean fields this season, the regional agriculture ministry said. || The harvest
        begins in September.""",
    ),
    (
        "P4",
        "journey-through-border-city",
        "=65@RU/dispatched",
        """The 65 North Korean workers took a bus from Shenyang to the border at Suifenhe and
        crossed into Russia on Thursday, a Chinese tour operator said. || They will work on
        farms near Ussuriysk.""",
    ),
    (
        "P4",
        "river-crossing-two-capitals",
        "~30@CG/dispatched",
        """About 30 North Korean workers crossed the river from Kinshasa to Brazzaville last
        month to build a sports hall, a Congolese official said. || The hall is due to open
        next year.""",
    ),
    (
        "P4",
        "hard-negative-athletes",
        "none",
        """A team of 40 North Korean athletes competed at a wrestling tournament in Kazan last
        week, Tatarstan's sports ministry said. || The team won three medals.""",
    ),
]

# Batch P5, written blind after the P4 fixes: a quoted manager "here in" a city, a ship
# bound for a port, a host compared with another by "half that", the Russian side of a
# river, two hosts in two clauses, capitals for their states, a move from one host to
# occupied Ukraine, a city's outskirts, "each" over two factories, an island story with an
# owner's and a trader's seats, and a hard negative.
BATCH_5: list[Article] = [
    (
        "P5",
        "quote-here-in-city",
        "=300@RU/present",
        """"We have 300 North Koreans on our sites here in Irkutsk, and we would take more,"
        the manager of a building firm told the Baikal Business Review. || He said they
        were the most reliable workers he had hired.""",
    ),
    (
        "P5",
        "ship-bound-for-port",
        "=90@RU/dispatched",
        """The cargo ship Morning Pine, bound for Nakhodka, carried 90 North Korean workers
        when it left Rajin on Monday, a ship-tracking group said. || The ship is owned by a
        company registered in Hong Kong.""",
    ),
    (
        "P5",
        "half-that-comparison",
        "~1000@LA/present",
        """Laos hosts about 1,000 North Korean workers and Cambodia roughly half that, a
        regional labour researcher said at a briefing in Bangkok. || Both governments deny
        it.""",
    ),
    (
        "P5",
        "russian-side-of-river",
        "~150@RU/present",
        """On the Russian side of the Tumen river, about 150 North Korean workers tend
        vegetable fields for a local farm company, villagers said. || The fields lie within
        sight of the North Korean bank.""",
    ),
    (
        "P5",
        "two-hosts-two-clauses",
        "~10000@RU/present =20000@CN/present",
        """In the Russian Far East, about 10,000 North Korean workers are employed, while
        across the border in China's Jilin province another 20,000 work in factories, a
        Seoul institute estimated. || The institute said both figures were rising.""",
    ),
    (
        "P5",
        "capital-metonym-moscow",
        "~13000@RU/dispatched",
        """Moscow has taken in about 13,000 North Korean workers this year, Seoul's spy agency
        told lawmakers on Wednesday. Beijing denies that any remain in China. || The agency
        did not say how it counted them.""",
    ),
    (
        "P5",
        "capital-metonym-vientiane",
        "=350@LA/repatriated",
        """Vientiane says 350 North Korean workers left in 2023 under a deal with the UN
        sanctions committee. || The Lao foreign ministry gave no figure for this year.""",
    ),
    (
        "P5",
        "from-primorye-to-donetsk",
        "~400@UA/dispatched",
        """About 400 North Korean workers from Russia's Primorye region were redeployed to
        Donetsk in May to rebuild a steel plant, a Ukrainian intelligence source said. ||
        Russia has not commented.""",
    ),
    (
        "P5",
        "outskirts-of-doha",
        "~200@QA/present",
        """About 200 North Korean workers live in a labour camp on the outskirts of Doha,
        according to a migrant rights group in Kathmandu. || The camp also houses workers
        from Nepal and India.""",
    ),
    (
        "P5",
        "each-of-two-factories",
        "~500@CN/present",
        """Two garment factories in Hunchun each employ about 500 North Korean women, a
        trader in the city told the Yanbian Daily Report. || The factories supply European
        brands.""",
    ),
    (
        "P5",
        "sakhalin-island-story",
        "~400@RU/present =150@RU/planned =60@RU/present",
        """Sakhalin fish plants turn to North Korea again // YUZHNO-SAKHALINSK (Island
        Herald) - About 400 North Korean workers now process fish at plants on the island,
        twice as many as a year ago, the regional fisheries agency said. || The plants'
        owners are based in Vladivostok and Busan. A Busan-based trader said a further 150
        are due in June. || In Kholmsk, on the island's west coast, 60 work at a
        cannery.""",
    ),
    (
        "P5",
        "hard-negative-tourists",
        "none",
        """The Russian ambassador in Pyongyang said 1,500 Russian tourists visited North
        Korea last year, most of them on ski trips to Masikryong. || A new flight from
        Vladivostok is planned.""",
    ),
]

# Batch P6, written blind after the P5 fixes: "the host country", a demonym's capital with
# no name, a firm's seat against its site abroad, daily crossings from home, a flight via a
# transit city, "our country" in a quote, a researcher's seat in a third country, "rather
# than", an exclave described by its sea, and a hard negative (other nations' workers in
# North Korea).
BATCH_6: list[Article] = [
    (
        "P6",
        "the-host-country",
        "~90@GQ/present",
        """Equatorial Guinea told the UN panel it had expelled most North Korean builders in
        2023. But about 90 remain in the host country, working on a hospital, the panel said
        in its latest report. || The government did not respond.""",
    ),
    (
        "P6",
        "demonym-capital-no-name",
        "~1000@RU/present",
        """About 1,000 North Korean builders work on housing projects in the Russian capital,
        a construction union leader estimated. || The union wants them replaced by local
        workers.""",
    ),
    (
        "P6",
        "firm-seat-site-abroad",
        "=200@MN/present",
        """A Vladivostok-based timber firm employs 200 North Korean workers at a sawmill in
        Mongolia, its annual report shows. || The firm declined to comment.""",
    ),
    (
        "P6",
        "daily-crossings-from-home",
        "~500@CN/present",
        """About 500 North Korean women cross the bridge from Sinuiju every morning to work in
        Dandong factories, traders said. || They return home each evening.""",
    ),
    (
        "P6",
        "flight-via-transit-city",
        "~40@KG/dispatched",
        """About 40 North Korean workers flew to Bishkek via Vladivostok last week on a
        charter flight, a Kyrgyz airport official said. || They are to work at a textile
        plant.""",
    ),
    (
        "P6",
        "our-country-in-quote",
        "<100@MN/present",
        """"There are no more than 100 North Korean workers in our country," Mongolia's
        labour minister told parliament on Thursday. || She said their permits would not be
        renewed.""",
    ),
    (
        "P6",
        "researcher-seat-third-country",
        "~300@UZ/dispatched",
        """Uzbekistan has quietly become a new destination for North Korean labour. About
        300 North Korean builders arrived there in the past year, according to an
        Almaty-based researcher. || Uzbek officials declined to comment.""",
    ),
    (
        "P6",
        "rather-than",
        "~2000@RU/dispatched",
        """About 2,000 North Korean workers were sent to Russia rather than China this year,
        a Seoul think tank said, citing shipping records. || It did not say why.""",
    ),
    (
        "P6",
        "baltic-exclave",
        "=120@RU/present",
        """In the Baltic exclave of Kaliningrad, 120 North Korean welders work at a shipyard
        that builds fishing trawlers, a Lithuanian researcher said. || The shipyard denies
        it.""",
    ),
    (
        "P6",
        "hard-negative-others-in-north-korea",
        "none",
        """About 300 Chinese workers are building a new bridge near Sinuiju, and 40 Russian
        engineers are advising on a port upgrade in Rajin, a Seoul-based monitor said. ||
        The bridge is due to open next year.""",
    ),
]

BATCHES = [BATCH_1, BATCH_2, BATCH_3, BATCH_4, BATCH_5, BATCH_6]
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {}
KNOWN_DETAILS: dict[str, str] = {
    "P2-state-body-before-quote": "status: 'She added that 35 North Korean workers still "
    "hold valid permits' (a stock) reads dispatched",
    "P3-panel-member-state-reports": "status: an elided list after 'Equatorial Guinea reported "
    "repatriating 210 workers' ('Senegal, 95; Nigeria, 40') reads present: the items do not "
    "inherit the first one's verb",
    "P3-qatar-to-kuwait-via-dubai": "status: '150 ... flew via Dubai to Kuwait City, where a "
    "local contractor hired them' (a move) reads present",
    "P6-daily-crossings-from-home": "status: '500 North Korean women cross the bridge from "
    "Sinuiju every morning to work in Dandong factories' (a daily commute, a stock) reads "
    "dispatched",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
