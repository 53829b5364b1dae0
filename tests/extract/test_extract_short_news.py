"""Short news items (80-300 words: a headline and a few paragraphs) as wire services,
Korean and Russian outlets in English, NK-specialist sites, local press in host countries,
UN-panel summaries and NGO blogs publish them, written blind for where a figure's workers
are and which figures are worker counts: a destination given only by a dateline or
headline, a port, province or shipyard for its country, transit places, "from" after a
return verb, workers moved between countries, negated places, country lists with one
figure each or one total, a host's figures for "foreign workers" of which North Koreans
are a part, the countries other migrants come from, "in the region", "abroad" and "across
40 countries"; on the count side, headline figures restated in the body, rounded
restatements, ranges and "up to", visas and permits, former workers now defectors,
companies against workers and shares of a workforce.

Every article was written for this file (people, outlets, firms and figures invented) and
each batch's expected claims were committed before the extractor was run on it. The claim
notation and the comparison are those of ``test_extract_long_articles.py`` (``Q
VALUE@DESTS/STATUS``; " // " ends the headline, " || " a paragraph).
"""

from __future__ import annotations

import sys

import pytest

from .tables import short_news_cases, sibling_module

LONG = sibling_module("test_extract_long_articles")

# (batch, name, expected claims, text)
Article = tuple[str, str, str, str]

# Batch S1, written blind: before any change, counts precision 0.91 / recall 0.83 (10 of 12
# figures, 1 spurious), count+destination 0.64 / 0.58; 2 of 7 articles passed. Fixed: "in
# this port city" before the figure (the dateline's place); "who had been processing fish in
# Hunchun, were moved to ... Sakhalin" (a pluperfect former place); "crossed into China but
# ... went on by train to Russia's Far East" (a transit before an onward journey); '"several
# hundred" in Equatorial Guinea' (a quoted figure); "48,000 foreign workers ..., of whom about
# 3,500 were citizens of North Korea" (the DPRK part, not the host's whole). After: 1.00 /
# 1.00 for both.
BATCH_1: list[Article] = [
    (
        "S1",
        "nakhodka-yard",
        "~180@RU/dispatched ~12000@RU/present",
        """Port yard hires North Korean welders // NAKHODKA (Vladivostok Times) - A ship repair
        yard in this port city has taken on about 180 North Korean welders and fitters since
        September, two of its employees told the Vladivostok Times. The men came by ferry from
        Rajin and sleep in a converted warehouse inside the yard, the employees said. || The
        regional labour department declined to comment. The governor of Primorye said in
        October that the territory lacked 40,000 workers in construction and shipbuilding and
        was "talking to partners in Asia". || Before the 2019 deadline for their return, the
        Far East hosted an estimated 12,000 North Korean labourers, according to regional
        migration data.""",
    ),
    (
        "S1",
        "mongolia-report",
        "~450@MN/repatriated ~1200@MN/present",
        """Mongolia tells UN it has no North Korean workers left // ULAANBAATAR (Gobi Post) -
        About 450 North Korean workers were sent home from Mongolia last year, the foreign
        ministry said in its latest report to the UN Security Council sanctions committee. No
        North Korean national held a Mongolian work permit at the end of December, the report
        said. || In 2016 the country employed roughly 1,200 North Koreans in construction,
        sewing workshops and cashmere firms, according to the ministry. Most of them travelled
        through Beijing, as there are no direct flights between the two capitals.""",
    ),
    (
        "S1",
        "not-dandong-but-russia",
        "~300@RU/dispatched",
        """Workers told they were going to China end up in Russia // A group of about 300
        North Korean construction workers who left Sinuiju last week crossed into China but
        did not stay there: they went on by train to Russia's Far East, a source in North
        Pyongan province told Daily Focus. || "Their families were told Dandong, but they
        were bound for Ussuriysk," the source said. || Officials had told relatives that the
        men would spend three years abroad and send money home every six months.""",
    ),
    (
        "S1",
        "panel-country-list",
        "~1000@LA/present ~500@KH/present v2@GQ/present",
        """UN experts list states still hosting North Korean labour // NEW YORK - North Korean
        workers were present in at least eight countries last year, according to a report by
        the UN Panel of Experts seen by this agency. || The report cites about 1,000 in Laos,
        around 500 on building sites in Cambodia and "several hundred" in Equatorial Guinea,
        in addition to the far larger groups in Russia and China. || The panel said Vietnam
        and Myanmar had not answered its letters. It also investigated 14 vessels suspected of
        ship-to-ship transfers of oil.""",
    ),
    (
        "S1",
        "primorye-foreign-workforce",
        "~3500@RU/present",
        """Primorye's foreign workforce tops 48,000 // VLADIVOSTOK (Primorye Today) - Employers
        in the region registered 48,000 foreign workers last year, the regional statistics
        office said on Monday, of whom about 3,500 were citizens of North Korea. || Uzbekistan,
        Tajikistan and China supplied most of the rest. The number of foreign workers rose by
        a fifth from 2023, the office said, mainly in construction and farming. || Moscow says
        North Koreans in Russia are students or tourists, not workers.""",
    ),
    (
        "S1",
        "hunchun-to-sakhalin",
        "~200@RU/dispatched",
        """Seafood workers moved from China to Russian island // SEOUL (North Watch) - About
        200 North Korean women who had been processing fish in Hunchun, China, were moved to a
        seafood plant on Russia's Sakhalin island in August, a trader familiar with the deal
        said. || The women were taken by bus to the Russian border crossing at Kraskino and then
        flown from Vladivostok, the trader said. The Chinese plant had cut production after
        orders from Europe fell.""",
    ),
    (
        "S1",
        "forty-countries",
        "~100000@M49:001/present ~300@M49:035/present",
        """Seoul puts North Korea's overseas workforce at 100,000 // SEOUL (Yonhap) -- North
        Korea has about 100,000 workers spread across more than 40 countries, the unification
        ministry said in a report released Thursday. || The report said North Korean
        restaurants in Southeast Asia were closing one after another as customers stayed
        away. "There are perhaps 300 North Korean waitresses left in the region," a ministry
        official told reporters on condition of anonymity.""",
    ),
]

