"""Origin names on unseen articles, in blind batches of invented stories (people, outlets
and figures invented; institutions real or invented): the scorer compares origins exactly
after lower-casing, punctuation to spaces and the aliases of ``../tools/origins.json``, so
the words kept for a body or person decide. Exercised: canonical bodies of origins.json
phrased unusually ("the South's spy agency", "the Russian Ministry of Internal Affairs",
"the U.S. Treasury's Office of Foreign Assets Control", "Radio Free Asia's Korean
service"), bodies origins.json lacks (named as written, without the article), people with
titles, outlets citing outlets, anonymous sources, the outlet's own count (null), and the
speaker named in the sentence before. Each batch's expected claims were committed before
the extractor was run on it.

| batch | first run (found, origin, scope/basis) | after fixes |
|---|---|---|
| N1 | 18/19, 17/18, 18/18 | 18/19, 18/18, 18/18 |
| N2 | 15/16, 13/15, 15/15 | 15/16, 15/15, 15/15 |
| N3 | 10/13, 8/10, 9/10 (10/10 *) | 10/13, 10/10, 10/10 |

The claims not found are destination or count misses (strict xfails), not origin. (*) by the
expectation corrected after the run (noted at its batch).

Format as ``test_extract_origin_conventions.py``: ``@ publisher``, one line per expected
claim (``<count>@<dests> <scope> <origin>`` or ``$<kind>:<low>[-<high>] <basis>
<origin>``, ``-`` for null), ``|`` and the text.

``python tests/extract/test_extract_origin_naming.py`` prints each batch's figures.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from laborwatch.extract.pipeline import Extractor

try:
    from .tables import check_origin, origin_claims, origin_report, origin_rows
except ImportError:  # run as a script
    from tables import (  # type: ignore[no-redef]
        check_origin,
        origin_claims,
        origin_report,
        origin_rows,
    )

BATCHES: dict[str, str] = {}

# --- batch N1, written blind. First run: found 18/19, origin 17/18, scope 18/18. Fixed:
# "the Martyr Omar Al-Mansour University Hospital" ... "Al-Mansour University Hospital said"
# (an unknown body by the shortest full name the article writes for it). The miss is the
# destination stage's (a strict xfail).
BATCHES["N1"] = """
@ example-seoulbrief.com
2000@RU country South Korea NIS
| The South's spy agency told lawmakers on Tuesday that some 2,000 North Korean workers had
  been sent to Russia since January.
@ example-peninsula.net
10000@CN country NKDB
| About 10,000 North Korean labourers work in Chinese seafood plants, the Seoul-based
  Database Center for North Korean Human Rights said in a report.
@ example-tribune.com
13000@RU country Russian Interior Ministry
| According to data from the Russian Ministry of Internal Affairs, some 13,000 North Korean
  workers entered Russia last year to take up jobs.
@ example-capitalwire.com
>300@RU city AP source
| At least 300 North Korean workers arrived in the port city of Vladivostok in March, two
  people with knowledge of the shipments told The Associated Press.
@ example-gulftimes.com
1500@QA country Human Rights Watch
| Human Rights Watch said roughly 1,500 North Korean labourers were working on construction
  projects in Qatar.
@ example-hospitalnews.com
45@LY site Al-Mansour University Hospital
| Some 45 North Korean nurses and doctors work at the Martyr Omar Al-Mansour University
  Hospital in Benghazi, according to the hospital's director. Al-Mansour University
  Hospital said the team had arrived in 2019 under a contract with a Pyongyang agency.
@ example-kyiv-daily.com
3000@RU country Lim Eul-chul
| Professor Lim Eul-chul of Kyungnam University said about 3,000 North Korean workers had
  been sent to Russia this year.
@ example-nkwatch.org
800@MN country Asahi Shimbun
| NK Pro, citing Japan's Asahi Shimbun, reported that 800 North Korean workers were
  employed in Mongolia.
@ example-beijingbrief.com
5000@CN country unnamed diplomatic source
| A diplomatic source in Beijing said about 5,000 North Korean workers had returned home
  from China since the summer.
@ example-mongolnews.mn
120@MN city -
| This newspaper counted about 120 North Korean workers at three construction sites in
  Ulaanbaatar last week.
