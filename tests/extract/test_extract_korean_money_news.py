"""Korean money precision on news prose, written for the tests in blind batches (expected
claims committed first, then the run): each article, 200-500 characters in the style of a
wire report, an NK-specialist outlet, a broadcaster, an intelligence briefing or a research
institute, puts the workers' money (the state's takings, a worker's pay, the quota or
loyalty money each hands over, the state's percentage) beside money that is not theirs:
host-country minimum and average wages, brokers' and visa fees, stolen cryptocurrency,
arms deals, loans, investment, tourism income, a factory's unit price and sales, market
prices, exchange rates, won restatements and rates of change. Every person, figure and
desk is invented.

Money claims compare as ``(kind, low, high, currency, per)`` (``("state_share", low,
high)`` for shares); worker counts as ``(low, high)``.
"""

from __future__ import annotations

import pytest

from .test_extract_korean_money_articles import Article, B, M, claims

# --- batch 1 ---------------------------------------------------------------------------
NEWS1: list[Article] = [
    (
        "yna.co.kr",
        'KDI "北 해외노동 외화수입, 제재에도 연 2억∼3억 달러"\n'
        "(세종=연합뉴스) 정하람 기자 = 한국개발연구원(KDI)은 3일 낸 '북한경제리뷰'에서 북한이 "
        "해외 노동자 파견으로 올리는 외화 수입이 연간 2억~3억 달러 규모로 유지되고 있다고 "
        "분석했다. 이는 우리 돈으로 2천700억~4천100억 원에 해당하는 액수다. 보고서는 2017년 "
        "이후 8년간 누적으로는 20억 달러 안팎이 북한에 흘러들어 간 것으로 추산했다. 같은 기간 "
        "북한의 대중 수출은 연평균 2억 달러를 밑돌았다. 보고서는 최근 평양 시장에서 쌀 1㎏ "
        "가격이 북한 돈 7천 원, 환율은 1달러당 2만 원을 넘었다고 소개했다.",
        {
            ("revenue", 2 * B, 3 * B, "USD", "year"),
            ("revenue", 20 * B, 20 * B, "USD", None),
        },
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 러시아 소식통에 따르면 아무르주 블라고베셴스크의 건설 현장에 배치된 북한 "
        "노동자 150여 명은 한 달에 5만 루블 남짓을 받는다. 이는 러시아 정부가 올해 정한 "
        "최저임금 2만2천 루블보다는 많지만, 같은 현장의 타지크 노동자들이 받는 평균 9만 루블에는 "
        "크게 못 미친다. 노동자들은 이 돈에서 매달 3만 루블을 '계획분'으로 북한 회사에 넘긴다. "
        "블라고베셴스크 시내 원룸 월세는 2만5천 루블 수준이다.",
        {("wage", 5 * M, None, "RUB", "month"), ("wage", 3 * M, 3 * M, "RUB", "month")},
        {(150, None)},
    ),
    (
        "rfa.org",
        "앵커: 중국에 북한 노동자를 들여오는 과정에서 중개 브로커들이 큰돈을 챙기고 있다는 "
        "소식입니다.\n"
        '지린성 훈춘의 한 조선족 소식통은 자유아시아방송에 "중국 업체가 북한 노동자 한 명을 '
        '들여오려면 브로커에게 3천 위안, 비자 수속에 1천500위안을 따로 내야 한다"고 말했습니다. '
        '소식통은 "그렇게 들어온 노동자들에게는 월 2천600위안의 임금이 책정되지만, 북한 회사가 '
        '그중 1천800위안을 가져간다"고 전했습니다. 훈춘의 수산물 가공공장들은 지난해 북한 '
        "노동자 덕분에 인건비를 1억 위안 넘게 아꼈다고 이 소식통은 덧붙였습니다.",
        {("wage", 2600, 2600, "CNY", "month"), ("wage", 1800, 1800, "CNY", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "미국 연방수사국(FBI)은 북한 IT 노동자들이 가짜 신분으로 미국 기업에 취업해 1인당 연간 "
        "최대 30만 달러를 벌고 있다고 경고했습니다. FBI는 이들이 번 돈의 대부분이 북한 "
        "군수공업부로 흘러간다고 설명했습니다. 북한 해킹조직이 지난 2월 한 거래소에서 빼돌린 "
        "가상화폐는 14억 달러어치에 이릅니다. 미 법무부는 북한 IT 노동자를 도운 미국인 여성에게 "
        "징역 8년과 함께 28만 달러 몰수를 선고했습니다.",
        {("wage", None, 30 * M, "USD", "year")},
        set(),
    ),
    (
        "yna.co.kr",
        "北, 러시아와 '노동자·무기' 거래 확대\n"
        '(서울=연합뉴스) 통일부 당국자는 11일 기자들과 만나 "북한이 러시아에 노동자를 보내 '
        '벌어들이는 돈이 올해 1억5천만 달러에 이를 것"이라고 말했다. 이 당국자는 북한이 포탄과 '
        "미사일을 러시아에 넘기고 받은 대가는 수십억 달러 규모로 추정된다고 덧붙였다. 러시아가 "
        "북한에 제공하기로 한 차관은 약 5억 달러로 알려졌다. 러시아의 대북 투자는 라선 항만 "
        "개발을 중심으로 3천만 달러 수준이다.",
        {("revenue", 15000 * M, 15000 * M, "USD", "year")},
        set(),
    ),
    (
        "nknews.org",
        "NK뉴스가 확인한 중국 랴오닝성 둥강시의 한 봉제업체 내부 자료에 따르면 이 업체는 북한 "
        "여성 노동자 230명을 고용해 유럽 브랜드 재킷을 한 벌에 4달러를 받고 납품한다. 업체의 "
        "지난해 매출액은 1천800만 위안이었으며, 올해 설비 확충에 600만 위안을 투자할 계획이다. "
        "자료에는 북한 노동자 1인당 월 2천400위안이 '인력 사용료'로 북한 측 회사 계좌에 입금된 "
        "것으로 기록돼 있다. 노동자 본인에게는 매달 400위안이 생활비 명목으로 지급됐다.",
        {("wage", 2400, 2400, "CNY", "month"), ("wage", 400, 400, "CNY", "month")},
        {(230, 230)},
    ),
    (
        "news1.kr",
        '국정원 "해외 北 노동자 충성자금 1인당 연 1천 달러로 인상"\n'
        "국가정보원은 23일 국회 정보위원회 현안 보고에서 북한 당국이 올해 해외 노동자들에게 "
        "부과하는 충성자금을 1인당 연간 600달러에서 1천 달러로 올렸다고 밝혔다. 국정원은 중국과 "
        "러시아에서 일하는 북한 노동자의 월평균 소득을 700달러 정도로 보고, 이 가운데 80% "
        "가까이가 당국에 들어간다고 설명했다. 러시아 내 북한 노동자 수는 1년 새 20% 가까이 "
        "늘었다. 국정원은 북한의 올해 상반기 대중 무역 적자가 6억 달러를 넘었다고 덧붙였다.",
        {
            ("wage", 1000, 1000, "USD", "year"),
            ("wage", 600, 600, "USD", "year"),
            ("wage", 700, 700, "USD", "month"),
            ("state_share", 80, 80),
        },
        set(),
    ),
    (
        "yna.co.kr",
        "통일부는 28일 국회에 제출한 자료에서 북한이 올해 원산갈마 해안관광지구를 통해 러시아 "
        "관광객 8천여 명에게서 약 1천200만 달러의 관광 수입을 올린 것으로 추정했다. 자료는 또 "
        "러시아 연해주와 하바롭스크주에 파견된 북한 노동자들이 올해 본국에 보낸 돈이 약 9천만 "
        "달러라고 밝혔다. 노동자 한 명이 1년에 보내는 액수는 평균 6천 달러 정도다. 통일부는 북한 "
        "노동자 파견을 주선한 러시아 인력업체 3곳이 건당 2만 달러의 수수료를 받았다고 덧붙였다.",
        {("revenue", 9000 * M, 9000 * M, "USD", "year"), ("wage", 6000, 6000, "USD", "year")},
        set(),
    ),
]

BATCHES = {"n1": NEWS1}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {}

ROWS = [
    pytest.param(
        *article,
        id=rid,
        marks=[pytest.mark.xfail(reason=KNOWN[rid], strict=True)] if rid in KNOWN else [],
    )
    for name, rows in BATCHES.items()
    for i, article in enumerate(rows)
    if (rid := f"{name}-{i:02d}")
]


@pytest.mark.parametrize(("publisher", "text", "money", "counts"), ROWS)
def test_news_money_and_counts(extractor, publisher, text, money, counts):
    assert claims(extractor, text, publisher) == (money, counts)