# Batch S2, written blind (counts in short news): before any change, counts precision 0.85
# / recall 1.00 (11 of 11, 2 spurious), count+destination 0.77 / 0.91; 6 of 8 passed. Fixed:
# "Of the 196 North Koreans who reached the South last year, 38 had worked abroad" (defector
# arrivals and a part of them, after a dateline); "loggers in Amur" (the region's short
# name). After: 1.00 / 1.00 for both.
BATCH_2: list[Article] = [
    (
        "S2",
        "headline-five-thousand-more",
        "~5000@RU/planned ~20000@RU/present",
        """Pyongyang to send 5,000 more workers to Russia, lawmaker says // SEOUL (Korea Daily)
        - North Korea plans to send about 5,000 more workers to Russia by the end of the year,
        which would bring the number there to nearly 20,000, an opposition lawmaker said on
        Wednesday, citing the spy agency. || The lawmaker, Yoon Dae-sik, said most of the new
        workers would go to building sites in Moscow and St Petersburg. The agency declined to
        confirm the figures.""",
    ),
    (
        "S2",
        "visas-not-workers",
        "~15000@RU/present",
        """Russia issued 9,200 visas to North Koreans in first half // MOSCOW (Interfax-Asia) -
        Russia issued 9,200 entry visas to North Korean citizens in January-June, the foreign
        ministry's consular department said. Of these, 2,100 were work visas and the rest were
        for study, tourism and official trips. || Analysts say many of the students end up on
        building sites. South Korea estimates that about 15,000 North Korean workers are now in
        Russia.""",
    ),
    (
        "S2",
        "defectors-former-workers",
        "~60000@M49:001/present",
        """More defectors worked abroad before fleeing // SEOUL (Peninsula Herald) - Of the 196
        North Koreans who reached the South last year, 38 had worked abroad, mostly in Russia
        and China, the unification ministry said on Monday. || Former overseas workers and
        diplomats now make up about one in ten arrivals, up from one in fifty a decade ago, the
        ministry said. It estimates that some 60,000 North Koreans are still working
        overseas.""",
    ),
    (
        "S2",
        "liaoning-companies",
        ">3000@CN/present",
        """37 Liaoning firms found employing North Koreans // A Seoul-based research group said
        on Tuesday it had identified 37 companies in China's Liaoning province that employ
        North Korean labour, with at least 3,000 North Koreans on their payrolls. || The firms,
        mostly garment and seafood plants, each employ between 40 and 200 of the workers, the
        group said in a report based on job adverts and satellite images. Eleven of the
        companies are in Dandong.""",
    ),
    (
        "S2",
        "vladivostok-share",
        "~3000@RU/present",
        """North Koreans make up 12% of Vladivostok's builders // VLADIVOSTOK (Far East Wire) -
        Of about 25,000 construction workers in the city, roughly 3,000 are North Korean, the
        city's builders' association said in a letter to the mayor. That is about 12% of the
        workforce, up from 5% two years ago. || The association asked for more quotas for
        workers from Central Asia, whose numbers have fallen since 2023.""",
    ),
    (
        "S2",
        "amur-loggers-range",
        "<1500@RU/present 1000-1500@RU/present",
        """As many as 1,500 North Korean loggers in Amur, official says // BLAGOVESHCHENSK
        (Amur Info) - Between 1,000 and 1,500 North Koreans are working at logging camps in the
        Amur region, a regional forestry official said on Friday. He said the camps were run by
        three firms, two of them registered in Khabarovsk. || The official gave no details of
        how the workers had entered Russia.""",
    ),
    (
        "S2",
        "kuwait-permits",
        "=42@KW/repatriated ~6000@KW/present",
        """Kuwait to deport last North Korean workers // KUWAIT CITY (Gulf Daily) - Kuwait will
        deport 42 North Korean workers whose residence permits have expired, the interior
        ministry said on Sunday, adding that they would leave within a month. || In 2016,
        Kuwait hosted some 6,000 North Korean labourers, most of them on government building
        projects, before it stopped issuing them visas under UN sanctions.""",
    ),
    (
        "S2",
        "vientiane-restaurant",
        "=20@LA/present",
        """Vientiane restaurant with 20 North Korean waitresses reopens // VIENTIANE (Mekong
        Times) - A North Korean restaurant in the Lao capital has reopened after a two-year
        break, with 20 North Korean waitresses who sing for guests every evening, according to
        diners. || The restaurant's manager declined to say how the women had obtained visas.
        Laos told the UN in 2020 that it had sent all North Korean workers home.""",
    ),
]