@ example-seoul-econ.com
$revenue:500000000 total South Korea Ministry of Unification
| Seoul's Ministry of Unification estimated in a report to parliament that North Korea
  earns $500 million a year from its workers abroad.
@ example-rfa-relay.com
200@RU site Radio Free Asia source
| A construction manager in Khabarovsk told Radio Free Asia's Korean service that 200 North
  Korean workers had arrived at his site.
@ example-treasurywatch.com
$revenue:250000000 total US Treasury
| The U.S. Treasury's Office of Foreign Assets Control said North Korean IT workers abroad
  earned about $250 million a year for the regime.
@ example-eurasia.com
12000@RU country Russian government
| Russian Labour Minister Anton Kotyakov said 12,000 North Korean workers were employed in
  Russia.
@ example-dprk-today.com
700@LA country Chosun Ilbo
| South Korea's Chosun Ilbo newspaper reported that about 700 North Korean workers had been
  sent to Laos.
@ example-vietnam-news.com
1200@VN country International Labour Organization
| The International Labour Organization (ILO) estimates that 1,200 North Korean workers
  remain in Vietnam despite sanctions.
@ example-nkdaily.com
2500@RU region Kim Song-il
| Kim Song-il, a defector who worked in Russian logging camps until 2018, spoke at a forum
  in Seoul on Friday. About 2,500 North Koreans were still cutting timber in Amur Oblast
  when he left, he said.
@ example-unwatch.org
50000@M49:001 world UN Special Rapporteur
| North Korea has about 50,000 workers abroad, according to a report by the UN special
  rapporteur on human rights in North Korea.
@ example-ittimes.com
4000@CN country US government
| Some 4,000 North Korean IT workers are based in China, U.S. officials said.
"""

# --- batch N2, written blind after the fixes of N1, to test the naming convention on fresh
# wording: honorifics and shorter mentions of an unknown body, a state's inspectorate, an
# outlet described by its kind, a body's report by a possessive, titles before a name, an
# acronym in brackets, canonical bodies phrased unusually, relays, unnamed sources, nulls.
# First run: found 15/16, origin 13/15, scope 15/15 (one notation slip corrected after the
# run: "At least 5,000" is ">5000"). Fixed: "Lithuania's State Labour Inspectorate" is the
# "Lithuanian ..." (the state's adjective, places.state_adjectives, not its common name);
# "a Gulf official told The Associated Press" (a regional qualifier before the source noun:
# "AP source"); "hired by the Dr. Khalifa Benghazi Heart Centre, according to its
# director" (the organisation the sentence names; the claim itself a destination xfail).
BATCHES["N2"] = """
@ example-sahelnews.com
30@LY site Al-Hawari General Hospital
| Thirty North Korean doctors and nurses are working at the Shaheed Salem Al-Hawari General
  Hospital in Tripoli, the hospital said in a statement on Sunday.
@ example-clinicwatch.org
60@LY site Benghazi Heart Centre
| About 60 North Korean medical staff were hired last year by the Dr. Khalifa Benghazi Heart
  Centre, according to its director. Benghazi Heart Centre did not say how much they earn.
@ example-balticpost.com
25@LT site Lithuanian State Labour Inspectorate
| Lithuania's State Labour Inspectorate said it had found 25 North Korean welders at a
  shipyard in Klaipeda.
@ example-caucasus.com
400@RU city Interfax
| About 400 North Korean builders are working in Moscow, the Russian news agency Interfax
  reported on Wednesday.
@ example-labourrights.org
2000@RU country International Labour Organization
| Some 2,000 North Korean workers are employed in Russia in breach of sanctions, according
  to the International Labour Organization's latest estimates.
@ example-capitolwatch.com
3000@CN country Rita Hammond
| Senator Rita Hammond said on Thursday that 3,000 North Korean IT workers were operating
  from China.
@ example-ngo-digest.org
1000@AE country Citizens' Alliance for North Korean Human Rights
| About 1,000 North Korean workers remain in the United Arab Emirates, the Citizens'
  Alliance for North Korean Human Rights (NKHR) said in a report on Monday.
