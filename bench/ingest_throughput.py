"""Benchmark: ingest >= 100,000 documents into SQLite and PostgreSQL.

Documents are recombined real sentences with syndicated copies among them
(``ingest_corpus.py``); each gets hand-built claims (one per figure) so the claim tables
fill as they would. The real ``Ingest`` loop runs: batches, transactions, clustering,
revision checks, full-text indexing. Prints documents/s per 10k segment (median), peak
RSS at 10k / 50k / 100k, clustering precision/recall against the true stories, and the
streaming rate of ``Store.claim_rows``.

    .venv/bin/python bench/ingest_throughput.py [--docs 100000] [--db sqlite|postgres|both]
        [--extractor synthetic|real]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg

sys.path.insert(0, str(Path(__file__).parent))
from ingest_corpus import StreamMaker
from laborwatch.dedupe import Clusterer, MemoryIndex, pairwise_scores
from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.jsonl import read_jsonl
from laborwatch.model import Amount, Claim, Document, Evidence, Extraction
from laborwatch.store import Store
from laborwatch.store.runner import Extractor as ExtractorLike
from laborwatch.store.runner import Ingest

SHARED = Path(__file__).resolve().parents[2] / "shared"
PG = "postgresql://postgres@127.0.0.1:5432/test"
CHECKPOINTS = (10_000, 50_000, 100_000)
DESTS = (["RU"], ["CN"], ["RU", "CN"], ["M49:001"], ["QA", "AE"], [])
STATUSES = ("present", "dispatched", "planned", "repatriated", None)


class SyntheticExtractor:
    """Claims by hand: every figure like 12,345 is a workers claim (deterministic)."""

    def extract(self, doc: Document) -> Extraction:
        import re

        claims = []
        for m in re.finditer(r"\b\d{1,3}(?:,\d{3})+\b", doc.text):
            n = int(m.group().replace(",", ""))
            claims.append(
                Claim(
                    "workers",
                    Amount(n, n, m.group(), "exact"),
                    Evidence(m.group(), m.start(), m.end()),
                    destinations=DESTS[n % len(DESTS)],
                    status=STATUSES[n % len(STATUSES)],
                )
            )
        return Extraction(doc, relevant=bool(claims), relevance=0.5, claims=claims)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(url: str, n: int, extractor: ExtractorLike) -> dict[str, float]:
    maker = StreamMaker(SHARED)
    truth: dict[str, str] = {}
    marks: list[float] = []
    t0, c0 = time.perf_counter(), time.process_time()

    def docs() -> Iterator[Document]:
        for i, g in enumerate(maker.stream(n), 1):
            truth[g.document.id] = g.story
            yield g.document
            if i % 10_000 == 0 or i == n:
                marks.append(time.perf_counter())
                if i in CHECKPOINTS:
                    print(
                        f"  {i:>7,} docs  {i / (marks[-1] - t0):6.0f} docs/s overall  "
                        f"peak RSS {rss_mb():6.0f} MB",
                        flush=True,
                    )

    with Store.open(url) as store:
        job = Ingest(store, extractor=extractor)
        job.run(docs())
        elapsed = time.perf_counter() - t0
        cpu = time.process_time() - c0
        segs = [10_000 / (b - a) for a, b in zip([t0, *marks], marks, strict=False)][: n // 10_000]
        predicted = {d.id: d.cluster for d in store.documents()}
        scores = pairwise_scores(predicted, truth)  # type: ignore[arg-type]
        t1 = time.perf_counter()
        rows = sum(1 for _ in store.claim_rows())
        stream_s = time.perf_counter() - t1
        counts = store.counts()
    print(
        f"  total {n:,} docs in {elapsed:.0f} s: {n / elapsed:.0f} docs/s wall"
        + (f" (median of 10k segments {statistics.median(segs):.0f})" if segs else "")
        + f"; {n / cpu:.0f} docs per CPU-second of this process"
    )
    print(
        f"  store: {counts['documents']:,} documents, {counts['claims']:,} claims, "
        f"{counts['clusters']:,} clusters ({counts['syndicated_clusters']:,} with copies)"
    )
    print(
        f"  clustering vs true stories: precision {scores.precision:.3f} recall {scores.recall:.3f}"
    )
    print(
        f"  claim_rows: {rows:,} rows streamed in {stream_s:.1f} s "
        f"({rows / max(stream_s, 1e-9):,.0f} rows/s)"
    )
    return {"docs_per_s": n / elapsed}


def dev_clustering() -> None:
    docs = [d for d in read_jsonl(SHARED / "corpus" / "dev.jsonl") if isinstance(d, Document)]
    index, clusterer = MemoryIndex(), Clusterer()
    predicted = {d.id: index.add(d, clusterer) for d in docs}
    s = pairwise_scores(predicted, {d.id: d.extra.get("story") for d in docs})
    print(
        f"dev corpus story tags: pairwise precision {s.precision:.3f} recall {s.recall:.3f} "
        f"({s.true_pos} of {s.true_pos + s.false_neg} same-story pairs, "
        f"{s.false_pos} wrong pairs)"
    )


def pg_schema_url() -> tuple[str, str]:
    name = f"lw_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")
    return name, f"{PG}?options={quote(f'-csearch_path={name}')}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    ap.add_argument("--extractor", choices=("synthetic", "real"), default="synthetic")
    args = ap.parse_args()
    extractor: ExtractorLike = (
        SyntheticExtractor() if args.extractor == "synthetic" else Extractor()
    )
    dev_clustering()
    if args.db in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            print(f"SQLite ({args.docs:,} documents, {args.extractor} claims)")
            run(f"sqlite:///{tmp}/bench.db", args.docs, extractor)
    if args.db in ("postgres", "both"):
        name, url = pg_schema_url()
        try:
            print(f"PostgreSQL ({args.docs:,} documents, {args.extractor} claims)")
            run(url, args.docs, extractor)
        finally:
            with psycopg.connect(PG, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {name} CASCADE")


if __name__ == "__main__":
    main()
