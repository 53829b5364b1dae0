"""Korean worker statuses on short excerpts (one to three sentences, one or two figures):
the phrasing of plans (들여보낼 계획, 협의 중, 검토, 받게 될 것), recruiting (선발하는 작업,
사상교육, 모집 중, 아직 출국하지 못한 채 대기), flows (들어섰다, 입성, 내보냈었다), stocks
(나가 있는, 상주, 눌러앉아 있다, negated recalls), returns (불려 들어갔다, 강제 출국시켰다,
출국 조치) and returns to come (귀국시킬 예정), in reported speech and nominal headlines.

Blind: each batch's expected claims were committed before the extractor first read it.
Every person, outlet desk and figure is invented.

Rows use ``W(low, high, qualifier, destinations, status, sector)`` as in
test_extract_korean_articles. The first-run figures per batch: rows with the count right
(low, high), rows with the status right among those, and the rows fully right.
"""

from __future__ import annotations

import pytest

from .tables import batch_rows
from .test_extract_korean_articles import M, Row, W, observed

# --- batch S1: status phrasing not yet in the vocabulary --------------------------------
# First run (main at 0c894e4): count 20/20 rows, status 13/20 of those, 13/20 rows. Wrong
# status: "추가 수용을 협의 중" and "받게 될 것" (present, not planned); "중국에 들어섰다" and
# a headline's "블라디보스토크 입성" (present, not dispatched); "평양으로 불려 들어갔다"
# and "강제 출국시켰다" (dispatched, not repatriated); a headline's "전원 출국 조치" (present).
# After (talks, 협의 중/논의 중, and the "-게 되다" future planned; 들어섰/입성 arrivals; forced
# exits, 강제 출국/출국 조치/출국 명령, and recalls home, 불려 들어가/소환됐/본국으로
# 들어갔, repatriated): count 20/20, status 20/20, 20/20 rows.
BATCH_S1: list[Row] = [
    (
        "dailynk.com",
        "소식통에 따르면 북한은 올가을 중국 단둥에 근로자 1천200명을 들여보낼 계획이다.",
        True,
        {W(1200, 1200, "exact", ["CN"], "planned")},
    ),
    (
        "yna.co.kr",
        "러시아 연해주 정부는 북한 노동자 5천 명 추가 수용을 협의 중이라고 밝혔다.",
        True,
        {W(5000, 5000, "exact", ["RU"], "planned")},
    ),
    (
        "news1.kr",
        "北, 몽골에 노동자 800명 송출 검토",
        True,
        {W(800, 800, "exact", ["MN"], "planned")},
    ),
    (
        "dailynk.com",
        "평양에서는 러시아행 건설 인력 500명을 선발하는 작업이 한창이라고 데일리NK가 전했다.",
        True,
        {W(500, 500, "exact", ["RU"], "recruiting", "construction")},
    ),
    (
        "rfa.org",
        "함경북도 청진에서는 중국 파견 대상 노동자 300여 명이 출국 전 사상교육을 받고 있다.",
        True,
        {W(300, None, "at_least", ["CN"], "recruiting")},
    ),
    (
        "rfa.org",
        "중국으로 떠날 북한 노동자 400명이 아직 출국하지 못한 채 신의주에서 대기하고 있다.",
        True,
        {W(400, 400, "exact", ["CN"], "recruiting")},
    ),
    (
        "voakorea.com",
        "지난달 북한 노동자 600명이 훈춘 세관을 거쳐 중국에 들어섰다고 현지 매체가 보도했다.",
        True,
        {W(600, 600, "exact", ["CN"], "dispatched")},
    ),
    (
        "nocutnews.co.kr",
        "北 노동자 1천 명, 지난주 블라디보스토크 입성",
        True,
        {W(1000, 1000, "exact", ["RU"], "dispatched")},
    ),
    (
        "hankyung.com",
        "중국 선양에는 북한 노동자 1천500명가량이 계약이 끝난 뒤에도 눌러앉아 있다.",
        True,
        {W(1500, 1500, "approx", ["CN"], "present")},
    ),
    (
        "voakorea.com",
        "현재 쿠웨이트에 나가 있는 북한 노동자는 약 300명이다.",
        True,
        {W(300, 300, "approx", ["KW"], "present")},
    ),
    (
        "newsis.com",
        "북한은 러시아 극동의 노동자 1만 명을 아직 소환하지 않은 것으로 알려졌다.",
        True,
        {W(1 * M, 1 * M, "exact", ["RU"], "present")},
    ),
    (
        "dailynk.com",
        "중국 단둥의 북한 근로자 700여 명이 최근 평양으로 불려 들어갔다.",
        True,
        {W(700, None, "at_least", ["CN"], "repatriated")},
    ),
    (
        "yna.co.kr",
        "러시아 당국은 지난해 비자가 만료된 북한 노동자 450명을 강제 출국시켰다.",
        True,
        {W(450, 450, "exact", ["RU"], "repatriated")},
    ),
    (
        "kbs.co.kr",
        "쿠웨이트, 北 노동자 200명 전원 출국 조치",
        True,
        {W(200, 200, "exact", ["KW"], "repatriated")},
    ),
    (
        "news1.kr",
        "중국은 연말까지 자국 내 북한 노동자 5천 명을 귀국시킬 예정이다.",
        True,
        {W(5000, 5000, "exact", ["CN"], "planned")},
    ),
    (
        "rfa.org",
        '현지 소식통은 "북한 노동자 수백 명이 지금도 이르쿠츠크 벌목장에서 일한다"고 말했다.',
        True,
        {W(200, 999, "vague", ["RU"], "present", "logging")},
    ),
    (
        "voakorea.com",
        '러시아 노동부 관계자는 "올해 북한 인력 4천 명을 받게 될 것"이라고 말했다.',
        True,
        {W(4000, 4000, "exact", ["RU"], "planned")},
    ),
    (
        "dailynk.com",
        "북한 당국이 중동 건설 현장에 보낼 인원 1천 명을 모집 중이다.",
        True,
        {W(1000, 1000, "exact", ["M49:145"], "recruiting", "construction")},
    ),
    (
        "hankyoreh.com",
        "2019년 북한은 카타르에 건설 노동자 1천 명을 내보냈었다.",
        True,
        {W(1000, 1000, "exact", ["QA"], "dispatched", "construction")},
    ),
    (
        "yna.co.kr",
        "베트남 하노이에는 북한 식당 종업원 50여 명이 상주하고 있다.",
        True,
        {W(50, None, "at_least", ["VN"], "present", "hospitality")},
    ),
]

