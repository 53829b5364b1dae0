"""Origin, scope and basis on unseen kinds of attribution, in blind batches of invented
articles (people, outlets, figures invented; institutions real): an agency named after
the figure, an outlet citing another outlet, a UN panel report, an anonymous source, a
researcher at a think tank, a defector's testimony, a lawmaker citing the spy agency, a
ministry's press release, a court filing, the outlet's own estimate, an attribution in
the sentence before or a paragraph-level "the report said", nested attributions (the
first-hand source wins), passive "it is estimated", and scopes and bases of the spec.
Each batch's expected claims were committed before the extractor was run on it.

Format as ``test_extract_origin_conventions.py``: ``@ publisher``, one line per expected
claim (``<count>@<dests> <scope> <origin>`` or ``$<kind>:<low>[-<high>] <basis>
<origin>``, ``-`` for null), ``|`` and the text.

``python tests/extract/test_extract_origin_unseen.py`` prints each batch's figures.

First runs (claims found, then origin and scope/basis correct among them):

| batch | found | origin | scope/basis | after fixes (found, origin, scope/basis) |
|---|---|---|---|---|
| U1 | 19/20 | 15/19 | 19/19 | 19/20, 19/19, 19/19 |
| U2 | 16/16 | 13/16 (15/16 *) | 16/16 | 16/16, 16/16, 16/16 |
| U3 | 17/17 | 16/17 | 17/17 | 17/17, 17/17, 17/17 |
| U4 | 13/16 (14/16 *) | 9/13 (11/14 *) | 12/13 (13/14 *) | 14/16, 14/14, 14/14 |
| U5 | 14/14 | 11/14 (12/14 *) | 14/14 | 14/14, 13/14, 14/14 |
| U6 | 15/15 | 13/15 | 13/15 | 15/15, 15/15, 15/15 |
| U7 | 14/14 | 12/14 | 14/14 | 14/14, 14/14, 14/14 |
| U8 | 13/13 | 13/13 | 12/13 | 13/13, 13/13, 13/13 |

(*) by the expectations corrected after the run (notation slips, and conventions the earlier
batches had fixed; each noted at its batch).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from laborwatch.extract.pipeline import Extractor

try:
    from .tables import check_origin, origin_report, origin_rows
except ImportError:  # run as a script
    from tables import check_origin, origin_report, origin_rows  # type: ignore[no-redef]

BATCHES: dict[str, str] = {}

# --- batch U1, written blind. Fixed: "X, a Seoul think tank, said in a report published
# on Monday" (a subject opening with "the" before its aside; no speaker after an inverting
# verb that opens with a preposition); "citing a briefing by the spy agency" (a body after
# a strict opener); "Kuwait's Interior Ministry" (another state's body of a known name);
# "The ... labour department released new figures on Friday." (the next figure's source).
BATCHES["U1"] = """
@ example-asiawire.com
1200@RU country South Korea NIS
| North Korea has sent about 1,200 more workers to Russia this year, according to Yonhap,
  citing the National Intelligence Service.
@ example-observer.com
3000@RU region UN Panel of Experts
| About 3,000 North Korean construction workers remain in Russia's Primorsky Krai, the
  latest report of the UN Security Council's panel of experts said. The document was
  released on Thursday.
@ example-capitalnews.com
500@AE country unnamed source
| An anonymous source with ties to the construction industry said roughly 500 North
  Korean labourers were still working in the United Arab Emirates.
@ example-ledger.com
20000@CN country Marta Olsen
| Marta Olsen, a senior fellow at the Stimson Center in Washington, estimates that 20,000
  North Korean workers are still employed in China.
@ example-journal.com
50000@M49:001 world Asan Institute for Policy Studies
| About 50,000 North Koreans work abroad for the state, the Asan Institute for Policy
  Studies, a Seoul think tank, said in a report published on Monday.
@ example-times.com
$wage:600 gross Pak Chol-min
$wage:90 take_home Pak Chol-min
| Pak Chol-min, who defected in 2019 after four years on building sites in Moscow,
  testified that the Russian contractor paid $600 a month for each worker. After the
  state's cut he was left with about $90, he said.
