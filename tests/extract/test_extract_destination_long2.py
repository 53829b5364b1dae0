"""Long feature stories (8-15 paragraphs) and medium items (3-5 paragraphs) written blind for
where a figure's workers are when the story around it names many other places: datelines
and headlines that alone place a figure, background paragraphs on history, sanctions and
other nations' migrants, a research body's or a quoted speaker's seat in a third country,
digressions on another region before a figure that returns to the story's place ("Another
1,500 are expected ..."), typed anaphors ("the sultanate", "the country", "there"), and
figures after a sentence that counts another group.

Written for this file (invented people, outlets, firms, figures), each batch committed
before its first run; notation and comparison as in ``test_extract_destination_hard.py``.
First runs, each batch before its own fixes (P / R of counts and of count+destination):

| batch | articles | figures | count P | count R | cnt+dest P | cnt+dest R |
|---|---|---|---|---|---|---|
| L1 | 10 | 23 | 23/24 | 23/23 | 20/24 | 20/23 |
| L2 | 10 | 20 | 18/18 | 18/20 | 15/18 | 15/20 |
| L3 | 9 | 21 | 19/19 | 19/21 | 13/19 | 13/21 |
| L4 | 8 | 14 | 14/14 | 14/14 | 13/14 | 13/14 |
| L5 | 7 | 15 | 15/15 | 15/15 | 13/15 | 13/15 |
| L6 | 6 | 10 | 10/12 | 10/10 | 10/12 | 10/10 |
| L7 | 5 | 8 | 8/8 | 8/8 | 6/8 | 6/8 |

L1 lost three destinations, each to a place of a background sentence: "Another 1,500 are
expected" after a Tokyo economist's quote ('"Japan watches the ferries from Rajin," he
said') took Japan; "A new group of 90 ... arrived on the island" after "Japan, whose northern
tip is only 40 kilometres away, has protested" took Japan; "A Thai official in Chiang Rai,
across the river, said about 500 ... are employed there" took the speaker's seat for
"there". After the fixes (an observer state is carried by context only when it was named as
a place; a speaker's seat may be followed by a comma or an aside before the speech verb;
"there" points to a place named before, not to the speaker's own state): count 23/24 and
23/23, count+destination 23/24 and 23/23 (the spurious figure is a count miss, a strict
xfail).

L2 was written after the L1 fixes and after two more rules had been added for the
destination-hard misses (context keeps the places of a sentence counting another group
that stand before that group's figure: "Russian employers are desperate for labour after a
million men were mobilised"; a verb of coming with no goal, "Another 600 are due to
arrive", comes to the dateline's place once the story placed workers there). It lost three
destinations: "about 60 ... were employed on a hotel project there" (a bare "there", no
place anaphor, after "a few small groups are back in the emirate") took a Cairo think tank's
seat and the Gulf of a quote; "A further 200 North Korean builders are due in the spring"
took the European Union of "The European Union has sanctioned Belarusian state firms"; and
"about 150 North Korean workers are employed by construction firms" after "Neighbouring
Thailand has far more foreign workers: about 2.5 million migrants ... work on Thai farms"
took Thailand (the new rule on other groups' sentences). Fixed: a bare "there" after the
figure is a place anaphor, and "there" takes the place of the sentence before, else the
seat of the speaker of its own sentence; a world region or bloc followed by an act of
sanction is an actor, not a host; in a sentence counting another group that the figure
does not point back to, only the places before that group's first figure count, and not
one set beside the story's ("neighbouring Thailand"). After: count 18/18 and 18/20,
count+destination 18/18 and 18/20 (the two count misses are bare figures, strict xfails).

L3 was written after the L2 fixes, with new wordings of the same traps; its first run lost
six destinations: "The city's seafood and garment plants employ about 3,000" after "From
the hills above this city you can see Russia" took Russia ("the city" is the dateline's
city); "Factory owners in Hunchun say about 500 more ... arrived in March" took the
Vladivostok of a digression (the arrival rule wanted a figure placed at the dateline by its
own sentence); "About 70 North Korean builders are working on a new port terminal here"
from ANADYR had no place (Anadyr was not in the gazetteer), and "A second group of 50 will
arrive in June" then took Alaska's US; "Roughly 150 more are employed ... in the north of
the landlocked country" took Thailand and Laos from "Thailand, to the south, has tightened
checks ... after reports that North Koreans were using Laos as a route"; "about 30 more
North Korean welders had worked at the yard" took Germany from "Germany, whose shipbuilders
buy hulls from Polish yards, said it would look into the report". Fixed: "the city"
(`place_types`) points to the nearest city named before, else the dateline's; an anaphor
may carry an adjective ("the landlocked country"); of the places context carries, those
that already placed a figure of the story win; the arrival rule counts every figure placed
at the dateline; gazetteer: Anadyr, Vang Vieng. After: count 19/19 and 19/21,
count+destination 18/19 and 18/21. Left as strict xfails: two bare figures ("Another 300
will come in June", "About 20 of the doctors") and the German reaction. Tried for it and not
kept: context first looks for the nearest sentence that names North Korea or placed a
figure; that fixes it but sends L2's "A further 200 North Korean builders are due in the
spring" (Belarus) to a Russian digression, and changes dev2's output.

L4 was written after the L3 fixes (the same kinds of trap in new places: "the port city",
"the state" of Sarawak, "the city's free trade zone", "the former Spanish colony", "the
Russian capital", "the Gulf emirate", a neighbouring krai). Its first run lost one
destination: "Another 500 North Korean builders are expected next year" took Kazakhstan
from "In Kazakhstan, ... officials said they had no plans to hire North Koreans". Fixed: a
sentence with no worker figure of its own that says its place hosts none (`host_denials`:
"no plans to hire", "never hosted", "not aware of any", "has none") lends no place to a
later figure. After: 14/14 and 14/14 both.

L5 was written after the L4 fixes. Its first run lost two destinations: "Malta, the EU's
smallest member, sent home its last 20" took Europe with Malta, and "A further 20 North
Korean workers are employed at a cement plant" took China from "China, which buys most of
the mine's coal, said it was not involved" (the German reaction of L3 again). Fixed: a
region in an apposition that describes the country before it ("Malta, the EU's ...") is a
modifier. Tried and not kept: a country described by a relative clause before it speaks
("China, which buys ..., said") as a third party; it fixed both reactions but, in the fitted
reporting, the host itself speaks in that shape of its own workers, and a figure there
changed. After: count 15/15 and 15/15, count+destination 14/15 and 14/15.

L6 was written after the L5 fixes; before its first run, region anaphors ("the krai", "the
oblast", "the province", ...) had been added for a regression elsewhere (a speaker's seat
before an aside, "a regional labour official in Primorsky Krai, was quoted ... employed in
the krai"). Its first run placed every figure it found; the two spurious figures are on the
count side (strict xfails): "Japan brought about 43,000 Koreans to Sakhalin" (wartime
Koreans read as North Korean workers) and "40 men in identical padded jackets climb out"
(a scene).

L7, a final measure written after the L6 run, expected 7 figures as committed (count 7/8 and
7/7, count+destination 5/8 and 5/7): "down from 6,000 before the pandemic" had been left
out and was added after the run (the table gives the corrected figures). It lost two
destinations: "About 90 North Korean workers are still in the country" took Nepal from
"Nepal sent more than 300,000 workers to Qatar" (the sender of another group), and "About
120 North Korean workers are building a spillway at the site, a Lao engineer said" took
Thailand from "The Nam Theun dam sells most of its power to Thailand". Fixed: the country
that sends another group's figure in its clause is theirs; a place a few words after "sells
... to" (`sale_verbs`) is a buyer. After: count 8/8 and 8/8, count+destination 7/8 and 7/8;
the dam's figure now has no place (a strict xfail: only "a Lao engineer said" names Laos).
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch L1, written blind: long features (Primorye builders with Central Asians and a Tokyo
# researcher, Oman and the sultanate after a Gulf digression, Dandong with a Russian aside,
# an African story placed by its headline, Mongolia with "the country" after an Inner
# Mongolia digression, Kursk after mobilisation) and medium items.
BATCH_1: list[Article] = [
    (
        "L1",
        "primorye-builders-long",
        "~3200@RU/dispatched ~15000@RU/present =1500@RU/planned",
        """Pyongyang's builders return to Primorye as Central Asians head west //
        VLADIVOSTOK (Pacific Ledger) - The scaffolding on Okeanskiy Prospekt went up in March,
        and the men who climb it each morning speak Korean. || Construction firms in the
        region have taken on about 3,200 North Korean workers since January, according to
        Irina Voloshina, who heads a builders' association in the city. || The newcomers fill
        a gap left by migrants from Uzbekistan and Tajikistan. More than 40,000 Central Asians
        worked in Primorye before the war; many have since moved to Moscow or to Kazakhstan,
        where the rouble's fall matters less. || "We simply cannot find people," Voloshina
        said. "The young men went west, or to the army." || The Seoul-based Institute for Far
        East Labour Studies, which tracks the flows with satellite images and shipping data,
        puts the number of North Korean workers across Russia at about 15,000. || Sanctions
        adopted by the UN Security Council in 2017 required member states to send such
        workers home by the end of 2019. Moscow told the council it had complied. || Kenji
        Mori, a labour economist at a university in Tokyo, said the figures were plausible.
        "Japan watches the ferries from Rajin very closely," he said. || Another 1,500 are
        expected before the autumn, when the city's new hospital must be finished, the
        association said. || Chinese firms, which dominate the local timber trade, have not
        joined the hiring.""",
    ),
    (
        "L1",
        "oman-sultanate-long",
        "~450@OM/present ~2800@QA/repatriated ~120@OM/dispatched",
        """MUSCAT (Gulf Observer) - Oman's construction boom has drawn workers from across
        Asia. || Labour ministry records seen by the Gulf Observer show that about 450 North
        Korean workers held permits in the sultanate at the end of last year, most of them
        employed by two contractors in Sohar. || The figure is small beside the 600,000 South
        Asians who work in Oman, but diplomats say it breaches UN sanctions. || Qatar and
        Kuwait acted on those sanctions in 2019 under pressure from Washington. Qatar alone
        sent home about 2,800 North Korean workers who had built its stadiums and roads,
        according to a rights group based in Geneva. || "The Gulf has largely complied," said
        Martin Keller, a sanctions expert at a Berlin university. "Oman is the exception." ||
        Some 120 North Korean builders arrived in the sultanate in February, a contractor in
        Sohar said. || Omani officials did not respond to requests for comment. The United
        Arab Emirates, whose ports handle much of the region's trade, said in a statement
        that it employs no North Koreans.""",
    ),
    (
        "L1",
        "dandong-plants-long",
        "~20000@CN/present >10000@RU/dispatched =3000@CN/present",
        """DANDONG, China (Northeast Wire) - The buses leave the dormitories at six, before the
        fog has lifted off the Yalu. || About 20,000 North Korean workers are employed in
        this border city's garment and seafood plants, according to estimates by a trade
        association in Shenyang. || Wages have risen this year, managers say, because the
        North Korean side demands more for each worker. One manager said he pays 2,800 yuan a
        month per worker, most of which goes to Pyongyang. || In Russia, by contrast, North
        Korean labour is concentrated in construction. Seoul's intelligence service says more
        than 10,000 North Korean workers have arrived there since 2023. || Back in Dandong,
        the factory managers say the women work 12-hour shifts. "They never complain," said
        one manager, who asked not to be named. || A further 3,000 work in Hunchun, a city in
        Jilin province, where a South Korean aid group based in Seoul says conditions are
        worse. || Beijing says it abides by all UN resolutions.""",
    ),
    (
        "L1",
        "equatorial-guinea-headline-long",
        "~200@GQ/present v3@M49:002/present ~150@AO/repatriated",
        """North Korean builders still at work in Equatorial Guinea, activists say // About 200
        North Korean construction workers remain, more than four years after a UN deadline
        for their return, an activist group said on Tuesday. || The group, which is based in
        Madrid, said the men were building a ministry complex in Oyala. || North Korea has a
        long history in Africa. Its Mansudae Overseas Projects built monuments in Senegal,
        Namibia and Zimbabwe, and at its peak it had thousands of workers across the
        continent. || Namibia expelled the last of them in 2019; Angola sent home about 150
        North Korean workers the same year. || A diplomat in Addis Ababa, where the African
        Union is based, said pressure on Malabo had eased. || The group said the workers'
        earnings go to the state in Pyongyang.""",
    ),
    (
        "L1",
        "mongolia-the-country-long",
        "~1200@MN/present ~80@MN/present ~300@MN/present",
        """ULAANBAATAR (Steppe Times) - Mongolia once hosted about 1,200 North Korean workers,
        mainly in construction and sewing, the labour ministry says. The last of their
        permits expired in 2019. || But builders in the capital say the North Koreans are
        back. || "I counted about 80 North Korean workers at one site in Khan-Uul district
        alone," said Batbold, a site engineer. || Across the border in Inner Mongolia, Chinese
        authorities have cracked down on illegal workers from Mongolia itself, deporting
        2,000 last year. || Kim Soo-jin, a researcher at a Washington institute, said the
        reports were hard to verify. "Pyongyang needs hard currency, and Mongolia is close,"
        she said. || About 300 North Koreans now work in the country, by her estimate.""",
    ),
    (
        "L1",
        "kursk-after-mobilisation-long",
        "~1000@RU/dispatched ~2000@RU/planned",
        """KURSK, Russia (Frontier Daily) - The villages around Sudzha were emptied by the
        fighting last year. || Russian firms lost about 500,000 men to the army and to
        emigration, the Higher School of Economics estimated. || About 1,000 North Korean
        workers arrived in the region this summer to rebuild houses, the governor's office
        said. || Ukraine's military intelligence says Pyongyang has also sent about 11,000
        troops to the front, some of them to Kursk. || The governor said he had asked Moscow
        for 2,000 more North Korean builders next year. || A spokesman for South Korea's
        foreign ministry in Seoul said the dispatch violated UN resolutions.""",
    ),
    (
        "L1",
        "laos-zone-there-medium",
        "~500@LA/present",
        """North Korean workers staff a casino zone on the Mekong // The Golden Lotus special
        economic zone in northern Laos has hotels, a casino and a new airport. || A Thai
        official in Chiang Rai, across the river, said about 500 North Korean workers are
        employed there, in restaurants, on building sites and in the casino's IT office. ||
        The zone's Chinese operator did not respond.""",
    ),
    (
        "L1",
        "poland-history-russia-now-medium",
        "~800@PL/present ~40000@RU/present",
        """GDANSK (Baltic Post) - A decade ago about 800 North Korean welders worked in Polish
        shipyards, hired through local agencies. || Poland stopped issuing them permits in
        2017 after a court in Warsaw found the agencies had broken labour law. || Today, Seoul
        says, the largest group of North Korean workers abroad is in Russia: some 40,000,
        most of them in construction.""",
    ),
    (
        "L1",
        "kuwait-other-migrants-medium",
        "~1800@KW/repatriated",
        """KUWAIT CITY (Desert Courier) - Kuwait employs about 700,000 Indian workers, the
        largest foreign community in the country. || Its North Korean workers are gone. The
        government sent home about 1,800 of them in 2018 and 2019, an official at the
        interior ministry said. || India's embassy said it was not aware of any problems.""",
    ),
    (
        "L1",
        "sakhalin-island-medium",
        "~600@RU/present ~90@RU/dispatched",
        """YUZHNO-SAKHALINSK (Island Herald) - About 600 North Korean workers are employed on
        Sakhalin, mostly at fish plants and on building sites, the island's labour office
        said. || Japan, whose northern tip is only 40 kilometres away, has protested. || A new
        group of 90 North Korean builders arrived on the island last week, the office said.""",
    ),
]