# Batch S3, written blind (destinations): before any change, counts precision 1.00 / recall
# 0.90 (9 of 10), count+destination 1.00 / 0.90; 7 of 8 passed. Left: the transit sighting
# (see KNOWN_COUNTS).
BATCH_3: list[Article] = [
    (
        "S3",
        "garment-town-headline",
        "~2000@CN/present",
        """Chinese garment town still runs on North Korean seamstresses // Around 2,000 North
        Korean women work in the garment factories of the town, a local broker told Border
        Report, sewing jackets and sportswear for export. || The broker said the women work
        twelve-hour shifts and are allowed out of their dormitories once a month, in groups,
        with a minder.""",
    ),
    (
        "S3",
        "doha-camp",
        "~70@QA/present",
        """DOHA (Gulf Wire) - Roughly 70 North Korean construction workers remain at a labour
        camp on the city's southern outskirts, years after the government said it had sent all
        of them home, two residents of the camp said. || The men work for a local contractor on
        villas and warehouses and are not allowed to leave the camp except to go to work, the
        residents said.""",
    ),
    (
        "S3",
        "addis-transit",
        "~120@GQ/dispatched",
        """North Korean workers seen in transit to Equatorial Guinea // About 120 North Korean
        workers bound for Equatorial Guinea were seen changing planes at Addis Ababa airport on
        Thursday, a passenger on the same flight told Africa Monitor. || The men, in matching
        grey jackets, were accompanied by two minders and flew on to Malabo, the passenger
        said. Ethiopia has denied hosting North Korean labour.""",
    ),
    (
        "S3",
        "amur-gas-plant",
        "~800@RU/present",
        """Gas plant relies on migrant labour // SVOBODNY, Amur region (Siberia Daily) - Of the
        12,000 migrant workers building the gas processing plant near this town, most come from
        Uzbekistan and Kyrgyzstan, while about 800 are from North Korea, a company spokesman
        said. || He said all the workers had legal permits. The plant is due to be finished in
        2027.""",
    ),
    (
        "S3",
        "tatarstan-earlier-paragraph",
        "~250@RU/present",
        """North Korean builders appear in Tatarstan // Russia's Tatarstan republic has become a
        new destination for North Korean builders, according to local contractors. || A
        contractor in the capital, Kazan, said North Koreans had started arriving in the
        spring. || About 250 North Koreans now work on three housing projects in the city, he
        said, adding that they are "quiet and fast".""",
    ),
    (
        "S3",
        "laos-vietnam-gapped",
        "=160@LA/repatriated =95@VN/repatriated",
        """Laos and Vietnam report sending workers home // Laos sent home 160 North Korean
        workers last year and Vietnam 95, according to reports the two countries filed with the
        UN sanctions committee. || Neither report said whether any North Koreans were still
        working in the country. The committee has asked both for more detail.""",
    ),
    (
        "S3",
        "abroad-then-russia",
        "~50000@M49:001/present ~30000@RU/present",
        """North Korea's labour earnings rebound, institute says // SEOUL - North Korea earns up
        to $500 million a year from workers abroad, a state-run institute said on Friday. Of
        the estimated 50,000 overseas workers, about 30,000 are in Russia, it said, with the rest
        in China, Southeast Asia and Africa.""",
    ),
    (
        "S3",
        "belarus-not-russia",
        "~600@BY/dispatched",
        """North Korean builders arrive in Belarus // Some 600 North Korean construction workers
        arrived in Belarus this summer, not in Russia as first reported, the Minsk-based outlet
        Belarus Now said, citing a source at a state building company. || The workers are
        building apartment blocks in the city of Gomel, the source said.""",
    ),
]

