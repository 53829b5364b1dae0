"""Korean money precision, a fourth blind set of distractors: short excerpts (1-3 sentences)
whose money that is no claim is of kinds the earlier sets met little: market prices and
exchange rates inside the DPRK (쌀값, 달러 환율), trade volumes (북중 교역액), rewards and
fines on firms (현상금, 벌금), aid and budgets (인도적 지원, 예산), building costs (공사비),
defectors' settlement money (정착지원금), crypto thefts, defectors' remittances and their
brokers' cut, a joint venture's capital (자본금), the average income inside the DPRK, old
debts written off, other nations' pay in euros, quotas beside earnings (충성자금 과제,
계획분), "연간 최대 N억 달러", ranges and 1인당 amounts. Each sits beside true pay, takings
or shares of the DPRK workers abroad. Every person, outlet desk, firm and figure is
invented.

Money claims compare as ``(kind, low, high, currency, per)`` (``("state_share", low,
high)`` for shares); worker counts as ``(low, high)``. Articles go through the public
:meth:`Extractor.extract`, relevance gate included.

First run (each batch committed with its expectations before the extractor read it, batches
2-8 each after the fixes of the ones before; figures per batch in the comments above them):
money precision 139/158, recall 139/169, 82/117 rows right; batches 2-12 alone 121/139 and
121/148. After every fix: 154/154 and 154/169, 108/117 rows, the other nine strict xfails
(all relevance: thin excerpts that name no DPRK word or no worker, a bare table, or whose
only abroad word sits in a sentence on other nations' workers or defectors).
"""

from __future__ import annotations

import pytest

from .tables import batch_rows
from .test_extract_korean_money_articles import Article, B, M, claims

