"""Long wire-service and think-tank articles (300-700 words) in which the worker figures sit
among many other numbers and topics: sanctions packages, trade, missile tests, troops,
deminers and "military builders" sent to Russia, Russia's labour shortage, Central Asian and
Chinese migrants, defectors, tourists, students, IT workers and their revenue, seafood
plants, restaurants, shipyards, series over years, figures restated from earlier reports,
corrections, ranges, captions, "related" lines and syndication boilerplate.

Every article was written for this file (people, outlets, firms and figures invented) in
blind batches: each batch's expected claims were committed before the extractor was run on
it. Conventions decided from ../shared/spec/claims.md:

- "military builders" (construction units the text does not call soldiers or troops) are
  workers, as in the spec conformance tests; deminers and sappers are soldiers (the spec
  names sappers); troops, casualties and prisoners are not workers;
- a figure the text corrects ("not 20,000 as earlier reported") is not claimed: the text
  withdraws it;
- "related" lines, photo credits and syndication boilerplate are page furniture: a figure
  that only appears there is no claim of the article (a caption describing workers in the
  article's story is article text);
- entries, visas and permits are not workers unless the text calls the people workers.

Each claim is written ``Q VALUE@DESTS/STATUS``: ``=`` exact, ``~`` approximate, ``>`` at
least, ``<`` at most, ``LOW-HIGH`` a range, ``vN`` a vague figure of that order of magnitude
(``-`` no destination). Money is ``$KIND LOW-HIGH/PER`` (USD; ``/-`` no period) and ``%share
LOW-HIGH``. The count test compares claims as the scorer's count+destination key does; the
detail test compares qualifier and status of the matched figures and the money claims.
"""

from __future__ import annotations

import math
import re

import pytest

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Claim, Document

# (batch, name, expected claims, text); " // " ends the headline (a line break), " || "
# a paragraph break.
Article = tuple[str, str, str, str]

# Batch B1, written blind: before any change, counts precision 0.74 / recall 0.88 (14 of 16
# figures, 5 spurious), count+destination 0.68 / 0.81; 1 of 6 articles passed. Fixed: a
# "RELATED:" line (page furniture); "not 25,000 as earlier reported" (withdrawn); "for export
# to Europe and Japan" (a market, no destination); "A new group of 500 is scheduled" with the
# workers named four sentences back in its paragraph; "2,500 individuals and entities"
# (sanction targets); "About 150 of the workers are based in Laos" (a vague whole split by a
# later place); "rewards of up to $5 million"; "The Gdynia yard now employs 1,400 workers"
# (an employer's headcount); "Chinese contractors brought in 40,000 of their own workers".
# After: 1.00 / 1.00 for both.
BATCH_1: list[Article] = [
    (
        "B1",
        "nis-briefing",
        "~15000@RU/dispatched ~4000@RU/dispatched =5000@RU/planned ~50000@RU/present "
        "$revenue 300000000-300000000/year",
        """North Korea sent 15,000 workers to Russia last year, Seoul's spy agency says //
        SEOUL, Nov 4 (Asia Wire) - North Korea sent about 15,000 workers to Russia last
        year, nearly four times the roughly 4,000 it dispatched in 2023, South Korea's
        National Intelligence Service (NIS) told a parliamentary committee on Tuesday,
        according to two lawmakers who attended the closed-door briefing. || The agency said
        most of the new arrivals entered on student or trainee visas and were placed at
        construction sites in Moscow, the Far East and the Kursk region, where Pyongyang has
        also pledged to send 1,000 deminers and 5,000 military builders to restore roads and
        bridges damaged in the fighting. || Lawmaker Park Soo-hyun of the ruling party told
        reporters after the session that the agency now counted roughly 50,000 North Korean
        workers in Russia in total, the largest number since the United Nations banned their
        employment in 2017. The NIS estimates that Pyongyang earns about $300 million a year
        from them. || The briefing also covered the war. About 11,000 North Korean troops
        remain in the Kursk border area, and some 2,000 have been killed since they were
        first deployed last October, the agency said. North Korea has fired 18 ballistic
        missiles this year, including two intercontinental missiles in May, and has shipped
        more than 12 million artillery shells to Russia since August 2023, according to the
        briefing. || Trade between the two countries reached $34.4 million in the first half
        of the year, Russian customs data show, up 40% from a year earlier. || Photo: North
        Korean workers at a building site in Vladivostok in 2019. (Asia Wire file) ||
        RELATED: Russia to take in 50,000 more North Korean builders, report says ||
        (Reporting by Kim Ji-won; Editing by Tom Reiss) (c) 2025 Asia Wire. All rights
        reserved.""",
    ),
    (
        "B1",
        "shortage-analysis",
        "~34000@RU/present ~1000@RU/present 20000-30000@RU/present "
        "$wage 1000-1000/month %share 80-80",
        """Why Russia keeps turning to North Korean labour // An analysis by the Eurasia Labour
        Monitor || Russia's economy is short of about 2.6 million workers, according to the
        labour ministry's latest estimate, and the gap is widest in construction, where
        employers say they lack some 600,000 people. Migration from Central Asia, long the
        sector's backbone, has fallen: about 1.2 million Uzbek and 630,000 Tajik citizens
        registered for work in the first nine months of this year, down 18% from 2023, after
        tighter rules followed the Crocus City Hall attack. Chinese contractors brought in
        roughly 40,000 of their own workers, mostly in the Far East. || North Korea fills a
        small but growing part of the gap. In 2017, the Russian interior ministry recorded
        about 34,000 North Korean workers in the country. By the end of 2019, the deadline
        set by Security Council resolution 2397, it reported that about 1,000 remained, most
        of them said to be awaiting flights home. || Our review of entry statistics,
        regional tenders and interviews with three contractors suggests that between 20,000
        and 30,000 North Koreans are working in Russia today. Entry data alone understate
        the flow: of the 13,221 North Koreans who entered Russia in 2024, 7,887 came on
        student visas, which are not counted as labour migration. || The economics explain
        the appeal. Contractors in Primorsky Krai told us they pay about $1,000 a month for
        each North Korean worker, roughly what they would pay an Uzbek bricklayer, but the
        North Koreans work 12-hour shifts, seven days a week, and do not change employers.
        The North Korean state takes 80% of that money, leaving the worker with what one
        contractor called "pocket money". || Russian officials deny any breach of sanctions.
        The Far East's development minister said in September that the region needed 150,000
        more workers by 2030 and that "every option" was being studied. || The Eurasia
        Labour Monitor is an independent research group based in Vilnius. This analysis is
        1,150 words.""",
    ),
    (
        "B1",
        "donggang-seafood",
        "~2500@CN/present =500@CN/planned ~100000@CN/present $wage 2800-2800/month",
        """North Korean women still gut squid in Chinese port town // DANDONG, China - In the
        port town of Donggang, 40 km south-west of the Yalu river bridge, about 2,500 North
        Korean women work at 14 seafood processing plants, peeling shrimp and cleaning squid
        for export to Europe and Japan, according to a Chinese broker and two local traders.
        || The women live in dormitories of six to eight beds and may not leave the compound
        without a minder, the broker said. They earn 2,800 yuan a month, most of which goes
        to their managers. Their contracts run for three years, but many have been in China
        since 2019, when the border closed for the pandemic. A new group of 500 is scheduled
        to arrive in March, he said. || Before the 2017 sanctions, some 100,000 North
        Koreans worked in China, in garment factories, seafood plants and restaurants along
        the border, South Korean officials estimated at the time. || China's trade with
        North Korea rose 27% last year to $2.2 billion, customs data show, and about 300
        Chinese trucks cross the bridge each day. Seafood is among the goods banned by
        resolution 2371, yet Dandong traders say squid caught by North Korean boats still
        reaches Chinese plants through ship-to-ship transfers. || The US Treasury sanctioned
        two Donggang seafood firms in 2024 for employing North Korean labour. Neither
        responded to requests for comment. || Correction: This article has been updated to
        show that about 2,500 women work at the plants, not 25,000 as earlier reported.""",
    ),
    (
        "B1",
        "baltic-shipyards",
        "~800@PL/present ~120@PL/present =20@MT/repatriated $wage 1000-1000/month",
        """Europe's forgotten North Korean welders // GDANSK - For a decade, North Korean
        welders helped build ships in Poland that now sail under European flags. Between
        2006 and 2016, around 800 North Koreans worked in Poland, most of them at shipyards
        and on farms, according to a study by researchers at the University of Leiden. || At
        one Gdynia yard, about 120 North Korean welders were employed through a Polish
        subcontractor in 2014, the study found. They worked up to 12 hours a day and handed
        most of their wages, about €1,000 a month, to a North Korean agent. The yard built
        at least four hulls for a Danish navy contractor worth some €13 million. || Poland
        stopped issuing new work permits to North Koreans in 2016, and the last of them left
        in 2018. Malta sent home 20 North Korean workers in 2017 after a UN inquiry. || The
        European Union has since adopted 19 sanctions packages against Russia, listing more
        than 2,500 individuals and entities, and it added North Korean officials to the list
        in 2024 over arms transfers. Diplomats say a 20th package due in February may target
        shipping firms that carry North Korean munitions. || Shipbuilding in Poland employs
        about 30,000 people today, many of them from Ukraine, the Philippines and India. The
        Gdynia yard now employs 1,400 workers and did not reply to questions. || Photo
        caption: The Gdynia shipyard in 2015, when North Korean welders worked there.""",
    ),
    (
        "B1",
        "it-workers-revenue",
        "v3@M49:001/present ~150@LA/present >30@CN/present $revenue 250000000-600000000/year",
        """North Korean IT workers earn up to $600 million a year, US says // WASHINGTON
        (Capitol Report) - Thousands of North Korean IT workers abroad earn the regime $250
        million to $600 million a year, the State Department said on Thursday, announcing
        rewards of up to $5 million for information on their facilitators. || The workers
        pose as remote freelancers and have been hired by more than 300 US companies,
        prosecutors say. In one case unsealed last week, an Arizona woman ran a "laptop
        farm" of 90 computers for them. || About 150 of the workers are based in Laos, the
        department said, and at least 30 in China, where two front companies in Shenyang and
        Dandong employ them. Hundreds more work from inside North Korea, the department
        said, using foreign-registered accounts. || North Korean hackers also stole $1.5
        billion in cryptocurrency from the exchange Bybit in February, the largest theft of
        its kind. Analysts at the blockchain firm Chainlytic say the country has stolen more
        than $6 billion since 2017. || The Justice Department has charged 14 North Koreans
        and seized 29 financial accounts. || Related stories: US charges 5 over North Korean
        IT worker scheme; 1,000 North Korean IT workers in Russia, Seoul says""",
    ),
    (
        "B1",
        "wonsan-tourism",
        "none",
        """Russian tourists flock to North Korea's new beach resort // WONSAN, North Korea
        (Asia Wire) - About 1,500 Russian tourists have visited the Wonsan-Kalma resort
        since it opened on July 1, the Russian tour operator Vostok Intur said, a small
        number against its capacity of 20,000 guests. Packages cost about $1,400 for eight
        days, including flights from Vladivostok. || North Korea's state media say the
        resort, with 54 hotels along a 4 km beach, was built by soldiers and "shock
        brigades" over seven years. Rail services between Moscow and Pyongyang resumed in
        June after a five-year pause, with two trains a month. || Tourism is one of the few
        sources of hard currency not banned by UN sanctions. Before the pandemic about
        350,000 Chinese tourists visited the North each year, according to estimates by a
        Seoul think tank. || Some 300 North Korean students are also studying in Russia this
        year, and the two countries plan to swap 1,000 schoolchildren for summer camps.
        Defector arrivals in the South fell to 196 last year. || North Korea fired a cruise
        missile off its east coast on the day the resort opened.""",
    ),
]

