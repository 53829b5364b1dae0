"""Korean money precision, a third blind set of distractors: short excerpts (1-3 sentences)
in genres the earlier sets covered little: NIS briefings to the National Assembly
intelligence committee, questions and answers in the Assembly, 통일부, KDI and 통일연구원
reports, summaries of the UN sanctions panel's reports, Daily NK and RFA source reports on
외화벌이 and 충성자금, market and exchange-rate reports, sanctions and court cases (fines,
forfeitures, frozen assets), investment, trade and building figures (무역액, 투자액, 공사비,
계약금), and what the workers earn, send home or hand over (월급, 상납금, 계획분, 국가
납부금, a share of the earnings). Most carry money that is no claim beside a true one:
prices, fines, budgets, contract values, aid, compensation paid for a death, foreign
reserves, bribes, fares, exchange rates, other nations' pay and a firm's sales. Every
person, outlet desk, firm and figure is invented.

Money claims compare as ``(kind, low, high, currency, per)`` (``("state_share", low,
high)`` for shares); worker counts as ``(low, high)``. Articles go through the public
:meth:`Extractor.extract`, relevance gate included.

First run (all five batches written and committed before the extractor read them): money
precision 35/46, recall 35/41, 27/40 rows right. The eleven extra: a plan raised by 20%
(계획을 지난해보다 20% 늘려) read as a share; family remittances, one sent at a time
(송금액은 한 번에 보통 200~300달러) and one in an example (송금받은 1천 위안이면); a
selection fee paid by applicants (선발 대가로 지원자들에게 1인당 1천500달러); a broker's
fee and its forfeiture (수수료 2억 원, 추징금 2억 원); an employer's housing cost per head
(숙소에 쓰는 돈은 1인당 월 150달러); a train ticket (열차표는 1인당 350위안); a bribe
to the police (경찰에게 매달 10만 루블을 건넨다); and three amounts of the wrong period
(a levy once this year, 1인당 100달러씩을 더 걷혔다, and one last month, 지난달 … 50달러를
냈다, read as monthly; three years' earnings, 3년 동안 일하고 … 1만5천 위안을 손에 쥐고,
read as monthly). The six missed: the three of the wrong period, a take-home pay word
(실수령액), a share taken by a firm after a sentence on frozen accounts (임금의 80~90%를
가져간), savings said before their noun (3년 동안 모은 돈은 평균 3천 달러).

After the fixes (court forfeitures, train and boat tickets, selection fees, bribes to the
police, money spent on something, families' remittances and a sum sent at one time as
exclusions; a percentage before a verb of raising or cutting as a change; years of work
said before the figure, 3년 동안 일하고/일하며 …, as the stay's total; 모은 돈 and 실수령액
as pay; 송출 as an abroad word for relevance): precision 38/40, recall 38/41, 37/40 rows
right, the other three strict xfails (a defectors' survey gated out, two one-off levies
read as monthly).

Batches 6-8 (32 excerpts) were each written after the fixes of the ones before (the
comments above them give their figures: 9/10 and 9/13, 6/6 and 6/7, 7/7 and 7/8). All eight
before their own fixes: money precision 57/69, recall 57/69; after every fix 63/65 and
63/68, 67/72 rows right, the other five strict xfails.
"""

from __future__ import annotations

import pytest

from .tables import batch_rows
from .test_extract_korean_money_articles import Article, B, M, claims