@ example-korea-daily.com
4000@CN region South Korea NIS
| Some 4,000 North Korean workers have been sent to factories in Liaoning province since
  January, lawmaker Yoo Sang-bum said on Tuesday, citing a briefing by the spy agency.
@ example-gulfpost.com
60@KW site Kuwait government
| Kuwait's Interior Ministry said in a press release that 60 North Korean workers found at
  a construction site in Jahra had been deported.
@ example-lawnews.com
$revenue:6800000 total US Justice Department
| North Korean IT workers used stolen identities to earn at least $6.8 million from US
  companies, according to a court filing unsealed on Wednesday by federal prosecutors in
  Illinois.
@ reviewasia.com
700@CN city -
| An analysis of hiring notices by Review Asia found that about 700 North Korean workers
  were employed in Hunchun last year.
@ example-dispatch.com
2500@RU region Khabarovsk Krai government
| The Khabarovsk Krai labour department released new figures on Friday. About 2,500 North
  Korean workers are employed in the region, most of them on building sites.
@ example-monitor.com
100000@M49:001 world US State Department
| The State Department released its annual report on human trafficking on Thursday,
  covering forced labour in 188 countries. North Korea still has about 100,000 workers
  abroad, the report said.
@ example-herald.com
1500@LA country United Nations
| Kyodo News, citing a confidential UN report, said 1,500 North Korean workers were in
  Laos.
@ example-weekly.com
30000@RU country -
| An estimated 30,000 North Koreans are believed to be working in Russia despite the
  sanctions.
@ example-gulf.com
6000@QA,KW,AE multi KINU
| About 6,000 North Korean labourers are spread across Qatar, Kuwait and the United Arab
  Emirates, a researcher at the Korea Institute for National Unification said.
@ example-cambodia.com
18@KH site Cambodia government
| Cambodian police said 18 North Korean women had been working at a restaurant in Siem
  Reap before it closed.
@ example-chinawatch.com
8000@CN region Chinese government
| Around 8,000 North Korean workers were employed in seafood processing in Jilin province
  last year, China's Ministry of Commerce said in a statement.
@ example-finance.com
$wage:500 state_take South Korea Ministry of Unification
| Each North Korean worker in Russia must hand over about $500 a month to the state,
  Seoul's unification ministry said in a report to parliament.
@ example-wire.com
<5000@RU region Russian government
| Up to 5,000 North Korean loggers work in the Russian Far East, Russia's ambassador to
  Pyongyang told the Izvestia newspaper.
"""

# --- batch U2, written blind after the fixes of U1, to measure them on fresh wording.
# First run: found 16/16, origin 13/16, basis or scope 16/16. Two expectations corrected
# after the run to the conventions fixed before (test_extract_origin_articles.py and the
# docs): a region's governor's office is "<region> government" as written, and a state
# with no preferred name in origins.yaml is "<common name> government" ("Ukraine
# government"), so the extractor's answers stand. Fixed: "Court documents filed by the
# Justice Department show" ("documents" a noun before a participle; its plural subject
# speaks by "show"; "filed" an authoring participle).
BATCHES["U2"] = """
@ example-tradewire.com
1300@CN country Chinese government
| China's General Administration of Customs said about 1,300 North Korean workers had
  been sent home through Dandong in May.
@ example-asiatoday.com
800@JP country Japanese government
| About 800 North Korean nationals were working in Japan without permits, according to a
  report in the Asahi Shimbun that cited the Japanese Foreign Ministry.
@ example-newsdesk.com
2000@RU region UN Panel of Experts
| The UN Panel of Experts submitted its annual report to the Security Council on Monday.
  In the report, the panel said that some 2,000 North Korean workers were still employed
  in the Russian region of Amur.
@ example-bizpost.com
250@QA site unnamed source
| About 250 North Korean labourers are working at a single stadium site outside Doha, a
  person familiar with the matter said.
@ example-daily.com
$revenue:200000000 total KINU
| North Korean workers in China bring in around $200 million a year for Pyongyang, said
  Lee Ji-won of the Korea Institute for National Unification.
@ example-capitol.com
$wage:700 state_take Kim Sung-ho
| In testimony before a US congressional committee, defector Kim Sung-ho said each logger
  in Siberia had to remit $700 a month to the state.
