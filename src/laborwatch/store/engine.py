"""Engines for the two configurations: SQLite (WAL, real transactions) and PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import URL, Engine

from laborwatch.errors import StoreError
from laborwatch.store.url import display_url

# Execution option marking a connection whose transactions write (see ``_on_begin``).
WRITE = "laborwatch_write"
# PostgreSQL advisory lock held by a write transaction ("lw", writes; migrate.py has 0001).
WRITE_LOCK = 0x6C77_0002


def create_engine(url: URL) -> Engine:
    """An engine for ``url``; for SQLite the folder must exist (the file is created)."""
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    # No server-side prepared statements: a generic plan for "bucket IN (64 values)" chose
    # sequential scans of the LSH index as it grew; custom plans use the index.
    engine = sa.create_engine(
        url, pool_pre_ping=True, future=True, connect_args={"prepare_threshold": None}
    )

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        # Writers take turns across processes, as SQLite's BEGIN IMMEDIATE makes them: two
        # ingests of the same documents would otherwise both find a document missing and
        # both insert it (a unique violation fails the second one's batch).
        if conn.get_execution_options().get(WRITE, False):
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")

    return engine


def _sqlite_engine(url: URL) -> Engine:
    folder = Path(url.database or ".").expanduser().resolve().parent
    if not folder.is_dir():
        raise StoreError(f"{display_url(url)}: folder {folder} does not exist")
    engine = sa.create_engine(url, future=True)

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy (not the sqlite3 module) decide where transactions begin, so a
        # batch's reads and writes are one atomic transaction.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=60000")
        cur.execute("PRAGMA temp_store=MEMORY")  # savepoint journals stay in memory
        cur.execute("PRAGMA cache_size=-65536")  # 64 MiB page cache: indexes stay hot
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        # A writer takes the write lock up front (waiting up to busy_timeout): a deferred
        # transaction that read first cannot wait for it later, SQLite fails it at once.
        write = conn.get_execution_options().get(WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