# --- batch S2: written after the S1 fixes ------------------------------------------------
# First run (after the S1 fixes): count 19/19 rows, status 12/19 of those, 12/19 rows. Wrong
# status: "러시아어 교육을 시키고 있다" (present, not recruiting); "블라디보스토크항에
# 내렸다" and "새로 데려왔다" (present, not dispatched); "귀국을 허용하지 않았다"
# (repatriated, not present); a headline's "추방키로" (repatriated, not planned); "짐을
# 쌌다" (present, not repatriated); "올해 러시아에 보낸 노동자는" (present, not dispatched).
# After (교육을 시키/훈련시키 recruiting; 항에 내렸/땅을 밟았/데려왔 dispatched; 귀국을
# 허용하지 않/불허/막 present; 짐을 싸 repatriated; "키로" a decision ending; a period word
# alone, 올해/지난해/지난달, before 보낸/파견된 a flow unless a point such as "말 현재"
# follows): count 19/19, status 19/19, 19/19 rows.
BATCH_S2: list[Row] = [
    (
        "news1.kr",
        "北, 내년 중국에 여성 근로자 2천명 파견 방침",
        True,
        {W(2000, 2000, "exact", ["CN"], "planned")},
    ),
    (
        "yna.co.kr",
        "러시아 측은 북한 노동자 3천 명을 더 받아들이는 방안을 검토하고 있는 것으로 전해졌다.",
        True,
        {W(3000, 3000, "exact", ["RU"], "planned")},
    ),
    (
        "dailynk.com",
        "북한은 러시아 파견을 앞두고 노동자 800명에게 러시아어 교육을 시키고 있다.",
        True,
        {W(800, 800, "exact", ["RU"], "recruiting")},
    ),
    (
        "dailynk.com",
        "함흥에서 중국 파견 노동자 1천 명을 뽑기 위한 선발 시험이 치러졌다.",
        True,
        {W(1000, 1000, "exact", ["CN"], "recruiting")},
    ),
    (
        "rfa.org",
        "러시아행 비자를 받고 출국을 기다리던 북한 노동자 500명의 발이 묶였다.",
        True,
        {W(500, 500, "exact", ["RU"], "recruiting")},
    ),
    (
        "voakorea.com",
        "지난 3월 북한 노동자 250명이 블라디보스토크항에 내렸다.",
        True,
        {W(250, 250, "exact", ["RU"], "dispatched")},
    ),
    (
        "rfa.org",
        "지린성 훈춘의 수산물 공장들이 올해 들어 북한 노동자 900명을 새로 데려왔다.",
        True,
        {W(900, 900, "exact", ["CN"], "dispatched", "fishing")},
    ),
    (
        "yna.co.kr",
        "러시아 하바롭스크주에서 북한 근로자 1천여 명이 아파트 건설 현장에 투입돼 일하고 있다.",
        True,
        {W(1000, None, "at_least", ["RU"], "present", "construction")},
    ),
    (
        "hankyung.com",
        "아직 중국 땅에 머물러 있는 북한 노동자는 4만 명에 이른다.",
        True,
        {W(4 * M, 4 * M, "exact", ["CN"], "present")},
    ),
    (
        "newsis.com",
        "북한 노동자 2만여 명이 여전히 러시아 곳곳에서 외화를 벌어들이고 있다.",
        True,
        {W(2 * M, None, "at_least", ["RU"], "present")},
    ),
    (
        "voakorea.com",
        "중국 당국은 북한 노동자 1만 명의 귀국을 허용하지 않았다.",
        True,
        {W(1 * M, 1 * M, "exact", ["CN"], "present")},
    ),
    (
        "rfa.org",
        "라오스 비엔티안의 북한 노동자 60명이 지난주 전원 귀환 길에 올랐다.",
        True,
        {W(60, 60, "exact", ["LA"], "repatriated")},
    ),
    (
        "voakorea.com",
        "몽골 정부는 북한 근로자 1천200명을 모두 돌려보냈다고 유엔에 보고했다.",
        True,
        {W(1200, 1200, "exact", ["MN"], "repatriated")},
    ),
    (
        "kbs.co.kr",
        "러시아, 北 노동자 300명 추방키로",
        True,
        {W(300, 300, "exact", ["RU"], "planned")},
    ),
    (
        "news1.kr",
        "중국은 내년 초까지 남은 북한 노동자 3천 명을 돌려보낸다는 방침이다.",
        True,
        {W(3000, 3000, "exact", ["CN"], "planned")},
    ),
    (
        "dailynk.com",
        '소식통은 "단둥에서만 북한 노동자 2천 명이 지난달 짐을 쌌다"고 전했다.',
        True,
        {W(2000, 2000, "exact", ["CN"], "repatriated")},
    ),
    (
        "yna.co.kr",
        "캄보디아 프놈펜의 북한 식당에서 일하던 종업원 30명은 지금 모두 철수한 상태다.",
        True,
        {W(30, 30, "exact", ["KH"], "repatriated", "hospitality")},
    ),
    (
        "hankyoreh.com",
        "북한이 올해 러시아에 보낸 노동자는 1만2천 명으로 집계됐다.",
        True,
        {W(12_000, 12_000, "exact", ["RU"], "dispatched")},
    ),
    (
        "voakorea.com",
        "적도기니에는 북한 건설 노동자 150명이 남아 일하고 있다.",
        True,
        {W(150, 150, "exact", ["GQ"], "present", "construction")},
    ),
]

