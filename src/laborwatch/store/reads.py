"""Read queries: claim filters, claim rows for reconciliation, documents, search.

Rows are mapped onto records by column name (each query labels its columns with the
record's field names), never by position.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from laborwatch.errors import ConfigError
from laborwatch.model import SECTORS, STATUSES, Amount, Claim, ClaimRow, Evidence, Period
from laborwatch.store.records import StoredClaim, StoredDocument
from laborwatch.store.schema import (
    claim_destinations,
    claims,
    documents,
    publishers,
    review_log,
)

STREAM_BATCH = 5000
FIRST_BATCH = 100  # a stream's first fetch is small, so its first rows go out at once
SEARCH_RANKED = 10_000  # matches ranked per search: the newest stored
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
    after_id: int | None = None  # only claims stored after this one (ids grow with time)

    def where(self) -> list[sa.ColumnElement[bool]]:
        c, d = claims.c, documents.c
        out: list[sa.ColumnElement[bool]] = []
        if self.current:
            out.append(c.current.is_(True))
        if self.after_id is not None:
            out.append(c.id > self.after_id)
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


# ClaimRow field -> column, in ClaimRow's field order (checked below), so a row from the
# driver maps onto the record by name; the extra columns after them rebuild a StoredClaim.
_ROW: dict[str, sa.ColumnElement[Any]] = {
    "claim_id": claims.c.id,
    "document_id": claims.c.document_id,
    "kind": claims.c.kind,
    "low": claims.c.low,
    "high": claims.c.high,
    "qualifier": claims.c.qualifier,
    "destinations": claims.c.destinations,
    "status": claims.c.status,
    "sector": claims.c.sector,
    "period_start": claims.c.period_start,
    "period_end": claims.c.period_end,
    "attribution": claims.c.attribution,
    "sentence": claims.c.sentence,
    "start": claims.c.evidence_start,
    "end": claims.c.evidence_end,
    "currency": claims.c.currency,
    "per": claims.c.per,
    "text": claims.c.value_text,
    "published": documents.c.published,
    "publisher": publishers.c.name,
    "url": documents.c.url,
    "title": documents.c.title,
    "cluster": documents.c.cluster,
    "relevant": documents.c.relevant,
    "review": claims.c.review,
    "scope": claims.c.scope,
    "origin": claims.c.origin,
    "basis": claims.c.basis,
    "cumulative": claims.c.cumulative,
}
_ROW_FIELDS = tuple(f.name for f in fields(ClaimRow))
if tuple(_ROW) != _ROW_FIELDS:  # pragma: no cover - a programming error, caught at import
    raise TypeError(f"reads._ROW must list ClaimRow's fields in order: {_ROW_FIELDS}")
_EXTRA: dict[str, sa.ColumnElement[Any]] = {
    "period_text": claims.c.period_text,
    "revision": claims.c.revision,
    "current": claims.c.current,
}
_NAMES = (*_ROW, *_EXTRA)
_COLUMNS = tuple(col.label(name) for name, col in {**_ROW, **_EXTRA}.items())
_AT = {name: i for i, name in enumerate(_NAMES)}
_N_ROW, _DEST, _BOOLS = len(_ROW), _AT["destinations"], (_AT["relevant"], _AT["cumulative"])
_JOINED = claims.join(documents, documents.c.id == claims.c.document_id).outerjoin(
    publishers, publishers.c.id == documents.c.publisher_id
)


def _claims_query(flt: ClaimFilter) -> sa.Select[Any]:
    """Claims of ``flt`` by id; a country's along the (destination, claim id) index, so the
    first rows come at once (``IN`` would collect every claim id of the country first)."""
    if flt.country:
        return _of_country(flt).order_by(claim_destinations.c.claim_id)
    return sa.select(*_COLUMNS).select_from(_JOINED).where(*flt.where()).order_by(claims.c.id)


def _of_country(flt: ClaimFilter) -> sa.Select[Any]:
    """Claims of ``flt`` (which names a country) joined with their destination rows."""
    dest = claim_destinations.c
    return (
        sa.select(*_COLUMNS)
        .select_from(_JOINED.join(claim_destinations, dest.claim_id == claims.c.id))
        .where(dest.destination == str(flt.country).strip().upper())
        .where(*replace(flt, country=None).where())
    )


@functools.lru_cache(maxsize=4096)  # few distinct lists: parse each once
def _destinations(raw: str) -> tuple[str, ...]:
    return () if raw == "[]" else tuple(json.loads(raw))


def stream_rows(conn: Connection, query: sa.Select[Any]) -> Iterator[tuple[Any, ...]]:
    """Plain tuples straight from the driver, in batches (a server-side cursor on PostgreSQL):
    :data:`FIRST_BATCH` rows first, so a download starts at once, then four times as many
    each time up to :data:`STREAM_BATCH`.

    Skips SQLAlchemy's per-row result processing, which costs more than building the
    records: streaming a million claims is several times faster this way.
    """
    compiled = query.compile(dialect=conn.dialect)
    if compiled.positiontup is not None:
        params: Any = [compiled.params[k] for k in compiled.positiontup]
    else:
        params = compiled.params
    raw: Any = conn.connection.driver_connection
    if conn.dialect.name == "postgresql":
        cursor = raw.cursor(name=f"lw_stream_{id(query):x}")
        cursor.itersize = STREAM_BATCH
    else:
        cursor = raw.cursor()
    try:
        cursor.execute(str(compiled), params)
        batch = FIRST_BATCH
        while rows := cursor.fetchmany(batch):
            yield from rows
            batch = min(batch * 4, STREAM_BATCH)
    finally:
        cursor.close()


def _claim_row(r: Sequence[Any]) -> ClaimRow:
    """A :class:`ClaimRow` from one row of ``_COLUMNS`` (decoded where the driver cannot)."""
    values = list(r[:_N_ROW])
    values[_DEST] = _destinations(values[_DEST])
    for at in _BOOLS:
        values[at] = bool(values[at])
    return ClaimRow(*values)


def iter_claim_rows(conn: Connection, flt: ClaimFilter) -> Iterator[ClaimRow]:
    """Stream :class:`ClaimRow` objects (server-side cursor on PostgreSQL)."""
    for r in stream_rows(conn, _claims_query(flt)):
        yield _claim_row(r)


# How a claims page may be sorted: each key's columns end in a unique one, and each has an
# index that gives that order (documents by publication date, claims by figure, kind,
# status, sector, as_of; the id), so a page reads a few dozen rows even over a million.
# A column given with its direction keeps it: figures of one kind sort together, worker
# counts first (the figures of the other kinds are money or shares), either way.
CLAIM_ORDERS: dict[str, tuple[sa.ColumnElement[Any], ...]] = {
    "published": (documents.c.published, documents.c.seq, claims.c.id),
    "id": (claims.c.id,),
    "figure": (claims.c.kind.desc(), claims.c.low, claims.c.high, claims.c.id),
    "kind": (claims.c.kind, claims.c.low, claims.c.high, claims.c.id),
    "status": (claims.c.status, claims.c.id),
    "sector": (claims.c.sector, claims.c.id),
    "period": (claims.c.as_of, claims.c.id),
}


def sort_columns(
    orders: dict[str, tuple[sa.ColumnElement[Any], ...]], order: str
) -> list[sa.ColumnElement[Any]]:
    """The ORDER BY of ``order``: a key of ``orders``, descending with a leading ``-``.

    Raises:
        ConfigError: an unknown key.
    """
    key, desc = order.removeprefix("-"), order.startswith("-")
    if key not in orders:
        raise ConfigError(f"sort by one of {', '.join(orders)}, not {key!r}")
    fixed = sa.sql.elements.UnaryExpression  # a column given with its direction
    return [c if isinstance(c, fixed) or not desc else c.desc() for c in orders[key]]


# Orders led by a column of few values, and those values (None: the column is empty).
_LEADS: dict[str, tuple[sa.ColumnElement[Any], tuple[str | None, ...]]] = {
    "figure": (claims.c.kind, KINDS),
    "kind": (claims.c.kind, KINDS),
    "status": (claims.c.status, (None, *STATUSES)),
    "sector": (claims.c.sector, (None, *SECTORS)),
}


def empty_groups(conn: Connection, flt: ClaimFilter, order: str) -> tuple[str | None, ...]:
    """The values of the order's leading column (kind, status, sector) that no claim of a
    country filter has: a page skips them instead of reading through them (the money
    claims of a country with worker counts only, its claims without a status).

    One short query per value; an empty value costs a scan of its claims, so the store
    keeps the answer until the data changes.
    """
    if grouped_by(flt, order) is None:
        return ()
    column, values = _LEADS[order.removeprefix("-")]
    dest = claim_destinations.c
    at = sa.exists().where(dest.claim_id == claims.c.id, dest.destination == flt.country)
    # superseded claims count too: the probe reads the column's index alone, and a value
    # only superseded claims have is merely not skipped
    where = [*replace(flt, country=None, current=False).where(), at]
    out = []
    for value in values:
        has = column.is_(None) if value is None else column == value
        if conn.execute(sa.select(claims.c.id).where(*where, has).limit(1)).first() is None:
            out.append(value)
    return tuple(out)


def grouped_by(flt: ClaimFilter, order: str) -> str | None:
    """The leading column whose empty values a page of ``flt`` in ``order`` skips, if any."""
    lead = _LEADS.get(order.removeprefix("-"))
    if lead is None or not flt.country or not _claims_only(flt, order):
        return None
    return lead[0].key


def _skipping(order: str, skip: tuple[str | None, ...]) -> list[sa.ColumnElement[bool]]:
    """The condition leaving out the leading column's ``skip`` values (NOT IN drops NULLs)."""
    if not skip:
        return []
    column, values = _LEADS[order.removeprefix("-")]
    named = [v for v in skip if v is not None]
    kept = column.not_in(named)
    if None in skip:
        return [column.is_not(None), kept] if named else [column.is_not(None)]
    return [sa.or_(column.is_(None), kept) if None in values else kept]