# Batch S4, written blind after the S1-S3 fixes (destinations and shares): before any change,
# counts precision 0.88 / recall 0.88 (7 of 8, 1 spurious), count+destination 0.62 / 0.62;
# 4 of 8 passed. Fixed: a dateline the only place of the story ("BOLSHOY KAMEN - The Zvezda
# shipyard has brought in about 400"); "Earlier flights carried about 180 workers each" (one
# unit's size); "employed in Russia's Smolensk region have been transferred to building sites
# in Belarus" (a transfer's new place); "roughly 2 percent, or about 12,000, were North
# Koreans" (a comma before the DPRK predicate) and "MOSCOW (Interfax-Asia)" (an agency credit,
# no place). After: 1.00 / 1.00 for both.
BATCH_4: list[Article] = [
    (
        "S4",
        "zvezda-yard",
        "~400@RU/dispatched",
        """Far East shipyard brings in North Korean welders // BOLSHOY KAMEN (Vostok Media) -
        The Zvezda shipyard has brought in about 400 North Korean welders and painters to speed
        up work on two tankers, according to two subcontractors at the yard. || The yard's
        press office said it "complies with all laws" and did not comment further. The
        subcontractors said the North Koreans work in two shifts and live on a moored barge.""",
    ),
    (
        "S4",
        "flown-home-vladivostok",
        "~250@RU/repatriated",
        """About 250 North Korean workers were flown home from Vladivostok on Tuesday on an Air
        Koryo flight, the airport's press service said. || It was the third such flight this
        month. Earlier flights carried about 180 workers each, the press service said. ||
        Russian officials did not say why the workers were leaving.""",
    ),
    (
        "S4",
        "smolensk-to-belarus",
        "~150@BY/dispatched",
        """Russia moves North Korean builders to Belarus // MINSK (Minsk Herald) - Some 150
        North Korean construction workers employed in Russia's Smolensk region have been
        transferred to building sites in Belarus, a source at a Belarusian state developer said.
        || The source said the workers are now building a hospital wing in Vitebsk. Belarus
        does not publish data on North Korean labour.""",
    ),
    (
        "S4",
        "three-countries-one-total",
        "~5000@LA,KH,VN/present",
        """UN panel finds North Korean workers across Southeast Asia // About 5,000 North Korean
        workers remain in Laos, Cambodia and Vietnam combined, according to a report by the UN
        Panel of Experts released on Friday. || Most of them work in construction and in
        restaurants, the panel said, adding that the three governments had not answered its
        requests for information.""",
    ),
    (
        "S4",
        "mongolia-statistics",
        "~1300@MN/present",
        """Mongolia counts 15,200 foreign workers // ULAANBAATAR (Steppe News) - Mongolia had
        15,200 registered foreign workers at the end of June, most of them from China, the
        labour ministry said on Wednesday. || North Koreans, who numbered about 1,300 in 2017,
        no longer appear in the statistics, the ministry said. Turkish and Vietnamese
        contractors also employ their own staff.""",
    ),
    (
        "S4",
        "gulf-in-the-region",
        "~1000@M49:145/present",
        """North Korean labour lingers in the Gulf // DUBAI (Gulf Wire) - Years after the UN
        deadline, Gulf contractors still quietly use North Korean crews on small building jobs,
        according to two people who hire labour for local firms. || "There may still be 1,000
        North Koreans working in the region," said one of them, an engineer who has worked in
        the Gulf for two decades.""",
    ),
    (
        "S4",
        "not-mongolia-but-khabarovsk",
        "~800@RU/dispatched",
        """This year's workers skip Mongolia // Unlike in past years, North Korean workers were
        not sent to Mongolia, where a ban is in force, but to Russia's Khabarovsk region: about
        800 arrived there in May, a source in Pyongyang told Daily Focus. || The source said the
        workers were picked from construction brigades in South Hamgyong province.""",
    ),
    (
        "S4",
        "two-percent-of-builders",
        "~12000@RU/present",
        """North Koreans are 2% of Russia's foreign builders // MOSCOW (Interfax-Asia) - Russian
        construction firms employed about 600,000 foreign workers last year, of whom roughly 2
        percent, or about 12,000, were North Koreans, according to a study by a Moscow business
        school. || Most of the foreign builders came from Uzbekistan, Tajikistan and
        Kyrgyzstan, the study said.""",
    ),
]

