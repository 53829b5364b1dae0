"""Korean money precision, a second blind set of distractors: short excerpts (1-4
sentences) in the styles of Yonhap, Daily NK, RFA and VOA Korean, NIS and 통일부
briefings and NGO reports, all about DPRK workers abroad. About half state a money claim
(the workers' pay, the state's take per worker or in percent, the state's labour revenue);
every one carries money that is no claim: rent, food and goods prices, bribes and fines,
exchange rates, a firm's capital or a contract's value, sanctions penalties and rewards,
aid, trade and coal exports, remittance fees, South Korean, local and other nations'
workers' pay, the host's minimum wage, smuggling, tuition, tickets, GDP and income per
head, interest rates and tax rates. Every person, outlet desk and figure is invented.

Money claims compare as ``(kind, low, high, currency, per)`` (``("state_share", low,
high)`` for shares); worker counts as ``(low, high)``. Articles go through the public
:meth:`Extractor.extract`, relevance gate included.

Before any fix (the first run, all five batches written and committed first): money
precision 34/44, recall 34/38, 36/50 rows right. The ten extra: a dinner course's price
(1인당 298위안에 판다), a tour's price (1인당 1천800달러), South Korean welders' yearly pay
(평균 연봉 5천만 원) read as revenue, a coal ship's takings (100만 달러의 수입), a
defector's pay in the South (월 230만 원), a sum in a remittance example (송금받은
100위안), a firm's capital (자본금 1천만 루블), an app's price (앱 하나를 500달러에),
Chinese workers' cost per head (1인당 6천 위안) and local day labourers' hourly pay (현지
일용직은 시간당 500루블). The four missed: a share as 국가 과제로 내고 and one taken
before tax (임금의 80%를 … 넘긴다), a yearly quota per worker (국가 과제금은 연 1만8천
위안), the state's monthly takings as 인건비 명목으로 … 챙겼다.

After the fixes (a price said as "<figure>에 판다/만들어/사"; an example's amount before
바꾸면/보내면; goods traded in a sentence of no work; pay after a place in South Korea;
capital, an employer's whole cost and goods for sale as exclusions; day labourers and
shipyards among other nations' workers; 국가 과제 as the state's take; "…기 전에" ending
a clause; a labour cost the DPRK takes): precision 37/37, recall 37/38, 49/50 rows; the
quota per worker is read right, but its excerpt names no DPRK word and is gated out.

Batches 6-9 were each written after the fixes of the ones before (the comments above them
give each one's figures). All nine before their own fixes: money precision 80/98, recall
80/97; batches 6-9 alone 46/54 and 46/59. After every fix: 93/96 and 93/97, 100/104
excerpts right, the four others strict xfails (a claim with the right bounds and the wrong
period or kind counts as one extra and one missed). Since komoney7 the years of work before
a hand-over verb (3년간 일하며 국가에 바치는 돈은) keep the stay's total without a period, so
e9-05 passes, and a workplace that sends to the state (식당이 본국에 보내야 하는 돈은) is
the unit of its amount, so e9-00 does too (102/104 rows).
"""

from __future__ import annotations

import pytest

from .tables import batch_rows
from .test_extract_korean_money_articles import Article, B, M, claims

