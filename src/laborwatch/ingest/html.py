"""HTML pages: main text and metadata through trafilatura, a plain body text as fallback.

trafilatura (through lxml) drops whatever sits deeper than a few hundred nested elements;
a page whose article is buried that deep is rendered as plain text by the standard
library's event parser, which has no depth limit, rather than skipped.
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from typing import Any

from laborwatch.errors import InputError
from laborwatch.ingest.decode import clean_text
from laborwatch.model import Document

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "svg", "math", "select"})
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "tr",
        "table",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "figure",
        "figcaption",
        "pre",
        "dl",
        "dt",
        "dd",
        "address",
        "details",
        "summary",
        "form",
        "title",
    ]
)
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([a-zA-Z]{2,3})\b""", re.IGNORECASE)


def html_to_document(html: str, *, doc_id: str, where: str, url: str | None = None) -> Document:
    """Extract an article from an HTML string.

    Args:
        html: the page source (untrusted).
        doc_id: the document id to give it.
        where: path or URL for messages.
        url: the page's URL, when known (helps trafilatura's metadata).
    """
    import trafilatura  # heavy import, only when HTML is met

    html = clean_text(html, where=where)
    failure = "no article text found in the page"
    try:
        result: Any = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=False,
        )
    except Exception as exc:  # trafilatura raises a zoo of parser errors on hostile input
        result, failure = None, f"cannot parse HTML ({type(exc).__name__})"
    data = _as_dict(result)
    text = (data.get("text") or "").strip()
    if not text:
        text = body_text(html)
        if not text:
            raise InputError(failure, where=where)
        data = _metadata(html, url) | {"text": text}
    title = data.get("title")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Document(
        id=doc_id,
        text=text,
        title=title,
        url=data.get("url") or url,
        published=_date(data.get("date")),
        publisher=data.get("sitename") or data.get("hostname"),
        language=data.get("language") or _html_lang(html),  # None: the extractor detects it
        source=where,
    )


def body_text(html: str) -> str:
    """The visible text of a page (scripts, styles and the head left out), block elements
    kept apart by blank lines, at any nesting depth."""
    renderer = _TextRenderer()
    try:
        renderer.feed(html)
        renderer.close()
    except (AssertionError, ValueError):  # html.parser's few complaints on broken markup
        pass
    return renderer.text()


class _TextRenderer(HTMLParser):
    """Collects text outside skipped elements; a block boundary is a paragraph break."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":  # a head left open ends here
            self.skipping.clear()
        if self.skipping or tag in _SKIPPED:
            if tag in _SKIPPED:
                self.skipping.append(tag)
            return
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skipping and tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)

    def text(self) -> str:
        paragraphs = re.split(r"\n\s*\n", "".join(self.parts))
        lines = (
            "\n".join(" ".join(line.split()) for line in p.split("\n") if line.strip())
            for p in paragraphs
        )
        return "\n\n".join(p for p in lines if p)


def _as_dict(result: Any) -> dict[str, Any]:
    if result is None:
        return {}
    return result if isinstance(result, dict) else result.as_dict()


def _metadata(html: str, url: str | None) -> dict[str, Any]:
    """Title, date and site name from the page's head (trafilatura's metadata reader)."""
    from trafilatura.metadata import extract_metadata

    try:
        meta = extract_metadata(html, default_url=url)
    except Exception:  # metadata is a bonus; the text is what counts
        return {}
    return _as_dict(meta)


def _html_lang(html: str) -> str | None:
    """The primary language subtag of ``<html lang="...">`` (``ko`` for ``ko-KR``)."""
    match = _HTML_LANG.search(html[:4096])
    return match.group(1).lower() if match else None


def _date(value: str | None) -> str | None:
    if not value:
        return None
    return value[:10]
