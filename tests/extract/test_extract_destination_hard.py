"""Items written blind for worker figures whose destination is hard to tell: the place
several sentences away or only in the headline; sentences naming several countries (an
employer's country, a transit country, a country that expelled workers against one that
took them in, moves "from Russia to China", an embassy's seat, a sanctions committee's
seat, a speaker's seat); demonyms and adjectives on workplaces ("Russian construction
sites", "Emirati contractors", "Chinese seafood plants"); sub-national places (Russian
republics and okrugs, Chinese prefecture-level cities, Mongolian aimags, African
capitals); ambiguous names (Guinea against Equatorial Guinea, "the Emirates", a person
called Jordan); the DPRK itself ("at home") as no destination; global totals
("worldwide", "abroad") and a total split over countries; fishing at sea.

Every article was written for this file (people, outlets, firms and figures invented) and
the expected claims were committed before the extractor was run on them. The claim
notation is that of ``test_extract_long_articles.py`` (``Q VALUE@DESTS/STATUS``; " // "
ends the headline, " || " a paragraph), the comparison that of
``test_extract_short_news.py``.

First runs (each batch before its own fixes), counts precision / recall and
count+destination precision / recall:

| batch | articles | figures | count P | count R | cnt+dest P | cnt+dest R |
|---|---|---|---|---|---|---|
| D1 | 10 | 12 | 12/12 | 12/12 | 11/12 | 11/12 |
| D2 (with D1) | 10 | 15 | 14/14 | 14/15 | 14/14 | 14/15 |
| D3 | 16 | 17 | 14/14 | 14/17 | 13/14 | 13/17 |
| D4 | 14 | 19 | 19/19 | 19/19 | 18/19 | 18/19 |
| D5 | 14 | 15 | 15/15 | 15/15 | 15/15 | 15/15 |
| D6 (long) | 5 | 13 | 11/11 | 11/13 | 8/11 | 8/13 |
| D7 (long) | 6 | 8 | 7/8 | 7/8 | 6/8 | 6/8 |
| D8 | 14 | 19 | 19/20 | 19/19 | 16/20 | 16/19 |
| D9 | 10 | 11 | 9/9 | 9/11 | 9/9 | 9/11 |
| D10 (long) | 5 | 11 | 11/12 | 11/11 | 10/12 | 10/11 |
| D11 (long) | 6 | 5 | 4/4 | 4/5 | 4/4 | 4/5 |
| D12 (long) | 6 | 7 | 7/7 | 7/7 | 6/7 | 6/7 |
| D13 | 8 | 11 | 11/11 | 11/11 | 10/11 | 10/11 |
| D14 (long) | 6 | 8 | 6/6 | 6/8 | 6/6 | 6/8 |
| D15 | 6 | 6 | 6/6 | 6/6 | 5/6 | 5/6 |
| all | 136 | 177 | 165/168 (0.98) | 165/177 (0.93) | 151/168 (0.90) | 151/177 (0.85) |

D6 as committed expected 12 figures (count 10/11 and 10/12, count+destination 7/11 and
7/12): "Kuwait and Qatar were once home to thousands of North Korean builders" had been
left out and was added after the run. D15 as committed read "Fewer than 1,000" as about
1,000 (count 5/6 and 5/6, count+destination 4/6 and 4/6); it is at most 1,000. The short
items of D1-D5 placed nearly everything; the long stories (D6, D7, D10, D12, D14) are where
destinations were lost: places of background paragraphs (a research body's seat, the
other clause's "member states", a quote's speaker, a digression on another region) and
typed anaphors ("the sultanate").

After the fixes: counts 165/168 and 165/177, count+destination 163/168 and 163/177. Every
count miss left is a strict xfail on the count or relevance side (bare or pronoun figures:
"some 3,000 operate from", "About 2,000 came", "its last 20", "It put their number at
several thousand", "About 400 of them"; an excluded predicate in an aside, "citing a local
union"; other nations' migrants read as workers); the two destination misses left are
"Another 600 are due to arrive ..., officials said" after a digression on Central Asia
(D10-amur-feature-long) and a figure after a sentence that counts another group ("after a
million men were mobilised", D13-russian-employers-before). The second passes since branch
dest9: context keeps the places of such a sentence before the other group's figure
(``test_extract_destination_long2.py``); the first is placed right there too (a verb of
coming with no goal comes to the dateline's place), its count miss remains. Later (branch cnt11,
test_extract_count_genres4.py) the count rules read "some 3,000 operate from", "About 2,000
came", "its last 20", "It put their number at several thousand", "citing a local union" and
"migrants ..., who number about 20,000" right; "About 400 of them now work" is read, but its
story never names North Korea and is gated out. With both branches merged, D10's figures are
all right (dest9 places "Another 600", cnt11 leaves the Central Asian migrants out).
"""

from __future__ import annotations

from . import test_extract_short_news as short_news  # article type, notation, checks

Article = short_news.Article  # (batch, name, expected claims, text)

# Batch D1, written blind: places far from the figure, several countries per sentence,
# demonyms on workplaces, sub-national places.
BATCH_1: list[Article] = [
    (
        "D1",
        "headline-krai-only",
        "~340@RU/present",
        """Zabaykalsky Krai sawmills lean on Pyongyang // A Chinese-owned timber company runs
        three sawmills near the border and ships most of its wood to Manzhouli. Its manager
        said the work was hard to staff. || About 340 North Korean loggers now work at the
        three mills, he said.""",
    ),
    (
        "D1",
        "far-east-three-sentences",
        "~4000@RU/dispatched",
        """Russia's Far East is short of builders. Local firms have long hired from Central
        Asia, but many Uzbeks and Tajiks have left for Moscow. Officials now look to
        Pyongyang instead. || About 4,000 North Korean workers arrived last year, the
        regional labour office said.""",
    ),
    (
        "D1",
        "expelled-vs-kept",
        "~150@AO/repatriated ~60@NA/present",
        """Angola sent home about 150 North Korean builders in 2018, while neighbouring
        Namibia kept some 60 at a monument site until 2019, diplomats said. || Both
        governments say the workers have now left.""",
    ),
    (
        "D1",
        "russia-to-jilin",
        "~500@CN/dispatched",
        """About 500 North Korean workers were moved from Russia to China's Jilin province
        last year after their Russian visas expired, a Seoul researcher said. || They now
        sew uniforms in Tumen.""",
    ),
    (
        "D1",
        "embassy-vientiane",
        "~300@KH,TH/present",
        """North Korea's embassy in Vientiane oversees about 300 North Korean workers in
        Cambodia and Thailand, a Lao diplomat told the Mekong Monitor. || The embassy did not
        answer calls.""",
    ),
    (
        "D1",
        "committee-emirates",
        "~2000@AE/present",
        """The UN Security Council's 1718 Committee, meeting in New York on Tuesday, heard that
        some 2,000 North Korean workers remain in the Emirates despite the 2019 deadline. ||
        The UAE mission did not comment.""",
    ),
    (
        "D1",
        "russian-construction-sites",
        ">10000@RU/present",
        """More than 10,000 North Korean workers are now on Russian construction sites, a South
        Korean lawmaker said on Thursday, citing the National Intelligence Service.""",
    ),
    (
        "D1",
        "emirati-contractors-sharjah",
        "~400@AE/present",
        """Emirati contractors employ about 400 North Korean labourers, most of them at sites
        in Sharjah and Ajman, a Gulf labour researcher said. || The contractors deny breaking
        sanctions.""",
    ),
    (
        "D1",
        "chinese-seafood-plants",
        "~2500@CN/present",
        """About 2,500 North Korean women process squid and crab at Chinese seafood plants, a
        Japanese researcher estimated. || Most of the plants are in Donggang.""",
    ),
    (
        "D1",
        "sakha-chukotka",
        "~800@RU/present =300@RU/present",
        """Some 800 North Korean builders work in the Sakha Republic and another 300 in
        Chukotka, a Yakutsk newspaper reported on Monday. || Both regions are short of
        labour.""",
    ),
]

