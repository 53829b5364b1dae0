"""Korean money in genres and shapes a second genre set tries: revenue per year against per
month against a cumulative total (연간, 매달, 한 해에, 누적, N년 동안 모두), figures with 만/억
units and mixed digits (2억5천만 달러, 3000만 위안, 9만~11만 루블), a worker's pay beside
what the state takes (계획분, 충성자금, 과제금, 상납) and what the worker keeps (손에 쥐는
돈), money lists (매달 각각 600달러, 1천500위안을), ranges and qualifiers (약, 여, 이상,
최대, 가량, 정도, 남짓), in Yonhap, Daily NK, RFA, VOA, KBS, News1, KINU and NIS-briefing
styles. Hard negatives: sanctions fines, forfeitures, stolen crypto, trade and export
volumes, aid, the price of troops, South Korean, Chinese and Central Asian workers' pay, an
employer's whole cost, prices, exchange rates, brokers' fees, advances on a contract and
the host's minimum wage. Every person, outlet desk, firm and figure is invented.

Money claims compare as ``(kind, low, high, currency, per)`` (``("state_share", low,
high)`` for shares), as in ``test_extract_korean_money_long.py``. Articles go through the
public :meth:`Extractor.extract`, relevance gate included.

First run (batch 1 committed with its expectations before the extractor read it): money
precision 29/34, recall 29/36, 6/14 rows right. One expectation was corrected after the run,
to the spec (per is month, year or null: a day's pay keeps no period, g1-10). After the
fixes: 36/36 and 35/36, 13/14 rows (money carried home stays unclaimed, a strict xfail).

Batches 2-5, each written after the fixes of the ones before and committed before its run:
26/26 and 26/30, 11/13 rows; 23/23 and 23/23, 12/12; 24/27 and 24/27, 9/12; 14/15 and 14/14,
7/8 (figures in the comments above them). All five before their own fixes: money precision
116/125, recall 116/130, 45/59 rows. After every fix: 126/127 and 126/130, 56/59 rows, the
other three strict xfails (savings carried home, a defector's interview the relevance gate
stops, facilitators' pay read as revenue).
"""

from __future__ import annotations

import pytest

from .tables import batch_rows
from .test_extract_korean_money_articles import B, M
from .test_extract_korean_money_long import LongArticle as GenreArticle
from .test_extract_korean_money_long import money

