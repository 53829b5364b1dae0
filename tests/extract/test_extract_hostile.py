"""Hostile input: one sentence of thousands of figures, a very long Korean sentence. The
cost per sentence is bounded (behaviour asserted here, never wall time; the timings are
bench/extract_hostile.py's)."""

from __future__ import annotations

import logging
import re

import pytest

from laborwatch.extract.document import MAX_FIGURES_PER_SENTENCE, prepare
from laborwatch.extract.ko import where
from laborwatch.model import Document

_PLACES = ("Laos", "Angola", "Oman", "Peru")


def _listing(n: int) -> str:
    """One sentence (no full stop) naming ``n`` groups of workers, each with its place."""
    groups = [f"{500 + 3 * i} North Korean welders went to {_PLACES[i % 4]}" for i in range(n)]
    return "The agency counted " + ", ".join(groups) + "\n"


def test_a_sentence_of_thousands_of_figures_reads_its_first_figures_and_warns(extractor, caplog):
    doc = Document(id="listing", text=_listing(3000), language="en", published="2024-05")
    with caplog.at_level(logging.WARNING, logger="laborwatch.extract.document"):
        out = extractor.extract(doc)
    values = sorted(c.value.low for c in out.claims if c.kind == "workers")
    assert len(values) == MAX_FIGURES_PER_SENTENCE
    assert values[0] == 500 and values[-1] == 500 + 3 * (MAX_FIGURES_PER_SENTENCE - 1)
    (record,) = caplog.records
    assert "listing" in record.getMessage() and "3000 figures" in record.getMessage()


def test_a_sentence_at_the_cap_is_read_whole_without_warning(extractor, caplog):
    doc = Document(id="t", text=_listing(MAX_FIGURES_PER_SENTENCE), language="en")
    with caplog.at_level(logging.WARNING, logger="laborwatch.extract.document"):
        view = prepare(doc)
    assert len(view.sentences[0].quantities) == MAX_FIGURES_PER_SENTENCE
    assert not caplog.records


def _fronted_before(text: str, start: int, end: int, cue: re.Pattern[str]) -> bool:
    """The fronted-adverbial test as it was: a search through the sentence before the
    figure, kept only when nothing but quotes or brackets stand before the match."""
    m = cue.search(text, start, end)
    return bool(m and not text[start : m.start()].strip(" \"'“‘("))


@pytest.mark.parametrize(
    "text",
    [
        "Over the decades, some 60,000 North Korean loggers worked in Russia.",
        "“Over the decades, some 60,000 North Korean loggers worked in Russia.",
        "(Over the decades) some 60,000 North Korean loggers worked in Russia.",
        "Officials said that over the decades some 60,000 North Koreans worked in Russia.",
        "Russia, a host over the decades, now employs 60,000 North Korean loggers.",
        "Some 60,000 North Korean loggers work in Russia.",
    ],
)
def test_a_fronted_cumulative_cue_reads_as_before(extractor, text):
    from laborwatch.extract.basis import BasisFinder

    doc = Document(id="t", text=text, language="en")
    view = prepare(doc)
    (sv,) = view.sentences
    q = next(q for q in sv.quantities if q.low == 60000)
    finder = BasisFinder(view)
    lo, hi = sv.clause_of(q.core_start)
    cue = finder.p.cumulative
    before = (
        bool(cue.search(view.text, lo, hi))
        or _fronted_before(view.text, sv.start, q.start, cue)
        or bool(finder.p.since.search(text) and finder.p.perfect.search(text))
    )
    assert finder.cumulative(sv, q) is before


@pytest.mark.parametrize(
    "prefix",
    [
        "북한 노동자가 일하고 현지 소식통이",
        "북한 노동자가 일하며 중국 당국은",
        "러시아에 파견됐고 일하면서 대북 매체가",
        "쉼표, 뒤에 일하고 정부 관계자는\n",
        "연결어미가 없는 문장이",
        "일하고 " + "아주 " * 30 + "긴 주어가",
        "일하고 주어가 아닌 끝",
    ],
)
def test_the_korean_subject_is_found_as_by_a_search(prefix):
    found, searched = where._SUBJECT.match(prefix), where._SUBJECT.search(prefix)
    assert (found and found.group(1)) == (searched and searched.group(1))


