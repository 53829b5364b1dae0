"""Lower-cased patterns on a lower-cased copy find what re.IGNORECASE finds (speed-ups)."""

from __future__ import annotations

import re

import pytest

from laborwatch.extract.cues import cues
from laborwatch.extract.text import caseless_lower, folded

TEXTS = [
    "Some 300 Workers were SENT to build FLATS; half of their Wages is taken.",
    "THE MINISTRY said last Year that 50 fishermen work at sea \u2014 \u201cquoted\u201d.",
]


@pytest.mark.parametrize("name", ["share", "wage", "worker_nouns", "people_nouns", "things"])
@pytest.mark.parametrize("text", TEXTS)
def test_folded_patterns_find_the_same_spans(name: str, text: str) -> None:
    rx = getattr(cues("en"), name)
    fold = folded(rx)
    low = caseless_lower(text)
    assert fold is not None and low is not None
    assert [m.span() for m in fold.finditer(low)] == [m.span() for m in rx.finditer(text)]


def test_caseless_lower_refuses_letters_that_fold_onto_ascii() -> None:
    # IGNORECASE matches "ſ" for "s" and the Kelvin sign for "k": lower() does not
    assert caseless_lower("the wageſ") is None
    assert caseless_lower("a \u212aorean worker") is None
    assert caseless_lower("Caf\u00c9 workers") is None
    assert caseless_lower("caf\u00e9 workers") is None  # a cased non-ASCII letter
    assert caseless_lower("Workers \u2014 \u201cthere\u201d") == "workers \u2014 \u201cthere\u201d"


def test_folded_refuses_case_sensitive_parts() -> None:
    assert folded(re.compile(r"\bwork|(?-i:IT)", re.IGNORECASE)) is None
    assert folded(re.compile(r"\S+work", re.IGNORECASE)) is None
    assert folded(re.compile("work")) is None  # not case-insensitive: nothing to fold
