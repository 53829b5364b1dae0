"""Korean worker counts, destinations, statuses and relevance on unseen articles, second
genres module: lists of respective figures with one approximation after them ("각각 1만2천
명, 8천 명 정도"), figures in 만/천 units with 여/가량/안팎/남짓 and vague plurals (수천 명),
status verbs and their traps (귀국한 노동자 is a return, not a stock; "들여오려던 계획이
무산" is still a plan, as in the English s4 batch; "다음 달 귀국할 예정" is still there),
places named by a region or city (연해주, 블라디보스토크, 아무르주, 하바롭스크, 단둥, 훈춘,
옌지, 울란바토르, 라오스, 쿠웨이트) or by anaphora (현지, 이곳), and hard negatives of
relevance: hackers, troops, students, other nations' workers in Russia, and workers inside
the DPRK (개성공단), each beside a labour word.

Blind: each batch's expected claims were committed before the extractor first read it.
Every person, outlet desk and figure is invented.

Rows use ``W(low, high, qualifier, destinations, status, sector)`` as in
test_extract_korean_articles. Per batch: relevance precision / recall over the rows, count
precision / recall over the scorer's keys (low, high), count+destination (and the
destinations), status right of the count+destination matches, rows fully right.

A qualifier after the last figure of a list of respective figures ("각각 A 명, B 명
정도", "각각 A 명과 B 명 안팎", "각각 A 명, B 명 남짓") is read as every item's: the
qualifier closes the one distributive statement, as "about 20,000 and 30,000
respectively" is about both in English (spec/claims.md gives "about" to the figure it
bounds; a list after 각각 is one figure per place). The scorer compares low and high only,
so an approximation spread changes no score; a bound spread (남짓, 이상) does.

Over the five first runs (each batch written before the fixes of the batches before it
were read against it): relevance P 44/49 R 44/45 (F1 0.936); count P 66/69 R 66/69 (F1
0.957); count+destination P 65/69 R 65/69 (F1 0.942); status 63/65. After the fixes:
relevance P 44/45 R 44/45 (0.978); count P 68/69 R 68/69 (0.986); count+destination the
same; status 68/68; 63/72 rows, the rest strict xfails (six sectors, two relevance misses,
one restatement). Since (Korean sector work, test_extract_korean_sector): five of the six
sectors fixed (g1-10: "-(으)며," closes the figure's clause after it; g4-05: the noun after a
list of respective figures is every item's; g4-06 and g1-14: workers who take others'
places keep their sector; g1-01: a figure after a word referring back to the place or group
of the figure before it, "이곳에서는", keeps that one's sector), 68/72 rows.
"""

from __future__ import annotations

import pytest

from .tables import batch_rows
from .test_extract_korean_articles import M, Row, W, observed

