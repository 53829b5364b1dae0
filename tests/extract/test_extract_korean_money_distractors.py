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
        "통일부 당국자는 28일 기자들과 만나 \"러시아에 있는 북한 노동자는 1인당 월 800~1천 "
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

BATCHES = {
    "d1": D1,
}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {}

ROWS = batch_rows(BATCHES, KNOWN)


@pytest.mark.parametrize(("publisher", "text", "money", "counts"), ROWS)
def test_distractor_money_and_counts(extractor, publisher, text, money, counts):
    assert claims(extractor, text, publisher) == (money, counts)
