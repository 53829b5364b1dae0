"""Sanctions-monitor and official prose (100-300 words) for where a figure's workers are:
UN Panel of Experts report paragraphs, think-tank tables restated as prose, court
indictments, Treasury/OFAC designation notices, parliamentary hearing transcripts and long
features moving between several countries. The places are mostly below the country
(provinces, oblasts, krais, cities, ports, free zones, emirates) or above it (lists of
countries and regions, "across Africa"); traps are the headline's place against the
body's, transit stops, the city an employer is registered in, the flag a ship flies, the
place workers "returned from" (where they were), and other groups' places in the same
sentence.

Every article was written for this file (people, outlets, firms and figures invented) and
each batch's expected claims were committed before the extractor was run on it. The claim
notation and the comparison are those of ``test_extract_long_articles.py`` (``Q
VALUE@DESTS/STATUS``; " // " ends the headline, " || " a paragraph). Conventions decided
from ../shared/spec/claims.md: a ship's flag is no destination (the place the crew works
from is); an employer's seat is no destination when the text places the work elsewhere; a
table row ("Russia, 35,000 to 45,000") is a claim for its row label.
"""

from __future__ import annotations

import pytest

from . import test_extract_short_news as short_news  # its article type and comparisons
from .tables import short_news_cases

LONG = short_news.LONG
Article = short_news.Article  # (batch, name, expected claims, text)

# Batch R1, written blind (UN panel, think tank, OFAC, indictment, hearing, feature, ships):
# before any change, counts precision 0.96 / recall 0.86 (25 of 29 figures, 1 spurious),
# count+destination 0.92 / 0.83; 4 of 7 articles passed. Fixed: "squid boats flying the flags
# of Togo and Sierra Leone" (a flag state); "Ukrainian and Filipino welders are far more
# numerous in Szczecin, some 4,000 of them" (a pronoun partitive of another nation's
# people); table rows restated as prose, "Russia, 35,000 to 45,000, mostly on building sites
# ...; China, ..." (a comment before the item's semicolon); "the same table put North Korean
# workers in Russia at 30,000 and in China at 50,000" (the workers as an estimate's object,
# "in China at" fronting the next figure). After: 1.00 / 1.00 for both.
BATCH_1: list[Article] = [
    (
        "R1",
        "panel-oblasts-zones",
        "~1300@RU/present =400@RU/present ~600@CN/present ~250@CN/present ~90@AE/present "
        "=823@AE/repatriated",
        """Panel of Experts mid-term report: overseas workers // Excerpt, paragraphs 112-115
        || 112. The Panel continued to investigate DPRK nationals earning income abroad in
        violation of paragraph 8 of resolution 2397 (2017). A Member State informed the Panel
        that approximately 1,300 DPRK workers were employed at construction sites in the Amur
        oblast and that a further 400 worked at timber yards in the Jewish Autonomous Oblast.
        || 113. The Panel also received information that some 600 DPRK nationals were working
        in textile plants in the Dandong Border Economic Cooperation Zone, and that around 250
        were employed by seafood processors in the Hunchun border trade zone in Jilin
        province. The Member State concerned replied that all DPRK workers had been
        repatriated before 22 December 2019. || 114. The Panel investigated reports that about
        90 DPRK workers remained at building projects in Sharjah and Ajman. The United Arab
        Emirates informed the Panel that it had repatriated 823 DPRK nationals since 2017 and
        that none remained in the country. || 115. The Panel recommends that Member States
        share entry data for DPRK nationals holding student and trainee visas.""",
    ),
    (
        "R1",
        "table-as-prose",
        "60000-80000@M49:001/present 35000-45000@RU/present 15000-20000@CN/present "
        "~3000@M49:145/present ~1500@M49:035/present <1000@M49:002/present "
        "=30000@RU/present =50000@CN/present",
        """Where North Korea's workers are, by region // WASHINGTON (Meridian Asia Institute)
        - The institute's new estimate, published on Thursday, puts the number of North
        Korean labourers abroad at between 60,000 and 80,000. Restated from its main table,
        the figures by host are: Russia, 35,000 to 45,000, mostly on building sites in
        Moscow, St Petersburg and Primorsky Krai; China, 15,000 to 20,000, concentrated in
        Liaoning and Jilin; the Middle East, about 3,000; Southeast Asia, around 1,500; and
        Africa, fewer than 1,000. || In 2016 the same table put North Korean workers in
        Russia at 30,000 and in China at 50,000. "The balance has flipped," said the report's
        author, Dana Whitcombe. "Moscow is now the main employer." || The institute drew on
        customs data, Russian regional tenders and interviews with 26 former workers now
        living in South Korea.""",
    ),
    (
        "R1",
        "ofac-designation",
        ">2000@RU/dispatched ~300@RU/present ~150@KW/present",
        """Treasury Sanctions Network Sending North Korean Laborers to Russia and the Gulf //
        WASHINGTON - The Department of the Treasury's Office of Foreign Assets Control (OFAC)
        today designated three entities and four individuals involved in the export of DPRK
        workers. Korea Sobaeksu General Trading Company, first designated in 2018, has since
        2022 sent more than 2,000 laborers to construction sites in Moscow and the Rostov
        oblast, generating an estimated $40 million for the regime. || Also designated is
        Yong Il Ho, a DPRK national based in Vladivostok, who manages about 300 workers at a
        Russian developer's housing projects in Khabarovsk. || OFAC is further designating
        Al Qasr Contracting LLC, a Dubai-registered firm that employs approximately 150 North
        Korean construction workers at projects in Kuwait City. || As a result of today's
        action, all property and interests in property of the designated persons that are in
        the United States are blocked and must be reported to OFAC.""",
    ),
    (
        "R1",
        "indictment-it-workers",
        ">60@CN/present ~20@LA/dispatched v3@M49:001/present",
        """Unsealed indictment charges Chinese broker over North Korean IT workers //
        ST LOUIS (Gateway Courier) - Federal prosecutors on Monday unsealed an indictment
        charging a Chinese national with running a network of North Korean software
        developers who posed as US-based freelancers. The indictment alleges that from 2019
        to 2024 the defendant, Lu Wenhao, 51, of Shenyang, Liaoning province, arranged
        contracts for at least 60 DPRK information technology workers living in Shenyang and
        Dandong. || It further alleges that Lu helped move about 20 of the workers to
        Vientiane, Laos, in 2023 after Chinese police tightened checks on foreign residents.
        Companies in 14 US states unknowingly hired the developers, paying them more than $6
        million. || The FBI says thousands of North Korean IT workers operate worldwide,
        sending most of their earnings to Pyongyang's weapons programmes. Lu faces up to 20
        years in prison if convicted.""",
    ),
    (
        "R1",
        "hearing-shipyards",
        "=47@PL/present ~30@PL/repatriated ~500@M49:150/present",
        """MPs told North Korean welders still worked in Polish port in 2023 // Transcript
        extract, Foreign Affairs Committee, 14 May || CHAIR: How many North Korean workers
        are still in the European Union, to your knowledge? || MS ADEYEMI (Baltic Labour
        Rights Network): We documented 47 North Korean welders at a subcontractor in the port
        of Szczecin in 2023. Around 30 of them have since returned from Poland, and we
        believe the others moved on. Ukrainian and Filipino welders are far more numerous in
        Szczecin, some 4,000 of them. || MR FAIRLEY: And at the peak? || MS ADEYEMI: In 2016
        there were roughly 500 North Korean workers in Europe, most of them in Poland and
        Malta. || CHAIR: Thank you. The committee will write to the minister.""",
    ),
    (
        "R1",
        "feature-three-countries",
        "~4000@RU/present 10000-15000@CN/present ~200@LA/present =80@KW/repatriated",
        """The long road of Pyongyang's workers // By Mira Castellanos || VLADIVOSTOK - At
        dawn, a bus of North Korean builders pulls out of a fenced dormitory on Russky Island.
        In Primorsky Krai alone, about 4,000 North Koreans work on construction sites, a
        regional official told me, most of them hired through Russian intermediaries. || The
        pattern repeats across the border. In Dandong, the Chinese city facing Sinuiju,
        traders estimate that 10,000 to 15,000 North Korean women sew garments in factories
        behind unmarked gates. Chinese workers in the same factories earn three times as
        much. || Further south, in Vientiane, a dozen North Korean restaurants employ about
        200 waitresses, who sing for tourists between courses. || Not every host has kept
        them. In 2019 Kuwait sent home the last 80 North Koreans from its building sites, a
        former foreman said. He now sells phone cards in Seoul.""",
    ),
    (
        "R1",
        "flags-of-convenience",
        "~120@UY/present =45@UY/dispatched",
        """North Korean crews found on foreign-flagged squid boats // MONTEVIDEO (South
        Atlantic Herald) - Some 120 North Korean fishermen are working aboard Chinese-owned
        squid boats flying the flags of Togo and Sierra Leone that operate out of the port of
        Montevideo, according to a report by the maritime NGO Open Hulls. || Another 45 crew
        members flew to Montevideo via Beijing and Dubai last month to join the vessels, the
        report said. The boats are registered to a holding company in Zhoushan, in China's
        Zhejiang province. || Uruguay's port authority said it was reviewing the crews'
        documents.""",
    ),
]