# --- batch S3: written after the S2 fixes ------------------------------------------------
# First run (after the S2 fixes): count 15/17 rows, status 10/15 of those, 8/17 rows. Wrong
# status: a headline's "러시아行 채비" (dispatched, not recruiting); "곧 귀국한다" (repatriated,
# not a return to come); "보냈던 노동자 500명을 전원 불러들였다" (dispatched, not
# repatriated); "받아들이겠다는" and "파견 문제를 놓고 협상을 벌이고 있다" (present, not
# planned). Two expected rows were wrong by the spec and were corrected, not counted as
# fixes: "한 공장" is the manufacturing sector, "5천 명 선" an approximate count. Missed, gated
# out: "파견 후보자 1천500명" (후보자 is no worker noun) and a headline that names no DPRK
# term. After (채비 after 行/출국/파견 recruiting; 곧 귀국/송환/철수 and 받아들이겠/보내겠
# planned; 협상 중/협상을 벌이 planned; 불러들이 repatriated): count 15/17, status 15/15,
# 15/17 rows (the two gated rows strict xfails).
BATCH_S3: list[Row] = [
    (
        "yna.co.kr",
        "러시아 정부가 북한 노동자 6천 명에 대한 취업 허가를 내줄 예정이다.",
        True,
        {W(6000, 6000, "exact", ["RU"], "planned")},
    ),
    (
        "dailynk.com",
        "北 노동자 2천명 러시아行 채비",
        True,
        {W(2000, 2000, "exact", ["RU"], "recruiting")},
    ),
    (
        "rfa.org",
        "중국 투먼의 한 공장은 북한 여성 노동자 200명을 받아들일 준비를 마쳤다.",
        True,
        {W(200, 200, "exact", ["CN"], "planned", "manufacturing")},
    ),
    (
        "dailynk.com",
        "북한 보위부는 러시아 파견 후보자 1천500명의 신원 조사를 진행 중이다.",
        True,
        {W(1500, 1500, "exact", ["RU"], "recruiting")},
    ),
    (
        "voakorea.com",
        "블라디보스토크에 도착한 지 한 달도 안 된 북한 노동자 400명이 벌써 현장에 배치됐다.",
        True,
        {W(400, 400, "exact", ["RU"], "dispatched")},
    ),
    (
        "news1.kr",
        "러시아 연해주에서 일하는 북한 노동자 수는 5천 명 선을 유지하고 있다.",
        True,
        {W(5000, 5000, "approx", ["RU"], "present")},
    ),
    (
        "newsis.com",
        "러시아 사할린의 북한 노동자 120명이 계약 만료로 곧 귀국한다.",
        True,
        {W(120, 120, "exact", ["RU"], "planned")},
    ),
    (
        "rfa.org",
        "몽골 울란바토르의 북한 노동자 100명은 작년 말 모두 짐을 챙겨 떠났다.",
        True,
        {W(100, 100, "exact", ["MN"], "repatriated")},
    ),
    (
        "voakorea.com",
        "북한이 아프리카 앙골라에 보냈던 노동자 500명을 전원 불러들였다.",
        True,
        {W(500, 500, "exact", ["AO"], "repatriated")},
    ),
    (
        "yna.co.kr",
        "러시아는 북한 노동자 2만 명을 받아들이겠다는 입장을 밝혔다.",
        True,
        {W(2 * M, 2 * M, "exact", ["RU"], "planned")},
    ),
    (
        "rfa.org",
        "중국 지린성의 한 수산물 가공공장에서 북한 노동자 300명이 교대로 근무한다.",
        True,
        {W(300, 300, "exact", ["CN"], "present", "fishing")},
    ),
    (
        "dailynk.com",
        "'러시아 파견 노동자 5천명 선발 완료'…소식통",
        True,
        {W(5000, 5000, "exact", ["RU"], "recruiting")},
    ),
    (
        "kbs.co.kr",
        "북 노동자 600명, 이번 주 중국 단둥서 신의주로 귀환",
        True,
        {W(600, 600, "exact", ["CN"], "repatriated")},
    ),
    (
        "news1.kr",
        "국정원은 북한이 올 상반기에만 중국에 노동자 2천여 명을 새로 내보낸 것으로 파악했다.",
        True,
        {W(2000, None, "at_least", ["CN"], "dispatched")},
    ),
    (
        "voakorea.com",
        "이르쿠츠크의 북한 노동자 250명은 아직 현지를 떠나지 않았다.",
        True,
        {W(250, 250, "exact", ["RU"], "present")},
    ),
    (
        "yna.co.kr",
        "북한은 중국 측과 노동자 3천 명 파견 문제를 놓고 협상을 벌이고 있다.",
        True,
        {W(3000, 3000, "exact", ["CN"], "planned")},
    ),
    (
        "dailynk.com",
        "두바이 건설 현장에 투입될 북한 노동자 400명이 평양에서 대기 중이다.",
        True,
        {W(400, 400, "exact", ["AE"], "recruiting", "construction")},
    ),
]

