"""Korean worker counts on thin excerpts: one or two sentences, or a headline alone, in the
styles of Daily NK, RFA/VOA Korean transcripts, Yonhap, NIS briefings to the Assembly,
Unification Ministry statements, Assembly questions, NK News-style translations and Korean
retellings of Russian and Chinese local news. Such items give the relevance gate little to
read: the place is often a foreign city or region alone (블라디보스토크, 훈춘, 아무르주), the
DPRK may be named only as 북/북측/北 or through a compound (북한 노동자, 파견 노동자, 외화벌이
일꾼), and the hard negatives share their words (troops in Russia, defectors, tourists,
students, athletes, workers inside the DPRK, Chinese workers, ethnic Koreans of China).

Blind: each batch's expected claims were committed before the extractor first read it.
Every person, outlet desk and figure is invented.

Rows use ``W(low, high, qualifier, destinations, status, sector)`` as in
test_extract_korean_articles. The first-run figures per batch: relevance precision / recall
over the rows, count precision / recall over the scorer's keys (low, high) and count+destination
(and the destinations), and the rows fully right.
"""

from __future__ import annotations

import pytest

from .tables import batch_rows
from .test_extract_korean_articles import M, Row, W, observed

# --- batch T1: thin items, foreign cities alone, the DPRK as 북/북측/北 ----------------------
# First run (main at 906bdd5): relevance P 9/10 R 9/13; count P 9/10 R 9/13; count+destination
# P 8/10 R 8/13; 13/19 rows. Missed: "北노동자" (a Hanja name fused with the next noun read no
# DPRK name), "북 파견 노동자" (the short 북 before a word other than 노동자/근로자), a
# headline naming the DPRK only as "외화벌이 일꾼"; spurious: "조선족 근로자" with "북한과
# 맞닿은" (ethnic Koreans of China); wrong destination: "카타르 도하의 … 북한 해외 노동자는"
# placed abroad in general; wrong status: "50명 새로 들어와" (present), "3천명 귀국 대기"
# (repatriated). After (a Hanja word ends before any non-Hanja character; 북노동자, 북 파견,
# 북 해외 … and 외화벌이 as DPRK terms; 조선족 as other workers; "해외 노동자" a label when a
# place is named before it; 새로 들어와; 대기/앞둔 after a status noun): relevance 13/13 and
# 13/13, count 13/13 and 13/13, count+destination 13/13 and 13/13, 19/19 rows.
BATCH_T1: list[Row] = [
    (
        "dailynk.com",
        "[단신] 하바롭스크 아파트 공사장에 북 노동자 200여 명 추가 투입",
        True,
        {W(200, None, "at_least", ["RU"], "dispatched", "construction")},
    ),
    (
        "rfa.org",
        "앵커: 중국 옌지의 봉제공장에서 일하던 북측 여성 근로자 150명이 지난주 귀국했습니다.",
        True,
        {W(150, 150, "exact", ["CN"], "repatriated", "manufacturing")},
    ),
    (
        "yna.co.kr",
        '아무르주 당국 "올해 북한 인력 1천500명 받아들일 것"',
        True,
        {W(1500, 1500, "exact", ["RU"], "planned")},
    ),
    (
        "news1.kr",
        "국정원은 현재 러시아에 3만~4만 명의 북한 노동자가 체류 중인 것으로 파악하고 있다고 "
        "보고했다.",
        True,
        {W(3 * M, 4 * M, "range", ["RU"], "present")},
    ),
    (
        "voakorea.com",
        "사할린의 수산물 가공업체들이 북한 근로자 300명가량을 고용하고 있다고 현지 매체가 전했다.",
        True,
        {W(300, 300, "approx", ["RU"], "present", "fishing")},
    ),
    (
        "dailynk.com",
        "선양의 북한 식당 종업원 수십 명이 최근 본국으로 철수했다.",
        True,
        {W(24, 99, "vague", ["CN"], "repatriated", "hospitality")},
    ),
    (
        "nocutnews.co.kr",
        "몽골 울란바토르 건설현장 北노동자 수백명 여전히 일해",
        True,
        {W(200, 999, "vague", ["MN"], "present", "construction")},
    ),
    (
        "newsis.com",
        '통일부 당국자는 "중국 단둥과 훈춘 일대에 북한 노동자 최소 2만 명이 남아 있는 것으로 '
        '안다"고 말했다.',
        True,
        {W(2 * M, None, "at_least", ["CN"], "present")},
    ),
    (
        "nknews.org",
        "NK뉴스에 따르면 북한은 지난달 블라디보스토크로 파견 노동자 약 700명을 보냈다.",
        True,
        {W(700, 700, "approx", ["RU"], "dispatched")},
    ),
    (
        "voakorea.com",
        "카타르 도하의 건설 현장에 남은 북한 해외 노동자는 최대 100명 정도로 추산된다.",
        True,
        {W(None, 100, "at_most", ["QA"], "present", "construction")},
    ),
    (
        "dailynk.com",
        '훈춘 소식통 "외화벌이 일꾼 50명 새로 들어와"',
        True,
        {W(50, 50, "exact", ["CN"], "dispatched")},
    ),
    (
        "kbs.co.kr",
        "북 파견 노동자 1만여 명, 러 극동 체류 중",
        True,
        {W(1 * M, None, "at_least", ["RU"], "present")},
    ),
    (
        "hankyung.com",
        "中 선양 北노동자 3천명 귀국 대기",
        True,
        {W(3000, 3000, "exact", ["CN"], "present")},
    ),
    # hard negatives
    (
        "yna.co.kr",
        '국정원 "북한군 1만1천 명 러시아 쿠르스크에 파병…사상자 3천 명"',
        False,
        set(),
    ),
    (
        "news1.kr",
        "통일부에 따르면 올해 상반기 국내에 입국한 탈북민은 105명으로, 이 가운데 중국 체류 "
        "경험자가 80명이었다.",
        False,
        set(),
    ),
    (
        "ohmynews.com",
        "북한과 맞닿은 옌볜의 조선족 근로자 2천여 명이 올해 한국 취업 비자를 받았다.",
        False,
        set(),
    ),
    (
        "sportsseoul.com",
        "북한 선수단 120명이 블라디보스토크에서 열린 국제 대회에 참가했다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "북한 내 건설 현장에 동원된 노동자 수만 명이 평양 살림집 공사에 투입됐다.",
        False,
        set(),
    ),
    (
        "newsis.com",
        "중국인 노동자 300명이 북한 나선 경제특구의 공장에 새로 들어갔다.",
        False,
        set(),
    ),
]

