"""A phrase pattern is tried only where a word of the text opens one of its phrases
(first_words, may_search, the gated matches_at) and a qualifier only where the text
ends with a qualifier's last word (tails): speed-ups that must not lose a match."""

from __future__ import annotations

import re

import pytest

from laborwatch.extract.numbers import grammar
from laborwatch.extract.scan import matches_at, may_search
from laborwatch.extract.tails import last_words, may_end_with
from laborwatch.extract.vocab import first_words, opening_with, phrase_pattern

PHRASES = ["saw mill", "sawmill", "co-operative farm", "farms", "café staff", "IT crew", "ca."]
# invented texts: words glued to the phrases, windows cut inside words, accents, capitals
TEXTS = [
    "the sawmills near a saw  mill; a co-operative farm and farmsteads hired an IT crew",
    "Café staff and café staffers met ca. 40 co-operative farmers at the sawmill",
    "IT crews, it crew and ITcrew at farms",
]


def _windows(text: str) -> list[tuple[int, int]]:
    return [(lo, hi) for lo in range(0, len(text), 3) for hi in range(lo, len(text) + 1, 2)]


@pytest.mark.parametrize("flags", [0, re.ASCII])
def test_may_search_never_misses(flags: int) -> None:
    rx = re.compile(phrase_pattern(PHRASES), flags)
    assert first_words(rx) is not None or flags  # ASCII \w: "café" has no gate
    for text in TEXTS:
        for lo, hi in _windows(text):
            if rx.search(text, lo, hi):
                assert may_search(rx, text, lo, hi), (text[lo:hi], rx.search(text, lo, hi))


def test_gated_matches_at_finds_what_finditer_finds() -> None:
    rx = re.compile(phrase_pattern(PHRASES))
    for text in TEXTS:
        for lo, hi in _windows(text):
            where = list(range(lo, hi))
            got = [m.span() for m in matches_at(rx, text, where, hi)]
            assert got == [m.span() for m in rx.finditer(text, lo, hi)]


def test_no_gate_without_a_word_boundary_or_case() -> None:
    assert first_words(re.compile(phrase_pattern(PHRASES), re.IGNORECASE)) is None
    assert first_words(re.compile(phrase_pattern(["$5", "farms"]))) is None  # opens on "$"
    assert first_words(re.compile(phrase_pattern(["노동자"]))) is None  # Hangul: no boundary
    assert first_words(re.compile(r"\bfarms?\b")) is None  # not a phrase pattern


def test_opening_with_unites_the_openers() -> None:
    verbs, nouns = phrase_pattern(["fell", "cut down"]), phrase_pattern(["logs", "trees"])
    rx = re.compile(opening_with(r"\b(?:" + verbs + r")\s+(?:" + nouns + ")", verbs))
    assert first_words(rx) == {"fell", "cut"}
    assert not may_search(rx, "felled trees", 0, 12)
    assert may_search(rx, "they cut  down trees", 0, 20)


def test_qualifier_tail_test_never_misses() -> None:
    g = grammar("en")
    ends = last_words(["more than", "ca.", "upward of a"])
    assert ends == ("a", "ca.", "than")
    assert last_words(["ſome"]) is None  # re.IGNORECASE folds "ſ" onto "s"
    assert not may_end_with("they hired \n", ends)
    assert may_end_with("some MORE THAN \t\n ", ends)
    assert may_end_with("non-ASCII café", ends)  # not tested: may
    for before in ["rose to more than ", "about\n", "hired some", "ABOUT ", "over\n\n", "ca. "]:
        qual = g.qual_re.search(before, max(0, len(before) - 36))  # type: ignore[attr-defined]
        assert (qual is None) == (g._qualifier(before) is None)  # type: ignore[attr-defined]
