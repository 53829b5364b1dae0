"""A challenge set of Korean sentences written for the tests, in the style of Korean
reporting on DPRK workers abroad: money first (revenue, wages, the state's share; 만/억/조
figures in 달러/위안/루블/원/유로, ranges, vague classes and qualifiers), then counts with
their destination, status and sector, attribution, and sentences that make no claim."""

from __future__ import annotations

import pytest

from laborwatch.extract.numbers import find_quantities
from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Claim, Document

LEAD = "북한은 해외에 노동자를 파견해 외화벌이를 하고 있다. "
B = 100_000_000  # 억
M = 10_000  # 만


@pytest.fixture(scope="module")
def ko() -> Extractor:
    return Extractor()


def claims(ko: Extractor, text: str) -> list[Claim]:
    result = ko.extract(Document(id="t", text=LEAD + text, language="ko"))
    assert result.relevant
    return [c for c in result.claims if c.evidence.start >= len(LEAD)]


def money(ko: Extractor, text: str) -> list[tuple]:
    out = []
    for c in claims(ko, text):
        if c.kind == "state_share":
            out.append((c.kind, c.value.low, c.value.high))
        elif c.kind != "workers":
            out.append((c.kind, c.value.low, c.value.high, c.value.currency, c.value.per))
    return sorted(out, key=repr)


def workers(ko: Extractor, text: str) -> list[tuple]:
    return sorted(
        (
            (
                c.value.low,
                c.value.high,
                c.value.qualifier,
                sorted(c.destinations),
                c.status,
                c.sector,
            )
            for c in claims(ko, text)
            if c.kind == "workers"
        ),
        key=repr,
    )


# --- number grammar -------------------------------------------------------------------
NUMBERS = [
    ("3억 5천만 달러를", 350_000_000, 350_000_000, "exact", "USD"),
    ("5억달러에", 5 * B, 5 * B, "exact", "USD"),
    ("수백만 달러", 2_000_000, 9_999_999, "vague", "USD"),
    ("수천만 달러", 20_000_000, 99_999_999, "vague", "USD"),
    ("1억~2억 달러", 1 * B, 2 * B, "range", "USD"),
    ("1천여만 달러", 10_000_000, None, "at_least", "USD"),
    ("약 2억 3천만 달러", 230_000_000, 230_000_000, "approx", "USD"),
    ("1만5천 루블", 15_000, 15_000, "exact", "RUB"),
    ("5만~6만 루블", 50_000, 60_000, "range", "RUB"),
    ("2천500위안", 2500, 2500, "exact", "CNY"),
    ("30만~50만원", 300_000, 500_000, "range", "KRW"),
    ("800유로를", 800, 800, "exact", "EUR"),
    ("12억~23억 달러", 12 * B, 23 * B, "range", "USD"),
    ("최소 5억달러 이상", 5 * B, None, "at_least", "USD"),
    ("10억 달러가 넘는", 10 * B, None, "at_least", "USD"),
    ("100달러 남짓", 100, None, "at_least", "USD"),
    ("4만5천 루블", 45_000, 45_000, "exact", "RUB"),
    ("1조 2천억 원", 1_200_000_000_000, 1_200_000_000_000, "exact", "KRW"),
    ("삼천 달러", 3000, 3000, "exact", "USD"),
    ("천오백 명", 1500, 1500, "exact", None),
    ("3억~5억 달러 가량", 3 * B, 5 * B, "range", "USD"),
    ("6천억원 규모", 6000 * B, 6000 * B, "exact", "KRW"),
    ("수 천 명", 2000, 9999, "vague", None),
    ("수 억 달러", 2 * B, 999_999_999, "vague", "USD"),
    ("인민폐 1200원", 1200, 1200, "exact", "CNY"),
    ("미화 500달러", 500, 500, "exact", "USD"),
    ("1.5억 달러", 150_000_000, 150_000_000, "exact", "USD"),
    ("2.5만 명", 25_000, 25_000, "exact", None),
]