# --- batch T2: written after the T1 fixes; numbers, statuses, briefings, the short 북 -------
# First run (4fe209d): relevance P 13/14 R 13/14; count P 13/14 R 13/15; count+destination
# P 13/14 R 13/15; 15/19 rows. Missed: '"북, 이달 중 러시아에 …"' (the short 북 alone before a
# comma) and "북한 국적자 4천200명이 취업 목적으로 입국했다" (a work purpose after the figure
# did not keep an entry); spurious: "탈북민 가운데 중국에서 식당 종업원으로 일했던 여성이
# 150명" (defectors as the whole); wrong status: "…120명이 중국 창바이현 의류공장으로
# 떠났다" (repatriated). After (dprk_alone "북" as a word of its own, replacing T1's list of
# "북 X" terms; a work purpose right after the figure; excluded_wholes and "탈북민 가운데" as
# other people; "…로 떠났다" dispatched, "본국으로 떠났다" repatriated): 19/19 rows, every
# figure 1.00.
BATCH_T2: list[Row] = [
    (
        "voakorea.com",
        "하바롭스크 변강주 내무국은 올해 1~9월 북한 국적자 4천200명이 취업 목적으로 입국했다고 "
        "밝혔다.",
        True,
        {W(4200, 4200, "exact", ["RU"], "dispatched")},
    ),
    (
        "yna.co.kr",
        "北노동자 1만여명 中 훈춘 수산공장서 일해",
        True,
        {W(1 * M, None, "at_least", ["CN"], "present", "fishing")},
    ),
    (
        "dailynk.com",
        "양강도 소식통에 따르면 이달 초 혜산에서 선발된 여성 근로자 120명이 중국 창바이현 "
        "의류공장으로 떠났다. 이들은 3년 계약으로 일하게 된다.",
        True,
        {W(120, 120, "exact", ["CN"], "dispatched", "manufacturing")},
    ),
    (
        "rfa.org",
        "앵커: 러시아 아무르주의 농장들에서 북한 노동자 최소 500명이 콩 수확에 투입됐습니다.",
        True,
        {W(500, None, "at_least", ["RU"], "dispatched", "agriculture")},
    ),
    (
        "news1.kr",
        "국정원은 북한이 중국과 러시아 등지에 해외 노동자 약 10만 명을 두고 있다고 "
        "정보위원회에 보고했다.",
        True,
        {W(10 * M, 10 * M, "approx", ["M49:001"], "present")},
    ),
    (
        "newsis.com",
        '통일부 대변인은 "북측 인력 수천 명이 여전히 중국에 체류 중인 것으로 본다"고 말했다.',
        True,
        {W(2000, 9999, "vague", ["CN"], "present")},
    ),
    (
        "yna.co.kr",
        "외교부는 국회 외교통일위원회 답변에서 쿠웨이트와 카타르에 남은 북한 노동자는 각각 "
        "100명 미만이라고 밝혔다.",
        True,
        {W(None, 100, "at_most", ["KW", "QA"], "present")},
    ),
    (
        "sakhalin.info",
        "사할린 유즈노사할린스크 건설현장에 북한 근로자 300~400명 추가 투입 예정",
        True,
        {W(300, 400, "range", ["RU"], "planned", "construction")},
    ),
    (
        "nknews.org",
        "NK뉴스가 입수한 위성사진 분석에 따르면 블라디보스토크 항구 인근 숙소에는 북한 노동자 "
        "수백 명이 거주하는 것으로 보인다.",
        True,
        {W(200, 999, "vague", ["RU"], "present")},
    ),
    (
        "hankyoreh.com",
        "단둥시 당국은 관내 북한 인력이 1만 5천 명 안팎이라고 밝혔다.",
        True,
        {W(15000, 15000, "approx", ["CN"], "present")},
    ),
    (
        "yna.co.kr",
        '정부 소식통 "북, 이달 중 러시아에 건설인력 3천명 추가 파견 예정"',
        True,
        {W(3000, 3000, "exact", ["RU"], "planned", "construction")},
    ),
    (
        "rfa.org",
        "러시아 연해주 정부가 북한과의 노동력 협력을 넓히기로 했다. 연해주는 내년에 건설 인력 "
        "2천 명을 추가로 받아들일 계획이다.",
        True,
        {W(2000, 2000, "exact", ["RU"], "planned", "construction")},
    ),
    (
        "yna.co.kr",
        '외교 소식통은 "카타르 내 북한 노동자가 2019년 1천 명에서 현재 수십 명으로 줄었다"고 '
        "전했다.",
        True,
        {
            W(1000, 1000, "exact", ["QA"], "present"),
            W(24, 99, "vague", ["QA"], "present"),
        },
    ),
    (
        "dailynk.com",
        "中 옌지 北식당 종업원 30여명 철수",
        True,
        {W(30, None, "at_least", ["CN"], "repatriated", "hospitality")},
    ),
    # hard negatives
    (
        "yna.co.kr",
        "러시아 파병 북한군 포로 2명, 한국행 희망",
        False,
        set(),
    ),
    (
        "newsis.com",
        "북한 관광객 200여 명이 블라디보스토크를 찾았다고 연해주 관광청이 밝혔다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "중국 대학에 재학 중인 북한 유학생은 약 300명으로 추산된다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "탈북민 가운데 중국에서 식당 종업원으로 일했던 여성이 150명에 달한다고 통일부가 밝혔다.",
        False,
        set(),
    ),
    (
        "kcna.kp",
        "평양 건설 현장에 지방 노동자 수만 명이 동원됐다고 조선중앙통신이 보도했다.",
        False,
        set(),
    ),
]

