"""Human review: claim decisions, document relevance decisions, the audit log, API tokens.

Decisions live apart from the machine's claims (which are never overwritten) and are keyed
on what survives a re-extraction: the document id and the claim's key (kind, evidence
sentence, figure), see ``laborwatch.review.keys``.

Revision ID: 0002_review
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_review"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "claim_reviews",
        sa.Column("document_id", sa.String, primary_key=True),
        sa.Column("claim_key", sa.String(32), primary_key=True),
        sa.Column("claim_id", sa.Integer),  # the claim it was made on (informational)
        sa.Column("decision", sa.String, nullable=False),  # accepted | rejected | corrected
        sa.Column("changes", sa.Text),  # JSON of corrected fields
        sa.Column("reviewer", sa.String, nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "document_reviews",
        sa.Column("document_id", sa.String, primary_key=True),
        sa.Column("relevant", sa.Boolean, nullable=False),
        sa.Column("reviewer", sa.String, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
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
    )
    op.create_index("ix_review_log_target", "review_log", ["document_id", "claim_key"])
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("last_used_at", TS),
    )


def downgrade() -> None:
    for name in ("api_tokens", "review_log", "document_reviews", "claim_reviews"):
        op.drop_table(name)