# Batch R2, written blind after the R1 fixes (hearings, panel lists, OFAC, returns, transit):
# before any change, counts precision 0.94 / recall 0.89 (16 of 18 figures, 1 spurious),
# count+destination 0.94 / 0.89; 6 of 7 articles passed. One expectation was corrected after
# the run: the headline's "up to 150,000 North Koreans work abroad" is a figure of its own
# beside the body's "100,000 to 150,000" (the spec's headline rule), so the "spurious" one was
# right (with it, before: 1.00 / 0.89 for both). Fixed: a verbless answer in a transcript,
# "AMB. LINDQVIST: Several hundred across Africa, mostly doctors". After: 1.00 / 0.95 for
# both. Left open (below): "Angola expelled about 60 last year".
BATCH_2: list[Article] = [
    (
        "R2",
        "house-hearing",
        "<150000@M49:001/present 100000-150000@RU,CN,M49:145/present v2@M49:002/present "
        "~60@AO/repatriated",
        """Envoy tells Congress up to 150,000 North Koreans work abroad // WASHINGTON
        (Capitol Ledger) - Excerpt from Tuesday's hearing of the House subcommittee on East
        Asia. || REP. OKAFOR: Ambassador, how many North Korean laborers are abroad today? ||
        AMB. LINDQVIST: Our best estimate is 100,000 to 150,000, in Russia, China and the
        Middle East, though the numbers in the Gulf have fallen sharply since 2019. || REP.
        OKAFOR: And in Africa? || AMB. LINDQVIST: Several hundred across Africa, mostly
        doctors and the builders of monuments. Angola expelled about 60 last year after our
        embassy raised the matter. || REP. OKAFOR: Thank you. I yield back.""",
    ),
    (
        "R2",
        "panel-free-zones",
        "=38@AE/present ~70@AE/present ~200@GQ,GW/present =12@LA/dispatched",
        """Panel of Experts final report (excerpt) // 172. According to a Member State, the
        DPRK continued to dispatch workers to at least 15 countries in 2024, including the
        Russian Federation, China, the Lao People's Democratic Republic and the United Arab
        Emirates. || 173. The Panel documented 38 DPRK workers at a hotel construction site
        in Ras Al Khaimah and around 70 in the Jebel Ali Free Zone in Dubai, where they were
        employed by a subcontractor registered in Ajman. || 174. The Panel was also informed
        that some 200 DPRK nationals worked on road and housing projects in Equatorial Guinea
        and Guinea-Bissau. Neither Member State replied to the Panel's enquiries. || 175. A
        Member State reported that 12 DPRK information technology workers transited through
        Vladivostok and Bangkok in March on their way to Vientiane.""",
    ),
    (
        "R2",
        "ofac-fronts",
        "~1100@GQ,SN,CD/dispatched ~80@CN/present =250@AE,QA/present",
        """Treasury targets North Korean construction exporter and its fronts // WASHINGTON -
        OFAC today designated Hwasong Overseas Construction Company, which maintains branch
        offices in Beijing and Moscow and has deployed approximately 1,100 workers to
        projects in Equatorial Guinea, Senegal and the Democratic Republic of the Congo. ||
        OFAC also designated Jinhai Trading Co., Ltd., a front company based in Shenyang
        that employs about 80 North Korean IT workers operating from Yanji, in China's Jilin
        province. || Kang Myong Chol, Hwasong's representative in Dubai, oversees 250
        laborers at construction projects in Abu Dhabi and Qatar, according to the
        designation notice.""",
    ),
    (
        "R2",
        "headline-laos-body",
        "~150@LA/present",
        """Chinese contractor's North Korean crews turn up in Laos // LUANG PRABANG (Mekong
        Monitor) - About 150 North Korean workers hired by a Kunming-based contractor are
        building a railway freight yard on the edge of this city, two Lao engineers at the
        site said. || The contractor also employs 2,000 Chinese and 600 Lao workers on the
        project, which links the city to the line from Kunming to Vientiane. The North
        Koreans live in a separate camp and are driven to the site each morning, the
        engineers said.""",
    ),
    (
        "R2",
        "back-from-russia",
        "~400@RU/repatriated =120@MN/repatriated",
        """Workers back from Russia describe 16-hour days // SEOUL (NK Insight) - About 400
        North Korean workers who returned from the Russian Far East in October were held in
        quarantine in Sinuiju for a month before being allowed home, a source in North
        Pyongan province said. Another 120 came back from Darkhan, in Mongolia, in the same
        week. || Meanwhile, some 900 Uzbek workers flew home from Russia to Tashkent, the
        Uzbek labour ministry said. || The returnees told relatives they had worked up to 16
        hours a day on building sites in Khabarovsk and Komsomolsk-on-Amur.""",
    ),
    (
        "R2",
        "feature-tomsk-sharjah",
        "~250@RU/present =40@AE/present v3@CN/present",
        """From Siberian sawmills to Gulf towers // By Teodor Marsh || TOMSK - In the Tomsk
        oblast, where winter lasts six months, about 250 North Koreans work at sawmills run
        by a regional timber holding, a local official said. Their supervisor, a
        Pyongyang-born engineer, has been in Russia since 2009. || The same state company
        once had men in the Gulf. In Sharjah, a Lebanese builder said, 40 North Koreans were
        still finishing apartment blocks in 2018, a year after the UN ban. || In China's
        Jilin province, "several thousand" North Korean women work in fish and garment
        factories around Hunchun, according to a trader in Yanji.""",
    ),
    (
        "R2",
        "transit-moscow-minsk",
        "~300@RU/dispatched =50@BY/planned",
        """North Korean builders fly to Moscow, some bound for Belarus // MOSCOW (Volga
        Herald) - Around 300 North Korean construction workers flew from Pyongyang to Moscow
        via Vladivostok on Monday, airport staff said, and 50 of them will continue to Minsk
        next week to work on a housing estate for a Belarusian state builder. || Russia's
        migration service did not respond to questions about the group.""",
    ),
]

