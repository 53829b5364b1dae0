"""Korean extractor throughput, one core: articles/s over the shared Korean excerpts
(../shared/corpus/ko-dev.jsonl) repeated to a corpus of --copies times their number,
plus the cost of the language check on English articles (detection alone, per article).

Prints medians of --runs runs (wall clock, and ``cpu_articles_per_s`` from the process's
own CPU time, steadier on a loaded machine) and the machine load (``uptime``).

    .venv/bin/python bench/extract_korean.py [--copies 20] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from laborwatch.extract.language import detect_language
from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.jsonl import read_jsonl
from laborwatch.model import Document

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def documents(name: str, copies: int, *, drop_language: bool = False) -> list[Document]:
    """``copies`` fresh copies of every document of a shared corpus."""
    base = [d for d in read_jsonl(SHARED / name) if isinstance(d, Document)]
    out = []
    for n in range(copies):
        for d in base:
            out.append(
                Document(
                    id=f"{d.id}-{n}",
                    text=d.text,
                    published=d.published,
                    publisher=d.publisher,
                    language=None if drop_language else d.language,
                )
            )
    return out


def timed(fn, runs: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Median wall and CPU seconds of ``runs`` calls of ``fn``."""
    times, cpu_times = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu_times.append(time.process_time() - cpu)
    return statistics.median(times), statistics.median(cpu_times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    extractor = Extractor()
    korean = documents("ko-dev.jsonl", args.copies, drop_language=True)
    english = documents("dev.jsonl", args.copies, drop_language=True)
    for doc in korean[:50]:
        extractor.extract(doc)  # warm the caches (vocabularies, regexes)
    rows = []
    for label, docs in (("ko-dev (detected)", korean), ("en dev (detected)", english)):
        seconds, cpu = timed(lambda docs=docs: [extractor.extract(d) for d in docs], args.runs)
        relevant = sum(extractor.extract(d).relevant for d in docs[: len(docs) // args.copies])
        rows.append(
            {
                "corpus": label,
                "articles": len(docs),
                "relevant_per_copy": relevant,
                "median_s": round(seconds, 3),
                "articles_per_s": round(len(docs) / seconds, 1),
                "cpu_articles_per_s": round(len(docs) / cpu, 1),
            }
        )
    detect, _ = timed(lambda: [detect_language(d.text) for d in english], args.runs)
    rows.append(
        {
            "stage": "language check on English articles",
            "articles": len(english),
            "microseconds_per_article": round(detect / len(english) * 1e6, 1),
        }
    )
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    print(json.dumps({"uptime": os.popen("uptime").read().strip()}))


if __name__ == "__main__":
    main()