# --- batch S4: written after the S3 fixes ------------------------------------------------
# First run (after the S3 fixes): count 16/17 rows, status 13/16 of those, 13/17 rows. Wrong
# status: a headline's "3천명 귀환 추진" (repatriated, not a return to come); "추방 절차를
# 밟고 있다" (repatriated, not still there); "보내려고 모집한 노동자 600명이 아직 평양에
# 머물고 있다" (present, not recruiting). Missed: "농장들에는 … 수백 명" read as a figure per
# farm (a plural place before it is a distributive cue). After (추진/검토 plan endings after a
# status word, 귀환 a headline noun; 추방/송환/귀국/출국 절차 still there; 평양/북한/본국에
# 머물 still at home, being readied): count 16/17, status 16/16, 16/17 rows.
BATCH_S4: list[Row] = [
    (
        "rfa.org",
        "앵커: 북한이 올해 러시아에 건설 노동자 1만 명을 추가로 보낼 것이라는 관측이 나옵니다.",
        True,
        {W(1 * M, 1 * M, "exact", ["RU"], "planned", "construction")},
    ),
    (
        "rfa.org",
        "앵커: 중국 단둥에 있던 북한 노동자 500명이 지난주 모두 귀국했습니다.",
        True,
        {W(500, 500, "exact", ["CN"], "repatriated")},
    ),
    (
        "news1.kr",
        "北, 중국 파견 노동자 3천명 귀환 추진",
        True,
        {W(3000, 3000, "exact", ["CN"], "planned")},
    ),
    (
        "dailynk.com",
        "러시아 극동에 북한 노동자 6천 명가량이 잔류해 있는 것으로 추정됨.",
        True,
        {W(6000, 6000, "approx", ["RU"], "present")},
    ),
    (
        "voakorea.com",
        "쿠웨이트에서 일하던 북한 노동자 90명이 귀환길에 올랐다.",
        True,
        {W(90, 90, "exact", ["KW"], "repatriated")},
    ),
    (
        "yna.co.kr",
        "러시아 아무르주는 내년 북한 노동자 1천 명을 들여올 것으로 보인다.",
        True,
        {W(1000, 1000, "exact", ["RU"], "planned")},
    ),
    (
        "rfa.org",
        "북한 노동자 800명이 이달 초 중국 다롄의 공단에 배치되어 근무를 시작했다.",
        True,
        {W(800, 800, "exact", ["CN"], "dispatched")},
    ),
    (
        "voakorea.com",
        "연해주 농장들에는 북한 노동자 수백 명이 계절 근로자로 들어와 있다.",
        True,
        {W(200, 999, "vague", ["RU"], "present", "agriculture")},
    ),
    (
        "hankyung.com",
        "중국에 파견 나간 북한 노동자 2만 명 가운데 상당수는 여성이다.",
        True,
        {W(2 * M, 2 * M, "exact", ["CN"], "present")},
    ),
    (
        "newsis.com",
        "통일부는 러시아에서 북한 노동자 1천여 명이 추방 절차를 밟고 있다고 밝혔다.",
        True,
        {W(1000, None, "at_least", ["RU"], "present")},
    ),
    (
        "yna.co.kr",
        "북한은 이집트에 의료 인력 50명을 내보내기로 했다.",
        True,
        {W(50, 50, "exact", ["EG"], "planned", "medical")},
    ),
    (
        "dailynk.com",
        "아직 북한으로 돌아가지 않은 노동자 3천 명이 훈춘 일대에 흩어져 있다.",
        True,
        {W(3000, 3000, "exact", ["CN"], "present")},
    ),
    (
        "voakorea.com",
        "러시아 당국은 올해 1~6월 북한 노동자 2천300명에게 취업 비자를 내줬다고 밝혔다.",
        True,
        {W(2300, 2300, "exact", ["RU"], "dispatched")},
    ),
    (
        "rfa.org",
        "중국 랴오닝성의 북한 노동자 5천 명에 대한 송환 작업이 진행 중이다.",
        True,
        {W(5000, 5000, "exact", ["CN"], "repatriated")},
    ),
    (
        "dailynk.com",
        "북한이 러시아 건설 현장에 보내려고 모집한 노동자 600명이 아직 평양에 머물고 있다.",
        True,
        {W(600, 600, "exact", ["RU"], "recruiting", "construction")},
    ),
    (
        "nocutnews.co.kr",
        "北 노동자 4천명, 러 연해주 농장서 일한다",
        True,
        {W(4000, 4000, "exact", ["RU"], "present", "agriculture")},
    ),
    (
        "kbs.co.kr",
        "북한이 이번 달 러시아로 보낼 노동자는 약 700명으로 알려졌다.",
        True,
        {W(700, 700, "approx", ["RU"], "planned")},
    ),
]

