"""A snapshot of what reconciliation concludes from the store, and the difference of two.

Estimates are keyed on (destination, year, measure, sector) and flags on (provision,
country, year); the facts they rest on are kept with their claims, so a digest can name
the facts that moved an estimate and link every one to its sentence.
"""

from __future__ import annotations

from typing import Any

from laborwatch.model import pick
from laborwatch.reconcile import Picture, reconcile
from laborwatch.reconcile.grading import register_reliability
from laborwatch.reconcile.records import Fact
from laborwatch.store import Store


def take(store: Store) -> dict[str, Any]:
    """Estimates, flags, origins and the facts they rest on, as plain JSON data."""
    rows = list(store.reviewed_claim_rows(relevant=True))
    return from_picture(reconcile(rows, revenue=False, reliability=register_reliability(store)))


def from_picture(picture: Picture) -> dict[str, Any]:
    estimates: dict[str, dict[str, Any]] = {
        estimate_key(e.destination, e.year, e.measure, e.sector): {
            "destination": e.destination,
            "year": e.year,
            "measure": e.measure,
            "sector": e.sector,
            "low": round(e.low),
            "central": round(e.central),
            "high": round(e.high),
            "method": e.method,
            "confidence": e.confidence,
            "facts": sorted(e.facts),
        }
        for e in picture.estimates
    }
    flags: dict[str, dict[str, Any]] = {
        f"{f.provision}|{f.country}|{f.year}": {
            "provision": f.provision,
            "resolution": f.resolution,
            "paragraph": f.paragraph,
            "country": f.country,
            "year": f.year,
            "likelihood": f.likelihood,
            "confidence": f.confidence,
            "facts": sorted(f.facts),
        }
        for f in picture.flags
    }
    used = {i for e in picture.estimates for i in e.facts}
    used |= {i for f in picture.flags for i in f.facts}
    return {
        "estimates": estimates,
        "flags": flags,
        "origins": sorted({o for f in picture.facts for o in f.origins}),
        "facts": {i: _fact(picture.by_id[i]) for i in sorted(used) if i in picture.by_id},
    }


def estimate_key(destination: str, year: int, measure: str, sector: str | None) -> str:
    return f"{destination}|{year}|{measure}|{sector or ''}"


def _fact(f: Fact) -> dict[str, Any]:
    return {
        **pick(f, "id", "kind", "measure"),
        "destinations": list(f.destinations),
        **pick(f, "sector", "low", "high"),
        "years": list(f.years) if f.years else None,
        "grade": f.grade,
        "claims": [
            {
                "id": c.claim_id,
                "document": c.document_id,
                **pick(c, "url", "publisher", "sentence"),
            }
            for c in f.claims
        ],
    }


def moved_estimates(old: dict[str, Any], new: dict[str, Any]) -> list[dict[str, Any]]:
    """Estimates that appeared, changed or disappeared, with the facts that made them move."""
    before, after = old.get("estimates", {}), new.get("estimates", {})
    facts = {**old.get("facts", {}), **new.get("facts", {})}
    out = []
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        if (
            a is not None
            and b is not None
            and _values(a) == _values(b)
            and a["facts"] == b["facts"]
        ):
            continue
        ref = b or a
        assert ref is not None
        added = sorted(set(b["facts"] if b else ()) - set(a["facts"] if a else ()))
        removed = sorted(set(a["facts"] if a else ()) - set(b["facts"] if b else ()))
        change = None
        if a is not None and b is not None and a["central"]:
            change = (b["central"] - a["central"]) / a["central"]
        out.append(
            {
                "key": key,
                "destination": ref["destination"],
                "year": ref["year"],
                "measure": ref["measure"],
                "sector": ref["sector"],
                "old": _values(a),
                "new": _values(b),
                "change": change,
                "facts_added": [facts.get(i, {"id": i}) for i in added],
                "facts_removed": [facts.get(i, {"id": i}) for i in removed],
            }
        )
    return out


def flag_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[Any], list[Any]]:
    """(new flags, withdrawn flags) between two snapshots."""
    before, after = old.get("flags", {}), new.get("flags", {})
    added = [{"key": k, **after[k]} for k in sorted(set(after) - set(before))]
    withdrawn = [{"key": k, **before[k]} for k in sorted(set(before) - set(after))]
    return added, withdrawn


def new_origins(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return sorted(set(new.get("origins", [])) - set(old.get("origins", [])))


def _values(e: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if e is None else {k: e[k] for k in ("low", "central", "high")}
