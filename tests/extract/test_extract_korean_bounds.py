"""Korean worker counts by their bounds, a blind batch (expected claims committed first, then
the run). The scorer matches a worker claim by its (low, high) bounds only (vague figures by
order of magnitude), so what a Korean qualifier gives decides a match, and a figure restated
(제목 + 본문) with another qualifier of the same bounds must stay one claim. Styles: Yonhap,
Newsis and News1 wires, Daily NK '[내부소식]', RFA '앵커/기자' transcripts, VOA, NIS briefings
relayed by lawmakers, think-tank reports. Each batch stresses one group:

- K1: qualifiers before and after a figure (약, 최소, 최대, 많게는 … 까지, 이상, 넘는, 남짓,
  이하, 미만, 안팎, 내외, 수준, 가량, 정도, 무려, 에 달하는, 에 이르는, 를 웃돌던);
- K2: vague classes and ranges (수십/수백/수천/수만 명, 천여 명, 수백~수천 명, 3천~4천 명,
  3천에서 4천 명 사이, 5~6만 명, 적게는 … 많게는), a unit's size (공장마다 200명에서 300명씩);
- K3: number forms: native numerals (스무 명, 서른 명가량, 마흔여 명, 스물두 명, 쉰 명, 열 명
  남짓, 일곱 명, 다섯 명), Hangul Sino numerals (삼천 명, 이만 명, 백여 명), 1만2천 / 12,000 /
  1.2만, 한자 萬;
- K4: headline and body restatements: the same bounds in other words are one claim (10만명 /
  10만 명에 육박, 5천명 이상 / 5천 명이 넘는, 최대 1만명 / 많게는 1만 명까지, 3만명 / 약 3만 명),
  other bounds are two (1만명 / 1만여 명, 2만명 / 2만 명 이상, 수천명 / 4천 명 이상);
- K5: distractors: ages (35세, 20~30대, 스물다섯 살), years (2017년, 1990년대생), durations
  (4년 6개월), hours (하루 16시간), money (달러, 위안, 원), shares (70%, 절반, 3분의 1),
  countries (40여 개국), soldiers, defectors interviewed, tourists, other nations' workers.

Rows: the article, whether it is relevant, and every workers claim as ``W(low, high,
qualifier, destinations, status)`` (no sector: not compared here), written in a text
notation (see :func:`articles`; the tables were first committed as ``W`` tuples, 2c0391f).
Two checks per row: ``keys`` compares the scorer's keys (bounds, or vague and magnitude, with
the destinations) and relevance; ``details`` compares (bounds, qualifier, destinations,
status). Conventions: "여" (1천여 명) is at least; 약/가량/정도/안팎/내외/수준/육박 approx;
"무려", "에 달하는", "에 이르는" exact; "절반", "3분의 1" of a group give no figure (the
extractor does not multiply); a unit's size ("한 곳에 열다섯 명씩") is no claim; "수백~수천
명" is a range of the two classes' outer bounds, 200 to 9,999 (a judgment: the spec has no
rule for a range of vague classes); a restated figure is one claim with its first statement's
qualifier and status.

Measured over the scorer's keys (count: bounds or vague magnitude; count+destination: with
the destinations), tp/predicted/gold. K1-K5 before (main at 1ef693a on the expectations as
first committed, 2c0391f): count P 0.97 R 0.87 F1 0.92 (62/64/71), count+destination the
same; per batch K1 1.00/1.00, K2 0.86/0.92, K3 1.00/0.56 (native numerals unread), K4 and K5
1.00/1.00; keys right 48/55 rows, details 39/55. After: count P 1.00 R 0.96, count+destination
P 0.99 R 0.94; keys 51/55, details 46/55. K6 (written after the K1-K5 fixes, 86575d1) before:
count P 1.00 R 0.95 (18/18/19), count+destination P 0.95 R 0.95, rows 9/11; after 1.00/0.95 and
1.00/0.95. K7 (written after the K6 fix, b7f605c) before: count P 0.80 R 0.89 (8/10/9),
count+destination the same, rows 6/8 ("3,4천 명" read as 34,000; a part split by sex kept);
after 1.00/1.00. All seven: count P 0.99 R 0.96 F1 0.97 (95/96/99), count+destination P 0.98
R 0.95 F1 0.96 (94/96/99).
"""

from __future__ import annotations

import math

import pytest

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document

from .tables import batch_rows
from .test_extract_korean_articles import Row, W


def articles(table: str) -> list[Row]:
    """The rows of a batch in text form: ``@ <publisher> [irrelevant]`` opens an article,
    ``= <low|-> <high|-> <qualifier> <CC,CC|-> <status>`` is one expected worker claim, ``| ``
    opens a line of its text (lines joined by a newline), an indented line goes on with the
    line before (joined by a space)."""
    rows: list[Row] = []
    for entry in table.strip().split("\n@ "):
        head, *lines = entry.removeprefix("@ ").splitlines()
        publisher, _, flag = head.partition(" ")
        claims, text = set(), []
        for line in lines:
            if line.startswith("= "):
                low, high, qualifier, places, status = line[2:].split()
                bounds = [None if v == "-" else int(v) for v in (low, high)]
                claims.add(
                    W(*bounds, qualifier, [] if places == "-" else places.split(","), status)
                )
            elif line.startswith("| "):
                text.append(line[2:])
            else:
                text[-1] += " " + line.strip()
        rows.append((publisher, "\n".join(text), flag != "irrelevant", claims))
    return rows


