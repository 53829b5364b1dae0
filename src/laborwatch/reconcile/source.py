"""Where the CLI reads ClaimRows from: the store (``--db``) or extractor output (``--claims``)."""

from __future__ import annotations

from pathlib import Path

from laborwatch.model import ClaimRow
from laborwatch.reconcile.rows import read_claims_file


def load_rows(db: str | None, claims: Path | None) -> list[ClaimRow]:
    """Every relevant claim of the store at ``db`` (default store if None), or of a file."""
    if claims is not None:
        return read_claims_file(claims)
    from laborwatch.review.book import ReviewBook  # human decisions override the machine's
    from laborwatch.store import Store  # the store is only needed when it is read

    with Store.open(db) as store:
        return list(ReviewBook(store).apply(store.claim_rows(relevant=True)))
