"""Revision-aware writes of one extraction, on a connection inside a transaction."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from laborwatch.dedupe.cluster import Assignment
from laborwatch.dedupe.sketch import Sketch, Sketcher
from laborwatch.model import Claim, Document, Extraction
from laborwatch.store import fastsql
from laborwatch.store.schema import (
    claims,
    document_revisions,
    documents,
    lsh_buckets,
    minhashes,
    publishers,
)

CLAIMS_PER_STATEMENT = 500  # 27 columns each: well under SQLite's 32,766 parameters


def clean(text: str | None) -> str | None:
    """NUL characters (PostgreSQL refuses them) become U+FFFD: offsets stay valid."""
    return text.replace("\x00", "\ufffd") if text and "\x00" in text else text


def utcnow() -> datetime:
    return datetime.now(UTC)


# Statements built once: per-document writes only bind parameters (much less overhead).


def document_values(
    ex: Extraction,
    assignment: Assignment,
    publisher_id: int | None,
    run_id: int | None,
    now: datetime,
) -> dict[str, Any]:
    """The ``documents`` columns of an extraction (all but seq, revision, first_seen_at)."""
    d = ex.document
    return {
        "id": d.id,
        "url": d.url,
        "title": clean(d.title),
        "published": d.published,
        "publisher_id": publisher_id,
        "language": d.language,
        "source": d.source,
        "text": clean(d.text),
        "content_hash": d.content_hash,
        "relevant": bool(ex.relevant),
        "relevance": float(ex.relevance),
        "cluster": assignment.cluster,
        "pages": json.dumps(d.pages) if d.pages else None,
        "extra": json.dumps(d.extra, ensure_ascii=False, default=str) if d.extra else None,
        "run_id": run_id,
        "updated_at": now,
        "unread": ex.unread,
    }


def insert_document(conn: Connection, values: dict[str, Any], now: datetime) -> None:
    row = {**values, "revision": 1, "first_seen_at": now}
    fastsql.write(conn, fastsql.INSERT_DOCUMENT, [row[c] for c in fastsql.DOCUMENT_COLUMNS])
    _insert_revision(conn, values, 1, now)


def replace_document(
    conn: Connection, values: dict[str, Any], old_revision: int, now: datetime
) -> int:
    """Make ``values`` the current revision; keep the old text and claims as history."""
    doc_id = values["id"]
    old_text = sa.select(documents.c.text).where(documents.c.id == doc_id).scalar_subquery()
    conn.execute(
        sa.update(document_revisions)
        .where(
            document_revisions.c.document_id == doc_id,
            document_revisions.c.revision == old_revision,
        )
        .values(text=old_text, superseded_at=now)
    )
    revision = old_revision + 1
    conn.execute(
        sa.update(documents).where(documents.c.id == doc_id).values(revision=revision, **values)
    )
    _insert_revision(conn, values, revision, now)
    conn.execute(
        sa.update(claims)
        .where(claims.c.document_id == doc_id, claims.c.current)
        .values(current=False)
    )
    return revision


def _insert_revision(
    conn: Connection, values: dict[str, Any], revision: int, now: datetime
) -> None:
    fastsql.write(
        conn,
        fastsql.INSERT_REVISION,
        [
            values["id"],
            revision,
            values["content_hash"],
            values["title"],
            values["url"],
            values["published"],
            None,
            values["run_id"],
            now,
            None,
        ],
    )


def publisher_id(
    conn: Connection, name: str | None, cache: dict[str, int], now: datetime
) -> int | None:
    """The id of a publisher, created on first sight."""
    if not name:
        return None
    if name in cache:
        return cache[name]
    found = conn.execute(sa.select(publishers.c.id).where(publishers.c.name == name)).scalar()
    if found is None:
        found = conn.execute(
            sa.insert(publishers).values(name=name, created_at=now).returning(publishers.c.id)
        ).scalar_one()
    cache[name] = found
    return found


def claim_values(claim: Claim, doc: Document, revision: int, now: datetime) -> dict[str, Any]:
    """The ``claims`` columns of one claim."""
    v, p = claim.value, claim.period
    start, end = (p.start, p.end) if p else (None, None)
    return {
        "document_id": doc.id,
        "revision": revision,
        "current": True,
        "kind": claim.kind,
        "low": v.low,
        "high": v.high,
        "qualifier": v.qualifier,
        "currency": v.currency,
        "per": v.per,
        "value_text": v.text,
        "destinations": json.dumps(list(claim.destinations)),
        "status": claim.status,
        "sector": claim.sector,
        "period_start": start,
        "period_end": end,
        "period_text": p.text if p else None,
        "attribution": claim.attribution,
        "sentence": clean(claim.evidence.sentence),
        "evidence_start": claim.evidence.start,
        "evidence_end": claim.evidence.end,
        "as_of": end or start or doc.published,
        "review": None,
        "created_at": now,
        "scope": claim.scope,
        "origin": claim.origin,
        "basis": claim.basis,
        "cumulative": bool(claim.cumulative),
    }


def insert_claims(conn: Connection, ex: Extraction, revision: int, now: datetime) -> int:
    """Insert the extraction's claims (and their destination rows); return how many."""
    if not ex.claims:
        return 0
    rows = [claim_values(c, ex.document, revision, now) for c in ex.claims]
    ids: list[int] = []
    for at in range(0, len(rows), CLAIMS_PER_STATEMENT):
        chunk = rows[at : at + CLAIMS_PER_STATEMENT]
        params = [r[c] for r in chunk for c in fastsql.CLAIM_COLUMNS]
        ids += sorted(r[0] for r in fastsql.run(conn, fastsql.claims_sql(len(chunk)), params))
    dest = [
        x
        for i, c in zip(ids, ex.claims, strict=True)
        for d in sorted(set(c.destinations))
        for x in (i, d)
    ]
    for at in range(0, len(dest), 2 * CLAIMS_PER_STATEMENT):
        pairs = dest[at : at + 2 * CLAIMS_PER_STATEMENT]
        fastsql.write(conn, fastsql.destinations_sql(len(pairs) // 2), pairs)
    return len(rows)


def drop_sketch(conn: Connection, doc_id: str, sketcher: Sketcher) -> None:
    """Forget a document's stored sketch and its LSH bucket rows."""

    row = conn.execute(
        sa.select(minhashes.c.signature, minhashes.c.shingles).where(
            minhashes.c.document_id == doc_id
        )
    ).first()
    if row is None:
        return
    keys = sketcher.band_keys(Sketch.from_bytes(row.signature, row.shingles))
    conn.execute(
        sa.delete(lsh_buckets).where(
            lsh_buckets.c.document_id == doc_id, lsh_buckets.c.bucket.in_(keys)
        )
    )
    conn.execute(sa.delete(minhashes).where(minhashes.c.document_id == doc_id))


def put_sketch(conn: Connection, doc_id: str, assignment: Assignment) -> None:
    """Keep a document's sketch and bucket rows for later documents to match against."""
    if assignment.sketch is None:
        return
    fastsql.write(
        conn, fastsql.INSERT_MINHASH, [doc_id, assignment.sketch.size, assignment.sketch.to_bytes()]
    )
    keys = assignment.keys
    if not keys:
        return
    fastsql.write(conn, fastsql.buckets_sql(len(keys)), [x for k in keys for x in (k, doc_id)])
