"""The review tables (declared in :mod:`laborwatch.store.schema`)."""

from laborwatch.store.schema import api_tokens, claim_reviews, document_reviews, review_log

__all__ = ["api_tokens", "claim_reviews", "document_reviews", "review_log"]
