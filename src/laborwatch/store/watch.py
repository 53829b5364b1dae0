"""The watcher's tables and every read and write on them.

Followed sources (schedule, back-off, last outcome), watch runs and their per-source polls,
a snapshot of the estimates per run (to tell what moved), digests, and alerts with their
deliveries (an outbox: an alert is recorded once, then delivered to each target once).
The migration ``0004_watch`` creates these tables; timestamps are UTC.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection

from laborwatch.store.schema import (
    claims,
    counter_columns,
    document_revisions,
    documents,
    id_column,
    publishers,
    run_columns,
)

if TYPE_CHECKING:
    from laborwatch.store.store import Store

metadata = sa.MetaData()
TS = sa.DateTime(timezone=True)

watch_sources = sa.Table(
    "watch_sources",
    metadata,
    sa.Column("url", sa.String, primary_key=True),
    sa.Column("every_seconds", sa.Integer, nullable=False),
    sa.Column("next_due", TS),
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("last_polled_at", TS),
    sa.Column("last_status", sa.String),  # ok | not_modified | partial | failed
    sa.Column("last_returned", sa.Text),  # JSON counts of the last poll
    sa.Column("last_error", sa.Text),
    sa.Column("last_ok_at", TS),
    sa.Column("last_new_at", TS),  # last poll that brought a new or updated document
    sa.Column("first_seen_at", TS, nullable=False),
)

watch_runs = sa.Table(
    "watch_runs",
    metadata,
    *run_columns(),  # status: running | finished | failed
    sa.Column("sources", sa.Integer, nullable=False, server_default="0"),
)

watch_polls = sa.Table(
    "watch_polls",
    metadata,
    *run_columns(),  # status: running | ok | not_modified | ...
    sa.Column("watch_run_id", sa.Integer, nullable=False),
    sa.Column("url", sa.String, nullable=False),
    sa.Column("ingest_run_id", sa.Integer),
    *counter_columns(),
    sa.Column("errors", sa.Text),  # JSON list of messages
)

watch_snapshots = sa.Table(
    "watch_snapshots",
    metadata,
    sa.Column("watch_run_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("taken_at", TS, nullable=False),
    sa.Column("body", sa.Text, nullable=False),  # JSON: estimates, flags, origins
)

watch_digests = sa.Table(
    "watch_digests",
    metadata,
    id_column(),
    sa.Column("period", sa.String, nullable=False),  # run | day | week | since
    sa.Column("watch_run_id", sa.Integer),
    sa.Column("since", TS),
    sa.Column("until", TS, nullable=False),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("body", sa.Text, nullable=False),  # JSON
)

watch_alerts = sa.Table(
    "watch_alerts",
    metadata,
    id_column(),
    sa.Column("rule", sa.String, nullable=False),
    sa.Column("key", sa.String, nullable=False),
    sa.Column("watch_run_id", sa.Integer),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("body", sa.Text, nullable=False),  # JSON
    sa.UniqueConstraint("rule", "key", name="uq_watch_alerts_rule_key"),
)

watch_deliveries = sa.Table(
    "watch_deliveries",
    metadata,
    sa.Column("alert_id", sa.Integer, primary_key=True),
    sa.Column("target", sa.String, primary_key=True),
    sa.Column("delivered_at", TS, nullable=False),
)


def utc(value: datetime | None) -> datetime | None:
    """A stored timestamp as an aware UTC datetime (SQLite hands back naive ones)."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _written(run_id: int | None, now: datetime, body: dict[str, Any]) -> dict[str, Any]:
    """The columns a digest and an alert share: the run, when, and the JSON body."""
    return {"watch_run_id": run_id, "created_at": now, "body": json.dumps(body, ensure_ascii=False)}


