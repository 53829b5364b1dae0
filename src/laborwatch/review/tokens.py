"""Write tokens: created by ``laborwatch token create``; only their SHA-256 is stored."""

from __future__ import annotations

import hashlib
import secrets
from typing import TYPE_CHECKING

from laborwatch.errors import ReviewError

if TYPE_CHECKING:  # the store imports this package's records: no import at run time
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
        self.store.add_token(name, token_hash(raw))
        return raw

    def verify(self, raw: str | None) -> str | None:
        """The token's name when ``raw`` is a valid token, else None.

        The lookup is by the token's SHA-256, so the comparison never sees the token.
        """
        if not raw or not raw.startswith(PREFIX) or len(raw) > 200:
            return None
        return self.store.token_name(token_hash(raw))

    def names(self) -> list[str]:
        return self.store.token_names()
