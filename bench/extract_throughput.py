"""Extractor throughput and memory, end to end (JSONL in -> claims JSONL out), one core.

Builds a corpus of at least --mb megabytes from the shared articles (../shared/corpus)
and the bundled sample, then times `read_jsonl -> Extractor.extract -> JsonlWriter` over
it several times and prints medians: articles/s and MB/s for the whole corpus, for its
relevant and its irrelevant articles apart, and the peak resident memory. Each row also
gives ``cpu_articles_per_s`` (the process's own CPU time, not wall time): on a shared,
loaded machine that figure moves far less than the wall-clock one, so compare versions
on it and quote the load (printed first and last).

    python bench/extract_throughput.py [--mb 10] [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.jsonl import read_jsonl
from laborwatch.model import Document
from laborwatch.output import JsonlWriter
from laborwatch.sample import sample_path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def articles() -> list[dict]:
    out = []
    for path in (SHARED / "seeds.jsonl", SHARED / "dev.jsonl", Path(sample_path())):
        with path.open(encoding="utf-8") as f:
            out += [json.loads(line) for line in f if line.strip()]
    return out


def build_corpus(path: Path, records: list[dict], megabytes: float) -> int:
    """Write copies of ``records`` (fresh ids) until the file holds ``megabytes`` MB."""
    n, size = 0, 0
    with path.open("w", encoding="utf-8") as f:
        while size < megabytes * 1_000_000:
            for rec in records:
                line = json.dumps({**rec, "id": f"{rec['id']}-{n}"}) + "\n"
                f.write(line)
                size += len(line.encode())
                n += 1
    return n


def run_once(path: Path, extractor: Extractor) -> tuple[float, float, int]:
    """Wall and CPU seconds of one pass over ``path``, and the articles read."""
    sink = JsonlWriter(io.StringIO())
    count = 0
    start, cpu = time.perf_counter(), time.process_time()
    for doc in read_jsonl(path):
        sink.write(extractor.extract(doc))  # type: ignore[arg-type]
        count += 1
    return time.perf_counter() - start, time.process_time() - cpu, count


def measure(label: str, path: Path, runs: int, extractor: Extractor) -> dict:
    times, cpu_times = [], []
    count = 0
    for _ in range(runs):
        seconds, cpu, count = run_once(path, extractor)
        times.append(seconds)
        cpu_times.append(cpu)
    median = statistics.median(times)
    cpu_median = statistics.median(cpu_times)
    mb = path.stat().st_size / 1_000_000
    row = {
        "corpus": label,
        "articles": count,
        "MB": round(mb, 2),
        "median_s": round(median, 3),
        "articles_per_s": round(count / median, 1),
        "MB_per_s": round(mb / median, 3),
        "cpu_articles_per_s": round(count / cpu_median, 1),
        "runs_s": [round(t, 3) for t in times],
    }
    print(json.dumps(row))
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size (default 10 MB)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs (default 5)")
    args = ap.parse_args()
    print(json.dumps({"load_average": os.getloadavg()}))
    extractor = Extractor()
    records = articles()
    relevant = [
        r for r in records if extractor.extract(Document(id=r["id"], text=r["text"])).relevant
    ]
    irrelevant = [r for r in records if r not in relevant]
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for label, recs, mb in (
            ("all", records, args.mb),
            ("relevant", relevant, args.mb / 2),
            ("irrelevant", irrelevant, args.mb / 2),
        ):
            paths[label] = Path(tmp) / f"{label}.jsonl"
            build_corpus(paths[label], recs, mb)
        rows = {label: measure(label, p, args.runs, extractor) for label, p in paths.items()}
    ratio = (
        rows["relevant"]["median_s"]
        / rows["relevant"]["articles"]
        / (rows["irrelevant"]["median_s"] / rows["irrelevant"]["articles"])
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "relevant_vs_irrelevant_cost_per_article": round(ratio, 1),
                "peak_rss_MB": round(peak_mb, 1),
                "load_average": os.getloadavg(),
                "python": sys.version.split()[0],
            }
        )
    )


if __name__ == "__main__":
    main()
