"""Origin and scope of worker figures on whole short articles (headline and body), written
for these tests in blind batches: each batch's expected claims were committed before the
extractor was run on it (none comes from ../shared; the people are invented, the
institutions real).

Each article opens with ``@ publisher``, then one line per expected worker claim,
``<count>@<dests> <scope> <origin>`` (the count keys of ``test_extract_count_reporting.py``;
``-`` for a null origin; origins compared as the scorer compares them, after the aliases of
../shared/tools/origins.json), then ``|`` and the text (" // " ends the headline). A claim
is looked up by the scorer's count and destination keys; its origin and scope must agree.

``python tests/extract/test_extract_origin_articles.py`` prints each batch's figures: the
claims found, and origin and scope accuracy over them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from laborwatch.extract.pipeline import Extractor

try:
    from .tables import check_origin, origin_report, origin_rows
except ImportError:  # run as a script: python tests/extract/test_extract_origin_articles.py
    from tables import check_origin, origin_report, origin_rows  # type: ignore[no-redef]

BATCHES: dict[str, str] = {}

# --- batch O1, written blind (phenomena of the fitted error lists: a source relayed by
# "it added" / "the source said" / "the ministry said", a wire story carried elsewhere,
# a chain "X, citing Y", a person whose affiliation speaks, the outlet's own reporting,
# a UN panel by description, ministries of the destination, "a report by X" citing
# others, a relative clause of background, a quotation with its speaker after).
# Before any change: 19 of 20 claims found, origin 16/19, scope 19/19. Fixed: imagery
# "reviewed by NK News" in an nknews.org article (the outlet itself); "the ministry said"
# after "Russia's labour ministry" in its own sentence; "The report cites defectors who
# said" (the defectors first).
BATCHES["O1"] = """
@ example-wire.com
5000@RU country South Korea NIS
1200@RU region South Korea NIS
| North Korea sends 5,000 more workers to Russia, Seoul says // SEOUL - North Korea has
  sent about 5,000 additional workers to Russia this year, South Korea's National
  Intelligence Service told lawmakers on Wednesday. Most of them are building apartment
  blocks in Moscow and the Far East, the agency said. It added that some 1,200 North Korean
  labourers had arrived in the Primorsky region since June.
@ example-daily.com
2000@AE country AP source
800@QA country AP source
| Gulf states still host North Korean labourers // DUBAI (AP) - Around 2,000 North Korean
  labourers remain in the United Arab Emirates despite a UN ban, two officials familiar
  with the matter told The Associated Press. The officials, who spoke on condition of
  anonymity, said another 800 North Korean workers are employed in Qatar. Neither government
  responded to requests for comment.
@ example-times.com
3000@CN region South Korea Ministry of Unification
1000@CN city South Korea Ministry of Unification
| N. Korean workers sent to Jilin // Yonhap, citing South Korea's Unification Ministry,
  reported on Friday that around 3,000 North Korean workers had been sent to China's Jilin
  province in March. They were assigned to seafood factories in Hunchun, where about 1,000
  North Koreans already worked, the ministry said.
@ example-news.com
20000-30000@RU country KINU
5000@CN country KINU
| Kang Min-ho, a senior researcher at the Korea Institute for National Unification,
  estimates that 20,000 to 30,000 North Koreans are now working in Russia. "The numbers
  have tripled since 2022," he said, adding that about 5,000 North Korean workers were in
  Chinese seafood plants.
@ nknews.org
150@LA country -
60@LA site -
| North Korean workers arrive in Laos // About 150 North Korean workers arrived in Laos in
  May, NK News has learned. Another 60 North Korean workers are employed at a hotel
  construction site in Vientiane, according to satellite imagery reviewed by NK News.
@ dailynk.com
2000@MN country Daily NK source
300@MN site Daily NK source
| North Korea to send 2,000 workers to Mongolia // North Korea is preparing to dispatch
  around 2,000 workers to Mongolia in the autumn, a source in Pyongyang told Daily NK on
  Monday. "The workers will be placed at construction sites around Ulaanbaatar," the source
  said, adding that 300 North Korean workers would go to a copper mine in the south.
@ example-post.com
>1500@CN city UN Panel of Experts
400@LA,KH multi UN Panel of Experts
| In its latest report, a UN panel monitoring sanctions on North Korea said that at least
  1,500 North Korean workers were still employed in Chinese factories in Dandong. The
  panel's experts also found that around 400 North Korean IT workers operated from Laos and
  Cambodia.
@ example-herald.com
13000@RU country Russian government
2000@RU region Khabarovsk Krai government
| Russia's labour ministry issued work permits to 13,000 North Korean workers last year,
  the ministry said in a statement. Maxim Orlov, a deputy governor of Khabarovsk Krai, said
  2,000 North Korean workers were at construction sites in the krai.
@ example-journal.com
10000@RU region NKDB
3000@RU region defectors
| According to a report by the Database Center for North Korean Human Rights released on
  Tuesday, some 10,000 North Koreans work on farms and fishing boats in Russia's Far East.
  The report cites defectors who said a further 3,000 North Korean workers were sent to
  Sakhalin in 2023.
@ example-gazette.com
2500@KW country -
90@PL site Piotr Zalewski
| Kuwait has ordered the North Korean ambassador to leave, a diplomatic source said on
  Monday. The Gulf state, which hosts around 2,500 North Korean workers, has also stopped
  issuing new visas. In Poland, the practice ended years ago. "We had about 90 North Korean
  welders at the shipyard," said Piotr Zalewski, a manager at a shipbuilding firm in Gdansk.
"""

# --- batch O2, written blind in fresh wording (an outlet citing another outlet's source,
# a headline "Seoul:" with the body naming the agency, a lawmaker relaying the agency,
# "X reports:" before an excerpt, "she"/"her team" after a researcher named before, a
# ministry of the destination, state media and "the North's" bodies, a quotation with its
# speaker after and "here" in a dated city, US bodies and "it said", a report and
# researchers of a nationality, an outlet's own "has learned", a report "cited by" media).
# Before any change: 20 of 21 claims found, origin 9/20, scope 16/20. Fixed: "the
# resident said" after "citing a resident"; a lawmaker relaying the agency named before;
# "The Daily NK reports:" then "a source"; "she"/"her team" after a person whose relative
# clause names a body; "The North's Red Cross Society separately"; a quotation opened
# after a dateline; "US officials estimate", "researchers, however, estimate" (base-form
# verbs after a plural subject); "a Lao businessman told RFA's Korean Service"; "a report
# by X, cited by Y"; "here" in a story filed from a town (city); "a company that employed"
# (site).
BATCHES["O2"] = """
@ example-wire.com
400@RU city Radio Free Asia source
700@RU region Radio Free Asia source
| North Korean workers spotted in Vladivostok, RFA says // About 400 North Korean
  construction workers arrived in Vladivostok last month, U.S.-funded Radio Free Asia
  reported on Thursday, citing a resident of the city. Another 700 North Korean workers
  were expected in the Primorsky region by August, the resident said.
@ example-news.com
15000@RU country South Korea NIS
1000@UA city South Korea NIS
| Seoul: 15,000 North Koreans now work in Russia // North Korea has sent roughly 15,000
  workers to Russia since early 2023, South Korea's spy agency said in a briefing to
  parliament's intelligence committee on Monday. Lawmaker Park Sun-young, who attended the
  briefing, said around 1,000 North Korean workers had been sent to the occupied city of
  Mariupol in Ukraine.
@ example-blog.com
>2000@CN city Daily NK source
| Chinese seafood plants keep North Korean staff // The Daily NK reports: // A source in
  North Hamgyong province said more than 2,000 North Korean women are working at seafood
  processing plants in Donggang. "Each factory has between 100 and 200 of them," the source
  said.
@ example-review.com
3000@CN region Leiden Asia Centre
450@CN site Leiden Asia Centre
| Tanya Ivers, who studies North Korean labour at Leiden University, has tracked the
  workers for a decade. She estimates that about 3,000 North Koreans still work in textile
  plants in China's Liaoning province. Her team counted 450 North Korean workers at a
  single garment factory in Dandong.
@ example-tribune.com
1200@MN country Mongolian government
300@MN city Mongolian government
| Mongolia's labour ministry says 1,200 North Korean workers left the country last year
  as their permits expired. Another 300 North Korean workers remain in Ulaanbaatar,
  according to the ministry.
