"""From claims to a picture: facts, grades, estimates, revenue and sanctions flags.

Everything here is a pure function of ``laborwatch.model.ClaimRow`` records, so the CLI,
the report and the web app call the same code on rows from any store or file::

    picture = reconcile(store.claim_rows())
    picture.estimates, picture.revenue, picture.flags
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from laborwatch.model import ClaimRow
from laborwatch.reconcile.estimates import WORLD, estimate_all, latest_direct_world, select
from laborwatch.reconcile.facts import build_facts
from laborwatch.reconcile.grading import Reliability, grade_facts
from laborwatch.reconcile.records import Estimate, Fact, Flag, RevenueEstimate
from laborwatch.reconcile.revenue import estimate_revenue
from laborwatch.reconcile.sanctions import Listing, compliance, flag_all, plans


@dataclass(slots=True)
class Picture:
    """Everything reconciliation concludes from one set of claims."""

    facts: list[Fact]
    estimates: list[Estimate]
    revenue: list[RevenueEstimate]
    flags: list[Flag]
    by_id: dict[str, Fact] = field(default_factory=dict)
    plans: list[Listing] = field(default_factory=list)  # reported plans, never breaches
    compliance: list[Listing] = field(default_factory=list)  # reported repatriations

    def world(self, year: int) -> Estimate | None:
        """The world stock estimate of a year."""
        found = select(self.estimates, WORLD, year, None, "stock")
        return found[0] if found else None

    def headline(self) -> Estimate | None:
        """The dashboard's headline: the latest direct world estimate, with its year."""
        return latest_direct_world(self.estimates)

    @property
    def undated(self) -> list[Fact]:
        """Workers facts no year can be given to: listed, never spread over guessed years."""
        return [f for f in self.facts if f.kind == "workers" and f.years is None]

    def revenue_for(self, year: int, destination: str = WORLD) -> RevenueEstimate | None:
        return next(
            (r for r in self.revenue if r.year == year and r.destination == destination), None
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "estimates": [e.to_dict() for e in self.estimates],
            "revenue": [r.to_dict() for r in self.revenue],
            "flags": [f.to_dict() for f in self.flags],
            "plans": [p.to_dict() for p in self.plans],
            "compliance": [c.to_dict() for c in self.compliance],
            "undated": [f.id for f in self.undated],
            "facts": [f.to_dict() for f in self.facts],
        }


def reconcile(
    rows: Iterable[ClaimRow], revenue: bool = True, reliability: Reliability | None = None
) -> Picture:
    """Facts, estimates, world revenue per year and sanctions flags from claims
    (``reliability``: the source grades, the shipped table when None).

    Revenue is estimated for the years with a direct world estimate (a sum of a few
    countries is only a floor and would understate it; bounds give no figure).
    """
    facts = grade_facts(build_facts(rows), reliability)
    estimates = estimate_all(facts)
    money = [f for f in facts if f.kind in ("wage", "state_share", "revenue")]
    incomes = (
        [
            estimate_revenue(e, money)
            for e in estimates
            if e.destination == WORLD and e.measure == "stock" and e.sector is None and e.is_direct
        ]
        if revenue
        else []
    )
    return Picture(
        facts,
        estimates,
        incomes,
        flag_all(facts),
        {f.id: f for f in facts},
        plans(facts),
        compliance(facts),
    )


__all__ = ["Estimate", "Fact", "Flag", "Listing", "Picture", "RevenueEstimate", "reconcile"]