@ example-seoultimes.com
3500@RU country South Korea Ministry of Unification
| Around 3,500 North Korean workers are believed to have entered Russia since last year,
  according to data the Unification Ministry submitted to lawmaker Cho Jin-woo.
@ example-warsaw.com
40@PL site Polish government
| In a press release, Poland's labour ministry said 40 North Korean welders had worked at
  a shipyard in Szczecin until 2018.
@ example-justice.com
$revenue:88000000 total US Justice Department
| Court documents filed by the Justice Department show that North Korean IT workers
  generated $88 million for the regime over six years.
@ example-borderlines.com
120@RU site -
| Our correspondent counted about 120 North Korean workers at a building site in
  Vladivostok last week.
@ example-rights.com
v3@AE country Human Rights Watch
| Human Rights Watch published a report on migrant labour in the Gulf on Tuesday. It drew
  on interviews with dozens of workers. Thousands of North Koreans still work in the United
  Arab Emirates, the report said.
@ example-globalnews.com
100000@M49:001 world UN Panel of Experts
| The Wall Street Journal reported, citing a UN panel report, that around 100,000 North
  Koreans were working overseas.
@ example-weekender.com
>10000@CN country -
| It is believed that more than 10,000 North Korean workers remain in China.
@ example-portnews.com
600@RU city Primorsky Krai government
| About 600 North Korean workers are employed in the port city of Nakhodka, the regional
  governor's office of Primorsky Krai said.
@ example-kyivpost.com
$wage:1200 gross Ukraine government
| Russian firms pay about $1,200 a month for each North Korean construction worker,
  Ukraine's military intelligence said.
@ example-analysis.com
$wage:150 take_home -
| North Korean workers in Russia are estimated to keep about $150 a month of their pay.
"""

# --- batch U3, written blind after the fixes of U1 and U2. First run: found 17/17,
# origin 16/17, scope or basis 17/17. Fixed: "It is estimated by the Korea Development
# Institute that" (the agent of an impersonal passive speech verb).
BATCHES["U3"] = """
@ example-review.com
900@CN country Choi Yong-nam
| Choi Yong-nam, a defector who now runs the Seoul Institute for Labour Studies, said about
  900 North Korean women were sewing clothes in Chinese factories.
@ nknews.org
1100@RU region Radio Free Asia
| NK News, citing a report by Radio Free Asia, said about 1,100 North Korean loggers were
  working in Russia's Amur Oblast.
@ example-seoulpost.com
7000@RU country South Korea NIS
| The NIS told a closed-door parliamentary briefing on Wednesday that 7,000 North Korean
  workers had been dispatched to Russia this year.
@ example-nationnews.com
400@CN city South Korea NIS
| Lawmakers briefed by the National Intelligence Service said 400 North Korean workers had
  arrived in the border city of Hunchun last month.
@ example-kl.com
270@MY country Malaysia government
| Malaysian authorities said 270 North Korean workers had left the country since 2017.
@ example-monitor.com
v3@M49:145 multi UN Panel of Experts
| UN sanctions monitors said in a confidential report seen by Reuters that thousands of
  North Korean workers remained in the Middle East.
@ example-rightsnews.com
500@CN site Committee for Human Rights in North Korea
| About 500 North Korean workers were housed at one seafood plant in Donggang, according
  to a new report by the Committee for Human Rights in North Korea.
@ example-gulfdaily.com
5000@KW country -
| Some 5,000 North Koreans are thought to be working in Kuwait, according to estimates.
@ example-economy.com
$revenue:500000000 total Korea Development Institute
| It is estimated by the Korea Development Institute that overseas workers earn North
  Korea $500 million a year.
@ example-euro.com
400@PL country Leiden Asia Centre
| A study by the Leiden Asia Centre, published on Monday, looked at forced labour in
  Europe. According to the study, about 400 North Koreans worked in Poland in 2016.
@ example-moscowwatch.com
10000@RU country Russian government
| About 10,000 North Korean workers will arrive in Russia this year, a senior Russian
  official told the Kommersant newspaper.
@ example-siberia.com
45@RU site -
| Forty-five North Korean loggers live and work at a logging camp near Tynda, where our
  reporter visited in March.
