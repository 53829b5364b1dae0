"""Scans reused across spans (speed8a) find what the direct searches they replace find, on
the real articles of ../shared (read at test time) and on invented edge cases."""

from __future__ import annotations

import pytest

from laborwatch.extract.attribution import AttributionFinder
from laborwatch.extract.counts import _spoken_needles
from laborwatch.extract.cues import cues
from laborwatch.extract.document import DocView, prepare
from laborwatch.extract.sectors import SectorFinder
from laborwatch.extract.tails import NeedleIndex
from laborwatch.extract.text import caseless_lower, lower, normalize
from laborwatch.model import Document

EDGES = [
    "",
    "Those workers left. They said so. The 83 workers stayed; these welders and those cooks.",
    "Is it true? That is a lie, an exaggeration, said Ms Orlova, who did not enquire further.",
    "As of May the 40 loggers of the Velka sawmill said they felled trees; the loggers left.",
    "THEY WORK THERE. Such builders said: the remaining 30 workers assembled furniture.",
]


@pytest.fixture(scope="module")
def views(corpus_records: dict[str, dict]) -> list[DocView]:
    texts = [r["text"] for r in corpus_records.values()] + EDGES
    return [prepare(Document(id=str(i), text=normalize(t))) for i, t in enumerate(texts)]


def _spans(lo: int, hi: int, step: int = 7) -> list[tuple[int, int]]:
    """Spans of many shapes inside [lo, hi] (the same start and end included)."""
    points = sorted({lo, hi, *range(lo, hi, step)})
    return [(a, b) for a in points for b in points if a <= b and b - a <= 160]


def test_needle_index_is_the_last_needle_of_each_span(views: list[DocView]) -> None:
    needle_sets = [*_spoken_needles("en"), ("aa", "a"), ("ab", "ba")]
    extra = ["aaaa abab", "ba" * 20]
    for text in [lower(v.text) for v in views] + extra:
        for needles in needle_sets:
            index = NeedleIndex(text, needles)
            for lo, hi in _spans(0, len(text), step=37 if len(text) > 800 else 1):
                want = max((text.rfind(w, lo, hi) for w in needles), default=-1)
                assert index.last(lo, hi) == want, (needles, lo, hi)
            assert index.last(len(text), 0) == -1  # an empty (inverted) span


def test_same_group_phrases_are_found_where_the_search_finds_them(views: list[DocView]) -> None:
    for view in views:
        finder = SectorFinder(view, cues("en"))
        for sv in view.sentences:
            want = any(
                rx.search(text[sv.start : sv.end]) for text, rxs in finder._them for rx in rxs
            )
            assert finder._them_in(sv) == want, view.sentence_text(sv)


def test_sector_hint_places_answer_its_search(views: list[DocView]) -> None:
    lowered, upper = cues("en").sector_hint
    for view in views:
        finder = SectorFinder(view, cues("en"))
        low = caseless_lower(view.text)
        if low is None:
            continue
        for sv in view.sentences:
            for lo, hi in _spans(sv.start, sv.end, step=23):
                want = bool(lowered.search(low, lo, hi) or upper.search(view.text, lo, hi))
                assert finder._may_name(lo, hi) == want
                # asked again (cached), the same places
                assert finder._cue_starts(lo, hi) == finder._cue_starts(lo, hi)


def test_folded_sector_patterns_match_as_the_originals(views: list[DocView]) -> None:
    for view in views:
        finder = SectorFinder(view, cues("en"))
        g = finder.grammar
        for sv in view.sentences:
            for q in sv.quantities:
                want = g.own_head.match(view.text, q.end, sv.end)
                got = finder._own_head(q.end, sv.end)
                assert (got and got.span()) == (want and want.span())
            want_restated = g.restated.search(view.sentence_text(sv)) is not None
            assert finder._restated(sv) == want_restated


def test_speech_verbs_from_any_start_are_those_of_a_scan_from_there(
    views: list[DocView],
) -> None:
    for view in views:
        finder = AttributionFinder(view, cues("en"))
        for sv in view.sentences:
            sentence = finder._cue_text[sv.start : sv.end]
            for lo in range(-1, len(sentence) + 2):
                want = [m.span() for m in finder.speech_verbs.finditer(sentence, lo)]
                assert [m.span() for m in finder._speech_verbs_from(sv, lo)] == want
