"""Where documents come from: folders, files, URLs, feeds and URL lists, kind sniffed.

:func:`iter_documents` is what ``laborwatch ingest`` consumes. It yields, in source
order, a :class:`~laborwatch.model.Document` per document read, an
:class:`~laborwatch.errors.InputError` (or its subclass ``FetchError``) per source or
item that failed, and a :class:`~laborwatch.ingest.fetch.NotModified` per URL that
answered 304 to a conditional request. It never raises for a bad source.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from laborwatch.errors import InputError
from laborwatch.ingest.decode import log
from laborwatch.ingest.feeds import FeedItem, looks_like_feed, parse_feed
from laborwatch.ingest.fetch import FetchCache, Fetcher, FetchOptions, FetchResult, NotModified
from laborwatch.ingest.files import JSONL_SUFFIXES, MAX_FILE_BYTES, doc_id_for, read_file
from laborwatch.ingest.html import html_to_document
from laborwatch.ingest.pdf import PdfOptions, looks_like_pdf, pdf_bytes_document, pdf_file_document
from laborwatch.ingest.urls import (
    canonical_url,
    is_http_url,
    looks_like_url,
    parse_url_list,
    publisher_of,
    url_doc_id,
)
from laborwatch.ingest.walk import walk_folder
from laborwatch.ingest.warc import (
    ArchiveStats,
    archive_files,
    is_archive,
    is_shard_list,
    read_archive,
)
from laborwatch.model import Document

SourceItem = Document | InputError | NotModified
_HEAD = 4096


def iter_documents(
    sources: list[str],
    *,
    allow_private: bool = False,
    cache: FetchCache | None = None,
    options: FetchOptions | None = None,
    pdf_options: PdfOptions | None = None,
) -> Iterator[Document | InputError | NotModified]:
    """Every document of every source, in order; failures are yielded, never raised.

    Args:
        sources: folders, files, http(s) URLs (articles, PDFs, feeds), URL-list files.
        allow_private: let URLs reach private/loopback/link-local addresses.
        cache: validators for conditional requests. ``cache.put`` is called for a URL only
            after its document was handed over and the consumer asked for the next item.
        options: fetch limits and politeness (defaults from ``ingest/settings.yaml``).
        pdf_options: caps on PDF pages and file size.
    """
    reader = _Reader(options, allow_private=allow_private, cache=cache, pdf=pdf_options)
    try:
        for source in sources:
            yield from reader.source(source)
    finally:
        reader.close()


class _Reader:
    """One ingest's worth of reading: owns the (lazily opened) fetcher."""

    def __init__(
        self,
        options: FetchOptions | None,
        *,
        allow_private: bool,
        cache: FetchCache | None,
        pdf: PdfOptions | None,
    ) -> None:
        self.options = options or FetchOptions()
        self.allow_private = allow_private
        self.cache = cache
        self.pdf = pdf or PdfOptions()
        self._fetcher: Fetcher | None = None

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(
                self.options, allow_private=self.allow_private, cache=self.cache
            )
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    def source(self, source: str) -> Iterator[SourceItem]:
        if looks_like_url(source):
            yield from self.url(source)
            return
        path = Path(source)
        if path.is_dir():
            for entry in walk_folder(path):
                if isinstance(entry, InputError):
                    yield entry
                else:
                    yield from self.file(entry)
        elif path.exists():
            yield from self.file(path)
        else:
            yield InputError("no such file or folder", where=source)

    def file(self, path: Path) -> Iterator[SourceItem]:
        """One local file, its kind sniffed: JSONL, PDF, feed, URL list, HTML or text."""
        where = str(path)
        if is_archive(path) or is_shard_list(path):
            yield from archive_documents(path, reader=self)
            return
        if path.name.lower().removesuffix(".gz").endswith(JSONL_SUFFIXES):
            yield from read_file(path)
            return
        try:
            with path.open("rb") as f:
                head = f.read(_HEAD)
        except OSError as exc:
            yield InputError(f"cannot read ({exc.strerror})", where=where)
            return
        if looks_like_pdf(head):
            try:
                yield pdf_file_document(path, doc_id=doc_id_for(path), options=self.pdf)
            except InputError as exc:
                yield exc
            return
        if not (looks_like_feed(head) or _may_be_url_list(head)):
            yield from read_file(path)
            return
        try:
            data = _read_capped(path)
        except InputError as exc:
            yield exc
            return
        if looks_like_feed(head):
            yield from self.feed(data, where=where, base_url=None)
        elif urls := parse_url_list(data.decode("utf-8", errors="replace")):
            for url in urls:
                yield from self.url(url)
        else:
            yield from read_file(path)

    def url(self, url: str) -> Iterator[SourceItem]:
        """An article, PDF or feed at ``url``; the response decides which."""
        try:
            res = self.fetcher.fetch(url)
        except InputError as exc:
            yield exc
            return
        if isinstance(res, NotModified):
            yield NotModified(url, id=url_doc_id(url))
            return
        if _is_feed(res):
            complete = True
            for item in self.feed(res.body, where=url, base_url=res.final_url):
                complete = complete and not _trouble(item)
                yield item
            if not complete:  # no validators kept: the next run reads the feed and retries
                return
        else:
            try:
                doc = self.document(res, url_doc_id(url))
            except InputError as exc:
                yield exc
                return
            yield doc
        self.remember(res)

    def feed(self, data: bytes, *, where: str, base_url: str | None) -> Iterator[SourceItem]:
        try:
            items = parse_feed(data, where=where, base_url=base_url)
        except InputError as exc:
            yield exc
            return
        for item in items:
            yield from self.feed_item(item, feed=where)

    def feed_item(self, item: FeedItem, *, feed: str) -> Iterator[SourceItem]:
        """The item's page; when it cannot be had, the feed's own text for the item."""
        error: InputError | None = None
        if item.link and is_http_url(item.link):
            doc_id = url_doc_id(item.link)
            try:
                res = self.fetcher.fetch(item.link)
                if isinstance(res, NotModified):
                    yield NotModified(item.link, id=doc_id)
                    return
                if _is_feed(res):
                    raise InputError("feed item links to another feed", where=item.link)
                doc = self.document(res, doc_id)
            except InputError as exc:
                error = exc
            else:
                doc.title = doc.title or item.title
                doc.published = doc.published or item.published
                doc.extra["feed"] = feed
                yield doc
                self.remember(res)
                return
        fallback = _item_document(item, feed=feed)
        if fallback is None:
            yield error or InputError("feed item has neither a link nor any text", where=feed)
            return
        if error is not None:
            fallback.extra["page_error"] = str(error)
            log.warning("%s; stored the feed's own text for the item instead", error)
        yield fallback

    def document(self, res: FetchResult, doc_id: str) -> Document:
        """A Document from a fetched page: PDF, HTML or plain text."""
        where = res.url
        if res.content_type == "application/pdf" or looks_like_pdf(res.body[:1024]):
            doc = pdf_bytes_document(res.body, doc_id=doc_id, where=where, options=self.pdf)
        elif "html" in res.content_type or _sniff_html(res.body):
            doc = html_to_document(res.text(), doc_id=doc_id, where=where, url=res.final_url)
            doc.extra["sitename"] = doc.publisher
        elif res.content_type.startswith("text/"):
            text = res.text()
            if not text.strip():
                raise InputError("empty document", where=where)
            doc = Document(id=doc_id, text=text, source=where)
        else:
            raise InputError(
                f"unsupported content type {res.content_type or 'none'!r}", where=where
            )
        doc.url = canonical_url(res.final_url)
        doc.publisher = publisher_of(res.final_url)
        doc.source = where
        doc.extra["http"] = {
            "final_url": res.final_url,
            "etag": res.etag,
            "last_modified": res.last_modified,
        }
        return doc

    def remember(self, res: FetchResult) -> None:
        """Store the validators of a response whose documents were handed over."""
        if self.cache is not None and (res.etag or res.last_modified):
            self.cache.put(res.url, res.etag, res.last_modified)


