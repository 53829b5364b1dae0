"""The grammar of status on English reporting the rules were not written on.

A challenge set of sentences written for these tests (none comes from ../shared): each
is read after a neutral lead sentence, and the status is the one an annotator following
../shared/spec/claims.md would give the figure. The sentences vary tense and aspect,
voice, descriptive participles, modals, inflected return verbs, negation, reported
speech, headlines, baselines of changes and the sentence before. The first batch was
written before any change to the rules; the second to fifth were each written
before the extractor was run on them (a blind check of how far the rules generalise),
then the phenomena they showed were fixed in general.
"""

from __future__ import annotations

import pytest

from laborwatch.model import Document

LEAD = "North Korea sends workers abroad to earn hard currency for the regime. "

# One figure per entry: "status value | sentence"; an indented line continues the sentence.
CHALLENGE_TABLE = """
# --- plans: future, intention, agreement, schedule ---------------------------------
planned       5000 | Russia will take in 5,000 North Korean construction workers next year.
planned       5000 | Russia to take in 5,000 North Korean workers
planned       3000 | Pyongyang plans to send 3,000 workers to building sites in Vladivostok.
planned       1200 | Some 1,200 North Korean labourers are set to arrive in Moscow in the
                     spring.
planned        800 | The two governments agreed to send 800 North Korean workers to Laos.
planned       2000 | About 2,000 North Korean workers are expected to join projects in
                     Kazakhstan.
planned       1500 | The ministry said it would send 1,500 North Korean builders to the region.
planned        600 | A further 600 North Korean workers are due to reach Mongolia by December.
planned       4000 | Under the deal, 4,000 North Korean workers are to be employed on farms in
                     Primorye.
planned        300 | The company intends to hire 300 North Korean seamstresses for its plant in
                     China.
planned        700 | Some 700 North Korean workers will build apartment blocks in Siberia.
planned        500 | Laos is going to receive 500 North Korean workers this autumn.
planned       2000 | Another 2,000 North Korean workers will be dispatched to the Far East next
                     year.
planned       3000 | China set to accept 3,000 more North Korean workers
planned       2000 | Up to 2,000 North Korean workers could be sent to Russia under the accord.
planned       1000 | A source said Pyongyang would dispatch 1,000 more workers to Russia.
planned       1000 | Around 1,000 North Korean labourers would help rebuild the city.
planned       2000 | The 2,000 North Korean workers promised to Russia have not yet arrived.
# --- recruiting: selection, training, waiting ------------------------------------
recruiting    2000 | North Korean authorities are selecting 2,000 workers for jobs in Russia.
recruiting     500 | About 500 North Korean workers are being trained in Pyongyang before
                     leaving for Russia.
recruiting    1000 | Some 1,000 North Koreans are awaiting departure to building sites in
                     Russia.
recruiting     400 | About 400 North Korean workers are being screened for jobs in Russia.
# --- dispatched: flows in a period, active and passive -----------------------------
dispatched    2500 | North Korea sent 2,500 workers to Russia last year.
dispatched     900 | About 900 North Korean workers arrived in Vladivostok in March.
dispatched    1600 | In 2023, roughly 1,600 North Korean labourers entered Russia on student
                     visas.
dispatched     400 | Pyongyang dispatched 400 workers to Equatorial Guinea in the spring.
dispatched     300 | Some 300 North Korean workers were flown to Moscow last month.
dispatched    1100 | Russia received 1,100 North Korean workers in the first quarter.
dispatched    2000 | More than 2,000 North Korean workers have been deployed to building sites
                     in Russia this year.
dispatched     150 | Some 150 North Korean seamstresses travelled to Dandong in January.
dispatched    1000 | North Korea sends 1,000 workers to Russian building sites
dispatched    2000 | China took in 2,000 North Korean workers last year.
dispatched    5000 | Over 5,000 North Korean workers have arrived in Russia since January.
dispatched   15000 | Seoul's spy agency said North Korea had sent 15,000 workers to Russia.
dispatched     700 | Last year 700 North Korean workers crossed the border into China.
# --- present: stocks, in any tense ------------------------------------------------
present       4000 | About 4,000 North Korean workers are employed in Chinese seafood factories.
present      20000 | Some 20,000 North Koreans are working in Russia, the report said.
present       2000 | An estimated 2,000 North Korean labourers remain in Kuwait despite the
                     sanctions.
present       1000 | There are still around 1,000 North Korean workers in Mongolia.
present        120 | The shipyard in Poland employs 120 North Korean welders.
present       3000 | Around 3,000 North Korean workers sent to Russia last year went on strike
                     over unpaid wages.
present        500 | The 500 North Korean workers dispatched to the Amur region complain of long
                     hours.
present        800 | About 800 North Korean workers hired by a Chinese firm live in dormitories
                     near Dandong.
present      10000 | Roughly 10,000 North Korean workers were living in Russia in 2019.
present      50000 | In 2017 some 50,000 North Koreans worked in Russia.
present       2000 | Some 2,000 North Korean workers in Qatar earn about $500 a month.
present       6000 | Some 6,000 North Koreans toil on building sites across Moscow.
present     100000 | Up to 100,000 North Koreans may be working abroad, the report estimated.
present       1500 | An estimated 1,500 North Korean workers could still be in Poland.
present       4000 | The ministry said 4,000 North Korean workers were employed in the country.
present       1000 | About 1,000 North Korean workers have not returned home despite the
                     deadline.
present       3000 | Some 3,000 North Korean workers never left Russia.
present      50000 | The number of North Korean workers in China reached 80,000, up from 50,000
                     in 2020.
present      80000 | The number of North Korean workers in China reached 80,000, up from 50,000
                     in 2020.
present       4000 | About 7,000 North Korean workers are now in Russia, compared with 4,000 a
                     year ago.
present       3500 | The report counts 3,500 North Korean workers in the Russian Far East.
# --- repatriated: every form of the return verbs ----------------------------------
repatriated   2000 | China repatriated 2,000 North Korean workers in 2024.
repatriated    600 | About 600 North Korean workers returned home from Kuwait last month.
repatriated    300 | Some 300 North Korean workers were sent home after their visas expired.
repatriated    150 | Russia has deported 150 North Korean workers since January.
repatriated   1000 | More than 1,000 North Korean workers left Mongolia by the end of 2019.
repatriated    800 | The UAE expelled 800 North Korean workers.
repatriated    200 | Around 200 North Korean restaurant staff were recalled to Pyongyang.
repatriated     90 | Poland is sending back 90 North Korean welders.
repatriated   4000 | About 4,000 North Korean workers are returning to North Korea from China
                     this month.
repatriated    700 | Some 700 North Korean workers went back to the North after the border
                     reopened.
repatriated   1000 | About 1,000 North Korean workers were ordered home by the end of the year.
repatriated   1500 | 1,500 North Korean workers repatriated from Russia
repatriated   2000 | China sends home 2,000 North Korean workers
repatriated    120 | The last 120 North Korean workers in Malaysia departed in March.
repatriated    300 | About 300 North Korean workers were evacuated from Libya.
repatriated   1300 | Pyongyang withdrew 1,300 workers from Kuwait.
repatriated    900 | Pyongyang brought back 900 workers from Angola.
repatriated    450 | Officials are repatriating 450 North Korean workers.
repatriated     60 | Some 60 North Korean workers flew home in December.
repatriated   2000 | Officials said 2,000 North Korean workers had returned home.
# --- harder cases: cue words with other senses, relative clauses, split particles --
present       3000 | Up to 3,000 North Korean workers toil in Chinese seafood plants.
present        300 | Only 300 North Korean workers are left in Kuwait.
dispatched    2000 | The region receives about 2,000 North Korean workers every year.
present       1200 | Some 1,200 North Korean workers picking apples on farms in Poland were paid
                     little.
present      10000 | Moscow hosts some 10,000 North Korean workers.
present       5000 | At least 5,000 North Korean workers were stuck in Russia during the
                     pandemic.
present       2000 | About 2,000 North Korean workers stayed on in China after the deadline.
present       1000 | Nearly 1,000 North Korean workers have been working illegally in Poland
                     since 2016.
present       3000 | Vladivostok had about 3,000 North Korean construction workers in 2018.
dispatched     500 | A total of 500 North Korean workers landed in Vladivostok on Tuesday.
dispatched    2000 | North Korea is quietly sending 2,000 more workers to China, sources say.
repatriated   1000 | Around 1,000 North Korean workers were forced to return to Pyongyang.
repatriated    300 | Over 300 North Korean doctors were pulled out of Libya.
repatriated    800 | An estimated 800 North Korean workers headed home before the border closed.
repatriated   1000 | Pyongyang is calling back 1,000 workers from the Middle East.
present       1000 | The 1,000 North Korean workers who arrived last spring are building a
                     stadium.
repatriated   2000 | Some 2,000 North Korean workers who were sent to Kuwait have since come
                     home.
repatriated    600 | More than 600 North Korean workers who had lived in Mongolia returned to
                     the North in 2019.
present       1000 | Chinese factories employed about 1,000 North Korean women until last year.
dispatched    1000 | North Korea has been sending around 1,000 workers a year to Russia.
planned       1000 | In the coming months, 1,000 North Korean workers will head for Russia.
planned       2000 | Some 2,000 North Korean workers had been expected in Russia by June, but
                     only 500 came.
recruiting    3000 | North Korea is recruiting 3,000 workers for logging camps in Russia.
recruiting     800 | Some 800 North Korean workers who passed the screening are waiting to leave
                     for China.
present      12000 | Russia has not sent back any of its 12,000 North Korean workers.
planned       5000 | Russian officials said they expected 5,000 North Korean workers to arrive
                     by autumn.
recruiting    1000 | The agency said about 1,000 North Korean workers were being readied for
                     dispatch.
dispatched    1200 | Russia welcomes 1,200 North Korean workers
planned       5000 | 5,000 North Korean workers bound for Russia
planned       2000 | North Korea to send 2,000 more workers to China
repatriated    300 | Kuwait expels 300 North Korean workers
repatriated   1200 | Mongolia sends 1,200 North Korean workers home
repatriated    250 | Officials sent 250 North Korean workers back to Pyongyang in June.
present       8000 | Some 12,000 North Koreans work in Russia, up from 8,000 in 2022.
present       8000 | The report puts the number of North Korean workers in Russia at 8,000.
# --- a second batch, written before the extractor was run on it ------------------
present       1000 | According to the UN panel, at least 1,000 North Korean workers were still
                     employed in Russian construction firms in 2023.
dispatched     600 | The panel found that some 600 North Korean workers had entered the country
                     on tourist visas since 2022.
dispatched   10000 | Pyongyang has reportedly dispatched more than 10,000 workers to Russia
                     since the summit.
present       3000 | South Korea's intelligence service estimates that 3,000 North Korean IT
                     workers are operating in China and Russia.
repatriated    400 | Roughly 400 North Korean labourers who had been working on a dam in Laos
                     were sent home in March.
planned        250 | Some 250 North Korean workers are expected in Khabarovsk next month.
repatriated   1200 | Around 1,200 North Korean workers returned to their home country in the
                     first half of the year, customs data showed.
repatriated    600 | Chinese authorities are believed to have repatriated as many as 600 North
                     Korean workers last month.
present      50000 | At its peak, the programme employed some 50,000 North Koreans in Russia.
present        500 | Kuwait stopped issuing visas and the number of North Korean workers there
                     fell to 500.
recruiting     150 | Some 150 North Korean workers are reportedly preparing to leave for
                     Vladivostok.
present       2000 | Human rights groups say about 2,000 North Korean workers toil on Russian
                     farms without days off.
planned       3000 | An additional 3,000 North Korean workers are slated to follow by the end of
                     the year.
dispatched     500 | North Korea dispatched around 500 workers to Laos, where they build hotels.
present       3000 | Until 2019, roughly 3,000 North Korean workers were employed in Kuwait.
present        800 | Some 800 North Korean workers stayed behind after the deadline passed.
dispatched     300 | About 300 North Korean workers reached Vladivostok by ferry on Monday.
planned       1000 | Russian media reported that 1,000 North Korean builders would be brought in
                     for the project.
recruiting     200 | Another 200 North Korean workers were recruited from Pyongyang factories
                     for jobs abroad.
present       1600 | Roughly 1,600 North Korean workers sent to the Middle East in 2015 have not
                     come back.
present        900 | About 900 North Korean workers have yet to leave Poland.
planned       2500 | The ministry expects 2,500 North Korean workers to be deployed in the
                     spring.
dispatched    1000 | North Korean workers numbering about 1,000 were sent to construction sites
                     in Vladivostok.
present        760 | Officials counted 760 North Korean workers at the site during an
                     inspection.
repatriated    120 | Pyongyang pulled 120 North Korean nurses out of Libya as fighting spread.
planned      20000 | The Russian side wants to hire up to 20,000 North Korean workers.
present       3000 | A dozen North Korean companies employ about 3,000 workers in Dandong.
present       2000 | There were some 2,000 North Korean workers in Malaysia before the two
                     countries cut ties.
present        100 | By 2021, fewer than 100 North Korean workers remained in Uganda.
repatriated     50 | Uganda said it had sent home all 50 North Korean instructors.
planned       5000 | Roughly 5,000 North Koreans could head to Russia's Far East this year.
present      30000 | An estimated 30,000 North Korean workers are now in Russia, many of whom
                     arrived on student visas.
present       3000 | In 2016, Qatar hosted about 3,000 North Korean workers.
repatriated    100 | About 100 North Korean workers arrived back in Pyongyang from Russia this
                     week.
planned       1000 | The Mongolian government has agreed to take in 1,000 North Korean workers.
present     100000 | North Korea is believed to have about 100,000 workers abroad.
present      15000 | Moscow is hosting roughly 15,000 North Korean workers, according to the
                     ministry.
repatriated    400 | After the sanctions, 400 North Korean workers had their contracts cut short
                     and went home.
dispatched     200 | Roughly 200 North Korean nurses and doctors left for Kuwait in May.
# --- a third batch, also written before the extractor was run on it ----------------
present       3000 | As expected, about 3,000 North Korean workers remain in Vladivostok.
present       5000 | Around 5,000 North Korean workers are left without pay in Russian camps.
planned      10000 | Russia is expected to host about 10,000 North Korean workers next year.
present       3000 | At least 3,000 North Korean workers live in the city, and more are
                     expected.
dispatched     700 | Roughly 700 North Korean workers came to Mongolia in 2018.
dispatched     500 | Nearly 500 North Korean workers have been brought to the Amur region since
                     spring.
dispatched    1000 | Pyongyang sent about 1,000 workers out to Russian farms this year.
repatriated    300 | The 300 North Korean workers who left Kuwait last year have not been
                     replaced.
present         60 | Only about 60 North Korean workers are still in Uganda, the embassy said.
dispatched   12000 | Moscow may have received up to 12,000 North Korean workers last year.
planned       1500 | About 1,500 North Koreans might be deployed to Russia's eastern regions in
                     the coming months.
present       2000 | China does not allow the 2,000 North Korean workers at the plant to leave.
present        600 | Some 600 North Korean workers could not return home because of the border
                     closure.
present        900 | Roughly 900 North Korean workers were never sent home despite the UN
                     deadline.
dispatched      80 | The firm flew 80 North Korean seamstresses to Dandong last month.
repatriated   1000 | Some 1,000 North Korean workers whose visas had expired were deported last
                     month.
dispatched     150 | About 150 North Korean loggers went to Russia's Amur region in 2017.
dispatched     400 | Around 400 North Korean workers have moved to Russia from China.
present      20000 | An estimated 20,000 North Koreans were working in China when the pandemic
                     began.
planned       2000 | Some 2,000 North Korean workers should arrive in Russia by the end of the
                     year.
planned       3000 | There will be 3,000 North Korean workers on the site by June.
repatriated   1200 | In all, 1,200 North Korean workers were repatriated, leaving about 300 in
                     the country.
present        300 | In all, 1,200 North Korean workers were repatriated, leaving about 300 in
                     the country.
dispatched    3000 | Some 3,000 North Koreans arrived last year; most now work on building
                     sites.
present        200 | Poland stopped issuing permits, and by 2019 just 200 North Korean workers
                     were left.
dispatched   10000 | Some 10,000 North Koreans had been sent to work in Russia by 2019.
present       2000 | About 2,000 North Korean workers are said to be living in dormitories near
                     the port.
dispatched     450 | Around 450 North Korean workers, all of them women, arrived at the factory
                     in April.
present     100000 | The UN estimated that 100,000 North Korean workers were abroad in 2017.
# --- a fourth batch (two figures the count stage misses left out), and the size of an
# increase
present       2000 | Some 2,000 North Korean workers make up a third of the workforce at the
                     site.
present      30000 | North Korean workers in Russia numbered roughly 30,000, a senior official
                     said.
present       3000 | An estimated 3,000 North Korean workers are believed to remain in China
                     despite the sanctions.
dispatched     500 | Some 500 North Korean workers were sent to Russia's Tuva region last
                     autumn, local media reported.
planned       1000 | Officials said 1,000 more North Korean workers were expected next spring.
dispatched    8000 | Russia has quietly welcomed at least 8,000 North Korean workers since 2023.
repatriated   1300 | Nearly 1,300 North Korean workers were repatriated from Russia after the UN
                     deadline.
present        400 | Some 400 North Korean workers at a textile plant in Dandong went on strike.
planned       2500 | About 2,500 North Korean workers are scheduled to go to Russia next year.
present       4000 | As of 2022, an estimated 4,000 North Korean workers were in Laos.
planned       1000 | A further 1,000 North Korean workers are to be hired by Russian
                     construction firms.
planned       3000 | North Korea is set to send 3,000 more workers to Russia, Seoul says.
present        800 | Some 800 North Korean workers who arrived in January are now building
                     apartments in Moscow.
present        200 | About 200 North Korean workers have been stranded in Mongolia since the
                     border closed.
present      90000 | Officials estimate 90,000 North Koreans are working abroad, up from 50,000
                     a decade ago.
present      50000 | Officials estimate 90,000 North Koreans are working abroad, up from 50,000
                     a decade ago.
repatriated   1000 | About 1,000 North Korean workers have been returned to Pyongyang by Chinese
                     authorities.
present       2000 | Kuwait hasn't renewed visas for its 2,000 North Korean workers.
planned      15000 | Russia is on track to receive 15,000 North Korean workers this year.
present        400 | The number of North Korean workers in Poland dropped to about 400 in 2018.
dispatched    1000 | Chinese firms took in roughly 1,000 North Korean workers in the months
                     before the pandemic.
present        400 | About 400 North Korean workers have stayed in Russia after their contracts
                     ended.
present        100 | Roughly 100 North Korean doctors are working in African hospitals, the
                     report found.
repatriated     60 | After the embassy closed, 60 North Korean workers were flown out of
                     Malaysia.
present      20000 | Over 20,000 North Koreans work in the Russian construction sector, up from
                     about 5,000 before the war.
present       5000 | Over 20,000 North Koreans work in the Russian construction sector, up from
                     about 5,000 before the war.
repatriated   3000 | Almost 3,000 North Korean workers have left Qatar since 2017.
repatriated   1200 | Mongolia sent back some 1,200 North Korean workers in 2019.
dispatched     350 | Some 350 North Korean seamstresses were bused to a factory across the
                     border.
present       1000 | Around 1,000 North Koreans are thought to be working in Cambodia and
                     Vietnam.
dispatched    8000 | The number of North Korean workers abroad stood at 50,000, up some 8,000
                     from 2015.
# --- a fifth batch in the style of UN and NGO reports and headlines, written blind ---
present       1000 | The Panel was informed that approximately 1,000 DPRK nationals were working
                     in the construction sector of the Russian Federation.
repatriated    150 | According to the Member State, 150 DPRK nationals departed for the DPRK in
                     2020.
present         23 | The Member State reported that 23 DPRK nationals remained in its territory
                     as of June 2022.
dispatched    5000 | Some 5,000 North Korean workers were dispatched to Russia in violation of
                     the resolutions.
present        300 | The NGO documented 300 North Korean workers at fish processing plants in
                     Donggang.
dispatched    1000 | Russia Welcomes 1,000 North Korean Workers
dispatched    3000 | North Korea Sends 3,000 Workers to Russia's Far East
repatriated    100 | Nearly 100 North Korean workers were expelled from Poland after their
                     permits were revoked.
present       2000 | Some 2,000 North Korean workers continue to work in Russia under the guise
                     of students.
repatriated     40 | The 40-member medical team returned to Pyongyang last week.
dispatched     150 | Some 150 North Korean workers arrived in Vladivostok by train on Tuesday,
                     according to local media.
repatriated   1200 | A total of 1,200 North Korean workers were repatriated via Dandong last
                     month.
planned      10000 | Moscow signed an agreement to admit 10,000 North Korean workers.
present      20000 | The number of North Korean workers in Russia has grown to 20,000.
dispatched     500 | Pyongyang is sending roughly 500 laborers a month to Russia.
present       3000 | Some 3,000 North Korean workers are reported to be living in Vladivostok.
present        300 | Another 300 North Korean workers were spotted at a construction site in
                     Moscow.
repatriated    250 | About 250 North Korean workers have been sent home from Mongolia, and the
                     remaining 1,000 will leave by March.
repatriated   1000 | Of the 3,000 North Korean workers in Kuwait, 1,000 have already returned
                     home.
planned      30000 | Pyongyang plans to triple the number of its workers in Russia to 30,000.
dispatched    1000 | Roughly 1,000 North Korean workers illegally crossed into China last year,
                     the report said.
repatriated   8000 | Since 2017, some 8,000 North Korean workers have returned from Russia.
present      30000 | The UN estimates that 20,000 to 30,000 North Koreans are working in Russia.
present        400 | Poland still employs around 400 North Koreans, the report said.
planned       2000 | North Korean workers, estimated at 2,000, are expected to start arriving in
                     July.
repatriated    200 | Two hundred North Korean workers left Russia for home in December.
repatriated    400 | Some 400 North Korean workers who had been sent to Qatar were sent back in
                     2020.
present       2000 | North Korea has stopped sending workers to Kuwait, where some 2,000 were
                     employed in 2017.
# --- the sentence before: inherited only for the same group; else the default -------
dispatched     500 | About 2,000 North Korean workers arrived in Vladivostok in May. Another 500
                     North Korean workers followed in June.
present       3000 | An envoy said 800 North Korean workers had returned home. Some 3,000 North
                     Korean builders in Mongolia earn wages for the state.
present       1500 | Thousands of North Korean workers arrived in Russia this year. About 1,500
                     of them work in Moscow.
present        400 | Russia expelled dozens of diplomats last month. Some 400 North Korean
                     workers in Moscow earn money for Pyongyang.
# --- the object of a return, clauses closing with a return, returns still to come -------
repatriated     60 | The firm withdrew its 60 remaining North Korean workers from the site.
repatriated     30 | Russia sent home the remaining 30 North Korean workers in March.
repatriated     35 | A Chinese firm employed 35 North Korean coders until last spring, when all
                     of them were sent back.
repatriated    300 | Returning from Russia after three years, 300 North Korean loggers crossed
                     the border on Monday.
present         16 | Police in Phnom Penh found 16 North Korean hostesses, who will be deported
                     next week.
planned        600 | The departure of 600 North Korean workers for Russian farms has been
                     delayed by a month.
dispatched     200 | About 200 North Korean workers have returned to a half-finished resort
                     complex in Sochi after a break.
repatriated    250 | A trawling company that employed 250 North Korean crewmen has pulled all of
                     them out of its fleet.
present        800 | Russia will stop hiring North Koreans once the 800 workers now in Tomsk
                     finish their contracts.
present         80 | Some 80 North Korean nurses continue to staff clinics in Vientiane, and 40
                     more are expected by January.
dispatched     500 | About 500 North Korean workers continue to arrive in Russia every month.
planned        600 | The farm ministry wants 600 North Korean workers for its greenhouses next
                     season.
"""


def _challenge(table: str) -> list[tuple[str, float, str]]:
    """The (sentence, value, status) entries of a challenge table."""
    entries: list[list[str]] = []
    for line in table.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith(" "):
            entries[-1][2] += " " + line.strip()
        else:
            head, _, text = line.partition(" | ")
            status, value = head.split()
            entries.append([status, value, text.strip()])
    return [(text, float(value), status) for status, value, text in entries]


CHALLENGE = _challenge(CHALLENGE_TABLE)


def _status(extractor, text: str, value: float, lead: str = LEAD, tail: str = "") -> str | None:
    """The status of the worker claim of ``value`` in ``lead + text + tail``."""
    out = extractor.extract(Document(id="t", text=lead + text + tail, published="2024-05"))
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