# Batch R3, written blind after the R2 fixes (assembly briefings, shares as prose, forfeiture
# complaints, Mongolian parliament, emirates, port crews, crossings, mixed sites): before any
# change, counts precision 1.00 / recall 0.94 (16 of 17 figures), count+destination 0.94 /
# 0.88; 6 of 8 articles passed. Fixed: "crossed the bridge into Dandong ... and boarded a
# train for Vladivostok" (a connection to the onward leg makes the first place a transit);
# "Oman, Qatar and Bahrain hosted a further 3,000 between them" ("a further" before a
# governed figure). After: 1.00 / 1.00 for both.
BATCH_3: list[Article] = [
    (
        "R3",
        "assembly-briefing",
        "~10000@RU/dispatched =3000@CN/present =2000@CN,RU,M49:035/present",
        """Spy agency says North Korea sent 10,000 more workers to Russia // SEOUL (Han River
        Daily) - North Korea sent about 10,000 workers to Russia this year, mostly to Moscow,
        the Primorye region and Zabaykalsky Krai, while another 3,000 were working in
        Liaoning and Jilin provinces and in Shanghai, the National Intelligence Service told
        the Assembly's intelligence committee on Thursday. || The agency also said 2,000 IT
        workers were active in China, Russia and Southeast Asia, according to lawmaker Yoon
        Ha-rin. About 200 North Korean students are enrolled at a university in Kazan, the
        agency added.""",
    ),
    (
        "R3",
        "shares-as-prose",
        "~50000@M49:001/present ~30000@RU/present ~15000@CN/present",
        """Russia now hosts most of Pyongyang's labour force abroad, study finds // LONDON
        (Eurasia Review Weekly) - Of the estimated 50,000 North Korean workers abroad, roughly
        60 percent are in Russia, 30 percent in China and the rest in Africa, the Middle East
        and Southeast Asia, according to a study by the Centre for Sanctions Analysis. In
        absolute terms that means about 30,000 in Russia and 15,000 in China. || The study's
        author, Priya Raman, said the shift had been fast. "Five years ago the split was the
        other way round," she said.""",
    ),
    (
        "R3",
        "forfeiture-complaint",
        ">1000@CN,RU/present",
        """US moves to seize $15 million in North Korean IT wages // WASHINGTON (Justice
        Beat) - The Justice Department filed a civil forfeiture complaint on Wednesday against
        $15.2 million in cryptocurrency and bank funds it says were earned by more than 1,000
        North Korean IT workers based mainly in China and Russia. The workers were paid
        through accounts at banks in Hong Kong and Singapore and used stolen identities to
        win contracts with firms in California and Texas, the complaint says. || The money
        was laundered through exchanges in the United Arab Emirates before reaching
        Pyongyang, prosecutors said.""",
    ),
    (
        "R3",
        "khural-committee",
        "=312@MN/repatriated =27@MN/repatriated",
        """Last North Korean workers left Mongolia in December, MPs told // ULAANBAATAR
        (Steppe Times) - Members of the State Great Khural's security committee were told on
        Wednesday that 312 North Korean workers had left Mongolia since 2017 and that the last
        27, employed at a cashmere plant in Darkhan-Uul province, flew home via Beijing in
        December. || The deputy labour minister said 4,100 Chinese nationals held Mongolian
        work permits, most of them in mining in the South Gobi.""",
    ),
    (
        "R3",
        "emirates-and-neighbours",
        "~60@AE/present =1800@KW/repatriated =3000@OM,QA,BH/present",
        """The Gulf's last North Korean crews // DUBAI (Gulf Ledger) - In the emirate of
        Fujairah, about 60 North Korean workers were still tiling villas last spring,
        according to a contractor who supplied them with materials. || Kuwait, by contrast,
        sent home the 1,800 North Koreans it hosted in 2017, the Kuwaiti labour ministry
        says. Oman, Qatar and Bahrain hosted a further 3,000 between them at the time,
        according to a regional diplomat. || The contractor said the Fujairah crews were
        managed by a Pyongyang company with an office in Sharjah.""",
    ),
    (
        "R3",
        "port-crew",
        "=70@RU/present",
        """Freighter crew found repairing boats in Russian port // NAKHODKA (Primorye Wire) -
        Seventy North Korean crew members of a Sierra Leone-flagged freighter were found
        working at a dry dock in the port of Nakhodka, repairing Russian fishing boats, the
        regional prosecutor's office said on Tuesday. || The ship, owned by a company in
        Hong Kong, had arrived from Rajin in August.""",
    ),
    (
        "R3",
        "yalu-crossing",
        "~500@RU/dispatched =150@CN/dispatched",
        """North Korean workers cross into China, bound for Russia // DANDONG (Border Post) -
        About 500 North Korean workers crossed the bridge into Dandong on Friday and boarded
        a train for Vladivostok, where they will work on construction sites, a Chinese border
        official said. || Another 150 entered through the Quanhe crossing near Hunchun and
        will stay in Jilin province to work in seafood plants, the official said.""",
    ),
    (
        "R3",
        "mixed-yard",
        "=19@PL/present ~1000@MY/present",
        """Inspectors find North Korean welders at Baltic yard // GDYNIA (Pomeranian Courier)
        - Poland's labour inspectorate found 19 North Korean welders at a Gdynia shipyard,
        alongside 300 Ukrainians and 80 workers from India, during checks in September. ||
        Elsewhere, Nepal has some 400,000 migrants in Malaysia and Qatar; North Korea, by one
        monitor's count, had about 1,000 workers in Malaysia before the two countries cut
        ties in 2021.""",
    ),
]