# --- batch S5: written after the S4 fixes ------------------------------------------------
# First run (after the S4 fixes): count 16/16 rows (the first figure of each), status 9/16 of
# those, 8/16 rows. Wrong status: "800명은 남았다" after "1천200명이 귀국했고" (repatriated,
# not present); a headline's "향발" (present, not dispatched); "본국행 열차에 몸을 실었다"
# (present, not repatriated); "연말까지 출국하라고 통보했다", "입국 승인을 미루고 있다" and
# "다음 달 블라디보스토크로 떠난다" (present, not planned); "서류 심사를 끝냈다" (present,
# not recruiting); "파견해 둔 상태다" (dispatched, not present). After (남았, 파견해 둔/보내
# 놓 present; 출국하라고/귀국하라는, 로 떠난다, 입국 승인을 미루/보류 planned; 서류 심사,
# 신원 조사, 건강 검진 recruiting; 향발 a flow; 본국행/귀국행 a return): count 16/16, status
# 16/16, 16/16 rows.
BATCH_S5: list[Row] = [
    (
        "yna.co.kr",
        "러시아 연해주의 북한 노동자 2천 명 중 1천200명이 귀국했고 800명은 남았다.",
        True,
        {
            W(2000, 2000, "exact", ["RU"], "present"),
            W(1200, 1200, "exact", ["RU"], "repatriated"),
            W(800, 800, "exact", ["RU"], "present"),
        },
    ),
    (
        "news1.kr",
        "북한은 내년까지 중국에 노동자 1만 명을 더 보낼 전망이다.",
        True,
        {W(1 * M, 1 * M, "exact", ["CN"], "planned")},
    ),
    (
        "rfa.org",
        "앵커: 러시아 극동 지역에서 일하는 북한 노동자가 3천 명 정도 되는 것으로 알려졌습니다.",
        True,
        {W(3000, 3000, "approx", ["RU"], "present")},
    ),
    (
        "kbs.co.kr",
        "北 노동자 500명 러 하바롭스크 향발",
        True,
        {W(500, 500, "exact", ["RU"], "dispatched")},
    ),
    (
        "dailynk.com",
        "단둥의 북한 노동자 300명이 본국행 열차에 몸을 실었다.",
        True,
        {W(300, 300, "exact", ["CN"], "repatriated")},
    ),
    (
        "voakorea.com",
        "중국 당국이 북한 노동자 2천 명에 대해 연말까지 출국하라고 통보했다.",
        True,
        {W(2000, 2000, "exact", ["CN"], "planned")},
    ),
    (
        "yna.co.kr",
        "러시아 건설업체 10여 곳이 북한 노동자 700명을 고용 중이다.",
        True,
        {W(700, 700, "exact", ["RU"], "present", "construction")},
    ),
    (
        "dailynk.com",
        "평양의 한 인력송출회사는 러시아행 노동자 400명의 서류 심사를 끝냈다.",
        True,
        {W(400, 400, "exact", ["RU"], "recruiting")},
    ),
    (
        "rfa.org",
        "중국 측은 북한 노동자 5천 명의 입국 승인을 미루고 있다.",
        True,
        {W(5000, 5000, "exact", ["CN"], "planned")},
    ),
    (
        "voakorea.com",
        "북한 노동자 800명은 지금도 아무르주 벌목장을 떠나지 못하고 있다.",
        True,
        {W(800, 800, "exact", ["RU"], "present", "logging")},
    ),
    (
        "yna.co.kr",
        "올해 들어 라오스에 새로 파견된 북한 노동자는 90명에 불과하다.",
        True,
        {W(90, 90, "exact", ["LA"], "dispatched")},
    ),
    (
        "hankyoreh.com",
        "북한이 베트남 건설 현장에 노동자 300명을 파견해 둔 상태다.",
        True,
        {W(300, 300, "exact", ["VN"], "present", "construction")},
    ),
    (
        "newsis.com",
        '정부 소식통은 "러시아가 북한 인력 1만 명을 받기로 했다"고 전했다.',
        True,
        {W(1 * M, 1 * M, "exact", ["RU"], "planned")},
    ),
    (
        "hankyung.com",
        "中 랴오닝성 北노동자 4천명 전원 귀국 완료",
        True,
        {W(4000, 4000, "exact", ["CN"], "repatriated")},
    ),
    (
        "news1.kr",
        "북한 노동자 250명이 다음 달 블라디보스토크로 떠난다.",
        True,
        {W(250, 250, "exact", ["RU"], "planned")},
    ),
    (
        "voakorea.com",
        "러시아에 나와 있는 북한 노동자는 2만 명이 넘는다.",
        True,
        {W(2 * M, None, "at_least", ["RU"], "present")},
    ),
]