# Batch B2, written blind: before any change, counts precision 0.63 / recall 0.81 (17 of 21
# figures, 10 spurious), count+destination 0.56 / 0.71; 0 of 6 articles passed. The table
# missed "12 waitresses ... flew to Seoul" (workers who defect are counted, as the spec
# conformance tests read "the text does not call workers"; added) and "the worker receives
# perhaps a tenth" (the spec: "they keep 30%" is a share; added). Fixed: "236 defectors"
# after a receive verb; "80 individuals and 20 entities"; "an 11-country team" (a
# hyphenated modifier); "seats 300 and employs around 60 waitresses"; "has a staff of about
# 20" with the DPRK name earlier in the sentence; "43 restaurants ...: 31 in China" (things);
# "Uzbekistan alone sent 1.1 million citizens ..., down from 1.4 million" (another sender
# and its baseline); "expects another 30 to join them"; "... 250 North Koreans ... and that
# at least 40 of them fled" (the clause ends at "and that"); "a woman who sewed uniforms in
# Hunchun said her factory ..." (where the speaker worked); "interviewed the former workers
# ... Twenty-one had worked in Russia" (interviewees); "sentenced 3 brokers for placing 60
# women"; money: "more than half of the North Koreans", "less than half the wage of Chinese
# workers", "send ... $15 million a year to Pyongyang", "including ammunition sales, troops
# and labour", "remittances from Russia to Uzbekistan". After: 1.00 / 1.00 for both; four
# statuses left open (below).
BATCH_2: list[Article] = [
    (
        "B2",
        "restaurants-report",
        "=12@CN/present 700-900@M49:142/present ~20@RU/present ~60@CN/present ~200@CN/repatriated "
        "~150@M49:001/recruiting $revenue 10000000-10000000/year "
        "$revenue 15000000-15000000/year",
        """Pyongyang's restaurants abroad: smaller, quieter, still open // A briefing by the
        Korea Risk Desk || At their peak in 2016, North Korea ran about 130 restaurants in 12
        countries, from Beijing to Phnom Penh and Kathmandu, each staffed by 15 to 30 young
        women who waited tables, sang and danced for diners. Seoul's unification ministry
        estimated at the time that the chain earned Pyongyang $10 million a year. In April
        2016, 12 waitresses and their manager walked out of a restaurant in Ningbo and flew
        to Seoul, the largest group defection of its kind. || Sanctions and the pandemic
        shrank the network. We count 43 restaurants still open this year: 31 in China, five
        in Laos, four in Russia, two in Vietnam and one in Cambodia. Based on menus, staff
        photographs on social media and visits by our researchers, we estimate that the
        restaurants across Asia employ between 700 and 900 North Korean women. Together they
        send an estimated $15 million a year to Pyongyang. || The Vladivostok branch of the
        Pyongyang chain, which reopened in 2023, has a staff of about 20, a regular diner
        told us. The largest outlet, in Dandong, seats 300 and employs around 60 waitresses
        and cooks. Customers pay about 150 yuan a head. || Staff rotate every three years. In
        2024, some 200 women from the China branches were sent home and replaced by new
        recruits, one former manager said, while about 150 more are being trained in
        Pyongyang for jobs abroad next year. || Restaurants are not named in the UN
        sanctions, but resolution 2397 required all North Korean workers to be sent home by
        December 2019. China reported that it had repatriated more than half of the North
        Koreans earning income on its territory by then, without giving a number. || Photo: A
        North Korean restaurant in Phnom Penh, 2019.""",
    ),
    (
        "B2",
        "kursk-rebuild",
        "=5000@RU/planned ~4500@RU/dispatched",
        """Russia says North Korean builders to help rebuild Kursk // MOSCOW, Jun 17
        (Northern Wire) - North Korea will send 1,000 sappers to clear mines in Russia's
        Kursk region and 5,000 military construction workers to rebuild infrastructure
        destroyed during the Ukrainian incursion, Russian Security Council secretary Sergei
        Shoigu said after talks with Kim Jong Un in Pyongyang on Tuesday. || It was Shoigu's
        second visit to Pyongyang in two weeks. The Kremlin said the two sides also
        discussed a rail bridge across the Tumen River, due to open in 2026 at a cost of 9
        billion roubles ($115 million), and a doubling of flights between Moscow and
        Pyongyang to four a week. || Ukraine's military intelligence said in May that about
        14,000 North Korean soldiers had served in Kursk since October, of whom some 6,000
        had been killed or wounded. Moscow and Pyongyang acknowledged the deployment only in
        April. || The pledge adds to a labour flow that predates the war. Russian figures
        show that 13,221 North Koreans entered Russia in 2024, twelve times the number in
        2023, and officials in the Far East have said about 4,500 North Korean construction
        workers arrived in Primorsky Krai alone in the first five months of this year. ||
        Seoul's Korea Institute for National Unification estimates that North Korea earns up
        to $1 billion a year from its arrangements with Russia, including ammunition sales,
        troops and labour. Analysts say the builders are unlikely to be paid wages. || North
        Korea tested a new solid-fuel missile last week, its seventh launch this year. ||
        Copyright 2025 Northern Wire. This material may not be published, broadcast or
        redistributed.""",
    ),
    (
        "B2",
        "moscow-migrants",
        "=48@RU/present ~2000@RU/dispatched =30@RU/planned $wage 1500-1500/month %share 10-10",
        """On Moscow's building sites, fewer Uzbeks and more unfamiliar faces // MOSCOW - At a
        housing project on the city's southern edge, the foreman counts his crews each
        morning: 140 Uzbeks, 60 Kyrgyz, 35 Tajiks and, since March, 48 North Koreans, who keep
        to themselves and eat in a separate canteen. || Russia registered about 6.3 million
        foreign workers last year, most from Central Asia, according to the interior
        ministry, but numbers have fallen since new checks were introduced in 2024.
        Uzbekistan alone sent 1.1 million citizens to Russia in 2024, down from 1.4 million a
        year earlier; remittances from Russia to Uzbekistan reached $11 billion. ||
        Developers have turned elsewhere. Vacancies in construction stood at 230,000 in
        September, the statistics service said. The city government has signed recruitment
        deals with India, Sri Lanka and Myanmar, and a Moscow developers' association says
        its members have taken on roughly 2,000 North Koreans this year, most on short
        contracts arranged through a Vladivostok agency. || The North Koreans are paid
        through the agency. A site accountant said the developer transfers $1,500 a month
        for each worker, of which the worker receives perhaps a tenth. || Lawyers say
        employing them breaches UN resolution 2397. Russia, which vetoed the renewal of the
        UN Panel of Experts in March 2024, says the resolution's labour clause no longer
        reflects reality. || The foreman says his North Koreans are the best bricklayers on
        the site. "They never drink, never argue, and never ask for days off," he said. He
        expects another 30 to join them next month.""",
    ),
    (
        "B2",
        "ngo-testimony",
        "~250@RU/present ~400@CN/present =200@CN/dispatched ~100000@M49:001/present "
        "50000-70000@M49:001/present %share 70-90",
        """Report: former North Korean workers describe debt, surveillance in Russia and China
        // SEOUL - A Seoul-based rights group on Wednesday published testimony from 38 former
        North Korean overseas workers, the largest such collection to date, describing
        14-hour days, confiscated passports and wages that rarely reached them. || The
        Citizens' Alliance for Labour Rights in North Korea (CALR) interviewed the former
        workers, who left North Korea between 2015 and 2023, in South Korea and a third
        country. Twenty-one had worked in Russia, 11 in China and six in the Middle East. ||
        One former logger said his camp in the Amur region held about 250 North Koreans in
        2018 and that at least 40 of them fled over two winters. A woman who sewed uniforms
        in Hunchun said her factory had about 400 North Korean workers and that a further
        200 arrived in 2019 shortly before the border closed. || The report estimates that
        some 100,000 North Koreans were working abroad in 2017, before the latest sanctions,
        and that between 50,000 and 70,000 are abroad today, with Russia and China hosting
        the large majority. It says the state took between 70% and 90% of their earnings. ||
        The group's director, Choi Yeon-hee, said 9 of the interviewees had been punished
        after a colleague defected. "The system depends on fear," she said. || South Korea
        received 236 defectors last year, the unification ministry says, fewer than a fifth
        of the number in 2019. || This story has been corrected to show that 21 of the
        interviewees worked in Russia. An earlier version said 12.""",
    ),
    (
        "B2",
        "sanctions-wire",
        ">300@AE/dispatched ~100000@M49:001/present 15000-20000@RU/present",
        """Japan, EU widen North Korea sanctions after missile launches // TOKYO/BRUSSELS, Oct
        28 - Japan on Tuesday froze the assets of 11 North Korean entities and 9
        individuals, and the European Union added 14 people to its sanctions list, after
        Pyongyang launched what it called a hypersonic missile that flew 1,000 km before
        landing in the Sea of Japan. || It was North Korea's ninth ballistic missile launch of
        the year, according to Japan's defence ministry, and came days after the country
        paraded 22 new missile launchers in Pyongyang. || Among those named by Japan were two
        trading companies accused of arranging the dispatch of workers to Russia and the
        United Arab Emirates. A Japanese government statement said one of them had sent "at
        least 300" construction workers to the UAE since 2022 under forged Nepali and
        Bangladeshi papers. || The UN Panel of Experts, whose mandate ended in April 2024,
        said in its final report that some 100,000 North Korean workers remained abroad in
        violation of UN resolutions. Western governments set up an 11-country Multilateral
        Sanctions Monitoring Team to replace it; its first report, in May, put the number of
        North Korean workers in Russia at around 15,000 to 20,000. || South Korea's won fell
        0.4% against the dollar after the launch. North Korea's trade with China was $2.2
        billion last year. || Japan has banned all trade with North Korea since 2009. The
        EU's North Korea list now covers 80 individuals and 20 entities.""",
    ),
    (
        "B2",
        "hunchun-garments",
        "~2000@CN/dispatched ~15000@CN/present =60@CN/repatriated $wage 2500-2500/month",
        """North Korean garment workers return to Chinese border city // HUNCHUN, China
        (Border Report) - About 2,000 North Korean workers crossed into the Chinese border
        city of Hunchun in January, the first new group since the pandemic closed the border
        in 2020, two people who trade in the city said. || They join about 15,000 North
        Koreans already working at garment, electronics and seafood factories in the city's
        industrial zone, one of the traders estimated, though Chinese officials have never
        published a figure. || China's customs data show that clothing is not listed among
        imports from North Korea, which are banned under UN sanctions, but traders say
        garments sewn in Hunchun by North Koreans are labelled "Made in China" and sold in
        Europe and the United States. || Hunchun, a city of about 210,000 people where
        Chinese, Russian and Korean signs stand side by side, lies 15 km from the North
        Korean border and 60 km from Russia's port of Zarubino. || Trade across the Quanhe
        crossing was worth $340 million last year. About 500 trucks a day now use the
        crossing, up from 100 in 2021. || North Korean workers in Hunchun are paid about
        2,500 yuan a month, the traders said, less than half the wage of Chinese workers at
        the same plants, who earn 5,500 yuan. || In 2019, a Chinese court in Jilin sentenced
        3 brokers for placing 60 North Korean women in Hunchun factories without permits;
        the women were sent home. || Photo: North Korean women at a garment factory in
        Hunchun, where some 15,000 of their compatriots work.""",
    ),
]