@ example-monitor.com
500@RU region KCNA
200@RU region North Korean Red Cross
| North Korea's state news agency KCNA said on Sunday that 500 North Korean workers had
  left for Russia's Kursk region to help rebuild it. The North's Red Cross Society
  separately said 200 North Korean medical workers would be sent to the Kursk region in
  the spring.
@ example-news.com
2000@RU city Oleg Danilov
300@RU city Oleg Danilov
| 'Half of them are gone': the last North Korean loggers of Tynda // TYNDA, Russia -
  "There were 2,000 North Korean loggers here ten years ago. Now there are maybe 300
  North Korean loggers here," said Oleg Danilov, a retired forestry official who worked
  with them for two decades.
@ example-ledger.com
>100@CN site US Treasury
1000@RU country US government
| The US Treasury on Thursday sanctioned a Chinese company that it said employed more
  than 100 North Korean IT workers in Shenyang. US officials estimate that about 1,000
  North Korean IT workers operate from Russia.
@ example-observer.com
40000@M49:001 world US State Department
100000@M49:001 world South Korean researchers
| Some 40,000 North Koreans work abroad, according to the State Department's latest
  human trafficking report. South Korean researchers, however, estimate that 100,000
  North Korean workers are abroad.
@ rfa.org
30@LA site Radio Free Asia source
200@LA country -
| North Korean restaurant in Vientiane closes // A North Korean restaurant in Vientiane
  that employed about 30 waitresses has closed, a Lao businessman told RFA's Korean
  Service. Around 200 North Koreans remain in Laos, RFA has learned, most of them on
  construction projects.
@ example-digest.com
8000@RU country Russian Interior Ministry
10000@RU country UN Panel of Experts
| More North Koreans entering Russia // The number of North Koreans entering Russia for
  work rose to 8,000 in the first quarter, Russian Interior Ministry data showed. A
  separate report by the UN Panel of Experts, cited by Russian media, put the number of
  North Korean workers in Russia at about 10,000 in 2023.
"""

# --- batch O3, written blind in fresh wording (a wire story on a UN report refined by a
# later sentence, a news agency quoting an official and "the official said", a body and
# "its director", "It is estimated", an outlet's source and the outlet's earlier reporting,
# a regional government and "regional officials", a report and "the report said", a
# person "at" an institution the names list lacks and her surname alone, a newspaper
# citing a state's data and "the newspaper said", an NGO and "the group's researchers",
# "Across Russia" and "in the Moscow region alone").
# Before any change: 22 of 22 claims found, origin 12/22, scope 21/22. Fixed: "The report,
# compiled by the UN Panel of Experts, said" (the author in the aside); "Its Asia
# director" after a body spoke (unless the sentence names a state first: "Russia ...
# according to its March report"); a headline "Washington says" and "the United States
# believes ..., the State Department said" refined to the body named; "Kazakh migration
# data" (a demonym's state under its country name); "the newspaper said" (the outlet
# named before); "The Seoul-based group <Name>"; "the group's researchers"; "the
# statistics showed"; "at a single oil field" (site). Left: a person at an institution
# the names list lacks keeps the person's name (the project's earlier convention).
BATCHES["O3"] = """
@ example-wire.com
100000@M49:001 world UN Panel of Experts
>3000@RU region UN Panel of Experts
| UN report: North Korea keeps 100,000 workers abroad // UNITED NATIONS (Reuters) - North
  Korea still has about 100,000 workers abroad, according to a confidential United
  Nations report seen by Reuters on Wednesday. The report, compiled by the UN Panel of
  Experts, said at least 3,000 North Korean workers were employed at construction sites in
  Russia's Far East.
@ example-herald.com
2000@RU region unnamed government official
500@RU city unnamed government official
| Some 2,000 North Korean workers are set to leave for Russia's Amur region next month to
  work on farms, Yonhap News Agency reported Monday, quoting a government official in
  Seoul. The official said another 500 North Korean workers would be sent to the city of
  Blagoveshchensk.
@ example-news.com
>5000@RU region Human Rights Watch
20000@RU country Human Rights Watch
| Human Rights Watch said on Tuesday that North Korea had sent at least 5,000 workers to
  Russia's Primorsky Krai since 2022. Its Asia director, Sarah Whitfield, told reporters
  in Seoul that about 20,000 North Koreans now work in Russia.
@ example-times.com
300@LA country unnamed diplomatic sources
v2@KH,VN multi -
| North Korean IT workers earn money in Southeast Asia // About 300 North Korean IT
  workers are based in Laos, Japan's Kyodo News reported, citing diplomatic sources. It is
  estimated that several hundred more North Korean IT workers work in Cambodia and Vietnam.
@ dailynk.com
1500@RU city Daily NK source
30000@RU country -
| Workers in Russia told to send more money // North Korean authorities have ordered
  workers in Russia to send home more money, a source in Russia told Daily NK on
  Thursday. About 1,500 North Korean workers in Moscow alone must now remit $800 a month
  each, the source added. Daily NK reported last year that 30,000 North Koreans were
  working in Russia.
@ example-post.com
400@RU region Novosibirsk Oblast government
150@RU site Novosibirsk Oblast government
| In a statement on its website, the government of Russia's Novosibirsk Oblast said 400
  North Korean builders were working in the region. Regional officials also said about
  150 North Korean workers were employed at a single brick factory outside the city of
  Novosibirsk.
@ example-journal.com
v3@CN country US State Department
200@CN site US State Department
| Washington says thousands of North Koreans still work in Chinese seafood plants // The
  United States believes that thousands of North Korean workers remain in China, the State
  Department said in its annual human trafficking report on Monday. The report said about
  200 North Korean women worked at one seafood plant in the port of Dalian.
@ example-gazette.com
4000@RU city Asan Institute for Policy Studies
800@RU site Asan Institute for Policy Studies
| About 4,000 North Korean workers live in dormitories on the outskirts of Vladivostok,
  according to Lee Ha-na, a fellow at the Asan Institute for Policy Studies in Seoul. Lee
  said around 800 North Korean workers were at a shipyard in Nakhodka.
@ example-digest.com
700@KZ country Kazakhstan government
250@KZ site Wall Street Journal
| About 700 North Korean workers have arrived in Kazakhstan since January, The Wall Street
  Journal reported, citing Kazakh migration data. The newspaper said 250 North Korean
  workers were at a single oil field in the west of the country.
@ nknews.org
1000@CN country Citizens' Alliance for North Korean Human Rights
60@CN site Citizens' Alliance for North Korean Human Rights
| Seoul-based NGO says 1,000 North Koreans work in Chinese fisheries // The Seoul-based
  group Citizens' Alliance for North Korean Human Rights said on Wednesday that about
  1,000 North Koreans work on Chinese fishing boats. In their report, the group's
  researchers said some 60 North Korean workers were kept at a single fish processing
  plant in Zhoushan.
@ example-monitor.com
12000@RU country Russian Interior Ministry
1800@RU region Russian Interior Ministry
| Across Russia, about 12,000 North Korean workers held valid permits at the end of 2023,
  according to Russian Interior Ministry statistics. In the Moscow region alone there
  were 1,800 North Korean workers, the statistics showed.
"""

# --- batch O4, written blind in fresh wording (two speakers in one sentence, a state's
# official who "told Yonhap" and "the official", customs data and an unnamed state
# official, an analyst of a known body and his surname, an outlet's own earlier reporting
# on its own site, "Citing figures from X, Y said", a broadcaster the names list lacks, a
# quotation from a foreman and a ministry after it, US estimates and "US officials said",
# a source who "noted", UN monitors by description and "the monitors").
# Before any change: 22 of 22 claims found, origin 18/22, scope 20/22. Fixed: a figure
# after ", while" takes the speaker of its own part; "The official, who spoke on condition
# of anonymity," after "a South Korean government official"; "A Chinese official in
# Dandong, who declined to be named, said" (a long subject before a relative aside); "the
# monitors" after "UN sanctions monitors said"; "the Russian capital" (city); "on this
# site" (site).
BATCHES["O4"] = """
@ example-wire.com
50000@CN country UN Panel of Experts
30000@CN country South Korea NIS
| Estimates of North Korean workers in China vary widely // The UN Panel of Experts puts
  the number of North Korean workers in China at about 50,000, while South Korea's
  National Intelligence Service estimates that 30,000 North Korean workers remain there.
