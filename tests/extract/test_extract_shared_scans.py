"""Speed-ups that share or skip a scan find what the scans they replace find, on the real
articles of ../shared (read at test time) and on edge cases."""

from __future__ import annotations

import bisect
import dataclasses
import re

import pytest

from laborwatch.extract.counts import _rules, ends_list_item
from laborwatch.extract.cues import Cues, cues, lowered_starts, per_cue_set
from laborwatch.extract.destinations import _WORD_BEFORE
from laborwatch.extract.document import (
    SentenceView,
    _clause_break_lower,
    _clause_cuts,
    prepare,
    with_abroad_phrases,
)
from laborwatch.extract.money import MoneyFinder
from laborwatch.extract.numbers import _DIGIT_AFTER_LETTER, grammar
from laborwatch.extract.origin import _vocabulary as origin_vocabulary
from laborwatch.extract.places import (
    _TOKEN_SPLIT,
    _capital_lines,
    _dateline_matches,
    _label_matches,
    gazetteer,
)
from laborwatch.extract.relevance import RelevanceScorer
from laborwatch.extract.scan import first_chars, matches_at
from laborwatch.extract.sectors import _tables
from laborwatch.extract.sectors import grammar as sector_grammar
from laborwatch.extract.sentences import Sentence, split_sentences
from laborwatch.extract.text import (
    _LINK,
    _SAME_LENGTH,
    _blank_links,
    ascii_twin,
    caseless_lower,
    folded,
    lower,
    normalize,
    plain_ascii,
)
from laborwatch.model import Document

EDGES = [
    "",
    "USD5,000 and usd 300, xusd5 and ausd7, KRW1,000,000/RUB100 eur5",
    "Inside North Korea, sources inside the DPRK said workers were mobilised. Abroad too.",
    "They work in foreign countries and elsewhere abroad, in other countries. 5",
]


@pytest.fixture(scope="module")
def texts(corpus_records: dict[str, dict]) -> list[str]:
    return [normalize(r["text"]) for r in corpus_records.values()] + EDGES


@pytest.mark.parametrize("language", ["en", "ko"])
def test_union_scan_finds_what_each_lowered_pattern_finds(texts: list[str], language: str) -> None:
    c = cues(language)
    scorer = RelevanceScorer(c)
    patterns = [*c.relevance_terms.values(), scorer.home, c.abroad_phrases]
    for text in texts:
        low = lower(text)
        where = lowered_starts(language, low)
        for rx in patterns:
            want = [m.span() for m in rx.finditer(low)]
            assert [m.span() for m in matches_at(rx, low, where, len(low))] == want


def test_home_sentences_are_those_of_a_whole_text_scan(texts: list[str]) -> None:
    scorer = RelevanceScorer(cues("en"))
    for text in texts:
        low = lower(text)
        starts = [0, *range(40, len(low), 40)]  # sentences of any shape
        wanted = set(range(0, len(starts), 2))
        want = set()
        for m in scorer.home.finditer(low):
            k = bisect.bisect_right(starts, m.start()) - 1
            if k in wanted and (
                " ".join(m.group().split()) not in scorer.home_places
                or not scorer.source_before.search(low, max(m.start() - 30, 0), m.start())
            ):
                want.add(k)
        assert scorer._home(low, starts, wanted, lowered_starts("en", low)) == want


def test_abroad_phrases_are_those_of_their_own_scan(texts: list[str]) -> None:
    rx = cues("en").abroad_phrases
    for text in texts:
        spans = [(p.start, p.end) for p in with_abroad_phrases(text, [], "en")]
        assert spans == [m.span() for m in rx.finditer(lower(text))]


def test_glued_currency_codes_are_those_of_the_code_pattern(texts: list[str]) -> None:
    g = grammar("en")
    assert g.attached_codes is not None and g.attached_code_re is not None
    for text in texts:
        low = lower(text)
        assert g._code_ends(low) == [m.end() for m in g.attached_code_re.finditer(low)]


