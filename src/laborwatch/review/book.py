"""ReviewBook: read and write review decisions and the audit log through the store."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from laborwatch.errors import ReviewError
from laborwatch.model import ClaimRow
from laborwatch.review.apply import apply_reviews
from laborwatch.review.decisions import ClaimDecision, Correction, check_decision
from laborwatch.review.keys import claim_key
from laborwatch.review.schema import claim_reviews, document_reviews, review_log
from laborwatch.store import Store
from laborwatch.store.schema import claims, documents


def _now() -> datetime:
    return datetime.now(UTC)


class ReviewBook:
    """Human decisions on one store. Writes go through the store's serialised writer."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- reads -----------------------------------------------------------------------

    def decisions(self) -> dict[tuple[str, str], ClaimDecision]:
        """Every current claim decision by (document id, claim key)."""
        with self.store.connection() as conn:
            rows = conn.execute(sa.select(claim_reviews)).all()
        return {(r.document_id, r.claim_key): _decision(r) for r in rows}

    def relevance(self) -> dict[str, bool]:
        """Document relevance decisions by document id."""
        with self.store.connection() as conn:
            rows = conn.execute(sa.select(document_reviews)).all()
        return {r.document_id: bool(r.relevant) for r in rows}

    def apply(self, rows: Iterable[ClaimRow]) -> Iterator[ClaimRow]:
        """ClaimRows with every human decision applied (see :func:`apply_reviews`)."""
        return apply_reviews(rows, self.decisions(), self.relevance())

    def version(self) -> int:
        """Grows with every review write (the audit log's last id)."""
        with self.store.connection() as conn:
            return int(conn.execute(sa.select(sa.func.max(review_log.c.id))).scalar() or 0)

    def claim(self, claim_id: int) -> ClaimRow | None:
        """One stored claim (current or superseded) as the machine extracted it."""
        with self.store.connection() as conn:
            doc = conn.execute(
                sa.select(claims.c.document_id).where(claims.c.id == claim_id)
            ).scalar()
        if doc is None:
            return None
        return next(
            (
                r
                for r in self.store.claim_rows(document=doc, current=False)
                if r.claim_id == claim_id
            ),
            None,
        )

    def decision_for(self, row: ClaimRow) -> ClaimDecision | None:
        with self.store.connection() as conn:
            found = conn.execute(
                sa.select(claim_reviews).where(
                    claim_reviews.c.document_id == row.document_id,
                    claim_reviews.c.claim_key == claim_key(row),
                )
            ).first()
        return _decision(found) if found else None

    def history(self, document_id: str, key: str | None = None, limit: int = 200) -> list[dict]:
        """Audit log entries of a document (or of one claim key), newest first."""
        q = sa.select(review_log).where(review_log.c.document_id == document_id)
        if key is not None:
            q = q.where(review_log.c.claim_key == key)
        q = q.order_by(review_log.c.id.desc()).limit(limit)
        with self.store.connection() as conn:
            return [_log_entry(r._mapping) for r in conn.execute(q)]

    def recent(self, limit: int = 50) -> list[dict]:
        """The newest audit log entries of the whole store."""
        q = sa.select(review_log).order_by(review_log.c.id.desc()).limit(limit)
        with self.store.connection() as conn:
            return [_log_entry(r._mapping) for r in conn.execute(q)]

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
        key, now = claim_key(row), _now()
        if decision != "corrected":
            changes = Correction()
        with self.store.transaction() as conn:
            before = conn.execute(
                sa.select(claim_reviews).where(
                    claim_reviews.c.document_id == row.document_id,
                    claim_reviews.c.claim_key == key,
                )
            ).first()
            conn.execute(
                sa.delete(claim_reviews).where(
                    claim_reviews.c.document_id == row.document_id,
                    claim_reviews.c.claim_key == key,
                )
            )
            values = {
                "document_id": row.document_id,
                "claim_key": key,
                "claim_id": claim_id,
                "decision": decision,
                "changes": changes.to_json(),
                "reviewer": reviewer,
                "note": note,
                "updated_at": now,
            }
            conn.execute(sa.insert(claim_reviews).values(**values))
            after = _decision_state(decision, changes, note)
            conn.execute(
                sa.insert(review_log).values(
                    created_at=now,
                    reviewer=reviewer,
                    target="claim",
                    document_id=row.document_id,
                    claim_key=key,
                    claim_id=claim_id,
                    action=decision,
                    before=json.dumps(
                        _decision_state(
                            before.decision, Correction.from_json(before.changes), before.note
                        )
                        if before
                        else _machine_state(row)
                    ),
                    after=json.dumps(after),
                    note=note,
                )
            )
        return ClaimDecision(row.document_id, key, decision, changes, reviewer, note, claim_id)

    def review_document(self, document_id: str, relevant: bool, *, reviewer: str) -> None:
        """Mark a document relevant or irrelevant (its claims follow in estimates).

        Raises:
            ReviewError: no such document.
        """
        now = _now()
        with self.store.transaction() as conn:
            machine = conn.execute(
                sa.select(documents.c.relevant).where(documents.c.id == document_id)
            ).first()
            if machine is None:
                raise ReviewError(f"no document {document_id!r}")
            old = conn.execute(
                sa.select(document_reviews.c.relevant).where(
                    document_reviews.c.document_id == document_id
                )
            ).scalar()
            before = bool(machine[0]) if old is None else bool(old)
            conn.execute(
                sa.delete(document_reviews).where(document_reviews.c.document_id == document_id)
            )
            conn.execute(
                sa.insert(document_reviews).values(
                    document_id=document_id, relevant=relevant, reviewer=reviewer, updated_at=now
                )
            )
            conn.execute(
                sa.insert(review_log).values(
                    created_at=now,
                    reviewer=reviewer,
                    target="document",
                    document_id=document_id,
                    action="relevant" if relevant else "irrelevant",
                    before=json.dumps({"relevant": before}),
                    after=json.dumps({"relevant": relevant}),
                )
            )


def _decision(r: Any) -> ClaimDecision:
    return ClaimDecision(
        r.document_id,
        r.claim_key,
        r.decision,
        Correction.from_json(r.changes),
        r.reviewer,
        r.note,
        r.claim_id,
        str(r.updated_at) if r.updated_at else None,
    )


def _decision_state(decision: str, changes: Correction, note: str | None) -> dict[str, Any]:
    return {"decision": decision, "changes": json.loads(changes.to_json()), "note": note}


def _machine_state(row: ClaimRow) -> dict[str, Any]:
    return {
        "decision": None,
        "low": row.low,
        "high": row.high,
        "destinations": list(row.destinations),
        "status": row.status,
        "sector": row.sector,
    }


def _log_entry(m: Any) -> dict[str, Any]:
    return {
        "id": m["id"],
        "at": str(m["created_at"]),
        "reviewer": m["reviewer"],
        "target": m["target"],
        "document": m["document_id"],
        "claim_key": m["claim_key"],
        "claim_id": m["claim_id"],
        "action": m["action"],
        "before": json.loads(m["before"]) if m["before"] else None,
        "after": json.loads(m["after"]) if m["after"] else None,
        "note": m["note"],
    }
