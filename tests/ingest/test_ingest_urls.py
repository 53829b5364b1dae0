"""URL helpers: canonical form, stable ids, publishers, URL lists."""

from __future__ import annotations

import pytest

from laborwatch.ingest.urls import canonical_url, parse_url_list, publisher_of, url_doc_id


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "HTTPS://WWW.DailyNK.com:443/a/b?utm_source=rss&id=3#c",
            "https://www.dailynk.com/a/b?id=3",
        ),
        ("http://nknews.org?p=936988", "http://nknews.org/?p=936988"),
        ("http://example.org:8080/x?b=2&a=1", "http://example.org:8080/x?b=2&a=1"),
        ("https://dw.com/en/x/a-1?maca=en-rss-en-eu-2092-rdf", "https://dw.com/en/x/a-1"),
    ],
)
def test_ingest_urls_canonical(url, canonical):
    assert canonical_url(url) == canonical


def test_ingest_urls_doc_id_is_stable_and_ignores_tracking():
    a = url_doc_id("https://www.rfa.org/english/news/korea/workers.html?utm_medium=feed")
    b = url_doc_id("https://WWW.rfa.org/english/news/korea/workers.html#comments")
    assert a == b and a.startswith("rfa.org-") and len(a) == len("rfa.org-") + 12
    assert url_doc_id("https://www.rfa.org/english/news/korea/other.html") != a


def test_ingest_urls_publisher():
    assert publisher_of("https://www.nknews.org/2024/x") == "nknews.org"
    assert publisher_of("https://en.yna.co.kr/view/AEN1") == "en.yna.co.kr"


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        ("https://a.org/1\n\n  http://b.org/2  \n# note\n", ["https://a.org/1", "http://b.org/2"]),
        ("https://a.org/1\nnot a url\n", None),
        ("# only a comment\n", None),
        ("ftp://a.org/1\n", None),
        ("https://a.org/1 https://b.org/2\n", None),
    ],
)
def test_ingest_urls_parse_url_list(text, urls):
    assert parse_url_list(text) == urls