@ example-news.com
600@RU city South Korean government
200@RU city South Korean government
| About 600 North Korean workers have been sent to construction sites in Moscow since
  March, a South Korean government official told Yonhap on Friday. The official, who spoke
  on condition of anonymity, said 200 more North Korean workers would arrive in the Russian
  capital by the end of the year.
@ example-times.com
2300@CN country Chinese government
900@CN city Chinese government
| About 2,300 North Korean workers entered China in the first half of the year, according
  to Chinese customs data. A Chinese official in Dandong, who declined to be named, said
  about 900 North Korean workers were employed at garment factories in the city.
@ example-post.com
10000@M49:002 multi South Korea NIS
1200@SN site South Korea NIS
| Choi Jin-woo, a senior analyst at South Korea's National Intelligence Service, briefed
  reporters on Tuesday. He said about 10,000 North Korean workers were now in Africa. Choi
  added that some 1,200 North Korean workers were building a stadium in Senegal.
@ rfa.org
3000@CN city Radio Free Asia source
40000@CN country -
| Around 3,000 North Korean workers in Shenyang were told to prepare for repatriation, a
  resident of Liaoning province told RFA's Korean Service. In the whole of China, about
  40,000 North Korean workers remain, Radio Free Asia has previously reported.
@ example-journal.com
7200@RU country Russian Interior Ministry
1100@RU region Russian Interior Ministry
| Citing figures from Russia's Interior Ministry, the Moscow-based newspaper Kommersant
  said 7,200 North Korean workers were registered in Russia last year. The ministry's
  figures also showed 1,100 North Korean workers in the Khabarovsk region.
@ example-gazette.com
150@CN site NHK
400@CN region NHK
| Japan's public broadcaster NHK reported on Sunday that about 150 North Korean workers
  were employed at a shipyard in the Chinese city of Zhoushan. NHK said another 400 North
  Korean workers were at seafood plants across Zhejiang province.
@ example-review.com
80@PL site foreman
500@PL country Polish government
| "We have 80 North Korean welders on this site and we need more," a foreman told
  reporters in Gdansk. About 500 North Koreans were working in Polish shipyards at the
  time, according to Poland's labour ministry.
@ example-monitor.com
50000-100000@M49:001 world US government
20000@RU region US government
| North Korea has between 50,000 and 100,000 workers overseas, according to estimates by
  the US government. About 20,000 North Korean workers are in Siberia and the Russian Far
  East, US officials said.
@ dailynk.com
>500@RU city Daily NK source
1000@RU region Daily NK source
| Over 500 N. Korean workers arrive in Vladivostok // More than 500 North Korean workers
  arrived in Vladivostok by ship last week, a source in Russia told Daily NK. They will
  work at construction sites across Primorsky Krai, the source noted, adding that another
  1,000 North Korean workers were expected in the region in August.
@ example-ledger.com
60@TZ site UN Panel of Experts
1000@GQ country UN Panel of Experts
| UN sanctions monitors said in a report that a 60-member team of North Korean medical
  workers was working in Tanzania. The monitors also said around 1,000 North Korean
  workers were in Equatorial Guinea.
"""

# --- batch O5, written blind in fresh wording (a wire story carried by another paper
# whose unnamed officials spoke to the wire, a parenthesis with its own speaker, an
# ambassador named in apposition and his surname later, a body that "found" and "the
# committee", a quotation over three sentences and the speaker's surname, "reportedly"
# and "Sources in Hanoi say", a broadcaster citing a US official, "Data from X show" and
# "The figures also showed", a ministry and "the ministry", a ministry and "a ministry
# spokeswoman", state media by description).
# Before any change: 21 of 22 claims found, origin 12/21, scope 21/21. Fixed: a
# parenthesis with its own speaker; "Russia's ambassador to Pyongyang, Ivan Petrov," then
# "Petrov said"; "A report by the Washington-based Committee for ..." (the author, its
# descriptor dropped); "Kim said" after '"...," said Kim Chol'; "Data from the ILO show"
# (a plural head noun) and "The figures also showed" (an unknown body's document); "A
# ministry spokeswoman"; "The North's official news agency".
BATCHES["O5"] = """
@ example-daily.com
1000@KW country AP source
1500@QA country AP source
| Gulf states quietly send North Korean workers home // DUBAI (AP) - Kuwait has sent home
  about 1,000 North Korean workers since January, officials say, as Gulf states respond
  to U.S. pressure. Two officials familiar with the matter told The Associated Press that
  about 1,500 North Korean workers remained in Qatar.
@ example-news.com
4000@MN country Mongolian government
6000@MN country Mongolian researchers
| Mongolia's labour ministry says 4,000 North Korean workers are in the country (Mongolian
  researchers estimate that 6,000 North Korean workers are there).
@ example-times.com
5000@RU country Russian government
2000@RU region Russian government
| In an interview with the Izvestia newspaper, Russia's ambassador to Pyongyang, Ivan
  Petrov, said about 5,000 North Korean workers were now employed in Russia legally.
  Asked about the Far East, Petrov said some 2,000 North Korean workers were in the
  Primorsky region.
@ example-post.com
300@CN site Committee for Human Rights in North Korea
2000@CN region Committee for Human Rights in North Korea
| A report by the Washington-based Committee for Human Rights in North Korea found that
  about 300 North Korean women worked at a single textile factory in Hunchun. The
  committee said another 2,000 North Korean workers were employed across Jilin province.
@ example-journal.com
120@RU site Kim Chol
3000@RU region Kim Chol
| "Conditions are terrible. There are 120 North Koreans in our camp alone, working 16
  hours a day. Nobody can leave," said Kim Chol, a former logger who escaped from a timber
  camp in Russia's Amur region in 2019. Kim said about 3,000 North Koreans worked in the
  Amur region's logging industry at the time.
@ example-monitor.com
700@VN country -
200@VN site unnamed sources
| About 700 North Korean workers reportedly arrived in Vietnam last month. Sources in
  Hanoi say around 200 North Korean workers are employed at one garment factory near the
  city.
@ example-radio.com
400@LA,KH multi US government
>100@LA city US government
| About 400 North Korean IT workers are operating in Laos and Cambodia, VOA's Korean
  Service reported on Friday, citing a U.S. government official. The official said at
  least 100 North Korean IT workers were based in the Lao capital, Vientiane.
@ example-gazette.com
1300@RU region International Labour Organization
450@RU city International Labour Organization
| Data from the International Labour Organization show that 1,300 North Korean workers
  were registered in Russia's Tomsk region in 2019. The figures also showed 450 North
  Korean workers in the city of Tomsk itself.
@ example-review.com
8000@RU,CN multi South Korea Ministry of Unification
2500@CN region South Korea Ministry of Unification
| North Korea has dispatched about 8,000 workers to Russia's Far East and China's
  northeast combined, South Korea's Unification Ministry said in a report. Some 2,500
  North Korean workers are in Jilin and Liaoning provinces, the ministry said.
@ example-wire.com
6000@RU country Russian government
1500@RU region Russian government
| Russia's Ministry of Labour said on Monday that it had approved quotas for 6,000 North
  Korean workers this year. A ministry spokeswoman said about 1,500 North Korean workers
  would go to the Amur region.
@ example-ledger.com
300@RU country KCNA
150@MN country KCNA
| Pyongyang's state media on Thursday said 300 North Korean construction workers had
  returned from Russia after completing their contracts. The North's official news agency
  added that 150 North Korean workers had left for Mongolia.
"""

# --- batch O6, written blind in fresh wording (an NGO "in its annual report" and "the
# group", estimates by an institute the names list lacks and "the institute", a fact with
# no source after a sourced sentence, prosecutors and the FBI, an inverted "said Yonhap,
# citing" the spy agency, "Chinese authorities", a quotation after a speaker introduced
# before, an outlet's "has confirmed" and "a Daily NK source", two regions and two cities
# of one country, a report by a known outlet, a director's title naming the body).
# Before any change: 19 of 19 claims found, origin 17/19, scope 17/19. Fixed: "Estimates
# by ... put the number at" (a reporting idiom) and "The institute said" after an
# unknown body; "a single apartment" (site); "the Khabarovsk and Amur regions" (a city's
# name as its region's).
BATCHES["O6"] = """
@ example-news.com
>1000@RU country Amnesty International
70@RU site Amnesty International
| In its annual report, Amnesty International said at least 1,000 North Korean workers
  were toiling on Russian building sites in harsh conditions. The group said some 70
  North Korean workers shared a single dormitory in Kazan.
