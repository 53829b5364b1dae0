"""A digest: what changed in a period (one watch run, a day, a week, since a date).

New and updated documents and their new claims come from the store's revisions in the
period; moved estimates, new or withdrawn flags and new origins from the difference
between the snapshot before the period and the one at its end; failed sources from the
period's polls. The digest is plain JSON data, stored as is and rendered on demand.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from laborwatch.store.watch import WatchStore
from laborwatch.watch.snapshot import flag_changes, moved_estimates, new_origins

EMPTY: dict[str, Any] = {"estimates": {}, "flags": {}, "origins": [], "facts": {}}


def build_digest(
    ws: WatchStore,
    *,
    period: str,
    since: datetime | None,
    until: datetime,
    before: dict[str, Any] | None,
    after: dict[str, Any],
) -> dict[str, Any]:
    """The digest of (since, until]: ``before`` and ``after`` are snapshots at both ends."""
    revisions = ws.revisions_between(since, until)
    claims = ws.claims_between(since, until)
    old = before or EMPTY
    flags_new, flags_withdrawn = flag_changes(old, after)
    polls = ws.polls(since=since, until=until)
    failed = [
        {
            "url": p["url"],
            "status": p["status"],
            "at": _iso(p["started_at"]),
            "errors": p["errors"],
        }
        for p in reversed(polls)
        if p["status"] in ("failed", "partial")
    ]
    return {
        "period": period,
        "since": _iso(since),
        "until": _iso(until),
        "baseline": before is not None,
        "documents": [_document(r) for r in revisions if r["revision"] == 1],
        "updated_documents": [_document(r) for r in revisions if r["revision"] > 1],
        "claims": [_claim(c) for c in claims],
        "moved_estimates": moved_estimates(old, after),
        "new_flags": flags_new,
        "withdrawn_flags": flags_withdrawn,
        "new_origins": new_origins(old, after),
        "failed_sources": failed,
        "polls": len(polls),
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _document(r: dict[str, Any]) -> dict[str, Any]:
    return {
        **{k: r[k] for k in ("id", "revision", "title", "url", "publisher", "published")},
        "relevant": bool(r["relevant"]),
        "stored_at": _iso(r["created_at"]),
    }


_CLAIM_VALUE_KEYS = (
    "kind",
    "low",
    "high",
    "currency",
    "per",
    "value_text",
    "destinations",
    "status",
    "sector",
)


def _claim(c: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": c["id"],
        "document": c["document_id"],
        **{k: c[k] for k in _CLAIM_VALUE_KEYS},
        "period": [c["period_start"], c["period_end"]],
        "attribution": c["attribution"],
        "sentence": c["sentence"],
    }