# Batch S5, written blind after the S4 fixes (counts in short news): before any change,
# counts precision 0.82 / recall 1.00 (9 of 9, 2 spurious), count+destination 0.82 / 1.00; 6
# of 7 passed. Fixed: "operates 15 outlets" (a counted thing) and "Each outlet employs 15 to
# 25 women" (one unit's size). After: 1.00 / 1.00 for both.
BATCH_5: list[Article] = [
    (
        "S5",
        "nearly-five-thousand",
        "~5000@RU/dispatched =4870@RU/dispatched",
        """Nearly 5,000 North Koreans went to Russia for work in first half // SEOUL (Korea
        Daily) - A total of 4,870 North Koreans entered Russia to work in January-June, according
        to Russian border statistics analysed by a Seoul think tank. || The think tank said most
        of them listed their purpose as study, but were later seen on building sites in Moscow
        and the Far East.""",
    ),
    (
        "S5",
        "work-permits",
        "~20000@RU/present",
        """Russia issued 3,400 work permits to North Koreans // VLADIVOSTOK (Far East Wire) - The
        interior ministry issued 3,400 work permits to North Korean citizens last year, up from
        1,200 a year earlier, a ministry document shows. || South Korean officials estimate
        that around 20,000 North Korean workers are in Russia, many of them without any permit
        at all.""",
    ),
    (
        "S5",
        "fined-companies",
        "=860@CN/present",
        """Chinese city fines 12 firms for hiring North Koreans // Authorities in the Chinese
        city of Yanji have fined 12 companies for hiring North Korean labour, a local court
        notice says. || The firms, mostly clothing and food-processing plants, had employed a
        total of 860 North Korean workers between them, the notice said. Each company was fined
        50,000 yuan.""",
    ),
    (
        "S5",
        "kursk-up-to",
        "<10000@RU/planned 6000-10000@RU/planned",
        """Up to 10,000 North Korean workers to help rebuild Kursk // MOSCOW (Interfax-Asia) -
        Between 6,000 and 10,000 North Korean construction workers will be brought to the Kursk
        region next year to rebuild towns damaged in the fighting, a regional official said on
        Thursday. || The official said the workers would live in modular camps and work on
        roads, schools and housing.""",
    ),
    (
        "S5",
        "defector-logging-camp",
        "~300@RU/present",
        """Defector recalls life at Siberian logging camp // A North Korean man who fled a
        logging camp in Russia's Khabarovsk region in 2016 told reporters in Seoul on Tuesday
        that about 300 North Koreans worked at the camp when he was there. || He is one of
        about 40 former overseas workers who reached the South last year, according to the
        unification ministry.""",
    ),
    (
        "S5",
        "ngo-survey",
        "20000-30000@CN/present",
        """Blog: what former workers tell us // Over the past two years our researchers
        interviewed 120 former overseas workers now living in South Korea. Nearly all of them
        said their wages were seized by the state. || Based on their accounts and on trade data,
        we estimate that between 20,000 and 30,000 North Koreans are still working in China,
        mostly in garment and seafood factories.""",
    ),
    (
        "S5",
        "restaurant-chain",
        "~300@CN/present",
        """North Korean restaurant chain runs 15 outlets in China // A North Korean state-run
        restaurant chain operates 15 outlets in Chinese cities with a total of about 300
        North Korean staff, a report by a Seoul-based monitoring group says. || Each outlet
        employs 15 to 25 women as waitresses and singers, according to the report.""",
    ),
]

