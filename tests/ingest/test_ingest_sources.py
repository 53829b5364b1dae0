"""iter_documents over URLs, feeds, PDFs and URL lists served by the local server."""

from __future__ import annotations

import re

import httpx

from laborwatch.errors import FetchError, InputError
from laborwatch.ingest.fetch import MemoryFetchCache, NotModified
from laborwatch.ingest.sources import iter_documents
from laborwatch.ingest.urls import url_doc_id
from laborwatch.model import Document


def squash(text: str) -> str:
    return " ".join(text.split())


def run(sources, fast, **kw) -> list:
    return list(iter_documents(sources, allow_private=True, options=fast, **kw))


def paragraph(rec: dict, n: int = 1) -> str:
    return [p for p in rec["text"].split("\n") if p.strip()][n].strip()


def test_ingest_sources_article_url(site, fast):
    url = site.url("/a/seed-000.html?utm_source=x#top")
    [doc] = run([url], fast)
    assert isinstance(doc, Document)
    rec = site.records["seed-000"]
    assert paragraph(rec) in doc.text
    assert "All rights reserved" not in doc.text and "Subscribe now" not in doc.text
    assert doc.id == url_doc_id(site.url("/a/seed-000.html")) and doc.id.startswith("127.0.0.1-")
    assert doc.url == site.url("/a/seed-000.html")
    assert doc.publisher == "127.0.0.1" and doc.published == "2021-10-12"
    assert doc.title and rec["text"].startswith(doc.title[:40])
    assert doc.source == url and doc.extra["http"]["etag"]


def test_ingest_sources_redirected_url_keeps_id_of_requested_url(site, fast):
    [doc] = run([site.url("/redirect/1")], fast)
    assert doc.id == url_doc_id(site.url("/redirect/1"))
    assert doc.url == site.url("/a/seed-000.html")


def test_ingest_sources_rss_feed_with_fallback_item(site, fast):
    items = run([site.url("/feed.rss")], fast)
    assert [type(i).__name__ for i in items] == ["Document"] * 3
    first, second, gone = items
    assert paragraph(site.records["seed-000"]) in first.text
    assert paragraph(site.records["seed-001"]) in second.text
    assert first.id == url_doc_id(site.url("/a/seed-000.html"))  # utm_source dropped
    assert first.extra["feed"] == site.url("/feed.rss")
    # the page 404s: the feed's own text stands in, with the item's title, link and date
    assert gone.extra["from_feed"] and "HTTP 404" in gone.extra["page_error"]
    assert gone.title == "Gone page" and gone.url == site.url("/missing.html")
    assert gone.published == "2021-10-13"
    fallback = site.records["seed-003"]["text"].split("\n\n")[0]
    assert squash(fallback)[:200] in squash(gone.text)
    assert "<p>" not in gone.text


def test_ingest_sources_atom_feed_relative_links(site, fast):
    items = run([site.url("/feed.atom")], fast)
    docs = [i for i in items if isinstance(i, Document)]
    assert len(items) == len(docs) == 3
    assert docs[0].url == site.url("/a/seed-001.html")
    assert docs[1].published == "2023-06-21"  # the page's own date wins over the feed's
    assert docs[2].extra["from_feed"] and "HTTP 410" in docs[2].extra["page_error"]
    assert docs[2].published == "2022-04-01" and docs[2].title == "Withdrawn story"


def test_ingest_sources_feed_sniffed_from_content_not_type(site, fast):
    items = run([site.url("/feed-as-xml")], fast)
    assert len(items) == 3 and all(isinstance(i, Document) for i in items)


def test_ingest_sources_pdf_url(site, fast):
    for path in ("/report.pdf", "/report-octet"):
        [doc] = run([site.url(path)], fast)
        assert [p for _, p in doc.pages] == [1, 2, 3]
        assert doc.title == "Report of the Panel of Experts" and doc.published == "2024-03-07"
        page2 = doc.text[doc.pages[1][0] : doc.pages[2][0]]
        assert squash(site.records["seed-001"]["text"][:300]) in squash(page2)


