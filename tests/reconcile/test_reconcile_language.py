"""ICD 203 estimative language: terms, bands, confidence kept apart."""

from __future__ import annotations

import pytest

from laborwatch.reconcile.language import (
    band,
    confidence_level,
    likelihood_term,
    phrase,
    step_down,
)


@pytest.mark.parametrize(
    ("p", "term", "span"),
    [
        (0.0, "almost no chance", "1-5%"),
        (0.1, "very unlikely", "5-20%"),
        (0.3, "unlikely", "20-45%"),
        (0.5, "roughly even chance", "45-55%"),
        (0.7, "likely", "55-80%"),
        (0.9, "very likely", "80-95%"),
        (0.97, "almost certain", "95-99%"),
        (1.0, "almost certain", "95-99%"),
    ],
)
def test_reconcile_language_icd203_terms_and_bands(p, term, span):
    assert likelihood_term(p) == term
    assert band(p) == span


def test_reconcile_language_confidence_is_separate_from_likelihood():
    assert confidence_level(2, "A", False) == "high"
    assert confidence_level(2, "A", True) == "moderate"
    assert confidence_level(1, "C", False) == "low"
    assert phrase(0.7, "low") == "likely (55-80%), low confidence"


def test_reconcile_language_step_down():
    assert likelihood_term(step_down(0.7)) == "roughly even chance"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("RU", "Russia"),
        ("M49:001", "World"),
        ("M49:145", "Western Asia"),
        ("M49:035", "South-eastern Asia"),
        ("M49:002", "Africa"),
        ("XX", "XX"),
    ],
)
def test_reconcile_language_place_names_from_the_m49_table(code, name):
    from laborwatch.reconcile.config import m49, place_name

    assert place_name(code) == name
    assert m49()["QA"][1:] == ("145", "142") and m49()["KP"][1] == "030"


def test_reconcile_language_cannot_assess_is_no_likelihood():
    from laborwatch.reconcile.language import credibility_probability

    assert credibility_probability(6) is None
    assert likelihood_term(None) == "cannot assess" and band(None) == ""
    assert phrase(None, "low") == "cannot assess, low confidence"
    assert all("0-" not in band(p) and "-100" not in band(p) for p in (0.0, 0.5, 1.0))
