"""The trainer of the learned decisions (tools/train_extract.py): fold 0 stays out, and the
fit separates what its features separate."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "tools"


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    sys.path.insert(0, str(TOOLS))  # the trainer imports eval_sets beside it
    try:
        spec = importlib.util.spec_from_file_location("train_extract", TOOLS / "train_extract.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(TOOLS))


def test_fold_zero_is_never_a_training_fold(trainer, shared_dir):
    with pytest.raises(SystemExit, match="held out"):
        trainer.training_set(shared_dir, (0, 1))
    records, gold = trainer.training_set(shared_dir, trainer.TRAIN_FOLDS)
    assert records and gold
    assert all(trainer.eval_sets.fold(r) != 0 for r in records)
    assert set(gold) <= {r["id"] for r in records}


def test_the_fit_learns_a_separating_feature(trainer):
    data = [({"cue": 1.0}, "yes")] * 6 + [({"other": 1.0}, "no")] * 6 + [({}, "no")] * 2
    model = trainer.fit(data, note="synthetic")
    assert model.predict({"cue": 1.0}) == "yes"
    assert model.predict({"other": 1.0}) == "no"
    assert model.meta["examples"] == len(data)


def test_the_relevance_examples_are_labelled_documents(trainer, shared_dir):
    records, gold = trainer.training_set(shared_dir, (1,))
    examples = trainer.relevance_examples(records, gold)
    assert examples and {label for _, label in examples} == {"relevant", "irrelevant"}
    assert all(
        name.split(">")[0] in trainer.Extractor().reader("en").relevance.weights
        for features, _ in examples
        for name in features
    )