# Batch D2, written blind with D1: cities and provinces off the common lists, African
# capitals, ambiguous names, "at home", global totals, a split total, fishing, a move after
# an expulsion.
BATCH_2: list[Article] = [
    (
        "D2",
        "mudanjiang-jixi",
        "~1500@CN/present",
        """About 1,500 North Korean workers are employed at garment and food factories in
        Mudanjiang and Jixi, two cities in Heilongjiang, a Harbin lawyer said.""",
    ),
    (
        "D2",
        "dornogovi-down-from",
        "~120@MN/present =300@MN/present",
        """About 120 North Korean workers are building a school in Dornogovi province,
        Mongolia's labour ministry said, down from 300 two years earlier. || The ministry
        expects the last of them to leave next year.""",
    ),
    (
        "D2",
        "malabo-brazzaville",
        "~100@GQ/present ~50@CG/present",
        """About 100 North Korean construction workers remain in Malabo, while some 50 are
        working on a stadium in Brazzaville, diplomats in Kinshasa said.""",
    ),
    (
        "D2",
        "guinea-equatorial-guinea",
        "~60@GN/present =200@GQ/present",
        """About 60 North Korean doctors work in Guinea and another 200 builders in Equatorial
        Guinea, a Conakry official said. || Neither government has reported them to the
        UN.""",
    ),
    (
        "D2",
        "jordan-speaker",
        "~1000@QA/present",
        """Qatar still hosts about 1,000 North Korean workers, said Jordan Whitfield, a
        researcher at a London institute. || Doha says all have left.""",
    ),
    (
        "D2",
        "it-at-home",
        "~3000@CN,RU/present",
        """North Korea keeps about 1,000 IT workers at home, while some 3,000 operate from China
        and Russia, the panel said. || They earn up to $3,000 a month each.""",
    ),
    (
        "D2",
        "worldwide",
        "~100000@M49:001/present",
        """North Korea has roughly 100,000 workers worldwide, a Seoul think tank estimated. ||
        The think tank did not break the figure down by country.""",
    ),
    (
        "D2",
        "split-of-those",
        "~4000@M49:001/present ~3000@RU/present =1000@CN/present",
        """About 4,000 North Korean loggers work abroad, a forestry researcher said. Of those,
        about 3,000 are in Russia and 1,000 in China.""",
    ),
    (
        "D2",
        "yellow-sea-trawlers",
        "~250@CN/present",
        """Some 250 North Korean fishermen work aboard Chinese trawlers in the Yellow Sea, a
        South Korean coast guard officer said. || The trawlers sail from Weihai.""",
    ),
    (
        "D2",
        "malaysia-then-indonesia",
        "~50@ID/present",
        """After Malaysia expelled them in 2017, about 50 North Korean miners found work in
        Indonesia, a Jakarta labour activist said.""",
    ),
]

# Batch D3, written blind after the D1-D2 fixes: longer items whose other sentences name
# many places (a war, sanctions' sponsors, a caption, a dateline), headline figures placed
# in the body, ambiguous names (Georgia, Niger, Congo, Macau), "in the North", sub-national
# places (Tuva, Ras al-Khaimah, Dongguan), a foreign-run site in a third country.
BATCH_3: list[Article] = [
    (
        "D3",
        "war-context",
        "~12000@RU/planned",
        """North Korea has sent troops to fight for Russia in Kursk, and artillery shells for
        use in Ukraine. || Beyond the battlefield, the regime also supplies labour: about
        12,000 workers are expected to arrive this year, a Ukrainian intelligence official
        said.""",
    ),
    (
        "D3",
        "headline-figure-body-place",
        "=5000@RU/planned",
        """North Korea to send 5,000 more builders // The construction ministry said on Friday
        it had approved permits for 5,000 North Korean builders for projects in Russia's Far
        East. || The permits run for a year.""",
    ),
    (
        "D3",
        "headline-vague-body-city",
        "v3@RU/present ~2000@RU/present",
        """Thousands of North Korean workers stranded // About 2,000 North Korean workers have
        been stuck in Vladivostok since the border closed, a city official said. || Their
        visas expired in March.""",
    ),
    (
        "D3",
        "caption-only",
        "~2000@RU/dispatched",
        """North Korean workers at a building site in Vladivostok in a 2019 file photo. ||
        Arrivals of North Korean workers have doubled this year, regional officials said.
        About 2,000 came in the first half alone.""",
    ),
    (
        "D3",
        "hunchun-three-sentences",
        "~1000@CN/present",
        """Hunchun's fish plants rely on cheap labour. Seoul and Washington have both urged
        Beijing to enforce sanctions, and the US Treasury last month named two trading firms.
        || About 1,000 North Korean women still work at the plants, a local trader said.""",
    ),
    (
        "D3",
        "geneva-dateline-headline-qatar",
        "~2800@QA/present",
        """Qatar's stadium builders // GENEVA (Labour Rights Wire) - A report published on
        Monday says about 2,800 North Korean workers helped build the venues. || The report
        relies on interviews with former workers now in Seoul.""",
    ),
    (
        "D3",
        "in-the-north-return",
        "~700@RU/repatriated",
        """About 700 North Korean workers returned from Russia's Amur region last month and
        were put to work on construction sites in the North, a source in Pyongyang said.""",
    ),
    (
        "D3",
        "macau-hong-kong-paper",
        "~150@MO/present",
        """About 150 North Korean women work at restaurants and a casino hotel in Macau, a Hong
        Kong newspaper said, citing a local union. || The hotel denied it.""",
    ),
    (
        "D3",
        "nigeria-not-niger",
        "~30@NG/present",
        """Nigeria hosts about 30 North Korean medical workers, while Niger has none, a Lagos
        researcher said. || The doctors work at state hospitals.""",
    ),
    (
        "D3",
        "kinshasa-drc",
        "~80@CD/present",
        """About 80 North Korean workers built a statue park in Kinshasa, the capital of the
        Democratic Republic of the Congo, between 2015 and 2018, a UN panel found.""",
    ),
    (
        "D3",
        "atlanta-georgia-it",
        "~300@CN,RU/present",
        """A federal court in Atlanta, Georgia, sentenced a US citizen on Tuesday for hosting
        laptops for North Korean IT workers. || Prosecutors said about 300 North Korean IT
        workers, based in China and Russia, used the laptops.""",
    ),
    (
        "D3",
        "batumi-georgia",
        "=120@GE/dispatched",
        """A Turkish contractor brought 120 North Korean workers to a hotel project in Batumi,
        Georgia, in 2016, the Georgian interior ministry said.""",
    ),
    (
        "D3",
        "tuva-kyzyl",
        "~150@RU/present",
        """About 150 North Korean workers are rebuilding a sports complex in Kyzyl, the capital
        of Tuva, a Krasnoyarsk newspaper said.""",
    ),
    (
        "D3",
        "ras-al-khaimah-fujairah",
        "~350@AE/present",
        """Roughly 350 North Korean workers are employed at quarries in Ras al-Khaimah and
        Fujairah, a researcher in Muscat said. || Both emirates deny it.""",
    ),
    (
        "D3",
        "russian-run-mine-car",
        "~300@CF/present",
        """A Russian-run gold mine in the Central African Republic employs about 300 North
        Korean workers, a French researcher said. || The mine's owner is under EU
        sanctions.""",
    ),
    (
        "D3",
        "dongguan-huizhou",
        "~600@CN/present",
        """About 600 North Korean women work at electronics plants in Dongguan and Huizhou, in
        Guangdong province, a Shenzhen labour activist said.""",
    ),
]