# Batch B3, written blind: before any change, counts precision 0.83 / recall 0.83 (20 of 24
# figures, 4 spurious), count+destination 0.79 / 0.79; 1 of 6 articles passed. Fixed:
# "1,540 North Korean arrivals for work" and its baseline; "South Korean intelligence spoke
# of about 100,000 workers" (a speaker, no owner of staff); "Nepal has about 3.5 million
# citizens working abroad and the Philippines about 2.2 million" (a country's own people,
# and the elided noun of a group left out); "the yard, which employs about 2,100 people",
# "Romania's shipbuilding industry employs about 15,000 workers" (headcounts); "the 30,023
# it had registered" after "Member states reported ...: Russia said" (the country placed
# before, not 'abroad'). After: counts 1.00 / 0.96, count+destination 1.00 / 0.96. Left
# open (below): "reported sending home 1,400" (a bare figure after a return verb: the rule
# lowered the fitted seeds+dev row, so it was dropped), migrants' remittances (a rule on
# migrant earners lowered dev2 money), a status and an amount with its currency unsaid.
# Later fixed: "reported sending home 1,400" (a forced return or "send home" right before a
# bare figure, with no change to the shared sets' output; test_extract_count_genres.py).
BATCH_3: list[Article] = [
    (
        "B3",
        "vladivostok-housing",
        ">200@RU/present ~350@RU/dispatched =3000@RU/planned =1540@RU/dispatched "
        "=412@RU/dispatched $wage 700-700/month $wage 160000-160000/month",
        """Pyongyang's builders fill Vladivostok's housing boom, sources say // North Korean
        construction crews now make up a large share of the workforce on apartment projects
        in Vladivostok, a source in Primorsky Krai told Daily NK on Monday. || "On the site
        where I work there are more than 200 North Korean builders, and every month new
        people come," said the source, a Russian site engineer who asked not to be named. He
        said a new contingent of about 350 workers had arrived by ferry from Rajin in the
        first week of November. || The source said the crews are supplied by the Korea Rungra
        Construction Company, which he said answers to the Ministry of People's Armed Forces,
        and that many of the men are "military builders" on leave from their units. "They
        wear civilian clothes and work like anyone else," he said. || As this outlet reported
        in March, North Korean authorities had planned to send 3,000 construction workers to
        the Russian Far East this year. The source said the real number was likely higher, as
        workers also arrive on tourist and student visas. Russian migration statistics list
        1,540 North Korean arrivals for work in the first half of the year, compared with 412
        in the same period of 2023. || Each worker is expected to remit $700 a month to the
        state, the source said, while the Russian contractor pays the Korean company about
        160,000 roubles a month per worker. || Russia's Far East needs about 90,000
        construction workers over the next five years, according to regional officials. ||
        Correction: An earlier version of this story misstated the size of the November
        contingent as 530.""",
    ),
    (
        "B3",
        "estimates-explainer",
        ">50000@M49:001/present ~100000@M49:001/present =18533@RU/repatriated "
        "=30023@RU/present v3@CN/present 40000-60000@M49:001/present ~25000@RU/present "
        "=15000@CN/present $revenue 200000000-500000000/year",
        """How many North Koreans work abroad? A decade of estimates // Explainer || Estimates
        of North Korea's overseas workforce have always been rough. In 2015 a UN special
        rapporteur put the figure at more than 50,000 abroad, most of them in Russia and
        China. Two years later, before the Security Council's 2017 resolutions, South Korean
        intelligence spoke of about 100,000 workers in more than 40 countries, earning the
        state between $200 million and $500 million a year. || The resolutions changed the
        picture. Member states reported sending many of them home: Russia said in its final
        report to the council that it had repatriated 18,533 North Korean workers by the end
        of 2019, about two-thirds of the 30,023 it had registered two years earlier. China
        did not give a figure. || Since then the numbers have crept back. The Panel of
        Experts, before its mandate lapsed in 2024, cited information from a member state
        that "thousands" of workers remained in China, and it documented 21 ships carrying
        North Korean labourers to Russian ports in 2023 alone. || For this year, our best
        estimate is a range: 40,000 to 60,000 North Koreans working abroad, of whom roughly
        25,000 are in Russia, 15,000 in China and the rest spread across Laos, Vietnam, the
        Gulf and Africa. The uncertainty is large; the figure for China alone could be twice
        as high. || By comparison, Nepal has about 3.5 million citizens working abroad and the
        Philippines about 2.2 million. || Data: UN Panel of Experts reports 2017-2024; South
        Korean NIS; Russian Ministry of Internal Affairs. Chart: Estimated North Korean
        workers abroad, 2015-2025 (thousands).""",
    ),
    (
        "B3",
        "romania-shipyard",
        "=34@RO/present >90@RO,PL,NL/dispatched ~400@PL/present $wage 600-600/month",
        """EU probes North Korean welders at Romanian shipyard // BUCHAREST, Feb 12 (EuroWire)
        - Romanian labour inspectors found 34 North Korean welders working on two cargo ships
        at a shipyard in Constanta last year, hired through a Polish-registered agency,
        according to a European Commission document seen by EuroWire. || The Commission is
        examining whether the yard, which employs about 2,100 people and builds bulk carriers
        of up to 80,000 tonnes, breached EU rules that ban the employment of North Koreans.
        The two ships, ordered by a Maltese owner for €46 million, were delivered in October.
        || The agency placed at least 90 North Koreans at yards in Romania, Poland and the
        Netherlands between 2019 and 2023, the document says, citing payroll records. It paid
        each worker about €600 a month into accounts controlled by a North Korean trading
        company. || The findings echo a 2016 investigation in Poland, where about 400 North
        Koreans were found working at shipyards and farms. The Dutch shipbuilder Damen said
        in 2018 that it had found North Korean workers at a Polish subcontractor and had
        stopped using the firm. || The EU has designated 57 North Korean individuals and 9
        entities since 2006. A Commission spokesperson declined to comment on an ongoing
        investigation. || Romania's shipbuilding industry employs about 15,000 workers, many
        from Asia.""",
    ),
    (
        "B3",
        "gulf-history",
        "~2800@QA/present <100@QA/present ~3000@KW/present =1400@AE/repatriated ~50@AE/present",
        """Gulf states quietly sent North Korean workers home. Some stayed. // DOHA - When Qatar
        began building stadiums for the 2022 World Cup, about 2,800 North Korean labourers
        worked on its construction sites, according to estimates cited by the UN at the time.
        They were among some 2 million migrant workers in the emirate, most of them from
        Nepal, India and Bangladesh. || After the Security Council's 2017 sanctions, Qatar
        said it had stopped issuing visas to North Koreans, and by the end of 2019 it
        reported that fewer than 100 remained. Kuwait, which had hosted roughly 3,000 North
        Korean workers, said it had expelled all but a handful. The United Arab Emirates
        reported sending home 1,400 over 2018 and 2019 without giving a total. || Human
        rights groups say the numbers hide a residual presence. A researcher at Gulf Labour
        Watch said she had seen about 50 North Korean men at a labour camp outside Dubai in
        2023. || Migrants in the Gulf send home about $120 billion a year, World Bank data
        show. Nepal alone received $11 billion in 2024. || Kuwait's foreign ministry said in
        a statement that the country "fully complies" with UN resolutions.""",
    ),
    (
        "B3",
        "sakhalin-fishing",
        "~300@RU/present =120@RU/present v2@RU/present $wage 45000-45000/month "
        "$wage 30000-30000/month",
        """Sakhalin's fish plants lean on North Korean labour as catch quotas grow //
        YUZHNO-SAKHALINSK (Pacific Wire) - Russia has raised North Korea's fishing quota in
        its waters to 9,000 tonnes of pollock and squid for next year, the Federal Fisheries
        Agency said, up from 6,500 tonnes, as the two countries expand cooperation after
        their 2024 mutual defence treaty. || On shore, North Koreans have become a fixture in
        Sakhalin's processing plants. About 300 North Korean women gut and freeze fish at two
        plants in Kholmsk, a plant manager told Pacific Wire, and another 120 work at a
        cannery in Korsakov. The manager said the women earn 45,000 roubles a month, of which
        the North Korean side takes 30,000. || Sakhalin's population has fallen to about
        460,000, and the region's fishing industry reports a shortage of 4,000 workers.
        Regional authorities brought in 1,100 migrants from Kyrgyzstan and Uzbekistan last
        year. || North Korean fishing boats, about 70 of which operate under Russian
        licences, employ several hundred North Korean fishermen in Russian waters, according
        to the agency. || Japan's coast guard said it had detained 2 North Korean fishing
        boats near Hokkaido this year.""",
    ),
    (
        "B3",
        "kaesong-at-home",
        "none",
        """Ten years after Kaesong closed, its workers' fate remains unclear // SEOUL - When
        South Korea shut the Kaesong Industrial Complex in February 2016, about 55,000 North
        Korean workers lost jobs at 124 South Korean factories just north of the border.
        Seoul had paid the North some $560 million in wages over 12 years, money it said was
        diverted to weapons programmes. || About 800 South Korean managers worked at the
        complex at its peak, commuting across the demilitarised zone. Satellite images taken
        last year show that at least 20 of the factories are operating again, run by North
        Korea without Southern involvement, and that some 6,000 North Koreans may be working
        there. || Seoul's unification ministry says 34,000 defectors have resettled in the
        South. About 1,000 South Korean firms have applied for compensation for their lost
        Kaesong assets, worth an estimated 1.5 trillion won. || North Korea blew up the joint
        liaison office in Kaesong in 2020.""",
    ),
]

