"""Korean, the second language of the same pipeline: numbers, sentences, places and
language detection (sentences here are written for the tests)."""

from __future__ import annotations

import re

import pytest

from laborwatch.extract.cues import cues
from laborwatch.extract.document import prepare
from laborwatch.extract.ko.hangul import conjugations
from laborwatch.extract.ko.places import (
    _alternation,
    _by_first,
    _matches,
    _scan_alternation,
    _starts,
    find_korean_places,
    gazetteer,
)
from laborwatch.extract.ko.rules import korean_rules
from laborwatch.extract.language import detect_language, document_language
from laborwatch.extract.numbers import find_quantities
from laborwatch.extract.numbers_ko import KoreanNumberGrammar
from laborwatch.extract.sentences import split_sentences
from laborwatch.ingest.files import guess_language
from laborwatch.model import Document


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier", "unit"),
    [
        ("노동자 2만8천명을 보낸다", 28000, 28000, "exact", "count"),
        ("최대 2만 8천 명", None, 28000, "at_most", "count"),
        ("약 10만 명의 노동자", 100000, 100000, "approx", "count"),
        ("수천 명의 노동자", 2000, 9999, "vague", "count"),
        ("800~1,000명", 800, 1000, "range", "count"),
        ("1천500명", 1500, 1500, "exact", "count"),
        ("연간 5억 달러를", 500_000_000, 500_000_000, "exact", "money"),
        ("3만 명 이상", 30000, None, "at_least", "count"),
        # qualifier priority: 약 beats 여, 최소 beats 여, a range beats 대략 and 정도
        ("약 4만여 명이", 40000, 40000, "approx", "count"),
        ("최소 1만2천여 명", 12000, None, "at_least", "count"),
        ("600여명에게", 600, None, "at_least", "count"),
        ("대략 3~6만 명 정도", 30000, 60000, "range", "count"),
        ("2천명이 넘는", 2000, None, "at_least", "count"),
        ("3천 명 가까운", 3000, 3000, "approx", "count"),
        ("대략 2천∼3천명으로", 2000, 3000, "range", "count"),
        ("4200~5천 명", 4200, 5000, "range", "count"),
        ("월 1천200위안", 1200, 1200, "exact", "money"),
        ("수억 달러", 200_000_000, 999_999_999, "vague", "money"),
        ("2만 명에서 3만 명 사이", 20000, 30000, "range", "count"),
        ("1만 내지 2만 명", 10000, 20000, "range", "count"),
        ("최소 2만 명에서 최대 10만 명으로 추산", 20000, 100000, "range", "count"),
    ],
)
def test_korean_numbers(text, low, high, qualifier, unit):
    (q,) = [q for q in find_quantities(text, "ko") if q.unit != "number"]
    assert (q.low, q.high, q.qualifier, q.unit) == (low, high, qualifier, unit)


def test_korean_particles_are_not_numbers():
    assert find_quantities("이 사람은 사과를 먹었다", "ko") == []
    # the "만" of "하지만" and "단둥에만" means "but"/"only"
    assert [q.low for q in find_quantities("하지만 명단은 단둥에만 3만 명", "ko")] == [30000]


def test_from_one_figure_to_another_is_a_change_not_a_range():
    qs = find_quantities("1만 명에서 3만 명으로 늘었다", "ko")
    assert [(q.low, q.qualifier) for q in qs] == [(10000, "exact"), (30000, "exact")]


def test_a_day_is_not_a_digit_of_the_next_figure():
    qs = find_quantities("12월 31일 1만천 명으로", "ko")
    assert [(q.low, q.unit) for q in qs] == [(12, "month"), (31, "day"), (11000, "count")]


def test_a_bracketed_conversion_stays_outside_a_money_range():
    (q, conversion) = find_quantities("연간 10억달러(약 1조2000억원)~20억달러", "ko")[:2]
    assert (q.low, q.high, q.currency) == (1e9, 2e9, "USD")
    assert conversion.currency == "KRW"


