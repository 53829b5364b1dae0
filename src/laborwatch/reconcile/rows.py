"""ClaimRows from extractor output (the spec's JSON lines), for use without a store.

The store yields ClaimRows itself (``Store.claim_rows``); this reader lets ``estimate`` and
``report`` run on a file of extractor output (``--claims FILE``), and tests build rows from
the shared gold file. ``documents`` may add what the output lacks (url, story cluster).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from laborwatch.errors import InputError
from laborwatch.model import ClaimRow


def rows_from_record(
    record: Mapping[str, Any], first_id: int = 1, document: Mapping[str, Any] | None = None
) -> list[ClaimRow]:
    """The claims of one output line as ClaimRows.

    Args:
        record: ``{"document": {...}, "claims": [...]}`` per ``spec/claims.md``.
        first_id: claim id of the first claim (ids run on from it).
        document: extra document fields (url, publisher, published, title, story/cluster)
            that override the record's own.
    """
    doc = dict(record.get("document") or {})
    doc.update({k: v for k, v in (document or {}).items() if v is not None})
    rows = []
    for i, claim in enumerate(record.get("claims") or []):
        value = claim.get("count") or claim.get("amount") or claim.get("share") or {}
        period = claim.get("period") or {}
        evidence = claim.get("evidence") or {}
        rows.append(
            ClaimRow(
                claim_id=first_id + i,
                document_id=str(doc.get("id")),
                kind=claim["kind"],
                low=value.get("low"),
                high=value.get("high"),
                qualifier=value.get("qualifier"),
                destinations=tuple(claim.get("destinations") or ()),
                status=claim.get("status"),
                sector=claim.get("sector"),
                period_start=period.get("start"),
                period_end=period.get("end"),
                attribution=claim.get("attribution"),
                sentence=evidence.get("sentence", ""),
                start=evidence.get("start", 0),
                end=evidence.get("end", 0),
                currency=value.get("currency"),
                per=value.get("per"),
                text=value.get("text"),
                published=doc.get("published"),
                publisher=doc.get("publisher"),
                url=doc.get("url"),
                title=doc.get("title"),
                cluster=doc.get("cluster") or doc.get("story") or None,
                relevant=bool(doc.get("relevant", True)),
                scope=claim.get("scope"),
                origin=claim.get("origin"),
                basis=claim.get("basis"),
                cumulative=bool(claim.get("cumulative", False)),
            )
        )
    return rows


def rows_from_records(
    records: Iterable[Mapping[str, Any]], documents: Mapping[str, Mapping[str, Any]] | None = None
) -> Iterator[ClaimRow]:
    """ClaimRows of many output lines, claim ids numbered across them."""
    next_id = 1
    for record in records:
        doc_id = str((record.get("document") or {}).get("id"))
        rows = rows_from_record(record, next_id, (documents or {}).get(doc_id))
        next_id += len(rows)
        yield from rows


def read_claims_file(path: Path) -> list[ClaimRow]:
    """ClaimRows from a JSON Lines file of extractor output."""
    records = []
    try:
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        records.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise InputError(f"not JSON ({exc.msg})", where=f"{path}:{n}") from exc
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", where=str(path)) from exc
    try:
        return list(rows_from_records(records))
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"not extractor output ({exc})", where=str(path)) from exc
