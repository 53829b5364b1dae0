"""Status and sector of worker figures in whole short articles (wire, NGO, UN panel and
think-tank style), written for these tests in blind batches: the expected status and
sector of every figure (spec/claims.md "Status", "Sectors") were committed before the
extractor was run. Sectors carried by the discourse, quotes, examples, lists of two
sectors, restated and continued groups. Names of people, firms and outlets are invented.

Each figure is ``(value, status, sector)``: the value is its high bound, else its low one.
"""

from __future__ import annotations

import pytest

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document

Figure = tuple[float, str, str | None]


def figures(en: Extractor, text: str) -> dict[float, tuple[str | None, str | None]]:
    """Status and sector of each worker figure of an article, by value."""
    out = en.extract(Document(id="a", text=text, language="en", published="2025-03"))
    return {
        (c.value.high if c.value.high is not None else c.value.low): (c.status, c.sector)
        for c in out.claims
        if c.kind == "workers"
    }


# --- batch 1 ---------------------------------------------------------------------------
BATCH1: list[tuple[str, list[Figure]]] = [
    (
        "SEOUL, March 4 - North Korea has sent about 1,500 workers to construction sites in "
        "Russia's Primorsky Krai since January, South Korea's intelligence agency said on "
        "Tuesday. The agency told lawmakers another 2,000 were expected to follow by the end "
        "of the year. Around 12,000 North Koreans are currently working in Russia, it said.",
        [
            (1500, "dispatched", "construction"),
            (2000, "planned", "construction"),
            (12000, "present", None),
        ],
    ),
    (
        "Fewer than 20 North Korean restaurants still operate in Cambodia and Vietnam. Staff "
        "at one of them in Phnom Penh said about 30 waitresses had been recalled to Pyongyang "
        "in the spring. The remaining 15 women continue to sing and serve meals to guests, "
        "the manager said.",
        [(30, "repatriated", "hospitality"), (15, "present", "hospitality")],
    ),
    (
        "The Panel investigated reports that 45 DPRK nationals were working at a seafood "
        "processing plant in Shandong province, China, as of June 2024. A further 120 were "
        "employed at two garment factories in Liaoning, according to information provided by "
        "a Member State. The Panel notes that the employment of DPRK nationals abroad is "
        "prohibited under resolution 2397.",
        [(45, "present", "fishing"), (120, "present", "manufacturing")],
    ),
    (
        "An estimated 3,000 to 4,000 North Korean IT workers operate abroad, mostly in China "
        "and Russia, earning money through freelance platforms, a report by a Washington "
        "research group said. Pyongyang plans to send several hundred more software "
        "developers to Laos next year, the report added.",
        [(4000, "present", "it"), (999, "planned", "it")],
    ),
    (
        "About 500 North Korean loggers left the Amur region last month as their contracts "
        "expired, regional officials said. Some 200 others stayed behind at timber camps near "
        "Tynda and are expected to leave by December.",
        [(500, "repatriated", "logging"), (200, "present", "logging")],
    ),
    (
        "North Korea has dispatched around 100 doctors and nurses to Nigeria and Equatorial "
        "Guinea, a Seoul-based researcher said. They work in state hospitals and private "
        "clinics, often without licences. In 2019 some 40 medics were sent home from Tanzania "
        "after authorities there discovered they were practising illegally.",
        [(100, "dispatched", "medical"), (40, "repatriated", "medical")],
    ),
    (
        "Around 800 North Korean labourers work for 20 Russian companies in Primorsky Krai, "
        "including a greenhouse complex near Ussuriysk. Last year the regional government "
        "approved quotas for another 1,200 North Korean workers.",
        [(800, "present", None), (1200, "planned", None)],
    ),
    (
        "'We had 60 North Koreans here last summer and now there are only 25,' said the "
        "director of a fish-processing plant in Kamchatka, Russia. 'The rest went home when "
        "their visas ran out.'",
        [(60, "present", "fishing"), (25, "present", "fishing")],
    ),
    (
        "Roughly 1,000 North Koreans worked at shipyards and mines in Russia and Mongolia "
        "before the sanctions took effect. Mongolia says it repatriated its last 300 North "
        "Korean workers in 2019.",
        [(1000, "present", None), (300, "repatriated", None)],
    ),
    (
        "A Chinese wig maker in Hunchun has asked local authorities for permission to hire "
        "150 North Korean women, a trade official told the outlet. The factory already "
        "employs about 80 North Korean seamstresses, who earn roughly 2,000 yuan a month.",
        [(150, "planned", "manufacturing"), (80, "present", "manufacturing")],
    ),
]

BATCHES = {"a1": BATCH1}

# Known misses: "batch-row-value" -> why.
KNOWN: dict[str, str] = {
    "a1-04-200": "counts: 'Some 200 others stayed behind' (an elided head 'others') is no figure",
    "a1-07-60": "relevance: a quote with 'North Koreans' and no word of labour reads off-topic",
    "a1-07-25": "relevance: as a1-07-60, and a bare 'there are only 25' is no figure",
}


def _params():
    for name, rows in BATCHES.items():
        for i, (text, figs) in enumerate(rows):
            for value, status, sector in figs:
                rid = f"{name}-{i:02d}-{value:g}"
                reason = KNOWN.get(rid)
                marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
                yield pytest.param(text, value, status, sector, id=rid, marks=marks)


@pytest.mark.parametrize(("text", "value", "status", "sector"), list(_params()))
def test_status_and_sector_in_articles(extractor, text, value, status, sector):
    found = figures(extractor, text)
    assert found.get(value) == (status, sector)
