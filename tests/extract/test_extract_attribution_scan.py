"""The attribution finder's narrowed searches find what the full searches find (a
speed-up that must not change an attribution)."""

from __future__ import annotations

import re

import pytest

from laborwatch.extract import attribution
from laborwatch.extract.attribution import _ends_with, _grammar, _reach
from laborwatch.extract.vocab import phrase_pattern

TEXTS = [
    "An  estimated 4,000 workers, the ministry said",
    "Reports filed by member\tstates  estimated that Chan said the city  said",
    "a\nsaid the\n said island said nation: said United said",
    "   said",
    "",
]


def test_end_anchored_searches_look_only_near_the_verb() -> None:
    g = _grammar("en")
    for rx, reach in ((g.adjectival, g.adjectival_reach), (g.noun_head, g.noun_head_reach)):
        for text in TEXTS:
            for stop in range(len(text) + 1):
                want = rx.search(text, 0, stop) is not None
                assert _ends_with(rx, reach, text, stop) == want, (text, stop)


def test_a_spanning_phrase_searches_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """A list holding a phrase of several words has no reach, and the end-anchored search
    then looks back over the whole text: the phrase starts well before the last word,
    where the longest word's reach would not look."""
    heads = ["member of", "city"]
    monkeypatch.setattr(attribution, "word_list", lambda language, key: heads)
    reach = _reach("en", "heads")
    assert reach is None
    rx = re.compile(r"\b(?:" + phrase_pattern(heads) + r")\s+$", re.I)
    body = "a member   of  said"
    stop = body.index("said")
    assert _ends_with(rx, reach, body, stop)
    assert not _ends_with(rx, len("member"), body, stop)  # a one-word reach misses it
    for text in [*TEXTS, body, "the city  said", "member\nof said"]:
        for stop in range(len(text) + 1):
            assert _ends_with(rx, reach, text, stop) == (rx.search(text, 0, stop) is not None)