# Batch R4, written blind after the R3 fixes (longer pieces: anaphora across countries,
# member-state replies, year series, a court ruling, market places, occupied Ukraine): before
# any change, counts precision 1.00 / recall 0.87 (13 of 15 figures), count+destination 0.92 /
# 0.80; 5 of 7 articles passed. Fixed: "Qatar went from 3,500 in 2015 to zero" (a host alone
# as a level's subject; "went from" a level verb); "diplomats estimated about 1,200 there"
# (a bare figure pointed by "there" at the sentence's country); "arrived in Vladivostok ...
# and will be taken by rail to Donetsk" (a means of travel before the onward leg's end).
# After: 1.00 / 1.00 for both.
BATCH_4: list[Article] = [
    (
        "R4",
        "feature-anaphora",
        "~2000@RU/present v2@RU/dispatched ~700@CN/present =45@MN/present",
        """Following the money from Khabarovsk to Ulaanbaatar // By Lena Hartig || KHABAROVSK
        - The cranes along the Amur embankment are busy again. In Russia, officials no longer
        pretend that North Koreans are absent: there, about 2,000 of them work on the city's
        building sites alone, a deputy mayor conceded in an interview. Several hundred more
        arrived in the region in the spring, he said, most of them on student visas. || The
        trail continues south. Across the border in Heilongjiang, Chinese border guards
        stopped a bus of Uzbek migrants last month, but the North Koreans in the province
        work in plain sight: some 700 are employed at fish and timber plants around Suifenhe,
        according to a local trader. || In Mongolia the picture is different. The country
        expelled most of its North Korean workers by 2019, but 45 still worked at a
        construction firm in Ulaanbaatar last year, labour inspectors found. || None of the
        governments concerned answered written questions.""",
    ),
    (
        "R4",
        "member-state-replies",
        "=11490@RU/repatriated =1030@RU/present =360@CN/repatriated",
        """Panel summarises member states' replies on DPRK workers // Annex 61 (excerpt) ||
        The Russian Federation informed the Committee that 11,490 DPRK nationals holding work
        permits had been repatriated in 2019 and that, as of 31 December, 1,030 remained in the
        country, most of them awaiting transport. || China stated that it had "fully
        implemented" the resolution and provided the Panel with figures showing that 360 DPRK
        workers had left Liaoning province in the fourth quarter. || Nepal, Nigeria and Peru
        reported that no DPRK nationals were employed in their territories.""",
    ),
    (
        "R4",
        "year-series",
        "=2100@KW/present =400@KW/present =3500@QA/present ~1200@AE/present",
        """The Gulf's North Korean workforce, year by year // DOHA (Peninsula Research Note) -
        Our series, compiled from labour ministry data, shows how fast the numbers fell. In
        2015 Kuwait hosted 2,100 North Korean workers; by 2018 the figure had dropped to 400,
        and today there are none. Qatar went from 3,500 in 2015 to zero in 2019. The United
        Arab Emirates never published a figure, but diplomats estimated about 1,200 there in
        2016. || Most worked in construction, on housing and stadium projects.""",
    ),
    (
        "R4",
        "ningbo-ruling",
        "=14@CN/present",
        """Court jails broker in restaurant defection case // SEOUL (Seoul Legal Times) - The
        Seoul Central District Court on Friday sentenced a Chinese-Korean broker to two years
        in prison for taking money from the families of 14 North Korean restaurant workers in
        Ningbo, China, whom he had promised to bring to the South. || The women, employed at a
        restaurant run by a Pyongyang trading firm, reached Seoul via Kuala Lumpur in 2016.
        The broker had demanded 30 million won from each family.""",
    ),
    (
        "R4",
        "ofac-it-markets",
        "~150@RU,LA/present",
        """Treasury designates IT worker network in Russia and Laos // WASHINGTON - OFAC today
        designated Chosun Expo Technology Joint Venture, which manages approximately 150
        North Korean IT workers in Russia and Laos who generated revenue from clients across
        Europe and North America. The company's workers in Vientiane used Chinese bank
        accounts and freelance platforms based in the United States. || Deputy Secretary
        Mara Voss said the network had earned more than $12 million since 2021.""",
    ),
    (
        "R4",
        "sejm-question",
        "~400@PL/present",
        """Minister: no North Korean permits since 2019 // WARSAW (Vistula Daily) - Answering
        a written question from an opposition MP, the labour ministry said no North Korean
        citizen had held a Polish work permit since 2019. Between 2008 and 2018 the
        provincial governors issued 3,400 permits to North Koreans, most of them in the
        Pomeranian voivodeship, the ministry said. || The MP, Katarzyna Wolny, had asked
        about the 400 or so North Koreans who worked in Polish shipyards and greenhouses
        before the UN ban.""",
    ),
    (
        "R4",
        "ferry-to-donetsk",
        "~1000@UA/dispatched",
        """North Korean builders land in Vladivostok, bound for occupied Donetsk // VLADIVOSTOK
        (Far East Express) - About 1,000 North Korean construction workers arrived in
        Vladivostok by ferry from Rason on Sunday and will be taken by rail to Donetsk to
        rebuild housing, a port official said. || The Russian-installed authorities in the
        region said in August that they needed 20,000 builders. Russia calls the region part
        of its territory; Ukraine and most other countries do not.""",
    ),
]