CLAUSE_EDGES = [
    "x (y) - z - w [q] ; but, while although-though whereas abut Butte",
    "a - (b) -\tc - d (e)\n- f ( g ) [h]i] , ; ,x ;y",
]


def test_scan_shaped_clause_cuts_are_those_of_the_break_pattern(texts: list[str]) -> None:
    """The cuts of the literal-led break pattern (a dash or bracket found at the mark, one
    on) are those of the break pattern itself, conjunctions present or not."""

    def reference(body: str) -> list[int]:
        cuts = [(m.start(), m.group(0)) for m in _clause_break_lower("en").finditer(body)]
        dashes = [pos for pos, token in cuts if token.strip() == "-"]
        spans = list(zip(dashes[0::2], dashes[1::2], strict=False))
        return [pos for pos, _ in cuts if not any(a <= pos <= b for a, b in spans)]

    for text in texts + CLAUSE_EDGES:
        low = caseless_lower(text)
        if low is None:
            continue
        for s in split_sentences(low, "en"):
            body = low[s.start : s.end]
            assert _clause_cuts(body, 0, "en", True) == reference(body), body[:60]


def test_count_phrase_scan_finds_what_the_count_pattern_finds(texts: list[str]) -> None:
    count = gazetteer().count
    assert count is not None
    edges = [
        "40 countries",
        "-40 countries x40 countries 40 nations",
        "\u00e912 countries 12 nations",
    ]
    for text in texts + edges:
        padded = " " + text
        for scan in (count.scan, count.scan_ascii) if plain_ascii(padded) else (count.scan,):
            found = [(m.start("phrase") - 1, m.end("phrase") - 1) for m in scan.finditer(padded)]
            assert found == [m.span() for m in count.pattern.finditer(text)]


def test_datelines_and_labels_at_capital_lines_are_those_of_the_whole_scan(
    texts: list[str],
) -> None:
    g = gazetteer()
    edges = ["VLADIVOSTOK, Russia (AP) - x\n  * LAOS, VIETNAM: 300\n\u2022 QATAR & OMAN: 5"]
    for text in texts + edges:
        lines = _capital_lines(text)
        assert _dateline_matches(text, g, lines) == _dateline_matches(text, g)
        assert _label_matches(text, g, lines) == _label_matches(text, g)


def test_currency_prefix_test_never_skips_a_prefix(texts: list[str]) -> None:
    g = grammar("en")
    tails = ["", " ", "\n", " \n", "  ", "\t\n", "\n\n"]
    edges = [f"paid {c}{t}" for c in ("US", "USD", "$", "W", "Kuwaiti dinars", "x") for t in tails]
    for text in texts + edges:
        for end in [*range(0, len(text), 3), len(text)]:
            before = text[max(0, end - 60) : end]
            pos = max(0, len(before) - 16)
            want = g.cur_prefix_re.search(before, pos)
            got = g._cur_prefix(before, pos)
            assert (got and got.span()) == (want and want.span()), repr(before)


@pytest.mark.parametrize(
    "after",
    ["", ".", " .  ", "; Qatar, 800.", " ;", "\n", " and more", ". Then", "..", ",", " . x"],
)
def test_list_item_end(after: str) -> None:
    text = "Kuwait, 1,450" + after
    sv = SentenceView(Sentence(0, len(text), 0, 0))
    q = grammar("en").find(text)[0]
    rest = text[q.core_end :].strip()
    assert ends_list_item(text, sv, q) == (rest[:1] == ";" or rest in ("", "."))


def test_per_cue_set_builds_once_per_cue_set_and_arguments() -> None:
    built: list[tuple[int, str]] = []

    @per_cue_set
    def made(c: Cues, tag: str) -> tuple[int, str]:
        built.append((id(c), tag))
        return id(c), tag

    en = cues("en")
    other = dataclasses.replace(en)  # equal, but another cue set
    assert made(en, "a") == made(en, "a") == (id(en), "a")
    assert made(en, "b") == (id(en), "b")
    assert made(other, "a") == (id(other), "a")
    assert built == [(id(en), "a"), (id(en), "b"), (id(other), "a")]