# Batch D4, written blind after the D3 fixes: longer features and round-ups with many
# places (a city scene, a minister's tour, a border town, a panel's country counts, a
# journey through transit cities, an airline named after a place, a former host's
# demonym), the two Congos, Hong Kong front companies placing workers in Macau, a fishing
# season at sea.
BATCH_4: list[Article] = [
    (
        "D4",
        "vladivostok-feature",
        "~30000@RU/present ~1500@RU/present >10000@RU/dispatched",
        """On a cold morning in Vladivostok, a bus pulls up outside an unfinished tower. The men
        who step off wear identical padded jackets. || They are North Korean, part of a
        workforce that Moscow says it no longer hosts. Russia told the UN in 2019 that it had
        hosted about 30,000 North Korean workers before the sanctions. || Today, local
        contractors say, the number is climbing again. One foreman estimated that about 1,500
        North Koreans work on sites across the city. "They come on student visas," he said. ||
        Seoul's spy agency told lawmakers last month that more than 10,000 North Korean
        workers had entered Russia since 2023.""",
    ),
    (
        "D4",
        "minister-tour",
        "~1000@LA/present ~1200@MN/repatriated",
        """North Korea's foreign minister toured Laos, Vietnam and Mongolia last week. In
        Vientiane she met the Lao prime minister; in Hanoi, trade officials. || Analysts say
        labour was on the agenda. About 1,000 North Korean workers are believed to be in
        Laos, mostly at restaurants and building sites, while Vietnam has expelled most of
        its own. || Mongolia, which sent home about 1,200 North Korean workers in 2019, has
        said it will not take more.""",
    ),
    (
        "D4",
        "border-town-plants",
        "~3000@CN/present",
        """Hunchun sits where China, Russia and North Korea meet. || Its seafood plants employ
        about 3,000 North Korean women, according to a trader who ships crab to Russia and
        South Korea.""",
    ),
    (
        "D4",
        "panel-country-counts",
        "~100000@M49:001/present",
        """A report to the Security Council's sanctions committee named 47 countries that had
        hosted North Korean workers. || Of those, 18 still had some last year, it said,
        including Russia, China, Laos and Equatorial Guinea. || In all, the panel believes
        about 100,000 North Korean workers are abroad.""",
    ),
    (
        "D4",
        "train-and-plane",
        "=200@RU/dispatched",
        """The group of 200 North Korean workers crossed the Yalu into Dandong by bus, took a
        train to Beijing and flew on to Moscow, where they were split between building sites
        in the capital and in Kazan, a person who organised the trip said.""",
    ),
    (
        "D4",
        "chinese-firm-out-of-nakhodka",
        "=60@RU/dispatched",
        """A Chinese fishing company operating out of Nakhodka hired 60 North Korean crew for
        its trawlers last spring, Russian port records show. || The company is registered in
        Dalian.""",
    ),
    (
        "D4",
        "africa-capitals",
        "~400@AO/present ~250@MZ/present",
        """North Korean builders have worked on palaces and stadiums across Africa. About 400
        were still in Luanda in 2017, the panel said, and some 250 in Maputo; Dar es Salaam
        and Kampala reported none.""",
    ),
    (
        "D4",
        "emirates-flight",
        "~300@KW/dispatched",
        """About 300 North Korean workers flew to Kuwait on an Emirates flight via Dubai, a
        travel agent in Beijing said. || They will work on a refinery.""",
    ),
    (
        "D4",
        "primorye-twice-khabarovsk",
        "~2000@RU/present",
        """In Primorye, officials counted roughly 2,000 North Korean workers last year, twice as
        many as in neighbouring Khabarovsk Krai. || Most work in construction.""",
    ),
    (
        "D4",
        "home-in-the-north",
        "~2000@RU/repatriated",
        """About 2,000 North Korean construction workers returned home from Russia last month;
        in the North, they were sent straight to a housing project in Pyongyang, a source
        said.""",
    ),
    (
        "D4",
        "two-congos",
        "~60@CG/present =40@CD/present",
        """About 60 North Korean workers are in the Republic of the Congo and another 40 across
        the river in the Democratic Republic of the Congo, a Kinshasa newspaper said.""",
    ),
    (
        "D4",
        "hong-kong-fronts-macau",
        "~120@MO/dispatched",
        """North Korean front companies in Hong Kong placed about 120 workers at restaurants in
        Macau over three years, a UN panel found. || The companies have since closed.""",
    ),
    (
        "D4",
        "bering-sea-season",
        "~400@RU/present",
        """Some 400 North Korean fishermen are working on Russian vessels in the Bering Sea this
        season, a Kamchatka official said, while Chinese boats with North Korean crews fish
        off Somalia.""",
    ),
    (
        "D4",
        "dalian-former-russian-plants",
        "~800@CN/present",
        """Seafood firms in Dalian have taken on about 800 North Korean women who had worked at
        Russian processing plants until last year, a Dalian trader said.""",
    ),
]

