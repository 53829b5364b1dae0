"""Korean worker counts, destinations and statuses on excerpts of genres met little so far:
NIS briefings relayed by lawmakers, Daily NK and RFA source reports, wires, 통일부 briefings,
editorials, returnees interviewed, Russian and Chinese media translated, 문답 explainers, and
hard negatives beside them (troops sent to Russia, hackers, students, tourists, defectors,
조선족 and South Korean workers, labour mobilised at home, a dispatch denied, a return that
did not happen).

Blind: each batch's expected claims were committed before the extractor first read it.
Every person, outlet desk and figure is invented.

Rows use ``W(low, high, qualifier, destinations, status, sector)`` as in
test_extract_korean_articles, with the conventions of test_extract_korean_long. Per batch:
count precision / recall over the (low, high, qualifier) keys, count+destination over the
keys with the destinations, status right of the count+destination matches, rows fully right.
"""

from __future__ import annotations

import pytest

from .tables import batch_rows
from .test_extract_korean_articles import M, Row, W, observed

# --- batch K1: briefings, source reports, translated press, editorials, negatives -------------
# First run (at 33065816): count P 14/15 R 14/16; count+destination P 14/15 R 14/16; status
# 14/14; 10/14 rows. Missed: "이 가운데 800명은 이미 입국했다" after workers counted (read as
# entries, not work); "같은 현장에는 한때 북한 노동자 200명도" after a sentence on South Korean
# workers at Doha (gated out: the place did not carry past others' workers); spurious: "해커
# 조직 소속 인력 수백 명" (hackers read as IT workers); wrong sector: a returnee's "우리
# 사업소에만 … 120명" after "아무르주 벌목장이었다". After (a part after "이 가운데" entering
# is the workers' entry when workers were counted the sentence before; a worker noun after a
# military or security word and 소속/산하 is the unit's people; same-place openers, "같은
# 현장", "우리 사업소", carry the place for relevance and lend the sector): count P 16/16 R
# 16/16; count+destination P 16/16 R 16/16; status 16/16; 13/14 rows (one known miss, the
# hackers' relevance; read irrelevant since test_extract_korean_counts_genres2: 14/14 rows).
BATCH_K1: list[Row] = [
    (
        "yna.co.kr",
        "(서울=연합뉴스) 국회 정보위원회 여당 간사인 박준혁 의원은 25일 국가정보원 비공개 "
        '보고 뒤 기자들과 만나 "북한이 올해 들어 러시아에 노동자 약 1만2천 명을 추가로 '
        '보냈다"고 전했다. 박 의원은 "이와 별도로 러시아에 파병된 북한군은 1만5천여 명"이라고 '
        "덧붙였다.",
        True,
        {W(12000, 12000, "approx", ["RU"], "dispatched")},
    ),
    (
        "rfa.org",
        '중국 랴오닝성 단둥의 한 대북 소식통은 "단둥 봉제공장들에서 일하던 북한 노동자 가운데 '
        '1천여 명이 지난달 귀국했다"고 자유아시아방송에 말했습니다. 소식통은 "그래도 단둥에는 '
        '아직 북한 노동자 2천 명 정도가 남아 있다"고 덧붙였습니다.',
        True,
        {
            W(1000, None, "at_least", ["CN"], "repatriated", "manufacturing"),
            W(2000, 2000, "approx", ["CN"], "present"),
        },
    ),
    (
        "news1.kr",
        '통일부 당국자는 정례 브리핑에서 "북한 노동자의 러시아 파견 보도는 확인해 줄 수 '
        '없다"고 말했다. 앞서 일본 언론은 북한 노동자 3천 명이 이달 초 블라디보스토크항에 '
        "도착했다고 보도했다.",
        True,
        {W(3000, 3000, "exact", ["RU"], "dispatched")},
    ),
    (
        "joongang.co.kr",
        "[사설] 북한 노동자 해외 송출, 제재 구멍 막아야\n"
        "유엔 안보리 결의는 2019년 말까지 모든 북한 해외 노동자를 송환하도록 했지만, 지금도 "
        "중국과 러시아에는 10만 명 안팎의 북한 노동자가 일하고 있는 것으로 추정된다. 이들이 "
        "벌어들이는 외화는 핵·미사일 개발의 돈줄이다.",
        True,
        {W(10 * M, 10 * M, "approx", ["CN", "RU"], "present")},
    ),
    (
        "yna.co.kr",
        "국방정보본부는 러시아에 파병된 북한군 가운데 약 4천 명이 사상했다고 밝혔다. 북한은 "
        "공병 병력 6천 명을 쿠르스크에 추가로 보낼 계획인 것으로 알려졌다.",
        False,
        set(),
    ),
    (
        "hani.co.kr",
        "― 러시아에서는 어디서 일했나.\n"
        '"아무르주 벌목장이었다. 우리 사업소에만 북한 노동자가 120명 있었다. 나는 2019년에 '
        '귀국했고 이듬해 탈북했다."',
        True,
        {W(120, 120, "exact", ["RU"], "present", "logging")},
    ),
    (
        "yna.co.kr",
        "러시아 일간 코메르산트는 하바롭스크 지방 건설업체들이 올해 북한 인력 2천500명을 "
        "받아들이기로 했다고 보도했다. 신문에 따르면 이 가운데 800명은 이미 입국했다.",
        True,
        {
            W(2500, 2500, "exact", ["RU"], "planned", "construction"),
            W(800, 800, "exact", ["RU"], "dispatched", "construction"),
        },
    ),
    (
        "news1.kr",
        '중국 관영 환구시보는 "지린성 투먼 경제개발구의 의류 공장 20여 곳에서 조선(북한) '
        '근로자 3천여 명이 일하고 있다"고 전했다.',
        True,
        {W(3000, None, "at_least", ["CN"], "present", "manufacturing")},
    ),
    (
        "donga.com",
        "카타르 도하의 월드컵 경기장 공사에 참여한 한국 근로자는 500여 명이었다. 같은 "
        "현장에는 한때 북한 노동자 200명도 있었다.",
        True,
        {W(200, 200, "exact", ["QA"], "present", "construction")},
    ),
    (
        "segye.com",
        "옌지의 조선족 근로자 수천 명이 한국으로 일하러 떠나면서 연변의 공장들은 일손 부족을 "
        "겪고 있다. 일부 공장은 그 빈자리를 북한 노동자로 채우고 있으며, 옌지에만 북한 노동자 "
        "1천500명가량이 있다.",
        True,
        {W(1500, 1500, "approx", ["CN"], "present", "manufacturing")},
    ),
    (
        "news1.kr",
        "[문답] 북한 해외 노동자, 얼마나 되나\n"
        "Q. 지금 해외에 있는 북한 노동자는 몇 명인가.\n"
        "A. 정부는 중국 약 6만 명, 러시아 약 4만 명 등 모두 10만 명이 넘는 것으로 본다.",
        True,
        {
            W(6 * M, 6 * M, "approx", ["CN"], "present"),
            W(4 * M, 4 * M, "approx", ["RU"], "present"),
            W(10 * M, None, "at_least", ["M49:001"], "present"),
        },
    ),
    (
        "voakorea.com",
        "몽골 정부는 북한 노동자 500명을 울란바토르 건설 현장에 새로 받아들였다는 보도를 "
        "부인했습니다.",
        True,
        {W(500, 500, "exact", ["MN"], "dispatched", "construction")},
    ),
    (
        "dailynk.com",
        "[내부소식] 양강도 혜산에서 중국 훈춘의 수산물 가공공장으로 보낼 여성 노동자 400명의 "
        "선발이 끝났다고 소식통이 전했다. 이들은 다음 달 초 출국할 예정이다.",
        True,
        {W(400, 400, "exact", ["CN"], "recruiting", "fishing")},
    ),
    (
        "yna.co.kr",
        "북한 해커 조직 소속 인력 수백 명이 중국 선양과 러시아 블라디보스토크에 거점을 두고 "
        "가상자산 탈취에 나서고 있다고 미국 재무부가 밝혔다.",
        False,
        set(),
    ),
]