def test_a_very_long_korean_sentence_keeps_its_speaker():
    from laborwatch.extract.pipeline import Extractor

    clauses = " ".join(
        f"{('라오스', '앙골라')[i % 2]}에 북한 노동자 {100 + i}명이 일하{'고' if i % 2 else '며'}"
        for i in range(1500)
    )
    text = "북한 노동자 파견과 관련해 " + clauses + " 현지 소식통이 말했다\n"
    out = Extractor().extract(Document(id="k", text=text, language="ko"))
    workers = [c for c in out.claims if c.kind == "workers"]
    assert len(workers) == MAX_FIGURES_PER_SENTENCE
    assert {c.attribution for c in workers} == {"현지 소식통"}


def test_search_ahead_finds_what_a_search_finds_from_any_position():
    text = "Crews left, and then (as we hear) the crews of welders went home, and stayed there."
    view = prepare(Document(id="t", text=text, language="en"))
    rx = re.compile(r"\bcrews?\b|\bthere\b")
    end = len(text) - 1
    # in order (the cache answers), backwards and repeated (it searches again)
    for pos in [*range(len(text) + 1), *range(len(text), -1, -7), 3, 3, 50]:
        got, want = view.search_ahead(rx, pos, end), rx.search(view.text, pos, end)
        assert (got and got.span()) == (want and want.span()), pos
    lowered = re.compile(r"crews")
    for pos in range(0, 40, 3):
        got = view.search_ahead(lowered, pos, end, lowered=True)
        want = lowered.search(view.lower, pos, end)
        assert (got and got.span()) == (want and want.span()), pos


@pytest.mark.parametrize(
    "after",
    [
        " welders were sent abroad",
        " of the welders and cooks from the northern towns then left",
        " skilled welders, cooks and drivers",
        "   welders   " + "x" * 400 + " were sent",
        " " + " ".join(["a"] * 30) + " who left",
        "",
    ],
)
def test_a_figures_head_read_in_a_window_is_the_head_of_the_whole_rest(
    extractor, monkeypatch, after
):
    from laborwatch.extract import counts

    text = "Some 300" + after
    cues, start = extractor.reader("en").cues, len("Some 300")
    for lowered in (False, True):
        classes = counts._noun_classes(cues, lowered)
        windowed = counts._head(text, start, len(text), cues, classes)
        with monkeypatch.context() as m:  # the whole rest of the sentence, as before
            m.setattr(counts, "_head_reach", lambda text, start, end: end)
            whole = counts._head(text, start, len(text), cues, classes)
        assert windowed == whole


@pytest.mark.parametrize(
    "gap",
    [
        " ",
        " and ",
        ", and the ",
        " , ",
        "  or  the  ",
        " to ",
        ", ",
        "",
        " " * 3000,
        " " * 3000 + "to",
    ],
)
def test_list_joiners_with_possessive_blanks_join_what_they_joined(gap):
    from laborwatch.extract import destinations
    from laborwatch.extract.vocab import words

    g = destinations._grammar("en")
    joiners, the = words("en", "list_joiners"), words("en", "articles")
    before = re.compile(  # the pattern as it was, with backtracking blanks
        rf"^\s*(?:,|{joiners}|,\s*(?:{joiners}))?\s*(?:(?:{the})\s+)?$", re.IGNORECASE
    )
    assert bool(g.joiner.match(gap)) is bool(before.match(gap))


def test_dash_asides_keep_their_cuts_inside_one_clause():
    from laborwatch.extract.document import _clause_cuts

    body = "Crews left, the cooks - and, we hear, the drivers - stayed; others (a few) went home"
    cuts = _clause_cuts(body, 100)
    assert [body[c - 100] for c in cuts] == [",", ";", " ", ")"]
    assert len(_clause_cuts("a - b, " * 4000, 0)) == 2000  # pairs of dashes: asides