# Batch D5, written blind after the D4 fixes: capitals named by description ("the Russian
# capital", "the Lao capital"), capitals speaking for their states ("Beijing says", "Moscow
# plans"), occupied Ukraine (Mariupol, Crimea), a possessive before a country ("Russia's
# ally Belarus"), regional adjectives ("Siberian logging camps", "Far Eastern ports"),
# "the kingdom", examples of a world region, a quoted speaker's town, two world regions.
BATCH_5: list[Article] = [
    (
        "D5",
        "the-russian-capital",
        "~3000@RU/present",
        """About 3,000 North Korean workers are employed on building sites in the Russian
        capital, a Moscow city official said. || Most live in dormitories on the sites.""",
    ),
    (
        "D5",
        "lao-capital-restaurants",
        "~200@LA/present",
        """Some 200 North Korean workers staff restaurants and a clinic in the Lao capital, a
        Thai businessman who visits often said. || Prices are in dollars.""",
    ),
    (
        "D5",
        "beijing-says",
        "~20000@CN/present",
        """Beijing says it has sent home all North Korean workers under the UN sanctions. But
        about 20,000 remain, most of them at factories near the border, a Seoul researcher
        said.""",
    ),
    (
        "D5",
        "moscow-plans",
        "=15000@RU/planned",
        """Moscow plans to bring in 15,000 North Korean workers this year to ease a shortage of
        builders, a Russian business daily reported. || Pyongyang has not commented.""",
    ),
    (
        "D5",
        "mariupol-occupied",
        "~1000@UA/present",
        """About 1,000 North Korean builders are working in Russian-occupied Mariupol, the city's
        exiled mayor said on Telegram. || Russia denies using them.""",
    ),
    (
        "D5",
        "crimea-resorts",
        "~400@UA/present",
        """Around 400 North Korean workers are renovating hotels in Crimea ahead of the summer
        season, a Ukrainian rights group said.""",
    ),
    (
        "D5",
        "russias-ally-belarus",
        "~300@BY/dispatched",
        """About 300 North Korean workers have arrived in Russia's ally Belarus to work at a
        timber plant, a Vilnius-based news site reported.""",
    ),
    (
        "D5",
        "siberian-logging-camps",
        "~2000@RU/present",
        """About 2,000 North Korean loggers work in Siberian logging camps, a forestry expert in
        Seoul said. || The camps date from the 1960s.""",
    ),
    (
        "D5",
        "far-eastern-ports",
        "~600@RU/present",
        """Roughly 600 North Korean dockers and builders work at Far Eastern ports, a
        Vladivostok shipping agent said. || They load timber and coal.""",
    ),
    (
        "D5",
        "the-kingdom",
        "~100@KH/present",
        """Cambodia has promised the UN to enforce sanctions. About 100 North Korean workers
        remain in the kingdom, mostly at restaurants and an art studio, an NGO said.""",
    ),
    (
        "D5",
        "gulf-such-as",
        "~5000@M49:145/present",
        """About 5,000 North Korean workers are employed in Gulf states such as Kuwait and
        Qatar, a South Korean researcher estimated. || The number has fallen since 2017.""",
    ),
    (
        "D5",
        "quoted-resident-this-town",
        "v2@CN/present",
        """"There are hundreds of North Korean women working in the fish plants in this town,"
        said a resident of Donggang, a port on the Yalu estuary. || She asked not to be
        named.""",
    ),
    (
        "D5",
        "asia-and-africa",
        "~60000@M49:142/present ~3000@M49:002/present",
        """About 60,000 North Korean workers are in Asia and about 3,000 in Africa, a Seoul
        think tank estimated. || It did not count those in Europe.""",
    ),
    (
        "D5",
        "kuwaiti-construction-sites",
        "~1500@KW/present",
        """About 1,500 North Korean workers remain on Kuwaiti construction sites, a Gulf
        newspaper reported on Sunday, citing an interior ministry source.""",
    ),
]

# Batch D6, written blind after D5 had been run (no change): long stories of many
# paragraphs, in the style of wire features and analyses, whose background paragraphs name
# summits, sanctions, speakers' capitals and other groups between a figure and its place.
BATCH_6: list[Article] = [
    (
        "D6",
        "summit-background-long",
        "~15000@RU/dispatched =30000@RU/present v3@RU/present",
        """North Korean labour flows to Russia as ties deepen // SEOUL (Asia Desk) - When Kim
        Jong Un met Vladimir Putin at a spaceport in Russia's Amur region last year, the two
        leaders talked about rockets, grain and, according to officials in Seoul, labour. ||
        Since then, the flow of workers has quickened. South Korea's National Intelligence
        Service told lawmakers on Tuesday that about 15,000 had entered on student and
        trainee visas since January. || The figure is still below the roughly 30,000 North
        Korean workers Russia hosted in 2017, before the UN Security Council ordered member
        states to send them all home by the end of 2019. || Washington and Tokyo have
        protested. The US State Department said the arrivals breached the resolutions, and
        Japan's foreign minister raised the issue with her Chinese counterpart in Beijing. ||
        In Vladivostok, builders say the newcomers are everywhere. "There are thousands of
        them on the sites now," said a foreman at a housing project.""",
    ),
    (
        "D6",
        "china-analysis-long",
        "~50000@CN/present v2@CN/repatriated",
        """Analysis: China's quiet workforce // For years, the factories of Dandong and Hunchun
        have relied on North Korean women who sew, peel shrimp and assemble wigs. || Beijing
        insists it complies with UN sanctions. Yet researchers at a Washington think tank
        estimate that some 50,000 North Koreans still work in the country, most of them in
        Liaoning and Jilin provinces. || The pandemic made things harder. Border closures in
        2020 trapped workers for more than three years, and riots broke out at several plants
        in 2024, according to South Korean media. || Several hundred women were sent back
        across the Yalu after one riot, a trader said. Seoul has urged Beijing to let those
        who wish to defect go to the South.""",
    ),
    (
        "D6",
        "africa-feature-long",
        "~150@AO/present =80@NA/repatriated ~300@M49:002/present",
        """LUANDA (Africa Report Wire) - The bronze statue on the hill above the bay was built by
        North Korean hands. || Mansudae Overseas Projects, the state art studio sanctioned by
        the UN in 2016, has built monuments from Dakar to Windhoek. Angola's government told
        the UN it had expelled the company's staff, but about 150 North Korean workers were
        still in the country last year, diplomats said. || Namibia says it sent home 80
        builders in 2017 after a deal to construct a munitions factory and a new defence
        ministry headquarters was cancelled. || Across Africa, around 300 North Korean workers
        remain, a researcher at a Johannesburg institute estimates. Their earnings are sent to
        Pyongyang through banks in China.""",
    ),
    (
        "D6",
        "gulf-long",
        # corrected after the first run: "Kuwait and Qatar were once home to thousands of
        # North Korean builders" is a figure of its own (v3@KW,QA), left out when written
        "v3@KW,QA/present ~2000@KW/present ~1000@QA/present",
        """DOHA (Gulf Labour Monitor) - Kuwait and Qatar were once home to thousands of North
        Korean builders. || Both countries said in 2018 that they had stopped issuing new
        visas. Yet a confidential report to the UN sanctions committee in New York, seen by
        this publication, says about 2,000 North Korean workers remain in Kuwait. || The
        report also estimates about 1,000 in Qatar, many of them on projects run by Turkish
        and Chinese contractors. || Qatar's labour ministry said it had no record of them.
        Migrant workers from Nepal, India and Bangladesh make up most of the Gulf's
        construction workforce.""",
    ),
    (
        "D6",
        "mongolia-long",
        "~1200@MN/present =40@MN/present",
        """ULAANBAATAR (Steppe Post) - Mongolia once hosted about 1,200 North Korean workers,
        many of them on building sites in the capital and at textile plants in Darkhan. ||
        After the UN sanctions, the government stopped renewing their permits, and officials
        say the last of them left in 2019. || But a Mongolian labour inspector said this week
        that inspectors had found 40 North Korean workers at a cashmere factory in Erdenet in
        March. "They had come in as tourists," she said. || China and Russia, Mongolia's only
        neighbours, have both been accused of hosting far more.""",
    ),
]

