"""The attribution finder's narrowed searches find what the full searches find (a
speed-up that must not change an attribution)."""

from __future__ import annotations

import re

from laborwatch.extract.attribution import _ends_with, _grammar

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


def test_a_spanning_phrase_searches_everything() -> None:
    rx = re.compile(r"(?:member\s+of)\s+$", re.I)
    assert _ends_with(rx, None, "a member   of  ", 15)
    assert not _ends_with(rx, None, "a member of x ", 14)
