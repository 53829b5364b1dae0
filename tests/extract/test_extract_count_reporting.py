"""Worker counts on realistic reporting: multi-sentence snippets as news, NGO and UN texts
read, written for these tests (none comes from ../shared), with every expected worker claim
per ../shared/spec/claims.md written before the extractor was run on them.

Each entry lists the claims the snippet should yield, compared as the scorer compares them
(count and destination set): ``10000@RU`` exact or approximate, ``>1000@RU`` at least,
``<28000@-`` at most (``@-`` no destination), ``800-1000@QA,AE`` a range, ``v3@RU`` a vague
figure of that order of magnitude ("thousands" is v3, "hundreds" v2, "dozens" v1), and
``none`` no worker claim at all. " // " ends a headline (a line break in the document).
Items an annotator could read two ways were dropped rather than decided.
"""

from __future__ import annotations

import math
import re

import pytest

from laborwatch.model import Document

# A closing paragraph that makes a short snippet a relevant document; it holds no figure.
TAIL = "\n\nNorth Korea sends workers abroad to earn hard currency for the regime."

# "claims | snippet"; an indented line continues the snippet.
REPORTING_TABLE = """
# --- first batch, written blind: 14 of 23 passed before any change (a 15th was a typo in
# the table). Fixed: "N. Koreans" (a period after an initial ends no noun phrase), "a
# second group of about 250" / "a new batch of 150" (one whole group of a sequence),
# "expelled some 600 of them" (a part split off by status), "about 600 are North Koreans"
# (the DPRK part of a mixed whole), "3,000 workers for Russia" ("for" a destination).
v3@RU | Thousands of N. Koreans sent to Russia despite sanctions // Seoul, May 3 - North
        Korea has kept sending labourers to Russia in defiance of UN sanctions, officials in
        Seoul said, though they gave no exact figure.
1300@MN 600@MN | Mongolia had hosted roughly 1,300 North Korean workers until 2017. The
        government then expelled some 600 of them, while the rest left over the following
        two years.
6000@RU | The number of North Korean labourers in Russia has grown sharply (about 6,000),
        according to the migration service, even as Moscow says it complies with sanctions.
1000@AE 300@AE | About 1,000 North Korean workers were employed in the United Arab Emirates in 2016,
        a diplomat said. Of these, about 300 worked on building sites in Dubai.
400@RU 250@RU | A first group of about 400 North Korean construction workers reached Khabarovsk
        in June. A second group of about 250 followed in August, local media reported.
150@CN | North Korea sent a new batch of 150 seafood-processing workers to Dandong this month,
        a source in the city said.
100000@M49:001 40000@CN | Some 100,000 North Koreans work abroad, including about 40,000 in
        China, according to the South Korean government.
600@CN | Of the 1,200 employees at the garment factory in Hunchun, about 600 are North Koreans,
        the manager told a visiting reporter.
none | Pyongyang has sent around 12,000 troops to fight for Russia in the Kursk region, South
        Korean intelligence said. Some 3,000 more soldiers were deployed in January.
<28000@RU | Up to 28,000 North Korean workers could be living in Russia, a researcher at the
        institute estimated, citing visa data. About 13,000 North Koreans entered Russia in
        2023, official statistics show.
50000@CN 30000@RU | China (50,000) and Russia (30,000) remain the largest hosts of North
        Korean workers, the report says.
2000-3000@KW | Between 2,000 and 3,000 North Korean labourers were believed to be working in
        Kuwait when the country stopped issuing them visas in 2017.
800@QA,AE | Qatar and the United Arab Emirates were still employing 800 North Korean workers
        between them in 2018, a UN panel found. The two countries said they had sent most home.
v2@PL | Hundreds of North Koreans have worked in Polish shipyards and greenhouses, paid a
        fraction of the local wage, a 2016 investigation found.
none | North Korea earned an estimated $500 million a year from its overseas workers, the US
        State Department said in 2017. About 90% of that went to the state.
none | Chinese companies employed around 2,500 local workers and 300 Vietnamese at the site in
        Jilin, the company said.
>100@RU | A fire at a dormitory in Vladivostok on Tuesday forced more than 100 North Korean
        construction workers into the street. Nobody was hurt, police said.
v1@LA | Dozens of North Korean restaurant workers in Laos were ordered home after the
        sanctions took effect, a diplomat said.
3000@RU 1000@CN | The agency recruited 3,000 workers for Russia and another 1,000 for China
        this spring, a North Korean source said.
>150000@RU | More than 150,000 North Koreans have worked in Russia over the past two decades,
        most of them in logging and construction.
none | About 1,500 Russian tourists visited the Wonsan-Kalma resort last year, and 30 North
        Korean companies took part in a trade fair in Vladivostok.
# --- second batch, written blind: 19 of 21 passed before any change. Fixed: an excluded
# verb before a relative clause ("detained a broker who had placed some 450 women") is not
# the figure's; "1,200 workers from Uzbekistan" are that country's people.
v3@M49:145 2500@KW 800@QA | Gulf states hosted thousands of North Korean labourers before
        2017: about 2,500 in Kuwait and 800 in Qatar, according to a 2015 UN estimate.
>50000@RU | MOSCOW, June 2 (Reuters) - Russia plans to bring in more than 50,000 North
        Korean workers over the next three years to ease a labour shortage on building sites,
        two people familiar with the matter said.
30000-40000@RU 10000@RU | Experts estimate that 30,000 to 40,000 North Korean labourers are
        working in Russia today, up from about 10,000 at the start of the war in Ukraine.
v3@M49:001 | North Korea continues to send thousands of workers abroad in violation of UN
        resolutions, the panel said in its annual report, which runs to 400 pages.
none | North Korea deployed about 11,000 soldiers to the Kursk region last autumn, and at least
        1,000 of them have been killed, Seoul says.
none | Around 300 North Korean students are enrolled at universities in Vladivostok this year,
        the consulate said.
450@CN | Police in Dandong detained a Chinese broker who had placed some 450 North Korean women
        in seafood plants, local media reported on Monday.
<10000@VN,LA,KH | As many as 10,000 North Koreans may be working in Vietnam, Laos and Cambodia,
        mostly in restaurants and on building sites, a Seoul-based NGO estimated.
>2000@RU 1500@RU | The Russian Far East saw the arrival of over 2,000 North Korean workers in
        the first quarter, and another 1,500 are expected by summer, a regional labour official
        said.
v2@UA | Hundreds of North Korean builders are working on apartment blocks in Donetsk and other
        cities in occupied Ukraine, a Ukrainian intelligence official said.
none | North Korea runs more than 130 restaurants abroad and about 20 trading companies in
        China, according to the report.
3500@CN | A single textile factory in Hunchun employs around 3,500 North Korean seamstresses,
        who work 12-hour shifts, a former worker told the BBC.
v4@CN v4@RU | Tens of thousands of North Koreans work in China, and tens of thousands more in
        Russia, the State Department said.
1000@RU | SEOUL (Yonhap) -- North Korea has dispatched about 1,000 IT workers to Russia since
        2023, the unification ministry said Tuesday. They earn about $1,000 a month each.
>100@PL | At least 100 North Korean welders were employed by subcontractors at shipyards in
        Gdansk and Gdynia until 2016, a Polish newspaper found.
none | Some 27,000 North Korean defectors now live in South Korea, and fewer than 200 arrived
        last year, the ministry said.
20000@M49:001 | North Korean IT workers, numbering perhaps 20,000 worldwide, funnel their pay
        back to Pyongyang, according to US officials.
1500@RU | Nearly 1,500 North Korean labourers were working in the Amur region at the end of
        2023, the region's governor told TASS. Most are employed in construction and logging.
v1@MY | Dozens of North Korean miners were sent home from Malaysia after the 2017 killing of
        Kim Jong Nam, officials in Kuala Lumpur said.
none | The company hired 1,200 workers from Uzbekistan and Tajikistan to build the bridge
        across the Amur.
4000@RU 2000@CN | An estimated 4,000 North Korean workers were still in Russia last year,
        while China held about 2,000, according to the Seoul-based institute.
# --- third batch, written blind: 17 of 20 passed before any change (one item, visas
# "issued ... to North Koreans who in fact work", was dropped as debatable). Fixed: a
# figure right before "in"/"at" has no noun of its own ("another 700 in its seafood
# plants" counts no plants); "The Russian company employs 4,500 people" names no DPRK.
1000@RU | Russia welcomes 1,000 N. Korean workers // VLADIVOSTOK - A chartered flight carrying
        North Korean construction workers landed here on Friday, regional media said.
v3@CN | Several thousand DPRK nationals are employed in fish-processing plants in Liaoning
        province, according to a confidential report seen by this newspaper.
v2@RU | A few hundred North Korean labourers remain in Siberia, working mainly in logging camps,
        although their contracts officially expired in 2019.
v1@SN | Scores of North Korean artists and builders have erected monuments in Senegal over the
        past two decades.
20000-30000@CN | Between 20,000 and 30,000 North Korean women are estimated to work in Chinese
        factories, often under harsh conditions, a 2019 report by a Seoul-based NGO said.
<500@MN 2800@MN | No more than 500 North Korean workers are still believed to be in Mongolia,
        down sharply from a peak of 2,800 in 2016.
500@RU | The 500-strong contingent of North Korean builders left for Moscow on Sunday, state
        media in Pyongyang reported.
2000@RU | Two thousand North Korean workers will be sent to the Primorsky region this year,
        according to a cooperation agreement signed in Vladivostok.
none | North Korea exported $2.8 billion worth of goods to China in 2013, of which 40% were
        minerals, while 3,000 Chinese tourists visited Pyongyang.
<1000@RU | Fewer than 1,000 North Korean workers were registered with the migration service in
        Khabarovsk in 2022, the service said, but many more may be working without papers.
300@AO | In Angola, about 300 North Korean doctors and construction workers stayed on after
        the UN deadline, a panel report says. The government in Luanda denies this.
1500@CN 700@CN | About 1,500 North Korean workers are employed in Dandong's garment factories
        and another 700 in its seafood plants, a trader said.
none | The Russian company employs 4,500 people at its factories in Tula and Kaluga and says it
        has never hired foreign labour.
100@M49:001 | North Korea sent a 100-member team of medical workers abroad last month, state
        media said, without naming the country.
10000@M49:001 6000@RU 4000@CN | Of the roughly 10,000 North Korean IT workers believed to
        be working abroad, about 6,000 are based in Russia and 4,000 in China, officials said.
v4@RU | Tens of thousands of North Korean labourers have poured into Russia since 2023, says a
        report by the Korea Institute for National Unification.
none | Seoul estimates that at least 2,000 North Korean troops were killed or wounded in the
        fighting, according to lawmakers briefed by the spy agency.
>30@KH | Over 30 North Korean waitresses working at a restaurant in Phnom Penh were sent home
        last month, a local official said.
50000@CN 20000@RU 3000@AE | Official estimates put the number of North Korean workers at
        50,000 in China, 20,000 in Russia and 3,000 in the UAE before sanctions were tightened.
# --- fourth batch, written blind: 13 of 16 passed before any change (the port of
# Vostochny, missing from the gazetteer, was a known miss until genres6 added it). Fixed: "a crew of
# 25" is no group sent (only group/batch/contingent/wave/cohort stand for their people);
# "hundreds, perhaps thousands, of labourers": two hedged figures share one noun and place.
4000@RU 2000@RU | The number of North Korean workers in the Moscow region doubled to 4,000 last
        year from about 2,000 in 2022, according to regional migration data.
200@RU | "We have about 200 North Koreans here, and they work harder than anyone," the
        manager of a Novosibirsk building firm told reporters.
none | The workers, aged 20 to 35, were split into groups of 20 to 30 and sent to logging
        sites, a former supervisor recalled.
v3@CN | BEIJING - Thousands of North Korean workers in China have been told to stay on
        despite their contracts expiring, sources say. The workers, most of them women, work
        in textile and electronics plants.
3000@KW,QA | Nearly 3,000 North Korean workers in Kuwait and Qatar were affected by the new
        visa rules, according to diplomats in the region.
400@LY | After the fighting in Tripoli broke out, the remaining 400 North Korean workers in
        Libya, mostly nurses and builders, were told to stay put.
none | The Panama-flagged tanker had a crew of 25, and the 20 North Korean ships spotted near
        the port were under sanctions, the UN panel said.
>1000@RU | Over 1,000 North Korean workers were in Vladivostok at the end of May, a regional
        official said. The official said the figure of over 1,000 was expected to grow.
v2@UA v3@UA | Hundreds, perhaps thousands, of North Korean labourers are believed to be
        working on building sites in Russian-occupied parts of Ukraine, a journalist reported.
80@CN | At one seafood plant in Donggang, about 80 North Korean women peel shrimp for 12 hours
        a day, a worker said. Two of them fell ill last month.
12000@RU 8000@RU | Russia took in 12,000 North Korean workers in 2024, compared with about 8,000
        the year before, the agency said.
none | China accounted for 95% of North Korea's trade in 2023, and about 1,000 Chinese firms
        still trade with the North, a researcher said.
1000@RU 5000@RU | North Korea's construction ministry sent roughly 1,000 workers to the Russian
        city of Khabarovsk, and plans to raise the number to 5,000 next year.
50@EG | An Egyptian company employed about 50 North Korean technicians at its mobile-phone
        plant near Cairo until 2018, court documents show.
v2@RU | Russian firms have hired hundreds of North Korean IT specialists to write software,
        while paying their wages into accounts controlled by Pyongyang.
# --- fifth batch, written blind: 14 of 14 passed before any change ---------------------
2000@RU | A workforce of some 2,000 North Koreans is rebuilding the stadium in Kazan, the city's
        mayor said, adding that the project would be finished by 2027.
3000@CN | The 3,000-odd North Korean workers at the Hunchun industrial park are paid through
        their own state agency, a Chinese official said.
1000@RU | About a thousand North Korean workers arrived in Khabarovsk last month, according to
        the regional government, which did not give their employers.
none | Russia hosts about 1.5 million migrant workers from Central Asia, most of them from
        Uzbekistan and Tajikistan, the ministry said.
2000@RU 15000@RU | Moscow will take an additional 2,000 North Korean workers this year,
        bringing the total to about 15,000, the Russian labour minister said.
<200@RU | Up to 200 North Korean workers a month are now crossing into Russia through the
        Khasan border post, a local customs officer said.
none | Nearly 1,200 North Korean athletes, artists and officials travelled to the games in
        Beijing, state media said.
v3@M49:002 | Thousands of North Korean construction workers have been employed across Africa,
        building monuments, stadiums and presidential palaces.
20000@RU | Russia now employs nearly 20 thousand North Korean workers, according to figures
        cited by the National Intelligence Service.
60@MT | Malta stopped renewing the permits of some 60 North Korean workers employed at a
        garment factory and on building sites, the government said.
300@MY 250@MY | In Malaysia, around 300 North Korean coal miners were working in Sarawak until
        2017. By March, 250 of them had gone home, officials said.
>100000@M49:001 | North Korea earned hundreds of millions of dollars a year from more than
        100,000 workers it had sent abroad, according to the UN.
none | About 40 percent of North Korea's exports to China were garments made by women in
        Chinese-owned factories in Sinuiju, a trade official said.
v2@RU 5000@RU | Hundreds more North Korean labourers are expected to arrive in the spring,
        adding to an estimated 5,000 already in the region, a Primorsky official said.
# --- sixth batch, written blind: 10 of 10 passed before any change ---------------------
2000@RU | 2,000 N. Korean workers head to Russian Far East // About 2,000 North Korean
        workers will be sent to the Russian Far East this summer, a source in Pyongyang said.
50000@M49:001 | North Korea's overseas workforce, estimated at 50,000, brings in hundreds of
        millions of dollars for the regime, the report said.
3000@M49:001 | An army of some 3,000 North Korean IT workers operates abroad under false
        identities, posing as freelancers from other Asian countries, US officials said.
2400@LA | The 2,400 North Koreans now in Laos mostly work in construction and restaurants,
        according to a Lao official who asked not to be named.
none | More than 70 North Korean-run restaurants operate in China and Southeast Asia, and at
        least 30 North Korean trading firms are registered in Dandong.
5000@CN | Pyongyang has ordered around 5,000 of its citizens working in Chinese factories to
        stay at their posts, a source told Radio Free Asia.
400@NG,GQ | The DPRK dispatched 400 doctors and nurses to Nigeria and Equatorial Guinea in
        2015, a UN panel said in its report.
3200@CN | China's customs data showed that 3,200 North Korean workers crossed into Dandong in
        April alone, nearly double the March figure.
700@QA | Qatar confirmed that about 700 North Korean labourers had been working on World Cup
        projects when the UN ban took effect. Most were sent home by 2019.
# --- seventh batch, written blind: 9 of 9 passed before any change ---------------------
1000-1500@RU | Some 1,000-1,500 North Korean workers are employed at Russian timber camps in
        the Amur and Khabarovsk regions, each earning less than $300 a month after deductions.
50000-60000@M49:001 100000@M49:001 | Between 50 and 60 thousand North Koreans are working
        overseas today, down from a peak of about 100,000 before 2017, according to the
        institute.
9@RO | Nine North Korean workers employed by a Romanian construction firm were found living in
        a container on a building site near Bucharest, police said.
none | Five North Korean loggers died in a fire at their dormitory in the Tynda district, and
        a sixth was taken to hospital.
5000@CN 1000@CN | In Shenyang, an estimated 5,000 North Koreans work in IT outsourcing and
        restaurants; in Dandong, about 1,000 more are in garment plants and seafood factories.
200@RU 1000@RU 800@RU | The first 200 of the 1,000 North Korean workers Russia agreed to
        take arrived in Kazan on Tuesday; the remaining 800 are due later this year.
2500@RU | Russian media reported that 2,500 North Koreans - mostly young men in their twenties -
        were brought to the construction site near Alabuga over the winter.
v2@KH | Cambodian officials say hundreds of North Korean nationals are working in the country,
        mostly in restaurants and on art projects, although some left in 2020.
none | The NIS estimates that North Korea has fired 12,000 artillery shells a day in support of
        Russia, and has supplied about 200 long-range guns.
# --- eighth batch, written blind: 9 of 10 passed before any change. Fixed: "their
# numbers have since fallen to around 3,000" (a possessive before the number noun).
7000@MN 3000@MN | Mongolia once hosted about 7,000 North Korean workers. Their numbers have
        since fallen to around 3,000, the labour ministry in Ulaanbaatar said, as permits expire.
10000@RU | Russia has set a quota of 10,000 North Korean workers for 2025, mainly for
        construction and agriculture, a Russian deputy minister said on Wednesday.
1000@RU | The regional government of Primorye has requested 1,000 North Korean workers to
        help with the rice and soybean harvest, local media reported.
300@RU | Moscow insists it hosts only 300 North Korean workers, all of them students on
        internships. Seoul says the real number is far higher.
none | About 200 North Korean defectors work at factories in Gyeonggi province, South Korea,
        and 30 more were hired last month, a Seoul official said.
6000@CN | Half of the 6,000 North Korean workers in Jilin province are employed in textile
        plants, the rest in electronics and food processing.
2000@RU | Jobs for 2,000 North Koreans are to be created in the Russian Far East under the new
        agreement, TASS reported. The workers would be employed in construction.
450@PL | Between 2010 and 2016, a Polish agency placed some 450 North Koreans with local
        employers. Investigators found that about 90 of them worked on shipyards in Gdansk,
        while the others were in agriculture.
none | North Korea's population of about 26 million includes some 200,000 people held in
        political prison camps, according to rights groups.
v3@RU 10000@RU | Thousands of North Koreans are working in Russia despite sanctions, and their
        number could soon reach 10,000, according to the NIS.
# --- ninth batch, written blind: messier formatting (captions, lists, figures without
# commas, "thousand" and "-plus" after digits): 5 of 8 passed before any change (one more
# was a table error; "8 000" with a space as thousands separator was dropped). Fixed: a
# list label "- Russia: about 12,000"; "Thousands of them work ..." after "North Koreans".
>1000@RU | NORTH KOREAN WORKERS FLOCK TO RUSSIA // More than 1000 North Korean labourers have
        arrived in Vladivostok since January, the city's migration office said.
30000@RU | Photo: North Korean workers at a building site in Moscow (file photo) // Around 30
        thousand North Koreans are now working in Russia, according to a Seoul think tank.
12000@RU 3000@CN | Where the workers are: // - Russia: about 12,000 // - China: roughly
        3,000 // - Laos and Cambodia: no reliable figures
4000@LA | Estimates vary, but some put the number of North Korean workers in Laos at 4,000,
        many of them on hydropower projects. The Lao government does not comment.
>5000@- | The governor said his region now employed 5,000-plus North Korean construction
        workers, who had "proved themselves".
v3@CN | Q: How many North Koreans work in China? // A: Nobody knows exactly. Thousands of
        them work in factories along the border, and more in restaurants.
none | Updated 14:05 GMT, 12 March 2024 // By Staff Reporter // Read more: North Korea's
        missile tests in 2023 drew condemnation from 50 countries.
# --- tenth batch, written blind: Yonhap-style English, "the North", "N.K." ------------
500@CN | Nearly 500 workers from the North have been sent to garment factories in Dandong
        since March, a source familiar with the matter told Yonhap.
3000@RU | The North has dispatched some 3,000 laborers to Russia this year in an apparent bid
        to earn foreign currency, the unification ministry said Monday.
5000@RU | Exclusive: 5,000 North Koreans to work on Russian rail project // The workers will
        lay track in the Far East under a deal signed last month, documents show.
1500@CN | Some 1,500 people from North Korea are believed to be working at a seafood processing
        complex in Hunchun, according to satellite imagery and interviews.
700@RU | N.K. sends 700 more workers to Russia: report // About 700 more North Korean workers
        arrived in Vladivostok on Monday, a report said.
>300@AE | More than 300 laborers dispatched by the North remain in the United Arab Emirates,
        according to a UN member state's report.
none | The North's economy grew 3.1 percent last year, the Bank of Korea said, helped by trade
        with Russia that rose to $34 million.
# --- eleventh batch, written blind: destinations of counted figures -------------------
800@RU | About 800 North Korean workers moved from Chinese factories to building sites in
        Russia last year after their Chinese employers cut jobs, a broker said.
2000@RU | Some 2,000 North Korean labourers are employed on Sakhalin and in Kamchatka, mainly
        in fish processing and construction, according to local officials.
600@QA 400@KW | In Doha, about 600 North Korean builders were working on stadiums in 2016,
        while some 400 others were in Kuwait City, a rights group said.
1000@CN | Yanbian prefecture hosts roughly 1,000 North Korean workers, most of them women in
        textile plants near the border, according to a local businessman.
v3@CN,RU,M49:145 | Thousands of North Korean workers in China, Russia and the Middle East send
        most of their pay back to the state, according to the report.
150@NP | About 150 North Korean workers remain in Nepal despite a government order to leave,
        officials in Kathmandu said.
3000@RU | Not in China but in Russia: about 3,000 North Korean IT workers now live in
        Vladivostok and Khabarovsk, investigators believe.
250@MN | Ulaanbaatar's construction boom drew around 250 North Korean workers in 2015, a city
        official said.
120@GQ | Around 120 North Korean construction workers building a conference centre in Malabo,
        Equatorial Guinea, were flown home last year.
5000@M49:001 | North Korea has sent about 5,000 workers abroad since 2023, including to
        countries in Africa and Asia, a diplomat said.
# --- twelfth batch, written blind: negatives in worker stories: 6 of 9 passed before any
# change. Fixed: a group at a DPRK place further after the noun, its employer's
# nationality no place ("employed by 120 South Korean firms at the Kaesong industrial
# park"); labour the state mobilises at home ("Pyongyang mobilised 20,000 young workers");
# other nations' people sent into the DPRK ("sent about 1,500 engineers to help North
# Korea"; `into_dprk_before`).
none | About 53,000 North Korean workers were employed by 120 South Korean firms at the
        Kaesong industrial park before it was shut in 2016.
none | Some 1,000 Chinese workers are helping to build a new bridge across the Yalu River near
        Sinuiju, Chinese state media said.
none | Pyongyang mobilised 20,000 young workers to build apartment blocks in the capital, state
        media reported, as part of a five-year housing plan.
none | Russia is believed to have sent about 1,500 engineers to help North Korea rebuild its
        railways, a Seoul official said.
none | Around 3,000 North Korean soldiers disguised as construction workers were moved to the
        front line, Ukrainian intelligence said.
none | South Korea took in 196 North Korean defectors last year, the lowest number since
        records began, the unification ministry said.
none | North Korea operates about 130 restaurants in 12 countries, generating an estimated
        $10 million a year, according to a 2017 study.
none | Some 7,000 Russian tourists visited North Korea in 2024, up from 1,500 the year before,
        according to Russian travel agencies.
none | Thousands of North Korean workers were forced to attend rallies in Pyongyang to mark the
        leader's birthday, state TV showed.
# --- thirteenth batch, written blind: longer stories with several figures: 2 of 5 passed
# before any change. Fixed: "None of the 20 workers interviewed" is a part of a group
# counted before (`member_quantifiers`); "their number could reach 30,000"; "About half of
# them, or 50,000, were in China" (a figure set off by commas reads on after the second).
12500@RU | SEOUL, Oct 4 - North Korea sent about 12,500 workers to Russia last year, more
        than in any year since 2017, according to a report submitted to parliament. The report,
        based on Russian visa data, said most were registered as students or trainees. Russia
        denies breaching sanctions.
400@CN | The fire broke out at 3 a.m. in a dormitory housing 400 North Korean women who work at
        a clothing factory in Dandong. Two workers were injured, and 30 firefighters fought the
        blaze for two hours. Chinese police have opened an investigation.
1800@RU | Kremlin-backed media ran a segment about 1,800 North Korean workers on a Moscow
        housing project, praising their discipline. The workers, who arrived in 2023, put in
        12-hour days. None of the 20 workers interviewed would give their names.
v3@RU 30000@RU | Thousands of North Korean labourers are back in Russia. // By 2026, their
        number could reach 30,000, a Seoul think tank estimates, citing construction firms'
        hiring plans. Each worker must send the state up to $800 a month.
100000@M49:001 50000@CN 30000@RU | North Korea has about 100,000 workers abroad, the UN said in
        2017, earning it some $500 million a year. About half of them, or 50,000, were in China
        and 30,000 in Russia, with the rest spread across 40 countries.
# --- fourteenth batch, written blind: longer stories with several figures: 3 of 4 passed
# before any change (one item, a defector's "one of 40 workers sent", dropped as
# debatable). Fixed: a vague figure just before ("thousands of women") counts the group
# whose part "some 150 of them" is.
2500@RU | VLADIVOSTOK - The Primorsky region issued permits to 2,500 North Korean workers in the
        first half of the year, officials said on Friday. That is roughly a quarter of all
        foreign workers in the region. Most of the North Koreans, who are aged between 25 and
        45, work for about 30 local construction companies.
v3@CN | Thousands of North Korean women sew clothes for export in Chinese border towns.
        In one factory visited by a reporter, some 150 of them worked in two shifts, watched by
        minders from their own country. The factory manager said he paid $350 a month for each.
1000@RU >500@RU | A UN report said about 1,000 North Korean workers were still logging in the
        Amur region. Separately, it found more than 500 North Korean labourers working on farms
        in Primorye. Both groups were hired through front companies.
4000@RU 6000@RU | Russia plans to hire 4,000 more North Korean workers this year, after taking
        6,000 last year, the ministry said. The new arrivals will work in agriculture and on
        building sites across the Far East.
# --- fifteenth batch, written blind: longer stories with several figures: 4 of 5 passed
# before any change. Fixed: "Of those, around 5,000 would be assigned to the Kursk region"
# splits the group by a place not named just before, so the part is a claim (the spec's
# split by destination; the first batch's "Of these, about 300 ... in Dubai", expected
# without a claim when written, now reads the same way).
<20000@RU 5000@RU | North Korea is expected to send up to 20,000 more workers to Russia by the
        end of next year, a senior South Korean official said. // Of those, around 5,000 would be
        assigned to the Kursk region to help rebuild areas damaged in the fighting.
none | The Mongolian government said it had issued 2,300 visas to foreign workers in May, most
        of them to Chinese nationals. It gave no figures for other nationalities.
3000@KW 1500@KW | KUWAIT CITY - Kuwait has cut the number of North Korean workers in the
        country from about 3,000 to 1,500 since 2017, a foreign ministry official said. The
        remaining workers will leave once their contracts end, he added.
80@RU | About 80 North Korean workers staged a rare protest at a construction site in
        Vladivostok last week over unpaid wages, according to a source. Police detained 12 of
        them, the source said.
v2@PL | Hundreds of North Koreans were employed at Polish shipyards and farms in the 2010s,
        earning the regime millions of dollars. In 2016 Poland stopped issuing them work
        permits, and the last of them left in 2019.
# --- sixteenth batch, written blind: mixed reporting: 3 of 6 passed before any change
# (a ship's 40 crew members, debatable, was dropped). Fixed: "Russian migration data"
# speaks for its state ("entered the country" is Russia); a part sent on to a place not
# named before splits its group ("200 of them were then sent on to Kamchatka"; not "150 of
# the dispatched workers", whose verb is inside the noun phrase).
1700@RU 900@RU | Russian migration data show 1,700 North Korean workers entered the country in
        the second quarter, against 900 in the first. Nearly all listed "study" as the purpose
        of their visit.
2000@M49:001 | The UN sanctions committee estimated that some 2,000 North Korean IT workers are
        still active abroad, many of them in China and Russia, earning $3,000 a month or more.
v3@M49:001 | Tens of millions of dollars flow to Pyongyang each year from thousands of workers it
        keeps overseas, according to the report.
1000@RU >200@RU | Sources said 1,000 North Koreans arrived in the Russian city of Nakhodka by
        ferry in late May. More than 200 of them were then sent on to Kamchatka to work in
        fish-processing plants.
600@SN 200@SN | An estimated 600 North Korean workers were employed on Senegalese construction
        projects at their peak in 2012, a number that had fallen to about 200 by 2016.
# --- seventeenth batch, written blind: mixed reporting: 6 of 6 passed -----------------
350@RU | In a rare admission, the governor of Amur Oblast said 350 North Korean loggers were
        working in the region's forests under contracts signed before 2017.
v3@CN v3@RU | North Korea still has thousands of workers in China and thousands more in Russia,
        the envoy told the Security Council, urging states to enforce the ban.
none | The joint venture, set up in 2008 with 51 percent North Korean ownership, employed
        roughly 2,000 Chinese staff and had assets of $40 million.
90@VN | Vietnamese police raided a North Korean restaurant in Hanoi and found about 90 North
        Korean employees living in cramped rooms above it, state media said.
<3000@AE | As many as 3,000 North Koreans worked on construction sites in Dubai and Abu Dhabi
        at the peak, according to a former manager who left in 2015.
4500@M49:002 | A total of about 4,500 North Korean doctors, nurses and builders were working in
        around 15 African countries last year, the report estimated.
# --- known misses of the first batch, fixed: a figure after "another" borrows the noun
# of the workers counted just before; a region noun shared by a list of names
1200@RU 3000@RU | About 3,000 North Korean workers were in the Russian Far East at the start
        of the year. In March another 1,200 came in, a regional official said.
v4@M49:145,M49:015 | Tens of thousands of North Korean workers were once employed in Gulf and
        North African states, mostly on construction projects.
v3@M49:145,M49:002 | Thousands of North Koreans have worked in Gulf or African countries
        since the 1990s.
v4@CN,RU v5@CN,RU | There may be tens of thousands of North Korean workers in China and
        Russia, perhaps even hundreds of thousands, researchers say.
none | About 13,000 North Korean tourists visited Russia in 2024. Another 1,200 came in
        January, the tourism agency said.
500@MY | Some 500 workers were deported to North Korea from Malaysia after their visas
        expired, officials in Kuala Lumpur said.
2000@CN | Chinese firms mobilised some 2,000 North Korean workers for projects in Jilin last
        year, a trader said.
100000@M49:001 40000@CN | About 100,000 North Korean workers are abroad. Most of the 40,000
        in China work in factories, the report said.
v3@RU 300@RU | Thousands of North Korean workers are in Russia. Last month, 300 of them
        were sent home after a police raid in Moscow.
v1@CN v2@CN | Dozens, perhaps even hundreds, of North Korean workers are employed in the
        seafood plants of Donggang, a trader said.
none | The scene repeats itself in dozens, perhaps hundreds, of labour compounds along the
        border with China.
# --- guards written with the fixes ------------------------------------------------------
2000@RU | Russia sent home about 2,000 workers from North Korea last year, the ministry said.
none | Each shift of 40 workers at the plant is led by a Chinese foreman, and the ship's crew
        of 22 is Filipino.
v3@RU v4@RU | Thousands, possibly tens of thousands, of North Korean workers have been sent to
        Russia since 2023, analysts say.
none | The Chinese contractor that hired 900 labourers from Vietnam for the project was
        fined, officials said, though it also employs North Koreans elsewhere.
# the port of Vostochny (in the gazetteer since branch cnt13)
1900@RU | A total of 1,900 North Korean workers arrived in three batches at the port of
        Vostochny between March and May, port officials said.
"""