# Batch D7, written blind after the D6 fixes: more long stories (an IT indictment, Kursk's
# reconstruction after the war, Europe's past hosts, Oman as "the sultanate" after Kuwait,
# a Lao casino zone near the Thai border, restaurants after a defection).
BATCH_7: list[Article] = [
    (
        "D7",
        "it-indictment-long",
        ">130@CN,RU/present",
        """ST. LOUIS (Court Wire) - A federal grand jury in Missouri has indicted 14 North Koreans
        accused of working as remote IT contractors under false names for US companies. || The
        Justice Department said the men worked for two front firms, one in Shenyang and one in
        Vladivostok, that together employed at least 130 North Korean IT workers. || Their
        earnings, at least $88 million over six years, went to Pyongyang's weapons programmes,
        prosecutors said. The FBI has offered a reward for information on the firms'
        managers.""",
    ),
    (
        "D7",
        "kursk-rebuilding-long",
        "~5000@RU/planned",
        """North Korean troops helped Russia push Ukrainian forces out of the Kursk region this
        spring. || Now Pyongyang is sending builders. A Russian deputy minister said on Monday
        that about 5,000 North Korean workers would help rebuild towns damaged in the fighting
        there, and that 1,000 military engineers would clear mines. || Kyiv said the move
        showed how closely the two countries now work together.""",
    ),
    (
        "D7",
        "europe-past-hosts-long",
        "~800@PL/present =20@MT/repatriated ~1000@M49:150/present",
        """WARSAW (Central Europe Desk) - Between 2006 and 2016 Poland issued about 2,700 work
        permits to North Koreans. || At the peak, about 800 North Korean workers were employed
        in the country, at shipyards in Gdansk and Gdynia and on farms near the German border,
        labour inspectors found. || Malta sent home its last 20 in 2017, after a report by
        the UN panel. In all, about 1,000 North Korean workers were in Europe at the peak,
        researchers at a Dutch university estimated.""",
    ),
    (
        "D7",
        "the-sultanate-after-kuwait",
        "~300@OM/present",
        """Oman has hosted North Korean builders since the 2000s, on roads and hotels in Muscat
        and Salalah. || Kuwait, which once had about 5,000, says it sent the last of them home
        in 2019 and has issued no visas since. || Yet about 300 North Korean workers are still
        in the sultanate, a Gulf labour researcher said.""",
    ),
    (
        "D7",
        "lao-casino-zone-long",
        "~500@LA/present",
        """VIENTIANE (Mekong Desk) - A Chinese-built railway now links the Lao capital to
        Kunming, and Chinese money fills the casinos of the Golden Triangle. || Some of that
        money pays North Korean workers. About 500 of them are in Laos, a Thai researcher
        estimated, most at restaurants in Vientiane and Luang Prabang and a few at a
        Chinese-run casino zone in Bokeo province, near the Thai border.""",
    ),
    (
        "D7",
        "restaurants-after-defection-long",
        "~600@CN/present",
        """In 2016, 13 North Korean waitresses walked out of a restaurant in Ningbo and flew to
        Seoul via Kuala Lumpur. || Since then, Pyongyang has kept a closer watch on its
        restaurants abroad. In Shenyang alone, about 30 North Korean restaurants employ some
        600 waitresses and cooks, a Chinese restaurant owner said. || The women are rarely
        allowed out unescorted.""",
    ),
]

# Batch D8, written blind after the D7 fixes: "where" after a place, an absolute "with"
# list, the place in the next sentence, a dateline city among other nations' workers, a
# cumulative figure, a dash aside naming the home town, "Russia's east and China's
# northeast", an appositive host country, a defector "in the South", "the two Koreas",
# krais with "respectively", the Balkans.
BATCH_8: list[Article] = [
    (
        "D8",
        "libya-where",
        "~300@LY/present",
        """Libya's civil war trapped foreign workers of many nations in 2011. North Korea was
        slow to bring its own home: Libya, where about 300 North Korean doctors and builders
        were working, was one of its older markets. || Egypt and Tunisia took in thousands of
        fleeing migrants.""",
    ),
    (
        "D8",
        "with-absolute-list",
        "~50000@CN/present =20000@RU/present",
        """North Korea has workers in about 20 countries, with some 50,000 in China and 20,000
        in Russia, a Seoul think tank said. || The think tank did not give its sources.""",
    ),
    (
        "D8",
        "next-sentence-most-went",
        "~3000@RU/dispatched",
        """About 3,000 North Korean workers arrived in the first half of the year, the interior
        ministry in Moscow said. Most went to building sites in Primorye and Khabarovsk.""",
    ),
    (
        "D8",
        "dateline-among-others",
        "~400@RU/dispatched",
        """KHABAROVSK (Amur Courier) - Chinese and Uzbek workers have long filled the city's
        building sites. || Now about 400 North Korean workers have joined them, at two
        residential projects on the Amur embankment, a site manager said.""",
    ),
    (
        "D8",
        "cumulative-decade",
        ">150000@RU/present",
        """Over the past decade, more than 150,000 North Koreans have worked in Russia at one
        time or another, a Moscow economist estimated. || Few stayed longer than three
        years.""",
    ),
    (
        "D8",
        "dash-aside-hometown",
        "~400@RU/dispatched",
        """The workers - about 400 of them, all from Chongjin - arrived in Nakhodka by ferry last
        week, port officials said. || They will work at a fish plant.""",
    ),
    (
        "D8",
        "east-and-northeast",
        "~70000@RU,CN/present",
        """About 70,000 North Korean workers are spread across Russia's east and China's
        northeast, an American researcher estimated. || Her estimate is higher than
        Seoul's.""",
    ),
    (
        "D8",
        "host-country-apposition",
        "~200@GQ/present",
        """The host country, Equatorial Guinea, has never reported the 200 or so North Korean
        builders working on its new capital, Ciudad de la Paz. || The government did not
        reply.""",
    ),
    (
        "D8",
        "defector-in-the-south",
        "~1500@RU/present",
        """A former logger who now lives in the South said about 1,500 North Korean workers were
        at his camp in Tynda, in Amur Oblast, when he escaped in 2015.""",
    ),
    (
        "D8",
        "two-koreas-overseas",
        "~100000@M49:001/present",
        """Relations between the two Koreas remain frozen. Seoul's unification ministry said on
        Monday that North Korea still has about 100,000 workers overseas, mostly in China and
        Russia.""",
    ),
    (
        "D8",
        "krais-respectively",
        "=4100@RU/present =2300@RU/present =900@RU/present",
        """Primorsky Krai, Khabarovsk Krai and Sakhalin reported 4,100, 2,300 and 900 North
        Korean workers respectively at the end of last year.""",
    ),
    (
        "D8",
        "vietnamese-cambodian-authorities",
        "~80@VN/repatriated =40@KH/repatriated",
        """Vietnamese authorities expelled about 80 North Korean workers last year, and
        Cambodian authorities expelled 40 more North Korean workers in March.""",
    ),
    (
        "D8",
        "embassy-moscow-to-kazan",
        "=250@RU/dispatched",
        """North Korea's embassy in Moscow arranged for 250 workers to go to Kazan, in
        Tatarstan, to build a stadium, a Russian newspaper reported.""",
    ),
    (
        "D8",
        "balkans",
        "~50@RS/present =30@ME/present",
        """About 50 North Korean workers were found at a building site in Belgrade, and 30 at a
        hotel project in Montenegro, a Balkan investigative network reported.""",
    ),
]

