"""Benchmark: p50/p95 latency of the dashboard over a store of 1,000,000 claims.

Synthesises claims (the realistic distributions of ``bench/estimate_scale.py``) straight
into a fresh SQLite store, starts the app under uvicorn on 127.0.0.1, builds the cached
picture once (timed), then requests each page many times over keep-alive HTTP and
prints p50 / p95 / max in milliseconds. Target: p95 < 200 ms.

    .venv/bin/python bench/web_latency.py [--claims 1000000] [--requests 40] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estimate_scale import synthesise
from laborwatch.model import ClaimRow
from laborwatch.store import Store
from laborwatch.web import create_app

PAGES = {
    "overview (/)": "/",
    "country page (/country/RU)": "/country/RU",
    "claims API, filtered": "/api/claims?country=RU&status=present&since=2018&limit=50",
    "claims API, sector filter": "/api/claims?sector=construction&limit=50",
    "overview API": "/api/overview",
}


def fill(path: Path, n: int) -> float:
    """Create the store at ``path`` and insert ``n`` synthetic claims; return seconds."""
    t0 = time.perf_counter()
    Store.open(f"sqlite:///{path}").close()  # migrate
    rows = synthesise(n)
    now = datetime.now(UTC).isoformat(sep=" ")
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    pubs = sorted({r.publisher for r in rows if r.publisher})
    db.executemany(
        "INSERT INTO publishers(id, name, created_at) VALUES (?, ?, ?)",
        [(i + 1, p, now) for i, p in enumerate(pubs)],
    )
    pub_id = {p: i + 1 for i, p in enumerate(pubs)}
    docs: dict[str, ClaimRow] = {}
    for r in rows:
        docs.setdefault(r.document_id, r)
    db.executemany(
        "INSERT INTO documents(id, url, title, published, publisher_id, language, source, text,"
        " content_hash, relevant, relevance, cluster, revision, first_seen_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, 'en', ?, ?, ?, 1, 0.9, ?, 1, ?, ?)",
        [
            (
                d,
                f"https://example.org/{d}",
                f"Report {d}",
                r.published,
                pub_id.get(r.publisher),
                d,
                f"North Korean workers abroad: report {d}.",
                f"{hash(d) & 0xFFFFFFFF:064x}",
                r.cluster or d,
                now,
                now,
            )
            for d, r in docs.items()
        ],
    )
    sentence = "North Korea sent workers abroad, officials said."
    db.executemany(
        "INSERT INTO claims(id, document_id, revision, current, kind, low, high, qualifier,"
        " per, destinations, status, sector, period_start, attribution, sentence,"
        " evidence_start, evidence_end, as_of, created_at)"
        " VALUES (?, ?, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
        [
            (
                r.claim_id,
                r.document_id,
                r.kind,
                r.low,
                r.high,
                r.qualifier,
                r.per,
                json.dumps(list(r.destinations)),
                r.status,
                r.sector,
                r.period_start,
                r.attribution,
                sentence,
                len(sentence),
                r.period_start or r.published,
                now,
            )
            for r in rows
        ],
    )
    db.executemany(
        "INSERT INTO claim_destinations(claim_id, destination) VALUES (?, ?)",
        [(r.claim_id, d) for r in rows for d in sorted(set(r.destinations))],
    )
    db.commit()
    db.execute("ANALYZE")
    db.close()
    return time.perf_counter() - t0


def measure(base: str, requests: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    with httpx.Client(base_url=base, timeout=120) as client:
        for name, path in PAGES.items():
            for _ in range(3):
                client.get(path).raise_for_status()
            times = []
            for _ in range(requests):
                t0 = time.perf_counter()
                client.get(path).raise_for_status()
                times.append((time.perf_counter() - t0) * 1000)
            out[name] = times
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--db", type=Path, help="keep the store here (default: a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        if not path.exists():
            print(f"filling {args.claims:,} claims ...", file=sys.stderr)
            print(f"store filled in {fill(path, args.claims):.1f} s")
        store = Store.open(f"sqlite:///{path}")
        app = create_app(store)
        t0 = time.perf_counter()
        snap = app.state.cache.get()
        print(
            f"picture built in {time.perf_counter() - t0:.1f} s: {snap.counts['claims']:,} claims,"
            f" {len(snap.picture.facts):,} facts, {len(snap.picture.estimates):,} estimates"
        )
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        port = server.servers[0].sockets[0].getsockname()[1]
        results = measure(f"http://127.0.0.1:{port}", args.requests)
        server.should_exit = True
        thread.join(10)
        store.close()
    print(f"{'page':<30} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}   (n={args.requests})")
    worst = 0.0
    for name, times in results.items():
        q = statistics.quantiles(times, n=20)
        worst = max(worst, q[18])
        print(f"{name:<30} {statistics.median(times):8.1f} {q[18]:8.1f} {max(times):8.1f}")
    print(f"target p95 < 200 ms: {'met' if worst < 200 else 'NOT met'} (worst p95 {worst:.1f} ms)")


if __name__ == "__main__":
    main()