# Batch R5, written blind after the R4 fixes (far-flung subdivisions and cities, African and
# Central Asian hosts, parenthesised countries, "up to" lists, moves across a border, wholes
# and their returned parts, asides in dashes): before any change, counts precision 0.92 /
# recall 0.92 (12 of 13 figures, 1 spurious), count+destination 0.77 / 0.77; 4 of 8 articles
# passed. Fixed: "in at least eight African countries, including Uganda, Tanzania and ...,
# with about 400 doctors" (a member word opening a list of places is no group, and the
# examples of a wider place are no destination); "to Shenyang and Dalian (PRC) and to Phnom
# Penh (Cambodia)" (a bracketed country inside a list); "the emirate's Indian workforce of
# more than a million" (another nation's workforce). Gazetteer: Rostov oblast, Darkhan-Uul,
# South Gobi, Pomerania and Umm Al Quwain were missing. After: 1.00 / 1.00, count+destination
# 0.92 / 0.92. Left open (below): "on Maltese construction sites and in Lithuanian shipyards
# in Klaipeda".
BATCH_5: list[Article] = [
    (
        "R5",
        "far-east-tour",
        "~300@RU/present ~150@RU/present =90@RU/present",
        """From Sakhalin to Lake Baikal, North Korean crews fill the gaps // YUZHNO-SAKHALINSK
        (Pacific Rim Review) - North Korean labourers now turn up across the Russian Far East
        and Siberia. In Kamchatka, about 300 work at fish-processing plants near
        Petropavlovsk-Kamchatsky, according to a regional fisheries official. In Yakutia,
        also called the Sakha Republic, some 150 North Korean builders are putting up
        apartment blocks in Yakutsk, a local newspaper reported. || In Buryatia, a hotel
        developer in Ulan-Ude said he employed 90 North Koreans last summer, housed in
        trailers behind the site. Regional officials in Blagoveshchensk and Birobidzhan
        declined to give figures.""",
    ),
    (
        "R5",
        "africa-medical",
        "~400@M49:002/present v1@MZ,ZW/present",
        """North Korean doctors still at work in Africa, monitors say // NAIROBI (East Africa
        Ledger) - North Korean medical teams remain in at least eight African countries,
        including Uganda, Tanzania and the Republic of the Congo, with about 400 doctors and
        nurses in total, according to the sanctions monitoring group Open Ledger. Dozens more
        North Koreans work on statue and stadium projects in Mozambique and Zimbabwe, the
        group said. || The teams charge patients in cash and send the proceeds to the embassy
        in Dar es Salaam, former patients told the group.""",
    ),
    (
        "R5",
        "central-asia",
        "~40@KG/present",
        """Kyrgyz MP says North Koreans work at Bishkek hotel // BISHKEK (Tien Shan News) -
        Uzbekistan and Kyrgyzstan both told the UN they host no North Korean workers, but a
        Kyrgyz member of parliament said on Monday that about 40 were working at a hotel
        construction site in Bishkek. || Millions of Central Asians work in Russia, and
        Kyrgyzstan's own migrants sent home $2.5 billion last year. The MP, Aibek Osmonov,
        said the North Koreans had arrived via Almaty.""",
    ),
    (
        "R5",
        "ofac-parentheses",
        ">500@CN,KH/dispatched",
        """Treasury designates trading firm over labor exports // WASHINGTON - OFAC today
        designated Korea Namgang General Trading Corporation (Namgang), which has dispatched
        over 500 workers to Shenyang and Dalian (PRC) and to Phnom Penh (Cambodia) since 2021,
        generating revenue for the DPRK's Munitions Industry Department. Namgang's
        representative office in Moscow (Russia) arranged visas for the workers.""",
    ),
    (
        "R5",
        "mep-hearing",
        "<80@MT,LT/present",
        """MEPs told North Koreans worked on EU sites after the ban // BRUSSELS (Euro
        Chronicle) - Members of the European Parliament's human rights subcommittee heard on
        Tuesday that "up to 80" North Koreans remained on Maltese construction sites and in
        Lithuanian shipyards in Klaipeda as late as 2018. The witness, a researcher from the
        University of Leiden, said Polish and Dutch authorities had shared records with her
        team. || Malta said it had issued its last permit in 2017.""",
    ),
    (
        "R5",
        "smolensk-to-vitebsk",
        "~180@BY/dispatched",
        """Russia's shadow labour reaches Belarus // VITEBSK (Dvina Post) - About 180 North
        Korean builders working for a Russian contractor have been moved from Smolensk to
        housing sites in Vitebsk, Belarus, a local official said. Belarus's labour ministry
        said it had no record of the workers. || The Russian contractor, based in Moscow,
        also employs 1,200 Russian and Tajik staff.""",
    ),
    (
        "R5",
        "kuwait-whole-part",
        "=2000@KW/present ~1700@KW/repatriated",
        """How Kuwait wound down its North Korean crews // KUWAIT CITY (Gulf Monitor) - Of the
        2,000 North Koreans who worked in Kuwait in 2017, about 1,700 had gone home by the end
        of 2019, while the emirate's Indian workforce of more than a million stayed put, the
        interior ministry said. || The rest left on flights via Beijing in early 2020.""",
    ),
    (
        "R5",
        "it-asides",
        "~100@LA,KH/present =150@RU/present",
        """North Korea's coders spread out // SEOUL (Cyber Policy Desk) - North Korean IT
        teams operate across Southeast Asia - about 100 people in Laos and Cambodia - and in
        Russia's Far East and Siberia, where another 150 work from Vladivostok and
        Novosibirsk, according to a report by the Seoul-based Institute for Cyber Policy. ||
        The teams bid for contracts on freelance platforms in Europe and the US.""",
    ),
]

# Batch R6, written blind after the R5 fixes (a late measure: panel paragraphs with
# footnotes, a table in semicolons, an indictment's places, a Diet question, restaurant
# cities, a flagged carrier, a request, a flight home): before any change, counts precision
# 0.79 / recall 1.00 (15 of 15 figures, 4 spurious), count+destination 0.79 / 1.00; 6 of 8
# articles passed. Fixed: footnote marks, "territories.[42]"; "in the Rason Economic and
# Trade Zone" (Rason and Rajin were missing from the gazetteer as the North's own towns, so
# the figure took Laos from the paragraph before); "indicted five men ..., including two
# North Koreans" (the part of an excluded group). After: 1.00 / 1.00 for both.
BATCH_6: list[Article] = [
    (
        "R6",
        "panel-footnotes",
        "~3200@RU/dispatched ~160@LA/repatriated",
        """Panel of Experts report, section IV.C (excerpt) // 87. The Panel was informed by a
        Member State that, in the first half of 2025, approximately 3,200 DPRK workers entered
        the Russian Federation through the Khasan railway crossing and Vladivostok airport,
        and that most were deployed to the Primorsky and Khabarovsk territories.[42] || 88.
        The same Member State reported that some 160 DPRK workers returned from the Lao
        People's Democratic Republic in May, after their contracts with a hydropower company
        expired.[43] || 89. The Panel is also investigating reports that around 500 DPRK
        nationals work at seafood and garment factories in the Rason Economic and Trade Zone
        for Chinese investors. As these workers are inside the DPRK, the Panel does not
        consider them overseas workers.""",
    ),
    (
        "R6",
        "semicolon-table",
        "20000-30000@RU/present 10000-15000@CN/present 500-1000@LA/present <100@AE/present",
        """New estimate narrows range of North Korean labour abroad // BERLIN (Eastern Policy
        Forum) - The forum's annual estimate of North Korean workers by host country, in
        ranges, reads: Russia 20,000-30,000; China 10,000-15,000; Laos 500-1,000; United Arab
        Emirates under 100. The authors, led by Jonas Brenner, said the Russian figure was the
        least certain, because many arrivals hold student visas.""",
    ),
    (
        "R6",
        "indictment-places",
        "~90@CN,RU/present =30@LA/present",
        """Five charged in North Korean remote-work scheme // BOSTON (Harbor Courier) - A
        federal grand jury indicted five men on Thursday, including two North Koreans,
        accused of running IT workers for Pyongyang. The indictment says the defendants,
        operating from Dandong and from Yanji, China, directed about 90 IT workers located in
        China and Russia, and later a further 30 in Laos, who obtained remote jobs with more
        than 300 US companies. || The workers used laptops hosted at homes in Arizona and
        Tennessee to hide their locations, prosecutors said.""",
    ),
    (
        "R6",
        "diet-question",
        "=50@RU/present",
        """Japanese lawmaker asks about North Korean workers at Russian plant // TOKYO (Kanto
        Shimbun English) - A Japanese lawmaker asked the government on Wednesday about
        reports that 50 North Korean workers were employed at a seafood plant in Vladivostok
        owned by the Russian partner of a Japanese trading house. The chief cabinet secretary
        said Japan was "checking the facts". || Japan bans all imports from North Korea.""",
    ),
    (
        "R6",
        "restaurant-cities",
        "=12@NP/repatriated ~60@KH/present ~15@TH/present",
        """Pyongyang's restaurants abroad: fewer, but not gone // By Ana Feld || The
        Pyongyang Okryu restaurant in Kathmandu closed in 2018, and its 12 waitresses were
        sent home, a Nepali landlord recalled. Further east the trade survives. In Phnom Penh
        and Siem Reap, about 60 North Korean women still worked at three restaurants in
        2023, according to a tour operator, and in Bangkok around 15 sing nightly at a
        venue off Sukhumvit Road. || Thai police said they had no grounds to act.""",
    ),
    (
        "R6",
        "flagged-carrier",
        "=210@RU/dispatched",
        """Treasury names ship that carried North Korean workers // WASHINGTON - OFAC today
        identified the Belize-flagged cargo vessel Sea Star as blocked property after it
        carried 210 North Korean workers from Nampo to Nakhodka in March, in breach of UN
        resolutions. The vessel's registered owner is a company in the Marshall Islands.""",
    ),
    (
        "R6",
        "mongolia-request",
        "=1000@MN/planned",
        """Mongolia weighs request to admit North Korean builders // ULAANBAATAR (Steppe
        Times) - Mongolia's labour ministry said on Monday it had received a request to admit
        1,000 North Korean builders for housing projects in Ulaanbaatar, but had not decided.
        The country already employs about 20,000 Chinese workers at mines in the South
        Gobi.""",
    ),
    (
        "R6",
        "flight-home",
        "=40@GQ/repatriated",
        """North Korean builders leave Equatorial Guinea // MALABO (Gulf of Guinea Post) - A
        group of 40 North Korean workers who had been building a stadium in Bata flew home
        via Addis Ababa and Beijing last week, an airport official said. Equatorial Guinea
        told the UN in 2019 that it had no North Korean workers.""",
    ),
]

