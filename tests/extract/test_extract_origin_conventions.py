"""Origin, scope and basis by the annotation conventions of spec/claims.md, on short news
excerpts written for these tests in blind batches (each batch's expected claims were
committed before the extractor was run on it; people, outlets and figures are invented).

The conventions exercised (read from the spec and the fitted gold's notes):

- the outlet's own reporting, or the publisher naming itself, has no origin (null);
- an unnamed person who told a wire or outlet is "<outlet> source" ("AP source"), also
  when a later sentence refers back to them ("they said", "the officials said");
- an outlet relayed by another site ("Daily NK reported", "according to the BBC") is
  that outlet, not "<outlet> source";
- unnamed sources tied to no outlet are "unnamed officials", "unnamed source", ...;
- a state's ministry, ambassador, governor or statement is "<state> government" unless
  the body has its own canonical name ("Russian Interior Ministry", "South Korea NIS");
- a document with no author named is the origin under its own description ("a 2019
  labour rights report");
- a headline figure takes the origin its article gives it; "the ministry said" and "it
  added" take the body named before.

Article format: as ``test_extract_origin_articles.py`` (``@ publisher``, one line per
expected claim, ``|`` and the text; " // " ends the headline). A worker claim is
``<count>@<dests> <scope> <origin>``; a money claim is ``$<kind>:<low>[-<high>] <basis>
<origin>`` (looked up by kind and bounds, as the scorer matches money).

``python tests/extract/test_extract_origin_conventions.py`` prints each batch's figures.
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

# --- batch C1, written blind: unnamed officials who told a wire, referred back to; an
# outlet relayed by another site; an outlet's sources; a headline before them.
# Before any change: 8 of 9 claims found, origin 7/8, scope 6/8. Fixed: "officials and
# analysts say" where two officials told the AP (the AP's source); "apartment towers" (no
# single site); "a source in North Hamgyong Province said" (the speaker's seat, no region).
# Expectation corrected after the run: "About 1,200 of them" is a part of a group already
# counted, no claim by the spec ("41 of them work at a clothing factory"), so it is gone.
BATCHES["C1"] = """
@ example-herald.com
3000@KW country AP source
900@OM country AP source
| Around 3,000 North Korean labourers are working on building sites in Kuwait, two
  officials with knowledge of the matter told The Associated Press. Speaking on condition
  of anonymity, they said another 900 were employed in Oman.
@ example-gazette.com
v3@KW country AP source
| Kuwait still hosts thousands of North Korean labourers, officials say // KUWAIT CITY -
  Kuwait still hosts thousands of North Korean labourers whose wages help Pyongyang,
  officials and analysts say. About 1,200 of them work at a single refinery project south
  of the capital, two officials who spoke to the AP said.
@ example-aggregator.net
1500@RU region Daily NK
| Daily NK reported on Monday that about 1,500 North Korean loggers were still working
  in Russia's Amur region, down from earlier years.
@ example-blog.org
600@RU city BBC
| According to the BBC, 600 North Korean workers were building apartment towers in
  St Petersburg last summer.
@ example-digest.com
400@CN city Radio Free Asia source
| A trader in Dandong told RFA that about 400 North Korean women had started work at
  garment factories in the city.
@ dailynk.com
250@RU country Daily NK source
| A source in North Hamgyong Province said on Tuesday that 250 workers had been selected
  for construction jobs in Russia.
@ example-review.com
5000@RU country Chosun Ilbo
| The Chosun Ilbo reported that about 5,000 North Korean workers had been sent to Russia
  since January.
"""

# --- batch C2, written blind: governments by their ministries, ambassadors and
# statements; bodies with their own canonical names; a document with no author named;
# "the ministry said" after the ministry is named.
# Before any change: 6 of 7 claims found, origin 4/6, scope 6/6. Fixed: "Estimates in a
# 2019 labour rights report" (the document as described); the unchanged rest is xfail.
BATCHES["C2"] = """
@ example-times.com
8000@RU country Russian government
| Russia's ambassador in Pyongyang, Ivan Sorokin, told reporters that about 8,000 North
  Korean workers were employed in Russia.
