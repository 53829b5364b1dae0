"""Web archives: WARC and WET files (Common Crawl, CC-NEWS), streamed record by record.

Each HTML response (WARC) or text conversion (WET) becomes a
:class:`~laborwatch.ingest.fetch.FetchResult`, so it is decoded by the same page path as a
fetched page (:mod:`laborwatch.ingest.sources`). A cheap pre-filter on the record's raw
bytes (language hints, DPRK terms; ``warc.yaml``) drops the great majority of news
articles before any HTML parsing. Shard lists (one archive path per line, as Common
Crawl's ``warc.paths.gz``) expand to their archives, relative paths resolved against the
list's folder.
"""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from laborwatch.errors import InputError
from laborwatch.ingest.fetch import FetchResult
from laborwatch.settings import load

_HTML_LANG = re.compile(rb"""<html\b[^>]{0,400}?\blang\s*=\s*["']?([a-zA-Z]{2,3})\b""", re.I)
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True, slots=True)
class PrefilterSettings:
    """What a record must show to be parsed at all."""

    terms: tuple[str, ...]
    languages: frozenset[str]


@dataclass(frozen=True, slots=True)
class WarcSettings:
    """Everything ``ingest/warc.yaml`` holds."""

    prefilter: PrefilterSettings
    max_record_bytes: int
    shard_list_suffixes: tuple[str, ...]
    archive_suffixes: tuple[str, ...]


@functools.cache
def warc_settings() -> WarcSettings:
    """The shipped settings with the user's ``warc`` section laid over them."""
    return load(WarcSettings, resources.files(__package__) / "warc.yaml", section="warc")


@dataclass(slots=True)
class ArchiveStats:
    """What a read saw: records of every kind, pages kept and dropped by the pre-filter."""

    records: int = 0
    pages: int = 0
    kept: int = 0
    dropped_language: int = 0
    dropped_terms: int = 0
    failed: int = 0

    def add(self, other: ArchiveStats) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(slots=True)
class ArchivedPage:
    """One kept record: the page as a fetch result, and where in which archive it lies."""

    result: FetchResult
    origin: dict[str, Any] = field(default_factory=dict)


class Prefilter:
    """Language hints and DPRK terms on raw bytes: a regex scan, no parsing."""

    def __init__(self, settings: PrefilterSettings | None = None) -> None:
        s = settings or warc_settings().prefilter
        alternatives = b"|".join(re.escape(t.lower().encode("utf-8")) for t in s.terms)
        self.terms = re.compile(alternatives, re.IGNORECASE)
        self.languages = s.languages

    def language_ok(self, hints: list[str]) -> bool:
        """False only when there are hints and none names a wanted language."""
        codes = {h.strip().lower().split("-")[0] for hint in hints for h in hint.split(",")}
        codes.discard("")
        return not codes or bool(codes & self.languages)

    def mentions(self, body: bytes) -> bool:
        return self.terms.search(body) is not None


def is_archive(path: Path) -> bool:
    """A WARC/WET file, by name."""
    return path.name.lower().endswith(warc_settings().archive_suffixes)


def is_shard_list(path: Path) -> bool:
    """A list of archive paths (``warc.paths.gz``), by name."""
    return path.name.lower().endswith(warc_settings().shard_list_suffixes)


def shard_paths(path: Path) -> list[Path]:
    """The archives a shard list names; relative paths resolve against its folder.

    Raises:
        InputError: the list cannot be read, or names a URL (only local copies are read).
    """
    try:
        raw = path.read_bytes()
        text = (gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw).decode("utf-8")
    except (OSError, UnicodeDecodeError, gzip.BadGzipFile, EOFError) as exc:
        raise InputError(f"cannot read shard list ({exc})", where=str(path)) from exc
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if "://" in line:
            raise InputError(
                "shard lists name local files; download the shards first", where=str(path)
            )
        p = Path(line)
        out.append(p if p.is_absolute() else path.parent / p)
    return out