@ example-times.com
60000@CN country Korea Development Institute
15000@CN city Korea Development Institute
| Estimates by the Seoul-based Korea Development Institute put the number of North Korean
  workers in China at 60,000. The institute said about 15,000 North Korean workers were
  in the border city of Dandong.
@ example-gazette.com
1000@QA country Qatar government
2000@QA country -
| Qatar's Government Communications Office said on Tuesday that 1,000 North Korean
  workers remained in the country. Qatar is preparing to host a major sports event, and
  around 2,000 North Korean workers were once employed on its construction sites.
@ example-ledger.com
>300@CN,RU multi US Justice Department
40@CN site US Justice Department
| US prosecutors said in an indictment unsealed on Wednesday that the scheme involved
  more than 300 North Korean IT workers based in China and Russia. The FBI said around 40
  North Korean IT workers had operated from a single apartment in Shenyang.
@ example-herald.com
2500@RU region South Korea NIS
| About 2,500 North Korean workers have been sent to Russia's Kursk region to help with
  reconstruction, said Yonhap, citing South Korea's intelligence service.
@ example-journal.com
5000@CN city Chinese government
| Chinese authorities said about 5,000 North Korean workers were employed in the border
  city of Dandong last year, a sharp fall from 2019.
@ example-review.com
40000@CN country KINU
| Park Soo-jin, a researcher at the Korea Institute for National Unification, spoke at a
  forum in Seoul on Friday. "There are still 40,000 North Korean workers in China alone,"
  she said.
@ dailynk.com
250@LA country -
400@VN country Daily NK source
| Daily NK has confirmed that 250 North Korean workers left for Laos in May. According to
  a Daily NK source in Sinuiju, another 400 North Korean workers are waiting for visas to
  Vietnam.
@ example-wire.com
9000@RU region Russian Interior Ministry
3000@RU city Russian Interior Ministry
| Russia's Interior Ministry says 9,000 North Korean workers are registered in the
  Khabarovsk and Amur regions. Some 3,000 North Korean workers are in Moscow and St
  Petersburg, the ministry said.
@ example-post.com
600@KW city BBC
200@KW site BBC
| According to a report by the BBC, about 600 North Korean workers are employed at
  construction sites in Kuwait City. The BBC said it had seen contracts for another 200
  North Korean workers at a Kuwaiti oil field.
@ example-monitor.com
12000@RU country South Korea NIS
3000@RU city South Korea NIS
| NIS director Cho Tae-yong told lawmakers that 12,000 North Korean workers had been sent
  to Russia. Cho said about 3,000 North Korean workers were in Vladivostok.
"""

# --- batch O7, written blind in fresh wording after the fixes of O1-O6, to measure them
# (an outlet under its own name on a sub-domain, a monitoring group "compiled" figures and
# "the NGO", a minister's title and "he noted", two speakers joined by "but", an outlet's
# source and the outlet's earlier reporting, the UN special rapporteur and "the
# rapporteur", OFAC and "the office", "X of <body>" and X's surname, "That is according
# to", "Its authors", a world region).
# Before any change (the rules of O1-O6 in place): 20 of 20 claims found, origin 15/20,
# scope 18/20. Fixed: "Yonhap has learned" on en.yna.co.kr (an outlet's own sites); "The
# NGO said"; "Unification Minister Kim ... He noted"; ", but a diplomat in Kuwait City
# said" (a turn to another speaker; "City said" is a verb after a name, not "city
# states"; "a diplomat in Kuwait City" is no described name); "at a casino" (site); "Ahn
# estimated" after "according to Ahn Sung-kyu of the Database Center ..." (the body).
BATCHES["O7"] = """
@ en.yna.co.kr
1200@LA country -
300@LA site unnamed government source
| North Korea has dispatched about 1,200 workers to Laos this year, Yonhap has learned. A
  government source said 300 North Korean workers were building a hotel in Vientiane.
@ example-news.com
3500@RU region NK Watch
900@RU city NK Watch
| Some 3,500 North Korean workers are employed in Russia's Primorsky Krai, according to
  figures compiled by the Seoul-based monitoring group NK Watch. The NGO said 900 North
  Korean workers were at shipyards in Nakhodka.
@ example-times.com
6000@CN country South Korea Ministry of Unification
| Unification Minister Kim Yong-ho spoke to reporters on Thursday. He noted that about
  6,000 North Korean workers had returned home from China since January.
@ example-gazette.com
800@KW country Kuwait government
300@KW country unnamed diplomat
| Kuwaiti officials said 800 North Korean workers had left the country, but a diplomat in
  Kuwait City said about 300 North Korean workers were still in Kuwait.
@ rfa.org
2000@CN city Radio Free Asia source
500@CN city -
| About 2,000 North Korean workers remain in Chinese seafood plants in Dandong, a trader
  in the city told RFA. RFA could not independently verify the claim. Last year, RFA
  reported that some 500 North Korean workers had been sent to Tumen.
@ example-post.com
100000@M49:001 world UN Special Rapporteur
>20000@RU country UN Special Rapporteur
| In a report to the UN General Assembly, the UN special rapporteur on North Korean human
  rights said some 100,000 North Koreans were working abroad. The rapporteur said at
  least 20,000 North Korean workers were in Russia.
@ example-ledger.com
>200@LA country US Treasury
50@LA site US Treasury
| The Treasury Department's Office of Foreign Assets Control said the two companies had
  employed more than 200 North Korean workers in Laos. The office said another 50 North
  Korean workers had been placed at a casino in Vientiane.
@ example-review.com
15000@RU country NKDB
4000@RU city NKDB
| According to Ahn Sung-kyu of the Database Center for North Korean Human Rights, roughly
  15,000 North Koreans work in Russian construction. Ahn estimated that about 4,000 North
  Korean workers were in Moscow.
@ example-daily.com
1000@MN country Mongolian government
200@MN site Mongolian government
| About 1,000 North Korean workers are in Mongolia. That is according to the Mongolian
  labour ministry, which stopped issuing new permits last year. Mongolian officials said
  200 North Korean workers were employed at a cashmere factory in Ulaanbaatar.
@ example-wire.com
500@PL country Leiden Asia Centre
80@PL site Leiden Asia Centre
| A 2016 study by Leiden University found that some 500 North Koreans were working in
  Poland at the time. Its authors said about 80 North Korean welders worked at one
  shipyard in Gdynia.
@ example-monitor.com
1500@M49:145 multi South Korea NIS
| South Korea's spy agency says North Korea still has about 1,500 workers across the
  Middle East.
"""

# --- batch O8, written blind in fresh wording after the fixes of O1-O7, to measure them
# (a diplomat who told an outlet the names list lacks, "officials at" a ministry and
# "they", a UN report with no body named, an inverted quotation from the special
# rapporteur and her surname, police of a state the names list lacks, lawmakers citing a
# briefing, a commerce ministry and "the ministry", "Russian media reported", "Lao
# officials", "our source", the FBI and "the bureau").
# Before any change (the rules of O1-O7 in place): 19 of 19 claims found, origin 14/19,
# scope 15/19. Fixed: "a Western diplomat" (an adjective no part of an unnamed source);
# "Vietnamese police said", "Police said" (a state's police, under its country's name);
# "Our source said" in the outlet's article; "The bureau said"; "restaurant workers"
# (a kind of work, not a site); "in Laos's capital" (city); "in the country" (country).
# Left: "a single house" (house is no site noun: "built to house 500 workers").
BATCHES["O8"] = """
@ example-news.com
1000@UA region unnamed diplomat
300@UA city unnamed diplomat
| About 1,000 North Korean workers are building housing in the Russian-occupied Donetsk
  region, a Western diplomat told the Financial Times. The diplomat said 300 more North
  Korean workers were in the city of Mariupol.
@ example-times.com
400@M49:035 multi South Korea Ministry of Unification
40@KH site South Korea Ministry of Unification
| Officials at South Korea's Unification Ministry said about 400 North Korean restaurant
  workers remain in Southeast Asia. They said 40 North Korean waitresses worked at a
  single restaurant in Phnom Penh.