@pytest.mark.parametrize(
    ("text", "low", "high", "qualifier", "currency"),
    NUMBERS,
    ids=[f"n{i:02d}" for i in range(len(NUMBERS))],
)
def test_number_grammar(text, low, high, qualifier, currency):
    (q,) = [q for q in find_quantities(text, "ko") if q.unit != "number"]
    assert (q.low, q.high, q.qualifier, q.currency) == (low, high, qualifier, currency)


# --- money ----------------------------------------------------------------------------
MONEY = [
    (
        "북한은 해외 노동자를 통해 연간 5억 달러의 외화를 벌어들이는 것으로 추정된다.",
        [("revenue", 5 * B, 5 * B, "USD", "year")],
    ),
    (
        "국정원은 북한이 해외 노동자 파견으로 한 해 3억 5천만 달러를 벌어들인다고 밝혔다.",
        [("revenue", 350_000_000, 350_000_000, "USD", "year")],
    ),
    (
        "대북 소식통에 따르면 러시아 건설 현장의 북한 노동자들은 월 700달러 정도를 받는다.",
        [("wage", 700, 700, "USD", "month")],
    ),
    (
        "이들 노동자는 매달 500달러씩 국가계획분으로 상납해야 한다.",
        [("wage", 500, 500, "USD", "month")],
    ),
    (
        "북한 노동자 한 명이 받는 월급은 3천 위안 안팎이다.",
        [("wage", 3000, 3000, "CNY", "month")],
    ),
    (
        "해외 파견 노동자들이 본국에 송금하는 돈은 연간 수억 달러에 이른다.",
        [("revenue", 2 * B, 999_999_999, "USD", "year")],
    ),
    (
        "중국 내 북한 식당들은 매년 수백만 달러를 평양으로 보내는 것으로 알려졌다.",
        [("revenue", 2_000_000, 9_999_999, "USD", "year")],
    ),
    (
        "유엔 보고서는 북한이 해외 노동으로 연간 1억~2억 달러를 벌어들인다고 추산했다.",
        [("revenue", 1 * B, 2 * B, "USD", "year")],
    ),
    (
        "북한 노동자 월급 가운데 70%를 당국이 충성자금 명목으로 가져간다.",
        [("state_share", 70, 70)],
    ),
    ("노동자들은 번 돈의 절반을 국가에 바쳐야 한다.", [("state_share", 50, 50)]),
    ("소식통은 임금의 3분의 2가 국가에 상납된다고 전했다.", [("state_share", 66.7, 66.7)]),
    (
        "러시아의 북한 벌목공은 한 달에 약 1만5천 루블을 받는다.",
        [("wage", 15_000, 15_000, "RUB", "month")],
    ),
    (
        "북한은 해외 노동자 파견으로 매년 최소 5억달러 이상을 벌어들인다.",
        [("revenue", 5 * B, None, "USD", "year")],
    ),
    (
        "중국과 러시아의 북한 노동자들에게서 거둬들이는 외화는 한 해 10억 달러가 넘는다.",
        [("revenue", 10 * B, None, "USD", "year")],
    ),
    (
        "중동 건설 현장에 파견된 북한 근로자들은 월 평균 800달러를 벌지만 대부분을 빼앗긴다.",
        [("wage", 800, 800, "USD", "month")],
    ),
    (
        "노동자 1인당 매달 300달러의 과제금이 부과된다.",
        [("wage", 300, 300, "USD", "month")],
    ),
    (
        "북한 당국은 해외 노동자들에게 1인당 연간 8천 달러의 충성자금을 요구한다.",
        [("wage", 8000, 8000, "USD", "year")],
    ),
    (
        "러시아에서 일하는 북한 노동자의 월급은 5만~6만 루블 수준이다.",
        [("wage", 50_000, 60_000, "RUB", "month")],
    ),
    (
        "노동자들이 실제로 손에 쥐는 돈은 월 100달러 남짓에 불과하다.",
        [("wage", 100, None, "USD", "month")],
    ),
    (
        "북한은 2019년 한 해에만 해외 노동자를 통해 2억 3천만 달러 가량을 벌어들인 것으로 "
        "파악됐다.",
        [("revenue", 230_000_000, 230_000_000, "USD", "year")],
    ),
    (
        "유엔 전문가 패널은 북한의 해외 노동 수익이 연 5억 달러 안팎이라고 보고했다.",
        [("revenue", 5 * B, 5 * B, "USD", "year")],
    ),
    (
        "단둥의 봉제 공장에서 일하는 북한 여성 노동자들의 월급은 2천500위안이다.",
        [("wage", 2500, 2500, "CNY", "month")],
    ),
    (
        "수산물 가공 공장 노동자 한 명은 월 1500위안을 받지만 이 중 1000위안을 국가에 내야 한다.",
        [("wage", 1000, 1000, "CNY", "month"), ("wage", 1500, 1500, "CNY", "month")],
    ),
    (
        "북한은 건설 노동자 파견으로 연간 수천만 달러를 벌어들인다.",
        [("revenue", 20_000_000, 99_999_999, "USD", "year")],
    ),
    (
        "소식통은 러시아 업체가 노동자 1명당 월 1200달러를 지급하고 이 가운데 800달러가 "
        "국가로 넘어간다고 말했다.",
        [("wage", 800, 800, "USD", "month"), ("wage", 1200, 1200, "USD", "month")],
    ),
    (
        "북한 IT 노동자들은 한 달에 최대 5천 달러를 벌기도 한다.",
        [("wage", None, 5000, "USD", "month")],
    ),
    (
        "해외 식당 종업원들은 월 30만~50만원의 급여를 받는 것으로 전해졌다.",
        [("wage", 300_000, 500_000, "KRW", "month")],
    ),
    (
        "북한이 해외 노동자로부터 벌어들이는 돈은 연간 12억~23억 달러로 추정된다.",
        [("revenue", 12 * B, 23 * B, "USD", "year")],
    ),
    (
        "통일부는 북한의 해외 노동자 송금액이 연간 약 2억 달러라고 밝혔다.",
        [("revenue", 2 * B, 2 * B, "USD", "year")],
    ),
    (
        "북한은 해외 노동자 임금의 최대 90%를 가져가는 것으로 알려졌다.",
        [("state_share", None, 90)],
    ),
    ("노동자들은 수입의 60~70%를 당자금으로 바친다.", [("state_share", 60, 70)]),
    (
        "연해주 벌목장 노동자들의 월급은 약 4만 루블이며 그중 절반이 국가계획분으로 나간다.",
        [("state_share", 50, 50), ("wage", 40_000, 40_000, "RUB", "month")],
    ),
    (
        "선양의 북한 식당 한 곳이 한 해 평양에 보내는 돈은 10만 달러 정도다.",
        [("revenue", 100_000, 100_000, "USD", "year")],
    ),
    (
        "북한 노동자들은 월급으로 500달러를 받지만 손에 쥐는 돈은 100달러뿐이다.",
        [("wage", 100, 100, "USD", "month"), ("wage", 500, 500, "USD", "month")],
    ),
    (
        "아프리카에 파견된 북한 의료진은 1인당 월 2천 달러를 벌어 본국에 송금한다.",
        [("wage", 2000, 2000, "USD", "month")],
    ),
    (
        "러시아 업체들은 북한 노동자 1명당 한 달 평균 6만 루블의 임금을 지급한다.",
        [("wage", 60_000, 60_000, "RUB", "month")],
    ),
    (
        "폴란드 조선소의 북한 노동자들은 월 800유로를 받았지만 대부분을 빼앗겼다.",
        [("wage", 800, 800, "EUR", "month")],
    ),
    (
        "소식통은 노동자들이 1년에 한 사람당 1만 달러씩 국가에 바친다고 말했다.",
        [("wage", 10_000, 10_000, "USD", "year")],
    ),
    (
        "북한이 해외 노동자 파견으로 얻는 외화 수입은 연간 최대 20억 달러로 추산된다.",
        [("revenue", None, 20 * B, "USD", "year")],
    ),
    (
        "북한 노동자들이 벌어들이는 외화는 연 5억달러 규모다.",
        [("revenue", 5 * B, 5 * B, "USD", "year")],
    ),
    (
        "북한은 해외 노동자들을 통해 매년 약 3억~5억 달러를 벌어들인다.",
        [("revenue", 3 * B, 5 * B, "USD", "year")],
    ),
    (
        "노동자 한 명이 국가에 바쳐야 하는 연간 계획분은 1만 5천 달러 수준이다.",
        [("wage", 15_000, 15_000, "USD", "year")],
    ),
    (
        "노동자 1인당 매달 300달러를 상납하면 북한 당국은 연간 1억 8천만 달러를 거둬들이게 된다.",
        [("revenue", 180_000_000, 180_000_000, "USD", "year"), ("wage", 300, 300, "USD", "month")],
    ),
    (
        "러시아 내무부 자료에 따르면 북한 노동자의 평균 월급은 약 4만5천 루블이다.",
        [("wage", 45_000, 45_000, "RUB", "month")],
    ),
    (
        "북한 노동자의 월급은 같은 현장 중국인 노동자의 절반 수준인 2천 위안이다.",
        [("wage", 2000, 2000, "CNY", "month")],
    ),
    (
        "중국 공장의 북한 노동자들은 매달 1천800위안을 받아 1천200위안을 충성자금으로 낸다.",
        [("wage", 1200, 1200, "CNY", "month"), ("wage", 1800, 1800, "CNY", "month")],
    ),
    (
        "북한은 러시아 건설 현장에 인력을 보내 한 해 1천여만 달러를 벌었다.",
        [("revenue", 10_000_000, None, "USD", "year")],
    ),
    (
        "해외 노동자들이 국가에 바치는 돈은 번 돈의 80% 가량이다.",
        [("state_share", 80, 80)],
    ),
    (
        "노동자들은 월급에서 숙식비를 빼고도 매달 400달러를 국가에 상납한다.",
        [("wage", 400, 400, "USD", "month")],
    ),
    (
        "북한 노동자의 하루 작업량에 따라 지급되는 성과급은 월 2천~3천 위안이다.",
        [("wage", 2000, 3000, "CNY", "month")],
    ),
    (
        "북한이 해외 노동자로 벌어들이는 돈은 얼마나 될까. 전문가들은 연간 5억 달러 안팎으로 본다.",
        [("revenue", 5 * B, 5 * B, "USD", "year")],
    ),
    (
        "北, 해외 노동자 송출로 연 3억 달러 벌어들여.",
        [("revenue", 3 * B, 3 * B, "USD", "year")],
    ),
    (
        "북한은 지난해 러시아 파견 노동자들을 통해 1억 2천만 달러를 벌었다.",
        [("revenue", 120_000_000, 120_000_000, "USD", "year")],
    ),
    (
        "노동자들은 번 돈 가운데 월 300달러를 국가에 바치고 나머지 100달러로 생활한다.",
        [("wage", 100, 100, "USD", "month"), ("wage", 300, 300, "USD", "month")],
    ),
    (
        "북한 노동자들의 임금은 월 1000달러에서 1500달러로 올랐다.",
        [("wage", 1000, 1000, "USD", "month"), ("wage", 1500, 1500, "USD", "month")],
    ),
    (
        "러시아 업체가 지급하는 월급은 1인당 10만 루블에 이르지만 노동자가 받는 돈은 "
        "2만 루블에 불과하다.",
        [("wage", 20_000, 20_000, "RUB", "month"), ("wage", 100_000, 100_000, "RUB", "month")],
    ),
    (
        "해외 북한 노동자의 임금은 연 3천~4천 달러 수준이다.",
        [("wage", 3000, 4000, "USD", "year")],
    ),
    (
        "국가계획분으로 매년 1인당 7천~8천 달러가 할당된다.",
        [("wage", 7000, 8000, "USD", "year")],
    ),
    (
        "노동자 한 명이 매달 국가에 바치는 돈은 평균 미화 600달러에 달한다.",
        [("wage", 600, 600, "USD", "month")],
    ),
    (
        "단둥의 북한 식당 종업원 월급은 인민폐 1200원 정도다.",
        [("wage", 1200, 1200, "CNY", "month")],
    ),
    (
        "단둥 공장의 북한 노동자는 월 2천 위안(약 38만원)을 받는다.",
        [("wage", 2000, 2000, "CNY", "month")],
    ),
    (
        "북한은 해외 노동자 파견으로 연간 5억 달러(약 6천800억원)를 벌어들인다.",
        [("revenue", 5 * B, 5 * B, "USD", "year")],
    ),
    (
        "노동자들은 월급의 70~80%를 '충성자금'으로 떼인다.",
        [("state_share", 70, 80)],
    ),
    ("노동자 임금의 90% 가까이를 국가가 가져간다.", [("state_share", 90, 90)]),
    (
        "북한 노동자들은 한 달에 한 사람당 미화 500달러씩 당국에 바친다.",
        [("wage", 500, 500, "USD", "month")],
    ),
    (
        "해외 노동자들은 충성자금 명목으로 해마다 1억 달러 이상을 당국에 바친다.",
        [("revenue", 1 * B, None, "USD", "year")],
    ),
    (
        "상납금 총액은 연간 2천만 달러에 달하는 것으로 파악됐다.",
        [("revenue", 20_000_000, 20_000_000, "USD", "year")],
    ),
    (
        "이들 근로자는 월 100만원 안팎을 손에 쥐는 것으로 알려졌다.",
        [("wage", 1_000_000, 1_000_000, "KRW", "month")],
    ),
    (
        "북한은 해외 노동자 파견으로 연간 최소 1억 2천만 달러에서 최대 2억 3천만 달러를 번다.",
        [("revenue", 120_000_000, 230_000_000, "USD", "year")],
    ),
    (
        "건설 현장의 북한 노동자는 월 수백 달러를 받는 데 그친다.",
        [("wage", 200, 999, "USD", "month")],
    ),
    (
        "중국 공장에 파견된 노동자들의 월급은 4백~5백 달러 선이다.",
        [("wage", 400, 500, "USD", "month")],
    ),
    (
        "북한 노동자들은 월급의 70%를 떼이고 30%만 받는다.",
        [("state_share", 70, 70)],
    ),
    (
        "IT 노동자 1명이 1년에 5만 달러를 벌어 대부분을 상납한다.",
        [("wage", 50_000, 50_000, "USD", "year")],
    ),
    (
        "북한 노동자 3만 명이 벌어들이는 외화는 연간 3500만 달러 규모다.",
        [("revenue", 35_000_000, 35_000_000, "USD", "year")],
    ),
    (
        "러시아 건설 현장의 북한 노동자 일당은 하루 2천 루블이지만 월급으로는 1천 달러가 넘는다.",
        [("wage", 1000, None, "USD", "month"), ("wage", 2000, 2000, "RUB", None)],
    ),
    ("북한 노동자를 고용한 업체에 과태료 100만 루블이 부과됐다.", []),
    ("러시아의 월평균 임금은 약 7만 루블이다.", []),
    ("북한 식당이 입주한 건물의 임대료는 월 5만 위안이다.", []),
    # piece rates are not pay per period; other money is not labour money
    ("벌목공들은 원목 1㎥당 5달러를 받는 도급제로 일한다.", []),
    ("북한 노동자를 고용한 러시아 업체는 지난해 매출 8억 루블을 올렸다.", []),
    ("제재 위반으로 중국 업체에 벌금 50만 달러가 부과됐다.", []),
    ("북한 노동자 1명을 데려오는 데 드는 비자 비용은 200달러다.", []),
    ("북한 노동자 파견 사업에 연루된 회사의 자산 300만 달러가 동결됐다.", []),
    ("북한 식당의 냉면 한 그릇 값은 80위안 정도다.", []),
    # not labour money: trade, South Korean pay, payment for troops, theft
    ("북한과 중국의 교역액은 지난해 20억 달러를 기록했다.", []),
    ("한국 근로자의 평균 월급은 300만원을 넘었다.", []),
    ("북한은 러시아에 병력을 파견한 대가로 수억 달러를 받았을 것으로 보인다.", []),
    ("북한의 해킹 조직은 가상화폐 15억 달러를 탈취했다.", []),
]


