"""URLs: recognise them, make them canonical, and derive stable ids and publishers."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from laborwatch.ingest.settings import ingest_settings

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_HTTP_LINE = re.compile(r"^https?://[^\s/?#]+\S*$", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def looks_like_url(source: str) -> bool:
    """True for ``scheme://...`` strings (any scheme; the fetcher refuses non-http ones)."""
    return bool(_SCHEME.match(source))


def is_http_url(text: str) -> bool:
    """True for one absolute http(s) URL with a host and no spaces."""
    return bool(_HTTP_LINE.match(text.strip()))


def canonical_url(url: str) -> str:
    """The URL without fragment, default port and tracking parameters; host lower-cased.

    The query keeps its order (some sites' ids live there, e.g. ``?p=936988``). A URL too
    malformed to parse is returned stripped of its fragment.
    """
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return url.strip().split("#", 1)[0]
    scheme = parts.scheme.lower()
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    drop = ingest_settings().tracking_params
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in drop]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def publisher_of(url: str) -> str | None:
    """The host without ``www.``: the publisher a URL speaks for."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def url_doc_id(url: str) -> str:
    """A stable document id: publisher plus 12 hex digits of the canonical URL's SHA-256."""
    canon = canonical_url(url)
    digest = hashlib.sha256(canon.encode("utf-8")).hexdigest()[:12]
    return f"{publisher_of(canon) or 'url'}-{digest}"


def parse_url_list(text: str) -> list[str] | None:
    """The URLs of a URL-list file, or None when it is not one.

    A URL list has at least one line, and every non-blank line that is not a ``#``
    comment is one http(s) URL.
    """
    urls: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_http_url(line):
            return None
        urls.append(line)
    return urls or None
