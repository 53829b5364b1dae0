"""Claims (with human review applied) as flat records, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from laborwatch.model import ClaimRow

CSV_FIELDS = (
    "id",
    "document",
    "kind",
    "low",
    "high",
    "qualifier",
    "text",
    "currency",
    "per",
    "destinations",
    "status",
    "sector",
    "period_start",
    "period_end",
    "attribution",
    "review",
    "relevant",
    "published",
    "publisher",
    "title",
    "url",
    "cluster",
    "sentence",
    "evidence_start",
    "evidence_end",
)


def _num(x: float | None) -> int | float | None:
    return int(x) if x is not None and float(x).is_integer() else x


def claim_record(row: ClaimRow) -> dict[str, Any]:
    """One claim as a flat JSON-ready mapping (keys of :data:`CSV_FIELDS`)."""
    return {
        "id": row.claim_id,
        "document": row.document_id,
        "kind": row.kind,
        "low": _num(row.low),
        "high": _num(row.high),
        "qualifier": row.qualifier,
        "text": row.text,
        "currency": row.currency,
        "per": row.per,
        "destinations": list(row.destinations),
        "status": row.status,
        "sector": row.sector,
        "period_start": row.period_start,
        "period_end": row.period_end,
        "attribution": row.attribution,
        "review": row.review,
        "relevant": row.relevant,
        "published": row.published,
        "publisher": row.publisher,
        "title": row.title,
        "url": row.url,
        "cluster": row.cluster,
        "sentence": row.sentence,
        "evidence_start": row.start,
        "evidence_end": row.end,
    }


def cell(value: Any) -> Any:
    """A CSV cell; a leading =,+,-,@ is quoted so spreadsheets do not run it as a formula."""
    if isinstance(value, list):
        value = ";".join(value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_chunks(rows: Iterable[ClaimRow], batch: int = 1000, first: int = 100) -> Iterator[str]:
    """CSV text (header first) in chunks of ``batch`` rows, for streaming; the first chunk
    holds ``first`` rows, so the download starts at once."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for n, row in enumerate(rows, 1):
        writer.writerow({k: cell(v) for k, v in claim_record(row).items()})
        if n % batch == 0 or n == first:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def json_chunks(rows: Iterable[ClaimRow]) -> Iterator[str]:
    """One JSON array of claim records, streamed a record at a time."""
    yield "["
    for n, row in enumerate(rows):
        yield ("," if n else "") + "\n" + json.dumps(claim_record(row), ensure_ascii=False)
    yield "\n]\n"
