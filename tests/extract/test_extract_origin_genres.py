"""Origin on unseen article genres, in blind batches of invented stories (people, outlets,
firms and figures invented; institutions real or invented). The shapes exercised are ones
the earlier origin batches never met: the attribution closing a long sentence or standing
in the next one ("..., the report said.", "That is according to ..."), a report's
publisher against its author ("a report by the Committee for Human Rights in North Korea,
written by ..."), nested attribution ("X told Y that Z estimated": Z first stated it), the
outlet itself when nothing else is named ("Daily NK has learned": null), government bodies
(NIS, Unification Ministry, UN Panel of Experts, State Department, Japanese and Russian
ministries), think tanks, anonymous sources ("a source in Rason", "a diplomat"), headline
figures, and an origin carried on to a later figure of the same paragraph. Each batch's
expected claims were committed before the extractor was run on it.

| batch | first run (found, origin, scope/basis) | after fixes |
|---|---|---|
| G1 | 12/14, 10/12, 11/12 (13/14, 10/13, 13/13 *) | 13/14, 13/13, 13/13 |
| G2 | 13/15, 7/13, 13/13 | 13/15, 13/13, 13/13 |
| G3 | 13/13, 11/13, 11/13 (13/13, 11/13, 13/13 *) | 13/13, 13/13, 13/13 |

(*) by the expectations corrected after the run (noted at the batch).

Format as ``test_extract_origin_conventions.py``: ``@ publisher``, one line per expected
claim (``<count>@<dests> <scope> <origin>`` or ``$<kind>:<low>[-<high>] <basis>
<origin>``, ``-`` for null), ``|`` and the text; " // " ends the headline.

``python tests/extract/test_extract_origin_genres.py`` prints each batch's figures.
"""

from __future__ import annotations

import sys

try:
    from .tables import origin_script, origin_test
except ImportError:  # run as a script
    from tables import origin_script, origin_test  # type: ignore[no-redef]

BATCHES: dict[str, str] = {}

# --- batch G1, written blind: attribution at the end of a long sentence or in the next
# one, a report's publisher and author, nested attribution, the outlet's own reporting,
# government bodies, think tanks, anonymous sources, a headline figure, an origin carried
# on to a later figure.
# First run: found 12/14, origin 10/12, scope 11/12 (13/14, 10/13, 13/13 by the two
# expectations corrected after the run: "At least 10,000" is a floor, >10000, a notation
# slip; "a seafood plant in Hunchun" is one workplace, site). Fixed: "That is according to
# the Asan Institute ..., a Seoul think tank" (an unknown body named in the sentence after
# the figure); "A report by the Committee for ..., written by the researcher ..., found"
# (a participial aside naming the writer of a document whose publisher is named: the
# publisher); "A lawmaker ... told reporters that the National Intelligence Service
# estimated" (a known body inside a "that" clause stated the figure first).
BATCHES["G1"] = """
@ example-eastasiapost.com
3500@RU country UN Panel of Experts
| North Korea kept sending labourers abroad despite the ban, and roughly 3,500 of them were
  still working on building sites and in sawmills across Russia at the end of 2023, the
  report by the UN Panel of Experts said.
@ example-koreawatch.org
6000@CN country Committee for Human Rights in North Korea
| A report by the Committee for Human Rights in North Korea, written by the researcher
  Daniel Whitcombe, found that about 6,000 North Korean women were working in garment
  factories in China.
@ dailynk.com
400@RU city -
| Daily NK has learned that about 400 North Korean construction workers were sent to the
  city of Vladivostok in April.
@ dailynk.com
150@CN site Daily NK source
| Some 150 North Korean workers left a seafood plant in Hunchun last month, a source in
  Rason told Daily NK on Monday.
@ example-seoulobserver.com
2000@RU country South Korea NIS
| A lawmaker on the intelligence committee told reporters that the National Intelligence
  Service estimated 2,000 North Korean workers had gone to Russia this year.
@ example-gulfnews-wire.com
1200@AE country unnamed diplomat
| About 1,200 North Korean labourers remain in the United Arab Emirates, a diplomat in Abu
  Dhabi said, asking not to be named.
@ example-tokyo-herald.com
250@JP country Japanese government
| Japan's Ministry of Foreign Affairs said about 250 North Koreans had worked in Japan on
  trainee visas before the programme was closed.
@ example-policyreview.org
>10000@RU country Asan Institute for Policy Studies
| At least 10,000 North Korean workers are now in Russia. That is according to the Asan
  Institute for Policy Studies, a Seoul think tank, which published its estimate on Friday.
@ example-washingtonledger.com
>100000@M49:001 world US State Department
| The U.S. State Department said in its annual trafficking report that more than 100,000
  North Koreans were working abroad under forced labour conditions.
@ example-unificationnews.com
1000@CN country South Korea Ministry of Unification
500@RU country South Korea Ministry of Unification
| The Unification Ministry said about 1,000 North Korean workers had returned from China
  since the border reopened. Another 500 had come back from Russia, it said.
@ example-frontierdaily.com
20000@RU country Russian Interior Ministry
| 20,000 North Koreans entered Russia last year, ministry data show // Some 20,000 North
  Koreans entered Russia last year, according to data from Russia's Interior Ministry,
  most of them on student visas.
@ example-beijingmonitor.com
800@CN city Radio Free Asia source
| About 800 North Korean workers are employed in fish processing plants in Dandong, a
  resident of the city told Radio Free Asia.
@ example-siberiaherald.com
300@RU region Russian government
| Russian officials said 300 North Korean workers were employed on farms in the Amur
  region, up from 120 two years earlier.
"""