# Batch B4, written blind: before any change (read with the whitespace-normalising text
# helper; the first run had joined two series lines), counts precision 1.00 / recall 0.88 (22
# of 25 figures), count+destination 0.91 / 0.80; 2 of 6 articles passed. Fixed: "2024:
# 3,900" (lines of figures do not use up the context reach); "About 40 of the developers are
# based in Vladivostok" (a part of an exact whole split by a new place); "the company
# employed some 4,000 workers across 14 African countries" (no headcount when placed); "a
# sawmill near Khabarovsk, where about 800 of them are employed"; "placed" as a dispatch.
# After: counts 1.00 / 0.96, count+destination 1.00 / 0.96. Left open: "a smaller group of
# 60 was seen working on a stadium" (a scene verb; the table's reading is debatable).
BATCH_4: list[Article] = [
    (
        "B4",
        "it-front-companies",
        "~150@CN,RU,LA/dispatched ~40@RU/present =35@LA/present v3@M49:001/present "
        "~1000@CN/present $wage 5000-5000/month $revenue 17000000-17000000/year",
        """Inside the network that rents out North Korea's coders // SEOUL (Asia Wire) - A
        North Korean state company placed about 150 software developers with front companies
        in China, Russia and Laos over the past three years, according to a report released
        on Tuesday by cyber-security firm Nightwatch Labs, which tracked the group's job
        applications and payment trails. || The developers work in teams of 10 to 20, each
        overseen by a political minder, and take contracts from clients in Europe, Japan and
        the United States while posing as freelancers from Ukraine or Poland. Nightwatch said
        it had identified 1,200 fake profiles on freelancing platforms and 64 cryptocurrency
        wallets used to collect their pay. || Each developer is expected to bring in $5,000 a
        month, the report says, and the teams together earn an estimated $17 million a year.
        About 40 of the developers are based in Vladivostok, in a dormitory rented by a
        Russian logistics firm, and another 35 in Vientiane. || The report's figures are lower
        than those of a US government advisory in 2022, which said North Korea had
        "thousands" of IT workers abroad, mainly in China and Russia. Seoul's intelligence
        service told lawmakers last year that about 1,000 were working in China alone. ||
        Nightwatch's chief analyst, Daniel Roth, said the firm had shared its findings with
        law enforcement agencies in 5 countries.""",
    ),
    (
        "B4",
        "africa-monuments",
        "~4000@M49:002/present ~200@NA/repatriated =150@AO/repatriated ~100@SN/present "
        "~300@GQ/present =60@ML/present $revenue 20000000-99999999/- "
        "$revenue 50000000-50000000/year",
        """The statues are gone, the builders mostly too // WINDHOEK - For two decades, North
        Korea's Mansudae Overseas Projects built statues, stadiums and presidential palaces
        across Africa. At its height, the company employed some 4,000 workers across at least
        14 African countries, according to a 2017 UN report, and earned Pyongyang tens of
        millions of dollars. || Namibia, which used Mansudae to build its Heroes' Acre
        memorial and a new State House, said in 2016 that it had ended all contracts and that
        the last of about 200 North Korean workers had left. Angola reported that 150 left in
        2018. Senegal's 49-metre African Renaissance Monument, inaugurated in 2010 at a cost
        of $27 million, was built by about 100 North Koreans. || UN investigators later found
        that some workers simply moved. In Equatorial Guinea, around 300 were still building
        government housing in 2021, and a smaller group of 60 was seen working on a stadium in
        Bamako, Mali, the investigators said. || Mansudae's overseas revenue fell from about
        $50 million a year at its peak to a few million. The company's Pyongyang headquarters
        employs about 4,000 artists, many of whom produced the bronze figures shipped to
        African capitals.""",
    ),
    (
        "B4",
        "headline-standfirst",
        ">10000@RU/present ~12000@RU/present <5000@RU/planned 15000-20000@RU/present "
        "~800@RU/present",
        """More than 10,000 North Koreans now work in Russia's Far East, governor says //
        Standfirst: Regional chief says numbers have doubled in a year as Moscow looks east
        for labour || KHABAROVSK, Aug 8 (Northern Wire) - About 12,000 North Korean workers
        are now employed in the Khabarovsk and Primorsky regions, twice as many as a year
        ago, the governor of Khabarovsk Krai said on Thursday, in a rare public
        acknowledgement of a practice banned by the UN. || "They build, they fish, they work
        in the forests," Governor Dmitry Ivin told a business forum. He said Khabarovsk alone
        would take "up to 5,000 more" next year under an intergovernmental agreement signed
        in June. || The governor's numbers match estimates by Seoul, which put the total in
        Russia at 15,000 to 20,000 workers. Russia's population in the Far East has fallen by
        1.8 million since 1991 to 7.9 million. || Caption: North Korean workers unload timber
        at a sawmill near Khabarovsk, where about 800 of them are employed, in a photo
        released by the regional government. || (Editing by Anna Kovac) Northern Wire 2025.
        Click here for reprint rights.""",
    ),
    (
        "B4",
        "laos-vietnam",
        "v2@LA,VN/present ~300@LA/present 100-150@VN/present =80@LA/dispatched =163@LA/repatriated",
        """Laos, Vietnam still host North Korean workers despite ban, researchers say // HANOI
        - Several hundred North Korean workers remain in Laos and Vietnam, working in
        restaurants, on construction sites and in IT, according to a study by researchers at
        the Hanoi-based Mekong Policy Centre published this week. || The study counted 11
        North Korean restaurants in the two countries and estimated that about 300 North
        Koreans work in Laos, most of them in Vientiane, and between 100 and 150 in Vietnam,
        mainly in Hanoi and Ho Chi Minh City. It said a hotel construction project in
        Vientiane had brought in 80 North Korean builders in March. || Tourism between the
        three countries has grown: Vietnam received 3,200 North Korean visitors last year,
        and some 450 North Korean students are enrolled at Vietnamese universities, the
        education ministry says. Vietnamese exports to North Korea rose 12% to $48 million.
        || Laos's foreign ministry said it was "not aware" of any North Koreans working in
        the country in breach of UN resolutions. In 2019 it told the UN that it had
        repatriated 163 North Korean workers. || Both countries have also sent their own
        citizens abroad to work: about 600,000 Vietnamese work in Japan, Taiwan and South
        Korea.""",
    ),
    (
        "B4",
        "primorye-series",
        "=180@RU/present =310@RU/present =1260@RU/present =3900@RU/present",
        """Primorsky Krai registers more North Korean workers // VLADIVOSTOK - The number of
        North Korean citizens registered for work in Primorsky Krai has risen sharply,
        according to data from the regional migration department published on Monday. ||
        North Korean workers registered in the krai, by year: || 2021: 180 || 2022: 310 ||
        2023: 1,260 || 2024: 3,900 || The department said Chinese, Uzbek and Tajik citizens
        still make up most of the region's 95,000 foreign workers. It did not say how many
        North Koreans had left. || Separately, regional border guards said 27,000 North
        Korean nationals had crossed into the krai through the Khasan checkpoint and
        Vladivostok airport since January, most of them on student, tourist or business
        visas. || Analysts say the registered figures cover only a fraction of the real
        total. "For every worker on the books, there are two or three more who arrived as
        students," said Irina Belova of the Far Eastern Federal University.""",
    ),
    (
        "B4",
        "construction-troops",
        "none",
        """North Korean 'construction troops' seen in Kursk as POW talks stall // KYIV -
        Ukrainian intelligence said on Monday it had seen about 3,000 North Korean
        construction troops rebuilding bridges and roads in Russia's Kursk region, in
        addition to an estimated 11,000 combat soldiers deployed there since last year. ||
        Ukraine is holding 2 North Korean prisoners of war, who have asked to be sent to
        South Korea. Seoul says it is ready to accept them. Kyiv says about 4,700 North
        Koreans have been killed or wounded. || North Korea has also shipped around 250
        ballistic missiles and 12 million shells to Russia, according to Ukrainian
        estimates, in return for oil, food and air-defence systems. Russia sent about 1
        million barrels of oil to the North last year, above the UN cap of 500,000 barrels.
        || Russian state television has shown North Korean soldiers laying mines near the
        border; Russian officials say about 1,000 sappers arrived in July.""",
    ),
]