# Batch S6, written blind after the S5 fixes (local press and destinations): before any
# change, counts precision 1.00 / recall 0.75 (6 of 8), count+destination 1.00 / 0.75; 6 of
# 8 passed. Fixed: "Among them were North Koreans: about 2,800 worked on Qatari sites" (a
# figure after a DPRK name and a colon) and "and about 700 from North Korea" (the DPRK part
# after other nations' migrants; its article stayed a relevance miss until the relevance
# blind batch B1 counted DPRK nationals beside other migrants, test_extract_relevance_blind).
# After: 1.00 / 0.88 for both (1.00 / 1.00 after B1).
BATCH_6: list[Article] = [
    (
        "S6",
        "namibia-left",
        "~200@NA/repatriated",
        """WINDHOEK (The Windhoek Standard) - About 200 North Korean workers who built a museum
        and army barracks for the government left Namibia in 2016 after the UN raised the
        matter, the defence ministry said on Monday. || A North Korean state company had employed
        them, the ministry said, and all contracts with it were cancelled that year.""",
    ),
    (
        "S6",
        "polish-yards-past",
        "<800@PL/present",
        """GDANSK (Baltic Post) - Up to 800 North Koreans worked in Polish shipyards and on farms
        between 2010 and 2016, the state labour inspectorate said in a report published on
        Wednesday. || No new work permits have been issued to North Korean citizens since 2018,
        the inspectorate said.""",
    ),
    (
        "S6",
        "africa-total-with-examples",
        "~3000@M49:002/present",
        """North Korea's African workforce shrinks, researchers say // North Korea has about
        3,000 workers in Africa, mainly in Equatorial Guinea, Angola and Nigeria, according to a
        study by a London-based research group. || The group said the number had halved since
        2017 as African governments expelled construction and medical teams.""",
    ),
    (
        "S6",
        "dandong-this-city",
        "<30000@CN/present",
        """DANDONG (Border Report) - As many as 30,000 North Koreans work in this city alone, in
        factories making wigs, clothes and fishing nets, a local official said. || The official,
        who asked not to be named, said most of the workers had been there since before the
        pandemic.""",
    ),
    (
        "S6",
        "khabarovsk-migrants-origins",
        "~700@RU/present",
        """KHABAROVSK (Amur Herald) - The city's building sites employ some 9,000 migrants from
        Uzbekistan, Tajikistan and China, and about 700 from North Korea, a city official told
        the Amur Herald. || He said the North Koreans were the most productive and the least
        trouble.""",
    ),
    (
        "S6",
        "hanoi-it-workers",
        "~50@VN,KH,LA/present",
        """HANOI (Mekong Times) - Vietnamese police have detained two North Koreans suspected of
        running a fake software firm. The pair were among an estimated 50 North Korean IT workers
        operating in Vietnam, Cambodia and Laos, police said. || The men face deportation,
        according to a police statement.""",
    ),
    (
        "S6",
        "qatar-earlier-paragraph",
        "~2800@QA/present",
        """Qatar's building boom drew labour from across Asia // Qatar's World Cup construction
        boom drew hundreds of thousands of foreign workers, mostly from Nepal, India and
        Bangladesh. || Among them were North Koreans: about 2,800 worked on Qatari sites in
        2015, according to a rights group.""",
    ),
    (
        "S6",
        "abroad-most-in-russia-china",
        "~50000@M49:001/present",
        """N. Korea keeps 50,000 workers abroad, Seoul says // SEOUL (Korea Daily) - North Korea
        still has some 50,000 workers overseas, most of them in Russia and China, the
        unification ministry said in its annual report on Tuesday. || The ministry said the
        workers earn hundreds of millions of dollars a year for the regime.""",
    ),
]

# Batch S7, written blind after the S6 fixes (destinations): before any change, counts
# precision 1.00 / recall 1.00 (10 of 10), count+destination 0.90 / 0.90; 7 of 8 passed.
# Fixed: "who had been expected to go to Russia have been sent to Belarus instead" (the place
# that replaced the planned one). After: 1.00 / 1.00 for both.
BATCH_7: list[Article] = [
    (
        "S7",
        "sent-home-from-two-cities",
        "~350@CN/repatriated",
        """Chinese border cities send North Korean workers home // Some 350 North Korean workers
        were sent home from Dandong and Hunchun last month, two traders in the area told Border
        Report. || The traders said the workers' visas had expired and Chinese police had
        stepped up checks on factories near the river.""",
    ),
    (
        "S7",
        "returned-via-beijing",
        "~90@KH,LA/repatriated",
        """About 90 North Korean restaurant workers returned to Pyongyang via Beijing from
        Cambodia and Laos this week, a travel agent in the Chinese capital said. || The agent
        said the restaurants had lost customers since tour groups from South Korea stopped
        coming.""",
    ),
    (
        "S7",
        "followed-by-with",
        "~20000@RU/present ~15000@CN/present =1000@LA/present",
        """Where North Korea's workers are // Russia hosts the largest number of North Korean
        workers, about 20,000, followed by China with around 15,000 and Laos with 1,000,
        according to estimates compiled by a Seoul research institute. || The institute said
        its figures were based on trade data, visa records and interviews.""",
    ),
    (
        "S7",
        "instead-belarus",
        "~1000@BY/dispatched",
        """About 1,000 North Korean workers who had been expected to go to Russia have been sent
        to Belarus instead, a source in Pyongyang told Daily Focus. || The source did not say
        why the plan was changed. Belarus and North Korea signed a labour cooperation agreement
        last year.""",
    ),
    (
        "S7",
        "kuwait-residents",
        "~1600@KW/present",
        """KUWAIT CITY (Gulf Daily) - Kuwait had about 1,600 North Korean workers in 2017 among
        its 2.8 million foreign residents, according to figures the government gave the UN. ||
        It said in its latest report that none remain.""",
    ),
    (
        "S7",
        "siberian-forests-headline",
        "v3@RU/present",
        """Thousands of North Koreans toil in Siberian forests // Thousands of North Korean
        loggers are working in remote camps this winter, cutting pine and larch for export, a
        timber broker told Taiga News. || He said the men work for two state-owned North Korean
        companies and sleep in wooden huts heated by stoves.""",
    ),
    (
        "S7",
        "overseas-then-breakdown",
        "~10000@M49:001/dispatched",
        """Pyongyang has sent about 10,000 new workers overseas this year, a South Korean
        official said on Friday. Most went to Russia and the rest to China, he said. || The
        official spoke on condition of anonymity because he was not authorised to brief
        reporters.""",
    ),
    (
        "S7",
        "occupied-mariupol",
        "~1500@UA/present",
        """KYIV (Dnipro Post) - About 1,500 North Korean builders are working in occupied
        Mariupol, rebuilding apartment blocks for Russian officials, Ukraine's military
        intelligence said on Wednesday. || It said more were expected in the spring.""",
    ),
]