# --- batch G2, written blind after G1's fixes: a nested speaker unknown to origins.yaml,
# a report's title beside its publisher, sources of "this newspaper", the outlet confirming
# itself, a body's figures carried on to a later sentence, headline figures, ministries
# named at the end of a long sentence.
# First run: found 13/15, origin 7/13, scope 13/13. Fixed: "told the newspaper that the
# Sejong Institute estimated" (a nested speaker unknown to origins.yaml, an organisation by
# its head word); 'A report titled "Invisible Hands" by the ... Alliance ... found' (the
# agent after a quoted title); "Sources told this newspaper" on dailynk.com (the house's
# sources, "Daily NK source"); "NK Wire has confirmed" on example-nkwire.com (the publisher
# naming itself, its site's hyphenated parts joined); "Some 1,500 more work in Russia" (an
# added figure goes on with the source before it); "The State Department's annual human
# rights report, released on Wednesday, estimated" (a participial aside after a long
# subject). The two not found are count misses (strict xfails).
BATCHES["G2"] = """
@ example-koreatimes-wire.com
5000@CN country Sejong Institute
| Park Jin-soo, a former diplomat, told the newspaper that the Sejong Institute estimated
  5,000 North Korean workers were still employed in Chinese textile plants.
@ example-humanrightsdigest.org
700@PL country Citizens' Alliance for North Korean Human Rights
| A report titled "Invisible Hands" by the Seoul-based Citizens' Alliance for North Korean
  Human Rights found that about 700 North Korean welders had worked in Polish shipyards.
@ dailynk.com
900@RU country Daily NK source
| Sources told this newspaper that about 900 North Korean loggers had been sent to Russia
  over the winter.
@ example-nkwire.com
600@KH country -
| NK Wire has confirmed that some 600 North Korean workers are employed in restaurants and
  on building sites in Cambodia.
@ example-unificationdaily.com
4000@CN country KINU
1500@RU country KINU
| According to the Korea Institute for National Unification, about 4,000 North Korean
  workers are in China. Some 1,500 more work in Russia, mostly in construction.
@ example-seoul-morning.com
3000@RU country South Korea NIS
| Spy agency says 3,000 North Korean workers sent to Russia // South Korea's National
  Intelligence Service said on Thursday that the North had dispatched about 3,000 workers
  to Russia since March.
@ example-tokyo-ledger.com
180@JP country Japanese government
| About 180 North Korean nationals were found working without permits at fish farms and
  construction sites across the country last year, Japan's Ministry of Health, Labour and
  Welfare said in a statement on Tuesday.
@ example-capitolreport.com
>50000@M49:001 world US State Department
| The State Department's annual human rights report, released on Wednesday, estimated that
  more than 50,000 North Koreans were working abroad.
@ example-mekongtimes.com
1000@LA country UN Panel of Experts
300@KH country UN Panel of Experts
| In its latest report, the UN Panel of Experts said 1,000 North Koreans worked in Laos.
  The panel also found 300 in Cambodia.
@ example-stimsonwatch.org
2500@RU region Stimson Center
| Satellite imagery shows new dormitories in the Amur region, where some 2,500 North Korean
  workers now live, according to estimates by the Stimson Center.
@ rfa.org
120@RU city Radio Free Asia source
| About 120 North Korean workers were sent from Rason to the city of Nakhodka in May, a
  source in Rason said.
@ example-genevapost.com
450@AE country unnamed diplomat
| A diplomat said on Friday that 450 North Korean labourers were still working in the United
  Arab Emirates.
@ example-moscowherald.com
800@RU country Russian government
| Russia's Ministry of Foreign Affairs said in a written reply to questions from this
  newspaper that about 800 North Korean students and workers were currently in the country.
"""