def test_korean_sentences_split_before_hangul_and_join_wrapped_lines():
    text = (
        "북한 노동자들이 일한다. 그러나 임금은 적다.\n"
        "러시아 극동의 벌목장에서 일하는\n노동자들은 많다."
    )
    parts = [text[s.start : s.end] for s in split_sentences(text, "ko")]
    assert parts == [
        "북한 노동자들이 일한다.",
        "그러나 임금은 적다.",
        "러시아 극동의 벌목장에서 일하는\n노동자들은 많다.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("연해주에서 일하는", [("연해주", "RU")]),
        ("하산을 거쳐 단둥과 선양으로", [("하산", "RU"), ("단둥", "CN"), ("선양", "CN")]),
        ("인도적 지원과 인도 정부", [("인도", "IN")]),
        ("주러시아 대사관", []),
        ("UAE에는 카타르와", [("UAE", "AE"), ("카타르", "QA")]),
        ("러 “북 노동자 유치”", [("러", "RU")]),
        ("북한과 한국", [("북한", "KP"), ("한국", "KR")]),
        ("30여 개국에서", [("30여 개국", "M49:001")]),
        ("바니노 항구와 홀름스크에서", [("바니노", "RU"), ("홀름스크", "RU")]),
        ("소베츠카야 가반의 조선소", [("소베츠카야 가반", "RU")]),
        ("네륜그리 탄광과 스보보드니", [("네륜그리", "RU"), ("스보보드니", "RU")]),
        ("자루비노와 포시에트 항구", [("자루비노", "RU"), ("포시에트", "RU")]),
        ("나호트카, 아르촘, 체그도민", [("나호트카", "RU"), ("아르촘", "RU"), ("체그도민", "RU")]),
        ("쑤이펀허와 둥닝의 시장", [("쑤이펀허", "CN"), ("둥닝", "CN")]),
        ("취안허 세관에서", [("취안허", "CN")]),
        (
            "다르항과 에르데네트, 초이발산",
            [("다르항", "MN"), ("에르데네트", "MN"), ("초이발산", "MN")],
        ),
        ("루사일과 라스라판 공사장", [("루사일", "QA"), ("라스라판", "QA")]),
        ("아지만의 건설 현장", [("아지만", "AE")]),
        ("시아누크빌 식당에서", [("시아누크빌", "KH")]),
        ("스바코프문트와 월비스베이", [("스바코프문트", "NA"), ("월비스베이", "NA")]),
    ],
)
def test_korean_place_names(text, expected):
    assert [(p.text, p.codes[0]) for p in find_korean_places(text)] == expected


def test_korean_place_patterns_scan_shaped_find_the_same():
    """The gazetteer's scan-shaped alternations, and its word-start jump with a pattern per
    first character, find what the plain ones (a look-behind before a longest-first
    alternation) find, at the start, after a space, a syllable, a letter or a line break,
    and with particles or letters after."""
    g = gazetteer()
    names = [*g.names, "러시아 극동", "연해 주"]
    plain = re.compile(r"(?<![가-힣A-Za-z])(?:" + _alternation(dict.fromkeys(names)) + r")")
    scan = re.compile(r"(?:" + _scan_alternation(dict.fromkeys(names), "[가-힣A-Za-z]") + r")")
    # the gazetteer's own finder: a jump to word starts, then one pattern per first character
    keyed = dict.fromkeys(names)
    starts, by_first = _starts(keyed), _by_first(keyed)
    bounded = re.compile(plain.pattern + r"(?![A-Za-z])")
    for name in names:
        for before in ("", " ", "주", "x", "\n", "·"):
            for after in ("", "에서", "x", " 노동자"):
                text = f"{before}{name}{after} {name}"
                assert [m.span() for m in scan.finditer(text)] == [
                    m.span() for m in plain.finditer(text)
                ], text
                assert [m.span() for m in _matches(text, starts, by_first)] == [
                    m.span() for m in bounded.finditer(text)
                ], text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("북한은 노동자를 러시아에 보낸다. North Korea", "ko"),
        ("North Korea sends workers to Russia.", "en"),
        ("Северная Корея отправляет рабочих в Россию.", "ru"),
        ("朝鲜向俄罗斯派遣工人。", "zh"),
        ("北朝鮮はロシアに労働者を派遣している。", "ja"),
        ("", "en"),
    ],
)
def test_language_detection_by_script(text, language):
    assert detect_language(text) == language