# --- batch 1: per year / per month / cumulative, quotas, keeps, lists, hard negatives -------
# First run: money precision 29/34, recall 29/36, 6/14 rows (extra: "연간 2억5천만 달러…누적
# 20억 달러" read as yearly, the nearer 누적 ignored; Chinese workers' pay after a quote on
# 충성자금, the hand-over before them taken as theirs; a firm's advance, 공사 선급금 2천만
# 루블, sent home; "충성자금 과제가 지난해 800달러에서 올해 한 해 1천 달러로" read as the
# revenue of the sentence before, the "에서 … 로" link allowing two words only; missed: the
# second item of "각각 600달러, 1천500위안을" and "각각 80만 투그릭, 400달러" read as a
# conversion; savings carried home, "귀국할 때 가져가는 돈은 평균 2천 달러"; an earlier
# level, "2016년에는 연간 최대 10억 달러로 추산됐다", in a quote naming no workers).
# After: 36/36 and 35/36, 13/14 (the savings carried home a strict xfail: see KNOWN).
G1: list[GenreArticle] = [
    (
        "yna.co.kr",
        '국정원 "北 해외 노동자 외화벌이 연간 2억5천만 달러…누적 20억 달러 넘어"\n'
        "(서울=연합뉴스) 이현우 기자 = 국가정보원은 17일 국회 정보위원회 전체회의에서 북한이 "
        "해외 노동자 파견으로 한 해에 2억5천만 달러가량을 벌어들이는 것으로 추정된다고 보고했다. "
        "국정원은 2017년 유엔 안보리 제재 이후 북한이 노동자 파견으로 번 돈이 누적 20억 달러를 "
        "넘는다고 분석했다.\n"
        '정보위 여당 간사인 최민석 의원은 "국정원은 북한 해커 조직이 지난해 가상자산 13억 '
        '달러어치를 훔친 것으로 파악했다"며 "노동자 외화벌이의 다섯 배가 넘는 규모"라고 말했다.\n'
        "국정원은 또 북한과 러시아의 지난해 교역액이 3억4천만 달러로 전년보다 두 배 늘었다고 "
        "보고했다.",
        {
            ("revenue", 25000 * M, 25000 * M, "USD", "year"),
            ("revenue", 20 * B, None, "USD", None),
        },
    ),
    (
        "dailynk.com",
        '[단독] 러 연해주 北 건설 노동자 "월급 500달러 중 70~80% 상납"\n'
        "러시아 연해주 블라디보스토크의 아파트 건설 현장에서 일하는 북한 노동자들이 월급의 "
        "대부분을 계획분 명목으로 당국에 바치고 있는 것으로 전해졌다.\n"
        '데일리NK 러시아 소식통은 21일 "현장 노동자들은 러시아 업체에서 월급 500달러 정도를 '
        '받는데 이 중 70~80%를 계획분으로 상납한다"며 "숙식비까지 떼고 나면 손에 쥐는 돈은 '
        '고작 100달러"라고 전했다.\n'
        '소식통은 "현지 타지키스탄 노동자들은 같은 일을 하고 월 1천 달러를 받는다"며 "북한 '
        '노동자들은 시장에서 담배 한 갑에 200루블을 주고 사는 것도 아까워한다"고 말했다.',
        {
            ("wage", 500, 500, "USD", "month"),
            ("state_share", 70, 80),
            ("wage", 100, 100, "USD", "month"),
        },
    ),
    (
        "rfa.org",
        "앵커: 중국 랴오닝성 단둥의 의류 공장에 파견된 북한 여성 노동자들에게 올해부터 충성자금 "
        "부담이 늘었다는 소식입니다.\n"
        '단둥의 한 대북 소식통은 자유아시아방송에 "북한 여성 노동자들은 공장에서 매달 2천800위안을 '
        '받는데, 회사가 계획분으로 매달 2천 위안을 먼저 떼어간다"고 말했습니다.\n'
        '소식통은 이어 "여기에 올해는 충성자금으로 1인당 한 해에 1천 위안씩을 더 내라는 지시가 '
        '내려왔다"며 "중국인 노동자 월급은 4천500위안 정도"라고 덧붙였습니다.\n'
        "단둥 세관에 따르면 이 공장이 지난해 한국과 일본에 수출한 의류는 3000만 위안어치에 "
        "이릅니다.",
        {
            ("wage", 2800, 2800, "CNY", "month"),
            ("wage", 2000, 2000, "CNY", "month"),
            ("wage", 1000, 1000, "CNY", "year"),
        },
    ),
    (
        "news1.kr",
        '통일연구원 "北 해외노동 수입 연 3억~5억 달러"\n'
        "(서울=뉴스1) 통일연구원(KINU)은 25일 발간한 '북한 해외노동 실태' 보고서에서 북한이 해외 "
        "노동자 파견으로 벌어들이는 외화가 연간 3억~5억 달러에 이를 것으로 추정했다. 보고서를 쓴 "
        '윤서진 연구위원은 "제재 이전인 2016년에는 연간 최대 10억 달러로 추산됐다"고 설명했다.\n'
        "보고서는 노동자 1인당 월평균 임금을 600~800달러로 봤고, 이 가운데 국가가 가져가는 몫은 "
        "60% 이상이라고 밝혔다. 북한이 같은 기간 받은 국제사회의 인도적 지원은 연간 4천만 달러 "
        "안팎에 그쳤다.",
        {
            ("revenue", 3 * B, 5 * B, "USD", "year"),
            ("revenue", None, 10 * B, "USD", "year"),
            ("wage", 600, 800, "USD", "month"),
            ("state_share", 60, None),
        },
    ),
    (
        "voakorea.com",
        "미 재무부 해외자산통제실(OFAC)은 북한 노동자를 고용한 중국 수산물 업체에 대북제재 "
        "위반으로 벌금 230만 달러를 부과했다고 밝혔습니다. 재무부는 이 업체가 2019년부터 4년 "
        "동안 북한 노동자 200여 명을 고용하고 임금 명목으로 북한 측 회사에 모두 480만 달러를 "
        "송금했다고 설명했습니다.\n"
        "재무부는 또 북한 해커들이 올해 들어 탈취한 가상화폐가 6억 달러 이상이라고 "
        "덧붙였습니다.",
        {("revenue", 480 * M, 480 * M, "USD", None)},
    ),
    (
        "news1.kr",
        "러시아 극동 하바롭스크의 건설 현장에서 북한 노동자 1인당 임금은 월 9만~11만 루블 수준인 "
        "것으로 나타났다. 한국무역협회 블라디보스토크 지부에 따르면 같은 현장의 한국인 기술자는 월 "
        "600만 원 안팎을, 중국인 노동자는 월 12만 루블을 받는다. 루블화 환율은 최근 1달러당 "
        "92루블까지 올랐다. 북한 노동자들은 임금의 절반가량을 '국가 과제금'으로 내야 한다고 "
        "협회는 전했다.",
        {("wage", 9 * M, 11 * M, "RUB", "month"), ("state_share", 50, 50)},
    ),
    (
        "dailynk.com",
        '데일리NK 평안북도 소식통은 "올해 러시아 건설 현장과 중국 수산물 공장에 나간 노동자들은 '
        '매달 계획분으로 각각 600달러, 1천500위안을 바쳐야 한다"고 전했다. 소식통은 "건설 '
        '노동자는 한 달에 900달러 정도를 벌어 300달러가량을 손에 쥔다"고 말했다. 신의주 '
        "시장에서는 최근 쌀 1kg이 북한 돈 7천 원, 1달러가 2만8천 원에 거래되고 있다.",
        {
            ("wage", 600, 600, "USD", "month"),
            ("wage", 1500, 1500, "CNY", "month"),
            ("wage", 900, 900, "USD", "month"),
            ("wage", 300, 300, "USD", "month"),
        },
    ),
    (
        "kbs.co.kr",
        '北 IT 노동자, 1인당 연 5만 달러 벌어…"매달 3천 달러 과제금"\n'
        "KBS 취재 결과 중국 선양과 라오스 비엔티안 등지에서 활동하는 북한 IT 노동자들은 1인당 "
        "한 해에 5만 달러 안팎을 버는 것으로 확인됐습니다. 이들이 매달 본국에 보내야 하는 "
        "과제금은 1인당 3천 달러로, 나머지 일부만 생활비로 쓸 수 있습니다.\n"
        "미 법무부는 지난달 북한 IT 노동자들의 위장 취업을 도운 미국인에게 150만 달러의 몰수 "
        "명령을 받아냈습니다.",
        {
            ("wage", 5 * M, 5 * M, "USD", "year"),
            ("wage", 3000, 3000, "USD", "month"),
        },
    ),
    (
        "yna.co.kr",
        '"중동 北 노동자 2천여 명, 매달 150만 달러 본국 송금"\n'
        '(서울=연합뉴스) 정부 소식통은 "쿠웨이트와 카타르의 건설 현장에 남아 있는 북한 노동자 '
        '2천여 명이 본국에 보내는 돈은 매달 150만 달러가량"이라며 "한 해로 치면 1천800만 달러 '
        '규모"라고 말했다. 이 소식통은 "노동자 한 명이 받는 월급은 800달러 안팎이지만 본인 몫은 '
        '150달러 정도"라고 전했다. 카타르 정부가 외국인 노동자에게 보장하는 최저임금은 월 1천 '
        "리얄이다.",
        {
            ("revenue", 150 * M, 150 * M, "USD", "month"),
            ("revenue", 1800 * M, 1800 * M, "USD", "year"),
            ("wage", 800, 800, "USD", "month"),
            ("wage", 150, 150, "USD", "month"),
        },
    ),
    (
        "yna.co.kr",
        '통일부 당국자는 28일 기자들과 만나 "중국 내 북한 노동자 수는 줄었지만 임금 수준은 오히려 '
        '올라 1인당 월 3천~3천500위안을 받는 것으로 안다"고 말했다. 이 당국자는 "중국 측이 '
        '부담하는 사회보험료까지 합하면 고용 비용은 1인당 월 5천 위안에 이른다"며 "북한 당국은 '
        '이 가운데 2천 위안 이상을 가져간다"고 설명했다. 한편 올해 북중 무역액은 21억 달러로 '
        "집계됐다.",
        {
            ("wage", 3000, 3500, "CNY", "month"),
            ("wage", 2000, None, "CNY", "month"),
        },
    ),
    (
        "rfa.org",
        "러시아 사할린의 북한 노동자들은 하루 4천 루블가량의 일당을 받지만 대부분 국가에 "
        '바칩니다. 사할린의 한 현지 소식통은 "북한 노동자들이 3년 계약 기간 동안 모아서 귀국할 '
        '때 가져가는 돈은 평균 2천 달러 정도"라고 말했습니다. 또 다른 소식통은 "북한 간부들이 '
        '현지 브로커에게 일자리 소개비로 한 명당 5만 루블을 준다"고 전했습니다.',
        {
            ("wage", 4000, 4000, "RUB", None),  # per day: null (spec)
            ("wage", 2000, 2000, "USD", None),
        },
    ),
    (
        "yna.co.kr",
        '국정원 "北, 러 파병 대가 연간 최대 20억 달러…노동자 수입은 연 1억 달러 이상"\n'
        "국가정보원은 국회 정보위원회 보고에서 북한이 러시아에 병력과 무기를 보낸 대가로 연간 "
        "최대 20억 달러를 챙기는 것으로 추정했다. 국정원은 러시아에 파견된 북한 건설 노동자들이 "
        "벌어들이는 돈도 연 1억 달러 이상으로 늘었다고 밝혔다. 국정원은 노동자 1인당 충성자금 "
        "과제가 지난해 800달러에서 올해 한 해 1천 달러로 올랐다고 보고했다.",
        {
            ("revenue", 1 * B, None, "USD", "year"),
            ("wage", 800, 800, "USD", "year"),
            ("wage", 1000, 1000, "USD", "year"),
        },
    ),
    (
        "news1.kr",
        "정부 소식통에 따르면 몽골과 라오스에 남아 있는 북한 노동자는 각각 300명, 500명 "
        "정도이며, 이들의 월급은 각각 80만 투그릭, 400달러 수준이다. 라오스 현지 노동자의 "
        "최저임금은 월 250만 킵이다.",
        {
            ("wage", 80 * M, 80 * M, "MNT", "month"),
            ("wage", 400, 400, "USD", "month"),
        },
    ),
    (
        "dailynk.com",
        "러시아 모스크바에 나가 있는 북한 건설 사업소 한 곳이 평양에 보내는 돈은 연간 50만 "
        "달러가량인 것으로 알려졌다. 데일리NK 소식통에 따르면 이 사업소 소속 노동자 80여 명은 "
        "1인당 매달 8만 루블을 받는다. 사업소 지배인은 상납 실적을 맞추려고 러시아 업체로부터 공사 "
        "선급금 2천만 루블을 미리 받아 본국에 보냈다.",
        {
            ("revenue", 50 * M, 50 * M, "USD", "year"),
            ("wage", 8 * M, 8 * M, "RUB", "month"),
        },
    ),
]