# --- batch 1: NIS briefings and the National Assembly ------------------------------------
F1: list[Article] = [
    (
        "yna.co.kr",
        "(서울=연합뉴스) 국가정보원은 국회 정보위원회 전체회의에서 북한이 러시아에 보낸 "
        "노동자들로부터 연간 5억 달러 안팎의 외화를 거둬들이는 것으로 파악했다고 보고했다. "
        "국정원은 또 김정은 국무위원장이 최근 들여온 방탄 차량이 대당 50만 달러 수준이라고 "
        "밝혔다.",
        {("revenue", 5 * B, 5 * B, "USD", "year")},
        set(),
    ),
    (
        "news1.kr",
        '(서울=뉴스1) 국회 외교통일위원회 국정감사에서 김하늘 의원은 "남북협력기금 예산 1조 원 '
        '가운데 집행된 것은 3%에 불과하다"고 지적했다. 이에 통일부 장관은 "북한 해외 노동자 '
        '1인당 국가 납부금은 월 400~500달러로 파악하고 있다"고 답했다.',
        {("wage", 400, 500, "USD", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "국정원은 북한이 중국 내 노동자 감시를 위해 파견한 보위원들에게 1인당 월 300달러의 "
        "활동비를 주고 있다고 밝혔다. 국정원에 따르면 노동자들은 월급의 70%를 당에 바친다.",
        {("state_share", 70, 70)},
        set(),
    ),
    (
        "hani.co.kr",
        '정보위 야당 간사는 브리핑에서 "북한이 러시아 파병 대가로 받는 돈은 수십억 달러에 이를 '
        '것"이라며 "러시아 건설 현장 북한 노동자 1인당 월 임금은 약 800달러인데 이 가운데 '
        '600달러가 당국 몫"이라고 전했다.',
        {("wage", 800, 800, "USD", "month"), ("wage", 600, 600, "USD", "month")},
        set(),
    ),
    (
        "ohmynews.com",
        '대정부질문에서 한 의원은 "북한 노동자들이 중국을 드나들 때 뇌물로 1인당 2천 위안이 '
        '오간다는 보도가 있다"고 물었다. 국무총리는 "사실관계를 확인해 보겠다"고 답했다. '
        "이날 국회는 4천억 원 규모의 정보기관 특수활동비 예산도 따졌다.",
        set(),
        set(),
    ),
    (
        "dailian.co.kr",
        "국정원은 북한이 올해 해외 노동자 외화벌이 계획을 지난해보다 20% 늘려 잡고, 노동자 "
        "한 명당 한 해 과제금을 1만 달러로 올렸다고 보고했다.",
        {("wage", 1 * M, 1 * M, "USD", "year")},
        set(),
    ),
    (
        "segye.com",
        "국정원은 북한이 중동 지역 건설 노동자를 통해 올리는 수입이 한 해 5천만 달러 수준이라고 "
        "밝혔다. 카타르의 한 건설사가 북한 회사와 맺은 공사 계약 규모는 1억2천만 달러로 "
        "알려졌다.",
        {("revenue", 5000 * M, 5000 * M, "USD", "year")},
        set(),
    ),
    (
        "kbs.co.kr",
        "[앵커] 국회 예산결산특별위원회에서 통일부의 북한이탈주민 정착지원 예산 1천억 원이 "
        '논의됐습니다. 참고인으로 나온 전직 러시아 파견 노동자 김모 씨는 "월 5만 루블을 '
        '받기로 돼 있었지만 손에 쥔 것은 1만 루블"이라고 증언했습니다.',
        {("wage", 5 * M, 5 * M, "RUB", "month"), ("wage", 1 * M, 1 * M, "RUB", "month")},
        set(),
    ),
]

# --- batch 2: KDI, 통일연구원 and 통일부 reports, the UN sanctions panel -------------------
F2: list[Article] = [
    (
        "yna.co.kr",
        "한국개발연구원(KDI)은 보고서에서 북한의 대중 무역액이 지난해 23억 달러로 회복됐다고 "
        "분석했다. 보고서는 해외 노동자 송출에 따른 외화 수입을 연간 3억~5억 달러로 추정했다.",
        {("revenue", 3 * B, 5 * B, "USD", "year")},
        set(),
    ),
    (
        "newsis.com",
        "통일연구원 설문에서 해외 파견 경험이 있는 탈북민들은 파견지에서의 월평균 실수령액이 "
        "120달러였다고 답했다. 이들이 북한에 있을 때 가구 월소득은 북한 돈 30만 원 정도였다.",
        {("wage", 120, 120, "USD", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "유엔 안보리 대북제재위원회 전문가 패널은 보고서에서 북한 노동자들을 고용한 아프리카의 "
        "한 건설사가 2022년 한 해 동안 북한 측에 1천200만 달러를 송금했다고 밝혔습니다. 이 "
        "회사가 따낸 정부 청사 공사의 계약액은 4천500만 달러였습니다.",
        {("revenue", 1200 * M, 1200 * M, "USD", "year")},
        set(),
    ),
    (
        "rfa.org",
        "전문가 패널 보고서에 따르면 북한은 중국과 러시아에 있는 IT 노동자들을 통해 한 해 "
        "2억5천만~6억 달러를 벌었습니다. 패널은 또 북한이 불법 환적으로 들여온 정제유가 시가 "
        "1억 달러어치에 이른다고 밝혔습니다.",
        {("revenue", 25000 * M, 6 * B, "USD", "year")},
        set(),
    ),
    (
        "unikorea.go.kr",
        "통일부는 북한 해외 식당 종업원 1인당 매달 본국에 바치는 돈이 500달러 정도라고 "
        "분석했다. 동남아의 한 북한 식당이 내는 연 임대료는 20만 달러다.",
        {("wage", 500, 500, "USD", "month")},
        set(),
    ),
    (
        "nknews.org",
        "패널은 북한 노동자 송출 회사 명의의 계좌 3곳에서 모두 640만 달러가 동결됐다고 밝혔다. "
        "이 회사는 노동자 임금의 80~90%를 가져간 것으로 조사됐다.",
        {("state_share", 80, 90)},
        set(),
    ),
    (
        "kdi.re.kr",
        "북한경제리뷰에 따르면 평양 장마당의 달러 환율은 지난달 1달러에 8천 원을 넘어섰다. "
        "중국에 파견된 노동자의 가족들이 받는 송금이 환율 상승의 한 요인으로 꼽힌다. 송금액은 "
        "한 번에 보통 200~300달러다.",
        set(),
        set(),
    ),
    (
        "unikorea.go.kr",
        '통일부 당국자는 북한의 외화 보유액이 30억~50억 달러로 추정된다며 "해외 노동자 '
        '송출이 막히면서 외화 사정이 나빠졌다"고 말했다. 북한의 올해 국가예산 수입 계획은 '
        "전년보다 2.1% 늘었다.",
        set(),
        set(),
    ),
]

# --- batch 3: Daily NK and RFA sources on 외화벌이 and 충성자금 ----------------------------
F3: list[Article] = [
    (
        "dailynk.com",
        "데일리NK 중국 소식통에 따르면 지린성의 북한 의류공장 노동자들은 올해 '충성의 "
        "외화벌이' 명목으로 1인당 100달러씩을 더 걷혔다. 공장 책임자는 평양 간부에게 줄 선물로 "
        "3천 달러짜리 시계를 샀다.",
        {("wage", 100, 100, "USD", None)},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 러시아 연해주에서 일하는 북한 건설 노동자들이 지난달 충성자금으로 1인당 50달러를 "
        '냈다는 소식입니다.\n소식통은 "월급이 700달러라지만 계획분 500달러를 떼고 나면 '
        '200달러가 남는다"고 말했습니다.',
        {
            ("wage", 50, 50, "USD", None),
            ("wage", 700, 700, "USD", "month"),
            ("wage", 500, 500, "USD", "month"),
            ("wage", 200, 200, "USD", "month"),
        },
        set(),
    ),
    (
        "dailynk.com",
        "소식통에 따르면 평양의 한 무역회사는 러시아 파견 노동자 선발 대가로 지원자들에게 "
        "1인당 1천500달러를 받고 있다. 이 회사는 지난해 노동자 송출로 300만 달러를 "
        "벌어들였다.",
        {("revenue", 300 * M, 300 * M, "USD", "year")},
        set(),
    ),
    (
        "rfa.org",
        "중국 단둥의 수산물 가공공장 북한 여성 노동자들은 하루 12시간을 일하고 월 2천200위안을 "
        "받습니다. 같은 공장 중국인 노동자의 월급은 4천 위안이고, 공장은 북한 측 관리자에게 매달 "
        "관리비 명목으로 1만 위안을 따로 줍니다.",
        {("wage", 2200, 2200, "CNY", "month")},
        set(),
    ),
    (
        "dailynk.com",
        '소식통은 "신의주 외화벌이 기지에서 중국으로 넘기는 송이버섯은 1kg에 300위안"이라며 '
        '"중국에 나간 노동자들이 보내는 돈보다 버섯 수출이 더 큰 돈줄"이라고 말했다.',
        set(),
        set(),
    ),
    (
        "rfa.org",
        "중국 선양의 북한 식당 여종업원들은 매달 1만 위안의 매출 과제를 받습니다. 과제를 못 "
        "채우면 모자란 돈을 월급 1천200위안에서 메웁니다.",
        {("wage", 1200, 1200, "CNY", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "소식통에 따르면 러시아에서 귀국하는 북한 노동자들이 들여오는 중고 가전제품은 평양에서 "
        "원가의 세 배에 팔린다. 냉장고 한 대는 북한 돈 250만 원에 거래된다. 이들이 3년 동안 모은 "
        "돈은 평균 3천 달러 안팎이다.",
        {("wage", 3000, 3000, "USD", None)},
        set(),
    ),
    (
        "rfa.org",
        "평양 시장에서 위안화 환율은 1위안에 1천100원, 쌀값은 1kg에 6천 원이었습니다. "
        "소식통은 중국 파견 노동자 가족이 송금받은 1천 위안이면 쌀 180kg을 살 수 있다고 "
        "말했습니다.",
        set(),
        set(),
    ),
]

# --- batch 4: sanctions, courts, investment, trade and building figures -------------------
F4: list[Article] = [
    (
        "yna.co.kr",
        "(서울=연합뉴스) 서울중앙지법은 북한 노동자를 중국 공장에 알선하고 수수료 2억 원을 챙긴 "
        "혐의로 기소된 무역업자 정모 씨에게 징역 2년과 추징금 2억 원을 선고했다.",
        set(),
        set(),
    ),
    (
        "hankookilbo.com",
        "중국 랴오닝성 법원은 북한 노동자를 불법 고용한 봉제공장 사장에게 벌금 50만 위안을 "
        "선고했다. 판결문에 따르면 이 공장은 북한 노동자들에게 월 1천500위안을 주고, 같은 "
        "일을 하는 중국인에게는 3천500위안을 줬다.",
        {("wage", 1500, 1500, "CNY", "month")},
        set(),
    ),
    (
        "news1.kr",
        "러시아 극동개발공사는 하산 지역 물류센터 건설에 3천만 달러를 투자하기로 했다. 이 공사에는 "
        "북한 노동자 800명이 투입되며, 이들의 월 임금은 1인당 500달러로 책정됐다.",
        {("wage", 500, 500, "USD", "month")},
        {(800, 800)},
    ),
    (
        "yna.co.kr",
        "중국 해관총서에 따르면 지난해 북중 교역액은 22억 달러였고, 북한의 대중 가발 수출은 "
        "1억8천만 달러였다. 가발 임가공은 중국 공장의 북한 노동자들이 주로 맡는데, 이들의 월급은 "
        "1천800위안 안팎이다.",
        {("wage", 1800, 1800, "CNY", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "몽골의 한 건설사는 북한 회사와 노동자 200명 파견 계약을 맺으면서 계약금으로 10만 "
        "달러를 먼저 보냈습니다. 계약서에 적힌 노동자 1인당 임금은 월 650달러입니다.",
        {("wage", 650, 650, "USD", "month")},
        {(200, 200)},
    ),
    (
        "nknews.org",
        "미 재무부 해외자산통제실(OFAC)은 러시아에서 북한 노동자를 관리하는 회사 두 곳을 제재 "
        "대상에 올리고 미국 내 자산을 동결했다. 재무부는 이들 회사가 노동자들로부터 한 해 "
        "수백만 달러를 거둬 북한 군수공업부에 보냈다고 밝혔다. 이들과 거래한 러시아 업체가 낸 "
        "벌금은 35만 달러였다.",
        {("revenue", 200 * M, 9_999_999, "USD", "year")},
        set(),
    ),
    (
        "chosun.com",
        "북한 노동자들이 지은 블라디보스토크의 24층 아파트는 공사비가 약 50억 루블이다. 분양가는 "
        "1㎡에 20만 루블이다. 현장 노동자들은 하루 12시간씩 일해 월 8만 루블을 받았다.",
        {("wage", 8 * M, 8 * M, "RUB", "month")},
        set(),
    ),
    (
        "hani.co.kr",
        "지난달 러시아 건설 현장에서 추락해 숨진 북한 노동자의 유족 몫으로 러시아 업체가 보상금 "
        "300만 루블을 냈지만, 이 돈은 북한 회사가 가져갔다. 숨진 노동자의 월급은 7만 "
        "루블이었다.",
        {("wage", 7 * M, 7 * M, "RUB", "month")},
        set(),
    ),
]

# --- batch 5: what the workers earn, send home and hand over, beside other sums ----------
F5: list[Article] = [
    (
        "yna.co.kr",
        "중동 건설 현장의 북한 노동자들은 한 달 수익의 70%를 국가 납부금으로 내고 나머지 30%를 "
        "받는다. 현지 건설사가 노동자 숙소에 쓰는 돈은 1인당 월 150달러다.",
        {("state_share", 70, 70)},
        set(),
    ),
    (
        "dailynk.com",
        "중국 칭다오의 전자부품 공장에 파견된 북한 여성 노동자들은 한 달에 1천 위안을 상납금으로 "
        "내야 한다. 공장이 주는 월급은 2천800위안이고, 기숙사 전기료로 매달 50위안이 빠진다.",
        {("wage", 1000, 1000, "CNY", "month"), ("wage", 2800, 2800, "CNY", "month")},
        set(),
    ),
    (
        "rfa.org",
        "카타르의 건설 현장에서 네팔 노동자는 월 350달러를 받지만, 북한 노동자는 같은 일을 하고도 "
        "월 150달러를 손에 쥡니다.",
        {("wage", 150, 150, "USD", "month")},
        set(),
    ),
    (
        "kookje.co.kr",
        "북한 노동자 150명을 고용한 러시아 수산업체 '동해수산'의 지난해 매출은 12억 루블이었다. "
        "이 업체는 북한 노동자 1인당 월 9만 루블을 북한 측 회사에 지급했다.",
        {("wage", 9 * M, 9 * M, "RUB", "month")},
        {(150, 150)},
    ),
    (
        "hankyung.com",
        "북한 노동자들이 중국 단둥에서 평양으로 돌아가는 열차표는 1인당 350위안이다. 귀국하는 "
        "노동자들은 3년 동안 일하고 평균 1만5천 위안을 손에 쥐고 돌아간다.",
        {("wage", 15000, 15000, "CNY", None)},
        set(),
    ),
    (
        "voakorea.com",
        "세계식량계획(WFP)은 올해 대북 식량 지원에 필요한 5천200만 달러 가운데 12%만 모였다고 "
        "밝혔습니다. WFP 관계자는 북한이 해외 노동자들이 번 돈으로 식량을 사들이고 있다고 "
        "말했습니다.",
        set(),
        set(),
    ),
    (
        "dailynk.com",
        "러시아 당국의 단속을 피하려고 북한 노동자 관리 책임자가 현지 경찰에게 매달 10만 루블을 "
        "건넨다는 증언도 나왔다. 노동자들은 이 돈까지 떠안게 돼 1인당 한 달 납부액이 3만 "
        "루블에서 3만5천 루블로 늘었다.",
        {("wage", 3 * M, 3 * M, "RUB", "month"), ("wage", 35000, 35000, "RUB", "month")},
        set(),
    ),
    (
        "rfa.org",
        "평양에 있는 노동자 자녀의 학교 후원금은 한 학기에 50달러입니다. 러시아 파견 노동자들은 "
        "월급 600달러 가운데 이런 돈까지 다 내고 나면 손에 남는 것이 100달러 남짓이라고 "
        "호소합니다.",
        {("wage", 600, 600, "USD", "month"), ("wage", 100, None, "USD", "month")},
        set(),
    ),
]

# --- batch 6: written after the fixes of batches 1-5 --------------------------------------
# First run: money precision 9/10, recall 9/13, 8/12 rows right (the extra: a manager's
# entertainment spending, 접대비로 한 달에 5천 위안을 쓴다, read as pay; missed: an IT
# worker's yearly pay up to 30만 달러, a monthly quota after a sentence on a bribe to a
# cadre, half the pay handed to the DPRK side's manager).
# After its fixes (a period between a fee and its figure, 접대비로 한 달에; the DPRK side's
# managers as recipients of a share; the DPRK's IT workers as an abroad term for
# relevance): 12/12, 12/13, 11/12 rows (f6-04 names no DPRK word and is gated out).
F6: list[Article] = [
    (
        "yna.co.kr",
        "국정원은 북한이 러시아 노동자 파견 확대로 올해 외화 수입을 지난해보다 30% 늘릴 것으로 "
        "내다봤다. 국정원에 따르면 러시아 측은 노동자 1인당 월 1천200달러를 북한 회사에 "
        "지급한다.",
        {("wage", 1200, 1200, "USD", "month")},
        set(),
    ),
    (
        "rfa.org",
        "러시아 하바롭스크 법원은 불법 취업한 북한 노동자 12명에게 1인당 5천 루블의 과태료를 "
        "물리고 추방을 명령했습니다.",
        set(),
        {(12, 12)},
    ),
    (
        "news1.kr",
        "중국 기업이 북한 노동자 500명을 쓰는 훈춘 수산물 공장의 증설에 2억 위안을 투자했다. 이 "
        "공장 북한 노동자들의 월급은 2천300위안이다.",
        {("wage", 2300, 2300, "CNY", "month")},
        {(500, 500)},
    ),
    (
        "voakorea.com",
        "전문가 패널은 북한 IT 노동자 한 명이 연간 최대 30만 달러를 번다고 밝혔습니다. 패널은 "
        "이들을 관리하는 조직이 가상화폐로 세탁한 돈이 1천만 달러에 이른다고 덧붙였습니다.",
        {("wage", None, 30 * M, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        "소식통에 따르면 러시아 파견 기간을 1년 늘리려면 관리 간부에게 500달러를 바쳐야 한다. "
        "이곳 노동자들의 월 계획분은 400달러다.",
        {("wage", 400, 400, "USD", "month")},
        set(),
    ),
    (
        "chosun.com",
        "북한 노동자들이 만든 가발은 중국 도매시장에서 개당 80위안에 팔린다. 노동자 한 명이 "
        "하루에 가발 3개를 만들고 받는 돈은 월 1천500위안이다.",
        {("wage", 1500, 1500, "CNY", "month")},
        set(),
    ),
    (
        "hankookilbo.com",
        "랴오닝성의 한 공장은 북한 노동자 1인당 연 1천200위안짜리 상해보험에 가입했다. "
        "이들의 연간 상납액은 1인당 1만2천 위안이다.",
        {("wage", 12000, 12000, "CNY", "year")},
        set(),
    ),
    (
        "nknews.org",
        "중국 당국은 북한 노동자를 불법 고용한 업체 3곳에 모두 90만 위안의 벌금을 부과했다. 이들 "
        "업체는 노동자 임금의 절반을 북한 측 관리자에게 넘겼다.",
        {("state_share", 50, 50)},
        set(),
    ),
    (
        "kbs.co.kr",
        "[앵커] 정부는 국제기구를 통해 북한 수해 복구에 1천만 달러를 지원하기로 했습니다. 정부는 "
        "북한 해외 노동자들이 벌어들이는 외화가 연 5억 달러로 추정된다고 밝혔습니다.",
        {("revenue", 5 * B, 5 * B, "USD", "year")},
        set(),
    ),
    (
        "rfa.org",
        "연해주의 한 건설 현장에서 우즈베키스탄 노동자는 월 9만 루블을, 북한 노동자는 월 6만 "
        "루블을 받습니다.",
        {("wage", 6 * M, 6 * M, "RUB", "month")},
        set(),
    ),
    (
        "segye.com",
        "러시아 취업 비자 발급 비용은 1인당 1만2천 루블이며 고용 업체가 부담한다. 북한 "
        "노동자들의 국가 납부금은 월 4만 루블이다.",
        {("wage", 4 * M, 4 * M, "RUB", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "소식통은 중국 단둥의 북한 식당 지배인이 손님 접대비로 한 달에 5천 위안을 쓴다며 "
        '"종업원들은 월 800위안을 받고 그중 500위안을 당자금으로 낸다"고 전했다.',
        {("wage", 800, 800, "CNY", "month"), ("wage", 500, 500, "CNY", "month")},
        set(),
    ),
]

# --- batch 7: percentages that are no share, and more prices; after the fixes of 1-6 ------
# First run: money precision 6/6, recall 6/7, 11/12 rows right (missed: a share after a
# sentence on the host's income tax for foreign workers, gated out; kept as a strict xfail).
F7: list[Article] = [
    (
        "yna.co.kr",
        "러시아에 있는 북한 노동자의 70% 이상이 건설 현장에서 일하는 것으로 파악됐다. 이들은 "
        "월급의 60%를 국가에 바친다.",
        {("state_share", 60, 60)},
        set(),
    ),
    (
        "unikorea.go.kr",
        "통일부는 북한의 외화 수입 가운데 40%가량이 해외 노동자 송출에서 나온다고 분석했다.",
        set(),
        set(),
    ),
    (
        "hani.co.kr",
        "한국은행은 지난해 북한 경제가 3.1% 성장했다고 밝혔다. 중국에 파견된 노동자들이 보낸 "
        "외화가 성장에 보탬이 됐다는 분석이다.",
        set(),
        set(),
    ),
    (
        "news1.kr",
        "북한 노동자를 고용한 중국 업체의 절반가량이 수산물 가공업체다. 이들 업체는 노동자 "
        "1인당 월 2천500위안을 북한 측에 준다.",
        {("wage", 2500, 2500, "CNY", "month")},
        set(),
    ),
    (
        "segye.com",
        "연해주 건설업체들이 쓰는 인건비 가운데 북한 노동자들에게 돌아가는 몫은 15% "
        "정도다. 나머지는 중앙아시아 노동자들의 임금이다.",
        set(),
        set(),
    ),
    (
        "rfa.org",
        "중국 단둥의 북한 노동자들이 받는 돈의 10%는 환전 수수료로 빠져나갑니다.",
        set(),
        set(),
    ),
    (
        "hankyung.com",
        "북한 노동자 300명을 고용한 중국 수산업체의 시가총액은 50억 위안에 이른다. 이 업체는 "
        "북한 노동자에게 월 2천 위안을 준다.",
        {("wage", 2000, 2000, "CNY", "month")},
        {(300, 300)},
    ),
    (
        "dailynk.com",
        "중국에 파견된 북한 노동자들이 평양의 가족과 통화하려면 1분에 2달러를 내야 한다. "
        "이들의 월급은 400달러 남짓이다.",
        {("wage", 400, None, "USD", "month")},
        set(),
    ),
    (
        "chosun.com",
        "러시아에서 돌아온 북한 노동자가 들여온 중고차는 신의주에서 1만 달러에 팔린다. 그가 "
        "러시아 건설 현장에서 받은 월급은 6만 루블이었다.",
        {("wage", 6 * M, 6 * M, "RUB", "month")},
        set(),
    ),
    (
        "kbs.co.kr",
        "통일부의 내년 북한인권 관련 예산은 100억 원입니다. 북한 해외 노동자 인권 실태 조사에는 "
        "이 가운데 5%가 배정됐습니다.",
        set(),
        set(),
    ),
    (
        "voakorea.com",
        "러시아는 외국인 노동자 임금에 13%의 소득세를 매깁니다. 러시아의 북한 노동자들은 "
        "세금을 떼고 남은 돈의 70%를 북한 회사에 냅니다.",
        {("state_share", 70, 70)},
        set(),
    ),
    (
        "nknews.org",
        "베트남 하노이의 한 북한 식당은 매출의 30%를 봉사료 수입으로 올린다. 이 식당 "
        "종업원들의 월급은 150달러다.",
        {("wage", 150, 150, "USD", "month")},
        set(),
    ),
]

# --- batch 8: Assembly papers, courts, the rouble, rice, a state's share said twice -------
# Written after the fixes of batches 1-7. First run: money precision 7/7, recall 7/8, 7/8
# rows (missed: a share's earlier level in the same quote, \"지난해에는 70%였다\"). After (an
# earlier time before a bare percentage with a copula, in a sentence of a state share): 8/8.
F8: list[Article] = [
    (
        "yna.co.kr",
        "통일부가 국정감사에 낸 자료에 따르면 북한은 해외 노동자 임금의 최대 90%를 '충성자금' "
        "등의 명목으로 거둬 간다. 자료는 대북제재로 동결된 북한의 해외 자산을 1억 달러 규모로 "
        "추정했다.",
        {("state_share", None, 90)},
        set(),
    ),
    (
        "voakorea.com",
        "미국 연방법원은 북한 IT 노동자들의 위장 취업을 도운 미국인에게 징역 8년을 선고하고 "
        "140만 달러를 몰수했습니다. 판결문에 따르면 이 노동자들은 미국 기업 수십 곳에서 모두 "
        "520만 달러를 벌었습니다.",
        {("revenue", 520 * M, 520 * M, "USD", None)},
        set(),
    ),
    (
        "rfa.org",
        "루블화 가치가 떨어지면서 러시아의 북한 노동자들이 국가에 내야 하는 계획분을 달러로 "
        "채우기가 어려워졌습니다. 1달러는 90루블 안팎이고, 계획분은 월 700달러입니다.",
        {("wage", 700, 700, "USD", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "북한 노동자 가족은 송금받은 돈으로 쌀을 산다. 혜산 시장 쌀값은 1kg에 7천 원이다. 중국에 "
        "나간 노동자는 한 달에 평균 300위안을 집에 보낸다.",
        set(),
        set(),
    ),
    (
        "news1.kr",
        "중국 투자자들이 북한 노동자 1천 명을 쓰기로 한 지린성 의류공단의 총사업비는 3억 "
        "위안이다. 노동자 임금은 1인당 월 2천 위안으로 정했다.",
        {("wage", 2000, 2000, "CNY", "month")},
        {(1000, 1000)},
    ),
    (
        "hani.co.kr",
        "보고서는 북한이 해외 노동자로부터 거둬들이는 돈이 연 5억 달러를 넘는다고 밝혔다. 이는 "
        "북한 전체 수출액의 약 2배다.",
        {("revenue", 5 * B, None, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        '소식통은 "간부들은 노동자 한 사람이 한 달 번 돈의 80%를 떼어 간다"며 "지난해에는 '
        '70%였다"고 말했다. 소식통은 러시아 연해주의 북한 건설 노동자들 이야기라고 덧붙였다.',
        {("state_share", 80, 80), ("state_share", 70, 70)},
        set(),
    ),
    (
        "kbs.co.kr",
        "한국 정부 관계자는 북한 해외 노동자들의 월급이 우리 돈으로 60만~70만 원 수준이라고 "
        "말했다. 이들이 귀국 때 세관원에게 건네는 돈은 1인당 100달러 안팎이다.",
        {("wage", 60 * M, 70 * M, "KRW", "month")},
        set(),
    ),
]

BATCHES = {
    "f1": F1,
    "f2": F2,
    "f3": F3,
    "f4": F4,
    "f5": F5,
    "f6": F6,
    "f7": F7,
    "f8": F8,
}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {
    "f2-01": "relevance: a survey of defectors (탈북민, off topic) who worked abroad, with the "
    "DPRK named only as their home ('북한에 있을 때'), reads as irrelevant; ungated the "
    "defectors are no workers either",
    "f3-00": "'올해 … 명목으로 1인당 100달러씩을 더 걷혔다': a levy taken once, with no "
    "period word, keeps the default month of one worker's take",
    "f3-01": "'지난달 충성자금으로 1인당 50달러를 냈다': one payment last month, with no "
    "period word, keeps the default month (지난달부터 … 바치게 됐다 would be monthly)",
    "f7-10": "relevance: a sentence on the host's tax on foreign workers (외국인 노동자, "
    "other nations' workers and off topic) outweighs the DPRK workers' share after it "
    "(read right ungated)",
    "f6-04": "relevance: the excerpt names no DPRK word ('러시아 파견 기간', '이곳 노동자들의 "
    "월 계획분은 400달러'), so the gate stops it (the money is read right ungated)",
}

ROWS = batch_rows(BATCHES, KNOWN)


@pytest.mark.parametrize(("publisher", "text", "money", "counts"), ROWS)
def test_distractor3_money_and_counts(extractor, publisher, text, money, counts):
    assert claims(extractor, text, publisher) == (money, counts)