@ example-koreanwire.com
20000@RU country South Korea NIS
| Seoul's spy service told a parliamentary committee that some 20,000 North Korean workers
  had been sent to Russia since 2023.
@ example-unwatch.net
>5000@CN country UN Panel of Experts
| At least 5,000 North Korean workers are still in China, the U.N. expert panel said in a
  report seen by this newspaper.
@ example-fbi-watch.com
$revenue:88000000 total US Justice Department
| North Korean IT workers earned at least $88 million over six years, the Federal Bureau of
  Investigation said on Thursday.
@ example-borderdaily.com
150@CN city Radio Free Asia source
| A Chinese businessman in Dandong told RFA's Korean service that 150 North Korean women had
  started work at seafood plants in the city.
@ example-seoul-times.com
800@KH country -
| About 800 North Korean workers are believed to be in Cambodia, mostly in restaurants and
  on building sites.
@ example-dprkwatch.com
300@RU country North Korean Foreign Ministry
| North Korea's Foreign Ministry said 300 of its workers had returned from Russia after
  their contracts ended.
@ example-eurasiareview.com
1800@RU region Oksana Belova
| Oksana Belova, an economist at the Higher School of Economics in Moscow, has studied the
  labour market in the Far East for a decade. She estimates that 1,800 North Koreans work
  in Primorsky Krai.
@ example-seoulbrief.com
$wage:700 gross South Korea Ministry of Unification
| Russian employers pay about $700 a month per North Korean worker, according to a report
  the South's unification ministry submitted to lawmakers.
@ example-gulfwatch.com
5000@QA country AP source
| Qatar hosts about 5,000 North Korean labourers, a Gulf official told The Associated Press,
  speaking on condition of anonymity.
"""

# --- batch N3, written blind after the fixes of N2 and of the dev-folds errors (defined
# terms of a document, joint issuers, court documents): longer stories whose figure's
# source stands in another sentence, law-firm and NGO styles, a body's document by a
# possessive, unnamed sources of several kinds, and the outlet's own figures.
# First run: found 10/13, origin 8/10, scope or basis 9/10 (10/10 by the one expectation
# corrected after the run: a state's share has basis state_take, the project's convention;
# the three not found are destination or count misses, strict xfails). Fixed: 'an updated alert (the
# "2025 IT Worker Alert")' (a defined term opening with a digit and "the"); "The Tomsk
# Oblast administration" (a region's administration is its government); "Japan's Kyodo
# News agency" (a kind noun after an outlet's name, not a state's agency).
BATCHES["N3"] = """
@ example-compliancewatch.com
v3@M49:001 world US Treasury
| On March 3, the U.S. Department of the Treasury, the Department of State and the FBI
  published an updated alert (the "2025 IT Worker Alert") for employers. The 2025 IT Worker
  Alert explains that thousands of North Korean IT workers pose as foreign freelancers.
@ example-lawreview.com
>400@US country US Justice Department
| The Justice Department announced charges on Friday against a Maryland man. According to
  the criminal complaint, he helped more than 400 North Korean IT workers get jobs at US
  companies.
@ example-gulf-herald.com
2500@AE country Human Rights Watch
| Human Rights Watch published a report on migrant labour in the Gulf on Monday. The
  report says some 2,500 North Korean workers are employed in the United Arab Emirates.
@ example-siberiatimes.com
700@RU region Tomsk Oblast government
| The Tomsk Oblast administration said 700 North Korean workers were employed in the
  region, most of them on building sites.
@ example-danube.com
90@RO site Romanian Labour Inspectorate
| Romania's Labour Inspectorate said it had found 90 North Korean workers at a shipyard in
  Constanta during checks last month.
@ example-nkleaks.org
6000@CN region Kim Hae-won
| Kim Hae-won, who managed a textile factory in Dandong until 2020, said in an interview
  that about 6,000 North Korean women worked in garment factories in Liaoning province.
@ example-mongoliadaily.mn
350@MN country -
| About 350 North Korean workers remained in Mongolia at the end of last year, according
  to figures compiled by this newspaper from hiring records.
@ example-tokyo-wire.com
1000@JP country Kyodo News
| About 1,000 North Koreans were working illegally in Japan, Japan's Kyodo News agency
  reported on Saturday.