# Batch L2, written blind after the L1 fixes: long features (Qatar "the emirate" after a
# Gulf history, Khabarovsk with US and Japanese protests before "Some 700 more", Liaoning
# with a Japanese import ban and "the province", Cambodia after a Thai-migrants paragraph,
# Belarus with a Lithuanian official and the 2021 border crisis, a Chinese border crossing
# into Mongolia) and medium items (a ferry from Rajin, "the republic", an indictment filed in
# Boston, "the country" after South Asian migrants).
BATCH_2: list[Article] = [
    (
        "L2",
        "qatar-emirate-long",
        "~2800@QA/present ~2500@KW/repatriated ~60@QA/present",
        """DOHA (Peninsula Times) - Eight years after the last North Korean crews left its
        stadium sites, Qatar is building again. || At the peak of the World Cup construction,
        about 2,800 North Korean workers were employed in the emirate, according to a report
        by a Norwegian labour foundation. || Most were sent home in 2019. Kuwait expelled about
        2,500 North Korean workers the same year. || Rights groups in London and Geneva say the
        workers earned less than $100 a month, and that most of their wages went to Pyongyang.
        || "The Gulf was a cash machine for the regime," said Ahmed Farouk, a researcher at a
        think tank in Cairo. || Now, contractors say, a few small groups are back in the
        emirate. A site manager in Lusail said about 60 North Korean workers were employed on
        a hotel project there last month. || Qatar's labour ministry said it had no record of
        them.""",
    ),
    (
        "L2",
        "khabarovsk-protests-long",
        "~1100@RU/present =400@RU/present ~700@RU/dispatched",
        """KHABAROVSK (Amur Post) - The new bridge over the Amur will be finished by North
        Korean hands, the regional construction ministry confirmed on Monday. || About 1,100
        North Korean builders are working on the project, the ministry said, with another 400
        on housing sites in the city. || The United States says the arrangement violates UN
        sanctions. "Every one of these workers is a source of revenue for Pyongyang's weapons
        programmes," a State Department spokesman in Washington said. || Washington has
        sanctioned two Russian firms it says arranged the workers' visas. || Japan and South
        Korea have also protested. || Some 700 more are on their way by train from Tumangang,
        the ministry said. || Local residents say they rarely see the workers outside the
        sites.""",
    ),
    (
        "L2",
        "liaoning-province-long",
        "~5000@CN/present ~1500@CN/present v4@CN/dispatched",
        """SHENYANG, China (Liao Daily) - The seafood processors along Liaoning's coast had a
        bad year. || Japan's ban on seafood imports from China, imposed after the release of
        treated water from the Fukushima plant, cut orders by a third, exporters say. || Yet
        the plants still depend on North Korean labour. Around 5,000 North Korean women work
        in the province's fish and shellfish plants, according to a survey by a business
        association in Dalian. || In neighbouring Jilin, the number is smaller, perhaps 1,500,
        the association said. || South Korea's unification ministry says it cannot verify the
        figures. A ministry official in Seoul said Pyongyang had sent tens of thousands of
        workers to China since 2020. || Plant managers in Donggang said they had no plans to
        send the women home.""",
    ),
    (
        "L2",
        "cambodia-after-thai-migrants-long",
        "~150@KH/present",
        """North Korean restaurants and building crews linger in Cambodia // Phnom Penh's
        riverside still has two North Korean restaurants, their waitresses singing for tour
        groups from Seoul and Shanghai. || Neighbouring Thailand has far more foreign workers:
        about 2.5 million migrants from Myanmar, Laos and Cambodia itself work on Thai farms,
        fishing boats and building sites. || Behind the restaurants is a larger workforce:
        about 150 North Korean workers are employed by construction firms, according to a
        Cambodian rights group. || North Korea also ran restaurants in Bangkok until 2020, the
        group said. || "The restaurants are the visible part," said Sophal Keo, the group's
        director. "The builders are hidden." || Phnom Penh says it sent all North Korean
        workers home in 2019.""",
    ),
    (
        "L2",
        "belarus-transit-long",
        "~300@BY/present >10000@RU/dispatched =200@BY/planned",
        """MINSK (Belta Review) - Belarus has quietly become a destination for North Korean
        labour. || About 300 North Korean workers are now employed in the country, mainly at
        building sites in Minsk and Gomel, an official at the Belarusian labour ministry said.
        || The arrangement mirrors Russia's, where Seoul estimates more than 10,000 North
        Korean workers have arrived since 2023. || In Poland and Lithuania, which border
        Belarus, officials warn that Minsk may be acting as a transit point. "We see North
        Korean passports at our border posts," a Lithuanian border official in Vilnius said.
        || The European Union has sanctioned Belarusian state firms over the migrant crisis of
        2021, when thousands of people from the Middle East tried to cross into Poland. || A
        further 200 North Korean builders are due in the spring, the ministry official
        said.""",
    ),
    (
        "L2",
        "erenhot-crossing-long",
        "~90@MN/dispatched ~400@RU/present =50@MN/dispatched",
        """ERENHOT, China (Border Times) - Trucks loaded with coal queue for hours at this
        crossing between China and Mongolia. || Among the passengers, customs officers say,
        are North Korean workers moving between the two countries. About 90 North Korean
        workers crossed here into Mongolia last month, bound for building sites in
        Ulaanbaatar, a customs officer said. || Mongolia's government says it ended all North
        Korean labour contracts in 2019. || Further north, in Russia's Buryatia, about 400
        North Korean builders work on housing projects, a regional newspaper in Ulan-Ude
        reported. || Analysts in Seoul say the trade in workers is growing. "Pyongyang is
        testing every border," said Park Ji-won of a Seoul university. || Another 50 made the
        crossing this week, the customs officer said.""",
    ),
    (
        "L2",
        "rajin-ferry-medium",
        "~250@RU/dispatched",
        """North Korean workers arrive in Vladivostok by ferry // A ferry from Rajin docked on
        Thursday with about 250 North Korean workers on board, port officials said. || They
        will work on building sites across Primorye, the officials said.""",
    ),
    (
        "L2",
        "tuva-republic-medium",
        "~120@RU/dispatched",
        """KYZYL (Siberia Wire) - Tuva, one of Russia's poorest regions, has signed up about 120
        North Korean builders for a new hospital, the republic's government said. ||
        Neighbouring Mongolia sent home its last North Korean workers in 2019. || The builders
        will live in a dormitory near the site.""",
    ),
    (
        "L2",
        "boston-indictment-lagos-medium",
        "~40@NG/present",
        """North Korean IT workers in Nigeria, US says // A US Justice Department indictment
        unsealed in Boston says about 40 North Korean IT workers operated from Lagos, using
        stolen identities to win contracts with American firms. || The West African country
        has not commented. || Ghana and Benin were also named as bases for smaller
        groups.""",
    ),
    (
        "L2",
        "uae-south-asians-medium",
        "~200@AE/present",
        """DUBAI (Gulf Ledger) - The UAE's construction sector relies on some 3 million workers
        from South Asia. || Diplomats say about 200 North Korean workers are still in the
        country, despite the UAE's pledge to the UN to send them home. || The Indian consulate
        said its nationals' wages had risen.""",
    ),
]

