"""Korean money recall on news never seen, written for the tests in blind batches (expected
claims committed first, then the run, the before-figures in each batch's comment): true
labour money said in ways a reader of pay might miss: the amount a sentence or a quote
away from the worker noun; the workers named only as 이들/그들/1인당/인당/한 사람당; pay
words beyond 임금 (노임, 벌이, 수입, 소득, 보수, 상납금, 계획분, 과제금); the state's cut
(떼어가, 떼이, 바치, 상납, 몫); verbs 벌어들이, 챙기, 거둬들이, 손에 쥐, 남기; numbers
written 5000만달러, 3백 달러, 미화 300달러, 2억~5억 달러, 수억 달러; percentages and
fractions of pay (70~80%, 3분의 2, 절반); pay per day and per hour; roubles, yuan, euros,
dirhams and tugriks; beside traps (other nations' pay, minimum wages, prices, fines, won
restatements). Every person, figure and desk is invented.

Money claims compare as ``(kind, low, high, currency, per)`` (``("state_share", low,
high)`` for shares); worker counts as ``(low, high)``.
"""

from __future__ import annotations

import pytest

from .test_extract_korean_money_articles import Article, B, M, article_rows, claims

# --- batch 1: the amount away from the worker noun; pronouns and per-head words ----------
# Before the fixes: money precision 10/11, recall 10/14, 2/6 rows (pay promised 받기로 한 돈,
# pay a firm gives 회사가 주는, 이 금액 restating the sum before, the labour cost 인건비 per head).
RECALL1: list[Article] = [
    (
        "yna.co.kr",
        "北 해외 식당 종업원, 월급 대부분 '충성자금'으로\n"
        "(서울=연합뉴스) 김나래 기자 = 캄보디아 프놈펜의 북한 식당에서 일하다 지난해 탈북한 "
        '여성 A씨는 25일 연합뉴스와 인터뷰에서 식당 생활을 자세히 털어놨다. A씨는 "손님이 없는 '
        '날에도 매일 밤 11시까지 노래와 춤 공연을 해야 했다"고 말했다. 그가 받기로 한 돈은 '
        "한 달에 미화 300달러였다. 그러나 이 가운데 250달러는 '충성자금' 명목으로 곧바로 "
        "지배인에게 넘어갔다고 한다.",
        {("wage", 300, 300, "USD", "month"), ("wage", 250, 250, "USD", "month")},
        set(),
    ),
    (
        "dailynk.com",
        "데일리NK 중국 내부 소식통에 따르면 랴오닝성 단둥의 한 수산물 가공공장에는 북한 여성 "
        "노동자 400여 명이 일하고 있다. 이들은 한 달 꼬박 일해도 손에 쥐는 돈이 300위안 "
        '남짓이다. 소식통은 "회사가 주는 월 2천800위안 가운데 2천500위안은 국가 과제금으로 '
        '떼인다"고 전했다. 공장 주변 식당의 국밥 한 그릇은 15위안이다.',
        {
            ("wage", 300, None, "CNY", "month"),
            ("wage", 2800, 2800, "CNY", "month"),
            ("wage", 2500, 2500, "CNY", "month"),
        },
        {(400, None)},
    ),
    (
        "rfa.org",
        "앵커: 러시아 극동 지역 건설 현장에 파견된 북한 노동자들의 생활이 갈수록 어려워지고 "
        "있다는 소식입니다.\n"
        '연해주의 한 고려인 소식통은 "북한 노동자들이 새벽부터 밤늦게까지 일하지만 주머니는 '
        '늘 비어 있다"고 말했습니다. 소식통에 따르면 그들이 러시아 업자에게서 받는 노임은 한 '
        "사람당 월 7만 루블 정도입니다. 그 중 5만 루블은 당 자금으로 바쳐야 한다고 소식통은 "
        "전했습니다.",
        {("wage", 7 * M, 7 * M, "RUB", "month"), ("wage", 5 * M, 5 * M, "RUB", "month")},
        set(),
    ),
    (
        "voakorea.com",
        "미 국무부는 19일 발표한 연례 인신매매 보고서에서 북한이 중국과 러시아 등지에 보낸 "
        '노동자들의 임금을 조직적으로 가로채고 있다고 지적했습니다. 보고서는 "북한 당국은 '
        '노동자 급여의 70~80%를 국가 몫으로 떼어간다"고 밝혔습니다. 보고서에 따르면 노동자들이 '
        "실제로 받는 돈은 인당 월 100달러 안팎에 그칩니다. 국무부는 북한을 14년 연속 최하위 "
        "등급인 3등급으로 지정했습니다.",
        {("state_share", 70, 80), ("wage", 100, 100, "USD", "month")},
        set(),
    ),
    (
        "news1.kr",
        '통일연구원 "해외 北 노동자 상납금, 1인당 연 8천 달러 수준"\n'
        "통일연구원은 10일 발간한 보고서에서 해외에 파견된 북한 노동자들이 1인당 연간 8천 달러 "
        "안팎의 상납금을 국가에 바치는 것으로 추산했다. 보고서는 중동 지역 건설 노동자의 경우 "
        "이 금액이 1만2천 달러에 이른다고 설명했다. 연구원은 북한이 이런 방식으로 거둬들이는 "
        "외화가 한 해 2억~5억 달러에 이를 것으로 봤다. 연구원은 대북 제재 이후 북한의 공식 "
        "수출은 90% 넘게 줄었다고 덧붙였다.",
        {
            ("wage", 8000, 8000, "USD", "year"),
            ("wage", 12000, 12000, "USD", "year"),
            ("revenue", 2 * B, 5 * B, "USD", "year"),
        },
        set(),
    ),
    (
        "news.kbs.co.kr",
        "KBS 취재진이 입수한 중국 저장성의 한 의류업체 계약서에는 북한 노동자 1명당 하루 "
        "120위안의 인건비를 북측 회사에 지급한다는 조항이 담겨 있다. 계약서상 노동자들은 하루 "
        "10시간, 한 달에 26일을 일한다. 북측 회사는 이렇게 받은 돈에서 노동자 몫으로 하루 "
        "20위안만 남겨 준다. 업체는 같은 일을 하는 중국인 노동자에게는 하루 200위안을 준다.",
        {("wage", 120, 120, "CNY", None), ("wage", 20, 20, "CNY", None)},
        set(),
    ),
]

