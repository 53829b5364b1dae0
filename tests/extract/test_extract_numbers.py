"""Numbers: digits, words, scales, ranges, qualifiers, money and percents on real phrases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from laborwatch.extract.numbers import find_quantities


def only(text: str, needle: str):
    """The quantity of ``text`` whose span covers ``needle``."""
    at = text.index(needle)
    hits = [q for q in find_quantities(text) if q.start <= at < q.end]
    assert hits, f"no quantity at {needle!r} in {text!r}"
    return hits[0]


@pytest.mark.parametrize(
    ("doc_id", "needle", "low", "high", "qualifier", "unit"),
    [
        ("seed-004", "24,200", 24200, 24200, "exact", "count"),
        ("seed-004", "28,000", None, 28000, "at_most", "count"),
        ("seed-000", "1,000 workers", 1000, None, "at_least", "count"),
        ("seed-002", "800-1,000", 800, 1000, "range", "count"),
        ("seed-002", "600 to 700", 600, 700, "range", "money"),
        ("seed-000", "30 to 55%", 30, 55, "range", "percent"),
        ("seed-003", "tens of thousands", 20000, 99999, "vague", "count"),
        ("seed-003", "$250-600 million", 250e6, 600e6, "range", "money"),
        ("seed-003", "US$500 million", 500e6, 500e6, "approx", "money"),
        ("p004", "2,300 million dollars", 1200e6, 2300e6, "range", "money"),
        ("p005", "fifty and seventy", 50, 70, "range", "count"),
        ("p006", "70 percent", None, 70, "at_most", "percent"),
        ("p030", "70-80%", 70, 80, "range", "percent"),
        ("p063", "Eighty percent", 80, 80, "exact", "percent"),
        ("p064", "$30 million", 30e6, None, "at_least", "money"),
        ("p077", "13-thousand", 13000, None, "at_least", "count"),
        ("p077", "78-hundred", 7800, None, "at_least", "count"),
        ("p087", "scores of medics", 24, 99, "vague", "count"),
        ("p099", "five hundred", 500, None, "at_least", "count"),
        ("p104", "Several thousand", 2000, 9999, "vague", "count"),
        ("p031", "tens of millions of dollars", 20e6, 99999999, "vague", "money"),
    ],
)
def test_numbers_on_real_phrases(sentence_with, doc_id, needle, low, high, qualifier, unit):
    q = only(sentence_with(doc_id, needle), needle)
    assert (q.low, q.high, q.qualifier, q.unit) == (low, high, qualifier, unit)


@pytest.mark.parametrize(
    ("text", "needle", "unit"),
    [
        ("they work 12-hour to 16-hour days", "12", "duration"),
        ("the report was dated March 7, 2024", "7", "date"),
        ("in 2023 they earned", "2023", "year"),
        ("the missile traveled about 650 kilometers", "650", "measure"),
    ],
)
def test_numbers_that_are_not_counts(text, needle, unit):
    assert only(text, needle).unit == unit


def test_numbers_decreasing_from_to_is_two_values(sentence_with):
    text = sentence_with("p033", "34,000")
    values = [q.low for q in find_quantities(text) if q.unit == "count"]
    assert 34000 in values and 11000 in values


def test_numbers_words_and_scales():
    text = "a dozen, twenty-eight thousand, a hundred-thousand and 1.5 million"
    values = [q.low for q in find_quantities(text)]
    assert values == [12, 28000, 100000, 1500000]


def test_numbers_in_links_are_ignored_by_the_pipeline(extractor):
    from laborwatch.model import Document

    doc = Document(
        id="x",
        text="North Korean workers abroad. Source: https://example.org/"
        "over-five-hundred-north-korean-workers-remain-in-russia",
    )
    assert extractor.extract(doc).claims == []


@given(st.text(max_size=300))
def test_numbers_never_crash_and_spans_are_in_order(text):
    found = find_quantities(text)
    for q in found:
        assert 0 <= q.start <= q.core_start <= q.core_end <= q.end <= len(text)
    assert [q.start for q in found] == sorted(q.start for q in found)


@pytest.mark.parametrize(
    ("text", "needle", "low", "high", "qualifier"),
    [
        (
            "The survey found as few as 5,000 workers left in Russia.",
            "5,000",
            5000,
            None,
            "at_least",
        ),
        ("They receive as little as $120 a month.", "$120", 120, None, "at_least"),
        ("Pay runs as low as 2,000 yuan.", "2,000", 2000, None, "at_least"),
        ("Russia may take as many as 10,000 more.", "10,000", None, 10000, "at_most"),
    ],
)
def test_the_low_end_of_a_spread_is_a_lower_bound(text, needle, low, high, qualifier):
    """ "as few as" / "as little as" / "as low as" mirror "as many as": N or more."""
    q = only(text, needle)
    assert (q.low, q.high, q.qualifier) == (low, high, qualifier)