# --- batch K1: qualifiers before and after a figure -----------------------------------------
BATCH_K1 = articles(
    """
@ yna.co.kr
= 2000 2000 approx MN present
| 北 노동자 약 2천명 몽골서 일해…"건설·봉제 분야"
| (서울=연합뉴스) 몽골에서 일하는 북한 노동자가 약 2천 명에 이르는 것으로 파악됐다고 정부
  소식통이 5일 밝혔다.
| 이들은 주로 울란바토르의 건설 현장과 봉제 공장에서 하루 12시간 넘게 일하는 것으로 알려졌다.
| 소식통은 "2017년 유엔 제재 이후 절반 가까이 줄었다"고 말했다.
@ newsis.com
= 80 - at_least CN dispatched
| 北, 中 선양에 식당 종업원 80명 남짓 새로 보내
| [서울=뉴시스] 북한이 이달 초 중국 랴오닝성 선양의 북한 식당 세 곳에 여성 종업원 80명 남짓을
  새로 보냈다고 대북 소식통이 7일 전했다.
| 소식통은 "종업원들은 모두 20대 초반이며 2년 계약으로 나왔다"고 말했다.
@ dailynk.com
= 3000 - at_least RU recruiting
| [내부소식] 러시아 파견 北 노동자 최소 3천 명 추가 선발 중
| 북한 당국이 러시아로 보낼 건설 노동자를 최소 3천 명 추가로 선발하고 있다고 데일리NK 평안남도
  소식통이 전했다.
| 소식통은 "선발된 인원은 평양에서 한 달간 사상 교육을 받은 뒤 출국을 기다리고 있다"고 말했다.
| 그는 "뇌물로 500달러 이상을 내야 선발 명단에 오를 수 있다"고 덧붙였다.
@ rfa.org
= - 5000 at_most CN present
| 앵커: 중국 단둥의 수산물 가공 공장에서 일하는 북한 노동자가 최대 5천 명에 달한다는 소식입니다.
| 기자: 단둥의 한 무역업자는 자유아시아방송에 "북한 노동자를 쓰는 공장이 20곳이 넘고, 공장마다
  200명에서 300명씩 일한다"고 말했습니다.
| 그는 "전체로 보면 많게는 5천 명까지 될 것"이라고 덧붙였습니다.
@ yna.co.kr
= - 15000 at_most RU present
= 30000 - at_least RU present
| "러시아 내 北 노동자 1만5천명 이하로 줄어"…제재 여파
| (서울=연합뉴스) 러시아에 체류하는 북한 노동자가 1만5천 명 이하로 줄어든 것으로 추정된다고
  통일부 당국자가 10일 밝혔다.
| 이 당국자는 "2019년 말 3만 명을 웃돌던 규모가 절반 수준으로 감소했다"고 설명했다.
@ news1.kr
= 1000 1000 approx M49:145 present
| 국정원 "北, 중동에 노동자 1천 명 안팎 남아"
| (서울=뉴스1) 국가정보원은 북한이 쿠웨이트와 아랍에미리트(UAE) 등 중동 지역에 아직 노동자 1천
  명 안팎을 남겨두고 있다고 국회 정보위원회에 보고했다.
| 국정원은 이들이 주로 건설 현장에서 일하며 1인당 연간 수천 달러를 본국에 송금하는 것으로
  파악했다.
@ voakorea.com
= 50000 100000 range M49:001 present
| (워싱턴=VOA) 미 국무부는 올해 인신매매 보고서에서 북한이 해외에 노동자 5만~10만 명을 두고 있는
  것으로 추산했다.
| 보고서는 이들 가운데 상당수가 중국과 러시아에서 하루 최대 20시간까지 일한다고 지적했다.
| 국무부는 북한 당국이 노동자 임금의 최대 90%를 가져간다고 밝혔다.
@ yna.co.kr
= 600 600 approx LA dispatched
| 北, 라오스 수력발전소 건설에 노동자 600명가량 투입
| (서울=연합뉴스) 북한이 라오스 북부의 수력발전소 건설 현장에 노동자 600명가량을 투입한 것으로
  전해졌다.
| 현지 소식통에 따르면 이들은 지난 3월부터 3개 조로 나뉘어 24시간 교대로 일하고 있다.
| 공사는 2027년 완공을 목표로 한다.
@ dailynk.com
= - 500 at_most CN present
= 1200 - at_least CN repatriated
| [내부소식] 中 지린성 北 노동자 귀국 행렬…남은 인원 500명 미만
| 중국 지린성 훈춘의 의류 공장들에서 일하던 북한 노동자들이 잇따라 귀국하면서 현지에 남은 인원이
  500명 미만으로 줄었다고 데일리NK 소식통이 전했다.
| 소식통은 "지난달에만 1천200여 명이 신의주를 거쳐 돌아갔다"고 말했다.
| 그는 "남은 노동자들도 5월까지는 모두 철수할 것"이라고 덧붙였다.
@ rfa.org
= 6000 6000 exact RU present
| 앵커: 러시아 극동 하바롭스크주에만 북한 노동자가 무려 6천 명이나 일하고 있다는 현지 보도가
  나왔습니다.
| 기자: 하바롭스크의 한 지역 신문은 최근 북한 노동자 6천 명이 주택 건설 현장에 투입돼 있다고
  보도했습니다.
| 이 신문은 이들 중 3분의 1가량이 지난해 새로 들어온 인원이라고 전했습니다.
@ yna.co.kr
= 1000 - at_least M49:001 present
| "해외 北 IT 인력 1천명 넘어"…美 재무부 제재
| (워싱턴=연합뉴스) 미국 재무부는 중국과 러시아 등에서 활동하는 북한 IT 인력이 1천 명이 넘는다며
  관련 기관 2곳과 개인 3명을 제재했다고 밝혔다.
| 재무부는 이들이 신분을 위장해 한 사람당 연간 최대 30만 달러를 벌어들인다고 설명했다.
@ newsis.com
= 20000 20000 approx RU present
= 50000 50000 approx CN present
| (서울=뉴시스) 중국 내 북한 노동자 규모는 현재 5만 명 수준으로, 러시아의 2만 명 내외보다 두 배
  이상 많다고 한국개발연구원(KDI)이 보고서에서 밝혔다.
| 보고서는 2019년 이후 새로 파견된 인원은 집계되지 않았다고 덧붙였다.
"""
)

