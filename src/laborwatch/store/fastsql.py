"""Hot-path statements as plain SQL through the driver (same text on both databases).

Per document, ingest runs about ten statements; SQLAlchemy's per-statement bookkeeping
cost more than SQLite's own work, so these few go straight to the DB-API cursor with the
driver's placeholder style. Everything else uses SQLAlchemy Core.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy.engine import Connection

# What the drivers raise (these statements bypass SQLAlchemy's exception wrapping).
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, psycopg.Error)

DOCUMENT_COLUMNS = (
    "id",
    "url",
    "title",
    "published",
    "publisher_id",
    "language",
    "source",
    "text",
    "content_hash",
    "relevant",
    "relevance",
    "cluster",
    "pages",
    "extra",
    "run_id",
    "updated_at",
    "unread",
    "revision",
    "first_seen_at",
)
REVISION_COLUMNS = (
    "document_id",
    "revision",
    "content_hash",
    "title",
    "url",
    "published",
    "text",
    "run_id",
    "created_at",
    "superseded_at",
)

CURRENT = "SELECT content_hash, revision, cluster FROM documents WHERE id = ?"
SAME_CONTENT = (
    "SELECT cluster FROM documents WHERE content_hash = ? AND id <> ? ORDER BY seq LIMIT 1"
)
INSERT_MINHASH = "INSERT INTO minhashes (document_id, shingles, signature) VALUES (?, ?, ?)"


def _insert(table: str, columns: Sequence[str]) -> str:
    marks = ", ".join("?" * len(columns))
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"


CLAIM_COLUMNS = (
    "document_id", "revision", "current", "kind", "low", "high", "qualifier", "currency",
    "per", "value_text", "destinations", "status", "sector", "period_start", "period_end",
    "period_text", "attribution", "sentence", "evidence_start", "evidence_end", "as_of",
    "review", "created_at", "scope", "origin", "basis", "cumulative",
)  # fmt: skip
INSERT_DOCUMENT = _insert("documents", DOCUMENT_COLUMNS)
INSERT_REVISION = _insert("document_revisions", REVISION_COLUMNS)


@functools.cache
def candidates_sql(n_keys: int) -> str:
    marks = ", ".join("?" * n_keys)
    return (
        "SELECT m.document_id, d.cluster, m.signature, m.shingles FROM minhashes m"
        " JOIN documents d ON d.id = m.document_id WHERE m.document_id IN"
        f" (SELECT DISTINCT document_id FROM lsh_buckets WHERE bucket IN ({marks}))"
        " AND m.document_id <> ? ORDER BY d.seq"
    )


@functools.cache
def texts_sql(n_ids: int) -> str:
    return f"SELECT id, text FROM documents WHERE id IN ({', '.join('?' * n_ids)})"


@functools.cache
def claims_sql(n_claims: int) -> str:
    """A multi-row claim insert returning the new ids (ascending in row order: one writer)."""
    row = f"({', '.join('?' * len(CLAIM_COLUMNS))})"
    return (
        f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) VALUES "
        f"{', '.join([row] * n_claims)} RETURNING id"
    )


@functools.cache
def destinations_sql(n_rows: int) -> str:
    return "INSERT INTO claim_destinations (claim_id, destination) VALUES " + ", ".join(
        ["(?, ?)"] * n_rows
    )


@functools.cache
def buckets_sql(n_keys: int) -> str:
    # A new revision may file figure keys its earlier revision left (drop_sketch removes
    # the band keys only): the row is already there.
    rows = ", ".join(["(?, ?)"] * n_keys)
    return f"INSERT INTO lsh_buckets (bucket, document_id) VALUES {rows} ON CONFLICT DO NOTHING"


def run(conn: Connection, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Execute a query (written with ``?``) with positional parameters; its rows."""
    cursor = _execute(conn, sql, params)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


def write(conn: Connection, sql: str, params: Sequence[Any] = ()) -> None:
    """Execute a statement without reading a result (queued while in a pipeline)."""
    _execute(conn, sql, params).close()


def _execute(conn: Connection, sql: str, params: Sequence[Any]) -> Any:
    if conn.dialect.paramstyle != "qmark":
        sql = _format_style(sql)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    cursor.execute(sql, tuple(_adapt(conn, p) for p in params))
    return cursor


@contextlib.contextmanager
def pipeline(conn: Connection) -> Iterator[None]:
    """On PostgreSQL, send the statements inside without waiting for each answer."""
    if conn.dialect.name != "postgresql":
        yield
        return
    with conn.connection.driver_connection.pipeline():  # type: ignore[union-attr]
        yield


def first(conn: Connection, sql: str, params: Sequence[Any]) -> tuple[Any, ...] | None:
    rows = run(conn, sql, params)
    return rows[0] if rows else None


@functools.cache
def _format_style(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


def _adapt(conn: Connection, value: Any) -> Any:
    """Timestamps as SQLAlchemy stores them on SQLite (text), objects for PostgreSQL."""
    if isinstance(value, datetime) and conn.dialect.name == "sqlite":
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value
