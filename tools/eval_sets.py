"""Score the extractor on every shared evaluation set and print one table.

Sets (each scored with ``../shared/tools/evaluate.py``):

- ``seeds+dev``: the seed articles and ``dev.jsonl`` (fitted: rules were written on them);
- ``dev2``: ``dev2.jsonl`` (fitted once its errors have been read);
- ``ko-dev``: the Korean development set;
- ``fold0``: the held-out fold of dev+dev2 (English). A document is in fold
  ``int(sha1(story or id), 16) % 5``; fold 0 is never read while developing, so its
  figure is the honest estimate on unseen articles. Its errors are never printed.
- ``ko-fold0``: the held-out fold of ``ko-dev`` by the same rule (never read);
- ``ko-folds``: folds 1-4 of ``ko-dev``.

With ``--folds`` the table also has ``fold1`` ... ``fold4`` (English) and ``ko-fold1``
... ``ko-fold4``: a developer who reads the errors of three folds only
(``--errors dev-folds --skip-fold 4``) keeps the fourth as a second, pseudo-held-out
figure without touching fold 0.

    python tools/eval_sets.py [--shared ../shared] [--folds] [--errors SET [--skip-fold N]] [--json]
                              [--ci N]

``--ci N`` adds under each row a 90% interval for each figure: the 5th and 95th
percentiles over ``N`` bootstrap resamples of the set's stories (a story's syndicated
copies go together, as in the folds). A held-out fold is small (32 English and 10 Korean
documents), so its figures move by several points with one article; the interval
says how far a bar can be read from them.

``--errors SET`` lists the missed and spurious claims of a set and the status, sector
and scope disagreements of its matched worker claims, leaving out every fold-0 document
(``dev-folds`` is folds 1-4 of dev+dev2, ``ko-folds`` those of ko-dev).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.jsonl import record_to_document

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared"
HELD_OUT = 0
HELD_SETS = ("fold0", "ko-fold0")  # sets whose errors are never printed
FOLDS = 5
COLUMNS = (
    ("count_f1", "count"),
    ("count_dest_f1", "cnt+dest"),
    ("money_f1", "money"),
    ("status_accuracy", "status"),
    ("sector_accuracy", "sector"),
    ("relevance_f1", "relev"),
    ("scope_accuracy", "scope"),
    ("origin_accuracy", "origin"),
    ("basis_accuracy", "basis"),
)


def fold(record: dict[str, Any]) -> int:
    """The cross-validation fold of a corpus record (by its story tag, else its id)."""
    key = record.get("story") or record["id"]
    return int(hashlib.sha1(str(key).encode()).hexdigest(), 16) % FOLDS


def _evaluator(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("evaluate", shared / "tools" / "evaluate.py")
    if spec is None or spec.loader is None:
        sys.exit(f"no scorer at {shared / 'tools' / 'evaluate.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def sets(
    shared: Path, per_fold: bool = False
) -> dict[str, tuple[list[dict[str, Any]], dict[str, Any]]]:
    """Each set's corpus records and gold documents (by id)."""
    corpus, gold = shared / "corpus", shared / "gold"
    ev = _evaluator(shared)
    seeds, dev, dev2 = (_records(corpus / f"{n}.jsonl") for n in ("seeds", "dev", "dev2"))
    g_dev, g_dev2 = ev.load(gold / "dev.jsonl"), ev.load(gold / "dev2.jsonl")
    english = [r for r in dev + dev2 if (r.get("language") or "en") == "en"]
    both = {**g_dev, **g_dev2}
    korean, g_ko = _records(corpus / "ko-dev.jsonl"), ev.load(gold / "ko-dev.jsonl")

    def subset(records: list[dict[str, Any]], gold: dict[str, Any], folds: set[int]) -> tuple:
        chosen = [r for r in records if fold(r) in folds]
        return chosen, {r["id"]: gold[r["id"]] for r in chosen if r["id"] in gold}

    held, rest = {HELD_OUT}, set(range(FOLDS)) - {HELD_OUT}
    extra = {}
    if per_fold:
        extra.update({f"fold{k}": subset(english, both, {k}) for k in sorted(rest)})
        extra.update({f"ko-fold{k}": subset(korean, g_ko, {k}) for k in sorted(rest)})
    return {
        "seeds+dev": (seeds + dev, g_dev),
        "dev2": (dev2, g_dev2),
        "ko-dev": (korean, g_ko),
        "fold0": subset(english, both, held),
        "dev-folds": subset(english, both, rest),
        "ko-fold0": subset(korean, g_ko, held),
        "ko-folds": subset(korean, g_ko, rest),
        **extra,
    }


