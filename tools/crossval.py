"""Cross-validate the extractor over folds 1-4 of dev+dev2 (English); fold 0 is never read.

For each fold k of 1-4, the learned decisions are trained on the other three folds
and the extractor is scored on fold k; the table gives each fold and the mean, for the
rules alone and for the rules with the learned decisions. The rules themselves were
written while reading folds 1-4, so their figures here are fitted (optimistic); the
learned rows are honest about what was learned.

    python tools/crossval.py [--shared ../shared] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_sets
import train_extract
from laborwatch.extract.learned import Models
from laborwatch.extract.pipeline import Extractor

FOLDS = (1, 2, 3, 4)
METRICS = [m for m, _ in eval_sets.COLUMNS[:6]]


def crossval(shared: Path) -> dict[str, dict[str, dict[str, float]]]:
    """{variant: {fold or "mean": {metric: score}}} for the rules alone, with each learned
    decision, and with both."""
    ev = eval_sets._evaluator(shared)
    records, gold = eval_sets.sets(shared)["dev-folds"]
    out: dict[str, dict[str, dict[str, float]]] = {}
    for k in FOLDS:
        test = [r for r in records if eval_sets.fold(r) == k]
        test_gold = {r["id"]: gold[r["id"]] for r in test if r["id"] in gold}
        train = tuple(f for f in FOLDS if f != k)
        tr_records, tr_gold = train_extract.training_set(shared, train)
        rel = train_extract.train("relevance", tr_records, tr_gold)
        status = train_extract.train("status", tr_records, tr_gold)
        variants = {
            "rules": Models(),
            "+relev": Models(relevance=rel),
            "+status": Models(status=status),
            "+both": Models(status=status, relevance=rel),
        }
        for name, models in variants.items():
            pred = eval_sets.predict(Extractor(models=models), test)
            result, _ = ev.score(test_gold, pred)
            out.setdefault(name, {})[str(k)] = {m: result[m] for m in METRICS}
    for table in out.values():
        table["mean"] = {m: sum(table[str(k)][m] for k in FOLDS) / len(FOLDS) for m in METRICS}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=eval_sets.DEFAULT_SHARED)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args()
    table: dict[str, Any] = crossval(args.shared)
    if args.json:
        print(json.dumps(table))
        return
    labels = dict(eval_sets.COLUMNS)
    print(f"{'variant':8} {'fold':>4} " + " ".join(f"{labels[m]:>8}" for m in METRICS))
    for name, rows in table.items():
        for fold, r in rows.items():
            print(f"{name:8} {fold:>4} " + " ".join(f"{r[m]:8.3f}" for m in METRICS))


if __name__ == "__main__":
    main()