# Batch R7, written blind after the R6 fixes (a late measure: an annex in colons, shares of a
# whole by region, a court fine, a minister's hearing, a returnee's "of us", a supplier's
# seat, returns from lists of countries): before any change, counts precision 0.91 / recall
# 0.83 (10 of 12 figures, 1 spurious), count+destination 0.73 / 0.67; 3 of 7 articles passed.
# One expectation was corrected after the run: the headline's "Thousands of workers came
# home" is a figure of its own beside the body's 2,000 and 600 (the spec's headline rule),
# with no place in its line (with it, before: counts 1.00 / 0.85, count+destination 0.82 /
# 0.69). Fixed: "Roughly 70 percent of the 60,000 or so North Korean workers abroad are in
# Russia" (the whole of a share stays abroad); "Africa alone accounts for perhaps 1,500 of
# them" (a region's share, an adverb and a filler around the share verb); "employing 16
# North Korean welders ... through a Polish agency based in Gdansk" (an intermediary's
# seat). After: 1.00 / 0.92 for both. Left open (below): '"There were 300 of us in Tynda,"
# he said'.
BATCH_7: list[Article] = [
    (
        "R7",
        "annex-colons",
        "=1030@RU/present <50@QA/present",
        """Annex 12: DPRK nationals holding work permits, as reported to the Panel // The
        figures below were supplied by Member States in reply to the Panel's letters of March
        2020. Russian Federation: 1,030 (as of 31 December 2019). Mongolia: none. Poland:
        none. Qatar: "fewer than 50", with the remainder to be repatriated by June. Kuwait
        and Oman did not reply.""",
    ),
    (
        "R7",
        "shares-by-region",
        "~60000@M49:001/present ~1500@M49:002/present",
        """Africa is a small but stubborn market for Pyongyang's labour // LONDON (Global
        Sanctions Review) - Roughly 70 percent of the 60,000 or so North Korean workers abroad
        are in Russia and the rest in China, Southeast Asia and Africa, the Institute for
        Labour Studies estimates. Africa alone accounts for perhaps 1,500 of them, spread
        over more than a dozen countries, most of them building monuments, stadiums and
        government offices.""",
    ),
    (
        "R7",
        "vilnius-fine",
        "=16@LT/present",
        """Shipbuilder fined for North Korean welders // VILNIUS (Baltic Times Digest) - A court
        in Vilnius on Tuesday fined a Klaipeda shipbuilder 30,000 euros for employing 16 North
        Korean welders between 2017 and 2018 through a Polish agency based in Gdansk. The
        company said it had not known the welders' nationality. Lithuania stopped issuing
        permits to North Koreans in 2017.""",
    ),
    (
        "R7",
        "unification-hearing",
        ">100000@M49:001/present ~1000@CN/present",
        """Minister: over 100,000 North Koreans still work abroad // SEOUL (Han River Daily) -
        The unification minister told lawmakers on Monday that "more than 100,000" North
        Koreans were working overseas in over 40 countries, and that about 1,000 North Korean
        restaurant workers remained in China's northeast alone. Opposition lawmakers
        questioned the figure, which is higher than the spy agency's.""",
    ),
    (
        "R7",
        "returnee-of-us",
        "=300@RU/present ~5000@RU/present",
        """'We cut wood until our hands bled' // By Hana Cho || SEOUL - Mr Kim, 41, spent
        three years at a sawmill in Tynda, in Russia's Amur region, then two on Sakhalin,
        before going home in 2019 and later fleeing to the South. "There were 300 of us in
        Tynda," he said. "We slept in wagons." || Today, according to the Seoul-based NGO
        Citizens for Labour Rights, about 5,000 North Koreans work in the Amur region and
        Zabaykalsky Krai, mostly in logging and construction.""",
    ),
    (
        "R7",
        "supplier-seat",
        "~350@SA,OM/dispatched",
        """Treasury sanctions Gulf labor supplier // WASHINGTON - OFAC today designated
        Al Noor Manpower Services, a company headquartered in Sharjah, United Arab Emirates,
        that supplied about 350 North Korean laborers to construction firms in Saudi Arabia
        and Oman between 2018 and 2023. The company's owner, a Jordanian national, is also
        designated.""",
    ),
    (
        "R7",
        "returns-from-lists",
        "v3@-/repatriated ~2000@CN,RU/repatriated ~600@LA,VN,KH/repatriated",
        """Thousands of workers came home in first quarter, source says // SEOUL (NK Insight) -
        About 2,000 North Korean workers came back from China and Russia in the first
        quarter, while some 600 returned from Laos, Vietnam and Cambodia, a source in Sinuiju
        said. Most were replaced by new groups within weeks, the source added.""",
    ),
]