@ example-post.com
5000@M49:145 multi United Nations
1200@KW country United Nations
| Report: North Korea still earns from overseas labour // A UN report released on Monday
  said some 5,000 North Korean workers were still in the Middle East. The report said
  1,200 North Korean workers were in Kuwait alone.
@ example-journal.com
>10000@CN country UN Special Rapporteur
2000@RU country UN Special Rapporteur
| "At least 10,000 North Korean workers are still in China," said Elizabeth Salmon, the UN
  special rapporteur on human rights in North Korea. Salmon said another 2,000 North
  Korean workers had been sent to Russia in recent months.
@ example-gazette.com
30@VN site Vietnam government
150@VN country Vietnam government
| Vietnamese police said 30 North Korean workers had been detained at a construction site
  near Hanoi. Police said about 150 North Korean workers were employed in the country
  illegally.
@ example-wire.com
3000@RU city South Korea NIS
| South Korean lawmakers, citing a briefing by the National Intelligence Service, said
  3,000 North Korean workers had arrived in Vladivostok.
@ example-monitor.com
600@CN city Chinese government
2000@CN region Chinese government
| About 600 North Korean workers are employed at three seafood factories in Dandong,
  according to the Chinese Commerce Ministry. Some 2,000 North Korean workers are in the
  Chinese province of Liaoning, the ministry said.
@ example-herald.com
45@RU site Russian media
120@LA city Laos government
| Russian media reported that 45 North Korean workers were found living at a Moscow
  construction site. Separately, Lao officials said 120 North Korean workers were
  employed in Laos's capital.
@ dailynk.com
200@RU city Daily NK source
150@RU city Daily NK source
| North Korea sends women workers to Russian garment plants // North Korea sent about 200
  female workers to garment factories in Moscow last month, a Daily NK source reported.
  Our source said another 150 North Korean women would follow in the autumn.
@ example-ledger.com
>1000@CN country US Justice Department
50@CN site US Justice Department
| The FBI said on Tuesday that more than 1,000 North Korean IT workers had obtained remote
  jobs at foreign companies while living in China. The bureau said about 50 North Korean
  IT workers had worked from a single house in Shenyang.
"""

# --- batch O9, written blind in fresh wording after the fixes of O1-O8, to measure them
# (a headline ending "- NIS", "It added" after a state's ministry, "was quoted by ... as
# saying", "according to VOA, which cited a UN document", a document "seen by Reuters",
# "The estimate, from KINU,", the Kremlin and its spokesman, a paper citing unnamed
# sources, a fact with no source after a relayed one, an outlet's source on its own site).
# Before any change (the rules of O1-O8 in place): 13 of 13 claims found, origin 7/13,
# scope 13/13. Fixed: a headline's source after a dash; "according to VOA, which cited a
# UN document"; "The estimate, from KINU," (from/by before a document's author); "The
# Kremlin" (a name of the Russian government; "Kremlin" no longer a person's title
# misread across a sentence end); "Kremlin spokesman Dmitry Peskov"; "X, a regional
# labour official in Primorsky Krai, was quoted by Interfax as saying" (a passive speaker
# and the region in the aside).
BATCHES["O9"] = """
@ example-news.com
>10000@RU country South Korea NIS
| Over 10,000 North Korean workers now in Russia - NIS // North Korea has sent more than
  10,000 workers to Russia since last year, lawmakers were told on Wednesday.
@ example-times.com
2000@RU region Russian government
| Russia's foreign ministry said in a statement that North Korean workers were in the
  country legally. It added that about 2,000 North Korean workers held valid permits in
  the Far East.
@ example-post.com
1500@RU region Primorsky Krai government
| Sergei Volkov, a regional labour official in Primorsky Krai, was quoted by the Interfax
  news agency as saying that 1,500 North Korean workers were employed in the krai.
@ example-journal.com
700@GQ country United Nations
| About 700 North Korean workers were sent to Equatorial Guinea last year, according to
  VOA, which cited a UN document.
@ example-gazette.com
>400@SN country United Nations
| A confidential UN document seen by Reuters shows that at least 400 North Korean workers
  are still employed in Senegal.
@ example-herald.com
20000@CN country KINU
| The estimate, from the Korea Institute for National Unification, puts the number of
  North Korean workers in China at 20,000.
@ example-wire.com
5000@RU region Russian government
1000@RU region Russian government
| The Kremlin said on Monday that 5,000 North Korean workers would help rebuild the Kursk
  region. Kremlin spokesman Dmitry Peskov said another 1,000 North Korean workers could be
  sent to the Belgorod region.
@ example-review.com
300@VN country unnamed sources
| Japan's Asahi Shimbun reported, citing unnamed sources, that North Korea had sent about
  300 IT workers to Vietnam.
@ example-monitor.com
800@CN city Radio Free Asia source
50000@CN country -
| A source in Dandong told Radio Free Asia that 800 North Korean women had been sent home
  from seafood plants in the city. China and North Korea share a 1,400-kilometre border,
  and before the pandemic about 50,000 North Korean workers were employed in China.
@ rfa.org
1000@RU region Radio Free Asia source
60@RU site Radio Free Asia source
| Around 1,000 North Korean workers have arrived in Russia's Amur region since March, a
  source in the region said. The workers are employed at some 20 sawmills, the source
  said, adding that 60 North Korean workers worked at one sawmill near Blagoveshchensk.
"""

# --- batch O10, written blind in fresh wording after the fixes of O1-O9, to measure them
# (an official "with" a ministry, a minister after a gerund clause, the AP's own review on
# apnews.com, an embassy's spokesperson, "Rights groups say", a capital's figures, people
# familiar who told an outlet the names list lacks, a U.N. panel and its coordinator, an
# outlet's sources by possessive, "The agency's chief").
# Before any change (the rules of O1-O9 in place): 14 of 14 claims found, origin 12/14,
# scope 14/14. Fixed: "An official with the Unification Ministry, speaking on condition
# of anonymity, said" (a gerund aside; "with" an owner); "people familiar with the matter
# told Bloomberg News" (unnamed sources).
BATCHES["O10"] = """
@ example-news.com
700@RU region South Korea Ministry of Unification
| An official with the Unification Ministry, speaking on condition of anonymity, said
  about 700 North Korean workers had been sent to Russia's Sakha Republic.
@ example-times.com
350@MN country Mongolian government
| Speaking at a news conference in Ulaanbaatar, Mongolian Labour Minister Batbold Dorj
  said 350 North Korean workers remained in the country.
@ apnews.com
>120@KW country -
40@KW site -
| An Associated Press review of shipping records found that at least 120 North Korean
  workers were sent to Kuwait by sea in 2023. The AP also found that 40 North Korean
  workers lived at a single labour camp outside Kuwait City.
@ example-post.com
90@LA site Laos government
| A spokesperson for the Lao embassy in Seoul said 90 North Korean workers were employed
  at a hotel in Luang Prabang.
@ example-journal.com
>2000@CN city rights groups
| Rights groups say at least 2,000 North Koreans work in seafood plants in the Chinese city
  of Hunchun.
@ example-gazette.com
4500@M49:145 multi South Korean government
| Seoul's figures show that about 4,500 North Korean workers were in the Middle East in
  2017.
@ example-review.com
1000@RU city unnamed sources
| About 1,000 North Korean workers have been hired by shipyards in the Far Eastern city of
  Khabarovsk, people familiar with the matter told Bloomberg News.
@ example-wire.com
2400@RU city UN Panel of Experts
600@RU city UN Panel of Experts
| A U.N. panel said in its annual report that 2,400 North Korean workers were still in the
  port of Nakhodka. The panel's coordinator, Ana Ruiz, told reporters that 600 North
  Korean workers had left for Vladivostok.
@ dailynk.com
900@RU country Daily NK source
150@RU site Daily NK source
| North Korea has sent about 900 workers to Russian fishing companies this year, Daily
  NK's sources in Russia said. The sources also said 150 North Korean workers were aboard
  a single Russian trawler.
@ example-monitor.com
25000@CN country South Korea NIS
5000@RU country South Korea NIS
| South Korea's National Intelligence Service believes about 25,000 North Korean workers
  are in China. The agency's chief told a parliamentary committee that another 5,000 North
  Korean workers were in Russia.