def test_normalize_maps_what_translate_maps(corpus_records: dict[str, dict]) -> None:
    for text in [r["text"] for r in corpus_records.values()] + [*EDGES, "a\u2019b\u00a0\t\r\u2014"]:
        if not _LINK.search(text):
            assert normalize(text) == text.translate(_SAME_LENGTH)


LINK_EDGES = [
    "Write to desk@example.org or visit https://example.org/a?b=1 (or www.example.org).",
    "tips(at)example.org, Tips(At)Example.org and x-y(at)z.org; a@b and @home, e.g.@x.y",
    "http://a\u00a0b \u2003www.x\tmail@x.com\nend@x.y. (at)(at) a(At)b.c ://x ://",
    "\u00e9l\u00e8ve@\u00e9cole.fr www.\u00e9.fr https://\u00fc.de/\u00fc",
]


def test_link_blanking_per_run_is_the_whole_text_substitution(
    corpus_records: dict[str, dict],
) -> None:
    """Links are blanked run by run (only the non-space runs holding a needle): the same
    text as the pattern substituted over the whole text."""
    for text in [r["text"] for r in corpus_records.values()] + LINK_EDGES:
        whole = _LINK.sub(lambda m: " " * len(m.group(0)), text)
        assert _blank_links(text) == whole


ASCII_EDGES = [
    "Fifty-five WORKERS_x 3,000\x0bmen\fand A\x1cB \x1d 12 ks KELVIN long s",
    "tens of thousands; a few hundred (2021) - in Tomsk , but [sic] while",
]


def test_ascii_twins_find_what_the_unicode_patterns_find(texts: list[str]) -> None:
    """On plain ASCII text the re.ASCII twins of the whole-text scans find the same spans
    (and the separators \\x1c-\\x1f, white space to Unicode's \\s only, keep a text off
    them); a pattern with a non-ASCII character is its own twin."""
    g = grammar("en")
    scans = [*g._scans, _TOKEN_SPLIT, cues("en").lowered_any, _clause_break_lower("en")]
    scans.append(_DIGIT_AFTER_LETTER)
    assert not plain_ascii("a\x1cb") and not plain_ascii("caf\u00e9") and plain_ascii("a b")
    assert ascii_twin(re.compile("\u017f", re.IGNORECASE)).flags & re.UNICODE
    for text in [s for t in texts + ASCII_EDGES if t.isascii() for s in (t, lower(t))]:
        for rx in scans:
            twin = ascii_twin(rx)
            assert twin.flags & re.ASCII
            if plain_ascii(text):
                assert [m.span() for m in twin.finditer(text)] == [
                    m.span() for m in rx.finditer(text)
                ], rx.pattern[:40]


def test_patterns_with_letterless_sets_fold_to_the_same_spans(texts: list[str]) -> None:
    assert folded(sector_grammar("en").anaphor) is None  # it reads capitals: never folded
    for rx in [cues("en").same_workers]:
        fold = folded(rx)
        assert fold is not None, rx.pattern[:40]
        for text in texts:
            low = caseless_lower(text)
            if low is not None:
                assert [m.span() for m in fold.finditer(low)] == [
                    m.span() for m in rx.finditer(text)
                ]


@pytest.mark.parametrize(
    ("pattern", "foldable"),
    [
        (r"the\s+[\w-]+\s+[\d,.]+", True),
        (r"[^\]\s]+ work", True),
        (r"\[note\] work", True),  # escaped brackets: no set
        (r"[A-Z]\w+ workers", False),
        (r"[a-z]+ workers", False),
        (r"[\x41-\x5a] workers", False),
        (r"[\b] workers", False),
        (r"[\u24b6] workers", False),  # a circled letter has a case
        ("[\u24b6] workers", False),
    ],
)
def test_folded_refuses_sets_that_name_letters(pattern: str, foldable: bool) -> None:
    assert (folded(re.compile(pattern, re.IGNORECASE)) is not None) == foldable


