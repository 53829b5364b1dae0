"""A claim review form checked field by field: every error at its field, nothing lost.

The form shows the claim's current values; a field left as the machine extracted it is
no change. Editing a field under "accept" makes the decision a correction; "reject"
drops the edits; "correct" with nothing changed is an error at the decision.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from laborwatch.errors import ReviewError
from laborwatch.review.decisions import Correction, _choice, _count, _destinations, vocab

FIELDS = ("low", "high", "destinations", "status", "sector")
NOTHING_CHANGED = (
    "a correction must change a count, destination, status or sector; choose accept to"
    " confirm the claim as it stands"
)


@dataclass(frozen=True, slots=True)
class CheckedForm:
    """The decision to save (None when ``errors`` names a field) and its changes."""

    decision: str | None
    changes: Correction
    errors: dict[str, str] = field(default_factory=dict)


def _parsers() -> dict[str, Callable[[Any], Any]]:
    return {
        "low": _count,
        "high": _count,
        "destinations": _destinations,
        "status": lambda v: _choice(v, "statuses", "status"),
        "sector": lambda v: _choice(v, "sectors", "sector"),
    }


def check_claim_form(
    decision: str, fields: Mapping[str, Any], machine: Mapping[str, Any]
) -> CheckedForm:
    """Check a submitted review form against the claim's machine values.

    Args:
        decision: accepted, rejected or corrected, as submitted.
        fields: the typed ``low``, ``high``, ``destinations``, ``status``, ``sector``
            (destinations as codes or a list of codes; empty means the machine's value).
        machine: the claim as extracted (the same keys).
    """
    errors: dict[str, str] = {}
    if decision not in vocab()["decisions"]:
        errors["decision"] = f"choose accept, reject or correct (not {decision[:20]!r})"
    values: dict[str, Any] = {}
    for name, parse in _parsers().items():
        try:
            values[name] = parse(fields.get(name))
        except ReviewError as exc:
            hint = " (write a number such as 1,200)" if str(exc).startswith("not a count") else ""
            errors[name] = f"{exc}{hint}"
    changed = {k: v for k, v in values.items() if v is not None and v != _machine(machine, k)}
    low = changed.get("low", machine.get("low"))
    high = changed.get("high", machine.get("high"))
    checked = "low" not in errors and "high" not in errors
    if checked and low is not None and high is not None and high < low:
        errors["high"] = f"high ({high:g}) is below low ({low:g})"
    if errors:
        return CheckedForm(None, Correction(), errors)
    if "low" in changed or "high" in changed:  # counts are corrected as a pair
        changed["low"] = low if low is not None else high
        changed["high"] = high if high is not None else changed["low"]
    if decision == "rejected" or not changed:
        if decision == "corrected":
            return CheckedForm(None, Correction(), {"decision": NOTHING_CHANGED})
        return CheckedForm(decision, Correction())
    return CheckedForm("corrected", Correction(**changed))


def _machine(machine: Mapping[str, Any], key: str) -> Any:
    value = machine.get(key)
    return tuple(value) if key == "destinations" and value is not None else value