# Batch L3, written blind after the L2 fixes: long features (a Nakhodka shipyard after
# Chinese workers and a Cyprus-registered owner, the Laos railway with "the landlocked
# country" after a Thai paragraph, Ugandan medics with a Nairobi lawyer and "the capital",
# a Seoul-datelined story on Mongolia, Hunchun with a Vladivostok mayor's quote) and medium
# items (a Moscow minister on the Far East, a Kuwaiti newspaper and "the Gulf state",
# Chukotka with Alaska across the strait, a Polish inspectorate with Germany's reaction).
BATCH_3: list[Article] = [
    (
        "L3",
        "nakhodka-shipyard-long",
        "~350@RU/dispatched >15000@RU/dispatched =300@RU/planned",
        """NAKHODKA (Primorsky Vestnik) - The dry docks of the Vostochny yard have been busy
        since spring. || Some 8,000 Chinese workers are employed in Primorye's shipyards and
        fish plants, but the yards say they can no longer match the wages paid across the
        border in Heilongjiang. || The yard has taken on about 350 North Korean welders and
        fitters this year, its deputy director said. || South Korea's National Intelligence
        Service, in a briefing to lawmakers in Seoul, said last month that North Korea had sent
        more than 15,000 workers to Russia since 2023. || The yard's owner, a holding company
        registered in Cyprus, declined to comment. || Another 300 will come in June, the deputy
        director said, once their dormitory is finished.""",
    ),
    (
        "L3",
        "laos-landlocked-long",
        "~400@LA/present ~150@LA/present",
        """VIENTIANE (Mekong Herald) - The railway that links Vientiane with Kunming has brought
        Chinese tourists, Chinese money and, increasingly, North Korean labour. || About 400
        North Korean workers are employed along the line, at stations, hotels and a cement
        plant near Vang Vieng, according to a Lao official who asked not to be named. || China
        has more than 100,000 of its own nationals in Laos, many of them working for the state
        firms that built the railway. || Thailand, to the south, has tightened checks at its
        border crossings after reports that North Koreans were using Laos as a route to the
        South. || "The numbers are small but growing," said Ryu Min-ho, a researcher at a
        Seoul institute. || Roughly 150 more are employed at a casino complex in the north of
        the landlocked country, he said.""",
    ),
    (
        "L3",
        "uganda-capital-long",
        "~40@UG/present ~20@UG/present",
        """North Korean medics still treat patients in Uganda, group says // KAMPALA (East Africa
        Monitor) - Some 40 North Korean doctors and nurses remain in Uganda, despite the
        government's 2017 pledge to end all military and medical cooperation with Pyongyang, a
        local rights group said. || Neighbouring Tanzania expelled its North Korean medics in
        2018, after a UN panel found they were earning money for the regime. || In Kenya,
        officials said they had never hosted any. || "Uganda is quietly breaking its word,"
        said Grace Achieng, a lawyer in Nairobi who follows sanctions cases. || About 20 of the
        doctors work at private clinics in the capital, the group said, and the rest at
        hospitals in the north.""",
    ),
    (
        "L3",
        "seoul-dateline-mongolia-long",
        "~250@MN/present ~1200@MN/repatriated >10000@RU/present =100@MN/planned",
        """SEOUL (Korea Times Wire) - North Korea has quietly resumed sending workers to
        Mongolia, a South Korean government official said on Wednesday. || About 250 North
        Korean workers are now in the country, most of them at construction sites in
        Ulaanbaatar, the official told reporters. || Mongolia sent home about 1,200 North
        Korean workers in 2017 and 2018 under UN sanctions. || Seoul has raised the matter with
        Ulaanbaatar, the official said. In Russia, by contrast, Seoul counts more than 10,000
        North Korean workers, and says their number is rising. || The official said another
        100 were expected to arrive in Mongolia before winter.""",
    ),
    (
        "L3",
        "hunchun-mayor-quote-long",
        "~3000@CN/present ~500@CN/dispatched",
        """HUNCHUN, China (Tumen Daily) - From the hills above this city you can see Russia and
        North Korea on the same horizon. || The city's seafood and garment plants employ about
        3,000 North Korean workers, according to a local business association. || Across the
        border in Russia's Primorye, the story is different: builders there have hired Uzbeks
        and Kyrgyz by the thousands, and Vladivostok's mayor has asked Moscow to approve more
        North Korean visas. || "We need 5,000 more workers," the mayor told a Russian
        newspaper. || Factory owners in Hunchun say about 500 more North Korean women arrived
        in March. || Beijing has not commented.""",
    ),
    (
        "L3",
        "moscow-minister-far-east-medium",
        "~6000@RU/present =2000@RU/planned",
        """A deputy labour minister in Moscow said on Tuesday that about 6,000 North Korean
        workers were employed in the Far East, most of them in Primorye and Khabarovsk. || He
        said the ministry had approved permits for 2,000 more North Korean workers. ||
        Kazakhstan and Uzbekistan remain the largest sources of migrant labour in Russia.""",
    ),
    (
        "L3",
        "kuwaiti-newspaper-gulf-state-medium",
        "~90@KW/present ~1800@KW/repatriated",
        """Kuwait's parliament has asked the government to explain reports that North Korean
        builders are back. || A Kuwaiti newspaper said about 90 North Korean workers were
        employed by a contractor building a hospital in Jahra. || The Gulf state sent home
        about 1,800 North Korean workers in 2019. || Neighbouring Saudi Arabia says it has
        none.""",
    ),
    (
        "L3",
        "chukotka-alaska-medium",
        "~70@RU/present =50@RU/planned",
        """ANADYR (Chukotka Today) - About 70 North Korean builders are working on a new port
        terminal here, the regional government said. || Alaska, across the Bering Strait, has
        no such workers, a US official in Anchorage noted. || A second group of 50 will arrive
        in June.""",
    ),
    (
        "L3",
        "szczecin-germany-reacts-medium",
        "=12@PL/present ~30@PL/present",
        """WARSAW (Vistula Post) - Poland's labour inspectorate said on Friday it had found 12
        North Korean welders at a shipyard in Szczecin, two years after the country stopped
        issuing them permits. || Germany, whose shipbuilders buy hulls from Polish yards, said
        it would look into the report. || The inspectorate said about 30 more North Korean
        welders had worked at the yard until last year.""",
    ),
]

