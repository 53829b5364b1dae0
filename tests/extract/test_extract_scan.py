"""One union scan, then each pattern tried where a phrase starts, finds what each
pattern's own finditer finds (a speed-up that must not change a span)."""

from __future__ import annotations

import re

import pytest

from laborwatch.extract.cues import cues
from laborwatch.extract.scan import Folding, matches_at, starts, union_ahead
from laborwatch.extract.status import _setup, _status_grammar
from laborwatch.extract.text import caseless_lower, folded_all
from laborwatch.extract.vocab import phrase_pattern

TEXTS = [
    "they were sent back home after 300 workers arrived; others remain and are working",
    "plans to send 2,000 builders, who are waiting for their exit visas, have stalled",
    "sent-back sentries resent sending; remaining remains in the sawmill and on farms",
    "",
]


def test_matches_at_is_finditer_in_every_window() -> None:
    phrases = ["sent", "sent back", "send", "remain", "remains", "back home", "work"]
    patterns = [re.compile(phrase_pattern(phrases[i::2])) for i in range(2)]
    ahead = union_ahead(phrase_pattern(phrases))
    for text in TEXTS:
        for lo in range(0, len(text) + 1, 7):
            for hi in (lo, lo + 5, lo + 23, len(text)):
                where = starts(ahead, text, lo, hi)
                for rx in patterns:
                    want = [m.span() for m in rx.finditer(text, lo, hi)]
                    assert [m.span() for m in matches_at(rx, text, where, hi)] == want


@pytest.mark.parametrize("text", TEXTS)
def test_status_union_finds_every_status_cue(text: str) -> None:
    c = cues("en")
    ahead = _setup(c).any_cue
    assert ahead is not None  # the cue patterns are the phrase patterns of cues.yaml
    where = starts(ahead, text, 0, len(text))
    assert _setup(c).waits_in_any
    for rx in [*c.status.values(), _status_grammar("en")["waiting"]]:
        got = [m.span() for m in matches_at(rx, text, where, len(text))]
        assert got == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("text", [t.title() for t in TEXTS] + ["IT staff at a Farm and a SAWMILL"])
def test_sector_hint_finds_every_sector_cue(text: str) -> None:
    c = cues("en")
    lowered, upper = (union_ahead(rx.pattern) for rx in c.sector_hint)
    low = caseless_lower(text)
    assert low is not None
    where = sorted(set(starts(lowered, low, 0, len(text)) + starts(upper, text, 0, len(text))))
    for rx in c.sectors.values():
        got = [m.span() for m in matches_at(rx, text, where, len(text))]
        assert got == [m.span() for m in rx.finditer(text)]


def test_folding_is_folded_all() -> None:
    plain = [re.compile(phrase_pattern(["sent back", "remain"]), re.I), re.compile("work", re.I)]
    unfoldable = [*plain, re.compile(r"[A-Z]\w+", re.I)]
    for patterns in (plain, unfoldable):
        folding = Folding(patterns)
        for text in [*TEXTS, "Ünïcode Sent Back", "Kelvin \u212a sent"]:
            want_text, want = folded_all(text, patterns)
            got_text, got = folding.on(text)
            assert got_text == want_text
            assert [rx.pattern for rx in got] == [rx.pattern for rx in want]
            assert [rx.flags for rx in got] == [rx.flags for rx in want]