# --- batch 2: lists per year, 3000만 위안, 수천만, hours, half-years, home pay, bribes -------
# Written after batch 1's fixes. First run: money precision 26/26, recall 26/30, 11/13 rows
# (missed: a defector's interview naming no DPRK word, 탈북민 and 당 only, gated out; "북한
# 회사에 넘긴 돈은 누적 5천만 위안", 넘긴 not a verb of paying the DPRK side). After: 27/27 and
# 27/30, 12/13, the interview a strict xfail.
G2: list[GenreArticle] = [
    (
        "yna.co.kr",
        '국정원 "北 노동자 파견 수입, 러시아 연간 2억 달러·중국 1억여 달러"\n'
        "(서울=연합뉴스) 국가정보원은 21일 국정감사에서 북한이 러시아와 중국에 보낸 노동자들로부터 "
        "벌어들이는 돈이 연간 각각 2억 달러, 1억여 달러에 이른다고 밝혔다. 국정원은 북한 "
        "노동자들이 받는 월급은 평균 700달러이지만 이 가운데 70% 이상을 당국이 떼어간다고 "
        "설명했다. 러시아가 올해 북한에 제공한 식량 지원은 5천만 달러 규모로 파악됐다.",
        {
            ("revenue", 2 * B, 2 * B, "USD", "year"),
            ("revenue", 1 * B, None, "USD", "year"),
            ("wage", 700, 700, "USD", "month"),
            ("state_share", 70, None),
        },
    ),
    (
        "dailynk.com",
        "중국 선양의 북한 식당 종업원들은 매달 2000위안을 받지만 이 가운데 1500위안을 "
        "'계획분'으로 낸다고 데일리NK 소식통이 전했다. 소식통은 \"선양 시내 북한 식당 10여 곳이 "
        '한 해에 본국에 보내는 돈은 모두 3000만 위안 정도"라고 말했다. 식당에서 파는 평양냉면 '
        "한 그릇은 68위안이다.",
        {
            ("wage", 2000, 2000, "CNY", "month"),
            ("wage", 1500, 1500, "CNY", "month"),
            ("revenue", 3000 * M, 3000 * M, "CNY", "year"),
        },
    ),
    (
        "rfa.org",
        '러시아 연해주의 한 소식통은 "연해주 건설 현장의 북한 노동자 1천여 명이 해마다 국가에 '
        '바치는 돈은 수천만 달러에 이른다"고 말했습니다. 소식통은 "노동자 한 명이 받는 돈은 한 '
        "달에 8만~10만 루블인데, 계획분 5만 루블을 내고 숙식비를 빼면 1만 루블 남짓이 "
        '남는다"고 설명했습니다. 연해주의 러시아인 건설 노동자 평균 월급은 12만 루블입니다.',
        {
            ("revenue", 2000 * M, 99_999_999, "USD", "year"),
            ("wage", 8 * M, 10 * M, "RUB", "month"),
            ("wage", 5 * M, 5 * M, "RUB", "month"),
            ("wage", 1 * M, None, "RUB", "month"),
        },
    ),
    (
        "voakorea.com",
        "미 법무부는 북한 IT 노동자들이 미국 기업 80여 곳에 위장 취업해 2021년부터 모두 "
        "1천700만 달러 이상을 벌었다고 밝혔습니다. 법무부는 이들을 도운 미국인에게 벌금 25만 "
        "달러를 부과하고, 관련 계좌에서 가상화폐 300만 달러어치를 압수했습니다. 국무부는 북한 IT "
        "조직 정보에 최대 500만 달러의 포상금을 내걸었습니다.",
        {("revenue", 1700 * M, None, "USD", None)},
    ),
    (
        "kbs.co.kr",
        '카타르 건설 현장에서 5년 동안 일한 탈북민 한모 씨는 KBS와의 인터뷰에서 "한 달에 '
        '900달러를 받았지만 1년에 8천 달러를 당에 바쳤다"고 말했다. 한 씨는 "5년 동안 모은 '
        '돈은 3천 달러가 채 안 됐다"고 덧붙였다. 카타르 정부는 외국인 노동자 최저임금을 월 1천 '
        "리얄로 정했다.",
        {
            ("wage", 900, 900, "USD", "month"),
            ("wage", 8000, 8000, "USD", "year"),
            ("wage", None, 3000, "USD", None),
        },
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 통일부는 '2026 북한인권보고서'에서 북한이 해외 노동자로부터 거둬들이는 "
        "돈이 연간 약 3억 달러로, 우리 돈 4천억 원이 넘는다고 밝혔다. 보고서는 노동자들이 "
        "임금의 최대 90%를 '충성자금'과 '계획분'으로 빼앗긴다고 지적했다. 한편 한국의 올해 "
        "최저임금은 시간당 1만320원, 통일부 예산은 1조2천억 원이다.",
        {("revenue", 3 * B, 3 * B, "USD", "year"), ("state_share", None, 90)},
    ),
    (
        "rfa.org",
        "중국 훈춘의 수산물 가공공장에서 일하는 북한 여성 노동자들은 시간당 15위안을 받고 하루 "
        '12시간씩 일한다고 현지 소식통이 자유아시아방송에 전했습니다. 소식통은 "이 공장 북한 '
        "노동자 300여 명이 2018년부터 지금까지 북한 회사에 넘긴 돈은 누적 5천만 위안이 "
        '넘는다"고 말했습니다. 같은 공장의 중국인 노동자는 시간당 25위안을 받습니다.',
        {
            ("wage", 15, 15, "CNY", None),
            ("revenue", 5000 * M, None, "CNY", None),
        },
    ),
    (
        "yna.co.kr",
        '국정원은 이날 정보위 보고에서 "북한이 러시아 파견 노동자를 통해 올해 상반기에만 '
        '1억5천만 달러가량을 벌어들인 것으로 보인다"고 밝혔다. 국정원은 또 북한 노동자 1인당 '
        "연간 충성자금 과제가 2천~3천 달러라고 보고했다. 북러 간 무기 거래 규모는 수십억 "
        "달러로 추산됐다.",
        {
            ("revenue", 15000 * M, 15000 * M, "USD", None),
            ("wage", 2000, 3000, "USD", "year"),
        },
    ),
    (
        "dailynk.com",
        "중국 단둥의 북한 IT 노동자들은 매달 1인당 5천 위안의 과제금을 본국에 보내야 한다. "
        '데일리NK 소식통은 "실력 좋은 개발자는 한 달에 2만 위안 넘게 벌지만 과제금을 내고 '
        '방값 1천500위안을 치르면 손에 쥐는 건 얼마 안 된다"고 전했다.',
        {
            ("wage", 5000, 5000, "CNY", "month"),
            ("wage", 2 * M, None, "CNY", "month"),
        },
    ),
    (
        "yna.co.kr",
        "중국 랴오닝성 정부 통계에 따르면 올해 성내 제조업 노동자의 평균 월급은 5천800위안으로 "
        "지난해보다 4% 올랐다. 이 지역 의류 공장에서 일하는 북한 노동자는 월 2천200위안가량을 "
        "받는 것으로 알려졌다. 중국 정부는 외국인을 불법 고용한 업체에 최대 10만 위안의 벌금을 "
        "물린다.",
        {("wage", 2200, 2200, "CNY", "month")},
    ),
    (
        "dailynk.com",
        "러시아 아무르주 벌목장에 파견된 북한 노동자들은 한 달에 5만 루블을 받는다. 소식통에 "
        "따르면 이 가운데 3만 루블은 '국가 계획분'으로, 5천 루블은 '충성자금'으로 떼인다. "
        "벌목장 측은 원목 1㎥에 3천 루블을 받고 중국 업체에 판다.",
        {
            ("wage", 5 * M, 5 * M, "RUB", "month"),
            ("wage", 3 * M, 3 * M, "RUB", "month"),
            ("wage", 5000, 5000, "RUB", "month"),
        },
    ),
    (
        "news1.kr",
        "북한 내 노동자 월급은 북한 돈 3천~5천 원으로 쌀 1kg 값에도 못 미친다. 반면 러시아에 "
        "파견된 북한 건설 노동자는 월 600달러 이상을 받는다.",
        {("wage", 600, None, "USD", "month")},
    ),
    (
        "rfa.org",
        '평양의 한 소식통은 "중국 파견 노동자로 뽑히려면 간부들에게 500~1천 달러를 뇌물로 써야 '
        '한다"며 "중국에 가면 한 달에 2천 위안을 받는데 그중 절반 이상을 국가에 바친다"고 '
        "말했다.",
        {("wage", 2000, 2000, "CNY", "month"), ("state_share", 50, None)},
    ),
]