@ example-tribune.com
$wage:300 gross Daily NK source
$wage:250 state_take Daily NK source
| North Korean workers in China receive a monthly salary of $300, of which $250 goes to the
  state, a source told Daily NK.
@ asialedger.com
300@CN site -
| Asia Ledger estimates, based on satellite images, that about 300 North Korean workers
  are living at a factory compound in Dandong.
@ example-herald.com
1800@RU country South Korea Ministry of Unification
| Figures obtained by the Seoul Herald from the Unification Ministry show that 1,800
  North Korean workers went to Russia in 2023.
@ example-far-east.com
v4@RU region United Nations
| Tens of thousands of North Koreans have worked across Siberia, according to the United
  Nations.
"""

# --- batch U4, written blind after the fixes of U1-U3: longer stories, speakers in the
# sentence before, quotations, contrasting sources, headlines and fees.
# First run: found 13/16, origin 9/13, scope or basis 12/13. Expectations corrected after
# the run: "At least 10,000" was written "10000" (a notation slip, now ">10000"; its origin
# was right); a deputy governor of a region is "<region> government" and a researcher at a
# body origins.yaml does not know keeps her name, as the earlier batches fix (so origin
# 11/14 by the corrected expectations). Fixed: "He said" after "Sergei Malkov, deputy
# governor of the Amur region," (an aside without an article gives the person's body);
# "the city's deputy mayor" (the city named before, here a capital: its state); "A leaked
# UN document, seen by this newspaper, says" (the outlet only saw it); "the state took
# $400 of his monthly wage" (state_take).
BATCHES["U4"] = """
@ example-capitalnews.com
20000@RU country South Korea NIS
>5000@CN country South Korea NIS
| North Korea keeps sending workers abroad, spy agency says // SEOUL - South Korea's spy
  agency briefed lawmakers on Thursday on the North's labour exports. About 20,000 North
  Korean workers are now in Russia, and more than 5,000 in China, the agency told them.
@ example-worldwire.com
3000@RU region Amur region government
| Sergei Malkov, deputy governor of the Amur region, spoke to reporters in Blagoveshchensk.
  He said about 3,000 North Korean workers were employed in the region's farms and mills.
@ example-rightsdesk.com
v3@M49:035 multi Jessica Tran
| "Thousands of North Koreans are still working in Southeast Asia under guard," said
  Jessica Tran, a researcher at the anti-slavery group Walk Free.
@ example-gazette.com
30000@RU country South Korea NIS
50000@RU country Daily NK
| The NIS puts the number of North Korean workers in Russia at 30,000, while Daily NK has
  reported that the real figure is closer to 50,000.
@ example-deskpost.com
2500@CN,RU multi unnamed diplomatic source
| Some 2,500 North Korean IT workers are based in China and Russia, a diplomatic source in
  Beijing said on condition of anonymity.
@ example-wire.com
$revenue:1000000 total US Treasury
| The 50 workers earned more than $1 million a year for Pyongyang, according to a Treasury
  Department statement announcing the sanctions.
@ example-ngo-news.com
$wage:2000 other Citizens' Alliance for North Korean Human Rights
| Each worker paid a broker a fee of about $2,000 to get a place on a team bound for Russia,
  the Citizens' Alliance for North Korean Human Rights said.
@ example-post.com
1500@RU city Russian government
| About 1,500 North Korean workers are employed in Moscow and its suburbs, the city's
  deputy mayor told the TASS news agency.
@ example-times.com
400@LA country United Nations
| A leaked UN document, seen by this newspaper, says about 400 North Korean workers were
  still in Laos at the end of last year.
@ example-daily.com
60000@M49:001 world US State Department
| Washington estimates that around 60,000 North Koreans work overseas. The figure comes
  from the State Department's latest human rights report.
@ example-herald.com
>10000@CN region Chinese government
| At least 10,000 North Korean workers are in Liaoning province, a Chinese official told
  Japan's Kyodo News, without giving further details.
@ example-journal.com
$wage:400 state_take Kang Chol
| Kang Chol, who worked on a Russian building site until 2021, said the state took $400 of
  his monthly wage.