# --- batch S6: written after the S5 fixes ------------------------------------------------
# First run (after the S5 fixes): count 15/15 rows, status 11/15 of those, 10/15 rows. Wrong
# status: "중국행 노동자 200명을 추리는 중" (present, not recruiting); a headline's "추가 송출
# 합의함" (dispatched, not planned); "러시아로 향하는 배에 … 150명이 올랐다" (present, not
# dispatched); "자취를 감췄다" (present; read as gone home, though it may also be flight).
# Wrong destination: "중동에 보낸 노동자 가운데 600명이 카타르에서" (the region, not the
# country). One expected row was wrong by the spec and was corrected, not counted as a fix:
# "공장들에서 일하던" is the manufacturing sector. After (추리는 중/추려내 recruiting; 합의 a
# plan ending; "로 향하는" before the noun a flow): count 15/15, status 14/15, 13/15 rows
# (the two left strict xfails).
BATCH_S6: list[Row] = [
    (
        "rfa.org",
        "앵커: 북한 당국이 올해는 중국에 노동자를 한 명도 보내지 않았지만, "
        "현지에는 여전히 2만여 명이 남아 있습니다.",
        True,
        {W(2 * M, None, "at_least", ["CN"], "present")},
    ),
    (
        "dailynk.com",
        "북한은 러시아에 노동자 1천 명을 보내려 했으나 아직 한 명도 출국시키지 못했다.",
        True,
        {W(1000, 1000, "exact", ["RU"], "planned")},
    ),
    (
        "kbs.co.kr",
        "北 노동자 3천명, 러시아 연해주 투입 예정",
        True,
        {W(3000, 3000, "exact", ["RU"], "planned")},
    ),
    (
        "yna.co.kr",
        "[속보] 중국 훈춘 北 노동자 1천200명 집단 귀국 중",
        True,
        {W(1200, 1200, "exact", ["CN"], "repatriated")},
    ),
    (
        "news1.kr",
        "한때 쿠웨이트에서 일했던 북한 노동자는 4천 명에 달했다.",
        True,
        {W(4000, 4000, "exact", ["KW"], "present")},
    ),
    (
        "voakorea.com",
        "러시아 이민국은 지난해 북한 노동자 3천500명이 새로 입국해 취업했다고 밝혔습니다.",
        True,
        {W(3500, 3500, "exact", ["RU"], "dispatched")},
    ),
    (
        "dailynk.com",
        "소식통은 양강도에서 중국행 노동자 200명을 추리는 중이라고 전했다.",
        True,
        {W(200, 200, "exact", ["CN"], "recruiting")},
    ),
    (
        "hankyung.com",
        "北, 러에 건설인력 5천명 추가 송출 합의함",
        True,
        {W(5000, 5000, "exact", ["RU"], "planned", "construction")},
    ),
    (
        "rfa.org",
        "중국 지린성 공장들에서 일하던 북한 여성 노동자 수백 명이 최근 한꺼번에 자취를 "
        "감췄다고 소식통이 전했습니다.",
        True,
        {W(200, 999, "vague", ["CN"], "repatriated", "manufacturing")},
    ),
    (
        "newsis.com",
        "몽골에 남아 있던 북한 노동자 40명도 지난달 귀국길에 올라 이제 한 명도 없다.",
        True,
        {W(40, 40, "exact", ["MN"], "repatriated")},
    ),
    (
        "yna.co.kr",
        "러시아 측은 북한 노동자 8천 명에 대한 비자 발급을 검토 중이라고 밝혔다.",
        True,
        {W(8000, 8000, "exact", ["RU"], "planned")},
    ),
    (
        "voakorea.com",
        "중국 단둥에는 여전히 북한 노동자 1만 명 이상이 머무르며 일을 하고 있다.",
        True,
        {W(1 * M, None, "at_least", ["CN"], "present")},
    ),
    (
        "dailynk.com",
        "청진항에서 러시아로 향하는 배에 북한 노동자 150명이 올랐다.",
        True,
        {W(150, 150, "exact", ["RU"], "dispatched")},
    ),
    (
        "news1.kr",
        "러시아 극동의 북한 노동자 2천 명은 계약이 끝나도 귀국하지 않고 현지에 "
        "눌러앉을 것으로 보인다.",
        True,
        {W(2000, 2000, "exact", ["RU"], "present")},
    ),
    (
        "hankyoreh.com",
        "북한이 중동에 보낸 노동자 가운데 600명이 카타르에서 철수를 마쳤다.",
        True,
        {W(600, 600, "exact", ["QA"], "repatriated")},
    ),
]

