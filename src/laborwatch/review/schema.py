"""The review tables (created by migration ``0002_review``), as SQLAlchemy Core objects."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()
TS = sa.DateTime(timezone=True)

claim_reviews = sa.Table(
    "claim_reviews",
    metadata,
    sa.Column("document_id", sa.String, primary_key=True),
    sa.Column("claim_key", sa.String(32), primary_key=True),
    sa.Column("claim_id", sa.Integer),
    sa.Column("decision", sa.String, nullable=False),
    sa.Column("changes", sa.Text),
    sa.Column("reviewer", sa.String, nullable=False),
    sa.Column("note", sa.Text),
    sa.Column("updated_at", TS, nullable=False),
)

document_reviews = sa.Table(
    "document_reviews",
    metadata,
    sa.Column("document_id", sa.String, primary_key=True),
    sa.Column("relevant", sa.Boolean, nullable=False),
    sa.Column("reviewer", sa.String, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
)

review_log = sa.Table(
    "review_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("reviewer", sa.String, nullable=False),
    sa.Column("target", sa.String, nullable=False),
    sa.Column("document_id", sa.String, nullable=False),
    sa.Column("claim_key", sa.String(32)),
    sa.Column("claim_id", sa.Integer),
    sa.Column("action", sa.String, nullable=False),
    sa.Column("before", sa.Text),
    sa.Column("after", sa.Text),
    sa.Column("note", sa.Text),
)

api_tokens = sa.Table(
    "api_tokens",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String, nullable=False),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("last_used_at", TS),
)
