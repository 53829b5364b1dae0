"""Write tokens: created by ``laborwatch token create``; only their SHA-256 is stored."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime

import sqlalchemy as sa

from laborwatch.errors import ReviewError
from laborwatch.review.schema import api_tokens
from laborwatch.store import Store

PREFIX = "lw_"


def token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class TokenStore:
    """Create and check write tokens."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def create(self, name: str) -> str:
        """A new token for ``name`` (shown once; the store keeps only its hash)."""
        name = name.strip()
        if not name or len(name) > 100:
            raise ReviewError("a token needs a name of 1-100 characters (who will use it)")
        raw = PREFIX + secrets.token_urlsafe(32)
        with self.store.transaction() as conn:
            conn.execute(
                sa.insert(api_tokens).values(
                    name=name, token_hash=token_hash(raw), created_at=datetime.now(UTC)
                )
            )
        return raw

    def verify(self, raw: str | None) -> str | None:
        """The token's name when ``raw`` is a valid token, else None."""
        if not raw or not raw.startswith(PREFIX) or len(raw) > 200:
            return None
        digest = token_hash(raw)
        with self.store.connection() as conn:
            row = conn.execute(
                sa.select(api_tokens.c.name, api_tokens.c.token_hash).where(
                    api_tokens.c.token_hash == digest
                )
            ).first()
        if row is None or not hmac.compare_digest(row.token_hash, digest):
            return None
        return str(row.name)

    def names(self) -> list[str]:
        with self.store.connection() as conn:
            return [r[0] for r in conn.execute(sa.select(api_tokens.c.name))]
