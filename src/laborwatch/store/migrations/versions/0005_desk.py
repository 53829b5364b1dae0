"""The source register (reviewers' grades for publishers and originating sources) and the
indexes behind sorted lists (documents by publication date, claims by figure).

The table and the documents index are those ``laborwatch.store.schema`` marks as added
here; the claims index has a descending column, written here.

Revision ID: 0005_desk
Revises: 0004_watch
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from laborwatch.store.ddl import add_columns, create_tables, drop_tables

revision = "0005_desk"
down_revision = "0004_watch"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_tables(revision)
    add_columns(revision)  # the indexes on older tables
    op.create_index("ix_claims_kind_figure", "claims", [sa.text("kind DESC"), "low", "high", "id"])


def downgrade() -> None:
    op.drop_index("ix_claims_kind_figure", "claims")
    op.drop_index("ix_documents_published", "documents")
    drop_tables(revision)
