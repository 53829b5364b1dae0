"""The initial schema: documents, revisions, claims, clusters, runs, fetch cache, search.

Tables and columns come from ``laborwatch.store.schema`` (those it marks as added here).
"""

from __future__ import annotations

from alembic import op

from laborwatch.store.ddl import create_tables, drop_tables

revision = "0001"
down_revision = None


def upgrade() -> None:
    create_tables(revision)
    _search()
    _claim_copies_view()


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
    drop_tables(revision)
