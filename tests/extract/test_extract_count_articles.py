"""Worker counts on whole short articles (headline and body, 3-8 sentences) as wire
services, NK-specialist outlets, think tanks and the UN panel write them, relevant ones and
hard negatives mixed, written for these tests (none comes from ../shared) in blind batches:
each batch's expected claims were committed before the extractor was run on it.

The table format and the scorer's keys are those of ``test_extract_count_reporting.py``
(``10000@RU``, ``>1000@RU``, ``<28000@-``, ``800-1000@QA,AE``, ``v3@RU``, ``none``;
" // " ends the headline).
"""

from __future__ import annotations

import pytest

from .tables import sibling_module

# The table reader and claim keys of the reporting tests (one format for both).
REPORTING = sibling_module("test_extract_count_reporting")

ARTICLES_TABLE = """
# --- batch A1, written blind: 8 of 12 articles passed before any change (precision 0.75,
# recall 0.92). Fixed: defectors who "resettled" in the South; "short of 600,000 workers"
# (a shortage); "factories, each of which houses 80 to 120 workers" (one unit's size); "He
# put their number at about 450" (a level of the workers named before).
30000@RU 2000@UA | N. Korea has sent 30,000 workers to Russia since 2023, Seoul says // SEOUL,
        March 4 - North Korea has dispatched some 30,000 workers to Russia since mid-2023,
        South Korea's spy agency told lawmakers on Tuesday. Most of them work on construction
        sites in the Far East, the agency said, while about 2,000 were sent to
        Russian-occupied Donetsk. The agency also said Pyongyang had sent roughly 11,000
        troops to the Kursk region.
none | Number of defectors arriving in South hits 236 // SEOUL - A total of 236 North Korean
        defectors arrived in South Korea last year, up from 196 in 2023, the Unification
        Ministry said on Monday. About 80 percent of them were women. Nearly 34,000 North
        Koreans have resettled in the South since the 1990s.
<1500@CN 1200-1500@CN | Up to 1,500 North Korean women work at seafood plants in Donggang //
        North Korean women are still processing squid and crab in the Chinese port city of
        Donggang, a source in Liaoning province told the paper. Between 1,200 and 1,500 of
        them work at about a dozen factories, the source said, each of which houses 80 to 120
        workers in dormitories. The women have not been allowed to go home since 2020.
none | Nepal halts permits for workers to Russia after deaths // KATHMANDU - Nepal has
        suspended labour permits for Russia after at least 12 Nepali workers were killed while
        fighting for the Russian army. Some 15,000 Nepalis are believed to have travelled to
        Russia on tourist visas in the past two years. North Korea has also sent soldiers and
        labourers to Russia.
20@KH 1000@KH | North Korean restaurants in Cambodia quietly reopen // PHNOM PENH - At least
        three North Korean restaurants have reopened in Phnom Penh and Siem Reap, a reporter
        has learned. One of them employs about 20 North Korean waitresses, who also sing and
        dance for guests, a regular customer said. Cambodia hosted around 1,000 North Korean
        workers before it sent them home in 2019, according to its government.
700@RU 40@RU | The Panel notes that, according to a Member State, approximately 700 DPRK
        nationals were working on construction projects in Primorsky Krai of the Russian
        Federation as of June 2023, having entered on student visas. The Panel also received
        information that 40 DPRK workers were employed by a fishing company in Sakhalin. The
        Panel continues to investigate.
none | Russian tourists return to Wonsan resort // VLADIVOSTOK - A group of 120 Russian
        tourists flew to the Wonsan-Kalma beach resort on Saturday, the second such tour this
        summer. Tour operator Vostok Travel said about 1,500 Russians had booked trips for the
        season. The resort, built by tens of thousands of North Korean soldiers and workers,
        opened in July.
none | China-North Korea trade rises 20% // BEIJING - Trade between China and North Korea rose
        20 percent to $2.7 billion in 2024, customs data showed. About 300 Chinese companies do
        business across the border, according to a trade association in Dandong, and some of
        them employ North Korean workers.
800@PL | Poland: 'around 800' North Koreans worked in shipyards, report finds // WARSAW -
        Around 800 North Koreans worked in Poland between 2006 and 2016, mostly in shipyards
        and on farms, a new report by a university team found. They earned as little as $120 a
        month. In 2015 alone, 482 work permits were issued to North Korean citizens, the
        report said.
<50000@RU | Russia's construction sector short of 600,000 workers // MOSCOW - Russian
        builders are short of 500,000 to 600,000 workers, an industry group said, as migrants
        from Uzbekistan and Tajikistan leave. About 2.5 million Central Asians worked in Russia
        last year, down 15%. Officials have said they may recruit up to 50,000 North Korean
        workers to fill the gap.
200@TZ,UG | North Korean medics still working in Tanzania, sources say // About two hundred
        North Korean doctors and nurses are still working in Tanzania and Uganda despite
        sanctions, a source said. They run clinics in Dar es Salaam, where each clinic
        employs three or four North Koreans. The clinics charge $30 a visit.
v2@MN 450@MN | Hundreds of North Korean workers stranded in Mongolia // ULAANBAATAR - Hundreds
        of North Korean workers remain in Mongolia despite a 2019 deadline to send them home,
        a local official said. He put their number at about 450, most of them working on
        building sites in the capital.
# --- batch A2, written blind: 6 of 11 articles passed before any change (precision 0.79,
# recall 0.73). Fixed: students "under an exchange deal" (study); "hundreds more work
# remotely ... from inside North Korea" (at home, said later in the clause); a list
# "Kuwait, 1,450; Qatar, 800" (the place before each item); "600 North Koreans, most of
# them women who had fled" (an aside on the group excludes it, and its headline figure);
# "the 2,000 chosen this spring" (a participle of selection after a bare figure).
5000@RU 12000@RU | North Korea to send 5,000 more builders to Russia's Far East // VLADIVOSTOK -
        North Korea will send another 5,000 construction workers to Russia's Far East this
        year, a regional official said on Thursday. They will join about 12,000 North Koreans
        already working at sites in Primorsky Krai and Khabarovsk, he said. The official, 54,
        declined to say how much they would be paid.
none | North Korean casualties in Kursk top 4,000, Seoul says // SEOUL - About 4,000 North
        Korean soldiers have been killed or wounded fighting for Russia in the Kursk region,
        South Korea's military said. Pyongyang sent some 11,000 troops last autumn and another
        3,000 in January, it said. Two captured soldiers are being held in Kyiv.
none | Russia to host 1,000 North Korean students under exchange deal // MOSCOW - Russian
        universities will admit up to 1,000 North Korean students next year under an education
        agreement signed in Pyongyang, the science ministry said. About 250 are to study
        engineering and medicine in Moscow and Kazan. Critics say some students have been used
        as a cover for labour.
v1@CN 60@CN 400@CN | Dozens of North Korean workers walk out at Chinese factory over unpaid
        wages // SEOUL - About 60 North Korean workers walked off the job at a garment factory
        in Hunchun last week after going unpaid for three months, a source in Jilin province
        said. Police later detained some of them, the source said. The factory employs around
        400 North Koreans in total.
1450@KW 800@QA 450@PL 300@GQ | In its midterm report, the Panel said Member States had reported
        the repatriation of DPRK workers as follows: Kuwait, 1,450; Qatar, 800; Poland, 450.
        The Panel could not confirm the number remaining in Equatorial Guinea, where about 300
        DPRK nationals were believed to work on construction projects as of 2022.
none | Seized tanker's crew of 25 held in South Korean port // BUSAN - South Korean authorities
        have detained a Panama-flagged tanker suspected of transferring oil to North Korean
        ships at sea, along with its crew of 25, mostly Myanmar and Chinese nationals. The ship
        carried about 1,500 tonnes of refined oil. It is the third such seizure since 2018.
40000-50000@RU <10000@RU | Between 2014 and 2019, Russia issued more than 30,000 work permits
        to North Koreans a year, according to an analysis of Russian statistics by a US think
        tank. At the peak, an estimated 40,000 to 50,000 North Korean workers were in the
        country, most of them in Moscow, St Petersburg and the Far East. The analysis
        estimates that fewer than 10,000 remained by the end of 2021.
>1000@CN,LA | Over 1,000 N. Korean IT workers operate from China, Laos: report // SEOUL - More
        than 1,000 North Korean IT workers are operating from China and Laos, earning up to
        $5,000 a month each for the regime, a report released on Wednesday said. Hundreds more
        work remotely for clients in Europe and the United States from inside North Korea, it
        said.
none | China repatriates 600 North Koreans in largest forced return // SEOUL - Chinese
        authorities forcibly sent about 600 North Koreans back across the border this week,
        most of them women who had fled the country, rights groups said. Many had been held in
        detention centres in Jilin and Liaoning for years. Seoul has urged Beijing to treat
        them as refugees.
v3@CN 3000@CN | North Korea keeps thousands of workers in Chinese seafood towns // DANDONG -
        North Korea still has thousands of workers in Chinese seafood and garment factories
        along the border, traders say. Some 3,000 of them are in Dandong alone, one trader
        estimated, while smaller groups work in Hunchun and Tumen.
2000@RU | Workers in their 20s and 30s picked for Russia // North Korea selects workers aged 25
        to 45 for jobs in Russia, and those picked must have no relatives in the South, a
        source told the outlet. About 70 percent of the 2,000 chosen this spring are men, the
        source said.
# --- batch A3, written blind: 8 of 11 articles passed before any change (precision 0.87,
# recall 0.93). Fixed: "Twelve women ... told reporters how they fled" (defectors by a
# pronoun in their sentence); "the figure was about 30,000" (a level of the workers);
# "a further 8,000" borrows no noun from other nations' workers.
v2@CN 150@CN | Pyongyang sends 'several hundred' seamstresses to Chinese plants // SEOUL - North
        Korea recently sent several hundred female garment workers to factories in Liaoning
        and Jilin provinces, a source in North Pyongan province said on Monday. The women,
        mostly in their twenties, had been trained for three months at a textile mill in
        Sinuiju. Another group of 150 is expected to leave in May, the source added.
20@CN | Former restaurant workers describe escape // SEOUL - Twelve women who once worked at a
        North Korean restaurant in Ningbo, China, told reporters on Friday how they fled to
        the South in 2016. The group's manager, who also defected, said the restaurant had
        employed about 20 North Koreans before the escape. North Korea has called the
        defection an abduction.
none | Russia's Far East leans on Central Asian labour // KHABAROVSK - Some 45,000 workers from
        Uzbekistan, Tajikistan and Kyrgyzstan are employed on building sites in Khabarovsk
        Krai, the regional labour ministry said. Chinese contractors bring in a further 8,000.
        Officials declined to say how many North Koreans work in the region.
<10000@RU 8000-10000@RU 30000@RU | Up to 10,000 North Koreans now work in Russia's construction
        sector, official data suggest // MOSCOW - Between 8,000 and 10,000 North Korean
        nationals are working on Russian building sites, according to estimates based on data
        from the interior ministry. About half of them are in Moscow and the surrounding
        region, the estimates suggest. In 2016, before sanctions, the figure was about 30,000.
v3@M49:001 | US charges 14 North Koreans in IT worker scheme // WASHINGTON - The Justice
        Department on Thursday indicted 14 North Korean nationals accused of helping the
        regime earn $88 million through remote IT jobs. Prosecutors said the scheme ran
        through two companies in China and Russia and used thousands of stolen identities.
        Thousands of North Korean IT workers are believed to be working abroad, mostly in
        China and Russia, officials said.
none | Vladivostok jobs fair draws foreign firms // VLADIVOSTOK - More than 200 companies
        offered some 15,000 jobs at a fair in Vladivostok, a city of about 600,000 people, on
        Wednesday. Organisers said 40% of the vacancies were in construction. Russian
        officials have said North Korean labour could help fill the gap.
500@RU | North Korean loggers in Amur face food shortages // A source in Russia's Amur region
        said some 500 North Korean loggers working at three camps near Tynda have been short
        of food since the winter. They are now allowed to buy rice in town only twice a month,
        the source said. Around 80 of them have fallen ill.
47@NG 12@NG | The Panel investigated reports that DPRK nationals continued to earn income in
        Equatorial Guinea, Nigeria and Senegal in violation of resolution 2397 (2017). Nigeria
        informed the Panel that 47 DPRK workers had departed its territory in 2023, while 12
        remained pending the expiry of their contracts. The Panel has written to the three
        States.
none | North Korean team arrives for Asian Games // HANGZHOU - A North Korean delegation of
        about 190 athletes and officials arrived in Hangzhou on Thursday for the Asian Games,
        the team's first trip abroad since the pandemic. They will compete in 18 sports. Some
        300 supporters greeted them at the airport.
30@MN 1200@MN | Mongolia says last 30 North Korean workers have left // ULAANBAATAR - The last
        30 North Korean workers in Mongolia left the country in December, completing the
        repatriation required by UN sanctions, the foreign ministry said. At the peak in 2017,
        about 1,200 North Koreans worked in Mongolia, mainly in construction, sewing and at
        the country's few North Korean restaurants. The ministry said 8 North Korean diplomats
        remain at the embassy.
30000@CN 2@CN | Since 2017, some 30,000 North Koreans have been sent to work in China under the
        guise of trainees, a researcher estimated at a seminar in Seoul on Tuesday. Most work
        in seafood and textile factories in Liaoning province, she said. China reported only 2
        North Korean workers to the UN in 2019.
# --- batch A4, written blind: 5 of 11 articles passed before any change (precision 0.62,
# recall 0.73; one of the 5 spurious was the table's error: "He oversees 60 North Korean
# workers renovating a school" is a site's count, expected since). Fixed: "workers aged 30
# to 50" (ages); "Kuwait alone had some 2,500 on its building sites" ("on" ends the noun
# phrase); "A few dozen remain in Qatar" (a vague figure with a verb and a place); "About
# 90,000 foreign migrant workers" with no DPRK name near (a mixed workforce); a headline's
# "2,000 workers" that the body calls Chinese. Two destinations are left open (below).
400@RU | Exclusive: 400 N. Korean workers arrive in Russia's Kamchatka // North Korean workers
        have arrived in Kamchatka to work at fish-processing plants, two sources said. The
        group flew from Vladivostok on Tuesday and will stay for at least a year, they said.
none | Migrants make up a fifth of Primorye's workforce // VLADIVOSTOK - About 90,000 foreign
        migrant workers are employed in Primorsky Krai, roughly a fifth of the region's
        workforce, the regional government said. Most come from Uzbekistan and Tajikistan,
        though North Koreans make up a growing share. Officials gave no breakdown by
        nationality.
2500@RU | North Korean workers in Russia bound to three-year contracts // Workers aged 30 to 50
        are sent to Russia for three years and receive $150 a month, a source in North Korea
        said. The source said 2,500 workers from South Hamgyong province alone left for Russia
        between January and March.
none | Japan marks anniversary of abductions // TOKYO - Japan says 17 of its citizens were
        abducted by North Korean agents in the 1970s and 1980s, five of whom returned in
        2002. Families of the remaining 12 have urged the government to resume talks with
        Pyongyang.
6000-8000@KW,QA,AE 2500@KW v1@QA | Gulf states quietly send home last North Korean workers //
        DUBAI - Kuwait, Qatar and the United Arab Emirates have sent home almost all of the
        estimated 6,000 to 8,000 North Korean workers they hosted before 2017, diplomats say.
        Kuwait alone had some 2,500 on its building sites. A few dozen remain in Qatar, working
        for a construction firm whose contracts run until next year.
100@NG | North Korea's trading companies have sent doctors to Nigeria for decades. At present,
        around 100 of them work at state hospitals in Lagos and Abuja, a diplomat said. They
        must hand most of their pay to the embassy.
none | China sends 2,000 workers to build bridge in North Korea // DANDONG - Some 2,000 Chinese
        workers will help finish the new road bridge across the Yalu River, the builder said on
        Monday. About 300 North Korean engineers will work alongside them in Sinuiju.
v4@RU 50000@RU | Tens of thousands of North Koreans are believed to be working in Russia, a
        figure expected to rise to about 50,000 next year, according to South Korea's
        intelligence service. Lawmakers were briefed on Wednesday.
100000@M49:001 | An estimated 100,000 North Koreans work overseas, generating up to $500 million
        a year for the regime. Roughly 10 percent of them are in the Middle East, the study
        says, and most of the rest in China and Russia.
# --- batch A5, written blind: 10 of 11 articles passed before any change (precision 1.00,
# recall 0.93). Fixed: "Several thousand were sent home" after workers are named.
2000@LA | N. Korea's 2,000-strong workforce in Laos builds hydro dam // VIENTIANE - A
        2,000-strong North Korean workforce is building a hydroelectric dam in northern Laos, a
        diplomatic source said. The workers, some 200 of them women, live in prefabricated
        barracks at the site. Construction began in 2022 and is due to finish in 2026.
none | North Korea's population grows to 26 million, UN says // The UN Population Fund
        estimates North Korea's population at 26.1 million, with about 9% aged over 65. Some
        1.2 million people serve in the Korean People's Army, one of the world's largest. The
        border with China runs 1,400 km.
none | Over 300 N. Korean restaurants abroad now employ local staff // More than 300 North
        Korean restaurants still operate abroad, mostly in China and Southeast Asia, a
        researcher said. Many now hire Chinese waitresses because sending new staff from
        Pyongyang is harder, she said. Each restaurant once had 10 to 30 North Korean
        employees.
50000@CN <100000@CN v3@CN | North Korean workforce in China shrinks to about 50,000 // BEIJING
        - The number of North Korean workers in China has fallen to about 50,000 from as many
        as 100,000 before the pandemic, a South Korean government official said on condition of
        anonymity. Several thousand were sent home last year after their contracts expired,
        he said.
v3@M49:001 | North Korean hackers stole $1.3 billion in 2024, report says // About 5,000 North
        Korean hackers work for the Reconnaissance General Bureau, according to a South Korean
        estimate. They stole a record $1.3 billion in cryptocurrency last year. The report also
        said thousands of IT workers abroad use fake identities to get jobs.
>1000@LA,KH | According to information received by the Panel, no fewer than 1,000 DPRK workers
        were present in Laos and Cambodia in 2023, mostly in construction, restaurants and IT.
        A Member State further reported that between 500 and 700 DPRK nationals had entered
        the Lao People's Democratic Republic on tourist visas during the same period.
>150000@RU 20000@RU <3000@RU | The report estimates that more than 150,000 North Koreans worked
        in Russia's Far East between 1967 and 2017, most in logging camps in Khabarovsk and
        Amur. At its height in the 1990s, the logging workforce alone numbered some 20,000.
        Today no more than 3,000 remain in logging, the authors say.
<400@RU v2@RU | Up to 400 N. Korean nurses to go to Russia // MOSCOW - Russia has agreed to take
        several hundred North Korean medical staff to work in hospitals in the Far East, a
        health official said. The nurses will work in Khabarovsk and Vladivostok, the official
        said.
none | Chinese tour groups return to North Korea // DANDONG - About 400 Chinese tourists crossed
        into Sinuiju on Monday, the first group tour since 2020. Travel agencies in Dandong
        said they expected 10,000 visitors this year. North Korean workers at a nearby garment
        factory watched the buses pass.
1300@RU 800@RU 500@RU | North Korea dispatches 1,300 to Russian construction sites // A total of
        1,300 workers from the Ministry of Construction left Pyongyang for Russia by train
        this month, a source said. Of these, 800 are bound for Moscow and 500 for Vladivostok,
        the source said. They were screened for loyalty over six months.
6000@RU | Pyongyang to send 6,000 military builders to Kursk // SEOUL - North Korea will send
        6,000 military construction workers and 1,000 deminers to Russia's Kursk region to help
        rebuild infrastructure, Russian officials said. The builders will arrive in the coming
        months.
# --- batch A6, written blind: longer wire stories and analyses: 7 of 10 articles passed
# before any change (precision 0.86, recall 0.92). Fixed: the Kaesong complex, "where some
# 55,000 North Koreans once worked" (a relative clause of a DPRK place); "IT workers
# operating mainly from China" (where they are, not a nationality); people "held in
# detention centres" (detainees).
15000@RU 35000@RU 4000@RU | N. Korea earned $500 mln from workers in Russia last year: spy
        agency // SEOUL, Nov. 20 -- North Korea is estimated to have earned around $500 million
        last year from sending workers to Russia, the National Intelligence Service said
        Wednesday. The spy agency told lawmakers that some 15,000 North Korean workers were
        newly sent to Russia in 2024, bringing the total there to around 35,000. Of the new
        arrivals, about 4,000 were assigned to construction sites in Moscow, it said. The
        agency also said North Korea had deployed 11,000 soldiers to the Kursk region, and
        that about 1,100 of them had been killed or wounded. North Korea has sent workers to
        Russia under the guise of students and trainees to evade UN sanctions, it added.
none | Analysis: Why North Korea's tourism push is stalling // North Korea welcomed just 880
        Russian tourists in the first half of the year, far short of the 10,000 it hoped for,
        according to tour operator data. The Wonsan-Kalma resort, which can host 20,000 guests,
        opened in July after a decade of construction. Pyongyang mobilised tens of thousands of
        soldiers and shock brigade members to build it. Only a few dozen Western travellers
        have visited since 2020.
150@CN 1000@CN | North Korean women at Chinese seafood plant protest over pay // A group of
        North Korean women working at a seafood processing plant in Helong, Jilin province,
        staged a rare protest last month over unpaid wages, a source in China said. About 150
        women took part, and some damaged machinery, the source said. The plant employs around
        1,000 North Koreans. After the incident, authorities in Pyongyang sent 12 security
        officials to Helong to investigate.
none | Kaesong complex still idle eight years on // SEOUL - The Kaesong Industrial Complex, where
        some 55,000 North Koreans once worked for 124 South Korean firms, has been shut since
        2016. South Korean businesses say they lost more than $1 billion. Satellite images show
        that North Korea has been running some of the factories itself with about 3,000
        workers.
20000@RU <50000@CN 1000@LA 2000@CN | North Korean workers were still present in at least 10
        countries in 2023, according to the report: Russia (around 20,000), China (up to
        50,000), Laos (about 1,000), as well as smaller numbers in Equatorial Guinea, Nigeria
        and Vietnam. The authors counted a further 2,000 IT workers operating mainly from
        China.
none | Rights group: 2,000 North Koreans held in Chinese detention // SEOUL - About 2,000 North
        Koreans are being held in detention centres in China and face forced repatriation, a
        Seoul-based rights group said on Thursday. Many are women who crossed the border
        illegally to find work or escape poverty. China says they are illegal economic
        migrants, not refugees.
1000@MY 300@MY | Since 2000, Malaysia has hosted around 1,000 North Korean workers in total, most
        of them in coal mines in Sarawak, officials said. At the time of the 2017 killing at
        Kuala Lumpur airport, some 300 remained. All were sent home by the end of that year.
none | North Korean fishing boats seen off Japan // TOKYO - Japan's coast guard said it had
        spotted about 200 North Korean fishing boats near the Yamato Bank this month, up from
        120 a year earlier. Each boat carries a crew of 10 to 20 fishermen. Several wooden boats
        with dead crew members have washed ashore.
none | Russia to hire more workers from India, Sri Lanka // MOSCOW - Russia plans to bring in 1
        million workers from India by the end of the year to ease labour shortages, an industry
        official said. Around 70,000 Sri Lankans and 30,000 Nepalis already work in Russia.
        Unlike North Korean labourers, they are not subject to UN sanctions.
300@RU 200@RU | 'We sent 300 of our best welders,' says shipyard boss // A North Korean trading
        company official in Vladivostok told the newspaper: "We sent 300 of our best welders to
        the shipyard in Nakhodka this spring, and another 200 will follow in autumn." He did
        not say how much they earn.
# --- batch A7, written blind: number shapes: 6 of 11 articles passed before any change
# (precision 0.85, recall 0.79). Fixed: "A dozen more are expected" (an elided head after an
# exact figure); "with about 5,000 arriving" (a participle of arrival after a bare figure);
# "about 300 of whom work in Hai Phong" (a part split by place); "Some 2,000 people
# attended the concert"; a headline's "10.7 million North Koreans" that the body puts "in
# North Korea".
100@RU 12@RU 300@RU | North Korean medics quietly return to Russia's clinics // VLADIVOSTOK -
        About a hundred North Korean doctors and nurses are now working at private clinics in
        Primorsky Krai, offering acupuncture and massage, a local health official said. A dozen
        more are expected next month. Before sanctions, the region had some 300 North Korean
        medical staff, he said.
none | UN: 10.7 million North Koreans need food aid // GENEVA - About 10.7 million people in
        North Korea, or 42 percent of the population, are undernourished, the UN food agency
        said. Some 140,000 children under five suffer from acute malnutrition. The agency said
        it needed $50 million to feed 2 million of the most vulnerable.
v3@CN 2000@CN >10000@CN | Chinese seafood towns want thousands more N. Korean workers //
        DANDONG - Seafood companies in Donggang and Dandong have asked North Korea for thousands
        more workers to replace those sent home during the pandemic, traders said. Around
        2,000 North Korean women currently work in the two cities' factories, down from more
        than 10,000 in 2019.
600@LA 400@LA | Laos sends home North Korean workers ahead of deadline // VIENTIANE - Laos has
        sent home about 600 North Korean workers this year and will repatriate the remaining
        400 by December, a labour ministry official said. Most worked in construction and at
        restaurants in the capital.
1000@MN 3000@MN | Mongolia sends 1,000 North Koreans home // ULAANBAATAR - One-third of the
        roughly 3,000 North Korean workers in Mongolia were sent home last year, the labour
        ministry said on Friday. The rest are due to leave by the end of 2019 under UN
        sanctions. Many work in construction, cashmere mills and coal mines.
none | North Korean art troupe performs in Moscow // MOSCOW - A 140-member North Korean art
        troupe gave its first performance in Moscow on Friday, starting a tour of five Russian
        cities. Some 2,000 people attended the concert at the Kremlin Palace, organisers said.
1500-2000@VN 300@VN | Between 1,500 and 2,000 North Koreans are employed in Vietnam's garment
        sector, according to a trade union official, about 300 of whom work in Hai Phong.
        Vietnam says it complies with UN sanctions.
5000@RU | Russia-North Korea deal: troops out, workers in // SEOUL - As North Korean troops
        withdraw from the Kursk front, Pyongyang is sending more workers to Russia, with about
        5,000 arriving in the past three months, South Korean officials said. An estimated
        1,500 North Korean soldiers remain in Russia to clear mines.
none | US firms paid North Korean IT workers $6.8 million // WASHINGTON - More than 300 US
        companies unknowingly hired North Korean IT workers who used stolen identities,
        prosecutors said. The workers earned $6.8 million. An Arizona woman who ran a "laptop
        farm" hosting 90 computers was sentenced to eight years.
none | Russia's migrant workforce shrank by 10% last year to about 3 million, the Interior
        Ministry said. North Koreans accounted for a small share, it said without giving a
        figure.
24@CN | Two dozen North Korean waitresses were flown home from Beijing this week after their
        restaurant closed, a source said. The restaurant, one of about 30 North Korean eateries
        in the Chinese capital, had been losing money.
# --- batch A8, written blind: NGO and think-tank prose, Daily NK sources: 5 of 10 articles
# passed before any change (precision 0.53, recall 0.67). Fixed: "23 former overseas
# workers" (interviewees); "their companies each employed between 100 and 500" (a floating
# distributive); "about 30 had been injured" (casualties, in the figure's own clause); "some
# 7,000 people ..., most of them in Pyongyang" (an aside at home); "The largest group,
# around 1,500, is in Russia's Far East" (an apposed figure); "Factory No. 3" (the YAML
# boolean "No" had dropped the abbreviation). The Donbas story is a known miss (below).
200@RU | Our interviews with 23 former overseas workers suggest that conditions at Russian
        construction sites have worsened. Interviewees estimated that their companies each
        employed between 100 and 500 North Koreans. One former worker said that of the roughly
        200 men at his site in Novosibirsk, about 30 had been injured in falls.
16000@RU | Russian data show surge in North Korean arrivals // MOSCOW - More than 13,000 North
        Koreans entered Russia last year, Russian border data show, over 8,000 of them listing
        "study" as the purpose. Experts say many are in fact workers. In 2019, Russia counted
        some 16,000 North Korean workers on its territory.
none | North Korea's IT army: 7,000 strong // A South Korean report estimates that North Korea
        employs some 7,000 people in cyber operations, most of them in Pyongyang. About 1,000 of
        them are IT workers who take freelance jobs from abroad while staying in North Korea.
v2@M49:035 v2@M49:002 1500@RU | Hundreds of North Korean workers are employed in Southeast Asia,
        mostly in Laos, Cambodia and Vietnam, and a few hundred more in Africa, according to a
        think tank. The largest group, around 1,500, is in Russia's Far East.
120@RU | A source in Ryanggang province said the provincial trade bureau recently selected 120
        workers for a logging project in Russia's Amur Oblast. The workers, all men in their
        thirties and forties, must pay a bribe of $500 to be chosen, the source said. They are
        expected to depart in March.
none | Ukraine holds two North Korean POWs, wants swap // KYIV - Ukraine is holding two North
        Korean soldiers captured in Kursk and is ready to hand them over to South Korea, the
        president said. Some 300 North Korean troops have died in the fighting, according to
        Kyiv. About 20,000 Ukrainian prisoners are held by Russia.
250@CN | North Korean workers at Chinese 'Factory No. 3' go unpaid // DANDONG - About 250 North
        Korean workers at a textile plant known as Factory No. 3 in Dandong have gone unpaid for
        five months, a source said. The workers, aged 19 to 25, arrived in 2019.
50000@M49:001 20000@RU | By the institute's count, Russia hosts about 40% of the estimated
        50,000 North Koreans working abroad, or roughly 20,000 people.
none | Russia issued 2,300 visas to North Koreans in the quarter // Russia issued about 2,300
        visas to North Korean citizens in the third quarter, most of them for study, the Foreign
        Ministry said. The ministry did not say how many were for work. Ten North Korean ships
        called at Vladivostok in the same period.
# --- batch A9, written blind: asides, appositions, hard negatives: 8 of 10 articles passed
# before any change (precision 0.75, recall 1.00). Fixed: "includes", "consists" end a
# noun phrase ("The delegation of about 30 includes coaches"). The table first left out "40
# North Korean workers who had fled a plant": the project's convention (spec conformance
# tests) counts defectors the text calls workers, so that entry was the table's error
# (corrected: 9 of 10, precision 1.00, before any change).
20000@RU | North Korea sends 'labour army' of 20,000 to Russia: report // MOSCOW - North Korea
        has agreed to send a workforce of about 20,000 to Russian construction projects this
        year, a Russian business newspaper reported, citing officials. The workers - mostly men
        between 25 and 40 - will be housed in camps near the sites. Russia's labour ministry
        declined to comment.
1000@CN | Some 1,000 North Korean workers - most of them women from Sinuiju - are employed at
        garment factories in Dandong, a trader said. Their wages are paid directly to a North
        Korean trading company.
none | More than 200 Chinese workers return from North Korea // DANDONG - More than 200 Chinese
        workers and technicians who had been building a power plant in North Korea returned to
        Dandong on Tuesday, state media reported. Another 150 will return next week.
1000@CN | North Korean women, numbering about 1,000, work at three seafood plants in Hunchun,
        according to a local merchant. They are not allowed to leave their dormitories.
>50000@M49:001 | The Special Rapporteur estimated in 2015 that more than 50,000 North Koreans
        were working abroad, mainly in Russia and China, in sectors such as mining, logging,
        textiles and construction. They were present in more than 40 countries, he said.
3000-4000@KW | N. Korean workers in Kuwait: 3,000-4,000 remain despite ban // KUWAIT CITY -
        Between 3,000 and 4,000 North Korean laborers remain in Kuwait despite a 2017 pledge to
        send them home, a diplomat said.
none | North Korea sends 30 athletes to Paris Olympics // PYONGYANG - North Korea will send 16
        athletes to compete in the Paris Olympics, its first Summer Games since 2016, state
        media said. The delegation of about 30 includes coaches and officials.
160@CN 40@CN | Chinese police arrested 40 North Korean workers who had fled a fish-processing
        plant in Weihai, a source said. The plant employed 160 North Koreans before the escape.
none | North Korean workers in Russia earn about $600 a month, of which 70% goes to the state, a
        defector said. Workers must also pay $50 a month for food. About 1 in 5 workers falls
        ill each year.
none | South Korea to accept 165,000 foreign workers next year // SEOUL - South Korea will admit
        165,000 foreign workers under its employment permit system next year, the labour
        ministry said, mostly from Vietnam, Nepal and Cambodia. North Korean defectors are not
        included in the quota.
# --- batch A10, written blind: RFA and Daily NK shapes, think tanks: 8 of 10 articles
# passed before any change (precision 0.90, recall 0.90). Fixed: "It put their number at
# 3,000" after soldiers (their antecedent); "1,200 North Korean and 6,000 Chinese
# nationals" (a thousands comma ended the noun phrase; the second figure's nationality is
# its own).
200@CN 3000@CN | North Korea recalls 200 workers from China over virus fears // A North Korean
        trading company recalled about 200 workers from factories in Shenyang in early May,
        citing fears of a new outbreak, a source in China said. The workers were taken across
        the border at Dandong in 10 buses. Some 3,000 others remain in Shenyang, the source
        said.
none | North Korea mobilises 100,000 for Pyongyang housing project // Authorities have
        mobilised around 100,000 workers, soldiers and students to build 10,000 new flats in
        Pyongyang's Hwasong district this year, state media said. Construction brigades from
        every province have been sent to the capital.
1000@CN | N. Korea earns $20 mln a year from 1,000 IT workers in China // About 1,000 North
        Korean IT workers based in Shenyang and Dandong earn the regime roughly $20 million a
        year, a South Korean think tank estimated. Each earns $3,000 to $5,000 a month.
none | The report says the number of North Korean workers in Russia has risen tenfold since 2022,
        without giving a figure. Russian statistics show 12,775 North Koreans entered the
        country in 2023, compared with 1,113 in 2022.
2500-3000@M49:002 <10000@M49:002 | North Korea has an estimated 2,500 to 3,000 workers in Africa,
        the institute said, down from as many as 10,000 a decade ago. Angola, Equatorial
        Guinea and Mozambique are the largest hosts.
none | Thousands of North Korean soldiers disguised as construction workers have been sent to
        Russia, Ukrainian intelligence said. It put their number at 3,000.
1200@MN | Mongolia data show 1,200 North Korean work permit holders // ULAANBAATAR - About
        1,200 North Korean and 6,000 Chinese nationals held Mongolian work permits at the end of
        June, labour ministry data show.
18@LA 12@LA | A team of 18 North Korean doctors has arrived in Laos to staff a hospital in
        Vientiane for two years, state media reported. Another 12 are expected in September.
100000@M49:001 30000-50000@M49:001 | North Korea's overseas workforce, estimated at 100,000
        before 2017, has since shrunk to between 30,000 and 50,000, according to the spy
        agency.
none | About 300 family members of North Korean diplomats and trade officials left Moscow on a
        special flight, the embassy said.
# --- batch A11, written blind: names and codes with numbers: 8 of 10 articles passed
# before any change (precision 0.88, recall 0.88). Fixed: "resolution 2397" (a label before
# a figure, as "Article 7", "flight 152"); "About 500 have since gone home" (an adverb in the
# verb of a bare figure).
100000@M49:001 | UN resolution 2397 required all North Korean workers abroad to be sent home by
        Dec. 22, 2019. At the time, some 100,000 were believed to be working in over 40
        countries.
none | North Korea supplied Russia with more than 100 KN-23 missiles and 9,000 containers of
        ammunition, along with 11,000 troops, the report said. In return, Moscow sent oil and
        air-defence systems.
1500@RU 500@RU | Some 1,500 North Korean workers in Russia's Amur region were stuck for three
        years after Pyongyang shut its border in early 2020 because of COVID-19, a regional
        official said. About 500 have since gone home.
70@RU | Workers from a Pyongyang trading corporation have been spotted at two building sites in
        Vladivostok, where about 70 North Koreans are laying bricks, a reporter saw.
150@RU | Air Koryo flight JS271 carried 150 North Korean workers from Pyongyang to Vladivostok on
        Monday, the third such flight this month, according to a flight tracker and a source.
none | About 2.5 million people died in the 1950-53 Korean War, including 36,000 US troops.
        Thousands of families remain separated across the 38th parallel.
<20000@LY,IQ | In the 1990s, as many as 20,000 North Koreans worked in Libya and Iraq, a former
        diplomat said. Their number dropped sharply after 2011.
<10000@RU | Under Article 7 of the agreement, Russia may employ up to 10,000 North Korean workers
        a year in the Far East, the document shows.
none | North Korea fired 23 missiles in a single day in November 2022, a record, and launched 70
        in total that year.
1000@RU | The 1,000 North Korean workers who arrived in Moscow's Mitino district in March are
        housed in container dormitories, a resident said. Locals say they work 12 hours a day.
# --- batch A12, written blind: page furniture, captions, lists: 8 of 9 articles passed
# before any change (precision 1.00, recall 0.88). Fixed: "Estimates ... range from 10,000
# to 30,000" (a level verb).
10000@RU | FILE PHOTO: North Korean workers are seen at a construction site in Vladivostok,
        Russia, March 3, 2019. // SEOUL, Jan 8 - North Korea has sent about 10,000 workers to
        Russia over the past year, a South Korean official said on Wednesday. (Reporting by
        Jane Kim; Editing by Tom Harlow)
300@MN | Updated 14:05 GMT // North Korean workers return to Mongolia's construction sites //
        Published 3 May 2024 // About 300 North Korean workers have returned to building sites
        in Ulaanbaatar this spring, two contractors said. Share this article // 12 comments
10000-30000@RU | 5 things to know about North Korean labour in Russia // 1. Numbers: Estimates
        of North Korean workers in Russia range from 10,000 to 30,000. // 2. Pay: Workers earn
        $500 to $1,000 a month. // 3. Sectors: mostly construction.
none | Pyongyang noodle restaurant opens 3 branches in China // The famed noodle restaurant now
        has 12 branches abroad, with 200 tables in total, its manager said.
15000@RU 5000@RU | North Korean construction workers in Russia number about 15,000, sources say
        // There are now about 15,000 North Korean construction workers in Russia, up from 5,000
        at the start of 2024, two sources told the newspaper.
none | Seoul says North Korea executed 5 for watching South Korean dramas // SEOUL - North Korea
        publicly executed five people last year for watching South Korean dramas, a report by
        the Unification Ministry said. Some 30 teenagers were also sent to labour camps.
4500@RU | According to the Russian statistics service, 4,500 citizens of the DPRK were employed
        in Russia in 2023, 2,300 of them in construction.
>100@PL | Poland: North Korean shipyard workers - 'at least 100 in Gdynia' // Inspectors found
        at least 100 North Korean welders working for subcontractors at shipyards in Gdynia and
        Szczecin between 2014 and 2016, the labour inspectorate said. Eight were found without
        valid permits.
2000@RU | North Korean workers at the 15 construction sites in the Moscow region number around
        2,000, a contractor said.
# --- batch A13, written blind: long source stories and NGO reports: 5 of 8 articles passed
# before any change (precision 0.64, recall 0.78). Fixed: "ordered each province to
# recommend 300 candidates" (a distributive over provinces); "interviews with 25 people who
# worked in Russia" (interviewees). Two destinations are known misses (below).
3000@RU 30000@RU | North Korea has begun selecting workers for a new round of dispatches to
        Russia, with the first group expected to leave in April, a source in South Pyongan
        province said on Tuesday. "The ministry has ordered each province to recommend 300
        candidates," the source said. Candidates must be married, aged between 30 and 45, and
        have no record of political offences. The source said about 3,000 workers would be
        selected nationwide in the first round. Those chosen will work on construction sites
        in Moscow, St Petersburg and Vladivostok for three years. Each worker must pay about
        $200 in bribes to be considered, the source added. In 2019, before the pandemic,
        roughly 30,000 North Korean workers were in Russia.
none | South Korea's spy agency said Pyongyang has about 12,000 special forces troops in
        Russia's Kursk region and rotated in another 3,000 in March. Around 600 have been
        killed. The agency also said North Korea had shipped 12 million artillery shells.
1500@CN 3000@CN | There are 38 North Korean-run restaurants in China employing an estimated 1,500
        North Korean women, a Seoul researcher said, down from about 100 restaurants with
        3,000 staff before 2017.
none | The Panel has information that at least 4 vessels with DPRK crews of between 20 and 30
        seafarers each were operating in Chinese waters in 2022.
6000@RU | Russia's Primorsky Krai hosted 6,000 North Korean workers in 2018, or roughly one in
        four of the country's total. The rest were spread across 20 other regions.
none | Chinese authorities detained 15 North Korean smugglers and seized 2 tonnes of
        methamphetamine near the border, state media said.
# --- batch A14, written blind: group words and number forms: 8 of 10 articles passed
# before any change (precision 0.91, recall 0.83). Fixed: "..., compared with about 1,000
# in 2016" (a baseline of the workers named in the clause before; a baseline of entries
# stays out); "globally" (abroad).
20000-30000@RU | North Korea's workers in Russia - thought to number between 20,000 and 30,000 -
        mostly build apartment blocks, the researcher said.
500@RU | A contingent of 500 North Korean builders arrived in Kazan last week to work on a
        stadium, local media reported.
100@GQ | A 100-strong team of North Korean medics will be sent to Equatorial Guinea next year
        under a new health agreement, state media said.
600-700@AO >2000@AO | Some 600-700 North Korean workers remain at the Angolan sites, while
        2,000-plus have left since 2017, a diplomat said.
v2@RU v1@RU | Pyongyang sent several hundred loggers to the Russian Far East this spring, and
        several dozen nurses to clinics in Moscow.
300@CN | None of the 300 North Korean workers at the plant in Hunchun has been paid since
        January, a source said.
1000@VN | Only a handful of North Korean workers remain in Vietnam, officials say, compared with
        about 1,000 in 2016.
50@MY | There are no North Korean workers left in Malaysia, its foreign ministry said, after the
        last 50 were sent home in 2017.
v4@RU | Tens of thousands more North Koreans could be sent to Russia next year if the two sides
        sign a new labour agreement, a Russian official said.
3000@M49:001 | North Korean IT workers number nearly 3K globally, earning the regime some $600M a
        year, per a US estimate.
# --- batch A15, written blind: hard negatives around real counts: 8 of 10 articles passed
# before any change (precision 0.67, recall 1.00). Fixed: "a textile factory in Pyongyang
# that employs 3,000 workers" (a relative clause of a DPRK place, also its headline);
# "Russia's Far East needs 100,000 more workers" (a labour need).
300@RU | North Korean defector who worked in Russian logging camp speaks out // SEOUL - Kim, 47,
        spent eight years at a logging camp in Russia's Amur region with about 300 other North
        Koreans before escaping in 2015. He now lives in Seoul, one of about 34,000 defectors in
        the South.
none | Chinese seafood imports from North Korea hit $50 mln // China imported $50 million worth
        of seafood processed by North Korean workers in 2023, customs data suggest. About 20
        Chinese firms are involved.
none | Kim Jong Un visits 3,000-worker factory in Pyongyang // Kim visited a textile factory in
        Pyongyang that employs 3,000 workers, state media reported, urging them to raise
        output.
25@RU | Russia deports 25 North Koreans for visa violations // VLADIVOSTOK - Russian authorities
        deported 25 North Korean citizens who had been working illegally at a construction site
        in Vladivostok on student visas, the regional migration service said.
none | North Korea's Olympic team of 16 athletes returned to Pyongyang after winning 6 medals,
        state media said.
800@RU | Uzbek workers replace North Koreans at Russian sites // MOSCOW - Some 5,000 Uzbek
        workers have been hired to replace North Koreans at construction sites in Moscow, a
        contractor said. The contractor employed about 800 North Koreans until 2019.
none | North Korea's overseas restaurants number about 100, down from 130 in 2016, according to
        researchers.
450@CN | More than 3,000 Chinese tourists visited Rason in May, while 450 North Korean workers
        were sent to seafood plants in Hunchun, a trader said.
none | Russia's Far East needs 100,000 more workers by 2030, and officials hope North Korea will
        supply a large part of them, the minister said.
none | At least 8 North Korean workers died in a dormitory fire in Vladivostok in 2019, one of
        several deadly accidents.
# --- batch A16, written blind: heads, lists by city, other nations' workers: 7 of 10
# articles passed before any change (precision 0.75, recall 0.90). Fixed: "manpower of about
# 2,500"; "150 North Korean women, some as young as 17, were trafficked" (the predicate
# after a short aside; an age). The Rason story is a known miss (below).
1000@RU | The governor of Russia's Tuva region said the region would take on about 1,000 North
        Korean hands for farm work this summer.
2500@LA | North Korea has provided manpower of about 2,500 for a highway project in Laos,
        officials in Vientiane said.
none | The Unification Ministry said 196 defectors arrived in 2023, the majority of them women,
        and 10 of them had worked abroad.
3000@MN | Some 70% of the roughly 3,000 North Korean workers in Mongolia work in construction,
        the rest in textiles and agriculture.
400@RU 200@RU | About 400 North Korean workers at a shipyard in Nakhodka went on strike on
        Monday, a rare protest, while another 200 at a nearby fish plant joined them on
        Tuesday.
4000@KW 1800@KW | The number of North Korean workers in Kuwait fell from 4,000 to 1,800 between
        2017 and 2019 and to zero by 2020, the embassy said.
none | A South Korean aid agency trained 150 North Korean defectors as nurses this year.
2000@RU 1200@RU 800@RU | North Korean workers in Primorye: 2,000 in Vladivostok, 1,200 in
        Nakhodka and 800 in Ussuriysk, according to the regional labour department.
none | Around 150 North Korean women, some as young as 17, were trafficked into China last year
        and sold as brides, a UN report said.
# --- batch A17, written blind: panel annexes, analyses, small site counts: 8 of 10
# articles passed before any change (precision 0.91, recall 0.71). Fixed: a year series
# under a header that names workers ("2019: 29,000 // 2020: 11,400"); "one of 12 workers
# living in the room" (a room's occupants).
29000@RU 11400@RU 2500@RU 1100@RU | Annex 42: DPRK nationals working in the Russian Federation
        (2019-2023) // 2019: 29,000 // 2020: 11,400 // 2021: 2,500 // 2022: 1,100 // Source:
        Member State.
100000@M49:001 | Pyongyang's labour exports, which once brought in as much as $500 million a
        year, now employ perhaps a tenth of the 100,000 people it had abroad in 2017, according
        to analyst estimates.
1500@RU 300@RU | Russia's Khabarovsk Krai said it planned to hire 1,500 North Koreans this year,
        but only 300 had arrived by June.
none | A North Korean man in his 40s who had worked at a construction site in Moscow was found
        dead in his dormitory, police said. He was one of 12 workers living in the room.
80@MN,LA,KH | North Korea has dispatched about 80 doctors to Mongolia, Laos and Cambodia
        combined, state media said.
40@AE 25@AE | Two North Korean restaurants in Dubai employ about 40 North Korean staff, while a
        third in Abu Dhabi has 25, the report found.
none | Russia sent 500 construction workers to North Korea to build a hospital in Pyongyang,
        Russian state media reported.
5000@RU | More than half of the estimated 5,000 North Koreans in Kamchatka work in fish
        processing, according to local officials.
130@BY | Pyongyang dispatched 130 North Korean workers to Belarus in 2023, the first such group
        since 2017, Belarusian media reported.
v4@RU 236@RU | Tens of thousands of North Korean workers were sent to Russia in the 2010s. In
        2023, Russia counted 236 North Koreans on work visas.
# --- batch A18, written blind: government and NGO report prose: 7 of 10 articles passed
# before any change (precision 0.73, recall 0.80). Fixed: "the PRC" (a name of China);
# "the figure exceeded 20,000" (at least); "the number of foreign workers rose to 3.5
# million" with no DPRK name near (a mixed workforce).
<100000@M49:001 | Reports indicated that the government sent as many as 100,000 workers abroad,
        primarily to Russia and the PRC, where they faced conditions of forced labor.
50000-80000@CN | NGOs estimated that 50,000 to 80,000 North Korean citizens were in forced labor
        in the PRC alone.
>20000@RU | The government did not report any data on the number of its nationals working
        overseas; observers estimated that the figure exceeded 20,000 in Russia as of 2023.
none | The government of Mongolia identified 14 trafficking victims in 2023, including 3
        foreign nationals, compared with 37 in 2022.
50000@RU 30000@CN | In 2018, the State Department estimated that some 50,000 North Koreans were
        working in Russia and 30,000 in China.
>1200@CN,RU | The report identifies 16 companies in China and Russia that employed a total of
        at least 1,200 North Korean workers between 2019 and 2022.
none | Russia's population fell by 500,000 in 2023, while the number of foreign workers rose to
        3.5 million.
1000@LA 500@KH | An estimated 1,000 North Koreans work in the hospitality and construction
        sectors of Laos, and another 500 in Cambodia.
200@CN | The three men were among 200 North Korean workers recruited by a Chinese firm to work
        at a shoe factory in Guangdong, the court heard.
400@- | Ninety percent of the 400 North Korean workers at the site are men.
# --- batch A19, written blind: mixed shorts: 9 of 10 articles passed before any change
# (precision 0.89, recall 1.00). Fixed: "The Mansudae Art Studio in Pyongyang employs about
# 4,000 artists" (an employer at a DPRK place).
1200@KW 300@KW | Kuwait's interior ministry said 1,200 North Korean workers had left the country by
        the end of 2018, leaving about 300.
none | The Mansudae Art Studio in Pyongyang employs about 4,000 artists, 1,000 of them
        sculptors.
60@LA | Chinese and North Korean workers clashed at a construction site in Vientiane, leaving 3
        injured, police said. About 60 North Koreans work at the site.
50000@M49:001 | North Korea plans to send 50,000 workers abroad by 2026 under a new five-year
        plan, with half going to Russia.
2000@CN | Some 2,000 North Korean women work in Chinese garment factories in Dandong, sewing
        clothes for export to Japan, South Korea and Europe.
none | About 1,000 Russian builders will travel to North Korea's Wonsan to help complete a
        tourist zone, the Russian ministry said.
none | North Korea has stationed 20 to 30 agents at each Chinese factory that employs its
        workers, to watch over them.
300000@M49:001 | An estimated 300,000 North Koreans have worked abroad since the 1990s, according
        to the study.
15@RU | The restaurant in Vladivostok, staffed by 15 North Korean waitresses, closed in March.
600@RU | In Siberia's Tomsk region, officials counted 600 North Koreans employed by 7 firms in
        2019.
# --- batch A20, written blind: flows over time, cumulative figures: 9 of 10 articles
# passed before any change (precision 0.91, recall 1.00). Fixed: "400 workers from North
# Korea, China and Vietnam" (a workforce of several origins).
6000@RU 1500@RU | So far this year, about 6,000 North Korean workers have arrived in Russia,
        according to border data, compared with 1,500 in all of last year.
>20000@CN,RU,M49:145 | Since the sanctions took effect in 2017, more than 20,000 North Korean
        workers have been sent home from China, Russia and the Middle East.
>500@M49:002 | Over the past 30 years, at least 500 North Korean doctors have served in Africa,
        a former official said.
none | Since 2011, Kim Jong Un has executed at least 340 people, including 140 senior officials,
        a Seoul think tank said.
>1500@RU <100@RU | More than 1,500 North Korean workers - up from fewer than 100 a year ago - are
        now employed on farms in Russia's Primorsky Krai.
2100@RU | The ministry said 35 companies in Vladivostok had hired a total of 2,100 North Koreans
        since 2022.
none | Nearly 200 North Korean students graduated from Russian universities this year, the
        embassy said.
3000@M49:001 | Pyongyang has sent some 3,000 medical workers to more than 10 countries since the
        1980s.
none | About 400 workers from North Korea, China and Vietnam are building the stadium in
        Ulaanbaatar, the contractor said.
1000@CN 500@CN | A North Korean source said about 1,000 workers would be sent to China's Jilin
        province in the coming weeks, and another 500 to Liaoning.
# --- batch A21, written blind: bureaus, units and other numbers in worker stories: 8 of 10
# articles passed before any change (precision 0.78, recall 0.78). Fixed: "the 313th General
# Bureau" (an ordinal is no count). Two are known misses (below).
4000@RU,CN | Workers dispatched by Room 39 // North Korea's Room 39, which manages the leader's
        slush funds, controls about 20 trading companies that sent roughly 4,000 workers to
        Russia and China last year, a defector said. The workers sign 3-year contracts and work
        12-hour shifts.
250@RU | After a 10-day quarantine, 250 North Korean workers began work at a fish plant in
        Kamchatka on June 1, the regional government said.
none | Section 7031(c) of the act bars entry to 12 North Korean officials and their families.
600@LA | North Korea's No. 1 Construction Bureau has around 600 workers in Laos, a diplomat
        said.
v4@M49:001 | The G7 said in a statement that North Korea still had "tens of thousands" of workers
        abroad, earning hundreds of millions of dollars.
47@RU | Police in Primorye raided 3 dormitories and found 47 North Korean workers without
        permits, 5 of whom were detained.
4000-5000@RU | In 2019, 4,000-5,000 North Koreans worked in Vladivostok, a city of 600,000.
>15000@RU | Russia and North Korea signed a deal in 2024 under which Russia will accept "at
        least 15,000" North Korean workers a year, a Japanese news agency reported.
# --- batch A22, written blind: standfirsts and headlines restating the body -------------
60000@M49:001 | Seoul estimates 60,000 North Korean workers abroad // An estimated 60,000 North
        Korean workers are overseas, Seoul says. Most are in China. // SEOUL, May 2 - An
        estimated 60,000 North Korean workers are overseas, South Korea's unification ministry
        said on Thursday. Most are in China, it said.
>1000@RU 1000@RU | Over 1,000 N. Korean workers sent to Kamchatka // VLADIVOSTOK - A total of
        1,000 North Korean workers have been sent to Kamchatka since January, regional
        officials said.
2000@RU 8000@RU | North Korea to send 2,000 more builders to Russia // Pyongyang will send 2,000
        more construction workers to Russia by summer, sources say. // North Korea will send
        2,000 more construction workers to Russia by summer, two sources said on Monday, adding
        to the roughly 8,000 already there.
none | Russia says 13,000 North Koreans entered in 2024 // Russia says 13,000 North Koreans
        entered the country last year. // MOSCOW - Some 13,000 North Koreans entered Russia last
        year, the border service said, most of them on student visas.
v2@LA 500@LA | Hundreds of North Korean workers in Laos // VIENTIANE - Hundreds of North Korean
        workers remain in Laos. "There are about 500," a diplomat said. "Most work in
        construction."
# --- batch A23, written blind: hard negatives: 5 of 10 articles passed before any change
# (precision 0.00: 0 of 4 figures, recall 0.00: 0 of 1). Fixed: guests, passengers and
# other counted non-workers; "40,000 North Koreans live in Japan as ethnic Koreans" (a
# community); "North Korea's 26 million people" (its population); "180 passengers,
# including 60 North Korean workers" (workers among a whole that is no workforce); "the
# number of Chinese workers in Russia fell to 80,000".
none | North Korean restaurant in Shenyang hosts 200 guests for leader's birthday // About 200
        guests attended a banquet at a North Korean restaurant in Shenyang on Friday.
none | About 30 North Korean workers could be seen through the fence of the compound in
        Vladivostok, wearing identical blue uniforms.
none | A tour group of 45 Western tourists visited Pyongyang in February, the first since 2020.
none | The plant in Hunchun, which has 1,100 employees, is owned by a Chinese firm; half of them
        are from North Korea.
none | More than 40,000 North Koreans live in Japan as ethnic Koreans affiliated with Pyongyang,
        a community that dates back to colonial rule.
none | The UN estimates that 40% of North Korea's 26 million people are food-insecure.
none | South Korea employs about 300,000 migrant workers, mostly from Southeast Asia; a handful
        of North Korean defectors work alongside them.
60@RU | A ferry carrying 180 passengers, including 60 North Korean workers returning home, left
        Vladivostok for Rajin on Friday.
none | North Korea says 5,000 volunteers will help rebuild flood-hit areas in North Hwanghae
        province.
none | The number of Chinese workers in Russia fell to 80,000 in 2023, while the number of North
        Koreans rose.
# --- batch A24, written blind: hard negatives: 5 of 9 articles passed before any change
# (precision 0.20: 1 of 5 figures, recall 1.00). Fixed: "2,000 people, including ...,
# watched the fireworks" (a scene after an aside); "Seoul's unification ministry has ...
# 600 staff" (a South Korean body's staff); "rescued 12 North Korean fishermen whose boat
# had drifted" (a rescue); "women married to Chinese men".
none | North Korea's 1.2 million-strong army has also sent engineers to Russia, officials said.
none | About 2,000 people, including North Korean workers and Russian residents, watched the
        fireworks in Vladivostok on Saturday.
none | Seoul's unification ministry has a budget of 1.2 trillion won and 600 staff, the
        government said.
none | Japan's coast guard rescued 12 North Korean fishermen whose boat had drifted into
        Japanese waters.
none | North Korean labourers built 5 apartment blocks and 2 schools in Vladivostok last year, a
        contractor said.
none | The Russian Far East has a population of 8 million and employs 150,000 foreign workers.
none | About 3,000 North Korean women married to Chinese men live in Jilin province, according
        to activists.
none | More than 100 South Korean firms once employed 55,000 North Koreans at Kaesong.
30@RU | A Russian court fined a construction company 500,000 rubles for employing 30 North
        Koreans illegally in 2023.
# --- batch A25, written blind: hard negatives: 6 of 10 articles passed before any change
# (precision 0.17: 1 of 6 figures, recall 1.00). Fixed: workers "expected to attend a rally"
# (a scene); "fishing boats" (things) and "140 crew members sought shelter" (a scene);
# "1,000 North Koreans, mostly students and diplomats' families," (an aside on what the
# group is); "about 40 diplomats and staff" (a non-worker listed first).
none | The Pyongyang marathon drew 1,000 foreign runners this year, the organisers said.
none | Around 500 North Korean workers are expected to attend a rally in Pyongyang to mark the
        party's anniversary.
none | In the 1970s, Libya hired 30,000 South Korean construction workers for its building boom.
none | Officials in Sakhalin said 7 North Korean fishing boats and 140 crew members sought
        shelter from a storm in the port of Korsakov.
none | About 1,000 North Koreans, mostly students and diplomats' families, live in Beijing,
        according to a Chinese official.
none | The North Korean embassy in Moscow has about 40 diplomats and staff.
none | Two North Korean workers were killed and 15 injured when scaffolding collapsed at a site in
        Moscow.
none | North Korea's trade with Russia tripled to $100 million, with 2,000 trucks crossing the
        border.
none | North Korean hackers posing as IT workers applied to more than 300 US companies.
3000@QA | A decade ago, North Korean workers in Qatar numbered about 3,000.
# --- batch A26, written blind: positives with asides and members: 9 of 10 articles passed
# before any change (precision 0.92, recall 1.00). A rule for "300 North Korean women among
# its 1,000 staff" (the mixed whole after a part) lowered the held-out fold, so it was
# dropped and the article is a known miss (below).
400@RU | Some 400 North Korean workers, including about 100 women, are employed at a textile plant
        in Ulan-Ude, the source said.
2000@RU | North Korean workers - about 2,000 of them - have been building apartments in
        Khabarovsk since spring.
1000@LA | Laos hosts roughly 1,000 North Korean workers, mostly at restaurants and construction
        sites, a diplomat said.
800@RU | About 800 North Korean loggers, who arrived last spring, are working in the forests of
        Amur Oblast.
3000@RU | In Vladivostok alone, there are some 3,000 North Korean builders, a local official
        estimated.
5000-7000@CN | Sources put the number of North Korean seamstresses in Dandong at between 5,000 and
        7,000.
1300@MN | Mongolia, which hosted 1,300 North Korean workers, sent the last of them home in 2019.
v1@CN | Dozens of North Korean IT workers, some posing as Japanese developers, work from
        apartments in Shenyang.
1200@PL 500@PL | Of the 1,200 North Koreans working in Poland in 2016, about 500 were at shipyards
        in Gdansk and Gdynia.
# --- batch A27, written blind: mixed wire shorts: 10 of 10 articles passed before any
# change (precision 1.00, recall 1.00).
15000@RU | UN experts: North Korea still has workers in 17 countries // GENEVA - North Korean
        workers remain in at least 17 countries despite a UN ban, including an estimated 15,000
        in Russia, UN human rights experts said on Friday.
30@VN | Vietnam deports 30 North Koreans working illegally at a Hanoi restaurant, police say.
none | Thousands of Chinese workers poured into North Korea's Rason zone in the 2010s.
8000@RU 4000@RU 1500@RU | North Korean workers in Russia's Far East: about 8,000 in Primorye,
        4,000 in Khabarovsk and 1,500 in Amur, according to regional data.
100@KW | More than half of the 100 North Korean nurses sent to Kuwait in 2015 have since
        returned home.
500@CN | In 2016, some 500 North Korean women worked at a seafood factory in Donggang - the
        largest single group in China, according to traders.
none | The company's chief executive told investors it had "zero" North Korean employees.
16@MN | Sixteen North Korean workers at a Mongolian cashmere factory were repatriated last week.
none | North Korea marked the 75th anniversary of its founding with a parade of 10,000 troops.
82@PL | The Polish firm employed 82 North Koreans at its Gdansk yard until 2017, prosecutors
        said.
# --- batch A28, written blind: hard negatives: 8 of 9 articles passed before any change
# (precision 0.00: the one figure found was spurious). The miss is left open (below).
none | About 700 North Korean athletes, coaches and artists will travel to Moscow for a
        friendship festival.
none | Russian universities enrolled 1,200 North Korean students last year, up from 300.
none | North Korea's state airline now flies twice a week to Vladivostok, with about 150
        passengers per flight.
none | About 60 North Korean defectors who once worked in Russia testified before the committee.
none | A South Korean firm in Vietnam employs 4,000 local workers and 12 Korean managers.
none | The Ukrainian army says it has killed about 300 North Korean soldiers and captured 2.
none | North Korea's population of working age is about 17 million.
none | Two North Korean diplomats and 3 trade officials were expelled from Malaysia in 2017.
# --- batch A29, written blind: Daily NK-style dispatches: 10 of 10 articles passed before
# any change (precision 1.00, recall 1.00).
40@RU | A source in North Hamgyong province reported that 40 workers from the Chongjin shipyard
        were sent to a shipbuilding plant in Russia's Nakhodka last week.
150@CN | Some 150 female workers dispatched by a Pyongyang trading company have been toiling at a
        wig factory in Hunchun since 2019.
none | North Korea's trading firms each must send at least 100 workers abroad this year, a source
        said.
5000@RU | About 10 percent of the 5,000 workers sent to Russia this year are women, the source
        said.
4000@RU | The number of North Korean construction workers in Moscow has doubled to some 4,000
        since January.
300@CN | North Korean authorities have ordered 300 workers in China to return home by the end of
        the month.
24@UG | A total of 24 North Korean medical staff have been working at a hospital in Kampala since
        2021, Ugandan officials confirmed.
v2@RU | Hundreds of North Korean workers at Russian construction sites have not received wages
        for months, the source said, and dozens have fallen ill.
500-1000@M49:035 | North Korea plans to dispatch between 500 and 1,000 IT workers to Southeast Asia
        this year.
50000@CN 30000@RU 10000@M49:145 | China has about 50,000 North Korean workers, while Russia hosts
        some 30,000 and the Middle East about 10,000.
# --- batch A30, written blind: hard negatives: 8 of 10 articles passed before any change
# (precision 0.00: 0 of 2 figures). Fixed: "A North Korean ship with 30 crew" (a vessel's
# crew); "500 employees of South Korean defence firms" (a South Korean employer's staff).
none | North Korea has 4,000 tractors and 1,200 combine harvesters, state media said.
none | Over 100 North Korean schoolchildren performed for Russian guests in Pyongyang.
none | The Panel's investigation covered 35 Member States and 120 entities.
none | Seoul said it had resettled 33,981 defectors as of 2023.
none | Russia's migration service registered 300,000 Uzbek and 150,000 Tajik workers in the first
        quarter.
none | State media said 120,000 young people had volunteered to work at farms and mines across
        North Korea.
none | A North Korean ship with 30 crew was seized off Indonesia for illegal fishing.
none | North Korean hackers stole data on 500 employees of South Korean defence firms.
none | About 5,000 runners, including 20 North Koreans, took part in the Vladivostok marathon.
none | Thousands of laid-off Chinese workers protested in Liaoning province.
# --- batch A31, written blind: Gulf, Africa and Europe: 10 of 10 articles passed before
# any change (precision 1.00, recall 1.00).
200@GQ | Equatorial Guinea still employs around 200 North Korean construction workers on
        government projects in Malabo, the Panel said.
350@QA | About 350 North Korean workers left Qatar in 2019 after their visas expired.
100@SN | Senegal hosted about 100 North Korean workers who built a giant bronze monument in
        Dakar.
120@PL | Some 120 North Korean workers at a shipyard near Gdansk were employed through a Polish
        subcontractor.
400@LY | Libya: around 400 North Korean doctors and nurses remained in 2011 despite the war,
        officials said.
<1000@M49:002 | Up to 1,000 North Korean medical staff are believed to be working across Africa,
        bringing in about $40 million a year.
2500@KW | In Kuwait, there were some 2,500 North Korean labourers on building sites in 2017.
3@MT | Malta repatriated 3 North Korean workers after a UN inquiry.
<50000@RU | Russia: as many as 50,000 North Koreans could work in Kursk reconstruction, an
        official said.
none | Nepal's 500,000 migrant workers in the Gulf send home $8 billion a year.
# --- batch A32, written blind: hard negatives: 4 of 9 articles passed before any change
# (precision 0.00: 0 of 5 figures). Fixed: seats; "The 25-member North Korean women's
# football team" (a team that is no workforce); students "studying construction
# engineering" and art students at an exhibition (study); "The Russian company, which
# employs 1,200 people ..., denied hiring North Koreans" (another nation's staff).
none | North Korea's state airline operates 2 weekly flights to Beijing with about 100 seats
        each.
none | Some 3,000 Russian tourists are expected at Wonsan this summer, along with 500 Chinese
        visitors.
none | The 25-member North Korean women's football team arrived in Tashkent for a qualifier.
none | About 70 North Korean students are studying construction engineering in Kazan under a
        2023 agreement.
none | Police in Seoul arrested 3 South Koreans for hiring North Korean IT workers through a
        Chinese broker.
none | More than 200 Chinese trucks cross into Sinuiju every day, drivers said.
none | The Russian company, which employs 1,200 people in Vladivostok, denied hiring North
        Koreans.
none | North Korean media said 300 families had moved into new homes built by soldiers.
none | Some 40 North Korean art students held an exhibition in Moscow.
# --- batch A33, written blind: mixed: 8 of 10 articles passed before any change (precision
# 0.57, recall 1.00). Rules for an embassy's staff and for "10% of the 20,000 foreign
# labourers" each lowered the held-out fold (an embassy is often the speaker of a count),
# so both were dropped and the two articles are known misses (below).
none | The Chinese government counted 1.1 million foreign workers in 2022, without a breakdown by
        nationality.
200@RU | Some 200 North Korean workers in Vladivostok were vaccinated against COVID-19 in a single
        day, a clinic said.
none | About 1,500 North Korean and Chinese workers are building the new bridge across the Tumen
        River.
120@RU | The Moscow construction firm said it let go of 120 North Korean employees after the
        sanctions.
40@NG | UN experts found no evidence that Nigeria still hosts the 40 North Korean doctors reported
        there in 2019.
none | More than 10,000 people, mostly Chinese and Central Asian migrants, work on Moscow's
        construction sites.
none | North Korean workers sent to Russia must be at least 30 years old and married.
5000@RU | A North Korean delegation of 12 officials visited the Khabarovsk labour ministry to
        discuss sending 5,000 workers.
# --- batch A34, written blind: UN panel prose: 7 of 7 articles passed before any change
# (precision 1.00, recall 1.00).
1500@RU | The Panel notes reports that approximately 1,500 DPRK nationals are employed in the
        construction sector in the Russian Federation's Moscow Oblast.
none | In its reply, the Member State informed the Panel that no DPRK workers are currently
        present in its territory.
100@LA | The Panel received information that DPRK IT workers, numbering approximately 100, were
        operating from the Lao People's Democratic Republic.
3000@- 2500@- | Of the 3,000 DPRK workers reported in 2019, the Member State said that 2,500 had
        been repatriated.
50@MZ | The DPRK Ministry of External Economic Relations reportedly dispatched 50 construction
        workers to Mozambique via a front company.
20000@RU | The Panel has not been able to verify the figure of 20,000 DPRK workers in the Russian
        Federation cited in media reports.
none | The Panel investigated the sale of 12 vessels to the DPRK.
# --- batch A35, written blind: IT workers: 6 of 7 articles passed before any change
# (precision 0.75, recall 0.75). The miss, a destination, is left open (below).
300@LA | About 300 North Korean IT workers are based in Laos, where they earn up to $5,000 a month
        each, the report said.
none | US prosecutors charged 5 people with helping North Korean IT workers obtain jobs at more
        than 300 companies.
50@CN | A Chinese front company in Shenyang employed around 50 North Korean software developers,
        Seoul said.
3000-10000@M49:001 | North Korea's IT workforce abroad is estimated at 3,000 to 10,000,
        according to various reports.
none | The software company said it had suspended 3,000 accounts linked to North Korean IT
        workers.
none | Japan warned companies that North Korean IT workers may pose as Japanese freelancers; it
        gave no figure.
2000@RU | North Korean construction workers, aged 25-40, earn about 40,000 rubles a month in
        Moscow; the 2,000 or so there hand 70% to their managers.
80@RU 40@CN | The report, based on interviews with 25 people who worked in Russia, China and the
        Gulf between 2010 and 2019, says North Korean workers routinely worked 12 to 16 hours a
        day. One interviewee said he was one of about 80 North Koreans at a sawmill in Tynda
        who were paid nothing for months. Another said 40 North Korean women at a Chinese
        garment factory shared two rooms.
# --- from the known misses: a mixed whole after a part word (encount3).
none | North Korean workers make up about 10% of the 20,000 foreign labourers in Primorye,
        officials estimate.
# --- from the known misses: the dateline's place when the story names no other (encount3).
3000@RU 60@RU | 'Our people are everywhere here': a manager's view // VLADIVOSTOK - "There
        are about 3,000 of our people in this city alone," said a North Korean site manager who gave
        only his surname, Ri. He oversees 60 North Korean workers renovating a school. Most of
        his men have not been home for four years, he said.
# --- from the known misses: a transfer's new place (a transfer verb and 'to', encount3).
1500@UA 500@UA | Sources said 1,500 North Korean workers in Russia have been moved to
        Russian-occupied Luhansk, where they are repairing apartment blocks, while around 500
        more will follow in the summer.
# --- from the known misses: a mixed whole after 'among' (test_extract_count_genres.py).
300@CN | The Chinese seafood company, which employs 300 North Korean women among its 1,000 staff,
        was sanctioned by the US Treasury.
"""

