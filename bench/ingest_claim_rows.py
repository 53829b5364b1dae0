"""Benchmark: stream ``Store.claim_rows`` over 1,000,000 stored claims.

Builds a store of ``--claims`` claims (``--per-doc`` claims on each of the needed
documents, written through ``Store.save``), then times full and filtered streams,
median of ``--runs`` runs, for SQLite and/or PostgreSQL.

    .venv/bin/python bench/ingest_claim_rows.py [--claims 1000000] [--db sqlite|postgres|both]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from urllib.parse import quote

import psycopg

from laborwatch.model import Amount, Claim, Document, Evidence, Extraction, Period
from laborwatch.store import Store

PG = "postgresql://postgres@127.0.0.1:5432/test"
DESTS = (["RU"], ["CN"], ["RU", "CN"], ["M49:001"], ["QA", "AE"], [])
STATUSES = ("present", "dispatched", "planned", "repatriated", "unknown")
SECTORS = (None, "construction", "logging", "it", "fishing")


def extraction(d: int, n: int) -> Extraction:
    text = "North Korean workers were counted in several reports. " * 4
    doc = Document(
        id=f"d{d:07d}",
        text=f"{text} Report {d}.",
        publisher=f"pub{d % 50}",
        published=f"{2015 + d % 11}-0{1 + d % 9}",
    )
    claims = [
        Claim("workers", Amount(100 + i, 100 + i, str(100 + i), "exact"),
              Evidence(text[:50], 0, 50), DESTS[(d + i) % 6], STATUSES[i % 5],
              SECTORS[(d + i) % 5], Period(str(2015 + i % 11), None, None), "a source")
        for i in range(n)
    ]  # fmt: skip
    return Extraction(doc, True, 0.9, claims)


def build(store: Store, n_claims: int, per_doc: int) -> float:
    t0 = time.perf_counter()
    docs = (n_claims + per_doc - 1) // per_doc
    for start in range(0, docs, 500):
        with store.transaction():
            for d in range(start, min(start + 500, docs)):
                store.save(extraction(d, min(per_doc, n_claims - d * per_doc)))
    return time.perf_counter() - t0


def timed(fn: Callable[[], int], runs: int) -> tuple[float, int]:
    times, n = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), n


def bench(url: str, n_claims: int, per_doc: int, runs: int) -> None:
    with Store.open(url) as store:
        built = build(store, n_claims, per_doc)
        print(f"  wrote {n_claims:,} claims in {built:.0f} s ({n_claims / built:,.0f} claims/s)")
        for label, filters in (
            ("all", {}),
            ("country=RU", {"country": "RU"}),
            ("status=present since=2020", {"status": "present", "since": "2020"}),
        ):
            secs, n = timed(lambda f=filters: sum(1 for _ in store.claim_rows(**f)), runs)
            print(
                f"  claim_rows({label}): {n:,} rows in {secs:.1f} s "
                f"({n / secs:,.0f} rows/s, median of {runs})"
            )
    print(f"  peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--per-doc", type=int, default=50)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    args = ap.parse_args()
    if args.db in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            print(f"SQLite, {args.claims:,} claims")
            bench(f"sqlite:///{tmp}/claims.db", args.claims, args.per_doc, args.runs)
    if args.db in ("postgres", "both"):
        name = f"lw_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {name}")
        try:
            print(f"PostgreSQL, {args.claims:,} claims")
            bench(
                f"{PG}?options={quote(f'-csearch_path={name}')}",
                args.claims,
                args.per_doc,
                args.runs,
            )
        finally:
            with psycopg.connect(PG, autocommit=True) as conn:
                conn.execute(f"DROP SCHEMA {name} CASCADE")


if __name__ == "__main__":
    main()