# --- batch K2: vague classes and ranges ------------------------------------------------------
BATCH_K2 = articles(
    """
@ yna.co.kr
= 2000 9999 vague RU recruiting
| 北, 러시아에 노동자 수천명 파견 준비…'건설인력 모집'
| (서울=연합뉴스) 북한이 러시아에 건설 노동자 수천 명을 보내기 위해 각 도에서 인력을 모집하고
  있다고 대북 소식통이 전했다.
| 소식통은 "30~45세 기혼 남성만 뽑고 있으며 경쟁률이 3대 1에 이른다"고 말했다.
@ news1.kr
= 20000 99999 vague CN present
| 국정원 "中에 北 노동자 수만명 여전히 체류"
| (서울=뉴스1) 국가정보원은 유엔 제재에도 중국에 북한 노동자 수만 명이 여전히 체류하며 일하고
  있다고 국회 정보위원회에 보고했다.
| 국정원은 이들이 수산물 가공과 봉제 공장 등에서 일하며 해마다 수억 달러를 벌어들인다고
  설명했다.
@ yna.co.kr
= 200 9999 range M49:002 present
| (서울=연합뉴스) 아프리카 여러 나라에 북한 노동자 수백~수천 명이 동상 건립과 건설 사업에
  종사하고 있다고 유엔 대북제재위원회 전문가패널이 보고서에서 밝혔다.
| 패널은 적어도 10개국에서 북한 업체의 활동이 확인됐다고 덧붙였다.
@ newsis.com
= 3000 4000 range RU present
| 北 노동자 3천~4천명 러 연해주서 일해
| [서울=뉴시스] 러시아 연해주에서 일하는 북한 노동자가 3천~4천 명인 것으로 추산된다고 현지
  언론이 보도했다.
| 블라디보스토크의 한 건설업체 대표는 "북한 노동자 한 명이 러시아 노동자 두 명 몫을 한다"고
  말했다.
@ rfa.org
= 3000 4000 range CN present
| 앵커: 중국 저장성의 봉제 공장들에 북한 여성 노동자 3천에서 4천 명 사이가 일하고 있다는
  소식입니다.
| 기자: 저장성의 한 소식통은 "공장 한 곳에 많게는 400명씩 배치돼 있다"고 전했습니다.
@ yna.co.kr
= 50000 60000 range RU planned
| (서울=연합뉴스) 정부는 러시아가 올해 북한 노동자를 5~6만 명까지 받아들일 수 있을 것으로 보고
  있다.
| 정부 당국자는 "러시아 측이 이미 1만2천 명분의 취업 비자를 발급했다"고 말했다.
@ dailynk.com
= 24 99 vague TZ,UG dispatched
| [내부소식] 北 의료진 수십명 탄자니아·우간다 파견
| 북한이 최근 탄자니아와 우간다에 의사와 간호사 등 의료 인력 수십 명을 파견했다고 데일리NK 평양
  소식통이 전했다.
| 소식통은 "이들은 현지 병원에서 3년간 일하며 매달 1인당 300달러를 국가에 바쳐야 한다"고 말했다.
@ yna.co.kr
= 2000 9999 vague CN repatriated
= 3000 - at_least CN repatriated
| 北 노동자 수천명 中 단둥서 귀국
| (서울=연합뉴스) 중국 랴오닝성 단둥에서 일하던 북한 노동자 3천여 명이 이달 들어 귀국한 것으로
  알려졌다.
| 대북 소식통은 "귀국 인원은 대부분 의류 공장에서 5년 넘게 일한 여성들"이라고 전했다.
@ news1.kr
= 50000 100000 range M49:001 present
| (서울=뉴스1) 전문가들은 해외에 나가 있는 북한 노동자가 적게는 5만 명, 많게는 10만 명에 이를
  것으로 본다.
| 이들이 벌어들이는 외화는 연간 5억 달러 안팎으로 추산된다.
@ newsis.com
= 1000 - at_least RU dispatched
| 北 노동자 천여명 러시아 하바롭스크 도착
| [서울=뉴시스] 북한 노동자 천여 명이 지난 주말 러시아 하바롭스크에 도착했다고 현지 매체가
  보도했다.
| 매체는 이들이 열차 편으로 두만강 철교를 건너 6일 만에 도착했다고 전했다.
@ rfa.org
= 200 - at_least MN present
= 200 999 vague MN present
| 앵커: 몽골 울란바토르의 건설 현장에서 북한 노동자 수백 명이 일하고 있는 모습이 확인됐습니다.
| 기자: 현지 소식통은 "시내 아파트 건설 현장 세 곳에서만 200여 명을 봤다"고 전했습니다.
"""
)