def archive_documents(
    path: Path, *, reader: _Reader | None = None, stats: ArchiveStats | None = None
) -> Iterator[SourceItem]:
    """A WARC/WET file or shard list: each record the pre-filter keeps, decoded by the
    fetched-page path; ``stats`` (when given) counts what the pre-filter dropped."""
    page_reader = reader or _Reader(None, allow_private=False, cache=None, pdf=None)
    try:
        files = archive_files(path)
    except InputError as exc:
        yield exc
        return
    for archive in files:
        for page in read_archive(archive, stats=stats):
            if isinstance(page, InputError):
                yield page
                continue
            try:
                doc = page_reader.document(page.result, url_doc_id(page.result.url))
            except InputError as exc:
                yield exc
                continue
            doc.extra["warc"] = page.origin
            yield doc


def _item_document(item: FeedItem, *, feed: str) -> Document | None:
    text = item.text.strip()
    if not text:
        return None
    if item.title and not text.startswith(item.title):
        text = f"{item.title}\n\n{text}"
    if item.link and is_http_url(item.link):
        doc_id, url = url_doc_id(item.link), canonical_url(item.link)
    else:
        key = item.guid or f"{item.title}\n{text}"
        digest = hashlib.sha256(f"{feed}\n{key}".encode()).hexdigest()[:12]
        doc_id, url = f"{publisher_of(feed) or 'feed'}-{digest}", None
    return Document(
        id=doc_id,
        text=text,
        title=item.title,
        url=url,
        published=item.published,
        publisher=publisher_of(url) if url else None,
        source=item.link or feed,
        extra={"feed": feed, "from_feed": True},
    )


def _trouble(item: SourceItem) -> bool:
    """True for a failed item, or one stored from the feed because its page failed."""
    return isinstance(item, InputError) or (
        isinstance(item, Document) and "page_error" in item.extra
    )


def _is_feed(res: FetchResult) -> bool:
    return looks_like_feed(res.body, res.content_type)


def _sniff_html(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _may_be_url_list(head: bytes) -> bool:
    """Cheap pre-check: the first non-blank, non-comment line is an http(s) URL."""
    for line in head.decode("latin-1").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            return is_http_url(line)
    return False


def _read_capped(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"file too large ({size} bytes > {MAX_FILE_BYTES})", where=str(path))
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", where=str(path)) from exc