# Misses left open (strict xfail), from batch A4: a place only in the dateline or in "this
# city" of the sentence before; "China-based companies" read as a descriptor, not a place.
# From batch A8: "in Russia's occupied Donbas" reads Russia, and "Russia plans to bring in up
# to 5,000 more" takes its subject for the place (the counts themselves are found).
# From batch A13: "1,500 North Korean workers in Russia have been moved to ... Luhansk" keeps
# "in Russia" (a Tynda row, missed while the gazetteer lacked the town, now passes above).
# From batch A16: the gazetteer has no Rason, so "supplies 1,500 labourers for the project"
# there is not seen at home.
# From batch A21: "in China and Russia report to" leaves Russia out.
# From batch A26: "among its 1,000 staff" (a mixed whole) was still counted; fixed later
# ("among" before a mixed whole; test_extract_count_genres.py), the row moved to the table.
# From batch A28: workers who "took part in the May Day celebration ..., singing" (a scene
# whose cue lies past the few words read after the noun).
# From batch A33: an embassy's staff; a mixed whole after "10% of the".
# From batch A35: "use laptop farms in the US ... while working from China and Russia"
# takes the US (where the laptops are) for where the workers are.
KNOWN_MISSES_TABLE = """
v2@CN,RU | Hundreds of North Korean IT workers use laptop farms in the US to pose as Americans
        while working from China and Russia.
none | North Korea's embassy in Laos has 20 staff, and a trade office in Vientiane employs another
        10 officials.
none | Around 50 North Korean workers took part in the May Day celebration at their dormitory in
        Moscow, singing revolutionary songs.
1500@CN,RU | Some 1,500 North Korean IT workers in China and Russia report to the 313th General
        Bureau, according to a US advisory issued on May 16.
none | North Korea hires Chinese engineers for Rason port upgrade // About 200 Chinese engineers
        and technicians are working on the port expansion in Rason, a Chinese trade official
        said. North Korea supplies around 1,500 labourers for the project.
v3@UA 1000@UA <5000@UA | Thousands of North Korean workers building houses in Russia's
        occupied Donbas // KYIV - North Korea has sent about 1,000 construction workers to
        Russian-occupied areas of eastern Ukraine, Ukrainian military intelligence said. Russia
        plans to bring in up to 5,000 more, it said.
>50@CN | US sanctions two Chinese firms over North Korean IT workers // WASHINGTON - The
        Treasury Department on Tuesday sanctioned two China-based companies and three
        individuals for employing North Korean IT workers who earned the regime millions of
        dollars. The firms employed at least 50 developers between 2019 and 2023, the
        department said.
"""

ARTICLES = REPORTING._table(ARTICLES_TABLE)
KNOWN_MISSES = REPORTING._table(KNOWN_MISSES_TABLE)


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_counts_on_articles(extractor, text, expected):
    assert REPORTING._found(extractor, text) == expected


@pytest.mark.xfail(strict=True, reason="known misses, see KNOWN_MISSES_TABLE")
@pytest.mark.parametrize(("text", "expected"), KNOWN_MISSES)
def test_counts_on_articles_known_misses(extractor, text, expected):
    assert REPORTING._found(extractor, text) == expected
