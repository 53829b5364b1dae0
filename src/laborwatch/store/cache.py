"""The fetch cache: ETag / Last-Modified per URL, for conditional requests on re-runs.

Writes go through the store's current transaction, so a cache entry is committed together
with the document it was fetched for: a crash never leaves a "not modified" answer for a
page that was never stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from laborwatch.store.schema import fetch_cache
from laborwatch.store.writes import utcnow

if TYPE_CHECKING:
    from laborwatch.store.store import Store


class FetchCache:
    """``get(url) -> (etag, last_modified) | None`` and ``put(url, etag, last_modified)``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, url: str) -> tuple[str | None, str | None] | None:
        with self.store.reader() as conn:
            row = conn.execute(
                sa.select(fetch_cache.c.etag, fetch_cache.c.last_modified).where(
                    fetch_cache.c.url == url
                )
            ).first()
        return (row.etag, row.last_modified) if row else None

    def put(
        self, url: str, etag: str | None, last_modified: str | None, content_hash: str | None = None
    ) -> None:
        values = {
            "url": url,
            "etag": etag,
            "last_modified": last_modified,
            "content_hash": content_hash,
            "fetched_at": utcnow(),
        }
        with self.store.transaction() as conn:
            insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
            stmt = insert(fetch_cache).values(**values)
            stmt = stmt.on_conflict_do_update(
                index_elements=[fetch_cache.c.url],
                set_={k: stmt.excluded[k] for k in values if k != "url"},
            )
            conn.execute(stmt)