# --- batch T3: written after the T2 fixes; Korean-language China press (조선 for the DPRK),
# local Russian news, Assembly questions, the Gulf, Mongolia, negated returns ---------------
# First run (81217d8): relevance P 12/13 R 12/14; count P 10/10 R 10/12; count+destination
# P 9/10 R 9/12; 13/19 rows. Missed: "조선 근로자", "조선 녀성근로자" (the DPRK as the
# Korean-language papers of China name it); spurious: "북한 무역일꾼 수십 명" read as labour
# (trade officials); wrong destination: "北 해외노동자 2만명 러시아行" (the label unspaced,
# the place after the figure); wrong status: "위장 취업해 일하고 있다" (dispatched), "아직
# 귀국 안 해" (repatriated), "러시아行" (the Hanja 行 never matched after Hangul). After
# (조선 근로자/로동자/녀성/측 as DPRK terms and 로동자, 로무 as labour, 로동당 masked;
# not_labor_terms for 무역일꾼; the label also unspaced and yielding to a place right after
# the figure; 취업해 일하, "귀국 안 해"; a Hanja word's edges guarded only against other
# Hanja): 19/19 rows, every figure 1.00.
BATCH_T3: list[Row] = [
    (
        "yanbian.example",
        "훈춘시 수산물가공업체들에 조선 근로자 2000여명이 일하고 있는것으로 알려졌다.",
        True,
        {W(2000, None, "at_least", ["CN"], "present", "fishing")},
    ),
    (
        "jilin.example",
        "도문시 방직공장에서 일하던 조선 녀성근로자 300명이 최근 귀국하였다.",
        True,
        {W(300, 300, "exact", ["CN"], "repatriated", "manufacturing")},
    ),
    (
        "primorye.example",
        "블라디보스토크 시 당국은 올해 시내 주택 건설에 북한 노동자 2천∼2천500명을 투입할 "
        "계획이라고 밝혔다.",
        True,
        {W(2000, 2500, "range", ["RU"], "planned", "construction")},
    ),
    (
        "news1.kr",
        '이 의원은 "러시아에 새로 들어간 북한 노동자가 1만 명이 넘는다는데 정부는 파악하고 '
        '있느냐"고 질의했다.',
        True,
        {W(1 * M, None, "at_least", ["RU"], "dispatched")},
    ),
    (
        "yna.co.kr",
        '국정원 "北, 중동 건설현장서 노동자 1천여명 철수시켜"',
        True,
        {W(1000, None, "at_least", ["M49:145"], "repatriated", "construction")},
    ),
    (
        "voakorea.com",
        "몽골 노동사회보장부는 자국 내 북한 노동자가 한 명도 남아 있지 않다고 밝혔다. "
        "2017년에는 1천200여 명이 울란바토르 등지에서 일했다.",
        True,
        {W(1200, None, "at_least", ["MN"], "present")},
    ),
    (
        "rfa.org",
        "앵커: 중국 지린성 창춘의 한 전자공장에 북한 IT 기술자 수십 명이 위장 취업해 일하고 "
        "있다는 소식입니다.",
        True,
        {W(24, 99, "vague", ["CN"], "present", "it")},
    ),
    (
        "dailynk.com",
        "[내부소식] 北, 러 아무르주에 벌목공 500명 파견 예정",
        True,
        {W(500, 500, "exact", ["RU"], "planned", "logging")},
    ),
    (
        "yna.co.kr",
        "쿠웨이트, 北노동자 비자 연장 거부\n쿠웨이트 정부가 자국 내 건설현장에서 일하는 외국인 "
        "근로자 가운데 북한 국적자 약 800명의 비자 연장을 거부했다고 현지 언론이 보도했다.",
        True,
        {W(800, 800, "approx", ["KW"], "present", "construction")},
    ),
    (
        "newsis.com",
        '통일부는 "해외 파견 북한 노동자 규모를 5만∼10만 명으로 추정한다"고 밝혔다.',
        True,
        {W(5 * M, 10 * M, "range", ["M49:001"], "present")},
    ),
    (
        "nknews.org",
        "北 해외노동자 2만명 러시아行…전년 대비 두 배",
        True,
        {W(2 * M, 2 * M, "exact", ["RU"], "dispatched")},
    ),
    (
        "dailynk.com",
        '중국 선양 소식통 "北 식당 여종업원 1천명 이상 아직 귀국 안 해"',
        True,
        {W(1000, None, "at_least", ["CN"], "present", "hospitality")},
    ),
    (
        "yna.co.kr",
        "미국 법무부는 북한 노동자를 고용해 제재를 위반한 혐의로 중국 업체 대표 2명을 기소했다.",
        True,
        set(),
    ),
    (
        "rfa.org",
        "러시아 하바롭스크의 북한 노동자 숙소에서 화재가 발생했다. 현지 언론은 이들 중 40여 "
        "명이 대피했다고 전했다.",
        True,
        set(),
    ),
    # hard negatives
    (
        "yna.co.kr",
        "북한 공병 1천 명, 러시아 쿠르스크 재건 현장 투입",
        False,
        set(),
    ),
    (
        "newsis.com",
        "러시아 연해주 고려인 노동자 3천여 명이 북한산 수산물 가공 공장에서 일하고 있다.",
        False,
        set(),
    ),
    (
        "sportsseoul.com",
        "북한 여자축구 대표팀 선수 25명이 중국 선양에 도착했다.",
        False,
        set(),
    ),
    (
        "dailynk.com",
        "중국 단둥의 북한 무역일꾼 수십 명이 최근 평양으로 소환됐다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "북한 노동신문은 평안남도 탄광에 청년 노동자 5천 명이 새로 배치됐다고 보도했다.",
        False,
        set(),
    ),
]