# --- batch K3: number forms ------------------------------------------------------------------
BATCH_K3 = articles(
    """
@ newsis.com
= 20 20 exact CN repatriated
| 中 칭다오 北 식당 폐업…종업원 스무 명 귀국
| [서울=뉴시스] 중국 산둥성 칭다오의 북한 식당이 경영난으로 문을 닫으면서 여성 종업원 스무 명이
  최근 귀국했다고 대북 소식통이 전했다.
| 소식통은 "이들은 평균 나이 스물다섯 살로, 3년 만에 고향에 돌아갔다"고 말했다.
@ yna.co.kr
= 30 30 approx KH dispatched
| (서울=연합뉴스) 북한이 캄보디아 프놈펜의 식당에 종업원 서른 명가량을 새로 보낸 것으로
  확인됐다.
| 현지 교민은 "식당 두 곳이 새로 문을 열었고 한 곳에 열다섯 명씩 일한다"고 전했다.
@ dailynk.com
= 10 - at_least KW present
= 40 - at_least KW repatriated
| [내부소식] 北 건설 노동자 마흔여 명 쿠웨이트서 철수
| 쿠웨이트의 건설 현장에서 일하던 북한 노동자 마흔여 명이 지난달 본국으로 철수했다고 데일리NK
  소식통이 전했다.
| 소식통은 "남은 인원은 열 명 남짓으로, 비자 문제가 풀리지 않으면 연말까지 모두 돌아갈 것"이라고
  말했다.
@ rfa.org
= 22 22 exact PL repatriated
= 50 - at_least PL present
| 앵커: 폴란드 조선소에서 일하던 북한 용접공 스물두 명이 계약 만료로 귀국길에 올랐습니다.
| 기자: 유럽연합 관계자는 "한때 쉰 명이 넘던 북한 노동자가 이제 한 명도 남지 않았다"고
  말했습니다.
@ yna.co.kr
= 6000 6000 approx RU present
= 12000 12000 exact RU present
| 北 노동자 1만2천명 러시아 건설현장에…'2년 새 배로'
| (서울=연합뉴스) 러시아 건설 현장에서 일하는 북한 노동자가 12,000명에 이르는 것으로 집계됐다고
  러시아 내무부 통계를 인용해 미국의소리(VOA) 방송이 보도했다.
| 2년 전에는 6천 명 수준이었다.
@ news1.kr
= 100000 100000 exact M49:001 present
| 北 해외 노동자 10萬명…외화벌이 年 5억달러
| (서울=뉴스1) 북한이 중국·러시아 등 40여 개국에 파견한 노동자가 10만 명에 이르고, 이들이
  벌어들이는 외화가 한 해 5억 달러에 달한다고 국가정보원이 밝혔다.
| 국정원은 대북 제재 이후 이 수치가 크게 줄지 않았다고 설명했다.
@ newsis.com
= 5000 5000 exact RU planned
= 20000 20000 exact RU planned
| 北, 러에 노동자 2萬명 추가 파견 계획
| [서울=뉴시스] 북한이 내년까지 러시아에 노동자 2만 명을 추가로 파견할 계획이라고 일본
  요미우리신문이 보도했다.
| 신문은 1차로 5천 명이 다음 달 출국한다고 전했다.
@ yna.co.kr
= 2000 - at_least CN dispatched
= 12000 12000 approx CN present
| (서울=연합뉴스) 중국 지린성과 랴오닝성의 수산물 공장에서 일하는 북한 노동자는 약 1.2만 명으로
  추정된다고 통일연구원이 밝혔다.
| 연구원은 2023년 이후 새로 파견된 인원도 2천 명 이상이라고 덧붙였다.
@ rfa.org
= 3000 3000 exact CN planned
= 20000 20000 exact CN present
| 앵커: 북한이 중국 훈춘에 노동자 삼천 명을 더 보낼 계획이라는 소식입니다.
| 기자: 훈춘의 한 공장 관계자는 "이미 와 있는 이만 명에 더해 삼천 명이 더 온다고 들었다"고
  전했습니다.
@ dailynk.com
= 100 - at_least RU dispatched
| [내부소식] 北 벌목공 백여 명 러 아무르주로 출발
| 북한 벌목공 백여 명이 이달 초 러시아 아무르주 벌목장으로 출발했다고 데일리NK 양강도 소식통이
  전했다.
| 소식통은 "출발 당일 역 앞에서 가족 대여섯 명이 울며 배웅하는 모습이 보였다"고 말했다.
@ yna.co.kr
= 5 5 exact VN present
= 7 7 exact VN repatriated
| (서울=연합뉴스) 베트남 하노이의 북한 식당 종업원 가운데 일곱 명이 최근 귀국했다고 현지
  소식통이 전했다.
| 남은 종업원 다섯 명은 새 인력이 올 때까지 식당을 지킨다.
"""
)

