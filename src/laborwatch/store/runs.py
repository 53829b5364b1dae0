"""The ``ingest_runs`` table: a run's start, liveness, outcome; killed runs told from live ones."""

from __future__ import annotations

import json
import os
import socket
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from laborwatch.store.records import RunCounts
from laborwatch.store.schema import ingest_runs

# A run on another machine is taken for dead when it has not committed a batch for this
# long (a batch commits at least every few seconds while documents come in).
STALE_AFTER = timedelta(hours=1)


def begin(conn: Connection, sources: list[str], now: datetime) -> int:
    """Mark runs that died without finishing as interrupted, then record a new run."""
    close_dead(conn, now)
    return int(
        conn.execute(
            sa.insert(ingest_runs)
            .values(
                started_at=now,
                heartbeat_at=now,
                status="running",
                sources=json.dumps(sources),
                host=socket.gethostname(),
                pid=os.getpid(),
            )
            .returning(ingest_runs.c.id)
        ).scalar_one()
    )


def close_dead(conn: Connection, now: datetime) -> list[int]:
    """Runs still marked ``running`` whose process is gone become ``interrupted``."""
    c = ingest_runs.c
    running = conn.execute(
        sa.select(c.id, c.host, c.pid, c.heartbeat_at, c.started_at).where(c.status == "running")
    ).all()
    dead = [r.id for r in running if _dead(r, now)]
    if dead:
        conn.execute(
            sa.update(ingest_runs)
            .where(c.id.in_(dead), c.status == "running")
            .values(status="interrupted", finished_at=now)
        )
    return dead


def _dead(run: Any, now: datetime) -> bool:
    if run.host == socket.gethostname() and run.pid is not None:
        return not _alive(int(run.pid))
    last = run.heartbeat_at or run.started_at
    if last.tzinfo is None:  # SQLite hands timestamps back naive (stored as UTC)
        last = last.replace(tzinfo=now.tzinfo)
    return now - last > STALE_AFTER


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def heartbeat(conn: Connection, run_id: int, now: datetime) -> None:
    conn.execute(sa.update(ingest_runs).where(ingest_runs.c.id == run_id).values(heartbeat_at=now))


def finish(conn: Connection, run_id: int, counts: RunCounts, failed: bool, now: datetime) -> None:
    conn.execute(
        sa.update(ingest_runs)
        .where(ingest_runs.c.id == run_id)
        .values(
            finished_at=now,
            heartbeat_at=now,
            status="failed" if failed else "finished",
            documents_new=counts.documents_new,
            documents_updated=counts.documents_updated,
            documents_unchanged=counts.documents_unchanged,
            documents_failed=counts.documents_failed,
            claims_added=counts.claims_added,
        )
    )


def all_runs(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(sa.select(ingest_runs).order_by(ingest_runs.c.id))
    return [dict(r._mapping) for r in rows]
