"""Fetch + extract throughput against a local HTTP server, and what a gzip bomb costs.

Serves real articles from ../shared/corpus (wrapped in HTML by the ingest tests' server,
tests/ingest/conftest.py) on 127.0.0.1 and reads them through ``iter_documents`` with
the politeness delay off. Prints medians over runs.

    .venv/bin/python bench/fetch_http.py [--docs 200] [--runs 3]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import resource
import statistics
import sys
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

from laborwatch.errors import FetchError
from laborwatch.ingest.fetch import FetchOptions
from laborwatch.ingest.sources import iter_documents
from laborwatch.model import Document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_server_module():
    path = ROOT / "tests" / "ingest" / "conftest.py"
    spec = importlib.util.spec_from_file_location("ingest_server", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    srv = load_server_module()
    records = {}
    for name in ("seeds.jsonl", "dev.jsonl"):
        for line in (SHARED / "corpus" / name).read_text("utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                records[rec["id"]] = rec
    site = srv.Site(records=records)
    site.bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("H", (srv.Handler,), {"site": site}))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    ids = sorted(records)
    urls = [site.url(f"/a/{ids[i % len(ids)]}.html?n={i}") for i in range(args.docs)]
    opts = FetchOptions(min_interval=0)
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        items = list(iter_documents(urls, allow_private=True, options=opts))
        times.append(time.perf_counter() - start)
    docs = sum(isinstance(i, Document) for i in items)
    median = statistics.median(times)
    print(
        f"fetch+extract: {docs}/{len(urls)} documents, median {median:.2f} s over {args.runs}"
        f" runs -> {len(urls) / median:.0f} docs/s (one thread, no politeness delay)"
    )
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    [bomb] = iter_documents([site.url("/bomb")], allow_private=True, options=opts)
    took = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert isinstance(bomb, FetchError), bomb
    print(
        f"gzip bomb ({len(site.bomb) / 1024:.0f} KiB -> 64 MiB): refused in {took * 1000:.0f} ms,"
        f" peak RSS {before:.0f} -> {after:.0f} MiB ({bomb})"
    )
    server.shutdown()


if __name__ == "__main__":
    main()
