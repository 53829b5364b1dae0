"""Korean worker counts in genres the earlier count batches met little: photo captions,
tables of yearly figures, an interviewer's questions and answers, editorials with totals over
decades, Laos, Vietnam, the Gulf, Mongolia and Africa, selection at home, permits and visas
beside workers, IT workers abroad and at home. Blind: the expected claims were committed
before the extractor read them. Every person, outlet desk and figure is invented.

Rows use ``W(low, high, qualifier, destinations, status, sector)`` as in
test_extract_korean_articles; the first-run figures count the scorer's keys (count: low and
high; count+destination: and the destinations) and the rows fully right.

First run: see the comment above the batch.
"""

from __future__ import annotations

import pytest

from .tables import batch_rows
from .test_extract_korean_articles import M, Row, W, observed

# --- batch C1 ------------------------------------------------------------------------------
# First run: count precision 16/16, recall 16/19 (F1 0.91); count+destination 14/16 and
# 14/19; 6/12 rows (missed: the later lines of a table of years, "- 2022년: 2천 명\n- 2024년",
# read as one range across the line; one excerpt gated out; wrong destinations: "카타르와
# 쿠웨이트의 건설 현장에는 한때 북한 노동자가 각각 3천 명, 2천 명", five words between the
# places and 각각; wrong status: arrivals four words before the figure, "새로 들어온 북한
# 노동자는 올해 들어 3천 명", person-trips over decades, "다녀간 … 연인원 30만 명", and a past
# level set against a later pull-out, "있었지만 지금은 대부분 철수했다"; wrong sector: the
# next place's item of a list, "앙골라에는 200명가량이"). After (no range link across a line;
# the next line of a list counts what the line before counted; up to five words between a
# list of places and 각각; adnominals up to four words before the figure; 다녀간 and 연인원;
# 있었지만 as a level; the next place's item keeps the sector of the one before): count
# 18/18 and 18/19, count+destination 18/18 and 18/19, 11/12 rows.
BATCH_C1: list[Row] = [
    (
        "yna.co.kr",
        "[사진] 블라디보스토크 공사장에서 일하는 북한 노동자들. 현지 당국에 따르면 연해주에는 "
        "현재 북한 노동자 약 6천 명이 있다.",
        True,
        {W(6000, 6000, "approx", ["RU"], "present")},
    ),
    (
        "news1.kr",
        "러시아 내 북한 노동자 현황(러시아 내무부)\n- 2019년: 1만1천 명\n- 2022년: 2천 명\n"
        "- 2024년: 1만3천 명",
        True,
        {
            W(11000, 11000, "exact", ["RU"], "present"),
            W(2000, 2000, "exact", ["RU"], "present"),
            W(13000, 13000, "exact", ["RU"], "present"),
        },
    ),
    (
        "hani.co.kr",
        "― 중국에 나가 있는 북한 노동자는 몇 명쯤 되나.\n"
        '"단둥에만 2만 명가량, 중국 전체로는 5만 명이 넘는다고 본다."',
        True,
        {
            W(2 * M, 2 * M, "approx", ["CN"], "present"),
            W(5 * M, None, "at_least", ["CN"], "present"),
        },
    ),
    (
        "rfa.org",
        "라오스 비엔티안의 북한 식당 두 곳에는 여종업원 30여 명이 일하고 있습니다. 베트남 "
        "하노이에도 북한 식당 종업원 20명가량이 남아 있는 것으로 알려졌습니다.",
        True,
        {
            W(30, None, "at_least", ["LA"], "present", "hospitality"),
            W(20, 20, "approx", ["VN"], "present", "hospitality"),
        },
    ),
    (
        "yna.co.kr",
        "러시아 쿠르스크에 파병된 북한군은 1만1천 명에 이른다. 올해 원산 갈마 해안관광지구를 "
        "찾은 러시아 관광객은 1천500명이었다. 러시아 극동에 새로 들어온 북한 노동자는 올해 "
        "들어 3천 명이다.",
        True,
        {W(3000, 3000, "exact", ["RU"], "dispatched")},
    ),
    (
        "donga.com",
        "[사설] 지난 30년 동안 러시아에 다녀간 북한 노동자는 연인원 30만 명을 넘는다. 현재 "
        "러시아에 남아 있는 노동자는 1만5천 명 안팎이다.",
        True,
        {
            W(30 * M, None, "at_least", ["RU"], "dispatched"),
            W(15000, 15000, "approx", ["RU"], "present"),
        },
    ),
    (
        "voakorea.com",
        "카타르와 쿠웨이트의 건설 현장에는 한때 북한 노동자가 각각 3천 명, 2천 명 있었지만 "
        "지금은 대부분 철수했습니다.",
        True,
        {
            W(3000, 3000, "exact", ["QA"], "present", "construction"),
            W(2000, 2000, "exact", ["KW"], "present", "construction"),
        },
    ),
    (
        "dailynk.com",
        "평양에서는 러시아로 보낼 건설 노동자 5천 명을 뽑는 선발 작업이 한창이다. 선발된 인원은 "
        "두 달간 사상 교육을 받은 뒤 출국한다고 북한 내부 소식통이 전했다.",
        True,
        {W(5000, 5000, "exact", ["RU"], "recruiting", "construction")},
    ),
    (
        "yna.co.kr",
        "몽골 정부는 제재 이행 보고서에서 자국에 있던 북한 노동자 1천200여 명을 모두 "
        "돌려보냈다고 밝혔다.",
        True,
        {W(1200, None, "at_least", ["MN"], "repatriated")},
    ),
    (
        "news1.kr",
        "러시아 당국은 올해 북한 회사 40곳에 취업 허가를 내줬고, 이들 회사를 통해 입국한 북한 "
        "노동자는 8천여 명이다. 같은 기간 북한 주민에게 발급된 관광 비자는 2천 건이었다.",
        True,
        {W(8000, None, "at_least", ["RU"], "dispatched")},
    ),
    (
        "voakorea.com",
        "아프리카 적도기니에는 북한 건설 노동자 300여 명이, 앙골라에는 200명가량이 남아 있다고 "
        "유엔 보고서는 밝혔습니다.",
        True,
        {
            W(300, None, "at_least", ["GQ"], "present", "construction"),
            W(200, 200, "approx", ["AO"], "present", "construction"),
        },
    ),
    (
        "segye.com",
        "북한은 IT 인력 약 4천 명을 중국과 러시아, 동남아 등에 보내 외화를 벌고 있으며, 북한 "
        "내부에도 1천 명가량이 같은 일을 한다.",
        True,
        {W(4000, 4000, "approx", ["M49:001"], "present", "it")},
    ),
]

BATCHES = {"c1": BATCH_C1}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {
    "c1-11": "relevance: the one sentence names work at home too ('북한 내부에도 1천 명가량이 "
    "같은 일을 한다'), which weighs against the workers abroad before it; the count is read "
    "right ungated",
}


@pytest.mark.parametrize(("publisher", "text", "relevant", "expected"), batch_rows(BATCHES, KNOWN))
def test_count_genres(extractor, publisher, text, relevant, expected):
    assert observed(extractor, text, publisher) == (relevant, expected)