@ example-post.com
4100@KW country Kuwait government
| Kuwait's Public Authority of Manpower said in a statement that 4,100 North Korean
  labourers held valid work permits.
@ example-daily.com
12000@RU country Russian Interior Ministry
| Russia's Interior Ministry said 12,000 North Koreans entered the country on work visas
  last year.
@ example-news.com
15000@CN country Chinese government
| China's commerce ministry published labour figures on Monday. The ministry said 15,000
  North Korean workers held permits in China at the end of the year.
@ example-journal.com
400@PL country 2019 labour rights report
| Estimates in a 2019 labour rights report put the number of North Koreans working in
  Polish shipyards at about 400.
@ example-wire.com
900@MN country Mongolia government
| A spokesman for Mongolia's labour ministry said 900 North Korean workers had left the
  country since the UN deadline.
@ example-monitor.com
3000@RU region South Korea NIS
| About 3,000 North Korean workers have arrived in the Primorsky region since March,
  South Korea's spy agency told lawmakers. The agency said most work in construction.
"""

# --- batch C3, written blind: the host government against the sending one, two states
# together, a region's government, the North's own bodies, a think tank, a person.
# Before any change: 7 of 7 claims found, origin 5/7, scope 7/7. Fixed: "Pak Chol-min, a
# defector who managed a seafood plant in Hunchun until 2019, said" (a long aside).
BATCHES["C3"] = """
@ example-star.com
120@VN country Vietnam government
| Vietnam has told the UN sanctions committee that it sent home 120 North Korean workers
  last year.
@ example-ledger.com
v4@CN,RU multi Chinese and Russian governments
| China and Russia said in reports to the UN that they had repatriated tens of thousands
  of North Korean workers.
@ example-courier.com
300@RU country KCNA
| North Korea's state media said 300 construction workers had returned home from Russia
  after finishing their contracts.
@ example-tribune.com
1800@RU region Primorsky Krai government
| The governor of Primorsky Krai said 1,800 North Korean workers were employed in the
  region this year.
@ example-report.com
70@LA country Laos government
| Officials in Laos said 70 North Koreans working in the country would leave by June.
@ example-bulletin.com
60000@M49:001 world KINU
| The Korea Institute for National Unification estimates that about 60,000 North Koreans
  still work abroad.
@ example-voice.com
200@CN site Pak Chol-min
| Pak Chol-min, a defector who managed a seafood plant in Hunchun until 2019, said 200
  North Korean women worked at the plant.
"""

# --- batch C4, written blind: a headline before the attributed body, "it added" and
# "the panel said" after the speaker, a later figure with no speaker, the outlet's own
# count, two speakers in one sentence.
# Before any change: 9 of 9 claims found, origin 9/9, scope 8/9 (the one left is xfail).
BATCHES["C4"] = """
@ example-news.com
v3@RU country South Korea NIS
2500@RU country South Korea NIS
| Thousands of North Korean workers sent to Russia // North Korea has sent about 2,500
  workers to Russia this year, South Korea's National Intelligence Service said on
  Thursday.
@ example-times.com
3000@LA country UN Panel of Experts
1500@KH country UN Panel of Experts
| About 3,000 North Korean workers remain in Laos, the UN Panel of Experts said in its
  latest report. It added that a further 1,500 were working in Cambodia.
@ example-daily.com
20000@RU country US State Department
| The State Department's annual human rights report said 20,000 North Koreans were
  working in Russia. The report said many worked 16 hours a day.
@ example-post.com
40@RU site -
| Our reporter counted about 40 North Korean workers at a construction site on the
  outskirts of Vladivostok.
@ example-herald.com
5000@RU country South Korea NIS
2000@RU country Russian government
| South Korea's spy agency puts the number at 5,000, while Moscow says only 2,000 North
  Koreans work in Russia.
@ nknews.org
70@AE site -
| NK News has learned that about 70 North Korean workers are employed at a hotel
  construction site in Dubai.