# --- batch G1: lists, units, status traps, regions and anaphora, relevance negatives -----
# First run (at afa19fe1): relevance P 10/10 R 10/10; count P 20/20 R 20/20; count+destination
# P 20/20 R 20/20; status 20/20; 10/15 rows. Wrong qualifier: the first item of "각각 1만2천
# 명, 8천 명 정도" and of "각각 5천 명과 2천 명 안팎" (the approximation after the list read as
# the last figure's only); wrong sector: "이곳에서는 … 500명가량이 새로 들어왔다" and "이들을
# 대신할 새 인력 500명" (a place or group referred back to lends no sector), and "아무르주에
# 체류하는 … 약 2천 명이며, 하바롭스크 지방에서는 … 벌목공 400여 명" (the next clause's job
# noun given to the first figure). After (an approximation after the last figure of a list of
# respective figures is every item's, both with commas and with 과/와; the earlier batches'
# readings of such lists changed with it: k2-13 of test_extract_korean_counts_blind passes,
# b3-11 of test_extract_korean_reporting now expects both approximate): 12/15 rows, the three
# sector misses kept as known misses below (sector is left to its own work).
BATCH_G1: list[Row] = [
    (
        "yna.co.kr",
        "北, 러·中에 노동자 2만명 추가 송출\n"
        '(서울=연합뉴스) 한지석 기자 = 통일부 당국자는 3일 "북한이 올해 상반기 러시아와 중국에 '
        '각각 1만2천 명, 8천 명 정도의 노동자를 새로 보낸 것으로 보인다"고 말했다.',
        True,
        {
            W(2 * M, 2 * M, "exact", ["CN", "RU"], "dispatched"),
            W(12000, 12000, "approx", ["RU"], "dispatched"),
            W(8000, 8000, "approx", ["CN"], "dispatched"),
        },
    ),
    (
        "dailynk.com",
        "[내부소식] 연해주에 나가 있는 북한 노동자가 1만5천여 명에 이르는 것으로 알려졌다. "
        '소식통은 "블라디보스토크 주변 건설 현장에만 수천 명이 일하고 있다"며 "이곳에서는 '
        '올해 봄에도 500명가량이 새로 들어왔다"고 전했다.',
        True,
        {
            W(15000, None, "at_least", ["RU"], "present"),
            W(2000, 9999, "vague", ["RU"], "present", "construction"),
            W(500, 500, "approx", ["RU"], "dispatched", "construction"),
        },
    ),
    (
        "rfa.org",
        "앵커: 중국 단둥의 봉제공장에서 일하다 지난해 말 귀국한 북한 노동자는 2천 명 "
        '남짓입니다. 현지 소식통은 "아직 단둥에 남아 근무 중인 노동자도 3천 명 안팎"이라고 '
        "말했습니다.",
        True,
        {
            W(2000, None, "at_least", ["CN"], "repatriated", "manufacturing"),
            W(3000, 3000, "approx", ["CN"], "present"),
        },
    ),
    (
        "news1.kr",
        "쿠웨이트 건설사들이 북한 노동자 600명을 들여오려던 계획이 유엔 제재로 무산됐다고 "
        "현지 언론이 보도했다.",
        True,
        {W(600, 600, "exact", ["KW"], "planned", "construction")},
    ),
    (
        "yna.co.kr",
        "(서울=연합뉴스) 북한 해커 조직이 올해 가상자산 약 1조 원어치를 탈취했다고 블록체인 "
        "분석업체 체인리서치가 밝혔다. 업체는 이들이 해외 IT 기업의 채용 공고에 지원해 내부망에 "
        "접근하는 수법도 쓴다고 설명했다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "국정원은 러시아에 파병된 북한 군인 1만1천여 명 가운데 일부가 전선 후방의 건설 작업에 "
        "동원되고 있다고 국회 정보위원회에 보고했다. 국정원은 북한이 공병 3천 명을 추가로 보낼 "
        "가능성도 있다고 밝혔다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "(모스크바=연합뉴스) 러시아 내무부 통계에 따르면 올해 상반기 취업 허가를 받고 입국한 "
        "외국인 노동자는 우즈베키스탄 출신 60만 명, 타지키스탄 출신 35만 명, 중국 출신 4만 명 "
        "등이다. 연해주 건설 현장에서는 베트남 노동자 수천 명도 일하고 있다. 북한 노동자 통계는 "
        "따로 공개되지 않았다.",
        False,
        set(),
    ),
    (
        "hani.co.kr",
        "[기획] 개성공단 폐쇄 10년\n"
        "개성공단이 문을 닫기 전 이곳에서는 북측 근로자 5만4천여 명과 남측 주재원 800여 명이 "
        "함께 일했다. 입주기업 120곳 가운데 상당수는 베트남과 캄보디아로 생산 기지를 옮겼다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "러시아 카잔 연방대에 북한 유학생 40명이 새로 입학했다고 타스통신이 전했다. 이들은 "
        "러시아어 연수를 거쳐 공학을 전공하게 된다. 양국은 올해 노동·교육 분야 협력 협정을 "
        "체결했다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 북한이 라오스에 건설 인력 300명을 보낼 예정이며, 몽골 울란바토르에도 "
        "200명 안팎의 노동자 송출을 추진하고 있다고 대북 소식통이 전했다.",
        True,
        {
            W(300, 300, "exact", ["LA"], "planned", "construction"),
            W(200, 200, "approx", ["MN"], "planned"),
        },
    ),
    (
        "rfa.org",
        "RFA에 따르면 러시아 아무르주에 체류하는 북한 노동자는 약 2천 명이며, 하바롭스크 "
        "지방에서는 지난해 벌목공 400여 명이 철수했다.",
        True,
        {
            W(2000, 2000, "approx", ["RU"], "present"),
            W(400, None, "at_least", ["RU"], "repatriated", "logging"),
        },
    ),
    (
        "news1.kr",
        "중국 훈춘과 옌지의 수산물 가공공장에서 일하는 북한 노동자는 각각 5천 명과 2천 명 "
        "안팎으로 추산된다고 현지 업계 관계자들이 전했다.",
        True,
        {
            W(5000, 5000, "approx", ["CN"], "present", "fishing"),
            W(2000, 2000, "approx", ["CN"], "present", "fishing"),
        },
    ),
    (
        "yna.co.kr",
        '국정원 "北 노동자 수천 명 중동 재진출"\n'
        "국가정보원은 국회 정보위원회 보고에서 북한이 쿠웨이트와 아랍에미리트 등 중동에 노동자 "
        "수천 명을 다시 내보냈다고 밝혔다. 국정원은 또 코로나19 이후 중국에서 귀국한 북한 "
        "노동자가 1만여 명에 이른다고 설명했다.",
        True,
        {
            W(2000, 9999, "vague", ["M49:145"], "dispatched"),
            W(10000, None, "at_least", ["CN"], "repatriated"),
        },
    ),
    (
        "voakorea.com",
        "몽골 울란바토르 외곽의 한 건설 현장. 현지 관계자에 따르면 이곳에서 근무 중인 북한 "
        "노동자는 70명가량입니다.",
        True,
        {W(70, 70, "approx", ["MN"], "present", "construction")},
    ),
    (
        "kbs.co.kr",
        "러시아 블라디보스토크의 조선소에서 일하는 북한 노동자 800명은 계약이 끝나는 다음 달 "
        "귀국할 예정입니다. 이들을 대신할 새 인력 500명은 이미 평양에서 선발을 마쳤습니다.",
        True,
        {
            W(800, 800, "exact", ["RU"], "present", "shipbuilding"),
            W(500, 500, "exact", ["RU"], "recruiting", "shipbuilding"),
        },
    ),
]


