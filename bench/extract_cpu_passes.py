"""CPU time per pass over the relevant articles, on fresh documents, one process.

Reads the relevant articles of the shared seeds and dev sets and of the bundled sample
(../shared/corpus), then times ``--passes`` passes of ``Extractor.extract`` over them with
``time.process_time`` (the process's own CPU, which a loaded machine moves less than wall
time). Each pass reads its documents from JSONL (fresh ``Document`` objects and fresh
strings, new ids, as the throughput bench and a real run see them), outside the timing;
``--same`` reuses one set of objects instead. ``--gc`` tries the collector off or frozen;
``--profile`` prints where one pass's time goes (cProfile, by module and by function);
``--stages`` times each stage the tree has (inclusive CPU per pass, medians);
``--twice`` reads each document twice in a row (the second time with warm caches);
``--irrelevant`` times the 52 irrelevant articles of seeds, dev and dev2 instead (the
cheap path: ``--profile N --profile-passes 8`` profiles it over 8 passes).
Runs on any tree: point ``PYTHONPATH`` at its ``src`` to time another version, or give
``--trees`` to alternate several.

    python bench/extract_cpu_passes.py [--passes 15] [--same] [--gc on|off|freeze]
    python bench/extract_cpu_passes.py --trees src ../base/src [--rounds 6]
    python bench/extract_cpu_passes.py --irrelevant --trees /work/main/src src --rounds 4

Branch relspeed (2026-12-08), ``--irrelevant --trees --rounds 4 --passes 15``, CPU ms per
pass over the 52 irrelevant articles, round medians: 00:23-00:24 UTC (load 3.6-5.5, the
first two changes, then over seeds and dev only, 19 articles) main 9.1, 9.2, 11.7, 10.6
against 5.8, 6.7, 6.1, 5.8; 00:40-00:42 UTC (load 6.0-6.4, all 52) main 36.4, 43.1, 40.3,
41.8 (median 41.1) against 28.2, 27.8, 23.3, 24.2 (median 26.0, -37%). The relevant pass
did not move (00:42-00:45 UTC, load 5.3-6.2, ``--passes 10``: main 212.8, relspeed 215.3,
medians of 4 rounds spanning 192-256);
"main": /work/main as it stood, 0a567a2c, later the komoney11 commits up to e4a6a768 (Korean
money only).

speed13 (2026-12-08; sentences' hard-wrap count opened on the line break, the place
token split one branch per first character, the count-phrase scan stopped after the last
noun): ``--trees`` base 0a567a2c / speed13, 4 rounds at load 2.2-3.4, 241.1 / 227.2 ms
per relevant pass; instructions per pass (cachegrind, ``--passes 2`` less ``--passes 0``,
halved) 1,085.6 / 1,065.2 M (-1.9%). See docs/extract.md.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import importlib
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.jsonl import read_jsonl
from laborwatch.model import Document
from laborwatch.sample import sample_path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def relevant_records(extractor: Extractor, relevant: bool = True) -> list[dict]:
    """The relevant articles of seeds, dev and the sample, as JSON records (``relevant``
    false: the irrelevant articles of seeds, dev and dev2, 52)."""
    out = []
    paths = ["seeds", "dev"] + (["dev2"] if not relevant else [])
    for path in [SHARED / f"{p}.jsonl" for p in paths] + [Path(sample_path())] * relevant:
        with path.open(encoding="utf-8") as f:
            out += [json.loads(line) for line in f if line.strip()]
    return [
        r
        for r in out
        if extractor.extract(Document(id=r["id"], text=r["text"])).relevant == relevant
    ]


def fresh(records: list[dict], tag: int, tmp: Path) -> list[Document]:
    """New ``Document`` objects (and strings) for ``records``, ids tagged with ``tag``."""
    path = tmp / f"pass{tag}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps({**rec, "id": f"{rec['id']}-{tag}"}) + "\n")
    docs = [d for d in read_jsonl(path) if isinstance(d, Document)]
    path.unlink()
    return docs


def one_pass(extractor: Extractor, docs: list[Document]) -> tuple[float, int]:
    """CPU seconds of one pass and the claims found."""
    start = time.process_time()
    n = sum(len(extractor.extract(d).claims) for d in docs)
    return time.process_time() - start, n


def twice(
    extractor: Extractor, first: list[Document], second: list[Document]
) -> tuple[float, float]:
    """CPU seconds of each document's first and of its second reading, one right after the
    other (fresh copies both): the second finds the rules' patterns and byte code in the
    processor's caches, so the difference is what a cold working set costs."""
    cold = warm = 0.0
    for a, b in zip(first, second, strict=True):
        start = time.process_time()
        extractor.extract(a)
        middle = time.process_time()
        extractor.extract(b)
        cold += middle - start
        warm += time.process_time() - middle
    return cold, warm