@ example-ledger.com
200@AE site -
| About 200 North Korean workers were seen at the tower project in Dubai in satellite
  images reviewed by this newspaper.
@ example-observer.com
850@MN country Mongolian government
| Mongolia's labour ministry said in a statement that 850 North Korean workers had left
  the country by the end of 2019, in line with UN sanctions.
"""

# --- batch U5, written blind after the fixes of U1-U4, to measure them. First run: found
# 14/14, origin 11/14, scope or basis 14/14. One expectation corrected after the run to
# origins.yaml's convention (source_modifiers keeps "trade": "unnamed trade official");
# one left open ("local" is both a dropped determiner and a kept modifier). Fixed: "the
# report found" after "The figures were published in a report by the Stimson Center on
# Tuesday." (the named author of the document the sentence before introduces).
BATCHES["U5"] = """
@ example-russianews.com
13000@RU country Russian Interior Ministry
| Russia's Interior Ministry data show that 13,000 North Korean workers were registered in
  the country in 2019.
@ example-astana.com
200@KZ country Kazakhstan government
| The Kazakh labour ministry said about 200 North Korean workers had been employed on
  building sites in the country before the sanctions.
@ example-unwatch.com
v4@M49:001 world UN Special Rapporteur
| In a report to the General Assembly, the UN special rapporteur on human rights in North
  Korea said tens of thousands of North Koreans were working abroad.
@ example-ningbo.com
18@CN site Ri Sol-hui
| In her memoir, former waitress Ri Sol-hui writes that 18 women from North Korea worked at
  the restaurant in Ningbo where she was employed.
@ example-assembly.com
2300@CN country South Korea Ministry of Unification
| Rep. Kim Byung-joo, citing data from the unification ministry, said about 2,300 North
  Korean workers had returned from China this year.
@ example-tokyo.com
1000@VN country Chosun Ilbo
| Nikkei Asia, quoting a report in the Chosun Ilbo, said about 1,000 North Korean workers
  were employed in Vietnam.
@ example-policy.com
1000@RU region Stimson Center
| The figures were published in a report by the Stimson Center on Tuesday. About 1,000
  North Korean workers were building housing in the Russian Far East, the report found.
@ example-shenyang.com
2000@CN region unnamed trade official
| A North Korean trade official based in Shenyang, who asked not to be named, said 2,000
  North Korean workers were employed in Liaoning province.
@ example-weekly.com
40000@CN country -
| North Korea is estimated to have 40,000 workers in China, most of them in factories.
@ example-interfax-watch.com
300@RU city unnamed local official
| Some 300 North Korean workers are in the Russian city of Ussuriysk, a local official
  told Interfax.
@ example-defense.com
$revenue:500000000 total Korea Institute for Defense Analyses
| North Korea's overseas workers earned about $500 million in 2023, the Korea Institute for
  Defense Analyses estimated.
@ example-testimony.com
$wage:100 take_home Ju Song-il
| After paying the state, the workers are left with about $100 a month, said Ju Song-il, a
  former construction worker.
@ example-africa.com
3000@M49:002 multi UN Panel of Experts
| The UN Panel of Experts' latest report says North Korean workers remain in at least 20
  countries, including about 3,000 in Africa.
@ example-tuva.com
120@RU region Tuva government
| Tuva's regional government said 120 North Korean farm workers had arrived in the republic
  in April.
"""

# --- batch U6, written blind after the fixes of U1-U5, to measure them. First run: found
# 15/15, origin 13/15, scope or basis 13/15. Fixed: "Defector Kim Hyuk" opening a sentence
# (a role title, origins.yaml role_titles); "The think tank said" after "The Sejong
# Institute released a study" (a release sentence names the body referred back to); "an
# official at the Russian embassy in Seoul" (the speaker's workplace is no site of the
# figure, fields.yaml speaker_site_prepositions); "Employers in Qatar pay ... $900 a month
# per worker" (a payer before the amount makes "per worker" gross, fields.yaml
# gross_payers, payer_yields).
BATCHES["U6"] = """
@ example-beijingwatch.com
3000@CN country Chinese government
| The Chinese Commerce Ministry's spokesperson, Shu Lanfang, told a news briefing that
  about 3,000 North Korean workers had been sent home this year.