# --- batch 3: 최소/미만/육박/남짓/수천, costs and shares of one head, units' takings --------
# Written after batch 2's fixes. First run: money precision 23/23, recall 23/23, 12/12 rows.
G3: list[GenreArticle] = [
    (
        "yna.co.kr",
        '(서울=연합뉴스) 정부 당국자는 "북한이 해외 노동자를 통해 매년 최소 2억 달러를 벌어들이고 '
        '있다"며 "러시아 파견이 늘면서 올해는 4억 5천만 달러에 육박할 것"이라고 말했다. 이 '
        "당국자는 북한이 러시아에서 들여오는 원유 대금은 연간 1억 달러 안팎이라고 덧붙였다.",
        {
            ("revenue", 2 * B, None, "USD", "year"),
            ("revenue", 45000 * M, 45000 * M, "USD", "year"),
        },
    ),
    (
        "dailynk.com",
        '데일리NK 러시아 소식통은 "모스크바 건설 현장의 북한 노동자들은 1인당 월평균 약 650달러를 '
        '받는다"며 "외화벌이 과제로 1인당 연간 5천 달러를 바쳐야 해 실제로 손에 쥐는 돈은 월 '
        '100달러도 안 된다"고 전했다. 러시아의 올해 최저임금은 월 2만2천 루블이다.',
        {
            ("wage", 650, 650, "USD", "month"),
            ("wage", 5000, 5000, "USD", "year"),
            ("wage", None, 100, "USD", "month"),
        },
    ),
    (
        "rfa.org",
        "러시아 극동 지역에서 북한 노동자를 쓰는 업체들은 노동자 1명을 쓰는 데 드는 비용이 월 "
        "7만 루블이라고 말합니다. 이 가운데 북한 노동자 본인에게 돌아가는 돈은 1만 루블 "
        "정도이고, 나머지는 북한 회사가 챙깁니다. 비자 발급 수수료는 1인당 1만 루블입니다.",
        {("wage", 1 * M, 1 * M, "RUB", "month")},
    ),
    (
        "voakorea.com",
        '유엔 안보리 대북제재위원회 전문가패널 출신 인사는 VOA에 "북한 노동자들이 중국과 '
        '러시아에서 벌어들이는 돈은 한 해 수억 달러에 이른다"고 말했습니다. 그는 "북한 IT '
        '노동자 한 명이 받는 돈은 월 수천 달러로 일반 노동자보다 훨씬 많다"고 설명했습니다.',
        {
            ("revenue", 2 * B, 999_999_999, "USD", "year"),
            ("wage", 2000, 9999, "USD", "month"),
        },
    ),
    (
        "news1.kr",
        "통일부는 중국 내 북한 노동자들이 연간 20억 위안가량을 벌어들이는 것으로 추산했다. "
        "통일부는 이는 북한의 대중 수출액 2억 달러의 약 1.4배 규모라고 설명했다. 같은 기간 "
        "남북협력기금 집행액은 1조 원을 밑돌았다.",
        {("revenue", 20 * B, 20 * B, "CNY", "year")},
    ),
    (
        "kbs.co.kr",
        "북한 노동자 50여 명이 일하는 블라디보스토크의 한 조선소는 북한 측에 매달 3만 달러를 "
        '지급하는 것으로 확인됐습니다. 조선소 관계자는 "노동자 1인당 600달러꼴"이라며 "러시아 '
        '노동자를 쓰면 한 명에 1천200달러는 줘야 한다"고 말했습니다.',
        {
            ("revenue", 3 * M, 3 * M, "USD", "month"),
            ("wage", 600, 600, "USD", "month"),
        },
    ),
    (
        "yna.co.kr",
        '北 해외노동자 송금 "2억∼3억 달러"…제재 전 절반 수준\n'
        "(서울=연합뉴스) 한국개발연구원(KDI)은 보고서에서 북한 해외 노동자들이 본국에 보내는 "
        "돈이 연간 2억∼3억 달러로 제재 이전인 2016년의 절반 수준이라고 분석했다. 보고서는 "
        "북한의 지난해 국내총생산(GDP)이 약 40조 원으로 추정된다고 밝혔다.",
        {("revenue", 2 * B, 3 * B, "USD", "year")},
    ),
    (
        "dailynk.com",
        '데일리NK 중국 소식통은 "베이징과 상하이의 북한 식당은 각각 한 해 50만 위안, 30만 '
        '위안을 평양에 보낸다"고 전했다. 식당 종업원들은 월 1천800위안을 받지만 손에 쥐는 돈은 '
        "300위안이 채 안 된다고 한다.",
        {
            ("revenue", 50 * M, 50 * M, "CNY", "year"),
            ("revenue", 30 * M, 30 * M, "CNY", "year"),
            ("wage", 1800, 1800, "CNY", "month"),
            ("wage", None, 300, "CNY", "month"),
        },
    ),
    (
        "yna.co.kr",
        "국정원은 북한이 지난해 해외 노동자 파견으로 약 3억 달러를 벌었으며, 이와 별도로 해킹을 "
        "통해 가상자산 7억 달러 이상을 탈취했다고 밝혔다. 국정원은 러시아 파견 노동자들이 받는 "
        "임금이 1인당 월 1천 달러 남짓으로 중국 파견 노동자의 두 배라고 설명했다.",
        {
            ("revenue", 3 * B, 3 * B, "USD", "year"),
            ("wage", 1000, None, "USD", "month"),
        },
    ),
    (
        "rfa.org",
        '중국 단둥의 한 무역업자는 자유아시아방송에 "북한 노동자를 데려오려는 중국 업체들이 '
        '중개인에게 1인당 3천 위안의 소개비를 준다"고 말했습니다. 그는 "북한 노동자들의 월급은 '
        '2천500위안인데, 중국인을 쓰면 5천 위안은 줘야 한다"고 덧붙였습니다.',
        {("wage", 2500, 2500, "CNY", "month")},
    ),
    (
        "news1.kr",
        "러시아 하바롭스크의 한 북한 건설회사는 현지에서 일하는 노동자 200여 명으로부터 매달 "
        "12만 달러를 거둬 평양에 보내는 것으로 알려졌다. 이 회사의 지난해 공사 매출은 5억 "
        "루블이었다.",
        {("revenue", 12 * M, 12 * M, "USD", "month")},
    ),
    (
        "news1.kr",
        "통일연구원은 북한의 해외 노동자 수입이 2019년 연간 5억 달러 이상이었으나 코로나19 이후 "
        "1억 달러 미만으로 줄었다가 최근 다시 3억 달러 수준을 회복한 것으로 분석했다.",
        {
            ("revenue", 5 * B, None, "USD", "year"),
            ("revenue", None, 1 * B, "USD", "year"),
            ("revenue", 3 * B, 3 * B, "USD", "year"),
        },
    ),
]