# --- batch S7: written after the S6 fixes ------------------------------------------------
# First run (after the S6 fixes): count 12/12 rows, status 7/12 of those, 7/12 rows. Wrong
# status: a headline's "800명 신규 채용" and "블라디보스토크 착륙" (present, not
# dispatched); "본국으로 되돌려 보냈다" (dispatched, not repatriated); "떠나기 위해 신의주에
# 모인 노동자가 700명에 이른다" (present, not recruiting); "아직 귀국 통보를 받지 못했다"
# (repatriated, not present). After (착륙, 채용했/신규 채용 flows; 되돌려 보내 a return; 귀국
# 통보를 받지 못 still there): count 12/12, status 11/12, 11/12 rows (the gathered workers a
# strict xfail).
BATCH_S7: list[Row] = [
    (
        "yna.co.kr",
        "러시아 정부는 내년 북한 노동자 2천 명에게 비자를 추가로 내줄 방침이다.",
        True,
        {W(2000, 2000, "exact", ["RU"], "planned")},
    ),
    (
        "dailynk.com",
        "北, 중국 공장에 보낼 여성 근로자 500명 선발 착수",
        True,
        {W(500, 500, "exact", ["CN"], "recruiting", "manufacturing")},
    ),
    (
        "rfa.org",
        "앵커: 러시아 하바롭스크에 파견됐던 북한 노동자 350명이 최근 본국으로 되돌아갔습니다.",
        True,
        {W(350, 350, "exact", ["RU"], "repatriated")},
    ),
    (
        "voakorea.com",
        "북한 노동자 1천여 명이 이미 지난 봄 아무르주에 들어가 작업 중이다.",
        True,
        {W(1000, None, "at_least", ["RU"], "present")},
    ),
    (
        "news1.kr",
        "중국 당국은 북한 노동자 6천 명의 체류 기간을 1년 연장해 줬다.",
        True,
        {W(6000, 6000, "exact", ["CN"], "present")},
    ),
    (
        "hankyung.com",
        "러 연해주, 北 노동자 800명 신규 채용",
        True,
        {W(800, 800, "exact", ["RU"], "dispatched")},
    ),
    (
        "newsis.com",
        "몽골 정부가 북한 노동자 200명을 본국으로 되돌려 보냈다.",
        True,
        {W(200, 200, "exact", ["MN"], "repatriated")},
    ),
    (
        "dailynk.com",
        "소식통에 따르면 러시아로 떠나기 위해 신의주에 모인 노동자가 700명에 이른다.",
        True,
        {W(700, 700, "exact", ["RU"], "recruiting")},
    ),
    (
        "rfa.org",
        "러시아 극동 지역에는 지금도 북한 노동자 수천 명이 건설 현장을 누비고 있다.",
        True,
        {W(2000, 9999, "vague", ["RU"], "present", "construction")},
    ),
    (
        "voakorea.com",
        "북한은 올해 말까지 중국 내 노동자 1만 명을 철수시킨다는 계획을 세웠다.",
        True,
        {W(1 * M, 1 * M, "exact", ["CN"], "planned")},
    ),
    (
        "kbs.co.kr",
        "北 노동자 150명 태운 여객기, 블라디보스토크 착륙",
        True,
        {W(150, 150, "exact", ["RU"], "dispatched")},
    ),
    (
        "yna.co.kr",
        "중국 옌지의 북한 노동자 400명은 아직 귀국 통보를 받지 못했다.",
        True,
        {W(400, 400, "exact", ["CN"], "present")},
    ),
]