# --- batch G2: hackers and troops beside workers, others' workers, ranges, parts, anaphora -
# First run (at bf94794b, after the G1 fix): relevance P 11/12 R 11/11; count P 16/16 R 16/16;
# count+destination P 16/16 R 16/16; status 15/16; 13/15 rows. Read relevant: labour at home
# (원산갈마 건설에 노동자 2만 명) in a sentence whose only place abroad is the nationality of
# tourists ("러시아 관광객 1천 명"); wrong status: a headline's bare noun after the figure
# ("北 노동자 수천 명…건설 현장 투입", read present; so were "3천명 라오스 파견" and "3천명
# 파견" tried beside it); wrong sector: that headline's 건설 현장 past the ellipsis. After (a
# place abroad right before visitors, 관광객/유학생/대표단/…, is their nationality, not a place
# of labour; bare 파견/투입/송출 after a figure are sent, "파견 중" is there, one bare word or
# a headline's ellipsis and two words may stand between, and the noun is no move before a
# stop, a denial or a report, 중단/보류/안/못/보도/…): relevance P 11/11 R 11/11; status 16/16;
# 14/15 rows (the sector miss kept below).
BATCH_G2: list[Row] = [
    (
        "yna.co.kr",
        "유엔 전문가 패널은 북한이 해커 약 7천 명을 운용하고 있으며 이들 대부분은 평양에서 "
        "활동한다고 밝혔다. 패널은 또 중국 선양과 단둥에서 일하는 북한 IT 노동자는 1천 "
        "명가량으로 추산된다고 지적했다.",
        True,
        {W(1000, 1000, "approx", ["CN"], "present", "it")},
    ),
    (
        "news1.kr",
        "러시아 일간 이즈베스티야는 러시아에 파병된 북한군과 별도로 북한 노동자 1만3천 명이 "
        "올해 러시아에 입국했다고 통계청 자료를 인용해 보도했다. 파병 군인은 1만2천 명 수준으로 "
        "알려져 있다.",
        True,
        {W(13000, 13000, "exact", ["RU"], "dispatched")},
    ),
    (
        "yna.co.kr",
        "러시아 안보회의 서기는 북한이 쿠르스크 재건 작업을 위해 공병 1천 명과 군사 건설 병력 "
        "5천 명을 추가로 파견한다고 밝혔다. 이들은 지뢰 제거와 파괴된 기반 시설 복구 작업에 "
        "투입될 예정이다.",
        False,
        set(),
    ),
    (
        "segye.com",
        "고용노동부는 올해 고용허가제로 입국한 외국인 근로자가 16만5천 명이라고 밝혔다. "
        "국적별로는 네팔 2만 명, 캄보디아 1만8천 명 등이다. 국내 탈북민 취업자도 5천여 명으로 "
        "늘었다.",
        False,
        set(),
    ),
    (
        "dailynk.com",
        "[내부소식] 북한 당국이 중국 랴오닝성 일대에 나가 있는 노동자 2만여 명 전원에게 귀국 "
        "지시를 내렸다고 소식통이 전했다. 다만 실제 출국 일정은 아직 정해지지 않았다.",
        True,
        {W(2 * M, None, "at_least", ["CN"], "present")},
    ),
    (
        "rfa.org",
        "하바롭스크에 체류 중인 북한 노동자는 1만~1만2천 명 규모라고 현지 소식통이 "
        "자유아시아방송에 밝혔습니다.",
        True,
        {W(10000, 12000, "range", ["RU"], "present")},
    ),
    (
        "news1.kr",
        "북한은 내년 초 러시아 아무르주 농장에 노동자 300명 내외를 보낼 예정이라고 현지 "
        "매체가 전했다.",
        True,
        {W(300, 300, "approx", ["RU"], "planned", "agriculture")},
    ),
    (
        "yna.co.kr",
        "(선양=연합뉴스) 중국 랴오닝성 선양의 한 대형 호텔 식당. 현지 소식통에 따르면 이 "
        "식당에만 북한 여성 종업원 30여 명이 일하고 있다. 선양 전체로는 북한 식당 종업원이 "
        "수백 명에 이른다.",
        True,
        {
            W(30, None, "at_least", ["CN"], "present", "hospitality"),
            W(200, 999, "vague", ["CN"], "present", "hospitality"),
        },
    ),
    (
        "hani.co.kr",
        "올해 러시아에서 귀국한 북한 노동자 3천 명 가운데 1천 명은 석 달 만에 다시 러시아로 "
        "출국했다고 대북 소식통이 전했다.",
        True,
        {
            W(3000, 3000, "exact", ["RU"], "repatriated"),
            W(1000, 1000, "exact", ["RU"], "dispatched"),
        },
    ),
    (
        "kbs.co.kr",
        "북한 노동자 수만 명이 일하던 중국 단둥의 공단에는 이제 1만 명 남짓만 남았다고 현지 "
        "업체 관계자들은 말합니다.",
        True,
        {
            W(20000, 99999, "vague", ["CN"], "present"),
            W(10000, None, "at_least", ["CN"], "present"),
        },
    ),
    (
        "voakorea.com",
        "쿠웨이트에는 한때 북한 노동자 5천 명 이상이 있었지만, 지금은 대부분 철수하고 "
        "100명가량만 남아 있다고 외교 소식통이 전했습니다.",
        True,
        {
            W(5000, None, "at_least", ["KW"], "present"),
            W(100, 100, "approx", ["KW"], "present"),
        },
    ),
    (
        "yna.co.kr",
        "북한은 원산갈마 해안관광지구 건설에 노동자 2만 명을 투입했으며, 올여름 러시아 관광객 "
        "1천 명이 이곳을 찾았다고 조선중앙통신이 보도했다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "몽골 노동사회보장부는 울란바토르에 남아 있던 북한 근로자 120명의 체류 허가를 연장하지 "
        "않기로 했다고 밝혔다. 이들은 이달 말까지 출국해야 한다.",
        True,
        {W(120, 120, "exact", ["MN"], "present")},
    ),
    (
        "mk.co.kr",
        "현대건설은 쿠웨이트 알주르 정유공장 현장에 한국인 근로자 400명을 새로 파견한다고 "
        "밝혔다. 정부는 해외 파견 근로자의 안전을 위해 북한의 테러 가능성에 대비한 지침도 "
        "전달했다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "라오스에 北 노동자 수천 명…건설 현장 투입\n"
        "(방콕=연합뉴스) 라오스 비엔티안의 건설 현장에 북한 노동자 2천300여 명이 투입된 것으로 "
        "확인됐다고 현지 외교 소식통이 전했다.",
        True,
        {
            W(2000, 9999, "vague", ["LA"], "dispatched", "construction"),
            W(2300, None, "at_least", ["LA"], "dispatched", "construction"),
        },
    ),
]