def test_the_declared_language_wins_and_keeps_its_primary_subtag():
    assert document_language(Document(id="a", text="North Korea", language="ko-KR")) == "ko"
    assert document_language(Document(id="b", text="북한 노동자", language=None)) == "ko"
    assert document_language(Document(id="c", text="북한 노동자", language="kor")) == "ko"
    assert document_language(Document(id="d", text="북한 노동자", language="und")) == "ko"
    assert guess_language("북한은 노동자를 보낸다") == "ko"
    assert guess_language("Северная Корея") is None  # left to the extractor to detect


def test_korean_documents_use_the_korean_grammar():
    doc = Document(
        id="k", text="북한은 노동자 2만8천명을 러시아에 보낸다. 중국에는 1천500명.", language=None
    )
    doc.language = document_language(doc)
    view = prepare(doc)
    assert [q.low for s in view.sentences for q in s.quantities] == [28000, 1500]


def test_verb_stems_match_their_fused_conjugations():
    assert {"바친", "바쳤", "바칩"} <= set(conjugations("바치"))
    assert {"일한", "일했", "일해"} <= set(conjugations("일하"))
    assert conjugations("송환") == ["송환"]  # a closed syllable takes no fused ending


def test_korean_worker_nouns_split_search_finds_the_same():
    """The Korean worker-noun search, split into Hangul and Latin phrases, finds the match
    the whole pattern finds, from any start and to any end."""
    vocabulary = cues("ko")
    workers = korean_rules(vocabulary).workers
    assert workers.latin is not None  # split: the worker nouns hold English plurals
    texts = [
        "북한 노동자 2천 명이 러시아에 파견됐다",
        "IT workers 300명과 북한 IT 노동자",
        "중국 Construction Workers 50명, 건설 노동자들은",
        "aWorkers 노동력 welders인력",
        "파견 노동자 없이 일하는 engineers",
        "",
    ]
    for text in texts:
        for pos in range(len(text) + 1):
            for end in (len(text), len(text) // 2, pos + 5):
                want = vocabulary.worker_nouns.search(text, pos, end)
                got = workers.search(text, pos, end)
                assert (got and got.span()) == (want and want.span()), (text, pos, end)


def test_korean_numeral_pattern_scan_shaped_finds_the_same():
    """The numeral pattern opening on one character class finds what the plain one (a
    look-behind before the first numeral) finds."""
    g = KoreanNumberGrammar()
    digits, units = "".join(g.digits), "".join(g.small) + "".join(g.large)
    numeral = rf"(?:\d[\d,]*(?:\.\d+)?|[{digits}](?=[{units}])|[{units}])"
    rest = g.expr.pattern[g.expr.pattern.index(")(?:(?:") + 1 :]
    plain = re.compile(rf"(?<![가-힣]){numeral}{rest}")
    for text in (
        "노동자 2만 명, 1천여만 달러, 이천 명과 삼십만 원",
        "하지만 단둥에만 3,500명이 1.5배",
        "만 명 ５만 명 일만 천안 이 사 오십",
        "2019년 12 만 명\n만에 x천 a5",
    ):
        assert [m.span() for m in g.expr.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text


def test_korean_share_words_scan_shaped_find_the_same():
    """The share words ("절반", "3분의 2") opening on their characters find what the plain
    alternation (a look-behind before it) finds."""
    rules = korean_rules(cues("ko"))
    ordered = sorted(rules.share_words, key=len)[::-1]
    plain = re.compile(
        r"(?<![\d.])(?:" + "|".join(r"\s?".join(map(re.escape, w)) for w in ordered) + r")(?![\d.])"
    )
    for word in rules.share_words:
        for before in ("", " ", "1", ".", "가", "\n"):
            for after in ("", "을", "1", " 이상"):
                for text in (f"{before}{word}{after}", f"{before}{' '.join(word)}{after}"):
                    assert [m.span() for m in rules.share_word_rx.finditer(text)] == [
                        m.span() for m in plain.finditer(text)
                    ], text