@pytest.mark.parametrize(("text", "expected"), MONEY, ids=[f"m{i:02d}" for i in range(len(MONEY))])
def test_money(ko, text, expected):
    assert money(ko, text) == sorted(expected, key=repr)


# --- counts ---------------------------------------------------------------------------
WORKERS = [
    (
        "러시아에는 현재 북한 노동자 약 1만 5천 명이 체류하고 있다.",
        [(15_000, 15_000, "approx", ["RU"], "present", None)],
    ),
    (
        "북한은 올해 러시아에 건설 인력 5천여 명을 추가로 파견할 계획이다.",
        [(5000, None, "at_least", ["RU"], "planned", "construction")],
    ),
    (
        "중국 단둥에는 수천 명의 북한 노동자가 봉제 공장에서 일하고 있다.",
        [(2000, 9999, "vague", ["CN"], "present", "manufacturing")],
    ),
    (
        "연해주 벌목장에서 일하던 북한 벌목공 300여 명이 최근 귀국했다.",
        [(300, None, "at_least", ["RU"], "repatriated", "logging")],
    ),
    (
        "블라디보스토크에 북한 IT 인력 수십 명이 파견된 것으로 확인됐다.",
        [(24, 99, "vague", ["RU"], "dispatched", "it")],
    ),
    (
        "중동 지역에는 아직 북한 근로자 2천 명 정도가 남아 있다.",
        [(2000, 2000, "approx", ["M49:145"], "present", None)],
    ),
    (
        "대북 소식통에 따르면 북한은 아프리카에 의료 인력 수백 명을 보냈다.",
        [(200, 999, "vague", ["M49:002"], "dispatched", "medical")],
    ),
    (
        "선양의 북한 식당 종업원 20여 명이 본국으로 송환됐다.",
        [(20, None, "at_least", ["CN"], "repatriated", "hospitality")],
    ),
    (
        "국정원은 해외에 체류 중인 북한 노동자가 10만 명에 이른다고 밝혔다.",
        [(100_000, 100_000, "exact", ["M49:001"], "present", None)],
    ),
    (
        "러시아는 내년에 북한 노동자 1만~2만 명을 받아들일 예정이다.",
        [(10_000, 20_000, "range", ["RU"], "planned", None)],
    ),
    (
        "북한은 요즘도 중국에 노동자 수만 명을 송출하고 있다.",
        [(20_000, 99_999, "vague", ["CN"], "dispatched", None)],
    ),
    (
        "카타르와 쿠웨이트에 각각 1천 명 이상의 북한 근로자가 일하고 있다.",
        [(1000, None, "at_least", ["KW", "QA"], "present", None)],
    ),
    (
        "북한 노동자 3만 명 이상이 러시아 각지의 건설 현장에 투입됐다.",
        [(30_000, None, "at_least", ["RU"], "dispatched", "construction")],
    ),
    (
        "중국 공장에서 일하는 북한 노동자는 최대 5만 명으로 추정된다.",
        [(None, 50_000, "at_most", ["CN"], "present", "manufacturing")],
    ),
    (
        "북한은 하반기에 러시아 연해주로 노동자 2000명을 보낼 예정이다.",
        [(2000, 2000, "exact", ["RU"], "planned", None)],
    ),
    (
        "러시아 파견을 위해 선발돼 출국을 기다리는 북한 노동자는 약 500명이다.",
        [(500, 500, "approx", ["RU"], "recruiting", None)],
    ),
    (
        "동남아시아 국가들에도 북한 노동자 수백 명이 일하고 있다.",
        [(200, 999, "vague", ["M49:035"], "present", None)],
    ),
    (
        "북한은 40여 개국에 노동자 5만여 명을 파견했다.",
        [(50_000, None, "at_least", ["M49:001"], "dispatched", None)],
    ),
    (
        "러시아 극동 지역 어선에서 일하는 북한 선원 100여 명이 확인됐다.",
        [(100, None, "at_least", ["RU"], "present", "fishing")],
    ),
    (
        "블라디보스토크 조선소에는 북한 용접공 150명이 일하고 있다.",
        [(150, 150, "exact", ["RU"], "present", "shipbuilding")],
    ),
    (
        "중국 훈춘의 수산물 가공 공장에는 북한 여성 근로자 약 3천 명이 고용돼 있다.",
        [(3000, 3000, "approx", ["CN"], "present", "fishing")],
    ),
    (
        "북한 노동자 2만 명이 올해 안에 러시아로 떠날 것으로 보인다.",
        [(20_000, 20_000, "exact", ["RU"], "planned", None)],
    ),
    (
        "러시아 농장에서 일할 북한 노동자 800명이 곧 출국할 예정이다.",
        [(800, 800, "exact", ["RU"], "planned", "agriculture")],
    ),
    (
        "몽골 탄광에서 일하는 북한 광부는 약 1천 명이다.",
        [(1000, 1000, "approx", ["MN"], "present", "mining")],
    ),
    (
        "라오스의 북한 식당들에서 일하던 종업원 수십 명이 철수했다.",
        [(24, 99, "vague", ["LA"], "repatriated", "hospitality")],
    ),
    (
        "사할린에는 북한 노동자 수 천 명이 아직 귀국하지 않고 남아 있다.",
        [(2000, 9999, "vague", ["RU"], "present", None)],
    ),
    (
        "북한은 러시아에 건설 노동자를 연간 1만 명씩 보낼 계획이다.",
        [(10_000, 10_000, "exact", ["RU"], "planned", "construction")],
    ),
    (
        "중국 랴오닝성의 수산물 가공업체들에 북한 노동자 수천 명이 고용돼 있다.",
        [(2000, 9999, "vague", ["CN"], "present", "fishing")],
    ),
    (
        "북한은 중국에 정보기술(IT) 인력 1천여 명을 파견했다.",
        [(1000, None, "at_least", ["CN"], "dispatched", "it")],
    ),
    (
        "러시아에 3만 명, 중국에 5만 명의 북한 노동자가 일하고 있다.",
        [
            (30_000, 30_000, "exact", ["RU"], "present", None),
            (50_000, 50_000, "exact", ["CN"], "present", None),
        ],
    ),
    (
        "쿠웨이트에서 일하던 북한 노동자 1천800명이 모두 철수했다.",
        [(1800, 1800, "exact", ["KW"], "repatriated", None)],
    ),
    (
        "중국 내 북한 노동자 가운데 5천여 명이 최근 귀국했다.",
        [(5000, None, "at_least", ["CN"], "repatriated", None)],
    ),
    pytest.param(
        "러시아 통계에 따르면 지난해 취업 목적으로 입국한 북한인은 1만 3천221명이다.",
        [(13_221, 13_221, "exact", ["RU"], "dispatched", None)],
        marks=pytest.mark.xfail(
            strict=True, reason="a place inside '…에 따르면' is not yet a destination"
        ),
    ),
    (
        "아무르주 건설 현장에는 북한 미장공과 목수 200여 명이 일하고 있다.",
        [(200, None, "at_least", ["RU"], "present", "construction")],
    ),
    (
        "북한은 우크라이나 도네츠크 재건 현장에 노동자 수천 명을 보낼 것으로 알려졌다.",
        [(2000, 9999, "vague", ["UA"], "planned", "construction")],
    ),
    ("러시아에서 일하는 우즈베키스탄 노동자는 100만 명이 넘는다.", []),
    ("북한 노동자 3명이 작업 중 숨졌다.", []),
    ("북한 식당에서 일하던 종업원 13명이 집단 탈북했다.", []),
    ("노동자들은 5명씩 조를 짜서 현장으로 이동한다.", []),
    ("베트남 노동자 수만 명이 한국에서 일한다.", []),
    ("북한은 러시아에 1만 2천 명의 병력을 보냈다.", []),
    (
        "러시아 측은 북한 노동자 1만 5천 명 규모의 쿼터를 배정했다.",
        [(15_000, 15_000, "exact", ["RU"], "planned", None)],
    ),
    (
        "북한 해외 노동자는 한때 10만 명에 달했지만 현재는 수만 명으로 줄었다.",
        [
            (20_000, 99_999, "vague", ["M49:001"], "present", None),
            (100_000, 100_000, "exact", ["M49:001"], "present", None),
        ],
    ),
    (
        "귀국하지 못한 채 블라디보스토크에 남아 있는 북한 노동자 2천여 명이 생계난을 겪고 있다.",
        [(2000, None, "at_least", ["RU"], "present", None)],
    ),
    (
        "중국 지린성 옌지의 의류 공장에는 북한 여성 노동자 수백 명이 일한다.",
        [(200, 999, "vague", ["CN"], "present", "manufacturing")],
    ),
    (
        "북한 노동자 500명이 지난달 블라디보스토크에 도착했다.",
        [(500, 500, "exact", ["RU"], "dispatched", None)],
    ),
    (
        "북한은 지난해 러시아로 건설 인력 1만 2천 명을 새로 보냈다.",
        [(12_000, 12_000, "exact", ["RU"], "dispatched", "construction")],
    ),
    (
        "중국 당국은 단둥의 북한 노동자 수천 명을 본국으로 돌려보냈다.",
        [(2000, 9999, "vague", ["CN"], "repatriated", None)],
    ),
    (
        "러시아 연해주의 북한 노동자는 올해 초 2만 명에서 연말 1만 명으로 줄었다.",
        [
            (10_000, 10_000, "exact", ["RU"], "present", None),
            (20_000, 20_000, "exact", ["RU"], "present", None),
        ],
    ),
    (
        "북한이 중동에 보낸 근로자는 한때 1만 명이 넘었다.",
        [(10_000, None, "at_least", ["M49:145"], "present", None)],
    ),
    ("북한 노동자들은 10명 단위로 숙소를 배정받는다.", []),
    ("러시아 기업 40곳이 북한 노동자를 고용하고 있다.", []),
    ("북한 노동자 파견을 알선한 중국인 브로커 2명이 체포됐다.", []),
    (
        "북한 노동자 3천 명이 카타르에 머물고 있다. 이들은 대부분 건설 현장에서 일한다.",
        [(3000, 3000, "exact", ["QA"], "present", "construction")],
    ),
    (
        "북한 노동자 2만여 명이 중국에서 일하는 것으로 알려진 가운데, 의류 가공을 맡은 곳도 "
        "있다는 지적이 나왔다.",
        [(20_000, None, "at_least", ["CN"], "present", None)],
    ),
    (
        "러시아 쿠르스크에 북한군 병력이 파병됐다. "
        "러시아 측은 재건을 위해 1천명 파견을 추가로 요청했다.",
        [],
    ),
    # not DPRK workers abroad: soldiers, defectors, other nations' workers, tourists, units
    ("러시아에 파병된 북한군 병력 1만 1천 명 가운데 수천 명이 사상했다.", []),
    ("지난해 한국에 입국한 탈북민은 236명으로 집계됐다.", []),
    ("중국인 노동자 3만 명이 러시아 극동 건설 현장에서 일하고 있다.", []),
    ("개성공단에서 일하던 한국 근로자 800여 명이 철수했다.", []),
    ("지난해 북한을 찾은 러시아 관광객은 1천500명에 불과했다.", []),
    ("북한 노동자들은 하루 12시간씩 일하며 한 방에 10명씩 생활한다.", []),
    ("노동자 10명 중 7명이 임금을 제대로 받지 못했다.", []),
    ("북한 무역회사 30곳이 중국 단둥에 사무소를 두고 있다.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), WORKERS, ids=[f"w{i:02d}" for i in range(len(WORKERS))]
)
def test_workers(ko, text, expected):
    assert workers(ko, text) == sorted(expected, key=repr)


# --- attribution ----------------------------------------------------------------------
ORIGINS = [
    ("국정원은 러시아에 파견된 북한 노동자가 약 1만 명이라고 밝혔다.", "South Korea NIS"),
    (
        "유엔 전문가 패널 보고서에 따르면 북한 노동자 수백 명이 중국 공장에서 일하고 있다.",
        "UN Panel of Experts",
    ),
    (
        "통일부 당국자는 러시아의 북한 노동자가 수만 명 규모라고 말했다.",
        "South Korea Ministry of Unification",
    ),
    (
        "자유아시아방송(RFA)은 러시아에 북한 노동자 2천 명이 새로 도착했다고 보도했다.",
        "Radio Free Asia source",
    ),
    ("국가정보원(국정원)은 중국 공장의 북한 노동자가 2만 명이 넘는다고 밝혔다.", "South Korea NIS"),
]


@pytest.mark.parametrize(
    ("text", "origin"), ORIGINS, ids=[f"o{i:02d}" for i in range(len(ORIGINS))]
)
def test_origin(ko, text, origin):
    found = [c.origin for c in claims(ko, text) if c.kind == "workers"]
    assert found == [origin]