# --- batch 4: levels per month and per year side by side, shares that change, spans ----------
# Written after batch 3's run. First run: money precision 24/27, recall 24/27, 9/12 rows
# (extra: two sums of "석 달 조업을 마치면 1인당 30만 루블 … 20만 루블" read as monthly, the
# span's work not taken as its span; facilitators' pay, "이들이 … 받은 돈은 모두 12만 달러",
# 이들 the Americans of the sentence before; missed: the two sums' stay totals; "연평균으로는
# 3억∼4억 달러 수준이다" after a cumulative total, the topic restating per year not read as a
# continuation). After: 26/27 and 26/27, 11/12, the facilitators a strict xfail.
G4: list[GenreArticle] = [
    (
        "yna.co.kr",
        '北 노동자 러 파견 늘자 "외화벌이 연 5억 달러 넘을 듯"\n'
        "(서울=연합뉴스) 장하윤 기자 = 북한이 러시아에 보내는 노동자가 늘면서 노동자 파견으로 "
        "벌어들이는 외화가 올해 5억 달러를 넘을 것이라는 전망이 나왔다.\n"
        '국책연구기관의 한 연구위원은 "러시아에 있는 북한 노동자 1인당 상납금은 매달 500달러 '
        '안팎"이라며 "모두 합치면 한 달에 1천만 달러, 1년이면 1억2천만 달러"라고 말했다.\n'
        "러시아 정부는 외국인 노동자에게 특허세로 매달 6천 루블가량을 걷는다. 북한 노동자를 "
        "불법 고용한 업체에는 1인당 최대 80만 루블의 과태료가 부과된다.",
        {
            ("revenue", 5 * B, None, "USD", "year"),
            ("wage", 500, 500, "USD", "month"),
            ("revenue", 1000 * M, 1000 * M, "USD", "month"),
            ("revenue", 12000 * M, 12000 * M, "USD", "year"),
        },
    ),
    (
        "dailynk.com",
        "중국 훈춘 수산물 공장의 북한 노동자들은 당국에 떼이는 몫이 올해 임금의 60%에서 80%로 "
        '늘었다고 데일리NK 소식통이 전했다. 소식통은 "월급 2천400위안 가운데 손에 남는 건 '
        '500위안 정도"라고 말했다. 공장이 북한 측에 선불로 준 계약금 50만 위안은 아직 정산되지 '
        "않았다.",
        {
            ("state_share", 60, 60),
            ("state_share", 80, 80),
            ("wage", 2400, 2400, "CNY", "month"),
            ("wage", 500, 500, "CNY", "month"),
        },
    ),
    (
        "rfa.org",
        "러시아 사할린의 북한 어선 선원들은 석 달 조업을 마치면 1인당 30만 루블을 받지만 이 "
        "가운데 20만 루블을 국가에 바친다고 현지 소식통이 전했습니다. 선원들은 시간당 3달러도 "
        "안 되는 돈을 받고 일하는 셈이라고 소식통은 덧붙였습니다.",
        {
            ("wage", 30 * M, 30 * M, "RUB", None),
            ("wage", 20 * M, 20 * M, "RUB", None),
            ("wage", None, 3, "USD", None),
        },
    ),
    (
        "voakorea.com",
        "VOA가 입수한 미 연방수사국(FBI) 자료에 따르면 북한 IT 노동자들은 한 해에 1인당 많게는 "
        "30만 달러를 받는다. FBI는 이들이 번 돈의 90% 이상이 북한 군수공업부로 넘어간다고 "
        "밝혔다. FBI는 이 조직과 연계된 암호화폐 지갑 12개에서 모두 70만 달러를 동결했다.",
        {("wage", None, 30 * M, "USD", "year"), ("state_share", 90, None)},
    ),
    (
        "yna.co.kr",
        '통일부 당국자는 "중국 내 북한 노동자 월급은 우리 돈 약 55만 원인 2천800위안 수준"이라며 '
        '"이 중 2천 위안 이상을 국가가 가져간다"고 말했다.',
        {
            ("wage", 2800, 2800, "CNY", "month"),
            ("wage", 2000, None, "CNY", "month"),
        },
    ),
    (
        "kbs.co.kr",
        'KBS가 만난 북한 출신 전직 파견 노동자 최모 씨는 "쿠웨이트 건설 현장에서 한 달에 버는 '
        '돈이 평균 700달러, 1년이면 8천400달러였다"며 "그중 손에 쥔 건 1년에 1천 달러 '
        '정도"라고 말했다.',
        {
            ("wage", 700, 700, "USD", "month"),
            ("wage", 8400, 8400, "USD", "year"),
            ("wage", 1000, 1000, "USD", "year"),
        },
    ),
    (
        "news1.kr",
        "몽골 울란바토르의 북한 식당에서 일하는 종업원들은 월 100만 투그릭을 받는 것으로 "
        "알려졌다. 이 식당의 냉면 한 그릇 가격은 2만5천 투그릭이고, 몽골 정부가 정한 최저임금은 "
        "월 79만2천 투그릭이다.",
        {("wage", 100 * M, 100 * M, "MNT", "month")},
    ),
    (
        "yna.co.kr",
        '국정원은 "러시아 내 북한 노동자 1만5천여 명이 1인당 연간 약 8천 달러, 전체로는 '
        '1억2천만 달러를 북한에 보내는 것으로 추정된다"고 보고했다.',
        {
            ("wage", 8000, 8000, "USD", "year"),
            ("revenue", 12000 * M, 12000 * M, "USD", "year"),
        },
    ),
    (
        "rfa.org",
        "북한이 올해 러시아로부터 받은 밀가루 지원은 2천만 달러어치이고, 북러 교역액은 5억 "
        "달러를 넘었다. 반면 러시아 내 북한 노동자 송출 수입은 연간 2억 달러 정도로 추정된다고 "
        "현지 소식통이 전했다.",
        {("revenue", 2 * B, 2 * B, "USD", "year")},
    ),
    (
        "dailynk.com",
        "데일리NK 소식통에 따르면 중국 랴오닝성의 북한 봉제공장 노동자들은 올해부터 월 과제금이 "
        "1천200위안에서 1천500위안으로 올랐다. 여기에 충성자금 명목으로 연간 1인당 800위안을 "
        "따로 낸다.",
        {
            ("wage", 1200, 1200, "CNY", "month"),
            ("wage", 1500, 1500, "CNY", "month"),
            ("wage", 800, 800, "CNY", "year"),
        },
    ),
    (
        "yna.co.kr",
        "유엔 보고서는 북한이 2017년 이후 해외 노동자 파견으로 지금까지 모두 20억∼30억 달러를 "
        "번 것으로 추산했다. 연평균으로는 3억∼4억 달러 수준이다.",
        {
            ("revenue", 20 * B, 30 * B, "USD", None),
            ("revenue", 3 * B, 4 * B, "USD", "year"),
        },
    ),
    (
        "voakorea.com",
        "북한 IT 노동자들에게 명의를 빌려준 미국인 3명은 그 대가로 매달 1인당 500달러를 받았다. "
        "이들이 북한 IT 노동자들의 위장 취업을 도와 받은 돈은 모두 12만 달러다.",
        set(),
    ),
]

