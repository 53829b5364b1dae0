"""What the store hands back: stored documents, claims and the outcome of a save."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal

from laborwatch.model import Claim

Outcome = Literal["new", "updated", "unchanged"]


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What :meth:`Store.save` did with one extraction."""

    document_id: str
    outcome: Outcome
    cluster: str
    claims_added: int = 0

    @property
    def joined_cluster(self) -> bool:
        """True when the document joined another document's story cluster."""
        return self.outcome != "unchanged" and self.cluster != self.document_id


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document's current revision and metadata (its text on request)."""

    id: str
    url: str | None
    title: str | None
    published: str | None
    publisher: str | None
    language: str | None
    relevant: bool
    relevance: float
    cluster: str
    revision: int
    content_hash: str
    source: str | None
    unread: str | None = None  # why the text was not read (no claims were looked for)
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Every field but the text."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "text"}


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """A claim as stored: its id, its document and the spec's claim object."""

    id: int
    document_id: str
    claim: Claim
    revision: int
    current: bool

    def to_dict(self) -> dict[str, Any]:
        """The spec's claim object plus ``document`` and ``id``."""
        return {**self.claim.to_dict(), "document": self.document_id, "id": self.id}


@dataclass(slots=True)
class RunCounts:
    """Counters of one ingest run (also stored in ``ingest_runs``)."""

    documents_new: int = 0
    documents_updated: int = 0
    documents_unchanged: int = 0
    failures: list[str] = field(default_factory=list)  # one message per failed document
    documents_failed: int = 0
    claims_added: int = 0
    joined_clusters: int = 0

    def add(self, result: SaveResult) -> None:
        if result.outcome == "new":
            self.documents_new += 1
        elif result.outcome == "updated":
            self.documents_updated += 1
        else:
            self.documents_unchanged += 1
        self.claims_added += result.claims_added
        self.joined_clusters += result.joined_cluster

    def absorb(self, other: RunCounts) -> None:
        """Add another set of counters (a committed batch) to these."""
        for name in _COUNTERS:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures.extend(other.failures)

    def plus(self, other: RunCounts) -> RunCounts:
        """These counters and ``other`` together, as a new object."""
        both = RunCounts(**{n: getattr(self, n) for n in _COUNTERS}, failures=list(self.failures))
        both.absorb(other)
        return both


_COUNTERS = (
    "documents_new",
    "documents_updated",
    "documents_unchanged",
    "documents_failed",
    "claims_added",
    "joined_clusters",
)