def bootstrap(
    ev: ModuleType,
    records: list[dict[str, Any]],
    gold: dict[str, Any],
    pred: dict[str, Any],
    resamples: int,
    seed: int = 0,
) -> dict[str, tuple[float, float]]:
    """The 5th and 95th percentile of each figure over ``resamples`` resamples of the
    set's stories with replacement (deterministic for a ``seed``)."""
    stories: dict[str, list[str]] = {}
    for r in records:
        if r["id"] in gold:
            stories.setdefault(str(r.get("story") or r["id"]), []).append(r["id"])
    groups = list(stories.values())
    if not groups:
        return {}
    rng = random.Random(seed)
    values: dict[str, list[float]] = {}
    for _ in range(resamples):
        g_b, p_b = {}, {}
        for j, ids in enumerate(rng.choices(groups, k=len(groups))):
            for doc_id in ids:
                g_b[f"{doc_id}#{j}"] = gold[doc_id]
                if doc_id in pred:
                    p_b[f"{doc_id}#{j}"] = pred[doc_id]
        result, _ = ev.score(g_b, p_b)
        for metric, _label in COLUMNS:
            if metric in result:
                values.setdefault(metric, []).append(result[metric])
    out = {}
    for metric, vs in values.items():
        vs.sort()
        out[metric] = (vs[int(0.05 * (len(vs) - 1))], vs[int(0.95 * (len(vs) - 1))])
    return out


def predict(extractor: Extractor, records: list[dict[str, Any]]) -> dict[str, Any]:
    """The extractor's output for each record, keyed by document id."""
    out = {}
    for i, rec in enumerate(records):
        doc = record_to_document(rec, where=f"record {i}")
        out[doc.id] = extractor.extract(doc).to_dict()
    return out


def disagreements(
    ev: ModuleType, gold: dict[str, Any], pred: dict[str, Any], held: set[str]
) -> list[str]:
    """Status, sector, scope and origin disagreements on matched worker claims, and origin
    disagreements on matched money claims (never fold 0)."""
    out = []

    def same(field: str, want: Any, got: Any) -> bool:
        if field == "origin":
            return bool(ev.origin_key(want) == ev.origin_key(got))
        return (want or None) == (got or None)

    for doc_id, g in gold.items():
        if doc_id in held or doc_id not in pred:
            continue
        sets_p, sets_g = ev.claim_sets(pred[doc_id]), ev.claim_sets(g)
        for which, fields in ((1, ("status", "sector", "scope", "origin")), (2, ("origin",))):
            matched = sets_p[which]
            for key, gc in sets_g[which].items():
                pc = matched.get(key)
                if pc is None:
                    continue
                for field in fields:
                    want, got = gc.get(field), pc.get(field)
                    if field in gc and not same(field, want, got):
                        value = gc.get("count") or gc.get("amount") or gc.get("share")
                        figure = (value or {}).get("text") if isinstance(value, dict) else value
                        figure = " ".join(str(figure).split())
                        out.append(f"{doc_id}  {field}  {figure}  gold={want!r}  got={got!r}")
    return out


def _short(x: float) -> str:
    """A figure in three characters: ".81", "1.0"."""
    return "1.0" if x >= 0.995 else f"{x:.2f}"[1:]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--errors", metavar="SET", help="list a set's errors (never fold 0)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--folds", action="store_true", help="add one row per fold 1-4")
    ap.add_argument(
        "--skip-fold", type=int, metavar="N", help="with --errors, also hide fold N's errors"
    )
    ap.add_argument(
        "--ci", type=int, metavar="N", help="add a 90%% interval from N bootstrap resamples"
    )
    args = ap.parse_args()
    ev = _evaluator(args.shared)
    extractor = Extractor()
    table: dict[str, dict[str, Any]] = {}
    intervals: dict[str, dict[str, tuple[float, float]]] = {}
    all_sets = sets(args.shared, per_fold=args.folds)
    held = {r["id"] for name in HELD_SETS for r in all_sets[name][0]}
    if args.skip_fold is not None:
        held |= {
            r["id"]
            for records, _ in all_sets.values()
            for r in records
            if fold(r) == args.skip_fold
        }
    for name, (records, gold) in all_sets.items():
        if args.errors and name != args.errors:
            continue
        pred = predict(extractor, records)
        result, misses = ev.score(gold, pred)
        table[name] = result
        if args.ci:
            intervals[name] = bootstrap(ev, records, gold, pred, args.ci)
        if args.errors:
            for m in misses:
                if m[0] not in held:
                    print("  ".join(str(x) for x in m if x is not None))
            for line in disagreements(ev, gold, pred, held):
                print(line)
    if args.json:
        scores = {k: {m: round(v, 4) for m, v in r.items()} for k, r in table.items()}
        for k, ci in intervals.items():
            scores[k].update(
                {f"{m}_ci90": [round(lo, 4), round(hi, 4)] for m, (lo, hi) in ci.items()}
            )
        print(json.dumps(scores))
        return
    print(f"{'set':10} {'docs':>5} " + " ".join(f"{label:>8}" for _, label in COLUMNS))
    for name, r in table.items():
        cells = [f"{r[m]:8.3f}" if m in r else f"{'-':>8}" for m, _ in COLUMNS]
        print(f"{name:10} {r['documents']:5d} " + " ".join(cells))
        if name in intervals:
            ci = intervals[name]
            spans = [
                f"{_short(ci[m][0])}-{_short(ci[m][1])}".rjust(8) if m in ci else f"{'':8}"
                for m, _ in COLUMNS
            ]
            print(f"{'  90% CI':10} {'':5} " + " ".join(spans))


if __name__ == "__main__":
    main()
