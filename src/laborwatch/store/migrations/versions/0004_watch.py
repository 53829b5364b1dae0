"""Watch: followed sources, their polls, runs, estimate snapshots, digests and alerts."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_watch"
down_revision = "0003_fields"

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("url", sa.String, primary_key=True),
        sa.Column("every_seconds", sa.Integer, nullable=False),
        sa.Column("next_due", TS),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_polled_at", TS),
        sa.Column("last_status", sa.String),
        sa.Column("last_returned", sa.Text),
        sa.Column("last_error", sa.Text),
        sa.Column("last_ok_at", TS),
        sa.Column("last_new_at", TS),
        sa.Column("first_seen_at", TS, nullable=False),
    )
    op.create_table(
        "watch_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("finished_at", TS),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("sources", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "watch_polls",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("watch_run_id", sa.Integer, sa.ForeignKey("watch_runs.id"), nullable=False),
        sa.Column("url", sa.String, nullable=False),
        sa.Column("ingest_run_id", sa.Integer, sa.ForeignKey("ingest_runs.id")),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("finished_at", TS),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("documents_new", sa.Integer, nullable=False, server_default="0"),
        sa.Column("documents_updated", sa.Integer, nullable=False, server_default="0"),
        sa.Column("documents_unchanged", sa.Integer, nullable=False, server_default="0"),
        sa.Column("documents_failed", sa.Integer, nullable=False, server_default="0"),
        sa.Column("claims_added", sa.Integer, nullable=False, server_default="0"),
        sa.Column("errors", sa.Text),
    )
    op.create_index("ix_watch_polls_url", "watch_polls", ["url", "id"])
    op.create_table(
        "watch_snapshots",
        sa.Column("watch_run_id", sa.Integer, sa.ForeignKey("watch_runs.id"), primary_key=True),
        sa.Column("taken_at", TS, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_table(
        "watch_digests",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("period", sa.String, nullable=False),
        sa.Column("watch_run_id", sa.Integer, sa.ForeignKey("watch_runs.id")),
        sa.Column("since", TS),
        sa.Column("until", TS, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
    )
    op.create_index("ix_watch_digests_period", "watch_digests", ["period", "until"])
    op.create_table(
        "watch_alerts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("rule", sa.String, nullable=False),
        sa.Column("key", sa.String, nullable=False),
        sa.Column("watch_run_id", sa.Integer, sa.ForeignKey("watch_runs.id")),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.UniqueConstraint("rule", "key", name="uq_watch_alerts_rule_key"),
    )
    op.create_table(
        "watch_deliveries",
        sa.Column("alert_id", sa.Integer, sa.ForeignKey("watch_alerts.id"), primary_key=True),
        sa.Column("target", sa.String, primary_key=True),
        sa.Column("delivered_at", TS, nullable=False),
    )


def downgrade() -> None:
    for name in (
        "watch_deliveries",
        "watch_alerts",
        "watch_digests",
        "watch_snapshots",
        "watch_polls",
        "watch_runs",
        "watch_sources",
    ):
        op.drop_table(name)