# Batch R8, written blind after the R7 fixes (a late measure: seafarers and flags, a combined
# range, an indictment's split, a Lords question, a foreman's memory, "across" lists with
# parts, an artists' studio): before any change, counts precision 1.00 / recall 0.58 (7 of 12
# figures), count+destination 1.00 / 0.58; 4 of 7 articles passed. Fixed: "North Korean IT
# workers, some 40 of whom lived in Shenyang and 12 in Khabarovsk" (parts split by place of
# a whole with no figure); "only Russia, China and Laos still do so openly, with a combined
# 45,000 to 55,000" (a combined total). After: 1.00 / 0.83 for both. Left open (below): an
# OFAC notice that names the company ("Korea Rungra 888") but never the DPRK is read as
# irrelevant.
BATCH_8: list[Article] = [
    (
        "R8",
        "panel-seafarers",
        "=62@CN/present =25@RU/present",
        """Panel: DPRK seafarers on foreign fishing fleets // 131. A Member State informed the
        Panel that 62 DPRK seafarers were working on Chinese-owned fishing vessels flagged in
        Tanzania that landed their catch at Zhoushan, and that a further 25 worked on
        Comoros-registered refrigerated carriers unloading in Nakhodka. The Panel considers
        such employment a violation of paragraph 8 of resolution 2397 (2017).""",
    ),
    (
        "R8",
        "combined-range",
        "45000-55000@RU,CN,LA/present",
        """Only three hosts still take North Korean workers openly, report says // GENEVA
        (Alpine Policy Wire) - Of the 30-odd countries that once hosted North Korean workers,
        only Russia, China and Laos still do so openly, with a combined 45,000 to 55,000,
        according to a report by the Geneva Labour Observatory published on Wednesday. The
        others, from Kuwait to Poland, have sent them home.""",
    ),
    (
        "R8",
        "indictment-split",
        "~40@CN/present =12@RU/present",
        """Prosecutors detail North Korean laptop scheme // NEWARK (Garden State Ledger) -
        Prosecutors say the scheme placed North Korean IT workers, some 40 of whom lived in
        Shenyang and 12 in Khabarovsk, in remote jobs at companies in 20 US states. Two
        Americans who hosted laptops for the workers pleaded guilty last month.""",
    ),
    (
        "R8",
        "lords-question",
        "<3000@UA/present ~1000@UA/present",
        """Minister questioned on North Korean workers in occupied Ukraine // LONDON
        (Westminster Record) - In the House of Lords on Tuesday, Lord Harwood asked what
        assessment the government had made of reports that up to 3,000 North Koreans were
        working in Russian-occupied Ukraine. The minister replied: "We have seen reports of
        around 1,000 in the Donetsk region, and we are working with partners to verify
        them." """,
    ),
    (
        "R8",
        "foreman-memory",
        "=35@MN/present ~200@CN/present",
        """On the steppe, memories of North Korean crews // ERDENET (Steppe Times) -
        Bat-Erdene, a foreman in Erdenet, remembers the 35 North Koreans who worked at his
        copper plant until 2019. "They went back from here by train through Zamyn-Uud," he
        said. || Across the border in Inner Mongolia, officials in Erenhot said about 200
        North Koreans were still working at a brickworks outside the city.""",
    ),
    (
        "R8",
        "across-with-parts",
        "~120@MY/present =60@KW/present",
        """Treasury designates labor exporter active in Asia and the Gulf // WASHINGTON -
        OFAC today designated Korea Rungra 888 Trading Corporation, whose laborers worked
        across Southeast Asia and the Middle East, including about 120 in Malaysia and 60 in
        Kuwait, until at least 2020, according to the designation notice.""",
    ),
    (
        "R8",
        "hanoi-studio",
        "~20@VN/present",
        """North Korean art studio still selling paintings in Vietnam // HANOI (Red River
        Post) - About 20 North Korean artists work at a studio in Hanoi that sells oil
        paintings and mosaics to tourists from South Korea and Japan, its Vietnamese manager
        said. The studio sends part of its earnings to Pyongyang's Mansudae Art Studio.""",
    ),
]

# Batch R9, written blind after the R8 fixes (a final measure: panel sites, a sector table,
# Senate estimates, two cities of one host, returns through a crossing, other migrants'
# numbers, a registered placer): before any change, counts precision 1.00 / recall 1.00 (12
# of 12 figures), count+destination 0.92 / 0.92; 6 of 7 articles passed. Not fixed (below):
# "fisheries with 4,000 (China and Russia) and IT with 2,500 (spread over China, Russia and
# Southeast Asia)" gives the 4,000 the next bracket's Southeast Asia too (as on main).
BATCH_9: list[Article] = [
    (
        "R9",
        "panel-africa-sites",
        "~300@GQ/present >100@NG/present",
        """Panel report: DPRK labour in West and Central Africa // 142. The Panel continues to
        receive reports of DPRK workers in the construction sector of Equatorial Guinea, where
        an estimated 300 remained in 2024 at sites in Malabo and Bata, and of "at least 100"
        in Lagos State, Nigeria, employed by a local contractor. Neither Member State replied
        to the Panel's letters.""",
    ),
    (
        "R9",
        "sector-table",
        "=28000@RU/present =9000@CN/present =4000@CN,RU/present =2500@CN,RU,M49:035/present",
        """Construction dominates North Korean labour abroad, study shows // SEOUL (Peninsula
        Economics) - By sector, the study's table shows construction with 28,000 North Korean
        workers (mostly in Russia), textiles with 9,000 (all in China), fisheries with 4,000
        (China and Russia) and IT with 2,500 (spread over China, Russia and Southeast Asia).
        The authors warn that the IT figure is the least reliable.""",
    ),
    (
        "R9",
        "senate-estimates",
        "=14@FJ/present",
        """Officials tell Senate of North Korean crew in Pacific // CANBERRA (Capital Hill
        Review) - Asked at Senate estimates whether North Korean workers had been found on
        Pacific fishing vessels, a foreign affairs official said two or three vessels had
        been flagged to partners and that Australia had identified 14 North Korean crew on a
        longliner in Fiji's waters in 2023. Fiji said it had not been informed.""",
    ),
    (
        "R9",
        "kazan-and-capital",
        "~800@RU/present ~3000@RU/present",
        """From the Volga to the Moskva, North Korean builders // KAZAN (Volga Herald) - In
        Kazan, Tatarstan's capital, about 800 North Korean workers are building a sports
        complex for a regional developer. In the country's capital itself, some 3,000 work on
        housing estates on the edge of Moscow, a contractor said. Neither figure appears in
        official migration statistics.""",
    ),
    (
        "R9",
        "crossing-returns",
        "=1700@CN/repatriated",
        """Customs data show North Korean workers heading home // DANDONG (Border Post) -
        Chinese customs figures show that 1,700 North Korean workers passed back through the
        Dandong crossing in June, returning from garment and electronics factories in
        Liaoning. Traders said replacements had not yet arrived.""",
    ),
    (
        "R9",
        "kuwait-others",
        "=400@KW/repatriated",
        """Kuwait's last North Koreans left in 2019 // KUWAIT CITY (Gulf Monitor) - In Kuwait,
        where about 600,000 Egyptians and a million Indians work, the last 400 North Koreans
        left in 2019, the labour authority said, ending two decades of North Korean crews on
        the emirate's building sites.""",
    ),
    (
        "R9",
        "registered-placer",
        "=90@KH/dispatched",
        """Hong Kong firm placed North Korean seamstresses in Cambodia // PHNOM PENH (Mekong
        Monitor) - A Hong Kong-registered firm, Pacific Gate Ltd, placed 90 North Korean
        seamstresses at a garment factory in Phnom Penh last year, according to Cambodian
        labour records seen by the Mekong Monitor. The firm did not respond.""",
    ),
]

