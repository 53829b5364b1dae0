"""Safe HTTP fetching: timeouts, caps, checked redirects, retries, validators, politeness.

One :class:`Fetcher` wraps one ``httpx.Client``. Every hop of a redirect chain goes
through the SSRF guard (:mod:`laborwatch.ingest.guard`) and connects to the address that
was checked. Bodies are read raw and decompressed here, chunk by chunk, so a size cap and
a compression-ratio cap stop a decompression bomb before it is in memory. Every failure
is a :class:`~laborwatch.errors.FetchError` with a reason; httpx's exceptions never leave.
"""

from __future__ import annotations

import logging
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from laborwatch import __version__
from laborwatch.errors import FetchError
from laborwatch.ingest.decode import decode_bytes, sniff_meta_charset
from laborwatch.ingest.guard import IPAddress, check_url
from laborwatch.ingest.settings import ingest_settings

log = logging.getLogger("laborwatch.ingest")

_D = ingest_settings().fetch
_CHUNK = 64 * 1024
REDIRECTS = (301, 302, 303, 307, 308)
RETRY_STATUSES = (429, 500, 502, 503, 504)


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How politely and how defensively to fetch (defaults: ``ingest/settings.yaml``)."""

    connect_timeout: float = _D.connect_timeout
    read_timeout: float = _D.read_timeout
    max_bytes: int = _D.max_bytes
    max_ratio: float = _D.max_ratio
    ratio_floor: int = _D.ratio_floor
    max_redirects: int = _D.max_redirects
    retries: int = _D.retries
    backoff: float = _D.backoff
    max_backoff: float = _D.max_backoff
    min_interval: float = _D.min_interval
    user_agent: str = _D.user_agent.format(version=__version__)
    allow_hosts: frozenset[str] = field(default_factory=frozenset)  # exempt from the guard


class FetchCache(Protocol):
    """Where validators of earlier fetches live (the store implements it)."""

    def get(self, url: str) -> tuple[str | None, str | None] | None:
        """(etag, last_modified) of the last good fetch of ``url``, or None."""
        ...

    def put(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Remember the validators of a good fetch of ``url``."""
        ...


class MemoryFetchCache:
    """A FetchCache in a dict: for one process (tests, a long-running watcher)."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[str | None, str | None]] = {}

    def get(self, url: str) -> tuple[str | None, str | None] | None:
        return self.entries.get(url)

    def put(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self.entries[url] = (etag, last_modified)


@dataclass(frozen=True, slots=True)
class NotModified:
    """A source that answered 304 Not Modified: nothing new, count it as unchanged."""

    url: str
    id: str | None = None  # the document id it would have had (None for a feed)


@dataclass(slots=True)
class FetchResult:
    """A successful (2xx) response, body decoded from its content-encoding."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str  # media type, lower-case, without parameters
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    def text(self) -> str:
        """The body as text: declared charset, else a ``<meta>`` charset, else detected."""
        declared = self.charset
        if declared is None and "html" in self.content_type:
            declared = sniff_meta_charset(self.body)
        return decode_bytes(self.body, where=self.final_url, declared=declared)


