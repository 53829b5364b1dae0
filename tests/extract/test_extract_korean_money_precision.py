"""Korean money precision on realistic reporting, written for the tests in blind batches
(expected claims first, then the run): each snippet mixes one or two amounts that are
DPRK overseas workers' pay, revenue or the state's share with amounts that are not
(fines, trade, aid, prices, exchange rates, other nations' pay, fees, food and lodging,
company takings, contracts, troops, hacking, GDP, restatements in brackets).

Only money claims are compared: ``(kind, low, high, currency, per)`` for revenue and
wages, ``("state_share", low, high)`` for shares.
"""

from __future__ import annotations

import pytest

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document

M = 10_000  # 만
B = 100_000_000  # 억


def money(ko: Extractor, text: str) -> set[tuple]:
    """The money claims of a Korean snippet as comparable tuples (relevance not gated: a
    short snippet may not read as relevant on its own, and only its money is tested)."""
    result = ko._extract(Document(id="m", text=text, language="ko"), gate=False)
    out: set[tuple] = set()
    for c in result.claims:
        v = c.value
        if c.kind == "state_share":
            out.add((c.kind, v.low, v.high))
        elif c.kind in ("revenue", "wage"):
            out.add((c.kind, v.low, v.high, v.currency, v.per))
    return out


# --- batch 1 ---------------------------------------------------------------------------
BATCH1: list[tuple[str, set[tuple]]] = [
    (
        "러시아에 파견된 북한 노동자들은 월 700달러 안팎을 받는 것으로 알려졌다. "
        "반면 같은 현장의 중국인 노동자는 월 1200달러를 받는다. "
        "북중 교역액은 지난해 23억 달러로 집계됐다.",
        {("wage", 700, 700, "USD", "month")},
    ),
    (
        "유엔 안보리 대북제재위원회는 북한 노동자를 고용한 중국 업체에 벌금 50만 달러를 "
        "부과했다. 이 업체는 북한 노동자 300명을 고용해 연간 200만 달러의 수익을 북한 "
        "당국에 넘긴 것으로 조사됐다.",
        {("revenue", 200 * M, 200 * M, "USD", "year")},
    ),
    (
        "북한 해외 노동자들이 벌어들이는 외화는 연간 5억 달러로 추정된다. "
        "이는 북한 전체 수출액 28억 달러의 약 18%에 해당한다.",
        {("revenue", 5 * B, 5 * B, "USD", "year")},
    ),
    (
        "중국 단둥의 북한 봉제공장 노동자들은 한 달에 2000위안(한화 약 38만원)을 받지만 "
        "실제 손에 쥐는 돈은 300위안 정도다. 공장 측은 숙식비로 1인당 500위안을 공제한다고 "
        "밝혔다.",
        {("wage", 2000, 2000, "CNY", "month"), ("wage", 300, 300, "CNY", "month")},
    ),
    (
        "러시아행을 원하는 노동자들은 선발 과정에서 간부들에게 뇌물로 500달러를 바쳐야 한다. "
        "현지에서 받는 월급은 800달러 수준이다.",
        {("wage", 800, 800, "USD", "month")},
    ),
    (
        "국정원은 북한이 러시아에 병력을 보낸 대가로 수억 달러를 받았을 것으로 추정했다. "
        "한편 러시아에 체류 중인 북한 노동자들이 본국에 송금하는 돈은 연간 1억 달러 "
        "이상으로 알려졌다.",
        {("revenue", 1 * B, None, "USD", "year")},
    ),
    (
        "북한 해커들은 지난해 가상화폐 13억 달러어치를 빼돌렸다. "
        "이와 별도로 해외 IT 노동자들은 1인당 연간 30만 달러를 벌어 정권에 상납한 것으로 "
        "파악됐다.",
        {("wage", 30 * M, 30 * M, "USD", "year")},
    ),
    (
        "평양 시장에서 쌀값은 1kg에 8000원, 환율은 1달러에 8900원 수준이다. "
        "러시아 건설 현장의 북한 노동자 월급은 500달러인데 이 중 절반을 국가에 바친다.",
        {("wage", 500, 500, "USD", "month"), ("state_share", 50, 50)},
    ),
    (
        "국내 제조업 외국인 근로자의 월평균 임금은 260만원이다. "
        "반면 중국 훈춘 수산물 가공공장의 북한 여성 노동자들은 월 1500위안을 받는다.",
        {("wage", 1500, 1500, "CNY", "month")},
    ),
    (
        "러시아 건설사는 북한 인력 송출 회사와 총 1200만 달러 규모의 계약을 체결했다. "
        '소식통은 "노동자 한 명당 매달 1000달러를 북측에 지급하는 조건"이라고 말했다.',
        {("wage", 1000, 1000, "USD", "month")},
    ),
    (
        "중국은 지난해 북한에 식량 지원 명목으로 3000만 달러를 제공했다. "
        "북한은 해외 노동자 파견을 통해 연간 최대 10억 달러를 벌어들이는 것으로 분석된다.",
        {("revenue", None, 10 * B, "USD", "year")},
    ),
    (
        "한국은행은 북한의 국내총생산(GDP)이 약 40조원이라고 추정했다. "
        "북한 노동자 10만 명이 해외에서 번 돈은 연간 20억 달러에 이르는 것으로 추정된다.",
        {("revenue", 20 * B, 20 * B, "USD", "year")},
    ),
    (
        "러시아의 월평균 임금은 2023년 기준 7만 루블이다. "
        "북한 노동자들은 이보다 훨씬 적은 월 3만 루블을 받는다.",
        {("wage", 3 * M, 3 * M, "RUB", "month")},
    ),
    (
        "중국 세관은 북한 노동자 숙소에서 밀수품 20만 달러어치를 압수했다. "
        "이들이 한 달에 받는 급여는 400달러에 불과했다.",
        {("wage", 400, 400, "USD", "month")},
    ),
    (
        "북한은 중국 내 노동자 약 5만 명으로부터 1인당 매달 300달러씩 걷어 연간 1억8000만 "
        "달러를 챙긴다.",
        {("wage", 300, 300, "USD", "month"), ("revenue", 18000 * M, 18000 * M, "USD", "year")},
    ),
    (
        "북한 노동자들은 월 600달러를 받지만 방값과 식비로 200달러가 나간다. "
        "이들을 고용한 현지 업체는 지난해 매출 5000만 달러를 올렸다.",
        {("wage", 600, 600, "USD", "month")},
    ),
]

