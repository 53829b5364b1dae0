"""WARC drops: a followed folder of crawls; a file read once is not read again."""

from __future__ import annotations

import io
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from laborwatch.store import Store
from laborwatch.watch.config import load_config
from laborwatch.watch.poller import Watcher


def write_warc(path: Path, pages: dict[str, tuple[str, bytes]]) -> None:
    """A gzipped WARC of (url -> (status, body)) responses, plus a request record."""
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for url, (status, body) in pages.items():
            headers = StatusAndHeaders(
                status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=req))


def test_warc_drop_folder_is_read_incrementally(site, tmp_path: Path, article_page) -> None:
    page = article_page
    drop = tmp_path / "crawls"
    drop.mkdir()
    ru_url = f"{site.base}/a/ru-sites.html"
    write_warc(
        drop / "one.warc.gz",
        {
            ru_url: ("200 OK", page("ru-sites")),
            "https://example.org/missing": ("404 Not Found", b"<html>gone</html>"),
        },
    )
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        f"sources:\n  - {{url: crawls, every: 1s}}\n  - {{url: {site.feed_url}, every: 1h}}\n",
        encoding="utf-8",
    )
    with Store.open(f"sqlite:///{tmp_path / 'warc.db'}") as store:
        watcher = Watcher(store, load_config(sources), allow_private=True)
        first = watcher.run_once()
        assert first is not None
        by_url = {p.url: p for p in first.polls}
        assert by_url["crawls"].counts["documents_new"] == 1
        assert by_url["crawls"].counts["documents_failed"] == 0
        # the feed's copy of the crawled page is the same document, stored once
        assert by_url[site.feed_url].counts == {
            "documents_new": 1,
            "documents_updated": 0,
            "documents_unchanged": 1,
            "documents_failed": 0,
            "claims_added": 1,
        }
        urls = sorted(d.url or "" for d in store.documents())
        assert urls == sorted([ru_url, f"{site.base}/a/cn-seafood.html"])

        write_warc(drop / "two.warc", {"https://example.org/more": ("200 OK", page("ru-more"))})
        time.sleep(1.1)
        second = watcher.run_once()
        assert second is not None and [p.url for p in second.polls] == ["crawls"]
        c = second.polls[0].counts
        assert (c["documents_new"], c["documents_unchanged"]) == (1, 1)  # one.warc.gz skipped
        assert [x["url"] for x in second.digest["documents"]] == ["https://example.org/more"]
