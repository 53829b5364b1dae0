"""The faster shapes of the scanning patterns find exactly what the plain ones find."""

from __future__ import annotations

import bisect
import random
import re

from laborwatch.extract.cues import cues
from laborwatch.extract.relevance import _ROUGH_SENTENCE, RelevanceScorer
from laborwatch.extract.scan import starts as starts_of
from laborwatch.extract.scan import union_ahead
from laborwatch.extract.vocab import lower_pattern, phrase_pattern, scan_pattern

_NAMES = ["North Korea", "N. Korea", "DPRK", "Kim Jong-un", "NKorea", "Pyongyang", "北韓"]


def _random_text(rnd: random.Random, phrases: list[str], glue: list[str]) -> str:
    parts = []
    for _ in range(rnd.randint(1, 12)):
        phrase = rnd.choice(phrases)
        if rnd.random() < 0.5:  # a phrase broken over a line, or doubly spaced
            phrase = phrase.replace(" ", rnd.choice(["\n", "\n\n", "  ", " \n "]), 1)
        parts.append(rnd.choice(glue) + phrase + rnd.choice(glue))
    return "".join(parts)


def _same_as_phrase_pattern(names: list[str], texts: list[str]) -> None:
    plain, scan = re.compile(phrase_pattern(names)), re.compile(scan_pattern(names))
    for text in texts:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in scan.finditer(text)]
        for pos in range(0, len(text), 3):
            a, b = plain.search(text, pos), scan.search(text, pos)
            assert (a and b and a.span() == b.span()) or (a is None and b is None)


def test_scan_pattern_finds_what_phrase_pattern_finds() -> None:
    rnd = random.Random(11)
    glue = ["", " ", "-", "x", "_", "1", "'s ", ". ", "\n", "é"]
    _same_as_phrase_pattern(_NAMES, [_random_text(rnd, _NAMES, glue) for _ in range(3000)])


# Korean names and sentences written for this test: Hangul is \w, so a particle glued on
# ("북한의") or a syllable before ("주북한") leaves no word boundary.
_KO_NAMES = ["북한", "북한 노동자", "조선민주주의인민공화국", "북 노동자", "평양", "DPRK"]
_KO_TEXTS = [
    "북한 노동자 수백 명이 연해주에서 일한다. 평양은 이를 부인했다.",
    "주북한 대사관과 북한의 노동자, 조선민주주의인민공화국 국적자",
    "북\n노동자들이 평양으로 돌아갔고 DPRK 측은 북한  노동자를 더 보냈다",
]


def test_scan_pattern_finds_what_phrase_pattern_finds_on_hangul() -> None:
    rnd = random.Random(14)
    glue = ["", " ", "의 ", "은 ", "에서 ", "주", "가", "·", "러", ". ", "\n", "1"]
    texts = [_random_text(rnd, _KO_NAMES, glue) for _ in range(2000)]
    _same_as_phrase_pattern(_KO_NAMES, [*_KO_TEXTS, *texts])
    plain = re.compile(phrase_pattern(_KO_NAMES))
    assert sum(len(plain.findall(t)) for t in _KO_TEXTS) >= 6  # the names are found


def test_rough_sentences_cut_where_the_plain_pattern_cuts() -> None:
    rnd = random.Random(12)
    plain = re.compile(r"[.!?]\s+|\n+")
    for _ in range(3000):
        text = "".join(rnd.choice("ab .!?\n\t") for _ in range(rnd.randint(0, 40)))
        assert [m.span() for m in plain.finditer(text)] == [
            m.span() for m in _ROUGH_SENTENCE.finditer(text)
        ]


def test_home_sentences_match_a_whole_text_scan() -> None:
    """The home phrases read from the union scan's starts find what one scan of the
    whole text finds, also when phrases overlap and break over lines."""
    scorer = RelevanceScorer(cues("en"))
    phrases = ["inside the hermit state", "the hermit state", "state farm", "farm work", "at home"]
    scorer.home = re.compile(lower_pattern(phrases))
    scorer.home_places = frozenset({"inside the hermit state", "at home"})
    rnd = random.Random(13)
    glue = ["", " ", "said. ", "x\n", "a source ", ". ", ".\n\n", "? ", "ly "]
    for _ in range(3000):
        low = _random_text(rnd, phrases, glue)
        starts = [0] + [m.end() for m in _ROUGH_SENTENCE.finditer(low)]
        whole = {
            bisect.bisect_right(starts, m.start()) - 1
            for m in scorer.home.finditer(low)
            if " ".join(m.group().split()) not in scorer.home_places
            or not scorer.source_before.search(low, max(m.start() - 30, 0), m.start())
        }
        wanted = {i for i in range(len(starts)) if rnd.random() < rnd.choice([0.2, 0.6, 1.0])}
        where = starts_of(union_ahead(scorer.home.pattern), low, 0, len(low))
        assert scorer._home(low, starts, wanted, where) == whole & wanted
