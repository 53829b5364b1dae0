"""FollowTheMoney entities (JSON lines) that Aleph and OpenSanctions tooling can read.

Written by hand against the FtM schema names (no dependency): each document becomes an
``Article``; each claim an ``Event`` (name, summary = evidence sentence, country, dates);
a ``Documentation`` links the article to the event with the role ``evidence``. Property
values are lists of strings, as FtM wants; countries are lower-case ISO alpha-2.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from laborwatch import present
from laborwatch.model import ClaimRow

PREFIX = "laborwatch"


def _id(*parts: object) -> str:
    digest = hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()
    return f"{PREFIX}-{digest}"


def _props(**values: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in values.items():
        items = value if isinstance(value, list | tuple) else [value]
        kept = [str(v) for v in items if v not in (None, "")]
        if kept:
            out[key] = kept
    return out


def article(row: ClaimRow) -> dict[str, Any]:
    return {
        "id": _id("doc", row.document_id),
        "schema": "Article",
        "properties": _props(
            title=row.title or row.document_id,
            publisher=row.publisher,
            publishedAt=row.published,
            sourceUrl=row.url,
        ),
    }


def event(row: ClaimRow) -> dict[str, Any]:
    places = [d for d in row.destinations if not d.startswith("M49")]
    where = present.places(row.destinations, none="unspecified destination")
    unit = "DPRK workers" if row.kind == "workers" else present.kind(row.kind)
    notes = [
        f"status: {present.status(row.status)}" if row.status else None,
        f"sector: {present.sector(row.sector)}" if row.sector else None,
        f"attribution: {row.attribution}" if row.attribution else None,
        f"review: {row.review}" if row.review else None,
        f"laborwatch claim {row.claim_id} in document {row.document_id}",
    ]
    return {
        "id": _id("claim", row.document_id, row.claim_id),
        "schema": "Event",
        "properties": _props(
            name=f"{present.figure_of(row)} {unit}: {where}",
            summary=row.sentence,
            country=[p.lower() for p in places],
            startDate=row.period_start,
            endDate=row.period_end,
            sourceUrl=row.url,
            notes=[n for n in notes if n],
        ),
    }


def documentation(row: ClaimRow) -> dict[str, Any]:
    return {
        "id": _id("evidence", row.document_id, row.claim_id),
        "schema": "Documentation",
        "properties": _props(
            document=_id("doc", row.document_id),
            entity=_id("claim", row.document_id, row.claim_id),
            role="evidence",
            summary=row.sentence,
        ),
    }


def ftm_entities(rows: Iterable[ClaimRow]) -> Iterator[dict[str, Any]]:
    """Article, Event and Documentation entities of the claims (each article once)."""
    seen: set[str] = set()
    for row in rows:
        if row.document_id not in seen:
            seen.add(row.document_id)
            yield article(row)
        yield event(row)
        yield documentation(row)


def ftm_lines(rows: Iterable[ClaimRow]) -> Iterator[str]:
    """The entities as JSON lines."""
    for entity in ftm_entities(rows):
        yield json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n"