def claim_page(
    conn: Connection,
    flt: ClaimFilter,
    limit: int,
    offset: int = 0,
    order: str = "-id",
    skip: tuple[str | None, ...] = (),
) -> list[ClaimRow]:
    """Claims matching ``flt``, one page, sorted by ``order`` (a :data:`CLAIM_ORDERS` key,
    ``-`` first for descending; newest claim first by default).

    By claim id, a destination filter is a join walked backwards along the (destination,
    claim id) index, so a page costs a few dozen lookups even when a country has 300,000
    claims; in another order each claim read in that order is checked against the same
    index. ``skip``: values of the order's leading column no claim of ``flt`` has
    (:func:`empty_groups`), left out of the scan.
    """
    by = sort_columns(CLAIM_ORDERS, order)
    dest = claim_destinations.c
    if flt.country and order.removeprefix("-") == "id":
        q = _of_country(flt).order_by(
            dest.claim_id.desc() if order.startswith("-") else dest.claim_id
        )
    else:
        where = [*replace(flt, country=None).where(), *_skipping(order, skip)]
        if flt.country:
            at = sa.exists().where(dest.claim_id == claims.c.id, dest.destination == flt.country)
            where.append(at)
        q = sa.select(*_COLUMNS).select_from(_JOINED)
        if flt.country and _claims_only(flt, order):
            # the page's ids first, along the sort's covering index with the destination
            # checked per claim; only those few claims are joined with their documents
            ids = sa.select(claims.c.id).where(*where).order_by(*by).limit(limit).offset(offset)
            q = q.where(claims.c.id.in_(ids)).order_by(*by)
            return [_claim_row(r) for r in conn.execute(q)]
        q = q.where(*where).order_by(*by)
    return [_claim_row(r) for r in conn.execute(q.limit(limit).offset(offset))]


