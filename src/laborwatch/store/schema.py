"""The tables, written once: the queries use them and the migrations create them from them.

Every table and column belongs to the migration that introduced it (``info={"added": ...}``,
the first migration when absent); ``migrations/versions`` builds each revision's DDL from
these definitions (:mod:`laborwatch.store.ddl`), so a column is declared in one place.
Full-text search and the ``claim_copies`` view are dialect-specific DDL in the first
migration. Timestamps are UTC.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

metadata = sa.MetaData()
TS = sa.DateTime(timezone=True)
FIRST = "0001"
REVIEW = {"added": "0002_review"}
FIELDS = {"added": "0003_fields"}

RUN_COUNTERS = (
    "documents_new",
    "documents_updated",
    "documents_unchanged",
    "documents_failed",
    "claims_added",
)


def id_column() -> sa.Column[Any]:
    """An autoincrementing integer primary key named ``id``."""
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


def optional(**types: Any) -> list[sa.Column[Any]]:
    """Nullable columns, one per name, in the order given."""
    return [sa.Column(name, kind) for name, kind in types.items()]


def run_columns() -> list[sa.Column[Any]]:
    """``id``, ``started_at``, ``finished_at`` and ``status`` of a run or poll."""
    return [
        id_column(),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("finished_at", TS),
        sa.Column("status", sa.String, nullable=False),
    ]


def counter_columns() -> list[sa.Column[Any]]:
    """One zero-defaulted integer column per name in :data:`RUN_COUNTERS`."""
    return [
        sa.Column(name, sa.Integer, nullable=False, server_default="0") for name in RUN_COUNTERS
    ]


publishers = sa.Table(
    "publishers",
    metadata,
    id_column(),
    sa.Column("name", sa.String, nullable=False, unique=True),
    sa.Column("created_at", TS, nullable=False),
)

ingest_runs = sa.Table(
    "ingest_runs",
    metadata,
    *run_columns(),  # status: running | finished | failed | interrupted
    sa.Column("sources", sa.Text),  # JSON list of the SOURCE arguments
    *counter_columns(),
    sa.Column("host", sa.String, info=FIELDS),  # where the run's process runs
    sa.Column("pid", sa.Integer, info=FIELDS),
    sa.Column("heartbeat_at", TS, info=FIELDS),  # last committed batch
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.String, nullable=False, unique=True),
    sa.Column("url", sa.String),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String),  # YYYY, YYYY-MM or YYYY-MM-DD
    sa.Column("publisher_id", sa.Integer, sa.ForeignKey("publishers.id")),
    sa.Column("language", sa.String),
    sa.Column("source", sa.Text),  # where it was read from: path[:line], URL
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("relevant", sa.Boolean, nullable=False),
    sa.Column("relevance", sa.Float, nullable=False),
    sa.Column("cluster", sa.String, nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("pages", sa.Text),  # JSON [[start offset, page number], ...] for PDFs
    sa.Column("extra", sa.Text),  # JSON of any other input fields
    sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id")),
    sa.Column("first_seen_at", TS, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
    sa.Column("unread", sa.Text, info=FIELDS),  # why the text was not read
    sa.Index("ix_documents_content_hash", "content_hash"),
    sa.Index("ix_documents_cluster", "cluster"),
)

document_revisions = sa.Table(
    "document_revisions",
    metadata,
    sa.Column("document_id", sa.String, sa.ForeignKey("documents.id"), primary_key=True),
    sa.Column("revision", sa.Integer, primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.String),
    sa.Column("published", sa.String),
    sa.Column("text", sa.Text),  # NULL while current (documents.text has it)
    sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id")),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("superseded_at", TS),
)

claims = sa.Table(
    "claims",
    metadata,
    id_column(),
    sa.Column("document_id", sa.String, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("current", sa.Boolean, nullable=False),
    sa.Column("kind", sa.String, nullable=False),
    *optional(low=sa.Float, high=sa.Float, qualifier=sa.String, currency=sa.String),
    *optional(per=sa.String, value_text=sa.Text),
    sa.Column("destinations", sa.Text, nullable=False),  # JSON list
    *optional(status=sa.String, sector=sa.String),
    *optional(period_start=sa.String, period_end=sa.String, period_text=sa.Text),
    sa.Column("attribution", sa.Text),
    sa.Column("sentence", sa.Text, nullable=False),
    sa.Column("evidence_start", sa.Integer, nullable=False),
    sa.Column("evidence_end", sa.Integer, nullable=False),
    sa.Column("as_of", sa.String),  # period end, else start, else the document's date
    sa.Column("review", sa.String),  # NULL (machine), accepted, rejected, corrected
    sa.Column("created_at", TS, nullable=False),
    sa.Column("scope", sa.String, info=FIELDS),  # how much of the destination
    sa.Column("origin", sa.Text, info=FIELDS),  # who first stated the figure
    sa.Column("basis", sa.String, info=FIELDS),  # money claims: what the amount is
    sa.Column("cumulative", sa.Boolean, nullable=False, server_default=sa.false(), info=FIELDS),
    sa.Index("ix_claims_document_current", "document_id", "current"),
    sa.Index("ix_claims_kind_value", "kind", "low", "high"),
    *[sa.Index(f"ix_claims_{name}", name) for name in ("status", "sector", "as_of")],
)

claim_destinations = sa.Table(
    "claim_destinations",
    metadata,
    sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id"), primary_key=True),
    sa.Column("destination", sa.String, primary_key=True),
    sa.Index("ix_claim_destinations_destination", "destination", "claim_id"),
)

fetch_cache = sa.Table(
    "fetch_cache",
    metadata,
    sa.Column("url", sa.String, primary_key=True),
    sa.Column("etag", sa.String),
    sa.Column("last_modified", sa.String),
    sa.Column("content_hash", sa.String(64)),
    sa.Column("fetched_at", TS, nullable=False),
)

minhashes = sa.Table(
    "minhashes",
    metadata,
    sa.Column("document_id", sa.String, sa.ForeignKey("documents.id"), primary_key=True),
    sa.Column("shingles", sa.Integer, nullable=False),
    sa.Column("signature", sa.LargeBinary, nullable=False),
)

lsh_buckets = sa.Table(
    "lsh_buckets",
    metadata,
    sa.Column("bucket", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("document_id", sa.String, primary_key=True),  # derived data: no foreign key
    sqlite_with_rowid=False,
)

# -- human review: decisions live apart from the machine's claims (never overwritten), keyed
# on what survives a re-extraction: the document id and the claim key (review/keys.py).

claim_reviews = sa.Table(
    "claim_reviews",
    metadata,
    sa.Column("document_id", sa.String, primary_key=True),
    sa.Column("claim_key", sa.String(32), primary_key=True),
    sa.Column("claim_id", sa.Integer),  # the claim it was made on (informational)
    sa.Column("decision", sa.String, nullable=False),  # accepted | rejected | corrected
    sa.Column("changes", sa.Text),  # JSON of corrected fields
    sa.Column("reviewer", sa.String, nullable=False),
    sa.Column("note", sa.Text),
    sa.Column("updated_at", TS, nullable=False),
    info=REVIEW,
)

document_reviews = sa.Table(
    "document_reviews",
    metadata,
    sa.Column("document_id", sa.String, primary_key=True),
    sa.Column("relevant", sa.Boolean, nullable=False),
    sa.Column("reviewer", sa.String, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
    info=REVIEW,
)

review_log = sa.Table(
    "review_log",
    metadata,
    id_column(),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("reviewer", sa.String, nullable=False),
    sa.Column("target", sa.String, nullable=False),  # claim | document
    sa.Column("document_id", sa.String, nullable=False),
    sa.Column("claim_key", sa.String(32)),
    sa.Column("claim_id", sa.Integer),
    sa.Column("action", sa.String, nullable=False),
    sa.Column("before", sa.Text),  # JSON
    sa.Column("after", sa.Text),  # JSON
    sa.Column("note", sa.Text),
    sa.Index("ix_review_log_target", "document_id", "claim_key"),
    info=REVIEW,
)

api_tokens = sa.Table(
    "api_tokens",
    metadata,
    id_column(),
    sa.Column("name", sa.String, nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("last_used_at", TS),
    info=REVIEW,
)


def added_in(item: sa.Table | sa.Column[Any] | sa.Index) -> str:
    """The migration that introduced a table, column or index."""
    if "added" in item.info:
        return str(item.info["added"])
    if isinstance(item, sa.Column):
        return added_in(item.table)
    if isinstance(item, sa.Index) and item.table is not None:
        return max((added_in(c) for c in item.columns), default=added_in(item.table))
    return FIRST