"""

# --- batch O11, written blind in fresh wording after the fixes of O1-O10, to measure
# them ("Experts estimate", a state's data and "The data showed", "as reported by", "Per
# the United Nations", a state's report to the 1718 Committee, a wire the names list
# lacks, estimates with no source, a defector who told CNN, "in the Chinese provinces of",
# "throughout Russia", a fishing boat, a city's suburbs).
# Before any change (the rules of O1-O10 in place): 14 of 14 claims found, origin 12/14,
# scope 11/14. Fixed: "Japan's Kyodo News" (a proper name a state owns speaks); "according
# to some estimates" (no one named: null); "in the Chinese provinces of" (region);
# "aboard a Chinese fishing boat" (site).
BATCHES["O11"] = """
@ example-news.com
20000-50000@RU country unnamed experts
| Experts estimate that between 20,000 and 50,000 North Korean workers are in Russia, but
  estimates vary widely.
@ example-times.com
1800@QA country South Korean government
1100@KW country South Korean government
| According to South Korean government data, 1,800 North Korean workers were in Qatar in
  2016. The data showed another 1,100 North Korean workers in Kuwait.
@ example-post.com
300@RU site Wall Street Journal
| About 300 North Korean workers were sent to a shipyard in Nakhodka last year, as
  reported by the Wall Street Journal.
@ example-journal.com
100000@M49:001 world United Nations
| Per the United Nations, roughly 100,000 North Korean workers were abroad before
  sanctions took effect.
@ example-gazette.com
450@PL country Polish government
| In a report to the UN's 1718 Committee, Poland said 450 North Korean workers had left
  the country since 2017.
@ example-review.com
250@CN site Kyodo News
| Japan's Kyodo News reported that 250 North Korean workers were employed on a Chinese
  fishing boat operating from the port of Dalian.
@ example-monitor.com
30000-100000@CN country -
5000@CN city -
| Estimates of the number of North Korean workers in China range from 30,000 to 100,000.
  According to some estimates, 5,000 North Korean workers are in Shenyang alone.
@ example-wire.com
200@RU site Kim Su-ryon
| Kim Su-ryon, a defector who worked in Russia for a decade, told CNN that about 200
  North Korean workers lived at his construction site in Moscow.
@ example-herald.com
6000@CN region South Korea Ministry of Unification
2000@RU country South Korea Ministry of Unification
| South Korea's Unification Ministry said 6,000 North Korean workers were in the Chinese
  provinces of Jilin and Liaoning. Another 2,000 North Korean workers were working
  throughout Russia, the ministry said.
@ dailynk.com
40@CN site Daily NK source
500@CN city Daily NK source
| About 40 North Korean workers were found aboard a Chinese fishing boat, a source in
  China told Daily NK. The source said around 500 North Korean workers lived in Dandong's
  suburbs.
"""

# --- batch O12, written blind in fresh wording after the fixes of O1-O11, to measure
# them, in longer stories (a state's minister contradicting a ministry and "He added", a
# researcher at a body the names list lacks then "according to" her surname, the panel
# and "The experts found", a news agency citing the spy agency and "The spy agency also
# said", a headline quotation and "The official, <name>,", two relayed sources of one
# outlet, imagery analysed by a think tank, a Treasury official, a deputy prime
# minister, an international organisation "in its latest estimate").
# Before any change (the rules of O1-O11 in place): 16 of 16 claims found, origin 10/16,
# scope 15/16. Fixed: "Moscow's deputy labour minister, Andrei Sokolov," (the role speaks,
# not a place read in the name); "According to Kovacs" after "Maria Kovacs, a researcher
# at Human Rights Watch, has ..." (the full name; the body is not a known one); "Yonhap
# news agency reported on Monday, citing the NIS, that"; "satellite images analysed by
# the Center for Strategic and International Studies show" (an image's maker, a long
# proper name whole); "A Treasury official".
BATCHES["O12"] = """
@ example-news.com
13000@RU country South Korea Ministry of Unification
2000@RU country Russian government
500@RU city Russian government
| North Korean workers still arrive in Russia despite ban // SEOUL - North Korea sent
  about 13,000 workers to Russia last year, South Korea's Unification Ministry said on
  Tuesday. Russian officials have denied the figure. Moscow's deputy labour minister,
  Andrei Sokolov, told state television that only 2,000 North Koreans held Russian work
  permits. He added that about 500 North Korean workers were students on internships in
  Vladivostok.
@ example-times.com
>3000@CZ country Maria Kovacs
| Maria Kovacs, a researcher at Human Rights Watch, has interviewed former workers for a
  decade. According to Kovacs, at least 3,000 North Korean workers remain in the Czech
  Republic.
@ example-post.com
>1000@LA country UN Panel of Experts
500@KH country UN Panel of Experts
| The UN Panel of Experts said in its final report that North Korea continued to send
  workers abroad. The experts found that at least 1,000 North Korean workers were in
  Laos, and that around 500 North Korean workers were in Cambodia.
@ example-journal.com
4000@RU city South Korea NIS
1500@RU city South Korea NIS
| Yonhap news agency reported on Monday, citing the NIS, that 4,000 North Korean workers
  were in Vladivostok. The spy agency also said 1,500 North Korean workers had been sent
  to Khabarovsk.
@ example-gazette.com
10000@RU region Russian government
3000@RU region Russian government
| 'We need 10,000 more workers,' says Russian official // A senior Russian construction
  official said on Thursday that Russia's Far East needed about 10,000 more North Korean
  workers. The official, Pavel Orlov, said 3,000 North Korean workers were already at
  sites in Khabarovsk Krai.
@ rfa.org
700@CN city Radio Free Asia source
300@CN site Radio Free Asia source
| About 700 North Korean workers arrived in Hunchun in May, a source in Jilin province
  told RFA's Korean Service. Another source, a trader in Dandong, said some 300 North
  Korean women worked at a single garment factory there.
@ example-monitor.com
>200@RU site Center for Strategic and International Studies
| Moscow says it employs no North Korean workers in violation of sanctions. But satellite
  images analysed by the Center for Strategic and International Studies show at least 200
  North Korean workers at a construction site in Vladivostok.
@ example-ledger.com
1000@CN country US Treasury
| A Treasury official, who briefed reporters on condition of anonymity, said roughly 1,000
  North Korean IT workers were based in China.
@ example-review.com
1100@MN country Mongolian government
| Mongolian Deputy Prime Minister Enkh Bat said 1,100 North Korean workers had left
  Mongolia by the deadline.
@ example-wire.com
2000@MY country International Labour Organization
| In its latest estimate, the International Labour Organization said some 2,000 North
  Korean workers were in Malaysia.
"""

# --- batch O13, written blind in fresh wording after the fixes of O1-O12, to measure
# them ("The Seoul government", a report released by an agency the names list lacks, an
# outlet citing a state's source, an outlet's own investigation and "sources inside North
# Korea", a state's minister telling parliament, an FBI affidavit, researchers at a known
# university, a former official and "According to him", an anti-slavery group and "the
# watchdog", "RFA's source").
# Before any change (the rules of O1-O12 in place): 13 of 13 claims found, origin 10/13,
# scope 13/13. Fixed: "A report released this week by the Geneva-based International
# Organization for Migration" (words between the participle and "by"); "Park Jin, a
# former NIS official," (a past role: the person); "According to him".
BATCHES["O13"] = """
@ example-news.com
3000@VN country South Korean government
| The Seoul government estimates that 3,000 North Korean workers are in Vietnam.
@ example-times.com
600@KW country International Organization for Migration
| A report released this week by the Geneva-based International Organization for
  Migration says about 600 North Korean workers are in Kuwait.
@ example-post.com
1000@RU region Russian government
| Citing a Russian government source, Japan's NHK said about 1,000 North Korean workers
  had arrived on Sakhalin island.
@ dailynk.com
350@LA country -
100@LA country Daily NK source
| A Daily NK investigation found that 350 North Korean workers were sent to Laos in April.
  Sources inside North Korea said 100 more North Korean workers would follow in June.
@ example-gazette.com
250@MY country Malaysia government
| Malaysia's human resources minister told parliament that 250 North Korean workers had
  left the country since 2017.
@ example-ledger.com
>130@CN city US Justice Department
| An FBI affidavit says more than 130 North Korean IT workers used false identities while
  working from Shenyang.
@ example-review.com
480@PL country Leiden Asia Centre
| Researchers at Leiden University counted 480 North Korean workers in Poland in 2015.
@ example-monitor.com
8000@M49:145 multi Park Jin
2000@QA country Park Jin
| Park Jin, a former NIS official, said about 8,000 North Korean workers had been sent to
  the Middle East. According to him, about 2,000 North Korean workers were in Qatar.