class HostThrottle:
    """At most one request per ``interval`` seconds to each host."""

    def __init__(self, interval: float, *, sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = interval
        self._sleep = sleep
        self._last: dict[str, float] = {}

    def wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            delay = last + self.interval - time.monotonic()
            if delay > 0:
                self._sleep(delay)
        self._last[host] = time.monotonic()


class BodyDecoder:
    """Undo one content-encoding (identity, gzip, deflate) in bounded steps."""

    def __init__(self, encoding: str, *, where: str) -> None:
        self.where = where
        enc = encoding.strip().lower()
        if "," in enc:
            raise FetchError(f"refused: stacked content-encodings {enc!r}", where=where)
        if enc not in ("", "identity", "gzip", "x-gzip", "deflate"):
            raise FetchError(f"unsupported content-encoding {enc!r}", where=where)
        self.encoding = enc
        self._z: zlib._Decompress | None = None
        if enc in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decoded bytes of ``data``, at most 64 KiB at a time."""
        if not self.encoding or self.encoding == "identity":
            yield data
            return
        if self._z is None:  # deflate: zlib-wrapped (RFC) or raw (what some servers send)
            wrapped = len(data) > 1 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._z = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        try:
            while True:
                out = self._z.decompress(data, _CHUNK)
                if out:
                    yield out
                data = self._z.unconsumed_tail
                if self._z.eof and self._z.unused_data and self.encoding != "deflate":
                    data = self._z.unused_data  # the next member of a multi-member gzip
                    self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
                if not data and len(out) < _CHUNK:
                    return
        except zlib.error as exc:
            raise FetchError(f"corrupt {self.encoding} body ({exc})", where=self.where) from exc


_Outcome = FetchResult | NotModified | str  # str: the Location of a redirect


class Fetcher:
    """Fetch URLs one at a time, safely. Use as a context manager (it owns a connection pool).

    Args:
        options: limits and politeness; :class:`FetchOptions` defaults when None.
        allow_private: lift the SSRF guard (tests against 127.0.0.1, intranets).
        cache: validators for conditional requests; None fetches unconditionally.
    """

    def __init__(
        self,
        options: FetchOptions | None = None,
        *,
        allow_private: bool = False,
        cache: FetchCache | None = None,
    ) -> None:
        self.options = options or FetchOptions()
        self.allow_private = allow_private
        self.cache = cache
        self.throttle = HostThrottle(self.options.min_interval)
        o = self.options
        self._client = httpx.Client(
            follow_redirects=False,
            trust_env=False,
            timeout=httpx.Timeout(o.read_timeout, connect=o.connect_timeout),
            headers={
                "User-Agent": o.user_agent,
                "Accept-Encoding": "gzip, deflate",
                "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,"
                "application/pdf,text/plain;q=0.8,*/*;q=0.5",
            },
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> FetchResult | NotModified:
        """GET ``url`` following at most ``max_redirects`` checked redirects.

        Sends If-None-Match / If-Modified-Since when the cache knows ``url``; a 304 gives
        :class:`NotModified`. Raises :class:`FetchError` on anything else that is not 2xx.
        The cache is not written here: the caller puts the validators once it has used
        the body (so a crash in between re-fetches rather than loses the page).
        """
        headers = self._validators(url)
        current = url
        for _hop in range(self.options.max_redirects + 1):
            outcome = self._with_retries(current, headers)
            if isinstance(outcome, NotModified):
                return NotModified(url)
            if isinstance(outcome, FetchResult):
                outcome.url = url  # final_url stays the last hop
                return outcome
            current = urljoin(current, outcome)
        raise FetchError(f"too many redirects (more than {self.options.max_redirects})", where=url)

    def _validators(self, url: str) -> dict[str, str]:
        known = self.cache.get(url) if self.cache is not None else None
        if not known:
            return {}
        etag, modified = known
        headers = {"If-None-Match": etag} if etag else {}
        if modified:
            headers["If-Modified-Since"] = modified
        return headers

    def _with_retries(self, url: str, headers: dict[str, str]) -> _Outcome:
        o = self.options
        for attempt in range(o.retries + 1):
            try:
                return self._attempt(url, headers)
            except _Retryable as exc:
                if attempt == o.retries:
                    reason = f"{exc.reason} (after {attempt + 1} attempts)"
                    raise FetchError(reason, where=url) from exc
                delay = min(exc.retry_after or o.backoff * 2**attempt, o.max_backoff)
                log.debug("retrying %s in %.2fs: %s", url, delay, exc.reason)
                time.sleep(delay)
        raise AssertionError("unreachable")

    def _attempt(self, url: str, headers: dict[str, str]) -> _Outcome:
        pinned = check_url(
            url, allow_private=self.allow_private, allow_hosts=self.options.allow_hosts
        )
        target, extra, extensions = _pin(url, pinned)
        self.throttle.wait(urlsplit(url).netloc.lower())
        try:
            with self._client.stream(
                "GET", target, headers={**headers, **extra}, extensions=extensions
            ) as resp:
                return self._outcome(url, resp)
        except httpx.TimeoutException as exc:
            if isinstance(exc, httpx.ConnectTimeout):
                raise _Retryable("connect timeout") from exc
            raise FetchError(f"timed out ({type(exc).__name__})", where=url) from exc
        except (httpx.ConnectError, httpx.ReadError, httpx.RemoteProtocolError) as exc:
            raise _Retryable(f"connection failed ({str(exc) or type(exc).__name__})") from exc
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise FetchError(f"request failed ({type(exc).__name__}: {exc})", where=url) from exc

    def _outcome(self, url: str, resp: httpx.Response) -> _Outcome:
        status = resp.status_code
        if status in REDIRECTS:
            location = resp.headers.get("location")
            if not location:
                raise FetchError(f"HTTP {status} redirect without a Location", where=url)
            return location
        if status == 304:
            return NotModified(url)
        if status in RETRY_STATUSES:
            raise _Retryable(f"HTTP {status}", _retry_after(resp.headers.get("retry-after")))
        if not 200 <= status < 300:
            raise FetchError(f"HTTP {status} {resp.reason_phrase}".rstrip(), where=url)
        body = self._read_body(url, resp)
        media, _, params = resp.headers.get("content-type", "").partition(";")
        return FetchResult(
            url=url,
            final_url=url,
            status=status,
            content_type=media.strip().lower(),
            charset=_charset_param(params),
            body=body,
            etag=resp.headers.get("etag"),
            last_modified=resp.headers.get("last-modified"),
        )

    def _read_body(self, url: str, resp: httpx.Response) -> bytes:
        o = self.options
        length = resp.headers.get("content-length", "")
        if length.isdigit() and int(length) > o.max_bytes:
            raise FetchError(f"response too large ({length} bytes > cap {o.max_bytes})", where=url)
        decoder = BodyDecoder(resp.headers.get("content-encoding", ""), where=url)
        body = bytearray()
        for raw in resp.iter_raw(_CHUNK):
            for piece in decoder.feed(raw):
                body += piece
                if len(body) > o.max_bytes:
                    reason = f"response too large (over cap {o.max_bytes} bytes)"
                    raise FetchError(reason, where=url)
                ratio = len(body) / max(resp.num_bytes_downloaded, 1)
                if len(body) > o.ratio_floor and ratio > o.max_ratio:
                    raise FetchError(
                        f"refused: decompression bomb (expands over {o.max_ratio:g}x)", where=url
                    )
        return bytes(body)


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _pin(url: str, ip: IPAddress | None) -> tuple[str, dict[str, str], dict[str, str]]:
    """Rewrite ``url`` to connect to the checked ``ip`` (Host header and TLS SNI keep the name)."""
    if ip is None:
        return url, {}, {}
    parts = urlsplit(url)
    host = f"[{ip}]" if ip.version == 6 else str(ip)
    netloc = f"{host}:{parts.port}" if parts.port else host
    target = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    extensions = {"sni_hostname": parts.hostname or ""} if parts.scheme == "https" else {}
    return target, {"Host": parts.netloc.rsplit("@", 1)[-1]}, extensions


def _charset_param(params: str) -> str | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _retry_after(value: str | None) -> float | None:
    if value and value.strip().isdigit():
        return float(value.strip())
    return None