def profile(extractor: Extractor, passes: list[list[Document]], top: int) -> None:
    """Print the own time of the ``passes`` (one unless ``--profile-passes``) by module and
    their costliest functions."""
    prof = cProfile.Profile()
    for docs in passes:
        prof.enable()
        one_pass(extractor, docs)
        prof.disable()
    stats = pstats.Stats(prof)
    by_module: dict[str, float] = defaultdict(float)
    rows = []
    for (file, line, name), (_cc, _nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        key = file.split("/src/")[-1] if "/src/" in file else (file if file != "~" else name)
        if key.startswith("<") or "/lib/python" in key:
            key = "stdlib: " + (name if file == "~" else Path(file).name)
        by_module[key] += tt
        rows.append((tt, ct, f"{key}:{line}:{name}"))
    total = sum(by_module.values())
    print(json.dumps({"profiled_s": round(total, 3), "passes": len(passes)}))
    for key, tt in sorted(by_module.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{tt * 1000:9.1f} ms {100 * tt / total:5.1f}%  {key}")
    print("-- functions by own time (own ms, cumulative ms)")
    for tt, ct, name in sorted(rows, reverse=True)[:top]:
        print(f"{tt * 1000:9.1f} {ct * 1000:9.1f}  {name}")


# (module, attribute path) of the stages timed by --stages, where a tree has them; times
# are inclusive (a stage that calls another counts it too: origin calls attribution)
STAGES = (
    ("pipeline", "normalize"),
    ("relevance", "RelevanceScorer.mentions_dprk"),
    ("relevance", "RelevanceScorer.has_labor_terms"),
    ("relevance", "RelevanceScorer.score"),
    ("pipeline", "find_places"),
    ("pipeline", "prepare"),
    ("claims", "ClaimBuilder.__init__"),
    ("claims", "ClaimBuilder.build"),
    ("counts", "CountFinder.find"),
    ("destinations", "DestinationFinder.for_sentence"),
    ("status", "StatusFinder.status"),
    ("sectors", "SectorFinder.sector"),
    ("periods", "PeriodFinder.period"),
    ("attribution", "AttributionFinder.attribution"),
    ("origin", "OriginFinder.origin"),
    ("scope", "ScopeFinder.scope"),
    ("basis", "BasisFinder.cumulative"),
    ("basis", "BasisFinder.basis"),
    ("money", "MoneyFinder.find"),
    ("money", "MoneyFinder.names_fraction"),
    ("claims", "deduplicate"),
)


def time_stages(totals: dict[str, float]) -> None:
    """Wrap each stage of :data:`STAGES` the tree has so that its CPU seconds add up in
    ``totals`` (before the extractor is built: it keeps references to some)."""
    for module_name, path in STAGES:
        try:
            module = importlib.import_module(f"laborwatch.extract.{module_name}")
        except ImportError:
            continue
        *owners, name = path.split(".")
        owner: object = module
        for part in owners:
            owner = getattr(owner, part, None)
        fn = getattr(owner, name, None)
        if fn is None:
            continue
        label = f"{module_name}.{path}"

        def timed(*a: object, _fn: Any = fn, _label: str = label, **k: object) -> object:
            start = time.process_time()
            try:
                return _fn(*a, **k)
            finally:
                totals[_label] = totals.get(_label, 0.0) + time.process_time() - start

        setattr(owner, name, timed)


def compare(trees: list[str], rounds: int, options: list[str]) -> None:
    """Run this bench on each tree (a source folder put on PYTHONPATH) in turn for ``rounds``
    rounds, the order reversed every other round; print each run and each tree's median of
    its rounds' medians (a shared host's load moves single runs by far more than the trees
    differ)."""
    medians: dict[str, list[float]] = defaultdict(list)
    for r in range(rounds):
        for tree in trees if r % 2 == 0 else trees[::-1]:
            run = subprocess.run(
                [sys.executable, __file__, "--label", tree, *options],
                env={**os.environ, "PYTHONPATH": tree},
                capture_output=True,
                text=True,
                check=True,
            )
            row = json.loads(run.stdout.splitlines()[-1])
            print(json.dumps({k: row[k] for k in ("label", "median_ms", "min_ms", "load")}))
            medians[tree].append(row["median_ms"])
    for tree in trees:
        print(
            json.dumps(
                {"tree": tree, "median_ms": statistics.median(medians[tree]), "runs": medians[tree]}
            )
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=15)
    ap.add_argument("--same", action="store_true", help="reuse one set of documents")
    ap.add_argument("--gc", choices=("on", "off", "freeze"), default="on")
    ap.add_argument("--profile", type=int, default=0, help="rows of a profiled pass")
    ap.add_argument("--profile-passes", type=int, default=1, help="passes of --profile")
    ap.add_argument("--twice", action="store_true", help="each document read twice in a row")
    ap.add_argument("--stages", action="store_true", help="CPU per stage (median ms)")
    ap.add_argument("--irrelevant", action="store_true", help="the irrelevant articles instead")
    ap.add_argument("--label", default="")
    ap.add_argument("--trees", nargs="+", help="source folders to compare, alternating")
    ap.add_argument("--rounds", type=int, default=6, help="rounds of --trees (default 6)")
    args = ap.parse_args()
    if args.trees:
        options = ["--passes", str(args.passes), "--gc", args.gc] + ["--same"] * args.same
        options += ["--irrelevant"] * args.irrelevant
        compare(args.trees, args.rounds, options)
        return
    load = os.getloadavg()[0]
    totals: dict[str, float] = {}
    if args.stages:
        time_stages(totals)
    extractor = Extractor()
    records = relevant_records(extractor, not args.irrelevant)
    with tempfile.TemporaryDirectory() as tmp:
        same = fresh(records, 0, Path(tmp))
        one_pass(extractor, same)  # warm-up: vocabularies and rules built
        if args.profile:
            passes = [fresh(records, -i, Path(tmp)) for i in range(1, args.profile_passes + 1)]
            profile(extractor, passes, args.profile)
            return
        if args.gc == "off":
            gc.disable()
        elif args.gc == "freeze":
            gc.collect()
            gc.freeze()
        if args.twice:
            pairs = [
                twice(extractor, fresh(records, i, Path(tmp)), fresh(records, -i, Path(tmp)))
                for i in range(1, args.passes + 1)
            ]
            print(
                json.dumps(
                    {
                        "label": args.label,
                        "first_ms": round(1000 * statistics.median(c for c, _ in pairs), 1),
                        "second_ms": round(1000 * statistics.median(w for _, w in pairs), 1),
                        "load": [round(load, 2), round(os.getloadavg()[0], 2)],
                    }
                )
            )
            return
        times, claims = [], 0
        stages: dict[str, list[float]] = defaultdict(list)
        for i in range(1, args.passes + 1):
            docs = same if args.same else fresh(records, i, Path(tmp))
            totals.clear()
            seconds, claims = one_pass(extractor, docs)
            times.append(seconds)
            for label, spent in totals.items():
                stages[label].append(spent)
    print(
        json.dumps(
            {
                "label": args.label,
                "tree": str(Path(sys.modules["laborwatch"].__file__ or "").parents[1]),
                "articles": len(records),
                "claims": claims,
                "median_ms": round(1000 * statistics.median(times), 1) if times else None,
                "min_ms": round(1000 * min(times), 1) if times else None,
                "same": args.same,
                "gc": args.gc,
                "load": [round(load, 2), round(os.getloadavg()[0], 2)],
                "passes_ms": [round(1000 * t) for t in times],
                "stages_median_ms": {
                    label: round(1000 * statistics.median(spent), 2)
                    for label, spent in stages.items()
                },
            }
        )
    )


if __name__ == "__main__":
    main()