# Batch D9, written blind after the D8 fixes: a speaker's relative clause that names the
# workers' place (the only place) against one that names another, a ship docking, a
# trading firm's seat against where it sends, "bound for", Kuwait City, a figure in a
# "where" clause, a headline with a colon, "the rest", a border's side.
BATCH_9: list[Article] = [
    (
        "D9",
        "quote-speaker-runs-site",
        "~200@RU/present",
        """"We have about 200 North Koreans on the site, and they never take a day off," said a
        manager who runs a housing project in Blagoveshchensk. || He asked not to be
        named.""",
    ),
    (
        "D9",
        "speaker-exports-elsewhere",
        "~900@CN/present",
        """Garment factories in Dandong employ about 900 North Korean women, said a buyer who
        ships the clothes to Japan and Europe. || The labels say "Made in China".""",
    ),
    (
        "D9",
        "ship-docking",
        "=50@RU/dispatched",
        """A North Korean-flagged cargo ship carrying 50 workers docked at Nakhodka on Tuesday,
        ship-tracking data showed. || The ship left Rajin on Sunday.""",
    ),
    (
        "D9",
        "dandong-firm-sends-to-russia",
        "~100@RU/dispatched",
        """A Dandong-based trading company sends about 100 North Korean workers to Russia every
        year, according to contracts seen by a Seoul newspaper.""",
    ),
    (
        "D9",
        "bound-for-stopped-at-khasan",
        "~150@RU/dispatched",
        """About 150 North Korean workers bound for Vladivostok crossed the border at Khasan on
        Friday, Russian border officials said. || Their papers were in order.""",
    ),
    (
        "D9",
        "kuwait-city",
        "~250@KW/present",
        """About 250 North Korean workers are still building a hospital in Kuwait City, a Gulf
        newspaper said, citing a contractor.""",
    ),
    (
        "D9",
        "where-most-of-them",
        "~12000@RU/present",
        """North Korea's workers in Russia now number about 12,000, officials in Seoul say. ||
        Primorsky Krai, where most of them live, has the largest share.""",
    ),
    (
        "D9",
        "headline-colon",
        "=300@MN/repatriated",
        """Mongolia: 300 North Korean workers face deportation // The labour ministry said on
        Monday the workers' permits would not be renewed.""",
    ),
    (
        "D9",
        "of-the-thousand-the-rest",
        "~1000@M49:145/present =600@KW/present",
        """About 1,000 North Korean workers remain in the Gulf, a labour researcher said. Of
        those, 600 are in Kuwait and the rest in Qatar.""",
    ),
    (
        "D9",
        "russian-side-of-border",
        "~500@RU/present",
        """About 500 North Korean workers grow vegetables on farms on the Russian side of the
        Amur, across from the Chinese city of Heihe, a farm owner said.""",
    ),
]

# Batch D10, written blind after the D9 fixes: long stories again (a Russian regional
# feature with Central Asian migrants, a UN panel summary over many countries, a Chinese
# seafood town after riots, a Gulf feature with a transit hub, an African monument story,
# a sanctions-evasion feature with ships), several figures each.
BATCH_10: list[Article] = [
    (
        "D10",
        "amur-feature-long",
        "~2500@RU/present v3@M49:143/present =600@RU/planned",
        """BLAGOVESHCHENSK (Far East Courier) - Across the river from the Chinese city of Heihe,
        cranes crowd the skyline of this regional capital. || Most of the men on the sites
        are migrants from Uzbekistan and Tajikistan, who number about 20,000 in the Amur
        region. But about 2,500 North Korean workers are also employed here, the regional
        migration office said. || Thousands more North Koreans work in Central Asia, it added,
        though it gave no figures for Kazakhstan or Kyrgyzstan. || Another 600 are due to
        arrive in April for a bridge project, officials said.""",
    ),
    (
        "D10",
        "panel-summary-long",
        "~100000@M49:001/present =18500@RU/repatriated =1100@KW/repatriated",
        """NEW YORK (UN Wire) - The UN panel of experts on North Korea said in its final report
        that about 100,000 North Korean workers remain abroad despite the 2019 deadline. ||
        Member states reported sending home some of them: Russia said it had repatriated
        18,500, and Kuwait 1,100. || The panel, whose mandate Russia vetoed last year, said
        China had not reported any figures. || Diplomats in New York and Geneva said the
        report would be the panel's last.""",
    ),
    (
        "D10",
        "seafood-town-after-riots-long",
        "v3@CN/present ~200@CN/repatriated",
        """Donggang's seafood plants are quiet again. || Thousands of North Korean women still
        gut fish and peel shrimp in the port's factories, traders say, a year after riots over
        unpaid wages shook several plants in Jilin and Liaoning. || After the riots, about 200
        of the women were sent back to Sinuiju, across the Yalu, a source in Pyongyang said. ||
        Seoul's unification ministry said it could not confirm the reports.""",
    ),
    (
        "D10",
        "gulf-hub-long",
        "~800@QA/dispatched",
        """DUBAI (Gulf Wire) - For years Dubai's airport was the hub through which North Korean
        builders reached the Gulf. || Flights from Pyongyang via Beijing and Dubai carried
        about 800 North Korean workers to Doha in 2016 alone, a travel agent in the emirate
        said. || Qatar says the last of them left in 2019. The UAE says it enforces the
        sanctions.""",
    ),
    (
        "D10",
        "ships-evasion-long",
        "~300@RU/present ~120@CN/present",
        """North Korea uses its fishing fleet to evade sanctions, a report by a London think tank
        found. || About 300 North Korean fishermen work on Russian trawlers in the Sea of
        Japan, the report said, and their catch is sold in Busan and Osaka under false
        labels. || Another 120 crew work on Chinese boats off Zhoushan, it said. || Japan's
        coast guard declined to comment.""",
    ),
]