def _row(mapping: Any) -> dict[str, Any]:
    out = dict(mapping)
    for k, v in out.items():
        if isinstance(v, datetime):
            out[k] = utc(v)
    return out


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What reconciliation concluded after one watch run."""

    watch_run_id: int
    taken_at: datetime
    body: dict[str, Any]


class WatchStore:
    """The watcher's reads and writes over an open :class:`~laborwatch.store.Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _insert(self, conn: Connection) -> Any:
        return pg_insert if conn.dialect.name == "postgresql" else sqlite_insert

    # -- sources ----------------------------------------------------------------------

    def sync_sources(self, every: dict[str, int], now: datetime) -> None:
        """Follow these sources (url -> interval in seconds); new ones are due at once."""
        with self.store.transaction() as conn:
            for url, seconds in every.items():
                stmt = self._insert(conn)(watch_sources).values(
                    url=url, every_seconds=seconds, first_seen_at=now, failures=0
                )
                conn.execute(
                    stmt.on_conflict_do_update(
                        index_elements=[watch_sources.c.url], set_={"every_seconds": seconds}
                    )
                )

    def sources(self, urls: list[str] | None = None) -> list[dict[str, Any]]:
        """Every followed source (or those in ``urls``), by URL."""
        q = sa.select(watch_sources).order_by(watch_sources.c.url)
        if urls is not None:
            q = q.where(watch_sources.c.url.in_(urls))
        with self.store.reader() as conn:
            return [_row(r._mapping) for r in conn.execute(q)]

    def source_polled(self, url: str, values: dict[str, Any]) -> None:
        """Record the outcome of a poll on the source's row (schedule, status, errors)."""
        with self.store.transaction() as conn:
            conn.execute(
                sa.update(watch_sources).where(watch_sources.c.url == url).values(**values)
            )

    # -- runs and polls ---------------------------------------------------------------

    def begin_run(self, now: datetime) -> int:
        return self._add(watch_runs, started_at=now, status="running")

    def finish_run(self, run_id: int, now: datetime, *, sources: int, failed: bool) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                sa.update(watch_runs)
                .where(watch_runs.c.id == run_id)
                .values(finished_at=now, sources=sources, status="failed" if failed else "finished")
            )

    def _add(self, table: sa.Table, **values: Any) -> int:
        """Insert one row into ``table`` and return its new ``id``."""
        with self.store.transaction() as conn:
            return int(
                conn.execute(sa.insert(table).values(**values).returning(table.c.id)).scalar_one()
            )

    def runs(self, limit: int = 50) -> list[dict[str, Any]]:
        q = sa.select(watch_runs).order_by(watch_runs.c.id.desc()).limit(limit)
        with self.store.reader() as conn:
            return [_row(r._mapping) for r in conn.execute(q)]

    def begin_poll(self, run_id: int, url: str, ingest_run_id: int, now: datetime) -> int:
        return self._add(
            watch_polls,
            watch_run_id=run_id,
            url=url,
            ingest_run_id=ingest_run_id,
            started_at=now,
            status="running",
        )

    def finish_poll(
        self, poll_id: int, now: datetime, status: str, counts: dict[str, int], errors: list[str]
    ) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                sa.update(watch_polls)
                .where(watch_polls.c.id == poll_id)
                .values(finished_at=now, status=status, errors=json.dumps(errors), **counts)
            )

    def polls(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        url: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Polls, newest first, started in (since, until]."""
        q = sa.select(watch_polls).order_by(watch_polls.c.id.desc())
        if since is not None:
            q = q.where(watch_polls.c.started_at > since)
        if until is not None:
            q = q.where(watch_polls.c.started_at <= until)
        if url is not None:
            q = q.where(watch_polls.c.url == url)
        if limit is not None:
            q = q.limit(limit)
        with self.store.reader() as conn:
            rows = [_row(r._mapping) for r in conn.execute(q)]
        for r in rows:
            r["errors"] = json.loads(r["errors"]) if r["errors"] else []
        return rows

    # -- snapshots --------------------------------------------------------------------

    def put_snapshot(self, run_id: int, taken_at: datetime, body: dict[str, Any]) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                sa.insert(watch_snapshots).values(
                    watch_run_id=run_id, taken_at=taken_at, body=json.dumps(body)
                )
            )

    def snapshot_at(
        self, when: datetime | None, *, before_run: int | None = None
    ) -> Snapshot | None:
        """The newest snapshot taken at or before ``when`` (and of a run before ``before_run``)."""
        q = sa.select(watch_snapshots).order_by(watch_snapshots.c.taken_at.desc()).limit(1)
        if when is not None:
            q = q.where(watch_snapshots.c.taken_at <= when)
        if before_run is not None:
            q = q.where(watch_snapshots.c.watch_run_id < before_run)
        with self.store.reader() as conn:
            row = conn.execute(q).first()
        if row is None:
            return None
        taken = utc(row.taken_at)
        assert taken is not None
        return Snapshot(row.watch_run_id, taken, json.loads(row.body))

    # -- what changed in the store ----------------------------------------------------

    def revisions_between(self, since: datetime | None, until: datetime) -> list[dict[str, Any]]:
        """Document revisions stored in (since, until], oldest first, with their documents."""
        r, d = document_revisions, documents
        q = (
            sa.select(
                r.c.document_id.label("id"),
                r.c.revision,
                r.c.created_at,
                d.c.url,
                d.c.title,
                d.c.published,
                d.c.source,
                d.c.relevant,
                publishers.c.name.label("publisher"),
            )
            .join(d, d.c.id == r.c.document_id)
            .outerjoin(publishers, publishers.c.id == d.c.publisher_id)
            .where(r.c.created_at <= until)
            .order_by(r.c.created_at, r.c.document_id)
        )
        if since is not None:
            q = q.where(r.c.created_at > since)
        with self.store.reader() as conn:
            return [_row(x._mapping) for x in conn.execute(q)]

    def claims_between(self, since: datetime | None, until: datetime) -> list[dict[str, Any]]:
        """Current claims of the document revisions stored in (since, until], by id."""
        r, c = document_revisions, claims
        q = (
            sa.select(
                c.c.id,
                c.c.document_id,
                c.c.revision,
                c.c.kind,
                c.c.low,
                c.c.high,
                c.c.currency,
                c.c.per,
                c.c.value_text,
                c.c.destinations,
                c.c.status,
                c.c.sector,
                c.c.period_start,
                c.c.period_end,
                c.c.attribution,
                c.c.sentence,
            )
            .join(r, sa.and_(r.c.document_id == c.c.document_id, r.c.revision == c.c.revision))
            .where(c.c.current.is_(True), r.c.created_at <= until)
            .order_by(c.c.id)
        )
        if since is not None:
            q = q.where(r.c.created_at > since)
        with self.store.reader() as conn:
            rows = [_row(x._mapping) for x in conn.execute(q)]
        for row in rows:
            row["destinations"] = json.loads(row["destinations"] or "[]")
        return rows

    # -- digests ----------------------------------------------------------------------

    def put_digest(
        self,
        period: str,
        run_id: int | None,
        since: datetime | None,
        until: datetime,
        body: dict[str, Any],
        now: datetime,
    ) -> int:
        written = _written(run_id, now, body)
        return self._add(watch_digests, period=period, since=since, until=until, **written)

    def digests(
        self, *, period: str | None = None, limit: int = 100, with_body: bool = False
    ) -> list[dict[str, Any]]:
        """Stored digests, newest first."""
        cols = [c for c in watch_digests.c if with_body or c.name != "body"]
        q = sa.select(*cols).order_by(watch_digests.c.id.desc()).limit(limit)
        if period is not None:
            q = q.where(watch_digests.c.period == period)
        with self.store.reader() as conn:
            rows = [_row(r._mapping) for r in conn.execute(q)]
        for r in rows:
            if with_body:
                r["body"] = json.loads(r["body"])
        return rows

    def digest(self, digest_id: int) -> dict[str, Any] | None:
        with self.store.reader() as conn:
            row = conn.execute(
                sa.select(watch_digests).where(watch_digests.c.id == digest_id)
            ).first()
        if row is None:
            return None
        out = _row(row._mapping)
        out["body"] = json.loads(out["body"])
        return out

    # -- alerts -----------------------------------------------------------------------

    def add_alert(
        self,
        rule: str,
        key: str,
        run_id: int | None,
        title: str,
        body: dict[str, Any],
        now: datetime,
    ) -> int | None:
        """Record an alert; None when this rule already fired for this key."""
        with self.store.transaction() as conn:
            stmt = (
                self._insert(conn)(watch_alerts)
                .values(rule=rule, key=key, title=title, **_written(run_id, now, body))
                .on_conflict_do_nothing(index_elements=["rule", "key"])
                .returning(watch_alerts.c.id)
            )
            return conn.execute(stmt).scalar_one_or_none()

    def alerts(self, limit: int = 100) -> list[dict[str, Any]]:
        """Recorded alerts, newest first."""
        q = sa.select(watch_alerts).order_by(watch_alerts.c.id.desc()).limit(limit)
        with self.store.reader() as conn:
            rows = [_row(r._mapping) for r in conn.execute(q)]
        for r in rows:
            r["body"] = json.loads(r["body"])
        return rows

    def undelivered(self, target: str) -> list[dict[str, Any]]:
        """Alerts not yet delivered to ``target``, oldest first."""
        done = sa.select(watch_deliveries.c.alert_id).where(watch_deliveries.c.target == target)
        q = (
            sa.select(watch_alerts)
            .where(watch_alerts.c.id.not_in(done))
            .order_by(watch_alerts.c.id)
        )
        with self.store.reader() as conn:
            rows = [_row(r._mapping) for r in conn.execute(q)]
        for r in rows:
            r["body"] = json.loads(r["body"])
        return rows

    def delivered(self, alert_id: int, target: str, now: datetime) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                self._insert(conn)(watch_deliveries)
                .values(alert_id=alert_id, target=target, delivered_at=now)
                .on_conflict_do_nothing()
            )

    # -- crash recovery ---------------------------------------------------------------

    def interrupted(self) -> int:
        """Mark runs and polls left 'running' by a killed watcher as 'interrupted'.

        One watcher per store: call this only from the watcher that is starting a run.
        """
        with self.store.transaction() as conn:
            n = conn.execute(
                sa.update(watch_runs)
                .where(watch_runs.c.status == "running")
                .values(status="interrupted")
            ).rowcount
            conn.execute(
                sa.update(watch_polls)
                .where(watch_polls.c.status == "running")
                .values(status="interrupted")
            )
        return int(n or 0)
