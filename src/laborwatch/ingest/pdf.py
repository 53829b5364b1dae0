"""PDF: text page by page through pypdf, page boundaries kept for evidence citations."""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from laborwatch.errors import InputError
from laborwatch.ingest.decode import clean_text, scrub_surrogates
from laborwatch.ingest.settings import ingest_settings
from laborwatch.model import Document

if TYPE_CHECKING:
    from pypdf import PdfReader

_D = ingest_settings().pdf
_PAGE_JOIN = "\n\n"
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")

logging.getLogger("pypdf").setLevel(logging.CRITICAL)


@dataclass(frozen=True, slots=True)
class PdfOptions:
    """Caps on what one PDF may cost (defaults: ``ingest/settings.yaml``)."""

    max_pages: int = _D.max_pages
    max_bytes: int = _D.max_bytes


def looks_like_pdf(head: bytes) -> bool:
    """True when the first bytes are a PDF header (it may follow a little junk)."""
    return b"%PDF-" in head[:1024]


def open_pdf(stream: IO[bytes], *, where: str) -> PdfReader:
    """A reader over ``stream`` (objects are parsed lazily, page by page).

    Encrypted PDFs are read only when the empty password opens them (restrictions without
    a user password); others are refused, as are files pypdf cannot parse.
    """
    from pypdf import PdfReader

    try:
        reader = PdfReader(stream, strict=False)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise InputError("encrypted PDF (password-protected), not read", where=where)
        len(reader.pages)  # parses the page tree now, so a broken one fails here
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds (LimitReachedError, RecursionError...)
        raise InputError(f"broken PDF ({type(exc).__name__}: {exc})", where=where) from exc
    return reader


def iter_pages(reader: PdfReader, *, where: str, max_pages: int) -> Iterator[tuple[int, str]]:
    """(page number, text) for each page up to ``max_pages``, extracted one at a time."""
    for index in range(min(len(reader.pages), max_pages)):
        try:
            text = reader.pages[index].extract_text() or ""
        except Exception as exc:  # pypdf raises many kinds on damaged content streams
            reason = f"broken PDF page {index + 1} ({type(exc).__name__})"
            raise InputError(reason, where=where) from exc
        yield index + 1, clean_text(text, where=f"{where} page {index + 1}")


def pdf_to_document(
    stream: IO[bytes], *, doc_id: str, where: str, options: PdfOptions | None = None
) -> Document:
    """Read a whole PDF into one Document whose ``pages`` map text offsets to page numbers.

    Args:
        stream: a seekable binary stream (a file or BytesIO); pages are read lazily.
        doc_id: the document id.
        where: path or URL for messages.
        options: page cap; pages past it are dropped and ``extra["pages_dropped"]`` says so.
    """
    opts = options or PdfOptions()
    parts: list[str] = []
    pages: list[tuple[int, int]] = []
    offset = 0
    reader = open_pdf(stream, where=where)
    for number, text in iter_pages(reader, where=where, max_pages=opts.max_pages):
        text = text.strip()
        if parts:
            offset += len(_PAGE_JOIN)
        pages.append((offset, number))
        parts.append(text)
        offset += len(text)
    body = _PAGE_JOIN.join(parts)
    if not body.strip():
        raise InputError("PDF has no extractable text (scanned images need OCR)", where=where)
    meta = _metadata(reader)
    extra: dict[str, Any] = {"page_count": meta.pop("page_count")}
    if extra["page_count"] > len(pages):
        extra["pages_dropped"] = extra["page_count"] - len(pages)
    return Document(id=doc_id, text=body, pages=pages, source=where, extra=extra, **meta)


def pdf_file_document(path: Path, *, doc_id: str, options: PdfOptions | None = None) -> Document:
    """A Document from a PDF file, refused when larger than ``options.max_bytes``."""
    opts = options or PdfOptions()
    where = str(path)
    try:
        size = path.stat().st_size
        if size > opts.max_bytes:
            raise InputError(f"PDF too large ({size} bytes > {opts.max_bytes})", where=where)
        with path.open("rb") as stream:
            return pdf_to_document(stream, doc_id=doc_id, where=where, options=opts)
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", where=where) from exc


def pdf_bytes_document(
    data: bytes, *, doc_id: str, where: str, options: PdfOptions | None = None
) -> Document:
    """A Document from PDF bytes (a fetched report)."""
    return pdf_to_document(io.BytesIO(data), doc_id=doc_id, where=where, options=options)


def _opens_without_password(reader: PdfReader) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:  # e.g. AES without the optional cryptography package
        return False


def _metadata(reader: PdfReader) -> dict[str, Any]:
    """Title and creation date from the PDF's info dictionary, when present and sane."""
    out: dict[str, Any] = {"page_count": len(reader.pages), "title": None, "published": None}
    try:
        info: Any = reader.metadata or {}
        title = str(info.get("/Title") or "").strip()
        created = _PDF_DATE.match(str(info.get("/CreationDate") or ""))
    except Exception:  # a damaged info dictionary is not worth losing the text for
        return out
    out["title"] = scrub_surrogates(title)[0] or None
    if created:
        out["published"] = "-".join(g for g in created.groups() if g)
    return out
