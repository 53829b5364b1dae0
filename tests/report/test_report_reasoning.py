"""The brief says what the reasoning allows: floors and bounds without likelihood words,
"insufficient evidence" for revenue it cannot narrow, provisions read from the data file."""

from __future__ import annotations

import itertools

import pytest

from laborwatch.model import ClaimRow
from laborwatch.reconcile import config
from laborwatch.report import render_markdown

_ids = itertools.count(1)


def _row(low, dest, year="2023", kind="workers", status="present", **extra) -> ClaimRow:
    n = next(_ids)
    world = dest == ("M49:001",)
    return ClaimRow(
        claim_id=n,
        document_id=f"d{n}",
        kind=kind,
        low=low,
        high=extra.pop("high", low),
        qualifier=extra.pop("qualifier", "exact" if kind == "workers" else None),
        destinations=dest,
        status=status if kind == "workers" else None,
        sector=None,
        period_start=year,
        period_end=None,
        attribution=extra.pop("attribution", "the UN panel"),
        sentence="A sentence we wrote.",
        start=0,
        end=10,
        published="2024-03-01",
        publisher="example.org",
        scope=extra.pop("scope", ("world" if world else "country") if dest else None),
        **extra,
    )


def _brief(rows) -> str:
    return render_markdown(rows, "m.svg", "s.svg")[0]


def test_report_floor_and_bounds_carry_no_likelihood_word():
    text = _brief(
        [
            _row(500, ("RU",), year="2025"),
            _row(300, ("CN",), year="2025"),
            _row(None, ("M49:001",), year="2024", high=150_000, qualifier="at_most"),
        ]
    )
    world = text[text.index("## World estimates") : text.index("## Countries")]
    line = next(x for x in world.splitlines() if "| 2025 |" in x)
    assert "at least 800" in line and "no likelihood (a floor)" in line
    line = next(x for x in world.splitlines() if "| 2024 |" in x)
    assert "at most 150,000" in line and "75,000" not in line
    judgments = text[text.index("## Key judgments") : text.index("## Where")]
    assert "800" not in judgments  # a sum of countries is never the headline


def test_report_revenue_insufficient_evidence():
    text = _brief(
        [
            _row(100_000, ("M49:001",)),
            _row(20, (), kind="wage", high=5000, per="month", basis="gross"),
            _row(5, (), kind="state_share", high=95, basis="state_take"),
        ]
    )
    assert "insufficient evidence" in text[text.index("## Key judgments") :]


def test_report_sanctions_read_from_the_data_file(tmp_path, monkeypatch):
    import yaml

    edited = yaml.safe_load((config.DATA / "sanctions.yaml").read_text(encoding="utf-8"))
    for p in edited["provisions"]:
        if p["id"] == "2397-OP8":
            p["since"], p["label"] = "2021-06-30", "present after an edited deadline"
    path = tmp_path / "sanctions.yaml"
    path.write_text(yaml.safe_dump(edited), encoding="utf-8")
    monkeypatch.setenv("LABORWATCH_SANCTIONS", str(path))
    config.sanctions.cache_clear()
    try:
        text = _brief([_row(4000, ("RU",), year="2023")])
    finally:
        monkeypatch.delenv("LABORWATCH_SANCTIONS")
        config.sanctions.cache_clear()
    judgments = text[text.index("## Key judgments") : text.index("## Where")]
    assert "after 2021-06-30 (present after an edited deadline" in judgments
    assert "2019-12-22" not in judgments


@pytest.mark.parametrize("status", ["repatriated", "planned"])
def test_report_plans_and_repatriations_are_listed_not_flagged(status):
    text = _brief([_row(1000, ("KH",), year="2020", status=status)])
    flags = text[text.index("## Potential sanctions breaches") :]
    assert "| Cambodia | 2020 |" not in flags
    heading = "### Reported repatriations" if status == "repatriated" else "### Reported plans"
    assert "- Cambodia, 2020" in flags[flags.index(heading) :]