@ example-japandesk.com
60@JP country Japanese government
| According to NHK, which cited the Japanese National Police Agency, 60 North Korean
  workers had been found working illegally in Japan.
@ example-ulaanbaatar.com
15@MN site UN Panel of Experts
| A Panel of Experts report released in March found that 15 North Korean workers were
  employed at a hotel in Ulaanbaatar.
@ example-conference.com
300@RU site Kim Hyuk
| Defector Kim Hyuk, who spent three years at a lumber camp, told the conference that 300
  men had lived at the camp near Tynda in Russia.
@ example-seoulwire.com
10000@RU country South Korea NIS
| Seoul's spy agency estimates, cited by the office of lawmaker Ha Jin-sol, put the number
  of North Korean workers in Russia at 10,000.
@ example-voawatch.com
5000@CN country US State Department
| The Voice of America, citing a State Department official, reported that 5,000 North
  Korean workers remained in China.
@ example-customs.com
1200@CN country Chinese government
| A Chinese customs document, obtained by the Tokyo Shimbun, shows that 1,200 North
  Korean workers entered China to work in garment factories in 2023.
@ example-gdansk.com
25@PL site Polish government
| Polish prosecutors said in a court filing that 25 North Korean welders had worked at the
  shipyard in Gdynia.
@ example-phnompenh.com
90@KH country -
| This website's own count, based on company registries, puts the number of North Korean
  workers in Cambodia at 90.
@ example-thinktank.com
4000@M49:145 multi Sejong Institute
| The Sejong Institute released a study on Monday. The think tank said about 4,000 North
  Korean workers were in the Middle East.
@ example-embassy.com
2000@RU country Russian government
| An official at the Russian embassy in Seoul said 2,000 North Korean workers would arrive
  in Russia next year.
@ example-lagos.com
600@NG country -
| About 600 North Koreans are said to be working in Nigeria.
@ example-gulfwire.com
$wage:900 gross US State Department
| Employers in Qatar pay a North Korean state company $900 a month per worker, according to
  the US State Department.
@ example-reutersdigest.com
$revenue:2000000000 total United Nations
| Reuters, citing a UN report, said North Korea earned about $2 billion a year from its
  overseas workers.
@ example-vientiane.com
300@LA country Laos government
| The Laotian government said about 300 North Koreans still worked in the country.
"""

# --- batch U7, written blind after the fixes of U1-U6, to measure them. First run: found
# 14/14, origin 12/14, scope or basis 14/14. Fixed: "Analyst Lee Seong-min of the Asan
# Institute" (a role title and a person at a body: the known body, else the person); "The
# study, by researchers at Seoul National University, found" (the named body of the
# document's author aside).
BATCHES["U7"] = """
@ example-seoulnews.com
1000@RU country South Korea NIS
| Lawmaker Park Soo-young told reporters, citing the NIS, that 1,000 North Korean workers
  had reached Russia in the spring.
@ example-asiadigest.com
500@JP country Yomiuri Shimbun
| The Japanese daily Yomiuri Shimbun reported that 500 North Korean workers had been hired
  by fishing firms in Japan.
@ example-analysis.com
20000@RU country Lee Seong-min
| Analyst Lee Seong-min of the Asan Institute said 20,000 North Korean workers could be
  sent to Russia next year.
@ example-moscowdaily.com
18000@RU country Russian government
| Russia's Ministry of Labour estimated that 18,000 North Koreans worked in Russia.
@ example-courtnews.com
$revenue:6000000 total US Justice Department
| An indictment unsealed in Virginia says the IT workers earned $6 million for the regime.
@ example-amnesty-watch.com
700@RU country Amnesty International
| Amnesty International, citing interviews with former workers, said 700 North Koreans
  were working on Russian building sites.
@ example-doha.com
1200@QA country Qatar government
| A spokesman for Qatar's labour ministry said 1,200 North Korean workers had left the
  country since 2017.
@ example-primorye.com
4000@RU region Primorsky Krai government
| The workers number about 4,000, according to the regional administration of Primorsky
  Krai.
@ example-warsawnews.com
800@PL country Seoul National University
| The study, by researchers at Seoul National University, found that 800 North Koreans had
  worked in Poland.
