"""Paged reads for the pages: newest-first claim pages (from the store), filtered documents.

A thin adapter over the store's tables with bound parameters only; the filters themselves
are the store's :class:`~laborwatch.store.ClaimFilter`. Both go away once the store grows
``limit``/``offset``/``order`` on its named reads.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from laborwatch.model import ClaimRow
from laborwatch.review.schema import review_log
from laborwatch.store import ClaimFilter, Store, StoredDocument, reads
from laborwatch.store.schema import claims, documents, publishers


def claim_page(store: Store, flt: ClaimFilter, limit: int, offset: int = 0) -> list[ClaimRow]:
    """Claims matching ``flt``, newest first, one page (see ``store.reads.claim_page``)."""
    with store.connection() as conn:
        return reads.claim_page(conn, flt, limit, offset)


def claim_ids_of_document(store: Store, document_id: str) -> list[int]:
    with store.connection() as conn:
        q = sa.select(claims.c.id).where(
            claims.c.document_id == document_id, claims.c.current.is_(True)
        )
        return [r[0] for r in conn.execute(q.order_by(claims.c.id))]


_DOC_COLUMNS = (
    documents.c.id,
    documents.c.url,
    documents.c.title,
    documents.c.published,
    publishers.c.name,
    documents.c.language,
    documents.c.relevant,
    documents.c.relevance,
    documents.c.cluster,
    documents.c.revision,
    documents.c.content_hash,
    documents.c.source,
)


def document_page(
    store: Store,
    *,
    publisher: str | None,
    since: str | None,
    until: str | None,
    relevant: bool | None,
    limit: int,
    offset: int,
) -> list[StoredDocument]:
    """Documents newest-published first, filtered by publisher, date range and relevance."""
    q = sa.select(*_DOC_COLUMNS).select_from(
        documents.outerjoin(publishers, publishers.c.id == documents.c.publisher_id)
    )
    if publisher:
        q = q.where(publishers.c.name == publisher)
    if since:
        q = q.where(documents.c.published >= since)
    if until:
        q = q.where(documents.c.published <= until + "\uffff")
    if relevant is not None:
        q = q.where(documents.c.relevant.is_(relevant))
    q = q.order_by(documents.c.published.desc(), documents.c.seq.desc()).limit(limit)
    with store.connection() as conn:
        rows = conn.execute(q.offset(offset)).all()
    return [StoredDocument(*r[:6], bool(r[6]), *r[7:]) for r in rows]


def publisher_names(store: Store, limit: int = 500) -> list[str]:
    with store.connection() as conn:
        q = sa.select(publishers.c.name).order_by(publishers.c.name).limit(limit)
        return [r[0] for r in conn.execute(q)]


def fingerprint(store: Store) -> tuple[Any, ...]:
    """Changes whenever claims, documents or review decisions change (cheap: indexed maxima)."""
    with store.connection() as conn:
        return tuple(
            conn.execute(
                sa.select(
                    sa.select(sa.func.max(claims.c.id)).scalar_subquery(),
                    sa.select(sa.func.max(documents.c.seq)).scalar_subquery(),
                    sa.select(sa.func.max(documents.c.revision)).scalar_subquery(),
                    sa.select(sa.func.max(review_log.c.id)).scalar_subquery(),
                )
            ).one()
        )