# Batch B5, written blind: before any change, counts precision 0.94 / recall 0.71 (17 of 24
# figures), count+destination 0.78 / 0.58; 1 of 6 articles passed. Fixed: "MR. HALE:" (an
# upper-case title); "Our best estimate is between 20,000 and 30,000" after a question
# naming the workers; "We've seen at least 2,000 arrive"; "Middle East and Africa: fewer
# than 1,000" (the joined list before a colon); "... 2,800 work permits ..., and as many as
# 1,000 were working in Poland"; "vessels delivered to a Dutch company" (a market) and "a
# Polish subcontractor" (a workplace); "The Dutch company, which has 400 employees" (a
# headcount); "sending the last 500 home"; money: "military cooperation", "official exports
# to China ($300 million in 2024)". Also from this batch's run: a part placed in Gdansk after
# "a Polish agency placed some 450" is no split (the B4 rule was narrowed). After: counts
# 1.00 / 0.88, count+destination 1.00 / 0.88. Left open (below): a vague figure "there" whose
# workers were named six sentences back in a transcript, "the 100,000 figure", and "it had
# counted 11,500" (an elided noun with no "another").
BATCH_5: list[Article] = [
    (
        "B5",
        "qa-briefing",
        "20000-30000@RU/present >2000@RU/dispatched v4@CN/present ~100000@M49:001/present",
        """Transcript: State Department briefing on North Korean labour (excerpt) // QUESTION:
        Can you give us a number for North Korean workers in Russia right now? || MR. HALE:
        Our best estimate is somewhere between 20,000 and 30,000, and it has grown every
        month this year. We've seen at least 2,000 arrive since June alone. || QUESTION: And
        China? || MR. HALE: China is harder. We believe tens of thousands remain there, in
        seafood processing and textiles mostly. I won't give you a precise figure. ||
        QUESTION: What about the 100,000 figure that Seoul used a few years ago? || MR.
        HALE: That was a global figure, from before the pandemic, and I think it was about
        right for the time. || QUESTION: On the sanctions side, how many designations this
        year? || MR. HALE: We've designated 38 individuals and 17 entities connected to the
        labour programme since January, and we've offered rewards of up to $7 million. ||
        (Transcript prepared by the Office of the Spokesperson. 1,312 words.)""",
    ),
    (
        "B5",
        "key-findings",
        "~35000@RU/present ~4000@RU/present 40000-60000@CN/present "
        "1000-1500@M49:001/present <1000@M49:145,M49:002/present "
        ">10000@M49:145,M49:002/present =14@M49:001/present "
        "$revenue 250000000-600000000/year $revenue 500000000-1000000000/year",
        """Key findings // North Korea's labour exports, 2022-2025 || • North Korean workers in
        Russia: about 35,000 in mid-2025, up from roughly 4,000 at the start of 2022. || •
        China: an estimated 40,000-60,000, most of them women in seafood and garment plants
        in Liaoning and Jilin. || • IT workers abroad: 1,000 to 1,500, chiefly in China,
        Russia and Laos, earning a combined $250-600 million a year. || • Middle East and
        Africa: fewer than 1,000 in total, down from over 10,000 in 2017. || • Revenue from
        all overseas labour: $500 million to $1 billion a year, comparable to North Korea's
        official exports to China ($300 million in 2024). || • Defections: 14 overseas
        workers defected to South Korea in 2024, according to Seoul. || Methodology:
        estimates combine Russian and Chinese statistics, satellite imagery of 48
        worksites, and 31 interviews.""",
    ),
    (
        "B5",
        "mongolia-denial",
        "~400@MN/present ~1300@MN/present =500@MN/repatriated",
        """Mongolia denies hosting North Korean workers after report // ULAANBAATAR, Mar 3
        (Steppe News) - Mongolia's labour ministry on Monday denied a report that about 400
        North Korean workers are employed at construction sites and a cashmere factory in the
        capital, saying that no North Korean has held a Mongolian work permit since December
        2019. || The report, by a Seoul-based monitoring group, said the workers had entered
        on tourist visas and that some 150 of them sewed garments at a factory in the
        Khan-Uul district. || Mongolia, which has diplomatic ties with both Koreas, hosted
        about 1,300 North Korean workers in 2017, mostly in construction, according to the
        ministry's own figures at the time. It reported sending the last 500 home in late
        2019. || Mongolia's economy grew 5% last year on coal exports to China, which reached
        83 million tonnes. About 30,000 Chinese nationals work in Mongolia's mining sector.
        || The ministry said it would investigate and "deport any foreign national working
        illegally".""",
    ),
    (
        "B5",
        "war-economy",
        "~15000@RU/dispatched $revenue 120000000-120000000/year $wage 700-700/month",
        """North Korea's war economy: shells, coal and workers // SEOUL - North Korea earned an
        estimated $20 billion from its military cooperation with Russia since 2023,
        according to the Korea Institute for Defense Analyses, including arms sales worth
        about $9.8 billion and payments for the troops it sent to Kursk. || The institute
        estimated labour income separately: the roughly 15,000 North Korean workers who
        arrived in Russia over the past two years bring in about $120 million a year, it
        said, with each worker handing over some $700 a month to state trading companies. ||
        Coal smuggled to China through ship-to-ship transfers earned another $400 million,
        and North Korean hackers stole $1.3 billion in cryptocurrency in 2024 alone. ||
        Russia has also supplied about 1 million barrels of oil, 100,000 tonnes of wheat and
        air-defence equipment, the institute said. || By comparison, South Korea's exports
        reached $684 billion last year.""",
    ),
    (
        "B5",
        "dutch-hulls",
        "~60@PL/dispatched <1000@PL/present $wage 500-500/month",
        """Dutch ship hulls built with North Korean labour, court hears // ROTTERDAM - A Dutch
        court heard on Tuesday that a Polish subcontractor supplied about 60 North Korean
        welders to build hulls for two fishing vessels delivered to a Dutch company in 2016
        and 2017. || Prosecutors said the welders worked at the Crist shipyard in Gdynia for
        between 8 and 12 hours a day and received about €500 a month, while the
        subcontractor invoiced €3,500 per worker. The Dutch company, which has 400
        employees, denies knowing the welders' nationality. || Between 2011 and 2017, Polish
        authorities issued about 2,800 work permits to North Korean citizens, and as many as
        1,000 were working in Poland at any one time, researchers have estimated. ||
        Clarification: An earlier version of this article said the vessels were delivered in
        2015.""",
    ),
    (
        "B5",
        "russian-regions",
        "=6200@RU/present =3100@RU/present ~2500@RU/present =1400@RU/present "
        "~900@RU/present =17800@RU/present =11500@RU/present",
        """North Korean labour spreads beyond Russia's Far East // MOSCOW (Northern Wire) -
        North Korean workers are now present in at least 20 Russian regions, according to an
        analysis of regional procurement records by the Moscow-based Centre for Migration
        Research. The largest groups are in Primorsky Krai 6,200, Khabarovsk Krai 3,100,
        Moscow and its region about 2,500, Amur Oblast 1,400 and the Kursk region some 900,
        the centre said. || In total it counted 17,800 North Koreans with registered
        employers, but said the real figure was "probably double". In 2019, before the UN
        deadline, it had counted 11,500. || Central Asians remain the backbone of Russia's
        migrant workforce: the centre put their number at 3.1 million, including 1.4 million
        Uzbeks. || The centre's director, Olga Petrova, said 40% of the North Koreans worked
        in construction and 25% in agriculture.""",
    ),
]

# Batch B6, written blind: before any change, counts precision 0.67 / recall 0.80 (12 of 15
# figures, 6 spurious), count+destination 0.61 / 0.73; 0 of 6 articles passed. The table
# missed "The workers, numbering at least 12, earned about $470,000 over two years" (what a
# group earned over a period is revenue; added). Fixed: "62 individuals and 45
# organisations"; "a population of 1.8 million and a shortage of about 40,000 workers" (the
# noun phrase ends at "and a"); "500 of our comrades"; "A previous version stated that
# Kuwait hosted 60,000 ..." (a correction notice); "4,300 foreign nationals of various
# nationalities"; "25,000 and 45,000 respectively"; "factories in the North Korean border
# city of Sinuiju have resumed hiring, employing about 6,000" (at home); money: "Wages in
# Sinuiju", "..., Russia's only $50 million" (an elided trade figure), "the average monthly
# wage in construction". After: counts 1.00 / 1.00, count+destination 0.93 / 0.93. Left
# open (below): "North Korea has some 4,000 IT workers, about half of them working in China
# and Russia" (the aside's places), three statuses and a wage compared with another.
BATCH_6: list[Article] = [
    (
        "B6",
        "two-hosts-analysis",
        "~25000@RU/present ~45000@CN/present <50000@RU/planned",
        """Two hosts, two models: how Russia and China use North Korean labour // Analysis ||
        Russia and China remain by far the largest hosts of North Korean workers, with an
        estimated 25,000 and 45,000 respectively, according to figures compiled by the
        Seoul-based Institute for Far Eastern Studies. The two countries use them
        differently. || In China, most are young women in seafood, textile and electronics
        factories in the border provinces; a typical plant in Dandong employs 200 to 400 of
        them, living in on-site dormitories. In Russia, the workforce is overwhelmingly male
        and concentrated in construction, where crews of 30 to 50 men are contracted out to
        Russian developers. || China's official trade with North Korea was worth $2.3 billion
        last year, Russia's only $50 million, but the labour figures suggest Russia's share
        of the North's hard-currency income is rising fast. Russian officials have spoken of
        taking in as many as 50,000 more workers by 2027. || Both countries deny breaching UN
        resolutions. China says the women are "trainees", and Russia says most North Koreans
        in the country hold student visas. More than 7,000 North Korean students were
        registered at Russian universities last year, up from 2,500 in 2022, the Russian
        education ministry says.""",
    ),
    (
        "B6",
        "dandong-garments",
        "~2000@CN/present =300@CN/planned ~20000@CN/present $wage 2200-2200/month %share 50-50",
        """In Dandong, the garment trade runs on North Korean hands // DANDONG, China - Some two
        thousand North Korean women stitch jackets and trousers in a cluster of factories on
        the edge of this border city, according to three Chinese managers interviewed last
        month, and another three hundred are due to arrive before the Lunar New Year. || The
        managers said the women, most in their twenties, work 12-hour shifts and earn 2,200
        yuan a month, about half of which is kept by their North Korean supervisors. "A dozen
        of them share one room," said one manager, surnamed Liu. || Dandong handles about 70
        per cent of China's trade with North Korea. The city of 2.1 million has seen its
        economy shrink since sanctions tightened in 2017, when an estimated twenty thousand
        North Koreans worked in its factories, restaurants and seafood plants. || Half a
        million tourists used to visit Dandong each year to look across the Yalu river at
        Sinuiju. Chinese tour operators say numbers have halved.""",
    ),
    (
        "B6",
        "vladivostok-here",
        "~3000@RU/present =1500@RU/planned ~900@RU/planned =500@RU/present",
        """North Korean builders a familiar sight in Vladivostok // VLADIVOSTOK, Russia (Pacific
        Wire) - They are hard to miss: in blue overalls and hard hats, North Korean builders
        now work on almost every large housing project in this port city. About 3,000 work
        here, according to a city administration official, and the number is growing. ||
        The official, who asked not to be named, said the city's construction companies had
        requested 1,500 more North Korean workers for next year, but that the federal
        migration service had approved only about 900 so far. || "We have 500 of our comrades
        on this site alone," a North Korean foreman said through an interpreter at a
        25-storey tower in the Pervaya Rechka district, before a minder ended the
        conversation. || Russia's Primorsky Krai has a population of 1.8 million and a
        shortage of about 40,000 workers, regional officials say. The average monthly wage in
        construction is 98,000 roubles.""",
    ),
    (
        "B6",
        "sinuiju-factories",
        "$wage 400-400/month",
        """Chinese investors return to Sinuiju as border trade reopens // SINUIJU, North Korea /
        DANDONG - Chinese-invested factories in the North Korean border city of Sinuiju have
        resumed hiring, employing about 6,000 North Korean workers who assemble wigs,
        eyelashes and electronics for export, Chinese businesspeople said. || The arrangement
        lets Chinese firms use cheap North Korean labour without bringing workers across the
        border, where their employment is banned by UN sanctions. Wages in Sinuiju are about
        $150 a month, against roughly $400 for North Koreans working in China. || About 50
        Chinese managers and technicians now live in Sinuiju, one investor said, and a new
        bridge across the Yalu, finished in 2014 at a cost of 2.2 billion yuan, may finally
        open next year. || North Korea exported $120 million worth of wigs and false
        eyelashes to China last year, its largest non-sanctioned export.""",
    ),
    (
        "B6",
        "kuwait-correction",
        "800-1200@KW/present ~6000@KW/present =1500@KW/present",
        """Kuwait says it sent home North Korean workers, offers no figures // KUWAIT CITY -
        Kuwait's interior ministry said on Sunday it had repatriated the remaining North
        Korean workers in the country, without saying how many. A diplomat in Kuwait City
        estimated that between 800 and 1,200 had been working on government construction
        projects until last year. || In 2017, Kuwait was thought to host some 6,000 North
        Korean labourers; the UN panel later reported that the number had fallen to 1,500 by
        2019. || The ministry also said it had deported 4,300 foreign nationals of various
        nationalities for visa violations in the first quarter. || This article has been
        corrected. A previous version stated that Kuwait hosted 60,000 North Korean labourers
        in 2017; the figure was 6,000.""",
    ),
    (
        "B6",
        "seoul-indictment",
        ">12@CN/present ~4000@-/present $revenue 470000-470000/-",
        """Seoul charges 4 over hiring North Korean IT workers // SEOUL - South Korean
        prosecutors on Friday indicted 4 people, including two executives of a Seoul software
        firm, for hiring North Korean IT workers based in China through a broker. The
        workers, numbering at least 12, earned about $470,000 over two years on the firm's
        projects, prosecutors said. || The firm, which has 85 employees, said it had not known
        the developers were North Korean. || South Korea's intelligence service estimates that
        North Korea has some 4,000 IT workers, about half of them working in China and
        Russia. Since 2022, Seoul has sanctioned 62 individuals and 45 organisations over
        North Korean cyber activity.""",
    ),
]

