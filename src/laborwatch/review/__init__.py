"""Human review: decisions on claims and documents, kept apart from machine output.

Decisions are keyed on what survives a re-extraction (document id + claim key), logged
with who/when/before/after, and applied to ClaimRows before reconciliation::

    ReviewBook(store).review_claim(claim_id, "rejected", reviewer="maria")
    rows = store.reviewed_claim_rows()  # the store applies them (review.apply)

This package holds what a decision means; the store keeps and queries them (it imports
this package's records, so nothing here imports the store at run time).
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