# Batch R10, written blind after the R9 measure (a last measure, no fixes after it: a free
# port zone, "respectively" with "the rest of the world", "the PRC and the Russian
# Federation", a Q&A with elided nouns, "brought back from", a flight on from Shenyang, a
# headline's host against the body's): before any change, counts precision 1.00 / recall 0.73
# (8 of 11 figures), count+destination 0.62 / 0.45; 3 of 7 articles passed. Fixed: "in the PRC
# and the Russian Federation at 20,000 and 40,000 respectively, and in the rest of the world
# at about 5,000" (the run before "respectively" need not end the sentence); "flew from
# Pyongyang to Shenyang ... and then on to Dubai" (an onward leg with its verb left out).
# After: counts 1.00 / 0.73, count+destination 1.00 / 0.73. Left open (below): a Q&A's
# verbless answers with non-vague figures, and a figure apposed after "far more".
BATCH_10: list[Article] = [
    (
        "R10",
        "panel-free-port",
        "~1500@RU/present",
        """Panel report: workers in the Far East (excerpt) // 96. The Panel received
        information that around 1,500 DPRK nationals were working on construction projects
        in the Free Port of Vladivostok zone in 2024. The Russian Federation informed the
        Panel that it had no information on the matter.""",
    ),
    (
        "R10",
        "respectively-rest",
        "=20000@CN/present =40000@RU/present ~5000@M49:001/present",
        """Report: Russia has twice as many North Korean workers as China // TOKYO (Asia
        Policy Wire) - The report puts the number of North Korean workers in the PRC and the
        Russian Federation at 20,000 and 40,000 respectively, and in the rest of the world at
        about 5,000. Its author, Kenji Mori, said the Russian figure had doubled since
        2023.""",
    ),
    (
        "R10",
        "ofac-prc-russia",
        "v2@CN,RU/present",
        """Treasury designates North Korean IT company // WASHINGTON - OFAC today designated
        Chinyong Information Technology Cooperation Company, a DPRK entity that employs
        hundreds of IT workers in the PRC and the Russian Federation who earn revenue for the
        DPRK's weapons programs.""",
    ),
    (
        "R10",
        "qa-elided",
        "~40@MN/present >1000@MN/present",
        """'There were more than a thousand': an interview // ULAANBAATAR (Steppe Times) - We
        spoke to Ganbold Tsend, who inspected building sites for the city for 15 years. ||
        Q: How many North Korean workers are in Mongolia now? || A: About 40, all at a single
        construction site in Ulaanbaatar. || Q: And five years ago? || A: More than 1,000.
        They worked everywhere, on apartments, roads, even a hospital.""",
    ),
    (
        "R10",
        "brought-back",
        "~600@RU/repatriated",
        """Loggers brought home from Khabarovsk // SEOUL (NK Insight) - About 600 North Korean
        loggers were brought back from Russia's Khabarovsk region by train in March, a source
        in Rason said, while 150 Chinese workers were hired to replace them. The source said
        the men had spent up to five years in the taiga.""",
    ),
    (
        "R10",
        "shenyang-then-dubai",
        "~70@AE/dispatched",
        """North Korean builders take the long way to the Gulf // SEOUL (Daily Peninsula) -
        Some 70 North Korean construction workers flew from Pyongyang to Shenyang last week
        and then on to Dubai, where they were met by an agent of a Ras Al Khaimah firm, a
        source familiar with the matter said.""",
    ),
    (
        "R10",
        "belarus-headline",
        "~300@BY/present ~30000@RU/present",
        """Russia's ally takes in North Korean builders // MINSK (Belta Review) - About 300
        North Korean workers are building apartment blocks in Minsk, Belarus's labour
        ministry said on Friday, the first such group in the country since 2017. Russia has
        taken in far more, an estimated 30,000 according to Seoul.""",
    ),
]

ARTICLES: list[Article] = [
    *BATCH_1,
    *BATCH_2,
    *BATCH_3,
    *BATCH_4,
    *BATCH_5,
    *BATCH_6,
    *BATCH_7,
    *BATCH_8,
    *BATCH_9,
    *BATCH_10,
]

KNOWN_COUNTS: dict[str, str] = {
    "R5-mep-hearing": "destination: 'on Maltese construction sites and in Lithuanian shipyards "
    "in Klaipeda' keeps MT only (a list whose second item is a demonym's site placed by a "
    "city)",
    "R7-returnee-of-us": "count: '\"There were 300 of us in Tynda,\" he said' (a first-person "
    "partitive; the article names no worker noun before it)",
    "R9-sector-table": "destination: 'fisheries with 4,000 (China and Russia) and IT with 2,500 "
    "(spread over China, Russia and Southeast Asia)' adds the next bracket's Southeast Asia to "
    "the 4,000",
    "R10-belarus-headline": "count: 'Russia has taken in far more, an estimated 30,000 "
    "according to Seoul' (a figure apposed after 'far more')",
}
KNOWN_DETAILS: dict[str, str] = {
    "R1-indictment-it-workers": "status: 'helped move about 20 of the workers to Vientiane' "
    "reads present, and 'thousands ... operate worldwide, sending most of their earnings' "
    "reads dispatched (money sent, not people)",
    "R2-back-from-russia": "status: 'About 400 North Korean workers who returned from the "
    "Russian Far East ... were held in quarantine' reads present (the return is in the "
    "relative clause)",
    "R3-khural-committee": "status: '312 North Korean workers had left Mongolia since 2017' "
    "reads present (leaving the host is a return)",
    "R4-ningbo-ruling": "status: '14 North Korean restaurant workers in Ningbo, China, whom "
    "he had promised to bring to the South' reads planned (the promise is the broker's)",
    "R6-flagged-carrier": "status: 'carried 210 North Korean workers from Nampo to Nakhodka' "
    "reads present (a transport verb is no dispatch cue)",
    "R7-annex-colons": 'status: \'Qatar: "fewer than 50", with the remainder to be '
    "repatriated by June' reads repatriated (the remainder's move, not the figure's)",
    "R9-crossing-returns": "status: '1,700 North Korean workers passed back through the Dandong "
    "crossing ..., returning from garment and electronics factories' reads dispatched",
}


# every article under the counts comparison and the details one, known misses as xfails
CASES = short_news_cases(short_news, KNOWN_COUNTS, KNOWN_DETAILS, ARTICLES)


@pytest.mark.parametrize(("check", "spec", "raw"), CASES)
def test_monitor_report(extractor, check, spec, raw):
    check(extractor, spec, raw)