# --- batch K4: headline and body restatements ------------------------------------------------
BATCH_K4 = articles(
    """
@ yna.co.kr
= 30000 30000 exact RU dispatched
| 北 노동자 3만명 러 건설현장 투입…국정원 보고
| (서울=연합뉴스) 국가정보원은 북한이 러시아 건설 현장에 노동자 약 3만 명을 투입한 것으로
  파악했다고 국회 정보위원회 여당 간사가 전했다.
| 국정원은 3만 명 가운데 상당수가 모스크바와 연해주 등의 아파트 건설에 배치됐다고 보고했다.
@ newsis.com
= 10000 - at_least CN dispatched
= 10000 10000 exact CN dispatched
| "北, 中에 노동자 1만명 새로 파견"
| [서울=뉴시스] 북한이 올해 들어 중국에 노동자 1만여 명을 새로 파견했다고 대북 소식통이 전했다.
| 소식통은 "랴오닝성과 지린성의 공장들이 주로 받았다"고 말했다.
@ news1.kr
= 100000 100000 exact M49:001 present
| 해외 北 노동자 10만명…'제재에도 줄지 않아'
| (서울=뉴스1) 해외에서 일하는 북한 노동자가 여전히 10만 명에 육박하는 것으로 나타났다고
  북한인권단체가 보고서에서 밝혔다.
| 보고서는 이들의 하루 노동시간이 평균 14시간에 이른다고 지적했다.
@ yna.co.kr
= 5000 - at_least M49:002 present
| "北 노동자 5천명 이상 아프리카서 일해"
| (서울=연합뉴스) 아프리카 10여 개국에서 일하는 북한 노동자는 5천 명이 넘는다고 유엔
  전문가패널이 밝혔다.
| 패널은 이들이 주로 건설과 의료 분야에 종사한다고 설명했다.
@ yna.co.kr
= 20000 - at_least RU planned
= 20000 20000 exact RU planned
| 北, 러시아에 노동자 2만명 보낸다
| (서울=연합뉴스) 북한이 연말까지 러시아에 노동자를 2만 명 이상 보낼 계획이라고 정보 당국이
  밝혔다.
| 정보 당국은 이들 대부분이 극동 지역의 건설 현장에 배치될 것으로 내다봤다.
@ news1.kr
= - 10000 at_most CN planned
| "北, 中 지린성에 노동자 최대 1만명 추가 파견 검토"
| (서울=뉴스1) 북한이 중국 지린성에 노동자를 많게는 1만 명까지 추가로 보내는 방안을 검토하고
  있다고 대북 소식통이 밝혔다.
| 소식통은 "중국 측과 임금을 놓고 협상 중"이라고 말했다.
@ newsis.com
= 2000 2000 exact CN,RU present
| 北 IT 인력 2천명 中·러서 외화벌이
| [서울=뉴시스] 중국과 러시아에서 활동하는 북한 IT 인력이 2천 명가량인 것으로 추산된다고
  국가정보원이 밝혔다.
| 국정원은 이들 2천 명이 한 해 수천만 달러를 벌어 본국에 보낸다고 설명했다.
@ rfa.org
= 2000 9999 vague RU dispatched
= 4000 - at_least RU dispatched
| 앵커: 러시아에 북한 노동자 수천 명이 새로 들어갔다는 소식입니다.
| 기자: 러시아 이민 당국 자료를 입수한 현지 소식통은 올해 상반기에만 북한 노동자 4천 명 이상이
  입국했다고 전했습니다.
| 러시아 당국은 북한 노동자 수천 명이 학생 비자로 들어왔다고 밝혔습니다.
@ yna.co.kr
= 15000 15000 exact CN present
= 30000 - at_least CN present
| 北 노동자 1만5천명 中 단둥 체류
| (서울=연합뉴스) 중국 단둥에 체류하는 북한 노동자가 1만 5천 명 안팎인 것으로 알려졌다.
| 단둥의 한 무역상은 "코로나19 이전에는 3만 명이 넘었다"고 말했다.
@ newsis.com
= 20000 - at_least RU present
= 30000 39999 range RU present
| "러시아 내 北 노동자 3만명대"
| [서울=뉴시스] 러시아 내 북한 노동자 규모가 3만 명대로 늘었다고 한 대북 전문가가 밝혔다.
| 그는 "지난해에는 2만여 명이었다"고 말했다.
@ news1.kr
= 50000 50000 exact CN present
| 北 노동자 5萬명 中 체류…통일부 '파악 중'
| (서울=뉴스1) 통일부는 중국에 체류하는 북한 노동자가 5만 명가량 되는 것으로 보고 정확한 규모를
  파악하고 있다고 밝혔다.
| 통일부 당국자는 "중국 측이 자료를 주지 않아 5만이라는 수치도 추정치"라고 말했다.
"""
)

