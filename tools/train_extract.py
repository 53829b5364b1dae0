"""Train the extractor's learned decisions and write their weights (JSON data).

Each model is a (multinomial) logistic regression, trained on the gold of the English
documents of dev+dev2 folds 1-4 (fold 0 is never used):

- ``relevance``: over the relevance scorer's features (``RelevanceScorer.model_features``:
  capped counts of DPRK/labour/abroad/off-topic sentences and whether each is non-zero);
  one example per document, labelled by the gold ``relevant``.
- ``status``: over the status rule features (``StatusFinder.features``: which status
  cues sit where around the figure, modals, the rules' own answer and branch); one
  example per figure the rules count whose count matches a gold claim, labelled by its
  status. Cross-validation (tools/crossval.py) found it no better than the rules, so it
  is not shipped; ``--models status`` writes it anyway.

    python tools/train_extract.py [--shared ../shared] [--models relevance] [--out-dir DIR]

numpy only (a runtime dependency already): full-batch gradient descent with L2.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_sets
from laborwatch.extract.claims import ClaimBuilder
from laborwatch.extract.document import prepare
from laborwatch.extract.learned import LinearModel, Models
from laborwatch.extract.pipeline import Extractor
from laborwatch.extract.text import normalize
from laborwatch.ingest.jsonl import record_to_document

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE.parent / "src" / "laborwatch" / "data"
SHIPPED = ("relevance",)
TRAIN_FOLDS = (1, 2, 3, 4)
L2 = 1.0  # per example, scaled by the number of examples
STEPS = 1500
RATE = 0.5
MIN_FEATURE_COUNT = 2  # a feature seen once is noise
# The relevance threshold is calibrated on the training folds: each is scored by a model
# fitted on the others, and the threshold with the best F1 over those held-out scores is
# kept (the middle of the best run when several tie); this is the fallback.
RELEVANCE_THRESHOLD = 0.4
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(2, 19))  # 0.10 ... 0.90


def _count_key(low: float | None, high: float | None, qualifier: str | None) -> tuple:
    if qualifier == "vague":
        top = high or low or 0
        return ("vague", int(math.log10(top)) if top > 0 else 0)
    return (
        None if low is None else round(low),
        None if high is None else round(high),
    )


def _gold_status(gold_doc: dict[str, Any]) -> tuple[dict, dict]:
    """(count+destination key -> status, count key -> status) of a gold document."""
    by_dest: dict[tuple, str] = {}
    by_count: dict[tuple, str] = {}
    for c in gold_doc.get("claims") or []:
        if c.get("kind") != "workers":
            continue
        n = c.get("count") or {}
        key = _count_key(n.get("low"), n.get("high"), n.get("qualifier"))
        status = c.get("status") or "unknown"
        dest = frozenset(str(d).upper() for d in c.get("destinations") or [])
        by_dest.setdefault((key, dest), status)
        by_count.setdefault(key, status)
    return by_dest, by_count


def relevance_examples(
    records: list[dict[str, Any]], gold: dict[str, Any]
) -> list[tuple[dict[str, float], str]]:
    """(relevance features, gold relevance) of every document naming the DPRK (the others
    are irrelevant before any feature is read)."""
    reader = Extractor(language="en", models=Models()).reader("en")
    out = []
    for i, rec in enumerate(records):
        if rec["id"] not in gold:
            continue
        text = reader.mask(normalize(record_to_document(rec, where=f"record {i}").text))
        if not reader.relevance.mentions_dprk(text):
            continue
        labor = reader.relevance.has_labor_terms(text)
        places = reader.places(text) if labor else []
        f = reader.relevance.features(text, reader.foreign(places), reader.others(places))
        label = "relevant" if gold[rec["id"]]["document"].get("relevant") else "irrelevant"
        out.append((reader.relevance.model_features(f), label))
    return out


def status_examples(
    records: list[dict[str, Any]], gold: dict[str, Any]
) -> list[tuple[dict[str, float], str]]:
    """(status features, gold status) of every figure the rules count whose count (and,
    when it agrees, destination) matches a gold worker claim."""
    extractor = Extractor(language="en", models=Models())
    reader = extractor.reader("en")
    out = []
    for i, rec in enumerate(records):
        if rec["id"] not in gold or not gold[rec["id"]]["document"].get("relevant"):
            continue
        doc = record_to_document(rec, where=f"record {i}")
        doc.language = "en"
        text = reader.mask(normalize(doc.text))
        if not reader.relevance.mentions_dprk(text):
            continue
        builder = ClaimBuilder(prepare(doc, text, reader.places(text)), reader.cues)
        by_dest, by_count = _gold_status(gold[rec["id"]])
        for sv in builder.view.sentences:
            for count, placing in builder.placed_counts(sv) if sv.quantities else []:
                q = count.quantity
                key = _count_key(q.low, q.high, q.qualifier)
                label = by_dest.get((key, frozenset(placing.codes))) or by_count.get(key)
                if label is None:
                    continue
                out.append((builder.status.features(sv, q, count.head_end), label))
    return out


def fit(data: list[tuple[dict[str, float], str]], note: str = "") -> LinearModel:
    """A multinomial logistic regression (L2) fitted by full-batch gradient descent."""
    seen: dict[str, int] = {}
    for f, _ in data:
        for k in f:
            seen[k] = seen.get(k, 0) + 1
    names = sorted(k for k, n in seen.items() if n >= MIN_FEATURE_COUNT)
    classes = sorted({label for _, label in data})
    col = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(data), len(names)))
    y = np.zeros((len(data), len(classes)))
    for r, (f, label) in enumerate(data):
        for k, v in f.items():
            if k in col:
                x[r, col[k]] = v
        y[r, classes.index(label)] = 1.0
    w = np.zeros((len(names), len(classes)))
    b = np.zeros(len(classes))
    n = max(len(data), 1)
    for _ in range(STEPS):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = p - y
        w -= RATE * (x.T @ g / n + L2 * w / n)
        b -= RATE * g.mean(axis=0)
    return LinearModel(
        tuple(classes),
        tuple(float(v) for v in b),
        {k: tuple(float(v) for v in w[i]) for i, k in enumerate(names)},
        {"trained_on": note, "examples": len(data), "l2": L2, "steps": STEPS},
    )


def training_set(shared: Path, folds: tuple[int, ...]) -> tuple[list, dict]:
    """The English dev+dev2 records of ``folds`` (never fold 0) and their gold."""
    if eval_sets.HELD_OUT in folds:
        sys.exit("fold 0 is held out: never train on it")
    records, gold = eval_sets.sets(shared)["dev-folds"]
    chosen = [r for r in records if eval_sets.fold(r) in folds]
    return chosen, {r["id"]: gold[r["id"]] for r in chosen if r["id"] in gold}


EXAMPLES = {"relevance": relevance_examples, "status": status_examples}


def calibrated_threshold(records: list[dict[str, Any]], gold: dict[str, Any]) -> float:
    """The relevance threshold with the best F1 over out-of-fold scores of ``records``
    (each fold scored by a model fitted on the others; a relevant document that never
    names the DPRK counts as missed)."""
    folds = sorted({eval_sets.fold(r) for r in records})
    if len(folds) < 2:
        return RELEVANCE_THRESHOLD
    scored: list[tuple[float, bool]] = []
    for k in folds:
        inner = [r for r in records if eval_sets.fold(r) != k]
        model = fit(relevance_examples(inner, gold))
        held = [r for r in records if eval_sets.fold(r) == k]
        for features, label in relevance_examples(held, gold):
            scored.append((model.probabilities(features)["relevant"], label == "relevant"))
    positives = sum(1 for r in records if r["id"] in gold and gold[r["id"]]["document"]["relevant"])

    def f1(t: float) -> float:
        tp = sum(1 for p, y in scored if y and p >= t)
        fp = sum(1 for p, y in scored if not y and p >= t)
        return 2 * tp / (2 * tp + fp + (positives - tp)) if positives + fp else 0.0

    by = {t: f1(t) for t in THRESHOLDS}
    best = [t for t in THRESHOLDS if by[t] == max(by.values())]
    return best[len(best) // 2]


def train(
    name: str, records: list[dict[str, Any]], gold: dict[str, Any], note: str = ""
) -> LinearModel:
    """The model ``name`` (relevance or status) fitted on ``records``; the relevance
    model's threshold is calibrated on them by cross-validation."""
    model = fit(EXAMPLES[name](records, gold), note=note)
    if name == "relevance":
        model.meta["threshold"] = calibrated_threshold(records, gold)
    return model


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=eval_sets.DEFAULT_SHARED)
    ap.add_argument("--models", default=",".join(SHIPPED), help="comma-separated: relevance,status")
    ap.add_argument("--out-dir", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    records, gold = training_set(args.shared, TRAIN_FOLDS)
    note = f"gold of dev+dev2 English folds {','.join(map(str, TRAIN_FOLDS))}"
    for name in args.models.split(","):
        model = train(name, records, gold, note)
        out = args.out_dir / f"{name}_model.json"
        out.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"{name}: {model.meta['examples']} examples, {len(model.weights)} features -> {out}")


if __name__ == "__main__":
    main()
