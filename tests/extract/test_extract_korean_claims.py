"""Korean claim stages end to end on sentences written for the tests: which figures are
worker counts, where they are, their status, money, attribution and origin."""

from __future__ import annotations

import pytest

from laborwatch.extract.pipeline import Extractor
from laborwatch.model import Document

LEAD = "북한은 해외에 노동자를 파견해 외화벌이를 하고 있다. "


@pytest.fixture(scope="module")
def ko() -> Extractor:
    return Extractor()


def workers(ko: Extractor, text: str) -> list[tuple]:
    result = ko.extract(Document(id="t", text=LEAD + text, language="ko"))
    assert result.relevant
    return [
        (c.value.low, c.value.high, c.value.qualifier, c.destinations, c.status)
        for c in result.claims
        if c.kind == "workers"
    ]


def money(ko: Extractor, text: str) -> list[tuple]:
    result = ko.extract(Document(id="t", text=LEAD + text, language="ko"))
    return [
        (c.kind, c.value.low, c.value.high, c.value.currency if c.kind != "state_share" else None)
        for c in result.claims
        if c.kind != "workers"
    ]


def test_worker_noun_before_or_after_the_figure(ko):
    assert workers(ko, "현재 몽골에서 일하는 북한 노동자 약 3천 명이 귀국을 앞두고 있다.") == [
        (3000, 3000, "approx", ["MN"], "present")
    ]
    assert workers(ko, "2천여 명의 북한 근로자가 카타르 건설 현장에서 일하고 있다.") == [
        (2000, None, "at_least", ["QA"], "present")
    ]


def test_soldiers_tourists_and_students_are_not_workers(ko):
    text = (
        "러시아는 북한 주민 900명에게 관광비자를, 400명에게 학생 비자를, "
        "300명에게 취업 비자를 발급했다."
    )
    assert workers(ko, text) == [(300, 300, "exact", ["RU"], "dispatched")]
    assert workers(ko, "북한은 공병 500명과 건설 인력 2천명을 러시아에 보낸다.") == [
        (2000, 2000, "exact", ["RU"], "planned")
    ]


def test_entries_and_other_people_are_not_workers(ko):
    assert workers(ko, "지난해 러시아에 입국한 북한 주민은 1만2천 명에 달했다.") == []
    assert workers(ko, "미국은 북한 노동자 파견에 관여한 개인 2명을 제재했다.") == []
    text = "취업 비자로 러시아에 입국한 북한 노동자 5천 명이 건설 현장에 투입됐다."
    assert workers(ko, text) == [(5000, 5000, "exact", ["RU"], "dispatched")]


def test_a_part_of_a_group_counts_only_when_it_is_the_working_part(ko):
    text = "러시아에 입국한 북한 주민은 1만 명이며 이 가운데 3천 명이 관광객이었다."
    assert workers(ko, text) == []
    text = "러시아에 입국한 북한 주민은 1만 명이며 이 가운데 취업 목적은 300명이었다."
    assert [w[0] for w in workers(ko, text)] == [300]


def test_a_proportion_is_not_a_count(ko):
    assert workers(ko, "북한 노동자 10명 중 8명은 건설 분야에서 일한다.") == []
    text = "러시아의 북한 노동자 5만 명 중 3만 명이 연해주에 있다."
    assert [w[0] for w in workers(ko, text)] == [50000, 30000]


def test_parts_of_a_stated_total_are_not_claims(ko):
    text = "러시아는 1분기 700명, 2분기 800명 등 총 1500명의 북한 노동자에게 취업비자를 발급했다."
    assert [w[0] for w in workers(ko, text)] == [1500]
    text = "북한 노동자는 러시아에 3만 명, 중국에 5만 명 등 총 8만 명이다."  # split by place
    assert [(w[0], w[3]) for w in workers(ko, text)] == [
        (30000, ["RU"]),
        (50000, ["CN"]),
        (80000, ["M49:001"]),  # "등": Russia, China and others
    ]


def test_a_list_closed_by_etc_is_abroad_in_general(ko):
    text = "북한 노동자 약 5만 명이 중국과 러시아 등 20여 개국에서 일하고 있다."
    assert workers(ko, text) == [(50000, 50000, "approx", ["M49:001"], "present")]


def test_a_region_in_apposition_names_the_country(ko):
    text = "중동국가 쿠웨이트에 파견된 북한 근로자가 3천명이 넘는 것으로 알려졌다."
    assert workers(ko, text) == [(3000, None, "at_least", ["KW"], "present")]