# Batch B7, written blind: before any change, counts precision 0.79 / recall 0.55 (11 of 20
# figures, 3 spurious), count+destination 0.71 / 0.50; 1 of 6 articles passed. Fixed: a
# dashed list ("Russia — 20,000 to 30,000", "Vietnam — several hundred") whose lines do not
# use up the reach back to its header; "1,000 IT workers based at home"; "200 passengers in
# cabins and several hundred more on deck"; "puts the number at about 15,000; a US official
# ... put it at 'more than 20,000'" under a headline that names the workers; "each of the
# country's nine provinces to select 500 workers" (a distributive); "married men between 30
# and 45" (ages); "with no relatives abroad". After: counts 1.00 / 0.95, count+destination
# 1.00 / 0.95. Left open (below): "holders of work permits, of whom there were 236", two
# statuses. Later fixed: "of whom there were 236" (an existential after "of whom" sizes the
# group, it picks no member; test_extract_count_genres.py).
BATCH_7: list[Article] = [
    (
        "B7",
        "ferry-arrivals",
        "~250@RU/dispatched ~2000@RU/dispatched v3@RU/planned",
        """N. Korea Sends 2,000 More Workers To Russia By Sea // VLADIVOSTOK (Pacific Wire) - A
        passenger ferry carrying about 250 North Korean workers docked in Vladivostok on
        Wednesday, the fourth such voyage from the port of Rajin since May, port officials
        said, bringing the number of North Koreans who have arrived by sea this year to
        roughly 2,000. || The Mangyongbong, a 9,700-tonne ferry that once sailed between
        North Korea and Japan, resumed service on the route in 2024. It can carry 200
        passengers in cabins and several hundred more on deck. || Officials said the workers
        would be sent to building sites in Primorsky Krai and Khabarovsk. "Thousands more
        are expected next year," said one official. || Each voyage costs about 1.5 million
        roubles, according to the ferry operator. Russia's imports from North Korea are not
        published.""",
    ),
    (
        "B7",
        "estimates-diverge",
        "~15000@RU/present >20000@RU/present <5000@RU/present =236@RU/present",
        """How many North Koreans work in Russia? Estimates diverge // Analysis || Estimates
        vary widely. South Korea's intelligence service puts the number at about 15,000; a
        US official last month put it at "more than 20,000"; and a Russian lawmaker from
        Primorye claimed in September that there were "no more than 5,000" in the whole
        country. || The differences reflect definitions. Russian statistics count only
        holders of work permits, of whom there were 236 at the end of last year, according
        to the interior ministry. Seoul counts students and trainees who work. || A quarter
        of the 15,000 counted by Seoul are thought to be in Moscow, where North Korean crews
        renovate apartments, and most of the rest in the Far East. || Pyongyang's state media
        have not acknowledged any workers abroad. KCNA on Monday called reports of North
        Korean labour in Russia "a smear by the puppet regime".""",
    ),
    (
        "B7",
        "province-quotas",
        "=4500@RU/planned ~1200@RU/dispatched $wage 800-800/month",
        """North Korea orders provinces to supply workers for Russia, sources say // SEOUL
        (Daily NK) - North Korean authorities have ordered each of the country's nine
        provinces to select 500 workers for dispatch to Russia by March, a source in North
        Hamgyong province told Daily NK this week. || "Each province has to send 500, so the
        total comes to 4,500," the source said, adding that candidates must be married men
        between 30 and 45 with no relatives abroad. Those selected will undergo three months
        of political training in Pyongyang before leaving. || In the past two years the
        province alone has sent some 1,200 workers to Russia, the source said. Families of
        workers abroad receive about 50 kg of rice a month. || The source said workers in
        Russia are told to remit $800 a month. Daily NK could not independently verify the
        claims.""",
    ),
    (
        "B7",
        "dormitory-fire",
        "~120@RU/present ~300@RU/present",
        """Fire kills North Korean workers in Russian dormitory // KHABAROVSK - At least 17
        North Korean construction workers died and 9 were injured when a fire broke out
        overnight in a dormitory in Khabarovsk, regional emergency officials said on
        Saturday. About 120 North Koreans lived in the two-storey building, officials said.
        || Investigators are examining whether the building, a converted warehouse, met fire
        safety rules. The company that housed the workers employs about 300 North Koreans on
        three sites in the city, according to the regional labour inspectorate. || Russia's
        emergencies ministry said 43 firefighters and 12 fire engines were sent to the
        scene. The fire was extinguished after four hours.""",
    ),
    (
        "B7",
        "regional-breakdown",
        "20000-30000@RU/present 40000-50000@CN/present ~1000@LA/present v2@VN/present "
        "<500@M49:145/present ~300@M49:002/present",
        """Where North Korea's workers are: a regional breakdown // Data || The following
        estimates, compiled from government statements, UN reports and media accounts, show
        North Korean workers by host country at the end of 2024: || Russia — 20,000 to
        30,000 || China — 40,000 to 50,000 || Laos — about 1,000 || Vietnam — several
        hundred || Middle East — fewer than 500 || Africa — about 300 || Notes: figures for
        China exclude an estimated 1,000 IT workers based at home who work for Chinese
        clients online. Estimates for Russia exclude 12,000 soldiers.""",
    ),
    (
        "B7",
        "holiday-return",
        "v2@RU/dispatched =340@RU/dispatched ~400@RU/present $wage 140000-140000/month",
        """North Korean workers return to Russian sites after new-year break // VLADIVOSTOK -
        Hundreds of North Korean builders returned to Russia this week after spending the
        new-year holiday at home, a contractor in Vladivostok said, as construction resumed
        on several housing projects. || The contractor said 340 of his 400 North Korean
        workers had come back, and that the rest would follow in February. || North Korea
        usually keeps its workers abroad for three years without leave; the holiday trips,
        which began last year, are seen by analysts as a sign of closer ties with Moscow.
        Russian Railways now runs two trains a week between Khasan and Tumangang. || The
        contractor pays the North Korean company 140,000 roubles a month per worker.""",
    ),
]

# Batch B8, written blind: before any change, counts precision 1.00 / recall 0.95 (21 of 22
# figures), count+destination 1.00 / 0.95; 5 of 6 articles passed. Fixed: 'Yanji: "a few
# hundred"' (a list item's quoted figure). After: 1.00 / 1.00 for both.
BATCH_8: list[Article] = [
    (
        "B8",
        "three-decades",
        "~20000@RU/present ~3000@RU/present 35000-40000@RU/present >150000@RU/present "
        "3000-4000@RU/planned",
        """From Siberian forests to Moscow towers: three decades of North Korean labour in
        Russia // Feature || In the 1990s some 20,000 North Korean loggers worked in camps in
        Russia's Amur region and Khabarovsk Krai under a Soviet-era timber agreement, felling
        trees in exchange for a share of the wood. By 2010 their number had dropped to about
        3,000, as the camps closed and workers moved to construction. || At its peak in 2016,
        the Russian workforce from North Korea was estimated at between 35,000 and 40,000,
        most of them builders in Moscow, St Petersburg and Vladivostok. They were organised
        in 17 brigades per company on average, each brigade of 20 to 40 men under a party
        secretary. || Seoul estimates that over the past three decades more than 150,000
        North Koreans have worked in Russia in total. Today the number is rising again: half
        a million square metres of housing in Vladivostok alone is being built with North
        Korean labour, according to the city, and three or four thousand more workers are
        expected in the spring. || Photo: Logs at a former North Korean camp near Tynda, Amur
        region, 2003.""",
    ),
    (
        "B8",
        "while-list",
        "~100000@M49:001/present ~40000@RU/present =45000@CN/present "
        "~15000@M49:145,M49:002,M49:035/present $revenue 800000000-800000000/year "
        "$revenue 500000000-500000000/year %share 60-90",
        """Seoul: North Korea earns $800 million a year from workers in Russia, China // SEOUL
        (Asia Wire) - North Korea has about 100,000 workers abroad, South Korea's unification
        ministry said on Tuesday, with Russia hosting some 40,000, while China has 45,000 and
        the Middle East, Africa and Southeast Asia together about 15,000. || The ministry
        estimated that the workers earn the state about $800 million a year, up from $500
        million a year in 2022, and that each worker hands over 60 to 90 percent of his or
        her pay. || North Korea's GDP was about $29 billion last year, according to the Bank
        of Korea, which estimated growth at 3.1%. || The ministry's estimate was released a
        day after North Korea fired two short-range ballistic missiles into the sea off its
        east coast.""",
    ),
    (
        "B8",
        "fbi-advisory",
        "v3@CN,RU/present =14@CN/present $wage 300000-300000/year $revenue 88000000-88000000/-",
        """North Korean IT workers each earn about $300,000 a year, FBI says // WASHINGTON -
        Some North Korean IT workers abroad earn about $300,000 a year each by holding several
        remote jobs at once, the FBI said in an advisory on Wednesday, most of which is sent
        back to fund the country's weapons programmes. || The advisory estimated that
        "thousands" of such workers operate from China and Russia, with smaller numbers in
        Southeast Asia and Africa. Teams of 3 to 5 typically share one laptop farm. || In one
        case described in the advisory, a group of 14 North Koreans working for two front
        companies in Shenyang generated about $88 million over six years. The FBI said it had
        seized 17 websites and $1.5 million in funds. || The US has offered rewards of up to
        $5 million for information on the facilitators.""",
    ),
    (
        "B8",
        "polish-greenhouses",
        "v1@PL/present ~50@PL/present",
        """Polish greenhouses once relied on North Koreans. Now it's Ukrainians and Filipinos //
        WARSAW - A decade ago, tomato greenhouses near Warsaw employed dozens of North Korean
        women, hired through an agency that paid their wages to a North Korean state company.
        Today the same farms employ about 2,000 seasonal workers, mostly from Ukraine, Belarus
        and the Philippines. || Poland issued 160,000 work permits to foreigners last year,
        the labour ministry said, none of them to North Koreans. Between 2008 and 2016 it
        issued some 2,800 to North Korean citizens. || "We had about 50 North Korean women
        here in 2014, and they never took a day off," said a farm manager, who asked not to
        be named. Poland has about 1.1 million Ukrainian workers, according to official
        data.""",
    ),
    (
        "B8",
        "seafood-by-city",
        "8000-10000@CN/present =2500@CN/present =5000@CN/present ~1500@CN/present "
        "v2@CN/present 17000-19000@CN/present ~12000@CN/present",
        """China's border seafood plants: North Korean workforce by city // Data (estimates from
        traders and local officials, 2025) || Dandong: 8,000-10,000 || Donggang: 2,500 ||
        Hunchun: 5,000 || Tumen: about 1,500 || Yanji: "a few hundred" || Total: roughly
        17,000-19,000 North Korean workers, mostly women, up from about 12,000 in 2022. ||
        Sources: interviews with 11 traders and two local officials; satellite images of 23
        plants.""",
    ),
    (
        "B8",
        "kcna-denial",
        "v4@RU,CN/present ~15000@RU/dispatched",
        """North Korea denies sending workers abroad, calls reports 'fabrication' // SEOUL -
        North Korea's foreign ministry on Friday denied that it had sent any workers abroad
        since 2019, calling South Korean and US reports of tens of thousands of North Koreans
        working in Russia and China a "fabrication". || "Not a single worker of our Republic
        is working abroad in violation of any resolution," a ministry spokesperson said in a
        statement carried by KCNA. || The statement came after Seoul said last week that
        about 15,000 North Korean workers had entered Russia in the past year. It did not
        mention the country's 26 million citizens' living standards or the 1.3
        million-strong army. || North Korea has launched 30 ballistic missiles this year,
        according to Japan's defence ministry.""",
    ),
]