# --- batch G3: troops, hackers, students and defectors beside labour words; lists of three -
# First run (at b711c1c1, after the G1-G2 fixes): relevance P 8/10 R 8/8; count P 13/14 R
# 13/13; count+destination P 12/14 R 12/13; status 12/12; 12/15 rows. Read relevant:
# "정찰총국 산하 해킹 인력 1천여 명이 … 다롄과 … 블라디보스토크에서" (also a claim: 해킹
# 인력 read as workers) and "북한 유학생 80여 명은 졸업 후 귀국해 … 일하게 된다" (students'
# work read as labour abroad); no destination: "아무르주 이민국에 따르면 현재 이 지역에 체류
# 중인" (이 지역 did not point back to the source's place). After (hackers named by a labour
# word, 해킹 인력/요원, are a unit's people and no labour, and so is a labour word after a unit
# and 소속/산하/휘하, "해커 조직 소속 인력"; students are other people for relevance, unless
# the word is the workers' cover, "유학생 비자로", "노동자 위장 유학생"; 이 지역/해당
# 지역/이곳/그곳 point back to the source's place as 현지 does): 15/15 rows, all figures 1.00.
# The hackers' relevance miss k1-13 of test_extract_korean_counts_blind passes with them.
BATCH_G3: list[Row] = [
    (
        "yna.co.kr",
        "러시아 국방부는 쿠르스크 재건 현장에 북한군 공병 2천 명이 투입돼 도로와 교량 건설 "
        "작업을 하고 있다고 밝혔다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "미 연방수사국(FBI)은 북한 정찰총국 산하 해킹 인력 1천여 명이 중국 다롄과 러시아 "
        "블라디보스토크에서 활동하고 있다고 경고했다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "국정원은 북한이 러시아에 병력 1만여 명을 보낸 데 이어 올해 건설 노동자 5천 명을 "
        "추가로 파견했다고 밝혔다.",
        True,
        {W(5000, 5000, "exact", ["RU"], "dispatched", "construction")},
    ),
    (
        "hani.co.kr",
        "중국 베이징의 대학에서 공부하는 북한 유학생 80여 명은 졸업 후 귀국해 정부 기관에서 "
        "일하게 된다고 중국 교육부 관계자가 말했다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "통일부는 올해 상반기 입국한 탈북민 가운데 중국에서 식당 종업원으로 일했던 여성이 "
        "30여 명이라고 밝혔다.",
        False,
        set(),
    ),
    (
        "rfa.org",
        "앵커: 북한이 다음 달 중국 옌지의 전자 부품 공장에 여성 노동자 200명을 보낼 예정이라고 "
        "현지 소식통이 전했습니다. 이 공장에는 이미 북한 노동자 150명 남짓이 일하고 있습니다.",
        True,
        {
            W(200, 200, "exact", ["CN"], "planned", "manufacturing"),
            W(150, None, "at_least", ["CN"], "present", "manufacturing"),
        },
    ),
    (
        "segye.com",
        "러시아 연해주의 우즈베키스탄 노동자는 3만 명, 베트남 노동자는 5천 명 수준이라고 연해주 "
        "이민국이 밝혔다. 이민국은 중국인 노동자도 2만 명가량 일하고 있다고 덧붙였다. 한편 "
        "북한은 이날 동해상으로 탄도미사일 2발을 발사했다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "하바롭스크 지방 정부는 지난해 귀국한 북한 노동자 600명을 대신해 올해 새 인력 900명을 "
        "받아들였다고 밝혔다.",
        True,
        {
            W(600, 600, "exact", ["RU"], "repatriated"),
            W(900, 900, "exact", ["RU"], "dispatched"),
        },
    ),
    (
        "yna.co.kr",
        "(단둥=연합뉴스) 압록강변에 자리한 한 의류 공장. 이곳에서 일하는 북한 여성 노동자 "
        "400여 명은 하루 12시간씩 재봉틀 앞에 앉는다.",
        True,
        {W(400, None, "at_least", ["CN"], "present", "manufacturing")},
    ),
    (
        "news1.kr",
        "쿠웨이트 건설 현장에서 일하던 북한 노동자 1천여 명이 2019년 말까지 모두 철수했다고 "
        "외교부 당국자가 밝혔다. 당시 쿠웨이트에는 북한 노동자 3천 명가량이 있었던 것으로 "
        "추산된다.",
        True,
        {
            W(1000, None, "at_least", ["KW"], "repatriated", "construction"),
            W(3000, 3000, "approx", ["KW"], "present"),
        },
    ),
    (
        "news1.kr",
        "통일부는 북한이 러시아, 중국, 몽골에 각각 3만 명, 5만 명, 1천 명 정도의 노동자를 두고 "
        "있는 것으로 추산했다.",
        True,
        {
            W(3 * M, 3 * M, "approx", ["RU"], "present"),
            W(5 * M, 5 * M, "approx", ["CN"], "present"),
            W(1000, 1000, "approx", ["MN"], "present"),
        },
    ),
    (
        "yna.co.kr",
        "북한 당국은 나선경제특구의 수산물 가공공장에 노동자 3천 명을 새로 배치했다고 조선신보가 "
        "전했다. 공장에서 생산된 제품은 중국으로 수출된다.",
        False,
        set(),
    ),
    (
        "rfa.org",
        "러시아 아무르주 이민국에 따르면 현재 이 지역에 체류 중인 북한 노동자는 1천200명 "
        "내외로, 대부분 건설 현장에서 일합니다.",
        True,
        {W(1200, 1200, "approx", ["RU"], "present", "construction")},
    ),
    (
        "news1.kr",
        "러시아 매체는 북한군 병사들이 건설 노동자로 위장해 러시아에 입국했다고 보도했다. 위장 "
        "입국한 병력은 약 1천500명으로 알려졌다.",
        False,
        set(),
    ),
    (
        "donga.com",
        "카타르의 한 건설 현장에서는 한국인 근로자 300명과 함께 북한 노동자 150명이 일하고 있다.",
        True,
        {W(150, 150, "exact", ["QA"], "present", "construction")},
    ),
]


