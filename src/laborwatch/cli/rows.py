"""Where ``estimate`` and ``report`` read ClaimRows: the store (``--db``) or a claims file."""

from __future__ import annotations

from pathlib import Path

from laborwatch.model import ClaimRow
from laborwatch.reconcile.rows import read_claims_file
from laborwatch.store import Store


def load_rows(db: str | None, claims: Path | None) -> list[ClaimRow]:
    """Every relevant claim of the store at ``db`` (human review applied), or of a file."""
    if claims is not None:
        return read_claims_file(claims)
    with Store.open(db) as store:
        return list(store.reviewed_claim_rows(relevant=True))
