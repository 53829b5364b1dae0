"""Status on realistic reporting: multi-sentence snippets as news, NGO and UN texts read.

Every snippet was written for these tests (none comes from ../shared), with the expected
status per ../shared/spec/claims.md written before the extractor was run on it: long
sentences with several figures, reported speech, headlines and datelines, stocks "as of"
a date, perfect and past-perfect flows, conditionals, nominalised events ("the arrival
of", "the repatriation of"), "returned to work", figures in parentheses and the baselines
of comparisons (a baseline has the status of what it is compared with). " // " ends a
headline (a line break in the document). Items an annotator could read two ways were
dropped rather than decided.
"""

from __future__ import annotations

import pytest

from .test_extract_status_grammar import _challenge, _status

# A closing paragraph that makes a short snippet a relevant document (a sentence after the
# figure, so it never lends the figure a status).
TAIL = "\n\nNorth Korea sends workers abroad to earn hard currency for the regime."

# One figure per entry: "status value | snippet"; an indented line continues the snippet.
REPORTING_TABLE = """
# --- first batch, written blind (64 figures; 50 passed before any change). Four more
# figures of it are left out here: the count stage finds no claim for them, so they say
# nothing of status ("Thousands of N. Koreans sent ..." in a headline, an elided head in
# "another 1,200 came in", a part split off by status in "expelled some 600 of them", a
# figure in parentheses "(about 6,000)").
dispatched   10000 | Thousands of N. Koreans sent to Russia despite sanctions // Russia has taken
                     in more than 10,000 North Korean workers since the start of 2024, South
                     Korea's spy agency said on Thursday. Most of them are working on
                     construction sites in Moscow and the Far East.
planned      10000 | Russia to take 10,000 N. Korean builders // Moscow and Pyongyang have
                     agreed that about 10,000 North Korean construction workers will be brought
                     in over the next two years, a Russian official told reporters.
present       3000 | As of 2019 there were still about 3,000 North Korean workers in
                     Vladivostok, according to local officials. Many of them had arrived on
                     student or trainee visas.
repatriated   1500 | By the end of the year, some 1,500 North Korean labourers had left
                     Mongolia, the labour ministry said. The ministry did not say how many were
                     still in the country.
dispatched    2000 | North Korea has deployed roughly 2,000 workers to Russia's Kursk region
                     since the autumn, according to a report by the UN panel of experts. The
                     workers are said to be clearing rubble and rebuilding homes.
planned       5000 | Officials in Primorsky Krai said the plan was to bring in 5,000 North
                     Korean workers by 2026. So far, about 800 have arrived.
dispatched     800 | Officials in Primorsky Krai said the plan was to bring in 5,000 North
                     Korean workers by 2026. So far, about 800 have arrived.
present     100000 | An estimated 100,000 North Korean workers were believed to be working in
                     more than 40 countries in 2017. Under UN Security Council resolution 2397,
                     all of them were to be sent home by the end of 2019.
dispatched    1500 | The arrival of 1,500 North Korean workers in the port city of Nakhodka last
                     month drew protests from Seoul. Russian officials insisted the newcomers
                     were students.
dispatched    3000 | South Korean officials have criticised the dispatch of about 3,000 North
                     Korean labourers to Russian construction sites this year.
repatriated   4000 | The repatriation of roughly 4,000 North Korean workers from China was
                     completed in December, the foreign ministry in Beijing said.
recruiting    2000 | Daily NK reported the recruitment of some 2,000 young North Korean men in
                     South Hamgyong province for jobs in Russia. Those selected must have no
                     relatives in the South.
dispatched   12000 | Some 12,000 North Korean workers entered Russia in 2023, up from 3,000 in
                     2022, according to official statistics.
dispatched    3000 | Some 12,000 North Korean workers entered Russia in 2023, up from 3,000 in
                     2022, according to official statistics.
present       1000 | Some 1,000 North Koreans currently work at fish-processing plants in
                     Hunchun, according to a source in the city. The source said the women are
                     rarely allowed to leave the premises.
present       2500 | Of the roughly 2,500 North Korean workers in Mongolia in 2017, about 1,200
                     had returned home by March 2019, the government said.
repatriated   1200 | Of the roughly 2,500 North Korean workers in Mongolia in 2017, about 1,200
                     had returned home by March 2019, the government said.
present        500 | About 500 North Korean workers returned to work at the shipyard after a
                     two-week strike over unpaid wages, a local newspaper reported.
planned        800 | If the contract is signed, 800 North Korean seamstresses would start work
                     at the Russian garment factory in the spring.
dispatched     300 | Roughly 300 North Korean workers, most of them in their twenties, have been
                     deployed to a textile plant in Dandong since March, Radio Free Asia
                     reported, citing a source.
planned       1000 | North Korea was preparing to send 1,000 IT workers to Laos and Vietnam
                     before the border closed, a defector said.
present      20000 | Russia's interior ministry said that 20,000 North Koreans were working in
                     the country at the end of 2018, but that number had fallen to about 4,000
                     a year later.
present       4000 | Russia's interior ministry said that 20,000 North Koreans were working in
                     the country at the end of 2018, but that number had fallen to about 4,000
                     a year later.
present        800 | Nearly half of the 800 North Korean doctors in Africa have already gone
                     home, according to a health ministry source.
dispatched     700 | Seven hundred North Korean labourers had crossed into Russia over the Tumen
                     River bridge by the time the border closed in January 2020.
present       3000 | An estimated 3,000 North Korean workers are still employed in the Amur
                     region, where they cut timber for Russian firms, a regional official said.
planned       2000 | The deal, signed in Pyongyang on Monday, foresees the deployment of 2,000
                     North Korean builders to the Far East next year.
present        400 | The shipyard employed as many as 400 North Koreans at its peak, a former
                     manager told the BBC. Today, none remain.
present       1800 | Under resolution 2397, the 1,800 North Korean workers still in Kuwait had
                     to be repatriated by December 2019.
dispatched    6000 | Since 2016, Pyongyang has sent some 6,000 workers to Chinese seafood plants
                     in Liaoning, a think tank estimated in a report published on Tuesday.
repatriated     90 | Poland stopped issuing work permits to North Koreans in 2016. The last 90
                     North Korean welders at the Gdynia shipyard went back to Pyongyang in 2018.
present      30000 | There are currently between 20,000 and 30,000 North Korean workers in
                     Russia, a South Korean lawmaker said, citing the National Intelligence
                     Service.
recruiting    1500 | Sources told RFA that 1,500 North Korean workers picked for overseas jobs
                     were undergoing ideological training in Pyongyang.
planned       3000 | The governor said his region hoped to attract 3,000 North Korean workers
                     over the next three years.
dispatched     250 | A group of 250 North Korean workers landed at Vladivostok airport on a
                     flight from Pyongyang on Saturday, the first such flight since the
                     pandemic.
repatriated   1000 | China has begun sending home North Korean workers whose contracts have
                     expired; about 1,000 left Dandong by train last week, a source said.
present         60 | About 60 North Korean workers have stayed at the Mongolian cashmere
                     factory, even though their visas expired in 2019.
dispatched    5000 | North Korea dispatched about 5,000 workers to Russia in 2019, nearly double
                     the 2,600 it sent a year earlier.
dispatched    2600 | North Korea dispatched about 5,000 workers to Russia in 2019, nearly double
                     the 2,600 it sent a year earlier.
present       2800 | The number of North Korean workers in Qatar has fallen sharply, from about
                     2,800 in 2017 to fewer than 100 today.
present        150 | Some 150 North Korean waitresses were found working in restaurants in
                     Shenyang during a 2018 survey by a Seoul-based NGO.
dispatched    2000 | In the first half of 2024, at least 2,000 North Koreans arrived in Russia
                     on student visas, but most of them went straight to building sites.
present       2000 | Kuwait, which hosted about 2,000 North Korean workers before 2017, has since
                     expelled some 600 of them.
planned       4000 | The Russian labour ministry has set a quota of 4,000 North Korean workers
                     for 2025.
dispatched    3000 | Between 2014 and 2016, Pyongyang shipped nearly 3,000 labourers to Qatar's
                     construction sites, according to a report by a rights group.
present      20000 | North Korea is thought to still have some 20,000 workers in China, many of
                     them in garment and seafood factories along the border.
repatriated   1000 | N. Korean workers leave Kuwait as sanctions bite // About 1,000 North Korean
                     construction workers have left Kuwait in the past six months, officials
                     said.
present        500 | The factory's owner admitted that about 500 North Koreans had been working
                     there since 2015.
dispatched    2500 | Russian border statistics recorded the arrival of 2,500 North Korean
                     workers in the third quarter.
present       7000 | About 7,000 North Korean workers remained in Russia after the deadline,
                     according to the UN panel, which said many had switched to student visas.
recruiting     300 | The agency in Pyongyang has shortlisted around 300 women for restaurant
                     jobs in Vladivostok, a person familiar with the matter said.
dispatched     100 | North Korea has been quietly shipping around 100 workers a month to Chinese
                     fish plants, a trader in Dandong said.
present       1000 | Around 1,000 North Koreans worked in Malaysia's mines and restaurants until
                     the two countries broke off relations in 2021.
repatriated    999 | Hundreds of North Korean workers were sent back across the Yalu in
                     February; a customs official put the number at 450.
repatriated    450 | Hundreds of North Korean workers were sent back across the Yalu in
                     February; a customs official put the number at 450.
dispatched    1300 | An estimated 1,300 North Korean workers were brought into the Russian Far
                     East in 2023, double the figure of the previous year.
recruiting     600 | Another 600 North Koreans have passed the final screening and are waiting
                     for their Russian visas, the source added.
present      12000 | About 60% of the 12,000 North Korean workers in Russia are employed in
                     construction, the ministry said.
planned       4000 | Under the plan, China is to receive 4,000 North Korean workers and Russia
                     6,000.
planned       6000 | Under the plan, China is to receive 4,000 North Korean workers and Russia
                     6,000.
# --- second batch, written blind after the first was fixed (33 figures; 24 passed
# before the changes it led to). One more is left out: the count stage finds no claim for
# "down from several hundred three years earlier".
present       4000 | SEOUL, March 3 (Reuters) - About 4,000 North Korean workers remain in
                     Russia's Far East despite a UN ban, a regional official said on Tuesday,
                     speaking on condition of anonymity.
dispatched    1000 | VLADIVOSTOK - A chartered flight carrying about 1,000 North Korean workers
                     touched down here on Friday, the first such arrival in months.
planned       3000 | Seoul's spy agency said Pyongyang was expected to send some 3,000 more
                     workers to Russia in the coming months, on top of the 2,000 already there.
present       2000 | Seoul's spy agency said Pyongyang was expected to send some 3,000 more
                     workers to Russia in the coming months, on top of the 2,000 already there.
repatriated    300 | Roughly 300 North Korean loggers in the Amur region were flown back to
                     Pyongyang last week after their contracts expired, local media said.
present      50000 | North Korea had an estimated 50,000 workers in Russia at the height of the
                     programme in the early 2010s, according to researchers at a Seoul think
                     tank.
dispatched    1800 | Customs data show 1,800 North Korean workers entered China on work-related
                     visas in the first quarter, a 30 percent increase on the previous quarter.
present        700 | The number of North Korean workers on the island of Sakhalin is put at
                     about 700, most of them in construction.
repatriated  20000 | Between 2017 and 2019, Russia sent home more than 20,000 North Korean
                     workers, according to figures it submitted to the UN.
present       1000 | Despite the sanctions, more than 1,000 North Korean workers are still
                     believed to be in Mongolia, where many work in construction and at
                     cashmere plants.
recruiting     500 | North Korean authorities have begun selecting about 500 workers for a new
                     construction project in Moscow, and the successful candidates will leave
                     in the spring.
planned       5000 | According to the agreement, Russia will issue work permits to 5,000 North
                     Korean workers a year starting in 2026.
present        200 | A worker at the camp told RFA that there were about 200 North Koreans at
                     the site, working from six in the morning until midnight.
dispatched     900 | In April alone, 900 North Korean workers were deployed to Russian
                     construction sites, bringing the total in the country to about 15,000.
present      15000 | In April alone, 900 North Korean workers were deployed to Russian
                     construction sites, bringing the total in the country to about 15,000.
repatriated  30000 | Roughly 60 percent of North Korean workers in China, about 30,000 people,
                     have returned home since the pandemic began, an official estimated.
planned       1000 | Moscow will welcome 1,000 North Korean builders next month, the Russian side
                     said, adding that more could follow.
present       3500 | At the time of the inspection, some 3,500 North Korean workers were living in
                     barracks on the outskirts of the city.
dispatched     400 | Laos received about 400 North Korean workers between 2018 and 2020, most of
                     whom now work in hotels in Vientiane.
repatriated   1700 | Mongolia said all 1,700 North Korean workers on its territory had been
                     repatriated by the December 2019 deadline.
planned        800 | A Chinese seafood company plans to bring in another 800 North Korean workers
                     once the border reopens.
present        100 | Fewer than 100 North Korean workers were left in Poland by the end of 2019,
                     down from several hundred three years earlier.
dispatched   10000 | More than 10,000 North Korean workers have gone to Russia on student visas
                     over the past two years, according to Russian statistics.
present       6000 | Qatar is home to around 6,000 North Korean workers, a rights group said in a
                     report that also documented long working hours.
present       2000 | The 2,000 North Korean workers in Kuwait, who had been due to return by the
                     end of 2019, were still in the country in 2020, diplomats said.
planned      20000 | The Russian minister told reporters that Moscow would be prepared to accept
                     as many as 20,000 North Korean workers if the sanctions were lifted.
recruiting    1200 | Around 1,200 North Korean workers from North Hamgyong province are now
                     waiting in Pyongyang for their Russian visas, a source told Daily NK.
present      40000 | Before the UN ban, an estimated 40,000 North Korean workers were on Russian
                     soil.
repatriated    500 | The exodus of about 500 North Korean workers from Malaysia followed the
                     murder of Kim Jong Nam in 2017.
dispatched    2000 | Pyongyang's deployment of some 2,000 workers to the occupied Donetsk region
                     last year has drawn criticism from Kyiv.
planned        600 | A further 600 North Korean nurses are due in Moscow by the end of the month,
                     a hospital official said.
present       1200 | Some 1,200 North Korean workers have been living in Chinese factory
                     dormitories since 2017, unable to return home because of the border
                     closure.
# --- third batch, written blind after the second was fixed (27 figures; 18 passed, 3
# failed on status and the count stage found no claim for 6, left out here: "only a few
# hundred remain" after a semicolon, "arrivals surged to more than 7,000", "2,200 North
# Koreans came to Russia for work ..., against 1,100 a year before", "The last group of
# some 300 North Korean workers", "about 900 North Korean workers are still stationed at
# the logging camp in Tynda" after "Satellite images show").
present       3000 | Russia currently hosts roughly 3,000 North Korean workers, down from about
                     30,000 before the 2017 sanctions, the ministry said.
present      30000 | Russia currently hosts roughly 3,000 North Korean workers, down from about
                     30,000 before the 2017 sanctions, the ministry said.
dispatched     500 | Every year since 2022, around 500 North Korean seamstresses have been bused
                     across the Yalu to factories in Dandong.
repatriated   2000 | China quietly deported around 2,000 North Korean workers in the months after
                     Beijing tightened border controls, an activist group said, citing
                     witnesses.
planned       1500 | Under a memorandum signed last week, up to 1,500 North Korean workers may be
                     hired by farms in the Amur region.
recruiting    3000 | In Pyongyang, some 3,000 workers are undergoing medical checks and political
                     vetting ahead of their deployment to Russia.
present      10000 | A decade ago, roughly 10,000 North Koreans toiled in Mongolia's construction
                     sector; today only a few hundred remain.
repatriated    400 | The embassy confirmed that 400 North Korean workers "had completed their
                     contracts and gone home" in September.
present       2500 | Some 2,500 North Korean workers, who were sent to Russia before the ban, are
                     still there on extended visas, according to the Panel of Experts.
dispatched    1000 | At least 1,000 North Korean workers have been sent to China since the border
                     reopened in August, bringing the total to about 3,000.
present       3000 | At least 1,000 North Korean workers have been sent to China since the border
                     reopened in August, bringing the total to about 3,000.
planned        700 | The first 700 North Korean workers are scheduled to arrive in Khabarovsk in
                     May, with the rest following by the end of the year.
repatriated     90 | Poland's labour inspectorate said 90 North Korean welders had left the
                     country after their permits were revoked.
present       4500 | North Korean workers in Russia (an estimated 4,500 in 2019) were forced to
                     hand over most of their wages.
recruiting     800 | About 800 young women from Pyongyang and Sinuiju have been picked to work in
                     Chinese garment factories, according to a source.
present       6000 | The UN panel said it had been informed that 6,000 North Korean workers
                     continued to work in the Middle East in violation of the resolution.
repatriated   4000 | Under pressure from Washington, Kuwait sent about 4,000 North Korean
                     labourers back to Pyongyang in 2017 and 2018.
planned       2000 | Moscow could take in another 2,000 North Korean builders if Pyongyang
                     agrees, the report said.
present       1500 | The Chinese factory, which employs about 1,500 North Korean women, has
                     refused to send them home.
dispatched    5000 | Since the summit, about 5,000 North Korean workers a year have been arriving
                     in Russia, a Russian official said.
repatriated   3000 | The Chinese government said roughly 3,000 North Korean workers whose
                     contracts had ended were escorted back across the border last month.
planned      10000 | North Korea has offered to send 10,000 workers to help rebuild Kursk,
                     according to Russian media.
# --- fourth batch, written blind after the third was fixed (26 figures; 20 passed, 5
# failed on status; the count stage found no claim for "of whom some 1,000 had entered
# since January", left out here) --------------------------------------------------
present       3000 | The Panel notes that, as of August 2023, approximately 3,000 DPRK nationals
                     were residing in the Russian Federation on work-related visas, of whom
                     some 1,000 had entered since January.
repatriated  35000 | In its midterm report, the Member State stated that it had repatriated 35,000
                     DPRK workers, and that the rest would leave by the end of the month.
planned      12000 | Pyongyang is reportedly negotiating with Moscow to send up to 12,000
                     construction workers, a South Korean official told Yonhap.
present        700 | The 700 North Korean workers at the Russian shipyard returned to work on
                     Monday after a three-day stoppage, local media said.
repatriated    200 | After the factory closed, its 200 North Korean workers returned to the North
                     in two groups.
dispatched    9999 | North Korea sent thousands of workers to Russia in 2024. By December, an
                     estimated 15,000 of them were working on building sites across the
                     country.
present      15000 | North Korea sent thousands of workers to Russia in 2024. By December, an
                     estimated 15,000 of them were working on building sites across the
                     country.
present       5000 | Some 5,000 North Korean workers would still be in China if the reports are
                     accurate, a researcher said.
planned        300 | Officials said 300 more North Korean nurses were to be sent to Moscow
                     clinics by the summer.
repatriated   1000 | Roughly 1,000 North Korean workers have been sent back to their country since
                     January, Chinese customs data suggest.
present        400 | As recently as 2018, there were about 400 North Korean workers at shipyards
                     in Poland and Malta.
present       3000 | Russian officials deny that any of the roughly 3,000 North Korean workers in
                     the country were sent after the UN deadline.
dispatched     200 | The first 200 North Korean workers reached the construction site in Kursk
                     this week, and more are expected to follow.
present        500 | A Russian contractor said it employs 500 North Korean builders and plans to
                     hire more next year.
repatriated     20 | Twenty of the 80 North Korean doctors in Uganda returned to Pyongyang in
                     March; the other 60 followed in April.
present         80 | Twenty of the 80 North Korean doctors in Uganda returned to Pyongyang in
                     March; the other 60 followed in April.
repatriated     60 | Twenty of the 80 North Korean doctors in Uganda returned to Pyongyang in
                     March; the other 60 followed in April.
present        250 | At least 250 North Korean workers have been stuck in Vladivostok since
                     flights were suspended, unable to go home.
dispatched    4000 | North Korea has dispatched about 4,000 workers to Russia so far this year,
                     compared with 1,000 in the whole of last year, Seoul's unification ministry
                     said.
dispatched    1000 | North Korea has dispatched about 4,000 workers to Russia so far this year,
                     compared with 1,000 in the whole of last year, Seoul's unification ministry
                     said.
present     100000 | Before the sanctions, North Korea was thought to have about 100,000 workers
                     abroad, earning the regime up to $500 million a year.
present       1300 | The company's Chinese factory, where 1,300 North Korean women sew clothes for
                     export, was inspected in May.
repatriated   5000 | Some 5,000 North Korean workers headed back across the border in the weeks
                     before the deadline, witnesses said.
planned      50000 | Pyongyang's goal is to have 50,000 workers in Russia by 2027, according to a
                     leaked internal document.
dispatched     600 | The number of North Korean workers sent to Mongolia last year, about 600,
                     was the lowest since 2010.
# --- fifth batch, written blind after the fourth was fixed (23 figures; 20 passed, 2
# failed on status; the count stage found no claim for "including about 40,000 in the
# border city of Dandong", left out here) -------------------------------------------
dispatched    2000 | EXCLUSIVE: N. Korea ships 2,000 workers to Russia via Vladivostok port //
                     The workers arrived in several batches in October, according to port
                     records seen by Reuters.
present       1000 | The number of North Korean workers who have stayed on in Vladivostok despite
                     the ban is about 1,000, the consulate estimated.
repatriated    500 | Some 500 North Korean workers returning from China were quarantined in
                     Sinuiju for a month, state media reported.
planned        800 | About 800 North Korean workers had been scheduled to leave for Russia in
                     March, but the trip was postponed.
present        200 | Roughly 200 North Korean workers were supposed to go home in 2019 but are
                     still working in a Mongolian mine.
dispatched    1200 | Russian immigration data showed that an estimated 1,200 North Koreans
                     arrived on student visas in the first six months of the year, though most
                     were believed to be working.
present        600 | Roughly 600 North Koreans, most of them women, are working at seafood plants
                     in Hunchun, the report said, adding that they had arrived in 2017.
repatriated   2000 | Beijing has sent roughly 2,000 North Korean workers home this year, according
                     to Seoul, which says many more remain.
present      99999 | North Korea still has tens of thousands of workers in China, including about
                     40,000 in the border city of Dandong, according to an estimate by a
                     Seoul-based institute.
dispatched     100 | Every month about 100 North Korean workers cross into China at the Tumen
                     bridge, a local trader told RFA.
recruiting     150 | Sources say 150 female workers were handpicked last month from textile
                     factories in Pyongyang to work abroad, and are expected to leave in April.
present       3000 | About 3,000 North Korean workers remained in Kuwait at the end of 2018, a
                     year after the government pledged to send them all home.
dispatched     400 | Chinese authorities allowed about 400 North Korean workers to enter Jilin
                     province in September, the first such group since 2020.
present      70000 | Seoul estimates that about 70,000 North Korean workers, many of whom earn
                     less than $200 a month, are currently employed in China.
repatriated    250 | Around 250 North Korean workers at a Russian shipyard have been recalled,
                     diplomatic sources said on condition of anonymity.
present       5000 | Despite the UN deadline, an estimated 5,000 North Korean workers continued
                     working at construction sites in Moscow and St Petersburg in 2020.
dispatched     900 | North Korea sent 900 workers to Russia in the first quarter of 2024, and
                     1,100 in the second.
dispatched    1100 | North Korea sent 900 workers to Russia in the first quarter of 2024, and
                     1,100 in the second.
planned       1000 | "We expect another 1,000 North Korean builders by the autumn," the regional
                     governor told a news conference.
present        180 | A 2019 report found 180 North Korean workers at three Polish shipyards, down
                     from about 400 in 2016.
present        400 | A 2019 report found 180 North Korean workers at three Polish shipyards, down
                     from about 400 in 2016.
repatriated     80 | About 80 North Korean IT workers were ordered to return to Pyongyang after
                     their cover was blown, a cybersecurity firm said.
# --- sixth batch, written blind after the fifth was fixed (21 figures; 16 passed, 3
# failed on status; the count stage found no claim for "Of these, about 300 were sent on"
# and "A second group of about 250 North Korean workers", left out here with the 1,200 of
# the first snippet, which passed) -------------------------------------------------
present       2000 | North Korean workers in Laos, estimated at about 2,000, build hotels and
                     roads for Chinese contractors.
repatriated    700 | When the pandemic hit, about 700 North Korean workers in Mongolia went home on
                     the last trains before the border shut.
planned       1000 | Russia's Primorsky region will need some 1,000 North Korean workers next
                     year, the governor said.
present       9999 | Thousands of North Korean women still work in Chinese garment factories, the
                     report found.
repatriated   1000 | Following the UN deadline, about 1,000 North Korean workers were put on
                     trains back to Pyongyang.
present         30 | Only 30 North Korean workers now remain at the Dandong plant, down from 300
                     before the pandemic.
present        300 | Only 30 North Korean workers now remain at the Dandong plant, down from 300
                     before the pandemic.
dispatched    1500 | Some 1,500 North Korean workers are thought to have entered Russia since the
                     start of the war in Ukraine.
present        100 | Roughly 100 North Korean restaurant staff are still in Cambodia, a year after
                     the government ordered them to leave.
planned       2000 | If sanctions are eased, Russia is ready to take in 2,000 North Korean workers
                     immediately, a lawmaker said.
present        400 | "There are about 400 North Korean workers here, all men," said a Russian
                     foreman at the site.
dispatched    6000 | The UN panel estimated that 6,000 North Korean workers had been sent to
                     Russia between 2021 and 2023.
present      20000 | Some 20,000 North Korean workers live and work in Russia, according to the
                     latest census.
repatriated    350 | Citing customs records, the report said 350 North Korean workers had gone
                     back to their country through the Dandong crossing in May.
present        800 | Some 800 North Korean workers who had come to Russia as students were working
                     on farms in Primorye in 2023, the report said.
planned       3000 | Pyongyang has promised Moscow 3,000 construction workers for the rebuilding
                     of the Kursk region.
dispatched     500 | Nearly 500 North Korean workers have been flown into Moscow since June,
                     according to flight records.
present       1000 | A thousand or so North Korean workers are still toiling in Mongolia.
# --- seventh batch, in the style of UN and NGO reports, written blind after the sixth
# (18 figures; 16 passed) -----------------------------------------------------------
present       1000 | According to information received by the Panel, approximately 1,000 DPRK
                     workers remained at construction sites in the Moscow region in 2022, while
                     a further 200 had arrived in Vladivostok on a chartered flight in December.
dispatched     200 | According to information received by the Panel, approximately 1,000 DPRK
                     workers remained at construction sites in the Moscow region in 2022, while
                     a further 200 had arrived in Vladivostok on a chartered flight in December.
repatriated   3000 | The Member State reported to the Committee that, by 22 December 2019, it had
                     repatriated 3,000 DPRK nationals earning income in its jurisdiction.
present         50 | The Member State indicated that 50 DPRK nationals, whose visas had expired,
                     could not be repatriated owing to the closure of the border.
planned        700 | A letter seen by the Panel shows that a DPRK company sought permission to
                     send 700 workers to a fishing company in the Member State.
dispatched    3000 | The Panel investigated reports that in 2023 a total of 3,000 DPRK workers
                     travelled to the Russian Federation on tourist and student visas.
present        400 | Approximately 400 DPRK nationals continue to earn income in the hospitality
                     sector in Southeast Asia, according to a Member State.
recruiting     100 | The NGO interviewed former workers who said that in 2018 about 100 men from
                     their town had been selected and trained for jobs in Russia.
present       5000 | About 5,000 North Korean workers are employed in Russian logging, a sector
                     where they have worked since the 1960s.
dispatched     200 | North Korea sends about 200 IT workers a year to China and Southeast Asia,
                     according to the report.
present      12000 | Some 12,000 North Korean nationals with work visas were registered in Russia
                     at the end of the year, the ministry said.
repatriated     90 | A Chinese seafood plant sent 90 North Korean women back home after inspectors
                     found they were working illegally.
dispatched     450 | Some 450 North Korean workers who had been waiting in Pyongyang since 2020
                     finally left for Russia in March.
present       2000 | Around 2,000 North Korean workers, most of whom came to Russia in 2023, are
                     building apartment blocks in Moscow suburbs.
dispatched    3000 | Russia let in about 3,000 North Korean workers in the second half of 2024,
                     double the number of the first half.
planned      15000 | Moscow is said to be ready to accept as many as 15,000 North Korean workers
                     in 2025.
repatriated    500 | About 500 North Korean workers were deported from Russia in 2023 for
                     overstaying their visas, court records show.
present        800 | Interviews with residents suggest that some 800 North Korean workers live at
                     the camp year-round.
# --- eighth batch, headlines, quotes and increases, written blind after the seventh
# (18 figures; 15 passed, 2 failed on status; the count stage found no claim for "A new
# batch of 150 North Korean seamstresses arrived", left out here) ---------------------
repatriated   1000 | Mongolia sends home 1,000 N. Korean workers ahead of UN deadline // The
                     workers left Ulaanbaatar on special flights over the weekend, officials
                     said.
planned        600 | Vietnam to host 600 North Korean IT workers, report says // The workers would
                     be employed by software firms in Hanoi.
present       2300 | Sanctions fail to stop N. Korean labour exports // An estimated 2,300 North
                     Koreans are still working in Russia, a rights group said.
dispatched    1000 | Russia's North Korean workforce grew by about 1,000 last year as new arrivals
                     outnumbered departures.
present       7000 | Russia's North Korean workforce stood at about 7,000 at the end of last year,
                     the ministry said.
present       2000 | Officials said about 60 percent of the 2,000 North Korean workers in the city
                     had returned home by the end of 2019.
present       3000 | "We have around 3,000 North Korean workers in the region and we need more,"
                     the deputy governor said.
present       1000 | Roughly 1,000 North Korean workers had been living in Kuwait when the
                     government stopped renewing their visas.
dispatched    2000 | North Korea is believed to have sent 2,000 workers to Russia in the first
                     months of 2024 alone.
present        400 | In a 2017 report, the group counted about 400 North Korean workers on Polish
                     farms and shipyards.
planned       3000 | Next year, 3,000 more North Korean workers will follow, the official said.
repatriated    100 | More than 100 North Korean workers fled their construction site in Russia and
                     were later sent back to Pyongyang.
repatriated    250 | The 250 North Korean workers stranded in Vladivostok by the pandemic finally
                     returned home in 2022.
dispatched    1600 | North Korea increased the number of workers it sends to China by 1,600 in
                     2018, customs figures suggest.
present        900 | Russian police found 900 North Korean workers living illegally in Moscow
                     dormitories during raids last month.
planned       4000 | Of the 4,000 North Korean workers Russia plans to bring in this year, half
                     will go to the Far East.
present       1200 | Some 1,200 North Korean workers, or about a third of those in the region, are
                     employed by Chinese-owned firms.
# --- guards written with the fixes: "following" is a preposition, not a follow verb;
# a noun of transport is a movement ----------------------------------------------
dispatched     400 | About 400 North Korean workers arrived by bus at the Amur logging camp last
                     week.
repatriated    200 | Some 200 North Korean workers have left Laos following the new sanctions,
                     officials said.
"""


REPORTING = [
    (text.replace(" // ", "\n"), value, status)
    for text, value, status in _challenge(REPORTING_TABLE)
]


@pytest.mark.parametrize(("text", "value", "status"), REPORTING)
def test_status_on_reporting(extractor, text, value, status):
    assert _status(extractor, text, value, lead="", tail=TAIL) == status
