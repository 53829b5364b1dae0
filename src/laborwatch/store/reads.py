"""Read queries: claim filters, claim rows for reconciliation, documents, search."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from laborwatch.errors import ConfigError
from laborwatch.model import SECTORS, STATUSES, Amount, Claim, ClaimRow, Evidence, Period
from laborwatch.store.records import StoredClaim, StoredDocument
from laborwatch.store.schema import claim_destinations, claims, documents, publishers

STREAM_BATCH = 5000
KINDS = ("workers", "revenue", "wage", "state_share")


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims to read; every field is optional and they combine with AND."""

    country: str | None = None  # ISO alpha-2 or M49:NNN destination
    status: str | None = None
    sector: str | None = None
    since: str | None = None  # YYYY[-MM[-DD]]: claims about this date or later
    kind: str | None = None
    document: str | None = None
    cluster: str | None = None
    relevant: bool | None = None
    current: bool = True

    def where(self) -> list[sa.ColumnElement[bool]]:
        c, d = claims.c, documents.c
        out: list[sa.ColumnElement[bool]] = []
        if self.current:
            out.append(c.current.is_(True))
        if self.country:
            has = sa.select(claim_destinations.c.claim_id).where(
                claim_destinations.c.destination == self.country.strip().upper()
            )
            out.append(c.id.in_(has))
        for name, value, allowed in (
            ("status", self.status, STATUSES),
            ("sector", self.sector, SECTORS),
            ("kind", self.kind, KINDS),
        ):
            if value is not None and value not in allowed:
                raise ConfigError(f"--{name} must be one of {', '.join(allowed)}, not {value!r}")
        if self.since:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", self.since):
                raise ConfigError(f"--since wants YYYY, YYYY-MM or YYYY-MM-DD, not {self.since!r}")
            out.append(c.as_of >= self.since)
        for column, value in (
            (c.status, self.status),
            (c.sector, self.sector),
            (c.kind, self.kind),
            (c.document_id, self.document),
            (d.cluster, self.cluster),
        ):
            if value is not None:
                out.append(column == value)
        if self.relevant is not None:
            out.append(d.relevant.is_(self.relevant))
        return out


_ROW_COLUMNS = (
    claims.c.id,
    claims.c.document_id,
    claims.c.kind,
    claims.c.low,
    claims.c.high,
    claims.c.qualifier,
    claims.c.destinations,
    claims.c.status,
    claims.c.sector,
    claims.c.period_start,
    claims.c.period_end,
    claims.c.attribution,
    claims.c.sentence,
    claims.c.evidence_start,
    claims.c.evidence_end,
    claims.c.currency,
    claims.c.per,
    claims.c.value_text,
    documents.c.published,
    publishers.c.name,
    documents.c.url,
    documents.c.title,
    documents.c.cluster,
    documents.c.relevant,
    claims.c.review,
    claims.c.period_text,
    claims.c.revision,
    claims.c.current,
)


def _claims_query(flt: ClaimFilter) -> sa.Select[Any]:
    return (
        sa.select(*_ROW_COLUMNS)
        .select_from(
            claims.join(documents, documents.c.id == claims.c.document_id).outerjoin(
                publishers, publishers.c.id == documents.c.publisher_id
            )
        )
        .where(*flt.where())
        .order_by(claims.c.id)
    )


@functools.lru_cache(maxsize=4096)  # few distinct lists: parse each once
def _destinations(raw: str) -> tuple[str, ...]:
    return () if raw == "[]" else tuple(json.loads(raw))


def stream_rows(conn: Connection, query: sa.Select[Any]) -> Iterator[tuple[Any, ...]]:
    """Plain tuples straight from the driver, in batches (a server-side cursor on PostgreSQL).

    Skips SQLAlchemy's per-row result processing, which costs more than building the
    records: streaming a million claims is several times faster this way.
    """
    compiled = query.compile(dialect=conn.dialect)
    if compiled.positiontup is not None:
        params: Any = [compiled.params[k] for k in compiled.positiontup]
    else:
        params = compiled.params
    raw = conn.connection.driver_connection
    if conn.dialect.name == "postgresql":
        cursor = raw.cursor(name=f"lw_stream_{id(query):x}")  # type: ignore[union-attr]
        cursor.itersize = STREAM_BATCH
    else:
        cursor = raw.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(str(compiled), params)
        while rows := cursor.fetchmany(STREAM_BATCH):
            yield from rows
    finally:
        cursor.close()


def _claim_row(r: Any) -> ClaimRow:
    """A :class:`ClaimRow` from one row of ``_ROW_COLUMNS``."""
    return ClaimRow(
        *r[:6],
        _destinations(r[6]),
        *r[7:15],
        currency=r[15],
        per=r[16],
        text=r[17],
        published=r[18],
        publisher=r[19],
        url=r[20],
        title=r[21],
        cluster=r[22],
        relevant=bool(r[23]),
        review=r[24],
    )


