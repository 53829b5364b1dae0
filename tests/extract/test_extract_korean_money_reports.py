"""Korean money claims on news reports, written for the tests in blind batches (expected
claims committed first, then the run, the before-figures in each batch's comment): verbs
of handing over (들어가, 넘기, 넘어가, 보내) that are the state's take beside the same verbs
for goods, people, trade and thresholds ("20%를 넘기는"); briefings to the National
Assembly with several figures; interviews with former workers; labour revenue beside the
DPRK's other income (IT, stolen crypto, seafood, coal, tourism, arms); currencies with
conversions; ranges and qualifiers; percentages that are not the state's share; bullet
lists; headlines that repeat a body figure. Every person, outlet desk and figure is
invented.

Money claims compare as ``(kind, low, high, currency, per)`` (``("state_share", low,
high)`` for shares); worker counts as ``(low, high)``.
"""

from __future__ import annotations

import pytest

from .test_extract_korean_money_articles import Article, B, M, claims

# --- batch 1: verbs of handing over, for pay and for other things -----------------------
REPORTS1: list[Article] = [
    (
        "yna.co.kr",
        '北 노동자 러시아행 늘어…"임금 60%는 당국 몫"\n'
        "(서울=연합뉴스) 김민재 기자 = 올해 들어 러시아로 들어가는 북한 노동자가 눈에 띄게 "
        '늘고 있다고 정부 소식통이 15일 전했다. 이 소식통은 "올해 러시아에 파견된 인원 '
        '가운데 70%가량이 연해주로 들어갔다"며 "이들이 받는 월급 가운데 60%는 당국에 '
        '들어간다"고 말했다. 러시아 극동 지역의 건설 경기는 지난해보다 15% 넘게 성장했다.',
        {("state_share", 60, 60)},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 양강도 소식통에 따르면 중국 지린성의 한 목재 가공공장에서 일하는 북한 "
        "노동자 80여 명은 매달 받는 2천800위안 가운데 1천500위안을 '국가 과제금'으로 북한 "
        "회사에 넘긴다. 이 공장은 가공한 원목 절반 이상을 한국과 일본 업체에 넘기고 있으며, "
        '올해 매출은 1억 위안을 넘길 것으로 보인다. 소식통은 "노동자들 사이에서는 올겨울을 '
        '넘기기 어렵다는 말이 나온다"고 전했다.',
        {("wage", 2800, 2800, "CNY", "month"), ("wage", 1500, 1500, "CNY", "month")},
        {(80, None)},
    ),
    (
        "rfa.org",
        "앵커: 북한 노동자들이 중국에서 번 돈이 어떤 경로로 북한에 들어가는지 "
        "전해드립니다.\n"
        '중국 단둥의 한 무역업자는 자유아시아방송에 "북한 식당과 공장에서 벌어들인 돈의 90%가 '
        '북한 회사 계좌를 거쳐 평양으로 보내진다"고 말했습니다. 이 무역업자는 "단둥 세관을 '
        '통해 북한으로 가는 화물 가운데 40%가량은 밀가루와 식용유"라며 "이 가운데 30%는 다시 '
        '신의주 장마당으로 넘어간다"고 덧붙였습니다. 단둥에서 일하는 북한 여성 노동자의 월급은 '
        "2천 위안 안팎으로 알려졌습니다.",
        {("state_share", 90, 90), ("wage", 2000, 2000, "CNY", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "미국의소리(VOA)는 러시아 블라디보스토크 항구를 통해 북한으로 들어가는 물자가 "
        "지난해보다 25% 늘었다고 보도했습니다. VOA가 입수한 러시아 세관 자료에 따르면 지난해 "
        "러시아에서 북한으로 넘어간 석유 제품은 약 1억 달러 규모였습니다. 한편 러시아 건설 "
        "현장에 파견된 북한 노동자들은 월 1천 달러 가운데 700달러를 본국에 보내야 하는 것으로 "
        "전해졌습니다.",
        {("wage", 1000, 1000, "USD", "month"), ("wage", 700, 700, "USD", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        '국정원 "北 해외식당 수익 절반 이상 39호실로"\n'
        "국가정보원은 국회 정보위원회에 북한이 중국과 동남아 등에서 운영하는 식당 100여 곳의 "
        "수익 가운데 절반 이상이 노동당 39호실로 들어간다고 보고했다. 국정원에 따르면 식당 "
        "종업원 1인당 월 급여는 300~400달러이며, 이 가운데 손에 쥐는 돈은 50달러에 불과하다. "
        "국정원은 또 북한 주민들이 중국 휴대전화를 쓰려고 국경 지역으로 들어가는 사례가 늘고 "
        "있다고 밝혔다.",
        {
            ("state_share", 50, None),
            ("wage", 300, 400, "USD", "month"),
            ("wage", 50, 50, "USD", "month"),
        },
        set(),
    ),
    (
        "nknews.org",
        "NK뉴스 분석에 따르면 올해 상반기 중국의 대북 수출은 작년 같은 기간보다 20%를 넘기는 "
        "증가세를 보였다. 같은 기간 북한이 중국에 넘긴 가발과 속눈썹 제품은 8천만 달러 "
        "규모로, 대중 수출 전체에서 60%를 차지했다. 중국 현지 공장에서 일하는 북한 노동자들은 "
        "이런 가발 가공 작업에 주로 투입되며, 1인당 월 1천500위안을 받는 것으로 알려졌다.",
        {("wage", 1500, 1500, "CNY", "month")},
        set(),
    ),
    (
        "rfa.org",
        "앵커: 러시아 모스크바의 북한 건설 노동자들이 매달 본국에 보내야 하는 돈이 올해 다시 "
        "늘었다는 소식입니다.\n"
        '모스크바의 한 고려인 사업가는 자유아시아방송에 "북한 노동자들은 한 달에 12만 루블 '
        '정도를 버는데, 이 중 8만 루블을 본국으로 보내야 한다"고 말했습니다. 그는 "작년까지는 '
        '6만 루블이었다"고 덧붙였습니다. 이 사업가는 "노동자들이 남은 돈을 모아 가족에게 '
        '보내는 것은 1년에 한두 번, 200달러 정도"라고 전했습니다.',
        {
            ("wage", 12 * M, 12 * M, "RUB", "month"),
            ("wage", 8 * M, 8 * M, "RUB", "month"),
            ("wage", 6 * M, 6 * M, "RUB", "month"),
        },
        set(),
    ),
    (
        "news1.kr",
        "(서울=뉴스1) 북한이 러시아와의 무기 거래로 지난해 최대 50억 달러를 벌어들였다는 "
        "분석이 나왔다. 한국국방연구원은 보고서에서 이 돈의 상당 부분이 군수공업부로 "
        "들어갔다고 추정했다. 보고서는 지난해 러시아에 파견된 북한 노동자 약 1만5천 명이 "
        "벌어들인 외화는 2억 달러 안팎이며, 이 가운데 70% 이상이 당국에 넘어갔다고 분석했다.",
        {("revenue", 2 * B, 2 * B, "USD", "year"), ("state_share", 70, None)},
        {(15_000, 15_000)},
    ),
]

# --- batch 2: briefings to the National Assembly with several figures -------------------
REPORTS2: list[Article] = [
    (
        "yna.co.kr",
        '국정원 "北 외화벌이 목표 연 10억 달러…해외 노동자 몫 3억 달러"\n'
        "(서울=연합뉴스) 박소연 기자 = 국가정보원은 20일 국회 정보위원회 전체회의에서 북한이 "
        "올해 외화벌이 목표를 10억 달러로 잡고, 이 가운데 3억 달러를 해외 파견 노동자들에게 "
        '할당했다고 보고했다. 정보위 야당 간사인 최정훈 의원은 브리핑에서 "노동자 1인당 '
        '연간 계획분은 5천~7천 달러 수준"이라고 전했다. 국정원은 북한이 올해 상반기 가상화폐 '
        "탈취로 6억 달러 이상을 챙긴 것으로 파악했다.",
        {
            ("revenue", 3 * B, 3 * B, "USD", "year"),
            ("wage", 5000, 7000, "USD", "year"),
        },
        set(),
    ),
    (
        "yna.co.kr",
        '통일부 "北 해외 노동자 상납 비율 최대 90%까지 올라"\n'
        "통일부는 25일 국회 외교통일위원회에 제출한 업무보고 자료에서 북한 당국이 해외 "
        "노동자들에게서 거두는 상납 비율이 과거 60~70%에서 최근 최대 90%까지 높아졌다고 "
        "밝혔다. 자료에 따르면 중국 내 북한 노동자들의 월 임금은 평균 2천500위안이며, 이들이 "
        "실제로 손에 쥐는 돈은 250위안 남짓이다. 통일부는 같은 기간 북한의 대중 무역 적자가 "
        "15억 달러를 넘었다고 설명했다.",
        {
            ("state_share", 60, 70),
            ("state_share", None, 90),
            ("wage", 2500, 2500, "CNY", "month"),
            ("wage", 250, None, "CNY", "month"),
        },
        set(),
    ),
    (
        "newsis.com",
        '(서울=뉴시스) 국가정보원은 이날 정보위 국정감사에서 "러시아에 있는 북한 노동자는 '
        "현재 1만 명을 넘어섰고, 이들이 매달 본국에 송금하는 금액은 1인당 800달러 "
        '안팎"이라고 밝혔다. 국정원은 "올해 1~8월 러시아 노동자들을 통해 북한이 벌어들인 '
        '돈은 7천만 달러 규모"라고 추산했다. 국정원은 또 러시아가 북한에 제공한 식량 지원은 '
        "5천만 달러 상당이라고 덧붙였다.",
        {("wage", 800, 800, "USD", "month"), ("revenue", 7000 * M, 7000 * M, "USD", None)},
        {(10_000, None)},
    ),
    (
        "yna.co.kr",
        "[국감] 국정원이 밝힌 北 해외 노동 실태\n"
        "국가정보원이 국회 정보위원회에 보고한 북한 해외 노동자 관련 주요 내용은 다음과 같다.\n"
        "▲ 해외 파견 노동자: 중국 3만여 명, 러시아 1만5천여 명\n"
        "▲ 연간 외화 수입: 약 4억 달러\n"
        "▲ 1인당 월 평균 임금: 중국 2천200위안, 러시아 9만 루블\n"
        "▲ 국가 상납 비율: 70~80%\n"
        "▲ 가상화폐 탈취액(올해): 약 13억 달러",
        {
            ("revenue", 4 * B, 4 * B, "USD", "year"),
            ("wage", 2200, 2200, "CNY", "month"),
            ("wage", 9 * M, 9 * M, "RUB", "month"),
            ("state_share", 70, 80),
        },
        {(30_000, None), (15_000, None)},
    ),
    (
        "kbs.co.kr",
        "[앵커]\n"
        "북한이 해외 노동자들에게 부과하는 이른바 '충성자금'이 올해 크게 늘어난 것으로 "
        '파악됐습니다. 국회 정보위 소속 한 의원은 "국정원 보고에 따르면 중국에 있는 노동자의 '
        '경우 1인당 충성자금이 한 해 1천 달러에서 1천500달러로 50% 올랐다"고 말했습니다. 이 '
        '의원은 "북한이 러시아 노동자 송출로 한 해 벌어들이는 돈은 적게는 1억 달러, 많게는 '
        '2억 달러로 추정된다"고 전했습니다. 국정원은 북한의 올해 경제성장률을 3% 안팎으로 '
        "내다봤습니다.",
        {
            ("wage", 1000, 1000, "USD", "year"),
            ("wage", 1500, 1500, "USD", "year"),
            ("revenue", 1 * B, 2 * B, "USD", "year"),
        },
        set(),
    ),
    (
        "donga.com",
        "국정원은 이날 북한 IT 노동자 문제도 보고했다. 국정원에 따르면 중국과 러시아, 동남아 "
        "등지에서 활동하는 북한 IT 인력 약 1천 명은 1인당 연간 30만 달러까지 벌어들이며, "
        "이들이 올리는 수익은 연 2억5천만~6억 달러로 추산된다. 국정원은 이 돈의 대부분이 "
        "군수공업부에 들어가 미사일 개발에 쓰인다고 밝혔다. 한편 북한 해커 조직이 지난해 "
        "탈취한 가상자산은 13억 달러로 집계됐다.",
        {
            ("wage", None, 30 * M, "USD", "year"),
            ("revenue", 25_000 * M, 6 * B, "USD", "year"),
        },
        {(1000, 1000)},
    ),
    (
        "hani.co.kr",
        '통일부 당국자는 이날 기자들과 만나 "해외 노동자들이 송금하는 외화가 북한 전체 외화 '
        '수입의 30% 정도를 차지하는 것으로 보인다"고 말했다. 이 당국자는 "제재 이전인 '
        '2016년에는 노동자 송금만 연 5억 달러에 달했지만, 지금은 절반 수준으로 줄었다"고 '
        "설명했다. 그는 북한 원화 가치가 올해 들어 40% 넘게 떨어졌다고 덧붙였다.",
        {("revenue", 5 * B, 5 * B, "USD", "year")},
        set(),
    ),
]

BATCHES = {
    "r1": REPORTS1,
    "r2": REPORTS2,
}
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
def test_report_money_and_counts(extractor, publisher, text, money, counts):
    assert claims(extractor, text, publisher) == (money, counts)
