"""tools/eval_sets.py: the held-out folds (English and Korean) are scored apart and their
documents never appear in an error listing."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "eval_sets.py"


@pytest.fixture(scope="module")
def eval_sets() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_sets", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_korean_folds_split_ko_dev_by_the_fold_rule(eval_sets, shared_dir):
    sets = eval_sets.sets(shared_dir)
    held, rest = sets["ko-fold0"][0], sets["ko-folds"][0]
    assert held and rest
    assert all(eval_sets.fold(r) == 0 for r in held)
    assert all(eval_sets.fold(r) != 0 for r in rest)
    everything = sorted(r["id"] for r in sets["ko-dev"][0])
    assert sorted(r["id"] for r in held + rest) == everything
    assert set(sets["ko-fold0"][1]) <= {r["id"] for r in held}
    assert "ko-fold0" in eval_sets.HELD_SETS and "fold0" in eval_sets.HELD_SETS


def test_error_listing_of_korean_leaves_out_the_held_out_fold(eval_sets, shared_dir):
    held = {r["id"] for r in eval_sets.sets(shared_dir)["ko-fold0"][0]}
    out = subprocess.run(
        [sys.executable, str(TOOL), "--shared", str(shared_dir), "--errors", "ko-dev"],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    listed = {line.split()[0] for line in out.splitlines() if line.strip()}
    assert not listed & held
    assert "ko-dev" in out  # the score row is still printed


def test_bootstrap_interval_brackets_the_held_out_figure(eval_sets, shared_dir):
    """The interval of a held-out fold (stories resampled) holds the fold's own figure, is
    the same for the same seed, and is wide for a fold of ten documents."""
    records, gold = eval_sets.sets(shared_dir)["ko-fold0"]
    ev = eval_sets._evaluator(shared_dir)
    pred = eval_sets.predict(eval_sets.Extractor(), records)
    point, _ = ev.score(gold, pred)
    ci = eval_sets.bootstrap(ev, records, gold, pred, 200, seed=1)
    assert ci == eval_sets.bootstrap(ev, records, gold, pred, 200, seed=1)
    for metric in ("count_f1", "count_dest_f1", "money_f1", "status_accuracy"):
        low, high = ci[metric]
        assert low <= point[metric] <= high
    low, high = ci["count_f1"]
    assert high - low > 0.05  # ten documents cannot pin a figure to a point
