"""One union scan, then each pattern tried where a phrase starts, finds what each
pattern's own finditer finds (a speed-up that must not change a span)."""

from __future__ import annotations

import re

import pytest

from laborwatch.extract.cues import cues
from laborwatch.extract.document import prepare
from laborwatch.extract.scan import Folding, first_chars, matches_at, starts, union_ahead
from laborwatch.extract.sectors import SectorFinder
from laborwatch.extract.status import _setup, _status_grammar
from laborwatch.extract.text import folded_all
from laborwatch.extract.vocab import phrase_pattern
from laborwatch.model import Document

TEXTS = [
    "they were sent back home after 300 workers arrived; others remain and are working",
    "plans to send 2,000 builders, who are waiting for their exit visas, have stalled",
    "sent-back sentries resent sending; remaining remains in the sawmill and on farms",
    "",
]
# Korean sentences written for these tests (Hangul is \w but has no case; particles glue
# onto the words), with some Latin capitals among them.
KO_TEXTS = [
    "북한 노동자 300명이 연해주 건설 현장에서 일하고 있으며 일부는 귀국했다",
    "IT 개발자 20명은 선양의 식당에서 일하고, 나머지는 벌목장과 조선소로 보내졌다",
    "파견 예정인 노동자들은 출국을 기다리며 봉제 공장에서 SENT BACK 표시를 받았다",
    "건설현장건설 현장 보냈다보내 파견파견 예정",
]


def _windows_match(phrases: list[str], texts: list[str], step: int) -> int:
    """Two patterns of half the phrases each, tried where their union starts, find what
    their finditer finds in windows of every text; the number of matches found."""
    patterns = [re.compile(phrase_pattern(phrases[i::2])) for i in range(2)]
    ahead = union_ahead(phrase_pattern(phrases))
    found = 0
    for text in texts:
        for lo in range(0, len(text) + 1, step):
            for hi in (lo, lo + 5, lo + 3 * step + 2, len(text)):
                where = starts(ahead, text, lo, hi)
                for rx in patterns:
                    want = [m.span() for m in rx.finditer(text, lo, hi)]
                    assert [m.span() for m in matches_at(rx, text, where, hi)] == want
                    found += len(want)
    return found


def test_matches_at_is_finditer_in_every_window() -> None:
    phrases = ["sent", "sent back", "send", "remain", "remains", "back home", "work"]
    assert _windows_match(phrases, TEXTS, 7)


def test_matches_at_is_finditer_in_every_window_on_hangul() -> None:
    phrases = ["보냈", "보내", "파견", "파견 예정", "건설 현장", "건설", "일하고", "SENT BACK"]
    assert _windows_match(phrases, KO_TEXTS, 3)


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


SECTOR_TEXTS = [  # (language, text, does it name a sector?)
    *(("en", t.title(), "Sawmill" in t.title() or "Builders" in t.title()) for t in TEXTS if t),
    ("en", "IT staff at a Farm and a SAWMILL", True),
    *(("ko", t, True) for t in KO_TEXTS),
]


@pytest.mark.parametrize(("language", "text", "names_one"), SECTOR_TEXTS)
def test_sector_hint_finds_every_sector_cue(language: str, text: str, names_one: bool) -> None:
    """The finder's own ``_cue_starts`` holds every start of every sector cue its table
    runs, in each window: trying a cue only there finds what its finditer finds."""
    finder = SectorFinder(prepare(Document(id="t", text=text, language=language)), cues(language))
    low = finder._lower
    assert low is not None  # the lower-cased copy, so the hint is used
    found = 0
    for lo in range(0, len(text), 9):
        for hi in (lo + 12, len(text)):
            where = finder._cue_starts(lo, hi)
            assert where is not None
            for _name, rx, lowered in finder._cue_table:
                on = low if lowered else text
                want = [m.span() for m in rx.finditer(on, lo, hi)]
                assert [m.span() for m in matches_at(rx, on, where, hi)] == want, (lo, hi)
                found += len(want)
    assert bool(found) == names_one


def test_folding_on_hangul_finds_what_the_caseless_patterns_find() -> None:
    """Hangul has no case, so a Korean text (with Latin capitals) is folded: the folded
    patterns on the lower-cased copy find the spans the re.IGNORECASE ones find."""
    patterns = [
        re.compile(phrase_pattern(["건설 현장", "보냈", "sent back"]), re.I),
        re.compile(phrase_pattern(["IT", "식당", "조선소"]), re.I),
    ]
    folding = Folding(patterns)
    found = 0
    for text in KO_TEXTS:
        on, folds = folding.on(text)
        assert on == text.lower() and not any(f.flags & re.I for f in folds)  # folded
        assert len(on) == len(text)
        for rx, fold in zip(patterns, folds, strict=True):
            want = [m.span() for m in rx.finditer(text)]
            assert [m.span() for m in fold.finditer(on)] == want
            found += len(want)
    assert found


def test_folding_is_folded_all() -> None:
    plain = [re.compile(phrase_pattern(["sent back", "remain"]), re.I), re.compile("work", re.I)]
    unfoldable = [*plain, re.compile(r"[A-Z]\w+", re.I)]
    for patterns in (plain, unfoldable):
        folding = Folding(patterns)
        for text in [*TEXTS, *KO_TEXTS, "Ünïcode Sent Back", "Kelvin \u212a sent", "건설 \u212a"]:
            want_text, want = folded_all(text, patterns)
            got_text, got = folding.on(text)
            assert got_text == want_text
            assert [rx.pattern for rx in got] == [rx.pattern for rx in want]
            assert [rx.flags for rx in got] == [rx.flags for rx in want]


@pytest.mark.parametrize(
    ("pattern", "flags", "want"),
    [
        (r"\b(?:(?:ab|cd))\b|e\s+", 0, "ace"),
        (r"(?<!\w)[x-z]+(?=q)", 0, "xyz"),
        (r"(?:a?b)", 0, None),  # its first item may be empty: unsure
        (r"(?:a|)", 0, None),  # may match the empty string
        (r"\bab", re.IGNORECASE, None),  # either case
        (r"(?i:a)b", 0, None),
        (r"[^a]b", 0, None),
        (r"\wb", 0, None),
        (r"(?:보내|파견)", 0, "보파"),
    ],
)
def test_first_chars(pattern: str, flags: int, want: str | None) -> None:
    found = first_chars(re.compile(pattern, flags))
    assert found == (frozenset(want) if want is not None else None)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_first_chars_open_every_match_of_the_scanned_patterns(language: str) -> None:
    c = cues(language)
    patterns = [*c.relevance_terms.values(), c.abroad_phrases, *c.sectors.values()]
    texts = [t.lower() for t in TEXTS + KO_TEXTS] + TEXTS + KO_TEXTS
    seen = 0
    for rx in patterns:
        firsts = first_chars(rx)
        for text in texts:
            for m in rx.finditer(text):
                seen += 1
                assert firsts is None or text[m.start()] in firsts
    assert seen >= 5