# --- batch 1: markets, trade, rewards and fines, aid, costs, settlement money ------------
# First run: money precision 18/19, recall 18/21, 11/14 rows (extra: the residents' average
# income at home, 북한 주민의 월평균 소득 … 30달러; missed: takings compared with aid, "…달러로
# 대북 지원 규모를 웃돈다", and a defector's account gated out). After (the residents' income
# as an exclusion; the words after "…로" before a verb of comparing name another whole):
# 19/19 and 19/21, 13/14.
G1: list[Article] = [
    (
        "dailynk.com",
        "평안북도 신의주 장마당에서 쌀값이 1kg당 북한 돈 6천500원, 달러 환율은 1달러에 "
        '8천200원을 기록했다고 소식통이 전했다. 소식통은 "중국 단둥 봉제공장에 나간 여성 '
        '노동자들은 월 2천200위안을 받지만 이 가운데 1천600위안을 국가 계획분으로 바친다"고 '
        "말했다.",
        {("wage", 2200, 2200, "CNY", "month"), ("wage", 1600, 1600, "CNY", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "(서울=연합뉴스) 한국무역협회 자료에 따르면 올해 1~9월 북중 교역액은 15억8천만 달러로 "
        '지난해 같은 기간보다 12% 늘었다. 정부 당국자는 "중국 내 북한 노동자들이 벌어들이는 '
        '외화는 연간 최대 5억 달러로 추산된다"고 말했다.',
        {("revenue", None, 5 * B, "USD", "year")},
        set(),
    ),
    (
        "voakorea.com",
        "미국 국무부는 북한 IT 노동자들의 불법 외화벌이에 연루된 북한 기업 2곳에 대한 정보에 "
        "최대 500만 달러의 현상금을 내걸었습니다. 국무부는 북한 IT 노동자들이 해외에서 위장 "
        "취업해 한 해 2억5천만~6억 달러를 벌어들이는 것으로 보고 있다고 밝혔습니다.",
        {("revenue", 25000 * M, 6 * B, "USD", "year")},
        set(),
    ),
    (
        "rfa.org",
        "미 재무부 해외자산통제실(OFAC)은 북한 노동자를 고용한 사실을 숨긴 중국 수산물 "
        "가공업체에 벌금 78만 달러를 부과했습니다. 재무부에 따르면 이 업체는 북한 노동자 "
        "300명에게 1인당 월 1천500위안을 지급하고 임금을 북한 측 계좌로 직접 보냈습니다.",
        {("wage", 1500, 1500, "CNY", "month")},
        {(300, 300)},
    ),
    (
        "news1.kr",
        "통일부는 내년도 남북협력기금 사업 예산 가운데 대북 인도적 지원에 6천억 원을 "
        '편성했다. 통일부 관계자는 별도로 "북한이 해외 노동자 송출로 벌어들이는 돈은 연 '
        '2억~3억 달러로 대북 지원 규모를 웃돈다"고 말했다.',
        {("revenue", 2 * B, 3 * B, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "러시아 연해주 나홋카의 아파트 단지 공사비는 모두 45억 루블로, 현장에는 북한 건설 "
        '노동자 200여 명이 투입됐다. 소식통은 "이들이 국가에 바치는 돈은 1인당 한 달 '
        '700달러"라고 전했다.',
        {("wage", 700, 700, "USD", "month")},
        {(200, None)},
    ),
    (
        "hani.co.kr",
        "탈북민 정착지원금은 1인 세대 기준 기본금 1천만 원이다. 2019년 탈북한 전직 러시아 파견 "
        '건설 노동자 박모 씨는 "러시아에 있을 때 월급 6만 루블 가운데 손에 쥔 것은 1만5천 '
        '루블뿐이었다"고 말했다.',
        {("wage", 6 * M, 6 * M, "RUB", "month"), ("wage", 15000, 15000, "RUB", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "북한 해킹 조직 라자루스가 올해 가상화폐 거래소에서 탈취한 금액은 13억 달러를 넘는다. "
        "이와 별도로 해외에 파견된 북한 IT 노동자 수천 명은 1인당 한 해 최대 30만 달러를 버는 "
        "것으로 알려졌다.",
        {("wage", None, 30 * M, "USD", "year")},
        {(2000, 9999)},
    ),
    (
        "nocutnews.co.kr",
        "탈북민들이 북한의 가족에게 보내는 송금은 한 번에 100만~300만 원 수준이며 브로커 "
        "수수료가 30%에 이른다. 반면 중국에 파견된 북한 노동자의 임금은 국가가 70%를 떼어 "
        "간다고 소식통은 전했다.",
        {("state_share", 70, 70)},
        set(),
    ),
    (
        "news1.kr",
        "북한 무역회사와 중국 기업이 합작해 세운 훈춘의 의류 공장은 자본금이 500만 위안이다. 이 "
        "공장에서 일하는 북한 여성 노동자 450명의 월급은 1인당 2천 위안이며 회사는 매달 90만 "
        "위안을 북한 측에 넘긴다.",
        {("wage", 2000, 2000, "CNY", "month"), ("revenue", 90 * M, 90 * M, "CNY", "month")},
        {(450, 450)},
    ),
    (
        "segye.com",
        "북한 주민의 월평균 소득은 장마당 활동을 포함해도 미화 30달러 안팎에 불과하다는 조사가 "
        "나왔다. 반면 해외에 나간 북한 노동자는 한 달에 평균 400달러를 벌지만 이 중 300달러를 "
        "당국에 내야 한다.",
        {("wage", 400, 400, "USD", "month"), ("wage", 300, 300, "USD", "month")},
        set(),
    ),
    (
        "kbs.co.kr",
        "러시아는 2012년 북한의 옛 소련 시절 채무 110억 달러 가운데 90%를 탕감했습니다. "
        "러시아 극동의 북한 노동자들은 월 5만~7만 루블을 받는 것으로 알려졌습니다.",
        {("wage", 5 * M, 7 * M, "RUB", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "소식통에 따르면 올해 러시아 파견 북한 노동자들에게 떨어진 충성자금 과제는 1인당 연 "
        "1천 달러로, 이와 별도로 매달 계획분 500달러를 내야 한다. 노동자들이 한 달에 버는 "
        "돈은 800달러 남짓이다.",
        {
            ("wage", 1000, 1000, "USD", "year"),
            ("wage", 500, 500, "USD", "month"),
            ("wage", 800, None, "USD", "month"),
        },
        set(),
    ),
    (
        "voakorea.com",
        "폴란드 조선소에서 일했던 북한 용접공들은 시간당 4유로를 받았으나 본인에게 돌아간 것은 "
        "월 100유로 안팎이었습니다. 같은 조선소의 폴란드 용접공은 월 2천500유로를 받았습니다.",
        {("wage", 4, 4, "EUR", None), ("wage", 100, 100, "EUR", "month")},
        set(),
    ),
]

# --- batch 2: deductions, other nations' pay, seizures, forfeitures, yen, budgets, loans --
# Written after the fixes of batch 1. First run: money precision 14/15, recall 14/18, 11/14
# rows (extra and missed: an IT worker's monthly pay in yen read as revenue by size; missed:
# pay with deductions after it, "월급 1천800위안에서 숙소비 300위안과 …", and an excerpt
# gated out). After (yen has a personal size; "…에서" right after a figure names the whole
# things are taken from, so the nouns after it are not its own): 16/16 and 16/18, 13/14.
G2: list[Article] = [
    (
        "rfa.org",
        "중국 지린성 훈춘의 수산물 가공공장에서 일하는 북한 여성 노동자들은 월급 1천800위안에서 "
        '숙소비 300위안과 식비 400위안을 공제당한다고 소식통이 전했습니다. 소식통은 "공제하고 '
        '남은 돈 가운데 다시 70%를 회사가 당자금으로 거둬 간다"고 말했습니다.',
        {("wage", 1800, 1800, "CNY", "month"), ("state_share", 70, 70)},
        set(),
    ),
    (
        "dailynk.com",
        "러시아 극동 지역 건설 현장의 러시아인 노동자 평균 월급은 9만 루블, 중앙아시아 출신 "
        "이주노동자는 6만 루블 수준이다. 같은 현장의 북한 노동자들은 4만 루블을 받지만 그중 "
        "3만 루블을 '계획분'으로 바친다.",
        {("wage", 4 * M, 4 * M, "RUB", "month"), ("wage", 3 * M, 3 * M, "RUB", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "중국 세관은 지난달 단둥 세관을 통해 귀국하던 북한 노동자 일행의 짐에서 미화 4만 달러를 "
        "적발해 압수했다. 이 노동자들은 3년 동안 일한 뒤 귀국하는 길이었으며, 1인당 연간 국가 "
        "납부 과제는 6천 달러였다.",
        {("wage", 6000, 6000, "USD", "year")},
        set(),
    ),
    (
        "voakorea.com",
        "미국 법무부는 북한 IT 노동자들이 미국 기업에 위장 취업해 받은 임금 가운데 세탁된 "
        "가상화폐 150만 달러에 대한 몰수 소송을 냈습니다. 법무부는 이들 노동자가 한 사람당 월 "
        "최대 1만 달러를 벌었다고 밝혔습니다.",
        {("wage", None, 1 * M, "USD", "month")},
        set(),
    ),
    (
        "news1.kr",
        "일본 경찰은 북한 IT 노동자에게 명의를 빌려준 일본인 남성에게 벌금 50만 엔을 부과했다. "
        "경찰에 따르면 이 IT 노동자는 일본 기업의 일감을 받아 월 30만~40만 엔을 벌었고 수익 "
        "대부분을 북한으로 보냈다.",
        {("wage", 30 * M, 40 * M, "JPY", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "북한은 최고인민회의에서 올해 국가예산 수입을 지난해보다 4.5% 늘려 잡았다. 정부 "
        '당국자는 "해외 노동자들의 외화벌이는 예산에 잡히지 않지만 연간 수억 달러 규모"라고 '
        "말했다.",
        {("revenue", 2 * B, 999_999_999, "USD", "year")},
        set(),
    ),
    (
        "segye.com",
        "러시아 기업은 연해주 나홋카 항만 현대화에 3억 달러를 투자하기로 했다. 이 공사에 투입될 "
        "북한 노동자 1천 명의 임금은 1인당 월 350달러로 책정됐다.",
        {("wage", 350, 350, "USD", "month")},
        {(1000, 1000)},
    ),
    (
        "dailynk.com",
        "캄보디아 프놈펜의 북한 식당은 한 해 매출이 50만 달러에 이르지만, 종업원 20명의 월급은 "
        "1인당 100달러에 불과하다. 식당은 매년 본국에 30만 달러를 보낸다고 대북 소식통은 전했다.",
        {("wage", 100, 100, "USD", "month"), ("revenue", 30 * M, 30 * M, "USD", "year")},
        {(20, 20)},
    ),
    (
        "hankookilbo.com",
        "한국 정부는 북한 해외 노동자 불법 고용을 신고한 사람에게 최대 1억 원의 포상금을 주기로 "
        "했다. 통일부는 북한이 중국과 러시아에 있는 노동자 5만여 명에게서 매년 1인당 5천 달러 "
        "이상을 거둬들이는 것으로 보고 있다.",
        {("wage", 5000, None, "USD", "year")},
        {(5 * M, None)},
    ),
    (
        "kbs.co.kr",
        "세계식량계획(WFP)은 북한 영양 지원 사업에 올해 5천200만 달러가 필요하다고 밝혔습니다. "
        "같은 날 유엔 전문가 패널은 북한이 해외 노동자 10만 명으로부터 연간 5억 달러 이상을 "
        "벌어들인다고 추정했습니다.",
        {("revenue", 5 * B, None, "USD", "year")},
        {(10 * M, 10 * M)},
    ),
    (
        "dailynk.com",
        "중국 파견을 앞둔 북한 노동자들은 선발 과정에서 쓴 뇌물을 마련하려고 돈주에게 1인당 "
        "2천 달러씩을 빌린다. 이들이 중국에서 받는 월급은 2천500위안 안팎이며 빚을 갚는 데만 "
        "1년이 걸린다고 소식통은 말했다.",
        {("wage", 2500, 2500, "CNY", "month")},
        set(),
    ),
    (
        "hani.co.kr",
        "한국은행은 지난해 북한의 1인당 국민총소득(GNI)을 158만9천 원으로 추정했다. 러시아에 "
        "파견된 북한 벌목공 한 명이 한 해 버는 돈은 이보다 많은 3천~4천 달러 수준이다.",
        {("wage", 3000, 4000, "USD", "year")},
        set(),
    ),
    (
        "rfa.org",
        "최근 루블화 환율은 1달러당 95루블 안팎입니다. 모스크바의 북한 건설 노동자들은 월 8만 "
        "루블을 받는데, 이 가운데 6만 루블을 국가에 바칩니다.",
        {("wage", 8 * M, 8 * M, "RUB", "month"), ("wage", 6 * M, 6 * M, "RUB", "month")},
        set(),
    ),
    (
        "news1.kr",
        "중국 랴오닝성 공장의 중국인 생산직 임금은 월 4천~5천 위안으로 올랐다. 이 때문에 "
        "업체들은 월 300~500달러면 되는 북한 노동자를 선호한다.",
        {("wage", 300, 500, "USD", "month")},
        set(),
    ),
]

# --- batch 3: percentages that are no share, profits, costs, fees beside true takings ----
# Written after the fixes of batches 1-2. First run: money precision 14/17, recall 14/16,
# 11/14 rows (extra: a plan's rate of fulfilment, 계획 달성률은 65%, read as a share; a
# passport fee, 여권 발급 명목으로 1인당 300달러; three years' hand-over read as revenue;
# missed: that hand-over, and the size of the earnings the sentence before spoke of, "그
# 규모를 연간 3억~5억 달러로"). After (rate nouns before a percentage; papers for going
# abroad as an exclusion; a span of years before a hand-over to the state; a scale noun
# referring to the workers' earnings of the sentence before): 16/16 and 16/16, 14/14.
G3: list[Article] = [
    (
        "yna.co.kr",
        "러시아에 있는 북한 노동자의 70%가 건설 현장에서 일하며, 이들은 월급의 80%를 당국에 "
        "바친다고 국정원은 밝혔다.",
        {("state_share", 80, 80)},
        set(),
    ),
    (
        "news1.kr",
        "북한 대외무역에서 중국이 차지하는 비중은 지난해 96%에 달했다. 통일부는 중국 내 북한 "
        "노동자들이 임금의 60~70%를 국가에 납부하는 것으로 보고 있다.",
        {("state_share", 60, 70)},
        set(),
    ),
    (
        "dailynk.com",
        '소식통은 "올해 상반기 중국 파견 북한 노동자들의 외화벌이 계획 달성률은 65%에 '
        '그쳤다"며 "노동자 1인당 월 계획분 2천 위안을 채우지 못한 곳이 많다"고 전했다.',
        {("wage", 2000, 2000, "CNY", "month")},
        set(),
    ),
    (
        "hani.co.kr",
        "한 연구기관은 북한 해외 노동자의 외화벌이가 북한 전체 외화 수입의 30% 안팎을 차지한다고 "
        "분석했다. 이 연구기관은 그 규모를 연간 3억~5억 달러로 추정했다.",
        {("revenue", 3 * B, 5 * B, "USD", "year")},
        set(),
    ),
    (
        "rfa.org",
        "단둥의 한 인력 중개업체는 북한 노동자 임금의 10%를 수수료로 떼고, 나머지를 북한 회사 "
        "측에 넘깁니다. 노동자 한 명의 월급은 2천300위안입니다.",
        {("wage", 2300, 2300, "CNY", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "신의주 장마당의 위안화 환율이 한 달 새 15% 뛰었다. 중국에서 일하는 북한 노동자들의 "
        "가족은 송금받은 돈의 가치가 올라 반기는 분위기라고 소식통은 전했다. 노동자들은 월급 "
        "가운데 1천 위안을 당자금으로 낸다.",
        {("wage", 1000, 1000, "CNY", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "러시아 정부 통계에 따르면 러시아에 입국한 북한 주민 가운데 취업 목적은 전체의 80%를 "
        "넘었습니다. 이들 노동자는 월 5만 루블 가운데 절반 이상을 국가에 바친다고 현지 "
        "소식통은 전했습니다.",
        {("wage", 5 * M, 5 * M, "RUB", "month"), ("state_share", 50, None)},
        set(),
    ),
    (
        "segye.com",
        "북한 노동자를 쓰는 중국 수산물 업체들은 인건비를 줄여 한 해 수백만 위안의 이익을 "
        "남긴다. 이들 업체가 북한 측에 주는 노동자 1인당 임금은 월 1천600위안이다.",
        {("wage", 1600, 1600, "CNY", "month")},
        set(),
    ),
    (
        "kbs.co.kr",
        "러시아 연해주에서 작업 중 다친 북한 노동자의 수술비 40만 루블은 러시아 업체가 "
        "부담했습니다. 이 노동자는 월급 6만 루블 가운데 4만5천 루블을 계획분으로 냈습니다.",
        {("wage", 6 * M, 6 * M, "RUB", "month"), ("wage", 45000, 45000, "RUB", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "중국에 파견된 북한 노동자들은 출국 전 진 빚에 월 5%의 이자를 물고 있으며, 임금의 "
        "70%는 당국이 가져간다.",
        {("state_share", 70, 70)},
        set(),
    ),
    (
        "nocutnews.co.kr",
        "러시아 물가가 지난해 9% 올랐지만 북한 노동자의 월급은 4년째 3만 루블에 묶여 있다.",
        {("wage", 3 * M, 3 * M, "RUB", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "유엔 전문가 패널은 북한이 지난해 제재를 피해 정제유 150만 배럴, 약 1억 달러어치를 "
        "들여왔다고 밝혔습니다. 패널은 또 북한이 해외 노동자를 통해 연 5억 달러가량을 번다고 "
        "추정했습니다.",
        {("revenue", 5 * B, 5 * B, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "북한 당국은 해외 파견 노동자에게 여권 발급 명목으로 1인당 300달러를 받는다. 이들이 3년 "
        "계약 기간에 국가에 내는 돈은 모두 2만 달러에 이른다.",
        {("wage", 2 * M, 2 * M, "USD", None)},
        set(),
    ),
    (
        "yna.co.kr",
        "러시아에 있던 북한 노동자의 절반가량이 귀국했지만, 남은 노동자들은 여전히 임금의 90%를 "
        "당에 바치고 있다.",
        {("state_share", 90, 90)},
        set(),
    ),
]

# --- batch 4: longer news items, several amounts in each ---------------------------------
# Written after the fixes of batches 1-3. First run: money precision 19/21, recall 19/20,
# 8/10 rows (extra: a phone's price, "한 대에 1천200위안씩 팔고", and "월 100달러도 안
# 됩니다" read as exactly 100, its missed bound; a count of ten people sharing a room's
# rent, "10명이 나눠 낸다"). After (a device counter 대 for piece prices and verbs of
# selling after "…씩"; the polite "도 안 됩" as at most; sharing as one unit's size):
# 20/20 and 20/20, 10/10.
G4: list[Article] = [
    (
        "yna.co.kr",
        "北 노동자가 지은 블라디보스토크 아파트, ㎡당 15만 루블에 분양\n"
        "(블라디보스토크=연합뉴스) 북한 건설 노동자들이 지은 블라디보스토크의 한 아파트 단지가 "
        "㎡당 15만 루블에 분양됐다. 시공을 맡은 러시아 업체는 이 단지로 30억 루블의 매출을 "
        "올렸다. 현지 소식통에 따르면 이 현장의 북한 노동자 150여 명은 1인당 월 8만 루블을 "
        "받았으며, 이 가운데 6만 루블을 국가 계획분으로 바쳤다.",
        {("wage", 8 * M, 8 * M, "RUB", "month"), ("wage", 6 * M, 6 * M, "RUB", "month")},
        {(150, None)},
    ),
    (
        "dailynk.com",
        "중국 랴오닝성 단둥의 한 전자부품 공장에서 일하는 북한 여성 노동자들에게 회사가 "
        "스마트폰을 한 대에 1천200위안씩 팔고 있다고 소식통이 전했다. 이 노동자들의 월급은 "
        "2천 위안 남짓인데, 이 가운데 1천400위안을 충성자금으로 내고 나면 전화기 한 대 값도 "
        '남지 않는다. 소식통은 "방 한 칸 월세 3천 위안을 10명이 나눠 낸다"고 덧붙였다.',
        {("wage", 2000, None, "CNY", "month"), ("wage", 1400, 1400, "CNY", "month")},
        set(),
    ),
    (
        "rfa.org",
        "러시아 연해주 정부는 올해 북한에 밀가루 1천t, 50만 달러 상당을 지원했습니다. 같은 "
        "기간 연해주에 새로 들어온 북한 노동자는 2천여 명으로, 이들이 한 해 본국에 보내는 "
        "돈은 모두 1천500만 달러로 추산됩니다. 연해주 당국자는 북한 노동자 1명이 국가에 "
        "내는 돈이 한 달 600달러라고 말했습니다.",
        {("revenue", 1500 * M, 1500 * M, "USD", "year"), ("wage", 600, 600, "USD", "month")},
        {(2000, None)},
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 정부는 북한 노동자를 불법 고용한 혐의로 기소된 중국 국적 사업가가 보석금 "
        "50만 달러를 내고 풀려났다고 밝혔다. 이 사업가의 업체는 북한 노동자 80명을 고용해 "
        "1인당 월 2천500위안을 주고, 임금 총액의 70%를 북한 무역회사 계좌로 보냈다.",
        {("wage", 2500, 2500, "CNY", "month"), ("state_share", 70, 70)},
        {(80, 80)},
    ),
    (
        "hani.co.kr",
        "두만강 자동차 다리 건설비 90억 원은 러시아가 전액 부담한다. 다리가 완공되면 러시아로 "
        "가는 북한 노동자가 늘어날 전망이다. 현재 러시아의 북한 노동자들은 월 300~500달러를 "
        "받고 있으며 국가 납부금은 1인당 월 200달러 안팎이다.",
        {("wage", 300, 500, "USD", "month"), ("wage", 200, 200, "USD", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "북한 벌목공들이 아무르주에서 베어낸 원목은 한 해 2천만 달러어치에 이릅니다. 러시아 "
        "측은 원목 1㎥당 8달러를 북한 측에 주고, 북한 임업성은 벌목 사업으로 연간 600만 "
        "달러가량을 벌어들이는 것으로 알려졌습니다. 벌목공 한 명이 손에 쥐는 돈은 월 "
        "100달러도 안 됩니다.",
        {("revenue", 600 * M, 600 * M, "USD", "year"), ("wage", None, 100, "USD", "month")},
        set(),
    ),
    (
        "segye.com",
        "북한 노동자 200명을 태운 전세기 운항 비용 20만 달러는 러시아 건설업체가 냈다. 업체는 "
        "이들 노동자의 1년 치 임금으로 모두 96만 달러를 북한 측에 선불로 보냈다. 노동자 한 "
        "명에게 돌아가는 돈은 한 달 100달러 수준이다.",
        {("revenue", 96 * M, 96 * M, "USD", "year"), ("wage", 100, 100, "USD", "month")},
        {(200, 200)},
    ),
    (
        "kbs.co.kr",
        "[앵커] 중국 공안이 단둥의 북한 식당 두 곳에서 영업 허가 없이 번 돈이라며 현금 30만 "
        "위안을 압수했습니다. 이 식당들은 매달 평양에 각각 5만 위안을 보내왔습니다. 식당 "
        "종업원의 월급은 800위안 정도라고 현지 소식통은 전했습니다.",
        {("revenue", 5 * M, 5 * M, "CNY", "month"), ("wage", 800, 800, "CNY", "month")},
        set(),
    ),
    (
        "chosun.com",
        "북한이 올해 러시아에 보낸 노동자들로부터 거둔 외화는 최소 1억 달러, 최대 2억 달러로 "
        "추정된다. 같은 기간 북한이 러시아에서 들여온 밀가루와 석유는 4천만 달러어치였다. "
        "노동자들은 건설 현장에서 하루 12시간씩 일하고 한 달 1천 달러를 받지만 그 대부분을 "
        "당국에 빼앗긴다.",
        {
            ("revenue", 1 * B, 2 * B, "USD", "year"),
            ("wage", 1000, 1000, "USD", "month"),
        },
        set(),
    ),
    (
        "nocutnews.co.kr",
        "미국 재무부는 북한 IT 노동자들의 수익 세탁을 도운 혐의로 라오스의 한 기업인에게 "
        "1천만 달러의 현상금을 걸었다. 재무부에 따르면 라오스에 있는 북한 IT 노동자 30여 명은 "
        "한 사람이 월 3천~5천 달러를 벌었고, 이 돈의 90%가 북한 군수공업부로 넘어갔다.",
        {("wage", 3000, 5000, "USD", "month"), ("state_share", 90, 90)},
        {(30, None)},
    ),
]

# --- batch 5: columns, interviews, report bullets, compounds and qualifiers ---------------
# Written after the fixes of batches 1-4. First run: money precision 16/19, recall 16/19,
# 7/12 rows (extra: money collected for clothes and cosmetics, "옷값과 화장품값 명목으로
# 매달 300위안"; a Tajik worker's day rate, "타지크 노동자는 4천 루블"; a monthly pay put over
# a year, "월 5천 달러, 연간으로 6만 달러가량", read as revenue by size; missed: that one, the
# answer to an interviewer's "한 달에 얼마를 받았나", and the level now, "현재는 연 5억
# 달러 수준이다", of the takings the sentence before gave as a goal). After (값 as a price
# noun before a figure; Central Asian demonyms; a figure 10-14 times the monthly pay just
# before it, as the next item of its list, is that pay over a year; a question for one's pay
# makes a person-sized answer pay; a bare copula after a figure in a sentence opening on the
# present continues the amount before): 19/19 and 19/19, 12/12.
G5: list[Article] = [
    (
        "donga.com",
        "[칼럼] 북한 해외 노동자 1명이 한 해 국가에 바치는 돈은 약 5천~7천 달러다. 이는 평양 "
        "노동자 월급(북한 돈 5천 원)의 수백 배다. 이를 전체 노동자 수로 곱하면 북한 정권은 "
        "해마다 5억 달러 이상, 우리 돈으로 6천500억 원이 넘는 돈을 챙기는 셈이다.",
        {("wage", 5000, 7000, "USD", "year"), ("revenue", 5 * B, None, "USD", "year")},
        set(),
    ),
    (
        "hani.co.kr",
        "러시아 건설 현장에 파견됐던 북한 노동자 출신 A씨와의 일문일답.\n"
        "― 러시아에서 한 달에 얼마를 받았나.\n"
        '"계약서에는 1천200달러로 돼 있었는데 실제로는 회사가 800달러를 떼고 400달러를 줬다. 그 '
        '돈으로 담배 한 갑에 150루블 하는 것도 아껴 피웠다."',
        {
            ("wage", 1200, 1200, "USD", "month"),
            ("wage", 800, 800, "USD", "month"),
            ("wage", 400, 400, "USD", "month"),
        },
        set(),
    ),
    (
        "yna.co.kr",
        "통일연구원 보고서 주요 내용\n"
        "▲ 해외 파견 북한 노동자 규모: 약 10만 명\n"
        "▲ 1인당 월평균 임금: 500~1천 달러\n"
        "▲ 국가 납부 비율: 임금의 60~90%\n"
        "▲ 보고서 발간 예산: 4천만 원",
        {("wage", 500, 1000, "USD", "month"), ("state_share", 60, 90)},
        {(10 * M, 10 * M)},
    ),
    (
        "news1.kr",
        "북한이 2023년 한 해 동안 러시아 내 노동자들로부터 거둬들인 돈은 1억4천만 달러로, 같은 "
        "해 러시아와의 교역액 3천400만 달러의 4배가 넘는다.",
        {("revenue", 14000 * M, 14000 * M, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "소식통에 따르면 중국 선양의 북한 식당 종업원들은 적어도 한 달에 1천500위안을 받지만, "
        "식당 지배인은 이들에게 옷값과 화장품값 명목으로 매달 300위안을 걷는다.",
        {("wage", 1500, None, "CNY", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "국정원은 북한 IT 노동자 1명이 월 5천 달러, 연간으로 6만 달러가량을 벌며 이 가운데 "
        "상당 부분이 무기 개발에 쓰인다고 밝혔다.",
        {("wage", 5000, 5000, "USD", "month"), ("wage", 6 * M, 6 * M, "USD", "year")},
        set(),
    ),
    (
        "rfa.org",
        "중국 은행들은 북한 노동자 임금이 든 계좌 30여 개를 동결했습니다. 계좌 잔액은 모두 "
        "120만 위안이었습니다. 노동자들은 1인당 월 2천 위안의 임금 가운데 1천500위안을 국가에 "
        "바쳐 왔습니다.",
        {("wage", 2000, 2000, "CNY", "month"), ("wage", 1500, 1500, "CNY", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "북한 당국은 러시아 파견 노동자들에게 출국 전 한 달간 러시아어 교육을 시키며 교육비로 "
        "1인당 50달러를 받는다. 파견 뒤에는 월 700달러의 계획분이 부과된다.",
        {("wage", 700, 700, "USD", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "북한은 2030년까지 해외 노동자 외화벌이를 연 10억 달러로 늘린다는 목표를 세웠다고 대북 "
        "소식통이 전했다. 현재는 연 5억 달러 수준이다.",
        {("revenue", 10 * B, 10 * B, "USD", "year"), ("revenue", 5 * B, 5 * B, "USD", "year")},
        set(),
    ),
    (
        "voakorea.com",
        "안보리 결의 2397호는 북한 노동자들을 2019년 12월 22일까지 모두 송환하도록 했습니다. "
        "당시 유엔은 해외 북한 노동자 약 10만 명이 연간 5억 달러를 번다고 추산했습니다.",
        {("revenue", 5 * B, 5 * B, "USD", "year")},
        {(10 * M, 10 * M)},
    ),
    (
        "rfa.org",
        "러시아 건설 현장의 북한 노동자 일당은 3천 루블이지만, 같은 현장의 타지크 노동자는 "
        "4천 루블을 받습니다.",
        {("wage", 3000, 3000, "RUB", None)},
        set(),
    ),
    (
        "voakorea.com",
        "몽골 울란바토르의 북한 노동자들은 월 100만 투그릭을 받습니다. 몽골 정부는 외국인 고용 "
        "부담금으로 1인당 월 20만 투그릭을 걷습니다.",
        {("wage", 100 * M, 100 * M, "MNT", "month")},
        set(),
    ),
]

# --- batch 6: other currencies, seafarers, courts, denials, arrears, rent -----------------
# Written after the fixes of batches 1-5. First run: money precision 12/15, recall 12/15,
# 7/12 rows (missed: pay in Kuwaiti dinars and Polish zloty, no currency then; extra: foreign
# doctors' average pay, "외국인 의사 평균 월급은 3천 달러"; a broker's takings per placement,
# "1명을 소개할 때마다 2천 디르함"; pay in arrears, "석 달 치 임금 90만 위안이 밀렸다").
# After (디나르, 즐로티 and 파운드 as currencies with personal sizes; doctors, nurses and
# teachers as other nations' workers; per-placement takings and 밀렸 as exclusions): 15/15
# and 15/15, 12/12.
G6: list[Article] = [
    (
        "yna.co.kr",
        "쿠웨이트 건설 현장에서 일했던 북한 노동자들은 월 120디나르를 받았으나 이 가운데 "
        "100디나르를 국가에 바쳤다고 유엔 보고서는 밝혔다. 쿠웨이트 정부는 외국인 노동자 "
        "최저임금을 월 75디나르로 정하고 있다.",
        {("wage", 120, 120, "KWD", "month"), ("wage", 100, 100, "KWD", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "폴란드 조선소에 파견됐던 북한 용접공들은 시간당 15즐로티를 받았지만 월급은 북한 측 "
        "중개회사 계좌로 들어갔습니다. 폴란드 당국은 이 중개회사에 10만 즐로티의 과태료를 "
        "부과했습니다.",
        {("wage", 15, 15, "PLN", None)},
        set(),
    ),
    (
        "rfa.org",
        "북한 선원 20명을 태운 중국 어선의 선주는 선원 1인당 월 3천 위안을 북한 송출회사에 "
        "지급했습니다. 이 어선의 한 해 어획고는 500만 위안어치였습니다.",
        {("wage", 3000, 3000, "CNY", "month")},
        {(20, 20)},
    ),
    (
        "yna.co.kr",
        '조선중앙통신은 "우리 노동자들이 해외에서 수억 달러를 벌어 무기 개발에 쓴다는 것은 '
        '날조"라고 주장했다. 그러나 국정원은 북한이 해외 노동자로 연 3억 달러 이상을 번다고 '
        "본다.",
        {("revenue", 3 * B, None, "USD", "year")},
        set(),
    ),
    (
        "news1.kr",
        "서울중앙지법은 북한 IT 노동자에게 국내 기업 일감을 중개하고 수수료 3억 원을 챙긴 "
        "혐의로 기소된 A씨에게 징역 2년을 선고했다. 검찰에 따르면 북한 IT 노동자들은 이 "
        "일감으로 1인당 월 평균 4천 달러를 벌었다.",
        {("wage", 4000, 4000, "USD", "month")},
        set(),
    ),
    (
        "newsis.com",
        "외교부는 북한 해외 노동자 문제 대응 예산으로 내년에 20억 원을 배정했다고 밝혔다. "
        "외교부는 북한 노동자들이 본국에 바치는 돈이 1인당 연 6천~8천 달러라고 설명했다.",
        {("wage", 6000, 8000, "USD", "year")},
        set(),
    ),
    (
        "segye.com",
        "탄자니아에 파견된 북한 의사 1명이 현지에서 받는 월급은 1천500달러이지만 대사관에 매달 "
        "1천 달러를 내야 한다. 현지 병원의 외국인 의사 평균 월급은 3천 달러다.",
        {("wage", 1500, 1500, "USD", "month"), ("wage", 1000, 1000, "USD", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "아랍에미리트 두바이의 북한 건설 노동자들은 월 1천500디르함을 받는 것으로 알려졌습니다. "
        "현지 인력 알선업체들은 노동자 1명을 소개할 때마다 2천 디르함을 챙깁니다.",
        {("wage", 1500, 1500, "AED", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "유럽연합(EU)은 북한 노동자를 고용한 역내 기업에 최대 50만 유로의 벌금을 물릴 수 있도록 "
        "했다. EU 보고서는 유럽 내 북한 노동자들이 월 평균 800유로를 받지만 손에 쥐는 것은 "
        "100유로 남짓이라고 밝혔다.",
        {("wage", 800, 800, "EUR", "month"), ("wage", 100, None, "EUR", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "중국 훈춘의 한 의류업체가 파산하면서 북한 노동자 150명의 석 달 치 임금 90만 위안이 "
        "밀렸다. 이 업체는 그동안 노동자 1인당 월 2천 위안을 북한 회사에 지급해 왔다.",
        {("wage", 2000, 2000, "CNY", "month")},
        {(150, 150)},
    ),
    (
        "rfa.org",
        "블라디보스토크의 북한 노동자 숙소는 한 방에 8명이 지내며, 러시아 업체가 월 4만 루블의 "
        "임대료를 냅니다. 노동자들은 매달 1인당 3만 루블을 계획분으로 바칩니다.",
        {("wage", 3 * M, 3 * M, "RUB", "month")},
        set(),
    ),
    (
        "hani.co.kr",
        "북한 IT 노동자들은 번 돈을 가상화폐로 바꿔 북한에 보내는데, 유엔 패널은 이렇게 넘어간 "
        "돈이 한 해 2억5천만~6억 달러라고 추산했다.",
        {("revenue", 25000 * M, 6 * B, "USD", "year")},
        set(),
    ),
]

# --- batch 7: headlines in hanja, signs before digits, costs of hiring, older years -------
# Written after the fixes of batches 1-6. First run: money precision 8/9, recall 8/11, 6/10
# rows (extra: Russian loggers' pay, "당시 러시아 벌목공은 월 300달러"; missed: three
# excerpts gated out, thin ones that name no worker or no DPRK word). After (loggers, miners
# and fishers as other nations' workers; "N년간 일해 손에 쥐는 돈" as the stay's total):
# 8/8 and 8/11, 7/10, the three gated excerpts strict xfails.
G7: list[Article] = [
    (
        "donga.com",
        "北, 러 파견 노동자로 年 2억弗…벌금은 1인당 5천弗\n"
        "북한이 러시아에 보낸 노동자들로부터 한 해 2억 달러가량을 거둬들이는 것으로 "
        "추산됐다. 러시아 당국은 북한 노동자를 불법 고용한 업체에 노동자 1명당 5천 달러의 "
        "벌금을 물리고 있다.",
        {("revenue", 2 * B, 2 * B, "USD", "year")},
        set(),
    ),
    (
        "segye.com",
        "중국 업체가 북한 노동자 1명을 들여오는 데 드는 비용은 항공료와 수속비를 합쳐 "
        "3천 위안 정도다. 업체는 노동자 1명당 월 2천500위안을 북한 측에 지불한다.",
        {("wage", 2500, 2500, "CNY", "month")},
        set(),
    ),
    (
        "hani.co.kr",
        "1990년대 시베리아 벌목장의 북한 벌목공 월급은 100달러 안팎이었다. 당시 러시아 "
        "벌목공은 월 300달러를 받았다.",
        {("wage", 100, 100, "USD", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "미국 법원 기록에 따르면 북한 IT 노동자 한 명은 미국 기업 두 곳에서 US$ 8,000과 "
        "US$ 9,500의 월급을 받았습니다. 이 IT 노동자가 빌린 노트북 임대료는 월 $150였습니다.",
        {("wage", 8000, 8000, "USD", "month"), ("wage", 9500, 9500, "USD", "month")},
        set(),
    ),
    (
        "news1.kr",
        "러시아 건설 부문에서만 북한이 연간 1억 달러 이상을 벌어들인다는 분석이 나왔다. 같은 "
        "보고서는 북한산 석탄 밀수 규모를 연간 4억 달러로 추정했다.",
        {("revenue", 1 * B, None, "USD", "year")},
        set(),
    ),
    (
        "rfa.org",
        "중국 랴오닝성 당국은 북한 노동자에게 매달 1인당 200위안의 사회보험료를 면제해 주고 "
        "있습니다. 북한 노동자들의 월급은 1천800~2천200위안 수준입니다.",
        {("wage", 1800, 2200, "CNY", "month")},
        set(),
    ),
    (
        "dailynk.com",
        '소식통은 "3년 계약이 끝나 귀국하는 노동자들이 세관에 바치는 돈만 1인당 200달러"라며 '
        '"3년간 일해 손에 쥐는 돈은 총 3천 달러 남짓"이라고 말했다.',
        {("wage", 3000, None, "USD", None)},
        set(),
    ),
    (
        "yna.co.kr",
        "통일부는 북한이 해외 식당 100여 곳을 통해 연간 1천만 달러 이상을 벌어들이는 것으로 "
        "본다. 평양의 한 식당은 중국 단체 관광객에게 1인당 50달러짜리 메뉴를 판다.",
        {("revenue", 1000 * M, None, "USD", "year")},
        set(),
    ),
    (
        "kbs.co.kr",
        "러시아 극동의 한 건설사는 북한 노동자 500명을 쓰면서 인력 대금으로 한 해 "
        "360만 달러를 북한 회사에 보냈습니다. 이 건설사의 한 해 매출은 2억 루블입니다.",
        {("revenue", 360 * M, 360 * M, "USD", "year")},
        {(500, 500)},
    ),
    (
        "nocutnews.co.kr",
        "해외 파견을 원하는 북한 주민들은 간부들에게 뇌물로 1천~2천 달러를 건넨다. 파견되면 "
        "월 500~700달러를 벌 수 있기 때문이라고 소식통은 설명했다.",
        {("wage", 500, 700, "USD", "month")},
        set(),
    ),
]

# --- batch 8: percentages of people, growth and return rates, conversions in prose ----------
# Written after the fixes of batches 1-7. First run: money precision 7/8, recall 7/8, 6/8
# rows (extra: the workers' own part, "노동자들에게는 임금의 20%만 돌아가고, 나머지는 국가가
# 가져갑니다", read as the state's share; missed: an excerpt gated out). Ungated that excerpt
# also gave a share of people, "북한 사람은 5% 남짓이지만 이들이 국가에 바치는 돈은", the
# taking verb of the next clause. After (a percentage received by the worker is not the
# state's; a taking verb counts for a percentage only inside its own clause): 7/7 and 7/8,
# 7/8, the gated excerpt a strict xfail.
G8: list[Article] = [
    (
        "yna.co.kr",
        "국정원에 따르면 러시아 내 북한 노동자의 90%가 건설 현장에서 일하며, 이들이 번 돈의 "
        "70~80%는 노동당 39호실로 들어간다.",
        {("state_share", 70, 80)},
        set(),
    ),
    (
        "news1.kr",
        "한국은행은 북한 경제가 지난해 3.1% 성장했다고 추정했다. 성장에는 러시아 파견 "
        "노동자들이 보내온 외화가 한몫했으며, 그 규모는 연간 2억~3억 달러로 추산된다.",
        {("revenue", 2 * B, 3 * B, "USD", "year")},
        set(),
    ),
    (
        "voakorea.com",
        "유엔 회원국들이 제출한 이행 보고서를 보면 북한 노동자 송환율은 70%에 그쳤습니다. 남은 "
        "노동자들은 여전히 임금의 절반 이상을 북한 당국에 바치고 있습니다.",
        {("state_share", 50, None)},
        set(),
    ),
    (
        "hani.co.kr",
        "북한 해외 노동자들이 벌어들이는 외화는 연간 5억 달러, 우리 돈 약 6천700억 원에 "
        "해당하는 것으로 추정된다. 이는 북한 전체 외화 수입의 20%가량이다.",
        {("revenue", 5 * B, 5 * B, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "러시아 극동의 외국인 노동자 가운데 북한 사람은 5% 남짓이지만 이들이 국가에 바치는 돈은 "
        "1인당 월 800달러로 가장 많다고 소식통은 전했다.",
        {("wage", 800, 800, "USD", "month")},
        set(),
    ),
    (
        "segye.com",
        "중국 수산물 가공업체들의 북한 노동자 의존도는 40%를 넘는다. 업체들은 북한 노동자 "
        "1인당 월 1천800위안을 주고, 북한 측은 이 가운데 80%를 가져간다.",
        {("wage", 1800, 1800, "CNY", "month"), ("state_share", 80, 80)},
        set(),
    ),
    (
        "rfa.org",
        "북한 무역회사들은 노동자 송출 대가로 받는 돈의 10%를 중국 측 중개인에게 수수료로 "
        "줍니다. 노동자들에게는 임금의 20%만 돌아가고, 나머지는 국가가 가져갑니다.",
        set(),
        set(),
    ),
    (
        "kbs.co.kr",
        "러시아 통계청에 따르면 올해 1~6월 북한 국적자의 입국은 지난해 같은 기간보다 "
        "8배 늘었습니다. 이들 노동자의 월급은 우리 돈으로 약 100만 원, 미화로 750달러 "
        "수준입니다.",
        {("wage", 750, 750, "USD", "month")},
        set(),
    ),
]

# --- batch 9: whole news items with a headline, several true amounts and several others ---
# Written after the fixes of batches 1-8. First run: money precision 12/12, recall 12/12,
# 6/6 rows (no fix).
G9: list[Article] = [
    (
        "yna.co.kr",
        '"北노동자 월급 절반 이상 당국이 챙겨"…러 현지 보도\n'
        "(모스크바=연합뉴스) 러시아 현지 매체는 연해주 건설 현장의 북한 노동자들이 한 달에 "
        "9만 루블가량을 받지만 절반 이상을 북한 당국에 낸다고 보도했다. 매체에 따르면 같은 "
        "현장의 러시아 노동자는 월 12만 루블을 받고, 현장 식당의 점심은 한 끼에 400루블이다. "
        "매체는 또 연해주 정부가 올해 외국인 노동자 고용 허가 수수료로 1억 루블을 거뒀다고 "
        "전했다.",
        {("wage", 9 * M, 9 * M, "RUB", "month"), ("state_share", 50, None)},
        set(),
    ),
    (
        "news1.kr",
        '국정원 "北, 해외 노동자 외화벌이 年 3억 달러"…IT 인력은 별도\n'
        "(서울=뉴스1) 국가정보원은 북한이 해외 노동자를 통해 연간 3억 달러를 벌어들이고 있다고 "
        "밝혔다. IT 인력의 외화벌이는 이와 별도로 연간 2억 달러 수준이다. 국정원은 북한이 "
        "올해 가상자산 탈취로 10억 달러 이상을 챙겼으며, 러시아와의 무기 거래로 수십억 달러를 "
        "벌었다고 덧붙였다.",
        {("revenue", 3 * B, 3 * B, "USD", "year"), ("revenue", 2 * B, 2 * B, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "[단독] 中 단둥 北 봉제공장, 충성자금 1인당 月 800위안으로 인상\n"
        "데일리NK 중국 소식통에 따르면 단둥의 북한 봉제공장 노동자들이 이달부터 1인당 매달 "
        "800위안을 충성자금으로 내게 됐다. 이들의 월급은 2천 위안 정도로, 공장 측은 원단 "
        "구입비로 한 해 300만 위안을 쓰고 완제품을 한 벌에 40위안씩 받고 남한 업체에 넘긴다. "
        '소식통은 "노동자들이 한 달 생활비로 쓰는 돈은 200위안도 안 된다"고 말했다.',
        {("wage", 800, 800, "CNY", "month"), ("wage", 2000, 2000, "CNY", "month")},
        set(),
    ),
    (
        "hani.co.kr",
        "[기획] 북한 해외 노동자, 얼마나 벌고 얼마를 바치나\n"
        "한 대북 연구기관이 탈북한 전직 해외 노동자 30명을 면접한 결과, 이들이 현지에서 받은 "
        "임금은 월평균 650달러였고 그 가운데 국가에 바친 돈은 평균 450달러였다. 이 연구에는 "
        "정부 예산 8천만 원이 들었다. 연구기관은 한국의 최저임금이 시간당 1만 원을 넘는 것과 "
        "비교하면 이들의 노동 조건이 열악하다고 지적했다.",
        {("wage", 650, 650, "USD", "month"), ("wage", 450, 450, "USD", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "미국 재무부는 중국과 러시아에서 북한 노동자 송출에 관여한 회사 3곳을 제재했습니다. "
        "재무부에 따르면 이 회사들은 노동자 1인당 월 300달러씩을 북한으로 송금했으며, 지난 "
        "3년 동안 모두 1천800만 달러를 보냈습니다. 재무부는 이들 회사의 미국 내 자산 50만 "
        "달러를 동결했습니다.",
        {("wage", 300, 300, "USD", "month"), ("revenue", 1800 * M, 1800 * M, "USD", None)},
        set(),
    ),
    (
        "segye.com",
        "쿠웨이트 건설 현장의 북한 노동자는 하루 12시간씩 일하고 한 달에 약 100디나르를 "
        "받는다. 한국 건설사가 현지에서 쓰는 필리핀 노동자는 월 250디나르를 받으며, 현지 "
        "숙소 월세는 1인당 30디나르다. 북한 측 감독관은 노동자들의 임금 가운데 70%를 거둬 "
        "간다.",
        {("wage", 100, 100, "KWD", "month"), ("state_share", 70, 70)},
        set(),
    ),
]

# --- batch 10: country tables, per-head takings, deaths and damages, fines in roubles ------
# Written after the fixes of batches 1-9. First run: money precision 5/5, recall 5/11, 3/6
# rows (missed: a share that flows to the state, "번 돈의 90%가량이 북한 당국으로
# 흘러간다"; two excerpts gated out, a bare table under a heading and a returnees' account
# naming no DPRK word, both read right ungated). After (흘러가 as a verb of passing to a
# recipient): 6/6 and 6/11, 4/6, the two gated excerpts strict xfails.
G10: list[Article] = [
    (
        "kinu.or.kr",
        "[표] 국가별 북한 노동자 월 임금(추정)\n"
        "- 러시아: 6만~9만 루블\n"
        "- 중국: 1천800~2천500위안\n"
        "- 중동: 500~700달러\n"
        "※ 조사 비용은 통일연구원 예산 3천만 원으로 충당",
        {
            ("wage", 6 * M, 9 * M, "RUB", "month"),
            ("wage", 1800, 2500, "CNY", "month"),
            ("wage", 500, 700, "USD", "month"),
        },
        set(),
    ),
    (
        "rfa.org",
        "러시아 하바롭스크 법원은 북한 노동자 20명을 불법 고용한 건설업체에 40만 루블의 벌금형을 "
        "선고했습니다. 이 업체는 노동자 한 명당 매달 7만 루블을 북한 회사에 보냈고, 노동자들 "
        "손에는 1만 루블만 남았습니다.",
        {("wage", 7 * M, 7 * M, "RUB", "month"), ("wage", 1 * M, 1 * M, "RUB", "month")},
        {(20, 20)},
    ),
    (
        "yna.co.kr",
        "중국 지린성의 한 수산물 공장에서 일하던 북한 여성 노동자가 사고로 숨지자 공장 측은 "
        "유족 위로금으로 20만 위안을 북한 영사관에 전달했다. 숨진 노동자의 월급은 "
        "1천500위안이었다.",
        {("wage", 1500, 1500, "CNY", "month")},
        set(),
    ),
    (
        "news1.kr",
        "북한 IT 노동자 1명이 벌어들이는 돈은 연평균 5만 달러로, 북한 주민 1인당 국민소득 "
        "1천100달러의 40배가 넘는다. 정부는 이들 IT 노동자가 번 돈의 90%가량이 북한 당국으로 "
        "흘러간다고 본다.",
        {("wage", 5 * M, 5 * M, "USD", "year"), ("state_share", 90, 90)},
        set(),
    ),
    (
        "dailynk.com",
        "소식통에 따르면 러시아 파견을 마치고 돌아온 노동자들이 국경 세관에서 압수당한 "
        "물품은 1인당 500달러어치에 이른다. 이들은 러시아에서 매달 600달러를 국가에 바쳤고, "
        "본인 몫으로는 한 달 150달러를 받았다고 한다.",
        {("wage", 600, 600, "USD", "month"), ("wage", 150, 150, "USD", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "몽골 정부는 2017년 북한 노동자 1천200명을 고용한 업체들에 1인당 월 20만 투그릭의 "
        "고용 부담금을 물렸습니다. 당시 북한 노동자들의 월급은 100만~120만 투그릭이었습니다.",
        {("wage", 100 * M, 120 * M, "MNT", "month")},
        {(1200, 1200)},
    ),
]

# --- batch 11: troops, arms, tourism and seafood beside labour money; vague classes ---------
# Written after the fixes of batches 1-10. First run: money precision 8/10, recall 8/9, 5/6
# rows (a vague class and a figure joined by a range link, "수억 달러에서 많게는 10억
# 달러", read as two amounts, the class and "at most 10억"). After (a vague class before a
# figure of the same unit and currency, joined by a range link and not a change, is a range
# from the class's low end): 9/9 and 9/9, 6/6.
G11: list[Article] = [
    (
        "yna.co.kr",
        "국정원은 러시아에 파병된 북한군 병사들이 1인당 월 2천 달러를 받기로 했지만 실제로는 "
        "대부분을 당국이 가져간다고 밝혔다. 국정원은 또 러시아 건설 현장에 새로 보낸 북한 "
        "노동자들의 임금이 월 800~1천 달러 수준이라고 설명했다.",
        {("wage", 800, 1000, "USD", "month")},
        set(),
    ),
    (
        "news1.kr",
        "북한은 지난해 러시아에 포탄과 미사일을 넘기고 수십억 달러어치의 식량과 원유를 받은 "
        "것으로 추정된다. 이와 별개로 러시아 내 북한 노동자들은 해마다 수억 달러를 본국에 "
        "보내고 있다.",
        {("revenue", 2 * B, 999_999_999, "USD", "year")},
        set(),
    ),
    (
        "rfa.org",
        "북한 원산 갈마 관광지구를 찾은 러시아 관광객은 1인당 1천400달러를 냈습니다. 같은 "
        "시기 블라디보스토크의 북한 식당 종업원들은 월 3만 루블을 받았고, 식당은 매달 "
        "50만 루블을 평양에 보냈습니다.",
        {("wage", 3 * M, 3 * M, "RUB", "month"), ("revenue", 50 * M, 50 * M, "RUB", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "북한산 수산물의 중국 밀수출 규모는 연간 3억 달러로 추정됩니다. 중국 수산물 가공공장의 "
        "북한 노동자들은 월 1천500~2천 위안을 받으며, 이 가운데 1천 위안을 국가 계획분으로 "
        "냅니다.",
        {("wage", 1500, 2000, "CNY", "month"), ("wage", 1000, 1000, "CNY", "month")},
        set(),
    ),
    (
        "hani.co.kr",
        "북한 해외 노동자들의 외화벌이는 수억 달러에서 많게는 10억 달러에 이르는 것으로 "
        "추정된다. 이들 노동자 개인이 한 해에 손에 쥐는 돈은 수백 달러에 그친다.",
        {("revenue", 2 * B, 10 * B, "USD", "year"), ("wage", 200, 999, "USD", "year")},
        set(),
    ),
    (
        "segye.com",
        "중국 단둥의 북한 노동자들은 최대 월 2천 위안까지 받는다. 한국 중소기업에서 일하는 "
        "외국인 노동자 월급은 평균 250만 원이다.",
        {("wage", None, 2000, "CNY", "month")},
        set(),
    ),
]

# --- batch 12: longer items, everyday prices in the sentences after the pay ---------------
# Written after the fixes of batches 1-11. First run: money precision 6/8, recall 6/9, 1/5
# rows (extra: an air fare, "비행기 삯은 1인당 400달러", and a price per job, "건당 수백
# 달러를 받는다"; missed: a restaurant's yearly sending, "식당은 한 해 평양에 20만 위안을
# 보냅니다", the recipient before the figure and the verb fused with its ending; an item gated
# out). After (fares written with 삯; per-piece words such as 건당 as piece rates; the state's
# places at home as payees, with the fused forms of sending and handing over as verbs of
# paying): 7/7 and 7/9, 4/5, the gated item a strict xfail.
G12: list[Article] = [
    (
        "dailynk.com",
        "러시아 하바롭스크의 북한 건설 노동자들은 월 7만 루블가량을 받는다고 소식통이 전했다. "
        "이 가운데 5만 루블은 계획분으로 국가에 들어간다. 노동자들은 남은 돈을 아껴 귀국 "
        "선물로 텔레비전을 사는데, 한 대에 3만 루블 정도다. 평양까지 가는 비행기 삯은 1인당 "
        "400달러로 회사가 낸다.",
        {("wage", 7 * M, 7 * M, "RUB", "month"), ("wage", 5 * M, 5 * M, "RUB", "month")},
        set(),
    ),
    (
        "rfa.org",
        "중국 랴오닝성의 북한 식당 여종업원들은 한 달에 1천200위안을 받습니다. 이들은 한 달 "
        "휴대전화 요금으로 50위안, 화장품 구입에 100위안가량을 씁니다. 식당은 한 해 평양에 "
        "20만 위안을 보냅니다. 종업원들이 손님에게 파는 담배는 한 갑에 30위안입니다.",
        {("wage", 1200, 1200, "CNY", "month"), ("revenue", 20 * M, 20 * M, "CNY", "year")},
        set(),
    ),
    (
        "yna.co.kr",
        "(서울=연합뉴스) 통일부는 북한이 중동 건설 현장에 보낸 노동자들로부터 1인당 한 해 "
        "5천 달러 안팎을 거둬들이는 것으로 파악했다. 카타르 정부는 외국인 노동자 1명에게 "
        "월 1천 리얄의 최저임금을 보장하고 있다. 통일부는 또 북한이 중동에서 벌어들이는 "
        "돈이 연간 2천만 달러 수준이라고 밝혔다.",
        {("wage", 5000, 5000, "USD", "year"), ("revenue", 2000 * M, 2000 * M, "USD", "year")},
        set(),
    ),
    (
        "hani.co.kr",
        "러시아의 북한 노동자들이 받는 월급은 6만 루블이다. 이는 러시아 근로자 평균 임금의 "
        "절반 수준이다. 북한 당국은 이 가운데 4만 루블을 떼어 간다. 노동자들의 하루 식비는 "
        "300루블이며, 숙소 난방비는 업체가 부담한다.",
        {("wage", 6 * M, 6 * M, "RUB", "month"), ("wage", 4 * M, 4 * M, "RUB", "month")},
        set(),
    ),
    (
        "news1.kr",
        "북한 IT 노동자들은 가짜 신분으로 일감을 따내 건당 수백 달러를 받는다. 이렇게 버는 돈은 "
        "1인당 월 3천~5천 달러에 이른다. 이들이 쓰는 노트북 한 대 값은 1천 달러 안팎이다.",
        {("wage", 3000, 5000, "USD", "month")},
        set(),
    ),
]

BATCHES = {
    "g1": G1,
    "g2": G2,
    "g3": G3,
    "g4": G4,
    "g5": G5,
    "g6": G6,
    "g7": G7,
    "g8": G8,
    "g9": G9,
    "g10": G10,
    "g11": G11,
    "g12": G12,
}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {
    "g1-06": "relevance: a defector's account (탈북민 정착지원금, 탈북한 전직 … 노동자, off "
    "topic) names no DPRK word beside the pay abroad, so the gate stops it (read right "
    "ungated), as f2-01 of the third set",
    "g2-01": "relevance: the abroad place (러시아 극동) is named only in the sentence on "
    "other nations' workers (러시아인, 이주노동자: off topic), and the DPRK workers' sentence "
    "after it names no abroad word, so the gate stops it (read right ungated)",
    "g12-02": "relevance: the DPRK workers' sentences name the Middle East as a place but no "
    "abroad word, and the sentence between is on other nations' workers (외국인 노동자), so "
    "the item scores 0.43 (read right ungated)",
    "g10-00": "relevance: a table's heading ('국가별 북한 노동자 월 임금') names the DPRK "
    "workers but no abroad word, and its lines name places but no labour word, so the gate "
    "stops it (read right ungated)",
    "g10-04": "relevance: the excerpt names no DPRK word ('러시아 파견을 마치고 돌아온 "
    "노동자들'), so the gate stops it (read right ungated)",
    "g8-04": "relevance: the only sentence names other nations' workers ('외국인 노동자', off "
    "topic) beside the DPRK's, so the gate stops it (read right ungated)",
    "g7-04": "relevance and kind: the excerpt names no workers ('러시아 건설 부문에서만 "
    "북한이 연간 1억 달러 이상을 벌어들인다'), so it is gated out, and ungated the sum is "
    "no labour money",
    "g7-06": "relevance: the quote names no DPRK word ('귀국하는 노동자들이 세관에 …'), so "
    "the gate stops it (read right ungated)",
    "g7-09": "relevance and kind: the workers are named only as '북한 주민들' wishing to be "
    "sent, and no labour word; ungated the pay of '파견되면 월 500~700달러를 벌 수 있기' has "
    "no worker in its sentence",
}

ROWS = batch_rows(BATCHES, KNOWN)


@pytest.mark.parametrize(("publisher", "text", "money", "counts"), ROWS)
def test_distractor4_money_and_counts(extractor, publisher, text, money, counts):
    assert claims(extractor, text, publisher) == (money, counts)