# Batch L4, written blind after the L3 fixes: long features (the Tumen crossing with Rason's
# Chinese traders and "the port city", a closed Sarawak mine with an Indonesian paragraph
# and "the state", Dalian squid plants with an Osaka importer and a US import ban, Equatorial
# Guinea as "the former Spanish colony" with Spain's statement, the Urals after Central
# Asian builders left with a Kazakh digression before "Another 500") and medium items ("the
# Russian capital", a Qatar headline with "the Gulf emirate", "the krai" with a neighbouring
# krai's figure).
BATCH_4: list[Article] = [
    (
        "L4",
        "khasan-port-city-long",
        "~600@RU/dispatched ~250@RU/present",
        """VLADIVOSTOK (Pacific Ledger) - The rail bridge over the Tumen River carries more than
        coal these days. || About 600 North Korean workers crossed into Russia at Khasan in the
        first half of the year, according to border service data obtained by the Pacific
        Ledger. Most went on to Vladivostok and Nakhodka. || On the other side of the river
        lies Rason, North Korea's special economic zone, where Chinese and Russian firms run
        hotels and a casino. Several hundred Chinese traders live in the zone. || "The traffic
        only goes one way," said a Russian customs officer at Khasan. || In the port city,
        builders say the newcomers work on apartment blocks and a new ferry terminal. About 250
        North Korean workers are employed by a single contractor, its manager said.""",
    ),
    (
        "L4",
        "sarawak-state-long",
        "~170@MY/present ~50@MY/present",
        """KUCHING (Borneo Courier) - The coal mine at Selantik closed in 2017, and with it ended
        one of Malaysia's strangest labour arrangements. || About 170 North Korean miners
        worked there from 2014, hired through a Chinese contractor, according to court records
        seen by the Borneo Courier. || Malaysia cut ties with Pyongyang in 2021, after a court
        in Kuala Lumpur ordered a North Korean businessman extradited to the United States. ||
        Indonesia, whose migrants still make up most of Sarawak's plantation workforce, said
        at the time that it had no North Korean workers. || About 50 North Korean miners stayed
        on at timber camps in the state until 2019, a former camp manager said.""",
    ),
    (
        "L4",
        "dalian-osaka-importer-long",
        "~1200@CN/present =400@CN/planned",
        """DALIAN, China (Bohai Business) - The squid arrives frozen from Peru and leaves, peeled
        and packed, for supermarkets in Japan and South Korea. || In between, much of the work
        is done by North Korean women. About 1,200 North Korean women are employed at three
        plants in the city's free trade zone, according to a labour broker. || Japanese buyers
        say they cannot tell. "We audit the plants, but nobody told us about North Korean
        labour," said Takeshi Ono, a seafood importer in Osaka. || A US law passed in 2017
        bars imports made with North Korean labour, and American customs officers have seized
        shipments from two Chinese plants since then. || The broker said another 400 North
        Korean women would join the plants after the Lunar New Year.""",
    ),
    (
        "L4",
        "equatorial-guinea-former-colony-long",
        "~300@GQ/present",
        """MALABO (Gulf of Guinea Review) - Equatorial Guinea's new presidential palace, finished
        last year, was built largely by North Korean hands. || Diplomats in Malabo estimate
        that about 300 North Korean construction workers are still in the former Spanish
        colony, most of them at sites in Oyala. || Cameroon and Gabon, its neighbours, have not
        reported any. || Spain, which keeps close ties with its former colony, said in a
        statement that it supported UN sanctions. || The workers' wages are paid to a state
        company in Pyongyang, a Spanish diplomat said.""",
    ),
    (
        "L4",
        "urals-kazakh-digression-long",
        "~1000@RU/dispatched =500@RU/planned",
        """YEKATERINBURG (Urals Wire) - Russia's Urals are running out of builders. || Since
        2022, the region's building firms have lost about 30,000 workers from Tajikistan and
        Kyrgyzstan, who left for better pay in Moscow or went home, the regional labour
        ministry said. || North Korea has stepped in. About 1,000 North Korean builders arrived
        in the region this year, the ministry said. || "They work twelve hours and never
        complain," said a site foreman. || In Kazakhstan, where many Central Asian migrants
        have gone instead, officials said they had no plans to hire North Koreans. || Another
        500 North Korean builders are expected next year, the ministry said.""",
    ),
    (
        "L4",
        "russian-capital-medium",
        "~900@RU/present",
        """About 900 North Korean workers are employed on construction sites in the Russian
        capital, a Moscow city hall official said, the first time the city has given a figure.
        || Most work on housing projects in the New Moscow district. || Kazakhstan's embassy
        said its citizens were not affected.""",
    ),
    (
        "L4",
        "qatar-headline-gulf-emirate-medium",
        "~80@QA/present",
        """Qatar quietly lets North Korean crews back // About 80 North Korean workers are
        building villas for a developer near Al Wakrah, two people familiar with the project
        said. || The Gulf emirate told the UN in 2020 that it had sent all North Korean workers
        home. || Saudi Arabia and Oman did not respond to questions about their own
        workers.""",
    ),
    (
        "L4",
        "krai-neighbour-medium",
        "~1500@RU/present ~2000@RU/present =700@RU/planned",
        """VLADIVOSTOK (Primorye Today) - The krai's construction firms have asked Moscow to let
        them hire more North Koreans. || Neighbouring Khabarovsk Krai already employs about
        1,500 North Korean workers, its labour office says. || In Primorye itself about 2,000
        North Korean workers hold permits, and another 700 are waiting for them, the firms
        said.""",
    ),
]

