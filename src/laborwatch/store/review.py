"""The review tables: claim and document decisions, the audit log, write tokens.

Queries on a connection the :class:`~laborwatch.store.Store` hands in; what a decision
means (validation, the vocabulary) is ``laborwatch.review``'s business.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from laborwatch.review.decisions import ClaimDecision, Correction
from laborwatch.store.schema import (
    api_tokens,
    claim_reviews,
    document_reviews,
    documents,
    review_log,
)


def decisions(conn: Connection) -> dict[tuple[str, str], ClaimDecision]:
    rows = conn.execute(sa.select(claim_reviews)).all()
    return {(r.document_id, r.claim_key): _decision(r) for r in rows}


def decision(conn: Connection, document_id: str, key: str) -> ClaimDecision | None:
    found = conn.execute(
        sa.select(claim_reviews).where(
            claim_reviews.c.document_id == document_id, claim_reviews.c.claim_key == key
        )
    ).first()
    return _decision(found) if found is not None else None


def relevance(conn: Connection) -> dict[str, bool]:
    q = sa.select(document_reviews.c.document_id, document_reviews.c.relevant)
    return {r.document_id: bool(r.relevant) for r in conn.execute(q)}


def version(conn: Connection) -> int:
    return int(conn.execute(sa.select(sa.func.max(review_log.c.id))).scalar() or 0)


def log(
    conn: Connection, document_id: str | None, key: str | None, limit: int
) -> list[dict[str, Any]]:
    """Audit log entries, newest first (of one document, or one of its claims)."""
    q = sa.select(review_log)
    if document_id is not None:
        q = q.where(review_log.c.document_id == document_id)
    if key is not None:
        q = q.where(review_log.c.claim_key == key)
    return [
        _log_entry(r._mapping)
        for r in conn.execute(q.order_by(review_log.c.id.desc()).limit(limit))
    ]


def put_decision(
    conn: Connection, new: ClaimDecision, machine: dict[str, Any], now: datetime
) -> None:
    """Replace the claim's decision and log before (the old decision, else the machine's
    values) and after."""
    old = decision(conn, new.document_id, new.claim_key)
    conn.execute(
        sa.delete(claim_reviews).where(
            claim_reviews.c.document_id == new.document_id,
            claim_reviews.c.claim_key == new.claim_key,
        )
    )
    conn.execute(
        sa.insert(claim_reviews).values(
            document_id=new.document_id,
            claim_key=new.claim_key,
            claim_id=new.claim_id,
            decision=new.decision,
            changes=new.changes.to_json(),
            reviewer=new.reviewer,
            note=new.note,
            updated_at=now,
        )
    )
    conn.execute(
        sa.insert(review_log).values(
            created_at=now,
            reviewer=new.reviewer,
            target="claim",
            document_id=new.document_id,
            claim_key=new.claim_key,
            claim_id=new.claim_id,
            action=new.decision,
            before=json.dumps(old.state() if old else machine),
            after=json.dumps(new.state()),
            note=new.note,
        )
    )


def put_relevance(
    conn: Connection, document_id: str, relevant: bool, reviewer: str, now: datetime
) -> bool:
    """Record a relevance decision (and log it); False when there is no such document."""
    machine = conn.execute(
        sa.select(documents.c.relevant).where(documents.c.id == document_id)
    ).first()
    if machine is None:
        return False
    old = conn.execute(
        sa.select(document_reviews.c.relevant).where(document_reviews.c.document_id == document_id)
    ).scalar()
    before = bool(machine[0]) if old is None else bool(old)
    conn.execute(sa.delete(document_reviews).where(document_reviews.c.document_id == document_id))
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
    return True


def add_token(conn: Connection, name: str, token_hash: str, now: datetime) -> None:
    conn.execute(sa.insert(api_tokens).values(name=name, token_hash=token_hash, created_at=now))


def token_name(conn: Connection, token_hash: str) -> str | None:
    q = sa.select(api_tokens.c.name).where(api_tokens.c.token_hash == token_hash)
    found = conn.execute(q).scalar()
    return None if found is None else str(found)


def token_names(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute(sa.select(api_tokens.c.name).order_by(api_tokens.c.id))]


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
