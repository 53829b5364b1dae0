"""Small learned decisions over the rule features: a linear model stored as JSON weights.

A model is data (``laborwatch/data/<name>.json``, written by ``tools/train_extract.py``):
its classes, a bias per class and, per feature name, a weight per class. Scoring a
decision is one sparse dot product per class; the highest score wins. Features are
general cue signals (which status cue sits where, modals, tense, the rule's own branch),
never sentence ids or article text.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from laborwatch.errors import DataFileError


@dataclass(frozen=True)
class LinearModel:
    """A multinomial logistic model over sparse named features."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    meta: dict[str, Any] = field(default_factory=dict)

    def scores(self, features: dict[str, float]) -> list[float]:
        """The linear score of every class."""
        out = list(self.bias)
        for name, value in features.items():
            w = self.weights.get(name)
            if w is not None:
                for i, wi in enumerate(w):
                    out[i] += wi * value
        return out

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        """The softmax of the scores, by class."""
        s = self.scores(features)
        top = max(s)
        e = [math.exp(x - top) for x in s]
        total = sum(e)
        return {c: x / total for c, x in zip(self.classes, e, strict=True)}

    def predict(self, features: dict[str, float]) -> str:
        """The class with the highest score."""
        s = self.scores(features)
        return self.classes[max(range(len(s)), key=s.__getitem__)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "classes": list(self.classes),
            "bias": [round(b, 5) for b in self.bias],
            "weights": {k: [round(x, 5) for x in v] for k, v in sorted(self.weights.items())},
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "model") -> LinearModel:
        """Raises :class:`DataFileError` when the weights do not fit the classes."""
        try:
            classes = tuple(str(c) for c in data["classes"])
            bias = tuple(float(b) for b in data["bias"])
            weights = {str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()}
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise DataFileError(f"{where}: not a linear model ({e})") from None
        if len(bias) != len(classes) or any(len(w) != len(classes) for w in weights.values()):
            raise DataFileError(f"{where}: a weight row does not have one value per class")
        return cls(classes, bias, weights, dict(data.get("meta") or {}))


@functools.cache
def bundled(name: str) -> LinearModel | None:
    """The model shipped as ``laborwatch/data/<name>.json`` (None when there is none)."""
    path = resources.files("laborwatch") / "data" / f"{name}.json"
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        raise DataFileError(f"data/{name}.json: {e}") from None
    return LinearModel.from_dict(data, f"data/{name}.json")


@dataclass(frozen=True)
class Models:
    """The learned decisions an English extractor uses (None: the rules decide)."""

    status: LinearModel | None = None
    relevance: LinearModel | None = None

    @classmethod
    def shipped(cls) -> Models:
        """The models bundled with laborwatch (a model without a data file is None)."""
        return cls(status=bundled("status_model"), relevance=bundled("relevance_model"))