# Batch D11, written blind after D10 had been run (no rule changed): long stories (a
# regional official's interview, workers lost to the other side of a border, the Soviet Far
# East's history, an IT advisory over five countries, the Kremlin speaking, a Gulf story with
# other nations' migrants).
BATCH_11: list[Article] = [
    (
        "D11",
        "primorye-interview-long",
        "~4000@RU/present",
        """In an interview with a Moscow radio station, the head of Primorye's labour department
        said the region had about 4,000 North Korean workers, mostly in construction. || He
        said Moscow had asked the region to take more. Nationwide, the number may be four
        times as high, he added.""",
    ),
    (
        "D11",
        "lost-across-the-border",
        "~300@RU/dispatched",
        """When Russia reopened its border in 2022, some factories in Hunchun lost their North
        Korean staff to better-paid sites across the border. || About 300 North Korean women
        left his plant for jobs in Vladivostok, said a factory manager in Hunchun. || He has
        since hired local workers.""",
    ),
    (
        "D11",
        "soviet-far-east-history",
        "v4@RU/present",
        """The first North Korean loggers arrived in the Soviet Far East in 1967. || Since then,
        tens of thousands of North Korean loggers have worked in Russia's forests, most of
        them in Khabarovsk Krai and the Amur region, historians say.""",
    ),
    (
        "D11",
        "it-advisory-five-countries",
        "v3@LA,NG,AE,CN,RU/present",
        """North Korean IT workers are operating from Laos, Nigeria and the UAE as well as China
        and Russia, a US government advisory said on Thursday. || It put their number at
        several thousand and warned companies against hiring them.""",
    ),
    (
        "D11",
        "kremlin-speaks",
        "none",
        """The Kremlin said on Friday it was not aware of any North Korean workers in Russia.
        || Seoul estimates the number in the tens of thousands, but gave no exact figure.""",
    ),
    (
        "D11",
        "gulf-with-other-migrants-long",
        "~1200@AE/present",
        """Nepal and Bangladesh sent about 400,000 workers to the Gulf last year, most of them
        to Saudi Arabia and the UAE. || Among the foreign workers in the Emirates are also
        about 1,200 North Koreans, a labour researcher in Abu Dhabi said, most of them on
        building sites in Sharjah. || North Korea has not commented.""",
    ),
]

# Batch D12, written blind after the D11 run and the gazetteer additions: long stories whose
# sentence before the figure is a quote by another country's official, "the capital" and
# "there" pointing back, Chinese firms in Africa, South Korea's own migrant workers, a
# parliamentary question in London, a trial in Seoul about work in China.
BATCH_12: list[Article] = [
    (
        "D12",
        "thai-official-between",
        "~200@KH/present",
        """PHNOM PENH (Mekong Desk) - Cambodia promised in 2019 to send all North Korean workers
        home. || "We are watching the border closely," a Thai immigration official said this
        week. || About 200 North Korean workers still run restaurants and a clinic in the
        country, activists say.""",
    ),
    (
        "D12",
        "the-capital-after-country",
        "~300@LA/present",
        """Laos has never reported its North Korean workers to the UN. Diplomats say about 300
        work in the capital, at restaurants, a hospital and a hotel. || The Lao foreign
        ministry did not respond.""",
    ),
    (
        "D12",
        "chinese-firms-in-africa",
        "~250@MZ/present ~100@TZ/present",
        """Chinese construction firms dominate road building in East Africa, and some of them
        hire North Korean crews. || In Mozambique, about 250 North Korean workers are on a
        highway project run by a Chinese state company, a Maputo newspaper said, and about 100
        more are at a port in Tanzania.""",
    ),
    (
        "D12",
        "south-korea-own-migrants",
        "~3000@RU/dispatched",
        """South Korea employs some 300,000 foreign workers, mostly from Vietnam, Nepal and
        Cambodia, under its Employment Permit System. || North Korea's labour exports run
        the other way. About 3,000 North Korean workers left for Russia in the first quarter,
        a Seoul-based monitor said.""",
    ),
    (
        "D12",
        "london-parliament-question",
        "~400@PL/present",
        """Asked in the House of Commons about North Korean forced labour in Europe, a British
        minister said the UK had raised the issue with EU partners. || A Polish labour
        inspectorate report found about 400 North Korean workers at shipyards and farms in
        Poland at the time.""",
    ),
    (
        "D12",
        "seoul-trial-china-work",
        "=27@CN/present",
        """A court in Seoul on Wednesday jailed a South Korean businessman who had employed 27
        North Korean seafood workers at his plant in Dalian, China, in breach of sanctions. ||
        The court said he paid their wages to a North Korean trading firm.""",
    ),
]

# Batch D13, written blind after the D12 fixes: a host's demonym on employers in the
# sentence before, a coast, occupied parts of a Ukrainian region, a bulleted table, an
# interview's question and answer, IT workers posing as other nations' freelancers, a
# country named only as the origin of a ship's catch.
BATCH_13: list[Article] = [
    (
        "D13",
        "russian-employers-before",
        "~500@RU/dispatched",
        """Russian employers are desperate for labour after a million men were mobilised or
        fled abroad. || About 500 North Korean workers arrived in March alone, a recruiter
        said.""",
    ),
    (
        "D13",
        "off-sakhalin-coast",
        "~150@RU/present",
        """About 150 North Korean crew work on crab boats off the coast of Sakhalin, a Japanese
        fisheries researcher said. || The crab is sold in Hokkaido.""",
    ),
    (
        "D13",
        "occupied-zaporizhzhia",
        "~700@UA/present",
        """About 700 North Korean builders are working in the Russian-controlled part of the
        Zaporizhzhia region, Ukraine's military intelligence said. || Moscow did not
        comment.""",
    ),
    (
        "D13",
        "bulleted-table",
        "~20000@RU/present ~50000@CN/present v2@LA/present ~100@GQ/present",
        """North Korean workers abroad, by host (estimates of a Seoul institute, 2024): || -
        Russia: about 20,000 || - China: about 50,000 || - Laos: several hundred || -
        Equatorial Guinea: about 100""",
    ),
    (
        "D13",
        "interview-q-and-a",
        "~20000@RU/present",
        """Q: How many North Korean workers are in Russia today? || A: About 20,000, I would say,
        though the official figure is much lower. Most are in the Far East.""",
    ),
    (
        "D13",
        "it-workers-posing",
        "v3@CN,RU/present",
        """North Korean IT workers often pose as Japanese or American freelancers to win
        contracts. || Thousands of them work from China and Russia, a US advisory said.""",
    ),
    (
        "D13",
        "ship-catch-origin",
        "~80@CN/present",
        """About 80 North Korean fishermen work on Chinese squid boats that fish off Peru and
        sell their catch in Busan, a maritime watchdog said. || The boats are registered in
        Zhoushan.""",
    ),
    (
        "D13",
        "kuwait-deported-to-pyongyang-via-dubai",
        "=45@KW/repatriated",
        """Kuwait deported 45 North Korean workers on Sunday, flying them to Pyongyang via Dubai
        and Beijing, an airport official said.""",
    ),
]

# Batch D14, written blind after the D13 run: long stories again (a researcher's tour of
# Chinese provinces, workers who moved twice, a Russian city list with a Chinese speaker, a
# Middle East story whose figure is fronted by "There", a story told from the home town, a
# UN vote in New York).
BATCH_14: list[Article] = [
    (
        "D14",
        "provinces-tour-long",
        "~10000@CN/present v3@CN/present",
        """A researcher who toured China's border provinces last autumn counted North Korean
        workers at 40 factories. || In Liaoning alone she estimated about 10,000, most of
        them sewing clothes for export to Europe and Japan. || In Jilin and Heilongjiang she
        found thousands more, she said, though access was harder.""",
    ),
    (
        "D14",
        "moved-twice-long",
        "~400@RU/dispatched",
        """The women first worked at a seafood plant in Hunchun. When the plant closed in 2023,
        their managers moved them to Mongolia, and a year later on to Russia. || About 400 of
        them now work at a fish plant in Nakhodka, one of the managers told a Seoul
        newspaper.""",
    ),
    (
        "D14",
        "city-list-chinese-speaker",
        "=3000@RU/present =2000@RU/present",
        """North Korean builders are now common on Russian sites, a Chinese contractor in
        Harbin said. || He counted 3,000 North Korean workers in Vladivostok and 2,000 in
        Khabarovsk working for firms he supplies with cement.""",
    ),
    (
        "D14",
        "there-fronted-gulf",
        "~600@KW/present",
        """Kuwait stopped issuing visas to North Koreans in 2017. || There are still about 600
        North Korean workers in the country, most of them on government building contracts,
        a diplomat in Kuwait City said. || Qatar and Oman say theirs have all left.""",
    ),
    (
        "D14",
        "told-from-home-town",
        "~300@RU/present",
        """In Chongjin, families wait for money from husbands and sons abroad. || About 300 men
        from the city work on building sites in Vladivostok, a trader in Chongjin told a Seoul
        radio station by phone. || Some have not been home for five years.""",
    ),
    (
        "D14",
        "un-vote-new-york",
        "~50000@CN/present",
        """At the UN headquarters in New York on Thursday, Russia and China blocked a statement
        on North Korean forced labour. || Rights groups say about 50,000 North Korean workers
        are in China, more than in any other country.""",
    ),
]