"""

# --- batch C5, written blind: money claims with basis and origin (wages split between
# the state and the worker, revenue, IT workers), and figures restated under a source.
# Before any change: 7 of 9 claims found, origin 7/7, basis 7/7 (the two amounts not
# found are xfail: money recall, not origin).
BATCHES["C5"] = """
@ dailynk.com
$wage:800 gross Daily NK source
$wage:500 state_take Daily NK source
$wage:150 take_home Daily NK source
| Workers on Russian building sites are paid about $800 a month by their employers, a
  source in Pyongyang told Daily NK. The state collects $500 of that from each worker,
  leaving them with about $150, the source said.
@ example-post.com
$revenue:300000000 total South Korea NIS
| North Korea earns about $300 million a year from its workers in Russia, South Korea's
  National Intelligence Service said.
@ example-times.com
$wage:3000 other UN Panel of Experts
| North Korean IT workers abroad can earn about $3,000 a month each, the UN Panel of
  Experts said.
@ example-gazette.com
$wage:1000 gross AP source
$wage:200 take_home AP source
| Most North Korean workers in Qatar earn around $1,000 a month, two officials told The
  Associated Press. After the state's share and their managers' cut, the workers keep
  about $200, the officials said.
@ example-tribune.com
$revenue:500000000 total United Nations
| A UN report estimated that North Korea earned $500 million a year from its overseas
  workers.
@ example-journal.com
$wage:120 take_home Ri Yong-su
| Ri Yong-su, a former logger in Siberia, said he kept only $120 a month of his pay.
"""

# --- batch C6, written blind in fresh wording after the fixes of C1-C5, to measure them
# (an outlet relayed by name, a manager who spoke to RFA, estimates in a study, officials
# who told the AP referred back to, a headline on a capital that says, a person with a long
# aside, an outlet's report on another site, "the report said" after the panel).
# Before any change (the rules of C1-C5 in place): 9 of 10 claims found, origin 8/9,
# scope 9/9. Fixed: "Thousands ... still work in Russia, Seoul says" (two places of two
# countries around a comma are no "City, Province" pair, so Seoul speaks).
BATCHES["C6"] = """
@ example-sun.com
350@CN country Daily NK
| Seoul-based Daily NK reported last week that 350 North Korean workers had been sent to
  Chinese fish-processing plants.
@ example-chronicle.com
600@RU site Radio Free Asia source
| Speaking to Radio Free Asia on condition of anonymity, a construction manager in
  Vladivostok said 600 North Koreans worked for his company.
@ example-wire.com
1000@DZ site 2023 sanctions study
| About 1,000 North Korean labourers are building a stadium in Algeria, according to
  estimates in a 2023 sanctions study.
@ example-bulletin.com
700@OM country AP source
300@OM country AP source
| Two officials with knowledge of the programme told the AP that 700 North Koreans were
  working in Oman. The officials said 300 more North Korean workers were expected in Oman in
  the spring.
@ example-ledger.com
v3@RU country South Korea Ministry of Unification
4000@RU country South Korea Ministry of Unification
| Thousands of North Koreans still work in Russia, Seoul says // South Korea's Unification
  Ministry said on Monday that around 4,000 North Korean workers remained in Russia.
@ example-courier.com
1500@CZ country Hanna Berg
| Hanna Berg, an economist who has studied North Korean labour exports for over a decade,
  said 1,500 North Koreans were working in Czech factories at the peak.
@ example-digest.com
200@LA site NK News
| N. Korean workers arrive in Laos: report // About 200 North Korean workers have arrived
  in Vientiane to build a hotel, NK News reported on Friday.
@ example-times.com
450@GQ country UN Panel of Experts
| The UN Panel of Experts said in a report that 450 North Koreans were working in
  Equatorial Guinea. The report said they were mostly builders.