# --- batch T4: written after the T3 fixes; more Russian and Chinese places, Africa, Laos,
# Poland, proportions, people nouns after a first sentence, work inside the DPRK -----------
# First run (27dd068): relevance P 13/15 R 13/13; count P 12/13 R 12/12; count+destination
# P 12/13 R 12/12; 17/19 rows. Spurious: "북한 내 외화벌이 사업소에서 일하는 노동자 수천
# 명" (inside the DPRK written "북한 내" as a word of its own); a gathering in Seoul of
# "러시아 파견 노동자 출신 탈북민 30여 명" read as relevant (no claim). After ("북한 내",
# "북한 내에서" as home, home_within_*; not "북한 내각"): relevance 13/14 and 13/13, count and
# count+destination 12/12 and 12/12, 18/19 rows (the defectors' gathering a strict xfail).
BATCH_T4: list[Row] = [
    (
        "kamchatka.example",
        "캄차카 수산가공선서 北 선원 200명 일해",
        True,
        {W(200, 200, "exact", ["RU"], "present", "fishing")},
    ),
    (
        "voakorea.com",
        "이르쿠츠크주 정부는 올해 북한 건설 노동자 1천여 명에게 취업 허가를 내줬다고 밝혔다.",
        True,
        {W(1000, None, "at_least", ["RU"], "dispatched", "construction")},
    ),
    (
        "yna.co.kr",
        "모스크바 건설 현장에서 일하는 북한 노동자가 3천 명을 넘어섰다고 러시아 일간지가 보도했다.",
        True,
        {W(3000, None, "at_least", ["RU"], "present", "construction")},
    ),
    (
        "dailynk.com",
        "중국 다롄의 수산물 가공 공장들에 북한 여성 노동자 수천 명이 체류 중이다.",
        True,
        {W(2000, 9999, "vague", ["CN"], "present", "fishing")},
    ),
    (
        "newsis.com",
        "북, 라오스 비엔티안에 건설 인력 100여 명 추가 파견",
        True,
        {W(100, None, "at_least", ["LA"], "dispatched", "construction")},
    ),
    (
        "voakorea.com",
        "VOA는 적도기니 말라보의 건설 현장에 북한 노동자 최소 150명이 남아 있다고 전했다.",
        True,
        {W(150, None, "at_least", ["GQ"], "present", "construction")},
    ),
    (
        "yna.co.kr",
        '국정원 "北, 올해 러시아에 노동자 1만5천명 보내…작년의 3배"',
        True,
        {W(15000, 15000, "exact", ["RU"], "dispatched")},
    ),
    (
        "news1.kr",
        "통일부는 북한이 중국 내 노동자 일부를 귀국시키고 있다고 밝혔다. 올해 들어 귀국한 "
        "인원은 약 2천 명으로 파악된다.",
        True,
        {W(2000, 2000, "approx", ["CN"], "repatriated")},
    ),
    (
        "rfa.org",
        "연해주 농장들은 내년 봄 북한 노동자 500~700명을 받을 예정이다.",
        True,
        {W(500, 700, "range", ["RU"], "planned", "agriculture")},
    ),
    (
        "yna.co.kr",
        '김 의원은 국정감사에서 "중국에 체류하는 북한 노동자 수가 최대 10만 명에 이른다"고 '
        "지적했다.",
        True,
        {W(None, 10 * M, "at_most", ["CN"], "present")},
    ),
    (
        "nknews.org",
        "NK뉴스는 폴란드 조선소에서 일했던 북한 용접공 수십 명이 2018년 모두 철수했다고 보도했다.",
        True,
        {W(24, 99, "vague", ["PL"], "repatriated", "shipbuilding")},
    ),
    (
        "hankyung.com",
        "北 해외 노동자 10명 중 7명은 중국·러시아에",
        True,
        set(),
    ),
    (
        "rfa.org",
        "러시아 톰스크주에서 북한 노동자 관련 소식이 전해졌다. 현지 당국은 이들 80명이 불법 "
        "체류 중이라고 밝혔다.",
        True,
        {W(80, 80, "exact", ["RU"], "present")},
    ),
    # hard negatives
    (
        "yna.co.kr",
        "우크라이나군에 생포된 북한군 병사 2명이 한국행을 원한다고 밝혔다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "중국 선양의 북한 식당을 찾은 한국인 관광객이 지난해 2만 명을 넘었다.",
        False,
        set(),
    ),
    (
        "newsis.com",
        "러시아 파견 노동자 출신 탈북민 30여 명이 서울에서 간담회를 열었다.",
        False,
        set(),
    ),
    (
        "dailynk.com",
        "북한 내 외화벌이 사업소에서 일하는 노동자 수천 명이 임금을 받지 못하고 있다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "중국 유학 중인 북한 대학생 300명이 방학을 맞아 귀국했다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "북한 건설 노동자로 위장한 병력 수천 명이 러시아에 들어갔다는 의혹이 제기됐다. "
        "국정원은 사실관계를 확인 중이라고 밝혔다.",
        False,
        set(),
    ),
]