# Batch L5, written blind after the L4 fixes: long features (Vientiane with a Thai paragraph
# before "the capital", Kuwait's expulsions with a US embassy and Filipino maids, a Seoul
# briefing round-up with a Tokyo analyst before "Another 3,000", a Gdansk story with Malta's
# last workers and "the country's yards") and medium items (a Mongolian mine with China's
# reaction, "the republic" of Sakha, "the city's export processing zone").
BATCH_5: list[Article] = [
    (
        "L5",
        "vientiane-capital-long",
        "~300@LA/present ~60@LA/present",
        """VIENTIANE (Lao Weekly Review) - North Korean builders are back on the skyline of the
        Lao capital. || About 300 North Korean workers are employed at three hotel and office
        projects in Vientiane, according to a Lao construction engineer who works alongside
        them. || Thailand, across the Mekong, has more than two million migrant workers, most
        of them from Myanmar, and says it has found no North Koreans among them. || "They are
        disciplined and cheap," the engineer said. || About 60 more North Korean workers staff
        restaurants in the capital, he said.""",
    ),
    (
        "L5",
        "kuwait-expulsions-reaction-long",
        "~1800@KW/repatriated ~100@KW/present",
        """KUWAIT CITY (Gulf Daily Wire) - Kuwait's decision in 2017 to expel North Korea's
        ambassador was the start of a wider clean-out. || Over the next two years the
        government sent home about 1,800 North Korean workers, an interior ministry official
        said. || The US embassy in Kuwait welcomed the move at the time. || The Philippines,
        whose maids make up a large part of Kuwait's domestic workforce, was negotiating its
        own labour deal with the emirate then. || About 100 North Korean workers stayed on
        until 2019 on a contract for a road project, a former contractor said.""",
    ),
    (
        "L5",
        "seoul-briefing-roundup-long",
        "~15000@RU/dispatched ~50000@CN/present ~2000@RU/present =3000@RU/planned",
        """SEOUL (Han River Wire) - North Korea has sent about 15,000 workers to Russia since
        2023, South Korea's spy agency told lawmakers on Thursday. || In China, the agency
        said, about 50,000 North Korean workers remain, mostly in seafood and garment plants.
        || About 2,000 of those in Russia work in Primorye, it said. || Hiroshi Kato, an
        analyst at a Tokyo think tank, said Japan's own estimate was similar. "Moscow needs
        them more than Beijing does," he said. || Another 3,000 North Korean workers are
        expected in Russia by the end of the year, the agency said.""",
    ),
    (
        "L5",
        "gdansk-malta-country-long",
        "~400@PL/present =20@MT/repatriated ~50@PL/present",
        """GDANSK (Baltic Post) - A decade ago, the welders on Gdansk's slipways included
        North Koreans. || About 400 North Korean workers held Polish permits in 2016, most of
        them at shipyards and farms, the labour inspectorate says. || Malta, the EU's smallest
        member, sent home its last 20 North Korean workers in 2017. || "Europe was never a
        big market for Pyongyang, but it was a prestigious one," said Anna Ribeiro, a
        researcher at a Lisbon university. || Polish officials say about 50 North Korean
        welders still worked in the country's yards in 2018.""",
    ),
    (
        "L5",
        "mongolia-mine-china-reacts-medium",
        "~40@MN/present ~20@MN/present",
        """Mongolia's labour ministry said on Monday that about 40 North Korean workers were
        employed at a coal mine in Omnogovi province. || China, which buys most of the mine's
        coal, said it was not involved. || A further 20 North Korean workers are employed at a
        cement plant, the ministry said.""",
    ),
    (
        "L5",
        "sakha-republic-medium",
        "~300@RU/present",
        """YAKUTSK (Sakha News) - The diamond republic is short of builders. || About 300 North
        Korean builders now work in the republic, on housing and a new bridge, the republic's
        labour ministry said.""",
    ),
    (
        "L5",
        "hunchun-zone-medium",
        "~800@CN/present",
        """HUNCHUN, China (Yanbian Business) - About 800 North Korean women work in the city's
        export processing zone, sewing clothes and packing seafood, a zone official said. ||
        Russia's border is 15 kilometres away.""",
    ),
]