# Batch D15, written blind after the fix for hosts of other nations' migrants: other groups'
# figures in the sentence before a pointing-back figure ("there", "the country", "the
# region") or before a figure with its own place, other nations' citizens abroad, a host's
# own citizens abroad, migrants leaving one host for another.
BATCH_15: list[Article] = [
    (
        "D15",
        "mongolia-chinese-miners-there",
        "~200@MN/present",
        """Mongolia's mines employ about 8,000 Chinese workers, the mining ministry said. || About
        200 North Korean workers are also employed there, mostly at a coal mine in the South
        Gobi.""",
    ),
    (
        "D15",
        "kyrgyz-abroad-then-country",
        "=70@KG/repatriated",
        """About 800,000 Kyrgyz citizens work in Russia and Kazakhstan, sending money home. ||
        Kyrgyzstan's labour ministry said 70 North Korean workers had been deported from the
        country last year.""",
    ),
    (
        "D15",
        "uzbeks-leaving-for-europe",
        "~250@RU/present",
        """Migrants from Uzbekistan are leaving the Urals for jobs in Poland and Germany, where
        wages are higher. || About 250 North Korean builders remain in Yekaterinburg, a local
        contractor said.""",
    ),
    (
        "D15",
        "qatar-south-asians-the-country",
        # corrected after the first run: "Fewer than 1,000" is at most 1,000 (spec: "no more
        # than"), written as about 1,000
        "<1000@QA/present",
        """Qatar's two million migrant workers come mostly from India, Nepal and Bangladesh. ||
        Fewer than 1,000 North Koreans still work in the country, a Doha-based diplomat
        estimated.""",
    ),
    (
        "D15",
        "vietnamese-in-region-then-figure",
        "~400@RU/present",
        """About 12,000 Vietnamese workers are employed in Primorye's garment shops, the regional
        labour office said. || Some 400 North Korean workers work in the region too, mostly
        on construction sites.""",
    ),
    (
        "D15",
        "filipinos-in-kuwait-figure-own-place",
        "~300@OM/present",
        """Kuwait has about 250,000 Filipino domestic workers. || In neighbouring Saudi Arabia and
        Oman the picture is different: about 300 North Korean workers are employed in Oman,
        a Muscat lawyer said.""",
    ),
]

BATCHES = [
    BATCH_1,
    BATCH_2,
    BATCH_3,
    BATCH_4,
    BATCH_5,
    BATCH_6,
    BATCH_7,
    BATCH_8,
    BATCH_9,
    BATCH_10,
    BATCH_11,
    BATCH_12,
    BATCH_13,
    BATCH_14,
    BATCH_15,
]
ARTICLES: list[Article] = [article for batch in BATCHES for article in batch]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "D14-provinces-tour-long": "count: 'In Liaoning alone she estimated about 10,000, most of "
    "them sewing clothes' (a bare figure whose noun, workers, is two sentences back) is not "
    "read; the 'thousands more' in Jilin and Heilongjiang is placed right",
    "D14-moved-twice-long": "relevance: the story never names North Korea and scores 0 "
    "(ungated 'About 400 of them now work at a fish plant in Nakhodka' is read, RU)",
    "D9-quote-speaker-runs-site": "count and relevance: a story whose only labour words are "
    "'200 North Koreans on the site' (no worker noun) scores 0.11 and its figure is not "
    "read; with 'North Korean workers' it is ~200@RU (the speaker's own site)",
    "D9-ship-docking": "count: 'A North Korean-flagged cargo ship carrying 50 workers docked "
    "at Nakhodka' is not read (also with 'North Korean workers')",
    "D8-libya-where": "count: 'Egypt and Tunisia took in thousands of fleeing migrants' (other "
    "nations' people, after a sentence on North Korean workers) is read as a worker figure; "
    "the 300 in Libya is placed right",
    "D7-restaurants-after-defection-long": "count: '13 North Korean waitresses walked out of a "
    "restaurant in Ningbo and flew to Seoul via Kuala Lumpur' (defectors, no claim when "
    "written) is read as 13@CN; debatable, as the fitted gold counts a like group of "
    "restaurant workers who defected",
    "D6-summit-background-long": "count: 'about 15,000 had entered on student and trainee "
    "visas' has no noun (the 'flow of workers' of the sentence before) and 'entered' is an "
    "entry predicate (kept: border statistics count entries, not workers); the quoted 'There "
    "are thousands of them on the sites now' (of 'the newcomers') is not read; the 30,000 "
    "Russia hosted is placed right",
    "D3-war-context": "relevance: a story of troops, shells and Kursk whose worker sentence "
    "says only 'the regime also supplies labour: about 12,000 workers' scores 0.04 and is "
    "gated out (ungated the figure is read, RU from the sentence before)",
}
KNOWN_DETAILS: dict[str, str] = {
    "D10-gulf-hub-long": "status: 'Flights ... carried about 800 North Korean workers to Doha "
    "in 2016' reads present ('carry' is no dispatch verb, as G3-rajin-to-vladivostok-ship)",
    "D9-bound-for-stopped-at-khasan": "status: 'About 150 North Korean workers bound for "
    "Vladivostok crossed the border' reads planned ('bound for'); the crossing is a move "
    "(dispatched)",
    "D8-dateline-among-others": "status: 'about 400 North Korean workers have joined them' "
    "reads present; an arrival (dispatched) was expected when written (debatable)",
    "D8-embassy-moscow-to-kazan": "status: 'arranged for 250 workers to go to Kazan' reads "
    "present; 'arrange for ... to go' is no dispatch verb",
    "D3-headline-figure-body-place": "status: 'it had approved permits for 5,000 North Korean "
    "builders' (and the headline's 'to send 5,000') read present, not planned (as "
    "S5-kursk-up-to)",
    "D4-dalian-former-russian-plants": "status: 'Seafood firms in Dalian have taken on about "
    "800 North Korean women' reads dispatched (taking on is a hiring, a flow); present was "
    "expected when written (debatable)",
}

test_articles = short_news.batch_test(ARTICLES, KNOWN_COUNTS, KNOWN_DETAILS)