# --- batch K5: distractors beside a count ----------------------------------------------------
BATCH_K5 = articles(
    """
@ yna.co.kr
= 10000 - at_least RU present
| "北 노동자 하루 13시간 노동"…탈북민 120명 조사
| (서울=연합뉴스) 통일연구원이 러시아에서 일하다 탈북한 120명을 면접 조사한 결과, 응답자의 평균
  나이는 38세, 평균 파견 기간은 4년 6개월이었으며 하루 평균 13시간을 일했다고 답했다.
| 연구원은 러시아에 지금도 북한 노동자 1만여 명이 남아 있을 것으로 추정했다.
@ newsis.com
| 北 노동자 월급 500달러 중 400달러 상납
| [서울=뉴시스] 중국 공장에서 일하는 북한 노동자는 한 달 500달러를 받지만 이 가운데 400달러
  이상을 국가에 바친다고 대북 소식통이 전했다.
| 소식통은 "한 공장에 보통 200명 정도가 일하는데 공장 측이 한꺼번에 10만 위안을 북측 관리자에게
  건넨다"고 말했다.
@ yna.co.kr
= 4000 4000 approx RU dispatched
| (서울=연합뉴스) 북한은 2024년 9월부터 6개월 동안 러시아에 노동자 약 4천 명을 보냈다고 러시아
  통계청 자료를 인용해 미국 싱크탱크 CSIS가 밝혔다.
| 이들의 계약 기간은 보통 3년이며, 2027년까지 순차적으로 귀국할 예정이다.
@ yna.co.kr
= 5000 5000 exact RU planned
= 15000 - at_least RU present
| 국정원 "北, 러에 병력 1만1천명 이어 노동자 5천명 보낸다"
| (서울=연합뉴스) 국가정보원은 북한이 러시아에 병력 1만1천 명을 파병한 데 이어 공병 1천 명과
  건설 노동자 5천 명을 추가로 보낼 예정이라고 밝혔다.
| 국정원은 또 러시아에서 일하는 북한 노동자가 이미 1만5천 명을 넘어선 것으로 파악했다.
@ rfa.org
= 150 150 exact RU present
| 앵커: 러시아 건설 현장의 북한 노동자들이 하루 16시간씩 일하고도 월급의 70%를 빼앗긴다는 증언이
  나왔습니다.
| 기자: 최근 탈북한 전직 노동자는 "우리 현장에만 150명이 있었는데, 한 달에 손에 쥐는 돈은
  100달러도 안 됐다"고 말했습니다.
@ newsis.com
= 8000 8000 approx RU present
| (서울=뉴시스) 러시아 극동 지역의 인력난이 심해지면서 중앙아시아 출신 노동자 3만 명이 빠져나간
  자리를 북한 노동자 약 8천 명이 메우고 있다고 현지 매체가 보도했다.
| 매체는 한국 기업 현장에서 일하는 한국인 기술자 200여 명도 철수를 검토 중이라고 전했다.
@ yna.co.kr irrelevant
| 北, 러시아 관광객 1천500명 유치…원산 관광지구 개장
| (서울=연합뉴스) 북한이 올여름 원산갈마 해안관광지구에 러시아 관광객 1천500여 명을 유치했다고
  조선중앙통신이 보도했다.
| 북한은 내년에는 관광객을 1만 명 이상으로 늘리겠다는 목표를 세웠다.
@ news1.kr
= 100000 100000 approx M49:001 present
| (서울=뉴스1) 유엔 안보리가 2017년 12월 북한 노동자 송환 결의를 채택한 지 8년이 지났지만, 해외
  북한 노동자의 절반 이상이 여전히 현지에 남아 있는 것으로 나타났다.
| 한 연구기관은 결의 채택 당시 약 10만 명이던 해외 노동자 가운데 3분의 1만 귀국했다고 분석했다.
@ dailynk.com
= 300 300 exact CN dispatched
| [내부소식] 北, 20~30대 여성 노동자 300명 中 단둥 봉제공장 파견
| 북한이 20~30대 미혼 여성 300명을 선발해 중국 단둥의 봉제 공장에 파견했다고 데일리NK 소식통이
  전했다.
| 소식통은 "1990년대생이 대부분이며 계약 기간은 3년"이라고 말했다.
@ yna.co.kr
= 50000 - at_least M49:001 present
| 北 해외노동자 외화벌이 연 7억달러…노동자 수는 5만여명
| (서울=연합뉴스) 북한이 해외 노동자를 통해 벌어들이는 외화가 연간 7억 달러(약 9천억 원)에
  달한다고 국가안보전략연구원이 추산했다.
| 연구원은 해외 노동자 수를 5만여 명으로 추정하며, 1인당 연간 1만4천 달러꼴이라고 설명했다.
"""
)

# --- batch K6: a second blind batch, written after the K1-K5 fixes --------------------------
# Other qualifier words (쯤, 가까이, 넘게, 적어도, 대략, 이내, 밑도는, 채 안 되는), native tens
# with units (예순여 명, 여든다섯 명, 일흔 명), Hanja 千, ranges with a higher low end
# (2만~2만5천 명, 1만 명에서 1만5천 명 사이), vague ranges (수십~수백 명, 수천에서 수만 명),
# a vague class with a qualifier (수천 명 이상, 수만 명에 이르는), restatements with 萬.
BATCH_K6 = articles(
    """
@ yna.co.kr
= 60 - at_least RU present
| (서울=연합뉴스) 러시아 사할린의 수산물 가공 공장에서 일하는 북한 노동자가 예순여 명에 이르는
  것으로 확인됐다.
| 현지 노동청 관계자는 이들이 하루 열두 시간씩 교대로 일한다고 말했다.
@ rfa.org
= 70 70 exact CN planned
= 85 85 exact CN present
| 앵커: 중국 옌지의 한 의류 공장에서 북한 여성 노동자 여든다섯 명이 일하고 있다는 소식입니다.
| 기자: 옌지의 한 소식통은 "공장 측이 올해 안에 일흔 명을 더 데려올 계획"이라고 전했습니다.
@ newsis.com
= - 5000 at_most MN planned
= 3000 3000 exact MN planned
| 北 노동자 3千명 몽골 파견 합의
| [서울=뉴시스] 북한과 몽골이 북한 노동자 3천 명을 몽골 건설 현장에 보내기로 합의했다고 현지
  언론이 보도했다.
| 양측은 2030년까지 이 규모를 5천 명 이내로 유지하기로 했다.
@ yna.co.kr
= 10000 15000 range CN present
= 20000 25000 range RU present
| (서울=연합뉴스) 정보 당국은 러시아에서 일하는 북한 노동자를 2만~2만5천 명으로 보고 있다.
| 중국에는 1만 명에서 1만5천 명 사이가 남아 있는 것으로 추정된다.
@ dailynk.com
= 2000 9999 vague CN present
= 10000 - at_least CN present
| [내부소식] 中 투먼 北 노동자 수천 명 이상 여전히 체류
| 중국 지린성 투먼의 경제개발구에는 북한 노동자가 수천 명 이상 여전히 머물며 일하고 있다고
  데일리NK 소식통이 전했다.
| 소식통은 "코로나 이전에는 적어도 1만 명은 됐다"고 말했다.
@ news1.kr
= 24 999 range M49:002,M49:145 present
= 2000 2000 approx M49:002 present
| (서울=뉴스1) 중동과 아프리카에는 지금도 북한 노동자 수십~수백 명씩이 흩어져 일하고 있다.
| 한 연구자는 아프리카에만 대략 2천 명쯤 남아 있을 것이라고 추정했다.
@ voakorea.com
= 2000 99999 range CN,RU dispatched
= 10000 10000 approx RU present
| (워싱턴=VOA) 유엔 보고서는 북한이 러시아와 중국에 노동자 수천에서 수만 명을 계속 보내고 있다고
  지적했다.
| 보고서는 러시아 극동 지역에만 1만 명 가까이가 일하고 있다고 밝혔다.
@ yna.co.kr
= 50000 - at_least M49:001 present
| 北 해외 노동자 5萬명 넘어…국정원 "中·러에 집중"
| (서울=연합뉴스) 국가정보원은 해외에서 일하는 북한 노동자가 5만 명을 넘는다고 국회 정보위원회에
  보고했다.
| 국정원은 이 가운데 80% 이상이 중국과 러시아에 있다고 밝혔다.
@ newsis.com
= - 100 at_most QA present
= 3000 3000 approx QA present
| [서울=뉴시스] 카타르의 북한 노동자는 2017년 3천 명 가까이에서 지금은 100명이 채 안 되는 것으로
  알려졌다.
| 카타르 정부는 2019년 말까지 비자를 연장하지 않았다.
@ rfa.org
= 400 - at_least RU dispatched
| 앵커: 러시아 하바롭스크에 북한 노동자 400명 넘게 새로 도착했다는 소식입니다.
| 기자: 현지 소식통은 "이들은 나흘간 열차로 이동했고 스무 살 안팎의 젊은이가 많다"고 전했습니다.
@ news1.kr
= - 10000 at_most RU present
= 20000 99999 vague CN present
| 北 노동자 수만명 中서 일해…'1만명 밑도는 러시아의 몇 배'
| (서울=뉴스1) 중국에서 일하는 북한 노동자가 수만 명에 이르는 반면, 러시아에서는 1만 명을 밑도는
  것으로 나타났다고 한 민간 연구소가 밝혔다.
"""
)

