"""Writing WARC and WET files with warcio, for tests (the archives a crawler would write)."""

from __future__ import annotations

import html
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page_html(title: str, text: str, lang: str | None = "en") -> str:
    """A news page: the title and the text's paragraphs inside <article>."""
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    lang_attr = f' lang="{lang}"' if lang else ""
    return (
        f"<!DOCTYPE html><html{lang_attr}><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body><nav>Home | World</nav>"
        f"<article><h1>{html.escape(title)}</h1>{paras}</article>"
        "<footer>Copyright</footer></body></html>"
    )


# Articles of the shared corpus that name North Korea (read from ../shared at test time).
ARTICLES = ("seed-000", "seed-001", "seed-002", "seed-003")


def url_of(doc_id: str) -> str:
    """Where a test article was "crawled"."""
    return f"https://news.example.org/{doc_id}.html"


class ArchiveWriter:
    """Appends records to one .warc.gz / .warc.wet.gz file."""

    def __init__(self, path: Path) -> None:
        self.file = path.open("wb")
        self.writer = WARCWriter(self.file, gzip=path.name.endswith(".gz"))

    def __enter__(self) -> ArchiveWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()

    def response(
        self, url: str, body: str, *, status: str = "200 OK", ctype: str = "text/html"
    ) -> None:
        """An HTTP response record (``ctype`` may carry a charset)."""
        http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        payload = BytesIO(body.encode("utf-8"))
        rec = self.writer.create_warc_record(url, "response", payload=payload, http_headers=http)
        self.writer.write_record(rec)

    def request(self, url: str) -> None:
        http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        rec = self.writer.create_warc_record(url, "request", payload=BytesIO(), http_headers=http)
        self.writer.write_record(rec)

    def conversion(self, url: str, text: str, *, language: str | None = "eng") -> None:
        """A WET text record (Common Crawl's plain-text extraction of a page)."""
        headers = [("WARC-Identified-Content-Language", language)] if language else []
        rec = self.writer.create_warc_record(
            url,
            "conversion",
            payload=BytesIO(text.encode("utf-8")),
            warc_content_type="text/plain",
            warc_headers_dict=dict(headers),
        )
        self.writer.write_record(rec)