def test_the_source_before_according_to_is_not_a_destination(ko):
    text = "미국 정부에 따르면 폴란드에서 북한 노동자 400여 명이 일하고 있다."
    result = ko.extract(Document(id="t", text=LEAD + text, language="ko"))
    (claim,) = [c for c in result.claims if c.kind == "workers"]
    assert claim.destinations == ["PL"]
    assert claim.attribution == "미국 정부"


def test_status_from_korean_verbs(ko):
    assert (
        workers(ko, "러시아는 북한 건설 노동자를 최대 1만 명 유치할 계획이다.")[0][4] == "planned"
    )
    assert workers(ko, "쿠웨이트는 지금까지 북한 노동자 700명을 송환했다.")[0][4] == "repatriated"
    assert workers(ko, "북한은 지난해 라오스에 노동자 수백 명을 파견했다.")[0][4] == "dispatched"
    assert workers(ko, "북한은 지난해 중국에 노동자 2천 명을 보낸 것으로 알려졌다.")[0][4] == (
        "dispatched"
    )
    assert workers(ko, "러시아의 북한 노동자는 지난해 3만 명으로 늘었다.")[0][4] == "present"
    assert workers(ko, "북한 노동자 1천여 명이 아직 귀국하지 않았다.")[0][4] == "present"
    assert workers(ko, "러시아는 북한 노동자 500명에게 취업 허가를 내줬다.")[0][4] == "dispatched"
    assert workers(ko, "러, 북 노동자 5만 명 파견 계획")[0][4] == "planned"  # headline nouns
    assert workers(ko, "쿠웨이트, 북 노동자 2천 명 송환")[0][4] == "repatriated"
    assert workers(ko, "북한 노동자 3만 명이 파견돼 일하고 있다.")[0][4] == "present"
    change = "러시아에 체류하는 북한 노동자는 2만 명에서 5천 명으로 1만5천 명 줄었다."
    assert [(w[0], w[4]) for w in workers(ko, change)] == [
        (20000, "present"),
        (5000, "present"),
        (15000, "repatriated"),
    ]


def test_korean_money_wages_revenue_and_shares(ko):
    assert money(ko, "북한 노동자들은 월급 1천800위안(약 30만원)을 받는다.") == [
        ("wage", 1800, 1800, "CNY")
    ]
    assert money(ko, "북한은 이들을 통해 연간 약 3억 달러(약 3600억원)를 벌어들인다.") == [
        ("revenue", 3e8, 3e8, "USD")
    ]
    assert money(ko, "노동자들은 월 500달러를 번다.") == [("wage", 500, 500, "USD")]
    assert money(ko, "IT 노동자 1명이 연간 최대 30만 달러를 번다.") == [
        ("wage", None, 300000, "USD")  # one person's, however large
    ]
    assert money(ko, "북한 노동자 임금으로 연간 5억 달러가 평양에 송금된다.") == [
        ("revenue", 5e8, 5e8, "USD")  # a total of wages is revenue
    ]
    assert money(ko, "급여의 70~80%는 북한 당국이 가져간다.") == [("state_share", 70, 80, None)]
    assert money(ko, "노동자들은 월급의 70%를 국가에 바친다.") == [("state_share", 70, 70, None)]
    assert money(ko, "북한 당국은 노동자 임금을 20% 올렸다.") == []  # a raise, not a take
    assert money(ko, "이 가운데 절반은 북한 정부가 가져간다.") == [("state_share", 50, 50, None)]


def test_origin_is_normalised_from_the_attribution(ko):
    text = "국가정보원에 따르면 북한은 러시아에 노동자 수천 명을 보냈다."
    result = ko.extract(Document(id="t", text=LEAD + text, language="ko"))
    (claim,) = [c for c in result.claims if c.kind == "workers"]
    assert (claim.attribution, claim.origin, claim.scope) == (
        "국가정보원",
        "South Korea NIS",
        "country",
    )


def test_the_workers_party_and_its_paper_are_not_labour(ko):
    text = (
        "북한 노동당 전원회의가 평양에서 열렸다. 노동신문은 김정은 위원장이 경제 문제를 "
        "논의했다고 보도했다. 회의에는 간부 300명이 참석했다."
    )
    result = ko.extract(Document(id="p", text=text, language="ko"))
    assert not result.relevant and not result.claims


def test_a_total_over_the_years_is_cumulative(ko):
    text = "그동안 러시아에 파견된 북한 노동자는 누적 15만 명에 이른다."
    result = ko.extract(Document(id="c", text=LEAD + text, language="ko"))
    (claim,) = [c for c in result.claims if c.kind == "workers"]
    assert claim.cumulative and claim.to_dict()["cumulative"] is True


