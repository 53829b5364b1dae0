"""The learned decisions: linear models as JSON data, the hook that uses them, and the
general features they read (sentences written for these tests)."""

from __future__ import annotations

import re

import pytest

from laborwatch.errors import DataFileError
from laborwatch.extract.claims import ClaimBuilder
from laborwatch.extract.document import prepare
from laborwatch.extract.learned import LinearModel, Models, bundled
from laborwatch.extract.pipeline import Extractor
from laborwatch.extract.text import normalize
from laborwatch.model import Document

TEXT = (
    "North Korea sends workers abroad to earn hard currency for the regime. "
    "About 1,200 North Korean workers are employed at a shipyard in Poland."
)
# A status feature is a cue signal, the rules' answer or branch: never article words.
FEATURE = re.compile(
    r"^(?:rule=\w+(?:&branch=\w+)?|branch=\w+|"
    r"(?:clause|sentence)_(?:before|after)(?:_nearest)?:\w+|(?:clause|sentence)_(?:before|after)_modal|"
    r"previous:\w+|modal_after_figure|descriptive_participle|level_before|definite_before|"
    r"qualifier=\w+)$"
)


def _statuses(extractor: Extractor) -> list[str | None]:
    out = extractor.extract(Document(id="t", text=TEXT, language="en"))
    return [c.status for c in out.claims if c.kind == "workers"]


def test_a_model_row_must_have_one_weight_per_class():
    with pytest.raises(DataFileError, match="one value per class"):
        LinearModel.from_dict({"classes": ["a", "b"], "bias": [0, 0], "weights": {"x": [1]}})
    with pytest.raises(DataFileError, match="not a linear model"):
        LinearModel.from_dict({"classes": ["a"], "weights": {}})


def test_a_model_predicts_by_its_weights_and_round_trips():
    m = LinearModel(("no", "yes"), (0.0, -1.0), {"cue": (0.0, 2.0)})
    assert m.predict({}) == "no"
    assert m.predict({"cue": 1.0}) == "yes"
    assert m.probabilities({"cue": 1.0})["yes"] == pytest.approx(1 / (1 + 2.718281828**-1))
    assert LinearModel.from_dict(m.to_dict()).predict({"cue": 1.0}) == "yes"


def test_the_status_model_decides_when_given_and_the_rules_otherwise():
    assert _statuses(Extractor(models=Models())) == ["present"]
    always_planned = LinearModel(("planned", "present"), (5.0, 0.0), {})
    assert _statuses(Extractor(models=Models(status=always_planned))) == ["planned"]


def test_status_features_are_general_cue_signals():
    extractor = Extractor(models=Models())
    reader = extractor.reader("en")
    doc = Document(id="t", text=TEXT, language="en")
    text = normalize(doc.text)
    builder = ClaimBuilder(prepare(doc, text, reader.places(text)), reader.cues)
    sv = builder.view.sentences[-1]
    (count,) = builder.counts.find(sv)
    features = builder.status.features(sv, count.quantity, count.head_end)
    assert features["rule=present"] == 1.0 and features["branch=clause"] == 1.0
    assert "clause_after_nearest:present" in features
    assert all(FEATURE.match(name) for name in features), sorted(features)


def test_the_shipped_relevance_model_reads_the_scorer_features():
    model = bundled("relevance_model")
    assert model is not None and model.classes == ("irrelevant", "relevant")
    assert "fold" in model.meta["trained_on"] and "0" not in model.meta["trained_on"].split()
    scorer = Extractor().reader("en").relevance
    assert scorer.model is model and scorer.threshold == model.meta["threshold"]
    names = set(scorer.model_features(scorer.features(TEXT)))
    assert set(model.weights) <= names | {f"{k}>0" for k in scorer.weights}
    # the learned scorer and the hand weights agree on a plain labour-abroad article
    rules = Extractor(models=Models()).extract(Document(id="t", text=TEXT, language="en"))
    learned = Extractor().extract(Document(id="t", text=TEXT, language="en"))
    assert rules.relevant and learned.relevant


def test_other_languages_keep_the_rules():
    extractor = Extractor()
    assert extractor.reader("en").relevance.model is not None
    assert extractor.reader("ko").relevance.model is None