# Batch L6, written blind after the L5 fixes: long features (Sakhalin's wartime Koreans
# before the island's North Korean workers, a UN report on the Gulf with the sanctions
# committee's politics, Vladivostok with a Seoul rights group and "the city") and medium
# items (an Uzbek trader's quote, Kamchatka's "peninsula" with Japan's fishing agency,
# Namibia after its expulsions).
BATCH_6: list[Article] = [
    (
        "L6",
        "sakhalin-wartime-koreans-long",
        "~500@RU/present =150@RU/dispatched",
        """YUZHNO-SAKHALINSK (Island Herald) - The island's Korean community dates back to the
        war. || Japan brought about 43,000 Koreans to Sakhalin to work in mines and forests,
        and most were stranded there when the Soviet army arrived in 1945. || Their
        descendants now run shops and cafes in the city. Some have relatives in South Korea,
        which began flying the elderly home in the 1990s. || Today's North Korean workers are a
        different matter. About 500 are employed at the island's fish plants and building
        sites, the regional labour office said. || "They keep to themselves," said a shop
        owner whose grandfather came from Daegu. || Another 150 North Korean workers arrived on
        the island this month, the office said.""",
    ),
    (
        "L6",
        "un-report-gulf-committee-long",
        "~1000@KW,QA,AE/present ~200@OM/present",
        """NEW YORK (UN Wire) - A confidential UN report seen by UN Wire says North Korean
        workers are still earning money for Pyongyang in the Middle East. || About 1,000
        remain in Kuwait, Qatar and the United Arab Emirates, the report says, many of them on
        construction sites. || The report's authors said they had asked all three governments
        for comment. Qatar replied that it had sent all North Korean workers home in 2019. ||
        The council's sanctions committee, chaired this year by Ecuador, will discuss the
        report next month. China and Russia are expected to block any new listings. || Some
        200 more work in Oman, the report adds, mostly in fishing.""",
    ),
    (
        "L6",
        "vladivostok-seoul-group-long",
        "~2000@RU/present >10000@RU/dispatched =500@RU/planned",
        """VLADIVOSTOK (Pacific Ledger) - On a cold morning in February, a bus pulls up outside a
        half-finished apartment block on Russky Island and 40 men in identical padded jackets
        climb out. || They are among about 2,000 North Korean workers now employed in the
        city, according to the regional migration service. || In Seoul, the human rights group
        NK Watch says such workers are watched by minders and paid little. "Their passports
        are taken away," said Lee Hyun-joo, the group's director. || South Korea's unification
        ministry estimates that more than 10,000 North Koreans have arrived in Russia since
        2023. || Builders in the city say another 500 are due by the summer.""",
    ),
    (
        "L6",
        "uzbek-trader-quote-medium",
        "~150@RU/present",
        """Uzbek traders who supply building materials to Vladivostok say the city's sites are
        changing. || "On one site alone there were about 150 North Korean workers last month,"
        said Jasur Karimov, a trader from Tashkent. || He said most of the Uzbek builders there
        had left for Moscow.""",
    ),
    (
        "L6",
        "kamchatka-peninsula-medium",
        "~200@RU/present",
        """PETROPAVLOVSK-KAMCHATSKY (Kamchatka Courier) - A new fish plant on the peninsula's
        east coast is being built by North Korean hands. || About 200 North Korean workers are
        on the site, the regional fisheries agency said. || Japan's fishing agency, which
        monitors catches in the nearby Kuril waters, declined to comment.""",
    ),
    (
        "L6",
        "namibia-after-expulsion-medium",
        "~30@NA/present",
        """WINDHOEK (Namib Times) - Namibia expelled its last North Korean workers in 2019, the
        government says. || But about 30 North Korean builders are still working at a military
        site near Okahandja, a local newspaper reported this week. || Angola and Zimbabwe, also
        past hosts, did not comment.""",
    ),
]

