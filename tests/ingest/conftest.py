"""A real local HTTP server for ingest tests, serving pages built around real articles.

The article text is read from ``../shared/corpus`` at test time; only the HTML wrapper,
the feeds, the PDF and the hostile endpoints are made here.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import html
import importlib.util
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import ModuleType

import pytest

from laborwatch.ingest.fetch import FetchOptions

ARTICLES = ("seed-000", "seed-001", "seed-002")
FALLBACK = "seed-003"  # the text a feed carries for an item whose page is gone
DATES = {"seed-000": "2021-10-12", "seed-001": "2022-03-07", "seed-002": "2023-06-21"}
LAST_MODIFIED = "Tue, 12 Oct 2021 08:00:00 GMT"
# Our own Korean sentences (not article text); 똠 is a CP949 extension outside KS X 1001.
KOREAN = (
    "북한 노동자 수천 명이 러시아 극동 지역의 건설 현장에 파견된 것으로 알려졌다. "
    "소식통에 따르면 이들은 월급의 대부분을 당국에 상납하고 있다. 똠방 마을 이야기도 전해졌다."
)


def load_pdfgen() -> ModuleType:
    """The test PDF writer (``pdfgen.py`` beside this file), loaded by path."""
    spec = importlib.util.spec_from_file_location(
        "ingest_pdfgen", Path(__file__).with_name("pdfgen.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def first_sentence(text: str) -> str:
    return text.split(". ")[0].strip()


def article_html(rec: dict, *, charset: str = "utf-8") -> str:
    title = first_sentence(rec["text"])[:90]
    paras = "".join(
        f"<p>{html.escape(p.strip())}</p>\n" for p in rec["text"].split("\n") if p.strip()
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="{charset}">'
        f"<title>{html.escape(title)} | Test Wire</title>"
        f'<meta property="og:title" content="{html.escape(title)}">'
        f'<meta property="og:site_name" content="Test Wire">'
        f'<meta property="article:published_time" content="{DATES.get(rec["id"], "2024-01-02")}">'
        "</head><body><nav><a href='/'>Home</a> | <a href='/world'>World</a> | "
        "<a href='/subscribe'>Subscribe now</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>\n{paras}</article>"
        "<footer>Copyright Test Wire. All rights reserved. Cookie settings.</footer></body></html>"
    )


def korean_html(charset_meta: bool) -> bytes:
    meta = '<meta charset="euc-kr">' if charset_meta else ""
    body = "".join(f"<p>{KOREAN}</p>" for _ in range(4))
    page = (
        f'<!DOCTYPE html><html lang="ko"><head>{meta}<title>북한 해외 노동자</title></head>'
        f"<body><article><h1>북한 해외 노동자</h1>{body}</article></body></html>"
    )
    return page.encode("cp949")  # what "EUC-KR" sites really send


@dataclass
class Site:
    """What the server serves and what it saw."""

    base: str = ""
    records: dict[str, dict] = field(default_factory=dict)
    pdf: bytes = b""
    bomb: bytes = b""
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def seen(self, path: str) -> list[dict[str, str]]:
        """Headers of every request the server got for ``path``."""
        with self.lock:
            return [h for p, h in self.requests if p == path]

    def hit(self, key: str) -> int:
        with self.lock:
            self.counters[key] = self.counters.get(key, 0) + 1
            return self.counters[key]


def rss_feed(site: Site) -> bytes:
    items = "".join(
        f"<item><title>{html.escape(first_sentence(site.records[a]['text'])[:90])}</title>"
        f"<link>{site.url(f'/a/{a}.html')}?utm_source=rss</link>"
        f"<pubDate>Tue, 12 Oct 2021 23:30:00 +0900</pubDate>"
        f"<description>Teaser.</description></item>"
        for a in ARTICLES[:2]
    )
    gone = html.escape(
        "<p>" + "</p><p>".join(site.records[FALLBACK]["text"].split("\n\n")[:3]) + "</p>"
    )
    items += (
        "<item><title>Gone page</title>"
        f"<link>{site.url('/missing.html')}</link><guid>missing-1</guid>"
        "<pubDate>Wed, 13 Oct 2021 09:00:00 +0900</pubDate>"
        f"<description>{gone}</description></item>"
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Test Wire</title><link>{site.base}/</link>{items}</channel></rss>"
    ).encode()


def atom_feed(site: Site) -> bytes:
    entries = "".join(
        f"<entry><title>{html.escape(first_sentence(site.records[a]['text'])[:90])}</title>"
        f'<link href="/a/{a}.html"/><id>urn:test:{a}</id><updated>2022-03-07T10:00:00Z</updated>'
        "<summary>Teaser.</summary></entry>"
        for a in ARTICLES[1:]
    )
    text = html.escape("<p>" + site.records[FALLBACK]["text"][:800] + "</p>")
    entries += (
        '<entry><title>Withdrawn story</title><link href="/gone.html"/><id>urn:test:gone</id>'
        f'<updated>2022-04-01T10:00:00Z</updated><content type="html">{text}</content></entry>'
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
        f'xml:base="{site.base}/"><title>Test Atom</title><id>urn:test</id>'
        f"<updated>2022-04-01T10:00:00Z</updated>{entries}</feed>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args: object) -> None:
        pass

    def send(
        self,
        status: int,
        body: bytes = b"",
        ctype: str = "text/html; charset=utf-8",
        **headers: str,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        site = self.site
        path = self.path.split("?", 1)[0]
        with site.lock:
            site.requests.append((path, dict(self.headers.items())))
        if path.startswith("/a/") and path.endswith(".html"):
            rec = site.records.get(path[3:-5])
            if rec is None:
                return self.send(404, b"not found")
            etag = '"' + hashlib.sha256(rec["id"].encode()).hexdigest()[:10] + '"'
            if self.headers.get("If-None-Match") == etag:
                return self.send(304, ETag=etag)
            return self.send(
                200, article_html(rec).encode(), ETag=etag, Last_Modified=LAST_MODIFIED
            )
        if path == "/feed.rss":
            return self.send(200, rss_feed(site), "application/rss+xml")
        if path == "/feed.atom":
            return self.send(200, atom_feed(site), "application/atom+xml")
        if path == "/feed-as-xml":
            return self.send(200, rss_feed(site), "text/xml")
        if path == "/report.pdf":
            return self.send(200, site.pdf, "application/pdf")
        if path == "/report-octet":
            return self.send(200, site.pdf, "application/octet-stream")
        if path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            target = f"/redirect/{n - 1}" if n > 0 else "/a/seed-000.html"
            return self.send(302, b"", Location=target)
        if path == "/loop":
            return self.send(302, b"", Location="/loop")
        if path == "/to-private":
            return self.send(302, b"", Location="http://10.255.255.1/secret")
        if path == "/to-localhost":
            return self.send(
                301, b"", Location=site.base.replace("127.0.0.1", "localhost") + "/a/seed-000.html"
            )
        if path == "/to-ftp":
            return self.send(302, b"", Location="ftp://127.0.0.1/x")
        if path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.flush()
            time.sleep(1.5)
            return self._write(b"<html>late</html>")
        if path == "/huge":
            return self._stream(8 * 1024 * 1024, length=True)
        if path == "/huge-stream":
            return self._stream(8 * 1024 * 1024, length=False)
        if path == "/bomb":
            return self.send(200, site.bomb, "text/html", Content_Encoding="gzip")
        if path == "/gzipped":
            body = gzip.compress(article_html(site.records["seed-001"]).encode())
            return self.send(200, body, Content_Encoding="gzip")
        if path.startswith("/flaky/"):
            if site.hit(path) <= 2:
                return self.send(503, b"busy", Retry_After="0")
            return self.send(200, article_html(site.records["seed-002"]).encode())
        if path == "/always-500":
            return self.send(500, b"boom")
        if path == "/euckr":
            return self.send(200, korean_html(False), "text/html; charset=EUC-KR")
        if path == "/euckr-meta":
            return self.send(200, korean_html(True), "text/html")
        if path == "/plain.txt":
            return self.send(
                200, site.records["seed-002"]["text"].encode(), "text/plain; charset=utf-8"
            )
        if path == "/image.png":
            return self.send(200, b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
        if path == "/gone.html":
            return self.send(410, b"gone")
        return self.send(404, b"not found")

    def _write(self, data: bytes) -> None:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(data)

    def _stream(self, size: int, *, length: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        if length:
            self.send_header("Content-Length", str(size))
        self.end_headers()
        chunk = b"x" * 65536
        for _ in range(size // len(chunk)):
            try:
                self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                return


@pytest.fixture(scope="session")
def site(corpus_records: dict[str, dict], serving: Callable) -> Iterator[Site]:
    """A live HTTP server on 127.0.0.1 (ephemeral port) for the whole session."""
    pdfgen = load_pdfgen()
    recs = {k: corpus_records[k] for k in (*ARTICLES, FALLBACK)}
    state = Site(records=recs)
    state.pdf = pdfgen.make_pdf(
        [recs[a]["text"][:2500] for a in ARTICLES],
        title="Report of the Panel of Experts",
        created="D:20240307090000+09'00'",
    )
    state.bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
    with serving(type("SiteHandler", (Handler,), {"site": state})) as base:
        state.base = base
        yield state


@pytest.fixture
def fast() -> FetchOptions:
    """Options for tests: short timeouts, tiny backoff, no politeness delay."""
    return FetchOptions(
        connect_timeout=2, read_timeout=2, retries=2, backoff=0.01, max_backoff=0.05, min_interval=0
    )


@pytest.fixture(scope="session")
def pdfgen() -> ModuleType:
    """The test PDF writer module (``make_pdf``)."""
    return load_pdfgen()
