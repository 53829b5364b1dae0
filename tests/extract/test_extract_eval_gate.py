"""The evaluation gate: scores on the shared gold sets never fall below the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from laborwatch.ingest.jsonl import read_jsonl

FLOOR = json.loads((Path(__file__).parent / "eval_floor.json").read_text())
SETS = {  # set name -> (corpus files, gold file)
    "seeds+dev": (("seeds.jsonl", "dev.jsonl"), "dev.jsonl"),
    "dev2": (("dev2.jsonl",), "dev2.jsonl"),
}
ISSUE_BAR = {  # on the fitted set
    "count_f1": 0.95,
    "count_dest_f1": 0.90,
    "status_accuracy": 0.85,
    "money_f1": 0.85,
    "relevance_f1": 0.95,
}
GATED = [(name, metric) for name in SETS for metric in sorted(FLOOR[name])]


@pytest.fixture(scope="module")
def scores(shared_dir, extractor, scorer):
    out = {}
    for name, (corpora, gold_file) in SETS.items():
        pred = {}
        for corpus in corpora:
            for doc in read_jsonl(shared_dir / "corpus" / corpus):
                pred[doc.id] = extractor.extract(doc).to_dict()
        gold = scorer.load(shared_dir / "gold" / gold_file)
        out[name], _ = scorer.score(gold, pred)
    return out


@pytest.mark.parametrize(("name", "metric"), GATED)
def test_eval_gate_meets_the_floor(scores, name, metric):
    score = scores[name][metric]
    assert score >= FLOOR[name][metric], f"{name} {metric} {score:.3f} < {FLOOR[name][metric]}"


@pytest.mark.parametrize("metric", sorted(ISSUE_BAR))
def test_eval_gate_floor_is_never_below_the_issue_bar(metric):
    assert FLOOR["seeds+dev"][metric] >= ISSUE_BAR[metric]
