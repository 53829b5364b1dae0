"""The grammar of status on English reporting the rules were not written on.

A challenge set of sentences written for these tests (none comes from ../shared): each
is read after a neutral lead sentence, and the status is the one an annotator following
../shared/spec/claims.md would give the figure. The sentences vary tense and aspect,
voice, descriptive participles, modals, inflected return verbs, negation, reported
speech, headlines, baselines of changes and the sentence before. The first batch was
written before any change to the rules; the second, third and fourth were each written
before the extractor was run on them (a blind check of how far the rules generalise),
then the phenomena they showed were fixed in general.
"""

from __future__ import annotations

import pytest

from laborwatch.model import Document

LEAD = "North Korea sends workers abroad to earn hard currency for the regime. "

CHALLENGE: list[tuple[str, float, str]] = [
    # --- plans: future, intention, agreement, schedule ---------------------------------
    ("Russia will take in 5,000 North Korean construction workers next year.", 5000, "planned"),
    ("Russia to take in 5,000 North Korean workers", 5000, "planned"),
    ("Pyongyang plans to send 3,000 workers to building sites in Vladivostok.", 3000, "planned"),
    (
        "Some 1,200 North Korean labourers are set to arrive in Moscow in the spring.",
        1200,
        "planned",
    ),
    ("The two governments agreed to send 800 North Korean workers to Laos.", 800, "planned"),
    (
        "About 2,000 North Korean workers are expected to join projects in Kazakhstan.",
        2000,
        "planned",
    ),
    (
        "The ministry said it would send 1,500 North Korean builders to the region.",
        1500,
        "planned",
    ),
    (
        "A further 600 North Korean workers are due to reach Mongolia by December.",
        600,
        "planned",
    ),
    (
        "Under the deal, 4,000 North Korean workers are to be employed on farms in Primorye.",
        4000,
        "planned",
    ),
    (
        "The company intends to hire 300 North Korean seamstresses for its plant in China.",
        300,
        "planned",
    ),
    ("Some 700 North Korean workers will build apartment blocks in Siberia.", 700, "planned"),
    ("Laos is going to receive 500 North Korean workers this autumn.", 500, "planned"),
    (
        "Another 2,000 North Korean workers will be dispatched to the Far East next year.",
        2000,
        "planned",
    ),
    ("China set to accept 3,000 more North Korean workers", 3000, "planned"),
    ("Up to 2,000 North Korean workers could be sent to Russia under the accord.", 2000, "planned"),
    (
        "A source said Pyongyang would dispatch 1,000 more workers to Russia.",
        1000,
        "planned",
    ),
    ("Around 1,000 North Korean labourers would help rebuild the city.", 1000, "planned"),
    (
        "The 2,000 North Korean workers promised to Russia have not yet arrived.",
        2000,
        "planned",
    ),
    # --- recruiting: selection, training, waiting ------------------------------------
    (
        "North Korean authorities are selecting 2,000 workers for jobs in Russia.",
        2000,
        "recruiting",
    ),
    (
        "About 500 North Korean workers are being trained in Pyongyang before leaving for Russia.",
        500,
        "recruiting",
    ),
    (
        "Some 1,000 North Koreans are awaiting departure to building sites in Russia.",
        1000,
        "recruiting",
    ),
    (
        "About 400 North Korean workers are being screened for jobs in Russia.",
        400,
        "recruiting",
    ),
    # --- dispatched: flows in a period, active and passive -----------------------------
    ("North Korea sent 2,500 workers to Russia last year.", 2500, "dispatched"),
    ("About 900 North Korean workers arrived in Vladivostok in March.", 900, "dispatched"),
    (
        "In 2023, roughly 1,600 North Korean labourers entered Russia on student visas.",
        1600,
        "dispatched",
    ),
    ("Pyongyang dispatched 400 workers to Equatorial Guinea in the spring.", 400, "dispatched"),
    ("Some 300 North Korean workers were flown to Moscow last month.", 300, "dispatched"),
    ("Russia received 1,100 North Korean workers in the first quarter.", 1100, "dispatched"),
    (
        "More than 2,000 North Korean workers have been deployed to building sites in Russia "
        "this year.",
        2000,
        "dispatched",
    ),
    ("Some 150 North Korean seamstresses travelled to Dandong in January.", 150, "dispatched"),
    ("North Korea sends 1,000 workers to Russian building sites", 1000, "dispatched"),
    ("China took in 2,000 North Korean workers last year.", 2000, "dispatched"),
    ("Over 5,000 North Korean workers have arrived in Russia since January.", 5000, "dispatched"),
    (
        "Seoul's spy agency said North Korea had sent 15,000 workers to Russia.",
        15000,
        "dispatched",
    ),
    (
        "Last year 700 North Korean workers crossed the border into China.",
        700,
        "dispatched",
    ),
    # --- present: stocks, in any tense ------------------------------------------------
    (
        "About 4,000 North Korean workers are employed in Chinese seafood factories.",
        4000,
        "present",
    ),
    ("Some 20,000 North Koreans are working in Russia, the report said.", 20000, "present"),
    (
        "An estimated 2,000 North Korean labourers remain in Kuwait despite the sanctions.",
        2000,
        "present",
    ),
    ("There are still around 1,000 North Korean workers in Mongolia.", 1000, "present"),
    ("The shipyard in Poland employs 120 North Korean welders.", 120, "present"),
    (
        "Around 3,000 North Korean workers sent to Russia last year went on strike over "
        "unpaid wages.",
        3000,
        "present",
    ),
    (
        "The 500 North Korean workers dispatched to the Amur region complain of long hours.",
        500,
        "present",
    ),
    (
        "About 800 North Korean workers hired by a Chinese firm live in dormitories near Dandong.",
        800,
        "present",
    ),
    ("Roughly 10,000 North Korean workers were living in Russia in 2019.", 10000, "present"),
    ("In 2017 some 50,000 North Koreans worked in Russia.", 50000, "present"),
    ("Some 2,000 North Korean workers in Qatar earn about $500 a month.", 2000, "present"),
    ("Some 6,000 North Koreans toil on building sites across Moscow.", 6000, "present"),
    (
        "Up to 100,000 North Koreans may be working abroad, the report estimated.",
        100000,
        "present",
    ),
    ("An estimated 1,500 North Korean workers could still be in Poland.", 1500, "present"),
    (
        "The ministry said 4,000 North Korean workers were employed in the country.",
        4000,
        "present",
    ),
    (
        "About 1,000 North Korean workers have not returned home despite the deadline.",
        1000,
        "present",
    ),
    ("Some 3,000 North Korean workers never left Russia.", 3000, "present"),
    (
        "The number of North Korean workers in China reached 80,000, up from 50,000 in 2020.",
        50000,
        "present",
    ),
    (
        "The number of North Korean workers in China reached 80,000, up from 50,000 in 2020.",
        80000,
        "present",
    ),
    (
        "About 7,000 North Korean workers are now in Russia, compared with 4,000 a year ago.",
        4000,
        "present",
    ),
    ("The report counts 3,500 North Korean workers in the Russian Far East.", 3500, "present"),
    # --- repatriated: every form of the return verbs ----------------------------------
    ("China repatriated 2,000 North Korean workers in 2024.", 2000, "repatriated"),
    ("About 600 North Korean workers returned home from Kuwait last month.", 600, "repatriated"),
    (
        "Some 300 North Korean workers were sent home after their visas expired.",
        300,
        "repatriated",
    ),
    ("Russia has deported 150 North Korean workers since January.", 150, "repatriated"),
    ("More than 1,000 North Korean workers left Mongolia by the end of 2019.", 1000, "repatriated"),
    ("The UAE expelled 800 North Korean workers.", 800, "repatriated"),
    ("Around 200 North Korean restaurant staff were recalled to Pyongyang.", 200, "repatriated"),
    ("Poland is sending back 90 North Korean welders.", 90, "repatriated"),
    (
        "About 4,000 North Korean workers are returning to North Korea from China this month.",
        4000,
        "repatriated",
    ),
    (
        "Some 700 North Korean workers went back to the North after the border reopened.",
        700,
        "repatriated",
    ),
    (
        "About 1,000 North Korean workers were ordered home by the end of the year.",
        1000,
        "repatriated",
    ),
    ("1,500 North Korean workers repatriated from Russia", 1500, "repatriated"),
    ("China sends home 2,000 North Korean workers", 2000, "repatriated"),
    (
        "The last 120 North Korean workers in Malaysia departed in March.",
        120,
        "repatriated",
    ),
    ("About 300 North Korean workers were evacuated from Libya.", 300, "repatriated"),
    ("Pyongyang withdrew 1,300 workers from Kuwait.", 1300, "repatriated"),
    ("Pyongyang brought back 900 workers from Angola.", 900, "repatriated"),
    ("Officials are repatriating 450 North Korean workers.", 450, "repatriated"),
    ("Some 60 North Korean workers flew home in December.", 60, "repatriated"),
    ("Officials said 2,000 North Korean workers had returned home.", 2000, "repatriated"),
    # --- harder cases: cue words with other senses, relative clauses, split particles --
    ("Up to 3,000 North Korean workers toil in Chinese seafood plants.", 3000, "present"),
    ("Only 300 North Korean workers are left in Kuwait.", 300, "present"),
    ("The region receives about 2,000 North Korean workers every year.", 2000, "dispatched"),
    (
        "Some 1,200 North Korean workers picking apples on farms in Poland were paid little.",
        1200,
        "present",
    ),
    ("Moscow hosts some 10,000 North Korean workers.", 10000, "present"),
    (
        "At least 5,000 North Korean workers were stuck in Russia during the pandemic.",
        5000,
        "present",
    ),
    (
        "About 2,000 North Korean workers stayed on in China after the deadline.",
        2000,
        "present",
    ),
    (
        "Nearly 1,000 North Korean workers have been working illegally in Poland since 2016.",
        1000,
        "present",
    ),
    (
        "Vladivostok had about 3,000 North Korean construction workers in 2018.",
        3000,
        "present",
    ),
    ("A total of 500 North Korean workers landed in Vladivostok on Tuesday.", 500, "dispatched"),
    (
        "North Korea is quietly sending 2,000 more workers to China, sources say.",
        2000,
        "dispatched",
    ),
    (
        "Around 1,000 North Korean workers were forced to return to Pyongyang.",
        1000,
        "repatriated",
    ),
    ("Over 300 North Korean doctors were pulled out of Libya.", 300, "repatriated"),
    (
        "An estimated 800 North Korean workers headed home before the border closed.",
        800,
        "repatriated",
    ),
    ("Pyongyang is calling back 1,000 workers from the Middle East.", 1000, "repatriated"),
    (
        "The 1,000 North Korean workers who arrived last spring are building a stadium.",
        1000,
        "present",
    ),
    (
        "Some 2,000 North Korean workers who were sent to Kuwait have since come home.",
        2000,
        "repatriated",
    ),
    (
        "More than 600 North Korean workers who had lived in Mongolia returned to the North "
        "in 2019.",
        600,
        "repatriated",
    ),
    (
        "Chinese factories employed about 1,000 North Korean women until last year.",
        1000,
        "present",
    ),
    (
        "North Korea has been sending around 1,000 workers a year to Russia.",
        1000,
        "dispatched",
    ),
    (
        "In the coming months, 1,000 North Korean workers will head for Russia.",
        1000,
        "planned",
    ),
    (
        "Some 2,000 North Korean workers had been expected in Russia by June, but only 500 came.",
        2000,
        "planned",
    ),
    (
        "North Korea is recruiting 3,000 workers for logging camps in Russia.",
        3000,
        "recruiting",
    ),
    (
        "Some 800 North Korean workers who passed the screening are waiting to leave for China.",
        800,
        "recruiting",
    ),
    (
        "Russia has not sent back any of its 12,000 North Korean workers.",
        12000,
        "present",
    ),
    (
        "Russian officials said they expected 5,000 North Korean workers to arrive by autumn.",
        5000,
        "planned",
    ),
    (
        "The agency said about 1,000 North Korean workers were being readied for dispatch.",
        1000,
        "recruiting",
    ),
    ("Russia welcomes 1,200 North Korean workers", 1200, "dispatched"),
    ("5,000 North Korean workers bound for Russia", 5000, "planned"),
    ("North Korea to send 2,000 more workers to China", 2000, "planned"),
    ("Kuwait expels 300 North Korean workers", 300, "repatriated"),
    ("Mongolia sends 1,200 North Korean workers home", 1200, "repatriated"),
    ("Officials sent 250 North Korean workers back to Pyongyang in June.", 250, "repatriated"),
    (
        "Some 12,000 North Koreans work in Russia, up from 8,000 in 2022.",
        8000,
        "present",
    ),
    ("The report puts the number of North Korean workers in Russia at 8,000.", 8000, "present"),
    # --- a second batch, written before the extractor was run on it ------------------
    (
        "According to the UN panel, at least 1,000 North Korean workers were still "
        "employed in Russian construction firms in 2023.",
        1000,
        "present",
    ),
    (
        "The panel found that some 600 North Korean workers had entered the country on "
        "tourist visas since 2022.",
        600,
        "dispatched",
    ),
    (
        "Pyongyang has reportedly dispatched more than 10,000 workers to Russia since the summit.",
        10000,
        "dispatched",
    ),
    (
        "South Korea's intelligence service estimates that 3,000 North Korean IT workers "
        "are operating in China and Russia.",
        3000,
        "present",
    ),
    (
        "Roughly 400 North Korean labourers who had been working on a dam in Laos were "
        "sent home in March.",
        400,
        "repatriated",
    ),
    ("Some 250 North Korean workers are expected in Khabarovsk next month.", 250, "planned"),
    (
        "Around 1,200 North Korean workers returned to their home country in the first "
        "half of the year, customs data showed.",
        1200,
        "repatriated",
    ),
    (
        "Chinese authorities are believed to have repatriated as many as 600 North Korean"
        " workers last month.",
        600,
        "repatriated",
    ),
    ("At its peak, the programme employed some 50,000 North Koreans in Russia.", 50000, "present"),
    (
        "Kuwait stopped issuing visas and the number of North Korean workers there fell to 500.",
        500,
        "present",
    ),
    (
        "Some 150 North Korean workers are reportedly preparing to leave for Vladivostok.",
        150,
        "recruiting",
    ),
    (
        "Human rights groups say about 2,000 North Korean workers toil on Russian farms "
        "without days off.",
        2000,
        "present",
    ),
    (
        "An additional 3,000 North Korean workers are slated to follow by the end of the year.",
        3000,
        "planned",
    ),
    (
        "North Korea dispatched around 500 workers to Laos, where they build hotels.",
        500,
        "dispatched",
    ),
    ("Until 2019, roughly 3,000 North Korean workers were employed in Kuwait.", 3000, "present"),
    ("Some 800 North Korean workers stayed behind after the deadline passed.", 800, "present"),
    ("About 300 North Korean workers reached Vladivostok by ferry on Monday.", 300, "dispatched"),
    (
        "Russian media reported that 1,000 North Korean builders would be brought in for "
        "the project.",
        1000,
        "planned",
    ),
    (
        "Another 200 North Korean workers were recruited from Pyongyang factories for jobs abroad.",
        200,
        "recruiting",
    ),
    (
        "Roughly 1,600 North Korean workers sent to the Middle East in 2015 have not come back.",
        1600,
        "present",
    ),
    ("About 900 North Korean workers have yet to leave Poland.", 900, "present"),
    (
        "The ministry expects 2,500 North Korean workers to be deployed in the spring.",
        2500,
        "planned",
    ),
    (
        "North Korean workers numbering about 1,000 were sent to construction sites in "
        "Vladivostok.",
        1000,
        "dispatched",
    ),
    (
        "Officials counted 760 North Korean workers at the site during an inspection.",
        760,
        "present",
    ),
    (
        "Pyongyang pulled 120 North Korean nurses out of Libya as fighting spread.",
        120,
        "repatriated",
    ),
    ("The Russian side wants to hire up to 20,000 North Korean workers.", 20000, "planned"),
    ("A dozen North Korean companies employ about 3,000 workers in Dandong.", 3000, "present"),
    (
        "There were some 2,000 North Korean workers in Malaysia before the two countries cut ties.",
        2000,
        "present",
    ),
    ("By 2021, fewer than 100 North Korean workers remained in Uganda.", 100, "present"),
    ("Uganda said it had sent home all 50 North Korean instructors.", 50, "repatriated"),
    ("Roughly 5,000 North Koreans could head to Russia's Far East this year.", 5000, "planned"),
    (
        "An estimated 30,000 North Korean workers are now in Russia, many of whom arrived"
        " on student visas.",
        30000,
        "present",
    ),
    ("In 2016, Qatar hosted about 3,000 North Korean workers.", 3000, "present"),
    (
        "About 100 North Korean workers arrived back in Pyongyang from Russia this week.",
        100,
        "repatriated",
    ),
    ("The Mongolian government has agreed to take in 1,000 North Korean workers.", 1000, "planned"),
    ("North Korea is believed to have about 100,000 workers abroad.", 100000, "present"),
    (
        "Moscow is hosting roughly 15,000 North Korean workers, according to the ministry.",
        15000,
        "present",
    ),
    (
        "After the sanctions, 400 North Korean workers had their contracts cut short and "
        "went home.",
        400,
        "repatriated",
    ),
    ("Roughly 200 North Korean nurses and doctors left for Kuwait in May.", 200, "dispatched"),
    # --- a third batch, also written before the extractor was run on it ----------------
    ("As expected, about 3,000 North Korean workers remain in Vladivostok.", 3000, "present"),
    ("Around 5,000 North Korean workers are left without pay in Russian camps.", 5000, "present"),
    ("Russia is expected to host about 10,000 North Korean workers next year.", 10000, "planned"),
    (
        "At least 3,000 North Korean workers live in the city, and more are expected.",
        3000,
        "present",
    ),
    ("Roughly 700 North Korean workers came to Mongolia in 2018.", 700, "dispatched"),
    (
        "Nearly 500 North Korean workers have been brought to the Amur region since spring.",
        500,
        "dispatched",
    ),
    ("Pyongyang sent about 1,000 workers out to Russian farms this year.", 1000, "dispatched"),
    (
        "The 300 North Korean workers who left Kuwait last year have not been replaced.",
        300,
        "repatriated",
    ),
    ("Only about 60 North Korean workers are still in Uganda, the embassy said.", 60, "present"),
    ("Moscow may have received up to 12,000 North Korean workers last year.", 12000, "dispatched"),
    (
        "About 1,500 North Koreans might be deployed to Russia's eastern regions in the "
        "coming months.",
        1500,
        "planned",
    ),
    ("China does not allow the 2,000 North Korean workers at the plant to leave.", 2000, "present"),
    (
        "Some 600 North Korean workers could not return home because of the border closure.",
        600,
        "present",
    ),
    (
        "Roughly 900 North Korean workers were never sent home despite the UN deadline.",
        900,
        "present",
    ),
    ("The firm flew 80 North Korean seamstresses to Dandong last month.", 80, "dispatched"),
    (
        "Some 1,000 North Korean workers whose visas had expired were deported last month.",
        1000,
        "repatriated",
    ),
    ("About 150 North Korean loggers went to Russia's Amur region in 2017.", 150, "dispatched"),
    ("Around 400 North Korean workers have moved to Russia from China.", 400, "dispatched"),
    (
        "An estimated 20,000 North Koreans were working in China when the pandemic began.",
        20000,
        "present",
    ),
    (
        "Some 2,000 North Korean workers should arrive in Russia by the end of the year.",
        2000,
        "planned",
    ),
    ("There will be 3,000 North Korean workers on the site by June.", 3000, "planned"),
    (
        "In all, 1,200 North Korean workers were repatriated, leaving about 300 in the country.",
        1200,
        "repatriated",
    ),
    (
        "In all, 1,200 North Korean workers were repatriated, leaving about 300 in the country.",
        300,
        "present",
    ),
    (
        "Some 3,000 North Koreans arrived last year; most now work on building sites.",
        3000,
        "dispatched",
    ),
    (
        "Poland stopped issuing permits, and by 2019 just 200 North Korean workers were left.",
        200,
        "present",
    ),
    ("Some 10,000 North Koreans had been sent to work in Russia by 2019.", 10000, "dispatched"),
    (
        "About 2,000 North Korean workers are said to be living in dormitories near the port.",
        2000,
        "present",
    ),
    (
        "Around 450 North Korean workers, all of them women, arrived at the factory in April.",
        450,
        "dispatched",
    ),
    ("The UN estimated that 100,000 North Korean workers were abroad in 2017.", 100000, "present"),
    # --- a fourth batch (two figures the count stage misses left out), and the size of an
    # increase
    (
        "Some 2,000 North Korean workers make up a third of the workforce at the site.",
        2000,
        "present",
    ),
    (
        "North Korean workers in Russia numbered roughly 30,000, a senior official said.",
        30000,
        "present",
    ),
    (
        "An estimated 3,000 North Korean workers are believed to remain in China despite "
        "the sanctions.",
        3000,
        "present",
    ),
    (
        "Some 500 North Korean workers were sent to Russia's Tuva region last autumn, "
        "local media reported.",
        500,
        "dispatched",
    ),
    ("Officials said 1,000 more North Korean workers were expected next spring.", 1000, "planned"),
    (
        "Russia has quietly welcomed at least 8,000 North Korean workers since 2023.",
        8000,
        "dispatched",
    ),
    (
        "Nearly 1,300 North Korean workers were repatriated from Russia after the UN deadline.",
        1300,
        "repatriated",
    ),
    ("Some 400 North Korean workers at a textile plant in Dandong went on strike.", 400, "present"),
    ("About 2,500 North Korean workers are scheduled to go to Russia next year.", 2500, "planned"),
    ("As of 2022, an estimated 4,000 North Korean workers were in Laos.", 4000, "present"),
    (
        "A further 1,000 North Korean workers are to be hired by Russian construction firms.",
        1000,
        "planned",
    ),
    ("North Korea is set to send 3,000 more workers to Russia, Seoul says.", 3000, "planned"),
    (
        "Some 800 North Korean workers who arrived in January are now building apartments"
        " in Moscow.",
        800,
        "present",
    ),
    (
        "About 200 North Korean workers have been stranded in Mongolia since the border closed.",
        200,
        "present",
    ),
    (
        "Officials estimate 90,000 North Koreans are working abroad, up from 50,000 a decade ago.",
        90000,
        "present",
    ),
    (
        "Officials estimate 90,000 North Koreans are working abroad, up from 50,000 a decade ago.",
        50000,
        "present",
    ),
    (
        "About 1,000 North Korean workers have been returned to Pyongyang by Chinese authorities.",
        1000,
        "repatriated",
    ),
    ("Kuwait hasn't renewed visas for its 2,000 North Korean workers.", 2000, "present"),
    ("Russia is on track to receive 15,000 North Korean workers this year.", 15000, "planned"),
    ("The number of North Korean workers in Poland dropped to about 400 in 2018.", 400, "present"),
    (
        "Chinese firms took in roughly 1,000 North Korean workers in the months before "
        "the pandemic.",
        1000,
        "dispatched",
    ),
    (
        "About 400 North Korean workers have stayed in Russia after their contracts ended.",
        400,
        "present",
    ),
    (
        "Roughly 100 North Korean doctors are working in African hospitals, the report found.",
        100,
        "present",
    ),
    (
        "After the embassy closed, 60 North Korean workers were flown out of Malaysia.",
        60,
        "repatriated",
    ),
    (
        "Over 20,000 North Koreans work in the Russian construction sector, up from about"
        " 5,000 before the war.",
        20000,
        "present",
    ),
    (
        "Over 20,000 North Koreans work in the Russian construction sector, up from about"
        " 5,000 before the war.",
        5000,
        "present",
    ),
    ("Almost 3,000 North Korean workers have left Qatar since 2017.", 3000, "repatriated"),
    ("Mongolia sent back some 1,200 North Korean workers in 2019.", 1200, "repatriated"),
    (
        "Some 350 North Korean seamstresses were bused to a factory across the border.",
        350,
        "dispatched",
    ),
    (
        "Around 1,000 North Koreans are thought to be working in Cambodia and Vietnam.",
        1000,
        "present",
    ),
    (
        "The number of North Korean workers abroad stood at 50,000, up some 8,000 from 2015.",
        8000,
        "dispatched",
    ),
    # --- the sentence before: inherited only for the same group; else the default -------
    (
        "About 2,000 North Korean workers arrived in Vladivostok in May. "
        "Another 500 North Korean workers followed in June.",
        500,
        "dispatched",
    ),
    (
        "An envoy said 800 North Korean workers had returned home. "
        "Some 3,000 North Korean builders in Mongolia earn wages for the state.",
        3000,
        "present",
    ),
    (
        "Thousands of North Korean workers arrived in Russia this year. "
        "About 1,500 of them work in Moscow.",
        1500,
        "present",
    ),
    (
        "Russia expelled dozens of diplomats last month. "
        "Some 400 North Korean workers in Moscow earn money for Pyongyang.",
        400,
        "present",
    ),
]


def _status(extractor, text: str, value: float) -> str | None:
    out = extractor.extract(Document(id="t", text=LEAD + text, published="2024-05"))
    assert out.relevant, "the test document must read as relevant"
    for c in out.claims:
        if (
            c.kind == "workers"
            and (c.value.high if c.value.high is not None else c.value.low) == value
        ):
            return c.status
    return None


@pytest.mark.parametrize(("text", "value", "status"), CHALLENGE)
def test_status_grammar(extractor, text, value, status):
    assert _status(extractor, text, value) == status
