"""Throughput of the place matcher (laborwatch.extract.places.find_places).

Builds a corpus by repeating the shared articles (../shared/corpus) until it reaches
--megabytes, then times find_places per article over the whole corpus, several runs,
and prints the gazetteer load time, the median MB/s and the mentions found.

    .venv/bin/python bench/places_throughput.py [--megabytes 10] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("LABORWATCH_SHARED", REPO.parent / "shared"))


def articles() -> list[str]:
    texts = []
    for name in ("seeds.jsonl", "dev.jsonl"):
        with (SHARED / "corpus" / name).open(encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--megabytes", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from laborwatch.extract.places import find_places, gazetteer

    g = gazetteer()
    load = time.perf_counter() - t0

    base = articles()
    corpus: list[str] = []
    size = 0
    while size < args.megabytes * 1e6:
        for t in base:
            corpus.append(t)
            size += len(t.encode("utf-8"))
    rates, found = [], 0
    for _ in range(args.runs):
        start = time.perf_counter()
        found = sum(len(find_places(t)) for t in corpus)
        rates.append(size / 1e6 / (time.perf_counter() - start))
    print(f"gazetteer: {len(g.names)} names, loaded in {load:.2f} s")
    print(f"corpus: {len(corpus)} articles, {size / 1e6:.1f} MB; {found} mentions per run")
    print(
        f"throughput: median {statistics.median(rates):.2f} MB/s "
        f"(min {min(rates):.2f}, max {max(rates):.2f}, {args.runs} runs)"
    )


if __name__ == "__main__":
    main()