# --- batch 1: rent, bribes, host minimum pay, penalties, aid, tickets, GDP, fees ----------
E1: list[Article] = [
    (
        "yna.co.kr",
        "(블라디보스토크=연합뉴스) 블라디보스토크 시내에서 북한 건설 노동자들이 함께 쓰는 숙소의 "
        "월세는 15만 루블로 알려졌다. 숙소 임대료는 러시아 건설업체가 내며, 노동자들은 한 달 7만 "
        "루블의 임금 가운데 4만 루블을 북한 회사에 바친다.",
        {("wage", 7 * M, 7 * M, "RUB", "month"), ("wage", 4 * M, 4 * M, "RUB", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 양강도 소식통에 따르면 최근 중국 파견 노동자 선발에서 떨어지지 않으려고 보위부 "
        "간부에게 담배 10보루와 현금 300달러를 건넨 사례가 잇따르고 있다. 혜산 장마당에서 입쌀 "
        '1kg 가격은 북한 돈 8천500원으로 한 달 새 10% 올랐다. 소식통은 "해외에 나가려면 뇌물로만 '
        '1천 달러는 든다"고 말했다.',
        set(),
        set(),
    ),
    (
        "rfa.org",
        "앵커: 중국 정부가 지린성 최저임금을 올렸지만 북한 노동자들의 월급은 그대로라는 "
        "소식입니다.\n"
        '지린성 훈춘의 한 수산가공업체 관계자는 자유아시아방송에 "올해 지린성 1급 지역 '
        "최저임금이 월 2천120위안으로 올랐는데, 북한 노동자들은 여전히 월 1천700위안을 "
        '받는다"고 말했습니다. 최근 훈춘에서 위안화 환율은 1달러당 7.1위안 안팎입니다.',
        {("wage", 1700, 1700, "CNY", "month")},
        set(),
    ),
    (
        "nknews.org",
        "미 재무부는 북한 노동자를 고용하고 그 임금을 북한 측 계좌로 송금한 싱가포르 해운 "
        "중개업체에 민사 제재금 150만 달러를 부과했다고 밝혔다. 재무부에 따르면 이 업체는 "
        "2018~2020년 모두 42차례에 걸쳐 북한 관련 거래를 했다. 미 법무부는 같은 사건으로 몰수한 "
        "자금 24만 달러를 국고에 귀속시켰다.",
        set(),
        set(),
    ),
    (
        "voakorea.com",
        "미국의소리(VOA)는 유엔 인도주의업무조정국(OCHA) 자료를 인용해 올해 국제사회의 대북 "
        "인도적 지원액이 230만 달러로 10년 만에 가장 적었다고 전했습니다. 반면 한국 정부는 북한이 "
        "해외 노동자 파견으로 해마다 2억 달러 이상을 벌어들이고 있다고 보고 있습니다.",
        {("revenue", 2 * B, None, "USD", "year")},
        set(),
    ),
    (
        "chosun.com",
        "중국 선양의 한 북한 식당. 이곳 여종업원들은 공연을 곁들인 저녁 코스를 1인당 298위안에 "
        "판다. 공연 관람권은 따로 50위안이다. 식당 사정을 잘 아는 조선족 사업가는 "
        '"종업원들이 받는 돈은 한 달 800위안이 전부이고, 나머지는 평양으로 간다"고 말했다.',
        {("wage", 800, 800, "CNY", "month")},
        set(),
    ),
    (
        "hani.co.kr",
        "러시아 블라디보스토크의 극동연방대학에 다니는 북한 유학생들의 한 학기 등록금 18만 "
        "루블은 러시아 측이 장학금으로 낸다. 러시아 당국은 이들 가운데 일부가 방학 동안 건설 "
        "현장에서 노동자로 일하는 것은 아닌지 조사하고 있다.",
        set(),
        set(),
    ),
    (
        "yna.co.kr",
        "(서울=연합뉴스) 한국은행은 지난해 북한의 실질 국내총생산(GDP)이 3.7% 늘었고 명목 "
        "국민총소득(GNI)은 40조원 규모라고 추정했다. 북한의 대외교역 규모는 27억 달러였다. "
        "한국은행은 북한이 러시아 파견 노동자를 통해 벌어들인 외화는 교역 통계에 잡히지 않는다며, "
        "그 규모를 연 1억~2억 달러로 추산했다.",
        {("revenue", 1 * B, 2 * B, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 중국 소식통에 따르면 랴오닝성 단둥의 북한 노동자들이 북한의 가족에게 돈을 보낼 "
        "때 화교 송금업자에게 떼이는 수수료가 송금액의 20%까지 올랐다. 이들은 매달 받는 "
        "2천400위안 가운데 65%를 국가 과제로 내고, 나머지를 쪼개 집에 돈을 부친다.",
        {("wage", 2400, 2400, "CNY", "month"), ("state_share", 65, 65)},
        set(),
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 러시아 연해주의 한 건설사가 북한 인력 송출 회사와 노동자 도입 계약을 맺은 "
        "것으로 확인됐다. 이 건설사의 자본금은 5억 루블이며, 북한 노동자들이 투입될 "
        "블라디보스토크 항만 물류센터 공사의 공사비는 총 38억 루블이다. 러시아 당국은 이 계약이 "
        "유엔 안보리 결의 위반인지 살펴보고 있다.",
        set(),
        set(),
    ),
]

# --- batch 2: other workers' pay, smuggling, food money, penalties, tours, exchange -------
E2: list[Article] = [
    (
        "rfa.org",
        "앵커: 러시아 연해주 건설 현장의 인건비가 크게 올랐다는 소식입니다.\n"
        '연해주의 한 건설 현장 소장은 자유아시아방송에 "요즘 러시아 미장공은 하루 8천 루블을 '
        '달라고 하고, 우즈베크 사람들도 월 15만 루블 아래로는 안 온다"며 "북한 사람들은 팀으로 '
        '계약하는데 1인당 월 11만 루블 꼴"이라고 말했습니다.',
        {("wage", 11 * M, 11 * M, "RUB", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "(단둥=연합뉴스) 중국 해관총서는 단둥항에서 북한산 수산물 밀수 조직을 적발해 시가 "
        "4천만 위안어치를 압수했다고 밝혔다. 이 조직은 북한 노동자들이 일하는 인근 가공공장을 "
        "거쳐 원산지를 중국산으로 바꿔 수출한 것으로 조사됐다. 주범에게는 벌금 200만 위안이 "
        "선고됐다.",
        set(),
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 러시아 소식통에 따르면 모스크바 외곽 건설 현장의 북한 노동자들은 하루 세 끼 "
        "식비로 1인당 월 6천 루블씩을 북한 회사에 따로 내고 있다. 이들이 한 달에 손에 쥐는 돈은 "
        "1만5천 루블 안팎인데, 감자 1kg이 60루블, 라면 한 봉지가 40루블이라 생활이 빠듯하다.",
        {("wage", 15_000, 15_000, "RUB", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "미국의소리(VOA)는 호주 정부가 북한 노동자들이 일한 원양어선을 운영한 자국 수산업체에 "
        "85만 호주달러의 벌금을 물렸다고 전했습니다. 호주는 같은 날 유엔아동기금(UNICEF)의 대북 "
        "영양 지원 사업에 300만 호주달러를 내놓기로 했습니다.",
        set(),
        set(),
    ),
    (
        "kbs.co.kr",
        "[리포트] 국내 조선소 용접공의 평균 연봉은 5천만 원을 넘습니다. 하지만 같은 용접 일을 "
        "하는 러시아 내 북한 노동자들은 월 900달러를 받고, 이 가운데 70% 이상을 '계획분'으로 "
        "바칩니다.",
        {("wage", 900, 900, "USD", "month"), ("state_share", 70, None)},
        set(),
    ),
    (
        "nknews.org",
        "한국은행이 추정한 북한의 국내총생산(GDP)은 약 30조 원이다. 전문가들은 북한이 중국과 "
        "러시아 등지에 보낸 노동자들로부터 거둬들이는 돈을 연간 3억~5억 달러(약 4천억~7천억 "
        "원)로 보는데, 이는 GDP의 2% 안팎에 해당한다.",
        {("revenue", 3 * B, 5 * B, "USD", "year")},
        set(),
    ),
    (
        "hankookilbo.com",
        "북한이 러시아 관광객에게 원산 갈마 해안관광지구 상품을 팔기 시작했다. 블라디보스토크에서 "
        "출발하는 5박 6일 상품은 1인당 1천800달러, 평양행 왕복 항공권은 600달러 선이다. 러시아 "
        "업계는 북한이 관광과 노동자 송출을 묶어 외화벌이를 늘리려 한다고 본다.",
        set(),
        set(),
    ),
    (
        "hankyung.com",
        '중국 랴오닝성 다롄의 한 봉제공장 관계자는 "북한 노동자 1인당 월 2천800위안을 북한 측 '
        '대표에게 넘기는데, 이 가운데 노동자에게 돌아가는 건 500위안 남짓"이라고 말했다. 최근 '
        "다롄에서 위안화는 1달러에 7.25위안에 거래된다.",
        {("wage", 2800, 2800, "CNY", "month"), ("wage", 500, None, "CNY", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "(서울=연합뉴스) 통일부는 중국 공장에서 일하다 탈북한 북한 여성 노동자들도 다른 탈북민과 "
        "같이 임대주택 보증금 1천300만 원과 직업훈련비를 지원받는다고 밝혔다. 이들이 국내 대학에 "
        "진학하면 등록금은 국가가 전액 지원한다.",
        set(),
        set(),
    ),
    (
        "mbn.co.kr",
        "[MBN 단독] 北, 중동 건설 노동자로 연 5천만 달러\n"
        "카타르와 쿠웨이트 등 중동 건설 현장에 남은 북한 노동자들이 한 해 5천만 달러가량을 본국에 "
        "보내는 것으로 파악됐습니다. 미국은 이 돈의 흐름에 관여한 북한 회사 두 곳에 최대 30만 "
        "달러의 민사 벌금을 매길 수 있다고 경고했습니다.",
        {("revenue", 5000 * M, 5000 * M, "USD", "year")},
        set(),
    ),
]

# --- batch 3: goods carried home, Cambodia, coal, tax rates, a defector's pay, IT, rent ----
E3: list[Article] = [
    (
        "dailynk.com",
        "데일리NK 러시아 소식통에 따르면 귀국을 앞둔 북한 노동자들 사이에서 중고 발전기가 인기 "
        "품목으로 떠올랐다. 하바롭스크 벼룩시장에서 중고 발전기 한 대는 2만5천 루블, 중국산 "
        "태양광 패널은 8천 루블에 팔린다. 세관을 통과할 때 세관원에게 건네는 '인사비'는 50달러 "
        "정도다.",
        set(),
        set(),
    ),
    (
        "rfa.org",
        "앵커: 캄보디아 프놈펜의 북한 식당 종업원들 소식입니다.\n"
        '현지 교민은 자유아시아방송에 "프놈펜 봉제공장 노동자 최저임금이 월 206달러인데, 북한 '
        '식당 종업원들은 한 달 150달러를 받는다고 들었다"고 말했습니다. 이 식당의 평양냉면 한 '
        "그릇 값은 9달러입니다.",
        {("wage", 150, 150, "USD", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "(서울=연합뉴스) 유엔 안보리 대북제재위원회 보고서에 따르면 북한은 지난해 석탄 수출로 약 "
        "4억 달러를 벌었고, 러시아와 맺은 노동자 파견 관련 계약도 적어도 3건 확인됐다. 보고서는 "
        "북한 선박 한 척이 석탄 1만t을 실어 나르면 약 100만 달러의 수입을 올린다고 분석했다.",
        set(),
        set(),
    ),
    (
        "nknews.org",
        "러시아 법에 따라 외국인 근로자는 소득의 13%를 소득세로 내야 하지만, 러시아의 북한 "
        "노동자들은 세금을 떼기 전에 이미 임금의 80%를 북한 회사에 넘긴다. 러시아 건설업계의 "
        "올해 임금 상승률은 12%였다.",
        {("state_share", 80, 80)},
        set(),
    ),
    (
        "hani.co.kr",
        "중국 공장에서 일했던 북한 노동자 출신 탈북민 김아무개 씨는 지금 경기도의 한 전자부품 "
        "공장에서 일하며 월 230만 원을 받는다. 올해 한국의 최저임금은 시간당 1만30원이다. 김씨는 "
        '"중국에서는 한 달 내내 일해도 손에 쥐는 게 없었다"고 말했다.',
        set(),
        set(),
    ),
    (
        "yna.co.kr",
        "(서울=연합뉴스) 미국 법무부는 해외에 있는 북한 IT 노동자들이 미국 기업 300여 곳에 위장 "
        "취업해 680만 달러 이상을 벌어들였다고 밝혔다. 이 사건에 연루된 미국인 여성은 징역 8년 "
        "6개월과 함께 36만 달러 몰수 명령을 받았다.",
        {("revenue", 680 * M, None, "USD", None)},
        set(),
    ),
    (
        "voakorea.com",
        "러시아 사할린의 한 수산업체는 북한 선원들의 숙소로 쓰려고 월 20만 루블에 아파트 두 채를 "
        "빌렸습니다. 이 업체 관계자는 VOA에 북한 선원들이 받는 월급은 1인당 6만 루블이지만, 이 "
        "가운데 4만 루블 이상이 북한 회사로 들어간다고 말했습니다.",
        {("wage", 6 * M, 6 * M, "RUB", "month"), ("wage", 4 * M, None, "RUB", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 평안북도 소식통에 따르면 중국에 파견된 노동자들이 보내오는 돈이 줄면서 신의주 "
        '시장의 위안화 환율이 1위안당 2천원에서 2천300원으로 뛰었다. 소식통은 "노동자 가족들이 '
        '송금받은 100위안을 바꾸면 쌀 25kg을 살 수 있었는데 요즘은 20kg밖에 못 산다"고 말했다.',
        set(),
        set(),
    ),
    (
        "kbs.co.kr",
        "[리포트] 중국 내 북한 노동자들은 귀국 항공권 값 2천 위안을 스스로 마련해야 합니다. "
        "여기에 1인당 한 해 500위안의 '충성자금'도 따로 냅니다.",
        {("wage", 500, 500, "CNY", "year")},
        set(),
    ),
    (
        "hankyung.com",
        "러시아 극동의 북한계 합작회사 '동해건설'은 자본금 1천만 루블로 세워졌지만, 현지 언론에 "
        "따르면 북한 당국이 이 회사를 통해 노동자 송출로 한 해 벌어들이는 돈은 20억 루블이 넘는다. "
        "이 회사 대표는 지난해 담배 밀수 혐의로 300만 루블의 벌금형을 받았다.",
        {("revenue", 20 * B, None, "RUB", "year")},
        set(),
    ),
]

# --- batch 4: NIS, aid budgets, app prices, deposits, restaurants, flats, ships, fees ------
E4: list[Article] = [
    (
        "news1.kr",
        "(서울=뉴스1) 국가정보원은 국회 정보위원회에서 러시아 파견 북한 노동자들이 월 "
        "1천~1천200달러를 받지만 이 가운데 90%를 당국에 바치고 있다고 보고했다. 국정원은 해외 "
        "파견 대상자로 뽑히려면 평양 간부들에게 3천~5천 달러의 뇌물을 써야 한다고 덧붙였다.",
        {("wage", 1000, 1200, "USD", "month"), ("state_share", 90, 90)},
        set(),
    ),
    (
        "unikorea.go.kr",
        "[통일부 정례브리핑]\n"
        "부대변인: 정부는 국제기구를 통한 대북 인도지원에 올해 남북협력기금 50억 원을 "
        "배정했습니다. 해외 북한 노동자 문제와 관련해서는 유엔 결의 이행 상황을 계속 주시하고 "
        "있습니다.",
        set(),
        set(),
    ),
    (
        "rfa.org",
        "앵커: 동남아의 북한 IT 노동자들이 앱 개발 일감을 싼값에 따내고 있다는 소식입니다.\n"
        '라오스에 있는 한 대북 소식통은 "북한 IT 노동자들은 앱 하나를 500달러에 만들어 준다"며 '
        '"그래도 한 사람이 한 달에 3천 달러 정도를 벌고, 매달 2천 달러를 상부에 바친다"고 '
        "말했습니다.",
        {("wage", 3000, 3000, "USD", "month"), ("wage", 2000, 2000, "USD", "month")},
        set(),
    ),
    (
        "nknews.org",
        "중국 산둥성 웨이하이시 노동국은 북한 노동자를 '연수생' 명목으로 고용한 수산가공업체 "
        "4곳에 각각 10만 위안의 벌금을 물렸다. 업체들은 노동자 1명당 1천 위안의 연수 보증금도 "
        "내야 했다.",
        set(),
        set(),
    ),
    (
        "donga.com",
        "정부 관계자에 따르면 중국과 동남아의 북한 식당 100여 곳은 한 해 3천만 달러 안팎을 평양에 "
        "보낸다. 선양 시내 북한 식당의 한 달 임대료는 8만 위안 선이고, 대동강 맥주 한 병은 "
        "30위안에 팔린다.",
        {("revenue", 3000 * M, 3000 * M, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 함경남도 소식통에 따르면 러시아에서 돌아온 노동자들은 3년간 모은 돈으로 함흥 "
        "시내 아파트를 1만5천 달러에 사기도 한다. 이들은 현지에서 매달 1천 달러 가까이 받았지만, "
        "그 가운데 600달러는 '국가 계획분'으로 냈다.",
        {("wage", 1000, 1000, "USD", "month"), ("wage", 600, 600, "USD", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "(울란바토르=연합뉴스) 몽골 정부는 내년 최저임금을 월 79만2천 투그릭으로 올리기로 했다. "
        "몽골 노동부는 유엔 제재에 따라 북한 노동자 고용 허가를 내주지 않고 있으며, 이를 어긴 "
        "업체에는 200만 투그릭의 과태료를 매긴다.",
        set(),
        set(),
    ),
    (
        "voakorea.com",
        "중국 저장성 저우산의 한 조선소 관계자는 VOA에 북한 용접공들이 하루 12시간씩 일하고 월 "
        "3천~3천500위안을 받는다고 말했습니다. 이 조선소가 최근 수주한 5만t급 벌크선 한 척의 건조 "
        "가격은 2억 위안입니다.",
        {("wage", 3000, 3500, "CNY", "month")},
        set(),
    ),
    (
        "hani.co.kr",
        "북한에서 중국 공장으로 나가는 여성 노동자들은 출국 전 여권 발급비, 건강검진비, 교육비 "
        "명목으로 1인당 200달러가량을 낸다. 일부는 이 돈을 마련하려고 집을 담보로 연 40% 이자의 "
        "돈을 빌린다.",
        set(),
        set(),
    ),
    (
        "chosun.com",
        '정부 당국자는 "북한이 파병 대가와 무기 수출로 러시아에서 받은 돈이 수십억 달러에 '
        '이른다"며 "이와 별도로 러시아 내 북한 노동자들이 한 해 본국에 보내는 돈은 1억 달러 '
        '안팎"이라고 말했다.',
        {("revenue", 1 * B, 1 * B, "USD", "year")},
        set(),
    ),
]

# --- batch 5: income per head, family fines, quotas, contracts, Chinese pay, rewards ------
E5: list[Article] = [
    (
        "yna.co.kr",
        "(서울=연합뉴스) 북한 노동자들이 중국 공장에서 받는 월급은 2천 위안 안팎으로, 북한 주민 "
        "1인당 국민총소득(GNI) 연 158만 원(약 1천100달러)과 견주면 큰돈이다.",
        {("wage", 2000, 2000, "CNY", "month")},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 러시아에서 탈출했다 붙잡힌 북한 노동자의 가족들이 벌금을 물고 있다는 소식입니다.\n"
        '함경북도의 한 소식통은 "탈출한 노동자의 가족에게 보위부가 벌금으로 2천 달러를 '
        '요구했다"며 "가족들은 집을 팔아 1천 달러를 마련했다"고 전했습니다.',
        set(),
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 소식통에 따르면 올해 중국 파견 노동자 1인당 국가 과제금은 연 1만8천 위안으로 "
        "정해졌다. 노동자들은 자녀의 대학 학비 500달러를 마련하려고 잔업까지 자청한다.",
        {("wage", 18_000, 18_000, "CNY", "year")},
        set(),
    ),
    (
        "nknews.org",
        "북한 만수대창작사의 해외 법인은 아프리카 세네갈에서 동상 건립 공사를 1천500만 달러에 "
        "수주한 바 있다. 유엔 전문가패널은 이 같은 공사 현장에 보낸 노동자들의 인건비 명목으로 "
        "북한이 매달 40만 달러가량을 챙겼다고 밝혔다.",
        {("revenue", 40 * M, 40 * M, "USD", "month")},
        set(),
    ),
    (
        "hankookilbo.com",
        "중국 단둥 지역 제조업체들은 인건비 부담을 호소하고 있다. 중국인 생산직 초봉은 월 "
        "4천500위안까지 올랐고, 사회보험료까지 더하면 업체 부담은 1인당 6천 위안에 이른다. "
        "업체들이 북한 노동자를 다시 찾는 이유다.",
        set(),
        set(),
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 미 국무부는 북한 해외 노동자들의 외화벌이망에 대한 정보에 최대 700만 "
        "달러의 포상금을 걸었다. 국무부는 북한 노동자들이 임금의 최대 90%를 당국에 빼앗기고 "
        "있다고 지적했다.",
        {("state_share", None, 90)},
        set(),
    ),
    (
        "voakorea.com",
        "중국 해관총서에 따르면 지난달 북중 교역액은 2억1천만 달러로 전달보다 8% 늘었습니다. "
        "북한의 대중 수출 품목 1위는 가발과 속눈썹으로 1천800만 달러어치였습니다. 이들 제품 "
        "상당수는 중국 공장의 북한 노동자들이 만든 것으로 알려졌습니다.",
        set(),
        set(),
    ),
    (
        "kbs.co.kr",
        "[리포트] 러시아 극동 아무르주의 농장에서 일하는 북한 노동자들은 시간당 300루블, 러시아 "
        "현지 일용직은 시간당 500루블을 받습니다.",
        {("wage", 300, 300, "RUB", None)},
        set(),
    ),
    (
        "khan.co.kr",
        '국책연구원 "北 해외노동 수입, 제재 후에도 연 3억 달러"\n'
        "통일연구원은 보고서에서 북한이 2017년 대북제재 이후에도 해외 노동자 파견으로 매년 3억 "
        "달러 가까이 벌고 있다고 분석했다. 같은 기간 북한이 받은 국제 인도적 지원은 연평균 "
        "3천만 달러에 그쳤다.",
        {("revenue", 3 * B, 3 * B, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 중국 소식통에 따르면 단둥의 북한 노동자 숙소 주변 조선족 상점에서는 북한 "
        '노동자들이 라면 한 상자를 45위안, 쌀 10kg을 60위안에 사 간다. 상점 주인은 "북한 '
        '노동자들이 중국 돈을 달러로 바꿀 때는 1달러에 7.3위안을 쳐준다"고 했다.',
        set(),
        set(),
    ),
]

# --- batch 6: written after the fixes of batches 1-5, before any run of it ----------------
# Before its fixes: precision 12/13, recall 12/16, 9/14 rows (a meal's price, 저녁 한 끼에
# 200~300위안을 쓴다, read as pay; revenue earned and spent on missiles, 2억 달러 이상을 벌어
# 핵·미사일 개발에 쓰고, dropped by the missiles after its own verb; 3천 루블 남짓이라 요금을
# 내고 dropped by the fee in the reason clause; 이체됐다 not a hand-over; 회사에 낸다 not the
# state's take). After: 15/15, 15/16 before the last fix (회사 as a recipient), then 16/16,
# 14/14 rows.
E6: list[Article] = [
    (
        "yna.co.kr",
        "(블라디보스토크=연합뉴스) 러시아 연해주의 한 농업법인은 북한 노동자들에게 온실 채소 "
        "재배를 맡기고 1인당 월 7만5천 루블을 북한 측 회사에 지급하고 있다. 이 법인이 올해 수확한 "
        "토마토는 kg당 180루블에 도매상에 넘어간다.",
        {("wage", 75_000, 75_000, "RUB", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 중국 소식통에 따르면 단둥의 한 북한 무역회사 대표는 최근 노동자 송출 허가를 "
        "받으려고 중앙당 간부에게 5천 달러를 상납했다. 이 회사가 관리하는 의류공장 노동자들은 월 "
        "2천200위안을 받아 1천500위안을 회사에 낸다.",
        {("wage", 2200, 2200, "CNY", "month"), ("wage", 1500, 1500, "CNY", "month")},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 러시아 하바롭스크의 북한 노동자 숙소에서 불이 나 노동자 2명이 숨졌다는 "
        "소식입니다.\n현지 소방당국은 재산 피해를 300만 루블로 추산했습니다. 숨진 노동자들의 "
        "유족에게는 1인당 50만 루블의 보상금이 지급될 예정이지만, 이 돈이 북한의 가족에게 "
        "전달될지는 알 수 없습니다.",
        set(),
        set(),
    ),
    (
        "nknews.org",
        "NK뉴스가 입수한 중국 법원 판결문에 따르면 랴오닝성의 한 수산업체는 2021년 북한 노동자 "
        "80명의 임금 명목으로 모두 576만 위안을 북한 측 대리인에게 건넸다. 1인당으로 치면 연 "
        "7만2천 위안, 월 6천 위안꼴이다. 법원은 이 업체 대표에게 밀수 혐의로 징역 3년을 선고했다.",
        {
            ("revenue", 576 * M, 576 * M, "CNY", "year"),
            ("wage", 72_000, 72_000, "CNY", "year"),
            ("wage", 6000, 6000, "CNY", "month"),
        },
        {(80, 80)},
    ),
    (
        "voakorea.com",
        "미국 국무부는 연례 인신매매 보고서에서 북한 해외 노동자들이 임금의 대부분을 빼앗기고 "
        "있다고 지적했습니다. 보고서는 북한 정부가 이들의 노동으로 한 해 수억 달러를 벌어들이는 "
        "것으로 추정했습니다. 미국은 올해 인신매매 대응 예산으로 9천만 달러를 배정했습니다.",
        {("revenue", 2 * B, 999_999_999, "USD", "year")},
        set(),
    ),
    (
        "hankyung.com",
        "중국 지린성 옌지의 한 식품공장은 올해 북한 노동자 임금을 월 2천300위안으로 정했다. 이 "
        "공장이 만드는 김치 한 통은 대형마트에서 39위안에 팔리고, 공장의 연간 수출액은 1억 위안이 "
        "넘는다.",
        {("wage", 2300, 2300, "CNY", "month")},
        set(),
    ),
    (
        "kbs.co.kr",
        "[리포트] 몽골 울란바토르의 한 건설 현장. 이곳 북한 노동자들은 하루 일당 3만 투그릭을 "
        "받습니다. 현장 관계자는 몽골인 노동자라면 일당 6만 투그릭은 줘야 한다고 말합니다. 몽골 "
        "정부는 건설 경기 부양에 올해 1조 투그릭을 풀 계획입니다.",
        {("wage", 3 * M, 3 * M, "MNT", None)},
        set(),
    ),
    (
        "chosun.com",
        "정부는 북한이 해외 노동자 송출로 연간 2억 달러 이상을 벌어 핵·미사일 개발에 쓰고 있다고 "
        '보고 있다. 정부 관계자는 "북한 미사일 한 발 값이 수백만 달러"라고 했다.',
        {("revenue", 2 * B, None, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 러시아 소식통에 따르면 블라디보스토크 북한 노동자들은 휴대전화 요금으로 매달 "
        '500루블, 버스비로 하루 60루블을 쓴다. 소식통은 "한 달 용돈이 3천 루블 남짓이라 요금을 '
        '내고 나면 남는 게 없다"고 했다.',
        {("wage", 3000, None, "RUB", "month")},
        set(),
    ),
    (
        "hani.co.kr",
        "북한 노동자를 고용했다 적발된 중국 업체는 노동자 1인당 1만 위안의 벌금과 함께 영업정지 "
        '처분을 받는다. 그런데도 단둥의 업체들은 "북한 노동자 한 명을 쓰면 한 해 3만 위안가량 '
        '인건비가 덜 든다"며 몰래 고용을 이어가고 있다.',
        set(),
        set(),
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 통일부는 북한이 중동 지역 노동자들로부터 1인당 월 600달러 안팎의 '계획분'을 "
        "걷어 왔다고 밝혔다. 통일부는 또 북한이 카타르 경기장 건설 사업의 하청 공사를 따내 3천만 "
        "달러 규모의 계약을 맺었다고 덧붙였다.",
        {("wage", 600, 600, "USD", "month")},
        set(),
    ),
    (
        "nknews.org",
        "유엔 안보리 대북제재위원회는 북한 노동자를 고용한 것으로 보이는 아프리카 업체들의 "
        "계좌에서 모두 1천200만 달러가 북한 측으로 이체됐다고 밝혔다. 같은 보고서에서 패널은 "
        "북한이 아프리카 국가들에 무기를 팔아 받은 돈이 2000년 이후 1억6천만 달러가 넘는다고 "
        "추산했다.",
        {("revenue", 1200 * M, 1200 * M, "USD", None)},
        set(),
    ),
    (
        "yna.co.kr",
        "(서울=연합뉴스) 한국무역협회에 따르면 지난해 북한의 대중국 의류 위탁가공 수출은 1억5천만 "
        "달러로 전년보다 40% 늘었다. 업계는 이 물량의 상당 부분을 중국 공장에 파견된 북한 "
        "노동자들이 만든다고 본다. 이들의 월급은 2천 위안 안팎이다.",
        {("wage", 2000, 2000, "CNY", "month")},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 중국 내 북한 식당 종업원들이 번 돈을 거의 다 빼앗기고 있다는 소식입니다.\n중국 "
        '선양의 한 조선족 소식통은 "손님 한 명이 저녁 한 끼에 200~300위안을 쓴다"며 "종업원들 '
        '월급은 1천 위안인데 그나마 800위안은 국가에 바친다"고 말했습니다.',
        {("wage", 1000, 1000, "CNY", "month"), ("wage", 800, 800, "CNY", "month")},
        set(),
    ),
]

# --- batch 7: written after the fixes of batches 1-6, before any run of it ----------------
# Before its fixes: precision 10/11, recall 10/12, 12/14 rows (the DPRK workers' labour cost
# to a firm, 북한 노동자 인건비로 모두 1천440만 위안을 지출했다, dropped as a cost; what three
# years of work brought, 3년 일하고 손에 쥔 돈이 5천 달러, read as monthly). After: 12/12,
# 12/12, 14/14.
E7: list[Article] = [
    (
        "yna.co.kr",
        "(서울=연합뉴스) 국가정보원은 북한이 러시아 연해주에 파견한 노동자들의 임금 가운데 "
        "70~80%를 '충성자금' 명목으로 거둬 가고 있다고 밝혔다. 국정원은 이와 함께 북한 해커들이 "
        "올해 국내 기업에서 빼낸 기술의 가치가 수천억 원에 이른다고 덧붙였다.",
        {("state_share", 70, 80)},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 소식통에 따르면 중국행 북한 노동자들의 여권과 비자 수속은 도 무역관리국이 "
        "맡는데, 1인당 수속비로 150달러를 받는다. 중국에 도착한 노동자들은 첫 달 월급 2천 위안을 "
        "통째로 '정착비' 명목으로 회사에 바친다.",
        {("wage", 2000, 2000, "CNY", "month")},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 루블화 가치가 떨어지면서 러시아 파견 북한 노동자들의 '계획분' 부담이 커졌다는 "
        '소식입니다.\n러시아 소식통은 "당국이 계획분을 매달 500달러씩 요구하는데, 환율이 1달러에 '
        '100루블까지 오르면서 루블로 받는 노동자들은 월 5만 루블을 고스란히 바쳐야 한다"고 '
        "말했습니다.",
        {("wage", 500, 500, "USD", "month"), ("wage", 5 * M, 5 * M, "RUB", "month")},
        set(),
    ),
    (
        "nknews.org",
        "일본 오사카 지방법원은 북한 IT 노동자에게 일감을 준 일본인 사업가에게 벌금 200만 엔을 "
        "선고했다. 법원은 이 사업가가 3년 동안 북한 측에 모두 4천만 엔을 송금했다고 밝혔다.",
        {("revenue", 4000 * M, 4000 * M, "JPY", None)},
        set(),
    ),
    (
        "voakorea.com",
        "미 재무부는 북한 노동자 송출에 관여한 러시아 인력업체 대표를 제재하면서, 이 업체가 북한 "
        "노동자 1인당 연 1만~1만2천 달러를 북한 측에 보냈다고 밝혔습니다. 재무부는 이 대표의 미국 "
        "내 자산 500만 달러를 동결했습니다.",
        {("wage", 1 * M, 12_000, "USD", "year")},
        set(),
    ),
    (
        "hani.co.kr",
        "러시아에서 번 돈으로 평양 시내 아파트를 산 북한 노동자들도 있다. 평양 보통강 구역의 방 "
        '세 칸짜리 아파트는 3만~5만 달러에 거래된다. 한 탈북민은 "러시아에서 3년 일하고 손에 쥔 '
        '돈이 5천 달러 정도였다"고 말했다.',
        {("wage", 5000, 5000, "USD", None)},
        set(),
    ),
    (
        "kbs.co.kr",
        "[리포트] 경찰은 국내 게임업체 3곳이 중국에 있는 북한 IT 노동자들에게 외주를 주고 모두 "
        "5억 원을 지급한 사실을 확인했습니다. 같은 업무를 국내 개발자에게 맡기면 20억 원이 넘게 "
        "든다고 경찰은 설명했습니다.",
        {("revenue", 5 * B, 5 * B, "KRW", None)},
        set(),
    ),
    (
        "yna.co.kr",
        "(울란바토르=연합뉴스) 몽골 통계청은 올해 몽골의 1인당 국내총생산(GDP)이 6천 달러를 "
        "넘었다고 밝혔다. 몽골에 남아 있던 북한 노동자들은 유엔 제재에 따라 대부분 귀국한 것으로 "
        "알려졌다.",
        set(),
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 중국 소식통에 따르면 훈춘의 한 수산공장은 북한 노동자들에게 월급 대신 쌀과 기름 "
        "등 1인당 300위안어치의 식료품을 주고, 나머지 임금 1천800위안은 북한 회사 계좌로 보낸다.",
        {("wage", 1800, 1800, "CNY", "month")},
        set(),
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 러시아 노보시비르스크의 북한 노동자들은 기숙사 전기료와 난방비로 1인당 월 "
        "2천 루블을 따로 낸다고 현지 매체가 보도했다. 이들의 월급은 6만~7만 루블이다.",
        {("wage", 6 * M, 7 * M, "RUB", "month")},
        set(),
    ),
    (
        "hankookilbo.com",
        "중국 공안에 붙잡힌 북한 노동자 탈출자의 신병을 넘겨받으려고 북한 영사관이 중국 측 "
        "브로커에게 1인당 1만 위안을 건넨 것으로 알려졌다. 탈출을 돕는 브로커들은 1인당 2만~3만 "
        "위안을 받는다.",
        set(),
        set(),
    ),
    (
        "voakorea.com",
        "유엔 전문가패널은 북한이 러시아에 있는 노동자들로부터 매달 1천만 달러 안팎을 거둬들이는 "
        "것으로 추정했습니다. 패널은 또 북한이 러시아에서 들여온 정제유가 배럴당 80달러 선에 "
        "거래됐다고 밝혔습니다.",
        {("revenue", 1000 * M, 1000 * M, "USD", "month")},
        set(),
    ),
    (
        "chosun.com",
        "해외에 나간 북한 노동자의 가족들은 평양에서 '해외 파견자 가족'으로 분류돼 학교 지원금 "
        "명목으로 매달 북한 돈 5만 원을 더 낸다. 이 돈은 장마당 환율로 6달러 정도다.",
        set(),
        set(),
    ),
    (
        "hankyung.com",
        "랴오닝성 단둥의 한 전자업체 재무 자료에 따르면 이 업체는 지난해 북한 노동자 인건비로 "
        "모두 1천440만 위안을 지출했다. 같은 해 중국인 직원 인건비는 3천200만 위안이었다.",
        {("revenue", 1440 * M, 1440 * M, "CNY", "year")},
        set(),
    ),
]

# --- batch 8: headlines, Q&A, NGO surveys, briefings; written after the fixes of 1-7 -----
# Before its fixes: precision 12/14, recall 12/13, 12/14 rows (a tax per head after a question
# on pay, 특허세가 1인당 월 6천 루블; "버는 것으로" not an earning verb, so the IT workers'
# yearly pay was lost and South Korean developers' pay, 국내 IT 개발자의 평균 연봉, stood as
# revenue). After: 12/13, 12/13, 13/14; the IT workers' pay reads as revenue (strict xfail).
E8: list[Article] = [
    (
        "yna.co.kr",
        "北 노동자 고용 中업체에 벌금 50만 위안…'제재 위반'\n(선양=연합뉴스) 중국 랴오닝성 당국이 "
        "북한 노동자 40여 명을 몰래 고용한 의류업체에 벌금 50만 위안을 물렸다고 현지 매체가 "
        "전했다. 이 업체는 북한 노동자들에게 월 1천900위안을 준 것으로 조사됐다.",
        {("wage", 1900, 1900, "CNY", "month")},
        {(40, None)},
    ),
    (
        "dailynk.com",
        "[단독] 러시아 파견 앞둔 北 노동자들, '출국 교육비' 1인당 100달러씩 내\n데일리NK 함경북도 "
        "소식통에 따르면 러시아 파견이 확정된 노동자들은 평양에서 한 달간 사상 교육을 받는데, "
        '교육비와 숙식비 명목으로 1인당 100달러씩 내야 한다. 소식통은 "러시아에 가면 첫해에는 한 '
        '달 400달러도 못 받는다"고 전했다.',
        {("wage", None, 400, "USD", "month")},
        set(),
    ),
    (
        "rfa.org",
        "기자: 중국 단둥의 북한 식당 종업원들은 얼마를 받습니까?\n전 종업원 리모 씨: 한 달에 "
        "50달러 정도 받았어요. 손님들이 주는 꽃값, 그러니까 팁은 한 번에 100위안씩 되는데 그건 다 "
        "지배인이 가져갔습니다.",
        {("wage", 50, 50, "USD", "month")},
        set(),
    ),
    (
        "nkdb.org",
        "북한인권정보센터(NKDB)는 보고서에서 해외 파견 노동자 출신 탈북민 50명을 면담한 결과, "
        "응답자들이 선발 과정에서 쓴 뇌물이 평균 1천200달러였다고 밝혔다. 응답자들이 파견지에서 "
        "받은 월급은 평균 450달러였고, 이 가운데 평균 65%를 국가에 바쳤다고 답했다.",
        {("wage", 450, 450, "USD", "month"), ("state_share", 65, 65)},
        set(),
    ),
    (
        "voakorea.com",
        "한국 정부는 올해 북한 해외 노동자 인권 개선 사업에 10억 원을 배정했습니다. 통일부는 "
        "러시아에만 북한 노동자 1만5천여 명이 있으며, 이들이 한 해 본국에 보내는 돈은 1억 달러가 "
        "넘는다고 추산했습니다.",
        {("revenue", 1 * B, None, "USD", "year")},
        {(15_000, None)},
    ),
    (
        "hani.co.kr",
        "러시아 극동 캄차카의 수산물 가공공장에서는 북한 노동자들이 일한다. 공장이 올해 수출한 "
        "명태 가공품은 3천만 달러어치다. 공장 관계자는 북한 노동자 한 사람이 한 달에 버는 돈이 "
        "7만 루블 남짓이라고 말했다.",
        {("wage", 7 * M, None, "RUB", "month")},
        set(),
    ),
    (
        "nknews.org",
        "미 연방수사국(FBI)은 해외에 있는 북한 IT 노동자들이 번 돈을 세탁하는 데 쓴 가상화폐 지갑 "
        "10여 개에서 모두 150만 달러를 압수했다고 밝혔다. FBI는 북한 IT 노동자 한 명이 한 달에 "
        "최대 8천 달러를 번다고 설명했다.",
        {("wage", None, 8000, "USD", "month")},
        set(),
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 북한이 코로나 이후 중국에서 귀국시킨 노동자들에게 1인당 300위안의 교통비를 "
        '걷었다는 증언이 나왔다. 귀국한 노동자들은 "3년간 번 돈 가운데 손에 남은 건 5천 '
        '위안뿐"이라고 말했다.',
        {("wage", 5000, 5000, "CNY", None)},
        set(),
    ),
    (
        "kbs.co.kr",
        "[리포트] 유엔 보고서는 북한이 해외 노동자를 통해 여전히 수억 달러를 벌고 있으며, 석탄과 "
        "철광석 밀수출로도 수천만 달러를 챙긴다고 지적했습니다.",
        {("revenue", 2 * B, 999_999_999, "USD", None)},
        set(),
    ),
    (
        "chosun.com",
        "북한 노동자 한 명을 쓰는 러시아 업체가 북한 측에 내는 돈은 월 1천 달러다. 그 돈이면 "
        "러시아 시골에서 방 두 칸짜리 집을 한 달 빌릴 수 있다. 노동자 본인에게 돌아가는 몫은 그 "
        "10분의 1이다.",
        {("wage", 1000, 1000, "USD", "month")},
        set(),
    ),
    (
        "donga.com",
        "국내 IT 개발자의 평균 연봉이 6천만 원을 넘는 가운데, 해외에 위장 취업한 북한 IT "
        "노동자들은 연 5만~10만 달러를 버는 것으로 파악됐다.",
        {("wage", 5 * M, 10 * M, "USD", "year")},
        set(),
    ),
    (
        "hankookilbo.com",
        "러시아 하바롭스크의 북한 노동자가 공사장에서 다쳐 병원 치료비 40만 루블이 나왔지만, 북한 "
        "회사는 이를 노동자 임금에서 갚도록 했다. 이 노동자의 월급은 6만 루블이다.",
        {("wage", 6 * M, 6 * M, "RUB", "month")},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 해외 파견 노동자 가족들이 송금받은 돈으로 장마당에서 물건을 사면서 평양의 물가가 "
        '오르고 있다는 소식입니다.\n평양 소식통은 "파견 노동자 가족들이 한 번에 쓰는 돈이 북한 돈 '
        '50만 원, 달러로 60달러쯤 된다"고 말했습니다.',
        set(),
        set(),
    ),
    (
        "unikorea.go.kr",
        "[통일부 정례브리핑]\n기자: 북한 노동자들이 러시아에서 받는 임금 수준은요?\n부대변인: "
        "구체적인 수치는 확인해 드리기 어렵습니다. 다만 러시아 측이 북한 노동자 고용 업체에 "
        "부과하는 특허세가 1인당 월 6천 루블 수준인 것으로 알고 있습니다.",
        set(),
        set(),
    ),
]

# --- batch 9: pay cuts, side jobs, savings, Poland, the Gulf, fares, won sums; after 1-8 ---
# Before its fixes: precision 12/16, recall 12/18, 6/12 rows (a day's earnings from side
# jobs dropped by 몰래 as smuggling, then read as revenue; savings over the stay, 1만 위안이
# 넘는 돈을 모았다, read as monthly; a part, 이 가운데, of last year's total without the year;
# pay before "에 숙소비 300위안" dropped by the next addend's fee; a restaurant's monthly
# remittance read as pay; three years' hand-over read as monthly). After: 14/16, 14/16, 10/12
# (the last two strict xfails).
E9: list[Article] = [
    (
        "yna.co.kr",
        "北 해외식당 매출 급감…종업원 월급도 절반으로\n(선양=연합뉴스) 중국 선양의 북한 식당들이 "
        '경기 침체로 매출이 지난해보다 40% 가까이 줄었다. 한 식당 관계자는 "요즘 하루 매출이 5천 '
        '위안도 안 된다"며 "종업원 월급도 1천 위안에서 500위안으로 깎였다"고 말했다. 식당이 '
        "본국에 보내야 하는 돈은 여전히 한 달 2만 위안이다.",
        {
            ("wage", 1000, 1000, "CNY", "month"),
            ("wage", 500, 500, "CNY", "month"),
            ("revenue", 2 * M, 2 * M, "CNY", "month"),
        },
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 소식통에 따르면 러시아 건설 현장의 북한 노동자들은 휴일에 몰래 '개인 일'을 뛰어 "
        "하루 3천~4천 루블을 번다. 적발되면 번 돈을 모두 빼앗기고 200달러의 벌금을 내야 한다.",
        {("wage", 3000, 4000, "RUB", None)},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 중국 내 북한 노동자들이 코로나 이후 3년 넘게 귀국하지 못하면서, 1인당 평균 1만 "
        '위안이 넘는 돈을 모았다는 소식입니다.\n소식통은 "월급 2천 위안 가운데 국가 계획분 '
        '1천400위안을 내고 남는 600위안을 3년 넘게 모은 것"이라고 설명했습니다.',
        {
            ("wage", 1 * M, None, "CNY", None),
            ("wage", 2000, 2000, "CNY", "month"),
            ("wage", 1400, 1400, "CNY", "month"),
            ("wage", 600, 600, "CNY", "month"),
        },
        set(),
    ),
    (
        "nknews.org",
        "폴란드 그단스크의 조선소 하청업체에서 일했던 북한 용접공들은 시간당 3~4유로를 받았다. "
        "폴란드 정부는 지난해 이 하청업체에 체불 임금 8만 유로를 지급하라고 명령했다. 폴란드 "
        "최저임금은 시간당 28즈워티다.",
        {("wage", 3, 4, "EUR", None)},
        set(),
    ),
    (
        "voakorea.com",
        "쿠웨이트 정부는 북한 노동자들의 비자 연장을 중단했습니다. 쿠웨이트 건설업계에 따르면 "
        "북한 노동자들은 월 1천200달러의 계약 임금 가운데 150달러 남짓을 받았습니다. 쿠웨이트 "
        "정부는 비자 연장 수수료로 1인당 50달러를 받습니다.",
        {("wage", 1200, 1200, "USD", "month"), ("wage", 150, None, "USD", "month")},
        set(),
    ),
    (
        "hani.co.kr",
        "북한 노동자 1명이 러시아에서 3년간 일하며 국가에 바치는 돈은 2만 달러가 넘는다. 이는 "
        "평양의 고급 아파트 한 채 값이다.",
        {("wage", 2 * M, None, "USD", None)},
        set(),
    ),
    (
        "yna.co.kr",
        "(서울=연합뉴스) 관세청은 중국에서 북한 노동자들이 가공한 수산물을 국산으로 속여 들여온 "
        "업자를 적발했다. 이 업자가 2년간 들여온 수산물은 시가 120억 원어치다.",
        set(),
        set(),
    ),
    (
        "kbs.co.kr",
        "[앵커] 북한 노동자 송출 통로로 지목된 블라디보스토크-평양 항공편 운임이 편도 350달러로 "
        "올랐습니다. 러시아로 가는 노동자들은 이 항공권 값을 첫 월급에서 떼입니다. 이들의 첫 "
        "월급은 보통 500달러 안팎입니다.",
        {("wage", 500, 500, "USD", "month")},
        set(),
    ),
    (
        "chosun.com",
        "정부 소식통은 베트남 하노이의 북한 식당 한 곳이 한 해 본국에 보내는 돈이 우리 돈 2억 "
        "원가량이라고 전했다. 이 식당의 평양냉면 한 그릇 값은 우리 돈 1만5천 원 정도다.",
        {("revenue", 2 * B, 2 * B, "KRW", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 중국 소식통에 따르면 지린성의 한 봉제공장은 북한 노동자들의 잔업수당으로 시간당 "
        "10위안을 책정했지만, 이 돈도 북한 측 관리자가 모두 챙긴다. 노동자들의 기본급은 월 "
        "1천800위안이다.",
        {("wage", 10, 10, "CNY", None), ("wage", 1800, 1800, "CNY", "month")},
        set(),
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 통일부는 북한이 해외 노동자와 해킹 등으로 벌어들인 외화가 지난해 모두 30억 "
        "달러에 이를 것으로 추정했다. 통일부는 이 가운데 노동자 송출 수입은 3억~5억 달러로 봤다.",
        {("revenue", 3 * B, 5 * B, "USD", "year")},
        set(),
    ),
    (
        "hankookilbo.com",
        '중국 훈춘의 한 수산업체 사장은 "북한 노동자 한 명에게 들어가는 돈은 월급 2천 위안에 '
        '숙소비 300위안, 식비 450위안을 더해 2천750위안"이라고 말했다.',
        {("wage", 2000, 2000, "CNY", "month")},
        set(),
    ),
]

BATCHES = {"e1": E1, "e2": E2, "e3": E3, "e4": E4, "e5": E5, "e6": E6, "e7": E7, "e8": E8, "e9": E9}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {
    "e5-02": "relevance: the excerpt names no DPRK word ('중국 파견 노동자 1인당 국가 "
    "과제금은 연 1만8천 위안'), so the gate stops it (the money is read right ungated)",
    "e8-10": "'북한 IT 노동자들은 연 5만~10만 달러를 버는': one worker's yearly pay said of the "
    "workers in the plural, at a size beyond one worker's month, reads as revenue (a yearly "
    "limit twelve times the monthly one broke three sites' yearly takings of 10만-40만)",
}

ROWS = batch_rows(BATCHES, KNOWN)


@pytest.mark.parametrize(("publisher", "text", "money", "counts"), ROWS)
def test_distractor_money_and_counts(extractor, publisher, text, money, counts):
    assert claims(extractor, text, publisher) == (money, counts)