def test_ingest_sources_euc_kr_and_plain_text(site, fast):
    kr, plain = run([site.url("/euckr"), site.url("/plain.txt")], fast)
    assert "북한 노동자" in kr.text and kr.language == "ko"
    assert plain.text == site.records["seed-002"]["text"] and plain.title is None


def test_ingest_sources_url_list_file(site, fast, tmp_path):
    listing = tmp_path / "urls.txt"
    listing.write_text(
        f"# morning list\n{site.url('/a/seed-000.html')}\n\n"
        f"{site.url('/image.png')}\n{site.url('/a/nope.html')}\n{site.url('/plain.txt')}\n"
    )
    items = run([str(listing)], fast)
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "FetchError", "Document"]
    assert "unsupported content type 'image/png'" in str(items[1])
    assert re.search(r"/a/nope\.html: HTTP 404", str(items[2]))


def test_ingest_sources_feed_file_fetches_items(site, fast, tmp_path):
    feed = tmp_path / "saved-feed.xml"
    feed.write_bytes(httpx.get(site.url("/feed.rss")).content)
    items = run([str(feed)], fast)
    assert [type(i).__name__ for i in items] == ["Document"] * 3
    assert items[0].extra["feed"] == str(feed)


def test_ingest_sources_rerun_is_conditional(site, fast):
    """Second run with the same cache: pages answer 304 and come back as NotModified."""
    cache = MemoryFetchCache()
    url = site.url("/a/seed-001.html")
    first = run([url, site.url("/feed.rss")], fast, cache=cache)
    assert all(isinstance(i, Document) for i in first)
    assert url in cache.entries
    second = run([url, site.url("/feed.rss")], fast, cache=cache)
    assert second[0] == NotModified(url, id=url_doc_id(url))
    assert [type(i).__name__ for i in second[1:]] == ["NotModified", "NotModified", "Document"]
    assert second[-1].extra["from_feed"]  # the 404 item is still read from the feed


def test_ingest_sources_cache_written_only_after_the_document_is_consumed(site, fast):
    cache = MemoryFetchCache()
    url = site.url("/a/seed-002.html")
    items = iter_documents([url], allow_private=True, cache=cache, options=fast)
    doc = next(items)
    assert isinstance(doc, Document) and cache.get(url) is None
    assert list(items) == []
    assert cache.get(url) is not None


def test_ingest_sources_errors_do_not_stop_the_run(site, fast, tmp_path):
    sources = ["ftp://example.org/x", str(tmp_path / "missing"), site.url("/always-500")]
    items = run([*sources, site.url("/a/seed-000.html")], fast)
    assert [type(i) for i in items] == [FetchError, InputError, FetchError, Document]
    assert "no such file or folder" in str(items[1])


def test_ingest_sources_hostile_feed_items_fall_back_without_traffic(tmp_path, corpus_records):
    """Items pointing at private or malformed addresses: refused, the feed's text is kept."""
    text = corpus_records["seed-004"]["text"][:600]
    feed = tmp_path / "hostile.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
        f"<item><title>Meta</title><link>http://169.254.169.254/latest/</link>"
        f"<description>{text}</description></item>"
        "<item><title>Broken</title><link>http://[::1/x</link>"
        "<description>Some text of the item.</description></item>"
        "<item><title>Nothing</title><link>http://10.0.0.7/a</link></item>"
        "</channel></rss>"
    )
    meta, broken, nothing = iter_documents([str(feed)])
    assert meta.text.startswith("Meta\n\n") and text[:200] in meta.text
    assert "link-local" in meta.extra["page_error"] and meta.published is None
    assert broken.title == "Broken" and "malformed URL" in broken.extra["page_error"]
    assert isinstance(nothing, FetchError) and "10.0.0.7 is a private address" in str(nothing)


def test_ingest_sources_malformed_url_source():
    [err] = iter_documents(["http://[::1/"])
    assert isinstance(err, FetchError) and "malformed URL" in str(err)