def _key(spec: str) -> tuple[tuple, frozenset[str]]:
    """The scorer's key of one expected claim ``value@dests``."""
    value, _, dests = spec.partition("@")
    places = frozenset() if dests in ("", "-") else frozenset(dests.split(","))
    if value.startswith("v"):
        return ("vague", int(value[1:])), places
    if value.startswith(">"):
        return (float(value[1:]), None), places
    if value.startswith("<"):
        return (None, float(value[1:])), places
    if "-" in value:
        low, high = value.split("-")
        return (float(low), float(high)), places
    return (float(value), float(value)), places


def _table(table: str) -> list[tuple[str, frozenset]]:
    """The (snippet, expected claim keys) entries of a reporting table: an entry starts at
    an unindented line and runs on over the indented ones; "#" lines are comments."""
    lines = [ln for ln in table.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    out = []
    for entry in re.split(r"\n(?! )", "\n".join(lines)):
        head, _, text = entry.partition(" | ")
        specs = [] if head.strip() == "none" else head.split()
        snippet = " ".join(text.split()).replace(" // ", "\n")
        out.append((snippet, frozenset(_key(s) for s in specs)))
    return out


def _found(extractor, text: str) -> frozenset:
    """The worker claims of ``text + TAIL`` as the scorer keys them."""
    out = extractor.extract(Document(id="t", text=text + TAIL, published="2024-05"))
    assert out.relevant, "the test document must read as relevant"
    keys = set()
    for c in out.claims:
        if c.kind != "workers":
            continue
        if c.value.qualifier == "vague":
            top = c.value.high or c.value.low or 0
            value: tuple = ("vague", int(math.log10(top)) if top > 0 else 0)
        else:
            value = (c.value.low, c.value.high)
        keys.add((value, frozenset(c.destinations)))
    return frozenset(keys)


REPORTING = _table(REPORTING_TABLE)


@pytest.mark.parametrize(("text", "expected"), REPORTING)
def test_counts_on_reporting(extractor, text, expected):
    assert _found(extractor, text) == expected