# --- batch K7: a third blind batch, written after the K6 fix -------------------------------
# Written forms of ranges and classes: "3,4천 명" (three to four thousand), "300~400여 명",
# "2천~3천여 명", "최소 1천 명에서 최대 3천 명", "100명 이상 200명 이하", "만여 명", "수천여 명",
# "수십여 명", "1천 명 선", "5천 명을 헤아리는"; a part split by sex ("이 가운데 수천여 명이 …
# 여성") is no claim.
# Before: count P 0.80 R 0.89 (8/10/9), count+destination the same, keys 6/8 rows, details
# 5/8. Fixed: two digits before one unit are a range ("3,4천", "2, 3백"); a part that works is
# still a member when the whole was counted as workers the sentence before; "선이었다" (about).
# After: 8/8 rows, count and count+destination 1.00 / 1.00.
BATCH_K7 = articles(
    """
@ yna.co.kr
= 3000 4000 range RU present
| 北 노동자 3,4천명 러 아무르주 벌목장에
| (서울=연합뉴스) 러시아 아무르주의 벌목장에서 일하는 북한 노동자가 3,4천 명에 이르는 것으로
  알려졌다.
| 현지 소식통은 이들이 영하 30도의 추위 속에서 일한다고 전했다.
@ newsis.com
= 300 400 range AE dispatched
| [서울=뉴시스] 북한이 올해 아랍에미리트(UAE)에 건설 노동자 300~400여 명을 새로 보낸 것으로
  파악됐다.
| 정부 소식통은 이들이 두바이의 호텔 공사 현장에 투입됐다고 밝혔다.
@ dailynk.com
= 2000 3000 range CN repatriated
| [내부소식] 中 단둥 北 노동자 2천~3천여 명 귀국
| 중국 단둥의 공장들에서 일하던 북한 노동자 2천~3천여 명이 귀국했다고 데일리NK 소식통이 전했다.
| 소식통은 "이들의 빈자리는 아직 채워지지 않았다"고 말했다.
@ news1.kr
= 1000 3000 range M49:001 planned
| (서울=뉴스1) 북한은 내년에 해외로 노동자를 최소 1천 명에서 최대 3천 명 더 내보낼 계획인 것으로
  전해졌다.
| 대북 소식통은 "외화 사정이 나빠져 송출을 서두르고 있다"고 말했다.
@ rfa.org
= 100 200 range MN present
= 1000 1000 approx MN present
| 앵커: 몽골 울란바토르의 북한 노동자가 100명 이상 200명 이하로 줄었다는 소식입니다.
| 기자: 현지 건설업계 관계자는 "제재 전에는 1천 명 선이었다"고 전했습니다.
@ yna.co.kr
= 10000 - at_least CN present
| 北 노동자 만여명 中 훈춘 공단에…"대부분 여성"
| (서울=연합뉴스) 중국 지린성 훈춘의 공단에서 일하는 북한 노동자가 만여 명에 이른다고 현지 매체가
  보도했다.
| 매체는 이 가운데 수천여 명이 의류 공장에서 일하는 여성이라고 전했다.
@ dailynk.com
= 24 99 vague NG dispatched
| [내부소식] 北 의료진 수십여 명 나이지리아로 출국
| 북한 의료진 수십여 명이 최근 나이지리아로 출국했다고 데일리NK 평양 소식통이 전했다.
| 소식통은 "한 사람당 3천 달러를 국가에 바쳐야 출국할 수 있었다"고 말했다.
@ voakorea.com
= 5000 5000 exact RU present
| (워싱턴=VOA) 러시아 연해주에서 일하는 북한 노동자가 5천 명을 헤아리는 것으로 나타났다고
  현지 일간지가 보도했다.
| 신문은 북한 노동자들의 월급이 평균 4만 루블이라고 전했다.
"""
)

