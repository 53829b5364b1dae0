"""JSON Lines corpora (optionally gzip): one record per line with ``id`` and ``text``."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from laborwatch.errors import InputError
from laborwatch.ingest.decode import (
    decode_bytes,
    may_hold_surrogates,
    scrub_value,
    warn_replaced,
)
from laborwatch.model import Document

_FIELDS = ("title", "url", "published", "publisher", "language")


def record_to_document(rec: Any, *, where: str) -> Document:
    """Validate one decoded JSON record and build a Document from it."""
    if not isinstance(rec, dict):
        raise InputError("record is not a JSON object", where=where)
    doc_id, text = rec.get("id"), rec.get("text")
    if doc_id is None or str(doc_id).strip() == "":
        raise InputError("record has no 'id'", where=where)
    if not isinstance(text, str):
        raise InputError("record has no 'text' string", where=where)
    meta = {k: (str(rec[k]) if rec.get(k) is not None else None) for k in _FIELDS}
    extra = {k: v for k, v in rec.items() if k not in (*_FIELDS, "id", "text")}
    return Document(
        id=str(doc_id),
        text=text,
        source=where,
        extra=extra,
        title=meta["title"],
        url=meta["url"],
        published=meta["published"],
        publisher=meta["publisher"],
        language=meta["language"],
    )


def _open(path: Path) -> IO[bytes]:
    if path.suffix == ".gz":
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def iter_jsonl(stream: IO[bytes], name: str) -> Iterator[Document | InputError]:
    """Yield a Document per good line and an InputError (with file:line) per bad one."""
    try:
        for lineno, raw in enumerate(stream, 1):
            where = f"{name}:{lineno}"
            if not raw.strip():
                continue
            try:
                line = decode_bytes(raw, where=where)
                rec = json.loads(line)
                if may_hold_surrogates(line):
                    rec, replaced = scrub_value(rec)
                    warn_replaced(replaced, where=where)
                yield record_to_document(rec, where=where)
            except json.JSONDecodeError as exc:
                yield InputError(f"malformed JSON ({exc.msg})", where=where)
            except RecursionError:
                yield InputError("JSON nested too deeply", where=where)
            except InputError as exc:
                yield exc
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield InputError(f"cannot read ({exc})", where=name)


def read_jsonl(path: Path) -> Iterator[Document | InputError]:
    """Read a ``.jsonl`` or ``.jsonl.gz`` file."""
    try:
        stream = _open(path)
    except OSError as exc:
        yield InputError(f"cannot open ({exc.strerror})", where=str(path))
        return
    with stream:
        yield from iter_jsonl(stream, str(path))