# --- batch T5: written after the T4 fixes; 북 in the body, "X 내" abroad, lists with 등지,
# parts gone home, permits, arrivals by ship, Yanbian's name, restaurants counted by site ----
# First run (ae3913e): relevance P 12/12 R 12/12; count P 13/13 R 13/13; count+destination
# P 13/13 R 13/13; 14/18 rows, the four misses statuses only: "비자 만료로 귀국 준비" and
# "송환 대기 중" read as gone home, "700명의 체류를 허가했다" and "2천명 태운 여객선, …
# 입항" as present. After (귀국/송환/철수 준비 and 송환 대기 as still there; "…을/를
# 허가했다" and 입항 as arrivals): 18/18 rows.
BATCH_T5: list[Row] = [
    (
        "news1.kr",
        "북이 올해 상반기 러시아에 보낸 노동자는 5천여 명에 이른다고 정부 소식통이 밝혔다.",
        True,
        {W(5000, None, "at_least", ["RU"], "dispatched")},
    ),
    (
        "yna.co.kr",
        "쿠웨이트 내 북한 근로자 1천여명, 비자 만료로 귀국 준비",
        True,
        {W(1000, None, "at_least", ["KW"], "present")},
    ),
    (
        "newsis.com",
        "러시아·중국·몽골 등지에 파견된 북한 노동자는 약 5만 명으로 추산된다.",
        True,
        {W(5 * M, 5 * M, "approx", ["M49:001"], "present")},
    ),
    (
        "voakorea.com",
        "북한 IT 노동자 수백 명이 중국 선양과 단둥에서 가명으로 일하고 있다고 미 국무부가 밝혔다.",
        True,
        {W(200, 999, "vague", ["CN"], "present", "it")},
    ),
    (
        "yna.co.kr",
        "[속보] 중국 당국, 北 노동자 1만~1만5천명 귀국 조치",
        True,
        {W(1 * M, 15000, "range", ["CN"], "repatriated")},
    ),
    (
        "rfa.org",
        '하바롭스크 소식통은 "공사가 끝난 현장의 북한 노동자 3백여 명이 송환 대기 중"이라고 '
        "말했다.",
        True,
        {W(300, None, "at_least", ["RU"], "present", "construction")},
    ),
    (
        "hankyoreh.com",
        "연변조선족자치주의 한 의류공장에는 북한 여성 근로자 400명이 있다.",
        True,
        {W(400, 400, "exact", ["CN"], "present", "manufacturing")},
    ),
    (
        "voakorea.com",
        "몽골 울란바토르의 북한 식당 3곳에서 종업원 40여 명이 일한다.",
        True,
        {W(40, None, "at_least", ["MN"], "present", "hospitality")},
    ),
    (
        "yna.co.kr",
        '국정원 "北 해외 파견 노동자 중 3천명 올해 귀국…잔류 인원 9만7천명"',
        True,
        {
            W(3000, 3000, "exact", ["M49:001"], "repatriated"),
            W(97000, 97000, "exact", ["M49:001"], "present"),
        },
    ),
    (
        "dailynk.com",
        "중국 지안의 봉제공장들이 북한 노동자 200명을 추가로 고용할 계획이다.",
        True,
        {W(200, 200, "exact", ["CN"], "planned", "manufacturing")},
    ),
    (
        "rfa.org",
        "러시아 노보시비르스크주 당국은 지난해 북한 노동자 700명의 체류를 허가했다.",
        True,
        {W(700, 700, "exact", ["RU"], "dispatched")},
    ),
    (
        "vladnews.example",
        "北 노동자 2천명 태운 여객선, 블라디보스토크 입항",
        True,
        {W(2000, 2000, "exact", ["RU"], "dispatched")},
    ),
    # hard negatives
    (
        "yna.co.kr",
        "북한군 병력 1만여 명이 러시아 쿠르스크 전선에 배치됐다.",
        False,
        set(),
    ),
    (
        "nknews.org",
        "북한 해커 조직이 가상화폐 3억 달러를 탈취했다고 FBI가 밝혔다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "국내 탈북민 근로자 1만여 명의 평균 임금은 월 220만 원이다.",
        False,
        set(),
    ),
    (
        "newsis.com",
        "북한 접경 단둥에서 조선족이 운영하는 식당의 종업원 20명이 임금 체불에 항의했다.",
        False,
        set(),
    ),
    (
        "sportsseoul.com",
        "북한 축구 대표팀 선수단 30명이 카타르 도하에 도착했다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "평양을 방문한 중국인 관광객이 올해 1만 명을 넘었다.",
        False,
        set(),
    ),
]

# --- batch T6: written after the T5 fixes; troops beside workers, the DPRK named once in
# two sentences, 조선 로동자 in Russia, "중국 내", number forms (1.2만, 12,000, 2~3천, 남짓) --
# First run (8e8910d): relevance P 12/13 R 12/12; count P 11/11 R 11/11; count+destination
# P 10/11 R 10/11; 13/16 rows. Wrong destination: "중국 훈춘 소식통에 따르면 현지 수산물
# 공장에서 … 2~3천 명" (the source's place was no destination); wrong status: "3천명 사할린
# 도착…" (a bare arrival noun; its sector was expected from after the "…", against the
# earlier batches' convention, corrected); spurious relevance: captured troops who "건설
# 현장에서 일하는 줄 알고 왔다". After (source_local_words: "현지" points a sentence with no
# other place to its source's; bare 도착 a flow, 도착할/도착 예정 planned): relevance 12/13
# and 12/12, count 11/11 and 11/11, count+destination 11/11 and 11/11, 15/16 rows; the
# troops read right after T8 (troop_terms, pronoun_openers: a labour sentence opening on
# "이들은" right after a sentence on troops without labour is no evidence), 16/16.
BATCH_T6: list[Row] = [
    (
        "yna.co.kr",
        "국정원은 북한이 러시아에 병력 1만1천 명과 별도로 건설 노동자 수천 명을 보냈다고 밝혔다.",
        True,
        {W(2000, 9999, "vague", ["RU"], "dispatched", "construction")},
    ),
    (
        "rfa.org",
        "러시아 극동 지역 건설사들이 인력난을 겪고 있다. 현지 매체는 북한에서 온 노동자 약 1만 "
        "2천 명이 연해주에서 일하고 있다고 전했다.",
        True,
        {W(12000, 12000, "approx", ["RU"], "present")},
    ),
    (
        "khabarovsk.example",
        "하바롭스크 시내 아파트 공사장 세 곳에서 조선 로동자 150명이 일하고 있다.",
        True,
        {W(150, 150, "exact", ["RU"], "present", "construction")},
    ),
    (
        "dailynk.com",
        "중국 훈춘 소식통에 따르면 현지 수산물 공장에서 일하던 북측 인원 2~3천 명이 설 연휴 "
        "전에 귀국했다.",
        True,
        {W(2000, 3000, "range", ["CN"], "repatriated", "fishing")},
    ),
    (
        "dailynk.com",
        "[단독] 北, 카타르에 건설인력 1천여명 재파견 추진",
        True,
        {W(1000, None, "at_least", ["QA"], "planned", "construction")},
    ),
    (
        "newsis.com",
        '통일부는 "중국 내 북한 노동자 규모를 정확히 알 수 없지만 수만 명 수준으로 본다"고 말했다.',
        True,
        {W(2 * M, 99_999, "vague", ["CN"], "present")},
    ),
    (
        "voakorea.com",
        "VOA에 따르면 적도기니와 앙골라 등 아프리카 국가에 남은 북한 노동자는 1천 명 미만이다.",
        True,
        {W(None, 1000, "at_most", ["M49:002"], "present")},
    ),
    (
        "news1.kr",
        "북 노동자 3천명 사할린 도착…수산업체 배치",
        True,
        # corrected after the run: a headline's "…" ends the figure's sector stretch (the
        # convention of the count news batches), so the sector after it is not the figure's
        {W(3000, 3000, "exact", ["RU"], "dispatched")},
    ),
    (
        "yna.co.kr",
        "2019년 12월 기준으로 러시아에 남아 있던 북한 노동자는 1천 명 남짓이었다.",
        True,
        {W(1000, None, "at_least", ["RU"], "present")},
    ),
    (
        "hankyung.com",
        '러시아 파견 北 노동자 1.2만 명…국정원 "증가 추세"',
        True,
        {W(12000, 12000, "exact", ["RU"], "present")},
    ),
    (
        "news1.kr",
        "북한 노동자 가운데 러시아 체류자는 2만 명가량으로 추산됐다.",
        True,
        {W(2 * M, 2 * M, "approx", ["RU"], "present")},
    ),
    (
        "yna.co.kr",
        "북한 노동자를 고용한 러시아 업체 3곳이 미 재무부 제재 대상에 올랐다.",
        True,
        set(),
    ),
    # hard negatives
    (
        "yna.co.kr",
        "북한군 포로 2명은 러시아 쿠르스크에서 우크라이나군에 붙잡혔다. 이들은 건설 현장에서 "
        "일하는 줄 알고 왔다고 진술했다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "탈북민 단체는 중국 공안에 체포된 탈북민 60여 명이 강제북송될 위기에 놓였다고 밝혔다.",
        False,
        set(),
    ),
    (
        "newsis.com",
        "러시아 연해주의 고려인 동포 근로자 2천여 명이 한국 취업을 희망하고 있다. 이들은 북한 "
        "노동자와 함께 건설 현장에서 일한 경험이 있다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "중국 선양 주재 북한 총영사관 직원 10여 명이 귀국했다.",
        False,
        set(),
    ),
]

