"""A real local feed server whose items change between polls, and a webhook receiver.

The articles are short texts written for these tests (not corpus text): each states one
worker figure, so what a poll adds, what moves and what alerts fire is known.
"""

from __future__ import annotations

import hashlib
import html
import json
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from laborwatch.store import Store
from laborwatch.watch.config import load_config
from laborwatch.watch.poller import Watcher

# Our own sentences. A and B are in the feed from the start; C arrives later and moves
# the Russia 2023 estimate; D is the item the kill test interrupts.
ARTICLES = {
    "ru-sites": (
        "Workers at Russian building sites",
        "About 3,000 North Korean workers were employed at construction sites in Russia in "
        "2023, the Ministry of Unification said.",
    ),
    "cn-seafood": (
        "Seafood plants in Dandong",
        "Some 2,000 North Korean workers were employed at seafood processing plants in "
        "China in 2023, a government official said.",
    ),
    "ru-more": (
        "More workers reach Russia",
        "About 9,000 North Korean workers were employed at construction sites in Russia in "
        "2023, the UN Panel of Experts said.",
    ),
    "ru-far-east": (
        "Far East projects",
        "About 1,500 North Korean workers were employed at logging camps in Russia in 2023, "
        "a regional government official said.",
    ),
    "hostile": (
        '<img src=x onerror="alert(1)"> Gulf crews',
        "About 800 North Korean workers were employed at construction sites in Kuwait in "
        "2023, a government official said.",
    ),
}
FILLER = (
    "The report was based on interviews with people familiar with the projects. "
    "Officials did not say how the figures were collected or when they were last updated."
)
DATES = {"ru-sites": 1, "cn-seafood": 2, "ru-more": 3, "ru-far-east": 4, "hostile": 5}


def page(slug: str) -> bytes:
    title, text = ARTICLES[slug]
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        f'<meta property="article:published_time" content="2024-01-0{DATES[slug]}">'
        "</head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p><p>{FILLER}</p>"
        "</article><footer>Test Wire</footer></body></html>"
    ).encode()


@dataclass
class FeedSite:
    """What the server serves (``items`` may change between polls) and what it saw."""

    base: str = ""
    items: list[str] = field(default_factory=lambda: ["ru-sites", "cn-seafood"])
    down: bool = False  # the feed answers 503
    hold: str | None = None  # an article whose request waits for ``release``
    held: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    requests: list[tuple[str, dict[str, str], int]] = field(default_factory=list)
    hooks: list[dict] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def feed_url(self) -> str:
        return self.base + "/feed.xml"

    def feed(self) -> bytes:
        items = "".join(
            f"<item><title>{html.escape(ARTICLES[s][0])}</title>"
            f"<link>{self.base}/a/{s}.html</link><guid>{s}</guid>"
            f"<pubDate>{format_datetime(datetime(2024, 1, DATES[s], tzinfo=UTC))}</pubDate>"
            "<description>Teaser.</description></item>"
            for s in self.items
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Test Wire</title><link>{self.base}/</link>{items}</channel></rss>"
        ).encode()

    def seen(self, path: str) -> list[tuple[dict[str, str], int]]:
        """(request headers, status answered) of every request for ``path``."""
        with self.lock:
            return [(h, s) for p, h, s in self.requests if p == path]


class _Handler(BaseHTTPRequestHandler):
    site: FeedSite

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, path: str, status: int, body: bytes = b"", **headers: str) -> None:
        with self.site.lock:
            self.site.requests.append((path, dict(self.headers.items()), status))
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def _conditional(self, path: str, body: bytes, ctype: str) -> None:
        etag = '"' + hashlib.sha256(body).hexdigest()[:12] + '"'
        if self.headers.get("If-None-Match") == etag:
            return self._send(path, 304, ETag=etag)
        return self._send(path, 200, body, Content_Type=ctype, ETag=etag)

    def do_GET(self) -> None:
        site = self.site
        path = self.path.split("?", 1)[0]
        if path == "/feed.xml":
            if site.down:
                return self._send(path, 503, b"down", Retry_After="0")
            return self._conditional(path, site.feed(), "application/rss+xml")
        if path.startswith("/a/") and path.endswith(".html") and path[3:-5] in ARTICLES:
            slug = path[3:-5]
            if slug == site.hold:
                site.held.set()
                site.release.wait(120)
            return self._conditional(path, page(slug), "text/html; charset=utf-8")
        return self._send(path, 404, b"not found")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"null")
        with self.site.lock:
            self.site.hooks.append(body)
        self._send(self.path, 204)


@pytest.fixture
def site(serving: Callable) -> Iterator[FeedSite]:
    """A feed server on 127.0.0.1 (a random port), torn down after the test."""
    state = FeedSite()
    with serving(type("Handler", (_Handler,), {"site": state})) as base:
        state.base = base
        try:
            yield state
        finally:
            state.release.set()  # a request held mid-poll lets go before shutdown


@pytest.fixture
def sources_file(site: FeedSite, tmp_path: Path) -> Path:
    """A sources file following the site's feed, alerts to a file and the webhook."""
    return write_sources(tmp_path / "sources.yaml", site)


def write_sources(path: Path, site: FeedSite, *, every: str = "1s", extra: str = "") -> Path:
    path.write_text(
        f"sources:\n  - url: {site.feed_url}\n    every: {every}\n    grade: C\n"
        "politeness: 1s\n"
        "alerts:\n"
        "  - {name: ru-construction, when: new_claim, country: RU, sector: construction}\n"
        "  - {name: big-move, when: estimate_moved, percent: 20}\n"
        "  - {name: flags, when: new_flag}\n"
        "deliver:\n"
        f"  - file: {path.parent / 'alerts.jsonl'}\n"
        f"  - webhook: {site.base}/hook\n" + extra,
        encoding="utf-8",
    )
    return path


@pytest.fixture
def article_page() -> Callable[[str], bytes]:
    """The HTML page of one of the test articles, by slug."""
    return page


@pytest.fixture
def watched(site, sources_file: Path, tmp_path: Path) -> Iterator[Store]:
    """A store after two watch runs: the second brought one article that moved Russia."""
    with Store.open(f"sqlite:///{tmp_path / 'web.db'}") as store:
        watcher = Watcher(store, load_config(sources_file), allow_private=True)
        watcher.run_once()
        site.items += ["ru-more", "hostile"]
        watcher.run_once(force=True)
        yield store
