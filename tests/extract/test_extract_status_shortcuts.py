"""The status finder's shortcuts (speed9a) find what the direct computations they replace
find, on the real articles of ../shared (read at test time) and on edge cases written for
these tests: the cue patterns tried by the first character of their phrases, the exact
pre-tests of patterns that end a window, and the per-sentence caches."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from laborwatch.extract.cues import cues
from laborwatch.extract.document import DocView, SentenceView, prepare
from laborwatch.extract.status import (
    _FIGURE_ENDS,
    StatusFinder,
    _number_end,
    _setup,
    _status_grammar,
    _tail_ends,
)
from laborwatch.extract.text import normalize
from laborwatch.model import Document

EDGES = [
    "",
    "They have not yet arrived, and 300 never left; 40 didn't return and 12 haven\u2019t "
    "been sent.",
    "The number stood at about 1,200 in 2019, up from 3,000, compared with 5 000 and "
    "reached 2.5 . Kuwait, 40 remain.",
    "Half of the 800 doctors, all but a handful of their 2,500 and none of those 30 went "
    "home; of the roughly 60, twenty of the 80 stayed.",
    "Firms that hire them and companies  which\nship logs pay; the thatched firm that.",
    "Workers would be sent home; 200 will arrive and others are set to\tfollow later.",
    "Continue to arrive: they continued to work, continuing to leave and continues to go.",
]


@pytest.fixture(scope="module")
def views(corpus_records: dict[str, dict]) -> list[DocView]:
    texts = [r["text"] for r in corpus_records.values()] + EDGES
    return [prepare(Document(id=str(i), text=normalize(t))) for i, t in enumerate(texts)]


def _finder(view: DocView) -> StatusFinder:
    return StatusFinder(view, cues("en"))


def _ends_of_space(text: str, lo: int, hi: int) -> list[int]:
    """Every position in text[lo:hi + 1] right after white space: the only ends of a window
    that a pattern closing on white space (then ``$``) can match up to."""
    return [p for p in range(lo + 1, hi + 1) if text[p - 1].isspace()]


def test_cues_tried_by_first_character_are_those_of_each_patterns_finditer(
    views: list[DocView],
) -> None:
    """_index_cues with the first-character table finds the cues that the direct scans
    (each status pattern's finditer, then the waiting pattern's) find."""
    assert _setup(cues("en")).starters is not None  # the table is in use for English
    found = 0
    for view in views:
        fast, direct = _finder(view), _finder(view)
        direct._starters = None  # the direct path: every pattern scans the sentence
        for sv in view.sentences:
            got = fast._index_cues(sv)
            assert got == direct._index_cues(sv), view.sentence_text(sv)
            found += len(got[0])
    assert found > 500


def test_window_end_pre_tests_never_skip_a_match(views: list[DocView]) -> None:
    """Wherever a pattern that must end its window matches, its last-words pre-test
    passes (the level's numbers by _number_end): the pre-tests only spare searches."""
    g, c, ends = _status_grammar("en"), cues("en"), _tail_ends("en")
    checks: list[tuple[re.Pattern[str], tuple[str, ...] | None, bool]] = [
        (g["negated"], ends["negated"], False),
        (c.level_before, ends["level"], True),
        (c.future_modal, ends["modal"], False),
        *((g[name], ends["partitive"], False) for name in _partitive_patterns()),
    ]
    assert all(e for _rx, e, _n in checks)  # every pattern has its test (none is None)
    matched = 0
    for view in views:
        low = view.lower
        for sv in view.sentences:
            for p in _ends_of_space(low, sv.start, sv.end):
                # the windows asked: the sentence before a figure, a reach before a cue
                for window in (low[sv.start : p], low[max(0, p - 40) : p], low[max(0, p - 25) : p]):
                    tail = window.rstrip()
                    for rx, words, numbers in checks:
                        if rx.search(window):
                            matched += 1
                            assert tail.endswith(words) or (numbers and _number_end(tail)), (
                                rx.pattern[:40],
                                window[-60:],
                            )
    assert matched > 1000


def _partitive_patterns() -> list[str]:
    return ["partitive_whole", "partitive_all", "partitive_of", "partitive_nobody"]


def test_figure_end_patterns_before_a_figure_are_their_direct_search(
    views: list[DocView],
) -> None:
    """_before_figure, tested on the sentence's stripped text before the figure, finds what
    the pattern's search of its reach before the figure finds."""
    g = _status_grammar("en")
    reaches = (12, 30, 40, 80)
    hits = 0
    for view in views:
        finder, low = _finder(view), view.lower
        for sv in view.sentences:
            for p in _ends_of_space(low, sv.start, sv.end):
                q = SimpleNamespace(start=p)
                ending = low[sv.start : p].rstrip()
                for name in _FIGURE_ENDS:
                    for reach in reaches:
                        want = g[name].search(low, max(sv.start, p - reach), p)
                        got = finder._before_figure(name, sv, q, reach, ending)  # type: ignore[arg-type]
                        assert (got and got.span()) == (want and want.span()), (name, reach)
                        hits += want is not None
    assert hits > 100


def test_thing_relatives_are_found_only_where_the_pre_test_allows(views: list[DocView]) -> None:
    """_may_relate is False only where "thing_relative" finds nothing (in any span of a
    sentence that starts at the sentence's start, the span it is asked)."""
    rx = _status_grammar("en")["thing_relative"]
    matched = 0
    for view in views:
        finder, low = _finder(view), view.lower
        for sv in view.sentences:
            for hi in [sv.end, *_ends_of_space(low, sv.start, sv.end)]:
                if rx.search(low, sv.start, hi):
                    matched += 1
                    assert finder._may_relate(low, sv.start, hi), low[sv.start : hi][-80:]
    assert matched > 20


@pytest.mark.parametrize(
    ("tail", "number"),
    [
        ("up from 3,000", True),
        ("kuwait,", False),
        ("stood at 1.5", True),
        ("in 2019", True),
        ("x2019", False),
        ("2019", False),
        ("at ,", True),
        ("at", False),
        ("", False),
        ("at \u0663", True),
    ],
)
def test_number_end(tail: str, number: bool) -> None:
    """A number ends a tail only as a whole word after white space, as ``\\s+[\\d.,]+``."""
    assert _number_end(tail) is number
    assert bool(re.search(r"\s[\d.,]+$", tail)) is number


def test_per_sentence_caches_are_the_direct_computations(views: list[DocView]) -> None:
    """The figure spans, whether a sentence continues the one before, and where its
    workers' noun ends, kept per sentence, are what computing them afresh gives."""
    c, g = cues("en"), _status_grammar("en")
    for view in views:
        finder = _finder(view)
        for sv in view.sentences:
            for _ in range(2):  # found, then kept
                assert finder._figure_spans(sv) == [(x.start, x.end) for x in sv.quantities]
                body = view.sentence_text(sv)
                continues = g["continuation"].search(view.lower[sv.start : sv.end])
                assert finder._continuing(sv) == bool(continues or c.same_workers.search(body))
                noun = c.worker_nouns.search(body) or c.people_nouns.search(body)
                assert finder._workers_end(sv) == (sv.start + noun.end() if noun else None)


def _cues_in_direct(
    finder: StatusFinder, sv: SentenceView, lo: int, hi: int, masks: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    return [
        c
        for c in finder._all_cues(sv)
        if lo <= c[0] and c[1] <= hi and not any(a < c[1] and c[0] < b for a, b in masks)
    ]


def test_cues_in_a_span_are_those_of_a_filter_of_the_sentence(views: list[DocView]) -> None:
    """_cues_in (bisection, then a loop over the masks) keeps the cues a plain filter of
    the sentence's cues keeps."""
    for view in views[:: max(1, len(views) // 40)]:
        finder = _finder(view)
        for sv in view.sentences:
            masks = finder._figure_spans(sv)
            points = sorted({sv.start, sv.end, *range(sv.start, sv.end, 11)})
            for lo in points:
                for hi in points:
                    for m in ([], masks):
                        want = _cues_in_direct(finder, sv, lo, hi, m)
                        assert finder._cues_in(sv, lo, hi, m) == want