# Batch L7, written blind after the L6 run and the region anaphors: a final measure (a
# Khabarovsk feature with a Chinese timber paragraph and "the krai", a Doha story on Nepali
# workers with "the country", a Jilin feature with a Seoul defector's quote, a Mongolian
# aimag with a Russian border paragraph, a Lao dam with a Thai buyer).
BATCH_7: list[Article] = [
    (
        "L7",
        "khabarovsk-timber-krai-long",
        "~1300@RU/present =400@RU/planned",
        """KHABAROVSK (Amur Post) - The sawmills north of the city run around the clock. || About
        1,300 North Korean loggers and mill hands work in the krai, the regional forestry
        department said, most of them near Chegdomyn. || Chinese buyers take nearly all the
        timber, shipping it by rail through Suifenhe to furniture plants in Guangdong and
        Zhejiang. || "Without the Koreans the mills would stop," said a mill director, who
        asked not to be named. || The department said 400 more North Korean loggers would
        come in the spring.""",
    ),
    (
        "L7",
        "doha-nepali-the-country-long",
        "~90@QA/present",
        """DOHA (Gulf Ledger) - Nepal sent more than 300,000 workers to Qatar before the World
        Cup, and many have stayed. || Their embassy in Doha says wages have improved since
        the tournament. || North Korea's presence is far smaller. About 90 North Korean
        workers are still in the country, most of them at a single building site, two
        diplomats said. || India and Bangladesh, which also send large numbers of workers,
        declined to comment on the North Koreans.""",
    ),
    (
        "L7",
        "jilin-defector-quote-long",
        # corrected after the first run: "down from 6,000 before the pandemic" is a figure too
        # (an earlier level, as D2-dornogovi-down-from)
        "~4000@CN/present =6000@CN/present ~600@CN/dispatched",
        """YANJI, China (Northeast Wire) - Yanbian's food and garment plants have a new
        shortage: North Korean women. || About 4,000 North Korean workers are employed in the
        prefecture, according to a local trade association, down from 6,000 before the
        pandemic. || "We were locked in the dormitory and paid nothing," said Kim Su-yeon, who
        worked at a plant in Yanji and now lives in Seoul. || South Korea's unification
        ministry says about 200 North Koreans reached the South last year, most of them
        through China and Thailand. || The association said about 600 new workers arrived in
        the prefecture in March.""",
    ),
    (
        "L7",
        "mongolia-aimag-russian-border-medium",
        "~70@MN/present",
        """Mongolia's border with Russia runs for 3,500 kilometres, and Russian officials say
        trade across it has doubled. || About 70 North Korean workers are employed at a copper
        mine in Selenge province, a Mongolian lawmaker said on Tuesday, calling it a breach of
        UN sanctions. || The mine's owner did not respond.""",
    ),
    (
        "L7",
        "lao-dam-thai-buyer-medium",
        "~120@LA/present",
        """The Nam Theun dam sells most of its power to Thailand. || About 120 North Korean
        workers are building a spillway at the site, a Lao engineer said, and a Thai utility
        that buys the power said it was not aware of them.""",
    ),
]

