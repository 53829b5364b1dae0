"""Estimates as the ``estimate`` command writes them: a JSON report or flat CSV records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from laborwatch.reconcile import Picture
    from laborwatch.reconcile.records import Estimate


def estimate_report(picture: Picture, found: list[Estimate], year: int | None) -> dict[str, Any]:
    """Estimates with the revenue, flags and facts of their places (``estimate -f json``)."""
    used = {f for e in found for f in e.facts} | {f for e in found for f, _ in e.excluded}
    places = {e.destination for e in found}
    return {
        "estimates": [e.to_dict() for e in found],
        "revenue": [
            r.to_dict()
            for r in picture.revenue
            if r.destination in places and (year is None or r.year == year)
        ],
        "flags": [
            f.to_dict()
            for f in picture.flags
            if f.country in places and (year is None or f.year == year)
        ],
        "facts": [picture.by_id[f].to_dict() for f in sorted(used)],
    }


ESTIMATE_CSV = (
    "destination",
    "year",
    "measure",
    "sector",
    "low",
    "central",
    "high",
    "method",
    "credibility",
    "confidence",
    "facts",
    "excluded",
)


def estimate_records(found: Iterable[Estimate]) -> Iterator[dict[str, Any]]:
    """Estimates as flat records of :data:`ESTIMATE_CSV` (lists joined by ';')."""
    for e in found:
        d = e.to_dict()
        d["facts"] = ";".join(e.facts)
        d["excluded"] = ";".join(f"{f}: {r}" for f, r in e.excluded)
        yield {k: d[k] for k in ESTIMATE_CSV}