_ALL = (BATCH_K1, BATCH_K2, BATCH_K3, BATCH_K4, BATCH_K5, BATCH_K6, BATCH_K7)
BATCHES = {f"k{n}": rows for n, rows in enumerate(_ALL, start=1)}  # ids "k1-00" …

# Rows still wrong after the fixes, with why (strict xfails, so a fix shows up as XPASS).
_VISAS = (
    "count: '1만2천 명분의 취업 비자' counts visas by the people they are for; '명분' can't "
    "be made a non-people counter, since '북한 노동자 400명분을 합치면' (money d3-05) is workers"
)
_INWON = (
    "count: '남은 인원은 열 명 남짓으로': '인원' (people) after a figure of another sentence "
    "is not read as the workers (the same with '10명'); '남은 노동자는' is"
)
_EU = (
    "destination: '유럽연합 관계자는 \"한때 쉰 명이 넘던 북한 노동자가\"': the speaker's EU "
    "is read as the figure's place (Europe), not the Polish shipyard of the sentence before"
)
_HANDFUL = (
    "count: fewer than ten people ('일곱 명', '다섯 명', as '7명', '5명') are a scene by the "
    "extractor's HANDFUL rule; written here as a split by status (spec), a judgment"
)
_EACH = (
    "count: '중동과 아프리카에는 … 수십~수백 명씩이 흩어져': '씩' without '각각' reads as one "
    "unit's size, not a figure for each of the places listed (a judgment either way)"
)
KNOWN_KEYS: dict[str, str] = {
    "k2-05": _VISAS,
    "k3-02": _INWON,
    "k3-03": _EU,
    "k3-10": _HANDFUL,
    "k6-05": _EACH,
}
KNOWN_DETAILS: dict[str, str] = {
    **KNOWN_KEYS,
    "k1-04": "status only: '3만 명을 웃돌던 규모가 절반 수준으로 감소했다': a past stock read "
    "as a return ('감소'); written present (a judgment)",
    "k2-00": "status only: '수천 명을 보내기 위해 … 모집하고 있다' is planned by the cue "
    "'보내기 위해' (a purpose); written recruiting (a judgment either way)",
    "k4-06": "status only: the restatement '이들 2천 명이 … 달러를 벌어 본국에 보낸다' lends "
    "'보낸다' (sends money) as planned to the figure",
    "k5-05": "status only: '중앙아시아 출신 노동자 3만 명이 빠져나간 자리를 북한 노동자 약 "
    "8천 명이 메우고': the others' departure cue is read for ours",
    "k5-08": "status only: '300명을 선발해 … 파견했다': the recruiting cue '선발' outranks the "
    "dispatch after it",
}


def key(low, high, qualifier, places) -> tuple:
    """The scorer's count key (tools/evaluate.py count_key) with the destinations."""
    if qualifier == "vague":
        top = high or low or 0
        return ("vague", int(math.log10(top)) if top > 0 else 0), tuple(sorted(places))
    return (low, high), tuple(sorted(places))


def found(ko: Extractor, publisher: str | None, text: str) -> tuple[bool, list]:
    """Relevance and the worker claims of an article, in order."""
    result = ko.extract(Document(id="k", text=text, language="ko", publisher=publisher))
    return result.relevant, [c for c in result.claims if c.kind == "workers"]


@pytest.mark.parametrize(
    ("publisher", "text", "relevant", "expected"), batch_rows(BATCHES, KNOWN_KEYS)
)
def test_keys(extractor, publisher, text, relevant, expected):
    rel, claims = found(extractor, publisher, text)
    got = {key(c.value.low, c.value.high, c.value.qualifier, c.destinations) for c in claims}
    assert (rel, got) == (relevant, {key(*w[:4]) for w in expected})


@pytest.mark.parametrize(
    ("publisher", "text", "relevant", "expected"), batch_rows(BATCHES, KNOWN_DETAILS)
)
def test_details(extractor, publisher, text, relevant, expected):
    _, claims = found(extractor, publisher, text)
    got = {
        (c.value.low, c.value.high, c.value.qualifier, tuple(sorted(c.destinations)), c.status)
        for c in claims
    }
    assert got == {w[:5] for w in expected}


def _prf(tp: int, pred: int, gold: int) -> str:
    p, r = tp / max(pred, 1), tp / max(gold, 1)
    return f"P {p:.2f} R {r:.2f} F1 {2 * p * r / max(p + r, 1e-9):.2f} ({tp}/{pred}/{gold})"


def report() -> None:
    """Per batch and overall: count and count+destination precision / recall over the scorer's
    keys, and the rows whose keys differ (``python -c "from tests.extract.
    test_extract_korean_bounds import report; report()"``)."""
    ko = Extractor()
    total = [0] * 6
    for name, rows in BATCHES.items():
        t = [0] * 6  # count tp, pred, gold; count+dest tp, pred, gold
        for i, (publisher, text, _, expected) in enumerate(rows):
            _, claims = found(ko, publisher, text)
            got = {
                key(c.value.low, c.value.high, c.value.qualifier, c.destinations) for c in claims
            }
            want = {key(*w[:4]) for w in expected}
            gc, wc = {k for k, _ in got}, {k for k, _ in want}
            row = (len(gc & wc), len(gc), len(wc), len(got & want), len(got), len(want))
            t = [a + b for a, b in zip(t, row, strict=True)]
            if got != want:
                print(f"  {name}-{i:02d}: missing {sorted(map(str, want - got))}")
                print(f"         extra {sorted(map(str, got - want))}")
        total = [a + b for a, b in zip(total, t, strict=True)]
        print(f"{name}: count {_prf(*t[:3])}; count+dest {_prf(*t[3:])}")
    print(f"all: count {_prf(*total[:3])}; count+dest {_prf(*total[3:])}")