BATCHES = [BATCH_1, BATCH_2, BATCH_3, BATCH_4, BATCH_5, BATCH_6, BATCH_7]
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "L7-lao-dam-thai-buyer-medium": "destination: 'About 120 North Korean workers are building a "
    "spillway at the site, a Lao engineer said' has no place: the dam is not in the gazetteer "
    "and a national who is no official ('a Lao engineer') does not speak for the state (it "
    "took the buyer Thailand before 'sells ... to' was read)",
    "L6-sakhalin-wartime-koreans-long": "count: 'Japan brought about 43,000 Koreans to Sakhalin "
    "to work in mines' (wartime Koreans, no North Koreans) is read as 43,000@RU",
    "L6-vladivostok-seoul-group-long": "count: 'a bus pulls up ... and 40 men in identical "
    "padded jackets climb out' (a scene, the men not yet called North Korean) is read as "
    "40@RU",
    "L3-nakhodka-shipyard-long": "count: 'Another 300 will come in June, the deputy director "
    "said' (no noun; the welders two paragraphs back) is not read",
    "L3-uganda-capital-long": "count: 'About 20 of the doctors work at private clinics in the "
    "capital' (a partitive of the doctors of the lead) is not read; with 'About 20 North "
    "Korean doctors' it is ~20@UG",
    "L5-mongolia-mine-china-reacts-medium": "destination: 'A further 20 North Korean workers "
    "are employed at a cement plant' takes China from 'China, which buys most of the mine's "
    "coal, said it was not involved' (a third party reacting; a host speaks of its own "
    "workers in the same shape, so the shape alone cannot tell)",
    "L3-szczecin-germany-reacts-medium": "destination: 'The inspectorate said about 30 more "
    "North Korean welders had worked at the yard' takes Germany from the sentence before "
    "('Germany, whose shipbuilders buy hulls from Polish yards, said it would look into the "
    "report': a state reacting, in a sentence that names no North Korean)",
    "L2-liaoning-province-long": "count: 'In neighbouring Jilin, the number is smaller, perhaps "
    "1,500' (a bare figure restating 'the number' of the sentence before) is not read",
    "L2-erenhot-crossing-long": "count: 'Another 50 made the crossing this week' (no noun; "
    "the workers who 'crossed here into Mongolia' two paragraphs back) is not read",
    "L1-mongolia-the-country-long": "count: 'Chinese authorities have cracked down on illegal "
    "workers from Mongolia itself, deporting 2,000 last year' (Mongolians, other nations' "
    "workers named by 'from') is read as 2,000@CN; the three Mongolian figures are placed "
    "right",
}
KNOWN_DETAILS: dict[str, str] = {
    "L4-krai-neighbour-medium": "status: 'another 700 are waiting for them' (for permits) "
    "reads present; waiting to be admitted is a plan",
    "L3-moscow-minister-far-east-medium": "status: 'the ministry had approved permits for 2,000 "
    "more North Korean workers' reads present, not planned (as D3-headline-figure-body-place)",
    "L1-primorye-builders-long": "status: 'The ... Institute ..., which tracks the flows with "
    "satellite images, puts the number of North Korean workers across Russia at about "
    "15,000' reads dispatched ('flows' of the relative clause); a stock (present)",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
