"""Korean excerpts whose figures are placed only by a city that the hand-written
``lang/ko/places.yaml`` lacks (the generated ``data/places_ko.tsv`` of
``tools/build_gazetteer.py --korean`` should place them), and hard negatives whose
place-like word is a common Korean word ("선전" propaganda, not Shenzhen; "지난 시기" the
past, not Jinan; "연대" solidarity, not Yantai) or a South Korean city ("안산", not Anshan).

Blind: the expected claims were committed before the extractor first read the batch.
Every person, outlet desk and figure is invented.

Rows use ``W(low, high, qualifier, destinations, status, sector)`` as in
test_extract_korean_articles.
"""

from __future__ import annotations

import pytest

from laborwatch.extract.ko.places import find_korean_places

from .tables import batch_rows
from .test_extract_korean_articles import Row, W, observed

# --- batch P1: cities of the generated Korean gazetteer, and common-word negatives ----------
# First run (at 35532cdb, hand list only): count P 3/3 R 3/10; count+destination P 1/3 R
# 1/10 (p1-07 through "중국 소식통", not the city); 7 excerpts gated out as irrelevant (no
# place abroad); negatives 3/3; 4/13 rows. After (data/places_ko.tsv read after the hand
# list; stop words and the two-syllable rule of `build_gazetteer.py --korean`): count P
# 10/10 R 10/10; count+destination 10/10; status 10/10; negatives 3/3; 13/13 rows.
BATCH_P1: list[Row] = [
    (
        "rfa.org",
        '대북 소식통은 "무단장의 한 봉제공장에는 북한 여성 노동자 200여 명이 일하고 있다"고 '
        "자유아시아방송에 말했습니다.",
        True,
        {W(200, None, "at_least", ["CN"], "present", "manufacturing")},
    ),
    (
        "dailynk.com",
        "소식통에 따르면 지난달 자무쓰 시 외곽 농장에 북한 노동자 150명이 새로 파견됐다.",
        True,
        {W(150, 150, "exact", ["CN"], "dispatched", "agriculture")},
    ),
    (
        "yna.co.kr",
        "치치하얼의 식품 가공업체들은 북한 노동자 약 300명을 고용하고 있는 것으로 알려졌다.",
        True,
        {W(300, 300, "approx", ["CN"], "present", "manufacturing")},
    ),
    (
        "news1.kr",
        "북한은 민스크의 아파트 건설 현장에 노동자 400명을 보내기로 합의한 것으로 전해졌다.",
        True,
        {W(400, 400, "exact", ["BY"], "planned", "construction")},
    ),
    (
        "voakorea.com",
        "무르만스크 조선소에서는 북한 노동자 약 500명이 선박 수리 작업에 투입돼 일하고 있다고 "
        "현지 매체가 전했다.",
        True,
        {W(500, 500, "approx", ["RU"], "present", "shipbuilding")},
    ),
    (
        "yna.co.kr",
        "알아인의 건설 현장에서 일하던 북한 노동자 80명이 지난달 귀국한 것으로 확인됐다.",
        True,
        {W(80, 80, "exact", ["AE"], "repatriated", "construction")},
    ),
    (
        "kbs.co.kr",
        "크라쿠프 인근 농장에서 일하는 북한 노동자는 50명 정도로 추산된다.",
        True,
        {W(50, 50, "approx", ["PL"], "present", "agriculture")},
    ),
    (
        "rfa.org",
        '한 중국 소식통은 "옌타이의 전자부품 공장에 북한 노동자 1천 명가량이 일하고 있다"고 '
        "말했습니다.",
        True,
        {W(1000, 1000, "approx", ["CN"], "present", "manufacturing")},
    ),
    (
        "dailynk.com",
        "페름 지역 건설 현장에는 올봄 북한 노동자 300명이 새로 들어왔다고 소식통이 전했다.",
        True,
        {W(300, 300, "exact", ["RU"], "dispatched", "construction")},
    ),
    (
        "yna.co.kr",
        "사마르칸트의 호텔 건설 현장에서는 북한 노동자 60명이 일하고 있는 것으로 파악됐다.",
        True,
        {W(60, 60, "exact", ["UZ"], "present", "construction")},
    ),
    # negatives: a place-like common word, and a South Korean city
    (
        "yna.co.kr",
        "북한 선전 매체는 평양 살림집 건설 현장에 노동자 1만 명이 동원됐다고 주장했다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "지난 시기 북한 당국은 모내기철마다 농촌 지원에 노동자 2만 명을 동원했다.",
        False,
        set(),
    ),
    (
        "hani.co.kr",
        "노동단체 연대 집회에는 노동자 3천 명이 참가했고, 안산의 공장에서 일하는 외국인 "
        "노동자 500명도 합류했다.",
        False,
        set(),
    ),
]

BATCHES = {"p1": BATCH_P1}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(("publisher", "text", "relevant", "expected"), batch_rows(BATCHES, KNOWN))
def test_places_blind(extractor, publisher, text, relevant, expected):
    assert observed(extractor, text, publisher) == (relevant, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("무단장의 봉제공장", [("무단장", "CN")]),
        ("자무쓰 시 외곽", [("자무쓰", "CN")]),
        ("맨섬과 맨 섬", [("맨섬", "IM"), ("맨 섬", "IM")]),  # spaces flexible either way
        ("지난 시기 선전 매체가 지시했다", []),  # stop words of lang/ko/places_extra.yaml
        ("안산의 공장과 나라를 위해", []),  # a South Korean city; two-syllable words
        ("하산에서 블라디보스토크로", [("하산", "RU"), ("블라디보스토크", "RU")]),  # hand list
    ],
)
def test_generated_korean_places(text, expected):
    assert [(p.text, p.codes[0]) for p in find_korean_places(text)] == expected
