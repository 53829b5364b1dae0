"""The review audit log for people: who, when (in words), and what changed, field by field."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from laborwatch import present
from laborwatch.reconcile.config import place_name

FIELDS = ("decision", "low", "high", "destinations", "status", "sector", "relevant")
Machine = Callable[[int | None], Mapping[str, Any] | None]


def when(at: str | datetime | None) -> str:
    """'6 Dec 2026, 15:42 UTC' from a stored timestamp (naive ones are UTC)."""
    if at is None:
        return ""
    try:
        moment = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
    except ValueError:
        return str(at)[:16]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    moment = moment.astimezone(UTC)
    return f"{moment.day} {moment:%b %Y, %H:%M} UTC"


def shown(key: str, value: Any) -> str:
    """One field's value in words (figures through ``present``)."""
    if key == "decision":
        return "not reviewed" if value is None else str(value)
    if value is None or value == []:
        return "–"
    if key in ("low", "high"):
        return present.number(float(value))
    if key == "destinations":
        return ", ".join(f"{place_name(c)} ({c})" if place_name(c) != c else c for c in value)
    if key == "status":
        return present.status(value)
    if key == "sector":
        return present.sector(value)
    if key == "relevant":
        return "yes" if value else "no"
    return str(value)


def state(logged: Mapping[str, Any] | None, machine: Mapping[str, Any] | None) -> dict[str, Any]:
    """The claim as a log state leaves it: the machine's values, or a decision's over them."""
    logged = logged or {}
    if "changes" not in logged:  # the machine's own values (a claim's first review) or relevance
        return dict(logged)
    base = {k: (machine or {}).get(k) for k in ("low", "high", "destinations", "status")}
    base["sector"] = (machine or {}).get("sector")
    return {**base, **logged["changes"], "decision": logged.get("decision")}


def readable(entry: Mapping[str, Any], machine: Mapping[str, Any] | None) -> dict[str, Any]:
    """An audit log entry as who / when / what / field changes (before → after) / note."""
    before, after = state(entry.get("before"), machine), state(entry.get("after"), machine)
    changes = [
        {"field": key, "before": shown(key, before.get(key)), "after": shown(key, after.get(key))}
        for key in FIELDS
        if (key in before or key in after) and before.get(key) != after.get(key)
    ]
    target = "claim" if entry.get("target") == "claim" else "document"
    return {
        "who": entry.get("reviewer") or "",
        "when": when(entry.get("at")),
        "what": f"{target} {entry.get('action') or ''}".strip(),
        "claim_id": entry.get("claim_id"),
        "changes": changes,
        "note": entry.get("note") or "",
    }


def readable_log(entries: Iterable[Mapping[str, Any]], machine_of: Machine) -> list[dict[str, Any]]:
    """Every entry made readable; ``machine_of(claim_id)`` gives a claim's machine values."""
    return [readable(e, machine_of(e.get("claim_id"))) for e in entries]
