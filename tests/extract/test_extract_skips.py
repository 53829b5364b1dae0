"""Speed-ups that skip work (a call, a search) find what the direct computation finds, on
the real articles of ../shared (read at test time) and on edge cases."""

from __future__ import annotations

import bisect

import pytest

from laborwatch.extract.cues import cues
from laborwatch.extract.places import _dict_matches, _longest, _tokens, gazetteer
from laborwatch.extract.relevance import RelevanceScorer
from laborwatch.extract.text import normalize

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
