"""Benchmark: p50/p95 latency of every dashboard page over a store of 1,000,000 claims.

Synthesises claims (the realistic distributions of ``bench/estimate_scale.py``) straight
into a fresh SQLite store, starts the app under uvicorn on 127.0.0.1, builds the cached
picture once (timed), then requests each page many times over keep-alive HTTP and
prints p50 / p95 / max in milliseconds: overview, country, compare, sanctions, the source
register, the claims list with filters and every sort, documents (list, sorted, search),
one claim, document, fact (a typical one and the largest), estimate and flag, and the
first 64 KB of each export. Target: p95 < 200 ms.

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
from typing import Any

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from estimate_scale import synthesise
from laborwatch.model import ClaimRow
from laborwatch.store import Store
from laborwatch.web import create_app

STATIC_PAGES = {
    "overview (/)": "/",
    "overview API": "/api/overview",
    "country page (/country/RU)": "/country/RU",
    "compare (/compare)": "/compare",
    "sanctions (/sanctions)": "/sanctions",
    "source register (/sources)": "/sources",
    "claims list (newest published)": "/claims",
    "claims, RU+present+2018": "/claims?country=RU&status=present&since=2018",
    "claims, sector construction": "/claims?sector=construction",
    "claims API, filtered": "/api/claims?country=RU&status=present&since=2018&limit=50",
    "claims, oldest published": "/claims?sort=published",
    "claims by figure": "/claims?sort=-figure",
    "claims by kind": "/claims?sort=-kind",
    "claims by figure, smallest first": "/claims?sort=figure",
    "claims by status": "/claims?sort=status",
    "claims by sector": "/claims?sort=sector",
    "claims by period": "/claims?sort=-period",
    "claims by number": "/claims?sort=-id",
    "claims RU by figure": "/claims?country=RU&sort=-figure",
    "claims RU by period": "/claims?country=RU&sort=-period",
    "claims construction by figure": "/claims?sector=construction&sort=-figure",
    "claims present by sector": "/claims?status=present&sort=sector",
    "claims RU by status": "/claims?country=RU&sort=status",
    "claims RU by kind, A to Z": "/claims?country=RU&sort=kind",
    "documents list": "/documents",
    "documents, oldest first": "/documents?sort=published",
    "documents of a publisher": "/documents?publisher=dailynk.com",
    "documents search": "/documents?q=workers",
}
FIRST_PAGE = 64 * 1024  # exports: time to the first 64 KB of the download
EXPORTS = {
    "export claims.csv, first 64 KB": "/export/claims.csv?country=RU",
    "export claims.json, first 64 KB": "/export/claims.json",
    "export estimates.geojson": "/export/estimates.geojson",
}


def item_pages(app: Any) -> dict[str, str]:
    """Pages of single items, picked from the built picture: a typical and the largest."""
    snap = app.state.cache.get()
    pic = snap.picture
    facts = sorted(pic.facts, key=lambda f: len(f.claims))
    typical, largest = facts[len(facts) // 2], facts[-1]
    claim = typical.claims[0]
    est = next(e for e in pic.estimates if e.destination == "RU" and e.sector is None)
    pages = {
        "claim (/claims/{id})": f"/claims/{claim.claim_id}",
        "document (/documents/{id})": f"/documents/{claim.document_id}",
        f"fact, typical ({len(typical.claims)} claims)": f"/facts/{typical.id}",
        f"fact, largest ({len(largest.claims):,} claims)": f"/facts/{largest.id}",
        "estimate (/estimates/RU/...)": f"/estimates/RU/{est.measure}/{est.year}",
    }
    if pic.flags:
        flag = max(pic.flags, key=lambda f: len(f.facts))
        pages[f"flag ({len(flag.facts)} facts)"] = (
            f"/flags/{flag.provision}-{flag.country}-{flag.year}"
        )
    return pages


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


def measure(base: str, pages: dict[str, str], requests: int) -> dict[str, list[float]]:
    """Per page: ``requests`` timings in ms after 3 warm-up requests (exports: the first
    64 KB of the stream)."""
    out: dict[str, list[float]] = {}
    with httpx.Client(base_url=base, timeout=300) as client:
        for name, path in pages.items():
            times = []
            for n in range(requests + 3):
                t0 = time.perf_counter()
                with client.stream("GET", path) as r:
                    r.raise_for_status()
                    got = 0
                    for chunk in r.iter_bytes():
                        got += len(chunk)
                        if name in EXPORTS and got >= FIRST_PAGE:
                            break
                if n >= 3:
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
        pages = {**STATIC_PAGES, **item_pages(app), **EXPORTS}
        results = measure(f"http://127.0.0.1:{port}", pages, args.requests)
        server.should_exit = True
        thread.join(10)
        store.close()
    print(f"{'page':<36} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}   (n={args.requests})")
    worst = 0.0
    for name, times in results.items():
        q = statistics.quantiles(times, n=20)
        worst = max(worst, q[18])
        print(f"{name:<36} {statistics.median(times):8.1f} {q[18]:8.1f} {max(times):8.1f}")
    print(f"target p95 < 200 ms: {'met' if worst < 200 else 'NOT met'} (worst p95 {worst:.1f} ms)")


if __name__ == "__main__":
    main()
