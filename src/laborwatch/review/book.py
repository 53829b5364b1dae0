"""ReviewBook: what reviewers may decide, recorded through the store's review queries."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from laborwatch.errors import ReviewError
from laborwatch.model import ClaimRow
from laborwatch.review.apply import apply_reviews
from laborwatch.review.decisions import ClaimDecision, Correction, check_decision, machine_state
from laborwatch.review.keys import claim_key

if TYPE_CHECKING:  # the store imports this package's records: no import at run time
    from laborwatch.store import Store


class ReviewBook:
    """Human decisions on one store: validated here, stored and logged by the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- reads -----------------------------------------------------------------------

    def decisions(self) -> dict[tuple[str, str], ClaimDecision]:
        """Every current claim decision by (document id, claim key)."""
        return self.store.claim_decisions()

    def relevance(self) -> dict[str, bool]:
        """Document relevance decisions by document id."""
        return self.store.document_relevance()

    def apply(self, rows: Iterable[ClaimRow]) -> Iterator[ClaimRow]:
        """ClaimRows with every human decision applied (see :func:`apply_reviews`)."""
        return apply_reviews(rows, self.decisions(), self.relevance())

    def version(self) -> int:
        """Grows with every review write (the audit log's last id)."""
        return self.store.review_version()

    def claim(self, claim_id: int) -> ClaimRow | None:
        """One stored claim (current or superseded) as the machine extracted it."""
        return self.store.claim(claim_id)

    def decision_for(self, row: ClaimRow) -> ClaimDecision | None:
        return self.store.claim_decision(row.document_id, claim_key(row))

    def history(
        self, document_id: str, key: str | None = None, limit: int = 200
    ) -> list[dict[str, Any]]:
        """Audit log entries of a document (or of one claim key), newest first."""
        return self.store.review_log(document_id, key, limit)

    def recent(self, limit: int = 50) -> list[dict[str, Any]]:
        """The newest audit log entries of the whole store."""
        return self.store.review_log(None, None, limit)

    # -- writes ----------------------------------------------------------------------

    def review_claim(
        self,
        claim_id: int,
        decision: str,
        changes: Correction | None = None,
        *,
        reviewer: str,
        note: str | None = None,
    ) -> ClaimDecision:
        """Accept, reject or correct a claim; the audit log keeps before and after.

        Raises:
            ReviewError: unknown claim, decision, or an empty correction.
        """
        changes = changes or Correction()
        check_decision(decision, changes)
        row = self.claim(claim_id)
        if row is None:
            raise ReviewError(f"no claim {claim_id}")
        if decision != "corrected":
            changes = Correction()
        made = ClaimDecision(
            row.document_id, claim_key(row), decision, changes, reviewer, note, claim_id
        )
        self.store.save_claim_decision(made, machine_state(row))
        return made

    def review_document(self, document_id: str, relevant: bool, *, reviewer: str) -> None:
        """Mark a document relevant or irrelevant (its claims follow in estimates).

        Raises:
            ReviewError: no such document.
        """
        if not self.store.save_document_relevance(document_id, relevant, reviewer):
            raise ReviewError(f"no document {document_id!r}")
