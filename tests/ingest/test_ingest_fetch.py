"""The fetcher against a real local HTTP server: limits, redirects, retries, validators."""

from __future__ import annotations

import dataclasses
import time

import pytest

from laborwatch import __version__
from laborwatch.errors import FetchError
from laborwatch.ingest.fetch import (
    Fetcher,
    FetchOptions,
    FetchResult,
    HostThrottle,
    MemoryFetchCache,
    NotModified,
)


def fetch(site, fast: FetchOptions, path: str, **kw) -> FetchResult | NotModified:
    with Fetcher(fast, allow_private=True, **kw) as fetcher:
        return fetcher.fetch(site.url(path))


def test_ingest_fetch_article_with_user_agent(site, fast):
    res = fetch(site, fast, "/a/seed-000.html")
    assert isinstance(res, FetchResult)
    assert res.status == 200 and res.content_type == "text/html" and res.charset == "utf-8"
    assert site.records["seed-000"]["text"][:60] in res.text()
    agent = site.seen("/a/seed-000.html")[-1]["User-Agent"]
    assert agent == f"laborwatch/{__version__} (+monitoring tool)"


def test_ingest_fetch_follows_redirects_and_reports_final_url(site, fast):
    res = fetch(site, fast, "/redirect/3")
    assert isinstance(res, FetchResult)
    assert res.url == site.url("/redirect/3")
    assert res.final_url == site.url("/a/seed-000.html")


@pytest.mark.parametrize("path", ["/loop", "/redirect/6"])
def test_ingest_fetch_refuses_past_the_redirect_limit(site, fast, path):
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(site, fast, path)


def test_ingest_fetch_checks_every_redirect_hop(site, fast):
    """Only 127.0.0.1 is allowed (by name): a hop to 10.x or to localhost is refused."""
    opts = dataclasses.replace(fast, allow_hosts=frozenset({"127.0.0.1"}))
    with Fetcher(opts) as fetcher:
        assert isinstance(fetcher.fetch(site.url("/a/seed-001.html")), FetchResult)
        with pytest.raises(FetchError, match=r"10\.255\.255\.1 is a private address"):
            fetcher.fetch(site.url("/to-private"))
        with pytest.raises(FetchError, match="localhost resolves to loopback"):
            fetcher.fetch(site.url("/to-localhost"))
        with pytest.raises(FetchError, match="scheme 'ftp'"):
            fetcher.fetch(site.url("/to-ftp"))


def test_ingest_fetch_read_timeout(site, fast):
    opts = dataclasses.replace(fast, read_timeout=0.3)
    start = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(site, opts, "/slow")
    assert time.monotonic() - start < 1.4  # gave up before the server's 1.5 s pause ended


@pytest.mark.parametrize("path", ["/huge", "/huge-stream"])
def test_ingest_fetch_size_cap(site, fast, path):
    opts = dataclasses.replace(fast, max_bytes=1024 * 1024)
    with pytest.raises(FetchError, match="too large"):
        fetch(site, opts, path)


def test_ingest_fetch_refuses_gzip_bomb(site, fast):
    """64 MiB of zeros in ~64 KiB of gzip: refused long before the cap, by ratio."""
    with pytest.raises(FetchError, match="decompression bomb"):
        fetch(site, fast, "/bomb")


def test_ingest_fetch_gzip_bomb_hits_the_cap_without_ratio_check(site, fast):
    opts = dataclasses.replace(fast, max_ratio=1e9, max_bytes=4 * 1024 * 1024)
    with pytest.raises(FetchError, match="too large"):
        fetch(site, opts, "/bomb")


def test_ingest_fetch_decodes_gzip(site, fast):
    res = fetch(site, fast, "/gzipped")
    assert isinstance(res, FetchResult)
    assert site.records["seed-001"]["text"][:80] in res.text()


def test_ingest_fetch_retries_5xx_then_succeeds(site, fast):
    res = fetch(site, fast, "/flaky/a")
    assert isinstance(res, FetchResult) and res.status == 200
    assert len(site.seen("/flaky/a")) == 3


def test_ingest_fetch_gives_up_after_retries(site, fast):
    before = len(site.seen("/always-500"))
    with pytest.raises(FetchError, match=r"HTTP 500 \(after 3 attempts\)"):
        fetch(site, fast, "/always-500")
    assert len(site.seen("/always-500")) - before == 3


@pytest.mark.parametrize(("path", "status"), [("/nothing-here", "404"), ("/gone.html", "410")])
def test_ingest_fetch_client_errors_are_not_retried(site, fast, path, status):
    before = len(site.seen(path))
    with pytest.raises(FetchError, match=f"HTTP {status}"):
        fetch(site, fast, path)
    assert len(site.seen(path)) - before == 1


def test_ingest_fetch_conditional_request_gets_304(site, fast):
    cache = MemoryFetchCache()
    url = site.url("/a/seed-002.html")
    with Fetcher(fast, allow_private=True, cache=cache) as fetcher:
        first = fetcher.fetch(url)
        assert isinstance(first, FetchResult) and first.etag and first.last_modified
        assert cache.get(url) is None  # the fetcher never writes the cache itself
        cache.put(url, first.etag, first.last_modified)
        second = fetcher.fetch(url)
    assert second == NotModified(url)
    sent = site.seen("/a/seed-002.html")[-1]
    assert sent["If-None-Match"] == first.etag
    assert sent["If-Modified-Since"] == first.last_modified


@pytest.mark.parametrize("path", ["/euckr", "/euckr-meta"])
def test_ingest_fetch_decodes_euc_kr(site, fast, path):
    res = fetch(site, fast, path)
    assert isinstance(res, FetchResult)
    text = res.text()
    assert "북한 노동자 수천 명이" in text and "똠방" in text


def test_ingest_fetch_connection_refused_is_a_fetch_error(fast):
    """A port nobody listens on (127.0.0.1 only): retried, then one clear error."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with Fetcher(fast, allow_private=True) as fetcher, pytest.raises(FetchError) as info:
        fetcher.fetch(f"http://127.0.0.1:{port}/")
    assert "connection failed" in str(info.value) and "after 3 attempts" in str(info.value)


def test_ingest_fetch_rate_limit_per_host(site, fast):
    opts = dataclasses.replace(fast, min_interval=0.25)
    with Fetcher(opts, allow_private=True) as fetcher:
        start = time.monotonic()
        for _ in range(3):
            fetcher.fetch(site.url("/plain.txt"))
        elapsed = time.monotonic() - start
    assert elapsed >= 0.5  # two waits of 0.25 s between three requests


def test_ingest_fetch_throttle_is_per_host():
    slept: list[float] = []
    throttle = HostThrottle(10.0, sleep=slept.append)
    throttle.wait("a.example")
    throttle.wait("b.example")
    assert slept == []
    throttle.wait("a.example")
    assert len(slept) == 1 and 9.0 < slept[0] <= 10.0


def test_ingest_fetch_default_options_are_sane():
    opts = FetchOptions()
    assert opts.max_redirects == 5 and opts.retries == 2 and opts.min_interval == 1.0
    assert opts.connect_timeout > 0 and opts.read_timeout > 0 and opts.max_bytes >= 16 * 2**20
