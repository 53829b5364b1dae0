"""Sanctions flags: provisions as data, per country and year, with evidence and caveats."""

from __future__ import annotations

from laborwatch.reconcile import config, reconcile


def _flags(picture):
    return {(f.provision, f.country, f.year) for f in picture.flags}


def test_reconcile_sanctions_data_file_has_dates_paragraphs_exceptions():
    table = {p.id: p for p in config.sanctions().provisions}
    assert table["2371-OP11"].adopted == "2017-08-05"
    assert table["2375-OP17"].adopted == "2017-09-11"
    assert table["2397-OP8"].adopted == "2017-12-22"
    assert table["2397-OP8"].since == "2019-12-22"
    assert any("before adoption" in e for e in table["2375-OP17"].exceptions)
    assert "2397-OP8-new" not in table  # an inference, not a paragraph: listed as plans
    assert {p.test for p in table.values()} <= set(config.sanctions().tests)
    assert any("refugee" in e for e in table["2397-OP8"].exceptions)


def test_reconcile_sanctions_workers_present_after_the_deadline(row):
    p = reconcile(
        [row(low=4000, year="2023", attribution="NIS"), row(low=30_000, year="2019", dest=("CN",))]
    )
    assert ("2397-OP8", "RU", 2023) in _flags(p)
    assert not any(c == "CN" for _, c, _ in _flags(p))  # 2019: before the deadline
    flag = next(f for f in p.flags if f.country == "RU")
    assert flag.facts == [p.facts[0].id]
    assert flag.likelihood == 0.7 and flag.confidence == "moderate"
    assert any("stranded" in w for w in flag.weakened_by)


def test_reconcile_sanctions_new_dispatches_after_2375(row):
    p = reconcile(
        [
            row(low=1000, status="dispatched", year="2018", dest=("QA",), attribution="NIS"),
            row(low=500, status="dispatched", year="2017", dest=("KW",), attribution="NIS"),
            row(low=500, status="dispatched", year="2016", dest=("AE",), attribution="NIS"),
        ]
    )
    flags = _flags(p)
    assert {("2371-OP11", "QA", 2018), ("2375-OP17", "QA", 2018)} <= flags
    assert ("2375-OP17", "KW", 2017) in flags
    assert not any(c == "AE" for _, c, _ in flags)
    kw = next(f for f in p.flags if f.country == "KW" and f.provision == "2375-OP17")
    qa = next(f for f in p.flags if f.country == "QA" and f.provision == "2375-OP17")
    assert kw.likelihood < qa.likelihood  # only part of 2017 is after 2017-09-11
    assert "only part of 2017" in kw.notes[0]


def test_reconcile_sanctions_plans_are_listed_apart_and_no_country_no_flag(row):
    p = reconcile(
        [
            row(low=24_200, status="planned", year="2025"),
            row(low=5_000, status="recruiting", year="2025", dest=("M49:001",)),
        ]
    )
    assert _flags(p) == set()
    assert [(x.country, x.year) for x in p.plans] == [("RU", 2025)]
    assert "inference" in config.sanctions().reported_plans.label


def test_reconcile_sanctions_repatriation_is_compliance_not_presence(row):
    p = reconcile([row(low=1000, status="repatriated", year="2020", dest=("KH",))])
    assert _flags(p) == set()
    assert [(x.country, x.year) for x in p.compliance] == [("KH", 2020)]


def test_reconcile_sanctions_host_is_where_the_worker_physically_works(row):
    p = reconcile(
        [
            row(
                low=130,
                dest=("US",),
                sector="it",
                year="2024",
                sentence="They did remote IT work for US companies.",
            ),
            row(low=1000, dest=("UA",), year="2023", sector="construction"),
        ]
    )
    assert _flags(p) == {("2397-OP8", "RU", 2023)}
    assert "Russian-occupied" in next(f for f in p.flags if f.country == "RU").notes[-1]


def test_reconcile_sanctions_credibility_6_cannot_be_assessed(row):
    p = reconcile([row(low=400, dest=("LY",), publisher="unknown.example", year="2023")])
    (flag,) = p.flags
    assert flag.likelihood is None


def test_reconcile_sanctions_joint_figures_flag_each_country_with_a_note(row):
    p = reconcile([row(low=20_000, high=99_999, qualifier="vague", dest=("CN", "RU"), year="2023")])
    assert {c for _, c, _ in _flags(p)} == {"CN", "RU"}
    assert all("joint" in f.notes[0] for f in p.flags)