# Batch B9, written blind: before any change, counts precision 0.62 / recall 1.00 (5 of 5
# figures, 3 spurious), count+destination the same; 3 of 6 articles passed. Fixed: "Another
# 250,000 went to Kazakhstan and 90,000 to South Korea" (joined to a figure left out). After:
# 0.71 / 1.00. Left open (below): a plant "with 1,100 staff" and an embassy's "about 10
# staff" (a rule for an embassy's staff lowered the held-out fold in an earlier session).
# Later fixed: the plant's "with 1,100 staff" ("with" and a staff noun in a sentence naming
# no DPRK; test_extract_count_genres.py).
BATCH_9: list[Article] = [
    (
        "B9",
        "korean-carmaker",
        "~200@RU/present",
        """Korean carmaker's Russian plant changes hands, dormitories and all // ST PETERSBURG -
        The former Hyundai plant in St Petersburg, which employed about 2,000 Russians before
        the South Korean company sold it in 2024, restarted production under new owners this
        month with 1,100 staff. || About 150 South Korean engineers once worked at the site.
        Its dormitories were built in 2010 by about 200 North Korean workers hired through a
        subcontractor, a former manager said, at a time when such arrangements were legal. ||
        The plant can produce 200,000 cars a year. Russia's car market shrank by 59% in 2022
        and has recovered only partly, with Chinese brands now taking 60% of sales.""",
    ),
    (
        "B9",
        "uzbek-statistics",
        "~13000@RU/dispatched",
        """Uzbek labour migration to Russia falls for second year // TASHKENT - About 1.3
        million Uzbek citizens worked in Russia last year, down from 1.5 million in 2023,
        Uzbekistan's migration agency said on Monday, as stricter rules and a weaker rouble
        made the country less attractive. Another 250,000 went to Kazakhstan and 90,000 to
        South Korea. || Russian employers are turning to other sources. North Korea, by
        contrast, sent about 13,000 workers to Russia last year, according to Russian entry
        data, most of them to building sites. || Remittances from Russia to Uzbekistan fell
        12% to $11.2 billion, the central bank said.""",
    ),
    (
        "B9",
        "hotel-restaurant",
        "=20@RU/present",
        """North Korean restaurant reopens in Vladivostok hotel // VLADIVOSTOK - A North Korean
        restaurant has reopened on the ground floor of a 300-room hotel in central
        Vladivostok, with 20 North Korean waitresses who also sing for diners, the hotel's
        manager said. || On its first night the restaurant served about 150 guests, most of
        them Chinese and South Korean tourists. A set menu costs 3,500 roubles. || A North
        Korean football team of 25 players stayed at the same hotel last month before a
        friendly match, and a delegation of 40 officials from Pyongyang visited in March.""",
    ),
    (
        "B9",
        "council-vote",
        "none",
        """UN Security Council fails to extend North Korea sanctions monitors // NEW YORK - A
        resolution to extend the mandate of the UN panel monitoring sanctions on North Korea
        failed on Thursday after Russia vetoed it; 13 council members voted in favour and
        China abstained. || The eight-member Panel of Experts had investigated sanctions
        breaches since 2009, including the dispatch of workers, the import of refined
        petroleum and cyber theft. Resolution 2397 of 2017 required all member states to send
        North Korean workers home within 24 months. || The panel's last report ran to 615
        pages and cited 47 member states.""",
    ),
    (
        "B9",
        "it-africa",
        "~40@NG,TZ/present",
        """North Korean coders found working from Nigeria and Tanzania // LAGOS - About 40 North
        Korean IT workers have been operating from Nigeria and Tanzania, using local front
        companies to win software contracts from clients in Europe and the Gulf, according to
        a report by a Lagos-based security researcher. || The researcher said the workers used
        at least 60 fake identities and had been paid through 12 bank accounts. Nigeria's
        government said it had no record of any North Korean nationals working in the country
        and would investigate. || North Korea's embassy in Lagos, which has about 10 staff,
        did not respond to requests for comment.""",
    ),
    (
        "B9",
        "petersburg-tender",
        "=450@RU/dispatched $wage 95000-95000/month",
        """St Petersburg builder hires North Koreans, tender shows // ST PETERSBURG - A St
        Petersburg construction firm has hired 450 North Korean workers through a Vladivostok
        agency for a housing project in the city's south, according to a tender document
        published on a state procurement site, which lists monthly pay of 95,000 roubles per
        worker. || The firm, which employs 3,200 people, did not respond to requests for
        comment. The project, with 1,400 apartments in 12 buildings, is due to be completed in
        2027. || St Petersburg had 140,000 registered migrant workers at the start of the year,
        most from Uzbekistan, Tajikistan and Kyrgyzstan.""",
    ),
]

# Batch B10, written blind: before any change, counts precision 0.71 / recall 0.83 (5 of 6
# figures, 2 spurious), count+destination the same; 2 of 5 articles passed. The table missed
# "repatriated all North Korean workers in the country, about 200 at the time" and "Each
# waitress is supposed to receive about 1,500 yuan a month" (added). Fixed: "North Koreans,
# who numbered about 1,200 in 2016" (a level in a relative clause). After (with the table
# corrected): counts 0.75 / 0.86, count+destination 0.62 / 0.71. Left open (below): the
# apposed "about 200", the 1,200's place (the sentence before names "Chinese citizens"), and
# a yard's "total workforce is about 14,000" and its plan "to hire 3,000 more people".
# Later fixed: the apposed "about 200" (a total apposed to a worker noun and its place),
# the yard's "14,000" and its "3,000 more people" (more of a figure left out, with a noun),
# by test_extract_count_genres.py's fixes.
BATCH_10: list[Article] = [
    (
        "B10",
        "laos-dam",
        "~120@LA/present ~200@LA/repatriated",
        """Chinese dam builders in Laos use North Korean crews // VIENTIANE - A Chinese
        contractor building a 1,200-megawatt hydropower dam in northern Laos employs around
        120 North Korean labourers alongside some 2,000 Lao and Chinese workers, three people
        who have visited the site said. || The North Koreans live in a separate camp and are
        driven to the dam in two buses each morning, they said. The project, financed by
        Chinese banks at a cost of $2.4 billion, is due to export most of its power to
        Thailand from 2027. || Laos told the UN in 2020 that it had repatriated all North
        Korean workers in the country, about 200 at the time.""",
    ),
    (
        "B10",
        "equatorial-guinea",
        "150-200@GQ/present =300@GQ/repatriated",
        """Equatorial Guinea still hosts North Korean builders, diplomats say // MALABO -
        Equatorial Guinea still hosts between 150 and 200 North Korean builders, two years
        after it told the UN that it had expelled 300, according to two Western diplomats in
        Malabo. || The builders work on government housing and a conference centre in the new
        capital, Ciudad de la Paz, where the state has spent more than $1 billion, the
        diplomats said. || The country's oil output has fallen by half since 2015 to about
        90,000 barrels a day. It has a population of 1.7 million.""",
    ),
    (
        "B10",
        "shenyang-strike",
        "~30@CN/present $wage 1500-1500/month",
        """Waitresses at North Korean restaurant in China stop work over pay // SEOUL - About
        30 waitresses at a North Korean restaurant in Shenyang refused to work for two days
        last week after their managers withheld three months of wages, a source in China told
        the outlet. || The restaurant, one of about 20 that North Korea runs in the city,
        seats 250 and charges 180 yuan for a set dinner. It had to close for both days. ||
        North Korean managers later promised to pay the women, the source said. Each
        waitress is supposed to receive about 1,500 yuan a month, but most of it is kept as
        "loyalty funds".""",
    ),
    (
        "B10",
        "zvezda-welders",
        "~600@RU/present",
        """North Korean welders at Russia's biggest shipyard, official says // BOLSHOY KAMEN,
        Russia - About 600 North Koreans work as welders and fitters at the Zvezda shipyard in
        Primorsky Krai, a yard official told a regional newspaper, as the state-owned yard
        races to finish 15 tankers for Arctic gas projects. || The yard's total workforce is
        about 14,000, the official said, and it plans to hire 3,000 more people by 2027. ||
        Western sanctions have delayed deliveries of ship parts, and several of the tankers,
        each worth about $300 million, are more than a year behind schedule.""",
    ),
    (
        "B10",
        "mongolia-shares",
        "~1200@MN/present",
        """Mongolia's foreign workforce shrinks as mining slows // ULAANBAATAR - Mongolia had
        about 9,500 registered foreign workers at the end of last year, down from 14,000 in
        2016, the labour ministry said. Chinese citizens made up about 70% of the total. ||
        North Koreans, who numbered about 1,200 in 2016, mostly in construction and cashmere
        factories, no longer appear in the statistics. || The ministry said 45 companies had
        been fined for employing foreigners without permits.""",
    ),
]

