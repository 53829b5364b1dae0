"""Review decisions and corrections, validated against ``review/vocab.yaml``."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Any

from laborwatch.errors import ReviewError
from laborwatch.model import KINDS, SECTORS, STATUSES, ClaimRow, pick
from laborwatch.settings import load

ISO_OR_M49 = re.compile(r"[A-Z]{2}|M49:\d{3}")


@dataclass(frozen=True, slots=True)
class ReviewRules:
    """What a reviewer may decide (statuses and sectors: :mod:`laborwatch.model`)."""

    decisions: tuple[str, ...]
    max_count: int


@functools.cache
def rules() -> ReviewRules:
    """The shipped review rules with the user's ``review`` section laid over them."""
    return load(ReviewRules, resources.files("laborwatch.review") / "vocab.yaml", section="review")


def vocab() -> dict[str, tuple[str, ...]]:
    """The choices a reviewer has (statuses, sectors, decisions) and the claim kinds."""
    return {
        "statuses": STATUSES,
        "sectors": SECTORS,
        "kinds": KINDS,
        "decisions": rules().decisions,
    }


@dataclass(frozen=True, slots=True)
class Correction:
    """Fields a reviewer replaced; None means 'keep the machine's value'."""

    low: float | None = None
    high: float | None = None
    destinations: tuple[str, ...] | None = None
    status: str | None = None
    sector: str | None = None

    def is_empty(self) -> bool:
        return all(v is None for v in asdict(self).values())

    def to_json(self) -> str:
        d = {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(self).items()}
        return json.dumps({k: v for k, v in d.items() if v is not None}, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str | None) -> Correction:
        d = json.loads(raw) if raw else {}
        if "destinations" in d:
            d["destinations"] = tuple(d["destinations"])
        return cls(**d)

    @classmethod
    def parse(cls, fields: dict[str, Any]) -> Correction:
        """A correction from form or JSON fields (empty strings mean 'unchanged').

        Raises:
            ReviewError: a count, destination, status or sector is not acceptable.
        """
        low, high = _count(fields.get("low")), _count(fields.get("high"))
        if low is not None and high is None:
            high = low
        if low is not None and high is not None and high < low:
            raise ReviewError(f"high ({high:g}) is below low ({low:g})")
        return cls(
            low=low,
            high=high,
            destinations=_destinations(fields.get("destinations")),
            status=_choice(fields.get("status"), "statuses", "status"),
            sector=_choice(fields.get("sector"), "sectors", "sector"),
        )


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _count(value: Any) -> float | None:
    if _blank(value):
        return None
    try:
        n = float(str(value).replace(",", "").strip())
    except ValueError as exc:
        raise ReviewError(f"not a count: {value!r}") from exc
    if not 0 <= n <= rules().max_count or n != n:
        raise ReviewError(f"count out of range: {value!r}")
    return n


def _destinations(value: Any) -> tuple[str, ...] | None:
    if _blank(value):
        return None
    items = value if isinstance(value, list | tuple) else str(value).replace(";", ",").split(",")
    codes = tuple(dict.fromkeys(str(c).strip().upper() for c in items if str(c).strip()))
    bad = [c for c in codes if not ISO_OR_M49.fullmatch(c)]
    if bad or len(codes) > 20:
        raise ReviewError(f"destinations must be ISO alpha-2 or M49:NNN codes, not {bad}")
    return codes


def _choice(value: Any, vocab_key: str, what: str) -> str | None:
    if _blank(value):
        return None
    v = str(value).strip().lower()
    if v not in vocab()[vocab_key]:
        raise ReviewError(f"unknown {what} {value!r} (one of {', '.join(vocab()[vocab_key])})")
    return v


@dataclass(frozen=True, slots=True)
class ClaimDecision:
    """A reviewer's current decision on one claim (the latest one wins)."""

    document_id: str
    claim_key: str
    decision: str  # accepted | rejected | corrected
    changes: Correction
    reviewer: str
    note: str | None = None
    claim_id: int | None = None
    updated_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document_id,
            **pick(self, "claim_key", "claim_id", "decision"),
            "changes": json.loads(self.changes.to_json()),
            **pick(self, "reviewer", "note", "updated_at"),
        }

    def state(self) -> dict[str, Any]:
        """What the audit log records of a decision (its before or after)."""
        return {
            "decision": self.decision,
            "changes": json.loads(self.changes.to_json()),
            "note": self.note,
        }


def machine_state(row: ClaimRow) -> dict[str, Any]:
    """What the audit log records as 'before' when a claim had no decision yet."""
    return {
        "decision": None,
        "low": row.low,
        "high": row.high,
        "destinations": list(row.destinations),
        "status": row.status,
        "sector": row.sector,
    }


def check_decision(decision: str, changes: Correction) -> None:
    """Raise ReviewError unless the decision is known and fits its changes."""
    if decision not in vocab()["decisions"]:
        raise ReviewError(f"unknown decision {decision!r} (accepted, rejected or corrected)")
    if decision == "corrected" and changes.is_empty():
        raise ReviewError("a correction must change a count, destination, status or sector")
