"""The Korean evaluation gate: scores on the shared Korean gold (../shared/gold/ko-dev.jsonl)
never fall below the floors of eval_floor.json's "ko-dev" key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laborwatch.ingest.jsonl import read_jsonl

FLOOR = json.loads((Path(__file__).parent / "eval_floor.json").read_text())["ko-dev"]
METRICS = sorted(k for k in FLOOR if not k.startswith("_"))


@pytest.fixture(scope="module")
def scores(shared_dir, extractor, scorer):
    pred = {}
    for doc in read_jsonl(shared_dir / "corpus" / "ko-dev.jsonl"):
        pred[doc.id] = extractor.extract(doc).to_dict()
    gold = scorer.load(shared_dir / "gold" / "ko-dev.jsonl")
    result, _ = scorer.score(gold, pred)
    return result


@pytest.mark.parametrize("metric", METRICS)
def test_korean_scores_hold_their_floor(scores, metric):
    assert scores[metric] >= FLOOR[metric], f"{metric} {scores[metric]:.3f} < {FLOOR[metric]}"