# Batch B11, written blind: before any change, counts precision 0.50 / recall 0.60 (3 of 5
# figures, 3 spurious), count+destination the same; 1 of 5 articles passed. Fixed: "A
# survey of 120 North Korean defectors ... 40 of them had worked in Russia and 55 in China"
# (respondents, also as a partitive); "its military alliance with Russia" (no labour
# revenue). After: 0.75 / 0.60. Left open (below): a quoted "up to 6,000" after "expected",
# "from the roughly 40,000 workers it now has in the country", and "Qatar's migrant
# workforce totals about 2 million people" after a sentence naming North Koreans. Later
# fixed: the last (a workforce as a level's subject with no DPRK name in its sentence), the
# quoted "up to 6,000" ("in total" after a bare figure) and "the roughly 40,000 workers" (a
# money amount after "including" is its member, not the figure), by
# test_extract_count_genres.py's fixes.
BATCH_11: list[Article] = [
    (
        "B11",
        "kursk-rebuild-followup",
        "~1500@RU/dispatched <6000@RU/planned",
        """First North Korean builders reach Kursk, governor says // KURSK, Russia - About
        1,500 North Korean construction workers have arrived in the Kursk region to rebuild
        homes, schools and a hospital damaged during last year's Ukrainian incursion, the
        regional governor said on Wednesday. || He said the region expected "up to 6,000"
        in total by the end of the year, in line with an agreement reached in Pyongyang in
        June. Moscow has allocated 48 billion roubles for reconstruction in the region,
        where some 1,400 buildings were damaged. || Separately, about 1,000 North Korean
        sappers have been clearing mines near Sudzha since August, Russian state media
        reported. Ukraine says about 12,000 North Korean soldiers have served in the region
        since late 2024.""",
    ),
    (
        "B11",
        "seoul-nis-revenue",
        "~40000@RU/present $revenue 1000000000-1000000000/year",
        """North Korea's income from Russia tops $1 billion, Seoul estimates // SEOUL - North
        Korea is earning more than $10 billion a year from its military alliance with Russia,
        a South Korean think tank estimated on Monday, including $1 billion a year from the
        roughly 40,000 workers it now has in the country. || The estimate by the Korea
        Institute for National Unification also counted about $5.5 billion from artillery
        shells and missiles and about $2 billion in payments for troops. || North Korea's
        total trade with China was $2.7 billion last year. Its nominal GDP is estimated at
        $30 billion.""",
    ),
    (
        "B11",
        "garment-tags",
        "v3@CN/present",
        """'Made in China' labels hide North Korean needlework, buyers told // HONG KONG -
        European fashion brands have been warned that clothes labelled "Made in China" may
        have been sewn by thousands of North Korean women working in factories near the
        border, in breach of UN sanctions, according to an advisory issued by a
        supply-chain auditing firm. || The firm said it had identified 14 factories in
        Dandong and Hunchun that use North Korean labour and supply at least 9 European
        brands, and that it had audited 320 factories in the region in the past two years.
        || China's garment exports to the EU were worth $35 billion last year.""",
    ),
    (
        "B11",
        "survey-returnees",
        "none",
        """Survey of returned workers paints bleak picture // SEOUL - A survey of 120 North
        Korean defectors who had worked abroad before fleeing found that 85% had handed more
        than half their wages to the state, and that 40 of them had worked in Russia and 55
        in China. The survey, by the Seoul-based NK Labour Watch, was released on Tuesday. ||
        Respondents said they had worked an average of 14 hours a day. Most had been abroad
        for three to five years.""",
    ),
    (
        "B11",
        "gulf-stadiums",
        "~2000@QA/present",
        """Migrant deaths in Gulf renew scrutiny of labour camps // DOHA - Rights groups say
        more than 6,500 South Asian migrant workers died in Gulf states in the decade before
        the 2022 World Cup, most of them in Qatar, Saudi Arabia and the UAE. Qatar disputes
        the figure. || Among the workers who built Qatar's stadiums were about 2,000 North
        Koreans, who left before the tournament, according to UN investigators. Qatar's
        migrant workforce totals about 2 million people.""",
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
    *BATCH_11,
]

# Known misses (strict xfail): "<batch>-<name>" -> reason.
KNOWN_COUNTS: dict[str, str] = {
    "B5-qa-briefing": "count: 'tens of thousands remain there' (the workers were named six "
    "sentences back, in the first question) and 'the 100,000 figure' (a figure noun after it)",
    "B6-seoul-indictment": "destination: 'North Korea has some 4,000 IT workers, about half of "
    "them working in China and Russia' takes the aside's places for the whole",
    "B9-it-africa": 'count: "North Korea\'s embassy in Lagos, which has about 10 staff" (an '
    "embassy's staff)",
    "B10-mongolia-shares": "destination: the 1,200 takes 'Chinese citizens' of the sentence "
    "before, not Mongolia two sentences back",
}
KNOWN_DETAILS: dict[str, str] = {
    "B2-restaurants-report": "status: workers who 'flew to Seoul, the largest group "
    "defection' read dispatched, not present (they were working there)",
    "B2-hunchun-garments": "status: 'placing 60 ... women in factories ...; the women were "
    "sent home' (the return is told in the next clause about 'the women'; reads dispatched)",
    "B3-gulf-history": "money: 'Migrants in the Gulf send home about $120 billion a year' "
    "(no DPRK name; a rule on migrant earners lowered dev2 money)",
    "B3-sakhalin-fishing": "money: 'of which the North Korean side takes 30,000' (an amount "
    "whose currency was said before it is not read as money)",
    "B6-dandong-garments": "status: 'Some two thousand ... stitch jackets ..., and another three "
    "hundred are due to arrive' gives the first figure the second's plan",
    "B6-sinuiju-factories": "money: 'against roughly $400 for North Koreans working in China' "
    "(the period is said only with the amount compared)",
    "B6-kuwait-correction": "status: 'Kuwait was thought to host some 6,000' reads planned, not "
    "present",
    "B7-province-quotas": 'status: "Each province has to send 500, so the total comes to '
    '4,500" (an obligation, a quota) reads dispatched',
    "B7-holiday-return": "status: '340 of his 400 North Korean workers had come back' after "
    "'returned to Russia' reads as a return home",
}

_CLAIM = re.compile(r"([=~><]?)(v\d+|[\d.]+(?:-[\d.]+)?)@([\w:,\-]+)/(\w+)")


def _expected(spec: str) -> tuple[dict[tuple, tuple[str, str]], set[tuple]]:
    """The expected worker claims (scorer key -> qualifier, status) and money tuples."""
    workers: dict[tuple, tuple[str, str]] = {}
    money: set[tuple] = set()
    if spec.strip() == "none":
        return workers, money
    for item in re.findall(r"[$%]\w+ \S+|\S+", spec.strip()):
        if item.startswith("$"):
            kind, bounds = item[1:].split()
            span, per = bounds.split("/")
            low, high = (float(x) for x in span.split("-"))
            money.add((kind, low, high, None if per == "-" else per))
            continue
        if item.startswith("%"):
            low, high = (float(x) for x in item.split()[1].split("-"))
            money.add(("state_share", low, high, None))
            continue
        m = _CLAIM.fullmatch(item)
        assert m, item
        sign, value, dests, status = m.groups()
        places = frozenset() if dests == "-" else frozenset(dests.split(","))
        if value.startswith("v"):
            key: tuple = ("vague", int(value[1:]))
            qualifier = "vague"
        elif "-" in value:
            low, high = (float(x) for x in value.split("-"))
            key, qualifier = (low, high), "range"
        else:
            n = float(value)
            qualifier = {"=": "exact", "~": "approx", ">": "at_least", "<": "at_most"}[sign]
            key = {"exact": (n, n), "approx": (n, n), "at_least": (n, None)}.get(
                qualifier, (None, n)
            )
        workers[(key, places)] = (qualifier, status)
    return workers, money


def _key(c: Claim) -> tuple:
    v = c.value
    if v.qualifier == "vague":
        top = v.high or v.low or 0
        value: tuple = ("vague", int(math.log10(top)) if top > 0 else 0)
    else:
        value = (v.low, v.high)
    return value, frozenset(c.destinations)


def _text(raw: str) -> str:
    """The document text: whitespace normalised, " || " and " // " as paragraph breaks."""
    flat = " ".join(raw.split())
    return "\n\n".join(p.replace(" // ", "\n\n") for p in flat.split(" || "))


def extracted(extractor: Extractor, raw: str) -> list[Claim]:
    doc = Document(id="long", text=_text(raw), language="en", published="2025-11")
    return extractor.extract(doc).claims


def found(extractor: Extractor, raw: str) -> tuple[dict[tuple, set[tuple[str, str]]], set[tuple]]:
    """The worker claims (scorer key -> the qualifiers and statuses of the claims with that
    key: "15,000" in a headline and "about 15,000" in the body are one figure to the scorer)
    and the money tuples of an article."""
    workers: dict[tuple, set[tuple[str, str]]] = {}
    money: set[tuple] = set()
    for c in extracted(extractor, raw):
        v = c.value
        if c.kind == "workers":
            workers.setdefault(_key(c), set()).add((v.qualifier or "", c.status or "unknown"))
        elif c.kind == "state_share":
            money.add((c.kind, v.low, v.high, None))
        elif c.kind in ("revenue", "wage"):
            money.add((c.kind, v.low, v.high, v.per))
    return workers, money


def _point(qualifier: str) -> str:
    return "point" if qualifier in ("exact", "approx") else qualifier


def _params(known: dict[str, str], articles: list[Article] | None = None):
    """Each article (of this file, or ``articles``) as a test case, a strict xfail when it
    is a known miss."""
    for batch, name, spec, raw in ARTICLES if articles is None else articles:
        rid = f"{batch}-{name}"
        reason = known.get(rid)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(spec, raw, id=rid, marks=marks)


@pytest.mark.parametrize(("spec", "raw"), list(_params(KNOWN_COUNTS)))
def test_counts_and_destinations(extractor, spec, raw):
    assert set(found(extractor, raw)[0]) == set(_expected(spec)[0])


@pytest.mark.parametrize(("spec", "raw"), list(_params(KNOWN_DETAILS)))
def test_qualifiers_statuses_money(extractor, spec, raw):
    want_workers, want_money = _expected(spec)
    got_workers, got_money = found(extractor, raw)
    # "15,000" in a headline and "about 15,000" in the body: one figure, either qualifier
    want_workers = {k: (_point(q), st) for k, (q, st) in want_workers.items()}
    got_workers = {k: {(_point(q), st) for q, st in v} for k, v in got_workers.items()}
    shared = set(want_workers) & set(got_workers)
    assert {k: want_workers[k] for k in shared if want_workers[k] not in got_workers[k]} == {}
    assert got_money == want_money
