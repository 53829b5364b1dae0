"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import logging
import re
from typing import Any

from laborwatch.errors import InputError
from laborwatch.model import Document

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
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
        raise InputError(f"cannot parse HTML ({type(exc).__name__})", where=where) from exc
    if result is None:
        raise InputError("no article text found in the page", where=where)
    data = result if isinstance(result, dict) else result.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError("no article text found in the page", where=where)
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


def _html_lang(html: str) -> str | None:
    """The primary language subtag of ``<html lang="...">`` (``ko`` for ``ko-KR``)."""
    match = _HTML_LANG.search(html[:4096])
    return match.group(1).lower() if match else None


def _date(value: str | None) -> str | None:
    if not value:
        return None
    return value[:10]
