"""The evaluation gate: scores on the shared gold set never fall below the pinned floor."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from laborwatch.ingest.jsonl import read_jsonl

FLOOR = json.loads((Path(__file__).parent / "eval_floor.json").read_text())
ISSUE_BAR = {
    "count_f1": 0.95,
    "count_dest_f1": 0.90,
    "status_accuracy": 0.85,
    "money_f1": 0.85,
    "relevance_f1": 0.95,
}


@pytest.fixture(scope="module")
def scores(shared_dir, extractor):
    spec = importlib.util.spec_from_file_location("evaluate", shared_dir / "tools" / "evaluate.py")
    evaluate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluate)
    pred = {}
    for name in ("seeds.jsonl", "dev.jsonl"):
        for doc in read_jsonl(shared_dir / "corpus" / name):
            pred[doc.id] = extractor.extract(doc).to_dict()
    gold = evaluate.load(shared_dir / "gold" / "dev.jsonl")
    result, _ = evaluate.score(gold, pred)
    return result


@pytest.mark.parametrize("metric", sorted(ISSUE_BAR))
def test_eval_gate_meets_the_floor(scores, metric):
    assert scores[metric] >= FLOOR[metric], f"{metric} {scores[metric]:.3f} < {FLOOR[metric]}"


@pytest.mark.parametrize("metric", sorted(ISSUE_BAR))
def test_eval_gate_floor_is_never_below_the_issue_bar(metric):
    assert FLOOR[metric] >= ISSUE_BAR[metric]