def archive_files(path: Path) -> list[Path]:
    """``path`` itself when an archive, the archives it lists when a shard list."""
    return shard_paths(path) if is_shard_list(path) else [path]


def read_archive(
    path: Path, *, prefilter: Prefilter | None = None, stats: ArchiveStats | None = None
) -> Iterator[ArchivedPage | InputError]:
    """The pages of one WARC/WET file that pass the pre-filter, in file order.

    Records other than HTML/text responses and WET conversions are skipped silently; a
    damaged archive ends with an :class:`InputError` after the records read before it.
    """
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]

    pre = prefilter or Prefilter()
    st = stats if stats is not None else ArchiveStats()
    cap = warc_settings().max_record_bytes
    where = str(path)
    try:
        f = path.open("rb")
    except OSError as exc:
        st.failed += 1
        yield InputError(f"cannot read web archive ({exc})", where=where)
        return
    with f:
        records = ArchiveIterator(f, check_digests=True)
        each = iter(records)
        while True:
            try:
                record = next(each)
            except StopIteration:
                return
            except (OSError, ArchiveLoadFailed, EOFError, ValueError) as exc:
                st.failed += 1
                yield InputError(f"cannot read web archive ({exc})", where=where)
                return
            except Exception as exc:  # warcio trips in assorted ways on damaged headers
                st.failed += 1
                yield InputError(f"cannot read web archive ({_what(exc)})", where=where)
                return
            st.records += 1
            try:
                page = _page(record, pre, st, cap, where)
            except Exception as exc:  # a damaged payload (bad gzip, chunking, status line)
                st.failed += 1
                page = InputError(f"damaged record ({_what(exc)})", where=where)
            if isinstance(page, InputError):
                yield page
            elif page is not None:
                page.origin["offset"] = records.get_record_offset()
                yield page


def _what(exc: Exception) -> str:
    """A one-line description of a third-party parser's exception."""
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _page(
    record: Any, pre: Prefilter, st: ArchiveStats, cap: int, where: str
) -> ArchivedPage | InputError | None:
    """The record as a page; None when it is no page or the pre-filter drops it; an
    error when it is too big or damaged (its digest does not match)."""
    rec = record.rec_headers
    url = rec.get_header("WARC-Target-URI")
    hints = [rec.get_header("WARC-Identified-Content-Language") or ""]
    if record.rec_type == "response" and record.http_headers is not None:
        http = record.http_headers
        status = int(http.get_statuscode() or 0)
        media, charset = _content_type(http.get_header("Content-Type") or "")
        hints.append(http.get_header("Content-Language") or "")
    elif record.rec_type == "conversion":
        status = 200
        media, charset = _content_type(rec.get_header("Content-Type") or "text/plain")
        charset = charset or "utf-8"
    else:
        return None
    if not url or not 200 <= status < 300 or media not in _PAGE_TYPES:
        return None
    st.pages += 1
    body = record.content_stream().read(cap + 1)
    if len(body) > cap:
        st.failed += 1
        return InputError(f"record too large (> {cap} bytes): {url}", where=where)
    if record.digest_checker.passed is False or getattr(record.raw_stream, "limit", 0) > 0:
        st.failed += 1
        return InputError(f"damaged record (truncated or digest mismatch): {url}", where=where)
    if m := _HTML_LANG.search(body[:4096]):
        hints.append(m.group(1).decode("ascii"))
    if not pre.language_ok(hints):
        st.dropped_language += 1
        return None
    if not pre.mentions(body):
        st.dropped_terms += 1
        return None
    st.kept += 1
    result = FetchResult(url, url, status, media, charset, body)
    origin = {"file": where, "record_id": rec.get_header("WARC-Record-ID")}
    origin["date"] = rec.get_header("WARC-Date")
    return ArchivedPage(result, origin)


def _content_type(value: str) -> tuple[str, str | None]:
    """(media type, charset or None) of a Content-Type header."""
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'").lower()
    return media.strip().lower(), charset