@ example-wire.com
2500@RU region Walk Free
700@RU site Walk Free
| Walk Free, an anti-slavery group, estimates that 2,500 North Korean workers are in
  Russia's Amur region. The watchdog said 700 North Korean workers worked at one timber
  camp there.
@ rfa.org
400@CN city Radio Free Asia source
| According to RFA's source in Tumen, 400 North Korean workers arrived in the city last
  week.
"""

# --- batch O14, written blind in fresh wording after the fixes of O1-O13, to measure
# them (a state's intelligence official, a trade union confederation, officials of a state
# relayed by a paper, an outlet's correspondent, a state's authorities by demonym, two
# speakers joined by ", while", a head of state, diplomats who told a wire, a resident
# who told RFA, an outlet's analysis service).
# Before any change (the rules of O1-O13 in place): 11 of 11 claims found, origin 10/11,
# scope 11/11. Fixed: "Mongolia's president" (a head of state speaks for the state).
BATCHES["O14"] = """
@ example-news.com
9000@RU region South Korea NIS
| A senior South Korean intelligence official told reporters on Friday that about 9,000
  North Korean workers were in Russia's Far East.
@ example-times.com
400@KW site International Trade Union Confederation
| The International Trade Union Confederation said in a statement that 400 North Korean
  workers were at a stadium construction site in Kuwait.
@ example-post.com
200@M49:035 multi Japanese government
| Japanese officials believe around 200 North Korean IT workers operate from Southeast
  Asia, the Nikkei reported.
@ dailynk.com
120@RU site -
| A Daily NK correspondent in Russia reported that 120 North Korean workers had fled a
  construction site in Moscow this year.
@ example-gazette.com
300@AO country Angola government
| Angolan authorities said 300 North Korean workers had been sent home in 2019.
@ example-ledger.com
50000@CN country US State Department
20000@RU country South Korea NIS
| The State Department's annual report estimated that 50,000 North Korean workers were in
  China in 2022, while South Korea's spy agency estimated 20,000 North Korean workers in
  Russia.
@ example-review.com
150@MN country Mongolian government
| In a televised address, Mongolia's president said 150 North Korean workers remained in
  the country.
@ example-wire.com
3000@CN country unnamed diplomats
| Two diplomats in Beijing told Reuters that roughly 3,000 North Korean workers had crossed
  into China through Dandong in January.
@ rfa.org
80@CN site Radio Free Asia source
| About 80 North Korean workers at a seafood plant in Hunchun went on strike last month, a
  local resident told RFA.
@ example-monitor.com
1700@RU country NK Pro
| NK Pro, the analysis service of NK News, counted 1,700 North Korean workers entering
  Russia in the first quarter.
"""

# --- batch O15, written blind in fresh wording after the fixes of O1-O14, to measure
# them (a state's trade official who told a paper, data compiled by an agency the names
# list lacks, a person with a relative clause who told a paper, an inspectorate of a
# state, an outlet's source by possessive in a headline story, a government's estimate
# relayed by officials, deaths counted by a working group, a ministry official with a
# baseline figure, "his factory", state media).
# Before any change (the rules of O1-O14 in place): 9 of 11 claims found, origin 8/9,
# scope 8/9. Fixed: "who managed a North Korean restaurant in Beijing, told The Guardian
# that 25 ... worked there" (site). Left: "The Polish labour inspectorate" keeps its name
# (test_extract_origin.py: a body whose name holds a demonym).
BATCHES["O15"] = """
@ example-news.com
4000@CN region Chinese government
| Pyongyang has dispatched roughly 4,000 laborers to China's Liaoning province this year,
  a Chinese trade official in Shenyang told the South China Morning Post on condition of
  anonymity.
@ example-times.com
1100@MN country Korea Trade-Investment Promotion Agency
| Data compiled by the Korea Trade-Investment Promotion Agency show that 1,100 North
  Korean workers were employed in Mongolia at the end of 2016.
@ example-post.com
25@CN site Lee Min-ji
| Lee Min-ji, who managed a North Korean restaurant in Beijing until 2019, told The
  Guardian that 25 North Korean waitresses worked there.
@ example-gazette.com
62@PL site Polish government
| The Polish labour inspectorate found 62 North Koreans working at a shipyard in Szczecin
  in 2016.
@ dailynk.com
200@CN city Daily NK source
| North Korean restaurant staff in Shenyang told to work longer hours // About 200 North
  Korean restaurant workers in Shenyang have been ordered to work until midnight, a Daily
  NK source in China reported on Wednesday.
@ example-ledger.com
3000@M49:001 world US government
| The US government estimates that North Korea earns hundreds of millions of dollars a
  year from some 3,000 IT workers abroad, officials said.
@ example-wire.com
>100@RU country Transitional Justice Working Group
| More than 100 North Korean workers have died in Russia since 2020, according to a report
  by the Seoul-based Transitional Justice Working Group.
@ example-review.com
1000@LA country Laos government
400@LA country Laos government
| The number of North Korean workers in Laos has risen to about 1,000, a Lao labour
  ministry official said, up from 400 in 2019.
@ rfa.org
70@CN site Radio Free Asia source
| A Chinese businessman in Dandong told RFA that his factory employed 70 North Korean
  workers.
@ example-monitor.com
1000@RU region KCNA
| In a rare admission, North Korean state media said 1,000 workers had been sent to help
  rebuild Russia's Kursk region.
"""

# --- batch O16, written blind in fresh wording after the fixes of O1-O15, to measure
# them (an institute's estimate of the whole workforce, a State Department official in
# testimony, a government by demonym, an outlet's sources and a turn, a statement from a
# ministry, the panel's investigators, the head of an association, a security service's
# figures, a worker who told RFA, photos published by a state's military).
# Before any change (the rules of O1-O15 in place): 11 of 11 claims found, origin 7/11,
# scope 11/11. Fixed: "a statement from Qatar's labour ministry"; "Russia's Federal
# Security Service" and "the Ukrainian military" (a state's services and forces speak for
# it); "A North Korean worker in Russia's Tomsk region told RFA" (a person of a
# nationality told an outlet); "Photos published by X show" (a participle before "by" is
# not the main verb).
BATCHES["O16"] = """
@ example-news.com
50000@M49:001 world Korea Development Institute
>100000@M49:001 world Korea Development Institute
| North Korea's overseas workforce has shrunk to about 50,000 from more than 100,000
  before 2017, according to an estimate by the Korea Development Institute.
@ example-times.com
2000@M49:145 multi US State Department
| In testimony to the US Congress, a State Department official said about 2,000 North
  Korean workers remained in the Gulf states.
@ example-post.com
500@LA country Laos government
| The Laotian government said 500 North Korean workers had left Laos under the UN
  deadline.
@ dailynk.com
2000@RU region Daily NK source
| Sources in Russia told Daily NK that around 2,000 North Korean workers were in the
  Moscow region, while a Daily NK source in Pyongyang said more would be sent in the
  autumn.
@ example-gazette.com
1000@QA country Qatar government
| According to a statement from Qatar's labour ministry, 1,000 North Korean workers
  remained in the country.
@ example-ledger.com
34@LA site UN Panel of Experts
| Investigators at the UN Security Council's Panel of Experts found 34 North Korean
  workers at a hotel in Vientiane.
@ example-review.com
10000@CN country Jang Se-yul
| Jang Se-yul, the head of a defectors' association in Seoul, estimated that 10,000 North
  Korean workers were in Chinese factories.
@ example-wire.com
7500@RU country Russian government
| According to figures from Russia's Federal Security Service, 7,500 North Koreans
  entered Russia for work in 2024.
@ rfa.org
45@RU site Radio Free Asia source
| A North Korean worker in Russia's Tomsk region told RFA that 45 North Korean workers at
  his sawmill had not been paid for months.
@ example-monitor.com
50@UA site Ukraine government
| Photos published by the Ukrainian military show about 50 North Korean workers at a
  construction site in Russian-occupied Mariupol.