# Batch S8, written blind after the S7 fixes (UN and think-tank summaries, counts and
# destinations): before any change, counts precision 1.00 / recall 0.90 (9 of 10),
# count+destination 0.67 / 0.60; 4 of 8 passed. Fixed: "Russia accounted for about 18,500 of
# them" (a country's share, a split by destination); "About 60 percent of North Korea's
# estimated 100,000 overseas workers are in China" (the place is the part's); "Zabaykalsky
# region, which borders China and Mongolia" (neighbours); "transferred from a garment plant
# in Hunchun to one across the border in Russia's Primorye" (a transfer with "from" first).
# After: 1.00 / 1.00 for both.
BATCH_8: list[Article] = [
    (
        "S8",
        "panel-member-states-total",
        "~23000@M49:001/repatriated ~18500@RU/repatriated",
        """Panel summary: the 2019 repatriation deadline // Member States reported that they had
        repatriated a total of about 23,000 North Korean workers by the December 2019 deadline,
        the Panel of Experts said in its final report. Russia accounted for about 18,500 of
        them. || The Panel noted that several States, including China, had not submitted
        reports.""",
    ),
    (
        "S8",
        "sixty-percent-in-china",
        "~100000@M49:001/present",
        """About 60 percent of North Korea's estimated 100,000 overseas workers are in China,
        according to a study by a Washington think tank released on Monday. || The study said
        most of the rest are in Russia, with smaller groups in Southeast Asia and Africa.""",
    ),
    (
        "S8",
        "headline-exact-body-more-than",
        "=2000@RU/dispatched >2000@RU/dispatched",
        """2,000 North Korean workers arrive in Vladivostok // More than 2,000 North Korean
        workers arrived in Vladivostok by ferry over the weekend, the port authority said on
        Monday, the largest group since the ferry service resumed. || The workers were met by
        buses from several construction firms, the authority said.""",
    ),
    (
        "S8",
        "malaysia-mine-range",
        "1500-2000@MY/present",
        """KUALA LUMPUR (Straits Wire) - Between 2014 and 2016, some 1,500 to 2,000 North
        Koreans worked at mines and plantations in Malaysia, a parliamentary committee was told
        on Tuesday. || Malaysia ended visa-free entry for North Koreans in 2017 after the
        killing of Kim Jong Nam.""",
    ),
    (
        "S8",
        "medical-teams-africa",
        "~250@M49:002/present",
        """North Korea has sent 12 medical teams of about 20 people each to Africa since 2018,
        according to a researcher at a Seoul university. || About 250 North Korean doctors and
        nurses work in Africa in total, mostly in Tanzania and Uganda, she said.""",
    ),
    (
        "S8",
        "zabaykalsky-there",
        "~400@RU/present",
        """North Korean loggers in Russia's borderlands // Russia's Zabaykalsky region, which
        borders China and Mongolia, is rich in timber. || About 400 North Korean loggers work
        there for a regional firm, a forestry official told Taiga News.""",
    ),
    (
        "S8",
        "students-and-workers",
        "~800@RU/present",
        """Some 300 North Korean students study at Russian universities, the North Korean
        embassy in Moscow said. Separately, about 800 North Korean workers are employed in the
        diamond-mining town of Mirny in Yakutia, according to a local newspaper. || The
        newspaper said the workers build housing for miners.""",
    ),
    (
        "S8",
        "hunchun-plant-to-primorye",
        "~500@RU/dispatched",
        """Around 500 North Korean seamstresses were transferred from a garment plant in Hunchun
        to one across the border in Russia's Primorye in September, according to a Chinese
        broker. || The broker said the Chinese plant could no longer pay the fees demanded by
        the North Korean side.""",
    ),
]