def test_what_one_worker_must_hand_over_is_a_wage_the_state_takes(ko):
    text = "북한 노동자들은 한 달에 3천 위안을 받지만 이 중 2천 위안을 충성자금으로 내야 한다."
    result = ko.extract(Document(id="w", text=LEAD + text, language="ko"))
    assert [(c.kind, c.value.low, c.basis, c.value.per) for c in result.claims] == [
        ("wage", 3000, None, "month"),
        ("wage", 2000, "state_take", "month"),
    ]


def test_money_with_currency_signs_and_over_inside_the_figure(ko):
    assert money(ko, "노동자들은 매달 $400를 국가에 바친다.") == [("wage", 400, 400, "USD")]
    assert money(ko, "북한은 이들로부터 연간 2천여만 달러를 벌어들였다.") == [
        ("revenue", 20_000_000, None, "USD")
    ]
    assert money(ko, "북한이 얻는 외화는 연간 수조 원에 이르는 것으로 보인다.") == [
        ("revenue", 2e12, 9_999_999_999_999, "KRW")
    ]


def test_lowest_and_highest_estimates_are_one_range(ko):
    assert money(ko, "북한은 파견 노동으로 한 해 최소 3억 달러, 최대 9억 달러를 번다.") == [
        ("revenue", 300_000_000, 900_000_000, "USD")
    ]


def test_remitted_take_home_and_handed_over_amounts(ko):
    assert money(ko, "이들이 북한으로 보내는 돈은 연간 4억 달러로 추정된다.") == [
        ("revenue", 400_000_000, 400_000_000, "USD")
    ]
    assert money(ko, "노동자는 월 900달러를 벌지만 손에 쥐는 것은 150달러뿐이다.") == [
        ("wage", 900, 900, "USD"),
        ("wage", 150, 150, "USD"),
    ]
    assert money(ko, "월급 3천 위안 가운데 2천 위안은 회사가 국가에 보낸다.") == [
        ("wage", 3000, 3000, "CNY"),
        ("wage", 2000, 2000, "CNY"),
    ]


def test_fractions_taken_by_the_state_are_shares(ko):
    assert money(ko, "노동자들은 번 돈의 3분의 2를 당국에 바쳐야 한다.") == [
        ("state_share", 66.7, 66.7, None)
    ]


def test_each_of_the_places_listed_before_gets_the_figure(ko):
    assert workers(ko, "몽골과 라오스에 각각 600명의 북한 노동자가 있다.") == [
        (600, 600, "exact", ["LA", "MN"], "present")
    ]
    assert workers(ko, "식당마다 각각 20명의 북한 종업원이 일한다.") == []


def test_the_part_of_an_entry_figure_that_came_to_work_counts(ko):
    found = workers(
        ko, "지난해 북한인 9천여 명이 러시아에 입국했고 이 중 5천 명이 취업 목적이었다."
    )
    assert [(low, dest) for low, _, _, dest, _ in found] == [(5000, ["RU"])]


def test_other_nations_pay_and_fees_are_not_money_claims(ko):
    assert money(ko, "현지 노동자의 월급은 6천 위안이지만 북한 노동자는 2500위안을 받는다.") == [
        ("wage", 2500, 2500, "CNY")
    ]
    assert money(ko, "북한 노동자의 왕복 항공료는 1인당 400달러가량이다.") == []


def test_contracts_reserves_arrears_exports_and_changes_are_not_earnings(ko):
    for text in (
        "북한은 외화벌이를 위해 몽골과 2억 달러 규모의 건설 계약을 맺었다.",
        "북한의 외화 보유액은 약 20억 달러로 추정된다.",
        "중국 업체가 북한 노동자들에게 밀린 임금은 50만 위안에 이른다.",
        "북한은 철광석 수출로 연간 2억 달러를 벌었다.",
        "제재 이후 북한의 외화 수입은 연간 10억 달러 가까이 줄었다.",
    ):
        assert money(ko, text) == [], text
    assert money(ko, "북한은 노동력 수출로 연간 3억 달러를 번다.") == [
        ("revenue", 300_000_000, 300_000_000, "USD")
    ]
    assert money(ko, "북한의 외화 수입은 연간 3억 달러로 늘었다.") == [
        ("revenue", 300_000_000, 300_000_000, "USD")
    ]


def test_returned_workers_and_a_place_left_out(ko):
    assert workers(ko, "베트남에서 돌아온 북한 노동자 150명이 격리됐다.") == [
        (150, 150, "exact", ["VN"], "repatriated")
    ]
    found = workers(ko, "중국을 제외한 나라에서 북한 노동자 700명이 귀국했다.")
    assert found and all("CN" not in dest for _, _, _, dest, _ in found)