# --- batch 2: the state's cut, verbs of taking in, number forms, currencies --------------
# Before the fixes: precision 15/17, recall 15/17, 3/6 rows (잘해야 as at most, a fraction of
# earnings sent home 송금된다, another nation's pay after 사람들은 read as revenue).
RECALL2: list[Article] = [
    (
        "yna.co.kr",
        '北, 몽골에 노동자 재파견 추진…"연 5000만달러 외화벌이"\n'
        "(서울=연합뉴스) 박재민 기자 = 북한이 몽골 울란바토르의 건설 현장에 노동자를 다시 "
        "보내려 하고 있다고 몽골 현지 매체가 16일 보도했다. 매체에 따르면 북한은 이를 통해 "
        "연간 5000만달러 안팎을 챙길 것으로 예상된다. 몽골 건설업체가 북한 노동자 한 명에게 "
        "지급하는 월급은 180만 투그릭 수준이다. 몽골의 법정 최저임금은 월 66만 투그릭이다.",
        {
            ("revenue", 5000 * M, 5000 * M, "USD", "year"),
            ("wage", 180 * M, 180 * M, "MNT", "month"),
        },
        set(),
    ),
    (
        "dailynk.com",
        '데일리NK 소식통은 "러시아 상트페테르부르크의 아파트 건설 현장에서 일하는 북한 '
        '노동자들은 올해부터 매달 3백 달러씩 계획분을 내야 한다"고 전했다. 지난해까지는 월 '
        '2백 달러였다고 한다. 소식통은 "노동자들이 한 달에 버는 돈은 잘해야 6백 달러인데, 그 '
        '절반을 계획분으로 떼이는 셈"이라고 말했다.',
        {
            ("wage", 300, 300, "USD", "month"),
            ("wage", 200, 200, "USD", "month"),
            ("wage", None, 600, "USD", "month"),
            ("state_share", 50, 50),
        },
        set(),
    ),
    (
        "rfa.org",
        "앵커: 북한이 중국 내 수산물 가공공장과 봉제공장에 보낸 노동자들을 통해 해마다 수억 "
        "달러를 거둬들이고 있다는 분석이 나왔습니다.\n"
        "미국의 한 민간 연구기관은 보고서에서 중국 내 북한 노동자 2만~3만 명이 일하고 있으며, "
        "이들이 1년에 벌어들이는 돈의 3분의 2 이상이 평양으로 송금된다고 밝혔습니다. 보고서는 "
        "노동자 개인에게 돌아가는 몫은 월 500~700위안에 불과하다고 지적했습니다.",
        {
            ("revenue", 2 * B, 999_999_999, "USD", "year"),
            ("state_share", 66.7, None),
            ("wage", 500, 700, "CNY", "month"),
        },
        {(2 * M, 3 * M)},
    ),
    (
        "nknews.org",
        "NK뉴스가 입수한 아랍에미리트 두바이의 한 건설 하도급업체 급여 대장에 따르면 이 업체는 "
        "북한 노동자에게 시간당 12디르함을 지급했다. 대장에는 노동자마다 한 달 평균 1천600디르함이 "
        "적혀 있었지만, 서명란에는 모두 같은 북한 관리자의 이름이 있었다. 전직 현장 감독은 "
        'NK뉴스에 "관리자가 돈을 모두 받아 가서 노동자들에게는 한 달에 300디르함만 줬다"고 '
        "말했다. 두바이의 건설 노동자 평균 월급은 2천 디르함 안팎이다.",
        {
            ("wage", 12, 12, "AED", None),
            ("wage", 1600, 1600, "AED", "month"),
            ("wage", 300, 300, "AED", "month"),
        },
        set(),
    ),
    (
        "chosun.com",
        '폴란드 조선소에서 용접공으로 일했던 탈북민 B씨는 본지 인터뷰에서 "월급 명세서에는 '
        '1천200유로가 찍혀 있었지만 실제로 받은 것은 150유로뿐이었다"고 말했다. 나머지는 북한 '
        "회사가 '국가 계획'이라는 명목으로 떼어갔다. B씨는 \"폴란드 사람들은 같은 일을 하고 "
        '2천500유로를 받았다"고 했다. 폴란드 정부는 2018년 이후 북한 노동자에게 신규 취업 '
        "허가를 내주지 않고 있다.",
        {("wage", 1200, 1200, "EUR", "month"), ("wage", 150, 150, "EUR", "month")},
        set(),
    ),
    (
        "yna.co.kr",
        "중국 내 북한 식당 100여 곳이 한 해 북한에 보내는 돈이 5천만 위안에 이른다는 추산이 "
        '나왔다. 국책연구기관의 한 연구위원은 20일 "식당 한 곳이 매달 평균 4만 위안을 상납하는 '
        '것으로 파악된다"고 밝혔다. 이는 우리 돈으로 약 760만 원이다. 식당 종업원들의 월급은 '
        "1천 위안 안팎인 것으로 알려졌다.",
        {
            ("revenue", 5000 * M, 5000 * M, "CNY", "year"),
            ("revenue", 4 * M, 4 * M, "CNY", "month"),
            ("wage", 1000, 1000, "CNY", "month"),
        },
        set(),
    ),
]

