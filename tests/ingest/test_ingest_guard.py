"""The SSRF guard: non-public addresses and non-http schemes are refused before any traffic."""

from __future__ import annotations

import ipaddress

import pytest

from laborwatch.errors import FetchError
from laborwatch.ingest.fetch import Fetcher
from laborwatch.ingest.guard import check_url, refusal_reason
from laborwatch.ingest.sources import iter_documents


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.9", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "private"),
        ("100.64.0.1", "non-global"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.0.0.1", "private"),
        ("8.8.8.8", None),
        ("2001:4860:4860::8888", None),
    ],
)
def test_ingest_guard_refusal_reason(address, reason):
    assert refusal_reason(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8080/x",
        "http://10.0.0.5/admin",
        "https://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://0.0.0.0/",
        "http://2130706433/",  # 127.0.0.1 as one decimal number
    ],
)
def test_ingest_guard_refuses_private_urls(url):
    with pytest.raises(FetchError, match="refused"):
        check_url(url, allow_private=False)


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/x", "file:///etc/passwd", "gopher://x/"])
def test_ingest_guard_refuses_other_schemes_even_when_private_is_allowed(url):
    with pytest.raises(FetchError, match="is not http"):
        check_url(url, allow_private=True)


def test_ingest_guard_pins_public_literal_without_traffic():
    assert check_url("https://8.8.8.8/", allow_private=False) == ipaddress.ip_address("8.8.8.8")


def test_ingest_guard_allow_private_and_allow_hosts_lift_the_check():
    assert check_url("http://127.0.0.1:9/", allow_private=True) is None
    assert (
        check_url("http://127.0.0.1:9/", allow_private=False, allow_hosts=frozenset({"127.0.0.1"}))
        is None
    )


def test_ingest_guard_no_request_reaches_the_server(site, fast):
    """With allow_private off, the live local server sees no request at all."""
    path = "/a/seed-000.html?guard"
    before = len(site.seen("/a/seed-000.html"))
    with Fetcher(fast) as fetcher, pytest.raises(FetchError, match="loopback"):
        fetcher.fetch(site.url(path))
    items = list(iter_documents([site.url(path), site.url("/feed.rss")], options=fast))
    assert [type(i).__name__ for i in items] == ["FetchError", "FetchError"]
    assert len(site.seen("/a/seed-000.html")) == before
    assert all("--allow-private" in str(i) for i in items)