def test_word_before_a_place_is_the_quadratic_patterns(texts: list[str]) -> None:
    old = re.compile(r"([A-Za-z][\w.&-]*)\s+$")
    ends = ["", " ", "12abc ", "a1b  \n", "x.y&z- ", "\u00e9a ", "_a ", "a_b\n", "Foo Bar\t"]
    for text in texts + ends:
        for end in [*range(0, len(text), 7), len(text)]:
            s = text[max(0, end - 30) : end]
            want, got = old.search(s), _WORD_BEFORE.search(s)
            assert (got and (got.span(), got.group(1))) == (want and (want.span(), want.group(1)))


def test_a_text_without_fraction_words_names_no_fraction(texts: list[str]) -> None:
    extra = ["Workers keep half of their wages; the state takes two-thirds of the pay."]
    for i, text in enumerate(texts + extra):
        view = prepare(Document(id=str(i), text=text))
        finder = MoneyFinder(view, cues("en"))
        for sv in view.sentences:
            cued = finder._share_text[sv.start : sv.end]
            want = bool(finder._fraction_words.search(cued) and finder._share_cues[0].search(cued))
            assert finder.names_fraction(sv) == want
            if want:
                assert finder._fractions_named


def test_headcount_tail_is_found_wherever_the_headcount_is(texts: list[str]) -> None:
    rules = _rules("en")
    edges = [
        "The Gdynia yard now employs ",
        "the city's plants, which have a workforce of about ",
        "A hotel group that employs\n",
        "The mill in Nova Kama, which still has some  ",
        "The company employed",  # no space before a figure: neither
    ]
    seen = 0
    for text in texts + edges:
        for end in [*range(0, len(text), 11), len(text)]:
            lo = max(0, end - 200)
            if rules.headcount.search(text, lo, end):
                seen += 1
                assert rules.headcount_tail.search(text, lo, end)
    assert seen >= 3


def test_told_word_is_found_wherever_an_outlet_is_told(texts: list[str]) -> None:
    vocab = origin_vocabulary("en")
    edges = ["two officials told the AP.", "He spoke to Reuters", "TOLD  RFA", "retold"]
    seen = 0
    for text in texts + edges:
        for end in [*range(0, len(text), 5), len(text)]:
            if vocab.told_outlet.search(text, max(0, end - 300), end):
                seen += 1
                assert vocab.told_word.search(text, max(0, end - 300))
    assert seen >= 3


def test_sector_verb_keys_are_found_wherever_a_verb_phrase_is(texts: list[str]) -> None:
    g = sector_grammar("en")
    assert g.verb_keys is not None
    edges = [
        "They bore tunnels and assembled mobile  phones; crews were boring\ttunnels.",
        "welding the steel sections of fishing vessels at a new stadium going up",
        "workers built the country's State House and completed a conference centre",
        "abroad, a road, roads built",
    ]
    seen = 0
    for text in texts + edges:
        low = caseless_lower(text)
        if low is None:
            continue
        for lo in range(0, len(low), 97):
            hi = min(len(low), lo + 160)
            if g.verbs_lower.search(low, lo, hi):
                seen += 1
                assert g.verb_keys.search(low, lo, hi)
    assert seen >= 3


def test_first_chars_open_every_match_on_the_shared_articles(texts: list[str]) -> None:
    c = cues("en")
    table = [(rx, lowered) for _, rx, lowered in _tables("en", True)[0]]
    patterns = [(rx, True) for rx in [*c.relevance_terms.values(), c.abroad_phrases]] + table
    seen = 0
    for text in texts:
        low = lower(text)
        for rx, lowered in patterns:
            firsts = first_chars(rx)
            on = low if lowered else text
            for m in rx.finditer(on):
                seen += 1
                assert firsts is None or on[m.start()] in firsts
    assert seen >= 100
