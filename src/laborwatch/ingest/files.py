"""Local inputs for ``extract``: JSONL corpora, text files, HTML files and stdin."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from laborwatch.errors import InputError
from laborwatch.ingest.decode import decode_bytes
from laborwatch.ingest.html import html_to_document
from laborwatch.ingest.jsonl import iter_jsonl, read_jsonl
from laborwatch.model import Document

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_FILE_BYTES = 256 * 1024 * 1024


def doc_id_for(path: Path) -> str:
    """A file's document id: its name without extension(s) such as ``.html`` or ``.jsonl.gz``."""
    name = path.name
    for suffix in (*JSONL_SUFFIXES, ".gz", *HTML_SUFFIXES, ".txt", ".text", ".pdf"):
        name = name.removesuffix(".gz")
        if name.endswith(suffix):
            return name[: -len(suffix)] or path.name
    return path.stem or path.name


def kind_of(path: Path) -> str:
    """Classify a file by its name: jsonl, html or text."""
    name = path.name.lower().removesuffix(".gz")
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    return "text"


def read_text_document(data: bytes, *, doc_id: str, where: str, html: bool) -> Document:
    """A Document from the bytes of one text or HTML file."""
    text = decode_bytes(data, where=where)
    if html or _sniff_html(text):
        return html_to_document(text, doc_id=doc_id, where=where)
    if not text.strip():
        raise InputError("empty document", where=where)
    return Document(id=doc_id, text=text, source=where, language=guess_language(text))


def guess_language(text: str) -> str | None:
    """'ko' when Hangul makes up most of the letters (Daily NK and Yonhap publish first in
    Korean), else None: the extractor detects the language (and reports one it does not
    read)."""
    sample = text[:20000]
    hangul = sum(1 for ch in sample if "\uac00" <= ch <= "\ud7a3")
    letters = sum(1 for ch in sample if ch.isalpha())
    return "ko" if letters and hangul / letters > 0.3 else None


def _sniff_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def read_file(path: Path) -> Iterator[Document | InputError]:
    """Documents (or errors) from one local file."""
    where = str(path)
    if not path.exists():
        yield InputError("no such file", where=where)
        return
    if path.is_dir():
        yield InputError("is a folder (use `laborwatch ingest` to walk folders)", where=where)
        return
    kind = kind_of(path)
    if kind == "jsonl":
        yield from read_jsonl(path)
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield InputError(f"file too large ({size} bytes > {MAX_FILE_BYTES})", where=where)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read ({exc.strerror})", where=where)
        return
    if not data.strip():
        yield InputError("empty file", where=where)
        return
    try:
        yield read_text_document(data, doc_id=doc_id_for(path), where=where, html=kind == "html")
    except InputError as exc:
        yield exc


def read_stdin(stream: io.BufferedIOBase | None = None) -> Iterator[Document | InputError]:
    """``-``: stdin holds a JSONL corpus (a line starting with '{') or one text/HTML document."""
    raw = (stream or sys.stdin.buffer).read()
    if not raw.strip():
        yield InputError("empty input", where="<stdin>")
        return
    if raw.lstrip().startswith(b"{"):
        yield from iter_jsonl(io.BytesIO(raw), "<stdin>")
        return
    try:
        yield read_text_document(raw, doc_id="stdin", where="<stdin>", html=False)
    except InputError as exc:
        yield exc


def read_inputs(inputs: Iterable[str]) -> Iterator[Document | InputError]:
    """Every document of every input, in order; errors are yielded, not raised."""
    for item in inputs:
        if item == "-":
            yield from read_stdin()
        else:
            yield from read_file(Path(item))