# --- batch 2 ---------------------------------------------------------------------------
BATCH2: list[tuple[str, set[tuple]]] = [
    (
        "블라디보스토크의 북한 건설 노동자 1인당 월급은 1500달러(약 200만원)이지만 "
        "대부분은 당국이 가져간다. 이를 모두 합치면 한화로 수천억원 규모라는 분석도 있다.",
        {("wage", 1500, 1500, "USD", "month")},
    ),
    (
        "한국 정부는 올해 대북 인도적 지원 예산으로 600억원을 편성했다. "
        "통일부는 해외에 파견된 북한 노동자들이 연간 약 5억 달러를 본국에 보내는 것으로 "
        "본다고 밝혔다.",
        {("revenue", 5 * B, 5 * B, "USD", "year")},
    ),
    (
        "일부 전문가들은 러시아가 북한에 파병 대가로 매년 20억 달러를 지급하고 있다고 본다. "
        "러시아 현장에 투입된 북한 노동자는 한 달에 1000달러 정도를 받는 것으로 전해졌다.",
        {("wage", 1000, 1000, "USD", "month")},
    ),
    (
        "미국 재무부는 북한 노동자 송출에 관여한 중국 회사에 120만 달러의 민사 제재금을 "
        "부과했다. 이 회사는 북한 IT 노동자들이 번 돈 연간 수백만 달러를 세탁해 평양에 "
        "보낸 혐의를 받고 있다.",
        {("revenue", 200 * M, 9_999_999, "USD", "year")},
    ),
    (
        "북한 인력 회사는 러시아 이민국 관리에게 비자 1건당 200달러의 뒷돈을 건넨다. "
        "노동자들은 월 5만 루블을 받지만 이 가운데 3만 루블을 국가계획분으로 바친다.",
        {("wage", 5 * M, 5 * M, "RUB", "month"), ("wage", 3 * M, 3 * M, "RUB", "month")},
    ),
    (
        "러시아 연해주의 북한 노동자들은 월 3만 루블(약 330달러)을 받는 것으로 알려졌다. "
        "이들이 사는 숙소의 임대료는 매달 2만 루블에 이른다.",
        {("wage", 3 * M, 3 * M, "RUB", "month")},
    ),
    (
        "중국 기업들은 나선 경제특구에 2억 달러를 투자했다. "
        "이곳 수산물 공장에서 일하는 북한 노동자의 월급은 중국인 노동자 임금의 절반 수준인 "
        "2500위안이다.",
        {("wage", 2500, 2500, "CNY", "month")},
    ),
    (
        "러시아산 목재 1톤 가격은 120달러 안팎이다. "
        "벌목장에서 일하는 북한 노동자는 한 달 평균 400달러를 손에 쥔다.",
        {("wage", 400, 400, "USD", "month")},
    ),
    (
        "북한 노동자들은 러시아 소득세 13%를 공제한 뒤 월 4만 루블을 받는다. "
        "그러나 손에 쥐는 돈은 그 가운데 30%에 불과하고 나머지는 당국에 바친다.",
        {("wage", 4 * M, 4 * M, "RUB", "month"), ("state_share", 70, 70)},
    ),
    (
        "한 탈북민은 \"러시아에서 받은 월급의 10%를 모아 귀국 때 가전제품을 샀다\"고 말했다. "
        "그가 받은 월급은 600달러였다.",
        {("wage", 600, 600, "USD", "month")},
    ),
    (
        "북한 노동자 1명당 연간 1만 달러를 벌어들이며 전체로는 연간 3억 달러에 달한다. "
        "지난해 북한의 대중국 수출은 3억 달러에도 못 미쳤다.",
        {("wage", 1 * M, 1 * M, "USD", "year"), ("revenue", 3 * B, 3 * B, "USD", "year")},
    ),
    (
        "중국 공안은 단둥에서 북한산 수산물 밀수 조직을 적발하고 150만 달러를 압수했다. "
        "이 지역 북한 식당 종업원들은 한 달에 1000위안을 받는다.",
        {("wage", 1000, 1000, "CNY", "month")},
    ),
    (
        "러시아 통계청에 따르면 건설업 평균 임금은 월 9만 루블이다. "
        "북한 노동자들은 이보다 적은 월 6만 루블을 받으며 그중 절반을 당국에 낸다.",
        {("wage", 6 * M, 6 * M, "RUB", "month"), ("state_share", 50, 50)},
    ),
    (
        "북한은 해외 식당 운영으로 연간 1000만 달러 이상을 벌어들였다. "
        "북한 당국은 식당 한 곳에 매년 30만 달러의 상납금을 요구한다. "
        "식당 인테리어 공사비만 50만 달러가 들었다.",
        {("revenue", 1000 * M, None, "USD", "year"), ("revenue", 30 * M, 30 * M, "USD", "year")},
    ),
    (
        "러시아 극동 지역의 한 건설업체 대표는 \"북한 노동자 100명을 쓰는 데 연간 "
        "150만 달러가 든다\"고 말했다. 노동자 한 명이 실제로 받는 돈은 월 200달러다.",
        {("wage", 200, 200, "USD", "month")},
    ),
    (
        "유엔 보고서는 북한이 2019년 해외 노동자를 통해 약 5억 달러를 벌었다고 추정했다. "
        "같은 해 북한의 국내총생산은 약 300억 달러였다.",
        {("revenue", 5 * B, 5 * B, "USD", "year")},
    ),
    (
        "라오스에 파견된 북한 의료진은 환자 1명당 진료비 20달러를 받는다. "
        "의료진 한 명이 매달 국가에 바쳐야 하는 금액은 1000달러다.",
        {("wage", 1000, 1000, "USD", "month")},
    ),
]

BATCHES = {"b1": BATCH1, "b2": BATCH2}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {
    "b2-08": "'손에 쥐는 돈은 30%에 불과하고 나머지는 당국에': the kept part, not subtracted",
}


def _rows() -> list:
    out = []
    for name, rows in BATCHES.items():
        for i, (text, expected) in enumerate(rows):
            rid = f"{name}-{i:02d}"
            marks = [pytest.mark.xfail(reason=KNOWN[rid], strict=True)] if rid in KNOWN else []
            out.append(pytest.param(text, expected, id=rid, marks=marks))
    return out


@pytest.mark.parametrize(("text", "expected"), _rows())
def test_money_precision(extractor, text, expected):
    assert money(extractor, text) == expected