@ example-africabrief.com
200@GQ country UN Panel of Experts
| North Korea still has about 200 workers in Equatorial Guinea, the U.N. Security Council's
  panel of experts said in its latest report.
@ example-frontier.com
1500@RU city unnamed officials
| Local officials in Vladivostok said about 1,500 North Korean workers were employed in the
  city's construction sector.
@ example-seoul-daily.com
$state_share:70 state_take KINU
| The state takes about 70 percent of what its workers earn abroad, according to a 2024
  study by the Korea Institute for National Unification (KINU).
@ example-moscowwire.com
4000@RU country Russian government
| Russia's Ministry of Labour and Social Protection said 4,000 permits had been issued to
  North Korean workers this year.
@ example-nkpro.com
12000@CN country Jang Ho-jin
| Jang Ho-jin, a research fellow at the Hudson Institute, said in a telephone interview that
  about 12,000 North Korean workers were still in China.
"""

# Claims still wrong, as strict xfails: "<batch>-<article>-<claim>" -> reason.
KNOWN: dict[str, str] = {
    "N1-11-0": "destination: '200 North Korean workers had arrived at his site' is counted, but"
    " 'a construction manager in Khabarovsk' (the speaker's place) gives it no destination"
    " (as C6-01-0 of test_extract_origin_conventions.py; the destination stage, not origin)",
    "N2-01-0": "destination: 'hired last year by the Dr. Khalifa Benghazi Heart Centre' is"
    " counted, but the city inside the centre's name gives it no destination (the"
    " destination stage; its origin, 'according to its director', is the centre)",
    "N3-00-0": "destination: 'thousands of North Korean IT workers pose as foreign"
    " freelancers' names no place (expected world, as the fitted gold's 'around the world';"
    " the destination stage; its origin, the alert's first issuer, is right)",
    "N3-01-0": "destination: 'get jobs at US companies' (remote IT work) gives no destination"
    " (the destination stage; its origin, 'the criminal complaint', is right)",
    "N3-11-0": "count: '4,000 permits had been issued to North Korean workers' is no worker"
    " claim (permits the text does not call workers, by the spec; the expectation is"
    " doubtful, the origin stage not involved)",
}


@pytest.mark.parametrize("case", origin_rows(BATCHES, KNOWN))
def test_origin_naming(extractor: Extractor, scorer: ModuleType, case: tuple) -> None:
    check_origin(extractor, scorer, *case)


# Every canonical name of ../tools/origins.json reached from natural phrasings of it (its
# aliases, possessives, dotted and undotted abbreviations, "the South's", "Seoul's"), as the
# subject of "said", after "according to" and before a closing ", ... said".
PHRASINGS: dict[str, list[str]] = {
    "UN Panel of Experts": [
        "the UN's panel of experts",
        "a U.N. Security Council panel",
        "the U.N. Panel of Experts on North Korea",
        "U.N. sanctions monitors",
        "the Security Council's 1718 Committee Panel of Experts",
        "UN sanctions experts",
        "the UN Security Council's panel of experts",
        "the U.N. expert panel",
    ],
    "MSMT": [
        "the Multilateral Sanctions Monitoring Team (MSMT)",
        "the MSMT",
        "the 11-nation Multilateral Sanctions Monitoring Team",
    ],
    "UN Special Rapporteur": [
        "the U.N. special rapporteur",
        "Marzuki Darusman",
        "Tomas Ojea Quintana, the UN special rapporteur",
        "the UN special rapporteur on human rights in North Korea",
    ],
    "South Korea NIS": [
        "Seoul's National Intelligence Service",
        "the South's spy agency",
        "South Korea's NIS",
        "the National Intelligence Service (NIS)",
        "South Korean intelligence officials",
        "Seoul's spy service",
        "South Korea's main spy agency",
        "Seoul’s intelligence service",
    ],
    "South Korea Ministry of Unification": [
        "South Korea's Unification Ministry",
        "the South's unification ministry",
        "Seoul's Ministry of Unification",
        "the South Korean Unification Ministry",
    ],
    "KINU": [
        "the Korea Institute for National Unification (KINU)",
        "KINU",
        "the state-run Korea Institute for National Unification",
        "researchers at KINU",
    ],
    "Radio Free Asia source": [
        "an RFA source",
        "Radio Free Asia (RFA)",
        "the U.S.-funded Radio Free Asia",
        "sources who spoke to Radio Free Asia",
    ],
    "Russian Interior Ministry": [
        "Russia's MVD",
        "the Russian Ministry of Internal Affairs",
        "Russia's interior ministry",
        "Russian migration statistics",
    ],
    "Russian government": [
        "the Kremlin",
        "Russian officials",
        "a Russian official",
        "Russian ambassador Alexander Matsegora",
        "Moscow",
    ],
    "US State Department": [
        "the U.S. State Department",
        "the annual TIP report",
        "the State Department's annual Trafficking in Persons report",
        "the US Department of State",
    ],
    "US Treasury": [
        "the U.S. Treasury",
        "OFAC",
        "the Office of Foreign Assets Control (OFAC)",
        "the U.S. Department of the Treasury",
    ],
    "US Justice Department": [
        "the U.S. Justice Department",
        "the Department of Justice",
        "the FBI",
        "the Federal Bureau of Investigation",
        "US prosecutors",
    ],
    "NKDB": ["the Database Center for North Korean Human Rights (NKDB)", "the Seoul-based NKDB"],
    "Leiden Asia Centre": ["the Leiden Asia Centre", "researchers at Leiden University"],
    "KCNA": [
        "the Korean Central News Agency",
        "the North's KCNA",
        "the North Korean state media",
        "North Korea's official Korean Central News Agency",
    ],
    "United Nations": ["the U.N.", "the United Nations", "a UN report"],
    "US government": [
        "U.S. officials",
        "Washington",
        "US government officials",
        "American officials",
    ],
    "AP": ["The Associated Press", "the AP"],
    "Yonhap": ["Yonhap News Agency", "South Korea's Yonhap news agency"],
    "Chosun Ilbo": ["the Choson Ilbo", "South Korea's Chosun Ilbo newspaper"],
}
FRAMES = (
    "{A} said about 5,000 North Korean workers were in Kuwait.",
    "About 5,000 North Korean workers are in Kuwait, according to {a}.",
    "About 5,000 North Korean workers are in Kuwait, {a} said.",
)


@pytest.mark.parametrize(
    ("canonical", "phrase", "frame"),
    [(c, p, f) for c, phrases in PHRASINGS.items() for p in phrases for f in FRAMES],
)
def test_origin_reaches_every_canonical_name(
    extractor: Extractor, scorer: ModuleType, canonical: str, phrase: str, frame: str
) -> None:
    text = frame.format(A=phrase[:1].upper() + phrase[1:], a=phrase)
    claims = origin_claims(extractor, "example-x.com", text)
    # by the count alone: a speaker's place taken as a destination is the destination stage's
    claim = next((c for key, c in claims.items() if key[0] == (5000.0, 5000.0)), None)
    assert claim is not None, sorted(map(repr, claims))
    assert scorer.origin_key(claim.origin) == scorer.origin_key(canonical), claim.origin


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        # a clause the writer adds to a place: the outlet's background (the fitted gold's null)
        (
            "Diplomats said on Friday that Oman had told the embassy to cut its staff in the"
            " country, which hosts around 800 North Korean workers.",
            None,
        ),
        (
            "Poland, which hosted some 400 North Korean welders until 2018, told the UN it had"
            " issued no new permits.",
            None,
        ),
        (
            "They were sent to Hunchun, where about 1,000 North Koreans already worked, Chinese"
            " police said.",
            "Chinese government",
        ),
        # the figure the speaker states, before the clause on the place
        (
            "About 800 North Korean workers remain in Oman, which hosts many migrants, a"
            " diplomat said.",
            "unnamed diplomat",
        ),
    ],
)
def test_origin_of_a_background_clause(
    extractor: Extractor, scorer: ModuleType, text: str, origin: str | None
) -> None:
    claims = origin_claims(extractor, "example-x.com", text)
    [claim] = claims.values()
    assert scorer.origin_key(claim.origin) == scorer.origin_key(origin), claim.origin


if __name__ == "__main__":
    origin_report(
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[3] / "shared", BATCHES
    )
