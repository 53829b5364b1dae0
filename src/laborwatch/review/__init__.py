"""Human review: decisions on claims and documents, kept apart from machine output.

Decisions are keyed on what survives a re-extraction (document id + claim key), logged
with who/when/before/after, and applied to ClaimRows before reconciliation::

    book = ReviewBook(store)
    rows = book.apply(store.claim_rows())
"""

from laborwatch.review.apply import apply_reviews
from laborwatch.review.book import ReviewBook
from laborwatch.review.decisions import ClaimDecision, Correction
from laborwatch.review.keys import claim_key
from laborwatch.review.tokens import TokenStore

__all__ = [
    "ClaimDecision",
    "Correction",
    "ReviewBook",
    "TokenStore",
    "apply_reviews",
    "claim_key",
]
