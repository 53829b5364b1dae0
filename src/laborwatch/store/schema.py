"""The tables, as SQLAlchemy Core objects for queries.

The migrations under ``migrations/versions`` create them; ``tests/store`` checks that the
migrated database and these definitions agree. Timestamps are UTC.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

publishers = sa.Table(
    "publishers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String, nullable=False, unique=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

ingest_runs = sa.Table(
    "ingest_runs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("status", sa.String, nullable=False),  # running | finished | failed
    sa.Column("sources", sa.Text),  # JSON list of the SOURCE arguments
    sa.Column("documents_new", sa.Integer, nullable=False, server_default="0"),
    sa.Column("documents_updated", sa.Integer, nullable=False, server_default="0"),
    sa.Column("documents_unchanged", sa.Integer, nullable=False, server_default="0"),
    sa.Column("documents_failed", sa.Integer, nullable=False, server_default="0"),
    sa.Column("claims_added", sa.Integer, nullable=False, server_default="0"),
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
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("relevant", sa.Boolean, nullable=False),
    sa.Column("relevance", sa.Float, nullable=False),
    sa.Column("cluster", sa.String, nullable=False, index=True),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("pages", sa.Text),  # JSON [[start offset, page number], ...] for PDFs
    sa.Column("extra", sa.Text),  # JSON of any other input fields
    sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id")),
    sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
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
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("superseded_at", sa.DateTime(timezone=True)),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.String, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("current", sa.Boolean, nullable=False),
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("low", sa.Float),
    sa.Column("high", sa.Float),
    sa.Column("qualifier", sa.String),
    sa.Column("currency", sa.String),
    sa.Column("per", sa.String),
    sa.Column("value_text", sa.Text),
    sa.Column("destinations", sa.Text, nullable=False),  # JSON list
    sa.Column("status", sa.String),
    sa.Column("sector", sa.String),
    sa.Column("period_start", sa.String),
    sa.Column("period_end", sa.String),
    sa.Column("period_text", sa.Text),
    sa.Column("attribution", sa.Text),
    sa.Column("sentence", sa.Text, nullable=False),
    sa.Column("evidence_start", sa.Integer, nullable=False),
    sa.Column("evidence_end", sa.Integer, nullable=False),
    sa.Column("as_of", sa.String),  # period end, else start, else the document's date
    sa.Column("review", sa.String),  # NULL (machine), accepted, rejected, corrected
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_claims_document_current", "document_id", "current"),
    sa.Index("ix_claims_kind_value", "kind", "low", "high"),
    sa.Index("ix_claims_status", "status"),
    sa.Index("ix_claims_sector", "sector"),
    sa.Index("ix_claims_as_of", "as_of"),
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
    sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
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
