"""What reconciliation produces: facts, estimates, revenue estimates and sanctions flags.

Plain dataclasses with ``to_dict`` for JSON; each record names the facts it rests on, and
each fact its claims, documents and story clusters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from laborwatch.model import ClaimRow


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
    claims: list[ClaimRow] = field(default_factory=list)
    sources: int = 0  # independent sources: story clusters (syndicated copies count once)
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

    def covers(self, year: int) -> bool:
        return self.years is not None and self.years[0] <= year <= self.years[1]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "measure": self.measure,
            "status": self.status,
            "destinations": list(self.destinations),
            "sector": self.sector,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "per": self.per,
            "years": list(self.years) if self.years else None,
            "grade": self.grade,
            "sources": self.sources,
            "origins": list(self.origins),
            "contradicts": list(self.contradicts),
            "documents": self.documents,
            "clusters": self.clusters,
            "claims": [
                {
                    "id": c.claim_id,
                    "document": c.document_id,
                    "url": c.url,
                    "publisher": c.publisher,
                    "published": c.published,
                    "attribution": c.attribution,
                    "text": c.text,
                    "sentence": c.sentence,
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "destination": self.destination,
            "year": self.year,
            "measure": self.measure,
            "sector": self.sector,
            "low": round(self.low),
            "central": round(self.central),
            "high": round(self.high),
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "destination": self.destination,
            "year": self.year,
            "median": round(self.median),
            "p05": round(self.p05),
            "p95": round(self.p95),
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
    likelihood: float
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
