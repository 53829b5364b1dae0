"""Worker counts in short articles written blind for recall phenomena (issue #10): an
occupational head after "All N", people nouns with a labour predicate, elided heads
("others"), bare counts with a work verb, young men screened for jobs abroad, entries with
a stated purpose of work, "the N or so there". The expected figures were committed before
the extractor was run (2 of 9 passed then). Names of people, firms and outlets are invented.
"""

from __future__ import annotations

import pytest

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document

ROWS: list[tuple[str, set[float]]] = [
    (
        "All 60 North Korean welders at the shipyard in Nakhodka were sent home in March, the "
        "yard's director told a local newspaper.",
        {60},
    ),
    (
        "About 300 North Korean women sew school uniforms at a garment plant in Dandong, "
        "according to a Chinese trader who supplies the factory.",
        {300},
    ),
    (
        "Roughly 120 North Korean men cut timber in the forests near Tynda this winter, a "
        "regional forestry official said.",
        {120},
    ),
    (
        "Some 400 North Korean construction workers left the Vladivostok site in May after "
        "their contracts ended. About 150 others remained to finish the roof, the developer said.",
        {400, 150},
    ),
    (
        "North Korean farmhands have worked the leased fields near Ussuriysk for a decade. At "
        "least 45 still work there, the district head said.",
        {45},
    ),
    (
        "Officials in Pyongyang have been vetting around 2,000 young men from Hamhung for "
        "building jobs in Russia, a source inside the country told the outlet.",
        {2000},
    ),
    (
        "Border data show that more than 3,000 North Koreans entered Russia last year to work, "
        "most of them on study visas.",
        {3000},
    ),
    (
        "North Korean bricklayers in Khabarovsk earn about 35,000 rubles a month; the 700 or "
        "so there hand most of it to their supervisors, a former foreman said.",
        {700},
    ),
    (
        "A seafood company in Hunchun hired 250 North Korean women who peeled shrimp and "
        "packed crab, a worker at the plant said.",
        {250},
    ),
]


# Batch 2 (same phenomena, new wording), committed before running too (5 of 6 passed
# then, after the batch 1 fixes).
ROWS += [
    (
        "All 35 North Korean cooks at the hotel in Dubai were flown home last month, a "
        "hotel manager said.",
        {35},
    ),
    (
        "Around 80 North Korean women stitch sportswear at a factory on the outskirts of "
        "Dandong, a trader said.",
        {80},
    ),
    (
        "About 900 North Korean labourers left Vladivostok in June; roughly 300 others are "
        "still on building sites in the city.",
        {900, 300},
    ),
    (
        "North Korean seamstresses have sewn uniforms in Hunchun for years. Around 60 still "
        "work there, a local official said.",
        {60},
    ),
    (
        "Nearly 1,200 North Koreans entered China last year on trainee visas to work at "
        "seafood plants, customs data show.",
        {1200},
    ),
    (
        "North Korean loggers in Amur Oblast earn little; the 400 or more there send most of "
        "their pay home, a former logger said.",
        {400},
    ),
]

# Known misses: row id -> why (strict xfail).
KNOWN: dict[str, str] = {}


def _params():
    for i, (text, expected) in enumerate(ROWS):
        rid = f"r{i}"
        marks = [pytest.mark.xfail(reason=KNOWN[rid], strict=True)] if rid in KNOWN else []
        yield pytest.param(text, expected, id=rid, marks=marks)


def counts(en: Extractor, text: str) -> set[float]:
    """Values of the worker figures of an article (high bound, else low)."""
    out = en.extract(Document(id="a", text=text, language="en", published="2025-03"))
    return {
        c.value.high if c.value.high is not None else c.value.low
        for c in out.claims
        if c.kind == "workers"
    }


@pytest.mark.parametrize(("text", "expected"), list(_params()))
def test_recall_counts(extractor, text, expected):
    assert counts(extractor, text) == expected