# --- batch G4: the G1-G3 fixes on new wording (headline nouns, covers, visitors, units) -----
# First run (at e1539748, after the G1-G3 fixes): relevance P 8/10 R 8/8; count P 10/11 R
# 10/11; count+destination P 10/11 R 10/11; status 9/10; 9/14 rows. Missed: "북한 노동자
# 1천여 명이 유학생 비자로 러시아에 입국해" (the students' word dropped the workers' figure);
# read relevant: "북한을 찾은 중국 관광객은 2만 명으로, 단둥의 여행사들은 …. 북한 당국은 …
# 안내원 인력도 확충했다" (Dandong carried to the next sentence, labour at home) and
# "신의주의 봉제공장에서는 북한 노동자 2천여 명이 … 단둥의 무역 관계자가" (work at home
# placed by the speaker's city); wrong status: "귀국한 … 500명의 빈자리는 새로 온 300명이"
# (the earlier return read for the newcomers); wrong sector: the first two items of "각각
# 500명, 300명, 700명가량의 건설 노동자" and the newcomers of a fish plant. After (a DPRK
# worker figure keeps its cover papers out of the excluded words, "유학생 비자로", "학생으로
# 위장"; 새로 온/새로 도착한/새로 투입된 are arrivals): relevance P 8/10 R 8/8; count P 11/12
# R 11/11; count+destination P 11/12 R 11/11; status 11/11; 10/14 rows. Tried and not kept:
# tourists as other people for relevance (two grammar rows on tourists, read after a
# relevant lead, went irrelevant); kept instead: a sentence counting visitors
# (visitors_after_place) does not carry its place abroad to the next one: relevance P 8/9,
# 11/14 rows.
BATCH_G4: list[Row] = [
    (
        "news1.kr",
        "北 노동자 1천200명 블라디보스토크 송출\n"
        "(서울=뉴스1) 북한이 이달 초 러시아 블라디보스토크에 노동자 1천200명을 보낸 것으로 "
        "확인됐다고 대북 소식통이 전했다.",
        True,
        {W(1200, 1200, "exact", ["RU"], "dispatched")},
    ),
    (
        "yna.co.kr",
        "우크라이나 정보총국은 러시아에 파견된 북한군 장병 수천 명이 쿠르스크 일대에서 참호를 "
        "파고 진지를 건설하는 작업에 동원되고 있다고 밝혔다.",
        False,
        set(),
    ),
    (
        "rfa.org",
        "북한 노동자 1천여 명이 유학생 비자로 러시아에 입국해 모스크바 건설 현장에서 일하고 "
        "있다고 러시아 매체가 보도했습니다.",
        True,
        {W(1000, None, "at_least", ["RU"], "present", "construction")},
    ),
    (
        "news1.kr",
        "올해 북한을 찾은 중국 관광객은 2만 명으로, 단둥의 여행사들은 신의주 당일 관광 상품을 "
        "늘리고 있다. 북한 당국은 관광 수입을 늘리기 위해 안내원 인력도 확충했다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "국정원은 북한 해커 조직 산하 기술 인력 수천 명이 암호화폐 탈취에 동원되고 있으며, 이들 "
        "일부는 중국 선양에 머물고 있다고 밝혔다.",
        False,
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 소식통에 따르면 북한은 올봄 하바롭스크, 아무르주, 연해주에 각각 500명, 300명, "
        "700명가량의 건설 노동자를 보냈다.",
        True,
        {
            W(500, 500, "approx", ["RU"], "dispatched", "construction"),
            W(300, 300, "approx", ["RU"], "dispatched", "construction"),
            W(700, 700, "approx", ["RU"], "dispatched", "construction"),
        },
    ),
    (
        "segye.com",
        "중국 훈춘의 수산물 공장에서 일하다 이달 초 귀국한 북한 여성 노동자 500명의 빈자리는 "
        "새로 온 300명이 채웠다고 현지 소식통이 전했다.",
        True,
        {
            W(500, 500, "exact", ["CN"], "repatriated", "fishing"),
            W(300, 300, "exact", ["CN"], "dispatched", "fishing"),
        },
    ),
    (
        "yna.co.kr",
        "한국 정부는 쿠웨이트 건설 현장에 파견된 한국인 근로자 1천여 명의 안전을 점검했다. "
        "외교부는 북한의 미사일 발사와 관련한 중동 정세도 살폈다.",
        False,
        set(),
    ),
    (
        "voakorea.com",
        '몽골 울란바토르의 대북 소식통은 "현지 건설 현장에서 일하는 북한 노동자는 300명 '
        '안팎"이라고 말했습니다.',
        True,
        {W(300, 300, "approx", ["MN"], "present", "construction")},
    ),
    (
        "yna.co.kr",
        "통일부는 북한이 내년까지 러시아에 노동자 1만5천 명가량을 추가로 송출할 계획인 것으로 "
        "보고 있다.",
        True,
        {W(15000, 15000, "approx", ["RU"], "planned")},
    ),
    (
        "hani.co.kr",
        "라오스 비엔티안의 북한 식당에서 일하던 종업원 20명 남짓이 지난달 모두 철수했다고 현지 "
        "교민이 전했다.",
        True,
        {W(20, None, "at_least", ["LA"], "repatriated", "hospitality")},
    ),
    (
        "news1.kr",
        "중국 투자 기업이 운영하는 신의주의 봉제공장에서는 북한 노동자 2천여 명이 일하고 있다고 "
        "단둥의 무역 관계자가 전했다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "국정원은 북한군 1만여 명이 러시아에 파병된 데 이어 북한 노동자 2만 명 이상이 러시아 "
        "건설 현장에 투입됐다고 밝혔다.",
        True,
        {W(2 * M, None, "at_least", ["RU"], "dispatched", "construction")},
    ),
    (
        "segye.com",
        "러시아 연해주 정부는 올해 중국인 노동자 1만 명을 농장에 배치했다. 북한 접경 하산 지역 "
        "농장도 포함됐다.",
        False,
        set(),
    ),
]


