"""WARC drops: archived pages (``.warc``, ``.warc.gz``) in a followed folder or file.

Each ``response`` record with a 2xx HTML, PDF or plain-text payload becomes a Document
whose id is the one a live fetch of the same URL would give, so a page seen both in a
crawl and on the web is stored once. A WARC file already read (same size and mtime) is
answered as not modified, through the fetch cache, like a 304: a drop folder is re-read
only for the files that are new or changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]

from laborwatch.errors import InputError
from laborwatch.ingest.decode import decode_bytes
from laborwatch.ingest.fetch import FetchCache, NotModified
from laborwatch.ingest.html import html_to_document
from laborwatch.ingest.pdf import pdf_bytes_document
from laborwatch.ingest.urls import canonical_url, is_http_url, publisher_of, url_doc_id
from laborwatch.model import Document

SUFFIXES = (".warc", ".warc.gz")
MAX_RECORD_BYTES = 64 * 1024 * 1024


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def warc_files(location: str) -> list[Path]:
    """The WARC files a source names: the file itself, or those under a folder."""
    path = Path(location)
    if path.is_file():
        return [path] if is_warc(path) else []
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and is_warc(p))
    return []


def iter_warc(
    path: Path, cache: FetchCache | None = None
) -> Iterator[Document | InputError | NotModified]:
    """Documents of one WARC file; NotModified when it was read before unchanged."""
    key = path.resolve().as_uri()
    try:
        st = path.stat()
    except OSError as exc:
        yield InputError(f"cannot read ({exc.strerror})", where=str(path))
        return
    stamp = f"{st.st_size}-{st.st_mtime_ns}"
    if cache is not None and cache.get(key) == (stamp, None):
        yield NotModified(key)
        return
    try:
        with path.open("rb") as f:
            for record in ArchiveIterator(f):
                item = _record(record, where=str(path))
                if item is not None:
                    yield item
    except (ArchiveLoadFailed, OSError, ValueError) as exc:
        yield InputError(f"not a readable WARC file ({exc})", where=str(path))
        return
    if cache is not None:  # committed with the documents (see ingest.sources.remember)
        cache.put(key, stamp, None)


def _record(rec: Any, *, where: str) -> Document | InputError | None:
    """A Document from one WARC record (warcio's ArcWarcRecord), or None to skip it."""
    if getattr(rec, "rec_type", None) != "response":
        return None
    url = rec.rec_headers.get_header("WARC-Target-URI") or ""
    http = rec.http_headers
    if http is None or not is_http_url(url):
        return None
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return None
    media, _, params = (http.get_header("Content-Type") or "").partition(";")
    media = media.strip().lower()
    body = rec.content_stream().read(MAX_RECORD_BYTES + 1)
    where = f"{where}#{url}"
    if len(body) > MAX_RECORD_BYTES:
        return InputError(f"record larger than {MAX_RECORD_BYTES} bytes", where=where)
    doc_id = url_doc_id(url)
    charset = params.partition("charset=")[2].strip(" \"'") or None
    try:
        if media == "application/pdf" or body[:5] == b"%PDF-":
            doc = pdf_bytes_document(body, doc_id=doc_id, where=where)
        elif "html" in media:
            text = decode_bytes(body, where=where, declared=charset)
            doc = html_to_document(text, doc_id=doc_id, where=where, url=url)
        elif media.startswith("text/"):
            doc = Document(id=doc_id, text=decode_bytes(body, where=where, declared=charset))
        else:
            return None
    except InputError as exc:
        return exc
    if not doc.text.strip():
        return InputError("empty document", where=where)
    doc.url = canonical_url(url)
    doc.publisher = publisher_of(url)
    doc.source = where
    doc.extra["warc"] = {
        "file": where.split("#", 1)[0],
        "date": rec.rec_headers.get_header("WARC-Date"),
    }
    return doc
