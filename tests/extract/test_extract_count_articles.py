"""Worker counts on whole short articles (headline and body, 3-8 sentences) as wire
services, NK-specialist outlets, think tanks and the UN panel write them, relevant ones and
hard negatives mixed, written for these tests (none comes from ../shared) in blind batches:
each batch's expected claims were committed before the extractor was run on it.

The table format and the scorer's keys are those of ``test_extract_count_reporting.py``
(``10000@RU``, ``>1000@RU``, ``<28000@-``, ``800-1000@QA,AE``, ``v3@RU``, ``none``;
" // " ends the headline).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


def _reporting():
    """The table reader and claim keys of the reporting tests (one format for both)."""
    path = Path(__file__).with_name("test_extract_count_reporting.py")
    spec = importlib.util.spec_from_file_location("count_reporting_tables", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


REPORTING = _reporting()

ARTICLES_TABLE = """
# --- batch A1, written blind ------------------------------------------------------------
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
"""

ARTICLES = REPORTING._table(ARTICLES_TABLE)


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_counts_on_articles(extractor, text, expected):
    assert REPORTING._found(extractor, text) == expected
