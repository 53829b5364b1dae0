"""RSS and Atom feeds through feedparser: recognise them and list their items."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from laborwatch.errors import InputError
from laborwatch.ingest.decode import clean_text, log, neutralise_charrefs

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_FEED_ROOT = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?xml-stylesheet[^>]*>\s*)*"
    r"<(?:rss|feed|rdf:RDF)\b",
    re.DOTALL,
)
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section")


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed: where its page is and what the feed itself says of it."""

    title: str | None
    link: str | None
    published: str | None  # YYYY-MM-DD as the feed wrote it (its own time zone)
    text: str  # the entry's content or summary as plain text ('' when none)
    guid: str | None


def looks_like_feed(head: bytes, content_type: str = "") -> bool:
    """True for an RSS/Atom/RDF document, by media type or by its root element."""
    if content_type in FEED_TYPES:
        return True
    text = head[:4096].decode("latin-1").lstrip("\ufeff\xef\xbb\xbf")
    return bool(_FEED_ROOT.match(text))


def parse_feed(data: bytes, *, where: str, base_url: str | None = None) -> list[FeedItem]:
    """The items of a feed document; relative links resolve against ``base_url``.

    Raises :class:`InputError` when the bytes are not a feed feedparser understands.
    """
    import feedparser
    from feedparser.exceptions import ThingsNobodyCaresAboutButMe

    headers = {"content-location": base_url} if base_url else None
    try:
        parsed: Any = feedparser.parse(
            neutralise_charrefs(data), response_headers=headers, sanitize_html=True
        )
    except Exception as exc:  # feedparser's sgmllib path raises assorted errors on hostile bytes
        raise InputError(f"malformed feed ({type(exc).__name__})", where=where) from exc
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception") or "not RSS or Atom"
        raise InputError(f"malformed feed ({reason})", where=where)
    if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
        damage = parsed["bozo_exception"]
        if not isinstance(damage, ThingsNobodyCaresAboutButMe):  # encoding notes only
            log.warning(
                "%s: malformed feed (%s); read the %d item(s) before the damage",
                where,
                damage,
                len(parsed.entries),
            )
    return [_item(entry, where=f"{where} item {n}") for n, entry in enumerate(parsed.entries, 1)]


def _item(entry: Any, *, where: str) -> FeedItem:
    content = entry.get("content") or []
    html = content[0].get("value", "") if content else entry.get("summary", "")
    return FeedItem(
        title=_clean(entry.get("title"), where),
        link=_clean(entry.get("link"), where),
        published=_entry_date(entry),
        text=clean_text(html_fragment_text(html if isinstance(html, str) else ""), where=where),
        guid=_clean(entry.get("id"), where),
    )


def _clean(value: Any, where: str) -> str | None:
    """A feed field as stripped, UTF-8-safe text, or None when absent or empty."""
    if not isinstance(value, str):
        return None
    return clean_text(value, where=where).strip() or None


def _entry_date(entry: Any) -> str | None:
    """The entry's date as written (no shift to UTC, which can move it a day)."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        for parse in (parsedate_to_datetime, datetime.fromisoformat):
            try:
                return parse(raw.strip().replace("Z", "+00:00")).date().isoformat()
            except (TypeError, ValueError, IndexError):
                continue
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def html_fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed summary), paragraphs kept apart."""
    if "<" not in html:
        return html.strip()
    try:
        root = lxml_html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", html).strip()
    return "\n\n".join(p for p in _paragraphs(root) if p)


def _paragraphs(root: Any) -> Iterator[str]:
    buf: list[str] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            if el.tag == "br":
                buf.append("\n")
            elif el.tag in _BLOCKS:
                yield _squash(buf)
                buf = []
            if el.text:
                buf.append(el.text)
        else:
            if el.tag in _BLOCKS:
                yield _squash(buf)
                buf = []
            if el.tail and el is not root:
                buf.append(el.tail)
    yield _squash(buf)


def _squash(parts: list[str]) -> str:
    return "\n".join(" ".join(line.split()) for line in "".join(parts).split("\n")).strip()