"""

# --- batch C7, written blind in fresh wording after the fixes of C1-C6 (an acronym the
# text spells out, a joint advisory referred back to, a North Korean source, a deputy
# minister by title, a think tank with a descriptor, a headline "UN report:", a figure
# compared with an earlier one in the next sentence, an outlet's report on another site).
# Before any change (the rules of C1-C6 in place): 9 of 10 claims found, origin 6/9,
# scope 8/9. Fixed: "PIP inspectors found" after "the Polish National Labour Inspectorate
# (PIP)" (the name spelled out). Tried and reverted: "The figure is up from 5,000" taking
# the sentence before's speaker (fitted gold leaves such a later, unattributed figure null:
# seeds+dev, dev2 and dev-folds origin dropped), so that expectation is now null too.
BATCHES["C7"] = """
@ example-review.com
29@PL site Polish National Labour Inspectorate
| A year earlier the Polish National Labour Inspectorate (PIP) had checked the yard. PIP
  inspectors found that 29 North Koreans were working at the shipyard in Szczecin without
  valid permits.
@ example-law.com
v3@M49:001 world US State Department
| In May the US State Department, the Treasury and the FBI issued a joint advisory on
  North Korean IT workers. The advisory explains how the DPRK sends thousands of IT workers
  around the world to earn money for its weapons programmes.
@ example-gulf.com
3000@KW country unnamed source
| A North Korean source said on Monday that about 3,000 North Korean workers remained in
  Kuwait.
@ example-asia.com
2000@RU country Russian government
| Russian Deputy Labour Minister Oleg Ivanov said 2,000 North Korean workers had applied
  for permits this year.
@ example-monitor.com
20000@RU country Institute for Korean Labour Studies
| The Washington-based Institute for Korean Labour Studies estimated that 20,000 North
  Koreans worked on Russian building sites.
@ example-paper.com
v2@MN country UN Panel of Experts
500@MN country UN Panel of Experts
| UN report: Hundreds of N. Koreans still at work in Mongolia // About 500 North Korean
  workers remain in Mongolia, the UN Panel of Experts said in its latest report.
@ example-news.com
10000@RU country South Korea NIS
5000@RU country -
| South Korea's spy agency said 10,000 North Korean workers had been sent to Russia since
  2023. The figure is up from 5,000 North Korean workers a year earlier.
@ example-digest.com
80@CN region Radio Free Asia
| RFA's Korean Service reported that 80 North Korean workers had been moved to a garment
  factory complex in Jilin province.
"""

# --- batch C8, written blind in fresh wording after the fixes of C1-C7 (a paper citing a
# state's intelligence, a state's military intelligence by acronym, another wire by name,
# a state's officials by nationality, a named annual report, an NGO, lawmakers citing the
# spy agency, a UN agency).
# Before any change (the rules of C1-C7 in place): 6 of 7 claims found, origin 5/6, scope
# 6/6; the claim not found was written "300" for "at least 300" (a slip in the notation,
# now ">300"; found, right). Fixed: "Ukraine's military intelligence agency (GUR) said"
# (the acronym stands for the described body, a state's); "stadium projects in Qatar" (plural
# projects are no single site).
BATCHES["C8"] = """
@ example-kyiv.com
1200@RU region Ukraine government
| The Kyiv Gazette, citing Ukrainian military intelligence, reported that 1,200 North
  Korean workers had arrived in Russia's Kursk region.
@ example-wire.com
900@RU country Ukraine government
| Ukraine's military intelligence agency (GUR) said about 900 North Korean labourers were
  working in Russia.
@ example-tokyo.com
400@RU city Kyodo News
| About 400 North Korean workers are building houses in Khabarovsk, Kyodo News reported
  on Sunday.
@ example-capital.com
v4@M49:001 world US government
| US officials said tens of thousands of North Korean workers were still abroad despite
  the UN ban.
@ example-sentinel.com
50000@CN country US State Department
| In its annual Trafficking in Persons Report, the State Department said about 50,000
  North Koreans were working in China.
@ example-herald.com
>300@QA country Human Rights Watch
| Human Rights Watch said at least 300 North Korean labourers were still working on
  stadium projects in Qatar.
@ example-daily.com
13000@RU country South Korea NIS
| Lawmakers, citing the National Intelligence Service, said 13,000 North Korean workers
  had entered Russia since last year.
