"""Story clustering on the shared corpus: pairwise precision/recall per file, and its cost.

Each corpus file is clustered alone (its `story` tags are the truth; an untagged document
is a story of its own), then all files in one index. Thresholds were tuned on dev.jsonl
only: dev2.jsonl is held out; ko-dev.jsonl has no tags, so any join there counts as wrong.
``--shingles-only`` switches the story-feature rules off (word shingles alone, as before
them; the never-join rule for conflicting figures and countries stays on). Cost is the
median wall time per document of ``MemoryIndex.add`` over ``--repeat`` runs (note the
machine load printed with it).

    .venv/bin/python bench/dedupe_quality.py [--shingles-only] [--repeat 5]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import time
from pathlib import Path

from laborwatch.dedupe import Clusterer, MemoryIndex, load_settings, pairwise_scores
from laborwatch.ingest.jsonl import read_jsonl
from laborwatch.model import Document

SHARED = Path(__file__).resolve().parents[2] / "shared"
FILES = ("dev.jsonl", "dev2.jsonl", "ko-dev.jsonl")


def load(name: str) -> list[Document]:
    return [d for d in read_jsonl(SHARED / "corpus" / name) if isinstance(d, Document)]


def cluster(docs: list[Document], clusterer: Clusterer) -> tuple[dict[str, str], float]:
    index = MemoryIndex()
    t0 = time.perf_counter()
    predicted = {d.id: index.add(d, clusterer) for d in docs}
    return predicted, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shingles-only", action="store_true")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    settings = load_settings()
    if args.shingles_only:
        off = 10**9
        settings = dataclasses.replace(
            settings, rewrite_min_names=off, figures_min_shared=off, key_figures=0
        )
    print(f"load average {os.getloadavg()[0]:.2f} (1 min)")
    files = {n: load(n) for n in FILES}
    for name, docs in files.items():
        truth = {d.id: d.extra.get("story") for d in docs}
        predicted, _ = cluster(docs, Clusterer(settings))
        s = pairwise_scores(predicted, truth)
        print(
            f"{name:13} {len(docs):4} docs  precision {s.precision:.3f} recall {s.recall:.3f}"
            f"  ({s.true_pos} of {s.true_pos + s.false_neg} tagged pairs joined,"
            f" {s.false_pos} wrong pairs)"
        )
    every = [d for docs in files.values() for d in docs]
    times = []
    for _ in range(args.repeat):
        predicted, elapsed = cluster(every, Clusterer(settings))  # cold feature cache
        times.append(elapsed)
    cross = sum(
        1
        for docs in files.values()
        for d in docs
        if predicted[d.id] not in {x.id for x in docs}  # joined a story from another file
    )
    med = statistics.median(times)
    print(
        f"all files in one index: {len(every)} docs, {cross} joined a story of another file;"
        f" clustering {1e3 * med / len(every):.2f} ms/doc median of {args.repeat}"
        f" ({len(every) / med:.0f} docs/s)"
    )


if __name__ == "__main__":
    main()