# Batch S9, written blind after the S8 fixes (a final unseen measure): before any change,
# counts precision 0.86 / recall 0.67 (6 of 9, 1 spurious), count+destination 0.71 / 0.56; 3
# of 7 passed. Fixed: "moved from Mongolia to China after Ulaanbaatar refused" (lower-case
# words only between a transfer verb and its end; "move from" a dispatch); "China (several
# hundred), Russia (about 100) and Laos (a few dozen)" (bracketed vague items); "made up 6% of
# the 40,000 foreign workers" (a mixed whole). After: 1.00 / 0.89 for both. Later fixed:
# "with a total of about 150,000 having served abroad" (a participle of work done abroad
# after a bare figure; test_extract_count_genres.py).
BATCH_9: list[Article] = [
    (
        "S9",
        "sent-back-from-middle-east",
        "~800@M49:145/repatriated",
        """SEOUL (Peninsula Herald) - About 800 North Korean workers were sent back from the
        Middle East last year, the unification ministry said on Thursday, leaving only a few
        small groups in the region. || The ministry did not say which countries they had worked
        in.""",
    ),
    (
        "S9",
        "moved-mongolia-to-china",
        "~200@CN/dispatched",
        """Some 200 North Korean workers moved from Mongolia to China after Ulaanbaatar refused
        to renew their permits, a Mongolian labour official told Steppe News. || The official
        said the workers had been employed by two construction firms in the capital.""",
    ),
    (
        "S9",
        "it-workers-bracketed",
        "v2@CN/present ~100@RU/present v1@LA/present",
        """North Korean IT workers are active in China (several hundred), Russia (about 100)
        and Laos (a few dozen), according to a cybersecurity firm's report released on
        Wednesday. || The firm said they use false identities to win contracts from clients in
        Europe and North America.""",
    ),
    (
        "S9",
        "sakhalin-share",
        "~2400@RU/present",
        """Sakhalin's foreign labour by the numbers // North Koreans made up 6% of the 40,000
        foreign workers on Sakhalin in 2018, the island's labour office said. That year the
        island had about 2,400 North Korean workers, most of them in construction and fish
        processing.""",
    ),
    (
        "S9",
        "far-east-headline-bare",
        "~1200@RU/dispatched",
        """North Korean workers return to Russia's Far East // About 1,200 arrived in Khabarovsk
        and Komsomolsk this spring, according to regional border officials, the most since the
        pandemic. || They came by train through the Tumen river crossing, the officials
        said.""",
    ),
    (
        "S9",
        "forty-countries-cumulative",
        "~150000@M49:001/dispatched",
        """North Korea has sent workers to more than 40 countries over the decades, with a total
        of about 150,000 having served abroad since the 1990s, a researcher at a Seoul
        institute estimated. || Most went to Russia and China, she said.""",
    ),
    (
        "S9",
        "laos-dam",
        "~70@LA/present",
        """About 70 North Korean workers are building a hydropower dam on the Nam Ou river in
        northern Laos, according to a Lao engineer at the site. || He said the workers were
        hired through a Chinese contractor.""",
    ),
]

ARTICLES: list[Article] = (
    BATCH_1 + BATCH_2 + BATCH_3 + BATCH_4 + BATCH_5 + BATCH_6 + BATCH_7 + BATCH_8 + BATCH_9
)

KNOWN_COUNTS: dict[str, str] = {
    "S3-addis-transit": "count: 'About 120 North Korean workers bound for Equatorial Guinea "
    "were seen changing planes' reads as a scene ('were seen'); the corpus's scene convention "
    "(phenomena note C11) makes this debatable, so the scene rule is kept",
}
KNOWN_DETAILS: dict[str, str] = {
    "S8-panel-member-states-total": "status: 'Russia accounted for about 18,500 of them' (a "
    "share of the repatriated total) reads present; the share does not inherit the whole's "
    "status",
    "S5-kursk-up-to": "status: headlinese 'Up to 10,000 North Korean workers to help rebuild "
    "Kursk' (an infinitive of the future) reads present; 'to help' as a plan cue would outrank "
    "'sent ... to help' in body text",
    "S2-kuwait-permits": "status: 'Kuwait will deport 42 North Korean workers' reads planned "
    "(a future move, as the spec's 'will be sent'); expected repatriated when written",
}


@pytest.mark.parametrize(("spec", "raw"), list(LONG._params(KNOWN_COUNTS, ARTICLES)))
def test_counts_and_destinations(extractor, spec, raw):
    assert set(LONG.found(extractor, raw)[0]) == set(LONG._expected(spec)[0])


@pytest.mark.parametrize(("spec", "raw"), list(LONG._params(KNOWN_DETAILS, ARTICLES)))
def test_qualifiers_statuses(extractor, spec, raw):
    want, _ = LONG._expected(spec)
    got, _ = LONG.found(extractor, raw)
    want = {k: (LONG._point(q), st) for k, (q, st) in want.items()}
    got = {k: {(LONG._point(q), st) for q, st in v} for k, v in got.items()}
    assert {k: want[k] for k in set(want) & set(got) if want[k] not in got[k]} == {}


def batch_test(articles: list, known_counts: dict[str, str], known_details: dict[str, str]):
    """A module's test of its batches under both comparisons (``test_articles =
    batch_test(...)`` in the module), by :func:`tables.short_news_cases`."""
    this = sys.modules[__name__]

    @pytest.mark.parametrize(
        ("check", "spec", "raw"), short_news_cases(this, known_counts, known_details, articles)
    )
    def test_articles(extractor, check, spec, raw):
        check(extractor, spec, raw)

    return test_articles