def _claims_only(flt: ClaimFilter, order: str) -> bool:
    """Whether the filter and the order read the claims table alone."""
    on_documents = flt.cluster is not None or flt.relevant is not None
    return not on_documents and order.removeprefix("-") != "published"


def claim_by_id(conn: Connection, claim_id: int) -> ClaimRow | None:
    """One stored claim, current or superseded, as the machine extracted it."""
    q = sa.select(*_COLUMNS).select_from(_JOINED).where(claims.c.id == claim_id)
    found = conn.execute(q).first()
    return _claim_row(found) if found is not None else None


def iter_claims(conn: Connection, flt: ClaimFilter) -> Iterator[StoredClaim]:
    """Stream stored claims rebuilt as the model's :class:`Claim`."""
    for r in stream_rows(conn, _claims_query(flt)):
        m = dict(zip(_NAMES, r, strict=True))
        start, end, text = m["period_start"], m["period_end"], m["period_text"]
        value = Amount(
            m["low"],
            m["high"],
            text=m["text"],
            qualifier=m["qualifier"],
            currency=m["currency"],
            per=m["per"],
        )
        claim = Claim(
            kind=m["kind"],
            value=value,
            evidence=Evidence(m["sentence"], m["start"], m["end"]),
            destinations=list(_destinations(m["destinations"])),
            status=m["status"],
            sector=m["sector"],
            period=Period(start, end, text) if (start or end or text) else None,
            attribution=m["attribution"],
            scope=m["scope"],
            origin=m["origin"],
            basis=m["basis"],
            cumulative=bool(m["cumulative"]),
        )
        yield StoredClaim(m["claim_id"], m["document_id"], claim, m["revision"], bool(m["current"]))


_DOC: dict[str, sa.ColumnElement[Any]] = {
    "id": documents.c.id,
    "url": documents.c.url,
    "title": documents.c.title,
    "published": documents.c.published,
    "publisher": publishers.c.name,
    "language": documents.c.language,
    "relevant": documents.c.relevant,
    "relevance": documents.c.relevance,
    "cluster": documents.c.cluster,
    "revision": documents.c.revision,
    "content_hash": documents.c.content_hash,
    "source": documents.c.source,
    "unread": documents.c.unread,
}
_DOC_JOINED = documents.outerjoin(publishers, publishers.c.id == documents.c.publisher_id)


