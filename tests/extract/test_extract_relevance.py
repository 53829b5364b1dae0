"""Relevance: reports on DPRK workers abroad, not troops, missiles or others' migrants."""

from __future__ import annotations


def test_relevance_separates_the_shared_corpus(extracted, gold_records):
    wrong = [
        doc_id
        for doc_id, gold in gold_records.items()
        if extracted(doc_id).relevant != gold["document"]["relevant"]
    ]
    assert wrong == []


def test_relevance_scores_are_probabilities(extracted, gold_records):
    for doc_id in gold_records:
        assert 0.0 <= extracted(doc_id).relevance <= 1.0


def test_relevance_without_north_korea_is_zero(extractor):
    from laborwatch.model import Document

    doc = Document(
        id="x",
        text="Tens of thousands of migrant workers from Nepal built the "
        "stadiums in Qatar, earning $274 a month.",
    )
    result = extractor.extract(doc)
    assert (result.relevant, result.relevance, result.claims) == (False, 0.0, [])
