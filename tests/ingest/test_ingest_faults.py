"""Faults during a feed ingest, against a real local HTTP server and a real SQLite store:
the network stalling mid-transfer (feed or item page) and a feed of garbage. Each run ends
with a clear error, leaves the store consistent, and a re-run once the fault is gone
completes with every document once and the same claims as a clean run."""

from __future__ import annotations

import hashlib
import html
import logging
import random
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from laborwatch.extract.pipeline import Extractor
from laborwatch.ingest.fetch import FetchOptions
from laborwatch.ingest.sources import iter_documents
from laborwatch.store import Store
from laborwatch.store.runner import Ingest

from .conftest import article_html, first_sentence

PAGES = ("seed-000", "seed-001", "seed-002")
STALL = 4.0  # seconds a stalled response hangs: well past the 1 s read timeout below
CLI = str(Path(sys.executable).with_name("laborwatch"))


@dataclass
class Faulty:
    """The server's state: which fault is on, and the articles it serves."""

    records: dict[str, dict]
    base: str = ""
    fault: str = "none"  # none | stall-feed | stall-page | garbage | truncated
    lock: threading.Lock = field(default_factory=threading.Lock)

    def feed(self) -> bytes:
        items = "".join(
            f"<item><title>{html.escape(first_sentence(self.records[p]['text'])[:80])}</title>"
            f"<link>{self.base}/p/{p}.html</link><guid>{p}</guid>"
            "<pubDate>Tue, 12 Oct 2021 08:00:00 +0000</pubDate>"
            "<description>Teaser only.</description></item>"
            for p in PAGES
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Faulty Wire</title><link>{self.base}/</link>{items}</channel></rss>"
        ).encode()


class Handler(BaseHTTPRequestHandler):
    state: Faulty

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        st = self.state
        path = self.path.split("?", 1)[0]
        if path == "/feed.rss":
            body = st.feed()
            if st.fault == "garbage":
                body = random.Random(7).randbytes(3000)
            elif st.fault == "truncated":
                body = body[: body.index(b"<item>", body.index(b"<item>") + 1) + 40]
                body += random.Random(8).randbytes(500)
            etag = '"' + hashlib.sha256(body).hexdigest()[:12] + '"'
            if self.headers.get("If-None-Match") == etag:
                self._head(304, etag=etag)
                return
            self._send(body, "application/rss+xml", etag=etag, stall=st.fault == "stall-feed")
            return
        if path.startswith("/p/") and path.endswith(".html"):
            rec = st.records.get(path[3:-5])
            if rec is None:
                self._head(404)
                return
            stall = st.fault == "stall-page" and rec["id"] == PAGES[1]
            self._send(article_html(rec).encode(), "text/html; charset=utf-8", stall=stall)
            return
        self._head(404)

    def _head(self, status: int, *, etag: str | None = None, length: int = 0) -> None:
        self.send_response(status)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(length))
        self.end_headers()

    def _send(self, body: bytes, ctype: str, *, etag: str | None = None, stall: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if etag:
            self.send_header("ETag", etag)
        self.end_headers()
        try:
            if stall:  # half the body, then silence past the client's read timeout
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                time.sleep(STALL)
                return
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def faulty(corpus_records: dict, serving: Callable) -> Iterator[Faulty]:
    state = Faulty(records={p: corpus_records[p] for p in PAGES})
    with serving(type("H", (Handler,), {"state": state})) as base:
        state.base = base
        yield state


FAST = FetchOptions(
    connect_timeout=2, read_timeout=1, retries=1, backoff=0.01, max_backoff=0.05, min_interval=0
)


def ingest(store: Store, url: str) -> Ingest:
    """One ingest run, as ``laborwatch ingest`` does it (fast timeouts for the test)."""
    run_id = store.begin_run([url])
    items = iter_documents([url], allow_private=True, cache=store.fetch_cache(), options=FAST)
    job = Ingest(store, extractor=Extractor(), run_id=run_id)
    job.run(items)
    store.finish_run(run_id, job.counts, failed=False)
    return job


def state_of(store: Store) -> tuple[list[str], list[tuple]]:
    """Ids of documents with claims, and every current claim (document, kind, bounds,
    evidence offsets)."""
    rows = sorted(
        (r.document_id, r.kind, r.low, r.high, r.start, r.end) for r in store.claim_rows()
    )
    return sorted({r[0] for r in rows}), rows


@pytest.fixture
def clean(faulty: Faulty, tmp_path: Path) -> tuple[dict, tuple]:
    """Counts and state of one ingest of the healthy feed into a fresh store."""
    with Store.open(f"sqlite:///{tmp_path / 'clean.db'}") as store:
        ingest(store, faulty.base + "/feed.rss")
        return store.counts(), state_of(store)


def test_fault_feed_stalls_mid_transfer(faulty: Faulty, clean: tuple, tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'lw.db'}") as store:
        faulty.fault = "stall-feed"
        job = ingest(store, faulty.base + "/feed.rss")
        assert job.counts.documents_failed == 1
        assert "timed out" in job.counts.failures[0] and "/feed.rss" in job.counts.failures[0]
        assert store.counts()["documents"] == 0 and store.counts()["claims"] == 0
        faulty.fault = "none"
        job = ingest(store, faulty.base + "/feed.rss")
        assert job.counts.documents_failed == 0 and job.counts.documents_new == len(PAGES)
        again = ingest(store, faulty.base + "/feed.rss")
        assert again.counts.documents_new == 0 and again.counts.claims_added == 0
        assert store.counts() == clean[0]
        assert state_of(store) == clean[1]


def test_fault_item_page_stalls_then_rerun_fetches_it(
    faulty: Faulty, clean: tuple, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'lw.db'}") as store:
        faulty.fault = "stall-page"
        with caplog.at_level(logging.WARNING, logger="laborwatch.ingest"):
            job = ingest(store, faulty.base + "/feed.rss")
        stalled = f"/p/{PAGES[1]}.html"
        assert stalled in caplog.text and "timed out" in caplog.text
        assert job.counts.documents_new == len(PAGES)  # the stalled one from the feed's text
        faulty.fault = "none"
        job = ingest(store, faulty.base + "/feed.rss")
        assert job.counts.documents_failed == 0
        assert job.counts.documents_updated == 1  # the stalled page, now read in full
        assert store.counts()["documents"] == len(PAGES)
        assert store.counts() | {"claims_all": 0} == clean[0] | {"claims_all": 0}
        assert state_of(store) == clean[1]


@pytest.mark.parametrize("fault", ["garbage", "truncated"])
def test_fault_garbage_feed_through_the_cli(
    faulty: Faulty, clean: tuple, tmp_path: Path, fault: str
) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    url = faulty.base + "/feed.rss"

    def lw() -> subprocess.CompletedProcess[str]:
        cmd = [CLI, "ingest", url, "--allow-private", "--db", db]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=300)

    faulty.fault = fault
    bad = lw()
    assert "Traceback" not in bad.stderr
    assert "malformed feed" in bad.stderr and url in bad.stderr
    with Store.open(db) as store:
        first = store.counts()
    assert first["documents"] <= 1  # a truncated feed may give up the item before the damage
    if fault == "garbage":
        assert bad.returncode == 1 and first["documents"] == 0
    faulty.fault = "none"
    good = lw()
    assert good.returncode == 0, good.stderr
    again = lw()
    assert again.returncode == 0 and "claims added: 0" in again.stderr
    with Store.open(db) as store:
        assert store.counts() == clean[0]
        assert state_of(store) == clean[1]
