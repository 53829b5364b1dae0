"""What a watch run costs: a first poll, a poll where nothing changed, a poll with one new item.

A feed of N real articles (``../shared/corpus``, read at run time) is served on 127.0.0.1
with ETags; the watcher polls it into a fresh SQLite store. Each phase is timed REPEAT
times (fresh store each time) and the medians printed, with the poll's share (fetch,
extract, store) and the run's share (snapshot of the estimates, digest, alerts)::

    .venv/bin/python bench/watch_poll.py [--items 40] [--repeat 3]
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import statistics
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from laborwatch.store import Store
from laborwatch.watch.config import parse_config
from laborwatch.watch.poller import Watcher

SHARED = Path(os.environ.get("LABORWATCH_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def articles(n: int) -> dict[str, str]:
    out = {}
    with (SHARED / "corpus" / "dev.jsonl").open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            out[rec["id"]] = rec["text"]
            if len(out) == n:
                break
    return out


class Site:
    def __init__(self, texts: dict[str, str], shown: int) -> None:
        self.texts, self.shown, self.base = texts, shown, ""

    def feed(self) -> bytes:
        items = "".join(
            f"<item><title>{html.escape(k)}</title><link>{self.base}/a/{k}</link></item>"
            for k in list(self.texts)[: self.shown]
        )
        return f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()

    def page(self, key: str) -> bytes:
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in self.texts[key].split("\n") if p)
        return f"<html><body><article>{paras}</article></body></html>".encode()


def serve(site: Site) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            if self.path == "/feed.xml":
                body, ctype = site.feed(), "application/rss+xml"
            else:
                body, ctype = site.page(self.path.rsplit("/", 1)[1]), "text/html; charset=utf-8"
            etag = '"' + hashlib.sha256(body).hexdigest()[:12] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def timed_run(watcher: Watcher) -> tuple[float, float]:
    """(whole run, snapshot+digest+alerts) seconds of one forced run."""
    conclude = watcher.conclude
    spent = [0.0]

    def timed(*args: object, **kwargs: object) -> object:
        t = time.perf_counter()
        try:
            return conclude(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent[0] = time.perf_counter() - t

    watcher.conclude = timed  # type: ignore[method-assign]
    t0 = time.perf_counter()
    watcher.run_once(force=True)
    return time.perf_counter() - t0, spent[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=40)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = articles(args.items + 1)
    phases: dict[str, list[tuple[float, float]]] = {"first": [], "unchanged": [], "one new": []}
    for _ in range(args.repeat):
        site = Site(texts, args.items)
        server = serve(site)
        config = parse_config(
            {"sources": [{"url": site.base + "/feed.xml"}], "politeness": 1},
            base=Path("."),
            where="bench",
        )
        with tempfile.TemporaryDirectory() as tmp, Store.open(f"sqlite:///{tmp}/w.db") as store:
            from laborwatch.ingest.fetch import FetchOptions

            watcher = Watcher(
                store, config, allow_private=True, options=FetchOptions(min_interval=0.0)
            )
            watcher.period_digests = lambda: []  # type: ignore[method-assign]
            phases["first"].append(timed_run(watcher))
            phases["unchanged"].append(timed_run(watcher))
            site.shown += 1
            phases["one new"].append(timed_run(watcher))
        server.shutdown()
    print(f"load: {os.getloadavg()[0]:.2f} (1-min), feed of {args.items} real articles")
    for name, runs in phases.items():
        total = statistics.median(r[0] for r in runs)
        concl = statistics.median(r[1] for r in runs)
        print(
            f"{name:>10}: run {total:6.2f}s median  (polls {total - concl:5.2f}s, "
            f"snapshot+digest+alerts {concl:5.2f}s)"
        )


if __name__ == "__main__":
    main()