# --- batch G3, written blind after G2's fixes: a report named in the sentence before
# "..., the report said.", a cataphoric known body, nested speakers (a state's ministry, a
# researcher), a source telling RFA on another site, the US Treasury, a source-prefixed
# headline, a think tank's possessive, a figure added after a source, the outlet's own
# reporting, Tokyo's ministry, a diplomat telling a wire.
# First run: found 13/13, origin 11/13, scope 11/13 (13/13 by the two expectations
# corrected after the run: "a Laos-based firm employed about 150 ... at its construction
# sites" is one firm's group, and "250 ... arrived ... by ship" one shipment, both site by
# the spec's table). Fixed: "A further 700 work in Mongolia" (an additive opener goes on
# with the source before it); "told reporters that the researcher Choi Min-ho estimated"
# (a nested speaker who is a person, by a proper name).
BATCHES["G3"] = """
@ example-laborbrief.org
2200@MN country Korea Labour Rights Network
| The Korea Labour Rights Network published its annual survey on Monday. Around 2,200 North
  Korean workers remain in Mongolia despite the sanctions, the report said.
@ example-peninsulatoday.com
30000@RU country South Korea Ministry of Unification
| Roughly 30,000 North Koreans now work in Russia. That is according to South Korea's
  Unification Ministry.
@ example-vladnews.com
1100@RU region Russian government
| An official told reporters that Russia's Ministry for the Development of the Far East
  counted 1,100 North Korean workers in Primorsky Krai last year.
@ example-borderwatch.com
350@CN city Radio Free Asia source
| About 350 North Korean seamstresses work in garment factories in Dandong, a source in
  Sinuiju told Radio Free Asia.
@ example-sanctionsnews.com
150@LA site US Treasury
| The U.S. Treasury said a Laos-based firm employed about 150 North Korean workers at its
  construction sites in Vientiane.
@ example-asiadesk.com
4000@RU country UN Panel of Experts
| UN panel: 4,000 North Koreans still working in Russia // The annual report was submitted
  to the Security Council on Tuesday.
@ example-economywatch.com
35000@CN country Korea Development Institute
| The Korea Development Institute's latest estimate puts the number of North Korean workers
  in China at 35,000.
@ example-seoulnews.com
3000@RU country South Korea NIS
700@MN country South Korea NIS
| According to the National Intelligence Service, 3,000 North Korean workers are in Russia.
  A further 700 work in Mongolia.
@ nknews.org
250@RU site -
| NK News has learned that 250 North Korean workers arrived in the city of Vladivostok by
  ship last week.
@ example-japanherald.com
90@JP country Japanese government
| Tokyo's Justice Ministry said 90 North Koreans had been working illegally in Japan.
@ example-analysis.com
900@KW country Choi Min-ho
| Lee Sang-woo told reporters that the researcher Choi Min-ho estimated 900 North Korean
  labourers were working in Kuwait.
@ example-worldwire.com
200@VN country AP source
| About 200 North Korean workers remain in Vietnam, a Western diplomat in Hanoi told The
  Associated Press.
"""

# Claims still wrong, as strict xfails: "<batch>-<article>-<claim>" -> reason.
KNOWN: dict[str, str] = {
    "G1-10-0": "count: 'Some 20,000 North Koreans entered Russia last year' (entrants the"
    " text does not call workers) is no worker claim (the count stage; the expectation is"
    " doubtful, the origin stage not involved)",
    "G2-06-0": "count: 'About 180 North Korean nationals were found working without permits'"
    " is no worker claim (nationals found working; the count stage, not origin)",
    "G2-12-0": "count: 'about 800 North Korean students and workers' (a mixed group) is no"
    " worker claim (the count stage; the expectation is doubtful by the spec)",
}


test_origin_genres = origin_test(BATCHES, KNOWN)

if __name__ == "__main__":
    origin_script(__file__, sys.argv, BATCHES)
