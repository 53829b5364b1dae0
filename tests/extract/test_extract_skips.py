"""Speed-ups that skip work (a call, a search) find what the direct computation finds, on
the real articles of ../shared (read at test time) and on edge cases."""

from __future__ import annotations

import bisect

import pytest

from laborwatch.extract.cues import cues
from laborwatch.extract.places import _dict_matches, _longest, _tokens, gazetteer
from laborwatch.extract.relevance import RelevanceScorer
from laborwatch.extract.scan import matches_at
from laborwatch.extract.text import lower, normalize

EDGES = [
    "",
    "the",
    "The Gulf and the the Far East. In the United Arab Emirates, the United",
    "Hundreds of North Koreans, 350 North Koreans and about 700 from North Korea worked "
    "beside 1,000 Central Asians and migrants from Uzbekistan.",
]


@pytest.fixture(scope="module")
def texts(corpus_records: dict[str, dict]) -> list[str]:
    return [normalize(r["text"]) for r in corpus_records.values()] + EDGES


def test_places_skip_only_tokens_that_start_no_name(texts: list[str]) -> None:
    """_dict_matches skips a first token that opens only longer names when the next token
    goes on none of them: _longest finds nothing there."""
    g = gazetteer()
    skipped = 0
    for text in texts:
        tokens = _tokens(text)
        words = tokens.words
        for i, word in enumerate(words):
            lengths = g.first.get(word)
            if lengths is None or 1 in lengths:
                continue
            if not (i + 1 < len(words) and words[i + 1] in g.second.get(word, ())):
                skipped += 1
                assert _longest(text, tokens, i, lengths, g) is None, (word, i)
    assert skipped > 100  # the shortcut is taken ("the" before no name)
    assert [p.text for p in _dict_matches(EDGES[2], g)] == [
        "The Gulf",
        "the Far East",
        "United Arab Emirates",
    ]


def test_counted_names_only_matter_inside_other_sentences(texts: list[str]) -> None:
    """_alien looks for counted names only in the other-workers sentences: the same as
    taking every counted sentence out."""
    scorer = RelevanceScorer(cues("en"))
    counted = 0
    for text in texts:
        starts = [0, *range(60, len(text), 60)]  # sentences of any shape

        def at(pos: int, starts: list[int] = starts) -> int:
            return bisect.bisect_right(starts, pos) - 1

        named = [m.span() for m in scorer.dprk.finditer(text)]
        every = set(range(len(starts)))
        full = scorer._counted(text, named, at)
        counted += len(full)
        for other in (set(), every, {at(a) for a, _ in named}, set(range(0, len(starts), 2))):
            assert scorer._alien(text, set(other), named, at) == other - full
    assert counted > 0


SENT_HOME_EDGES = [
    "They worked from   \n the DPRK and were sent to North\nHamgyong province.",
    "Work from Pyongyang's office; working from Pyongyang-based firms; works from Wonsan.",
    "(in Ryanggang Province) to South Pyongan province, in to Chagang province",
    "sent home to North Korea; worked from North Korea; Pyongyang at the start",
]


def test_sent_home_tried_only_before_places_finds_its_finditer(texts: list[str]) -> None:
    """The "sent to" pattern tried only in the words before a DPRK place (place first, the
    preposition checked before it) finds what its finditer finds."""
    found = 0
    for language in ("en", "ko"):
        scorer = RelevanceScorer(cues(language))
        if scorer.sent_home is None:
            continue
        for text in texts + SENT_HOME_EDGES:
            want = [m.span() for m in scorer.sent_home.finditer(text)]
            where = scorer._sent_home_starts(text)
            assert [m.span() for m in matches_at(scorer.sent_home, text, where, len(text))] == want
            found += len(want)
    assert found > 5


@pytest.mark.parametrize("language", ["en", "ko"])
def test_labor_terms_at_the_scan_starts_and_pretest_on_the_lowered_copy(
    texts: list[str], language: str
) -> None:
    """has_labor_terms' labour terms tried at the union scan's starts, and its pretest terms
    on the lower-cased copy of plain ASCII text, find what their searches find."""
    scorer = RelevanceScorer(cues(language))
    labor = scorer.cues.relevance_terms["labor"]
    for text in [*texts, "EMPLOYEES and Payrolls", "employeesx payroll", "근로자 employees"]:
        low = lower(text)
        shortcut = next(matches_at(labor, low, scorer._where(low), len(low)), None)
        assert (shortcut is None) == (labor.search(low) is None)
        assert scorer._pretested(text, low) == (scorer._pretest_terms.search(text) is not None)
        assert scorer._dprk_spans(text) == [m.span() for m in scorer.dprk.finditer(text)]
