"""Extractor output follows ../shared/spec/claim.schema.json exactly."""

from __future__ import annotations

import json

import jsonschema
import pytest


@pytest.fixture(scope="module")
def validator(shared_dir):
    schema = json.loads((shared_dir / "spec" / "claim.schema.json").read_text())
    return jsonschema.Draft202012Validator(schema)


def test_schema_every_shared_document_validates(validator, extracted, corpus_records):
    for doc_id in corpus_records:
        out = json.loads(json.dumps(extracted(doc_id).to_dict()))
        errors = sorted(validator.iter_errors(out), key=str)
        assert not errors, f"{doc_id}: {errors[0].message}"


def test_schema_claim_fields_match_the_spec_example(extracted):
    claim = next(
        c.to_dict()
        for c in extracted("seed-004").claims
        if c.kind == "workers" and c.value.low == 24200
    )
    assert list(claim) == [
        "kind",
        "count",
        "destinations",
        "status",
        "sector",
        "period",
        "attribution",
        "scope",
        "origin",
        "evidence",
    ]
    assert claim["count"] == {
        "low": 24200,
        "high": 24200,
        "qualifier": "exact",
        "text": claim["count"]["text"],
    }
    assert "24,200" in claim["count"]["text"]
