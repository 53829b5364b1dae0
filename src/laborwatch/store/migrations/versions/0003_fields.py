"""Claims say their scope, origin, basis and whether they are cumulative; documents say why
their text was not read; ingest runs say where they run and when they last committed (so a
killed run can be told from a live one).

The columns are those ``laborwatch.store.schema`` marks as added here.

Revision ID: 0003_fields
Revises: 0002_review
Create Date: 2026-12-06
"""

from __future__ import annotations

from laborwatch.store.ddl import add_columns, drop_columns

revision = "0003_fields"
down_revision = "0002_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    add_columns(revision)


def downgrade() -> None:
    drop_columns(revision)
