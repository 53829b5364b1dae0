"""Origin's speed-ups (speed9b) find what the direct searches they replace find, on the real
articles of ../shared (read at test time) and on edge cases of our own."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from laborwatch.extract.attribution import AttributionFinder, _grammar
from laborwatch.extract.cues import cues
from laborwatch.extract.document import prepare
from laborwatch.extract.origin import OriginFinder, _caseless, _Forms, _vocabulary
from laborwatch.extract.tails import may_end_with
from laborwatch.extract.text import caseless_lower, normalize
from laborwatch.model import Document

EDGES = [
    "",
    "RFA, rfa and Rfa; the AP, The Ap, AP's and APs; Daily NK, DAILY NK, dailynk, Daily\nNK.",
    "A source told Radio  Free\tAsia; the U.S. State Department and the UN Panel of Experts.",
    "Kelvin: \u212aINU and \u017fources (folded letters) beside KINU, NIS, nis and Seoul's NIS.",
    "ÉTAT: the Ministry of Labour, the ministry's report, «Daily NK», “the AP” — RFA’s source.",
]


@pytest.fixture(scope="module")
def texts(corpus_records: dict[str, dict], shared_dir: Path) -> list[str]:
    out = [normalize(r["text"]) for r in corpus_records.values()]
    for name in ("dev2", "ko-dev"):
        with (shared_dir / "corpus" / f"{name}.jsonl").open(encoding="utf-8") as f:
            out += [normalize(json.loads(line)["text"]) for line in f if line.strip()]
    return out + EDGES


def _direct(rx: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> list:
    hi = len(text) if hi is None else hi
    return [(m.start(), m.end()) for m in rx.finditer(text, lo, hi)]


def _all_forms() -> list[_Forms]:
    v = _vocabulary("en")
    return [v.name_forms, v.any_outlet, *(forms for _name, forms, _sites in v.outlets)]


def test_forms_split_into_halves() -> None:
    # the speed-up applies to the shipped vocabularies (else only the whole pattern runs)
    assert all(f.halves for f in _all_forms())


def test_halves_find_the_whole_patterns_matches_in_sentences(texts: list[str]) -> None:
    forms = _all_forms()
    seen = 0
    for text in texts:
        view = prepare(Document(id="t", text=text))
        low = caseless_lower(text)
        for sv in view.sentences:
            for f in forms:
                want = _direct(f.rx, text, sv.start, sv.end)
                assert f.spans(text, low, sv.start, sv.end) == want, text[sv.start : sv.end]
                assert f.spans(text, low, sv.start, sv.end, first=True) == want[:1]
                seen += bool(want)
    assert seen > 100


def test_halves_find_the_whole_patterns_matches_in_phrases(texts: list[str]) -> None:
    forms = _all_forms()
    for text in texts:
        view = prepare(Document(id="t", text=text))
        for sv in view.sentences:
            body = text[sv.start : sv.end]
            # the sentence and its clauses as phrases of their own
            for phrase in [body, *re.split(r"[,;:]\s", body)]:
                low = _caseless(phrase)
                assert low is None or len(low) == len(phrase)
                for f in forms:
                    assert f.spans(phrase, low) == _direct(f.rx, phrase), phrase
                    for pos in range(0, len(phrase) + 2, 7):
                        m = f.rx.match(phrase, pos)
                        assert f.match(phrase, low, pos) == (m.span() if m else None)


def test_no_outlet_matches_where_their_union_finds_none(texts: list[str]) -> None:
    v = _vocabulary("en")
    for text in texts:
        low = caseless_lower(text)
        for line in text.split("\n"):
            named = any(f.rx.search(line) for _name, f, _sites in v.outlets)
            assert bool(v.any_outlet.spans(line, _caseless(line), first=True)) == named
        assert bool(v.any_outlet.spans(text, low, first=True)) == any(
            f.rx.search(text) for _name, f, _sites in v.outlets
        )


def test_outlet_spans_are_each_outlets_first_match(texts: list[str]) -> None:
    v = _vocabulary("en")
    for text in texts:
        view = prepare(Document(id="t", text=text))
        finder = OriginFinder(view, AttributionFinder(view, cues("en")))
        for sv in view.sentences:
            body = view.sentence_text(sv)
            for phrase in [body, body[: len(body) // 2], body.lower()]:
                want = tuple(next(iter(_direct(f.rx, phrase)), None) for _n, f, _s in v.outlets)
                assert finder._outlet_spans(phrase) == want
                assert finder._outlet_spans(phrase) == want  # asked again (cached)


def test_passive_relays_end_windows_with_their_last_words(texts: list[str]) -> None:
    v = _vocabulary("en")
    edges = [
        "A report, cited by the",
        "A report, CITED BY\n",
        "x, quoted by The  ",
        "a, relayed by",
    ]
    seen = 0
    for text in texts + edges:
        view = prepare(Document(id="t", text=text))
        bodies = [view.sentence_text(sv) for sv in view.sentences] + [text]
        for body in bodies:
            step = 1 if body in edges else 3 if len(body) < 400 else 11
            for at in range(0, len(body) + 1, step):
                if v.passive_relay.search(body, 0, at):
                    seen += 1
                    assert may_end_with(body[:at], v.passive_relay_ends), body[:at]
    assert seen >= 4


def test_folded_authors_match_as_the_pattern(texts: list[str]) -> None:
    v = _vocabulary("en")
    assert v.authored_low is not None
    seen = 0
    for text in texts:
        view = prepare(Document(id="t", text=text))
        low = caseless_lower(text)
        if low is None:
            continue
        for sv in view.sentences:
            body = view.sentence_text(sv)
            want = [m.span(1) for m in v.authored.finditer(body)]
            assert [m.span(1) for m in v.authored_low.finditer(low[sv.start : sv.end])] == want
            seen += bool(want)
    assert seen > 5


def test_weekdays_are_cut_only_where_one_is_written(texts: list[str]) -> None:
    g = _grammar("en")
    for text in texts:
        for part in re.split(r"[,;.]\s", text):
            if g.weekday.search(part):
                assert any(w in part for w in g.weekday_words), part


def test_sentences_before_are_the_near_ones_before(texts: list[str]) -> None:
    for text in texts:
        view = prepare(Document(id="t", text=text))
        finder = OriginFinder(view, AttributionFinder(view, cues("en")))
        for sv in view.sentences:
            want = [o for o in finder._near(sv) if o.index < sv.index]
            assert finder._near(sv, before=True) == want
