"""What reconciliation produces: facts, estimates, revenue estimates and sanctions flags.

Plain dataclasses with ``to_dict`` for JSON; each record names the facts it rests on, and
each fact its claims, documents and story clusters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from laborwatch.model import ClaimRow, pick


@dataclass(slots=True)
class Fact:
    """Claims that state the same thing across documents."""

    id: str
    kind: str
    measure: str  # stock | flow | pipeline | return | unknown (workers); "" for money
    status: str | None
    destinations: tuple[str, ...]
    sector: str | None
    low: float | None
    high: float | None
    qualifier: str | None
    years: tuple[int, int] | None  # inclusive; None when undated
    per: str | None = None
    scope: str = "unknown"  # site | city | region | country | multi | world | unknown
    basis: str | None = None  # money facts: gross | take_home | state_take | total | other
    claims: list[ClaimRow] = field(default_factory=list)
    sources: int = 0  # independent sources: distinct origins (relays and copies count once)
    origins: tuple[str, ...] = ()  # distinct originating sources
    named_origins: tuple[str, ...] = ()  # origins named in the claims' attributions
    reliability: str = "F"  # best Admiralty reliability among its claims
    credibility: int = 6  # Admiralty credibility 1-6
    contradicts: list[str] = field(default_factory=list)

    @property
    def named(self) -> int:
        return len(self.named_origins)

    @property
    def grade(self) -> str:
        """The Admiralty code, e.g. 'B2'."""
        return f"{self.reliability}{self.credibility}"

    @property
    def documents(self) -> list[str]:
        return sorted({c.document_id for c in self.claims})

    @property
    def clusters(self) -> list[str]:
        return sorted({c.cluster or c.document_id for c in self.claims})

    @property
    def first_published(self) -> str:
        """When the figure first appeared (earliest publication date of its claims)."""
        return min((c.published or "9999") for c in self.claims)

    def covers(self, year: int) -> bool:
        return self.years is not None and self.years[0] <= year <= self.years[1]

    def to_dict(self) -> dict[str, Any]:
        return {
            **pick(self, "id", "kind", "measure", "status"),
            "destinations": list(self.destinations),
            **pick(self, "sector", "low", "high", "qualifier", "per", "scope", "basis"),
            "years": list(self.years) if self.years else None,
            **pick(self, "grade", "sources"),
            "origins": list(self.origins),
            "contradicts": list(self.contradicts),
            "documents": self.documents,
            "clusters": self.clusters,
            "claims": [
                {
                    "id": c.claim_id,
                    "document": c.document_id,
                    **pick(c, "url", "publisher", "published", "attribution", "text", "sentence"),
                }
                for c in self.claims
            ],
        }


@dataclass(slots=True)
class Estimate:
    """Workers at one destination in one year (optionally one sector), for one measure."""

    destination: str
    year: int
    measure: str  # stock | flow | pipeline | return
    sector: str | None
    low: float
    central: float
    high: float
    facts: list[str]
    excluded: list[tuple[str, str]] = field(default_factory=list)  # (fact id, reason)
    method: str = "direct"
    credibility: int = 6
    confidence: str = "low"
    notes: list[str] = field(default_factory=list)
    # direct: central is a figure a source gave for exactly this place (drawn as a line);
    # floor: a sum of countries or a local figure, a lower bound (no likelihood word);
    # bounds: the sources give only open bounds ("at most N"), drawn as a bound.
    basis: str = "direct"
    bound: str | None = None  # bounds only: at_least | at_most | between
    floor: float | None = None  # direct region/world: the sum of its countries, for comparison
    review: list[str] = field(default_factory=list)  # why the estimate is held for review

    @property
    def is_direct(self) -> bool:
        return self.basis == "direct"

    @property
    def floor_value(self) -> float:
        """What this estimate adds to a sum that is a floor (a bound's lower side)."""
        return self.low if self.basis == "bounds" else self.central

    def label(self) -> str:
        """The figure as an analyst would say it: '100,000', 'at least 4,000', 'at most 15,000'."""
        if self.basis == "floor" or self.bound == "at_least":
            return f"at least {self.central:,.0f}"
        if self.bound == "at_most":
            return f"at most {self.high:,.0f}"
        if self.bound == "between":
            return f"{self.low:,.0f} to {self.high:,.0f} (bounds only)"
        return f"{self.central:,.0f}"

    def to_dict(self) -> dict[str, Any]:
        return {
            **pick(self, "destination", "year", "measure", "sector"),
            "low": round(self.low),
            "central": round(self.central),
            "high": round(self.high),
            "basis": self.basis,
            "bound": self.bound,
            "label": self.label(),
            "floor": None if self.floor is None else round(self.floor),
            "review": list(self.review),
            "method": self.method,
            "credibility": self.credibility,
            "confidence": self.confidence,
            "facts": list(self.facts),
            "excluded": [{"fact": f, "reason": r} for f, r in self.excluded],
            "notes": list(self.notes),
        }


@dataclass(slots=True)
class RevenueEstimate:
    """What the DPRK state earns from workers at a destination in a year (USD per year)."""

    destination: str
    year: int
    median: float
    p05: float
    p95: float
    draws: int
    inputs: dict[str, Any]
    stated: list[str]  # revenue facts the articles state for that year
    sufficient: bool = True  # False: the evidence cannot narrow the interval (p95/p05 too wide)

    def to_dict(self) -> dict[str, Any]:
        return {
            "destination": self.destination,
            "year": self.year,
            "median": round(self.median),
            "p05": round(self.p05),
            "p95": round(self.p95),
            "sufficient": self.sufficient,
            "draws": self.draws,
            "inputs": self.inputs,
            "stated": list(self.stated),
        }


@dataclass(slots=True)
class Flag:
    """A potential breach of one sanctions provision by one country in one year."""

    provision: str
    resolution: str
    paragraph: str
    country: str
    year: int
    facts: list[str]
    likelihood: float | None  # None: credibility 6, the evidence cannot be assessed
    confidence: str
    weakened_by: list[str]
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "provision": self.provision,
            "resolution": self.resolution,
            "paragraph": self.paragraph,
            "country": self.country,
            "year": self.year,
            "likelihood": self.likelihood,
            "confidence": self.confidence,
            "facts": list(self.facts),
            "weakened_by": list(self.weakened_by),
            "notes": list(self.notes),
        }