# --- batch K2: statuses and their traps, places of the Russian Far East and China ---------
# First run (at 33065816, before the K1 fixes): count P 12/13 R 12/13; count+destination P
# 12/13 R 12/13; status 12/12; 12/14 rows. Wrong sector: "수산물 가공공장에서는 조선족 근로자
# 700명과 북한 노동자 400명이" (the others' figure cut the stretch); wrong qualifier: "각각 2천
# 명, 1천 명 정도" (the approximation after the list not given to its first item). After (two
# groups joined by 과/와, each with its noun, share the words before them): count P 12/13 R
# 12/13; count+destination P 12/13 R 12/13; status 12/12; 13/14 rows (one known miss, the list's
# approximation; read as every item's since test_extract_korean_counts_genres2: 14/14 rows).
BATCH_K2: list[Row] = [
    (
        "news1.kr",
        "北 노동자 600명 이달 중 나홋카 파견 예정",
        True,
        {W(600, 600, "exact", ["RU"], "planned")},
    ),
    (
        "yna.co.kr",
        "러시아 우수리스크 인근 농장에 북한 노동자 250명이 파견됐다고 현지 매체가 전했다.",
        True,
        {W(250, 250, "exact", ["RU"], "dispatched", "agriculture")},
    ),
    (
        "rfa.org",
        "사할린에 체류 중인 북한 노동자는 1천여 명으로, 대부분 건설 현장에서 일한다고 현지 "
        "소식통은 말했습니다.",
        True,
        {W(1000, None, "at_least", ["RU"], "present", "construction")},
    ),
    (
        "dailynk.com",
        "코로나19로 국경이 막힌 탓에 선양의 북한 식당 종업원 300여 명은 5년째 귀국 못 해 "
        "애를 태우고 있다.",
        True,
        {W(300, None, "at_least", ["CN"], "present", "hospitality")},
    ),
    (
        "yna.co.kr",
        "쿠웨이트 정부는 자국 내 북한 노동자 1천800명을 전원 송환했다고 유엔에 보고했다.",
        True,
        {W(1800, 1800, "exact", ["KW"], "repatriated")},
    ),
    (
        "voakorea.com",
        "라오스에 남아 있던 북한 노동자 50명도 지난달 모두 철수한 것으로 확인됐습니다.",
        True,
        {W(50, 50, "exact", ["LA"], "repatriated")},
    ),
    (
        "news1.kr",
        '통일부는 "북한 노동자 2천 명이 중동으로 파견됐다는 일부 보도는 사실과 다르다"고 밝혔다.',
        True,
        {W(2000, 2000, "exact", ["M49:145"], "dispatched")},
    ),
    (
        "yna.co.kr",
        "중국 선양의 대학들에서 유학 중인 북한 학생은 200명 안팎이며, 올해 새로 100명이 입학했다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "올해 북한 나선을 찾은 러시아 관광객은 3천 명이었으며, 블라디보스토크에서 출발하는 "
        "전세기도 주 2회 운항한다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "국정원은 북한이 러시아 극동에 약 2만 명, 동남아에 수천 명의 노동자를 두고 있다고 "
        "보고했다.",
        True,
        {
            W(2 * M, 2 * M, "approx", ["RU"], "present"),
            W(2000, 9999, "vague", ["M49:035"], "present"),
        },
    ),
    (
        "yna.co.kr",
        "북한은 평양 화성지구 살림집 건설에 청년 돌격대원 5만 명을 동원했다고 조선중앙통신이 "
        "보도했다.",
        False,
        set(),
    ),
    (
        "segye.com",
        "훈춘의 한 수산물 가공공장에서는 조선족 근로자 700명과 북한 노동자 400명이 같은 "
        "작업장에서 일한다.",
        True,
        {W(400, 400, "exact", ["CN"], "present", "fishing")},
    ),
    (
        "hani.co.kr",
        '연해주에서 일하다 지난해 귀국한 북한 노동자 김모 씨는 "함께 일하던 북한 노동자 '
        '200명 가운데 절반은 아직 러시아에 있다"고 말했다.',
        True,
        {W(200, 200, "exact", ["RU"], "present")},
    ),
    (
        "rfa.org",
        "옌지와 투먼의 북한 노동자는 각각 2천 명, 1천 명 정도라고 현지 소식통이 전했습니다.",
        True,
        {
            W(2000, 2000, "approx", ["CN"], "present"),
            W(1000, 1000, "approx", ["CN"], "present"),
        },
    ),
]

