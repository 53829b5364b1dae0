"""Apply human decisions to machine ClaimRows (the machine rows themselves stay as stored)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping

from laborwatch.figures import figure
from laborwatch.model import ClaimRow
from laborwatch.review.decisions import ClaimDecision
from laborwatch.review.keys import claim_key

Decisions = Mapping[tuple[str, str], ClaimDecision]


def apply_one(row: ClaimRow, decision: ClaimDecision | None, relevant: bool | None) -> ClaimRow:
    """The row as reviewers see it: decision marked, corrected fields replaced."""
    changes: dict[str, object] = {}
    if relevant is not None and relevant != row.relevant:
        changes["relevant"] = relevant
    if decision is not None:
        changes["review"] = decision.decision
        if decision.decision == "corrected":
            c = decision.changes
            if c.low is not None:
                changes.update(low=c.low, high=c.high, qualifier=_qualifier(c.low, c.high))
                high = c.low if c.high is None else c.high  # one figure: exact
                shown = figure(row.kind, c.low, high, currency=row.currency, per=row.per)
                changes["text"] = f"{row.text or ''} [corrected: {shown}]".strip()
            for name in ("destinations", "status", "sector"):
                value = getattr(c, name)
                if value is not None:
                    changes[name] = value
    return dataclasses.replace(row, **changes) if changes else row  # type: ignore[arg-type]


def apply_reviews(
    rows: Iterable[ClaimRow], decisions: Decisions, relevance: Mapping[str, bool]
) -> Iterator[ClaimRow]:
    """Every row with its document's relevance decision and its claim decision applied."""
    if not decisions and not relevance:
        yield from rows
        return
    for row in rows:
        decision = decisions.get((row.document_id, claim_key(row))) if decisions else None
        yield apply_one(row, decision, relevance.get(row.document_id))


def _qualifier(low: float, high: float | None) -> str:
    return "exact" if high is None or high == low else "range"