# --- batch T7: written after the T6 fixes; a last mixed check --------------------------------
# First run (3d85fc5): relevance P 11/11 R 11/11; count P 11/11 R 11/11; count+destination
# P 11/11 R 11/11; 14/15 rows (status only: "다시 보내려 한다" read as sent). After (…려 하/한
# after a verb of sending as planned): 15/15 rows.
BATCH_T7: list[Row] = [
    (
        "yna.co.kr",
        "北 식당 종업원 20여명 中 칭다오서 철수…제재 여파",
        True,
        {W(20, None, "at_least", ["CN"], "repatriated", "hospitality")},
    ),
    (
        "voakorea.com",
        "말레이시아 사라왁주의 탄광에서 일하던 북한 광부 30여 명이 전원 귀국했다.",
        True,
        {W(30, None, "at_least", ["MY"], "repatriated", "mining")},
    ),
    (
        "rfa.org",
        "러시아 타타르스탄 공화국 건설 현장에 북한 노동자 1천500여 명이 새로 투입됐다고 현지 "
        "언론이 전했다.",
        True,
        {W(1500, None, "at_least", ["RU"], "dispatched", "construction")},
    ),
    (
        "news1.kr",
        '국정원 "中 내 北 노동자 약 4만명…러시아는 2만명 웃돌아"',
        True,
        {
            W(4 * M, 4 * M, "approx", ["CN"], "present"),
            W(2 * M, None, "at_least", ["RU"], "present"),
        },
    ),
    (
        "newsis.com",
        '통일부 당국자는 "북측이 몽골에 인력 수백 명을 다시 보내려 한다"고 말했다.',
        True,
        {W(200, 999, "vague", ["MN"], "planned")},
    ),
    (
        "yna.co.kr",
        "쿠웨이트 정부는 자국에 체류 중인 북한 근로자 수십 명에게 출국 명령을 내렸다.",
        True,
        {W(24, 99, "vague", ["KW"], "present")},
    ),
    (
        "primorye.example",
        "러 연해주 농업기업, 北 노동자 800명 고용 계획",
        True,
        {W(800, 800, "exact", ["RU"], "planned", "agriculture")},
    ),
    (
        "dailynk.com",
        "중국 단둥 소식통은 이달 들어 북한 여성 근로자 수백 명이 신의주를 거쳐 단둥 공장들에 "
        "배치됐다고 전했다.",
        True,
        {W(200, 999, "vague", ["CN"], "dispatched", "manufacturing")},
    ),
    (
        "nknews.org",
        "블라디보스토크 소재 북한 회사에 고용된 노동자는 2천 명 안팎이다.",
        True,
        {W(2000, 2000, "approx", ["RU"], "present")},
    ),
    (
        "amur.example",
        '아무르주 당국 "北 인력 1천명 상반기 중 입국 예정"',
        True,
        {W(1000, 1000, "exact", ["RU"], "planned")},
    ),
    (
        "hankyoreh.com",
        "중국 옌지의 조선족 근로자 상당수가 한국으로 떠나 현지 공장들은 북한 인력 도입을 검토 "
        "중이다.",
        True,
        set(),
    ),
    # hard negatives
    (
        "yna.co.kr",
        "러시아에 파병된 북한군 가운데 약 4천 명이 사상한 것으로 추정된다.",
        False,
        set(),
    ),
    (
        "kcna.kp",
        "북한 주민 3천 명이 평양 미림 지구 건설에 동원됐다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "한국 조선소에서 일하는 외국인 근로자는 1만 5천 명으로, 북한과 접한 중국 동북 출신이 많다.",
        False,
        set(),
    ),
    (
        "sportsseoul.com",
        "북한 유도 선수단 15명이 몽골 울란바토르 국제대회에 출전했다.",
        False,
        set(),
    ),
]