# --- batch K3: wires with datelines, ranges and bounds, translated press, negatives --------
# First run (at 33065816, before the K1 fixes): count P 11/11 R 11/13; count+destination P
# 11/11 R 11/13; status 11/11; 11/13 rows. Missed: a returnee's answer naming no DPRK word
# (gated out; my expectation was careless, kept as a known miss) whose "그중 30명은 아직
# 돌아오지 못했다" was also dropped ungated (a part still there of a group sent was read as
# the group again); gated in: "북한군 병력 가운데 공병 1천 명이 러시아 건설 현장으로"
# (troops, no claim). After (a part of a group sent or gone home told as still there,
# 남아/잔류/돌아오지 못, is a claim of its own; checking it, "2018년 하바롭스크로 갔다" read
# as present: "…로 갔다" is now a flow, "본국으로 갔다" a return): count P 11/11 R 11/13
# (13/13 ungated); count+destination the same; status 11/11; 11/13 rows (two known misses;
# the troops' relevance, k3-09, read irrelevant since test_extract_korean_counts_genres2).
BATCH_K3: list[Row] = [
    (
        "yna.co.kr",
        "(블라디보스토크=연합뉴스) 최영민 특파원 = 러시아 연해주 건설 현장에 투입된 북한 "
        "노동자가 최대 8천 명에 이르는 것으로 파악됐다.",
        True,
        {W(None, 8000, "at_most", ["RU"], "present", "construction")},
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 통일부는 북한이 올해 아무르주와 하바롭스크에 노동자 3천~4천 명을 "
        "새로 보낸 것으로 추정했다.",
        True,
        {W(3000, 4000, "range", ["RU"], "dispatched")},
    ),
    (
        "yna.co.kr",
        "중국 랴오닝일보는 단둥 지역 기업들이 올해 하반기 북한 인력 5천 명을 추가로 고용할 "
        "계획이라고 보도했다. 단둥에는 이미 북한 노동자 수만 명이 일하고 있다.",
        True,
        {
            W(5000, 5000, "exact", ["CN"], "planned"),
            W(20000, 99999, "vague", ["CN"], "present"),
        },
    ),
    (
        "dailynk.com",
        "몽골 울란바토르의 한 건설 현장에서 일하던 북한 노동자 80명이 지난주 평양으로 "
        "송환됐다고 대북 소식통이 데일리NK에 알려왔다.",
        True,
        {W(80, 80, "exact", ["MN"], "repatriated", "construction")},
    ),
    (
        "chosun.com",
        "[사설] 러 파병에 노동자 송출까지, 北·러 밀착 경계해야\n"
        "북한은 러시아에 1만 명이 넘는 병력을 보낸 데 이어 노동자 송출도 늘리고 있다. "
        "정보 당국은 올해에만 북한 노동자 1만5천 명가량이 러시아에 들어간 것으로 본다.",
        True,
        {W(15000, 15000, "approx", ["RU"], "dispatched")},
    ),
    (
        "yna.co.kr",
        "카타르 도하의 한국 건설사 현장에서 일하는 한국인 근로자는 1천200명이다. 쿠웨이트에 "
        "진출한 한국 기업 근로자도 800명에 이른다.",
        False,
        set(),
    ),
    (
        "hani.co.kr",
        "― 러시아에 함께 간 사람은 몇 명이었나.\n"
        '"2018년에 하바롭스크로 간 건설 노동자가 150명이었다. 그중 30명은 아직 돌아오지 '
        '못했다."',
        True,
        {
            W(150, 150, "exact", ["RU"], "dispatched", "construction"),
            W(30, 30, "exact", ["RU"], "present", "construction"),
        },
    ),
    (
        "rfa.org",
        '러시아 매체 보스토크메디아는 "연해주 당국이 올해 북한 노동자 2천 명에게 취업 허가를 '
        '내줬다"고 보도했습니다. 같은 기간 연해주를 찾은 북한 대표단은 40여 명이었습니다.',
        True,
        {W(2000, 2000, "exact", ["RU"], "dispatched")},
    ),
    (
        "news1.kr",
        "북한 근로자 약 2만 명이 중동에서 일했던 2010년대와 달리, 지금은 카타르와 쿠웨이트에 "
        "수백 명만 남아 있다.",
        True,
        {
            W(2 * M, 2 * M, "approx", ["M49:145"], "present"),
            W(200, 999, "vague", ["KW", "QA"], "present"),
        },
    ),
    (
        "yna.co.kr",
        "국방부는 쿠르스크에 투입된 북한군 병력 가운데 공병 1천 명이 러시아 건설 현장으로 "
        "옮겨 갔다고 밝혔다.",
        False,
        set(),
    ),
    (
        "voakorea.com",
        "북한 노동자 400명을 태운 선박이 지난 10일 블라디보스토크항에 입항했다고 러시아 "
        "해운 당국이 밝혔습니다. 이들은 연해주 어선에서 일하게 됩니다.",
        True,
        {W(400, 400, "exact", ["RU"], "dispatched", "fishing")},
    ),
    (
        "kbs.co.kr",
        "중국 단둥의 북한 노동자 1천 명이 귀국 대기 중이지만 교대 인력이 오지 않아 출국이 "
        "늦어지고 있습니다.",
        True,
        {W(1000, 1000, "exact", ["CN"], "present")},
    ),
    (
        "yna.co.kr",
        "한편 북한 인권단체들은 중국에 있는 탈북 여성 수천 명이 인신매매 피해를 보고 있다고 "
        "지적했다.",
        False,
        set(),
    ),
]

BATCHES = {"k1": BATCH_K1, "k2": BATCH_K2, "k3": BATCH_K3}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {
    "k3-06": "the excerpt of the returnee's answer names no DPRK word, so it is gated out (the "
    "two figures are read right ungated); a careless expectation, kept as written",
}


@pytest.mark.parametrize(("publisher", "text", "relevant", "expected"), batch_rows(BATCHES, KNOWN))
def test_counts_blind(extractor, publisher, text, relevant, expected):
    assert observed(extractor, text, publisher) == (relevant, expected)
