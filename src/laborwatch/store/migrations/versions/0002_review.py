"""Human review: claim decisions, document relevance decisions, the audit log, API tokens.

Decisions live apart from the machine's claims (which are never overwritten) and are keyed
on what survives a re-extraction: the document id and the claim's key (kind, evidence
sentence, figure), see ``laborwatch.review.keys``. The tables are those
``laborwatch.store.schema`` marks as added here.
"""

from __future__ import annotations

from laborwatch.store.ddl import table_steps

revision = "0002_review"
down_revision = "0001"
upgrade, downgrade = table_steps(revision)