# --- batch 5: labour cost split, bounds both ways, 선, lists by trade, brokers ------------------
# Written after batch 4's fixes. First run: money precision 14/15, recall 14/14, 7/8 rows
# (extra: a rise, "계획분이 지난해보다 100달러씩 올랐다", read as a yearly quota; 올랐 and
# "씩" before it were no words of a change). After: 14/14 and 14/14, 8/8.
G5: list[GenreArticle] = [
    (
        "yna.co.kr",
        "러시아 건설업계 관계자에 따르면 북한 노동자 1명당 한 달 인건비는 1천 달러 수준이며, 이 "
        "가운데 800달러를 북한 당국이 가져간다. 러시아 업체가 같은 일에 타지크 노동자를 쓰면 "
        "1천500달러가 든다.",
        {
            ("wage", 1000, 1000, "USD", "month"),
            ("wage", 800, 800, "USD", "month"),
        },
    ),
    (
        "news1.kr",
        "통일연구원은 북한의 해외 노동자 외화벌이 규모를 연 최대 5억 달러, 최소 2억 달러로 "
        "추정했다. 연구원은 북한이 같은 해 석탄 밀수로 번 돈은 1억 달러 안팎으로 봤다.",
        {
            ("revenue", None, 5 * B, "USD", "year"),
            ("revenue", 2 * B, None, "USD", "year"),
        },
    ),
    (
        "yna.co.kr",
        '北 해외노동자 연간 수익 "3억 달러 추정"\n'
        "(서울=연합뉴스) 정부는 북한이 해외 노동자 파견으로 올리는 수익이 연간 3억 달러 정도인 "
        "것으로 보고 있다. 정부 당국자는 북한 노동자들의 월 급여가 300∼500달러 선이라고 "
        "설명했다.",
        {
            ("revenue", 3 * B, 3 * B, "USD", "year"),
            ("wage", 300, 500, "USD", "month"),
        },
    ),
    (
        "rfa.org",
        '연해주의 한 소식통은 "북한 노동자들은 하루 10시간씩 일하고도 한 달에 고작 150달러를 '
        '손에 쥔다"고 말했습니다. 이 소식통은 "현지 러시아 식당에서 점심 한 끼가 500루블"이라고 '
        "덧붙였습니다.",
        {("wage", 150, 150, "USD", "month")},
    ),
    (
        "dailynk.com",
        "데일리NK 러시아 소식통에 따르면 북한 노동자 1인당 매달 바쳐야 하는 '계획분'은 건설 "
        "노동자가 700달러, 벌목공이 500달러다. 소식통은 올해 계획분이 지난해보다 100달러씩 "
        "올랐다고 전했다.",
        {
            ("wage", 700, 700, "USD", "month"),
            ("wage", 500, 500, "USD", "month"),
        },
    ),
    (
        "news1.kr",
        "중국 내 북한 식당 100여 곳이 한 해 벌어들이는 돈은 1천만 달러 이상으로 추정된다. 식당 "
        "종업원 1인당 월급은 1천500위안 안팎이다.",
        {
            ("revenue", 1000 * M, None, "USD", "year"),
            ("wage", 1500, 1500, "CNY", "month"),
        },
    ),
    (
        "rfa.org",
        '러시아에서 탈출한 북한 노동자 김모 씨는 자유아시아방송에 "러시아에서 월 5만 루블을 '
        '받았다"고 말했습니다. 김 씨의 탈출을 도운 브로커는 그 대가로 2천 달러를 받았습니다.',
        {("wage", 5 * M, 5 * M, "RUB", "month")},
    ),
    (
        "yna.co.kr",
        "정부 당국자는 러시아 파견 북한 노동자들의 연간 총수입이 2억 달러에 이르고, 이 중 80%가 "
        "당국으로 들어간다고 설명했다. 이 당국자는 북러 교역액이 올해 4억 달러를 넘을 것으로 "
        "내다봤다.",
        {("revenue", 2 * B, 2 * B, "USD", "year"), ("state_share", 80, 80)},
    ),
]

BATCHES = {"g1": G1, "g2": G2, "g3": G3, "g4": G4, "g5": G5}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {
    "g1-10": "kind: savings carried home after the stay ('3년 계약 기간 동안 모아서 귀국할 때 "
    "가져가는 돈은 평균 2천 달러') have no pay cue; a cue for money carried home (가져가는 "
    "돈) was tried and dropped, as the recall set's k3-03 (돌아갈 때 가져가는 돈) and the "
    "distractors' d8-01 (cash carried through customs) keep such money no claim",
    "g4-11": "kind: money the DPRK workers' American facilitators received ('이들이 … 위장 "
    "취업을 도와 받은 돈은 모두 12만 달러'), 이들 being '미국인 3명' of the sentence before, "
    "reads as revenue: the sentence names the workers, so the anaphor check does not run",
    "g2-04": "relevance: a defector's interview that names no DPRK word (탈북민, 당에 바쳤다), "
    "so the gate stops it (read right ungated)",
}

ROWS = batch_rows(BATCHES, KNOWN)


@pytest.mark.parametrize(("publisher", "text", "expected"), ROWS)
def test_genre_article_money(extractor, publisher, text, expected):
    assert money(extractor, text, publisher) == expected