"""

# --- batch C9, written blind in fresh wording after the fixes of C1-C8 (an agency's report
# on another site, a paper not in the names table, an outlet's imagery analysis, "according
# to the UN", "UN estimates suggest", unnamed experts, an impersonal estimate, a state's data).
# Before any change (the rules of C1-C8 in place): 8 of 8 claims found, origin 6/8, scope
# 8/8. Fixed: "An NK News analysis of satellite imagery shows" on another site (the outlet
# named before the noun); "South Korean government data show" (a plural noun without -s).
BATCHES["C9"] = """
@ example-star.com
1000@RU city Yonhap
| About 1,000 North Korean workers have been sent to Vladivostok this year, according to
  a Yonhap report.
@ example-ledger.com
300@CN city Korea Herald
| The Korea Herald reported that 300 North Korean workers were employed at seafood plants
  in Dandong.
@ example-watch.com
150@RU site NK News
| An NK News analysis of satellite imagery shows about 150 North Korean workers at a
  construction site in Vladivostok.
@ example-post.com
100000@M49:001 world United Nations
| Pyongyang has sent an estimated 100,000 workers abroad, according to the UN.
@ example-report.com
50000@CN country United Nations
| UN estimates suggest that 50,000 North Koreans are working in China.
@ example-review.com
<20000@RU country unnamed experts
| Experts estimate that up to 20,000 North Korean workers remain in Russia.
@ example-journal.com
3000@MN country -
| It is estimated that 3,000 North Koreans work in Mongolia.
@ example-bulletin.com
2000@LA country South Korean government
| South Korean government data show 2,000 North Korean workers were working in Laos last
  year.
"""

# --- batch C10, written blind: scope by the spec's table (a city "alone", a krai, a
# geographic region inside one country, a world region, several named countries, abroad,
# one shipyard, one team at a hospital), each with a plain origin.
# Before any change (the rules of C1-C9 in place): 7 of 8 claims found, origin 7/7, scope
# 7/7; the claim not found was written "60000" for "up to 60,000" (a notation slip, now
# "<60000").
BATCHES["C10"] = """
@ example-star.com
<60000@CN city Chinese government
| Chinese officials said up to 60,000 North Korean workers were employed in the city of
  Dandong alone.
@ example-ledger.com
2800@RU region Russian government
| Russian officials said about 2,800 North Korean workers were employed in Khabarovsk Krai.
@ example-post.com
v3@RU region South Korea NIS
| South Korea's spy agency said thousands of North Korean loggers were working in Siberia.
@ example-times.com
v3@M49:002 multi UN Panel of Experts
| The UN Panel of Experts said thousands of North Korean workers remained in Africa.
@ example-review.com
5000@CN,RU,LA multi KINU
| KINU estimates that 5,000 North Korean IT workers are spread across China, Russia and Laos.
@ example-journal.com
v5@M49:001 world US State Department
| The State Department estimates that hundreds of thousands of North Koreans have worked
  overseas.
@ example-monitor.com
85@PL site Polish government
| Polish officials said 85 North Korean welders had worked at a single shipyard in Gdansk.
@ example-digest.com
24@LY site -
| A team of 24 North Korean doctors has started work at a hospital in Benghazi.
"""

# Claims still wrong, as strict xfails: "<batch>-<article>-<claim>" -> reason.
KNOWN: dict[str, str] = {
    "C2-05-0": "convention open: origins.yaml names MN 'Mongolian government' (the adjective,"
    " as for RU and CN); no fitted gold says which form annotators write",
    "C3-04-0": "convention open: 'Officials in Laos said' is read as unnamed officials, not"
    " the state (no fitted gold has officials placed only by their country)",
    "C4-04-0": "scope: the capital that speaks after ', while' ('Moscow says') places the"
    " figure before it as the city",
    "C6-01-0": "destination: '600 North Koreans worked for his company' is counted, but"
    " 'a construction manager in Vladivostok' (the speaker's place) gives it no destination",
    "C7-07-0": "scope: 'a garment factory complex in Jilin province' is read as one site",
}


@pytest.mark.parametrize("case", origin_rows(BATCHES, KNOWN))
def test_origin_conventions(extractor: Extractor, scorer: ModuleType, case: tuple) -> None:
    check_origin(extractor, scorer, *case)


if __name__ == "__main__":
    origin_report(
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[3] / "shared", BATCHES
    )
