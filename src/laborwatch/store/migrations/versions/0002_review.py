"""Human review: claim decisions, document relevance decisions, the audit log, API tokens.

Decisions live apart from the machine's claims (which are never overwritten) and are keyed
on what survives a re-extraction: the document id and the claim's key (kind, evidence
sentence, figure), see ``laborwatch.review.keys``. The tables are those
``laborwatch.store.schema`` marks as added here.

Revision ID: 0002_review
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from laborwatch.store.ddl import create_tables, drop_tables

revision = "0002_review"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_tables(revision)


def downgrade() -> None:
    drop_tables(revision)