BATCHES = {
    "s1": BATCH_S1,
    "s2": BATCH_S2,
    "s3": BATCH_S3,
    "s4": BATCH_S4,
    "s5": BATCH_S5,
    "s6": BATCH_S6,
    "s7": BATCH_S7,
}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {
    "s3-03": "relevance and count: '러시아 파견 후보자 1천500명' names no worker noun (후보자, "
    "candidates, also counts election and exam candidates), so nothing is read",
    "s3-11": "relevance: a headline that names no DPRK term ('러시아 파견 노동자 5천명 선발 "
    "완료') is gated out; ungated its count, place and status are read right",
    "s4-07": "count: '농장들에는 북한 노동자 수백 명이' takes the plural place before the figure "
    "as a per-site cue ('공장들에는 … 수십 명씩'), so the figure is dropped; with '농장에는' it "
    "is read right",
    "s6-08": "status: '자취를 감췄다' (vanished) is not read as a return; it may also tell of "
    "flight, so no cue was added",
    "s7-07": "status: workers gathered at home to leave ('떠나기 위해 신의주에 모인 노동자가') "
    "are being readied, but the level verb after the figure ('700명에 이른다') is read as a "
    "stock and a stock outranks an earlier stage said before the noun",
    "s6-14": "destination: a part placed in a country ('이 가운데 600명이 카타르에서') after a "
    "whole sent to a region ('중동에 보낸 노동자') keeps the region",
}


@pytest.mark.parametrize(("publisher", "text", "relevant", "expected"), batch_rows(BATCHES, KNOWN))
def test_status_excerpts(extractor, publisher, text, relevant, expected):
    assert observed(extractor, text, publisher) == (relevant, expected)