# --- batch G5: a last blind check after every fix above --------------------------------
# First run (at cbd741da, after the G1-G4 fixes): relevance P 7/7 R 7/8; count P 7/8 R 7/9;
# count+destination P 7/8 R 7/9; status 7/7; 10/13 rows. Missed: the body's "800명가량" after
# the headline's "800명" (one claim: the shared deduplication keys on low and high, so the
# scorer sees no miss); read irrelevant: "러시아에 파병된 북한군, 유학생과 함께 북한 노동자도
# 급증해 … 1만 명을 넘어섰다" (one sentence, a troop word and the students' other-people word
# outweigh its DPRK worker phrase; letting such a phrase lift the other-people count was
# tried and not kept: "북한 선원 20명이 탄 어선이 … 나포됐다" went relevant); wrong bounds:
# "각각 3만 명, 2만 명 남짓" (only an approximation was spread over the list). After (a
# qualifier after the last figure of such a list, approximation or bound, is every item's):
# count P 8/8 R 8/9; count+destination P 8/8 R 8/9; 11/13 rows.
BATCH_G5: list[Row] = [
    (
        "yna.co.kr",
        "[단독] 北, 쿠웨이트에 건설 인력 800명 재송출 추진\n"
        "(서울=연합뉴스) 북한이 쿠웨이트 건설 현장에 노동자 800명가량을 다시 보내는 방안을 "
        "추진 중인 것으로 전해졌다.",
        True,
        {
            W(800, 800, "exact", ["KW"], "planned", "construction"),
            W(800, 800, "approx", ["KW"], "planned", "construction"),
        },
    ),
    (
        "news1.kr",
        "통일부는 올해 국내에 입국한 탈북민이 200여 명이며, 이들 대부분이 중국에서 장기간 "
        "체류하다 들어왔다고 밝혔다. 정부는 탈북민 취업 지원 예산도 늘렸다.",
        False,
        set(),
    ),
    (
        "dailynk.com",
        "중국 선양과 단둥의 북한 식당 30여 곳에서 일하는 종업원은 모두 600명 안팎으로 추산된다.",
        True,
        {W(600, 600, "approx", ["CN"], "present", "hospitality")},
    ),
    (
        "rfa.org",
        "러시아 정부는 아무르주 벌목장의 북한 노동자 400명을 올해 안에 돌려보내기로 했지만 "
        "업체들의 반발로 계획이 무산됐습니다.",
        True,
        {W(400, 400, "exact", ["RU"], "planned", "logging")},
    ),
    (
        "segye.com",
        "베트남 노동자 수만 명이 한국의 제조업 현장에서 일하고 있다. 한편 북한은 이날 "
        "순항미사일을 발사했다.",
        False,
        set(),
    ),
    (
        "voakorea.com",
        "몽골 노동청에 따르면 울란바토르에서 근무 중인 북한 근로자는 400명 남짓입니다.",
        True,
        {W(400, None, "at_least", ["MN"], "present")},
    ),
    (
        "yna.co.kr",
        "하바롭스크 지방에는 북한 노동자 1만여 명이 파견돼 아파트 건설 현장 등에서 일하고 "
        "있다고 현지 일간지가 전했다.",
        True,
        {W(10000, None, "at_least", ["RU"], "present", "construction")},
    ),
    (
        "news1.kr",
        "나선경제특구의 중국 기업 공장에서 북한 노동자 1천 명이 일하고 있다고 훈춘의 한 "
        "사업가가 전했다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "러시아에 파병된 북한군, 유학생과 함께 북한 노동자도 급증해 올해 1만 명을 넘어섰다고 "
        "러시아 내무부가 밝혔다.",
        True,
        {W(10000, None, "at_least", ["RU"], "present")},
    ),
    (
        "news1.kr",
        "북한 해킹 조직 소속 요원 수십 명이 중국 선양의 호텔에 머물며 작전을 벌이고 있다고 "
        "보안업체가 밝혔다.",
        False,
        set(),
    ),
    (
        "kbs.co.kr",
        "北 노동자는 중국과 러시아에 각각 3만 명, 2만 명 남짓 남아 있는 것으로 파악됩니다.",
        True,
        {
            W(3 * M, None, "at_least", ["CN"], "present"),
            W(2 * M, None, "at_least", ["RU"], "present"),
        },
    ),
    (
        "hani.co.kr",
        "라오스 남부의 한 수력발전소 건설 현장. 이곳에는 북한 노동자 250명가량이 투입돼 있다.",
        True,
        {W(250, 250, "approx", ["LA"], "present", "construction")},
    ),
    (
        "yna.co.kr",
        "러시아에 진출한 한국 기업의 한국인 근로자 1천200명 가운데 상당수가 귀국했다고 코트라가 "
        "밝혔다. 코트라는 대북 제재와 별도로 러시아 제재가 기업 활동을 막고 있다고 설명했다.",
        False,
        set(),
    ),
]

BATCHES = {"g1": BATCH_G1, "g2": BATCH_G2, "g3": BATCH_G3, "g4": BATCH_G4, "g5": BATCH_G5}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {
    "g2-14": "sector: the headline 'N 명…건설 현장 투입' gives its figure no sector past the "
    "ellipsis (its status is read there)",
    "g4-11": "relevance and a spurious claim: DPRK workers at a plant in Sinuiju, told by a "
    "trader in Dandong; a DPRK city is no place at home for relevance (it is where sources "
    "and recruits come from)",
    "g5-00": "the body's '800명가량' after the headline's '800명': one claim (deduplicated on "
    "low and high, which is all the scorer compares)",
    "g5-08": "relevance: one sentence whose troop word and students (other people) outweigh "
    "its DPRK worker phrase",
}


@pytest.mark.parametrize(("publisher", "text", "relevant", "expected"), batch_rows(BATCHES, KNOWN))
def test_counts_genres2(extractor, publisher, text, relevant, expected):
    assert observed(extractor, text, publisher) == (relevant, expected)