# --- batch T8: written after the T7 fixes; mostly hard negatives (Kaesong, the Party, on-the-
# spot guidance, trafficking, seized goods, Sakhalin Koreans, military builders) ------------
# First run (03d6e17): relevance P 5/5 R 5/5; count P 5/5 R 5/5; count+destination P 5/5 R
# 5/5; 13/13 rows (no fix).
BATCH_T8: list[Row] = [
    (
        "dailynk.com",
        "北 벌목공 수백명, 러 아무르주 틴다 벌목장서 일해",
        True,
        {W(200, 999, "vague", ["RU"], "present", "logging")},
    ),
    (
        "yna.co.kr",
        "중국 허룽의 광산에 북한 노동자 약 300명이 투입된 것으로 확인됐다.",
        True,
        {W(300, 300, "approx", ["CN"], "dispatched", "mining")},
    ),
    (
        "rfa.org",
        "우즈베키스탄 타슈켄트의 건설 현장에서 북한 노동자 50여 명이 적발됐다.",
        True,
        {W(50, None, "at_least", ["UZ"], "present", "construction")},
    ),
    (
        "newsis.com",
        '통일부 "北, 러시아에 의료진 100명 파견 계획"',
        True,
        {W(100, 100, "exact", ["RU"], "planned", "medical")},
    ),
    (
        "voakorea.com",
        "북한 노동자 수만 명이 여전히 중국과 러시아에 남아 있다고 미 국무부가 보고서에서 밝혔다.",
        True,
        {W(2 * M, 99_999, "vague", ["CN", "RU"], "present")},
    ),
    # hard negatives
    (
        "yna.co.kr",
        "러시아에 파병된 북한 병사 1만2천 명 가운데 일부는 공병으로 건설 작업에 투입됐다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "중국 단둥 세관은 북한산 수산물 2천 톤을 적발했다.",
        False,
        set(),
    ),
    (
        "newsis.com",
        "북한 여성 200여 명이 중국으로 인신매매됐다는 보고서가 나왔다.",
        False,
        set(),
    ),
    (
        "hankyoreh.com",
        "개성공단에서 일했던 북측 근로자 5만 4천 명은 2016년 공단 폐쇄로 일자리를 잃었다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "북한 노동당 간부 10여 명이 러시아 모스크바를 방문했다.",
        False,
        set(),
    ),
    (
        "kcna.kp",
        "평양 시내 공장 노동자 2천여 명이 김정은 위원장의 현지 지도를 받았다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "중국 조선족 동포 노동자 1만여 명이 한국 건설 현장에서 일한다.",
        False,
        set(),
    ),
    (
        "yna.co.kr",
        "러시아 사할린 한인 동포 3천여 명이 영주귀국했다.",
        False,
        set(),
    ),
]

# --- batch T9: written after every fix above; a last generalisation check ------------------
# First run (aac8b5a): relevance P 11/11 R 11/11; count P 10/10 R 10/10; count+destination
# P 10/10 R 10/10; 14/15 rows (status only: "귀국 못 해" read as gone home). After ("귀국 못
# 해" beside "귀국 안 해" as still there): 15/15 rows.
BATCH_T9: list[Row] = [
    (
        "dailynk.com",
        '선양 현지 소식통 "북한 국적 근로자 600여명, 춘절 앞두고 귀국 안 하고 잔류"',
        True,
        {W(600, None, "at_least", ["CN"], "present")},
    ),
    (
        "jilin.example",
        "길림성 장백현 의류공장에 조선 로무인원 250명이 새로 배치되였다.",
        True,
        {W(250, 250, "exact", ["CN"], "dispatched", "manufacturing")},
    ),
    (
        "rfa.org",
        "하산 지역 농장에서 일할 북측 노무 인력 400명이 다음 주 입국할 예정이다.",
        True,
        {W(400, 400, "exact", ["RU"], "planned", "agriculture")},
    ),
    (
        "voakorea.com",
        "쿠웨이트 건설업체들이 고용했던 북한 파견 근로자 1천300명이 모두 본국으로 돌아갔다.",
        True,
        {W(1300, 1300, "exact", ["KW"], "repatriated", "construction")},
    ),
    (
        "yna.co.kr",
        '국정원 "北, 中·러에 IT 인력 1천여명 운용"',
        True,
        {W(1000, None, "at_least", ["CN", "RU"], "present", "it")},
    ),
    (
        "news1.kr",
        "중국 훈춘시 당국은 관내 북한 근로자 수를 공개하지 않았다. 다만 업계에서는 3천~5천 "
        "명으로 추산한다.",
        True,
        {W(3000, 5000, "range", ["CN"], "present")},
    ),
    (
        "voakorea.com",
        'VOA "캄보디아 프놈펜 北식당 종업원 10여명 여전히 영업"',
        True,
        {W(10, None, "at_least", ["KH"], "present", "hospitality")},
    ),
    (
        "rfa.org",
        "러시아 연해주 아르툠의 아파트 공사 현장에서 북한 노동자 200여명이 작업 중인 모습이 "
        "포착됐다.",
        True,
        {W(200, None, "at_least", ["RU"], "present", "construction")},
    ),
    (
        "newsis.com",
        "북 해외 식당 종업원 수천 명, 코로나 이후에도 귀국 못 해",
        True,
        {W(2000, 9999, "vague", ["M49:001"], "present", "hospitality")},
    ),
    (
        "yna.co.kr",
        '통일부 "러시아 내 북한 노동자 최소 1만 5천명 추정"',
        True,
        {W(15000, None, "at_least", ["RU"], "present")},
    ),
    (
        "yna.co.kr",
        "북한 노동자 송출 중단을 요구하는 결의안이 유엔에서 채택됐다.",
        True,
        set(),
    ),
    # hard negatives
    (
        "yna.co.kr",
        "러시아 쿠르스크에 파견된 북한군 1만 명 가운데 3천 명이 건설 부대로 재배치됐다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "중국 내 탈북 여성 2만여 명이 불법 체류 중인 것으로 추정된다.",
        False,
        set(),
    ),
    (
        "newsis.com",
        "북한 관광을 다녀온 러시아인 관광객이 올해 1천500명에 달했다.",
        False,
        set(),
    ),
    (
        "kcna.kp",
        "평양 순안공항 건설에 군인과 돌격대원 5천여 명이 투입됐다.",
        False,
        set(),
    ),
]