"""

# --- batch O17, written blind in fresh wording after the fixes of O1-O16, to measure
# them (a person who heads a regional department, figures released by a ministry, a call
# with an outlet, a paper citing unnamed officials, a rapporteur's report by possessive,
# a ministry that told the UN, a researcher with a city before her name, a dormitory, the
# Far East and Siberia, an outlet's own document on its site).
# Before any change (the rules of O1-O16 in place): 10 of 10 claims found, origin 9/10,
# scope 10/10. Fixed: "who heads the Primorsky Krai labour department" (a region's
# department speaks for its government).
BATCHES["O17"] = """
@ example-news.com
2300@RU region Primorsky Krai government
| Vladimir Kim, who heads the Primorsky Krai labour department, said 2,300 North Korean
  workers had permits in the region.
@ example-times.com
12000@CN country Chinese government
| Figures released by China's Ministry of Commerce show that 12,000 North Korean workers
  were employed in China in 2015.
@ dailynk.com
600@CN country Daily NK source
| In a phone call with Daily NK, a source in Sinuiju said 600 North Korean workers were
  waiting to leave for China.
@ example-post.com
1200@UA region unnamed officials
| Citing unnamed officials, the Kyiv Independent said 1,200 North Korean workers had
  arrived in the occupied Donetsk region.
@ example-journal.com
50000@M49:001 world UN Special Rapporteur
| The UN special rapporteur's latest report estimates that 50,000 North Koreans work
  abroad.
@ example-gazette.com
300@KH country Cambodia government
| In 2019, Cambodia's labour ministry told the UN that 300 North Korean workers had been
  sent home.
@ example-review.com
20000@RU country Anna Belova
| According to Moscow-based researcher Anna Belova, some 20,000 North Korean workers are
  in Russia.
@ example-wire.com
90@MN site Mongolian government
| About 90 North Korean workers live in a workers' dormitory on the outskirts of
  Ulaanbaatar, Mongolian officials said.
@ example-monitor.com
5000@RU region South Korea NIS
| Some 5,000 North Korean workers are spread across the Russian Far East and Siberia,
  according to the NIS.
@ rfa.org
1300@RU country -
| RFA's Korean Service obtained a document showing that 1,300 North Korean workers were
  sent to Russia in May.
"""

# --- batch O18, written blind in fresh wording after the fixes of O1-O17, to measure
# them (a wire citing a lawmaker briefed by the spy agency, "Sources at" a ministry, "a
# Daily NK source", a country's labour minister by "the country's", a quotation from a
# company director, a joint advisory of three US bodies, imagery reviewed by a think tank,
# ", but an official at" a ministry, a document obtained by the outlet on its site, a
# governor in apposition).
# Before any change (the rules of O1-O17 in place): 10 of 10 claims found, origin 8/10,
# scope 10/10. Fixed: "The governor of Khabarovsk Krai, Dmitry Demeshin, said" (a role
# before a name in apposition as the subject). Left: "A joint advisory issued by the US
# State Department, the Treasury and the FBI said" (the list's last items are read as
# the speaker; the whole subject is longer than a speaker phrase may be).
BATCHES["O18"] = """
@ example-news.com
3000@RU country South Korea NIS
| According to Yonhap, which cited a South Korean lawmaker briefed by the spy agency,
  3,000 North Korean workers were sent to Russia in the second half.
@ example-times.com
800@VN country South Korea Ministry of Unification
| Sources at the Unification Ministry said about 800 North Korean workers were in Vietnam.
@ dailynk.com
1500@RU city Daily NK source
| According to a Daily NK source in Russia, about 1,500 North Korean workers are at
  construction sites in St Petersburg.
@ example-post.com
500@GQ country Equatorial Guinea government
| North Korean workers are also active in Africa. In Equatorial Guinea alone, about 500
  North Korean workers are employed on government building projects, the country's labour
  minister said.
@ example-gazette.com
200@MN city Batbayar Tsend
| "We still have about 200 North Korean builders in Ulaanbaatar," said Batbayar Tsend, a
  Mongolian construction company director.
@ example-ledger.com
v3@CN,RU multi US State Department
| A joint advisory issued by the US State Department, the Treasury and the FBI said
  thousands of North Korean IT workers were based in China and Russia.
@ example-review.com
100@RU site Royal United Services Institute
| Satellite imagery reviewed by the Royal United Services Institute shows about 100 North
  Korean workers at a port construction site in Vladivostok.
@ example-wire.com
650@RU region Russian Interior Ministry
| The two workers' accounts could not be verified, but an official at Russia's Interior
  Ministry confirmed that 650 North Korean workers were registered in Tatarstan.
@ rfa.org
300@LA country -
| North Korea has sent 300 workers to Laos, according to a document obtained by RFA.
@ example-monitor.com
1800@RU region Khabarovsk Krai government
| The governor of Khabarovsk Krai, Dmitry Demeshin, said 1,800 North Korean workers were
  employed in the krai.
"""

# --- batch O19, written blind in fresh wording after the fixes of O1-O18, to measure
# them (officials "in" a state's ministry, a defector "according to" and "there", an
# outlet's "understands", a named report "In its ...", a state's prosecutors, a
# spokeswoman for a state's ministry, sources who told RFA, a ministry's department, a
# lawyer with a relative clause, a broadcaster's language service).
# Before any change (the rules of O1-O18 in place): 10 of 10 claims found, origin 9/10,
# scope 10/10. Fixed: "Officials in Vietnam's labour ministry" (unnamed sources of a
# state's body speak for it).
BATCHES["O19"] = """
@ example-news.com
120@VN country Vietnam government
| Officials in Vietnam's labour ministry said 120 North Korean workers had left the
  country.
@ example-times.com
3000@KW country Ri Song-chol
| According to Ri Song-chol, a North Korean defector who worked in Kuwait, about 3,000
  North Koreans were working there in 2016.
@ dailynk.com
70@RU site -
| Daily NK understands that 70 North Korean workers escaped from a construction site in
  Russia's Far East last year.
@ example-post.com
100000@M49:001 world US State Department
| In its 2023 Trafficking in Persons Report, the US State Department estimated that
  100,000 North Koreans work abroad.
@ example-gazette.com
30@PL site Polish government
| Polish prosecutors said 30 North Korean welders had worked illegally at a shipyard in
  Gdansk.
@ example-ledger.com
1500@KW country Kuwait government
| A spokeswoman for Kuwait's foreign ministry said about 1,500 North Korean workers
  remained in Kuwait.
@ rfa.org
250@LA site Radio Free Asia source
| Sources in Laos told RFA that 250 North Korean workers are building a dam in the
  country's north.
@ example-review.com
4200@RU country Russian Interior Ministry
| The Russian Interior Ministry's migration department said 4,200 North Korean workers
  arrived in 2024.
@ example-wire.com
>300@CN city Kwon Eun-kyung
| Human rights lawyer Kwon Eun-kyung, who has represented defectors, said more than 300
  North Korean women worked in restaurants in the Chinese city of Shenyang.
@ example-monitor.com
2000@RU city BBC
| The BBC's Korean service reported that 2,000 North Korean workers were building homes
  in the Russian city of Ulan-Ude.
"""

# Claims still wrong, as strict xfails: "<batch>-<article>-<claim>" -> reason.
KNOWN: dict[str, str] = {
    "O2-02-0": "scope: the gazetteer holds Donggang as a subdivision, not a city",
    "O3-07-0": "convention: a person at a body origins.yaml does not know keeps the person's"
    " name (test_extract_origin_reporting.py named-professor-with-role, written blind first)",
    "O3-07-1": "as O3-07-0",
    "O5-04-0": "destination: a figure inside a quotation placed by the speaker's aside after it",
    "O7-03-0": "scope: 'left the country' is placed by 'Kuwait City' of the clause after ', but'",
    "O8-09-1": "scope: 'a single house' (house is no site noun: 'built to house 500 workers')",
    "O15-03-0": "convention: a body whose name holds a demonym keeps its name as written"
    " (test_extract_origin.py)",
    "O15-06-0": "count: workers who 'have died' are not counted",
    "O18-05-0": "origin: a list of issuers after 'issued by' is cut at its last comma",
    "O15-08-0": "destination: 'A businessman in Dandong ... his factory' (a speaker's seat)",
}


@pytest.mark.parametrize("case", origin_rows(BATCHES, KNOWN))
def test_origin_and_scope_on_articles(
    extractor: Extractor, scorer: ModuleType, case: tuple
) -> None:
    check_origin(extractor, scorer, *case)


if __name__ == "__main__":
    origin_report(
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[3] / "shared", BATCHES
    )
