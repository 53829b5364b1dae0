"""The store: documents, revisions, claims and story clusters in SQLite or PostgreSQL."""

from laborwatch.store.cache import FetchCache
from laborwatch.store.reads import ClaimFilter, DocumentFilter
from laborwatch.store.records import RunCounts, SaveResult, StoredClaim, StoredDocument
from laborwatch.store.store import Store
from laborwatch.store.url import DEFAULT_URL, resolve_url

__all__ = [
    "DEFAULT_URL",
    "ClaimFilter",
    "DocumentFilter",
    "FetchCache",
    "RunCounts",
    "SaveResult",
    "Store",
    "StoredClaim",
    "StoredDocument",
    "resolve_url",
]