# --- batch T10: written after the T9 fix; entries and people nouns (Russian and Chinese
# statistics), a range said "A에서 B 사이", a target, a testimony, seized fishermen ---------
# First run (6cfd692): relevance P 9/10 R 9/10; count P 7/8 R 7/9; count+destination P 7/8
# R 7/9; 11/14 rows. Missed: "북한인 입국자 가운데 노무 인력이 2만 명" (an excluded word,
# 입국자, before a working part; T2's excluded_wholes listed it too), "북한 인원 5천여 명이
# 체류하고" (gated out: 인원 names no labour); spurious: "북한 선원 20명이 탄 어선이 …
# 나포됐다" (the crew of a boat seized at sea). After (an excluded whole before "가운데" and a
# worker noun names the working part; "입국자 가운데" a flow; 나포 excluded, off topic and
# other people): relevance 9/9 and 9/10, count 8/8 and 8/9, count+destination 8/8 and 8/9,
# 13/14 rows (the 인원 excerpt a strict xfail).
BATCH_T10: list[Row] = [
    (
        "voakorea.com",
        "러시아 내무부 통계에 따르면 올해 1분기 취업 목적으로 러시아에 입국한 북한 주민은 "
        "3천412명이었다.",
        True,
        {W(3412, 3412, "exact", ["RU"], "dispatched")},
    ),
    (
        "voakorea.com",
        "같은 기간 관광 목적으로 입국한 북한인은 120명, 학업 목적은 1천50명으로 집계됐다.",
        False,
        set(),
    ),
    (
        "rfa.org",
        "러시아 통계청은 지난해 북한 국적자 1만3천명이 입국했으며 이 가운데 취업 목적이 "
        "8천명이라고 밝혔다.",
        True,
        {W(8000, 8000, "exact", ["RU"], "dispatched")},
    ),
    (
        "news1.kr",
        "중국 해관 자료를 보면 올해 북한인 입국자 가운데 노무 인력이 2만 명을 넘었다.",
        True,
        {W(2 * M, None, "at_least", ["CN"], "dispatched")},
    ),
    (
        "yna.co.kr",
        "연해주에는 현재 북한 인원 5천여 명이 체류하고 있다고 주블라디보스토크 총영사관이 밝혔다.",
        True,
        {W(5000, None, "at_least", ["RU"], "present")},
    ),
    (
        "rfa.org",
        "RFA는 중국 단둥의 한 의류공장에서 북한 여성 80명이 하루 14시간씩 일한다고 전했다.",
        True,
        {W(80, 80, "exact", ["CN"], "present", "manufacturing")},
    ),
    (
        "newsis.com",
        "북, 올해 중동에 건설 노동자 2천명 송출 목표",
        True,
        {W(2000, 2000, "exact", ["M49:145"], "planned", "construction")},
    ),
    (
        "voakorea.com",
        "몽골 정부는 2017년 말 북한 노동자 1천190명의 체류 허가를 연장하지 않겠다고 밝혔다.",
        True,
        {W(1190, 1190, "exact", ["MN"], "present")},
    ),
    (
        "hankyung.com",
        "러시아 극동 지역의 북한 노동자는 2만 명에서 3만 명 사이로 추정된다.",
        True,
        {W(2 * M, 3 * M, "range", ["RU"], "present")},
    ),
    (
        "yna.co.kr",
        "중국 랴오닝성에 북한 노동자 수만 명이 있다는 보도에 대해 중국 외교부는 '모르는 "
        "일'이라고 답했다.",
        True,
        {W(2 * M, 99_999, "vague", ["CN"], "present")},
    ),
    (
        "hankyoreh.com",
        "북한 노동자 출신인 김모 씨는 '러시아에서 번 돈은 대부분 국가에 바쳤다'고 말했다.",
        True,
        set(),
    ),
    # hard negatives
    (
        "yna.co.kr",
        "북한 주민 2천여 명이 두만강을 건너 중국으로 탈북했다.",
        False,
        set(),
    ),
    (
        "news1.kr",
        "북한 선원 20명이 탄 어선이 러시아 해안경비대에 나포됐다.",
        False,
        set(),
    ),
    (
        "newsis.com",
        "중국인 노동자 1천여 명이 북한 신의주 공장에서 일하고 있다.",
        False,
        set(),
    ),
]

BATCHES = {
    "t1": BATCH_T1,
    "t2": BATCH_T2,
    "t3": BATCH_T3,
    "t4": BATCH_T4,
    "t5": BATCH_T5,
    "t6": BATCH_T6,
    "t7": BATCH_T7,
    "t8": BATCH_T8,
    "t9": BATCH_T9,
    "t10": BATCH_T10,
}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {
    "t4-15": "relevance: a sentence on former workers now defectors ('러시아 파견 노동자 출신 "
    "탈북민 30여 명이 서울에서 간담회') reads as labour abroad; taking '출신 탈북민' as other "
    "people lost a relevant excerpt on such defectors' pay abroad (money distractors e8-03)",
    "t10-04": "relevance: '북한 인원 5천여 명이 체류하고' names no labour word (인원, people, "
    "is not one: a labour reading of every '북한 인원' would take in delegations and "
    "tourists), so the one sentence is gated out; the count is read right ungated",
}


@pytest.mark.parametrize(("publisher", "text", "relevant", "expected"), batch_rows(BATCHES, KNOWN))
def test_thin_excerpts(extractor, publisher, text, relevant, expected):
    assert observed(extractor, text, publisher) == (relevant, expected)
