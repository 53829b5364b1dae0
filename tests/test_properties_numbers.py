"""Property tests (Hypothesis) for figures: numbers written many ways parse to their value,
ranges keep their bounds in order, qualifiers from the vocabulary set the right bound, and
nothing depends on where in a text the figure sits. Every figure is generated here."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from laborwatch.extract.numbers import find_quantities, grammar
from laborwatch.extract.vocab import load

QUALIFIERS = load("numbers", "en")["qualifiers"]
COUNTS = st.integers(min_value=32, max_value=900_000_000)
PREFIXES = st.sampled_from(["", "Officials said. ", "In the report, ", "Separately, they said "])


def counts_in(text: str, language: str = "en") -> list:
    return [q for q in find_quantities(text, language) if q.unit == "count"]


@given(COUNTS, PREFIXES)
def test_comma_grouped_counts_parse_to_their_value(n: int, prefix: str) -> None:
    text = f"{prefix}The firm employed {n:,} North Korean workers."
    (q,) = counts_in(text)
    assert (q.low, q.high, q.qualifier) == (n, n, "exact")
    assert text[q.core_start : q.core_end] == f"{n:,}"


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["thousand", "million"]))
def test_scale_words_multiply(n: int, scale: str) -> None:
    factor = {"thousand": 1_000, "million": 1_000_000}[scale]
    (q,) = counts_in(f"Officials counted {n} {scale} workers abroad.")
    assert q.low == q.high == n * factor


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=9))
def test_decimal_millions(whole: int, tenth: int) -> None:
    (q,) = counts_in(f"Some {whole}.{tenth} million workers were counted.")
    assert abs(q.low - (whole + tenth / 10) * 1_000_000) < 1e-3 * q.low
    assert q.qualifier == "approx"


@given(COUNTS, COUNTS, st.sampled_from(["between {a} and {b}", "from {a} to {b}", "{a}-{b}"]))
def test_ranges_keep_ordered_bounds(a: int, b: int, form: str) -> None:
    low, high = sorted((a, b))
    if low == high:
        return
    text = "The mission sent " + form.format(a=f"{low:,}", b=f"{high:,}") + " workers."
    (q,) = counts_in(text)
    assert (q.low, q.high, q.qualifier) == (low, high, "range")


@given(COUNTS, COUNTS)
def test_a_falling_from_to_is_two_values_not_a_range(a: int, b: int) -> None:
    high, low = max(a, b), min(a, b)
    if low == high:
        return
    found = counts_in(f"The number fell from {high:,} to {low:,} workers.")
    assert [(q.low, q.qualifier) for q in found] == [(high, "exact"), (low, "exact")]


@settings(max_examples=200)
@given(
    st.sampled_from([(kind, phrase) for kind, ps in QUALIFIERS.items() for phrase in ps]),
    COUNTS,
)
def test_every_qualifier_in_the_vocabulary_sets_its_bound(kind_phrase: tuple, n: int) -> None:
    kind, phrase = kind_phrase
    text = f"Officials said {phrase} {n:,} North Korean workers were there."
    found = counts_in(text)
    assert len(found) == 1, (text, found)
    q = found[0]
    assert q.qualifier == kind, text
    assert text[q.start : q.end].lower().startswith(phrase.split()[0].lower())
    if kind == "at_least":
        assert (q.low, q.high) == (n, None)
    elif kind == "at_most":
        assert (q.low, q.high) == (None, n)
    else:
        assert q.low == q.high == n


@given(st.text(max_size=200), COUNTS)
def test_a_figure_is_found_wherever_it_sits(noise: str, n: int) -> None:
    sentence = f"About {n:,} workers arrived."
    alone = find_quantities(sentence)[-1]
    text = noise + ".\n\n" + sentence
    shifted = find_quantities(text)[-1]
    offset = len(noise) + 3
    assert (shifted.low, shifted.high, shifted.qualifier) == (alone.low, alone.high, "approx")
    assert (shifted.start - offset, shifted.end - offset) == (alone.start, alone.end)


@given(st.sampled_from(QUALIFIERS["at_least"]), COUNTS)
def test_a_qualifier_does_not_reach_across_a_paragraph(phrase: str, n: int) -> None:
    (q,) = counts_in(f"Prices rose {phrase}\n\nAbout {n:,} workers arrived.")
    assert q.qualifier == "approx" and q.high == n


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9))
def test_korean_myriads(man: int, cheon: int) -> None:
    value = man * 10_000 + cheon * 1_000
    written = f"{man}만" + (f"{cheon}천" if cheon else "")
    found = [q for q in grammar("ko").find(f"노동자 {written} 명이 파견됐다.") if q.low]
    assert found and found[0].low == value, (written, found)