@ example-pyongyangwatch.com
200@RU country KCNA
| North Korean state media said 200 workers had returned from Russia.
@ example-steppe.com
3000@MN country -
| It has been reported that 3,000 North Koreans work in Mongolia.
@ example-africanews.com
2000@M49:002 multi South Korea NIS
| An estimated 2,000 North Korean workers are in Africa, says the NIS.
@ dailynk.com
$wage:50 take_home Daily NK source
| Workers on the site pocket only $50 a month, the source added.
@ example-global.com
100000@M49:001 world KINU
| Cho Han-bum, a senior research fellow at KINU, put the number at 100,000 worldwide.
"""

# --- batch U8, written blind after the fixes of U1-U7, to measure them. First run: found
# 13/13, origin 13/13, scope or basis 12/13. Fixed: "... detained in the city" after
# "Chinese police in Shenyang" (the city its sentence names, fields.yaml city_anaphors).
BATCHES["U8"] = """
@ example-econ.com
6000@CN country Park Min-jae
| Economist Park Min-jae of the Korea Development Institute estimated that 6,000 North
  Korean workers were employed in China.
@ example-dc-desk.com
1500@KH country Hudson Institute
| The Hudson Institute published a report on North Korean labour on Wednesday. The
  institute said 1,500 North Korean workers were in Cambodia.
@ example-kinu-watch.com
2500@CN country KINU
| The survey, by analysts at the Korea Institute for National Unification, found that 2,500
  North Korean workers remained in China.
@ example-hunchun.com
150@CN site Radio Free Asia source
| A manager at the factory told RFA that 150 North Korean women worked at the plant in
  Hunchun.
@ dailynk.com
$wage:1000 gross Daily NK source
| Contractors in Russia pay about $1,000 per worker each month, a source told Daily NK.
@ example-kuwaitnews.com
$wage:700 state_take Kuwait government
| Each North Korean worker in Kuwait must send $700 a month to Pyongyang, according to
  Kuwait's labour ministry.
@ example-blacksea.com
90@RO site Song Ji-hoon
| Labour activist Song Ji-hoon said about 90 North Korean workers were working at a
  shipyard in Constanta.
@ example-astanawatch.com
180@KZ country Kazakhstan government
| Kazakhstan's labour ministry told the Astana Times that 180 North Korean workers had left
  the country.
@ example-assemblywatch.com
5000@CN country South Korea Ministry of Unification
| South Korea's unification ministry, in a report to the National Assembly, estimated that
  5,000 North Korean workers were in China.
@ example-steppe-news.com
400@MN country Mongolian government
| An official at the Mongolian embassy in Seoul told Yonhap that 400 North Korean workers
  remained in Mongolia.
@ example-emirates.com
8000@AE country -
| It is thought that 8,000 North Korean workers are in the United Arab Emirates.
@ example-duma.com
30000@RU country Andrei Pavlov
| Russian lawmaker Andrei Pavlov said 30,000 North Korean workers had arrived in Russia
  this year.
@ example-liaoning.com
120@CN city Chinese government
| Chinese police in Shenyang said 120 North Korean workers had been detained in the city.
"""

# Claims still wrong, as strict xfails: "<batch>-<article>-<claim>" -> reason.
KNOWN: dict[str, str] = {
    "U1-08-0": "money: '(used stolen identities) to earn at least $6.8 million' is not read as"
    " revenue (a purpose clause before the verb; the money stage, not origin)",
    "U4-06-0": "money: 'paid a broker a fee of about $2,000' is no money claim (the money"
    " stage, not basis)",
    "U5-09-0": "convention open: 'a local official' is 'unnamed official' ('local' is a"
    " speaker determiner dropped before origins.yaml's source_modifiers keep it); no fitted"
    " gold decides",
    "U4-12-0": "count: '200 North Korean workers were seen at the tower project' is dropped"
    " (the count stage, not origin)",
}


@pytest.mark.parametrize("case", origin_rows(BATCHES, KNOWN))
def test_origin_unseen(extractor: Extractor, scorer: ModuleType, case: tuple) -> None:
    check_origin(extractor, scorer, *case)


if __name__ == "__main__":
    origin_report(
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[3] / "shared", BATCHES
    )