# --- batch 3: earnings words (벌이, 소득, 보수), fractions, what the worker keeps ----------
# Before the fixes: precision 17/17, recall 17/17, 6/6 rows.
RECALL3: list[Article] = [
    (
        "hani.co.kr",
        '러시아 하바롭스크에서 벌목공으로 10년을 일한 탈북민 C씨(52)는 "한 해 벌이가 좋을 '
        '때는 미화 3천 달러를 넘었다"고 회고했다. 그러나 그가 손에 쥔 돈은 해마다 500달러 '
        '남짓이었다. C씨는 "나머지는 충성자금과 숙식비, 간부들 뇌물로 다 나갔다"고 말했다. '
        "당시 벌목 사업소에서 일하던 북한 노동자는 2천여 명이었다.",
        {("wage", 3000, None, "USD", "year"), ("wage", 500, None, "USD", "year")},
        {(2000, None)},
    ),
    (
        "yna.co.kr",
        '정부 "해외 北 노동자 소득의 3분의 2 이상 당국이 가져가"\n'
        "(서울=연합뉴스) 통일부가 26일 공개한 '북한 인권 보고서'에 따르면 해외 파견 노동자들은 "
        "소득의 3분의 2 이상을 각종 명목으로 당국에 바치고 있다. 보고서에 실린 증언에 따르면 "
        "러시아에서 일한 한 노동자는 월 1천 달러를 벌어 700달러를 국가에 냈다. 중국 공장에서 "
        '일한 다른 노동자는 "월급 2천 위안 가운데 1천600위안을 회사가 가져갔다"고 진술했다.',
        {
            ("state_share", 66.7, None),
            ("wage", 1000, 1000, "USD", "month"),
            ("wage", 700, 700, "USD", "month"),
            ("wage", 2000, 2000, "CNY", "month"),
            ("wage", 1600, 1600, "CNY", "month"),
        },
        set(),
    ),
    (
        "voakorea.com",
        '유엔 안보리 대북제재위원회 전문가 패널 출신인 한 연구원은 VOA에 "북한이 해외 '
        '노동자들로부터 벌어들이는 돈은 제재 이후에도 한 해 최소 5억 달러"라고 말했습니다. 그는 '
        '"노동자 한 사람이 1년에 국가에 바치는 돈이 평균 5천 달러 정도"라고 설명했습니다. 미국 '
        "재무부는 지난달 북한 노동자 송출에 관여한 중국 기업 2곳을 제재하고 벌금 200만 달러를 "
        "부과했습니다.",
        {("revenue", 5 * B, None, "USD", "year"), ("wage", 5000, 5000, "USD", "year")},
        set(),
    ),
    (
        "dailynk.com",
        '데일리NK 중국 소식통은 "지린성 허룽의 한 전자부품 공장에 있는 북한 노동자들은 요즘 '
        '하루 8위안으로 끼니를 해결한다"고 전했다. 소식통에 따르면 이 공장 노동자들의 월급은 '
        "원래 2천200위안이지만, 이 중 1천900위안이 충성자금과 각종 과제금으로 빠져나간다. "
        '소식통은 "이들이 중국에서 3년을 일하고 돌아갈 때 가져가는 돈은 고작 2천~3천 위안"이라고 '
        "덧붙였다.",
        {("wage", 2200, 2200, "CNY", "month"), ("wage", 1900, 1900, "CNY", "month")},
        set(),
    ),
    (
        "news.kbs.co.kr",
        "북한 IT 노동자들이 해외 기업의 프리랜서 일감을 따내 받는 보수는 한 명당 월 3천~5천 "
        '달러에 이르는 것으로 나타났다. 한국 정부 당국자는 14일 "이들은 번 돈의 90% 이상을 '
        '상부에 보내고, 자신은 10% 정도만 남긴다"고 말했다. 당국자는 북한이 IT 인력 수천 명을 '
        "통해 한 해 2억5천만~6억 달러를 벌어들이는 것으로 본다고 덧붙였다.",
        {
            ("wage", 3000, 5000, "USD", "month"),
            ("state_share", 90, None),
            ("revenue", 250_000_000, 6 * B, "USD", "year"),
        },
        {(2000, 9999)},
    ),
    (
        "mk.co.kr",
        "러시아 모스크바 외곽의 한 물류센터에서 일하는 북한 노동자들의 시급은 350루블로, 같은 "
        '센터의 러시아인 직원 시급 500루블보다 낮다. 현지 인력업체 관계자는 "북한 노동자 '
        '한 명이 한 달에 올리는 수입은 8만 루블 정도"라며 "이 중 6만 루블은 북한 대표부 계좌로 '
        '곧장 들어간다"고 말했다. 모스크바의 원룸 월세는 평균 4만5천 루블이다.',
        {
            ("wage", 350, 350, "RUB", None),
            ("wage", 8 * M, 8 * M, "RUB", "month"),
            ("wage", 6 * M, 6 * M, "RUB", "month"),
        },
        set(),
    ),
]

BATCHES = {"k1": RECALL1, "k2": RECALL2, "k3": RECALL3}
# Rows still wrong after the fixes, with why (xfail, so a fix shows up as XPASS).
KNOWN: dict[str, str] = {}

ROWS = article_rows(BATCHES, KNOWN)


@pytest.mark.parametrize(("publisher", "text", "money", "counts"), ROWS)
def test_recall_money_and_counts(extractor, publisher, text, money, counts):
    assert claims(extractor, text, publisher) == (money, counts)