def iter_claim_rows(conn: Connection, flt: ClaimFilter) -> Iterator[ClaimRow]:
    """Stream :class:`ClaimRow` objects (server-side cursor on PostgreSQL)."""
    for r in stream_rows(conn, _claims_query(flt)):
        yield _claim_row(r)


def claim_page(conn: Connection, flt: ClaimFilter, limit: int, offset: int = 0) -> list[ClaimRow]:
    """Claims matching ``flt``, newest first (by claim id), one page.

    A destination filter is a join walked backwards along the (destination, claim id)
    index, so a page costs a few dozen lookups even when a country has 300,000 claims.
    """
    joined = claims.join(documents, documents.c.id == claims.c.document_id).outerjoin(
        publishers, publishers.c.id == documents.c.publisher_id
    )
    if flt.country:
        dest = claim_destinations.c
        q = (
            sa.select(*_ROW_COLUMNS)
            .select_from(joined.join(claim_destinations, dest.claim_id == claims.c.id))
            .where(dest.destination == flt.country, *replace(flt, country=None).where())
            .order_by(dest.claim_id.desc())
        )
    else:
        q = sa.select(*_ROW_COLUMNS).select_from(joined).where(*flt.where())
        q = q.order_by(claims.c.id.desc())
    return [_claim_row(r) for r in conn.execute(q.limit(limit).offset(offset))]


def iter_claims(conn: Connection, flt: ClaimFilter) -> Iterator[StoredClaim]:
    """Stream stored claims rebuilt as the model's :class:`Claim`."""
    for r in stream_rows(conn, _claims_query(flt)):
        period = Period(r[9], r[10], r[25]) if (r[9] or r[10] or r[25]) else None
        claim = Claim(
            kind=r[2],
            value=Amount(r[3], r[4], text=r[17], qualifier=r[5], currency=r[15], per=r[16]),
            evidence=Evidence(r[12], r[13], r[14]),
            destinations=list(_destinations(r[6])),
            status=r[7],
            sector=r[8],
            period=period,
            attribution=r[11],
        )
        yield StoredClaim(r[0], r[1], claim, revision=r[26], current=bool(r[27]))


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


def iter_documents(
    conn: Connection,
    *,
    search: str | None = None,
    cluster: str | None = None,
    relevant: bool | None = None,
    limit: int | None = None,
    with_text: bool = False,
    ids: list[str] | None = None,
) -> Iterator[StoredDocument]:
    """Stream documents, best search matches first when ``search`` is given."""
    cols = (*_DOC_COLUMNS, documents.c.text) if with_text else _DOC_COLUMNS
    q = sa.select(*cols).select_from(
        documents.outerjoin(publishers, publishers.c.id == documents.c.publisher_id)
    )
    if ids is not None:
        q = q.where(documents.c.id.in_(ids))
    if cluster is not None:
        q = q.where(documents.c.cluster == cluster)
    if relevant is not None:
        q = q.where(documents.c.relevant.is_(relevant))
    q = _search(q, conn.dialect.name, search) if search else q.order_by(documents.c.seq)
    if limit is not None:
        q = q.limit(limit)
    for r in conn.execution_options(yield_per=STREAM_BATCH).execute(q):
        yield StoredDocument(*r[:6], bool(r[6]), *r[7:])


def search_terms(text: str) -> list[str]:
    """User text as search terms: quoted phrases and single words, all required."""
    parts = re.findall(r'"([^"]+)"|(\w+)', text)
    terms = [" ".join(re.findall(r"\w+", phrase)) or word for phrase, word in parts]
    terms = [t for t in terms if t]
    if not terms:
        raise ConfigError(f"nothing to search for in {text!r}")
    return terms


def _search(q: sa.Select[Any], dialect: str, text: str) -> sa.Select[Any]:
    terms = search_terms(text)
    if dialect == "sqlite":
        match = " ".join(f'"{t}"' for t in terms)
        hits = (
            sa.text("SELECT rowid AS seq, rank FROM documents_fts WHERE documents_fts MATCH :q")
            .bindparams(q=match)
            .columns(seq=sa.Integer, rank=sa.Float)
            .subquery("hits")
        )
        return q.join(hits, hits.c.seq == documents.c.seq).order_by(hits.c.rank, documents.c.seq)
    tsq = sa.func.phraseto_tsquery("english", terms[0])
    for term in terms[1:]:
        tsq = tsq.op("&&")(sa.func.phraseto_tsquery("english", term))
    vec = sa.literal_column("documents.search")
    return q.where(vec.op("@@")(tsq)).order_by(sa.func.ts_rank(vec, tsq).desc(), documents.c.seq)
