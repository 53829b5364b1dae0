"""Korean money precision on news never seen, written for the tests in blind batches
(expected claims committed first, then the run, the before-figures in each batch's
comment): the DPRK workers' pay, the state's take or share and the state's labour revenue
beside amounts that are not claims: the country's whole trade or exports, other sanctions
money (stolen crypto, coal, shells, arms), prices, exchange rates, bribes and fees paid to
be sent, food and lodging taken off the pay, fines, a firm's turnover or investment, other
nations' and the host's minimum pay, aid budgets, in won, dollars, yuan and roubles, with
만/억 units, ranges, months and years. Every person, outlet desk and figure is invented.

Money claims compare as ``(kind, low, high, currency, per)`` (``("state_share", low,
high)`` for shares); worker counts as ``(low, high)``.
"""

from __future__ import annotations

import pytest

from .tables import batch_rows
from .test_extract_korean_money_articles import Article, B, M, claims

# --- batch 1: trade totals, bribes, deductions, host minimum pay, hacking, a firm's sales --
# Before the fixes: money precision 12/14, recall 12/14, 6/8 rows right (a bribe said with
# 고이다 read as pay; board and lodging (숙소비, 식대) taken off as the state's take; pay in a
# quote right after the sentence naming the workers; 받아 간 돈 as the takings). After: 14/14,
# 14/14, 8/8.
D1: list[Article] = [
    (
        "yna.co.kr",
        "北 해외노동자 외화벌이 연 3억 달러…공식 수출의 10배\n"
        "(서울=연합뉴스) 정해인 기자 = 북한이 해외에 보낸 노동자들을 통해 벌어들이는 외화가 "
        "연간 3억 달러 규모로, 지난해 북한의 공식 상품 수출액 3천만 달러의 10배에 이른다는 "
        "분석이 나왔다. 한국무역협회는 24일 낸 보고서에서 지난해 북한의 대외무역 총액이 27억2천만 "
        "달러로 전년보다 8% 늘었다고 밝혔다. 이 가운데 대중국 무역이 98%를 차지했다.",
        {("revenue", 3 * B, 3 * B, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 함경북도 소식통에 따르면 최근 러시아 건설 현장으로 떠난 청진 출신 노동자들은 "
        "선발 명단에 오르려고 도 인민위원회 간부에게 1인당 800달러 안팎을 고였다. 소식통은 "
        '"현지에 가면 월 8만 루블을 받지만, 숙소비와 식대로 1만2천 루블을 떼고 국가 계획분으로 '
        '5만 루블을 바치고 나면 남는 돈은 1만8천 루블 정도"라고 전했다. 청진 장마당에서 1달러는 '
        "북한 돈 2만2천 원에 거래되고 있다.",
        {
            ("wage", 8 * M, 8 * M, "RUB", "month"),
            ("wage", 5 * M, 5 * M, "RUB", "month"),
            ("wage", 18_000, 18_000, "RUB", "month"),
        },
        set(),
    ),
    (
        "rfa.org",
        "앵커: 중국 저장성의 북한 노동자들이 받는 임금이 현지 최저임금에도 못 미친다는 "
        "소식입니다.\n"
        '저장성의 한 의류공장 관계자는 자유아시아방송에 "이곳 최저임금이 월 2천490위안인데, '
        '북한 여성 노동자들에게는 한 달 1천800위안이 책정된다"고 말했습니다. 이 관계자는 "같은 '
        '라인의 중국인 직공은 잔업수당까지 합쳐 5천 위안 넘게 가져간다"며 "북한 노동자 임금은 '
        '회사가 북한 측 관리자에게 한꺼번에 넘긴다"고 전했습니다. 이 공장에는 북한 노동자 '
        "150여 명이 일하고 있습니다.",
        {("wage", 1800, 1800, "CNY", "month")},
        {(150, None)},
    ),
    (
        "nknews.org",
        "NK뉴스가 입수한 미 연방수사국(FBI) 자료에 따르면 북한 IT 노동자들은 가짜 신분으로 미국 "
        "기업에 원격 취업해 1인당 연간 최대 30만 달러를 벌어들였다. FBI는 이들이 2020년 이후 "
        "미국 기업들로부터 받아 간 돈이 모두 8천800만 달러에 이른다고 밝혔다. 같은 기간 북한 "
        "연계 해커 조직이 가상자산 거래소에서 훔친 금액은 30억 달러를 넘는다. 미 법무부는 이들의 "
        "노트북을 대신 관리해 준 미국인 조력자에게 징역 8년과 함께 벌금 25만 달러를 선고했다.",
        {("wage", None, 30 * M, "USD", "year"), ("revenue", 8800 * M, 8800 * M, "USD", None)},
        set(),
    ),
    (
        "voakorea.com",
        "미국의소리(VOA)는 유엔 대북제재위원회 전문가패널 출신 인사를 인용해 북한이 지난해 "
        "러시아에 석탄과 포탄을 넘기고 받은 대가가 최소 10억 달러에 이른다고 보도했습니다. 이 "
        "인사는 또 러시아 극동 지역 건설업체 12곳이 북한 노동자를 쓰고 있으며, 이 중 한 업체의 "
        '지난해 매출은 45억 루블이었다고 말했습니다. 그는 "이 업체들이 북한 측에 노동자 '
        '인건비로 보낸 돈만 한 해 2천만 달러가 넘는다"고 밝혔습니다.',
        {("revenue", 2000 * M, None, "USD", "year")},
        set(),
    ),
    (
        "yna.co.kr",
        '통일부 당국자는 28일 기자들과 만나 "러시아에 있는 북한 노동자는 1인당 월 800~1천 '
        '달러를 받고, 이 가운데 60~70%를 당국에 상납하는 것으로 파악된다"고 말했다. 이 당국자는 '
        "북한이 올해 러시아로부터 받기로 한 식량과 유류 지원이 한화로 수천억 원어치라고 "
        "설명했다. 통일부는 올해 남북협력기금 예산으로 1조원을 편성했다.",
        {("wage", 800, 1000, "USD", "month"), ("state_share", 60, 70)},
        set(),
    ),
    (
        "dailynk.com",
        "[단독] 中 선양 북한식당, 여종업원 1인당 '충성자금' 연 2천 위안씩 추가 징수\n"
        "데일리NK 중국 소식통에 따르면 선양의 한 북한식당은 이달 초 여종업원 20여 명에게 1인당 "
        "한 해 2천 위안씩 충성자금을 내라고 지시했다. 이 식당은 종업원들에게 월 1천200위안을 "
        "주는데, 이 가운데 900위안은 이미 매달 국가 납부금으로 떼 간다. 식당의 냉면 한 그릇 값은 "
        "68위안이고, 하루 매출은 평일 기준 1만5천 위안 정도다. 중국 공안은 지난해 이 식당에 위생법 "
        "위반으로 벌금 3만 위안을 물렸다.",
        {
            ("wage", 2000, 2000, "CNY", "year"),
            ("wage", 1200, 1200, "CNY", "month"),
            ("wage", 900, 900, "CNY", "month"),
        },
        {(20, None)},
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 국가정보원은 30일 국회 정보위원회 비공개 회의에서 북한이 2017년 안보리 "
        "제재 이후에도 해외 노동자 송출을 통해 지금까지 모두 30억 달러 이상을 벌어들인 것으로 "
        "추정한다고 보고했다. 국정원은 최근 러시아의 인력난으로 현지 노동자 평균 임금이 월 10만 "
        "루블을 넘어서면서 북한 노동자 수요가 늘고 있다고 설명했다. 루블화 가치 하락으로 1달러는 "
        "현재 95루블 수준이다.",
        {("revenue", 30 * B, None, "USD", None)},
        set(),
    ),
]

# --- batch 2: host minimum pay, permits, fines per head, shells, investment, won totals ---
# Written before the fixes of batch 1 were run on it. Before its own fixes: precision 10/11,
# recall 10/13, 5/8 rows (the price of shells sent read as labour revenue; 걷힌 돈 not the
# takings; women back from a factory named by no labour word). After: 11/11, 11/13, 7/8.
D2: list[Article] = [
    (
        "rfa.org",
        "앵커: 러시아 정부가 내년 최저임금을 월 2만7천 루블로 올리기로 했지만, 북한 노동자들과는 "
        "거리가 먼 이야기라는 지적입니다.\n"
        '블라디보스토크의 한 건설업체 관계자는 자유아시아방송에 "북한 노동자 한 명에게 들어가는 '
        '비자와 노동허가 비용만 1년에 4만 루블"이라며 "그런데도 북한 노동자를 쓰는 건 하루 '
        '12시간씩 일하고도 한 달 6만 루블이면 되기 때문"이라고 말했습니다. 그는 "노동자들 말로는 '
        '그중 4만5천 루블이 북한 회사 몫으로 빠져나간다"고 전했습니다.',
        {("wage", 6 * M, 6 * M, "RUB", "month"), ("wage", 45_000, 45_000, "RUB", "month")},
        set(),
    ),
    (
        "dailynk.com",
        '데일리NK 평안북도 소식통은 "중국 산둥성 수산물 공장에서 3년을 채우고 지난달 돌아온 '
        "신의주 여성들은 한 달 1천600위안씩 받았다고 하는데, 국가에 바친 돈을 빼면 한 달에 "
        '350위안 정도를 모았다"고 전했다. 이들은 귀국 항공권 값 1천200위안도 본인이 부담했다. '
        "신의주에서 1위안은 현재 북한 돈 2천900원에 거래되며, 쌀 1kg은 9천 원 선이다.",
        {("wage", 1600, 1600, "CNY", "month"), ("wage", 350, 350, "CNY", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        '정부 "北, 해외노동자로 연간 2억~3억 달러 수입"…中 투자는 급감\n'
        "(서울=연합뉴스) 통일부는 3일 펴낸 '북한 경제 동향' 자료에서 북한이 중국과 러시아 등에 "
        "파견한 노동자들로부터 거둬들이는 돈이 연간 2억~3억 달러(약 2천700억~4천억원)에 이를 "
        "것으로 추산했다. 자료에 따르면 중국 기업의 대북 직접투자는 2016년 3천만 달러에서 "
        "지난해 200만 달러 수준으로 쪼그라들었다. 같은 기간 북러 교역액은 3배 넘게 늘어 지난해 "
        "5천만 달러를 기록했다.",
        {("revenue", 2 * B, 3 * B, "USD", "year")},
        set(),
    ),
    (
        "nknews.org",
        "NK뉴스는 영국 왕립합동군사연구소(RUSI) 보고서를 인용해 북한이 2023년 8월 이후 러시아에 "
        "컨테이너 1만여 개 분량의 탄약을 보내고 최대 55억 달러를 받았을 것으로 추정했다. 보고서는 "
        "이와 별도로 러시아에 있는 북한 노동자들이 벌어들이는 돈은 한 해 1억2천만 달러 안팎이며, "
        "평양이 이 가운데 80% 이상을 가져간다고 분석했다. 북한산 석탄의 러시아 나홋카항 반입 "
        "가격은 t당 70달러 선이었다.",
        {("revenue", 12_000 * M, 12_000 * M, "USD", "year"), ("state_share", 80, None)},
        set(),
    ),
    (
        "voakorea.com",
        "미국의소리(VOA)는 중국 지린성 훈춘의 한 의류공장이 북한 노동자를 몰래 쓰다 적발돼 노동자 "
        "1인당 5천 위안씩, 모두 60만 위안의 과태료를 물었다고 전했습니다. 이 공장 북한 노동자 "
        "120명은 하루 10시간 넘게 일하고 일당 80위안을 받았습니다. 같은 공장의 베트남 노동자들은 "
        "일당 150위안을 받는 것으로 알려졌습니다.",
        {("wage", 80, 80, "CNY", None)},
        {(120, 120)},
    ),
    (
        "kbs.co.kr",
        "[앵커] 해외 北 노동자 강제노동 실태 보고서\n"
        "[리포트] 북한인권단체 '노동권리센터'는 오늘 낸 보고서에서 중국과 러시아에 파견된 북한 "
        "노동자들이 2000년부터 지금까지 본국에 보낸 돈이 줄잡아 100억 달러(약 13조 원)에 "
        "이른다고 밝혔습니다. 보고서는 노동자 개개인에게 돌아간 몫은 월평균 10만~20만 원 수준에 "
        "그쳤다고 지적했습니다. 이 단체는 올해 정부로부터 보조금 3억 원을 받았습니다.",
        {("revenue", 100 * B, 100 * B, "USD", None), ("wage", 10 * M, 20 * M, "KRW", "month")},
        set(),
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 국정원은 북한 당국이 김정은 총비서 생일을 앞두고 해외 노동자들에게 1인당 "
        "매년 100달러씩 특별 충성자금을 걷고 있다고 국회 정보위에 보고했다. 국정원은 이렇게 걷힌 "
        "돈이 한 해 수백만 달러 규모로 추산된다고 밝혔다. 국정원은 또 북한의 중국 내 위장회사 한 "
        "곳이 지난해 올린 매출이 3천만 위안에 달했다고 덧붙였다.",
        {("wage", 100, 100, "USD", "year"), ("revenue", 200 * M, 999 * M + 9999, "USD", "year")},
        set(),
    ),
    (
        "hani.co.kr",
        "중국 랴오닝성 다롄의 한 전자부품 공장. 이 공장 인사 담당자가 보여준 임금 명세서에는 북한 "
        "노동자 1명의 월 임금이 2천200위안으로 적혀 있었다. 다롄 지역 제조업 노동자 평균 월급 "
        "6천500위안의 3분의 1 수준이다. 그나마 이 돈은 노동자 손을 거치지 않고 북한 측 대표에게 "
        "바로 입금된다. 이 공장은 지난해 생산라인 증설에 2억 위안을 투자했다.",
        {("wage", 2200, 2200, "CNY", "month")},
        set(),
    ),
]

# --- batch 3: rewards, brokers' cuts, the Gulf, tugriks, a column, a builder's books ------
# Written after the fixes of batches 1-2. Before (no fixes after it): precision 12/12, recall
# 12/13, 7/8 rows (an IT worker's pay in an excerpt naming no place abroad: not relevant).
# Since komoney7 the DPRK's IT workers are an abroad term for relevance: 8/8.
D3: list[Article] = [
    (
        "voakorea.com",
        "미 국무부 '정의에 대한 보상' 프로그램은 북한 IT 노동자 조직에 대한 정보에 최대 500만 "
        "달러의 보상금을 내걸었습니다. 국무부는 이들 IT 노동자가 한 명당 한 달에 최대 1만 달러를 "
        "벌며, 중개인들은 그 대가로 수입의 10~15%를 수수료로 떼어 간다고 설명했습니다.",
        {("wage", None, 1 * M, "USD", "month")},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 쿠웨이트의 북한 건설 노동자들이 여전히 현지에 남아 일하고 있다는 증언이 "
        "나왔습니다.\n"
        '쿠웨이트에서 건설업을 하는 한 인도 출신 사업가는 자유아시아방송에 "북한 노동자 한 '
        "명을 쓰려면 북한 회사에 매달 700달러를 줘야 하는데, 인도나 네팔 노동자는 월 400달러면 "
        '된다"고 말했습니다. 그는 "북한 회사가 현장 감독에게 주는 리베이트도 공사 한 건에 2만 '
        '달러쯤 된다"고 덧붙였습니다.',
        {("wage", 700, 700, "USD", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "(울란바토르=연합뉴스) 몽골 통계청에 따르면 올해 몽골 근로자의 월평균 임금은 200만 "
        "투그릭을 넘어섰다. 현지 소식통은 울란바토르 건설 현장에 남아 있는 북한 노동자들이 월 "
        "120만 투그릭 안팎을 받아 이 중 70% 가량을 본국으로 보낸다고 전했다. 몽골 정부는 북한 "
        "노동자를 고용한 업체에 1인당 50만 투그릭의 벌금을 매기고 있다.",
        {("wage", 120 * M, 120 * M, "MNT", "month"), ("state_share", 70, 70)},
        set(),
    ),
    (
        "chosun.com",
        "[기자수첩] 숫자로 본 北 해외노동\n"
        "북한 노동자 한 명이 러시아 건설 현장에서 1년 동안 버는 돈은 1만 달러 남짓이다. 이 "
        "가운데 노동자가 가져가는 돈은 연 2천 달러 정도다. 나머지는 '계획분'과 '충성자금' "
        "명목으로 당에 들어간다. 북한이 김정은 집권 이후 쏘아 올린 미사일 값만 수억 달러로 "
        "추정된다.",
        {("wage", 1 * M, None, "USD", "year"), ("wage", 2000, 2000, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 중국 소식통에 따르면 지린성 연길의 한 봉제공장 북한 노동자들은 올해부터 임금이 "
        "월 2천 위안에서 2천300위안으로 올랐지만, 공장 측이 떼는 식비와 기숙사비도 1인당 월 "
        '400위안에서 550위안으로 함께 뛰었다. 소식통은 "귀국 순번을 앞당기려고 관리 일꾼에게 '
        '1천 위안을 찔러주는 노동자도 있다"고 말했다.',
        {("wage", 2000, 2000, "CNY", "month"), ("wage", 2300, 2300, "CNY", "month")},
        set(),
    ),
    (
        "mk.co.kr",
        "러시아 연해주에서 북한 인력을 쓰는 건설사 '동방스트로이'는 지난해 매출 120억 루블, "
        "영업이익 9억 루블을 올렸다. 이 회사가 북한 측에 지급하는 노무비는 노동자 1인당 월 9만 "
        "루블로, 북한 노동자 400명분을 합치면 한 해 4억3천200만 루블에 이른다. 회사는 올해 "
        "블라디보스토크 신도시 사업에 50억 루블을 투자할 계획이다.",
        {
            ("wage", 9 * M, 9 * M, "RUB", "month"),
            ("revenue", 43_200 * M, 43_200 * M, "RUB", "year"),
        },
        {(400, 400)},
    ),
    (
        "hankookilbo.com",
        "북한 노동자 송출의 핵심 창구인 중국 단둥의 인력 중개업체들은 노동자 한 명을 연결할 "
        "때마다 중국 업체로부터 300위안의 중개료를 받는다. 단둥 현지 업계에 따르면 북한 노동자 "
        "임금은 지난 2년 새 30% 가까이 올라 월 2천500위안 선이 됐고, 이 중 절반 이상이 북한 회사 "
        "계좌로 들어간다. 중국 기업은 외국인 고용에 따른 사회보험료로 임금의 15%를 추가로 "
        "부담한다.",
        {("wage", 2500, 2500, "CNY", "month"), ("state_share", 50, None)},
        set(),
    ),
    (
        "yna.co.kr",
        '국정원 "北, 올 상반기 해외노동자로 1억5천만 달러 벌어"\n'
        "국가정보원은 국회 정보위원회 업무보고에서 북한이 올해 상반기 해외 파견 노동자들을 통해 "
        "1억5천만 달러 안팎의 외화를 벌어들인 것으로 분석된다고 밝혔다. 같은 기간 북한의 대중국 "
        "수입액은 10억 달러를 넘어 무역적자가 8억 달러에 달했다. 국정원은 북한이 이 적자를 "
        "노동자 송금과 해킹으로 메우고 있다고 설명했다.",
        {("revenue", 15_000 * M, 15_000 * M, "USD", None)},
        set(),
    ),
]

# --- batch 4: fishing rights, goods carried home, budgets, troops' pay, fines, won sums ---
# Written after the fixes of batches 1-2. Before the fixes: precision 10/13, recall 10/12,
# 6/8 rows (goods worth 1천500달러어치 read as pay; one worker's earnings over five years read
# as revenue, with "3천 달러가 안 된다" not a bound). After: 11/12, 11/12, 7/8.
# Since komoney7 a stay's total after "5년 동안 번" may be one worker's up to five months'
# size limit: 8/8.
D4: list[Article] = [
    (
        "rfa.org",
        "앵커: 북한이 동해 조업권을 중국 어선에 팔아 올해 수천만 달러를 챙겼다는 소식입니다.\n"
        '중국 랴오닝성의 한 수산업자는 자유아시아방송에 "중국 어선 한 척이 북한 수역에서 석 달 '
        '조업하는 값이 5만 위안"이라고 말했습니다. 그는 "이 배들에 태운 북한 선원들은 한 달 '
        '1천500위안을 받기로 하지만, 북한 수산사업소가 1천200위안을 먼저 떼어 간다"고 '
        "전했습니다.",
        {("wage", 1500, 1500, "CNY", "month"), ("wage", 1200, 1200, "CNY", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 러시아 소식통에 따르면 하바롭스크의 북한 건설 노동자들은 3년 계약이 끝나 "
        "귀국할 때 1인당 평균 1천500달러어치의 중고 가전과 옷가지를 사 들고 간다. 노동자들이 한 "
        "달에 손에 쥐는 돈이 200달러 안팎이어서 이 돈을 모으려면 꼬박 2년을 굶다시피 해야 한다. "
        "중고 냉장고 한 대 값은 현지에서 100달러 선이다.",
        {("wage", 200, 200, "USD", "month")},
        set(),
    ),
    (
        "newsis.com",
        "(서울=뉴시스) 북한 최고인민회의가 발표한 올해 국가예산 수입은 전년보다 2.5% 늘어난 "
        "것으로 집계됐다. 한국개발연구원(KDI)은 북한이 해외 노동자 1인당 연간 3천~4천 달러를 "
        "국가 납부금으로 걷어 연간 1억5천만~2억 달러를 확보하는 것으로 추정했다. KDI는 이 돈이 "
        "북한 외화 수입의 10% 안팎을 차지한다고 덧붙였다.",
        {("wage", 3000, 4000, "USD", "year"), ("revenue", 15_000 * M, 2 * B, "USD", "year")},
        set(),
    ),
    (
        "nknews.org",
        "러시아 매체 코메르산트에 따르면 러시아 국방부는 쿠르스크에 투입된 북한군 병사들에게 "
        "1인당 월 2천 달러 수준의 급여를 책정했다. 반면 모스크바 건설 현장의 북한 노동자들은 "
        "시간당 250루블 꼴로 하루 12시간을 일한다. 이들이 받는 돈 가운데 대부분은 '계획분'으로 "
        "대사관 산하 회사에 넘어간다.",
        {("wage", 250, 250, "RUB", None)},
        set(),
    ),
    (
        "yna.co.kr",
        "(모스크바=연합뉴스) 러시아 내무부 통계에 따르면 올해 '학생' 비자로 입국한 북한인이 크게 "
        "늘었다. 러시아 언론은 이들 상당수가 실제로는 건설 현장에서 일하며, 북한이 이들로부터 한 "
        "해 9천만 달러 이상을 거둬들일 것으로 내다봤다. 불법 취업이 적발되면 고용주는 외국인 "
        "1인당 최대 80만 루블의 과태료를 내야 한다.",
        {("revenue", 9000 * M, None, "USD", "year")},
        set(),
    ),
    (
        "donga.com",
        '중국 저장성 닝보의 한 수산 가공업체 사장은 동아일보와 통화에서 "중국인 직원은 월 6천 '
        '위안을 줘도 오지 않지만, 북한 여성 노동자들은 한 달 2천 위안이면 된다"고 말했다. 같은 '
        "일을 하는 한국 내 외국인 근로자 월급은 250만 원 안팎이다. 북한 노동자 월급 2천 위안은 "
        "우리 돈 약 38만 원이다.",
        {("wage", 2000, 2000, "CNY", "month")},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 북한 해외 노동자들이 번 돈의 대부분을 국가에 빼앗긴다는 증언입니다.\n"
        '중국에서 5년간 일하다 귀국한 평양 출신 노동자는 자유아시아방송에 "5년 동안 번 돈이 '
        '모두 2만 달러쯤 되는데, 집에 가져온 건 3천 달러가 안 된다"고 말했습니다. 그는 "같이 '
        '일한 중국 사람들은 그 돈으로 집을 샀다"고 덧붙였습니다.',
        {("wage", 2 * M, 2 * M, "USD", None), ("wage", None, 3000, "USD", None)},
        set(),
    ),
    (
        "kbs.co.kr",
        "[앵커] 북한 IT 노동자, 위장 취업으로 외화벌이\n"
        "[리포트] 정부 합동 조사 결과, 중국 선양에 거점을 둔 북한 IT 노동자 조직은 10명 안팎이 "
        "한 팀을 이뤄 팀당 한 해 100만 달러 이상을 벌어 온 것으로 드러났습니다. 이 가운데 최소 "
        "70%는 곧바로 군수공업부 계좌로 송금됐습니다. 같은 조직의 해커들은 국내 가상자산 "
        "거래소에서 250억 원을 빼돌린 혐의도 받고 있습니다.",
        {("revenue", 100 * M, None, "USD", "year"), ("state_share", 70, None)},
        set(),
    ),
]

# --- batch 5: percentages that are not the state's share beside ones that are ------------
# Written after the fixes of batches 1-4. Before the fixes: precision 16/16, recall 16/20, 5/8
# rows (what remains said after the figure, 600위안이 남는데; a sum compared with the GDP
# read as the GDP; 송금되는 not a hand-over; the pay word before a percentage change, 월급은
# 10% 남짓 오르는 데 그쳐 2천200위안, and an employer's pay read as a country's). After: 20/20,
# 20/20, 8/8.
D5: list[Article] = [
    (
        "yna.co.kr",
        "(서울=연합뉴스) 대북 소식통들에 따르면 중국 내 북한 노동자의 70% 이상이 여성이며, 이들의 "
        "월급은 1천800~2천200위안이다. 북한은 이들 임금의 약 60%를 '국가계획분'으로 거둔다. 중국 "
        "세관 통계상 올해 1~10월 북중 교역은 전년 동기 대비 15.2% 증가했다.",
        {("wage", 1800, 2200, "CNY", "month"), ("state_share", 60, 60)},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 러시아 극동의 북한 벌목공들 소식입니다.\n"
        "러시아 극동 지역 북한 노동자의 약 40%는 벌목장에서, 나머지는 건설 현장에서 일합니다. "
        '하바롭스크의 한 소식통은 "벌목공들은 월 5만 루블을 받지만 이 중 70%를 계획분으로 '
        '바친다"고 말했습니다. 러시아 정부는 외국인 근로자 소득에 13%의 소득세를 물립니다.',
        {("wage", 5 * M, 5 * M, "RUB", "month"), ("state_share", 70, 70)},
        set(),
    ),
    (
        "nknews.org",
        '북한인권정보센터가 탈북민 300명을 대상으로 한 설문에서 해외 파견 경험자의 85%가 "임금의 '
        '절반 이상을 빼앗겼다"고 답했다. 응답자들이 밝힌 파견 당시 월평균 임금은 550달러였다. '
        "귀국 후 다시 파견되기를 원한다는 응답은 62%였다.",
        {("state_share", 50, None), ("wage", 550, 550, "USD", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "러시아 연해주 북한 노동자들의 월급은 5만 루블 선에서 변함이 없지만, 루블화 가치가 30% "
        "떨어지면서 달러로 환산한 임금은 월 600달러에서 450달러로 줄었습니다. 북한 당국이 요구하는 "
        "상납금은 여전히 달러 기준 월 300달러입니다.",
        {
            ("wage", 5 * M, 5 * M, "RUB", "month"),
            ("wage", 600, 600, "USD", "month"),
            ("wage", 450, 450, "USD", "month"),
            ("wage", 300, 300, "USD", "month"),
        },
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 양강도 소식통에 따르면 중국으로 파견되는 노동자들은 출국 전 돈주에게 빌린 "
        "500달러를 월 5%의 이자로 갚아야 한다. 중국 공장에서 받는 월급 1천700위안 가운데 "
        "'계획분' 1천100위안을 내고 나면 600위안이 남는데, 그 절반이 빚 갚는 데 들어간다.",
        {
            ("wage", 1700, 1700, "CNY", "month"),
            ("wage", 1100, 1100, "CNY", "month"),
            ("wage", 600, 600, "CNY", "month"),
        },
        set(),
    ),
    (
        "yna.co.kr",
        "(서울=연합뉴스) 현대경제연구원은 보고서에서 북한 해외 노동자들의 송금액이 연간 5억 달러 "
        "안팎으로 북한 국내총생산(GDP)의 약 1.5%에 해당한다고 분석했다. 보고서는 또 동남아 등지의 "
        "북한 식당 매출 가운데 70~80%가 본국으로 송금되는 것으로 알려졌다고 전했다.",
        {("revenue", 5 * B, 5 * B, "USD", "year"), ("state_share", 70, 80)},
        set(),
    ),
    (
        "hani.co.kr",
        "러시아 내 북한 노동자의 60%가량은 건설, 25%는 벌목, 나머지는 농업과 수산업에 종사한다. "
        "업종별 월급은 건설이 8만~10만 루블로 가장 높고 농업은 4만 루블 안팎이다.",
        {("wage", 8 * M, 10 * M, "RUB", "month"), ("wage", 4 * M, 4 * M, "RUB", "month")},
        set(),
    ),
    (
        "kbs.co.kr",
        "[리포트] 북한 당국은 올해 중국 파견 노동자들의 상납 비율을 종전 60%에서 70%로 높였습니다. "
        "같은 기간 중국 업체들이 주는 월급은 10% 남짓 오르는 데 그쳐 2천200위안 수준입니다.",
        {("state_share", 60, 60), ("state_share", 70, 70), ("wage", 2200, 2200, "CNY", "month")},
        set(),
    ),
]

# --- batch 6: long pieces with other paragraphs, won sums, interviews, captions, courts ---
# Written after the fixes of batches 1-5. Before the fixes: precision 9/11, recall 9/14, 5/8
# rows (defectors' pay in the South, 북한이탈주민의 월평균 임금, read as the workers'; a level
# reached, 800달러까지 올랐습니다, read as a bound; "월 200달러에서 600달러로 세 배가 됐다" read
# as a range, and the plan quota (계획분) as the topic of the figure; an interview naming no
# abroad word not relevant). After: 12/12, 12/14, 7/8.
D6: list[Article] = [
    (
        "yna.co.kr",
        '北 해외노동자 월급 500달러 중 400달러 상납…"사실상 강제노동"\n'
        "(서울=연합뉴스) 이수진 기자 = 통일부는 17일 발간한 '북한 인권 보고서'에서 해외 파견 북한 "
        "노동자들이 월 500달러 안팎을 받지만 이 중 400달러 정도를 당국에 바치는 것으로 조사됐다고 "
        "밝혔다.\n"
        "보고서는 탈북민 508명의 증언을 토대로 작성됐다.\n"
        "한편 통일부는 올해 탈북민 정착지원금을 1인 가구 기준 1천만원으로 올렸다. 북한이탈주민의 "
        "월평균 임금은 245만원으로 일반 국민보다 50만원가량 적었다.",
        {("wage", 500, 500, "USD", "month"), ("wage", 400, 400, "USD", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 함경북도 소식통에 따르면 최근 러시아 파견 노동자 모집 공고가 붙자 청진의 "
        '제대군인들이 대거 몰렸다. 소식통은 "러시아에 가면 한 달에 최소 600달러는 번다는 소문이 '
        '돌았다"며 "장마당에서 쌀 1t을 살 수 있는 돈이 북한 돈 600만 원인데 그걸 두 달이면 '
        '번다고들 한다"고 전했다. 군관 월급은 북한 돈 10만 원 수준이다.',
        {("wage", 600, None, "USD", "month")},
        set(),
    ),
    (
        "rfa.org",
        "기자: 중국 공장에서 일했을 때 얼마나 받았습니까?\n"
        "탈북민 박모 씨: 계약서에는 월 2천 위안으로 돼 있었는데, 실제로 손에 들어온 건 한 달에 "
        "200위안 정도였습니다.\n"
        "기자: 나머지는 어디로 갔습니까?\n"
        "박 씨: 다 회사가 가져갔죠. 식당 밥값 명목으로도 한 달에 300위안을 떼고요. 중국 사람들은 "
        "같은 일 하고 4천 위안 받았어요.",
        {("wage", 2000, 2000, "CNY", "month"), ("wage", 200, 200, "CNY", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "유엔 안보리 대북제재위원회 전문가패널은 연례보고서에서 북한이 지난해 제재 대상인 석탄 "
        "수출로 약 3억7천만 달러, 해외 노동자 송출로 약 5억 달러를 벌어들인 것으로 "
        "추정했습니다. 패널은 또 북한이 수산물 밀수출로 1억 달러 이상을 챙겼다고 밝혔습니다.",
        {("revenue", 5 * B, 5 * B, "USD", "year")},
        set(),
    ),
    (
        "chosun.com",
        "[사진] 러시아 블라디보스토크의 한 아파트 건설 현장에서 북한 노동자들이 일하고 있다. "
        "/조선일보 DB\n"
        "러시아 현지 부동산 업체에 따르면 이 아파트의 분양가는 ㎡당 25만 루블이다. 이 현장의 북한 "
        "노동자들은 한 달 8만 루블을 받는데, 현지 러시아 노동자들의 절반 수준이다. 이 아파트 "
        "단지의 총 사업비는 150억 루블에 이른다.",
        {("wage", 8 * M, 8 * M, "RUB", "month")},
        set(),
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 서울중앙지검은 북한 IT 노동자들에게 앱 개발을 맡기고 모두 3억2천만원을 "
        "지급한 국내 업체 대표를 남북교류협력법 위반 혐의로 기소했다. 검찰에 따르면 중국 선양에 "
        "머물던 북한 IT 노동자 5명은 이 업체 일을 하며 1인당 월 300만원 안팎을 받았다. 업체 "
        "대표는 그 대가로 시세보다 30% 싼 값에 개발 용역을 받았다.",
        {
            ("revenue", 32_000 * M, 32_000 * M, "KRW", None),
            ("wage", 300 * M, 300 * M, "KRW", "month"),
        },
        set(),
    ),
    (
        "hani.co.kr",
        "러시아 통계청 자료를 보면 올해 1~6월 북-러 교역액은 340만 달러에 그쳤다. 그러나 실제로는 "
        "북한 노동자 송출 대가가 통계에 잡히지 않은 채 현금으로 오간다는 지적이 많다. 러시아 현지 "
        '인력업체 관계자는 "북한 노동자 한 명당 연 100만 루블을 북한 측에 지급하는 계약이 '
        '일반적"이라고 말했다.',
        {("wage", 100 * M, 100 * M, "RUB", "year")},
        set(),
    ),
    (
        "imbc.com",
        "[앵커] 러시아로 간 북한 노동자들, 임금은 올랐지만…\n"
        "[기자] 2016년만 해도 러시아 건설 현장의 북한 노동자 임금은 월 300달러 수준이었습니다. "
        "지금은 인력난 탓에 월 800달러까지 올랐습니다. 그러나 북한 당국이 걷어가는 '계획분'도 같은 "
        "기간 월 200달러에서 600달러로 세 배가 됐습니다. 러시아 건설업계의 인력 부족 규모는 올해 "
        "50만 명에 이릅니다.",
        {
            ("wage", 300, 300, "USD", "month"),
            ("wage", 800, 800, "USD", "month"),
            ("wage", 200, 200, "USD", "month"),
            ("wage", 600, 600, "USD", "month"),
        },
        set(),
    ),
]

# --- batch 7: briefing Q&A, bullet figures, governors, Africa, quotas, money changers ------
# Written after the fixes of batches 1-6. Before the fixes: precision 9/12, recall 9/11, 4/8
# rows (residents' income per head, 주민 1인당 소득, read as pay; a fee per occasion, 진료 한
# 번에 30달러; the second half of an exchange rate, 1달러에 7.2위안; a monthly answer to a
# question naming the workers). After: 10/10, 10/11, 7/8.
D7: list[Article] = [
    (
        "unikorea.go.kr",
        "[통일부 정례브리핑]\n"
        "기자: 러시아 파견 북한 노동자 임금 수준은 어느 정도로 파악하고 있습니까?\n"
        "부대변인: 여러 경로로 확인한 바로는 월 600~800달러 수준이고, 이 가운데 상당 부분이 북한 "
        "당국에 들어가는 것으로 보고 있습니다. 참고로 북한 주민 1인당 소득은 연 1천200달러 정도로 "
        "추정됩니다.",
        {("wage", 600, 800, "USD", "month")},
        set(),
    ),
    (
        "nknews.org",
        "NK뉴스가 정리한 북한 해외 노동 관련 주요 수치는 다음과 같다.\n"
        "▲ 북한 노동자 1인당 월 상납액: 500~700달러\n"
        "▲ 러시아 극동 북한 건설 노동자 월급: 1천~1천200달러\n"
        "▲ 북한의 연간 대러 수출: 약 1천만 달러\n"
        "▲ 러시아가 북한에 제공한 원유: 연 100만 배럴 이상",
        {("wage", 500, 700, "USD", "month"), ("wage", 1000, 1200, "USD", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        '(블라디보스토크=연합뉴스) 세르게이 볼코프 연해주 부지사는 현지 언론 인터뷰에서 "북한 '
        '노동자는 성실하고 숙련도가 높다"며 북한 인력 도입 확대 의사를 밝혔다. 연해주 정부는 올해 '
        "지역 인프라 건설에 1천200억 루블을 배정했다. 현지 업계에 따르면 북한 건설 노동자 "
        "인건비는 1인당 월 10만~12만 루블로, 중앙아시아 출신 노동자보다 20%가량 싸다.",
        {("wage", 10 * M, 12 * M, "RUB", "month")},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 아프리카 탄자니아에 파견된 북한 의료진이 현지에서 불법 진료로 돈을 벌고 있다는 "
        "소식입니다.\n"
        "현지 소식통에 따르면 북한 의사들은 침술 진료 한 번에 30달러를 받으며, 한 명이 한 달에 "
        "2천 달러 가까이 법니다. 이 가운데 매달 800달러를 대사관에 바쳐야 합니다. 탄자니아 "
        "보건부는 무허가 진료에 최대 500만 실링의 벌금을 매깁니다.",
        {("wage", 2000, 2000, "USD", "month"), ("wage", 800, 800, "USD", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 평양 소식통에 따르면 중국에 노동자를 보내는 평양의 한 무역회사는 올해 당 자금 "
        "과제로 200만 달러를 배정받았다. 이 회사가 중국 공장 3곳에 보낸 노동자 600명이 1인당 한 "
        "해 3천 달러씩 바쳐야 채울 수 있는 액수다. 이 회사 사장은 지난해 과제를 못 채워 평양 "
        "중구역 아파트 한 채 값인 5만 달러를 자기 돈으로 메웠다고 한다.",
        {("revenue", 200 * M, 200 * M, "USD", "year"), ("wage", 3000, 3000, "USD", "year")},
        {(600, 600)},
    ),
    (
        "hankyung.com",
        '중국 단둥의 한 환전상은 "북한 노동자들이 번 돈은 위안화로 북한 회사 계좌에 들어간 뒤 '
        '달러로 바뀌어 평양으로 간다"며 "요즘 환율은 1달러에 7.2위안 정도"라고 말했다. 그는 '
        '"공장 한 곳에서 매달 평양으로 넘어가는 돈이 20만 위안은 된다"고 덧붙였다. 이 환전상은 '
        "송금 1건당 수수료로 2%를 받는다.",
        {("revenue", 20 * M, 20 * M, "CNY", "month")},
        set(),
    ),
    (
        "kbs.co.kr",
        "[리포트] 올해 우리나라 최저임금은 시간당 1만30원, 월 환산액으로 209만6천270원입니다. "
        "반면 중국 공장에서 일하는 북한 노동자들의 임금은 월 300달러 안팎, 우리 돈 40만 원 "
        "수준입니다. 그나마 대부분은 북한 당국 몫입니다.",
        {("wage", 300, 300, "USD", "month")},
        set(),
    ),
    (
        "mk.co.kr",
        "중국 저장성의 한 가발업체 공시 자료에 따르면 이 회사는 지난해 북한 측 인력 파견 회사에 "
        "'기술 용역비' 명목으로 모두 860만 위안을 지급했다. 이 업체에서 일한 북한 노동자는 약 "
        "350명이었다. 회사의 지난해 매출은 12억 위안, 순이익은 9천만 위안이었다.",
        {("revenue", 860 * M, 860 * M, "CNY", "year")},
        {(350, 350)},
    ),
]

# --- batch 8: diplomats, border customs, host taxes, sanctions deals, brokers, IT in won ---
# Written after the fixes of batches 1-7. Before the fixes: precision 12/16, recall 12/15, 3/8
# rows (diplomats' pay, 대사관 직원들의 월급; a customs officer's take; a remittance example,
# 100위안을 보내면; the best earner, 실적이 좋은 사람은 한 해 30만 달러, read as revenue, and
# 받은 돈도 not takings; a host's tax report naming no abroad word not relevant). After: 14/16,
# 14/15, 5/8.
D8: list[Article] = [
    (
        "dailynk.com",
        "데일리NK 러시아 소식통에 따르면 모스크바 주재 북한 대사관 직원들의 월급은 본국 기준으로 "
        "300달러 수준이지만, 대사관이 관리하는 건설 노동자들은 한 달에 1천 달러 가까이 번다. "
        "노동자들은 이 가운데 700달러를 '국가 과제'로 대사관에 바친다.",
        {("wage", 1000, 1000, "USD", "month"), ("wage", 700, 700, "USD", "month")},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 중국에서 귀국하는 북한 노동자들이 신의주 세관에서 가져온 돈을 빼앗기고 있다는 "
        "소식입니다.\n"
        '평안북도의 한 소식통은 자유아시아방송에 "귀국 노동자들이 가져온 돈 2천 위안 가운데 '
        "세관원이 '검열비'라며 500위안을 떼어 갔다\"고 전했습니다. 이 노동자들은 중국 공장에서 월 "
        "1천800위안을 받았지만 대부분을 국가에 바쳤다고 합니다.",
        {("wage", 1800, 1800, "CNY", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "(서울=연합뉴스) 러시아 연방세무청 자료에 따르면 러시아 내 북한 국적자들이 지난해 낸 "
        "소득세는 모두 3억 루블로 집계됐다. 러시아는 외국인 근로자에게 월 8천 루블 안팎의 "
        "'특허세'를 별도로 걷는다. 전문가들은 북한 노동자 1인당 월 임금을 8만~9만 루블로 본다.",
        {("wage", 8 * M, 9 * M, "RUB", "month")},
        set(),
    ),
    (
        "nknews.org",
        "미 재무부 해외자산통제실(OFAC)은 북한 노동자를 고용해 제재를 위반한 러시아 건설사 2곳을 "
        "제재 명단에 올렸다. 재무부는 이들 업체가 2019년 이후 북한 측과 5천만 달러 규모의 거래를 "
        "했다고 밝혔다. 이 업체들에서 일한 북한 노동자들은 월 급여의 80~90%를 북한 당국에 빼앗긴 "
        "것으로 조사됐다.",
        {("state_share", 80, 90)},
        set(),
    ),
    (
        "voakorea.com",
        '중국 지린성의 한 수산물 가공업체 관계자는 VOA에 "북한 노동자를 쓰면 중국인을 쓸 때보다 '
        '1인당 한 해 3만 위안을 아낄 수 있다"고 말했습니다. 이 업체는 북한 노동자 1인당 월 '
        "2천400위안을 북한 측 관리인에게 건넵니다. 기숙사 임대료는 업체가 따로 월 2만 위안을 "
        "냅니다.",
        {("wage", 2400, 2400, "CNY", "month")},
        set(),
    ),
    (
        "hani.co.kr",
        "중국에서 일하는 북한 노동자들은 브로커를 통해 북한의 가족에게 돈을 보내는데, 100위안을 "
        "보내면 수수료로 30위안을 뗀다. 한 노동자는 '한 달 월급 2천 위안에서 국가 몫 1천400위안을 "
        "떼고 남은 600위안 가운데 절반을 집에 보낸다'고 말했다.",
        {
            ("wage", 2000, 2000, "CNY", "month"),
            ("wage", 1400, 1400, "CNY", "month"),
            ("wage", 600, 600, "CNY", "month"),
        },
        set(),
    ),
    (
        "sbs.co.kr",
        '[단독] "北 IT 노동자 1명이 연 4억원 벌어"…대부분 평양으로\n'
        "SBS가 입수한 정부 자료에 따르면 동남아에서 활동하는 북한 IT 노동자 가운데 실적이 좋은 "
        "사람은 한 해 30만 달러, 우리 돈 약 4억 원을 번다. 이 돈의 90% 이상이 평양으로 보내진다. "
        "정부는 이들이 국내 기업에 위장 취업해 받은 돈도 수십억 원에 이를 것으로 보고 있다.",
        {
            ("wage", 30 * M, 30 * M, "USD", "year"),
            ("state_share", 90, None),
            ("revenue", 20 * B, 100 * B - 1, "KRW", None),
        },
        set(),
    ),
    (
        "yna.co.kr",
        "(서울=연합뉴스) 국책연구기관인 통일연구원은 북한이 1990년대 이후 해외 노동자 파견으로 "
        "벌어들인 돈이 누적 150억 달러 안팎이라고 추산했다. 연구원은 최근 몇 년간은 연평균 "
        "2억~3억 달러로 줄었으며, 노동자 1인당 연간 상납액은 2천~3천 달러로 추정했다. 연구원은 "
        "같은 기간 북한의 핵·미사일 개발에 최소 16억 달러가 들어갔다고 분석했다.",
        {
            ("revenue", 150 * B, 150 * B, "USD", None),
            ("revenue", 2 * B, 3 * B, "USD", "year"),
            ("wage", 2000, 3000, "USD", "year"),
        },
        set(),
    ),
]

# --- batch 9: phones, tourism, arrears, introduction fees, vague sums, rewards, lists -----
# Written after the fixes of batches 1-8. Before the fixes: precision 12/14, recall 12/14, 6/8
# rows (an item's price, 건당 수백 달러짜리 일감, read as pay; some workers' 월 수만 달러 read
# as revenue by its size; 현지 노동자들의 월급, meant as the DPRK workers there, read as the
# locals'). After: 12/13, 12/14, 6/8 (the price fixed).
D9: list[Article] = [
    (
        "dailynk.com",
        "데일리NK 중국 소식통에 따르면 단둥의 북한 여성 노동자들 사이에서는 중국산 스마트폰이 "
        "인기다. 한 대에 1천500위안 하는 휴대전화를 사려면 석 달 치 용돈을 모아야 한다. 이들이 한 "
        "달에 받는 용돈은 500위안 남짓으로, 공장이 주는 월급 2천300위안의 대부분은 북한 회사가 "
        "가져간다.",
        {("wage", 500, None, "CNY", "month"), ("wage", 2300, 2300, "CNY", "month")},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 러시아인들의 북한 원산 관광이 늘고 있는 가운데, 북한이 관광 수입과 노동자 송출로 "
        "러시아에서 벌어들이는 외화가 크게 늘었다는 분석입니다.\n"
        '한국의 한 대북 전문가는 자유아시아방송에 "러시아 관광객 1인당 관광 비용은 1천400달러 '
        '정도"라며 "그러나 규모로 보면 노동자 송출이 훨씬 커, 러시아에 있는 북한 노동자들이 한 해 '
        '본국에 보내는 돈만 2억 달러 안팎"이라고 말했습니다.',
        {("revenue", 2 * B, 2 * B, "USD", "year")},
        set(),
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 중국 저장성의 한 의류업체가 코로나 기간 북한 노동자 200여 명에게 주지 못한 "
        "임금이 모두 300만 위안에 이르는 것으로 알려졌다. 업체는 밀린 임금 대신 북한 측에 원단 "
        "100만 위안어치를 넘겼다. 이 업체 노동자들의 정상 월급은 2천100위안이었다.",
        {("wage", 2100, 2100, "CNY", "month")},
        {(200, None)},
    ),
    (
        "yna.co.kr",
        "(모스크바=연합뉴스) 러시아 건설업체들은 북한 노동자 1명을 소개받을 때마다 중개 업체에 "
        "5만 루블의 소개비를 낸다. 여기에 매달 노동자 1명당 9만 루블을 북한 측 회사에 보낸다. "
        "업체들로서는 중앙아시아 출신 노동자에게 주는 월 12만 루블보다 싸다는 계산이다.",
        {("wage", 9 * M, 9 * M, "RUB", "month")},
        set(),
    ),
    (
        "hankookilbo.com",
        "해외에 나가 있는 북한 IT 노동자들은 프리랜서 플랫폼에서 건당 수백 달러짜리 일감을 따내 한 "
        "달에 수천 달러를 번다. 일부는 여러 기업에 동시에 취업해 월 수만 달러를 챙기기도 한다. "
        "이들이 사용하는 가짜 신분증은 한 장에 200달러에 거래된다.",
        {("wage", 2000, 9999, "USD", "month"), ("wage", 20_000, 99_999, "USD", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "유엔 전문가패널은 북한이 해외 노동자로부터 거둬들이는 돈이 한 해 최대 5억 달러로, 북한의 "
        "연간 외화 수입의 3분의 1가량에 해당한다고 추정했습니다. 패널은 북한 노동자 한 명이 한 "
        "해 평균 3천~5천 달러를 국가에 바친다고 밝혔습니다.",
        {("revenue", None, 5 * B, "USD", "year"), ("wage", 3000, 5000, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 소식통에 따르면 러시아 파견 노동자 가운데 탈출자를 신고하면 1인당 1천 달러의 "
        "포상금을 준다는 지시가 내려왔다. 현지 노동자들의 월급이 600달러 안팎인 점을 고려하면 "
        "적지 않은 돈이다. 반면 탈출하다 붙잡힌 노동자의 가족은 벌금으로 북한 돈 500만 원을 "
        "물어야 한다.",
        {("wage", 600, 600, "USD", "month")},
        set(),
    ),
    (
        "chosun.com",
        "정부 소식통에 따르면 국가별 북한 노동자 월급은 중국 2천~2천500위안, 러시아 8만~10만 "
        "루블, 중동 800~1천 달러 수준이다. 같은 일을 하는 현지인 월급은 이보다 두세 배 많다. "
        "북한은 2023년 한 해에만 해외 노동자 송출로 3억 달러 넘게 벌었다.",
        {
            ("wage", 2000, 2500, "CNY", "month"),
            ("wage", 8 * M, 10 * M, "RUB", "month"),
            ("wage", 800, 1000, "USD", "month"),
            ("revenue", 3 * B, None, "USD", "year"),
        },
        set(),
    ),
]

# --- batch 10: Kaesong, dirhams, restaurants, pay cuts, piece work, IT in won, contracts ----
# Written after the fixes of batches 1-9, the last blind round. Before the fixes: precision
# 14/16, recall 14/15, 6/8 rows (the area's own workers, 이 지역 건설 노동자 평균 월급, read as
# the DPRK workers'; dues over a three-year contract read monthly, in the body and the
# headline; the second is a period only, the scorer's key being kind and bounds). After:
# 15/16, 15/15, 7/8.
D10: list[Article] = [
    (
        "tongilnews.com",
        "개성공단 가동 당시 북측 근로자 월 최저임금은 75달러였다. 지금 러시아에 나가 있는 북한 "
        "건설 노동자들은 그 10배가 넘는 월 800달러 안팎을 받는 것으로 전해진다. 다만 이 중 "
        "600달러 이상이 국가 계획분으로 빠져나간다.",
        {("wage", 800, 800, "USD", "month"), ("wage", 600, None, "USD", "month")},
        set(),
    ),
    (
        "nocutnews.co.kr",
        '아랍에미리트(UAE) 두바이의 한 건설 현장 감독은 "북한 노동자들은 하루 11시간을 일하고 월 '
        '1천500디르함을 받는데, 방글라데시 노동자는 월 1천200디르함을 받는다"고 말했다. 북한 '
        "노동자들은 이 가운데 1천디르함을 '충성 자금'으로 바쳐야 한다. 두바이의 원룸 월세는 "
        "4천디르함이 넘는다.",
        {("wage", 1500, 1500, "AED", "month"), ("wage", 1000, 1000, "AED", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        '(서울=연합뉴스) 정부 소식통은 "북한이 동남아 지역 식당 20여 곳에서 한 해 1천만 달러가량을 '
        '벌어들이고 있다"며 "식당 한 곳에 종업원 15~20명이 일한다"고 전했다. 이 소식통은 북한의 '
        "올해 석탄 밀수출 규모를 4억 달러로 추정했다.",
        {("revenue", 1000 * M, 1000 * M, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 중국 소식통에 따르면 랴오닝성의 한 전자공장은 최근 경기 침체로 북한 노동자 "
        "월급을 2천400위안에서 2천 위안으로 깎았다. 그런데도 북한 측 관리자는 노동자 1인당 월 "
        "1천600위안의 과제금을 그대로 걷고 있다. 공장 측은 지난달 무단결근한 노동자에게 하루 "
        "200위안씩 벌금을 물렸다.",
        {
            ("wage", 2400, 2400, "CNY", "month"),
            ("wage", 2000, 2000, "CNY", "month"),
            ("wage", 1600, 1600, "CNY", "month"),
        },
        set(),
    ),
    (
        "rfa.org",
        "앵커: 중국 내 북한 봉제 노동자들이 성과급제로 일하면서 월급이 크게 줄었다는 소식입니다.\n"
        '중국 광둥성의 한 봉제업체 관계자는 "북한 노동자들은 셔츠 한 벌에 3위안을 받는데, 하루 '
        '60벌을 만들어 한 달에 4천 위안 남짓을 번다"고 말했습니다. 그는 "이 가운데 3천 위안은 북한 '
        '회사가 가져간다"고 덧붙였습니다.',
        {("wage", 4000, None, "CNY", "month"), ("wage", 3000, 3000, "CNY", "month")},
        set(),
    ),
    (
        "khan.co.kr",
        "국가정보원은 북한 IT 인력 수천 명이 해외에서 연간 5억~6억 달러(약 7천억~8천억 원)를 "
        "벌어들이는 것으로 파악했다. 국정원은 이 돈이 북한의 핵·미사일 개발 예산의 상당 부분을 "
        "충당한다고 분석했다. 국정원은 북한의 미사일 1발 가격을 최대 2천만 달러로 추산했다.",
        {("revenue", 5 * B, 6 * B, "USD", "year")},
        {(2000, 9999)},
    ),
    (
        "nknews.org",
        "러시아 하바롭스크 지방 통계청에 따르면 이 지역 건설 노동자 평균 월급은 9만5천 루블이다. "
        "반면 현지에서 일하는 북한 노동자들은 같은 일을 하고도 월 5만 루블 정도를 받고, 이마저도 "
        "절반 이상을 본국에 보내야 한다.",
        {("wage", 5 * M, 5 * M, "RUB", "month"), ("state_share", 50, None)},
        set(),
    ),
    (
        "mbn.co.kr",
        "[MBN 단독] 북한 노동자, 3년 계약에 '충성자금'만 1인당 3천 달러\n"
        "러시아에 파견된 북한 노동자들은 3년 계약 기간 동안 1인당 모두 3천 달러의 충성자금을 "
        "내야 하는 것으로 확인됐습니다. 이와 별도로 매달 월급의 70%를 계획분으로 떼입니다. "
        "노동자들이 출국 전 내는 여권 발급비는 100달러입니다.",
        {("wage", 3000, 3000, "USD", None), ("state_share", 70, 70)},
        set(),
    ),
]

# --- batch 11: a court in Europe, Laos, a denial, a think tank's list, tugriks, a reader's
# question, a won headline -------------------------------------------------------------------
# Written after every fix of batches 1-10. Before its fixes: precision 11/14, recall 11/13,
# 3/7 rows (another nation's welders, 폴란드 용접공; "100달러도 안 돌아간다" not a bound; a
# figure in a claim the text calls made up, 날조된 주장; the state's part said with 보통).
# After: 13/13, 13/13, 7/7.
D11: list[Article] = [
    (
        "yna.co.kr",
        "(바르샤바=연합뉴스) 폴란드 법원은 북한 용접공을 고용한 조선소 하청업체에 체불 임금과 "
        "과태료로 모두 12만 유로를 물라고 판결했다. 판결문에 따르면 이 업체의 북한 용접공들은 "
        "2016년 시간당 4유로를 받았는데, 같은 일을 한 폴란드 용접공은 시간당 12유로를 받았다. "
        "북한 측 인력회사는 용접공 1인당 월 1천 유로 가운데 800유로를 가져갔다.",
        {
            ("wage", 4, 4, "EUR", None),
            ("wage", 1000, 1000, "EUR", "month"),
            ("wage", 800, 800, "EUR", "month"),
        },
        set(),
    ),
    (
        "rfa.org",
        "앵커: 라오스 비엔티안의 북한 식당들이 코로나 이후 영업을 재개했다는 소식입니다.\n"
        '현지 교민은 자유아시아방송에 "냉면 한 그릇이 8만 킵, 우리 돈 5천 원 정도"라며 "식당 한 '
        '곳이 한 달에 본국으로 보내야 하는 돈이 1만 달러라고 들었다"고 말했습니다. 이 교민은 "여성 '
        '종업원들 손에는 한 달 100달러도 안 돌아간다"고 전했습니다.',
        {("revenue", 1 * M, 1 * M, "USD", "month"), ("wage", None, 100, "USD", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        '북한 조선중앙통신은 "미국이 우리 근로자들이 해외에서 한 해 수억 달러를 벌어 무기 개발에 '
        '쓴다는 날조된 주장을 펴고 있다"고 비난했다. 앞서 미 국무부는 북한 해외 노동자들이 매년 '
        "5억 달러 이상을 벌어들인다고 발표했다.",
        {("revenue", 5 * B, None, "USD", "year")},
        set(),
    ),
    (
        "joongang.co.kr",
        "아산정책연구원 보고서에 실린 추정치는 다음과 같다. ▲해외 노동자 송금: 연 3억~5억 달러 "
        "▲가상자산 탈취: 연 10억~17억 달러 ▲무기 수출: 연 5억~10억 달러. 보고서는 노동자 송금이 "
        "북한 외화 수입의 15% 안팎이라고 설명했다.",
        {("revenue", 3 * B, 5 * B, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 몽골 소식통에 따르면 울란바토르의 북한 봉제공장 노동자들은 월 80만 투그릭을 "
        "받는다. 이는 몽골 법정 최저임금 66만 투그릭을 조금 넘는 수준이다. 공장 측은 노동자 "
        "숙소비로 1인당 월 15만 투그릭을 떼고 나머지를 북한 측 관리자에게 넘긴다.",
        {("wage", 80 * M, 80 * M, "MNT", "month")},
        set(),
    ),
    (
        "nknews.org",
        "[독자 질문] 북한 노동자는 한 달에 얼마를 버나?\n"
        "지역과 업종에 따라 다르지만, 중국 공장은 월 2천 위안 안팎, 러시아 건설 현장은 월 1천 달러 "
        "안팎이 일반적이다. 이 가운데 국가가 떼어 가는 몫은 보통 60~80%다. 참고로 북한 내 공장 "
        "노동자의 공식 월급은 북한 돈 5천 원 정도다.",
        {
            ("wage", 2000, 2000, "CNY", "month"),
            ("wage", 1000, 1000, "USD", "month"),
            ("state_share", 60, 80),
        },
        set(),
    ),
    (
        "hani.co.kr",
        "중국 수산공장 北 노동자 월급 40만원…그나마 80%는 당국 몫\n"
        "중국 산둥성 웨이하이의 수산물 가공공장에서 일하는 북한 여성 노동자 300여 명은 월 "
        "2천100위안, 우리 돈 약 40만 원을 받는다. 공장 측은 지난해 북한 노동자 고용으로 인건비를 "
        "1천만 위안 넘게 아꼈다.",
        {("wage", 2100, 2100, "CNY", "month"), ("state_share", 80, 80)},
        {(300, None)},
    ),
]

# All eleven batches before their fixes: money precision 127/149, recall 127/154 (per counted:
# a claim with the right bounds and the wrong period is one extra and one missed); batches
# 3-11, written after the first fixes, 105/124 and 105/127 (the honest unseen measure);
# batches 8-11, the last four, 49/60 and 49/57. After the fixes: 144/149 and 144/154, 78/87
# rows right; the rest are strict xfails below (four of them the relevance gate, not money).
BATCHES = {
    "d1": D1,
    "d2": D2,
    "d3": D3,
    "d4": D4,
    "d5": D5,
    "d6": D6,
    "d7": D7,
    "d8": D8,
    "d9": D9,
    "d10": D10,
    "d11": D11,
}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {
    "d2-01": "no labour term in the whole excerpt (women back from a factory in China, "
    "'공장에서 3년을 채우고 돌아온 신의주 여성들'): no claims are built",
    "d6-02": "relevance: an interview of a defector about a factory in China with no abroad "
    "word ('중국 공장에서 일했을 때 얼마나 받았습니까?') reads as irrelevant",
    "d7-07": "'북한 측 인력 파견 회사에 … 기술 용역비 명목으로 모두 860만 위안을 지급했다': "
    "a payment to the DPRK side under a fee's label reads as a fee",
    "d8-02": "relevance: a host's tax figures with no abroad word ('러시아 내 북한 국적자들', "
    "'외국인 근로자') read as irrelevant",
    "d9-04": "'일부는 여러 기업에 동시에 취업해 월 수만 달러를 챙기기도': some workers' monthly "
    "pay at a size no longer one worker's reads as revenue",
    "d9-06": "'현지 노동자들의 월급이 600달러 안팎': the workers there, written as 현지 노동자 "
    "(which usually names the locals), read as another nation's",
    # d10-07 passes since komoney10: a headline wage the body states only as a whole
    # stay's keeps no period (_headline_stay)
}

ROWS = batch_rows(BATCHES, KNOWN)


@pytest.mark.parametrize(("publisher", "text", "money", "counts"), ROWS)
def test_distractor_money_and_counts(extractor, publisher, text, money, counts):
    assert claims(extractor, text, publisher) == (money, counts)