def _documents_query(with_text: bool) -> sa.Select[Any]:
    cols = {**_DOC, "text": documents.c.text} if with_text else _DOC
    return sa.select(*(c.label(n) for n, c in cols.items())).select_from(_DOC_JOINED)


def _document(r: sa.Row[Any]) -> StoredDocument:
    m = r._mapping
    return StoredDocument(**{**m, "relevant": bool(m["relevant"])})


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
    q = _documents_query(with_text)
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
        yield _document(r)


@dataclass(frozen=True, slots=True)
class DocumentFilter:
    """Which documents a page lists; every field optional, combined with AND."""

    publisher: str | None = None
    since: str | None = None  # YYYY[-MM[-DD]]: published then or later
    until: str | None = None  # YYYY[-MM[-DD]]: published then or earlier
    relevant: bool | None = None


# How a documents page may be sorted (publication date by the index on (published, seq)).
DOCUMENT_ORDERS: dict[str, tuple[sa.ColumnElement[Any], ...]] = {
    "published": (documents.c.published, documents.c.seq),
    "seen": (documents.c.seq,),
}


def document_page(
    conn: Connection, flt: DocumentFilter, limit: int, offset: int = 0, order: str = "-published"
) -> list[StoredDocument]:
    """Documents newest-published first (or by ``order``, a :data:`DOCUMENT_ORDERS` key,
    ``-`` first for descending), one page."""
    by = sort_columns(DOCUMENT_ORDERS, order)
    q = _documents_query(with_text=False)
    if flt.publisher:
        q = q.where(publishers.c.name == flt.publisher)
    if flt.since:
        q = q.where(documents.c.published >= flt.since)
    if flt.until:
        q = q.where(documents.c.published <= flt.until + "\uffff")
    if flt.relevant is not None:
        q = q.where(documents.c.relevant.is_(flt.relevant))
    q = q.order_by(*by)
    return [_document(r) for r in conn.execute(q.limit(limit).offset(offset))]


def publisher_names(conn: Connection, limit: int) -> list[str]:
    q = sa.select(publishers.c.name).order_by(publishers.c.name).limit(limit)
    return [r[0] for r in conn.execute(q)]


def fingerprint(conn: Connection) -> tuple[Any, ...]:
    """Changes whenever claims, documents or review decisions change (indexed maxima)."""
    maxima = (claims.c.id, documents.c.seq, documents.c.revision, review_log.c.id)
    q = sa.select(*(sa.select(sa.func.max(c)).scalar_subquery() for c in maxima))
    return tuple(conn.execute(q).one())


def search_terms(text: str) -> list[str]:
    """User text as search terms: quoted phrases and single words, all required."""
    parts = re.findall(r'"([^"]+)"|(\w+)', text)
    terms = [" ".join(re.findall(r"\w+", phrase)) or word for phrase, word in parts]
    terms = [t for t in terms if t]
    if not terms:
        raise ConfigError(f"nothing to search for in {text!r}")
    return terms


def _search(q: sa.Select[Any], dialect: str, text: str) -> sa.Select[Any]:
    """``q`` narrowed to the documents matching ``text``, best first: the newest
    :data:`SEARCH_RANKED` matches are ranked (a word in every document ranks a bounded set)."""
    terms = search_terms(text)
    if dialect == "sqlite":
        match = " ".join(f'"{t}"' for t in terms)
        hits = (
            sa.text(
                "SELECT rowid AS seq, rank FROM documents_fts WHERE documents_fts MATCH :q"
                " ORDER BY rowid DESC LIMIT :n"
            )
            .bindparams(q=match, n=SEARCH_RANKED)
            .columns(seq=sa.Integer, rank=sa.Float)
            .subquery("hits")
        )
        return q.join(hits, hits.c.seq == documents.c.seq).order_by(hits.c.rank, documents.c.seq)
    tsq: sa.ColumnElement[Any] = sa.func.phraseto_tsquery("english", terms[0])
    for term in terms[1:]:
        tsq = tsq.op("&&")(sa.func.phraseto_tsquery("english", term))
    vec: sa.ColumnElement[Any] = sa.literal_column("documents.search")
    newest = (
        sa.select(documents.c.seq)
        .where(vec.op("@@")(tsq))
        .order_by(documents.c.seq.desc())
        .limit(SEARCH_RANKED)
    )
    return q.where(documents.c.seq.in_(newest)).order_by(
        sa.func.ts_rank(vec, tsq).desc(), documents.c.seq
    )
