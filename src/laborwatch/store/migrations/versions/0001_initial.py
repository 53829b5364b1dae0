"""The initial schema: documents, revisions, claims, clusters, runs, fetch cache, search.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "publishers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String, nullable=False, unique=True),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("finished_at", TS),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("sources", sa.Text),
        *[
            sa.Column(name, sa.Integer, nullable=False, server_default="0")
            for name in (
                "documents_new",
                "documents_updated",
                "documents_unchanged",
                "documents_failed",
                "claims_added",
            )
        ],
    )
    _documents()
    _claims()
    op.create_table(
        "fetch_cache",
        sa.Column("url", sa.String, primary_key=True),
        sa.Column("etag", sa.String),
        sa.Column("last_modified", sa.String),
        sa.Column("content_hash", sa.String(64)),
        sa.Column("fetched_at", TS, nullable=False),
    )
    op.create_table(
        "minhashes",
        sa.Column("document_id", sa.String, sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("shingles", sa.Integer, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "lsh_buckets",
        sa.Column("bucket", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("document_id", sa.String, primary_key=True),
        sqlite_with_rowid=False,
    )
    _search()
    _claim_copies_view()


def _documents() -> None:
    op.create_table(
        "documents",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String, nullable=False, unique=True),
        sa.Column("url", sa.String),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String),
        sa.Column("publisher_id", sa.Integer, sa.ForeignKey("publishers.id")),
        sa.Column("language", sa.String),
        sa.Column("source", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("relevant", sa.Boolean, nullable=False),
        sa.Column("relevance", sa.Float, nullable=False),
        sa.Column("cluster", sa.String, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("pages", sa.Text),
        sa.Column("extra", sa.Text),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id")),
        sa.Column("first_seen_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_documents_content_hash", "documents", ["content_hash"])
    op.create_index("ix_documents_cluster", "documents", ["cluster"])
    op.create_table(
        "document_revisions",
        sa.Column("document_id", sa.String, sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("revision", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.String),
        sa.Column("published", sa.String),
        sa.Column("text", sa.Text),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("ingest_runs.id")),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("superseded_at", TS),
    )


def _claims() -> None:
    op.create_table(
        "claims",
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
        sa.Column("destinations", sa.Text, nullable=False),
        sa.Column("status", sa.String),
        sa.Column("sector", sa.String),
        sa.Column("period_start", sa.String),
        sa.Column("period_end", sa.String),
        sa.Column("period_text", sa.Text),
        sa.Column("attribution", sa.Text),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("as_of", sa.String),
        sa.Column("review", sa.String),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_claims_document_current", "claims", ["document_id", "current"])
    op.create_index("ix_claims_kind_value", "claims", ["kind", "low", "high"])
    op.create_index("ix_claims_status", "claims", ["status"])
    op.create_index("ix_claims_sector", "claims", ["sector"])
    op.create_index("ix_claims_as_of", "claims", ["as_of"])
    op.create_table(
        "claim_destinations",
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id"), primary_key=True),
        sa.Column("destination", sa.String, primary_key=True),
    )
    op.create_index(
        "ix_claim_destinations_destination", "claim_destinations", ["destination", "claim_id"]
    )


def _search() -> None:
    """Full-text search: FTS5 (external content, kept in sync by triggers) or tsvector+GIN."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents',"
            " content_rowid='seq', tokenize='porter unicode61')"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN"
            " INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);"
            " END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN"
            " INSERT INTO documents_fts(documents_fts, rowid, title, text)"
            " VALUES ('delete', old.seq, old.title, old.text); END"
        )
        op.execute(
            "CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN"
            " INSERT INTO documents_fts(documents_fts, rowid, title, text)"
            " VALUES ('delete', old.seq, old.title, old.text);"
            " INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);"
            " END"
        )
    else:
        op.execute(
            "ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS"
            " (to_tsvector('english', left(coalesce(title, '') || ' ' || text, 500000))) STORED"
        )
        op.execute("CREATE INDEX ix_documents_search ON documents USING gin (search)")


def _claim_copies_view() -> None:
    """For each current claim, the other documents of its story cluster stating it too."""
    same = "IS" if op.get_bind().dialect.name == "sqlite" else "IS NOT DISTINCT FROM"
    op.execute(f"""
        CREATE VIEW claim_copies AS
        SELECT c1.id AS claim_id, c1.document_id AS document_id, d1.cluster AS cluster,
               d2.id AS copy_document_id, c2.id AS copy_claim_id
        FROM claims c1
        JOIN documents d1 ON d1.id = c1.document_id
        JOIN documents d2 ON d2.cluster = d1.cluster AND d2.id <> d1.id
        JOIN claims c2 ON c2.document_id = d2.id AND c2.current AND c2.kind = c1.kind
             AND c2.low {same} c1.low AND c2.high {same} c1.high
        WHERE c1.current""")


def downgrade() -> None:
    op.execute("DROP VIEW claim_copies")
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE documents_fts")
    for name in (
        "lsh_buckets",
        "minhashes",
        "fetch_cache",
        "claim_destinations",
        "claims",
        "document_revisions",
        "documents",
        "ingest_runs",
        "publishers",
    ):
        op.drop_table(name)
